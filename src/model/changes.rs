//! What changed between two versions of a guideline file
//! (`validate NEW --against OLD`), judged by what it does to the answer
//! files written for the old one; and a file that takes the id and version
//! of a built-in guideline with other content.
//!
//! Answer files name a guideline's id and version and key their answers by
//! criterion id. So a criterion that disappears without a `replaces:` link
//! loses its answers from the scores (an error: `removed-criterion`, a
//! warning when the major version grows, which says the break is meant);
//! criteria added, removed or renamed need a higher version
//! (`version-not-raised`); and a scope, a weight or level texts changed
//! under the same version make the same answers mean something else
//! (`unversioned-change`). The comparison reads both files as written
//! (`raw.rs`), so it works on a file that has errors of its own, and its
//! findings point into the new file, the one a pull request changes.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};

use super::Guideline;
use super::raw::{RawCriterion, RawGuideline, RawNumbered, RawText};
use super::version::Version;
use crate::diagnostic::{Code, Diagnostic};
use crate::yaml::Pos;

/// The old version of a guideline, as `--against` gave it.
#[derive(Debug)]
pub(crate) struct Old<'a> {
    /// The file as written.
    pub raw: &'a RawGuideline,
    /// How messages name it: a path, or `the built-in guideline strengthening 1.2.0`.
    pub name: String,
    /// Its lines mean something to the reader: true for a file, false for a
    /// built-in guideline, whose source an installed program does not have.
    pub lines: bool,
}

/// What changed between the two versions, criterion by criterion.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Changes {
    /// The old version's `version`.
    pub old_version: String,
    /// Ids new in this version.
    pub added: Vec<String>,
    /// (old id, new id) pairs linked by `replaces:`.
    pub renamed: Vec<(String, String)>,
    /// Old ids gone with no `replaces:` naming them.
    pub removed: Vec<String>,
    /// Ids kept whose scope, weight or level texts changed.
    pub changed: Vec<String>,
}

/// A criterion with the id of its area.
struct Entry<'r> {
    area: &'r str,
    criterion: &'r RawCriterion,
}

fn criteria(raw: &RawGuideline) -> Vec<(&str, Entry<'_>)> {
    raw.areas
        .iter()
        .flat_map(|a| {
            let area = a.id.as_ref().map_or("", |i| i.value.as_str());
            a.criteria.iter().filter_map(move |c| {
                let id = c.id.as_ref()?.value.as_str();
                Some((id, Entry { area, criterion: c }))
            })
        })
        .collect()
}

/// A text's entries, sorted by language, without positions.
fn entries(text: &RawText) -> Vec<(&str, &str)> {
    let mut e: Vec<(&str, &str)> = text
        .entries
        .iter()
        .map(|(l, t)| (l.value.as_str(), t.value.as_str()))
        .collect();
    e.sort_unstable();
    e
}

fn numbered(items: &[RawNumbered]) -> BTreeMap<i64, Vec<(&str, &str)>> {
    items
        .iter()
        .map(|n| (n.level.value, entries(&n.text)))
        .collect()
}

/// The levels whose texts differ, and the position of the first in the new file.
fn changed_levels(old: &[RawNumbered], new: &[RawNumbered]) -> (Vec<i64>, Option<Pos>) {
    let (o, n) = (numbered(old), numbered(new));
    let levels: Vec<i64> = o
        .keys()
        .chain(n.keys())
        .copied()
        .collect::<std::collections::BTreeSet<i64>>()
        .into_iter()
        .filter(|l| o.get(l) != n.get(l))
        .collect();
    let pos = levels
        .first()
        .and_then(|l| new.iter().find(|n| n.level.value == *l))
        .map(|n| n.level.pos);
    (levels, pos)
}

fn scope(c: &RawCriterion) -> &str {
    // A missing scope is taken as network (`missing-scope`).
    c.scope.as_ref().map_or("network", |s| s.value.as_str())
}

fn weight(w: &Option<crate::tree_reader::At<f64>>) -> f64 {
    w.as_ref().map_or(1.0, |w| w.value)
}

fn value(v: &Option<crate::tree_reader::At<String>>) -> &str {
    v.as_ref().map_or("", |v| v.value.as_str())
}

fn list(levels: &[i64]) -> String {
    let shown: Vec<String> = levels.iter().map(i64::to_string).collect();
    let plural = if levels.len() > 1 { "s" } else { "" };
    format!("level{plural} {}", shown.join(", "))
}

/// The new criterion an old one most likely became: one with a fresh id
/// (not in the old file, replacing nothing) that keeps its title or
/// question in some language, or its name in another area, or the only
/// fresh one of its area when it is the only one gone from there.
fn successor<'n>(
    old: &Entry,
    old_id: &str,
    fresh: &[(&'n str, &Entry)],
    gone_from_area: usize,
) -> Option<&'n str> {
    let same_text = |a: &Option<RawText>, b: &Option<RawText>| match (a, b) {
        (Some(a), Some(b)) => {
            let b = entries(b);
            entries(a).iter().any(|e| b.contains(e))
        }
        _ => false,
    };
    let slug = |id: &str| id.split_once('.').map_or(id, |(_, s)| s).to_string();
    fresh
        .iter()
        .find(|(_, n)| {
            same_text(&old.criterion.title, &n.criterion.title)
                || same_text(&old.criterion.question, &n.criterion.question)
        })
        .or_else(|| fresh.iter().find(|(id, _)| slug(id) == slug(old_id)))
        .or_else(|| {
            let mut in_area = fresh.iter().filter(|(_, n)| n.area == old.area);
            match (in_area.next(), in_area.next(), gone_from_area) {
                (Some(only), None, 1) => Some(only),
                _ => None,
            }
        })
        .map(|(id, _)| *id)
}

/// Compares the new version of a guideline (`new`, read from `file`) with
/// the old one: what changed, and the findings about it, placed in `file`.
pub(crate) fn compare(new: &RawGuideline, file: &str, old: &Old) -> (Changes, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let old_raw = old.raw;
    let root_pos = |raw: &RawGuideline| raw.id.as_ref().map_or(raw.pos, |i| i.pos);
    let (new_id, old_id) = (value(&new.id), value(&old_raw.id));
    let same_guideline = new_id == old_id;
    if !same_guideline {
        out.push(Diagnostic::warning(
            Code::ChangedGuidelineId,
            file,
            root_pos(new),
            format!(
                "this guideline is `{new_id}`, but {} is `{old_id}`: answer files name their guideline by id, so answers given to `{old_id}` are not read against this file; the criteria are compared all the same",
                old.name
            ),
        ));
    }
    let new_criteria = criteria(new);
    let old_criteria = criteria(old_raw);
    let new_ids: HashMap<&str, &Entry> = new_criteria.iter().map(|(id, e)| (*id, e)).collect();
    let old_ids: HashMap<&str, &Entry> = old_criteria.iter().map(|(id, e)| (*id, e)).collect();
    // Old id -> the criterion that names it in `replaces:`.
    let mut replaced_by: HashMap<&str, &str> = HashMap::new();
    for (id, e) in &new_criteria {
        for r in &e.criterion.replaces {
            replaced_by.entry(r.value.as_str()).or_insert(id);
        }
    }
    let versions = match (
        Version::parse(value(&new.version)),
        Version::parse(value(&old_raw.version)),
    ) {
        (Ok(n), Ok(o)) if same_guideline => Some((n, o)),
        // An invalid version is reported as such; guidelines of two ids
        // have versions that do not order.
        _ => None,
    };
    let major_grows = versions
        .as_ref()
        .is_some_and(|(n, o)| n.major() > o.major());
    let mut changes = Changes {
        old_version: value(&old_raw.version).to_string(),
        ..Changes::default()
    };
    let fresh: Vec<(&str, &Entry)> = new_criteria
        .iter()
        .filter(|(id, e)| !old_ids.contains_key(id) && e.criterion.replaces.is_empty())
        .map(|(id, e)| (*id, e))
        .collect();
    let gone: Vec<&(&str, Entry)> = old_criteria
        .iter()
        .filter(|(id, _)| !new_ids.contains_key(id))
        .collect();
    for (id, e) in &gone {
        if let Some(to) = replaced_by.get(id) {
            changes.renamed.push((id.to_string(), to.to_string()));
            continue;
        }
        changes.removed.push(id.to_string());
        let at = if old.lines {
            let line = e.criterion.id.as_ref().map_or(0, |i| i.pos.line);
            format!("criterion `{id}` of {} (line {line})", old.name)
        } else {
            format!("criterion `{id}` of {}", old.name)
        };
        let gone_from_area = gone
            .iter()
            .filter(|(g, o)| o.area == e.area && !replaced_by.contains_key(g))
            .count();
        let likely = successor(e, id, &fresh, gone_from_area);
        let (pos, hint) = match likely {
            Some(to) => (
                new_ids[to].criterion.id.as_ref().map_or(new.pos, |i| i.pos),
                format!(
                    "it looks renamed to `{to}`: add `replaces: [{id}]` to `{to}`, and its answers move there"
                ),
            ),
            None => (
                new.areas
                    .iter()
                    .find(|a| a.id.as_ref().is_some_and(|i| i.value == e.area))
                    .and_then(|a| a.id.as_ref().map(|i| i.pos))
                    .or(new.areas_pos)
                    .unwrap_or_else(|| root_pos(new)),
                format!(
                    "if it was renamed, add `replaces: [{id}]` to the criterion that took its place"
                ),
            ),
        };
        if major_grows {
            out.push(Diagnostic::warning(
                Code::RemovedCriterion,
                file,
                pos,
                format!(
                    "{at} is gone and no criterion names it in `replaces:`; answers given to it will be listed, not scored. The major version grows, so this may be meant; {hint}"
                ),
            ));
        } else {
            let next_major = versions.as_ref().map_or_else(
                || "a new major version".to_string(),
                |(_, o)| format!("{}.0.0", o.major() + 1),
            );
            out.push(Diagnostic::error(
                Code::RemovedCriterion,
                file,
                pos,
                format!(
                    "{at} is gone and no criterion names it in `replaces:`, so answers given to it would drop out of the scores; {hint}{}",
                    if likely.is_some() {
                        String::new()
                    } else {
                        format!("; if it was dropped on purpose, make this version {next_major}")
                    }
                ),
            ));
        }
    }
    // New ids, but not those that old ones were renamed to: counted there.
    changes.added = new_criteria
        .iter()
        .filter(|(id, _)| !old_ids.contains_key(id))
        .filter(|(id, _)| !changes.renamed.iter().any(|(_, to)| to == id))
        .map(|(id, _)| id.to_string())
        .collect();
    // Kept criteria whose meaning for an answer changed.
    // (where, what changed, what it does to answers of the same version)
    let mut content: Vec<(Pos, String, &str)> = Vec::new();
    for (id, n) in &new_criteria {
        let Some(o) = old_ids.get(id) else { continue };
        let (nc, oc) = (n.criterion, o.criterion);
        let before = content.len();
        if scope(nc) != scope(oc) {
            content.push((
                nc.scope.as_ref().map_or(nc.pos, |s| s.pos),
                format!(
                    "the scope of `{id}` changed from {} to {}",
                    scope(oc),
                    scope(nc)
                ),
                "who answers it changes for answers given to",
            ));
        }
        if weight(&nc.weight) != weight(&oc.weight) {
            content.push((
                nc.weight.as_ref().map_or(nc.pos, |w| w.pos),
                format!(
                    "the weight of `{id}` changed from {} to {}",
                    weight(&oc.weight),
                    weight(&nc.weight)
                ),
                "the scores change for answers given to",
            ));
        }
        let (levels, pos) = changed_levels(&oc.levels, &nc.levels);
        if !levels.is_empty() {
            content.push((
                pos.or(nc.levels_pos).unwrap_or(nc.pos),
                format!("the texts of {} of `{id}` changed", list(&levels)),
                "levels were chosen by the old texts in answers given to",
            ));
        }
        if let (Some(om), Some(nm)) = (&oc.member, &nc.member) {
            let (levels, pos) = changed_levels(&om.levels, &nm.levels);
            if !levels.is_empty() {
                content.push((
                    pos.or(nm.levels_pos).unwrap_or(nm.pos),
                    format!("the member texts of {} of `{id}` changed", list(&levels)),
                    "levels were chosen by the old texts in answers given to",
                ));
            }
        }
        if content.len() > before {
            changes.changed.push(id.to_string());
        }
    }
    for n in &new.areas {
        let Some(id) = &n.id else { continue };
        let Some(o) = old_raw
            .areas
            .iter()
            .find(|o| o.id.as_ref().is_some_and(|i| i.value == id.value))
        else {
            continue;
        };
        if weight(&n.weight) != weight(&o.weight) {
            content.push((
                n.weight.as_ref().map_or(id.pos, |w| w.pos),
                format!(
                    "the weight of area `{}` changed from {} to {}",
                    id.value,
                    weight(&o.weight),
                    weight(&n.weight)
                ),
                "the scores change for answers given to",
            ));
        }
    }
    let Some((new_version, old_version)) = versions else {
        return (changes, out);
    };
    let version_pos = new.version.as_ref().map_or(root_pos(new), |v| v.pos);
    let (nv, ov) = (value(&new.version), value(&old_raw.version));
    let example = if old_version.is_pre_release() {
        String::new()
    } else {
        format!(" (e.g. {})", old_version.next_minor())
    };
    let criteria_changed =
        !(changes.added.is_empty() && changes.renamed.is_empty() && changes.removed.is_empty());
    match new_version.cmp(&old_version) {
        Ordering::Less => out.push(Diagnostic::error(
            Code::VersionNotRaised,
            file,
            version_pos,
            format!(
                "version {nv} is lower than {ov}, the version of {}: a later file needs a higher version{example}",
                old.name
            ),
        )),
        Ordering::Equal => {
            if criteria_changed {
                let mut what = Vec::new();
                for (n, word) in [
                    (changes.added.len(), "added"),
                    (changes.renamed.len(), "renamed"),
                    (changes.removed.len(), "removed"),
                ] {
                    if n > 0 {
                        what.push(format!("{n} {word}"));
                    }
                }
                out.push(Diagnostic::error(
                    Code::VersionNotRaised,
                    file,
                    version_pos,
                    format!(
                        "the criteria changed since {} ({}), but the version is still {nv}: answer files say which version they answered, so raise it{example}",
                        old.name,
                        what.join(", ")
                    ),
                ));
            }
            for (pos, what, effect) in content {
                out.push(Diagnostic::warning(
                    Code::UnversionedChange,
                    file,
                    pos,
                    format!(
                        "{what} since {}, but the version is still {nv}, and {effect} {nv}; raise the version{example}",
                        old.name
                    ),
                ));
            }
        }
        Ordering::Greater => {}
    }
    (changes, out)
}

/// A warning when a valid file takes the id and version of a built-in
/// guideline but says something else: answer files for that version would
/// be scored against either, depending on what is loaded.
pub(crate) fn reused_builtin_version(
    g: &Guideline,
    raw: &RawGuideline,
    builtins: &[Guideline],
) -> Option<Diagnostic> {
    let b = builtins
        .iter()
        .find(|b| b.id == g.id && b.version == g.version)?;
    let same = Guideline {
        origin: b.origin.clone(),
        ..g.clone()
    };
    if &same == b {
        return None;
    }
    let ids =
        |g: &Guideline| -> HashSet<String> { g.criteria().map(|(_, c)| c.id.clone()).collect() };
    let how = if ids(g) == ids(b) {
        "the same criteria, with other texts, weights or levels".to_string()
    } else {
        format!(
            "other criteria ({} where the built-in one has {})",
            g.criterion_count(),
            b.criterion_count()
        )
    };
    let pos = raw.version.as_ref().map_or(raw.pos, |v| v.pos);
    let next = Version::parse(&g.version).map_or_else(|_| g.version.clone(), |v| v.next_minor());
    Some(Diagnostic::warning(
        Code::ReusedBuiltinVersion,
        &g.origin,
        pos,
        format!(
            "`{id}` {version} is the id and version of a built-in guideline, but this file has {how}: answer files for {id} {version} would be scored against one or the other, depending on what is loaded; give this file a version of its own, such as {next}-national.1, or an id of its own",
            id = g.id,
            version = g.version,
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = include_str!("../../tests/fixtures/guidelines/valid/minimal.yaml");

    fn raw(text: &str) -> RawGuideline {
        super::super::check_guideline_text(text, "g.yaml")
            .raw
            .expect("reads as a guideline")
    }

    fn old(raw: &RawGuideline) -> Old<'_> {
        Old {
            raw,
            name: "old.yaml".into(),
            lines: true,
        }
    }

    /// Two criteria merged into one that replaces both are two renames,
    /// and the new id is not counted as added.
    #[test]
    fn a_merge_is_two_renames_and_nothing_added() {
        let before = raw(MINIMAL);
        let text = MINIMAL
            .replace("version: 1.0.0", "version: 1.1.0")
            .replace(
                "      - id: governance.mandate\n",
                "      - id: governance.charter\n        replaces: [governance.mandate, governance.meetings]\n",
            );
        // governance.meetings goes: its block ends where area finance starts.
        let start = text.find("      - id: governance.meetings\n").unwrap();
        let end = text.find("  - id: finance\n").unwrap();
        let text = format!("{}{}", &text[..start], &text[end..]);
        let (changes, found) = compare(&raw(&text), "g.yaml", &old(&before));
        assert_eq!(
            changes.renamed,
            [
                (
                    "governance.mandate".to_string(),
                    "governance.charter".to_string()
                ),
                (
                    "governance.meetings".to_string(),
                    "governance.charter".to_string()
                ),
            ]
        );
        assert!(changes.added.is_empty() && changes.removed.is_empty());
        assert!(found.is_empty(), "{found:?}");
    }

    /// A criterion moved to another area keeps its name after the dot: the
    /// error stands on it and says what to add.
    #[test]
    fn a_criterion_moved_to_another_area_is_found_by_its_name() {
        let before = raw(MINIMAL);
        let text = MINIMAL
            .replace("version: 1.0.0", "version: 1.1.0")
            .replace(
                "      - id: finance.core-funding\n",
                "      - id: finance.funding\n",
            )
            .replace("{en: Core funding}", "{en: Funding}")
            .replace("Is core funding secure?", "Is funding secure?")
            .replace(
                "      - id: governance.meetings\n",
                "      - id: finance.meetings\n",
            );
        // finance.meetings stands in area governance: invalid-id, reported
        // by the checks of the file; the comparison still finds the move.
        let (changes, found) = compare(&raw(&text), "g.yaml", &old(&before));
        assert_eq!(
            changes.removed,
            ["governance.meetings", "finance.core-funding"]
        );
        let shown: Vec<String> = found.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            shown,
            [
                "g.yaml:41:13: error[removed-criterion]: criterion `governance.meetings` of old.yaml (line 41) is gone and no criterion names it in `replaces:`, so answers given to it would drop out of the scores; it looks renamed to `finance.meetings`: add `replaces: [governance.meetings]` to `finance.meetings`, and its answers move there",
                "g.yaml:75:13: error[removed-criterion]: criterion `finance.core-funding` of old.yaml (line 75) is gone and no criterion names it in `replaces:`, so answers given to it would drop out of the scores; it looks renamed to `finance.funding`: add `replaces: [finance.core-funding]` to `finance.funding`, and its answers move there",
            ]
        );
    }
}
