//! `report --format pdf`: the PDF is checked the way a reader would meet it,
//! through poppler (`pdftotext -layout`, `pdfinfo`) and `qpdf --check`.
//! The tests that read the PDF are ignored by default (`cargo test --
//! --include-ignored` runs them); there, a missing tool fails the test and
//! says what to install, rather than passing without checking anything.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{MINIMAL, pdf_pages as pages, pdf_text as text, pdf_tool as tool, repo, wen};

/// `qpdf --check` must find no problem.
fn check_structure(pdf: &Path) {
    let out = tool("qpdf", &["--check"], pdf);
    assert!(
        out.contains("No syntax or stream encoding errors found"),
        "{out}"
    );
}

/// Writes `answers` into a temporary folder and renders it to PDF there.
fn render(answers: &str, guidelines: Option<&str>) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.yaml");
    std::fs::write(&file, answers).unwrap();
    let pdf = dir.path().join("answers.pdf");
    let mut args: Vec<&str> = Vec::new();
    if let Some(g) = guidelines {
        args.extend(["--guidelines", g]);
    }
    args.extend([
        "report",
        file.to_str().unwrap(),
        "--format",
        "pdf",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    let r = wen(&args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    (dir, pdf)
}

/// Answers to the minimal guideline with `note` on the first criterion.
fn minimal_answers(note: &str) -> String {
    format!(
        "format: 1\nguideline: minimal\nnetwork: {{name: Test Network}}\nanswers:\n  governance.mandate:\n    level: 2\n    note: {}\n  governance.meetings:\n    level: 4\n",
        serde_json::to_string(note).unwrap()
    )
}

/// White space collapsed, so text wrapped or aligned in columns compares.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// (area title, maturity) and action-plan criterion titles, read from the
/// Markdown report of the same answers.
fn expected_from_markdown(
    answers: &Path,
    guidelines: Option<&str>,
) -> (Vec<(String, String)>, Vec<String>) {
    let mut args: Vec<&str> = Vec::new();
    if let Some(g) = guidelines {
        args.extend(["--guidelines", g]);
    }
    args.extend(["report", answers.to_str().unwrap(), "-o", "-"]);
    let md = wen(&args).stdout;
    let summary = md
        .split("## Summary by area")
        .nth(1)
        .and_then(|s| s.split("\n\n").nth(1))
        .expect("summary table");
    let areas = summary
        .lines()
        .skip(2)
        .filter(|l| !l.starts_with("| **Overall**"))
        .map(|l| {
            let cells: Vec<&str> = l.split(" | ").collect();
            (
                cells[0].trim_start_matches("| ").to_string(),
                cells[1].to_string(),
            )
        })
        .collect();
    let actions = md
        .lines()
        .filter_map(|l| {
            let (rank, rest) = l.split_once(". **")?;
            rank.parse::<usize>().ok()?;
            Some(rest.split_once("** (")?.0.to_string())
        })
        .collect();
    (areas, actions)
}

/// The answers with accents, reported as a PDF beside them (no `-o`): the
/// folder, the answers and the PDF.
fn accents_report() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("réseau.yaml");
    std::fs::copy(repo("tests/fixtures/answers/accents.yaml"), &answers).unwrap();
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "report",
        answers.to_str().unwrap(),
        "--format",
        "pdf",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let pdf = dir.path().join("réseau-report.pdf");
    assert_eq!(
        r.stdout,
        format!(
            "Wrote {}: overall maturity 2.3 (Developing), 2 actions, coverage 100%\n",
            pdf.display()
        )
    );
    (dir, answers, pdf)
}

#[test]
fn pdf_report_is_written_beside_the_answers() {
    let (_dir, _answers, pdf) = accents_report();
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
}

#[test]
#[ignore = "needs poppler-utils and qpdf (CI runs it)"]
fn pdf_report_holds_every_figure_and_accents() {
    let (_dir, answers, pdf) = accents_report();
    check_structure(&pdf);
    // Both fonts embedded, as subsets, with a Unicode map for extraction.
    let fonts = tool("pdffonts", &[], &pdf);
    for name in ["DejaVuSans ", "DejaVuSans-Bold "] {
        let line = fonts
            .lines()
            .find(|l| l.contains(&format!("+{name}")))
            .unwrap_or_else(|| panic!("{name}not in\n{fonts}"));
        assert!(line.contains("yes yes yes"), "{line}");
    }
    let text = text(&pdf);
    for expected in [
        "Réseau Ñandú d’Afrique centrale",
        "Région des Grands Lacs",
        "Élodie Müller, Coordinatrice, Côte d’Ivoire",
        "Minimal test guideline, version 1.0.0",
        "Ministère de l’Environnement – «Cañón» über ñandú, “signé” en 2026",
        "Procès-verbal n° 3 (señal).pdf",
        // 🐘 is not in DejaVu Sans: it shows as `?` rather than vanishing.
        "Photo ? kudu.jpg",
        "How the scores are computed",
        "Minimal test guideline 1.0.0 · answers sha256",
        "Page 1 / ",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    let (areas, actions) = expected_from_markdown(&answers, Some(MINIMAL));
    assert_eq!(areas.len(), 2);
    for (title, score) in &areas {
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with(title.as_str()) && l.contains(score.as_str())),
            "no line with {title} and its score {score} in\n{text}"
        );
    }
    assert_eq!(actions, ["Mandate", "Meetings"]);
    for title in &actions {
        assert!(text.contains(title.as_str()), "missing action {title}");
    }
}

#[test]
fn pdf_to_standard_output_is_the_same_document_every_time() {
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_wen-assess"))
            .args([
                "--guidelines",
                MINIMAL,
                "report",
                "tests/fixtures/answers/minimal.yaml",
                "--format",
                "pdf",
                "-o",
                "-",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("the binary runs")
    };
    let (first, second) = (run(), run());
    assert!(first.status.success());
    assert!(first.stderr.is_empty());
    assert!(first.stdout.starts_with(b"%PDF-"));
    assert!(first.stdout.ends_with(b"%%EOF") || first.stdout.ends_with(b"%%EOF\n"));
    assert_eq!(first.stdout, second.stdout, "same input, different bytes");
}

#[test]
#[ignore = "needs poppler-utils and qpdf (CI runs it)"]
fn a_long_note_adds_pages_and_loses_no_word() {
    // 5,000+ characters of distinctive words, in paragraphs, with one word
    // longer than a line.
    let mut note = String::new();
    let mut words = Vec::new();
    for i in 0..560 {
        let word = format!("okapi{i:03}");
        note.push_str(&word);
        note.push(if i % 60 == 59 { '\n' } else { ' ' });
        words.push(word);
    }
    let long_word = format!("pangolin{}", "x".repeat(160));
    note.push_str(&long_word);
    assert!(note.chars().count() >= 5_000);

    let (_short_dir, short) = render(&minimal_answers("A short note."), Some(MINIMAL));
    let (_long_dir, long) = render(&minimal_answers(&note), Some(MINIMAL));
    check_structure(&long);
    assert!(
        pages(&long) > pages(&short),
        "{} pages with the long note, {} without",
        pages(&long),
        pages(&short)
    );
    let text = text(&long);
    let found: std::collections::HashSet<&str> = text.split_whitespace().collect();
    let missing: Vec<&String> = words
        .iter()
        .filter(|w| !found.contains(w.as_str()))
        .collect();
    assert!(missing.is_empty(), "words lost: {missing:?}");
    // The over-long word is broken across lines, but every character is there.
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(squeezed.contains(&long_word), "the long word was cut");
}

#[test]
#[ignore = "needs poppler-utils and qpdf (CI runs it)"]
fn special_characters_in_a_note_extract_intact() {
    let note = r#"Chars: | * _ < > & [ ] ` # \ % "double" 'single' {x} ~ ^ $ @ ; (a) 100%"#;
    let (_dir, pdf) = render(&minimal_answers(note), Some(MINIMAL));
    check_structure(&pdf);
    let text = text(&pdf);
    assert!(text.contains(note), "{note:?} not found in\n{text}");
}

/// Every criterion of the strengthening guideline answered, each with a
/// long note in several languages.
fn full_strengthening_answers() -> String {
    let template = wen(&[
        "template",
        "--guideline",
        "strengthening",
        "--network",
        "Réseau régional d’application de la loi",
        "--date",
        "2026-11-23",
    ]);
    assert_eq!(template.code, 0, "{}", template.stderr);
    let mut answers = String::new();
    let mut criterion = 0;
    for line in template.stdout.lines() {
        if line.trim() == "level: ~" {
            criterion += 1;
            answers.push_str(&line.replace("~", &(criterion % 5).to_string()));
        } else if line.trim() == "note: ~" {
            let note = format!(
                "Note {criterion}: le Ministère de l’Environnement et la Dirección de Aduanas “confirment” les progrès; {}",
                "the secretariat reviewed the minutes, the budget lines and the work plan with every member agency. ".repeat(4)
            );
            answers.push_str(&line.replace("~", &serde_json::to_string(&note).unwrap()));
        } else {
            answers.push_str(line);
        }
        answers.push('\n');
    }
    assert_eq!(criterion, 38);
    answers
}

#[test]
fn full_strengthening_report_is_under_500_kb() {
    let (_dir, pdf) = render(&full_strengthening_answers(), None);
    let size = std::fs::metadata(&pdf).unwrap().len();
    assert!(size < 500_000, "{size} bytes");
}

#[test]
#[ignore = "needs poppler-utils and qpdf (CI runs it)"]
fn full_strengthening_report_is_complete() {
    let (dir, pdf) = render(&full_strengthening_answers(), None);
    check_structure(&pdf);
    let text = text(&pdf);
    let squeezed = squeeze(&text);
    let (areas, actions) = expected_from_markdown(&dir.path().join("answers.yaml"), None);
    assert_eq!(areas.len(), 5);
    for (title, score) in &areas {
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with(title.as_str()) && l.contains(score.as_str())),
            "no line with {title} and its score {score}"
        );
    }
    assert!(!actions.is_empty());
    for title in &actions {
        assert!(squeezed.contains(title.as_str()), "missing action {title}");
    }
    for n in 1..=38 {
        assert!(text.contains(&format!("Note {n}: ")), "note {n} missing");
    }
    let pages = pages(&pdf);
    assert!(text.contains(&format!("Page {pages} / {pages}")));
}

#[test]
#[ignore = "needs poppler-utils and qpdf (CI runs it)"]
fn pdf_reports_in_french_and_spanish() {
    let dir = tempfile::tempdir().unwrap();
    for (file, lang, expected) in [
        (
            "examples/fr/exemple-renforcement.yaml",
            "fr",
            &[
                "Rapport d’écarts",
                "Synthèse par domaine",
                "Plan d’action",
                "Prochaine étape",
                "Maturité globale",
                "En développement",
                "Réseau régional d'exemple (fictif)",
                "Page 1 / ",
            ][..],
        ),
        (
            "examples/es/ejemplo-establecimiento.yaml",
            "es",
            &[
                "Informe de brechas",
                "Resumen por área",
                "Plan de acción",
                "Próximo paso",
                "Madurez global",
                "Financiamiento",
                "Página 1 / ",
            ][..],
        ),
    ] {
        let out = dir.path().join(format!("{lang}.pdf"));
        let r = wen(&[
            "report",
            file,
            "--format",
            "pdf",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        check_structure(&out);
        let text = text(&out);
        for e in expected {
            assert!(text.contains(e), "{lang}: {e:?} missing from the PDF text");
        }
        for english in [
            "Summary by area",
            "Action plan",
            "Next step",
            "Overall maturity",
            "Executive summary",
        ] {
            assert!(
                !text.contains(english),
                "{lang}: English {english:?} left in the PDF"
            );
        }
    }
}

/// The network report of the example network as a PDF in a temporary
/// folder, with its exact message.
fn network_report() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("network.pdf");
    let r = wen(&[
        "report",
        "--aggregate",
        "--format",
        "pdf",
        "examples/network/2026",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "Wrote {}: 7 member states, network overall 2.0\n",
            out.display()
        )
    );
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    (dir, out)
}

#[test]
fn network_report_as_pdf_says_what_it_wrote() {
    network_report();
}

#[test]
#[ignore = "needs poppler-utils and qpdf (CI runs it)"]
fn network_report_as_pdf_with_a_row_per_member_state() {
    let (_dir, out) = network_report();
    check_structure(&out);
    let text = squeeze(&text(&out));
    for expected in [
        "NETWORK REPORT",
        "Example Regional WEN",
        "Assessment period 5 October 2026 to 28 October 2026",
        "Network maturity by area",
        "Member states by area",
        "Spread per area",
        "Where the network's estimate differs from its members",
        "Where countries disagree most",
        "The network as a body",
        "Annex A: every member-scope criterion",
        "Annex B: the files",
        "wen-assess's method, not ICCWC scoring",
        "Page 1 / ",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from the network PDF"
        );
    }
    // Gallindor's row of the heat map: each area, then the overall figure.
    assert!(text.contains("Gallindor 0.6 1.0 0.0 0.5 0.5 0.5"), "{text}");
    // The members' median and the network's estimate under them.
    assert!(
        text.contains("Members' median 1.8 1.0 1.0 1.5 1.6 1.7"),
        "{text}"
    );
    assert!(
        text.contains("Network's estimate 2.6 2.0 1.0 2.0 2.1 1.9"),
        "{text}"
    );
    // No instruction to run a command in the deliverable.
    assert!(!text.contains("wen-assess aggregate"), "{text}");
}

/// The example network grown to 16 member states, nine of them with long
/// names ("Federal Union of the Greater Borealia Mangrove Coast",
/// "Republic of the Southern Estavia Isles"), in a temporary folder.
fn sixteen_states() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let country = |text: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix("  country: "))
            .map(|c| c.trim_matches('"').to_string())
            .expect("a member state's file names its country")
    };
    for entry in std::fs::read_dir("examples/network/2026").unwrap() {
        let from = entry.unwrap().path();
        let name = from.file_name().unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(&from).unwrap();
        std::fs::write(dir.path().join(&name), &text).unwrap();
        if name == "network.yaml" {
            continue;
        }
        let c = country(&text);
        let renamed = |new: &str| {
            text.replace(
                &format!("  country: \"{c}\""),
                &format!("  country: \"{new}\""),
            )
        };
        let long = renamed(&format!("Federal Union of the Greater {c} Mangrove Coast"));
        std::fs::write(dir.path().join(format!("long-{name}")), long).unwrap();
        if ["estavia.yaml", "fenmoor.yaml"].contains(&name.as_str()) {
            let south = renamed(&format!("Republic of the Southern {c} Isles"));
            std::fs::write(dir.path().join(format!("south-{name}")), south).unwrap();
        }
    }
    dir
}

/// A network of 16 member states with long names, in English and
/// Portuguese: a name wraps between its words, never inside one ("Greater
/// Man / grove Coast"); a heading before a chart or table is on the page
/// of what it introduces (the chart's legend, the table's header); no
/// table heading takes more than two lines.
#[test]
#[ignore = "needs poppler-utils (CI runs it)"]
fn long_names_wrap_between_words_and_headings_keep_with_what_follows() {
    let dir = sixteen_states();
    for (lang, kept) in [
        (
            "en",
            [
                ("Spread per area", "Range across member states"),
                ("Network maturity by area", "maturity level (0-4)"),
                ("Annex B: the files", "atlantis-coast.yaml"),
                ("Where countries disagree most", "Criterion"),
            ],
        ),
        (
            "pt",
            [
                ("Dispersão por área", "Intervalo entre Estados-Membros"),
                ("Maturidade da rede por área", "nível de maturidade (0-4)"),
                ("Anexo B: os ficheiros", "atlantis-coast.yaml"),
                ("Onde os países mais divergem", "Critério"),
            ],
        ),
    ] {
        let out = dir.path().join(format!("network-{lang}.pdf"));
        let r = wen(&[
            "report",
            "--aggregate",
            dir.path().to_str().unwrap(),
            "--lang",
            lang,
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let text = text(&out);
        // Every "Mangrove" whole: as many as there are long names written.
        let whole = text.matches("Mangrove").count();
        let written = text.matches("Federal Union").count();
        assert!(written > 7 * 10, "{lang}: {written} long names");
        assert_eq!(whole, written, "{lang}: a name broke inside a word");
        for page in text.split('\u{c}') {
            for (heading, follows) in kept {
                if page.contains(heading) {
                    assert!(
                        page.contains(follows),
                        "{lang}: {heading:?} without {follows:?} on its page:\n{page}"
                    );
                }
            }
        }
        // The annex's figure headings: "Na meta ou acima" on two lines.
        if lang == "pt" {
            let squeezed = squeeze(&text);
            assert!(squeezed.contains("Na meta"), "{squeezed}");
            assert!(!text.lines().any(|l| l.trim() == "acima"), "{text}");
        }
    }
}

/// compare's line chart: the y axis's title beside the levels (above the
/// years, not under them), and every series in the legend.
#[test]
#[ignore = "needs poppler-utils (CI runs it)"]
fn the_line_chart_titles_its_vertical_axis() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("progress.pdf");
    let r = wen(&[
        "compare",
        "examples/network/2025/atlantis-coast.yaml",
        "examples/network/2026/atlantis-coast.yaml",
        "--format",
        "pdf",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = text(&out);
    let page = text.split('\u{c}').next().unwrap();
    let lines: Vec<&str> = page.lines().collect();
    let at = |wanted: &dyn Fn(&str) -> bool| lines.iter().position(|l| wanted(l));
    let title = at(&|l| l.trim() == "maturity level (0-4)").expect("the axis title");
    let years = at(&|l| l.contains("2025") && l.contains("2026") && !l.contains(':'))
        .expect("the years under the chart");
    let top_level = at(&|l| l.trim() == "4").expect("level 4 on the axis");
    assert!(top_level < title && title < years, "{page}");
    let squeezed = squeeze(page);
    assert!(
        squeezed.contains("Membership Governance Finance Support Deliverables Overall Target"),
        "{squeezed}"
    );
}
