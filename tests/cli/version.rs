//! `--version` names the program, the built-in guidelines with their
//! versions and sizes, and the interface languages; `-V` is the short line
//! scripts read.

use super::{languages, wen};

#[test]
fn long_version_names_guidelines_and_languages() {
    let r = wen(&["--version"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", r.stdout);
    assert_eq!(
        lines[0],
        format!("wen-assess {}", env!("CARGO_PKG_VERSION"))
    );
    let mut expected = Vec::new();
    for g in wen_assess::model::builtin() {
        expected.push(format!(
            "{} {} ({} criteria)",
            g.id,
            g.version,
            g.criterion_count()
        ));
    }
    assert_eq!(
        lines[1],
        format!("built-in guidelines: {}", expected.join(", "))
    );
    assert_eq!(
        lines[1],
        "built-in guidelines: establishing 1.2.0 (38 criteria), strengthening 1.2.0 (38 criteria)"
    );
    let codes: Vec<String> = lines[2]
        .strip_prefix("languages: ")
        .unwrap_or_else(|| panic!("{}", lines[2]))
        .split(", ")
        .map(|l| l.split(' ').next().unwrap_or("").to_string())
        .collect();
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(sorted, languages());
    assert_eq!(codes[0], "en", "English first: {}", lines[2]);
    assert!(lines[2].contains("fr (Français)"), "{}", lines[2]);
}

#[test]
fn short_version_is_one_line() {
    let r = wen(&["-V"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!("wen-assess {}\n", env!("CARGO_PKG_VERSION"))
    );
}
