//! The sub-rules of requirements.md v2 at their boundaries: the 6-month day,
//! the 12-month day on a closed day, a birthday on the assessment date, an
//! amount inside a computed rounding interval, the last day of the
//! social-assistance quarantine, a complete application on the 18th
//! birthday, the double test, and what a missing fact may and may not hide.
use chrono::NaiveDate;
use klagehjelp::law::{self, Status, facts::Facts};
use serde_json::{Value, json};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A Norwegian sponsor's spouse with every requirement met on 2026-03-15.
fn base() -> Value {
    json!({
        "relation": "spouse", "sponsor_status": "norwegian_citizen",
        "sponsor_birth_date": "1985-01-10", "applicant_birth_date": "1990-05-05",
        "sponsor_always_lived_in_norway": true, "marriage_date": "2024-06-01",
        "is_renewal": false, "application_registered": "2025-06-02",
        "sponsor_future_income": 500000, "applicant_lawful_income_norway": 0,
        "sponsor_in_higher_education": false, "sponsor_pension_type": "none",
        "sponsor_past_income": 450000, "sponsor_past_income_abroad": 0,
        "sponsor_past_income_exemption": "none", "social_assistance_last_paid": "never",
        "will_live_together": true, "assessment_date": "2026-03-15",
        "sponsor_past_income_by_year": {"2026": 450000}
    })
}

fn with(mut v: Value, patch: Value) -> Value {
    for (k, x) in patch.as_object().unwrap() {
        if x.is_null() {
            v.as_object_mut().unwrap().remove(k);
        } else {
            v[k] = x.clone();
        }
    }
    v
}

fn check(v: &Value) -> law::Check {
    let f: Facts = serde_json::from_value(v.clone()).unwrap();
    law::check(&f, d("2030-01-01"))
}

fn res(v: &Value, id: &str) -> law::Res {
    check(v).get(id).unwrap().clone()
}

#[test]
fn the_base_case_meets_everything() {
    let c = check(&base());
    for (id, r) in &c.requirements {
        assert!(
            matches!(r.status, Status::Met | Status::NotApplicable),
            "{id}: {r:?}"
        );
    }
    assert!(c.missing.is_empty());
}

/// A refugee's spouse, married before the sponsor's entry; protection on 2026-03-31.
fn refugee() -> Value {
    with(
        base(),
        json!({
            "sponsor_status": "refugee", "sponsor_always_lived_in_norway": false,
            "sponsor_settled_in_norway_date": "2025-01-20", "marriage_date": "2020-01-01",
            "sponsor_permit_decision_date": "2026-03-31", "application_registered": "2026-09-30",
            "application_delivered": "2026-10-20", "sponsor_future_income": 0,
            "sponsor_past_income": 0, "assessment_date": "2026-12-15", "sponsor_fulltime_years": 0,
            "sponsor_past_income_by_year": {"2026": 0}
        }),
    )
}

#[test]
fn e4_registration_on_the_six_month_day_is_in_time() {
    let r = res(&refugee(), "underhold_fremtidig");
    assert_eq!((r.status, r.rule), (Status::NotApplicable, "E4"));
}

#[test]
fn e4_one_day_late_asks_whether_something_prevented_it() {
    let late = with(refugee(), json!({"application_registered": "2026-10-01"}));
    let r = res(&late, "underhold_fremtidig");
    assert_eq!((r.status, r.rule), (Status::Unknown, "E4-deadline"));
    assert_eq!(r.missing, ["application_deadline_prevented"]);
    assert!(r.exceptions.contains(&"underhold-refugee-deadline-waiver"));

    let not = with(
        late.clone(),
        json!({"application_deadline_prevented": false}),
    );
    let r = res(&not, "underhold_fremtidig");
    assert_eq!(r.status, Status::NotMet);
    assert!(
        r.exceptions.contains(&"underhold-refugee-deadline-waiver"),
        "a missed deadline still lists the waiver"
    );

    let prevented = with(late, json!({"application_deadline_prevented": true}));
    let r = res(&prevented, "underhold_fremtidig");
    assert_eq!((r.status, r.rule), (Status::NeedsAssessment, "E4-waiver"));
}

#[test]
fn e4_before_august_2017_only_the_twelve_months_count() {
    let old = with(
        refugee(),
        json!({"sponsor_permit_decision_date": "2017-07-31", "sponsor_settled_in_norway_date": "2017-01-01", "marriage_date": "2015-01-01",
               "application_registered": "2018-07-01", "application_delivered": "2018-07-31",
               "assessment_date": "2019-01-10"}),
    );
    let r = res(&old, "underhold_fremtidig");
    assert_eq!((r.status, r.rule), (Status::NotApplicable, "E4"));
}

#[test]
fn e4_twelve_month_limit_on_a_closed_day_is_only_by_analogy() {
    // P = 2025-05-17 (a Saturday): L = 2026-05-17, a Sunday and Constitution
    // Day; delivery on Monday 18 May 2026 is the next working day.
    let v = with(
        refugee(),
        json!({"sponsor_permit_decision_date": "2025-05-17", "application_registered": "2025-06-01",
               "application_delivered": "2026-05-18"}),
    );
    let r = res(&v, "underhold_fremtidig");
    assert_eq!(
        (r.status, r.rule),
        (Status::NeedsAssessment, "E4-closed-day")
    );
    let later = with(v, json!({"application_delivered": "2026-05-19"}));
    assert_eq!(res(&later, "underhold_fremtidig").rule, "E4-deadline");
}

#[test]
fn the_24th_birthday_on_the_assessment_date_counts() {
    let young = with(
        base(),
        json!({"applicant_birth_date": "2002-03-15", "cohabited_two_years_before_move": false,
               "married_in_norway_while_both_lawful": false,
               "cohabited_in_norway_while_both_lawful": false, "child_together_conceived": "none"}),
    );
    let r = res(&young, "alder24");
    assert_eq!(r.status, Status::Met);
    assert_eq!(r.met_from, Some(d("2026-03-15")));
    let day_before = with(young, json!({"assessment_date": "2026-03-14"}));
    let r = res(&day_before, "alder24");
    assert_eq!(r.status, Status::NotMet);
    assert_eq!(r.met_from, Some(d("2026-03-15")));
    assert_eq!(r.exceptions, ["alder24-voluntary"]);
}

#[test]
fn a_missing_exemption_fact_never_hides_a_met_requirement() {
    // Both over 24: the exemption facts are not needed.
    let r = res(&base(), "alder24");
    assert_eq!((r.status, r.rule), (Status::Met, "24-gen"));
    assert!(r.missing.is_empty());
    // Under 24 and an exemption fact missing: unknown, naming it.
    let young = with(base(), json!({"applicant_birth_date": "2004-01-01"}));
    let r = res(&young, "alder24");
    assert_eq!(r.status, Status::Unknown);
    assert!(
        r.missing
            .contains(&"married_in_norway_while_both_lawful".to_string()),
        "{r:?}"
    );
}

#[test]
fn an_amount_inside_a_computed_rounding_interval_is_unknown() {
    // Registered before 1 Feb 2025 (2.7 G), decided after 1 May 2026:
    // 2.7 × 136 549 = 368 682.3 → [368 682, 368 683].
    let v = with(
        base(),
        json!({"application_registered": "2024-12-01", "assessment_date": "2026-06-01"}),
    );
    let at = |amount: u64| {
        res(
            &with(v.clone(), json!({"sponsor_future_income": amount})),
            "underhold_fremtidig",
        )
    };
    let r = at(368_682);
    assert_eq!((r.status, r.rule), (Status::Unknown, "F-band"));
    assert_eq!(r.figure.as_ref().unwrap().interval, [368_682, 368_683]);
    assert_eq!(at(368_683).status, Status::Met);
    let r = at(368_681);
    assert_eq!(r.status, Status::NotMet);
    assert_eq!(r.shortfall, Some(2));
}

#[test]
fn the_figure_in_force_at_the_decision_applies_not_the_old_one() {
    let v = with(
        base(),
        json!({"sponsor_future_income": 420000, "assessment_date": "2026-04-30",
               "decision_stated_future_figure": 416512}),
    );
    assert_eq!(res(&v, "underhold_fremtidig").status, Status::Met);
    let may = with(v, json!({"assessment_date": "2026-05-01"}));
    let r = res(&may, "underhold_fremtidig");
    assert_eq!(r.status, Status::NotMet, "436 957 applies from 1 May 2026");
    assert_eq!(r.figure.unwrap().kind, law::figures::Kind::Computed);
}

#[test]
fn the_last_day_of_the_quarantine_is_a_boundary() {
    let v = with(
        base(),
        json!({"social_assistance_last_paid": "2025-03-15", "social_assistance_exempt_reason": "none"}),
    );
    let r = res(&v, "sosialstonad");
    assert_eq!((r.status, r.rule), (Status::Unknown, "S-boundary"));
    assert_eq!(r.met_from, Some(d("2026-03-16")));
    let after = with(v.clone(), json!({"assessment_date": "2026-03-16"}));
    assert_eq!(res(&after, "sosialstonad").rule, "S-outside");
    let inside = with(v, json!({"assessment_date": "2026-03-14"}));
    let r = res(&inside, "sosialstonad");
    assert_eq!((r.status, r.rule), (Status::NotMet, "S-inside"));
}

/// A child under 18 applying to join a Norwegian parent.
fn child() -> Value {
    with(
        base(),
        json!({"relation": "child_under_18", "applicant_birth_date": "2008-03-01",
               "other_parent_consent": "given", "application_delivered": "2026-02-01",
               "application_complete_date": "2026-02-20", "assessment_date": "2026-06-01",
               "applicant_under_15_without_carers": false}),
    )
}

#[test]
fn a_child_counts_as_under_18_if_the_complete_application_came_before_the_birthday() {
    let c = check(&child());
    let r = c.get("personkrets").unwrap();
    assert_eq!((r.status, r.rule), (Status::Met, "PK-child"));
    // The utf. § 9-8 double test: evaluated on the 18th birthday and on the decision date.
    assert_eq!(r.dates_evaluated, [d("2026-03-01"), d("2026-06-01")]);
    // On the birthday itself: a boundary the sources do not settle.
    let on = with(child(), json!({"application_complete_date": "2026-03-01"}));
    let r = res(&on, "personkrets");
    assert_eq!((r.status, r.rule), (Status::Unknown, "PK-age-boundary"));
    let after = with(child(), json!({"application_complete_date": "2026-03-02"}));
    assert_eq!(res(&after, "personkrets").status, Status::NotMet);
}

#[test]
fn the_double_test_reports_the_worse_result_and_no_met_from() {
    // Social assistance paid until the 18th birthday's year: not met on B.
    let v = with(
        child(),
        json!({"social_assistance_last_paid": "2025-04-01", "social_assistance_exempt_reason": "none"}),
    );
    let r = res(&v, "sosialstonad");
    assert_eq!(r.status, Status::NotMet);
    assert_eq!(r.met_from, None, "the worse result comes from the birthday");
}

#[test]
fn a_pension_at_the_figure_meets_the_requirement_alone() {
    let v = with(
        base(),
        json!({"sponsor_pension_type": "retirement", "sponsor_pension_amount": 243759,
               "sponsor_future_income": 243759, "sponsor_past_income": 0}),
    );
    let c = check(&v);
    assert_eq!(c.get("underhold_fremtidig").unwrap().rule, "P1");
    assert_eq!(
        c.get("underhold_tidligere").unwrap().status,
        Status::NotApplicable
    );
    let below = with(
        v,
        json!({"sponsor_pension_amount": 200000, "sponsor_future_income": 250000,
               "decision_voluntariness": "not_addressed"}),
    );
    let r = res(&below, "underhold_fremtidig");
    assert_eq!(
        (r.status, r.rule),
        (Status::NeedsAssessment, "P2-not-addressed")
    );
    assert!(r.exceptions.contains(&"underhold-pension-combined"));
}

#[test]
fn a_renewal_not_met_is_assessed_and_the_regime_follows_the_first_application() {
    let v = with(
        base(),
        json!({"is_renewal": true, "first_family_application_registered": "2024-01-10",
               "sponsor_future_income": 340000, "assessment_date": "2025-09-01"}),
    );
    let r = res(&v, "underhold_fremtidig");
    assert_eq!((r.status, r.rule), (Status::NeedsAssessment, "R-renewal"));
    assert_eq!(
        r.figure.unwrap().interval,
        [351_432, 351_432],
        "2.7 G regime"
    );
    assert!(r.exceptions.contains(&"renewal-no-income-requirement"));
}

#[test]
fn refusal_grounds_get_a_card_and_requirement_ids_do_not() {
    let v = with(
        base(),
        json!({"refusal_grounds": ["proforma", "underhold_fremtidig"]}),
    );
    let c = check(&v);
    assert_eq!(c.requirements.len(), 9);
    let r = c.get("proforma").unwrap();
    assert_eq!(r.status, Status::NeedsAssessment);
    assert!(r.source.contains("§ 40 fjerde ledd"));
    assert_eq!(
        c.later_get("proforma").unwrap().status,
        Status::NeedsAssessment
    );
}

#[test]
fn spouses_with_a_child_conceived_before_entry_but_born_after_are_assessed() {
    let v = with(
        base(),
        json!({"sponsor_status": "refugee", "sponsor_always_lived_in_norway": false,
               "sponsor_settled_in_norway_date": "2024-01-01", "marriage_date": "2024-06-01",
               "applicant_birth_date": "2004-01-01", "child_together_conceived": "before_sponsor_entry",
               "child_together_born_before_entry": false, "married_in_norway_while_both_lawful": false,
               "cohabited_two_years_before_move": false, "cohabited_in_norway_while_both_lawful": false}),
    );
    let c = check(&v);
    assert_eq!(c.get("alder24").unwrap().rule, "24-a3-spouse");
    assert_eq!(c.get("fireaarskrav").unwrap().rule, "4Y-a2");
}

#[test]
fn every_rule_the_check_names_is_in_the_contract_and_has_a_text() {
    // The rule ids of requirements.md v2 and the grounds.
    let known = [
        "relation-missing",
        "PK-basis",
        "PK-other",
        "PK-spouse",
        "PK-coh-2y",
        "PK-coh-child",
        "PK-coh",
        "PK-age-boundary",
        "PK-age",
        "PK-child-consent",
        "PK-child",
        "PK-parent",
        "PK-access",
        "PK-protected-minor",
        "PK-discretionary",
        "A18-na",
        "A18",
        "4Y-na-relation",
        "4Y-na-status",
        "4Y-67",
        "4Y-a1",
        "4Y-a2",
        "4Y-b1",
        "4Y-b2",
        "4Y-c",
        "4Y-met",
        "4Y-missing",
        "4Y-c2",
        "4Y-d",
        "4Y-gen",
        "24-na",
        "24-a1",
        "24-a2",
        "24-a3",
        "24-b1",
        "24-b2",
        "24-b3",
        "24-gen",
        "24-missing",
        "24-a3-spouse",
        "B-access",
        "B-fiance-together",
        "B-housing",
        "B-fiance",
        "B-together",
        "B-renewal",
        "E1",
        "E1-boundary",
        "E2",
        "E2-15",
        "E3",
        "E3-late",
        "E4",
        "E4-family",
        "E4-deadline",
        "E4-waiver",
        "E4-closed-day",
        "E4-cohabitant",
        "E4-collective",
        "E5",
        "E5-late",
        "P-missing",
        "P-nofig",
        "P1",
        "P1-conflict",
        "P1-band",
        "P-V1",
        "P2-conflict",
        "P2-band",
        "P2-child",
        "P2",
        "P2-not-addressed",
        "P2-doubted",
        "F-gen",
        "F-gen-a",
        "F-stp",
        "F-b-means",
        "F-band",
        "F-nofig",
        "F-stu",
        "F-cap",
        "T-year",
        "T-nofig",
        "T-gen",
        "T-band",
        "T-cap",
        "T-res",
        "T-skill",
        "T-pension",
        "T-stud",
        "T-mil",
        "T-stp",
        "R-renewal",
        "S-never",
        "S-outside",
        "S-exempt",
        "S-boundary",
        "S-stu",
        "S-inside",
    ];
    for rule in known {
        for lang in klagehjelp::Lang::ALL {
            assert!(
                klagehjelp::i18n::has(lang, &format!("rule-{rule}")),
                "rule-{rule} has no text in {lang}"
            );
        }
    }
    for case in [base(), refugee(), child(), json!({})] {
        let c = check(&case);
        for (id, r) in c.requirements.iter().chain(&c.later.requirements) {
            assert!(
                known.contains(&r.rule) || law::GROUNDS.iter().any(|g| g.id == r.rule),
                "{id}: unknown rule {}",
                r.rule
            );
        }
    }
}
