//! The network view as a workbook (`aggregate -o network.xlsx`), for a
//! consultant's own analysis: a summary sheet (the member states by area,
//! with the spread and the network's estimate under them, and the network's
//! maturity), a sheet per area with the member states' level on each of its
//! member-scope criteria, a sheet of every criterion as the network stands
//! on it, and the files. Levels are numbers, coloured by conditional
//! formatting (so they keep their colour when a consultant edits them);
//! N/A and missing answers are text (`N/A`, `-`), which a level rule does
//! not colour.
//!
//! The sheets are built as grids of cells first, written with
//! rust_xlsxwriter, then read back with the project's own workbook reader:
//! a workbook that does not read back as written is never returned.

use rust_xlsxwriter::{
    Color, ConditionalFormatCell, ConditionalFormatCellRule, DocProperties, ExcelDateTime, Format,
    FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::RenderError;
use super::network::{Figure, NetworkReport};

/// The colour of each level 0-4, shared with the PDF's heat map
/// (ColorBrewer RdYlBu: red to blue, told apart by lightness too), and the
/// text colour that reads on it.
pub(crate) const LEVEL_COLOURS: [(u32, u32); 5] = [
    (0xD7191C, 0xFFFFFF),
    (0xFDAE61, 0x1A1A1A),
    (0xFFFFBF, 0x1A1A1A),
    (0xABD9E9, 0x1A1A1A),
    (0x2C7BB6, 0xFFFFFF),
];

/// A cell before it is written.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Empty,
    Text(String),
    /// A level (or a median of levels), written as a number.
    Number(f64),
    /// A maturity, written as a number shown with one decimal.
    Figure(f64),
    /// Text where a figure would be (`-` for no data, `N/A`, a share such
    /// as `3/7`): aligned as the figures are, so that a `-` beside a `0.0`
    /// does not read as `0.0-`.
    NoFigure(String),
}

impl Cell {
    fn figure(f: &Figure) -> Cell {
        f.value
            .map_or_else(|| Cell::NoFigure(f.text.clone()), Cell::Figure)
    }

    /// A level or answer as the view writes it: "3", "N/A", "-".
    fn answer(text: &str) -> Cell {
        text.parse::<f64>()
            .map_or_else(|_| Cell::NoFigure(text.to_string()), Cell::Number)
    }

    /// What the project's reader gives back for this cell.
    fn read_back(&self) -> Option<String> {
        match self {
            Cell::Empty => None,
            Cell::Text(s) | Cell::NoFigure(s) if s.is_empty() => None,
            Cell::Text(s) | Cell::NoFigure(s) => Some(s.clone()),
            Cell::Number(n) | Cell::Figure(n) => Some(n.to_string()),
        }
    }
}

/// How a row looks.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Look {
    Title,
    Plain,
    Header,
    /// Criterion ids under their titles: small and grey.
    Id,
    Body,
    /// A row of the spread under a table.
    Summary,
}

/// A sheet before it is written.
struct Grid {
    name: String,
    widths: Vec<f64>,
    rows: Vec<(Look, Vec<Cell>)>,
    /// Cells coloured by level: (first row, first column, last row, last column).
    levels: Vec<(u32, u16, u32, u16)>,
    /// Rows and columns kept in view.
    freeze: (u32, u16),
    /// Row heights in points, where wrapped text needs more than a line.
    heights: Vec<(u32, f64)>,
}

impl Grid {
    fn new(name: String, widths: Vec<f64>) -> Self {
        Grid {
            name,
            widths,
            rows: Vec::new(),
            levels: Vec::new(),
            freeze: (0, 0),
            heights: Vec::new(),
        }
    }

    fn push(&mut self, look: Look, cells: Vec<Cell>) -> u32 {
        self.rows.push((look, cells));
        (self.rows.len() - 1) as u32
    }

    fn text(&mut self, look: Look, cells: &[&str]) -> u32 {
        self.push(
            look,
            cells.iter().map(|c| Cell::Text((*c).to_string())).collect(),
        )
    }
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`,
/// not starting or ending with an apostrophe, unique in the workbook.
fn sheet_name(wanted: &str, taken: &[String]) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .collect();
    let clean = clean.trim().trim_matches('\'').trim();
    let base: String = clean.chars().take(31).collect();
    let base = if base.trim().is_empty() {
        "Sheet".to_string()
    } else {
        base.trim_end().to_string()
    };
    let lower = |s: &str| s.to_lowercase();
    let mut name = base.clone();
    let mut n = 2;
    while taken.iter().any(|t| lower(t) == lower(&name)) {
        let suffix = format!(" ({n})");
        let keep = 31 - suffix.chars().count();
        name = format!(
            "{}{suffix}",
            base.chars().take(keep).collect::<String>().trim_end()
        );
        n += 1;
    }
    name
}

/// The summary: title, facts, the member states by area with the spread,
/// and the network's maturity by area.
fn summary(n: &NetworkReport, name: String) -> Grid {
    let l = &n.labels;
    let areas = n.area_titles.len();
    // The figure columns also hold the maturity table's level labels
    // ("Em desenvolvimento"): wide enough that none breaks inside a word.
    let level_word = n
        .maturity
        .iter()
        .flat_map(|r| r.label.split_whitespace())
        .map(|word| text_width(word, true) + CELL_PADDING)
        .fold(13.0, f64::max)
        .ceil();
    let mut widths = vec![name_width(n)];
    widths.extend(std::iter::repeat_n(level_word, areas + 2));
    let mut g = Grid::new(name, widths);
    g.text(Look::Title, &[&n.title]);
    for (label, value) in &n.facts {
        g.text(Look::Plain, &[label, value]);
    }
    for line in n.provisional.iter().chain([&n.method_note]) {
        g.text(Look::Plain, &[line]);
    }
    g.push(Look::Plain, vec![]);
    g.text(Look::Plain, &[&l.heat_title]);
    let mut header = vec![Cell::Text(l.member_state.clone())];
    header.extend(n.area_titles.iter().map(|t| Cell::Text(t.clone())));
    header.extend([
        Cell::Text(l.overall.clone()),
        Cell::Text(l.answered.clone()),
    ]);
    let header_row = g.push(Look::Header, header);
    g.heights.push((header_row, 30.0));
    g.freeze = (header_row + 1, 1);
    let mut first = None;
    for r in &n.heat {
        let mut cells = vec![Cell::Text(r.label.clone())];
        cells.extend(r.areas.iter().map(Cell::figure));
        cells.push(Cell::figure(&r.overall));
        cells.push(Cell::Text(r.answered.clone()));
        let row = g.push(Look::Body, cells);
        first.get_or_insert(row);
    }
    if let Some(first) = first {
        let last = first + n.heat.len() as u32 - 1;
        g.levels.push((first, 1, last, areas as u16 + 1));
    }
    for s in &n.summary {
        let mut cells = vec![Cell::Text(s.label.clone())];
        cells.extend(s.areas.iter().map(Cell::figure));
        cells.push(Cell::figure(&s.overall));
        g.push(Look::Summary, cells);
    }
    g.push(Look::Plain, vec![]);
    g.text(Look::Plain, &[&l.maturity_title]);
    let heads: Vec<&str> = l.maturity_columns.iter().map(String::as_str).collect();
    let header = g.text(Look::Header, &heads);
    g.heights.push((header, 30.0));
    let first = g.rows.len() as u32;
    for r in &n.maturity {
        g.push(
            if r.overall { Look::Summary } else { Look::Body },
            vec![
                Cell::Text(r.title.clone()),
                Cell::figure(&r.maturity),
                Cell::Text(if r.maturity.value.is_some() {
                    r.label.clone()
                } else {
                    "-".to_string()
                }),
                r.target_value
                    .map_or(Cell::Empty, |t| Cell::Number(f64::from(t))),
                if r.overall {
                    Cell::Empty
                } else {
                    Cell::figure(&r.gap)
                },
            ],
        );
    }
    g.levels.push((first, 1, g.rows.len() as u32 - 1, 1));
    g
}

/// One area: the member states' level on each of its member-scope criteria.
fn area_sheet(n: &NetworkReport, area: usize, name: String) -> Option<Grid> {
    let id = n.area_ids.get(area)?;
    let criteria: Vec<&crate::aggregate::CriterionView> = n
        .data
        .criteria
        .iter()
        .filter(|c| &c.area == id && c.scope == "member")
        .collect();
    if criteria.is_empty() {
        return None;
    }
    let l = &n.labels;
    let mut widths = vec![name_width(n)];
    widths.extend(std::iter::repeat_n(18.0, criteria.len()));
    let mut g = Grid::new(name, widths);
    g.text(Look::Title, &[&n.area_titles[area]]);
    let mut titles = vec![Cell::Text(l.member_state.clone())];
    titles.extend(criteria.iter().map(|c| Cell::Text(c.title.clone())));
    let titles_row = g.push(Look::Header, titles);
    // Titles of up to five lines and ids of up to two, in 18-wide columns.
    g.heights.push((titles_row, 66.0));
    let mut ids = vec![Cell::Empty];
    ids.extend(criteria.iter().map(|c| Cell::Text(c.id.clone())));
    let ids_row = g.push(Look::Id, ids);
    g.heights.push((ids_row, 24.0));
    g.freeze = (ids_row + 1, 1);
    let shown = |c: &crate::aggregate::CriterionView, i: usize| {
        c.answers
            .get(i)
            .cloned()
            .flatten()
            .map_or_else(|| "-".to_string(), |a| if a == "na" { na(n) } else { a })
    };
    let first = g.rows.len() as u32;
    for (i, r) in n.heat.iter().enumerate() {
        let mut cells = vec![Cell::Text(r.label.clone())];
        cells.extend(criteria.iter().map(|c| Cell::answer(&shown(c, i))));
        g.push(Look::Body, cells);
    }
    if !n.heat.is_empty() {
        g.levels
            .push((first, 1, g.rows.len() as u32 - 1, criteria.len() as u16));
    }
    // Under the member states, the spread rows of the summary (min,
    // median, max, at or above target, the network's estimate), per criterion.
    let figure = |x: Option<f64>| x.map_or(Cell::NoFigure("-".to_string()), Cell::Number);
    for (k, row) in n.summary.iter().enumerate() {
        let mut cells = vec![Cell::Text(row.label.clone())];
        cells.extend(criteria.iter().map(|c| {
            let m = c.members.as_ref();
            match k {
                0 => figure(m.and_then(|m| m.min)),
                1 => figure(m.and_then(|m| m.median)),
                2 => figure(m.and_then(|m| m.max)),
                3 => Cell::NoFigure(m.map_or_else(
                    || "-".to_string(),
                    |m| format!("{}/{}", m.at_target, m.scored),
                )),
                _ => match c.network.as_deref() {
                    None => Cell::NoFigure("-".to_string()),
                    Some("na") => Cell::NoFigure(na(n)),
                    Some(level) => Cell::answer(level),
                },
            }
        }));
        g.push(Look::Summary, cells);
    }
    Some(g)
}

/// The width of a column of member states' names (and the labels of the
/// rows under them): the longest on one line, between the width the
/// column always had and a maximum past which a name wraps instead (its
/// row then grows, see `lines_needed`).
fn name_width(n: &NetworkReport) -> f64 {
    n.heat
        .iter()
        .map(|r| r.label.as_str())
        .chain(n.summary.iter().map(|s| s.label.as_str()))
        .chain(n.files.iter().filter_map(|f| f.first().map(String::as_str)))
        .map(|name| text_width(name, true) + CELL_PADDING)
        .fold(26.0, f64::max)
        .min(42.0)
        .ceil()
}

/// Width of `text` in column-width units (the width of a `0` in the
/// default font), an estimate on the safe side for 10-point Calibri (or
/// Carlito, which LibreOffice uses in its place): bold is wider, capitals
/// and digits wider than the rest.
fn text_width(text: &str, bold: bool) -> f64 {
    let base: f64 = text
        .chars()
        .map(|c| {
            if c.is_uppercase() || c.is_ascii_digit() {
                1.0
            } else if c == ' ' || "il.,;:'|!".contains(c) {
                0.45
            } else {
                0.82
            }
        })
        .sum();
    if bold { base * 1.08 } else { base }
}

/// A cell's room for text, in column-width units, is its width less this.
const CELL_PADDING: f64 = 1.2;

/// The lines `text` takes when wrapped between words in a column `width`
/// wide (a word wider than the column breaks where it must).
fn lines_needed(text: &str, width: f64, bold: bool) -> usize {
    let room = (width - CELL_PADDING).max(1.0);
    let space = text_width(" ", bold);
    let mut total = 0;
    for paragraph in text.lines() {
        let mut lines = 1;
        let mut used = 0.0;
        for word in paragraph.split_whitespace() {
            let w = text_width(word, bold);
            if used > 0.0 && used + space + w <= room {
                used += space + w;
            } else if used == 0.0 && w <= room {
                used = w;
            } else {
                if used > 0.0 {
                    lines += 1;
                }
                // A word wider than the column fills whole lines.
                lines += (w / room).ceil() as usize - 1;
                used = w - (w / room).floor() * room;
                if used == 0.0 {
                    used = room;
                }
            }
        }
        total += lines;
    }
    total.max(1)
}

/// The height of a row of 10-point text `lines` lines tall, in points.
fn row_height(lines: usize) -> f64 {
    13.0 * lines as f64 + 2.0
}

/// "N/A" in the report's language.
fn na(n: &NetworkReport) -> String {
    crate::i18n::Tr::new(n.lang).t("not-applicable")
}

/// Every criterion: where the network stands on it.
fn criteria_sheet(n: &NetworkReport, name: String) -> Grid {
    let mut g = Grid::new(name, vec![18.0, 44.0, 34.0, 12.0, 12.0, 12.0, 12.0]);
    g.text(Look::Title, &[&n.sheet.criteria_title]);
    let heads: Vec<&str> = n
        .sheet
        .criteria_columns
        .iter()
        .map(String::as_str)
        .collect();
    let header = g.text(Look::Header, &heads);
    g.heights.push((header, 30.0));
    g.freeze = (header + 1, 2);
    let first = g.rows.len() as u32;
    let figure = |x: Option<f64>| x.map_or(Cell::NoFigure("-".to_string()), Cell::Number);
    for c in &n.data.criteria {
        let area = n
            .data
            .areas
            .iter()
            .find(|a| a.id == c.area)
            .map_or(c.area.clone(), |a| a.title.clone());
        let scope = if c.scope == "member" {
            &n.sheet.scope_member
        } else {
            &n.sheet.scope_network
        };
        let network = match c.network.as_deref() {
            None => Cell::NoFigure("-".to_string()),
            Some("na") => Cell::NoFigure(na(n)),
            Some(level) => Cell::answer(level),
        };
        g.push(
            Look::Body,
            vec![
                Cell::Text(area),
                Cell::Text(c.title.clone()),
                Cell::Text(c.id.clone()),
                Cell::Text(scope.clone()),
                network,
                figure(c.members.as_ref().and_then(|m| m.median)),
                Cell::Number(f64::from(c.target)),
            ],
        );
    }
    if !n.data.criteria.is_empty() {
        g.levels.push((first, 4, g.rows.len() as u32 - 1, 5));
    }
    g
}

/// The files the view is made from.
fn files_sheet(n: &NetworkReport, name: String) -> Grid {
    let mut g = Grid::new(name, vec![name_width(n), 50.0, 20.0, 16.0, 12.0]);
    g.text(Look::Title, &[&n.annex_files_title]);
    let heads: Vec<&str> = n.file_columns.iter().map(String::as_str).collect();
    let header = g.text(Look::Header, &heads);
    g.heights.push((header, 30.0));
    g.freeze = (header + 1, 1);
    for f in &n.files {
        let cells: Vec<&str> = f.iter().map(String::as_str).collect();
        g.text(Look::Body, &cells);
    }
    g
}

/// "3/7": a count of a total, aligned as figures are.
fn is_share(text: &str) -> bool {
    text.split_once('/').is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
    })
}

/// Writes one grid as a worksheet.
fn write(g: &Grid) -> Result<Worksheet, XlsxError> {
    let mut ws = Worksheet::new();
    ws.set_name(&g.name)?;
    for (i, w) in g.widths.iter().enumerate() {
        ws.set_column_width(i as u16, *w)?;
    }
    let border = Color::RGB(0xBFBFBF);
    let body = Format::new()
        .set_font_size(10)
        .set_align(FormatAlign::Top)
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
        .set_border_color(border);
    let formats = |look: Look| match look {
        Look::Title => Format::new().set_bold().set_font_size(14),
        Look::Plain => Format::new().set_font_size(10),
        Look::Header => Format::new()
            .set_bold()
            .set_font_size(10)
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_font_color(Color::White)
            .set_background_color(Color::RGB(0x1F3A5F))
            .set_border(FormatBorder::Thin)
            .set_border_color(border),
        Look::Id => Format::new()
            .set_font_size(8)
            .set_font_color(Color::RGB(0x595959))
            .set_text_wrap()
            .set_align(FormatAlign::Top),
        Look::Body => body.clone(),
        Look::Summary => body
            .clone()
            .set_bold()
            .set_background_color(Color::RGB(0xE8EDF4)),
    };
    for (r, (look, cells)) in g.rows.iter().enumerate() {
        let format = formats(*look);
        let figure = format.clone().set_num_format("0.0");
        let count = format.clone().set_align(FormatAlign::Right);
        for (c, cell) in cells.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                Cell::Empty => {}
                // A share such as "3/7" reads as a figure.
                Cell::Text(s) if is_share(s) => {
                    ws.write_string_with_format(r, c, s, &count)?;
                }
                Cell::NoFigure(s) => {
                    ws.write_string_with_format(r, c, s, &count)?;
                }
                // Everything a person typed is text, never a formula.
                Cell::Text(s) => {
                    ws.write_string_with_format(r, c, s, &format)?;
                }
                Cell::Number(x) => {
                    ws.write_number_with_format(r, c, *x, &format)?;
                }
                Cell::Figure(x) => {
                    ws.write_number_with_format(r, c, *x, &figure)?;
                }
            }
        }
    }
    for &(r0, c0, r1, c1) in &g.levels {
        for (level, (fill, ink)) in LEVEL_COLOURS.iter().enumerate() {
            let low = level as f64;
            let high = if level == 4 { 4.0 } else { low + 0.99 };
            let rule = ConditionalFormatCell::new()
                .set_rule(ConditionalFormatCellRule::Between(low, high))
                .set_format(
                    Format::new()
                        .set_background_color(Color::RGB(*fill))
                        .set_font_color(Color::RGB(*ink)),
                );
            ws.add_conditional_format(r0, c0, r1, c1, &rule)?;
        }
    }
    // Spreadsheet programs do not grow a row for wrapped text when they
    // print a file they did not lay out (LibreOffice overprints the next
    // row): every row whose text wraps gets the height its lines need, and
    // a height set for a row is the least it gets.
    for (r, (look, cells)) in g.rows.iter().enumerate() {
        let r = r as u32;
        let set = g.heights.iter().find(|(row, _)| *row == r).map(|h| h.1);
        let wraps = matches!(look, Look::Header | Look::Body | Look::Summary);
        let bold = matches!(look, Look::Header | Look::Summary);
        let lines = if wraps {
            cells
                .iter()
                .zip(&g.widths)
                .map(|(cell, &width)| match cell {
                    Cell::Text(s) | Cell::NoFigure(s) => lines_needed(s, width, bold),
                    _ => 1,
                })
                .max()
                .unwrap_or(1)
        } else {
            1
        };
        let needed = (lines > 1).then(|| row_height(lines));
        if let Some(height) = set.into_iter().chain(needed).reduce(f64::max) {
            ws.set_row_height(r, height)?;
        }
    }
    if g.freeze != (0, 0) {
        ws.set_freeze_panes(g.freeze.0, g.freeze.1)?;
    }
    ws.set_landscape();
    ws.set_paper_size(9);
    // Printed one page wide, as many pages long as it takes.
    ws.set_print_fit_to_pages(1, 0);
    Ok(ws)
}

/// Checks that the workbook reads back, with the project's own reader,
/// holding what the grids say, sheet by sheet and cell by cell.
fn check(bytes: &[u8], grids: &[Grid]) -> Result<(), String> {
    let sheets = crate::answers::workbook::read_sheets(bytes)?;
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    let wanted: Vec<&str> = grids
        .iter()
        .map(|g| g.name.as_str())
        .chain([crate::answers::workbook::VIEW_SHEET])
        .collect();
    if names != wanted {
        return Err(format!("sheets {names:?}, not {wanted:?}"));
    }
    for ((name, cells), g) in sheets.iter().zip(grids) {
        let expected: Vec<((u32, u32), String)> = g
            .rows
            .iter()
            .enumerate()
            .flat_map(|(r, (_, cells))| {
                cells.iter().enumerate().filter_map(move |(c, cell)| {
                    cell.read_back()
                        .map(|text| ((r as u32 + 1, c as u32 + 1), text))
                })
            })
            .collect();
        if let Some(((at, got), (_, want))) = cells
            .iter()
            .zip(&expected)
            .find(|(a, b)| a != b)
            .map(|(a, b)| ((a.0, &a.1), (b.0, &b.1)))
        {
            return Err(format!(
                "sheet {name}, row {} column {}: {got:?}, not {want:?}",
                at.0, at.1
            ));
        }
        if cells.len() != expected.len() {
            return Err(format!(
                "sheet {name}: {} cells, not {}",
                cells.len(),
                expected.len()
            ));
        }
    }
    Ok(())
}

/// The network view as a workbook's bytes, read back before they are returned.
pub(crate) fn network(n: &NetworkReport) -> Result<Vec<u8>, RenderError> {
    let mut taken: Vec<String> = Vec::new();
    let mut name = |wanted: &str| {
        let name = sheet_name(wanted, &taken);
        taken.push(name.clone());
        name
    };
    let mut grids = vec![summary(n, name(&n.sheet.summary))];
    for (i, title) in n.area_titles.iter().enumerate() {
        let sheet = name(title);
        if let Some(g) = area_sheet(n, i, sheet) {
            grids.push(g);
        }
    }
    grids.push(criteria_sheet(n, name(&n.sheet.criteria)));
    grids.push(files_sheet(n, name(&n.sheet.files)));
    let fault = |e: XlsxError| RenderError::XlsxReadBack(e.to_string());
    let mut wb = Workbook::new();
    let date = n
        .data
        .last_date
        .split('-')
        .filter_map(|p| p.parse::<u16>().ok())
        .collect::<Vec<_>>();
    let created = match date.as_slice() {
        [y, m, d] => ExcelDateTime::from_ymd(*y, *m as u8, *d as u8).ok(),
        _ => None,
    }
    .or_else(|| ExcelDateTime::from_ymd(2000, 1, 1).ok());
    let mut properties = DocProperties::new()
        .set_title(&n.title)
        .set_subject(format!("{} {}", n.data.guideline, n.data.guideline_version))
        .set_author("wen-assess");
    if let Some(created) = created {
        properties = properties.set_creation_datetime(&created);
    }
    wb.set_properties(&properties);
    for g in &grids {
        wb.push_worksheet(write(g).map_err(fault)?);
    }
    // A hidden mark, so that this workbook left among answer files is
    // named for what it is when a command reads that folder.
    let mut mark = Worksheet::new();
    mark.set_name(crate::answers::workbook::VIEW_SHEET)
        .map_err(fault)?
        .write_string(
            0,
            0,
            "network view written by wen-assess aggregate; no answers",
        )
        .map_err(fault)?;
    mark.set_hidden(true);
    wb.push_worksheet(mark);
    let bytes = wb.save_to_buffer().map_err(fault)?;
    check(&bytes, &grids).map_err(RenderError::XlsxReadBack)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        assert_eq!(sheet_name("Finance", &[]), "Finance");
        assert_eq!(
            sheet_name("Finance", &["finance".to_string()]),
            "Finance (2)"
        );
        assert_eq!(sheet_name("a/b: c?", &[]), "a b  c");
        assert_eq!(sheet_name("'quoted'", &[]), "quoted");
        let long = "Coopération et appui des partenaires internationaux";
        assert_eq!(sheet_name(long, &[]).chars().count(), 31);
        let again = sheet_name(long, &[sheet_name(long, &[])]);
        assert!(
            again.ends_with(" (2)") && again.chars().count() <= 31,
            "{again}"
        );
        assert_eq!(sheet_name("[]", &[]), "Sheet");
    }
}
