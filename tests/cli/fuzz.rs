//! Property-based fuzzing of the loaders and the Markdown escaping: random
//! text and random edits of valid files never panic, and escaped text never
//! carries Markdown or HTML structure. Bounded for CI by PROPTEST_CASES
//! (proptest's default is 256 cases per property).

use proptest::prelude::*;
use wen_assess::answers::parse_answers;
use wen_assess::model::check_text;
use wen_assess::report::markdown::inline;
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
            prop_assert!(!d.message.is_empty());
            prop_assert!(d.to_string().starts_with("fuzz.yaml"));
        }
    }

    #[test]
    fn answer_loader_never_panics(text in prop_oneof![mutated(ANSWERS), yamlish(), any::<String>()]) {
        match parse_answers(&text, "fuzz.yaml") {
            Ok((file, _)) => {
                // What loads, saves and loads again to the same answers.
                let again = parse_answers(&wen_assess::answers::to_yaml(&file), "again.yaml");
                prop_assert!(again.is_ok(), "{:?}", again.err().map(|e| e.to_string()));
                let (again, _) = again.unwrap();
                prop_assert_eq!(again.answers.len(), file.answers.len());
                for (a, b) in again.answers.iter().zip(&file.answers) {
                    prop_assert_eq!(&a.criterion, &b.criterion);
                    prop_assert_eq!(&a.answer.response, &b.answer.response);
                    prop_assert_eq!(&a.answer.note, &b.answer.note);
                    prop_assert_eq!(&a.answer.evidence, &b.answer.evidence);
                }
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn raw_yaml_parser_never_panics(text in prop_oneof![yamlish(), any::<String>()]) {
        let _ = yaml::parse(&text);
    }

    #[test]
    fn escaped_text_has_no_structure(text in any::<String>()) {
        let out = inline(&text);
        prop_assert!(!out.contains('\n'));
        prop_assert!(!out.contains('<') || out.matches('<').count() == out.matches("<br>").count());
        // Every | [ ] ` * _ is escaped by a backslash.
        let chars: Vec<char> = out.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if matches!(c, '|' | '[' | ']' | '`' | '*' | '_') {
                let backslashes = chars[..i].iter().rev().take_while(|&&b| b == '\\').count();
                prop_assert!(backslashes % 2 == 1, "unescaped {:?} in {:?}", c, out);
            }
        }
    }
}
