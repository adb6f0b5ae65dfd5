//! The gap report of one answer file, as a view: every text already in the
//! report's language and every figure already written, so the Markdown and
//! PDF renderers show the same thing and compose no text of their own.

use sha2::{Digest, Sha256};

use crate::answers::{AnswerFile, Response};
use crate::i18n::{Arg, Tr};
use crate::model::Guideline;
use crate::scoring::{self, Scorecard};

/// The fixed texts of the report, in its language.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct GapLabels {
    pub report_name: String,
    pub kicker: String,
    pub network: String,
    pub region: String,
    pub guideline: String,
    pub answered_against: String,
    pub date: String,
    pub respondent: String,
    pub coverage: String,
    pub overall_maturity: String,
    pub summary: String,
    /// Area, maturity, level, target, gap, answered, chart.
    pub columns: [String; 7],
    pub overall: String,
    pub chart_legend: String,
    pub action_plan: String,
    pub action_plan_intro: String,
    pub no_actions: String,
    pub next_step: String,
    pub see: String,
    pub answers: String,
    pub answer: String,
    pub note: String,
    pub evidence: String,
    pub kept_title: String,
    pub kept_intro: String,
    /// Criterion, answer, note.
    pub kept_columns: [String; 3],
    pub method_title: String,
    pub method: Vec<String>,
    pub executive_summary: String,
    pub chart_title: String,
    /// Target met, up to 1 below, more than 1 below, overall, target.
    pub legend: [String; 5],
    pub current_level: String,
    pub priority: String,
    pub references: String,
    pub chart_axis: String,
    pub not_scored: String,
    /// "Page {page} / {pages}" with the two numbers left as `{page}` and
    /// `{pages}`, which only the PDF renderer knows.
    pub page: String,
    /// "Label: " as the language writes it.
    pub separator: String,
    pub participants: String,
    /// Name, agency, country.
    pub participant_columns: [String; 3],
    pub findings: String,
    /// Strengths, challenges, agreed priorities.
    pub findings_parts: [String; 3],
    pub carried_title: String,
    pub carried_intro: String,
    /// Old id, new criterion.
    pub carried_columns: [String; 2],
    /// "Room's proposals", before the spread of an answer.
    pub proposals: String,
    pub split_title: String,
    pub split_intro: String,
    /// Criterion, proposals, level agreed.
    pub split_columns: [String; 3],
}

/// One row of the summary table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AreaRow {
    pub title: String,
    /// Maturity 0-4, one decimal; `None` when nothing was scored.
    pub maturity: Option<f64>,
    /// The maturity as written in the report's language ("1,8", "-").
    pub maturity_text: String,
    /// Scale label of the maturity ("-" when not scored).
    pub label: String,
    pub target: u8,
    /// Gap to target, one decimal.
    pub gap: Option<f64>,
    pub gap_text: String,
    /// "7/7".
    pub answered_text: String,
    pub answered: usize,
    pub total: usize,
    /// "maturity 1.8 (Initial), target 3".
    pub status: String,
}

/// One item of the action plan.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Action {
    pub rank: usize,
    pub area: String,
    pub criterion_id: String,
    pub criterion: String,
    /// "1 Initial".
    pub level_text: String,
    pub target: u8,
    pub priority: f64,
    pub priority_text: String,
    /// "level 1 Initial → target 3, priority 3.0".
    pub line: String,
    pub next_step: String,
    /// Titles and links of the criterion's references.
    pub references: Vec<(String, Option<String>)>,
}

/// One criterion with its answer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AnswerRow {
    pub criterion_id: String,
    pub title: String,
    pub question: String,
    /// "2 Developing", "N/A", "Not answered".
    pub response: String,
    /// Level descriptor of the answer, or the N/A reason.
    pub detail: String,
    pub note: String,
    pub evidence: Vec<String>,
    /// What a workshop room proposed before agreeing ("1 Initial: 2 · 3
    /// Established: 5"); empty when it did not.
    pub proposals: String,
    /// "After ICCWC Guideline 2, Governance", when the criterion says.
    pub derived_from: Option<String>,
}

/// Answers grouped by area.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AnswerSection {
    pub area: String,
    /// The area's status line, as in [`AreaRow::status`].
    pub status: String,
    /// What the workshop agreed about the area: strengths, challenges,
    /// priorities (empty ones left out), when recorded.
    pub findings: Vec<(String, String)>,
    pub rows: Vec<AnswerRow>,
}

/// A key figure on the first page: value and caption.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Card {
    pub value: String,
    pub caption: String,
}

/// Everything a gap report shows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct GapReport {
    /// The language of the texts.
    pub lang: &'static str,
    pub labels: GapLabels,
    /// "Gap report: Example Regional WEN".
    pub title: String,
    /// The network's name, or "Unnamed network".
    pub network: String,
    /// True when the answer file names no network.
    pub unnamed: bool,
    pub region: String,
    /// "Strengthening … (strengthening 1.1.0)".
    pub guideline: String,
    pub guideline_title: String,
    pub guideline_id: String,
    pub guideline_version: String,
    /// "version 1.0.0 (scored against 1.1.0)", when the versions differ.
    pub answered_version: Option<String>,
    pub source: String,
    /// The date in words ("14 October 2026").
    pub date: String,
    /// "name, role, country".
    pub respondent: String,
    /// "34 of 36 criteria answered (94%), 2 not applicable, 0 not answered".
    pub coverage: String,
    /// "Provisional: ...", while criteria are left unanswered.
    pub provisional: Option<String>,
    pub overall: Option<f64>,
    pub overall_text: String,
    pub overall_label: String,
    /// "1.8 / 4 (Initial)".
    pub overall_line: String,
    pub areas: Vec<AreaRow>,
    pub cards: [Card; 4],
    pub actions: Vec<Action>,
    pub answers: Vec<AnswerSection>,
    /// Answers to criteria the guideline does not have: (id, response, note).
    pub unknown_answers: Vec<(String, String, String)>,
    /// Who took part in the workshop: name, agency, country.
    pub participants: Vec<[String; 3]>,
    /// Answers carried from old ids: (old id, new title, new id).
    pub carried: Vec<(String, String, String)>,
    /// Where a workshop room was split (proposals two levels apart or
    /// more): (criterion with its id, proposals, level agreed).
    pub split: Vec<[String; 3]>,
    pub answers_hash: String,
    pub generator: String,
    /// "Generated by wen-assess … answers sha256 …".
    pub generated: String,
    /// Footer line of every PDF page.
    pub footer: String,
    /// The PDF's creation date, seconds since 1970: the assessment's date,
    /// unless the command sets `SOURCE_DATE_EPOCH`'s.
    pub document_date: Option<i64>,
}

/// The first 12 hex digits of the SHA-256 of the answer file, printed in
/// every report so a reader can check which file it came from
/// (`sha256sum answers.yaml`).
pub(crate) fn answers_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// The name of the tool and its version.
pub(crate) fn generator() -> String {
    format!("wen-assess {}", env!("CARGO_PKG_VERSION"))
}

fn labels(t: &Tr) -> GapLabels {
    let s = |id: &str| t.t(id);
    GapLabels {
        report_name: s("report-name"),
        kicker: s("report-kicker"),
        network: s("field-network"),
        region: s("field-region"),
        guideline: s("field-guideline"),
        answered_against: s("field-answered-against"),
        date: s("field-date"),
        respondent: s("field-respondent"),
        coverage: s("field-coverage"),
        overall_maturity: s("field-overall-maturity"),
        summary: s("summary-title"),
        columns: [
            s("column-area"),
            s("column-maturity"),
            s("column-level"),
            s("column-target"),
            s("column-gap"),
            s("column-answered"),
            s("column-chart"),
        ],
        overall: s("overall"),
        chart_legend: s("chart-legend"),
        action_plan: s("action-plan-title"),
        action_plan_intro: s("action-plan-intro"),
        no_actions: s("no-actions"),
        next_step: s("next-step"),
        see: s("see"),
        answers: s("answers-title"),
        answer: s("answer"),
        note: s("note"),
        evidence: s("evidence"),
        kept_title: s("kept-title"),
        kept_intro: String::new(),
        kept_columns: [
            s("kept-column-criterion"),
            s("kept-column-answer"),
            s("kept-column-note"),
        ],
        method_title: s("method-title"),
        method: [
            "method-levels",
            "method-area",
            "method-overall",
            "method-gap",
            "method-ours",
        ]
        .iter()
        .map(|id| s(id))
        .collect(),
        executive_summary: s("executive-summary"),
        chart_title: s("chart-title"),
        legend: [
            s("legend-met"),
            s("legend-close"),
            s("legend-far"),
            s("legend-overall"),
            s("legend-target"),
        ],
        current_level: s("current-level"),
        priority: s("priority"),
        references: s("references"),
        chart_axis: s("chart-axis"),
        not_scored: s("not-scored"),
        page: t.f(
            "page",
            &[("page", Arg::Str("{page}")), ("pages", Arg::Str("{pages}"))],
        ),
        separator: s("label-separator"),
        participants: s("participants-title"),
        participant_columns: [
            s("participant-name"),
            s("participant-agency"),
            s("participant-country"),
        ],
        findings: s("findings-title"),
        findings_parts: [
            s("findings-strengths"),
            s("findings-challenges"),
            s("findings-priorities"),
        ],
        carried_title: String::new(),
        carried_intro: String::new(),
        carried_columns: [s("carried-column-old"), s("carried-column-new")],
        proposals: s("room-proposals"),
        split_title: s("room-split-title"),
        split_intro: s("room-split-intro"),
        split_columns: [
            s("kept-column-criterion"),
            s("room-proposals"),
            s("room-agreed"),
        ],
    }
}

/// "2 Developing", "N/A" or "Not answered".
pub(crate) fn response_text(g: &Guideline, r: Option<&Response>, t: &Tr) -> String {
    match r {
        Some(Response::Level(n)) => format!("{n} {}", g.level_label(*n, t.lang())),
        Some(Response::NotApplicable { .. }) => t.t("not-applicable"),
        None => t.t("not-answered"),
    }
}

/// What a room proposed, level by level: "1 Initial: 2 · 3 Established:
/// 5"; empty when nobody proposed.
pub(crate) fn proposals_text(g: &Guideline, votes: &crate::answers::Votes, t: &Tr) -> String {
    votes
        .0
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(level, n)| {
            let level = format!("{level} {}", g.level_label(level as u8, t.lang()));
            t.labelled(&level, &n.to_string())
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The scale label of a maturity, `-` when there is none.
pub(crate) fn maturity_label(g: &Guideline, m: Option<f64>, lang: &str) -> String {
    m.map_or_else(
        || "-".to_string(),
        |m| g.level_label(scoring::label_level(m), lang).to_string(),
    )
}

/// "After ICCWC Guideline 2, Governance" for a criterion that says where it
/// comes from.
pub(crate) fn derived_from(g: &Guideline, c: &crate::model::Criterion, t: &Tr) -> Option<String> {
    let d = c.derived_from.as_ref()?;
    let category = g
        .area(&d.category)
        .map_or(d.category.clone(), |a| a.title.get(t.lang()).to_string());
    // A criterion beyond the ICCWC Guidelines says so, with the part it
    // sits closest to.
    let id = if c.extension {
        "derived-extension"
    } else {
        "derived-from"
    };
    Some(t.f(
        id,
        &[
            ("part", Arg::Str(&d.guideline.to_string())),
            ("category", Arg::Str(&category)),
        ],
    ))
}

/// Builds the gap report in a language. `moved` lists the answers carried
/// from ids of an earlier version of the guideline.
pub(crate) fn build(
    guideline: &Guideline,
    answers: &AnswerFile,
    card: &Scorecard,
    answers_bytes: &[u8],
    moved: &[crate::answers::Moved],
    lang: &str,
) -> GapReport {
    let t = Tr::new(lang);
    let lang = t.lang();
    let mut labels = labels(&t);
    labels.kept_intro = t.f(
        "kept-intro",
        &[
            ("id", Arg::Str(&guideline.id)),
            ("version", Arg::Str(&guideline.version)),
        ],
    );
    // A member state's report speaks of what it answered: its criteria, in
    // its words, and the areas that have any.
    let who = answers.speaks_for();
    let asked = |area: &crate::model::Area| area.criteria_for(who).next().is_some();
    let areas: Vec<AreaRow> = guideline
        .areas
        .iter()
        .zip(&card.areas)
        .filter(|(area, _)| asked(area))
        .map(|(area, s)| {
            let maturity = s.maturity.map(scoring::round1);
            let label = maturity_label(guideline, s.maturity, lang);
            let target = s.target.to_string();
            let status = match maturity {
                Some(_) => t.f(
                    "area-status",
                    &[
                        ("value", Arg::Str(&t.figure(maturity))),
                        ("label", Arg::Str(&label)),
                        ("target", Arg::Str(&target)),
                    ],
                ),
                None => t.f("area-status-unscored", &[("target", Arg::Str(&target))]),
            };
            let answered = s.coverage.scored + s.coverage.not_applicable;
            AreaRow {
                title: area.title.get(lang).to_string(),
                maturity,
                maturity_text: t.figure(maturity),
                label,
                target: s.target,
                gap: s.gap().map(scoring::round1),
                gap_text: t.figure(s.gap().map(scoring::round1)),
                answered_text: format!("{answered}/{}", s.coverage.total),
                answered,
                total: s.coverage.total,
                status,
            }
        })
        .collect();
    let actions: Vec<Action> = card
        .gaps
        .iter()
        .enumerate()
        .filter_map(|(i, gap)| {
            let (area, c) = guideline.criterion(&gap.criterion)?;
            let level_label = guideline.level_label(gap.level, lang);
            let priority = scoring::round1(gap.priority);
            let priority_text = t.figure(Some(priority));
            Some(Action {
                rank: i + 1,
                area: area.title.get(lang).to_string(),
                criterion_id: c.id.clone(),
                criterion: c.title.get(lang).to_string(),
                level_text: format!("{} {level_label}", gap.level),
                target: gap.target,
                priority,
                line: t.f(
                    "action-line",
                    &[
                        ("level", Arg::Str(&gap.level.to_string())),
                        ("label", Arg::Str(level_label)),
                        ("target", Arg::Str(&gap.target.to_string())),
                        ("priority", Arg::Str(&priority_text)),
                    ],
                ),
                priority_text,
                next_step: c.next_steps_for(who)[gap.level as usize]
                    .get(lang)
                    .to_string(),
                references: c
                    .references
                    .iter()
                    .filter_map(|r| guideline.reference(r))
                    .map(|r| (r.title.get(lang).to_string(), r.url.clone()))
                    .collect(),
            })
        })
        .collect();
    let answer_sections = guideline
        .areas
        .iter()
        .filter(|area| asked(area))
        .zip(&areas)
        .map(|(area, row)| AnswerSection {
            area: area.title.get(lang).to_string(),
            status: row.status.clone(),
            findings: answers
                .findings_of(&area.id)
                .map(|f| {
                    labels
                        .findings_parts
                        .iter()
                        .zip([&f.strengths, &f.challenges, &f.priorities])
                        .filter(|(_, text)| !text.trim().is_empty())
                        .map(|(label, text)| (label.clone(), text.to_string()))
                        .collect()
                })
                .unwrap_or_default(),
            rows: area
                .criteria_for(who)
                .map(|c| {
                    let a = answers.answer(&c.id);
                    let r = a.and_then(|a| a.response.as_ref());
                    AnswerRow {
                        criterion_id: c.id.clone(),
                        title: c.title.get(lang).to_string(),
                        question: c.question_for(who).get(lang).to_string(),
                        response: response_text(guideline, r, &t),
                        detail: match r {
                            Some(Response::Level(n)) => {
                                c.levels_for(who)[*n as usize].get(lang).to_string()
                            }
                            Some(Response::NotApplicable { reason }) => reason.clone(),
                            None => String::new(),
                        },
                        note: a.and_then(|a| a.note.clone()).unwrap_or_default(),
                        evidence: a.map(|a| a.evidence.clone()).unwrap_or_default(),
                        proposals: a
                            .map(|a| proposals_text(guideline, &a.votes, &t))
                            .unwrap_or_default(),
                        derived_from: derived_from(guideline, c, &t),
                    }
                })
                .collect(),
        })
        .collect();
    let unknown_answers = answers
        .answers
        .iter()
        .filter(|e| guideline.criterion(&e.criterion).is_none())
        .map(|e| {
            (
                e.criterion.clone(),
                response_text(guideline, e.answer.response.as_ref(), &t),
                e.answer.note.clone().unwrap_or_default(),
            )
        })
        .collect();
    if !moved.is_empty() {
        let old = if answers.guideline_version.is_empty() {
            "?".to_string()
        } else {
            answers.guideline_version.clone()
        };
        labels.carried_title = t.f("carried-title", &[("version", Arg::Str(&old))]);
        labels.carried_intro = t.f(
            "carried-intro",
            &[
                ("id", Arg::Str(&guideline.id)),
                ("version", Arg::Str(&guideline.version)),
            ],
        );
    }
    let carried = moved
        .iter()
        .map(|m| {
            let title = guideline
                .criterion(&m.to)
                .map_or(String::new(), |(_, c)| c.title.get(lang).to_string());
            (m.from.clone(), title, m.to.clone())
        })
        .collect();
    let split = guideline
        .criteria_for(who)
        .filter_map(|(_, c)| {
            let a = answers.answer(&c.id)?;
            a.votes.split().then(|| {
                [
                    format!("{} ({})", c.title.get(lang), c.id),
                    proposals_text(guideline, &a.votes, &t),
                    response_text(guideline, a.response.as_ref(), &t),
                ]
            })
        })
        .collect();
    let participants = answers
        .participants
        .iter()
        .map(|p| [p.name.clone(), p.agency.clone(), p.country.clone()])
        .collect();
    let cov = card.coverage;
    let respondent = [
        &answers.respondent.name,
        &answers.respondent.role,
        &answers.respondent.country,
    ]
    .iter()
    .filter(|s| !s.trim().is_empty())
    .map(|s| s.as_str())
    .collect::<Vec<_>>()
    .join(", ");
    let unnamed = answers.network.name.trim().is_empty();
    let network = if unnamed {
        t.t("unnamed-network")
    } else {
        answers.network.name.clone()
    };
    let overall = card.overall.map(scoring::round1);
    let overall_label = maturity_label(guideline, card.overall, lang);
    let overall_text = t.figure(overall);
    let overall_line = t.f(
        "value-with-label",
        &[
            (
                "value",
                Arg::Str(&t.f("out-of-four", &[("value", Arg::Str(&overall_text))])),
            ),
            ("label", Arg::Str(&overall_label)),
        ],
    );
    let answered = cov.scored + cov.not_applicable;
    let met = areas
        .iter()
        .filter(|a| a.maturity.is_some() && a.gap.is_none_or(|g| g <= 0.0))
        .count();
    let cards = [
        Card {
            value: t.f("out-of-four", &[("value", Arg::Str(&overall_text))]),
            caption: t.f("card-overall", &[("label", Arg::Str(&overall_label))]),
        },
        Card {
            value: format!("{answered} / {}", cov.total),
            caption: t.t("card-answered"),
        },
        Card {
            value: actions.len().to_string(),
            caption: t.t("card-actions"),
        },
        Card {
            value: format!("{met} / {}", areas.len()),
            caption: t.t("card-areas"),
        },
    ];
    let hash = answers_hash(answers_bytes);
    let generator = generator();
    let answered_version = (!answers.guideline_version.is_empty()
        && answers.guideline_version != guideline.version)
        .then(|| {
            t.f(
                "answered-version",
                &[
                    ("old", Arg::Str(&answers.guideline_version)),
                    ("new", Arg::Str(&guideline.version)),
                ],
            )
        });
    GapReport {
        title: t.f("report-title", &[("network", Arg::Str(&network))]),
        network,
        unnamed,
        region: answers.network.region.clone(),
        guideline: t.f(
            "guideline-value",
            &[
                ("title", Arg::Str(guideline.title.get(lang))),
                ("id", Arg::Str(&guideline.id)),
                ("version", Arg::Str(&guideline.version)),
            ],
        ),
        guideline_title: guideline.title.get(lang).to_string(),
        guideline_id: guideline.id.clone(),
        guideline_version: guideline.version.clone(),
        answered_version,
        source: guideline.source.get(lang).to_string(),
        date: t.date(&answers.date),
        respondent,
        provisional: super::scores::provisional(&t, cov),
        coverage: t.f(
            "coverage-text",
            &[
                ("answered", Arg::Count(answered)),
                ("total", Arg::Count(cov.total)),
                ("percent", Arg::Str(&t.percent(cov.percent()))),
                ("na", Arg::Count(cov.not_applicable)),
                ("open", Arg::Count(cov.unanswered)),
            ],
        ),
        overall,
        overall_text,
        overall_label,
        overall_line,
        areas,
        cards,
        actions,
        answers: answer_sections,
        unknown_answers,
        participants,
        carried,
        split,
        generated: t.f(
            "generated",
            &[
                ("tool", Arg::Str(&generator)),
                ("id", Arg::Str(&guideline.id)),
                ("version", Arg::Str(&guideline.version)),
                ("hash", Arg::Str(&hash)),
            ],
        ),
        footer: t.f(
            "footer",
            &[
                ("short", Arg::Str(guideline.short_title.get(lang))),
                ("version", Arg::Str(&guideline.version)),
                ("hash", Arg::Str(&hash)),
            ],
        ),
        answers_hash: hash,
        generator,
        labels,
        document_date: super::network::date_seconds(&answers.date),
        lang,
    }
}
