//! Hostile and broken answer files: each gives a clear error naming the file
//! (and the position where there is one), exit 2, no panic, no hang.

use std::io::Write;

use super::{MINIMAL, wen};

fn score(path: &std::path::Path) -> super::Run {
    wen(&["--guidelines", MINIMAL, "score", path.to_str().unwrap()])
}

fn first_line(r: &super::Run) -> &str {
    r.stderr.lines().next().unwrap_or("")
}

#[test]
fn every_kind_of_bad_answer_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let write = |name: &str, bytes: &[u8]| {
        let p = d.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let mut bomb =
        String::from("format: 1\nguideline: minimal\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 0..10 {
        let p = if i == 0 {
            "a".to_string()
        } else {
            format!("b{}", i - 1)
        };
        bomb.push_str(&format!(
            "b{i}: &b{i} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        ));
    }
    let deep = format!(
        "format: 1\nguideline: minimal\nanswers: {}",
        "[".repeat(100_000)
    );
    let mut deep_block = String::from("format: 1\nguideline: minimal\nanswers:\n");
    for i in 1..200 {
        deep_block.push_str(&format!("{}k{i}:\n", " ".repeat(i * 2)));
    }
    let cases: Vec<(std::path::PathBuf, String)> = vec![
        (write("bomb.yaml", bomb.as_bytes()), "bomb.yaml:7:45: error[yaml-syntax]: aliases (`*name`) expand the file to more than 100000 values".into()),
        (write("deep.yaml", deep.as_bytes()), ":3:42: error[yaml-syntax]: nesting deeper than 32 levels".into()),
        (write("deep-block.yaml", deep_block.as_bytes()), "error[yaml-syntax]: nesting deeper than 32 levels".into()),
        (write("binary.yaml", &[0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0]), "binary.yaml:1:8: not UTF-8 text (is it a binary file?)".into()),
        (write("latin1.yaml", b"format: 1\nguideline: minimal\nnetwork: {name: Minist\xe8re}\n"), "latin1.yaml:3:23: not UTF-8 text".into()),
        (write("empty.yaml", b""), "empty.yaml:1:1: error[yaml-syntax]: the file is empty".into()),
        (write("dup.yaml", b"format: 1\nguideline: minimal\nanswers:\n  governance.mandate: {level: 1}\n  governance.mandate: {level: 2}\n"), "dup.yaml:5:3: error[duplicate-key]: duplicate key `governance.mandate`".into()),
        (write("five.yaml", b"format: 1\nguideline: minimal\nanswers:\n  governance.mandate: {level: 5}\n"), "five.yaml:4:31: error[invalid-level]: level of `governance.mandate` must be 0, 1, 2, 3, 4 or na, found `5`".into()),
        (write("minus.yaml", b"format: 1\nguideline: minimal\nanswers:\n  governance.mandate: {level: -1}\n"), "found `-1`".into()),
        (write("two.yaml", b"format: 1\nguideline: minimal\nanswers:\n  governance.mandate: {level: \"two\"}\n"), "found `two`".into()),
        (write("list.yaml", b"- just\n- a list\n"), "list.yaml:1:1: error[wrong-type]: the answer file must be a mapping, found a list".into()),
        (write("format.yaml", b"format: 7\nguideline: minimal\nanswers: {}\n"), "format.yaml:1:9: error[unsupported-format]: answer file format 7 is not supported; expected 1".into()),
        (write("noguideline.yaml", b"format: 1\nanswers: {}\n"), "noguideline.yaml:1:1: error[missing-field]: the answer file has no `guideline`".into()),
        (d.join("missing.yaml"), "missing.yaml: cannot read: no such file".into()),
    ];
    for (path, expected) in cases {
        let r = score(&path);
        assert_eq!(r.code, 2, "{}: {}", path.display(), r.stderr);
        assert!(
            first_line(&r).contains(&expected),
            "{}: expected {expected:?} in {:?}",
            path.display(),
            r.stderr
        );
        assert!(first_line(&r).contains(path.file_name().unwrap().to_str().unwrap()));
        assert!(!r.stderr.contains("panicked"));
        assert_eq!(r.stdout, "");
    }
}

#[test]
fn a_200_mb_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let f = std::fs::File::create(&path).unwrap();
    // Sparse: takes no disk space, but reports 200 MB.
    f.set_len(200 * 1024 * 1024).unwrap();
    let r = score(&path);
    assert_eq!(r.code, 2);
    assert_eq!(
        first_line(&r),
        format!(
            "error: {}: file is 209715200 bytes, more than the limit of 8388608 bytes",
            path.display()
        )
    );
    let r = wen(&["validate", path.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("more than the limit of 8388608 bytes"));
}

#[test]
fn a_file_just_under_the_limit_is_parsed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long-note.yaml");
    let mut f = std::fs::File::create(&path).unwrap();
    let note = "word ".repeat(1_500_000);
    write!(f, "format: 1\nguideline: minimal\nanswers:\n  governance.mandate:\n    level: 2\n    note: \"{note}\"\n").unwrap();
    drop(f);
    let r = score(&path);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("│ Governance ┆      2.0"), "{}", r.stdout);
}
