//! Property-based fuzzing of the loaders and the Markdown escaping: random
//! text and random edits of valid files never panic, and escaped text never
//! carries Markdown or HTML structure. Bounded for CI by PROPTEST_CASES
//! (proptest's default is 256 cases per property).

use proptest::prelude::*;
use wen_assess::answers::parse_answers;
use wen_assess::model::check_text;
use wen_assess::yaml;

const GUIDELINE: &str = include_str!("../fixtures/guidelines/valid/minimal.yaml");
const ANSWERS: &str = include_str!("../fixtures/answers/minimal.yaml");

/// A valid file with a few bytes replaced, inserted or removed.
fn mutated(base: &'static str) -> impl Strategy<Value = String> {
    let edits = prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<char>()), 1..8);
    edits.prop_map(move |edits| {
        let mut chars: Vec<char> = base.chars().collect();
        for (at, kind, c) in edits {
            let i = at.index(chars.len().max(1));
            match kind {
                0 if i < chars.len() => chars[i] = c,
                1 => chars.insert(i.min(chars.len()), c),
                _ if i < chars.len() => {
                    chars.remove(i);
                }
                _ => {}
            }
        }
        chars.into_iter().collect()
    })
}

/// YAML-ish noise: structure characters, keys and values of our formats.
fn yamlish() -> impl Strategy<Value = String> {
    let tokens = prop::sample::select(vec![
        "\n",
        "  ",
        "- ",
        ": ",
        "{",
        "}",
        "[",
        "]",
        ",",
        "&a ",
        "*a",
        "<<: ",
        "!!str ",
        "\"",
        "'",
        "#",
        "|",
        ">",
        "~",
        "na",
        "level",
        "answers",
        "format: 1",
        "guideline: minimal",
        "0",
        "4",
        "-1",
        "1e9",
        "governance.mandate",
        "areas",
        "criteria",
        "levels",
        "next-steps",
        "é",
        "\t",
    ]);
    prop::collection::vec(tokens, 0..60).prop_map(|t| t.concat())
}

proptest! {
    #[test]
    fn guideline_loader_never_panics(text in prop_oneof![mutated(GUIDELINE), yamlish(), any::<String>()]) {
        let (g, diagnostics) = check_text(&text, "fuzz.yaml");
        // Either a guideline, or at least one error saying why not.
        prop_assert!(g.is_some() || diagnostics.iter().any(|d| d.is_error()));
        for d in &diagnostics {
            prop_assert!(!d.message.to_string().is_empty());
            prop_assert!(d.to_string().starts_with("fuzz.yaml"));
        }
    }

    #[test]
    fn answer_loader_never_panics(input in prop_oneof![mutated(ANSWERS), yamlish(), any::<String>()]) {
        match parse_answers(&input, "fuzz.yaml") {
            Ok((file, _)) => {
                // What loads, saves and loads again to the same answers: as
                // it is (byte for byte), and after one answer changed.
                let Ok(text) = wen_assess::answers::to_yaml(&file, "fuzz.yaml") else {
                    // Anchors, aliases and merge keys are read, never rewritten.
                    return Ok(());
                };
                let indented = wen_assess::yaml::parse(&input)
                    .is_ok_and(|d| d.root.style == wen_assess::yaml::Style::Indented);
                if indented {
                    let mut expected = input.clone();
                    if !expected.ends_with('\n') {
                        expected.push('\n');
                    }
                    prop_assert_eq!(&text, &expected);
                }
                let mut changed = file.clone();
                if let Some(first) = changed.answers.first().map(|e| e.criterion.clone()) {
                    let mut a = changed.answer(&first).cloned().unwrap_or_default();
                    a.response = Some(wen_assess::answers::Response::Level(2));
                    a.note = Some("new: note # not a comment".into());
                    changed.set_answer(&first, a);
                }
                let text = match wen_assess::answers::to_yaml(&changed, "fuzz.yaml") {
                    Ok(text) => text,
                    // A lone carriage return the edit cannot keep is refused
                    // with its position, and the file left as it is.
                    Err(wen_assess::answers::SaveError::LineEndings { .. }) if input.contains('\r') => {
                        return Ok(());
                    }
                    Err(e) => {
                        return Err(TestCaseError::fail(format!("{e}: {input:?}")));
                    }
                };
                let again = parse_answers(&text, "again.yaml");
                prop_assert!(again.is_ok(), "{:?}\n{}", again.err().map(|e| e.to_string()), text);
                let (again, _) = again.unwrap();
                prop_assert_eq!(again.answers.len(), changed.answers.len());
                for (a, b) in again.answers.iter().zip(&changed.answers) {
                    prop_assert_eq!(&a.criterion, &b.criterion);
                    prop_assert_eq!(&a.answer.response, &b.answer.response);
                    prop_assert_eq!(&a.answer.note, &b.answer.note);
                    prop_assert_eq!(&a.answer.evidence, &b.answer.evidence);
                }
                prop_assert_eq!(&again.network, &changed.network);
                prop_assert_eq!(&again.respondent.country, &changed.respondent.country);
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn raw_yaml_parser_never_panics(text in prop_oneof![yamlish(), any::<String>()]) {
        let _ = yaml::parse(&text);
    }
}
/// Found by the fuzzer: an empty text field followed by a comment is kept
/// as written when the file is saved, not turned into `""`.
#[test]
fn an_empty_field_with_a_comment_is_saved_as_written() {
    for line in ["date: #026-11-23", "date:", "date: ~ # not yet"] {
        let input = format!(
            "format: 1\nguideline: minimal\n{line}\nlanguage: en\nanswers:\n  governance.mandate:\n    level: 2\n"
        );
        let (file, _) = parse_answers(&input, "x.yaml").unwrap();
        assert_eq!(file.date, "");
        let text = wen_assess::answers::to_yaml(&file, "x.yaml").unwrap();
        assert_eq!(text, input);
    }
}

/// Found by the fuzzer: `level: n/a` (read as N/A) was saved as `level: na`.
#[test]
fn every_spelling_of_na_is_saved_as_written() {
    for spelling in ["n/a", "N/A", "NA", "Na"] {
        let input = ANSWERS.replace("level: na", &format!("level: {spelling}"));
        assert!(input.contains(&format!("level: {spelling}")));
        let (file, _) = parse_answers(&input, "a.yaml").unwrap();
        let text = wen_assess::answers::to_yaml(&file, "a.yaml").unwrap();
        assert_eq!(text, input, "{spelling}");
    }
}

/// Found by the fuzzer: an answer left empty (`id:` and nothing more) was
/// saved as `id: {}`.
#[test]
fn an_empty_answer_is_saved_as_written() {
    let input = ANSWERS.replace(
        "  finance.core-funding:\n    level: na\n    reason: The network is funded by its host\n",
        "  finance.core-funding:\n",
    );
    assert!(input.ends_with("  finance.core-funding:\n"));
    let (file, _) = parse_answers(&input, "a.yaml").unwrap();
    let text = wen_assess::answers::to_yaml(&file, "a.yaml").unwrap();
    assert_eq!(text, input);
}

/// Found by the fuzzer: a line ended by a carriage return alone made the
/// save write a fresh file, without the comments. Such a file is read, and
/// refused for saving with a message, as files with anchors are.
#[test]
fn a_file_with_lone_carriage_returns_is_read_but_not_rewritten() {
    let input = ANSWERS.replace("Testonia}\ndate:", "Testonia}\rdate:");
    let (file, _) = parse_answers(&input, "a.yaml").unwrap();
    let err = wen_assess::answers::to_yaml(&file, "a.yaml").unwrap_err();
    assert_eq!(
        err.to_string(),
        "a.yaml:6:68: the file ends lines with a carriage return alone (as on very old Macs); wen-assess reads such a file but does not rewrite it. Save it with ordinary line endings, then try again; the file is unchanged"
    );
}

/// The position counts from after a byte-order mark, as every other
/// position in a file does.
#[test]
fn a_lone_carriage_return_after_a_byte_order_mark_is_placed_as_the_reader_places_it() {
    let first = ANSWERS.lines().next().unwrap();
    let input = format!("\u{feff}{}", ANSWERS.replacen('\n', "\r", 1));
    let (file, _) = parse_answers(&input, "a.yaml").unwrap();
    let err = wen_assess::answers::to_yaml(&file, "a.yaml").unwrap_err();
    assert!(
        err.to_string().starts_with(&format!(
            "a.yaml:1:{}: the file ends lines with a carriage return alone",
            first.chars().count() + 1
        )),
        "{err}"
    );
}

/// Saves `input` unchanged, then with `governance.meetings` moved from 4
/// to 3: the first must give `input` byte for byte, the second `input` with
/// only that level changed (`eol` is the file's line ending).
fn assert_saved_as_written(input: &str, eol: &str) {
    let (mut file, _) = parse_answers(input, "a.yaml").unwrap();
    assert_eq!(
        wen_assess::answers::to_yaml(&file, "a.yaml").unwrap(),
        input
    );
    let mut answer = file.answer("governance.meetings").cloned().unwrap();
    answer.response = Some(wen_assess::answers::Response::Level(3));
    file.set_answer("governance.meetings", answer);
    assert_eq!(
        wen_assess::answers::to_yaml(&file, "a.yaml").unwrap(),
        input.replace(
            &format!("governance.meetings:{eol}    level: 4"),
            &format!("governance.meetings:{eol}    level: 3")
        )
    );
}

/// Found by the fuzzer: a file starting with a byte-order mark (as Notepad
/// saves UTF-8) was saved as a fresh file, without its comments.
#[test]
fn a_file_with_a_byte_order_mark_is_saved_as_written() {
    assert_saved_as_written(&format!("\u{feff}{ANSWERS}"), "\n");
}

/// Windows line endings stay as they are, also in the lines a change writes.
#[test]
fn a_file_with_windows_line_endings_is_saved_as_written() {
    assert_saved_as_written(&ANSWERS.replace('\n', "\r\n"), "\r\n");
}

/// Found by the fuzzer: a file the in-place edit cannot follow (here an
/// explicit `?` key) was written afresh, without its comments and layout.
/// It is read, and refused for saving with a message.
#[test]
fn a_file_the_edit_cannot_follow_is_read_but_not_rewritten() {
    let input = format!("? an explicit key\n{ANSWERS}");
    let (file, _) = parse_answers(&input, "a.yaml").unwrap();
    let err = wen_assess::answers::to_yaml(&file, "a.yaml").unwrap_err();
    assert_eq!(
        err.to_string(),
        "a.yaml: the file uses a YAML form that wen-assess cannot edit in place (such as a `?` key), and writing it afresh would lose its comments and layout; wen-assess reads such a file but does not rewrite it. Write it in the plain `key: value` form of the template, then try again; the file is unchanged"
    );
}

/// Found by the fuzzer: `guideline:` with nothing after it (here the rest of
/// the line is a comment) was refused without a word.
#[test]
fn an_empty_guideline_is_refused_with_a_message() {
    let input = ANSWERS.replace("guideline: minimal", "guideline: #minimal");
    let err = parse_answers(&input, "a.yaml").unwrap_err();
    assert_eq!(
        err.to_string(),
        "a.yaml:3:10: error[wrong-type]: the answer file `guideline` must be a string, found an empty value"
    );
}
