//! The command line speaks the eight UI languages (issue 10): every
//! command's explanatory output in `--lang L` comes from the Fluent files,
//! with no raw message id, in L where L has the messages (else in English,
//! with dates formatted for the language shown); a letter stays in
//! Norwegian or English, and `letter --lang ar` says why in Arabic and
//! points to `explain`.
mod common;
use chrono::NaiveDate;
use klagehjelp::Lang;
use klagehjelp::fmt::{date_long, date_with_weekday};
use klagehjelp::i18n::{FluentValue, ids, shown_in, source_lang, t, tr};

fn run(args: &[&str]) -> (i32, String, String) {
    let out = common::run(args);
    (
        out.status.code().unwrap_or(-1),
        common::stdout(&out),
        common::stderr(&out),
    )
}

/// Message ids of the catalog (long enough not to be ordinary words) that
/// appear in `text` as they are: a message shown as its id.
#[test]
fn a_raw_id_is_noticed() {
    assert_eq!(
        raw_ids("x explain-cli-heading y"),
        vec!["explain-cli-heading"]
    );
    assert!(raw_ids("Klagefrist 2026-12-02").is_empty());
}

fn raw_ids(text: &str) -> Vec<&'static str> {
    ids(Lang::Nb)
        .filter(|id| id.matches('-').count() >= 2)
        .filter(|id| {
            text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .any(|w| w == *id)
        })
        .collect()
}

const TODAY: &str = "2026-11-20";
const CASE: &str = "tests/fixtures/amina-spouse-income.klage.json";
const SCENARIO: &str = "tests/fixtures/scenarios/s12-income-exactly-on-2025-figures.json";

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn every_command_in_every_language() {
    for lang in Lang::UI {
        let l = lang.code();
        let cmds: Vec<Vec<&str>> = vec![
            vec![
                "--lang",
                l,
                "deadline",
                "--received",
                "2026-11-11",
                "--today",
                TODAY,
            ],
            vec!["--lang", l, "duf", "201817238208", "--today", TODAY],
            vec!["--lang", l, "check", SCENARIO, "--today", TODAY],
            vec!["--lang", l, "route", CASE, "--today", TODAY],
            vec!["--lang", l, "explain", CASE, "--today", "2026-11-25"],
            vec!["--lang", l, "interview", "--today", TODAY],
        ];
        for args in cmds {
            let (code, out, err) = run(&args);
            assert_eq!(code, 0, "{args:?}: {err}");
            assert!(!out.trim().is_empty(), "{args:?}");
            let raw = raw_ids(&format!("{out}\n{err}"));
            assert!(raw.is_empty(), "{args:?} shows raw ids {raw:?}:\n{out}");
        }
    }
}

#[test]
fn the_output_is_in_the_language_asked_for() {
    for lang in Lang::UI {
        let l = lang.code();
        // The deadline, with its weekday and month in the language.
        let (_, out, _) = run(&[
            "--lang",
            l,
            "deadline",
            "--received",
            "2026-11-11",
            "--today",
            TODAY,
        ]);
        assert!(
            out.contains(&date_with_weekday(lang, day("2026-12-02"))),
            "{l}: {out}"
        );
        // The DUF number's label (duf.ftl: every language has it).
        let (_, out, _) = run(&["--lang", l, "duf", "201817238208", "--today", TODAY]);
        assert_eq!(source_lang(lang, "duf-label"), Some(lang));
        assert!(out.contains(&t(lang, "duf-label")), "{l}: {out}");
        // The check: its heading in the language if it has it (else English),
        // and dates formatted for the language the sentence is shown in.
        let (_, out, _) = run(&["--lang", l, "check", SCENARIO, "--today", TODAY]);
        assert!(out.contains(&t(lang, "check-heading")), "{l}: {out}");
        let shown = shown_in(lang, "check-assessed");
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(common::root().join(SCENARIO)).unwrap())
                .unwrap();
        let d = v["facts"]["assessment_date"]
            .as_str()
            .expect("the scenario has a date");
        assert!(out.contains(&date_long(shown, day(d))), "{l}: {out}");
        // The explanation: every paragraph's message is in the language.
        let (_, out, _) = run(&["--lang", l, "explain", CASE, "--today", "2026-11-25"]);
        let heading = tr(
            lang,
            "explain-cli-heading",
            &[(
                "kind",
                FluentValue::from(klagehjelp::letter::LetterKind::Klage.name(lang)),
            )],
        );
        assert!(out.starts_with(&heading), "{l}: {out}");
        assert!(out.contains(&t(lang, "explain-not-the-klage")), "{l}");
        assert!(out.contains(&t(lang, "explain-own-words-mark")), "{l}");
    }
}

#[test]
fn explain_json_has_the_letter_and_its_explanation() {
    let (code, out, err) = run(&[
        "--lang",
        "ar",
        "explain",
        CASE,
        "--today",
        "2026-11-25",
        "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["lang"], "ar");
    assert_eq!(v["dir"], "rtl");
    assert_eq!(v["letter_lang"], "nb");
    let paras = v["paragraphs"].as_array().unwrap();
    assert!(paras.len() > 5);
    assert!(paras.iter().all(|p| p["in_reader_language"] == true));
    assert!(paras.iter().any(|p| p["own_words"] == true));
}

#[test]
fn explain_checks_its_input() {
    let (code, _, err) = run(&["--lang", "so", "explain", "no-such.klage.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("no-such.klage.json"), "{err}");
    let (code, _, err) = run(&["--lang", "uk", "explain", CASE, "--kind", "brev"]);
    assert_eq!(code, 2);
    assert!(err.contains("brev"), "{err}");
}

#[test]
fn a_letter_stays_norwegian_or_english_and_points_to_explain() {
    for lang in Lang::UI.into_iter().filter(|l| !l.is_letter_language()) {
        let l = lang.code();
        let (code, out, err) = run(&[
            "--lang",
            l,
            "letter",
            CASE,
            "--today",
            "2026-11-25",
            "--text",
        ]);
        assert_eq!(code, 2, "{l}");
        assert!(out.is_empty());
        assert_eq!(source_lang(lang, "explain-cli-letter-lang"), Some(lang));
        assert!(err.contains(lang.endonym()), "{l}: {err}");
        assert!(
            err.contains(&format!("klagehjelp explain CASE --lang {l}")),
            "{l}: {err}"
        );
        assert!(raw_ids(&err).is_empty(), "{err}");
    }
    for lang in Lang::LETTER {
        let (code, out, err) = run(&[
            "--lang",
            lang.code(),
            "letter",
            CASE,
            "--today",
            "2026-11-25",
            "--text",
        ]);
        assert_eq!(code, 0, "{lang}: {err}");
        assert!(out.contains("2026"), "{lang}");
    }
}
