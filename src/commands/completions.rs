//! `wen-assess completions`: the shell completion script, generated from the
//! clap definitions so it always matches the commands and options, with the
//! descriptions the shells show (zsh, fish, PowerShell) in the reader's
//! language, as `--help` gives them.

use super::{Context, EXIT_OK, Failure, Output, write_to};
use crate::cli::CompletionsArgs;
use crate::files::Target;

pub(super) fn run(args: &CompletionsArgs, ctx: &Context, io: &mut Output) -> Result<u8, Failure> {
    let lang = ctx.lang("");
    let mut cmd = crate::cli_text::command(lang);
    if lang != crate::i18n::DEFAULT_LANGUAGE {
        cmd = without_value_help(cmd);
    }
    let name = cmd.get_name().to_string();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, name, &mut script);
    write_to(io, &Target::Stdout, &script, &Default::default())?;
    Ok(EXIT_OK)
}

/// The command with the values its options take listed without their
/// descriptions, which exist in English only (the help names the values
/// in the reader's words instead). Only for the script: nothing is parsed
/// with it.
fn without_value_help(cmd: clap::Command) -> clap::Command {
    use clap::builder::PossibleValuesParser;
    let plain: Vec<(clap::Id, Vec<clap::builder::PossibleValue>)> = cmd
        .get_arguments()
        .filter_map(|a| {
            let values = a.get_possible_values();
            (!values.is_empty()).then(|| {
                let values = values
                    .into_iter()
                    .map(|v| v.help(None::<&'static str>))
                    .collect();
                (a.get_id().clone(), values)
            })
        })
        .collect();
    let mut cmd = cmd;
    for (id, values) in plain {
        cmd = cmd.mut_arg(id, |a| a.value_parser(PossibleValuesParser::new(values)));
    }
    cmd.mut_subcommands(without_value_help)
}
