//! Progress over two or more assessments as PDF, in the order of the
//! Markdown report: title band and the points, a line chart of each area
//! over the points, the table of areas, the lists of what rose, fell and
//! stayed below target, the method, and every criterion over the points in
//! an annex.

use printpdf::{Line, LineDashPattern, LinePoint, Op, Point, Pt};

use super::font::clamp_lines;
use super::layout::{Cell, Column, Writer};
use super::theme::*;
use super::{Info, PdfError, finish, font};
use crate::report::progress::{ChangeRow, Progress};

/// Line colours of the areas (Okabe and Ito's palette, which readers with
/// a colour vision deficiency tell apart; its yellow left out, too pale on
/// white), in the order of the areas, then again.
const LINES: [Colour; 6] = [
    Colour(0.0, 0.447, 0.698),
    Colour(0.902, 0.624, 0.0),
    Colour(0.0, 0.620, 0.451),
    Colour(0.835, 0.369, 0.0),
    Colour(0.337, 0.706, 0.914),
    Colour(0.800, 0.475, 0.655),
];

fn title_block(w: &mut Writer, p: &Progress) {
    let name_style = Style::new(true, 21.0, WHITE);
    let sub_style = Style::new(false, 10.5, BAND_SUB);
    let kicker = Style::new(true, 8.0, BAND_SUB);
    let name = clamp_lines(
        w.bold,
        w.wrap(&p.title, name_style, WIDTH),
        3,
        name_style.size,
        WIDTH,
    );
    let sub = clamp_lines(
        w.regular,
        w.wrap(&p.subtitle, sub_style, WIDTH),
        2,
        sub_style.size,
        WIDTH,
    );
    let height = 34.0
        + kicker.leading()
        + 6.0
        + name.len() as f32 * name_style.leading()
        + 4.0
        + sub.len() as f32 * sub_style.leading()
        + 22.0;
    w.fill_rect(0.0, PAGE_H - height, PAGE_W, height, NAVY);
    w.y = PAGE_H - 34.0;
    w.text(
        LEFT,
        baseline(w.y, kicker.leading(), kicker.size),
        &p.labels.kicker,
        kicker,
    );
    w.y -= kicker.leading() + 6.0;
    for line in name {
        w.text(
            LEFT,
            baseline(w.y, name_style.leading(), name_style.size),
            &line,
            name_style,
        );
        w.y -= name_style.leading();
    }
    w.y -= 4.0;
    for line in sub {
        w.text(
            LEFT,
            baseline(w.y, sub_style.leading(), sub_style.size),
            &line,
            sub_style,
        );
        w.y -= sub_style.leading();
    }
    w.y = PAGE_H - height - 16.0;
    let title = Style::new(true, 9.5, INK);
    w.text(
        LEFT,
        baseline(w.y, title.leading(), title.size),
        &p.labels.points_title,
        title,
    );
    w.y -= title.leading() + 2.0;
    for point in &p.points {
        w.bullet(&point.line, BODY);
    }
    for note in &p.notes {
        w.y -= 2.0;
        w.paragraph(LEFT, WIDTH, note, Style::new(true, 9.0, NAVY));
    }
}

fn polyline(w: &mut Writer, points: &[(f32, f32)], thickness: f32, colour: Colour) {
    if points.len() < 2 {
        return;
    }
    w.ops.extend([
        Op::SetOutlineColor { col: colour.pdf() },
        Op::SetOutlineThickness { pt: Pt(thickness) },
        Op::DrawLine {
            line: Line {
                points: points
                    .iter()
                    .map(|&(x, y)| LinePoint {
                        p: Point { x: Pt(x), y: Pt(y) },
                        bezier: false,
                    })
                    .collect(),
                is_closed: false,
            },
        },
    ]);
}

/// Each area's maturity over the points, the overall figure thicker, and
/// the target dashed; a gap where a point has no figure.
fn line_chart(w: &mut Writer, p: &Progress) {
    let l = &p.labels;
    let height = 190.0;
    let legend_h = 13.0 * ((p.rows.len() + 2) as f32 / 3.0).ceil();
    w.heading(&l.chart_title);
    w.ensure(height + 40.0 + legend_h);
    let axis = Style::new(false, 7.5, GREY);
    let plot_x0 = LEFT + 22.0;
    let plot_x1 = RIGHT - 10.0;
    let top = w.y - 6.0;
    let bottom = top - height;
    let y_of = |v: f64| bottom + (v.clamp(0.0, 4.0) as f32) / 4.0 * height;
    let count = p.points.len().max(1);
    let step = (plot_x1 - plot_x0) / count as f32;
    let x_of = |i: usize| plot_x0 + step * (i as f32 + 0.5);
    for level in 0..=4 {
        let y = y_of(f64::from(level));
        w.line((plot_x0, y), (plot_x1, y), 0.4, GRID);
        let label = level.to_string();
        w.text(plot_x0 - 10.0, y - 2.5, &label, axis);
    }
    for (i, point) in p.points.iter().enumerate() {
        let x = x_of(i);
        w.line((x, bottom), (x, bottom - 3.0), 0.6, GREY);
        let lw = w.regular.width(&point.label, axis.size);
        w.text(x - lw / 2.0, bottom - 12.0, &point.label, axis);
    }
    // The targets, dashed, once each.
    let mut targets: Vec<u8> = p.rows.iter().filter_map(|r| r.target).collect();
    targets.sort_unstable();
    targets.dedup();
    for t in &targets {
        let y = y_of(f64::from(*t));
        w.ops.push(Op::SetLineDashPattern {
            dash: LineDashPattern::new(0.0, &[4.0, 3.0]),
        });
        w.line((plot_x0, y), (plot_x1, y), 1.0, NAVY);
        w.ops.push(Op::SetLineDashPattern {
            dash: LineDashPattern::solid(),
        });
    }
    let mut colour_of_area = 0;
    let mut legend: Vec<(&str, Colour, f32)> = Vec::new();
    for r in &p.rows {
        let (colour, thickness) = if r.overall {
            (INK, 2.6)
        } else {
            let c = LINES[colour_of_area % LINES.len()];
            colour_of_area += 1;
            (c, 1.6)
        };
        // A run of points with figures is one line; a missing figure ends it.
        let mut run: Vec<(f32, f32)> = Vec::new();
        for (i, v) in r.numbers.iter().enumerate() {
            match v {
                Some(v) => run.push((x_of(i), y_of(*v))),
                None => {
                    polyline(w, &run, thickness, colour);
                    run.clear();
                }
            }
        }
        polyline(w, &run, thickness, colour);
        for (i, v) in r.numbers.iter().enumerate() {
            if let Some(v) = v {
                let s = if r.overall { 5.0 } else { 4.0 };
                w.fill_rect(x_of(i) - s / 2.0, y_of(*v) - s / 2.0, s, s, colour);
            }
        }
        legend.push((&r.title, colour, thickness));
    }
    w.y = bottom - 18.0;
    let caption = &l.chart_axis;
    let cw = w.regular.width(caption, axis.size);
    w.text((plot_x0 + plot_x1 - cw) / 2.0, w.y - 6.0, caption, axis);
    w.y -= 14.0;

    let style = Style::new(false, 7.5, INK);
    let line_h = 13.0;
    let mut x = LEFT;
    let item = |w: &mut Writer, x: &mut f32, text: &str, draw: &dyn Fn(&mut Writer, f32, f32)| {
        let tw = w.regular.width(text, style.size);
        if *x + 22.0 + tw > RIGHT {
            w.y -= line_h;
            w.ensure(line_h);
            *x = LEFT;
        }
        let mid = w.y - line_h / 2.0;
        draw(w, *x, mid);
        w.text(*x + 22.0, baseline(w.y, line_h, style.size), text, style);
        *x += 22.0 + tw + 14.0;
    };
    w.ensure(line_h);
    for (text, colour, thickness) in legend {
        item(w, &mut x, text, &|w, x, mid| {
            w.line((x, mid), (x + 16.0, mid), thickness, colour);
        });
    }
    if !targets.is_empty() {
        item(w, &mut x, &l.target, &|w, x, mid| {
            w.ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &[4.0, 3.0]),
            });
            w.line((x, mid), (x + 16.0, mid), 1.0, NAVY);
            w.ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::solid(),
            });
        });
    }
    w.y -= line_h + 4.0;
}

/// A table of criteria over the points.
fn criteria_table(w: &mut Writer, p: &Progress, rows: &[ChangeRow]) {
    let value_w = ((WIDTH - 180.0) / p.points.len() as f32).min(60.0);
    let mut columns = vec![Column {
        title: p.labels.criterion.clone(),
        width: WIDTH - value_w * p.points.len() as f32,
        right: false,
    }];
    columns.extend(p.points.iter().map(|x| Column {
        title: x.label.clone(),
        width: value_w,
        right: true,
    }));
    let cells: Vec<Vec<Cell>> = rows
        .iter()
        .map(|r| {
            let mut row = vec![match &r.title {
                Some(t) => vec![(t.clone(), CELL_BOLD), (r.id.clone(), CELL_SMALL)],
                None => vec![(r.id.clone(), CELL_BOLD)],
            }];
            row.extend(r.values.iter().map(|v| vec![(v.clone(), CELL)]));
            row
        })
        .collect();
    w.table(&columns, &cells);
}

/// Renders progress over two or more assessments as PDF bytes.
pub(crate) fn render(p: &Progress) -> Result<Vec<u8>, PdfError> {
    let (regular, bold) = font::faces()?;
    let l = &p.labels;
    let mut w = Writer {
        regular: &regular,
        bold: &bold,
        pages: Vec::new(),
        ops: Vec::new(),
        y: TOP,
        running_head: p.title.clone(),
    };
    title_block(&mut w, p);
    line_chart(&mut w, p);

    w.heading(&l.areas_title);
    let value_w = ((WIDTH - 200.0) / (p.columns.len() - 1) as f32).min(64.0);
    let columns: Vec<Column> = p
        .columns
        .iter()
        .enumerate()
        .map(|(i, title)| Column {
            title: title.clone(),
            width: if i == 0 {
                WIDTH - value_w * (p.columns.len() - 1) as f32
            } else {
                value_w
            },
            right: i > 0,
        })
        .collect();
    let rows: Vec<Vec<Cell>> = p
        .rows
        .iter()
        .map(|r| {
            let style = if r.overall { CELL_BOLD } else { CELL };
            let mut row = vec![vec![(r.title.clone(), style)]];
            row.extend(r.values.iter().map(|v| vec![(v.clone(), style)]));
            row.push(vec![(r.change.clone(), CELL_BOLD)]);
            row
        })
        .collect();
    w.table(&columns, &rows);

    for list in &p.lists {
        if list.rows.is_empty() {
            continue;
        }
        w.heading(&list.title_with_count);
        criteria_table(&mut w, p, &list.rows);
    }

    w.heading(&l.method_title);
    for line in &p.method {
        w.bullet(line, BODY);
    }

    w.new_page();
    w.heading(&l.annex_title);
    w.paragraph(LEFT, WIDTH, &l.annex_intro, BODY);
    w.y -= 6.0;
    criteria_table(&mut w, p, &p.criteria);

    let mut pages = std::mem::take(&mut w.pages);
    pages.push(std::mem::take(&mut w.ops));
    let info = Info {
        title: p.title.clone(),
        subject: p.subtitle.clone(),
        author: p.data.network.clone(),
        creator: p.generator.clone(),
        seed: format!("{p:?}"),
        lang: p.lang,
        date: p.document_date,
    };
    finish(pages, (regular, bold), &l.page, &p.footer, info)
}
