//! The income requirements: future income (utf. § 10-8), past income
//! (utf. § 10-9) and no social assistance (utf. § 10-10), with the
//! whole-income exemptions E1–E5 and the pension route (requirements.md v2
//! §§ 3.5–3.8, 3.10, 3.11, 5.5–5.7).
use super::facts::{
    Facts, LastPaid, PastIncomeExemption as Ex, PensionType, Relation as R, SponsorStatus as St,
    Voluntariness,
};
use super::family::{Under18, under_18};
use super::figures::{self, Cmp, Row};
use super::logic::{Need, add_months, age_on, merge, need, next_day, next_working_day};
use super::{
    Cx, Note, Res, Rule, Status, child_applicant, child_sponsor, citizen_or_permanent, p2_rel,
    protected, renewal_set, rule,
};
use chrono::{Datelike, NaiveDate};

pub const FUTURE_SOURCE: &str = "utf. § 10-8 [F108] [CHG] [U1]";
pub const PAST_SOURCE: &str = "utf. § 10-9 [F109] [CHG] [U1]";
pub const SOCIAL_SOURCE: &str = "utf. § 10-10 [F1010] [GI0911]";

/// 3.2 G applies to applications registered from this date [CHG].
fn reform_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 2, 1).expect("date")
}
/// The 3.2 × average G past-income figure applies to decisions from this date [CHG] [U1].
fn past_reform_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 2, 1).expect("date")
}
/// From 1 August 2017 the application must be registered within 6 months [R2017] [VERN].
fn six_month_rule_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2017, 8, 1).expect("date")
}
/// E2: a child under 15 without carers (utf. § 10-8 as read in PN 2017-002 § 3.2.3).
const AGE_15: i32 = 15;
/// F-b-means: both 23 or older (utf. § 10-8 third paragraph (b)).
const AGE_23: i32 = 23;
/// E1: a sponsor under 18.
const AGE_18: i32 = 18;

// --- the whole-income exemptions E1–E5 (§ 3.10) ------------------------------

const E1: Rule = rule("E1", "utf. § 10-8 [INC] [PAR] [SEED]; utl. § 50 [L50]");
const E1_BOUNDARY: Rule = rule("E1-boundary", "utl. § 50 [L50]");
const E2: Rule = rule("E2", "utf. § 10-8; PN 2017-002 § 3.2.3 [U15] [PN17]");
const E2_15: Rule = rule("E2-15", "PN 2017-002 § 3.2.3 [U15] [PN17]");
const E3: Rule = rule("E3", "GI-30/2010 [GI30]");
const E3_LATE: Rule = rule("E3-late", "GI-30/2010 [GI30] [SOM12] [UNEE4]");
const E4: Rule = rule(
    "E4",
    "utf. § 10-8 fjerde ledd bokstav a og c, femte ledd [UNEE4] [R2017] [VERN] [LT1]",
);
const E4_FAMILY: Rule = rule(
    "E4-family",
    "utf. § 10-8 fjerde ledd bokstav a og c [UNEE4] [VERN] [LT1]",
);
const E4_DEADLINE: Rule = rule(
    "E4-deadline",
    "utf. § 10-8 femte ledd [UNEE4] [R2017] [VERN]",
);
/// [R2017]: "Det gjøres unntak fra fristene dersom søkeren har vært forhindret … utenfor søkerens kontroll".
const E4_WAIVER: Rule = rule("E4-waiver", "utf. § 10-8 femte ledd [R2017] [SOM15] [VERN]");
/// Delivery on the next working day after a limit on a closed day, by analogy
/// to domstolloven § 149 (B9, UNVERIFIED).
const E4_CLOSED_DAY: Rule = rule(
    "E4-closed-day",
    "utf. § 10-8 femte ledd; domstolloven § 149 (analogi) [SOM15] [VERN]",
);
const E4_COHABITANT: Rule = rule("E4-cohabitant", "utf. § 10-8 fjerde ledd [VERN] [R2017]");
/// The regulation text naming § 34 was found only in Sivilombudet's description [SOM12].
const E4_COLLECTIVE: Rule = rule(
    "E4-collective",
    "utf. § 10-8 fjerde ledd bokstav a, femte ledd; utl. § 34 [SOM12] [UKR] [VERN]",
);
const E5: Rule = rule("E5", "utf. § 10-8 [INC] [SEED]");
const E5_LATE: Rule = rule("E5-late", "utf. § 10-8 [INC] [SEED]");

#[derive(Debug, Clone, PartialEq)]
enum Out {
    Exempt,
    Assess,
    No,
    Unknown(Vec<String>),
}

#[derive(Debug, Clone)]
struct Step {
    out: Out,
    rule: Rule,
    exc: Vec<&'static str>,
    notes: Vec<Note>,
}

fn step(out: Out, rule: Rule) -> Step {
    Step {
        out,
        rule,
        exc: vec![],
        notes: vec![],
    }
}

fn unknown(rule: Rule, m: Vec<String>) -> Step {
    step(Out::Unknown(m), rule)
}

macro_rules! get {
    ($e:expr, $rule:expr) => {
        match $e {
            Ok(v) => v,
            Err(m) => return unknown($rule, m),
        }
    };
}

fn e1(cx: &Cx) -> Step {
    let f = cx.f;
    let rel = f.relation.unwrap_or(R::Other);
    let birth = get!(need(f.sponsor_birth_date, "sponsor_birth_date"), E1);
    if child_sponsor(rel) {
        return match get!(under_18(f, birth, cx.x), E1) {
            Under18::Yes => step(Out::Exempt, E1),
            Under18::No => step(Out::No, E1),
            Under18::Boundary => Step {
                notes: vec![Note::Boundary],
                ..unknown(E1_BOUNDARY, vec![])
            },
        };
    }
    if age_on(birth, cx.x) < AGE_18 {
        step(Out::Exempt, E1)
    } else {
        step(Out::No, E1)
    }
}

fn e2(cx: &Cx) -> Step {
    let f = cx.f;
    if !child_applicant(f.relation.unwrap_or(R::Other)) {
        return step(Out::No, E2);
    }
    let birth = get!(need(f.applicant_birth_date, "applicant_birth_date"), E2);
    let flag = || {
        need(
            f.applicant_under_15_without_carers,
            "applicant_under_15_without_carers",
        )
    };
    if age_on(birth, cx.x) < AGE_15 {
        return if get!(flag(), E2) {
            step(Out::Exempt, E2)
        } else {
            step(Out::No, E2)
        };
    }
    let delivered = get!(
        need(f.application_delivered, "application_delivered"),
        E2_15
    );
    if age_on(birth, delivered) < AGE_15 && get!(flag(), E2_15) {
        // Which date decides "under 15" is UNVERIFIED.
        return Step {
            exc: vec!["underhold-child-under-15"],
            notes: vec![Note::Unverified],
            ..step(Out::Assess, E2_15)
        };
    }
    step(Out::No, E2)
}

fn e3(cx: &Cx) -> Step {
    let f = cx.f;
    if f.relation != Some(R::ChildUnder18) {
        return step(Out::No, E3);
    }
    let status = get!(need(f.sponsor_status, "sponsor_status"), E3);
    if matches!(status, St::NorwegianCitizen | St::NordicCitizen) {
        return step(Out::No, E3);
    }
    let birth = get!(need(f.applicant_birth_date, "applicant_birth_date"), E3);
    let limit = add_months(birth, 12);
    let registered = get!(need(f.application_registered, "application_registered"), E3);
    if registered > limit {
        return step(Out::No, E3);
    }
    if !get!(
        need(f.applicant_born_in_norway, "applicant_born_in_norway"),
        E3
    ) {
        return step(Out::No, E3);
    }
    let delivered = get!(need(f.application_delivered, "application_delivered"), E3);
    if delivered <= limit {
        step(Out::Exempt, E3)
    } else {
        // "fremmet": registration (Sivilombudet) or delivery (UNE): UNVERIFIED.
        Step {
            exc: vec!["underhold-born-in-norway"],
            notes: vec![Note::Unverified],
            ..step(Out::Assess, E3_LATE)
        }
    }
}

enum Family {
    Exempt,
    Assess,
}

fn e4(cx: &Cx) -> Step {
    use super::logic::{Tri, before_entry, moved_to_norway};
    let f = cx.f;
    let status = get!(need(f.sponsor_status, "sponsor_status"), E4);
    if !protected(status) {
        return step(Out::No, E4);
    }
    let rel = f.relation.unwrap_or(R::Other);
    let tri = |t: Tri| -> Result<bool, Vec<String>> {
        match t {
            Tri::T => Ok(true),
            Tri::F => Ok(false),
            Tri::U(m) => Err(m),
        }
    };
    let family = if super::married(rel) {
        if get!(tri(before_entry(f, f.marriage_date, "marriage_date")), E4) {
            Family::Exempt
        } else {
            return step(Out::No, E4_FAMILY);
        }
    } else if rel == R::Cohabitant {
        let two = moved_to_norway(f).and_then(|| {
            Tri::from_need(need(
                f.cohabited_two_years_before_move,
                "cohabited_two_years_before_move",
            ))
        });
        if get!(tri(two), E4) {
            Family::Exempt
        } else {
            // Rows 3 and 4: either one makes it an assessment (checked together).
            let established = Tri::from_need(need(
                f.cohabitation_established_before_entry,
                "cohabitation_established_before_entry",
            ));
            let child = match f.child_together_conceived {
                Some(c) => Tri::of(c == super::facts::ChildConceived::BeforeSponsorEntry),
                None => Tri::U(vec!["child_together_conceived".into()]),
            };
            match (established, child) {
                (Tri::T, _) | (_, Tri::T) => Family::Assess,
                (Tri::F, Tri::F) => return step(Out::No, E4_FAMILY),
                (Tri::U(a), Tri::U(b)) => return unknown(E4, merge(a, b)),
                (Tri::U(m), _) | (_, Tri::U(m)) => return unknown(E4, m),
            }
        }
    } else if rel == R::ChildUnder18 {
        Family::Exempt
    } else {
        return step(Out::No, E4_FAMILY);
    };
    let mut exc = vec![];
    if matches!(family, Family::Assess) {
        exc.push("underhold-refugee-cohabitant");
    }
    let collective = status == St::CollectiveProtection;
    if collective {
        exc.push("underhold-collective-protection");
    }
    let with = |out: Out, rule: Rule, exc: &Vec<&'static str>| Step {
        out,
        rule,
        exc: exc.clone(),
        notes: vec![],
    };
    let p = match need(
        f.sponsor_permit_decision_date,
        "sponsor_permit_decision_date",
    ) {
        Ok(p) => p,
        Err(m) => return with(Out::Unknown(m), E4, &exc),
    };
    let mut missed = false;
    let mut closed = false;
    if p >= six_month_rule_from() {
        let registered = match need(f.application_registered, "application_registered") {
            Ok(d) => d,
            Err(m) => return with(Out::Unknown(m), E4, &exc),
        };
        missed = registered > add_months(p, 6);
    }
    if !missed {
        let delivered = match need(f.application_delivered, "application_delivered") {
            Ok(d) => d,
            Err(m) => return with(Out::Unknown(m), E4, &exc),
        };
        let limit = add_months(p, 12);
        if delivered > limit {
            if crate::holidays::is_closed(limit) && delivered <= next_working_day(limit) {
                closed = true;
            } else {
                missed = true;
            }
        }
    }
    if missed || closed {
        exc.push("underhold-refugee-deadline-waiver");
    }
    let mut s = if missed {
        match f.application_deadline_prevented {
            None => with(
                Out::Unknown(vec!["application_deadline_prevented".into()]),
                E4_DEADLINE,
                &exc,
            ),
            Some(false) => with(Out::No, E4_DEADLINE, &exc),
            Some(true) => with(Out::Assess, E4_WAIVER, &exc),
        }
    } else if closed {
        with(Out::Assess, E4_CLOSED_DAY, &exc)
    } else if matches!(family, Family::Assess) {
        with(Out::Assess, E4_COHABITANT, &exc)
    } else if collective {
        with(Out::Assess, E4_COLLECTIVE, &exc)
    } else {
        with(Out::Exempt, E4, &exc)
    };
    if collective || closed || matches!(family, Family::Assess) {
        s.notes.push(Note::Unverified);
    }
    s
}

fn e5(cx: &Cx) -> Step {
    let f = cx.f;
    let status = get!(need(f.sponsor_status, "sponsor_status"), E5);
    if f.relation != Some(R::ChildUnder18)
        || !matches!(status, St::Humanitarian | St::OtherPermitWithBasis)
    {
        return step(Out::No, E5);
    }
    if !get!(
        need(f.sponsor_trafficking_victim, "sponsor_trafficking_victim"),
        E5
    ) {
        return step(Out::No, E5);
    }
    let p = get!(
        need(
            f.sponsor_permit_decision_date,
            "sponsor_permit_decision_date"
        ),
        E5
    );
    let registered = get!(need(f.application_registered, "application_registered"), E5);
    let notes = vec![Note::Unverified];
    if registered <= add_months(p, 6) {
        Step {
            notes,
            ..step(Out::Exempt, E5)
        }
    } else if registered <= add_months(p, 12) {
        Step {
            exc: vec!["underhold-trafficking-deadline"],
            notes,
            ..step(Out::Assess, E5_LATE)
        }
    } else {
        Step {
            notes,
            ..step(Out::No, E5_LATE)
        }
    }
}

/// The combined whole-income exemption W (§ 3.10).
struct W {
    out: Out,
    rule: Rule,
    /// The exception ids of all five steps.
    exc: Vec<&'static str>,
    notes: Vec<Note>,
}

fn whole_income(cx: &Cx) -> W {
    let steps = [e1(cx), e2(cx), e3(cx), e4(cx), e5(cx)];
    let mut exc: Vec<&'static str> = vec![];
    for s in &steps {
        for e in &s.exc {
            if !exc.contains(e) {
                exc.push(e);
            }
        }
    }
    let pick = |s: &Step| W {
        out: s.out.clone(),
        rule: s.rule,
        exc: exc.clone(),
        notes: s.notes.clone(),
    };
    if let Some(s) = steps.iter().find(|s| s.out == Out::Exempt) {
        return pick(s);
    }
    let mut missing: Vec<String> = vec![];
    let mut first_unknown = None;
    for s in &steps {
        if let Out::Unknown(m) = &s.out {
            missing = merge(missing, m.clone());
            first_unknown.get_or_insert(s);
        }
    }
    if let Some(s) = first_unknown {
        return W {
            out: Out::Unknown(missing),
            ..pick(s)
        };
    }
    if let Some(s) = steps.iter().find(|s| s.out == Out::Assess) {
        return pick(s);
    }
    W {
        out: Out::No,
        rule: E1,
        exc,
        notes: vec![],
    }
}

// --- the pension route P (§ 3.11) -------------------------------------------

const P_SOURCE: &str = "utf. § 10-8 annet ledd [F108] [FOR13] [RET25] [DIS]";
const P_MISSING: Rule = rule("P-missing", P_SOURCE);
const P_NOFIG: Rule = rule("P-nofig", "utf. § 10-8 annet ledd [RET25]");
/// utf. § 10-8 second paragraph; [RET25]: "There is no requirement for previous income if your pension meets the requirement".
const P1: Rule = rule("P1", "utf. § 10-8 annet ledd [F108] [RET25]");
const P1_CONFLICT: Rule = rule("P1-conflict", "utf. § 10-8 annet ledd [DIS]");
const P1_BAND: Rule = rule("P1-band", P_SOURCE);
const P_V1: Rule = rule("P-V1", P_SOURCE);
const P2_CONFLICT: Rule = rule("P2-conflict", "utf. § 10-11 annet ledd [F1011] [DIS]");
const P2_BAND: Rule = rule("P2-band", "utf. § 10-11 annet ledd [F1011]");
/// utf. § 10-11 second paragraph: pension plus other income for a child.
const P2_CHILD: Rule = rule("P2-child", "utf. § 10-11 annet ledd [F1011]");
/// [RET25]: "and the relationship is clearly voluntary"; [F1011]: "kan unntak bare gjøres dersom det er åpenbart at samlivet er frivillig".
const P2: Rule = rule("P2", "utf. § 10-11 annet ledd [F1011]; [RET25]");
const P2_NOT_ADDRESSED: Rule = rule(
    "P2-not-addressed",
    "utf. § 10-11 annet ledd [F1011] [UNE24]",
);
const P2_DOUBTED: Rule = rule("P2-doubted", "utf. § 10-11 annet ledd [F1011]");

#[derive(Debug, Clone, PartialEq)]
enum POut {
    MetAlone,
    MetCombined,
    Assess,
    Unknown(Vec<String>),
    No,
}

struct P {
    out: POut,
    rule: Rule,
    exc: Vec<&'static str>,
    figure: Option<&'static Row>,
    notes: Vec<Note>,
}

fn p(out: POut, rule: Rule, figure: Option<&'static Row>) -> P {
    P {
        out,
        rule,
        exc: vec![],
        figure,
        notes: vec![],
    }
}

macro_rules! pget {
    ($e:expr, $fig:expr) => {
        match $e {
            Ok(v) => v,
            Err(m) => return p(POut::Unknown(m), P_MISSING, $fig),
        }
    };
}

fn pension(cx: &Cx) -> P {
    let f = cx.f;
    let kind = pget!(need(f.sponsor_pension_type, "sponsor_pension_type"), None);
    let row = match kind {
        PensionType::None => return p(POut::No, P_MISSING, None),
        PensionType::Retirement => figures::retirement(cx.x),
        PensionType::Disability => figures::disability(
            pget!(
                need(f.sponsor_disability_rate, "sponsor_disability_rate"),
                None
            ),
            cx.x,
        ),
    };
    let Some(row) = row else {
        return P {
            notes: vec![Note::NoFigure],
            ..p(POut::Unknown(vec![]), P_NOFIG, None)
        };
    };
    let fig = Some(row);
    let amount = pget!(
        need(f.sponsor_pension_amount, "sponsor_pension_amount"),
        fig
    );
    match row.compare(amount) {
        Cmp::Met => return p(POut::MetAlone, P1, fig),
        Cmp::Conflict => {
            return P {
                notes: vec![Note::Conflict],
                ..p(POut::Assess, P1_CONFLICT, fig)
            };
        }
        Cmp::Band => {
            return P {
                notes: vec![Note::Band],
                ..p(POut::Unknown(vec![]), P1_BAND, fig)
            };
        }
        Cmp::NotMet => {}
    }
    let rel = f.relation.unwrap_or(R::Other);
    if !p2_rel(rel) {
        return p(POut::No, P1, fig);
    }
    let income = pget!(need(f.sponsor_future_income, "sponsor_future_income"), fig);
    if income < amount {
        return P {
            notes: vec![Note::MustIncludePension],
            ..p(
                POut::Unknown(vec!["sponsor_future_income".into()]),
                P_V1,
                fig,
            )
        };
    }
    match row.compare(income) {
        Cmp::NotMet => return p(POut::No, P2, fig),
        Cmp::Conflict => {
            return P {
                notes: vec![Note::Conflict],
                ..p(POut::Assess, P2_CONFLICT, fig)
            };
        }
        Cmp::Band => {
            return P {
                notes: vec![Note::Band],
                ..p(POut::Unknown(vec![]), P2_BAND, fig)
            };
        }
        Cmp::Met => {}
    }
    if rel == R::ChildUnder18 {
        return p(POut::MetCombined, P2_CHILD, fig);
    }
    match pget!(
        need(f.decision_voluntariness, "decision_voluntariness"),
        fig
    ) {
        Voluntariness::Accepted => p(POut::MetCombined, P2, fig),
        Voluntariness::NotAddressed => P {
            exc: vec!["underhold-pension-combined"],
            ..p(POut::Assess, P2_NOT_ADDRESSED, fig)
        },
        Voluntariness::Doubted => p(POut::No, P2_DOUBTED, fig),
    }
}

// --- regimes (§ 3.5, 3.6) ---------------------------------------------------

fn regime_date(f: &Facts) -> Need<NaiveDate> {
    if need(f.is_renewal, "is_renewal")? {
        need(
            f.first_family_application_registered,
            "first_family_application_registered",
        )
    } else {
        need(f.application_registered, "application_registered")
    }
}

fn future_regime(d: NaiveDate) -> &'static str {
    if d >= reform_date() { "g32" } else { "g27" }
}

fn past_regime(d: NaiveDate, x: NaiveDate) -> &'static str {
    if d >= reform_date() && x >= past_reform_date() {
        "avg_g32"
    } else {
        "avg_g27"
    }
}

// --- general rules F and T --------------------------------------------------

/// utf. § 10-8 [F108] [CHG] [U1].
const F_GEN: Rule = rule("F-gen", "utf. § 10-8 [F108] [CHG] [U1]");
/// utf. § 10-8 third paragraph (a): the applicant's income from lawful work in Norway counts.
const F_GEN_A: Rule = rule("F-gen-a", "utf. § 10-8 tredje ledd bokstav a [F108]");
/// [STP]: "money that you or the applicant has in an account".
const F_STP: Rule = rule("F-stp", "utf. § 10-8 [STP]");
/// utf. § 10-8 third paragraph (b): "Da kan det også legges vekt på et arbeidstilbud til søkeren".
const F_B_MEANS: Rule = rule("F-b-means", "utf. § 10-8 tredje ledd bokstav b [F108]");
const F_BAND: Rule = rule("F-band", "utf. § 10-8 [F108]");
const F_NOFIG: Rule = rule("F-nofig", "utf. § 10-8 [F108]");
/// utf. § 10-11 third paragraph: students and researchers with own funds.
const F_STU: Rule = rule("F-stu", "utf. § 10-11 tredje ledd [F1011] [G0516] [STP]");
/// [WEA]: an exception for large wealth only "when it is obvious that you and the applicant have a voluntary relationship".
const F_CAP: Rule = rule("F-cap", "utf. § 10-11 annet ledd [WEA]");

/// The outcome of a general rule.
struct G {
    res: Res,
    figure: Option<&'static Row>,
}

fn g(res: Res, figure: Option<&'static Row>) -> G {
    G { res, figure }
}

macro_rules! gget {
    ($e:expr, $rule:expr, $fig:expr) => {
        match $e {
            Ok(v) => v,
            Err(m) => return g(Res::missing($rule, m), $fig),
        }
    };
}

fn band(rule: Rule, cmp: Cmp) -> Res {
    if cmp == Cmp::Conflict {
        Res::new(Status::NeedsAssessment, rule).note(Note::Conflict)
    } else {
        Res::new(Status::Unknown, rule).note(Note::Band)
    }
}

fn general_future(cx: &Cx) -> G {
    let f = cx.f;
    let rel = f.relation.unwrap_or(R::Other);
    let status = gget!(need(f.sponsor_status, "sponsor_status"), F_GEN, None);
    let regime = future_regime(gget!(regime_date(f), F_GEN, None));
    let Some(row) = figures::future(regime, cx.x) else {
        return g(
            Res::new(Status::Unknown, F_NOFIG).note(Note::NoFigure),
            None,
        );
    };
    let fig = Some(row);
    let sponsor = gget!(
        need(f.sponsor_future_income, "sponsor_future_income"),
        F_GEN,
        fig
    );
    if row.compare(sponsor) == Cmp::Met {
        return g(Res::new(Status::Met, F_GEN), fig);
    }
    let with_applicant = sponsor
        + gget!(
            need(
                f.applicant_lawful_income_norway,
                "applicant_lawful_income_norway"
            ),
            F_GEN_A,
            fig
        );
    if row.compare(with_applicant) == Cmp::Met {
        return g(Res::new(Status::Met, F_GEN_A), fig);
    }
    let mut countable = with_applicant;
    if status == St::StudyPermit {
        countable += gget!(need(f.applicant_means, "applicant_means"), F_STP, fig);
        if row.compare(countable) == Cmp::Met {
            return g(Res::new(Status::Met, F_STP), fig);
        }
    }
    let higher_ed = gget!(
        need(f.sponsor_in_higher_education, "sponsor_in_higher_education"),
        F_B_MEANS,
        fig
    );
    let exemption = || {
        need(
            f.sponsor_past_income_exemption,
            "sponsor_past_income_exemption",
        )
    };
    if higher_ed && gget!(exemption(), F_B_MEANS, fig) == Ex::Studies60Credits {
        let both_23 = match super::family::birth_dates(f) {
            Ok((s, a)) => age_on(s, cx.x) >= AGE_23 && age_on(a, cx.x) >= AGE_23,
            Err(m) => return g(Res::missing(F_B_MEANS, m), fig),
        };
        if both_23 {
            let means = gget!(need(f.applicant_means, "applicant_means"), F_B_MEANS, fig);
            if row.compare(with_applicant + means) != Cmp::NotMet {
                return g(
                    Res::new(Status::NeedsAssessment, F_B_MEANS)
                        .exc(&["underhold-applicant-means"]),
                    fig,
                );
            }
        }
    }
    let cmp = row.compare(countable);
    if matches!(cmp, Cmp::Band | Cmp::Conflict) {
        return g(band(F_BAND, cmp), fig);
    }
    if matches!(status, St::StudyPermit | St::ResearcherOwnFunds) || higher_ed {
        return g(
            Res::new(Status::NeedsAssessment, F_STU).exc(&["underhold-student-researcher"]),
            fig,
        );
    }
    if gget!(exemption(), F_CAP, fig) == Ex::WealthOver1m && p2_rel(rel) {
        let voluntary_enough = rel == R::ChildUnder18
            || gget!(
                need(f.decision_voluntariness, "decision_voluntariness"),
                F_CAP,
                fig
            ) != Voluntariness::Doubted;
        if voluntary_enough {
            return g(
                Res::new(Status::NeedsAssessment, F_CAP).exc(&["underhold-wealth"]),
                fig,
            );
        }
    }
    let mut res = Res::new(Status::NotMet, F_GEN);
    res.shortfall = Some(row.hi() as i64 - countable as i64);
    g(res, fig)
}

const T_YEAR: Rule = rule("T-year", "utf. § 10-9 [F109] [U2]");
const T_NOFIG: Rule = rule("T-nofig", "utf. § 10-9 [F109]");
const T_GEN: Rule = rule("T-gen", "utf. § 10-9 [F109] [CHG] [U1]");
const T_BAND: Rule = rule("T-band", "utf. § 10-9 [F109]");
/// utf. § 10-9 (c), old text; UDI's capital page still demands past income [WEA]: UNVERIFIED.
const T_CAP: Rule = rule("T-cap", "utf. § 10-9 bokstav c (eldre tekst) [F109] [WEA]");
const T_RES: Rule = rule("T-res", "utf. § 10-11 tredje ledd [F1011]");
/// utf. § 10-9 (e), old text only: UNVERIFIED.
const T_SKILL: Rule = rule("T-skill", "utf. § 10-9 bokstav e (eldre tekst) [F109]");
const T_PENSION: Rule = rule(
    "T-pension",
    "utf. § 10-9 tredje ledd bokstav d [F109] [RET25] [DIS]",
);
/// utf. § 10-9 (a) [STU]: "There is no requirement that you had any income last year".
const T_STUD: Rule = rule("T-stud", "utf. § 10-9 bokstav a [F109] [STU]");
const T_MIL: Rule = rule("T-mil", "utf. § 10-9 bokstav b [F109] [INC]");
/// [STP]: "No requirement for the reference person's income last year".
const T_STP: Rule = rule("T-stp", "[STP]");

fn general_past(cx: &Cx) -> G {
    let f = cx.f;
    let status = gget!(need(f.sponsor_status, "sponsor_status"), T_GEN, None);
    let regime = past_regime(gget!(regime_date(f), T_GEN, None), cx.x);
    let default_year = f.past_income_year.unwrap_or(cx.a.year() - 1);
    let (year, income, abroad, names) =
        if cx.x.year() == cx.a.year() || cx.x.year() - 1 == default_year {
            (
                default_year,
                f.sponsor_past_income,
                f.sponsor_past_income_abroad,
                (
                    "sponsor_past_income".to_string(),
                    "sponsor_past_income_abroad".to_string(),
                ),
            )
        } else {
            let y = cx.x.year() - 1;
            (
                y,
                f.past_income_for(y),
                f.past_income_abroad_for(y),
                (
                    format!("sponsor_past_income_by_year.{y}"),
                    format!("sponsor_past_income_abroad_by_year.{y}"),
                ),
            )
        };
    if year >= cx.x.year() {
        return g(Res::new(Status::Unknown, T_YEAR), None);
    }
    let Some(row) = figures::past(regime, year) else {
        return g(
            Res::new(Status::Unknown, T_NOFIG).note(Note::NoFigure),
            None,
        );
    };
    let fig = Some(row);
    let gross = gget!(need(income, &names.0), T_GEN, fig);
    let counted = if row.compare(gross) != Cmp::NotMet && !citizen_or_permanent(status) {
        gross.saturating_sub(gget!(need(abroad, &names.1), T_GEN, fig))
    } else {
        gross
    };
    let cmp = row.compare(counted);
    match cmp {
        Cmp::Met => return g(Res::new(Status::Met, T_GEN), fig),
        Cmp::Band | Cmp::Conflict => return g(band(T_BAND, cmp), fig),
        Cmp::NotMet => {}
    }
    let ex = gget!(
        need(
            f.sponsor_past_income_exemption,
            "sponsor_past_income_exemption"
        ),
        T_CAP,
        fig
    );
    if ex == Ex::WealthOver1m {
        return g(
            Res::new(Status::NeedsAssessment, T_CAP)
                .exc(&["underhold-wealth"])
                .note(Note::Unverified),
            fig,
        );
    }
    if status == St::ResearcherOwnFunds {
        return g(
            Res::new(Status::NeedsAssessment, T_RES).exc(&["underhold-student-researcher"]),
            fig,
        );
    }
    if status == St::SkilledWorker {
        return g(
            Res::new(Status::NeedsAssessment, T_SKILL)
                .exc(&["underhold-skilled-worker"])
                .note(Note::Unverified),
            fig,
        );
    }
    let mut res = Res::new(Status::NotMet, T_GEN);
    res.shortfall = Some(row.hi() as i64 - counted as i64);
    g(res, fig)
}

// --- the three requirements (§§ 5.5–5.7) ------------------------------------

/// utf. § 10-20 third paragraph: no income requirement at renewal of a
/// permit first given under §§ 40–46, "med mindre dette gjøres for
/// referansepersonen" (closing words UNVERIFIED).
const R_RENEWAL: Rule = rule("R-renewal", "utf. § 10-20 tredje ledd [F1020] [GI11]");

#[derive(Clone, Copy, PartialEq)]
enum Which {
    Future,
    Past,
    Social,
}

fn from_w(w: &W) -> Res {
    let mut res = match &w.out {
        Out::Exempt => Res::new(Status::NotApplicable, w.rule),
        Out::Assess => Res::new(Status::NeedsAssessment, w.rule),
        Out::Unknown(m) => Res::missing(w.rule, m.clone()),
        Out::No => Res::new(Status::NotMet, w.rule),
    };
    for n in &w.notes {
        res = res.note(n.clone());
    }
    res
}

fn from_p(pr: &P, met: Status) -> Res {
    let mut res = match &pr.out {
        POut::MetAlone | POut::MetCombined => Res::new(met, pr.rule),
        POut::Assess => Res::new(Status::NeedsAssessment, pr.rule),
        POut::Unknown(m) => Res::missing(pr.rule, m.clone()),
        POut::No => Res::new(Status::NotMet, pr.rule),
    };
    if let Some(row) = pr.figure {
        res = res.figure(row);
    }
    for n in &pr.notes {
        res = res.note(n.clone());
    }
    res
}

/// Steps 9 and the base exceptions shared by the three requirements.
fn finish(cx: &Cx, mut res: Res, which: Which, w: &W, pr: Option<&P>) -> Res {
    let f = cx.f;
    let rel = f.relation.unwrap_or(R::Other);
    let renewal = f.is_renewal == Some(true) && renewal_set(rel);
    if res.status == Status::NotMet && renewal {
        res.status = Status::NeedsAssessment;
        res.rule = R_RENEWAL.id;
        res.source = R_RENEWAL.source;
        res.shortfall = None;
        res = res.note(Note::Unverified);
    }
    if res.status.needs_attention() {
        res = res.exc(&["underhold-humanitarian"]);
        if p2_rel(rel) && f.decision_voluntariness != Some(Voluntariness::Doubted) {
            res = res.exc(&["underhold-provided"]);
        }
        if which != Which::Social {
            res = res.exc(&["underhold-changed"]);
        }
        if renewal {
            res = res.exc(&["renewal-no-income-requirement"]);
        }
        res = res.exc(&w.exc);
        if let Some(pr) = pr {
            res = res.exc(&pr.exc);
        }
    }
    res
}

fn attach_figure(mut res: Res, fig: Option<&'static Row>) -> Res {
    if res.figure.is_none()
        && let Some(row) = fig
    {
        res = res.figure(row);
    }
    res
}

pub fn underhold_fremtidig(cx: &Cx) -> Res {
    let w = whole_income(cx);
    let mut res = if w.out == Out::Exempt {
        from_w(&w)
    } else {
        let pr = pension(cx);
        if matches!(pr.out, POut::MetAlone | POut::MetCombined) {
            from_p(&pr, Status::Met)
        } else {
            let general = general_future(cx);
            let res = if general.res.status == Status::Met {
                general.res
            } else if w.out == Out::Assess || matches!(w.out, Out::Unknown(_)) {
                from_w(&w)
            } else if matches!(pr.out, POut::Assess | POut::Unknown(_)) {
                from_p(&pr, Status::Met)
            } else {
                general.res
            };
            let res = attach_figure(res, general.figure);
            return with_stated(cx, finish(cx, res, Which::Future, &w, Some(&pr)));
        }
    };
    res = finish(cx, res, Which::Future, &w, None);
    with_stated(cx, res)
}

fn with_stated(cx: &Cx, res: Res) -> Res {
    match cx.f.decision_stated_future_figure {
        Some(stated) if res.status != Status::NotApplicable => {
            res.note(Note::StatedFigure { stated })
        }
        _ => res,
    }
}

pub fn underhold_tidligere(cx: &Cx) -> Res {
    let f = cx.f;
    let w = whole_income(cx);
    if w.out == Out::Exempt {
        return finish(cx, from_w(&w), Which::Past, &w, None);
    }
    let pr = pension(cx);
    if matches!(pr.out, POut::MetAlone | POut::MetCombined) {
        return Res::new(Status::NotApplicable, T_PENSION);
    }
    let status = match need(f.sponsor_status, "sponsor_status") {
        Ok(s) => s,
        Err(m) => return Res::missing(T_GEN, m),
    };
    let ex = f.sponsor_past_income_exemption;
    if ex == Some(Ex::Studies60Credits) && citizen_or_permanent(status) {
        return Res::new(Status::NotApplicable, T_STUD);
    }
    if ex == Some(Ex::MilitaryService) {
        return Res::new(Status::NotApplicable, T_MIL);
    }
    if status == St::StudyPermit {
        return Res::new(Status::NotApplicable, T_STP);
    }
    let general = general_past(cx);
    let res = if general.res.status == Status::Met {
        general.res.note(Note::KeepIncome)
    } else if w.out == Out::Assess || matches!(w.out, Out::Unknown(_)) {
        from_w(&w)
    } else if matches!(pr.out, POut::Assess | POut::Unknown(_)) {
        from_p(&pr, Status::NotApplicable)
    } else if ex.is_none() && general.res.status != Status::Unknown {
        // An exemption of § 10-9 could not be checked (§ 2.7).
        Res::missing(
            general.res_rule(),
            vec!["sponsor_past_income_exemption".into()],
        )
    } else {
        general.res
    };
    let res = attach_figure(res, general.figure);
    finish(cx, res, Which::Past, &w, Some(&pr))
}

impl G {
    fn res_rule(&self) -> Rule {
        Rule {
            id: self.res.rule,
            source: self.res.source,
        }
    }
}

const S_NEVER: Rule = rule("S-never", "");
const S_OUTSIDE: Rule = rule("S-outside", "");
/// utf. § 10-10 (a) and (b).
const S_EXEMPT: Rule = rule("S-exempt", "utf. § 10-10 bokstav a og b [F1010]");
const S_BOUNDARY: Rule = rule("S-boundary", "");
const S_STU: Rule = rule("S-stu", "utf. § 10-11 tredje ledd [F1011] [G0516]");
const S_INSIDE: Rule = rule("S-inside", "");

pub fn sosialstonad(cx: &Cx) -> Res {
    let f = cx.f;
    let w = whole_income(cx);
    let done = |res: Res| finish(cx, res, Which::Social, &w, None);
    if w.out == Out::Exempt {
        return done(from_w(&w));
    }
    let paid = match f.social_assistance_last_paid {
        Some(p) => p,
        None => {
            let mut m = vec!["social_assistance_last_paid".to_string()];
            if let Out::Unknown(wm) = &w.out {
                m = merge(m, wm.clone());
            }
            return done(Res::missing(S_NEVER, m));
        }
    };
    let last = match paid {
        LastPaid::Never => return Res::new(Status::Met, S_NEVER),
        LastPaid::On(d) => d,
    };
    let quarantine_end = add_months(last, 12);
    let met_from = Some(next_day(quarantine_end));
    if cx.x > quarantine_end {
        return Res::new(Status::Met, S_OUTSIDE).met_from(met_from);
    }
    match need(
        f.social_assistance_exempt_reason,
        "social_assistance_exempt_reason",
    ) {
        Err(m) => return done(Res::missing(S_EXEMPT, m).met_from(met_from)),
        Ok(super::facts::SocialAssistanceExemption::None) => {}
        Ok(_) => return Res::new(Status::Met, S_EXEMPT).met_from(met_from),
    }
    if w.out == Out::Assess || matches!(w.out, Out::Unknown(_)) {
        return done(from_w(&w));
    }
    if cx.x == quarantine_end {
        return done(
            Res::new(Status::Unknown, S_BOUNDARY)
                .met_from(met_from)
                .note(Note::Boundary),
        );
    }
    let status = f.sponsor_status;
    let student = matches!(status, Some(St::StudyPermit | St::ResearcherOwnFunds));
    let higher_ed = if student {
        false
    } else {
        match need(f.sponsor_in_higher_education, "sponsor_in_higher_education") {
            Ok(b) => b,
            Err(m) => return done(Res::missing(S_STU, m).met_from(met_from)),
        }
    };
    if student || higher_ed {
        return done(
            Res::new(Status::NeedsAssessment, S_STU)
                .met_from(met_from)
                .exc(&["underhold-student-researcher"]),
        );
    }
    done(Res::new(Status::NotMet, S_INSIDE).met_from(met_from))
}
