//! `wen-assess assess`: the interactive questionnaire on a terminal.

use super::{Context, EXIT_INTERRUPTED, EXIT_OK, Failure, Output};
use crate::cli::AssessArgs;
use crate::model::Guideline;
use crate::questionnaire;

pub(super) fn run(
    guidelines: &[Guideline],
    args: &AssessArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
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
        width: ctx.width,
    };
    let mut prompter = questionnaire::TerminalPrompter::default();
    match questionnaire::run(&mut prompter, guidelines, &opts) {
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
        Err(questionnaire::SessionError::Answers(e)) => Err(e.into()),
        Err(e) => Err(Failure::new(e)),
    }
}
