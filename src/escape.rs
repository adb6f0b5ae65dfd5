//! Making typed text harmless where it is shown: on a terminal and in CSV
//! cells. (Markdown has its own escaping in `report/markdown.rs`, which
//! calls [`controls`] too.)
//!
//! A network name, a country or a file name may hold control characters,
//! typed by mistake or on purpose. Printed raw, ESC sequences retitle the
//! window or clear the screen, CR and LF forge output lines, and U+202E
//! turns text around. Shown escaped, they are visible and inert.

/// True for characters that act on a terminal or on the direction of text:
/// C0 and C1 controls, DEL, and the Unicode bidirectional controls.
pub(crate) fn is_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}')
}

/// `c` written as an inert escape: `\e`, `\r`, `\n`, `\t`, or `\u{202e}`.
fn escaped(c: char, out: &mut String) {
    match c {
        '\u{1b}' => out.push_str("\\e"),
        '\r' => out.push_str("\\r"),
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
    }
}

/// Every control character of `s` escaped, line breaks included: for one
/// field (a name, a country, a table cell).
pub(crate) fn controls(s: &str) -> String {
    if !s.chars().any(is_control) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_control(c) {
            escaped(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// Like [`controls`], but keeps `\n`: for a whole message of several lines.
pub(crate) fn controls_but_newlines(s: &str) -> String {
    s.split('\n').map(controls).collect::<Vec<_>>().join("\n")
}

/// One CSV cell: quoted when it holds a comma, quote or line break, and
/// neutralised when a spreadsheet would read it as a formula (it starts with
/// `=`, `+`, `-`, `@`, a tab or a CR): a leading `'` makes it text, as the
/// OWASP guidance on CSV injection advises. Numbers the tool writes itself
/// do not go through here.
pub(crate) fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible() {
        assert_eq!(controls("a\u{1b}]0;x\u{7}b"), "a\\e]0;x\\u{7}b");
        assert_eq!(controls("two\r\nlines"), "two\\r\\nlines");
        assert_eq!(controls("abc\u{202e}def"), "abc\\u{202e}def");
        assert_eq!(controls("Réseau"), "Réseau");
        assert_eq!(controls_but_newlines("a\nb\u{1b}"), "a\nb\\e");
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-x"), "'-x");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("Norway"), "Norway");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
    }
}
