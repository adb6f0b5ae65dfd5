//! The built-in guidelines in a prepared form that runs read straight into
//! the model, their strings borrowed from the binary: no run parses their
//! YAML or copies their texts.
//!
//! The prepared files (`src/model/prepared/<id>.guideline`) are written from
//! the YAML by the real loader ([`write`]) and committed, as typos commits
//! its generated dictionary: the test below fails when one differs from what
//! its YAML says, and `WEN_ASSESS_BLESS=1 cargo test --lib prepared` writes
//! them anew. So the loader's defaults and checks exist once, and nothing at
//! build time parses YAML. Each prepared file starts with the layout version
//! and a hash of the YAML it was made from: one made by another layout or
//! from another text (a guideline edited and not yet blessed) is not used,
//! and the YAML is parsed instead, so a stale file costs time, never a
//! wrong guideline or a crash.
//!
//! The layout is text, so the reader borrows every string without checking
//! its UTF-8 again: small numbers as 2 hex digits, counts and string lengths
//! (in bytes) as 8, decimal numbers as the 16 hex digits of their bits, and
//! each string right after its length.

use super::{Area, Criterion, DerivedFrom, Guideline, Reference, Scope, Text, Wording};

/// The layout version, written first and checked by the reader.
const LAYOUT: u8 = 3;

/// FNV-1a, 64 bits: enough to tell whether a prepared file was made from
/// this text (not a defence against forgery; both are in the binary).
fn text_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The header a prepared file of `yaml` starts with.
fn header(yaml: &str) -> String {
    format!("{LAYOUT:02x}{:016x}", text_hash(yaml))
}

/// Reads a prepared guideline made from `yaml`; `origin` is the file it
/// came from. `None` when it was made by another layout or from another
/// text: the caller parses the YAML instead.
pub(super) fn read(text: &'static str, yaml: &str, origin: &str) -> Option<Guideline> {
    let body = text.strip_prefix(&header(yaml))?;
    let mut r = Reader { text: body, at: 0 };
    let g = r.guideline(origin);
    (r.at == body.len()).then_some(g)
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
        u64::from_str_radix(self.take(digits), 16).expect("hex digits of a prepared guideline")
    }
    fn u8(&mut self) -> u8 {
        self.hex(2) as u8
    }
    fn flag(&mut self) -> bool {
        self.u8() == 1
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
        self.flag().then(|| self.str())
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
            short_title: self.text(),
            description: self.text(),
            source: self.text(),
            scope: self.text(),
            scale: self.texts(),
            target: self.u8(),
            areas: (0..self.count()).map(|_| self.area()).collect(),
            references: (0..self.count())
                .map(|_| Reference {
                    id: self.str(),
                    title: self.text(),
                    url: self.opt_str(),
                    checked: self.opt_str(),
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
            scope: if self.flag() {
                Scope::Member
            } else {
                Scope::Network
            },
            title: self.text(),
            question: self.text(),
            guidance: self.text(),
            weight: self.f64(),
            levels: self.texts(),
            next_steps: self.texts(),
            member: self.flag().then(|| {
                Box::new(Wording {
                    question: self.text(),
                    guidance: self.text(),
                    levels: self.texts(),
                    next_steps: self.texts(),
                })
            }),
            extension: self.flag(),
            references: self.strings(),
            derived_from: self.flag().then(|| DerivedFrom {
                guideline: self.u8(),
                part: self.opt_str(),
                category: self.str(),
            }),
            replaces: self.strings(),
        }
    }
}

/// Writes a guideline made from `yaml` in the order [`read`] reads it.
#[cfg(test)]
pub(super) fn write(g: &Guideline, yaml: &str) -> String {
    let mut w = Writer(header(yaml));
    w.guideline(g);
    w.0
}

#[cfg(test)]
struct Writer(String);

#[cfg(test)]
impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push_str(&format!("{v:02x}"));
    }
    fn flag(&mut self, v: bool) {
        self.u8(u8::from(v));
    }
    fn count(&mut self, n: usize) {
        self.0
            .push_str(&format!("{:08x}", u32::try_from(n).expect("fits")));
    }
    fn str(&mut self, s: &str) {
        self.count(s.len());
        self.0.push_str(s);
    }
    fn f64(&mut self, v: f64) {
        self.0.push_str(&format!("{:016x}", v.to_bits()));
    }
    fn strings(&mut self, items: &[String]) {
        self.count(items.len());
        for i in items {
            self.str(i);
        }
    }
    fn opt_str(&mut self, s: Option<&str>) {
        self.flag(s.is_some());
        if let Some(s) = s {
            self.str(s);
        }
    }
    fn text(&mut self, t: &Text) {
        self.count(t.entries.len());
        for (l, v) in &t.entries {
            self.str(l);
            self.str(v);
        }
    }
    fn texts(&mut self, ts: &[Text]) {
        for t in ts {
            self.text(t);
        }
    }
    fn guideline(&mut self, g: &Guideline) {
        self.str(&g.id);
        self.str(&g.version);
        self.strings(&g.languages);
        self.text(&g.title);
        self.text(&g.short_title);
        self.text(&g.description);
        self.text(&g.source);
        self.text(&g.scope);
        self.texts(&g.scale);
        self.u8(g.target);
        self.count(g.areas.len());
        for a in &g.areas {
            self.str(&a.id);
            self.text(&a.title);
            self.f64(a.weight);
            self.count(a.criteria.len());
            for c in &a.criteria {
                self.criterion(c);
            }
        }
        self.count(g.references.len());
        for r in &g.references {
            self.str(&r.id);
            self.text(&r.title);
            self.opt_str(r.url.as_deref());
            self.opt_str(r.checked.as_deref());
        }
    }
    fn criterion(&mut self, c: &Criterion) {
        self.str(&c.id);
        self.flag(c.scope == Scope::Member);
        self.text(&c.title);
        self.text(&c.question);
        self.text(&c.guidance);
        self.f64(c.weight);
        self.texts(&c.levels);
        self.texts(&c.next_steps);
        self.flag(c.member.is_some());
        if let Some(m) = &c.member {
            self.text(&m.question);
            self.text(&m.guidance);
            self.texts(&m.levels);
            self.texts(&m.next_steps);
        }
        self.flag(c.extension);
        self.strings(&c.references);
        self.flag(c.derived_from.is_some());
        if let Some(d) = &c.derived_from {
            self.u8(d.guideline);
            self.opt_str(d.part.as_deref());
            self.str(&d.category);
        }
        self.strings(&c.replaces);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{BUILTIN, builtin, parse_guideline};
    use super::*;

    /// The committed prepared files are what the loader makes of the YAML,
    /// and runs read back the same guideline. `WEN_ASSESS_BLESS=1` writes
    /// them anew after a change to a built-in guideline or to the layout.
    #[test]
    fn prepared_builtins_are_what_the_yaml_says() {
        let bless = std::env::var_os("WEN_ASSESS_BLESS").is_some();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model/prepared");
        let mut stale = Vec::new();
        for (id, file, text) in BUILTIN {
            let parsed = parse_guideline(text, file).unwrap();
            let fresh = write(&parsed, text);
            let path = dir.join(format!("{id}.guideline"));
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            if committed != fresh {
                if bless {
                    std::fs::write(&path, &fresh).unwrap();
                } else {
                    stale.push(path.display().to_string());
                }
            }
        }
        assert!(
            stale.is_empty(),
            "out of date: {}; run `WEN_ASSESS_BLESS=1 cargo test --lib prepared`, then rebuild",
            stale.join(", ")
        );
        if !bless {
            for ((_, file, text), prepared) in BUILTIN.iter().zip(super::super::PREPARED) {
                let g = read(prepared, text, file).expect("the prepared file is used");
                assert_eq!(g, parse_guideline(text, file).unwrap(), "{file}");
            }
        }
    }

    #[test]
    fn a_prepared_file_of_another_text_is_not_used() {
        let (_, file, text) = BUILTIN[0];
        let prepared = super::super::PREPARED[0];
        assert!(read(prepared, text, file).is_some());
        assert!(read(prepared, &format!("{text}\n# edited"), file).is_none());
        assert!(read("03", text, file).is_none());
        // The guidelines are still there: read from their YAML.
        assert_eq!(builtin()[0].id, "establishing");
    }
}
