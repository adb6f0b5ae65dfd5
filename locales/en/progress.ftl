# Progress between two assessments (compare).

progress-column-area = Area
progress-column-change = Change
progress-column-criterion = Criterion
moved-up = Moved up
moved-down = Moved down
not-in-guideline = Not in the guideline (kept from another version)
list-count = { $title } ({ $count })

# Progress over two or more assessments: points by date, charts, annex, and
# the messages of compare.
trend-title = Progress: { $subject }
trend-kicker = PROGRESS REPORT  ·  WILDLIFE ENFORCEMENT NETWORK SELF-ASSESSMENT
trend-points-title = Assessments compared
trend-areas-title = Maturity by area
trend-chart-title = Maturity by area over time
trend-annex-title = Annex: every criterion over time
trend-annex-intro = Each criterion's level at each assessment (for a network, the member states' median of a member-scope criterion; N/A: not applicable; -: not answered).
# "Assessment 2", for an assessment without a date.
point-undated = Assessment { $number }
point-line = { $label }: { $what }, { $when }
point-line-undated = { $label }: { $what }, no date
point-network = { $path } ({ $count ->
        [one] { $count } member state
       *[other] { $count } member states
    })
point-network-with-file = { $path } ({ $count ->
        [one] { $count } member state
       *[other] { $count } member states
    } and the network's own file)
point-provisional = { $label } is provisional: { $answered } of { $total } expected answers given ({ $percent }%).
point-older-version = { $label } was answered against { $versions } and is read at the criteria of { $version }.
point-older-files = Some files of { $label } were answered against { $versions } and are read at the criteria of { $version }.
below-throughout = Below target at every assessment
partly-answered = Answered at some assessments only (or N/A at some)
method-trend = Every assessment is scored against the guideline as loaded now, so answers given against an older version are read at their new criteria. A criterion rose or fell when its last level differs from its first.
method-trend-network = For a network, each year is the network view of that year's files: network-scope criteria from the network's own file, member-scope criteria at the member states' median.
compare-the-network = the network { $network }
compare-files-and-folders = compare takes answer files of one member state or of the network, or folders of member states' files (one per assessment), not both
compare-given-twice = { $first } and { $second } are the same assessment, given twice
compare-other-guideline = { $second } is for guideline `{ $found }`, but { $first } is for `{ $expected }`; compare needs assessments of the same guideline
compare-other-network = { $second } is for the network "{ $found }", but { $first } is for "{ $expected }"; compare follows one network over time
compare-other-subject = { $second } is the assessment of { $found }, but { $first } is of { $expected }; compare follows one member state, or the network, over time: give the files of one of them
compare-no-date = { $path } has no date: the assessments keep the order they were given in
compare-same-date = { $first } and { $second } are both dated { $date }: they keep the order they were given in
wrote-progress-report = Wrote { $path }: { $count } assessments compared
compare-warning = warning: { $text }
