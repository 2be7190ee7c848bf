//! The languages Klagehjelp speaks.
//!
//! Two sets: the **letter languages** (nb, nn, en), because UDI and UNE only
//! take a klage written in Norwegian or English; and the **UI languages**,
//! which add the languages of large groups of family-immigration applicants
//! (Arabic, Somali, Tigrinya, Persian, Ukrainian), so that a person can
//! understand every screen before signing a letter in Norwegian or English.
use serde::{Deserialize, Serialize};
use std::{fmt, str::FromStr};

/// A language of the UI or of a letter. Letters may only be `Nb`, `Nn` or `En`
/// (see [`Lang::is_letter_language`]; [`crate::case::Case::from_json`] rejects
/// any other letter language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Norwegian bokmål (the fallback language).
    #[default]
    Nb,
    /// Norwegian nynorsk.
    Nn,
    /// English.
    En,
    /// Arabic (right to left).
    Ar,
    /// Somali.
    So,
    /// Tigrinya (Ethiopic script).
    Ti,
    /// Persian (right to left).
    Fa,
    /// Ukrainian.
    Uk,
}

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Persian).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// What the UI needs to know about a language to show it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LangInfo {
    pub code: &'static str,
    /// For the HTML `lang` attribute.
    pub bcp47: &'static str,
    /// `ltr` or `rtl`, for the HTML `dir` attribute.
    pub dir: &'static str,
    /// The language's own name.
    pub name: &'static str,
    /// Whether a translator has checked the translation.
    pub reviewed: bool,
    /// Whether a klage may be written in it.
    pub letter_language: bool,
    /// Whether the UI shows the Norwegian word beside legal terms.
    pub shows_norwegian_terms: bool,
}

impl Lang {
    /// The facts about this language that the UI renders.
    pub fn info(self) -> LangInfo {
        LangInfo {
            code: self.code(),
            bcp47: self.bcp47(),
            dir: self.direction().as_str(),
            name: self.endonym(),
            reviewed: self.translation_reviewed(),
            letter_language: self.is_letter_language(),
            shows_norwegian_terms: self.shows_norwegian_terms(),
        }
    }

    /// The languages a letter can be written in (UDI and UNE take letters in
    /// Norwegian or English). These are also the languages whose every
    /// message has been written and checked by the team.
    pub const ALL: [Lang; 3] = Lang::LETTER;

    /// The languages a letter can be written in: nb, nn, en.
    pub const LETTER: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// Every language of the app's screens and the CLI's messages, in the
    /// order of the language menu.
    pub const UI: [Lang; 8] = [
        Lang::Nb,
        Lang::Nn,
        Lang::En,
        Lang::Ar,
        Lang::So,
        Lang::Ti,
        Lang::Fa,
        Lang::Uk,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::So => "so",
            Lang::Ti => "ti",
            Lang::Fa => "fa",
            Lang::Uk => "uk",
        }
    }

    /// BCP 47 tag used for the PDF `/Lang` entry and the HTML `lang` attribute.
    pub fn bcp47(self) -> &'static str {
        match self {
            Lang::Nb => "nb-NO",
            Lang::Nn => "nn-NO",
            Lang::En => "en",
            other => other.code(),
        }
    }

    /// Whether a klage may be written in this language (nb, nn, en).
    pub fn is_letter_language(self) -> bool {
        Lang::LETTER.contains(&self)
    }

    /// The letter language to start a new case with when the UI speaks
    /// `self`: the same language if a letter may be written in it, else
    /// bokmål (the applicant chooses on the first step).
    pub fn default_letter_language(self) -> Lang {
        if self.is_letter_language() {
            self
        } else {
            Lang::Nb
        }
    }

    /// Which way text runs: right to left for Arabic and Persian.
    pub fn direction(self) -> Direction {
        match self {
            Lang::Ar | Lang::Fa => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// The language a message comes from when this language lacks it:
    /// nynorsk and English fall back to bokmål; the applicant languages fall
    /// back to English (more applicants read English than Norwegian), and
    /// English in turn to bokmål.
    pub fn fallback(self) -> Option<Lang> {
        match self {
            Lang::Nb => None,
            Lang::Nn | Lang::En => Some(Lang::Nb),
            Lang::Ar | Lang::So | Lang::Ti | Lang::Fa | Lang::Uk => Some(Lang::En),
        }
    }

    /// Whether a translator who speaks the language has checked the
    /// translation. Until then the UI says so, in the language and in English.
    pub fn translation_reviewed(self) -> bool {
        self.is_letter_language()
    }

    /// Whether the UI shows the Norwegian word beside each legal term
    /// (klage, vedtak, fullmakt …): in every language but Norwegian, since
    /// the applicant meets the Norwegian words on paper.
    pub fn shows_norwegian_terms(self) -> bool {
        !matches!(self, Lang::Nb | Lang::Nn)
    }

    /// The language's own name ("العربية", "Soomaali" …), for the language
    /// menu: a person who reads no Norwegian must find their language.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nb => "Norsk bokmål",
            Lang::Nn => "Norsk nynorsk",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::So => "Soomaali",
            Lang::Ti => "ትግርኛ",
            Lang::Fa => "فارسی",
            Lang::Uk => "Українська",
        }
    }

    /// Picks a language from a locale string such as `nb_NO.UTF-8`, `no`,
    /// `nn-NO`, `en_GB` or `ar_SY.UTF-8`.
    pub fn from_locale(s: &str) -> Option<Lang> {
        let lower = s.to_ascii_lowercase();
        let head: String = lower
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        match head.as_str() {
            "nb" | "no" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "en" => Some(Lang::En),
            "ar" => Some(Lang::Ar),
            "so" => Some(Lang::So),
            "ti" => Some(Lang::Ti),
            "fa" | "prs" => Some(Lang::Fa),
            "uk" => Some(Lang::Uk),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Error for a language code that Klagehjelp does not know.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "unknown language '{0}': use nb (bokmål), nn (nynorsk), en (English), ar (العربية), so (Soomaali), ti (ትግርኛ), fa (فارسی) or uk (українська)"
)]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase().replace('_', "-");
        match lower.as_str() {
            "nb" | "no" | "nb-no" => Ok(Lang::Nb),
            "nn" | "nn-no" => Ok(Lang::Nn),
            "en" | "en-gb" | "en-us" => Ok(Lang::En),
            other => Lang::UI
                .into_iter()
                .find(|l| l.code() == other)
                .ok_or_else(|| UnknownLang(other.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_locales() {
        assert_eq!("NB".parse::<Lang>(), Ok(Lang::Nb));
        assert_eq!("nn-NO".parse::<Lang>(), Ok(Lang::Nn));
        assert_eq!("ar".parse::<Lang>(), Ok(Lang::Ar));
        assert_eq!("UK".parse::<Lang>(), Ok(Lang::Uk));
        assert!("de".parse::<Lang>().is_err());
        assert_eq!(Lang::from_locale("nb_NO.UTF-8"), Some(Lang::Nb));
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("ar_SY.UTF-8"), Some(Lang::Ar));
        assert_eq!(Lang::from_locale("ti_ER"), Some(Lang::Ti));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
    }

    #[test]
    fn every_ui_language_parses_from_its_code() {
        for l in Lang::UI {
            assert_eq!(l.code().parse::<Lang>(), Ok(l));
            assert_eq!(Lang::from_locale(l.code()), Some(l));
        }
    }

    #[test]
    fn letters_only_in_norwegian_or_english() {
        let letter: Vec<_> = Lang::UI
            .into_iter()
            .filter(|l| l.is_letter_language())
            .collect();
        assert_eq!(letter, vec![Lang::Nb, Lang::Nn, Lang::En]);
        assert_eq!(Lang::Ar.default_letter_language(), Lang::Nb);
        assert_eq!(Lang::En.default_letter_language(), Lang::En);
    }

    #[test]
    fn arabic_and_persian_run_right_to_left() {
        let rtl: Vec<_> = Lang::UI
            .into_iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .collect();
        assert_eq!(rtl, vec![Lang::Ar, Lang::Fa]);
    }

    #[test]
    fn fallback_chains_end_in_bokmal() {
        for l in Lang::UI {
            let mut seen = vec![l];
            let mut cur = l;
            while let Some(next) = cur.fallback() {
                assert!(!seen.contains(&next), "fallback loop at {l}");
                seen.push(next);
                cur = next;
            }
            assert_eq!(cur, Lang::Nb);
        }
        assert_eq!(Lang::Ar.fallback(), Some(Lang::En));
    }
}
