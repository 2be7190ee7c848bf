//! The law, written once: the requirements of family immigration under
//! utlendingsloven ch. 6 as decision tables (requirements.md v2).
//!
//! Each requirement lives in one place, in the law's own shape: the general
//! rule, then each exception as its own cited sub-rule ([`Rule`], with the
//! id the output names and its source). Everything else reads this module:
//! the interview asks the facts a result names as `missing`; the CLI and the
//! app render [`Check`]; the letter argues the results.
//!
//! The rules never read the clock: "today" is handed in. Every rule is
//! evaluated for an evaluation date X: the expected decision date A, the date
//! half a year later S (§ 2.10), and a child's 18th birthday B (§ 2.9).
pub mod facts;
pub mod figures;
pub mod logic;
pub mod render;

pub mod documents;
mod family;
mod grounds;
mod income;

use chrono::NaiveDate;
use facts::{Facts, Relation as R, SponsorStatus as St};
use logic::{add_months, birthday, merge};
use serde::Serialize;

pub use grounds::{GROUNDS, Ground};

/// The outcome of one requirement (requirements.md § 1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    NotMet,
    NotApplicable,
    NeedsAssessment,
    Unknown,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Met,
        Status::NotMet,
        Status::NotApplicable,
        Status::NeedsAssessment,
        Status::Unknown,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::NotMet => "not_met",
            Status::NotApplicable => "not_applicable",
            Status::NeedsAssessment => "needs_assessment",
            Status::Unknown => "unknown",
        }
    }
    /// § 2.11: not_met > unknown > needs_assessment > met > not_applicable.
    pub fn severity(self) -> u8 {
        match self {
            Status::NotMet => 5,
            Status::Unknown => 4,
            Status::NeedsAssessment => 3,
            Status::Met => 2,
            Status::NotApplicable => 1,
        }
    }
    /// Whether the applicant should act on it (§ 2.12: exceptions are shown).
    pub fn needs_attention(self) -> bool {
        matches!(
            self,
            Status::NotMet | Status::NeedsAssessment | Status::Unknown
        )
    }
}

/// A row of a decision table: the id the output names, and its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub source: &'static str,
}

/// A row of a decision table, as the rule files declare them.
pub(crate) const fn rule(id: &'static str, source: &'static str) -> Rule {
    Rule { id, source }
}

/// A remark on a result, rendered through `note-<id>` in the locales.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "id", rename_all = "kebab-case")]
pub enum Note {
    /// The figure is computed by Klagehjelp from G, not published by UDI.
    Computed,
    /// The amount lies within UDI's unpublished rounding.
    Band,
    /// The amount lies between UDI's printed figure and the computed one.
    Conflict,
    /// No figure has been published for the period.
    NoFigure,
    /// Evaluated on the 18th birthday and on the decision date (utf. § 9-8).
    DoubleTest { birthday: NaiveDate },
    /// The utf. § 9-8 double test could not be checked.
    DoubleTestUnchecked,
    /// The future income must include the pension (V1).
    MustIncludePension,
    /// The figure printed in the refusal (display only, § 2.13).
    StatedFigure { stated: u64 },
    /// A boundary day the sources do not settle (§ 2.8).
    Boundary,
    /// The rule or its source is UNVERIFIED (sources.md § 4): presented as
    /// an argument, never as settled law.
    Unverified,
    /// The sponsor must keep the income until the decision (utf. § 10-9 first paragraph).
    KeepIncome,
}

/// A figure compared (income requirements).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureUsed {
    pub interval: [u64; 2],
    pub kind: figures::Kind,
    pub source: String,
    pub conflict: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income_year: Option<i32>,
    /// For computed figures: "3.2" × G.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiplier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub g: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl FigureUsed {
    fn of(row: &figures::Row) -> FigureUsed {
        FigureUsed {
            interval: row.interval,
            kind: row.kind,
            source: row.source.clone(),
            conflict: row.conflict,
            period: match (row.valid_from, row.valid_to) {
                (Some(from), Some(to)) => Some(Period { from, to }),
                _ => None,
            },
            income_year: row.income_year,
            multiplier: row.multiplier.clone(),
            g: row.g,
        }
    }
}

/// The result of one requirement for one evaluation date (§ 1.2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Res {
    pub status: Status,
    pub rule: &'static str,
    pub source: &'static str,
    pub exceptions: Vec<&'static str>,
    pub figure: Option<FigureUsed>,
    pub met_from: Option<NaiveDate>,
    pub missing: Vec<String>,
    pub shortfall: Option<i64>,
    pub notes: Vec<Note>,
    pub dates_evaluated: Vec<NaiveDate>,
    pub documents: Vec<&'static str>,
    pub document_notes: Vec<&'static str>,
}

impl Res {
    pub(crate) fn new(status: Status, rule: Rule) -> Res {
        Res {
            status,
            rule: rule.id,
            source: rule.source,
            exceptions: vec![],
            figure: None,
            met_from: None,
            missing: vec![],
            shortfall: None,
            notes: vec![],
            dates_evaluated: vec![],
            documents: vec![],
            document_notes: vec![],
        }
    }
    /// `unknown`, naming the missing facts.
    pub(crate) fn missing(rule: Rule, missing: Vec<String>) -> Res {
        let mut r = Res::new(Status::Unknown, rule);
        r.missing = missing;
        r
    }
    pub(crate) fn exc(mut self, ids: &[&'static str]) -> Res {
        for id in ids {
            if !self.exceptions.contains(id) {
                self.exceptions.push(id);
            }
        }
        self
    }
    pub(crate) fn met_from(mut self, d: Option<NaiveDate>) -> Res {
        self.met_from = d;
        self
    }
    pub(crate) fn note(mut self, n: Note) -> Res {
        if !self.notes.contains(&n) {
            self.notes.push(n);
        }
        self
    }
    pub(crate) fn figure(mut self, row: &figures::Row) -> Res {
        if row.kind == figures::Kind::Computed {
            self = self.note(Note::Computed);
        }
        self.figure = Some(FigureUsed::of(row));
        self
    }
}

/// Facts and the evaluation date X; A is the expected decision date.
pub(crate) struct Cx<'a> {
    pub f: &'a Facts,
    pub x: NaiveDate,
    pub a: NaiveDate,
}

// --- derived sets (requirements.md § 3) ------------------------------------

pub(crate) fn married(r: R) -> bool {
    matches!(r, R::Spouse | R::RegisteredPartner)
}
pub(crate) fn couple(r: R) -> bool {
    married(r) || matches!(r, R::Cohabitant | R::Fiance)
}
/// utf. § 10-11 second paragraph: spouses, cohabitants, children (§§ 40–42).
pub(crate) fn p2_rel(r: R) -> bool {
    married(r) || matches!(r, R::Cohabitant | R::ChildUnder18)
}
pub(crate) fn four_year_status(s: St) -> bool {
    matches!(
        s,
        St::Refugee
            | St::CollectiveProtection
            | St::Humanitarian
            | St::FamilyImmigration
            | St::PermanentFromProtectedBasis
    )
}
pub(crate) fn citizen_or_permanent(s: St) -> bool {
    matches!(
        s,
        St::NorwegianCitizen
            | St::NordicCitizen
            | St::PermanentFromProtectedBasis
            | St::PermanentOther
    )
}
pub(crate) fn protected(s: St) -> bool {
    matches!(s, St::Refugee | St::CollectiveProtection)
}
/// The applicant is the child.
pub(crate) fn child_applicant(r: R) -> bool {
    matches!(
        r,
        R::ChildUnder18 | R::FosterChildUnder18 | R::SiblingUnder18WithoutCarers
    )
}
/// The sponsor is the child (utl. § 50 "søkeren … har barn under 18 år").
pub(crate) fn child_sponsor(r: R) -> bool {
    matches!(
        r,
        R::ParentOfChildUnder18 | R::ParentWithAccessRights | R::ParentOfProtectedMinor
    )
}
pub(crate) fn discretionary(r: R) -> bool {
    matches!(
        r,
        R::Fiance
            | R::ParentVisit
            | R::SingleParentOver60
            | R::Child1821LongResidence
            | R::DependentAdultChild
    )
}
/// First permits under utl. §§ 40–46 (utf. § 10-20 third paragraph).
pub(crate) fn renewal_set(r: R) -> bool {
    married(r) || matches!(r, R::Cohabitant | R::ChildUnder18) || child_sponsor(r)
}
pub(crate) fn live_together(r: R) -> bool {
    married(r)
        || matches!(
            r,
            R::Cohabitant | R::ChildUnder18 | R::ParentOfChildUnder18 | R::ParentOfProtectedMinor
        )
}

// --- the catalogue ---------------------------------------------------------

/// One requirement: its id, the keys of its section (the source of a row
/// without its own) and its decision table.
pub struct Requirement {
    pub id: &'static str,
    /// The provisions and source keys of the requirement as a whole.
    pub source: &'static str,
    eval: fn(&Cx) -> Res,
}

/// The requirements, in the order of requirements.md § 5 (always reported).
pub static CATALOGUE: [Requirement; 8] = [
    Requirement {
        id: "personkrets",
        source: family::PERSONKRETS_SOURCE,
        eval: family::personkrets,
    },
    Requirement {
        id: "alder18",
        source: family::ALDER18_SOURCE,
        eval: family::alder18,
    },
    Requirement {
        id: "fireaarskrav",
        source: family::FIREAARSKRAV_SOURCE,
        eval: family::fireaarskrav,
    },
    Requirement {
        id: "alder24",
        source: family::ALDER24_SOURCE,
        eval: family::alder24,
    },
    Requirement {
        id: "underhold_fremtidig",
        source: income::FUTURE_SOURCE,
        eval: income::underhold_fremtidig,
    },
    Requirement {
        id: "underhold_tidligere",
        source: income::PAST_SOURCE,
        eval: income::underhold_tidligere,
    },
    Requirement {
        id: "sosialstonad",
        source: income::SOCIAL_SOURCE,
        eval: income::sosialstonad,
    },
    Requirement {
        id: "bolig",
        source: family::BOLIG_SOURCE,
        eval: family::bolig,
    },
];

/// The requirement ids in order.
pub fn ids() -> impl Iterator<Item = &'static str> {
    CATALOGUE.iter().map(|r| r.id)
}

/// The requirement with this id.
pub fn requirement(id: &str) -> Option<&'static Requirement> {
    CATALOGUE.iter().find(|r| r.id == id)
}

/// Whether `id` is a requirement or a refusal ground the app recognises.
pub fn is_known_id(id: &str) -> bool {
    requirement(id).is_some() || grounds::ground(id).is_some()
}

/// Every requirement and the refusal grounds named, on one evaluation date.
fn eval_all(f: &Facts, x: NaiveDate, a: NaiveDate) -> Vec<(&'static str, Res)> {
    let cx = Cx { f, x, a };
    let mut out: Vec<(&'static str, Res)> = CATALOGUE
        .iter()
        .map(|r| {
            let res = if f.relation.is_none() {
                Res::missing(
                    Rule {
                        id: "relation-missing",
                        source: r.source,
                    },
                    vec!["relation".into()],
                )
            } else {
                (r.eval)(&cx)
            };
            (r.id, res)
        })
        .collect();
    for g in grounds::named(f) {
        out.push((g.id, grounds::result(g)));
    }
    for (id, res) in &mut out {
        if res.source.is_empty() {
            res.source = requirement(id).map(|r| r.source).unwrap_or("");
        }
        res.dates_evaluated = vec![x];
        // § 2.12: exceptions only when the status asks for attention; sorted.
        if res.status.needs_attention() {
            res.exceptions.sort_unstable();
        } else {
            res.exceptions.clear();
        }
        documents::attach(id, &cx, res);
    }
    out
}

/// The utf. § 9-8 double test (requirements.md § 2.9).
enum DoubleTest {
    None,
    Apply(NaiveDate),
    Unchecked(Vec<String>),
}

fn double_test(f: &Facts, x: NaiveDate) -> DoubleTest {
    let Some(rel) = f.relation else {
        return DoubleTest::None;
    };
    if f.is_renewal == Some(true) {
        return DoubleTest::None;
    }
    let birth = if child_applicant(rel) {
        f.applicant_birth_date
    } else if child_sponsor(rel) {
        f.sponsor_birth_date
    } else {
        return DoubleTest::None;
    };
    let Some(birth) = birth else {
        return DoubleTest::None;
    };
    let b = birthday(birth, 18);
    if b >= x {
        return DoubleTest::None;
    }
    let mut missing = vec![];
    if f.is_renewal.is_none() {
        missing.push("is_renewal".to_string());
    }
    match family::under_18(f, birth, x) {
        Ok(family::Under18::Yes) if missing.is_empty() => DoubleTest::Apply(b),
        Ok(family::Under18::Yes) => DoubleTest::Unchecked(missing),
        Ok(_) => DoubleTest::None,
        Err(m) => DoubleTest::Unchecked(merge(missing, m)),
    }
}

/// All results on evaluation date `x`, with the double test folded in.
fn evaluate_at(f: &Facts, x: NaiveDate, a: NaiveDate) -> Vec<(&'static str, Res)> {
    let base = eval_all(f, x, a);
    match double_test(f, x) {
        DoubleTest::None => base,
        DoubleTest::Unchecked(missing) => base
            .into_iter()
            .map(|(id, mut r)| {
                r.missing = merge(r.missing, missing.clone());
                (id, r.note(Note::DoubleTestUnchecked))
            })
            .collect(),
        DoubleTest::Apply(b) => {
            let on_b = eval_all(f, b, a);
            base.into_iter()
                .zip(on_b)
                .map(|((id, rx), (_, rb))| {
                    let mut r = if rb.status.severity() > rx.status.severity() {
                        let mut r = rb;
                        r.met_from = None;
                        r
                    } else {
                        rx
                    };
                    r.dates_evaluated = vec![b, x];
                    (id, r.note(Note::DoubleTest { birthday: b }))
                })
                .collect()
        }
    }
}

/// A figure that changes between A and S (§ 2.10).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureChange {
    pub date: NaiveDate,
    pub what: &'static str,
    pub known: bool,
}

/// The check for the second evaluation date S.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Later {
    pub date: NaiveDate,
    pub rule: &'static str,
    pub requirements: Vec<(&'static str, Res)>,
    pub changed: Vec<&'static str>,
    pub figure_changes: Vec<FigureChange>,
}

/// The whole check (requirements.md § 1.3).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    pub assessment_date: NaiveDate,
    /// `fact` or `today`.
    pub assessment_date_source: &'static str,
    pub rules_as_of: NaiveDate,
    /// The eight requirements in order, then the refusal grounds named.
    pub requirements: Vec<(&'static str, Res)>,
    pub later: Later,
    pub missing: Vec<String>,
}

impl Check {
    pub fn get(&self, id: &str) -> Option<&Res> {
        self.requirements
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, r)| r)
    }
    pub fn later_get(&self, id: &str) -> Option<&Res> {
        self.later
            .requirements
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, r)| r)
    }
    /// The facts missing for the later evaluation date only.
    pub fn later_missing(&self) -> Vec<String> {
        let mut out: Vec<String> = vec![];
        for (_, r) in &self.later.requirements {
            for m in &r.missing {
                if !self.missing.contains(m) && !out.contains(m) {
                    out.push(m.clone());
                }
            }
        }
        out
    }
}

/// The later evaluation date S = A + this many months (requirements.md: the
/// decision on a klage comes about half a year later; the cards say "about
/// half a year later" in words, see `law-later-card`).
pub const LATER_MONTHS: u32 = 6;

/// Runs the check. A = `facts.assessment_date`, else `today`.
pub fn check(f: &Facts, today: NaiveDate) -> Check {
    let (a, src) = match f.assessment_date {
        Some(d) => (d, "fact"),
        None => (today, "today"),
    };
    let requirements = evaluate_at(f, a, a);
    let s = add_months(a, LATER_MONTHS);
    let later_reqs = evaluate_at(f, s, a);
    let changed = requirements
        .iter()
        .zip(&later_reqs)
        .filter(|((_, x), (_, y))| x.status != y.status)
        .map(|((id, _), _)| *id)
        .collect();
    let mut missing: Vec<String> = vec![];
    for (_, r) in &requirements {
        missing = merge(missing, r.missing.clone());
    }
    Check {
        assessment_date: a,
        assessment_date_source: src,
        rules_as_of: figures::as_of(),
        requirements,
        later: Later {
            date: s,
            rule: "assessment_date + 6 months",
            requirements: later_reqs,
            changed,
            figure_changes: figure_changes(a, s),
        },
        missing,
    }
}

/// Every 1 January and 1 May in (a, s] (§ 2.10).
fn figure_changes(a: NaiveDate, s: NaiveDate) -> Vec<FigureChange> {
    use chrono::Datelike;
    let mut out = vec![];
    for year in a.year()..=s.year() {
        let jan = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MAX);
        if a < jan && jan <= s {
            out.push(FigureChange {
                date: jan,
                what: "past_income_figure",
                known: figures::past_known_for_decisions_in(year),
            });
        }
        let may = NaiveDate::from_ymd_opt(year, 5, 1).unwrap_or(NaiveDate::MAX);
        if a < may && may <= s {
            out.push(FigureChange {
                date: may,
                what: "future_and_pension_figures",
                known: figures::future_known_from_may(year),
            });
        }
    }
    out
}
