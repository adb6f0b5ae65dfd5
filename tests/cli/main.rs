//! End-to-end tests of the `wen-assess` binary: exact output and exit codes,
//! as a user sees them. One test binary, one module per command.

mod answers;
mod assess;
mod fuzz;
mod hardening;
mod hostile;
mod languages;
mod network;
mod pdf;
mod report;
mod score;
mod template;
mod validate;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The result of one run.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Runs the binary from the crate root with `CI`-like settings.
pub fn wen(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_wen-assess"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("COLUMNS")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// The minimal guideline used by most answer tests.
pub const MINIMAL: &str = "tests/fixtures/guidelines/valid/minimal.yaml";

/// Absolute path of a file in the crate.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Compares with an expected-output file; `BLESS=1` rewrites it instead.
pub fn assert_matches_file(actual: &str, expected_path: &str) {
    let path = repo(expected_path);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{expected_path}: {e} (run with BLESS=1 to create it)"));
    assert_eq!(actual, expected, "output differs from {expected_path}");
}

/// Markdown rendered to HTML by GitHub's own renderer (cmark-gfm, through
/// the Python package `cmarkgfm`, which `.ci/run` installs).
pub fn github_markdown(markdown: &str) -> String {
    use std::io::Write as _;
    let mut child = Command::new("python3")
        .args([
            "-c",
            "import sys, cmarkgfm; sys.stdout.write(cmarkgfm.github_flavored_markdown_to_html(sys.stdin.read()))",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(markdown.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "cmarkgfm failed (install it with `pip install cmarkgfm`): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
