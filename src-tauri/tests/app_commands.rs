//! Command tests with Tauri's mock runtime (no display needed): the UI's
//! commands answer through real IPC, errors arrive as `{code, message}` in
//! the UI language, and every string the UI asks for exists in nb, nn and en.
use serde_json::{Value, json};
use std::path::PathBuf;
use std::sync::Once;
use tauri::test::MockRuntime;
use tauri::{App, WebviewWindow};

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

mod common;
use common::{invoke, new_case, temp_dir};

/// The app over `data`, with "today" fixed.
fn app(data: PathBuf) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    fix_today();
    common::app(data)
}

/// Tests that export to the one forced save path take turns.
static EXPORT: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Where Export PDF writes in these tests (no Save dialog).
fn save_path() -> PathBuf {
    std::env::temp_dir().join(format!("klagehjelp-app-test-{}.pdf", std::process::id()))
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

/// Arabic: every string of bokmål, right to left, marked as not checked by
/// a translator (in Arabic and in English), with the Norwegian legal terms.
#[test]
fn arabic_ui_runs_right_to_left_and_says_it_is_unreviewed() {
    let (_app, w) = app(temp_dir("arabic"));
    let nb = invoke(&w, "ui_strings", json!({"lang": "nb"})).unwrap();
    let ar = invoke(&w, "ui_strings", json!({"lang": "ar"})).unwrap();
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&nb), keys(&ar));
    assert_eq!(ar["ui-next"], "التالي");
    let v = invoke(&w, "ui_language", json!({"lang": "ar"})).unwrap();
    assert_eq!(v["current"]["dir"], "rtl");
    assert_eq!(v["current"]["bcp47"], "ar");
    assert_eq!(
        v["unreviewed_note"]["english"],
        "This translation has not been checked by a translator."
    );
    let terms = v["terms"].as_array().unwrap();
    assert!(
        terms
            .iter()
            .any(|t| t["norwegian"] == "utsatt iverksettelse")
    );
    assert_eq!(v["languages"].as_array().unwrap().len(), 8);
    let nb = invoke(&w, "ui_language", json!({"lang": "nb"})).unwrap();
    assert_eq!(nb["current"]["dir"], "ltr");
    assert!(nb["unreviewed_note"].is_null());
}

/// A new case started from an Arabic UI is written in bokmål (letters only
/// in nb, nn or en), and can be saved and read back.
#[test]
fn a_case_started_in_arabic_gets_a_norwegian_letter() {
    let (_app, w) = app(temp_dir("arabic-case"));
    let opened = invoke(
        &w,
        "new_case",
        json!({"letter_language": "ar", "lang": "ar"}),
    )
    .unwrap();
    assert_eq!(opened["case"]["letter_language"], "nb");
    let id = opened["id"].as_str().unwrap();
    invoke(&w, "load_case", json!({"id": id, "lang": "ar"})).unwrap();
}

/// Every `t('id')` in ui/js names a message that exists in every UI language.
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
    for lang in klagehjelp::Lang::UI {
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
fn open_file_and_show_in_folder_take_only_an_exported_file_id() {
    let dir = temp_dir("open");
    let (_app, w) = app(dir.clone());
    // A path, a URL, an id this run never gave: refused before the desktop sees it.
    for bad in [
        "/etc/passwd",
        "https://example.com",
        "file:///etc/passwd",
        "export-0",
        "export-1",
        "export-99999999999999999999",
    ] {
        for cmd in ["open_file", "show_in_folder"] {
            let e = invoke(&w, cmd, json!({"file_id": bad, "lang": "en"})).unwrap_err();
            assert_eq!(e["code"], "open.unknown", "{cmd} {bad}: {e}");
        }
        // The old argument is gone.
        let e = invoke(&w, "open_file", json!({"path": bad, "lang": "en"})).unwrap_err();
        assert!(e.to_string().contains("file_id"), "{e}");
    }
    let done = invoke(
        &w,
        "export_pdf",
        json!({"case": spouse_case(), "lang": "en"}),
    )
    .unwrap();
    assert!(
        done["file_id"].as_str().unwrap().starts_with("export-"),
        "{done}"
    );
    // Another run of the app did not export it: the id means nothing there.
    let (_app2, w2) = app(temp_dir("open2"));
    let e = invoke(
        &w2,
        "open_file",
        json!({"file_id": done["file_id"], "lang": "nb"}),
    )
    .unwrap_err();
    assert_eq!(e["code"], "open.unknown");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn save_case_refuses_what_could_not_be_opened_again() {
    let dir = temp_dir("refuse");
    let (_app, w) = app(dir.clone());
    let id = new_case(&w);
    let mut case = spouse_case();
    invoke(
        &w,
        "save_case",
        json!({"id": id, "case": case, "lang": "en"}),
    )
    .unwrap();
    let good = std::fs::read(dir.join("cases").join(format!("{id}.klage.json"))).unwrap();

    case["applicant"]["given_name"] = json!(42);
    let e = invoke(
        &w,
        "save_case",
        json!({"id": id, "case": case, "lang": "en"}),
    )
    .unwrap_err();
    assert_eq!(e["code"], "case.field", "{e}");
    assert!(e["message"].as_str().unwrap().contains("Given name"), "{e}");
    case["applicant"]["given_name"] = json!("Amina");
    case["grounds"][0]["text"] = json!("x".repeat(klagehjelp::case::MAX_TEXT_CHARS + 1));
    let e = invoke(
        &w,
        "save_case",
        json!({"id": id, "case": case, "lang": "nb"}),
    )
    .unwrap_err();
    assert_eq!(e["code"], "text.too_long", "{e}");
    assert_eq!(e["field"], "grounds[0].text");
    assert!(
        e["message"].as_str().unwrap().contains("Begrunnelse 1"),
        "{e}"
    );
    // Neither was stored: the last good version is on disk.
    let now = std::fs::read(dir.join("cases").join(format!("{id}.klage.json"))).unwrap();
    assert_eq!(now, good);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn unknown_fields_survive_autosave() {
    let dir = temp_dir("unknown");
    let (_app, w) = app(dir.clone());
    let mut case = spouse_case();
    case["from_a_newer_version"] = json!({"kept": true});
    case["applicant"]["middle_name"] = json!("Abdi");
    let file = dir.join("import.klage.json");
    std::fs::write(&file, case.to_string()).unwrap();
    let id = new_case(&w);
    invoke(
        &w,
        "save_case",
        json!({"id": id, "case": case, "lang": "en"}),
    )
    .unwrap();
    let loaded = invoke(&w, "load_case", json!({"id": id, "lang": "en"})).unwrap();
    assert_eq!(
        loaded["case"]["from_a_newer_version"],
        json!({"kept": true})
    );
    assert_eq!(loaded["case"]["applicant"]["middle_name"], "Abdi");
    // Saved again as the UI holds it: still there.
    invoke(
        &w,
        "save_case",
        json!({"id": id, "case": loaded["case"], "lang": "en"}),
    )
    .unwrap();
    let text = std::fs::read_to_string(dir.join("cases").join(format!("{id}.klage.json"))).unwrap();
    assert!(text.contains("from_a_newer_version") && text.contains("middle_name"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_damaged_file_is_listed_by_name_and_its_backup_restored() {
    let dir = temp_dir("damaged");
    let (_app, w) = app(dir.clone());
    let id = new_case(&w);
    invoke(
        &w,
        "save_case",
        json!({"id": id, "case": spouse_case(), "lang": "en"}),
    )
    .unwrap();
    let mut second = spouse_case();
    second["signed_place"] = json!("Mombasa");
    invoke(
        &w,
        "save_case",
        json!({"id": id, "case": second, "lang": "en"}),
    )
    .unwrap();
    // Damaged outside the app: cut in half, and in Latin-1.
    let path = dir.join("cases").join(format!("{id}.klage.json"));
    std::fs::write(
        &path,
        b"{\"format\": \"klagehjelp-case/1\", \"applicant\": {\"given_name\": \"\xC5se",
    )
    .unwrap();
    let list = invoke(&w, "list_cases", json!({"lang": "en"})).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["file_name"], format!("{id}.klage.json"));
    assert!(
        list[0]["error"].as_str().unwrap().contains("UTF-8"),
        "{list}"
    );
    assert_eq!(list[0]["has_backup"], true);
    invoke(&w, "restore_backup", json!({"id": id, "lang": "en"})).unwrap();
    let loaded = invoke(&w, "load_case", json!({"id": id, "lang": "en"})).unwrap();
    // The backup is the version before the last save.
    assert_eq!(loaded["case"]["signed_place"], "Oslo");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn implausible_dates_are_refused_at_the_field() {
    let (_app, w) = app(temp_dir("dates"));
    for (text, code) in [
        ("09.11.2062", "date.too_late"),
        ("2062-11-09", "date.too_late"),
        ("09.11.1026", "date.too_early"),
        ("0000-01-01", "date.too_early"),
    ] {
        let e = invoke(
            &w,
            "check_date",
            json!({"text": text, "field": "decision.received", "lang": "en"}),
        )
        .unwrap_err();
        assert_eq!(e["code"], code, "{text}: {e}");
        assert_eq!(e["field"], "decision.received");
        assert!(e["message"].as_str().unwrap().contains(text), "{e}");
    }
    // A printed deadline months after receipt (a typo) is shown but never used.
    let v = invoke(
        &w,
        "deadline",
        json!({"received": "2026-11-09", "stated": "2027-06-30", "lang": "en"}),
    )
    .unwrap();
    assert_eq!(v["report"]["stated_implausible"], true, "{v}");
    assert_eq!(v["report"]["effective"], "2026-11-30");
}

fn reception_app(data: PathBuf) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    fix_today();
    common::app_with(data, true)
}

/// Every file under `dir`, relative.
fn files_under(dir: &std::path::Path) -> Vec<String> {
    let mut out = vec![];
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p.display().to_string());
            }
        }
    }
    out
}

/// One answer holds everything the first screen shows, in the language saved
/// in the settings: strings, the language menu and the saved cases.
#[test]
fn the_start_view_answers_the_first_screen_in_the_saved_language() {
    let dir = temp_dir("start-view");
    let (_app, w) = app(dir.clone());
    invoke(
        &w,
        "save_settings",
        json!({"settings": {"role": "applicant", "ui_lang": "en"}, "lang": "en"}),
    )
    .unwrap();
    let id = new_case(&w);
    invoke(
        &w,
        "save_case",
        json!({"id": id, "case": spouse_case(), "lang": "en"}),
    )
    .unwrap();
    let v = invoke(&w, "start_view", json!({})).unwrap();
    assert_eq!(v["language"]["current"]["code"], "en", "{v}");
    assert_eq!(v["strings"]["ui-next"], "Next");
    assert_eq!(v["info"]["settings"]["ui_lang"], "en");
    assert_eq!(v["info"]["reception"], false);
    assert_eq!(v["cases"].as_array().unwrap().len(), 1);
    assert_eq!(v["cases"][0]["name"], "Amina Yusuf Hassan");
    // The same list as the start screen asks for later.
    assert_eq!(
        v["cases"],
        invoke(&w, "list_cases", json!({"lang": "en"})).unwrap()
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn reception_mode_keeps_nothing_on_disk_and_finish_clears_the_session() {
    let dir = temp_dir("reception");
    let (_app, w) = reception_app(dir.clone());
    let info = invoke(&w, "start_view", json!({})).unwrap()["info"].clone();
    assert_eq!(info["reception"], true);
    invoke(
        &w,
        "save_settings",
        json!({"settings": {"role": "reception", "ui_lang": "en"}, "lang": "en"}),
    )
    .unwrap();
    let opened = invoke(
        &w,
        "new_case",
        json!({"letter_language": "en", "lang": "en"}),
    )
    .unwrap();
    let id = opened["id"].as_str().unwrap().to_string();
    invoke(
        &w,
        "save_case",
        json!({"id": id, "case": spouse_case(), "ui": {"step": "review"}, "lang": "en"}),
    )
    .unwrap();
    invoke(
        &w,
        "save_case",
        json!({"id": id, "case": spouse_case(), "lang": "en"}),
    )
    .unwrap();
    let list = invoke(&w, "list_cases", json!({"lang": "en"})).unwrap();
    assert_eq!(list[0]["name"], "Amina Yusuf Hassan");
    let loaded = invoke(&w, "load_case", json!({"id": id, "lang": "en"})).unwrap();
    assert_eq!(loaded["ui"]["step"], "review");
    assert_eq!(
        files_under(&dir),
        Vec::<String>::new(),
        "reception mode wrote to disk"
    );

    let done = invoke(&w, "finish_session", json!({})).unwrap();
    assert_eq!(done["cleared"], 1);
    assert_eq!(
        invoke(&w, "list_cases", json!({"lang": "en"})).unwrap(),
        json!([])
    );
    // Only files this run exported can be deleted through it.
    let e = invoke(
        &w,
        "delete_exported",
        json!({"file_ids": ["export-1"], "lang": "en"}),
    )
    .unwrap_err();
    assert_eq!(e["code"], "open.unknown");
    assert_eq!(files_under(&dir), Vec::<String>::new());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn reception_mode_is_chosen_once_per_computer() {
    let dir = temp_dir("reception-setting");
    {
        let (_app, w) = app(dir.clone());
        assert_eq!(
            invoke(&w, "start_view", json!({})).unwrap()["info"]["reception"],
            false
        );
        invoke(&w, "set_reception_mode", json!({"on": true, "lang": "en"})).unwrap();
    }
    let (_app, w) = app(dir.clone());
    let info = invoke(&w, "start_view", json!({})).unwrap()["info"].clone();
    assert_eq!(info["reception"], true, "{info}");
    assert_eq!(info["settings"]["reception_mode"], true);
    invoke(&w, "set_reception_mode", json!({"on": false, "lang": "en"})).unwrap();
    let (_app3, w3) = app(dir.clone());
    assert_eq!(
        invoke(&w3, "start_view", json!({})).unwrap()["info"]["reception"],
        false
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn deleting_a_case_offers_the_files_it_exported() {
    let dir = temp_dir("exported");
    let (_app, w) = app(dir.clone());
    assert_eq!(
        invoke(&w, "exported_files", json!({"case_id": "abc"})).unwrap(),
        json!([])
    );
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
