//! `wen-assess serve` in a real browser: Chromium, headless, driven through
//! ChromeDriver by WebDriver (fantoccini, so the tests stay in Rust and
//! need no Python). A whole assessment answered in French with the keys
//! and the forms, the file on disk checked after each answer; a resume; a
//! participant in a second browser proposing a level that the
//! facilitator's page shows live; the reports fetched by the page and read
//! (the PDF with pdftotext); axe-core (vendored) finding no WCAG 2.1 A or
//! AA violation on any page; screenshots at 1280x720 and 390x844 in
//! `target/serve-screenshots/`.
//!
//! They need chromium and chromium-driver, so `cargo test` leaves them out
//! and CI runs them (`.ci/install-test-programs`); without the programs
//! they fail and say what to install.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use super::serve::Server;
use super::{pdf_text, programs, repo};

/// axe-core, vendored: never fetched by the tests.
const AXE: &str = include_str!("../vendor/axe-core/axe.min.js");

/// A ChromeDriver on a free port, ended when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start() -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "`chromedriver` cannot be started ({e}); this test needs it: install {}",
                    programs::install_hint("chromedriver")
                )
            });
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "chromedriver did not listen"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, port }
    }

    /// A new browser, headless, with its own profile, at a window size.
    async fn browser(&self, profile: &Path, width: u32, height: u32) -> Client {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": chromium(),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--hide-scrollbars",
                    format!("--user-data-dir={}", profile.display()),
                ],
                // The viewport itself at this size (a window's size would
                // include the browser's frame, and cannot be a phone's).
                "mobileEmulation": {
                    "deviceMetrics": {
                        "width": width, "height": height, "pixelRatio": 1.0,
                        "mobile": width < 600, "touch": width < 600
                    }
                }
            }),
        );
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("a browser session")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Chromium's path: Debian calls it chromium, Ubuntu chromium-browser.
fn chromium() -> String {
    for name in ["chromium", "chromium-browser"] {
        for dir in std::env::var("PATH").unwrap_or_default().split(':') {
            let path = Path::new(dir).join(name);
            if path.is_file() {
                return path.display().to_string();
            }
        }
    }
    panic!(
        "`chromium` is not installed; this test needs it: install {}",
        programs::install_hint("chromium")
    )
}

/// Runs axe-core on the page shown, with the WCAG 2.0 and 2.1 A and AA
/// rules, and fails with every violation found.
async fn no_violations(c: &Client, what: &str) {
    // The page's policy forbids inline scripts; WebDriver's scripts are
    // the browser's own, so axe runs without loosening it.
    c.execute(&format!("{AXE}\n;return typeof axe;"), vec![])
        .await
        .expect("axe-core loads");
    let result = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.map(n => n.html + ' -> ' + n.failureSummary)})), passes: r.passes.length}))
                .catch(e => done({error: String(e)}));",
            vec![],
        )
        .await
        .expect("axe runs");
    assert!(
        result.get("error").is_none(),
        "{what}: axe failed: {result}"
    );
    let violations = result["violations"].as_array().cloned().unwrap_or_default();
    assert!(
        violations.is_empty(),
        "{what}: axe found WCAG 2.1 AA violations:\n{}",
        serde_json::to_string_pretty(&violations).unwrap()
    );
    // The rules did run.
    assert!(
        result["passes"].as_u64().unwrap_or(0) > 5,
        "{what}: {result}"
    );
}

async fn attr(c: &Client, css: &str, name: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .attr(name)
        .await
        .unwrap()
        .unwrap_or_default()
}

async fn text(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .text()
        .await
        .unwrap()
}

/// Presses "Stop the server" and says yes when the page asks to confirm.
async fn stop_the_server(c: &Client) {
    click(c, "form.stop button").await;
    c.accept_alert()
        .await
        .expect("the page asks before stopping");
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {css}: {e}"));
}

/// Types into a field.
async fn fill(c: &Client, css: &str, value: &str) {
    let field = c.find(Locator::Css(css)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(value).await.unwrap();
}

/// Waits until the page's body says `page` (and the criterion `at`, if
/// given): after a form's redirect, or a reload by the live updates.
async fn wait_page(c: &Client, page: &str, at: Option<&str>) {
    let started = Instant::now();
    loop {
        let body = c.find(Locator::Css("body")).await;
        if let Ok(body) = body {
            let p = body.attr("data-page").await.ok().flatten();
            let a = body.attr("data-at").await.ok().flatten();
            if p.as_deref() == Some(page) && at.is_none_or(|at| a.as_deref() == Some(at)) {
                return;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the page never became {page} {at:?}: {}",
            c.source().await.unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until an element's text contains `wanted`.
async fn wait_text(c: &Client, css: &str, wanted: &str) {
    let started = Instant::now();
    loop {
        if let Ok(e) = c.find(Locator::Css(css)).await
            && e.text().await.is_ok_and(|t| t.contains(wanted))
        {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{css} never said {wanted:?}: {}",
            c.source().await.unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Sends keys to the page as a person types them, not to a field.
async fn keys(c: &Client, keys: &str) {
    c.find(Locator::Css("body"))
        .await
        .unwrap()
        .send_keys(keys)
        .await
        .unwrap();
}

const ENTER: &str = "\u{E007}";

/// What the file on disk says of a criterion: its `level:` line.
fn saved_level(file: &Path, id: &str) -> Option<String> {
    let text = std::fs::read_to_string(file).unwrap();
    let at = text.find(&format!("  {id}:\n"))?;
    text[at..]
        .lines()
        .nth(1)
        .and_then(|l| l.trim().strip_prefix("level: "))
        .map(str::to_string)
}

/// Where the screenshots go, for people to look at.
fn screenshots() -> PathBuf {
    let dir = repo("target/serve-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Takes a screenshot of the viewport, checks its size, and keeps it.
async fn screenshot(c: &Client, name: &str, width: u32, height: u32) {
    let png = c.screenshot().await.unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let w = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!((w, h), (width, height), "{name}");
    std::fs::write(screenshots().join(format!("{name}.png")), png).unwrap();
}

/// The bytes of a page of the session, fetched by the page itself (its
/// cookie, its origin), as the download buttons would.
async fn fetched(c: &Client, path: &str) -> Vec<u8> {
    let b64 = c
        .execute_async(
            "const [path, done] = arguments;
             fetch(path).then(r => r.arrayBuffer()).then(buf => {
               let s = ''; const bytes = new Uint8Array(buf);
               for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
               done(btoa(s));
             }).catch(e => done('error: ' + e));",
            vec![Value::String(path.into())],
        )
        .await
        .unwrap();
    let b64 = b64.as_str().unwrap_or_default();
    assert!(!b64.starts_with("error"), "{path}: {b64}");
    base64_decode(b64)
}

fn base64_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let mut buffer = 0u32;
    let mut bits = 0;
    for c in text.bytes().filter(|c| *c != b'=') {
        let v = ALPHABET.iter().position(|a| *a == c).expect("base64") as u32;
        buffer = (buffer << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    out
}

/// The whole strengthening assessment, in French, in the browser: the
/// identity form, every criterion with the keys (a level then Enter) or
/// the form (N/A with its reason, a note), the findings offered at each
/// area's end, the review, the participants, the scores and both reports.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium and chromedriver (CI runs it)"]
async fn a_whole_assessment_in_french_in_the_browser() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(
        dir.path(),
        &["--lang", "fr", "--guideline", "strengthening"],
    );
    let driver = Driver::start();
    let profile = tempfile::tempdir().unwrap();
    let c = driver.browser(profile.path(), 1280, 720).await;
    c.goto(&server.url()).await.unwrap();
    wait_page(&c, "start", None).await;
    assert_eq!(attr(&c, "html", "lang").await, "fr");
    assert_eq!(text(&c, "h1").await, "Une nouvelle évaluation");
    no_violations(&c, "the identity form").await;
    // Without a network name, the browser itself stops the form (the
    // server says what is missing to a browser that does not).
    click(&c, "form.start button[type=submit]").await;
    wait_page(&c, "start", None).await;
    let missing = c
        .execute(
            "return document.getElementById('network').validity.valueMissing;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(missing, Value::Bool(true));
    fill(&c, "#network", "Réseau régional d’exemple").await;
    fill(&c, "#name", "Awa Diallo").await;
    fill(&c, "#role", "Coordonnatrice").await;
    click(&c, "#workshop").await;
    click(&c, "form.start button[type=submit]").await;
    // A workshop: the participants first.
    wait_page(&c, "participants", None).await;
    fill(&c, "#new-name", "Bo Douanes").await;
    fill(&c, "#new-agency", "Douanes").await;
    fill(&c, "#new-country", "Atlantide").await;
    click(&c, "form.person button[value=add]").await;
    wait_page(&c, "participants", None).await;
    no_violations(&c, "the participants").await;
    let file = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "yaml"))
        .expect("the answer file is made");
    assert!(
        file.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("reseau-regional-d-exemple-strengthening-")
    );
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("name: \"Bo Douanes\"")
    );
    c.goto(&format!("{}/", server.base())).await.unwrap();
    wait_page(&c, "question", None).await;
    no_violations(&c, "a question").await;
    screenshot(&c, "projector-1280x720", 1280, 720).await;
    let mut answered = 0;
    let mut findings_seen = 0;
    loop {
        let page = attr(&c, "body", "data-page").await;
        match page.as_str() {
            "question" => {}
            "findings" => {
                findings_seen += 1;
                if findings_seen == 1 {
                    no_violations(&c, "the findings offered").await;
                    fill(&c, "#strengths", "Un protocole d’accord signé").await;
                    fill(&c, "#priorities", "Un calendrier des réunions").await;
                    click(&c, "form[action^='/findings/'] button[type=submit]").await;
                } else {
                    click(&c, "button[value=not-now]").await;
                }
                wait_page_change(&c, "findings").await;
                continue;
            }
            "review" => break,
            other => panic!("unexpected page {other}: {}", c.source().await.unwrap()),
        }
        let id = attr(&c, "body", "data-at").await;
        let kicker = text(&c, ".kicker").await;
        assert!(
            kicker.contains(&format!("question {} sur 38", answered + 1)),
            "{kicker}"
        );
        match answered {
            // N/A needs a reason: the keys choose it, the form takes it.
            4 => {
                keys(&c, "n").await;
                fill(&c, "#reason", "Le pays hôte paie tout").await;
                click(&c, "#record").await;
            }
            // A note and evidence, through the form.
            7 => {
                click(&c, "label[for=level-2]").await;
                click(&c, "details.more summary").await;
                fill(&c, "#note", "Signé par 3 des 5 États").await;
                fill(&c, "#evidence", "mou.pdf\nhttps://exemple.org/mou").await;
                click(&c, "#record").await;
            }
            n => {
                let level = (n % 5).to_string();
                keys(&c, &level).await;
                keys(&c, ENTER).await;
            }
        }
        wait_page_change_from(&c, &id).await;
        answered += 1;
        let expected = match answered - 1 {
            4 => "na".to_string(),
            7 => "2".to_string(),
            n => (n % 5).to_string(),
        };
        assert_eq!(
            saved_level(&file, &id).as_deref(),
            Some(expected.as_str()),
            "{id} after answer {answered}"
        );
    }
    assert_eq!(answered, 38);
    assert_eq!(findings_seen, 5);
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(
        saved.contains("    reason: \"Le pays hôte paie tout\"\n"),
        "{saved}"
    );
    assert!(
        saved.contains("    note: \"Signé par 3 des 5 États\"\n    evidence:\n      - \"mou.pdf\"\n      - \"https://exemple.org/mou\"\n"),
        "{saved}"
    );
    assert!(
        saved.contains("strengths: \"Un protocole d’accord signé\""),
        "{saved}"
    );
    assert!(text(&c, "h1").await.contains("Relecture"));
    no_violations(&c, "the review").await;
    // Change one answer from the review, back to the review.
    click(&c, "table.review tbody tr:first-child button").await;
    wait_page(&c, "question", None).await;
    let first = attr(&c, "body", "data-at").await;
    keys(&c, "4").await;
    keys(&c, ENTER).await;
    wait_page(&c, "review", None).await;
    assert_eq!(saved_level(&file, &first).as_deref(), Some("4"));
    // The scores, and the reports as `report` writes them.
    c.goto(&format!("{}/scores", server.base())).await.unwrap();
    wait_page(&c, "scores", None).await;
    assert_eq!(text(&c, "h1").await, "Scores et rapports");
    no_violations(&c, "the scores").await;
    screenshot(&c, "scores-1280x720", 1280, 720).await;
    let md = String::from_utf8(fetched(&c, "/report.md").await).unwrap();
    assert!(md.contains("Réseau régional d’exemple"), "{md}");
    assert!(md.contains("Bo Douanes"), "{md}");
    let by_command = super::wen(&["report", file.to_str().unwrap(), "-o", "-"]);
    assert_eq!(md, by_command.stdout);
    let pdf = dir.path().join("downloaded.pdf");
    std::fs::write(&pdf, fetched(&c, "/report.pdf").await).unwrap();
    let reading = pdf_text(&pdf);
    assert!(reading.contains("Réseau régional d’exemple"), "{reading}");
    assert!(reading.contains("Bo Douanes"), "{reading}");
    // Stop from the page: the browser says so, the command too.
    stop_the_server(&c).await;
    wait_page(&c, "stopped", None).await;
    assert_eq!(text(&c, "h1").await, "Le serveur est arrêté");
    let _ = c.close().await;
    let rest = server.wait_stopped();
    assert!(
        rest.contains("contient chaque réponse : 38 critères renseignés sur 38."),
        "{rest}"
    );
}

/// Waits until the page is no longer a `page`. The body found may belong
/// to the page being left, gone before its attribute is read (a stale
/// element): then it is looked for again.
async fn wait_page_change(c: &Client, page: &str) {
    let started = Instant::now();
    loop {
        if let Ok(body) = c.find(Locator::Css("body")).await
            && let Ok(now) = body.attr("data-page").await
            && now.as_deref() != Some(page)
        {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "still on {page}: {}",
            c.source().await.unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the page shows another criterion than `id` (or another
/// kind of page).
async fn wait_page_change_from(c: &Client, id: &str) {
    let started = Instant::now();
    loop {
        if let Ok(body) = c.find(Locator::Css("body")).await {
            let at = body
                .attr("data-at")
                .await
                .ok()
                .flatten()
                .unwrap_or_default();
            let page = body
                .attr("data-page")
                .await
                .ok()
                .flatten()
                .unwrap_or_default();
            if page != "question" || at != id {
                return;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "still on {id}: {}",
            c.source().await.unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A file half answered, opened in the browser: the resume notice, the
/// first unanswered criterion, an answer saved; stopped and served again,
/// it goes on from the next one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium and chromedriver (CI runs it)"]
async fn a_file_resumes_where_it_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.yaml");
    std::fs::write(
        &file,
        "format: 1\nguideline: minimal\nnetwork: {name: Test WEN}\nlanguage: en\nanswers:\n  governance.mandate: {level: 1}\n",
    )
    .unwrap();
    let minimal = repo(super::MINIMAL).display().to_string();
    let driver = Driver::start();
    let profile = tempfile::tempdir().unwrap();
    let c = driver.browser(profile.path(), 1280, 720).await;
    for (round, id, level) in [
        (0, "governance.meetings", "3"),
        (1, "finance.core-funding", "2"),
    ] {
        let server = Server::start(dir.path(), &["--guidelines", &minimal, "a.yaml"]);
        assert_eq!(server.said[1], "Answers: a.yaml");
        c.goto(&server.url()).await.unwrap();
        wait_page(&c, "question", Some(id)).await;
        let notice = text(&c, ".notice").await;
        assert!(
            notice.contains(&format!(
                "Resuming a.yaml: {} of 3 criteria answered.",
                round + 1
            )),
            "{notice}"
        );
        no_violations(&c, "a resumed question").await;
        keys(&c, level).await;
        keys(&c, ENTER).await;
        wait_page_change_from(&c, id).await;
        assert_eq!(
            saved_level(&file, id).as_deref(),
            Some(level),
            "{}\n{}",
            std::fs::read_to_string(&file).unwrap(),
            c.source().await.unwrap()
        );
        stop_the_server(&c).await;
        wait_page(&c, "stopped", None).await;
        let rest = server.wait_stopped();
        assert!(
            rest.contains(&format!(
                "holds every answer: {} of 3 criteria answered.",
                round + 2
            )),
            "{rest}"
        );
    }
    let _ = c.close().await;
}

/// The room: a participant on a second browser (a phone's size) proposes
/// a level; the facilitator's page shows it without a reload; the
/// facilitator records the level agreed, and the participant's page moves
/// on to the next criterion by itself.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium and chromedriver (CI runs it)"]
async fn a_participant_proposes_and_the_facilitator_sees_it_live() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(
        dir.path(),
        &["--lang", "en", "--guideline", "strengthening"],
    );
    let driver = Driver::start();
    let profiles = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let f = driver.browser(profiles[0].path(), 1280, 720).await;
    f.goto(&server.url()).await.unwrap();
    wait_page(&f, "start", None).await;
    fill(&f, "#network", "Example Regional WEN").await;
    click(&f, "form.start button[type=submit]").await;
    wait_page(&f, "question", None).await;
    let first = attr(&f, "body", "data-at").await;
    // In a closed <details> on loopback: its text, not what is shown.
    let join = f
        .find(Locator::Css("details.join .link code"))
        .await
        .unwrap()
        .prop("textContent")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(join.contains("/join?t="), "{join}");
    let p = driver.browser(profiles[1].path(), 390, 844).await;
    p.goto(&join).await.unwrap();
    wait_page(&p, "room", Some(&first)).await;
    no_violations(&p, "the participant's page").await;
    screenshot(&p, "participant-390x844", 390, 844).await;
    wait_text(&f, "#spread-count", "0 proposals, 1 participant joined").await;
    fill(&p, "#name", "Bo").await;
    click(&p, "button.level[value='3']").await;
    wait_page(&p, "room", Some(&first)).await;
    assert!(
        text(&p, ".notice")
            .await
            .contains("You proposed 3 Established.")
    );
    assert_eq!(
        attr(&p, "button.level[value='3']", "aria-pressed").await,
        "true"
    );
    // Live, on the facilitator's page: no reload.
    f.execute(
        "document.body.setAttribute('data-unreloaded', 'yes')",
        vec![],
    )
    .await
    .unwrap();
    wait_text(&f, "#spread-count", "1 proposal, 1 participant joined").await;
    wait_text(&f, "#spread ul.names", "Bo: 3").await;
    assert_eq!(attr(&f, "body", "data-unreloaded").await, "yes");
    no_violations(&f, "the question with the room's spread").await;
    screenshot(&f, "projector-room-1280x720", 1280, 720).await;
    // The same pages at the other size: the facilitator's on a phone, a
    // participant's on a laptop.
    let profiles_more = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let f_phone = driver.browser(profiles_more[0].path(), 390, 844).await;
    f_phone.goto(&server.url()).await.unwrap();
    wait_page(&f_phone, "question", Some(&first)).await;
    no_violations(&f_phone, "the question on a phone").await;
    screenshot(&f_phone, "projector-390x844", 390, 844).await;
    let _ = f_phone.close().await;
    let p_laptop = driver.browser(profiles_more[1].path(), 1280, 720).await;
    p_laptop.goto(&join).await.unwrap();
    wait_page(&p_laptop, "room", Some(&first)).await;
    screenshot(&p_laptop, "participant-1280x720", 1280, 720).await;
    let _ = p_laptop.close().await;
    // The facilitator records what the room agreed.
    keys(&f, "3").await;
    keys(&f, ENTER).await;
    wait_page_change_from(&f, &first).await;
    let second = attr(&f, "body", "data-at").await;
    assert_ne!(second, first);
    // The participant's page follows by itself.
    wait_page(&p, "room", Some(&second)).await;
    let file = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "yaml"))
        .unwrap();
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(
        saved.contains(&format!(
            "  {first}:\n    level: 3\n    votes:\n      \"3\": 1\n"
        )),
        "{saved}"
    );
    let _ = p.close().await;
    let _ = f.close().await;
}
