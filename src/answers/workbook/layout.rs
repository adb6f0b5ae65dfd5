//! What the writer and the reader of workbooks agree on: the sheets, the
//! columns of each table, the fields of the header block, and their names
//! in every language of the catalogues (`locales/*/workbook.ftl`).
//!
//! The reader compares names through [`key`]: the text before any `(`,
//! trimmed, lower-case, spaces collapsed. So `Evidence (one per line)` is
//! found as `evidence`, and a header written in French is found in a
//! workbook read by an English user.

use std::sync::OnceLock;

use crate::i18n::{self, MsgArg, Tr};
use crate::msg;

/// The hidden sheet with the format, guideline, version, language and the
/// entries kept from an answer file. Not translated: nobody reads it.
pub(super) const META_SHEET: &str = "wen-assess";

/// Keys of the hidden sheet's rows (column A), with the value in column B.
pub(super) const META_FORMAT: &str = "format";
pub(super) const META_GUIDELINE: &str = "guideline";
pub(super) const META_VERSION: &str = "guideline-version";
pub(super) const META_LANGUAGE: &str = "language";
/// Whom the answers speak for: `network` or `member` (absent in workbooks
/// of earlier versions: the network).
pub(super) const META_SCOPE: &str = "scope";
/// Entries of the answer file the tool keeps but does not use, as YAML
/// text, over as many rows as needed (a cell holds at most 32,767 characters).
pub(super) const META_KEPT: &str = "kept";
/// Characters of kept YAML per cell.
pub(super) const KEPT_CHUNK: usize = 30_000;

/// The visible sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SheetKind {
    /// What to do, the scale, N/A, how scores are made.
    Instructions,
    /// Header block and one row per criterion.
    Answers,
    /// Targets and findings per area, participants.
    Workshop,
}

impl SheetKind {
    /// The message naming the sheet.
    pub(super) fn message(self) -> &'static str {
        match self {
            SheetKind::Instructions => "wb-sheet-instructions",
            SheetKind::Answers => "wb-sheet-answers",
            SheetKind::Workshop => "wb-sheet-workshop",
        }
    }
}

/// The fields of the header block of the Answers sheet: a label, and the
/// value in the next cell to its right that is not a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Network,
    Region,
    Country,
    Respondent,
    Role,
    Date,
}

impl Field {
    /// Every field, in the writer's order: left column, then right column.
    pub(super) const ALL: [Field; 6] = [
        Field::Network,
        Field::Region,
        Field::Country,
        Field::Respondent,
        Field::Role,
        Field::Date,
    ];

    /// The message labelling the field.
    pub(super) fn message(self) -> &'static str {
        match self {
            Field::Network => "wb-network",
            Field::Region => "wb-region",
            Field::Country => "wb-country",
            Field::Respondent => "wb-respondent",
            Field::Role => "wb-role",
            Field::Date => "wb-date",
        }
    }
}

/// The columns of the Answers table, in the writer's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Col {
    Area,
    Id,
    Criterion,
    Guidance,
    Levels,
    Level,
    Reason,
    Note,
    Evidence,
}

impl Col {
    /// Every column, in the writer's order.
    pub(super) const ALL: [Col; 9] = [
        Col::Area,
        Col::Id,
        Col::Criterion,
        Col::Guidance,
        Col::Levels,
        Col::Level,
        Col::Reason,
        Col::Note,
        Col::Evidence,
    ];

    /// Where the writer puts the column, counted from 0 (A).
    pub(super) fn index(self) -> u16 {
        Col::ALL.iter().position(|c| *c == self).unwrap_or(0) as u16
    }

    /// The columns the reader needs; the others only show the criteria.
    pub(super) const READ: [Col; 5] = [Col::Id, Col::Level, Col::Reason, Col::Note, Col::Evidence];

    /// The header message.
    pub(super) fn message(self) -> &'static str {
        match self {
            Col::Area => "wb-col-area",
            Col::Id => "wb-col-id",
            Col::Criterion => "wb-col-criterion",
            Col::Guidance => "wb-col-guidance",
            Col::Levels => "wb-col-levels",
            Col::Level => "wb-col-level",
            Col::Reason => "wb-col-reason",
            Col::Note => "wb-col-note",
            Col::Evidence => "wb-col-evidence",
        }
    }

    /// Width in characters: the table fits an A4 landscape page at about
    /// seven tenths of its size, the descriptors getting the most room and
    /// the note and evidence enough to type into.
    pub(super) fn width(self) -> f64 {
        match self {
            Col::Area => 12.0,
            Col::Id => 13.0,
            Col::Criterion => 26.0,
            Col::Guidance => 24.0,
            Col::Levels => 50.0,
            Col::Level => 12.0,
            Col::Reason => 16.0,
            Col::Note => 28.0,
            Col::Evidence => 24.0,
        }
    }
}

/// The columns of the findings table of the Workshop sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AreaCol {
    Area,
    Id,
    Target,
    Strengths,
    Challenges,
    Priorities,
}

impl AreaCol {
    /// Every column, in the writer's order.
    pub(super) const ALL: [AreaCol; 6] = [
        AreaCol::Area,
        AreaCol::Id,
        AreaCol::Target,
        AreaCol::Strengths,
        AreaCol::Challenges,
        AreaCol::Priorities,
    ];

    /// The header message.
    pub(super) fn message(self) -> &'static str {
        match self {
            AreaCol::Area => "wb-col-area",
            AreaCol::Id => "wb-col-id",
            AreaCol::Target => "wb-col-target",
            AreaCol::Strengths => "wb-col-strengths",
            AreaCol::Challenges => "wb-col-challenges",
            AreaCol::Priorities => "wb-col-priorities",
        }
    }
}

/// The columns of the participants table of the Workshop sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PersonCol {
    Name,
    Agency,
    Country,
}

impl PersonCol {
    /// Every column, in the writer's order.
    pub(super) const ALL: [PersonCol; 3] = [PersonCol::Name, PersonCol::Agency, PersonCol::Country];

    /// The header message.
    pub(super) fn message(self) -> &'static str {
        match self {
            PersonCol::Name => "wb-col-name",
            PersonCol::Agency => "wb-col-agency",
            PersonCol::Country => "wb-col-participant-country",
        }
    }
}

/// Widths of the Workshop sheet's columns A-F.
pub(super) const WORKSHOP_WIDTHS: [f64; 6] = [24.0, 20.0, 14.0, 40.0, 40.0, 40.0];

/// The form in which names are compared: the text before any `(`, trimmed,
/// lower-case, with runs of white space as one space.
pub(super) fn key(text: &str) -> String {
    let head = text.split('(').next().unwrap_or("");
    let mut out = String::with_capacity(head.len());
    for word in head.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// A name in every language (English first): its [`key`], the name as
/// shown (the text before any `(`), and the language it is first found in.
#[derive(Debug, Clone)]
pub(super) struct Names(Vec<(String, String, &'static str)>);

impl Names {
    /// The names of a message in every catalogue.
    fn of(message: &str) -> Names {
        let mut out: Vec<(String, String, &'static str)> = Vec::new();
        for lang in i18n::languages() {
            let text = Tr::new(lang).t(message);
            let k = key(&text);
            if !k.is_empty() && !out.iter().any(|(o, _, _)| *o == k) {
                let shown = text.split('(').next().unwrap_or("").trim().to_string();
                out.push((k, shown, lang));
            }
        }
        Names(out)
    }

    /// True when `text` is one of the names.
    pub(super) fn matches(&self, text: &str) -> bool {
        self.has(&key(text))
    }

    /// True when `text` is one of the names as the tool writes it (any
    /// case, spaces around): `Answers`, not the copy `Answers (2)`.
    pub(super) fn is_exact(&self, text: &str) -> bool {
        let text = text.trim();
        self.0
            .iter()
            .any(|(_, shown, _)| shown.to_lowercase() == text.to_lowercase())
    }

    /// True when a [`key`] is one of the names.
    pub(super) fn has(&self, k: &str) -> bool {
        !k.is_empty() && self.0.iter().any(|(n, _, _)| n == k)
    }

    /// The names for a message, the name in `lang` (the workbook's: the one
    /// its sheets show) first, e.g. `"Identifiant" (or "ID")`.
    pub(super) fn shown(&self, lang: &str) -> MsgArg {
        let first = self.0.iter().position(|(_, _, l)| *l == lang).unwrap_or(0);
        let quote = |i: usize| format!("\"{}\"", self.0[i].1);
        let others: Vec<String> = (0..self.0.len())
            .filter(|&i| i != first)
            .map(quote)
            .collect();
        if self.0.is_empty() {
            return MsgArg::Str(String::new());
        }
        if others.is_empty() {
            return MsgArg::Str(quote(first));
        }
        msg!(
            "workbook-names",
            first = quote(first),
            others = others.join(", ")
        )
        .into()
    }
}

/// Each of `all` with the names of its message in every catalogue.
fn named<T: Copy>(all: &[T], message: fn(T) -> &'static str) -> Vec<(T, Names)> {
    all.iter().map(|&x| (x, Names::of(message(x)))).collect()
}

/// Every name the reader looks for, built once per run.
pub(super) struct Vocabulary {
    /// Names of the Answers and Workshop sheets.
    pub answers_sheet: Names,
    pub workshop_sheet: Names,
    /// Labels of the header block.
    pub fields: Vec<(Field, Names)>,
    /// Headers of the Answers table.
    pub cols: Vec<(Col, Names)>,
    /// Headers of the findings table.
    pub area_cols: Vec<(AreaCol, Names)>,
    /// Headers of the participants table.
    pub person_cols: Vec<(PersonCol, Names)>,
    /// Ways of writing N/A, lower-case.
    pub na_words: Vec<String>,
}

impl Vocabulary {
    /// The vocabulary of every catalogue.
    pub(super) fn get() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        VOCABULARY.get_or_init(|| {
            // Beside the answer file's spellings (`read::is_na`).
            let mut na_words: Vec<String> = vec!["n.a.".into()];
            for lang in i18n::languages() {
                let t = Tr::new(lang);
                for w in std::iter::once(t.t("not-applicable"))
                    .chain(t.t("wb-na-words").split('|').map(str::to_string))
                {
                    let w = w.trim().to_lowercase();
                    if !w.is_empty() && !na_words.contains(&w) {
                        na_words.push(w);
                    }
                }
            }
            Vocabulary {
                answers_sheet: Names::of(SheetKind::Answers.message()),
                workshop_sheet: Names::of(SheetKind::Workshop.message()),
                fields: named(&Field::ALL, Field::message),
                cols: named(&Col::ALL, Col::message),
                area_cols: named(&AreaCol::ALL, AreaCol::message),
                person_cols: named(&PersonCol::ALL, PersonCol::message),
                na_words,
            }
        })
    }

    /// The names of a column of the Answers table.
    pub(super) fn col(&self, col: Col) -> &Names {
        &self
            .cols
            .iter()
            .find(|(c, _)| *c == col)
            .expect("every column has names")
            .1
    }

    /// The field a label names, if it is one.
    pub(super) fn field(&self, text: &str) -> Option<Field> {
        let k = key(text);
        self.fields.iter().find(|(_, n)| n.has(&k)).map(|(f, _)| *f)
    }

    /// True when `text` (in any case, trimmed) is a way of writing N/A: an
    /// answer file's (`na`, `n/a`) or a workbook's (`N.A.`, the labels and
    /// words of every language).
    pub(super) fn is_na(&self, text: &str) -> bool {
        let t = text.trim();
        crate::answers::read::is_na(t) || self.na_words.contains(&t.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_compared_before_the_parenthesis_in_any_language() {
        let v = Vocabulary::get();
        assert!(v.col(Col::Evidence).matches("Evidence (one per line)"));
        assert!(v.col(Col::Evidence).matches("  EVIDENCE "));
        assert!(v.col(Col::Level).matches("Niveau"));
        assert!(!v.col(Col::Level).matches("Levels"));
        assert_eq!(v.field("Date (AAAA-MM-JJ)"), Some(Field::Date));
        assert!(v.is_na("N/A"));
        assert!(v.is_na(" na "));
        assert!(v.answers_sheet.matches("Réponses"));
        assert!(v.answers_sheet.matches("Answers (2)"));
        assert!(v.answers_sheet.is_exact(" answers "));
        assert!(!v.answers_sheet.is_exact("Answers (2)"));
    }

    #[test]
    fn every_name_is_unique_where_the_reader_looks_for_it() {
        let v = Vocabulary::get();
        // The Answers table: no header may stand for two columns.
        for (i, (_, a)) in v.cols.iter().enumerate() {
            for (_, b) in &v.cols[i + 1..] {
                for (k, _, _) in &a.0 {
                    assert!(!b.matches(k), "{k} names two columns");
                }
            }
        }
        // Header block labels are not table headers either.
        for (_, f) in &v.fields {
            for (k, _, _) in &f.0 {
                assert!(v.cols.iter().all(|(_, c)| !c.matches(k)), "{k}");
            }
        }
    }
}
