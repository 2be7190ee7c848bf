//! `klagehjelp deadline` run as a real binary: golden human and JSON output,
//! JSON fields, and refusals (exit 2, a message naming the value).
//!
//! Golden files live in tests/golden/cli/. To regenerate after a deliberate
//! change: `UPDATE_GOLDEN=1 cargo test --test deadline_cli --test duf_cli`,
//! then read the diff.
mod common;
use common::{ok, refused};

fn golden(name: &str, actual: &str) {
    common::golden("cli", name, actual);
}

#[test]
fn easter_2025_golden_in_three_languages() {
    for lang in ["en", "nb", "nn"] {
        let out = ok(&[
            "deadline",
            "--received",
            "2025-03-27",
            "--today",
            "2025-03-28",
            "--lang",
            lang,
        ]);
        golden(&format!("deadline-2025-03-27-{lang}.txt"), &out);
    }
}

#[test]
fn easter_2025_says_why_with_statutes() {
    let nb = ok(&[
        "deadline",
        "--received",
        "2025-03-27",
        "--today",
        "2025-03-28",
        "--lang",
        "nb",
    ]);
    assert!(
        nb.starts_with("KLAGEFRIST: TIRSDAG 22. APRIL 2025\n"),
        "{nb}"
    );
    assert!(nb.contains("25 dager igjen"));
    for needle in [
        "17. april 2025 er skjærtorsdag (helligdagsloven § 2 c)",
        "18. april 2025 er langfredag (helligdagsloven § 2 d)",
        "21. april 2025 er andre påskedag (helligdagsloven § 2 f)",
        "domstolloven § 149",
        "fvl. § 30",
    ] {
        assert!(nb.contains(needle), "missing {needle:?} in\n{nb}");
    }
    let en = ok(&[
        "deadline",
        "--received",
        "2025-03-27",
        "--today",
        "2025-03-28",
        "--lang",
        "en",
    ]);
    assert!(
        en.starts_with("KLAGE DEADLINE: TUESDAY 22 APRIL 2025\n"),
        "{en}"
    );
}

#[test]
fn other_situations_golden() {
    let cases: [(&str, &[&str]); 6] = [
        (
            "deadline-stated-later-en.txt",
            &[
                "--received",
                "2025-03-27",
                "--stated",
                "2025-04-25",
                "--today",
                "2025-03-28",
                "--lang",
                "en",
            ],
        ),
        (
            "deadline-provisional-nn.txt",
            &[
                "--received",
                "2025-03-27",
                "--today",
                "2025-04-17",
                "--lang",
                "nn",
            ],
        ),
        (
            "deadline-last-day-nb.txt",
            &[
                "--received",
                "2026-04-26",
                "--today",
                "2026-05-18",
                "--lang",
                "nb",
            ],
        ),
        (
            "deadline-passed-en.txt",
            &[
                "--received",
                "2025-03-27",
                "--decided",
                "2025-03-20",
                "--today",
                "2025-05-02",
                "--lang",
                "en",
            ],
        ),
        (
            "deadline-one-year-passed-nn.txt",
            &[
                "--received",
                "2025-03-27",
                "--decided",
                "2025-03-20",
                "--today",
                "2026-04-01",
                "--lang",
                "nn",
            ],
        ),
        (
            "deadline-christmas-eve-nb.txt",
            &[
                "--received",
                "2025-12-03",
                "--today",
                "2025-12-03",
                "--lang",
                "nb",
            ],
        ),
    ];
    for (name, args) in cases {
        let mut a = vec!["deadline"];
        a.extend_from_slice(args);
        golden(name, &ok(&a));
    }
}

#[test]
fn json_has_the_contract_fields() {
    let out = ok(&[
        "deadline",
        "--received",
        "2025-03-27",
        "--today",
        "2025-03-28",
        "--json",
        "--lang",
        "en",
    ]);
    golden("deadline-2025-03-27-en.json", &out);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["deadline"], "2025-04-22");
    assert_eq!(v["effective_deadline"], "2025-04-22");
    assert_eq!(v["days_left"], 25);
    assert_eq!(v["status"], "open");
    assert_eq!(v["letter_path"], "klage");
    assert_eq!(v["moved_over"].as_array().unwrap().len(), 5);
    assert_eq!(v["moved_over"][0]["reason"], "skjaertorsdag");
    assert_eq!(v["moved_over"][0]["source"], "helligdagsloven § 2 c");
    let notes = v["notes"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n.as_str().unwrap().contains("domstolloven § 149"))
    );
}

#[test]
fn json_stated_and_passed() {
    let out = ok(&[
        "deadline",
        "--received",
        "2025-03-27",
        "--stated",
        "2025-04-25",
        "--today",
        "2025-04-24",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["deadline"], "2025-04-22");
    // The earlier date is the one to meet; between the two: send at once.
    assert_eq!(v["effective_deadline"], "2025-04-22");
    assert_eq!(v["days_left"], -2);
    assert_eq!(v["between"], true);
    assert_eq!(v["late"], false);
    assert_eq!(v["recommend_provisional"], false);

    let out = ok(&[
        "deadline",
        "--received",
        "2025-03-27",
        "--today",
        "2025-04-23",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["status"], "passed");
    assert_eq!(v["late"], true);
    assert_eq!(v["letter_path"], "late");
    assert_eq!(v["days_left"], -1);
    assert!(
        v["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n.as_str().unwrap().contains("fvl. § 31"))
    );

    let out = ok(&[
        "deadline",
        "--received",
        "2025-04-22",
        "--today",
        "2025-04-22",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["status"], "open");
    let out = ok(&[
        "deadline",
        "--received",
        "2025-03-27",
        "--today",
        "2025-04-22",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["status"], "last_day");
}

#[test]
fn bad_dates_are_refused_with_the_option_named() {
    let e = refused(&[
        "deadline",
        "--received",
        "2026-02-30",
        "--today",
        "2026-03-01",
        "--lang",
        "en",
    ]);
    assert!(
        e.contains("--received") && e.contains("2026-02-30") && e.contains("28 days"),
        "{e}"
    );
    let e = refused(&[
        "deadline",
        "--received",
        "2025-13-01",
        "--today",
        "2026-03-01",
        "--lang",
        "en",
    ]);
    assert!(e.contains("--received") && e.contains("01 to 12"), "{e}");
    let e = refused(&["deadline", "--received", "yesterday", "--lang", "en"]);
    assert!(e.contains("--received") && e.contains("YYYY-MM-DD"), "{e}");
    let e = refused(&["deadline", "--received", "27.03.2025", "--lang", "nb"]);
    assert!(e.contains("--received") && e.contains("ÅÅÅÅ-MM-DD"), "{e}");
    let e = refused(&[
        "deadline",
        "--received",
        "2025-03-27",
        "--today",
        "2025-02-29",
        "--lang",
        "nn",
    ]);
    assert!(e.contains("--today") && e.contains("28 dagar"), "{e}");
    let e = refused(&[
        "deadline",
        "--received",
        "2025-03-27",
        "--stated",
        "soon",
        "--today",
        "2025-03-28",
    ]);
    assert!(e.contains("--stated"), "{e}");
    let e = refused(&[
        "deadline",
        "--received",
        "2025-03-27",
        "--decided",
        "2025-03-28",
        "--today",
        "2025-03-29",
    ]);
    assert!(e.contains("--decided"), "{e}");
}

#[test]
fn received_after_today_is_refused() {
    let e = refused(&[
        "deadline",
        "--received",
        "2025-03-29",
        "--today",
        "2025-03-28",
        "--lang",
        "en",
    ]);
    assert!(
        e.contains("--received") && e.contains("29 March 2025") && e.contains("28 March 2025"),
        "{e}"
    );
}

#[test]
fn one_digit_month_and_day_are_accepted() {
    let out = ok(&[
        "deadline",
        "--received",
        "2025-3-27",
        "--today",
        "2025-3-28",
        "--json",
    ]);
    assert!(out.contains("\"deadline\": \"2025-04-22\""));
}
