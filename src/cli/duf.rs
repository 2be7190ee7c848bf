//! `klagehjelp duf` (being written).
use super::{CliError, CliResult, DufArgs};
use klagehjelp::Lang;

pub fn run(_args: &DufArgs, _lang: Lang) -> CliResult {
    Err(CliError::Failure("not implemented yet".into()))
}
