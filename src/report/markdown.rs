//! The gap report as Markdown (GitHub-flavoured: tables, no raw HTML except
//! the `<br>` that keeps a multi-line note inside its table cell or list item).

use std::fmt::Write as _;

use super::gap::GapReport;
use super::network::{CriteriaList, NetworkReport};
use super::progress::Progress;

/// Escapes user or criteria text for inline Markdown: nothing in it can open
/// a table cell, a link, an image, emphasis, code or an HTML tag, and line
/// breaks stay inside the element as `<br>`.
///
/// GitHub-flavoured renderers also turn bare URLs, `www.` names and e-mail
/// addresses into links (autolinks), after escapes are resolved. So the `:`
/// of `scheme://` and of `mailto:`/`xmpp:` is escaped, as is the dot after
/// `www`, and an invisible word joiner (U+2060) follows an `@` that starts a
/// domain: the text reads the same and never becomes a link.
pub(crate) fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let lines: Vec<&str> = text.trim().lines().map(str::trim_end).collect();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        let chars: Vec<char> = line.chars().collect();
        // Where the run of ASCII letters and digits before `j` starts.
        let mut run = 0;
        for (j, &c) in chars.iter().enumerate() {
            let before = || chars[run..j].iter().collect::<String>();
            let after = |s: &str| chars[j + 1..].iter().take(s.len()).copied().eq(s.chars());
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' => {
                    out.push('\\');
                    out.push(c);
                }
                ':' if after("//")
                    || before().eq_ignore_ascii_case("mailto")
                    || before().eq_ignore_ascii_case("xmpp") =>
                {
                    out.push_str("\\:");
                }
                // `before` is the whole run of letters before the dot, so
                // this is a word `www` on its own.
                '.' if before().eq_ignore_ascii_case("www") => {
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
            if !c.is_ascii_alphanumeric() {
                run = j + 1;
            }
        }
    }
    out
}

/// An id as inline code; backticks, pipes and line breaks in it cannot end
/// the code span or the table cell.
pub(crate) fn code(id: &str) -> String {
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
pub(crate) fn bar(value: f64, target: u8) -> String {
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

/// Renders a gap report.
pub(crate) fn gap(m: &GapReport) -> String {
    let l = &m.labels;
    let sep = &l.separator;
    let mut o = String::new();
    let _ = writeln!(o, "# {}\n", inline(&m.title));
    let _ = writeln!(o, "| | |\n|---|---|");
    let mut field = |label: &str, value: &str| {
        let _ = writeln!(o, "| {} | {} |", inline(label), value);
    };
    if !m.region.is_empty() {
        field(&l.region, &inline(&m.region));
    }
    field(&l.guideline, &inline(&m.guideline));
    if let Some(v) = &m.answered_version {
        field(&l.answered_against, &inline(v));
    }
    if !m.date.is_empty() {
        field(&l.date, &inline(&m.date));
    }
    if !m.respondent.is_empty() {
        field(&l.respondent, &inline(&m.respondent));
    }
    field(&l.coverage, &inline(&m.coverage));
    field(
        &l.overall_maturity,
        &format!("**{}**", inline(&m.overall_line)),
    );
    o.push('\n');
    if let Some(p) = &m.provisional {
        let _ = writeln!(o, "> **{}**\n", inline(p));
    }

    if !m.participants.is_empty() {
        let _ = writeln!(o, "## {}\n", inline(&l.participants));
        let heads: Vec<String> = l.participant_columns.iter().map(|c| inline(c)).collect();
        let _ = writeln!(o, "| {} |\n|---|---|---|", heads.join(" | "));
        for p in &m.participants {
            let cells: Vec<String> = p.iter().map(|c| inline(c)).collect();
            let _ = writeln!(o, "| {} |", cells.join(" | "));
        }
        o.push('\n');
    }

    let _ = writeln!(o, "## {}\n", inline(&l.summary));
    let heads: Vec<String> = l.columns.iter().map(|c| inline(c)).collect();
    let _ = writeln!(o, "| {} |", heads.join(" | "));
    let _ = writeln!(o, "|---|---:|---|---:|---:|---:|---|");
    for a in &m.areas {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} | {} |",
            inline(&a.title),
            a.maturity_text,
            inline(&a.label),
            a.target,
            a.gap_text,
            a.answered_text,
            a.maturity
                .map_or_else(String::new, |m| format!("`{}`", bar(m, a.target)))
        );
    }
    let _ = writeln!(
        o,
        "| **{}** | **{}** | {} | | | | |\n",
        inline(&l.overall),
        m.overall_text,
        inline(&m.overall_label)
    );
    let _ = writeln!(o, "{}\n", inline(&l.chart_legend));

    let _ = writeln!(o, "## {}\n", inline(&l.action_plan));
    if m.actions.is_empty() {
        let _ = writeln!(o, "{}\n", inline(&l.no_actions));
    } else {
        let _ = writeln!(o, "{}\n", inline(&l.action_plan_intro));
        for a in &m.actions {
            let _ = writeln!(
                o,
                "{}. **{}** ({}, {}){}{}  ",
                a.rank,
                inline(&a.criterion),
                inline(&a.area),
                code(&a.criterion_id),
                sep,
                inline(&a.line)
            );
            let _ = write!(
                o,
                "   {}{}{}",
                inline(&l.next_step),
                sep,
                inline(&a.next_step)
            );
            if !a.references.is_empty() {
                let refs: Vec<String> = a
                    .references
                    .iter()
                    .map(|(title, link)| match link {
                        Some(u) => format!("[{}]({})", inline(title), url(u)),
                        None => inline(title),
                    })
                    .collect();
                let _ = write!(o, "  \n   {}{}{}", inline(&l.see), sep, refs.join("; "));
            }
            let _ = writeln!(o);
        }
        let _ = writeln!(o);
    }

    if !m.split.is_empty() {
        let _ = writeln!(o, "## {}\n", inline(&l.split_title));
        let _ = writeln!(o, "{}\n", inline(&l.split_intro));
        let heads: Vec<String> = l.split_columns.iter().map(|c| inline(c)).collect();
        let _ = writeln!(o, "| {} |\n|---|---|---|", heads.join(" | "));
        for row in &m.split {
            let cells: Vec<String> = row.iter().map(|c| inline(c)).collect();
            let _ = writeln!(o, "| {} |", cells.join(" | "));
        }
        o.push('\n');
    }

    let _ = writeln!(o, "## {}\n", inline(&l.answers));
    for section in &m.answers {
        let _ = writeln!(o, "### {}\n", inline(&section.area));
        if !section.findings.is_empty() {
            let _ = writeln!(o, "**{}**\n", inline(&l.findings));
            for (label, text) in &section.findings {
                let _ = writeln!(o, "- {}{sep}{}", inline(label), inline(text));
            }
            o.push('\n');
        }
        for r in &section.rows {
            let _ = writeln!(o, "#### {} ({})\n", inline(&r.title), code(&r.criterion_id));
            if let Some(d) = &r.derived_from {
                let _ = writeln!(o, "_{}_\n", inline(d));
            }
            let _ = writeln!(o, "{}\n", inline(&r.question));
            let detail = if r.detail.is_empty() {
                String::new()
            } else {
                format!("{sep}{}", inline(&r.detail))
            };
            let _ = writeln!(
                o,
                "- {}{sep}**{}**{detail}",
                inline(&l.answer),
                inline(&r.response),
            );
            if !r.note.is_empty() {
                let _ = writeln!(o, "- {}{sep}{}", inline(&l.note), inline(&r.note));
            }
            if !r.evidence.is_empty() {
                let items: Vec<String> = r.evidence.iter().map(|e| inline(e)).collect();
                let _ = writeln!(o, "- {}{sep}{}", inline(&l.evidence), items.join("; "));
            }
            if !r.proposals.is_empty() {
                let _ = writeln!(o, "- {}{sep}{}", inline(&l.proposals), inline(&r.proposals));
            }
            let _ = writeln!(o);
        }
    }

    if !m.carried.is_empty() {
        let _ = writeln!(o, "## {}\n", inline(&l.carried_title));
        let _ = writeln!(o, "{}\n", inline(&l.carried_intro));
        let heads: Vec<String> = l.carried_columns.iter().map(|c| inline(c)).collect();
        let _ = writeln!(o, "| {} |\n|---|---|", heads.join(" | "));
        for (old, title, new) in &m.carried {
            let _ = writeln!(o, "| {} | {} ({}) |", code(old), inline(title), code(new));
        }
        let _ = writeln!(o);
    }

    if !m.unknown_answers.is_empty() {
        let _ = writeln!(o, "## {}\n", inline(&l.kept_title));
        let _ = writeln!(o, "{}\n", inline(&l.kept_intro));
        let heads: Vec<String> = l.kept_columns.iter().map(|c| inline(c)).collect();
        let _ = writeln!(o, "| {} |\n|---|---|---|", heads.join(" | "));
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

    let _ = writeln!(o, "## {}\n", inline(&l.method_title));
    for line in &l.method {
        let _ = writeln!(o, "- {}", inline(line));
    }
    let _ = writeln!(o, "\n---\n");
    // The source is a sentence of the guideline file; end it before ours.
    let source = m.source.trim_end();
    if !source.is_empty() {
        let stop = if source.ends_with(['.', '!', '?']) {
            ""
        } else {
            "."
        };
        let _ = write!(o, "{}{stop} ", inline(source));
    }
    let _ = writeln!(o, "{}", inline(&m.generated));
    o
}

/// A list of criteria as a table: criterion, the list's values, the
/// member states' levels; `all` shows every row (an annex), else the rows
/// the body shows and where the others are.
fn criteria_list(o: &mut String, list: &CriteriaList, all: bool, heading: &str) {
    let _ = write!(o, "\n{heading} {}\n\n", inline(&list.title));
    if !list.intro.is_empty() {
        let _ = writeln!(o, "{}\n", inline(&list.intro));
    }
    if list.rows.is_empty() {
        let _ = writeln!(o, "{}", inline(&list.empty));
        return;
    }
    let heads: Vec<String> = list.columns.iter().map(|c| inline(c)).collect();
    let _ = writeln!(o, "| {} |", heads.join(" | "));
    let with_states = list.rows.iter().any(|r| !r.by_country.is_empty());
    let values = list.columns.len() - 1 - usize::from(with_states);
    let _ = writeln!(
        o,
        "|---|{}{}",
        "---:|".repeat(values),
        if with_states { "---|" } else { "" }
    );
    let shown = if all { list.rows.len() } else { list.shown };
    for r in list.rows.iter().take(shown) {
        let _ = write!(o, "| {} ({}) |", inline(&r.title), code(&r.id));
        for v in &r.values {
            let _ = write!(o, " {} |", inline(v));
        }
        if with_states {
            let _ = write!(o, " {} |", inline(&r.by_country));
        }
        o.push('\n');
    }
    if !all && let Some(more) = &list.more {
        let _ = write!(o, "\n{}\n", inline(more));
    }
}

/// Renders the network report.
pub(crate) fn network(n: &NetworkReport) -> String {
    let l = &n.labels;
    let sep = &l.separator;
    let mut o = format!("# {}\n\n| | |\n|---|---|\n", inline(&n.title));
    for (label, value) in &n.facts {
        let _ = writeln!(o, "| {} | {} |", inline(label), inline(value));
    }
    o.push('\n');
    for p in &n.provisional {
        let _ = writeln!(o, "> **{}**\n", inline(p));
    }
    let _ = writeln!(o, "{}\n", inline(&n.method_note));
    for line in n.carried.iter().chain(&n.left_out) {
        let _ = writeln!(o, "{}\n", inline(line));
    }

    let _ = writeln!(
        o,
        "## {}\n\n{}\n",
        inline(&l.maturity_title),
        inline(&l.maturity_intro)
    );
    let heads: Vec<String> = l.maturity_columns.iter().map(|c| inline(c)).collect();
    let _ = writeln!(o, "| {} |\n|---|---:|---|---:|---:|", heads.join(" | "));
    for r in &n.maturity {
        let label = if r.maturity.value.is_some() {
            inline(&r.label)
        } else {
            "-".to_string()
        };
        if r.overall {
            let _ = writeln!(
                o,
                "| **{}** | **{}** | {label} | | |",
                inline(&r.title),
                r.maturity.text
            );
        } else {
            let _ = writeln!(
                o,
                "| {} | {} | {label} | {} | {} |",
                inline(&r.title),
                r.maturity.text,
                r.target,
                r.gap.text
            );
        }
    }

    // Member states as rows, so the table grows down, not across.
    let _ = write!(
        o,
        "\n## {}\n\n{}\n\n| {} |",
        inline(&l.heat_title),
        inline(&l.heat_intro),
        inline(&l.member_state)
    );
    for title in &n.area_titles {
        let _ = write!(o, " {} |", inline(title));
    }
    let _ = writeln!(o, " {} | {} |", inline(&l.overall), inline(&l.answered));
    let _ = writeln!(o, "|---|{}", "---:|".repeat(n.area_titles.len() + 2));
    for r in &n.heat {
        let _ = write!(o, "| {} |", inline(&r.label));
        for f in &r.areas {
            let _ = write!(o, " {} |", f.text);
        }
        let _ = writeln!(o, " **{}** | {} |", r.overall.text, r.answered);
    }
    for s in &n.summary {
        let _ = write!(o, "| **{}** |", inline(&s.label));
        for f in &s.areas {
            let _ = write!(o, " {} |", inline(&f.text));
        }
        let _ = writeln!(o, " {} | |", inline(&s.overall.text));
    }

    for list in [&n.differences, &n.disagreements, &n.below_target, &n.body] {
        criteria_list(&mut o, list, false, "##");
    }

    if !n.findings.is_empty() {
        let _ = write!(o, "\n## {}\n", inline(&l.findings));
        for area in &n.findings {
            let _ = write!(o, "\n### {}\n", inline(&area.area));
            for (country, lines) in &area.countries {
                let _ = write!(o, "\n**{}**\n\n", inline(country));
                for (label, text) in lines {
                    let _ = writeln!(o, "- {}{sep}{}", inline(label), inline(text));
                }
            }
        }
    }

    let _ = write!(o, "\n## {}\n\n", inline(&l.method_title));
    for line in &n.method {
        let _ = writeln!(o, "- {}", inline(line));
    }

    criteria_list(&mut o, &n.annex_criteria, true, "##");
    let heads: Vec<String> = n.file_columns.iter().map(|c| inline(c)).collect();
    let _ = write!(
        o,
        "\n## {}\n\n{}\n\n| {} |\n|---|---|---|---|---:|\n",
        inline(&n.annex_files_title),
        inline(&n.annex_files_intro),
        heads.join(" | ")
    );
    for f in &n.files {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} |",
            inline(&f[0]),
            inline(&f[1]),
            inline(&f[2]),
            inline(&f[3]),
            f[4]
        );
    }
    if !n.na_reasons.is_empty() {
        let heads: Vec<String> = n.na_columns.iter().map(|c| inline(c)).collect();
        let _ = write!(
            o,
            "\n## {}\n\n{}\n\n| {} |\n|---|---|---|\n",
            inline(&n.annex_na_title),
            inline(&n.annex_na_intro),
            heads.join(" | ")
        );
        for r in &n.na_reasons {
            let _ = writeln!(
                o,
                "| {} | {} | {} |",
                inline(&r[0]),
                inline(&r[1]),
                inline(&r[2])
            );
        }
    }
    let _ = write!(o, "\n{}\n", inline(&n.footer));
    o
}

/// Renders progress over two or more assessments.
pub(crate) fn progress(p: &Progress) -> String {
    let l = &p.labels;
    let mut o = format!("# {}\n\n{}\n\n", inline(&p.title), inline(&p.subtitle));
    for point in &p.points {
        let _ = writeln!(o, "- {}", inline(&point.line));
    }
    o.push('\n');
    for note in &p.notes {
        let _ = writeln!(o, "> {}\n", inline(note));
    }
    let _ = writeln!(o, "## {}\n", inline(&l.areas_title));
    let heads: Vec<String> = p.columns.iter().map(|c| inline(c)).collect();
    let _ = writeln!(
        o,
        "| {} |\n|---|{}",
        heads.join(" | "),
        "---:|".repeat(p.columns.len() - 1)
    );
    for r in &p.rows {
        let title = if r.overall {
            format!("**{}**", inline(&r.title))
        } else {
            inline(&r.title)
        };
        let _ = writeln!(o, "| {title} | {} | {} |", r.values.join(" | "), r.change);
    }
    let point_heads: Vec<String> = p.points.iter().map(|x| inline(&x.label)).collect();
    let table_head = format!(
        "| {} | {} |\n|---|{}\n",
        inline(&l.criterion),
        point_heads.join(" | "),
        "---:|".repeat(p.points.len())
    );
    let row = |o: &mut String, r: &super::progress::ChangeRow| {
        let name = match &r.title {
            Some(t) => format!("{} ({})", inline(t), code(&r.id)),
            None => code(&r.id),
        };
        let values: Vec<String> = r.values.iter().map(|v| inline(v)).collect();
        let _ = writeln!(o, "| {name} | {} |", values.join(" | "));
    };
    for list in &p.lists {
        if list.rows.is_empty() {
            continue;
        }
        let _ = write!(o, "\n## {}\n\n{table_head}", inline(&list.title_with_count));
        for r in &list.rows {
            row(&mut o, r);
        }
    }
    let _ = write!(o, "\n## {}\n\n", inline(&l.method_title));
    for line in &p.method {
        let _ = writeln!(o, "- {}", inline(line));
    }
    let _ = write!(
        o,
        "\n## {}\n\n{}\n\n{table_head}",
        inline(&l.annex_title),
        inline(&l.annex_intro)
    );
    for r in &p.criteria {
        row(&mut o, r);
    }
    let _ = write!(o, "\n{}\n", inline(&p.footer));
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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

    proptest::proptest! {
        #[test]
    fn escaped_text_has_no_structure(text in any::<String>()) {
        let out = inline(&text);
        prop_assert!(!out.contains('\n'));
        prop_assert!(!out.contains('<') || out.matches('<').count() == out.matches("<br>").count());
        // Every | [ ] ` * _ is escaped by a backslash.
        let chars: Vec<char> = out.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if matches!(c, '|' | '[' | ']' | '`' | '*' | '_') {
                let backslashes = chars[..i].iter().rev().take_while(|&&b| b == '\\').count();
                prop_assert!(backslashes % 2 == 1, "unescaped {:?} in {:?}", c, out);
            }
        }
    }
    }

    #[test]
    fn bar_fills_to_value_and_marks_target() {
        assert_eq!(bar(2.0, 3), "████████░░░░····");
        assert_eq!(bar(4.0, 3), "████████████████");
        assert_eq!(bar(0.0, 0), "················");
    }
}
