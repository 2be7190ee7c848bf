//! Golden text of every letter kind in every language (and the example
//! cases in their own language), rendered with a fixed "today".
//! `UPDATE_GOLDEN=1 cargo test --test letter_golden` rewrites the files.
use chrono::NaiveDate;
use klagehjelp::Lang;
use klagehjelp::case::Case;
use klagehjelp::letter::{self, LetterKind};
mod common;

const TODAY: &str = "2026-11-25";

fn today() -> NaiveDate {
    TODAY.parse().unwrap()
}

fn fixture(name: &str) -> Case {
    let p = common::root()
        .join("tests/fixtures")
        .join(format!("{name}.klage.json"));
    Case::from_json(&std::fs::read_to_string(&p).unwrap()).unwrap()
}

/// The example case used for each kind (the klage one has a fullmektig, so
/// the fullmakt page is covered in every language).
fn fixture_for(kind: LetterKind) -> &'static str {
    match kind {
        LetterKind::Klage => "hoang-nn-fullmektig",
        LetterKind::Forelopig => "forelopig-embassy",
        LetterKind::Late => "late-klage",
        LetterKind::Omgjoring => "une-omgjoring",
        LetterKind::Utsatt => "maria-en-deferred",
        LetterKind::Ettersending => "hoang-nn-fullmektig",
        LetterKind::Innsyn => "amina-spouse-income",
        LetterKind::Costs => "hoang-nn-fullmektig",
    }
}

fn compare(name: &str, actual: &str) -> Option<String> {
    common::compare_golden("letters", &format!("{name}.txt"), actual)
}

#[test]
fn every_kind_in_every_language() {
    let mut diffs = vec![];
    for kind in LetterKind::ALL {
        for lang in Lang::ALL {
            let mut case = fixture(fixture_for(kind));
            case.letter_language = lang;
            // The stand-alone deferral request is asked for; the others
            // follow from the case.
            let asked = matches!(
                kind,
                LetterKind::Utsatt
                    | LetterKind::Ettersending
                    | LetterKind::Innsyn
                    | LetterKind::Costs
            )
            .then_some(kind);
            let letter = letter::build(&case, asked, today())
                .unwrap_or_else(|p| panic!("{kind} {lang}: {p:?}"));
            assert_eq!(letter.kind, kind, "the kind follows from the case");
            assert_eq!(letter.lang, lang);
            diffs.extend(compare(&format!("{kind}.{lang}"), &letter.to_text()));
        }
    }
    assert!(
        diffs.is_empty(),
        "golden files differ:\n{}",
        diffs.join("\n")
    );
}

#[test]
fn example_cases_in_their_own_language() {
    let mut diffs = vec![];
    for name in ["amina-spouse-income", "maria-en-deferred"] {
        let letter = letter::build(&fixture(name), None, today()).unwrap();
        diffs.extend(compare(name, &letter.to_text()));
    }
    assert!(
        diffs.is_empty(),
        "golden files differ:\n{}",
        diffs.join("\n")
    );
}
