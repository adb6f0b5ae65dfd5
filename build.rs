//! Build-time preparation, so that no run pays for it:
//! - the interface catalogues: every `locales/<lang>/*.ftl` file becomes
//!   part of the binary, listed in `$OUT_DIR/catalogues.rs`. Adding a
//!   language is adding a folder; no Rust changes.
//! - the built-in guidelines: `guidelines/*.yaml` are parsed here, with the
//!   program's own YAML reader (`src/yaml/`), into a compact form
//!   (`$OUT_DIR/<id>.guideline`) that `src/model/compiled.rs` turns into the
//!   model at run time without any YAML parsing or copying of texts. The YAML text stays
//!   embedded too, for `validate` and `guidelines --yaml`. A unit test checks
//!   that both routes give the same guideline.
//! - the long `--version` text: guideline versions and languages.

use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code, unused_imports)]
#[path = "src/yaml/mod.rs"]
mod yaml;

// The YAML reader's positions (`yaml::Pos` is `crate::position::Pos`).
#[allow(dead_code)]
#[path = "src/position.rs"]
mod position;

use yaml::{Node, Value};

/// The built-in guidelines, in the order `src/model/mod.rs` lists them.
const GUIDELINES: &[&str] = &["establishing", "strengthening"];

/// Bumped with any change to the layout written by [`Writer`]; the reader
/// in `src/model/compiled.rs` checks it.
const LAYOUT: u8 = 1;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let out_dir = Path::new(&out_dir);
    println!("cargo:rerun-if-changed=src/yaml");
    let languages = catalogues(root, out_dir);
    let mut versions = Vec::new();
    for id in GUIDELINES {
        let file = format!("guidelines/{id}.yaml");
        println!("cargo:rerun-if-changed={file}");
        let text = std::fs::read_to_string(root.join(&file)).expect("a built-in guideline");
        let doc = yaml::parse(&text).unwrap_or_else(|e| {
            panic!(
                "{file}:{}:{}: {} (run `cargo run -- validate {file}`)",
                e.pos.line, e.pos.col, e.message
            )
        });
        let mut w = Writer(String::new());
        w.u8(LAYOUT);
        let criteria = w.guideline(&doc.root);
        std::fs::write(out_dir.join(format!("{id}.guideline")), &w.0).expect("write guideline");
        let version = string(doc.root.get("version"));
        versions.push(format!("{id} {version} ({criteria} criteria)"));
    }
    let long_version = format!(
        "{}\nbuilt-in guidelines: {}\nlanguages: {}",
        env!("CARGO_PKG_VERSION"),
        versions.join(", "),
        languages.join(", ")
    );
    std::fs::write(
        out_dir.join("long_version.rs"),
        format!(
            "/// `wen-assess --version`: the program, the built-in guidelines and the languages.\n\
             pub(crate) const LONG_VERSION: &str = {long_version:?};\n"
        ),
    )
    .expect("write long_version.rs");
}

/// Lists the catalogues in `$OUT_DIR/catalogues.rs`; returns the languages
/// as `code (name)`, English first.
fn catalogues(root: &Path, out_dir: &Path) -> Vec<String> {
    let locales = root.join("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut langs: Vec<_> = std::fs::read_dir(&locales)
        .expect("locales/ exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    let mut out = String::from(
        "/// The interface catalogues: (language code, Fluent sources), from `locales/`.\n\
         pub(crate) static CATALOGUES: &[(&str, &[&str])] = &[\n",
    );
    let mut names = Vec::new();
    for lang in langs {
        let code = lang.file_name().to_string_lossy().to_string();
        println!("cargo:rerun-if-changed=locales/{code}");
        let mut files: Vec<_> = std::fs::read_dir(lang.path())
            .expect("a language folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let _ = write!(out, "    ({code:?}, &[");
        let mut name = None;
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let _ = write!(out, "include_str!({:?}), ", f.display().to_string());
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            name = name.or_else(|| {
                text.lines()
                    .find_map(|l| l.strip_prefix("language-name ="))
                    .map(|n| n.trim().to_string())
            });
        }
        out.push_str("]),\n");
        names.push(match name {
            Some(n) => format!("{code} ({n})"),
            None => code,
        });
    }
    out.push_str("];\n");
    std::fs::write(out_dir.join("catalogues.rs"), out).expect("write catalogues.rs");
    names.sort_by_key(|n| (!n.starts_with("en "), n.clone()));
    names
}

/// The text of a scalar, as the program's reader takes it (`""` when absent or null).
fn string(node: Option<&Node>) -> String {
    node.and_then(Node::text).unwrap_or_default()
}

fn items(node: Option<&Node>) -> &[Node] {
    match node.map(|n| &n.value) {
        Some(Value::Seq(items)) => items,
        _ => &[],
    }
}

/// Writes the model in the order `src/model/compiled.rs` reads it, as text
/// (so the reader borrows every string without checking its UTF-8 again):
/// small numbers as 2 hex digits, counts and string lengths (in bytes) as
/// 8, decimal numbers as the 16 hex digits of their bits, and each string
/// right after its length.
struct Writer(String);

impl Writer {
    fn u8(&mut self, v: u8) {
        let _ = write!(self.0, "{v:02x}");
    }
    fn count(&mut self, n: usize) {
        let _ = write!(self.0, "{:08x}", u32::try_from(n).expect("fits"));
    }
    fn str(&mut self, s: &str) {
        self.count(s.len());
        self.0.push_str(s);
    }
    fn f64(&mut self, v: f64) {
        let _ = write!(self.0, "{:016x}", v.to_bits());
    }
    fn strings(&mut self, node: Option<&Node>) {
        let items = items(node);
        self.count(items.len());
        for i in items {
            self.str(&string(Some(i)));
        }
    }
    /// A text in several languages: the (language, text) pairs in file order.
    fn text(&mut self, node: Option<&Node>) {
        let entries = node.and_then(Node::as_map).unwrap_or_default();
        self.count(entries.len());
        for (k, v) in entries {
            self.str(&string(Some(k)));
            self.str(&string(Some(v)));
        }
    }
    /// `N` texts by level number (`0: {..}`), empty where a level is missing.
    fn numbered(&mut self, node: Option<&Node>, n: usize) {
        let entries = node.and_then(Node::as_map).unwrap_or_default();
        for level in 0..n {
            let found = entries.iter().find(|(k, _)| {
                k.scalar_text().and_then(|t| t.trim().parse::<usize>().ok()) == Some(level)
            });
            self.text(found.map(|(_, v)| v));
        }
    }
    fn weight(&mut self, node: Option<&Node>) {
        self.f64(match node.map(|n| &n.value) {
            Some(Value::Int(i)) => *i as f64,
            Some(Value::Float(f)) => *f,
            _ => 1.0,
        });
    }
    /// Returns the number of criteria.
    fn guideline(&mut self, g: &Node) -> usize {
        for key in ["id", "version"] {
            self.str(&string(g.get(key)));
        }
        self.strings(g.get("languages"));
        self.text(g.get("title"));
        self.text(g.get("description"));
        // `source`: a text per language, or one string for all of them.
        match g.get("source") {
            Some(node) if node.as_map().is_some() => self.text(Some(node)),
            node => match node.and_then(Node::text) {
                None => self.count(0),
                Some(plain) => {
                    self.count(1);
                    self.str("");
                    self.str(&plain);
                }
            },
        }
        let scale = items(g.get("scale"));
        for level in 0..5 {
            let label = scale
                .iter()
                .find(|l| matches!(l.get("level").map(|n| &n.value), Some(Value::Int(i)) if *i == level))
                .and_then(|l| l.get("label"));
            self.text(label);
        }
        self.u8(match g.get("target").map(|n| &n.value) {
            Some(Value::Int(t)) => u8::try_from(*t).expect("a level"),
            _ => 3,
        });
        let areas = items(g.get("areas"));
        self.count(areas.len());
        let mut criteria = 0;
        for a in areas {
            self.str(&string(a.get("id")));
            self.text(a.get("title"));
            self.weight(a.get("weight"));
            let list = items(a.get("criteria"));
            self.count(list.len());
            criteria += list.len();
            for c in list {
                self.str(&string(c.get("id")));
                for key in ["title", "question", "guidance"] {
                    self.text(c.get(key));
                }
                self.weight(c.get("weight"));
                self.numbered(c.get("levels"), 5);
                self.numbered(c.get("next-steps"), 4);
                self.strings(c.get("references"));
                match c.get("derived-from") {
                    Some(d) => match (
                        d.get("guideline").map(|n| &n.value),
                        d.get("category").and_then(Node::text),
                    ) {
                        (Some(Value::Int(part)), Some(category)) => {
                            self.u8(1);
                            self.u8(u8::try_from(*part).expect("a guideline part"));
                            self.str(&category);
                        }
                        _ => self.u8(0),
                    },
                    None => self.u8(0),
                }
                self.strings(c.get("replaces"));
            }
        }
        let references = items(g.get("references"));
        self.count(references.len());
        for r in references {
            self.str(&string(r.get("id")));
            self.text(r.get("title"));
            match r.get("url").and_then(Node::text) {
                Some(url) => {
                    self.u8(1);
                    self.str(&url);
                }
                None => self.u8(0),
            }
        }
        criteria
    }
}
