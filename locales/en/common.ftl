# Shared by every output. Numbers and dates in human outputs follow these;
# JSON, CSV and the answer files keep 1.8 and 2026-10-14.

# The language's own name, for menus.
language-name = English
# Between the whole and the decimal part of a figure: 1.8
decimal-separator = .
# A date in full: 14 October 2026
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# Between a label and its value ("Note: ...").
label-separator = {": "}
not-applicable = N/A
not-answered = Not answered
unnamed-network = Unnamed network
overall = Overall
none = None.
# The maturity of an area or of the whole, on the 0-4 scale.
out-of-four = { $value } / 4
value-with-label = { $value } ({ $label })
