//! An iCalendar file (RFC 5545) with one all-day event on the klage deadline
//! and two reminders, 7 and 2 days before.
//!
//! The file depends only on its inputs, never on the clock, so the same case
//! gives byte-identical files: the UID comes from the received and effective
//! dates, and DTSTAMP from the received date. Lines end in CRLF and are folded
//! at 75 octets (RFC 5545 § 3.1) without splitting a UTF-8 character.
use crate::Lang;
use crate::deadline::DeadlineReport;
use crate::fmt::date_long;
use crate::i18n::{FluentValue, t, tr};
use chrono::{Days, NaiveDate};

/// Reminders before the deadline day, in days.
pub const REMINDER_DAYS: [u32; 2] = [7, 2];

/// Reminders ring at 09:00 on their day rather than at midnight: the event is
/// an all-day event starting at 00:00, so "7 days before at 09:00" is 6 days
/// and 15 hours before its start.
fn trigger(days: u32) -> String {
    format!("-P{}DT15H", days - 1)
}

/// Escapes a TEXT value (RFC 5545 § 3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line to at most 75 octets per physical line, and ends
/// it with CRLF (RFC 5545 § 3.1).
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0; // octets on the current physical line
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// The stable UID of the deadline event.
pub fn uid(report: &DeadlineReport) -> String {
    format!(
        "klagefrist-{}-{}@klagehjelp",
        ymd(report.received),
        ymd(report.effective)
    )
}

/// The calendar file for the effective deadline of `report`, in `lang`.
///
/// The description holds the reasons for the date and how to send in time,
/// not the status (which changes every day).
pub fn deadline_calendar(report: &DeadlineReport, lang: Lang) -> String {
    let e = report.explain(lang);
    let mut description = vec![e.headline.clone()];
    description.extend(e.why);
    description.extend(report.office_note(lang));
    description.push(t(lang, "deadline-todo-on-time"));
    let description = description.join("\n");
    let date = FluentValue::from(date_long(lang, report.effective));
    let day_after = report
        .effective
        .checked_add_days(Days::new(1))
        .unwrap_or(report.effective);

    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//Klagehjelp//Klagehjelp {}//{}",
            env!("CARGO_PKG_VERSION"),
            lang.code().to_uppercase()
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{}", uid(report)),
        format!("DTSTAMP:{}T000000Z", ymd(report.received)),
        format!("DTSTART;VALUE=DATE:{}", ymd(report.effective)),
        format!("DTEND;VALUE=DATE:{}", ymd(day_after)),
        format!("SUMMARY:{}", escape_text(&t(lang, "ics-summary"))),
        format!("DESCRIPTION:{}", escape_text(&description)),
        "TRANSP:TRANSPARENT".into(),
    ];
    for days in REMINDER_DAYS {
        let text = tr(
            lang,
            &format!("ics-alarm-{days}"),
            &[("date", date.clone())],
        );
        lines.extend([
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            format!("DESCRIPTION:{}", escape_text(&text)),
            format!("TRIGGER:{}", trigger(days)),
            "END:VALARM".into(),
        ]);
    }
    lines.extend(["END:VEVENT".into(), "END:VCALENDAR".into()]);
    lines.iter().map(|l| fold_line(l)).collect()
}

/// A calendar file with one all-day event on `day` and a reminder at 09:00
/// that day: e.g. the day to follow up when UDI's three-week answer duty
/// runs out. `stamp` (a date of the case, never the clock) keeps the file
/// byte-identical for the same case.
pub fn reminder_calendar(
    uid: &str,
    stamp: NaiveDate,
    day: NaiveDate,
    summary: &str,
    description: &str,
    lang: Lang,
) -> String {
    let day_after = day.checked_add_days(Days::new(1)).unwrap_or(day);
    let lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//Klagehjelp//Klagehjelp {}//{}",
            env!("CARGO_PKG_VERSION"),
            lang.code().to_uppercase()
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{}T000000Z", ymd(stamp)),
        format!("DTSTART;VALUE=DATE:{}", ymd(day)),
        format!("DTEND;VALUE=DATE:{}", ymd(day_after)),
        format!("SUMMARY:{}", escape_text(summary)),
        format!("DESCRIPTION:{}", escape_text(description)),
        "TRANSP:TRANSPARENT".into(),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", escape_text(summary)),
        "TRIGGER:PT9H".into(),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ];
    lines.iter().map(|l| fold_line(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::{DeadlineInput, compute};

    fn report() -> DeadlineReport {
        compute(&DeadlineInput {
            received: "2025-03-27".parse().unwrap(),
            stated: None,
            decided: None,
            today: "2025-03-28".parse().unwrap(),
        })
        .unwrap()
    }

    #[test]
    fn folding_keeps_lines_short_and_characters_whole() {
        let long = format!("DESCRIPTION:{}", "æøå ".repeat(60));
        let folded = fold_line(&long);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{long}\r\n"));
    }

    #[test]
    fn escaping() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn stable_and_crlf() {
        let a = deadline_calendar(&report(), Lang::Nb);
        let mut later = report();
        later.today = "2025-04-20".parse().unwrap();
        assert_eq!(
            a,
            deadline_calendar(&later, Lang::Nb),
            "must not depend on today"
        );
        assert!(a.contains("UID:klagefrist-20250327-20250422@klagehjelp\r\n"));
        assert!(a.contains("DTSTART;VALUE=DATE:20250422\r\n"));
        assert!(a.contains("DTSTAMP:20250327T000000Z\r\n"));
        assert_eq!(a.matches("TRIGGER:-P6DT15H\r\n").count(), 1);
        assert_eq!(a.matches("TRIGGER:-P1DT15H\r\n").count(), 1);
        assert!(!a.replace("\r\n", "").contains('\n'), "bare LF");
        assert!(a.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn a_reminder_on_its_day_at_nine() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let a = reminder_calendar(
            "x@klagehjelp",
            d("2026-11-20"),
            d("2026-12-11"),
            "Følg opp, klage",
            "a; b",
            Lang::Nb,
        );
        assert!(a.contains("DTSTART;VALUE=DATE:20261211\r\n"));
        assert!(a.contains("DTEND;VALUE=DATE:20261212\r\n"));
        assert!(a.contains("DTSTAMP:20261120T000000Z\r\n"));
        assert!(a.contains("SUMMARY:Følg opp\\, klage\r\n"));
        assert!(a.contains("TRIGGER:PT9H\r\n"));
        assert!(!a.replace("\r\n", "").contains('\n'), "bare LF");
    }
}
