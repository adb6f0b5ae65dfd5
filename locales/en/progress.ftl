# Progress between two assessments (compare).

progress-title = Progress: { $id } { $version }
progress-files = { $old } → { $new }
file-with-date = { $file } ({ $date })
progress-column-area = Area
progress-column-old = Old
progress-column-new = New
progress-column-change = Change
progress-column-old-answered = Old answered
progress-column-new-answered = New answered
progress-column-criterion = Criterion
moved-up = Moved up
moved-down = Moved down
one-sided = Answered in one file only (or N/A in one)
not-in-guideline = Not in the guideline (kept from another version)
list-count = { $title } ({ $count })
