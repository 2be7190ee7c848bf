//! Properties of the rule catalogue over random facts.
use chrono::NaiveDate;
use klagehjelp::Lang;
use klagehjelp::facts::*;
use klagehjelp::requirements::{self, Status};
use proptest::option::of;
use proptest::prelude::*;
use proptest::sample::select;

fn date(from: i32, to: i32) -> impl Strategy<Value = NaiveDate> {
    (from..=to, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn facts() -> impl Strategy<Value = Facts> {
    let a = (
        of(select(vec![
            Relation::Spouse,
            Relation::RegisteredPartner,
            Relation::Cohabitant,
            Relation::Fiance,
            Relation::ChildUnder18,
            Relation::ParentOfChildUnder18,
            Relation::SingleParentOver60,
            Relation::ParentVisit,
            Relation::Child1821LongResidence,
            Relation::DependentAdultChild,
            Relation::FosterChildUnder18,
            Relation::SiblingUnder18WithoutCarers,
            Relation::Other,
        ])),
        of(select(vec![
            SponsorStatus::NorwegianCitizen,
            SponsorStatus::NordicCitizen,
            SponsorStatus::Refugee,
            SponsorStatus::Humanitarian,
            SponsorStatus::FamilyImmigration,
            SponsorStatus::PermanentFromProtectedBasis,
            SponsorStatus::PermanentOther,
            SponsorStatus::SkilledWorker,
            SponsorStatus::OtherPermitWithBasis,
            SponsorStatus::PermitWithoutBasis,
        ])),
        of(select(vec![
            FamilyFormed::BeforeSponsorEntry,
            FamilyFormed::AfterSponsorEntry,
            FamilyFormed::WhileBothHeldPermits,
        ])),
        of((0u32..60).prop_map(|x| f64::from(x) / 10.0)),
        of(any::<bool>()),
        of(select(vec![
            ChildConceived::None,
            ChildConceived::BeforeMove,
            ChildConceived::WhileBothHeldPermits,
            ChildConceived::AfterMove,
        ])),
        of(date(1950, 2012)),
        of(date(1950, 2012)),
        of(date(2018, 2027)),
        of(date(2017, 2026)),
        of((0u32..80).prop_map(|x| f64::from(x) / 10.0)),
    );
    let b = (
        of(300_000u64..500_000),
        of(250_000u64..450_000),
        of(2016i32..2027),
        of(300_000u64..500_000),
        of(250_000u64..450_000),
        of(select(vec![
            PastIncomeExemption::None,
            PastIncomeExemption::Studies60Credits,
            PastIncomeExemption::MilitaryService,
            PastIncomeExemption::WealthOver1m,
            PastIncomeExemption::MinimumPension,
            PastIncomeExemption::SkilledWorker,
        ])),
        of(any::<bool>()),
        of(select(vec![
            SocialAssistanceExemption::None,
            SocialAssistanceExemption::AwaitingBenefits,
            SocialAssistanceExemption::IntroductionProgramme,
        ])),
        (of(any::<bool>()), of(any::<bool>()), of(any::<bool>())),
        (of(any::<bool>()), of(any::<bool>()), of(any::<bool>())),
    );
    (a, b).prop_map(|(a, b)| Facts {
        relation: a.0,
        sponsor_status: a.1,
        family_formed: a.2,
        cohabited_years: a.3,
        cohabited_two_years_before_move: a.4,
        child_together_conceived: a.5,
        sponsor_birth_date: a.6,
        applicant_birth_date: a.7,
        assessment_date: a.8,
        application_registered: a.9,
        sponsor_fulltime_years: a.10,
        sponsor_future_income: b.0,
        sponsor_past_income: b.1,
        past_income_year: b.2,
        income_requirement_override: b.3,
        past_income_requirement_override: b.4,
        sponsor_past_income_exemption: b.5,
        social_assistance_last_12_months: b.6,
        social_assistance_exempt_reason: b.7,
        application_within_one_year_of_sponsor_permit: b.8.0,
        applicant_under_15_without_carers: b.8.1,
        sponsor_trafficking_victim: b.8.2,
        applicant_in_norway: b.9.0,
        will_live_together: b.9.1,
        sponsor_has_housing: b.9.2,
    })
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn statuses(f: &Facts) -> Vec<(&'static str, Status)> {
    requirements::check(f, today())
        .results
        .iter()
        .map(|r| (r.id, r.status))
        .collect()
}

/// The exemptions a person can add to their facts.
fn add_exemption(f: &Facts, which: u8) -> Facts {
    let mut g = f.clone();
    match which {
        0 => g.applicant_under_15_without_carers = Some(true),
        1 => g.application_within_one_year_of_sponsor_permit = Some(true),
        2 => g.sponsor_trafficking_victim = Some(true),
        3 => g.sponsor_past_income_exemption = Some(PastIncomeExemption::Studies60Credits),
        4 => g.sponsor_past_income_exemption = Some(PastIncomeExemption::WealthOver1m),
        5 => g.social_assistance_exempt_reason = Some(SocialAssistanceExemption::AwaitingBenefits),
        _ => {
            g.social_assistance_exempt_reason =
                Some(SocialAssistanceExemption::IntroductionProgramme)
        }
    }
    g
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Raising future or past income never turns `met` into `not_met`.
    #[test]
    fn raising_income_never_breaks_a_met_requirement(f in facts(), up in 1u64..200_000) {
        let before = statuses(&f);
        let mut g = f.clone();
        g.sponsor_future_income = f.sponsor_future_income.map(|x| x + up);
        g.sponsor_past_income = f.sponsor_past_income.map(|x| x + up);
        for ((id, a), (_, b)) in before.iter().zip(statuses(&g)) {
            prop_assert!(!(*a == Status::Met && b == Status::NotMet), "{id}: {a:?} -> {b:?}");
        }
        // Raising from "unknown income" to a known, higher one cannot beat a met either.
    }

    /// Adding an exemption never turns `not_applicable` (or `met`) into `not_met`.
    #[test]
    fn an_added_exemption_never_makes_things_worse(f in facts(), which in 0u8..7) {
        let before = statuses(&f);
        let after = statuses(&add_exemption(&f, which));
        for ((id, a), (_, b)) in before.iter().zip(after) {
            prop_assert!(
                !(matches!(a, Status::NotApplicable | Status::Met) && b == Status::NotMet),
                "{id}: {a:?} -> {b:?} after exemption {which}"
            );
        }
    }

    /// Every unknown names what is missing; every result renders fully.
    #[test]
    fn unknown_names_missing_facts_and_text_renders(f in facts()) {
        let report = requirements::check(&f, today());
        for r in &report.results {
            if r.status == Status::Unknown {
                prop_assert!(!r.missing.is_empty() || r.reason.id == "req-dates-order", "{}: {:?}", r.id, r.reason);
            }
            for lang in Lang::ALL {
                let x = r.render(lang);
                for t in std::iter::once(&x.reason).chain(x.suggested_argument.iter()) {
                    prop_assert!(!t.contains("{$") && !t.contains("req-") && !t.contains("fact-") && !t.contains("opt-"), "{lang} {}: {t}", r.id);
                }
            }
        }
    }

    /// Income requirements stand or fall together: when future income does
    /// not apply, neither do past income and social assistance.
    #[test]
    fn income_requirements_share_their_exemption(f in facts()) {
        let s = statuses(&f);
        let get = |id: &str| s.iter().find(|(i, _)| *i == id).unwrap().1;
        if get("underhold_fremtidig") == Status::NotApplicable {
            prop_assert_eq!(get("underhold_tidligere"), Status::NotApplicable);
            prop_assert_eq!(get("sosialstonad"), Status::NotApplicable);
        }
    }
}
