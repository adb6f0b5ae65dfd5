//! Live updates by server-sent events. Each change bumps a counter; every
//! open page's stream wakes, and sends what it needs: the facilitator's the
//! criterion now current and the spread of the room's proposals (as the
//! page itself renders it), a participant's only the criterion now current,
//! when it changes. The pages' script reloads when the criterion is not the
//! one shown. Without the script, the pages are plain and reloading shows
//! the same.

use std::convert::Infallible;
use std::sync::Arc;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::stream::{self, Stream};

use super::room;
use super::routes::App;

/// What a page shows now, for the stream to send when it differs from what
/// was sent.
fn snapshot(app: &App, with_spread: bool) -> (String, Option<String>) {
    let mut w = app.workshop();
    let lang = w.lang();
    match w.session() {
        Ok(s) => {
            let at = s
                .engine
                .current()
                .map_or_else(String::new, |(_, c)| c.id.clone());
            let spread = with_spread.then(|| room::spread(s, lang).into_string());
            (at, spread)
        }
        Err(_) => (String::new(), None),
    }
}

/// One stream: a first event at once, then one per change that alters
/// what it sends, until the server stops.
fn stream(app: Arc<App>, facilitator: bool) -> impl Stream<Item = Result<Event, Infallible>> {
    let changes = app.live.subscribe();
    let closing = app.closing.subscribe();
    stream::unfold(
        (app, changes, closing, None::<(String, Option<String>)>),
        move |(app, mut changes, mut closing, last)| async move {
            loop {
                if *closing.borrow() {
                    return None;
                }
                if last.is_some() {
                    tokio::select! {
                        changed = changes.changed() => changed.ok()?,
                        _ = closing.changed() => return None,
                    }
                }
                let now = snapshot(&app, facilitator);
                if last.as_ref() == Some(&now) {
                    continue;
                }
                let data = serde_json::json!({ "at": now.0, "html": now.1 }).to_string();
                let event = Event::default().event("room").data(data);
                return Some((Ok(event), (app, changes, closing, Some(now))));
            }
        },
    )
}

/// The facilitator's stream: the current criterion and the spread.
pub(crate) async fn facilitator(
    State(app): State<Arc<App>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    Sse::new(stream(app, true)).keep_alive(KeepAlive::default())
}

/// A participant's stream: the current criterion.
pub(crate) async fn participant(
    State(app): State<Arc<App>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    Sse::new(stream(app, false)).keep_alive(KeepAlive::default())
}
