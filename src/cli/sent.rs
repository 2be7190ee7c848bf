//! `klagehjelp sent CASE [--date D --channel C [--receipt R]]
//! [--changed-in-favour D] [--ics FILE]`: records when and how the klage was
//! sent, and the day a changed decision arrived (kept in the case file,
//! written atomically), and prints the record, the day to follow up and the letters
//! that can follow. Everything comes from `klagehjelp::session`; this only
//! reads, writes and prints.
use super::deadline::wrap;
use super::{CliError, CliResult, SentArgs, today_in};
use klagehjelp::Lang;
use klagehjelp::fmt::plain_spaces;
use klagehjelp::i18n::{FluentValue, UserFacing, t, tr};
use klagehjelp::session;

pub fn run(args: &SentArgs, lang: Lang) -> CliResult {
    let today = today_in(lang, args.today.as_deref())?;
    let mut case = super::read_case(&args.case, lang)?;
    let mut changed = false;
    if let (Some(date), Some(channel)) = (&args.date, &args.channel) {
        session::record_sent(&mut case, date, channel, &args.receipt, today)
            .map_err(|e| CliError::input(format!("{}: {}", e.field(), e.message(lang))))?;
        changed = true;
    }
    if let Some(date) = &args.changed_in_favour {
        session::record_changed_in_favour(&mut case, date, today)
            .map_err(|e| CliError::input(format!("{}: {}", e.field(), e.message(lang))))?;
        changed = true;
    }
    if changed {
        klagehjelp::fsutil::write_atomic(&args.case, case.to_json().as_bytes()).map_err(|e| {
            CliError::Failure(tr(
                lang,
                "cli-sent-write-failed",
                &[
                    ("path", FluentValue::from(args.case.display().to_string())),
                    (
                        "error",
                        FluentValue::from(klagehjelp::i18n::io_reason(lang, &e)),
                    ),
                ],
            ))
        })?;
    }
    let v = session::after_view(&case, lang, today);
    if let Some(ics_path) = &args.ics {
        let ics = session::follow_up_calendar(&case, lang, today)
            .ok_or_else(|| CliError::input(t(lang, "ui-sent-no-follow-up")))?;
        klagehjelp::fsutil::write_atomic(ics_path, ics.as_bytes()).map_err(|e| {
            CliError::Failure(tr(
                lang,
                "cli-sent-write-failed",
                &[
                    ("path", FluentValue::from(ics_path.display().to_string())),
                    ("error", FluentValue::from(e.to_string())),
                ],
            ))
        })?;
    }
    let out = if args.json {
        let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
        s.push('\n');
        s
    } else {
        human(&v, lang)
    };
    print!("{}", plain_spaces(&out));
    Ok(())
}

fn human(v: &session::AfterView, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(&t(lang, "ui-sent-title"));
    out.push('\n');
    if v.sent.is_some() {
        out.push_str(&wrap(&v.sent_text, "", ""));
        match &v.follow_up {
            Some(f) => {
                out.push('\n');
                out.push_str(&t(lang, "ui-sent-follow-up-title"));
                out.push('\n');
                out.push_str(&wrap(&f.text, "- ", "  "));
                for s in &f.sources {
                    out.push_str(&wrap(s, "  ", "  "));
                }
            }
            None => out.push_str(&wrap(&t(lang, "ui-sent-no-follow-up-route"), "", "")),
        }
    } else {
        out.push_str(&wrap(&t(lang, "ui-sent-hint"), "", ""));
        let channels = v
            .channels
            .iter()
            .map(|c| format!("{} ({})", c.code, c.label))
            .collect::<Vec<_>>()
            .join(", ");
        out.push_str(&wrap(
            &tr(
                lang,
                "cli-sent-how",
                &[("channels", FluentValue::from(channels))],
            ),
            "",
            "",
        ));
    }
    out.push('\n');
    out.push_str(&t(lang, "ui-after-letters-title"));
    out.push('\n');
    for o in &v.letters {
        let head = format!("{} (--kind {})", o.title, o.kind.code());
        out.push_str(&wrap(&head, "- ", "  "));
        out.push_str(&wrap(&o.explain, "  ", "  "));
        if !o.last_day_long.is_empty() {
            out.push_str(&wrap(
                &tr(
                    lang,
                    "ui-after-last-day",
                    &[("date", FluentValue::from(o.last_day_long.clone()))],
                ),
                "  ",
                "  ",
            ));
        }
        if !o.available {
            out.push_str(&wrap(&o.reason, "  ", "  "));
        }
    }
    out
}
