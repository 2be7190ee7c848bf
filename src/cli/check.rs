//! `klagehjelp check FILE [--json] [--today D]`: the requirements check for a
//! scenario file (`{"facts": …, "today": …}`), a bare facts object, or a case
//! file. `--json` prints the contract's `klagehjelp-check/2` output.
use super::{CheckArgs, CliError, CliResult};
use klagehjelp::Lang;
use klagehjelp::facts::Facts;
use klagehjelp::i18n::{FluentValue, t, tr};
use klagehjelp::law::render::{self, Card};
use klagehjelp::law::{self, Check, Status};
use klagehjelp::{case::Case, fmt};

/// Width of the human output.
const WIDTH: usize = 78;

pub fn run(args: &CheckArgs, lang: Lang) -> CliResult {
    let input = read_input(&args.file, lang)?;
    // A scenario file may carry its own "today" (requirements.md § 2.1).
    let today = match (&args.today, input.today) {
        (None, Some(d)) => d,
        (flag, _) => super::today_in(lang, flag.as_deref())?,
    };
    let check = law::check(&input.facts, today);
    if args.json {
        let v = render::check_json(&check, lang);
        println!("{}", serde_json::to_string_pretty(&v).expect("JSON"));
    } else {
        print!("{}", fmt::plain_spaces(&human(&check, lang)));
    }
    Ok(())
}

/// Facts and, for a scenario file, its "today".
pub(super) struct Input {
    pub facts: Facts,
    pub today: Option<chrono::NaiveDate>,
}

/// Reads the facts from a scenario, facts or case file.
pub(super) fn read_facts(path: &std::path::Path, lang: Lang) -> Result<Facts, CliError> {
    read_input(path, lang).map(|i| i.facts)
}

fn read_input(path: &std::path::Path, lang: Lang) -> Result<Input, CliError> {
    let file = path.display().to_string();
    // UTF-8 with or without a byte-order mark, or UTF-16 with one.
    let bytes = std::fs::read(path).map_err(|e| {
        CliError::input(tr(
            lang,
            "check-file-read",
            &[
                ("file", file.clone().into()),
                ("error", klagehjelp::i18n::io_reason(lang, &e).into()),
            ],
        ))
    })?;
    let bad = |error: String| {
        CliError::input(tr(
            lang,
            "check-file-json",
            &[("file", file.clone().into()), ("error", error.into())],
        ))
    };
    let text = klagehjelp::fsutil::decode_text_limited(&bytes, klagehjelp::case::MAX_FILE_BYTES)
        .map_err(|e| {
            use klagehjelp::i18n::UserFacing;
            bad(e.message(lang))
        })?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
    if value.get("format").is_some() {
        let case = Case::from_json(&text).map_err(|e| {
            use klagehjelp::i18n::UserFacing;
            bad(e.message(lang))
        })?;
        return Ok(Input {
            facts: case.facts_for_check(),
            today: None,
        });
    }
    let today = match value.get("today") {
        Some(serde_json::Value::String(s)) => Some(super::parse_date_in(lang, "today", s)?),
        _ => None,
    };
    let facts = value.get("facts").cloned().unwrap_or(value);
    let facts: Facts = serde_json::from_value(facts).map_err(|e| bad(e.to_string()))?;
    if !facts.unknown.is_empty() {
        // A misspelt fact is not used: say so loudly (stderr), so it is never
        // mistaken for an answer; the check still runs on the facts it knows.
        let names = facts.unknown.keys().cloned().collect::<Vec<_>>().join(", ");
        eprintln!(
            "{}",
            tr(lang, "check-unknown-facts", &[("facts", names.into())])
        );
    }
    Ok(Input { facts, today })
}

fn marker(s: Status) -> &'static str {
    match s {
        Status::Met => "✓",
        Status::NotMet => "✗",
        Status::NotApplicable => "–",
        Status::NeedsAssessment => "!",
        Status::Unknown => "?",
    }
}

/// Wraps `text` at [`WIDTH`], the first line after `first`, the others
/// indented by `indent` spaces.
fn wrap(out: &mut String, first: &str, indent: usize, text: &str) {
    let mut line = first.to_string();
    let mut len = line.chars().count();
    let mut fresh = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let wl = word.chars().count();
        if !fresh && len + 1 + wl > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            line = " ".repeat(indent);
            len = indent;
            fresh = true;
        }
        if !fresh {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += wl;
        fresh = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

fn block(out: &mut String, c: &Card, lang: Lang) {
    let head = format!(
        "{} {}: {} ({})",
        marker(c.status),
        c.title,
        c.status_label,
        c.source
    );
    wrap(out, "", 2, &head);
    if c.status == Status::Met && c.figure.is_none() && c.notes.is_empty() {
        return;
    }
    wrap(out, "  ", 2, &c.why);
    for line in c
        .figure
        .iter()
        .chain(&c.shortfall)
        .chain(&c.met_from)
        .chain(&c.notes)
        .chain(&c.later)
    {
        wrap(out, "  ", 2, line);
    }
    if !c.missing.is_empty() {
        let facts = c
            .missing
            .iter()
            .map(|m| m.text.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let line = tr(lang, "law-missing", &[("facts", facts.into())]);
        // An unknown result already says this as its "why".
        if line != c.why {
            wrap(out, "  ", 2, &line);
        }
    }
    if !c.exceptions.is_empty() {
        out.push_str(&format!("  {}\n", t(lang, "law-exceptions-heading")));
        for e in &c.exceptions {
            wrap(out, "  • ", 4, &e.text);
        }
    }
    if !c.documents.is_empty() || !c.document_notes.is_empty() {
        out.push_str(&format!("  {}\n", t(lang, "law-documents-heading")));
        for d in c.documents.iter().chain(&c.document_notes) {
            wrap(out, "  • ", 4, &d.text);
        }
    }
}

/// The human-readable report: one block per requirement and named ground.
fn human(check: &Check, lang: Lang) -> String {
    let cards = render::cards(check, lang);
    let mut out = String::new();
    out.push_str(&t(lang, "check-heading"));
    out.push('\n');
    // Dates formatted for the language the sentence is shown in.
    let shown = klagehjelp::i18n::shown_in(lang, "check-assessed");
    wrap(
        &mut out,
        "",
        0,
        &tr(
            lang,
            "check-assessed",
            &[
                ("date", fmt::date_long(shown, check.assessment_date).into()),
                ("rules", fmt::date_long(shown, check.rules_as_of).into()),
            ],
        ),
    );
    out.push('\n');
    for c in &cards {
        block(&mut out, c, lang);
    }
    let later = render::later_lines(check, lang);
    if !later.is_empty() {
        out.push('\n');
        for l in &later {
            wrap(&mut out, "", 0, l);
        }
    }
    let attention = cards.iter().filter(|c| c.status.needs_attention()).count();
    out.push('\n');
    out.push_str(&tr(
        lang,
        "check-summary",
        &[("attention", FluentValue::from(attention))],
    ));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_width_with_indent() {
        let mut s = String::new();
        wrap(&mut s, "  • ", 4, &"ord ".repeat(40));
        for (i, l) in s.lines().enumerate() {
            assert!(l.chars().count() <= WIDTH, "{l}");
            if i > 0 {
                assert!(l.starts_with("    o"), "{l:?}");
            }
        }
        assert!(s.lines().count() > 1);
    }
}
