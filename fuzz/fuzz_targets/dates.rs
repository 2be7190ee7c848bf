//! Any text as a typed date: never a panic; a date read back in ISO form
//! reads as itself; plausibility never panics, whatever "today" is.
#![no_main]
use klagehjelp::dates::{parse_date, plausible};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(d) = parse_date(text) {
        let iso = d.format("%Y-%m-%d").to_string();
        if (1000..=9999).contains(&chrono::Datelike::year(&d)) {
            assert_eq!(parse_date(&iso), Some(d));
        }
        for today in [d, chrono::NaiveDate::MIN, chrono::NaiveDate::MAX] {
            let _ = plausible(d, today);
        }
    }
});
