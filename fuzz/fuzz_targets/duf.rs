//! Any text as a DUF number: never a panic; what is accepted has 12 digits.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 12).unwrap();
    if let Ok(c) = klagehjelp::duf::parse(text, today) {
        assert_eq!(c.normalized.chars().filter(char::is_ascii_digit).count(), 12);
    }
});
