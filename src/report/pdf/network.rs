//! The network report as PDF, in the order of the Markdown report: title
//! band and facts, the network's maturity by area (bars), the member states
//! by area (heat map), the spread per area (chart), the lists of criteria,
//! the findings, the method, and the annexes (every member-scope criterion,
//! the files).

use super::chart::{self, Bar, Bars};
use super::font::clamp_lines;
use super::layout::{Cell, Column, Writer};
use super::theme::*;
use super::{Info, PdfError, finish, font, heat};
use crate::report::network::{CriteriaList, NetworkReport};

fn title_block(w: &mut Writer, n: &NetworkReport) {
    let l = &n.labels;
    let name_style = Style::new(true, 21.0, WHITE);
    let sub_style = Style::new(false, 10.5, BAND_SUB);
    let kicker = Style::new(true, 8.0, BAND_SUB);
    let name = clamp_lines(
        w.bold,
        w.wrap(&n.network, name_style, WIDTH),
        4,
        name_style.size,
        WIDTH,
    );
    let (_, guideline) = &n.facts[1];
    let sub = clamp_lines(
        w.regular,
        w.wrap(guideline, sub_style, WIDTH),
        3,
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
        &l.kicker,
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
    let labels: Vec<&str> = n.facts.iter().map(|(l, _)| l.as_str()).collect();
    let label_width = w.label_width(&labels, 110.0);
    // The band shows the network and the guideline; the rest follows.
    for (label, value) in n.facts.iter().skip(2) {
        w.labelled(label, value, label_width);
    }
    for p in &n.provisional {
        w.y -= 4.0;
        w.paragraph(LEFT, WIDTH, p, Style::new(true, 9.5, NAVY));
    }
    w.y -= 4.0;
    w.paragraph(LEFT, WIDTH, &n.method_note, Style::new(false, 8.5, GREY));
    for line in n.carried.iter().chain(&n.left_out) {
        w.y -= 2.0;
        w.paragraph(LEFT, WIDTH, line, Style::new(false, 8.5, GREY));
    }
}

fn maturity_chart(w: &mut Writer, n: &NetworkReport) {
    let l = &n.labels;
    let bars = n
        .maturity
        .iter()
        .map(|r| Bar {
            title: &r.title,
            maturity: r.maturity.value,
            value: &r.maturity.text,
            target: r.target_value,
            colour: if r.overall {
                NAVY
            } else {
                status_colour(r.gap.value)
            },
            overall: r.overall,
        })
        .collect();
    let bars = Bars {
        title: "",
        value_head: l.maturity_columns[1].to_uppercase(),
        bars,
        legend: &l.bar_legend,
        axis: &l.chart_axis,
        not_scored: &l.not_scored,
    };
    let keep = chart::height(w, &bars);
    w.section(&l.maturity_title, &l.maturity_intro, keep);
    chart::draw(w, &bars);
}

/// A list of criteria as a table: criterion (title and id), the list's
/// values, the member states' levels. `all` draws every row (an annex).
fn criteria_table(w: &mut Writer, list: &CriteriaList, all: bool) {
    if list.rows.is_empty() {
        let keep = w.wrap(&list.empty, BODY, WIDTH).len() as f32 * BODY.leading();
        w.section(&list.title, &list.intro, keep);
        w.paragraph(LEFT, WIDTH, &list.empty, BODY);
        return;
    }
    let with_states = list.rows.iter().any(|r| !r.by_country.is_empty());
    let values = list.columns.len() - 1 - usize::from(with_states);
    // Narrow figure columns (a heading wider than its column widens it, at
    // the cost of the widest column), so the member states' levels have room.
    // A figure column wider than this is widened by its heading, which
    // takes at most two lines.
    let value_w = match values {
        0..=2 => 48.0,
        3 => 36.0,
        _ => 30.0,
    };
    let criterion_w = if with_states {
        // The annex's five figures leave the states the least room.
        match values {
            0..=2 => 150.0,
            3 => 130.0,
            _ => 124.0,
        }
    } else {
        WIDTH - values as f32 * value_w
    };
    let mut columns = vec![Column {
        title: list.columns[0].clone(),
        width: criterion_w,
        right: false,
    }];
    columns.extend(list.columns[1..=values].iter().map(|t| Column {
        title: t.clone(),
        width: value_w,
        right: true,
    }));
    if with_states {
        columns.push(Column {
            title: list.columns[values + 1].clone(),
            width: WIDTH - criterion_w - values as f32 * value_w,
            right: false,
        });
    }
    let shown = if all { list.rows.len() } else { list.shown };
    let rows: Vec<Vec<Cell>> = list
        .rows
        .iter()
        .take(shown)
        .map(|r| {
            let mut row = vec![vec![
                (r.title.clone(), CELL_BOLD),
                (r.id.clone(), CELL_SMALL),
            ]];
            row.extend(r.values.iter().map(|v| vec![(v.clone(), CELL)]));
            if with_states {
                row.push(vec![(r.by_country.clone(), CELL_SMALL)]);
            }
            row
        })
        .collect();
    // The heading stays with its text and the table's header and first row.
    let keep = w.table_start_height(&columns, &rows);
    w.section(&list.title, &list.intro, keep);
    w.table(&columns, &rows);
    if !all && let Some(more) = &list.more {
        w.y -= 4.0;
        w.paragraph(LEFT, WIDTH, more, SMALL);
    }
}

/// Renders the network report as PDF bytes.
pub(crate) fn render(n: &NetworkReport) -> Result<Vec<u8>, PdfError> {
    let (regular, bold) = font::faces()?;
    let l = &n.labels;
    let mut w = Writer {
        regular: &regular,
        bold: &bold,
        pages: Vec::new(),
        ops: Vec::new(),
        y: TOP,
        running_head: n.title.clone(),
    };
    title_block(&mut w, n);
    maturity_chart(&mut w, n);

    heat::heat_map(&mut w, n);

    let keep = heat::spread_height(n);
    w.section(&l.spread_title, &l.spread_intro, keep);
    heat::spread(&mut w, n);

    for list in [&n.differences, &n.disagreements, &n.below_target, &n.body] {
        criteria_table(&mut w, list, false);
    }

    if !n.findings.is_empty() {
        w.heading(&l.findings);
        let parts: Vec<&str> = n
            .findings
            .iter()
            .flat_map(|a| a.countries.iter())
            .flat_map(|(_, lines)| lines.iter().map(|(label, _)| label.as_str()))
            .collect();
        let label_width = w.label_width(&parts, 96.0);
        for area in &n.findings {
            w.subheading(&area.area, "");
            for (country, lines) in &area.countries {
                let title = Style::new(true, 9.5, NAVY);
                w.ensure(title.leading() + BODY.leading() * 2.0);
                let y = baseline(w.y, title.leading(), title.size);
                w.text(LEFT, y, country, title);
                w.y -= title.leading();
                for (label, text) in lines {
                    w.labelled(label, text, label_width);
                }
                w.y -= 4.0;
            }
        }
    }

    w.heading(&l.method_title);
    for line in &n.method {
        w.bullet(line, BODY);
    }

    // The annexes start on a page of their own.
    w.new_page();
    criteria_table(&mut w, &n.annex_criteria, true);
    let widths = [110.0, WIDTH - 110.0 - 90.0 - 64.0 - 52.0, 90.0, 64.0, 52.0];
    let columns: Vec<Column> = n
        .file_columns
        .iter()
        .zip(widths)
        .enumerate()
        .map(|(i, (title, width))| Column {
            title: title.clone(),
            width,
            right: i == 4,
        })
        .collect();
    let rows: Vec<Vec<Cell>> = n
        .files
        .iter()
        .map(|f| {
            f.iter()
                .enumerate()
                .map(|(i, c)| {
                    let style = match i {
                        0 => CELL_BOLD,
                        1 => CELL_SMALL,
                        _ => CELL,
                    };
                    vec![(c.clone(), style)]
                })
                .collect()
        })
        .collect();
    let keep = w.table_start_height(&columns, &rows);
    w.section(&n.annex_files_title, &n.annex_files_intro, keep);
    w.table(&columns, &rows);

    if !n.na_reasons.is_empty() {
        let widths = [190.0, 110.0, WIDTH - 300.0];
        let columns: Vec<Column> = n
            .na_columns
            .iter()
            .zip(widths)
            .map(|(title, width)| Column {
                title: title.clone(),
                width,
                right: false,
            })
            .collect();
        let rows: Vec<Vec<Cell>> = n
            .na_reasons
            .iter()
            .map(|r| {
                vec![
                    vec![(r[0].clone(), CELL_BOLD)],
                    vec![(r[1].clone(), CELL)],
                    vec![(r[2].clone(), CELL)],
                ]
            })
            .collect();
        let keep = w.table_start_height(&columns, &rows);
        w.section(&n.annex_na_title, &n.annex_na_intro, keep);
        w.table(&columns, &rows);
    }

    let mut pages = std::mem::take(&mut w.pages);
    pages.push(std::mem::take(&mut w.ops));
    let info = Info {
        title: n.title.clone(),
        subject: n.facts[1].1.clone(),
        author: n.network.clone(),
        creator: n.generator.clone(),
        seed: format!("{n:?}"),
        lang: n.lang,
        date: n.document_date,
    };
    finish(pages, (regular, bold), &l.page, &n.footer, info)
}
