//! Edge cases of the rule catalogue: birthdays on the assessment day, income
//! exactly on the figure, each exemption, missing facts.
use chrono::NaiveDate;
use klagehjelp::Lang;
use klagehjelp::facts::*;
use klagehjelp::fmt::plain_spaces;
use klagehjelp::requirements::{self, Status};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// p01: Norwegian sponsor, spouse married after entry, everything met.
fn base() -> Facts {
    Facts {
        relation: Some(Relation::Spouse),
        sponsor_status: Some(SponsorStatus::NorwegianCitizen),
        family_formed: Some(FamilyFormed::AfterSponsorEntry),
        cohabited_years: Some(0.0),
        cohabited_two_years_before_move: Some(false),
        child_together_conceived: Some(ChildConceived::None),
        sponsor_birth_date: Some(d("1990-04-12")),
        applicant_birth_date: Some(d("1994-09-30")),
        assessment_date: Some(d("2026-03-15")),
        application_registered: Some(d("2025-06-02")),
        sponsor_fulltime_years: Some(6.0),
        sponsor_future_income: Some(450_000),
        sponsor_past_income: Some(420_000),
        past_income_year: Some(2025),
        income_requirement_override: None,
        past_income_requirement_override: None,
        sponsor_past_income_exemption: Some(PastIncomeExemption::None),
        social_assistance_last_12_months: Some(false),
        social_assistance_exempt_reason: Some(SocialAssistanceExemption::None),
        application_within_one_year_of_sponsor_permit: Some(false),
        applicant_under_15_without_carers: Some(false),
        sponsor_trafficking_victim: Some(false),
        applicant_in_norway: Some(false),
        will_live_together: Some(true),
        sponsor_has_housing: Some(true),
    }
}

fn today() -> NaiveDate {
    d("2026-11-25")
}

fn status(f: &Facts, id: &str) -> Status {
    requirements::check(f, today()).get(id).unwrap().status
}

fn reason(f: &Facts, id: &str, lang: Lang) -> String {
    plain_spaces(
        &requirements::check(f, today())
            .get(id)
            .unwrap()
            .render(lang)
            .reason,
    )
}

#[test]
fn base_case_is_all_met_or_not_applicable() {
    let r = requirements::check(&base(), today());
    for res in &r.results {
        assert!(
            matches!(res.status, Status::Met | Status::NotApplicable),
            "{}: {:?}",
            res.id,
            res.status
        );
    }
    assert_eq!(r.assessment_date, d("2026-03-15"));
}

#[test]
fn today_is_used_without_assessment_date() {
    let mut f = base();
    f.assessment_date = None;
    let r = requirements::check(&f, d("2025-09-10"));
    assert_eq!(r.assessment_date, d("2025-09-10"));
    assert_eq!(
        r.get("underhold_fremtidig")
            .unwrap()
            .figure
            .as_ref()
            .unwrap()
            .amount,
        416_512
    );
}

// --- alder24 -----------------------------------------------------------------

#[test]
fn turning_24_on_the_assessment_day_counts() {
    let mut f = base();
    f.applicant_birth_date = Some(d("2002-03-15"));
    assert_eq!(status(&f, "alder24"), Status::Met);
    f.applicant_birth_date = Some(d("2002-03-16"));
    assert_eq!(status(&f, "alder24"), Status::NotMet);
    let res = requirements::check(&f, today());
    assert_eq!(
        res.get("alder24").unwrap().both_24_on,
        Some(d("2026-03-16"))
    );
    let text = reason(&f, "alder24", Lang::Nb);
    assert!(text.contains("16. mars 2026"), "{text}");
    assert!(text.contains("søkeren 23 år"), "{text}");
}

#[test]
fn sponsor_under_24_also_fails_alder24() {
    let mut f = base();
    f.sponsor_birth_date = Some(d("2003-01-20"));
    assert_eq!(status(&f, "alder24"), Status::NotMet);
}

#[test]
fn alder24_exemptions() {
    for (tweak, name) in [
        (
            (|f: &mut Facts| f.family_formed = Some(FamilyFormed::BeforeSponsorEntry))
                as fn(&mut Facts),
            "formed before entry",
        ),
        (
            |f| f.family_formed = Some(FamilyFormed::WhileBothHeldPermits),
            "formed with permits",
        ),
        (
            |f| f.cohabited_two_years_before_move = Some(true),
            "two years before",
        ),
        (
            |f| f.child_together_conceived = Some(ChildConceived::BeforeMove),
            "child before move",
        ),
        (
            |f| f.child_together_conceived = Some(ChildConceived::WhileBothHeldPermits),
            "child with permits",
        ),
        (
            |f| f.relation = Some(Relation::ChildUnder18),
            "not a couple",
        ),
    ] {
        let mut f = base();
        f.applicant_birth_date = Some(d("2005-01-01"));
        tweak(&mut f);
        assert_eq!(status(&f, "alder24"), Status::NotApplicable, "{name}");
    }
    let mut f = base();
    f.applicant_birth_date = Some(d("2005-01-01"));
    f.child_together_conceived = Some(ChildConceived::AfterMove);
    assert_eq!(
        status(&f, "alder24"),
        Status::NotMet,
        "child after move does not exempt"
    );
}

#[test]
fn alder24_missing_birth_date_is_unknown_and_named() {
    let mut f = base();
    f.applicant_birth_date = None;
    let r = requirements::check(&f, today());
    let a = r.get("alder24").unwrap();
    assert_eq!(a.status, Status::Unknown);
    assert_eq!(a.missing, vec!["applicant_birth_date"]);
    assert!(reason(&f, "alder24", Lang::Nb).contains("søkerens fødselsdato"));
    assert!(reason(&f, "alder24", Lang::En).contains("the applicant's date of birth"));
}

// --- fireaarskrav ------------------------------------------------------------

fn refugee_couple() -> Facts {
    let mut f = base();
    f.sponsor_status = Some(SponsorStatus::Refugee);
    f
}

#[test]
fn four_years_exactly_is_met() {
    let mut f = refugee_couple();
    f.sponsor_fulltime_years = Some(4.0);
    assert_eq!(status(&f, "fireaarskrav"), Status::Met);
    f.sponsor_fulltime_years = Some(3.99);
    assert_eq!(status(&f, "fireaarskrav"), Status::NotMet);
    f.sponsor_fulltime_years = Some(2.5);
    let text = reason(&f, "fireaarskrav", Lang::Nb);
    assert!(text.contains("2,5 år") && text.contains("1,5 år"), "{text}");
}

#[test]
fn four_year_rule_stops_on_the_67th_birthday() {
    let mut f = refugee_couple();
    f.sponsor_fulltime_years = Some(1.0);
    f.sponsor_birth_date = Some(d("1959-03-15"));
    assert_eq!(status(&f, "fireaarskrav"), Status::NotApplicable);
    f.sponsor_birth_date = Some(d("1959-03-16"));
    assert_eq!(status(&f, "fireaarskrav"), Status::NotMet);
}

#[test]
fn four_year_rule_scope() {
    for s in [
        SponsorStatus::Refugee,
        SponsorStatus::Humanitarian,
        SponsorStatus::FamilyImmigration,
        SponsorStatus::PermanentFromProtectedBasis,
    ] {
        let mut f = base();
        f.sponsor_status = Some(s);
        f.sponsor_fulltime_years = Some(1.0);
        assert_eq!(status(&f, "fireaarskrav"), Status::NotMet, "{s:?}");
        f.family_formed = Some(FamilyFormed::BeforeSponsorEntry);
        assert_eq!(
            status(&f, "fireaarskrav"),
            Status::NotApplicable,
            "{s:?} before entry"
        );
    }
    for s in [
        SponsorStatus::NorwegianCitizen,
        SponsorStatus::NordicCitizen,
        SponsorStatus::PermanentOther,
        SponsorStatus::SkilledWorker,
        SponsorStatus::OtherPermitWithBasis,
    ] {
        let mut f = base();
        f.sponsor_status = Some(s);
        f.sponsor_fulltime_years = Some(1.0);
        assert_eq!(status(&f, "fireaarskrav"), Status::NotApplicable, "{s:?}");
    }
    let mut f = refugee_couple();
    f.relation = Some(Relation::ChildUnder18);
    f.sponsor_fulltime_years = Some(1.0);
    assert_eq!(status(&f, "fireaarskrav"), Status::NotApplicable);
}

#[test]
fn four_year_missing_years_is_unknown_but_citizen_needs_nothing() {
    let mut f = refugee_couple();
    f.sponsor_fulltime_years = None;
    let r = requirements::check(&f, today());
    assert_eq!(
        r.get("fireaarskrav").unwrap().missing,
        vec!["sponsor_fulltime_years"]
    );
    // A Norwegian sponsor: the missing years and even a missing birth date do not matter.
    let mut f = base();
    f.sponsor_fulltime_years = None;
    f.sponsor_birth_date = None;
    assert_eq!(status(&f, "fireaarskrav"), Status::NotApplicable);
}

// --- personkrets ----------------------------------------------------------------

#[test]
fn personkrets_cases() {
    let mut f = base();
    f.relation = Some(Relation::Cohabitant);
    f.cohabited_years = Some(2.0);
    assert_eq!(status(&f, "personkrets"), Status::Met);
    f.cohabited_years = Some(1.9);
    assert_eq!(status(&f, "personkrets"), Status::NotMet);
    f.child_together_conceived = Some(ChildConceived::AfterMove);
    assert_eq!(status(&f, "personkrets"), Status::Met);
    f.child_together_conceived = None;
    let r = requirements::check(&f, today());
    assert_eq!(
        r.get("personkrets").unwrap().missing,
        vec!["child_together_conceived"]
    );

    let mut f = base();
    f.sponsor_status = Some(SponsorStatus::PermitWithoutBasis);
    assert_eq!(status(&f, "personkrets"), Status::NotMet);
    f.relation = None;
    assert_eq!(status(&f, "personkrets"), Status::NotMet);

    for r in [
        Relation::Fiance,
        Relation::SingleParentOver60,
        Relation::ParentVisit,
        Relation::Child1821LongResidence,
        Relation::DependentAdultChild,
        Relation::FosterChildUnder18,
        Relation::SiblingUnder18WithoutCarers,
    ] {
        let mut f = base();
        f.relation = Some(r);
        assert_eq!(status(&f, "personkrets"), Status::NeedsAssessment, "{r:?}");
    }
    let mut f = base();
    f.relation = Some(Relation::Other);
    f.sponsor_status = None;
    assert_eq!(status(&f, "personkrets"), Status::NotMet);
}

#[test]
fn relation_labels_render_for_every_relation() {
    for r in [
        Relation::ChildUnder18,
        Relation::ParentOfChildUnder18,
        Relation::FosterChildUnder18,
    ] {
        let mut f = base();
        f.relation = Some(r);
        for lang in Lang::ALL {
            let text = reason(&f, "personkrets", lang);
            assert!(!text.contains("opt-"), "{lang}: {text}");
        }
    }
}

// --- underhold_fremtidig ---------------------------------------------------------------

#[test]
fn p05_reason_is_concrete() {
    let mut f = base();
    f.assessment_date = Some(d("2025-09-10"));
    f.sponsor_future_income = Some(400_000);
    let r = requirements::check(&f, today());
    let u = r.get("underhold_fremtidig").unwrap();
    assert_eq!(u.status, Status::NotMet);
    assert_eq!(u.shortfall, Some(16_512));
    assert_eq!(
        reason(&f, "underhold_fremtidig", Lang::Nb),
        "Framtidig inntekt 400 000 kr er 16 512 kr under kravet på 416 512 kr (3,2 G, G = 130 160 kr fra 1. mai 2025; utf. § 10-8)."
    );
    assert_eq!(
        reason(&f, "underhold_fremtidig", Lang::En),
        "Future income NOK 400 000 is NOK 16 512 below the requirement of NOK 416 512 (3.2 G, G = NOK 130 160 from 1 May 2025; utf. § 10-8)."
    );
    assert!(
        reason(&f, "underhold_fremtidig", Lang::Nn)
            .starts_with("Framtidig inntekt 400 000 kr er 16 512 kr under kravet")
    );
}

#[test]
fn income_exactly_on_the_figure_is_met() {
    let mut f = base();
    f.assessment_date = Some(d("2025-09-10"));
    f.sponsor_future_income = Some(416_512);
    assert_eq!(status(&f, "underhold_fremtidig"), Status::Met);
    f.sponsor_future_income = Some(416_511);
    assert_eq!(status(&f, "underhold_fremtidig"), Status::NotMet);
    // Old regime (registered the day before 1 February 2025): 2.7 G.
    f.application_registered = Some(d("2025-01-31"));
    f.sponsor_future_income = Some(351_432);
    assert_eq!(status(&f, "underhold_fremtidig"), Status::Met);
    f.sponsor_future_income = Some(351_431);
    assert_eq!(status(&f, "underhold_fremtidig"), Status::NotMet);
    // Registered on 1 February 2025: 3.2 G.
    f.application_registered = Some(d("2025-02-01"));
    f.sponsor_future_income = Some(351_432);
    assert_eq!(status(&f, "underhold_fremtidig"), Status::NotMet);
}

#[test]
fn past_income_exactly_on_the_figure_is_met() {
    let mut f = base(); // assessed 2026-03-15, registered 2025-06-02: 3.2 × average G
    f.sponsor_past_income = Some(409_972);
    assert_eq!(status(&f, "underhold_tidligere"), Status::Met);
    f.sponsor_past_income = Some(409_971);
    assert_eq!(status(&f, "underhold_tidligere"), Status::NotMet);
    let text = reason(&f, "underhold_tidligere", Lang::Nb);
    assert!(text.contains("1 kr under kravet på 409 972 kr"), "{text}");
    assert!(text.contains("3,2 × gjennomsnittlig G for 2025"), "{text}");
    // Decided on 31 January 2026: still 2.7 × average G.
    f.assessment_date = Some(d("2026-01-31"));
    f.sponsor_past_income = Some(345_914);
    assert_eq!(status(&f, "underhold_tidligere"), Status::Met);
    f.sponsor_past_income = Some(345_913);
    assert_eq!(status(&f, "underhold_tidligere"), Status::NotMet);
}

#[test]
fn no_g_after_april_2026_means_unknown_naming_the_override() {
    let mut f = base();
    f.assessment_date = Some(d("2026-05-01"));
    let r = requirements::check(&f, today());
    let u = r.get("underhold_fremtidig").unwrap();
    assert_eq!(u.status, Status::Unknown);
    assert_eq!(u.missing, vec!["income_requirement_override"]);
    let nb = reason(&f, "underhold_fremtidig", Lang::Nb);
    assert!(
        nb.contains("income_requirement_override") && nb.contains("30. april 2026"),
        "{nb}"
    );
    // The day before still has a figure.
    f.assessment_date = Some(d("2026-04-30"));
    assert_eq!(status(&f, "underhold_fremtidig"), Status::Met);
    // With the figure from the decision.
    f.assessment_date = Some(d("2026-09-01"));
    f.income_requirement_override = Some(433_000);
    f.sponsor_future_income = Some(433_000);
    assert_eq!(status(&f, "underhold_fremtidig"), Status::Met);
    f.sponsor_future_income = Some(430_000);
    assert_eq!(status(&f, "underhold_fremtidig"), Status::NotMet);
    assert!(reason(&f, "underhold_fremtidig", Lang::En).contains(
        "NOK 3 000 below the requirement of NOK 433 000 (the figure stated in the decision"
    ));
}

#[test]
fn decision_figure_that_differs_from_the_table_is_flagged() {
    let mut f = base();
    f.assessment_date = Some(d("2025-09-10"));
    f.income_requirement_override = Some(420_000);
    let r = requirements::check(&f, today());
    let u = r.get("underhold_fremtidig").unwrap();
    assert_eq!(
        u.figure.as_ref().unwrap().amount,
        416_512,
        "the table wins where it has a figure"
    );
    let text = reason(&f, "underhold_fremtidig", Lang::Nb);
    assert!(text.contains("Vedtaket oppgir 420 000 kr"), "{text}");
}

#[test]
fn past_income_year_without_figure_is_unknown() {
    let mut f = base();
    f.past_income_year = Some(2023); // not in the 3.2 table
    let r = requirements::check(&f, today());
    let u = r.get("underhold_tidligere").unwrap();
    assert_eq!(u.status, Status::Unknown);
    assert_eq!(u.missing, vec!["past_income_requirement_override"]);
    f.past_income_requirement_override = Some(400_000);
    assert_eq!(status(&f, "underhold_tidligere"), Status::Met);
}

#[test]
fn assessment_before_registration_is_flagged() {
    let mut f = base();
    f.assessment_date = Some(d("2025-05-01"));
    assert_eq!(status(&f, "underhold_fremtidig"), Status::Unknown);
    assert!(reason(&f, "underhold_fremtidig", Lang::En).contains("Check both dates"));
}

#[test]
fn each_income_exemption_removes_all_three_income_requirements() {
    let poor = || {
        let mut f = base();
        f.sponsor_future_income = Some(0);
        f.sponsor_past_income = Some(0);
        f.social_assistance_last_12_months = Some(true);
        f
    };
    let mut cases: Vec<(&str, Facts)> = vec![];
    let mut f = poor();
    f.sponsor_birth_date = Some(d("2008-03-16")); // 17 on 2026-03-15
    cases.push(("sponsor under 18", f));
    let mut f = poor();
    f.relation = Some(Relation::ChildUnder18);
    f.applicant_under_15_without_carers = Some(true);
    cases.push(("applicant under 15 without carers", f));
    let mut f = poor();
    f.sponsor_status = Some(SponsorStatus::Refugee);
    f.family_formed = Some(FamilyFormed::BeforeSponsorEntry);
    f.application_within_one_year_of_sponsor_permit = Some(true);
    cases.push(("refugee, spouse from before, within a year", f));
    let mut f = poor();
    f.sponsor_status = Some(SponsorStatus::Refugee);
    f.relation = Some(Relation::ChildUnder18);
    f.application_within_one_year_of_sponsor_permit = Some(true);
    cases.push(("refugee, child, within a year", f));
    let mut f = poor();
    f.sponsor_status = Some(SponsorStatus::OtherPermitWithBasis);
    f.relation = Some(Relation::ChildUnder18);
    f.sponsor_trafficking_victim = Some(true);
    f.application_within_one_year_of_sponsor_permit = Some(true);
    cases.push(("trafficking victim, child, within a year", f));
    for (name, f) in cases {
        for id in ["underhold_fremtidig", "underhold_tidligere", "sosialstonad"] {
            assert_eq!(status(&f, id), Status::NotApplicable, "{name}: {id}");
        }
    }
    // Sponsor turning 18 on the assessment day: the requirement applies.
    let mut f = poor();
    f.sponsor_birth_date = Some(d("2008-03-15"));
    assert_eq!(status(&f, "underhold_fremtidig"), Status::NotMet);
    // Not exempt: refugee who married after entry, or applied after a year.
    let mut f = poor();
    f.sponsor_status = Some(SponsorStatus::Refugee);
    f.application_within_one_year_of_sponsor_permit = Some(true);
    assert_eq!(status(&f, "underhold_fremtidig"), Status::NotMet);
    f.family_formed = Some(FamilyFormed::BeforeSponsorEntry);
    f.application_within_one_year_of_sponsor_permit = Some(false);
    assert_eq!(status(&f, "underhold_fremtidig"), Status::NotMet);
    // Trafficking exemption is for children only.
    let mut f = poor();
    f.sponsor_trafficking_victim = Some(true);
    f.application_within_one_year_of_sponsor_permit = Some(true);
    assert_eq!(status(&f, "underhold_fremtidig"), Status::NotMet);
}

#[test]
fn each_past_income_exemption() {
    for x in [
        PastIncomeExemption::Studies60Credits,
        PastIncomeExemption::MilitaryService,
        PastIncomeExemption::WealthOver1m,
        PastIncomeExemption::MinimumPension,
        PastIncomeExemption::SkilledWorker,
    ] {
        let mut f = base();
        f.sponsor_past_income = Some(0);
        f.sponsor_past_income_exemption = Some(x);
        assert_eq!(
            status(&f, "underhold_tidligere"),
            Status::NotApplicable,
            "{x:?}"
        );
        for lang in Lang::ALL {
            assert!(!reason(&f, "underhold_tidligere", lang).contains("opt-"));
        }
    }
}

#[test]
fn social_assistance_exemptions() {
    let mut f = base();
    f.social_assistance_last_12_months = Some(true);
    assert_eq!(status(&f, "sosialstonad"), Status::NotMet);
    for x in [
        SocialAssistanceExemption::AwaitingBenefits,
        SocialAssistanceExemption::IntroductionProgramme,
    ] {
        f.social_assistance_exempt_reason = Some(x);
        assert_eq!(status(&f, "sosialstonad"), Status::Met, "{x:?}");
    }
    f.social_assistance_exempt_reason = None;
    assert_eq!(
        requirements::check(&f, today())
            .get("sosialstonad")
            .unwrap()
            .missing,
        vec!["social_assistance_exempt_reason"]
    );
}

#[test]
fn bolig_by_relation() {
    let mut f = base();
    f.will_live_together = Some(false);
    assert_eq!(status(&f, "bolig"), Status::NotMet);
    f.relation = Some(Relation::ParentVisit);
    f.sponsor_has_housing = Some(true);
    assert_eq!(
        status(&f, "bolig"),
        Status::Met,
        "other relations need housing, not living together"
    );
    f.sponsor_has_housing = Some(false);
    assert_eq!(status(&f, "bolig"), Status::NotMet);
}

// --- missing facts -----------------------------------------------------------------------

#[test]
fn empty_facts_are_unknown_and_name_what_is_missing() {
    let r = requirements::check(&Facts::default(), today());
    for res in &r.results {
        assert_eq!(res.status, Status::Unknown, "{}", res.id);
        assert!(!res.missing.is_empty(), "{}", res.id);
    }
    assert_eq!(
        r.get("personkrets").unwrap().missing,
        vec!["relation", "sponsor_status"]
    );
    assert_eq!(r.get("bolig").unwrap().missing, vec!["relation"]);
    let text = plain_spaces(&r.get("personkrets").unwrap().render(Lang::Nb).reason);
    assert_eq!(
        text,
        "Vi kan ikke avgjøre dette ennå. Vi mangler: familierelasjonen, referansepersonens status i Norge."
    );
}

#[test]
fn missing_income_is_unknown_but_keeps_the_figure() {
    let mut f = base();
    f.sponsor_future_income = None;
    let r = requirements::check(&f, today());
    let u = r.get("underhold_fremtidig").unwrap();
    assert_eq!(u.status, Status::Unknown);
    assert_eq!(u.missing, vec!["sponsor_future_income"]);
    assert_eq!(u.figure.as_ref().unwrap().amount, 416_512);
    let arg = u.render(Lang::Nb).suggested_argument.unwrap();
    assert!(
        plain_spaces(&arg).contains("Kravet er 416 512 kr."),
        "{arg}"
    );
}

// --- rendering -------------------------------------------------------------------------------

#[test]
fn arguments_only_when_attention_is_needed_and_with_placeholders() {
    let mut f = base();
    f.sponsor_future_income = Some(1);
    let r = requirements::check(&f, today());
    for res in &r.results {
        let nb = res.render(Lang::Nb);
        match res.status {
            Status::NotMet | Status::Unknown | Status::NeedsAssessment => {
                let a = nb.suggested_argument.expect("argument");
                assert!(a.contains("[skriv her:"), "{a}");
                assert!(
                    res.render(Lang::En)
                        .suggested_argument
                        .unwrap()
                        .contains("[write here:")
                );
                assert!(!nb.exceptions.is_empty() || res.id == "bolig");
                assert!(!nb.documents.is_empty());
            }
            Status::Met => assert!(nb.suggested_argument.is_none() && nb.exceptions.is_empty()),
            Status::NotApplicable => assert!(
                nb.documents.is_empty() && nb.document_notes.is_empty() && nb.exceptions.is_empty()
            ),
        }
    }
}

#[test]
fn income_documents_say_payslips_are_not_needed() {
    let mut f = base();
    f.sponsor_future_income = Some(1);
    let u = requirements::check(&f, today())
        .get("underhold_fremtidig")
        .unwrap()
        .render(Lang::En);
    assert!(
        u.document_notes
            .iter()
            .any(|d| d.contains("Payslips are not needed"))
    );
    // Advice is never offered as an attachment title.
    assert!(
        !u.documents
            .iter()
            .any(|d| d.contains("Payslips") || d.contains("UDI fetches"))
    );
    assert!(u.document_notes.iter().any(|d| d.contains("Aa-registeret")));
    assert!(
        u.exceptions
            .iter()
            .any(|e| e.contains("særlig sterke menneskelige hensyn"))
    );
    assert!(
        u.exceptions.iter().all(|e| e.ends_with(')')),
        "every exception cites its source"
    );
}

#[test]
fn alder24_argument_names_the_day_both_are_24() {
    let mut f = base();
    f.applicant_birth_date = Some(d("2003-06-01"));
    let a = requirements::check(&f, today())
        .get("alder24")
        .unwrap()
        .render(Lang::Nb);
    let arg = a.suggested_argument.unwrap();
    assert!(arg.contains("1. juni 2027"), "{arg}");
    assert!(arg.contains("utl. § 41 a"));
}

#[test]
fn catalogue_and_rules_date() {
    let ids: Vec<_> = requirements::catalogue().iter().map(|r| r.id).collect();
    assert_eq!(ids, requirements::IDS);
    assert_eq!(requirements::find("bolig").unwrap().id, "bolig");
    assert!(requirements::find("nope").is_none());
    assert_eq!(
        requirements::find("underhold_fremtidig").unwrap().source,
        "utl. § 58, utf. § 10-8"
    );
    assert_eq!(requirements::rules_as_of(), d("2026-11-25"));
    for r in requirements::catalogue() {
        for lang in Lang::ALL {
            assert!(!r.title(lang).starts_with("req-"));
            assert!(!r.explanation(lang).starts_with("req-"));
        }
    }
}

#[test]
fn under_15_question_is_only_needed_for_child_applicants() {
    let mut f = base();
    f.applicant_under_15_without_carers = None;
    assert_eq!(
        status(&f, "underhold_fremtidig"),
        Status::Met,
        "a spouse is not a child without carers"
    );
    f.relation = Some(Relation::ChildUnder18);
    let r = requirements::check(&f, today());
    assert_eq!(
        r.get("underhold_fremtidig").unwrap().missing,
        vec!["applicant_under_15_without_carers"]
    );
}

#[test]
fn past_income_override_without_year_says_last_year() {
    let mut f = base();
    f.past_income_year = None;
    f.past_income_requirement_override = Some(430_000);
    assert_eq!(status(&f, "underhold_tidligere"), Status::NotMet);
    assert!(
        reason(&f, "underhold_tidligere", Lang::Nb)
            .starts_with("Inntekten i fjor, 420 000 kr, er 10 000 kr under kravet på 430 000 kr")
    );
    assert!(
        reason(&f, "underhold_tidligere", Lang::En)
            .starts_with("Last year's income, NOK 420 000, is NOK 10 000 below")
    );
}
