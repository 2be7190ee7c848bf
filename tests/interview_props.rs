//! The interview is derived from the rules (issue 8): for every reachable
//! state, no fact the check names as missing is hidden, and every question
//! asked can change some result.
use chrono::NaiveDate;
use klagehjelp::interview;
use klagehjelp::law::{self, facts::FACT_TYPES, facts::FactKind, facts::Facts};
use proptest::prelude::*;
use serde_json::{Value, json};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

/// A few values per kind, spread over the boundaries that matter.
fn candidates(kind: FactKind, values: &[&str]) -> Vec<Value> {
    match kind {
        FactKind::Choice => values.iter().map(|v| json!(v)).collect(),
        FactKind::YesNo => vec![json!(true), json!(false)],
        FactKind::Date => [
            "1950-01-01",
            "1990-04-12",
            "2008-06-01",
            "2017-07-01",
            "2025-03-01",
            "2026-06-01",
        ]
        .iter()
        .map(|d| json!(d))
        .collect(),
        FactKind::DateOrNever => vec![json!("never"), json!("2026-06-01"), json!("2024-01-01")],
        FactKind::Number => vec![json!(0), json!(1.5), json!(3), json!(6)],
        FactKind::Amount => vec![json!(0), json!(300000), json!(700000)],
        FactKind::Year => vec![json!(2025)],
    }
}

/// The facts the interview may ask (those with a question), with candidate values.
fn askable() -> Vec<(&'static str, Vec<Value>)> {
    FACT_TYPES
        .iter()
        .filter(|(n, _, _)| interview::question(n).is_some())
        .map(|(n, k, v)| (*n, candidates(*k, v)))
        .collect()
}

fn facts_strategy() -> impl Strategy<Value = Facts> {
    let table = askable();
    let n = table.len();
    proptest::collection::vec((0..n, 0usize..8, proptest::bool::weighted(0.5)), 0..25).prop_map(
        move |picks| {
            let mut m = serde_json::Map::new();
            m.insert("assessment_date".into(), json!("2026-11-30"));
            for (i, j, keep) in picks {
                let (name, vals) = &table[i];
                if keep {
                    m.insert(name.to_string(), vals[j % vals.len()].clone());
                }
            }
            serde_json::from_value(Value::Object(m)).unwrap()
        },
    )
}

/// What the check decides: every status, rule and missing list.
fn outcome(f: &Facts) -> Vec<String> {
    let c = law::check(f, today());
    c.requirements
        .iter()
        .chain(&c.later.requirements)
        .map(|(id, r)| format!("{id}:{}:{}:{:?}", r.status.code(), r.rule, r.missing))
        .collect()
}

fn values_for(fact: &str) -> Vec<Value> {
    let base = fact.split('.').next().unwrap();
    if base.ends_with("_by_year") {
        return vec![json!(0), json!(700000)];
    }
    askable()
        .into_iter()
        .find(|(n, _)| *n == base)
        .map(|(_, v)| v)
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn no_missing_fact_is_hidden(f in facts_strategy()) {
        let c = law::check(&f, today());
        let asked: Vec<String> = interview::questions(&f, today()).into_iter().map(|q| q.fact).collect();
        for m in c.missing.iter().chain(&c.later_missing()) {
            prop_assert!(asked.contains(m), "{m} is missing but not asked; asked {asked:?}");
        }
    }

    #[test]
    fn every_question_asked_can_change_a_result(f in facts_strategy()) {
        let before = outcome(&f);
        for q in interview::questions(&f, today()).into_iter().filter(|q| q.missing) {
            if interview::ROUTE_FACTS.contains(&q.fact.as_str()) {
                continue; // asked for the route, not for the rules
            }
            let changes = values_for(&q.fact).into_iter().any(|v| {
                let g = f.with(&q.fact, v).unwrap();
                outcome(&g) != before
            });
            prop_assert!(changes, "asking {} changes nothing", q.fact);
        }
    }

    #[test]
    fn answers_made_irrelevant_change_nothing(f in facts_strategy()) {
        let hidden = interview::irrelevant(&f, today());
        let trimmed = interview::relevant_facts(&f, today());
        prop_assert_eq!(outcome(&trimmed), outcome(&f), "dropping {:?} changed the check", hidden);
    }
}
