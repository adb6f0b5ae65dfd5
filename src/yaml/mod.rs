//! The one place that talks to the YAML parser.
//!
//! Every file is parsed into a small tree of [`Node`]s that remember their
//! 1-based line and column, their byte range in the text, and, for plain
//! scalars, the text exactly as typed. The tree is built from the event
//! stream of serde-saphyr's parser (granit), not through serde, so that:
//!
//! - scalars resolve by YAML 1.2 rules (`NO`, `on`, `yes` stay text; only
//!   `true`/`false` are booleans), and a field read as text gets the
//!   characters the user typed (`0755`, `1.10`, `1e3` unchanged);
//! - quoted scalars are known as such (`level: "3"` is text, not a level);
//! - anchors, aliases and merge keys are seen, so a file that uses them can be
//!   read but is never rewritten (see [`Document::references`]);
//! - duplicate keys, also those brought in by a merge key `<<`, are errors;
//! - the byte range of every node is known, which lets `edit.rs` change one
//!   value in place and keep everything else of the file as written.
//!
//! Hostile input is bounded: nesting depth, node count (alias expansion
//! included) and alias count have limits, and every error has a position.

pub(crate) mod emit;
mod fast;

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use serde_saphyr::granit_parser::{
    Event, Marker, Options, Parser, ScalarStyle, ScanError, StructureStyle,
};

// Text positions are shared with the findings (`diagnostic.rs`) and the
// file checks (`files.rs`), which need no YAML for them.
pub(crate) use crate::position::Pos;

use crate::i18n::Msg;
use crate::msg;

/// How a node was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// A plain scalar (`level: 3`, `name: Example`).
    Plain,
    /// A single- or double-quoted scalar.
    Quoted,
    /// A literal (`|`) or folded (`>`) block scalar.
    Block,
    /// A flow collection (`[a, b]`, `{k: v}`).
    Flow,
    /// A block collection (indented lines, `- item`).
    Indented,
}

/// A YAML value with the position of its node.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where the node starts.
    pub pos: Pos,
    /// Byte range of the node in the text: the scalar as written (quotes
    /// included), or a collection from its first to the end of its last
    /// character. Nodes copied through an alias keep their anchor's range.
    pub span: Range<usize>,
    /// How it was written.
    pub style: Style,
    /// The source text of a plain scalar that resolved to something other
    /// than a string (`0755`, `1.10`, `true`, `~`).
    raw: Option<Box<str>>,
}

/// A YAML value, with mapping entries kept in file order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `~`, `null` or an empty value.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A floating-point number.
    Float(f64),
    /// A string (quoted, or plain text that is not a number, boolean or null).
    Str(String),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping; keys are nodes too, so their positions are known.
    Map(Vec<(Node, Node)>),
}

impl Value {
    /// A short name of the kind of value, for messages ("text", "a list").
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Value::Null => "an empty value",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "a whole number",
            Value::Float(_) => "a number",
            Value::Str(_) => "text",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

impl Node {
    /// A node made in memory (no position, no source range).
    pub(crate) fn new(value: Value) -> Self {
        let style = match value {
            Value::Seq(_) | Value::Map(_) => Style::Indented,
            _ => Style::Plain,
        };
        Node {
            value,
            pos: Pos::default(),
            span: 0..0,
            style,
            raw: None,
        }
    }

    /// The text of a scalar exactly as the user meant it: a string's value,
    /// or the source characters of a plain number or boolean (`0755` stays
    /// `0755`, `1.10` stays `1.10`). `None` for null and collections.
    pub fn text(&self) -> Option<String> {
        match &self.value {
            Value::Str(s) => Some(s.clone()),
            Value::Null | Value::Seq(_) | Value::Map(_) => None,
            Value::Int(i) => Some(
                self.raw
                    .as_deref()
                    .map_or_else(|| i.to_string(), str::to_string),
            ),
            Value::Float(f) => Some(
                self.raw
                    .as_deref()
                    .map_or_else(|| f.to_string(), str::to_string),
            ),
            Value::Bool(b) => Some(
                self.raw
                    .as_deref()
                    .map_or_else(|| b.to_string(), str::to_string),
            ),
        }
    }

    /// The text of a scalar key or value as written, null included (`~`),
    /// or `None` for collections.
    pub(crate) fn scalar_text(&self) -> Option<String> {
        match &self.value {
            Value::Null => Some(self.raw.as_deref().unwrap_or("").to_string()),
            _ => self.text(),
        }
    }

    /// True when the scalar reads `text` as written ([`Node::scalar_text`]),
    /// without building that text.
    pub(crate) fn is_text(&self, text: &str) -> bool {
        match &self.value {
            Value::Str(s) => s == text,
            Value::Seq(_) | Value::Map(_) => false,
            _ => match self.raw.as_deref() {
                Some(raw) => raw == text,
                None => self.scalar_text().as_deref() == Some(text),
            },
        }
    }

    /// True for a quoted scalar (`"3"`, `'na'`).
    pub(crate) fn is_quoted(&self) -> bool {
        self.style == Style::Quoted
    }

    /// The node as a JSON value (mapping keys become strings), for JSON
    /// Schema checks.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) => J::from(*i),
            Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
            Value::Str(s) => J::String(s.clone()),
            Value::Seq(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Map(entries) => J::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.scalar_text().unwrap_or_default(), v.to_json()))
                    .collect(),
            ),
        }
    }

    /// The string, if this node is a string.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The mapping entries, if this node is a mapping.
    pub(crate) fn as_map(&self) -> Option<&[(Node, Node)]> {
        match &self.value {
            Value::Map(m) => Some(m),
            _ => None,
        }
    }

    /// Looks a key up in a mapping (keys are unique: duplicates are refused).
    pub(crate) fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|(_, v)| v)
    }

    /// The entry (key node and value node) for a key of a mapping.
    pub(crate) fn entry(&self, key: &str) -> Option<&(Node, Node)> {
        self.as_map()?.iter().find(|(k, _)| k.is_text(key))
    }
}

/// A parsed file.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The root node.
    pub root: Node,
    /// Where the file first uses an anchor, an alias or a merge key, if it
    /// does. Such a file is read, but never rewritten: a rewrite would have
    /// to expand or drop them.
    pub references: Option<Pos>,
}

/// What kind of problem stopped parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxKind {
    /// Not valid YAML, or a YAML feature the tool does not take.
    Syntax,
    /// The same key twice in one mapping (also through a merge key).
    DuplicateKey,
    /// Nesting deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Too many nodes or aliases (an alias bomb).
    TooLarge,
    /// Nothing but white space and comments.
    Empty,
}

/// A file that is not valid YAML, or that exceeds a safety budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// What went wrong.
    pub kind: SyntaxKind,
    /// Where the parser stopped; `0:0` when it could not say.
    pub pos: Pos,
    /// What went wrong, in one line of plain words (a catalogue message:
    /// answer files are read by coordinators in their own language).
    pub message: Msg,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)
    }
}

/// Deepest nesting accepted. Real files nest at most 8 levels; the limit keeps
/// hostile input from exhausting the stack.
pub(crate) const MAX_DEPTH: usize = 32;
/// Most nodes a file may hold, counting every copy an alias makes.
pub(crate) const MAX_NODES: usize = 2_000_000;
/// Most aliases a file may use.
pub(crate) const MAX_ALIASES: usize = 1_000;
/// Most values aliases may add by copying their anchors. Real files use
/// few aliases, if any; an "alias bomb" multiplies a few lines into billions.
pub(crate) const MAX_ALIAS_NODES: usize = 100_000;

fn err(kind: SyntaxKind, pos: Pos, message: Msg) -> SyntaxError {
    SyntaxError { kind, pos, message }
}

fn pos_of(m: &Marker) -> Pos {
    Pos::new(m.line() as u32, m.col() as u32 + 1)
}

/// Parses one YAML document into a positioned tree.
pub fn parse(text: &str) -> Result<Document, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(err(SyntaxKind::Empty, Pos::new(1, 1), msg!("yaml-empty")));
    }
    if let Some(root) = fast::parse(text) {
        return Ok(Document {
            root,
            references: None,
        });
    }
    parse_events(text)
}

/// Parses one YAML document through the full parser's events.
fn parse_events(text: &str) -> Result<Document, SyntaxError> {
    let mut options = Options::default();
    options.flow_nesting_limit = MAX_DEPTH;
    options.block_nesting_limit = MAX_DEPTH;
    let mut builder = Builder {
        text,
        stack: Vec::new(),
        anchors: HashMap::new(),
        nodes: 0,
        aliases: 0,
        alias_nodes: 0,
        references: None,
        root: None,
        documents: 0,
    };
    for event in Parser::new_from_str_with_options(text, options) {
        let (event, span) = event.map_err(|e| scan_error(&e))?;
        let start = span.start.byte_offset().unwrap_or(0);
        let end = span.end.byte_offset().unwrap_or(start);
        builder.event(event, pos_of(&span.start), start..end)?;
    }
    match builder.root {
        Some(root) => Ok(Document {
            root,
            references: builder.references,
        }),
        None => Err(err(SyntaxKind::Empty, Pos::new(1, 1), msg!("yaml-empty"))),
    }
}

/// One collection being built.
enum Frame {
    Seq {
        items: Vec<Node>,
        pos: Pos,
        start: usize,
        style: Style,
        anchor: usize,
    },
    Map {
        entries: Vec<(Node, Node)>,
        key: Option<Node>,
        /// Entry indexes by key hash, once the mapping is too long to
        /// search from the start for each new key.
        index: Option<KeyIndex>,
        pos: Pos,
        start: usize,
        style: Style,
        anchor: usize,
    },
}

struct Builder<'t> {
    text: &'t str,
    stack: Vec<Frame>,
    /// Anchored nodes with their node counts.
    anchors: HashMap<usize, (Node, usize)>,
    nodes: usize,
    aliases: usize,
    alias_nodes: usize,
    references: Option<Pos>,
    root: Option<Node>,
    documents: usize,
}

impl Builder<'_> {
    fn event(&mut self, event: Event, pos: Pos, span: Range<usize>) -> Result<(), SyntaxError> {
        match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => Ok(()),
            Event::DocumentStart(..) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(err(SyntaxKind::Syntax, pos, msg!("yaml-second-document")));
                }
                Ok(())
            }
            Event::Scalar(value, style, anchor, tag) => {
                let tag = tag.map(|t| {
                    (
                        t.core_suffix().map(str::to_string),
                        t.original_handle().to_string() + t.suffix(),
                    )
                });
                let node = self.scalar(&value, style, tag, pos, span)?;
                self.anchor(anchor, &node, pos);
                self.push(node)
            }
            Event::SequenceStart(style, anchor, tag) => {
                self.collection_tag(
                    tag.as_deref().map(|t| (t.core_suffix(), t.suffix())),
                    "seq",
                    pos,
                )?;
                self.open(pos)?;
                self.stack.push(Frame::Seq {
                    items: Vec::new(),
                    pos,
                    start: span.start,
                    style: structure(style),
                    anchor,
                });
                Ok(())
            }
            Event::MappingStart(style, anchor, tag) => {
                self.collection_tag(
                    tag.as_deref().map(|t| (t.core_suffix(), t.suffix())),
                    "map",
                    pos,
                )?;
                self.open(pos)?;
                self.stack.push(Frame::Map {
                    entries: Vec::new(),
                    key: None,
                    index: None,
                    pos,
                    start: span.start,
                    style: structure(style),
                    anchor,
                });
                Ok(())
            }
            Event::SequenceEnd => match self.stack.pop() {
                Some(Frame::Seq {
                    items,
                    pos,
                    start,
                    style,
                    anchor,
                }) => {
                    let end = if style == Style::Flow {
                        span.end
                    } else {
                        items.last().map_or(start, |n| n.span.end)
                    };
                    let node = Node {
                        value: Value::Seq(items),
                        pos,
                        span: start..end.max(start),
                        style,
                        raw: None,
                    };
                    self.anchor(anchor, &node, pos);
                    self.push(node)
                }
                _ => Err(err(SyntaxKind::Syntax, pos, msg!("yaml-end-of-list"))),
            },
            Event::MappingEnd => match self.stack.pop() {
                Some(Frame::Map {
                    entries,
                    pos,
                    start,
                    style,
                    anchor,
                    ..
                }) => {
                    let entries = self.merge(entries)?;
                    let end = if style == Style::Flow {
                        span.end
                    } else {
                        entries
                            .last()
                            .map_or(start, |(k, v)| k.span.end.max(v.span.end))
                    };
                    let node = Node {
                        value: Value::Map(entries),
                        pos,
                        span: start..end.max(start),
                        style,
                        raw: None,
                    };
                    self.anchor(anchor, &node, pos);
                    self.push(node)
                }
                _ => Err(err(SyntaxKind::Syntax, pos, msg!("yaml-end-of-map"))),
            },
            Event::Alias(id) => {
                self.aliases += 1;
                self.references.get_or_insert(pos);
                if self.aliases > MAX_ALIASES {
                    return Err(err(
                        SyntaxKind::TooLarge,
                        pos,
                        msg!("yaml-too-many-aliases", limit = MAX_ALIASES),
                    ));
                }
                let Some(size) = self.anchors.get(&id).map(|(_, n)| *n) else {
                    return Err(err(SyntaxKind::Syntax, pos, msg!("yaml-unknown-alias")));
                };
                // Count before copying, so an alias bomb stops before it
                // takes the memory.
                self.alias_nodes += size;
                if self.alias_nodes > MAX_ALIAS_NODES {
                    return Err(err(
                        SyntaxKind::TooLarge,
                        pos,
                        msg!("yaml-alias-expansion", limit = MAX_ALIAS_NODES),
                    ));
                }
                self.count(size, pos)?;
                let node = self.anchors[&id].0.clone();
                self.push(node)
            }
            _ => Ok(()),
        }
    }

    fn open(&mut self, pos: Pos) -> Result<(), SyntaxError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(err(
                SyntaxKind::TooDeep,
                pos,
                msg!("yaml-too-deep", limit = MAX_DEPTH),
            ));
        }
        self.count(1, pos)
    }

    fn count(&mut self, n: usize, pos: Pos) -> Result<(), SyntaxError> {
        self.nodes += n;
        if self.nodes > MAX_NODES {
            return Err(err(
                SyntaxKind::TooLarge,
                pos,
                msg!("yaml-too-many-values", limit = MAX_NODES),
            ));
        }
        Ok(())
    }

    fn anchor(&mut self, anchor: usize, node: &Node, pos: Pos) {
        if anchor != 0 {
            self.references.get_or_insert(pos);
            self.anchors
                .insert(anchor, (node.clone(), count_nodes(node)));
        }
    }

    fn collection_tag(
        &self,
        tag: Option<(Option<&str>, &str)>,
        expected: &str,
        pos: Pos,
    ) -> Result<(), SyntaxError> {
        match tag {
            None => Ok(()),
            Some((Some(core), _)) if core == expected => Ok(()),
            Some((_, suffix)) => Err(err(
                SyntaxKind::Syntax,
                pos,
                msg!("yaml-tag-here", tag = format!("!{suffix}")),
            )),
        }
    }

    /// A scalar resolved by the YAML 1.2 core schema, or by its core tag.
    fn scalar(
        &mut self,
        value: &str,
        style: ScalarStyle,
        tag: Option<(Option<String>, String)>,
        pos: Pos,
        span: Range<usize>,
    ) -> Result<Node, SyntaxError> {
        self.count(1, pos)?;
        let source = self.text.get(span.clone()).unwrap_or("");
        let (node_style, plain) = match style {
            ScalarStyle::Plain => (Style::Plain, true),
            ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => (Style::Quoted, false),
            _ => (Style::Block, false),
        };
        let resolved = match &tag {
            None if plain => resolve_plain(value),
            None => Value::Str(value.to_string()),
            Some((Some(core), written)) => match (core.as_str(), resolve_plain(value)) {
                ("str", _) => Value::Str(value.to_string()),
                ("null", v @ Value::Null)
                | ("bool", v @ Value::Bool(_))
                | ("int", v @ Value::Int(_))
                | ("float", v @ Value::Float(_)) => v,
                ("float", Value::Int(i)) => Value::Float(i as f64),
                _ => {
                    return Err(err(
                        SyntaxKind::Syntax,
                        pos,
                        msg!("yaml-tag-mismatch", value = value, tag = written.as_str()),
                    ));
                }
            },
            Some((None, written)) => {
                return Err(err(
                    SyntaxKind::Syntax,
                    pos,
                    msg!("yaml-tag-unsupported", tag = written.as_str()),
                ));
            }
        };
        let raw = raw_of(&resolved, source.trim());
        Ok(Node {
            value: resolved,
            pos,
            span,
            style: node_style,
            raw,
        })
    }

    fn push(&mut self, node: Node) -> Result<(), SyntaxError> {
        match self.stack.last_mut() {
            None => {
                self.root = Some(node);
                Ok(())
            }
            Some(Frame::Seq { items, .. }) => {
                items.push(node);
                Ok(())
            }
            Some(Frame::Map {
                entries,
                key,
                index,
                ..
            }) => {
                match key.take() {
                    None => {
                        if matches!(node.value, Value::Seq(_) | Value::Map(_)) {
                            return Err(err(
                                SyntaxKind::Syntax,
                                node.pos,
                                msg!("yaml-complex-key"),
                            ));
                        }
                        *key = Some(node);
                    }
                    Some(k) => {
                        if let Some(first) = find_key(entries, index, &k) {
                            return Err(duplicate(&k, first.line, None));
                        }
                        entries.push((k, node));
                    }
                }
                Ok(())
            }
        }
    }

    /// Applies merge keys (`<<: *base`): the merged entries join the
    /// mapping, and a key given both ways is an error, as a duplicate key is.
    fn merge(&mut self, entries: Vec<(Node, Node)>) -> Result<Vec<(Node, Node)>, SyntaxError> {
        if !entries.iter().any(|(k, _)| is_merge_key(k)) {
            return Ok(entries);
        }
        let mut out: Vec<(Node, Node)> = Vec::new();
        let mut sources: Vec<(Pos, Vec<(Node, Node)>)> = Vec::new();
        for (k, v) in entries {
            if !is_merge_key(&k) {
                out.push((k, v));
                continue;
            }
            self.references.get_or_insert(k.pos);
            let maps: Vec<Node> = match v.value {
                Value::Map(_) => vec![v],
                Value::Seq(items) => items,
                _ => Vec::new(),
            };
            for m in maps {
                match m.value {
                    Value::Map(e) => sources.push((k.pos, e)),
                    _ => {
                        return Err(err(SyntaxKind::Syntax, k.pos, msg!("yaml-merge-not-map")));
                    }
                }
            }
        }
        let mut index = None;
        for (merge_pos, entries) in sources {
            for (k, v) in entries {
                if find_key(&out, &mut index, &k).is_some() {
                    return Err(duplicate(&k, 0, Some(merge_pos)));
                }
                out.push((k, v));
            }
        }
        Ok(out)
    }
}

fn duplicate(key: &Node, first_line: u32, merge: Option<Pos>) -> SyntaxError {
    let name = key.scalar_text().unwrap_or_default();
    match merge {
        None => err(
            SyntaxKind::DuplicateKey,
            key.pos,
            msg!(
                "yaml-duplicate-key",
                key = name,
                line = first_line.to_string()
            ),
        ),
        Some(pos) => err(
            SyntaxKind::DuplicateKey,
            pos,
            msg!("yaml-duplicate-merged", key = name),
        ),
    }
}

fn structure(style: StructureStyle) -> Style {
    match style {
        StructureStyle::Flow => Style::Flow,
        StructureStyle::Block => Style::Indented,
    }
}

fn is_merge_key(k: &Node) -> bool {
    k.style == Style::Plain && k.as_str() == Some("<<")
}

/// Entry indexes of a long mapping by the hash of their keys.
type KeyIndex = HashMap<u64, Vec<usize>, foldhash::fast::RandomState>;

/// Mappings up to this long are searched from the start for each new key;
/// longer ones get a hash index, so a hostile file of a million keys costs
/// no more than a million lookups.
const LINEAR_KEYS: usize = 32;

/// Where `k` already is among `entries` (merge keys aside), keeping the
/// hash index of a long mapping up to date for the entry about to be added.
fn find_key(entries: &[(Node, Node)], index: &mut Option<KeyIndex>, k: &Node) -> Option<Pos> {
    let usable = |e: &Node| !is_merge_key(e) && same_key(e, k);
    if entries.len() < LINEAR_KEYS {
        return entries.iter().find(|(e, _)| usable(e)).map(|(e, _)| e.pos);
    }
    let index = index.get_or_insert_with(|| {
        let mut map = KeyIndex::default();
        for (i, (e, _)) in entries.iter().enumerate() {
            map.entry(key_hash(e)).or_default().push(i);
        }
        map
    });
    let slot = index.entry(key_hash(k)).or_default();
    let found = slot
        .iter()
        .map(|&i| &entries[i].0)
        .find(|e| usable(e))
        .map(|e| e.pos);
    if found.is_none() {
        slot.push(entries.len());
    }
    found
}

/// Two keys are the same when they resolve to the same value: `1` and
/// `0x1` are one key, `1` and `"1"` are two.
fn same_key(a: &Node, b: &Node) -> bool {
    match (&a.value, &b.value) {
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => {
            x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan())
        }
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Null, Value::Null) => true,
        (Value::Seq(_) | Value::Map(_), Value::Seq(_) | Value::Map(_)) => true,
        _ => false,
    }
}

/// The hash of a key's value, seeded at random once per run (foldhash), so
/// that no file can be written to make its keys collide.
fn key_hash(k: &Node) -> u64 {
    use std::hash::BuildHasher;
    static SEED: std::sync::OnceLock<foldhash::fast::RandomState> = std::sync::OnceLock::new();
    let seed = SEED.get_or_init(foldhash::fast::RandomState::default);
    match &k.value {
        Value::Str(s) => seed.hash_one((0u8, s)),
        Value::Int(i) => seed.hash_one((1u8, i)),
        Value::Float(f) => seed.hash_one((2u8, if f.is_nan() { u64::MAX } else { f.to_bits() })),
        Value::Bool(b) => seed.hash_one((3u8, b)),
        Value::Null => seed.hash_one(4u8),
        Value::Seq(_) | Value::Map(_) => seed.hash_one(5u8),
    }
}

fn count_nodes(node: &Node) -> usize {
    match &node.value {
        Value::Seq(items) => 1 + items.iter().map(count_nodes).sum::<usize>(),
        Value::Map(entries) => {
            1 + entries
                .iter()
                .map(|(k, v)| count_nodes(k) + count_nodes(v))
                .sum::<usize>()
        }
        _ => 1,
    }
}

/// What a scalar that is not a string keeps of its source text: nothing
/// when the value prints the same (`3`, `true`, an empty value), so
/// [`Node::text`] rebuilds it; the characters otherwise (`0755`, `1.10`,
/// `~`, `True`), which text fields must keep as typed.
fn raw_of(value: &Value, source: &str) -> Option<Box<str>> {
    let canonical = match value {
        Value::Str(_) | Value::Seq(_) | Value::Map(_) => return None,
        Value::Null => source.is_empty(),
        Value::Bool(b) => source == if *b { "true" } else { "false" },
        Value::Int(_) => {
            let digits = source.strip_prefix('-').unwrap_or(source);
            !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && (!digits.starts_with('0') || source == "0")
        }
        Value::Float(_) => false,
    };
    (!canonical).then(|| source.into())
}

/// Resolves a plain scalar by the YAML 1.2 core schema.
fn resolve_plain(s: &str) -> Value {
    // Every value that is not text starts with one of these: most keys and
    // words do not, and need no further look.
    match s.as_bytes().first() {
        None
        | Some(b'~' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'.' | b'+' | b'-')
        | Some(b'0'..=b'9') => {}
        Some(_) => return Value::Str(s.to_string()),
    }
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Value::Float(f64::INFINITY);
        }
        "-.inf" | "-.Inf" | "-.INF" => return Value::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Value::Float(f64::NAN),
        _ => {}
    }
    let digits = |t: &str, radix: u32| !t.is_empty() && t.chars().all(|c| c.is_digit(radix));
    if let Some(hex) = s.strip_prefix("0x")
        && digits(hex, 16)
    {
        return i64::from_str_radix(hex, 16).map_or(Value::Str(s.to_string()), Value::Int);
    }
    if let Some(oct) = s.strip_prefix("0o")
        && digits(oct, 8)
    {
        return i64::from_str_radix(oct, 8).map_or(Value::Str(s.to_string()), Value::Int);
    }
    let unsigned = s.strip_prefix(['-', '+']).unwrap_or(s);
    if digits(unsigned, 10) {
        return s
            .parse::<i64>()
            .map(Value::Int)
            .or_else(|_| s.parse::<f64>().map(Value::Float))
            .unwrap_or(Value::Str(s.to_string()));
    }
    if is_float(unsigned)
        && let Ok(f) = s.parse::<f64>()
    {
        return Value::Float(f);
    }
    Value::Str(s.to_string())
}

/// `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, the core schema's float.
fn is_float(s: &str) -> bool {
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let all_digits = |t: &str| t.chars().all(|c| c.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", frac)) => !frac.is_empty() && all_digits(frac),
        Some((int, frac)) => !int.is_empty() && all_digits(int) && all_digits(frac),
        None => !mantissa.is_empty() && all_digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && all_digits(e)
    });
    mantissa_ok && exponent_ok
}

/// A parser error in plain words, with its position.
fn scan_error(e: &ScanError) -> SyntaxError {
    use serde_saphyr::granit_parser::ErrorKind as K;
    let pos = pos_of(e.marker());
    let (kind, message) = match e.kind() {
        K::RecursionLimitExceeded => (
            SyntaxKind::TooDeep,
            msg!("yaml-too-deep", limit = MAX_DEPTH),
        ),
        K::MappingValueNotAllowed => (SyntaxKind::Syntax, msg!("yaml-colon")),
        K::ExpectedBlockMappingKey | K::InvalidIndentation | K::UnexpectedEofBlockMapping => {
            (SyntaxKind::Syntax, msg!("yaml-indentation"))
        }
        K::BlockSequenceEntryNotAllowed | K::ExpectedBlockSequenceEntry => {
            (SyntaxKind::Syntax, msg!("yaml-list-item"))
        }
        K::UnclosedQuotedScalar | K::DocumentIndicatorInQuotedScalar => {
            (SyntaxKind::Syntax, msg!("yaml-open-quote"))
        }
        K::UnknownQuotedScalarEscape
        | K::InvalidQuotedScalarHexEscape
        | K::InvalidUnicodeEscape
        | K::InvalidLowSurrogate
        | K::InvalidLowSurrogateHexEscape
        | K::MissingLowSurrogate
        | K::UnpairedLowSurrogate => (SyntaxKind::Syntax, msg!("yaml-escape")),
        K::TabInIndentation
        | K::TabNotAllowed
        | K::TabInBlockIndentation
        | K::TabInPlainScalar
        | K::TabAtBlockScalarStart => (SyntaxKind::Syntax, msg!("yaml-tab")),
        K::UnknownAnchor => (SyntaxKind::Syntax, msg!("yaml-unknown-alias")),
        K::MisplacedFlowCollectionEnd
        | K::UnexpectedEofFlowSequence
        | K::UnexpectedEofFlowMapping
        | K::UnexpectedEofImplicitFlowMapping
        | K::ExpectedFlowSequenceSeparator
        | K::ExpectedFlowMappingSeparator
        | K::MismatchedFlowCollectionEnd { .. }
        | K::UnclosedFlowCollection { .. }
        | K::BlockEntryInFlowCollection => (SyntaxKind::Syntax, msg!("yaml-brackets")),
        K::ExpectedNodeContent => (SyntaxKind::Syntax, msg!("yaml-value-expected")),
        K::MultipleDocumentsUnsupported | K::ExpectedDocumentStart | K::InvalidDocumentEnd => {
            (SyntaxKind::Syntax, msg!("yaml-second-document"))
        }
        K::InvalidSimpleKey | K::SimpleKeyExpected => {
            (SyntaxKind::Syntax, msg!("yaml-key-one-line"))
        }
        K::CommentNotSeparated => (SyntaxKind::Syntax, msg!("yaml-comment-space")),
        K::BomInsideDocument => (SyntaxKind::Syntax, msg!("yaml-bom")),
        K::UnexpectedEof | K::UnexpectedEofBlockSequence => {
            (SyntaxKind::Syntax, msg!("yaml-unexpected-end"))
        }
        K::UnexpectedCharacter { character } => (
            SyntaxKind::Syntax,
            msg!("yaml-reserved-character", character = character.to_string()),
        ),
        K::MissingAnchorOrAliasName => (SyntaxKind::Syntax, msg!("yaml-anchor-name")),
        K::InvalidQuotedScalarIndent | K::InvalidFlowScalarIndent => {
            (SyntaxKind::Syntax, msg!("yaml-indentation"))
        }
        K::ZeroBlockScalarIndent | K::InvalidBlockScalarHeader | K::InvalidBlockScalarIndent => {
            (SyntaxKind::Syntax, msg!("yaml-block-scalar"))
        }
        K::DuplicateVersionDirective
        | K::UnsupportedYamlMajorVersion
        | K::DuplicateTagDirective
        | K::MissingDocumentEndBeforeDirective
        | K::InvalidDirectiveTerminator
        | K::DirectiveDisallowed
        | K::MissingYamlVersionSeparator
        | K::MissingDirectiveName
        | K::InvalidDirectiveName
        | K::YamlVersionTooLong
        | K::MissingYamlVersion
        | K::InvalidTagDirectiveTerminator => (SyntaxKind::Syntax, msg!("yaml-directive")),
        K::ExpectedTagBang
        | K::InvalidTagTerminator
        | K::MissingTagUri
        | K::UnclosedVerbatimTag
        | K::InvalidTagEscape
        | K::UndeclaredTagHandle
        | K::InvalidGlobalTagCharacter => (SyntaxKind::Syntax, msg!("yaml-tag-syntax")),
        _ => (
            SyntaxKind::Syntax,
            msg!("yaml-parser", words = plain_words(&e.info())),
        ),
    };
    err(kind, pos, message)
}

/// The parser's own wording, made a little plainer: no "while scanning ..."
/// prefix, no trailing position.
fn plain_words(info: &str) -> String {
    let first = info.lines().next().unwrap_or("invalid YAML").trim();
    let first = first.rsplit(", ").next().unwrap_or(first);
    let first = match first.find(" at line ") {
        Some(i) => &first[..i],
        None => first,
    };
    first.trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(text: &str) -> Node {
        parse(text).unwrap().root
    }

    #[test]
    fn keeps_positions_of_keys_and_values() {
        let node = root("a: 1\nb:\n  - x\n  - \"2\"\nc: {0: z}\n");
        let map = node.as_map().unwrap();
        assert_eq!(map[1].0.pos, Pos::new(2, 1));
        let Value::Seq(items) = &map[1].1.value else {
            panic!("not a list")
        };
        assert_eq!(items[1].pos, Pos::new(4, 5));
        assert_eq!(items[1].value, Value::Str("2".into()));
        assert!(items[1].is_quoted());
        assert_eq!(map[0].1.value, Value::Int(1));
        let inner = map[2].1.as_map().unwrap();
        assert_eq!(inner[0].0.value, Value::Int(0));
    }

    #[test]
    fn text_is_what_was_typed_under_yaml_1_2() {
        let node = root(
            "country: NO\nregion: 0755\nv: 1.10\nnote: yes\nev: [on, 1e3, .5, Off]\nt: true\nx: 0x10\nq: \"3\"\n",
        );
        let t = |k: &str| node.get(k).unwrap().text().unwrap();
        assert_eq!(t("country"), "NO");
        assert_eq!(node.get("country").unwrap().value, Value::Str("NO".into()));
        assert_eq!(t("region"), "0755");
        assert_eq!(t("v"), "1.10");
        assert_eq!(t("note"), "yes");
        assert_eq!(t("x"), "0x10");
        assert_eq!(node.get("x").unwrap().value, Value::Int(16));
        assert_eq!(node.get("t").unwrap().value, Value::Bool(true));
        let Value::Seq(ev) = &node.get("ev").unwrap().value else {
            panic!()
        };
        let ev: Vec<String> = ev.iter().map(|n| n.text().unwrap()).collect();
        assert_eq!(ev, ["on", "1e3", ".5", "Off"]);
        assert_eq!(node.get("q").unwrap().value, Value::Str("3".into()));
        // Every spelling of a number, boolean or null reads back as typed,
        // whether the tree keeps its characters or rebuilds them.
        for typed in [
            "3",
            "-5",
            "0",
            "-0",
            "+3",
            "007",
            "0x1F",
            "0o17",
            "1.10",
            "1e3",
            ".5",
            "true",
            "True",
            "FALSE",
            "~",
            "null",
            "Null",
            "-12345678901",
        ] {
            for text in [format!("k: {typed}\n"), format!("k: [{typed}]\n")] {
                let node = root(&text);
                let value = node.get("k").unwrap();
                let value = match &value.value {
                    Value::Seq(items) => &items[0],
                    _ => value,
                };
                assert_eq!(value.scalar_text().as_deref(), Some(typed), "{text:?}");
                assert!(value.is_text(typed), "{text:?}");
            }
        }
        assert_eq!(
            root("k:\n").get("k").unwrap().scalar_text().as_deref(),
            Some("")
        );
    }

    #[test]
    fn spans_cover_the_source() {
        let text = "a: \"x\" # c\nb:\n  - 1\n  - 2\nc: {k: v}\n";
        let node = root(text);
        let slice = |k: &str| &text[node.get(k).unwrap().span.clone()];
        assert_eq!(slice("a"), "\"x\"");
        assert_eq!(slice("b"), "- 1\n  - 2");
        assert_eq!(slice("c"), "{k: v}");
    }

    #[test]
    fn refuses_duplicate_keys_with_position() {
        let e = parse("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!((e.kind, e.pos.line), (SyntaxKind::DuplicateKey, 3), "{e:?}");
    }

    /// Keys are one when their values are: `1` and `0x1`, `1.0` and `1.00`,
    /// `null` and `~`; `1` and `"1"` are two. Long mappings (searched
    /// through a hash index) find duplicates as short ones do.
    #[test]
    fn duplicate_keys_by_value_in_short_and_long_mappings() {
        for (a, b, same) in [
            ("1", "0x1", true),
            ("1.0", "1.00", true),
            (".nan", ".NaN", true),
            ("null", "~", true),
            ("true", "True", true),
            ("1", "\"1\"", false),
            ("0.0", "-0.0", false),
            ("a", "'a'", true),
        ] {
            for filler in [0, 100] {
                let mut text: String = (0..filler).map(|i| format!("k{i}: {i}\n")).collect();
                text.push_str(&format!("{a}: x\n"));
                text.push_str(
                    &(0..filler)
                        .map(|i| format!("m{i}: {i}\n"))
                        .collect::<String>(),
                );
                text.push_str(&format!("{b}: y\n"));
                let r = parse(&text);
                assert_eq!(r.is_err(), same, "{a} / {b} after {filler} keys: {r:?}");
                if let Err(e) = r {
                    assert_eq!(e.pos.line as usize, 2 * filler + 2, "{e:?}");
                    assert!(
                        e.message
                            .to_string()
                            .contains(&format!("line {}", filler + 1)),
                        "{e:?}"
                    );
                }
            }
        }
        let many: String = (0..50_000).map(|i| format!("k{i}: {i}\n")).collect();
        assert_eq!(root(&many).as_map().unwrap().len(), 50_000);
        let e = parse(&format!("{many}k7: again\n")).unwrap_err();
        assert_eq!((e.kind, e.pos.line), (SyntaxKind::DuplicateKey, 50_001));
    }

    #[test]
    fn merge_keys_are_read_and_duplicates_through_them_refused() {
        let d = parse("base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n").unwrap();
        assert!(d.references.is_some());
        let m = d.root.get("m").unwrap();
        assert_eq!(m.get("x").unwrap().value, Value::Int(1));
        let e = parse("base: &b {x: 1}\nm:\n  <<: *b\n  x: 2\n").unwrap_err();
        assert_eq!(e.kind, SyntaxKind::DuplicateKey, "{e:?}");
        assert_eq!(e.pos, Pos::new(3, 3));
    }

    #[test]
    fn refuses_alias_bombs_and_deep_nesting() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("b{}", i - 1)
            };
            bomb.push_str(&format!(
                "b{i}: &b{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
        }
        assert_eq!(parse(&bomb).unwrap_err().kind, SyntaxKind::TooLarge);
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().kind, SyntaxKind::TooDeep);
        let deep_block: String = (0..200).map(|i| format!("{}k:\n", " ".repeat(i))).collect();
        assert_eq!(parse(&deep_block).unwrap_err().kind, SyntaxKind::TooDeep);
    }

    #[test]
    fn plain_words_for_common_mistakes() {
        let e = parse("a: b: c\n").unwrap_err();
        assert_eq!(e.pos, Pos::new(1, 5));
        assert!(
            e.message.to_string().contains("colon followed by a space"),
            "{e:?}"
        );
        assert!(!e.message.to_string().contains("mapping values"), "{e:?}");
        let e = parse("a: \"open\n").unwrap_err();
        assert!(e.message.to_string().contains("quote"), "{e:?}");
        let e = parse("a: 1\n---\nb: 2\n").unwrap_err();
        assert!(
            e.message.to_string().contains("second YAML document"),
            "{e:?}"
        );
        let e = parse("a: !custom 1\n").unwrap_err();
        assert!(e.message.to_string().contains("not supported"), "{e:?}");
    }

    #[test]
    fn empty_text_is_an_error() {
        assert_eq!(
            parse("\n  \n").unwrap_err().message.to_string(),
            "the file is empty"
        );
        assert_eq!(parse("# only\n").unwrap_err().kind, SyntaxKind::Empty);
    }
}
