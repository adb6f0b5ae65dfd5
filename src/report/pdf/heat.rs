//! The network report's two pictures of the member states: the heat map
//! (member states × areas, each cell coloured by level with its figure in
//! it, the spread and the network's estimate under it) and the spread per
//! area (the range across member states, their median, the network's
//! estimate and the target on a 0-4 axis).

use printpdf::{LineDashPattern, Op};

use super::font::clamp_lines;
use super::layout::Writer;
use super::theme::*;
use crate::report::network::{Figure, NetworkReport};
use crate::report::xlsx::LEVEL_COLOURS;
use crate::scoring;

/// A colour of the shared palette (`0xRRGGBB`).
fn rgb(hex: u32) -> Colour {
    let c = |shift: u32| ((hex >> shift) & 0xFF) as f32 / 255.0;
    Colour(c(16), c(8), c(0))
}

/// Fill and ink of a figure's cell: its level's colours, or a light grey
/// cell for no figure.
fn cell_colours(value: Option<f64>) -> (Colour, Colour) {
    match value {
        Some(v) => {
            let (fill, ink) = LEVEL_COLOURS[usize::from(scoring::label_level(v))];
            (rgb(fill), rgb(ink))
        }
        None => (TRACK, GREY),
    }
}

const ROW_H: f32 = 15.0;
const FIGURE: Style = Style::new(true, 8.5, INK);
const NAME: Style = Style::new(false, 8.5, INK);
const NAME_BOLD: Style = Style::new(true, 8.5, INK);

/// The heat map under its heading: a row per member state, a column per area, then the
/// overall figure and the answers given; under it the spread rows and the
/// colour key. Headings wrap between words; when a word of an area title is
/// wider than its column, the columns are numbered and the legend names
/// them. Rows continue on the next page with the heading repeated.
pub(super) fn heat_map(w: &mut Writer, n: &NetworkReport) {
    let l = &n.labels;
    let names = n
        .heat
        .iter()
        .map(|r| r.label.as_str())
        .chain(n.summary.iter().map(|s| s.label.as_str()));
    let name_w = names
        .map(|s| w.bold.width(&w.bold.clean(s), NAME.size))
        .fold(w.bold.width(&l.member_state, HEADER.size), f32::max)
        .clamp(70.0, 150.0)
        + 2.0 * PAD_X;
    // The answers given, only when a member state left some out (the
    // coverage is in the facts above and in the annex of files).
    let incomplete = n
        .data
        .member_states
        .iter()
        .any(|s| s.coverage.unanswered > 0);
    let answered_w = if incomplete {
        w.bold.width(&l.answered, HEADER.size).max(30.0) + 2.0 * PAD_X
    } else {
        0.0
    };
    let columns = n.area_titles.len() + 1;
    let cell_w = (WIDTH - name_w - answered_w) / columns as f32;
    // Area titles as headings, a size smaller if a word needs it; failing
    // that the areas are numbered and the legend under the table names them.
    let fits = |title: &str, style: Style| {
        title
            .split_whitespace()
            .all(|word| w.bold.width(&w.bold.clean(word), style.size) <= cell_w - 2.0 * PAD_X)
    };
    let titles = || n.area_titles.iter().chain([&l.overall]);
    let small = Style::new(true, 7.0, HEADER.colour);
    let (numbered, head) = if titles().all(|t| fits(t, HEADER)) {
        (false, HEADER)
    } else if titles().all(|t| fits(t, small)) {
        (false, small)
    } else {
        (true, HEADER)
    };
    let headings: Vec<&str> = if numbered {
        n.area_numbers.iter().map(String::as_str).collect()
    } else {
        n.area_titles.iter().map(String::as_str).collect()
    };
    let header_lines: Vec<Vec<String>> = headings
        .iter()
        .copied()
        .chain([l.overall.as_str()])
        .map(|h| w.wrap(h, head, cell_w - 2.0 * PAD_X))
        .collect();
    let answered_lines = if incomplete {
        w.wrap(&l.answered, HEADER, answered_w - 2.0 * PAD_X)
    } else {
        Vec::new()
    };
    let header_h = header_lines
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(1)
        .max(answered_lines.len()) as f32
        * HEADER.leading()
        + 2.0 * PAD_Y;
    let header = |w: &mut Writer| {
        w.fill_rect(LEFT, w.y - header_h, WIDTH, header_h, HEADER_FILL);
        let top = w.y - PAD_Y;
        let y = baseline(top, HEADER.leading(), HEADER.size);
        w.text(LEFT + PAD_X, y, &l.member_state, HEADER);
        for (i, lines) in header_lines.iter().enumerate() {
            let centre = LEFT + name_w + (i as f32 + 0.5) * cell_w;
            for (k, line) in lines.iter().enumerate() {
                let lw = w.bold.width(line, head.size);
                let y = baseline(
                    top - k as f32 * HEADER.leading(),
                    HEADER.leading(),
                    head.size,
                );
                w.text(centre - lw / 2.0, y, line, head);
            }
        }
        for (k, line) in answered_lines.iter().enumerate() {
            let y = baseline(
                top - k as f32 * HEADER.leading(),
                HEADER.leading(),
                HEADER.size,
            );
            w.text_right(RIGHT - PAD_X, y, line, HEADER);
        }
        w.y -= header_h;
        w.line((LEFT, w.y), (RIGHT, w.y), 0.8, NAVY);
    };
    // The section's heading, its text, the whole table and its key on one
    // page when a page holds them, else the heading with the first rows.
    let intro = format!("{} {}", l.heat_intro, l.heat_colours);
    let intro_h = w.wrap(&intro, BODY, WIDTH).len() as f32 * BODY.leading() + 8.0;
    let heading_h = 2.0 * H2.leading() + 28.0;
    let whole =
        heading_h + intro_h + header_h + ROW_H * (n.heat.len() + n.summary.len()) as f32 + 40.0;
    if whole <= TOP - BOTTOM {
        w.ensure(whole);
    } else {
        w.ensure(heading_h + intro_h + header_h + ROW_H * 6.0);
    }
    w.heading(&l.heat_title);
    w.paragraph(LEFT, WIDTH, &intro, BODY);
    w.y -= 8.0;
    header(w);
    let figure_cell = |w: &mut Writer, x: f32, h: f32, f: &Figure, coloured: bool| {
        let (fill, ink) = if coloured {
            cell_colours(f.value)
        } else {
            (WHITE, INK)
        };
        if coloured {
            w.fill_rect(x + 1.0, w.y - h + 1.0, cell_w - 2.0, h - 2.0, fill);
        }
        let style = Style::new(true, FIGURE.size, ink);
        let tw = w.bold.width(&f.text, style.size);
        let y = baseline(w.y - (h - ROW_H) / 2.0, ROW_H, style.size);
        w.text(x + (cell_w - tw) / 2.0, y, &f.text, style);
    };
    for r in &n.heat {
        // A name wider than its column wraps between words: names stay whole.
        let lines = w.wrap(&r.label, NAME, name_w - 2.0 * PAD_X);
        let h = ROW_H.max(lines.len() as f32 * NAME.leading() + 4.0);
        if w.room() < h {
            w.new_page();
            header(w);
        }
        let mut top = w.y - (h - lines.len() as f32 * NAME.leading()) / 2.0;
        for line in &lines {
            w.text(
                LEFT + PAD_X,
                baseline(top, NAME.leading(), NAME.size),
                line,
                NAME,
            );
            top -= NAME.leading();
        }
        for (i, f) in r.areas.iter().chain([&r.overall]).enumerate() {
            figure_cell(w, LEFT + name_w + i as f32 * cell_w, h, f, true);
        }
        let y = baseline(w.y - (h - ROW_H) / 2.0, ROW_H, NAME.size);
        if incomplete {
            w.text_right(RIGHT - PAD_X, y, &r.answered, NAME);
        }
        w.y -= h;
    }
    w.line((LEFT, w.y), (RIGHT, w.y), 0.8, NAVY);
    for s in &n.summary {
        if w.room() < ROW_H {
            w.new_page();
            header(w);
        }
        let y = baseline(w.y, ROW_H, NAME_BOLD.size);
        w.text(LEFT + PAD_X, y, &s.label, NAME_BOLD);
        // Figures on the 0-4 scale are coloured like the member states';
        // the share at or above target is a count, not a level.
        for (i, f) in s.areas.iter().chain([&s.overall]).enumerate() {
            figure_cell(
                w,
                LEFT + name_w + i as f32 * cell_w,
                ROW_H,
                f,
                f.value.is_some(),
            );
        }
        w.y -= ROW_H;
        w.line((LEFT, w.y), (RIGHT, w.y), 0.4, RULE);
    }
    w.y -= 6.0;
    level_key(w, n);
    if numbered {
        w.paragraph(LEFT, WIDTH, &n.area_legend, SMALL);
    }
}

/// The colour of each level, with its label.
fn level_key(w: &mut Writer, n: &NetworkReport) {
    let style = Style::new(false, 7.5, INK);
    let line_h = 13.0;
    w.ensure(line_h);
    let mut x = LEFT;
    for (level, label) in n.labels.scale.iter().enumerate() {
        let (fill, _) = LEVEL_COLOURS[level];
        let tw = w.regular.width(label, style.size);
        if x + 14.0 + tw > RIGHT {
            w.y -= line_h;
            w.ensure(line_h);
            x = LEFT;
        }
        let mid = w.y - line_h / 2.0;
        w.fill_rect(x, mid - 4.0, 10.0, 8.0, rgb(fill));
        w.text(x + 14.0, baseline(w.y, line_h, style.size), label, style);
        x += 14.0 + tw + 14.0;
    }
    w.y -= line_h + 2.0;
}

/// The estimate's marker: an orange diamond, told apart from the median's
/// navy square by shape as well as colour.
const ESTIMATE: Colour = Colour(0.90, 0.38, 0.0);
/// The estimate's figure: its orange darkened to read as small text.
const ESTIMATE_INK: Colour = Colour(0.66, 0.26, 0.0);

fn diamond(w: &mut Writer, x: f32, y: f32, r: f32) {
    w.fill_polygon(&[(x, y + r), (x + r, y), (x, y - r), (x - r, y)], ESTIMATE);
}

/// The estimate's diamond with its figure beside it. A white rim keeps the
/// target's dashed line, which may pass at the same level, from running
/// through the diamond; the figure sits on a white patch on the side away
/// from the median's square (inside the plot, between `plot_x0` and
/// `plot_x1`), so neither hides it.
fn estimate_marker(
    w: &mut Writer,
    (x, mid): (f32, f32),
    text: &str,
    median_x: Option<f32>,
    (plot_x0, plot_x1): (f32, f32),
) {
    let r = 4.5;
    let rim = r + 1.5;
    w.fill_polygon(
        &[
            (x, mid + rim),
            (x + rim, mid),
            (x, mid - rim),
            (x - rim, mid),
        ],
        WHITE,
    );
    diamond(w, x, mid, r);
    let style = Style::new(true, 7.5, ESTIMATE_INK);
    let text = w.bold.clean(text);
    let tw = w.bold.width(&text, style.size);
    let gap = rim + 1.5;
    let fits_right = x + gap + tw + 2.0 <= plot_x1;
    let fits_left = x - gap - tw - 2.0 >= plot_x0;
    let median_right = median_x.is_some_and(|m| m > x + 0.5);
    let left = (median_right && fits_left) || !fits_right;
    let tx = if left { x - gap - tw } else { x + gap };
    w.fill_rect(tx - 1.5, mid - 5.0, tw + 3.0, 10.0, WHITE);
    w.text(tx, mid - style.size * 0.35, &text, style);
}

fn dashed(w: &mut Writer, from: (f32, f32), to: (f32, f32), colour: Colour) {
    w.ops.push(Op::SetLineDashPattern {
        dash: LineDashPattern::new(0.0, &[2.5, 2.0]),
    });
    w.line(from, to, 1.0, colour);
    w.ops.push(Op::SetLineDashPattern {
        dash: LineDashPattern::solid(),
    });
}

const SPREAD_ROW_H: f32 = 24.0;

/// The height of the whole spread chart: its rows, the axis and a legend
/// of up to two lines.
pub(super) fn spread_height(n: &NetworkReport) -> f32 {
    SPREAD_ROW_H * n.spread.len() as f32 + 30.0 + 2.0 * 13.0 + 4.0
}

/// The spread per area: for each area the range from the lowest to the
/// highest member state, their median, the network's estimate and the
/// target, on a 0-4 axis; the figures beside each row.
pub(super) fn spread(w: &mut Writer, n: &NetworkReport) {
    let l = &n.labels;
    let label_w = 120.0;
    let caption_w = 96.0;
    let plot_x0 = LEFT + label_w + 8.0;
    let plot_x1 = RIGHT - caption_w - 8.0;
    let x_of = |v: f64| plot_x0 + (v.clamp(0.0, 4.0) as f32) / 4.0 * (plot_x1 - plot_x0);
    let label_style = Style::new(false, 8.5, INK);
    let row_h = SPREAD_ROW_H;
    let whole = spread_height(n);
    if whole <= TOP - BOTTOM {
        w.ensure(whole);
    }
    for bar in &n.spread {
        w.ensure(row_h);
        let top = w.y;
        let mid = top - row_h / 2.0;
        w.fill_rect(plot_x0, mid - 6.0, plot_x1 - plot_x0, 12.0, TRACK);
        for i in 0..=4 {
            let x = x_of(f64::from(i));
            w.line((x, top), (x, top - row_h), 0.4, GRID);
        }
        let lines = clamp_lines(
            w.regular,
            w.wrap(&bar.title, label_style, label_w),
            2,
            label_style.size,
            label_w,
        );
        let text_h = lines.len() as f32 * label_style.leading();
        let mut y = mid + text_h / 2.0;
        for line in &lines {
            w.text(
                LEFT,
                baseline(y, label_style.leading(), label_style.size),
                line,
                label_style,
            );
            y -= label_style.leading();
        }
        if let (Some(lo), Some(hi)) = (bar.min, bar.max) {
            let (x0, x1) = (x_of(lo), x_of(hi));
            w.fill_rect(x0, mid - 4.0, (x1 - x0).max(1.5), 8.0, BAND_SUB);
        }
        if let Some(t) = bar.target {
            let x = x_of(f64::from(t));
            dashed(w, (x, top - 2.0), (x, top - row_h + 2.0), NAVY);
        }
        if let Some(e) = bar.estimate {
            let median_x = bar.median.map(x_of);
            let plot = (plot_x0, plot_x1);
            estimate_marker(w, (x_of(e), mid), &bar.estimate_text, median_x, plot);
        }
        // The median's square over the estimate's diamond: where the two
        // are equal the square sits inside the diamond and both show.
        if let Some(m) = bar.median {
            let x = x_of(m);
            w.fill_rect(x - 3.0, mid - 3.0, 6.0, 6.0, NAVY);
        }
        w.text(
            plot_x1 + 8.0,
            baseline(mid + 6.0, 12.0, SMALL.size),
            &bar.caption,
            SMALL,
        );
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
    let cw = w.regular.width(&l.chart_axis, axis.size);
    w.text(
        (plot_x0 + plot_x1 - cw) / 2.0,
        w.y - 21.0,
        &l.chart_axis,
        axis,
    );
    w.y -= 30.0;

    // Legend: range, median, estimate, target.
    let legend = Style::new(false, 7.5, INK);
    let line_h = 13.0;
    w.ensure(line_h);
    let mut x = LEFT;
    for (i, text) in l.spread_legend.iter().enumerate() {
        if i == 2 && n.data.network_file.is_none() {
            continue;
        }
        let tw = w.regular.width(text, legend.size);
        if x + 16.0 + tw > RIGHT {
            w.y -= line_h;
            w.ensure(line_h);
            x = LEFT;
        }
        let mid = w.y - line_h / 2.0;
        match i {
            0 => w.fill_rect(x, mid - 4.0, 12.0, 8.0, BAND_SUB),
            1 => w.fill_rect(x + 3.0, mid - 3.0, 6.0, 6.0, NAVY),
            2 => diamond(w, x + 6.0, mid, 4.5),
            _ => dashed(w, (x + 6.0, mid - 5.0), (x + 6.0, mid + 5.0), NAVY),
        }
        w.text(x + 16.0, baseline(w.y, line_h, legend.size), text, legend);
        x += 16.0 + tw + 14.0;
    }
    w.y -= line_h + 4.0;
}
