# The answer workbook (template --format xlsx, convert): sheet names,
# headers, labels and instructions. wen-assess reads sheet names, headers
# and labels in every language, so keep each one unique within its sheet;
# the text before a "(" is what the reader compares.

## Sheet names (at most 31 characters, none of : \ / ? * [ ])
wb-sheet-instructions = Instructions
wb-sheet-answers = Answers
wb-sheet-workshop = Workshop

## Answers sheet: the header block
wb-title = { $title }
wb-network = Network
wb-region = Region
wb-country = Country
wb-respondent = Respondent
wb-role = Role
wb-date = Date (YYYY-MM-DD)
wb-hint = Answer in the yellow cells. Level: choose 0-4 or N/A from the list; N/A needs a reason. The Instructions sheet explains everything.

## Answers sheet: the table
wb-col-area = Area
wb-col-id = ID
wb-col-criterion = Criterion
wb-col-guidance = Guidance
wb-col-levels = What each level means
wb-col-level = Level
wb-col-reason = Reason (for N/A)
wb-col-note = Note
wb-col-evidence = Evidence (one per line)
wb-not-in-guideline = Not a criterion of { $id } { $version }: kept from the answer file, not scored.
wb-level-prompt = Choose 0-4, or N/A and give the reason.
wb-level-error = Choose a level from the list: 0 to 4, or N/A.
wb-target-prompt = The level this area should reach: a whole number from 0 to 4. Leave empty for the guideline's target.
wb-target-error = A target is a whole number from 0 to 4.
# A level's number and label before its descriptor.
wb-level-head = { $n } { $label }:
# Other ways of writing N/A that the reader accepts, separated by "|".
wb-na-words = not applicable|n/a|na

## Workshop sheet
wb-workshop-title = Workshop record
wb-workshop-intro = Only for an assessment made in a workshop: what was agreed about each area, and who took part. Leave this sheet empty otherwise. A target replaces the guideline's target of an area for this assessment.
wb-findings = Findings agreed per area
wb-col-target = Target (blank: { $target })
wb-col-strengths = Strengths
wb-col-challenges = Challenges
wb-col-priorities = Agreed priorities
wb-participants = Participants
wb-col-name = Name
wb-col-agency = Agency
wb-col-participant-country = Country

## Instructions sheet
wb-instructions-heading = How to fill in this workbook
wb-step-1 = On the Answers sheet, fill in the network, the region, your country, your name, your role and the date (the yellow cells at the top).
wb-step-2 = Each row of the Answers sheet is one criterion. Read the criterion, its guidance and what each level means, then choose in the Level column the level that describes the situation today.
wb-step-3 = Choose N/A only when the criterion does not apply, and say why in the Reason column.
wb-step-4 = Note: anything that explains the answer. Evidence: documents or links, one per line (Alt+Enter starts a new line in Excel, Ctrl+Enter in LibreOffice).
wb-step-5 = Leave the level empty if you cannot answer yet: unanswered criteria are left out of the scores and lower the coverage.
wb-step-6 = The Workshop sheet is only for an assessment made in a workshop: the findings agreed per area and who took part.
wb-step-7 = Save the workbook (as .xlsx, or as .ods in LibreOffice) and send it back to the network coordinator.
wb-scale-heading = The scale
wb-scale-intro = What each level means for a criterion is written in its row, in the column “What each level means”.
wb-na-text = N/A (not applicable): the criterion does not apply, for a reason you give. It is left out of the scores, whereas level 0 (Absent) counts as 0.
wb-scores-heading = Scores
wb-scores-text = wen-assess gives each area the weighted mean of the levels given (N/A and unanswered criteria left out), and the network coordinator combines the workbooks of all member states. This is wen-assess's method, not ICCWC scoring.
wb-keep-heading = Keep the workbook readable
wb-keep-text = Only the yellow cells can be edited; the sheets are protected without a password. Do not rename the sheets or the column headers, and do not delete the ID column: wen-assess finds the answers through them. Rows may be filtered; to sort them, first unprotect the sheet (Review > Unprotect Sheet in Excel, Tools > Protect Sheet in LibreOffice).
wb-made-with = Made by wen-assess for { $id } { $version }, { $count ->
        [one] { $count } criterion
       *[other] { $count } criteria
    }.
wb-page = Page &P of &N

## Messages
wrote-workbook-template = Wrote { $path } ({ $count ->
        [one] { $count } criterion
       *[other] { $count } criteria
    } of `{ $id }` { $version }). Send it to the focal point; when it comes back, run: wen-assess score { $path }
convert-carried = Answers given against { $id } { $old } are carried to { $version }, the version the workbook is made for, as wen-assess migrate does.
wrote-converted = Wrote { $path } ({ $answered } of { $total ->
        [one] { $total } criterion
       *[other] { $total } criteria
    } answered).
