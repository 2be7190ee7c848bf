//! Any bytes as a case file: never a panic; what opens writes back to the
//! same case, and can be checked and explained in every language.
#![no_main]
use klagehjelp::Lang;
use klagehjelp::case::Case;
use klagehjelp::i18n::UserFacing;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match Case::from_bytes(data) {
        Ok(case) => {
            let again = Case::from_json(&case.to_json()).expect("a case writes back readable");
            assert_eq!(again, case);
            let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 12).unwrap();
            let _ = case.review(None, today);
            let _ = case.too_long();
        }
        Err(e) => {
            for lang in Lang::ALL {
                assert!(!e.message(lang).is_empty());
            }
        }
    }
});
