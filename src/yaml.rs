//! The one place that talks to the YAML parser.
//!
//! Every file is parsed into a small tree of [`Node`]s that remember their
//! 1-based line and column. The guideline and answer loaders walk that tree
//! themselves, so they can report every problem at once with its position,
//! keep entries they do not know, and never depend on the parser's own error
//! wording. Swapping serde-saphyr for another parser means rewriting this
//! file only.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Budget, Options, Spanned};

/// A position in a text file, 1-based; `0:0` means "no position".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    /// Line, starting at 1.
    pub line: u32,
    /// Column in characters, starting at 1.
    pub col: u32,
}

impl Pos {
    /// Builds a position from a line and a column.
    pub fn new(line: u32, col: u32) -> Self {
        Pos { line, col }
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// A YAML value with the position of its node.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where the node starts.
    pub pos: Pos,
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
    /// A string (quoted, or plain text that is not a number or boolean).
    Str(String),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping; keys are nodes too, so their positions are known.
    Map(Vec<(Node, Node)>),
}

impl Value {
    /// A short name of the kind of value, for messages ("a string", "a list").
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "an empty value",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

impl Node {
    /// The text of a scalar key or value, as written (numbers and booleans
    /// included), or `None` for collections and null.
    pub fn scalar_text(&self) -> Option<String> {
        match &self.value {
            Value::Str(s) => Some(s.clone()),
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => Some(f.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            Value::Null | Value::Seq(_) | Value::Map(_) => None,
        }
    }

    /// The node as a JSON value (mapping keys become strings), for JSON
    /// Schema checks and for writing back entries the tool does not know.
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
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The mapping entries, if this node is a mapping.
    pub fn as_map(&self) -> Option<&[(Node, Node)]> {
        match &self.value {
            Value::Map(m) => Some(m),
            _ => None,
        }
    }

    /// Looks a key up in a mapping (first match; duplicates are refused by the parser).
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.as_map()?
            .iter()
            .find(|(k, _)| k.scalar_text().as_deref() == Some(key))
            .map(|(_, v)| v)
    }
}

/// A file that is not valid YAML, or that exceeds a safety budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where the parser stopped; `0:0` when it could not say.
    pub pos: Pos,
    /// What went wrong, in one line.
    pub message: String,
}

/// Deepest nesting accepted. Real files nest at most 8 levels; the limit keeps
/// hostile input from exhausting the stack.
pub const MAX_DEPTH: usize = 32;

fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.flow_nesting_limit = MAX_DEPTH;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    options
}

/// Parses one YAML document into a positioned tree.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    if text.trim().is_empty() {
        return Err(SyntaxError {
            pos: Pos::new(1, 1),
            message: "the file is empty".to_string(),
        });
    }
    match serde_saphyr::from_str_with_options::<Spanned<Value>>(text, options()) {
        Ok(spanned) => Ok(Node {
            value: spanned.value,
            pos: Pos::new(
                spanned.referenced.line() as u32,
                spanned.referenced.column() as u32,
            ),
        }),
        Err(err) => {
            let pos = err
                .location()
                .map(|l| Pos::new(l.line() as u32, l.column() as u32))
                .unwrap_or_default();
            Err(SyntaxError {
                pos,
                message: one_line(&err.to_string()),
            })
        }
    }
}

/// Keeps the first line of a parser message and drops any position suffix the
/// parser appends, since our diagnostics print the position themselves.
fn one_line(message: &str) -> String {
    if message.contains("Depth {") || message.contains("recursion limit") {
        return format!("nesting deeper than {MAX_DEPTH} levels");
    }
    if let Some(rest) = message.split("duplicate mapping key:").nth(1) {
        let key = rest.split(',').next().unwrap_or("").trim();
        return format!("duplicate key `{key}`: each key may appear only once in a mapping");
    }
    if message.contains("budget breached") {
        return "the file expands to too many values (alias or size limit)".to_string();
    }
    let first = message.lines().next().unwrap_or("invalid YAML").trim();
    let first = match first.find(" at line ") {
        Some(i) => &first[..i],
        None => first,
    };
    first.trim_end_matches('.').to_string()
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<Value>::deserialize(deserializer)?;
        Ok(Node {
            value: spanned.value,
            pos: Pos::new(
                spanned.referenced.line() as u32,
                spanned.referenced.column() as u32,
            ),
        })
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Value::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Node>()? {
            items.push(item);
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Node>()? {
            let value = map.next_value::<Node>()?;
            entries.push((key, value));
        }
        Ok(Value::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_positions_of_keys_and_values() {
        let node = parse("a: 1\nb:\n  - x\n  - \"2\"\nc: {0: z}\n").unwrap();
        let map = node.as_map().unwrap();
        assert_eq!(map[1].0.pos, Pos::new(2, 1));
        let Value::Seq(items) = &map[1].1.value else {
            panic!("not a list")
        };
        assert_eq!(items[1].pos, Pos::new(4, 5));
        assert_eq!(items[1].value, Value::Str("2".into()));
        assert_eq!(map[0].1.value, Value::Int(1));
        let inner = map[2].1.as_map().unwrap();
        assert_eq!(inner[0].0.value, Value::Int(0));
    }

    #[test]
    fn refuses_duplicate_keys_with_position() {
        let err = parse("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!(err.pos.line, 3, "{err:?}");
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
        assert!(parse(&bomb).is_err());
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).is_err());
        let deep_block: String = (0..200).map(|i| format!("{}k:\n", " ".repeat(i))).collect();
        assert!(parse(&deep_block).is_err());
    }

    #[test]
    fn empty_text_is_an_error() {
        assert_eq!(parse("\n  \n").unwrap_err().message, "the file is empty");
    }
}
