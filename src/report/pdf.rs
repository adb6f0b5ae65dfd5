//! The gap report as PDF (A4), drawn from the same [`ReportModel`] as the
//! Markdown report and in the same order.
//!
//! printpdf places text and shapes but does no layout, so this module does:
//! it measures text with the glyph advances of the embedded DejaVu Sans,
//! wraps words itself (breaking words wider than their column), tracks the
//! vertical position, breaks pages, repeats table headers on every page a
//! table continues on, and adds the footer ("Page i / n") once every page
//! exists. The bar chart is drawn with rectangles, lines and polygons.
//!
//! The fonts are embedded (printpdf subsets them on save), so French and
//! Spanish text renders and extracts; a character the font lacks is drawn
//! as `?` instead of vanishing. Dates stay at printpdf's 1970 default and
//! the file identifier is a hash of the model, so the same model always
//! gives the same bytes.

use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Point, Polygon, PolygonRing, Pt,
    Rect, Rgb, TextItem, WindingOrder,
};

use sha2::{Digest, Sha256};

use super::{ReportModel, figure};
use crate::aggregate::{Aggregate, CriterionView};
use crate::i18n::Ui;

/// DejaVu Sans 2.37, unmodified; licence in `assets/fonts/LICENSE-DejaVu.txt`.
const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold 2.37, unmodified.
const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Why a PDF could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// An embedded font could not be parsed (a build problem, not a user one).
    #[error("the embedded font {0} cannot be read")]
    Font(&'static str),
    /// printpdf reported an error while writing the document.
    #[error("cannot write the PDF: {0}")]
    Write(String),
}

// ---------------------------------------------------------------- geometry

/// A4 in points (210 x 297 mm).
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
/// 20 mm side margins.
const LEFT: f32 = 56.7;
const RIGHT: f32 = PAGE_W - 56.7;
const WIDTH: f32 = RIGHT - LEFT;
/// Top of the content on pages with the running head.
const TOP: f32 = PAGE_H - 58.0;
/// Content stays above this line; the footer lives below it.
const BOTTOM: f32 = 60.0;

/// Horizontal and vertical padding inside table cells.
const PAD_X: f32 = 4.0;
const PAD_Y: f32 = 3.5;

// ---------------------------------------------------------------- colours

#[derive(Debug, Clone, Copy, PartialEq)]
struct Colour(f32, f32, f32);

impl Colour {
    fn pdf(self) -> Color {
        Color::Rgb(Rgb::new(self.0, self.1, self.2, None))
    }
}

const NAVY: Colour = Colour(0.122, 0.227, 0.373);
const INK: Colour = Colour(0.13, 0.15, 0.18);
const GREY: Colour = Colour(0.38, 0.42, 0.48);
const RULE: Colour = Colour(0.84, 0.87, 0.91);
const HEADER_FILL: Colour = Colour(0.91, 0.93, 0.96);
const CARD_FILL: Colour = Colour(0.955, 0.965, 0.978);
const TRACK: Colour = Colour(0.95, 0.957, 0.967);
const GRID: Colour = Colour(0.80, 0.84, 0.88);
const GREEN: Colour = Colour(0.23, 0.56, 0.36);
const AMBER: Colour = Colour(0.89, 0.64, 0.23);
const RED: Colour = Colour(0.78, 0.33, 0.24);
const BAND_SUB: Colour = Colour(0.76, 0.83, 0.9);
const WHITE: Colour = Colour(1.0, 1.0, 1.0);

// ---------------------------------------------------------------- text styles

#[derive(Debug, Clone, Copy, PartialEq)]
struct Style {
    bold: bool,
    size: f32,
    colour: Colour,
}

impl Style {
    const fn new(bold: bool, size: f32, colour: Colour) -> Self {
        Style { bold, size, colour }
    }

    /// Line height for this size.
    fn leading(self) -> f32 {
        self.size * 1.38
    }
}

const BODY: Style = Style::new(false, 9.5, INK);
const QUESTION: Style = Style::new(false, 9.0, GREY);
const LABEL: Style = Style::new(true, 8.0, GREY);
const CELL: Style = Style::new(false, 8.5, INK);
const CELL_BOLD: Style = Style::new(true, 8.5, INK);
const CELL_SMALL: Style = Style::new(false, 7.5, GREY);
const HEADER: Style = Style::new(true, 8.0, NAVY);
const SMALL: Style = Style::new(false, 7.5, GREY);
const H2: Style = Style::new(true, 14.0, NAVY);
const H3: Style = Style::new(true, 11.0, INK);
const CRITERION: Style = Style::new(true, 10.0, INK);

/// Baseline of a line of `size` text in a line box starting at `top`:
/// the x-height sits in the middle of the box.
fn baseline(top: f32, leading: f32, size: f32) -> f32 {
    top - 0.5 * leading - 0.35 * size
}

// ---------------------------------------------------------------- fonts

/// An embedded font with the advances needed to measure text.
struct Face {
    id: FontId,
    font: ParsedFont,
    /// Advance in em of every character below U+0300 (`None`: not in the font).
    common: Vec<Option<f32>>,
    /// 1 / units per em.
    scale: f32,
}

impl Face {
    fn load(bytes: &[u8], id: &str, name: &'static str) -> Result<Self, PdfError> {
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(PdfError::Font(name))?;
        let units_per_em = font.pdf_font_metrics.units_per_em;
        if units_per_em == 0 {
            return Err(PdfError::Font(name));
        }
        let mut face = Face {
            // A fixed resource name rather than printpdf's generated one.
            // printpdf takes its first six characters as the subset tag of
            // the font name (`DJVREG+DejaVuSans`), which PDF wants to be six
            // capital letters.
            id: FontId(id.to_string()),
            font,
            common: Vec::new(),
            scale: 1.0 / f32::from(units_per_em),
        };
        face.common = (0u32..0x300).map(|c| face.lookup(c)).collect();
        Ok(face)
    }

    fn lookup(&self, codepoint: u32) -> Option<f32> {
        match self.font.lookup_glyph_index(codepoint) {
            None | Some(0) => None,
            Some(gid) => Some(f32::from(self.font.get_horizontal_advance(gid)) * self.scale),
        }
    }

    /// Advance of `c` in em, `None` when the font has no glyph for it.
    fn advance(&self, c: char) -> Option<f32> {
        match self.common.get(c as usize) {
            Some(a) => *a,
            None => self.lookup(c as u32),
        }
    }

    /// The text as this face draws it: control characters become spaces and
    /// characters the font lacks become `?`, so nothing vanishes silently.
    fn clean(&self, text: &str) -> String {
        text.chars()
            .map(|c| {
                if c.is_control() {
                    ' '
                } else if self.advance(c).is_some() {
                    c
                } else {
                    '?'
                }
            })
            .collect()
    }

    /// Width in points of cleaned text at `size`.
    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.advance(c).unwrap_or(0.0))
            .sum::<f32>()
            * size
    }
}

/// Splits `text` into lines no wider than `width`: paragraphs at line
/// breaks, words at white space, words wider than the column after a `-`,
/// `.`, `/` or `_` (ids, links) and failing that at the character that no
/// longer fits. Runs of blank lines become one.
fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let space = face.advance(' ').unwrap_or(0.3) * size;
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.trim().lines() {
        let paragraph = face.clean(paragraph);
        if paragraph.trim().is_empty() {
            if lines.last().is_some_and(|l| !l.is_empty()) {
                lines.push(String::new());
            }
            continue;
        }
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in paragraph.split_whitespace() {
            let word_w = face.width(word, size);
            let pieces = if word_w <= width {
                vec![word]
            } else {
                break_points(word)
            };
            for (k, piece) in pieces.into_iter().enumerate() {
                let piece_w = face.width(piece, size);
                let gap = if k == 0 && !line.is_empty() {
                    space
                } else {
                    0.0
                };
                if line_w + gap + piece_w <= width {
                    if gap > 0.0 {
                        line.push(' ');
                    }
                    line.push_str(piece);
                    line_w += gap + piece_w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                if piece_w <= width {
                    line.push_str(piece);
                    line_w = piece_w;
                    continue;
                }
                for c in piece.chars() {
                    let c_w = face.advance(c).unwrap_or(0.0) * size;
                    if line_w + c_w > width && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line_w = 0.0;
                    }
                    line.push(c);
                    line_w += c_w;
                }
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// A word cut after each `-`, `.`, `/` or `_` that is followed by more of it.
fn break_points(word: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '-' | '.' | '/' | '_') && end < word.len() && end > start {
            pieces.push(&word[start..end]);
            start = end;
        }
    }
    if start < word.len() {
        pieces.push(&word[start..]);
    }
    pieces
}

/// `text` cut to `width` with an ellipsis when it is wider.
fn ellipsize(face: &Face, text: &str, size: f32, width: f32) -> String {
    let mut text = face.clean(text);
    if face.width(&text, size) <= width {
        return text;
    }
    while !text.is_empty() && face.width(&text, size) + face.width("…", size) > width {
        text.pop();
    }
    format!("{}…", text.trim_end())
}

/// At most `max` lines; the last one kept ends with an ellipsis when some
/// were dropped. For places that cannot flow over pages (title band, chart
/// labels, cards); the full text is shown elsewhere in the report.
fn clamp_lines(
    face: &Face,
    mut lines: Vec<String>,
    max: usize,
    size: f32,
    width: f32,
) -> Vec<String> {
    if lines.len() > max && max > 0 {
        let last = format!("{} {}", lines[max - 1], lines[max]);
        lines.truncate(max - 1);
        lines.push(ellipsize(face, &last, size, width));
    }
    lines
}

// ---------------------------------------------------------------- tables

/// A table column: header, width in points, right-aligned or not.
struct Column {
    title: String,
    width: f32,
    right: bool,
}

/// A cell: blocks of text stacked top to bottom, each in its own style.
type Cell = Vec<(String, Style)>;

/// A line of a cell, laid out.
struct CellLine {
    text: String,
    style: Style,
}

// ---------------------------------------------------------------- the writer

/// Pages under construction and the vertical position on the current one.
struct Writer<'f> {
    regular: &'f Face,
    bold: &'f Face,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    /// Top of the next element, in points from the bottom of the page.
    y: f32,
    /// Shown at the top of every page but the first.
    running_head: String,
}

impl<'f> Writer<'f> {
    fn face(&self, style: Style) -> &'f Face {
        if style.bold { self.bold } else { self.regular }
    }

    /// Draws one line of cleaned text with its baseline at `y`.
    fn text(&mut self, x: f32, y: f32, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        let font = self.face(style).id.clone();
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFillColor {
                col: style.colour.pdf(),
            },
            Op::SetFont {
                font: PdfFontHandle::External(font),
                size: Pt(style.size),
            },
            Op::SetTextCursor {
                pos: Point { x: Pt(x), y: Pt(y) },
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
        ]);
    }

    /// Draws cleaned text ending at `x`.
    fn text_right(&mut self, x: f32, y: f32, text: &str, style: Style) {
        let w = self.face(style).width(text, style.size);
        self.text(x - w, y, text, style);
    }

    fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, colour: Colour) {
        let mut rectangle = Rect::from_xywh(Pt(x), Pt(y), Pt(w), Pt(h));
        rectangle.mode = Some(PaintMode::Fill);
        self.ops.extend([
            Op::SetFillColor { col: colour.pdf() },
            Op::DrawRectangle { rectangle },
        ]);
    }

    fn line(&mut self, from: (f32, f32), to: (f32, f32), thickness: f32, colour: Colour) {
        let point = |(x, y): (f32, f32)| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        self.ops.extend([
            Op::SetOutlineColor { col: colour.pdf() },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![point(from), point(to)],
                    is_closed: false,
                },
            },
        ]);
    }

    fn fill_polygon(&mut self, points: &[(f32, f32)], colour: Colour) {
        let points = points
            .iter()
            .map(|&(x, y)| LinePoint {
                p: Point { x: Pt(x), y: Pt(y) },
                bezier: false,
            })
            .collect();
        self.ops.extend([
            Op::SetFillColor { col: colour.pdf() },
            Op::DrawPolygon {
                polygon: Polygon {
                    rings: vec![PolygonRing { points }],
                    mode: PaintMode::Fill,
                    winding_order: WindingOrder::NonZero,
                },
            },
        ]);
    }

    /// Ends the current page and starts the next one under its running head.
    fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.ops));
        let head = ellipsize(self.regular, &self.running_head, SMALL.size, WIDTH);
        self.text(LEFT, PAGE_H - 36.0, &head, SMALL);
        self.line((LEFT, PAGE_H - 42.0), (RIGHT, PAGE_H - 42.0), 0.5, RULE);
        self.y = TOP;
    }

    /// Space left on the current page.
    fn room(&self) -> f32 {
        self.y - BOTTOM
    }

    /// Starts a new page unless `height` still fits on this one.
    fn ensure(&mut self, height: f32) -> bool {
        if self.room() < height {
            self.new_page();
            true
        } else {
            false
        }
    }

    fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        wrap(self.face(style), text, style.size, width)
    }

    /// Wrapped text, flowing over pages line by line.
    fn paragraph(&mut self, x: f32, width: f32, text: &str, style: Style) {
        let leading = style.leading();
        for line in self.wrap(text, style, width) {
            self.ensure(leading);
            let y = baseline(self.y, leading, style.size);
            self.text(x, y, &line, style);
            self.y -= leading;
        }
    }

    /// A section heading, kept on the page with what follows it.
    fn heading(&mut self, text: &str) {
        let lines = self.wrap(text, H2, WIDTH);
        let height = lines.len().min(3) as f32 * H2.leading() + 10.0;
        if !self.ensure(height + 18.0 + 60.0) {
            self.y -= 18.0;
        }
        for line in lines {
            self.ensure(H2.leading());
            let y = baseline(self.y, H2.leading(), H2.size);
            self.text(LEFT, y, &line, H2);
            self.y -= H2.leading();
        }
        self.y -= 2.0;
        self.line((LEFT, self.y), (RIGHT, self.y), 0.8, NAVY);
        self.y -= 8.0;
    }

    /// A sub-heading with an optional right-aligned comment.
    fn subheading(&mut self, text: &str, comment: &str) {
        let comment = self.regular.clean(comment);
        let comment_w = self.regular.width(&comment, SMALL.size);
        let lines = self.wrap(text, H3, WIDTH - comment_w - 12.0);
        let height = lines.len().min(3) as f32 * H3.leading();
        if !self.ensure(height + 10.0 + 50.0) {
            self.y -= 10.0;
        }
        let first = baseline(self.y, H3.leading(), H3.size);
        self.text_right(RIGHT, first, &comment, SMALL);
        for line in lines {
            self.ensure(H3.leading());
            let y = baseline(self.y, H3.leading(), H3.size);
            self.text(LEFT, y, &line, H3);
            self.y -= H3.leading();
        }
        self.y -= 4.0;
    }

    /// A label in the left column and wrapped text beside it.
    fn labelled(&mut self, label: &str, text: &str, label_width: f32) {
        let lines = self.wrap(text, BODY, WIDTH - label_width);
        let leading = BODY.leading();
        let label = self.bold.clean(label);
        for (i, line) in lines.iter().enumerate() {
            self.ensure(leading);
            let y = baseline(self.y, leading, BODY.size);
            if i == 0 {
                self.text(LEFT, y, &label, LABEL);
            }
            self.text(LEFT + label_width, y, line, BODY);
            self.y -= leading;
        }
    }

    /// A bullet with a hanging indent.
    fn bullet(&mut self, text: &str, style: Style) {
        let leading = style.leading();
        let lines = self.wrap(text, style, WIDTH - 14.0);
        for (i, line) in lines.iter().enumerate() {
            self.ensure(leading);
            let y = baseline(self.y, leading, style.size);
            if i == 0 {
                self.text(LEFT + 3.0, y, "•", style);
            }
            self.text(LEFT + 14.0, y, line, style);
            self.y -= leading;
        }
        self.y -= 2.0;
    }

    /// Lays out the cells of a row for the column widths.
    fn lay_out_row(&self, columns: &[Column], row: &[Cell]) -> Vec<Vec<CellLine>> {
        columns
            .iter()
            .zip(row)
            .map(|(column, cell)| {
                let mut lines = Vec::new();
                for (text, style) in cell {
                    for line in self.wrap(text, *style, column.width - 2.0 * PAD_X) {
                        lines.push(CellLine {
                            text: line,
                            style: *style,
                        });
                    }
                }
                lines
            })
            .collect()
    }

    /// Draws the given line range of each cell from the current y; returns
    /// the height used.
    fn draw_cells(
        &mut self,
        columns: &[Column],
        cells: &[Vec<CellLine>],
        ranges: &[(usize, usize)],
    ) -> f32 {
        let mut x = LEFT;
        let mut used: f32 = 0.0;
        for ((column, lines), &(from, to)) in columns.iter().zip(cells).zip(ranges) {
            let mut y = self.y - PAD_Y;
            for line in &lines[from..to] {
                let leading = line.style.leading();
                let base = baseline(y, leading, line.style.size);
                if column.right {
                    self.text_right(x + column.width - PAD_X, base, &line.text, line.style);
                } else {
                    self.text(x + PAD_X, base, &line.text, line.style);
                }
                y -= leading;
            }
            used = used.max(self.y - PAD_Y - y);
            x += column.width;
        }
        used + 2.0 * PAD_Y
    }

    fn table_header(&mut self, columns: &[Column], header: &[Vec<CellLine>]) {
        let height = header
            .iter()
            .map(|c| c.iter().map(|l| l.style.leading()).sum::<f32>())
            .fold(0.0, f32::max)
            + 2.0 * PAD_Y;
        self.fill_rect(LEFT, self.y - height, WIDTH, height, HEADER_FILL);
        let ranges: Vec<(usize, usize)> = header.iter().map(|c| (0, c.len())).collect();
        self.draw_cells(columns, header, &ranges);
        self.y -= height;
        self.line((LEFT, self.y), (RIGHT, self.y), 0.8, NAVY);
    }

    /// A table whose rows may continue over pages (a row taller than a page
    /// is split between lines); the header row is repeated on every page.
    fn table(&mut self, columns: &[Column], rows: &[Vec<Cell>]) {
        let header_row: Vec<Cell> = columns
            .iter()
            .map(|c| vec![(c.title.to_string(), HEADER)])
            .collect();
        let header = self.lay_out_row(columns, &header_row);
        let header_h = header
            .iter()
            .map(|c| c.iter().map(|l| l.style.leading()).sum::<f32>())
            .fold(0.0, f32::max)
            + 2.0 * PAD_Y;
        let first_h = rows
            .first()
            .map(|r| self.row_height(&self.lay_out_row(columns, r)))
            .unwrap_or(0.0);
        // Keep the header with the first row, or with a part of it when the
        // row is taller than a page.
        let first_part = if first_h <= TOP - BOTTOM - header_h {
            first_h
        } else {
            60.0
        };
        self.ensure(header_h + first_part);
        self.table_header(columns, &header);
        // No row drawn yet under the header on this page: a row that does
        // not fit is then split rather than leaving the header alone.
        let mut fresh = true;
        for row in rows {
            let cells = self.lay_out_row(columns, row);
            let mut next: Vec<usize> = vec![0; cells.len()];
            loop {
                let rest = self.rest_height(&cells, &next);
                let fresh_room = TOP - BOTTOM - header_h;
                if !fresh && rest > self.room() && (rest <= fresh_room || self.room() < 40.0) {
                    self.new_page();
                    self.table_header(columns, &header);
                }
                // Take from each cell the lines that fit.
                let available = self.room() - 2.0 * PAD_Y;
                let ranges: Vec<(usize, usize)> = cells
                    .iter()
                    .zip(&next)
                    .map(|(lines, &from)| {
                        let mut to = from;
                        let mut h = 0.0;
                        while to < lines.len() {
                            let l = lines[to].style.leading();
                            if h + l > available && to > from {
                                break;
                            }
                            h += l;
                            to += 1;
                        }
                        (from, to)
                    })
                    .collect();
                let used = self.draw_cells(columns, &cells, &ranges);
                fresh = false;
                self.y -= used;
                self.line((LEFT, self.y), (RIGHT, self.y), 0.5, RULE);
                next = ranges.iter().map(|r| r.1).collect();
                if cells.iter().zip(&next).all(|(c, &n)| n >= c.len()) {
                    break;
                }
                self.new_page();
                self.table_header(columns, &header);
                fresh = true;
            }
        }
    }

    fn row_height(&self, cells: &[Vec<CellLine>]) -> f32 {
        self.rest_height(cells, &vec![0; cells.len()])
    }

    fn rest_height(&self, cells: &[Vec<CellLine>], next: &[usize]) -> f32 {
        cells
            .iter()
            .zip(next)
            .map(|(c, &n)| c[n.min(c.len())..].iter().map(|l| l.style.leading()).sum())
            .fold(0.0, f32::max)
            + 2.0 * PAD_Y
    }
}

// ---------------------------------------------------------------- sections

/// Bar colour for an area: met, within one level, further below.
fn status_colour(gap: Option<f64>) -> Colour {
    match gap {
        Some(g) if g > 1.0 => RED,
        Some(g) if g > 0.0 => AMBER,
        _ => GREEN,
    }
}

fn title_block(w: &mut Writer, m: &ReportModel) {
    let ui = m.ui;
    let network = if m.network.is_empty() {
        ui.unnamed_network
    } else {
        m.network.as_str()
    };
    let name_style = Style::new(true, 21.0, WHITE);
    let sub_style = Style::new(false, 10.5, BAND_SUB);
    let kicker = Style::new(true, 8.0, BAND_SUB);
    // The band cannot flow over pages: very long names are cut here and
    // shown in full under it.
    let full_name = w.wrap(network, name_style, WIDTH);
    let name_cut = full_name.len() > 4;
    let name = clamp_lines(w.bold, full_name, 4, name_style.size, WIDTH);
    let guideline = clamp_lines(
        w.regular,
        w.wrap(&m.guideline_title, sub_style, WIDTH),
        3,
        sub_style.size,
        WIDTH,
    );
    let height = 34.0
        + kicker.leading()
        + 6.0
        + name.len() as f32 * name_style.leading()
        + 4.0
        + guideline.len() as f32 * sub_style.leading()
        + 22.0;
    w.fill_rect(0.0, PAGE_H - height, PAGE_W, height, NAVY);
    w.y = PAGE_H - 34.0;
    let y = baseline(w.y, kicker.leading(), kicker.size);
    w.text(LEFT, y, m.ui.kicker, kicker);
    w.y -= kicker.leading() + 6.0;
    for line in name {
        let y = baseline(w.y, name_style.leading(), name_style.size);
        w.text(LEFT, y, &line, name_style);
        w.y -= name_style.leading();
    }
    w.y -= 4.0;
    for line in guideline {
        let y = baseline(w.y, sub_style.leading(), sub_style.size);
        w.text(LEFT, y, &line, sub_style);
        w.y -= sub_style.leading();
    }
    w.y = PAGE_H - height - 16.0;

    let label_width = 96.0;
    if name_cut {
        w.labelled(ui.network, network, label_width);
    }
    if !m.region.is_empty() {
        w.labelled(ui.region, &m.region, label_width);
    }
    w.labelled(
        ui.guideline,
        &format!(
            "{} ({} {})",
            m.guideline_title, m.guideline_id, m.guideline_version
        ),
        label_width,
    );
    if let Some(v) = &m.answered_version {
        w.labelled(
            ui.answered_against,
            &(ui.answered_version)(v, &m.guideline_version),
            label_width,
        );
    }
    if !m.date.is_empty() {
        w.labelled(ui.date, &m.date, label_width);
    }
    if !m.respondent.is_empty() {
        w.labelled(ui.respondent, &m.respondent, label_width);
    }
    w.labelled(ui.coverage, &m.coverage, label_width);
    w.labelled(
        ui.overall_maturity,
        &format!("{} / 4 ({})", figure(m.overall), m.overall_label),
        label_width,
    );
}

/// Key figures in four cards across the page.
fn key_figures(w: &mut Writer, m: &ReportModel) {
    let answered: usize = m.areas.iter().map(|a| a.answered).sum();
    let total: usize = m.areas.iter().map(|a| a.total).sum();
    let met = m
        .areas
        .iter()
        .filter(|a| a.maturity.is_some() && a.gap.is_none_or(|g| g <= 0.0))
        .count();
    let cards = [
        (
            format!("{} / 4", figure(m.overall)),
            format!("{}{}{}", m.ui.cards[0], m.ui.sep, m.overall_label),
        ),
        (format!("{answered} / {total}"), m.ui.cards[1].to_string()),
        (m.actions.len().to_string(), m.ui.cards[2].to_string()),
        (
            format!("{met} / {}", m.areas.len()),
            m.ui.cards[3].to_string(),
        ),
    ];
    let gap = 8.0;
    let card_w = (WIDTH - 3.0 * gap) / 4.0;
    let value_style = Style::new(true, 17.0, NAVY);
    let caption_style = Style::new(false, 8.0, GREY);
    let inner = card_w - 18.0;
    let laid: Vec<(String, Vec<String>)> = cards
        .iter()
        .map(|(value, caption)| {
            (
                ellipsize(w.bold, value, value_style.size, inner),
                clamp_lines(
                    w.regular,
                    w.wrap(caption, caption_style, inner),
                    3,
                    caption_style.size,
                    inner,
                ),
            )
        })
        .collect();
    let caption_lines = laid.iter().map(|(_, c)| c.len()).max().unwrap_or(1);
    let height =
        10.0 + value_style.leading() + caption_lines as f32 * caption_style.leading() + 8.0;
    w.ensure(height + 4.0);
    let top = w.y;
    for (i, (value, caption)) in laid.iter().enumerate() {
        let x = LEFT + i as f32 * (card_w + gap);
        w.fill_rect(x, top - height, card_w, height, CARD_FILL);
        w.fill_rect(x, top - height, 3.0, height, NAVY);
        let mut y = top - 10.0;
        let base = baseline(y, value_style.leading(), value_style.size);
        w.text(x + 11.0, base, value, value_style);
        y -= value_style.leading();
        for line in caption {
            let base = baseline(y, caption_style.leading(), caption_style.size);
            w.text(x + 11.0, base, line, caption_style);
            y -= caption_style.leading();
        }
    }
    w.y = top - height - 14.0;
}

/// Horizontal bars: maturity of each area against its target on a 0-4 axis.
fn chart(w: &mut Writer, m: &ReportModel) {
    let label_w = 120.0;
    let plot_x0 = LEFT + label_w + 8.0;
    let plot_x1 = RIGHT - 44.0;
    let x_of = |v: f64| plot_x0 + (v.clamp(0.0, 4.0) as f32) / 4.0 * (plot_x1 - plot_x0);
    let label_style = Style::new(false, 8.5, INK);
    let value_style = Style::new(true, 8.5, INK);
    let bar_h = 11.0;

    let title = Style::new(true, 9.5, INK);
    w.ensure(title.leading() + 3.0 * 24.0 + 40.0);
    let y = baseline(w.y, title.leading(), title.size);
    w.text(LEFT, y, m.ui.chart_title, title);
    let value_head = Style::new(true, 7.5, GREY);
    let head = m.ui.columns[1].to_uppercase();
    w.text_right(RIGHT, y, &head, value_head);
    w.y -= title.leading() + 4.0;

    /// One bar: label, value, target marker, colour, whether it is the overall.
    struct Bar<'a> {
        title: &'a str,
        maturity: Option<f64>,
        target: Option<u8>,
        colour: Colour,
        overall: bool,
    }
    let mut bars: Vec<Bar> = m
        .areas
        .iter()
        .map(|a| Bar {
            title: &a.title,
            maturity: a.maturity,
            target: Some(a.target),
            colour: status_colour(a.gap),
            overall: false,
        })
        .collect();
    bars.push(Bar {
        title: m.ui.overall,
        maturity: m.overall,
        target: None,
        colour: NAVY,
        overall: true,
    });

    for Bar {
        title,
        maturity,
        target,
        colour,
        overall,
    } in bars
    {
        let style = if overall {
            Style::new(true, 8.5, INK)
        } else {
            label_style
        };
        let lines = clamp_lines(
            w.face(style),
            w.wrap(title, style, label_w),
            3,
            style.size,
            label_w,
        );
        let text_h = lines.len() as f32 * style.leading();
        let row_h = (text_h + 8.0).max(22.0);
        w.ensure(row_h + if overall { 40.0 } else { 0.0 });
        if overall {
            w.y -= 3.0;
            w.line((LEFT, w.y), (RIGHT, w.y), 0.6, GRID);
            w.y -= 3.0;
        }
        let top = w.y;
        let mid = top - row_h / 2.0;
        // Track and gridlines.
        w.fill_rect(
            plot_x0,
            mid - bar_h / 2.0 - 2.0,
            plot_x1 - plot_x0,
            bar_h + 4.0,
            TRACK,
        );
        for i in 0..=4 {
            let x = x_of(f64::from(i));
            w.line((x, top), (x, top - row_h), 0.4, GRID);
        }
        // Label, vertically centred.
        let mut y = mid + text_h / 2.0;
        for line in &lines {
            let base = baseline(y, style.leading(), style.size);
            w.text(LEFT, base, line, style);
            y -= style.leading();
        }
        match maturity {
            Some(v) => {
                let x1 = x_of(v);
                if x1 > plot_x0 {
                    w.fill_rect(plot_x0, mid - bar_h / 2.0, x1 - plot_x0, bar_h, colour);
                }
                let value = format!("{v:.1}");
                w.text_right(RIGHT, baseline(mid + 6.0, 12.0, 8.5), &value, value_style);
            }
            None => {
                w.text(
                    plot_x0 + 4.0,
                    baseline(mid + 6.0, 12.0, 8.0),
                    m.ui.not_scored,
                    SMALL,
                );
                w.text_right(RIGHT, baseline(mid + 6.0, 12.0, 8.5), "-", value_style);
            }
        }
        if let Some(t) = target {
            let x = x_of(f64::from(t));
            let top_marker = mid + bar_h / 2.0 + 3.5;
            w.line((x, mid - bar_h / 2.0 - 3.5), (x, top_marker), 1.8, NAVY);
            w.fill_polygon(
                &[
                    (x - 3.5, top_marker + 3.5),
                    (x + 3.5, top_marker + 3.5),
                    (x, top_marker - 0.5),
                ],
                NAVY,
            );
        }
        w.y -= row_h;
    }

    // Axis.
    let axis = Style::new(false, 7.5, GREY);
    w.line((plot_x0, w.y), (plot_x1, w.y), 0.6, GREY);
    for i in 0..=4 {
        let x = x_of(f64::from(i));
        w.line((x, w.y), (x, w.y - 3.0), 0.6, GREY);
        let label = i.to_string();
        let lw = w.regular.width(&label, axis.size);
        w.text(x - lw / 2.0, w.y - 11.0, &label, axis);
    }
    let caption = m.ui.chart_axis;
    let cw = w.regular.width(caption, axis.size);
    w.text((plot_x0 + plot_x1 - cw) / 2.0, w.y - 21.0, caption, axis);
    w.y -= 30.0;

    // Legend, wrapping onto more lines if it must.
    let items: [(&str, Option<Colour>); 5] = [
        (m.ui.legend[0], Some(GREEN)),
        (m.ui.legend[1], Some(AMBER)),
        (m.ui.legend[2], Some(RED)),
        (m.ui.legend[3], Some(NAVY)),
        (m.ui.legend[4], None),
    ];
    let legend = Style::new(false, 7.5, INK);
    let line_h = 13.0;
    w.ensure(line_h);
    let mut x = LEFT;
    for (text, colour) in items {
        let tw = w.regular.width(text, legend.size);
        let item_w = 14.0 + tw + 14.0;
        if x + item_w - 14.0 > RIGHT {
            w.y -= line_h;
            w.ensure(line_h);
            x = LEFT;
        }
        let mid = w.y - line_h / 2.0;
        match colour {
            Some(c) => w.fill_rect(x, mid - 4.0, 10.0, 8.0, c),
            None => {
                w.line((x + 5.0, mid - 5.0), (x + 5.0, mid + 3.0), 1.8, NAVY);
                w.fill_polygon(
                    &[
                        (x + 1.5, mid + 6.5),
                        (x + 8.5, mid + 6.5),
                        (x + 5.0, mid + 2.5),
                    ],
                    NAVY,
                );
            }
        }
        w.text(x + 14.0, baseline(w.y, line_h, legend.size), text, legend);
        x += item_w;
    }
    w.y -= line_h + 4.0;
}

fn summary_table(w: &mut Writer, m: &ReportModel) {
    let columns = [
        Column {
            title: m.ui.columns[0].to_string(),
            width: WIDTH - 340.0,
            right: false,
        },
        Column {
            title: m.ui.columns[1].to_string(),
            width: 60.0,
            right: true,
        },
        Column {
            title: m.ui.columns[2].to_string(),
            width: 100.0,
            right: false,
        },
        Column {
            title: m.ui.columns[3].to_string(),
            width: 55.0,
            right: true,
        },
        Column {
            title: m.ui.columns[4].to_string(),
            width: 55.0,
            right: true,
        },
        Column {
            title: m.ui.columns[5].to_string(),
            width: 70.0,
            right: true,
        },
    ];
    let mut rows: Vec<Vec<Cell>> = m
        .areas
        .iter()
        .map(|a| {
            vec![
                vec![(a.title.clone(), CELL)],
                vec![(figure(a.maturity), CELL_BOLD)],
                vec![(a.label.clone(), CELL)],
                vec![(a.target.to_string(), CELL)],
                vec![(figure(a.gap), CELL)],
                vec![(format!("{}/{}", a.answered, a.total), CELL)],
            ]
        })
        .collect();
    rows.push(vec![
        vec![(m.ui.overall.to_string(), CELL_BOLD)],
        vec![(figure(m.overall), CELL_BOLD)],
        vec![(m.overall_label.clone(), CELL_BOLD)],
        vec![],
        vec![],
        vec![],
    ]);
    w.table(&columns, &rows);
}

fn action_plan(w: &mut Writer, m: &ReportModel) {
    if m.actions.is_empty() {
        w.paragraph(LEFT, WIDTH, m.ui.no_actions, BODY);
        return;
    }
    w.paragraph(LEFT, WIDTH, m.ui.action_plan_intro, BODY);
    w.y -= 6.0;
    let columns = [
        Column {
            title: "#".to_string(),
            width: 24.0,
            right: true,
        },
        Column {
            title: m.ui.kept_columns[0].to_string(),
            width: 112.0,
            right: false,
        },
        Column {
            title: m.ui.current_level.to_string(),
            width: 70.0,
            right: false,
        },
        Column {
            title: m.ui.columns[3].to_string(),
            width: 40.0,
            right: true,
        },
        Column {
            title: m.ui.priority.to_string(),
            width: 44.0,
            right: true,
        },
        Column {
            title: m.ui.next_step.to_string(),
            width: WIDTH - 290.0,
            right: false,
        },
    ];
    // Links are listed once under the table rather than in every row.
    let mut links: Vec<(&str, &str)> = Vec::new();
    let rows: Vec<Vec<Cell>> = m
        .actions
        .iter()
        .map(|a| {
            let mut next = vec![(a.next_step.clone(), CELL)];
            if !a.references.is_empty() {
                for (title, link) in &a.references {
                    if let Some(l) = link
                        && !links.iter().any(|(t, u)| t == title && u == l)
                    {
                        links.push((title, l));
                    }
                }
                let titles: Vec<&str> = a.references.iter().map(|(t, _)| t.as_str()).collect();
                next.push((
                    format!("{}{}{}", m.ui.see, m.ui.sep, titles.join("; ")),
                    CELL_SMALL,
                ));
            }
            vec![
                vec![(a.rank.to_string(), CELL)],
                vec![
                    (a.criterion.clone(), CELL_BOLD),
                    (format!("{} · {}", a.area, a.criterion_id), CELL_SMALL),
                ],
                vec![(format!("{} {}", a.level, a.level_label), CELL)],
                vec![(a.target.to_string(), CELL)],
                vec![(format!("{:.1}", a.priority), CELL_BOLD)],
                next,
            ]
        })
        .collect();
    w.table(&columns, &rows);
    if !links.is_empty() {
        w.y -= 10.0;
        let title = Style::new(true, 9.0, INK);
        w.ensure(title.leading() * 2.0);
        let y = baseline(w.y, title.leading(), title.size);
        w.text(LEFT, y, m.ui.references, title);
        w.y -= title.leading() + 2.0;
        for (title, link) in links {
            w.bullet(&format!("{title}: {link}"), CELL);
        }
    }
}

fn answers(w: &mut Writer, m: &ReportModel) {
    let label_width = 62.0;
    for (i, section) in m.answers.iter().enumerate() {
        let comment = m
            .areas
            .get(i)
            .filter(|a| a.title == section.area)
            .map(|a| match a.maturity {
                Some(v) => format!("maturity {v:.1} ({}), target {}", a.label, a.target),
                None => format!("not scored, target {}", a.target),
            })
            .unwrap_or_default();
        w.subheading(&section.area, &comment);
        for (j, r) in section.rows.iter().enumerate() {
            if j > 0 {
                w.y -= 5.0;
                w.line((LEFT, w.y), (RIGHT, w.y), 0.4, RULE);
                w.y -= 6.0;
            }
            // Keep the title with the question and the answer.
            w.ensure(CRITERION.leading() + QUESTION.leading() + BODY.leading() * 2.0);
            let title = w.wrap(&r.title, CRITERION, WIDTH);
            let id = w.regular.clean(&r.criterion_id);
            let id_w = w.regular.width(&id, SMALL.size);
            // The id goes after the title's last line, or below it if it does not fit.
            let mut id_beside = false;
            let last = title.len().saturating_sub(1);
            for (k, line) in title.iter().enumerate() {
                w.ensure(CRITERION.leading());
                let y = baseline(w.y, CRITERION.leading(), CRITERION.size);
                w.text(LEFT, y, line, CRITERION);
                let line_w = w.bold.width(line, CRITERION.size);
                if k == last && LEFT + line_w + 10.0 + id_w <= RIGHT {
                    w.text(LEFT + line_w + 10.0, y, &id, SMALL);
                    id_beside = true;
                }
                w.y -= CRITERION.leading();
            }
            if !id_beside {
                w.ensure(SMALL.leading());
                let y = baseline(w.y, SMALL.leading(), SMALL.size);
                w.text(LEFT, y, &id, SMALL);
                w.y -= SMALL.leading();
            }
            w.paragraph(LEFT, WIDTH, &r.question, QUESTION);
            w.y -= 3.0;
            let answer = if r.detail.is_empty() {
                r.response.clone()
            } else {
                format!("{}{}{}", r.response, m.ui.sep, r.detail)
            };
            w.labelled(m.ui.answer, &answer, label_width);
            if !r.note.is_empty() {
                w.labelled(m.ui.note, &r.note, label_width);
            }
            if !r.evidence.is_empty() {
                let items: Vec<String> = r
                    .evidence
                    .iter()
                    .map(|e| format!("• {}", e.trim()))
                    .collect();
                w.labelled(m.ui.evidence, &items.join("\n"), label_width);
            }
        }
        w.y -= 8.0;
    }
}

fn unknown_answers(w: &mut Writer, m: &ReportModel) {
    w.heading(m.ui.kept_title);
    w.paragraph(
        LEFT,
        WIDTH,
        &(m.ui.kept_intro)(&m.guideline_id, &m.guideline_version).replace('`', ""),
        BODY,
    );
    w.y -= 6.0;
    let columns = [
        Column {
            title: m.ui.kept_columns[0].to_string(),
            width: 160.0,
            right: false,
        },
        Column {
            title: m.ui.kept_columns[1].to_string(),
            width: 90.0,
            right: false,
        },
        Column {
            title: m.ui.kept_columns[2].to_string(),
            width: WIDTH - 250.0,
            right: false,
        },
    ];
    let rows: Vec<Vec<Cell>> = m
        .unknown_answers
        .iter()
        .map(|(id, response, note)| {
            vec![
                vec![(id.clone(), CELL)],
                vec![(response.clone(), CELL)],
                vec![(note.clone(), CELL)],
            ]
        })
        .collect();
    w.table(&columns, &rows);
}

fn method(w: &mut Writer, m: &ReportModel) {
    w.heading(m.ui.method_title);
    for text in m.ui.method {
        w.bullet(text, BODY);
    }
    w.y -= 10.0;
    if !m.source.trim().is_empty() {
        w.paragraph(LEFT, WIDTH, &m.source, SMALL);
    }
    w.paragraph(
        LEFT,
        WIDTH,
        &(m.ui.generated)(
            &m.generator,
            &m.guideline_id,
            &m.guideline_version,
            &m.answers_hash,
        )
        .replace('`', ""),
        SMALL,
    );
}

/// Footer of every page: what the report was made from, and the page number.
fn footer(ops: &mut Vec<Op>, regular: &Face, ui: &Ui, origin: &str, page: usize, pages: usize) {
    let mut w = Writer {
        regular,
        bold: regular,
        pages: Vec::new(),
        ops: std::mem::take(ops),
        y: 0.0,
        running_head: String::new(),
    };
    w.line((LEFT, 44.0), (RIGHT, 44.0), 0.5, RULE);
    let number = (ui.page)(page, pages);
    let number_w = regular.width(&number, SMALL.size);
    w.text_right(RIGHT, 32.0, &number, SMALL);
    let origin = ellipsize(regular, origin, SMALL.size, WIDTH - number_w - 16.0);
    w.text(LEFT, 32.0, &origin, SMALL);
    *ops = w.ops;
}

/// Renders the report as PDF bytes.
pub fn render(m: &ReportModel) -> Result<Vec<u8>, PdfError> {
    let regular = Face::load(REGULAR_TTF, "DJVREG", "DejaVuSans.ttf")?;
    let bold = Face::load(BOLD_TTF, "DJVBLD", "DejaVuSans-Bold.ttf")?;
    let ui = m.ui;
    let network = if m.network.is_empty() {
        ui.unnamed_network
    } else {
        m.network.as_str()
    };
    let mut w = Writer {
        regular: &regular,
        bold: &bold,
        pages: Vec::new(),
        ops: Vec::new(),
        y: TOP,
        running_head: format!("{}  ·  {network}  ·  {}", ui.report_name, m.date),
    };

    title_block(&mut w, m);
    w.heading(ui.executive_summary);
    key_figures(&mut w, m);
    chart(&mut w, m);
    w.heading(ui.summary);
    summary_table(&mut w, m);
    w.heading(ui.action_plan);
    action_plan(&mut w, m);
    w.heading(ui.answers);
    answers(&mut w, m);
    if !m.unknown_answers.is_empty() {
        unknown_answers(&mut w, m);
    }
    method(&mut w, m);

    let mut pages = std::mem::take(&mut w.pages);
    pages.push(std::mem::take(&mut w.ops));
    let origin = (ui.footer)(&m.guideline_id, &m.guideline_version, &m.answers_hash);
    let info = Info {
        title: (ui.report_title)(network),
        subject: format!(
            "{} ({} {})",
            m.guideline_title, m.guideline_id, m.guideline_version
        ),
        author: m.respondent.clone(),
        creator: m.generator.clone(),
        // The file identifier is a hash of the model: same input, same bytes.
        seed: format!("{m:?}"),
    };
    finish(pages, regular, bold, ui, &origin, info)
}

/// Document information for [`finish`].
struct Info {
    title: String,
    subject: String,
    author: String,
    creator: String,
    /// Hashed into the file identifier.
    seed: String,
}

/// Adds the footers, embeds the fonts and writes the PDF bytes.
fn finish(
    mut pages: Vec<Vec<Op>>,
    regular: Face,
    bold: Face,
    ui: &Ui,
    origin: &str,
    info: Info,
) -> Result<Vec<u8>, PdfError> {
    let count = pages.len();
    for (i, ops) in pages.iter_mut().enumerate() {
        footer(ops, &regular, ui, origin, i + 1, count);
    }
    let mut doc = PdfDocument::new(&info.title);
    doc.metadata.info.producer = format!("{} (printpdf)", info.creator);
    doc.metadata.info.creator = info.creator;
    doc.metadata.info.subject = info.subject;
    doc.metadata.info.author = info.author;
    for face in [regular, bold] {
        doc.resources
            .fonts
            .map
            .insert(face.id, PdfFont::new(face.font));
    }
    let pages = pages
        .into_iter()
        .map(|ops| PdfPage::new(Mm(210.0), Mm(297.0), ops))
        .collect();
    let mut warnings = Vec::new();
    // What `PdfDocument::save` does (subset fonts, compress streams), with one
    // fix in between: printpdf always writes a `GTS_PDFXVersion` entry, which
    // readers take as a claim of PDF/X conformance that this file does not make.
    let mut pdf = doc
        .with_pages(pages)
        .to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    if let Some(e) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Write(e.msg.clone()));
    }
    if let Ok(info_ref) = pdf
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        && let Ok(dict) = pdf.get_dictionary_mut(info_ref)
    {
        dict.remove(b"GTS_PDFXVersion");
    }
    // printpdf draws the file identifier from a process-wide generator;
    // a hash of the content keeps the output a function of its input.
    let digest = Sha256::digest(info.seed.as_bytes());
    let id = lopdf::Object::String(digest[..16].to_vec(), lopdf::StringFormat::Hexadecimal);
    pdf.trailer
        .set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    pdf.compress();
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(bytes)
}

/// Renders the network view of member-state answers as PDF bytes: spread
/// per area, each country's scores, and the criteria that need a
/// network-wide look.
pub fn render_network(
    a: &Aggregate,
    ui: &'static Ui,
    generator: &str,
) -> Result<Vec<u8>, PdfError> {
    let regular = Face::load(REGULAR_TTF, "DJVREG", "DejaVuSans.ttf")?;
    let bold = Face::load(BOLD_TTF, "DJVBLD", "DejaVuSans-Bold.ttf")?;
    let network = if a.network.is_empty() {
        ui.unnamed_network
    } else {
        a.network.as_str()
    };
    let title = (ui.network_title)(network);
    let mut w = Writer {
        regular: &regular,
        bold: &bold,
        pages: Vec::new(),
        ops: Vec::new(),
        y: TOP,
        running_head: title.clone(),
    };
    let h1 = Style::new(true, 18.0, NAVY);
    for line in w.wrap(&title, h1, WIDTH) {
        let y = baseline(w.y, h1.leading(), h1.size);
        w.text(LEFT, y, &line, h1);
        w.y -= h1.leading();
    }
    w.y -= 4.0;
    let intro = (ui.network_intro)(&a.guideline, &a.guideline_version, a.countries.len());
    w.paragraph(LEFT, WIDTH, &intro.replace('`', ""), BODY);

    let num = |x: Option<f64>| vec![(figure(x), CELL)];
    w.heading(ui.summary);
    let first = 180.0;
    let rest = (WIDTH - first) / 4.0;
    let mut columns = vec![Column {
        title: ui.spread_columns[0].to_string(),
        width: first,
        right: false,
    }];
    columns.extend(ui.spread_columns[1..].iter().map(|t| Column {
        title: t.to_string(),
        width: rest,
        right: true,
    }));
    let mut rows: Vec<Vec<Cell>> = a
        .areas
        .iter()
        .map(|s| {
            vec![
                vec![(s.title.clone(), CELL)],
                num(s.min),
                num(s.median),
                num(s.max),
                vec![(figure(s.mean), CELL_BOLD)],
            ]
        })
        .collect();
    let o = &a.overall;
    rows.push(vec![
        vec![(o.title.clone(), CELL_BOLD)],
        num(o.min),
        num(o.median),
        num(o.max),
        vec![(figure(o.mean), CELL_BOLD)],
    ]);
    w.table(&columns, &rows);

    // One row per member state, one column per area: fits any number of countries.
    w.heading(ui.member_states);
    // Each number column is as wide as its heading needs (headings do not
    // break inside a word); the country column takes the rest.
    let fit =
        |w: &Writer, title: &str| (w.bold.width(title, HEADER.size) + 2.0 * PAD_X + 3.0).max(36.0);
    let mut columns = vec![Column {
        title: ui.country_columns[0].to_string(),
        width: 0.0,
        right: false,
    }];
    let titles = a.areas.iter().map(|s| s.title.clone()).chain([
        ui.country_columns[2].to_string(),
        ui.country_columns[3].to_string(),
    ]);
    for title in titles {
        let width = fit(&w, &title);
        columns.push(Column {
            title,
            width,
            right: true,
        });
    }
    let used: f32 = columns.iter().map(|c| c.width).sum();
    columns[0].width = (WIDTH - used).max(70.0);
    let rows: Vec<Vec<Cell>> = a
        .countries
        .iter()
        .map(|c| {
            let file = c.file.rsplit('/').next().unwrap_or(&c.file).to_string();
            let mut row = vec![vec![(c.country.clone(), CELL_BOLD), (file, CELL_SMALL)]];
            row.extend(c.areas.iter().map(|m| num(*m)));
            row.push(vec![(figure(c.overall), CELL_BOLD)]);
            row.push(vec![(c.answered.to_string(), CELL)]);
            row
        })
        .collect();
    w.table(&columns, &rows);

    let labels: Vec<&str> = a.countries.iter().map(|c| c.country.as_str()).collect();
    let criteria_table = |w: &mut Writer,
                          heading: &str,
                          intro: &str,
                          items: &[CriterionView],
                          last: &str,
                          show: &dyn Fn(&CriterionView) -> String| {
        w.heading(heading);
        w.paragraph(LEFT, WIDTH, intro, BODY);
        w.y -= 6.0;
        if items.is_empty() {
            w.paragraph(LEFT, WIDTH, ui.none, BODY);
            return;
        }
        let columns = [
            Column {
                title: ui.kept_columns[0].to_string(),
                width: 190.0,
                right: false,
            },
            Column {
                title: last.to_string(),
                width: 62.0,
                right: true,
            },
            Column {
                title: ui.answers.to_string(),
                width: WIDTH - 252.0,
                right: false,
            },
        ];
        let rows: Vec<Vec<Cell>> = items
            .iter()
            .take(crate::aggregate::LIST_LIMIT)
            .map(|v| {
                let answers = v.answers_by_country(&labels);
                vec![
                    vec![(v.title.clone(), CELL_BOLD), (v.id.clone(), CELL_SMALL)],
                    vec![(show(v), CELL)],
                    vec![(answers.join(" · "), CELL)],
                ]
            })
            .collect();
        w.table(&columns, &rows);
        if items.len() > crate::aggregate::LIST_LIMIT {
            w.y -= 4.0;
            let more = (ui.more)(items.len() - crate::aggregate::LIST_LIMIT);
            w.paragraph(LEFT, WIDTH, &more.replace('`', ""), SMALL);
        }
    };
    criteria_table(
        &mut w,
        ui.disagree_title,
        ui.disagree_intro,
        &a.disagreements,
        ui.spread,
        &|v| v.spread.to_string(),
    );
    criteria_table(
        &mut w,
        ui.below_title,
        ui.below_intro,
        &a.mostly_below_target,
        ui.below,
        &|v| format!("{}/{}", v.below_target, v.scored),
    );
    if !a.duplicate_countries.is_empty() {
        w.heading(ui.warnings);
        for d in &a.duplicate_countries {
            w.bullet(&(ui.duplicate_country)(d), BODY);
        }
    }

    let mut pages = std::mem::take(&mut w.pages);
    pages.push(std::mem::take(&mut w.ops));
    let origin = format!("{} {}  ·  {}", a.guideline, a.guideline_version, generator);
    let info = Info {
        title,
        subject: format!("{} {}", a.guideline, a.guideline_version),
        author: network.to_string(),
        creator: generator.to_string(),
        seed: format!("{a:?}"),
    };
    finish(pages, regular, bold, ui, &origin, info)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Action, AnswerRow, AnswerSection, AreaRow};

    fn regular() -> Face {
        Face::load(REGULAR_TTF, "R", "regular").expect("embedded font parses")
    }

    fn model(note: &str) -> ReportModel {
        ReportModel {
            ui: &crate::i18n::EN,
            network: "Réseau «Test»".to_string(),
            region: "Région".to_string(),
            guideline_title: "Minimal".to_string(),
            guideline_id: "minimal".to_string(),
            guideline_version: "1.0.0".to_string(),
            answered_version: None,
            source: "Test fixture".to_string(),
            date: "2026-11-23".to_string(),
            respondent: "T. Tester".to_string(),
            coverage: "1 of 1 criteria answered (100%)".to_string(),
            overall: Some(2.0),
            overall_label: "Developing".to_string(),
            areas: vec![AreaRow {
                title: "Governance".to_string(),
                maturity: Some(2.0),
                label: "Developing".to_string(),
                target: 3,
                gap: Some(1.0),
                answered: 1,
                total: 1,
            }],
            actions: vec![Action {
                rank: 1,
                area: "Governance".to_string(),
                criterion_id: "governance.mandate".to_string(),
                criterion: "Mandate".to_string(),
                level: 2,
                level_label: "Developing".to_string(),
                target: 3,
                priority: 1.0,
                next_step: "Sign it.".to_string(),
                references: vec![(
                    "A guide".to_string(),
                    Some("https://example.org".to_string()),
                )],
            }],
            answers: vec![AnswerSection {
                area: "Governance".to_string(),
                rows: vec![AnswerRow {
                    criterion_id: "governance.mandate".to_string(),
                    title: "Mandate".to_string(),
                    question: "Is it endorsed?".to_string(),
                    response: "2 Developing".to_string(),
                    detail: "Agreed.".to_string(),
                    note: note.to_string(),
                    evidence: vec!["doc.pdf".to_string()],
                }],
            }],
            unknown_answers: vec![],
            answers_hash: "0123456789ab".to_string(),
            generator: "wen-assess test".to_string(),
        }
    }

    #[test]
    fn missing_glyphs_become_question_marks_and_controls_spaces() {
        let face = regular();
        assert_eq!(face.clean("é ñ « » ’ “ ”"), "é ñ « » ’ “ ”");
        assert_eq!(face.clean("a\u{1F418}b\tc"), "a?b c");
    }

    #[test]
    fn wrapping_keeps_every_character_and_respects_the_width() {
        let face = regular();
        let text = "short words then averyveryveryverylongwordwithoutanybreakatall and https://example.org/a/long/path-with-dashes.html";
        let width = 60.0;
        let lines = wrap(&face, text, 9.0, width);
        assert!(lines.len() > 3, "{lines:?}");
        for line in &lines {
            assert!(
                face.width(line, 9.0) <= width + 0.01,
                "{line:?} is too wide"
            );
        }
        let joined: String = lines
            .concat()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let expected: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(joined, expected);
        // Links break after a separator, not in the middle of a word.
        assert!(
            lines.iter().any(|l| l.ends_with('/') || l.ends_with('-')),
            "{lines:?}"
        );
    }

    #[test]
    fn paragraphs_and_blank_lines_are_kept_once() {
        let face = regular();
        let lines = wrap(&face, "one\n\n\n\ntwo\r\nthree", 9.0, 400.0);
        assert_eq!(lines, ["one", "", "two", "three"]);
    }

    #[test]
    fn same_model_same_bytes() {
        let first = render(&model("Note")).expect("renders");
        let second = render(&model("Note")).expect("renders");
        assert_eq!(first, second);
        assert_ne!(first, render(&model("Other note")).expect("renders"));
    }

    #[test]
    fn long_notes_add_pages() {
        let short = render(&model("A short note.")).expect("renders");
        assert!(short.starts_with(b"%PDF-"));
        let long = render(&model(&"Une note très longue. ".repeat(2_000))).expect("renders");
        let pages = |b: &[u8]| {
            lopdf::Document::load_mem(b)
                .expect("printpdf output parses")
                .get_pages()
                .len()
        };
        assert!(
            pages(&long) >= pages(&short) + 3,
            "{} pages, {} without the long note",
            pages(&long),
            pages(&short)
        );
    }
}
