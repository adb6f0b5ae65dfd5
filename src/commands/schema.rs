//! `wen-assess schema`: prints the JSON Schema of a file format.

use super::{EXIT_OK, Failure, Output, print};
use crate::cli::{SchemaArgs, SchemaKind};

pub(super) fn run(args: &SchemaArgs, io: &mut Output) -> Result<u8, Failure> {
    let text = match args.kind {
        SchemaKind::Guideline => crate::schema::GUIDELINE,
        SchemaKind::Answers => crate::schema::ANSWERS,
    };
    print(io, text)?;
    Ok(EXIT_OK)
}
