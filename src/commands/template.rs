//! `wen-assess template`: a blank answer file to fill in an editor.

use super::{Context, EXIT_OK, Failure, Output, find, write_to};
use crate::answers::{self, AnswerFile};
use crate::cli::{TemplateArgs, TemplateFormat};
use crate::files::Target;
use crate::i18n::{Arg, Tr};
use crate::model::Guideline;
use crate::questionnaire::{Prompter, TerminalPrompter, screen};
use crate::template;

/// The guideline asked for, or chosen on a terminal; without one, the
/// error lists the guidelines.
fn guideline<'g>(
    guidelines: &'g [Guideline],
    args: &TemplateArgs,
    ctx: &Context,
    t: &Tr,
) -> Result<&'g Guideline, Failure> {
    if let Some(id) = &args.guideline {
        return find(guidelines, id);
    }
    if let [only] = guidelines {
        return Ok(only);
    }
    if !ctx.interactive {
        let list: Vec<String> = guidelines
            .iter()
            .map(|g| format!("  {}  {}", g.id, g.title.get(t.lang())))
            .collect();
        return Err(Failure::msg(crate::msg!(
            "choose-guideline",
            list = list.join("\n")
        )));
    }
    let mut p = TerminalPrompter::new(ctx.interrupt.clone());
    let (cols, _) = p.size();
    let items: Vec<screen::Item> = guidelines
        .iter()
        .map(|g| {
            let text = t.labelled(g.title.get(t.lang()), g.description.get(t.lang()));
            screen::wrapped_item("", &text, usize::from(cols), 2)
        })
        .collect();
    let choice = p
        .select(&t.t("which-assessment"), &items, Some(0), false)
        .map_err(|e| Failure::msg(crate::msg!("terminal-error", error = e.to_string())))?
        .unwrap_or(0);
    Ok(&guidelines[choice])
}

pub(super) fn run(
    guidelines: &[Guideline],
    args: &TemplateArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let t = Tr::new(ctx.lang(""));
    let target = args
        .output
        .as_deref()
        .map_or(Target::Stdout, Target::from_arg);
    if let Target::Path(path) = &target
        && std::fs::metadata(path).is_ok_and(|m| m.is_file())
        && !args.force
    {
        return Err(Failure::msg(crate::msg!(
            "exists-use-force",
            path = path.display().to_string()
        )));
    }
    let workbook = wants_workbook(args)?;
    let g = guideline(guidelines, args, ctx, &t)?;
    // What the options fill in, the same for both kinds of template.
    let header = template::Header {
        network: args.network.clone(),
        region: args.region.clone(),
        respondent: args.respondent.clone(),
        role: args.role.clone(),
        country: args.country.clone(),
        // Empty unless given: the date is when the answers are given, not
        // when the blank file was made.
        date: args.date.clone().unwrap_or_default(),
        language: t.lang().to_string(),
    };
    let who = header.speaks_for();
    let (bytes, wrote) = if workbook {
        (workbook_bytes(g, header)?, "wrote-workbook-template")
    } else {
        (yaml_template(g, &header)?.into_bytes(), "wrote-template")
    };
    write_to(io, &target, &bytes, &ctx.inputs(&[]))?;
    if let Target::Path(path) = &target {
        let shown = path.display().to_string();
        let _ = writeln!(
            io.out,
            "{}",
            t.f(
                wrote,
                &[
                    ("path", Arg::Str(&shown)),
                    ("count", Arg::Count(g.criteria_for(who).count())),
                    ("id", Arg::Str(&g.id)),
                    ("version", Arg::Str(&g.version)),
                ],
            )
        );
    }
    Ok(EXIT_OK)
}

/// True when the template is a workbook: `--format xlsx`, or an output
/// name ending in `.xlsx`.
fn wants_workbook(args: &TemplateArgs) -> Result<bool, Failure> {
    let ext = args
        .output
        .as_deref()
        .and_then(|p| p.extension())
        .and_then(|x| x.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let shown = args
        .output
        .as_deref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let workbook = match (args.format, ext.as_str()) {
        (_, "ods") => {
            return Err(Failure::msg(crate::msg!("template-no-ods", path = &shown)));
        }
        (Some(TemplateFormat::Xlsx), "yaml" | "yml") => {
            return Err(Failure::msg(crate::msg!(
                "template-xlsx-name",
                path = &shown
            )));
        }
        // Without --format, a name that promises another kind of file gets
        // nothing under it.
        (None, e) if !matches!(e, "" | "yaml" | "yml" | "xlsx") => {
            return Err(Failure::msg(crate::msg!(
                "template-output-name",
                path = &shown
            )));
        }
        (Some(TemplateFormat::Yaml), "xlsx") => {
            return Err(Failure::msg(crate::msg!("template-yaml-name")));
        }
        (Some(TemplateFormat::Xlsx), _) | (None, "xlsx") => true,
        _ => false,
    };
    if workbook && args.output.is_none() {
        return Err(Failure::msg(crate::msg!("workbook-needs-output")));
    }
    Ok(workbook)
}

/// The template as a workbook: the workbook of an answer file with the
/// header filled in and no answers.
fn workbook_bytes(g: &Guideline, header: template::Header) -> Result<Vec<u8>, Failure> {
    let mut file = AnswerFile::new(g, &header.date);
    let who = header.speaks_for();
    file.network.name = header.network;
    file.network.region = header.region;
    file.respondent.name = header.respondent;
    file.respondent.role = header.role;
    file.scope = Some(who);
    file.respondent.country = header.country;
    file.language = header.language;
    answers::write_workbook_checked(g, &file, &file.language).map_err(|e| Failure::msg(e.msg()))
}

/// The YAML template, read back before it is written: the header it holds
/// must be the one asked for.
fn yaml_template(g: &Guideline, header: &template::Header) -> Result<String, Failure> {
    let text = template::render(g, header);
    let fault = |detail: String| Failure::msg(crate::msg!("template-read-back", detail = detail));
    let (back, _) = answers::parse_answers(&text, "template").map_err(|e| fault(e.to_string()))?;
    let fields = [
        (&back.network.name, &header.network),
        (&back.network.region, &header.region),
        (&back.respondent.name, &header.respondent),
        (&back.respondent.role, &header.role),
        (&back.respondent.country, &header.country),
        (&back.date, &header.date),
    ];
    if let Some((got, wanted)) = fields.iter().find(|(got, wanted)| got != wanted) {
        return Err(fault(format!("{wanted:?} reads back as {got:?}")));
    }
    Ok(text)
}
