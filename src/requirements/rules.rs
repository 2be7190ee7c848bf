//! The rules of requirements.md, one evaluation function per requirement,
//! and the catalogue table that ties them to their sources, exceptions and
//! documents.
use super::{Arg, Ctx, Document, Exception, Message, Outcome, Requirement, Status};
use crate::facts::{
    ChildConceived, Facts, FamilyFormed, PastIncomeExemption, Relation, SocialAssistanceExemption,
    SponsorStatus,
};
use crate::figures::{self, Basis, IncomeFigure, NoFigure};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Four years of full-time work or education (utl. § 40 a, utf. § 9-1).
const FOUR_YEARS: f64 = 4.0;
/// The four-year requirement does not apply from this age (utf. § 9-1).
const AGE_FOUR_YEAR_LIMIT: i32 = 67;
/// Both must have turned 24 (utl. § 41 a).
const AGE_24: i32 = 24;
/// No income requirement when the sponsor is a child (utf. § 10-8 as in requirements.md).
const AGE_ADULT: i32 = 18;
/// Cohabitants: two years together (utl. §§ 40–49, requirements.md).
const COHABITATION_YEARS: f64 = 2.0;

/// Age in whole years on `date`; a birthday on `date` counts as reached.
/// Someone born 29 February turns a year older on 1 March in other years.
pub fn age_on(birth: NaiveDate, date: NaiveDate) -> i32 {
    let mut age = date.year() - birth.year();
    if (date.month(), date.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// The day someone born on `birth` turns `years` (29 February → 1 March).
fn birthday(birth: NaiveDate, years: i32) -> Option<NaiveDate> {
    let y = birth.year() + years;
    NaiveDate::from_ymd_opt(y, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(y, 3, 1))
}

/// The code of a fact value as spelled in requirements.md, e.g. `spouse`,
/// `child_under_18` (the serde name of the value).
fn code<T: Serialize>(v: T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        other => format!("{other:?}"),
    }
}

/// Fluent id of an option label (shared with the interview): `opt-<fact>-<value>`.
fn opt<T: Serialize>(fact: &str, v: T) -> Arg {
    Arg::Msg(format!("opt-{fact}-{}", code(v)))
}

/// Three-valued truth with the facts that would decide an unknown.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tri {
    pub v: Option<bool>,
    pub missing: Vec<&'static str>,
}

impl Tri {
    fn known(b: bool) -> Tri {
        Tri {
            v: Some(b),
            missing: vec![],
        }
    }
    fn fact<T: Copy>(o: Option<T>, name: &'static str, f: impl FnOnce(T) -> bool) -> Tri {
        match o {
            Some(x) => Tri::known(f(x)),
            None => Tri {
                v: None,
                missing: vec![name],
            },
        }
    }
    fn and(self, o: Tri) -> Tri {
        match (self.v, o.v) {
            (Some(false), _) | (_, Some(false)) => Tri::known(false),
            (Some(true), Some(true)) => Tri::known(true),
            _ => Tri {
                v: None,
                missing: [self.missing, o.missing].concat(),
            },
        }
    }
    fn or(self, o: Tri) -> Tri {
        match (self.v, o.v) {
            (Some(true), _) | (_, Some(true)) => Tri::known(true),
            (Some(false), Some(false)) => Tri::known(false),
            _ => Tri {
                v: None,
                missing: [self.missing, o.missing].concat(),
            },
        }
    }
    fn is_true(&self) -> bool {
        self.v == Some(true)
    }
}

fn relation_in(f: &Facts, set: &[Relation]) -> Tri {
    Tri::fact(f.relation, "relation", |r| set.contains(&r))
}

const COUPLES: [Relation; 4] = [
    Relation::Spouse,
    Relation::RegisteredPartner,
    Relation::Cohabitant,
    Relation::Fiance,
];
const LIVE_TOGETHER: [Relation; 5] = [
    Relation::Spouse,
    Relation::RegisteredPartner,
    Relation::Cohabitant,
    Relation::ChildUnder18,
    Relation::ParentOfChildUnder18,
];
/// Relations where the applicant is a child (the only ones where
/// `applicant_under_15_without_carers` can be true).
pub(crate) const CHILD_APPLICANTS: [Relation; 3] = [
    Relation::ChildUnder18,
    Relation::FosterChildUnder18,
    Relation::SiblingUnder18WithoutCarers,
];
const FOUR_YEAR_STATUSES: [SponsorStatus; 4] = [
    SponsorStatus::Refugee,
    SponsorStatus::Humanitarian,
    SponsorStatus::FamilyImmigration,
    SponsorStatus::PermanentFromProtectedBasis,
];

fn is_cohabitant(f: &Facts) -> bool {
    f.relation == Some(Relation::Cohabitant)
}
fn is_married(f: &Facts) -> bool {
    matches!(
        f.relation,
        Some(Relation::Spouse | Relation::RegisteredPartner)
    )
}
fn cohabited_before_move(f: &Facts) -> bool {
    is_cohabitant(f) || f.cohabited_two_years_before_move == Some(true)
}
fn always(_: &Facts) -> bool {
    true
}
fn has_permit(f: &Facts) -> bool {
    !matches!(
        f.sponsor_status,
        Some(SponsorStatus::NorwegianCitizen | SponsorStatus::NordicCitizen)
    )
}
fn is_discretionary(f: &Facts) -> bool {
    f.relation.is_some_and(|r| !LIVE_TOGETHER.contains(&r))
}
fn spouse_or_cohabitant(f: &Facts) -> bool {
    matches!(
        f.relation,
        Some(Relation::Spouse | Relation::RegisteredPartner | Relation::Cohabitant)
    )
}
fn lives_together_relation(f: &Facts) -> bool {
    f.relation.is_none_or(|r| LIVE_TOGETHER.contains(&r))
}
fn housing_relation(f: &Facts) -> bool {
    f.relation.is_none_or(|r| !LIVE_TOGETHER.contains(&r))
}

// ---------------------------------------------------------------------------
// personkrets (utl. §§ 40–49)

fn personkrets(c: &Ctx) -> Outcome {
    let f = c.facts;
    if f.sponsor_status == Some(SponsorStatus::PermitWithoutBasis) {
        return Outcome::new(Status::NotMet, Message::new("req-personkrets-no-basis"));
    }
    let Some(rel) = f.relation else {
        let mut m = vec!["relation"];
        if f.sponsor_status.is_none() {
            m.push("sponsor_status");
        }
        return Outcome::missing(m);
    };
    if rel == Relation::Other {
        return Outcome::new(Status::NotMet, Message::new("req-personkrets-other"));
    }
    if f.sponsor_status.is_none() {
        return Outcome::missing(vec!["sponsor_status"]);
    }
    let relation = opt("relation", rel);
    match rel {
        Relation::Spouse
        | Relation::RegisteredPartner
        | Relation::ChildUnder18
        | Relation::ParentOfChildUnder18 => Outcome::new(
            Status::Met,
            Message::new("req-personkrets-core").arg("relation", relation),
        ),
        Relation::Cohabitant => {
            let years = Tri::fact(f.cohabited_years, "cohabited_years", |y| {
                y >= COHABITATION_YEARS
            });
            let child = Tri::fact(
                f.child_together_conceived,
                "child_together_conceived",
                |c| c != ChildConceived::None,
            );
            let ok = years.or(child);
            match ok.v {
                Some(true) => Outcome::new(Status::Met, Message::new("req-personkrets-cohab-met")),
                Some(false) => Outcome::new(
                    Status::NotMet,
                    Message::new("req-personkrets-cohab-not-met")
                        .arg("years", Arg::Decimal(f.cohabited_years.unwrap_or_default())),
                ),
                None => Outcome::missing(ok.missing),
            }
        }
        _ => Outcome::new(
            Status::NeedsAssessment,
            Message::new("req-personkrets-discretion").arg("relation", relation),
        ),
    }
}

// ---------------------------------------------------------------------------
// fireaarskrav (utl. § 40 a, utf. § 9-1)

fn fireaarskrav(c: &Ctx) -> Outcome {
    let f = c.facts;
    let parts: [(Tri, Message); 4] = [
        (
            relation_in(f, &COUPLES),
            Message::new("req-fireaarskrav-na-relation"),
        ),
        (
            Tri::fact(f.family_formed, "family_formed", |x| {
                x == FamilyFormed::AfterSponsorEntry
            }),
            Message::new("req-fireaarskrav-na-formed"),
        ),
        (
            Tri::fact(f.sponsor_status, "sponsor_status", |s| {
                FOUR_YEAR_STATUSES.contains(&s)
            }),
            Message::new("req-fireaarskrav-na-status").arg(
                "status",
                f.sponsor_status
                    .map(|s| opt("sponsor_status", s))
                    .unwrap_or(Arg::Msg(String::new())),
            ),
        ),
        (
            Tri::fact(f.sponsor_birth_date, "sponsor_birth_date", |b| {
                age_on(b, c.date) < AGE_FOUR_YEAR_LIMIT
            }),
            Message::new("req-fireaarskrav-na-age").arg(
                "age",
                Arg::Int(f.sponsor_birth_date.map_or(0, |b| age_on(b, c.date)).into()),
            ),
        ),
    ];
    if let Some((_, why)) = parts.iter().find(|(t, _)| t.v == Some(false)) {
        return Outcome::new(Status::NotApplicable, why.clone());
    }
    let applies = parts
        .into_iter()
        .fold(Tri::known(true), |acc, (t, _)| acc.and(t));
    if applies.v.is_none() {
        return Outcome::missing(applies.missing);
    }
    let Some(years) = f.sponsor_fulltime_years else {
        return Outcome::missing(vec!["sponsor_fulltime_years"]);
    };
    if years >= FOUR_YEARS {
        Outcome::new(
            Status::Met,
            Message::new("req-fireaarskrav-met").arg("years", Arg::Decimal(years)),
        )
    } else {
        Outcome::new(
            Status::NotMet,
            Message::new("req-fireaarskrav-not-met")
                .arg("years", Arg::Decimal(years))
                .arg("left", Arg::Decimal(FOUR_YEARS - years)),
        )
    }
}

// ---------------------------------------------------------------------------
// alder24 (utl. § 41 a, § 48)

fn alder24(c: &Ctx) -> Outcome {
    let f = c.facts;
    let parts: [(Tri, &'static str); 4] = [
        (relation_in(f, &COUPLES), "req-alder24-na-relation"),
        (
            Tri::fact(f.family_formed, "family_formed", |x| {
                x == FamilyFormed::AfterSponsorEntry
            }),
            "req-alder24-na-formed",
        ),
        (
            Tri::fact(
                f.cohabited_two_years_before_move,
                "cohabited_two_years_before_move",
                |b| !b,
            ),
            "req-alder24-na-cohabited",
        ),
        (
            Tri::fact(
                f.child_together_conceived,
                "child_together_conceived",
                |c| {
                    !matches!(
                        c,
                        ChildConceived::BeforeMove | ChildConceived::WhileBothHeldPermits
                    )
                },
            ),
            "req-alder24-na-child",
        ),
    ];
    if let Some((_, why)) = parts.iter().find(|(t, _)| t.v == Some(false)) {
        return Outcome::new(Status::NotApplicable, Message::new(why));
    }
    let applies = parts
        .into_iter()
        .fold(Tri::known(true), |acc, (t, _)| acc.and(t));
    if applies.v.is_none() {
        return Outcome::missing(applies.missing);
    }
    let (Some(sb), Some(ab)) = (f.sponsor_birth_date, f.applicant_birth_date) else {
        let mut m = vec![];
        if f.sponsor_birth_date.is_none() {
            m.push("sponsor_birth_date");
        }
        if f.applicant_birth_date.is_none() {
            m.push("applicant_birth_date");
        }
        return Outcome::missing(m);
    };
    let (sa, aa) = (age_on(sb, c.date), age_on(ab, c.date));
    let both_24_on = birthday(sb, AGE_24).max(birthday(ab, AGE_24));
    let msg = |id| {
        Message::new(id)
            .arg("sponsor_age", Arg::Int(sa.into()))
            .arg("applicant_age", Arg::Int(aa.into()))
            .arg("date", Arg::Date(c.date))
    };
    let mut o = if sa >= AGE_24 && aa >= AGE_24 {
        Outcome::new(Status::Met, msg("req-alder24-met"))
    } else {
        let date24 = both_24_on.expect("a 24th birthday exists");
        Outcome::new(
            Status::NotMet,
            msg("req-alder24-not-met").arg("date24", Arg::Date(date24)),
        )
    };
    o.both_24_on = both_24_on;
    o
}

// ---------------------------------------------------------------------------
// underhold_fremtidig (utl. § 58, utf. § 10-8)

/// The exemptions of requirements.md that remove the income requirements,
/// in order, each with the message that explains it.
fn future_exemptions(c: &Ctx) -> [(Tri, &'static str); 4] {
    let f = c.facts;
    let within = || {
        Tri::fact(
            f.application_within_one_year_of_sponsor_permit,
            "application_within_one_year_of_sponsor_permit",
            |b| b,
        )
    };
    let child = || relation_in(f, &[Relation::ChildUnder18]);
    let refugee_case = within()
        .and(Tri::fact(f.sponsor_status, "sponsor_status", |s| {
            s == SponsorStatus::Refugee
        }))
        .and(
            child().or(relation_in(
                f,
                &[
                    Relation::Spouse,
                    Relation::RegisteredPartner,
                    Relation::Cohabitant,
                ],
            )
            .and(Tri::fact(f.family_formed, "family_formed", |x| {
                x == FamilyFormed::BeforeSponsorEntry
            }))),
        );
    let trafficking = within()
        .and(Tri::fact(
            f.sponsor_trafficking_victim,
            "sponsor_trafficking_victim",
            |b| b,
        ))
        .and(child());
    [
        (
            Tri::fact(f.sponsor_birth_date, "sponsor_birth_date", |b| {
                age_on(b, c.date) < AGE_ADULT
            }),
            "req-underhold-na-sponsor-minor",
        ),
        (
            // Only a child applicant can be under 15 without carers: for any
            // other known relation the answer is no without asking.
            if f.relation.is_some_and(|r| !CHILD_APPLICANTS.contains(&r)) {
                Tri::known(false)
            } else {
                Tri::fact(
                    f.applicant_under_15_without_carers,
                    "applicant_under_15_without_carers",
                    |b| b,
                )
            },
            "req-underhold-na-applicant-under-15",
        ),
        (refugee_case, "req-underhold-na-refugee"),
        (trafficking, "req-underhold-na-trafficking"),
    ]
}

/// Whether an exemption removes the income requirements.
pub(crate) fn future_exempt(c: &Ctx) -> Tri {
    future_exemptions(c)
        .into_iter()
        .fold(Tri::known(false), |acc, (t, _)| acc.or(t))
}

/// `Some(outcome)` when the income requirements do not apply or it is unknown.
fn exempt_outcome(c: &Ctx, follows: bool) -> Option<Outcome> {
    let ex = future_exemptions(c);
    if let Some((_, why)) = ex.iter().find(|(t, _)| t.is_true()) {
        let mut m = Message::new(why);
        if follows {
            m = Message::new("req-underhold-na-follows").arg("why", Arg::Msg(why.to_string()));
        }
        return Some(Outcome::new(Status::NotApplicable, m));
    }
    let any = ex
        .into_iter()
        .fold(Tri::known(false), |acc, (t, _)| acc.or(t));
    any.v.is_none().then(|| Outcome::missing(any.missing))
}

fn override_figure(amount: u64) -> IncomeFigure {
    IncomeFigure {
        amount,
        basis: Basis::Decision,
        source: String::new(),
        regime: String::new(),
    }
}

/// Compares `income` with `fig`: met when income ≥ figure.
fn compare(
    income: Option<u64>,
    income_fact: &'static str,
    fig: IncomeFigure,
    met_id: &'static str,
    not_met_id: &'static str,
    year: Option<i32>,
) -> Outcome {
    let Some(income) = income else {
        let mut o = Outcome::missing(vec![income_fact]);
        o.figure = Some(fig);
        return o;
    };
    let mut m = Message::new(if income >= fig.amount {
        met_id
    } else {
        not_met_id
    })
    .arg("income", Arg::Amount(income))
    .arg("figure", Arg::Amount(fig.amount))
    .arg("basis", Arg::Basis(fig.basis));
    if let Some(y) = year {
        m = m.arg("year", Arg::Int(y.into()));
    }
    let mut o = if income >= fig.amount {
        Outcome::new(Status::Met, m)
    } else {
        let short = fig.amount - income;
        let mut o = Outcome::new(Status::NotMet, m.arg("short", Arg::Amount(short)));
        o.shortfall = Some(short);
        o
    };
    o.figure = Some(fig);
    o
}

/// A note when the decision states another figure than the table.
fn override_note(o: &mut Outcome, table: u64, stated: Option<u64>) {
    if let Some(s) = stated.filter(|s| *s != table) {
        o.notes.push(
            Message::new("req-override-differs")
                .arg("stated", Arg::Amount(s))
                .arg("table", Arg::Amount(table)),
        );
    }
}

fn underhold_fremtidig(c: &Ctx) -> Outcome {
    let f = c.facts;
    if let Some(o) = exempt_outcome(c, false) {
        return o;
    }
    let over = f.income_requirement_override;
    let table = match f.application_registered {
        None => None,
        Some(reg) if c.date < reg => {
            return Outcome::new(
                Status::Unknown,
                Message::new("req-dates-order")
                    .arg("registered", Arg::Date(reg))
                    .arg("date", Arg::Date(c.date)),
            );
        }
        Some(reg) => Some(figures::future_income_figure(reg, c.date)),
    };
    let (met, not_met) = (
        "req-underhold_fremtidig-met",
        "req-underhold_fremtidig-not-met",
    );
    let income = f.sponsor_future_income;
    match (table, over) {
        (Some(Ok(fig)), _) => {
            let amount = fig.amount;
            let mut o = compare(income, "sponsor_future_income", fig, met, not_met, None);
            override_note(&mut o, amount, over);
            o
        }
        (_, Some(amount)) => compare(
            income,
            "sponsor_future_income",
            override_figure(amount),
            met,
            not_met,
            None,
        ),
        (None, None) => Outcome::missing(vec!["application_registered"]),
        (Some(Err(e)), None) => no_figure(e, c.date, "income_requirement_override"),
    }
}

fn no_figure(e: NoFigure, date: NaiveDate, override_fact: &'static str) -> Outcome {
    let m = match e {
        NoFigure::NoFutureFigure { known_until, .. } => {
            Message::new("req-underhold_fremtidig-no-figure")
                .arg("date", Arg::Date(date))
                .arg("until", Arg::Date(known_until))
        }
        NoFigure::NoPastFigure { year, .. } => Message::new("req-underhold_tidligere-no-figure")
            .arg("year", Arg::Int(year.into()))
            .arg("date", Arg::Date(date)),
        NoFigure::NoRegime => Message::new("req-reason-no-regime"),
    };
    let mut o = Outcome::new(Status::Unknown, m);
    o.missing = vec![override_fact];
    o
}

// ---------------------------------------------------------------------------
// underhold_tidligere (utf. § 10-9)

fn underhold_tidligere(c: &Ctx) -> Outcome {
    let f = c.facts;
    if let Some(o) = exempt_outcome(c, true) {
        return o;
    }
    match f.sponsor_past_income_exemption {
        None => return Outcome::missing(vec!["sponsor_past_income_exemption"]),
        Some(PastIncomeExemption::None) => {}
        Some(x) => {
            return Outcome::new(
                Status::NotApplicable,
                Message::new("req-underhold_tidligere-na-exemption")
                    .arg("exemption", opt("sponsor_past_income_exemption", x)),
            );
        }
    }
    let over = f.past_income_requirement_override;
    let (met, not_met) = (
        "req-underhold_tidligere-met",
        "req-underhold_tidligere-not-met",
    );
    let income = f.sponsor_past_income;
    let year = f.past_income_year;
    let with_override = |amount| {
        let mut o = compare(
            income,
            "sponsor_past_income",
            override_figure(amount),
            met,
            not_met,
            year,
        );
        if year.is_none() {
            // The messages then say "last year" instead of a year.
            o.reason.args.insert("year", Arg::Text("none".into()));
        }
        o
    };
    let regime = match figures::past_regime(f.application_registered, c.date) {
        Some(r) => r,
        None => {
            return match over {
                Some(a) => with_override(a),
                None => Outcome::missing(vec!["application_registered"]),
            };
        }
    };
    let Some(y) = year else {
        return match over {
            Some(a) => with_override(a),
            None => Outcome::missing(vec!["past_income_year"]),
        };
    };
    match (figures::past_income_figure(regime, y, c.date), over) {
        (Ok(fig), _) => {
            let amount = fig.amount;
            let mut o = compare(income, "sponsor_past_income", fig, met, not_met, year);
            override_note(&mut o, amount, over);
            o
        }
        (Err(_), Some(a)) => with_override(a),
        (Err(e), None) => no_figure(e, c.date, "past_income_requirement_override"),
    }
}

// ---------------------------------------------------------------------------
// sosialstonad (utf. § 10-10)

fn sosialstonad(c: &Ctx) -> Outcome {
    let f = c.facts;
    if let Some(o) = exempt_outcome(c, true) {
        return o;
    }
    match (
        f.social_assistance_last_12_months,
        f.social_assistance_exempt_reason,
    ) {
        (None, _) => Outcome::missing(vec!["social_assistance_last_12_months"]),
        (Some(false), _) => Outcome::new(Status::Met, Message::new("req-sosialstonad-met")),
        (Some(true), None) => Outcome::missing(vec!["social_assistance_exempt_reason"]),
        (Some(true), Some(SocialAssistanceExemption::None)) => {
            Outcome::new(Status::NotMet, Message::new("req-sosialstonad-not-met"))
        }
        (Some(true), Some(r)) => Outcome::new(
            Status::Met,
            Message::new("req-sosialstonad-met-exempt")
                .arg("reason", opt("social_assistance_exempt_reason", r)),
        ),
    }
}

// ---------------------------------------------------------------------------
// bolig

fn bolig(c: &Ctx) -> Outcome {
    let f = c.facts;
    let Some(rel) = f.relation else {
        return Outcome::missing(vec!["relation"]);
    };
    if LIVE_TOGETHER.contains(&rel) {
        match f.will_live_together {
            None => Outcome::missing(vec!["will_live_together"]),
            Some(true) => Outcome::new(Status::Met, Message::new("req-bolig-together-met")),
            Some(false) => Outcome::new(Status::NotMet, Message::new("req-bolig-together-not-met")),
        }
    } else {
        match f.sponsor_has_housing {
            None => Outcome::missing(vec!["sponsor_has_housing"]),
            Some(true) => Outcome::new(Status::Met, Message::new("req-bolig-housing-met")),
            Some(false) => Outcome::new(Status::NotMet, Message::new("req-bolig-housing-not-met")),
        }
    }
}

// ---------------------------------------------------------------------------
// The catalogue

const JUSSBUSS: &str = "Jussbuss-infoskriv 2018";
const UDI_24: &str = "udi.no: kravet til å ha fylt 24 år";
const UNE_2023: &str = "UNE, årsrapport 2023";

const fn exc(id: &'static str, source: &'static str, when: fn(&Facts) -> bool) -> Exception {
    Exception { id, source, when }
}
const fn doc(id: &'static str, when: fn(&Facts) -> bool) -> Document {
    Document {
        id,
        note: false,
        when,
    }
}
/// Advice about documents, shown with them but never offered as an attachment.
const fn doc_note(id: &'static str, when: fn(&Facts) -> bool) -> Document {
    Document {
        id,
        note: true,
        when,
    }
}

/// The seven requirements of requirements.md, in order.
pub(super) static CATALOGUE: [Requirement; 7] = [
    Requirement {
        id: "personkrets",
        source: "utl. §§ 40–49",
        evaluate: personkrets,
        exceptions: &[
            exc("personkrets-cohabitants", "utl. §§ 40–49", is_cohabitant),
            exc("personkrets-permit-basis", JUSSBUSS, has_permit),
            exc("personkrets-strong-reasons", JUSSBUSS, is_discretionary),
        ],
        documents: &[
            doc("marriage-certificate", is_married),
            doc("cohabitation-declaration", is_cohabitant),
            doc("sponsor-permit-decision", has_permit),
            doc_note("explain-missing", always),
        ],
    },
    Requirement {
        id: "fireaarskrav",
        source: "utl. § 40 a, utf. § 9-1",
        evaluate: fireaarskrav,
        exceptions: &[
            exc("fireaarskrav-what-counts", "utf. § 9-1", always),
            exc("fireaarskrav-scope", "utl. § 40 a", always),
            exc("fireaarskrav-age-67", "utf. § 9-1", always),
        ],
        documents: &[
            doc("work-education-proof", always),
            doc_note("udi-fetches", always),
            doc_note("explain-missing", always),
        ],
    },
    Requirement {
        id: "alder24",
        source: "utl. § 41 a, § 48",
        evaluate: alder24,
        exceptions: &[
            exc("alder24-voluntary", "utl. § 41 a", always),
            exc("alder24-practice", UDI_24, always),
            exc("alder24-scope", "utl. § 41 a", always),
            exc("alder24-when-decided", UDI_24, always),
        ],
        documents: &[
            doc("marriage-certificate", is_married),
            doc("cohabitation-declaration", cohabited_before_move),
            doc("voluntary-statement", always),
            doc_note("explain-missing", always),
        ],
    },
    Requirement {
        id: "underhold_fremtidig",
        source: "utl. § 58, utf. § 10-8",
        evaluate: underhold_fremtidig,
        exceptions: &[
            exc("underhold-changed", UNE_2023, always),
            exc("underhold-figure", "utf. § 10-8", always),
            exc("underhold-humanitarian", JUSSBUSS, always),
            exc("underhold-provided", JUSSBUSS, always),
            exc("underhold-voluntary", JUSSBUSS, spouse_or_cohabitant),
        ],
        documents: &[
            doc("employment-contract", always),
            doc("nav-benefits", always),
            doc("self-employed", always),
            doc_note("no-payslips", always),
            doc_note("udi-fetches", always),
            doc_note("explain-missing", always),
        ],
    },
    Requirement {
        id: "underhold_tidligere",
        source: "utl. § 58, utf. § 10-9",
        evaluate: underhold_tidligere,
        exceptions: &[
            exc("tidligere-exemptions", "utf. § 10-9", always),
            exc("underhold-humanitarian", JUSSBUSS, always),
            exc("underhold-voluntary", JUSSBUSS, spouse_or_cohabitant),
        ],
        documents: &[
            doc("tax-settlement", always),
            doc("study-or-military", always),
            doc("self-employed-tax-return", always),
            doc_note("no-payslips", always),
            doc_note("explain-missing", always),
        ],
    },
    Requirement {
        id: "sosialstonad",
        source: "utf. § 10-10",
        evaluate: sosialstonad,
        exceptions: &[
            exc("sosial-awaiting", "utf. § 10-10 a", always),
            exc("sosial-introduction", "utf. § 10-10 b", always),
            exc("sosial-12-months", "utf. § 10-10", always),
            exc("underhold-humanitarian", JUSSBUSS, always),
        ],
        documents: &[
            doc("nav-social-assistance", always),
            doc_note("explain-missing", always),
        ],
    },
    Requirement {
        id: "bolig",
        source: JUSSBUSS,
        evaluate: bolig,
        exceptions: &[],
        documents: &[
            doc("live-together", lives_together_relation),
            doc("housing", housing_relation),
            doc_note("explain-missing", always),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn age_counts_the_birthday_itself() {
        assert_eq!(age_on(d("2002-03-15"), d("2026-03-15")), 24);
        assert_eq!(age_on(d("2002-03-16"), d("2026-03-15")), 23);
        assert_eq!(age_on(d("2004-02-29"), d("2028-02-29")), 24);
        assert_eq!(age_on(d("2004-02-29"), d("2027-02-28")), 22);
        assert_eq!(age_on(d("2004-02-29"), d("2027-03-01")), 23);
        assert_eq!(birthday(d("2004-02-29"), 23), Some(d("2027-03-01")));
    }

    #[test]
    fn codes_follow_requirements_md() {
        assert_eq!(code(Relation::ChildUnder18), "child_under_18");
        assert_eq!(code(Relation::SingleParentOver60), "single_parent_over_60");
        assert_eq!(
            code(Relation::Child1821LongResidence),
            "child_18_21_long_residence"
        );
        assert_eq!(code(PastIncomeExemption::WealthOver1m), "wealth_over_1m");
        assert_eq!(
            code(PastIncomeExemption::Studies60Credits),
            "studies_60_credits"
        );
    }

    #[test]
    fn kleene_logic() {
        let u = || Tri {
            v: None,
            missing: vec!["x"],
        };
        assert_eq!(Tri::known(false).and(u()).v, Some(false));
        assert_eq!(Tri::known(true).or(u()).v, Some(true));
        assert_eq!(Tri::known(true).and(u()).missing, vec!["x"]);
        assert_eq!(Tri::known(false).or(u()).v, None);
    }

    #[test]
    fn catalogue_order_matches_ids() {
        let ids: Vec<_> = CATALOGUE.iter().map(|r| r.id).collect();
        assert_eq!(ids, super::super::IDS);
    }
}
