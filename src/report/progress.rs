//! Progress between two assessments (`compare`), as a view: the comparison
//! from `compare.rs` with every text in the report's language.

use crate::compare::{Comparison, CriterionChange};
use crate::i18n::{Arg, Tr};

/// One area (or the overall row), before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressRow {
    pub title: String,
    pub old: String,
    pub new: String,
    pub change: String,
    pub old_answered: String,
    pub new_answered: String,
    pub overall: bool,
}

/// A criterion whose answer changed.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRow {
    pub id: String,
    /// The title, or `None` for a criterion the guideline does not have.
    pub title: Option<String>,
    pub old: String,
    pub new: String,
}

/// One list of changed criteria.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeList {
    pub title: String,
    /// "Moved up (3)".
    pub title_with_count: String,
    pub rows: Vec<ChangeRow>,
}

/// Everything the progress view shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// The language of the texts.
    pub lang: &'static str,
    /// The computation, for JSON.
    pub data: Comparison,
    /// "Progress: strengthening 1.1.0".
    pub title: String,
    /// "old.yaml (14 October 2025) → new.yaml (14 October 2026)".
    pub files: String,
    /// Area, old, new, change, old answered, new answered.
    pub columns: [String; 6],
    /// Criterion, old, new.
    pub change_columns: [String; 3],
    pub rows: Vec<ProgressRow>,
    /// Moved up, moved down, one-sided, not in the guideline; empty lists
    /// included.
    pub lists: Vec<ChangeList>,
}

fn dated(t: &Tr, file: &str, date: &str) -> String {
    if date.is_empty() {
        file.to_string()
    } else {
        t.f(
            "file-with-date",
            &[("file", Arg::Str(file)), ("date", Arg::Str(&t.date(date)))],
        )
    }
}

/// Builds the progress view in a language.
pub fn build(c: &Comparison, lang: &str) -> Progress {
    let t = Tr::new(lang);
    let mut data = c.clone();
    data.overall.title = t.t("overall");
    let c = &data;
    let rows = c
        .areas
        .iter()
        .chain(std::iter::once(&c.overall))
        .map(|a| ProgressRow {
            title: a.title.clone(),
            old: t.figure(a.old),
            new: t.figure(a.new),
            change: t.signed(a.change),
            old_answered: format!("{}/{}", a.old_answered, a.total),
            new_answered: format!("{}/{}", a.new_answered, a.total),
            overall: a.id == "overall",
        })
        .collect();
    let answer = |x: &Option<String>| x.clone().unwrap_or_else(|| "-".to_string());
    let list = |id: &str, items: &[CriterionChange]| {
        let title = t.t(id);
        ChangeList {
            title_with_count: t.f(
                "list-count",
                &[
                    ("title", Arg::Str(&title)),
                    ("count", Arg::Count(items.len())),
                ],
            ),
            title,
            rows: items
                .iter()
                .map(|i| ChangeRow {
                    id: i.id.clone(),
                    title: (i.title != i.id).then(|| i.title.clone()),
                    old: answer(&i.old),
                    new: answer(&i.new),
                })
                .collect(),
        }
    };
    let lists = vec![
        list("moved-up", &c.up),
        list("moved-down", &c.down),
        list("one-sided", &c.one_sided),
        list("not-in-guideline", &c.not_in_guideline),
    ];
    Progress {
        lang: t.lang(),
        title: t.f(
            "progress-title",
            &[
                ("id", Arg::Str(&c.guideline)),
                ("version", Arg::Str(&c.guideline_version)),
            ],
        ),
        files: t.f(
            "progress-files",
            &[
                ("old", Arg::Str(&dated(&t, &c.old_file, &c.old_date))),
                ("new", Arg::Str(&dated(&t, &c.new_file, &c.new_date))),
            ],
        ),
        columns: [
            t.t("progress-column-area"),
            t.t("progress-column-old"),
            t.t("progress-column-new"),
            t.t("progress-column-change"),
            t.t("progress-column-old-answered"),
            t.t("progress-column-new-answered"),
        ],
        change_columns: [
            t.t("progress-column-criterion"),
            t.t("progress-column-old"),
            t.t("progress-column-new"),
        ],
        rows,
        lists,
        data,
    }
}
