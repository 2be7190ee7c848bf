//! `klagehjelp check` through the real binary: the `klagehjelp-check/2`
//! JSON of requirements.md § 1.3 for every scenario, golden human output,
//! case files (format 1 and 2), bad input.
mod common;
use common::root;

/// Runs the binary: (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let out = common::run(args);
    (
        out.status.code().unwrap_or(-1),
        common::stdout(&out),
        common::stderr(&out),
    )
}

const S12: &str = "tests/fixtures/scenarios/s12-income-exactly-on-2025-figures.json";
const S14: &str = "tests/fixtures/scenarios/s14-g2026-computed-figure-met.json";
const S31: &str = "tests/fixtures/scenarios/s31-collective-protection-spouse.json";

#[test]
fn every_scenario_through_the_cli_has_the_contract_shape() {
    let dir = root().join("tests/fixtures/scenarios");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let scenario: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let (code, out, err) = run(&[
            "check",
            path.to_str().unwrap(),
            "--json",
            "--today",
            "2030-01-01",
        ]);
        assert_eq!(code, 0, "{}: {err}", path.display());
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["format"], "klagehjelp-check/2");
        assert_eq!(v["assessment_date_source"], "fact");
        assert_eq!(
            v["order"],
            serde_json::json!([
                "personkrets",
                "alder18",
                "fireaarskrav",
                "alder24",
                "underhold_fremtidig",
                "underhold_tidligere",
                "sosialstonad",
                "bolig"
            ])
        );
        for (id, want) in scenario["expected"].as_object().unwrap() {
            let r = &v["requirements"][id];
            assert_eq!(&r["status"], want, "{}: {id}", path.display());
            for key in [
                "rule",
                "source",
                "exceptions",
                "figure",
                "met_from",
                "missing",
                "shortfall",
                "notes",
                "dates_evaluated",
                "documents",
                "document_notes",
            ] {
                assert!(r.get(key).is_some(), "{}: {id} lacks {key}", path.display());
            }
            assert!(v["later"]["requirements"].get(id).is_some());
        }
        assert!(v["later"]["changed"].is_array());
        assert_eq!(v["later"]["rule"], "assessment_date + 6 months");
        n += 1;
    }
    assert!(n >= 17);
}

#[test]
fn the_json_carries_figures_periods_and_later_changes() {
    let (code, out, err) = run(&["check", S14, "--json", "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let fut = &v["requirements"]["underhold_fremtidig"];
    assert_eq!(fut["figure"]["kind"], "computed");
    assert_eq!(
        fut["figure"]["interval"],
        serde_json::json!([436957, 436957])
    );
    assert_eq!(fut["figure"]["period"]["from"], "2026-05-01");
    assert!(
        fut["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n.as_str().unwrap().contains("Klagehjelp"))
    );
    assert_eq!(v["later"]["date"], "2027-05-30");
    assert_eq!(
        v["later"]["requirements"]["underhold_fremtidig"]["status"],
        "unknown"
    );
    assert!(
        v["later"]["changed"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "underhold_fremtidig")
    );
    let changes = v["later"]["figure_changes"].as_array().unwrap();
    assert_eq!(changes[0]["date"], "2027-01-01");
    assert_eq!(changes[0]["known"], true);
    assert_eq!(changes[1]["date"], "2027-05-01");
    assert_eq!(changes[1]["known"], false);
    let past = &v["requirements"]["underhold_tidligere"];
    assert_eq!(past["figure"]["income_year"], 2025);
}

#[test]
fn human_output_golden_in_three_languages() {
    for (file, lang) in [(S12, "nb"), (S31, "en"), (S14, "nn")] {
        let (code, out, err) = run(&["check", file, "--lang", lang]);
        assert_eq!(code, 0, "{err}");
        assert!(!out.contains('\u{a0}'), "human output uses plain spaces");
        let name = std::path::Path::new(file)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        common::golden("check", &format!("{name}.{lang}.txt"), &out);
    }
    let (_, en, _) = run(&["check", S31, "--lang", "en"]);
    assert!(en.contains("What may still help"), "{en}");
    assert!(en.contains("utl. § 34"), "{en}");
}

#[test]
fn case_files_of_both_formats_and_bare_facts_are_read() {
    let dir = std::env::temp_dir().join(format!("klagehjelp-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let case = dir.join("x.klage.json");
    std::fs::write(
        &case,
        r#"{"format": "klagehjelp-case/1", "facts": {"relation": "fiance", "sponsor_status": "norwegian_citizen", "family_formed": "after_sponsor_entry", "will_live_together": true, "sponsor_has_housing": false}}"#,
    )
    .unwrap();
    let (code, out, err) = run(&[
        "check",
        case.to_str().unwrap(),
        "--json",
        "--today",
        "2026-01-10",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["requirements"]["personkrets"]["status"],
        "needs_assessment"
    );
    assert_eq!(v["requirements"]["bolig"]["status"], "not_met");
    assert_eq!(v["requirements"]["bolig"]["rule"], "B-housing");
    assert_eq!(v["assessment_date"], "2026-01-10");
    assert_eq!(v["assessment_date_source"], "today");

    let bare = dir.join("facts.json");
    std::fs::write(
        &bare,
        r#"{"relation": "spouse", "will_live_together": true}"#,
    )
    .unwrap();
    let (code, out, _) = run(&["check", bare.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["requirements"]["bolig"]["status"], "met");
    assert_eq!(v["requirements"]["personkrets"]["status"], "unknown");
    assert_eq!(
        v["requirements"]["personkrets"]["missing"],
        serde_json::json!(["sponsor_status"])
    );

    let newer = dir.join("newer.klage.json");
    std::fs::write(&newer, r#"{"format": "klagehjelp-case/99", "facts": {}}"#).unwrap();
    let (code, _, err) = run(&["check", newer.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_input_exits_2_with_a_message() {
    let (code, out, err) = run(&["check", "does/not/exist.json", "--lang", "en"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("Cannot read the file does/not/exist.json"),
        "{err}"
    );

    let dir = std::env::temp_dir().join(format!("klagehjelp-check-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let typo = dir.join("typo.json");
    std::fs::write(&typo, r#"{"facts": {"sponsor_future_incme": 1}}"#).unwrap();
    let (code, out, err) = run(&["check", typo.to_str().unwrap(), "--lang", "nb", "--json"]);
    assert_eq!(code, 0, "a misspelt fact is named, not fatal");
    assert!(
        err.contains("sponsor_future_incme") && err.contains("kjenner ikke"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["requirements"]["personkrets"]["missing"],
        serde_json::json!(["relation"])
    );
    let wrong = dir.join("wrong.json");
    std::fs::write(&wrong, r#"{"facts": {"relation": "husband"}}"#).unwrap();
    let (code, _, err) = run(&["check", wrong.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 2);
    assert!(err.contains("husband"), "{err}");
    let (code, _, err) = run(&["check", S12, "--today", "2026-02-30"]);
    assert_eq!(code, 2, "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

/// A card waiting for facts says once what is missing (its "why" already is
/// that sentence), in every UI language.
#[test]
fn missing_facts_are_named_once_per_card() {
    for lang in ["nb", "nn", "en", "ar", "so", "ti", "fa", "uk"] {
        let (code, out, err) = run(&[
            "check",
            "tests/fixtures/amina-spouse-income.klage.json",
            "--lang",
            lang,
            "--today",
            "2026-11-20",
        ]);
        assert_eq!(code, 0, "{lang}: {err}");
        // The old fault printed the same (wrapped) paragraph twice in a row.
        let lines: Vec<&str> = out.lines().collect();
        for k in 1..=4 {
            for i in 0..lines.len().saturating_sub(2 * k - 1) {
                let (a, b) = (&lines[i..i + k], &lines[i + k..i + 2 * k]);
                assert!(
                    a != b || a.iter().all(|l| l.trim().is_empty()),
                    "{lang}: printed twice in a row: {a:?}"
                );
            }
        }
    }
}

/// A file that cannot be read is explained in the user's language, never with
/// the system's English text; a UTF-16 file (Windows Notepad) is read by every
/// command that reads a case.
#[test]
fn unreadable_files_are_explained_in_the_users_language() {
    for (lang, words) in [
        ("en", "does not exist"),
        ("nb", "finnes ikke"),
        ("ar", "غير موجود"),
    ] {
        for cmd in [
            &["check", "tests/fixtures/no-such-case.json"][..],
            &["route", "tests/fixtures/no-such-case.json"][..],
            &[
                "letter",
                "tests/fixtures/no-such-case.json",
                "--out",
                "/dev/null",
            ][..],
        ] {
            if cmd[0] == "letter" && lang == "ar" {
                // A letter is never written in Arabic: refused before the file is read.
                continue;
            }
            let mut args = vec!["--lang", lang];
            args.extend_from_slice(cmd);
            let (code, _, err) = run(&args);
            assert_eq!(code, 2, "{lang} {cmd:?}: {err}");
            assert!(
                err.contains(words) && !err.contains("os error"),
                "{lang} {cmd:?}: {err}"
            );
        }
    }
    let utf8 =
        std::fs::read_to_string(root().join("tests/fixtures/amina-spouse-income.klage.json"))
            .unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(utf8.encode_utf16().flat_map(u16::to_le_bytes));
    let dir = std::env::temp_dir().join(format!("klagehjelp-utf16-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("case.klage.json");
    std::fs::write(&path, utf16).unwrap();
    let p = path.to_str().unwrap();
    for cmd in ["check", "route"] {
        let (code, out, err) = run(&[cmd, p, "--today", "2026-11-20"]);
        assert_eq!(code, 0, "{cmd}: {err}");
        assert!(!out.is_empty());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
