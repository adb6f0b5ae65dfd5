//! `wen-assess assess`: the interactive questionnaire on a terminal, full
//! screen or line by line.

use std::sync::atomic::{AtomicBool, Ordering};

use super::{Context, EXIT_INTERRUPTED, EXIT_OK, Failure, Output};
use crate::cli::AssessArgs;
use crate::i18n::{self, Arg, Tr};
use crate::model::Guideline;
use crate::questionnaire::{self, PlainPrompter, Prompter, TerminalPrompter};

/// Set while `assess` runs line by line. A line read is not interrupted by
/// Ctrl-C, so the binary's handler ends the process itself then: every
/// confirmed answer is already saved.
pub static LINE_MODE: AtomicBool = AtomicBool::new(false);

pub(super) fn run(
    guidelines: &[Guideline],
    args: &AssessArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    if let Some(path) = args
        .answers
        .as_deref()
        .filter(|p| crate::answers::is_workbook_path(p))
    {
        return Err(workbook_refused("assess", path));
    }
    if !ctx.interactive {
        return Err(Failure::new(
            "`assess` needs an interactive terminal, and standard input or output is not one.\n\
             For non-interactive use, write a blank answer file, fill it in an editor, then score it:\n  \
             wen-assess template --guideline strengthening -o answers.yaml\n  \
             wen-assess score answers.yaml\n  \
             wen-assess report answers.yaml",
        ));
    }
    let opts = questionnaire::StartOptions {
        guideline: args.guideline.clone(),
        answers: args.answers.clone(),
        lang: ctx.lang_flag.clone(),
        env_lang: ctx.env_lang.clone(),
        today: ctx.today.clone(),
        folder: ".".into(),
    };
    let plain = args.plain || ctx.dumb_terminal;
    let t = Tr::new(i18n::choose(ctx.lang_flag.as_deref(), "", &ctx.env_lang));
    let mut terminal = TerminalPrompter::default();
    let stdin = std::io::stdin();
    let mut line_mode = PlainPrompter::new(
        stdin.lock(),
        std::io::stdout(),
        t.t("not-a-choice"),
        t.t("yes"),
        t.t("no"),
    )
    .with_width(
        console::Term::stdout()
            .size_checked()
            .map_or(80, |(_, cols)| cols),
    );
    let prompter: &mut dyn Prompter = if plain {
        LINE_MODE.store(true, Ordering::SeqCst);
        let _ = line_mode.say(&format!("{}\n", t.t("plain-intro")));
        &mut line_mode
    } else {
        &mut terminal
    };
    match questionnaire::run(prompter, guidelines, &opts) {
        Ok(_) => Ok(EXIT_OK),
        Err(questionnaire::SessionError::Interrupted { answers }) => {
            match answers {
                Some(path) => io.say(&format!(
                    "\nInterrupted. Every confirmed answer is saved in {}; resume with: wen-assess assess --answers {}",
                    path.display(),
                    path.display()
                )),
                None => io.say("\nInterrupted before any answer was saved."),
            };
            Ok(EXIT_INTERRUPTED)
        }
        Err(questionnaire::SessionError::NotSaved {
            path,
            reason,
            aside,
        }) => {
            let t = Tr::new(i18n::choose(ctx.lang_flag.as_deref(), "", &ctx.env_lang));
            let shown = path.display().to_string();
            io.say(&format!(
                "\nerror: {}",
                t.f(
                    "not-saved",
                    &[("path", Arg::Str(&shown)), ("reason", Arg::Str(&reason))]
                )
            ));
            match aside {
                Ok(aside) => io.say(&t.f(
                    "not-saved-aside",
                    &[
                        ("path", Arg::Str(&shown)),
                        ("aside", Arg::Str(&aside.display().to_string())),
                    ],
                )),
                Err(text) => {
                    io.say(&t.t("not-saved-nowhere"));
                    let _ = write!(io.err, "{text}");
                }
            }
            Ok(super::EXIT_ERROR)
        }
        Err(questionnaire::SessionError::Answers(e)) => Err(e.into()),
        Err(e) => Err(Failure::new(e)),
    }
}

/// The message for a workbook given to a command that edits YAML only.
pub(super) fn workbook_refused(command: &str, path: &std::path::Path) -> Failure {
    let yaml = path.with_extension("yaml");
    if !path.exists() {
        // Nothing to convert.
        if command == "assess" {
            return Failure::new(format!(
                "{}: no such workbook, and `assess` edits YAML answer files only; give the answers a .yaml name (--answers {}), or write a workbook to fill in a spreadsheet with: wen-assess template -o {}",
                path.display(),
                yaml.display(),
                path.with_extension("xlsx").display()
            ));
        }
        return Failure::new(format!(
            "{}: no such file (and `{command}` edits YAML answer files only)",
            path.display()
        ));
    }
    Failure::new(format!(
        "{}: `{command}` edits YAML answer files only; convert the workbook first:\n  wen-assess convert {} {}\n  wen-assess {command} {}{}",
        path.display(),
        path.display(),
        yaml.display(),
        if command == "assess" {
            "--answers "
        } else {
            ""
        },
        yaml.display()
    ))
}
