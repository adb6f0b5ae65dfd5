//! `report --format md`: content, escaping, output place, reproducibility;
//! the committed example reports are what the code makes of the examples.

use super::{MINIMAL, pdf_reading, pdf_tool, repo, wen};

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
    insta::assert_snapshot!(r.stdout);
    for expected in [
        "# Gap report: Test Network\n",
        "| Overall maturity | **2.7 / 4 (Developing)** |\n",
        "| Governance | 2.7 | Developing | 3 | 0.3 | 2/2 | `███████████░····` |\n",
        "1. **Mandate** (Governance, `governance.mandate`): level 2 Developing → target 3, priority 2.0  \n   Next step: Sign it.",
        "- Note: Signed by 3 of 5 members \\| pending: 2\n",
        "- Answer: **N/A**: The network is funded by its host\n",
        "answers sha256 2ee98916305f",
    ] {
        assert!(
            r.stdout.contains(expected),
            "missing {expected:?} in\n{}",
            r.stdout
        );
    }
}

/// Every committed example output, with the command that makes it; keep in
/// step with `scripts/update-examples.sh`.
const EXAMPLES: &[(&str, &str)] = &[
    (
        "report examples/strengthening-example.yaml",
        "examples/strengthening-example-report.md",
    ),
    (
        "report examples/strengthening-example.yaml --format pdf",
        "examples/strengthening-example-report.pdf",
    ),
    (
        "report examples/establishing-example.yaml",
        "examples/establishing-example-report.md",
    ),
    (
        "report examples/fr/exemple-renforcement.yaml",
        "examples/fr/exemple-renforcement-report.md",
    ),
    (
        "report examples/fr/exemple-renforcement.yaml --format pdf",
        "examples/fr/exemple-renforcement-report.pdf",
    ),
    (
        "report examples/pt/exemplo-estabelecimento.yaml",
        "examples/pt/exemplo-estabelecimento-report.md",
    ),
    (
        "report examples/pt/exemplo-estabelecimento.yaml --format pdf",
        "examples/pt/exemplo-estabelecimento-report.pdf",
    ),
    (
        "report examples/es/ejemplo-establecimiento.yaml",
        "examples/es/ejemplo-establecimiento-report.md",
    ),
    (
        "report examples/es/ejemplo-establecimiento.yaml --format pdf",
        "examples/es/ejemplo-establecimiento-report.pdf",
    ),
    (
        "report --aggregate examples/network/2026",
        "examples/network/network-report.md",
    ),
    (
        "report --aggregate examples/network/2026 --format pdf",
        "examples/network/network-report.pdf",
    ),
    (
        "report --aggregate examples/network/workbooks examples/network/2026/network.yaml",
        "examples/network/network-report-from-workbooks.md",
    ),
    (
        "compare examples/network/2025 examples/network/2026 --format md",
        "examples/network/progress-report.md",
    ),
    (
        "compare examples/network/2025 examples/network/2026 --format pdf",
        "examples/network/progress-report.pdf",
    ),
    (
        "aggregate examples/network/2026 --format csv --by criterion",
        "examples/network/network-by-criterion.csv",
    ),
    (
        "aggregate examples/network/2026 --format xlsx",
        "examples/network/network.xlsx",
    ),
];

const OUT_OF_DATE: &str = "run scripts/update-examples.sh, read the diff and commit it";

/// The examples EXAMPLES lists that end in `extension`, each with the
/// command that makes it (without its `-o`).
fn examples_ending_in(extension: &str) -> impl Iterator<Item = (Vec<&'static str>, &'static str)> {
    EXAMPLES
        .iter()
        .filter(move |(_, committed)| committed.ends_with(extension))
        .map(|(command, committed)| (command.split(' ').collect(), *committed))
}

/// The Markdown examples are byte for byte what the code writes today.
#[test]
fn committed_markdown_examples_are_up_to_date() {
    let mut stale = Vec::new();
    for (mut args, committed) in examples_ending_in(".md") {
        args.extend(["-o", "-"]);
        let r = wen(&args);
        assert_eq!(r.code, 0, "wen-assess {}: {}", args.join(" "), r.stderr);
        let before = std::fs::read(repo(committed)).unwrap_or_default();
        if r.stdout.as_bytes() != before {
            stale.push(committed);
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {}; {OUT_OF_DATE}",
        stale.join(", ")
    );
}

/// The CSV example is byte for byte what the code writes today, and the
/// workbook holds the same cells in the same sheets (compared cell by cell,
/// as the zip archive records the system that wrote it).
#[test]
fn committed_csv_and_workbook_examples_are_up_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let mut stale = Vec::new();
    for (mut args, committed) in examples_ending_in(".csv") {
        args.extend(["-o", "-"]);
        let r = wen(&args);
        assert_eq!(r.code, 0, "wen-assess {}: {}", args.join(" "), r.stderr);
        if r.stdout.as_bytes() != std::fs::read(repo(committed)).unwrap_or_default() {
            stale.push(committed);
        }
    }
    let cells = |path: &std::path::Path| {
        wen_assess::answers::workbook::read_sheets(&std::fs::read(path).unwrap_or_default())
    };
    for (mut args, committed) in examples_ending_in(".xlsx") {
        let fresh = dir.path().join("fresh.xlsx");
        args.extend(["-o", fresh.to_str().unwrap()]);
        let r = wen(&args);
        assert_eq!(r.code, 0, "wen-assess {}: {}", args.join(" "), r.stderr);
        if cells(&fresh) != cells(&repo(committed)) {
            stale.push(committed);
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {}; {OUT_OF_DATE}",
        stale.join(", ")
    );
}

/// The PDF examples read the same as what the code writes today (text and
/// page count through poppler), so a patch release of printpdf or lopdf
/// that moves bytes around does not fail this.
#[test]
#[ignore = "needs poppler-utils (CI runs it)"]
fn committed_pdf_examples_are_up_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let mut stale = Vec::new();
    for (mut args, committed) in examples_ending_in(".pdf") {
        let fresh = dir.path().join("fresh.pdf");
        args.extend(["-o", fresh.to_str().unwrap()]);
        let r = wen(&args);
        assert_eq!(r.code, 0, "wen-assess {}: {}", args.join(" "), r.stderr);
        // What a reader sees, and what a document system shows of the
        // file: its title, author, dates and language.
        let properties = |pdf: &std::path::Path| {
            let info = pdf_tool("pdfinfo", &[], pdf);
            info.lines()
                .filter(|l| {
                    ["Title:", "Subject:", "Author:", "CreationDate:", "ModDate:"]
                        .iter()
                        .any(|k| l.starts_with(k))
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        if pdf_reading(&fresh) != pdf_reading(&repo(committed))
            || properties(&fresh) != properties(&repo(committed))
        {
            stale.push(committed);
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {}; {OUT_OF_DATE}",
        stale.join(", ")
    );
}

/// Every report under `examples/` is in the list above (and so in the
/// script), so a new example cannot go stale unseen.
#[test]
fn every_committed_example_output_is_checked() {
    fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path
                .extension()
                .is_some_and(|x| x == "md" || x == "pdf" || x == "csv" || x == "xlsx")
                // The member states' workbooks are answers, checked in workbook.rs.
                && !path.parent().is_some_and(|p| p.ends_with("workbooks"))
            {
                let root = repo("");
                // `/`-separated, as EXAMPLES lists them, on every system.
                found.push(
                    path.strip_prefix(&root)
                        .unwrap()
                        .to_str()
                        .unwrap()
                        .replace('\\', "/"),
                );
            }
        }
    }
    let mut found = Vec::new();
    walk(&repo("examples"), &mut found);
    found.sort();
    let mut listed: Vec<String> = EXAMPLES.iter().map(|(_, f)| f.to_string()).collect();
    listed.sort();
    assert_eq!(found, listed);
    let script = std::fs::read_to_string(repo("scripts/update-examples.sh")).unwrap();
    for file in &listed {
        assert!(
            script.contains(file.as_str()),
            "{file} is not made by the script"
        );
    }
}

#[test]
fn report_is_written_beside_the_answers_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("network.yaml");
    std::fs::copy(repo("tests/fixtures/answers/minimal.yaml"), &answers).unwrap();
    let r = wen(&["--guidelines", MINIMAL, "report", answers.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = dir.path().join("network-report.md");
    assert_eq!(
        r.stdout,
        format!(
            "Wrote {}: overall maturity 2.7 (Developing), 1 action, coverage 100%\n",
            out.display()
        )
    );
    assert!(
        std::fs::read_to_string(out)
            .unwrap()
            .starts_with("# Gap report: Test Network")
    );
}

/// What `report` writes for each output name and `--format`, read from the
/// file's first bytes: `Some("pdf")`, `Some("md")`, or `None` for a refusal.
fn written_kind(dir: &std::path::Path, name: &str) -> Option<&'static str> {
    let bytes = std::fs::read(dir.join(name)).ok()?;
    if bytes.starts_with(b"%PDF-") {
        Some("pdf")
    } else if bytes.starts_with(b"# Gap report: ") || bytes.starts_with(b"# Network view: ") {
        Some("md")
    } else {
        panic!("{name} holds neither a PDF nor a Markdown report")
    }
}

#[test]
fn the_output_name_chooses_the_format() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("answers.yaml");
    std::fs::copy(repo("tests/fixtures/answers/minimal.yaml"), &answers).unwrap();
    // (the output's name, --format, the kind of file written)
    for (name, format, kind) in [
        ("out.pdf", None, "pdf"),
        ("OUT.PDF", None, "pdf"),
        ("out.md", None, "md"),
        ("out.markdown", None, "md"),
        ("no-extension", None, "md"),
        ("no-extension-pdf", Some("pdf"), "pdf"),
        ("both.pdf", Some("pdf"), "pdf"),
        ("both.md", Some("md"), "md"),
        ("notes.txt", None, "md"),
        ("notes-pdf.txt", Some("pdf"), "pdf"),
    ] {
        let out = dir.path().join(name);
        let mut args = vec!["--guidelines", MINIMAL, "report", answers.to_str().unwrap()];
        args.extend(["-o", out.to_str().unwrap()]);
        if let Some(format) = format {
            args.extend(["--format", format]);
        }
        let r = wen(&args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert_eq!(
            r.stdout,
            format!(
                "Wrote {}: overall maturity 2.7 (Developing), 1 action, coverage 100%\n",
                out.display()
            )
        );
        assert_eq!(written_kind(dir.path(), name), Some(kind), "{args:?}");
    }

    // The network report follows the same rule.
    let network = dir.path().join("network.pdf");
    let r = wen(&[
        "report",
        "--aggregate",
        "examples/network/2026/atlantis-coast.yaml",
        "examples/network/2026/borealia.yaml",
        "-o",
        network.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "Wrote {}: 2 member states, network overall 1.4\n",
            network.display()
        )
    );
    assert_eq!(written_kind(dir.path(), "network.pdf"), Some("pdf"));
}

#[test]
fn a_format_the_output_name_contradicts_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).display().to_string();
    for (name, format, message) in [
        (
            "out.pdf",
            Some("md"),
            "--format md writes Markdown: give the output a .md name, or leave out --format to write a PDF",
        ),
        (
            "out.md",
            Some("pdf"),
            "--format pdf writes a PDF: give the output a .pdf name, or leave out --format to write Markdown",
        ),
    ] {
        let out = path(name);
        let mut args = vec![
            "--guidelines",
            MINIMAL,
            "report",
            "tests/fixtures/answers/minimal.yaml",
            "-o",
            &out,
        ];
        if let Some(format) = format {
            args.extend(["--format", format]);
        }
        let r = wen(&args);
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(r.stdout, "");
        assert_eq!(r.stderr, format!("error: {out}: {message}\n"));
        assert_eq!(written_kind(dir.path(), name), None, "{name} was written");
    }
    let r = wen(&[
        "report",
        "--aggregate",
        "examples/network/2026/atlantis-coast.yaml",
        "--format",
        "md",
        "-o",
        &path("network.pdf"),
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "error: {}: --format md writes Markdown: give the output a .md name, or leave out --format to write a PDF\n",
            path("network.pdf")
        )
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
        "## Answers kept but not scored\n\nThese criteria are not in minimal 1.0.0; their answers stay in the file.\n\n| Criterion | Answer | Note |\n|---|---|---|\n| `governance.retired-criterion` | 1 Initial | This criterion was dropped in 1.0.0 |\n"
    ), "{}", r.stdout);
}
