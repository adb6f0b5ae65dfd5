//! Reading a workbook into an [`AnswerFile`], with findings that name the
//! cell. Sheets, columns and header-block fields are found by their names
//! in any language; rows are found by the criterion id in the ID column,
//! so they may be sorted, filtered or moved, and rows or columns the tool
//! did not write are left alone.

use std::path::Path;

use super::archive::{self, Refusal};
use super::cells::{Book, Cell, Sheet, Unreadable, Value};
use super::layout::{
    AreaCol, Col, Field, META_FORMAT, META_GUIDELINE, META_KEPT, META_LANGUAGE, META_SHEET,
    META_VERSION, Names, PersonCol, Vocabulary,
};
use super::{MAX_WORKBOOK_BYTES, Places, cell_pos, column_letters, sheet_ref};
use crate::answers::{
    ANSWERS_FORMAT, Answer, AnswerFile, AnswersError, AreaFindings, Entry, Extra, Network,
    Participant, Respondent, Response, Source,
};
use crate::diagnostic::{self, Code, Diagnostic};
use crate::files;
use crate::model::{self, Guideline, MAX_LEVEL};
use crate::yaml::{self, Node, Pos, Value as YamlValue};

/// A workbook read: its answers, the warnings about it, and the sheets its
/// cell positions refer to.
#[derive(Debug)]
pub struct Workbook {
    /// The content, as an answer file.
    pub answers: AnswerFile,
    /// Warnings, positioned at cells; turn the positions into cell names
    /// with [`Places::relabel`] once other findings are added and sorted.
    pub warnings: Vec<Diagnostic>,
    /// The sheets the positions refer to.
    pub places: Places,
}

/// Reads a workbook file (`.xlsx` or `.ods`). The bytes come back too, for
/// the report's hash.
pub fn load_workbook(
    path: &Path,
    guidelines: &[Guideline],
) -> Result<(Workbook, Vec<u8>), AnswersError> {
    let bytes = files::read_bytes(path, MAX_WORKBOOK_BYTES)?;
    let book = read_workbook(&bytes, &path.display().to_string(), guidelines)?;
    Ok((book, bytes))
}

/// Rows searched for the header row of a table.
const HEADER_SEARCH: u32 = 200;

/// Reads a workbook from its bytes. `file` names it in findings; the
/// guideline the workbook names must be among `guidelines`, whose scale
/// labels (in every language) are accepted as levels.
pub fn read_workbook(
    bytes: &[u8],
    file: &str,
    guidelines: &[Guideline],
) -> Result<Workbook, AnswersError> {
    let mut r = WbReader {
        file,
        places: Places::default(),
        diagnostics: Vec::new(),
        vocab: Vocabulary::get(),
        row_ids: Vec::new(),
    };
    let parsed = r.read(bytes, guidelines);
    diagnostic::sort(&mut r.diagnostics);
    match parsed {
        Some(answers) if diagnostic::error_count(&r.diagnostics) == 0 => Ok(Workbook {
            answers,
            warnings: r.diagnostics,
            places: r.places,
        }),
        _ => {
            r.places.relabel(&mut r.diagnostics);
            Err(AnswersError::Invalid(r.diagnostics))
        }
    }
}

struct WbReader<'a> {
    file: &'a str,
    places: Places,
    diagnostics: Vec<Diagnostic>,
    vocab: &'static Vocabulary,
    /// The criterion id of every row of the Answers sheet, answered or not.
    row_ids: Vec<String>,
}

/// A sheet with its number for positions.
struct Numbered {
    sheet: Sheet,
    no: u32,
}

/// The scale labels of a guideline, as keys, with their level.
struct Labels(Vec<(String, u8)>);

impl Labels {
    fn of(g: Option<&Guideline>) -> Labels {
        let mut out = Vec::new();
        if let Some(g) = g {
            let mut langs: Vec<&str> = g.languages.iter().map(String::as_str).collect();
            langs.extend(crate::i18n::languages());
            for lang in langs {
                for n in 0..=MAX_LEVEL {
                    let label = g.level_label(n, lang).trim().to_lowercase();
                    for k in [label.clone(), deunicode::deunicode(&label)] {
                        if !k.is_empty() && !out.iter().any(|(o, _)| *o == k) {
                            out.push((k, n));
                        }
                    }
                }
            }
        }
        Labels(out)
    }

    fn level_of(&self, text: &str) -> Option<u8> {
        let t = text.trim().to_lowercase();
        let plain = deunicode::deunicode(&t);
        self.0
            .iter()
            .find(|(k, _)| *k == t || *k == plain)
            .map(|(_, n)| *n)
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

/// What a level cell says.
enum LevelCell {
    Empty,
    Level(u8),
    NotApplicable,
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

impl WbReader<'_> {
    fn error(&mut self, code: Code, pos: Pos, message: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::error(code, self.file, pos, message));
    }

    fn warning(&mut self, code: Code, pos: Pos, message: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::warning(code, self.file, pos, message));
    }

    fn read(&mut self, bytes: &[u8], guidelines: &[Guideline]) -> Option<AnswerFile> {
        let checked = match archive::check(bytes) {
            Ok(c) => c,
            Err(Refusal::NotAWorkbook(m)) => {
                self.error(Code::NotAWorkbook, Pos::default(), m);
                return None;
            }
            Err(Refusal::Bomb(m)) => {
                self.error(Code::ZipBomb, Pos::default(), m);
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
        let names = book.sheet_names();

        // The hidden sheet: what the workbook is for.
        let meta = self.sheet(&mut book, &names, |n| n.eq_ignore_ascii_case(META_SHEET), || {
            format!(
                "no sheet `{META_SHEET}` (hidden, with the guideline id and version): it was deleted or renamed, or the workbook was not made by `wen-assess template --format xlsx`"
            )
        })?;
        let meta = self.metadata(&meta, guidelines)?;
        let g = meta.guideline;

        let answers_sheet = {
            let names_of = &self.vocab.answers_sheet;
            self.sheet(
                &mut book,
                &names,
                |n| names_of.matches(n),
                || {
                    format!(
                        "no sheet {}: it holds the answers; it was deleted or renamed",
                        names_of.shown()
                    )
                },
            )
        };
        let workshop_sheet = {
            let names_of = &self.vocab.workshop_sheet;
            self.sheet(&mut book, &names, |n| names_of.matches(n), || {
                format!(
                    "no sheet {}: it holds the targets, findings and participants; it was deleted or renamed",
                    names_of.shown()
                )
            })
        };
        let (answers_sheet, workshop_sheet) = (answers_sheet?, workshop_sheet?);
        self.refuse_merged(&answers_sheet);
        self.refuse_merged(&workshop_sheet);

        let labels = Labels::of(g);
        let (network, respondent, date, entries) = self.answers(&answers_sheet, g, &labels)?;
        let (targets, findings, participants) = self.workshop(&workshop_sheet, &labels)?;

        let mut a = AnswerFile {
            guideline: meta.id,
            guideline_version: meta.version,
            network,
            respondent,
            date,
            language: meta.language,
            scope: None,
            targets,
            participants,
            findings,
            answers: entries,
            extra: Vec::new(),
            source: Source::default(),
        };
        if let Some(kept) = &meta.kept {
            self.restore_kept(&mut a, kept, meta.kept_pos);
        }
        if let Some(g) = g {
            self.check_ids(g, meta.guideline_pos);
            // Criteria in the guideline's order, whatever the rows' order;
            // answers to other ids after them, as the rows had them.
            let order = |id: &str| {
                g.criteria()
                    .position(|(_, c)| c.id == id)
                    .unwrap_or(usize::MAX)
            };
            a.answers.sort_by_key(|e| order(&e.criterion));
        }
        Some(a)
    }

    /// Loads the first sheet whose name satisfies `wanted`, or says which
    /// sheet is missing.
    fn sheet(
        &mut self,
        book: &mut Book,
        names: &[String],
        wanted: impl Fn(&str) -> bool,
        missing: impl FnOnce() -> String,
    ) -> Option<Numbered> {
        let Some(name) = names.iter().find(|n| wanted(n)) else {
            let message = format!("{}; the workbook has {}", missing(), list(names));
            self.error(Code::MissingSheet, Pos::default(), message);
            return None;
        };
        match book.sheet(name) {
            Ok(sheet) => {
                let no = self.places.number(name);
                Some(Numbered { sheet, no })
            }
            Err(e) => {
                self.unreadable(e, Some(name));
                None
            }
        }
    }

    /// Says why a workbook (or one of its sheets) cannot be read.
    fn unreadable(&mut self, e: Unreadable, sheet: Option<&str>) {
        let on = |s: &str| format!("sheet {}: ", sheet_ref(s));
        let (m, too_large, on) = match e {
            Unreadable::Damaged(m) => (m, false, sheet.map(on)),
            Unreadable::TooLarge(m) => (m, true, sheet.map(on)),
            // A part (such as the shared strings) is not one sheet's.
            Unreadable::Part { message, too_large } => (message, too_large, None),
        };
        let on = on.unwrap_or_default();
        if too_large {
            self.error(
                Code::ZipBomb,
                Pos::default(),
                format!("{on}{m}; it was refused"),
            );
        } else {
            self.error(
                Code::NotAWorkbook,
                Pos::default(),
                format!("{on}the workbook cannot be read: {m}; save it again from the spreadsheet program"),
            );
        }
    }

    /// Merged cells shift what a reader finds where; the writer never
    /// merges, so a merge is a user's change to undo.
    fn refuse_merged(&mut self, s: &Numbered) {
        for &((r0, c0), (r1, c1)) in &s.sheet.merged {
            let range = format!("{}{r0}:{}{r1}", column_letters(c0), column_letters(c1));
            self.error(
                Code::MergedCells,
                cell_pos(s.no, r0, c0),
                format!("cells {range} are merged; unmerge them (Merge & Center, or Format > Merge Cells) so that each answer has its own cell"),
            );
        }
    }

    /// A cell's text, or an error when a formula computes it.
    fn text_at(&mut self, s: &Numbered, row: u32, col: u32, what: &str) -> String {
        let Some(cell) = s.sheet.get(row, col) else {
            return String::new();
        };
        if let Some(f) = &cell.formula {
            self.error(
                Code::FormulaInCell,
                cell_pos(s.no, row, col),
                format!(
                    "{what} is a formula (`={}`), not text; type the text itself",
                    f.trim_start_matches('=')
                ),
            );
            return String::new();
        }
        if let Value::Error(e) = &cell.value {
            self.error(
                Code::WrongType,
                cell_pos(s.no, row, col),
                format!("{what} is the spreadsheet error {e}; type the text itself"),
            );
            return String::new();
        }
        shown(&cell.value)
    }

    fn metadata<'g>(&mut self, s: &Numbered, guidelines: &'g [Guideline]) -> Option<Meta<'g>> {
        // Keys in column A, values in column B, wherever the rows are.
        let mut found: Vec<(String, u32)> = Vec::new();
        for row in s.sheet.rows() {
            if let Some(Cell {
                value: Value::Text(k),
                ..
            }) = s.sheet.get(row, 1)
            {
                found.push((k.trim().to_string(), row));
            }
        }
        let row_of = |k: &str| found.iter().find(|(f, _)| f == k).map(|(_, r)| *r);
        let at = |row: u32| cell_pos(s.no, row, 2);
        let missing = |r: &mut Self, k: &str| {
            r.error(
                Code::MissingField,
                cell_pos(s.no, 1, 1),
                format!("the hidden sheet `{META_SHEET}` has no `{k}` row; the workbook was changed, so make a new one with `wen-assess template --format xlsx` and copy the answers into it"),
            );
        };
        let Some(format_row) = row_of(META_FORMAT) else {
            missing(self, META_FORMAT);
            return None;
        };
        match s.sheet.get(format_row, 2).map(|c| c.value) {
            Some(Value::Number(f)) if f == ANSWERS_FORMAT as f64 => {}
            Some(Value::Text(t)) if t.trim() == ANSWERS_FORMAT.to_string() => {}
            other => {
                let shown = other.as_ref().map(shown).unwrap_or_default();
                self.error(
                    Code::UnsupportedFormat,
                    at(format_row),
                    format!(
                        "workbook format `{shown}` is not supported; expected {ANSWERS_FORMAT}"
                    ),
                );
                return None;
            }
        }
        let Some(guideline_row) = row_of(META_GUIDELINE) else {
            missing(self, META_GUIDELINE);
            return None;
        };
        let id = self
            .text_at(s, guideline_row, 2, "the guideline id")
            .trim()
            .to_string();
        if id.is_empty() {
            self.error(
                Code::MissingField,
                at(guideline_row),
                "the guideline id is empty; the hidden sheet was changed",
            );
            return None;
        }
        let guideline = model::find(guidelines, &id).ok();
        if guideline.is_none() {
            self.error(
                Code::GuidelineMismatch,
                at(guideline_row),
                format!(
                    "the workbook is for guideline `{id}`, which is not loaded (available: {}); use --guidelines PATH to load it",
                    model::loaded_ids(guidelines)
                ),
            );
            return None;
        }
        let version = row_of(META_VERSION)
            .map(|r| {
                self.text_at(s, r, 2, "the guideline version")
                    .trim()
                    .to_string()
            })
            .unwrap_or_default();
        let language = match row_of(META_LANGUAGE) {
            Some(r) => {
                let l = self.text_at(s, r, 2, "the language").trim().to_string();
                if let Some(message) = crate::answers::read::unknown_language(&l) {
                    self.warning(Code::UnknownLanguage, at(r), message);
                }
                l
            }
            None => String::new(),
        };
        let kept_rows: Vec<u32> = found
            .iter()
            .filter(|(k, _)| k == META_KEPT)
            .map(|(_, r)| *r)
            .collect();
        let kept = (!kept_rows.is_empty()).then(|| {
            kept_rows
                .iter()
                .map(|r| match s.sheet.get(*r, 2) {
                    Some(Cell {
                        value: Value::Text(t),
                        ..
                    }) => t,
                    _ => String::new(),
                })
                .collect::<String>()
        });
        Some(Meta {
            id,
            version,
            language,
            guideline,
            guideline_pos: at(guideline_row),
            kept,
            kept_pos: kept_rows.first().map_or(Pos::default(), |r| at(*r)),
        })
    }

    /// Says which columns of a table are missing.
    fn require_cols<C: Copy + PartialEq>(
        &mut self,
        s: &Numbered,
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
                    .map(|(_, n)| n.shown())
                    .unwrap_or_default();
                self.error(
                    Code::MissingColumn,
                    cell_pos(s.no, header, 1),
                    format!("no column headed {shown} in the header row {header}: the column was deleted or its header renamed; restore it (Undo, or copy it from a new template)"),
                );
                ok = false;
            }
        }
        ok
    }

    #[allow(clippy::type_complexity)]
    fn answers(
        &mut self,
        s: &Numbered,
        g: Option<&Guideline>,
        labels: &Labels,
    ) -> Option<(Network, Respondent, String, Vec<Entry>)> {
        let rows = s.sheet.rows();
        let vocab = self.vocab;
        let Some((header, cols)) = header_row(&s.sheet, &vocab.cols, &rows) else {
            self.error(
                Code::MissingColumn,
                cell_pos(s.no, 1, 1),
                format!(
                    "no header row with the columns {} and {}: the headers were deleted or renamed",
                    vocab.col(Col::Id).shown(),
                    vocab.col(Col::Level).shown()
                ),
            );
            return None;
        };
        if !self.require_cols(s, header, &cols, &Col::READ, &vocab.cols) {
            return None;
        }
        let col = |c: Col| col_of(&cols, c);

        // The header block, above the table.
        let mut values: Vec<(Field, String)> = Vec::new();
        for &row in rows.iter().take_while(|r| **r < header) {
            let cells: Vec<(u32, Cell)> = s.sheet.row(row);
            for (i, (_, cell)) in cells.iter().enumerate() {
                let Value::Text(label) = &cell.value else {
                    continue;
                };
                let Some(field) = vocab.field(label) else {
                    continue;
                };
                if values.iter().any(|(f, _)| *f == field) {
                    continue;
                }
                // The value: the next cell to the right, unless it is a label.
                let value = match cells.get(i + 1) {
                    Some((c, next)) if !matches!(&next.value, Value::Text(t) if vocab.field(t).is_some()) =>
                    {
                        let what = match field {
                            Field::Network => "the network's name",
                            Field::Region => "the region",
                            Field::Country => "the country",
                            Field::Respondent => "the respondent's name",
                            Field::Role => "the respondent's role",
                            Field::Date => "the date",
                        };
                        self.text_at(s, row, *c, what)
                    }
                    _ => String::new(),
                };
                if field == Field::Date
                    && !value.is_empty()
                    && let Some(message) = crate::answers::read::invalid_date(&value)
                {
                    let c = cells.get(i + 1).map_or(1, |(c, _)| *c);
                    self.warning(Code::InvalidDate, cell_pos(s.no, row, c), message);
                }
                values.push((field, value));
            }
        }
        let field = |f: Field| {
            values
                .iter()
                .find(|(v, _)| *v == f)
                .map(|(_, t)| t.clone())
                .unwrap_or_default()
        };
        let network = Network {
            name: field(Field::Network),
            region: field(Field::Region),
            extra: Vec::new(),
        };
        let respondent = Respondent {
            name: field(Field::Respondent),
            role: field(Field::Role),
            country: field(Field::Country),
            extra: Vec::new(),
        };

        // The rows.
        let mut entries: Vec<Entry> = Vec::new();
        let mut seen: Vec<(String, u32)> = Vec::new();
        let id_names = vocab.col(Col::Id);
        for &row in rows.iter().filter(|r| **r > header) {
            let id = self
                .text_at(s, row, col(Col::Id), "the criterion id")
                .trim()
                .to_string();
            // A copy of the header row is not a criterion (ids have a dot).
            if id.is_empty() || (!id.contains('.') && id_names.matches(&id)) {
                continue;
            }
            self.row_ids.push(id.clone());
            let known = g.is_some_and(|g| g.criterion(&id).is_some());
            let answer = self.answer(s, row, &id, &col, labels);
            if !known && answer.is_empty() {
                // A row the tool did not write, or an empty one it did.
                continue;
            }
            if let Some((_, first)) = seen.iter().find(|(s, _)| *s == id) {
                let first = *first;
                self.error(
                    Code::DuplicateId,
                    cell_pos(s.no, row, col(Col::Id)),
                    format!("criterion `{id}` is also in row {first}; keep one row per criterion"),
                );
                continue;
            }
            seen.push((id.clone(), row));
            entries.push(Entry {
                criterion: id,
                pos: cell_pos(s.no, row, col(Col::Id)),
                answer,
            });
        }
        Some((network, respondent, field(Field::Date), entries))
    }

    /// The answer in one row.
    fn answer(
        &mut self,
        s: &Numbered,
        row: u32,
        id: &str,
        col: &dyn Fn(Col) -> u32,
        labels: &Labels,
    ) -> Answer {
        let level = self.level(s, row, col(Col::Level), id, labels);
        let reason = self.text_at(
            s,
            row,
            col(Col::Reason),
            &format!("the reason given for `{id}`"),
        );
        let note = self.text_at(s, row, col(Col::Note), &format!("the note on `{id}`"));
        let evidence = self.text_at(
            s,
            row,
            col(Col::Evidence),
            &format!("the evidence for `{id}`"),
        );
        let level_pos = cell_pos(s.no, row, col(Col::Level));
        let reason_pos = cell_pos(s.no, row, col(Col::Reason));
        let mut extra: Extra = Vec::new();
        let response = match level {
            LevelCell::Empty => None,
            LevelCell::Level(n) => Some(Response::Level(n)),
            LevelCell::NotApplicable if reason.trim().is_empty() => {
                self.error(
                    Code::NaWithoutReason,
                    level_pos,
                    format!(
                        "`{id}` is marked N/A but has no reason; say why it does not apply in column {}, the reason column",
                        column_letters(col(Col::Reason))
                    ),
                );
                None
            }
            LevelCell::NotApplicable => Some(Response::NotApplicable {
                reason: reason.clone(),
            }),
        };
        if !reason.is_empty() && !matches!(response, Some(Response::NotApplicable { .. })) {
            if matches!(response, Some(Response::Level(_))) {
                self.warning(
                    Code::ReasonWithoutNa,
                    reason_pos,
                    format!(
                        "`{id}` has a reason but a level, not N/A; the reason is kept but not used"
                    ),
                );
            }
            extra.push(("reason".to_string(), Node::new(YamlValue::Str(reason))));
        }
        Answer {
            response,
            note: (!note.is_empty()).then_some(note),
            evidence: split_evidence(&evidence),
            extra,
        }
    }

    /// What a level cell says: a label in any language, a number (`3`,
    /// `3.0`) or text (`"3"`, `3 Established`, `N/A`, `na`).
    fn level(&mut self, s: &Numbered, row: u32, col: u32, id: &str, labels: &Labels) -> LevelCell {
        let Some(cell) = s.sheet.get(row, col) else {
            return LevelCell::Empty;
        };
        let pos = cell_pos(s.no, row, col);
        if let Some(f) = &cell.formula {
            self.error(
                Code::FormulaInCell,
                pos,
                format!(
                    "the level of `{id}` is a formula (`={}`); choose the level from the list instead",
                    f.trim_start_matches('=')
                ),
            );
            return LevelCell::Empty;
        }
        let bad = |r: &mut Self, found: &str| {
            r.error(
                Code::InvalidLevel,
                pos,
                format!("level of `{id}` must be 0, 1, 2, 3, 4 or N/A (as the list offers them), found `{found}`"),
            );
            LevelCell::Empty
        };
        match &cell.value {
            Value::Empty => LevelCell::Empty,
            Value::Number(f) => {
                number_level(*f).map_or_else(|| bad(self, &number_text(*f)), LevelCell::Level)
            }
            Value::Date(d) => {
                self.error(
                    Code::InvalidLevel,
                    pos,
                    format!("the level of `{id}` is a date ({d}): the spreadsheet turned what was typed (3/4, say) into a date; choose the level from the list"),
                );
                LevelCell::Empty
            }
            v @ (Value::Bool(_) | Value::Error(_)) => bad(self, &shown(v)),
            Value::Text(t) => {
                let t = t.trim();
                if t.is_empty() {
                    return LevelCell::Empty;
                }
                if self.vocab.is_na(t) {
                    return LevelCell::NotApplicable;
                }
                if let Ok(f) = t.replace(',', ".").parse::<f64>() {
                    return number_level(f).map_or_else(|| bad(self, t), LevelCell::Level);
                }
                let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
                if digits.is_empty() {
                    return labels
                        .level_of(t)
                        .map_or_else(|| bad(self, t), LevelCell::Level);
                }
                let rest = t[digits.len()..].trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '-' | '–' | '.' | ':' | ')')
                });
                let Some(n) = digits.parse::<u8>().ok().filter(|n| *n <= MAX_LEVEL) else {
                    return bad(self, t);
                };
                match labels.level_of(rest) {
                    _ if rest.is_empty() => LevelCell::Level(n),
                    Some(m) if m == n => LevelCell::Level(n),
                    Some(m) => {
                        self.error(
                            Code::InvalidLevel,
                            pos,
                            format!("level of `{id}` says {n}, but `{rest}` is the label of level {m}; choose the level from the list"),
                        );
                        LevelCell::Empty
                    }
                    None => bad(self, t),
                }
            }
        }
    }

    #[allow(clippy::type_complexity)]
    fn workshop(
        &mut self,
        s: &Numbered,
        labels: &Labels,
    ) -> Option<(Vec<(String, u8, Pos)>, Vec<AreaFindings>, Vec<Participant>)> {
        let rows = s.sheet.rows();
        let vocab = self.vocab;
        // The two tables, each found by its headers.
        let area_names: Vec<(AreaCol, Names)> = vocab
            .area_cols
            .iter()
            .filter(|(c, _)| !matches!(c, AreaCol::Area | AreaCol::Id))
            .cloned()
            .collect();
        let person_names: Vec<(PersonCol, Names)> = vocab
            .person_cols
            .iter()
            .filter(|(c, _)| *c != PersonCol::Country)
            .cloned()
            .collect();
        let areas = header_row(&s.sheet, &area_names, &rows);
        let people = header_row(&s.sheet, &person_names, &rows);
        let (Some((area_header, _)), Some((person_header, _))) = (&areas, &people) else {
            self.error(
                Code::MissingColumn,
                cell_pos(s.no, 1, 1),
                format!(
                    "the findings table (headers {}, ...) or the participants table (headers {}, ...) is missing: a header was deleted or renamed",
                    vocab.area_cols[3].1.shown(),
                    vocab.person_cols[1].1.shown()
                ),
            );
            return None;
        };
        let (area_header, person_header) = (*area_header, *person_header);
        // Full header maps, Area, ID and Country included.
        let area_cols = map_header(&s.sheet, area_header, &vocab.area_cols);
        let person_cols = map_header(&s.sheet, person_header, &vocab.person_cols);
        let ok_areas = self.require_cols(
            s,
            area_header,
            &area_cols,
            &AreaCol::ALL[1..],
            &vocab.area_cols,
        );
        let ok_people = self.require_cols(
            s,
            person_header,
            &person_cols,
            &PersonCol::ALL,
            &vocab.person_cols,
        );
        if !(ok_areas && ok_people) {
            return None;
        }
        let acol = |c: AreaCol| col_of(&area_cols, c);
        let pcol = |c: PersonCol| col_of(&person_cols, c);
        // Each table runs from its header to the other's header, or to the end.
        let section = |from: u32, other: u32| {
            rows.iter()
                .copied()
                .filter(move |r| *r > from && (other < from || *r < other))
                .collect::<Vec<u32>>()
        };

        let mut targets = Vec::new();
        let mut findings = Vec::new();
        for row in section(area_header, person_header) {
            let id = self
                .text_at(s, row, acol(AreaCol::Id), "the area id")
                .trim()
                .to_string();
            if id.is_empty() {
                continue;
            }
            let what = |f: &str| format!("the {f} of `{id}`");
            let target_pos = cell_pos(s.no, row, acol(AreaCol::Target));
            if let Some(t) = self.target(s, row, acol(AreaCol::Target), &id, labels) {
                targets.push((id.clone(), t, target_pos));
            }
            let strengths = self.text_at(s, row, acol(AreaCol::Strengths), &what("strengths"));
            let challenges = self.text_at(s, row, acol(AreaCol::Challenges), &what("challenges"));
            let priorities = self.text_at(s, row, acol(AreaCol::Priorities), &what("priorities"));
            let f = AreaFindings {
                area: id,
                pos: cell_pos(s.no, row, acol(AreaCol::Id)),
                strengths,
                challenges,
                priorities,
                extra: Vec::new(),
            };
            if !f.is_empty() {
                findings.push(f);
            }
        }
        let mut participants = Vec::new();
        for row in section(person_header, area_header) {
            let name = self.text_at(s, row, pcol(PersonCol::Name), "a participant's name");
            let agency = self.text_at(s, row, pcol(PersonCol::Agency), "a participant's agency");
            let country = self.text_at(s, row, pcol(PersonCol::Country), "a participant's country");
            if [&name, &agency, &country]
                .iter()
                .all(|t| t.trim().is_empty())
            {
                continue;
            }
            participants.push(Participant {
                name,
                agency,
                country,
                extra: Vec::new(),
            });
        }
        Some((targets, findings, participants))
    }

    /// A target cell: empty, or a level 0-4 (a number, or text such as `4`
    /// or `4 Advanced`).
    fn target(
        &mut self,
        s: &Numbered,
        row: u32,
        col: u32,
        area: &str,
        labels: &Labels,
    ) -> Option<u8> {
        let cell = s.sheet.get(row, col)?;
        let pos = cell_pos(s.no, row, col);
        if cell.formula.is_some() {
            self.error(
                Code::FormulaInCell,
                pos,
                format!("the target of `{area}` is a formula; type a level 0-4"),
            );
            return None;
        }
        let level = match &cell.value {
            Value::Empty => return None,
            Value::Text(t) if t.trim().is_empty() => return None,
            Value::Number(f) => number_level(*f),
            Value::Text(t) => {
                let t = t.trim();
                let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
                let rest = &t[digits.len()..];
                if let Ok(f) = t.replace(',', ".").parse::<f64>() {
                    // "3", "3.0"; "3.5" and "2,5" are not levels.
                    number_level(f)
                } else if !digits.is_empty() && rest.starts_with([' ', '-', '\u{a0}']) {
                    // "3 Established", "3 - Established".
                    digits.parse::<u8>().ok().filter(|n| *n <= MAX_LEVEL)
                } else {
                    labels.level_of(t)
                }
            }
            _ => None,
        };
        if level.is_none() {
            self.error(
                Code::InvalidTarget,
                pos,
                format!(
                    "target `{}` for `{area}` is not a level of the scale 0-{MAX_LEVEL}",
                    shown(&cell.value)
                ),
            );
        }
        level
    }

    /// Puts the entries kept from an answer file back where they were.
    fn restore_kept(&mut self, a: &mut AnswerFile, kept: &str, pos: Pos) {
        let doc = match yaml::parse(kept) {
            Ok(d) => d,
            Err(e) => {
                self.error(
                    Code::YamlSyntax,
                    pos,
                    format!("the entries kept from the answer file are not valid YAML ({}: {}); the hidden sheet was changed", e.pos, e.message),
                );
                return;
            }
        };
        let Some(top) = doc.root.as_map() else {
            return;
        };
        let entries = |node: &Node| -> Extra {
            node.as_map()
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| (k.scalar_text().unwrap_or_default(), v.clone()))
                        .collect()
                })
                .unwrap_or_default()
        };
        for (k, v) in top {
            let section = k.scalar_text().unwrap_or_default();
            match section.as_str() {
                "file" => a.extra = self.announce(entries(v), "the answer file", pos),
                "network" => a.network.extra = self.announce(entries(v), "`network`", pos),
                "respondent" => a.respondent.extra = self.announce(entries(v), "`respondent`", pos),
                "participants" => {
                    let kept = entries(v);
                    // A participant the tool wrote is at most one past the
                    // rows and the entries kept; a larger number is forged
                    // and would make the list as long as it says.
                    let most = a.participants.len() + kept.len();
                    for (n, extra) in kept {
                        let Some(i) = n.parse::<usize>().ok().filter(|i| (1..=most).contains(i))
                        else {
                            self.warning(
                                Code::UnknownKey,
                                pos,
                                format!(
                                    "participant `{n}` of the hidden sheet is not a participant of this workbook; its entries are not used"
                                ),
                            );
                            continue;
                        };
                        while a.participants.len() < i {
                            a.participants.push(Participant::default());
                        }
                        a.participants[i - 1].extra =
                            self.announce(entries(&extra), "a participant", pos);
                    }
                }
                "findings" => {
                    for (area, extra) in entries(v) {
                        let what = format!("the findings of `{area}`");
                        let extra = self.announce(entries(&extra), &what, pos);
                        match a.findings.iter_mut().find(|f| f.area == area) {
                            Some(f) => f.extra = extra,
                            None => a.findings.push(AreaFindings {
                                area,
                                extra,
                                ..AreaFindings::default()
                            }),
                        }
                    }
                }
                "answers" => {
                    for (id, extra) in entries(v) {
                        let what = format!("the answer to `{id}`");
                        let extra = self.announce(entries(&extra), &what, pos);
                        match a.answers.iter_mut().find(|e| e.criterion == id) {
                            Some(e) => e.answer.extra.extend(extra),
                            None => a.answers.push(Entry {
                                criterion: id,
                                pos,
                                answer: Answer {
                                    extra,
                                    ..Answer::default()
                                },
                            }),
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Warns, as for an answer file, that kept entries are not used.
    fn announce(&mut self, extra: Extra, what: &str, pos: Pos) -> Extra {
        for (k, _) in &extra {
            self.warning(
                Code::UnknownKey,
                pos,
                format!("unknown key `{k}` in {what} is kept but not used"),
            );
        }
        extra
    }

    /// A workbook whose rows mostly belong to another guideline than the
    /// one its hidden sheet names was changed or mixed up: say so rather
    /// than score the few ids two guidelines share.
    fn check_ids(&mut self, g: &Guideline, pos: Pos) {
        let known = |id: &str| {
            g.criteria()
                .any(|(_, c)| c.id == id || c.replaces.iter().any(|r| r == id))
        };
        // Every row counts, answered or not: an unanswered template whose
        // hidden sheet was changed is caught too. Answers to criteria the
        // guideline dropped, which `convert` writes below the others,
        // are in the rows too.
        let rows = &self.row_ids;
        let unknown: Vec<&String> = rows.iter().filter(|id| !known(id)).collect();
        // One or two mistyped ids are warned about on their rows; only
        // many strangers mean the rows are not this guideline's.
        if unknown.len() >= 3 && unknown.len() * 2 > rows.len() {
            self.error(
                Code::GuidelineMismatch,
                pos,
                format!(
                    "{} of the {} rows (`{}`, ...) are not criteria of guideline `{}` {}, which the hidden sheet names: the rows come from another workbook, or the hidden sheet was changed",
                    unknown.len(),
                    rows.len(),
                    unknown[0],
                    g.id,
                    g.version
                ),
            );
        }
    }
}

/// The hidden sheet's content.
struct Meta<'g> {
    id: String,
    version: String,
    language: String,
    guideline: Option<&'g Guideline>,
    guideline_pos: Pos,
    kept: Option<String>,
    kept_pos: Pos,
}

/// A whole number 0-4.
fn number_level(f: f64) -> Option<u8> {
    (f.fract() == 0.0 && (0.0..=f64::from(MAX_LEVEL)).contains(&f)).then_some(f as u8)
}

/// Evidence items: one per line; a single line may separate them with `;`.
fn split_evidence(text: &str) -> Vec<String> {
    if text.contains('\n') {
        text.split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect()
    } else {
        text.split(';')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }
}

/// Sheet names for a message.
fn list(names: &[String]) -> String {
    if names.is_empty() {
        return "no sheets".to_string();
    }
    let shown: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    format!("the sheets {}", shown.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_is_split_by_lines_or_semicolons() {
        assert_eq!(split_evidence("a\nb;c\r\n\n"), ["a", "b;c"]);
        assert_eq!(split_evidence("a; b ;"), ["a", "b"]);
        assert_eq!(split_evidence("a;b\n"), ["a;b"]);
        assert!(split_evidence("").is_empty());
    }

    #[test]
    fn levels_are_whole_numbers_of_the_scale() {
        assert_eq!(number_level(3.0), Some(3));
        assert_eq!(number_level(2.5), None);
        assert_eq!(number_level(5.0), None);
        assert_eq!(number_level(-1.0), None);
    }
}
