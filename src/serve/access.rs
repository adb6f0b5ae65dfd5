//! Who may do what. Every request carries a token: the facilitator's or
//! the participants' (in the link first, then in a cookie the link sets).
//! Participants may only see the current question and propose a level.
//! Requests that change anything must come from a page of this server (the
//! Origin check, and a form token that only its pages carry), to a Host
//! that is an address or `localhost` (a name that resolves here, the
//! DNS-rebinding trick, is refused). Every response carries a strict
//! Content-Security-Policy and is never cached.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

use super::routes::App;

/// Whose token a request carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Drives the session: every page and action.
    Facilitator,
    /// Proposes levels for the current criterion, nothing else.
    Participant,
}

/// The secrets of one run of the server, made at start.
#[derive(Debug)]
pub(crate) struct Keys {
    /// In the facilitator's link and cookie.
    pub facilitator: String,
    /// In the join link (the QR code) and the participants' cookie.
    pub participant: String,
    /// In every form of the facilitator's pages.
    pub facilitator_form: String,
    /// In the participants' form.
    pub participant_form: String,
    /// The port, which names the cookies: two servers on one computer
    /// (cookies ignore ports) keep theirs apart.
    pub port: u16,
}

/// 128 random bits as 32 hex digits.
pub(crate) fn random_token() -> String {
    let mut bytes = [0u8; 16];
    // Without randomness there is no safe token: better no server.
    getrandom::fill(&mut bytes).expect("the system's random number generator works");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two secrets in a time that does not depend on where they
/// differ.
pub(crate) fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

impl Keys {
    pub(crate) fn new(port: u16) -> Self {
        Keys {
            facilitator: random_token(),
            participant: random_token(),
            facilitator_form: random_token(),
            participant_form: random_token(),
            port,
        }
    }

    /// The role a token gives, if any.
    pub(crate) fn role_of(&self, token: &str) -> Option<Role> {
        if same_secret(token, &self.facilitator) {
            Some(Role::Facilitator)
        } else if same_secret(token, &self.participant) {
            Some(Role::Participant)
        } else {
            None
        }
    }

    /// The name of the cookie that holds a role's token.
    pub(crate) fn cookie_name(&self, role: Role) -> String {
        match role {
            Role::Facilitator => format!("wen-f-{}", self.port),
            Role::Participant => format!("wen-p-{}", self.port),
        }
    }

    /// The name of the cookie that tells one participant's device from
    /// another, so that each has one proposal.
    pub(crate) fn device_cookie(&self) -> String {
        format!("wen-d-{}", self.port)
    }

    /// The form token of a role's pages.
    pub(crate) fn form_token(&self, role: Role) -> &str {
        match role {
            Role::Facilitator => &self.facilitator_form,
            Role::Participant => &self.participant_form,
        }
    }

    /// The role a request's cookies give: the facilitator's first.
    fn role_of_cookies(&self, headers: &HeaderMap) -> Option<Role> {
        [Role::Facilitator, Role::Participant]
            .into_iter()
            .find(|role| {
                cookie(headers, &self.cookie_name(*role))
                    .is_some_and(|value| self.role_of(value) == Some(*role))
            })
    }

    /// `Set-Cookie` for a role's token: not readable by scripts, never
    /// sent by another site's page.
    pub(crate) fn set_cookie(&self, role: Role) -> String {
        let token = match role {
            Role::Facilitator => &self.facilitator,
            Role::Participant => &self.participant,
        };
        format!(
            "{}={token}; Path=/; HttpOnly; SameSite=Strict",
            self.cookie_name(role)
        )
    }
}

/// The value of a cookie, if the request has it.
pub(crate) fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The paths a participant may ask for: their page, its live updates, the
/// style sheet and the script.
fn participant_may(method: &Method, path: &str) -> bool {
    match *method {
        Method::GET => matches!(
            path,
            "/p" | "/p/events" | "/static/style.css" | "/static/app.js"
        ),
        Method::POST => path == "/p",
        _ => false,
    }
}

/// True for a Host header that names this server by address, or as
/// `localhost`, on its port. A name that resolves here (DNS rebinding) is
/// not this server's to answer.
fn host_allowed(host: &str, port: u16) -> bool {
    let Some((name, p)) = host.rsplit_once(':') else {
        return false;
    };
    if p.parse::<u16>() != Ok(port) {
        return false;
    }
    name.eq_ignore_ascii_case("localhost")
        || name.parse::<std::net::Ipv4Addr>().is_ok()
        || name
            .strip_prefix('[')
            .and_then(|n| n.strip_suffix(']'))
            .is_some_and(|n| n.parse::<std::net::Ipv6Addr>().is_ok())
}

/// A refusal, plain text.
pub(crate) fn refused(status: StatusCode, why: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("{why}\n"),
    )
        .into_response()
}

/// A refusal in the session's language: `id` names the catalogue's text.
/// Never called with the session locked.
pub(crate) fn refused_in(app: &App, status: StatusCode, id: &str) -> Response {
    let lang = app.workshop().lang();
    refused(status, &crate::i18n::Tr::new(lang).t(id))
}

/// The checks every request passes before its route: Host, token (from
/// the link, then from the cookie), what the role may ask for, and for a
/// change, that it comes from one of this server's pages. The role goes
/// with the request to the route.
pub(crate) async fn guard(State(app): State<Arc<App>>, mut req: Request, next: Next) -> Response {
    let keys = &app.keys;
    let headers = req.headers();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default()
        .to_string();
    if !host_allowed(&host, keys.port) {
        return refused_in(&app, StatusCode::FORBIDDEN, "serve-refused-host");
    }
    // A link with a token: set the cookie and go to the page without the
    // token in the address bar.
    if let Some(token) = query_token(req.uri().query()) {
        return match (keys.role_of(&token), req.method()) {
            (Some(role), &Method::GET) => {
                let landing = match role {
                    Role::Facilitator => "/",
                    Role::Participant => "/p",
                };
                Response::builder()
                    .status(StatusCode::SEE_OTHER)
                    .header(header::LOCATION, landing)
                    .header(header::SET_COOKIE, keys.set_cookie(role))
                    .body(Body::empty())
                    .unwrap_or_else(|_| {
                        refused_in(
                            &app,
                            StatusCode::INTERNAL_SERVER_ERROR,
                            "serve-refused-error",
                        )
                    })
            }
            _ => refused_in(&app, StatusCode::FORBIDDEN, "serve-refused-link"),
        };
    }
    let Some(role) = keys.role_of_cookies(headers) else {
        return refused_in(&app, StatusCode::FORBIDDEN, "serve-refused-token");
    };
    let path = req.uri().path().to_string();
    if role == Role::Participant && !participant_may(req.method(), &path) {
        return refused_in(&app, StatusCode::FORBIDDEN, "serve-refused-participant");
    }
    if req.method() != Method::GET
        && req.method() != Method::HEAD
        && let Some(why) = cross_site(headers, &host)
    {
        return refused_in(&app, StatusCode::FORBIDDEN, why);
    }
    req.extensions_mut().insert(role);
    next.run(req).await
}

/// Why a request that changes something is refused as coming from another
/// site, if it is: the browser says so (`Sec-Fetch-Site`), or its Origin
/// is not this server. A browser that sends neither (a text browser) is
/// left to the form token. Gives the catalogue id of the refusal.
fn cross_site(headers: &HeaderMap, host: &str) -> Option<&'static str> {
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if matches!(fetch_site, Some("cross-site" | "same-site")) {
        return Some("serve-refused-other-site");
    }
    match headers.get(header::ORIGIN).map(|v| v.to_str()) {
        None => None,
        Some(Ok(origin)) if origin == format!("http://{host}") => None,
        Some(_) => Some("serve-refused-other-origin"),
    }
}

/// The `t` of a query string, if there is one.
fn query_token(query: Option<&str>) -> Option<String> {
    query?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == "t")
        .map(|(_, v)| v.to_string())
}

/// The headers of every response: a strict Content-Security-Policy (this
/// server's own script and style sheet, nothing inline, nothing from
/// elsewhere, no framing), no sniffing, a referrer for this server only
/// (`no-referrer` would make the browser send `Origin: null` with the
/// forms, which the Origin check refuses), no caching (the pages hold a
/// network's answers).
pub(crate) async fn headers(req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let h = response.headers_mut();
    let fixed = [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
             connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CACHE_CONTROL, "no-store"),
    ];
    for (name, value) in fixed {
        h.insert(name, HeaderValue::from_static(value));
    }
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_addresses_or_localhost_on_our_port() {
        assert!(host_allowed("127.0.0.1:8080", 8080));
        assert!(host_allowed("localhost:8080", 8080));
        assert!(host_allowed("[::1]:8080", 8080));
        assert!(host_allowed("192.168.1.20:8080", 8080));
        assert!(!host_allowed("127.0.0.1:8081", 8080));
        assert!(!host_allowed("evil.example:8080", 8080));
        assert!(!host_allowed("127.0.0.1", 8080));
        assert!(!host_allowed("", 8080));
    }

    #[test]
    fn secrets_compare_whole() {
        let t = random_token();
        assert_eq!(t.len(), 32);
        assert!(same_secret(&t, &t.clone()));
        assert!(!same_secret(&t, &t[..31]));
        assert!(!same_secret(&t, &random_token()));
    }

    #[test]
    fn participants_reach_their_page_only() {
        assert!(participant_may(&Method::GET, "/p"));
        assert!(participant_may(&Method::POST, "/p"));
        assert!(!participant_may(&Method::POST, "/answer"));
        assert!(!participant_may(&Method::GET, "/report.pdf"));
        assert!(!participant_may(&Method::GET, "/"));
    }
}
