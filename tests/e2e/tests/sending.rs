//! Issue 9 in the app, from the keyboard only: the fullmektig step for a
//! volunteer (never a "yes" with no fields; what is missing is said; the
//! organisation is the fullmektig "Jussbuss v/ name"; "fullmakt ettersendes"),
//! who made the decision asked for a UDI decision, the co-applicant fields,
//! and after sending: the record of sending kept with the case, the
//! follow-up reminder (.ics) when UDI's three-week answer duty runs out, and
//! a letter after the klage (innsyn) exported as PDF.
use klagehjelp_e2e::flow::{Input, squash};
use klagehjelp_e2e::{App, Config, WAIT, repo_root};
use serde_json::json;

const K: Input = Input::Keyboard;

/// Puts the example case into the app's data folder, opened at `step`, in
/// the letter language `letter_lang`, for the role `role`.
fn seed(app: &App, id: &str, fixture: &str, letter_lang: &str, step: &str, role: &str) {
    let dir = app.data_dir.join("cases");
    std::fs::create_dir_all(&dir).unwrap();
    let text =
        std::fs::read_to_string(repo_root().join(format!("tests/fixtures/{fixture}.klage.json")))
            .unwrap();
    let mut case: serde_json::Value = serde_json::from_str(&text).unwrap();
    case["letter_language"] = json!(letter_lang);
    std::fs::write(dir.join(format!("{id}.klage.json")), case.to_string()).unwrap();
    let ui = json!({
        "step": step,
        "role": role,
        "visited": ["language", "decision", "deadline", "check", "grounds", "attachments", "representative", "review"],
    });
    std::fs::write(dir.join(format!("{id}.ui.json")), ui.to_string()).unwrap();
}

#[tokio::test]
async fn fullmektig_and_after_sending_from_the_keyboard() {
    let mut app = App::start(Config::new("sending")).await;
    seed(
        &app,
        "sending-1",
        "amina-spouse-income",
        "en",
        "decision",
        "helper",
    );
    app.js("location.reload(); return true;", vec![]).await;
    app.activate("open-sending-1", K).await;
    app.step("decision").await;

    // Who made the decision is asked for a UDI decision too, with help.
    app.wait_for("#decision-made_by").await;
    app.choose("decision-made_by", "UDI", K).await;
    app.wait_for("#made-by-help").await;
    // A co-applicant can be added from the keyboard; its fields take focus.
    app.activate("add-co-applicant", K).await;
    app.wait_js(
        "focus in the new co-applicant's given name",
        WAIT,
        "return document.activeElement && document.activeElement.id === 'co_applicants-0-given_name';",
    )
    .await;
    app.activate("co_applicants-0-remove", K).await;
    app.wait_for("#add-co-applicant").await;
    app.fill("decision-case_number", "26/104833", K).await;
    app.checkpoint("decision step with who decided and parties", None)
        .await;

    app.click("#progress li:nth-child(7) button").await;
    app.step("representative").await;
    // A volunteer: "yes" is chosen, and the step says what is missing.
    app.wait_for("#has_representative-yes:checked").await;
    let missing = app.text("#rep-missing").await;
    assert!(
        app.js(
            "return document.getElementById('rep-missing').classList.contains('warn');",
            vec![]
        )
        .await
            == json!(true),
        "an empty fullmektig is flagged: {missing}"
    );
    app.fill("representative-name", "Kari Nordmann", K).await;
    app.fill("representative-organisation", "Jussbuss", K).await;
    app.fill("representative-address", "Arbinsgate 7\n0253 Oslo", K)
        .await;
    app.wait_js(
        "the fullmektig is complete",
        WAIT,
        "return document.getElementById('rep-missing').classList.contains('ok-note');",
    )
    .await;
    app.tick("representative-fullmakt_follows", true, K).await;
    app.checkpoint("representative step, filled", None).await;
    app.saved_case_when("the fullmektig with fullmakt_follows", |c| {
        c["representative"]["organisation"] == "Jussbuss"
            && c["representative"]["fullmakt_follows"] == true
            && c["decision"]["made_by"] == "UDI"
            && c["decision"]["case_number"] == "26/104833"
    })
    .await;

    app.next_step("review", K).await;
    app.wait_js(
        "the preview with the organisation as fullmektig and the fullmakt to follow",
        WAIT,
        "const p = document.getElementById('letter-preview'); return !!p && p.textContent.includes('Jussbuss by Kari Nordmann') && p.textContent.includes('will follow');",
    )
    .await;

    // "Rules as of" is on the app's copy only, not in the letter.
    app.wait_js(
        "the rules note under the preview",
        WAIT,
        "const p = document.getElementById('preview-rules-as-of'); return !!p && p.textContent.length > 10;",
    )
    .await;
    let note = app.text("#preview-rules-as-of").await;
    let preview = app.text("#letter-preview").await;
    assert!(
        !preview.contains(note.trim()),
        "the rules note is in the letter"
    );

    // After sending: the record, from the keyboard.
    app.wait_for("#sent-date").await;
    app.fill("sent-date", "20.11.2026", K).await;
    app.choose("sent-channel", "udi_upload", K).await;
    app.fill("sent-receipt", "Upload receipt 42", K).await;
    app.activate("record-sent", K).await;
    app.wait_for("#sent-record").await;
    let record = app.text("#sent-record").await;
    assert!(record.contains("20. november 2026"), "{record}");
    assert!(record.contains("Upload receipt 42"), "{record}");
    let saved = app
        .saved_case_when("the record of sending", |c| {
            c["sent"]["channel"] == "udi_upload"
        })
        .await;
    assert_eq!(saved["sent"]["date"], "2026-11-20");
    assert_eq!(saved["sent"]["receipt"], "Upload receipt 42");

    // The day to follow up: three weeks after sending, dated and cited.
    let follow = app.text("#sent-follow-up").await;
    assert!(follow.contains("11. desember 2026"), "{follow}");
    app.activate("add-follow-up", K).await;
    app.wait_js(
        "the reminder saved",
        WAIT,
        "const d = document.getElementById('follow-up-done'); return !!d && d.textContent.length > 0 && d.className === 'ok-note';",
    )
    .await;
    let dir = app.save_path.parent().unwrap().to_path_buf();
    let ics = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "ics"))
        .expect("an .ics file in the export folder");
    let ics = std::fs::read_to_string(ics).unwrap();
    assert!(ics.contains("DTSTART;VALUE=DATE:20261211"), "{ics}");

    // Costs are not offered before the decision is changed; innsyn is.
    app.wait_for("#after-costs-why").await;
    let _ = std::fs::remove_file(&app.save_path);
    app.activate("export-innsyn", K).await;
    let pdf = squash(&app.exported_pdf_text().await);
    assert!(
        pdf.contains("section 18") && pdf.contains("Utlendingsdirektoratet"),
        "{pdf}"
    );
    app.checkpoint("review with the record of sending", None)
        .await;
    app.quit().await;
}
