use super::super::parse_events;
use super::*;
use proptest::prelude::*;

/// When the quick reader takes a text, the full parser reads the same
/// tree from it.
fn agree(text: &str) -> bool {
    let Some(quick) = parse(text) else {
        return false;
    };
    match parse_events(text) {
        Ok(full) => {
            assert_eq!(full.references, None, "{text:?}");
            // Compared as printed, so that `.nan` equals `.nan`.
            let (q, f) = (format!("{quick:?}"), format!("{:?}", full.root));
            if q != f {
                let at = q.bytes().zip(f.bytes()).take_while(|(a, b)| a == b).count();
                let from = at.saturating_sub(300);
                panic!(
                    "readers differ on {text:?}\nquick: ...{}\nfull:  ...{}",
                    &q[from..(at + 200).min(q.len())],
                    &f[from..(at + 200).min(f.len())]
                );
            }
        }
        Err(e) => panic!("quick reader took a text the parser refuses ({e:?}): {text:?}"),
    }
    true
}

fn yaml_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "yaml" || x == "yml") {
            out.push(path);
        }
    }
}

#[test]
fn agrees_with_the_parser_on_every_yaml_file_of_the_repository() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["examples", "guidelines", "tests", "benches", "locales"] {
        yaml_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 20, "{files:?}");
    let mut taken = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        if agree(text) {
            taken.push(f.clone());
        }
    }
    // The answer files the tool writes and the examples are all taken.
    for f in files.iter().filter(|f| {
        f.starts_with(root.join("examples")) && !f.to_string_lossy().contains("hostile")
    }) {
        assert!(
            taken.contains(f),
            "not taken by the quick reader: {}",
            f.display()
        );
    }
}

#[test]
fn agrees_on_the_shapes_people_write() {
    let taken = [
        "a: 1\n",
        "a:\n",
        "a:\nb: 1\nc:",
        "a: 1   \nb:    x y  \n",
        "# top\n\nk: v # c\nq: 'it''s'   # c2\n",
        "k: \"a \\\"b\\\" \\\\ \\n \\t \\u00e9 \\/\"\n",
        "k: \"Réseau\"\nl: Réseau du Sud\nm: ünï x\n",
        "k:\n- a\n- b\nz: 1\n",
        "k:\n  - a\n  - \"b\"\nz: 1\n",
        "s:\n  - a: 1\n    b:\n  - c: 2\n",
        "s:\n- a: 1\n  b: x\n- c: 2\nt: 3\n",
        "a:\n  b:\n    c: ~\n    d: null\n  e: NO\n",
        "v: 0755\nw: 1.10\nx: 1e3\ny: true\nz: .inf\n",
        "url: https://example.org/a#b\nt: 10:30\nc: C# and F#\n",
        "note: see [1] and {x}, y\n",
        "e: []\nf: {}\ng: [] # none\n",
        "a: [1, 2, x-y, \"z, w\", 'v']\nb: {k: 1, l: \"é\", m: x.y}\n",
        "a: {k: \"Réseau\", l: \"Région\"}\n",
        "a: 1\n# comment at column 1\n  # indented comment\nb: 2\n",
        "a:\n  # comment before the block\n  b: 1\n",
        "a: # comment\n  b: 1\n",
        "a: # comment\nb: 1\n",
        "1: one\n2: two\n",
        "a: 'x' #c\nb: \"y\"\n",
        "- a\n- b: 1\n  c: 2\n",
        "k:   \"spaced\"   \n",
        // Quoted keys.
        "\"quoted key\": 1\n'single: key': 2\n\"\": 3\n",
        "- \"k\": v\n  'l':\n",
        // Plain text over several lines, as PyYAML and ruamel.yaml wrap it
        // (ruamel.yaml leaves a space at the end of the line).
        "a: one\n  two\n",
        "a: one \n  two  \n   three\nb: 1\n",
        "a: one\n\n  two\n\n\n  three\n",
        "a:\n  b: one\n    two\n  c: x\n",
        "- one\n  two\n- three\n",
        "a:\n- one\n  two\n",
        "a: 10:30 and\n  C# or [x] {y}, \"z\" 'w' - v\n",
        "a: one\n  - two\n",
        "a: one\n  \"two\"\n",
        // Quoted text over several lines: PyYAML's double quotes with an
        // escaped break, escapes of every kind, blank lines.
        "a: \"one\n  two\"\n",
        "a: 'one\n\n  two''s\n  '\n",
        "a: \"Luc\\xEDa S\\xE3o Tom\\xE9 at\\\n  \\ the \\u201CAnnual\\u201D\\\n  \\ \\U0001F418\"\n",
        "a: \"\\0\\a\\b\\t\\v\\f\\r\\e\\N\\_\\L\\P\\/ \\uD83D\\uDC18\"\n",
        "a: \"x  \\\n\n  y\"\n",
        "a: \"x\\ \n  y\"\n",
        "a: \"x\n  \"\n",
        "a: \"\\x41\"\n",
        "- 'one\n  two'\n- \"three\n\n\n  four\" # c\n",
        // Block scalars, with every header.
        "a: |\n  text\n",
        "a: >\n  text\n",
        "a: |\n  one\n\n  two\n   three\nb: 1\n",
        "a: >\n  one\n  two\n\n  three\n    more\n  four\n",
        "a: |-\n  x\n\n\nb: 1\n",
        "a: |+\n  x\n\n\nb: 1\n",
        "a: >-\n  x\n  y\n",
        "a: >+\n  x\n",
        "a: |2\n    x\n   y\n",
        "a: |2-\n   x\n",
        "a: |-2\n   x\n",
        "a: | # comment\n  x\n# after\nb: 1\n",
        "a: |\n  # not a comment\n  x\n",
        "a: |\n\n  x\n",
        "a: |\n  x\n  \n     \nb: 2\n",
        "a: |\nb: 1\n",
        "s:\n  - |\n    x\n  - >-\n    y\n    z\n",
        "s:\n- |\n  x\n- y\n",
        "m:\n  k: |\n    x\n  l: y\n",
        // Flow collections over several lines, as PyYAML and ruamel.yaml
        // write lists and mappings of scalars.
        "a: [1,\n  2]\n",
        "a: [[1]]\n",
        "a: {b: [1]}\n",
        "e: ['x, y', 'z: w',\n    plain text, \"quoted\n    over lines\"]\n",
        "e: {level: 2, note: one two\n    three, x: 'a\n    b'}\n",
        "e: [one \n    two, three]\n",
        "e: [one\n\n    two]\n",
        "e: [\n  a,\n  b\n  ]\n",
        "e: [a, {b: c}, [d, e]]\n",
        "e: [https://x.org/a?b=c, 10:30, a:b]\n",
        "e: [1, 0x1F, 1.10, ~, true, 'true']\n",
        // A flow collection as the first thing of the file is placed on
        // line 1 (it once came out on line 0).
        "- []\n",
        "- {}\n- [a,\n  b]\n",
    ];
    for t in taken {
        assert!(agree(t), "expected the quick reader to take {t:?}");
    }
    let left = [
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: [1, ]\n",
        "a: [1]x\n",
        "a: 1\na: 2\n",
        "a: 1\r\nb: 2\r\n",
        "a:\t1\n",
        "---\na: 1\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "key with spaces: 1\n",
        "<<: {a: 1}\n",
        "a: b: c\n",
        "a: b:\n",
        "a: \"x\" y\n",
        "a:\n  -\n  - x\n",
        "a:\n  - - x\n",
        "  a: 1\n",
        "a:\n    b: 1\n  c: 2\n",
        "a: -1\n",
        "a: -.5\n",
        "a: x\u{1}y\n",
        "a: \"x\u{2028}y\"\n",
        // Just outside what the quick reader takes.
        "a: one\n  # comment\n  two\n",
        "a: one # comment\n  two\n",
        "a: one\n  two: three\n",
        "a: \"one\ntwo\"\n",
        "a:\n  b: \"one\n  two\"\n",
        "a: \"open\n",
        "a: \"\\q\"\n",
        "a: \"\\uDC18\"\n",
        "a: |\n    x\n  y\n",
        "a: |\n      \n    x\n",
        "a: |0\n  x\n",
        "a: |x\n  x\n",
        "a: |#c\n  x\n",
        "a: |\n  x",
        "a: |\n",
        "a: [1, # c\n  2]\n",
        "a: [1,\n2]\n",
        "a: [a: b]\n",
        "a: {a}\n",
        "a: {a: }\n",
        "a: {a: 1, a: 2}\n",
        "a: {\"a\":1}\n",
        "a: [1, ,2]\n",
        "a: [-1]\n",
        "a: {one\n  two: 1}\n",
        "\"one\n  two\": 1\n",
        "\"k\" : 1\n",
    ];
    for t in left {
        assert!(
            parse(t).is_none(),
            "expected the quick reader to leave {t:?}"
        );
    }
}

#[test]
fn leaves_special_characters_to_the_parser() {
    for c in [
        '\u{0}', '\t', '\r', '\u{7f}', '\u{80}', '\u{85}', '\u{9f}', '\u{2028}', '\u{2029}',
        '\u{feff}', '\u{fffe}', '\u{ffff}',
    ] {
        assert!(!plain_characters(&format!("a: x{c}y\n")), "{c:?}");
    }
    for c in [
        'é', '€', '🐘', '\u{a0}', '\u{a0}', '\u{2027}', '\u{202a}', '\u{fffd}', '’',
    ] {
        assert!(plain_characters(&format!("a: x{c}y\n")), "{c:?}");
    }
}

/// Documents built from the subset's parts, and from parts just outside it.
fn document() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        "[a-z][a-z0-9.-]{0,8}",
        Just("level".to_string()),
        Just("1".to_string()),
        Just("true".to_string()),
        Just("\"q\"".to_string()),
        Just("'q r'".to_string()),
        Just("a b".to_string()),
    ];
    let scalar = prop_oneof![
        "[a-zA-Z0-9 .,:#/@'\"\\-\\[\\]{}é]{0,12}",
        Just("~".to_string()),
        Just("\"x \\\"y\\\" \\u00e9\"".to_string()),
        Just("'it''s'".to_string()),
        Just("[]".to_string()),
        Just("{}".to_string()),
        Just("3 # c".to_string()),
        Just("na".to_string()),
        Just("0x1F".to_string()),
        // Openings and closings of values that run over lines.
        Just("|".to_string()),
        Just(">-".to_string()),
        Just("|2+".to_string()),
        Just("\"open \\".to_string()),
        Just("'open".to_string()),
        Just("close'".to_string()),
        Just("close\"".to_string()),
        Just("[a, 'b".to_string()),
        Just("{k: v,".to_string()),
        Just("c]".to_string()),
        Just("l: w}".to_string()),
        Just("\\xE9 \\uD83D\\uDC18\"".to_string()),
    ];
    let line = (0usize..4, 0usize..7, key, scalar).prop_map(|(depth, kind, k, v)| {
        let pad = "  ".repeat(depth);
        match kind {
            0 => format!("{pad}{k}: {v}"),
            1 => format!("{pad}{k}:"),
            2 => format!("{pad}- {v}"),
            3 => format!("{pad}- {k}: {v}"),
            4 => format!("{pad}# {v}"),
            5 => format!("{pad}{v}"),
            _ => String::new(),
        }
    });
    proptest::collection::vec(line, 1..14).prop_map(|lines| lines.join("\n") + "\n")
}

/// A well-formed block document driven by `choices`: mappings and
/// lists (indented or not) of scalars of every kind the subset reads and
/// some it does not, on one line or several, with comments, blank lines
/// and trailing spaces.
fn structured(choices: &[u8]) -> String {
    struct Gen<'c> {
        choices: &'c [u8],
        at: usize,
        out: String,
    }
    impl Gen<'_> {
        fn pick(&mut self, n: usize) -> usize {
            let c = self.choices.get(self.at).copied().unwrap_or(0);
            self.at += 1;
            c as usize % n
        }
        fn scalar(&mut self) -> &'static str {
            const S: &[&str] = &[
                "3",
                "na",
                "~",
                "null",
                "",
                "\"quoted, with: colon\"",
                "'single'",
                "x y z",
                "Réseau d’Afrique",
                "[]",
                "{}",
                "[a, \"b\"]",
                "{k: v, l: \"w\"}",
                "0755",
                "1.10",
                "true",
                "NO",
                "2026-11-30",
                "https://x.org/a#b",
                "a # comment",
                "\"é\\n\\u00e9\"",
                "C#",
                "10:30",
                ".nan",
                "-1",
                "\"unclosed",
                "a: b",
                "x\ty",
                "*alias",
                "&anchor v",
                "!tag v",
                "|",
            ];
            S[self.pick(S.len())]
        }
        fn key(&mut self) -> String {
            const K: &[&str] = &["level", "note", "a.b-c", "k", "1", "true", "evidence"];
            let key = format!("{}{}", K[self.pick(K.len())], self.pick(50));
            match self.pick(12) {
                0 => format!("\"{key} q\""),
                1 => format!("'{key}'"),
                _ => key,
            }
        }
        /// A value over several lines, as other programs write them, for a
        /// block collection at column `n`: its lines go on past `n`, or now
        /// and then at `n` (which the quick reader leaves to the parser).
        fn multi(&mut self, n: usize) -> String {
            const W: &[&str] = &[
                "one",
                "two words",
                "é ü’",
                "C#",
                "10:30",
                "x,y",
                "'q'",
                "\"d\"",
                "- dash",
                "[b]",
                "{c}",
                "a#b",
                "",
                "  ",
                "k: v",
                "#",
            ];
            let pad = " ".repeat(match self.pick(10) {
                0 => n,
                1 => n + 1,
                2 => n + 4,
                _ => n + 2,
            });
            let mut w = || W[self.pick(W.len())];
            let (a, b, c) = (w(), w(), w());
            match self.pick(11) {
                0 => format!("plain {a} \n{pad}{b}\n\n{pad}{c}"),
                1 => format!("\"{a}\\\n{pad}\\ {b} \\xE9 \\u2019\n{pad}\n{pad}{c}\""),
                2 => format!("'{a}''s\n{pad}{b}  \n\n\n{pad}{c}'"),
                3 => {
                    const H: &[&str] = &[
                        "|", "|-", "|+", ">", ">-", ">+", "|2", ">1-", "|-3", "| # c",
                    ];
                    let h = H[self.pick(H.len())];
                    format!("{h}\n{pad}{a}\n\n{pad}  {b}\n{pad}{c}")
                }
                4 => format!("[{a},\n{pad}'{b}\n{pad}{c}', \"x\"]"),
                5 => format!("{{k: plain\n{pad}{a}, l: [{b}, x], m: '{c}'}}"),
                6 => format!("plain\n{pad}# comment\n{pad}{a}"),
                7 => format!("plain # comment\n{pad}{a}"),
                8 => format!("\"{a}\n{pad}{b}\" # comment"),
                9 => format!("[\n{pad}{a},\n{pad}{b}\n{pad}]"),
                _ => format!("{{\n{pad}k: {a}\n{pad}}}"),
            }
        }
        fn extras(&mut self, pad: &str) {
            match self.pick(8) {
                0 => self.out.push('\n'),
                1 => self.out.push_str(&format!("{pad}# a comment\n")),
                2 => self.out.push_str("# at column 1\n"),
                _ => {}
            }
        }
        fn map(&mut self, indent: usize, depth: usize, first_done: bool) {
            let pad = " ".repeat(indent);
            for i in 0..1 + self.pick(4) {
                self.extras(&pad);
                let key = self.key();
                if !(first_done && i == 0) {
                    self.out.push_str(&pad);
                }
                self.out.push_str(&key);
                self.out.push(':');
                match (self.pick(6), depth < 4) {
                    (0, true) => {
                        self.out.push('\n');
                        let inner = indent + 2 + self.pick(2) * 2;
                        self.map(inner, depth + 1, false);
                    }
                    (1, true) => {
                        self.out.push('\n');
                        let inner = if self.pick(2) == 0 {
                            indent
                        } else {
                            indent + 2
                        };
                        self.seq(inner, depth + 1);
                    }
                    (2, _) => {
                        let v = self.multi(indent);
                        self.out.push(' ');
                        self.out.push_str(&v);
                        self.out.push('\n');
                    }
                    _ => {
                        let v = self.scalar();
                        if !v.is_empty() {
                            self.out.push(' ');
                        }
                        self.out.push_str(v);
                        if self.pick(4) == 0 {
                            self.out.push_str("  ");
                        }
                        self.out.push('\n');
                    }
                }
            }
        }
        fn seq(&mut self, indent: usize, depth: usize) {
            let pad = " ".repeat(indent);
            for _ in 0..1 + self.pick(3) {
                self.extras(&pad);
                self.out.push_str(&pad);
                self.out.push_str("- ");
                if self.pick(3) == 0 && depth < 4 {
                    self.map(indent + 2, depth + 1, true);
                } else if self.pick(4) == 0 {
                    let v = self.multi(indent);
                    self.out.push_str(&v);
                    self.out.push('\n');
                } else {
                    let v = self.scalar();
                    self.out.push_str(v);
                    self.out.push('\n');
                }
            }
        }
    }
    let mut g = Gen {
        choices,
        at: 0,
        out: String::new(),
    };
    g.map(0, 0, false);
    g.out
}

/// Most structured documents are in the subset, so the comparison is
/// not vacuous.
#[test]
fn structured_documents_are_mostly_taken() {
    let mut seed = 7u64;
    let mut taken = 0;
    for _ in 0..500 {
        let choices: Vec<u8> = (0..300)
            .map(|_| {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                (seed >> 33) as u8
            })
            .collect();
        taken += usize::from(agree(&structured(&choices)));
    }
    assert!(taken > 100, "only {taken} of 500 taken");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn agrees_on_generated_documents(text in document()) {
        agree(&text);
    }

    #[test]
    fn agrees_on_structured_documents(choices in proptest::collection::vec(any::<u8>(), 20..300)) {
        agree(&structured(&choices));
    }

    /// Edits of a real answer file: characters inserted, lines dropped
    /// or re-indented.
    #[test]
    fn agrees_on_edited_answer_files(
        edits in proptest::collection::vec((0usize..6000, 0usize..12), 1..4)
    ) {
        let mut text = std::fs::read_to_string(
            concat!(env!("CARGO_MANIFEST_DIR"), "/examples/strengthening-example.yaml"),
        ).unwrap();
        for (at, what) in edits {
            let mut at = at % text.len().max(1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let insert = [" ", "\n", ":", "#", "- ", "\"", "'", "  ", "~", "[", "x: ", "\t"];
            text.insert_str(at, insert[what]);
        }
        agree(&text);
    }

    /// Edits of the files other programs write (`tests/fixtures/yaml-writers`):
    /// characters that open, close or continue quoted, block and flow
    /// values inserted, characters deleted, lines repeated.
    #[test]
    fn agrees_on_edited_writer_files(
        file in 0usize..7,
        edits in proptest::collection::vec((any::<usize>(), 0usize..26), 1..5)
    ) {
        let mut text = writer_files()[file].1.clone();
        for (at, what) in edits {
            let mut at = at % text.len().max(1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let insert = [
                " ", "\n", ":", "#", "- ", "\"", "'", "  ", "\\", "\\\n", "|", ">-", "[", "]",
                "{", "}", ",", "\n\n", "x: ", "é", " #", ": ", "\n  ",
            ];
            match what {
                23 => {
                    // Delete a character.
                    let len = text[at..].chars().next().map_or(0, char::len_utf8);
                    text.replace_range(at..at + len, "");
                }
                24 => {
                    // Repeat the line.
                    let start = text[..at].rfind('\n').map_or(0, |s| s + 1);
                    let end = text[at..].find('\n').map_or(text.len(), |e| at + e + 1);
                    let line = text[start..end].to_string();
                    text.insert_str(start, &line);
                }
                25 => {
                    // Indent the line by one space more.
                    let start = text[..at].rfind('\n').map_or(0, |s| s + 1);
                    text.insert(start, ' ');
                }
                _ => text.insert_str(at, insert[what]),
            }
        }
        agree(&text);
    }
}

/// The files of `tests/fixtures/yaml-writers`, by name, with their text.
fn writer_files() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/yaml-writers");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Every file PyYAML, ruamel.yaml and yq wrote is taken by the quick
/// reader (and read as the full parser reads it), so that scoring them
/// does not fall back to the slower parser.
#[test]
fn takes_the_files_other_programs_write() {
    let files = writer_files();
    assert_eq!(
        files.len(),
        7,
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for (name, text) in &files {
        assert!(agree(text), "not taken by the quick reader: {name}");
    }
    // What makes them differ from the tool's own files is in them.
    let all: String = files.iter().map(|f| f.1.as_str()).collect();
    for form in [
        ": |", ": |-", ": >", ": [", ": {", "\\\n", "\\xE9", "\n    - ",
    ] {
        assert!(all.contains(form), "no {form:?} in the writers' files");
    }
}

/// Values of many lines, and lines of many values, are read in one pass:
/// these would take hours if each item or line were placed or looked at
/// from the start of the value.
#[test]
fn reads_long_values_in_one_pass() {
    let many = 50_000;
    let items = |item: &str| vec![item; many].join(", ");
    for text in [
        format!("a: [{}]\n", items("x")),
        format!("a: [{}]\n", items("[é]")),
        format!(
            "a: {{{}}}\n",
            (0..many)
                .map(|i| format!("k{i}: v"))
                .collect::<Vec<_>>()
                .join(",\n  ")
        ),
        format!("a: [{}]\n", items("'x\n  y'")),
        format!("a: {}\n", vec!["word"; many].join("\n  ")),
        format!("a: \"{}\"\n", vec!["word"; many].join("\n  ")),
        format!("a: |\n  {}\n", vec!["line"; many].join("\n  ")),
    ] {
        assert!(agree(&text), "not taken: {}...", &text[..40]);
    }
    // A quote opened on each line of a long list and never closed.
    let open = "- \"a\n".repeat(many);
    assert!(parse(&open).is_none());
}
