//! The DUF number: UDI's 12-digit case number for a person, written
//! `YYYY NNNNNN CC` and starting with the year of the first application
//! (udi.no, "DUF-nummer"; law-and-practice § 4).
//!
//! Input may have spaces or dashes; it is normalised to 12 digits. A number
//! that is not 12 digits, or whose first four digits are not a plausible year,
//! is refused. UDI publishes no checksum: the mod-11 check used by Statistics
//! Norway (KOSTRA, `validateDUF`) is applied as a *hint* only, because UDI's
//! own example "2012 586975 61" fails it.
use crate::Lang;
use crate::i18n::{FluentValue, UserFacing, tr};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// The earliest first-application year accepted. An assumption, not a rule
/// from UDI: FHI's open validator accepts 1992; the project accepts from 1980.
pub const FIRST_YEAR: i32 = 1980;

/// Weights of the KOSTRA mod-11 check over digits 1–10.
const WEIGHTS: [u32; 10] = [4, 6, 3, 2, 4, 6, 3, 2, 7, 5];

/// A DUF number that passed the format checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DufCheck {
    /// The 12 digits.
    pub normalized: String,
    /// "YYYY NNNNNN CC".
    pub display: String,
    /// The year of the first application (the first four digits).
    pub year: i32,
    /// Things that may be wrong but do not stop the number from being used.
    pub warnings: Vec<DufWarning>,
}

/// A doubt about a DUF number that is otherwise well-formed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code")]
pub enum DufWarning {
    /// The last two digits differ from the KOSTRA mod-11 check value.
    #[serde(rename = "duf.checksum")]
    Checksum { expected: String, found: String },
}

impl UserFacing for DufWarning {
    fn code(&self) -> &'static str {
        match self {
            DufWarning::Checksum { .. } => "duf.checksum",
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            DufWarning::Checksum { expected, found } => tr(
                lang,
                "duf-warning-checksum",
                &[
                    ("expected", FluentValue::from(expected.as_str())),
                    ("found", FluentValue::from(found.as_str())),
                ],
            ),
        }
    }
}

/// Why a text is not a DUF number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DufError {
    #[error("the DUF number is empty")]
    Empty,
    #[error(
        "the DUF number contains '{ch}' at position {position}; only digits, spaces and dashes are allowed"
    )]
    InvalidCharacter { ch: char, position: usize },
    #[error("a DUF number has 12 digits, this has {count}")]
    Length { count: usize },
    #[error("{year} is not a plausible first-application year ({min} to {max})")]
    Year { year: i32, min: i32, max: i32 },
}

impl UserFacing for DufError {
    fn code(&self) -> &'static str {
        match self {
            DufError::Empty => "duf.empty",
            DufError::InvalidCharacter { .. } => "duf.character",
            DufError::Length { .. } => "duf.length",
            DufError::Year { .. } => "duf.year",
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            DufError::Empty => tr(lang, "duf-error-empty", &[]),
            DufError::InvalidCharacter { ch, position } => tr(
                lang,
                "duf-error-character",
                &[
                    ("ch", FluentValue::from(ch.to_string())),
                    ("position", FluentValue::from(*position)),
                ],
            ),
            DufError::Length { count } => tr(
                lang,
                "duf-error-length",
                &[("count", FluentValue::from(*count))],
            ),
            DufError::Year { year, min, max } => tr(
                lang,
                "duf-error-year",
                &[
                    // As a string, so Fluent prints "2041", never "2,041".
                    ("year", FluentValue::from(year.to_string())),
                    ("min", FluentValue::from(min.to_string())),
                    ("max", FluentValue::from(max.to_string())),
                ],
            ),
        }
    }
}

/// Whether `c` may separate digit groups: whitespace (also no-break spaces)
/// or a hyphen or dash.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
        )
}

/// The KOSTRA mod-11 check value of the first ten digits, as two digits.
pub fn check_digits(first_ten: &[u8; 10]) -> String {
    let sum: u32 = first_ten
        .iter()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(*d) * w)
        .sum();
    format!("{:02}", sum % 11)
}

/// Checks and normalises a DUF number typed by a person. `today` bounds the
/// year: a DUF number cannot start with a future year.
pub fn parse(text: &str, today: NaiveDate) -> Result<DufCheck, DufError> {
    let mut digits = String::with_capacity(12);
    for (i, c) in text.trim().chars().enumerate() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if !is_separator(c) {
            return Err(DufError::InvalidCharacter {
                ch: c,
                position: i + 1,
            });
        }
    }
    if digits.is_empty() {
        return Err(DufError::Empty);
    }
    if digits.len() != 12 {
        return Err(DufError::Length {
            count: digits.len(),
        });
    }
    let max = today.year();
    let year: i32 = digits[..4].parse().unwrap_or(0);
    if !(FIRST_YEAR..=max).contains(&year) {
        return Err(DufError::Year {
            year,
            min: FIRST_YEAR,
            max,
        });
    }
    let mut first_ten = [0u8; 10];
    for (slot, b) in first_ten.iter_mut().zip(digits.bytes()) {
        *slot = b - b'0';
    }
    let expected = check_digits(&first_ten);
    let found = digits[10..].to_string();
    let mut warnings = Vec::new();
    if expected != found {
        warnings.push(DufWarning::Checksum { expected, found });
    }
    Ok(DufCheck {
        display: format!("{} {} {}", &digits[..4], &digits[4..10], &digits[10..]),
        normalized: digits,
        year,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 15).unwrap()
    }

    #[test]
    fn udi_example_is_accepted_with_a_checksum_warning() {
        let c = parse("2012 586975 61", today()).unwrap();
        assert_eq!(c.normalized, "201258697561");
        assert_eq!(c.display, "2012 586975 61");
        assert_eq!(c.year, 2012);
        assert_eq!(
            c.warnings,
            [DufWarning::Checksum {
                expected: "06".into(),
                found: "61".into()
            }]
        );
        let en = c.warnings[0].message(Lang::En);
        assert!(en.contains("UDI publishes no checksum"), "{en}");
    }

    #[test]
    fn fhi_valid_numbers_pass_the_check() {
        for n in [
            "200112345609",
            "201017238203",
            "200816832910",
            "199201426900",
        ] {
            let c = parse(n, today()).unwrap();
            assert!(c.warnings.is_empty(), "{n}: {:?}", c.warnings);
        }
    }

    #[test]
    fn separators_are_accepted() {
        for s in [
            "201258697561",
            "2012-586975-61",
            " 2012 586975 61 ",
            "2012\u{a0}586975\u{a0}61",
            "2012 – 586975 – 61",
        ] {
            assert_eq!(parse(s, today()).unwrap().normalized, "201258697561", "{s}");
        }
    }

    #[test]
    fn refusals_name_the_problem() {
        assert_eq!(parse("  ", today()), Err(DufError::Empty));
        assert_eq!(
            parse("2012 58697", today()),
            Err(DufError::Length { count: 9 })
        );
        assert_eq!(
            parse("2012 586975 612", today()),
            Err(DufError::Length { count: 13 })
        );
        assert_eq!(
            parse("2012/586975/61", today()),
            Err(DufError::InvalidCharacter {
                ch: '/',
                position: 5
            })
        );
        // FHI rejects 2041 although its checksum passes.
        assert_eq!(
            parse("204167553610", today()),
            Err(DufError::Year {
                year: 2041,
                min: 1980,
                max: 2026
            })
        );
        assert!(matches!(
            parse("197912345678", today()),
            Err(DufError::Year { year: 1979, .. })
        ));
        assert!(parse("198000000000", today()).is_ok());
        // The upper bound follows "today".
        let early = NaiveDate::from_ymd_opt(2011, 12, 31).unwrap();
        assert!(matches!(
            parse("2012 586975 61", early),
            Err(DufError::Year { .. })
        ));
        let msg = DufError::Year {
            year: 2041,
            min: 1980,
            max: 2026,
        }
        .message(Lang::Nb);
        assert!(
            msg.contains("2041") && msg.contains("1980") && msg.contains("2026"),
            "{msg}"
        );
    }

    #[test]
    fn unicode_digits_are_not_digits() {
        // Arabic-Indic digits are refused with the character named, not mangled.
        assert!(matches!(
            parse("٢٠١٢٥٨٦٩٧٥٦١", today()),
            Err(DufError::InvalidCharacter { position: 1, .. })
        ));
    }
}
