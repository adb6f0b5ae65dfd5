//! The scalars of the quick reader that may run over several lines: quoted
//! scalars with their escapes and line folding, block scalars (`|` and `>`),
//! and the folding of plain scalars. Each follows the full parser's scanner
//! step by step (granit's `scan_flow_scalar`, `scan_block_scalar` and
//! `scan_plain_scalar`), so that values, positions and byte ranges come out
//! the same, and gives up (`None`) where that scanner would report an error
//! or where a reading would depend on an option.
//!
//! `n` is always the column of the block collection the scalar stands in:
//! every line where a scalar's text goes on must be indented past it. The
//! full parser accepts some of those lines less indented, or refuses them
//! only in its strict mode; the programs that write YAML never do that, so
//! such text is left to it.

/// The value of a quoted scalar whose opening quote is at `open`, and the
/// offset of its closing quote, possibly lines further. Breaks in the text
/// fold as in YAML: spaces before a break are dropped, a single break is a
/// space, each further one a line feed, and an escaped break (`\` at the
/// end of a line) joins the lines.
pub(super) fn quoted(text: &str, open: usize, n: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let quote = bytes[open];
    let single = quote == b'\'';
    let mut value = String::new();
    let mut k = open + 1;
    loop {
        // Text up to the next quote, break or (in double quotes) backslash
        // stands as written.
        let stop = k + bytes[k..]
            .iter()
            .position(|&b| b == quote || b == b'\n' || (b == b'\\' && !single))?;
        match bytes[stop] {
            b'\n' => {
                value.push_str(text[k..stop].trim_end_matches(' '));
                k = fold(bytes, stop + 1, n, &mut value, true)?;
            }
            b'\\' => {
                value.push_str(&text[k..stop]);
                if bytes.get(stop + 1) == Some(&b'\n') {
                    k = fold(bytes, stop + 2, n, &mut value, false)?;
                } else {
                    let (c, len) = escape(bytes, stop)?;
                    value.push(c);
                    k = stop + len;
                }
            }
            _ => {
                value.push_str(&text[k..stop]);
                if single && bytes.get(stop + 1) == Some(&b'\'') {
                    value.push('\'');
                    k = stop + 2;
                } else {
                    return Some((value, stop));
                }
            }
        }
    }
}

/// After a break in a quoted scalar (`k` is the start of the next line):
/// skips the indentation and blank lines, adds what they fold to (a space
/// for a lone break that is not `escaped`, a line feed for each blank
/// line), and returns where the text goes on, which must be past column
/// `n`.
fn fold(bytes: &[u8], mut k: usize, n: usize, value: &mut String, folds: bool) -> Option<usize> {
    let mut line_start = k;
    let mut blank_lines = 0;
    loop {
        match bytes.get(k) {
            Some(b' ') => k += 1,
            Some(b'\n') => {
                k += 1;
                line_start = k;
                blank_lines += 1;
            }
            _ => break,
        }
    }
    if k - line_start <= n {
        return None;
    }
    if blank_lines > 0 {
        value.extend(std::iter::repeat_n('\n', blank_lines));
    } else if folds {
        value.push(' ');
    }
    Some(k)
}

/// The character of the escape at `k` (a backslash) in a double-quoted
/// scalar, and the bytes it takes; `None` for one the parser refuses.
fn escape(bytes: &[u8], k: usize) -> Option<(char, usize)> {
    let simple = match *bytes.get(k + 1)? {
        b'0' => '\0',
        b'a' => '\u{7}',
        b'b' => '\u{8}',
        b't' => '\t',
        b'n' => '\n',
        b'v' => '\u{b}',
        b'f' => '\u{c}',
        b'r' => '\r',
        b'e' => '\u{1b}',
        b' ' => ' ',
        b'"' => '"',
        b'/' => '/',
        b'\\' => '\\',
        b'N' => '\u{85}',
        b'_' => '\u{a0}',
        b'L' => '\u{2028}',
        b'P' => '\u{2029}',
        b'x' => return hex_escape(bytes, k, 2),
        b'u' => return hex_escape(bytes, k, 4),
        b'U' => return hex_escape(bytes, k, 8),
        _ => return None,
    };
    Some((simple, 2))
}

/// `\xXX`, `\uXXXX` (a UTF-16 surrogate pair as two of them) or
/// `\UXXXXXXXX` at `k`.
fn hex_escape(bytes: &[u8], k: usize, digits: usize) -> Option<(char, usize)> {
    let hex = |from: usize| -> Option<u32> {
        let mut code = 0u32;
        for &b in bytes.get(from..from + digits)? {
            code = code * 16 + char::from(b).to_digit(16)?;
        }
        Some(code)
    };
    let code = hex(k + 2)?;
    let mut len = 2 + digits;
    let code = if digits == 4 && (0xd800..0xdc00).contains(&code) {
        if bytes.get(k + len..k + len + 2) != Some(b"\\u") {
            return None;
        }
        let low = hex(k + len + 2)?;
        if !(0xdc00..0xe000).contains(&low) {
            return None;
        }
        len += 6;
        0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
    } else {
        code
    };
    Some((char::from_u32(code)?, len))
}

/// A block scalar (`|` or `>`, with its header) and where it lies.
pub(super) struct BlockScalar {
    pub(super) value: String,
    /// Where the parser puts the scalar: at its first line of text (or,
    /// with no text, where the next line starts), as a byte offset, a line
    /// number and a 0-based column (the text before it is spaces).
    pub(super) start: usize,
    pub(super) line: u32,
    pub(super) col: usize,
    /// Where the parser stops reading it: the indentation of the next line
    /// with text, or the end of the file.
    pub(super) end: usize,
    /// The start of the line the parser stopped on: lines before it belong
    /// to the scalar.
    pub(super) next_line: usize,
}

/// Reads the block scalar whose indicator (`|` or `>`) is at `at`, on the
/// line numbered `line_no` that ends at `line_end`, within a block
/// collection at column `n`.
pub(super) fn block(
    text: &str,
    at: usize,
    line_no: u32,
    line_end: usize,
    n: usize,
) -> Option<BlockScalar> {
    #[derive(PartialEq)]
    enum Chomping {
        Strip,
        Clip,
        Keep,
    }
    let bytes = text.as_bytes();
    let literal = bytes[at] == b'|';
    let mut k = at + 1;
    let mut chomping = Chomping::Clip;
    let mut increment = 0;
    // The header: a chomping indicator and an indentation digit, in either
    // order, each at most once.
    for _ in 0..2 {
        match bytes.get(k) {
            Some(b'-') if chomping == Chomping::Clip => chomping = Chomping::Strip,
            Some(b'+') if chomping == Chomping::Clip => chomping = Chomping::Keep,
            // `|0` is an error.
            Some(b'1'..=b'9') if increment == 0 => increment = usize::from(bytes[k] - b'0'),
            _ => break,
        }
        k += 1;
    }
    // Nothing but a comment may follow the header, and a line must.
    if !super::rest_is_comment(bytes, k, line_end) || line_end == text.len() {
        return None;
    }
    let mut at = Cursor {
        k: line_end + 1,
        line_start: line_end + 1,
        line: line_no + 1,
    };
    let mut breaks = 0usize;
    let indent = if increment > 0 {
        // Counted from the column of the collection, as the parser does.
        let indent = n + increment;
        at.skip_indent(bytes, indent, &mut breaks);
        indent
    } else {
        // The first line with text sets the indentation; blank lines before
        // it count with all their spaces.
        let mut widest = 0;
        loop {
            while bytes.get(at.k) == Some(&b' ') {
                at.k += 1;
            }
            widest = widest.max(at.col());
            if bytes.get(at.k) != Some(&b'\n') {
                break;
            }
            at.next_line();
            breaks += 1;
        }
        widest.max(n + 1)
    };
    if at.k >= bytes.len() {
        // No text before the end of the file: left to the parser, whose
        // reading of it depends on the lines' spaces.
        return None;
    }
    if at.col() < indent && at.col() > n {
        return None;
    }
    let start = at;
    let mut value = String::new();
    let mut leading_break = false;
    let mut leading_blank = false;
    while at.col() == indent && at.k < bytes.len() {
        // At the first character of a line of text. Folding joins two lines
        // with a space, or keeps the blank lines between them, unless one
        // of them is indented further than the text.
        let trailing_blank = bytes[at.k] == b' ';
        if !literal && leading_break && !leading_blank && !trailing_blank {
            value.extend(std::iter::repeat_n('\n', breaks));
            if breaks == 0 {
                value.push(' ');
            }
        } else {
            if leading_break {
                value.push('\n');
            }
            value.extend(std::iter::repeat_n('\n', breaks));
        }
        breaks = 0;
        leading_blank = trailing_blank;
        // A last line without a line feed is left to the parser, which
        // reads it one way or another by an option.
        let end = at.k + bytes[at.k..].iter().position(|&b| b == b'\n')?;
        value.push_str(&text[at.k..end]);
        at.k = end;
        at.next_line();
        leading_break = true;
        at.skip_indent(bytes, indent, &mut breaks);
    }
    if chomping != Chomping::Strip && leading_break {
        value.push('\n');
    }
    if chomping == Chomping::Keep {
        value.extend(std::iter::repeat_n('\n', breaks));
    }
    Some(BlockScalar {
        value,
        start: start.k,
        line: start.line,
        col: start.col(),
        end: at.k,
        next_line: at.line_start,
    })
}

/// Where a block scalar is being read: an offset, the start of its line
/// and the line's number.
#[derive(Clone, Copy)]
struct Cursor {
    k: usize,
    line_start: usize,
    line: u32,
}

impl Cursor {
    /// The column, 0-based; the text before it on the line is spaces.
    fn col(&self) -> usize {
        self.k - self.line_start
    }

    /// Steps over the line feed at `k`.
    fn next_line(&mut self) {
        self.k += 1;
        self.line_start = self.k;
        self.line += 1;
    }

    /// Skips the indentation of the scalar's lines, up to `indent` spaces,
    /// and blank lines, counting them in `breaks`.
    fn skip_indent(&mut self, bytes: &[u8], indent: usize, breaks: &mut usize) {
        loop {
            while self.col() < indent && bytes.get(self.k) == Some(&b' ') {
                self.k += 1;
            }
            if bytes.get(self.k) != Some(&b'\n') {
                break;
            }
            self.next_line();
            *breaks += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_quoted_text_as_yaml_does() {
        let value = |t: &str| quoted(t, 0, 0).map(|(v, _)| v);
        assert_eq!(value("\"a  \n  b\""), Some("a b".into()));
        assert_eq!(value("\"a\n\n  b\""), Some("a\nb".into()));
        assert_eq!(value("\"a\\\n   \\ b\""), Some("a b".into()));
        assert_eq!(value("'it''s\n  x'"), Some("it's x".into()));
        assert_eq!(
            value("\"\\xE9\\u00e9\\U0001F418\\uD83D\\uDC18\""),
            Some("éé🐘🐘".into())
        );
        assert_eq!(value("\"a\nb\""), None, "text back at column 0");
        assert_eq!(value("\"\\uDC18\""), None, "a lone low surrogate");
        assert_eq!(value("\"\\q\""), None);
        assert_eq!(value("\"open"), None);
    }
}
