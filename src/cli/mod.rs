//! Command-line interface. Human-readable output by default, `--json` on
//! request. Bad input: exit code 2 and a message on stderr that names the
//! value and what is expected. Never a panic.
use clap::{Parser, Subcommand};
use klagehjelp::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

mod bundle;
mod case;
mod check;
mod deadline;
mod duf;
mod explain;
mod interview;
mod letter;
mod route;
mod sent;

#[derive(Debug, Parser)]
#[command(
    name = "klagehjelp",
    version,
    about = "Help to appeal (klage) a refused family-immigration application to Norway"
)]
pub struct Cli {
    /// Language of the output: nb (bokmål), nn (nynorsk), en (English), ar
    /// (Arabic), so (Somali), ti (Tigrinya), fa (Persian) or uk (Ukrainian).
    /// Letters are always written in nb, nn or en (the case's letter_language).
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
    /// Answer the questions that establish the facts, on the terminal.
    Interview(interview::InterviewArgs),
    /// Where the klage goes, how to send it, who decides, and what comes next.
    Route(RouteArgs),
    /// After sending: record when and how the klage was sent (kept in the
    /// case file), the day to follow up (.ics), and the letters that can
    /// follow (write them with `letter --kind`).
    Sent(SentArgs),
    /// What does my letter say? The letter part by part, explained in the
    /// language of --lang (any of the eight), beside its Norwegian or English text.
    Explain(ExplainArgs),
    /// Encrypt or decrypt a case file with a passphrase, for handing it over.
    #[command(subcommand)]
    Case(case::CaseCommand),
    /// One PDF with the letter, the fullmakt and every attached file, each page stamped.
    Bundle(bundle::BundleArgs),
}

#[derive(Debug, clap::Args)]
pub struct SentArgs {
    /// The case file (*.klage.json). Written back (atomically) when
    /// --date is given.
    pub case: PathBuf,
    /// The day the klage was sent (YYYY-MM-DD): records it in the case file.
    #[arg(long, value_name = "YYYY-MM-DD", requires = "channel")]
    pub date: Option<String>,
    /// How it was sent: udi_upload, post, police, embassy or une_form.
    #[arg(long, requires = "date")]
    pub channel: Option<String>,
    /// The receipt, e.g. a registered-letter number (free text).
    #[arg(long, default_value = "")]
    pub receipt: String,
    /// The day a new decision in the applicant's favour reached them
    /// (YYYY-MM-DD): a claim for costs is then offered, within three weeks
    /// (fvl. § 36).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub changed_in_favour: Option<String>,
    /// Also write a calendar file (.ics) for the day to follow up.
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,
    /// Today's date (default: the system date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The case file (*.klage.json).
    pub case: PathBuf,
    /// Today's date: the letter's date (default: the system date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// Letter kind: klage, forelopig, late, omgjoring, utsatt, ettersending,
    /// innsyn, costs (default: follows from the case).
    #[arg(long)]
    pub kind: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct RouteArgs {
    /// The case file (*.klage.json).
    pub case: PathBuf,
    /// Today's date (default: the system date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct DeadlineArgs {
    /// The day the decision reached you or your representative (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub received: String,
    /// The deadline printed in the decision, if any (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub stated: Option<String>,
    /// The date of the decision (YYYY-MM-DD), for the one-year limit of fvl. § 31.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub decided: Option<String>,
    /// The decision really prints the --stated date although it is more
    /// than two months after --received (checked): use it. Without this,
    /// such a date is taken for a typo and not used.
    #[arg(long)]
    pub stated_confirmed: bool,
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
    /// Letter kind: klage, forelopig, late, omgjoring, utsatt, ettersending,
    /// innsyn, costs (default: follows from the case).
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
        return s
            .parse()
            .map_err(|e: klagehjelp::lang::UnknownLang| CliError::input(e.to_string()));
    }
    for var in ["KLAGEHJELP_LANG", "LANG"] {
        if let Some(l) = std::env::var(var)
            .ok()
            .as_deref()
            .and_then(Lang::from_locale)
        {
            return Ok(l);
        }
    }
    Ok(Lang::En)
}

/// Parses a `YYYY-MM-DD` command-line value, naming the option on error.
/// The message is in the language of `--lang` (see [`parse_date_in`]).
#[allow(dead_code)] // for commands that are not handed a language
pub fn parse_date(option: &str, value: &str) -> Result<chrono::NaiveDate, CliError> {
    parse_date_in_lazy(None, option, value)
}

/// `--today` or the system date. Messages as for [`parse_date`].
#[allow(dead_code)] // for commands that are not handed a language
pub fn today(flag: Option<&str>) -> Result<chrono::NaiveDate, CliError> {
    match flag {
        Some(s) => parse_date("--today", s),
        None => Ok(chrono::Local::now().date_naive()),
    }
}

/// Parses a `YYYY-MM-DD` command-line value; on error, a message in `lang`
/// that names the option, the value, and what is wrong with it (not a date
/// at all, a month that does not exist, or a day the month does not have).
/// A one-digit month or day (2025-3-7) is accepted.
pub fn parse_date_in(lang: Lang, option: &str, value: &str) -> Result<chrono::NaiveDate, CliError> {
    parse_date_in_lazy(Some(lang), option, value)
}

/// `--today` in `lang`, or the system date.
pub fn today_in(lang: Lang, flag: Option<&str>) -> Result<chrono::NaiveDate, CliError> {
    match flag {
        Some(s) => parse_date_in(lang, "--today", s),
        None => Ok(chrono::Local::now().date_naive()),
    }
}

/// Reads a case file as every command does: UTF-8 (with or without a
/// byte-order mark) or UTF-16 with one; why it cannot be read is said in
/// `lang`, naming the file.
pub fn read_case(path: &std::path::Path, lang: Lang) -> Result<klagehjelp::case::Case, CliError> {
    use klagehjelp::i18n::{FluentValue, UserFacing, io_reason, tr};
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        CliError::input(tr(
            lang,
            "letter-cli-read-failed",
            &[
                ("path", FluentValue::from(shown.clone())),
                ("error", FluentValue::from(io_reason(lang, &e))),
            ],
        ))
    })?;
    klagehjelp::case::Case::from_bytes(&bytes)
        .map_err(|e| CliError::input(format!("{shown}: {}", e.message(lang))))
}

/// `--kind` of a letter: none (the kind follows from the case) or one of
/// the letter kinds, else a clear error in `lang`.
pub fn letter_kind(
    value: Option<&str>,
    lang: Lang,
) -> Result<Option<klagehjelp::letter::LetterKind>, CliError> {
    use klagehjelp::i18n::{FluentValue, tr};
    value
        .map(|k| {
            klagehjelp::letter::LetterKind::parse(k).ok_or_else(|| {
                CliError::input(tr(
                    lang,
                    "letter-cli-kind-unknown",
                    &[("value", FluentValue::from(k.to_string()))],
                ))
            })
        })
        .transpose()
}

/// The language of this run, for messages of functions that are not handed
/// one: `--lang` from the command line, else the environment, else English.
fn lang_of_this_run() -> Lang {
    Cli::try_parse()
        .ok()
        .and_then(|c| pick_lang(c.lang.as_deref()).ok())
        .or_else(|| pick_lang(None).ok())
        .unwrap_or(Lang::En)
}

fn parse_date_in_lazy(
    lang: Option<Lang>,
    option: &str,
    value: &str,
) -> Result<chrono::NaiveDate, CliError> {
    use chrono::NaiveDate;
    use klagehjelp::i18n::{FluentValue, tr};
    let fail = |id: &str, extra: Option<(&str, FluentValue<'static>)>| {
        let lang = lang.unwrap_or_else(lang_of_this_run);
        let mut args = vec![
            ("option", FluentValue::from(option.to_string())),
            ("value", FluentValue::from(value.to_string())),
        ];
        args.extend(extra);
        CliError::input(tr(lang, id, &args))
    };
    let parts: Vec<&str> = value.trim().split('-').collect();
    let shape_ok = parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && parts[0].len() == 4
        && parts[1].len() <= 2
        && parts[2].len() <= 2;
    if !shape_ok {
        return Err(fail("cli-date-not-a-date", None));
    }
    let (y, m, d): (i32, u32, u32) = match (parts[0].parse(), parts[1].parse(), parts[2].parse()) {
        (Ok(y), Ok(m), Ok(d)) => (y, m, d),
        _ => return Err(fail("cli-date-not-a-date", None)),
    };
    if !(1..=12).contains(&m) {
        return Err(fail("cli-date-bad-month", None));
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        let first = NaiveDate::from_ymd_opt(y, m, 1);
        let days = first
            .and_then(|f| f.checked_add_months(chrono::Months::new(1)))
            .and_then(|n| n.pred_opt())
            .map(|last| chrono::Datelike::day(&last))
            .unwrap_or(31);
        fail("cli-date-bad-day", Some(("days", FluentValue::from(days))))
    })
}

pub fn run(cli: Cli) -> ExitCode {
    let result = pick_lang(cli.lang.as_deref()).and_then(|lang| match &cli.command {
        Command::Deadline(a) => deadline::run(a, lang),
        Command::Duf(a) => duf::run(a, lang),
        Command::Check(a) => check::run(a, lang),
        // A letter is written in nb, nn or en (UDI's rule); asking for it in
        // another language is answered in that language, pointing to `explain`.
        Command::Letter(a) if cli.lang.is_some() && !lang.is_letter_language() => {
            Err(letter::not_a_letter_language(a, lang))
        }
        Command::Letter(a) => letter::run(a, lang),
        Command::Explain(a) => explain::run(a, lang),
        Command::Interview(a) => interview::run(a, lang),
        Command::Route(a) => route::run(a, lang),
        Command::Sent(a) => sent::run(a, lang),
        Command::Case(c) => case::run(c, lang),
        Command::Bundle(a) => bundle::run(a, lang),
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
