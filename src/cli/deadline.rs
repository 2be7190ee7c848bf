//! `klagehjelp deadline`: the klage deadline, its status today, and what to do.
//!
//! Human output: the date first and large, days left and status, why this
//! date (each step with its statute), then what to do. `--json` prints the
//! whole report; `--ics FILE` also writes a calendar event.
use super::{CliError, CliResult, DeadlineArgs, parse_date_in, today_in};
use klagehjelp::Lang;
use klagehjelp::deadline::{DeadlineInput, DeadlineReport, compute_with};
use klagehjelp::fmt::{date_with_weekday, plain_spaces};
use klagehjelp::i18n::{FluentValue, UserFacing, t, tr};
use std::path::Path;

/// Width for wrapping the human output.
const WIDTH: usize = 78;

pub fn run(args: &DeadlineArgs, lang: Lang) -> CliResult {
    let received = parse_date_in(lang, "--received", &args.received)?;
    let stated = args
        .stated
        .as_deref()
        .map(|s| parse_date_in(lang, "--stated", s))
        .transpose()?;
    let decided = args
        .decided
        .as_deref()
        .map(|s| parse_date_in(lang, "--decided", s))
        .transpose()?;
    let today = today_in(lang, args.today.as_deref())?;
    let report = compute_with(
        &DeadlineInput {
            received,
            stated,
            decided,
            today,
        },
        args.stated_confirmed,
    )
    .map_err(|e| {
        let option = match e {
            klagehjelp::deadline::DeadlineError::DecidedAfterReceived { .. } => "--decided",
            _ => "--received",
        };
        CliError::input(format!("{option}: {}", e.message(lang)))
    })?;

    if let Some(path) = &args.ics {
        write_ics(path, &report, lang)?;
    }
    let out = if args.json {
        json(&report, lang, args.ics.as_deref())
    } else {
        human(&report, lang, args.ics.as_deref())
    };
    print!("{}", plain_spaces(&out));
    Ok(())
}

fn write_ics(path: &Path, report: &DeadlineReport, lang: Lang) -> CliResult {
    let text = klagehjelp::ics::deadline_calendar(report, lang);
    klagehjelp::fsutil::write_atomic(path, text.as_bytes()).map_err(|e| {
        CliError::Failure(tr(
            lang,
            "cli-write-failed",
            &[
                ("path", FluentValue::from(path.display().to_string())),
                ("error", FluentValue::from(e.to_string())),
            ],
        ))
    })
}

/// The JSON output: the report, plus the names of the CLI contract
/// (`deadline`, `effective_deadline`, `notes`) and the explanation.
fn json(report: &DeadlineReport, lang: Lang, ics: Option<&Path>) -> String {
    let mut v = serde_json::to_value(report).unwrap_or_default();
    let e = report.explain(lang);
    if let Some(m) = v.as_object_mut() {
        m.insert("deadline".into(), report.computed.to_string().into());
        m.insert(
            "effective_deadline".into(),
            report.effective.to_string().into(),
        );
        m.insert("notes".into(), report.notes(lang).into());
        m.insert("lang".into(), lang.code().into());
        m.insert(
            "explanation".into(),
            serde_json::to_value(&e).unwrap_or_default(),
        );
        m.insert(
            "ics_file".into(),
            ics.map(|p| p.display().to_string()).into(),
        );
    }
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// Whether a line must not break after `word`: a section sign, or a number
/// such as the day of a date ("22." / "22"), so "§ 29" and "22. april" stay whole.
fn glues_to_next(word: &str) -> bool {
    matches!(word, "§" | "§§" | "nr.")
        || (!word.is_empty()
            && word
                .trim_end_matches('.')
                .bytes()
                .all(|b| b.is_ascii_digit()))
}

/// Wraps `text` at [`WIDTH`] columns: the first line after `first`, the rest
/// after `rest` (both prefixes count toward the width).
pub(super) fn wrap(text: &str, first: &str, rest: &str) -> String {
    // Join glued words with a no-break space first, then break at spaces.
    let mut words: Vec<String> = Vec::new();
    let mut glue = false;
    for w in text.split(' ').filter(|w| !w.is_empty()) {
        match words.last_mut() {
            Some(last) if glue => {
                last.push('\u{a0}');
                last.push_str(w);
            }
            _ => words.push(w.to_string()),
        }
        glue = glues_to_next(w);
    }
    let mut out = String::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in &words {
        let len = line.chars().count() + 1 + word.chars().count();
        if !empty && len > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            line = rest.to_string();
        }
        if !line.is_empty() && !line.ends_with(' ') {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    plain_spaces(&out)
}

fn human(report: &DeadlineReport, lang: Lang, ics: Option<&Path>) -> String {
    let e = report.explain(lang);
    let mut out = String::new();
    out.push_str(&e.headline.to_uppercase());
    out.push('\n');
    out.push_str(&"=".repeat(e.headline.chars().count()));
    out.push('\n');
    out.push_str(&wrap(
        &format!(
            "{} {}: {}.",
            e.status_line,
            t(lang, "deadline-status-label"),
            report.status.label(lang)
        ),
        "",
        "",
    ));
    if let Some(stated) = report.stated {
        out.push_str(&format!(
            "{}: {}\n{}: {}\n",
            t(lang, "deadline-computed-label"),
            date_with_weekday(lang, report.computed),
            t(lang, "deadline-stated-label"),
            date_with_weekday(lang, stated)
        ));
    }
    for (heading, items) in [
        (t(lang, "deadline-heading-todo"), &e.todo),
        (t(lang, "deadline-heading-why"), &e.why),
    ] {
        out.push('\n');
        out.push_str(&heading);
        out.push('\n');
        for item in items {
            out.push_str(&wrap(item, "-", "  "));
        }
    }
    if let Some(path) = ics {
        out.push('\n');
        out.push_str(&tr(
            lang,
            "cli-file-written",
            &[("path", FluentValue::from(path.display().to_string()))],
        ));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_lines_short_and_words_whole() {
        let text = "word ".repeat(40);
        let w = wrap(&text, "-", "  ");
        assert!(w.lines().all(|l| l.chars().count() <= WIDTH), "{w}");
        assert_eq!(w.split_whitespace().filter(|x| *x == "word").count(), 40);
        assert!(w.starts_with("- word"), "{w}");
        assert!(w.lines().nth(1).unwrap().starts_with("  word"), "{w}");
        let d = wrap(
            &format!("{}fristen er 22. april 2025 (fvl. § 29)", "x ".repeat(31)),
            "",
            "",
        );
        assert!(
            d.lines().all(|l| !l.ends_with("22.") && !l.ends_with('§')),
            "{d}"
        );
    }
}
