//! The results in words: titles, the sub-rule that decided, the figure with
//! its period and kind, notes, exceptions, documents, missing facts and the
//! later evaluation date, in one language. The CLI, the app and the letter
//! call these; none of them holds a rule or a status list of its own.
use super::figures::Kind;
use super::{Check, FigureUsed, Note, Res, Status, grounds, requirement};
use crate::Lang;
use crate::fmt;
use crate::i18n::{FluentValue, t, tr};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The title of a requirement or a refusal ground.
pub fn title(id: &str, lang: Lang) -> String {
    if requirement(id).is_some() {
        t(lang, &format!("req-{id}-title"))
    } else if grounds::ground(id).is_some() {
        t(lang, &format!("ground-{id}-title"))
    } else {
        id.to_string()
    }
}

/// The provisions of a requirement or ground as a whole, without source keys.
pub fn provisions(id: &str) -> String {
    let raw = requirement(id)
        .map(|r| r.source)
        .or_else(|| grounds::ground(id).map(|g| g.source))
        .unwrap_or("");
    plain_source(raw)
}

/// What the requirement is, in plain words (grounds: what to explain).
pub fn explanation(id: &str, lang: Lang) -> String {
    if requirement(id).is_some() {
        t(lang, &format!("req-{id}-explain"))
    } else {
        t(lang, &format!("ground-{id}-explain"))
    }
}

pub fn status_label(s: Status, lang: Lang) -> String {
    t(lang, &format!("status-{}", s.code()))
}

/// A fact's label; `sponsor_past_income_by_year.2026` gets its year.
pub fn fact_label(name: &str, lang: Lang) -> String {
    match name.split_once('.') {
        Some((base, year)) => tr(
            lang,
            &format!("fact-{base}"),
            &[("year", FluentValue::from(year.to_string()))],
        ),
        None => t(lang, &format!("fact-{name}")),
    }
}

/// A source key of data/sources.json.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct SourceRef {
    #[serde(default)]
    pub key: String,
    pub what: String,
    pub url: String,
}

fn source_table() -> &'static BTreeMap<String, SourceRef> {
    static T: OnceLock<BTreeMap<String, SourceRef>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m: BTreeMap<String, SourceRef> =
            serde_json::from_str(include_str!("../../data/sources.json"))
                .expect("data/sources.json is valid");
        for (k, v) in m.iter_mut() {
            v.key = k.clone();
        }
        m
    })
}

/// The source keys `[KEY]` named in a source text, with their pages.
pub fn source_refs(source: &str) -> Vec<SourceRef> {
    let mut out: Vec<SourceRef> = vec![];
    let mut rest = source;
    while let Some(start) = rest.find('[') {
        let after = &rest[start + 1..];
        let Some(end) = after.find(']') else { break };
        let key = &after[..end];
        if let Some(r) = source_table().get(key)
            && !out.iter().any(|o| o.key == key)
        {
            out.push(r.clone());
        }
        rest = &after[end + 1..];
    }
    out
}

/// A source text without its `[KEY]`s: "utl. § 41 a første ledd bokstav a".
pub fn plain_source(source: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in source.chars() {
        match c {
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .trim_matches(|c: char| c == ';' || c == ',' || c == ' ')
        .replace(" ;", ";")
        .replace(" ,", ",")
        .replace("; ;", ";")
}

fn period_text(f: &FigureUsed, lang: Lang) -> String {
    if let Some(p) = &f.period {
        tr(
            lang,
            "law-period-dates",
            &[
                ("from", fmt::date_long(lang, p.from).into()),
                ("to", fmt::date_long(lang, p.to).into()),
            ],
        )
    } else if let Some(y) = f.income_year {
        tr(lang, "law-period-year", &[("year", y.to_string().into())])
    } else {
        String::new()
    }
}

/// "Krav: 416 512 kr (1. mai 2025–30. april 2026), publisert av UDI" or the
/// computed variant that says it is computed by Klagehjelp.
pub fn figure_line(f: &FigureUsed, lang: Lang) -> String {
    let period = period_text(f, lang);
    match f.kind {
        Kind::Udi => tr(
            lang,
            "law-figure-udi",
            &[
                ("amount", fmt::nok(lang, f.interval[1] as i64).into()),
                ("period", period.into()),
            ],
        ),
        Kind::Computed => tr(
            lang,
            "law-figure-computed",
            &[
                (
                    "range",
                    if f.interval[0] == f.interval[1] {
                        fmt::nok(lang, f.interval[1] as i64)
                    } else {
                        format!(
                            "{} – {}",
                            fmt::nok(lang, f.interval[0] as i64),
                            fmt::nok(lang, f.interval[1] as i64)
                        )
                    }
                    .into(),
                ),
                (
                    "interval",
                    if f.interval[0] == f.interval[1] {
                        "single"
                    } else {
                        "range"
                    }
                    .into(),
                ),
                (
                    "mult",
                    fmt::decimal_text(lang, f.multiplier.as_deref().unwrap_or_default()).into(),
                ),
                ("g", fmt::nok(lang, f.g.unwrap_or(0) as i64).into()),
                ("period", period.into()),
            ],
        ),
    }
}

/// A note in words.
pub fn note_text(n: &Note, res: &Res, lang: Lang) -> String {
    match n {
        Note::DoubleTest { birthday } => tr(
            lang,
            "note-double-test",
            &[("birthday", fmt::date_long(lang, *birthday).into())],
        ),
        Note::StatedFigure { stated } => tr(
            lang,
            "note-stated-figure",
            &[
                ("stated", fmt::nok(lang, *stated as i64).into()),
                (
                    "figure",
                    res.figure
                        .as_ref()
                        .map(|f| fmt::nok(lang, f.interval[1] as i64))
                        .unwrap_or_else(|| t(lang, "status-unknown"))
                        .into(),
                ),
            ],
        ),
        other => {
            let id = serde_json::to_value(other)
                .ok()
                .and_then(|v| v.get("id").and_then(|s| s.as_str()).map(str::to_string))
                .unwrap_or_default();
            t(lang, &format!("note-{id}"))
        }
    }
}

/// The sub-rule that decided, in words.
pub fn rule_text(res: &Res, lang: Lang) -> String {
    tr(
        lang,
        &format!("rule-{}", res.rule),
        &[("status", FluentValue::from(res.status.code()))],
    )
}

/// One labelled item (an exception, a document, a missing fact).
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub id: String,
    pub text: String,
}

/// A requirement or refusal ground as a card: what the app shows and the CLI prints.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    pub id: String,
    pub title: String,
    pub status: Status,
    pub status_label: String,
    /// The sub-rule that decided, its id and its text.
    pub rule: String,
    pub why: String,
    /// The provisions, without source keys.
    pub source: String,
    pub sources: Vec<SourceRef>,
    pub explanation: String,
    pub figure: Option<String>,
    pub figure_kind: Option<Kind>,
    pub shortfall: Option<String>,
    pub met_from: Option<String>,
    pub notes: Vec<String>,
    pub unverified: bool,
    pub exceptions: Vec<Item>,
    pub documents: Vec<Item>,
    pub document_notes: Vec<Item>,
    pub missing: Vec<Item>,
    /// The result for a decision half a year later, when it differs.
    pub later: Option<String>,
    pub later_status: Option<Status>,
    /// For the grounds of forced marriage and abuse: where help is (no pressure).
    pub help: Option<String>,
}

fn exception_text(id: &str, lang: Lang) -> String {
    t(lang, &format!("exc-{id}"))
}

/// The card of `id` in a check.
pub fn card(check: &Check, id: &str, lang: Lang) -> Option<Card> {
    let res = check.get(id)?;
    let later = check.later_get(id).filter(|l| l.status != res.status);
    let met_from = res.met_from.map(|d| {
        let msg = if matches!(id, "alder18" | "alder24") {
            "law-met-from-age"
        } else {
            "law-met-from"
        };
        tr(lang, msg, &[("date", fmt::date_long(lang, d).into())])
    });
    Some(Card {
        id: id.to_string(),
        title: title(id, lang),
        status: res.status,
        status_label: status_label(res.status, lang),
        rule: res.rule.to_string(),
        // A result that waits for a fact says so, rather than describing a
        // sub-rule it could not yet apply.
        why: if res.status == Status::Unknown && !res.missing.is_empty() {
            tr(
                lang,
                "law-missing",
                &[(
                    "facts",
                    res.missing
                        .iter()
                        .map(|m| fact_label(m, lang))
                        .collect::<Vec<_>>()
                        .join(", ")
                        .into(),
                )],
            )
        } else {
            rule_text(res, lang)
        },
        source: plain_source(res.source),
        sources: source_refs(res.source),
        explanation: explanation(id, lang),
        figure: res.figure.as_ref().map(|f| figure_line(f, lang)),
        figure_kind: res.figure.as_ref().map(|f| f.kind),
        shortfall: res.shortfall.filter(|s| *s > 0).map(|s| {
            tr(
                lang,
                "law-shortfall",
                &[("amount", fmt::nok(lang, s).into())],
            )
        }),
        met_from: (res.status != Status::Met).then_some(met_from).flatten(),
        // The figure line already says a figure is computed.
        notes: res
            .notes
            .iter()
            .filter(|n| !(**n == Note::Computed && res.figure.is_some()))
            .map(|n| note_text(n, res, lang))
            .collect(),
        unverified: res.notes.contains(&Note::Unverified),
        exceptions: res
            .exceptions
            .iter()
            .map(|e| Item {
                id: e.to_string(),
                text: exception_text(e, lang),
            })
            .collect(),
        documents: res
            .documents
            .iter()
            .map(|d| Item {
                id: d.to_string(),
                text: t(lang, &format!("doc-{d}")),
            })
            .collect(),
        document_notes: res
            .document_notes
            .iter()
            .map(|d| Item {
                id: d.to_string(),
                text: t(lang, &format!("doc-{d}")),
            })
            .collect(),
        missing: res
            .missing
            .iter()
            .map(|m| Item {
                id: m.clone(),
                text: fact_label(m, lang),
            })
            .collect(),
        later: later.map(|l| {
            tr(
                lang,
                "law-later-card",
                &[
                    ("date", fmt::date_long(lang, check.later.date).into()),
                    ("status", status_label(l.status, lang).into()),
                ],
            )
        }),
        later_status: later.map(|l| l.status),
        help: Some(format!("ground-{id}-help"))
            .filter(|m| crate::i18n::has(lang, m))
            .map(|m| t(lang, &m)),
    })
}

/// Every card of a check, in order.
pub fn cards(check: &Check, lang: Lang) -> Vec<Card> {
    check
        .requirements
        .iter()
        .filter_map(|(id, _)| card(check, id, lang))
        .collect()
}

/// The lines about the later evaluation date (heading and figure changes),
/// shown when any status changes.
pub fn later_lines(check: &Check, lang: Lang) -> Vec<String> {
    if check.later.changed.is_empty() {
        return vec![];
    }
    let mut out = vec![tr(
        lang,
        "law-later-heading",
        &[
            ("date", fmt::date_long(lang, check.later.date).into()),
            ("months", FluentValue::from(super::LATER_MONTHS)),
        ],
    )];
    for c in &check.later.figure_changes {
        let id = if c.known {
            "law-figure-change-known"
        } else {
            "law-figure-change-unknown"
        };
        out.push(tr(
            lang,
            id,
            &[("date", fmt::date_long(lang, c.date).into())],
        ));
    }
    out
}

fn res_json(res: &Res, lang: Lang) -> serde_json::Value {
    serde_json::json!({
        "status": res.status,
        "rule": res.rule,
        "source": res.source,
        "exceptions": res.exceptions,
        "figure": res.figure,
        "met_from": res.met_from,
        "missing": res.missing,
        "shortfall": res.shortfall,
        "notes": res.notes.iter().map(|n| note_text(n, res, lang)).collect::<Vec<_>>(),
        "dates_evaluated": res.dates_evaluated,
        "documents": res.documents,
        "document_notes": res.document_notes,
    })
}

fn map_json(list: &[(&'static str, Res)], lang: Lang) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    for (id, r) in list {
        m.insert(id.to_string(), res_json(r, lang));
    }
    serde_json::Value::Object(m)
}

/// The output of `klagehjelp check --json` (requirements.md § 1.3).
pub fn check_json(check: &Check, lang: Lang) -> serde_json::Value {
    serde_json::json!({
        "format": "klagehjelp-check/2",
        "assessment_date": check.assessment_date,
        "assessment_date_source": check.assessment_date_source,
        "rules_as_of": check.rules_as_of,
        "order": super::ids().collect::<Vec<_>>(),
        "requirements": map_json(&check.requirements, lang),
        "later": {
            "date": check.later.date,
            "rule": check.later.rule,
            "requirements": map_json(&check.later.requirements, lang),
            "changed": check.later.changed,
            "figure_changes": check.later.figure_changes,
        },
        "missing": check.missing,
        "lang": lang.code(),
    })
}

/// The draft paragraph for the letter's grounds (with "[skriv her: …]"
/// placeholders the user must fill in).
pub fn argument(id: &str, res: Option<&Res>, facts: &super::facts::Facts, lang: Lang) -> String {
    if grounds::ground(id).is_some() {
        return t(lang, &format!("ground-{id}-argument"));
    }
    let placeholder = |what: &str| t(lang, &format!("law-placeholder-{what}"));
    let figure = res
        .and_then(|r| r.figure.as_ref())
        .map(|f| fmt::nok(lang, f.interval[1] as i64))
        .unwrap_or_else(|| placeholder("figure"));
    let year = res
        .and_then(|r| r.figure.as_ref())
        .and_then(|f| f.income_year)
        .or(facts.past_income_year)
        .map(|y| y.to_string())
        .unwrap_or_else(|| placeholder("year"));
    tr(
        lang,
        &format!("req-{id}-argument"),
        &[("figure", figure.into()), ("year", year.into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_later_card_says_half_a_year_because_the_later_date_is_six_months_on() {
        // `law-later-card` says "about half a year later" in words in all eight
        // languages; a different LATER_MONTHS needs new words there.
        assert_eq!(super::super::LATER_MONTHS, 6);
        assert!(t(Lang::En, "law-later-card").contains("half a year"));
    }

    #[test]
    fn plain_sources_drop_keys() {
        assert_eq!(
            plain_source("utl. § 41 a første ledd bokstav a [L41a]"),
            "utl. § 41 a første ledd bokstav a"
        );
        assert_eq!(
            plain_source("utl. § 42 [PN13]; utl. § 50 [L50]"),
            "utl. § 42; utl. § 50"
        );
        let refs = source_refs("utl. § 42 [PN13]; utl. § 50 [L50]");
        assert_eq!(refs.len(), 2);
        assert!(refs[1].url.starts_with("https://"));
    }

    #[test]
    fn every_source_key_in_the_rules_resolves() {
        // Every [KEY] in a rule's source must name an entry of data/sources.json.
        for src in [
            super::super::income::FUTURE_SOURCE,
            super::super::family::PERSONKRETS_SOURCE,
        ] {
            let keys = src.matches('[').count();
            assert_eq!(source_refs(src).len(), keys, "{src}");
        }
    }
}
