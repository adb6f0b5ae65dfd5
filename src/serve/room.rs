//! The room: the participants' page (the current question, the five
//! levels, a proposal; never another answer, a report or a file), and the
//! spread of their proposals the facilitator's page shows, live.

use maud::{Markup, html};

use super::pages::layout;
use super::routes::App;
use super::workshop::Session;
use crate::i18n::{Arg, Tr};

/// The participant's page: the criterion the facilitator shows, and the
/// levels to propose; or a word to wait.
pub(crate) fn page(app: &App, lang: &'static str, s: Option<&Session>, device: &str) -> Markup {
    let t = Tr::new(lang);
    let current = s.and_then(|s| s.engine.current().map(|(area, c)| (s, area, c)));
    let Some((s, area, c)) = current else {
        let title = t.t("serve-room-wait-title");
        let main = html! {
            h1 { (title) }
            p role="status" { (t.t("serve-room-wait")) }
        };
        return layout(&t, &title, "room", Some(("/p/events", "")), html! {}, main);
    };
    let g = s.engine.guideline();
    let who = s.engine.who();
    let levels = c.levels_for(who);
    let mine = s
        .room
        .proposals(&c.id)
        .and_then(|all| all.get(device))
        .cloned();
    let name = mine
        .as_ref()
        .map_or_else(|| s.room.name_of(device), |p| p.name.as_str());
    let title = c.title.get(lang).to_string();
    let main = html! {
        p.kicker { (area.title.get(lang)) }
        h1 { (title) }
        p.question { (c.question_for(who).get(lang)) }
        @if let Some(p) = &mine {
            p.notice role="status" {
                (t.f("serve-room-proposed", &[(
                    "level",
                    Arg::Str(&format!("{} {}", p.level, g.level_label(p.level, lang))),
                )]))
            }
        }
        form.propose method="post" action="/p" {
            input type="hidden" name="_form" value=(app.keys.participant_form);
            input type="hidden" name="criterion" value=(c.id);
            div.field {
                label for="name" { (t.t("serve-room-name")) }
                input #name type="text" name="name" value=(name) maxlength="80" autocomplete="nickname";
            }
            fieldset {
                legend { (t.t("serve-room-propose")) }
                @for n in 0..5u8 {
                    button.level type="submit" name="level" value=(n)
                        aria-pressed=(if mine.as_ref().is_some_and(|p| p.level == n) { "true" } else { "false" }) {
                        span.n { (n) }
                        span.text {
                            strong { (g.level_label(n, lang)) }
                            " " (levels[usize::from(n)].get(lang))
                        }
                    }
                }
            }
        }
    };
    layout(
        &t,
        &title,
        "room",
        Some(("/p/events", &c.id)),
        html! {},
        main,
    )
}

/// The spread of the room's proposals for the current criterion: a bar and
/// a count per level, and the names given; what was recorded before when
/// nobody proposed yet.
pub(crate) fn spread(s: &Session, lang: &'static str) -> Markup {
    let t = Tr::new(lang);
    let g = s.engine.guideline();
    let Some((_, c)) = s.engine.current() else {
        return html! { section #spread {} };
    };
    let live = s.room.tally(&c.id);
    let saved = s
        .engine
        .answers()
        .answer(&c.id)
        .map(|a| a.votes)
        .unwrap_or_default();
    let (votes, heading) = if live.is_empty() && !saved.is_empty() {
        (saved, t.t("serve-spread-saved"))
    } else {
        (live, t.t("serve-spread-title"))
    };
    let total: u32 = votes.0.iter().sum();
    let most = votes.0.iter().copied().max().unwrap_or(0).max(1);
    let mut names: Vec<(u8, &str)> = s
        .room
        .proposals(&c.id)
        .map(|all| {
            all.values()
                .filter(|p| !p.name.is_empty())
                .map(|p| (p.level, p.name.as_str()))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    html! {
        section #spread .spread aria-labelledby="spread-title" {
            h2 #spread-title { (heading) }
            p #spread-count aria-live="polite" {
                (t.f("serve-spread-count", &[
                    ("count", Arg::Count(total as usize)),
                    ("joined", Arg::Count(s.room.joined())),
                ]))
            }
            @if total > 0 {
                table.spread {
                    caption.visually-hidden { (heading) }
                    thead {
                        tr {
                            th scope="col" { (t.t("serve-column-level")) }
                            th scope="col" .num { (t.t("serve-column-count")) }
                            th scope="col" { span.visually-hidden { (t.t("serve-column-bar")) } }
                        }
                    }
                    tbody {
                        @for n in 0..5u8 {
                            @let count = votes.0[usize::from(n)];
                            tr {
                                th scope="row" { (n) " " (g.level_label(n, lang)) }
                                td.num { (count) }
                                td.bar {
                                    svg viewBox="0 0 100 10" aria-hidden="true" focusable="false" {
                                        rect width=(100 * count / most) height="10" fill="#1f4e79" {}
                                    }
                                }
                            }
                        }
                    }
                }
                @if !names.is_empty() {
                    ul.names {
                        @for (level, name) in &names {
                            li { (name) (t.t("label-separator")) (level) }
                        }
                    }
                }
            }
        }
    }
}
