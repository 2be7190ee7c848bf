//! Encrypted hand-over through the app's commands (mock runtime, no
//! display): "Export encrypted…" checks the passphrase at its fields and
//! writes a private `.klage.age` file; Import recognises it, asks the
//! passphrase, keeps the file waiting after a wrong one, refuses a changed
//! file, validates the decrypted case like any import, and still reads
//! plain files as before. Reception mode names the file without the
//! person's name. One test function: it sets the process's environment.
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use tauri::WebviewWindow;
use tauri::test::MockRuntime;

mod common;
use common::{app_with as app, invoke};

const PASS: &str = "fire vanlige ord her";

fn fixture() -> Value {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/amina-spouse-income.klage.json"),
    )
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn set_env(k: &str, v: &Path) {
    // SAFETY: this binary's one test sets its environment on its own thread.
    unsafe { std::env::set_var(k, v) };
}

fn saved_case(w: &WebviewWindow<MockRuntime>) -> String {
    let opened = invoke(
        w,
        "new_case",
        json!({"letter_language": "nb", "lang": "en"}),
    )
    .unwrap();
    let id = opened["id"].as_str().unwrap().to_string();
    invoke(
        w,
        "save_case",
        json!({"id": id, "case": fixture(), "lang": "en"}),
    )
    .unwrap();
    id
}

#[test]
fn encrypted_hand_over_between_two_computers() {
    let base = std::env::temp_dir().join(format!("klagehjelp-handover-app-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let out = base.join("out");
    std::fs::create_dir_all(&out).unwrap();
    // SAFETY: as in set_env.
    unsafe { std::env::set_var("KLAGEHJELP_TODAY", "2026-11-12") };
    set_env("KLAGEHJELP_EXPORT_DIR", &out);

    // The volunteer's computer.
    let (_a, desk) = app(base.join("desk"), false);
    let id = saved_case(&desk);
    let export = |p: &str, again: &str| {
        invoke(
            &desk,
            "export_case_encrypted",
            json!({"id": id, "passphrase": p, "passphrase_again": again, "lang": "en"}),
        )
    };
    let e = export("kort", "kort").unwrap_err();
    assert_eq!(e["code"], "handover.too_short");
    assert_eq!(e["field"], "handover-passphrase");
    assert!(e["message"].as_str().unwrap().contains("at least 10"));
    let e = export(PASS, "fire vanlige ord her!").unwrap_err();
    assert_eq!(e["code"], "handover.mismatch");
    assert_eq!(e["field"], "handover-passphrase-again");
    assert!(
        std::fs::read_dir(&out).unwrap().next().is_none(),
        "nothing written"
    );
    let strength = invoke(
        &desk,
        "passphrase_strength",
        json!({"passphrase": "kort", "lang": "nb"}),
    )
    .unwrap();
    assert_eq!(strength["strength"], "too_short");
    assert_eq!(strength["min"], 10);
    assert!(strength["text"].as_str().unwrap().contains("For kort"));

    let written = export(PASS, PASS).unwrap();
    let file = PathBuf::from(written["path"].as_str().unwrap());
    let name = file.file_name().unwrap().to_str().unwrap().to_string();
    assert_eq!(
        name, "klage-2026-11-12.klage.age",
        "no name or DUF number in it"
    );
    let bytes = std::fs::read(&file).unwrap();
    assert!(klagehjelp::handover::is_encrypted(&bytes));
    assert!(!String::from_utf8_lossy(&bytes).contains("Amina"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    // The applicant's computer.
    let (_b, home) = app(base.join("home"), false);
    set_env("KLAGEHJELP_IMPORT_PATH", &file);
    let found = invoke(&home, "import_case", json!({"lang": "en"})).unwrap();
    assert_eq!(found["needs_passphrase"], true);
    assert_eq!(found["id"], Value::Null);
    assert_eq!(
        found["file_name"],
        file.file_name().unwrap().to_str().unwrap()
    );
    // A wrong passphrase: an error at the field, the file still waiting, no case added.
    let e = invoke(
        &home,
        "import_encrypted",
        json!({"passphrase": "fire vanlige ord der", "lang": "en"}),
    )
    .unwrap_err();
    assert_eq!(e["code"], "handover.wrong_passphrase");
    assert_eq!(e["field"], "import-passphrase");
    assert_eq!(
        invoke(&home, "list_cases", json!({"lang": "en"})).unwrap(),
        json!([])
    );
    let new_id = invoke(
        &home,
        "import_encrypted",
        json!({"passphrase": PASS, "lang": "en"}),
    )
    .unwrap();
    let loaded = invoke(&home, "load_case", json!({"id": new_id, "lang": "en"})).unwrap();
    let original = invoke(&desk, "load_case", json!({"id": id, "lang": "en"})).unwrap();
    assert_eq!(loaded["case"], original["case"]);
    // Done with: the file no longer waits.
    let e = invoke(
        &home,
        "import_encrypted",
        json!({"passphrase": PASS, "lang": "en"}),
    )
    .unwrap_err();
    assert_eq!(e["code"], "handover.nothing_pending");

    // A changed file is refused; nothing is added.
    let mut bad = bytes.clone();
    let n = bad.len() - 3;
    bad[n] ^= 0x01;
    let bad_path = out.join("changed.klage.age");
    std::fs::write(&bad_path, &bad).unwrap();
    set_env("KLAGEHJELP_IMPORT_PATH", &bad_path);
    invoke(&home, "import_case", json!({"lang": "en"})).unwrap();
    let e = invoke(
        &home,
        "import_encrypted",
        json!({"passphrase": PASS, "lang": "en"}),
    )
    .unwrap_err();
    assert_eq!(e["code"], "handover.damaged");
    invoke(&home, "cancel_import", json!({})).unwrap();
    assert_eq!(
        invoke(&home, "list_cases", json!({"lang": "en"}))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Decrypted content is validated like any import.
    let junk = klagehjelp::handover::encrypt_with_work_factor(
        b"{\"format\": \"klagehjelp-case/9\"}",
        PASS,
        4,
    )
    .unwrap();
    let junk_path = out.join("junk.klage.age");
    std::fs::write(&junk_path, junk).unwrap();
    set_env("KLAGEHJELP_IMPORT_PATH", &junk_path);
    invoke(&home, "import_case", json!({"lang": "en"})).unwrap();
    let e = invoke(
        &home,
        "import_encrypted",
        json!({"passphrase": PASS, "lang": "en"}),
    )
    .unwrap_err();
    assert_eq!(e["code"], "case.newer_format", "{e}");

    // A plain case file is imported as before.
    let plain = out.join("plain.klage.json");
    std::fs::write(&plain, fixture().to_string()).unwrap();
    set_env("KLAGEHJELP_IMPORT_PATH", &plain);
    let found = invoke(&home, "import_case", json!({"lang": "en"})).unwrap();
    assert_eq!(found["needs_passphrase"], false);
    assert!(found["id"].is_string());
    assert_eq!(
        invoke(&home, "list_cases", json!({"lang": "en"}))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // Reception mode too: the file name carries no name or DUF number.
    let (_c, reception) = app(base.join("reception"), true);
    let rid = saved_case(&reception);
    let written = invoke(
        &reception,
        "export_case_encrypted",
        json!({"id": rid, "passphrase": PASS, "passphrase_again": PASS, "lang": "en"}),
    )
    .unwrap();
    assert_eq!(
        Path::new(written["path"].as_str().unwrap())
            .file_name()
            .unwrap(),
        "klage-2026-11-12.klage.age"
    );
    std::fs::remove_dir_all(&base).unwrap();
}
