//! A quick reader for the everyday shape of YAML that answer files have:
//! block mappings and lists, one-line plain, single- and double-quoted
//! scalars, comments, `[]` and `{}`. It builds exactly the tree the full
//! parser builds (positions and byte ranges included) and gives up, returning
//! `None`, on anything else: anchors, tags, flow collections, block and
//! multi-line scalars, tabs, carriage returns, unusual characters, duplicate
//! keys, deep nesting. The full parser then reads the file and explains any
//! error. Tests compare both readers on every YAML file of the repository and
//! on generated and mutated files.
//!
//! Why: `score` over thousands of files spends most of its time parsing, and
//! a general YAML scanner costs several times what this subset needs.

use std::ops::Range;

use super::{KeyIndex, MAX_NODES, Node, Pos, Style, Value, find_key, raw_of, resolve_plain};

/// Deepest nesting read here; deeper files go to the full parser.
const MAX_DEPTH: usize = 16;

/// Reads `text` (no byte-order mark, not blank) if it is in the subset.
pub(super) fn parse(text: &str) -> Option<Node> {
    if !plain_characters(text) {
        return None;
    }
    let mut lines = Vec::with_capacity(text.len() / 24);
    let mut start = 0;
    let mut no = 0u32;
    while start < text.len() {
        no += 1;
        let end = text[start..].find('\n').map_or(text.len(), |e| start + e);
        let bytes = &text.as_bytes()[start..end];
        let indent = bytes.iter().take_while(|b| **b == b' ').count();
        if indent < bytes.len() && bytes[indent] != b'#' {
            if indent == 0
                && (bytes.starts_with(b"---") || bytes.starts_with(b"...") || bytes[0] == b'%')
            {
                return None;
            }
            lines.push(Line {
                no,
                start,
                at: start + indent,
                end,
            });
        }
        start = end + 1;
    }
    let first = *lines.first()?;
    if first.at != first.start {
        return None;
    }
    let mut reader = Reader {
        text,
        lines,
        i: 0,
        nodes: 0,
    };
    let root = reader.block(0, 0)?;
    (reader.i == reader.lines.len()).then_some(root)
}

/// False when the text holds a character the full parser treats specially
/// or refuses: control characters (line feeds aside), tabs, carriage
/// returns, byte-order marks, non-characters, Unicode line separators.
fn plain_characters(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Printable ASCII and line feeds only: the usual case, checked in one
    // pass the compiler can vectorise.
    if bytes
        .iter()
        .all(|&b| (0x20..0x7f).contains(&b) || b == b'\n')
    {
        return true;
    }
    let next = |k: usize| bytes.get(k).copied().unwrap_or(0);
    for (k, &b) in bytes.iter().enumerate() {
        let refused = match b {
            b'\n' => false,
            0..0x20 | 0x7f => true,
            // U+0080-U+009F
            0xc2 => (0x80..=0x9f).contains(&next(k + 1)),
            // U+2028, U+2029
            0xe2 => next(k + 1) == 0x80 && matches!(next(k + 2), 0xa8 | 0xa9),
            // U+FEFF, U+FFFE, U+FFFF
            0xef => matches!(
                (next(k + 1), next(k + 2)),
                (0xbb, 0xbf) | (0xbf, 0xbe | 0xbf)
            ),
            _ => false,
        };
        if refused {
            return false;
        }
    }
    true
}

/// A line with content (not blank, not only a comment).
#[derive(Debug, Clone, Copy)]
struct Line {
    /// 1-based line number.
    no: u32,
    /// Byte offset of the line.
    start: usize,
    /// Byte offset where the content not yet read starts (after the
    /// indentation, or after `- ` once a list item has been opened).
    at: usize,
    /// Byte offset of the end of the line (its `\n`, or the end of the text).
    end: usize,
}

impl Line {
    /// Column of `at`, 0-based; everything before it on the line is ASCII
    /// (spaces, `- `, id-like keys), so bytes count as characters.
    fn indent(&self) -> usize {
        self.at - self.start
    }
    /// The position of a byte of the line; columns count characters.
    fn pos(&self, text: &str, byte: usize) -> Pos {
        let before = &text[self.start..byte];
        let col = if before.is_ascii() {
            before.len()
        } else {
            before.chars().count()
        };
        Pos::new(self.no, col as u32 + 1)
    }
}

struct Reader<'t> {
    text: &'t str,
    lines: Vec<Line>,
    /// The line being read.
    i: usize,
    nodes: usize,
}

impl Reader<'_> {
    fn line(&self) -> Option<Line> {
        self.lines.get(self.i).copied()
    }

    fn count(&mut self) -> Option<()> {
        self.nodes += 1;
        (self.nodes <= MAX_NODES).then_some(())
    }

    /// `- item` or a lone `-` at the reading point of a line.
    fn is_item(&self, line: &Line) -> bool {
        let b = &self.text.as_bytes()[line.at..line.end];
        b.first() == Some(&b'-') && (b.len() == 1 || b[1] == b' ')
    }

    /// The length of an id-like key followed by `:` and a space or the end
    /// of the line, at `at`; `None` when the text there is not such a key.
    fn key_len(&self, at: usize, end: usize) -> Option<usize> {
        let b = &self.text.as_bytes()[at..end];
        if !b.first()?.is_ascii_alphanumeric() && b[0] != b'_' {
            return None;
        }
        let n = b
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
            .count();
        (b.get(n) == Some(&b':') && (n + 1 == b.len() || b[n + 1] == b' ')).then_some(n)
    }

    /// A block collection whose first line starts at column `indent`.
    fn block(&mut self, indent: usize, depth: usize) -> Option<Node> {
        if depth >= MAX_DEPTH {
            return None;
        }
        let line = self.line()?;
        if self.is_item(&line) {
            self.seq(indent, false, depth)
        } else {
            self.map(indent, depth)
        }
    }

    fn map(&mut self, indent: usize, depth: usize) -> Option<Node> {
        self.count()?;
        let mut entries: Vec<(Node, Node)> = Vec::new();
        let mut index: Option<KeyIndex> = None;
        while let Some(line) = self.line() {
            if line.indent() < indent {
                break;
            }
            if line.indent() > indent || self.is_item(&line) {
                return None;
            }
            let n = self.key_len(line.at, line.end)?;
            let key = self.plain(&line, line.at, line.at + n)?;
            let colon = line.at + n;
            let v = skip_spaces(self.text, colon + 1, line.end);
            let value = if v == line.end || self.text.as_bytes()[v] == b'#' {
                self.i += 1;
                match self.line() {
                    Some(next) if next.indent() > indent => self.block(next.indent(), depth + 1)?,
                    Some(next) if next.indent() == indent && self.is_item(&next) => {
                        self.seq(indent, true, depth + 1)?
                    }
                    _ => {
                        self.count()?;
                        Node {
                            value: Value::Null,
                            pos: line.pos(self.text, colon),
                            span: colon..colon,
                            style: Style::Plain,
                            raw: None,
                        }
                    }
                }
            } else {
                let value = self.scalar(&line, v)?;
                self.i += 1;
                self.no_continuation(indent)?;
                value
            };
            if find_key(&entries, &mut index, &key).is_some() {
                return None;
            }
            entries.push((key, value));
        }
        let (first, _) = entries.first()?;
        let (pos, start) = (first.pos, first.span.start);
        let (k, v) = entries.last()?;
        let end = k.span.end.max(v.span.end);
        Some(collection(Value::Map(entries), pos, start..end))
    }

    /// A list at column `indent`; `indentless` when its dashes stand at the
    /// column of the key it belongs to (`key:` then `- item` below it).
    fn seq(&mut self, indent: usize, indentless: bool, depth: usize) -> Option<Node> {
        self.count()?;
        let mut items: Vec<Node> = Vec::new();
        let first = self.line()?;
        while let Some(line) = self.line() {
            if line.indent() < indent {
                break;
            }
            if line.indent() > indent {
                return None;
            }
            if !self.is_item(&line) {
                if indentless {
                    break;
                }
                return None;
            }
            let r = skip_spaces(self.text, line.at + 1, line.end);
            if r == line.at + 1 || r == line.end || self.text.as_bytes()[r] == b'#' {
                // A lone `-`: an empty item or a block below it.
                return None;
            }
            let mut rest = line;
            rest.at = r;
            if self.is_item(&rest) {
                return None;
            }
            let item = if self.key_len(r, line.end).is_some() {
                self.lines[self.i].at = r;
                self.map(r - line.start, depth + 1)?
            } else {
                let item = self.scalar(&line, r)?;
                self.i += 1;
                self.no_continuation(indent)?;
                item
            };
            items.push(item);
        }
        let (pos, start) = if indentless {
            let item = items.first()?;
            (item.pos, item.span.start)
        } else {
            (first.pos(self.text, first.at), first.at)
        };
        let end = items.last()?.span.end;
        Some(collection(Value::Seq(items), pos, start..end))
    }

    /// After a one-line value, a line indented further would continue it
    /// (a multi-line scalar) or be an error: both are for the full parser.
    fn no_continuation(&self, indent: usize) -> Option<()> {
        match self.line() {
            Some(next) if next.indent() > indent => None,
            _ => Some(()),
        }
    }

    /// A one-line scalar starting at `v`, followed by nothing but spaces and
    /// a comment.
    fn scalar(&mut self, line: &Line, v: usize) -> Option<Node> {
        self.count()?;
        let bytes = self.text.as_bytes();
        let end = line.end;
        match bytes[v] {
            b'"' => {
                let (value, close) = double_quoted(self.text, v + 1, end)?;
                self.quoted(line, v, close, value)
            }
            b'\'' => {
                let (value, close) = single_quoted(self.text, v + 1, end)?;
                self.quoted(line, v, close, value)
            }
            b'[' | b'{' => self.flow(line, v),
            b'-' | b'?' | b':' | b',' | b']' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>'
            | b'%' | b'@' | b'`' => None,
            _ => {
                // Plain: up to ` #` (a comment), never `: ` or a final `:`.
                let mut stop = end;
                let mut k = v;
                while k < end {
                    match bytes[k] {
                        b'#' if bytes[k - 1] == b' ' => {
                            stop = k;
                            break;
                        }
                        b':' if k + 1 == end || bytes[k + 1] == b' ' => return None,
                        _ => {}
                    }
                    k += 1;
                }
                let content = self.text[v..stop].trim_end_matches(' ');
                if content.ends_with(':') {
                    return None;
                }
                self.plain_node(line, v, v + content.len())
            }
        }
    }

    /// A one-line flow list (`[a, "b"]`) or mapping (`{k: v, l: "w"}`) of
    /// scalars, or an empty one.
    fn flow(&mut self, line: &Line, v: usize) -> Option<Node> {
        let bytes = self.text.as_bytes();
        let is_map = bytes[v] == b'{';
        let close = if is_map { b'}' } else { b']' };
        let mut at = skip_spaces(self.text, v + 1, line.end);
        let mut items = Vec::new();
        let mut entries = Vec::new();
        if bytes.get(at) != Some(&close) {
            loop {
                if is_map {
                    let n = self.flow_word(at, line.end)?;
                    if bytes.get(at + n) != Some(&b':') || bytes.get(at + n + 1) != Some(&b' ') {
                        return None;
                    }
                    let key = self.plain(line, at, at + n)?;
                    let value_at = skip_spaces(self.text, at + n + 1, line.end);
                    let (value, next) = self.flow_scalar(line, value_at)?;
                    if entries
                        .iter()
                        .any(|(k, _): &(Node, Node)| super::same_key(k, &key))
                    {
                        return None;
                    }
                    entries.push((key, value));
                    at = next;
                } else {
                    let (item, next) = self.flow_scalar(line, at)?;
                    items.push(item);
                    at = next;
                }
                at = skip_spaces(self.text, at, line.end);
                match bytes.get(at) {
                    Some(b',') => {
                        at = skip_spaces(self.text, at + 1, line.end);
                        if matches!(bytes.get(at), Some(b',' | b']' | b'}') | None) {
                            return None;
                        }
                    }
                    Some(c) if *c == close => break,
                    _ => return None,
                }
            }
        }
        if !rest_is_comment(bytes, at + 1, line.end) {
            return None;
        }
        let value = if is_map {
            Value::Map(entries)
        } else {
            Value::Seq(items)
        };
        Some(Node {
            value,
            pos: line.pos(self.text, v),
            span: v..at + 1,
            style: Style::Flow,
            raw: None,
        })
    }

    /// The length of a word that can stand as a plain scalar in a flow
    /// collection: letters, digits, `_`, `.`, `-`, `/`, not starting with `-`.
    fn flow_word(&self, at: usize, end: usize) -> Option<usize> {
        let b = &self.text.as_bytes()[at..end];
        if !b.first()?.is_ascii_alphanumeric() && b[0] != b'_' {
            return None;
        }
        Some(
            b.iter()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-' | b'/'))
                .count(),
        )
    }

    /// A scalar inside a one-line flow collection, and where it ends.
    fn flow_scalar(&mut self, line: &Line, at: usize) -> Option<(Node, usize)> {
        let bytes = self.text.as_bytes();
        match bytes.get(at)? {
            b'"' | b'\'' => {
                self.count()?;
                let (value, close) = if bytes[at] == b'"' {
                    double_quoted(self.text, at + 1, line.end)?
                } else {
                    single_quoted(self.text, at + 1, line.end)?
                };
                let node = Node {
                    value: Value::Str(value),
                    pos: line.pos(self.text, at),
                    span: at..close + 1,
                    style: Style::Quoted,
                    raw: None,
                };
                Some((node, close + 1))
            }
            _ => {
                let n = self.flow_word(at, line.end)?;
                if !matches!(bytes.get(at + n), Some(b',' | b']' | b'}' | b' ')) {
                    return None;
                }
                Some((self.plain(line, at, at + n)?, at + n))
            }
        }
    }

    fn quoted(&self, line: &Line, v: usize, close: usize, value: String) -> Option<Node> {
        rest_is_comment(self.text.as_bytes(), close + 1, line.end).then(|| Node {
            value: Value::Str(value),
            pos: line.pos(self.text, v),
            span: v..close + 1,
            style: Style::Quoted,
            raw: None,
        })
    }

    /// A plain key (counted as a node) at `range`.
    fn plain(&mut self, line: &Line, from: usize, to: usize) -> Option<Node> {
        self.count()?;
        self.plain_node(line, from, to)
    }

    fn plain_node(&self, line: &Line, from: usize, to: usize) -> Option<Node> {
        let source = &self.text[from..to];
        let value = resolve_plain(source);
        let raw = raw_of(&value, source);
        Some(Node {
            value,
            pos: line.pos(self.text, from),
            span: from..to,
            style: Style::Plain,
            raw,
        })
    }
}

fn collection(value: Value, pos: Pos, span: Range<usize>) -> Node {
    Node {
        value,
        pos,
        span,
        style: Style::Indented,
        raw: None,
    }
}

fn skip_spaces(text: &str, mut at: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    while at < end && bytes[at] == b' ' {
        at += 1;
    }
    at
}

/// Nothing after `at` on the line but spaces, or spaces then a comment.
fn rest_is_comment(bytes: &[u8], at: usize, end: usize) -> bool {
    let mut k = at;
    while k < end && bytes[k] == b' ' {
        k += 1;
    }
    k == end || (k > at && bytes[k] == b'#')
}

/// The value of a double-quoted scalar whose text starts at `from`, and the
/// offset of its closing quote, if it closes on this line and uses only the
/// common escapes.
fn double_quoted(text: &str, from: usize, end: usize) -> Option<(String, usize)> {
    let line = &text.as_bytes()[from..end];
    let stop = line.iter().position(|b| matches!(b, b'"' | b'\\'))?;
    if line[stop] == b'"' {
        return Some((text[from..from + stop].to_string(), from + stop));
    }
    let mut value = String::with_capacity(end - from);
    let mut chars = text[from..end].char_indices();
    while let Some((k, c)) = chars.next() {
        match c {
            '"' => return Some((value, from + k)),
            '\\' => {
                let (_, e) = chars.next()?;
                value.push(match e {
                    '\\' => '\\',
                    '"' => '"',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'u' => {
                        let mut code = 0u32;
                        for _ in 0..4 {
                            code = code * 16 + chars.next()?.1.to_digit(16)?;
                        }
                        char::from_u32(code)?
                    }
                    _ => return None,
                });
            }
            c => value.push(c),
        }
    }
    None
}

/// The value of a single-quoted scalar (`''` is a quote) whose text starts
/// at `from`, and the offset of its closing quote, if it closes on this line.
fn single_quoted(text: &str, from: usize, end: usize) -> Option<(String, usize)> {
    let mut value = String::new();
    let mut chars = text[from..end].char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        if c == '\'' {
            if chars.peek().is_some_and(|(_, n)| *n == '\'') {
                chars.next();
                value.push('\'');
            } else {
                return Some((value, from + k));
            }
        } else {
            value.push(c);
        }
    }
    None
}

#[cfg(test)]
mod tests {
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
        ];
        for t in taken {
            assert!(agree(t), "expected the quick reader to take {t:?}");
        }
        let left = [
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "a: [[1]]\n",
            "a: {b: [1]}\n",
            "a: [1,\n  2]\n",
            "a: [1, ]\n",
            "a: [1]x\n",
            "a: |\n  text\n",
            "a: >\n  text\n",
            "a: one\n  two\n",
            "a: \"one\n  two\"\n",
            "a: 1\na: 2\n",
            "a: 1\r\nb: 2\r\n",
            "a:\t1\n",
            "---\na: 1\n",
            "%YAML 1.2\n---\na: 1\n",
            "a: 1\n---\nb: 2\n",
            "\"quoted key\": 1\n",
            "key with spaces: 1\n",
            "<<: {a: 1}\n",
            "a: b: c\n",
            "a: b:\n",
            "a: \"x\" y\n",
            "a: \"\\x41\"\n",
            "a:\n  -\n  - x\n",
            "a:\n  - - x\n",
            "  a: 1\n",
            "a:\n    b: 1\n  c: 2\n",
            "a: -1\n",
            "a: -.5\n",
            "a: x\u{1}y\n",
            "a: \"x\u{2028}y\"\n",
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
        ];
        let line = (0usize..4, 0usize..6, key, scalar).prop_map(|(depth, kind, k, v)| {
            let pad = "  ".repeat(depth);
            match kind {
                0 => format!("{pad}{k}: {v}"),
                1 => format!("{pad}{k}:"),
                2 => format!("{pad}- {v}"),
                3 => format!("{pad}- {k}: {v}"),
                4 => format!("{pad}# {v}"),
                _ => String::new(),
            }
        });
        proptest::collection::vec(line, 1..14).prop_map(|lines| lines.join("\n") + "\n")
    }

    /// A well-formed block document driven by `choices`: mappings and
    /// lists (indented or not) of scalars of every kind the subset reads and
    /// some it does not, with comments, blank lines and trailing spaces.
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
                format!("{}{}", K[self.pick(K.len())], self.pick(50))
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
    }
}
