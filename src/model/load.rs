//! Loading guidelines: text -> YAML tree -> raw types -> checks -> model,
//! from the built-in files or from files and folders on disk.

use std::path::{Path, PathBuf};

use super::{
    Area, BUILTIN, Criterion, DerivedFrom, Guideline, GuidelineError, PREPARED, Reference, Scope,
    Text, Wording, raw,
};
use super::{compiled, validate};
use crate::diagnostic::{self, Code, Diagnostic};
use crate::files::{self, ReadError};
use crate::tree_reader::TreeReader;
use crate::yaml;

/// A guideline text checked: the file as written (when its YAML reads as a
/// guideline file), the guideline (when there is no error), every finding.
#[derive(Debug)]
pub(crate) struct CheckedText {
    /// The file as written, with positions: what `--against` compares.
    pub raw: Option<raw::RawGuideline>,
    /// The guideline, when the file has no error.
    pub guideline: Option<Guideline>,
    /// Every finding, sorted.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a guideline text: every finding, the file as written and, when
/// there is no error, the guideline.
pub(crate) fn check_guideline_text(text: &str, file: &str) -> CheckedText {
    let failed = |diagnostic| CheckedText {
        raw: None,
        guideline: None,
        diagnostics: vec![diagnostic],
    };
    let root = match yaml::parse(text) {
        Ok(doc) => doc.root,
        Err(e) => {
            let code = match e.kind {
                yaml::SyntaxKind::DuplicateKey => Code::DuplicateKey,
                _ => Code::YamlSyntax,
            };
            // Guideline files are checked in English, for their authors.
            let message = e.message.to_string();
            return failed(Diagnostic::error(code, file, e.pos, message));
        }
    };
    if root.get("answers").is_some() && root.get("areas").is_none() {
        let message = format!(
            "this is an answer file (it has `answers:`), not a guideline file; score it with `wen-assess score {file}`"
        );
        return failed(Diagnostic::error(
            Code::NotAGuideline,
            file,
            root.pos,
            message,
        ));
    }
    let mut diagnostics = Vec::new();
    let raw = {
        let mut reader = TreeReader {
            file: file.to_string(),
            diagnostics: &mut diagnostics,
        };
        raw::read_guideline(&mut reader, &root)
    };
    diagnostics.extend(validate::check_guideline(&raw, file));
    diagnostic::sort(&mut diagnostics);
    let guideline = (diagnostic::error_count(&diagnostics) == 0).then(|| from_raw(&raw, file));
    CheckedText {
        raw: Some(raw),
        guideline,
        diagnostics,
    }
}

/// Checks a guideline text: every finding, and the guideline when there is
/// no error.
pub fn check_text(text: &str, file: &str) -> (Option<Guideline>, Vec<Diagnostic>) {
    let checked = check_guideline_text(text, file);
    (checked.guideline, checked.diagnostics)
}

/// Parses and validates a guideline text.
pub fn parse_guideline(text: &str, file: &str) -> Result<Guideline, GuidelineError> {
    match check_text(text, file) {
        (Some(g), _) => Ok(g),
        (None, diagnostics) => Err(GuidelineError::Invalid {
            file: file.to_string(),
            diagnostics,
        }),
    }
}

/// The built-in guidelines, read from their prepared form: no YAML is
/// parsed (`validate` still checks their YAML text).
pub fn builtin() -> Vec<Guideline> {
    BUILTIN
        .iter()
        .zip(PREPARED)
        .map(|((_, file, yaml), prepared)| {
            compiled::read(prepared, yaml, file).unwrap_or_else(|| {
                // A prepared file made from another text (a guideline edited
                // and not yet blessed): the YAML says what is true.
                parse_guideline(yaml, file).expect("the built-in guidelines are valid (tested)")
            })
        })
        .collect()
}

/// A built-in guideline whose place a file of `--guidelines` took, having
/// its id.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Replaced {
    /// The id both have.
    pub id: String,
    /// The built-in guideline's version.
    pub builtin_version: String,
    /// The file that took its place.
    pub file: String,
    /// The file's version.
    pub version: String,
}

/// The guidelines a run uses: the built-in ones with the files of `path`
/// added, a file with a built-in id taking that one's place (listed in the
/// second value, for the command to say so); or, when `builtins` is false,
/// the files of `path` alone.
pub(crate) fn load_guidelines(
    path: Option<&Path>,
    builtins: bool,
) -> Result<(Vec<Guideline>, Vec<Replaced>), GuidelineError> {
    let mut out = if builtins { builtin() } else { Vec::new() };
    let mut replaced = Vec::new();
    let Some(path) = path else {
        return Ok((out, replaced));
    };
    for g in load_path(path)? {
        match out.iter_mut().find(|b| b.id == g.id) {
            Some(b) => {
                replaced.push(Replaced {
                    id: g.id.clone(),
                    builtin_version: b.version.clone(),
                    file: g.origin.clone(),
                    version: g.version.clone(),
                });
                *b = g;
            }
            None => out.push(g),
        }
    }
    Ok((out, replaced))
}

/// The guideline files in a folder (`*.yaml`, `*.yml`), sorted, or the path
/// itself when it is a file.
pub(crate) fn guideline_files(path: &Path) -> Result<Vec<PathBuf>, ReadError> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    files::files_in(path, GUIDELINE_EXTENSIONS)
}

/// The names of the files a folder of guidelines contributes.
pub(crate) const GUIDELINE_EXTENSIONS: &[&str] = &["yaml", "yml"];

/// Loads guidelines from a file or a folder of files.
pub(crate) fn load_path(path: &Path) -> Result<Vec<Guideline>, GuidelineError> {
    let files = guideline_files(path)?;
    if files.is_empty() {
        return Err(GuidelineError::EmptyFolder(path.display().to_string()));
    }
    let mut out: Vec<Guideline> = Vec::new();
    for file in files {
        let shown = file.display().to_string();
        let text = files::read_text(&file)?;
        let g = parse_guideline(&text, &shown)?;
        if let Some(first) = out.iter().find(|o| o.id == g.id) {
            return Err(GuidelineError::DuplicateId {
                id: g.id.clone(),
                first: first.origin.clone(),
                second: shown,
            });
        }
        out.push(g);
    }
    Ok(out)
}

fn text(raw: &Option<raw::RawText>) -> Text {
    raw.as_ref().map_or_else(Text::default, |t| {
        Text::new(
            t.entries
                .iter()
                .map(|(l, v)| (l.value.clone(), v.value.clone())),
        )
    })
}

fn numbered<const N: usize>(items: &[raw::RawNumbered]) -> [Text; N] {
    std::array::from_fn(|i| {
        items
            .iter()
            .find(|n| n.level.value == i as i64)
            .map(|n| text(&Some(n.text.clone())))
            .unwrap_or_default()
    })
}

/// Builds the domain model from a raw guideline that passed every check.
fn from_raw(raw: &raw::RawGuideline, file: &str) -> Guideline {
    let s = |v: &Option<crate::tree_reader::At<String>>| {
        v.as_ref().map(|a| a.value.clone()).unwrap_or_default()
    };
    let scale = std::array::from_fn(|i| {
        raw.scale
            .iter()
            .find(|l| l.level.as_ref().is_some_and(|n| n.value == i as i64))
            .map(|l| text(&l.label))
            .unwrap_or_default()
    });
    Guideline {
        id: s(&raw.id),
        version: s(&raw.version),
        languages: raw.languages.iter().map(|l| l.value.clone()).collect(),
        title: text(&raw.title),
        short_title: text(if raw.short_title.is_some() {
            &raw.short_title
        } else {
            &raw.title
        }),
        description: text(&raw.description),
        source: match &raw.source {
            Some(raw::RawSource::Text(t)) => text(&Some(t.clone())),
            Some(raw::RawSource::Plain(p)) => Text::new([("", p.value.clone())]),
            None => Text::default(),
        },
        scope: text(&raw.scope),
        scale,
        target: raw.target.as_ref().map_or(3, |t| t.value as u8),
        areas: raw
            .areas
            .iter()
            .map(|a| Area {
                id: s(&a.id),
                title: text(&a.title),
                weight: a.weight.as_ref().map_or(1.0, |w| w.value),
                criteria: a
                    .criteria
                    .iter()
                    .map(|c| Criterion {
                        id: s(&c.id),
                        // Checked: a missing scope is a warning and means network.
                        scope: c
                            .scope
                            .as_ref()
                            .and_then(|v| Scope::parse(&v.value))
                            .unwrap_or_default(),
                        title: text(&c.title),
                        question: text(&c.question),
                        guidance: text(&c.guidance),
                        weight: c.weight.as_ref().map_or(1.0, |w| w.value),
                        levels: numbered(&c.levels),
                        next_steps: numbered(&c.next_steps),
                        // Member texts count only where a member state answers.
                        member: c
                            .member
                            .as_ref()
                            .filter(|_| c.scope.as_ref().is_some_and(|v| v.value == "member"))
                            .map(|m| {
                                Box::new(Wording {
                                    question: text(&m.question),
                                    guidance: text(&m.guidance),
                                    levels: numbered(&m.levels),
                                    next_steps: numbered(&m.next_steps),
                                })
                            }),
                        extension: c.extension.as_ref().is_some_and(|e| e.value),
                        references: c.references.iter().map(|r| r.value.clone()).collect(),
                        derived_from: c.derived_from.as_ref().and_then(|d| {
                            Some(DerivedFrom {
                                guideline: d.guideline.as_ref()?.value as u8,
                                part: d.part.as_ref().map(|p| p.value.clone()),
                                category: d.category.as_ref()?.value.clone(),
                            })
                        }),
                        replaces: c.replaces.iter().map(|r| r.value.clone()).collect(),
                    })
                    .collect(),
            })
            .collect(),
        references: raw
            .references
            .iter()
            .map(|r| Reference {
                id: s(&r.id),
                title: text(&r.title),
                url: r.url.as_ref().map(|u| u.value.clone()),
                checked: r.checked.as_ref().map(|c| c.value.clone()),
            })
            .collect(),
        origin: file.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_guidelines_are_clean() {
        for (id, file, text) in BUILTIN {
            let (g, diagnostics) = check_text(text, file);
            let shown: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
            assert!(diagnostics.is_empty(), "{}", shown.join("\n"));
            let g = g.unwrap();
            assert_eq!(&g.id, id);
            let ids: Vec<&str> = g.areas.iter().map(|a| a.id.as_str()).collect();
            assert_eq!(
                ids,
                [
                    "membership",
                    "governance",
                    "finance",
                    "support",
                    "deliverables"
                ]
            );
            assert!(
                (30..=40).contains(&g.criterion_count()),
                "{}",
                g.criterion_count()
            );
            for (_, c) in g.criteria() {
                assert!(c.levels.iter().all(|t| !t.get("en").is_empty()), "{}", c.id);
                assert!(c.derived_from.is_some(), "{}", c.id);
                assert!(
                    c.next_steps.iter().all(|t| !t.get("en").is_empty()),
                    "{}",
                    c.id
                );
            }
        }
    }
}
