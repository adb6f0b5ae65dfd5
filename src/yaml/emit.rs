//! Writing YAML: a fresh document from an [`Out`] tree, or the smallest edit
//! of an existing text that makes it say what the tree says.
//!
//! The edit keeps every byte it has no reason to touch: comments (whole-line
//! and at the end of a line), blank lines, key order, quoting, and entries
//! the tool does not understand ([`Out::Keep`]). Only values that changed are
//! rewritten, only keys that went away are removed, and new keys are put
//! after their neighbour in the tree's order. No parser call happens here.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::ops::Range;

use super::{Node, Style, Value};

/// What a document should contain.
#[derive(Debug, Clone)]
pub(crate) enum Out<'a> {
    /// An original node, kept exactly as written.
    Keep(&'a Node),
    /// `~`.
    Null,
    /// A whole number.
    Int(i64),
    /// Text, written in double quotes.
    Str(String),
    /// A word written as it is, unquoted (`na`): only for words that YAML
    /// reads back as the same text. `reads_as` says which texts already in
    /// a file stand for the same value (`NA`, `n/a`), so they are kept.
    Word {
        /// What is written.
        text: &'static str,
        /// True for a text the reader takes for this word.
        reads_as: fn(&str) -> bool,
    },
    /// A list.
    Seq(Vec<Out<'a>>),
    /// A mapping, in this key order.
    Map(Vec<(String, Out<'a>)>),
}

impl Out<'_> {
    /// True for values a writer leaves out when the file does not have the
    /// key yet: empty text, empty lists and mappings, null.
    fn is_empty(&self) -> bool {
        match self {
            Out::Null => true,
            Out::Str(s) => s.is_empty(),
            Out::Seq(v) => v.is_empty(),
            Out::Map(v) => v.iter().all(|(_, v)| v.is_empty()),
            Out::Keep(_) | Out::Int(_) | Out::Word { .. } => false,
        }
    }
}

/// A double-quoted YAML scalar, so no text can change the structure of the
/// file, with an escape for every character a YAML stream may not hold raw
/// (C0 controls, DEL, the C1 controls, U+FFFE and U+FFFF) and for those some
/// readers take for line breaks or marks (NEL, the line and paragraph
/// separators, a byte-order mark): whatever text goes in reads back.
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => {
                let _ = write!(out, "\\x{:02X}", c as u32);
            }
            '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A mapping key: plain when it is an id-like word, quoted otherwise.
pub(crate) fn key(s: &str) -> String {
    let plain = s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    if plain { s.to_string() } else { quote(s) }
}

/// Writes a whole document (a mapping at the top) as block YAML.
pub(crate) fn render(doc: &Out, source: &str) -> String {
    let mut out = String::new();
    match doc {
        Out::Map(entries) => {
            for (k, v) in entries {
                render_entry(&mut out, source, k, v, 0);
            }
        }
        other => {
            out.push_str(&inline(other, source));
            out.push('\n');
        }
    }
    out
}

fn render_entry(out: &mut String, source: &str, k: &str, v: &Out, indent: usize) {
    out.push_str(&" ".repeat(indent));
    out.push_str(&key(k));
    out.push(':');
    out.push_str(&value_text(v, source, indent));
    out.push('\n');
}

/// The text after `key:`: ` scalar`, or a newline and indented lines (with
/// no final newline).
fn value_text(v: &Out, source: &str, indent: usize) -> String {
    match v {
        Out::Map(entries) if !entries.is_empty() => {
            let mut s = String::new();
            for (k, v) in entries {
                s.push('\n');
                s.push_str(&" ".repeat(indent + 2));
                s.push_str(&key(k));
                s.push(':');
                s.push_str(&value_text(v, source, indent + 2));
            }
            s
        }
        Out::Seq(items) if !items.is_empty() => {
            let mut s = String::new();
            for item in items {
                s.push('\n');
                s.push_str(&" ".repeat(indent + 2));
                s.push('-');
                let item = match item {
                    Out::Keep(n) if n.style == Style::Indented => from_node(n),
                    other => other.clone(),
                };
                match &item {
                    Out::Map(entries) if !entries.is_empty() => {
                        for (i, (k, v)) in entries.iter().enumerate() {
                            if i == 0 {
                                s.push(' ');
                            } else {
                                s.push('\n');
                                s.push_str(&" ".repeat(indent + 4));
                            }
                            s.push_str(&key(k));
                            s.push(':');
                            s.push_str(&value_text(v, source, indent + 4));
                        }
                    }
                    other => {
                        s.push(' ');
                        s.push_str(&inline(other, source));
                    }
                }
            }
            s
        }
        Out::Keep(node) if node.style == Style::Indented || node.style == Style::Block => {
            // A block collection or block scalar from the source: re-indent
            // its lines under the new parent.
            let mut s = String::new();
            if node.style == Style::Block {
                s.push(' ');
                s.push_str(&inline(&from_node(node), source));
                return s;
            }
            s.push_str(&value_text(&from_node(node), source, indent));
            s
        }
        other => format!(" {}", inline(other, source)),
    }
}

/// An [`Out`] tree that writes the same data as a source node.
fn from_node(node: &Node) -> Out<'_> {
    match &node.value {
        Value::Seq(items) => Out::Seq(items.iter().map(Out::Keep).collect()),
        Value::Map(entries) => Out::Map(
            entries
                .iter()
                .map(|(k, v)| (k.scalar_text().unwrap_or_default(), Out::Keep(v)))
                .collect(),
        ),
        Value::Str(s) => Out::Str(s.clone()),
        _ => Out::Keep(node),
    }
}

/// One-line form of a value: a scalar, or a flow collection.
fn inline(v: &Out, source: &str) -> String {
    match v {
        Out::Null => "~".to_string(),
        Out::Int(i) => i.to_string(),
        Out::Str(s) => quote(s),
        Out::Word { text, .. } => text.to_string(),
        Out::Seq(items) => {
            let parts: Vec<String> = items.iter().map(|i| inline(i, source)).collect();
            format!("[{}]", parts.join(", "))
        }
        Out::Map(entries) => {
            let parts: Vec<String> = entries
                .iter()
                .map(|(k, v)| format!("{}: {}", key(k), inline(v, source)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        Out::Keep(node) => match node.style {
            // Plain and quoted scalars and flow collections read the same
            // anywhere: keep their characters.
            Style::Plain | Style::Quoted | Style::Flow
                if source
                    .get(node.span.clone())
                    .is_some_and(|s| !s.contains('\n'))
                    && !node.span.is_empty() =>
            {
                source[node.span.clone()].to_string()
            }
            _ => match &node.value {
                Value::Null => "~".to_string(),
                Value::Str(s) => quote(s),
                Value::Seq(_) | Value::Map(_) => inline(&from_node(node), source),
                _ => node.text().unwrap_or_default(),
            },
        },
    }
}

/// True when a source node already says what `new` says.
fn same(old: &Node, new: &Out) -> bool {
    match new {
        Out::Keep(n) => std::ptr::eq(*n, old) || (n.span == old.span && n.value == old.value),
        Out::Null => old.value == Value::Null,
        Out::Int(i) => old.value == Value::Int(*i),
        // An empty text field was read from an empty value (`date:`, `~`).
        Out::Str(s) => {
            old.text().as_deref() == Some(s.as_str()) || (s.is_empty() && old.value == Value::Null)
        }
        // Any spelling the reader takes for the word is the same value, kept
        // as typed.
        Out::Word { reads_as, .. } => old.text().is_some_and(|t| reads_as(&t)),
        Out::Seq(items) => match &old.value {
            Value::Seq(olds) => {
                olds.len() == items.len() && olds.iter().zip(items).all(|(o, n)| same(o, n))
            }
            // A single item may stand without a list (`evidence: minutes.pdf`).
            Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                items.len() == 1 && same(old, &items[0])
            }
            _ => false,
        },
        Out::Map(entries) => match &old.value {
            Value::Map(olds) => {
                // By name through hash maps: a file of many keys costs one
                // look-up per key, not a scan.
                let new_by_name = by_name(entries);
                let old_names = old_key_names(olds);
                olds.iter().zip(&old_names).all(|((_, ov), name)| {
                    match new_by_name.get(name.as_str()) {
                        Some(&i) => same(ov, &entries[i].1),
                        None => is_blank(ov),
                    }
                }) && {
                    let olds_by_name: HashSet<&str> =
                        old_names.iter().map(String::as_str).collect();
                    entries
                        .iter()
                        .all(|(nk, nv)| nv.is_empty() || olds_by_name.contains(nk.as_str()))
                }
            }
            // `id:` with nothing after it, and nothing to say there.
            Value::Null => new.is_empty(),
            _ => false,
        },
    }
}

/// A source value that says nothing: `~`, empty text, `[]`, `{}`. A key
/// with such a value may stay when the tree leaves the key out (a template's
/// `note: ~`), and may be left out when the tree has it.
fn is_blank(node: &Node) -> bool {
    match &node.value {
        Value::Null => true,
        Value::Str(s) => s.is_empty(),
        Value::Seq(v) => v.is_empty(),
        Value::Map(v) => v.is_empty(),
        _ => false,
    }
}

/// The entries of `new` worth writing into `old`: those the file has, and
/// those that say something.
fn relevant<'a>(old: &Node, new: &[(String, Out<'a>)]) -> Vec<(String, Out<'a>)> {
    let names = old.as_map().map(old_key_names).unwrap_or_default();
    let has: HashSet<&str> = names.iter().map(String::as_str).collect();
    new.iter()
        .filter(|(k, v)| !v.is_empty() || has.contains(k.as_str()))
        .cloned()
        .collect()
}

/// Where each name of a tree's mapping is, by name.
fn by_name<'e>(entries: &'e [(String, Out)]) -> HashMap<&'e str, usize> {
    let mut map = HashMap::with_capacity(entries.len());
    for (i, (name, _)) in entries.iter().enumerate() {
        map.entry(name.as_str()).or_insert(i);
    }
    map
}

/// The names of a source mapping's keys, in file order.
fn old_key_names(olds: &[(Node, Node)]) -> Vec<String> {
    olds.iter()
        .map(|(k, _)| k.scalar_text().unwrap_or_default())
        .collect()
}

/// The text of `source` changed as little as possible so that its top-level
/// mapping (`root`) says what `doc` says. `None` when the file's shape does
/// not allow an edit in place (its top is not an indented mapping): the
/// caller then writes the document afresh.
pub(crate) fn update(source: &str, root: &Node, doc: &Out) -> Option<String> {
    let Out::Map(entries) = doc else {
        return None;
    };
    if root.style != Style::Indented || root.as_map().is_none() {
        return None;
    }
    let mut edits = Vec::new();
    patch_map(source, root, entries, &mut edits)?;
    edits.sort_by_key(|(r, _): &(Range<usize>, String)| (r.start, r.end));
    let mut out = String::with_capacity(source.len() + 256);
    let mut at = 0;
    for (range, text) in edits {
        if range.start < at {
            return None;
        }
        out.push_str(&source[at..range.start]);
        out.push_str(&text);
        at = range.end;
    }
    out.push_str(&source[at..]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Some(out)
}

/// Start of the line holding byte `i`.
fn line_start(s: &str, i: usize) -> usize {
    s[..i].rfind('\n').map_or(0, |n| n + 1)
}

/// The start of a key's line (`start`), or of the comment line just above
/// it when that comment is indented as the key is: the title a template
/// writes over each entry, which goes when the entry goes. A comment further
/// up (an area's heading), or after a blank line, stays.
fn with_title(s: &str, start: usize, indent: usize) -> usize {
    if start == 0 {
        return start;
    }
    let above = line_start(s, start - 1);
    let line = &s[above..start - 1];
    let text = line.trim_start_matches(' ');
    if line.len() - text.len() == indent && text.starts_with('#') {
        above
    } else {
        start
    }
}

/// Just past the newline ending the line that holds byte `i`.
fn next_line(s: &str, i: usize) -> usize {
    s[i..].find('\n').map_or(s.len(), |n| i + n + 1)
}

/// The column (in bytes) of byte `i` on its line.
fn column(s: &str, i: usize) -> usize {
    i - line_start(s, i)
}

/// End of a value's own characters: its span, less the line breaks a block
/// scalar carries at its end.
fn value_end(s: &str, node: &Node) -> usize {
    let mut end = node.span.end.min(s.len());
    while end > node.span.start && s[..end].ends_with(['\n', '\r']) {
        end -= 1;
    }
    end
}

/// Just after the `:` that follows a key.
fn after_colon(s: &str, key: &Node) -> Option<usize> {
    let rest = &s[key.span.end..];
    let offset = rest.find(|c: char| c != ' ' && c != '\t')?;
    rest[offset..]
        .starts_with(':')
        .then_some(key.span.end + offset + 1)
}

fn patch_map(
    s: &str,
    map: &Node,
    new: &[(String, Out)],
    edits: &mut Vec<(Range<usize>, String)>,
) -> Option<()> {
    let olds = map.as_map()?;
    let first_key = &olds.first()?.0;
    let indent = column(s, first_key.span.start);
    // Every key must start its own line for lines to be removed or added.
    if olds
        .iter()
        .any(|(k, _)| s[line_start(s, k.span.start)..k.span.start].trim() != "")
    {
        return None;
    }
    // Names looked up through hash maps, so a file of many keys costs one
    // look-up per key, not a scan of the others.
    let old_names = old_key_names(olds);
    let old_by_name: HashMap<&str, usize> = old_names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .rev()
        .collect();
    let new_by_name = by_name(new);
    let in_old = |name: &str| old_by_name.contains_key(name);
    // A key that left and a key that came between the same two kept keys
    // are a rename (a migrated answer), paired in order: the key changes in
    // place, its value and the comments around it stay. Pairing by the kept
    // key before them, not by index, keeps a rename in place when an entry
    // before it was removed.
    let mut came: HashMap<Option<&str>, Vec<usize>> = HashMap::new();
    let mut kept_before: Option<&str> = None;
    for (j, (name, _)) in new.iter().enumerate() {
        if in_old(name) {
            kept_before = Some(name);
        } else {
            came.entry(kept_before).or_default().push(j);
        }
    }
    let mut rename_to: HashMap<usize, usize> = HashMap::new();
    let mut kept_before: Option<&str> = None;
    let mut taken: HashMap<Option<&str>, usize> = HashMap::new();
    for (i, name) in old_names.iter().enumerate() {
        if new_by_name.contains_key(name.as_str()) {
            kept_before = Some(name);
            continue;
        }
        let next = taken.entry(kept_before).or_default();
        if let Some(&j) = came.get(&kept_before).and_then(|js| js.get(*next)) {
            rename_to.insert(i, j);
            *next += 1;
        }
    }
    let mut renamed: HashSet<&str> = HashSet::new();
    for (i, ((k, v), name)) in olds.iter().zip(&old_names).enumerate() {
        match new_by_name.get(name.as_str()) {
            Some(&j) => patch_value(s, k, v, &new[j].1, indent, edits)?,
            None => match rename_to.get(&i).map(|&j| &new[j]) {
                Some((n, nv)) => {
                    edits.push((k.span.clone(), key(n)));
                    patch_value(s, k, v, nv, indent, edits)?;
                    renamed.insert(n);
                }
                None if is_blank(v) => {}
                None => {
                    let start = with_title(s, line_start(s, k.span.start), indent);
                    let end = next_line(s, value_end(s, v).max(k.span.end));
                    edits.push((start..end, String::new()));
                }
            },
        }
    }
    // New keys go after the nearest earlier key that the file has, found in
    // one pass over the tree's keys.
    let mut before: Option<&(Node, Node)> = None;
    for (name, value) in new {
        if let Some(&j) = old_by_name.get(name.as_str()) {
            before = Some(&olds[j]);
            continue;
        }
        if renamed.contains(name.as_str()) || value.is_empty() {
            continue;
        }
        let at = match before {
            Some((k, v)) => next_line(s, value_end(s, v).max(k.span.end)),
            None => line_start(s, first_key.span.start),
        };
        let mut text = String::new();
        if at == s.len() && !s.ends_with('\n') {
            text.push('\n');
        }
        render_entry(&mut text, s, name, value, indent);
        edits.push((at..at, text));
    }
    Some(())
}

fn patch_value(
    s: &str,
    k: &Node,
    old: &Node,
    new: &Out,
    indent: usize,
    edits: &mut Vec<(Range<usize>, String)>,
) -> Option<()> {
    if same(old, new) {
        return Some(());
    }
    if let (Value::Map(olds), Out::Map(entries)) = (&old.value, new)
        && old.style == Style::Indented
        && !olds.is_empty()
        && !entries.is_empty()
    {
        return patch_map(s, old, entries, edits);
    }
    let colon = after_colon(s, k)?;
    let end = if old.span.is_empty() && old.value == Value::Null {
        colon
    } else {
        value_end(s, old).max(colon)
    };
    if s[colon..end].contains('#') && old.style != Style::Quoted && old.style != Style::Block {
        // A comment between the colon and the value would be lost.
        return None;
    }
    let new = match new {
        Out::Map(entries) => Out::Map(relevant(old, entries)),
        other => other.clone(),
    };
    edits.push((colon..end, value_text(&new, s, indent)));
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::parse;

    fn edit(text: &str, f: impl FnOnce(&Node) -> Out) -> String {
        let doc = parse(text).unwrap();
        let out = f(&doc.root);
        update(text, &doc.root, &out).unwrap()
    }

    /// The tree of a source mapping with every value kept.
    fn kept(node: &Node) -> Vec<(String, Out<'_>)> {
        node.as_map()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.scalar_text().unwrap(), Out::Keep(v)))
            .collect()
    }

    const FILE: &str = "# head comment\nformat: 1   # inline\ncountry: NO\n0x10: yes\nanswers:\n  a.b:\n    level: 2  # was 1\n    note: \"keep\"\n  c.d: {level: 1}\n# tail\n";

    #[test]
    fn nothing_changed_means_the_same_bytes() {
        assert_eq!(edit(FILE, |r| Out::Map(kept(r))), FILE);
    }

    #[test]
    fn one_level_changes_and_all_else_stays() {
        let out = edit(FILE, |r| {
            let mut top = kept(r);
            let answers = r.get("answers").unwrap();
            let ab = answers.get("a.b").unwrap();
            let mut a = kept(answers);
            let mut level = kept(ab);
            level[0].1 = Out::Int(3);
            a[0].1 = Out::Map(level);
            top[3].1 = Out::Map(a);
            Out::Map(top)
        });
        assert_eq!(out, FILE.replace("level: 2  # was 1", "level: 3  # was 1"));
    }

    #[test]
    fn keys_are_added_after_their_neighbour_and_removed_with_their_line() {
        let out = edit(FILE, |r| {
            let mut top = kept(r);
            top.remove(1); // country
            top.insert(1, ("language".into(), Out::Str("fr".into())));
            let answers = r.get("answers").unwrap();
            let mut a = kept(answers);
            a.insert(
                1,
                (
                    "b.c".into(),
                    Out::Map(vec![
                        ("level".into(), Out::Str("na".into())),
                        ("reason".into(), Out::Str("no \"port\"".into())),
                    ]),
                ),
            );
            a[2].1 = Out::Map(vec![("level".into(), Out::Int(4))]);
            top[3].1 = Out::Map(a);
            Out::Map(top)
        });
        assert_eq!(
            out,
            "# head comment\nformat: 1   # inline\nlanguage: \"fr\"\n0x10: yes\nanswers:\n  a.b:\n    level: 2  # was 1\n    note: \"keep\"\n  b.c:\n    level: \"na\"\n    reason: \"no \\\"port\\\"\"\n  c.d:\n    level: 4\n# tail\n"
        );
        let back = parse(&out).unwrap();
        assert_eq!(back.root.get("0x10").unwrap().text().unwrap(), "yes");
    }

    #[test]
    fn an_empty_flow_mapping_becomes_a_block() {
        let text = "format: 1\nanswers: {}\n";
        let out = edit(text, |r| {
            let mut top = kept(r);
            top[1].1 = Out::Map(vec![(
                "a.b".into(),
                Out::Map(vec![
                    ("level".into(), Out::Int(1)),
                    ("evidence".into(), Out::Seq(vec![Out::Str("x".into())])),
                ]),
            )]);
            Out::Map(top)
        });
        assert_eq!(
            out,
            "format: 1\nanswers:\n  a.b:\n    level: 1\n    evidence:\n      - \"x\"\n"
        );
    }

    #[test]
    fn block_scalars_are_replaced_whole() {
        let text = "note: |\n  two\n  lines\nnext: 1\n";
        let out = edit(text, |r| {
            let mut top = kept(r);
            top[0].1 = Out::Str("one".into());
            Out::Map(top)
        });
        assert_eq!(out, "note: \"one\"\nnext: 1\n");
    }

    #[test]
    fn fresh_render_keeps_unknown_values_as_written() {
        let source = "x: 0755\nw: [on, 1e3]\nz:\n  - a\n  - b: 1\n";
        let doc = parse(source).unwrap();
        let out = Out::Map(vec![
            ("x".into(), Out::Keep(doc.root.get("x").unwrap())),
            ("w".into(), Out::Keep(doc.root.get("w").unwrap())),
            ("z".into(), Out::Keep(doc.root.get("z").unwrap())),
        ]);
        assert_eq!(render(&out, source), source);
    }
}
