//! `klagehjelp interview` on the terminal: answers piped to stdin. It asks
//! only what the check reports missing, one fact at a time.
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
fn a_citizen_spouse_is_asked_only_what_matters() {
    let dir = std::env::temp_dir().join(format!("klagehjelp-interview-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_file = dir.join("facts.json");
    // relation: spouse (1); status: Norwegian citizen (1); then whatever the
    // check asks; empty lines skip. The input ends early on purpose.
    let answers = "1\n1\n?\n1990-04-12\n1994-09-30\nja\n";
    let (code, out) = interview(
        &[
            "--lang",
            "nb",
            "--today",
            "2026-11-30",
            "--out",
            out_file.to_str().unwrap(),
        ],
        answers,
    );
    assert_eq!(code, 0, "{out}");
    // The four-year rule never applies to a Norwegian citizen: not asked.
    assert!(!out.contains("sponsor_fulltime_years"), "{out}");
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out_file).unwrap()).unwrap();
    assert_eq!(saved["facts"]["relation"], "spouse");
    assert_eq!(saved["facts"]["sponsor_status"], "norwegian_citizen");
    // The saved file is a valid input for `check`.
    let check = Command::new(env!("CARGO_BIN_EXE_klagehjelp"))
        .args([
            "check",
            out_file.to_str().unwrap(),
            "--json",
            "--today",
            "2026-11-30",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(
        v["requirements"]["fireaarskrav"]["status"],
        "not_applicable"
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
