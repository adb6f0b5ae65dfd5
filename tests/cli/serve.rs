//! `wen-assess serve` over plain HTTP, without a browser: the security
//! rules (no token, a participant's token on the facilitator's actions,
//! cross-site posts, oversized bodies, paths from the client: all
//! refused), and a workshop answered through the plain HTML forms alone, as
//! a text browser or a page without its script would, with the file on
//! disk checked after each answer. The browser tests are in
//! `serve_browser.rs`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Duration;

use super::repo;

/// A running `wen-assess serve`, stopped (and reaped) when dropped.
pub struct Server {
    child: Child,
    stdout: BufReader<ChildStdout>,
    /// The lines printed at start.
    pub said: Vec<String>,
    pub port: u16,
    pub token: String,
}

impl Server {
    /// Starts the server in `dir` with `args` after `serve --no-browser`,
    /// and reads its link.
    pub fn start(dir: &Path, args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_wen-assess"))
            .arg("serve")
            .arg("--no-browser")
            .args(args)
            .current_dir(dir)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut said = Vec::new();
        loop {
            let mut line = String::new();
            if stdout.read_line(&mut line).unwrap() == 0 {
                let mut err = String::new();
                child
                    .stderr
                    .take()
                    .unwrap()
                    .read_to_string(&mut err)
                    .unwrap();
                panic!("serve ended before printing its link: {said:?}\n{err}");
            }
            let line = line.trim_end().to_string();
            // The last line says how to stop, in every language.
            let done = line.contains("Ctrl-C");
            said.push(line);
            if done {
                break;
            }
        }
        let url = said[0]
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no link in {said:?}"))
            .to_string();
        let rest = url.trim_start_matches("http://127.0.0.1:");
        let (port, token) = rest.split_once("/?t=").expect("a link with a token");
        Server {
            child,
            stdout,
            said,
            port: port.parse().unwrap(),
            token: token.to_string(),
        }
    }

    /// The facilitator's link.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/?t={}", self.port, self.token)
    }

    /// The base of every address.
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// One request, as sent; the response.
    pub fn raw(&self, request: &str) -> Reply {
        raw(self.port, request.as_bytes())
    }

    /// A GET with the cookie given (empty: none).
    pub fn get(&self, path: &str, cookie: &str) -> Reply {
        self.raw(&format!(
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{}Connection: close\r\n\r\n",
            self.port,
            cookie_header(cookie)
        ))
    }

    /// A form POST from this server's own pages (its Origin), with the
    /// cookie given.
    pub fn post(&self, path: &str, cookie: &str, body: &str) -> Reply {
        self.post_from(path, cookie, body, &self.base())
    }

    /// A form POST claiming to come from `origin`.
    pub fn post_from(&self, path: &str, cookie: &str, body: &str, origin: &str) -> Reply {
        self.raw(&format!(
            "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{}Origin: {origin}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.port,
            cookie_header(cookie),
            body.len()
        ))
    }

    /// The facilitator's cookie, as the link sets it.
    pub fn facilitator(&self) -> String {
        let r = self.get(&format!("/?t={}", self.token), "");
        assert_eq!(r.status, 303, "{}", r.text());
        r.cookie()
    }

    /// A participant's cookies: the join link's token from the
    /// facilitator's page, then the link itself.
    pub fn participant(&self, facilitator: &str) -> String {
        let page = self.get("/", facilitator).text();
        let join = page
            .split("/join?t=")
            .nth(1)
            .expect("the facilitator's page shows the join link")
            .chars()
            .take(32)
            .collect::<String>();
        let r = self.get(&format!("/join?t={join}"), "");
        assert_eq!(r.status, 303, "{}", r.text());
        assert_eq!(r.header("location"), Some("/p"));
        let token = r.cookie();
        let page = self.get("/p", &token);
        assert_eq!(page.status, 200, "{}", page.text());
        format!("{token}; {}", page.cookie())
    }

    /// Stops the server from its page, as the facilitator does, and
    /// returns what it printed last.
    pub fn stop(self, facilitator: &str, form: &str) -> String {
        let r = self.post("/stop", facilitator, &format!("_form={form}"));
        assert_eq!(r.status, 200, "{}", r.text());
        self.wait_stopped()
    }

    /// Stops the server as Ctrl-C in its terminal does (SIGINT), and
    /// returns what it printed last.
    #[cfg(unix)]
    pub fn interrupt(self) -> String {
        let sent = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        self.wait_stopped()
    }

    /// Waits for a server told to stop to end (with success), and returns
    /// what it printed last.
    pub fn wait_stopped(mut self) -> String {
        let mut rest = String::new();
        self.stdout.read_to_string(&mut rest).unwrap();
        let status = self.child.wait().unwrap();
        assert!(status.success(), "{status}");
        rest
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn cookie_header(cookie: &str) -> String {
    if cookie.is_empty() {
        String::new()
    } else {
        format!("Cookie: {cookie}\r\n")
    }
}

/// A response: status, headers, body.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The `name=value` of the cookie it sets.
    pub fn cookie(&self) -> String {
        self.header("set-cookie")
            .and_then(|c| c.split(';').next())
            .unwrap_or_else(|| panic!("no cookie set: {:?}", self.headers))
            .to_string()
    }
}

/// Sends bytes to the server and reads the whole response (the requests
/// ask the server to close the connection).
pub fn raw(port: u16, request: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("the server listens");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    // A server may answer and close before reading a refused body whole:
    // the request is written beside the reading, and its failure ignored.
    let mut writer = stream.try_clone().unwrap();
    let request = request.to_vec();
    let sending = std::thread::spawn(move || {
        let _ = writer.write_all(&request);
    });
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        match stream.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            // A reset after the response: what came is the response.
            Err(_) => break,
        }
    }
    let _ = sending.join();
    parse(&bytes)
}

fn parse(bytes: &[u8]) -> Reply {
    let end = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no response: {:?}", String::from_utf8_lossy(bytes)));
    let head = String::from_utf8_lossy(&bytes[..end]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = bytes[end + 4..].to_vec();
    if headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"))
    {
        body = unchunk(&body);
    }
    Reply {
        status,
        headers,
        body,
    }
}

fn unchunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(line_end) = data.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size = usize::from_str_radix(String::from_utf8_lossy(&data[..line_end]).trim(), 16)
            .unwrap_or(0);
        if size == 0 {
            return out;
        }
        let start = line_end + 2;
        out.extend_from_slice(&data[start..start + size]);
        data = &data[start + size + 2..];
    }
}

/// The form token of a facilitator's page.
pub fn form_token(page: &str) -> String {
    page.split("name=\"_form\" value=\"")
        .nth(1)
        .expect("a page with a form")
        .chars()
        .take(32)
        .collect()
}

/// A form body from pairs, percent-encoded.
pub fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".to_string(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

/// The minimal guideline and a new folder to serve in.
fn workspace() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn minimal() -> String {
    repo(super::MINIMAL).display().to_string()
}

/// A server on the minimal guideline, in English, before any answer file.
fn new_server(dir: &Path) -> Server {
    Server::start(dir, &["--guidelines", &minimal(), "--lang", "en"])
}

/// The identity of a new network file, posted.
fn started(s: &Server, cookie: &str) -> String {
    let page = s.get("/", cookie).text();
    let token = form_token(&page);
    let r = s.post(
        "/start",
        cookie,
        &form(&[
            ("_form", &token),
            ("guideline", "minimal"),
            ("network", "Test WEN"),
            ("speaks-for", "network"),
            ("name", "Ann"),
            ("role", "Coordinator"),
            ("language", "en"),
        ]),
    );
    assert_eq!(r.status, 303, "{}", r.text());
    token
}

#[test]
fn every_request_needs_the_token() {
    let dir = workspace();
    let s = new_server(dir.path());
    for path in [
        "/",
        "/static/app.js",
        "/static/style.css",
        "/p",
        "/events",
        "/review",
        "/report.pdf",
        "/nowhere",
    ] {
        let r = s.get(path, "");
        assert_eq!(r.status, 403, "{path}: {}", r.text());
        assert!(r.text().contains("Forbidden"), "{path}");
    }
    let r = s.get(&format!("/?t={}", "0".repeat(32)), "");
    assert_eq!(r.status, 403);
    let r = s.get("/", &format!("wen-f-{}={}", s.port, "0".repeat(32)));
    assert_eq!(r.status, 403);
    // Another port's cookie is another server's.
    let r = s.get("/", &format!("wen-f-{}={}", s.port + 1, s.token));
    assert_eq!(r.status, 403);
}

/// A refusal is said in the session's language: a participant who typed
/// the address without its token, a page that does not exist, a form from
/// elsewhere.
#[test]
fn refusals_are_said_in_the_sessions_language() {
    let dir = workspace();
    let s = Server::start(dir.path(), &["--guidelines", &minimal(), "--lang", "fr"]);
    let r = s.get("/", "");
    assert_eq!(r.status, 403);
    assert_eq!(
        r.text(),
        "Interdit : ouvrez le lien affiché par wen-assess serve (il porte le jeton d’accès).\n"
    );
    let f = s.facilitator();
    let r = s.get("/nowhere", &f);
    assert_eq!(r.status, 404);
    assert_eq!(r.text(), "Introuvable : cette page n’existe pas.\n");
    let r = s.get(&format!("/?t={}", "0".repeat(32)), "");
    assert_eq!(r.status, 403);
    assert!(
        r.text().starts_with("Interdit : ce lien n’est pas valide"),
        "{}",
        r.text()
    );
    let r = s.post("/start", &f, "guideline=minimal");
    assert_eq!(r.status, 403);
    assert_eq!(
        r.text(),
        "Interdit : ce formulaire ne vient pas des pages de cette séance.\n"
    );
}

/// An editor changes the criterion the room is answering: the save is
/// refused as a conflict, the session's answers go to a side file, the
/// page says so (with how to resume in the browser too) and still offers
/// to stop, and the terminal repeats it when the server stops.
#[test]
fn a_conflict_with_an_editor_is_said_on_the_page_and_in_the_terminal() {
    let dir = workspace();
    let file = dir.path().join("a.yaml");
    std::fs::write(
        &file,
        "format: 1\nguideline: minimal\nguideline-version: \"1.0.0\"\nnetwork:\n  name: Test WEN\nlanguage: en\nanswers:\n  governance.mandate:\n    level: ~\n",
    )
    .unwrap();
    let s = Server::start(dir.path(), &["--guidelines", &minimal(), "a.yaml"]);
    let f = s.facilitator();
    let page = s.get("/", &f).text();
    let token = form_token(&page);
    assert!(page.contains("value=\"governance.mandate\""), "{page}");
    let edited = std::fs::read_to_string(&file)
        .unwrap()
        .replace("level: ~", "level: 1");
    std::fs::write(&file, &edited).unwrap();
    let r = s.post(
        "/answer",
        &f,
        &form(&[
            ("_form", &token),
            ("criterion", "governance.mandate"),
            ("level", "3"),
        ]),
    );
    assert_eq!(r.status, 303, "{}", r.text());
    let page = s.get("/", &f).text();
    assert!(
        page.contains("changed by another program while this session ran, on the same criteria (governance.mandate)"),
        "{page}"
    );
    assert!(
        page.contains("(or, in the browser: wen-assess serve a.yaml)"),
        "{page}"
    );
    assert!(page.contains("action=\"/stop\""), "{page}");
    // The editor's version is kept; the room's answer is in the side file.
    assert_eq!(std::fs::read_to_string(&file).unwrap(), edited);
    let side = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("a.session-"))
        .expect("a side file");
    assert_eq!(
        saved_level(&side, "governance.mandate").as_deref(),
        Some("3")
    );
    let said = s.stop(&f, &token);
    assert!(
        said.starts_with(
            "Stopped. The session had ended when a save failed: a.yaml: changed by another program"
        ),
        "{said}"
    );
}

#[test]
fn the_link_sets_a_strict_cookie_and_every_page_a_strict_policy() {
    let dir = workspace();
    let s = new_server(dir.path());
    let r = s.get(&format!("/?t={}", s.token), "");
    assert_eq!(r.status, 303);
    // The token leaves the address bar.
    assert_eq!(r.header("location"), Some("/"));
    let set = r.header("set-cookie").unwrap();
    assert_eq!(
        set,
        format!(
            "wen-f-{}={}; Path=/; HttpOnly; SameSite=Strict",
            s.port, s.token
        )
    );
    let page = s.get("/", &r.cookie());
    assert_eq!(page.status, 200);
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.starts_with("default-src 'none'; script-src 'self'; style-src 'self';"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_eq!(page.header("referrer-policy"), Some("same-origin"));
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    let html = page.text();
    assert!(
        html.starts_with("<!DOCTYPE html><html lang=\"en\">"),
        "{html}"
    );
    // No inline script, no outside resource.
    assert!(!html.contains("<script>") && !html.contains("onclick") && !html.contains("style=\""));
    assert!(!html.contains("https://"), "{html}");
    assert!(html.contains("<script src=\"/static/app.js\" defer></script>"));
}

#[test]
fn participants_may_only_propose() {
    let dir = workspace();
    let s = new_server(dir.path());
    let f = s.facilitator();
    let token = started(&s, &f);
    let p = s.participant(&f);
    for path in [
        "/",
        "/review",
        "/participants",
        "/findings",
        "/findings/0",
        "/scores",
        "/report.md",
        "/report.pdf",
        "/events",
        "/static/../review",
    ] {
        let r = s.get(path, &p);
        assert_eq!(r.status, 403, "{path}: {}", r.text());
        assert_eq!(
            r.text(),
            "Forbidden: participants may only propose levels.\n"
        );
    }
    // Not even with the facilitator's form token, which a participant
    // would not have anyway.
    for path in [
        "/answer",
        "/go",
        "/stop",
        "/start",
        "/participants",
        "/findings/0",
        "/choose",
    ] {
        let r = s.post(
            path,
            &p,
            &form(&[("_form", &token), ("level", "4"), ("action", "skip")]),
        );
        assert_eq!(r.status, 403, "{path}: {}", r.text());
    }
    let file = dir
        .path()
        .join("test-wen-minimal-".to_string() + &today() + ".yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains("level: 4"), "{text}");
    // What they may do: see the question, propose a level.
    let page = s.get("/p", &p).text();
    assert!(page.contains("Is the mandate endorsed?"), "{page}");
    assert!(
        !page.contains("Test WEN"),
        "the participant's page names no answer: {page}"
    );
    let ptoken = form_token(&page);
    assert_ne!(ptoken, token);
    let r = s.post(
        "/p",
        &p,
        &form(&[
            ("_form", &ptoken),
            ("criterion", "governance.mandate"),
            ("level", "3"),
        ]),
    );
    assert_eq!(r.status, 303, "{}", r.text());
    assert!(
        s.get("/p", &p)
            .text()
            .contains("You proposed 3 Established.")
    );
    // A participant's form token is not the facilitator's.
    let r = s.post(
        "/answer",
        &f,
        &form(&[
            ("_form", &ptoken),
            ("criterion", "governance.mandate"),
            ("level", "1"),
        ]),
    );
    assert_eq!(r.status, 403);
}

/// Today's date as the server writes it in a new file's name.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    wen_assess::answers::civil_date(secs.div_euclid(86_400))
}

#[test]
fn posts_from_another_site_or_without_the_form_token_are_refused() {
    let dir = workspace();
    let s = new_server(dir.path());
    let f = s.facilitator();
    let token = form_token(&s.get("/", &f).text());
    let identity = |t: &str| {
        form(&[
            ("_form", t),
            ("guideline", "minimal"),
            ("network", "Test WEN"),
            ("language", "en"),
        ])
    };
    for origin in [
        "http://evil.example",
        "null",
        "http://127.0.0.1:1",
        "https://127.0.0.1",
    ] {
        let r = s.post_from("/start", &f, &identity(&token), origin);
        assert_eq!(r.status, 403, "{origin}: {}", r.text());
    }
    // The browser says it comes from another site.
    let r = s.raw(&format!(
        "POST /start HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {f}\r\nSec-Fetch-Site: cross-site\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        s.port,
        identity(&token).len(),
        identity(&token)
    ));
    assert_eq!(r.status, 403, "{}", r.text());
    // Without Origin (a text browser): the form token decides.
    for t in ["", "0123456789abcdef0123456789abcdef", &token[..31]] {
        let r = s.raw(&format!(
            "POST /start HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {f}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
            s.port,
            identity(t).len(),
            identity(t)
        ));
        assert_eq!(r.status, 403, "{t:?}: {}", r.text());
        assert_eq!(
            r.text(),
            "Forbidden: this form does not come from this session's pages.\n"
        );
    }
    // A name that resolves here (DNS rebinding) is not this server.
    let r = s.raw(&format!(
        "GET / HTTP/1.1\r\nHost: evil.example:{}\r\nCookie: {f}\r\nConnection: close\r\n\r\n",
        s.port
    ));
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing was written"
    );
    // A browser that does not stop an empty name itself is told.
    let r = s.post(
        "/start",
        &f,
        &form(&[
            ("_form", &token),
            ("guideline", "minimal"),
            ("network", " "),
        ]),
    );
    assert_eq!(r.status, 422);
    assert!(
        r.text().contains("<li><a href=\"#network\">A network name is needed: it names the answer file and the report.</a></li>"),
        "{}",
        r.text()
    );
    // The same request from the page itself is taken.
    let r = s.raw(&format!(
        "POST /start HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {f}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        s.port,
        identity(&token).len(),
        identity(&token)
    ));
    assert_eq!(r.status, 303, "{}", r.text());
    assert!(
        dir.path()
            .join(format!("test-wen-minimal-{}.yaml", today()))
            .exists()
    );
}

/// Sends a request head announcing a body of `length` bytes, then the
/// body in pieces until the server answers (a server that refuses a body
/// answers before reading it whole; sending on would only race its
/// closing), and reads the answer.
fn streamed(port: u16, head: &str, length: usize) -> Reply {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    let answered = Arc::new(AtomicBool::new(false));
    let mut writer = stream.try_clone().unwrap();
    let stop = answered.clone();
    let sending = std::thread::spawn(move || {
        let piece = vec![b'x'; 8 * 1024];
        let mut sent = 0;
        while sent < length && !stop.load(Ordering::SeqCst) {
            if writer.write_all(&piece).is_err() {
                break;
            }
            sent += piece.len();
            std::thread::sleep(Duration::from_millis(2));
        }
        sent
    });
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 8192];
    while let Ok(n) = stream.read(&mut chunk) {
        if n == 0 {
            break;
        }
        answered.store(true, Ordering::SeqCst);
        bytes.extend_from_slice(&chunk[..n]);
        if bytes.windows(4).any(|w| w == b"\r\n\r\n") {
            break;
        }
    }
    answered.store(true, Ordering::SeqCst);
    let sent = sending.join().unwrap();
    assert!(sent < length, "the server read the whole {length} bytes");
    parse(&bytes)
}

#[test]
fn oversized_bodies_are_refused() {
    let dir = workspace();
    let s = new_server(dir.path());
    let f = s.facilitator();
    let token = form_token(&s.get("/", &f).text());
    let prefix = format!("_form={token}&guideline=minimal&network=");
    for length in [1 << 20, 10_000_000] {
        let head = format!(
            "POST /start HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {f}\r\nOrigin: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{prefix}",
            s.port,
            s.base(),
            prefix.len() + length
        );
        let r = streamed(s.port, &head, length);
        assert_eq!(r.status, 413, "{length}: {}", r.text());
    }
    // Nothing was made of it, and the server still answers.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    assert_eq!(s.get("/", &f).status, 200);
}

#[test]
fn paths_from_the_client_never_reach_the_filesystem() {
    let dir = workspace();
    std::fs::write(dir.path().join("secret.yaml"), "TOPSECRET\n").unwrap();
    let s = new_server(dir.path());
    let f = s.facilitator();
    for path in [
        "/secret.yaml",
        "/static/secret.yaml",
        "/static/../secret.yaml",
        "/static/%2e%2e/secret.yaml",
        "/static/..%2fsecret.yaml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "//etc/passwd",
        "/static//etc/passwd",
        "/report.md/../../secret.yaml",
        "/findings/..%2f..%2fsecret.yaml",
        "/findings/0%00",
        "/static/app.js%00.yaml",
        "/static/style.css/../../secret.yaml",
        "/C:%5cWindows%5cwin.ini",
        "/static/..%5c..%5csecret.yaml",
    ] {
        let r = s.get(path, &f);
        let text = r.text();
        assert!(
            matches!(r.status, 303 | 400 | 403 | 404),
            "{path}: {} {text}",
            r.status
        );
        assert!(
            !text.contains("TOPSECRET") && !text.contains("root:"),
            "{path}: {text}"
        );
    }
    // A request line with a path that is no URI at all.
    let r = s.raw(&format!(
        "GET ../../secret.yaml HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {f}\r\nConnection: close\r\n\r\n",
        s.port
    ));
    assert!(r.status >= 400, "{}", r.status);
    assert!(!r.text().contains("TOPSECRET"));
    // The reports are made from the session's file only: none yet.
    let r = s.get("/report.md?file=secret.yaml", &f);
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(r.header("location"), Some("/"));
}

#[test]
fn listening_beyond_this_computer_is_said_loudly() {
    let dir = workspace();
    let mut child = Command::new(env!("CARGO_BIN_EXE_wen-assess"))
        .args([
            "serve",
            "--no-browser",
            "--lang",
            "en",
            "--listen",
            "0.0.0.0",
            "--guidelines",
            &minimal(),
        ])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut warning = String::new();
    err.read_line(&mut warning).unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    let mut second = String::new();
    out.read_line(&mut second).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        warning.starts_with("warning: listening on 0.0.0.0:"),
        "{warning}"
    );
    assert!(
        warning.contains("anyone on that network who has the join link can propose levels, and anyone who has the facilitator's link can read and change every answer"),
        "{warning}"
    );
    // The facilitator opens it on this computer.
    assert!(
        first.starts_with("wen-assess serve: open http://127.0.0.1:"),
        "{first}"
    );
    assert!(
        second.starts_with("Participants join at http://0.0.0.0:"),
        "{second}"
    );
}

#[test]
fn a_file_another_session_holds_is_refused_before_serving() {
    let dir = workspace();
    let file = dir.path().join("a.yaml");
    std::fs::write(
        &file,
        "format: 1\nguideline: minimal\nnetwork: {name: Test WEN}\nanswers: {}\n",
    )
    .unwrap();
    let s = Server::start(
        dir.path(),
        &["--guidelines", &minimal(), "--lang", "en", "a.yaml"],
    );
    assert_eq!(s.said[1], "Answers: a.yaml");
    let r = super::wen(&[
        "serve",
        "--no-browser",
        "--guidelines",
        &minimal(),
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr
            .contains("another wen-assess session is working on this file"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout, "");
    // A workbook is converted first, as for assess.
    let r = super::wen(&["serve", "--no-browser", "x.xlsx"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("x.xlsx"), "{}", r.stderr);
}

/// The guidelines a start page offers: the radio buttons' values, or the
/// one guideline it names in a hidden field.
fn offered_guidelines(page: &str) -> Vec<String> {
    let mut ids: Vec<String> = page
        .split("name=\"guideline\" value=\"")
        .skip(1)
        .map(|rest| rest.chars().take_while(|c| *c != '"').collect())
        .collect();
    ids.sort();
    ids
}

#[test]
fn guideline_files_add_to_the_built_in_ones_unless_told_otherwise() {
    let dir = workspace();
    // --guidelines adds the file's guideline to the built-in ones.
    let s = new_server(dir.path());
    let f = s.facilitator();
    let page = s.get("/", &f).text();
    assert_eq!(
        offered_guidelines(&page),
        ["establishing", "minimal", "strengthening"]
    );
    s.stop(&f, &form_token(&page));
    // --no-builtin-guidelines: the file's alone, named on the page.
    let s = Server::start(
        dir.path(),
        &[
            "--guidelines",
            &minimal(),
            "--no-builtin-guidelines",
            "--lang",
            "en",
        ],
    );
    let f = s.facilitator();
    let page = s.get("/", &f).text();
    assert_eq!(offered_guidelines(&page), ["minimal"]);
    assert!(
        page.contains("type=\"hidden\" name=\"guideline\""),
        "{page}"
    );
    s.stop(&f, &form_token(&page));
    // A built-in guideline asked for without the built-in ones is refused
    // before anything is served.
    let r = super::wen(&[
        "serve",
        "--no-browser",
        "--lang",
        "en",
        "--guidelines",
        &minimal(),
        "--no-builtin-guidelines",
        "--guideline",
        "strengthening",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "error: no guideline `strengthening` is loaded (available: minimal)\n"
    );
}

/// The level saved for a criterion, as the file on disk says.
fn saved_level(file: &Path, id: &str) -> Option<String> {
    let text = std::fs::read_to_string(file).unwrap();
    let at = text.find(&format!("  {id}:\n"))?;
    text[at..]
        .lines()
        .nth(1)
        .and_then(|l| l.trim().strip_prefix("level: "))
        .map(str::to_string)
}

#[test]
fn a_workshop_through_plain_forms_saves_every_answer_and_the_room_spread() {
    let dir = workspace();
    let s = new_server(dir.path());
    let f = s.facilitator();
    let token = started(&s, &f);
    let file = dir
        .path()
        .join(format!("test-wen-minimal-{}.yaml", today()));
    let page = s.get("/", &f).text();
    assert!(page.contains("<h1 id=\"title\">Mandate</h1>"), "{page}");
    assert!(
        page.contains("Answers are saved to test-wen-minimal-"),
        "{page}"
    );
    assert!(
        page.contains("Governance 1/2</span> · question 1 of 3 · 0 answered"),
        "{page}"
    );
    // Two participants propose; the facilitator's page shows the spread.
    let p1 = s.participant(&f);
    let p2 = s.participant(&f);
    let ptoken = form_token(&s.get("/p", &p1).text());
    for (p, level, name) in [(&p1, "1", "Bo"), (&p2, "3", "")] {
        let r = s.post(
            "/p",
            p,
            &form(&[
                ("_form", &ptoken),
                ("criterion", "governance.mandate"),
                ("level", level),
                ("name", name),
            ]),
        );
        assert_eq!(r.status, 303);
    }
    let page = s.get("/", &f).text();
    assert!(
        page.contains("2 proposals, 2 participants joined"),
        "{page}"
    );
    assert!(page.contains("<li>Bo: 1</li>"), "{page}");
    // N/A needs a reason.
    let r = s.post(
        "/answer",
        &f,
        &form(&[
            ("_form", &token),
            ("criterion", "governance.mandate"),
            ("level", "na"),
            ("note", "kept"),
        ]),
    );
    // Post, redirect, get: the error is on a page a reload cannot post
    // again, shown once, with what was typed.
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some("/"));
    let page = s.get("/", &f).text();
    assert!(page.contains("A reason is needed for N/A."), "{page}");
    assert!(
        page.contains(">kept</textarea>"),
        "what was typed stays: {page}"
    );
    assert!(page.contains("autocomplete=\"off\""), "{page}");
    let again = s.get("/", &f).text();
    assert!(!again.contains("A reason is needed for N/A."), "{again}");
    assert!(!again.contains(">kept</textarea>"), "{again}");
    assert_eq!(saved_level(&file, "governance.mandate"), None);
    // The room agrees on 2.
    let r = s.post(
        "/answer",
        &f,
        &form(&[
            ("_form", &token),
            ("criterion", "governance.mandate"),
            ("level", "2"),
            ("note", "Signed in 2025"),
            ("evidence", "mou.pdf; https://x.org/m"),
        ]),
    );
    assert_eq!(r.status, 303, "{}", r.text());
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("  governance.mandate:\n    level: 2\n    note: \"Signed in 2025\"\n    evidence:\n      - \"mou.pdf\"\n      - \"https://x.org/m\"\n    votes:\n      \"1\": 1\n      \"3\": 1\n"),
        "{text}"
    );
    // On the next criterion, Bo's phone offers the name given before.
    let page = s.get("/p", &p1).text();
    assert!(page.contains("name=\"name\" value=\"Bo\""), "{page}");
    // A form for a criterion no longer shown records nothing.
    let r = s.post(
        "/answer",
        &f,
        &form(&[
            ("_form", &token),
            ("criterion", "governance.mandate"),
            ("level", "4"),
        ]),
    );
    assert_eq!(r.status, 303);
    assert_eq!(
        saved_level(&file, "governance.mandate").as_deref(),
        Some("2")
    );
    assert!(
        s.get("/", &f)
            .text()
            .contains("The question had changed in another window")
    );
    // Skip meetings: Governance is left, its findings offered.
    let r = s.post("/go", &f, &form(&[("_form", &token), ("action", "skip")]));
    assert_eq!(r.status, 303);
    let page = s.get("/", &f).text();
    assert!(
        page.contains("Record the findings agreed for Governance"),
        "{page}"
    );
    let r = s.post(
        "/findings/0",
        &f,
        &form(&[
            ("_form", &token),
            ("strengths", "A signed MoU"),
            ("challenges", ""),
            ("priorities", "Meet twice a year"),
        ]),
    );
    assert_eq!(r.status, 303);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("findings:\n  governance:\n    strengths: \"A signed MoU\"\n    priorities: \"Meet twice a year\"\n"), "{text}");
    // Finance: not applicable, with a reason.
    let r = s.post(
        "/answer",
        &f,
        &form(&[
            ("_form", &token),
            ("criterion", "finance.core-funding"),
            ("level", "na"),
            ("reason", "Host pays"),
        ]),
    );
    assert_eq!(r.status, 303);
    assert_eq!(
        saved_level(&file, "finance.core-funding").as_deref(),
        Some("na")
    );
    let r = s.post(
        "/go",
        &f,
        &form(&[("_form", &token), ("action", "not-now")]),
    );
    assert_eq!(r.status, 303);
    // Past the end: the review, with the skipped one.
    let page = s.get("/", &f).text();
    assert!(page.contains("1 criterion is not answered yet."), "{page}");
    let r = s.post(
        "/go",
        &f,
        &form(&[("_form", &token), ("action", "unanswered")]),
    );
    assert_eq!(r.status, 303);
    assert!(
        s.get("/", &f)
            .text()
            .contains("<h1 id=\"title\">Meetings</h1>")
    );
    let r = s.post(
        "/answer",
        &f,
        &form(&[
            ("_form", &token),
            ("criterion", "governance.meetings"),
            ("level", "4"),
        ]),
    );
    assert_eq!(r.status, 303);
    assert_eq!(
        saved_level(&file, "governance.meetings").as_deref(),
        Some("4")
    );
    // Participants: added, corrected, removed.
    let r = s.post(
        "/participants",
        &f,
        &form(&[
            ("_form", &token),
            ("action", "add"),
            ("name", "Cy Police"),
            ("agency", "Police"),
            ("country", "Testland"),
        ]),
    );
    assert_eq!(r.status, 303);
    let r = s.post(
        "/participants",
        &f,
        &form(&[
            ("_form", &token),
            ("action", "add"),
            ("name", "Di"),
            ("agency", ""),
            ("country", ""),
        ]),
    );
    assert_eq!(r.status, 303);
    let r = s.post(
        "/participants",
        &f,
        &form(&[("_form", &token), ("action", "remove"), ("index", "1")]),
    );
    assert_eq!(r.status, 303);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("participants:\n  - name: \"Cy Police\"\n    agency: \"Police\"\n    country: \"Testland\"\n"), "{text}");
    assert!(!text.contains("Di"), "{text}");
    // The scores and both reports, as `report` makes them.
    let page = s.get("/scores", &f).text();
    assert!(page.contains("Download the report (PDF)"), "{page}");
    let md = s.get("/report.md", &f);
    assert_eq!(md.status, 200);
    assert_eq!(
        md.header("content-disposition"),
        Some(
            format!(
                "attachment; filename=\"test-wen-minimal-{}-report.md\"",
                today()
            )
            .as_str()
        )
    );
    // The room was split on the mandate (proposals 1 and 3).
    assert!(
        md.text().contains("## Where the room disagreed\n\nCriteria on which the participants' proposals lay two or more levels apart"),
        "{}",
        md.text()
    );
    assert!(
        md.text().contains(
            "| Mandate (governance.mandate) | 1 Initial: 1 · 3 Established: 1 | 2 Developing |"
        ),
        "{}",
        md.text()
    );
    assert!(
        md.text()
            .contains("- Room's proposals: 1 Initial: 1 · 3 Established: 1\n"),
        "{}",
        md.text()
    );
    let by_command = super::wen(&[
        "--guidelines",
        MINIMAL_FROM_ROOT,
        "report",
        file.to_str().unwrap(),
        "-o",
        "-",
    ]);
    assert_eq!(md.text(), by_command.stdout);
    let pdf = s.get("/report.pdf", &f);
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    assert!(pdf.body.starts_with(b"%PDF-"));
    // Stopped from the page: the summary is said.
    let rest = s.stop(&f, &token);
    assert!(
        rest.contains("holds every answer: 3 of 3 criteria answered."),
        "{rest}"
    );
}

const MINIMAL_FROM_ROOT: &str = super::MINIMAL;

#[test]
fn the_rooms_votes_survive_a_workbook_and_back() {
    let dir = workspace();
    let yaml = dir.path().join("a.yaml");
    std::fs::write(
        &yaml,
        "format: 1\nguideline: minimal\nnetwork: {name: Test WEN}\nanswers:\n  governance.mandate:\n    level: 2\n    votes: {1: 4, 2: 9, 4: 1}\n",
    )
    .unwrap();
    let book = dir.path().join("a.xlsx");
    let back = dir.path().join("b.yaml");
    for (from, to) in [(&yaml, &book), (&book, &back)] {
        let r = super::wen(&[
            "--guidelines",
            super::MINIMAL,
            "convert",
            from.to_str().unwrap(),
            to.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let text = std::fs::read_to_string(&back).unwrap();
    assert!(
        text.contains("  governance.mandate:\n    level: 2\n    votes:\n      \"1\": 4\n      \"2\": 9\n      \"4\": 1\n"),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_the_server_with_every_answer_saved() {
    let dir = workspace();
    let s = new_server(dir.path());
    let f = s.facilitator();
    let token = started(&s, &f);
    let r = s.post(
        "/answer",
        &f,
        &form(&[
            ("_form", &token),
            ("criterion", "governance.mandate"),
            ("level", "3"),
        ]),
    );
    assert_eq!(r.status, 303);
    // A participant's live stream is open: the server still stops.
    let p = s.participant(&f);
    let mut stream = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
    write!(
        stream,
        "GET /p/events HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {p}\r\n\r\n",
        s.port
    )
    .unwrap();
    let rest = s.interrupt();
    assert_eq!(
        rest,
        format!(
            "Stopped. test-wen-minimal-{}.yaml holds every answer: 1 of 3 criteria answered.\n",
            today()
        )
    );
    let file = dir
        .path()
        .join(format!("test-wen-minimal-{}.yaml", today()));
    assert_eq!(
        saved_level(&file, "governance.mandate").as_deref(),
        Some("3")
    );
    // The lock is released: the file can be served again.
    assert!(
        !dir.path()
            .join(format!(".test-wen-minimal-{}.yaml.lock", today()))
            .exists()
    );
}
