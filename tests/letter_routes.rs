//! Letters per route and per deadline situation (issue 9), as golden text
//! in nb, nn and en: the addressee follows who made the decision, a printed
//! deadline earlier than the law's is the one to meet, and a late klage
//! pleads both halves of fvl. § 31 first paragraph.
//! `UPDATE_GOLDEN=1 cargo test --test letter_routes` rewrites the files.
use chrono::NaiveDate;
use klagehjelp::Lang;
use klagehjelp::case::Case;
use klagehjelp::letter::{self, LetterKind};
mod common;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn fixture(name: &str) -> Case {
    let p = common::root()
        .join("tests/fixtures")
        .join(format!("{name}.klage.json"));
    Case::from_json(&std::fs::read_to_string(&p).unwrap()).unwrap()
}

/// (golden name, fixture, today, expected kind)
const LETTERS: &[(&str, &str, &str, LetterKind)] = &[
    (
        "police",
        "police-in-norway",
        "2026-11-25",
        LetterKind::Klage,
    ),
    (
        "udi-via-embassy",
        "udi-via-embassy",
        "2026-11-25",
        LetterKind::Klage,
    ),
    // The printed deadline (4 December) has passed, the law's (7 December) has not.
    (
        "between-stated-earlier",
        "police-in-norway",
        "2026-12-07",
        LetterKind::Klage,
    ),
    // UDI decision, more than a year ago: a request under fvl. § 35.
    (
        "udi-omgjoring",
        "late-klage",
        "2027-10-01",
        LetterKind::Omgjoring,
    ),
];

#[test]
fn route_letters_in_every_language() {
    let mut diffs = vec![];
    for (name, fx, today, kind) in LETTERS {
        for lang in Lang::ALL {
            let mut case = fixture(fx);
            case.letter_language = lang;
            let letter = letter::build(&case, None, d(today))
                .unwrap_or_else(|p| panic!("{name} {lang}: {p:?}"));
            assert_eq!(letter.kind, *kind, "{name}");
            diffs.extend(common::compare_golden(
                "letters-routes",
                &format!("{name}.{lang}.txt"),
                &letter.to_text(),
            ));
        }
    }
    assert!(
        diffs.is_empty(),
        "golden files differ:\n{}",
        diffs.join("\n")
    );
}

#[test]
fn a_udi_decision_handed_out_by_an_embassy_is_addressed_to_udi() {
    let l = letter::build(&fixture("udi-via-embassy"), None, d("2026-11-25")).unwrap();
    let text = l.to_text();
    assert!(text.contains("Postboks 2098 Vika"), "{text}");
    assert!(!text.contains("Norges ambassade i Nairobi\n"), "{text}");
    assert!(
        l.notes
            .iter()
            .any(|n| n.code == "letter.send_as_decision_says")
    );
}

#[test]
fn between_the_deadlines_the_letter_asks_under_section_31_and_never_says_the_later_applies() {
    for lang in Lang::ALL {
        let mut c = fixture("police-in-norway");
        c.letter_language = lang;
        let l = letter::build(&c, None, d("2026-12-07")).unwrap();
        let text = l.to_text();
        assert!(
            text.contains("§ 31") || text.contains("section 31"),
            "{text}"
        );
        assert!(text.contains("16"), "the day of receipt is stated: {text}");
        assert!(l.notes.iter().any(|n| n.code == "earlier_stated_deadline"));
    }
    // A later printed deadline: once the law's has passed, the letter does
    // not say "in time" on its own authority.
    let mut c = fixture("hoang-nn-fullmektig");
    c.decision.stated_deadline = Some("2026-12-09".into());
    c.letter_language = Lang::Nb;
    let l = letter::build(&c, None, d("2026-12-04")).unwrap();
    let text = l.to_text();
    assert!(!text.contains("Klagefristen er 2. desember 2026"), "{text}");
    assert!(text.contains("subsidiært"), "{text}");
    assert!(text.contains("var fristen 2. desember 2026"), "{text}");
}

#[test]
fn a_late_klage_pleads_both_a_and_b() {
    for lang in Lang::ALL {
        let mut c = fixture("late-klage");
        c.letter_language = lang;
        let text = letter::build(&c, None, d("2026-11-25")).unwrap().to_text();
        let (a, b) = match lang {
            Lang::En => ("(point a)", "(point b)"),
            _ => ("(bokstav a)", "(bokstav b)"),
        };
        assert!(text.contains(a) && text.contains(b), "{text}");
    }
}

#[test]
fn the_stand_alone_deferral_request_in_every_language() {
    let mut diffs = vec![];
    for lang in Lang::ALL {
        let mut case = fixture("police-in-norway");
        case.letter_language = lang;
        let l = letter::build(&case, Some(LetterKind::Utsatt), d("2026-11-25")).unwrap();
        assert_eq!(l.kind, LetterKind::Utsatt);
        let text = l.to_text();
        assert!(
            text.contains("§ 42") || text.contains("section 42"),
            "{text}"
        );
        assert!(
            text.contains("barnehage"),
            "the reasons are printed: {text}"
        );
        assert!(
            !text.contains("Leiekontrakt"),
            "no klage attachments: {text}"
        );
        assert!(l.notes.iter().any(|n| n.code == "deferral_48h"));
        assert!(l.notes.iter().any(|n| n.code == "exit_deadline"));
        diffs.extend(common::compare_golden(
            "letters-routes",
            &format!("utsatt.{lang}.txt"),
            &text,
        ));
    }
    assert!(
        diffs.is_empty(),
        "golden files differ:\n{}",
        diffs.join("\n")
    );
}

#[test]
fn deferral_is_only_for_an_applicant_in_norway() {
    let mut c = fixture("amina-spouse-income");
    let e = letter::build(&c, Some(LetterKind::Utsatt), d("2026-11-25")).unwrap_err();
    assert!(
        e.iter().any(|p| p.code == "kind.utsatt_not_in_norway"),
        "{e:?}"
    );
    c.facts.applicant_in_norway = None;
    assert!(letter::build(&c, Some(LetterKind::Utsatt), d("2026-11-25")).is_err());
}

#[test]
fn the_title_says_when_deferral_is_asked_and_the_reasons_are_printed() {
    let c = fixture("police-in-norway");
    let l = letter::build(&c, None, d("2026-11-25")).unwrap();
    let text = l.to_text();
    assert!(
        text.contains("FAMILIEINNVANDRING OG ANMODNING OM UTSATT IVERKSETTELSE"),
        "{text}"
    );
    assert!(
        text.contains("Dette er grunnene til at jeg ber om dette:"),
        "{text}"
    );
    assert!(text.contains("barnehage"), "{text}");
    let mut c = fixture("police-in-norway");
    c.deferral_reasons.clear();
    let l = letter::build(&c, None, d("2026-11-25")).unwrap();
    assert!(l.notes.iter().any(|n| n.code == "deferral.reasons_missing"));
    // Abroad: no deferral anywhere in the letter, and no such title.
    let mut c = fixture("amina-spouse-income");
    c.request_deferred_implementation = true;
    let text = letter::build(&c, None, d("2026-11-25")).unwrap().to_text();
    assert!(
        !text.contains("UTSATT") && !text.contains("Utsatt"),
        "{text}"
    );
}
