//! The help, usage lines and clap's errors in every language: every
//! argument of every command has its text in every catalogue (the walk
//! names any that lacks one), the help reads as the snapshots show, and a
//! mistake in a command line is said in the reader's language with the
//! tip, the usage line and exit code 2.

use std::collections::HashSet;
use std::process::Command;

use clap::Arg;
use wen_assess::cli_text;

use super::{Run, languages, repo, wen};

/// The message ids of a language's catalogues (`locales/<lang>/*.ftl`).
fn catalogue_ids(lang: &str) -> HashSet<String> {
    let mut ids = HashSet::new();
    for entry in std::fs::read_dir(repo(&format!("locales/{lang}"))).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let text = std::fs::read_to_string(&path).unwrap();
            ids.extend(text.lines().filter_map(|line| {
                let (id, _) = line.split_once(" =")?;
                let is_id = !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                is_id.then(|| id.to_string())
            }));
        }
    }
    ids
}

/// Every command of the command line with its path (`[]` for the program,
/// `["score"]`), as `f` sees them; the commands clap copies under its
/// `help` command are the same commands, and are left out.
fn walk(cmd: &clap::Command, path: Vec<String>, f: &mut impl FnMut(&clap::Command, &[String])) {
    f(cmd, &path);
    if path.last().is_some_and(|name| name == "help") {
        return;
    }
    for sub in cmd.get_subcommands() {
        let mut sub_path = path.clone();
        sub_path.push(sub.get_name().to_string());
        walk(sub, sub_path, f);
    }
}

/// How a user types an argument: `--fail-under`, or `<FILES>`.
fn typed(arg: &Arg) -> String {
    match arg.get_long() {
        Some(long) => format!("--{long}"),
        None => format!("<{}>", arg.get_id().as_str().to_uppercase()),
    }
}

/// `wen-assess score`, as a command line names it.
fn command_line(path: &[String]) -> String {
    std::iter::once("wen-assess".to_string())
        .chain(path.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_argument_of_every_command_has_its_text_in_every_language() {
    let mut missing = Vec::new();
    let mut arguments = 0;
    for lang in languages() {
        let ids = catalogue_ids(&lang);
        let mut lacks = |what: String, id: String| {
            if !ids.contains(&id) {
                missing.push(format!(
                    "{lang}: {what} has no text: add `{id}` to locales/{lang}/help.ftl"
                ));
            }
        };
        walk(&cli_text::command(&lang), Vec::new(), &mut |cmd, path| {
            let shown = command_line(path);
            lacks(
                format!("`{shown}`"),
                cli_text::command_text_id(path, "about"),
            );
            // Every command's help ends with examples, but clap's own `help`.
            if path.last().is_none_or(|name| name != "help") {
                lacks(
                    format!("`{shown}` (its examples)"),
                    cli_text::command_text_id(path, "after-help"),
                );
            }
            for arg in cmd.get_arguments().filter(|arg| !arg.is_hide_set()) {
                arguments += 1;
                lacks(
                    format!("`{shown} {}`", typed(arg)),
                    cli_text::arg_text_id(path, arg),
                );
            }
        });
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    // Every language, every command, --help and the global options.
    assert!(arguments > 4 * 40, "{arguments} arguments walked");
}

/// clap's `[possible values: ...]` is hidden, so each text says the values
/// itself: a value added to an option without its text is found here.
#[test]
fn every_value_an_option_takes_is_named_in_its_text_in_every_language() {
    let mut unnamed = Vec::new();
    for lang in languages() {
        walk(&cli_text::command(&lang), Vec::new(), &mut |cmd, path| {
            for arg in cmd.get_arguments().filter(|arg| !arg.is_hide_set()) {
                let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                let words: HashSet<&str> = help
                    .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                    .collect();
                for value in arg.get_possible_values() {
                    if !value.is_hide_set() && !words.contains(value.get_name()) {
                        unnamed.push(format!(
                            "{lang}: `{} {}` does not name `{}`: {help}",
                            command_line(path),
                            typed(arg),
                            value.get_name()
                        ));
                    }
                }
            }
        });
    }
    assert!(unnamed.is_empty(), "{}", unnamed.join("\n"));
}

fn snapshot(name: &str, args: &[&str], r: &Run) {
    insta::with_settings!({
        description => format!("wen-assess {}", args.join(" ")),
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name.to_string(), r.stdout);
    });
}

/// The help of the program and of two commands, in every language: the
/// headings, the usage line, each argument's text wrapped in its column,
/// the examples.
#[test]
fn help_of_the_program_and_of_two_commands_in_every_language() {
    for lang in languages() {
        for (name, command) in [
            ("program", None),
            ("template", Some("template")),
            ("score", Some("score")),
        ] {
            let mut args = vec!["--lang", lang.as_str()];
            args.extend(command);
            args.push("--help");
            let r = wen(&args);
            assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{args:?}");
            assert!(
                r.stdout
                    .lines()
                    .all(|l| l.chars().count() <= 80 || l.starts_with("  wen-assess ")),
                "a line over 80 columns in {args:?}:\n{}",
                r.stdout
            );
            for english in ["[default:", "[possible values:", "Usage:"] {
                assert!(
                    lang == "en" || !r.stdout.contains(english),
                    "{english} in {args:?}"
                );
            }
            snapshot(&format!("{name}__{lang}"), &args, &r);
        }
    }
}

/// `-h`, `--help` and `help COMMAND` show the same help, on standard output.
#[test]
fn every_way_of_asking_for_help_shows_the_same() {
    for lang in languages() {
        let full = wen(&["--lang", &lang, "score", "--help"]);
        assert_eq!(full.code, 0);
        for other in [
            wen(&["--lang", &lang, "score", "-h"]),
            wen(&["--lang", &lang, "help", "score"]),
            wen(&["score", "--help", "--lang", &lang]),
        ] {
            assert_eq!((other.code, &other.stdout), (0, &full.stdout), "{lang}");
        }
    }
}

/// Without a command, the help goes to standard error with exit code 2,
/// in the locale's language.
#[test]
fn no_command_shows_the_help_and_fails() {
    let r = with_locale(&[], &[("LANG", "pt_PT.UTF-8")]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr
            .contains("\nUtilização: wen-assess [OPÇÕES] <COMANDO>\n"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("\nComandos:\n  assess "), "{}", r.stderr);
}

/// Runs the binary with `env` as the only locale variables.
fn with_locale(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wen-assess"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1");
    for (name, value) in env {
        command.env(name, value);
    }
    let out = command.output().unwrap();
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// The help's language: --lang, else LC_ALL, else LC_MESSAGES, else LANG,
/// else English (an answer file's language cannot count: none is read).
#[test]
fn the_help_language_comes_from_lang_then_the_locale() {
    let first_line = |args: &[&str], env: &[(&str, &str)]| {
        let r = with_locale(args, env);
        assert_eq!(r.code, 0, "{args:?} {env:?}: {}", r.stderr);
        r.stdout
            .lines()
            .find(|l| l.contains("wen-assess ["))
            .unwrap()
            .to_string()
    };
    let french = "Utilisation : wen-assess [OPTIONS] <COMMANDE>";
    let spanish = "Uso: wen-assess [OPCIONES] <COMANDO>";
    let english = "Usage: wen-assess [OPTIONS] <COMMAND>";
    assert_eq!(first_line(&["--help"], &[("LANG", "fr_FR.UTF-8")]), french);
    assert_eq!(
        first_line(
            &["--help"],
            &[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "es_MX.UTF-8")]
        ),
        spanish
    );
    assert_eq!(
        first_line(
            &["--help"],
            &[
                ("LANG", "pt_PT.UTF-8"),
                ("LC_MESSAGES", "pt_PT.UTF-8"),
                ("LC_ALL", "fr_FR.UTF-8")
            ]
        ),
        french
    );
    assert_eq!(
        first_line(&["--help", "--lang", "es"], &[("LC_ALL", "fr_FR.UTF-8")]),
        spanish
    );
    assert_eq!(first_line(&["--help"], &[("LANG", "de_DE.UTF-8")]), english);
    assert_eq!(first_line(&["--help"], &[]), english);
}

/// A French reader mistyping an option: the error, the tip, the usage line
/// and where to read more, all in French; exit code 2 and nothing on
/// standard output.
#[test]
fn an_unknown_option_in_french() {
    let r = wen(&["--lang", "fr", "score", "--formt", "json", "x.yaml"]);
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert_eq!(
        r.stderr,
        "erreur: argument inattendu « --formt »\n\
         \n  astuce : un argument semblable existe : « --format »\n\
         \nUtilisation : wen-assess score [OPTIONS] <FILES>...\n\
         \nPour en savoir plus, essayer « --help ».\n"
    );
}

/// A French reader giving a value an option does not take: the values it
/// takes, in French, and exit code 2.
#[test]
fn an_invalid_value_in_french() {
    let r = wen(&["--lang", "fr", "score", "--format", "xml", "x.yaml"]);
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert_eq!(
        r.stderr,
        "erreur: valeur invalide « xml » pour « --format <FORMAT> »\n\
         \x20 [valeurs possibles : table, json, csv]\n\
         \nPour en savoir plus, essayer « --help ».\n"
    );
    // The locale chooses the language when --lang does not.
    let r = with_locale(
        &["score", "--format", "xml", "x.yaml"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.starts_with("erreur: valeur invalide « xml »"),
        "{}",
        r.stderr
    );
}

/// Each kind of mistake clap finds, in every language: nothing of clap's
/// English, the usage line where clap gives one, exit code 2.
#[test]
fn every_kind_of_mistake_in_every_language() {
    let mistakes: [(&[&str], &str); 8] = [
        (&["score", "--formt", "x.yaml"], "--formt"),
        (&["score", "--format", "xml", "x.yaml"], "xml"),
        (&["scor"], "scor"),
        (&["score"], "<FILES>..."),
        (
            &["--fail-under", "3", "score", "x.yaml"],
            "score --fail-under",
        ),
        (&["score", "--fail-under", "2,5", "x.yaml"], "2.5"),
        (
            &["report", "x.yaml", "--aggregate", "--aggregate"],
            "--aggregate",
        ),
        (&["assess", "--answers"], "--answers <FILE>"),
    ];
    let english = [
        "unexpected argument",
        "invalid value",
        "possible values",
        "unrecognized",
        "required",
        "tip:",
        "exists",
        "Usage:",
        "For more information",
        "cannot be used",
        "float",
        "supplied",
    ];
    for lang in languages() {
        for (args, named) in mistakes {
            let mut all = vec!["--lang", lang.as_str()];
            all.extend(args);
            let r = wen(&all);
            assert_eq!((r.code, r.stdout.as_str()), (2, ""), "{all:?}");
            assert!(r.stderr.contains(named), "{all:?}: {}", r.stderr);
            if lang != "en" {
                for word in english {
                    assert!(!r.stderr.contains(word), "{word} in {all:?}: {}", r.stderr);
                }
            }
        }
    }
}

/// `--version` names the guidelines and languages in the reader's words.
#[test]
fn version_in_french() {
    let r = wen(&["--lang", "fr", "--version"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        lines[0],
        format!("wen-assess {}", env!("CARGO_PKG_VERSION"))
    );
    assert!(
        lines[1].starts_with("lignes directrices intégrées : establishing "),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains(" critères)"), "{}", lines[1]);
    assert_eq!(
        lines[2],
        "langues : en (English), es (Español), fr (Français), pt (Português)"
    );
}

/// The man page in French: its descriptions and its section headings.
#[test]
fn man_page_in_french() {
    let r = wen(&["--lang", "fr", "man"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let headings: Vec<&str> = r.stdout.lines().filter(|l| l.starts_with(".SH ")).collect();
    assert_eq!(
        headings,
        [
            ".SH NOM",
            ".SH SYNOPSIS",
            ".SH DESCRIPTION",
            ".SH OPTIONS",
            ".SH COMMANDES",
            ".SH EXEMPLES ET REMARQUES",
            ".SH VERSION"
        ]
    );
    assert!(r.stdout.contains("Afficher l\\*(Aqaide"), "{}", r.stdout);
}
