//! After sending (issue 9): the record of what was sent, when and how, kept
//! with the case; the day to follow up when UDI's three-week answer duty
//! runs out (routes: UDI answers letters within three weeks), as a calendar
//! file; and the letters after the klage, offered by the core's policy:
//! utsatt only in Norway, ettersending once sent, innsyn always, costs only
//! after a change in the applicant's favour and within three weeks (fvl.
//! § 36). The same through `klagehjelp sent` and `letter --kind`.
use chrono::NaiveDate;
use klagehjelp::Lang;
use klagehjelp::case::{Case, SentChannel};
use klagehjelp::letter::LetterKind;
use klagehjelp::routes::RouteKind;
use klagehjelp::session::{self, SentError};
mod common;
use common::{fixture, ok, refused};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn load(name: &str) -> Case {
    Case::from_json(&std::fs::read_to_string(fixture(name)).unwrap()).unwrap()
}

fn offer(case: &Case, kind: LetterKind, today: &str) -> session::KindOffer {
    session::offered_letters(case, Lang::En, d(today))
        .into_iter()
        .find(|o| o.kind == kind)
        .unwrap()
}

#[test]
fn the_ways_of_sending_follow_the_route() {
    let today = "2026-11-25";
    for (name, route, channels) in [
        (
            "amina-spouse-income",
            RouteKind::Udi,
            vec!["udi_upload", "post", "police"],
        ),
        ("forelopig-embassy", RouteKind::Embassy, vec!["embassy"]),
        ("police-in-norway", RouteKind::Police, vec!["police"]),
        ("une-omgjoring", RouteKind::UneOmgjoring, vec!["une_form"]),
    ] {
        let v = session::after_view(&load(name), Lang::Nb, d(today));
        assert_eq!(v.route, route, "{name}");
        let codes: Vec<&str> = v.channels.iter().map(|c| c.code).collect();
        assert_eq!(codes, channels, "{name}");
        assert!(v.channels.iter().all(|c| !c.label.is_empty()));
        // An embassy decision is never uploaded to UDI.
        if route == RouteKind::Embassy {
            assert!(!codes.contains(&"udi_upload"));
        }
    }
}

#[test]
fn a_record_of_sending_is_checked_and_kept_with_the_case() {
    let mut c = load("amina-spouse-income");
    let today = d("2026-11-25");
    let e = session::record_sent(&mut c, "32.11.2026", "post", "", today).unwrap_err();
    assert!(matches!(e, SentError::Date(_)));
    assert_eq!(e.field(), "sent.date");
    let e = session::record_sent(&mut c, "2026-11-26", "post", "", today).unwrap_err();
    assert_eq!(e, SentError::Future(d("2026-11-26")));
    let e = session::record_sent(&mut c, "2026-11-20", "fax", "", today).unwrap_err();
    assert_eq!(e.field(), "sent.channel");
    assert!(c.sent.is_none(), "nothing is recorded on an error");

    // As people type it: day first, with a receipt.
    session::record_sent(&mut c, "20.11.2026", "post", " RR 1234 NO ", today).unwrap();
    let s = c.sent.clone().unwrap();
    assert_eq!(
        (s.date.as_str(), s.channel, s.receipt.as_str()),
        ("2026-11-20", SentChannel::Post, "RR 1234 NO")
    );
    // Kept in the case file, and read back.
    let back = Case::from_json(&c.to_json()).unwrap();
    assert_eq!(back.sent, c.sent);

    let v = session::after_view(&c, Lang::Nb, today);
    assert!(v.sent_text.contains("20. november 2026"), "{}", v.sent_text);
    assert!(v.sent_text.contains("RR 1234 NO"));
}

#[test]
fn the_follow_up_is_three_weeks_after_sending_on_udi_routes_only() {
    let today = d("2026-11-25");
    let mut c = load("amina-spouse-income");
    assert!(session::after_view(&c, Lang::En, today).follow_up.is_none());
    assert!(session::follow_up_calendar(&c, Lang::En, today).is_none());
    session::record_sent(&mut c, "2026-11-20", "udi_upload", "", today).unwrap();
    let f = session::after_view(&c, Lang::En, today).follow_up.unwrap();
    assert_eq!(f.date, Some(d("2026-12-11")), "20 November + 21 days");
    assert!(f.text.contains("11 December 2026"), "{}", f.text);
    assert!(!f.sources.is_empty(), "the three weeks are cited");
    let ics = session::follow_up_calendar(&c, Lang::En, today).unwrap();
    assert!(ics.contains("DTSTART;VALUE=DATE:20261211\r\n"), "{ics}");
    assert!(ics.contains("DTSTAMP:20261120T000000Z\r\n"));
    assert!(!ics.contains("586975"), "no DUF number in the calendar");
    assert_eq!(
        ics,
        session::follow_up_calendar(&c, Lang::En, d("2026-12-01")).unwrap(),
        "the file does not depend on the clock"
    );

    // The embassy gives no answer time we have a source for: no date.
    let mut e = load("forelopig-embassy");
    session::record_sent(&mut e, "2026-11-20", "embassy", "", today).unwrap();
    assert!(session::after_view(&e, Lang::En, today).follow_up.is_none());
    assert!(session::follow_up_calendar(&e, Lang::En, today).is_none());
}

#[test]
fn the_letters_after_the_klage_are_offered_by_the_core() {
    let today = "2026-11-25";
    // Utsatt: only for an applicant in Norway, before the klage too.
    assert!(!offer(&load("amina-spouse-income"), LetterKind::Utsatt, today).available);
    let norway = load("police-in-norway");
    assert!(offer(&norway, LetterKind::Utsatt, today).available);
    assert!(norway.sent.is_none());

    // Ettersending: once the klage is sent.
    let mut c = load("amina-spouse-income");
    let o = offer(&c, LetterKind::Ettersending, today);
    assert!(!o.available && !o.reason.is_empty());
    session::record_sent(&mut c, "2026-11-20", "post", "", d(today)).unwrap();
    assert!(offer(&c, LetterKind::Ettersending, today).available);

    // Innsyn: always.
    assert!(offer(&c, LetterKind::Innsyn, today).available);

    // Costs: only after a change in the applicant's favour, three weeks.
    let o = offer(&c, LetterKind::Costs, today);
    assert!(!o.available && o.last_day.is_none());
    c.changed_in_favour_received = "2027-02-01".into();
    let o = offer(&c, LetterKind::Costs, "2027-02-10");
    assert!(o.available);
    assert_eq!(o.last_day, Some(d("2027-02-22")));
    assert!(o.last_day_long.contains("22 February 2027"));
    assert!(offer(&c, LetterKind::Costs, "2027-02-22").available);
    let late = offer(&c, LetterKind::Costs, "2027-02-23");
    assert!(!late.available && late.reason.contains("§ 36"), "{late:?}");
}

#[test]
fn each_letter_after_the_klage_exports_as_a_pdf() {
    let mut c = load("amina-spouse-income");
    session::record_sent(&mut c, "2026-11-20", "post", "", d("2026-11-25")).unwrap();
    c.changed_in_favour_received = "2027-02-01".into();
    for kind in [
        LetterKind::Ettersending,
        LetterKind::Innsyn,
        LetterKind::Costs,
    ] {
        let e = session::export_pdf(&c, Some(kind), Lang::En, d("2027-02-10"))
            .unwrap_or_else(|e| panic!("{kind}: {e:?}"));
        assert_eq!(e.kind, kind);
        assert!(e.pdf.starts_with(b"%PDF-"), "{kind}");
    }
    let n = load("police-in-norway");
    let e = session::export_pdf(&n, Some(LetterKind::Utsatt), Lang::Nb, d("2026-11-25")).unwrap();
    assert_eq!(e.kind, LetterKind::Utsatt);
}

#[test]
fn the_cli_records_sending_and_writes_the_reminder() {
    let dir = std::env::temp_dir().join(format!("klagehjelp-sent-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let case = dir.join("a.klage.json");
    std::fs::copy(fixture("amina-spouse-income"), &case).unwrap();
    let case_s = case.to_str().unwrap();
    let ics = dir.join("follow-up.ics");

    // Before: how to record it, with this route's channels.
    let out = ok(&["--lang", "en", "sent", case_s, "--today", "2026-11-25"]);
    assert!(
        out.contains("udi_upload") && !out.contains("une_form"),
        "{out}"
    );
    // No reminder before it is sent: exit 2.
    let err = refused(&[
        "--lang",
        "en",
        "sent",
        case_s,
        "--today",
        "2026-11-25",
        "--ics",
        ics.to_str().unwrap(),
    ]);
    assert!(err.contains("when the klage was sent"), "{err}");
    // A bad channel: exit 2, naming the field and the valid values.
    let err = refused(&[
        "--lang",
        "en",
        "sent",
        case_s,
        "--today",
        "2026-11-25",
        "--date",
        "2026-11-20",
        "--channel",
        "fax",
    ]);
    assert!(
        err.contains("sent.channel") && err.contains("udi_upload"),
        "{err}"
    );

    let out = ok(&[
        "--lang",
        "en",
        "sent",
        case_s,
        "--today",
        "2026-11-25",
        "--date",
        "2026-11-20",
        "--channel",
        "udi_upload",
        "--receipt",
        "Upload receipt 42",
        "--ics",
        ics.to_str().unwrap(),
    ]);
    assert!(
        out.contains("Sent on 20 November 2026, uploaded to UDI"),
        "{out}"
    );
    assert!(out.contains("11 December 2026"), "{out}");
    let saved = Case::from_json(&std::fs::read_to_string(&case).unwrap()).unwrap();
    assert_eq!(saved.sent.unwrap().receipt, "Upload receipt 42");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&case).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the case file stays private");
    }
    assert!(
        std::fs::read_to_string(&ics)
            .unwrap()
            .contains("DTSTART;VALUE=DATE:20261211")
    );

    // The text, in nb, nn and en, as golden files (`UPDATE_GOLDEN=1`).
    let mut diffs = vec![];
    for lang in ["nb", "nn", "en"] {
        let out = ok(&["--lang", lang, "sent", case_s, "--today", "2026-11-25"]);
        diffs.extend(common::compare_golden(
            "cli",
            &format!("sent-udi-{lang}.txt"),
            &out,
        ));
    }
    assert!(
        diffs.is_empty(),
        "golden files differ:\n{}",
        diffs.join("\n")
    );

    // JSON for scripts.
    let json: serde_json::Value =
        serde_json::from_str(&ok(&["sent", case_s, "--today", "2026-11-25", "--json"])).unwrap();
    assert_eq!(json["route"], "udi");
    assert_eq!(json["sent"]["channel"], "udi_upload");
    assert_eq!(json["follow_up"]["date"], "2026-12-11");

    // The letters after the klage, through the same `letter --kind`.
    let pdf = dir.join("innsyn.pdf");
    ok(&[
        "letter",
        case_s,
        "--today",
        "2026-11-25",
        "--kind",
        "innsyn",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    // A date in the future for the changed decision: exit 2, naming the field.
    let err = refused(&[
        "--lang",
        "en",
        "sent",
        case_s,
        "--today",
        "2026-11-25",
        "--changed-in-favour",
        "2026-12-01",
    ]);
    assert!(err.contains("changed_in_favour_received"), "{err}");
    // Costs before the decision was changed: refused, as in the app.
    let err = refused(&[
        "--lang",
        "en",
        "letter",
        case_s,
        "--today",
        "2026-11-25",
        "--kind",
        "costs",
        "--text",
    ]);
    assert!(
        err.contains("letter.not_offered") && err.contains("changed in the applicant's favour"),
        "{err}"
    );
    // Once the changed decision is recorded, costs can be written (three weeks).
    let out = ok(&[
        "--lang",
        "en",
        "sent",
        case_s,
        "--today",
        "2026-11-25",
        "--changed-in-favour",
        "2026-11-24",
    ]);
    assert!(out.contains("15 December 2026"), "{out}");
    let pdf = dir.join("costs.pdf");
    ok(&[
        "letter",
        case_s,
        "--today",
        "2026-11-25",
        "--kind",
        "costs",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    std::fs::remove_dir_all(&dir).ok();
}
