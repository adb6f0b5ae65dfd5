//! Guideline criteria: validated domain types and how they are loaded.
//!
//! A file goes text -> YAML tree (`yaml.rs`) -> raw types (`raw.rs`, with
//! positions) -> checks (`validate.rs`) -> [`Guideline`]. Only a file with no
//! error-level finding becomes a `Guideline`, so the rest of the program can
//! rely on every level, next step and reference being there.

pub mod raw;

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::diagnostic::{self, Diagnostic};
use crate::files::{self, ReadError};
use crate::tree_reader::TreeReader;
use crate::yaml;

/// The guideline file format this version reads and writes.
pub const SUPPORTED_FORMAT: i64 = 1;
/// Highest maturity level (levels run 0..=4).
pub const MAX_LEVEL: u8 = 4;

/// The built-in guideline files, embedded in the binary: (id, file name, text).
pub const BUILTIN: &[(&str, &str, &str)] = &[
    (
        "establishing",
        "guidelines/establishing.yaml",
        include_str!("../../guidelines/establishing.yaml"),
    ),
    (
        "strengthening",
        "guidelines/strengthening.yaml",
        include_str!("../../guidelines/strengthening.yaml"),
    ),
];

/// A text in one or more languages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text {
    entries: Vec<(String, String)>,
}

impl Text {
    /// Builds a text from (language, text) pairs.
    pub fn new(entries: Vec<(String, String)>) -> Self {
        Text { entries }
    }

    /// The text in `lang`, else English, else the first language given.
    pub fn get(&self, lang: &str) -> &str {
        self.entries
            .iter()
            .find(|(l, _)| l == lang)
            .or_else(|| self.entries.iter().find(|(l, _)| l == "en"))
            .or_else(|| self.entries.first())
            .map_or("", |(_, t)| t.as_str())
    }
}

/// A reference document or service named by criteria.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// Kebab-case id.
    pub id: String,
    /// Title.
    pub title: Text,
    /// Link, if any.
    pub url: Option<String>,
}

/// One criterion: a question with five level descriptors and four next steps.
#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    /// `area.slug`, unique in the guideline.
    pub id: String,
    /// Short title.
    pub title: Text,
    /// The question put to the respondent.
    pub question: Text,
    /// What to look at before answering.
    pub guidance: Text,
    /// Weight inside the area.
    pub weight: f64,
    /// Descriptor of each level 0..=4.
    pub levels: [Text; 5],
    /// Recommended next step from each level 0..=3.
    pub next_steps: [Text; 4],
    /// Ids of references.
    pub references: Vec<String>,
    /// Which ICCWC guideline part and category the criterion follows.
    pub derived_from: Option<DerivedFrom>,
    /// Ids of earlier criteria whose answers move to this one.
    pub replaces: Vec<String>,
}

/// The part and category of the ICCWC guidelines a criterion follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DerivedFrom {
    /// 1 (establishing a new WEN) or 2 (strengthening an existing one).
    pub guideline: u8,
    /// One of membership, governance, finance, support, deliverables.
    pub category: String,
}

/// An area of the assessment, e.g. governance.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// Kebab-case id.
    pub id: String,
    /// Title.
    pub title: Text,
    /// Weight in the overall score.
    pub weight: f64,
    /// Criteria in file order.
    pub criteria: Vec<Criterion>,
}

/// A validated guideline.
#[derive(Debug, Clone, PartialEq)]
pub struct Guideline {
    /// Stable id, e.g. `strengthening`.
    pub id: String,
    /// Content version stored in answer files.
    pub version: String,
    /// Languages every text carries.
    pub languages: Vec<String>,
    /// Title.
    pub title: Text,
    /// Who should use it and when.
    pub description: Text,
    /// Where the criteria come from.
    pub source: String,
    /// Label of each level 0..=4.
    pub scale: [Text; 5],
    /// Default target level of every area.
    pub target: u8,
    /// Areas in file order.
    pub areas: Vec<Area>,
    /// References.
    pub references: Vec<Reference>,
    /// Where it was loaded from (a path, or `guidelines/<id>.yaml` for the built-ins).
    pub origin: String,
}

impl Guideline {
    /// Every criterion with its area, in file order.
    pub fn criteria(&self) -> impl Iterator<Item = (&Area, &Criterion)> {
        self.areas
            .iter()
            .flat_map(|a| a.criteria.iter().map(move |c| (a, c)))
    }

    /// Number of criteria.
    pub fn criterion_count(&self) -> usize {
        self.areas.iter().map(|a| a.criteria.len()).sum()
    }

    /// Finds a criterion and its area.
    pub fn criterion(&self, id: &str) -> Option<(&Area, &Criterion)> {
        self.criteria().find(|(_, c)| c.id == id)
    }

    /// Finds an area.
    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    /// Finds a reference.
    pub fn reference(&self, id: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.id == id)
    }

    /// The label of a level, e.g. `Developing`.
    pub fn level_label(&self, level: u8, lang: &str) -> &str {
        self.scale.get(level as usize).map_or("", |t| t.get(lang))
    }
}

/// Why guidelines could not be loaded.
#[derive(Debug, Error)]
pub enum GuidelineError {
    /// The file could not be read.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The file has errors; the findings say where.
    #[error("{file}: invalid guideline file ({} error(s)); run `wen-assess validate {file}` for details:\n{}",
        diagnostic::error_count(.diagnostics),
        .diagnostics.iter().filter(|d| d.is_error()).map(|d| format!("  {d}")).collect::<Vec<_>>().join("\n"))]
    Invalid {
        /// The file.
        file: String,
        /// Its findings.
        diagnostics: Vec<Diagnostic>,
    },
    /// A folder held no guideline file.
    #[error("{0}: no guideline files (*.yaml, *.yml) in this folder")]
    EmptyFolder(String),
    /// Two loaded files share an id.
    #[error("{second}: guideline id `{id}` is already used by {first}")]
    DuplicateId {
        /// The id.
        id: String,
        /// The first file with it.
        first: String,
        /// The second.
        second: String,
    },
}

/// The ids of the loaded guidelines, comma-separated, for messages.
pub fn loaded_ids(guidelines: &[Guideline]) -> String {
    let ids: Vec<&str> = guidelines.iter().map(|g| g.id.as_str()).collect();
    ids.join(", ")
}

/// Finds a loaded guideline by id; the error says which ids are loaded.
pub fn find<'g>(guidelines: &'g [Guideline], id: &str) -> Result<&'g Guideline, String> {
    guidelines.iter().find(|g| g.id == id).ok_or_else(|| {
        format!(
            "no guideline `{id}` is loaded (available: {})",
            loaded_ids(guidelines)
        )
    })
}

/// Checks a guideline text: every finding, and the guideline when there is
/// no error.
pub fn check_text(text: &str, file: &str) -> (Option<Guideline>, Vec<Diagnostic>) {
    let root = match yaml::parse(text) {
        Ok(doc) => doc.root,
        Err(e) => {
            let code = match e.kind {
                yaml::SyntaxKind::DuplicateKey => "duplicate-key",
                _ => "yaml-syntax",
            };
            return (None, vec![Diagnostic::error(code, file, e.pos, e.message)]);
        }
    };
    if root.get("answers").is_some() && root.get("areas").is_none() {
        let message = format!(
            "this is an answer file (it has `answers:`), not a guideline file; score it with `wen-assess score {file}`"
        );
        return (
            None,
            vec![Diagnostic::error(
                "not-a-guideline",
                file,
                root.pos,
                message,
            )],
        );
    }
    let mut diagnostics = Vec::new();
    let raw = {
        let mut reader = TreeReader {
            file: file.to_string(),
            diagnostics: &mut diagnostics,
        };
        raw::read_guideline(&mut reader, &root)
    };
    diagnostics.extend(crate::validate::check_guideline(&raw, file));
    diagnostic::sort(&mut diagnostics);
    if diagnostic::error_count(&diagnostics) > 0 {
        return (None, diagnostics);
    }
    (Some(from_raw(&raw, file)), diagnostics)
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

/// Loads the built-in guidelines.
pub fn builtin() -> Vec<Guideline> {
    BUILTIN
        .iter()
        .filter_map(|(_, file, text)| parse_guideline(text, file).ok())
        .collect()
}

/// The guideline files in a folder (`*.yaml`, `*.yml`), sorted, or the path
/// itself when it is a file.
pub fn guideline_files(path: &Path) -> Result<Vec<PathBuf>, ReadError> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let shown = path.display().to_string();
    let entries = std::fs::read_dir(path).map_err(|e| ReadError::Io {
        path: shown.clone(),
        reason: files::describe_io(&e),
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect();
    files.sort();
    Ok(files)
}

/// Loads guidelines from a file or a folder of files.
pub fn load_path(path: &Path) -> Result<Vec<Guideline>, GuidelineError> {
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
                .map(|(l, v)| (l.value.clone(), v.value.clone()))
                .collect(),
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
        description: text(&raw.description),
        source: s(&raw.source),
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
                        title: text(&c.title),
                        question: text(&c.question),
                        guidance: text(&c.guidance),
                        weight: c.weight.as_ref().map_or(1.0, |w| w.value),
                        levels: numbered(&c.levels),
                        next_steps: numbered(&c.next_steps),
                        references: c.references.iter().map(|r| r.value.clone()).collect(),
                        derived_from: c.derived_from.as_ref().and_then(|d| {
                            Some(DerivedFrom {
                                guideline: d.guideline.as_ref()?.value as u8,
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
                assert!(
                    c.next_steps.iter().all(|t| !t.get("en").is_empty()),
                    "{}",
                    c.id
                );
            }
        }
    }
}
