//! `aggregate`, `report --aggregate` and `compare`: the network view of
//! member states' files and the network's own file, at real size (25 member
//! states in 80 and 100 columns), its exports read back by other programs,
//! progress over three points, and every refusal with its exact message;
//! `schema` against the shipped files.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{MINIMAL, Run, repo, wen};

const NET: &str = "tests/fixtures/answers/network";

fn net(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| format!("{NET}/{n}.yaml")).collect()
}

fn run(args: &[&str], files: &[String]) -> Run {
    let mut all: Vec<&str> = vec!["--guidelines", MINIMAL];
    all.extend_from_slice(args);
    all.extend(files.iter().map(String::as_str));
    wen(&all)
}

/// The four member states of the minimal network and its own file.
fn network_of_four() -> Vec<String> {
    net(&["aland", "bland", "cland", "dland", "network"])
}

/// Runs the binary with extra environment variables (`COLUMNS`,
/// `SOURCE_DATE_EPOCH`), otherwise as `wen` does.
fn wen_with(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wen-assess"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("COLUMNS")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("the binary runs");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// Names of fictional member states, some long and of several words, for
/// the networks made here.
const STATES: [&str; 25] = [
    "Atlantis Coast",
    "Borealia",
    "Costa Serena",
    "Dunmore Islands",
    "Estavia",
    "Fenmoor",
    "Gallindor",
    "Republic of the Southern Isles",
    "Hollow Reach",
    "Ironvale",
    "Juniper Bay",
    "Kestrel Highlands",
    "Lowmarsh",
    "Miravel",
    "Northwatch",
    "Oakhaven",
    "Port Verity",
    "Quillon",
    "Ravenholm",
    "Saltspire",
    "Thornbury",
    "Upper Vashti",
    "Westmarch",
    "Yarrow Fields",
    "Zephyr Cays",
];

/// The member-scope criteria of strengthening 1.2.0.
const MEMBER: [&str; 14] = [
    "membership.agency-breadth",
    "membership.prosecutors-judiciary",
    "membership.national-task-forces",
    "membership.focal-point-continuity",
    "membership.role-awareness",
    "governance.integrity",
    "finance.member-contributions",
    "support.community-engagement",
    "support.seized-specimens",
    "deliverables.secure-channels",
    "deliverables.seizure-reporting",
    "deliverables.controlled-deliveries",
    "deliverables.financial-investigations",
    "deliverables.online-crime",
];

/// Writes `count` member states' files of a fictional network for
/// strengthening 1.2.0 into `dir`, dated `date`, their levels a fixed
/// function of the state, the criterion and `year_shift` (so the same call
/// gives the same files).
fn member_files(dir: &Path, count: usize, date: &str, year_shift: usize) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    STATES[..count]
        .iter()
        .enumerate()
        .map(|(i, state)| {
            let mut text = format!(
                "format: 1\nguideline: strengthening\nguideline-version: \"1.2.0\"\nnetwork: {{name: \"Test Regional WEN\"}}\nrespondent: {{country: \"{state}\"}}\ndate: \"{date}\"\nscope: member\nanswers:\n"
            );
            for (k, id) in MEMBER.iter().enumerate() {
                // Each state has a level it tends to, varied by a hash of
                // the state, the criterion and the year.
                let hash = (i * 2_654_435_761) ^ (k * 40_503) ^ (year_shift * 97);
                let base = 1 + (i % 3);
                let level = (base + hash % 3).saturating_sub(1 + year_shift % 2).min(4);
                text.push_str(&format!("  {id}: {{level: {level}}}\n"));
            }
            let path = dir.join(format!("state-{i:02}.yaml"));
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

// ------------------------------------------------------------------ aggregate

#[test]
fn member_states_and_the_network_file_make_one_view() {
    let r = run(&["aggregate"], &network_of_four());
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    insta::assert_snapshot!(r.stdout);
    for line in [
        "Test Network: Minimal test guideline 1.0.0, 4 member states\n",
        // Meetings is member-scope: Aland 4, Bland 2, Cland 2 (Dland left it
        // unanswered), so a median of 2 beside the network's estimate of 4.
        "│ Members' median    ┆        2.0 ┆     2.0 ┆          │\n",
        "│ Network's estimate ┆        4.0 ┆     4.0 ┆          │\n",
        "  governance.meetings: network 4, members' median 2 (Aland\u{a0}4\u{a0}· Bland\u{a0}2\u{a0}· Cland\u{a0}2\u{a0}· Dland\u{a0}-)\n",
        // Mandate and core funding are network-scope: from the network's file.
        "  finance.core-funding: level 1, target 3\n",
        // Governance: (mandate 3 × weight 2 + meetings' median 2) / 3.
        "│ Governance ┆      2.7 ┆ Developing ┆      3 ┆ 0.3 │\n",
        // The member states' 8 answers to the two network-scope criteria.
        "8 answers of member states to network-scope criteria are left out",
    ] {
        assert!(
            r.stdout.contains(line),
            "{line:?} missing from\n{}",
            r.stdout
        );
    }
    // Without the network's file, the network-scope criteria are not assessed.
    let r = run(&["aggregate"], &net(&["aland", "bland", "cland", "dland"]));
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("Provisional: no network file was given, so the 2 network-scope criteria (about the network as a\n  body) are not assessed."),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("Network's estimate"), "{}", r.stdout);
}

#[test]
fn a_second_network_file_is_refused() {
    let r = run(
        &["aggregate"],
        &net(&["aland", "network", "bland", "network-again"]),
    );
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: tests/fixtures/answers/network/network-again.yaml is the network's own file (scope: network), and so is tests/fixtures/answers/network/network.yaml; a network view takes one network file: keep the one for this assessment\n"
    );
    assert_eq!(r.stdout, "");
}

#[test]
fn json_csv_and_markdown_agree() {
    let files = network_of_four();
    let doc: serde_json::Value =
        serde_json::from_str(&run(&["aggregate", "--format", "json"], &files).stdout).unwrap();
    assert_eq!(doc["schema"], "wen-assess/aggregate/2");
    let meetings = &doc["criteria"][1];
    assert_eq!(meetings["id"], "governance.meetings");
    assert_eq!(meetings["scope"], "member");
    assert_eq!(
        meetings["answers"],
        serde_json::json!(["4", "2", "2", null])
    );
    assert_eq!(
        meetings["members"],
        serde_json::json!({"min": 2.0, "median": 2.0, "max": 4.0, "at_target": 1, "scored": 3})
    );
    assert_eq!(
        (
            &meetings["network"],
            &meetings["difference"],
            &meetings["level"]
        ),
        (
            &serde_json::json!("4"),
            &serde_json::json!(2.0),
            &serde_json::json!(2.0)
        )
    );
    assert_eq!(doc["criteria"][0]["answers"], serde_json::json!([]));
    assert_eq!(doc["criteria"][0]["level"], 3.0);
    assert_eq!(
        doc["estimate_differences"],
        serde_json::json!(["governance.meetings"])
    );
    assert_eq!(
        doc["network_below_target"],
        serde_json::json!(["finance.core-funding"])
    );
    assert_eq!(doc["overall"]["maturity"], 1.8);
    assert_eq!(
        doc["coverage"],
        serde_json::json!({"total": 6, "scored": 5, "not_applicable": 0, "unanswered": 1})
    );

    let csv = run(&["aggregate", "--format", "csv"], &files).stdout;
    assert!(csv.starts_with(
        "kind,network,country,file,date,area,maturity,scored,not_applicable,unanswered,total\nmember,Test Network,Aland,tests/fixtures/answers/network/aland.yaml,,governance,4.0,1,0,0,1\n"
    ), "{csv}");
    assert!(
        csv.contains("\nmedian,Test Network,,,,governance,2.0,,,,\n"),
        "{csv}"
    );
    assert!(csv.contains("\nestimate,Test Network,,tests/fixtures/answers/network/network.yaml,2026-11-30,governance,4.0,1,0,0,1\n"), "{csv}");
    assert!(
        csv.ends_with("network,Test Network,,,2026-11-30,overall,1.8,5,0,1,6\n"),
        "{csv}"
    );

    let long = run(
        &["aggregate", "--format", "csv", "--by", "criterion"],
        &files,
    )
    .stdout;
    assert_eq!(
        long,
        "network,respondent,country,date,guideline,version,answered_version,area,criterion,level,na_reason\n\
         Test Network,member,Aland,,minimal,1.0.0,,governance,governance.meetings,4,\n\
         Test Network,member,Bland,,minimal,1.0.0,,governance,governance.meetings,2,\n\
         Test Network,member,Cland,,minimal,1.0.0,,governance,governance.meetings,2,\n\
         Test Network,member,Dland,,minimal,1.0.0,,governance,governance.meetings,,\n\
         Test Network,network,,2026-11-30,minimal,1.0.0,,governance,governance.mandate,3,\n\
         Test Network,network,,2026-11-30,minimal,1.0.0,,governance,governance.meetings,4,\n\
         Test Network,network,,2026-11-30,minimal,1.0.0,,finance,finance.core-funding,1,\n"
    );

    let md = run(&["aggregate", "--format", "md"], &files).stdout;
    for line in [
        "| Aland | 4.0 | **4.0** | 1/1 |\n",
        "| **Members' median** | 2.0 | 2.0 | |\n",
        "| **Network's estimate** | 4.0 | 4.0 | |\n",
        "| Meetings (`governance.meetings`) | 4 | 2 | +2 | Aland\u{a0}4\u{a0}· Bland\u{a0}2\u{a0}· Cland\u{a0}2\u{a0}· Dland\u{a0}- |\n",
        "| Core funding (`finance.core-funding`) | 1 | 3 |\n",
    ] {
        assert!(md.contains(line), "{line:?} missing from\n{md}");
    }
    // Nothing tells the reader to run a command: the annex lists everything.
    assert!(!md.contains("wen-assess aggregate"), "{md}");
    assert!(md.contains("## Annex A: every member-scope criterion\n"));
    assert!(md.contains("## Annex B: the files\n"));
}

#[test]
fn by_criterion_is_for_csv() {
    let r = run(&["aggregate", "--by", "criterion"], &network_of_four());
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: --by criterion gives one row per member state and criterion, in CSV: add --format csv\n"
    );
    // An output's name and the format asked for agree, or nothing is written.
    let dir = tempfile::tempdir().unwrap();
    for (format, name, message) in [
        (
            "csv",
            "view.xlsx",
            "the name ends in .xlsx, but --format csv writes another kind of file: give a name that fits, or leave out --format and the name chooses",
        ),
        (
            "xlsx",
            "view.csv",
            "the name ends in .csv, but --format xlsx writes another kind of file: give a name that fits, or leave out --format and the name chooses",
        ),
        (
            "xlsx",
            "view",
            "--format xlsx writes a workbook: give it a .xlsx name",
        ),
    ] {
        let out = dir.path().join(name).display().to_string();
        let mut args = vec!["aggregate", "--format", format, "-o", &out];
        let files = network_of_four();
        args.extend(files.iter().map(String::as_str));
        let r = run(&args, &[]);
        assert_eq!(r.code, 2);
        assert_eq!(r.stderr, format!("error: {out}: {message}\n"));
        assert!(!Path::new(&out).exists());
    }
}

#[test]
fn aggregate_of_a_single_file() {
    let r = run(&["aggregate"], &net(&["aland"]));
    assert_eq!(r.code, 0);
    assert!(
        r.stdout
            .starts_with("Test Network: Minimal test guideline 1.0.0, 1 member state\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("│ Aland              ┆        4.0 ┆     4.0 │\n"),
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
        "error: tests/fixtures/answers/network/other-network.yaml: network is \"Other Network\", but tests/fixtures/answers/network/aland.yaml is for \"Test Network\"; a network view needs the files of one network\n"
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
    let mut files = network_of_four();
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
    assert!(md.starts_with("# Network report: Test Network\n"));
    assert!(md.contains(
        "| Network's own file | network.yaml, 30 November 2026 (T. Secretariat, Coordinator) |\n"
    ));
    assert!(md.contains("> **Provisional: 5 of 6 expected answers are given (83%). The figures will change as the others come in.**\n"));
    assert!(md.contains("This is wen-assess's method, not ICCWC scoring."));
    let r = run(&["report"], &net(&["aland", "bland"]));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: report takes one answer file (2 given); for a network report of several files add --aggregate\n"
    );
}

/// The member states' table of 25 states at the widths of a terminal: every
/// name whole on its line, no line wider than the terminal, no word cut.
#[test]
fn twenty_five_member_states_in_80_and_100_columns() {
    let dir = tempfile::tempdir().unwrap();
    let files = member_files(&dir.path().join("2026"), 25, "2026-10-20", 0);
    let folder = dir.path().join("2026");
    for width in ["80", "100"] {
        let r = wen_with(
            &["aggregate", folder.to_str().unwrap()],
            &[("COLUMNS", width)],
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        let shown = r.stdout.replace(dir.path().to_str().unwrap(), "[TMP]");
        insta::assert_snapshot!(format!("twenty_five_states_{width}"), shown);
        let limit: usize = width.parse().unwrap();
        for line in r.stdout.lines() {
            assert!(
                console::measure_text_width(line) <= limit,
                "{width}: {line:?} is wider"
            );
        }
        // A name wraps, if it must, between its words: each piece of the
        // first column is whole words of a name or of a row's label.
        let labels = [
            "Member state",
            "Min",
            "Members' median",
            "Max",
            "At or above target",
        ];
        let heat = r
            .stdout
            .lines()
            .skip_while(|l| !l.starts_with("Member states by area"))
            .take_while(|l| !l.is_empty());
        for line in heat.filter(|l| l.starts_with("│ ")) {
            let piece = line[4..].split('┆').next().unwrap().trim();
            if piece.is_empty() {
                continue;
            }
            let whole = STATES.iter().chain(&labels).any(|name| {
                let words: Vec<&str> = name.split(' ').collect();
                let piece: Vec<&str> = piece.split(' ').collect();
                words.windows(piece.len()).any(|w| w == piece.as_slice())
            });
            assert!(whole, "{width}: {piece:?} cuts a name:\n{}", r.stdout);
        }
        // At 100 columns every name stands on one line.
        if width == "100" {
            for state in STATES {
                assert!(
                    r.stdout
                        .lines()
                        .any(|l| l.starts_with(&format!("│ {state} "))),
                    "{state} is not on one line:\n{}",
                    r.stdout
                );
            }
        }
    }
    assert_eq!(files.len(), 25);
}

/// 17 member states at 100 columns, the table shown in the README.
#[test]
fn seventeen_member_states_in_100_columns() {
    let dir = tempfile::tempdir().unwrap();
    member_files(&dir.path().join("2026"), 17, "2026-10-20", 0);
    let folder = dir.path().join("2026");
    let r = wen_with(
        &["aggregate", folder.to_str().unwrap()],
        &[("COLUMNS", "100")],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let table: String = r
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with("Member states by area"))
        .take_while(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    insta::assert_snapshot!(table);
}

/// score and compare in narrow terminals: a table while it fits, a block
/// per area after that; no line wider than the terminal.
#[test]
fn score_and_compare_fit_narrow_terminals() {
    let score = ["score", "examples/network/2026/borealia.yaml"];
    let r = wen_with(&score, &[("COLUMNS", "40")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains(
            "Membership:\n  Maturity\u{a0}1.0\u{a0}· Level\u{a0}Initial\u{a0}·\n    Target\u{a0}3\u{a0}· Gap\u{a0}2.0\u{a0}· Answered\u{a0}5/5\n"
        ),
        "{}",
        r.stdout
    );
    let compare = [
        "compare",
        "examples/network/2025/atlantis-coast.yaml",
        "examples/network/2026/atlantis-coast.yaml",
    ];
    let r = wen_with(&compare, &[("COLUMNS", "50")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("│ Finance      ┆  2.0 ┆  1.0 ┆   -1.0 │\n"),
        "{}",
        r.stdout
    );
    for (args, width) in [(&score[..], 40), (&compare[..], 50)] {
        let r = wen_with(args, &[("COLUMNS", &width.to_string())]);
        for line in r.stdout.lines() {
            assert!(
                console::measure_text_width(line) <= width,
                "{args:?}: {line:?} is wider than {width}"
            );
        }
    }
}

// ------------------------------------------------------------------- exports

/// The long CSV as pandas reads it: Python's csv module, every row with the
/// header's columns, the N/A reason back as written.
#[test]
#[ignore = "needs python3 (CI runs it)"]
fn the_long_csv_reads_back_with_pythons_csv_module() {
    let r = wen(&[
        "aggregate",
        "examples/network/2026",
        "--format",
        "csv",
        "--by",
        "criterion",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let script = r#"
import csv, io, sys
rows = list(csv.DictReader(io.StringIO(sys.stdin.read(), newline="")))
members = [r for r in rows if r["respondent"] == "member"]
network = [r for r in rows if r["respondent"] == "network"]
na = [r for r in members if r["level"] == "na"]
print(len(rows), len(members), len(network), len({r["country"] for r in members}))
print(na[0]["country"], na[0]["criterion"], na[0]["na_reason"][:40])
print(sorted(rows[0].keys()) == sorted("network respondent country date guideline version answered_version area criterion level na_reason".split()))
"#;
    let out = run_python(script, &r.stdout);
    assert_eq!(
        out,
        "136 98 38 7\nDunmore Islands membership.prosecutors-judiciary Dunmore Islands has no prosecution servi\nTrue\n"
    );
}

/// The workbook as openpyxl reads it: the sheets, a level as a number, the
/// summary's median, and the conditional formats that colour the levels.
#[test]
#[ignore = "needs Python's openpyxl (CI runs it)"]
fn the_network_workbook_reads_back_with_openpyxl() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("network.xlsx");
    let r = wen(&[
        "aggregate",
        "examples/network/2026",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let script = r#"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(wb.sheetnames)
ws = wb["Membership"]
print(ws["A4"].value, ws["B4"].value, type(ws["B4"].value).__name__)
print(ws["A2"].value, ws["B3"].value)
summary = wb["Summary"]
rows = {r[0].value: [c.value for c in r[1:]] for r in summary.iter_rows() if r[0].value}
print(rows["Members' median"][:5])
print(len(ws.conditional_formatting), len(summary.conditional_formatting))
"#;
    let output = Command::new(python_with("openpyxl"))
        .args(["-c", script, out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "['Summary', 'Membership', 'Governance', 'Finance', 'Support', 'Deliverables', 'Criteria', 'Files', 'wen-assess-view']\n\
         Atlantis Coast 3 int\n\
         Member state membership.agency-breadth\n\
         [1.8, 1, 1, 1.5, 1.6]\n\
         1 2\n"
    );
}

/// A Python that has `module` (Debian's, where python3-openpyxl installs
/// it, or the one on the PATH); fails, naming the module, without one.
fn python_with(module: &str) -> &'static str {
    for p in ["/usr/bin/python3", "python3"] {
        let has = Command::new(p)
            .args(["-c", &format!("import {module}")])
            .output()
            .is_ok_and(|o| o.status.success());
        if has {
            return p;
        }
    }
    panic!(
        "this test needs Python 3 with {module} (Debian/Ubuntu: apt-get install python3-{module}; or pip install {module})"
    );
}

fn run_python(script: &str, stdin: &str) -> String {
    use std::io::Write as _;
    let mut child = Command::new(python_with("csv"))
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The workbook as the project's own reader reads it back: every sheet,
/// the member states' levels and the spread.
#[test]
fn the_network_workbook_holds_the_view() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("network.xlsx");
    let r = wen(&[
        "aggregate",
        "examples/network/2026",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "Wrote {}: the network view of 7 member states, a sheet per area\n",
            out.display()
        )
    );
    let sheets = wen_assess::answers::workbook::read_sheets(&std::fs::read(&out).unwrap()).unwrap();
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Summary",
            "Membership",
            "Governance",
            "Finance",
            "Support",
            "Deliverables",
            "Criteria",
            "Files",
            "wen-assess-view"
        ]
    );
    let cell = |sheet: usize, row: u32, col: u32| {
        sheets[sheet]
            .1
            .iter()
            .find(|(at, _)| *at == (row, col))
            .map(|(_, v)| v.as_str())
    };
    // Membership: states from row 4, the agency breadth of Atlantis Coast.
    assert_eq!(cell(1, 4, 1), Some("Atlantis Coast"));
    assert_eq!(cell(1, 4, 2), Some("3"));
    // Dunmore Islands' N/A to prosecutors, in words.
    assert_eq!(cell(1, 7, 3), Some("N/A"));
    // A workbook is not written over an input, even one of a folder given.
    let r = wen(&[
        "aggregate",
        "examples/network/workbooks",
        "-o",
        "examples/network/workbooks/borealia.xlsx",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("borealia.xlsx"), "{}", r.stderr);
}

/// The network view written into the folder it came from is named for what
/// it is when the folder is read again, in the reader's language, and
/// nothing is written.
#[test]
fn a_network_view_left_in_the_folder_is_named_for_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("2026");
    std::fs::create_dir(&folder).unwrap();
    for entry in std::fs::read_dir("examples/network/2026").unwrap() {
        let from = entry.unwrap().path();
        std::fs::copy(&from, folder.join(from.file_name().unwrap())).unwrap();
    }
    let view = folder.join("network-view.xlsx");
    let r = wen(&[
        "aggregate",
        folder.to_str().unwrap(),
        "-o",
        view.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = wen(&["aggregate", folder.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "{}: error[missing-sheet]: this workbook is the network view that `wen-assess aggregate` writes, not the answers of a member state or of the network: move it out of the folder of answer files, or name the answer files one by one\n",
            view.display()
        )
    );
    let r = wen(&["--lang", "fr", "score", view.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("error[missing-sheet]: ce classeur est la vue du réseau écrite par `wen-assess aggregate`"),
        "{}",
        r.stderr
    );
}

/// Member states are listed by name as a reader looks them up (accents and
/// case aside), whatever their files are called; each area's CSV row
/// counts that area's answers; a long name in 100 columns gets the areas
/// numbered before it is wrapped.
#[test]
fn member_states_by_name_and_coverage_by_area() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("examples/network/2026").unwrap() {
        let from = entry.unwrap().path();
        let text = std::fs::read_to_string(&from)
            .unwrap()
            .replace("country: \"Borealia\"", "country: \"Zembla\"")
            .replace(
                "country: \"Gallindor\"",
                "country: \"Ávila Coast and the Federal Islands of the Far South\"",
            );
        std::fs::write(dir.path().join(from.file_name().unwrap()), text).unwrap();
    }
    let folder = dir.path().to_str().unwrap();
    let r = wen_with(&["aggregate", folder], &[("COLUMNS", "100")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<&str> = r
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with("Member states by area"))
        .filter(|l| l.starts_with("│ ") && !l.starts_with("│ Member state"))
        .take(7)
        .collect();
    let names: Vec<String> = rows
        .iter()
        .map(|l| {
            l.split('┆')
                .next()
                .unwrap()
                .trim_start_matches('│')
                .trim()
                .to_string()
        })
        .collect();
    assert_eq!(
        names,
        [
            "Atlantis Coast",
            "Ávila Coast and the Federal Islands of the Far South",
            "Costa Serena",
            "Dunmore Islands",
            "Estavia",
            "Fenmoor",
            "Zembla"
        ],
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("Areas: 1 Membership"), "{}", r.stdout);
    let r = wen(&["aggregate", folder, "--format", "csv"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let counts: Vec<String> = r
        .stdout
        .lines()
        .filter(|l| l.contains(",Atlantis Coast,") || l.starts_with("network,"))
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            format!("{} {}/{}", f[5], f[7], f[10])
        })
        .collect();
    assert_eq!(
        counts,
        [
            "membership 5/5",
            "governance 1/1",
            "finance 1/1",
            "support 2/2",
            "deliverables 5/5",
            "overall 14/14",
            "membership 37/38",
            "governance 14/14",
            "finance 12/12",
            "support 20/20",
            "deliverables 37/38",
            "overall 120/122"
        ]
    );
}

/// A member state followed from a file of 1.1.0 (which did not say whom it
/// spoke for) to one of 1.2.0 is scored on its own criteria at both
/// points, as the network view of that year scores it.
#[test]
fn compare_scores_an_older_member_file_as_the_network_view_does() {
    let r = wen(&[
        "compare",
        "examples/network/2025/borealia.yaml",
        "examples/network/2026/borealia.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let trend: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    // The first point's figures, written as the CSV writes them.
    let shown = |v: &serde_json::Value| v.as_f64().map_or(String::new(), |x| format!("{x:.1}"));
    let mut first = vec![format!("overall {}", shown(&trend["overall"]["values"][0]))];
    for area in trend["areas"].as_array().unwrap() {
        first.push(format!(
            "{} {}",
            area["id"].as_str().unwrap(),
            shown(&area["values"][0])
        ));
    }
    let r = wen(&["aggregate", "examples/network/2025", "--format", "csv"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut in_view = Vec::new();
    for line in r.stdout.lines().filter(|l| l.contains(",Borealia,")) {
        let f: Vec<&str> = line.split(',').collect();
        in_view.push(format!("{} {}", f[5], f[6]));
    }
    in_view.rotate_right(1);
    assert_eq!(first, in_view);
    // Only member-scope criteria are followed.
    for c in trend["criteria"].as_array().unwrap() {
        let id = c["id"].as_str().unwrap();
        assert_ne!(id, "finance.core-funding", "a network-scope criterion: {c}");
    }
}

/// The output's name chooses compare's and aggregate's format, as it does
/// report's; a --format the name contradicts, or a kind of document the
/// command does not write, is refused before anything is written.
#[test]
fn the_output_name_chooses_the_format_of_compare_and_aggregate() {
    let dir = tempfile::tempdir().unwrap();
    let out = |name: &str| dir.path().join(name).display().to_string();
    let (y1, y2) = ("examples/network/2025", "examples/network/2026");
    let r = wen(&["compare", y1, y2, "-o", &out("p.pdf")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::read(out("p.pdf")).unwrap().starts_with(b"%PDF-"));
    let r = wen(&["compare", y1, y2, "-o", &out("p.md")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        std::fs::read_to_string(out("p.md"))
            .unwrap()
            .starts_with("# ")
    );
    let r = wen(&["aggregate", y2, "-o", &out("v.json")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out("v.json")).unwrap()).unwrap();
    assert_eq!(json["schema"], "wen-assess/aggregate/2");
    let r = wen(&["aggregate", y2, "-o", &out("v.csv")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        std::fs::read_to_string(out("v.csv"))
            .unwrap()
            .starts_with("kind,network,")
    );
    for (args, said) in [
        (
            vec!["compare", y1, y2, "--format", "md", "-o"],
            "p2.pdf: the name ends in .pdf, but --format md writes another kind of file: give a name that fits, or leave out --format and the name chooses",
        ),
        (
            vec!["aggregate", y2, "-o"],
            "p2.pdf: aggregate writes no PDF; the network report in PDF is made by: wen-assess report --aggregate FOLDER -o ",
        ),
    ] {
        let mut args = args.clone();
        let target = out("p2.pdf");
        args.push(&target);
        let r = wen(&args);
        assert_eq!(r.code, 2, "{}", r.stdout);
        assert!(r.stderr.contains(said), "{}", r.stderr);
        assert!(!dir.path().join("p2.pdf").exists());
    }
    let r = wen(&["aggregate", y2, "--format", "csv", "-o", &out("view.yaml")]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("view.yaml: aggregate writes no .yaml file; its outputs end in .md, .markdown, .json, .csv, .xlsx, .txt, or go to the terminal"),
        "{}",
        r.stderr
    );
}

#[test]
fn score_csv_names_the_network_and_the_country() {
    let r = wen(&[
        "score",
        "--format",
        "csv",
        "examples/network/2026/borealia.yaml",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut lines = r.stdout.lines();
    assert_eq!(
        lines.next(),
        Some(
            "file,network,country,guideline,version,area,maturity,label,target,gap,scored,not_applicable,unanswered,total"
        )
    );
    assert_eq!(
        lines.next(),
        Some(
            "examples/network/2026/borealia.yaml,Example Regional WEN,Borealia,strengthening,1.2.0,membership,1.0,Initial,3,2.0,5,0,0,5"
        )
    );
}

// ------------------------------------------------------------------- compare

#[test]
fn compare_lists_every_kind_of_change() {
    let r = run(
        &["compare"],
        &[
            "tests/fixtures/answers/old-version.yaml".into(),
            "tests/fixtures/answers/minimal.yaml".into(),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!(r.stdout);
    // The old file's warnings still reach the user, and its missing date.
    assert!(r.stderr.contains("warning[unknown-criterion]"));
    assert!(r.stderr.contains(
        "warning: tests/fixtures/answers/old-version.yaml has no date: the assessments keep the order they were given in\n"
    ));
}

#[test]
fn compare_json_of_two_assessments_of_one_day() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.yaml"), dir.path().join("b.yaml"));
    for copy in [&a, &b] {
        std::fs::copy(repo("tests/fixtures/answers/minimal.yaml"), copy).unwrap();
    }
    let r = run(
        &["compare", "--format", "json"],
        &[a.display().to_string(), b.display().to_string()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        format!(
            "warning: {} and {} are both dated 2026-11-23: they keep the order they were given in\n",
            a.display(),
            b.display()
        )
    );
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["schema"], "wen-assess/compare/2");
    assert_eq!(doc["overall"]["change"], 0.0);
    for list in ["rose", "fell", "partly_answered", "not_in_guideline"] {
        assert_eq!(doc[list], serde_json::json!([]), "{list}");
    }
    assert_eq!(
        doc["areas"][0],
        serde_json::json!({
            "id": "governance", "title": "Governance", "target": 3,
            "values": [2.7, 2.7], "change": 0.0
        })
    );
    assert_eq!(
        doc["criteria"][2]["values"],
        serde_json::json!(["na", "na"])
    );
}

#[test]
fn compare_refuses_the_same_file_twice() {
    let r = run(&["compare"], &net(&["aland", "aland"]));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: tests/fixtures/answers/network/aland.yaml and tests/fixtures/answers/network/aland.yaml are the same assessment, given twice\n"
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
    assert_eq!(
        r.stderr.lines().last().unwrap(),
        "error: examples/establishing-example.yaml is for guideline `establishing`, but examples/strengthening-example.yaml is for `strengthening`; compare needs assessments of the same guideline"
    );
    assert_eq!(r.stdout, "");
}

/// Zambia 2025 compared with Comoros 2026 without a word, before: now the
/// files of two member states are refused, naming both.
#[test]
fn compare_refuses_mixed_member_states_and_networks() {
    let r = wen(&[
        "compare",
        "examples/network/2025/atlantis-coast.yaml",
        "examples/network/2026/borealia.yaml",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: examples/network/2026/borealia.yaml is the assessment of Borealia, but examples/network/2025/atlantis-coast.yaml is of Atlantis Coast; compare follows one member state, or the network, over time: give the files of one of them\n"
    );
    let r = wen(&[
        "compare",
        "examples/network/2026/atlantis-coast.yaml",
        "examples/network/2026/network.yaml",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: examples/network/2026/network.yaml is the assessment of the network Example Regional WEN, but examples/network/2026/atlantis-coast.yaml is of Atlantis Coast; compare follows one member state, or the network, over time: give the files of one of them\n"
    );
    let r = run(&["compare"], &net(&["aland", "other-network"]));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: tests/fixtures/answers/network/other-network.yaml is for the network \"Other Network\", but tests/fixtures/answers/network/aland.yaml is for \"Test Network\"; compare follows one network over time\n"
    );
    let r = wen(&[
        "compare",
        "examples/network/2025",
        "examples/network/2026/network.yaml",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: compare takes answer files of one member state or of the network, or folders of member states' files (one per assessment), not both\n"
    );
}

/// Three assessments of one member state, given out of order: ordered by
/// date, each area over the three, what rose, fell and stayed below target.
#[test]
fn compare_over_three_points_of_a_member_state() {
    let dir = tempfile::tempdir().unwrap();
    let earliest = dir.path().join("atlantis-coast-2024.yaml");
    let text = std::fs::read_to_string(repo("examples/network/2025/atlantis-coast.yaml"))
        .unwrap()
        .replace("date: \"2025-10-06\"", "date: \"2024-10-07\"")
        .replace(
            "membership.agency-breadth:\n    level: 2",
            "membership.agency-breadth:\n    level: 1",
        )
        .replace(
            "finance.member-contributions:\n    level: 2",
            "finance.member-contributions:\n    level: 3",
        );
    std::fs::write(&earliest, text).unwrap();
    let r = wen(&[
        "compare",
        "examples/network/2026/atlantis-coast.yaml",
        earliest.to_str().unwrap(),
        "examples/network/2025/atlantis-coast.yaml",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!(r.stdout.replace(dir.path().to_str().unwrap(), "[TMP]"));
    for line in [
        "Progress: Atlantis Coast\nStrengthening an existing Wildlife Enforcement Network, version 1.2.0\n",
        "│ Membership   ┆  1.6 ┆  1.8 ┆  2.4 ┆   +0.8 │\n",
        "  membership.agency-breadth: 1 → 2 → 3 (Breadth of member agencies)\n",
        "  finance.member-contributions: 3 → 2 → 1 (Member contributions)\n",
    ] {
        assert!(
            r.stdout.contains(line),
            "{line:?} missing from\n{}",
            r.stdout
        );
    }
    let below: Vec<&str> = r
        .stdout
        .split("Below target at every assessment")
        .nth(1)
        .unwrap()
        .lines()
        .collect();
    assert!(
        below
            .iter()
            .any(|l| l.starts_with("  governance.integrity: 2 → 2 → 2"))
    );
}

/// The network's trend: one folder of member states' files per year, the
/// network view of each, ordered by date whatever the order given.
#[test]
fn compare_over_three_years_of_a_network() {
    let dir = tempfile::tempdir().unwrap();
    for (year, shift) in [("2024", 0), ("2025", 1), ("2026", 2)] {
        member_files(&dir.path().join(year), 8, &format!("{year}-10-20"), shift);
    }
    let folder = |y: &str| dir.path().join(y).display().to_string();
    let r = wen(&[
        "compare",
        &folder("2026"),
        &folder("2024"),
        &folder("2025"),
        "--format",
        "md",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let md = r.stdout.replace(dir.path().to_str().unwrap(), "[TMP]");
    insta::assert_snapshot!(md);
    assert!(
        md.contains("| Area | 2024 | 2025 | 2026 | Change |\n"),
        "{md}"
    );
    assert!(
        md.contains("- 2024: [TMP]/2024 (8 member states), 20 October 2024\n"),
        "{md}"
    );
}

/// Every PDF is dated by its assessment (the latest file's, for a network),
/// or by SOURCE_DATE_EPOCH, and says its language.
#[test]
fn pdfs_carry_the_assessments_date_and_language() {
    let dir = tempfile::tempdir().unwrap();
    let info = |path: &Path| {
        let doc = lopdf::Document::load(path).unwrap();
        let info = doc
            .trailer
            .get(b"Info")
            .and_then(lopdf::Object::as_reference)
            .and_then(|r| doc.get_dictionary(r))
            .unwrap();
        let text = |key: &[u8]| {
            info.get(key)
                .and_then(lopdf::Object::as_str)
                .map(|b| String::from_utf8_lossy(b).into_owned())
                .unwrap_or_default()
        };
        let root = doc
            .trailer
            .get(b"Root")
            .and_then(lopdf::Object::as_reference)
            .and_then(|r| doc.get_dictionary(r))
            .unwrap();
        let lang = root
            .get(b"Lang")
            .and_then(lopdf::Object::as_str)
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default();
        (text(b"CreationDate"), text(b"ModDate"), lang)
    };
    let network = dir.path().join("network.pdf");
    let r = wen(&[
        "--lang",
        "fr",
        "report",
        "--aggregate",
        "examples/network/2026",
        "--format",
        "pdf",
        "-o",
        network.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        info(&network),
        (
            "D:20261028000000Z".to_string(),
            "D:20261028000000Z".to_string(),
            "fr".to_string()
        )
    );
    let trend = dir.path().join("trend.pdf");
    let r = wen_with(
        &[
            "compare",
            "examples/network/2025",
            "examples/network/2026",
            "--format",
            "pdf",
            "-o",
            trend.to_str().unwrap(),
        ],
        &[("SOURCE_DATE_EPOCH", "1790000000")],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(info(&trend).0, "D:20260921141320Z");
    assert_eq!(info(&trend).2, "en");
    let gap = dir.path().join("gap.pdf");
    let r = wen(&[
        "--lang",
        "pt",
        "report",
        "examples/network/2026/borealia.yaml",
        "--format",
        "pdf",
        "-o",
        gap.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        info(&gap),
        (
            "D:20261012000000Z".to_string(),
            "D:20261012000000Z".to_string(),
            "pt".to_string()
        )
    );
}

#[test]
fn compare_pdf_goes_beside_the_first_assessment_never_over_an_input() {
    let dir = tempfile::tempdir().unwrap();
    for (year, shift) in [("2025", 0), ("2026", 1)] {
        member_files(&dir.path().join(year), 3, &format!("{year}-10-20"), shift);
    }
    let first = dir.path().join("2025");
    let r = wen(&[
        "compare",
        first.to_str().unwrap(),
        dir.path().join("2026").to_str().unwrap(),
        "--format",
        "pdf",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = dir.path().join("progress-report.pdf");
    assert_eq!(
        r.stdout,
        format!("Wrote {}: 2 assessments compared\n", out.display())
    );
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    let input = first.join("state-00.yaml");
    let before = std::fs::read(&input).unwrap();
    let r = wen(&[
        "compare",
        first.to_str().unwrap(),
        dir.path().join("2026").to_str().unwrap(),
        "--format",
        "md",
        "-o",
        input.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

// ------------------------------------------------------------------- schemas

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
        "examples/network/2026/borealia.yaml".to_string(),
        "examples/network/2026/network.yaml".to_string(),
        "tests/fixtures/answers/minimal.yaml".to_string(),
    ];
    files.extend(net(&["aland", "bland", "network"]));
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

/// The workbook as LibreOffice prints it, read with openpyxl: the column
/// of names as wide as the longest name that fits a sensible width, a row
/// whose name still wraps as tall as its lines, and the cells without a
/// figure (`-`, `N/A`) aligned to the right as the figures are, so that a
/// `-` beside a `0.0` does not read `0.0-`.
#[test]
#[ignore = "needs Python's openpyxl (CI runs it)"]
fn the_network_workbook_sizes_names_and_aligns_missing_figures() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("2026");
    std::fs::create_dir(&folder).unwrap();
    for entry in std::fs::read_dir("examples/network/2026").unwrap() {
        let from = entry.unwrap().path();
        let text = std::fs::read_to_string(&from).unwrap();
        let text = text
            .replace(
                "  country: \"Borealia\"",
                "  country: \"Federal Union of the Greater Mangrove Coast\"",
            )
            .replace(
                "  country: \"Estavia\"",
                "  country: \"United Provinces of the Upper and Lower Estavian Highlands and the Offshore Isles\"",
            );
        std::fs::write(folder.join(from.file_name().unwrap()), text).unwrap();
    }
    let out = dir.path().join("network.xlsx");
    let r = wen(&[
        "aggregate",
        folder.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let script = r#"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for name in ["Summary", "Membership", "Files"]:
    ws = wb[name]
    rows = {c.value: c.row for c in ws["A"] if c.value}
    federal = rows["Federal Union of the Greater Mangrove Coast"]
    united = [r for v, r in rows.items() if v.startswith("United Provinces")][0]
    print(name, round(ws.column_dimensions["A"].width, 1), ws.row_dimensions[federal].height, ws.row_dimensions[united].height)
ws = wb["Criteria"]
dash = [c for c in ws["F"] if c.value == "-"][0]
print(dash.value, dash.alignment.horizontal)
ws = wb["Membership"]
na = [c for row in ws.iter_rows() for c in row if c.value == "N/A"][0]
print(na.value, na.alignment.horizontal)
"#;
    let output = Command::new(python_with("openpyxl"))
        .args(["-c", script, out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "Summary 42.7 None 27.75\n\
         Membership 42.7 None 27.75\n\
         Files 42.7 None 27.75\n\
         - right\n\
         N/A right\n"
    );
}
