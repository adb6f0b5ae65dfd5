//! Laying out the questionnaire for the terminal's real size, as plain
//! data: which lines go above the menu, and the menu items, each wrapped to
//! fit the width. Nothing here draws; `terminal.rs` and `plain.rs` do.
//!
//! At 80x24 the header (progress), the criterion's title and question and
//! the whole menu must be on screen together. The level descriptors go into
//! the menu items, as many lines of each as the height allows (cut with an
//! ellipsis when they do not all fit); the guidance is shown when there is
//! room, and otherwise behind an item that shows it with the five levels in
//! full, paged to the screen ([`reading_pages`]).
//!
//! A menu line's length is measured as the larger of its width on screen
//! and its length in bytes ([`cells`]): dialoguer counts the lines to clear
//! when it redraws a menu by bytes, so a line of accented French that fits
//! the screen but has more bytes than columns made it clear lines above the
//! menu (the question vanished after one ↓ in French, Spanish and
//! Portuguese, never in English).

use console::measure_text_width;

/// A menu item: its text (one or more lines, each within the width) and the
/// key a plain-mode user types for it (`2`, `na`, `s`, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Item {
    /// What a line-mode user types to pick it.
    pub key: String,
    /// The text as the menu shows it, lines joined by `\n`.
    pub text: String,
    /// The whole text, before it was wrapped and cut for the menu: line
    /// mode shows this.
    pub full: String,
}

impl Item {
    /// What the prompt shows once the item is chosen: the part before the
    /// first `: ` of its first line (`2 Developing`, `N/A`), or that line.
    pub(crate) fn chosen(&self) -> &str {
        let first = self.text.lines().next().unwrap_or("");
        first
            .split_once(": ")
            .map_or(first, |(head, _)| head)
            .trim()
    }
}

impl Item {
    /// An item with a key.
    pub(crate) fn new(key: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        Item {
            key: key.into(),
            full: text.clone(),
            text,
        }
    }

    /// This item, showing `full` in line mode.
    fn with_full(mut self, full: &str) -> Self {
        self.full = full.to_string();
        self
    }

    /// Lines the item takes.
    pub(crate) fn height(&self) -> usize {
        self.text.lines().count().max(1)
    }
}

/// Columns the menu's selection marker takes before every item ("❯ ").
pub(crate) const MARKER: usize = 2;
/// Indent of an item's continuation lines: the marker and the level number.
const CONTINUATION: usize = MARKER + 2;

/// The room a line takes in a menu: its width on screen, or its length in
/// bytes when that is more (dialoguer counts bytes; see the module's notes).
pub(crate) fn cells(s: &str) -> usize {
    measure_text_width(s).max(s.len())
}

/// Words of `text` in lines of at most `width` [`cells`]; a word longer than
/// a line is cut. Line breaks in the text start new lines.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(8);
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in crate::i18n::break_units(paragraph.split_whitespace()) {
            let word = word.as_str();
            let word_w = cells(word);
            let line_w = cells(&line);
            if !line.is_empty() && line_w + 1 + word_w <= width {
                line.push(' ');
                line.push_str(word);
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_w <= width {
                line.push_str(word);
                continue;
            }
            // A word wider than the line (a long link): cut it.
            for c in word.chars() {
                if cells(&line) + cells(&c.to_string()) > width {
                    lines.push(std::mem::take(&mut line));
                }
                line.push(c);
            }
        }
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// `text` on one line of at most `width` [`cells`], with an ellipsis (three
/// bytes) when cut.
pub(crate) fn fit(text: &str, width: usize) -> String {
    let text: String = text
        .chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    if cells(&text) <= width {
        return text;
    }
    let mut out = String::new();
    for c in text.chars() {
        if cells(&out) + cells(&c.to_string()) + '…'.len_utf8() > width {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// An item whose text is wrapped to the menu's width, continuation lines
/// indented under the text, at most `max_lines` lines (the last one cut
/// with an ellipsis when the text is longer).
pub(crate) fn wrapped_item(key: &str, text: &str, cols: usize, max_lines: usize) -> Item {
    let full = text;
    let width = cols.saturating_sub(MARKER + 1).max(10);
    let max_lines = max_lines.max(1);
    let first = wrap(text, width);
    let mut lines = vec![first[0].clone()];
    if first.len() > 1 {
        // Continuation lines start under the text after the selection marker
        // and the item's number, so each item reads as one block.
        let rest = first[1..].join(" ");
        lines.extend(wrap(&rest, width - CONTINUATION));
    }
    if lines.len() > max_lines {
        let rest = lines[max_lines - 1..].join(" ");
        lines.truncate(max_lines - 1);
        let room = if max_lines == 1 {
            width
        } else {
            width - CONTINUATION
        };
        lines.push(fit(&rest, room));
    }
    let text = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                l.clone()
            } else {
                format!("{}{l}", " ".repeat(CONTINUATION))
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    Item::new(key, text).with_full(full)
}

/// An item on one line, cut to the width.
pub(crate) fn short_item(key: &str, text: &str, cols: usize) -> Item {
    Item::new(key, fit(text, cols.saturating_sub(MARKER + 1).max(10))).with_full(text)
}

/// What one criterion's screen shows, already in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CriterionContent {
    /// "── Membership 1/7 · question 1 of 36 · 0 answered ──".
    pub header: String,
    /// "Active participation of every member (membership.active-members)".
    pub title: String,
    /// The question.
    pub question: String,
    /// "Guidance: ...".
    pub guidance: String,
    /// "Current answer: 2 Developing", when there is one.
    pub current: Option<String>,
    /// The five levels: "2 Developing: <descriptor>".
    pub levels: [String; 5],
    /// Keyed items after the levels: N/A, skip, previous, jump, save and quit.
    pub actions: Vec<(String, String)>,
    /// The item that shows the guidance and the five levels in full, when
    /// the screen cannot: key and text.
    pub read_in_full: (String, String),
}

/// A laid-out screen: lines above the menu, the menu, and whether the
/// guidance and the whole descriptors were left to their menu item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layout {
    /// The lines above the menu's prompt.
    pub lines: Vec<String>,
    /// Menu items, in order: five levels, then the actions (and "read in
    /// full" when the guidance or a descriptor did not fit).
    pub items: Vec<Item>,
    /// True when the guidance or part of a descriptor is behind an item
    /// instead of on screen.
    pub guidance_item: bool,
}

impl Layout {
    /// Lines the screen takes with the prompt line.
    #[cfg(test)]
    pub(crate) fn height(&self) -> usize {
        self.lines.len() + 1 + self.items.iter().map(Item::height).sum::<usize>()
    }
}

/// Lays out one criterion for a terminal of `cols` x `rows`: everything
/// within the width, the whole screen within the height when at all
/// possible (one line is kept free for the cursor).
pub(crate) fn criterion(c: &CriterionContent, cols: u16, rows: u16) -> Layout {
    let cols = usize::from(cols.max(20));
    let budget = usize::from(rows.max(12)) - 1;
    let text_w = cols - 1;
    let mut lines = vec![fit(&c.header, text_w)];
    lines.extend(wrap(&c.title, text_w));
    lines.extend(wrap(&c.question, text_w));
    if let Some(current) = &c.current {
        lines.push(fit(current, text_w));
    }
    let actions: Vec<Item> = c
        .actions
        .iter()
        .map(|(k, t)| short_item(k, t, cols))
        .collect();
    let prompt = 1;
    let fixed = lines.len() + prompt + actions.len();
    // Each level descriptor gets as many lines as the height leaves, the
    // same for all five, at least one.
    let level_items = |max_lines: usize| -> Vec<Item> {
        c.levels
            .iter()
            .enumerate()
            .map(|(n, text)| wrapped_item(&n.to_string(), text, cols, max_lines))
            .collect::<Vec<_>>()
    };
    let full = level_items(usize::MAX);
    let full_h: usize = full.iter().map(Item::height).sum();
    let guidance = wrap(&c.guidance, text_w);
    // Best case: full descriptors and the guidance.
    if fixed + full_h + guidance.len() <= budget {
        lines.extend(guidance);
        let mut items = full;
        items.extend(actions);
        return Layout {
            lines,
            items,
            guidance_item: false,
        };
    }
    // Else the guidance goes behind an item, and the descriptors share what
    // is left.
    let fixed = fixed + 1;
    let room = budget.saturating_sub(fixed);
    let mut items = if full_h <= room {
        full
    } else {
        let per_level = (room / 5).max(1);
        level_items(per_level)
    };
    items.extend(actions);
    items.push(short_item(&c.read_in_full.0, &c.read_in_full.1, cols));
    Layout {
        lines,
        items,
        guidance_item: true,
    }
}

/// The guidance and the five level descriptors in full, for a terminal of
/// `cols` x `rows`: pages of lines, each leaving a line for the prompt that
/// turns the page.
pub(crate) fn reading_pages(c: &CriterionContent, cols: u16, rows: u16) -> Vec<Vec<String>> {
    let cols = usize::from(cols.max(20));
    let text_w = cols - 1;
    let mut lines = wrap(&c.title, text_w);
    lines.push(String::new());
    lines.extend(wrap(&c.guidance, text_w));
    for level in &c.levels {
        lines.push(String::new());
        // The level's first line, then its continuation under the text.
        let first = wrap(level, text_w);
        lines.push(first[0].clone());
        if first.len() > 1 {
            let rest = first[1..].join(" ");
            lines.extend(
                wrap(&rest, text_w.saturating_sub(2))
                    .into_iter()
                    .map(|l| format!("  {l}")),
            );
        }
    }
    let per_page = usize::from(rows).saturating_sub(2).max(4);
    lines.chunks(per_page).map(<[String]>::to_vec).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> CriterionContent {
        CriterionContent {
            header: "── Membership 1/7 · question 1 of 36 · 0 answered ──".into(),
            title: "Active participation of every member (membership.active-members)".into(),
            question: "How many member states take an active part in the network's meetings, reporting and activities?".into(),
            guidance: "Guidance: Compare the member list with attendance lists, requests for assistance and reports received by the secretariat over the last 12 months. Count a member as active when it attended the statutory meetings and made at least one report, request or contribution to an activity in that period.".into(),
            current: None,
            levels: std::array::from_fn(|n| format!("{n} Level: a descriptor that is long enough to need more than one line on a narrow screen of sixty columns, and even on eighty")),
            actions: ["N/A: not applicable (give a reason)", "Skip for now", "← Previous question", "Jump to an area…", "Save and quit (resume later)"]
                .iter()
                .zip(["na", "s", "p", "j", "q"])
                .map(|(t, k)| (k.to_string(), t.to_string()))
                .collect(),
            read_in_full: ("g".into(), "Read the guidance and the levels in full".into()),
        }
    }

    fn check(cols: u16, rows: u16) -> Layout {
        let l = criterion(&content(), cols, rows);
        let cols = usize::from(cols);
        assert!(
            l.height() < usize::from(rows),
            "{cols}x{rows}: {} lines",
            l.height()
        );
        for line in &l.lines {
            assert!(measure_text_width(line) < cols, "{cols}: {line:?}");
        }
        for item in &l.items {
            for line in item.text.lines() {
                assert!(measure_text_width(line) + MARKER < cols, "{cols}: {line:?}");
            }
        }
        l
    }

    #[test]
    fn fits_80x24_60x20_and_132x40() {
        let l = check(80, 24);
        assert!(l.guidance_item);
        assert_eq!(l.items.len(), 11);
        let l = check(60, 20);
        assert!(l.guidance_item);
        let l = check(132, 40);
        assert!(!l.guidance_item, "{l:?}");
        assert_eq!(l.items.len(), 10);
    }

    #[test]
    fn no_menu_line_has_more_bytes_than_the_screen_has_columns() {
        let mut c = content();
        c.levels = std::array::from_fn(|n| {
            format!(
                "{n} Établi : à l'échelle régionale, les États membres désignés échangent déjà des données détaillées ; réunion générale"
            )
        });
        for cols in [60u16, 80, 100, 132] {
            let l = criterion(&c, cols, 24);
            for item in &l.items {
                for line in item.text.lines() {
                    assert!(line.len() + MARKER < usize::from(cols), "{cols}: {line:?}");
                }
            }
        }
    }

    #[test]
    fn every_level_can_be_read_whole_on_pages() {
        let c = content();
        let pages = reading_pages(&c, 80, 24);
        let all = pages.concat().join(" ");
        for level in &c.levels {
            assert!(all.contains("sixty columns, and even on eighty"), "{level}");
        }
        assert!(pages.iter().all(|p| p.len() <= 22));
        assert_eq!(all.matches("Level:").count(), 5);
    }

    #[test]
    fn wraps_on_word_boundaries() {
        assert_eq!(
            wrap("the network statutory body", 14),
            ["the network", "statutory body"]
        );
        // The ellipsis counts its three bytes (see `cells`).
        assert_eq!(fit("abcdefghij", 6), "abc…");
        assert_eq!(fit("abcdefghij", 10), "abcdefghij");
        assert_eq!(wrap("", 10), [""]);
    }
}
