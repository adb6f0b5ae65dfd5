//! `compare`, `aggregate`, `report --aggregate` and `schema`: whole outputs
//! as snapshots, ties, a single file, mismatched files, N/A in some
//! countries only.

use super::{MINIMAL, repo, wen};

const NET: &str = "tests/fixtures/answers/network";

fn net(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| format!("{NET}/{n}.yaml")).collect()
}

fn run(args: &[&str], files: &[String]) -> super::Run {
    let mut all: Vec<&str> = vec!["--guidelines", MINIMAL];
    all.extend_from_slice(args);
    all.extend(files.iter().map(String::as_str));
    wen(&all)
}

#[test]
fn compare_lists_every_kind_of_change() {
    let r = run(
        &["compare"],
        &[
            "tests/fixtures/answers/old-version.yaml".into(),
            "tests/fixtures/answers/minimal.yaml".into(),
        ],
    );
    assert_eq!(r.code, 0);
    insta::assert_snapshot!(r.stdout);
    // The old file's warnings still reach the user.
    assert!(r.stderr.contains("warning[unknown-criterion]"));
}

#[test]
fn compare_json_and_identical_files() {
    let same = [
        "tests/fixtures/answers/minimal.yaml".to_string(),
        "tests/fixtures/answers/minimal.yaml".to_string(),
    ];
    let r = run(&["compare", "--format", "json"], &same);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["schema"], "wen-assess/compare/1");
    assert_eq!(doc["overall"]["change"], 0.0);
    for list in ["up", "down", "one_sided", "not_in_guideline"] {
        assert_eq!(doc[list], serde_json::json!([]), "{list}");
    }
    assert_eq!(
        doc["areas"][0],
        serde_json::json!({
            "id": "governance", "title": "Governance", "old": 2.7, "new": 2.7, "change": 0.0,
            "old_answered": 2, "new_answered": 2, "total": 2
        })
    );
}

#[test]
fn compare_refuses_two_guidelines() {
    let r = wen(&[
        "compare",
        "examples/strengthening-example.yaml",
        "examples/establishing-example.yaml",
    ]);
    assert_eq!(r.code, 2);
    // Warnings about the files (answered against older versions) come first.
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(
        lines[..lines.len() - 1]
            .iter()
            .all(|l| l.contains(": warning[")),
        "{}",
        r.stderr
    );
    assert_eq!(
        r.stderr.lines().last().unwrap(),
        "error: examples/strengthening-example.yaml is for guideline `strengthening` and examples/establishing-example.yaml for `establishing`; compare needs two assessments of the same guideline"
    );
    assert_eq!(r.stdout, "");
}

#[test]
fn aggregate_four_countries_with_ties_and_na_in_one() {
    // Governance median of 2.0, 2.0, 2.7, 3.3 is the mean of the middle two;
    // Bland's N/A leaves finance to three countries.
    let r = run(&["aggregate"], &net(&["aland", "bland", "cland", "dland"]));
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    insta::assert_snapshot!(r.stdout);
    assert!(
        r.stdout.contains(
            "│ Governance ┆ 2.0 ┆    2.3 ┆ 3.3 ┆     2.5 ┆   2.0 ┆   2.7 ┆   3.3 ┆   2.0 │"
        ),
        "{}",
        r.stdout
    );
}

#[test]
fn aggregate_json_csv_and_markdown_agree() {
    let files = net(&["aland", "bland", "cland", "dland"]);
    let doc: serde_json::Value =
        serde_json::from_str(&run(&["aggregate", "--format", "json"], &files).stdout).unwrap();
    assert_eq!(doc["schema"], "wen-assess/aggregate/1");
    assert_eq!(
        doc["overall"],
        serde_json::json!({"id": "overall", "title": "Overall", "min": 1.0, "median": 1.8, "max": 2.7, "mean": 1.8, "countries": 4})
    );
    assert_eq!(doc["areas"][1]["countries"], 3);
    assert_eq!(
        doc["disagreements"][0]["answers"],
        serde_json::json!(["1", "3", "4", "2"])
    );
    assert_eq!(
        doc["mostly_below_target"][0]["answers"],
        serde_json::json!(["0", "na", "1", "1"])
    );
    let csv = run(&["aggregate", "--format", "csv"], &files).stdout;
    assert!(csv.starts_with("country,file,area,maturity\nAland,tests/fixtures/answers/network/aland.yaml,governance,2.0\n"));
    assert!(
        csv.ends_with("network,,governance,2.5\nnetwork,,finance,0.7\nnetwork,,overall,1.8\n"),
        "{csv}"
    );
    let md = run(&["aggregate", "--format", "md"], &files).stdout;
    assert!(
        md.contains("| Governance | 2.0 | 2.3 | 3.3 | 2.5 | 2.0 | 2.7 | 3.3 | 2.0 |\n"),
        "{md}"
    );
    assert!(md.contains("| Mandate (`governance.mandate`) | 3 | 1 | 3 | 4 | 2 |\n"));
    assert!(md.contains("| Core funding (`finance.core-funding`) | 3/3 | 0 | na | 1 | 1 |\n"));
}

#[test]
fn aggregate_of_a_single_file() {
    let r = run(&["aggregate"], &net(&["aland"]));
    assert_eq!(r.code, 0);
    assert!(
        r.stdout
            .starts_with("Test Network: minimal 1.0.0, 1 member state\n")
    );
    assert!(
        r.stdout
            .contains("│ Overall    ┆ 1.0 ┆    1.0 ┆ 1.0 ┆     1.0 ┆   1.0 │"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("disagree"));
}

#[test]
fn aggregate_refuses_a_country_given_twice() {
    let r = run(&["aggregate"], &net(&["aland", "aland-again"]));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: tests/fixtures/answers/network/aland-again.yaml: country \"aland\" is also given by tests/fixtures/answers/network/aland.yaml; each member state counts once, so keep one file per country\n"
    );
    assert_eq!(r.stdout, "");
}

#[test]
fn aggregate_refuses_other_networks_and_guidelines() {
    let r = run(&["aggregate"], &net(&["aland", "other-network"]));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: tests/fixtures/answers/network/other-network.yaml: network is \"Other Network\", but tests/fixtures/answers/network/aland.yaml is for \"Test Network\"; aggregate needs the answers of one network\n"
    );
    let r = wen(&[
        "aggregate",
        "examples/strengthening-example.yaml",
        "examples/establishing-example.yaml",
    ]);
    assert_eq!(r.code, 2);
    // Warnings about the files (answered against older versions) come first.
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(
        lines[..lines.len() - 1]
            .iter()
            .all(|l| l.contains(": warning[")),
        "{}",
        r.stderr
    );
    assert_eq!(
        r.stderr.lines().last().unwrap(),
        "error: examples/establishing-example.yaml: answers are for guideline `establishing`, but examples/strengthening-example.yaml is for `strengthening`; aggregate needs one guideline"
    );
    assert_eq!(r.stdout, "");
}

#[test]
fn network_report_in_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("net.md");
    let mut files = net(&["aland", "bland", "cland", "dland"]);
    files.push("-o".into());
    files.push(out.display().to_string());
    let r = run(&["report", "--aggregate"], &files);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "Wrote {}: 4 member states, network overall 1.8\n",
            out.display()
        )
    );
    let md = std::fs::read_to_string(out).unwrap();
    assert!(md.starts_with("# Network view: Test Network\n"));
    assert!(md.contains("## Member states\n\n| Country | File | Overall | Answered |\n"));
    let r = run(&["report"], &net(&["aland", "bland"]));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: report takes one answer file (2 given); for a network report of several files add --aggregate\n"
    );
}

#[test]
fn schemas_accept_every_shipped_file_and_reject_broken_ones() {
    let load = |kind: &str| {
        let r = wen(&["schema", kind]);
        assert_eq!(r.code, 0);
        let schema: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        jsonschema::validator_for(&schema).unwrap()
    };
    let as_json = |path: &str| {
        let text = std::fs::read_to_string(repo(path)).unwrap();
        wen_assess::yaml::parse(&text).unwrap().root.to_json()
    };
    let guideline = load("guideline");
    for path in [
        "guidelines/establishing.yaml",
        "guidelines/strengthening.yaml",
        MINIMAL,
    ] {
        let errors: Vec<String> = guideline
            .iter_errors(&as_json(path))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:?}");
    }
    assert!(!guideline.is_valid(&as_json(
        "tests/fixtures/guidelines/invalid/unknown-key.yaml"
    )));
    assert!(!guideline.is_valid(&as_json(
        "tests/fixtures/guidelines/invalid/missing-level.yaml"
    )));

    let answers = load("answers");
    let mut files = vec![
        "examples/strengthening-example.yaml".to_string(),
        "examples/establishing-example.yaml".to_string(),
        "tests/fixtures/answers/minimal.yaml".to_string(),
    ];
    files.extend(net(&["aland", "bland"]));
    for path in &files {
        let errors: Vec<String> = answers
            .iter_errors(&as_json(path))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:?}");
    }
    for bad in ["invalid-level", "na-without-reason"] {
        let path = format!("tests/fixtures/answers/{bad}.yaml");
        assert!(!answers.is_valid(&as_json(&path)), "{path}");
    }
}

#[test]
fn template_names_the_schema_for_editors() {
    let r = wen(&["template", "--guideline", "strengthening"]);
    assert!(
        r.stdout
            .starts_with("# yaml-language-server: $schema=wen-assess-answers.schema.json\n")
    );
}
