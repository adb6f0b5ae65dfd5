//! Build-time preparation: the interface catalogues. Every
//! `locales/<lang>/*.ftl` file becomes part of the binary, listed in
//! `$OUT_DIR/catalogues.rs`; adding a language is adding a folder, with no
//! Rust changes. (The built-in guidelines' prepared form is committed and
//! checked by a test instead: see `src/model/compiled.rs`.)

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    catalogues(root, Path::new(&out_dir));
}

/// Lists the catalogues in `$OUT_DIR/catalogues.rs`.
fn catalogues(root: &Path, out_dir: &Path) {
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
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let _ = write!(out, "include_str!({:?}), ", f.display().to_string());
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    std::fs::write(out_dir.join("catalogues.rs"), out).expect("write catalogues.rs");
}
