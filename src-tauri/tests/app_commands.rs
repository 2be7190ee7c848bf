//! Command tests with Tauri's mock runtime (no display needed): the UI's
//! commands answer through real IPC, errors arrive as `{code, message}` in
//! the UI language, and every string the UI asks for exists in nb, nn and en.
use serde_json::{Value, json};
use std::path::PathBuf;
use std::sync::Once;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

static TODAY: Once = Once::new();

/// Every test sees the same "today" (the app reads KLAGEHJELP_TODAY).
fn fix_today() {
    TODAY.call_once(|| {
        // SAFETY: set once, before any app of this test binary reads it.
        unsafe { std::env::set_var("KLAGEHJELP_TODAY", "2026-11-12") };
    });
}

fn temp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "klagehjelp-app-test-{tag}-{}-{}",
        std::process::id(),
        klagehjelp_app::store::Store::new_id()
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn app(data: PathBuf) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    fix_today();
    let app = klagehjelp_app::builder(mock_builder(), Some(data))
        .build(mock_context(noop_assets()))
        .expect("mock app");
    let w = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("mock window");
    (app, w)
}

fn invoke(w: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        w,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

#[test]
fn strings_are_complete_in_every_language() {
    let (_app, w) = app(temp_dir("strings"));
    let nb = invoke(&w, "ui_strings", json!({"lang": "nb"})).unwrap();
    let nn = invoke(&w, "ui_strings", json!({"lang": "nn"})).unwrap();
    let en = invoke(&w, "ui_strings", json!({"lang": "en"})).unwrap();
    assert_eq!(nb["ui-next"], "Neste");
    assert_eq!(en["ui-next"], "Next");
    assert_eq!(nn["ui-cancel"], "Avbryt");
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&nb), keys(&en));
    assert_eq!(keys(&nb), keys(&nn));
    assert!(keys(&nb).len() > 150);
}

/// Every `t('id')` in ui/js names a message that exists in all three languages.
#[test]
fn every_string_the_ui_uses_exists() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/js");
    let mut used = vec![];
    for e in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
        let mut rest = text.as_str();
        while let Some(i) = rest.find("t('") {
            rest = &rest[i + 3..];
            let end = rest.find('\'').unwrap();
            let id = &rest[..end];
            if id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') && !id.is_empty() {
                used.push(format!("ui-{id}"));
            }
        }
    }
    assert!(used.len() > 100, "found only {} string uses", used.len());
    let mut missing = vec![];
    for lang in klagehjelp::Lang::ALL {
        for id in &used {
            if !klagehjelp::i18n::has(lang, id) {
                missing.push(format!("{lang}: {id}"));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "missing: {missing:?}");
}

#[test]
fn duf_checked_as_typed() {
    let (_app, w) = app(temp_dir("duf"));
    let ok = invoke(&w, "check_duf", json!({"text": "201258697561", "lang": "en"})).unwrap();
    assert_eq!(ok["display"], "2012 586975 61");
    assert_eq!(ok["normalized"], "201258697561");
    let err = invoke(&w, "check_duf", json!({"text": "2012 58", "lang": "en"})).unwrap_err();
    assert!(err["code"].as_str().unwrap().starts_with("duf."), "{err}");
    assert!(!err["message"].as_str().unwrap().is_empty());
    assert_eq!(err["field"], "duf");
}

#[test]
fn deadline_for_a_refusal_received_9_november_2026() {
    let (_app, w) = app(temp_dir("deadline"));
    let v = invoke(
        &w,
        "deadline",
        json!({"received": "09.11.2026", "stated": null, "decided": "2026-11-02", "lang": "nb"}),
    )
    .unwrap();
    // Monday 9 November + 3 weeks = Monday 30 November 2026 (fvl. § 29).
    assert_eq!(v["report"]["effective"], "2026-11-30");
    assert_eq!(v["report"]["status"], "open");
    assert_eq!(v["report"]["days_left"], 18);
    assert_eq!(v["effective_long"], "mandag 30. november 2026");
    assert_eq!(v["status_text"], "18 dager igjen");
    assert!(!v["notes"].as_array().unwrap().is_empty());
    let en = invoke(&w, "deadline", json!({"received": "2026-11-09", "lang": "en"})).unwrap();
    assert_eq!(en["effective_long"], "Monday 30 November 2026");
    assert_eq!(en["status_text"], "18 days left");
}

#[test]
fn errors_arrive_as_code_and_message_in_the_ui_language() {
    let (_app, w) = app(temp_dir("errors"));
    let e = invoke(&w, "check_date", json!({"text": "31.02.2026", "field": "decision.received", "lang": "en"})).unwrap_err();
    assert_eq!(e["code"], "date.invalid");
    assert_eq!(e["field"], "decision.received");
    assert!(e["message"].as_str().unwrap().contains("31.02.2026"), "{e}");
    let nb = invoke(&w, "deadline", json!({"received": "", "lang": "nb"})).unwrap_err();
    assert_eq!(nb["code"], "date.missing");
    assert_eq!(nb["message"], "Skriv inn datoen.");
    let ok = invoke(&w, "check_date", json!({"text": "9.11.2026", "field": "x", "lang": "nn"})).unwrap();
    assert_eq!(ok["iso"], "2026-11-09");
    assert_eq!(ok["long"], "måndag 9. november 2026");
}

#[test]
fn cases_are_saved_listed_duplicated_and_deleted() {
    let dir = temp_dir("cases");
    let (_app, w) = app(dir.clone());
    assert_eq!(invoke(&w, "list_cases", json!({"lang": "en"})).unwrap(), json!([]));
    let opened = invoke(&w, "new_case", json!({"letter_language": "en", "lang": "en"})).unwrap();
    let id = opened["id"].as_str().unwrap().to_string();
    let mut case = opened["case"].clone();
    assert_eq!(case["format"], "klagehjelp-case/1");
    case["applicant"]["given_name"] = json!("Amina");
    case["applicant"]["family_name"] = json!("Yusuf Hassan");
    case["duf"] = json!("2012 586975 61");
    case["decision"]["received"] = json!("2026-11-09");
    invoke(&w, "save_case", json!({"id": id, "case": case, "ui": {"step": "review"}, "lang": "en"})).unwrap();
    assert!(dir.join("cases").join(format!("{id}.klage.json")).is_file());

    let list = invoke(&w, "list_cases", json!({"lang": "en"})).unwrap();
    assert_eq!(list[0]["name"], "Amina Yusuf Hassan");
    assert_eq!(list[0]["deadline"], "2026-11-30");
    assert_eq!(list[0]["days_left"], 18);

    let loaded = invoke(&w, "load_case", json!({"id": id, "lang": "en"})).unwrap();
    assert_eq!(loaded["case"]["duf"], "2012 586975 61");
    assert_eq!(loaded["ui"]["step"], "review");

    let copy = invoke(&w, "duplicate_case", json!({"id": id, "lang": "en"})).unwrap();
    assert_ne!(copy, json!(id));
    assert_eq!(invoke(&w, "list_cases", json!({"lang": "en"})).unwrap().as_array().unwrap().len(), 2);
    invoke(&w, "delete_case", json!({"id": id, "lang": "en"})).unwrap();
    assert_eq!(invoke(&w, "list_cases", json!({"lang": "en"})).unwrap().as_array().unwrap().len(), 1);
    let bad = invoke(&w, "load_case", json!({"id": "../../etc/passwd", "lang": "en"})).unwrap_err();
    assert_eq!(bad["code"], "case.not_found");
    std::fs::remove_dir_all(dir).unwrap();
}
