# The network view of member-state answers (aggregate, report --aggregate).

network-heading = { $network }: { $id } { $version }, { $count ->
        [one] { $count } member state
       *[other] { $count } member states
    }
spread-min = Min
spread-max = Max
country-column-file = File
disagree-title = Where countries disagree most
spread = Spread
spread-line = spread { $spread }
below-title = Where most countries are below target
below = Below target
below-line = { $below } of { $scored } below target
criterion-column = Criterion
findings-per-country = Findings per country

# The network report at real size: member states' and network files (scope),
# the heat map, the spread, the annexes, the workbook, and the messages of
# aggregate.
network-report-title = Network report: { $network }
network-report-kicker = NETWORK REPORT  ·  WILDLIFE ENFORCEMENT NETWORK SELF-ASSESSMENT
# A period of two dates: "3 October 2026 to 28 October 2026".
period-range = { $first } to { $last }
field-period = Assessment period
field-member-states = Member states
field-network-file = Network's own file
field-network-maturity = Network maturity
network-file-value = { $file }, { $date }
network-file-value-respondent = { $file }, { $date } ({ $respondent })
network-file-none = none given
network-own-file = Network (own file)
network-coverage-text = { $answered } of { $total } expected answers given ({ $percent }%), { $na } not applicable, { $open } missing
network-provisional = Provisional: { $answered } of { $total } expected answers are given ({ $percent }%). The figures will change as the others come in.
network-provisional-no-file = Provisional: no network file was given, so the { $count } network-scope criteria (about the network as a body) are not assessed. Add the network's own file (scope: network) to cover them.
method-note-network = This is wen-assess's method, not ICCWC scoring. Member-scope criteria come from the member states' files, network-scope criteria from the network's own file; the method is set out at the end of the report.
file-version = { $name } ({ $version })
carried-files = Answered against an older version of the guideline and read at the criteria of { $version }: { $files }.
left-out = { $count ->
        [one] One answer of a member state to a network-scope criterion is left out: the network's own file answers it.
       *[other] { $count } answers of member states to network-scope criteria are left out: the network's own file answers those.
    }
network-maturity-title = Network maturity by area
network-maturity-intro = The network's level on each criterion is the network file's for a network-scope criterion and the member states' median for a member-scope one; an area's maturity is the weighted mean of those levels.
heat-map-title = Member states by area
heat-map-intro = Each member state's maturity in each area, over the criteria a member state answers about itself. Under the member states: the spread across them, how many are at or above the target, and the network's own estimate.
heat-map-intro-no-estimate = Each member state's maturity in each area, over the criteria a member state answers about itself. Under the member states: the spread across them and how many are at or above the target.
column-member-state = Member state
heat-map-colours = Each figure is coloured by the level it reaches; the key is under the table.
row-median = Members' median
row-at-target = At or above target
row-estimate = Network's estimate
# The area columns of a narrow table: "Areas: 1 Membership · 2 Governance".
area-legend = Areas: { $areas }
spread-chart-title = Spread per area
spread-chart-intro = For each area: the range from the lowest to the highest member state, the members' median, the network's estimate and the target.
spread-caption = { $min } to { $max }, median { $median }
legend-range = Range across member states
legend-median = Members' median
legend-estimate = Network's estimate
differences-title = Where the network's estimate differs from its members
differences-intro = Member-scope criteria where the network's own file and the member states' median differ by a level or more, largest difference first: the secretariat and the member states see these differently, which is a finding in itself.
differences-none = The network's estimates are within a level of the members' median on every criterion both answer.
difference-line = network { $estimate }, members' median { $median }
column-estimate = Network's estimate
column-median = Members' median
column-difference = Difference
column-levels = Level of each member state
disagree-intro-all = Member-scope criteria whose member states' levels differ by 2 or more (N/A and unanswered left out), widest spread first.
below-intro-all = Member-scope criteria where more than half of the member states that gave a level are below the target, largest share first.
more-in-annex = { $count ->
        [one] One more criterion is in Annex A, with every member state's level.
       *[other] { $count } more criteria are in Annex A, with every member state's level.
    }
more-in-formats = { $count ->
        [one] One more: --format md, csv or json lists every criterion.
       *[other] { $count } more: --format md, csv or json lists every criterion.
    }
body-title = The network as a body
body-intro = Network-scope criteria below the target in the network's own file ({ $file }), largest gap first.
body-no-file = No network file was given: the { $count } network-scope criteria (about the network as a body: mandate, secretariat, budget, work plan) are not assessed in this report.
body-none-below = No network-scope criterion is below its target.
body-line = level { $level }, target { $target }
annex-criteria-title = Annex A: every member-scope criterion
annex-criteria-intro = Each criterion a member state answers about itself, with the spread across member states and each one's level (N/A: not applicable; -: not answered).
annex-files-title = Annex B: the files
annex-files-intro = Every file this report is made from.
annex-na-title = Annex C: reasons given for N/A
annex-na-intro = Every answer marked not applicable, with the reason its file gives.
column-na-reason = Reason
column-whose-answers = Member state or network
method-network-members = Member-scope criteria (what each member state does) are read from the member states' files. Each member state counts once, whatever its size; a criterion's level for the network is the median of theirs, and the spread shows the lowest, the highest and how many are at or above the target.
method-network-body = Network-scope criteria (the network as a body) are read from the network's own file; member states' answers to them are left out. The network's own answers to member-scope criteria are its estimate across its members, shown beside the members' median and never mixed into it.
method-network-maturity = An area's maturity, for a member state or for the network, is the weighted mean of the levels it has there; the overall maturity is the weighted mean of the areas. N/A and unanswered criteria are left out, and coverage says how many answers were given.
method-network-targets = The targets are the network's: its own file's, else the guideline's ({ $target }).
sheet-summary = Summary
sheet-criteria = Criteria
sheet-files = Files
sheet-criteria-title = Every criterion: where the network stands
column-id = Id
column-scope = Answered by
column-network-file = Network's own file
scope-member = Member states
scope-network = Network
aggregate-other-network = { $file }: network is "{ $found }", but { $first } is for "{ $expected }"; a network view needs the files of one network
network-file-twice = { $second } is the network's own file (scope: network), and so is { $first }; a network view takes one network file: keep the one for this assessment
by-criterion-needs-csv = --by criterion gives one row per member state and criterion, in CSV: add --format csv
wrote-file = Wrote { $path }
wrote-network-workbook = Wrote { $path }: the network view of { $count ->
        [one] { $count } member state
       *[other] { $count } member states
    }, a sheet per area
aggregate-not-a-workbook = { $path }: a .xlsx name is for a workbook: leave out --format to write one, or give the output another name
