//! Data-driven: every scenario in tests/fixtures/scenarios/ (requirements.md
//! v2 § 7) must give the `expected` status for each requirement and ground,
//! and satisfy every `expected_details` entry. A new file is a new test case.
use chrono::NaiveDate;
use klagehjelp::law::{self, Status, facts::Facts};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize)]
struct Scenario {
    id: String,
    #[serde(default)]
    today: Option<NaiveDate>,
    facts: Facts,
    expected: BTreeMap<String, Status>,
    #[serde(default)]
    expected_details: BTreeMap<String, Details>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Details {
    exceptions: Option<Vec<String>>,
    figure_kind: Option<String>,
    source_contains: Option<String>,
    met_from: Option<NaiveDate>,
    later_status: Option<Status>,
    missing: Option<Vec<String>>,
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

/// A "today" far from every scenario's assessment date, so a scenario that
/// relies on today without saying so shows up.
fn default_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()
}

#[test]
fn every_scenario_gives_the_expected_results() {
    let all = scenarios();
    assert!(
        all.len() >= 17,
        "expected the 17 v2 scenarios, found {}",
        all.len()
    );
    let mut failures = vec![];
    for (file, s) in &all {
        assert!(
            s.facts.unknown.is_empty(),
            "{file}: unknown facts {:?}",
            s.facts.unknown.keys()
        );
        let check = law::check(&s.facts, s.today.unwrap_or(default_today()));
        for id in law::ids() {
            assert!(s.expected.contains_key(id), "{file}: expected lacks {id}");
        }
        assert_eq!(
            check.requirements.len(),
            s.expected.len(),
            "{file}: the check reports {:?}",
            check
                .requirements
                .iter()
                .map(|(i, _)| *i)
                .collect::<Vec<_>>()
        );
        for (id, want) in &s.expected {
            let Some(got) = check.get(id) else {
                failures.push(format!("{file}: {id} not reported"));
                continue;
            };
            if got.status != *want {
                failures.push(format!(
                    "{file} ({}): {id}: expected {want:?}, got {:?} by {} (missing {:?})",
                    s.id, got.status, got.rule, got.missing
                ));
            }
        }
        for (id, d) in &s.expected_details {
            let got = check.get(id).unwrap();
            if let Some(ex) = &d.exceptions {
                let mut want: Vec<&str> = ex.iter().map(String::as_str).collect();
                want.sort_unstable();
                let mut have = got.exceptions.clone();
                have.sort_unstable();
                if want != have {
                    failures.push(format!(
                        "{file}: {id}: exceptions {have:?}, expected {want:?}"
                    ));
                }
            }
            if let Some(k) = &d.figure_kind {
                let have = got
                    .figure
                    .as_ref()
                    .map(|f| serde_json::to_value(f.kind).unwrap());
                if have != Some(serde_json::json!(k)) {
                    failures.push(format!("{file}: {id}: figure kind {have:?}, expected {k}"));
                }
            }
            if let Some(sub) = &d.source_contains
                && !got.source.contains(sub.as_str())
            {
                failures.push(format!(
                    "{file}: {id}: source {:?} lacks {sub:?}",
                    got.source
                ));
            }
            if let Some(m) = d.met_from
                && got.met_from != Some(m)
            {
                failures.push(format!(
                    "{file}: {id}: met_from {:?}, expected {m}",
                    got.met_from
                ));
            }
            if let Some(ls) = d.later_status {
                let have = check.later_get(id).unwrap().status;
                if have != ls {
                    failures.push(format!("{file}: {id}: later {have:?}, expected {ls:?}"));
                }
            }
            if let Some(m) = &d.missing {
                let mut want = m.clone();
                want.sort();
                let mut have = got.missing.clone();
                have.sort();
                if want != have {
                    failures.push(format!("{file}: {id}: missing {have:?}, expected {want:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
