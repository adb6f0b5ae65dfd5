//! The routes: each request, once [`access::guard`] let it through, becomes
//! an action on the [`Workshop`] and a page, or a redirect to one (every
//! change is a POST answered by `303 See Other`, so that reloading never
//! repeats it). No route takes a path from the client: the answer file is
//! the one the server opened, the reports are made from it in memory.

use std::sync::{Arc, Mutex, MutexGuard};

use axum::Router;
use axum::extract::{DefaultBodyLimit, Form, FromRequest, Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use maud::Markup;
use tokio::sync::{Notify, watch};

use super::access::{self, Keys, Role, refused, same_secret};
use super::workshop::{Identity, Phase, Refusal, Workshop};
use super::{Summary, live, pages, room};
use crate::answers::{Participant, Response as Answered};
use crate::i18n::Tr;
use crate::report::{self, Format, View, gap};
use crate::scoring;

/// Largest request body taken: every form of the pages fits many times
/// over, and no text in it can pass the answer file's own limit of 100,000
/// characters.
pub(crate) const MAX_BODY: usize = 64 * 1024;

/// The server's shared state.
pub(crate) struct App {
    pub keys: Keys,
    workshop: Mutex<Workshop>,
    /// The participants' link, for the QR code.
    pub join_url: String,
    /// Listening beyond this computer: the join panel is shown open.
    pub wide: bool,
    /// Bumped at every change, for the live updates.
    pub live: watch::Sender<u64>,
    /// Set when the server stops: the live streams end.
    pub closing: watch::Sender<bool>,
    stop: Notify,
}

impl App {
    pub(crate) fn new(workshop: Workshop, keys: Keys, join_url: String, wide: bool) -> Self {
        App {
            keys,
            workshop: Mutex::new(workshop),
            join_url,
            wide,
            live: watch::channel(0).0,
            closing: watch::channel(false).0,
            stop: Notify::new(),
        }
    }

    /// The session, locked. A panic elsewhere never leaves it unusable:
    /// every change was saved before the next one began.
    pub(crate) fn workshop(&self) -> MutexGuard<'_, Workshop> {
        self.workshop.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Tells the live pages that something changed.
    pub(crate) fn changed(&self) {
        self.live.send_modify(|v| *v = v.wrapping_add(1));
    }

    /// Waits for the facilitator's "stop the server".
    pub(crate) async fn stopped(&self) {
        self.stop.notified().await;
    }

    /// Ends the live streams, so that the server can stop.
    pub(crate) fn close(&self) {
        self.closing.send_replace(true);
    }

    /// What the answer file holds now.
    pub(crate) fn summary(&self) -> Summary {
        let mut w = self.workshop();
        let lang = w.lang();
        match w.session() {
            Ok(s) => {
                let p = s.engine.progress(lang);
                Summary {
                    answers: Some(s.path().to_path_buf()),
                    answered: p.answered,
                    total: p.total,
                    lang,
                    failed: None,
                }
            }
            Err(_) => Summary {
                answers: None,
                answered: 0,
                total: 0,
                lang,
                failed: match &w.phase {
                    Phase::Failed(message) => Some(message.clone()),
                    _ => None,
                },
            },
        }
    }
}

/// The routes, behind the access checks and the common headers.
pub(crate) fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/", get(home))
        .route("/start", post(start))
        .route("/choose", post(choose))
        .route("/answer", post(answer))
        .route("/go", post(go))
        .route("/review", get(review))
        .route("/participants", get(participants).post(participant_changed))
        .route("/findings", get(findings_list))
        .route("/findings/{area}", get(findings).post(findings_saved))
        .route("/scores", get(scores))
        .route("/report.md", get(report_markdown))
        .route("/report.pdf", get(report_pdf))
        .route("/events", get(live::facilitator))
        .route("/stop", post(stop))
        .route("/p", get(room_page).post(propose))
        .route("/p/events", get(live::participant))
        .route("/static/style.css", get(style))
        .route("/static/app.js", get(script))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(middleware::from_fn_with_state(app.clone(), access::guard))
        .layer(middleware::from_fn(access::headers))
        .with_state(app)
}

/// The fields of a form posted from one of this server's pages (its form
/// token checked), as sent.
pub(crate) struct Posted(Vec<(String, String)>);

impl Posted {
    /// A field's value, empty when absent.
    fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// A field as a number.
    fn index(&self, name: &str) -> Option<usize> {
        self.get(name).trim().parse().ok()
    }
}

impl FromRequest<Arc<App>> for Posted {
    type Rejection = Response;

    async fn from_request(req: Request, app: &Arc<App>) -> Result<Self, Response> {
        let role = req.extensions().get::<Role>().copied();
        let Form(fields) = Form::<Vec<(String, String)>>::from_request(req, app)
            .await
            .map_err(|rejection| {
                let status = rejection.status();
                let id = if status == StatusCode::PAYLOAD_TOO_LARGE {
                    "serve-refused-too-large"
                } else {
                    "serve-refused-not-a-form"
                };
                access::refused_in(app, status, id)
            })?;
        // Text boxes send line breaks as CR LF: the answer file keeps
        // them as plain line breaks, as every other writer does.
        let fields = fields
            .into_iter()
            .map(|(k, v)| (k, v.replace("\r\n", "\n").replace('\r', "\n")))
            .collect();
        let posted = Posted(fields);
        match role {
            Some(role) if same_secret(posted.get("_form"), app.keys.form_token(role)) => Ok(posted),
            _ => Err(access::refused_in(
                app,
                StatusCode::FORBIDDEN,
                "serve-refused-form",
            )),
        }
    }
}

/// `303 See Other` to a page.
fn see(path: &str) -> Response {
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, path.to_string())],
    )
        .into_response()
}

fn html(markup: Markup) -> Response {
    Html(markup.into_string()).into_response()
}

/// The page for where the session stands: the identity questions, the
/// choice of file, the findings just offered, the current criterion, or
/// the review.
async fn home(State(app): State<Arc<App>>) -> Response {
    let mut w = app.workshop();
    let view = pages::View::of(&app, &w);
    match &mut w.phase {
        Phase::New => html(pages::start(&view, &w, &Identity::default(), &[])),
        Phase::Choose(pending) => html(pages::choose(&view, pending)),
        Phase::Failed(message) => html(pages::failed(&view, message)),
        Phase::Open(s) => {
            let page = match s.offer {
                Some(area) => pages::findings(&view, s, area, true),
                None if s.engine.is_past_end() => pages::review(&view, s),
                None => {
                    // A form sent back with an error shows once, and only
                    // on the criterion it was for.
                    let draft = match (s.draft.take(), s.engine.current()) {
                        (Some((id, draft)), Some((_, c))) if c.id == id => draft,
                        _ => pages::Draft::default(),
                    };
                    pages::question(&view, s, &draft)
                }
            };
            // Said once.
            s.notices.clear();
            html(page)
        }
    }
}

async fn start(State(app): State<Arc<App>>, form: Posted) -> Response {
    let identity = Identity {
        guideline: form.get("guideline").to_string(),
        network: form.get("network").to_string(),
        region: form.get("region").to_string(),
        member: form.get("speaks-for") == "member",
        country: form.get("country").to_string(),
        name: form.get("name").to_string(),
        role: form.get("role").to_string(),
        language: form.get("language").to_string(),
        workshop: form.get("workshop") == "yes",
    };
    let mut w = app.workshop();
    match w.start(identity.clone()) {
        Ok(()) => {
            drop(w);
            app.changed();
            if identity.workshop {
                see("/participants")
            } else {
                see("/")
            }
        }
        Err(errors) => {
            let view = pages::View::of(&app, &w);
            let page = pages::start(&view, &w, &identity, &errors);
            (StatusCode::UNPROCESSABLE_ENTITY, Html(page.into_string())).into_response()
        }
    }
}

async fn choose(State(app): State<Arc<App>>, form: Posted) -> Response {
    let mut w = app.workshop();
    if let Err(message) = w.choose(form.get("file") == "theirs") {
        w.phase = Phase::Failed(message);
    }
    drop(w);
    app.changed();
    see("/")
}

/// Evidence typed one per line or separated by `;`, as `assess` takes it.
fn evidence_items(text: &str) -> Vec<String> {
    text.split([';', '\n'])
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(String::from)
        .collect()
}

async fn answer(State(app): State<Arc<App>>, form: Posted) -> Response {
    let draft = pages::Draft {
        level: form.get("level").to_string(),
        reason: form.get("reason").to_string(),
        note: form.get("note").to_string(),
        evidence: form.get("evidence").to_string(),
        error: None,
    };
    let response = match draft.level.as_str() {
        "0" | "1" | "2" | "3" | "4" => Some(Answered::Level(draft.level.parse().unwrap_or(0))),
        "na" => Some(Answered::NotApplicable {
            reason: draft.reason.trim().to_string(),
        }),
        _ => None,
    };
    let mut w = app.workshop();
    let lang = w.lang();
    let t = Tr::new(lang);
    let error = match response {
        None => Some(t.t("serve-choose-level")),
        Some(response) => {
            let criterion = form.get("criterion").to_string();
            let note = Some(draft.note.clone());
            let evidence = evidence_items(&draft.evidence);
            match w.saving(|s| s.record(&criterion, response, note, evidence)) {
                Ok(()) => None,
                Err(Refusal::NoReason) => Some(t.t("why-na-again")),
                Err(Refusal::Stale) => {
                    if let Ok(s) = w.session() {
                        s.notices.push(t.t("serve-stale"));
                    }
                    None
                }
                Err(Refusal::NotOpen) => None,
            }
        }
    };
    match error {
        None => {
            drop(w);
            app.changed();
            see("/")
        }
        Some(error) => {
            // Post, redirect, get: the page with the error is a plain GET,
            // which a reload (or a live update) can repeat safely.
            if let Ok(s) = w.session() {
                s.draft = Some((
                    form.get("criterion").to_string(),
                    pages::Draft {
                        error: Some(error),
                        ..draft
                    },
                ));
            }
            see("/")
        }
    }
}

/// The moves: skip, back, to an area, to the review, from the review to one
/// criterion or to the skipped ones, past the findings offered.
async fn go(State(app): State<Arc<App>>, form: Posted) -> Response {
    let mut w = app.workshop();
    let Ok(s) = w.session() else {
        return see("/");
    };
    match form.get("action") {
        "skip" => s.skip(),
        "back" => s.back(),
        "area" => {
            if let Some(area) = form.index("index") {
                s.jump(area);
            }
        }
        "change" => {
            if let Some(index) = form.index("index") {
                s.change(index);
            }
        }
        "review" => s.review(),
        "unanswered" => s.first_unanswered(),
        "not-now" => s.offer = None,
        // An unknown move moves nothing.
        _ => {}
    }
    drop(w);
    app.changed();
    see("/")
}

async fn review(State(app): State<Arc<App>>) -> Response {
    let mut w = app.workshop();
    let view = pages::View::of(&app, &w);
    match w.session() {
        Ok(s) => html(pages::review(&view, s)),
        Err(_) => see("/"),
    }
}

async fn participants(State(app): State<Arc<App>>) -> Response {
    let mut w = app.workshop();
    let view = pages::View::of(&app, &w);
    match w.session() {
        Ok(s) => {
            let page = pages::participants(&view, s);
            s.notices.clear();
            html(page)
        }
        Err(_) => see("/"),
    }
}

async fn participant_changed(State(app): State<Arc<App>>, form: Posted) -> Response {
    let person = Participant {
        name: form.get("name").trim().to_string(),
        agency: form.get("agency").trim().to_string(),
        country: form.get("country").trim().to_string(),
        extra: Vec::new(),
    };
    let index = form.index("index");
    let person = if form.get("action") == "remove" {
        Participant::default()
    } else {
        person
    };
    let mut w = app.workshop();
    let _ = w.saving(|s| s.set_participant(index, person));
    drop(w);
    app.changed();
    see("/participants")
}

async fn findings_list(State(app): State<Arc<App>>) -> Response {
    let mut w = app.workshop();
    let view = pages::View::of(&app, &w);
    match w.session() {
        Ok(s) => html(pages::findings_list(&view, s)),
        Err(_) => see("/"),
    }
}

async fn findings(State(app): State<Arc<App>>, Path(area): Path<String>) -> Response {
    let mut w = app.workshop();
    let lang = w.lang();
    let view = pages::View::of(&app, &w);
    let Ok(s) = w.session() else {
        return see("/");
    };
    match area.parse::<usize>() {
        Ok(a) if a < s.engine.guideline().areas.len() => html(pages::findings(&view, s, a, false)),
        _ => missing(lang),
    }
}

async fn findings_saved(
    State(app): State<Arc<App>>,
    Path(area): Path<String>,
    form: Posted,
) -> Response {
    let Ok(area) = area.parse::<usize>() else {
        return missing(app.workshop().lang());
    };
    let mut w = app.workshop();
    let result = w.saving(|s| {
        s.set_findings(
            area,
            form.get("strengths").trim().to_string(),
            form.get("challenges").trim().to_string(),
            form.get("priorities").trim().to_string(),
        )
    });
    drop(w);
    app.changed();
    match result {
        Err(Refusal::Stale) => missing(app.workshop().lang()),
        _ => see(if form.get("then") == "list" {
            "/findings"
        } else {
            "/"
        }),
    }
}

/// The gap report's view of the answers as they are now.
fn gap_view(w: &mut Workshop) -> Option<gap::GapReport> {
    let s = w.session().ok()?;
    let g = s.engine.guideline();
    let answers = s.engine.answers();
    let card = scoring::score(g, answers);
    Some(gap::build(g, answers, &card, &[], &[], s.lang))
}

async fn scores(State(app): State<Arc<App>>) -> Response {
    let mut w = app.workshop();
    let view = pages::View::of(&app, &w);
    let Some(report) = gap_view(&mut w) else {
        return see("/");
    };
    match w.session() {
        Ok(s) => html(pages::scores(&view, s, &report)),
        Err(_) => see("/"),
    }
}

async fn report_markdown(State(app): State<Arc<App>>) -> Response {
    report_download(app, Format::Markdown).await
}

async fn report_pdf(State(app): State<Arc<App>>) -> Response {
    report_download(app, Format::Pdf).await
}

/// The gap report of the answer file as saved, made as `wen-assess report`
/// makes it (read, carried to the guideline's version, scored, rendered),
/// in memory, and sent as a download.
async fn report_download(app: Arc<App>, format: Format) -> Response {
    let (path, guideline, lang) = {
        let mut w = app.workshop();
        let Ok(s) = w.session() else {
            return see("/");
        };
        (s.path().to_path_buf(), s.engine.guideline(), s.lang)
    };
    // A PDF takes a while: the session stays free meanwhile.
    let made = tokio::task::spawn_blocking(move || -> Result<(Vec<u8>, String), String> {
        let t = Tr::new(lang);
        let text = crate::files::read_text(&path).map_err(|e| e.msg().render(&t))?;
        let file = path.display().to_string();
        let (mut answers, _) =
            crate::answers::parse_answers(&text, &file).map_err(|e| e.render(&t))?;
        let (moved, _) = crate::answers::migrate(&mut answers, guideline, &file);
        let card = scoring::score(guideline, &answers);
        let view = gap::build(guideline, &answers, &card, text.as_bytes(), &moved, lang);
        let bytes = report::render(View::Gap(&view), format).map_err(|e| e.to_string())?;
        let name = report::default_report_path(&path, format.extension());
        let name = name
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok((bytes, name))
    })
    .await;
    match made {
        Ok(Ok((bytes, name))) => {
            let kind = match format {
                Format::Pdf => "application/pdf",
                _ => "text/markdown; charset=utf-8",
            };
            let disposition = format!("attachment; filename=\"{}\"", header_safe(&name));
            let mut response = (StatusCode::OK, bytes).into_response();
            let h = response.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
            if let Ok(v) = HeaderValue::from_str(&disposition) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            response
        }
        Ok(Err(message)) => refused(StatusCode::INTERNAL_SERVER_ERROR, &message),
        Err(_) => access::refused_in(
            &app,
            StatusCode::INTERNAL_SERVER_ERROR,
            "serve-refused-report",
        ),
    }
}

/// A file name as a header can carry it: ASCII letters, digits, `.`, `-`
/// and `_`; anything else becomes `_`.
fn header_safe(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

async fn stop(State(app): State<Arc<App>>, _form: Posted) -> Response {
    let w = app.workshop();
    let view = pages::View::of(&app, &w);
    let page = pages::stopped(&view, w.path());
    drop(w);
    // The page goes out before the server closes.
    app.stop.notify_one();
    html(page)
}

/// The participant's device, from its cookie; a new one when it has none.
fn device_of(app: &App, headers: &axum::http::HeaderMap) -> (String, bool) {
    match access::cookie(headers, &app.keys.device_cookie()) {
        Some(id) if id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()) => {
            (id.to_string(), false)
        }
        _ => (access::random_token(), true),
    }
}

/// With the cookie that names a new device.
fn with_device(app: &App, mut response: Response, device: &str, new: bool) -> Response {
    if new {
        let cookie = format!(
            "{}={device}; Path=/; HttpOnly; SameSite=Strict",
            app.keys.device_cookie()
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

async fn room_page(State(app): State<Arc<App>>, headers: axum::http::HeaderMap) -> Response {
    let (device, new) = device_of(&app, &headers);
    let mut w = app.workshop();
    let lang = w.lang();
    let joined = w.session().map(|s| s.room.join(&device)).unwrap_or(false);
    let page = room::page(&app, lang, w.session().ok().map(|s| &*s), &device);
    drop(w);
    if joined && new {
        app.changed();
    }
    with_device(&app, html(page), &device, new)
}

async fn propose(
    State(app): State<Arc<App>>,
    headers: axum::http::HeaderMap,
    form: Posted,
) -> Response {
    let (device, new) = device_of(&app, &headers);
    let level = form.get("level").parse::<u8>().ok();
    let mut w = app.workshop();
    let taken = match (w.session(), level) {
        (Ok(s), Some(level)) => s.propose(&device, form.get("criterion"), level, form.get("name")),
        _ => false,
    };
    drop(w);
    if taken {
        app.changed();
    }
    with_device(&app, see("/p"), &device, new)
}

async fn style() -> Response {
    asset("text/css; charset=utf-8", include_str!("assets/style.css"))
}

async fn script() -> Response {
    asset(
        "text/javascript; charset=utf-8",
        include_str!("assets/app.js"),
    )
}

fn asset(kind: &'static str, text: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind)], text).into_response()
}

async fn not_found(State(app): State<Arc<App>>) -> Response {
    missing(app.workshop().lang())
}

/// `404 Not Found`, said in `lang`.
fn missing(lang: &'static str) -> Response {
    refused(
        StatusCode::NOT_FOUND,
        &Tr::new(lang).t("serve-refused-missing"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_is_split_on_semicolons_and_lines() {
        assert_eq!(
            evidence_items(" mou.pdf; https://x.org/m \n\n minutes.pdf;"),
            ["mou.pdf", "https://x.org/m", "minutes.pdf"]
        );
    }

    #[test]
    fn download_names_are_plain_ascii() {
        assert_eq!(header_safe("réseau \"x\".md"), "r_seau__x_.md");
    }
}
