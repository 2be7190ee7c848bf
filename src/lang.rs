//! The languages Klagehjelp speaks.
use serde::{Deserialize, Serialize};
use std::{fmt, str::FromStr};

/// A language of the UI or of a letter. Letters may only be `Nb`, `Nn` or `En`
/// (UDI and UNE take letters in Norwegian or English).
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
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// BCP 47 tag used for the PDF `/Lang` entry and the HTML `lang` attribute.
    pub fn bcp47(self) -> &'static str {
        match self {
            Lang::Nb => "nb-NO",
            Lang::Nn => "nn-NO",
            Lang::En => "en",
        }
    }

    /// Picks a language from a locale string such as `nb_NO.UTF-8`, `no`, `nn-NO` or `en_GB`.
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
#[error("unknown language '{0}': use nb (bokmål), nn (nynorsk) or en (English)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nb" | "no" | "nb-no" => Ok(Lang::Nb),
            "nn" | "nn-no" => Ok(Lang::Nn),
            "en" | "en-gb" | "en-us" => Ok(Lang::En),
            other => Err(UnknownLang(other.to_string())),
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
        assert!("de".parse::<Lang>().is_err());
        assert_eq!(Lang::from_locale("nb_NO.UTF-8"), Some(Lang::Nb));
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
    }
}
