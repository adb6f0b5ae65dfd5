//! The look of the PDF reports: A4 geometry, colours, text styles.

use printpdf::{Color, Rgb};

// ---------------------------------------------------------------- geometry

/// A4 in points (210 x 297 mm).
pub(super) const PAGE_W: f32 = 595.28;
pub(super) const PAGE_H: f32 = 841.89;
/// 20 mm side margins.
pub(super) const LEFT: f32 = 56.7;
pub(super) const RIGHT: f32 = PAGE_W - 56.7;
pub(super) const WIDTH: f32 = RIGHT - LEFT;
/// Top of the content on pages with the running head.
pub(super) const TOP: f32 = PAGE_H - 58.0;
/// Content stays above this line; the footer lives below it.
pub(super) const BOTTOM: f32 = 60.0;

/// Horizontal and vertical padding inside table cells.
pub(super) const PAD_X: f32 = 4.0;
pub(super) const PAD_Y: f32 = 3.5;

// ---------------------------------------------------------------- colours

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Colour(pub f32, pub f32, pub f32);

impl Colour {
    pub(super) fn pdf(self) -> Color {
        Color::Rgb(Rgb::new(self.0, self.1, self.2, None))
    }
}

pub(super) const NAVY: Colour = Colour(0.122, 0.227, 0.373);
pub(super) const INK: Colour = Colour(0.13, 0.15, 0.18);
pub(super) const GREY: Colour = Colour(0.38, 0.42, 0.48);
pub(super) const RULE: Colour = Colour(0.84, 0.87, 0.91);
pub(super) const HEADER_FILL: Colour = Colour(0.91, 0.93, 0.96);
pub(super) const CARD_FILL: Colour = Colour(0.955, 0.965, 0.978);
pub(super) const TRACK: Colour = Colour(0.95, 0.957, 0.967);
pub(super) const GRID: Colour = Colour(0.80, 0.84, 0.88);
pub(super) const GREEN: Colour = Colour(0.23, 0.56, 0.36);
pub(super) const AMBER: Colour = Colour(0.89, 0.64, 0.23);
pub(super) const RED: Colour = Colour(0.78, 0.33, 0.24);
pub(super) const BAND_SUB: Colour = Colour(0.76, 0.83, 0.9);
pub(super) const WHITE: Colour = Colour(1.0, 1.0, 1.0);

// ---------------------------------------------------------------- text styles

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Style {
    pub(super) bold: bool,
    pub(super) size: f32,
    pub(super) colour: Colour,
}

impl Style {
    pub(super) const fn new(bold: bool, size: f32, colour: Colour) -> Self {
        Style { bold, size, colour }
    }

    /// Line height for this size.
    pub(super) fn leading(self) -> f32 {
        self.size * 1.38
    }
}

pub(super) const BODY: Style = Style::new(false, 9.5, INK);
pub(super) const QUESTION: Style = Style::new(false, 9.0, GREY);
pub(super) const LABEL: Style = Style::new(true, 8.0, GREY);
pub(super) const CELL: Style = Style::new(false, 8.5, INK);
pub(super) const CELL_BOLD: Style = Style::new(true, 8.5, INK);
pub(super) const CELL_SMALL: Style = Style::new(false, 7.5, GREY);
pub(super) const HEADER: Style = Style::new(true, 8.0, NAVY);
pub(super) const SMALL: Style = Style::new(false, 7.5, GREY);
pub(super) const H2: Style = Style::new(true, 14.0, NAVY);
pub(super) const H3: Style = Style::new(true, 11.0, INK);
pub(super) const CRITERION: Style = Style::new(true, 10.0, INK);

/// Baseline of a line of `size` text in a line box starting at `top`:
/// the x-height sits in the middle of the box.
pub(super) fn baseline(top: f32, leading: f32, size: f32) -> f32 {
    top - 0.5 * leading - 0.35 * size
}

/// Bar colour for an area: met, within one level, further below.
pub(super) fn status_colour(gap: Option<f64>) -> Colour {
    match gap {
        Some(g) if g > 1.0 => RED,
        Some(g) if g > 0.0 => AMBER,
        _ => GREEN,
    }
}
