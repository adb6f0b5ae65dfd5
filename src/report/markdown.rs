//! The gap report as Markdown (GitHub-flavoured: tables, no raw HTML except
//! the `<br>` that keeps a multi-line note inside its table cell or list item).

use std::fmt::Write as _;

use super::{ReportModel, figure};

/// Escapes user or criteria text for inline Markdown: nothing in it can open
/// a table cell, a link, an image, emphasis, code or an HTML tag, and line
/// breaks stay inside the element as `<br>`.
///
/// GitHub-flavoured renderers also turn bare URLs, `www.` names and e-mail
/// addresses into links (autolinks), after escapes are resolved. So the `:`
/// of `scheme://` and of `mailto:`/`xmpp:` is escaped, as is the dot after
/// `www`, and an invisible word joiner (U+2060) follows an `@` that starts a
/// domain: the text reads the same and never becomes a link.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let lines: Vec<&str> = text.trim().lines().map(str::trim_end).collect();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        let chars: Vec<char> = line.chars().collect();
        for (j, &c) in chars.iter().enumerate() {
            let before: String = chars[..j]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after = |s: &str| chars[j + 1..].iter().take(s.len()).collect::<String>() == s;
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' => {
                    out.push('\\');
                    out.push(c);
                }
                ':' if after("//")
                    || before.eq_ignore_ascii_case("mailto")
                    || before.eq_ignore_ascii_case("xmpp") =>
                {
                    out.push_str("\\:");
                }
                // `before` is the whole run of letters before the dot, so
                // this is a word `www` on its own.
                '.' if before.eq_ignore_ascii_case("www") => {
                    out.push_str("\\.");
                }
                '@' => {
                    out.push('@');
                    if chars.get(j + 1).is_some_and(|n| n.is_alphanumeric()) {
                        out.push('\u{2060}');
                    }
                }
                c if crate::escape::is_control(c) => {
                    out.push_str(&crate::escape::controls(&c.to_string()))
                }
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
    let ui = m.ui;
    let mut o = String::new();
    let network = if m.network.is_empty() {
        ui.unnamed_network.to_string()
    } else {
        inline(&m.network)
    };
    let _ = writeln!(o, "# {}\n", (ui.report_title)(&network));
    let _ = writeln!(o, "| | |\n|---|---|");
    if !m.region.is_empty() {
        let _ = writeln!(o, "| {} | {} |", ui.region, inline(&m.region));
    }
    let _ = writeln!(
        o,
        "| {} | {} (`{}` {}) |",
        ui.guideline,
        inline(&m.guideline_title),
        m.guideline_id,
        inline(&m.guideline_version)
    );
    if let Some(v) = &m.answered_version {
        let _ = writeln!(
            o,
            "| {} | {} |",
            ui.answered_against,
            (ui.answered_version)(&inline(v), &inline(&m.guideline_version))
        );
    }
    if !m.date.is_empty() {
        let _ = writeln!(o, "| {} | {} |", ui.date, inline(&m.date));
    }
    if !m.respondent.is_empty() {
        let _ = writeln!(o, "| {} | {} |", ui.respondent, inline(&m.respondent));
    }
    let _ = writeln!(o, "| {} | {} |", ui.coverage, m.coverage);
    let _ = writeln!(
        o,
        "| {} | **{} / 4** ({}) |\n",
        ui.overall_maturity,
        figure(m.overall),
        inline(&m.overall_label)
    );

    let _ = writeln!(o, "## {}\n", ui.summary);
    let _ = writeln!(o, "| {} |", ui.columns.join(" | "));
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
        "| **{}** | **{}** | {} | | | | |\n",
        ui.overall,
        figure(m.overall),
        inline(&m.overall_label)
    );
    let _ = writeln!(o, "{}\n", ui.chart_legend);

    let _ = writeln!(o, "## {}\n", ui.action_plan);
    if m.actions.is_empty() {
        let _ = writeln!(o, "{}\n", ui.no_actions);
    } else {
        let _ = writeln!(o, "{}\n", ui.action_plan_intro);
        for a in &m.actions {
            let _ = writeln!(
                o,
                "{}. **{}** ({}, {}){}{}  ",
                a.rank,
                inline(&a.criterion),
                inline(&a.area),
                code(&a.criterion_id),
                ui.sep,
                (ui.action_line)(a.level, &inline(&a.level_label), a.target, a.priority)
            );
            let _ = write!(o, "   {}{}{}", ui.next_step, ui.sep, inline(&a.next_step));
            if !a.references.is_empty() {
                let refs: Vec<String> = a
                    .references
                    .iter()
                    .map(|(title, link)| match link {
                        Some(l) => format!("[{}]({})", inline(title), url(l)),
                        None => inline(title),
                    })
                    .collect();
                let _ = write!(o, "  \n   {}{}{}", ui.see, ui.sep, refs.join("; "));
            }
            let _ = writeln!(o);
        }
        let _ = writeln!(o);
    }

    let _ = writeln!(o, "## {}\n", ui.answers);
    for section in &m.answers {
        let _ = writeln!(o, "### {}\n", inline(&section.area));
        for r in &section.rows {
            let _ = writeln!(o, "#### {} ({})\n", inline(&r.title), code(&r.criterion_id));
            let _ = writeln!(o, "{}\n", inline(&r.question));
            let detail = if r.detail.is_empty() {
                String::new()
            } else {
                format!("{}{}", ui.sep, inline(&r.detail))
            };
            let _ = writeln!(
                o,
                "- {}{}**{}**{}",
                ui.answer,
                ui.sep,
                inline(&r.response),
                detail
            );
            if !r.note.is_empty() {
                let _ = writeln!(o, "- {}{}{}", ui.note, ui.sep, inline(&r.note));
            }
            if !r.evidence.is_empty() {
                let items: Vec<String> = r.evidence.iter().map(|e| inline(e)).collect();
                let _ = writeln!(o, "- {}{}{}", ui.evidence, ui.sep, items.join("; "));
            }
            let _ = writeln!(o);
        }
    }

    if !m.unknown_answers.is_empty() {
        let _ = writeln!(o, "## {}\n", ui.kept_title);
        let _ = writeln!(
            o,
            "{}\n",
            (ui.kept_intro)(&m.guideline_id, &inline(&m.guideline_version))
        );
        let _ = writeln!(o, "| {} |\n|---|---|---|", ui.kept_columns.join(" | "));
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

    let _ = writeln!(o, "## {}\n", ui.method_title);
    for line in ui.method {
        let _ = writeln!(o, "- {line}");
    }
    let _ = writeln!(o, "\n---\n");
    let _ = writeln!(
        o,
        "{}. {}",
        inline(&m.source),
        (ui.generated)(
            &m.generator,
            &m.guideline_id,
            &inline(&m.guideline_version),
            &m.answers_hash
        )
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
