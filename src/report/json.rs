//! JSON outputs. Each document names its shape in a `schema` field
//! (`wen-assess/score/1`, `.../aggregate/1`, `.../compare/1`,
//! `.../validate/1`), documented in `docs/commands/`; figures keep a decimal
//! point and dates stay ISO, whatever the language.

use super::findings::{Checked, Findings};
use super::network::NetworkReport;
use super::progress::Progress;
use super::scores::Scores;

/// What a stream of score records starts with (schema `wen-assess/score/1`).
pub const SCORES_START: &str = "{\"schema\":\"wen-assess/score/1\",\"files\":[";

fn pretty(value: &impl serde::Serialize) -> String {
    // Serialising plain data with string keys cannot fail.
    format!(
        "{}\n",
        serde_json::to_string_pretty(value).unwrap_or_default()
    )
}

/// One file's score record, compact, to stand in the `files` array.
pub fn scores(s: &Scores) -> String {
    serde_json::to_string(&s.record).unwrap_or_default()
}

/// The network view (`wen-assess/aggregate/1`).
pub fn network(n: &NetworkReport) -> String {
    pretty(&n.data)
}

/// Progress between two files (`wen-assess/compare/1`).
pub fn progress(p: &Progress) -> String {
    pretty(&p.data)
}

/// Validation findings (`wen-assess/validate/1`).
pub fn findings(f: &Findings) -> String {
    let files: Vec<serde_json::Value> = f
        .files
        .iter()
        .map(|(checked, s)| match checked {
            Checked::File(file) => serde_json::json!({
                "file": file,
                "valid": s.is_some(),
                "criteria": s.map(|s| s.0),
            }),
            // No `file`: an installed program has none for it.
            Checked::Builtin { id, version } => serde_json::json!({
                "builtin": id,
                "version": version,
                "valid": s.is_some(),
                "criteria": s.map(|s| s.0),
            }),
        })
        .collect();
    pretty(&serde_json::json!({
        "schema": "wen-assess/validate/1",
        "files": files,
        "errors": f.errors,
        "warnings": f.warnings,
        "diagnostics": f.diagnostics,
    }))
}
