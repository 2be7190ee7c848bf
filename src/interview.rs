//! The interview as data: the questions that establish the facts of
//! requirements.md, in an order a person can answer them, grouped into
//! screens, each with a condition on earlier answers, plain-language help and
//! the fact its answer sets. The desktop app renders it; `klagehjelp
//! interview` can run it on the terminal.
//!
//! Texts are Fluent messages in `locales/*/interview.ftl`: `q-<fact>` (the
//! question), `q-<fact>-help` (help), `opt-<fact>-<value>` (a choice),
//! `screen-<screen>` (a screen title).
use crate::Lang;
use crate::facts::{Facts, FamilyFormed, PastIncomeExemption, Relation, SponsorStatus};
use crate::i18n::{UserFacing, t, tr};
use crate::requirements;
use chrono::NaiveDate;
use serde::Serialize;

/// The kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// One of `options`.
    Choice,
    /// true or false.
    YesNo,
    /// YYYY-MM-DD.
    Date,
    /// A number, possibly with decimals (years), or a whole year.
    Number,
    /// Whole kroner.
    Amount,
}

/// A screen of the interview, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    Relation,
    Sponsor,
    Family,
    Dates,
    Work,
    Income,
    SocialAssistance,
    Housing,
    Applicant,
}

impl Screen {
    /// All screens in order.
    pub const ALL: [Screen; 9] = [
        Screen::Relation,
        Screen::Sponsor,
        Screen::Family,
        Screen::Dates,
        Screen::Work,
        Screen::Income,
        Screen::SocialAssistance,
        Screen::Housing,
        Screen::Applicant,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Screen::Relation => "relation",
            Screen::Sponsor => "sponsor",
            Screen::Family => "family",
            Screen::Dates => "dates",
            Screen::Work => "work",
            Screen::Income => "income",
            Screen::SocialAssistance => "social_assistance",
            Screen::Housing => "housing",
            Screen::Applicant => "applicant",
        }
    }
    /// The screen's title.
    pub fn title(self, lang: Lang) -> String {
        t(lang, &format!("screen-{}", self.code().replace('_', "-")))
    }
}

/// One question.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Question {
    /// The fact the answer sets (a field of [`Facts`]); also the question's id.
    pub fact: &'static str,
    pub kind: Kind,
    /// For [`Kind::Choice`]: the values (serde codes of the fact's enum).
    pub options: &'static [&'static str],
    pub screen: Screen,
    /// Whether the question may be left empty (the check then uses a default).
    pub optional: bool,
    /// When the question is shown, in words (for docs and tests).
    pub shown_when: &'static str,
    #[serde(skip)]
    condition: fn(&Facts) -> bool,
}

/// An option of a choice, rendered.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedOption {
    pub value: String,
    pub label: String,
}

/// A question in one language, for the UI.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedQuestion {
    pub id: String,
    pub fact: String,
    pub kind: Kind,
    pub screen: Screen,
    pub screen_title: String,
    pub text: String,
    pub help: String,
    pub optional: bool,
    pub options: Vec<RenderedOption>,
}

impl Question {
    /// The Fluent id of the question text.
    pub fn text_id(&self) -> String {
        format!("q-{}", self.fact)
    }
    /// The Fluent id of the help text.
    pub fn help_id(&self) -> String {
        format!("q-{}-help", self.fact)
    }
    /// Whether the question is asked, given the answers so far.
    pub fn is_visible(&self, facts: &Facts) -> bool {
        (self.condition)(facts)
    }
    /// The values a person can pick: `options`, or true/false for yes/no.
    pub fn values(&self) -> Vec<&'static str> {
        match self.kind {
            Kind::YesNo => vec!["true", "false"],
            _ => self.options.to_vec(),
        }
    }
    /// The question with its texts in `lang`.
    pub fn render(&self, lang: Lang) -> RenderedQuestion {
        let options = match self.kind {
            Kind::YesNo => vec![
                RenderedOption {
                    value: "true".into(),
                    label: t(lang, "interview-yes"),
                },
                RenderedOption {
                    value: "false".into(),
                    label: t(lang, "interview-no"),
                },
            ],
            _ => self
                .options
                .iter()
                .map(|v| RenderedOption {
                    value: v.to_string(),
                    label: t(lang, &format!("opt-{}-{v}", self.fact)),
                })
                .collect(),
        };
        RenderedQuestion {
            id: self.fact.to_string(),
            fact: self.fact.to_string(),
            kind: self.kind,
            screen: self.screen,
            screen_title: self.screen.title(lang),
            text: t(lang, &self.text_id()),
            help: t(lang, &self.help_id()),
            optional: self.optional,
            options,
        }
    }
}

// --- conditions -----------------------------------------------------------

fn always(_: &Facts) -> bool {
    true
}
fn is_couple(f: &Facts) -> bool {
    f.relation.is_some_and(Relation::is_couple)
}
fn couple_formed_after(f: &Facts) -> bool {
    is_couple(f) && f.family_formed == Some(FamilyFormed::AfterSponsorEntry)
}
fn is_cohabitant(f: &Facts) -> bool {
    f.relation == Some(Relation::Cohabitant)
}
fn child_together_relevant(f: &Facts) -> bool {
    is_cohabitant(f) || couple_formed_after(f)
}
fn sponsor_has_permit(f: &Facts) -> bool {
    !matches!(
        f.sponsor_status,
        Some(SponsorStatus::NorwegianCitizen | SponsorStatus::NordicCitizen)
    )
}
fn child_with_permit_sponsor(f: &Facts) -> bool {
    f.relation == Some(Relation::ChildUnder18) && sponsor_has_permit(f)
}
fn is_child_applicant(f: &Facts) -> bool {
    matches!(
        f.relation,
        Some(
            Relation::ChildUnder18
                | Relation::FosterChildUnder18
                | Relation::SiblingUnder18WithoutCarers
        )
    )
}
fn within_year_relevant(f: &Facts) -> bool {
    let refugee = f.sponsor_status == Some(SponsorStatus::Refugee)
        && (f.relation == Some(Relation::ChildUnder18)
            || (matches!(
                f.relation,
                Some(Relation::Spouse | Relation::RegisteredPartner | Relation::Cohabitant)
            ) && f.family_formed == Some(FamilyFormed::BeforeSponsorEntry)));
    let trafficking =
        f.sponsor_trafficking_victim == Some(true) && f.relation == Some(Relation::ChildUnder18);
    refugee || trafficking
}
fn four_years_relevant(f: &Facts) -> bool {
    couple_formed_after(f)
        && matches!(
            f.sponsor_status,
            Some(
                SponsorStatus::Refugee
                    | SponsorStatus::Humanitarian
                    | SponsorStatus::FamilyImmigration
                    | SponsorStatus::PermanentFromProtectedBasis
            )
        )
}

/// Whether the income questions matter: false only when an exemption
/// certainly removes the income requirements. Without an assessment date,
/// age-based exemptions are left open (the question is then shown).
pub fn income_applies(facts: &Facts) -> bool {
    let answer = match facts.assessment_date {
        Some(d) => requirements::income_requirements_apply(facts, d),
        None => {
            let mut f = facts.clone();
            f.sponsor_birth_date = None;
            // Any date: the only date-dependent exemption is now unknown.
            let any = NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date");
            requirements::income_requirements_apply(&f, any)
        }
    };
    answer != Some(false)
}
fn past_income_relevant(f: &Facts) -> bool {
    income_applies(f)
        && matches!(
            f.sponsor_past_income_exemption,
            None | Some(PastIncomeExemption::None)
        )
}
fn social_reason_relevant(f: &Facts) -> bool {
    income_applies(f) && f.social_assistance_last_12_months == Some(true)
}
const LIVE_TOGETHER: [Relation; 5] = [
    Relation::Spouse,
    Relation::RegisteredPartner,
    Relation::Cohabitant,
    Relation::ChildUnder18,
    Relation::ParentOfChildUnder18,
];
fn live_together_relevant(f: &Facts) -> bool {
    f.relation.is_none_or(|r| LIVE_TOGETHER.contains(&r))
}
fn housing_relevant(f: &Facts) -> bool {
    f.relation.is_some_and(|r| !LIVE_TOGETHER.contains(&r))
}

const fn q(
    fact: &'static str,
    kind: Kind,
    options: &'static [&'static str],
    screen: Screen,
    shown_when: &'static str,
    condition: fn(&Facts) -> bool,
) -> Question {
    Question {
        fact,
        kind,
        options,
        screen,
        optional: false,
        shown_when,
        condition,
    }
}

const fn optional(mut question: Question) -> Question {
    question.optional = true;
    question
}

static QUESTIONS: [Question; 25] = [
    // Relation
    q(
        "relation",
        Kind::Choice,
        &[
            "spouse",
            "registered_partner",
            "cohabitant",
            "fiance",
            "child_under_18",
            "parent_of_child_under_18",
            "single_parent_over_60",
            "parent_visit",
            "child_18_21_long_residence",
            "dependent_adult_child",
            "foster_child_under_18",
            "sibling_under_18_without_carers",
            "other",
        ],
        Screen::Relation,
        "always",
        always,
    ),
    // Sponsor
    q(
        "sponsor_status",
        Kind::Choice,
        &[
            "norwegian_citizen",
            "nordic_citizen",
            "refugee",
            "humanitarian",
            "family_immigration",
            "permanent_from_protected_basis",
            "permanent_other",
            "skilled_worker",
            "other_permit_with_basis",
            "permit_without_basis",
        ],
        Screen::Sponsor,
        "always",
        always,
    ),
    q(
        "sponsor_trafficking_victim",
        Kind::YesNo,
        &[],
        Screen::Sponsor,
        "the applicant is a child under 18 and the sponsor is not a Norwegian or Nordic citizen",
        child_with_permit_sponsor,
    ),
    // Family
    q(
        "family_formed",
        Kind::Choice,
        &[
            "before_sponsor_entry",
            "after_sponsor_entry",
            "while_both_held_permits",
        ],
        Screen::Family,
        "a couple (spouse, registered partner, cohabitant, fiancé(e))",
        is_couple,
    ),
    q(
        "cohabited_years",
        Kind::Number,
        &[],
        Screen::Family,
        "cohabitants",
        is_cohabitant,
    ),
    q(
        "cohabited_two_years_before_move",
        Kind::YesNo,
        &[],
        Screen::Family,
        "a couple whose family was formed after the sponsor came to Norway",
        couple_formed_after,
    ),
    q(
        "child_together_conceived",
        Kind::Choice,
        &[
            "none",
            "before_move",
            "while_both_held_permits",
            "after_move",
        ],
        Screen::Family,
        "cohabitants, or a couple whose family was formed after the sponsor came to Norway",
        child_together_relevant,
    ),
    q(
        "applicant_under_15_without_carers",
        Kind::YesNo,
        &[],
        Screen::Family,
        "the applicant is a child",
        is_child_applicant,
    ),
    // Dates
    q(
        "sponsor_birth_date",
        Kind::Date,
        &[],
        Screen::Dates,
        "always",
        always,
    ),
    q(
        "applicant_birth_date",
        Kind::Date,
        &[],
        Screen::Dates,
        "a couple whose family was formed after the sponsor came to Norway (24-year rule)",
        couple_formed_after,
    ),
    q(
        "application_registered",
        Kind::Date,
        &[],
        Screen::Dates,
        "the income requirements may apply",
        income_applies,
    ),
    q(
        "application_within_one_year_of_sponsor_permit",
        Kind::YesNo,
        &[],
        Screen::Dates,
        "refugee sponsor with a child, or with a spouse/partner/cohabitant from before entry; or trafficking-victim sponsor with a child",
        within_year_relevant,
    ),
    optional(q(
        "assessment_date",
        Kind::Date,
        &[],
        Screen::Dates,
        "always (optional: empty means today)",
        always,
    )),
    // Work
    q(
        "sponsor_fulltime_years",
        Kind::Number,
        &[],
        Screen::Work,
        "the four-year requirement may apply",
        four_years_relevant,
    ),
    // Income
    q(
        "sponsor_future_income",
        Kind::Amount,
        &[],
        Screen::Income,
        "the income requirements may apply",
        income_applies,
    ),
    optional(q(
        "income_requirement_override",
        Kind::Amount,
        &[],
        Screen::Income,
        "the income requirements may apply (optional)",
        income_applies,
    )),
    q(
        "sponsor_past_income_exemption",
        Kind::Choice,
        &[
            "none",
            "studies_60_credits",
            "military_service",
            "wealth_over_1m",
            "minimum_pension",
            "skilled_worker",
        ],
        Screen::Income,
        "the income requirements may apply",
        income_applies,
    ),
    q(
        "past_income_year",
        Kind::Number,
        &[],
        Screen::Income,
        "the income requirements may apply and no past-income exemption was chosen",
        past_income_relevant,
    ),
    q(
        "sponsor_past_income",
        Kind::Amount,
        &[],
        Screen::Income,
        "the income requirements may apply and no past-income exemption was chosen",
        past_income_relevant,
    ),
    optional(q(
        "past_income_requirement_override",
        Kind::Amount,
        &[],
        Screen::Income,
        "as the past income (optional)",
        past_income_relevant,
    )),
    // Social assistance
    q(
        "social_assistance_last_12_months",
        Kind::YesNo,
        &[],
        Screen::SocialAssistance,
        "the income requirements may apply",
        income_applies,
    ),
    q(
        "social_assistance_exempt_reason",
        Kind::Choice,
        &["none", "awaiting_benefits", "introduction_programme"],
        Screen::SocialAssistance,
        "the sponsor received social assistance in the last 12 months",
        social_reason_relevant,
    ),
    // Housing
    q(
        "will_live_together",
        Kind::YesNo,
        &[],
        Screen::Housing,
        "spouse, partner, cohabitant, child under 18 or parent of a child under 18 (or relation not answered)",
        live_together_relevant,
    ),
    q(
        "sponsor_has_housing",
        Kind::YesNo,
        &[],
        Screen::Housing,
        "any other relation",
        housing_relevant,
    ),
    // Applicant
    q(
        "applicant_in_norway",
        Kind::YesNo,
        &[],
        Screen::Applicant,
        "always",
        always,
    ),
];

/// All questions, in order.
pub fn questions() -> &'static [Question] {
    &QUESTIONS
}

/// The question that sets `fact`.
pub fn question(fact: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.fact == fact)
}

/// The questions to ask given the answers so far, in order.
pub fn visible(facts: &Facts) -> Vec<&'static Question> {
    QUESTIONS.iter().filter(|q| q.is_visible(facts)).collect()
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
                let kind = question(fact).map_or(Kind::Choice, |q| q.kind);
                let expected = match kind {
                    Kind::Choice => question(fact)
                        .map(|q| q.options.join(", "))
                        .unwrap_or_default(),
                    Kind::YesNo => "true, false".into(),
                    Kind::Date => "YYYY-MM-DD".into(),
                    Kind::Number => "2.5".into(),
                    Kind::Amount => "416512".into(),
                };
                tr(
                    lang,
                    "interview-error-value",
                    &[
                        ("fact", requirements::fact_label(lang, fact).into()),
                        ("value", value.clone().into()),
                        ("expected", expected.into()),
                    ],
                )
            }
        }
    }
}

/// Stores an answer: sets `fact` to `value` (JSON: a string code, a date
/// string, a number, a boolean; `null` clears it). Returns the new facts.
pub fn answer(facts: &Facts, fact: &str, value: serde_json::Value) -> Result<Facts, AnswerError> {
    if !requirements::FACT_ORDER.contains(&fact) {
        return Err(AnswerError::UnknownFact(fact.to_string()));
    }
    let shown = match &value {
        serde_json::Value::String(s) => s.clone(),
        v => v.to_string(),
    };
    let mut map = match serde_json::to_value(facts) {
        Ok(serde_json::Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    };
    if value.is_null() {
        map.remove(fact);
    } else {
        map.insert(fact.to_string(), value);
    }
    serde_json::from_value(serde_json::Value::Object(map)).map_err(|_| AnswerError::BadValue {
        fact: fact.to_string(),
        value: shown,
    })
}

/// Parses what a person typed for `q` into a JSON value for [`answer`]:
/// a choice code or its number (1-based), yes/no (ja/nei), a date, a number
/// (comma or point), an amount with spaces. Empty → `null`.
pub fn parse_typed(q: &Question, input: &str) -> serde_json::Value {
    use serde_json::Value;
    let s = input.trim();
    if s.is_empty() {
        return Value::Null;
    }
    match q.kind {
        Kind::Choice => match s.parse::<usize>() {
            Ok(n) if (1..=q.options.len()).contains(&n) => Value::String(q.options[n - 1].into()),
            _ => Value::String(s.to_string()),
        },
        Kind::YesNo => match s.to_lowercase().as_str() {
            "y" | "yes" | "j" | "ja" | "true" => Value::Bool(true),
            "n" | "no" | "nei" | "false" => Value::Bool(false),
            _ => Value::String(s.to_string()),
        },
        Kind::Date => Value::String(s.to_string()),
        Kind::Number | Kind::Amount => {
            let cleaned: String = s
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
                .collect::<String>()
                .replace(',', ".");
            let cleaned = cleaned.trim_end_matches("kr").trim_start_matches("NOK");
            match (q.kind, cleaned.parse::<f64>()) {
                (Kind::Amount, Ok(x)) if x >= 0.0 && x.fract() == 0.0 => Value::from(x as u64),
                (Kind::Number, Ok(x)) if x.fract() == 0.0 => Value::from(x as i64),
                (Kind::Number, Ok(x)) => Value::from(x),
                _ => Value::String(s.to_string()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn facts(v: serde_json::Value) -> Facts {
        serde_json::from_value(v).unwrap()
    }
    fn shown(f: &Facts) -> Vec<&'static str> {
        visible(f).iter().map(|q| q.fact).collect()
    }

    #[test]
    fn every_fact_has_exactly_one_question() {
        let mut facts: Vec<_> = QUESTIONS.iter().map(|q| q.fact).collect();
        facts.sort();
        let mut all = requirements::FACT_ORDER.to_vec();
        all.sort();
        assert_eq!(facts, all);
    }

    /// Every choice must be a value `Facts` accepts, spelled as in
    /// requirements.md (e.g. `child_under_18`).
    #[test]
    fn every_option_is_a_valid_answer() {
        let mut bad = vec![];
        for q in questions() {
            for v in q.values() {
                if answer(&Facts::default(), q.fact, parse_typed(q, v)).is_err() {
                    bad.push(format!("{}: {v}", q.fact));
                }
            }
        }
        assert!(bad.is_empty(), "values Facts rejects: {bad:?}");
    }

    #[test]
    fn every_question_and_option_has_text() {
        for q in questions() {
            for lang in Lang::ALL {
                let r = q.render(lang);
                assert!(
                    !r.text.starts_with("q-") && !r.help.starts_with("q-"),
                    "{}",
                    q.fact
                );
                for o in r.options {
                    assert!(!o.label.starts_with("opt-"), "{lang}: {}", o.label);
                }
                assert!(!r.screen_title.starts_with("screen-"));
            }
        }
    }

    #[test]
    fn screens_come_in_order() {
        let idx = |s: Screen| Screen::ALL.iter().position(|x| *x == s).unwrap();
        for w in QUESTIONS.windows(2) {
            assert!(
                idx(w[0].screen) <= idx(w[1].screen),
                "{} before {}",
                w[0].fact,
                w[1].fact
            );
        }
    }

    #[test]
    fn cohabitation_questions_only_for_cohabitants() {
        let spouse = facts(json!({"relation": "spouse", "family_formed": "before_sponsor_entry"}));
        assert!(!shown(&spouse).contains(&"cohabited_years"));
        assert!(!shown(&spouse).contains(&"child_together_conceived"));
        let cohab = facts(json!({"relation": "cohabitant"}));
        assert!(shown(&cohab).contains(&"cohabited_years"));
        assert!(shown(&cohab).contains(&"child_together_conceived"));
    }

    #[test]
    fn four_year_questions_only_when_it_can_apply() {
        let base = json!({"relation": "spouse", "family_formed": "after_sponsor_entry"});
        let mut v = base.clone();
        v["sponsor_status"] = json!("refugee");
        assert!(shown(&facts(v)).contains(&"sponsor_fulltime_years"));
        let mut v = base.clone();
        v["sponsor_status"] = json!("norwegian_citizen");
        assert!(!shown(&facts(v)).contains(&"sponsor_fulltime_years"));
        let v = json!({"relation": "spouse", "family_formed": "before_sponsor_entry", "sponsor_status": "refugee"});
        assert!(!shown(&facts(v)).contains(&"sponsor_fulltime_years"));
        let child = Facts {
            relation: Some(Relation::ChildUnder18),
            sponsor_status: Some(SponsorStatus::Refugee),
            ..Facts::default()
        };
        assert!(!shown(&child).contains(&"sponsor_fulltime_years"));
    }

    #[test]
    fn income_questions_hidden_only_when_an_exemption_is_certain() {
        let base = json!({"relation": "spouse", "sponsor_status": "refugee",
            "family_formed": "before_sponsor_entry"});
        assert!(shown(&facts(base.clone())).contains(&"sponsor_future_income"));
        let mut v = base.clone();
        v["application_within_one_year_of_sponsor_permit"] = json!(true);
        let s = shown(&facts(v));
        for fact in [
            "sponsor_future_income",
            "sponsor_past_income_exemption",
            "sponsor_past_income",
            "social_assistance_last_12_months",
            "application_registered",
        ] {
            assert!(!s.contains(&fact), "{fact}");
        }
        // Sponsor under 18 on the assessment date: no income questions.
        let minor = Facts {
            relation: Some(Relation::ChildUnder18),
            sponsor_status: Some(SponsorStatus::NorwegianCitizen),
            sponsor_birth_date: "2010-01-01".parse().ok(),
            assessment_date: "2026-01-01".parse().ok(),
            ..Facts::default()
        };
        assert!(!shown(&minor).contains(&"sponsor_future_income"));
        // Without an assessment date the age cannot be known: ask.
        let mut undated = minor.clone();
        undated.assessment_date = None;
        assert!(shown(&undated).contains(&"sponsor_future_income"));
    }

    #[test]
    fn past_income_questions_skip_when_exempt() {
        let v = json!({"relation": "spouse", "sponsor_status": "norwegian_citizen",
            "sponsor_past_income_exemption": "military_service"});
        let s = shown(&facts(v));
        assert!(!s.contains(&"sponsor_past_income") && !s.contains(&"past_income_year"));
        let v = json!({"relation": "spouse", "sponsor_status": "norwegian_citizen",
            "sponsor_past_income_exemption": "none"});
        assert!(shown(&facts(v)).contains(&"sponsor_past_income"));
    }

    #[test]
    fn social_reason_only_after_yes() {
        let no = facts(json!({"relation": "spouse", "social_assistance_last_12_months": false}));
        assert!(!shown(&no).contains(&"social_assistance_exempt_reason"));
        let yes = facts(json!({"relation": "spouse", "social_assistance_last_12_months": true}));
        assert!(shown(&yes).contains(&"social_assistance_exempt_reason"));
    }

    #[test]
    fn housing_question_depends_on_relation() {
        let spouse = facts(json!({"relation": "spouse"}));
        assert!(shown(&spouse).contains(&"will_live_together"));
        assert!(!shown(&spouse).contains(&"sponsor_has_housing"));
        let fiance = facts(json!({"relation": "fiance"}));
        assert!(!shown(&fiance).contains(&"will_live_together"));
        assert!(shown(&fiance).contains(&"sponsor_has_housing"));
    }

    #[test]
    fn within_year_only_for_refugee_or_trafficking_cases() {
        let v = json!({"relation": "spouse", "sponsor_status": "refugee", "family_formed": "before_sponsor_entry"});
        assert!(shown(&facts(v)).contains(&"application_within_one_year_of_sponsor_permit"));
        let v = json!({"relation": "spouse", "sponsor_status": "refugee", "family_formed": "after_sponsor_entry"});
        assert!(!shown(&facts(v)).contains(&"application_within_one_year_of_sponsor_permit"));
        let child = Facts {
            relation: Some(Relation::ChildUnder18),
            sponsor_status: Some(SponsorStatus::OtherPermitWithBasis),
            sponsor_trafficking_victim: Some(true),
            ..Facts::default()
        };
        assert!(shown(&child).contains(&"application_within_one_year_of_sponsor_permit"));
        let mut no = child.clone();
        no.sponsor_trafficking_victim = Some(false);
        assert!(!shown(&no).contains(&"application_within_one_year_of_sponsor_permit"));
    }

    #[test]
    fn answers_are_typed_and_checked() {
        let q = question("sponsor_future_income").unwrap();
        let f = answer(&Facts::default(), q.fact, parse_typed(q, "416 512")).unwrap();
        assert_eq!(f.sponsor_future_income, Some(416_512));
        let q = question("sponsor_fulltime_years").unwrap();
        let f = answer(&f, q.fact, parse_typed(q, "2,5")).unwrap();
        assert_eq!(f.sponsor_fulltime_years, Some(2.5));
        let q = question("relation").unwrap();
        let f = answer(&f, q.fact, parse_typed(q, "1")).unwrap();
        assert_eq!(f.relation, Some(Relation::Spouse));
        let e = answer(&f, "relation", json!("cousin")).unwrap_err();
        assert_eq!(e.code(), "interview.bad_value");
        assert!(e.message(Lang::Nb).contains("cousin"));
        let f = answer(&f, "relation", serde_json::Value::Null).unwrap();
        assert_eq!(f.relation, None);
        assert!(answer(&f, "nope", json!(1)).is_err());
        let q = question("sponsor_birth_date").unwrap();
        assert!(answer(&f, q.fact, parse_typed(q, "2026-02-30")).is_err());
    }
}
