//! The network view as PDF: spread per area, each member state's scores,
//! and the criteria that need a network-wide look.

use super::layout::{Cell, Column, Writer};
use super::theme::*;
use super::{Info, PdfError, finish, font};
use crate::report::network::{CriteriaList, NetworkReport};

/// Renders the network view of member-state answers as PDF bytes.
pub fn render(n: &NetworkReport) -> Result<Vec<u8>, PdfError> {
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
    let h1 = Style::new(true, 18.0, NAVY);
    for line in w.wrap(&n.title, h1, WIDTH) {
        let y = baseline(w.y, h1.leading(), h1.size);
        w.text(LEFT, y, &line, h1);
        w.y -= h1.leading();
    }
    w.y -= 4.0;
    w.paragraph(LEFT, WIDTH, &n.intro, BODY);

    w.heading(&l.summary);
    let first = 180.0;
    let rest = (WIDTH - first) / 4.0;
    let mut columns = vec![Column {
        title: l.spread_columns[0].clone(),
        width: first,
        right: false,
    }];
    columns.extend(l.spread_columns[1..].iter().map(|t| Column {
        title: t.clone(),
        width: rest,
        right: true,
    }));
    let rows: Vec<Vec<Cell>> = n
        .spreads
        .iter()
        .map(|s| {
            let title_style = if s.overall { CELL_BOLD } else { CELL };
            let [min, median, max, mean] = &s.figures;
            vec![
                vec![(s.title.clone(), title_style)],
                vec![(min.clone(), CELL)],
                vec![(median.clone(), CELL)],
                vec![(max.clone(), CELL)],
                vec![(mean.clone(), CELL_BOLD)],
            ]
        })
        .collect();
    w.table(&columns, &rows);

    // One row per member state, one column per area: fits any number of countries.
    w.heading(&l.member_states);
    // Each number column is as wide as its heading needs (headings do not
    // break inside a word); the country column takes the rest.
    let fit =
        |w: &Writer, title: &str| (w.bold.width(title, HEADER.size) + 2.0 * PAD_X + 3.0).max(36.0);
    let mut columns = vec![Column {
        title: l.country_columns[0].clone(),
        width: 0.0,
        right: false,
    }];
    let titles = n
        .area_titles
        .iter()
        .cloned()
        .chain([l.country_columns[2].clone(), l.country_columns[3].clone()]);
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
    let rows: Vec<Vec<Cell>> = n
        .countries
        .iter()
        .map(|c| {
            let mut row = vec![vec![
                (c.label.clone(), CELL_BOLD),
                (c.file_name.clone(), CELL_SMALL),
            ]];
            row.extend(c.areas.iter().map(|m| vec![(m.clone(), CELL)]));
            row.push(vec![(c.overall.clone(), CELL_BOLD)]);
            row.push(vec![(c.answered.clone(), CELL)]);
            row
        })
        .collect();
    w.table(&columns, &rows);

    for list in [&n.disagreements, &n.below_target] {
        criteria_table(&mut w, n, list);
    }
    if !n.findings.is_empty() {
        w.heading(&l.findings);
        for area in &n.findings {
            w.subheading(&area.area, "");
            for (country, lines) in &area.countries {
                let title = Style::new(true, 9.5, NAVY);
                w.ensure(title.leading() + BODY.leading() * 2.0);
                let y = baseline(w.y, title.leading(), title.size);
                w.text(LEFT, y, country, title);
                w.y -= title.leading();
                for (label, text) in lines {
                    w.labelled(label, text, 96.0);
                }
                w.y -= 4.0;
            }
        }
    }

    let mut pages = std::mem::take(&mut w.pages);
    pages.push(std::mem::take(&mut w.ops));
    let info = Info {
        title: n.title.clone(),
        subject: format!("{} {}", n.data.guideline, n.data.guideline_version),
        author: n.network.clone(),
        creator: n.generator.clone(),
        seed: format!("{n:?}"),
    };
    finish(pages, (regular, bold), &l.page, &n.footer, info)
}

fn criteria_table(w: &mut Writer, n: &NetworkReport, list: &CriteriaList) {
    let l = &n.labels;
    w.heading(&list.title);
    w.paragraph(LEFT, WIDTH, &list.intro, BODY);
    w.y -= 6.0;
    if list.rows.is_empty() {
        w.paragraph(LEFT, WIDTH, &l.none, BODY);
        return;
    }
    let columns = [
        Column {
            title: l.criterion.clone(),
            width: 190.0,
            right: false,
        },
        Column {
            title: list.value_heading.clone(),
            width: 62.0,
            right: true,
        },
        Column {
            title: l.answers.clone(),
            width: WIDTH - 252.0,
            right: false,
        },
    ];
    let rows: Vec<Vec<Cell>> = list
        .rows
        .iter()
        .map(|r| {
            vec![
                vec![(r.title.clone(), CELL_BOLD), (r.id.clone(), CELL_SMALL)],
                vec![(r.value.clone(), CELL)],
                vec![(r.by_country.clone(), CELL)],
            ]
        })
        .collect();
    w.table(&columns, &rows);
    if let Some(more) = &list.more {
        w.y -= 4.0;
        w.paragraph(LEFT, WIDTH, more, SMALL);
    }
}
