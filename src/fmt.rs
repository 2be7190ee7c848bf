//! Norwegian and English number and date formatting (Fluent's NUMBER() and
//! DATETIME() do not do this for nb/nn).
use crate::Lang;
use chrono::{Datelike, NaiveDate, Weekday};

/// Non-breaking space used between digit groups, so an amount never wraps.
pub const NBSP: char = '\u{00A0}';

/// Groups the digits of a whole amount in threes: `416512` → "416 512"
/// (with a non-breaking space). Negative amounts get a minus sign.
pub fn amount(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(NBSP);
        }
        out.push(c);
    }
    if n < 0 { format!("−{out}") } else { out }
}

/// An amount in kroner: "416 512 kr" (nb, nn) or "NOK 416 512" (en, as on
/// UDI's English pages).
pub fn nok(lang: Lang, n: i64) -> String {
    match lang {
        Lang::Nb | Lang::Nn => format!("{} kr", amount(n)),
        Lang::En => format!("NOK{NBSP}{}", amount(n)),
    }
}

/// A decimal number with a comma in Norwegian ("2,5") and a point in English.
pub fn decimal(lang: Lang, x: f64) -> String {
    let s = if (x - x.round()).abs() < 1e-9 {
        format!("{}", x.round() as i64)
    } else {
        let s = format!("{x:.2}");
        s.trim_end_matches('0').to_string()
    };
    match lang {
        Lang::Nb | Lang::Nn => s.replace('.', ","),
        Lang::En => s,
    }
}

const MONTHS_NO: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "22. april 2025" (nb, nn) or "22 April 2025" (en).
pub fn date_long(lang: Lang, d: NaiveDate) -> String {
    let m = d.month0() as usize;
    match lang {
        Lang::Nb | Lang::Nn => format!("{}. {} {}", d.day(), MONTHS_NO[m], d.year()),
        Lang::En => format!("{} {} {}", d.day(), MONTHS_EN[m], d.year()),
    }
}

/// "22.04.2025" (nb, nn) or ISO "2025-04-22" (en), which no reader misreads.
pub fn date_short(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Nb | Lang::Nn => d.format("%d.%m.%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// Name of the weekday, lower case in Norwegian: "tirsdag" / "tysdag" / "Tuesday".
pub fn weekday(lang: Lang, d: NaiveDate) -> &'static str {
    use Weekday::*;
    let i = d.weekday();
    match lang {
        Lang::Nb => match i {
            Mon => "mandag",
            Tue => "tirsdag",
            Wed => "onsdag",
            Thu => "torsdag",
            Fri => "fredag",
            Sat => "lørdag",
            Sun => "søndag",
        },
        Lang::Nn => match i {
            Mon => "måndag",
            Tue => "tysdag",
            Wed => "onsdag",
            Thu => "torsdag",
            Fri => "fredag",
            Sat => "laurdag",
            Sun => "søndag",
        },
        Lang::En => match i {
            Mon => "Monday",
            Tue => "Tuesday",
            Wed => "Wednesday",
            Thu => "Thursday",
            Fri => "Friday",
            Sat => "Saturday",
            Sun => "Sunday",
        },
    }
}

/// "tirsdag 22. april 2025" / "Tuesday 22 April 2025".
pub fn date_with_weekday(lang: Lang, d: NaiveDate) -> String {
    format!("{} {}", weekday(lang, d), date_long(lang, d))
}

/// Replaces non-breaking spaces with plain spaces, for terminals and scripts.
pub fn plain_spaces(s: &str) -> String {
    s.replace([NBSP, '\u{202F}'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn amounts_group_in_threes() {
        assert_eq!(plain_spaces(&amount(416_512)), "416 512");
        assert_eq!(plain_spaces(&amount(1_000_000)), "1 000 000");
        assert_eq!(amount(999), "999");
        assert_eq!(amount(0), "0");
        assert_eq!(plain_spaces(&nok(Lang::Nb, 16_512)), "16 512 kr");
        assert_eq!(plain_spaces(&nok(Lang::En, 16_512)), "NOK 16 512");
    }

    #[test]
    fn decimals_use_comma_in_norwegian() {
        assert_eq!(decimal(Lang::Nb, 2.5), "2,5");
        assert_eq!(decimal(Lang::En, 2.5), "2.5");
        assert_eq!(decimal(Lang::Nn, 4.0), "4");
    }

    #[test]
    fn dates() {
        assert_eq!(date_long(Lang::Nb, d("2025-04-22")), "22. april 2025");
        assert_eq!(date_long(Lang::En, d("2025-04-22")), "22 April 2025");
        assert_eq!(
            date_with_weekday(Lang::Nn, d("2025-04-22")),
            "tysdag 22. april 2025"
        );
        assert_eq!(date_short(Lang::Nb, d("2025-04-02")), "02.04.2025");
    }
}
