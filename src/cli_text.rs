//! The command line in the reader's language: `--help` and `help`, usage
//! lines, `--version`, and the mistakes clap finds in a command line, all
//! from the catalogues (`locales/<lang>/help.ftl`).
//!
//! clap has no translations, so the derive in `cli.rs` stays the one
//! definition of the commands and arguments, and [`command`] replaces every
//! text a user reads in the `Command` it makes, before parsing. The language
//! must be known before parsing, so it comes from `--lang` wherever it is on
//! the line, else the locale, else English ([`language`]); an answer file's
//! language cannot count, as none is read yet.
//!
//! Each text's id says where it is shown, so adding an argument is adding
//! its text to every `help.ftl` (a test names any argument without one):
//!
//! | text | id |
//! | --- | --- |
//! | what the program does, its examples | `cmd-about`, `cmd-after-help` |
//! | what a command does, its examples | `cmd-<command>-about`, `cmd-<command>-after-help` |
//! | an argument of a command | `arg-<command>-<argument>` (`arg-score-fail-under`) |
//! | an argument every command has (`--lang`, `--help`) | `arg-<argument>`, unless the command has its own `arg-<command>-<argument>` |
//!
//! clap's own `[default: ...]` and `[possible values: ...]` are hidden: the
//! texts say them in the reader's words (a test checks that each value is
//! named). An argument's text may use `{ $values }`, the values it takes
//! (for a list too long to write out), and `{ $languages }`, the languages
//! built in with their names.

use std::ffi::OsString;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory, FromArgMatches};

use crate::cli::Cli;
use crate::i18n::{self, Arg as Value, Tr};

/// What a command line asks for.
#[derive(Debug)]
pub enum Parsed {
    /// A command to run.
    Run(Box<Cli>),
    /// The help or the version, already in the reader's language, for
    /// clap to print (in colour on a terminal) with its exit code: 0 for
    /// `--help`, `help` and `--version`, 2 for the help shown when no command
    /// is given.
    Show(clap::Error),
    /// A mistake in the command line, in the reader's language, for
    /// standard error; the exit code is 2.
    Rejected(String),
}

/// Parses the command line (`args` with the program's name first), with
/// every text in the language of [`language`].
pub fn parse(args: &[OsString], env_locale: &str) -> Parsed {
    let lang = language(args, env_locale);
    let parsed = command(lang)
        .try_get_matches_from(args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    match parsed {
        Ok(cli) => Parsed::Run(Box::new(cli)),
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            Parsed::Show(e)
        }
        Err(e) => Parsed::Rejected(rejection(&e, &Tr::new(lang))),
    }
}

/// The language of the command line's own texts: `--lang` anywhere before
/// a `--`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, as the caller
/// found it), else English. A `--lang` that names no built-in language
/// counts as absent, so that clap's refusal of it is in the locale's
/// language.
pub(crate) fn language(args: &[OsString], env_locale: &str) -> &'static str {
    i18n::choose(lang_flag(args).as_deref(), "", env_locale)
}

/// The value of `--lang VALUE` or `--lang=VALUE`, the first if repeated.
fn lang_flag(args: &[OsString]) -> Option<String> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == "--lang" {
            return words.next().map(|value| value.into_owned());
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// The commands with every text in `lang`, ready to parse: help laid out
/// under the language's headings, usage lines and `--version` in it.
pub fn command(lang: &str) -> Command {
    let t = Tr::new(lang);
    let cmd = with_texts(Cli::command(), &t).long_version(lasting(long_version(&t)));
    laid_out(cmd, &t)
}

/// The commands with every text in `lang`, unwrapped (roff wraps them), as
/// the man pages describe them: without clap's own `help` command, which
/// has no page.
pub(crate) fn for_man_pages(lang: &str) -> Command {
    with_texts(Cli::command().disable_help_subcommand(true), &Tr::new(lang))
}

/// The catalogue id of a text of the program (`path` empty) or of one of
/// its commands (`path` the command's name, then a subcommand's, if any):
/// `part` is `about` or `after-help`. clap's own `help` command has one
/// text wherever it is.
pub fn command_text_id(path: &[String], part: &str) -> String {
    match path.last() {
        None => format!("cmd-{part}"),
        Some(name) if name == "help" => format!("cmd-help-{part}"),
        Some(_) => format!("cmd-{}-{part}", path.join("-")),
    }
}

/// The catalogue id of an argument's text in the command at `path` (empty
/// for the program itself): `arg-<command>-<argument>`, except for the
/// arguments every command has (the global ones, `--help`, `--version`),
/// whose text is `arg-<argument>` unless the command has a text of its own.
pub fn arg_text_id(path: &[String], arg: &Arg) -> String {
    let name = arg.get_id().as_str().replace('_', "-");
    let everywhere = format!("arg-{name}");
    if path.is_empty() {
        return everywhere;
    }
    let own = format!("arg-{}-{name}", command_key(path));
    let shared_by_every_command =
        arg.is_global_set() || matches!(arg.get_id().as_str(), "help" | "version");
    if shared_by_every_command && !has_text(&own) {
        everywhere
    } else {
        own
    }
}

/// Where a command's texts are in the catalogue (`score`, `help`).
fn command_key(path: &[String]) -> String {
    match path.last() {
        Some(name) if name == "help" => "help".to_string(),
        _ => path.join("-"),
    }
}

/// Whether the catalogues have a text (the English one has every id; the
/// others are checked against it by the catalogue tests).
fn has_text(id: &str) -> bool {
    Tr::new(i18n::DEFAULT_LANGUAGE).t(id) != id
}

/// `cmd` with its texts and its commands' texts in `t`'s language.
fn with_texts(cmd: Command, t: &Tr) -> Command {
    let languages = language_list();
    // Before building, so that the copies building makes carry the texts:
    // the global arguments in every command, the commands listed by the
    // `help` command.
    let mut cmd = described(cmd, t, &languages, &[]);
    cmd.build();
    // Again after building, for what building added: `--help`, `--version`,
    // the `help` command, and a command's own text for a global argument.
    described(cmd, t, &languages, &[])
}

/// The built-in languages as `--lang` help lists them: `en (English), fr
/// (Français), ...`, each name in its own language.
fn language_list() -> String {
    i18n::languages()
        .iter()
        .map(|code| format!("{code} ({})", i18n::language_name(code)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Replaces the texts of `cmd` (at `path`) and of its commands with the
/// catalogue's; a text the catalogue lacks keeps the derive's (English),
/// which the catalogue test reports.
fn described(cmd: Command, t: &Tr, languages: &str, path: &[String]) -> Command {
    let about = command_text_id(path, "about");
    let after_help = command_text_id(path, "after-help");
    let mut cmd = cmd
        .subcommand_value_name(lasting(t.t("help-command-placeholder")))
        .mut_args(|arg| {
            let id = arg_text_id(path, &arg);
            let arg = if arg.get_action().takes_values() {
                arg.hide_default_value(true).hide_possible_values(true)
            } else {
                arg
            };
            if has_text(&id) {
                let values: Vec<String> = arg
                    .get_possible_values()
                    .iter()
                    .filter(|value| !value.is_hide_set())
                    .map(|value| value.get_name().to_string())
                    .collect();
                let values = values.join(", ");
                let variables = [
                    ("languages", Value::Str(languages)),
                    ("values", Value::Str(&values)),
                ];
                arg.help(t.f(&id, &variables)).long_help(None)
            } else {
                arg
            }
        });
    if has_text(&about) {
        cmd = cmd.about(t.t(&about)).long_about(None);
    }
    if has_text(&after_help) {
        cmd = cmd.after_help(t.t(&after_help)).after_long_help(None);
    }
    if path.last().is_some_and(|name| name == "help") {
        // The commands under clap's `help` are copies of the real ones,
        // made with their texts, but for another `help`.
        return cmd.mut_subcommands(|sub| {
            if sub.get_name() == "help" {
                sub.about(t.t(&command_text_id(&["help".to_string()], "about")))
            } else {
                sub
            }
        });
    }
    cmd.mut_subcommands(|sub| {
        let mut sub_path = path.to_vec();
        sub_path.push(sub.get_name().to_string());
        described(sub, t, languages, &sub_path)
    })
}

/// A text kept for the rest of the run, for clap's names and versions,
/// which (without clap's `string` feature) must be `&'static str`; each
/// distinct text is kept once however many times the commands are made.
fn lasting(text: String) -> &'static str {
    static KEPT: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let mut kept = KEPT.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(same) = kept.iter().find(|k| **k == text) {
        return same;
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    kept.push(text);
    text
}

/// `wen-assess --version`: the program, the built-in guidelines and the
/// languages.
fn long_version(t: &Tr) -> String {
    let guidelines: Vec<String> = crate::model::builtin()
        .iter()
        .map(|g| {
            t.f(
                "version-guideline",
                &[
                    ("id", Value::Str(&g.id)),
                    ("version", Value::Str(&g.version)),
                    ("count", Value::Count(g.criterion_count())),
                ],
            )
        })
        .collect();
    let guidelines = guidelines.join(", ");
    let languages = language_list();
    format!(
        "{}\n{}\n{}",
        env!("CARGO_PKG_VERSION"),
        t.f("version-guidelines", &[("list", Value::Str(&guidelines))]),
        t.f("version-languages", &[("list", Value::Str(&languages))]),
    )
}

/// The width the help is wrapped to: an ordinary terminal's.
const HELP_WIDTH: usize = 80;

/// `cmd` (built) and its commands with the help laid out under the
/// language's headings, usage lines in the language, and every text
/// wrapped to [`HELP_WIDTH`] in its column (clap wraps only with a feature
/// this crate does without, and the translations are longer than English).
fn laid_out(mut cmd: Command, t: &Tr) -> Command {
    let usage = usage_line(&mut cmd, t);
    let template = help_template(&cmd, t);
    let positionals = help_column(cmd.get_positionals());
    let options = help_column(cmd.get_arguments().filter(|arg| !arg.is_positional()));
    let commands = cmd
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set())
        .map(|sub| sub.get_name().chars().count())
        .max()
        .unwrap_or(0)
        + 4;
    let is_help_command = cmd.get_name() == "help";
    cmd.override_usage(usage)
        .help_template(template)
        .mut_args(|arg| {
            let column = if arg.is_positional() {
                positionals
            } else {
                options
            };
            match arg
                .get_help()
                .map(|help| wrapped(&help.to_string(), HELP_WIDTH - column))
            {
                Some(help) => arg.help(help),
                None => arg,
            }
        })
        .mut_subcommands(|sub| {
            // The commands under clap's `help` are copies whose own help
            // is never shown.
            let sub = if is_help_command {
                sub
            } else {
                laid_out(sub, t)
            };
            // Its help has its text already; this is the text as the list
            // of commands shows it.
            match sub
                .get_about()
                .map(|about| wrapped(&about.to_string(), HELP_WIDTH - commands))
            {
                Some(about) => sub.about(about),
                None => sub,
            }
        })
}

/// Where clap starts the texts of these arguments: two spaces, the widest
/// `-s, --long <VALUE>` (room for `-s, ` whenever there is a long name),
/// two spaces.
fn help_column<'a>(args: impl Iterator<Item = &'a Arg>) -> usize {
    args.filter(|arg| !arg.is_hide_set())
        .map(|arg| {
            let short_room = if arg.get_long().is_some() { 4 } else { 0 };
            arg.to_string().chars().count() + short_room
        })
        .max()
        .unwrap_or(2)
        .max(2)
        + 4
}

/// `text` with its lines broken between words to at most `width`
/// characters (a word longer than that stays whole); at least 30, so that
/// a very wide column still leaves readable lines.
fn wrapped(text: &str, width: usize) -> String {
    let width = width.max(30);
    let mut out = String::new();
    for (i, paragraph) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut line_length = 0;
        for word in crate::i18n::break_units(paragraph.split(' ').filter(|w| !w.is_empty())) {
            let word = word.as_str();
            let length = word.chars().count();
            if line_length > 0 && line_length + 1 + length > width {
                out.push('\n');
                line_length = 0;
            } else if line_length > 0 {
                out.push(' ');
                line_length += 1;
            }
            out.push_str(word);
            line_length += length;
        }
    }
    out
}

/// The usage line of `cmd` as clap makes it (`wen-assess score [OPTIONS]
/// <FILES>...`), less clap's English heading and with the language's
/// placeholder for options, in clap's colours.
fn usage_line(cmd: &mut Command, t: &Tr) -> StyledStr {
    let style = *cmd.get_styles().get_usage();
    let rendered = cmd.render_usage().ansi().to_string();
    let english_heading = format!("{style}Usage:{style:#} ");
    let line = rendered
        .strip_prefix(&english_heading)
        .unwrap_or(&rendered)
        .replace("[OPTIONS]", &t.t("help-options-placeholder"));
    StyledStr::from(line)
}

/// The help of `cmd` as clap lays it out (what it does, usage, commands,
/// arguments, options, examples), under the language's headings and in
/// clap's colours.
fn help_template(cmd: &Command, t: &Tr) -> StyledStr {
    let styles = cmd.get_styles();
    let (header, usage) = (*styles.get_header(), *styles.get_usage());
    let section =
        |heading: &str, tag: &str| format!("\n\n{header}{}{header:#}\n{tag}", t.t(heading));
    // The command's text at the top of its help, wrapped to the width
    // (clap's `{about}` would show it as the list of commands wraps it).
    let about = cmd
        .get_about()
        .map(|about| format!("{}\n\n", wrapped(&about.to_string(), HELP_WIDTH)))
        .unwrap_or_default();
    let mut template = format!("{about}{usage}{}{usage:#} {{usage}}", t.t("help-usage"));
    if cmd.get_subcommands().any(|sub| !sub.is_hide_set()) {
        template.push_str(&section("help-commands", "{subcommands}"));
    }
    if cmd.get_positionals().any(|arg| !arg.is_hide_set()) {
        template.push_str(&section("help-arguments", "{positionals}"));
    }
    if cmd
        .get_arguments()
        .any(|arg| !arg.is_positional() && !arg.is_hide_set())
    {
        template.push_str(&section("help-options", "{options}"));
    }
    template.push_str("{after-help}");
    StyledStr::from(template)
}

/// What clap found wrong with a command line, laid out as clap does (the
/// error, tips, the usage line, where to read more), in `t`'s language.
fn rejection(error: &clap::Error, t: &Tr) -> String {
    let mut text = format!("{}: {}", t.t("error"), what_went_wrong(error, t));
    let tips = tips(error, t);
    if !tips.is_empty() {
        text.push('\n');
        for tip in tips {
            text.push_str("\n  ");
            text.push_str(&t.labelled(&t.t("help-tip"), &tip));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        // clap's usage carries its English heading before the line, which
        // is ours (see `usage_line`).
        let usage = usage.to_string();
        let line = usage
            .split_once(' ')
            .map_or(usage.as_str(), |(_, line)| line);
        text.push_str(&format!("\n\n{} {line}", t.t("help-usage")));
    }
    let help = quoted(t, "--help");
    text.push_str(&format!(
        "\n\n{}\n",
        t.f("help-more", &[("help", Value::Str(&help))])
    ));
    text
}

/// A word of the command line, quoted the language's way.
fn quoted(t: &Tr, word: &str) -> String {
    t.f("help-quoted", &[("text", Value::Str(word))])
}

/// The first line of a rejection: what is wrong, with the possible values
/// or the missing arguments on lines of their own.
fn what_went_wrong(error: &clap::Error, t: &Tr) -> String {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    let list = |kind| match error.get(kind) {
        Some(ContextValue::Strings(items)) => items.clone(),
        _ => Vec::new(),
    };
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(usize::try_from(*n).unwrap_or(0)),
        _ => None,
    };
    let q = |word: &str| quoted(t, word);
    let say = |id: &str, args: &[(&str, Value)]| t.f(id, args);
    let lines =
        |items: &[String]| -> String { items.iter().map(|item| format!("\n  {item}")).collect() };
    let arg = text(ContextKind::InvalidArg).map(q);
    let value = text(ContextKind::InvalidValue).map(q);
    match (error.kind(), &arg, &value) {
        (ErrorKind::UnknownArgument, Some(arg), _) => {
            say("help-error-unknown-argument", &[("arg", Value::Str(arg))])
        }
        (ErrorKind::InvalidSubcommand, _, _) => match text(ContextKind::InvalidSubcommand) {
            Some(command) => say(
                "help-error-unknown-command",
                &[("command", Value::Str(&q(command)))],
            ),
            None => say("help-error-other", &[]),
        },
        (ErrorKind::InvalidValue, Some(arg), Some(_))
            if text(ContextKind::InvalidValue) == Some("") =>
        {
            say("help-error-value-missing", &[("arg", Value::Str(arg))])
        }
        (ErrorKind::InvalidValue, Some(arg), Some(value)) => {
            let mut message = say(
                "help-error-invalid-value",
                &[("arg", Value::Str(arg)), ("value", Value::Str(value))],
            );
            let possible = list(ContextKind::ValidValue);
            if !possible.is_empty() {
                let values = possible.join(", ");
                message.push_str("\n  ");
                message.push_str(&say(
                    "help-possible-values",
                    &[("values", Value::Str(&values))],
                ));
            }
            message
        }
        (ErrorKind::ValueValidation, Some(arg), Some(value)) => {
            let message = say(
                "help-error-invalid-value",
                &[("arg", Value::Str(arg)), ("value", Value::Str(value))],
            );
            match std::error::Error::source(error).map(|source| reason(source, t)) {
                Some(reason) => t.labelled(&message, &reason),
                None => message,
            }
        }
        (ErrorKind::MissingRequiredArgument, _, _) => {
            say("help-error-missing-arguments", &[]) + &lines(&list(ContextKind::InvalidArg))
        }
        (ErrorKind::MissingSubcommand, _, _) => {
            let command = q(text(ContextKind::InvalidSubcommand).unwrap_or_default());
            let mut message = say(
                "help-error-missing-command",
                &[("command", Value::Str(&command))],
            );
            let commands = list(ContextKind::ValidSubcommand);
            if !commands.is_empty() {
                let commands = commands.join(", ");
                message.push_str("\n  ");
                message.push_str(&say(
                    "help-possible-commands",
                    &[("commands", Value::Str(&commands))],
                ));
            }
            message
        }
        (ErrorKind::ArgumentConflict, _, _) => conflict(error, t),
        (ErrorKind::TooManyValues, Some(arg), Some(value)) => say(
            "help-error-too-many-values",
            &[("arg", Value::Str(arg)), ("value", Value::Str(value))],
        ),
        (ErrorKind::TooFewValues, Some(arg), _) => say(
            "help-error-too-few-values",
            &[
                ("arg", Value::Str(arg)),
                (
                    "expected",
                    Value::Count(number(ContextKind::MinValues).unwrap_or(0)),
                ),
                (
                    "count",
                    Value::Count(number(ContextKind::ActualNumValues).unwrap_or(0)),
                ),
            ],
        ),
        (ErrorKind::WrongNumberOfValues, Some(arg), _) => say(
            "help-error-wrong-number-of-values",
            &[
                ("arg", Value::Str(arg)),
                (
                    "expected",
                    Value::Count(number(ContextKind::ExpectedNumValues).unwrap_or(0)),
                ),
                (
                    "count",
                    Value::Count(number(ContextKind::ActualNumValues).unwrap_or(0)),
                ),
            ],
        ),
        (ErrorKind::NoEquals, Some(arg), _) => {
            say("help-error-no-equals", &[("arg", Value::Str(arg))])
        }
        (ErrorKind::InvalidUtf8, _, _) => say("help-error-invalid-utf8", &[]),
        _ => say("help-error-other", &[]),
    }
}

/// "The argument X cannot be used with Y", or more than once.
fn conflict(error: &clap::Error, t: &Tr) -> String {
    let q = |word: &str| quoted(t, word);
    let (subject, id) = match (
        error.get(ContextKind::InvalidArg),
        error.get(ContextKind::InvalidSubcommand),
    ) {
        (Some(ContextValue::String(arg)), _) => (q(arg), "help-error-conflict"),
        (_, Some(ContextValue::String(command))) => (q(command), "help-error-conflict-command"),
        _ => return t.t("help-error-other"),
    };
    let prior = error.get(ContextKind::PriorArg);
    if prior == error.get(ContextKind::InvalidArg) {
        return t.f("help-error-used-twice", &[("arg", Value::Str(&subject))]);
    }
    let (others, listed) = match prior {
        Some(ContextValue::String(other)) => (q(other), String::new()),
        Some(ContextValue::Strings(others)) => (
            String::new(),
            others.iter().map(|other| format!("\n  {other}")).collect(),
        ),
        _ => (t.t("help-error-conflict-others"), String::new()),
    };
    let id = if listed.is_empty() {
        id.to_string()
    } else {
        format!("{id}-list")
    };
    t.f(
        &id,
        &[
            ("subject", Value::Str(&subject)),
            ("others", Value::Str(&others)),
        ],
    ) + &listed
}

/// Why a value did not parse, when the parser's error is one the catalogue
/// knows; else as the parser said it.
fn reason(source: &(dyn std::error::Error + 'static), t: &Tr) -> String {
    if source.is::<std::num::ParseFloatError>() {
        t.t("help-reason-number")
    } else if source.is::<std::num::ParseIntError>() {
        t.t("help-reason-whole-number")
    } else if let Some(e) = source.downcast_ref::<crate::diagnostic::CodeError>() {
        e.0.render(t)
    } else {
        source.to_string()
    }
}

/// The tips clap offers with an error (a similar argument, command or
/// value; how to pass a value that looks like an option), in `t`'s
/// language.
fn tips(error: &clap::Error, t: &Tr) -> Vec<String> {
    let q = |word: &str| quoted(t, word);
    let similar = |id: &str, kind| {
        let words: Vec<String> = match error.get(kind) {
            Some(ContextValue::String(word)) => vec![q(word)],
            Some(ContextValue::Strings(words)) => words.iter().map(|w| q(w)).collect(),
            _ => Vec::new(),
        };
        (!words.is_empty()).then(|| {
            let list = words.join(", ");
            t.f(
                id,
                &[
                    ("count", Value::Count(words.len())),
                    ("list", Value::Str(&list)),
                ],
            )
        })
    };
    let mut tips: Vec<String> = [
        similar("help-tip-similar-command", ContextKind::SuggestedSubcommand),
        similar("help-tip-similar-argument", ContextKind::SuggestedArg),
        similar("help-tip-similar-value", ContextKind::SuggestedValue),
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
        tips.extend(
            suggestions
                .iter()
                .filter_map(|s| translated_suggestion(&s.to_string(), t)),
        );
    }
    tips
}

/// One of clap's own tips, which it gives only as English text, in `t`'s
/// language: the words between its quotes are what the user types. A tip
/// of another form is left out rather than shown in English.
fn translated_suggestion(english: &str, t: &Tr) -> Option<String> {
    let words: Vec<String> = english
        .split('\'')
        .skip(1)
        .step_by(2)
        .map(|word| quoted(t, word))
        .collect();
    match words.as_slice() {
        [arg, usage] if english.starts_with("to pass '") => Some(t.f(
            "help-tip-pass-as-value",
            &[("arg", Value::Str(arg)), ("usage", Value::Str(usage))],
        )),
        [command, _] if english.starts_with("subcommand '") => Some(t.f(
            "help-tip-remove-dashes",
            &[("command", Value::Str(command))],
        )),
        [usage] if english.ends_with("' exists") => {
            Some(t.f("help-tip-exists", &[("usage", Value::Str(usage))]))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &[&str]) -> Vec<OsString> {
        std::iter::once("wen-assess")
            .chain(line.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn the_language_comes_from_lang_anywhere_then_the_locale() {
        assert_eq!(
            language(&args(&["score", "--lang", "fr"]), "es_MX.UTF-8"),
            "fr"
        );
        assert_eq!(language(&args(&["--lang=pt", "score"]), ""), "pt");
        assert_eq!(language(&args(&["score", "x.yaml"]), "es_MX.UTF-8"), "es");
        assert_eq!(language(&args(&["score"]), "C"), "en");
        // Not one of ours: the locale's language says that clap refuses it.
        assert_eq!(language(&args(&["--lang", "de"]), "fr_FR.UTF-8"), "fr");
        // After `--`, words are values.
        assert_eq!(language(&args(&["--", "--lang", "fr"]), ""), "en");
    }

    #[test]
    fn ids_name_where_a_text_is_shown() {
        let path = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(command_text_id(&[], "about"), "cmd-about");
        assert_eq!(
            command_text_id(&path(&["score"]), "after-help"),
            "cmd-score-after-help"
        );
        let fail_under = Arg::new("fail_under").long("fail-under");
        assert_eq!(
            arg_text_id(&path(&["score"]), &fail_under),
            "arg-score-fail-under"
        );
        let lang = Arg::new("lang").long("lang").global(true);
        assert_eq!(arg_text_id(&[], &lang), "arg-lang");
        assert_eq!(arg_text_id(&path(&["score"]), &lang), "arg-lang");
        // A template has no answer file yet: its own words for --lang.
        assert_eq!(
            arg_text_id(&path(&["template"]), &lang),
            "arg-template-lang"
        );
    }
}
