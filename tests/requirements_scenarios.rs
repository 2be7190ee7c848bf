//! Data-driven: every scenario in tests/fixtures/scenarios/ must give the
//! `expected` status for each requirement. A new file is a new test case.
use chrono::NaiveDate;
use klagehjelp::facts::Facts;
use klagehjelp::requirements::{self, IDS, Status};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(serde::Deserialize)]
struct Scenario {
    id: String,
    facts: Facts,
    expected: BTreeMap<String, Status>,
}

fn scenarios() -> Vec<(String, Scenario)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/scenarios");
    let mut out = vec![];
    for entry in std::fs::read_dir(&dir).expect("scenario folder") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            let s: Scenario =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push((path.file_name().unwrap().to_string_lossy().into_owned(), s));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// A fixed "today" far from every scenario's assessment date, so a
/// scenario that forgot its date shows up.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

#[test]
fn every_scenario_gives_the_expected_statuses() {
    let all = scenarios();
    assert!(
        all.len() >= 12,
        "expected at least the 12 scenarios p01–p12, found {}",
        all.len()
    );
    let mut failures = vec![];
    for (file, s) in &all {
        assert!(
            s.expected.keys().all(|k| IDS.contains(&k.as_str())),
            "{file}: unknown requirement id in expected"
        );
        let report = requirements::check(&s.facts, today());
        for (id, want) in &s.expected {
            let got = report.get(id).unwrap();
            if got.status != *want {
                failures.push(format!(
                    "{file} ({}): {id}: expected {want:?}, got {:?} — {}",
                    s.id,
                    got.status,
                    got.render(klagehjelp::Lang::En).reason
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_scenario_renders_without_raw_ids_in_every_language() {
    for (file, s) in scenarios() {
        let report = requirements::check(&s.facts, today());
        for lang in klagehjelp::Lang::ALL {
            for r in report.render(lang).results {
                let texts = [&r.reason, &r.title, &r.explanation]
                    .into_iter()
                    .chain(r.exceptions.iter())
                    .chain(r.documents.iter())
                    .chain(r.suggested_argument.iter());
                for t in texts {
                    assert!(
                        !t.contains("{$")
                            && !t.contains("req-")
                            && !t.contains("opt-")
                            && !t.contains("fact-"),
                        "{file} {lang} {}: {t}",
                        r.id
                    );
                }
            }
        }
    }
}
