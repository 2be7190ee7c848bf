//! `klagehjelp check` (being written).
use super::{CliError, CliResult, CheckArgs};
use klagehjelp::Lang;

pub fn run(_args: &CheckArgs, _lang: Lang) -> CliResult {
    Err(CliError::Failure("not implemented yet".into()))
}
