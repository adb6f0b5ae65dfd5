//! Guideline criteria: validated domain types and how they are loaded.
//!
//! A file goes text -> YAML tree (`yaml.rs`) -> raw types (`raw.rs`, with
//! positions) -> checks (`validate.rs`) -> [`Guideline`]. Only a file with no
//! error-level finding becomes a `Guideline`, so the rest of the program can
//! rely on every level, next step and reference being there.

mod changes;
mod compiled;
mod load;
pub(crate) mod raw;
mod validate;
mod version;

pub(crate) use changes::{Changes, Old, compare, reused_builtin_version};
pub(crate) use load::{
    GUIDELINE_EXTENSIONS, check_guideline_text, guideline_files, load_guidelines,
};
pub use load::{builtin, check_text, parse_guideline};
pub use version::{Version, VersionError};

use std::borrow::Cow;

use thiserror::Error;

use crate::diagnostic::{self, Diagnostic};
use crate::files::ReadError;

/// The guideline file format this version reads and writes.
pub(crate) const SUPPORTED_FORMAT: i64 = 1;
/// Highest maturity level (levels run 0..=4).
pub(crate) const MAX_LEVEL: u8 = 4;

/// The built-in guideline files, embedded in the binary: (id, file name,
/// YAML text). The text serves `validate` and `guidelines --yaml`; runs read
/// the prepared form of it (see [`builtin`]).
pub(crate) const BUILTIN: &[(&str, &str, &str)] = &[
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

/// The built-in guidelines in their prepared form, in [`BUILTIN`]'s order:
/// written from the YAML by the real loader and committed; a test
/// (`compiled::tests`) fails when they differ from what the YAML says.
const PREPARED: &[&str] = &[
    include_str!("prepared/establishing.guideline"),
    include_str!("prepared/strengthening.guideline"),
];

/// A text in one or more languages. Built-in guidelines borrow their texts
/// from the binary; texts read from files own theirs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text {
    entries: Vec<(Cow<'static, str>, Cow<'static, str>)>,
}

impl Text {
    /// Builds a text from (language, text) pairs.
    pub(crate) fn new<L, T>(entries: impl IntoIterator<Item = (L, T)>) -> Self
    where
        L: Into<Cow<'static, str>>,
        T: Into<Cow<'static, str>>,
    {
        Text {
            entries: entries
                .into_iter()
                .map(|(l, t)| (l.into(), t.into()))
                .collect(),
        }
    }

    /// The text in `lang`, else English, else the first language given.
    pub fn get(&self, lang: &str) -> &str {
        self.entries
            .iter()
            .find(|(l, _)| l == lang)
            .or_else(|| self.entries.iter().find(|(l, _)| l == "en"))
            .or_else(|| self.entries.first())
            .map_or("", |(_, t)| t)
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
    /// When the link and title were last checked, `YYYY-MM-DD`.
    pub checked: Option<String>,
}

/// Who can answer a criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// About the network as a body: answered by the coordinator, the
    /// secretariat or a workshop of the whole network.
    #[default]
    Network,
    /// About what each member state does: answered by each member state
    /// about itself (the member wording), and by the network as its own
    /// estimate across the members (the network wording).
    Member,
}

impl Scope {
    /// `network` or `member`, as files write it.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Scope::Network => "network",
            Scope::Member => "member",
        }
    }

    /// The scope a file names, if it is one.
    pub(crate) fn parse(s: &str) -> Option<Scope> {
        match s {
            "network" => Some(Scope::Network),
            "member" => Some(Scope::Member),
            _ => None,
        }
    }
}

/// A criterion's texts as one respondent reads them: the network's, or a
/// member state's about itself.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Wording {
    /// The question put to the respondent.
    pub question: Text,
    /// What to look at before answering.
    pub guidance: Text,
    /// Descriptor of each level 0..=4.
    pub levels: [Text; 5],
    /// Recommended next step from each level 0..=3.
    pub next_steps: [Text; 4],
}

/// One criterion: a question with five level descriptors and four next
/// steps, in the network's wording and, for a member-scope criterion, in a
/// member state's.
#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    /// `area.slug`, unique in the guideline.
    pub id: String,
    /// Who can answer it.
    pub scope: Scope,
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
    /// A member state's wording, for a member-scope criterion.
    pub member: Option<Box<Wording>>,
    /// Goes beyond the ICCWC Guidelines.
    pub extension: bool,
    /// Ids of references.
    pub references: Vec<String>,
    /// Which ICCWC guideline part and category the criterion follows.
    pub derived_from: Option<DerivedFrom>,
    /// Ids of earlier criteria whose answers move to this one.
    pub replaces: Vec<String>,
}

impl Criterion {
    /// The question put to `who`: a member state answers the member
    /// wording of a member-scope criterion; everyone else, the network's.
    pub(crate) fn question_for(&self, who: Scope) -> &Text {
        self.member_wording(who)
            .map_or(&self.question, |m| &m.question)
    }

    /// The guidance for `who`.
    pub(crate) fn guidance_for(&self, who: Scope) -> &Text {
        self.member_wording(who)
            .map_or(&self.guidance, |m| &m.guidance)
    }

    /// The level descriptors for `who`.
    pub(crate) fn levels_for(&self, who: Scope) -> &[Text; 5] {
        self.member_wording(who).map_or(&self.levels, |m| &m.levels)
    }

    /// The next steps for `who`.
    pub(crate) fn next_steps_for(&self, who: Scope) -> &[Text; 4] {
        self.member_wording(who)
            .map_or(&self.next_steps, |m| &m.next_steps)
    }

    fn member_wording(&self, who: Scope) -> Option<&Wording> {
        match who {
            Scope::Member => self.member.as_deref(),
            Scope::Network => None,
        }
    }
}

/// The part and category of the ICCWC guidelines a criterion follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DerivedFrom {
    /// 1 (establishing a new WEN) or 2 (strengthening an existing one).
    pub guideline: u8,
    /// The section of that part it follows, when the file says.
    pub part: Option<String>,
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
    /// Short title (page footers, sheet headers); the title when the file has none.
    pub short_title: Text,
    /// Who should use it and when.
    pub description: Text,
    /// Where the criteria come from, and whose method the scoring is.
    pub source: Text,
    /// What wildlife crime covers in this guideline (may be empty).
    pub scope: Text,
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

impl Area {
    /// The criteria `who` answers: all of them for the network, the
    /// member-scope ones for a member state.
    pub(crate) fn criteria_for(&self, who: Scope) -> impl Iterator<Item = &Criterion> {
        self.criteria.iter().filter(move |c| c.is_for(who))
    }
}

impl Criterion {
    /// True when `who` answers this criterion: the network answers every
    /// one (member-scope ones as its own estimate across the members), a
    /// member state the member-scope ones only.
    pub(crate) fn is_for(&self, who: Scope) -> bool {
        who == Scope::Network || self.scope == Scope::Member
    }
}

impl Guideline {
    /// The criteria `who` answers, with their areas, in file order.
    pub fn criteria_for(&self, who: Scope) -> impl Iterator<Item = (&Area, &Criterion)> {
        self.criteria().filter(move |(_, c)| c.is_for(who))
    }

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
    pub(crate) fn criterion(&self, id: &str) -> Option<(&Area, &Criterion)> {
        self.criteria().find(|(_, c)| c.id == id)
    }

    /// Finds an area.
    pub(crate) fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    /// Finds a reference.
    pub(crate) fn reference(&self, id: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.id == id)
    }

    /// The label of a level, e.g. `Developing`.
    pub(crate) fn level_label(&self, level: u8, lang: &str) -> &str {
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
pub(crate) fn loaded_ids(guidelines: &[Guideline]) -> String {
    let ids: Vec<&str> = guidelines.iter().map(|g| g.id.as_str()).collect();
    ids.join(", ")
}

/// Finds a loaded guideline by id; the error says which ids are loaded.
pub(crate) fn find<'g>(
    guidelines: &'g [Guideline],
    id: &str,
) -> Result<&'g Guideline, crate::i18n::Msg> {
    guidelines.iter().find(|g| g.id == id).ok_or_else(|| {
        crate::msg!(
            "no-such-guideline",
            id = crate::diagnostic::quoted(id),
            loaded = loaded_ids(guidelines)
        )
    })
}
