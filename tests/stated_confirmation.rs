//! A printed deadline more than two months after receipt is taken for a
//! typo: shown with a warning at the field and never used until the user
//! confirms it (`decision.stated_deadline_confirmed`, `--stated-confirmed`);
//! once confirmed, the usual rule applies (meet the earlier date; late only
//! after the later one).
use chrono::NaiveDate;
use klagehjelp::case::Case;
use serde_json::{Value, json};

mod common;
use common::ok;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 10).unwrap()
}

fn case(confirmed: Option<bool>) -> Case {
    let text = std::fs::read_to_string(common::fixture("amina-spouse-income")).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["decision"]["stated_deadline"] = json!("2027-01-20");
    if let Some(c) = confirmed {
        v["decision"]["stated_deadline_confirmed"] = json!(c);
    }
    Case::from_json(&v.to_string()).unwrap()
}

fn codes(c: &Case) -> Vec<String> {
    let r = c.review(None, today());
    r.errors
        .iter()
        .chain(&r.warnings)
        .map(|p| format!("{} {}", p.field, p.code))
        .collect()
}

#[test]
fn the_case_asks_for_confirmation_and_then_uses_the_printed_date() {
    let warning = "decision.stated_deadline decision.stated_implausible".to_string();
    let unconfirmed = case(None);
    assert!(
        codes(&unconfirmed).contains(&warning),
        "{:?}",
        codes(&unconfirmed)
    );
    let r = klagehjelp::routes::deadline_of(&unconfirmed, today()).unwrap();
    assert!(r.stated_needs_confirmation && r.late, "{r:?}");

    let confirmed = case(Some(true));
    assert!(
        !codes(&confirmed).contains(&warning),
        "{:?}",
        codes(&confirmed)
    );
    let r = klagehjelp::routes::deadline_of(&confirmed, today()).unwrap();
    assert!(r.stated_confirmed && !r.late && r.between, "{r:?}");
    assert_eq!(
        r.effective, r.computed,
        "the earlier date is the one to meet"
    );
    assert_eq!(r.latest.to_string(), "2027-01-20");

    // The field is written only when true, and read back.
    assert!(
        confirmed
            .to_json()
            .contains("\"stated_deadline_confirmed\": true")
    );
    assert!(
        !case(Some(false))
            .to_json()
            .contains("stated_deadline_confirmed")
    );
    let again = Case::from_json(&confirmed.to_json()).unwrap();
    assert!(again.decision.stated_deadline_confirmed);
}

#[test]
fn the_cli_uses_the_printed_date_only_when_confirmed() {
    let base = [
        "deadline",
        "--received",
        "2026-11-09",
        "--stated",
        "2027-01-20",
        "--today",
        "2026-12-10",
        "--json",
    ];
    let v: Value = serde_json::from_str(&ok(&base)).unwrap();
    assert_eq!(v["stated_needs_confirmation"], true, "{v}");
    assert_eq!(v["latest"], v["computed"]);
    let mut args = base.to_vec();
    args.push("--stated-confirmed");
    let v: Value = serde_json::from_str(&ok(&args)).unwrap();
    assert_eq!(v["stated_confirmed"], true, "{v}");
    assert_eq!(v["latest"], "2027-01-20");
    assert_eq!(v["effective"], v["computed"]);
}
