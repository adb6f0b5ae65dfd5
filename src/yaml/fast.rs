//! A quick reader for YAML as answer files are written, by wen-assess and
//! by the programs consultants use (PyYAML, ruamel.yaml, yq): block
//! mappings and lists, plain, single- and double-quoted scalars over one
//! line or several, block scalars (`|`, `>`), flow collections over one
//! line or several, quoted keys, comments. It builds exactly the tree the
//! full parser builds (positions and byte ranges included) and gives up,
//! returning `None`, on anything else: anchors, tags, `---`, tabs, carriage
//! returns, unusual characters, duplicate keys, comments inside a value that
//! runs over lines, lines indented less than the parser would accept in its
//! strict mode, deep nesting. The full parser then reads the file and
//! explains any error. Tests compare both readers on every YAML file of the
//! repository, on files written by those programs, and on generated and
//! mutated files.
//!
//! Why a second reader: `score` over thousands of files spends most of its
//! time parsing, and the general scanner costs several times what this
//! subset needs. Why it covers what other programs write instead of making
//! the general path faster: measured with callgrind on 100 answer files
//! written by PyYAML, the full parser's own event loop (granit, a
//! dependency) took 57% of all the instructions of `score`, more than the
//! whole of `score` on files the quick reader takes; the tree built from its
//! events took another 10%. Nothing on our side of the events could bring
//! that path near the quick one.

use std::ops::Range;

use super::{KeyIndex, MAX_NODES, Node, Pos, Style, Value, find_key, raw_of, resolve_plain};

mod flow;
mod scalars;

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
        flow_mark: None,
    };
    let root = reader.block(0, 0)?;
    (reader.i == reader.lines.len()).then_some(root)
}

/// False when the text holds a character the full parser treats specially
/// or refuses: control characters (line feeds aside), tabs, carriage
/// returns, byte-order marks, non-characters, Unicode line separators.
fn plain_characters(text: &str) -> bool {
    let bytes = text.as_bytes();
    let ordinary = |b: u8| (0x20..0x7f).contains(&b) || b == b'\n';
    let next = |k: usize| bytes.get(k).copied().unwrap_or(0);
    let mut k = 0;
    while k < bytes.len() {
        // Printable ASCII and line feeds, the usual case, in blocks the
        // compiler can vectorise; text in other languages has a few other
        // bytes between long runs of them.
        if let Some(block) = bytes.get(k..k + 32)
            && block.iter().fold(true, |all, &b| all & ordinary(b))
        {
            k += 32;
            continue;
        }
        let refused = match bytes[k] {
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
        k += 1;
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
    /// The last position found inside a flow collection, from which the
    /// next one is counted: the items of a long collection are placed in
    /// one pass over its text, not each from the start of its first line.
    flow_mark: Option<Mark>,
}

/// A byte offset with its line number and 0-based column.
#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    line: u32,
    col: u32,
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

    /// A quoted key on one line at `at` (`"a key": ` or `'a key':`): its
    /// value and the offset of its closing quote.
    fn quoted_key(&self, at: usize, end: usize) -> Option<(String, usize)> {
        let bytes = self.text.as_bytes();
        if !matches!(bytes.get(at), Some(b'"' | b'\'')) {
            return None;
        }
        // Read within the line: a key stands on one, and a quote left open
        // must not send each line's look to the end of the file.
        let (value, close) = scalars::quoted(&self.text[..end], at, usize::MAX)?;
        let colon = close + 1;
        (colon < end && bytes[colon] == b':' && (colon + 1 == end || bytes[colon + 1] == b' '))
            .then_some((value, close))
    }

    /// True when a key (id-like or quoted) starts at `at`.
    fn is_key(&self, at: usize, end: usize) -> bool {
        self.key_len(at, end).is_some() || self.quoted_key(at, end).is_some()
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
            let (key, colon) = match self.key_len(line.at, line.end) {
                Some(n) => (self.plain(&line, line.at, line.at + n)?, line.at + n),
                None => {
                    let (value, close) = self.quoted_key(line.at, line.end)?;
                    self.count()?;
                    (
                        quoted_node(&line, self.text, line.at, close, value),
                        close + 1,
                    )
                }
            };
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
                self.value(&line, v, indent, depth)?
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
        // Where the first item's text starts: an indentless list starts
        // there, even when the item's node is placed elsewhere (a block
        // scalar's is at its first line of text).
        let mut first_item = None;
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
            first_item.get_or_insert((line.pos(self.text, r), r));
            let mut rest = line;
            rest.at = r;
            if self.is_item(&rest) {
                return None;
            }
            let item = if self.is_key(r, line.end) {
                self.lines[self.i].at = r;
                self.map(r - line.start, depth + 1)?
            } else {
                self.value(&line, r, indent, depth)?
            };
            items.push(item);
        }
        let (pos, start) = if indentless {
            first_item?
        } else {
            (first.pos(self.text, first.at), first.at)
        };
        let end = items.last()?.span.end;
        Some(collection(Value::Seq(items), pos, start..end))
    }

    /// The value at `v` on `line` (the line being read) in a block
    /// collection at column `n`: a scalar of any style or a flow
    /// collection, over as many lines as it takes. Leaves the reader at the
    /// next line, which must not be indented past `n`.
    fn value(&mut self, line: &Line, v: usize, n: usize, depth: usize) -> Option<Node> {
        let bytes = self.text.as_bytes();
        let (node, last) = match bytes[v] {
            b'"' | b'\'' => {
                self.count()?;
                let (value, close) = scalars::quoted(self.text, v, n)?;
                let node = Node {
                    value: Value::Str(value),
                    pos: line.pos(self.text, v),
                    span: v..close + 1,
                    style: Style::Quoted,
                    raw: None,
                };
                (node, close)
            }
            b'[' | b'{' => {
                let (node, end) = self.flow(line, v, n, depth + 1)?;
                (node, end - 1)
            }
            b'|' | b'>' => {
                self.count()?;
                let block = scalars::block(self.text, v, line.no, line.end, n)?;
                let node = Node {
                    value: Value::Str(block.value),
                    pos: Pos::new(block.line, block.col as u32 + 1),
                    span: block.start..block.end,
                    style: Style::Block,
                    raw: None,
                };
                while self.line().is_some_and(|l| l.start < block.next_line) {
                    self.i += 1;
                }
                self.no_continuation(n)?;
                return Some(node);
            }
            b'-' | b'?' | b':' | b',' | b']' | b'}' | b'#' | b'&' | b'*' | b'!' | b'%' | b'@'
            | b'`' => return None,
            _ => {
                let node = self.plain_lines(line, v, n)?;
                self.no_continuation(n)?;
                return Some(node);
            }
        };
        // A quoted scalar or flow collection ends with a character on some
        // line; nothing but a comment may follow it there.
        let line_end = bytes[last..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |e| last + e);
        if !rest_is_comment(bytes, last + 1, line_end) {
            return None;
        }
        while self.line().is_some_and(|l| l.start <= last) {
            self.i += 1;
        }
        self.no_continuation(n)?;
        Some(node)
    }

    /// After a value, a line indented further would continue it or be an
    /// error: both are for the full parser.
    fn no_continuation(&self, indent: usize) -> Option<()> {
        match self.line() {
            Some(next) if next.indent() > indent => None,
            _ => Some(()),
        }
    }

    /// A plain scalar at `v` in a block collection at column `n`, going on
    /// over the following lines indented past `n`; leaves the reader at the
    /// line after it.
    fn plain_lines(&mut self, line: &Line, v: usize, n: usize) -> Option<Node> {
        self.count()?;
        let (end, comment) = self.plain_line(v, line.end)?;
        self.i += 1;
        let mut last = *line;
        let mut folded: Option<String> = None;
        let mut to = end;
        // After a comment, a line indented further is not text of it.
        while let Some(next) = self.line().filter(|l| !comment && l.indent() > n) {
            let gap = &self.text.as_bytes()[last.end..next.start];
            if gap.contains(&b'#') {
                // A comment line ends the text, and a line after it would
                // be an error.
                return None;
            }
            let (next_end, comment) = self.plain_line(next.at, next.end)?;
            if comment {
                return None;
            }
            let value = folded.get_or_insert_with(|| self.text[v..to].to_string());
            // One break folds to a space; blank lines are kept as breaks.
            match next.no - last.no - 1 {
                0 => value.push(' '),
                blanks => value.extend(std::iter::repeat_n('\n', blanks as usize)),
            }
            value.push_str(&self.text[next.at..next_end]);
            to = next_end;
            last = next;
            self.i += 1;
        }
        match folded {
            None => self.plain_node(line, v, to),
            Some(value) => {
                let value = resolve_plain(&value);
                let raw = raw_of(&value, &self.text[v..to]);
                Some(Node {
                    value,
                    pos: line.pos(self.text, v),
                    span: v..to,
                    style: Style::Plain,
                    raw,
                })
            }
        }
    }

    /// One line of a plain scalar in a block collection from `v`: where its
    /// text ends (trailing spaces left out) and whether a comment follows;
    /// `None` at `: ` or a final `:`, which would make it a key.
    fn plain_line(&self, v: usize, end: usize) -> Option<(usize, bool)> {
        let bytes = self.text.as_bytes();
        let mut stop = end;
        let mut comment = false;
        for k in v..end {
            match bytes[k] {
                b'#' if k > v && bytes[k - 1] == b' ' => {
                    stop = k;
                    comment = true;
                    break;
                }
                b':' if k + 1 == end || bytes[k + 1] == b' ' => return None,
                _ => {}
            }
        }
        let content = self.text[v..stop].trim_end_matches(' ');
        Some((v + content.len(), comment))
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

/// A quoted scalar on `line` from `open` to `close` (its quotes).
fn quoted_node(line: &Line, text: &str, open: usize, close: usize, value: String) -> Node {
    Node {
        value: Value::Str(value),
        pos: line.pos(text, open),
        span: open..close + 1,
        style: Style::Quoted,
        raw: None,
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

#[cfg(test)]
mod tests;
