# Errors commands end with, and what they say about their inputs.

aggregate-one-guideline = { $file }: answers are for guideline `{ $guideline }`, but { $first } is for `{ $first_guideline }`; aggregate needs one guideline
aggregate-file-twice = { $file } is given twice (also as { $twin }); each member state counts once
aggregate-country-twice = { $file }: country "{ $country }" is also given by { $twin }; each member state counts once, so keep one file per country
no-answer-files = no answer files given
assess-no-workbook = { $path }: no such workbook, and `assess` edits YAML answer files only; give the answers a .yaml name (--answers { $yaml }), or write a workbook to fill in a spreadsheet with: wen-assess template -o { $xlsx }
yaml-only-no-file = { $path }: no such file (and `{ $command }` edits YAML answer files only)
yaml-only =
    { $path }: `{ $command }` edits YAML answer files only; convert the workbook first:
    {"  "}wen-assess convert { $path } { $yaml }
    {"  "}wen-assess { $command } { $resume }{ $yaml }
convert-no-ods = { $path }: convert writes .xlsx workbooks; LibreOffice opens them and saves them as .ods (File > Save As)
convert-output-name = { $path }: the output's name must end in .xlsx (a workbook) or .yaml (an answer file); `-` writes YAML to standard output
exists-use-force = { $path }: already exists; use --force to replace it
man-not-a-folder = { $path }: is not a folder; give the folder to write the man pages into
man-cannot-create = { $path }: cannot create the folder: { $reason }
folder-without-answers = { $path }: no answer files (*.yaml, *.yml) in this folder, and no workbooks (*.xlsx, *.ods)
guideline-not-loaded = { $file }: answers are for guideline `{ $id }`, which is not loaded (available: { $loaded }); use --guidelines PATH to load it
report-md-name = { $path }: --format md writes Markdown: give the output a .md name, or leave out --format to write a PDF
report-pdf-name = { $path }: --format pdf writes a PDF: give the output a .pdf name, or leave out --format to write Markdown
report-one-file = report takes one answer file ({ $count } given); for a network report of several files add --aggregate
fail-under-outside = --fail-under { $value } is outside the scale 0-4
choose-guideline =
    choose a guideline with --guideline ID; the loaded ones are:
    { $list }
terminal-error = terminal error: { $error }
template-no-ods = { $path }: template writes .xlsx workbooks; LibreOffice opens them and saves them as .ods (File > Save As)
template-xlsx-name = { $path }: --format xlsx writes a workbook: give it a .xlsx name
template-output-name = { $path }: template writes an answer file (.yaml) or a workbook (.xlsx); give the output one of those names
template-yaml-name = --format yaml writes a YAML answer file: give it a .yaml name, or leave out --format to write a workbook
workbook-needs-output = a workbook is a binary file: write it with -o NAME.xlsx (or -o - for standard output)
template-read-back = the template made does not read back ({ $detail }); nothing was written. This is a fault of wen-assess: please report it
no-such-guideline = no guideline `{ $id }` is loaded (available: { $loaded })
render-failed = the report could not be made: { $error }
cannot-create-answers = cannot create an answer file in { $folder }: { $reason }; run from a folder you can write to, or give --answers PATH
answers-of-another-guideline = { $file }: holds answers for `{ $holds }`, not `{ $wanted }`; choose another --answers file
store-conflict-criteria = { $path }: changed by another program while this session ran, on the same criteria ({ $items }). The file keeps the other version; this session's answers are saved in { $side }. Compare the two, then resume with: wen-assess assess --answers { $path } (or, in the browser: wen-assess serve { $path })
store-conflict-fields = { $path }: changed by another program while this session ran, on the same fields ({ $items }). The file keeps the other version; this session's answers are saved in { $side }. Compare the two, then resume with: wen-assess assess --answers { $path } (or, in the browser: wen-assess serve { $path })
error = error
file-and-error = { $file }: { $error }
guideline-replaces-builtin = note: { $file } ({ $id } { $version }) is used in place of the built-in guideline { $id } { $builtin }
output-name-contradicts = { $path }: the name ends in .{ $ending }, but --format { $format } writes another kind of file: give a name that fits, or leave out --format and the name chooses
output-name-no-such-format = { $path }: { $command } writes no .{ $ending } file; its outputs end in { $endings }, or go to the terminal
aggregate-pdf-name = { $path }: aggregate writes no PDF; the network report in PDF is made by: wen-assess report --aggregate FOLDER -o { $path }
