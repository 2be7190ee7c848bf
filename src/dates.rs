//! Dates as people type them, and whether a date is plausible at all.
//!
//! A typo in a year (2062 for 2026, 1026 for 2026) must never become a
//! deadline or go into a letter: a date before 1900 or more than a year
//! after today is refused at the field with a message that says why.
use chrono::{Months, NaiveDate};

/// The earliest date any field of a case may hold.
pub fn earliest() -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).expect("a valid date")
}

/// The latest date any field may hold: one year after `today`.
pub fn latest(today: NaiveDate) -> NaiveDate {
    today
        .checked_add_months(Months::new(12))
        .unwrap_or(NaiveDate::MAX)
}

/// Why a well-formed date is not plausible.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Implausible {
    /// Before 1 January 1900 (a typo in the year, or the year 0).
    TooEarly,
    /// More than a year after today; `limit` is the last plausible day.
    TooLate { limit: NaiveDate },
}

impl Implausible {
    /// The stable code: `date.too_early` or `date.too_late`.
    pub fn code(self) -> &'static str {
        match self {
            Implausible::TooEarly => "date.too_early",
            Implausible::TooLate { .. } => "date.too_late",
        }
    }
}

/// Whether `d` can be a date in a case typed on `today`.
pub fn plausible(d: NaiveDate, today: NaiveDate) -> Result<NaiveDate, Implausible> {
    if d < earliest() {
        return Err(Implausible::TooEarly);
    }
    let limit = latest(today);
    if d > limit {
        return Err(Implausible::TooLate { limit });
    }
    Ok(d)
}

/// Reads a date as people type it: `2026-11-09`, `9.11.2026`, `09.11.2026`,
/// `9/11/2026` (day first, as in Norway). Anything else is `None`, never a
/// guess.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Some(d);
    }
    let parts: Vec<&str> = t.split(['.', '/']).map(str::trim).collect();
    if let [d, m, y] = parts.as_slice()
        && y.len() == 4
        && !d.is_empty()
        && d.len() <= 2
        && !m.is_empty()
        && m.len() <= 2
    {
        return NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn typed_forms() {
        for t in [
            "2026-11-09",
            "9.11.2026",
            "09.11.2026",
            "9/11/2026",
            " 9. 11. 2026 ",
        ] {
            assert_eq!(parse_date(t), Some(d("2026-11-09")), "{t}");
        }
        for t in [
            "",
            "9.11.26",
            "2026-13-01",
            "31.02.2026",
            "9-11-2026",
            "9.11.-2026",
        ] {
            assert_eq!(parse_date(t), None, "{t}");
        }
    }

    #[test]
    fn plausible_dates_only() {
        let today = d("2026-11-12");
        assert_eq!(plausible(d("2026-11-09"), today), Ok(d("2026-11-09")));
        assert_eq!(plausible(d("1900-01-01"), today), Ok(d("1900-01-01")));
        assert_eq!(plausible(d("2027-11-12"), today), Ok(d("2027-11-12")));
        assert_eq!(
            plausible(d("1899-12-31"), today),
            Err(Implausible::TooEarly)
        );
        assert_eq!(
            plausible(d("0000-01-01"), today),
            Err(Implausible::TooEarly)
        );
        assert_eq!(
            plausible(d("2062-11-30"), today),
            Err(Implausible::TooLate {
                limit: d("2027-11-12")
            })
        );
        assert_eq!(latest(NaiveDate::MAX), NaiveDate::MAX);
    }
}
