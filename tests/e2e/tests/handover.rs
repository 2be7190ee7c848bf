//! Encrypted hand-over in the real app: "Export encrypted…" asks the
//! passphrase twice (too short and different passphrases are refused at
//! their fields, the strength shown as typed), writes the file; Import
//! recognises it, keeps the dialog open after a wrong passphrase, and adds
//! the case with the right one. Keyboard only for the passphrases.
use klagehjelp_e2e::{App, Config, TODAY, WAIT};

const PASS: &str = "fire vanlige ord her";

async fn text_of(app: &App, id: &str) -> String {
    app.js(
        &format!("const e = document.getElementById('{id}'); return e ? e.textContent : '';"),
        vec![],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

#[tokio::test]
async fn a_case_is_handed_over_encrypted() {
    let import_dir =
        std::env::temp_dir().join(format!("klagehjelp-e2e-handover-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&import_dir);
    std::fs::create_dir_all(&import_dir).unwrap();
    let import_path = import_dir.join("handed-over.klage.age");
    let mut cfg = Config::new("handover").lang("en");
    cfg.env.push((
        "KLAGEHJELP_IMPORT_PATH".into(),
        import_path.display().to_string(),
    ));
    let mut app = App::start(cfg).await;

    app.click("#new-case").await;
    app.step("language").await;
    app.click("#next").await;
    app.step("decision").await;
    app.type_into("applicant-given_name", "Amina").await;
    app.settle().await;
    app.click("#home").await;
    app.step("start").await;
    app.wait_for("[id^='export-encrypted-']").await;

    // Export encrypted: too short, then two different passphrases.
    app.click("[id^='export-encrypted-']").await;
    app.wait_for("#handover-export-dialog[open]").await;
    app.type_into("handover-passphrase", "kort").await;
    app.wait_js(
        "the strength note",
        WAIT,
        "return (document.getElementById('handover-passphrase-note').textContent || '').includes('Too short');",
    )
    .await;
    app.type_into("handover-passphrase-again", "kort").await;
    app.click("#handover-export-dialog-ok").await;
    app.wait_js(
        "the too-short error at the field",
        WAIT,
        "return (document.getElementById('handover-passphrase-error').textContent || '').includes('at least 10');",
    )
    .await;
    app.axe("export encrypted dialog with an error").await;
    app.type_into("handover-passphrase", PASS).await;
    app.type_into("handover-passphrase-again", "fire vanlige ord der")
        .await;
    app.click("#handover-export-dialog-ok").await;
    app.wait_js(
        "the mismatch error at the second field",
        WAIT,
        "return (document.getElementById('handover-passphrase-again-error').textContent || '').length > 0;",
    )
    .await;
    app.type_into("handover-passphrase-again", PASS).await;
    app.click("#handover-export-dialog-ok").await;
    app.wait_js(
        "the dialog closed and the file saved",
        WAIT,
        "return !document.getElementById('handover-export-dialog') && (document.getElementById('start-message').textContent || '').includes('encrypted');",
    )
    .await;
    let exported = app
        .save_path
        .parent()
        .unwrap()
        .join(format!("klage-{TODAY}.klage.age"));
    let bytes = std::fs::read(&exported).expect("the encrypted file");
    assert!(bytes.starts_with(b"age-encryption.org/"));
    assert!(!String::from_utf8_lossy(&bytes).contains("Amina"));
    std::fs::write(&import_path, &bytes).unwrap();

    // Import: a wrong passphrase keeps the dialog open, the right one adds the case.
    app.click("#import-case").await;
    app.wait_for("#handover-import-dialog[open]").await;
    app.type_into("import-passphrase", "fire vanlige ord der")
        .await;
    app.click("#handover-import-dialog-ok").await;
    app.wait_js(
        "the wrong-passphrase error at the field",
        WAIT,
        "return (document.getElementById('import-passphrase-error').textContent || '').includes('does not open');",
    )
    .await;
    assert!(
        app.is_visible("#handover-import-dialog").await,
        "the dialog stays"
    );
    app.axe("import encrypted dialog with an error").await;
    app.type_into("import-passphrase", PASS).await;
    app.click("#handover-import-dialog-ok").await;
    app.wait_js(
        "two cases in the list",
        WAIT,
        "return !document.getElementById('handover-import-dialog') && document.querySelectorAll('#case-list tr[data-case-id]').length === 2;",
    )
    .await;
    assert!(text_of(&app, "start-message").await.contains("encrypted"));
    app.quit().await;
    std::fs::remove_dir_all(&import_dir).unwrap();
}
