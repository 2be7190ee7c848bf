//! Bad input, as a table: every row is a case file as people and other
//! programs really produce it (Notepad's encodings, a hand edit that put a
//! number where text belongs, a typo in a year, a file far too big). Each
//! must open or be refused with a clear message that names the field in
//! the user's words, in nb, nn and en, never a Rust type name, never a
//! panic. Unknown fields survive a round trip.
use chrono::NaiveDate;
use klagehjelp::Lang;
use klagehjelp::case::{Case, MAX_FILE_BYTES};
use klagehjelp::i18n::UserFacing;
use serde_json::{Value, json};

mod common;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 12).unwrap()
}

/// The example case as JSON, to be changed by a row.
fn base() -> Value {
    let text = std::fs::read_to_string(common::fixture("amina-spouse-income")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn with(change: impl Fn(&mut Value)) -> Vec<u8> {
    let mut v = base();
    change(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

fn utf16(text: &str, bom: bool, big_endian: bool) -> Vec<u8> {
    let mut out = vec![];
    if bom {
        out.extend_from_slice(if big_endian {
            &[0xFE, 0xFF]
        } else {
            &[0xFF, 0xFE]
        });
    }
    for u in text.encode_utf16() {
        out.extend_from_slice(&if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

fn base_text() -> String {
    serde_json::to_string_pretty(&base()).unwrap()
}

/// What a row must give.
enum Want {
    /// Opens; the applicant's given name is this.
    Opens(&'static str),
    /// Refused with this code; every language's message contains these words
    /// (in en), e.g. the field's label.
    Refused(&'static str, &'static [&'static str]),
    /// Opens, but validation reports this code at this field.
    Problem(&'static str, &'static str),
}

/// Words that must never reach a user: Rust and serde internals.
const INTERNALS: &[&str] = &[
    "String",
    "struct ",
    "Vec<",
    "Option<",
    "u32",
    "i64",
    "f64",
    "invalid type",
    "expected a",
    "serde",
    "case-",
    "file-error",
    "ui-err",
    "EOF",
    "expected value",
    " at line ",
];

#[test]
fn every_bad_input_gets_a_clear_answer() {
    let text = base_text();
    let mut bom8 = vec![0xEF, 0xBB, 0xBF];
    bom8.extend_from_slice(text.as_bytes());
    let mut latin1 = text.replace("Amina", "Ås").into_bytes();
    // "Ås" in Latin-1: 0xC5 's'.
    let at = latin1.windows(2).position(|w| w == "Å".as_bytes()).unwrap();
    latin1.splice(at..at + 2, [0xC5]);
    let mut odd16 = utf16(&text, true, false);
    odd16.pop();
    let mut huge = text.clone().into_bytes();
    huge.extend(std::iter::repeat_n(b' ', MAX_FILE_BYTES));

    let rows: Vec<(&str, Vec<u8>, Want)> = vec![
        (
            "plain UTF-8",
            text.clone().into_bytes(),
            Want::Opens("Amina"),
        ),
        ("UTF-8 with BOM (Notepad)", bom8, Want::Opens("Amina")),
        (
            "UTF-16 LE with BOM (Notepad 'Unicode')",
            utf16(&text, true, false),
            Want::Opens("Amina"),
        ),
        (
            "UTF-16 BE with BOM",
            utf16(&text, true, true),
            Want::Opens("Amina"),
        ),
        (
            "UTF-16 without BOM",
            utf16(&text, false, false),
            Want::Refused("file.encoding", &["UTF-8"]),
        ),
        (
            "Latin-1",
            latin1,
            Want::Refused("file.encoding", &["UTF-8"]),
        ),
        (
            "UTF-16 cut short",
            odd16,
            Want::Refused("file.utf16", &["UTF-16", "UTF-8"]),
        ),
        (
            "bigger than the limit",
            huge,
            Want::Refused("file.too_big", &["KB"]),
        ),
        ("empty", vec![], Want::Refused("case.syntax", &[])),
        (
            "not JSON",
            b"Klage fra Amina".to_vec(),
            Want::Refused("case.syntax", &[]),
        ),
        (
            "cut off while copied",
            text.as_bytes()[..text.len() / 2].to_vec(),
            Want::Refused("case.syntax", &["cut off"]),
        ),
        (
            "a comma too many",
            text.replacen("\"nb\",", "\"nb\",,", 1).into_bytes(),
            Want::Refused("case.syntax", &["line ", "column "]),
        ),
        (
            "a JSON list",
            b"[1, 2]".to_vec(),
            Want::Refused("case.no_format", &[]),
        ),
        (
            "deeply nested",
            "[".repeat(100_000).into_bytes(),
            Want::Refused("case.syntax", &[]),
        ),
        (
            "no format",
            with(|v| {
                v.as_object_mut().unwrap().remove("format");
            }),
            Want::Refused("case.no_format", &[]),
        ),
        (
            "a newer format",
            with(|v| v["format"] = json!("klagehjelp-case/99")),
            Want::Refused("case.newer_format", &["klagehjelp-case/99"]),
        ),
        (
            "a language the letter cannot be in",
            with(|v| v["letter_language"] = json!("de")),
            Want::Refused("case.language", &["de"]),
        ),
        (
            "a number as the given name",
            with(|v| v["applicant"]["given_name"] = json!(5)),
            Want::Refused(
                "case.field",
                &["Given name", "applicant.given_name", "a number", "text"],
            ),
        ),
        (
            "an authority that does not exist",
            with(|v| v["decision"]["authority"] = json!("Tingretten")),
            Want::Refused(
                "case.field",
                &[
                    "Who made the decision",
                    "Tingretten",
                    "UDI, UNE, police, embassy",
                ],
            ),
        ),
        (
            "true as the text of the second ground",
            with(|v| {
                let g = v["grounds"][0].clone();
                v["grounds"].as_array_mut().unwrap().push(g);
                v["grounds"][1]["text"] = json!(true);
            }),
            Want::Refused(
                "case.field",
                &["Grounds 2: your text", "grounds[1].text", "yes or no"],
            ),
        ),
        (
            "text where the list of grounds belongs",
            with(|v| v["grounds"] = json!("see letter")),
            Want::Refused("case.field", &["Grounds", "a list"]),
        ),
        (
            "a list as the representative",
            with(|v| v["representative"] = json!([])),
            Want::Refused("case.field", &["Representative", "a group of fields"]),
        ),
        (
            "a number among the refusal grounds",
            with(|v| v["decision"]["refusal_grounds"] = json!([1])),
            Want::Refused(
                "case.field",
                &["Reasons given in the decision", "refusal_grounds[0]"],
            ),
        ),
        (
            "an attachment without a title",
            with(|v| v["attachments"] = json!([{}])),
            Want::Refused("case.field", &["Attachment 1", "title"]),
        ),
        (
            "fields a newer version wrote",
            with(|v| {
                v["reception"] = json!({"desk": "Nairobi"});
                v["applicant"]["middle_name"] = json!("Abdi");
            }),
            Want::Opens("Amina"),
        ),
        (
            "born in the year 0",
            with(|v| v["applicant"]["birth_date"] = json!("0000-02-14")),
            Want::Problem("applicant.birth_date", "date.too_early"),
        ),
        (
            "received in 2062 (for 2026)",
            with(|v| v["decision"]["received"] = json!("2062-11-09")),
            Want::Problem("decision.received", "date.too_late"),
        ),
        (
            "a printed deadline in 2062 (for 2026)",
            with(|v| v["decision"]["stated_deadline"] = json!("2062-11-30")),
            Want::Problem("decision.stated_deadline", "date.too_late"),
        ),
        (
            "a printed deadline seven months after receipt",
            with(|v| v["decision"]["stated_deadline"] = json!("2027-06-30")),
            Want::Problem("decision.stated_deadline", "decision.stated_implausible"),
        ),
    ];

    let mut failures = vec![];
    for (name, bytes, want) in &rows {
        let got = std::panic::catch_unwind(|| Case::from_bytes(bytes));
        let Ok(got) = got else {
            failures.push(format!("{name}: panicked"));
            continue;
        };
        match (want, got) {
            (Want::Opens(given), Ok(case)) => {
                if case.applicant.given_name != *given {
                    failures.push(format!(
                        "{name}: given name {:?}",
                        case.applicant.given_name
                    ));
                }
            }
            (Want::Problem(field, code), Ok(case)) => {
                let review = case.review(None, today());
                let all: Vec<_> = review.errors.iter().chain(&review.warnings).collect();
                if !all.iter().any(|p| p.field == *field && p.code == *code) {
                    failures.push(format!(
                        "{name}: no {code} at {field}; got {:?}",
                        all.iter()
                            .map(|p| format!("{} {}", p.field, p.code))
                            .collect::<Vec<_>>()
                    ));
                }
                for p in all.iter().filter(|p| p.code == *code) {
                    for lang in Lang::ALL {
                        let m = p.message_in(lang);
                        if let Some(bad) = INTERNALS.iter().find(|w| m.contains(*w)) {
                            failures.push(format!("{name} ({lang:?}): {bad:?} in {m:?}"));
                        }
                    }
                }
            }
            (Want::Refused(code, words), Err(e)) => {
                if e.code() != *code {
                    failures.push(format!("{name}: code {} ({e}), want {code}", e.code()));
                }
                let en = e.message(Lang::En);
                for w in *words {
                    if !en.contains(w) {
                        failures.push(format!("{name}: {w:?} missing from {en:?}"));
                    }
                }
                for lang in Lang::ALL {
                    let m = e.message(lang);
                    if let Some(bad) = INTERNALS.iter().find(|w| m.contains(*w)) {
                        failures.push(format!("{name} ({lang:?}): {bad:?} in {m:?}"));
                    }
                    if m.len() > 600 {
                        failures.push(format!("{name} ({lang:?}): message of {} bytes", m.len()));
                    }
                }
            }
            (_, Ok(_)) => failures.push(format!("{name}: opened, but should be refused")),
            (_, Err(e)) => failures.push(format!("{name}: refused: {}", e.message(Lang::En))),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn unknown_fields_are_written_back() {
    let bytes = with(|v| {
        v["reception"] = json!({"desk": "Nairobi", "visits": [1, 2]});
        v["applicant"]["middle_name"] = json!("Abdi");
        v["decision"]["channel"] = json!("post");
        v["grounds"][0]["source"] = json!("volunteer");
        v["attachments"][0]["pages"] = json!(3);
    });
    let case = Case::from_bytes(&bytes).unwrap();
    let again: Value = serde_json::from_str(&case.to_json()).unwrap();
    assert_eq!(
        again["reception"],
        json!({"desk": "Nairobi", "visits": [1, 2]})
    );
    assert_eq!(again["applicant"]["middle_name"], "Abdi");
    assert_eq!(again["decision"]["channel"], "post");
    assert_eq!(again["grounds"][0]["source"], "volunteer");
    assert_eq!(again["attachments"][0]["pages"], 3);
    // And it reads back the same.
    assert_eq!(Case::from_json(&case.to_json()).unwrap(), case);
}

#[test]
fn long_text_is_found_by_field() {
    let bytes =
        with(|v| v["grounds"][0]["text"] = json!("a".repeat(klagehjelp::case::MAX_TEXT_CHARS + 1)));
    let case = Case::from_bytes(&bytes).unwrap();
    let long = case.too_long();
    assert_eq!(long.len(), 1);
    assert_eq!(long[0].path, "grounds[0].text");
    assert_eq!(
        klagehjelp::case::field_label(Lang::En, &long[0].path),
        "Grounds 1: your text"
    );
    assert_eq!(
        klagehjelp::case::field_label(Lang::Nb, "decision.received"),
        "Datoen du fikk vedtaket"
    );
    assert!(base_text().len() < MAX_FILE_BYTES);
}
