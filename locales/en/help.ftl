# The command line: `--help` and `help`, usage lines, `--version`, and the
# mistakes clap finds in a command line (src/cli_text.rs).
#
# Ids: cmd-about and cmd-after-help for the program, cmd-<command>-about and
# cmd-<command>-after-help for a command, arg-<command>-<argument> for an
# argument, arg-<argument> for one every command has (--lang, --help), unless
# the command has its own. An argument's text names the values it takes (a test
# checks it), or uses { $values } for them; { $languages } is the list of the
# languages built in. Command names, option names, the value names in
# capitals (FILE, OUT) and `wen-assess` command lines stay as they are; the
# example file names may be the language's. After-help texts are shown as
# they are: keep their lines under 80 characters.

## Headings and placeholders of the help and of usage lines.

help-usage = Usage:
help-commands = Commands:
help-arguments = Arguments:
help-options = Options:
# Stands for any of a command's options in its usage line.
help-options-placeholder = [OPTIONS]
# Stands for a command's name in usage lines: wen-assess [OPTIONS] <COMMAND>
help-command-placeholder = COMMAND

## `--version`

version-guidelines = built-in guidelines: { $list }
version-guideline = { $id } { $version } ({ $count ->
        [one] { $count } criterion
       *[other] { $count } criteria
    })
version-languages = languages: { $list }

## The program

cmd-about = Self-assessment of Wildlife Enforcement Networks (WENs) against criteria structured after the ICCWC Guidelines for WENs (2020)
cmd-after-help =
    Examples:
      wen-assess assess --guideline strengthening
      wen-assess score examples/strengthening-example.yaml
      wen-assess report examples/strengthening-example.yaml --format pdf
      wen-assess template --guideline establishing -o my-network.yaml
      wen-assess template --guideline strengthening --country Atlantis -o atlantis.xlsx
      wen-assess aggregate countries/*.xlsx
      wen-assess validate guidelines/

    Exit codes: 0 ok, 1 findings (validation errors, score under --fail-under),
    2 usage or operational error (unreadable or invalid file, no terminal),
    130 interrupted.
arg-guidelines = Load the guideline files of this file or folder besides the built-in ones; a file with the id of a built-in guideline takes its place
arg-no-builtin-guidelines = With --guidelines: load only those files, without the built-in guidelines
arg-lang = Language of messages, help, reports, tables and prompts, one of those built in: { $languages }. Without --lang: the answer file's language, else the locale (LC_ALL, LC_MESSAGES, LANG), else English
arg-help = Print help
arg-version = Print version

## help

cmd-help-about = Print this help, or the help of the given command

## assess

cmd-assess-about = Interactive questionnaire: answer every criterion, saved after each answer
cmd-assess-after-help =
    Examples:
      wen-assess assess                                   # asks for everything
      wen-assess assess --guideline strengthening --lang en
      wen-assess assess --answers my-network.yaml         # resume or revise

    Keys: arrows and Enter to choose; the menu also offers N/A, skip, previous
    question, jump to an area (Esc goes back), the guidance when the screen is
    too small to show it, and save-and-quit. Answered criteria are not asked
    again; when every criterion has an answer, a review lists them all, to
    change any before the scores and the report. Ctrl-C stops at once; every
    confirmed answer is already saved.

    With --plain (or TERM=dumb) each question is printed with numbered choices
    and the answer is typed: 0-4, na, s (skip), p (previous), j (jump), q (save
    and quit), then Enter.
arg-assess-guideline = Guideline id: establishing (a new WEN) or strengthening (an existing one)
arg-assess-answers = Answer file to resume, or where to save a new assessment
arg-assess-plain = Ask line by line, with no cursor movement: for screen readers, serial consoles and dumb terminals (the default when TERM=dumb)

## serve

cmd-serve-about = The questionnaire as a local web page, for a workshop room
cmd-serve-after-help =
    Examples:
      wen-assess serve                       # a new assessment
      wen-assess serve my-network.yaml       # resume or revise
      wen-assess serve --guideline strengthening --lang fr --no-browser
      wen-assess serve my-network.yaml --listen 192.168.1.20 --port 8080

    It prints a link with an access token (http://127.0.0.1:PORT/?t=...) and
    opens it in the default browser. Only this computer can connect unless
    --listen gives the address of this computer on the workshop's network:
    then participants join from their phones by the QR code on the page and
    propose levels; the facilitator records the level the room agrees. Every
    answer is saved at once, as in assess. Ctrl-C stops the server (exit 0).
arg-serve-answers = Answer file to resume, or where to save a new assessment (default: a new file named after the network, in the current folder)
arg-serve-guideline = Guideline id of a new assessment: establishing (a new WEN) or strengthening (an existing one); asked on the page when not given
arg-serve-port = Port to listen on (default: a free one)
arg-serve-listen = Address to listen on (default: 127.0.0.1, this computer only); any other lets anyone on that network who has the link join
arg-serve-no-browser = Print the link without opening a browser

## validate

cmd-validate-about = Check guideline files and print every problem as file:line:col
cmd-validate-after-help =
    Examples:
      wen-assess validate                      # the built-in guidelines
      wen-assess validate guidelines/ my.yaml  # files and folders
      wen-assess validate --format json guidelines/
      wen-assess validate ours.yaml --against old.yaml   # what changed since
      wen-assess validate ours.yaml --against strengthening --allow missing-scope
arg-validate-paths = Guideline files or folders of *.yaml files (default: the built-in guidelines)
arg-validate-format = Output format: human (a line per problem, the default), json (one JSON document) or github (GitHub Actions annotations)
arg-validate-against = Compare with the previous version: a guideline file, a folder, or the id of a built-in guideline; each guideline is compared with the one of the same id
arg-validate-allow = Do not show the warnings with this code (repeatable); errors cannot be silenced
arg-validate-deny = Make the warnings with this code errors (repeatable)
arg-validate-verbose = Show every finding, instead of one line with a count for a code repeated in a file

## template

cmd-template-about = Write a blank answer file to fill in an editor, or a workbook (.xlsx) for a spreadsheet
cmd-template-after-help =
    Examples:
      wen-assess template --guideline strengthening -o answers.yaml
      wen-assess template --guideline establishing \
          --network "Example Regional WEN" > new.yaml
      wen-assess template -g strengthening --network "Example Regional WEN" \
          --country Atlantis --respondent "A. Focal" \
          --role "National focal point" -o atlantis.yaml
      wen-assess template -g strengthening --network "Example Regional WEN" \
          --country Atlantis -o atlantis.xlsx

    A name ending in .xlsx (or --format xlsx) writes a workbook for Excel or
    LibreOffice: instructions, one row per criterion with a drop-down for the
    level, a Workshop sheet; only the answer cells can be edited.
arg-template-format = What to write: yaml (an answer file) or xlsx (a workbook); without it, xlsx when FILE ends in .xlsx, else yaml
arg-template-guideline = Guideline id (see `wen-assess guidelines`); asked on a terminal when not given
arg-template-output = Where to write (default: standard output)
arg-template-network = Network name to pre-fill
arg-template-region = Network region to pre-fill
arg-template-country = Country of the member state that will answer (aggregate keys on it)
arg-template-respondent = Name of the person who will answer
arg-template-role = Role of the person who will answer, e.g. "National focal point"
arg-template-date = Date to pre-fill, YYYY-MM-DD (else left empty: the date is when the answers are given)
arg-template-force = Overwrite FILE if it exists
arg-template-lang = Language of the template, one of those built in: { $languages }; the answer file records it, and the reports made from it use it. Without --lang: the locale (LC_ALL, LC_MESSAGES, LANG), else English

## score

cmd-score-about = Score answer files: maturity per area and overall, gaps, coverage
cmd-score-after-help =
    Examples:
      wen-assess score examples/strengthening-example.yaml
      wen-assess score answers/*.yaml --format csv > scores.csv
      wen-assess score answers.yaml --fail-under 2.5   # exit 1 below 2.5
arg-score-files = Answer files or workbooks (.yaml, .yml, .xlsx, .ods), or folders of them
arg-score-format = Output format: table (a table per file, the default), json (one JSON document) or csv (one row per file and area, and an overall row)
arg-score-fail-under = Exit with 1 when a file's overall maturity is below N (0-4)

## report

cmd-report-about = Write the gap report with the prioritised action plan
cmd-report-after-help =
    Examples:
      wen-assess report examples/strengthening-example.yaml
      wen-assess report answers.yaml --format pdf              # answers-report.pdf
      wen-assess report answers.yaml -o report.pdf             # the name chooses PDF
      wen-assess report answers.yaml --format md -o report.md
      wen-assess report answers.yaml -o -        # to standard output
      wen-assess report answers.yaml --format pdf -o - > report.pdf
arg-report-files = Answer file (with --aggregate: the files of every member state and of the network, or folders of them)
arg-report-aggregate = Write the network report of several member-state files
arg-report-format = Report format: md (Markdown) or pdf (PDF, A4, fonts embedded); without it, pdf when OUT ends in .pdf, else md
arg-report-output = Output file, - for standard output (default: FILE-report.md or .pdf beside the answers; with --aggregate, network-report.md or .pdf beside the first file)

## compare

cmd-compare-about = Progress over two or more assessments of the same guideline
cmd-compare-after-help =
    Examples:
      wen-assess compare answers-2025.yaml answers-2026.yaml
      wen-assess compare old.yaml new.yaml --format md > progress.md
      wen-assess compare examples/network/2025 examples/network/2026 --format pdf
arg-compare-assessments = Two or more assessments, in any order (they are put in date order): answer files of one member state or of the network, or folders of member states' files, one per year
arg-compare-format = Output format: table (text tables and lists, the default), md (Markdown), json (one JSON document) or pdf (PDF, A4, with a line chart of each area); without it, the format OUT's name ends in (.md, .json, .pdf), else table
arg-compare-output = Output file, - for standard output (default: standard output; with --format pdf, progress-report.pdf beside the first assessment)

## aggregate

cmd-aggregate-about = Network view from member-state answer files or workbooks
cmd-aggregate-after-help =
    Examples:
      wen-assess aggregate examples/network/2026
      wen-assess aggregate countries/ network.yaml --format csv --by criterion > long.csv
      wen-assess aggregate countries/ network.yaml -o network.xlsx
      wen-assess report --aggregate countries/ network.yaml -o network-report.pdf
arg-aggregate-files = Answer files or workbooks, one per member state, and at most one of the network itself (scope: network); or folders of them
arg-aggregate-format = Output format: table (text tables and lists, the default), md (Markdown), json (one JSON document), csv (see --by) or xlsx (a workbook: a summary sheet, a sheet per area, every criterion, the files); without it, the format OUT's name ends in (.md, .json, .csv, .xlsx), else table
arg-aggregate-by = With --format csv: area (one row per member state and area, then the network's rows; the default) or criterion (one row per member state and criterion, the long format)
arg-aggregate-output = Output file, - for standard output (default: standard output; with --format xlsx, network.xlsx beside the first file)

## convert

cmd-convert-about = Convert between an answer file (YAML) and a workbook (.xlsx, .ods), nothing lost
cmd-convert-after-help =
    Examples:
      wen-assess convert atlantis.xlsx atlantis.yaml    # a returned workbook, for version control
      wen-assess convert atlantis.ods atlantis.yaml     # saved in LibreOffice
      wen-assess convert atlantis.yaml atlantis.xlsx    # answers to fill in further in a spreadsheet
      wen-assess convert atlantis.xlsx -                # YAML to standard output

    The output's name chooses its kind: .yaml or .yml, or .xlsx. Levels, N/A
    reasons, notes, evidence, the network and respondent, targets, workshop
    participants and findings, answers to criteria the guideline does not have
    and keys the tool does not use all survive both ways; YAML comments do not,
    and evidence items holding a line break come back split (convert names
    them). An answer file for an older version of its guideline is carried to
    the loaded version on its way into a workbook, as `migrate` does. An
    existing OUT is only replaced with --force.
arg-convert-input = The answer file or workbook to read (.yaml, .yml, .xlsx, .ods)
arg-convert-output = Where to write: NAME.xlsx for a workbook, NAME.yaml for an answer file, - for YAML on standard output
arg-convert-force = Replace OUT if it exists

## migrate

cmd-migrate-about = Rewrite an answer file for the loaded version of its guideline
cmd-migrate-after-help =
    Examples:
      wen-assess migrate answers-2025.yaml              # rewrite in place
      wen-assess migrate answers-2025.yaml --dry-run    # only say what would move

    Answers given under criteria that a newer guideline moved or renamed (its
    `replaces:` links) move to their new ids; new criteria are left to answer;
    answers to criteria the guideline no longer has stay in the file. Comments
    and everything else in the file are kept. The file is replaced atomically.
arg-migrate-file = The answer file to rewrite
arg-migrate-dry-run = Say what would change, write nothing

## schema

cmd-schema-about = Print the JSON Schema of a file format, for editors and validators
cmd-schema-after-help =
    Examples:
      wen-assess schema answers > wen-assess-answers.schema.json
      wen-assess schema guideline > wen-assess-guideline.schema.json
arg-schema-kind = Which format: answers (answer files) or guideline (guideline files)

## guidelines

cmd-guidelines-about = List the loaded guidelines, or show the criteria of one
cmd-guidelines-after-help =
    Examples:
      wen-assess guidelines
      wen-assess guidelines strengthening
arg-guidelines-id = Show the criteria of this guideline

## completions

cmd-completions-about = Print the shell completion script for bash, zsh, fish, PowerShell or elvish
cmd-completions-after-help =
    Examples:
      wen-assess completions bash > ~/.local/share/bash-completion/completions/wen-assess
      wen-assess completions zsh > ~/.zfunc/_wen-assess     # a folder in $fpath
      wen-assess completions fish > ~/.config/fish/completions/wen-assess.fish
      wen-assess completions powershell | Out-String | Invoke-Expression   # in $PROFILE
arg-completions-shell = The shell: bash, elvish, fish, powershell or zsh

## man

cmd-man-about = Print the man page (roff), or write one page per command into a folder
cmd-man-after-help =
    Examples:
      wen-assess man > ~/.local/share/man/man1/wen-assess.1   # then: man wen-assess
      wen-assess man --output-dir ~/.local/share/man/man1    # wen-assess-report.1, ...
      wen-assess man | man -l -                               # read it now
arg-man-output-dir = Write wen-assess.1 and a page per command (wen-assess-report.1, ...) into DIR, created if missing, instead of printing the main page

## The man pages' section headings.

man-section-name = NAME
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-commands = SUBCOMMANDS
man-section-extra = EXTRA
man-section-version = VERSION

## Mistakes in the command line, as clap finds them: the first line says
## what is wrong (after "error: "), tips follow, then the usage line.

# A word of the command line (an option, a value) within a message.
help-quoted = '{ $text }'
help-error-unknown-argument = unexpected argument { $arg } found
help-error-unknown-command = unrecognized subcommand { $command }
help-error-invalid-value = invalid value { $value } for { $arg }
help-error-value-missing = a value is required for { $arg } but none was supplied
help-possible-values = [possible values: { $values }]
help-error-missing-arguments = the following required arguments were not provided:
help-error-missing-command = { $command } requires a subcommand but one was not provided
help-possible-commands = [subcommands: { $commands }]
help-error-used-twice = the argument { $arg } cannot be used multiple times
help-error-conflict = the argument { $subject } cannot be used with { $others }
help-error-conflict-list = the argument { $subject } cannot be used with:
help-error-conflict-command = the subcommand { $subject } cannot be used with { $others }
help-error-conflict-command-list = the subcommand { $subject } cannot be used with:
help-error-conflict-others = one or more of the other specified arguments
help-error-too-many-values = unexpected value { $value } for { $arg } found; no more were expected
help-error-too-few-values = { $expected } values required by { $arg }; only { $count } { $count ->
        [one] was
       *[other] were
    } provided
help-error-wrong-number-of-values = { $expected } values required for { $arg } but { $count } { $count ->
        [one] was
       *[other] were
    } provided
help-error-no-equals = equal sign is needed when assigning values to { $arg }
help-error-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
help-error-other = the command line is not valid
# Why a value was refused: a number was expected.
help-reason-number = not a number (write it as 2.5)
help-reason-whole-number = not a whole number
help-reason-date = a date is written YYYY-MM-DD, such as 2026-11-23
help-reason-port = a port is a whole number from 0 to 65535 (0: any free port)
help-reason-address = an IP address is needed, such as 192.168.1.20 (a name such as localhost is not taken)
help-reason-unknown-code = no finding has the code `{ $code }`; the codes of warnings are: { $codes }
help-reason-unknown-code-close = no finding has the code `{ $code }`; close codes: { $codes }
help-reason-error-code = `{ $code }` is an error, and --allow silences warnings only; the codes of warnings are: { $codes }
help-tip = tip
help-tip-similar-command = { $count ->
        [one] a similar subcommand exists: { $list }
       *[other] some similar subcommands exist: { $list }
    }
help-tip-similar-argument = { $count ->
        [one] a similar argument exists: { $list }
       *[other] some similar arguments exist: { $list }
    }
help-tip-similar-value = { $count ->
        [one] a similar value exists: { $list }
       *[other] some similar values exist: { $list }
    }
help-tip-pass-as-value = to pass { $arg } as a value, use { $usage }
help-tip-exists = { $usage } exists
help-tip-remove-dashes = subcommand { $command } exists; to use it, remove the '--' before it
help-more = For more information, try { $help }.
