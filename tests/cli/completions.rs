//! `completions`: a script per shell that offers every command, built from
//! the same clap definitions as the parser, so a new command cannot be left
//! out.

use std::process::Command;

use clap::{CommandFactory, ValueEnum};
use clap_complete::Shell;
use wen_assess::cli::Cli;

use super::{programs, wen};

/// The commands of the command line, as the parser knows them.
pub fn command_names() -> Vec<String> {
    let names: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    assert!(names.len() >= 12, "{names:?}");
    names
}

/// How each shell's script offers a command as a completion of the first
/// word (the generated scripts differ in syntax, not in content).
fn offers(shell: Shell, script: &str, command: &str) -> bool {
    let line = match shell {
        Shell::Bash => format!("wen__assess,{command})"),
        Shell::Zsh => format!("'{command}:"),
        Shell::Fish => format!("__fish_wen_assess_needs_command\" -f -a \"{command}\""),
        Shell::PowerShell => format!(
            "[CompletionResult]::new('{command}', '{command}', [CompletionResultType]::ParameterValue"
        ),
        Shell::Elvish => format!("cand {command} "),
        other => panic!("no pattern for {other}: add one here"),
    };
    script.lines().any(|l| l.contains(&line))
}

#[test]
fn every_shell_offers_every_command() {
    let commands = command_names();
    for shell in Shell::value_variants() {
        let name = shell.to_possible_value().unwrap().get_name().to_string();
        let r = wen(&["completions", &name]);
        assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{name}");
        for command in &commands {
            assert!(
                offers(*shell, &r.stdout, command),
                "`completions {name}` does not offer `{command}`:\n{}",
                r.stdout
            );
        }
    }
}

#[test]
fn completions_complete_option_values() {
    // The values of --format come from the same enums as the parser's.
    let r = wen(&["completions", "fish"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains(
            "__fish_wen_assess_using_subcommand report\" -l format -d 'Report format: md (Markdown) or pdf (PDF, A4, fonts embedded); without it, pdf when OUT ends in .pdf, else md' -r -f -a \"md\\t'Markdown'"
        ),
        "{}",
        r.stdout
    );
}

/// In another language, the descriptions the shells show are the help's,
/// and the values' own descriptions, English only, are left out.
#[test]
fn completions_speak_the_language() {
    let r = wen(&["--lang", "fr", "completions", "fish"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(
        r.stdout.contains(
            "__fish_wen_assess_using_subcommand report\" -l format -d 'Format du rapport"
        ),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("-a \"md\\t''"), "{}", r.stdout);
    for english in [
        "Report format",
        "A commented YAML answer file",
        "Print help",
    ] {
        assert!(!r.stdout.contains(english), "{english}:\n{}", r.stdout);
    }
}

// bash is part of every Unix system the tests run on; on Windows it comes
// with Git for Windows only.
#[test]
#[cfg_attr(not(unix), ignore = "needs bash (Git Bash on Windows)")]
fn bash_script_is_valid_bash() {
    let r = wen(&["completions", "bash"]);
    assert_eq!(r.code, 0);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wen-assess.bash");
    std::fs::write(&path, &r.stdout).unwrap();
    let out = programs::output(Command::new("bash").arg("-n").arg(&path));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Loading it registers the completion function for the command.
    let out = programs::output(Command::new("bash").arg("-c").arg(format!(
        "source {} && complete -p wen-assess",
        path.display()
    )));
    let registered = String::from_utf8_lossy(&out.stdout);
    assert!(
        registered
            .trim_end()
            .ends_with("-F _wen__assess wen-assess"),
        "{registered}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn unknown_or_missing_shell_is_a_usage_error() {
    let r = wen(&["completions", "tcsh"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr.starts_with(
            "error: invalid value 'tcsh' for '<SHELL>'\n  [possible values: bash, elvish, fish, powershell, zsh]\n"
        ),
        "{}",
        r.stderr
    );
    let r = wen(&["completions"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("error: the following required arguments were not provided:\n  <SHELL>\n"),
        "{}",
        r.stderr
    );
}
