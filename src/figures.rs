//! Dated income figures of the requirements check (`data/figures.toml`,
//! embedded at build time and parsed once).
//!
//! Every value carries its source URL and the period it is valid for. A date
//! or an income year without a published figure gives [`NoFigure`]: the check
//! then answers `unknown` and asks for the figure stated in the decision.
//! Nothing here guesses or extrapolates.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

const FIGURES_TOML: &str = include_str!("../data/figures.toml");

/// TOML dates (`valid_from = 2025-05-01`) into `NaiveDate`.
mod tdate {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, de::Error};
    use toml::value::Datetime;

    fn convert<E: Error>(dt: Datetime) -> Result<NaiveDate, E> {
        let d = dt
            .date
            .filter(|_| dt.time.is_none())
            .ok_or_else(|| E::custom(format!("expected a date (YYYY-MM-DD), got {dt}")))?;
        NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
            .ok_or_else(|| E::custom(format!("not a calendar date: {dt}")))
    }

    pub fn de<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        convert(Datetime::deserialize(d)?)
    }

    pub fn opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Option::<Datetime>::deserialize(d)?.map(convert).transpose()
    }
}

/// The review block of `data/figures.toml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The day the figures were last compared with the sources ("rules as of").
    #[serde(deserialize_with = "tdate::de")]
    pub reviewed: NaiveDate,
    pub note: String,
}

/// One basic amount (grunnbeløpet, G) and the period it is in force.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GValue {
    pub amount: u64,
    #[serde(deserialize_with = "tdate::de")]
    pub valid_from: NaiveDate,
    #[serde(deserialize_with = "tdate::de")]
    pub valid_to: NaiveDate,
    pub source: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// A future-income regime: which multiplier of G applies, by registration date.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FutureRegime {
    pub id: String,
    #[serde(default, deserialize_with = "tdate::opt")]
    pub registered_from: Option<NaiveDate>,
    #[serde(default, deserialize_with = "tdate::opt")]
    pub registered_before: Option<NaiveDate>,
    pub multiplier: f64,
    pub source: String,
}

/// A past-income regime: which multiplier of the average G applies.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PastRegime {
    pub id: String,
    #[serde(default, deserialize_with = "tdate::opt")]
    pub registered_from: Option<NaiveDate>,
    #[serde(default, deserialize_with = "tdate::opt")]
    pub assessed_from: Option<NaiveDate>,
    pub multiplier: f64,
    pub source: String,
}

/// A future-income figure published by UDI.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FutureFigure {
    pub regime: String,
    #[serde(deserialize_with = "tdate::de")]
    pub valid_from: NaiveDate,
    #[serde(deserialize_with = "tdate::de")]
    pub valid_to: NaiveDate,
    pub amount: u64,
    /// The G the figure is based on (its `valid_from`).
    #[serde(default, deserialize_with = "tdate::opt")]
    pub g_from: Option<NaiveDate>,
    /// A basis other than G, e.g. `lt19_88` (88 % of lønnstrinn 19).
    #[serde(default)]
    pub basis: Option<String>,
    pub source: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// A past-income figure published by UDI for one income year.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PastFigure {
    pub regime: String,
    pub income_year: i32,
    pub amount: u64,
    #[serde(default)]
    pub basis: Option<String>,
    #[serde(default, deserialize_with = "tdate::opt")]
    pub assessed_from: Option<NaiveDate>,
    #[serde(default, deserialize_with = "tdate::opt")]
    pub assessed_to: Option<NaiveDate>,
    pub source: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// All of `data/figures.toml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    pub review: Review,
    pub g: Vec<GValue>,
    pub future_regime: Vec<FutureRegime>,
    pub future_figure: Vec<FutureFigure>,
    pub past_regime: Vec<PastRegime>,
    pub past_figure: Vec<PastFigure>,
}

static FIGURES: LazyLock<Figures> = LazyLock::new(|| {
    toml::from_str(FIGURES_TOML).unwrap_or_else(|e| panic!("data/figures.toml: {e}"))
});

/// The parsed figures file.
pub fn figures() -> &'static Figures {
    &FIGURES
}

/// The date the figures were last reviewed against the sources.
pub fn reviewed() -> NaiveDate {
    figures().review.reviewed
}

/// The G in force on `date`, if the sources have it.
pub fn g_on(date: NaiveDate) -> Option<&'static GValue> {
    figures()
        .g
        .iter()
        .find(|g| g.valid_from <= date && date <= g.valid_to)
}

/// The G that came into force on `valid_from`.
pub fn g_from(valid_from: NaiveDate) -> Option<&'static GValue> {
    figures().g.iter().find(|g| g.valid_from == valid_from)
}

/// The last day any G in the sources is valid.
pub fn g_known_until() -> NaiveDate {
    figures()
        .g
        .iter()
        .map(|g| g.valid_to)
        .max()
        .expect("data/figures.toml has G values")
}

/// The registration date from which the newest future-income regime applies
/// (1 February 2025 in the shipped data).
pub fn regime_change_date() -> NaiveDate {
    figures()
        .future_regime
        .iter()
        .filter_map(|r| r.registered_from)
        .max()
        .expect("data/figures.toml has a regime with registered_from")
}

/// `multiplier × amount`, rounded to the nearest krone, in exact integer
/// arithmetic (the multiplier has one decimal).
pub fn times(multiplier: f64, amount: u64) -> u64 {
    let tenths = (multiplier * 10.0).round() as u64;
    (tenths * amount + 5) / 10
}

/// How a figure was arrived at, for the explanation shown to the user.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Basis {
    /// `multiplier` × the G of `g` that came into force on `g_from`.
    G {
        multiplier: f64,
        g: u64,
        g_from: NaiveDate,
    },
    /// `multiplier` × the average G of the income year.
    AverageG { multiplier: f64, year: i32 },
    /// 88 % of lønnstrinn 19 in the state pay scale (figures before the G rule).
    Lt19,
    /// The figure stated in the decision, entered by the user.
    Decision,
}

/// An income figure with its basis and source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IncomeFigure {
    pub amount: u64,
    pub basis: Basis,
    /// URL of the published figure, or "vedtaket" for an override.
    pub source: String,
    /// The regime id from `data/figures.toml` (empty for an override).
    pub regime: String,
}

/// Why no figure could be found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NoFigure {
    /// The sources have no figure for this regime on this date.
    NoFutureFigure {
        regime: String,
        assessed: NaiveDate,
        known_until: NaiveDate,
    },
    /// The sources have no past-income figure for this regime and year.
    NoPastFigure {
        regime: String,
        year: i32,
        assessed: NaiveDate,
    },
    /// No regime matches (should not happen with the shipped data).
    NoRegime,
}

fn basis_of(fig_basis: Option<&str>, g: Option<Basis>) -> Basis {
    match (fig_basis, g) {
        (Some("lt19_88"), _) => Basis::Lt19,
        (_, Some(b)) => b,
        (other, None) => panic!("data/figures.toml: unknown basis {other:?}"),
    }
}

/// The future-income regime for an application registered on `registered`.
pub fn future_regime(registered: NaiveDate) -> Option<&'static FutureRegime> {
    figures().future_regime.iter().find(|r| {
        r.registered_from.is_none_or(|d| registered >= d)
            && r.registered_before.is_none_or(|d| registered < d)
    })
}

/// The future-income figure (utf. § 10-8) for an application registered on
/// `registered` and decided on `assessed`.
pub fn future_income_figure(
    registered: NaiveDate,
    assessed: NaiveDate,
) -> Result<IncomeFigure, NoFigure> {
    let regime = future_regime(registered).ok_or(NoFigure::NoRegime)?;
    let fig = figures()
        .future_figure
        .iter()
        .find(|f| f.regime == regime.id && f.valid_from <= assessed && assessed <= f.valid_to)
        .ok_or_else(|| NoFigure::NoFutureFigure {
            regime: regime.id.clone(),
            assessed,
            known_until: g_known_until(),
        })?;
    let g = fig.g_from.map(|from| {
        let g = g_from(from).unwrap_or_else(|| panic!("data/figures.toml: no G from {from}"));
        Basis::G {
            multiplier: regime.multiplier,
            g: g.amount,
            g_from: g.valid_from,
        }
    });
    Ok(IncomeFigure {
        amount: fig.amount,
        basis: basis_of(fig.basis.as_deref(), g),
        source: fig.source.clone(),
        regime: regime.id.clone(),
    })
}

/// The past-income regime. `registered` may be unknown: the answer is `None`
/// only when the regime depends on it (the last regime in the file has no
/// condition, so with a known date there is always one).
pub fn past_regime(
    registered: Option<NaiveDate>,
    assessed: NaiveDate,
) -> Option<&'static PastRegime> {
    for r in &figures().past_regime {
        if r.assessed_from.is_some_and(|d| assessed < d) {
            continue;
        }
        match (r.registered_from, registered) {
            (None, _) => return Some(r),
            (Some(from), Some(reg)) if reg >= from => return Some(r),
            (Some(_), Some(_)) => continue,
            (Some(_), None) => return None,
        }
    }
    None
}

/// The past-income figure (utf. § 10-9) for `year` under `regime`, decided
/// on `assessed`.
pub fn past_income_figure(
    regime: &PastRegime,
    year: i32,
    assessed: NaiveDate,
) -> Result<IncomeFigure, NoFigure> {
    let fig = figures()
        .past_figure
        .iter()
        .find(|f| {
            f.regime == regime.id
                && f.income_year == year
                && f.assessed_from.is_none_or(|d| assessed >= d)
                && f.assessed_to.is_none_or(|d| assessed <= d)
        })
        .ok_or_else(|| NoFigure::NoPastFigure {
            regime: regime.id.clone(),
            year,
            assessed,
        })?;
    Ok(IncomeFigure {
        amount: fig.amount,
        basis: basis_of(
            fig.basis.as_deref(),
            Some(Basis::AverageG {
                multiplier: regime.multiplier,
                year,
            }),
        ),
        source: fig.source.clone(),
        regime: regime.id.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn file_parses_and_every_value_has_a_source() {
        let f = figures();
        assert!(!f.g.is_empty());
        let urls =
            f.g.iter()
                .map(|g| &g.source)
                .chain(f.future_regime.iter().map(|r| &r.source))
                .chain(f.future_figure.iter().map(|r| &r.source))
                .chain(f.past_regime.iter().map(|r| &r.source))
                .chain(f.past_figure.iter().map(|r| &r.source));
        for u in urls {
            assert!(u.starts_with("https://"), "not a URL: {u}");
        }
    }

    #[test]
    fn published_future_figures_equal_multiplier_times_g() {
        let f = figures();
        let mut checked = vec![];
        for fig in &f.future_figure {
            let Some(from) = fig.g_from else {
                assert!(
                    fig.basis.is_some(),
                    "figure {} has neither G nor basis",
                    fig.amount
                );
                continue;
            };
            let regime = f.future_regime.iter().find(|r| r.id == fig.regime).unwrap();
            let g = g_from(from).unwrap();
            assert_eq!(times(regime.multiplier, g.amount), fig.amount, "{fig:?}");
            assert_eq!((g.valid_from, g.valid_to), (fig.valid_from, fig.valid_to));
            checked.push(fig.amount);
        }
        checked.sort();
        assert_eq!(checked, [320_274, 334_876, 351_432, 396_890, 416_512]);
    }

    #[test]
    fn g_periods_are_contiguous_and_do_not_overlap() {
        let g = &figures().g;
        for w in g.windows(2) {
            assert!(w[0].valid_from <= w[0].valid_to);
            assert_eq!(w[0].valid_to.succ_opt().unwrap(), w[1].valid_from);
        }
        assert_eq!(g_known_until(), d("2026-04-30"));
    }

    #[test]
    fn future_figures_by_regime_and_date() {
        let new = d("2025-06-02");
        let old = d("2024-11-20");
        assert_eq!(
            future_income_figure(new, d("2025-09-10")).unwrap().amount,
            416_512
        );
        assert_eq!(
            future_income_figure(new, d("2025-04-30")).unwrap().amount,
            396_890
        );
        assert_eq!(
            future_income_figure(old, d("2025-08-01")).unwrap().amount,
            351_432
        );
        assert_eq!(
            future_income_figure(old, d("2025-04-30")).unwrap().amount,
            334_876
        );
        assert_eq!(
            future_income_figure(old, d("2024-04-30")).unwrap().amount,
            320_274
        );
        let seed = future_income_figure(d("2018-03-01"), d("2018-07-08")).unwrap();
        assert_eq!((seed.amount, seed.basis), (260_744, Basis::Lt19));
        // Registration day 1 February 2025 is already the new regime.
        assert_eq!(future_regime(d("2025-02-01")).unwrap().id, "g32");
        assert_eq!(regime_change_date(), d("2025-02-01"));
        assert_eq!(future_regime(d("2025-01-31")).unwrap().id, "g27");
        // The last day of the G period has a figure; the next day has none.
        assert!(future_income_figure(new, d("2026-04-30")).is_ok());
        assert!(matches!(
            future_income_figure(new, d("2026-05-01")),
            Err(NoFigure::NoFutureFigure { .. })
        ));
        // Gap between the seed and 2023: no figure, no guess.
        assert!(future_income_figure(old, d("2021-01-01")).is_err());
    }

    #[test]
    fn past_figures_by_regime_and_year() {
        let r = |reg: &str, ass: &str| past_regime(Some(d(reg)), d(ass)).unwrap();
        assert_eq!(r("2025-06-02", "2026-03-15").id, "avg_g32");
        assert_eq!(r("2025-06-02", "2026-01-31").id, "avg_g27");
        assert_eq!(r("2025-01-31", "2026-03-15").id, "avg_g27");
        let fig =
            |reg: &str, ass: &str, y| past_income_figure(r(reg, ass), y, d(ass)).map(|f| f.amount);
        assert_eq!(fig("2025-06-02", "2026-03-15", 2025), Ok(409_972));
        assert_eq!(fig("2025-06-02", "2026-03-15", 2024), Ok(391_120));
        assert!(fig("2025-06-02", "2026-03-15", 2023).is_err());
        assert_eq!(fig("2025-06-02", "2025-09-10", 2024), Ok(330_008));
        assert_eq!(fig("2024-11-20", "2026-09-01", 2025), Ok(345_914));
        assert_eq!(fig("2024-11-20", "2025-03-01", 2023), Ok(313_846));
        assert_eq!(fig("2018-03-01", "2018-07-08", 2017), Ok(256_256));
        assert!(fig("2018-03-01", "2020-07-08", 2017).is_err());
        assert!(fig("2024-11-20", "2026-09-01", 2026).is_err());
        // Registration unknown: the regime only depends on it from 1 Feb 2026.
        assert_eq!(past_regime(None, d("2025-09-10")).unwrap().id, "avg_g27");
        assert!(past_regime(None, d("2026-03-15")).is_none());
    }

    #[test]
    fn times_rounds_to_nearest_krone() {
        assert_eq!(times(3.2, 124_028), 396_890);
        assert_eq!(times(2.7, 124_028), 334_876);
        assert_eq!(times(3.2, 130_160), 416_512);
    }
}
