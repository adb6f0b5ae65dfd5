//! Reading a workbook into an [`AnswerFile`], with findings that name the
//! cell. Sheets, columns and header-block fields are found by their names
//! in any language; rows are found by the criterion id in the ID column,
//! so they may be sorted, filtered or moved, and rows or columns the tool
//! did not write are left alone.
//!
//! This file checks the archive, chooses the sheets and holds what the
//! three sheets' readers share (cells as text, levels, header rows); each
//! sheet has its reader: `answers_sheet.rs` (the header block and a row per
//! criterion), `workshop_sheet.rs` (targets, findings, participants) and
//! `hidden_sheet.rs` (what the workbook is for, and the entries kept from
//! an answer file). Every pass is linear in the cells read, or n·log n.

mod answers_sheet;
mod hidden_sheet;
mod workshop_sheet;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use super::MAX_WORKBOOK_BYTES;
use super::archive::{self, Refusal};
use super::cells::{Book, Cell, Sheet, SheetInfo, Unreadable, Value};
use super::layout::{META_SHEET, Names, Vocabulary};
use crate::answers::{AnswerFile, AnswersError, Source};
use crate::diagnostic::{self, Code, Diagnostic, Message, quoted};
use crate::files;
use crate::i18n::{Msg, MsgArg};
use crate::model::{Guideline, MAX_LEVEL};
use crate::msg;
use crate::position::{CellRef, Location, column_letters, sheet_ref};

use answers_sheet::AnswersSheet;
use workshop_sheet::WorkshopSheet;

/// A workbook read: its answers and the warnings about it.
#[derive(Debug)]
pub struct Workbook {
    /// The content, as an answer file.
    pub answers: AnswerFile,
    /// Warnings, at the cells they are about.
    pub warnings: Vec<Diagnostic>,
}

/// Reads a workbook file (`.xlsx` or `.ods`). The bytes come back too, for
/// the report's hash.
pub(crate) fn load_workbook(
    path: &Path,
    guidelines: &[Guideline],
) -> Result<(Workbook, Vec<u8>), AnswersError> {
    let bytes = files::read_bytes(path, MAX_WORKBOOK_BYTES)?;
    let book = read_workbook(&bytes, &path.display().to_string(), guidelines)?;
    Ok((book, bytes))
}

/// Rows searched for the header row of a table.
const HEADER_SEARCH: u32 = 200;

/// Reads a workbook from its bytes. `file` names it in findings (and its
/// extension decides for a file that is both an `.xlsx` and an `.ods`);
/// the guideline the workbook names must be among `guidelines`, whose
/// scale labels (in every language) are accepted as levels.
pub fn read_workbook(
    bytes: &[u8],
    file: &str,
    guidelines: &[Guideline],
) -> Result<Workbook, AnswersError> {
    let mut r = WbReader {
        file,
        diagnostics: Vec::new(),
        vocab: Vocabulary::get(),
        row_ids: Vec::new(),
        lang: String::new(),
    };
    let parsed = r.read(bytes, guidelines);
    diagnostic::sort(&mut r.diagnostics);
    match parsed {
        Some(answers) if diagnostic::error_count(&r.diagnostics) == 0 => Ok(Workbook {
            answers,
            warnings: r.diagnostics,
        }),
        _ => Err(AnswersError::Invalid(r.diagnostics)),
    }
}

struct WbReader<'a> {
    file: &'a str,
    diagnostics: Vec<Diagnostic>,
    vocab: &'static Vocabulary,
    /// The criterion id of every row of the Answers sheet, answered or not.
    row_ids: Vec<String>,
    /// The workbook's language (its hidden sheet's), once known: the
    /// language of the titles and headers its sheets show, which messages
    /// quote so that a person finds the row or column they name.
    lang: String,
}

/// A sheet read, with its place among the workbook's tabs.
struct SheetAt {
    sheet: Sheet,
    index: u32,
    name: Arc<str>,
}

impl SheetAt {
    /// A cell of this sheet, for findings and answers.
    fn cell(&self, row: u32, col: u32) -> CellRef {
        CellRef {
            sheet_index: self.index,
            sheet: self.name.clone(),
            row,
            col,
        }
    }
}

/// The sheets a reader looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wanted {
    Hidden,
    Answers,
    Workshop,
}

/// The scale labels of a guideline, as keys, with their level.
struct Labels(HashMap<String, u8>);

impl Labels {
    fn of(g: Option<&Guideline>) -> Labels {
        let mut out = HashMap::new();
        if let Some(g) = g {
            let mut langs: Vec<&str> = g.languages.iter().map(String::as_str).collect();
            langs.extend(crate::i18n::languages());
            for lang in langs {
                for n in 0..=MAX_LEVEL {
                    let label = g.level_label(n, lang).trim().to_lowercase();
                    for k in [deunicode::deunicode(&label), label] {
                        if !k.is_empty() {
                            out.entry(k).or_insert(n);
                        }
                    }
                }
            }
        }
        Labels(out)
    }

    fn level_of(&self, text: &str) -> Option<u8> {
        let t = text.trim().to_lowercase();
        self.0
            .get(&t)
            .or_else(|| self.0.get(&deunicode::deunicode(&t)))
            .copied()
    }
}

/// What a level (or target) cell says.
enum LevelCell {
    Empty,
    Level(u8),
    NotApplicable,
    /// A date the spreadsheet made of what was typed (3/4, say).
    Date(String),
    /// `3 Advanced`: a number, and the label of another level.
    Mismatch {
        said: u8,
        label: String,
        level_of_label: u8,
    },
    /// Anything else, as shown.
    Invalid(String),
}

/// What a level cell holds: a number 0-4 (a number cell whose value is a
/// whole number of the scale), a digit 0-4 as text, the digit with its
/// label as the drop-down offers it (`3 Established`, `3 - Established`),
/// a label of the scale in any language, or N/A. Nothing else is a level:
/// `1,000`, `3.0`, `03`, `+3` typed as text are refused, not guessed at.
fn level_cell(cell: &Cell, labels: &Labels, vocab: &Vocabulary) -> LevelCell {
    let t = match &cell.value {
        Value::Empty => return LevelCell::Empty,
        Value::Number(f) => {
            return number_level(*f)
                .map_or_else(|| LevelCell::Invalid(number_text(*f)), LevelCell::Level);
        }
        Value::Date(d) => return LevelCell::Date(d.clone()),
        v @ (Value::Bool(_) | Value::Error(_)) => return LevelCell::Invalid(shown(v)),
        Value::Text(t) => t.trim(),
    };
    if t.is_empty() {
        return LevelCell::Empty;
    }
    if vocab.is_na(t) {
        return LevelCell::NotApplicable;
    }
    let mut chars = t.chars();
    let first = chars.next().and_then(|c| c.to_digit(10));
    let rest = chars.as_str();
    let Some(said) = first.and_then(|d| u8::try_from(d).ok()) else {
        return labels
            .level_of(t)
            .map_or_else(|| LevelCell::Invalid(t.to_string()), LevelCell::Level);
    };
    let separated = rest.is_empty()
        || rest
            .starts_with(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '.' | ':' | ')'));
    if said > MAX_LEVEL || !separated {
        return LevelCell::Invalid(t.to_string());
    }
    let label = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '.' | ':' | ')')
    });
    match labels.level_of(label) {
        _ if label.is_empty() => LevelCell::Level(said),
        Some(n) if n == said => LevelCell::Level(said),
        Some(level_of_label) => LevelCell::Mismatch {
            said,
            label: label.to_string(),
            level_of_label,
        },
        None => LevelCell::Invalid(t.to_string()),
    }
}

/// The row of a table's header: the first row (of those searched) where
/// at least two cells name columns of the table.
fn header_row<C: Copy + PartialEq>(
    s: &Sheet,
    cols: &[(C, Names)],
    rows: &[u32],
) -> Option<(u32, Vec<(C, u32)>)> {
    rows.iter()
        .take_while(|r| **r <= HEADER_SEARCH)
        .map(|&row| (row, map_header(s, row, cols)))
        .find(|(_, found)| found.len() >= 2)
}

/// The columns a header row names: each column once, at the first cell
/// naming it (in any language).
fn map_header<C: Copy + PartialEq>(s: &Sheet, row: u32, names: &[(C, Names)]) -> Vec<(C, u32)> {
    let mut found: Vec<(C, u32)> = Vec::new();
    for (col, cell) in s.row(row) {
        if let Value::Text(t) = &cell.value
            && let Some((c, _)) = names.iter().find(|(_, n)| n.matches(t))
            && !found.iter().any(|(f, _)| f == c)
        {
            found.push((*c, col));
        }
    }
    found
}

/// Where a mapped header has a column; 0, a column no sheet has, when it
/// has none.
fn col_of<C: PartialEq>(found: &[(C, u32)], c: C) -> u32 {
    found.iter().find(|(f, _)| *f == c).map_or(0, |(_, n)| *n)
}

/// The text of a cell that holds text, as typed; numbers as a spreadsheet
/// shows them (`12`, `1.5`), dates as `YYYY-MM-DD`.
fn shown(value: &Value) -> String {
    match value {
        Value::Empty => String::new(),
        Value::Text(s) => s.clone(),
        Value::Number(f) => number_text(*f),
        Value::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Value::Date(d) => d.clone(),
        Value::Error(e) => e.clone(),
    }
}

fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// A whole number 0-4.
fn number_level(f: f64) -> Option<u8> {
    (f.fract() == 0.0 && (0.0..=f64::from(MAX_LEVEL)).contains(&f)).then_some(f as u8)
}

/// What sheets a workbook has, for a message.
fn list(names: &[SheetInfo]) -> Msg {
    let shown: Vec<String> = names
        .iter()
        .map(|n| format!("`{}`", quoted(&n.name)))
        .collect();
    msg!(
        "workbook-has-sheets",
        count = names.len(),
        names = shown.join(", ")
    )
}

/// Phrases joined with commas, as one argument: each may be a message of
/// its own. At most [`LISTED`] are given, then `…`, which keeps the nesting
/// shallow whatever a workbook holds.
fn joined(items: Vec<MsgArg>) -> MsgArg {
    let more = items.len() > LISTED;
    let mut items: Vec<MsgArg> = items.into_iter().take(LISTED).collect();
    if more {
        items.push(MsgArg::Str("…".to_string()));
    }
    let Some(last) = items.pop() else {
        return MsgArg::Str(String::new());
    };
    items.into_iter().rev().fold(last, |rest, item| {
        Msg::new("workbook-list")
            .arg("first", item)
            .arg("rest", rest)
            .into()
    })
}

/// Sheets a message lists by name.
const LISTED: usize = 20;

/// A row of a table that holds a criterion or an area, as a message
/// names it for a person looking at the sheet: its row, its title (as
/// the workbook shows it) and its id, `row 12 (Mandate endorsed and
/// current, `governance.mandate`)`; without a title when the id is not
/// the guideline's.
fn row_named(row: u32, id: &str, title: Option<&str>) -> Msg {
    match title {
        Some(title) => msg!(
            "workbook-row",
            row = row.to_string(),
            title = quoted(title),
            id = quoted(id)
        ),
        None => msg!(
            "workbook-row-unknown",
            row = row.to_string(),
            id = quoted(id)
        ),
    }
}

impl WbReader<'_> {
    fn error(&mut self, code: Code, at: impl Into<Location>, message: impl Into<Message>) {
        self.diagnostics
            .push(Diagnostic::error(code, self.file, at, message));
    }

    fn warning(&mut self, code: Code, at: impl Into<Location>, message: impl Into<Message>) {
        self.diagnostics
            .push(Diagnostic::warning(code, self.file, at, message));
    }

    fn read(&mut self, bytes: &[u8], guidelines: &[Guideline]) -> Option<AnswerFile> {
        let named_ods = Path::new(self.file)
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("ods"));
        let checked = match archive::check(bytes, named_ods) {
            Ok(c) => c,
            Err(Refusal::NotAWorkbook(m)) => {
                self.error(Code::NotAWorkbook, Location::File, m);
                return None;
            }
            Err(Refusal::Bomb(m)) => {
                self.error(Code::ZipBomb, Location::File, m);
                return None;
            }
        };
        let mut book = match Book::open(checked.zip, checked.kind) {
            Ok(b) => b,
            Err(e) => {
                self.unreadable(e, None);
                return None;
            }
        };
        let sheets = book.sheets();

        // The hidden sheet: what the workbook is for.
        let hidden = self.sheet(&mut book, &sheets, Wanted::Hidden)?;
        self.refuse_damaged(&hidden);
        let meta = self.hidden_sheet(&hidden, guidelines)?;
        let g = meta.guideline;
        self.lang = meta.language.clone();

        let answers_sheet = self.sheet(&mut book, &sheets, Wanted::Answers);
        let workshop_sheet = self.sheet(&mut book, &sheets, Wanted::Workshop);
        let (answers_sheet, workshop_sheet) = (answers_sheet?, workshop_sheet?);
        for s in [&answers_sheet, &workshop_sheet] {
            self.refuse_merged(s);
            self.refuse_damaged(s);
        }

        let labels = Labels::of(g);
        let AnswersSheet {
            network,
            respondent,
            date,
            entries,
        } = self.answers_sheet(&answers_sheet, g, &labels)?;
        let WorkshopSheet {
            targets,
            findings,
            participants,
        } = self.workshop_sheet(&workshop_sheet, g, &labels)?;

        let mut a = AnswerFile {
            guideline: meta.id,
            guideline_version: meta.version,
            network,
            respondent,
            date,
            language: meta.language,
            scope: meta.scope,
            targets,
            participants,
            findings,
            answers: entries,
            extra: Vec::new(),
            source: Source::default(),
        };
        if let Some(kept) = &meta.kept {
            self.restore_kept(&mut a, kept);
        }
        if let Some(g) = g {
            self.check_ids(g, &meta.guideline_at);
            // Criteria in the guideline's order, whatever the rows' order;
            // answers to other ids after them, as the rows had them.
            let order: HashMap<&str, usize> = g
                .criteria()
                .enumerate()
                .map(|(i, (_, c))| (c.id.as_str(), i))
                .collect();
            a.answers.sort_by_cached_key(|e| {
                order
                    .get(e.criterion.as_str())
                    .copied()
                    .unwrap_or(usize::MAX)
            });
        }
        Some(a)
    }

    /// Loads a sheet the reader needs, or says it is missing. For the
    /// Answers and Workshop sheets, which go by their names in any
    /// language, the sheet a person sees is read: a visible one before a
    /// hidden one, the sheet named as the tool names it before a copy
    /// (`Answers (2)`); a hidden sheet, or more than one, is warned about.
    fn sheet(&mut self, book: &mut Book, sheets: &[SheetInfo], wanted: Wanted) -> Option<SheetAt> {
        let vocab = self.vocab;
        let names: Option<&Names> = match wanted {
            Wanted::Hidden => None,
            Wanted::Answers => Some(&vocab.answers_sheet),
            Wanted::Workshop => Some(&vocab.workshop_sheet),
        };
        let candidates: Vec<usize> = (0..sheets.len())
            .filter(|&i| match names {
                None => sheets[i].name.eq_ignore_ascii_case(META_SHEET),
                Some(n) => n.matches(&sheets[i].name),
            })
            .collect();
        let Some(&first) = candidates.first() else {
            let has = list(sheets);
            let is_view = sheets.iter().any(|s| {
                s.name
                    .eq_ignore_ascii_case(crate::answers::workbook::VIEW_SHEET)
            });
            let message = match names {
                None if is_view => msg!("workbook-is-network-view"),
                None => msg!("workbook-no-hidden-sheet", sheet = META_SHEET, sheets = has),
                Some(n) if wanted == Wanted::Answers => msg!(
                    "workbook-no-answers-sheet",
                    names = n.shown(&self.lang),
                    sheets = has
                ),
                Some(n) => msg!(
                    "workbook-no-workshop-sheet",
                    names = n.shown(&self.lang),
                    sheets = has
                ),
            };
            self.error(Code::MissingSheet, Location::File, message);
            return None;
        };
        let chosen = match names {
            None => first,
            Some(n) => {
                let visible: Vec<usize> = candidates
                    .iter()
                    .copied()
                    .filter(|&i| !sheets[i].hidden)
                    .collect();
                let pool = if visible.is_empty() {
                    &candidates
                } else {
                    &visible
                };
                let chosen = pool
                    .iter()
                    .copied()
                    .find(|&i| n.is_exact(&sheets[i].name))
                    .unwrap_or(pool[0]);
                self.warn_sheet_choice(sheets, &candidates, chosen, wanted);
                chosen
            }
        };
        let name = &sheets[chosen].name;
        match book.sheet(name) {
            Ok(sheet) => Some(SheetAt {
                sheet,
                index: chosen as u32,
                name: name.as_str().into(),
            }),
            Err(e) => {
                self.unreadable(e, Some(name));
                None
            }
        }
    }

    /// Says which sheet is read when a person may be looking at another:
    /// the sheet is hidden, or several sheets go by its name.
    fn warn_sheet_choice(
        &mut self,
        sheets: &[SheetInfo],
        candidates: &[usize],
        chosen: usize,
        wanted: Wanted,
    ) {
        let workshop = wanted == Wanted::Workshop;
        let name = |i: usize| format!("`{}`", quoted(&sheets[i].name));
        if candidates.len() > 1 {
            // The others, each a phrase of its own: "(hidden)" is a word
            // of the reader's language.
            let others: Vec<MsgArg> = candidates
                .iter()
                .filter(|&&i| i != chosen)
                .map(|&i| {
                    if sheets[i].hidden {
                        msg!("workbook-sheet-hidden-mark", sheet = name(i)).into()
                    } else {
                        MsgArg::Str(name(i))
                    }
                })
                .collect();
            let id = if workshop {
                "workbook-sheets-compete-workshop"
            } else {
                "workbook-sheets-compete-answers"
            };
            let mut message = Msg::new(id)
                .arg("count", candidates.len().to_string())
                .arg("chosen", name(chosen));
            message = message.arg("others", joined(others));
            self.warning(Code::AmbiguousSheet, Location::File, message);
        }
        if sheets[chosen].hidden {
            let message = if workshop {
                msg!("workbook-workshop-sheet-hidden", sheet = name(chosen))
            } else {
                msg!("workbook-answers-sheet-hidden", sheet = name(chosen))
            };
            self.warning(Code::AmbiguousSheet, Location::File, message);
        }
    }

    /// Says why a workbook (or one of its sheets) cannot be read.
    fn unreadable(&mut self, e: Unreadable, sheet: Option<&str>) {
        let (m, too_large, sheet) = match e {
            Unreadable::Damaged(m) => (m, false, sheet),
            Unreadable::TooLarge(m) => (m, true, sheet),
            // A part (such as the shared strings) is not one sheet's.
            Unreadable::Part { message, too_large } => (message, too_large, None),
        };
        let (code, id) = match (too_large, sheet.is_some()) {
            (true, false) => (Code::ZipBomb, "workbook-refused"),
            (true, true) => (Code::ZipBomb, "workbook-sheet-refused"),
            (false, false) => (Code::NotAWorkbook, "workbook-unreadable"),
            (false, true) => (Code::NotAWorkbook, "workbook-sheet-unreadable"),
        };
        let mut message = Msg::new(id).arg("reason", m);
        if let Some(s) = sheet {
            message = message.arg("sheet", sheet_ref(&quoted(s)));
        }
        self.error(code, Location::File, message);
    }

    /// Merged cells shift what a reader finds where; the writer never
    /// merges, so a merge is a user's change to undo.
    fn refuse_merged(&mut self, s: &SheetAt) {
        for &((r0, c0), (r1, c1)) in &s.sheet.merged {
            let range = format!("{}{r0}:{}{r1}", column_letters(c0), column_letters(c1));
            self.error(
                Code::MergedCells,
                s.cell(r0, c0),
                msg!("workbook-merged", range = range),
            );
        }
    }

    /// Cells that refer to a shared string the workbook does not have:
    /// no spreadsheet program shows a value there, so none is read.
    fn refuse_damaged(&mut self, s: &SheetAt) {
        for ((row, col), why) in s.sheet.damaged_cells() {
            self.error(
                Code::NotAWorkbook,
                s.cell(row, col),
                msg!("workbook-damaged-cell", reason = why),
            );
        }
    }

    /// A cell's text, or an error when a formula computes it. `what`
    /// names the cell (a phrase of the catalogues), and is made only when
    /// there is something to say.
    fn text_at(&mut self, s: &SheetAt, row: u32, col: u32, what: impl FnOnce() -> Msg) -> String {
        let Some(cell) = s.sheet.get(row, col) else {
            return String::new();
        };
        if let Some(f) = &cell.formula {
            self.error(
                Code::FormulaInCell,
                s.cell(row, col),
                msg!(
                    "workbook-formula",
                    what = what(),
                    formula = quoted(f.trim_start_matches('='))
                ),
            );
            return String::new();
        }
        if let Value::Error(e) = &cell.value {
            self.error(
                Code::WrongType,
                s.cell(row, col),
                msg!("workbook-error-value", what = what(), error = quoted(e)),
            );
            return String::new();
        }
        shown(&cell.value)
    }

    /// Says which columns of a table are missing.
    fn require_cols<C: Copy + PartialEq>(
        &mut self,
        s: &SheetAt,
        header: u32,
        found: &[(C, u32)],
        needed: &[C],
        names: &[(C, Names)],
    ) -> bool {
        let mut ok = true;
        for c in needed {
            if !found.iter().any(|(f, _)| f == c) {
                let shown = names
                    .iter()
                    .find(|(n, _)| n == c)
                    .map_or(MsgArg::Str(String::new()), |(_, n)| n.shown(&self.lang));
                self.error(
                    Code::MissingColumn,
                    s.cell(header, 1),
                    msg!(
                        "workbook-missing-column",
                        names = shown,
                        row = header.to_string()
                    ),
                );
                ok = false;
            }
        }
        ok
    }

    /// A workbook whose rows mostly belong to another guideline than the
    /// one its hidden sheet names was changed or mixed up: say so rather
    /// than score the few ids two guidelines share.
    fn check_ids(&mut self, g: &Guideline, at: &CellRef) {
        let known: std::collections::HashSet<&str> = g
            .criteria()
            .flat_map(|(_, c)| std::iter::once(&c.id).chain(&c.replaces))
            .map(String::as_str)
            .collect();
        // Every row counts, answered or not: an unanswered template whose
        // hidden sheet was changed is caught too. Answers to criteria the
        // guideline dropped, which `convert` writes below the others,
        // are in the rows too.
        let rows = &self.row_ids;
        let unknown: Vec<&String> = rows
            .iter()
            .filter(|id| !known.contains(id.as_str()))
            .collect();
        // One or two mistyped ids are warned about on their rows; only
        // many strangers mean the rows are not this guideline's.
        if unknown.len() >= 3 && unknown.len() * 2 > rows.len() {
            let message = msg!(
                "workbook-other-guideline-rows",
                unknown = unknown.len().to_string(),
                rows = rows.len().to_string(),
                first = quoted(unknown[0]),
                id = &g.id,
                version = &g.version
            );
            self.error(Code::GuidelineMismatch, at.clone(), message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_whole_numbers_of_the_scale() {
        assert_eq!(number_level(3.0), Some(3));
        assert_eq!(number_level(2.5), None);
        assert_eq!(number_level(5.0), None);
        assert_eq!(number_level(-1.0), None);
    }

    /// What a text cell reads as: a level, N/A, empty, or refused.
    fn text_level(text: &str) -> String {
        let g = crate::model::builtin()
            .into_iter()
            .find(|g| g.id == "strengthening")
            .expect("built in");
        let labels = Labels::of(Some(&g));
        let cell = Cell {
            value: Value::Text(text.to_string()),
            formula: None,
        };
        match level_cell(&cell, &labels, Vocabulary::get()) {
            LevelCell::Empty => "empty".into(),
            LevelCell::Level(n) => n.to_string(),
            LevelCell::NotApplicable => "na".into(),
            LevelCell::Date(d) => format!("date {d}"),
            LevelCell::Mismatch { said, .. } => format!("mismatch {said}"),
            LevelCell::Invalid(t) => format!("invalid {t}"),
        }
    }

    #[test]
    fn a_level_is_a_digit_of_the_scale_a_label_or_na_and_nothing_else() {
        for (typed, read) in [
            ("3", "3"),
            (" 0 ", "0"),
            ("3 Established", "3"),
            ("3 - Established", "3"),
            ("3. Established", "3"),
            ("Established", "3"),
            ("établi", "3"),
            ("N/A", "na"),
            ("", "empty"),
            ("3 Advanced", "mismatch 3"),
            ("1,000", "invalid 1,000"),
            ("3.0", "invalid 3.0"),
            ("3,0", "invalid 3,0"),
            ("03", "invalid 03"),
            ("+3", "invalid +3"),
            ("-0", "invalid -0"),
            ("5", "invalid 5"),
            ("12", "invalid 12"),
            ("3 nonsense", "invalid 3 nonsense"),
            ("1e0", "invalid 1e0"),
        ] {
            assert_eq!(text_level(typed), read, "{typed:?}");
        }
    }
}
