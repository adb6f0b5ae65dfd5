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

/// The marker of a series at its points: told apart by shape as well as by
/// colour, so that the chart reads in greyscale.
#[derive(Clone, Copy)]
enum Marker {
    Circle,
    Diamond,
    TriangleUp,
    TriangleDown,
    Plus,
    TriangleRight,
    /// The overall figure's.
    Square,
}

/// The areas' markers and dash patterns, in the order of the areas.
const MARKERS: [Marker; 6] = [
    Marker::Circle,
    Marker::Diamond,
    Marker::TriangleUp,
    Marker::TriangleDown,
    Marker::Plus,
    Marker::TriangleRight,
];
const DASHES: [&[f32]; 6] = [
    &[],
    &[6.0, 2.0],
    &[2.0, 2.0],
    &[6.0, 2.0, 2.0, 2.0],
    &[3.0, 3.0],
    &[8.0, 3.0],
];

impl Marker {
    /// The outline of the marker of radius `r` around `(x, y)`.
    fn points(self, (x, y): (f32, f32), r: f32) -> Vec<(f32, f32)> {
        match self {
            Marker::Circle => (0..16)
                .map(|k| {
                    let a = k as f32 * std::f32::consts::TAU / 16.0;
                    (x + r * a.cos(), y + r * a.sin())
                })
                .collect(),
            Marker::Diamond => vec![(x, y + r), (x + r, y), (x, y - r), (x - r, y)],
            Marker::TriangleUp => vec![(x - r, y - r * 0.8), (x + r, y - r * 0.8), (x, y + r)],
            Marker::TriangleDown => vec![(x - r, y + r * 0.8), (x + r, y + r * 0.8), (x, y - r)],
            Marker::TriangleRight => vec![(x - r * 0.8, y - r), (x - r * 0.8, y + r), (x + r, y)],
            Marker::Plus => {
                let t = r * 0.4;
                vec![
                    (x - t, y + r),
                    (x + t, y + r),
                    (x + t, y + t),
                    (x + r, y + t),
                    (x + r, y - t),
                    (x + t, y - t),
                    (x + t, y - r),
                    (x - t, y - r),
                    (x - t, y - t),
                    (x - r, y - t),
                    (x - r, y + t),
                    (x - t, y + t),
                ]
            }
            Marker::Square => {
                let h = r * 0.85;
                vec![
                    (x - h, y - h),
                    (x + h, y - h),
                    (x + h, y + h),
                    (x - h, y + h),
                ]
            }
        }
    }

    /// The marker on a white rim, so that a marker drawn over another
    /// series' line or marker keeps its shape.
    fn draw(self, w: &mut Writer, at: (f32, f32), r: f32, colour: Colour) {
        w.fill_polygon(&self.points(at, r + 1.2), WHITE);
        w.fill_polygon(&self.points(at, r), colour);
    }
}

/// How a series is drawn: colour, thickness, dash pattern and marker.
struct SeriesStyle {
    colour: Colour,
    thickness: f32,
    dash: &'static [f32],
    marker: Marker,
    radius: f32,
}

fn dash_pattern(dash: &[f32]) -> LineDashPattern {
    if dash.is_empty() {
        LineDashPattern::solid()
    } else {
        LineDashPattern::new(0.0, dash)
    }
}

/// Points of several series that fall on the same spot are spread apart,
/// across the direction the lines take there, so that no series hides
/// another: two areas going from 0 to 2 together draw two parallel lines
/// with their markers side by side. `spots[s][i]` is where series `s` is at
/// point `i` on the page; the answer holds the offset of each spot, point
/// by point (`[i][s]`).
fn dodge(spots: &[Vec<Option<(f32, f32)>>]) -> Vec<Vec<(f32, f32)>> {
    let count = spots.iter().map(Vec::len).max().unwrap_or(0);
    let mut offsets = vec![vec![(0.0, 0.0); spots.len()]; count];
    let at = |s: usize, i: usize| spots[s].get(i).copied().flatten();
    // The direction of series `s` through point `i`: the mean of its
    // segments to the points before and after (unit vectors).
    let direction = |s: usize, i: usize| {
        let Some((x, y)) = at(s, i) else {
            return (0.0, 0.0);
        };
        let unit = |(dx, dy): (f32, f32)| {
            let len = dx.hypot(dy).max(f32::EPSILON);
            (dx / len, dy / len)
        };
        let before = i.checked_sub(1).and_then(|j| at(s, j));
        let after = at(s, i + 1);
        [
            before.map(|(bx, by)| unit((x - bx, y - by))),
            after.map(|(ax, ay)| unit((ax - x, ay - y))),
        ]
        .into_iter()
        .flatten()
        .fold((0.0, 0.0), |(sx, sy), (dx, dy)| (sx + dx, sy + dy))
    };
    for (i, at_point) in offsets.iter_mut().enumerate() {
        // Series grouped by the spot they fall on (to half a point).
        let mut groups: Vec<((i64, i64), Vec<usize>)> = Vec::new();
        for s in 0..spots.len() {
            let Some((x, y)) = at(s, i) else {
                continue;
            };
            let key = ((x * 2.0).round() as i64, (y * 2.0).round() as i64);
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, members)) => members.push(s),
                None => groups.push((key, vec![s])),
            }
        }
        for (_, members) in groups.into_iter().filter(|(_, m)| m.len() > 1) {
            let (dx, dy) = members
                .iter()
                .map(|&s| direction(s, i))
                .fold((0.0, 0.0), |(sx, sy), (dx, dy)| (sx + dx, sy + dy));
            let len = dx.hypot(dy);
            // Across the lines; straight up where they have no direction.
            let across = if len > 0.01 {
                (-dy / len, dx / len)
            } else {
                (0.0, 1.0)
            };
            let k = members.len() as f32;
            for (j, &s) in members.iter().enumerate() {
                let place = (j as f32 - (k - 1.0) / 2.0) * DODGE;
                at_point[s] = (across.0 * place, across.1 * place);
            }
        }
    }
    offsets
}

/// How far apart coinciding series are drawn, in points: their markers
/// side by side, their lines with white between them.
const DODGE: f32 = 6.0;

/// Each area's maturity over the points, the overall figure thicker, and
/// the target dashed; a gap where a point has no figure. Each series has
/// its colour, dash pattern and marker shape; coinciding points are drawn
/// side by side.
fn line_chart(w: &mut Writer, p: &Progress) {
    let l = &p.labels;
    let height = 190.0;
    let legend_h = 13.0 * ((p.rows.len() + 2) as f32 / 3.0).ceil();
    let keep = 6.0 + height + 18.0 + 14.0 + legend_h + 4.0;
    w.section(&l.chart_title, "", keep);
    let axis = Style::new(false, 7.5, GREY);
    // Room on the left for the axis title, turned to read upwards, and the
    // levels.
    let plot_x0 = LEFT + 30.0;
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
    let title = w.regular.clean(&l.chart_axis);
    let title_w = w.regular.width(&title, axis.size);
    w.text_upwards(LEFT + 8.0, bottom + (height - title_w) / 2.0, &title, axis);
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
    let mut area = 0;
    let styles: Vec<SeriesStyle> = p
        .rows
        .iter()
        .map(|r| {
            if r.overall {
                SeriesStyle {
                    colour: INK,
                    thickness: 2.6,
                    dash: &[],
                    marker: Marker::Square,
                    radius: 3.6,
                }
            } else {
                area += 1;
                SeriesStyle {
                    colour: LINES[(area - 1) % LINES.len()],
                    thickness: 1.6,
                    dash: DASHES[(area - 1) % DASHES.len()],
                    marker: MARKERS[(area - 1) % MARKERS.len()],
                    radius: 3.2,
                }
            }
        })
        .collect();
    let spots: Vec<Vec<Option<(f32, f32)>>> = p
        .rows
        .iter()
        .map(|r| {
            r.numbers
                .iter()
                .enumerate()
                .map(|(i, v)| v.map(|v| (x_of(i), y_of(v))))
                .collect()
        })
        .collect();
    let offsets = dodge(&spots);
    let spot = |s: usize, i: usize, v: f64| {
        let (dx, dy) = offsets[i][s];
        (x_of(i) + dx, y_of(v) + dy)
    };
    // Lines first, then every marker over them, so that no line hides a
    // marker.
    for (s, (r, style)) in p.rows.iter().zip(&styles).enumerate() {
        w.ops.push(Op::SetLineDashPattern {
            dash: dash_pattern(style.dash),
        });
        // A run of points with figures is one line; a missing figure ends it.
        let mut run: Vec<(f32, f32)> = Vec::new();
        for (i, v) in r.numbers.iter().enumerate() {
            match v {
                Some(v) => run.push(spot(s, i, *v)),
                None => {
                    polyline(w, &run, style.thickness, style.colour);
                    run.clear();
                }
            }
        }
        polyline(w, &run, style.thickness, style.colour);
        w.ops.push(Op::SetLineDashPattern {
            dash: LineDashPattern::solid(),
        });
    }
    for (s, (r, style)) in p.rows.iter().zip(&styles).enumerate() {
        for (i, v) in r.numbers.iter().enumerate() {
            if let Some(v) = v {
                style
                    .marker
                    .draw(w, spot(s, i, *v), style.radius, style.colour);
            }
        }
    }
    w.y = bottom - 18.0;
    w.y -= 6.0;

    let style = Style::new(false, 7.5, INK);
    let line_h = 13.0;
    let mut x = LEFT;
    let item = |w: &mut Writer, x: &mut f32, text: &str, draw: &dyn Fn(&mut Writer, f32, f32)| {
        let tw = w.regular.width(text, style.size);
        if *x + 26.0 + tw > RIGHT {
            w.y -= line_h;
            w.ensure(line_h);
            *x = LEFT;
        }
        let mid = w.y - line_h / 2.0;
        draw(w, *x, mid);
        w.text(*x + 26.0, baseline(w.y, line_h, style.size), text, style);
        *x += 26.0 + tw + 14.0;
    };
    w.ensure(line_h);
    for (r, series) in p.rows.iter().zip(&styles) {
        item(w, &mut x, &r.title, &|w, x, mid| {
            w.ops.push(Op::SetLineDashPattern {
                dash: dash_pattern(series.dash),
            });
            w.line((x, mid), (x + 20.0, mid), series.thickness, series.colour);
            w.ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::solid(),
            });
            series
                .marker
                .draw(w, (x + 10.0, mid), series.radius, series.colour);
        });
    }
    if !targets.is_empty() {
        item(w, &mut x, &l.target, &|w, x, mid| {
            w.ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &[4.0, 3.0]),
            });
            w.line((x, mid), (x + 20.0, mid), 1.0, NAVY);
            w.ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::solid(),
            });
        });
    }
    w.y -= line_h + 4.0;
}

/// A table of criteria over the points under its heading and intro.
fn criteria_table(w: &mut Writer, p: &Progress, rows: &[ChangeRow], heading: &str, intro: &str) {
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
    let keep = w.table_start_height(&columns, &cells);
    w.section(heading, intro, keep);
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
    let keep = w.table_start_height(&columns, &rows);
    w.section(&l.areas_title, "", keep);
    w.table(&columns, &rows);

    for list in &p.lists {
        if list.rows.is_empty() {
            continue;
        }
        criteria_table(&mut w, p, &list.rows, &list.title_with_count, "");
    }

    w.heading(&l.method_title);
    for line in &p.method {
        w.bullet(line, BODY);
    }

    w.new_page();
    criteria_table(&mut w, p, &p.criteria, &l.annex_title, &l.annex_intro);

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

#[cfg(test)]
mod tests {
    use super::*;

    /// Two series on the same points (Governance and Finance both 0 then
    /// 2) are drawn apart, across their common line, so neither hides the
    /// other; a series alone on its points stays where its figures put it.
    #[test]
    fn coinciding_series_are_drawn_apart() {
        let up = vec![Some((100.0, 50.0)), Some((300.0, 150.0))];
        let alone = vec![Some((100.0, 120.0)), Some((300.0, 120.0))];
        let offsets = dodge(&[up.clone(), up, alone]);
        for at_point in &offsets {
            let (a, b) = (at_point[0], at_point[1]);
            let apart = (a.0 - b.0).hypot(a.1 - b.1);
            assert!((apart - DODGE).abs() < 0.01, "{at_point:?}");
            // Across the line (direction 2:1), not along it.
            let along = ((a.0 - b.0) * 2.0 + (a.1 - b.1)) / 5f32.sqrt();
            assert!(along.abs() < 0.01, "{at_point:?}");
            assert_eq!(at_point[2], (0.0, 0.0));
        }
        // The same series at both points is offset to the same side.
        assert_eq!(offsets[0][0], offsets[1][0]);
    }
}
