//! `klagehjelp letter` (being written).
use super::{CliError, CliResult, LetterArgs};
use klagehjelp::Lang;

pub fn run(_args: &LetterArgs, _lang: Lang) -> CliResult {
    Err(CliError::Failure("not implemented yet".into()))
}
