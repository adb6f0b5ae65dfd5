//! Answers given against older guidelines carry over to the current ones:
//! `migrate` rewrites the establishing example as it was at 1.0.0 (kept as
//! a fixture, in English and Spanish, since the examples themselves are
//! migrated) in place, keeping every line but the version, the keys of
//! moved criteria and the moved entries left unanswered, and scores,
//! reports and comparisons read old files through the same map.

use super::{repo, wen};

/// The 1.0.0 fixtures and the message `migrate` prints for them.
const OLD_EXAMPLES: [(&str, &str); 2] = [
    (
        "tests/fixtures/answers/establishing-1.0.0.yaml",
        "moved deliverables.contact-directory → membership.contact-directory\n\
         moved deliverables.working-languages → membership.working-languages\n\
         Rewrote [FILE] for establishing 1.2.0 (was 1.0.0): 2 answers moved, 5 new criteria to answer, 0 answers kept but not scored.\n",
    ),
    (
        "tests/fixtures/answers/establecimiento-1.0.0-es.yaml",
        "movido deliverables.contact-directory → membership.contact-directory\n\
         movido deliverables.working-languages → membership.working-languages\n\
         [FILE] reescrito para establishing 1.2.0 (antes 1.0.0): 2 respuestas movidas, 5 criterios nuevos por responder, 0 respuestas conservadas pero no puntuadas.\n",
    ),
];

#[test]
fn the_fixtures_are_still_1_0_0() {
    for (example, _) in OLD_EXAMPLES {
        let text = std::fs::read_to_string(repo(example)).unwrap();
        assert!(
            text.contains("\nguideline-version: \"1.0.0\"\n"),
            "{example} should stay at 1.0.0: it is the migration test"
        );
    }
}

#[test]
fn migrate_rewrites_only_the_version_and_the_moved_keys() {
    for (example, message) in OLD_EXAMPLES {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("answers.yaml");
        std::fs::copy(repo(example), &copy).unwrap();
        let copy = copy.to_str().unwrap();
        let before = std::fs::read_to_string(copy).unwrap();

        let r = wen(&["migrate", copy]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(r.stdout.replace(copy, "[FILE]"), message, "{example}");
        // The notes about the old version are not shown twice: migrate says
        // what moved on standard output. The two criteria left unanswered
        // are no answers to move: the one whose criterion moved keeps its
        // place under the new id, the one merged into an answered criterion
        // goes with its title line, unreported.
        assert_eq!(r.stderr, "", "{example}");

        // The version and the moved keys change, the empty merged entry
        // goes; every other line stays as it was.
        let after = std::fs::read_to_string(copy).unwrap();
        let title = if example.contains("-es.") {
            "Reglamento interno y rotación de la presidencia"
        } else {
            "Rules of procedure and chair rotation"
        };
        let expected = before
            .replace(
                "\nguideline-version: \"1.0.0\"\n",
                "\nguideline-version: \"1.2.0\"\n",
            )
            .replace(
                "\n  deliverables.contact-directory:\n",
                "\n  membership.contact-directory:\n",
            )
            .replace(
                "\n  deliverables.working-languages:\n",
                "\n  membership.working-languages:\n",
            )
            .replace(
                "\n  membership.observer-criteria:\n",
                "\n  support.observer-criteria:\n",
            )
            .replace(
                &format!("\n  # {title}\n  governance.rules-of-procedure:\n    level: ~\n"),
                "\n",
            );
        assert_eq!(after, expected, "{example}");

        // Scored the same before and after, and nothing left to warn about.
        let old_scores = wen(&["score", "--format", "csv", example]);
        let new_scores = wen(&["score", "--format", "csv", copy]);
        assert!(old_scores.stderr.contains("warning[migrated-answer]"));
        assert_eq!(new_scores.stderr, "", "{example}");
        let strip = |csv: &str, file: &str| csv.replace(file, "[FILE]");
        assert_eq!(
            strip(&old_scores.stdout, example),
            strip(&new_scores.stdout, copy),
            "{example}"
        );

        // Comparing the old file with the migrated one: no change anywhere.
        let r = wen(&["compare", "--format", "json", example, copy]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        for area in json["areas"].as_array().expect("areas") {
            let values = area["values"].as_array().expect("values");
            assert_eq!(values.len(), 2, "{example}: {area}");
            assert_eq!(values[0], values[1], "{example}: {area}");
        }
        assert_eq!(json["rose"].as_array().map(Vec::len), Some(0), "{json}");
        assert_eq!(json["fell"].as_array().map(Vec::len), Some(0), "{json}");

        // A second run has nothing to do and leaves the file as it is.
        let r = wen(&["migrate", copy]);
        assert_eq!(r.code, 0);
        assert_eq!(
            r.stdout.replace(copy, "[FILE]"),
            if example.contains("-es.") {
                "[FILE] ya corresponde a establishing 1.2.0: nada que cambiar.\n"
            } else {
                "[FILE] is already for establishing 1.2.0: nothing to change.\n"
            }
        );
        assert_eq!(std::fs::read_to_string(copy).unwrap(), after);
    }
}

/// The report of a 1.0.0 file names the answers it carried over.
#[test]
fn report_of_an_old_file_lists_the_answers_carried_over() {
    let r = wen(&[
        "report",
        "tests/fixtures/answers/establishing-1.0.0.yaml",
        "-o",
        "-",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for line in [
        "## Answers carried over from version 1.0.0",
        "| `deliverables.contact-directory` | Contact directory (`membership.contact-directory`) |",
        "| `deliverables.working-languages` | Working languages (`membership.working-languages`) |",
    ] {
        assert!(
            r.stdout.contains(line),
            "{line} missing from:\n{}",
            r.stdout
        );
    }
}
