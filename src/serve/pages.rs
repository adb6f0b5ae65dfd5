//! The facilitator's pages, as maud templates checked at compile time: the
//! identity questions of a new file, the criterion on the projector, the
//! review, the participants, the findings, the scores and the reports.
//! Every text comes from the catalogues (`locales/<lang>/serve.ftl` and
//! the questionnaire's own), every action is a plain form; the script only
//! adds keys and live updates.

use maud::{DOCTYPE, Markup, html};

use super::routes::App;
use super::workshop::{FieldError, Identity, Pending, Session, Workshop};
use super::{qr, room};
use crate::answers::Response;
use crate::i18n::{self, Arg, Tr};
use crate::model::Scope;
use crate::report::gap::{self, GapReport};

/// What every page needs: the language, and the server's keys and links.
pub(crate) struct View<'a> {
    pub t: Tr,
    pub app: &'a App,
}

impl<'a> View<'a> {
    pub(crate) fn of(app: &'a App, w: &Workshop) -> View<'a> {
        View {
            t: Tr::new(w.lang()),
            app,
        }
    }

    /// The hidden field every form carries.
    fn form_token(&self) -> Markup {
        html! { input type="hidden" name="_form" value=(self.app.keys.facilitator_form); }
    }
}

/// A page: the language, the style sheet and script of this server, a
/// link to skip to the content, the navigation when a session is open.
/// `page` names the kind of page for the script; `events`, the live
/// updates it listens to; `at`, the criterion shown.
pub(crate) fn layout(
    t: &Tr,
    title: &str,
    page: &str,
    live: Option<(&str, &str)>,
    nav: Markup,
    main: Markup,
) -> Markup {
    let (events, at) = live.unwrap_or_default();
    html! {
        (DOCTYPE)
        html lang=(t.lang()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · wen-assess" }
                link rel="stylesheet" href="/static/style.css";
                script src="/static/app.js" defer {}
            }
            body data-page=(page) data-events=(events) data-at=(at)
                data-confirm-stop=(t.t("serve-confirm-stop")) {
                a.skip href="#main" { (t.t("serve-skip")) }
                (nav)
                main #main tabindex="-1" { (main) }
            }
        }
    }
}

/// The facilitator's navigation, with the stop button.
fn nav(v: &View, s: &Session, here: &str) -> Markup {
    let t = &v.t;
    let g = s.engine.guideline();
    let lang = t.lang();
    let items = [
        ("/", t.t("serve-nav-question")),
        ("/review", t.t("serve-nav-review")),
        (
            "/participants",
            t.f(
                "serve-nav-participants",
                &[("count", Arg::Count(s.engine.answers().participants.len()))],
            ),
        ),
        ("/findings", t.t("serve-nav-findings")),
        ("/scores", t.t("serve-nav-scores")),
    ];
    html! {
        header.top {
            p.brand {
                strong { (s.engine.answers().network.name) }
                " · " (g.short_title.get(lang))
            }
            nav aria-label=(t.t("serve-nav-label")) {
                ul {
                    @for (href, text) in &items {
                        li {
                            @if *href == here {
                                a href=(href) aria-current="page" { (text) }
                            } @else {
                                a href=(href) { (text) }
                            }
                        }
                    }
                }
            }
            form.stop method="post" action="/stop" {
                (v.form_token())
                button type="submit" { (t.t("serve-stop")) }
            }
        }
    }
}

/// Messages said once at the top of a page.
fn notices(notices: &[String]) -> Markup {
    html! {
        @if !notices.is_empty() {
            div.notice role="status" {
                @for n in notices {
                    @for line in n.lines() { p { (line) } }
                }
            }
        }
    }
}

/// What was typed into the answer form, kept when it comes back with an
/// error; empty: the saved answer.
#[derive(Debug, Clone, Default)]
pub(crate) struct Draft {
    pub level: String,
    pub reason: String,
    pub note: String,
    pub evidence: String,
    pub error: Option<String>,
}

/// The criterion on the projector: where it stands, the question, the five
/// levels in full (the answer form), guidance on demand, note and
/// evidence, the moves, and beside it the room.
pub(crate) fn question(v: &View, s: &Session, draft: &Draft) -> Markup {
    let t = &v.t;
    let lang = t.lang();
    let Some((area, c)) = s.engine.current() else {
        return review(v, s);
    };
    let g = s.engine.guideline();
    let who = s.engine.who();
    let p = s.engine.progress(lang);
    let saved = s.engine.answers().answer(&c.id);
    let draft = if draft.level.is_empty() && draft.error.is_none() {
        match saved {
            Some(a) => Draft {
                level: match &a.response {
                    Some(Response::Level(n)) => n.to_string(),
                    Some(Response::NotApplicable { .. }) => "na".into(),
                    None => String::new(),
                },
                reason: match &a.response {
                    Some(Response::NotApplicable { reason }) => reason.clone(),
                    _ => String::new(),
                },
                note: a.note.clone().unwrap_or_default(),
                evidence: a.evidence.join("\n"),
                error: None,
            },
            None => Draft::default(),
        }
    } else {
        draft.clone()
    };
    let heading = t.f(
        "progress",
        &[
            ("index", Arg::Count(p.index)),
            ("total", Arg::Count(p.total)),
            ("answered", Arg::Count(p.answered)),
        ],
    );
    let levels = c.levels_for(who);
    let guidance = c.guidance_for(who).get(lang);
    let counts = s.engine.area_counts();
    let title = c.title.get(lang).to_string();
    let main = html! {
        (notices(&s.notices))
        div.layout {
            div.criterion {
                p.kicker {
                    span.area { (area.title.get(lang)) " " (p.in_area) "/" (p.area_total) }
                    " · " (heading)
                }
                h1 #title { (title) }
                p.question #question { (c.question_for(who).get(lang)) }
                @if !guidance.trim().is_empty() {
                    details.guidance #guidance {
                        summary { (t.t("guidance")) }
                        p { (guidance) }
                    }
                }
                @if let Some(error) = &draft.error {
                    p.error #answer-error role="alert" { (error) }
                }
                // autocomplete off: a browser's Back must not put the
                // level chosen for one criterion into the next one's form.
                form.answer method="post" action="/answer" autocomplete="off" {
                    (v.form_token())
                    input type="hidden" name="criterion" value=(c.id);
                    fieldset aria-describedby=[draft.error.as_ref().map(|_| "answer-error")] {
                        legend { (t.t("serve-levels")) }
                        @for n in 0..5u8 {
                            @let id = format!("level-{n}");
                            div.level {
                                input type="radio" name="level" value=(n) id=(id)
                                    checked[draft.level == n.to_string()];
                                label for=(id) {
                                    span.n { (n) }
                                    span.text {
                                        strong { (g.level_label(n, lang)) }
                                        " " (levels[usize::from(n)].get(lang))
                                    }
                                }
                            }
                        }
                        div.level.na {
                            input type="radio" name="level" value="na" id="level-na"
                                checked[draft.level == "na"];
                            label for="level-na" {
                                span.n { "N" }
                                span.text { (t.t("menu-na")) }
                            }
                        }
                    }
                    div.field {
                        label for="reason" { (t.t("serve-reason")) }
                        textarea #reason name="reason" rows="2" { (draft.reason) }
                    }
                    details.more open[!draft.note.is_empty() || !draft.evidence.is_empty()] {
                        summary { (t.t("serve-note-evidence")) }
                        div.field {
                            label for="note" { (t.t("ask-note")) }
                            textarea #note name="note" rows="3" { (draft.note) }
                        }
                        div.field {
                            label for="evidence" { (t.t("serve-evidence")) }
                            textarea #evidence name="evidence" rows="2" { (draft.evidence) }
                        }
                    }
                    p.actions {
                        button #record .primary type="submit" { (t.t("serve-record")) }
                    }
                }
                form.moves method="post" action="/go" {
                    (v.form_token())
                    @if s.revising {
                        button #go-review type="submit" name="action" value="review" {
                            (t.t("serve-back-to-review"))
                        }
                    } @else {
                        button #go-back type="submit" name="action" value="back" {
                            (t.t("menu-previous"))
                        }
                        button #go-skip type="submit" name="action" value="skip" {
                            (t.t("menu-skip"))
                        }
                    }
                }
                p.keys { (t.t("serve-keys")) }
            }
            aside.side aria-label=(t.t("serve-room")) {
                (room::spread(s, lang))
                (join_panel(v))
                (areas(v, s, &counts, Some(p.index - 1)))
            }
        }
    };
    layout(
        t,
        &title,
        "question",
        Some(("/events", &c.id)),
        nav(v, s, "/"),
        main,
    )
}

/// Progress by area, each a button to jump to it.
fn areas(v: &View, s: &Session, counts: &[(usize, usize)], at: Option<usize>) -> Markup {
    let t = &v.t;
    let lang = t.lang();
    let g = s.engine.guideline();
    let current_area = at.and_then(|i| s.engine.area_of(i));
    html! {
        section.areas aria-labelledby="areas-title" {
            h2 #areas-title { (t.t("serve-areas")) }
            form method="post" action="/go" {
                (v.form_token())
                input type="hidden" name="action" value="area";
                ol {
                    @for (a, area) in g.areas.iter().enumerate() {
                        @let (done, total) = counts[a];
                        @if total > 0 {
                            @let text = t.f("area-choice", &[
                                ("area", Arg::Str(area.title.get(lang))),
                                ("answered", Arg::Count(done)),
                                ("total", Arg::Count(total)),
                            ]);
                            li aria-current=[(current_area == Some(a)).then_some("step")] {
                                button type="submit" name="index" value=(a) { (text) }
                                progress max=(total) value=(done) aria-hidden="true" {}
                            }
                        }
                    }
                }
            }
        }
    }
}

/// How participants join: the QR code and the link, open on the page when
/// the server listens beyond this computer.
fn join_panel(v: &View) -> Markup {
    let t = &v.t;
    let url = &v.app.join_url;
    html! {
        details.join open[v.app.wide] {
            summary { (t.t("serve-join-title")) }
            (qr::svg(url, &t.t("serve-join-qr")))
            p { (t.t("serve-join-text")) }
            p.link { code { (url) } }
            @if !v.app.wide {
                p.hint { (t.t("serve-join-local")) }
            }
        }
    }
}

/// Every criterion asked with its answer, to change any; the participants,
/// the findings, the scores.
pub(crate) fn review(v: &View, s: &Session) -> Markup {
    let t = &v.t;
    let lang = t.lang();
    let g = s.engine.guideline();
    let left = s.engine.unanswered_count();
    let title = t.t("serve-review-title");
    let main = html! {
        (notices(&s.notices))
        h1 { (title) }
        @if left > 0 {
            div.notice role="status" {
                p { (t.f("answer-skipped", &[("count", Arg::Count(left))])) }
                form method="post" action="/go" {
                    (v.form_token())
                    button.primary type="submit" name="action" value="unanswered" {
                        (t.t("serve-answer-now"))
                    }
                }
            }
        } @else {
            p { (t.t("serve-review-done")) }
        }
        p.actions {
            a.button.primary href="/scores" { (t.t("review-finish")) }
        }
        form method="post" action="/go" {
            (v.form_token())
            input type="hidden" name="action" value="change";
            table.review {
                caption { (t.t("serve-review-caption")) }
                thead {
                    tr {
                        th scope="col" { (t.t("serve-column-area")) }
                        th scope="col" { (t.t("serve-column-criterion")) }
                        th scope="col" { (t.t("serve-column-answer")) }
                        th scope="col" { span.visually-hidden { (t.t("serve-column-change")) } }
                    }
                }
                tbody {
                    @for (i, (area, c)) in s.engine.asked().enumerate() {
                        @let answer = s.engine.answers().answer(&c.id);
                        @let response = gap::response_text(g, answer.and_then(|a| a.response.as_ref()), t);
                        tr {
                            td { (area.title.get(lang)) }
                            td { (c.title.get(lang)) }
                            td { (response) }
                            td {
                                button type="submit" name="index" value=(i)
                                    aria-label=(t.f("serve-change", &[("title", Arg::Str(c.title.get(lang)))])) {
                                    (t.t("serve-column-change"))
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    layout(t, &title, "review", None, nav(v, s, "/review"), main)
}

/// The participants: each can be corrected or removed; one more added.
pub(crate) fn participants(v: &View, s: &Session) -> Markup {
    let t = &v.t;
    let title = t.t("serve-participants-title");
    let list = &s.engine.answers().participants;
    let main = html! {
        (notices(&s.notices))
        h1 { (title) }
        p { (t.t("serve-participants-intro")) }
        @for (i, person) in list.iter().enumerate() {
            form.person method="post" action="/participants" {
                (v.form_token())
                input type="hidden" name="index" value=(i);
                fieldset {
                    legend { (person.name) }
                    (person_fields(t, &format!("p{i}"), &person.name, &person.agency, &person.country))
                    p.actions {
                        button type="submit" name="action" value="save" { (t.t("serve-save")) }
                        button type="submit" name="action" value="remove" { (t.t("serve-remove")) }
                    }
                }
            }
        }
        form.person method="post" action="/participants" {
            (v.form_token())
            fieldset {
                legend { (t.t("participant-add")) }
                (person_fields(t, "new", "", "", ""))
                p.actions {
                    button.primary type="submit" name="action" value="add" { (t.t("serve-add")) }
                }
            }
        }
        p { a href="/" { (t.t("serve-continue")) } }
    };
    layout(
        t,
        &title,
        "participants",
        None,
        nav(v, s, "/participants"),
        main,
    )
}

fn person_fields(t: &Tr, prefix: &str, name: &str, agency: &str, country: &str) -> Markup {
    let id = |field: &str| format!("{prefix}-{field}");
    html! {
        div.row {
            div.field {
                label for=(id("name")) { (t.t("participant-name")) }
                input type="text" id=(id("name")) name="name" value=(name) autocomplete="off";
            }
            div.field {
                label for=(id("agency")) { (t.t("participant-agency")) }
                input type="text" id=(id("agency")) name="agency" value=(agency) autocomplete="off";
            }
            div.field {
                label for=(id("country")) { (t.t("participant-country")) }
                input type="text" id=(id("country")) name="country" value=(country) autocomplete="off";
            }
        }
    }
}

/// The areas, to record or correct the findings of one.
pub(crate) fn findings_list(v: &View, s: &Session) -> Markup {
    let t = &v.t;
    let lang = t.lang();
    let g = s.engine.guideline();
    let counts = s.engine.area_counts();
    let title = t.t("serve-findings-title");
    let main = html! {
        h1 { (title) }
        ul.areas-list {
            @for (a, area) in g.areas.iter().enumerate() {
                @if counts[a].1 > 0 {
                    @let recorded = s.engine.answers().findings_of(&area.id).is_some_and(|f| !f.is_empty());
                    li {
                        a href=(format!("/findings/{a}")) {
                            @if recorded {
                                (t.f("findings-recorded", &[("area", Arg::Str(area.title.get(lang)))]))
                            } @else {
                                (area.title.get(lang))
                            }
                        }
                    }
                }
            }
        }
    };
    layout(t, &title, "findings", None, nav(v, s, "/findings"), main)
}

/// The findings of one area; `offered` when the area was just left (then
/// "not now" goes on with the questions).
pub(crate) fn findings(v: &View, s: &Session, area: usize, offered: bool) -> Markup {
    let t = &v.t;
    let lang = t.lang();
    let a = &s.engine.guideline().areas[area];
    let old = s
        .engine
        .answers()
        .findings_of(&a.id)
        .cloned()
        .unwrap_or_default();
    let title = t.f(
        "serve-findings-of",
        &[("area", Arg::Str(a.title.get(lang)))],
    );
    let fields = [
        ("strengths", t.t("ask-strengths"), &old.strengths),
        ("challenges", t.t("ask-challenges"), &old.challenges),
        ("priorities", t.t("ask-priorities"), &old.priorities),
    ];
    let main = html! {
        (notices(&s.notices))
        h1 { (title) }
        @if offered {
            p { (t.f("ask-findings", &[("area", Arg::Str(a.title.get(lang)))])) }
        }
        form method="post" action=(format!("/findings/{area}")) {
            (v.form_token())
            @if !offered {
                input type="hidden" name="then" value="list";
            }
            @for (name, label, value) in &fields {
                div.field {
                    label for=(name) { (label) }
                    textarea id=(name) name=(name) rows="3" { (value) }
                }
            }
            p.actions {
                button.primary type="submit" { (t.t("serve-save")) }
            }
        }
        @if offered {
            form method="post" action="/go" {
                (v.form_token())
                button type="submit" name="action" value="not-now" { (t.t("serve-not-now")) }
            }
        }
    };
    layout(t, &title, "findings", None, nav(v, s, "/findings"), main)
}

/// The scores: the summary table, the chart, the first actions, and the
/// reports to download.
pub(crate) fn scores(v: &View, s: &Session, r: &GapReport) -> Markup {
    let t = &v.t;
    let l = &r.labels;
    let title = t.t("serve-scores-title");
    let main = html! {
        h1 { (title) }
        @if let Some(p) = &r.provisional {
            p.notice role="status" { (p) }
        }
        p.overall { (l.overall_maturity) (l.separator) strong { (r.overall_line) } }
        p { (l.coverage) (l.separator) (r.coverage) }
        p.actions {
            a.button.primary href="/report.pdf" download { (t.t("serve-download-pdf")) }
            " "
            a.button href="/report.md" download { (t.t("serve-download-md")) }
        }
        table.scores {
            caption { (l.summary) }
            thead {
                tr {
                    @for (i, column) in l.columns.iter().take(6).enumerate() {
                        th scope="col" class=[(i > 0).then_some("num")] { (column) }
                    }
                }
            }
            tbody {
                @for a in &r.areas {
                    tr {
                        th scope="row" { (a.title) }
                        td.num { (a.maturity_text) }
                        td { (a.label) }
                        td.num { (a.target) }
                        td.num { (a.gap_text) }
                        td.num { (a.answered_text) }
                    }
                }
            }
            tfoot {
                tr {
                    th scope="row" { (l.overall) }
                    td.num { (r.overall_text) }
                    td { (r.overall_label) }
                    td {} td {} td {}
                }
            }
        }
        (chart(r, t))
        @if !r.actions.is_empty() {
            h2 { (l.action_plan) }
            ol.actions-list {
                @for a in r.actions.iter().take(5) {
                    li {
                        strong { (a.criterion) } " (" (a.area) ")" (l.separator) (a.line)
                        br;
                        (l.next_step) (l.separator) (a.next_step)
                    }
                }
            }
        }
    };
    layout(t, &title, "scores", None, nav(v, s, "/scores"), main)
}

/// The maturity of each area against its target, as bars (the table above
/// holds the same figures for those who do not see it).
fn chart(r: &GapReport, t: &Tr) -> Markup {
    const LABEL: f64 = 230.0;
    const BAR: f64 = 400.0;
    const ROW: f64 = 34.0;
    let height = ROW * (r.areas.len() as f64 + 1.0) + 10.0;
    let x = |value: f64| LABEL + BAR * value / 4.0;
    let view_box = format!("0 0 {} {height}", LABEL + BAR + 60.0);
    html! {
        figure.chart {
            svg xmlns="http://www.w3.org/2000/svg" viewBox=(view_box) role="img"
                aria-labelledby="chart-title" {
                title #chart-title { (r.labels.chart_title) }
                @for level in 0..=4u8 {
                    @let lx = x(f64::from(level));
                    line x1=(lx) x2=(lx) y1="0" y2=(height - 20.0) stroke="#6b6b6b" stroke-width="1" {}
                    text x=(lx) y=(height - 4.0) text-anchor="middle" font-size="14" fill="#1a1a1a" { (level) }
                }
                @for (i, a) in r.areas.iter().enumerate() {
                    @let y = ROW * i as f64 + 6.0;
                    text x=(LABEL - 8.0) y=(y + 19.0) text-anchor="end" font-size="15" fill="#1a1a1a" { (a.title) }
                    @if let Some(m) = a.maturity {
                        rect x=(LABEL) y=(y) width=(BAR * m / 4.0) height="24"
                            fill=(if a.gap.is_none_or(|g| g <= 0.0) { "#1d6b3a" } else { "#1f4e79" }) {}
                        text x=(x(m) + 6.0) y=(y + 18.0) font-size="15" fill="#1a1a1a" { (a.maturity_text) }
                    }
                    line x1=(x(f64::from(a.target))) x2=(x(f64::from(a.target))) y1=(y - 3.0) y2=(y + 27.0)
                        stroke="#b3261e" stroke-width="3" {}
                }
            }
            figcaption { (t.t("serve-chart-legend")) }
        }
    }
}

/// The identity questions of a new answer file, as `assess` asks them.
pub(crate) fn start(v: &View, w: &Workshop, form: &Identity, errors: &[FieldError]) -> Markup {
    let t = &v.t;
    let lang = t.lang();
    let guidelines = w.guidelines();
    let has_member = guidelines
        .iter()
        .any(|g| g.criteria().any(|(_, c)| c.scope == Scope::Member));
    let error = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.clone())
    };
    let described = |field: &str| error(field).map(|_| format!("{field}-error"));
    let chosen_lang = if form.language.is_empty() {
        lang.to_string()
    } else {
        form.language.clone()
    };
    let title = t.t("serve-start-title");
    let main = html! {
        h1 { (title) }
        p { (t.t("welcome")) }
        @if !errors.is_empty() {
            div.error role="alert" {
                p { (t.t("serve-fix")) }
                ul {
                    @for (field, message) in errors {
                        li { a href=(format!("#{field}")) { (message) } }
                    }
                }
            }
        }
        form.start method="post" action="/start" {
            (v.form_token())
            @if guidelines.len() > 1 {
                fieldset #guideline aria-describedby=[described("guideline")] {
                    legend { (t.t("which-assessment")) }
                    @for (i, g) in guidelines.iter().enumerate() {
                        @let id = format!("guideline-{}", g.id);
                        div.choice {
                            input type="radio" name="guideline" value=(g.id) id=(id)
                                checked[form.guideline == g.id || (form.guideline.is_empty() && i == 0)];
                            label for=(id) {
                                strong { (g.title.get(lang)) }
                                br;
                                span.desc { (g.description.get(lang)) }
                            }
                        }
                    }
                }
            } @else if let Some(g) = guidelines.first() {
                input type="hidden" name="guideline" value=(g.id);
                p { (t.labelled(&t.t("serve-guideline"), g.title.get(lang))) }
            }
            (text_field("network", &t.t("ask-network"), &form.network, true, error("network")))
            (text_field("region", &t.t("ask-region"), &form.region, false, None))
            @if has_member {
                fieldset #speaks-for {
                    legend { (t.t("ask-speaks-for")) }
                    div.choice {
                        input type="radio" name="speaks-for" value="network" id="speaks-network" checked[!form.member];
                        label for="speaks-network" { (t.t("speaks-for-network")) }
                    }
                    div.choice {
                        input type="radio" name="speaks-for" value="member" id="speaks-member" checked[form.member];
                        label for="speaks-member" { (t.t("speaks-for-member")) }
                    }
                }
                (text_field("country", &t.t("serve-member-country"), &form.country, false, error("country")))
            }
            (text_field("name", &t.t("ask-name"), &form.name, false, None))
            (text_field("role", &t.t("ask-role"), &form.role, false, None))
            @if w.opts.lang.is_none() {
                div.field {
                    label for="language" { (t.t("ask-language")) }
                    select #language name="language" {
                        @for code in i18n::languages() {
                            option value=(code) selected[chosen_lang == code] lang=(code) { (i18n::language_name(code)) }
                        }
                    }
                }
            }
            div.choice {
                input type="checkbox" name="workshop" value="yes" id="workshop" checked[form.workshop];
                label for="workshop" { (t.t("serve-workshop")) }
            }
            @if let Some(message) = error("file") {
                p.error #file role="alert" { (message) }
            }
            p.actions {
                button.primary type="submit" { (t.t("serve-start")) }
            }
        }
    };
    layout(t, &title, "start", None, html! {}, main)
}

fn text_field(
    name: &str,
    label: &str,
    value: &str,
    required: bool,
    error: Option<String>,
) -> Markup {
    let error_id = format!("{name}-error");
    html! {
        div.field {
            label for=(name) { (label) }
            @if let Some(e) = &error {
                p.error id=(error_id) { (e) }
            }
            input type="text" id=(name) name=(name) value=(value) required[required]
                aria-invalid=[error.as_ref().map(|_| "true")]
                aria-describedby=[error.as_ref().map(|_| error_id.as_str())];
        }
    }
}

/// The identity given names a file with another respondent's answers:
/// continue it (as a participant), or start a new file.
pub(crate) fn choose(v: &View, p: &Pending) -> Markup {
    let t = &v.t;
    let title = t.t("which-file");
    let main = html! {
        h1 { (title) }
        p {
            (t.f("exists-other-respondent", &[
                ("path", Arg::Str(&p.path().display().to_string())),
                ("who", Arg::Str(&p.who)),
            ]))
        }
        form method="post" action="/choose" {
            (v.form_token())
            p.actions {
                button type="submit" name="file" value="theirs" { (t.t("continue-their-file")) }
                " "
                button.primary type="submit" name="file" value="new" {
                    (t.f("start-new-file", &[("path", Arg::Str(&p.new_path.display().to_string()))]))
                }
            }
        }
    };
    layout(t, &title, "choose", None, html! {}, main)
}

/// A save failed: where the answers are.
pub(crate) fn failed(v: &View, message: &str) -> Markup {
    let t = &v.t;
    let title = t.t("serve-failed-title");
    let main = html! {
        h1 { (title) }
        div.error role="alert" {
            @for line in message.lines() { p { (line) } }
        }
        // Nothing more can be answered here: what is left is to stop.
        form.stop method="post" action="/stop" {
            (v.form_token())
            button type="submit" { (t.t("serve-stop")) }
        }
    };
    layout(t, &title, "failed", None, html! {}, main)
}

/// The server is stopping.
pub(crate) fn stopped(v: &View, path: Option<&std::path::Path>) -> Markup {
    let t = &v.t;
    let title = t.t("serve-stopped-title");
    let main = html! {
        h1 { (title) }
        @if let Some(path) = path {
            p { (t.f("serve-stopped", &[("path", Arg::Str(&path.display().to_string()))])) }
        }
        p { (t.t("serve-stopped-close")) }
    };
    layout(t, &title, "stopped", None, html! {}, main)
}
