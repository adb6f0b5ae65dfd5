//! Writing a workbook (rust_xlsxwriter): the template a focal point fills
//! in, or an answer file turned into one. Everything a person typed is
//! written as text (`write_string`), never as a formula, whatever it starts
//! with.
//!
//! The layout is made for people: a frozen header, wrapped text, widths
//! that fit an A4 landscape page, the header row repeated on every printed
//! page, yellow cells to fill in, a drop-down of the levels, and sheets
//! protected without a password so that only the yellow cells change.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, DocProperties,
    ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, ProtectionOptions, Workbook,
    Worksheet, XlsxError,
};
use thiserror::Error;

use super::layout::{
    AreaCol, Col, Field, KEPT_CHUNK, META_FORMAT, META_GUIDELINE, META_KEPT, META_LANGUAGE,
    META_SCOPE, META_SHEET, META_VERSION, PersonCol, SheetKind, WORKSHOP_WIDTHS,
};
use crate::answers::{ANSWERS_FORMAT, Answer, AnswerFile, Response, kept_out};
use crate::i18n::{Arg, Msg, MsgArg, Tr};
use crate::model::{Guideline, MAX_LEVEL};
use crate::msg;
use crate::yaml::emit::{self, Out};

/// Characters a spreadsheet cell holds (written out, in each language's
/// way, in the message `workbook-too-long`).
const CELL_LIMIT: usize = 32_767;
/// Blank participant rows a template offers (the Workshop sheet then fits
/// one printed page); a workbook with participants gets ten more than it
/// lists.
const PARTICIPANT_ROWS: usize = 20;

/// Why a workbook could not be made. [`WorkbookError::msg`] says it in
/// the catalogues' words; `Display` in English.
#[derive(Debug, Error)]
pub enum WorkbookError {
    /// A text is longer than a cell holds.
    #[error("{}", self.msg())]
    TooLong {
        /// Which text, a phrase of the catalogues.
        what: MsgArg,
        /// Its length.
        len: usize,
    },
    /// The spreadsheet writer failed (its reason in its own words).
    #[error("{}", self.msg())]
    Writer(String),
    /// The workbook made does not read back as the answers it was made
    /// of: a fault of wen-assess, caught before anything is written.
    #[error(
        "the workbook made does not read back as the same answers ({0}); nothing was written. This is a fault of wen-assess: please report it"
    )]
    ReadBack(String),
}

impl WorkbookError {
    /// The error in the catalogues' words, for the reader's language.
    pub(crate) fn msg(&self) -> Msg {
        match self {
            WorkbookError::TooLong { what, len } => msg!(
                "workbook-too-long",
                what = what.clone(),
                len = len.to_string()
            ),
            WorkbookError::Writer(reason) => msg!("workbook-writer", reason = reason),
            WorkbookError::ReadBack(detail) => msg!("workbook-read-back", detail = detail),
        }
    }
}

impl From<XlsxError> for WorkbookError {
    fn from(e: XlsxError) -> Self {
        WorkbookError::Writer(e.to_string())
    }
}

/// The formats of the workbook, made once.
struct Styles {
    title: Format,
    heading: Format,
    hint: Format,
    label: Format,
    header: Format,
    text: Format,
    small: Format,
    bold: Format,
    plain: Format,
    input: Format,
    number_input: Format,
}

impl Styles {
    fn new() -> Styles {
        let grey = Color::RGB(0xBFBFBF);
        let text = Format::new()
            .set_font_size(10)
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin)
            .set_border_color(grey);
        let input = text
            .clone()
            .set_background_color(Color::RGB(0xFFF2CC))
            .set_border_color(Color::RGB(0xBF9000))
            .set_num_format("@")
            .set_unlocked();
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            heading: Format::new().set_bold().set_font_size(12),
            hint: Format::new()
                .set_italic()
                .set_font_color(Color::RGB(0x404040)),
            label: Format::new().set_bold().set_align(FormatAlign::Top),
            header: Format::new()
                .set_bold()
                .set_font_size(10)
                .set_font_color(Color::White)
                .set_background_color(Color::RGB(0x1F4E5A))
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_border(FormatBorder::Thin)
                .set_border_color(grey),
            small: text
                .clone()
                .set_font_size(9)
                .set_font_color(Color::RGB(0x404040)),
            bold: Format::new().set_bold().set_font_size(10),
            plain: Format::new().set_font_size(10),
            number_input: input.clone().set_num_format("0"),
            text,
            input,
        }
    }
}

/// Checks that a text fits a cell; `what` names the text if it does not.
fn fits(text: &str, what: impl FnOnce() -> MsgArg) -> Result<(), WorkbookError> {
    let len = text.encode_utf16().count();
    if len > CELL_LIMIT {
        return Err(WorkbookError::TooLong { what: what(), len });
    }
    Ok(())
}

/// Writes text as text (never a formula); an empty text leaves the cell
/// blank with its format, so it can still be filled in.
fn put(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    text: &str,
    f: &Format,
) -> Result<(), WorkbookError> {
    if text.is_empty() {
        ws.write_blank(row, col, f)?;
    } else {
        ws.write_string_with_format(row, col, text, f)?;
    }
    Ok(())
}

/// The level as the drop-down shows it: `3 Established`, or `N/A`.
pub(super) fn level_text(g: &Guideline, response: &Option<Response>, t: &Tr) -> String {
    match response {
        None => String::new(),
        Some(Response::Level(n)) => format!("{n} {}", g.level_label(*n, t.lang())),
        Some(Response::NotApplicable { .. }) => t.t("not-applicable"),
    }
}

/// The entries of an answer the sheets do not show: the room's votes, and
/// the entries kept as written but the one shown in the Reason cell.
fn answer_kept(answer: &Answer) -> Vec<(String, Out<'_>)> {
    let votes = (!answer.votes.is_empty()).then(|| {
        (
            "votes".to_string(),
            crate::answers::write_votes(&answer.votes),
        )
    });
    votes
        .into_iter()
        .chain(
            kept_out(&answer.extra)
                .filter(|(k, _)| !(k == "reason" && shown_reason(answer).is_some())),
        )
        .collect()
}

/// The text of the Reason cell: the N/A reason, or a reason given beside a
/// level (kept as an entry the tool does not use).
fn shown_reason(answer: &Answer) -> Option<String> {
    match &answer.response {
        Some(Response::NotApplicable { reason }) => Some(reason.clone()),
        _ => answer
            .extra
            .iter()
            .find(|(k, _)| k == "reason")
            .and_then(|(_, n)| n.text()),
    }
}

/// The entries the tool keeps but does not use, as one YAML document:
/// `file`, `network`, `respondent`, `participants` (a list of the people
/// who have any, each named by name, agency and country, so that the
/// entries follow the person when rows are sorted), `findings` and
/// `answers` (by id). Empty when there are none.
fn kept_yaml(a: &AnswerFile) -> String {
    let keep = |extra| kept_out(extra).collect::<Vec<_>>();
    let mut top: Vec<(String, Out)> = Vec::new();
    for (name, entries) in [
        ("file", keep(&a.extra)),
        ("network", keep(&a.network.extra)),
        ("respondent", keep(&a.respondent.extra)),
    ] {
        if !entries.is_empty() {
            top.push((name.to_string(), Out::Map(entries)));
        }
    }
    let people: Vec<Out> = a
        .participants
        .iter()
        .filter(|p| !p.extra.is_empty())
        .map(|p| {
            let mut entries = vec![
                ("name".to_string(), Out::Str(p.name.clone())),
                ("agency".to_string(), Out::Str(p.agency.clone())),
                ("country".to_string(), Out::Str(p.country.clone())),
            ];
            entries.extend(keep(&p.extra));
            Out::Map(entries)
        })
        .collect();
    if !people.is_empty() {
        top.push(("participants".into(), Out::Seq(people)));
    }
    let findings: Vec<(String, Out)> = a
        .findings
        .iter()
        .filter(|f| !f.extra.is_empty())
        .map(|f| (f.area.clone(), Out::Map(keep(&f.extra))))
        .collect();
    if !findings.is_empty() {
        top.push(("findings".into(), Out::Map(findings)));
    }
    let answers: Vec<(String, Out)> = a
        .answers
        .iter()
        .filter_map(|e| {
            let kept = answer_kept(&e.answer);
            (!kept.is_empty()).then(|| (e.criterion.clone(), Out::Map(kept)))
        })
        .collect();
    if !answers.is_empty() {
        top.push(("answers".into(), Out::Map(answers)));
    }
    if top.is_empty() {
        return String::new();
    }
    let source = a.source.0.as_ref().map_or("", |s| s.text.as_str());
    emit::render(&Out::Map(top), source)
}

/// Splits text into pieces of at most `n` characters.
fn chunks(text: &str, n: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i);
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

/// A date for the document properties, so the same answers give the same
/// bytes.
fn creation_date(date: &str) -> ExcelDateTime {
    let parts: Vec<u32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [y, m, d] if (1900..=9999).contains(y) => {
            ExcelDateTime::from_ymd(*y as u16, *m as u8, *d as u8).ok()
        }
        _ => None,
    }
    .or_else(|| ExcelDateTime::from_ymd(2000, 1, 1).ok())
    .unwrap_or_else(|| ExcelDateTime::from_serial_datetime(36526.0).expect("a valid serial"))
}

/// Points a line of text takes at a font size of 10 (Excel's line height
/// for Calibri; LibreOffice's is a little smaller).
const LINE_POINTS: f64 = 12.75;

/// Lines a text takes in a column `width` characters wide at `size`
/// points, wrapped at spaces (and inside words longer than a line), as
/// Excel and LibreOffice wrap it. Rows get their height from this: neither
/// program sizes rows of a file it opens to their wrapped text.
fn lines(text: &str, width: f64, size: f64) -> usize {
    // A column unit is a digit of the default 11-point font (7 pixels); an
    // average character of running text at 10 points takes about 5 in
    // Calibri (Carlito in LibreOffice), more in DejaVu Sans or Arial: count
    // 5.4, so that a wider font still fits.
    let per_line = ((width * 7.0) / (5.4 * size / 10.0)).floor().max(1.0) as usize;
    text.split('\n')
        .map(|para| {
            let mut count = 1;
            let mut used = 0usize;
            for word in para.split(' ') {
                let len = word.chars().count();
                let need = if used == 0 { len } else { used + 1 + len };
                if need <= per_line {
                    used = need;
                } else {
                    if used > 0 {
                        count += 1;
                    }
                    count += len.saturating_sub(1) / per_line;
                    used = len % per_line;
                    if used == 0 && len > 0 {
                        used = per_line;
                    }
                }
            }
            count
        })
        .sum()
}

/// The height of a row holding these (text, column width, font size)
/// cells, in points.
fn row_height(cells: &[(&str, f64, f64)]) -> f64 {
    let tallest = cells
        .iter()
        .map(|(text, width, size)| lines(text, *width, *size) as f64 * LINE_POINTS * size / 10.0)
        .fold(0.0, f64::max);
    (tallest + 4.0).max(15.0)
}

/// `3 Established:`, with the language's punctuation.
fn level_head(t: &Tr, g: &Guideline, n: u8) -> String {
    t.f(
        "wb-level-head",
        &[
            ("n", Arg::Count(usize::from(n))),
            ("label", Arg::Str(g.level_label(n, t.lang()))),
        ],
    )
}

/// Doubles `&` for page headers and footers, where it starts a code.
fn footer_text(s: &str) -> String {
    s.replace('&', "&&")
}

/// The print setup of every visible sheet: A4, fit to the page width, a
/// footer with the sheet name and the page number.
fn print_setup(ws: &mut Worksheet, landscape: bool, t: &Tr) {
    ws.set_paper_size(9);
    if landscape {
        ws.set_landscape();
    }
    ws.set_print_fit_to_pages(1, 0);
    ws.set_margins(0.3, 0.3, 0.5, 0.6, 0.3, 0.3);
    ws.set_footer(format!("&L&8&A&R&8{}", t.t("wb-page")));
}

/// What protection leaves a user free to do: select, resize, filter, sort.
fn protection() -> ProtectionOptions {
    ProtectionOptions {
        format_columns: true,
        format_rows: true,
        use_autofilter: true,
        sort: true,
        ..ProtectionOptions::default()
    }
}

/// Makes the workbook of an answer file for its guideline, in `lang`. The
/// template is the workbook of an answer file without answers.
pub fn write_workbook(g: &Guideline, a: &AnswerFile, lang: &str) -> Result<Vec<u8>, WorkbookError> {
    let t = Tr::new(lang);
    let s = Styles::new();
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(g.title.get(t.lang()))
            .set_subject(format!("{} {}", g.id, g.version))
            .set_author("wen-assess")
            .set_creation_datetime(&creation_date(&a.date)),
    );
    // The drop-down's choices: what a level cell may hold.
    let labels: Vec<String> = (0..=MAX_LEVEL)
        .map(|n| level_text(g, &Some(Response::Level(n)), &t))
        .chain(std::iter::once(t.t("not-applicable")))
        .collect();
    let kept = kept_yaml(a);
    wb.push_worksheet(instructions(g, &t, &s)?);
    wb.push_worksheet(answers_sheet(g, a, &t, &s, &labels)?);
    wb.push_worksheet(workshop_sheet(g, a, &t, &s)?);
    wb.push_worksheet(meta_sheet(g, a, &kept, &labels)?);
    Ok(wb.save_to_buffer()?)
}

/// Width of the Instructions sheet's text column.
const INSTRUCTIONS_WIDTH: f64 = 100.0;

fn instructions(g: &Guideline, t: &Tr, s: &Styles) -> Result<Worksheet, WorkbookError> {
    let mut ws = Worksheet::new();
    ws.set_name(t.t(SheetKind::Instructions.message()))?;
    ws.set_column_width(0, 5)?;
    ws.set_column_width(1, INSTRUCTIONS_WIDTH)?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let number = Format::new().set_bold().set_align(FormatAlign::Top);
    // Rows of wrapped text in column B get the height their text needs.
    let fit = |ws: &mut Worksheet, row: u32, text: &str| -> Result<(), WorkbookError> {
        ws.set_row_height(row, row_height(&[(text, INSTRUCTIONS_WIDTH, 11.0)]))?;
        Ok(())
    };
    let mut row = 0u32;
    ws.write_string_with_format(row, 0, g.title.get(t.lang()), &s.title)?;
    ws.set_row_height(row, 21)?;
    row += 1;
    let source = g.source.get(t.lang());
    put(&mut ws, row, 1, source, &wrap.clone().set_italic())?;
    fit(&mut ws, row, source)?;
    row += 2;
    ws.write_string_with_format(row, 0, t.t("wb-instructions-heading"), &s.heading)?;
    row += 1;
    for step in 1..=7 {
        let text = t.t(&format!("wb-step-{step}"));
        ws.write_string_with_format(row, 0, format!("{step}."), &number)?;
        ws.write_string_with_format(row, 1, &text, &wrap)?;
        fit(&mut ws, row, &text)?;
        row += 1;
    }
    row += 1;
    ws.write_string_with_format(row, 0, t.t("wb-scale-heading"), &s.heading)?;
    row += 1;
    for n in 0..=MAX_LEVEL {
        ws.write_number_with_format(
            row,
            0,
            f64::from(n),
            &number.clone().set_align(FormatAlign::Left),
        )?;
        ws.write_string_with_format(row, 1, g.level_label(n, t.lang()), &wrap)?;
        row += 1;
    }
    ws.write_string_with_format(row, 0, t.t("not-applicable"), &number)?;
    ws.write_string_with_format(row, 1, t.t("wb-na-text"), &wrap)?;
    fit(&mut ws, row, &t.t("wb-na-text"))?;
    row += 1;
    ws.write_string_with_format(row, 1, t.t("wb-scale-intro"), &wrap)?;
    fit(&mut ws, row, &t.t("wb-scale-intro"))?;
    row += 2;
    for (heading, text) in [
        ("wb-scores-heading", "wb-scores-text"),
        ("wb-keep-heading", "wb-keep-text"),
    ] {
        ws.write_string_with_format(row, 0, t.t(heading), &s.heading)?;
        row += 1;
        ws.write_string_with_format(row, 1, t.t(text), &wrap)?;
        fit(&mut ws, row, &t.t(text))?;
        row += 2;
    }
    let made = t.f(
        "wb-made-with",
        &[
            ("id", Arg::Str(&g.id)),
            ("version", Arg::Str(&g.version)),
            ("count", Arg::Count(g.criterion_count())),
        ],
    );
    ws.write_string_with_format(row, 1, made, &s.hint)?;
    print_setup(&mut ws, false, t);
    ws.protect_with_options(&protection());
    ws.set_active(true);
    Ok(ws)
}

/// The row of the Answers table header (0-based): title, three rows of
/// the header block, a hint, then the header.
const TABLE_HEADER: u32 = 5;

fn answers_sheet(
    g: &Guideline,
    a: &AnswerFile,
    t: &Tr,
    s: &Styles,
    labels: &[String],
) -> Result<Worksheet, WorkbookError> {
    let lang = t.lang();
    let mut ws = Worksheet::new();
    ws.set_name(t.t(SheetKind::Answers.message()))?;
    for (i, col) in Col::ALL.iter().enumerate() {
        ws.set_column_width(i as u16, col.width())?;
    }

    // Title and header block: labels in columns A and D, values in C and E.
    // The guideline by its title and version, in words: its id is in the
    // hidden sheet, for the reader.
    let title = t.f(
        "guideline-value",
        &[
            ("title", Arg::Str(g.title.get(lang))),
            ("version", Arg::Str(&g.version)),
        ],
    );
    // A member state's workbook holds its criteria only, in its words.
    let who = a.speaks_for();
    ws.write_string_with_format(0, 0, &title, &s.title)?;
    ws.set_row_height(0, 21)?;
    let mut block_heights = [15.0f64; 3];
    for (i, field) in Field::ALL.iter().enumerate() {
        let (row, label_col, value_col) = if i < 3 {
            (1 + i as u32, 0u16, Col::Criterion.index())
        } else {
            (1 + i as u32 - 3, Col::Guidance.index(), Col::Levels.index())
        };
        let value = match field {
            Field::Network => &a.network.name,
            Field::Region => &a.network.region,
            Field::Country => &a.respondent.country,
            Field::Respondent => &a.respondent.name,
            Field::Role => &a.respondent.role,
            Field::Date => &a.date,
        };
        fits(value, || Msg::new(field.message()).into())?;
        let width = if i < 3 {
            Col::Criterion.width()
        } else {
            Col::Levels.width()
        };
        block_heights[i % 3] = block_heights[i % 3].max(row_height(&[(value, width, 10.0)]));
        let label_format = if label_col == 0 {
            s.label.clone()
        } else {
            s.label.clone().set_align(FormatAlign::Right)
        };
        ws.write_string_with_format(row, label_col, t.t(field.message()), &label_format)?;
        put(&mut ws, row, value_col, value, &s.input)?;
    }
    for (i, h) in block_heights.iter().enumerate() {
        ws.set_row_height(1 + i as u32, *h)?;
    }
    ws.write_string_with_format(4, 0, t.t("wb-hint"), &s.hint)?;

    // The table.
    let mut header_height = 15.0f64;
    for col in Col::ALL {
        let text = t.t(col.message());
        header_height = header_height.max(row_height(&[(&text, col.width(), 10.0)]));
        ws.write_string_with_format(TABLE_HEADER, col.index(), text, &s.header)?;
    }
    ws.set_row_height(TABLE_HEADER, header_height)?;
    let mut row = TABLE_HEADER + 1;
    let empty = Answer::default();
    // `3 Established:` before each descriptor, on a line of its own.
    let heads: Vec<String> = (0..=MAX_LEVEL)
        .map(|n| {
            let sep = if n == 0 { "" } else { "\n" };
            format!("{sep}{} ", level_head(t, g, n))
        })
        .collect();
    for (area, c) in g.criteria_for(who) {
        let answer = a.answer(&c.id).unwrap_or(&empty);
        put(
            &mut ws,
            row,
            Col::Area.index(),
            area.title.get(lang),
            &s.text,
        )?;
        put(&mut ws, row, Col::Id.index(), &c.id, &s.small)?;
        ws.write_rich_string_with_format(
            row,
            Col::Criterion.index(),
            &[
                (&s.bold, c.title.get(lang)),
                (&s.plain, &format!("\n{}", c.question_for(who).get(lang))),
            ],
            &s.text,
        )?;
        put(
            &mut ws,
            row,
            Col::Guidance.index(),
            c.guidance_for(who).get(lang),
            &s.text,
        )?;
        let criterion = format!("{}\n{}", c.title.get(lang), c.question_for(who).get(lang));
        let mut parts: Vec<(&Format, &str)> = Vec::new();
        for (n, level) in c.levels_for(who).iter().enumerate() {
            parts.push((&s.bold, &heads[n]));
            parts.push((&s.plain, level.get(lang)));
        }
        // The descriptors as the cell shows them, for its height.
        let descriptors: String = parts.iter().map(|(_, text)| *text).collect();
        let height = row_height(&[
            (area.title.get(lang), Col::Area.width(), 10.0),
            (&c.id, Col::Id.width(), 9.0),
            (&criterion, Col::Criterion.width(), 10.0),
            (c.guidance_for(who).get(lang), Col::Guidance.width(), 10.0),
            (&descriptors, Col::Levels.width(), 10.0),
        ]);
        ws.write_rich_string_with_format(row, Col::Levels.index(), &parts, &s.text)?;
        let answers_height = answer_cells(&mut ws, row, &c.id, answer, g, t, s)?;
        ws.set_row_height(row, height.max(answers_height))?;
        row += 1;
    }
    // Answers to criteria the guideline does not have: kept, shown last.
    let note = t.f(
        "wb-not-in-guideline",
        &[("id", Arg::Str(&g.id)), ("version", Arg::Str(&g.version))],
    );
    for e in a
        .answers
        .iter()
        .filter(|e| g.criterion(&e.criterion).is_none())
    {
        fits(&e.criterion, || msg!("what-criterion-id").into())?;
        let prefix = e.criterion.split('.').next().unwrap_or("");
        let area = g.area(prefix).map_or(prefix, |ar| ar.title.get(lang));
        put(&mut ws, row, Col::Area.index(), area, &s.text)?;
        put(&mut ws, row, Col::Id.index(), &e.criterion, &s.small)?;
        ws.write_string_with_format(
            row,
            Col::Criterion.index(),
            &note,
            &s.text.clone().set_italic(),
        )?;
        ws.write_blank(row, Col::Guidance.index(), &s.text)?;
        ws.write_blank(row, Col::Levels.index(), &s.text)?;
        let answers_height = answer_cells(&mut ws, row, &e.criterion, &e.answer, g, t, s)?;
        let height = row_height(&[
            (&note, Col::Criterion.width(), 10.0),
            (&e.criterion, Col::Id.width(), 9.0),
        ]);
        ws.set_row_height(row, height.max(answers_height))?;
        row += 1;
    }
    let last = row.saturating_sub(1).max(TABLE_HEADER + 1);

    // The level drop-down: the labels themselves, or (when they would not
    // fit Excel's 255 characters, or hold a comma) the list on the hidden
    // sheet.
    let list = DataValidation::new();
    let list = if labels.iter().any(|l| l.contains(',')) || labels.join(",").chars().count() > 250 {
        list.allow_list_formula(Formula::new(format!(
            "='{META_SHEET}'!$D$1:$D${}",
            labels.len()
        )))
    } else {
        list.allow_list_strings(labels)?
    };
    let list = list
        .set_input_message(t.t("wb-level-prompt"))?
        .set_error_message(t.t("wb-level-error"))?
        .set_error_style(DataValidationErrorStyle::Stop);
    ws.add_data_validation(
        TABLE_HEADER + 1,
        Col::Level.index(),
        last,
        Col::Level.index(),
        &list,
    )?;
    ws.autofilter(TABLE_HEADER, 0, last, (Col::ALL.len() - 1) as u16)?;
    ws.set_freeze_panes(TABLE_HEADER + 1, 0)?;
    print_setup(&mut ws, true, t);
    ws.set_repeat_rows(TABLE_HEADER, TABLE_HEADER)?;
    ws.set_header(format!("&L&8{}", footer_text(&title)));
    ws.protect_with_options(&protection());
    Ok(ws)
}

/// The four cells a respondent fills in: level, reason, note, evidence.
/// Returns the height they need.
fn answer_cells(
    ws: &mut Worksheet,
    row: u32,
    id: &str,
    answer: &Answer,
    g: &Guideline,
    t: &Tr,
    s: &Styles,
) -> Result<f64, WorkbookError> {
    let reason = shown_reason(answer).unwrap_or_default();
    let note = answer.note.clone().unwrap_or_default();
    let evidence = evidence_text(&answer.evidence);
    fits(&reason, || msg!("workbook-what-reason-for", id = id).into())?;
    fits(&note, || msg!("workbook-what-note-on", id = id).into())?;
    fits(&evidence, || {
        msg!("workbook-what-evidence-for", id = id).into()
    })?;
    let level = level_text(g, &answer.response, t);
    put(ws, row, Col::Level.index(), &level, &s.input)?;
    put(ws, row, Col::Reason.index(), &reason, &s.input)?;
    put(ws, row, Col::Note.index(), &note, &s.input)?;
    put(ws, row, Col::Evidence.index(), &evidence, &s.input)?;
    Ok(row_height(&[
        (&level, Col::Level.width(), 10.0),
        (&reason, Col::Reason.width(), 10.0),
        (&note, Col::Note.width(), 10.0),
        (&evidence, Col::Evidence.width(), 10.0),
    ]))
}

/// Evidence in one cell, one item per line. A single item holding a `;`
/// gets a line break after it, so that the reader, which splits a line at
/// `;` only when the cell has no line break, reads it back whole.
pub(super) fn evidence_text(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] if one.contains(';') => format!("{one}\n"),
        _ => items.join("\n"),
    }
}

fn workshop_sheet(
    g: &Guideline,
    a: &AnswerFile,
    t: &Tr,
    s: &Styles,
) -> Result<Worksheet, WorkbookError> {
    let lang = t.lang();
    let mut ws = Worksheet::new();
    ws.set_name(t.t(SheetKind::Workshop.message()))?;
    for (i, w) in WORKSHOP_WIDTHS.iter().enumerate() {
        ws.set_column_width(i as u16, *w)?;
    }
    ws.write_string_with_format(0, 0, t.t("wb-workshop-title"), &s.title)?;
    ws.write_string_with_format(1, 0, t.t("wb-workshop-intro"), &s.hint)?;
    ws.write_string_with_format(3, 0, t.t("wb-findings"), &s.heading)?;
    let target = g.target.to_string();
    for (i, col) in AreaCol::ALL.iter().enumerate() {
        let text = t.f(col.message(), &[("target", Arg::Str(&target))]);
        ws.write_string_with_format(4, i as u16, text, &s.header)?;
    }
    // Every area of the guideline, then areas named only in the file.
    let mut areas: Vec<(String, String)> = g
        .areas
        .iter()
        .map(|ar| (ar.id.clone(), ar.title.get(lang).to_string()))
        .collect();
    for id in a
        .findings
        .iter()
        .map(|f| &f.area)
        .chain(a.targets.iter().map(|(ar, _, _)| ar))
    {
        if !areas.iter().any(|(known, _)| known == id) {
            areas.push((id.clone(), id.clone()));
        }
    }
    let mut row = 5u32;
    let first = row;
    for (id, title) in &areas {
        let f = a.findings_of(id);
        put(&mut ws, row, 0, title, &s.text)?;
        fits(id, || msg!("workbook-what-an-area-id").into())?;
        put(&mut ws, row, 1, id, &s.small)?;
        match a.targets.iter().find(|(ar, _, _)| ar == id) {
            Some((_, n, _)) => {
                ws.write_number_with_format(row, 2, f64::from(*n), &s.number_input)?;
            }
            None => {
                ws.write_blank(row, 2, &s.number_input)?;
            }
        }
        let findings = f.map_or(["", "", ""], |f| {
            [
                f.strengths.as_str(),
                f.challenges.as_str(),
                f.priorities.as_str(),
            ]
        });
        let height = put_workshop_inputs(&mut ws, row, 3, &findings, &s.input, || {
            msg!("workbook-what-finding-for", area = id).into()
        })?;
        let height = height.max(row_height(&[(title, WORKSHOP_WIDTHS[0], 10.0)]));
        // Room to write in a printed copy.
        ws.set_row_height(row, height.max(45.0))?;
        row += 1;
    }
    let targets = DataValidation::new()
        .allow_whole_number(DataValidationRule::Between(0, i32::from(MAX_LEVEL)))
        .set_input_message(t.t("wb-target-prompt"))?
        .set_error_message(t.t("wb-target-error"))?
        .set_error_style(DataValidationErrorStyle::Stop);
    ws.add_data_validation(first, 2, row - 1, 2, &targets)?;

    row += 1;
    ws.write_string_with_format(row, 0, t.t("wb-participants"), &s.heading)?;
    row += 1;
    for (i, col) in PersonCol::ALL.iter().enumerate() {
        ws.write_string_with_format(row, i as u16, t.t(col.message()), &s.header)?;
    }
    row += 1;
    let rows = if a.participants.is_empty() {
        PARTICIPANT_ROWS
    } else {
        a.participants.len() + 10
    };
    for i in 0..rows {
        let person = a.participants.get(i).map_or(["", "", ""], |p| {
            [p.name.as_str(), p.agency.as_str(), p.country.as_str()]
        });
        let height = put_workshop_inputs(&mut ws, row, 0, &person, &s.input, || {
            msg!("what-participant").into()
        })?;
        ws.set_row_height(row, height.max(18.0))?;
        row += 1;
    }
    print_setup(&mut ws, true, t);
    ws.protect_with_options(&protection());
    Ok(ws)
}

/// Writes texts into the Workshop sheet's input cells side by side, from
/// column `first`, each checked to fit a cell (`what` names it if not);
/// gives the row height their wrapped text needs.
fn put_workshop_inputs(
    ws: &mut Worksheet,
    row: u32,
    first: u16,
    texts: &[&str],
    f: &Format,
    what: impl Fn() -> MsgArg,
) -> Result<f64, WorkbookError> {
    let mut cells = Vec::with_capacity(texts.len());
    for (col, text) in (first..).zip(texts) {
        fits(text, &what)?;
        put(ws, row, col, text, f)?;
        cells.push((*text, WORKSHOP_WIDTHS[usize::from(col)], 10.0));
    }
    Ok(row_height(&cells))
}

fn meta_sheet(
    g: &Guideline,
    a: &AnswerFile,
    kept: &str,
    labels: &[String],
) -> Result<Worksheet, WorkbookError> {
    let mut ws = Worksheet::new();
    ws.set_name(META_SHEET)?;
    ws.set_column_width(0, 20)?;
    ws.set_column_width(1, 60)?;
    ws.write_string(0, 0, META_FORMAT)?;
    ws.write_number(0, 1, ANSWERS_FORMAT as f64)?;
    let mut row = 1u32;
    for (key, value) in [
        (META_GUIDELINE, a.guideline.as_str()),
        (META_VERSION, a.guideline_version.as_str()),
        (META_LANGUAGE, a.language.as_str()),
    ] {
        ws.write_string(row, 0, key)?;
        if !value.is_empty() {
            fits(value, || format!("`{key}`").into())?;
            ws.write_string(row, 1, value)?;
        }
        row += 1;
    }
    for piece in chunks(kept, KEPT_CHUNK) {
        ws.write_string(row, 0, META_KEPT)?;
        ws.write_string(row, 1, piece)?;
        row += 1;
    }
    // Last, so that the rows before it stand where workbooks of earlier
    // versions have them.
    if let Some(scope) = a.scope {
        ws.write_string(row, 0, META_SCOPE)?;
        ws.write_string(row, 1, scope.as_str())?;
    }
    for (i, label) in labels.iter().enumerate() {
        ws.write_string(i as u32, 3, label)?;
    }
    ws.write_string(
        0,
        5,
        format!(
            "Written by wen-assess {} for {} {}; read by wen-assess. Do not edit.",
            env!("CARGO_PKG_VERSION"),
            g.id,
            g.version
        ),
    )?;
    ws.set_hidden(true);
    ws.protect();
    Ok(ws)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_at_characters() {
        assert_eq!(chunks("abcdé", 2), ["ab", "cd", "é"]);
        assert!(chunks("", 5).is_empty());
    }

    #[test]
    fn evidence_keeps_one_item_per_line() {
        assert_eq!(evidence_text(&[]), "");
        assert_eq!(evidence_text(&["a".into(), "b".into()]), "a\nb");
        assert_eq!(evidence_text(&["a; b".into()]), "a; b\n");
    }
}
