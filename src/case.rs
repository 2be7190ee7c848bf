//! The case file (`*.klage.json`, format `klagehjelp-case/2`): what the
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
pub const FORMAT: &str = "klagehjelp-case/2";

/// Fields of a case file this version does not know, by name.
pub type Extra = std::collections::BTreeMap<String, serde_json::Value>;

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
    /// Why the klage is sent after the deadline (late klage, fvl. § 31):
    /// free text, printed in the letter. Added within format 1 (optional,
    /// empty when not late).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub late_reason: String,
    /// Other applicants refused in the same decision who appeal in the same
    /// klage (format 2; optional, kept readable in format 1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_applicants: Vec<CoApplicant>,
    /// The reference person (referansepersonen), printed in the letter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor: Option<Sponsor>,
    /// Why the applicant asks to stay in Norway while the klage is decided
    /// (utsatt iverksettelse, fvl. § 42); printed in the request.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub deferral_reasons: String,
    /// The record of sending, once sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<Sent>,
    /// Ask in the klage for access to the case documents (innsyn, fvl.
    /// § 18). Innsyn does not stop the klage deadline (fvl. § 29).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub request_innsyn: bool,
    /// Ask, in the alternative, that the decision be set aside and the case
    /// sent back for new consideration (fvl. § 34 fourth paragraph).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub request_set_aside: bool,
    /// The day the new decision in the applicant's favour reached them
    /// (`YYYY-MM-DD`), once the decision was changed: a claim for costs
    /// must be made within three weeks of it (fvl. § 36).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub changed_in_favour_received: String,
    /// Facts of an older format that this format asks differently: dropped
    /// when the file was opened (the interview asks again), named here so
    /// the user is told. Never written back.
    #[serde(skip)]
    pub migration_notices: Vec<String>,
    /// Fields this version does not know (written by a newer version):
    /// kept as they were and written back, never dropped.
    #[serde(flatten)]
    pub extra: Extra,
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
            late_reason: String::new(),
            co_applicants: vec![],
            sponsor: None,
            deferral_reasons: String::new(),
            sent: None,
            request_innsyn: false,
            request_set_aside: false,
            changed_in_favour_received: String::new(),
            migration_notices: vec![],
            extra: Extra::new(),
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
    /// Fields this version does not know (written by a newer version):
    /// kept as they were and written back, never dropped.
    #[serde(flatten)]
    pub extra: Extra,
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
    /// The police district that decided, when `authority` is `police`
    /// (the klage is lodged there and heard by UDI, utl. § 76). Added within
    /// format 1 (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub police_district: Option<String>,
    /// The decision's date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    /// The day it reached the applicant or their representative, `YYYY-MM-DD`.
    #[serde(default)]
    pub received: String,
    /// The deadline printed in the decision, if any.
    #[serde(default)]
    pub stated_deadline: Option<String>,
    /// The user has confirmed that the decision really prints
    /// `stated_deadline` although it is more than two months after
    /// `received` (most likely a typo otherwise): only then is such a date
    /// used (the earlier of it and the deadline by law is the one to meet).
    /// Optional, `false` when absent (added within format 2).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stated_deadline_confirmed: bool,
    /// The decision's reference, if any (format 1 kept the saksnummer here).
    #[serde(default)]
    pub reference: String,
    /// The case number (saksnummer) in the decision (format 2). Printed in
    /// the letter, or a blank line to fill in by hand.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub case_number: String,
    /// How the decision reached the applicant (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received_how: Option<ReceivedHow>,
    /// Who made the decision, read from the decision itself (format 2;
    /// routes: `crate::routes`). When absent, taken from `authority`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made_by: Option<MadeBy>,
    /// Requirement ids the decision gives as reasons.
    #[serde(default)]
    pub refusal_grounds: Vec<String>,
    /// Fields this version does not know (written by a newer version):
    /// kept as they were and written back, never dropped.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The klager's reasons about one requirement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ground {
    /// A requirement id, or `other` for reasons outside the catalogue.
    pub requirement: String,
    pub text: String,
    /// Fields this version does not know (written by a newer version):
    /// kept as they were and written back, never dropped.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One attached document, numbered in order as Vedlegg 1, 2, …
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub title: String,
    /// Fields this version does not know (written by a newer version):
    /// kept as they were and written back, never dropped.
    #[serde(flatten)]
    pub extra: Extra,
    /// Paths relative to the case file (PDF, JPEG, PNG) (format 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<String>,
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
    /// Fields this version does not know (written by a newer version):
    /// kept as they were and written back, never dropped.
    #[serde(flatten)]
    pub extra: Extra,
    /// The signed fullmakt is sent later (format 2), e.g. when the client is
    /// abroad and time is short.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fullmakt_follows: bool,
}

/// Who made the decision, as the decision itself shows (routes.md § 1):
/// the letterhead, the sentence that says who decided, and the klage
/// instructions (a decision naming UNE as klageinstans was made by UDI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MadeBy {
    #[serde(rename = "UDI")]
    Udi,
    #[serde(rename = "embassy")]
    Embassy,
    #[serde(rename = "police")]
    Police,
    #[serde(rename = "UNE")]
    Une,
    /// The user cannot tell: the app says what to check in the decision.
    #[serde(rename = "unsure")]
    Unsure,
}

impl MadeBy {
    /// The stable name, as in the case file.
    pub fn code(self) -> &'static str {
        match self {
            MadeBy::Udi => "UDI",
            MadeBy::Embassy => "embassy",
            MadeBy::Police => "police",
            MadeBy::Une => "UNE",
            MadeBy::Unsure => "unsure",
        }
    }
}

impl From<Authority> for MadeBy {
    fn from(a: Authority) -> MadeBy {
        match a {
            Authority::Udi => MadeBy::Udi,
            Authority::Une => MadeBy::Une,
            Authority::Police => MadeBy::Police,
            Authority::Embassy => MadeBy::Embassy,
        }
    }
}

/// How the decision reached the applicant (routes.md § 7.3–7.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReceivedHow {
    Post,
    /// E-mail, SMS or a portal: the deadline runs from when the decision was
    /// made available and a notice was sent.
    Electronic,
    InPerson,
}

impl ReceivedHow {
    pub fn code(self) -> &'static str {
        match self {
            ReceivedHow::Post => "post",
            ReceivedHow::Electronic => "electronic",
            ReceivedHow::InPerson => "in_person",
        }
    }
}

/// Another applicant in the same klage (format 2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoApplicant {
    #[serde(default)]
    pub given_name: String,
    #[serde(default)]
    pub family_name: String,
    /// `YYYY-MM-DD` as typed.
    #[serde(default)]
    pub birth_date: String,
    /// The co-applicant's own DUF number, as typed.
    #[serde(default)]
    pub duf: String,
    /// The relation to the sponsor, e.g. `child_under_18`.
    #[serde(default)]
    pub relation: String,
}

impl CoApplicant {
    /// "Given Family".
    pub fn name(&self) -> String {
        format!("{} {}", self.given_name.trim(), self.family_name.trim())
            .trim()
            .to_string()
    }
}

/// The reference person (format 2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sponsor {
    #[serde(default)]
    pub given_name: String,
    #[serde(default)]
    pub family_name: String,
    /// `YYYY-MM-DD` as typed.
    #[serde(default)]
    pub birth_date: String,
}

/// How the klage was sent (format 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SentChannel {
    UdiUpload,
    Post,
    Police,
    Embassy,
    UneForm,
}

/// The record of sending (format 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    /// `YYYY-MM-DD` as typed.
    #[serde(default)]
    pub date: String,
    pub channel: SentChannel,
    /// Free text: the receipt, e.g. a registered-letter number.
    #[serde(default)]
    pub receipt: String,
}

// ---------------------------------------------------------------------------
// Reading a case file
// ---------------------------------------------------------------------------

use crate::deadline::{DeadlineInput, DeadlineReport};
use crate::duf::DufCheck;
use crate::fmt::date_long;
use crate::i18n::{FluentValue, UserFacing, tr};
use crate::letter::LetterKind;
use chrono::NaiveDate;

/// A case file that cannot be read at all (before validation).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaseError {
    /// Not JSON, or a value of the wrong type.
    #[error("the case file is not valid (line {line}, column {column}): {detail}")]
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// No `format` field: probably not a Klagehjelp case file.
    #[error("the file has no \"format\" field; it does not look like a Klagehjelp case file")]
    NoFormat,
    /// A newer format than this version reads.
    #[error(
        "the case file has format {found}, which is newer than this version of Klagehjelp reads ({FORMAT})"
    )]
    Newer { found: String },
    /// Not a Klagehjelp format at all.
    #[error("unknown case file format {found}; expected {FORMAT}")]
    UnknownFormat { found: String },
    /// `letter_language` is not nb, nn or en.
    #[error("letter_language '{found}' is not supported: use nb, nn or en")]
    Language { found: String },
    /// A field holds a value of the wrong kind, or one that is not allowed.
    #[error("the case file's field {path} (line {line}) is not valid: {problem:?}")]
    Field {
        /// Where, e.g. `decision.received`, `grounds[2].text`.
        path: String,
        line: usize,
        problem: FieldProblem,
    },
    /// Not text this version can read, or too big.
    #[error("{0}")]
    Text(#[from] crate::fsutil::TextError),
}

/// What is wrong with one field of a case file, in terms a user knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    /// A value of the wrong kind (e.g. a number where text belongs).
    WrongKind {
        found: ValueKind,
        expected: ValueKind,
    },
    /// A word that is not one of the allowed ones.
    NotAllowed { found: String, allowed: String },
    /// A field that must be there is missing.
    Missing { field: String },
    /// Anything else.
    Invalid,
}

/// The kind of a value, as a user would call it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Text,
    Number,
    YesNo,
    List,
    Group,
    Empty,
    Unknown,
}

impl ValueKind {
    /// From serde's wording ("a string", "integer `5`", "struct Applicant").
    fn from_serde(s: &str) -> ValueKind {
        let s = s.trim().trim_start_matches("a ").trim_start_matches("an ");
        let first = s.split([' ', '`']).next().unwrap_or_default();
        match first {
            "string" | "char" | "str" => ValueKind::Text,
            "integer" | "floating" | "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32"
            | "i64" | "f32" | "f64" | "number" => ValueKind::Number,
            "boolean" | "bool" => ValueKind::YesNo,
            "sequence" | "tuple" | "array" => ValueKind::List,
            "map" | "struct" => ValueKind::Group,
            "null" | "unit" | "none" => ValueKind::Empty,
            _ => ValueKind::Unknown,
        }
    }

    fn id(self) -> &'static str {
        match self {
            ValueKind::Text => "text",
            ValueKind::Number => "number",
            ValueKind::YesNo => "yes-no",
            ValueKind::List => "list",
            ValueKind::Group => "group",
            ValueKind::Empty => "empty",
            ValueKind::Unknown => "unknown",
        }
    }

    fn words(self, lang: Lang) -> String {
        tr(lang, &format!("case-kind-{}", self.id()), &[])
    }
}

impl FieldProblem {
    /// From the text of a serde error ("invalid type: integer `5`, expected a string").
    fn from_serde(msg: &str) -> FieldProblem {
        // serde_json appends " at line L column C".
        let msg = msg.split(" at line ").next().unwrap_or(msg);
        if let Some(rest) = msg.strip_prefix("invalid type: ")
            && let Some((found, expected)) = rest.split_once(", expected ")
        {
            return FieldProblem::WrongKind {
                found: ValueKind::from_serde(found),
                expected: ValueKind::from_serde(expected),
            };
        }
        if let Some(rest) = msg.strip_prefix("unknown variant ")
            && let Some((found, allowed)) = rest.split_once(", expected ")
        {
            let allowed = allowed.trim_start_matches("one of ").replace('`', "");
            return FieldProblem::NotAllowed {
                found: found.trim_matches('`').to_string(),
                allowed,
            };
        }
        if let Some(rest) = msg.strip_prefix("missing field ") {
            return FieldProblem::Missing {
                field: rest.trim_matches('`').to_string(),
            };
        }
        FieldProblem::Invalid
    }
}

/// A field path in words: `grounds[2].text` becomes "Reason 3: text" (from
/// the Fluent message `case-field-grounds-text`); a path with no words of
/// its own is shown as it is.
pub fn field_label(lang: Lang, path: &str) -> String {
    let mut n: Option<usize> = None;
    let mut key = String::new();
    let mut rest = path;
    while let Some(i) = rest.find('[') {
        key.push_str(&rest[..i]);
        let close = rest[i..].find(']').map_or(rest.len(), |j| i + j);
        if n.is_none() {
            n = rest[i + 1..close].parse::<usize>().ok().map(|k| k + 1);
        }
        rest = rest.get(close + 1..).unwrap_or_default();
    }
    key.push_str(rest);
    let id = format!("case-field-{}", key.replace(['.', '_'], "-"));
    if !crate::i18n::has(lang, &id) {
        if let Some(fact) = key.strip_prefix("facts.") {
            return tr(
                lang,
                "case-field-facts-answer",
                &[("name", FluentValue::from(fact.to_string()))],
            );
        }
        return path.to_string();
    }
    tr(lang, &id, &[("n", FluentValue::from(n.unwrap_or(1)))])
}

/// A serde error with the path of the field it is about.
fn field_error(e: serde_path_to_error::Error<serde_json::Error>) -> CaseError {
    let mut path = e.path().to_string();
    let inner = e.inner();
    if inner.is_syntax() || inner.is_eof() {
        return syntax(inner);
    }
    let problem = FieldProblem::from_serde(&inner.to_string());
    // A missing field is named itself: `attachments[0].title`.
    if let FieldProblem::Missing { field } = &problem {
        path = if path == "." {
            field.clone()
        } else {
            format!("{path}.{field}")
        };
    }
    if path == "." {
        return syntax(inner);
    }
    CaseError::Field {
        problem,
        line: inner.line(),
        path,
    }
}

/// Parses the case from the text, tracking the path of a field in error.
fn parse_tracked(s: &str) -> Result<Case, CaseError> {
    let mut de = serde_json::Deserializer::from_str(s);
    let case = serde_path_to_error::deserialize(&mut de).map_err(field_error)?;
    de.end().map_err(|e| syntax(&e))?;
    Ok(case)
}

/// The longest text one field may hold, in characters (about 15 pages of
/// the letter; a klage's grounds are rarely a tenth of that).
pub const MAX_TEXT_CHARS: usize = 50_000;

/// A text field longer than [`MAX_TEXT_CHARS`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLong {
    /// The field path, e.g. `grounds[0].text`.
    pub path: String,
    pub chars: usize,
}

impl Case {
    /// Every text field longer than [`MAX_TEXT_CHARS`], in file order.
    pub fn too_long(&self) -> Vec<TooLong> {
        fn walk(v: &serde_json::Value, path: &str, out: &mut Vec<TooLong>) {
            match v {
                serde_json::Value::String(s) => {
                    let chars = s.chars().count();
                    if chars > MAX_TEXT_CHARS {
                        out.push(TooLong {
                            path: path.to_string(),
                            chars,
                        });
                    }
                }
                serde_json::Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        walk(item, &format!("{path}[{i}]"), out);
                    }
                }
                serde_json::Value::Object(map) => {
                    for (k, item) in map {
                        let p = if path.is_empty() {
                            k.clone()
                        } else {
                            format!("{path}.{k}")
                        };
                        walk(item, &p, out);
                    }
                }
                _ => {}
            }
        }
        let mut out = vec![];
        if let Ok(v) = serde_json::to_value(self) {
            walk(&v, "", &mut out);
        }
        out
    }
}

/// The largest case file this version reads, in bytes. A case with a long
/// letter is a few tens of kilobytes; anything this big is not a case file.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

impl UserFacing for CaseError {
    fn code(&self) -> &'static str {
        match self {
            CaseError::Syntax { .. } => "case.syntax",
            CaseError::NoFormat => "case.no_format",
            CaseError::Newer { .. } => "case.newer_format",
            CaseError::UnknownFormat { .. } => "case.unknown_format",
            CaseError::Language { .. } => "case.language",
            CaseError::Field { .. } => "case.field",
            CaseError::Text(e) => e.code(),
        }
    }

    fn message(&self, lang: Lang) -> String {
        let s = |v: &str| FluentValue::from(v.to_string());
        match self {
            CaseError::Syntax {
                line,
                column,
                detail,
            } => tr(
                lang,
                "case-error-syntax",
                &[
                    ("line", FluentValue::from(*line)),
                    ("column", FluentValue::from(*column)),
                    ("detail", FluentValue::from(syntax_in_words(lang, detail))),
                ],
            ),
            CaseError::NoFormat => tr(lang, "case-error-no-format", &[("format", s(FORMAT))]),
            CaseError::Newer { found } => tr(
                lang,
                "case-error-newer-format",
                &[("found", s(found)), ("format", s(FORMAT))],
            ),
            CaseError::UnknownFormat { found } => tr(
                lang,
                "case-error-unknown-format",
                &[("found", s(found)), ("format", s(FORMAT))],
            ),
            CaseError::Language { found } => {
                tr(lang, "case-error-language", &[("found", s(found))])
            }
            CaseError::Field {
                path,
                line,
                problem,
            } => {
                let what = match problem {
                    FieldProblem::WrongKind { found, expected } => tr(
                        lang,
                        if *expected == ValueKind::Unknown {
                            "case-field-problem-kind-only"
                        } else {
                            "case-field-problem-kind"
                        },
                        &[
                            ("found", found.words(lang).into()),
                            ("expected", expected.words(lang).into()),
                        ],
                    ),
                    FieldProblem::NotAllowed { found, allowed } => tr(
                        lang,
                        "case-field-problem-not-allowed",
                        &[("found", s(found)), ("allowed", s(allowed))],
                    ),
                    FieldProblem::Missing { .. } => tr(lang, "case-field-problem-missing", &[]),
                    FieldProblem::Invalid => tr(lang, "case-field-problem-invalid", &[]),
                };
                tr(
                    lang,
                    "case-error-field",
                    &[
                        ("field", field_label(lang, path).into()),
                        ("path", s(path)),
                        ("line", FluentValue::from(*line)),
                        ("problem", what.into()),
                    ],
                )
            }
            CaseError::Text(e) => e.message(lang),
        }
    }
}

/// serde_json's description of a syntax error, in the user's words.
fn syntax_in_words(lang: Lang, detail: &str) -> String {
    let kind = [
        ("EOF while parsing", "cut-off"),
        ("trailing comma", "trailing-comma"),
        ("key must be a string", "key"),
        ("control character", "control"),
        ("invalid escape", "escape"),
        ("invalid unicode code point", "escape"),
        ("lone leading surrogate", "escape"),
        ("invalid number", "number"),
        ("number out of range", "number"),
        ("recursion limit exceeded", "nested"),
        ("trailing characters", "trailing"),
    ]
    .iter()
    .find(|(serde, _)| detail.contains(serde))
    .map_or("other", |(_, k)| k);
    tr(lang, &format!("case-syntax-{kind}"), &[])
}

fn syntax(e: &serde_json::Error) -> CaseError {
    CaseError::Syntax {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    }
}

/// Facts of format 1 that format 2 asks differently: dropped with a notice
/// (case-file.md, format 2), and asked again by the interview.
pub const DROPPED_V1_FACTS: &[&str] = &[
    "family_formed",
    "application_within_one_year_of_sponsor_permit",
    "income_requirement_override",
    "past_income_requirement_override",
    "social_assistance_last_12_months",
];

/// Format-1 values renamed one to one in format 2.
const RENAMED_V1_VALUES: &[(&str, &str, &str)] = &[
    (
        "child_together_conceived",
        "before_move",
        "before_sponsor_entry",
    ),
    (
        "child_together_conceived",
        "while_both_held_permits",
        "in_norway_while_both_lawful",
    ),
    (
        "child_together_conceived",
        "after_move",
        "after_sponsor_entry",
    ),
];

/// Format-1 values with no counterpart in format 2 (dropped with a notice).
const DROPPED_V1_VALUES: &[(&str, &str)] = &[
    ("sponsor_past_income_exemption", "minimum_pension"),
    ("sponsor_past_income_exemption", "skilled_worker"),
];

/// Brings an older case file up to [`FORMAT`]: returns the new value and the
/// names of the facts that were dropped. Format 1 → 2: facts that map one to
/// one are kept, facts asked differently are dropped and named; nothing the
/// user wrote elsewhere (names, grounds, attachments) is touched.
pub fn migrate(value: serde_json::Value) -> Result<(serde_json::Value, Vec<String>), CaseError> {
    let found = match value.get("format") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => return Err(CaseError::NoFormat),
    };
    if found == FORMAT {
        return Ok((value, vec![]));
    }
    if found == "klagehjelp-case/1" {
        return Ok(migrate_1_to_2(value));
    }
    match found
        .strip_prefix("klagehjelp-case/")
        .map(str::parse::<u32>)
    {
        Some(Ok(n)) if n > 2 => Err(CaseError::Newer { found }),
        _ => Err(CaseError::UnknownFormat { found }),
    }
}

fn migrate_1_to_2(mut value: serde_json::Value) -> (serde_json::Value, Vec<String>) {
    let mut dropped = vec![];
    if let Some(serde_json::Value::Object(facts)) = value.get_mut("facts") {
        for name in DROPPED_V1_FACTS {
            if facts.remove(*name).is_some_and(|v| !v.is_null()) {
                dropped.push(name.to_string());
            }
        }
        for (name, old, new) in RENAMED_V1_VALUES {
            if facts.get(*name).and_then(|v| v.as_str()) == Some(old) {
                facts.insert(name.to_string(), serde_json::Value::String(new.to_string()));
            }
        }
        for (name, old) in DROPPED_V1_VALUES {
            if facts.get(*name).and_then(|v| v.as_str()) == Some(old) {
                facts.remove(*name);
                dropped.push(name.to_string());
            }
        }
    }
    if let Some(obj) = value.as_object_mut() {
        obj.insert("format".into(), serde_json::Value::String(FORMAT.into()));
    }
    (value, dropped)
}

impl Case {
    /// Reads a case file. An unknown or newer format, or a letter language
    /// other than nb, nn and en, is a clear error, never a guess. A file of
    /// format 1 is migrated (see [`migrate`]); the dropped facts are named in
    /// `migration_notices`.
    pub fn from_json(s: &str) -> Result<Case, CaseError> {
        let value: serde_json::Value = serde_json::from_str(s).map_err(|e| syntax(&e))?;
        let (value, dropped) = migrate(value)?;
        if let Some(l) = value.get("letter_language") {
            let ok = l.as_str().is_some_and(|s| matches!(s, "nb" | "nn" | "en"));
            if !ok {
                return Err(CaseError::Language {
                    found: l.as_str().map_or_else(|| l.to_string(), str::to_string),
                });
            }
        }
        let mut case: Case = if dropped.is_empty() && s.contains(FORMAT) {
            // Re-parse from the text so errors carry the field, line and column.
            parse_tracked(s)?
        } else {
            let text = serde_json::to_string(&value).map_err(|e| syntax(&e))?;
            parse_tracked(&text)?
        };
        case.migration_notices = dropped;
        Ok(case)
    }

    /// The facts the requirements check reads: the case's facts with the
    /// refusal grounds named in the decision.
    pub fn facts_for_check(&self) -> crate::law::facts::Facts {
        let mut f = self.facts.clone();
        for g in &self.decision.refusal_grounds {
            if !f.refusal_grounds.contains(g) {
                f.refusal_grounds.push(g.clone());
            }
        }
        f
    }

    /// Reads a case file's bytes: UTF-8 (with or without a byte-order
    /// mark) or UTF-16 with a byte-order mark, at most [`MAX_FILE_BYTES`];
    /// other encodings are refused with a message that says so.
    pub fn from_bytes(bytes: &[u8]) -> Result<Case, CaseError> {
        let text = crate::fsutil::decode_text_limited(bytes, MAX_FILE_BYTES)?;
        Case::from_json(&text)
    }

    /// Writes the case file (pretty JSON).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a case always serialises")
    }
}

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

/// Whether a problem stops the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The letter cannot be written until this is fixed.
    Error,
    /// Worth knowing; the letter can still be written.
    Warning,
}

/// One problem with a case: which field, a stable code, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The field path, e.g. `decision.received`, `grounds[2].text`.
    pub field: String,
    /// Stable code, e.g. `date.invalid`.
    pub code: String,
    pub severity: Severity,
    /// The message in the language the problem was rendered in (by default
    /// the case's letter language; see [`Problem::in_lang`]).
    pub message: String,
    /// The message in every UI language, written when first asked for.
    #[serde(skip)]
    messages: Messages,
}

fn lang_index(lang: Lang) -> usize {
    Lang::UI
        .iter()
        .position(|l| *l == lang)
        .expect("every language is a UI language")
}

type Args = Vec<(&'static str, String)>;

/// A problem's message in each UI language, each written the first time it
/// is asked for: a `klagehjelp letter` run shows its notes in one language
/// and need not parse the messages of the seven others.
#[derive(Clone)]
struct Messages(std::sync::Arc<MessagesInner>);

struct MessagesInner {
    write: Box<dyn Fn(Lang) -> String + Send + Sync>,
    written: [std::sync::OnceLock<String>; Lang::UI.len()],
}

impl Messages {
    fn new(write: impl Fn(Lang) -> String + Send + Sync + 'static) -> Messages {
        Messages(std::sync::Arc::new(MessagesInner {
            write: Box::new(write),
            written: Default::default(),
        }))
    }

    fn get(&self, lang: Lang) -> &str {
        self.0.written[lang_index(lang)].get_or_init(|| (self.0.write)(lang))
    }
}

impl PartialEq for Messages {
    fn eq(&self, other: &Messages) -> bool {
        Lang::UI.iter().all(|&l| self.get(l) == other.get(l))
    }
}

impl Eq for Messages {}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Messages")
            .field(&self.get(Lang::Nb))
            .finish()
    }
}

impl Problem {
    fn with_messages(
        field: impl Into<String>,
        code: &str,
        severity: Severity,
        messages: Messages,
    ) -> Problem {
        Problem {
            field: field.into(),
            code: code.to_string(),
            severity,
            message: messages.get(Lang::UI[0]).to_string(),
            messages,
        }
    }

    /// A problem whose message is the Fluent message `case-<code>` (dots and
    /// underscores become dashes), with arguments formatted per language.
    pub(crate) fn fluent(
        field: impl Into<String>,
        code: &str,
        severity: Severity,
        args: impl Fn(Lang) -> Args,
    ) -> Problem {
        let id = format!("case-{}", code.replace(['.', '_'], "-"));
        // The arguments are cheap to format; the messages are written on demand.
        let args = Lang::UI.map(args);
        let messages = Messages::new(move |lang| {
            let fa: Vec<(&str, FluentValue)> = args[lang_index(lang)]
                .iter()
                .map(|(k, v)| (*k, FluentValue::from(v.as_str())))
                .collect();
            tr(lang, &id, &fa)
        });
        Problem::with_messages(field, code, severity, messages)
    }

    /// A problem from another module's user-facing error or warning.
    pub(crate) fn from_user_facing<E>(
        field: impl Into<String>,
        severity: Severity,
        e: &E,
    ) -> Problem
    where
        E: UserFacing + Clone + Send + Sync + 'static,
    {
        let code = e.code();
        let e = e.clone();
        Problem::with_messages(field, code, severity, Messages::new(move |l| e.message(l)))
    }

    /// A problem whose message in each UI language `write` gives (e.g. a
    /// route warning).
    pub(crate) fn from_fn(
        field: impl Into<String>,
        code: &str,
        severity: Severity,
        write: impl Fn(Lang) -> String + Send + Sync + 'static,
    ) -> Problem {
        Problem::with_messages(field, code, severity, Messages::new(write))
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> &str {
        self.messages.get(lang)
    }

    /// The same problem with `message` in `lang`.
    pub fn in_lang(mut self, lang: Lang) -> Problem {
        self.message = self.messages.get(lang).to_string();
        self
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// All problems of a case, errors and warnings apart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Review {
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

/// A case that passed validation, with its values parsed.
#[derive(Debug, Clone)]
pub struct CheckedCase {
    /// The case with invisible direction marks (U+2066–U+2069, U+202A–U+202E)
    /// and other control characters removed from every text.
    pub case: Case,
    pub duf: DufCheck,
    pub birth_date: NaiveDate,
    pub decision_date: NaiveDate,
    pub received: NaiveDate,
    pub stated_deadline: Option<NaiveDate>,
    /// The klage deadline (also computed for UNE, where it does not apply).
    pub deadline: DeadlineReport,
    /// The letter kind: as asked, or as follows from the case.
    pub kind: LetterKind,
    pub warnings: Vec<Problem>,
}

/// The ground id for reasons outside the requirement catalogue.
pub const OTHER_GROUND: &str = "other";

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}')
        || (c.is_control() && c != '\n' && c != '\t')
}

fn clean(s: &mut String) {
    if s.chars().any(is_invisible) {
        s.retain(|c| !is_invisible(c));
    }
}

fn clean_opt(s: &mut Option<String>) {
    if let Some(s) = s.as_mut() {
        clean(s);
    }
}

impl Case {
    /// The case with invisible direction marks and control characters
    /// removed from every text field (they print as boxes).
    pub fn sanitized(&self) -> Case {
        let mut c = self.clone();
        let a = &mut c.applicant;
        for s in [
            &mut a.given_name,
            &mut a.family_name,
            &mut a.birth_date,
            &mut a.citizenship,
            &mut a.address,
            &mut a.phone,
            &mut a.email,
        ] {
            clean(s);
        }
        clean(&mut c.duf);
        let d = &mut c.decision;
        clean_opt(&mut d.embassy);
        clean_opt(&mut d.police_district);
        clean(&mut d.date);
        clean(&mut d.received);
        clean_opt(&mut d.stated_deadline);
        clean(&mut d.reference);
        clean(&mut d.case_number);
        d.refusal_grounds.iter_mut().for_each(clean);
        for g in &mut c.grounds {
            clean(&mut g.requirement);
            clean(&mut g.text);
        }
        for a in &mut c.attachments {
            clean(&mut a.title);
        }
        if let Some(r) = c.representative.as_mut() {
            for s in [
                &mut r.name,
                &mut r.organisation,
                &mut r.address,
                &mut r.phone,
                &mut r.email,
            ] {
                clean(s);
            }
        }
        clean(&mut c.signed_place);
        clean(&mut c.late_reason);
        clean(&mut c.deferral_reasons);
        for p in &mut c.co_applicants {
            for s in [
                &mut p.given_name,
                &mut p.family_name,
                &mut p.birth_date,
                &mut p.duf,
                &mut p.relation,
            ] {
                clean(s);
            }
        }
        if let Some(sp) = c.sponsor.as_mut() {
            for s in [&mut sp.given_name, &mut sp.family_name, &mut sp.birth_date] {
                clean(s);
            }
        }
        c
    }

    /// The applicant's full name, "Given Family".
    pub fn applicant_name(&self) -> String {
        let a = &self.applicant;
        format!("{} {}", a.given_name.trim(), a.family_name.trim())
            .trim()
            .to_string()
    }

    /// Checks the case for a letter of the kind that follows from it.
    /// Reports every error at once; messages are in the letter language
    /// (use [`Problem::in_lang`] for another).
    pub fn validate(&self, today: NaiveDate) -> Result<CheckedCase, Vec<Problem>> {
        self.validate_as(None, today)
    }

    /// Like [`Case::validate`], for a letter of `kind` (None: the kind that
    /// follows from the case).
    pub fn validate_as(
        &self,
        kind: Option<LetterKind>,
        today: NaiveDate,
    ) -> Result<CheckedCase, Vec<Problem>> {
        let (checked, review) = self.check(kind, today);
        match checked {
            Some(c) if review.errors.is_empty() => Ok(c),
            _ => Err(review.errors),
        }
    }

    /// Every error and warning, for the app's review step.
    pub fn review(&self, kind: Option<LetterKind>, today: NaiveDate) -> Review {
        self.check(kind, today).1
    }

    fn check(&self, kind: Option<LetterKind>, today: NaiveDate) -> (Option<CheckedCase>, Review) {
        let case = self.sanitized();
        let mut v = Validator {
            errors: vec![],
            warnings: vec![],
            today,
        };
        let lang_of = case.letter_language;

        // The applicant.
        let a = &case.applicant;
        if a.given_name.trim().is_empty() && a.family_name.trim().is_empty() {
            v.error("applicant.given_name", "applicant.name_missing", |_| vec![]);
        }
        let birth_date = v.date("applicant.birth_date", &a.birth_date, true);
        if let Some(b) = birth_date
            && b > today
        {
            v.error(
                "applicant.birth_date",
                "applicant.birth_date_future",
                move |l| vec![("date", date_long(l, b))],
            );
        }
        if a.citizenship.trim().is_empty() {
            v.warn(
                "applicant.citizenship",
                "applicant.citizenship_missing",
                |_| vec![],
            );
        }
        if a.address.trim().is_empty() && case.representative.is_none() {
            v.warn("applicant.address", "applicant.address_missing", |_| vec![]);
        }

        // The DUF number.
        let duf = match crate::duf::parse(&case.duf, today) {
            Ok(d) => {
                for w in &d.warnings {
                    v.warnings
                        .push(Problem::from_user_facing("duf", Severity::Warning, w));
                }
                Some(d)
            }
            Err(e) => {
                v.errors
                    .push(Problem::from_user_facing("duf", Severity::Error, &e));
                None
            }
        };

        // The decision.
        let d = &case.decision;
        let decision_date = v.date("decision.date", &d.date, true);
        let received = v.date("decision.received", &d.received, true);
        let stated = d
            .stated_deadline
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .and_then(|s| v.date("decision.stated_deadline", s, false));
        let stated_ok = d
            .stated_deadline
            .as_deref()
            .is_none_or(|s| s.trim().is_empty() || stated.is_some());
        if let Some(dd) = decision_date
            && dd > today
        {
            v.error("decision.date", "decision.date_future", move |l| {
                vec![("date", date_long(l, dd)), ("today", date_long(l, today))]
            });
        }
        let mut deadline = None;
        if let Some(r) = received {
            let mut dates_ok = true;
            if r > today {
                dates_ok = false;
                v.error("decision.received", "decision.received_future", move |l| {
                    vec![("date", date_long(l, r)), ("today", date_long(l, today))]
                });
            }
            if let Some(dd) = decision_date
                && r < dd
            {
                dates_ok = false;
                v.error(
                    "decision.received",
                    "decision.received_before_decision",
                    move |l| vec![("received", date_long(l, r)), ("decided", date_long(l, dd))],
                );
            }
            if let Some(s) = stated
                && s < r
            {
                v.warn(
                    "decision.stated_deadline",
                    "decision.stated_before_received",
                    move |l| vec![("stated", date_long(l, s)), ("received", date_long(l, r))],
                );
            }
            if dates_ok && stated_ok {
                let input = DeadlineInput {
                    received: r,
                    stated,
                    decided: decision_date,
                    today,
                };
                match crate::deadline::compute_with(&input, d.stated_deadline_confirmed) {
                    Ok(rep) => {
                        if rep.stated_needs_confirmation {
                            v.warn(
                                "decision.stated_deadline",
                                "decision.stated_implausible",
                                |_| vec![],
                            );
                        }
                        if rep.between {
                            let (e, l) = (rep.effective, rep.latest);
                            v.warn(
                                "decision.stated_deadline",
                                "earlier_stated_deadline",
                                move |lg| {
                                    vec![("earlier", date_long(lg, e)), ("later", date_long(lg, l))]
                                },
                            );
                        }
                        deadline = Some(rep)
                    }
                    Err(e) => v.errors.push(Problem::from_user_facing(
                        "decision.received",
                        Severity::Error,
                        &e,
                    )),
                }
            }
        }
        // The body the klage is addressed to (fvl. § 32 a) must be named.
        let addressed_to = match crate::routes::made_by(&case).0 {
            MadeBy::Unsure => MadeBy::from(d.authority),
            m => m,
        };
        match addressed_to {
            MadeBy::Embassy if d.embassy.as_deref().is_none_or(|s| s.trim().is_empty()) => {
                v.error("decision.embassy", "decision.embassy_missing", |_| vec![]);
            }
            MadeBy::Police
                if d.police_district
                    .as_deref()
                    .is_none_or(|s| s.trim().is_empty()) =>
            {
                v.error(
                    "decision.police_district",
                    "decision.police_district_missing",
                    |_| vec![],
                );
            }
            _ => {}
        }
        let known = || {
            crate::law::ids()
                .chain(crate::law::GROUNDS.iter().map(|g| g.id))
                .collect::<Vec<_>>()
                .join(", ")
        };
        for (i, id) in d.refusal_grounds.iter().enumerate() {
            if !crate::law::is_known_id(id) {
                let id = id.clone();
                v.error(
                    format!("decision.refusal_grounds[{i}]"),
                    "decision.refusal_ground_unknown",
                    move |_| vec![("id", id.clone()), ("known", known())],
                );
            }
        }

        // The letter kind (routes: who made the decision and the deadline).
        let (made_by, _) = crate::routes::made_by(&case);
        let default_kind = crate::routes::default_letter_kind(
            made_by,
            deadline.as_ref(),
            case.will_send_more_documents,
        );
        let kind = match (kind, default_kind) {
            (Some(k), Some(def)) => {
                // A refused kind is reported once; the rest is checked for
                // the kind that follows from the case.
                if v.kind_fits(k, def, &case, deadline.as_ref()) {
                    Some(k)
                } else {
                    Some(def)
                }
            }
            (k, def) => k.or(def),
        };

        // Kind-specific content.
        if kind == Some(LetterKind::Late) {
            if case.late_reason.trim().is_empty() {
                v.error("late_reason", "late.reason_missing", |_| vec![]);
            }
            if let Some(rep) = &deadline
                && rep.one_year_passed
                && let (Some(dd), Some(limit)) = (rep.decided, rep.one_year_limit)
            {
                v.error("decision.date", "late.over_one_year", move |l| {
                    vec![
                        ("decided", date_long(l, dd)),
                        ("limit", date_long(l, limit)),
                    ]
                });
            }
        }

        // The grounds.
        for (i, g) in case.grounds.iter().enumerate() {
            if g.requirement != OTHER_GROUND && !crate::law::is_known_id(&g.requirement) {
                let id = g.requirement.clone();
                v.error(
                    format!("grounds[{i}].requirement"),
                    "grounds.requirement_unknown",
                    move |_| vec![("id", id.clone()), ("known", known())],
                );
            }
            if g.text.trim().is_empty() && kind.is_none_or(|k| k.needs_grounds()) {
                v.error(
                    format!("grounds[{i}].text"),
                    "grounds.text_empty",
                    |_| vec![],
                );
            }
        }
        if kind.is_none_or(|k| k.needs_grounds()) {
            for id in &d.refusal_grounds {
                if !crate::law::is_known_id(id) {
                    continue;
                }
                let id = id.clone();
                let covered = case
                    .grounds
                    .iter()
                    .any(|g| g.requirement == *id && !g.text.trim().is_empty());
                if !covered {
                    v.error("grounds", "grounds.missing_for_refusal", move |l| {
                        vec![
                            ("title", crate::law::render::title(&id, l)),
                            ("id", id.clone()),
                        ]
                    });
                }
            }
            if case.grounds.is_empty() && d.refusal_grounds.is_empty() {
                v.warn("grounds", "grounds.none", |_| vec![]);
            }
        }

        // Letters after sending (fvl. §§ 18, 34, 36).
        match kind {
            Some(LetterKind::Ettersending) if case.attachments.is_empty() => {
                v.error("attachments", "ettersending.no_attachments", |_| vec![]);
            }
            Some(LetterKind::Costs) => {
                if case.attachments.is_empty() {
                    v.warn("attachments", "costs.statement_missing", |_| vec![]);
                }
                v.warn("kind", "costs.three_weeks", |_| vec![]);
            }
            Some(LetterKind::Innsyn) => {
                if let Some(rep) = deadline.as_ref().filter(|r| !r.late) {
                    let e = rep.effective;
                    v.warn("kind", "innsyn.deadline_runs", move |l| {
                        vec![("deadline", date_long(l, e))]
                    });
                }
            }
            _ => {}
        }

        // The rest.
        if case.signed_place.trim().is_empty() {
            v.error("signed_place", "signed_place.missing", |_| vec![]);
        }
        if let Some(r) = &case.representative {
            if r.name.trim().is_empty() {
                v.error(
                    "representative.name",
                    "representative.name_missing",
                    |_| vec![],
                );
            }
            // (No contact details at all is an error of the gate.)
            if r.address.trim().is_empty()
                && !(r.phone.trim().is_empty() && r.email.trim().is_empty())
            {
                v.warn(
                    "representative.address",
                    "representative.address_missing",
                    |_| vec![],
                );
            }
        }
        for (i, att) in case.attachments.iter().enumerate() {
            if att.title.trim().is_empty() {
                let n = (i + 1).to_string();
                v.error(
                    format!("attachments[{i}].title"),
                    "attachments.title_empty",
                    move |_| vec![("n", n.clone())],
                );
            }
        }
        let asks_deferral = kind == Some(LetterKind::Utsatt)
            || (case.request_deferred_implementation && crate::routes::deferral_applies(&case));
        if asks_deferral && case.deferral_reasons.trim().is_empty() {
            v.warn("deferral_reasons", "deferral.reasons_missing", |_| vec![]);
        }
        if case.request_deferred_implementation && case.facts.applicant_in_norway.is_none() {
            v.warn(
                "request_deferred_implementation",
                "deferred.in_norway_unknown",
                |_| vec![],
            );
        }
        if case.request_deferred_implementation && case.facts.applicant_in_norway == Some(false) {
            v.warn(
                "request_deferred_implementation",
                "deferred.abroad",
                |_| vec![],
            );
        }

        // The validity gate before export (placeholders, claimed
        // attachments, a fullmektig without contact details, co-applicants).
        let gate = crate::gate::check(&case, kind, today);
        v.errors.extend(gate.errors);
        v.warnings.extend(gate.warnings);

        let mut review = Review {
            errors: v.errors,
            warnings: v.warnings,
        };
        for p in review.errors.iter_mut().chain(review.warnings.iter_mut()) {
            *p = std::mem::replace(p, placeholder()).in_lang(lang_of);
        }
        let checked = match (duf, birth_date, decision_date, received, deadline, kind) {
            (Some(duf), Some(b), Some(dd), Some(r), Some(dl), Some(k))
                if review.errors.is_empty() =>
            {
                Some(CheckedCase {
                    case,
                    duf,
                    birth_date: b,
                    decision_date: dd,
                    received: r,
                    stated_deadline: stated,
                    deadline: dl,
                    kind: k,
                    warnings: review.warnings.clone(),
                })
            }
            _ => None,
        };
        (checked, review)
    }
}

fn placeholder() -> Problem {
    Problem {
        field: String::new(),
        code: String::new(),
        severity: Severity::Warning,
        message: String::new(),
        messages: Messages::new(|_| String::new()),
    }
}

struct Validator {
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
    /// For the plausibility of dates (see [`crate::dates::plausible`]).
    today: NaiveDate,
}

impl Validator {
    fn error(&mut self, field: impl Into<String>, code: &str, args: impl Fn(Lang) -> Args) {
        self.errors
            .push(Problem::fluent(field, code, Severity::Error, args));
    }

    fn warn(&mut self, field: impl Into<String>, code: &str, args: impl Fn(Lang) -> Args) {
        self.warnings
            .push(Problem::fluent(field, code, Severity::Warning, args));
    }

    /// Parses a `YYYY-MM-DD` date, reporting a missing or impossible one.
    fn date(&mut self, field: &str, value: &str, required: bool) -> Option<NaiveDate> {
        let t = value.trim();
        if t.is_empty() {
            if required {
                self.error(field, "date.missing", |_| vec![]);
            }
            return None;
        }
        match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            // A typo in the year (2062, 1026) never reaches the letter.
            Ok(d) => match crate::dates::plausible(d, self.today) {
                Ok(d) => Some(d),
                Err(why) => {
                    let value = t.to_string();
                    let limit = match why {
                        crate::dates::Implausible::TooLate { limit } => limit,
                        crate::dates::Implausible::TooEarly => crate::dates::earliest(),
                    };
                    self.error(field, why.code(), move |l| {
                        vec![("value", value.clone()), ("limit", date_long(l, limit))]
                    });
                    None
                }
            },
            Err(_) => {
                let value = t.to_string();
                self.error(field, "date.invalid", move |_| {
                    vec![("value", value.clone())]
                });
                None
            }
        }
    }

    /// Refuses a letter kind that does not fit the case; true when it fits.
    fn kind_fits(
        &mut self,
        asked: LetterKind,
        default: LetterKind,
        case: &Case,
        deadline: Option<&DeadlineReport>,
    ) -> bool {
        use LetterKind::*;
        let (made_by, _) = crate::routes::made_by(case);
        let une = made_by == MadeBy::Une;
        let late = deadline.is_some_and(|d| d.late);
        // fvl. § 35: UDI may change its own decision once the klage
        // deadline has passed (route `udi_omgjoring`).
        let udi_after_deadline = made_by == MadeBy::Udi && late;
        let effective = deadline.map(|d| d.effective);
        match asked {
            Omgjoring if !une && !udi_after_deadline => {
                self.error("kind", "kind.omgjoring_not_une", |_| vec![])
            }
            Klage | Forelopig | Late if une => self.error("kind", "kind.une_final", |_| vec![]),
            // fvl. § 42 is about staying in Norway (utl. § 90).
            Utsatt if case.facts.applicant_in_norway != Some(true) => {
                self.error("kind", "kind.utsatt_not_in_norway", |_| vec![])
            }
            Klage | Forelopig if late => {
                let e = effective.expect("late implies a deadline");
                self.error("kind", "kind.deadline_passed", move |l| {
                    vec![("deadline", date_long(l, e))]
                });
            }
            Late if !late && default != Late => {
                let e = effective;
                self.error("kind", "kind.not_late", move |l| {
                    vec![("deadline", e.map(|e| date_long(l, e)).unwrap_or_default())]
                });
            }
            _ => return true,
        }
        false
    }
}
