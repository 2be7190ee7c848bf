//! Three-valued logic with the names of the facts that would decide an
//! unknown (requirements.md § 2.7), and the date arithmetic of § 2.2–2.4.
use super::facts::Facts;
use chrono::{Datelike, Days, Months, NaiveDate};

/// A value, or the facts it needs that are missing.
pub type Need<T> = Result<T, Vec<String>>;

/// The fact's value, or the fact named as missing.
pub fn need<T: Copy>(v: Option<T>, name: &str) -> Need<T> {
    v.ok_or_else(|| vec![name.to_string()])
}

/// Three-valued truth: true, false, or unknown for want of the named facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tri {
    T,
    F,
    U(Vec<String>),
}

impl Tri {
    pub fn of(b: bool) -> Tri {
        if b { Tri::T } else { Tri::F }
    }
    /// From a value that may be missing.
    pub fn from_need(n: Need<bool>) -> Tri {
        match n {
            Ok(b) => Tri::of(b),
            Err(m) => Tri::U(m),
        }
    }
    /// Kleene "and": false wins over unknown.
    pub fn and(self, o: Tri) -> Tri {
        match (self, o) {
            (Tri::F, _) | (_, Tri::F) => Tri::F,
            (Tri::T, Tri::T) => Tri::T,
            (Tri::U(a), Tri::U(b)) => Tri::U(merge(a, b)),
            (Tri::U(a), _) | (_, Tri::U(a)) => Tri::U(a),
        }
    }
    /// Lazy Kleene "and": `o` is only looked at when `self` is not false.
    pub fn and_then(self, o: impl FnOnce() -> Tri) -> Tri {
        if self == Tri::F {
            Tri::F
        } else {
            self.and(o())
        }
    }
}

/// Union of two lists of fact names, in first-seen order.
pub fn merge(mut a: Vec<String>, b: Vec<String>) -> Vec<String> {
    for x in b {
        if !a.contains(&x) {
            a.push(x);
        }
    }
    a
}

/// A list of named conditions checked together (§ 2.7): the first that is
/// true, or the union of the facts missing for those that could not be
/// checked.
pub enum AnyOf<R> {
    Found(R),
    Unknown(Vec<String>),
    None,
}

pub fn any_of<R: Copy>(items: impl IntoIterator<Item = (R, Tri)>) -> AnyOf<R> {
    let mut missing: Vec<String> = vec![];
    for (r, t) in items {
        match t {
            Tri::T => return AnyOf::Found(r),
            Tri::U(m) => missing = merge(missing, m),
            Tri::F => {}
        }
    }
    if missing.is_empty() {
        AnyOf::None
    } else {
        AnyOf::Unknown(missing)
    }
}

/// Age in whole years on `date`; the birthday counts. Born 29 February: a
/// year older on 1 March in other years (requirements.md § 2.2).
pub fn age_on(birth: NaiveDate, date: NaiveDate) -> i32 {
    let mut age = date.year() - birth.year();
    if (date.month(), date.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// The day someone born on `birth` turns `years` (29 February → 1 March).
pub fn birthday(birth: NaiveDate, years: i32) -> NaiveDate {
    let y = birth.year() + years;
    NaiveDate::from_ymd_opt(y, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(y, 3, 1))
        .unwrap_or(NaiveDate::MAX)
}

/// The same day number `n` months later, or the last day of a shorter month
/// (domstolloven § 148 second paragraph; requirements.md § 2.3).
pub fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n))
        .unwrap_or(NaiveDate::MAX)
}

pub fn next_day(d: NaiveDate) -> NaiveDate {
    d.checked_add_days(Days::new(1)).unwrap_or(NaiveDate::MAX)
}

/// The first day on or after `d` that is not a Saturday, Sunday, helligdag
/// (helligdagsloven § 2) or 1/17 May.
pub fn next_working_day(d: NaiveDate) -> NaiveDate {
    let mut x = d;
    while crate::holidays::is_closed(x) {
        x = next_day(x);
    }
    x
}

/// Whether `d` is before the sponsor's entry (requirements.md § 2.4): never
/// for a sponsor who has always lived in Norway.
pub fn before_entry(f: &Facts, d: Option<NaiveDate>, d_name: &str) -> Tri {
    match f.sponsor_always_lived_in_norway {
        Some(true) => Tri::F,
        None => Tri::U(vec!["sponsor_always_lived_in_norway".into()]),
        Some(false) => match (d, f.sponsor_settled_in_norway_date) {
            (Some(d), Some(s)) => Tri::of(d < s),
            (d, s) => {
                let mut m = vec![];
                if d.is_none() {
                    m.push(d_name.to_string());
                }
                if s.is_none() {
                    m.push("sponsor_settled_in_norway_date".to_string());
                }
                Tri::U(m)
            }
        },
    }
}

/// Whether the sponsor had not always lived in Norway (the condition of the
/// "before the move" facts).
pub fn moved_to_norway(f: &Facts) -> Tri {
    match f.sponsor_always_lived_in_norway {
        Some(b) => Tri::of(!b),
        None => Tri::U(vec!["sponsor_always_lived_in_norway".into()]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn months_clamp_to_the_last_day() {
        assert_eq!(add_months(d("2026-03-31"), 6), d("2026-09-30"));
        assert_eq!(add_months(d("2024-08-31"), 6), d("2025-02-28"));
        assert_eq!(add_months(d("2024-02-29"), 12), d("2025-02-28"));
        assert_eq!(add_months(d("2026-01-15"), 12), d("2027-01-15"));
    }

    #[test]
    fn ages_count_the_birthday_and_leap_days() {
        assert_eq!(age_on(d("2002-12-15"), d("2026-12-15")), 24);
        assert_eq!(age_on(d("2002-12-15"), d("2026-12-14")), 23);
        assert_eq!(age_on(d("2004-02-29"), d("2022-02-28")), 17);
        assert_eq!(age_on(d("2004-02-29"), d("2022-03-01")), 18);
        assert_eq!(birthday(d("2004-02-29"), 18), d("2022-03-01"));
        assert_eq!(birthday(d("2004-02-29"), 20), d("2024-02-29"));
    }

    #[test]
    fn kleene_and_any_of() {
        assert_eq!(Tri::U(vec!["a".into()]).and(Tri::F), Tri::F);
        assert_eq!(
            Tri::U(vec!["a".into()]).and(Tri::U(vec!["b".into()])),
            Tri::U(vec!["a".into(), "b".into()])
        );
        assert!(matches!(
            any_of([(1, Tri::U(vec!["x".into()])), (2, Tri::T)]),
            AnyOf::Found(2)
        ));
        assert!(matches!(any_of([(1, Tri::F)]), AnyOf::None));
    }

    #[test]
    fn next_working_day_skips_weekends_and_holidays() {
        // 17 May 2026 is a Sunday; 18 May is a Monday.
        assert_eq!(next_working_day(d("2026-05-16")), d("2026-05-18"));
        assert_eq!(next_working_day(d("2026-05-18")), d("2026-05-18"));
    }
}
