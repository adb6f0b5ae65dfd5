# The questionnaire as a web page (serve): the command's lines, then the
# pages. Texts shared with assess (the identity questions, N/A, notes,
# findings) come from assess.ftl.

serve-open = wen-assess serve: open { $url }
serve-answers = Answers: { $path }
serve-join = Participants join at { $url } (the QR code on the page carries this link)
serve-how-to-stop = Every answer is saved as it is given. Stop with Ctrl-C, or with the Stop button on the page.
serve-no-browser = No browser could be opened: open the link above in one.
serve-warning = warning
serve-listen-warning = listening on { $address }: anyone on that network who has the join link can propose levels, and anyone who has the facilitator's link can read and change every answer. Give the facilitator's link to no one.
serve-stopped-summary = Stopped. { $path } holds every answer: { $answered } of { $total } criteria answered.
serve-stopped-nothing = Stopped before an answer file was made: nothing was saved.
serve-stopped-failed = Stopped. The session had ended when a save failed: { $message }
serve-cannot-listen = cannot listen on { $address }: { $reason }
serve-listen-in-use = another program already uses that port; leave out --port to take a free one
serve-listen-not-here = this computer has no such address; give one of its own addresses (ip addr, ipconfig)
serve-listen-denied = the system does not allow this program to use that port; choose one above 1024
serve-listen-other = { $reason }

serve-skip = Skip to the content
serve-nav-label = Pages of the session
serve-nav-question = Question
serve-nav-review = Review
serve-nav-participants = Participants ({ $count })
serve-nav-findings = Findings
serve-nav-scores = Scores and reports
serve-stop = Stop the server

serve-start-title = A new assessment
serve-guideline = Guideline
serve-member-country = Which member state do you answer for? (when you answer for one)
serve-workshop = This is a workshop: record who takes part
serve-start = Start
serve-fix = Please correct:
serve-need-guideline = Choose which assessment.
serve-need-network = A network name is needed: it names the answer file and the report.
serve-need-country = A member state is needed: its answers go into the network view under its name.
serve-saved-to = Answers are saved to { $path } after every answer.
serve-workshop-next = Add who takes part on the Participants page.

serve-levels = Level agreed by the room
serve-reason = Reason, when not applicable
serve-note-evidence = Note and evidence
serve-evidence = Evidence: documents or links, one per line or separated by ';' (optional)
serve-record = Record and continue
serve-back-to-review = Back to the review
serve-keys = Keys: 0-4 choose a level, N not applicable, ↑/↓ move, Enter records, ← previous question, → skip, G guidance.
serve-choose-level = Choose a level, or N/A with a reason.
serve-stale = The question had changed in another window: nothing was recorded. Here is the current one.
serve-areas = Progress by area
serve-room = The room

serve-join-title = Participants join here
serve-join-qr = QR code of the link for participants
serve-join-text = Scan the code, or type the link:
serve-join-local = Only this computer can open this link. To let the room join from their phones, start the server with --listen and this computer's address on the workshop's network.

serve-spread-title = The room's proposals
serve-spread-saved = Proposals recorded earlier
serve-spread-count = { $count ->
        [one] { $count } proposal
       *[other] { $count } proposals
    }, { $joined ->
        [one] { $joined } participant joined
       *[other] { $joined } participants joined
    }
serve-column-level = Level
serve-column-count = Proposals
serve-column-bar = Share

serve-review-title = Review
serve-review-caption = Every criterion with its answer
serve-review-done = Every criterion has an answer. Change any, or finish.
serve-answer-now = Answer them now
serve-column-area = Area
serve-column-criterion = Criterion
serve-column-answer = Answer
serve-column-change = Change
serve-change = Change: { $title }

serve-participants-title = Participants
serve-participants-intro = Who takes part in the workshop. Correct a name, agency or country and save, or remove a person.
serve-save = Save
serve-remove = Remove
serve-add = Add
serve-continue = Back to the questions

serve-findings-title = Findings agreed per area
serve-findings-of = Findings: { $area }
serve-not-now = Not now

serve-scores-title = Scores and reports
serve-download-pdf = Download the report (PDF)
serve-download-md = Download the report (Markdown)

serve-failed-title = The answers could not be saved
serve-stopped-title = The server has stopped
serve-stopped = { $path } holds every answer.
serve-stopped-close = You can close this tab.

serve-room-wait-title = Waiting for the facilitator
serve-room-wait = The next question appears here when the facilitator shows it.
serve-room-name = Your name (optional: shown to the facilitator)
serve-room-propose = Propose a level
serve-room-proposed = You proposed { $level }. You may change it until the facilitator records the room's level.
serve-said = { $text }

# Findings about the `votes` of an answer file (the room's proposals,
# written by serve).
votes-not-a-map = `votes` of `{ $id }` must be a mapping of level to count (`votes: {"{"}2: 3, 3: 5{"}"}`), found { $found }
votes-level = `votes` of `{ $id }` counts level `{ $found }`; the levels are 0, 1, 2, 3 and 4
votes-count = `votes` of `{ $id }` for level { $level } must be a whole number from 0 to { $limit }, found `{ $found }`

# In the gap report: what a workshop room proposed, and where it was split.
room-proposals = Room's proposals
room-agreed = Level agreed
room-split-title = Where the room disagreed
room-split-intro = Criteria on which the participants' proposals lay two or more levels apart before the room agreed on a level: worth a second look, and a note of why.

## Refusals, as plain text (a browser shows them as they are).
serve-refused-host = Forbidden: this server answers only to its own address.
serve-refused-error = The server failed to answer; try again.
serve-refused-link = Forbidden: this link is not valid (it may come from an earlier run of wen-assess serve).
serve-refused-token = Forbidden: open the link wen-assess serve printed (it carries the access token).
serve-refused-participant = Forbidden: participants may only propose levels.
serve-refused-other-site = Forbidden: a request from another site.
serve-refused-other-origin = Forbidden: a request from another origin.
serve-refused-form = Forbidden: this form does not come from this session's pages.
serve-refused-report = The report could not be made; the answer file is unchanged.
serve-refused-missing = Not found: there is no such page.
serve-refused-too-large = Refused: what was sent is too long (over 64 KB); shorten the note or the evidence, then send it again.
serve-refused-not-a-form = Refused: this request is not one of this session's forms.
serve-chart-legend = Each bar is the maturity of an area, green where it reaches the target; the red line is the target.
serve-confirm-stop = Stop the server? The workshop ends for everyone; every answer is already saved.
