//! Number and date formatting for every UI language (Fluent's NUMBER() and
//! DATETIME() do not do this). Norwegian and English as before; Arabic,
//! Somali, Tigrinya, Persian and Ukrainian follow CLDR (patterns, month and
//! weekday names, separators; checked against CLDR 46) with two deliberate
//! choices: the **Gregorian calendar** in every language, and **Latin digits**
//! (CLDR's `-u-nu-latn` numbering), because the applicant must match these
//! dates and numbers with the Norwegian decision and the DUF number on paper.
use crate::Lang;
use chrono::{Datelike, NaiveDate, Weekday};

/// Non-breaking space used between digit groups, so an amount never wraps.
pub const NBSP: char = '\u{00A0}';

/// Groups the digits of a whole amount in threes: `416512` → "416 512"
/// (with a non-breaking space). Negative amounts get a minus sign.
pub fn amount(n: i64) -> String {
    grouped(n, NBSP)
}

fn grouped(n: i64, sep: char) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 { format!("−{out}") } else { out }
}

/// A whole amount grouped the way of `lang`: "416 512" (nb, nn, en, uk, with
/// a non-breaking space) or "416,512" (ar, so, ti, fa; CLDR with Latin digits).
pub fn amount_in(lang: Lang, n: i64) -> String {
    match lang {
        Lang::Ar | Lang::So | Lang::Ti | Lang::Fa => grouped(n, ','),
        Lang::Nb | Lang::Nn | Lang::En | Lang::Uk => amount(n),
    }
}

/// An amount in kroner: "416 512 kr" (nb, nn) or "NOK 416 512" (en, as on
/// UDI's English pages); in the other languages CLDR's currency pattern with
/// the ISO code: "416,512 NOK" (ar), "NOK 416,512" (fa, so, ti), "416 512 NOK" (uk).
pub fn nok(lang: Lang, n: i64) -> String {
    let a = amount_in(lang, n);
    match lang {
        Lang::Nb | Lang::Nn => format!("{a} kr"),
        Lang::En | Lang::Fa | Lang::So | Lang::Ti => format!("NOK{NBSP}{a}"),
        Lang::Ar | Lang::Uk => format!("{a}{NBSP}NOK"),
    }
}

/// A decimal number with a comma in Norwegian and Ukrainian ("2,5") and a
/// point in the other languages.
pub fn decimal(lang: Lang, x: f64) -> String {
    let s = if (x - x.round()).abs() < 1e-9 {
        format!("{}", x.round() as i64)
    } else {
        let s = format!("{x:.2}");
        s.trim_end_matches('0').to_string()
    };
    decimal_text(lang, &s)
}

/// A decimal written with a point in data ("3.2", a multiplier of G) in the
/// way of `lang`: "3,2" (nb, nn, uk), "3.2" (en, ar, so, ti, fa — where a
/// comma groups thousands, "436,957", and must not also mark decimals).
pub fn decimal_text(lang: Lang, s: &str) -> String {
    match lang {
        Lang::Nb | Lang::Nn | Lang::Uk => s.replace('.', ","),
        Lang::En | Lang::Ar | Lang::So | Lang::Ti | Lang::Fa => s.to_string(),
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

// CLDR "format wide" month names of the Gregorian calendar.
const MONTHS_AR: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];
const MONTHS_FA: [&str; 12] = [
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
];
const MONTHS_SO: [&str; 12] = [
    "Janaayo",
    "Febraayo",
    "Maarso",
    "Abriil",
    "Maayo",
    "Juun",
    "Luulyo",
    "Agosto",
    "Sebtembar",
    "Oktoobar",
    "Noofeembar",
    "Diseembar",
];
const MONTHS_TI: [&str; 12] = [
    "ጥሪ",
    "ለካቲት",
    "መጋቢት",
    "ሚያዝያ",
    "ጉንበት",
    "ሰነ",
    "ሓምለ",
    "ነሓሰ",
    "መስከረም",
    "ጥቅምቲ",
    "ሕዳር",
    "ታሕሳስ",
];
/// Ukrainian months in the genitive, as in a date ("22 квітня").
const MONTHS_UK: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];

/// "22. april 2025" (nb, nn), "22 April 2025" (en), and CLDR's long date
/// pattern in the other languages: "22 أبريل 2025" (ar), "22 آوریل 2025" (fa),
/// "Abriil 22, 2025" (so), "ሚያዝያ 22, 2025" (ti), "22 квітня 2025 р." (uk).
pub fn date_long(lang: Lang, d: NaiveDate) -> String {
    let m = d.month0() as usize;
    let (day, year) = (d.day(), d.year());
    match lang {
        Lang::Nb | Lang::Nn => format!("{day}. {} {year}", MONTHS_NO[m]),
        Lang::En => format!("{day} {} {year}", MONTHS_EN[m]),
        Lang::Ar => format!("{day} {} {year}", MONTHS_AR[m]),
        Lang::Fa => format!("{day} {} {year}", MONTHS_FA[m]),
        Lang::So => format!("{} {day}, {year}", MONTHS_SO[m]),
        Lang::Ti => format!("{} {day}, {year}", MONTHS_TI[m]),
        Lang::Uk => format!("{day} {} {year} р.", MONTHS_UK[m]),
    }
}

/// "22.04.2025" (nb, nn, uk), ISO "2025-04-22" (en), which no reader
/// misreads; "22/4/2025" (ar) and "2025/4/22" (fa) as in CLDR; "22/04/2025"
/// (so, ti: day first with a four-digit year, where CLDR's short patterns
/// have two-digit years, which are easy to misread).
pub fn date_short(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Nb | Lang::Nn | Lang::Uk => d.format("%d.%m.%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
        Lang::Ar => format!("{}/{}/{}", d.day(), d.month(), d.year()),
        Lang::Fa => format!("{}/{}/{}", d.year(), d.month(), d.day()),
        Lang::So | Lang::Ti => d.format("%d/%m/%Y").to_string(),
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
        Lang::Ar => match i {
            Mon => "الاثنين",
            Tue => "الثلاثاء",
            Wed => "الأربعاء",
            Thu => "الخميس",
            Fri => "الجمعة",
            Sat => "السبت",
            Sun => "الأحد",
        },
        Lang::Fa => match i {
            Mon => "دوشنبه",
            Tue => "سه\u{200c}شنبه",
            Wed => "چهارشنبه",
            Thu => "پنجشنبه",
            Fri => "جمعه",
            Sat => "شنبه",
            Sun => "یکشنبه",
        },
        Lang::So => match i {
            Mon => "Isniin",
            Tue => "Talaado",
            Wed => "Arbaco",
            Thu => "Khamiis",
            Fri => "Jimco",
            Sat => "Sabti",
            Sun => "Axad",
        },
        Lang::Ti => match i {
            Mon => "ሰኑይ",
            Tue => "ሰሉስ",
            Wed => "ረቡዕ",
            Thu => "ሓሙስ",
            Fri => "ዓርቢ",
            Sat => "ቀዳም",
            Sun => "ሰንበት",
        },
        Lang::Uk => match i {
            Mon => "понеділок",
            Tue => "вівторок",
            Wed => "середа",
            Thu => "четвер",
            Fri => "пʼятниця",
            Sat => "субота",
            Sun => "неділя",
        },
    }
}

/// "tirsdag 22. april 2025" / "Tuesday 22 April 2025", and CLDR's full date
/// pattern in the other languages: "الثلاثاء، 22 أبريل 2025",
/// "Talaado, Abriil 22, 2025", "вівторок, 22 квітня 2025 р." …
pub fn date_with_weekday(lang: Lang, d: NaiveDate) -> String {
    let w = weekday(lang, d);
    match lang {
        Lang::Nb | Lang::Nn | Lang::En | Lang::Fa => format!("{w} {}", date_long(lang, d)),
        Lang::Ar => format!("{w}، {}", date_long(lang, d)),
        Lang::So | Lang::Uk => format!("{w}, {}", date_long(lang, d)),
        Lang::Ti => {
            let m = d.month0() as usize;
            format!("{w}፣ {} {} {}", d.day(), MONTHS_TI[m], d.year())
        }
    }
}

/// Replaces non-breaking spaces with plain spaces, for terminals and scripts.
pub fn plain_spaces(s: &str) -> String {
    s.replace([NBSP, '\u{202F}'], " ")
}

#[cfg(test)]
mod tests {

    #[test]
    fn decimals_never_look_like_thousands() {
        // ar, so, ti, fa group thousands with a comma ("436,957"), so a comma
        // must not also mark decimals there.
        for lang in [Lang::En, Lang::Ar, Lang::So, Lang::Ti, Lang::Fa] {
            assert_eq!(decimal_text(lang, "3.2"), "3.2");
            assert_eq!(
                amount_in(lang, 436_957),
                "436,957".replace(',', if lang == Lang::En { "\u{a0}" } else { "," })
            );
        }
        for lang in [Lang::Nb, Lang::Nn, Lang::Uk] {
            assert_eq!(decimal_text(lang, "3.2"), "3,2");
            assert_eq!(decimal(lang, 2.5), "2,5");
        }
    }

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

    /// Expected values are CLDR's (Gregorian, Latin digits), as produced by
    /// ICU/Babel for `<lang>-u-nu-latn`.
    #[test]
    fn cldr_dates_in_the_applicant_languages() {
        let x = d("2025-04-22");
        assert_eq!(date_long(Lang::Ar, x), "22 أبريل 2025");
        assert_eq!(date_with_weekday(Lang::Ar, x), "الثلاثاء، 22 أبريل 2025");
        assert_eq!(date_long(Lang::Fa, x), "22 آوریل 2025");
        assert_eq!(
            date_with_weekday(Lang::Fa, x),
            "سه\u{200c}شنبه 22 آوریل 2025"
        );
        assert_eq!(date_long(Lang::So, x), "Abriil 22, 2025");
        assert_eq!(date_with_weekday(Lang::So, x), "Talaado, Abriil 22, 2025");
        assert_eq!(date_long(Lang::Ti, x), "ሚያዝያ 22, 2025");
        assert_eq!(date_with_weekday(Lang::Ti, x), "ሰሉስ፣ 22 ሚያዝያ 2025");
        assert_eq!(date_long(Lang::Uk, x), "22 квітня 2025 р.");
        assert_eq!(
            date_with_weekday(Lang::Uk, x),
            "вівторок, 22 квітня 2025 р."
        );
        assert_eq!(date_short(Lang::Ar, d("2025-04-02")), "2/4/2025");
        assert_eq!(date_short(Lang::Fa, d("2025-04-02")), "2025/4/2");
        assert_eq!(date_short(Lang::Uk, d("2025-04-02")), "02.04.2025");
        assert_eq!(date_short(Lang::So, d("2025-04-02")), "02/04/2025");
    }

    #[test]
    fn cldr_numbers_in_the_applicant_languages() {
        assert_eq!(plain_spaces(&nok(Lang::Ar, 416_512)), "416,512 NOK");
        assert_eq!(plain_spaces(&nok(Lang::Fa, 416_512)), "NOK 416,512");
        assert_eq!(plain_spaces(&nok(Lang::Uk, 416_512)), "416 512 NOK");
        assert_eq!(plain_spaces(&nok(Lang::So, 416_512)), "NOK 416,512");
        assert_eq!(decimal(Lang::Uk, 2.5), "2,5");
        assert_eq!(decimal(Lang::Ar, 2.5), "2.5");
    }

    #[test]
    fn every_language_names_every_weekday_and_month() {
        let mut d = d("2025-01-06");
        for _ in 0..365 {
            for lang in Lang::UI {
                assert!(!weekday(lang, d).is_empty());
                assert!(date_long(lang, d).contains(&d.year().to_string()));
            }
            d = d.succ_opt().unwrap();
        }
    }
}
