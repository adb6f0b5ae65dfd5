//! GitHub Actions workflow commands (`::error file=...::message`), so
//! findings show as annotations on a pull request.

use super::findings::Findings;

/// Escapes text for a workflow command; properties escape `:` and `,` too.
fn escape(s: &str, property: bool) -> String {
    let s = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    let s = crate::escape::controls(&s);
    if property {
        s.replace(':', "%3A").replace(',', "%2C")
    } else {
        s
    }
}

/// One annotation per finding.
pub fn findings(f: &Findings) -> String {
    f.diagnostics
        .iter()
        .map(|d| {
            format!(
                "::{} file={},line={},col={},title={}::{}\n",
                d.severity,
                escape(&d.file, true),
                d.line.max(1),
                d.col.max(1),
                d.code,
                escape(&d.message, false)
            )
        })
        .collect()
}
