//! The built-in guidelines as `build.rs` prepared them: a compact text form
//! read straight into the model, its strings borrowed from the binary, so
//! no run parses their YAML or copies their texts. The
//! layout is the one `build.rs` writes (its `Writer`); a test checks that
//! this route and the YAML route give equal guidelines.

use super::{Area, Criterion, DerivedFrom, Guideline, Reference, Text};

/// The layout version `build.rs` writes first.
const LAYOUT: u8 = 1;

/// Reads a prepared guideline; `origin` is the file it came from.
///
/// # Panics
/// Only if the bytes are not what `build.rs` wrote, which the build makes
/// impossible (both sides are in this repository and a test reads every
/// built-in guideline).
pub(super) fn read(text: &'static str, origin: &str) -> Guideline {
    let mut r = Reader { text, at: 0 };
    assert_eq!(r.u8(), LAYOUT, "prepared guideline layout");
    let g = r.guideline(origin);
    assert_eq!(r.at, text.len(), "prepared guideline length");
    g
}

struct Reader {
    text: &'static str,
    at: usize,
}

impl Reader {
    fn take(&mut self, n: usize) -> &'static str {
        let s = &self.text[self.at..self.at + n];
        self.at += n;
        s
    }
    fn hex(&mut self, digits: usize) -> u64 {
        u64::from_str_radix(self.take(digits), 16).expect("hex digits written by build.rs")
    }
    fn u8(&mut self) -> u8 {
        self.hex(2) as u8
    }
    fn count(&mut self) -> usize {
        self.hex(8) as usize
    }
    fn f64(&mut self) -> f64 {
        f64::from_bits(self.hex(16))
    }
    /// A string borrowed from the binary.
    fn borrowed(&mut self) -> &'static str {
        let n = self.count();
        self.take(n)
    }
    fn str(&mut self) -> String {
        self.borrowed().to_string()
    }
    fn strings(&mut self) -> Vec<String> {
        (0..self.count()).map(|_| self.str()).collect()
    }
    fn opt_str(&mut self) -> Option<String> {
        (self.u8() == 1).then(|| self.str())
    }
    fn text(&mut self) -> Text {
        let n = self.count();
        Text::new((0..n).map(|_| (self.borrowed(), self.borrowed())))
    }
    fn texts<const N: usize>(&mut self) -> [Text; N] {
        std::array::from_fn(|_| self.text())
    }
    fn guideline(&mut self, origin: &str) -> Guideline {
        Guideline {
            id: self.str(),
            version: self.str(),
            languages: self.strings(),
            title: self.text(),
            description: self.text(),
            source: self.text(),
            scale: self.texts(),
            target: self.u8(),
            areas: (0..self.count()).map(|_| self.area()).collect(),
            references: (0..self.count())
                .map(|_| Reference {
                    id: self.str(),
                    title: self.text(),
                    url: self.opt_str(),
                })
                .collect(),
            origin: origin.to_string(),
        }
    }
    fn area(&mut self) -> Area {
        Area {
            id: self.str(),
            title: self.text(),
            weight: self.f64(),
            criteria: (0..self.count()).map(|_| self.criterion()).collect(),
        }
    }
    fn criterion(&mut self) -> Criterion {
        Criterion {
            id: self.str(),
            title: self.text(),
            question: self.text(),
            guidance: self.text(),
            weight: self.f64(),
            levels: self.texts(),
            next_steps: self.texts(),
            references: self.strings(),
            derived_from: (self.u8() == 1).then(|| DerivedFrom {
                guideline: self.u8(),
                category: self.str(),
            }),
            replaces: self.strings(),
        }
    }
}
