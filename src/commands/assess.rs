//! `wen-assess assess`: the interactive questionnaire on a terminal, full
//! screen or line by line; at the end, the reports asked for, written
//! through the same path as `report`.

use super::{Context, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, Failure, Output};
use crate::cli::AssessArgs;
use crate::files::Target;
use crate::i18n::{self, Arg, Tr};
use crate::model::Guideline;
use crate::msg;
use crate::questionnaire::{
    self, Outcome, PlainPrompter, Prompter, SessionError, TerminalPrompter,
};
use crate::report::Format;

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
    let start_lang = i18n::choose(ctx.lang_flag.as_deref(), "", &ctx.env_lang);
    if !ctx.interactive {
        return Err(Failure::msg(msg!("assess-needs-terminal")));
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
    let t = Tr::new(start_lang);
    // Only one of the two may exist: the line-by-line one reads standard
    // input on a thread of its own from the moment it is made, which would
    // take the keys meant for the full-screen prompts.
    let mut terminal;
    let mut line_mode;
    let prompter: &mut dyn Prompter = if plain {
        line_mode = PlainPrompter::new(
            std::io::BufReader::new(std::io::stdin()),
            std::io::stdout(),
            ctx.interrupt.clone(),
        )
        .with_width(
            console::Term::stdout()
                .size_checked()
                .map_or(80, |(_, cols)| cols),
        );
        let _ = line_mode.say(&format!("{}\n", t.t("plain-intro")));
        &mut line_mode
    } else {
        terminal = TerminalPrompter::new(ctx.interrupt.clone());
        &mut terminal
    };
    let outcome = questionnaire::run(prompter, guidelines, &opts);
    if !plain {
        // A prompt interrupted in raw mode may leave the cursor hidden (line
        // mode moves no cursor and sends no escape sequence at all).
        let _ = console::Term::stderr().show_cursor();
    }
    match outcome {
        Ok(Outcome::Paused { .. }) => Ok(EXIT_OK),
        Ok(Outcome::Finished {
            answers, reports, ..
        }) => {
            for path in reports {
                let format = if path.extension().is_some_and(|x| x == "pdf") {
                    Format::Pdf
                } else {
                    Format::Markdown
                };
                super::report::gap_report(
                    guidelines,
                    &answers,
                    &Target::Path(path),
                    format,
                    ctx,
                    io,
                )?;
            }
            Ok(EXIT_OK)
        }
        Err(SessionError::Interrupted { saved, lang }) => {
            let t = Tr::new(lang);
            match saved {
                Some(s) => {
                    let path = s.answers.display().to_string();
                    io.say(&format!(
                        "\n{}",
                        t.f(
                            "interrupted-saved",
                            &[
                                ("path", Arg::Str(&path)),
                                ("answered", Arg::Count(s.answered)),
                                ("total", Arg::Count(s.total)),
                                ("participants", Arg::Count(s.participants)),
                            ]
                        )
                    ))
                }
                None => io.say(&format!("\n{}", t.t("interrupted-nothing"))),
            };
            Ok(EXIT_INTERRUPTED)
        }
        Err(SessionError::NotSaved {
            path,
            reason,
            aside,
            lang,
        }) => {
            let t = Tr::new(lang);
            let shown = path.display().to_string();
            io.say(&format!(
                "\n{}: {}",
                t.t("error"),
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
            Ok(EXIT_ERROR)
        }
        Err(e) => Err(failure(e)),
    }
}

/// A session's error as the command ends with it, in the catalogues'
/// words: `assess` and `serve` alike.
pub(super) fn failure(e: SessionError) -> Failure {
    match e {
        SessionError::Answers(e) => e.into(),
        SessionError::Store(e) => match e.msg() {
            Some(m) => Failure::msg(m),
            None => match e {
                crate::answers::store::StoreError::Answers(e) => e.into(),
                other => Failure::new(other),
            },
        },
        SessionError::Terminal(e) => Failure::msg(msg!("terminal-error", error = e.to_string())),
        SessionError::Other(m) => Failure::msg(m),
        other => Failure::new(other),
    }
}

/// The message for a workbook given to a command that edits YAML only.
pub(super) fn workbook_refused(command: &str, path: &std::path::Path) -> Failure {
    let yaml = path.with_extension("yaml");
    if !path.exists() {
        // Nothing to convert.
        if command == "assess" {
            return Failure::msg(msg!(
                "assess-no-workbook",
                path = path.display().to_string(),
                yaml = yaml.display().to_string(),
                xlsx = path.with_extension("xlsx").display().to_string()
            ));
        }
        return Failure::msg(msg!(
            "yaml-only-no-file",
            path = path.display().to_string(),
            command = command
        ));
    }
    let resume = if command == "assess" {
        "--answers "
    } else {
        ""
    };
    Failure::msg(msg!(
        "yaml-only",
        path = path.display().to_string(),
        command = command,
        yaml = yaml.display().to_string(),
        resume = resume
    ))
}
