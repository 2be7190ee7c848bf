//! The letter as it is sent (issue 9): a short klage with its signature fits
//! on one page; the footer sent to UDI carries no "rules as of" note; the
//! optional requests for innsyn (fvl. § 18) and, in the alternative, for the
//! decision to be set aside and sent back (fvl. § 34 fourth paragraph) are
//! printed only when asked, in nb, nn and en (golden files); a volunteer's
//! organisation is the fullmektig "Jussbuss v/ name"; "fullmakt ettersendes";
//! and no letter is written with a fullmektig who cannot be reached.
//! `UPDATE_GOLDEN=1 cargo test --test letter_as_sent` rewrites the files.
use chrono::NaiveDate;
use klagehjelp::Lang;
use klagehjelp::case::{Case, Ground, Representative, Sponsor};
use klagehjelp::letter::{self, LetterKind};
use klagehjelp::pdf;
mod common;

fn today() -> NaiveDate {
    "2026-11-25".parse().unwrap()
}

fn fixture(name: &str) -> Case {
    let p = common::root()
        .join("tests/fixtures")
        .join(format!("{name}.klage.json"));
    Case::from_json(&std::fs::read_to_string(&p).unwrap()).unwrap()
}

/// A short klage: one ground of a few sentences, the sponsor and the case
/// number in the header, no attachments and no fullmektig.
fn short(lang: Lang) -> Case {
    let mut c = fixture("amina-spouse-income");
    c.letter_language = lang;
    c.attachments.clear();
    c.decision.case_number = "123".into();
    c.sponsor = Some(Sponsor {
        given_name: "Abdirahman".into(),
        family_name: "Ali Farah".into(),
        birth_date: "1990-04-12".into(),
    });
    let text = match lang {
        Lang::En => {
            "My husband has had a permanent job since 1 December 2026. His income is now higher than the requirement."
        }
        _ => {
            "Ektefellen min har hatt fast jobb siden 1. desember 2026. Inntekten hans er nå høyere enn kravet."
        }
    };
    c.grounds = vec![Ground {
        requirement: "underhold_fremtidig".into(),
        text: text.into(),
        ..Ground::default()
    }];
    c
}

#[test]
fn a_short_klage_with_its_signature_fits_on_one_page() {
    for lang in Lang::ALL {
        let l = letter::build(&short(lang), None, today()).unwrap();
        assert_eq!(l.kind, LetterKind::Klage);
        assert!(!l.has_fullmakt);
        assert_eq!(
            pdf::page_count(&l.document).unwrap(),
            1,
            "{lang}: a short klage must fit on one page with its signature"
        );
        // The signature line is there (fvl. § 32 (b)).
        assert!(l.to_text().contains("Amina Yusuf Hassan\n") || l.to_text().contains("______"));
    }
}

#[test]
fn the_footer_sent_to_udi_has_no_rules_as_of_note() {
    for lang in Lang::ALL {
        let l = letter::build(&short(lang), None, today()).unwrap();
        let footer = l.document.footer.to_lowercase();
        for word in ["regelgrunnlag", "rules as of", "regelverk"] {
            assert!(!footer.contains(word), "{lang}: footer {footer:?}");
            assert!(!l.to_text().to_lowercase().contains(word), "{lang}");
        }
        assert!(
            footer.contains("{page}"),
            "{lang}: the footer numbers pages"
        );
    }
}

#[test]
fn optional_requests_are_printed_only_when_asked_in_every_language() {
    let mut diffs = vec![];
    for lang in Lang::ALL {
        let plain = letter::build(&short(lang), None, today())
            .unwrap()
            .to_text();
        assert!(!plain.contains("§ 18") && !plain.contains("section 18"));
        assert!(!plain.contains("§ 34") && !plain.contains("section 34"));

        let mut c = short(lang);
        c.request_innsyn = true;
        c.request_set_aside = true;
        let text = letter::build(&c, None, today()).unwrap().to_text();
        let (innsyn, back) = match lang {
            Lang::En => ("section 18", "section 34 fourth paragraph"),
            Lang::Nn => ("forvaltningslova § 18", "forvaltningslova § 34 fjerde ledd"),
            _ => (
                "forvaltningsloven § 18",
                "forvaltningsloven § 34 fjerde ledd",
            ),
        };
        assert!(text.contains(innsyn), "{lang}: {text}");
        assert!(text.contains(back), "{lang}: {text}");
        diffs.extend(common::compare_golden(
            "letters-routes",
            &format!("requests.{lang}.txt"),
            &text,
        ));

        // A request to UNE has no klageinstans to send the case back from:
        // innsyn is asked, the set-aside request is not; fvl. § 35 is cited.
        let mut une = fixture("une-omgjoring");
        une.letter_language = lang;
        une.request_innsyn = true;
        une.request_set_aside = true;
        let l = letter::build(&une, None, today()).unwrap();
        assert_eq!(l.kind, LetterKind::Omgjoring);
        let t = l.to_text();
        assert!(t.contains(innsyn), "{lang}");
        assert!(!t.contains(back), "{lang}");
        assert!(t.contains("§ 35") || t.contains("section 35"), "{lang}");
    }
    assert!(
        diffs.is_empty(),
        "golden files differ:\n{}",
        diffs.join("\n")
    );
}

fn rep() -> Representative {
    Representative {
        name: "Kari Nordmann".into(),
        organisation: "Jussbuss".into(),
        address: "Arbinsgate 7\n0253 Oslo".into(),
        ..Representative::default()
    }
}

#[test]
fn an_organisation_is_the_fullmektig_by_the_named_person() {
    for (lang, want) in [
        (Lang::Nb, "Jussbuss v/ Kari Nordmann"),
        (Lang::Nn, "Jussbuss v/ Kari Nordmann"),
        (Lang::En, "Jussbuss by Kari Nordmann"),
    ] {
        let mut c = short(lang);
        c.representative = Some(rep());
        let l = letter::build(&c, None, today()).unwrap();
        assert!(l.has_fullmakt);
        let text = l.to_text();
        // In the signature and in the fullmakt the applicant signs.
        assert!(text.matches(want).count() >= 2, "{lang}: {text}");
    }
}

#[test]
fn a_fullmakt_that_follows_is_said_and_not_printed() {
    for (lang, want) in [
        (Lang::Nb, "Skriftlig fullmakt ettersendes"),
        (Lang::Nn, "ettersend"),
        (Lang::En, "will follow"),
    ] {
        let mut c = short(lang);
        let mut r = rep();
        r.fullmakt_follows = true;
        c.representative = Some(r);
        let l = letter::build(&c, None, today()).unwrap();
        assert!(!l.has_fullmakt, "{lang}");
        assert!(l.to_text().contains(want), "{lang}: {}", l.to_text());
    }
}

#[test]
fn no_letter_with_a_fullmektig_who_has_no_name_or_contact() {
    let mut c = short(Lang::Nb);
    // "Yes, someone helps" with nothing filled in.
    c.representative = Some(Representative::default());
    let problems = letter::build(&c, None, today()).unwrap_err();
    let codes: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.code.as_str(), p.field.as_str()))
        .collect();
    assert!(
        codes.contains(&("representative.name_missing", "representative.name")),
        "{codes:?}"
    );
    assert!(
        codes.contains(&("representative.contact_missing", "representative.address")),
        "{codes:?}"
    );
    // With a name and a phone number it is written.
    let mut r = Representative {
        name: "Kari Nordmann".into(),
        phone: "+47 22 84 29 00".into(),
        ..Representative::default()
    };
    c.representative = Some(r.clone());
    assert!(letter::build(&c, None, today()).is_ok());
    r.name.clear();
    c.representative = Some(r);
    assert!(letter::build(&c, None, today()).is_err());
}

#[test]
fn the_recipient_keeps_its_window_place_whatever_the_senders_length() {
    // A fullmektig with an organisation, a five-line address, phone and e-mail.
    let mut c = short(Lang::Nb);
    c.representative = Some(Representative {
        name: "Kari Nordmann".into(),
        organisation: "Jussbuss".into(),
        address: "c/o Hodan Warsame\nMoi Avenue 12\nFlat 4\n00100 Nairobi\nKenya".into(),
        phone: "+254 712 345 678".into(),
        email: "kari@example.com".into(),
        ..Representative::default()
    });
    let l = letter::build(&c, None, today()).unwrap();
    // The sender block is the first block, the recipient the second; five
    // lines from the top margin end above the window (pdf::layout), so the
    // recipient is placed at the window's fixed place.
    match (&l.document.blocks[0], &l.document.blocks[1]) {
        (pdf::Block::Lines(sender), pdf::Block::Recipient(to)) => {
            assert!(
                sender.len() <= letter::SENDER_MAX_LINES,
                "{} sender lines: {sender:?}",
                sender.len()
            );
            let all = sender.join(", ");
            for part in [
                "Jussbuss v/ Kari Nordmann",
                "Moi Avenue 12",
                "Kenya",
                "kari@example.com",
            ] {
                assert!(all.contains(part), "{part} lost: {all}");
            }
            assert_eq!(to[0], "Utlendingsdirektoratet (UDI)");
        }
        other => panic!("unexpected first blocks: {other:?}"),
    }
}
