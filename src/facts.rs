//! The facts of a case (requirements.md, "Facts"): the input of the
//! requirements check. Every field is optional; a rule that needs a missing
//! fact answers `unknown` and names the fact.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Family relation between applicant and sponsor (referanseperson).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Spouse,
    RegisteredPartner,
    Cohabitant,
    Fiance,
    #[serde(rename = "child_under_18")]
    ChildUnder18,
    #[serde(rename = "parent_of_child_under_18")]
    ParentOfChildUnder18,
    #[serde(rename = "single_parent_over_60")]
    SingleParentOver60,
    ParentVisit,
    #[serde(rename = "child_18_21_long_residence")]
    Child1821LongResidence,
    DependentAdultChild,
    #[serde(rename = "foster_child_under_18")]
    FosterChildUnder18,
    #[serde(rename = "sibling_under_18_without_carers")]
    SiblingUnder18WithoutCarers,
    Other,
}

impl Relation {
    /// Spouse, registered partner, cohabitant or fiancé(e): the couples.
    pub fn is_couple(self) -> bool {
        matches!(
            self,
            Relation::Spouse
                | Relation::RegisteredPartner
                | Relation::Cohabitant
                | Relation::Fiance
        )
    }
}

/// The sponsor's (referansepersonens) status in Norway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SponsorStatus {
    NorwegianCitizen,
    NordicCitizen,
    Refugee,
    Humanitarian,
    FamilyImmigration,
    /// Permanent permit based on a refugee, humanitarian or family permit.
    PermanentFromProtectedBasis,
    PermanentOther,
    SkilledWorker,
    OtherPermitWithBasis,
    PermitWithoutBasis,
}

/// When the family was formed, relative to the sponsor's entry into Norway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FamilyFormed {
    BeforeSponsorEntry,
    /// Also a sponsor who has always lived in Norway (familieetablering).
    AfterSponsorEntry,
    WhileBothHeldPermits,
}

/// Whether and when a child together was conceived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChildConceived {
    None,
    BeforeMove,
    WhileBothHeldPermits,
    AfterMove,
}

/// Exemptions from the past-income requirement (utf. § 10-9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PastIncomeExemption {
    None,
    #[serde(rename = "studies_60_credits")]
    Studies60Credits,
    MilitaryService,
    #[serde(rename = "wealth_over_1m")]
    WealthOver1m,
    MinimumPension,
    SkilledWorker,
}

/// Exemptions from the social-assistance quarantine (utf. § 10-10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SocialAssistanceExemption {
    None,
    /// Paid while waiting for benefits (trygdeytelser) or housing benefit.
    AwaitingBenefits,
    /// Paid to someone who received benefits under the Introduction Act.
    IntroductionProgramme,
}

/// The facts of requirements.md. Amounts are whole NOK per year, gross.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor_status: Option<SponsorStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_formed: Option<FamilyFormed>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohabited_years: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohabited_two_years_before_move: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_together_conceived: Option<ChildConceived>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor_birth_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicant_birth_date: Option<NaiveDate>,
    /// The day UDI/UNE will decide; the check uses "today" when missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_registered: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor_fulltime_years: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor_future_income: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor_past_income: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub past_income_year: Option<i32>,
    /// The future-income figure stated in the decision (used when the table has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub income_requirement_override: Option<u64>,
    /// The past-income figure stated in the decision (used when the table has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub past_income_requirement_override: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor_past_income_exemption: Option<PastIncomeExemption>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub social_assistance_last_12_months: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub social_assistance_exempt_reason: Option<SocialAssistanceExemption>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_within_one_year_of_sponsor_permit: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicant_under_15_without_carers: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor_trafficking_victim: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicant_in_norway: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub will_live_together: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor_has_housing: Option<bool>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scenario_facts_parse() {
        let json = r#"{"relation":"child_18_21_long_residence","sponsor_status":"permanent_from_protected_basis",
            "sponsor_past_income_exemption":"studies_60_credits","sponsor_fulltime_years":2.5,
            "sponsor_birth_date":"1990-04-12"}"#;
        let f: Facts = serde_json::from_str(json).unwrap();
        assert_eq!(f.relation, Some(Relation::Child1821LongResidence));
        assert_eq!(
            f.sponsor_past_income_exemption,
            Some(PastIncomeExemption::Studies60Credits)
        );
        assert_eq!(f.sponsor_fulltime_years, Some(2.5));
    }

    #[test]
    fn relation_names_follow_requirements_md() {
        for name in [
            "child_under_18",
            "parent_of_child_under_18",
            "single_parent_over_60",
            "foster_child_under_18",
            "sibling_under_18_without_carers",
            "child_18_21_long_residence",
        ] {
            let r: Relation = serde_json::from_str(&format!("\"{name}\"")).unwrap();
            assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{name}\""));
        }
    }

    #[test]
    fn unknown_fact_is_an_error() {
        assert!(serde_json::from_str::<Facts>(r#"{"sponsor_future_incme": 1}"#).is_err());
    }
}
