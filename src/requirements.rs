//! The requirements check: the rule catalogue of requirements.md as one
//! ordered table of [`Requirement`]s. Each entry carries its id, its legal
//! source, a plain explanation, its evaluation, the exceptions that may still
//! help, the documents that prove it and a draft argument for the klage.
//! The UI, the letter and the docs read this table; nothing else
//! re-implements a rule.
//!
//! Evaluation uses three-valued logic: a missing fact makes a result
//! `unknown` only when the answer depends on it, and the result names the
//! missing facts. Income figures come from [`crate::figures`] (dated data with
//! a source per value); a date without a figure gives `unknown`, never a guess.
//!
//! Ages are whole years on the assessment date; a birthday on that day counts
//! as reached (someone born 29 February reaches a new age on 1 March in
//! other years).
use crate::facts::Facts;
use crate::figures::{self, Basis, IncomeFigure};
use crate::i18n::{FluentValue, t, tr};
use crate::{Lang, fmt};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod rules;

pub use rules::age_on;

/// The requirement ids, in the catalogue's order.
pub const IDS: [&str; 7] = [
    "personkrets",
    "fireaarskrav",
    "alder24",
    "underhold_fremtidig",
    "underhold_tidligere",
    "sosialstonad",
    "bolig",
];

/// The outcome of one requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    NotMet,
    /// The requirement does not apply, or an exemption in the rule removes it.
    NotApplicable,
    /// Discretionary: the authorities weigh the case.
    NeedsAssessment,
    /// A fact or a figure is missing.
    Unknown,
}

impl Status {
    /// The serialised code: `met`, `not_met`, …
    pub fn code(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::NotMet => "not_met",
            Status::NotApplicable => "not_applicable",
            Status::NeedsAssessment => "needs_assessment",
            Status::Unknown => "unknown",
        }
    }

    /// Plain-language label, e.g. "oppfylt".
    pub fn label(self, lang: Lang) -> String {
        t(
            lang,
            &format!("req-status-{}", self.code().replace('_', "-")),
        )
    }

    /// Whether the applicant should act on it (not met, unknown, discretionary).
    pub fn needs_attention(self) -> bool {
        matches!(
            self,
            Status::NotMet | Status::Unknown | Status::NeedsAssessment
        )
    }
}

/// An exception or a way a requirement may still be met, with its source.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Exception {
    /// Fluent id `req-exc-<id>`.
    pub id: &'static str,
    /// Where it comes from, e.g. "utl. § 41 a".
    pub source: &'static str,
    #[serde(skip)]
    when: fn(&Facts) -> bool,
}

impl Exception {
    /// Whether the exception is relevant for these facts.
    pub fn applies(&self, facts: &Facts) -> bool {
        (self.when)(facts)
    }
    /// "text (source)".
    pub fn render(&self, lang: Lang) -> String {
        let regime_date = fmt::date_long(lang, figures::regime_change_date());
        let text = tr(
            lang,
            &format!("req-exc-{}", self.id),
            &[("regime_date", regime_date.into())],
        );
        format!("{text} ({})", self.source)
    }
}

/// A document that proves a requirement, or a note about documents (what
/// UDI fetches itself, what to do when one is missing).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Document {
    /// Fluent id `req-doc-<id>`.
    pub id: &'static str,
    /// Advice about documents rather than a document to attach: never
    /// offered as an attachment title.
    pub note: bool,
    #[serde(skip)]
    when: fn(&Facts) -> bool,
}

impl Document {
    /// Whether the document is relevant for these facts.
    pub fn applies(&self, facts: &Facts) -> bool {
        (self.when)(facts)
    }
    pub fn render(&self, lang: Lang) -> String {
        t(lang, &format!("req-doc-{}", self.id))
    }
}

/// Facts and the day the case is assessed.
pub(crate) struct Ctx<'a> {
    pub facts: &'a Facts,
    pub date: NaiveDate,
}

/// One requirement of the catalogue.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Requirement {
    /// Stable id, one of [`IDS`].
    pub id: &'static str,
    /// The legal source, e.g. "utl. § 58, utf. § 10-8".
    pub source: &'static str,
    pub exceptions: &'static [Exception],
    pub documents: &'static [Document],
    #[serde(skip)]
    evaluate: fn(&Ctx) -> Outcome,
}

impl Requirement {
    /// Short title, e.g. "Framtidig inntekt".
    pub fn title(&self, lang: Lang) -> String {
        t(lang, &format!("req-{}-title", self.id))
    }
    /// What the requirement is, in plain words.
    pub fn explanation(&self, lang: Lang) -> String {
        t(lang, &format!("req-{}-explain", self.id))
    }
    /// Evaluates the requirement on `date` (the assessment date).
    pub fn evaluate(&self, facts: &Facts, date: NaiveDate) -> RequirementResult {
        let o = (self.evaluate)(&Ctx { facts, date });
        RequirementResult {
            id: self.id,
            status: o.status,
            reason: o.reason,
            notes: o.notes,
            missing: o.missing,
            figure: o.figure,
            shortfall: o.shortfall,
            both_24_on: o.both_24_on,
            assessment_date: date,
            facts: facts.clone(),
        }
    }
}

/// A value inside a message; formatted per language when rendered.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Arg {
    /// Kroner.
    Amount(u64),
    Date(NaiveDate),
    /// A number of years etc., "2,5".
    Decimal(f64),
    /// A plain whole number, e.g. a year (no digit grouping).
    Int(i64),
    /// Another Fluent message, by id.
    Msg(String),
    /// Text as is (e.g. a selector value).
    Text(String),
    /// Fact names, rendered as their plain labels.
    Facts(Vec<&'static str>),
    /// How an income figure was arrived at.
    Basis(Basis),
}

/// A Fluent message id with its arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    pub id: &'static str,
    pub args: BTreeMap<&'static str, Arg>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: BTreeMap::new(),
        }
    }
    pub fn arg(mut self, k: &'static str, v: Arg) -> Self {
        self.args.insert(k, v);
        self
    }
    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        render_message(lang, self.id, &self.args)
    }
}

fn render_arg(lang: Lang, a: &Arg) -> String {
    match a {
        Arg::Amount(n) => fmt::nok(lang, *n as i64),
        Arg::Date(d) => fmt::date_long(lang, *d),
        Arg::Decimal(x) => fmt::decimal(lang, *x),
        Arg::Int(i) => i.to_string(),
        Arg::Msg(id) => t(lang, id),
        Arg::Text(s) => s.clone(),
        Arg::Facts(v) => v
            .iter()
            .map(|f| fact_label(lang, f))
            .collect::<Vec<_>>()
            .join(", "),
        Arg::Basis(b) => render_basis(lang, b),
    }
}

fn render_message(lang: Lang, id: &str, args: &BTreeMap<&'static str, Arg>) -> String {
    let mut fargs: Vec<(String, FluentValue)> = Vec::new();
    for (k, v) in args {
        fargs.push((k.to_string(), FluentValue::from(render_arg(lang, v))));
        // A numeric twin for plural selection in Fluent: `$years_num`.
        match v {
            Arg::Decimal(x) => fargs.push((format!("{k}_num"), FluentValue::from(*x))),
            Arg::Int(i) => fargs.push((format!("{k}_num"), FluentValue::from(*i))),
            _ => {}
        }
    }
    let refs: Vec<(&str, FluentValue)> =
        fargs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    tr(lang, id, &refs)
}

/// The plain label of a fact, e.g. "referansepersonens fødselsdato".
pub fn fact_label(lang: Lang, fact: &str) -> String {
    t(lang, &format!("fact-{fact}"))
}

/// "3,2 G, G = 130 160 kr fra 1. mai 2025" and the like.
pub fn render_basis(lang: Lang, b: &Basis) -> String {
    match b {
        Basis::G {
            multiplier,
            g,
            g_from,
        } => tr(
            lang,
            "req-basis-g",
            &[
                ("mult", fmt::decimal(lang, *multiplier).into()),
                ("g", fmt::nok(lang, *g as i64).into()),
                ("from", fmt::date_long(lang, *g_from).into()),
            ],
        ),
        Basis::AverageG { multiplier, year } => tr(
            lang,
            "req-basis-average-g",
            &[
                ("mult", fmt::decimal(lang, *multiplier).into()),
                ("year", year.to_string().into()),
            ],
        ),
        Basis::Lt19 => t(lang, "req-basis-lt19"),
        Basis::Decision => t(lang, "req-basis-decision"),
    }
}

/// What an evaluation function returns.
#[derive(Debug, Clone)]
pub(crate) struct Outcome {
    pub status: Status,
    pub reason: Message,
    pub notes: Vec<Message>,
    pub missing: Vec<&'static str>,
    pub figure: Option<IncomeFigure>,
    pub shortfall: Option<u64>,
    pub both_24_on: Option<NaiveDate>,
}

impl Outcome {
    pub fn new(status: Status, reason: Message) -> Self {
        Outcome {
            status,
            reason,
            notes: vec![],
            missing: vec![],
            figure: None,
            shortfall: None,
            both_24_on: None,
        }
    }
    /// `unknown`, naming the missing facts.
    pub fn missing(mut facts: Vec<&'static str>) -> Self {
        facts.sort_by_key(|f| FACT_ORDER.iter().position(|x| x == f));
        facts.dedup();
        let mut o = Outcome::new(
            Status::Unknown,
            Message::new("req-reason-missing").arg("facts", Arg::Facts(facts.clone())),
        );
        o.missing = facts;
        o
    }
}

/// Every fact, in the order of requirements.md (for stable messages).
pub const FACT_ORDER: [&str; 25] = [
    "relation",
    "sponsor_status",
    "family_formed",
    "cohabited_years",
    "cohabited_two_years_before_move",
    "child_together_conceived",
    "sponsor_birth_date",
    "applicant_birth_date",
    "assessment_date",
    "application_registered",
    "sponsor_fulltime_years",
    "sponsor_future_income",
    "sponsor_past_income",
    "past_income_year",
    "income_requirement_override",
    "past_income_requirement_override",
    "sponsor_past_income_exemption",
    "social_assistance_last_12_months",
    "social_assistance_exempt_reason",
    "application_within_one_year_of_sponsor_permit",
    "applicant_under_15_without_carers",
    "sponsor_trafficking_victim",
    "applicant_in_norway",
    "will_live_together",
    "sponsor_has_housing",
];

/// The result of one requirement for one case.
#[derive(Debug, Clone, Serialize)]
pub struct RequirementResult {
    pub id: &'static str,
    pub status: Status,
    /// Why, in plain words (rendered with [`RequirementResult::render`]).
    pub reason: Message,
    /// Further remarks, e.g. that the decision states a different figure.
    pub notes: Vec<Message>,
    /// Facts that must be filled in for a definite answer.
    pub missing: Vec<&'static str>,
    /// The income figure applied (income requirements only).
    pub figure: Option<IncomeFigure>,
    /// How much income is missing, when not met.
    pub shortfall: Option<u64>,
    /// alder24: the day both have turned 24, when known.
    pub both_24_on: Option<NaiveDate>,
    pub assessment_date: NaiveDate,
    #[serde(skip)]
    facts: Facts,
}

/// A result in one language, for the UI, the CLI and the letter.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedResult {
    pub id: String,
    pub title: String,
    pub status: Status,
    /// The status in words, e.g. "ikke oppfylt".
    pub status_label: String,
    pub reason: String,
    pub source: String,
    /// What the requirement is about.
    pub explanation: String,
    /// Exceptions and other ways it may still be met (when it needs attention).
    pub exceptions: Vec<String>,
    /// Documents that prove it (empty when it does not apply): each one a
    /// possible attachment.
    pub documents: Vec<String>,
    /// Advice about the documents (what UDI fetches itself, payslips not
    /// needed, explain what is missing); not attachments.
    pub document_notes: Vec<String>,
    /// Draft text for the letter's grounds when not met/unknown/discretionary.
    /// Placeholders the user must fill in look like "[skriv her: …]".
    pub suggested_argument: Option<String>,
    /// Names of facts that are missing (fact ids of requirements.md).
    pub missing: Vec<String>,
    /// URL of the income figure's source, for income requirements.
    pub figure_source: Option<String>,
}

impl RequirementResult {
    /// The catalogue entry of this result.
    pub fn requirement(&self) -> &'static Requirement {
        find(self.id).expect("result of a catalogue requirement")
    }

    /// Renders the result in `lang`.
    pub fn render(&self, lang: Lang) -> RenderedResult {
        let req = self.requirement();
        let mut reason = self.reason.render(lang);
        for n in &self.notes {
            reason.push(' ');
            reason.push_str(&n.render(lang));
        }
        let attention = self.status.needs_attention();
        let exceptions = if attention {
            req.exceptions
                .iter()
                .filter(|e| e.applies(&self.facts))
                .map(|e| e.render(lang))
                .collect()
        } else {
            vec![]
        };
        let (notes, docs): (Vec<&Document>, Vec<&Document>) =
            if self.status == Status::NotApplicable {
                (vec![], vec![])
            } else {
                req.documents
                    .iter()
                    .filter(|d| d.applies(&self.facts))
                    .partition(|d| d.note)
            };
        let documents = docs.iter().map(|d| d.render(lang)).collect();
        let document_notes = notes.iter().map(|d| d.render(lang)).collect();
        RenderedResult {
            id: self.id.to_string(),
            title: req.title(lang),
            status: self.status,
            status_label: self.status.label(lang),
            reason,
            source: req.source.to_string(),
            explanation: req.explanation(lang),
            exceptions,
            documents,
            document_notes,
            suggested_argument: attention.then(|| self.argument(lang)),
            missing: self.missing.iter().map(|s| s.to_string()).collect(),
            figure_source: self.figure.as_ref().map(|f| f.source.clone()),
        }
    }

    /// The draft paragraph for the letter (any status).
    pub fn argument(&self, lang: Lang) -> String {
        let mut args: BTreeMap<&'static str, Arg> = BTreeMap::new();
        let ph = |id: &str| Arg::Msg(format!("req-placeholder-{id}"));
        args.insert(
            "figure",
            match &self.figure {
                Some(f) => Arg::Amount(f.amount),
                None => ph("figure"),
            },
        );
        args.insert(
            "year",
            match self.facts.past_income_year {
                Some(y) => Arg::Int(y.into()),
                None => ph("year"),
            },
        );
        args.insert(
            "date24",
            match self.both_24_on {
                Some(d) => Arg::Date(d),
                None => ph("date"),
            },
        );
        let has24 = if self.both_24_on.is_some() {
            "yes"
        } else {
            "no"
        };
        args.insert("has24", Arg::Text(has24.into()));
        let id: &'static str = ARGUMENT_IDS
            .iter()
            .find(|(i, _)| *i == self.id)
            .map(|(_, m)| *m)
            .expect("argument message");
        render_message(lang, id, &args)
    }
}

const ARGUMENT_IDS: [(&str, &str); 7] = [
    ("personkrets", "req-personkrets-argument"),
    ("fireaarskrav", "req-fireaarskrav-argument"),
    ("alder24", "req-alder24-argument"),
    ("underhold_fremtidig", "req-underhold_fremtidig-argument"),
    ("underhold_tidligere", "req-underhold_tidligere-argument"),
    ("sosialstonad", "req-sosialstonad-argument"),
    ("bolig", "req-bolig-argument"),
];

/// The check of all requirements for one case.
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    /// In catalogue order.
    pub results: Vec<RequirementResult>,
    /// The date of the rules and figures the check is built on.
    pub rules_as_of: NaiveDate,
    /// The day the requirements were assessed on.
    pub assessment_date: NaiveDate,
}

/// A whole report in one language.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedReport {
    pub results: Vec<RenderedResult>,
    pub rules_as_of: NaiveDate,
    pub assessment_date: NaiveDate,
}

impl CheckReport {
    /// The result for requirement `id`.
    pub fn get(&self, id: &str) -> Option<&RequirementResult> {
        self.results.iter().find(|r| r.id == id)
    }
    /// All results rendered in `lang`.
    pub fn render(&self, lang: Lang) -> RenderedReport {
        RenderedReport {
            results: self.results.iter().map(|r| r.render(lang)).collect(),
            rules_as_of: self.rules_as_of,
            assessment_date: self.assessment_date,
        }
    }
}

/// The ordered catalogue.
pub fn catalogue() -> &'static [Requirement] {
    &rules::CATALOGUE
}

/// The requirement with this id.
pub fn find(id: &str) -> Option<&'static Requirement> {
    catalogue().iter().find(|r| r.id == id)
}

/// Checks every requirement. The assessment date is `facts.assessment_date`,
/// else `today`.
pub fn check(facts: &Facts, today: NaiveDate) -> CheckReport {
    let date = facts.assessment_date.unwrap_or(today);
    CheckReport {
        results: catalogue()
            .iter()
            .map(|r| r.evaluate(facts, date))
            .collect(),
        rules_as_of: rules_as_of(),
        assessment_date: date,
    }
}

/// The date of the rules and data the check (and every letter) is built on:
/// the day `data/figures.toml` was last reviewed against the sources.
pub fn rules_as_of() -> NaiveDate {
    figures::reviewed()
}

/// Whether the sponsor's income must meet the requirements: `Some(false)`
/// when an exemption of utf. § 10-8 removes them, `None` when a fact that
/// decides it is missing. Used by the interview.
pub fn income_requirements_apply(facts: &Facts, date: NaiveDate) -> Option<bool> {
    rules::future_exempt(&Ctx { facts, date }).v.map(|b| !b)
}
