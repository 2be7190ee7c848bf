//! The start screen with what a previous run left: a stored case, a damaged
//! file and English saved as the UI language. The start screen comes in
//! English (the saved setting wins over the system's bokmål), lists the case
//! by its name and the damaged file by its file name; the stored case opens
//! at its saved step; a reload of the page shows what is on disk now.
use klagehjelp_e2e::{App, Config, WAIT};
use serde_json::{Value, json};

#[tokio::test]
async fn a_stored_case_a_damaged_file_and_the_saved_language_at_start() {
    // The data folder as a previous run left it.
    let data = std::env::temp_dir().join(format!(
        "klagehjelp-e2e-start-data-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0)
    ));
    let cases = data.join("cases");
    std::fs::create_dir_all(&cases).unwrap();
    std::fs::write(
        data.join("settings.json"),
        r#"{"role": "applicant", "ui_lang": "en"}"#,
    )
    .unwrap();
    let fixture = klagehjelp_e2e::repo_root().join("tests/fixtures/amina-spouse-income.klage.json");
    let mut case: Value = serde_json::from_str(&std::fs::read_to_string(fixture).unwrap()).unwrap();
    case["app_ui"] = json!({"step": "deadline", "visited": ["language", "decision", "deadline"]});
    std::fs::write(
        cases.join("amina.klage.json"),
        serde_json::to_string_pretty(&case).unwrap(),
    )
    .unwrap();
    let broken = cases.join("broken.klage.json");
    std::fs::write(
        &broken,
        b"{\"format\": \"klagehjelp-case/2\", \"applicant\": ",
    )
    .unwrap();

    // The system says bokmål; the saved setting (English) wins.
    let mut cfg = Config::new("start-screen").lang("nb");
    cfg.env
        .push(("KLAGEHJELP_DATA_DIR".into(), data.display().to_string()));
    let mut app = App::start(cfg).await;
    app.step("start").await;
    app.wait_for("#case-list").await;

    app.settle().await;
    let first = app
        .js(
            "return {
               lang: document.documentElement.lang,
               menu: document.getElementById('ui-lang').value,
               rows: document.querySelectorAll('#case-list tbody tr').length,
             };",
            vec![],
        )
        .await;
    assert_eq!(
        first,
        json!({"lang": "en", "menu": "en", "rows": 2}),
        "the first start screen"
    );
    assert!(
        app.text("#case-list").await.contains("Amina Yusuf Hassan"),
        "the stored case is listed by its name"
    );
    app.wait_for("tr.damaged #case-error-broken").await;
    assert!(
        app.text("tr.damaged").await.contains("broken.klage.json"),
        "the damaged file is listed by its file name"
    );
    app.axe("start (stored case and a damaged file, English)")
        .await;

    // The stored case opens at its saved step.
    app.click("#open-amina").await;
    app.step("deadline").await;
    app.click("#home").await;
    app.step("start").await;
    app.settle().await;

    // A reload shows what is on disk now: the damaged file, removed meanwhile, is gone.
    std::fs::remove_file(&broken).unwrap();
    app.js("location.reload(); return true;", vec![]).await;
    app.wait_js(
        "the start screen after the reload, without the removed file",
        WAIT,
        "const s = document.querySelector('section[data-step=start]');\
         return document.readyState === 'complete' && !!s && s.checkVisibility() &&\
           document.querySelectorAll('#case-list tbody tr').length === 1 &&\
           !document.querySelector('tr.damaged');",
    )
    .await;
    assert_eq!(
        app.js("return document.documentElement.lang;", vec![])
            .await,
        json!("en")
    );
    app.quit().await;
    let _ = std::fs::remove_dir_all(&data);
}
