//! Every semantic check of a guideline file, collecting all findings.
//!
//! Structural problems (syntax, unknown keys, missing fields, wrong types) are
//! found while reading the tree (`model/raw.rs`); this module checks what a
//! well-formed file says: ids, levels, weights, references, languages, target.
//! Each finding has a stable code, listed in `docs/diagnostics.md`.

use std::collections::{HashMap, HashSet};

use super::raw::{RawCriterion, RawGuideline, RawNumbered, RawSource, RawText};
use super::version::Version;
use super::{MAX_LEVEL, SUPPORTED_FORMAT};
use crate::diagnostic::{Code, Diagnostic};
use crate::tree_reader::At;
use crate::yaml::Pos;

/// Checks a guideline that has been read into raw form.
pub(super) fn check_guideline(raw: &RawGuideline, file: &str) -> Vec<Diagnostic> {
    let mut c = Checker {
        file,
        out: Vec::new(),
    };
    c.header(raw);
    c.texts(raw);
    c.scale(raw);
    c.areas(raw);
    c.lineage(raw);
    c.references(raw);
    c.out
}

struct Checker<'a> {
    file: &'a str,
    out: Vec<Diagnostic>,
}

/// True for `lowercase-words-with-dashes`.
pub(super) fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The categories of the ICCWC guidelines that `derived-from` may name.
pub(super) const CATEGORIES: &[&str] = &[
    "membership",
    "governance",
    "finance",
    "support",
    "deliverables",
];

/// A weight above 0 and at most 100.
fn valid_weight(w: f64) -> bool {
    w.is_finite() && w > 0.0 && w <= 100.0
}

/// What is wrong with a criterion id standing in area `area`, if anything:
/// it must be the area's id, a dot, and a kebab-case name. An id that starts
/// with another prefix is told the id it should have, and, when that prefix
/// is another area's id, that it may stand in the wrong area.
fn criterion_id_problem(id: &str, area: Option<&str>, raw: &RawGuideline) -> Option<String> {
    let area_id = area.unwrap_or("AREA");
    let (prefix, slug) = id.split_once('.').unwrap_or(("", id));
    if Some(prefix) == area && is_kebab(slug) {
        return None;
    }
    let quoted = crate::diagnostic::quoted(id);
    if Some(prefix) == area || !is_kebab(slug) {
        return Some(format!(
            "criterion id `{quoted}` must be `{area_id}.` followed by a kebab-case name (a-z, 0-9, -)"
        ));
    }
    if prefix.is_empty() {
        return Some(format!(
            "criterion id `{quoted}` must start with its area's id: `{area_id}.{slug}`"
        ));
    }
    let other_area = raw
        .areas
        .iter()
        .any(|a| a.id.as_ref().is_some_and(|i| i.value == prefix));
    Some(if other_area {
        format!(
            "criterion id `{quoted}` starts with `{prefix}.`, but it stands in area `{area_id}`: a criterion id starts with its area's id, so write `{area_id}.{slug}`, or move the criterion to area `{prefix}`"
        )
    } else {
        format!(
            "criterion id `{quoted}` does not start with the id of its area, `{area_id}`: write `{area_id}.{slug}`"
        )
    })
}

/// True when following `replaces` links from `start` reaches `target`.
fn replaces_chain_reaches(raw: &RawGuideline, start: &RawCriterion, target: &str) -> bool {
    let by_id = |id: &str| {
        raw.areas
            .iter()
            .flat_map(|a| &a.criteria)
            .find(|c| c.id.as_ref().is_some_and(|i| i.value == id))
    };
    let mut seen = HashSet::new();
    let mut todo: Vec<&str> = start.replaces.iter().map(|r| r.value.as_str()).collect();
    while let Some(id) = todo.pop() {
        if id == target {
            return true;
        }
        if seen.insert(id)
            && let Some(c) = by_id(id)
        {
            todo.extend(c.replaces.iter().map(|r| r.value.as_str()));
        }
    }
    false
}

impl Checker<'_> {
    fn error(&mut self, code: Code, pos: Pos, message: String) {
        self.out
            .push(Diagnostic::error(code, self.file, pos, message));
    }

    fn warning(&mut self, code: Code, pos: Pos, message: String) {
        self.out
            .push(Diagnostic::warning(code, self.file, pos, message));
    }

    fn header(&mut self, raw: &RawGuideline) {
        if let Some(format) = &raw.format
            && format.value != SUPPORTED_FORMAT
        {
            self.error(
                    Code::UnsupportedFormat,
                    format.pos,
                    format!(
                        "format {} is not supported; this version of wen-assess reads format {SUPPORTED_FORMAT}",
                        format.value
                    ),
                );
        }
        if let Some(id) = &raw.id
            && !is_kebab(&id.value)
        {
            self.error(
                Code::InvalidId,
                id.pos,
                format!(
                    "guideline id `{}` must be kebab-case (a-z, 0-9, -)",
                    id.value
                ),
            );
        }
        if let Some(v) = &raw.version
            && let Err(e) = Version::parse(&v.value)
        {
            self.error(
                Code::InvalidVersion,
                v.pos,
                format!("version `{}` {e}", crate::diagnostic::quoted(&v.value)),
            );
        }
        if raw.languages_pos.is_some() && raw.languages.is_empty() {
            self.error(
                Code::InvalidLanguage,
                raw.languages_pos.unwrap_or(raw.pos),
                "`languages` must name at least one language, e.g. [en]".to_string(),
            );
        }
        let mut seen = HashSet::new();
        for lang in &raw.languages {
            let ok = lang.value.len() == 2 && lang.value.chars().all(|c| c.is_ascii_lowercase());
            if !ok {
                self.error(
                    Code::InvalidLanguage,
                    lang.pos,
                    format!(
                        "`{}` is not a two-letter language code such as en, fr, es",
                        lang.value
                    ),
                );
            } else if !seen.insert(lang.value.as_str()) {
                self.error(
                    Code::DuplicateId,
                    lang.pos,
                    format!("language `{}` is declared twice", lang.value),
                );
            }
        }
        if let Some(RawSource::Plain(source)) = &raw.source {
            self.controls(&source.value, source.pos, "`source`");
        }
        if let Some(target) = &raw.target
            && !(0..=MAX_LEVEL as i64).contains(&target.value)
        {
            self.error(
                Code::InvalidTarget,
                target.pos,
                format!("target {} is outside the scale 0-{MAX_LEVEL}", target.value),
            );
        }
    }

    /// Every text must carry every declared language, and no other.
    fn texts(&mut self, raw: &RawGuideline) {
        // Invalid codes are reported once in `header`, not again on every text.
        let declared: Vec<&str> = raw
            .languages
            .iter()
            .map(|l| l.value.as_str())
            .filter(|l| l.len() == 2 && l.chars().all(|c| c.is_ascii_lowercase()))
            .collect();
        if declared.is_empty() {
            return;
        }
        let mut texts: Vec<(&RawText, String)> = Vec::new();
        if let Some(t) = &raw.title {
            texts.push((t, "the guideline title".into()));
        }
        if let Some(t) = &raw.short_title {
            texts.push((t, "the guideline short title".into()));
        }
        if let Some(t) = &raw.description {
            texts.push((t, "the guideline description".into()));
        }
        if let Some(RawSource::Text(t)) = &raw.source {
            texts.push((t, "the guideline source".into()));
        }
        if let Some(t) = &raw.scope {
            texts.push((t, "the guideline scope".into()));
        }
        for level in &raw.scale {
            if let Some(t) = &level.label {
                let n = level.level.as_ref().map_or(-1, |l| l.value);
                texts.push((t, format!("the label of scale level {n}")));
            }
        }
        for area in &raw.areas {
            let aid = area.id.as_ref().map_or("?", |i| i.value.as_str());
            if let Some(t) = &area.title {
                texts.push((t, format!("the title of area `{aid}`")));
            }
            for crit in &area.criteria {
                let cid = crit.id.as_ref().map_or("?", |i| i.value.as_str());
                for (t, what) in [
                    (&crit.title, "title"),
                    (&crit.question, "question"),
                    (&crit.guidance, "guidance"),
                ] {
                    if let Some(t) = t {
                        texts.push((t, format!("the {what} of `{cid}`")));
                    }
                }
                for n in &crit.levels {
                    texts.push((&n.text, format!("level {} of `{cid}`", n.level.value)));
                }
                for n in &crit.next_steps {
                    texts.push((
                        &n.text,
                        format!("the next step from level {} of `{cid}`", n.level.value),
                    ));
                }
                if let Some(m) = &crit.member {
                    for (t, what) in [(&m.question, "question"), (&m.guidance, "guidance")] {
                        if let Some(t) = t {
                            texts.push((t, format!("the member {what} of `{cid}`")));
                        }
                    }
                    for n in &m.levels {
                        texts.push((
                            &n.text,
                            format!("member level {} of `{cid}`", n.level.value),
                        ));
                    }
                    for n in &m.next_steps {
                        texts.push((
                            &n.text,
                            format!(
                                "the member next step from level {} of `{cid}`",
                                n.level.value
                            ),
                        ));
                    }
                }
            }
        }
        for r in &raw.references {
            if let Some(t) = &r.title {
                let rid = r.id.as_ref().map_or("?", |i| i.value.as_str());
                texts.push((t, format!("the title of reference `{rid}`")));
            }
        }
        for (text, what) in texts {
            self.text(text, &what, &declared);
        }
    }

    fn text(&mut self, text: &RawText, what: &str, declared: &[&str]) {
        for lang in declared {
            match text.entries.iter().find(|(l, _)| l.value == *lang) {
                None => self.error(
                    Code::MissingTranslation,
                    text.pos,
                    format!("{what} has no `{lang}` text"),
                ),
                Some((_, value)) if value.value.trim().is_empty() => self.error(
                    Code::EmptyText,
                    value.pos,
                    format!("the `{lang}` text of {what} is empty"),
                ),
                Some(_) => {}
            }
        }
        for (lang, value) in &text.entries {
            self.controls(
                &value.value,
                value.pos,
                &format!("the `{}` text of {what}", lang.value),
            );
        }
        for (lang, _) in &text.entries {
            if !declared.contains(&lang.value.as_str()) {
                self.warning(
                    Code::UndeclaredLanguage,
                    lang.pos,
                    format!(
                        "{what} has a `{}` text but `languages` does not declare it",
                        lang.value
                    ),
                );
            }
        }
    }

    /// Control characters in a text would reach terminals and files: a CR
    /// in a question ends a comment line of a template early, and ESC
    /// sequences act on a terminal. Line feeds are allowed.
    fn controls(&mut self, text: &str, pos: Pos, what: &str) {
        if let Some(c) = text
            .chars()
            .find(|c| *c != '\n' && crate::escape::is_control(*c))
        {
            self.error(
                Code::ControlCharacter,
                pos,
                format!(
                    "{what} holds the control character {}; remove it",
                    crate::escape::controls(&c.to_string())
                ),
            );
        }
    }

    fn scale(&mut self, raw: &RawGuideline) {
        let Some(scale_pos) = raw.scale_pos else {
            return;
        };
        let mut seen = HashSet::new();
        for level in &raw.scale {
            let Some(n) = &level.level else { continue };
            if !(0..=MAX_LEVEL as i64).contains(&n.value) {
                self.error(
                    Code::InvalidScale,
                    n.pos,
                    format!("scale level {} is outside 0-{MAX_LEVEL}", n.value),
                );
            } else if !seen.insert(n.value) {
                self.error(
                    Code::DuplicateId,
                    n.pos,
                    format!("scale level {} is listed twice", n.value),
                );
            }
        }
        let missing: Vec<String> = (0..=MAX_LEVEL as i64)
            .filter(|n| !seen.contains(n))
            .map(|n| n.to_string())
            .collect();
        if !missing.is_empty() {
            self.error(
                Code::InvalidScale,
                scale_pos,
                format!("the scale has no level {}", missing.join(", ")),
            );
        }
    }

    fn weight(&mut self, weight: &Option<At<f64>>, what: &str) {
        if let Some(w) = weight
            && !valid_weight(w.value)
        {
            self.error(
                Code::InvalidWeight,
                w.pos,
                format!(
                    "the weight of {what} must be a number above 0 and at most 100, found {}",
                    w.value
                ),
            );
        }
    }

    fn areas(&mut self, raw: &RawGuideline) {
        if raw.areas_pos.is_some() && raw.areas.is_empty() {
            self.error(
                Code::NoAreas,
                raw.areas_pos.unwrap_or(raw.pos),
                "the guideline has no areas".to_string(),
            );
        }
        let mut area_ids: HashMap<&str, Pos> = HashMap::new();
        let mut criterion_ids: HashMap<&str, Pos> = HashMap::new();
        for area in &raw.areas {
            let aid = area.id.as_ref().map(|i| i.value.as_str());
            if let Some(id) = &area.id {
                if !is_kebab(&id.value) {
                    self.error(
                        Code::InvalidId,
                        id.pos,
                        format!("area id `{}` must be kebab-case (a-z, 0-9, -)", id.value),
                    );
                }
                if let Some(first) = area_ids.insert(&id.value, id.pos) {
                    self.error(
                        Code::DuplicateId,
                        id.pos,
                        format!(
                            "area id `{}` is already used at line {}",
                            id.value, first.line
                        ),
                    );
                }
            }
            let name = format!("area `{}`", aid.unwrap_or("?"));
            self.weight(&area.weight, &name);
            if area.criteria.is_empty() {
                self.error(Code::EmptyArea, area.pos, format!("{name} has no criteria"));
            }
            for crit in &area.criteria {
                if let Some(id) = &crit.id {
                    if let Some(message) = criterion_id_problem(&id.value, aid, raw) {
                        self.error(Code::InvalidId, id.pos, message);
                    }
                    if let Some(first) = criterion_ids.insert(&id.value, id.pos) {
                        self.error(
                            Code::DuplicateId,
                            id.pos,
                            format!(
                                "criterion id `{}` is already used at line {}",
                                id.value, first.line
                            ),
                        );
                    }
                }
                let cname = format!(
                    "criterion `{}`",
                    crit.id.as_ref().map_or("?", |i| i.value.as_str())
                );
                self.weight(&crit.weight, &cname);
                self.scope(crit, &cname);
                // An invalid weight is reported as such, not also as unexplained.
                if let Some(w) = &crit.weight
                    && w.value != 1.0
                    && valid_weight(w.value)
                    && crit.weight_reason.is_none()
                {
                    self.warning(
                        Code::MissingWeightReason,
                        w.pos,
                        format!(
                            "{cname} weighs {} but has no `weight-reason`; say why it counts more or less than the others",
                            w.value
                        ),
                    );
                }
                if let Some(pos) = crit.levels_pos {
                    self.numbered(
                        &crit.levels,
                        pos,
                        MAX_LEVEL,
                        &cname,
                        "descriptor",
                        Code::MissingLevel,
                        Code::InvalidLevel,
                    );
                }
                if let Some(pos) = crit.next_steps_pos {
                    self.numbered(
                        &crit.next_steps,
                        pos,
                        MAX_LEVEL - 1,
                        &cname,
                        "next step",
                        Code::MissingNextStep,
                        Code::InvalidNextStep,
                    );
                }
            }
        }
    }

    /// `scope` is `network` or `member`; a member-scope criterion carries
    /// the member state's texts, complete; a network-scope one has no use
    /// for them.
    fn scope(&mut self, crit: &RawCriterion, cname: &str) {
        let scope = match &crit.scope {
            None => {
                self.warning(
                    Code::MissingScope,
                    crit.pos,
                    format!(
                        "{cname} has no `scope`; it is taken as `network` (answered for the network as a whole). Write `scope: network`, or `scope: member` with the `member:` texts a member state answers about itself"
                    ),
                );
                "network"
            }
            Some(s) if s.value == "network" || s.value == "member" => s.value.as_str(),
            Some(s) => {
                self.error(
                    Code::InvalidScope,
                    s.pos,
                    format!(
                        "the scope of {cname} is `{}`; expected `network` (about the network as a body) or `member` (about what each member state does)",
                        crate::diagnostic::quoted(&s.value)
                    ),
                );
                return;
            }
        };
        match (&crit.member, scope) {
            (None, "member") => self.error(
                Code::MissingMemberTexts,
                crit.scope.as_ref().map_or(crit.pos, |s| s.pos),
                format!(
                    "{cname} has `scope: member` but no `member:` texts; add the question, guidance, levels 0-4 and next steps 0-3 a member state answers about itself"
                ),
            ),
            (Some(m), "network") => self.warning(
                Code::UnusedMemberTexts,
                m.pos,
                format!(
                    "{cname} is network-scope, so its `member:` texts are not used; remove them, or make it `scope: member`"
                ),
            ),
            (Some(m), _) => {
                if let Some(pos) = m.levels_pos {
                    self.numbered(
                        &m.levels,
                        pos,
                        MAX_LEVEL,
                        &format!("the member texts of {cname}"),
                        "descriptor",
                        Code::MissingLevel,
                        Code::InvalidLevel,
                    );
                }
                if let Some(pos) = m.next_steps_pos {
                    self.numbered(
                        &m.next_steps,
                        pos,
                        MAX_LEVEL - 1,
                        &format!("the member texts of {cname}"),
                        "next step",
                        Code::MissingNextStep,
                        Code::InvalidNextStep,
                    );
                }
            }
            _ => {}
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn numbered(
        &mut self,
        items: &[RawNumbered],
        pos: Pos,
        max: u8,
        cname: &str,
        what: &str,
        missing_code: Code,
        invalid_code: Code,
    ) {
        for item in items {
            if !(0..=max as i64).contains(&item.level.value) {
                let why = if what == "next step" && item.level.value == MAX_LEVEL as i64 {
                    format!(" (level {MAX_LEVEL} is the top and has no next step)")
                } else {
                    String::new()
                };
                self.error(
                    invalid_code,
                    item.level.pos,
                    format!(
                        "{cname} has a {what} for level {}, expected levels 0-{max}{why}",
                        item.level.value
                    ),
                );
            }
        }
        let missing: Vec<String> = (0..=max as i64)
            .filter(|n| !items.iter().any(|i| i.level.value == *n))
            .map(|n| n.to_string())
            .collect();
        if !missing.is_empty() {
            let plural = if missing.len() > 1 { "s" } else { "" };
            self.error(
                missing_code,
                pos,
                format!(
                    "{cname} has no {what} for level{plural} {}",
                    missing.join(", ")
                ),
            );
        }
    }

    /// `derived-from` names a part (1 or 2) and one of the five categories
    /// of the ICCWC guidelines; `replaces` links form a clean map from old ids
    /// to current criteria: well-formed, not a current id, no id claimed by
    /// two criteria, no cycle.
    fn lineage(&mut self, raw: &RawGuideline) {
        let current: HashMap<&str, Pos> = raw
            .areas
            .iter()
            .flat_map(|a| &a.criteria)
            .filter_map(|c| c.id.as_ref().map(|i| (i.value.as_str(), i.pos)))
            .collect();
        let mut claimed: HashMap<&str, (&str, Pos)> = HashMap::new();
        for crit in raw.areas.iter().flat_map(|a| &a.criteria) {
            let cid = crit.id.as_ref().map_or("?", |i| i.value.as_str());
            if let Some(d) = &crit.derived_from {
                if let Some(g) = &d.guideline
                    && !(1..=2).contains(&g.value)
                {
                    self.error(
                            Code::InvalidDerivedFrom,
                            g.pos,
                            format!(
                                "`derived-from` of `{cid}` names guideline {}; the ICCWC guidelines have parts 1 (establishing) and 2 (strengthening)",
                                g.value
                            ),
                        );
                }
                if let Some(cat) = &d.category
                    && !CATEGORIES.contains(&cat.value.as_str())
                {
                    self.error(
                        Code::InvalidDerivedFrom,
                        cat.pos,
                        format!(
                            "`derived-from` of `{cid}` names category `{}`; expected one of: {}",
                            cat.value,
                            CATEGORIES.join(", ")
                        ),
                    );
                }
            }
            for old in &crit.replaces {
                let id = old.value.as_str();
                let well_formed = id
                    .split_once('.')
                    .is_some_and(|(a, s)| is_kebab(a) && is_kebab(s));
                if !well_formed {
                    self.error(
                        Code::InvalidReplaces,
                        old.pos,
                        format!(
                            "`replaces` of `{cid}` names `{id}`, which is not a criterion id (`area.name`)"
                        ),
                    );
                    continue;
                }
                if id == cid {
                    self.error(
                        Code::InvalidReplaces,
                        old.pos,
                        format!("`{cid}` names itself in `replaces`"),
                    );
                    continue;
                }
                if let Some(first) = claimed.insert(id, (cid, old.pos)) {
                    self.error(
                        Code::ReplacesClaimedTwice,
                        old.pos,
                        format!(
                            "`{id}` is already replaced by `{}` (line {}); answers to it can move to one criterion only",
                            first.0, first.1.line
                        ),
                    );
                    continue;
                }
                if current.contains_key(id) {
                    let back = raw
                        .areas
                        .iter()
                        .flat_map(|a| &a.criteria)
                        .find(|c| c.id.as_ref().is_some_and(|i| i.value == id))
                        .is_some_and(|other| replaces_chain_reaches(raw, other, cid));
                    if back {
                        self.error(
                            Code::ReplacesCycle,
                            old.pos,
                            format!(
                                "`{cid}` replaces `{id}`, which leads back to `{cid}` through `replaces`; the links must not form a cycle"
                            ),
                        );
                    } else {
                        self.error(
                            Code::ReplacesCurrent,
                            old.pos,
                            format!(
                                "`{cid}` replaces `{id}`, which is still a criterion of this guideline; answers to it would have two homes"
                            ),
                        );
                    }
                }
            }
        }
    }

    fn references(&mut self, raw: &RawGuideline) {
        let mut defined: HashMap<&str, Pos> = HashMap::new();
        for r in &raw.references {
            if let Some(id) = &r.id {
                if !is_kebab(&id.value) {
                    self.error(
                        Code::InvalidId,
                        id.pos,
                        format!(
                            "reference id `{}` must be kebab-case (a-z, 0-9, -)",
                            id.value
                        ),
                    );
                }
                if let Some(first) = defined.insert(&id.value, id.pos) {
                    self.error(
                        Code::DuplicateId,
                        id.pos,
                        format!(
                            "reference id `{}` is already used at line {}",
                            id.value, first.line
                        ),
                    );
                }
            }
            if let Some(checked) = &r.checked
                && !crate::answers::is_date(&checked.value)
            {
                self.warning(
                    Code::InvalidDate,
                    checked.pos,
                    format!(
                        "`checked` of a reference is `{}`, not a date YYYY-MM-DD",
                        crate::diagnostic::quoted(&checked.value)
                    ),
                );
            }
            if let Some(url) = &r.url
                && !(url.value.starts_with("https://") || url.value.starts_with("http://"))
            {
                self.error(
                    Code::InvalidUrl,
                    url.pos,
                    format!("url `{}` must start with https:// or http://", url.value),
                );
            }
        }
        let mut used = HashSet::new();
        for area in &raw.areas {
            for crit in &area.criteria {
                for r in &crit.references {
                    used.insert(r.value.as_str());
                    if !defined.contains_key(r.value.as_str()) {
                        // Sorted, so that of two ids as close, the same one is named every run.
                        let mut known: Vec<&str> = defined.keys().copied().collect();
                        known.sort_unstable();
                        let hint = crate::tree_reader::suggest(&r.value, &known)
                            .map_or(String::new(), |k| format!("; did you mean `{k}`?"));
                        self.error(
                            Code::UnresolvedReference,
                            r.pos,
                            format!(
                                "reference `{}` is not in the `references` list{hint}",
                                crate::diagnostic::quoted(&r.value)
                            ),
                        );
                    }
                }
            }
        }
        for r in &raw.references {
            if let Some(id) = &r.id
                && !used.contains(id.value.as_str())
            {
                self.warning(
                    Code::UnusedReference,
                    id.pos,
                    format!("reference `{}` is not used by any criterion", id.value),
                );
            }
        }
    }
}
