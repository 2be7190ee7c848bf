//! `klagehjelp route`: the real binary on every example case, in nb, nn and
//! en, compared with golden files (`UPDATE_GOLDEN=1` rewrites them), and the
//! JSON contract (`route`, `send_to`, `channels`, `next_steps`, `warnings`).
mod common;
use common::{fixture, ok, refused};

const TODAY: &str = "2026-11-25";

/// Every example case, and the route it must take on [`TODAY`].
const CASES: &[(&str, &str)] = &[
    ("amina-spouse-income", "udi"),
    ("hoang-nn-fullmektig", "udi"),
    ("maria-en-deferred", "udi"),
    ("udi-via-embassy", "udi"),
    ("forelopig-embassy", "embassy"),
    ("police-in-norway", "police"),
    ("une-omgjoring", "une_omgjoring"),
    ("late-klage", "udi_omgjoring"),
    ("unsure-who-decided", "unsure"),
];

#[test]
fn every_example_case_in_every_language_matches_its_golden_file() {
    let mut diffs = vec![];
    for (name, _) in CASES {
        for lang in ["nb", "nn", "en"] {
            let out = ok(&["--lang", lang, "route", &fixture(name), "--today", TODAY]);
            diffs.extend(common::compare_golden(
                "route",
                &format!("{name}.{lang}.txt"),
                &out,
            ));
        }
    }
    assert!(
        diffs.is_empty(),
        "golden files differ:\n{}",
        diffs.join("\n")
    );
}

fn json(name: &str, lang: &str) -> serde_json::Value {
    let out = ok(&[
        "--lang",
        lang,
        "route",
        &fixture(name),
        "--today",
        TODAY,
        "--json",
    ]);
    serde_json::from_str(&out).expect("route --json prints JSON")
}

#[test]
fn json_names_the_route_and_its_parts() {
    let mut diffs = vec![];
    for (name, route) in CASES {
        let v = json(name, "en");
        assert_eq!(v["route"], *route, "{name}");
        assert!(
            v["warnings"]
                .as_array()
                .unwrap()
                .iter()
                .all(|w| w.is_string())
        );
        if *route == "unsure" {
            assert!(v["send_to"].is_null(), "{name}: no addressee while unsure");
            assert_eq!(v["candidates"].as_array().unwrap().len(), 2);
        } else {
            assert!(v["send_to"]["name"].is_string(), "{name}");
            assert!(!v["channels"].as_array().unwrap().is_empty(), "{name}");
            assert!(!v["next_steps"].as_array().unwrap().is_empty(), "{name}");
            for s in v["next_steps"].as_array().unwrap() {
                assert!(!s["sources"].as_array().unwrap().is_empty(), "{name}: {s}");
            }
        }
        diffs.extend(common::compare_golden(
            "route",
            &format!("{name}.en.json"),
            &serde_json::to_string_pretty(&v).unwrap(),
        ));
    }
    assert!(
        diffs.is_empty(),
        "golden files differ:\n{}",
        diffs.join("\n")
    );
}

#[test]
fn an_embassy_decision_is_never_sent_to_udi() {
    let v = json("forelopig-embassy", "en");
    assert_eq!(v["send_to"]["name"], "Norges ambassade i Amman");
    assert_eq!(v["send_to"]["address_known"], false);
    let text = v["channels"].to_string();
    assert!(!text.contains("Postboks 2098"), "{text}");
    assert!(
        v["channels"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| !c["id"].as_str().unwrap().starts_with("udi-")),
        "{text}"
    );
}

#[test]
fn staying_in_norway_warnings_only_in_norway() {
    let has =
        |v: &serde_json::Value, id: &str| v["warnings"].as_array().unwrap().iter().any(|w| w == id);
    let police = json("police-in-norway", "en");
    assert!(has(&police, "deferral_48h") && has(&police, "exit_deadline"));
    assert!(has(&police, "address_unknown"));
    let abroad = json("amina-spouse-income", "en");
    assert!(!has(&abroad, "deferral_48h") && !has(&abroad, "exit_deadline"));
    let une = json("une-omgjoring", "en");
    assert!(has(&une, "deferral_une") && !has(&une, "deferral_48h"));
}

#[test]
fn a_printed_deadline_earlier_than_the_law_is_the_one_to_meet() {
    // police-in-norway: received 16 November, printed deadline 4 December,
    // by law 7 December.
    let v = json("police-in-norway", "en");
    assert_eq!(v["deadline"]["deadline"], "2026-12-04");
    let out = ok(&[
        "--lang",
        "en",
        "route",
        &fixture("police-in-norway"),
        "--today",
        "2026-12-07",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        v["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w == "earlier_stated_deadline"),
        "{out}"
    );
}

#[test]
fn bad_input_is_exit_2() {
    let e = refused(&["route", "/nonexistent/x.klage.json"]);
    assert!(e.contains("/nonexistent/x.klage.json"), "{e}");
    let e = refused(&[
        "--lang",
        "en",
        "route",
        &fixture("amina-spouse-income"),
        "--today",
        "2026-13-01",
    ]);
    assert!(e.contains("--today"), "{e}");
}
