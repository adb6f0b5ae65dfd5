# The network view of member-state answers (aggregate, report --aggregate).

network-title = Network view: { $network }
network-heading = { $network }: { $id } { $version }, { $count ->
        [one] { $count } member state
       *[other] { $count } member states
    }
network-intro = Guideline { $id } { $version }, answers of { $count ->
        [one] { $count } member state
       *[other] { $count } member states
    }. The network figure is the mean over countries; each country counts once.
spread-area = Area
spread-min = Min
spread-median = Median
spread-max = Max
spread-network = Network
member-states = Member states
country-column-country = Country
country-column-file = File
country-column-overall = Overall
country-column-answered = Answered
disagree-title = Where countries disagree most
disagree-intro = Criteria whose levels differ by 2 or more between countries (N/A and unanswered left out), widest spread first; at most 10 shown.
spread = Spread
spread-line = spread { $spread }
below-title = Where most countries are below target
below-intro = Criteria where more than half of the countries that gave a level are below their target, largest share first; at most 10 shown.
below = Below target
below-line = { $below } of { $scored } below target
more = { $count } more in wen-assess aggregate --format json.
criterion-column = Criterion
findings-per-country = Findings per country
