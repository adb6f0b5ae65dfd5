//! Flow collections for the quick reader: `[a, "b"]` and `{k: v}`, nested,
//! over several lines, with plain and quoted scalars that may fold over
//! lines too, as PyYAML and ruamel.yaml write lists and mappings of
//! scalars in flow style. Comments inside them, empty entries, a comma
//! before the closing bracket, pairs in a list (`[a: b]`), `?` keys and
//! keys over several lines are left to the full parser.

use super::{Line, Mark, Reader, find_key, raw_of, resolve_plain, scalars};
use crate::yaml::{KeyIndex, Node, Pos, Style, Value};

impl Reader<'_> {
    /// The flow collection opening at `open` (reached from `line`) in a
    /// block collection at column `n`, and the offset after its closing
    /// bracket.
    pub(super) fn flow(
        &mut self,
        line: &Line,
        open: usize,
        n: usize,
        depth: usize,
    ) -> Option<(Node, usize)> {
        if depth >= super::MAX_DEPTH {
            return None;
        }
        self.count()?;
        // Placed before its items, so that positions are found in the
        // order of the text.
        let pos = self.pos_from(line, open);
        let bytes = self.text.as_bytes();
        let is_map = bytes[open] == b'{';
        let close = if is_map { b'}' } else { b']' };
        let mut k = self.flow_space(open + 1, n)?;
        let mut items = Vec::new();
        let mut entries: Vec<(Node, Node)> = Vec::new();
        let mut index: Option<KeyIndex> = None;
        if bytes.get(k) != Some(&close) {
            loop {
                if is_map {
                    let (key, after) = self.flow_scalar(line, k, n)?;
                    if self.text[key.span.clone()].contains('\n')
                        || bytes.get(after) != Some(&b':')
                        || !matches!(bytes.get(after + 1), Some(b' ' | b'\n'))
                    {
                        return None;
                    }
                    let v = self.flow_space(after + 1, n)?;
                    let (value, after) = self.flow_node(line, v, n, depth)?;
                    if find_key(&entries, &mut index, &key).is_some() {
                        return None;
                    }
                    entries.push((key, value));
                    k = after;
                } else {
                    let (item, after) = self.flow_node(line, k, n, depth)?;
                    items.push(item);
                    k = after;
                }
                k = self.flow_space(k, n)?;
                match bytes.get(k) {
                    Some(b',') => {
                        k = self.flow_space(k + 1, n)?;
                        if matches!(bytes.get(k), None | Some(b',' | b']' | b'}')) {
                            return None;
                        }
                    }
                    Some(&c) if c == close => break,
                    _ => return None,
                }
            }
        }
        let value = if is_map {
            Value::Map(entries)
        } else {
            Value::Seq(items)
        };
        let node = Node {
            value,
            pos,
            span: open..k + 1,
            style: Style::Flow,
            raw: None,
        };
        Some((node, k + 1))
    }

    /// An entry's value or a list item at `at`: a nested collection or a
    /// scalar, and the offset after it.
    fn flow_node(
        &mut self,
        line: &Line,
        at: usize,
        n: usize,
        depth: usize,
    ) -> Option<(Node, usize)> {
        match self.text.as_bytes().get(at)? {
            b'[' | b'{' => self.flow(line, at, n, depth + 1),
            _ => self.flow_scalar(line, at, n),
        }
    }

    /// A scalar in a flow collection at `at`, and the offset after it (its
    /// text without trailing spaces, for a plain one).
    fn flow_scalar(&mut self, line: &Line, at: usize, n: usize) -> Option<(Node, usize)> {
        self.count()?;
        let bytes = self.text.as_bytes();
        match *bytes.get(at)? {
            b'"' | b'\'' => {
                let (value, close) = scalars::quoted(self.text, at, n)?;
                let node = Node {
                    value: Value::Str(value),
                    pos: self.pos_from(line, at),
                    span: at..close + 1,
                    style: Style::Quoted,
                    raw: None,
                };
                Some((node, close + 1))
            }
            b'-' | b'?' | b':' | b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!'
            | b'|' | b'>' | b'%' | b'@' | b'`' | b' ' | b'\n' => None,
            _ => self.flow_plain(line, at, n),
        }
    }

    /// A plain scalar in a flow collection: it ends at a flow indicator
    /// (`,[]{}`), at a `:` before a space, a break or one of those, or at
    /// the end of a line after which no text of it follows.
    fn flow_plain(&mut self, line: &Line, at: usize, n: usize) -> Option<(Node, usize)> {
        let bytes = self.text.as_bytes();
        let ends_plain = |k: usize| match bytes.get(k) {
            None | Some(b',' | b'[' | b']' | b'{' | b'}') => true,
            Some(b':') => matches!(
                bytes.get(k + 1),
                None | Some(b' ' | b'\n' | b',' | b'[' | b']' | b'{' | b'}')
            ),
            _ => false,
        };
        let mut folded: Option<String> = None;
        let mut k = at;
        let mut to;
        loop {
            let from = k;
            while bytes.get(k).is_some_and(|&b| b != b'\n') && !ends_plain(k) {
                if bytes[k] == b'#' && k > at && bytes[k - 1] == b' ' {
                    return None;
                }
                k += 1;
            }
            to = from + self.text[from..k].trim_end_matches(' ').len();
            if let Some(value) = folded.as_mut() {
                value.push_str(&self.text[from..to]);
            }
            if bytes.get(k) != Some(&b'\n') {
                break;
            }
            // Past the break and any blank lines: does the text go on?
            let (mut next, mut line_start, mut breaks) = (k, k, 0);
            while let Some(&b) = bytes.get(next) {
                match b {
                    b'\n' => {
                        breaks += 1;
                        next += 1;
                        line_start = next;
                    }
                    b' ' => next += 1,
                    _ => break,
                }
            }
            if bytes.get(next) == Some(&b'#') {
                return None;
            }
            if ends_plain(next) {
                break;
            }
            if next - line_start <= n {
                return None;
            }
            let value = folded.get_or_insert_with(|| self.text[at..to].to_string());
            match breaks {
                1 => value.push(' '),
                _ => value.extend(std::iter::repeat_n('\n', breaks - 1)),
            }
            k = next;
        }
        let source = &self.text[at..to];
        let value = match folded {
            Some(text) => resolve_plain(&text),
            None => resolve_plain(source),
        };
        let raw = raw_of(&value, source.trim());
        let node = Node {
            value,
            pos: self.pos_from(line, at),
            span: at..to,
            style: Style::Plain,
            raw,
        };
        Some((node, to))
    }

    /// Skips spaces and line breaks between the tokens of a flow
    /// collection; `None` at a comment, or when the next token stands on a
    /// new line not indented past `n`.
    fn flow_space(&self, mut k: usize, n: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut line_start = None;
        while let Some(&b) = bytes.get(k) {
            match b {
                b' ' => k += 1,
                b'\n' => {
                    k += 1;
                    line_start = Some(k);
                }
                b'#' => return None,
                _ => break,
            }
        }
        match line_start {
            Some(start) if k - start <= n => None,
            _ => Some(k),
        }
    }

    /// The position of `byte`, on `line` or a line after it, counted on
    /// from the last position found when that is between them.
    fn pos_from(&mut self, line: &Line, byte: usize) -> Pos {
        let mut mark = self
            .flow_mark
            .filter(|m| (line.start..=byte).contains(&m.at))
            .unwrap_or(Mark {
                at: line.start,
                line: line.no,
                col: 0,
            });
        for &b in &self.text.as_bytes()[mark.at..byte] {
            if b == b'\n' {
                mark.line += 1;
                mark.col = 0;
            } else if b & 0xc0 != 0x80 {
                // Columns count characters: every byte but a UTF-8
                // continuation byte starts one.
                mark.col += 1;
            }
        }
        mark.at = byte;
        self.flow_mark = Some(mark);
        Pos::new(mark.line, mark.col + 1)
    }
}
