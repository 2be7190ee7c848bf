//! `klagehjelp deadline` (being written).
use super::{CliError, CliResult, DeadlineArgs};
use klagehjelp::Lang;

pub fn run(_args: &DeadlineArgs, _lang: Lang) -> CliResult {
    Err(CliError::Failure("not implemented yet".into()))
}
