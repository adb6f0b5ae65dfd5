//! `template`: a blank answer file that `score` accepts.

use super::wen;

#[test]
fn template_lists_every_criterion_and_scores_as_unanswered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.yaml");
    let p = path.to_str().unwrap();
    let r = wen(&[
        "template",
        "--guideline",
        "establishing",
        "--network",
        "Example WEN",
        "--date",
        "2026-11-23",
        "-o",
        p,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "Wrote {p} (38 criteria of `establishing` 1.2.0). Fill in each `level:`, then run: wen-assess score {p}\n"
        )
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches("    level: ~\n").count(), 38);
    assert!(text.contains("  name: \"Example WEN\"\n"));
    assert!(text.contains("date: \"2026-11-23\"\n"));
    let r = wen(&["score", "--format", "csv", p]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(
        r.stdout
            .ends_with(",establishing,1.2.0,overall,,,,,0,0,38,38\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn filled_template_scores() {
    let r = wen(&[
        "template",
        "--guideline",
        "strengthening",
        "--date",
        "2026-01-02",
    ]);
    assert_eq!(r.code, 0);
    let filled = r.stdout.replace("    level: ~\n", "    level: 3\n");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("filled.yaml");
    std::fs::write(&path, filled).unwrap();
    let r = wen(&["score", "--format", "json", path.to_str().unwrap()]);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["files"][0]["overall"], 3.0);
    assert_eq!(doc["files"][0]["coverage_percent"], 100.0);
}

#[test]
fn template_does_not_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    std::fs::write(&path, "my answers").unwrap();
    let r = wen(&["template", "-o", path.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "error: {}: already exists; use --force to replace it\n",
            path.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "my answers");
}

#[test]
fn unknown_guideline_lists_the_available_ones() {
    let r = wen(&["template", "--guideline", "founding"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: no guideline `founding` is loaded (available: establishing, strengthening)\n"
    );
}
