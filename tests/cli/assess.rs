//! `assess` driven through a pseudo-terminal, as a coordinator would use it:
//! a full run to the summary, a killed session resumed from its file, Ctrl-C,
//! and the refusal to run without a terminal.

use std::process::Command;

use rexpect::process::{Signal, WaitStatus};
use rexpect::session::PtySession;
use wen_assess::answers::{Response, load_answers};

use super::{MINIMAL, repo, wen};

const DOWN: &str = "\x1b[B";

fn spawn(answers: &std::path::Path) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wen-assess"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("TERM", "xterm")
        .env_remove("CI")
        .args([
            "--guidelines",
            MINIMAL,
            "assess",
            "--guideline",
            "minimal",
            "--lang",
            "en",
            "--answers",
        ])
        .arg(answers);
    rexpect::session::spawn_command(cmd, Some(15_000)).expect("spawn in a pty")
}

/// Waits for a prompt, then types `keys` (raw key codes; "\r" is Enter).
fn answer(p: &mut PtySession, prompt: &str, keys: &str) {
    p.exp_string(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    p.send(keys).unwrap();
    p.flush().unwrap();
}

fn pick_level(p: &mut PtySession, level: usize) {
    answer(p, "Your answer", &format!("{}\r", DOWN.repeat(level)));
}

fn start(p: &mut PtySession) {
    for (prompt, text) in [
        ("Network name", "Test WEN"),
        ("Region", "Testland"),
        ("Your name", "Ann Example"),
        ("Your role", "Coordinator"),
        ("Your country", "Testonia"),
    ] {
        answer(p, prompt, &format!("{text}\r"));
    }
}

fn exit_code(p: &PtySession) -> i32 {
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("not a normal exit: {other:?}"),
    }
}

#[test]
fn full_run_to_the_summary_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    let mut p = spawn(&path);
    start(&mut p);
    // rexpect hands back bytes as Latin-1 chars: match ASCII pieces only.
    p.exp_string("Governance 1/2").unwrap();
    p.exp_string("question 1 of 3").unwrap();
    pick_level(&mut p, 2);
    answer(&mut p, "Note (optional)", "Agreed, not signed\r");
    answer(&mut p, "Evidence", "draft-mou.pdf; minutes-2026.pdf\r");
    p.exp_string("question 2 of 3").unwrap();
    pick_level(&mut p, 4);
    answer(&mut p, "Note (optional)", "\r");
    answer(&mut p, "Evidence", "\r");
    // Finance: N/A with a reason.
    pick_level(&mut p, 5);
    answer(
        &mut p,
        "Why does it not apply?",
        "The host funds the secretariat\r",
    );
    answer(&mut p, "Note (optional)", "\r");
    answer(&mut p, "Evidence", "\r");
    p.exp_string("Assessment complete.").unwrap();
    p.exp_string("Governance").unwrap();
    p.exp_string("2.7").unwrap();
    p.exp_string("coverage 100% (2 scored, 1 N/A, 0 not answered)")
        .unwrap();
    p.exp_string("Top gaps:").unwrap();
    answer(&mut p, "Write the Markdown report", "\r");
    p.exp_string("Wrote ").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);

    let (saved, _) = load_answers(&path).unwrap();
    let mandate = saved.answer("governance.mandate").unwrap();
    assert_eq!(mandate.response, Some(Response::Level(2)));
    assert_eq!(mandate.note.as_deref(), Some("Agreed, not signed"));
    assert_eq!(mandate.evidence, ["draft-mou.pdf", "minutes-2026.pdf"]);
    assert_eq!(saved.respondent.name, "Ann Example");
    let report = std::fs::read_to_string(dir.path().join("answers-report.md")).unwrap();
    assert!(report.contains("| Overall maturity | **2.7 / 4** (Developing) |"));
}

#[test]
fn killed_session_resumes_with_every_answer_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    let mut p = spawn(&path);
    start(&mut p);
    pick_level(&mut p, 1);
    answer(&mut p, "Note (optional)", "Draft only\r");
    answer(&mut p, "Evidence", "draft.pdf\r");
    p.exp_string("question 2 of 3").unwrap();
    // Half-way through typing the next answer, the process dies.
    pick_level(&mut p, 3);
    p.exp_string("Note (optional)").unwrap();
    p.send("typed but never confirmed").unwrap();
    p.flush().unwrap();
    p.process_mut().kill(Signal::SIGKILL).unwrap();

    let (saved, _) = load_answers(&path).unwrap();
    assert_eq!(saved.answers.len(), 1);
    assert_eq!(
        saved.answer("governance.mandate").unwrap().note.as_deref(),
        Some("Draft only")
    );

    let mut p = spawn(&path);
    p.exp_string("1 of 3 criteria answered.").unwrap();
    p.exp_string("Governance 2/2").unwrap();
    p.exp_string("question 2 of 3").unwrap();
    pick_level(&mut p, 3);
    answer(&mut p, "Note (optional)", "\r");
    answer(&mut p, "Evidence", "\r");
    pick_level(&mut p, 0);
    answer(&mut p, "Note (optional)", "\r");
    answer(&mut p, "Evidence", "\r");
    answer(&mut p, "Write the Markdown report", "n");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);

    let (saved, _) = load_answers(&path).unwrap();
    let levels: Vec<_> = saved
        .answers
        .iter()
        .map(|e| (e.criterion.as_str(), e.answer.response.clone()))
        .collect();
    assert_eq!(
        levels,
        [
            ("governance.mandate", Some(Response::Level(1))),
            ("governance.meetings", Some(Response::Level(3))),
            ("finance.core-funding", Some(Response::Level(0))),
        ]
    );
    assert_eq!(
        saved.answer("governance.mandate").unwrap().evidence,
        ["draft.pdf"]
    );
}

#[test]
fn ctrl_c_exits_130_with_the_cursor_visible() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    let mut p = spawn(&path);
    start(&mut p);
    pick_level(&mut p, 4);
    answer(&mut p, "Note (optional)", "\r");
    answer(&mut p, "Evidence", "\r");
    p.exp_string("question 2 of 3").unwrap();
    p.exp_string("Your answer").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("Interrupted. Every confirmed answer is saved in")
        .unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(
        rest.contains("\x1b[?25h"),
        "cursor not shown again: {rest:?}"
    );
    assert_eq!(exit_code(&p), 130);
    let (saved, _) = load_answers(&path).unwrap();
    assert_eq!(saved.answers.len(), 1);
}

#[test]
fn without_a_terminal_assess_exits_2_at_once() {
    let r = wen(&["assess"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: `assess` needs an interactive terminal, and standard input or output is not one.\n\
         For non-interactive use, write a blank answer file, fill it in an editor, then score it:\n  \
         wen-assess template --guideline strengthening -o answers.yaml\n  \
         wen-assess score answers.yaml\n  \
         wen-assess report answers.yaml\n"
    );
    assert!(!repo("wen-assessment-strengthening.yaml").exists());
}
