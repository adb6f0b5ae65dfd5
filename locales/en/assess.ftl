# The interactive questionnaire (assess).

welcome = wen-assess: self-assessment of a Wildlife Enforcement Network
which-assessment = Which assessment?
ask-network = Network name
ask-region = Region
ask-name = Your name
ask-role = Your role
ask-language = Language of the report
saved-to =
    Answers are saved to { $path } after every answer. Stop at any time and resume with:
      wen-assess assess --answers { $path }
exists-resuming = { $path } exists already: resuming it.
resuming = Resuming { $path }: { $answered } of { $total } criteria answered.
progress = question { $index } of { $total } · { $answered } answered
guidance = Guidance
current-answer = Current answer
your-answer = Your answer (↑/↓, Enter)
menu-na = N/A: not applicable (give a reason)
menu-skip = Skip for now
menu-previous = ← Previous question
menu-jump = Jump to an area…
menu-quit = Save and quit (resume later)
why-na = Why does it not apply?
why-na-again = A reason is needed for N/A. Why does it not apply?
ask-note = Note (optional)
ask-evidence = Evidence: documents or links, separated by ';' (optional)
first-question = This is the first question.
jump-to = Jump to
area-choice = { $area } ({ $answered }/{ $total } answered)
paused = Saved { $path } ({ $answered } of { $total } answered). Resume with:
    {"  "}wen-assess assess --answers { $path }
answer-skipped = { $count ->
        [one] { $count } criterion is not answered yet. Answer it now?
       *[other] { $count } criteria are not answered yet. Answer them now?
    }
complete = Assessment complete.
top-gaps = Top gaps:
gap-line = { $title } ({ $id }): level { $level } → target { $target }, priority { $priority }
report-question = Write the report next to the answers?
report-markdown = Markdown: { $path }
report-pdf = PDF: { $path }
report-both = Both
report-none = No report now
wrote = Wrote { $path }
merged = Kept the changes made to the file outside this session: { $items }.
ask-network-again = A network name is needed: it names the answer file and the report. Network name
exists-other-respondent = { $path } exists already and holds the answers of { $who }.
which-file = Which file?
continue-their-file = Continue that file (you are added to its participants)
start-new-file = Start a new file for you: { $path }
press-enter = Press Enter to go back to the question
menu-back = ← Back
review-title = Review: every criterion with its answer. Pick one to change it, or finish.
review-prompt = Change an answer, or finish (↑/↓, Enter)
review-finish = Finish: scores and report
review-item = { $area } › { $title }: { $answer }
report-later = No report now. Write it later with: wen-assess report { $path }
not-a-choice = Not one of the choices: type the key shown in brackets, then Enter.
yes = yes
no = no
plain-intro = Line-by-line mode: type the key shown in brackets, then Enter. Enter alone takes the choice in brackets after the question.
your-answer-typed = Your answer
review-prompt-typed = Change an answer, or finish
press-enter-start = Press Enter to start
press-enter-continue = Press Enter to continue
ask-workshop = Is this a workshop? Record who takes part
ask-participant = Participant's name (Enter alone when all are listed)
ask-participant-agency = Their agency
ask-participant-country = Their country
ask-findings = Record the findings agreed for { $area } (strengths, challenges, priorities)?
ask-strengths = Strengths
ask-challenges = Challenges
ask-priorities = Agreed priorities
not-saved =
    The answers could not be saved in { $path }: { $reason }
not-saved-aside =
    Every answer of this session, the last one included, is in { $aside } (a complete answer file). Once the problem is solved, keep the file you want: rename { $aside } to { $path }, or resume from it with:
      wen-assess assess --answers { $aside }
not-saved-nowhere =
    No folder could take a copy either. Here are every answer of this session as an answer file: copy them into a file before closing this window.
recreated = { $path } had been deleted while this session ran; it is written again, with every answer.
ask-speaks-for = Whom do your answers speak for?
speaks-for-network = The network as a whole (coordinator, secretariat, or a workshop of the network)
speaks-for-member = One member state, about itself
ask-member-country = Which member state do you answer for?
ask-member-country-again = A member state is needed: its answers go into the network view under its name. Which member state do you answer for?
menu-read-in-full = Read the guidance and the five levels in full
press-enter-more = Press Enter for the next page
review-participants = Participants ({ $count })…
review-findings = Findings agreed per area…
participants-screen-title = Who takes part: pick a person to correct them (an empty name removes them), or add someone.
participants-prompt = Participants (↑/↓, Enter; Esc: back)
participants-prompt-typed = Participants
participant-item = { $name } ({ $agency }, { $country })
participant-add = Add a participant
ask-participant-edit = Name (empty to remove this person)
ask-edit-participants = { $count ->
        [one] { $count } participant is recorded. Add or correct participants?
       *[other] { $count } participants are recorded. Add or correct participants?
    }
findings-which = Findings of which area?
findings-recorded = { $area } (recorded)
interrupted-saved = Interrupted. { $path } holds every confirmed answer: { $answered } of { $total } criteria answered{ $participants ->
        [0] .
        [one] , { $participants } participant.
       *[other] , { $participants } participants.
    } Resume with:
      wen-assess assess --answers { $path }
interrupted-nothing = Interrupted before the answer file was made: nothing was saved.
assess-needs-terminal =
    `assess` needs an interactive terminal, and standard input or output is not one.
    For non-interactive use, write a blank answer file, fill it in an editor or a spreadsheet, then score it:
      wen-assess template --guideline strengthening -o answers.yaml
      wen-assess score answers.yaml
      wen-assess report answers.yaml
# Ends a prompt in line mode (a no-break space before the colon in French).
prompt-colon = :
