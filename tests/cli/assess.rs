//! `assess` driven through a pseudo-terminal, as a coordinator would use it:
//! a full run to the summary, a killed session resumed from its file, Ctrl-C,
//! and the refusal to run without a terminal.

use std::process::Command;

use rexpect::process::{Signal, WaitStatus};
use rexpect::session::PtySession;
use wen_assess::answers::{Response, load_answers};

use super::{MINIMAL, repo, wen};

const DOWN: &str = "\x1b[B";

/// Runs the binary in a pseudo-terminal with `args`, then `--answers FILE`,
/// in a neutral environment (no CI variable, no locale).
fn spawn_with(args: &[&str], answers: &std::path::Path) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wen-assess"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("TERM", "xterm")
        .env_remove("CI")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .arg("--answers")
        .arg(answers);
    rexpect::session::spawn_command(cmd, Some(15_000)).expect("spawn in a pty")
}

/// `assess` on the minimal guideline, in English.
fn spawn(answers: &std::path::Path) -> PtySession {
    spawn_with(
        &[
            "--guidelines",
            MINIMAL,
            "assess",
            "--guideline",
            "minimal",
            "--lang",
            "en",
        ],
        answers,
    )
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
    // Markdown and PDF.
    answer(&mut p, "Write the report", &format!("{}\r", DOWN.repeat(2)));
    p.exp_string("Wrote ").unwrap();
    p.exp_string("answers-report.pdf").unwrap();
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
    assert!(
        std::fs::read(dir.path().join("answers-report.pdf"))
            .unwrap()
            .starts_with(b"%PDF-")
    );
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
    // No report now.
    answer(&mut p, "Write the report", &format!("{}\r", DOWN.repeat(3)));
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

/// Kills `assess` with SIGKILL 50 times, at different moments around a save
/// (after the level, after the note, right after the last Enter that saves),
/// and checks after every kill that the file parses and holds every answer
/// confirmed before it.
#[test]
fn sigkill_at_many_moments_never_loses_a_confirmed_answer() {
    const FORTY: &str = "tests/fixtures/guidelines/valid/forty.yaml";
    let dir = tempfile::tempdir().unwrap();
    let mut confirmed: Vec<u8> = Vec::new();
    let mut path = dir.path().join("run-0.yaml");
    for run in 0..50usize {
        if run % 10 == 0 {
            // A fresh file every ten runs keeps each under 40 answers.
            path = dir.path().join(format!("run-{run}.yaml"));
            std::fs::write(&path, "format: 1\nguideline: forty\nanswers: {}\n").unwrap();
            confirmed.clear();
        }
        let mut p = spawn_with(&["--guidelines", FORTY, "assess", "--lang", "en"], &path);
        p.exp_string(&format!("{} of 40 criteria answered.", confirmed.len()))
            .unwrap();
        // Confirm one or two answers, each seen saved when the next question shows.
        for _ in 0..1 + run % 2 {
            let level = ((run + confirmed.len()) % 5) as u8;
            pick_level(&mut p, level as usize);
            answer(&mut p, "Note (optional)", &format!("run {run}\r"));
            answer(&mut p, "Evidence", "\r");
            confirmed.push(level);
            p.exp_string(&format!("question {} of 40", confirmed.len() + 1))
                .unwrap();
        }
        // Start one more and kill at a moment that depends on the run.
        let in_flight = ((run + confirmed.len()) % 5) as u8;
        pick_level(&mut p, in_flight as usize);
        if run % 3 >= 1 {
            answer(&mut p, "Note (optional)", "in flight\r");
        }
        if run % 3 == 2 {
            answer(&mut p, "Evidence", "\r");
        }
        std::thread::sleep(std::time::Duration::from_micros((run as u64 * 397) % 3_000));
        p.process_mut().kill(Signal::SIGKILL).unwrap();

        let (saved, _) = load_answers(&path)
            .unwrap_or_else(|e| panic!("run {run}: the file no longer loads: {e}"));
        for (i, level) in confirmed.iter().enumerate() {
            let id = format!("area{}.c{}", i / 10, i % 10);
            assert_eq!(
                saved.answer(&id).and_then(|a| a.response.clone()),
                Some(Response::Level(*level)),
                "run {run}: confirmed answer {id} lost"
            );
        }
        // The answer in flight is either saved whole or not at all.
        let id = format!("area{}.c{}", confirmed.len() / 10, confirmed.len() % 10);
        match saved.answer(&id) {
            None => {}
            Some(a) => {
                assert_eq!(a.response, Some(Response::Level(in_flight)), "run {run}");
                assert_eq!(a.note.as_deref(), Some("in flight"), "run {run}");
                confirmed.push(in_flight);
            }
        }
        assert_eq!(saved.answers.len(), confirmed.len(), "run {run}");
    }
}

#[test]
fn french_prompts_with_lang_fr() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reponses.yaml");
    let mut p = spawn_with(
        &["--lang", "fr", "assess", "--guideline", "strengthening"],
        &path,
    );
    // rexpect returns Latin-1 chars: match the ASCII parts of French words.
    answer(&mut p, "Nom du r", "Exemple\r");
    answer(&mut p, "gion", "Exemple\r");
    answer(&mut p, "Votre nom", "Awa\r");
    answer(&mut p, "Votre fonction", "Coordinatrice\r");
    answer(&mut p, "Votre pays", "Exemple\r");
    p.exp_string("Les r").unwrap();
    p.exp_string("ponses sont enregistr").unwrap();
    p.exp_string("question 1 sur 36").unwrap();
    p.exp_string("Conseils : ").unwrap();
    p.exp_string("Votre r").unwrap();
    p.exp_string("Passer pour l").unwrap();
    p.exp_string("Question pr").unwrap();
    // Save and quit: the last menu entry.
    p.send(&format!("{}\r", DOWN.repeat(9))).unwrap();
    p.flush().unwrap();
    p.exp_string("Pour reprendre : wen-assess assess --answers")
        .unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), 0);
    let (saved, _) = load_answers(&path).unwrap();
    assert_eq!(saved.language, "fr");
}

#[test]
fn a_second_session_on_the_same_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    let mut first = spawn(&path);
    start(&mut first);
    pick_level(&mut first, 2);
    answer(&mut first, "Note (optional)", "first session\r");
    answer(&mut first, "Evidence", "\r");
    first.exp_string("question 2 of 3").unwrap();
    // Another coordinator opens the same file meanwhile.
    let mut second = spawn(&path);
    second
        .exp_string("another wen-assess session is working on this file")
        .unwrap();
    second.exp_eof().unwrap();
    assert_eq!(exit_code(&second), 2);
    // The first session goes on and keeps every answer.
    pick_level(&mut first, 3);
    answer(&mut first, "Note (optional)", "\r");
    answer(&mut first, "Evidence", "\r");
    first.exp_string("question 3 of 3").unwrap();
    first.send_control('c').unwrap();
    first.exp_eof().unwrap();
    let (saved, _) = load_answers(&path).unwrap();
    assert_eq!(saved.answers.len(), 2);
    assert_eq!(
        saved.answer("governance.mandate").unwrap().note.as_deref(),
        Some("first session")
    );
}

#[test]
fn an_answer_file_in_a_missing_folder_is_refused_before_any_question() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder").join("x.yaml");
    let mut p = spawn(&path);
    let out = p.exp_eof().unwrap();
    assert!(out.contains("does not exist"), "{out}");
    assert!(
        !out.contains("Network name"),
        "asked a question first: {out}"
    );
    assert_eq!(exit_code(&p), 2);
}

#[test]
fn a_very_long_network_name_still_gives_a_file_that_can_be_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wen-assess"));
    cmd.current_dir(dir.path())
        .env("TERM", "xterm")
        .env_remove("CI")
        .env_remove("LANG")
        .args(["--guidelines", repo(MINIMAL).to_str().unwrap()])
        .args(["assess", "--guideline", "minimal", "--lang", "en"]);
    let mut p = rexpect::session::spawn_command(cmd, Some(15_000)).unwrap();
    let long = "Very Long Regional Wildlife Enforcement Network ".repeat(6);
    for (prompt, text) in [
        ("Network name", long.trim()),
        ("Region", "Testland"),
        ("Your name", "Ann"),
        ("Your role", "Coordinator"),
        ("Your country", "Testonia"),
    ] {
        answer(&mut p, prompt, &format!("{text}\r"));
    }
    pick_level(&mut p, 1);
    answer(&mut p, "Note (optional)", "\r");
    answer(&mut p, "Evidence", "\r");
    p.exp_string("question 2 of 3").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".yaml") && !n.starts_with('.'))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].len() < 100, "{}", files[0]);
    let (saved, _) = load_answers(&dir.path().join(&files[0])).unwrap();
    assert_eq!(saved.network.name, long.trim());
    assert_eq!(saved.answers.len(), 1);
}
