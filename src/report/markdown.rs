//! The gap report as Markdown (GitHub-flavoured: tables, no raw HTML except
//! the `<br>` that keeps a multi-line note inside its table cell or list item).

use std::fmt::Write as _;

use super::{ReportModel, figure};

/// Escapes user or criteria text for inline Markdown: nothing in it can open
/// a table cell, a link, emphasis, code or an HTML tag, and line breaks stay
/// inside the element as `<br>`.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let lines: Vec<&str> = text.trim().lines().map(str::trim_end).collect();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        for c in line.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' => {
                    out.push('\\');
                    out.push(c);
                }
                c if c.is_control() => out.push(' '),
                c => out.push(c),
            }
        }
    }
    out
}

/// An id as inline code; backticks, pipes and line breaks in it cannot end
/// the code span or the table cell.
pub fn code(id: &str) -> String {
    let clean: String = id
        .chars()
        .map(|c| match c {
            '`' => '\'',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    format!("`{}`", clean.replace('|', "\\|"))
}

/// A link target: spaces and brackets percent-encoded so it cannot end the link.
fn url(u: &str) -> String {
    u.chars()
        .map(|c| match c {
            ' ' => "%20".to_string(),
            '(' => "%28".to_string(),
            ')' => "%29".to_string(),
            '<' => "%3C".to_string(),
            '>' => "%3E".to_string(),
            c if c.is_control() => String::new(),
            c => c.to_string(),
        })
        .collect()
}

/// Text bar for a 0-4 value, 16 cells of 0.25: filled up to the value,
/// light up to the target, dotted beyond.
pub fn bar(value: f64, target: u8) -> String {
    let filled = (value * 4.0).round().clamp(0.0, 16.0) as usize;
    let target_cells = (target as usize * 4).min(16);
    (0..16)
        .map(|i| {
            if i < filled {
                '█'
            } else if i < target_cells {
                '░'
            } else {
                '·'
            }
        })
        .collect()
}

/// Renders the report.
pub fn render(m: &ReportModel) -> String {
    let mut o = String::new();
    let network = if m.network.is_empty() {
        "Unnamed network".to_string()
    } else {
        inline(&m.network)
    };
    let _ = writeln!(o, "# Gap report: {network}\n");
    let _ = writeln!(o, "| | |\n|---|---|");
    if !m.region.is_empty() {
        let _ = writeln!(o, "| Region | {} |", inline(&m.region));
    }
    let _ = writeln!(
        o,
        "| Guideline | {} (`{}` {}) |",
        inline(&m.guideline_title),
        m.guideline_id,
        inline(&m.guideline_version)
    );
    if let Some(v) = &m.answered_version {
        let _ = writeln!(
            o,
            "| Answered against | version {} (scored against {}) |",
            inline(v),
            inline(&m.guideline_version)
        );
    }
    if !m.date.is_empty() {
        let _ = writeln!(o, "| Date | {} |", inline(&m.date));
    }
    if !m.respondent.is_empty() {
        let _ = writeln!(o, "| Respondent | {} |", inline(&m.respondent));
    }
    let _ = writeln!(o, "| Coverage | {} |", m.coverage);
    let _ = writeln!(
        o,
        "| Overall maturity | **{} / 4** ({}) |\n",
        figure(m.overall),
        inline(&m.overall_label)
    );

    let _ = writeln!(o, "## Summary by area\n");
    let _ = writeln!(
        o,
        "| Area | Maturity | Level | Target | Gap | Answered | Chart (0-4) |"
    );
    let _ = writeln!(o, "|---|---:|---|---:|---:|---:|---|");
    for a in &m.areas {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {}/{} | {} |",
            inline(&a.title),
            figure(a.maturity),
            inline(&a.label),
            a.target,
            figure(a.gap),
            a.answered,
            a.total,
            a.maturity
                .map_or_else(String::new, |m| format!("`{}`", bar(m, a.target)))
        );
    }
    let _ = writeln!(
        o,
        "| **Overall** | **{}** | {} | | | | |\n",
        figure(m.overall),
        inline(&m.overall_label)
    );
    let _ = writeln!(
        o,
        "Chart: `█` the maturity reached, `░` the distance to the target, one cell per quarter level.\n"
    );

    let _ = writeln!(o, "## Action plan\n");
    if m.actions.is_empty() {
        let _ = writeln!(o, "No answered criterion is below its target.\n");
    } else {
        let _ = writeln!(
            o,
            "Criteria below target, highest priority first (priority = gap x criterion weight x area weight).\n"
        );
        for a in &m.actions {
            let _ = writeln!(
                o,
                "{}. **{}** ({}, `{}`): level {} {} → target {}, priority {:.1}  ",
                a.rank,
                inline(&a.criterion),
                inline(&a.area),
                a.criterion_id,
                a.level,
                inline(&a.level_label),
                a.target,
                a.priority
            );
            let _ = write!(o, "   Next step: {}", inline(&a.next_step));
            if !a.references.is_empty() {
                let refs: Vec<String> = a
                    .references
                    .iter()
                    .map(|(title, link)| match link {
                        Some(l) => format!("[{}]({})", inline(title), url(l)),
                        None => inline(title),
                    })
                    .collect();
                let _ = write!(o, "  \n   See: {}", refs.join("; "));
            }
            let _ = writeln!(o);
        }
        let _ = writeln!(o);
    }

    let _ = writeln!(o, "## Answers\n");
    for section in &m.answers {
        let _ = writeln!(o, "### {}\n", inline(&section.area));
        for r in &section.rows {
            let _ = writeln!(o, "#### {} (`{}`)\n", inline(&r.title), r.criterion_id);
            let _ = writeln!(o, "{}\n", inline(&r.question));
            let detail = if r.detail.is_empty() {
                String::new()
            } else {
                format!(": {}", inline(&r.detail))
            };
            let _ = writeln!(o, "- Answer: **{}**{}", inline(&r.response), detail);
            if !r.note.is_empty() {
                let _ = writeln!(o, "- Note: {}", inline(&r.note));
            }
            if !r.evidence.is_empty() {
                let items: Vec<String> = r.evidence.iter().map(|e| inline(e)).collect();
                let _ = writeln!(o, "- Evidence: {}", items.join("; "));
            }
            let _ = writeln!(o);
        }
    }

    if !m.unknown_answers.is_empty() {
        let _ = writeln!(o, "## Answers kept but not scored\n");
        let _ = writeln!(
            o,
            "These criteria are not in `{}` {}; their answers stay in the file.\n",
            m.guideline_id,
            inline(&m.guideline_version)
        );
        let _ = writeln!(o, "| Criterion | Answer | Note |\n|---|---|---|");
        for (id, response, note) in &m.unknown_answers {
            let _ = writeln!(
                o,
                "| {} | {} | {} |",
                code(id),
                inline(response),
                inline(note)
            );
        }
        let _ = writeln!(o);
    }

    let _ = writeln!(o, "## How the scores are computed\n");
    let _ = writeln!(
        o,
        "- Each criterion is answered with a level from 0 (Absent) to 4 (Advanced), or N/A with a reason."
    );
    let _ = writeln!(
        o,
        "- Area maturity is the weighted mean of the levels of its answered criteria; N/A and unanswered criteria are left out, and coverage shows how many were answered."
    );
    let _ = writeln!(
        o,
        "- Overall maturity is the weighted mean of the area maturities."
    );
    let _ = writeln!(
        o,
        "- A criterion below its area's target has a gap (target - level); its priority is gap x criterion weight x area weight, and the next step shown is the one for its current level.\n"
    );
    let _ = writeln!(o, "---\n");
    let _ = writeln!(
        o,
        "{}. Generated by {} from guideline `{}` {}, answers sha256 `{}`.",
        inline(&m.source),
        m.generator,
        m.guideline_id,
        inline(&m.guideline_version),
        m.answers_hash
    );
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_break_structure() {
        assert_eq!(inline("a | b"), "a \\| b");
        assert_eq!(
            inline("<script>x</script>"),
            "&lt;script&gt;x&lt;/script&gt;"
        );
        assert_eq!(inline("[x](javascript:y)"), "\\[x\\](javascript:y)");
        assert_eq!(inline("line 1\nline 2\r\n"), "line 1<br>line 2");
        assert_eq!(inline("**bold** `code`"), "\\*\\*bold\\*\\* \\`code\\`");
        assert_eq!(inline("# heading"), "\\# heading");
    }

    #[test]
    fn bar_fills_to_value_and_marks_target() {
        assert_eq!(bar(2.0, 3), "████████░░░░····");
        assert_eq!(bar(4.0, 3), "████████████████");
        assert_eq!(bar(0.0, 0), "················");
    }
}
