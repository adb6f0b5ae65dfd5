//! `man`: the roff man page, and one page per command with `--output-dir`,
//! from the same clap definitions as the parser.

use super::completions::command_names;
use super::wen;

/// A roff text with its escaped hyphens (`\-`) read as hyphens.
fn unescaped(roff: &str) -> String {
    roff.replace("\\-", "-")
}

#[test]
fn main_page_lists_every_command() {
    let r = wen(&["man"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        r.stdout
            .lines()
            .any(|l| l == format!(".TH wen-assess 1  \"wen-assess {version}\" ")),
        "{}",
        r.stdout
    );
    let text = unescaped(&r.stdout);
    assert!(text.contains("\n.SH SUBCOMMANDS\n"), "{text}");
    for command in command_names() {
        assert!(
            text.contains(&format!("\nwen-assess-{command}(1)\n")),
            "the man page does not list `{command}`:\n{text}"
        );
    }
    // clap's own `help` command has no page, so it is not listed.
    assert!(!text.contains("wen-assess-help(1)"), "{text}");
}

#[test]
fn output_dir_writes_a_page_per_command() {
    let dir = tempfile::tempdir().unwrap();
    let man1 = dir.path().join("share/man/man1");
    let shown = man1.to_str().unwrap();
    let commands = command_names();
    let r = wen(&["man", "--output-dir", shown]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(
        r.stdout,
        format!("Wrote {} man pages to {shown}\n", commands.len() + 1)
    );

    let mut expected: Vec<String> = commands
        .iter()
        .map(|c| format!("wen-assess-{c}.1"))
        .chain(["wen-assess.1".to_string()])
        .collect();
    expected.sort();
    let mut found: Vec<String> = std::fs::read_dir(&man1)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    found.sort();
    assert_eq!(found, expected);

    // The main page is the one `man` prints.
    let main = std::fs::read_to_string(man1.join("wen-assess.1")).unwrap();
    assert_eq!(main, wen(&["man"]).stdout);
    for command in &commands {
        let page = std::fs::read_to_string(man1.join(format!("wen-assess-{command}.1"))).unwrap();
        let text = unescaped(&page);
        assert!(
            text.contains(&format!(".TH wen-assess-{command} 1 ")),
            "{command}: {text}"
        );
        // Every command's help ends with examples, and so does its page.
        assert!(
            text.contains("\n.SH EXTRA\nExamples:\n"),
            "{command} has no examples:\n{text}"
        );
        assert!(
            text.contains(&format!("wen-assess {command}")),
            "{command}: {text}"
        );
    }
}

#[test]
fn output_dir_that_is_a_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("man1");
    std::fs::write(&file, "not a folder").unwrap();
    let shown = file.to_str().unwrap();
    let r = wen(&["man", "--output-dir", shown]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        format!("error: {shown}: is not a folder; give the folder to write the man pages into\n")
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a folder");
}
