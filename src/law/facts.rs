//! The facts of a case: the vocabulary of the requirements check
//! (requirements.md v2 § 4.2). Every fact is optional; a rule that needs a
//! missing fact answers `unknown` and names it. Only three facts have
//! defaults (§ 4.1): `assessment_date` (today), `refusal_grounds` (none) and
//! `past_income_year` (the year before the assessment date).
//!
//! The value lists of the enumerations are written once, here, and every other
//! part (the interview's choices, the CLI, the app) reads them from
//! [`FactEnum::VALUES`].
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

/// The kind of answer a fact takes (the interview renders it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// One of the values of an enumeration.
    Choice,
    YesNo,
    /// YYYY-MM-DD.
    Date,
    /// A date, or "never".
    DateOrNever,
    /// Years, possibly with decimals.
    Number,
    /// Whole kroner.
    Amount,
    /// A calendar year.
    Year,
}

/// The type of a fact: its kind and, for enumerations, its values.
pub trait FactType {
    const KIND: FactKind;
    const VALUES: &'static [&'static str] = &[];
}

impl FactType for bool {
    const KIND: FactKind = FactKind::YesNo;
}
impl FactType for NaiveDate {
    const KIND: FactKind = FactKind::Date;
}
impl FactType for u64 {
    const KIND: FactKind = FactKind::Amount;
}
impl FactType for f64 {
    const KIND: FactKind = FactKind::Number;
}
impl FactType for i32 {
    const KIND: FactKind = FactKind::Year;
}
impl FactType for LastPaid {
    const KIND: FactKind = FactKind::DateOrNever;
}

/// An enumeration of fact values with their serialised codes.
pub trait FactEnum: Sized + Copy + 'static {
    /// Every code, in the order requirements.md lists them.
    const VALUES: &'static [&'static str];
    fn code(self) -> &'static str;
    fn from_code(s: &str) -> Option<Self>;
}

macro_rules! fact_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $v),+ }
        impl FactEnum for $name {
            const VALUES: &'static [&'static str] = &[$($code),+];
            fn code(self) -> &'static str { match self { $($name::$v => $code),+ } }
            fn from_code(s: &str) -> Option<Self> { match s { $($code => Some($name::$v),)+ _ => None } }
        }
        impl FactType for $name {
            const KIND: FactKind = FactKind::Choice;
            const VALUES: &'static [&'static str] = &[$($code),+];
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.code()) }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                $name::from_code(&s).ok_or_else(|| serde::de::Error::unknown_variant(&s, <Self as FactEnum>::VALUES))
            }
        }
    };
}

fact_enum!(
    /// The applicant's relation to the sponsor (guidance.md § 5.1).
    Relation {
        Spouse = "spouse",
        RegisteredPartner = "registered_partner",
        Cohabitant = "cohabitant",
        Fiance = "fiance",
        ChildUnder18 = "child_under_18",
        ParentOfChildUnder18 = "parent_of_child_under_18",
        ParentWithAccessRights = "parent_with_access_rights",
        ParentOfProtectedMinor = "parent_of_protected_minor",
        SingleParentOver60 = "single_parent_over_60",
        ParentVisit = "parent_visit",
        Child1821LongResidence = "child_18_21_long_residence",
        DependentAdultChild = "dependent_adult_child",
        FosterChildUnder18 = "foster_child_under_18",
        SiblingUnder18WithoutCarers = "sibling_under_18_without_carers",
        Other = "other",
    }
);

fact_enum!(
    /// The sponsor's (referansepersonens) status in Norway.
    SponsorStatus {
        NorwegianCitizen = "norwegian_citizen",
        NordicCitizen = "nordic_citizen",
        /// utl. § 28, including resettlement (§ 35).
        Refugee = "refugee",
        /// utl. § 34.
        CollectiveProtection = "collective_protection",
        /// utl. § 38.
        Humanitarian = "humanitarian",
        FamilyImmigration = "family_immigration",
        PermanentFromProtectedBasis = "permanent_from_protected_basis",
        PermanentOther = "permanent_other",
        /// utf. § 6-1.
        SkilledWorker = "skilled_worker",
        StudyPermit = "study_permit",
        /// utf. § 6-20.
        ResearcherOwnFunds = "researcher_own_funds",
        OtherPermitWithBasis = "other_permit_with_basis",
        PermitWithoutBasis = "permit_without_basis",
    }
);

fact_enum!(
    /// When the (earliest-conceived) common child was conceived.
    ChildConceived {
        None = "none",
        BeforeSponsorEntry = "before_sponsor_entry",
        InNorwayWhileBothLawful = "in_norway_while_both_lawful",
        AfterSponsorEntry = "after_sponsor_entry",
    }
);

fact_enum!(
    /// Special grounds for an exception from the four-year rule (utl. § 40 a third paragraph).
    FamilyUnityGrounds { None = "none", CommonChild = "common_child", Other = "other" }
);

fact_enum!(
    /// The other parent's consent for a child with one parent in Norway.
    OtherParentConsent { NotNeeded = "not_needed", Given = "given", Missing = "missing" }
);

fact_enum!(
    /// What the refusal says about whether the relationship is clearly voluntary.
    Voluntariness { Accepted = "accepted", Doubted = "doubted", NotAddressed = "not_addressed" }
);

fact_enum!(
    /// The sponsor's pension from folketrygden.
    PensionType { None = "none", Retirement = "retirement", Disability = "disability" }
);

fact_enum!(
    /// NAV's minimum-benefit category for disability benefit (uføretrygd).
    DisabilityRate {
        MarriedOrCohabiting = "married_or_cohabiting",
        MarriedConverted = "married_converted",
        Single = "single",
    }
);

fact_enum!(
    /// Exemptions from the past-income requirement (utf. § 10-9).
    PastIncomeExemption {
        None = "none",
        Studies60Credits = "studies_60_credits",
        MilitaryService = "military_service",
        WealthOver1m = "wealth_over_1m",
    }
);

fact_enum!(
    /// Exemptions from the social-assistance quarantine (utf. § 10-10 (a), (b)).
    SocialAssistanceExemption {
        None = "none",
        AwaitingBenefits = "awaiting_benefits",
        IntroductionProgramme = "introduction_programme",
    }
);

fact_enum!(
    /// The applicant's basis of stay in Norway (routes and the `soknad_fra_norge` guidance).
    PermitBasisInNorway { None = "none", SchengenVisa = "schengen_visa", OtherLawful = "other_lawful" }
);

/// The last payment of social assistance: a date, or never.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LastPaid {
    Never,
    On(NaiveDate),
}

impl Serialize for LastPaid {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            LastPaid::Never => s.serialize_str("never"),
            LastPaid::On(d) => s.serialize_str(&d.format("%Y-%m-%d").to_string()),
        }
    }
}

impl<'de> Deserialize<'de> for LastPaid {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s == "never" {
            return Ok(LastPaid::Never);
        }
        NaiveDate::parse_from_str(&s, "%Y-%m-%d")
            .map(LastPaid::On)
            .map_err(|_| serde::de::Error::custom("expected a date YYYY-MM-DD or \"never\""))
    }
}

macro_rules! facts_struct {
    ($( $(#[$m:meta])* $name:ident : $ty:ty ),+ $(,)?) => {
        /// The facts of requirements.md v2 § 4.2. Amounts are whole kroner.
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        pub struct Facts {
            $( $(#[$m])* #[serde(default, skip_serializing_if = "Option::is_none")] pub $name: Option<$ty>, )+
            /// The grounds named in the refusal (requirement or refusal-ground ids).
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub refusal_grounds: Vec<String>,
            /// Income for other years (`{"2026": 420000}`).
            #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
            pub sponsor_past_income_by_year: BTreeMap<String, u64>,
            /// The work-abroad part of those.
            #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
            pub sponsor_past_income_abroad_by_year: BTreeMap<String, u64>,
            /// Facts this version does not know: kept and written back, never used.
            #[serde(flatten)]
            pub unknown: BTreeMap<String, serde_json::Value>,
        }

        /// The names of the single-valued facts, in the order of requirements.md § 4.2.
        pub const FACT_NAMES: &[&str] = &[$(stringify!($name)),+];

        /// Each single-valued fact with its kind and values, derived from its type.
        pub const FACT_TYPES: &[(&str, FactKind, &[&str])] =
            &[$((stringify!($name), <$ty as FactType>::KIND, <$ty as FactType>::VALUES)),+];
    };
}

facts_struct! {
    relation: Relation,
    sponsor_status: SponsorStatus,
    sponsor_birth_date: NaiveDate,
    applicant_birth_date: NaiveDate,
    sponsor_always_lived_in_norway: bool,
    sponsor_settled_in_norway_date: NaiveDate,
    marriage_date: NaiveDate,
    cohabited_years: f64,
    cohabited_two_years_before_move: bool,
    cohabitation_established_before_entry: bool,
    child_together_conceived: ChildConceived,
    child_together_born_before_entry: bool,
    married_in_norway_while_both_lawful: bool,
    cohabited_in_norway_while_both_lawful: bool,
    family_unity_grounds: FamilyUnityGrounds,
    other_parent_consent: OtherParentConsent,
    decision_voluntariness: Voluntariness,
    sponsor_fulltime_years: f64,
    application_registered: NaiveDate,
    application_delivered: NaiveDate,
    application_complete_date: NaiveDate,
    application_deadline_prevented: bool,
    sponsor_permit_decision_date: NaiveDate,
    is_renewal: bool,
    first_family_application_registered: NaiveDate,
    applicant_born_in_norway: bool,
    applicant_under_15_without_carers: bool,
    sponsor_trafficking_victim: bool,
    sponsor_future_income: u64,
    applicant_lawful_income_norway: u64,
    applicant_means: u64,
    sponsor_in_higher_education: bool,
    sponsor_pension_type: PensionType,
    sponsor_pension_amount: u64,
    sponsor_disability_rate: DisabilityRate,
    sponsor_past_income: u64,
    sponsor_past_income_abroad: u64,
    past_income_year: i32,
    sponsor_past_income_exemption: PastIncomeExemption,
    social_assistance_last_paid: LastPaid,
    social_assistance_exempt_reason: SocialAssistanceExemption,
    will_live_together: bool,
    sponsor_has_housing: bool,
    /// Figure printed in the refusal: display only, never the requirement (§ 2.13).
    decision_stated_future_figure: u64,
    applicant_in_norway: bool,
    applicant_permit_basis_in_norway: PermitBasisInNorway,
    /// The day UDI, UNE or the embassy is expected to decide (default: today).
    assessment_date: NaiveDate,
}

impl Facts {
    /// The past income for an income year given as `"YYYY"` (by-year map).
    pub fn past_income_for(&self, year: i32) -> Option<u64> {
        self.sponsor_past_income_by_year
            .get(&year.to_string())
            .copied()
    }
    /// The work-abroad part of the past income for `year` (by-year map).
    pub fn past_income_abroad_for(&self, year: i32) -> Option<u64> {
        self.sponsor_past_income_abroad_by_year
            .get(&year.to_string())
            .copied()
    }
    /// Whether a fact (by name, `map.key` for the by-year maps) has a value.
    pub fn has(&self, name: &str) -> bool {
        if let Some((map, key)) = name.split_once('.') {
            return match map {
                "sponsor_past_income_by_year" => self.sponsor_past_income_by_year.contains_key(key),
                "sponsor_past_income_abroad_by_year" => {
                    self.sponsor_past_income_abroad_by_year.contains_key(key)
                }
                _ => false,
            };
        }
        present(&self.as_map(), name)
    }

    /// The facts as a JSON object (empty if they cannot be written as one).
    fn as_map(&self) -> serde_json::Map<String, serde_json::Value> {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(m)) => m,
            _ => serde_json::Map::new(),
        }
    }
    /// The facts with one fact (by name, `map.key` for the by-year maps) set to
    /// `value` (JSON null removes it). Fails with the serde message when the
    /// value does not fit the fact.
    pub fn with(&self, name: &str, value: serde_json::Value) -> Result<Facts, String> {
        let mut m = match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(m)) => m,
            _ => return Err("facts".into()),
        };
        if let Some((map, key)) = name.split_once('.') {
            let entry = m
                .entry(map.to_string())
                .or_insert_with(|| serde_json::Value::Object(Default::default()));
            if let serde_json::Value::Object(inner) = entry {
                if value.is_null() {
                    inner.remove(key);
                } else {
                    inner.insert(key.to_string(), value);
                }
            }
        } else if value.is_null() {
            m.remove(name);
        } else {
            m.insert(name.to_string(), value);
        }
        serde_json::from_value(serde_json::Value::Object(m)).map_err(|e| e.to_string())
    }
    /// The names of the facts that have a value (by-year entries as `map.key`),
    /// unknown facts left out.
    pub fn answered(&self) -> Vec<String> {
        // One JSON object for all names (writing it once per name cost a
        // tenth of a letter).
        let map = self.as_map();
        let mut out: Vec<String> = FACT_NAMES
            .iter()
            .filter(|n| present(&map, n))
            .map(|n| n.to_string())
            .collect();
        if !self.refusal_grounds.is_empty() {
            out.push("refusal_grounds".into());
        }
        for k in self.sponsor_past_income_by_year.keys() {
            out.push(format!("sponsor_past_income_by_year.{k}"));
        }
        for k in self.sponsor_past_income_abroad_by_year.keys() {
            out.push(format!("sponsor_past_income_abroad_by_year.{k}"));
        }
        out
    }
}

/// Whether the fact `name` has a value in `map` (see [`Facts::as_map`]).
fn present(map: &serde_json::Map<String, serde_json::Value>, name: &str) -> bool {
    map.get(name).is_some_and(|v| !v.is_null())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for v in <Relation as FactEnum>::VALUES {
            let r: Relation = serde_json::from_str(&format!("\"{v}\"")).unwrap();
            assert_eq!(r.code(), *v);
        }
        assert!(serde_json::from_str::<Relation>("\"husband\"").is_err());
    }

    #[test]
    fn last_paid_reads_never_and_dates() {
        let f: Facts = serde_json::from_str(
            r#"{"social_assistance_last_paid":"never","sponsor_past_income_by_year":{"2026":1}}"#,
        )
        .unwrap();
        assert_eq!(f.social_assistance_last_paid, Some(LastPaid::Never));
        assert_eq!(f.past_income_for(2026), Some(1));
        let f: Facts =
            serde_json::from_str(r#"{"social_assistance_last_paid":"2026-07-01"}"#).unwrap();
        assert!(matches!(
            f.social_assistance_last_paid,
            Some(LastPaid::On(_))
        ));
        assert!(
            serde_json::from_str::<Facts>(r#"{"social_assistance_last_paid":"soon"}"#).is_err()
        );
    }

    #[test]
    fn unknown_facts_are_kept() {
        let f: Facts = serde_json::from_str(r#"{"relation":"spouse","shoe_size":44}"#).unwrap();
        assert_eq!(f.unknown.get("shoe_size"), Some(&serde_json::json!(44)));
        let back = serde_json::to_value(&f).unwrap();
        assert_eq!(back["shoe_size"], 44);
    }

    #[test]
    fn with_sets_and_removes_nested_and_plain_facts() {
        let f = Facts::default()
            .with("sponsor_past_income_by_year.2026", serde_json::json!(5))
            .unwrap()
            .with("relation", serde_json::json!("spouse"))
            .unwrap();
        assert!(f.has("sponsor_past_income_by_year.2026"));
        assert!(f.has("relation"));
        let f = f.with("relation", serde_json::Value::Null).unwrap();
        assert!(!f.has("relation"));
        assert!(f.with("relation", serde_json::json!("aunt")).is_err());
    }
}
