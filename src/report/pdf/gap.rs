//! The gap report as PDF, in the order of the Markdown report: title band,
//! key figures and chart, summary, action plan, answers, method.

use super::font::{clamp_lines, ellipsize};
use super::layout::{Cell, Column, Writer};
use super::theme::*;
use super::{Info, PdfError, chart, finish, font};
use crate::report::gap::GapReport;

fn title_block(w: &mut Writer, m: &GapReport) {
    let l = &m.labels;
    let network = m.network.as_str();
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
    w.text(LEFT, y, &l.kicker, kicker);
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

    let label_width = w.label_width(
        &[
            &l.network,
            &l.region,
            &l.guideline,
            &l.answered_against,
            &l.date,
            &l.respondent,
            &l.coverage,
            &l.overall_maturity,
        ],
        96.0,
    );
    if name_cut {
        w.labelled(&l.network, network, label_width);
    }
    if !m.region.is_empty() {
        w.labelled(&l.region, &m.region, label_width);
    }
    w.labelled(&l.guideline, &m.guideline, label_width);
    if let Some(v) = &m.answered_version {
        w.labelled(&l.answered_against, v, label_width);
    }
    if !m.date.is_empty() {
        w.labelled(&l.date, &m.date, label_width);
    }
    if !m.respondent.is_empty() {
        w.labelled(&l.respondent, &m.respondent, label_width);
    }
    w.labelled(&l.coverage, &m.coverage, label_width);
    w.labelled(&l.overall_maturity, &m.overall_line, label_width);
    if let Some(p) = &m.provisional {
        w.y -= 4.0;
        w.paragraph(LEFT, WIDTH, p, Style::new(true, 9.5, NAVY));
    }
    if !m.participants.is_empty() {
        w.y -= 8.0;
        let title = Style::new(true, 9.5, INK);
        // Each column as wide as its longest entry would like, in
        // proportion when they do not all fit on one line.
        let natural: Vec<f32> = (0..3)
            .map(|i| {
                m.participants
                    .iter()
                    .map(|p| w.regular.width(&w.regular.clean(&p[i]), CELL.size))
                    .chain([w.bold.width(&l.participant_columns[i], HEADER.size)])
                    .fold(0.0, f32::max)
                    + 2.0 * PAD_X
                    + 2.0
            })
            .collect();
        let total: f32 = natural.iter().sum();
        let widths: Vec<f32> = natural.iter().map(|n| n / total * WIDTH).collect();
        let (columns, rows) = text_table(&l.participant_columns, widths, &m.participants);
        // The title stays with the table's header and first row.
        w.ensure(title.leading() + 2.0 + w.table_start_height(&columns, &rows));
        let y = baseline(w.y, title.leading(), title.size);
        w.text(LEFT, y, &l.participants, title);
        w.y -= title.leading() + 2.0;
        w.table(&columns, &rows);
    }
}

/// Key figures in four cards across the page, under `heading`.
fn key_figures(w: &mut Writer, m: &GapReport, heading: &str) {
    let cards: Vec<(String, String)> = m
        .cards
        .iter()
        .map(|c| (c.value.clone(), c.caption.clone()))
        .collect();
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
    w.section(heading, "", height + 4.0);
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

fn summary_table(w: &mut Writer, m: &GapReport, heading: &str) {
    let l = &m.labels;
    let columns = [
        Column {
            title: l.columns[0].clone(),
            width: WIDTH - 340.0,
            right: false,
        },
        Column {
            title: l.columns[1].clone(),
            width: 60.0,
            right: true,
        },
        Column {
            title: l.columns[2].clone(),
            width: 100.0,
            right: false,
        },
        Column {
            title: l.columns[3].clone(),
            width: 55.0,
            right: true,
        },
        Column {
            title: l.columns[4].clone(),
            width: 55.0,
            right: true,
        },
        Column {
            title: l.columns[5].clone(),
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
                vec![(a.maturity_text.clone(), CELL_BOLD)],
                vec![(a.label.clone(), CELL)],
                vec![(a.target.to_string(), CELL)],
                vec![(a.gap_text.clone(), CELL)],
                vec![(a.answered_text.clone(), CELL)],
            ]
        })
        .collect();
    rows.push(vec![
        vec![(l.overall.clone(), CELL_BOLD)],
        vec![(m.overall_text.clone(), CELL_BOLD)],
        vec![(m.overall_label.clone(), CELL_BOLD)],
        vec![],
        vec![],
        vec![],
    ]);
    let keep = w.table_start_height(&columns, &rows);
    w.section(heading, "", keep);
    w.table(&columns, &rows);
}

fn action_plan(w: &mut Writer, m: &GapReport) {
    let l = &m.labels;
    if m.actions.is_empty() {
        let keep = w.wrap(&l.no_actions, BODY, WIDTH).len() as f32 * BODY.leading();
        w.section(&l.action_plan, "", keep);
        w.paragraph(LEFT, WIDTH, &l.no_actions, BODY);
        return;
    }
    // The level column is as wide as its longest word (French
    // "développement"), so that no level breaks inside a word; the next
    // step gives up the room.
    let face = w.face(CELL);
    let longest = m
        .actions
        .iter()
        .flat_map(|a| a.level_text.split_whitespace())
        .map(|word| face.width(&face.clean(word), CELL.size))
        .fold(0.0_f32, f32::max);
    let level_width = (longest + 2.0 * PAD_X + 1.0).max(70.0);
    let columns = [
        Column {
            title: "#".to_string(),
            width: 24.0,
            right: true,
        },
        Column {
            title: l.kept_columns[0].clone(),
            width: 112.0,
            right: false,
        },
        Column {
            title: l.current_level.clone(),
            width: level_width,
            right: false,
        },
        Column {
            title: l.columns[3].clone(),
            width: 40.0,
            right: true,
        },
        Column {
            title: l.priority.clone(),
            width: 44.0,
            right: true,
        },
        Column {
            title: l.next_step.clone(),
            width: WIDTH - 220.0 - level_width,
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
                    format!("{}{}{}", l.see, l.separator, titles.join("; ")),
                    CELL_SMALL,
                ));
            }
            vec![
                vec![(a.rank.to_string(), CELL)],
                vec![
                    (a.criterion.clone(), CELL_BOLD),
                    (format!("{} · {}", a.area, a.criterion_id), CELL_SMALL),
                ],
                vec![(a.level_text.clone(), CELL)],
                vec![(a.target.to_string(), CELL)],
                vec![(a.priority_text.clone(), CELL_BOLD)],
                next,
            ]
        })
        .collect();
    let keep = w.table_start_height(&columns, &rows);
    w.section(&l.action_plan, &l.action_plan_intro, keep);
    w.table(&columns, &rows);
    if !links.is_empty() {
        w.y -= 10.0;
        let title = Style::new(true, 9.0, INK);
        w.ensure(title.leading() * 2.0);
        let y = baseline(w.y, title.leading(), title.size);
        w.text(LEFT, y, &l.references, title);
        w.y -= title.leading() + 2.0;
        for (title, link) in links {
            w.bullet(&format!("{title}: {link}"), CELL);
        }
    }
}

fn answers(w: &mut Writer, m: &GapReport) {
    let l = &m.labels;
    // The room's proposals widen the labels only in a report that has some,
    // so that a report without a workshop is laid out as it always was.
    let mut labels = vec![l.answer.as_str(), &l.note, &l.evidence];
    let has_proposals = m
        .answers
        .iter()
        .any(|section| section.rows.iter().any(|r| !r.proposals.is_empty()));
    if has_proposals {
        labels.push(&l.proposals);
    }
    let label_width = w.label_width(&labels, 62.0);
    for section in &m.answers {
        w.subheading(&section.area, &section.status);
        if !section.findings.is_empty() {
            let title = Style::new(true, 9.5, NAVY);
            w.ensure(title.leading() + BODY.leading() * 2.0);
            let y = baseline(w.y, title.leading(), title.size);
            w.text(LEFT, y, &l.findings, title);
            w.y -= title.leading();
            let labels: Vec<&str> = section.findings.iter().map(|(l, _)| l.as_str()).collect();
            let findings_width = w.label_width(&labels, 96.0);
            for (label, text) in &section.findings {
                w.labelled(label, text, findings_width);
            }
            w.y -= 6.0;
            w.line((LEFT, w.y), (RIGHT, w.y), 0.4, RULE);
            w.y -= 6.0;
        }
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
            if let Some(d) = &r.derived_from {
                w.paragraph(LEFT, WIDTH, d, SMALL);
            }
            w.paragraph(LEFT, WIDTH, &r.question, QUESTION);
            w.y -= 3.0;
            let answer = if r.detail.is_empty() {
                r.response.clone()
            } else {
                format!("{}{}{}", r.response, l.separator, r.detail)
            };
            w.labelled(&l.answer, &answer, label_width);
            if !r.note.is_empty() {
                w.labelled(&l.note, &r.note, label_width);
            }
            if !r.evidence.is_empty() {
                let items: Vec<String> = r
                    .evidence
                    .iter()
                    .map(|e| format!("• {}", e.trim()))
                    .collect();
                w.labelled(&l.evidence, &items.join("\n"), label_width);
            }
            if !r.proposals.is_empty() {
                w.labelled(&l.proposals, &r.proposals, label_width);
            }
        }
        w.y -= 8.0;
    }
}

fn unknown_answers(w: &mut Writer, m: &GapReport) {
    let l = &m.labels;
    let columns = [
        Column {
            title: l.kept_columns[0].clone(),
            width: 160.0,
            right: false,
        },
        Column {
            title: l.kept_columns[1].clone(),
            width: 90.0,
            right: false,
        },
        Column {
            title: l.kept_columns[2].clone(),
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
    let keep = w.table_start_height(&columns, &rows);
    w.section(&l.kept_title, &l.kept_intro, keep);
    w.table(&columns, &rows);
}

/// Where the workshop room was split, with what it proposed and agreed.
fn split(w: &mut Writer, m: &GapReport) {
    let l = &m.labels;
    let widths = [190.0, WIDTH - 300.0, 110.0];
    let (columns, rows) = text_table(&l.split_columns, widths, &m.split);
    let keep = w.table_start_height(&columns, &rows);
    w.section(&l.split_title, &l.split_intro, keep);
    w.table(&columns, &rows);
}

/// The columns and rows of a table of plain text cells, left-aligned,
/// under `titles`.
fn text_table(
    titles: &[String],
    widths: impl IntoIterator<Item = f32>,
    rows: &[[String; 3]],
) -> (Vec<Column>, Vec<Vec<Cell>>) {
    let columns: Vec<Column> = titles
        .iter()
        .zip(widths)
        .map(|(title, width)| Column {
            title: title.clone(),
            width,
            right: false,
        })
        .collect();
    let rows: Vec<Vec<Cell>> = rows
        .iter()
        .map(|row| row.iter().map(|c| vec![(c.clone(), CELL)]).collect())
        .collect();
    (columns, rows)
}

fn carried(w: &mut Writer, m: &GapReport) {
    let l = &m.labels;
    let columns = [
        Column {
            title: l.carried_columns[0].clone(),
            width: 200.0,
            right: false,
        },
        Column {
            title: l.carried_columns[1].clone(),
            width: WIDTH - 200.0,
            right: false,
        },
    ];
    let rows: Vec<Vec<Cell>> = m
        .carried
        .iter()
        .map(|(old, title, new)| {
            vec![
                vec![(old.clone(), CELL)],
                vec![(format!("{title} ({new})"), CELL)],
            ]
        })
        .collect();
    let keep = w.table_start_height(&columns, &rows);
    w.section(&l.carried_title, &l.carried_intro, keep);
    w.table(&columns, &rows);
}

fn method(w: &mut Writer, m: &GapReport) {
    let l = &m.labels;
    w.heading(&l.method_title);
    for text in &l.method {
        w.bullet(text, BODY);
    }
    w.y -= 10.0;
    if !m.source.trim().is_empty() {
        w.paragraph(LEFT, WIDTH, &m.source, SMALL);
    }
    w.paragraph(LEFT, WIDTH, &m.generated, SMALL);
}

/// Renders the gap report as PDF bytes.
pub(crate) fn render(m: &GapReport) -> Result<Vec<u8>, PdfError> {
    let (regular, bold) = font::faces()?;
    let l = &m.labels;
    let mut w = Writer {
        regular: &regular,
        bold: &bold,
        pages: Vec::new(),
        ops: Vec::new(),
        y: TOP,
        running_head: format!("{}  ·  {}  ·  {}", l.report_name, m.network, m.date),
    };
    title_block(&mut w, m);
    key_figures(&mut w, m, &l.executive_summary);
    chart::chart(&mut w, m);
    summary_table(&mut w, m, &l.summary);
    action_plan(&mut w, m);
    if !m.split.is_empty() {
        split(&mut w, m);
    }
    w.heading(&l.answers);
    answers(&mut w, m);
    if !m.carried.is_empty() {
        carried(&mut w, m);
    }
    if !m.unknown_answers.is_empty() {
        unknown_answers(&mut w, m);
    }
    method(&mut w, m);

    let mut pages = std::mem::take(&mut w.pages);
    pages.push(std::mem::take(&mut w.ops));
    let info = Info {
        title: m.title.clone(),
        subject: m.guideline.clone(),
        author: m.respondent.clone(),
        creator: m.generator.clone(),
        // The file identifier is a hash of the view: same input, same bytes.
        seed: format!("{m:?}"),
        lang: m.lang,
        date: m.document_date,
    };
    finish(pages, (regular, bold), &l.page, &m.footer, info)
}
