//! `klagehjelp explain CASE --lang L [--kind K] [--today D] [--json]`:
//! "What does my letter say?" The letter of a case file, part by part, each
//! part's Norwegian or English text under what it says and asks, in any of
//! the eight UI languages. Everything comes from `klagehjelp::explain`
//! through the session; this only prints it.
use super::{CliError, CliResult, ExplainArgs, today_in};
use klagehjelp::Lang;
use klagehjelp::fmt::plain_spaces;
use klagehjelp::i18n::t;
use klagehjelp::{explain, session};

pub fn run(args: &ExplainArgs, lang: Lang) -> CliResult {
    let today = today_in(lang, args.today.as_deref())?;
    let case = super::read_case(&args.case, lang)?;
    let kind = super::letter_kind(args.kind.as_deref(), lang)?;
    let e = session::explain_letter(&case, kind, today, lang).map_err(|problems| {
        let mut msg = t(lang, "letter-cli-problems");
        for p in problems {
            msg.push('\n');
            msg.push_str(&format!("{}: [{}] {}", p.field, p.code, p.message_in(lang)));
        }
        CliError::input(msg)
    })?;
    if args.json {
        let mut s = serde_json::to_string_pretty(&e).unwrap_or_default();
        s.push('\n');
        print!("{s}");
    } else {
        print!("{}", plain_spaces(&explain::to_text(&e, lang)));
    }
    Ok(())
}
