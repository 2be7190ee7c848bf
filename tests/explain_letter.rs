//! "What does my letter say?" (issue 10 § 4): every part of every letter
//! kind, for every example case, has an explanation in every UI language,
//! built from the same blocks the PDF is made of.
mod common;
use chrono::NaiveDate;
use klagehjelp::Lang;
use klagehjelp::case::Case;
use klagehjelp::explain;
use klagehjelp::i18n::{has, source_lang};
use klagehjelp::letter::{LetterKind, LetterPart};
use klagehjelp::pdf::Block;
use klagehjelp::session;

const FIXTURES: &[&str] = &[
    "amina-spouse-income",
    "forelopig-embassy",
    "hoang-nn-fullmektig",
    "late-klage",
    "maria-en-deferred",
    "police-in-norway",
    "udi-via-embassy",
    "une-omgjoring",
    "unsure-who-decided",
];

fn case(name: &str) -> Case {
    let bytes = std::fs::read(common::fixture(name)).unwrap();
    Case::from_bytes(&bytes).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// Every letter the examples make, in each letter language, of the kind
/// that follows from the case and of every kind asked for:
/// ("fixture/kind/lang", letter).
fn letters() -> Vec<(String, klagehjelp::letter::Letter)> {
    let mut out = vec![];
    for name in FIXTURES {
        for lang in Lang::LETTER {
            let mut c = case(name);
            c.letter_language = lang;
            let kinds = std::iter::once(None).chain(LetterKind::ALL.map(Some));
            for kind in kinds {
                if let Ok(l) = session::build_letter(&c, kind, today()) {
                    out.push((format!("{name}/{}/{lang}", l.kind), l));
                }
            }
        }
    }
    out
}

fn text_blocks(blocks: &[Block]) -> Vec<&Block> {
    blocks
        .iter()
        .filter(|b| {
            !matches!(
                b,
                Block::Space(_) | Block::PageBreak | Block::CutLine | Block::Section(_)
            )
        })
        .collect()
}

#[test]
fn every_kind_is_covered_by_some_example() {
    let kinds: std::collections::BTreeSet<_> = letters()
        .iter()
        .map(|(n, _)| n.split('/').nth(1).unwrap().to_string())
        .collect();
    assert_eq!(kinds.len(), LetterKind::ALL.len(), "{kinds:?}");
}

#[test]
fn the_parts_are_the_very_blocks_of_the_letter() {
    for (name, l) in letters() {
        let from_parts: Vec<&Block> = l.parts.iter().flat_map(|p| p.blocks.iter()).collect();
        assert_eq!(from_parts, text_blocks(&l.document.blocks), "{name}");
        for p in &l.parts {
            assert!(!p.id.is_empty(), "{name}: a block before the first @part");
        }
    }
}

#[test]
fn every_part_of_every_letter_has_an_explanation_in_every_language() {
    let mut missing = vec![];
    for (name, l) in letters() {
        for p in &l.parts {
            match explain::message_id(p, l.kind, &l) {
                None => missing.push(format!("{name}: part {:?} has no message", p.id)),
                Some(id) => {
                    for lang in Lang::UI {
                        if source_lang(lang, id) != Some(lang) {
                            missing.push(format!("{name}: {id} not in {lang}"));
                        }
                    }
                }
            }
        }
        for lang in Lang::UI {
            let e = explain::explain(&l, lang);
            assert_eq!(e.paragraphs.len(), l.parts.len(), "{name}");
            for p in &e.paragraphs {
                assert!(!p.explanation.starts_with("explain-"), "{name}: {p:?}");
                assert!(!p.letter_text.is_empty(), "{name}: {p:?}");
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_text_beside_each_explanation_is_the_letters_own() {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for (name, l) in letters() {
        let text = norm(&l.to_text());
        for p in explain::explain(&l, Lang::Ar).paragraphs {
            for b in &p.letter_text {
                let b = norm(b.trim_start_matches('_'));
                assert!(text.contains(&b), "{name}: {b:?} is not in the letter");
            }
        }
    }
}

#[test]
fn the_klage_goes_where_the_letter_says() {
    // UDI's decision: UNE hears the klage; a police or embassy decision: UDI.
    for (name, body) in [
        ("amina-spouse-income", "explain-body-une"),
        ("police-in-norway", "explain-body-udi"),
        ("forelopig-embassy", "explain-body-udi"),
    ] {
        let l = session::build_letter(&case(name), None, today()).unwrap();
        let e = explain::explain(&l, Lang::En);
        let request = e.paragraphs.iter().find(|p| p.part == "request").unwrap();
        assert!(
            request
                .explanation
                .contains(&klagehjelp::i18n::t(Lang::En, body)),
            "{name}: {request:?}"
        );
        let printed = if body.ends_with("une") { "UNE" } else { "UDI" };
        assert!(
            request.letter_text.iter().any(|t| t.contains(printed)),
            "{name}: the letter itself names {printed}: {request:?}"
        );
    }
}

#[test]
fn the_requests_are_explained() {
    // The change of the decision, utsatt iverksettelse, the fullmakt's
    // powers, the subsidiary fvl. § 31 request, attachments, signatures.
    let all: Vec<(String, Vec<LetterPart>)> =
        letters().into_iter().map(|(n, l)| (n, l.parts)).collect();
    for part in [
        "request",
        "deferral",
        "fullmakt-powers",
        "late",
        "attachments",
        "signature",
        "own",
        "ground",
        "decision",
        "deadline",
    ] {
        assert!(
            all.iter().any(|(_, ps)| ps.iter().any(|p| p.id == part)),
            "no example letter has part {part}"
        );
    }
}

#[test]
fn own_words_are_shown_as_typed_and_marked() {
    let (_, l) = letters()
        .into_iter()
        .find(|(_, l)| l.parts.iter().any(|p| p.id == "ground"))
        .expect("an example with grounds");
    let e = explain::explain(&l, Lang::Ar);
    let ground = e.paragraphs.iter().find(|p| p.part == "ground").unwrap();
    assert!(ground.own_words);
    let c = case("amina-spouse-income");
    let typed = c
        .grounds
        .iter()
        .find(|g| !g.text.trim().is_empty())
        .unwrap();
    let first = typed.text.split("\n\n").next().unwrap().trim();
    assert!(
        e.paragraphs
            .iter()
            .any(|p| p.own_words && p.letter_text.iter().any(|t| t.contains(first))),
        "the applicant's text appears unchanged"
    );
}

#[test]
fn the_explanation_speaks_the_readers_language_with_the_case_data() {
    let c = case("maria-en-deferred");
    let l = session::build_letter(&c, None, today()).unwrap();
    let ar = explain::explain(&l, Lang::Ar);
    assert_eq!(ar.dir, "rtl");
    assert!(
        ar.open_at_once,
        "shown at once to a reader of another language"
    );
    assert!(!explain::explain(&l, l.lang).open_at_once);
    let decision = ar.paragraphs.iter().find(|p| p.part == "decision").unwrap();
    assert!(decision.in_reader_language);
    assert!(
        decision
            .explanation
            .chars()
            .any(|ch| ('\u{600}'..='\u{6ff}').contains(&ch)),
        "{decision:?}"
    );
    // The decision date, formatted for Arabic.
    let decided = klagehjelp::fmt::date_long(Lang::Ar, l.facts.decided.unwrap());
    assert!(decision.explanation.contains(&decided), "{decision:?}");
    assert!(has(Lang::Ar, "explain-deferral"));
    assert!(ar.paragraphs.iter().any(|p| p.part == "deferral"));
}
