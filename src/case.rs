//! The case file (`*.klage.json`, format `klagehjelp-case/1`): what the
//! applicant or the volunteer entered, nothing derived. See README and
//! `tests/fixtures/*.klage.json`.
//!
//! Dates and the DUF number are kept as typed (strings), so a case in progress
//! can be saved with a half-typed value and nothing is lost; validation turns
//! them into checked values and reports every problem at once.
use crate::Lang;
use crate::facts::Facts;
use serde::{Deserialize, Serialize};

/// The format tag this version reads and writes.
pub const FORMAT: &str = "klagehjelp-case/1";

/// One case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Case {
    pub format: String,
    #[serde(default)]
    pub letter_language: Lang,
    #[serde(default)]
    pub applicant: Applicant,
    /// The DUF number as typed.
    #[serde(default)]
    pub duf: String,
    #[serde(default)]
    pub decision: Decision,
    #[serde(default)]
    pub facts: Facts,
    #[serde(default)]
    pub grounds: Vec<Ground>,
    #[serde(default)]
    pub request_deferred_implementation: bool,
    #[serde(default)]
    pub will_send_more_documents: bool,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    #[serde(default)]
    pub representative: Option<Representative>,
    #[serde(default)]
    pub signed_place: String,
}

impl Default for Case {
    fn default() -> Self {
        Case {
            format: FORMAT.to_string(),
            letter_language: Lang::Nb,
            applicant: Applicant::default(),
            duf: String::new(),
            decision: Decision::default(),
            facts: Facts::default(),
            grounds: vec![],
            request_deferred_implementation: false,
            will_send_more_documents: false,
            attachments: vec![],
            representative: None,
            signed_place: String::new(),
        }
    }
}

/// The person who applied and was refused (the klager).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Applicant {
    #[serde(default)]
    pub given_name: String,
    #[serde(default)]
    pub family_name: String,
    /// `YYYY-MM-DD` as typed.
    #[serde(default)]
    pub birth_date: String,
    #[serde(default)]
    pub citizenship: String,
    /// Postal address, lines separated by `\n`.
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

/// Who made the decision; the klage goes to them (fvl. § 32 a).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Authority {
    #[default]
    #[serde(rename = "UDI")]
    Udi,
    /// UNE's decisions are final: the letter is an omgjøringsanmodning.
    #[serde(rename = "UNE")]
    Une,
    #[serde(rename = "police")]
    Police,
    #[serde(rename = "embassy")]
    Embassy,
}

/// The refusal being appealed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    #[serde(default)]
    pub authority: Authority,
    /// The embassy or consulate that decided, when `authority` is `embassy`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embassy: Option<String>,
    /// The decision's date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    /// The day it reached the applicant or their representative, `YYYY-MM-DD`.
    #[serde(default)]
    pub received: String,
    /// The deadline printed in the decision, if any.
    #[serde(default)]
    pub stated_deadline: Option<String>,
    /// The decision's reference (saksnummer), if any.
    #[serde(default)]
    pub reference: String,
    /// Requirement ids the decision gives as reasons.
    #[serde(default)]
    pub refusal_grounds: Vec<String>,
}

/// The klager's reasons about one requirement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ground {
    /// A requirement id, or `other` for reasons outside the catalogue.
    pub requirement: String,
    pub text: String,
}

/// One attached document, numbered in order as Vedlegg 1, 2, …
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub title: String,
}

/// A fullmektig acting for the applicant (fvl. § 12).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Representative {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    /// Advokat: needs no written fullmakt (fvl. § 12 fourth paragraph),
    /// though one is still generated unless this is true.
    #[serde(default)]
    pub is_lawyer: bool,
}
