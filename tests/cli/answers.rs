//! Answer files through the library: round trips keep every entry, saving
//! is atomic, and the `guidelines` command shows what answers refer to.

use wen_assess::answers::{self, Answer, Response};

use super::{repo, wen};

#[test]
fn load_change_save_keeps_unknown_entries_and_extra_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    let text = std::fs::read_to_string(repo("tests/fixtures/answers/old-version.yaml")).unwrap()
        + "custom-field: {owner: secretariat}\n";
    std::fs::write(&path, text).unwrap();
    let (mut file, warnings) = answers::load_answers(&path).unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    file.set_answer(
        "governance.meetings",
        Answer {
            response: Some(Response::Level(2)),
            note: Some("Two meetings in 2026 | one online".into()),
            ..Answer::default()
        },
    );
    answers::save_answers(&path, &file).unwrap();
    let (again, _) = answers::load_answers(&path).unwrap();
    let ids: Vec<&str> = again.answers.iter().map(|e| e.criterion.as_str()).collect();
    assert_eq!(
        ids,
        [
            "governance.mandate",
            "governance.retired-criterion",
            "finance.core-funding",
            "governance.meetings"
        ]
    );
    assert_eq!(
        again
            .answer("governance.retired-criterion")
            .unwrap()
            .note
            .as_deref(),
        Some("This criterion was dropped in 1.0.0")
    );
    let saved = std::fs::read_to_string(&path).unwrap();
    // What the tool does not use, and what did not change, stays as written.
    assert!(
        saved.contains("custom-field: {owner: secretariat}\n"),
        "{saved}"
    );
    assert!(
        saved.contains("targets: {finance: 4, training: 2}\n"),
        "{saved}"
    );
}

#[test]
fn saving_into_a_missing_folder_fails_and_says_so() {
    let (file, _) = answers::load_answers(&repo("tests/fixtures/answers/minimal.yaml")).unwrap();
    let err =
        answers::save_answers(std::path::Path::new("/no/such/dir/a.yaml"), &file).unwrap_err();
    assert_eq!(
        err.to_string(),
        "/no/such/dir/a.yaml: cannot write: the folder /no/such/dir does not exist; the previous version of the file is unchanged"
    );
}

#[test]
fn guidelines_lists_and_shows() {
    let r = wen(&["guidelines"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    insta::assert_snapshot!("guidelines_list", r.stdout);
    let r = wen(&["--guidelines", super::MINIMAL, "guidelines", "minimal"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    insta::assert_snapshot!("guidelines_minimal", r.stdout);
}

#[test]
fn an_invalid_guidelines_path_stops_every_command() {
    let r = wen(&[
        "--guidelines",
        "tests/fixtures/guidelines/invalid/invalid-url.yaml",
        "guidelines",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: tests/fixtures/guidelines/invalid/invalid-url.yaml: invalid guideline file (1 error(s)); run `wen-assess validate tests/fixtures/guidelines/invalid/invalid-url.yaml` for details:\n  tests/fixtures/guidelines/invalid/invalid-url.yaml:80:10: error[invalid-url]: url `example.org/guide` must start with https:// or http://\n"
    );
}

#[test]
fn a_failed_save_leaves_the_previous_file_intact_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    let before = std::fs::read_to_string(repo("tests/fixtures/answers/minimal.yaml")).unwrap();
    std::fs::write(&path, &before).unwrap();
    let (mut file, _) = answers::load_answers(&path).unwrap();
    file.set_answer(
        "governance.meetings",
        Answer {
            response: Some(Response::Level(0)),
            ..Answer::default()
        },
    );

    // The temporary file cannot be created: the answers are a link into a
    // folder no one may create files in (Linux's /proc refuses even root),
    // the same path a read-only folder or a full disk takes through the code.
    #[cfg(target_os = "linux")]
    {
        let link = dir.path().join("linked.yaml");
        std::os::unix::fs::symlink("/proc/version", &link).unwrap();
        let version = std::fs::read_to_string("/proc/version").unwrap();
        let err = answers::save_answers(&link, &file).unwrap_err().to_string();
        assert!(
            err.starts_with(&format!("{}: cannot write: ", link.display())),
            "{err}"
        );
        assert!(
            err.ends_with("; the previous version of the file is unchanged"),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string("/proc/version").unwrap(), version);
        std::fs::remove_file(&link).unwrap();
    }

    // A read-only folder, where permissions apply (not for root; Windows
    // has no read-only folders).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
        let result = answers::save_answers(&path, &file);
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        if let Err(e) = result {
            assert!(e.to_string().contains(": permission denied;"), "{e}");
            assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
        }
    }
    // Saving works again once the folder is writable; no temporary file is left.
    answers::save_answers(&path, &file).unwrap();
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["a.yaml"]);
}

#[test]
fn saving_keeps_comments_above_keys_and_answers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.yaml");
    let r = wen(&[
        "--guidelines",
        super::MINIMAL,
        "template",
        "--guideline",
        "minimal",
        "--date",
        "2026-11-23",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut text = std::fs::read_to_string(&path).unwrap();
    text = text.replacen("date:", "# Workshop of 12 November, Nairobi.\ndate:", 1);
    text = text.replacen(
        "  governance.meetings:",
        "  # To confirm with the chair.\n  governance.meetings:",
        1,
    );
    std::fs::write(&path, &text).unwrap();
    let (mut file, _) = answers::load_answers(&path).unwrap();
    file.set_answer(
        "governance.mandate",
        Answer {
            response: Some(Response::Level(3)),
            ..Answer::default()
        },
    );
    answers::save_answers(&path, &file).unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.starts_with("# yaml-language-server: $schema=wen-assess-answers.schema.json\n"),
        "{saved}"
    );
    assert!(
        saved.contains("# Workshop of 12 November, Nairobi.\ndate: \"2026-11-23\"\n"),
        "{saved}"
    );
    assert!(
        saved.contains("  # To confirm with the chair.\n  governance.meetings:\n"),
        "{saved}"
    );
    // The template's heading and descriptor comments stay above each criterion.
    assert!(
        saved.contains("  # == Governance ==\n  # Mandate: Is the mandate endorsed?\n"),
        "{saved}"
    );
    assert!(saved.contains("  #   3 Signed mandate.\n"), "{saved}");
    assert!(saved.contains("  governance.mandate:\n    level: 3\n"));
    // Saving twice changes nothing more.
    let (again, _) = answers::load_answers(&path).unwrap();
    answers::save_answers(&path, &again).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), saved);
}
