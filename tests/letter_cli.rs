//! `klagehjelp letter`: the real binary on the example cases.
mod common;
use common::{fixture, run, stderr, stdout};

#[test]
fn text_mode_prints_the_golden_text() {
    let o = run(&[
        "letter",
        &fixture("amina-spouse-income"),
        "--today",
        "2026-11-25",
        "--text",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let golden = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/letters/amina-spouse-income.txt"
    ))
    .unwrap();
    assert_eq!(stdout(&o), golden);
    assert!(stderr(&o).contains("UDI"), "notes go to stderr");
}

#[test]
fn out_writes_a_pdf() {
    let dir = std::env::temp_dir().join(format!("klagehjelp-letter-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("klage.pdf");
    let o = run(&[
        "letter",
        &fixture("hoang-nn-fullmektig"),
        "--out",
        out.to_str().unwrap(),
        "--today",
        "2026-11-25",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(stdout(&o).contains("klage.pdf"));
}

#[test]
fn problems_exit_2_one_per_line() {
    let dir =
        std::env::temp_dir().join(format!("klagehjelp-letter-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.klage.json");
    let text = std::fs::read_to_string(fixture("amina-spouse-income"))
        .unwrap()
        .replace("\"2026-11-09\"", "\"2026-11-31\"")
        .replace("\"signed_place\": \"Nairobi\"", "\"signed_place\": \"\"");
    std::fs::write(&bad, text).unwrap();
    let o = run(&[
        "--lang",
        "en",
        "letter",
        bad.to_str().unwrap(),
        "--today",
        "2026-11-25",
        "--text",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.lines().any(
            |l| l.starts_with("decision.received: [date.invalid] ") && l.contains("2026-11-31")
        ),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.starts_with("signed_place: [signed_place.missing] ")),
        "{err}"
    );
    assert!(stdout(&o).is_empty());
}

#[test]
fn kind_is_checked() {
    let o = run(&[
        "letter",
        &fixture("amina-spouse-income"),
        "--today",
        "2026-11-25",
        "--text",
        "--kind",
        "brev",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--kind"));
    let o = run(&[
        "--lang",
        "nb",
        "letter",
        &fixture("amina-spouse-income"),
        "--today",
        "2026-11-25",
        "--text",
        "--kind",
        "late",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("kind: [kind.not_late] Klagefristen"),
        "{}",
        stderr(&o)
    );
    let o = run(&[
        "letter",
        &fixture("amina-spouse-income"),
        "--today",
        "2026-11-25",
        "--text",
        "--kind",
        "forelopig",
    ]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("FORELØPIG KLAGE"));
}

#[test]
fn a_missing_file_is_exit_2() {
    let o = run(&["letter", "/nonexistent/x.klage.json", "--text"]);
    assert_eq!(o.status.code(), Some(2));
}
