//! The reports as PDF (A4), drawn from the same views as the Markdown
//! reports and in the same order.
//!
//! printpdf places text and shapes but does no layout, so this module does:
//! `font.rs` measures text with the glyph advances of the embedded DejaVu
//! Sans and wraps words itself; `layout.rs` tracks the vertical position,
//! breaks pages and repeats table headers on every page a table continues
//! on; `chart.rs` draws the bar chart with rectangles, lines and polygons;
//! `gap.rs` and `network.rs` lay out the two reports; this file adds the
//! footer ("Page i / n") once every page exists and writes the file.
//!
//! The fonts are embedded (printpdf subsets them on save), so accented text
//! renders and extracts; a character the font lacks is drawn as `?` instead
//! of vanishing. The document's dates are the assessment's (the view's
//! `document_date`: the answer file's date, the latest file's for a network
//! report, or `SOURCE_DATE_EPOCH` when the command was given one), its
//! language (`/Lang`) the report's, and the file identifier a hash of the
//! view, so the same view always gives the same bytes.

mod chart;
mod font;
mod gap;
mod heat;
mod layout;
mod network;
mod progress;
mod theme;

use printpdf::{Mm, Op, PdfDocument, PdfFont, PdfPage, PdfParseErrorSeverity, PdfSaveOptions};
use sha2::{Digest, Sha256};

use font::{Face, ellipsize};
use layout::Writer;
use theme::*;

pub(crate) use gap::render as gap;
pub(crate) use network::render as network;
pub(crate) use progress::render as progress;

/// Why a PDF could not be produced.
#[derive(Debug, thiserror::Error)]
pub(crate) enum PdfError {
    /// An embedded font could not be parsed (a build problem, not a user one).
    #[error("the embedded font {0} cannot be read")]
    Font(&'static str),
    /// printpdf reported an error while writing the document.
    #[error("cannot write the PDF: {0}")]
    Write(String),
}

/// Footer of every page: what the report was made from, and the page number
/// (the view's "Page {page} / {pages}" with the numbers filled in).
fn footer(
    ops: &mut Vec<Op>,
    regular: &Face,
    page_label: &str,
    origin: &str,
    page: usize,
    pages: usize,
) {
    let mut w = Writer {
        regular,
        bold: regular,
        pages: Vec::new(),
        ops: std::mem::take(ops),
        y: 0.0,
        running_head: String::new(),
    };
    w.line((LEFT, 44.0), (RIGHT, 44.0), 0.5, RULE);
    let number = page_label
        .replace("{pages}", &pages.to_string())
        .replace("{page}", &page.to_string());
    let number_w = regular.width(&number, SMALL.size);
    w.text_right(RIGHT, 32.0, &number, SMALL);
    let origin = ellipsize(regular, origin, SMALL.size, WIDTH - number_w - 16.0);
    w.text(LEFT, 32.0, &origin, SMALL);
    *ops = w.ops;
}

/// Document information for [`finish`].
struct Info {
    title: String,
    subject: String,
    author: String,
    creator: String,
    /// Hashed into the file identifier.
    seed: String,
    /// The report's language, for `/Lang`.
    lang: &'static str,
    /// Creation and modification date, seconds since 1970 (UTC); without
    /// one the document has no dates rather than a false one.
    date: Option<i64>,
}

/// A PDF date string (`D:20261020000000Z`) for seconds since 1970.
fn pdf_date(seconds: i64) -> String {
    let date = crate::answers::civil_date(seconds.div_euclid(86_400)).replace('-', "");
    let s = seconds.rem_euclid(86_400);
    format!("D:{date}{:02}{:02}{:02}Z", s / 3600, s % 3600 / 60, s % 60)
}

/// Adds the footers, embeds the fonts and writes the PDF bytes.
fn finish(
    mut pages: Vec<Vec<Op>>,
    (regular, bold): (Face, Face),
    page_label: &str,
    origin: &str,
    info: Info,
) -> Result<Vec<u8>, PdfError> {
    let count = pages.len();
    for (i, ops) in pages.iter_mut().enumerate() {
        footer(ops, &regular, page_label, origin, i + 1, count);
    }
    let mut doc = PdfDocument::new(&info.title);
    doc.metadata.info.producer = format!("{} (printpdf)", info.creator);
    doc.metadata.info.creator = info.creator;
    doc.metadata.info.subject = info.subject;
    doc.metadata.info.author = info.author;
    for face in [regular, bold] {
        doc.resources
            .fonts
            .map
            .insert(face.id, PdfFont::new(face.font));
    }
    let pages = pages
        .into_iter()
        .map(|ops| PdfPage::new(Mm(210.0), Mm(297.0), ops))
        .collect();
    let mut warnings = Vec::new();
    // What `PdfDocument::save` does (subset fonts, compress streams), with one
    // fix in between: printpdf always writes a `GTS_PDFXVersion` entry, which
    // readers take as a claim of PDF/X conformance that this file does not make.
    let mut pdf = doc
        .with_pages(pages)
        .to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    if let Some(e) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Write(e.msg.clone()));
    }
    if let Ok(info_ref) = pdf
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        && let Ok(dict) = pdf.get_dictionary_mut(info_ref)
    {
        dict.remove(b"GTS_PDFXVersion");
        // printpdf writes 1 January 1970, which readers and document
        // systems show as the file's date.
        match info.date {
            Some(seconds) => {
                let date = lopdf::Object::string_literal(pdf_date(seconds));
                dict.set("CreationDate", date.clone());
                dict.set("ModDate", date);
            }
            None => {
                dict.remove(b"CreationDate");
                dict.remove(b"ModDate");
            }
        }
    }
    // The language screen readers and search read the text in.
    if let Ok(root) = pdf
        .trailer
        .get(b"Root")
        .and_then(lopdf::Object::as_reference)
        && let Ok(catalog) = pdf.get_dictionary_mut(root)
    {
        catalog.set("Lang", lopdf::Object::string_literal(info.lang));
    }
    // printpdf draws the file identifier from a process-wide generator;
    // a hash of the content keeps the output a function of its input.
    let digest = Sha256::digest(info.seed.as_bytes());
    let id = lopdf::Object::String(digest[..16].to_vec(), lopdf::StringFormat::Hexadecimal);
    pdf.trailer
        .set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    compress(&mut pdf);
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(bytes)
}

/// How hard the page streams are compressed. lopdf's own `compress` uses
/// zlib's best (level 9), which spent a third of a report's time for files
/// a few per cent smaller; level 6, zlib's default, is the usual balance.
const STREAM_COMPRESSION: u32 = 6;

/// Compresses every stream that may be compressed and is not yet, as
/// `lopdf::Document::compress` does, at [`STREAM_COMPRESSION`].
fn compress(pdf: &mut lopdf::Document) {
    use std::io::Write as _;
    for object in pdf.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(
            Vec::with_capacity(stream.content.len() / 3),
            flate2::Compression::new(STREAM_COMPRESSION),
        );
        let Ok(compressed) = encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.finish())
        else {
            continue;
        };
        // Worth it only when the filter entry costs less than it saves.
        if compressed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn pdf_dates_from_seconds() {
        assert_eq!(super::pdf_date(0), "D:19700101000000Z");
        assert_eq!(super::pdf_date(1_792_454_400), "D:20261020000000Z");
        assert_eq!(super::pdf_date(1_792_454_400 + 3_723), "D:20261020010203Z");
    }
}
