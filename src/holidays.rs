//! Days on which a Norwegian klage deadline cannot end: Saturdays, Sundays,
//! the helligdager of helligdagsloven § 2 and the høgtidsdager 1 and 17 May
//! (lov 26. april 1947 nr. 1 § 1), as used by domstolloven § 149 (via fvl. § 30).
//!
//! The list is data (`data/closed-days.toml`), each entry with its statute and
//! a URL. Easter Sunday is computed with the Gregorian computus
//! (Meeus/Jones/Butcher); the movable holidays are offsets from it.
//!
//! 24 and 31 December are *not* closed days in Norwegian law; they are listed
//! as "warn only" days (offices may be closed), see [`warn_only`].
use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// What kind of rule makes a day closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A day of the week (Saturday, Sunday).
    Weekday,
    /// The same date every year (1 January, 1 and 17 May, 25 and 26 December).
    Fixed,
    /// An offset from Easter Sunday.
    Easter,
    /// Not closed: a day that only gets a warning (24 and 31 December).
    WarnOnly,
}

/// One rule of the closed-day table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClosedRule {
    /// Stable id, also the Fluent message `closed-<id>` that names the day.
    pub id: String,
    pub kind: Kind,
    /// The statute, e.g. "helligdagsloven § 2 c".
    pub source: String,
    /// Where the statute can be read.
    pub url: String,
    #[serde(skip)]
    matcher: Matcher,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Matcher {
    Weekday(Weekday),
    Fixed { month: u32, day: u32 },
    Easter(i64),
}

impl ClosedRule {
    /// Whether this rule applies to `date`.
    pub fn matches(&self, date: NaiveDate) -> bool {
        match self.matcher {
            Matcher::Weekday(w) => date.weekday() == w,
            Matcher::Fixed { month, day } => date.month() == month && date.day() == day,
            Matcher::Easter(offset) => easter_sunday(date.year())
                .is_some_and(|e| date.signed_duration_since(e).num_days() == offset),
        }
    }

    /// The date this rule falls on in `year` (`None` for weekday rules).
    pub fn date_in(&self, year: i32) -> Option<NaiveDate> {
        match self.matcher {
            Matcher::Weekday(_) => None,
            Matcher::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month, day),
            Matcher::Easter(offset) => {
                let e = easter_sunday(year)?;
                if offset >= 0 {
                    e.checked_add_days(Days::new(offset.unsigned_abs()))
                } else {
                    e.checked_sub_days(Days::new(offset.unsigned_abs()))
                }
            }
        }
    }
}

/// The rule that gives the length of the deadline and the rule that moves it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineRule {
    /// Length of the klage deadline in weeks (fvl. § 29).
    pub weeks: u64,
    pub weeks_source: String,
    pub weeks_url: String,
    /// The rule that moves a deadline off a closed day (domstolloven § 149).
    pub move_source: String,
    pub move_url: String,
}

/// The parsed table.
#[derive(Debug)]
pub struct Table {
    pub rule: DeadlineRule,
    /// Specific holidays first (fixed and Easter-based), then weekdays, so the
    /// first match is the most specific name for a day.
    pub closed: Vec<ClosedRule>,
    pub warn_only: Vec<ClosedRule>,
}

mod raw {
    use serde::Deserialize;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct File {
        pub rule: Rule,
        pub weekday: Vec<WeekdayRule>,
        pub fixed: Vec<FixedRule>,
        pub easter: Vec<EasterRule>,
        pub warn_only: Vec<FixedRule>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Rule {
        pub weeks: u64,
        pub weeks_source: String,
        pub weeks_url: String,
        pub move_source: String,
        pub move_url: String,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct WeekdayRule {
        pub id: String,
        pub weekday: String,
        pub source: String,
        pub url: String,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct FixedRule {
        pub id: String,
        pub month: u32,
        pub day: u32,
        pub source: String,
        pub url: String,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct EasterRule {
        pub id: String,
        pub offset: i64,
        pub source: String,
        pub url: String,
    }
}

/// The embedded data file (`data/closed-days.toml`, as JSON: build.rs).
const SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/closed-days.json"));

/// The table from the data file as JSON.
fn parse(src: &str) -> Result<Table, String> {
    checked(serde_json::from_str(src).map_err(|e| e.to_string())?)
}

/// The table from the rules as written, checking each.
fn checked(f: raw::File) -> Result<Table, String> {
    let mut closed = Vec::new();
    let fixed = |r: raw::FixedRule, kind: Kind| -> Result<ClosedRule, String> {
        NaiveDate::from_ymd_opt(2000, r.month, r.day)
            .ok_or_else(|| format!("{}: no such date {}-{}", r.id, r.month, r.day))?;
        Ok(ClosedRule {
            id: r.id,
            kind,
            source: r.source,
            url: r.url,
            matcher: Matcher::Fixed {
                month: r.month,
                day: r.day,
            },
        })
    };
    for r in f.fixed {
        closed.push(fixed(r, Kind::Fixed)?);
    }
    for r in f.easter {
        closed.push(ClosedRule {
            id: r.id,
            kind: Kind::Easter,
            source: r.source,
            url: r.url,
            matcher: Matcher::Easter(r.offset),
        });
    }
    for r in f.weekday {
        let w: Weekday = r
            .weekday
            .parse()
            .map_err(|_| format!("{}: unknown weekday {}", r.id, r.weekday))?;
        closed.push(ClosedRule {
            id: r.id,
            kind: Kind::Weekday,
            source: r.source,
            url: r.url,
            matcher: Matcher::Weekday(w),
        });
    }
    let warn_only = f
        .warn_only
        .into_iter()
        .map(|r| fixed(r, Kind::WarnOnly))
        .collect::<Result<_, _>>()?;
    let r = f.rule;
    Ok(Table {
        rule: DeadlineRule {
            weeks: r.weeks,
            weeks_source: r.weeks_source,
            weeks_url: r.weeks_url,
            move_source: r.move_source,
            move_url: r.move_url,
        },
        closed,
        warn_only,
    })
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    // The file is embedded and checked by a unit test, so this cannot fail in a release.
    parse(SOURCE).unwrap_or_else(|e| panic!("data/closed-days.toml: {e}"))
});

/// The closed-day table.
pub fn table() -> &'static Table {
    &TABLE
}

/// Easter Sunday in the Gregorian calendar (Meeus/Jones/Butcher), or `None`
/// for a year chrono cannot represent.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// All reasons why `date` is closed, most specific first (a holiday before
/// "Sunday"). Empty on an ordinary working day.
pub fn closed_reasons(date: NaiveDate) -> Vec<&'static ClosedRule> {
    table().closed.iter().filter(|r| r.matches(date)).collect()
}

/// The most specific reason why `date` is closed, if it is.
pub fn closed_reason(date: NaiveDate) -> Option<&'static ClosedRule> {
    table().closed.iter().find(|r| r.matches(date))
}

/// Whether a deadline cannot end on `date` (domstolloven § 149).
pub fn is_closed(date: NaiveDate) -> bool {
    closed_reason(date).is_some()
}

/// A day that does not move a deadline but gets a warning (24 and 31 December).
pub fn warn_only(date: NaiveDate) -> Option<&'static ClosedRule> {
    table().warn_only.iter().find(|r| r.matches(date))
}

/// The named holidays (helligdager and høgtidsdager, not ordinary weekends) of
/// `year`, sorted by date.
pub fn holidays(year: i32) -> Vec<(NaiveDate, &'static ClosedRule)> {
    let mut v: Vec<_> = table()
        .closed
        .iter()
        .filter(|r| r.kind != Kind::Weekday)
        .filter_map(|r| r.date_in(year).map(|d| (d, r)))
        .collect();
    v.sort_by_key(|(d, _)| *d);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn data_file_parses_and_has_sources() {
        let t = parse(SOURCE).expect("closed-days.toml parses");
        assert_eq!(t.rule.weeks, 3);
        assert_eq!(t.closed.len(), 14);
        assert_eq!(t.warn_only.len(), 2);
        for r in t.closed.iter().chain(&t.warn_only) {
            assert!(!r.source.is_empty(), "{} has no source", r.id);
            assert!(r.url.starts_with("https://"), "{} has no URL", r.id);
        }
    }

    #[test]
    fn easter_known_years() {
        // Well-known Easter Sundays, including the extremes 22 March and 25 April.
        for (y, e) in [
            (1818, "1818-03-22"),
            (1943, "1943-04-25"),
            (2000, "2000-04-23"),
            (2008, "2008-03-23"),
            (2025, "2025-04-20"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter_sunday(y), Some(d(e)), "{y}");
        }
    }

    #[test]
    fn easter_is_a_sunday_in_range() {
        for y in 1583..=4099 {
            let e = easter_sunday(y).unwrap();
            assert_eq!(e.weekday(), Weekday::Sun, "{y}");
            assert!(e >= NaiveDate::from_ymd_opt(y, 3, 22).unwrap());
            assert!(e <= NaiveDate::from_ymd_opt(y, 4, 25).unwrap());
        }
    }

    #[test]
    fn most_specific_reason_first() {
        assert_eq!(
            closed_reason(d("2025-04-20")).unwrap().id,
            "forste_paaskedag"
        );
        assert_eq!(closed_reasons(d("2025-04-20")).len(), 2);
        assert_eq!(closed_reason(d("2026-05-17")).unwrap().id, "may17");
        assert_eq!(closed_reason(d("2025-04-19")).unwrap().id, "saturday");
        assert_eq!(closed_reason(d("2025-04-22")), None);
    }

    #[test]
    fn christmas_eve_and_new_years_eve_are_not_closed() {
        assert!(!is_closed(d("2025-12-24")));
        assert!(!is_closed(d("2025-12-31")));
        assert_eq!(warn_only(d("2025-12-24")).unwrap().id, "julaften");
        assert_eq!(warn_only(d("2025-12-31")).unwrap().id, "nyttarsaften");
        assert_eq!(warn_only(d("2025-12-23")), None);
    }

    #[test]
    fn bad_data_is_refused() {
        let toml_source = include_str!("../data/closed-days.toml");
        let from_toml = |src: &str| checked(toml::from_str(src).map_err(|e| e.to_string())?);
        assert_eq!(
            from_toml(toml_source).map(|t| t.closed.len()),
            parse(SOURCE).map(|t| t.closed.len()),
            "the embedded JSON is the TOML file"
        );
        let broken = toml_source.replace("month = 12\nday = 26", "month = 2\nday = 30");
        assert!(from_toml(&broken).is_err());
        let broken = toml_source.replace("weekday = \"sat\"", "weekday = \"caturday\"");
        assert!(from_toml(&broken).is_err());
    }
}
