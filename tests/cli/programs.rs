//! The outside programs some tests run (poppler, qpdf, LibreOffice, Python
//! with openpyxl or cmarkgfm, tar), each with what installs it.
//!
//! `cargo test` must pass on a machine with Rust alone, so every test that
//! runs one of these is `#[ignore = "needs ..."]`; `cargo test --
//! --include-ignored` runs them (`.ci/run` installs the programs first).
//! When such a test runs and its program is missing, it fails with a
//! message naming the package to install: it never passes without checking.

use std::io::ErrorKind;
use std::process::{Command, Output};

/// What installs each program the tests run, on Debian or Ubuntu (as in
/// `.ci/run`) and on macOS.
const INSTALLS: &[(&str, &str)] = &[
    (
        "pdftotext",
        "poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler)",
    ),
    (
        "pdfinfo",
        "poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler)",
    ),
    (
        "pdffonts",
        "poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler)",
    ),
    (
        "pdftoppm",
        "poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler)",
    ),
    (
        "qpdf",
        "qpdf (Debian/Ubuntu: apt-get install qpdf; macOS: brew install qpdf)",
    ),
    (
        "soffice",
        "LibreOffice (Debian/Ubuntu: apt-get install libreoffice-calc-nogui; macOS: brew install --cask libreoffice)",
    ),
    ("tar", "tar (Debian/Ubuntu: apt-get install tar)"),
    (
        "chromedriver",
        "chromium-driver and chromium (Debian/Ubuntu: apt-get install chromium chromium-driver; macOS: brew install --cask chromedriver google-chrome)",
    ),
    (
        "chromium",
        "chromium (Debian/Ubuntu: apt-get install chromium chromium-driver; macOS: brew install --cask chromium)",
    ),
    ("gzip", "gzip (Debian/Ubuntu: apt-get install gzip)"),
    ("bash", "bash (Debian/Ubuntu: apt-get install bash)"),
    (
        "python3",
        "Python 3 (Debian/Ubuntu: apt-get install python3; macOS: brew install python)",
    ),
];

/// How to install `program`, for a failure message.
pub fn install_hint(program: &str) -> &'static str {
    INSTALLS
        .iter()
        .find(|(name, _)| *name == program)
        .map_or("it (no package is known for it here)", |(_, how)| how)
}

/// Runs `command` and returns its output; a program that is not installed
/// fails the test with what to install.
pub fn output(command: &mut Command) -> Output {
    let program = command.get_program().to_string_lossy().into_owned();
    command.output().unwrap_or_else(|e| {
        if e.kind() == ErrorKind::NotFound {
            panic!(
                "`{program}` is not installed; this test needs it: install {}",
                install_hint(&program)
            )
        }
        panic!("cannot run `{program}`: {e}")
    })
}

/// Fails the test with the command's output unless it succeeded.
pub fn assert_success(what: &str, out: &Output) {
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// What installs a Python module the tests import.
fn module_install(module: &str) -> &'static str {
    match module {
        "openpyxl" => "Debian/Ubuntu: apt-get install python3-openpyxl; or pip install openpyxl",
        "cmarkgfm" => "pip install cmarkgfm",
        _ => "pip install it",
    }
}

/// A Python 3 that can import `module`: the `python3` on the PATH, or
/// Debian's `/usr/bin/python3` (where `apt-get install python3-openpyxl`
/// puts openpyxl when the PATH's Python is another build, such as pyenv's).
/// Fails the test, naming the package, when neither can.
pub fn python_with(module: &str) -> &'static str {
    let candidates: &[&'static str] = if cfg!(windows) {
        &["python3", "python"]
    } else {
        &["python3", "/usr/bin/python3"]
    };
    for python in candidates {
        let imports = Command::new(python)
            .args(["-c", &format!("import {module}")])
            .output()
            .is_ok_and(|o| o.status.success());
        if imports {
            return python;
        }
    }
    panic!(
        "no Python 3 with the module `{module}` was found (tried {}); this test needs it: {}",
        candidates.join(", "),
        module_install(module)
    )
}

/// The guarantee the ignored tests rely on: a program that is not there is
/// a failure that says so, not a test that passes without checking.
#[test]
#[should_panic(expected = "`wen-assess-test-no-such-program` is not installed; this test needs it")]
fn a_missing_program_fails_the_test_and_says_what_to_install() {
    output(&mut Command::new("wen-assess-test-no-such-program"));
}
