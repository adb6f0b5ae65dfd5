//! `wen-assess completions`: the shell completion script, generated from the
//! clap definitions so it always matches the commands and options.

use clap::CommandFactory;

use super::{EXIT_OK, Failure, Output, write_to};
use crate::cli::{Cli, CompletionsArgs};
use crate::files::Target;

pub(super) fn run(args: &CompletionsArgs, io: &mut Output) -> Result<u8, Failure> {
    let mut cmd = Cli::command();
    let name = cmd.get_name().to_string();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, name, &mut script);
    write_to(io, &Target::Stdout, &script, &Default::default())?;
    Ok(EXIT_OK)
}
