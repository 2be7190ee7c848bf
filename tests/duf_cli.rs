//! `klagehjelp duf` run as a real binary.
mod common;
use common::{ok, refused};

fn golden(name: &str, actual: &str) {
    common::golden("cli", name, actual);
}

#[test]
fn udi_example_is_accepted_with_a_warning() {
    for lang in ["en", "nb", "nn"] {
        let out = ok(&[
            "duf",
            "2012 586975 61",
            "--today",
            "2026-01-15",
            "--lang",
            lang,
        ]);
        golden(&format!("duf-udi-example-{lang}.txt"), &out);
        assert!(out.contains("2012 586975 61"));
    }
    let out = ok(&[
        "duf",
        "2012-586975-61",
        "--today",
        "2026-01-15",
        "--json",
        "--lang",
        "en",
    ]);
    golden("duf-udi-example-en.json", &out);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["normalized"], "201258697561");
    assert_eq!(v["display"], "2012 586975 61");
    assert_eq!(v["warnings"][0]["code"], "duf.checksum");
    assert_eq!(v["warnings"][0]["expected"], "06");
    assert!(
        v["warnings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("UDI publishes no checksum")
    );
}

#[test]
fn a_number_passing_the_check_has_no_warnings() {
    let out = ok(&["duf", "200112345609", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["display"], "2001 123456 09");
    assert_eq!(v["warnings"].as_array().unwrap().len(), 0);
}

#[test]
fn refusals() {
    let e = refused(&["duf", "2012 58697", "--lang", "en"]);
    assert!(e.contains("12 digits") && e.contains("has 9"), "{e}");
    let e = refused(&[
        "duf",
        "2041 675536 10",
        "--today",
        "2026-01-15",
        "--lang",
        "en",
    ]);
    assert!(e.contains("2041") && e.contains("1980 to 2026"), "{e}");
    let e = refused(&["duf", "1979 123456 78", "--lang", "nb"]);
    assert!(e.contains("1979"), "{e}");
    let e = refused(&["duf", "2012/586975/61", "--lang", "nn"]);
    assert!(e.contains("«/»"), "{e}");
    let e = refused(&["duf", "", "--lang", "en"]);
    assert!(e.contains("empty"), "{e}");
    let e = refused(&[
        "duf",
        "2012 586975 61",
        "--today",
        "2026-02-30",
        "--lang",
        "en",
    ]);
    assert!(e.contains("--today"), "{e}");
}
