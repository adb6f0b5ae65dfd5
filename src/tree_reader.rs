//! Reads positioned YAML trees into typed values, collecting every problem.
//!
//! serde's derive stops at the first unknown or missing field; a CI check of a
//! criteria file should list all of them. So the loaders walk the tree with
//! these helpers, which record a [`Diagnostic`] and carry on.

use crate::diagnostic::{Code, Diagnostic, Message};
use crate::i18n::{Msg, MsgArg};
use crate::msg;

/// What a message is about ("the answer to `x`"): a phrase of the
/// catalogues, or English text (the checks of guideline files).
pub(crate) type What = MsgArg;
use crate::yaml::{Node, Pos, Value};

/// The known key closest to a misspelt one: one or two edits away (an
/// insertion, a deletion, a substitution or a swap of neighbours), and
/// closer than the word is long.
pub(crate) fn suggest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (edit_distance(word, k), *k))
        .filter(|(d, _)| *d <= 2 && *d < word.chars().count())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Optimal string alignment distance (Levenshtein with swaps of neighbours).
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// A value with the position it was read from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct At<T> {
    /// The value.
    pub value: T,
    /// Where it stands in the file.
    pub pos: Pos,
}

/// Walks a tree for one file, collecting findings.
pub(crate) struct TreeReader<'d> {
    /// The file name used in findings.
    pub file: String,
    /// Findings so far.
    pub diagnostics: &'d mut Vec<Diagnostic>,
}

/// The entries of a mapping, checked against the keys a schema allows.
pub(crate) struct Fields<'n> {
    entries: &'n [(Node, Node)],
}

impl<'n> Fields<'n> {
    /// The value under `key`, if present.
    pub(crate) fn get(&self, key: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(k, _)| k.is_text(key))
            .map(|(_, v)| v)
    }

    /// How many entries have keys not in `known`, and the first of them.
    pub(crate) fn count_others(&self, known: &[&str]) -> (usize, Option<&'n Node>) {
        let mut others = self
            .entries
            .iter()
            .filter(|(k, _)| !known.iter().any(|name| k.is_text(name)));
        let first = others.next().map(|(k, _)| k);
        (first.map_or(0, |_| 1 + others.count()), first)
    }

    /// Entries whose keys are not in `known`, in file order, with the
    /// position of each key.
    pub(crate) fn others(&self, known: &[&str]) -> Vec<(At<String>, &'n Node)> {
        self.entries
            .iter()
            .filter(|(k, _)| !known.iter().any(|name| k.is_text(name)))
            .map(|(k, v)| {
                (
                    At {
                        value: k.scalar_text().unwrap_or_default(),
                        pos: k.pos,
                    },
                    v,
                )
            })
            .collect()
    }
}

impl TreeReader<'_> {
    /// Records an error.
    pub(crate) fn error(&mut self, code: Code, pos: Pos, message: impl Into<Message>) {
        self.diagnostics
            .push(Diagnostic::error(code, &self.file, pos, message));
    }

    /// Records a warning.
    pub(crate) fn warning(&mut self, code: Code, pos: Pos, message: impl Into<Message>) {
        self.diagnostics
            .push(Diagnostic::warning(code, &self.file, pos, message));
    }

    fn wrong_type(&mut self, node: &Node, what: What, expected: &'static str) {
        self.error(
            Code::WrongType,
            node.pos,
            msg!(
                "wrong-type",
                what = what,
                expected = Msg::new(expected),
                found = kind(&node.value)
            ),
        );
    }

    /// Reads a mapping. Unknown keys are reported as errors when `strict`,
    /// and left for the caller (see [`Fields::others`]) otherwise; missing
    /// `required` keys are reported at the mapping.
    pub(crate) fn fields<'n>(
        &mut self,
        node: &'n Node,
        what: impl Into<What>,
        allowed: &[&str],
        required: &[&str],
        strict: bool,
    ) -> Option<Fields<'n>> {
        let what = what.into();
        let Value::Map(entries) = &node.value else {
            self.wrong_type(node, what, "kind-map");
            return None;
        };
        if strict {
            for (key, _) in entries {
                let name = key.scalar_text().unwrap_or_default();
                if !allowed.contains(&name.as_str()) {
                    let hint = match suggest(&name, allowed) {
                        Some(k) => msg!("did-you-mean", key = k),
                        None => msg!("expected-one-of", keys = allowed.join(", ")),
                    };
                    self.error(
                        Code::UnknownKey,
                        key.pos,
                        msg!(
                            "unknown-key-strict",
                            key = crate::diagnostic::quoted(&name),
                            what = what.clone(),
                            hint = hint
                        ),
                    );
                }
            }
        }
        let fields = Fields { entries };
        for key in required {
            if fields.get(key).is_none() {
                self.error(
                    Code::MissingField,
                    node.pos,
                    msg!("missing-key", what = what.clone(), key = *key),
                );
            }
        }
        Some(fields)
    }

    /// Reads a string; numbers and booleans written bare are accepted as
    /// the characters typed (a version `1.10` or a region `0755` is meant as
    /// text, and stays exactly that).
    pub(crate) fn string(&mut self, node: &Node, what: impl Into<What>) -> Option<At<String>> {
        match &node.value {
            Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) => Some(At {
                value: node.text().unwrap_or_default(),
                pos: node.pos,
            }),
            _ => {
                self.wrong_type(node, what.into(), "kind-string");
                None
            }
        }
    }

    /// Reads an optional string field.
    pub(crate) fn opt_string(
        &mut self,
        fields: &Fields,
        key: &str,
        what: impl Into<What>,
    ) -> Option<At<String>> {
        let node = fields.get(key)?;
        match node.value {
            Value::Null => None,
            Value::Seq(_) | Value::Map(_) => {
                self.string(node, msg!("field-of", what = what.into(), key = key))
            }
            _ => self.string(node, ""),
        }
    }

    /// Reads `true` or `false`.
    pub(crate) fn boolean(&mut self, node: &Node, what: impl Into<What>) -> Option<At<bool>> {
        match &node.value {
            Value::Bool(b) => Some(At {
                value: *b,
                pos: node.pos,
            }),
            _ => {
                self.wrong_type(node, what.into(), "kind-true-false");
                None
            }
        }
    }

    /// Reads an integer.
    pub(crate) fn int(&mut self, node: &Node, what: impl Into<What>) -> Option<At<i64>> {
        match &node.value {
            Value::Int(i) => Some(At {
                value: *i,
                pos: node.pos,
            }),
            _ => {
                self.wrong_type(node, what.into(), "kind-int");
                None
            }
        }
    }

    /// Reads a number (integer or decimal).
    pub(crate) fn number(&mut self, node: &Node, what: impl Into<What>) -> Option<At<f64>> {
        match &node.value {
            Value::Int(i) => Some(At {
                value: *i as f64,
                pos: node.pos,
            }),
            Value::Float(f) => Some(At {
                value: *f,
                pos: node.pos,
            }),
            _ => {
                self.wrong_type(node, what.into(), "kind-float");
                None
            }
        }
    }

    /// Reads a list; `None` (after reporting) if the node is something else.
    pub(crate) fn list<'n>(&mut self, node: &'n Node, what: impl Into<What>) -> Option<&'n [Node]> {
        match &node.value {
            Value::Seq(items) => Some(items),
            Value::Null => Some(&[]),
            _ => {
                self.wrong_type(node, what.into(), "kind-list");
                None
            }
        }
    }

    /// Reads a list of strings.
    pub(crate) fn strings(&mut self, node: &Node, what: impl Into<What>) -> Vec<At<String>> {
        let what = what.into();
        self.list(node, what.clone())
            .unwrap_or_default()
            .iter()
            .filter_map(|item| self.string(item, msg!("entry-of", what = what.clone())))
            .collect()
    }
}

/// What a value is, as messages name it ("text", "a list").
pub(crate) fn kind(value: &Value) -> Msg {
    Msg::new(match value {
        Value::Null => "kind-null",
        Value::Bool(_) => "kind-bool",
        Value::Int(_) => "kind-int",
        Value::Float(_) => "kind-float",
        Value::Str(_) => "kind-text",
        Value::Seq(_) => "kind-list",
        Value::Map(_) => "kind-map",
    })
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn suggests_keys_one_or_two_edits_away() {
        let known = ["level", "reason", "note", "evidence"];
        assert_eq!(suggest("levle", &known), Some("level"));
        assert_eq!(suggest("lvl", &known), Some("level"));
        assert_eq!(suggest("evidense", &known), Some("evidence"));
        assert_eq!(suggest("owner", &known), None);
        assert_eq!(suggest("no", &known), None);
    }
}
