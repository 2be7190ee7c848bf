//! Wording of letter branches the golden files do not reach: a request for
//! reversal to UNE written by a fullmektig who will send more documents, and
//! ground headings that must cite only statutes.
use chrono::NaiveDate;
use klagehjelp::Lang;
use klagehjelp::case::Case;
use klagehjelp::letter;

fn today() -> NaiveDate {
    "2026-11-25".parse().unwrap()
}

fn fixture(name: &str) -> serde_json::Value {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.klage.json"));
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn text(v: &serde_json::Value, lang: Lang) -> String {
    let mut case = Case::from_json(&v.to_string()).unwrap();
    case.letter_language = lang;
    letter::build(&case, None, today()).unwrap().to_text()
}

/// UNE omgjøring with a non-lawyer fullmektig and documents to follow.
fn une_with_fullmektig() -> serde_json::Value {
    let mut v = fixture("une-omgjoring");
    v["will_send_more_documents"] = true.into();
    v["representative"] = serde_json::json!({
        "name": "Ingrid Solheim", "organisation": "Jussbuss",
        "address": "Eksempelgata 5\n0150 Oslo", "phone": "", "email": "", "is_lawyer": false
    });
    v
}

#[test]
fn omgjoring_fullmakt_names_the_request_not_a_klage() {
    let v = une_with_fullmektig();
    let cases = [
        (
            Lang::Nb,
            "også i anmodningen om omgjøring av vedtaket fra",
            "også i klagen",
        ),
        (
            Lang::Nn,
            "også i oppmodinga om omgjering av vedtaket frå",
            "også i klaga",
        ),
        (
            Lang::En,
            "including the request for reversal of the decision of",
            "including the appeal",
        ),
    ];
    for (lang, want, not) in cases {
        let t = text(&v, lang);
        assert!(t.contains(want), "{lang}: {t}");
        assert!(!t.contains(not), "{lang}: {t}");
    }
}

#[test]
fn omgjoring_does_not_claim_udi_practice_to_une() {
    let v = une_with_fullmektig();
    for (lang, practice, asks) in [
        (Lang::Nb, "UDIs praksis", "Jeg ber UNE om å sette en frist"),
        (
            Lang::Nn,
            "praksisen til UDI",
            "Eg ber UNE om å setje ein frist",
        ),
        (Lang::En, "UDI's practice", "I ask UNE to set a deadline"),
    ] {
        let t = text(&v, lang);
        assert!(!t.contains(practice), "{lang}: {t}");
        assert!(t.contains(asks), "{lang}: {t}");
    }
}

#[test]
fn klage_to_udi_keeps_the_two_week_practice() {
    let mut v = fixture("hoang-nn-fullmektig");
    v["will_send_more_documents"] = true.into();
    assert!(text(&v, Lang::Nb).contains("som etter UDIs praksis er to uker"));
}

#[test]
fn ground_headings_cite_statutes_only() {
    // The bolig rule's source is the Jussbuss sheet: no legal basis to cite to UDI.
    let v = fixture("late-klage");
    for lang in Lang::ALL {
        let t = text(&v, lang);
        assert!(!t.contains("Jussbuss-infoskriv"), "{lang}: {t}");
    }
    let t = text(&fixture("hoang-nn-fullmektig"), Lang::Nn);
    assert!(t.contains("Tidlegare inntekt – utf. § 10-9"), "{t}");
}
