//! The join link as a QR code, drawn as one SVG path (dark modules on a
//! white square with the quiet zone scanners need), to put inline in the
//! facilitator's page: no image file, nothing fetched.

use maud::{Markup, PreEscaped, html};
use qrcode::{Color, QrCode};

/// Modules of white around the code, as the standard asks.
const QUIET: usize = 4;

/// The path of the dark modules, one unit square each, shifted by the
/// quiet zone; `None` when the text is too long for a QR code.
fn dark_modules(text: &str) -> Option<(usize, String)> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let mut path = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some((width + 2 * QUIET, path))
}

/// The QR code of `text` as an inline SVG image named `label`.
pub(crate) fn svg(text: &str, label: &str) -> Markup {
    let Some((size, path)) = dark_modules(text) else {
        return html! {};
    };
    let view_box = format!("0 0 {size} {size}");
    html! {
        svg.qr xmlns="http://www.w3.org/2000/svg" viewBox=(view_box) role="img"
            aria-label=(label) shape-rendering="crispEdges" {
            rect width=(size) height=(size) fill="#ffffff" {}
            path d=(PreEscaped(path)) fill="#000000" {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_of_modules_with_a_quiet_zone() {
        let (size, path) =
            dark_modules("http://192.168.1.20:8080/join?t=0123456789abcdef0123456789abcdef")
                .unwrap();
        // Version 4 (33 modules) holds a link this long at level M.
        assert_eq!(size, 33 + 2 * QUIET);
        // The finder pattern's corner is dark, inside the quiet zone.
        assert!(path.starts_with("M4 4h1v1h-1z"), "{}", &path[..40]);
        let svg = svg("http://x", "Join").into_string();
        assert!(svg.starts_with("<svg class=\"qr\""), "{svg}");
        assert!(svg.contains("aria-label=\"Join\""));
    }
}
