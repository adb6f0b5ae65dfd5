//! `wen-assess guidelines`: lists the loaded guidelines, or the criteria of one.

use super::{Context, EXIT_OK, Failure, Output, find, print};
use crate::cli::GuidelinesArgs;
use crate::escape::controls;
use crate::i18n::{Arg, Tr};
use crate::model::Guideline;

/// A weight as the language writes it, without trailing zeros (`1`, `1,5`).
fn weight(t: &Tr, w: f64) -> String {
    let text = format!("{w}");
    match text.split_once('.') {
        Some((whole, frac)) => format!("{whole}{}{frac}", t.t("decimal-separator")),
        None => text,
    }
}

pub(super) fn run(
    guidelines: &[Guideline],
    args: &GuidelinesArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let t = Tr::new(ctx.lang(""));
    let lang = t.lang();
    let mut o = String::new();
    match &args.id {
        None => {
            let heads = [
                "guidelines-column-id",
                "guidelines-column-version",
                "guidelines-column-criteria",
                "guidelines-column-title",
            ]
            .map(|id| t.t(id));
            let w_id = guidelines
                .iter()
                .map(|g| g.id.chars().count())
                .chain([heads[0].chars().count()])
                .max()
                .unwrap_or(2);
            let w_version = guidelines
                .iter()
                .map(|g| g.version.chars().count())
                .chain([heads[1].chars().count()])
                .max()
                .unwrap_or(7);
            let w_count = heads[2].chars().count().max(3);
            o.push_str(&format!(
                "{:w_id$}  {:w_version$}  {:>w_count$}  {}\n",
                heads[0], heads[1], heads[2], heads[3]
            ));
            for g in guidelines {
                o.push_str(&format!(
                    "{:w_id$}  {:w_version$}  {:>w_count$}  {}\n",
                    controls(&g.id),
                    controls(&g.version),
                    g.criterion_count(),
                    controls(g.title.get(lang))
                ));
            }
        }
        Some(id) => {
            let g = find(guidelines, id)?;
            o.push_str(&format!(
                "{}\n{}\n{}\n",
                t.f(
                    "guideline-value",
                    &[
                        ("title", Arg::Str(g.title.get(lang))),
                        ("id", Arg::Str(&g.id)),
                        ("version", Arg::Str(&g.version)),
                    ],
                ),
                g.description.get(lang),
                g.source.get(lang)
            ));
            o.push_str(&t.f(
                "guideline-languages",
                &[
                    ("languages", Arg::Str(&g.languages.join(", "))),
                    ("target", Arg::Str(&g.target.to_string())),
                    ("label", Arg::Str(g.level_label(g.target, lang))),
                ],
            ));
            o.push('\n');
            for area in &g.areas {
                o.push('\n');
                o.push_str(&t.f(
                    "guideline-area",
                    &[
                        ("title", Arg::Str(area.title.get(lang))),
                        ("id", Arg::Str(&area.id)),
                        ("weight", Arg::Str(&weight(&t, area.weight))),
                        ("count", Arg::Count(area.criteria.len())),
                    ],
                ));
                o.push('\n');
                let w = area.criteria.iter().map(|c| c.id.len()).max().unwrap_or(0);
                for c in &area.criteria {
                    let line = t.f(
                        "guideline-criterion",
                        &[
                            ("title", Arg::Str(c.title.get(lang))),
                            ("weight", Arg::Str(&weight(&t, c.weight))),
                        ],
                    );
                    o.push_str(&format!("  {:w$}  {line}\n", c.id));
                }
            }
        }
    }
    print(io, &controls_keep_lines(&o))?;
    Ok(EXIT_OK)
}

fn controls_keep_lines(s: &str) -> String {
    crate::escape::controls_but_newlines(s)
}
