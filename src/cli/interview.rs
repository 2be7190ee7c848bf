//! `klagehjelp interview`: asks on the terminal the facts the requirements
//! check reports missing, in the interview's order, until nothing is missing
//! (or the input ends), then shows the check and saves the facts.
use super::{CliError, CliResult};
use klagehjelp::Lang;
use klagehjelp::facts::Facts;
use klagehjelp::fmt::plain_spaces;
use klagehjelp::i18n::{UserFacing, t, tr};
use klagehjelp::interview::{self, Question};
use klagehjelp::law::{self, facts::FactKind, render};
use std::collections::HashSet;
use std::io::{BufRead, Write};
use std::path::PathBuf;

/// Arguments of `klagehjelp interview`.
#[derive(Debug, clap::Args)]
pub struct InterviewArgs {
    /// Start from the facts in this scenario, facts or case file.
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// Write the facts (JSON: {"facts": …}) to this file.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Today's date, used when no assessment date is given.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
}

fn ask(q: &Question, lang: Lang, out: &mut impl Write) -> std::io::Result<()> {
    let r = q.render(lang);
    writeln!(out, "\n{}", plain_spaces(&r.text))?;
    match q.kind {
        FactKind::Choice => {
            for (i, o) in r.options.iter().enumerate() {
                writeln!(out, "  {}. {}", i + 1, o.label)?;
            }
            writeln!(out, "  ({})", t(lang, "interview-choose"))?;
        }
        FactKind::YesNo => writeln!(
            out,
            "  ({} / {})",
            t(lang, "interview-yes"),
            t(lang, "interview-no")
        )?,
        FactKind::Date => writeln!(out, "  ({})", t(lang, "interview-date-format"))?,
        FactKind::DateOrNever => writeln!(
            out,
            "  ({} / {})",
            t(lang, "interview-date-format"),
            t(lang, "interview-never")
        )?,
        FactKind::Number | FactKind::Amount | FactKind::Year => {}
    }
    write!(out, "> ")?;
    out.flush()
}

pub fn run(args: &InterviewArgs, lang: Lang) -> CliResult {
    let today = super::today(args.today.as_deref())?;
    let mut facts = match &args.from {
        Some(p) => super::check::read_facts(p, lang)?,
        None => Facts::default(),
    };
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let io = |e: std::io::Error| CliError::Failure(e.to_string());
    writeln!(out, "{}", t(lang, "interview-intro")).map_err(io)?;
    let mut asked: HashSet<String> = HashSet::new();
    let mut screen = None;
    'questions: while let Some(q) = interview::questions(&facts, today)
        .into_iter()
        .find(|q| q.missing && !asked.contains(&q.fact))
    {
        asked.insert(q.fact.clone());
        let q = &q;
        if screen != Some(q.screen) {
            screen = Some(q.screen);
            writeln!(out, "\n== {} ==", q.screen.title(lang)).map_err(io)?;
        }
        loop {
            ask(q, lang, &mut out).map_err(io)?;
            let mut line = String::new();
            if input.read_line(&mut line).map_err(io)? == 0 {
                writeln!(out).map_err(io)?;
                break 'questions;
            }
            let line = line.trim();
            if line == "?" {
                writeln!(out, "  {}", plain_spaces(&q.render(lang).help)).map_err(io)?;
                continue;
            }
            match interview::answer(&facts, &q.fact, interview::parse_typed(q, line)) {
                Ok(f) => {
                    facts = f;
                    break;
                }
                Err(e) => writeln!(out, "  {}", plain_spaces(&e.message(lang))).map_err(io)?,
            }
        }
    }
    writeln!(out).map_err(io)?;
    let check = law::check(&facts, today);
    for c in render::cards(&check, lang) {
        writeln!(
            out,
            "{}: {}. {}",
            c.title,
            c.status_label,
            plain_spaces(&c.why)
        )
        .map_err(io)?;
    }
    let json = serde_json::to_string_pretty(&serde_json::json!({ "facts": facts }))
        .expect("facts serialise");
    match &args.out {
        Some(path) => {
            klagehjelp::fsutil::write_atomic(path, format!("{json}\n").as_bytes())
                .map_err(|e| CliError::Failure(format!("{}: {e}", path.display())))?;
            writeln!(
                out,
                "\n{}",
                tr(
                    lang,
                    "interview-saved",
                    &[("file", path.display().to_string().into())]
                )
            )
            .map_err(io)?;
        }
        None => writeln!(out, "\n{json}").map_err(io)?,
    }
    Ok(())
}
