//! Command tests with Tauri's mock runtime (no display needed): the UI's
//! commands answer through real IPC, errors arrive as `{code, message}` in
//! the UI language, and every string the UI asks for exists in nb, nn and en.
use serde_json::{Value, json};
use std::path::PathBuf;
use std::sync::Once;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets,
};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

static TODAY: Once = Once::new();

/// Every test sees the same "today" (the app reads KLAGEHJELP_TODAY).
fn fix_today() {
    TODAY.call_once(|| {
        // SAFETY: set once, before any app of this test binary reads it.
        unsafe {
            std::env::set_var("KLAGEHJELP_TODAY", "2026-11-12");
            std::env::set_var("KLAGEHJELP_SAVE_PATH", save_path());
        };
    });
}

/// Tests that export to the one forced save path take turns.
static EXPORT: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Where Export PDF writes in these tests (no Save dialog).
fn save_path() -> PathBuf {
    std::env::temp_dir().join(format!("klagehjelp-app-test-{}.pdf", std::process::id()))
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
            let standalone = i == 0 || !rest.as_bytes()[i - 1].is_ascii_alphanumeric();
            rest = &rest[i + 3..];
            if !standalone {
                continue;
            }
            let end = rest.find('\'').unwrap();
            let id = &rest[..end];
            if id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !id.is_empty()
            {
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
    let ok = invoke(
        &w,
        "check_duf",
        json!({"text": "201258697561", "lang": "en"}),
    )
    .unwrap();
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
    let en = invoke(
        &w,
        "deadline",
        json!({"received": "2026-11-09", "lang": "en"}),
    )
    .unwrap();
    assert_eq!(en["effective_long"], "Monday 30 November 2026");
    assert_eq!(en["status_text"], "18 days left");
}

#[test]
fn errors_arrive_as_code_and_message_in_the_ui_language() {
    let (_app, w) = app(temp_dir("errors"));
    let e = invoke(
        &w,
        "check_date",
        json!({"text": "31.02.2026", "field": "decision.received", "lang": "en"}),
    )
    .unwrap_err();
    assert_eq!(e["code"], "date.invalid");
    assert_eq!(e["field"], "decision.received");
    assert!(e["message"].as_str().unwrap().contains("31.02.2026"), "{e}");
    let nb = invoke(&w, "deadline", json!({"received": "", "lang": "nb"})).unwrap_err();
    assert_eq!(nb["code"], "date.missing");
    assert_eq!(nb["message"], "Skriv inn datoen.");
    let ok = invoke(
        &w,
        "check_date",
        json!({"text": "9.11.2026", "field": "x", "lang": "nn"}),
    )
    .unwrap();
    assert_eq!(ok["iso"], "2026-11-09");
    assert_eq!(ok["long"], "måndag 9. november 2026");
}

#[test]
fn cases_are_saved_listed_duplicated_and_deleted() {
    let dir = temp_dir("cases");
    let (_app, w) = app(dir.clone());
    assert_eq!(
        invoke(&w, "list_cases", json!({"lang": "en"})).unwrap(),
        json!([])
    );
    let opened = invoke(
        &w,
        "new_case",
        json!({"letter_language": "en", "lang": "en"}),
    )
    .unwrap();
    let id = opened["id"].as_str().unwrap().to_string();
    let mut case = opened["case"].clone();
    assert_eq!(case["format"], "klagehjelp-case/2");
    case["applicant"]["given_name"] = json!("Amina");
    case["applicant"]["family_name"] = json!("Yusuf Hassan");
    case["duf"] = json!("2012 586975 61");
    case["decision"]["received"] = json!("2026-11-09");
    invoke(
        &w,
        "save_case",
        json!({"id": id, "case": case, "ui": {"step": "review"}, "lang": "en"}),
    )
    .unwrap();
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
    assert_eq!(
        invoke(&w, "list_cases", json!({"lang": "en"}))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        2
    );
    invoke(&w, "delete_case", json!({"id": id, "lang": "en"})).unwrap();
    assert_eq!(
        invoke(&w, "list_cases", json!({"lang": "en"}))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let bad = invoke(
        &w,
        "load_case",
        json!({"id": "../../etc/passwd", "lang": "en"}),
    )
    .unwrap_err();
    assert_eq!(bad["code"], "case.not_found");
    std::fs::remove_dir_all(dir).unwrap();
}

/// The spouse case of the issue: the sponsor's income is too low; refusal received 9 November 2026.
fn spouse_case() -> Value {
    json!({
        "format": "klagehjelp-case/2",
        "letter_language": "en",
        "applicant": {"given_name": "Amina", "family_name": "Yusuf Hassan", "birth_date": "1996-02-14",
            "citizenship": "Somalia", "address": "Storgata 1\n0155 Oslo", "phone": "", "email": ""},
        "duf": "2012 586975 61",
        "decision": {"authority": "UDI", "date": "2026-11-02", "received": "2026-11-09",
            "stated_deadline": null, "reference": "", "refusal_grounds": ["underhold_fremtidig"]},
        "facts": {"relation": "spouse", "sponsor_status": "norwegian_citizen", "sponsor_always_lived_in_norway": true,
            "sponsor_birth_date": "1990-04-12", "applicant_birth_date": "1996-02-14", "is_renewal": false,
            "application_registered": "2026-06-02", "sponsor_future_income": 400000,
            "applicant_lawful_income_norway": 0, "sponsor_in_higher_education": false,
            "sponsor_past_income_exemption": "none", "sponsor_pension_type": "none",
            "applicant_in_norway": false, "will_live_together": true},
        "grounds": [{"requirement": "underhold_fremtidig", "text": "The sponsor now earns enough: see the new contract."}],
        "request_deferred_implementation": true,
        "will_send_more_documents": false,
        "attachments": [{"title": "Employment contract"}, {"title": "  "}],
        "representative": null,
        "signed_place": "Oslo"
    })
}

#[test]
fn interview_and_check_come_from_the_core() {
    let (_app, w) = app(temp_dir("interview"));
    let iv = invoke(&w, "interview", json!({"facts": {}, "lang": "en"})).unwrap();
    let first = &iv["questions"][0];
    assert_eq!(first["fact"], "relation");
    assert!(!first["text"].as_str().unwrap().is_empty());
    // An answer as typed, read by the core.
    let facts = invoke(
        &w,
        "answer",
        json!({"facts": {"relation": "spouse"}, "fact": "sponsor_future_income", "value": "400 000", "lang": "nb"}),
    )
    .unwrap();
    assert_eq!(facts["sponsor_future_income"], 400000);
    let bad = invoke(
        &w,
        "answer",
        json!({"facts": {}, "fact": "sponsor_future_income", "value": "mye", "lang": "en"}),
    )
    .unwrap_err();
    assert_eq!(bad["field"], "facts.sponsor_future_income");
    let check = invoke(&w, "check", json!({"case": spouse_case(), "lang": "en"})).unwrap();
    let fut = check["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "underhold_fremtidig")
        .unwrap();
    assert_eq!(fut["status"], "not_met", "{fut}");
    assert_eq!(fut["rule"], "F-gen");
    assert_eq!(fut["figure_kind"], "computed");
    assert!(fut["figure"].as_str().unwrap().contains("436"), "{fut}");
    assert!(!fut["exceptions"].as_array().unwrap().is_empty());
    // The grounds to argue come from the core, with the draft in the letter's language.
    let grounds = invoke(&w, "grounds", json!({"case": spouse_case(), "lang": "nb"})).unwrap();
    let g = &grounds[0];
    assert_eq!(g["id"], "underhold_fremtidig");
    assert_eq!(g["prefill"], true);
    assert!(
        g["letter_text"].as_str().unwrap().contains("[write here"),
        "{g}"
    );
}

/// The app and the CLI write the same PDF from the same case file, byte for byte.
#[test]
fn the_app_and_the_cli_write_the_same_letter() {
    let _turn = EXPORT.lock().unwrap_or_else(|e| e.into_inner());
    let dir = temp_dir("same-letter");
    let (_app, w) = app(dir.clone());
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/amina-spouse-income.klage.json"
    );
    let case: Value = serde_json::from_str(&std::fs::read_to_string(fixture).unwrap()).unwrap();
    let cli_pdf = dir.join("cli.pdf");
    let out = std::process::Command::new(env!("CARGO"))
        .args([
            "run",
            "-q",
            "-p",
            "klagehjelp",
            "--bin",
            "klagehjelp",
            "--",
            "letter",
            fixture,
            "--today",
        ])
        .arg(std::env::var("KLAGEHJELP_TODAY").unwrap())
        .arg("--out")
        .arg(&cli_pdf)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    invoke(&w, "export_pdf", json!({"case": case, "lang": "nb"})).unwrap();
    let app_bytes = std::fs::read(save_path()).unwrap();
    let cli_bytes = std::fs::read(&cli_pdf).unwrap();
    assert!(
        app_bytes == cli_bytes,
        "the app's PDF differs from the CLI's"
    );
    std::fs::remove_file(save_path()).unwrap();
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_letter_uses_only_relevant_answers() {
    let case: klagehjelp::case::Case = serde_json::from_value(spouse_case()).unwrap();
    let today = klagehjelp_app::commands::today();
    let letter = klagehjelp::session::letter_case(&case, today);
    // Empty titles dropped.
    assert_eq!(letter.attachments.len(), 1);
    assert_eq!(letter.grounds.len(), 1);
    // The saved case keeps what was entered.
    assert!(case.request_deferred_implementation);
    // Utsatt iverksettelse only for an applicant in Norway: the letter leaves
    // the request out with a notice, not silently (issue 9 § 3).
    let built = klagehjelp::session::build_letter(&case, None, today).unwrap();
    assert!(!built.to_text().contains("§ 42"), "{}", built.to_text());
    assert!(built.notes.iter().any(|n| n.code == "deferred.abroad"));
}

#[test]
fn preview_and_pdf_export() {
    let _turn = EXPORT.lock().unwrap_or_else(|e| e.into_inner());
    let dir = temp_dir("pdf");
    let (_app, w) = app(dir.clone());
    let v = invoke(
        &w,
        "letter_preview",
        json!({"case": spouse_case(), "lang": "en"}),
    )
    .unwrap();
    let text = klagehjelp::fmt::plain_spaces(
        v["text"]
            .as_str()
            .unwrap_or_else(|| panic!("no letter: {v}")),
    );
    assert!(text.contains("Amina Yusuf Hassan"));
    assert!(text.contains("2012 586975 61"));
    assert!(text.contains("see the new contract"));
    let mut incomplete = spouse_case();
    incomplete["signed_place"] = json!("");
    let p = invoke(
        &w,
        "letter_preview",
        json!({"case": incomplete.clone(), "lang": "nb"}),
    )
    .unwrap();
    assert!(p["text"].is_null());
    assert!(
        p["problems"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["field"] == "signed_place"),
        "{p}"
    );

    let done = invoke(
        &w,
        "export_pdf",
        json!({"case": spouse_case(), "lang": "en"}),
    )
    .unwrap();
    assert_eq!(done["path"], save_path().display().to_string());
    let bytes = std::fs::read(save_path()).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert!(done["millis"].as_u64().unwrap() < 1000, "{done}");
    std::fs::remove_file(save_path()).unwrap();
    let err = invoke(&w, "export_pdf", json!({"case": incomplete, "lang": "en"})).unwrap_err();
    assert_eq!(err["field"], "signed_place");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_app_shows_the_route_the_cli_prints() {
    let dir = temp_dir("route");
    let (_app, w) = app(dir.clone());
    for (fixture, route) in [
        ("forelopig-embassy", "embassy"),
        ("police-in-norway", "police"),
        ("une-omgjoring", "une_omgjoring"),
    ] {
        let path = format!(
            "{}/../tests/fixtures/{fixture}.klage.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let v = invoke(&w, "route", json!({"case": case, "lang": "en"})).unwrap();
        assert_eq!(v["route"]["route"], route, "{fixture}");
        assert!(
            v["labels"]["send_to"]
                .as_str()
                .is_some_and(|s| !s.is_empty())
        );
        // The same as the core gives for the case as the letter sees it.
        let core: klagehjelp::case::Case = serde_json::from_value(case).unwrap();
        let today = klagehjelp_app::commands::today();
        let want = klagehjelp::routes::route(
            &klagehjelp::session::letter_case(&core, today),
            today,
            klagehjelp::Lang::En,
        );
        assert_eq!(
            v["route"],
            serde_json::to_value(&want).unwrap(),
            "{fixture}"
        );
    }
    std::fs::remove_dir_all(dir).unwrap();
}
