//! Command-line interface. Human-readable output by default, `--json` on
//! request. Bad input: exit code 2 and a message on stderr that names the
//! value and what is expected. Never a panic.
use clap::{Parser, Subcommand};
use klagehjelp::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

mod check;
mod deadline;
mod duf;
mod letter;

#[derive(Debug, Parser)]
#[command(name = "klagehjelp", version, about = "Help to appeal (klage) a refused family-immigration application to Norway")]
pub struct Cli {
    /// Language of the output: nb (bokmål), nn (nynorsk) or en (English).
    /// Default: from KLAGEHJELP_LANG or LANG, else English.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// When is the klage deadline? (fvl. §§ 29–31)
    Deadline(DeadlineArgs),
    /// Check and normalise a DUF number.
    Duf(DufArgs),
    /// Check the requirements of family immigration for a scenario or case file.
    Check(CheckArgs),
    /// Write the klage letter (PDF or text) from a case file.
    Letter(LetterArgs),
}

#[derive(Debug, clap::Args)]
pub struct DeadlineArgs {
    /// The day the decision reached you or your representative (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub received: String,
    /// The deadline printed in the decision, if any (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub stated: Option<String>,
    /// Today's date (default: the system date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Also write a calendar file (.ics) with reminders 7 and 2 days before.
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct DufArgs {
    /// The DUF number, with or without spaces or dashes.
    pub text: String,
    /// Today's date (default: the system date); the year must not be later.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// A scenario file (with `facts`) or a case file (*.klage.json).
    pub file: PathBuf,
    /// Today's date, used when the facts give no assessment date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct LetterArgs {
    /// The case file (*.klage.json).
    pub case: PathBuf,
    /// Where to write the PDF.
    #[arg(long, value_name = "FILE.pdf", required_unless_present = "text")]
    pub out: Option<PathBuf>,
    /// Today's date: the letter's date (default: the system date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// Letter kind: klage, forelopig, late, omgjoring (default: follows from the case).
    #[arg(long)]
    pub kind: Option<String>,
    /// Print the letter as plain text instead of (or as well as) writing a PDF.
    #[arg(long)]
    pub text: bool,
}

/// What went wrong, for the exit code.
#[derive(Debug)]
pub enum CliError {
    /// Bad input: exit 2. The message says which value and what is expected.
    Input(String),
    /// Could not read or write a file, or another failure: exit 1.
    Failure(String),
}

impl CliError {
    pub fn input(msg: impl Into<String>) -> Self {
        CliError::Input(msg.into())
    }
}

pub type CliResult = Result<(), CliError>;

/// The output language: `--lang`, else KLAGEHJELP_LANG, else LANG, else English.
fn pick_lang(flag: Option<&str>) -> Result<Lang, CliError> {
    if let Some(s) = flag {
        return s.parse().map_err(|e: klagehjelp::lang::UnknownLang| CliError::input(e.to_string()));
    }
    for var in ["KLAGEHJELP_LANG", "LANG"] {
        if let Some(l) = std::env::var(var).ok().as_deref().and_then(Lang::from_locale) {
            return Ok(l);
        }
    }
    Ok(Lang::En)
}

/// Parses a `YYYY-MM-DD` command-line value, naming the option on error.
pub fn parse_date(option: &str, value: &str) -> Result<chrono::NaiveDate, CliError> {
    chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        CliError::input(format!(
            "{option}: '{value}' is not a valid date. Expected a real calendar date as YYYY-MM-DD, e.g. 2026-11-09."
        ))
    })
}

/// `--today` or the system date.
pub fn today(flag: Option<&str>) -> Result<chrono::NaiveDate, CliError> {
    match flag {
        Some(s) => parse_date("--today", s),
        None => Ok(chrono::Local::now().date_naive()),
    }
}

pub fn run(cli: Cli) -> ExitCode {
    let result = pick_lang(cli.lang.as_deref()).and_then(|lang| match &cli.command {
        Command::Deadline(a) => deadline::run(a, lang),
        Command::Duf(a) => duf::run(a, lang),
        Command::Check(a) => check::run(a, lang),
        Command::Letter(a) => letter::run(a, lang),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Input(msg)) => {
            eprintln!("klagehjelp: {}", klagehjelp::fmt::plain_spaces(&msg));
            ExitCode::from(2)
        }
        Err(CliError::Failure(msg)) => {
            eprintln!("klagehjelp: {}", klagehjelp::fmt::plain_spaces(&msg));
            ExitCode::from(1)
        }
    }
}
