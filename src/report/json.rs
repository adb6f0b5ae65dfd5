//! JSON outputs. Each document names its shape in a `schema` field
//! (`wen-assess/score/1`, `.../aggregate/1`, `.../compare/1`,
//! `.../validate/1`), documented in `docs/commands/`; figures keep a decimal
//! point and dates stay ISO, whatever the language.

use super::findings::{Checked, Findings};
use super::network::NetworkReport;
use super::progress::Progress;
use super::scores::Scores;

/// What a stream of score records starts with (schema `wen-assess/score/1`).
pub(crate) const SCORES_START: &str = "{\"schema\":\"wen-assess/score/1\",\"files\":[";

fn pretty(value: &impl serde::Serialize) -> String {
    // Serialising plain data with string keys cannot fail.
    format!(
        "{}\n",
        serde_json::to_string_pretty(value).unwrap_or_default()
    )
}

/// One file's score record, compact, to stand in the `files` array.
pub(crate) fn scores(s: &Scores) -> String {
    serde_json::to_string(&s.record).unwrap_or_default()
}

/// The network view (`wen-assess/aggregate/1`).
pub(crate) fn network(n: &NetworkReport) -> String {
    pretty(&n.data)
}

/// Progress between two files (`wen-assess/compare/1`).
pub(crate) fn progress(p: &Progress) -> String {
    pretty(&p.data)
}

/// How JSON names a file or a built-in guideline: `file`, or `builtin` and
/// `version` (an installed program has no file for a built-in one).
fn checked(c: &Checked) -> serde_json::Map<String, serde_json::Value> {
    let mut m = serde_json::Map::new();
    match c {
        Checked::File(file) => {
            m.insert("file".into(), file.as_str().into());
        }
        Checked::Builtin { id, version } => {
            m.insert("builtin".into(), id.as_str().into());
            m.insert("version".into(), version.as_str().into());
        }
    }
    m
}

/// Validation findings (`wen-assess/validate/1`): the lines of findings as
/// the human form shows them, a grouped one with its `count`; each file
/// with what changed since `--against`.
pub(crate) fn findings(f: &Findings) -> String {
    let files: Vec<serde_json::Value> = f
        .files
        .iter()
        .map(|file| {
            let mut m = checked(&file.checked);
            m.insert("valid".into(), file.summary.is_some().into());
            m.insert("criteria".into(), file.summary.map(|s| s.0).into());
            if let Some((old, changes)) = &file.against {
                let mut a = checked(old);
                a.insert("version".into(), changes.old_version.as_str().into());
                a.insert("added".into(), changes.added.clone().into());
                a.insert(
                    "renamed".into(),
                    changes
                        .renamed
                        .iter()
                        .map(|(from, to)| serde_json::json!({"from": from, "to": to}))
                        .collect::<Vec<_>>()
                        .into(),
                );
                a.insert("removed".into(), changes.removed.clone().into());
                a.insert("changed".into(), changes.changed.clone().into());
                m.insert("against".into(), a.into());
            }
            m.into()
        })
        .collect();
    let diagnostics: Vec<serde_json::Value> = f
        .shown
        .iter()
        .map(|s| {
            let mut d = serde_json::to_value(&s.diagnostic).unwrap_or_default();
            if s.count > 1
                && let Some(m) = d.as_object_mut()
            {
                m.insert("count".into(), s.count.into());
            }
            d
        })
        .collect();
    pretty(&serde_json::json!({
        "schema": "wen-assess/validate/1",
        "files": files,
        "errors": f.errors,
        "warnings": f.warnings,
        "silenced": f.silenced,
        "diagnostics": diagnostics,
    }))
}
