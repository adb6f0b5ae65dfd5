//! `report --format md`: content, escaping, output place, reproducibility.

use super::{MINIMAL, assert_matches_file, wen};

#[test]
fn markdown_report_of_the_minimal_answers() {
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "report",
        "tests/fixtures/answers/minimal.yaml",
        "-o",
        "-",
    ]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_matches_file(&r.stdout, "tests/fixtures/reports/minimal-report.md");
    for expected in [
        "# Gap report: Test Network\n",
        "| Overall maturity | **2.7 / 4** (Developing) |\n",
        "| Governance | 2.7 | Developing | 3 | 0.3 | 2/2 | `███████████░····` |\n",
        "1. **Mandate** (Governance, `governance.mandate`): level 2 Developing → target 3, priority 2.0  \n   Next step: Sign it.",
        "- Note: Signed by 3 of 5 members \\| pending: 2\n",
        "- Answer: **N/A**: The network is funded by its host\n",
        "answers sha256 `2ee98916305f`",
    ] {
        assert!(
            r.stdout.contains(expected),
            "missing {expected:?} in\n{}",
            r.stdout
        );
    }
}

#[test]
fn committed_example_reports_are_up_to_date() {
    for name in ["strengthening-example", "establishing-example"] {
        let r = wen(&["report", &format!("examples/{name}.yaml"), "-o", "-"]);
        assert_eq!((r.code, r.stderr.as_str()), (0, ""));
        assert_matches_file(&r.stdout, &format!("examples/{name}-report.md"));
    }
    let r = wen(&[
        "report",
        "--aggregate",
        "examples/network/atlantis-coast.yaml",
        "examples/network/borealia.yaml",
        "examples/network/costa-serena.yaml",
        "examples/network/dunmore-islands.yaml",
        "-o",
        "-",
    ]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_matches_file(&r.stdout, "examples/network/network-report.md");
}

#[test]
fn committed_example_pdfs_are_up_to_date() {
    const NETWORK: &str = "--aggregate examples/network/atlantis-coast.yaml examples/network/borealia.yaml examples/network/costa-serena.yaml examples/network/dunmore-islands.yaml";
    for (answers, pdf) in [
        (NETWORK, "examples/network/network-report.pdf"),
        (
            "examples/strengthening-example.yaml",
            "examples/strengthening-example-report.pdf",
        ),
        (
            "examples/fr/exemple-renforcement.yaml",
            "examples/fr/exemple-renforcement-report.pdf",
        ),
        (
            "examples/es/ejemplo-establecimiento.yaml",
            "examples/es/ejemplo-establecimiento-report.pdf",
        ),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_wen-assess"))
            .arg("report")
            .args(answers.split(' '))
            .args(["--format", "pdf", "-o", "-"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert!(out.status.success());
        let path = super::repo(pdf);
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(&path, &out.stdout).unwrap();
        }
        assert!(
            std::fs::read(&path).unwrap() == out.stdout,
            "{pdf} is out of date (BLESS=1 cargo test)"
        );
    }
}

#[test]
fn report_is_written_beside_the_answers_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("network.yaml");
    std::fs::copy(super::repo("tests/fixtures/answers/minimal.yaml"), &answers).unwrap();
    let r = wen(&["--guidelines", MINIMAL, "report", answers.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = dir.path().join("network-report.md");
    assert_eq!(
        r.stdout,
        format!(
            "Wrote {}: overall maturity 2.7 (Developing), 1 action(s), coverage 100%\n",
            out.display()
        )
    );
    assert!(
        std::fs::read_to_string(out)
            .unwrap()
            .starts_with("# Gap report: Test Network")
    );
}

#[test]
fn hostile_notes_cannot_break_the_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("hostile.yaml");
    std::fs::write(
        &answers,
        "format: 1\nguideline: minimal\nnetwork: {name: \"<b>Net</b> | x\"}\nanswers:\n  governance.mandate:\n    level: 1\n    note: \"| a | b |\\n# Heading\\n<script>alert(1)</script> [link](javascript:x) **bold**\"\n    evidence: [\"`code`\", \"![img](http://x/y.png)\"]\n",
    )
    .unwrap();
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "report",
        answers.to_str().unwrap(),
        "-o",
        "-",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .starts_with("# Gap report: &lt;b&gt;Net&lt;/b&gt; \\| x\n")
    );
    assert!(r.stdout.contains(
        "- Note: \\| a \\| b \\|<br>\\# Heading<br>&lt;script&gt;alert(1)&lt;/script&gt; \\[link\\](javascript:x) \\*\\*bold\\*\\*\n"
    ), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("- Evidence: \\`code\\`; \\!\\[img\\](http\\://x/y.png)\n")
    );
    assert!(!r.stdout.contains("<script"));
}

#[test]
fn unwritable_output_is_an_error_and_nothing_is_lost() {
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "report",
        "tests/fixtures/answers/minimal.yaml",
        "-o",
        "/no/such/dir/r.md",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: /no/such/dir/r.md: cannot write: the folder /no/such/dir does not exist\n"
    );
}

#[test]
fn report_of_an_invalid_file_exits_2_with_the_position() {
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "report",
        "tests/fixtures/answers/na-without-reason.yaml",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "tests/fixtures/answers/na-without-reason.yaml:5:12: error[na-without-reason]: `governance.mandate` is marked `na` but has no `reason:`; say why it does not apply\n"
    );
}

#[test]
fn answers_kept_but_not_scored_are_listed() {
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "report",
        "tests/fixtures/answers/old-version.yaml",
        "-o",
        "-",
    ]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout
            .contains("| Answered against | version 0.9.0 (scored against 1.0.0) |\n")
    );
    assert!(r.stdout.contains(
        "## Answers kept but not scored\n\nThese criteria are not in `minimal` 1.0.0; their answers stay in the file.\n\n| Criterion | Answer | Note |\n|---|---|---|\n| `governance.retired-criterion` | 1 Initial | This criterion was dropped in 1.0.0 |\n"
    ), "{}", r.stdout);
}
