//! Every dated amount the check uses (utf. §§ 10-8, 10-9; NAV's G), as data
//! in `data/figures.json`, each row with its source key and whether UDI
//! printed it (`udi`) or Klagehjelp computed it from G (`computed`).
//!
//! A figure is an interval `[lo, hi]`: for UDI's rows lo = hi; for computed
//! rows lo is the product rounded to the nearest krone and hi the product
//! rounded up, since UDI has been seen to round both ways (requirements.md
//! § 2.5). A date or income year with no row has no figure: nothing is
//! extrapolated.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Whether UDI printed a figure or Klagehjelp computed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Udi,
    Computed,
}

/// One dated figure.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Row {
    #[serde(default)]
    pub regime: Option<String>,
    #[serde(default)]
    pub valid_from: Option<NaiveDate>,
    #[serde(default)]
    pub valid_to: Option<NaiveDate>,
    #[serde(default)]
    pub income_year: Option<i32>,
    pub interval: [u64; 2],
    pub kind: Kind,
    pub source: String,
    #[serde(default)]
    pub conflict: bool,
    /// For computed rows: the multiplier, as printed ("3.2").
    #[serde(default)]
    pub multiplier: Option<String>,
    /// For computed rows: the G (or average G) multiplied.
    #[serde(default)]
    pub g: Option<u64>,
}

/// The basic amount G from a date, and the average G of its calendar year.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GRow {
    pub valid_from: NaiveDate,
    pub g: u64,
    pub avg_year: i32,
    pub avg_g: u64,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Disability {
    pub married_or_cohabiting: Vec<Row>,
    pub married_converted: Vec<Row>,
    pub single: Vec<Row>,
}

/// The whole table.
#[derive(Debug, Clone, Deserialize)]
pub struct Figures {
    /// The date the figures were last checked against the sources: letters
    /// carry it as "regelgrunnlag per …".
    pub as_of: NaiveDate,
    pub g: Vec<GRow>,
    pub future: Vec<Row>,
    pub past: Vec<Row>,
    pub retirement: Vec<Row>,
    pub disability: Disability,
}

const DATA: &str = include_str!("../../data/figures.json");

/// The embedded table (checked by the tests; a broken file fails the build's tests).
pub fn figures() -> &'static Figures {
    static F: OnceLock<Figures> = OnceLock::new();
    F.get_or_init(|| serde_json::from_str(DATA).expect("data/figures.json is valid"))
}

/// The date of the rules and figures (figures.md's date).
pub fn as_of() -> NaiveDate {
    figures().as_of
}

fn in_period(r: &Row, date: NaiveDate) -> bool {
    r.valid_from.is_some_and(|f| f <= date) && r.valid_to.is_none_or(|t| date <= t)
}

/// The future-income figure F(regime, date), utf. § 10-8.
pub fn future(regime: &str, date: NaiveDate) -> Option<&'static Row> {
    figures()
        .future
        .iter()
        .find(|r| r.regime.as_deref() == Some(regime) && in_period(r, date))
}

/// The past-income figure P(regime, income year), utf. § 10-9.
pub fn past(regime: &str, income_year: i32) -> Option<&'static Row> {
    figures()
        .past
        .iter()
        .find(|r| r.regime.as_deref() == Some(regime) && r.income_year == Some(income_year))
}

/// The retirement-pension figure on `date` (utf. § 10-8 second paragraph).
pub fn retirement(date: NaiveDate) -> Option<&'static Row> {
    figures().retirement.iter().find(|r| in_period(r, date))
}

/// The disability-benefit figure for NAV's rate category on `date`.
pub fn disability(
    rate: crate::law::facts::DisabilityRate,
    date: NaiveDate,
) -> Option<&'static Row> {
    use crate::law::facts::DisabilityRate::*;
    let d = &figures().disability;
    let rows = match rate {
        MarriedOrCohabiting => &d.married_or_cohabiting,
        MarriedConverted => &d.married_converted,
        Single => &d.single,
    };
    rows.iter().find(|r| in_period(r, date))
}

/// Whether a past-income figure exists for decisions from 1 January of
/// `year` (the income year before).
pub fn past_known_for_decisions_in(year: i32) -> bool {
    figures()
        .past
        .iter()
        .any(|r| r.income_year == Some(year - 1))
}

/// Whether future-income figures exist from 1 May of `year`.
pub fn future_known_from_may(year: i32) -> bool {
    let may = NaiveDate::from_ymd_opt(year, 5, 1);
    figures().future.iter().any(|r| r.valid_from == may)
}

/// The outcome of comparing an amount with a figure (requirements.md § 2.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Met,
    NotMet,
    /// Inside UDI's unpublished rounding: `unknown`.
    Band,
    /// Inside a row where UDI's figure and the computed one disagree: `needs_assessment`.
    Conflict,
}

impl Row {
    pub fn compare(&self, amount: u64) -> Cmp {
        let [lo, hi] = self.interval;
        if amount >= hi {
            Cmp::Met
        } else if amount < lo {
            Cmp::NotMet
        } else if self.conflict {
            Cmp::Conflict
        } else {
            Cmp::Band
        }
    }
    pub fn lo(&self) -> u64 {
        self.interval[0]
    }
    pub fn hi(&self) -> u64 {
        self.interval[1]
    }
}

/// multiplier × amount as [nearest krone, rounded up], in exact integer
/// arithmetic on the multiplier's decimal digits ("3.2" × 136 549).
pub fn computed_interval(multiplier: &str, amount: u64) -> Option<[u64; 2]> {
    let (int, frac) = multiplier.split_once('.').unwrap_or((multiplier, ""));
    let scale = 10u64.checked_pow(frac.len() as u32)?;
    let m: u64 = format!("{int}{frac}").parse().ok()?;
    let product = m.checked_mul(amount)?;
    let floor = product / scale;
    let rem = product % scale;
    let ceil = if rem > 0 { floor + 1 } else { floor };
    let nearest = if rem * 2 >= scale { floor + 1 } else { floor };
    Some([nearest, ceil])
}

/// The first day of the month of `d`'s year: helper for period ends.
pub fn year_of(d: NaiveDate) -> i32 {
    d.year()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn every_computed_row_is_multiplier_times_g() {
        let f = figures();
        let all = f
            .future
            .iter()
            .chain(&f.past)
            .chain(&f.retirement)
            .chain(&f.disability.married_or_cohabiting)
            .chain(&f.disability.married_converted)
            .chain(&f.disability.single);
        let mut n = 0;
        for r in all.filter(|r| r.kind == Kind::Computed) {
            let m = r.multiplier.as_deref().expect("multiplier");
            let g = r.g.expect("g");
            assert_eq!(computed_interval(m, g), Some(r.interval), "{r:?}");
            // The G used is NAV's G (or average G) of the table.
            assert!(f.g.iter().any(|x| x.g == g || x.avg_g == g), "{r:?}");
            n += 1;
        }
        assert!(n >= 8, "{n} computed rows");
    }

    #[test]
    fn udi_rows_are_single_amounts_unless_in_conflict() {
        let f = figures();
        for r in f.future.iter().chain(&f.past).chain(&f.retirement) {
            if r.kind == Kind::Udi && !r.conflict {
                assert_eq!(r.lo(), r.hi(), "{r:?}");
            }
        }
    }

    #[test]
    fn periods_and_years() {
        assert_eq!(future("g32", d("2026-04-30")).unwrap().hi(), 416_512);
        assert_eq!(
            future("g32", d("2026-05-01")).unwrap().interval,
            [436_957, 436_957]
        );
        assert_eq!(
            future("g27", d("2026-05-01")).unwrap().interval,
            [368_682, 368_683]
        );
        assert!(future("g32", d("2027-05-01")).is_none());
        assert!(future("g27", d("2020-01-01")).is_none());
        assert_eq!(past("avg_g32", 2025).unwrap().hi(), 409_972);
        assert!(past("avg_g27", 2019).is_none());
        assert!(retirement(d("2026-05-01")).is_none());
        assert!(past_known_for_decisions_in(2027));
        assert!(!past_known_for_decisions_in(2028));
        assert!(future_known_from_may(2026));
        assert!(!future_known_from_may(2027));
    }

    #[test]
    fn comparison_with_bands_and_conflicts() {
        let band = future("g27", d("2026-06-01")).unwrap();
        assert_eq!(band.compare(368_683), Cmp::Met);
        assert_eq!(band.compare(368_682), Cmp::Band);
        assert_eq!(band.compare(368_681), Cmp::NotMet);
        let conflict = disability(
            crate::law::facts::DisabilityRate::MarriedConverted,
            d("2025-01-01"),
        )
        .unwrap();
        assert_eq!(conflict.compare(288_500), Cmp::Conflict);
        assert_eq!(conflict.compare(288_986), Cmp::Met);
    }

    #[test]
    fn rounding_is_exact() {
        assert_eq!(computed_interval("3.2", 136_549), Some([436_957, 436_957]));
        assert_eq!(computed_interval("2.7", 136_549), Some([368_682, 368_683]));
        assert_eq!(computed_interval("2.28", 130_160), Some([296_765, 296_765]));
        assert_eq!(computed_interval("2", 10), Some([20, 20]));
    }
}
