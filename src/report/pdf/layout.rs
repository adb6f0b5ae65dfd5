//! Page layout: the writer that places text, shapes and tables, tracks the
//! vertical position, breaks pages and repeats table headers.

use printpdf::{
    Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon, PolygonRing, Pt, Rect, TextItem,
    TextMatrix, WindingOrder,
};

use super::font::{Face, ellipsize, wrap};
use super::theme::*;

// ---------------------------------------------------------------- tables

/// A table column: header, width in points, right-aligned or not.
#[derive(Clone)]
pub(super) struct Column {
    pub(super) title: String,
    pub(super) width: f32,
    pub(super) right: bool,
}

/// A cell: blocks of text stacked top to bottom, each in its own style.
pub(super) type Cell = Vec<(String, Style)>;

/// A line of a cell, laid out.
struct CellLine {
    text: String,
    style: Style,
}

// ---------------------------------------------------------------- the writer

/// Pages under construction and the vertical position on the current one.
pub(super) struct Writer<'f> {
    pub(super) regular: &'f Face,
    pub(super) bold: &'f Face,
    pub(super) pages: Vec<Vec<Op>>,
    pub(super) ops: Vec<Op>,
    /// Top of the next element, in points from the bottom of the page.
    pub(super) y: f32,
    /// Shown at the top of every page but the first.
    pub(super) running_head: String,
}

impl<'f> Writer<'f> {
    pub(super) fn face(&self, style: Style) -> &'f Face {
        if style.bold { self.bold } else { self.regular }
    }

    /// Draws one line of cleaned text with its baseline at `y`.
    pub(super) fn text(&mut self, x: f32, y: f32, text: &str, style: Style) {
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

    /// Draws one line of cleaned text turned a quarter turn to read upwards
    /// (an axis title beside a vertical axis), its baseline at `x` and its
    /// first character at `y`.
    pub(super) fn text_upwards(&mut self, x: f32, y: f32, text: &str, style: Style) {
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
            // The text matrix of a turn by 90 degrees, placed at (x, y).
            Op::SetTextMatrix {
                matrix: TextMatrix::Raw([0.0, 1.0, -1.0, 0.0, x, y]),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
        ]);
    }

    /// Draws cleaned text ending at `x`.
    pub(super) fn text_right(&mut self, x: f32, y: f32, text: &str, style: Style) {
        let w = self.face(style).width(text, style.size);
        self.text(x - w, y, text, style);
    }

    pub(super) fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, colour: Colour) {
        let mut rectangle = Rect::from_xywh(Pt(x), Pt(y), Pt(w), Pt(h));
        rectangle.mode = Some(PaintMode::Fill);
        self.ops.extend([
            Op::SetFillColor { col: colour.pdf() },
            Op::DrawRectangle { rectangle },
        ]);
    }

    pub(super) fn line(
        &mut self,
        from: (f32, f32),
        to: (f32, f32),
        thickness: f32,
        colour: Colour,
    ) {
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

    pub(super) fn fill_polygon(&mut self, points: &[(f32, f32)], colour: Colour) {
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
    pub(super) fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.ops));
        let head = ellipsize(self.regular, &self.running_head, SMALL.size, WIDTH);
        self.text(LEFT, PAGE_H - 36.0, &head, SMALL);
        self.line((LEFT, PAGE_H - 42.0), (RIGHT, PAGE_H - 42.0), 0.5, RULE);
        self.y = TOP;
    }

    /// Space left on the current page.
    pub(super) fn room(&self) -> f32 {
        self.y - BOTTOM
    }

    /// Starts a new page unless `height` still fits on this one.
    pub(super) fn ensure(&mut self, height: f32) -> bool {
        if self.room() < height {
            self.new_page();
            true
        } else {
            false
        }
    }

    pub(super) fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        wrap(self.face(style), text, style.size, width)
    }

    /// Wrapped text, flowing over pages line by line.
    pub(super) fn paragraph(&mut self, x: f32, width: f32, text: &str, style: Style) {
        let leading = style.leading();
        for line in self.wrap(text, style, width) {
            self.ensure(leading);
            let y = baseline(self.y, leading, style.size);
            self.text(x, y, &line, style);
            self.y -= leading;
        }
    }

    /// A section heading, kept on the page with what follows it.
    pub(super) fn heading(&mut self, text: &str) {
        self.heading_after(text, true);
    }

    /// A heading, with the space that sets it off from what is above it
    /// unless `space` is false (at the top of a page just started).
    fn heading_after(&mut self, text: &str, space: bool) {
        let lines = self.wrap(text, H2, WIDTH);
        let height = lines.len().min(3) as f32 * H2.leading() + 10.0;
        if !self.ensure(height + 18.0 + 60.0) && space {
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

    /// The height `heading` takes with the space above it.
    fn heading_height(&self, text: &str) -> f32 {
        self.wrap(text, H2, WIDTH).len() as f32 * H2.leading() + 18.0 + 10.0
    }

    /// A heading and the paragraph that introduces what follows, moved
    /// together to the next page unless `keep` points of what they
    /// introduce (a chart whole, a table's header and first row) fit under
    /// them on this one: a heading is never left alone at the foot of a
    /// page. `intro` may be empty.
    pub(super) fn section(&mut self, heading: &str, intro: &str, keep: f32) {
        let intro_h = if intro.is_empty() {
            0.0
        } else {
            self.wrap(intro, BODY, WIDTH).len() as f32 * BODY.leading() + 8.0
        };
        let above = self.heading_height(heading) + intro_h;
        let new_page = if above + keep <= TOP - BOTTOM {
            self.ensure(above + keep)
        } else {
            // What follows is taller than a page: start it here with at
            // least a few lines under its heading.
            self.ensure(above + 60.0)
        };
        // A heading that starts a page starts at its top, as one moved by
        // `heading` itself does.
        self.heading_after(heading, !new_page);
        if !intro.is_empty() {
            self.paragraph(LEFT, WIDTH, intro, BODY);
            self.y -= 8.0;
        }
    }

    /// A sub-heading with an optional right-aligned comment.
    pub(super) fn subheading(&mut self, text: &str, comment: &str) {
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
    /// The width of a column of labels: at least `min`, and wide enough
    /// that no word of any label has to break (Portuguese `Comprovativos`).
    pub(super) fn label_width(&self, labels: &[&str], min: f32) -> f32 {
        let widest = labels
            .iter()
            .flat_map(|l| l.split_whitespace())
            .map(|word| self.bold.width(&self.bold.clean(word), LABEL.size))
            .fold(0.0, f32::max);
        min.max(widest + 8.0)
    }

    pub(super) fn labelled(&mut self, label: &str, text: &str, label_width: f32) {
        let lines = self.wrap(text, BODY, WIDTH - label_width);
        if lines.is_empty() {
            return;
        }
        let leading = BODY.leading();
        // A label wider than its column (French, Portuguese) wraps inside
        // it instead of running into the text.
        let label = self.bold.clean(label);
        let labels = self.wrap(&label, LABEL, label_width - 4.0);
        for i in 0..lines.len().max(labels.len()) {
            self.ensure(leading);
            let y = baseline(self.y, leading, BODY.size);
            if let Some(label) = labels.get(i) {
                self.text(LEFT, y, label, LABEL);
            }
            if let Some(line) = lines.get(i) {
                self.text(LEFT + label_width, y, line, BODY);
            }
            self.y -= leading;
        }
    }

    /// A bullet with a hanging indent.
    pub(super) fn bullet(&mut self, text: &str, style: Style) {
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

    /// Columns widened where their heading would take more than two lines
    /// or break inside a word (a narrow `Priority` column reads `Prioridade`
    /// in Portuguese, `At or above target` reads `Na meta ou acima`), the
    /// room taken from the widest column so the table keeps its width.
    fn fit_headers(&self, columns: &[Column]) -> Vec<Column> {
        let mut out: Vec<Column> = columns.to_vec();
        let mut extra = 0.0;
        for c in &mut out {
            let need = self.two_line_width(&c.title, HEADER) + 2.0 * PAD_X + 1.0;
            if need > c.width {
                extra += need - c.width;
                c.width = need;
            }
        }
        if extra > 0.0
            && let Some(widest) = out.iter_mut().max_by(|a, b| a.width.total_cmp(&b.width))
        {
            widest.width = (widest.width - extra).max(40.0);
        }
        out
    }

    /// The narrowest width that holds `text` on at most two lines broken
    /// between words, and no narrower than its longest word.
    fn two_line_width(&self, text: &str, style: Style) -> f32 {
        let face = self.face(style);
        let words: Vec<String> = text
            .split_whitespace()
            .map(|word| face.clean(word))
            .collect();
        let width = |words: &[String]| face.width(&words.join(" "), style.size);
        (0..=words.len())
            .map(|split| width(&words[..split]).max(width(&words[split..])))
            .fold(f32::INFINITY, f32::min)
            .max(0.0)
    }

    /// The height a table needs to start on a page: its header and first
    /// row, or the first part of a row taller than a page.
    pub(super) fn table_start_height(&self, columns: &[Column], rows: &[Vec<Cell>]) -> f32 {
        let columns = self.fit_headers(columns);
        let header_h = self.header_height(&columns);
        let first_h = rows
            .first()
            .map(|r| self.row_height(&self.lay_out_row(&columns, r)))
            .unwrap_or(0.0);
        if first_h <= TOP - BOTTOM - header_h {
            header_h + first_h
        } else {
            header_h + 60.0
        }
    }

    fn header_height(&self, columns: &[Column]) -> f32 {
        let header_row: Vec<Cell> = columns
            .iter()
            .map(|c| vec![(c.title.to_string(), HEADER)])
            .collect();
        self.row_height(&self.lay_out_row(columns, &header_row))
    }

    /// A table whose rows may continue over pages (a row taller than a page
    /// is split between lines); the header row is repeated on every page.
    pub(super) fn table(&mut self, columns: &[Column], rows: &[Vec<Cell>]) {
        let fitted = self.fit_headers(columns);
        let columns = fitted.as_slice();
        let header_row: Vec<Cell> = columns
            .iter()
            .map(|c| vec![(c.title.to_string(), HEADER)])
            .collect();
        let header = self.lay_out_row(columns, &header_row);
        let header_h = self.header_height(columns);
        // Keep the header with the first row, or with a part of it when the
        // row is taller than a page.
        self.ensure(self.table_start_height(columns, rows));
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

#[cfg(test)]
mod tests {
    use super::super::font::{Face, faces};
    use super::*;

    fn writer<'f>(regular: &'f Face, bold: &'f Face) -> Writer<'f> {
        Writer {
            regular,
            bold,
            pages: Vec::new(),
            ops: Vec::new(),
            y: TOP,
            running_head: String::new(),
        }
    }

    /// The annex's narrow figure columns (Portuguese `Na meta ou acima` took
    /// four one-word lines): every heading on at most two lines, in every
    /// language, and the table as wide as it was.
    #[test]
    fn table_headings_take_at_most_two_lines_in_every_language() {
        let (regular, bold) = faces().unwrap();
        let w = writer(&regular, &bold);
        for lang in crate::i18n::languages() {
            let t = crate::i18n::Tr::new(lang);
            let mut columns = vec![Column {
                title: t.t("progress-column-criterion"),
                width: 124.0,
                right: false,
            }];
            for key in ["row-median", "row-at-target", "row-estimate"] {
                columns.push(Column {
                    title: t.t(key),
                    width: 30.0,
                    right: true,
                });
            }
            columns.push(Column {
                title: t.t("column-levels"),
                width: WIDTH - 124.0 - 90.0,
                right: false,
            });
            let fitted = w.fit_headers(&columns);
            for c in &fitted {
                let lines = w.wrap(&c.title, HEADER, c.width - 2.0 * PAD_X);
                assert!(lines.len() <= 2, "{lang}: {lines:?}");
            }
            let total: f32 = fitted.iter().map(|c| c.width).sum();
            assert!((total - WIDTH).abs() < 0.01, "{lang}: {total}");
        }
    }

    /// A heading and its introduction go to the next page with what they
    /// introduce when it does not fit under them, and stay when it does.
    #[test]
    fn a_section_keeps_its_heading_with_what_follows() {
        let (regular, bold) = faces().unwrap();
        let mut w = writer(&regular, &bold);
        w.y = BOTTOM + 150.0;
        w.section("Spread per area", "For each area: the range.", 200.0);
        assert_eq!(w.pages.len(), 1, "the heading moved to a new page");
        assert!(w.y < TOP && w.room() >= 200.0);

        let mut w = writer(&regular, &bold);
        w.y = BOTTOM + 300.0;
        w.section("Spread per area", "For each area: the range.", 200.0);
        assert!(w.pages.is_empty(), "the heading stayed where it fits");
        assert!(w.room() >= 200.0);

        // What follows is taller than a page: the heading starts it here.
        let mut w = writer(&regular, &bold);
        w.y = BOTTOM + 300.0;
        w.section("Annex", "", 2.0 * PAGE_H);
        assert!(w.pages.is_empty());
    }
}
