//! End-to-end tests of the `wen-assess` binary: what a user reads, and exit
//! codes. One test binary, one module per command; whole outputs are insta
//! snapshots (`tests/cli/snapshots/`, accept new ones with
//! `INSTA_UPDATE=always cargo test` after reading them), short messages are
//! exact assertions. Tests that run an outside program (poppler, qpdf,
//! LibreOffice, Python modules, tar) are ignored by default and run with
//! `cargo test -- --include-ignored` (see `programs.rs`).

mod answers;
// A pseudo-terminal (rexpect) exists on Unix only.
#[cfg(unix)]
mod assess;
mod completions;
mod docs;
mod edges;
mod fuzz;
mod hardening;
mod help;
mod hostile;
mod languages;
mod man;
mod migrate;
mod network;
mod package;
mod pdf;
mod programs;
mod report;
mod score;
mod serve;
mod serve_browser;
mod snapshots;
mod template;
mod validate;
mod version;
mod workbook;
mod workbook_edges;
mod workshop;

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

/// The interface languages: the folders of `locales/`, so a new catalogue
/// is tested without a change here.
pub fn languages() -> Vec<String> {
    let mut langs: Vec<String> = std::fs::read_dir(repo("locales"))
        .expect("locales/ is readable")
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    langs.sort();
    assert!(langs.len() >= 2, "catalogues: {langs:?}");
    langs
}

/// What a user reads from one run: standard output, then standard error
/// when there is any.
pub fn seen(r: &Run) -> String {
    if r.stderr.is_empty() {
        r.stdout.clone()
    } else {
        format!("{}----- stderr -----\n{}", r.stdout, r.stderr)
    }
}

/// Runs a poppler or qpdf tool on `pdf` and returns its stdout; fails
/// clearly if the tool is missing or rejects the file.
pub fn pdf_tool(program: &str, args: &[&str], pdf: &Path) -> String {
    let out = programs::output(Command::new(program).args(args).arg(pdf).args(
        if program == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        },
    ));
    programs::assert_success(
        &format!("`{program} {}` on {}", args.join(" "), pdf.display()),
        &out,
    );
    String::from_utf8(out.stdout).expect("tool output is UTF-8")
}

/// The text of a PDF as `pdftotext -layout` extracts it.
pub fn pdf_text(pdf: &Path) -> String {
    pdf_tool("pdftotext", &["-layout", "-enc", "UTF-8"], pdf)
}

/// The page count from `pdfinfo`.
pub fn pdf_pages(pdf: &Path) -> usize {
    let info = pdf_tool("pdfinfo", &[], pdf);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in pdfinfo output:\n{info}"))
}

/// A PDF as a reader meets it, for snapshots and comparisons: the page
/// count, then the text of each page (`pdftotext -layout`) under a page
/// marker, without trailing spaces. Independent of how printpdf and lopdf
/// lay out the bytes.
pub fn pdf_reading(pdf: &Path) -> String {
    let text = pdf_text(pdf);
    let mut out = format!("{} pages\n", pdf_pages(pdf));
    for (i, page) in text.split('\u{c}').enumerate() {
        if page.trim().is_empty() {
            continue;
        }
        out.push_str(&format!("\n======== page {} ========\n", i + 1));
        for line in page.trim_end().lines() {
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

/// Runs the binary with `args` and `-o FILE` in a temporary folder, and
/// returns the run (its stdout names the temporary file) and the PDF's
/// reading.
pub fn wen_pdf(args: &[&str]) -> (Run, String) {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("out.pdf");
    let mut all = args.to_vec();
    all.extend(["--format", "pdf", "-o", pdf.to_str().unwrap()]);
    let r = wen(&all);
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    let reading = pdf_reading(&pdf);
    (r, reading)
}

/// Markdown rendered to HTML by GitHub's own renderer (cmark-gfm, through
/// the Python package `cmarkgfm`, which `.ci/run` installs).
pub fn github_markdown(markdown: &str) -> String {
    use std::io::Write as _;
    let mut child = Command::new(programs::python_with("cmarkgfm"))
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
    programs::assert_success("cmarkgfm", &out);
    String::from_utf8(out.stdout).unwrap()
}
