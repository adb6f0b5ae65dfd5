//! The bar chart of the gap report and of the network report: each area's
//! maturity against its target on a 0-4 axis, with the overall figure and
//! a legend.

use super::font::clamp_lines;
use super::layout::Writer;
use super::theme::*;
use crate::report::gap::GapReport;

/// One bar: label, value, target marker, colour, whether it is the overall.
pub(super) struct Bar<'a> {
    pub(super) title: &'a str,
    pub(super) maturity: Option<f64>,
    pub(super) value: &'a str,
    pub(super) target: Option<u8>,
    pub(super) colour: Colour,
    pub(super) overall: bool,
}

/// A bar chart's texts and bars.
pub(super) struct Bars<'a> {
    pub(super) title: &'a str,
    /// Over the column of figures ("MATURITY").
    pub(super) value_head: String,
    pub(super) bars: Vec<Bar<'a>>,
    /// Met, close, far, overall, target.
    pub(super) legend: &'a [String; 5],
    pub(super) axis: &'a str,
    pub(super) not_scored: &'a str,
}

/// The gap report's chart: its areas and the overall figure.
pub(super) fn chart(w: &mut Writer, m: &GapReport) {
    let mut bars: Vec<Bar> = m
        .areas
        .iter()
        .map(|a| Bar {
            title: &a.title,
            maturity: a.maturity,
            value: &a.maturity_text,
            target: Some(a.target),
            colour: status_colour(a.gap),
            overall: false,
        })
        .collect();
    bars.push(Bar {
        title: &m.labels.overall,
        maturity: m.overall,
        value: &m.overall_text,
        target: None,
        colour: NAVY,
        overall: true,
    });
    draw(
        w,
        &Bars {
            title: &m.labels.chart_title,
            value_head: m.labels.columns[1].to_uppercase(),
            bars,
            legend: &m.labels.legend,
            axis: &m.labels.chart_axis,
            not_scored: &m.labels.not_scored,
        },
    );
}

/// The height of the whole chart: title, bars, axis and a two-line legend.
pub(super) fn height(w: &Writer, chart: &Bars) -> f32 {
    let row_height = |text: &str, overall: bool| {
        let style = Style::new(overall, 8.5, INK);
        let lines = w.wrap(text, style, LABEL_W).len().clamp(1, 3);
        (lines as f32 * style.leading() + 8.0).max(22.0)
    };
    Style::new(true, 9.5, INK).leading()
        + 4.0
        + chart
            .bars
            .iter()
            .map(|b| row_height(b.title, b.overall))
            .sum::<f32>()
        + 6.0
        + 30.0
        + 2.0 * 13.0
}

/// The width of the bars' labels.
const LABEL_W: f32 = 120.0;

/// Horizontal bars: maturity of each area against its target on a 0-4 axis.
pub(super) fn draw(w: &mut Writer, chart: &Bars) {
    let label_w = LABEL_W;
    let plot_x0 = LEFT + label_w + 8.0;
    let plot_x1 = RIGHT - 44.0;
    let x_of = |v: f64| plot_x0 + (v.clamp(0.0, 4.0) as f32) / 4.0 * (plot_x1 - plot_x0);
    let label_style = Style::new(false, 8.5, INK);
    let value_style = Style::new(true, 8.5, INK);
    let bar_h = 11.0;

    let title = Style::new(true, 9.5, INK);
    // The whole chart (title, bars, axis and a two-line legend) stays on one
    // page when it can: a chart cut across a page reads badly.
    let whole = height(w, chart);
    if whole <= TOP - BOTTOM {
        w.ensure(whole);
    }
    w.ensure(title.leading() + 3.0 * 24.0 + 40.0);
    let y = baseline(w.y, title.leading(), title.size);
    w.text(LEFT, y, chart.title, title);
    let value_head = Style::new(true, 7.5, GREY);
    w.text_right(RIGHT, y, &chart.value_head, value_head);
    w.y -= title.leading() + 4.0;

    for Bar {
        title,
        maturity,
        value,
        target,
        colour,
        overall,
    } in &chart.bars
    {
        let (maturity, target, colour, overall) = (*maturity, *target, *colour, *overall);
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
                w.text_right(RIGHT, baseline(mid + 6.0, 12.0, 8.5), value, value_style);
            }
            None => {
                w.text(
                    plot_x0 + 4.0,
                    baseline(mid + 6.0, 12.0, 8.0),
                    chart.not_scored,
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
    let caption = chart.axis;
    let cw = w.regular.width(caption, axis.size);
    w.text((plot_x0 + plot_x1 - cw) / 2.0, w.y - 21.0, caption, axis);
    w.y -= 30.0;

    // Legend, wrapping onto more lines if it must.
    let items: [(&str, Option<Colour>); 5] = [
        (&chart.legend[0], Some(GREEN)),
        (&chart.legend[1], Some(AMBER)),
        (&chart.legend[2], Some(RED)),
        (&chart.legend[3], Some(NAVY)),
        (&chart.legend[4], None),
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
