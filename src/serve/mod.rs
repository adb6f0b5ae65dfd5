//! `wen-assess serve`: the questionnaire as a local web page, for a
//! workshop room. One process serves one answer file: the facilitator's
//! pages drive the same [`Engine`](crate::questionnaire::engine::Engine)
//! and [`Store`](crate::answers::store::Store) as `assess` (saved after
//! every change, locked, merged with outside edits), and participants on
//! the workshop's network propose levels from their phones.
//!
//! - `access.rs`: tokens, cookies, the Host, Origin and form-token checks,
//!   the headers every response carries;
//! - `workshop.rs`: the session's state and what each action does to it
//!   (no HTML);
//! - `pages.rs`: the facilitator's pages, `room.rs`: the participants'
//!   page and the spread of their proposals (maud templates);
//! - `routes.rs`: the routes, from a request to an action and a page;
//! - `live.rs`: the live updates (server-sent events);
//! - `qr.rs`: the join link as a QR code (SVG);
//! - `assets/`: the style sheet and the small script, built in.
//!
//! The library never prints: [`bind`] returns what to show (the links),
//! [`Bound::run`] what was saved.

mod access;
mod live;
mod pages;
mod qr;
mod room;
mod routes;
mod workshop;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;

use thiserror::Error;

use crate::model::Guideline;
use crate::questionnaire::{SessionError, StartOptions};

/// How to serve.
#[derive(Debug, Clone)]
pub(crate) struct Options {
    /// The address to listen on: loopback unless `--listen` says otherwise.
    pub listen: IpAddr,
    /// The port; 0 takes a free one.
    pub port: u16,
    /// The start of the session, as `assess` takes it: `--guideline`, the
    /// answer file, `--lang`, the locale, today, the folder for new files.
    pub start: StartOptions,
}

impl Options {
    /// Loopback, a free port.
    pub(crate) fn local(start: StartOptions) -> Self {
        Options {
            listen: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            start,
        }
    }
}

/// Why the server could not start.
#[derive(Debug, Error)]
pub(crate) enum ServeError {
    /// The answer file could not be opened, locked or resumed.
    #[error(transparent)]
    Session(#[from] SessionError),
    /// The address could not be listened on.
    #[error("cannot listen on {addr}: {reason}")]
    Listen {
        /// The address asked for.
        addr: SocketAddr,
        /// The system's reason.
        reason: String,
        /// Its kind, for the catalogue's words.
        kind: std::io::ErrorKind,
    },
    /// The server stopped on an error.
    #[error("the server stopped: {0}")]
    Io(String),
}

/// A server bound to its address, not answering yet.
pub(crate) struct Bound {
    listener: TcpListener,
    app: Arc<routes::App>,
    /// The facilitator's link, with the token: `http://127.0.0.1:PORT/?t=...`.
    pub url: String,
    /// The participants' link, with their token, as the QR code carries it.
    pub join_url: String,
    /// The address listened on.
    pub addr: SocketAddr,
    /// The answer file opened at start, if one was given and exists.
    pub resumed: Option<PathBuf>,
}

/// What the session left when the server stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Summary {
    /// The answer file, once there is one.
    pub answers: Option<PathBuf>,
    /// Criteria answered, of those asked.
    pub answered: usize,
    /// Criteria asked.
    pub total: usize,
    /// The session's language.
    pub lang: &'static str,
    /// Why the session had ended before the server stopped (a save that
    /// failed), as the page said it.
    pub failed: Option<String>,
}

/// True for an address only this computer reaches.
pub(crate) fn is_local(addr: IpAddr) -> bool {
    addr.is_loopback()
}

/// Opens (and locks) the answer file if one is given, and binds the
/// address. Nothing is served until [`Bound::run`].
pub(crate) fn bind(guidelines: Vec<Guideline>, opts: Options) -> Result<Bound, ServeError> {
    // The server lives as long as the process: its guidelines too.
    let guidelines: &'static [Guideline] = Box::leak(guidelines.into_boxed_slice());
    let workshop = workshop::Workshop::open(guidelines, opts.start.clone())?;
    let resumed = workshop.path().map(PathBuf::from);
    let wanted = SocketAddr::new(opts.listen, opts.port);
    let listener = TcpListener::bind(wanted).map_err(|e| ServeError::Listen {
        addr: wanted,
        reason: crate::files::describe_io(&e),
        kind: e.kind(),
    })?;
    let addr = listener.local_addr().map_err(|e| ServeError::Listen {
        addr: wanted,
        reason: crate::files::describe_io(&e),
        kind: e.kind(),
    })?;
    listener
        .set_nonblocking(true)
        .map_err(|e| ServeError::Io(e.to_string()))?;
    let keys = access::Keys::new(addr.port());
    let host = match addr.ip() {
        IpAddr::V6(ip) => format!("[{ip}]:{}", addr.port()),
        IpAddr::V4(ip) => format!("{ip}:{}", addr.port()),
    };
    // Listening on every address: the facilitator opens it on this
    // computer; the join link needs an address the room can reach, which
    // only the facilitator knows (`--listen 192.168.1.20`).
    let facilitator_host = if addr.ip().is_unspecified() {
        format!("127.0.0.1:{}", addr.port())
    } else {
        host.clone()
    };
    let url = format!("http://{facilitator_host}/?t={}", keys.facilitator);
    let join_url = format!("http://{host}/join?t={}", keys.participant);
    let app = Arc::new(routes::App::new(
        workshop,
        keys,
        join_url.clone(),
        !is_local(addr.ip()),
    ));
    Ok(Bound {
        listener,
        app,
        url,
        join_url,
        addr,
        resumed,
    })
}

impl Bound {
    /// The session's language: the resumed file's, else `--lang` or the
    /// locale; what the terminal says is in it too.
    pub(crate) fn lang(&self) -> &'static str {
        self.app.workshop().lang()
    }

    /// Serves until Ctrl-C (or SIGTERM), or until the facilitator stops
    /// the server from the page. Every change is saved when it is made, so
    /// stopping loses nothing.
    pub(crate) fn run(self) -> Result<Summary, ServeError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| ServeError::Io(e.to_string()))?;
        let app = self.app.clone();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(self.listener)
                .map_err(|e| ServeError::Io(e.to_string()))?;
            let router = routes::router(app.clone());
            let stopping = app.clone();
            axum::serve(listener, router)
                .with_graceful_shutdown(async move {
                    tokio::select! {
                        _ = stop_signal() => {}
                        _ = stopping.stopped() => {}
                    }
                    // Live streams end, so that their connections close.
                    stopping.close();
                })
                .await
                .map_err(|e| ServeError::Io(e.to_string()))
        })?;
        // Open connections are not waited for past the shutdown.
        runtime.shutdown_timeout(std::time::Duration::from_secs(2));
        Ok(self.app.summary())
    }
}

/// Ctrl-C, or SIGTERM on Unix (a service manager, `kill`).
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    /// Every message id the pages and the command ask for, in their source.
    fn ids_used() -> Vec<String> {
        let sources = [
            include_str!("pages.rs"),
            include_str!("room.rs"),
            include_str!("routes.rs"),
            include_str!("workshop.rs"),
            include_str!("../commands/serve.rs"),
        ];
        let mut ids = Vec::new();
        for source in sources {
            for call in [".t(", ".f("] {
                for (at, _) in source.match_indices(call) {
                    let rest = source[at + call.len()..].trim_start();
                    if let Some(literal) = rest.strip_prefix('"') {
                        let id: String = literal.chars().take_while(|c| *c != '"').collect();
                        ids.push(id);
                    }
                }
            }
        }
        ids.sort();
        ids.dedup();
        ids
    }

    #[test]
    fn every_text_the_pages_use_is_in_every_catalogue() {
        let ids = ids_used();
        assert!(ids.len() > 60, "{ids:?}");
        for lang in crate::i18n::languages() {
            let catalogue = crate::i18n::sources(lang).unwrap().concat();
            for id in &ids {
                assert!(
                    catalogue.starts_with(&format!("{id} ="))
                        || catalogue.contains(&format!("\n{id} =")),
                    "{lang}: no message `{id}`"
                );
            }
        }
    }
}
