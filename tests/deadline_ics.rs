//! The calendar file, checked with a real iCalendar parser (the `icalendar`
//! crate), and written by `klagehjelp deadline --ics`.
use icalendar::parser::{read_calendar, unfold};
use klagehjelp::Lang;
use klagehjelp::deadline::{DeadlineInput, compute};
use klagehjelp::ics::deadline_calendar;

mod common;

fn report(received: &str, stated: Option<&str>) -> klagehjelp::deadline::DeadlineReport {
    compute(&DeadlineInput {
        received: received.parse().unwrap(),
        stated: stated.map(|s| s.parse().unwrap()),
        decided: None,
        today: received.parse().unwrap(),
    })
    .unwrap()
}

fn check_file(text: &str, start: &str, uid: &str) {
    // RFC 5545 § 3.1: CRLF, at most 75 octets a line.
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    let unfolded = unfold(text);
    let cal = read_calendar(&unfolded).expect("parses as iCalendar");
    let version = cal.properties.iter().find(|p| p.name == "VERSION").unwrap();
    assert_eq!(version.val.as_str(), "2.0");
    assert!(cal.properties.iter().any(|p| p.name == "PRODID"));
    assert_eq!(cal.components.len(), 1);
    let ev = &cal.components[0];
    assert_eq!(ev.name.as_str(), "VEVENT");
    let prop = |n: &str| {
        ev.find_prop(n)
            .unwrap_or_else(|| panic!("no {n}"))
            .val
            .as_str()
            .to_string()
    };
    assert_eq!(prop("UID"), uid);
    assert_eq!(prop("DTSTART"), start);
    let dtstart = ev.find_prop("DTSTART").unwrap();
    assert!(
        dtstart.params.iter().any(
            |p| p.key.as_str() == "VALUE" && p.val.as_ref().map(|v| v.as_str()) == Some("DATE")
        )
    );
    assert!(prop("DTSTAMP").ends_with('Z'));
    assert!(!prop("SUMMARY").is_empty());
    let triggers: Vec<String> = ev
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VALARM")
        .map(|c| c.find_prop("TRIGGER").unwrap().val.as_str().to_string())
        .collect();
    assert_eq!(triggers, ["-P6DT15H", "-P1DT15H"]);
    for alarm in &ev.components {
        assert_eq!(alarm.find_prop("ACTION").unwrap().val.as_str(), "DISPLAY");
        assert!(alarm.find_prop("DESCRIPTION").is_some());
    }
}

#[test]
fn parses_in_every_language() {
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let text = deadline_calendar(&report("2025-03-27", None), lang);
        check_file(&text, "20250422", "klagefrist-20250327-20250422@klagehjelp");
        // The description (unescaped) keeps the reasons with their statutes.
        let unfolded = unfold(&text);
        assert!(unfolded.contains("helligdagsloven § 2 c"), "{lang}");
        assert!(unfolded.contains("\\,"), "commas must be escaped");
    }
}

#[test]
fn uid_follows_received_and_effective() {
    // A later printed deadline never moves the reminder: the earlier date
    // is the one to meet.
    let text = deadline_calendar(&report("2025-03-27", Some("2025-04-25")), Lang::En);
    check_file(&text, "20250422", "klagefrist-20250327-20250422@klagehjelp");
    assert!(text.contains("DTEND;VALUE=DATE:20250423\r\n"));
    let text = deadline_calendar(&report("2025-03-27", Some("2025-04-15")), Lang::En);
    check_file(&text, "20250415", "klagefrist-20250327-20250415@klagehjelp");
}

#[test]
fn cli_writes_the_same_stable_file() {
    let dir = std::env::temp_dir().join(format!("klagehjelp-ics-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("frist.ics");
    let mut files = vec![];
    for today in ["2025-03-28", "2025-04-10"] {
        let out = common::ok(&[
            "deadline",
            "--received",
            "2025-03-27",
            "--today",
            today,
            "--lang",
            "nb",
            "--ics",
            path.to_str().unwrap(),
        ]);
        assert!(out.contains("frist.ics"));
        files.push(std::fs::read_to_string(&path).unwrap());
    }
    assert_eq!(
        files[0], files[1],
        "the file must not depend on today or the clock"
    );
    assert_eq!(
        files[0],
        deadline_calendar(&report("2025-03-27", None), Lang::Nb)
    );
    check_file(
        &files[0],
        "20250422",
        "klagefrist-20250327-20250422@klagehjelp",
    );

    let unwritable = dir.join("no-such-folder/frist.ics");
    let o = common::run(&[
        "deadline",
        "--received",
        "2025-03-27",
        "--today",
        "2025-03-28",
        "--lang",
        "en",
        "--ics",
        unwritable.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Could not write"));
    std::fs::remove_dir_all(&dir).unwrap();
}
