//! The validity gate before export (issue 9 § 4): no letter with a
//! placeholder, a claimed attachment that is not there, a fullmektig who
//! cannot be reached, or a missing signature line; each problem has a stable
//! code and the field to fix, in the CLI too (exit 2).
use chrono::NaiveDate;
use klagehjelp::Lang;
use klagehjelp::case::{Case, CoApplicant, Representative, Sponsor};
use klagehjelp::letter::{self, LetterKind};
mod common;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const TODAY: &str = "2026-11-25";

fn fixture(name: &str) -> Case {
    let p = common::root()
        .join("tests/fixtures")
        .join(format!("{name}.klage.json"));
    Case::from_json(&std::fs::read_to_string(&p).unwrap()).unwrap()
}

fn codes(c: &Case) -> Vec<String> {
    match c.validate(d(TODAY)) {
        Ok(_) => vec![],
        Err(ps) => ps
            .iter()
            .map(|p| format!("{} {}", p.field, p.code))
            .collect(),
    }
}

#[test]
fn a_placeholder_anywhere_blocks_the_letter() {
    let mut c = fixture("amina-spouse-income");
    c.grounds[0].text = "Han tente [skriv her: beløp] kroner i 2025.".into();
    assert_eq!(codes(&c), ["grounds[0].text text.placeholder"]);
    let e = c.validate(d(TODAY)).unwrap_err();
    assert!(e[0].message_in(Lang::En).contains("[skriv her: beløp]"));
    let mut c = fixture("amina-spouse-income");
    c.attachments[0].title = "[write here: the document]".into();
    assert_eq!(codes(&c), ["attachments[0].title text.placeholder"]);
    let mut c = fixture("late-klage");
    c.late_reason = "Jeg var syk fra [skriv her: dato].".into();
    let e: Vec<_> = c
        .validate(d(TODAY))
        .unwrap_err()
        .into_iter()
        .map(|p| p.code)
        .collect();
    assert!(e.contains(&"text.placeholder".to_string()), "{e:?}");
}

#[test]
fn a_claimed_attachment_must_be_there() {
    let mut c = fixture("amina-spouse-income");
    c.attachments.clear();
    assert_eq!(codes(&c), ["grounds[0].text grounds.attachment_claimed"]);
    c.grounds[0].text = "Ektefellen min har fått fast jobb.".into();
    assert!(codes(&c).is_empty());
}

#[test]
fn a_fullmektig_without_contact_details_blocks_the_letter() {
    let mut c = fixture("amina-spouse-income");
    c.representative = Some(Representative::default());
    assert_eq!(
        codes(&c),
        [
            "representative.name representative.name_missing",
            "representative.address representative.contact_missing"
        ]
    );
    c.representative = Some(Representative {
        name: "Kari Nordmann".into(),
        email: "kari@example.com".into(),
        ..Default::default()
    });
    assert!(codes(&c).is_empty());
}

#[test]
fn every_adult_signs_and_a_guardian_signs_for_a_child() {
    let mut c = fixture("amina-spouse-income");
    c.co_applicants = vec![
        CoApplicant {
            given_name: "Ayaan".into(),
            family_name: "Farah".into(),
            birth_date: "2016-05-01".into(),
            duf: "2025 123456 78".into(),
            relation: "child_under_18".into(),
        },
        CoApplicant {
            given_name: "Hawa".into(),
            family_name: "Farah".into(),
            birth_date: "2005-01-20".into(),
            duf: "2025 123457 01".into(),
            relation: "dependent_adult_child".into(),
        },
    ];
    c.sponsor = Some(Sponsor {
        given_name: "Abdirahman".into(),
        family_name: "Ali Farah".into(),
        birth_date: "1990-04-12".into(),
    });
    c.decision.case_number = "123".into();
    let text = letter::build(&c, None, d(TODAY)).unwrap().to_text();
    let plain = text.replace('\u{a0}', " ");
    assert!(plain.contains("Saksnummer: 123"), "{text}");
    assert!(
        plain.contains("Klager også: Ayaan Farah, født 01.05.2016, DUF-nummer 2025 123456 78"),
        "{text}"
    );
    assert!(
        text.contains("Referanseperson: Abdirahman Ali Farah, født 12.04.1990"),
        "{text}"
    );
    let signatures = text.matches("______________________________").count();
    assert_eq!(
        signatures, 3,
        "applicant, adult co-applicant, guardian: {text}"
    );
    assert!(text.contains("For Ayaan Farah (under 18 år): den som har foreldreansvaret"));
    assert!(text.contains("\nHawa Farah\n"), "{text}");
    common::golden("letters-routes", "co-applicants.nb.txt", &text);

    // A co-applicant needs a name, a DUF number and a date of birth.
    c.co_applicants[1].given_name.clear();
    c.co_applicants[1].family_name.clear();
    c.co_applicants[1].duf = "12".into();
    c.co_applicants[1].birth_date = "2005-02-30".into();
    let got = codes(&c);
    assert!(got.contains(&"co_applicants[1].given_name co_applicants.name_missing".into()));
    assert!(
        got.iter().any(|g| g.starts_with("co_applicants[1].duf ")),
        "{got:?}"
    );
    assert!(
        got.contains(&"co_applicants[1].birth_date date.invalid".into()),
        "{got:?}"
    );
}

#[test]
fn a_child_applicant_is_signed_for_by_the_guardian() {
    let mut c = fixture("amina-spouse-income");
    c.applicant.birth_date = "2012-06-01".into();
    let l = letter::build(&c, None, d(TODAY)).unwrap();
    assert!(
        l.to_text()
            .contains("For Amina Yusuf Hassan (under 18 år): den som har foreldreansvaret")
    );
    assert!(l.notes.iter().any(|n| n.code == "applicant.child_signs"));
}

#[test]
fn without_a_case_number_a_blank_line_is_printed() {
    let l = letter::build(&fixture("amina-spouse-income"), None, d(TODAY)).unwrap();
    assert!(l.to_text().contains("Saksnummer: ____"), "{}", l.to_text());
    assert!(
        l.notes
            .iter()
            .any(|n| n.code == "decision.case_number_missing")
    );
}

#[test]
fn warnings_for_language_and_figures_do_not_block() {
    let mut c = fixture("amina-spouse-income");
    c.letter_language = Lang::En;
    let l = letter::build(&c, None, d(TODAY)).unwrap();
    assert!(l.notes.iter().any(|n| n.code == "grounds.language"));
    // The text says 452 000; the facts say the same: no warning.
    let mut c = fixture("amina-spouse-income");
    c.facts.sponsor_future_income = Some(452_000);
    let figure = |c: &Case| {
        letter::build(c, None, d(TODAY))
            .unwrap()
            .notes
            .into_iter()
            .find(|n| n.code == "grounds.figure_differs")
    };
    assert!(figure(&c).is_none());
    // A typo in the text: a warning naming both figures, and still a letter.
    c.grounds[0].text = c.grounds[0].text.replace("452 000", "425 000");
    let n = figure(&c).expect("figure warning");
    let m = n.message_in(Lang::En).replace('\u{a0}', " ");
    assert!(m.contains("425 000") && m.contains("452 000"), "{m}");
}

#[test]
fn the_cli_refuses_with_field_and_code_and_writes_no_pdf() {
    let dir = std::env::temp_dir().join(format!("klagehjelp-gate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.klage.json");
    let text = std::fs::read_to_string(common::fixture("amina-spouse-income"))
        .unwrap()
        .replace(
            "med en årslønn på 452 000 kroner",
            "med en årslønn på [skriv her: beløp] kroner",
        )
        .replace(
            "\"representative\": null",
            "\"representative\": {\"name\": \"\"}",
        );
    std::fs::write(&bad, text).unwrap();
    let out = dir.join("klage.pdf");
    let e = common::refused(&[
        "--lang",
        "en",
        "letter",
        bad.to_str().unwrap(),
        "--today",
        TODAY,
        "--out",
        out.to_str().unwrap(),
    ]);
    for want in [
        "grounds[0].text: [text.placeholder] ",
        "representative.name: [representative.name_missing] ",
        "representative.address: [representative.contact_missing] ",
    ] {
        assert!(e.lines().any(|l| l.starts_with(want)), "{want}\n{e}");
    }
    assert!(!out.exists(), "no PDF is written");
    let _ = LetterKind::Klage;
}

#[test]
fn a_fullmakt_that_follows_is_said_and_not_attached() {
    let mut c = fixture("hoang-nn-fullmektig");
    c.letter_language = Lang::Nb;
    c.representative.as_mut().unwrap().fullmakt_follows = true;
    let l = letter::build(&c, None, d(TODAY)).unwrap();
    let text = l.to_text();
    assert!(!l.has_fullmakt, "no fullmakt page now");
    assert!(
        text.contains("Skriftlig fullmakt ettersendes (forvaltningsloven § 12)"),
        "{text}"
    );
    assert!(!text.contains("vedlagt fullmakt"), "{text}");
    assert!(!text.contains("1. Fullmakt"), "{text}");
}
