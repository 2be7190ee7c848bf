//! The deadline rule over a large space of dates (fvl. §§ 29–30, domstolloven
//! §§ 148–149), the holiday table of law-and-practice.md § 2.3, and its test
//! vectors.
use chrono::{Datelike, Days, NaiveDate, Weekday};
use klagehjelp::deadline::{DeadlineInput, compute, deadline_for};
use klagehjelp::holidays::{closed_reasons, easter_sunday, holidays, is_closed, warn_only};
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn first() -> NaiveDate {
    d("1990-01-01")
}
fn last() -> NaiveDate {
    d("2100-12-31")
}

/// Checks every property of the deadline for one received date.
fn check(received: NaiveDate) {
    let r = compute(&DeadlineInput {
        received,
        stated: None,
        decided: None,
        today: received,
    })
    .unwrap();
    let plus21 = received + Days::new(21);
    assert_eq!(r.three_weeks, plus21);
    assert_eq!(
        r.three_weeks.weekday(),
        received.weekday(),
        "same weekday (§ 148)"
    );
    assert!(r.computed >= plus21, "{received}: before 3 weeks");
    assert!(
        r.computed <= plus21 + Days::new(5),
        "{received}: {} too late",
        r.computed
    );
    assert!(
        !is_closed(r.computed),
        "{received}: ends on a closed day {}",
        r.computed
    );
    // It is the first open day: every day skipped was closed and is named.
    let skipped: Vec<NaiveDate> = plus21.iter_days().take_while(|x| *x < r.computed).collect();
    assert_eq!(skipped.len(), r.moved_over.len());
    for (day, m) in skipped.iter().zip(&r.moved_over) {
        assert_eq!(*day, m.date);
        assert!(is_closed(*day));
        assert!(!m.source.is_empty());
    }
    // 24 and 31 December never move a deadline.
    if warn_only(plus21).is_some() && !is_closed(plus21) {
        assert_eq!(r.computed, plus21);
    }
    assert_eq!(r.effective, r.computed);
    assert_eq!(r.days_left, (r.computed - received).num_days());
}

#[test]
fn every_received_date_1990_to_2100() {
    let mut n = 0;
    let mut longest = 0;
    for day in first().iter_days().take_while(|x| *x <= last()) {
        check(day);
        let moved = (deadline_for(day).unwrap() - (day + Days::new(21))).num_days();
        longest = longest.max(moved);
        n += 1;
    }
    assert_eq!(n, 40_542);
    assert_eq!(
        longest, 5,
        "Easter (Thursday to Monday) is the longest move"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn deadline_properties(offset in 0u64..40_542) {
        check(first() + Days::new(offset));
    }

    #[test]
    fn the_earlier_date_is_the_one_to_meet(
        offset in 0u64..40_542, stated_off in -30i64..60, today_off in 0u64..60,
    ) {
        let received = first() + Days::new(offset);
        let computed = deadline_for(received).unwrap();
        let stated = received + chrono::Duration::days(stated_off);
        let today = received + Days::new(today_off);
        let r = compute(&DeadlineInput { received, stated: Some(stated), decided: None, today }).unwrap();
        prop_assert_eq!(r.computed, computed);
        // Never "the later date applies" (issue 9): meet the earlier one.
        prop_assert_eq!(r.effective, computed.min(stated));
        prop_assert_eq!(r.latest, computed.max(stated));
        prop_assert_eq!(r.days_left, (r.effective - today).num_days());
        prop_assert_eq!(r.late, today > r.latest);
        prop_assert_eq!(r.between, today > r.effective && today <= r.latest);
        prop_assert_eq!(r.computed_open, today <= computed);
        prop_assert_eq!(r.recommend_provisional, (0..7).contains(&r.days_left));
    }
}

#[test]
fn the_four_test_vectors() {
    for (received, deadline) in [
        ("2025-03-27", "2025-04-22"),
        ("2026-04-26", "2026-05-18"),
        ("2025-12-03", "2025-12-24"),
        ("2025-12-10", "2025-12-31"),
    ] {
        assert_eq!(deadline_for(d(received)), Some(d(deadline)), "{received}");
    }
}

/// law-and-practice.md § 2.3: skjærtorsdag, langfredag, 1. and 2. påskedag,
/// Kristi himmelfartsdag, 1. and 2. pinsedag.
#[test]
fn holiday_table_as_listed() {
    let table = [
        (
            2019,
            [
                "18.04", "19.04", "21.04", "22.04", "30.05", "09.06", "10.06",
            ],
        ),
        (
            2020,
            [
                "09.04", "10.04", "12.04", "13.04", "21.05", "31.05", "01.06",
            ],
        ),
        (
            2024,
            [
                "28.03", "29.03", "31.03", "01.04", "09.05", "19.05", "20.05",
            ],
        ),
        (
            2025,
            [
                "17.04", "18.04", "20.04", "21.04", "29.05", "08.06", "09.06",
            ],
        ),
        (
            2026,
            [
                "02.04", "03.04", "05.04", "06.04", "14.05", "24.05", "25.05",
            ],
        ),
        (
            2027,
            [
                "25.03", "26.03", "28.03", "29.03", "06.05", "16.05", "17.05",
            ],
        ),
        (
            2028,
            [
                "13.04", "14.04", "16.04", "17.04", "25.05", "04.06", "05.06",
            ],
        ),
    ];
    let ids = [
        "skjaertorsdag",
        "langfredag",
        "forste_paaskedag",
        "andre_paaskedag",
        "kristi_himmelfartsdag",
        "forste_pinsedag",
        "andre_pinsedag",
    ];
    for (year, dates) in table {
        let list = holidays(year);
        for (id, dm) in ids.iter().zip(dates) {
            let date = NaiveDate::parse_from_str(&format!("{dm}.{year}"), "%d.%m.%Y").unwrap();
            let found: Vec<_> = list.iter().filter(|(_, r)| r.id == *id).collect();
            assert_eq!(found.len(), 1, "{year} {id}");
            assert_eq!(found[0].0, date, "{year} {id}");
            assert!(
                closed_reasons(date).iter().any(|r| r.id == *id),
                "{year} {id}"
            );
        }
    }
}

/// The years 2021–2023 are not in the table; Easter Sunday then was 4 April
/// 2021, 17 April 2022 and 9 April 2023.
#[test]
fn every_year_2019_to_2028_has_twelve_named_days() {
    assert_eq!(easter_sunday(2021), Some(d("2021-04-04")));
    assert_eq!(easter_sunday(2022), Some(d("2022-04-17")));
    assert_eq!(easter_sunday(2023), Some(d("2023-04-09")));
    for year in 2019..=2028 {
        let list = holidays(year);
        assert_eq!(list.len(), 12, "{year}");
        for (date, r) in &list {
            assert!(is_closed(*date), "{year} {}", r.id);
            assert!(
                r.source.starts_with("helligdagsloven § 2")
                    || r.source == "lov 26. april 1947 nr. 1 § 1"
            );
        }
        for fixed in ["01-01", "05-01", "05-17", "12-25", "12-26"] {
            let date = d(&format!("{year}-{fixed}"));
            assert!(list.iter().any(|(x, _)| *x == date), "{year}-{fixed}");
        }
        let e = easter_sunday(year).unwrap();
        assert_eq!(e.weekday(), Weekday::Sun);
        for (off, wd) in [
            (-3, Weekday::Thu),
            (-2, Weekday::Fri),
            (1, Weekday::Mon),
            (39, Weekday::Thu),
            (50, Weekday::Mon),
        ] {
            assert_eq!((e + chrono::Duration::days(off)).weekday(), wd);
        }
        assert!(
            !is_closed(d(&format!("{year}-12-24")))
                || d(&format!("{year}-12-24")).weekday() == Weekday::Sat
                || d(&format!("{year}-12-24")).weekday() == Weekday::Sun
        );
    }
}
