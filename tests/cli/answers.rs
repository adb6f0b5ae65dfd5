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

/// The findings about a YAML answer file, scored in French, Spanish or
/// Portuguese, are in that language, and the phrases that name a place in
/// the file (`participants`, an entry of the evidence of `x`, a
/// participant's entry) read well inside the sentence around them. Errors
/// come from one file, warnings (shown when a file can be scored) from
/// another.
#[test]
fn an_answer_file_s_findings_are_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let errors = dir.path().join("errors.yaml");
    std::fs::write(
        &errors,
        "format: 1\nguideline: strengthening\nnetwork: {name: Rede}\n\
         participants: \"everyone\"\ntargets: {finance: 7}\nanswers:\n\
         \x20 membership.active-members: {level: na}\n\
         \x20 membership.agency-breadth: {level: \"3\"}\n\
         \x20 membership.prosecutors-judiciary: {level: 5}\n\
         \x20 membership.national-task-forces: {level: 2, evidence: [[a]]}\n",
    )
    .unwrap();
    let warnings = dir.path().join("warnings.yaml");
    std::fs::write(
        &warnings,
        "format: 1\nguideline: strengthening\nlanguage: xx\ndate: 2026-13-01\n\
         network: {name: Rede, motto: x}\nparticipants:\n  - {name: A, agencyy: B}\nanswers:\n\
         \x20 membership.active-members: {level: 2, reason: x}\n\
         \x20 membership.nonexistent: {level: 1}\n",
    )
    .unwrap();
    let version = wen_assess::model::builtin()
        .into_iter()
        .find(|g| g.id == "strengthening")
        .expect("built in")
        .version;
    // (language, errors, warnings): each line after the file name.
    let expected: [(&str, &[&str], &[&str]); 3] = [
        (
            "pt",
            &[
                ":4:15: error[wrong-type]: `participants`: espera-se uma lista, não texto",
                ":5:20: error[invalid-target]: a meta 7 de `finance` está fora da escala 0-4",
                ":7:38: error[na-without-reason]: `membership.active-members` está marcado como `na` (não aplicável), mas não tem `reason:`; indique porque não se aplica",
                ":8:38: error[invalid-level]: o nível de `membership.agency-breadth` é o texto entre aspas \"3\", não um número; escreva-o sem aspas: `level: 3`",
                ":9:45: error[invalid-level]: o nível de `membership.prosecutors-judiciary` deve ser 0, 1, 2, 3, 4 ou na, não `5`",
                ":10:58: error[wrong-type]: os comprovativos de `membership.national-task-forces`, um dos elementos: espera-se texto, não uma lista",
            ],
            &[
                ":3:11: warning[unknown-language]: a língua `xx` não é nenhuma de en, es, fr, pt; é usado o inglês",
                ":4:7: warning[invalid-date]: a data `2026-13-01` não está no formato AAAA-MM-DD",
                ":5:23: warning[unknown-key]: `network`: a chave desconhecida `motto` é mantida, mas não é usada",
                ":7:15: warning[unknown-key]: uma entrada de `participants`: a chave desconhecida `agencyy` é mantida, mas não é usada; queria dizer `agency`?",
                ":9:49: warning[reason-without-na]: `membership.active-members` tem um `reason:`, mas um nível em vez de `na`; o motivo é mantido, mas não é usado",
                ":10:3: warning[unknown-criterion]: `membership.nonexistent` não é um critério de `strengthening` {version}; a resposta é mantida, mas não é pontuada",
            ],
        ),
        (
            "fr",
            &[
                ":4:15: error[wrong-type]: `participants` : on attend une liste, pas du texte",
                ":5:20: error[invalid-target]: la cible 7 de `finance` est hors de l’échelle 0-4",
                ":7:38: error[na-without-reason]: `membership.active-members` est marqué `na` (sans objet) mais n’a pas de `reason:` ; indiquez pourquoi il ne s’applique pas",
                ":8:38: error[invalid-level]: le niveau de `membership.agency-breadth` est le texte entre guillemets \"3\", pas un nombre ; écrivez-le sans guillemets : `level: 3`",
                ":9:45: error[invalid-level]: le niveau de `membership.prosecutors-judiciary` doit être 0, 1, 2, 3, 4 ou na, pas `5`",
                ":10:58: error[wrong-type]: une entrée dans les justificatifs de `membership.national-task-forces` : on attend du texte, pas une liste",
            ],
            &[
                ":3:11: warning[unknown-language]: la langue `xx` ne fait pas partie de en, es, fr, pt ; l’anglais est utilisé",
                ":4:7: warning[invalid-date]: la date `2026-13-01` n’est pas au format AAAA-MM-JJ",
                ":5:23: warning[unknown-key]: la clé inconnue `motto` dans `network` est conservée mais pas utilisée",
                ":7:15: warning[unknown-key]: la clé inconnue `agencyy` dans une entrée de `participants` est conservée mais pas utilisée ; vouliez-vous dire `agency` ?",
                ":9:49: warning[reason-without-na]: `membership.active-members` a une `reason:`, mais un niveau au lieu de `na` ; la raison est conservée mais pas utilisée",
                ":10:3: warning[unknown-criterion]: `membership.nonexistent` n’est pas un critère de `strengthening` {version} ; la réponse est conservée mais non notée",
            ],
        ),
        (
            "es",
            &[
                ":4:15: error[wrong-type]: `participants`: se espera una lista, no texto",
                ":5:20: error[invalid-target]: la meta 7 de `finance` está fuera de la escala 0-4",
                ":7:38: error[na-without-reason]: `membership.active-members` está marcado como `na` (no aplicable), pero no tiene `reason:`; explique por qué no se aplica",
                ":8:38: error[invalid-level]: el nivel de `membership.agency-breadth` es el texto entre comillas \"3\", no un número; escríbalo sin comillas: `level: 3`",
                ":9:45: error[invalid-level]: el nivel de `membership.prosecutors-judiciary` debe ser 0, 1, 2, 3, 4 o na, no `5`",
                ":10:58: error[wrong-type]: un elemento en los medios de verificación de `membership.national-task-forces`: se espera texto, no una lista",
            ],
            &[
                ":3:11: warning[unknown-language]: el idioma `xx` no es ninguno de en, es, fr, pt; se usa el inglés",
                ":4:7: warning[invalid-date]: la fecha `2026-13-01` no tiene el formato AAAA-MM-DD",
                ":5:23: warning[unknown-key]: la clave desconocida `motto` en `network` se conserva, pero no se usa",
                ":7:15: warning[unknown-key]: la clave desconocida `agencyy` en una entrada de `participants` se conserva, pero no se usa; ¿quiso decir `agency`?",
                ":9:49: warning[reason-without-na]: `membership.active-members` tiene un `reason:`, pero un nivel en lugar de `na`; el motivo se conserva, pero no se usa",
                ":10:3: warning[unknown-criterion]: `membership.nonexistent` no es un criterio de `strengthening` {version}; la respuesta se conserva, pero no se puntúa",
            ],
        ),
    ];
    let lines = |file: &std::path::Path, ends: &[&str]| -> Vec<String> {
        ends.iter()
            .map(|e| format!("{}{}", file.display(), e.replace("{version}", &version)))
            .collect()
    };
    for (lang, errors_seen, warnings_seen) in expected {
        let r = wen(&["--lang", lang, "score", errors.to_str().unwrap()]);
        assert_eq!(r.code, 2, "{lang}");
        let said: Vec<&str> = r.stderr.lines().collect();
        // The findings, then the command's last line (`1 of 1 file ...`).
        assert_eq!(
            said[..said.len() - 1],
            lines(&errors, errors_seen),
            "{lang}"
        );
        let r = wen(&["--lang", lang, "score", warnings.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{lang}: {}", r.stderr);
        let said: Vec<&str> = r.stderr.lines().collect();
        assert_eq!(said, lines(&warnings, warnings_seen), "{lang}");
        let all = [lines(&errors, errors_seen), lines(&warnings, warnings_seen)].concat();
        for line in &all {
            let message = line.split_once("]: ").map_or(line.as_str(), |(_, m)| m);
            assert_eq!(
                super::languages::english_words(lang, message),
                Vec::<&str>::new(),
                "{lang}: {message}"
            );
        }
    }
}
