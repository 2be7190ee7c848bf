//! The interview, derived from the law: it asks exactly the facts that the
//! requirements check reports missing (for the expected decision date and
//! the later one), grouped into screens and ordered for a person, and it
//! shows the answers that still matter so they can be changed. No condition
//! here repeats a rule: what to ask is what [`crate::law::check`] names.
//!
//! The kind of each answer and its choices come from the fact's type
//! ([`crate::law::facts::FACT_TYPES`]); this module adds only the grouping.
//! Texts are Fluent messages: `q-<fact>`, `q-<fact>-help`,
//! `opt-<fact>-<value>`, `screen-<screen>`.
use crate::Lang;
use crate::i18n::{FluentValue, UserFacing, t, tr};
use crate::law::facts::{FACT_NAMES, FACT_TYPES, FactKind, Facts};
use crate::law::{self, render};
use chrono::NaiveDate;
use serde::Serialize;

/// A screen of the interview, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    Relation,
    Sponsor,
    Family,
    Dates,
    Application,
    Work,
    Income,
    Pension,
    PastIncome,
    SocialAssistance,
    Housing,
    /// Where the applicant is now (routes: staying in Norway, utsatt iverksettelse).
    Stay,
}

impl Screen {
    pub fn code(self) -> &'static str {
        match self {
            Screen::Relation => "relation",
            Screen::Sponsor => "sponsor",
            Screen::Family => "family",
            Screen::Dates => "dates",
            Screen::Application => "application",
            Screen::Work => "work",
            Screen::Income => "income",
            Screen::Pension => "pension",
            Screen::PastIncome => "past_income",
            Screen::SocialAssistance => "social_assistance",
            Screen::Housing => "housing",
            Screen::Stay => "stay",
        }
    }
    pub fn title(self, lang: Lang) -> String {
        t(lang, &format!("screen-{}", self.code()))
    }
}

/// Where each fact is asked. Presentation only: which facts are asked is
/// decided by the check. Facts the check never names as missing (the three
/// defaults, display-only and routing facts) have no screen.
static SCREENS: &[(&str, Screen)] = &[
    ("relation", Screen::Relation),
    ("sponsor_status", Screen::Sponsor),
    ("sponsor_birth_date", Screen::Sponsor),
    ("applicant_birth_date", Screen::Sponsor),
    ("sponsor_always_lived_in_norway", Screen::Sponsor),
    ("sponsor_settled_in_norway_date", Screen::Sponsor),
    ("sponsor_permit_decision_date", Screen::Sponsor),
    ("sponsor_trafficking_victim", Screen::Sponsor),
    ("marriage_date", Screen::Family),
    ("cohabited_years", Screen::Family),
    ("cohabited_two_years_before_move", Screen::Family),
    ("cohabitation_established_before_entry", Screen::Family),
    ("child_together_conceived", Screen::Family),
    ("child_together_born_before_entry", Screen::Family),
    ("married_in_norway_while_both_lawful", Screen::Family),
    ("cohabited_in_norway_while_both_lawful", Screen::Family),
    ("other_parent_consent", Screen::Family),
    ("applicant_born_in_norway", Screen::Family),
    ("applicant_under_15_without_carers", Screen::Family),
    ("decision_voluntariness", Screen::Family),
    ("is_renewal", Screen::Application),
    ("first_family_application_registered", Screen::Application),
    ("application_registered", Screen::Dates),
    ("application_delivered", Screen::Dates),
    ("application_complete_date", Screen::Dates),
    ("application_deadline_prevented", Screen::Dates),
    ("sponsor_fulltime_years", Screen::Work),
    ("family_unity_grounds", Screen::Work),
    ("sponsor_future_income", Screen::Income),
    ("applicant_lawful_income_norway", Screen::Income),
    ("applicant_means", Screen::Income),
    ("sponsor_in_higher_education", Screen::Income),
    ("sponsor_pension_type", Screen::Pension),
    ("sponsor_pension_amount", Screen::Pension),
    ("sponsor_disability_rate", Screen::Pension),
    ("sponsor_past_income", Screen::PastIncome),
    ("sponsor_past_income_abroad", Screen::PastIncome),
    ("sponsor_past_income_by_year", Screen::PastIncome),
    ("sponsor_past_income_abroad_by_year", Screen::PastIncome),
    ("sponsor_past_income_exemption", Screen::PastIncome),
    ("social_assistance_last_paid", Screen::SocialAssistance),
    ("social_assistance_exempt_reason", Screen::SocialAssistance),
    ("will_live_together", Screen::Housing),
    ("sponsor_has_housing", Screen::Housing),
    ("applicant_in_norway", Screen::Stay),
];

/// Facts the law does not use but the route does (where the klage goes,
/// staying in Norway while it is decided: utl. § 90, fvl. § 42): asked in
/// every case, after the law's questions.
pub const ROUTE_FACTS: &[&str] = &["applicant_in_norway"];

/// One question: the fact it sets (`sponsor_past_income_by_year.2026` for a
/// year of a by-year map), its kind and choices.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    pub fact: String,
    /// The fact's name without a year key.
    pub base: &'static str,
    pub kind: FactKind,
    pub options: &'static [&'static str],
    pub screen: Screen,
    /// Whether the check reports it missing now (else: answered and still relevant).
    pub missing: bool,
}

fn kind_of(base: &str) -> Option<(FactKind, &'static [&'static str])> {
    if base.ends_with("_by_year") {
        return Some((FactKind::Amount, &[]));
    }
    FACT_TYPES
        .iter()
        .find(|(n, _, _)| *n == base)
        .map(|(_, k, v)| (*k, *v))
}

/// The question for a fact name, if the interview asks it.
pub fn question(fact: &str) -> Option<Question> {
    let base_name = fact.split_once('.').map_or(fact, |(b, _)| b);
    let (base, screen) = SCREENS.iter().find(|(n, _)| *n == base_name).copied()?;
    let (kind, options) = kind_of(base)?;
    Some(Question {
        fact: fact.to_string(),
        base,
        kind,
        options,
        screen,
        missing: false,
    })
}

fn order_key(q: &Question) -> (Screen, usize, String) {
    let pos = FACT_NAMES
        .iter()
        .position(|n| *n == q.base)
        .unwrap_or(usize::MAX);
    (q.screen, pos, q.fact.clone())
}

/// The facts the check names as missing, for the decision date and then for
/// the later evaluation date.
pub fn missing(facts: &Facts, today: NaiveDate) -> Vec<String> {
    let check = law::check(facts, today);
    let mut out = check.missing.clone();
    out.extend(check.later_missing());
    out
}

/// What the check decides of one requirement: its id, status, rule, and the
/// facts it misses.
type Decision = (&'static str, law::Status, &'static str, Vec<String>);

/// A fingerprint of what the check decides: every status and rule, and what
/// it misses (compared as values: formatting them as text was a fifth of it).
fn outcome(facts: &Facts, today: NaiveDate) -> Vec<Decision> {
    let c = law::check(facts, today);
    c.requirements
        .into_iter()
        .chain(c.later.requirements)
        .map(|(id, r)| (id, r.status, r.rule, r.missing))
        .collect()
}

/// Splits the answered facts into those that still matter and those a later
/// answer made irrelevant. Answers are left out one at a time, each only if
/// leaving it out (after the ones already left out) changes no result: two
/// answers that each alone change nothing may together decide a rule (a
/// child "conceived in Norway" and "not born before entry" both rule out the
/// age-24 exemption for a child born before entry), so testing them one by
/// one against the full set would drop both and change the check.
fn partition(facts: &Facts, today: NaiveDate) -> (Vec<String>, Vec<String>) {
    let base = outcome(facts, today);
    let mut reduced = facts.clone();
    let (mut keep, mut drop) = (vec![], vec![]);
    for name in facts.answered() {
        if question(&name).is_none() {
            continue;
        }
        if ROUTE_FACTS.contains(&name.as_str()) {
            // Asked for the route, not the law: always shown (see `questions`).
            continue;
        }
        let without = reduced
            .with(&name, serde_json::Value::Null)
            .unwrap_or_else(|_| reduced.clone());
        if outcome(&without, today) == base {
            reduced = without;
            drop.push(name);
        } else {
            keep.push(name);
        }
    }
    (keep, drop)
}

/// The answered facts that still matter: leaving one out (with the
/// irrelevant ones) would change a result. Answers a later answer made
/// irrelevant are not among them.
pub fn relevant(facts: &Facts, today: NaiveDate) -> Vec<String> {
    partition(facts, today).0
}

/// The questions to show: the missing facts and the answered ones that still
/// matter, in screen order.
pub fn questions(facts: &Facts, today: NaiveDate) -> Vec<Question> {
    let mut out: Vec<Question> = vec![];
    for name in missing(facts, today) {
        if let Some(mut q) = question(&name)
            && !out.iter().any(|o| o.fact == q.fact)
        {
            q.missing = true;
            out.push(q);
        }
    }
    for name in relevant(facts, today) {
        if let Some(q) = question(&name)
            && !out.iter().any(|o| o.fact == q.fact)
        {
            out.push(q);
        }
    }
    for name in ROUTE_FACTS {
        if let Some(mut q) = question(name) {
            q.missing = !facts.has(name);
            out.push(q);
        }
    }
    out.sort_by_key(order_key);
    out
}

/// The answers a later answer made irrelevant: shown apart on the review
/// screen and left out of the letter. Leaving all of them out changes no
/// result.
pub fn irrelevant(facts: &Facts, today: NaiveDate) -> Vec<String> {
    partition(facts, today).1
}

/// The facts with only the answers that matter (what the letter uses).
pub fn relevant_facts(facts: &Facts, today: NaiveDate) -> Facts {
    let mut f = facts.clone();
    for name in irrelevant(facts, today) {
        f = f.with(&name, serde_json::Value::Null).unwrap_or(f);
    }
    f
}

/// An option of a choice, rendered.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedOption {
    pub value: String,
    pub label: String,
}

/// A question in one language, for the UI and the CLI.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedQuestion {
    pub id: String,
    pub fact: String,
    pub kind: FactKind,
    pub screen: Screen,
    pub screen_title: String,
    pub text: String,
    pub help: String,
    pub missing: bool,
    pub options: Vec<RenderedOption>,
}

impl Question {
    fn year(&self) -> Option<String> {
        self.fact.split_once('.').map(|(_, y)| y.to_string())
    }
    fn msg(&self, lang: Lang, id: &str) -> String {
        match self.year() {
            Some(y) => tr(lang, id, &[("year", FluentValue::from(y))]),
            None => t(lang, id),
        }
    }
    /// The values a person can pick.
    pub fn values(&self) -> Vec<&'static str> {
        match self.kind {
            FactKind::YesNo => vec!["true", "false"],
            _ => self.options.to_vec(),
        }
    }
    pub fn render(&self, lang: Lang) -> RenderedQuestion {
        let options = match self.kind {
            FactKind::YesNo => vec![
                RenderedOption {
                    value: "true".into(),
                    label: t(lang, "interview-yes"),
                },
                RenderedOption {
                    value: "false".into(),
                    label: t(lang, "interview-no"),
                },
            ],
            FactKind::DateOrNever => vec![RenderedOption {
                value: "never".into(),
                label: t(lang, &format!("opt-{}-never", self.base)),
            }],
            _ => self
                .options
                .iter()
                .map(|v| RenderedOption {
                    value: v.to_string(),
                    label: t(lang, &format!("opt-{}-{v}", self.base)),
                })
                .collect(),
        };
        RenderedQuestion {
            id: self.fact.clone(),
            fact: self.fact.clone(),
            kind: self.kind,
            screen: self.screen,
            screen_title: self.screen.title(lang),
            text: self.msg(lang, &format!("q-{}", self.base)),
            help: self.msg(lang, &format!("q-{}-help", self.base)),
            missing: self.missing,
            options,
        }
    }
}

/// An answer that cannot be stored.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnswerError {
    #[error("unknown fact '{0}'")]
    UnknownFact(String),
    #[error("'{value}' is not a valid answer for {fact}")]
    BadValue { fact: String, value: String },
}

impl UserFacing for AnswerError {
    fn code(&self) -> &'static str {
        match self {
            AnswerError::UnknownFact(_) => "interview.unknown_fact",
            AnswerError::BadValue { .. } => "interview.bad_value",
        }
    }
    fn message(&self, lang: Lang) -> String {
        match self {
            AnswerError::UnknownFact(f) => tr(
                lang,
                "interview-error-unknown-fact",
                &[("fact", f.clone().into())],
            ),
            AnswerError::BadValue { fact, value } => {
                let q = question(fact);
                let expected = match q.as_ref().map(|q| q.kind) {
                    Some(FactKind::Choice) => q
                        .as_ref()
                        .map(|q| {
                            q.options
                                .iter()
                                .map(|o| t(lang, &format!("opt-{}-{o}", q.base)))
                                .collect::<Vec<_>>()
                                .join(", ")
                        })
                        .unwrap_or_default(),
                    Some(FactKind::YesNo) => {
                        format!("{}, {}", t(lang, "interview-yes"), t(lang, "interview-no"))
                    }
                    Some(FactKind::Date) => t(lang, "interview-expected-date"),
                    Some(FactKind::DateOrNever) => format!(
                        "{} / {}",
                        t(lang, "interview-expected-date"),
                        t(lang, "interview-never")
                    ),
                    Some(FactKind::Number) => "2,5".into(),
                    Some(FactKind::Year) => "2025".into(),
                    Some(FactKind::Amount) | None => "416 512".into(),
                };
                tr(
                    lang,
                    "interview-error-value",
                    &[
                        ("fact", render::fact_label(fact, lang).into()),
                        ("value", value.clone().into()),
                        ("expected", expected.into()),
                    ],
                )
            }
        }
    }
}

/// Stores an answer: sets `fact` to `value` (JSON: a code, a date string, a
/// number, a boolean; `null` clears it). Returns the new facts.
pub fn answer(facts: &Facts, fact: &str, value: serde_json::Value) -> Result<Facts, AnswerError> {
    if question(fact).is_none() {
        return Err(AnswerError::UnknownFact(fact.to_string()));
    }
    let shown = match &value {
        serde_json::Value::String(s) => s.clone(),
        v => v.to_string(),
    };
    facts.with(fact, value).map_err(|_| AnswerError::BadValue {
        fact: fact.to_string(),
        value: shown,
    })
}

/// A typed number with its grouping removed and a point for its decimal
/// separator: "250,000" and "250.000" are 250000 for an amount or a year
/// (the app shows amounts grouped the reader's way, "250,000" in English
/// and Arabic, "250 000" in Norwegian); "2,5" and "2.5" are 2.5; "1.234,5"
/// and "1,234.5" are 1234.5 (the last separator is the decimal one).
fn decimal_point(s: &str, whole: bool) -> String {
    let body = s.trim_end_matches("kr").trim_start_matches("NOK");
    let grouped_thousands = |sep: char| {
        let parts: Vec<&str> = body.split(sep).collect();
        parts.len() > 1
            && (1..=3).contains(&parts[0].len())
            && parts[1..].iter().all(|p| p.len() == 3)
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
    };
    if whole && (grouped_thousands(',') || grouped_thousands('.')) {
        return s.replace([',', '.'], "");
    }
    match (s.rfind(','), s.rfind('.')) {
        (Some(c), Some(p)) if c > p => s.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => s.replace(',', ""),
        _ => s.replace(',', "."),
    }
}

/// Parses what a person typed into a JSON value for [`answer`]: a choice
/// code or its number (1-based), yes/no (ja/nei), a date, "never"/"aldri", a
/// number (comma or point), an amount with spaces. Empty → `null`.
pub fn parse_typed(q: &Question, input: &str) -> serde_json::Value {
    use serde_json::Value;
    let s = input.trim();
    if s.is_empty() {
        return Value::Null;
    }
    match q.kind {
        FactKind::Choice => match s.parse::<usize>() {
            Ok(n) if (1..=q.options.len()).contains(&n) => Value::String(q.options[n - 1].into()),
            _ => Value::String(s.to_string()),
        },
        FactKind::YesNo => match s.to_lowercase().as_str() {
            "y" | "yes" | "j" | "ja" | "true" => Value::Bool(true),
            "n" | "no" | "nei" | "false" => Value::Bool(false),
            _ => Value::String(s.to_string()),
        },
        FactKind::DateOrNever => match s.to_lowercase().as_str() {
            "never" | "aldri" | "0" => Value::String("never".into()),
            _ => Value::String(s.to_string()),
        },
        FactKind::Date => Value::String(s.to_string()),
        FactKind::Number | FactKind::Amount | FactKind::Year => {
            let spaceless: String = s
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
                .collect();
            let cleaned = decimal_point(&spaceless, q.kind != FactKind::Number);
            let cleaned = cleaned
                .trim_end_matches("kr")
                .trim_start_matches("NOK")
                .to_string();
            match (q.kind, cleaned.parse::<f64>()) {
                (FactKind::Amount, Ok(x)) if x >= 0.0 && x.fract() == 0.0 => Value::from(x as u64),
                (FactKind::Year, Ok(x)) if x.fract() == 0.0 => Value::from(x as i64),
                (FactKind::Number, Ok(x)) if x.fract() == 0.0 => Value::from(x as i64),
                (FactKind::Number, Ok(x)) => Value::from(x),
                _ => Value::String(s.to_string()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn an_empty_case_asks_the_relation_first_and_only() {
        let qs = questions(&Facts::default(), d("2026-11-30"));
        assert_eq!(
            qs.iter().map(|q| q.fact.as_str()).collect::<Vec<_>>(),
            ["relation", "applicant_in_norway"]
        );
        assert!(qs[0].missing);
    }

    #[test]
    fn every_fact_the_law_can_miss_has_a_screen_and_a_type() {
        for (name, _, _) in FACT_TYPES {
            let never_missing = matches!(
                *name,
                "assessment_date"
                    | "decision_stated_future_figure"
                    | "applicant_permit_basis_in_norway"
                    | "past_income_year"
            );
            assert_eq!(question(name).is_some(), !never_missing, "{name}");
        }
        assert!(question("sponsor_past_income_by_year.2026").is_some());
    }

    #[test]
    fn answers_are_typed_and_checked() {
        let q = question("cohabited_years").unwrap();
        assert_eq!(parse_typed(&q, "2,5"), json!(2.5));
        let q = question("sponsor_future_income").unwrap();
        assert_eq!(parse_typed(&q, "416 512 kr"), json!(416512));
        // Grouped the reader's way (the app shows amounts so): English and
        // Arabic "250,000", Norwegian "250 000", Ukrainian with a narrow NBSP.
        assert_eq!(parse_typed(&q, "250,000"), json!(250000));
        assert_eq!(parse_typed(&q, "1,250,000 kr"), json!(1250000));
        assert_eq!(parse_typed(&q, "250.000"), json!(250000));
        assert_eq!(parse_typed(&q, "250\u{202f}000"), json!(250000));
        // Not an amount in whole kroner: kept as typed, so the check says so.
        assert_eq!(parse_typed(&q, "2,5"), json!("2,5"));
        let q = question("cohabited_years").unwrap();
        assert_eq!(parse_typed(&q, "2.5"), json!(2.5));
        assert_eq!(parse_typed(&q, "1.234,5"), json!(1234.5));
        assert_eq!(parse_typed(&q, "1,234.5"), json!(1234.5));
        let q = question("social_assistance_last_paid").unwrap();
        assert_eq!(parse_typed(&q, "aldri"), json!("never"));
        let f = answer(&Facts::default(), "relation", json!("spouse")).unwrap();
        assert!(f.has("relation"));
        assert!(matches!(
            answer(&f, "relation", json!("aunt")),
            Err(AnswerError::BadValue { .. })
        ));
        assert!(matches!(
            answer(&f, "assessment_dat", json!("x")),
            Err(AnswerError::UnknownFact(_))
        ));
        let f = answer(&f, "sponsor_past_income_by_year.2026", json!(100)).unwrap();
        assert_eq!(f.past_income_for(2026), Some(100));
    }

    #[test]
    fn answers_that_matter_only_together_are_not_both_dropped() {
        // Found by tests/interview_props.rs: each answer alone changes nothing
        // (either rules out the spouse's child-born-before-entry exemption),
        // but without both the age-24 rule would wait for them again.
        let today = d("2026-11-30");
        let f: Facts = serde_json::from_value(json!({
            "relation": "spouse",
            "child_together_conceived": "in_norway_while_both_lawful",
            "child_together_born_before_entry": false,
            "assessment_date": "2026-11-30"
        }))
        .unwrap();
        let trimmed = relevant_facts(&f, today);
        assert_eq!(outcome(&trimmed, today), outcome(&f, today));
        let hidden = irrelevant(&f, today);
        assert!(hidden.len() <= 1, "{hidden:?}");
        for name in relevant(&f, today) {
            assert!(!hidden.contains(&name));
        }
    }

    #[test]
    fn an_answer_made_irrelevant_is_dropped_from_the_letter_facts() {
        let today = d("2026-11-30");
        let f: Facts = serde_json::from_value(json!({
            "relation": "parent_with_access_rights",
            "cohabited_years": 3,
            "sponsor_status": "norwegian_citizen"
        }))
        .unwrap();
        assert!(irrelevant(&f, today).contains(&"cohabited_years".to_string()));
        assert_eq!(relevant_facts(&f, today).cohabited_years, None);
        assert!(relevant(&f, today).contains(&"relation".to_string()));
    }
}
