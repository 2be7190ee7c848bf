//! `klagehjelp case encrypt|decrypt`: a case file encrypted with a
//! passphrase for handing it over (see [`klagehjelp::handover`]). The
//! passphrase is read from the terminal without echo (typed twice to
//! encrypt), or from the first line of `--passphrase-file`; it is never
//! stored. A decrypted file is checked like any case file before it is
//! written.
use super::{CliError, CliResult};
use klagehjelp::Lang;
use klagehjelp::case::{Case, MAX_FILE_BYTES};
use klagehjelp::handover;
use klagehjelp::i18n::{FluentValue, UserFacing, t, tr};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Subcommand)]
pub enum CaseCommand {
    /// Encrypt a case file with a passphrase, for handing it over.
    Encrypt(CryptArgs),
    /// Decrypt an encrypted case file (it is checked like any case file).
    Decrypt(CryptArgs),
}

#[derive(Debug, clap::Args)]
pub struct CryptArgs {
    /// The case file to encrypt (*.klage.json) or decrypt (*.klage.age).
    pub file: PathBuf,
    /// Where to write the result.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Read the passphrase from the first line of this file instead of
    /// asking on the terminal.
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

pub fn run(cmd: &CaseCommand, lang: Lang) -> CliResult {
    match cmd {
        CaseCommand::Encrypt(a) => encrypt(a, lang),
        CaseCommand::Decrypt(a) => decrypt(a, lang),
    }
}

fn read_input(lang: Lang, path: &Path) -> Result<Vec<u8>, CliError> {
    let len = std::fs::metadata(path)
        .map_err(|e| io_failure(lang, path, &e))?
        .len();
    // An encrypted file is a little bigger than its content.
    if len > (MAX_FILE_BYTES + 64 * 1024) as u64 {
        let e = klagehjelp::fsutil::TextError::TooBig {
            size: usize::try_from(len).unwrap_or(usize::MAX),
            limit: MAX_FILE_BYTES,
        };
        return Err(CliError::input(e.message(lang)));
    }
    std::fs::read(path).map_err(|e| io_failure(lang, path, &e))
}

fn io_failure(lang: Lang, path: &Path, e: &std::io::Error) -> CliError {
    CliError::Input(tr(
        lang,
        "letter-cli-read-failed",
        &[
            ("path", FluentValue::from(path.display().to_string())),
            (
                "error",
                FluentValue::from(klagehjelp::i18n::io_reason(lang, e)),
            ),
        ],
    ))
}

fn write_output(lang: Lang, path: &Path, bytes: &[u8]) -> CliResult {
    klagehjelp::fsutil::write_atomic(path, bytes).map_err(|e| {
        CliError::Failure(tr(
            lang,
            "cli-write-failed",
            &[
                ("path", FluentValue::from(path.display().to_string())),
                (
                    "error",
                    FluentValue::from(klagehjelp::i18n::io_reason(lang, &e)),
                ),
            ],
        ))
    })
}

/// The passphrase: the first line of `--passphrase-file` (without its line
/// end), or typed on the terminal (twice when `twice`).
fn passphrase(lang: Lang, args: &CryptArgs, twice: bool) -> Result<String, CliError> {
    if let Some(file) = &args.passphrase_file {
        let text = std::fs::read_to_string(file).map_err(|e| {
            CliError::input(tr(
                lang,
                "handover-cli-passphrase-file",
                &[
                    ("path", FluentValue::from(file.display().to_string())),
                    ("reason", FluentValue::from(e.to_string())),
                ],
            ))
        })?;
        let first = text.lines().next().unwrap_or_default().to_string();
        if twice {
            handover::check_new_passphrase(&first, &first)
                .map_err(|e| CliError::input(e.message(lang)))?;
        }
        return Ok(first);
    }
    let ask = |id: &str| {
        rpassword::prompt_password(format!("{} ", t(lang, id)))
            .map_err(|_| CliError::input(t(lang, "handover-cli-no-tty")))
    };
    let first = ask("handover-cli-passphrase")?;
    if twice {
        let again = ask("handover-cli-passphrase-again")?;
        handover::check_new_passphrase(&first, &again)
            .map_err(|e| CliError::input(e.message(lang)))?;
    }
    Ok(first)
}

fn encrypt(args: &CryptArgs, lang: Lang) -> CliResult {
    let bytes = read_input(lang, &args.file)?;
    // Only a case file this version reads is handed over.
    let case = Case::from_bytes(&bytes).map_err(|e| CliError::input(e.message(lang)))?;
    let pass = passphrase(lang, args, true)?;
    let enc = handover::encrypt(case.to_json().as_bytes(), &pass)
        .map_err(|e| CliError::input(e.message(lang)))?;
    write_output(lang, &args.out, &enc)?;
    eprintln!(
        "{}",
        tr(
            lang,
            "handover-cli-encrypted",
            &[("path", FluentValue::from(args.out.display().to_string()))]
        )
    );
    Ok(())
}

fn decrypt(args: &CryptArgs, lang: Lang) -> CliResult {
    let bytes = read_input(lang, &args.file)?;
    if !handover::is_encrypted(&bytes) {
        return Err(CliError::input(
            handover::HandoverError::NotEncrypted.message(lang),
        ));
    }
    let pass = passphrase(lang, args, false)?;
    let plain = handover::decrypt(&bytes, &pass, MAX_FILE_BYTES)
        .map_err(|e| CliError::input(e.message(lang)))?;
    // Checked like any imported case file before it is written.
    let case = Case::from_bytes(&plain).map_err(|e| CliError::input(e.message(lang)))?;
    write_output(lang, &args.out, case.to_json().as_bytes())?;
    eprintln!(
        "{}",
        tr(
            lang,
            "handover-cli-decrypted",
            &[("path", FluentValue::from(args.out.display().to_string()))]
        )
    );
    Ok(())
}
