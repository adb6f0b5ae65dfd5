# Findings about workbooks (.xlsx, .ods) and the errors of writing one:
# read by the focal points who fill them, so in every language. Codes
# (error[invalid-level]), ids, cell and sheet names, file names, menu
# commands of the spreadsheet programs and what the user must type stay as
# they are; a reason in parentheses after "damaged" or "not valid XML"
# comes from the zip or XML library, in its own words.

## A row of the Answers or Workshop sheet, as messages name it: the row,
## the title as the workbook shows it, and the id. Used inside other
## messages ("the level in row 12 (...)"), so it has no article.
workbook-row = row { $row } ({ $title }, `{ $id }`)
# An id the guideline does not have: no title to show.
workbook-row-unknown = row { $row } (`{ $id }`)
# A list of phrases (sheet names, some with "(hidden)").
workbook-list = { $first }, { $rest }

## The file and its archive
workbook-empty = the file is empty, not a workbook
workbook-xls = this is an Excel 97-2003 workbook (.xls) or a workbook protected by a password; open it and save it as an Excel Workbook (.xlsx) without a password
workbook-is-yaml = this is a YAML answer file, not a workbook; give it a .yaml name
workbook-is-csv = the file is text with separators (a CSV file renamed?), not a workbook (.xlsx and .ods files are zip archives); fill in the workbook made by `wen-assess template --format xlsx`
workbook-is-text = the file is text, not a workbook (.xlsx and .ods files are zip archives); fill in the workbook made by `wen-assess template --format xlsx`
workbook-not-zip = not a workbook: the file is not a zip archive, as .xlsx and .ods files are (damaged, or another kind of file renamed?)
workbook-zip-damaged = not a workbook: the zip archive is damaged ({ $reason }); save the workbook again from the spreadsheet program
workbook-zip-cut-short = its table of contents, at the end of the file, is missing: the file was cut short, by an interrupted download or copy?
workbook-zip-entry-damaged = not a workbook: damaged zip archive ({ $reason })
workbook-part-twice = not a workbook: the zip archive names a part twice (damaged or forged)
workbook-encrypted = the workbook is encrypted; save it again without a password
workbook-too-many-parts = the archive has { $count } parts, more than the { $limit } a workbook can need; it was refused before decompressing
workbook-part-ratio = part `{ $part }` would expand from { $packed } to { $size } bytes ({ $ratio }:1), a zip bomb; it was refused before decompressing
workbook-too-large-expanded = the parts would expand to more than { $limit } bytes, more than a workbook can need (a zip bomb?); it was refused before decompressing
workbook-refused = { $reason }; it was refused
workbook-not-a-workbook = not a workbook: { $reason }
workbook-xlsb = this is an Excel workbook in a form other than .xlsx (a binary .xlsb?); open it in Excel and save it as an Excel Workbook (.xlsx)
workbook-word = this is a Word document, not a workbook; fill in the workbook made by `wen-assess template --format xlsx`
workbook-powerpoint = this is a PowerPoint presentation, not a workbook; fill in the workbook made by `wen-assess template --format xlsx`
workbook-other-opendocument = this is an OpenDocument file of another kind ({ $kind }), not a spreadsheet
workbook-zip-not-workbook = a zip archive, but not a workbook (no spreadsheet parts; a Word or other document?)
workbook-part-not-xml = `{ $part }` is not valid XML ({ $reason })
workbook-part-unreadable = part `{ $part }` cannot be read ({ $reason })
workbook-part-expands = part `{ $part }` expands beyond the size the archive declares for it (a zip bomb, or a damaged file)
workbook-part-inflate = part `{ $part }` cannot be decompressed ({ $reason })
workbook-no-workbook-part = the archive has no workbook part (`{ $part }`)
workbook-workbook-part-not-xml = the workbook part is not valid XML ({ $reason })
workbook-strings-not-xml = the shared strings (`{ $part }`) are not valid XML ({ $reason })
workbook-no-sheet-named = no sheet `{ $sheet }`
workbook-sheet-no-part = sheet `{ $sheet }` has no part (`{ $part }`)
workbook-sheet-not-xml = sheet `{ $sheet }` is not valid XML ({ $reason })
workbook-no-content = the archive has no `content.xml`
workbook-ods-repeat-rows = the sheets repeat rows so often that reading them would take more than { $limit } cells (a zip bomb?)
workbook-ods-repeat-cells = the sheets repeat cells so often that reading them would take more than { $limit } cells (a zip bomb?)
workbook-ods-spaces = the cells stand for more than { $limit } spaces (a zip bomb?)
workbook-too-many-cells = the sheets hold more than { $limit } cells, more than a workbook can need
workbook-shared-string-missing = the cell refers to shared string { $index }, but the workbook has { $count } (numbered from 0)
workbook-shared-string-not-number = the cell refers to shared string `{ $index }`, which is not a number
workbook-unreadable = the workbook cannot be read: { $reason }; save it again from the spreadsheet program
workbook-sheet-unreadable = sheet { $sheet }: the workbook cannot be read: { $reason }; save it again from the spreadsheet program
workbook-sheet-refused = sheet { $sheet }: { $reason }; it was refused
workbook-damaged-cell = { $reason }: the workbook is damaged; save it again from the spreadsheet program

## Sheets and columns
# The sheets a workbook has, at the end of a message about a missing one.
workbook-has-sheets = the workbook has { $count ->
        [0] no sheets
        [one] the sheet { $names }
       *[other] the sheets { $names }
    }
# A sheet or column named in every language: the workbook's own first.
workbook-names = { $first } (or { $others })
workbook-no-hidden-sheet = no sheet `{ $sheet }` (hidden, with the guideline id and version): it was deleted or renamed, or the workbook was not made by `wen-assess template --format xlsx`; { $sheets }
workbook-is-network-view = this workbook is the network view that `wen-assess aggregate` writes, not the answers of a member state or of the network: move it out of the folder of answer files, or name the answer files one by one
workbook-no-answers-sheet = no sheet { $names }: it holds the answers; it was deleted or renamed; { $sheets }
workbook-no-workshop-sheet = no sheet { $names }: it holds the targets, findings and participants; it was deleted or renamed; { $sheets }
workbook-sheets-compete-answers = { $count } sheets may hold the answers: { $chosen } is read, not { $others }; delete the sheets that are not used, or copy what they hold into { $chosen }
workbook-sheets-compete-workshop = { $count } sheets may hold the targets, findings and participants: { $chosen } is read, not { $others }; delete the sheets that are not used, or copy what they hold into { $chosen }
workbook-sheet-hidden-mark = { $sheet } (hidden)
workbook-answers-sheet-hidden = sheet { $sheet } is hidden, and the answers are read from it all the same; show it (right-click a sheet tab, Unhide) to see what is read
workbook-workshop-sheet-hidden = sheet { $sheet } is hidden, and the targets, findings and participants are read from it all the same; show it (right-click a sheet tab, Unhide) to see what is read
workbook-merged = cells { $range } are merged; unmerge them (Merge & Center, or Format > Merge Cells) so that each answer has its own cell
workbook-missing-column = no column headed { $names } in the header row { $row }: the column was deleted or its header renamed; restore it (Undo, or copy it from a new template)
workbook-no-header = no header row with the columns { $id } and { $level }: the headers were deleted or renamed
workbook-no-tables = the findings table (headers { $findings }, ...) or the participants table (headers { $participants }, ...) is missing: a header was deleted or renamed
workbook-other-guideline-rows = { $unknown } of the { $rows } rows (`{ $first }`, ...) are not criteria of guideline `{ $id }` { $version }, which the hidden sheet names: the rows come from another workbook, or the hidden sheet was changed

## Cells: what a cell holds, named by a "what" phrase
workbook-formula = { $what } is a formula (`={ $formula }`), not text; type the text itself
workbook-error-value = { $what } is the spreadsheet error { $error }; type the text itself
workbook-what-criterion-id = the criterion id
workbook-what-network = the network's name
workbook-what-region = the region
workbook-what-country = the country
workbook-what-respondent = the respondent's name
workbook-what-role = the respondent's role
workbook-what-date = the date
workbook-what-reason = the reason in { $criterion }
workbook-what-note = the note in { $criterion }
workbook-what-evidence = the evidence in { $criterion }
workbook-what-area-id = the area id
workbook-what-strengths = the strengths in { $area }
workbook-what-challenges = the challenges in { $area }
workbook-what-priorities = the priorities in { $area }
workbook-what-participant-name = a participant's name
workbook-what-participant-agency = a participant's agency
workbook-what-participant-country = a participant's country
workbook-what-guideline-id = the guideline id
workbook-what-guideline-version = the guideline version
workbook-what-language = the language

## The Answers sheet: a row per criterion
workbook-duplicate-criterion = { $criterion } repeats the criterion of row { $first }; keep one row per criterion
workbook-na-without-reason = { $criterion } is marked N/A but has no reason; say why it does not apply in column { $column }, the reason column
workbook-reason-without-na = { $criterion } has a reason but a level, not N/A; the reason is kept but not used
workbook-level-formula = the level in { $criterion } is a formula (`={ $formula }`); choose the level from the list instead
workbook-level-date = the level in { $criterion } is a date ({ $date }): the spreadsheet turned what was typed (3/4, say) into a date; choose the level from the list
workbook-level-mismatch = the level in { $criterion } says { $said }, but `{ $label }` is the label of level { $level }; choose the level from the list
workbook-level-invalid = the level in { $criterion } must be 0, 1, 2, 3, 4 or N/A (as the list offers them), found `{ $found }`

## The Workshop sheet: a row per area, then the participants
workbook-duplicate-area = { $area } repeats the area of row { $first }; keep one row per area
workbook-target-formula = the target in { $area } is a formula; type a level 0-{ $max }
workbook-target-invalid = the target `{ $found }` in { $area } is not a level of the scale 0-{ $max }

## The hidden sheet
workbook-hidden-missing-row = the hidden sheet `{ $sheet }` has no `{ $key }` row; the workbook was changed, so make a new one with `wen-assess template --format xlsx` and copy the answers into it
workbook-format = workbook format `{ $found }` is not supported; expected { $expected }
workbook-guideline-empty = the guideline id is empty; the hidden sheet was changed
workbook-guideline-not-loaded = the workbook is for guideline `{ $id }`, which is not loaded (available: { $available }); use --guidelines PATH to load it
workbook-kept-not-yaml = the entries kept from the answer file are not valid YAML ({ $pos }: { $reason }); the hidden sheet was changed
workbook-kept-unknown-section = the hidden sheet keeps entries under `{ $section }`, which is no part of an answer file the tool writes there; they are not used
workbook-kept-clash = the hidden sheet keeps `{ $key }` for { $what }, which the visible sheets hold; the visible one is used and the kept one left out
workbook-participant-gone = participant `{ $name }` ({ $agency }, { $country }) has no row in the participants table any more (deleted, or the name, agency or country changed), so the entries kept for them ({ $keys }) are not used
workbook-participant-number = participant `{ $number }` of the hidden sheet is not a participant of this workbook; its entries are not used

## Writing a workbook (template, convert)
workbook-too-long = { $what } has { $len } characters, more than the 32,767 a spreadsheet cell holds; shorten it first
workbook-writer = cannot write the workbook: { $reason }
workbook-what-reason-for = the reason given for `{ $id }`
workbook-what-note-on = the note on `{ $id }`
workbook-what-evidence-for = the evidence for `{ $id }`
workbook-what-an-area-id = an area id
workbook-what-finding-for = a finding for `{ $area }`
workbook-what-scope = the scope
workbook-read-back = the workbook made does not read back as the same answers ({ $detail }); nothing was written. This is a fault of wen-assess: please report it
workbook-open = it looks open in a spreadsheet program (its lock file { $lock } is beside it): changes not saved there yet are not read; save and close it, then run this again
