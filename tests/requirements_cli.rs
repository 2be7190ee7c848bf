//! `klagehjelp check` through the real binary: golden human output, JSON
//! shape, every scenario via JSON, case files, bad input.
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

fn golden(name: &str, actual: &str) {
    common::golden("check", name, actual);
}

const P05: &str = "tests/fixtures/scenarios/p05-future-income-short.json";

#[test]
fn p05_human_output_nb_and_en() {
    for (lang, file) in [
        ("nb", "p05.nb.txt"),
        ("en", "p05.en.txt"),
        ("nn", "p05.nn.txt"),
    ] {
        let (code, out, err) = run(&["check", P05, "--lang", lang]);
        assert_eq!(code, 0, "{err}");
        assert!(!out.contains('\u{a0}'), "human output uses plain spaces");
        golden(file, &out);
    }
    let (_, nb, _) = run(&["check", P05, "--lang", "nb"]);
    assert!(
        nb.contains("Framtidig inntekt 400 000 kr er 16 512 kr under kravet på 416 512 kr (3,2 G,")
    );
    assert!(nb.contains("Lønnsslipper trengs ikke"));
    assert!(nb.contains("særlig sterke"));
}

#[test]
fn p11_golden_nn() {
    let (code, out, _) = run(&[
        "check",
        "tests/fixtures/scenarios/p11-g-2026-unknown.json",
        "--lang",
        "nn",
    ]);
    assert_eq!(code, 0);
    golden("p11.nn.txt", &out);
}

#[test]
fn json_has_the_contract_shape() {
    let (code, out, err) = run(&["check", P05, "--json", "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["rules_as_of"], "2026-11-25");
    assert_eq!(v["assessment_date"], "2025-09-10");
    let reqs = v["requirements"].as_object().unwrap();
    assert_eq!(reqs.len(), 7);
    let u = &reqs["underhold_fremtidig"];
    assert_eq!(u["status"], "not_met");
    assert_eq!(u["source"], "utl. § 58, utf. § 10-8");
    assert!(u["reason"].as_str().unwrap().contains("16\u{a0}512"));
    assert!(u["exceptions"].as_array().unwrap().len() >= 3);
    assert!(u["documents"].as_array().unwrap().len() >= 3);
    assert!(
        u["suggested_argument"]
            .as_str()
            .unwrap()
            .contains("[write here:")
    );
    assert!(u["figure_source"].as_str().unwrap().starts_with("https://"));
    assert_eq!(reqs["personkrets"]["status"], "met");
}

#[test]
fn every_scenario_through_the_cli() {
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
            "2026-11-25",
        ]);
        assert_eq!(code, 0, "{}: {err}", path.display());
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        for (id, want) in scenario["expected"].as_object().unwrap() {
            assert_eq!(
                &v["requirements"][id]["status"],
                want,
                "{}: {id}",
                path.display()
            );
        }
        n += 1;
    }
    assert!(n >= 12);
}

#[test]
fn case_files_and_bare_facts_are_read() {
    let dir = std::env::temp_dir().join(format!("klagehjelp-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let case = dir.join("x.klage.json");
    std::fs::write(
        &case,
        r#"{"format": "klagehjelp-case/1", "facts": {"relation": "fiance", "sponsor_status": "norwegian_citizen", "sponsor_has_housing": false}}"#,
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
    assert_eq!(v["assessment_date"], "2026-01-10");

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
    let (code, _, err) = run(&["check", typo.to_str().unwrap(), "--lang", "nb"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("sponsor_future_incme") && err.contains("ikke gyldig"),
        "{err}"
    );
    let (code, _, err) = run(&["check", P05, "--today", "2026-02-30"]);
    assert_eq!(code, 2, "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
