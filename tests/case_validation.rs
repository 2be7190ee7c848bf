//! Case files: reading (formats, languages) and validation (every problem at
//! once, warnings apart, kinds that do not fit the case), and user text that
//! must stay data in the letter.
use chrono::NaiveDate;
use klagehjelp::Lang;
use klagehjelp::case::{Attachment, Authority, Case, CaseError, Ground, Representative};
use klagehjelp::letter::{self, LetterKind};
use klagehjelp::pdf::Block;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn amina() -> Case {
    let p = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/amina-spouse-income.klage.json"
    );
    Case::from_json(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn fields(problems: &[klagehjelp::case::Problem]) -> Vec<String> {
    problems
        .iter()
        .map(|p| format!("{} {}", p.field, p.code))
        .collect()
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut c = amina();
    c.applicant.given_name = " ".into();
    c.applicant.family_name = String::new();
    c.applicant.birth_date = "1996-02-30".into();
    c.duf = "12345".into();
    c.decision.received = "2026-13-01".into();
    c.decision.refusal_grounds.push("inntekt".into());
    c.grounds.push(Ground {
        requirement: "bolig".into(),
        text: "  ".into(),
        ..Default::default()
    });
    c.signed_place = String::new();
    c.attachments.push(Attachment {
        title: String::new(),
        ..Default::default()
    });
    c.representative = Some(Representative::default());
    let errs = c.validate(d("2026-11-25")).unwrap_err();
    let f = fields(&errs);
    for want in [
        "applicant.given_name applicant.name_missing",
        "applicant.birth_date date.invalid",
        "decision.received date.invalid",
        "decision.refusal_grounds[1] decision.refusal_ground_unknown",
        "grounds[1].text grounds.text_empty",
        "signed_place signed_place.missing",
        "attachments[2].title attachments.title_empty",
        "representative.name representative.name_missing",
    ] {
        assert!(f.iter().any(|x| x == want), "missing {want:?} in {f:#?}");
    }
    assert!(errs.iter().any(|p| p.field == "duf"), "{f:#?}");
    // Messages are real sentences in every language, not message ids.
    for p in &errs {
        for lang in Lang::ALL {
            let m = p.message_in(lang);
            assert!(!m.is_empty() && !m.starts_with("case-"), "{}: {m}", p.code);
        }
    }
    assert_ne!(errs[0].message_in(Lang::Nb), errs[0].message_in(Lang::En));
}

#[test]
fn impossible_date_orders_are_errors() {
    let mut c = amina();
    c.decision.received = "2026-10-30".into();
    let f = fields(&c.validate(d("2026-11-25")).unwrap_err());
    assert!(
        f.contains(&"decision.received decision.received_before_decision".to_string()),
        "{f:?}"
    );

    let c = amina();
    let f = fields(&c.validate(d("2026-11-05")).unwrap_err());
    assert!(
        f.contains(&"decision.received decision.received_future".to_string()),
        "{f:?}"
    );
}

#[test]
fn refusal_grounds_need_reasons_except_in_a_forelopig_klage() {
    let mut c = amina();
    c.grounds.clear();
    let f = fields(&c.validate(d("2026-11-25")).unwrap_err());
    assert_eq!(f, vec!["grounds grounds.missing_for_refusal".to_string()]);
    c.will_send_more_documents = true;
    let checked = c.validate(d("2026-11-25")).unwrap();
    assert_eq!(checked.kind, LetterKind::Forelopig);
    let text = letter::build(&c, None, d("2026-11-25")).unwrap().to_text();
    assert!(text.contains("FORELØPIG KLAGE"));
    assert!(text.contains("to uker"));
}

#[test]
fn deferred_implementation_abroad_is_left_out_with_a_notice() {
    // Issue 9 § 3: never a deferral paragraph for an applicant abroad; the
    // case is corrected with a notice, not silently.
    let mut c = amina();
    c.request_deferred_implementation = true;
    let checked = c.validate(d("2026-11-25")).unwrap();
    assert!(checked.warnings.iter().any(|w| w.code == "deferred.abroad"));
    let letter = letter::build(&c, None, d("2026-11-25")).unwrap();
    let text = letter.to_text();
    assert!(!text.contains("§ 42"), "{text}");
    assert!(!text.contains("bli i Norge"), "{text}");
    assert!(letter.notes.iter().any(|n| n.code == "deferred.abroad"));
    // In Norway, the request is there.
    c.facts.applicant_in_norway = Some(true);
    let text = letter::build(&c, None, d("2026-11-25")).unwrap().to_text();
    assert!(text.contains("forvaltningsloven § 42 og utlendingsloven § 90"));
}

#[test]
fn the_kind_follows_from_the_case() {
    let today = d("2026-11-25");
    assert_eq!(amina().validate(today).unwrap().kind, LetterKind::Klage);
    // After the deadline (30 November 2026): a late klage, which needs a reason.
    let late_day = d("2026-12-01");
    let f = fields(&amina().validate(late_day).unwrap_err());
    assert_eq!(f, vec!["late_reason late.reason_missing".to_string()]);
    let mut c = amina();
    c.late_reason = "Jeg var syk.".into();
    assert_eq!(c.validate(late_day).unwrap().kind, LetterKind::Late);
    // More than a year after the decision: no longer a klage (fvl. § 31);
    // for a UDI decision, a request to UDI to change it (fvl. § 35).
    let over = c.validate(d("2027-11-03")).unwrap();
    assert_eq!(over.kind, LetterKind::Omgjoring);
    let f = fields(
        &c.validate_as(Some(LetterKind::Late), d("2027-11-03"))
            .unwrap_err(),
    );
    assert_eq!(f, vec!["decision.date late.over_one_year".to_string()]);
    let mut e = c.clone();
    e.decision.authority = Authority::Embassy;
    e.decision.embassy = Some("Norges ambassade i Nairobi".into());
    let f = fields(&e.validate(d("2027-11-03")).unwrap_err());
    assert_eq!(f, vec!["decision.date late.over_one_year".to_string()]);
    // UNE: a request for reversal.
    let mut c = amina();
    c.decision.authority = Authority::Une;
    let letter = letter::build(&c, None, today).unwrap();
    assert_eq!(letter.kind, LetterKind::Omgjoring);
    assert!(letter.notes.iter().any(|n| n.code == "letter.une_address"));
    assert!(
        !letter.to_text().contains("Postboks"),
        "no invented UNE address"
    );
}

#[test]
fn a_kind_that_does_not_fit_is_refused() {
    let today = d("2026-11-25");
    let code = |c: &Case, k: LetterKind, day: NaiveDate| -> Vec<String> {
        c.validate_as(Some(k), day)
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|p| p.code)
            .collect()
    };
    assert_eq!(
        code(&amina(), LetterKind::Omgjoring, today),
        vec!["kind.omgjoring_not_une"]
    );
    assert_eq!(
        code(&amina(), LetterKind::Late, today),
        vec!["kind.not_late"]
    );
    let mut late = amina();
    late.late_reason = "Syk".into();
    assert_eq!(
        code(&late, LetterKind::Klage, d("2026-12-01")),
        vec!["kind.deadline_passed"]
    );
    let mut une = amina();
    une.decision.authority = Authority::Une;
    assert_eq!(code(&une, LetterKind::Klage, today), vec!["kind.une_final"]);
    // A foreløpig klage may always be chosen while the deadline is open.
    assert!(
        amina()
            .validate_as(Some(LetterKind::Forelopig), today)
            .is_ok()
    );
}

#[test]
fn reading_refuses_unknown_formats_and_languages() {
    let s = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/amina-spouse-income.klage.json"
    ))
    .unwrap();
    let newer = s.replace("klagehjelp-case/2", "klagehjelp-case/3");
    assert!(matches!(
        Case::from_json(&newer),
        Err(CaseError::Newer { .. })
    ));
    let other = s.replace("klagehjelp-case/2", "something-else/1");
    assert!(matches!(
        Case::from_json(&other),
        Err(CaseError::UnknownFormat { .. })
    ));
    let de = s.replace("\"letter_language\": \"nb\"", "\"letter_language\": \"de\"");
    assert_eq!(
        Case::from_json(&de),
        Err(CaseError::Language { found: "de".into() })
    );
    assert!(matches!(
        Case::from_json("{\"format\": "),
        Err(CaseError::Syntax { .. })
    ));
    assert!(matches!(Case::from_json("{}"), Err(CaseError::NoFormat)));
    // Round trip.
    let c = Case::from_json(&s).unwrap();
    assert_eq!(Case::from_json(&c.to_json()).unwrap(), c);
}

#[test]
fn user_text_is_data_never_template_code_or_markup() {
    let mut c = amina();
    let evil = "{{ applicant_name }} {% if true %}x{% endif %}\n@heading Falsk overskrift\n@pagebreak\n\\n{# c #}";
    c.grounds[0].text = evil.into();
    c.attachments[0].title = "@title Falsk".into();
    c.applicant.family_name = "Yusuf \u{2068}Hassan\u{2069}".into();
    let letter = letter::build(&c, None, d("2026-11-25")).unwrap();
    let blocks = &letter.document.blocks;
    assert!(!blocks.contains(&Block::Heading("Falsk overskrift".into())));
    assert!(
        !blocks
            .iter()
            .any(|b| matches!(b, Block::Title(t) if t.contains("Falsk")))
    );
    let paras: Vec<&String> = blocks
        .iter()
        .filter_map(|b| {
            if let Block::Paragraph(p) = b {
                Some(p)
            } else {
                None
            }
        })
        .collect();
    assert!(
        paras.iter().any(|p| p.as_str() == evil),
        "user text printed verbatim"
    );
    assert!(
        blocks
            .iter()
            .any(|b| matches!(b, Block::ListItem { text, .. } if text == "@title Falsk"))
    );
    // Direction marks are stripped, not refused.
    let text = letter.to_text();
    assert!(text.contains("Amina Yusuf Hassan") && !text.contains('\u{2068}'));
}

#[test]
fn a_representative_signs_and_the_fullmakt_is_attachment_1() {
    let today = d("2026-11-25");
    let mut c = amina();
    c.representative = Some(Representative {
        name: "Kari Nordmann".into(),
        organisation: "Jussbuss".into(),
        address: "Eksempelgata 5\n0150 Oslo".into(),
        ..Default::default()
    });
    let l = letter::build(&c, None, today).unwrap();
    assert!(l.has_fullmakt && l.has_labels);
    let text = l.to_text();
    assert!(text.contains("1. Fullmakt\n"));
    assert!(text.contains("Kari Nordmann, fullmektig for Amina Yusuf Hassan"));
    assert!(text.contains("FULLMAKT"));
    assert!(text.contains("kopi av passets side"));
    assert!(text.contains("Vedlegg 1 – Fullmakt – DUF-nummer 2012\u{a0}586975\u{a0}61"));
    // A lawyer needs no written fullmakt (fvl. § 12 fourth paragraph).
    c.representative.as_mut().unwrap().is_lawyer = true;
    let l = letter::build(&c, None, today).unwrap();
    assert!(!l.has_fullmakt);
    assert!(l.to_text().contains("advokat og fullmektig"));
}

/// A case file of format 1 opens: facts that map one to one are kept, facts
/// format 2 asks differently are dropped and named, and nothing the user
/// wrote (names, grounds, attachments) is lost.
#[test]
fn format_1_files_open_with_a_notice_naming_the_dropped_facts() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1/");
    let text = std::fs::read_to_string(format!("{root}amina-spouse-income.klage.json")).unwrap();
    let v1: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v1["format"], "klagehjelp-case/1");
    let case = Case::from_json(&text).unwrap();
    assert_eq!(case.format, "klagehjelp-case/2");
    assert_eq!(case.migration_notices, ["family_formed"]);
    assert_eq!(
        case.facts.relation,
        Some(klagehjelp::facts::Relation::Spouse)
    );
    assert_eq!(case.facts.sponsor_future_income, Some(452000));
    assert_eq!(case.applicant.given_name, v1["applicant"]["given_name"]);
    assert_eq!(case.grounds.len(), v1["grounds"].as_array().unwrap().len());
    assert_eq!(
        case.attachments.len(),
        v1["attachments"].as_array().unwrap().len()
    );
    let notice = klagehjelp::session::migration_notice(&case, klagehjelp::Lang::En).unwrap();
    assert!(notice.contains("answer them again"), "{notice}");
    // Written back, the file is format 2 and holds no dropped fact.
    let back = case.to_json();
    assert!(back.contains("klagehjelp-case/2") && !back.contains("family_formed"));

    let text = std::fs::read_to_string(format!("{root}maria-en-deferred.klage.json")).unwrap();
    let case = Case::from_json(&text).unwrap();
    assert_eq!(case.migration_notices, ["social_assistance_last_12_months"]);
    assert_eq!(
        case.facts.social_assistance_exempt_reason,
        Some(klagehjelp::facts::SocialAssistanceExemption::AwaitingBenefits)
    );
}
