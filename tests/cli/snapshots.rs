//! Every view in every format, as a user reads it: one insta snapshot per
//! view × format × language (`<view>__<lang>`), and the formats that do not
//! depend on the language (JSON, CSV, GitHub annotations) once. The inputs
//! are committed files (`examples/`, `tests/fixtures/`); the languages are
//! the folders of `locales/`, so a new catalogue gets its snapshots (to read
//! and accept) without a change here. The snapshot header says which
//! command made it.

use super::{Run, languages, seen, wen, wen_pdf};

const STRENGTHENING: &str = "examples/strengthening-example.yaml";
const STRENGTHENING_2025: &str = "examples/strengthening-example-2025.yaml";
const ESTABLISHING: &str = "examples/establishing-example.yaml";
/// The establishing example as it was at guidelines 1.0.0, for `migrate`.
const ESTABLISHING_1_0_0: &str = "tests/fixtures/answers/establishing-1.0.0.yaml";
/// The fictional network of 2026: seven member states' files and the
/// network's own.
const NETWORK: [&str; 1] = ["examples/network/2026"];
/// The same network in 2025 and 2026, for its progress.
const NETWORK_YEARS: [&str; 2] = ["examples/network/2025", "examples/network/2026"];
/// Findings of every kind (error, warning, ok) for `validate`.
const VALIDATE: [&str; 4] = [
    // The files of a folder are named by joining paths: with a trailing `/`
    // they read `guidelines/establishing.yaml` on Windows too.
    "guidelines/",
    "tests/fixtures/guidelines/invalid/missing-level.yaml",
    "tests/fixtures/guidelines/invalid/unused-reference.yaml",
    "tests/fixtures/guidelines/valid/minimal.yaml",
];

/// `wen-assess ARGS`, as the snapshot header shows it.
fn command_line(args: &[&str]) -> String {
    let quoted: Vec<String> = args
        .iter()
        .map(|a| {
            if a.contains(' ') {
                format!("{a:?}")
            } else {
                (*a).to_string()
            }
        })
        .collect();
    format!("wen-assess {}", quoted.join(" "))
}

fn snapshot(name: &str, description: &str, text: &str) {
    insta::with_settings!({
        description => description,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name.to_string(), text);
    });
}

/// Runs the command, checks its exit code, and snapshots what it prints.
fn check(name: &str, args: &[&str], code: i32) -> Run {
    let r = wen(args);
    assert_eq!(r.code, code, "{}: {}", command_line(args), r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    snapshot(name, &command_line(args), &seen(&r));
    r
}

/// Runs the command with `--format pdf -o FILE` and snapshots the PDF's
/// page count and text.
fn check_pdf(name: &str, args: &[&str]) {
    let (_, reading) = wen_pdf(args);
    let mut shown = args.to_vec();
    shown.extend(["--format", "pdf", "-o", "report.pdf"]);
    snapshot(name, &command_line(&shown), &reading);
}

fn with(first: &[&str], rest: &[&str]) -> Vec<String> {
    first.iter().chain(rest).map(|s| s.to_string()).collect()
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn score_table_in_every_language() {
    for lang in languages() {
        let args = ["--lang", &lang, "score", STRENGTHENING, ESTABLISHING];
        check(&format!("score__{lang}"), &args, 0);
    }
}

#[test]
fn gap_report_markdown_in_every_language() {
    for lang in languages() {
        let args = ["--lang", &lang, "report", ESTABLISHING, "-o", "-"];
        check(&format!("report_md__{lang}"), &args, 0);
    }
}

#[test]
#[ignore = "needs poppler-utils (CI runs it)"]
fn gap_report_pdf_in_every_language() {
    for lang in languages() {
        let args = ["--lang", &lang, "report", ESTABLISHING];
        check_pdf(&format!("report_pdf__{lang}"), &args);
    }
}

#[test]
fn compare_table_and_markdown_in_every_language() {
    for lang in languages() {
        let args = [
            "--lang",
            &lang,
            "compare",
            STRENGTHENING_2025,
            STRENGTHENING,
        ];
        check(&format!("compare__{lang}"), &args, 0);
        let args = [
            "--lang",
            &lang,
            "compare",
            "--format",
            "md",
            STRENGTHENING_2025,
            STRENGTHENING,
        ];
        check(&format!("compare_md__{lang}"), &args, 0);
    }
}

#[test]
fn network_progress_table_in_every_language() {
    for lang in languages() {
        let args = with(&["--lang", &lang, "compare"], &NETWORK_YEARS);
        check(&format!("network_progress__{lang}"), &strs(&args), 0);
    }
}

#[test]
fn aggregate_table_and_markdown_in_every_language() {
    for lang in languages() {
        let args = with(&["--lang", &lang, "aggregate"], &NETWORK);
        check(&format!("aggregate__{lang}"), &strs(&args), 0);
        let args = with(&["--lang", &lang, "aggregate", "--format", "md"], &NETWORK);
        check(&format!("aggregate_md__{lang}"), &strs(&args), 0);
    }
}

#[test]
fn network_report_markdown_in_every_language() {
    for lang in languages() {
        let mut args = with(&["--lang", &lang, "report", "--aggregate"], &NETWORK);
        args.extend(["-o".to_string(), "-".to_string()]);
        check(&format!("network_report_md__{lang}"), &strs(&args), 0);
    }
}

#[test]
#[ignore = "needs poppler-utils (CI runs it)"]
fn network_report_pdf_in_every_language() {
    for lang in languages() {
        let args = with(&["--lang", &lang, "report", "--aggregate"], &NETWORK);
        check_pdf(&format!("network_report_pdf__{lang}"), &strs(&args));
    }
}

#[test]
fn template_in_every_language() {
    for lang in languages() {
        let args = [
            "--lang",
            &lang,
            "template",
            "--guideline",
            "strengthening",
            "--network",
            "Example Regional WEN",
            "--date",
            "2026-11-23",
        ];
        check(&format!("template__{lang}"), &args, 0);
    }
}

#[test]
fn guidelines_list_and_one_guideline_in_every_language() {
    for lang in languages() {
        check(
            &format!("guidelines__{lang}"),
            &["--lang", &lang, "guidelines"],
            0,
        );
        check(
            &format!("guideline__{lang}"),
            &["--lang", &lang, "guidelines", "strengthening"],
            0,
        );
    }
}

/// On a copy of the establishing example as it was at 1.0.0 (the examples
/// themselves are migrated), which a dry run leaves as it was, with no lock
/// file beside it.
#[test]
fn migrate_dry_run_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().to_str().unwrap();
    let copy = format!("{tmp}/establishing-example.yaml");
    std::fs::copy(super::repo(ESTABLISHING_1_0_0), &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    for lang in languages() {
        let args = ["--lang", &lang, "migrate", "--dry-run", &copy];
        let r = wen(&args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(std::fs::read(&copy).unwrap(), before, "a dry run wrote");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["establishing-example.yaml"], "{names:?}");
        snapshot(
            &format!("migrate__{lang}"),
            &command_line(&args).replace(tmp, "[TMP]"),
            &seen(&r).replace(tmp, "[TMP]"),
        );
    }
}

#[test]
fn validate_in_every_language() {
    for lang in languages() {
        let args = with(&["--lang", &lang, "validate"], &VALIDATE);
        check(&format!("validate__{lang}"), &strs(&args), 1);
    }
}

/// The one-line messages of the commands that write files or fail, in
/// every language, with the temporary folder shown as `[TMP]`.
#[test]
fn command_messages_in_every_language() {
    for lang in languages() {
        let dir = tempfile::tempdir().unwrap();
        let tmp = dir.path().to_str().unwrap().to_string();
        let answers = format!("{tmp}/answers.yaml");
        std::fs::copy(super::repo(ESTABLISHING_1_0_0), &answers).unwrap();
        let network = with(&["--lang", &lang, "report", "--aggregate"], &NETWORK);
        let network_md = format!("{tmp}/network.md");
        let network_pdf = format!("{tmp}/network.pdf");
        let template = format!("{tmp}/template.yaml");
        let runs: Vec<Vec<String>> = vec![
            with(&["--lang", &lang, "report", &answers], &[]),
            with(
                &["--lang", &lang, "report", &answers, "--format", "pdf"],
                &[],
            ),
            with(&strs(&network), &["-o", &network_md]),
            with(&strs(&network), &["--format", "pdf", "-o", &network_pdf]),
            with(
                &[
                    "--lang",
                    &lang,
                    "template",
                    "--guideline",
                    "strengthening",
                    "-o",
                    &template,
                ],
                &[],
            ),
            with(&["--lang", &lang, "migrate", &answers], &[]),
            with(
                &[
                    "--lang",
                    &lang,
                    "score",
                    "--fail-under",
                    "2.5",
                    STRENGTHENING,
                ],
                &[],
            ),
            with(
                &[
                    "--lang",
                    &lang,
                    "score",
                    STRENGTHENING,
                    "tests/fixtures/answers/empty.yaml",
                ],
                &[],
            ),
        ];
        // A report written beside its answers is named by joining paths,
        // with `\` on Windows: shown as `/` everywhere.
        let hide_tmp = |text: &str| {
            text.replace(&format!("{tmp}\\"), "[TMP]/")
                .replace(&tmp, "[TMP]")
        };
        let mut shown = String::new();
        for args in &runs {
            let r = wen(&strs(args));
            assert!(r.code == 0 || r.code == 1 || r.code == 2, "{args:?}");
            let mut out = format!(
                "$ {} (exit {})\n",
                hide_tmp(&command_line(&strs(args))),
                r.code
            );
            // The score table itself is in `score__*`; keep its last line.
            let stdout = if args.contains(&"score".to_string()) {
                r.stdout.lines().last().unwrap_or("").to_string() + "\n"
            } else {
                r.stdout.clone()
            };
            out.push_str(&hide_tmp(&stdout));
            out.push_str(&hide_tmp(&r.stderr));
            shown.push_str(&out);
            shown.push('\n');
        }
        snapshot(
            &format!("messages__{lang}"),
            "report, report --aggregate, template and migrate writing files, score failing",
            &shown,
        );
    }
}

// ------------------------------------------------------ language-independent

#[test]
fn score_json_and_csv() {
    check(
        "score_json",
        &["score", "--format", "json", STRENGTHENING, ESTABLISHING],
        0,
    );
    check(
        "score_csv",
        &["score", "--format", "csv", STRENGTHENING, ESTABLISHING],
        0,
    );
}

#[test]
fn compare_json() {
    check(
        "compare_json",
        &[
            "compare",
            "--format",
            "json",
            STRENGTHENING_2025,
            STRENGTHENING,
        ],
        0,
    );
}

#[test]
fn aggregate_json_and_csv() {
    let args = with(&["aggregate", "--format", "json"], &NETWORK);
    check("aggregate_json", &strs(&args), 0);
    let args = with(&["aggregate", "--format", "csv"], &NETWORK);
    check("aggregate_csv", &strs(&args), 0);
}

#[test]
fn validate_json_and_github() {
    let args = with(&["validate", "--format", "json"], &VALIDATE);
    check("validate_json", &strs(&args), 1);
    let args = with(&["validate", "--format", "github"], &VALIDATE);
    check("validate_github", &strs(&args), 1);
}
