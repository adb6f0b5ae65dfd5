//! `wen-assess guidelines`: lists the loaded guidelines, or the criteria of one.

use super::{Context, EXIT_OK, Failure, Output, find, print};
use crate::cli::GuidelinesArgs;
use crate::model::Guideline;

pub(super) fn run(
    guidelines: &[Guideline],
    args: &GuidelinesArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let lang = ctx.lang("");
    let mut o = String::new();
    match &args.id {
        None => {
            let w = guidelines
                .iter()
                .map(|g| g.id.len())
                .max()
                .unwrap_or(2)
                .max(2);
            o.push_str(&format!("{:w$}  VERSION  CRITERIA  TITLE\n", "ID"));
            for g in guidelines {
                o.push_str(&format!(
                    "{:w$}  {:7}  {:>8}  {}\n",
                    g.id,
                    g.version,
                    g.criterion_count(),
                    g.title.get(lang)
                ));
            }
        }
        Some(id) => {
            let g = find(guidelines, id)?;
            o.push_str(&format!("{} ({} {})\n", g.title.get(lang), g.id, g.version));
            o.push_str(&format!("{}\n", g.description.get(lang)));
            o.push_str(&format!("{}\n", g.source));
            o.push_str(&format!(
                "Languages: {} · default target: {} ({})\n",
                g.languages.join(", "),
                g.target,
                g.level_label(g.target, lang)
            ));
            for area in &g.areas {
                o.push_str(&format!(
                    "\n{} ({}, weight {}, {} criteria)\n",
                    area.title.get(lang),
                    area.id,
                    area.weight,
                    area.criteria.len()
                ));
                let w = area.criteria.iter().map(|c| c.id.len()).max().unwrap_or(0);
                for c in &area.criteria {
                    o.push_str(&format!(
                        "  {:w$}  {} (weight {})\n",
                        c.id,
                        c.title.get(lang),
                        c.weight
                    ));
                }
            }
        }
    }
    print(io, &o)?;
    Ok(EXIT_OK)
}
