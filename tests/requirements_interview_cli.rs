//! `klagehjelp interview` on the terminal: answers piped to stdin.
use std::io::Write;
use std::process::{Command, Stdio};

fn interview(args: &[&str], input: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_klagehjelp"))
        .arg("interview")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn p05_answered_on_the_terminal() {
    let dir = std::env::temp_dir().join(format!("klagehjelp-interview-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_file = dir.join("facts.json");
    // spouse, Norwegian citizen, after entry, help, no 2 years, no child,
    // birth dates, registered, decided, income, (no override), no exemption,
    // year, past income, (no override), no social assistance, living together, not in Norway.
    let answers = "1\n1\n?\n2\nnei\n1\n1990-04-12\n1994-09-30\n2025-06-02\n2025-09-10\n400 000\n\n1\n2024\n380000\n\nnei\nja\nnei\n";
    let (code, out) = interview(
        &["--lang", "nb", "--out", out_file.to_str().unwrap()],
        answers,
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("== Familien =="));
    assert!(out.contains("ÅÅÅÅ-MM-DD"));
    assert!(
        out.contains("Har referansepersonen alltid bodd i Norge"),
        "help after '?'"
    );
    assert!(
        !out.contains("Hvor mange år har dere bodd sammen?"),
        "no cohabitation question for spouses"
    );
    assert!(
        !out.contains("fulltid i Norge, til sammen"),
        "no four-year question for a citizen"
    );
    assert!(
        out.contains("Framtidig inntekt 400 000 kr er 16 512 kr under kravet på 416 512 kr"),
        "{out}"
    );
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out_file).unwrap()).unwrap();
    assert_eq!(saved["facts"]["sponsor_future_income"], 400000);
    assert_eq!(saved["facts"]["family_formed"], "after_sponsor_entry");
    // The saved file is a valid input for `check`.
    let check = Command::new(env!("CARGO_BIN_EXE_klagehjelp"))
        .args(["check", out_file.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(
        v["requirements"]["underhold_fremtidig"]["status"],
        "not_met"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_wrong_answer_is_asked_again() {
    let (code, out) = interview(&["--lang", "en"], "cousin\n1\n");
    assert_eq!(code, 0);
    assert!(out.contains("\"cousin\" is not a valid answer"), "{out}");
    assert!(out.contains("\"relation\": \"spouse\""), "{out}");
}
