//! Guideline files as written: every field optional and positioned.
//!
//! [`read_guideline`] turns a YAML tree into these types and reports
//! structural problems (unknown keys, missing fields, wrong types). The
//! semantic checks live in `validate.rs`; only a file that passes both becomes
//! a [`super::Guideline`].

use crate::diagnostic::Code;
use crate::tree_reader::{At, TreeReader};
use crate::yaml::{Node, Pos, Value};

/// A text in several languages: `{en: ..., fr: ...}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct RawText {
    /// Where the mapping stands.
    pub pos: Pos,
    /// Language code and text, in file order.
    pub entries: Vec<(At<String>, At<String>)>,
}

/// One level of the maturity scale.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RawScaleLevel {
    /// Where the entry stands.
    pub pos: Pos,
    /// The level number.
    pub level: Option<At<i64>>,
    /// Its label.
    pub label: Option<RawText>,
}

/// A numbered text: a level descriptor or a next step.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RawNumbered {
    /// The level number, with the key's position.
    pub level: At<i64>,
    /// The text.
    pub text: RawText,
}

/// A criterion as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct RawCriterion {
    /// Where the entry stands.
    pub pos: Pos,
    /// `area.slug`.
    pub id: Option<At<String>>,
    /// Short title.
    pub title: Option<RawText>,
    /// The question put to the respondent.
    pub question: Option<RawText>,
    /// What to look at before answering.
    pub guidance: Option<RawText>,
    /// Weight inside the area.
    pub weight: Option<At<f64>>,
    /// Position of the `levels` mapping, if present.
    pub levels_pos: Option<Pos>,
    /// Level descriptors.
    pub levels: Vec<RawNumbered>,
    /// Position of the `next-steps` mapping, if present.
    pub next_steps_pos: Option<Pos>,
    /// Next step per level below the top.
    pub next_steps: Vec<RawNumbered>,
    /// Reference ids.
    pub references: Vec<At<String>>,
    /// Which ICCWC guideline part and category the criterion follows.
    pub derived_from: Option<RawDerivedFrom>,
    /// Ids of earlier criteria whose answers move to this one.
    pub replaces: Vec<At<String>>,
    /// `network` or `member`: who can answer it.
    pub scope: Option<At<String>>,
    /// The member state's wording (member-scope criteria).
    pub member: Option<RawMember>,
    /// Beyond the ICCWC Guidelines.
    pub extension: Option<At<bool>>,
    /// Why the weight is not 1 (for authors).
    pub weight_reason: Option<At<String>>,
}

/// The `member:` block of a criterion: the texts a member state answers
/// about itself.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct RawMember {
    /// Where the block stands.
    pub pos: Pos,
    /// The question.
    pub question: Option<RawText>,
    /// The guidance.
    pub guidance: Option<RawText>,
    /// Position of `levels`, if present.
    pub levels_pos: Option<Pos>,
    /// Level descriptors.
    pub levels: Vec<RawNumbered>,
    /// Position of `next-steps`, if present.
    pub next_steps_pos: Option<Pos>,
    /// Next steps.
    pub next_steps: Vec<RawNumbered>,
}

/// `derived-from: {guideline: 2, category: governance}` as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct RawDerivedFrom {
    /// Where the mapping stands.
    pub pos: Pos,
    /// Guideline part of the ICCWC guidelines: 1 (establishing) or 2 (strengthening).
    pub guideline: Option<At<i64>>,
    /// The section or heading of that part it follows.
    pub part: Option<At<String>>,
    /// Category of that part, e.g. `governance`.
    pub category: Option<At<String>>,
}

/// An area as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct RawArea {
    /// Where the entry stands.
    pub pos: Pos,
    /// Area id.
    pub id: Option<At<String>>,
    /// Title.
    pub title: Option<RawText>,
    /// Weight in the overall score.
    pub weight: Option<At<f64>>,
    /// Criteria.
    pub criteria: Vec<RawCriterion>,
}

/// A reference as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct RawReference {
    /// Where the entry stands.
    pub pos: Pos,
    /// Reference id.
    pub id: Option<At<String>>,
    /// Title.
    pub title: Option<RawText>,
    /// Link.
    pub url: Option<At<String>>,
    /// When the link and title were last checked, `YYYY-MM-DD`.
    pub checked: Option<At<String>>,
}

/// A guideline file as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct RawGuideline {
    /// The root mapping's position.
    pub pos: Pos,
    /// File format number.
    pub format: Option<At<i64>>,
    /// Stable id.
    pub id: Option<At<String>>,
    /// Content version.
    pub version: Option<At<String>>,
    /// Declared languages.
    pub languages: Vec<At<String>>,
    /// Position of `languages`, if present.
    pub languages_pos: Option<Pos>,
    /// Title.
    pub title: Option<RawText>,
    /// A short title, for page footers and sheet headers.
    pub short_title: Option<RawText>,
    /// Description.
    pub description: Option<RawText>,
    /// Where the criteria come from: a text per language, or one string
    /// for every language.
    pub source: Option<RawSource>,
    /// What wildlife crime covers in this guideline.
    pub scope: Option<RawText>,
    /// Position of `scale`, if present.
    pub scale_pos: Option<Pos>,
    /// Maturity scale.
    pub scale: Vec<RawScaleLevel>,
    /// Default target level.
    pub target: Option<At<i64>>,
    /// Position of `areas`, if present.
    pub areas_pos: Option<Pos>,
    /// Areas.
    pub areas: Vec<RawArea>,
    /// References.
    pub references: Vec<RawReference>,
}

/// The `source` of a guideline.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RawSource {
    /// One string for every language.
    Plain(At<String>),
    /// A text per language, like titles.
    Text(RawText),
}

const GUIDELINE_KEYS: &[&str] = &[
    "format",
    "id",
    "version",
    "languages",
    "title",
    "short-title",
    "description",
    "source",
    "scope",
    "scale",
    "target",
    "areas",
    "references",
];
const GUIDELINE_REQUIRED: &[&str] = &[
    "format",
    "id",
    "version",
    "languages",
    "title",
    "scale",
    "target",
    "areas",
];
const AREA_KEYS: &[&str] = &["id", "title", "weight", "criteria"];
const CRITERION_KEYS: &[&str] = &[
    "id",
    "scope",
    "title",
    "question",
    "guidance",
    "weight",
    "weight-reason",
    "levels",
    "next-steps",
    "member",
    "references",
    "derived-from",
    "extension",
    "replaces",
];
const MEMBER_KEYS: &[&str] = &["question", "guidance", "levels", "next-steps"];
const CRITERION_REQUIRED: &[&str] = &[
    "id",
    "title",
    "question",
    "guidance",
    "levels",
    "next-steps",
];
const REFERENCE_KEYS: &[&str] = &["id", "title", "url", "checked"];

/// Reads a guideline tree, reporting structural problems to `reader`.
pub(crate) fn read_guideline(reader: &mut TreeReader, root: &Node) -> RawGuideline {
    let mut raw = RawGuideline {
        pos: root.pos,
        ..RawGuideline::default()
    };
    let Some(f) = reader.fields(
        root,
        "the guideline",
        GUIDELINE_KEYS,
        GUIDELINE_REQUIRED,
        true,
    ) else {
        return raw;
    };
    raw.format = f.get("format").and_then(|n| reader.int(n, "`format`"));
    raw.id = reader.opt_string(&f, "id", "the guideline");
    raw.version = reader.opt_string(&f, "version", "the guideline");
    if let Some(node) = f.get("languages") {
        raw.languages_pos = Some(node.pos);
        raw.languages = reader.strings(node, "`languages`");
    }
    raw.title = f.get("title").and_then(|n| read_text(reader, n, "`title`"));
    raw.short_title = f
        .get("short-title")
        .and_then(|n| read_text(reader, n, "`short-title`"));
    raw.description = f
        .get("description")
        .and_then(|n| read_text(reader, n, "`description`"));
    raw.scope = f.get("scope").and_then(|n| read_text(reader, n, "`scope`"));
    raw.source = match f.get("source") {
        Some(node) if node.as_map().is_some() => {
            read_text(reader, node, "`source`").map(RawSource::Text)
        }
        _ => reader
            .opt_string(&f, "source", "the guideline")
            .map(RawSource::Plain),
    };
    if let Some(node) = f.get("scale") {
        raw.scale_pos = Some(node.pos);
        for item in reader.list(node, "`scale`").unwrap_or_default() {
            raw.scale.push(read_scale_level(reader, item));
        }
    }
    raw.target = f.get("target").and_then(|n| reader.int(n, "`target`"));
    if let Some(node) = f.get("areas") {
        raw.areas_pos = Some(node.pos);
        for item in reader.list(node, "`areas`").unwrap_or_default() {
            raw.areas.push(read_area(reader, item));
        }
    }
    if let Some(node) = f.get("references") {
        for item in reader.list(node, "`references`").unwrap_or_default() {
            raw.references.push(read_reference(reader, item));
        }
    }
    raw
}

/// Reads a weight. `1,5`, as many languages write one and a half, is text
/// to YAML: the message says to write `1.5`.
fn read_weight(reader: &mut TreeReader, node: &Node, name: &str) -> Option<At<f64>> {
    if let Value::Str(text) = &node.value
        && let Some((whole, fraction)) = text.trim().split_once(',')
        && !whole.is_empty()
        && !fraction.is_empty()
        && whole
            .chars()
            .chain(fraction.chars())
            .all(|c| c.is_ascii_digit())
    {
        reader.error(
            Code::WrongType,
            node.pos,
            format!(
                "the weight of {name} is `{text}`, which YAML reads as text: write `{whole}.{fraction}`, with a decimal point",
                text = text.trim()
            ),
        );
        return None;
    }
    reader.number(node, format!("the weight of {name}"))
}

fn read_text(reader: &mut TreeReader, node: &Node, what: &str) -> Option<RawText> {
    let map = node.as_map();
    if map.is_none() {
        reader.error(
            Code::WrongType,
            node.pos,
            format!(
                "{what} must be a mapping of language to text, e.g. `{{en: ...}}`, found {}",
                node.value.kind()
            ),
        );
        return None;
    }
    let mut text = RawText {
        pos: node.pos,
        entries: Vec::new(),
    };
    for (key, value) in map.unwrap_or_default() {
        let Some(lang) = reader.string(key, format!("a language code in {what}")) else {
            continue;
        };
        if let Some(value) = reader.string(value, format!("the `{}` text of {what}", lang.value)) {
            text.entries.push((lang, value));
        }
    }
    Some(text)
}

fn read_scale_level(reader: &mut TreeReader, node: &Node) -> RawScaleLevel {
    let mut level = RawScaleLevel {
        pos: node.pos,
        level: None,
        label: None,
    };
    if let Some(f) = reader.fields(
        node,
        "a scale level",
        &["level", "label"],
        &["level", "label"],
        true,
    ) {
        level.level = f.get("level").and_then(|n| reader.int(n, "`level`"));
        level.label = f.get("label").and_then(|n| read_text(reader, n, "`label`"));
    }
    level
}

fn read_area(reader: &mut TreeReader, node: &Node) -> RawArea {
    let mut area = RawArea {
        pos: node.pos,
        ..RawArea::default()
    };
    let what = node
        .get("id")
        .and_then(|id| id.scalar_text())
        .map_or("an area".to_string(), |id| format!("area `{id}`"));
    let Some(f) = reader.fields(node, &what, AREA_KEYS, &["id", "title", "criteria"], true) else {
        return area;
    };
    area.id = reader.opt_string(&f, "id", "the area");
    let name = area
        .id
        .as_ref()
        .map_or("an area".to_string(), |id| format!("area `{}`", id.value));
    area.title = f
        .get("title")
        .and_then(|n| read_text(reader, n, &format!("the title of {name}")));
    area.weight = f.get("weight").and_then(|n| read_weight(reader, n, &name));
    if let Some(node) = f.get("criteria") {
        for item in reader
            .list(node, format!("the criteria of {name}"))
            .unwrap_or_default()
        {
            area.criteria.push(read_criterion(reader, item));
        }
    }
    area
}

fn read_criterion(reader: &mut TreeReader, node: &Node) -> RawCriterion {
    let mut c = RawCriterion {
        pos: node.pos,
        ..RawCriterion::default()
    };
    let what = node
        .get("id")
        .and_then(|id| id.scalar_text())
        .map_or("a criterion".to_string(), |id| format!("criterion `{id}`"));
    let Some(f) = reader.fields(node, &what, CRITERION_KEYS, CRITERION_REQUIRED, true) else {
        return c;
    };
    c.id = reader.opt_string(&f, "id", "the criterion");
    let name = c.id.as_ref().map_or("a criterion".to_string(), |id| {
        format!("criterion `{}`", id.value)
    });
    for (key, slot) in [
        ("title", &mut c.title),
        ("question", &mut c.question),
        ("guidance", &mut c.guidance),
    ] {
        *slot = f
            .get(key)
            .and_then(|n| read_text(reader, n, &format!("the {key} of {name}")));
    }
    c.weight = f.get("weight").and_then(|n| read_weight(reader, n, &name));
    c.weight_reason = reader.opt_string(&f, "weight-reason", &name);
    c.scope = reader.opt_string(&f, "scope", &name);
    c.extension = f
        .get("extension")
        .and_then(|n| reader.boolean(n, format!("`extension` of {name}")));
    if let Some(node) = f.get("member") {
        c.member = read_member(reader, node, &name);
    }
    if let Some(node) = f.get("levels") {
        c.levels_pos = Some(node.pos);
        c.levels = read_numbered(reader, node, &format!("the levels of {name}"));
    }
    if let Some(node) = f.get("next-steps") {
        c.next_steps_pos = Some(node.pos);
        c.next_steps = read_numbered(reader, node, &format!("the next steps of {name}"));
    }
    if let Some(node) = f.get("references") {
        c.references = reader.strings(node, format!("the references of {name}"));
    }
    if let Some(node) = f.get("derived-from") {
        let what = format!("`derived-from` of {name}");
        if let Some(d) = reader.fields(
            node,
            &what,
            &["guideline", "part", "category"],
            &["guideline", "category"],
            true,
        ) {
            c.derived_from = Some(RawDerivedFrom {
                pos: node.pos,
                guideline: d.get("guideline").and_then(|n| reader.int(n, &what)),
                part: reader.opt_string(&d, "part", &what),
                category: reader.opt_string(&d, "category", &what),
            });
        }
    }
    if let Some(node) = f.get("replaces") {
        c.replaces = reader.strings(node, format!("`replaces` of {name}"));
    }
    c
}

fn read_member(reader: &mut TreeReader, node: &Node, name: &str) -> Option<RawMember> {
    let what = format!("the member texts of {name}");
    let f = reader.fields(node, &what, MEMBER_KEYS, MEMBER_KEYS, true)?;
    let mut m = RawMember {
        pos: node.pos,
        ..RawMember::default()
    };
    m.question = f
        .get("question")
        .and_then(|n| read_text(reader, n, &format!("the member question of {name}")));
    m.guidance = f
        .get("guidance")
        .and_then(|n| read_text(reader, n, &format!("the member guidance of {name}")));
    if let Some(node) = f.get("levels") {
        m.levels_pos = Some(node.pos);
        m.levels = read_numbered(reader, node, &format!("the member levels of {name}"));
    }
    if let Some(node) = f.get("next-steps") {
        m.next_steps_pos = Some(node.pos);
        m.next_steps = read_numbered(reader, node, &format!("the member next steps of {name}"));
    }
    Some(m)
}

fn read_numbered(reader: &mut TreeReader, node: &Node, what: &str) -> Vec<RawNumbered> {
    let Some(map) = node.as_map() else {
        reader.error(
            Code::WrongType,
            node.pos,
            format!(
                "{what} must be a mapping from level number to text, found {}",
                node.value.kind()
            ),
        );
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, value) in map {
        let level = key.scalar_text().and_then(|t| t.trim().parse::<i64>().ok());
        let Some(level) = level else {
            reader.error(
                Code::WrongType,
                key.pos,
                format!(
                    "keys of {what} must be level numbers, found `{}`",
                    key.scalar_text().unwrap_or_default()
                ),
            );
            continue;
        };
        if let Some(text) = read_text(reader, value, &format!("level {level} of {what}")) {
            out.push(RawNumbered {
                level: At {
                    value: level,
                    pos: key.pos,
                },
                text,
            });
        }
    }
    out
}

fn read_reference(reader: &mut TreeReader, node: &Node) -> RawReference {
    let mut r = RawReference {
        pos: node.pos,
        ..RawReference::default()
    };
    if let Some(f) = reader.fields(node, "a reference", REFERENCE_KEYS, &["id", "title"], true) {
        r.id = reader.opt_string(&f, "id", "the reference");
        r.title = f
            .get("title")
            .and_then(|n| read_text(reader, n, "the reference title"));
        r.url = reader.opt_string(&f, "url", "the reference");
        r.checked = reader.opt_string(&f, "checked", "the reference");
    }
    r
}
