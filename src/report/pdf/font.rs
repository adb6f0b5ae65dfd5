//! The embedded fonts and text measuring: glyph advances, word wrapping,
//! ellipses. printpdf places text but does not lay it out.

use printpdf::{FontId, ParsedFont};

use super::PdfError;

/// DejaVu Sans 2.37, unmodified; licence in `assets/fonts/LICENSE-DejaVu.txt`.
pub(super) const REGULAR_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold 2.37, unmodified.
pub(super) const BOLD_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// An embedded font with the advances needed to measure text.
pub(super) struct Face {
    pub(super) id: FontId,
    pub(super) font: ParsedFont,
    /// Advance in em of every character below U+0300 (`None`: not in the font).
    common: Vec<Option<f32>>,
    /// 1 / units per em.
    scale: f32,
}

impl Face {
    pub(super) fn load(bytes: &[u8], id: &str, name: &'static str) -> Result<Self, PdfError> {
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(PdfError::Font(name))?;
        let units_per_em = font.pdf_font_metrics.units_per_em;
        if units_per_em == 0 {
            return Err(PdfError::Font(name));
        }
        let mut face = Face {
            // A fixed resource name rather than printpdf's generated one.
            // printpdf takes its first six characters as the subset tag of
            // the font name (`DJVREG+DejaVuSans`), which PDF wants to be six
            // capital letters.
            id: FontId(id.to_string()),
            font,
            common: Vec::new(),
            scale: 1.0 / f32::from(units_per_em),
        };
        face.common = (0u32..0x300).map(|c| face.lookup(c)).collect();
        Ok(face)
    }

    fn lookup(&self, codepoint: u32) -> Option<f32> {
        match self.font.lookup_glyph_index(codepoint) {
            None | Some(0) => None,
            Some(gid) => Some(f32::from(self.font.get_horizontal_advance(gid)) * self.scale),
        }
    }

    /// Advance of `c` in em, `None` when the font has no glyph for it.
    pub(super) fn advance(&self, c: char) -> Option<f32> {
        match self.common.get(c as usize) {
            Some(a) => *a,
            None => self.lookup(c as u32),
        }
    }

    /// The text as this face draws it: control characters become spaces and
    /// characters the font lacks become `?`, so nothing vanishes silently.
    pub(super) fn clean(&self, text: &str) -> String {
        text.chars()
            .map(|c| {
                if c.is_control() {
                    ' '
                } else if self.advance(c).is_some() {
                    c
                } else {
                    '?'
                }
            })
            .collect()
    }

    /// Width in points of cleaned text at `size`.
    pub(super) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.advance(c).unwrap_or(0.0))
            .sum::<f32>()
            * size
    }
}

/// Splits `text` into lines no wider than `width`: paragraphs at line
/// breaks, words at white space (not at a no-break space, unless the words
/// it holds together are wider than the column), words wider than the column after a `-`,
/// `.`, `/` or `_` (ids, links) and failing that at the character that no
/// longer fits. Runs of blank lines become one.
pub(super) fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let space = face.advance(' ').unwrap_or(0.3) * size;
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.trim().lines() {
        let paragraph = face.clean(paragraph);
        if paragraph.trim().is_empty() {
            if lines.last().is_some_and(|l| !l.is_empty()) {
                lines.push(String::new());
            }
            continue;
        }
        let mut line = String::new();
        let mut line_w = 0.0;
        // A no-break space (U+00A0) joins the words around it: "Costa
        // Serena 2" stays on one line. A group too wide for the column
        // breaks at its no-break spaces instead, from a line of its own,
        // rather than inside one of its words.
        let mut words: Vec<&str> = Vec::new();
        for word in paragraph
            .split(|c: char| c.is_whitespace() && c != '\u{a0}')
            .filter(|w| !w.is_empty())
        {
            if word.contains('\u{a0}') && face.width(word, size) > width {
                words.push(GROUP_BREAK);
                words.extend(glued_pieces(word));
            } else {
                words.push(word);
            }
        }
        for word in words {
            if word == GROUP_BREAK {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                continue;
            }
            let word_w = face.width(word, size);
            let pieces = if word_w <= width {
                vec![word]
            } else {
                break_points(word)
            };
            for (k, piece) in pieces.into_iter().enumerate() {
                let piece_w = face.width(piece, size);
                let gap = if k == 0 && !line.is_empty() {
                    space
                } else {
                    0.0
                };
                if line_w + gap + piece_w <= width {
                    if gap > 0.0 {
                        line.push(' ');
                    }
                    line.push_str(piece);
                    line_w += gap + piece_w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                if piece_w <= width {
                    line.push_str(piece);
                    line_w = piece_w;
                    continue;
                }
                for c in piece.chars() {
                    let c_w = face.advance(c).unwrap_or(0.0) * size;
                    if line_w + c_w > width && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line_w = 0.0;
                    }
                    line.push(c);
                    line_w += c_w;
                }
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// Marks where a group of words held by no-break spaces starts, when it is
/// broken: it starts a line. A paragraph never holds a line feed.
const GROUP_BREAK: &str = "\n";

/// The words of a group held together by no-break spaces ("Federal Union of
/// the Greater Mangrove Coast 3 ·"), for a column narrower than the group.
/// A piece without a lower-case letter (a level, `N/A`, a `·`) stays with
/// the word before it, so that no line starts with it.
fn glued_pieces(group: &str) -> Vec<&str> {
    // Byte ranges of the pieces in `group`; a piece joining the one before
    // it extends that range over the no-break space between them.
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    let ends = group
        .char_indices()
        .filter(|&(_, c)| c == '\u{a0}')
        .map(|(i, _)| i)
        .chain([group.len()]);
    for end in ends {
        let piece = &group[start..end];
        match ranges.last_mut() {
            _ if piece.is_empty() => {}
            Some(last) if !piece.chars().any(char::is_lowercase) => last.1 = end,
            _ => ranges.push((start, end)),
        }
        start = end + '\u{a0}'.len_utf8();
    }
    ranges
        .into_iter()
        .map(|(from, to)| &group[from..to])
        .collect()
}

/// A word cut after each `-`, `.`, `/` or `_` that is followed by more of it.
fn break_points(word: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '-' | '.' | '/' | '_') && end < word.len() && end > start {
            pieces.push(&word[start..end]);
            start = end;
        }
    }
    if start < word.len() {
        pieces.push(&word[start..]);
    }
    pieces
}

/// `text` cut to `width` with an ellipsis when it is wider.
pub(super) fn ellipsize(face: &Face, text: &str, size: f32, width: f32) -> String {
    let mut text = face.clean(text);
    if face.width(&text, size) <= width {
        return text;
    }
    while !text.is_empty() && face.width(&text, size) + face.width("…", size) > width {
        text.pop();
    }
    format!("{}…", text.trim_end())
}

/// At most `max` lines; the last one kept ends with an ellipsis when some
/// were dropped. For places that cannot flow over pages (title band, chart
/// labels, cards); the full text is shown elsewhere in the report.
pub(super) fn clamp_lines(
    face: &Face,
    mut lines: Vec<String>,
    max: usize,
    size: f32,
    width: f32,
) -> Vec<String> {
    if lines.len() > max && max > 0 {
        let last = format!("{} {}", lines[max - 1], lines[max]);
        lines.truncate(max - 1);
        lines.push(ellipsize(face, &last, size, width));
    }
    lines
}

/// The regular and bold faces, loaded from the embedded files.
pub(super) fn faces() -> Result<(Face, Face), PdfError> {
    Ok((
        Face::load(REGULAR_TTF, "DJVREG", "DejaVuSans.ttf")?,
        Face::load(BOLD_TTF, "DJVBLD", "DejaVuSans-Bold.ttf")?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regular() -> Face {
        Face::load(REGULAR_TTF, "R", "regular").expect("embedded font parses")
    }

    #[test]
    fn missing_glyphs_become_question_marks_and_controls_spaces() {
        let face = regular();
        assert_eq!(face.clean("é ñ « » ’ “ ”"), "é ñ « » ’ “ ”");
        assert_eq!(face.clean("a\u{1F418}b\tc"), "a?b c");
    }

    #[test]
    fn wrapping_keeps_every_character_and_respects_the_width() {
        let face = regular();
        let text = "short words then averyveryveryverylongwordwithoutanybreakatall and https://example.org/a/long/path-with-dashes.html";
        let width = 60.0;
        let lines = wrap(&face, text, 9.0, width);
        assert!(lines.len() > 3, "{lines:?}");
        for line in &lines {
            assert!(
                face.width(line, 9.0) <= width + 0.01,
                "{line:?} is too wide"
            );
        }
        let joined: String = lines
            .concat()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let expected: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(joined, expected);
        // Links break after a separator, not in the middle of a word.
        assert!(
            lines.iter().any(|l| l.ends_with('/') || l.ends_with('-')),
            "{lines:?}"
        );
    }

    #[test]
    fn a_name_held_by_no_break_spaces_breaks_between_words_when_too_wide() {
        let face = regular();
        let text = "Kessaria\u{a0}1\u{a0}· Federal\u{a0}Union\u{a0}of\u{a0}the\u{a0}Greater\u{a0}Mangrove\u{a0}Coast\u{a0}3\u{a0}· Northmarch\u{a0}0";
        let width = face.width("Federal Union of the Greater Man", 7.5);
        let lines = wrap(&face, text, 7.5, width);
        assert_eq!(
            lines,
            [
                "Kessaria\u{a0}1\u{a0}·",
                "Federal Union of the Greater",
                "Mangrove Coast\u{a0}3\u{a0}·",
                "Northmarch\u{a0}0",
            ]
        );
        // A group that fits stays whole on a line of its own.
        let wide = wrap(&face, text, 7.5, 1000.0);
        assert_eq!(wide.len(), 1);
        // A single word longer than the whole column still breaks.
        let narrow = wrap(&face, "Mangrove", 7.5, face.width("Mang", 7.5));
        assert_eq!(narrow.concat(), "Mangrove");
        assert!(narrow.len() > 1);
    }

    #[test]
    fn paragraphs_and_blank_lines_are_kept_once() {
        let face = regular();
        let lines = wrap(&face, "one\n\n\n\ntwo\r\nthree", 9.0, 400.0);
        assert_eq!(lines, ["one", "", "two", "three"]);
    }
}
