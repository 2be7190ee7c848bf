//! Nothing typed is lost when the window closes: text typed a moment before
//! the close (well inside the autosave's pause) is on disk afterwards. The
//! close is requested the way the Rust shell does it on a close request
//! (the `klagehjelp://flush` event); the UI saves, then asks to close.
use klagehjelp_e2e::{App, Config, WAIT};
use serde_json::json;

#[tokio::test]
async fn the_last_edit_is_saved_when_the_window_closes() {
    let app = App::start(Config::new("close-flush")).await;
    app.click("#new-case").await;
    app.step("language").await;
    app.click("#next").await;
    app.step("decision").await;
    // Typed, and the close asked for at once: no time for the autosave's pause.
    app.type_into("applicant-given_name", "Amina").await;
    app.js(
        "window.__TAURI__.event.emit('klagehjelp://flush'); return true;",
        vec![],
    )
    .await;
    // The window closes once the case is saved; after that no page is left
    // whose autosave timer could still write it.
    let t0 = std::time::Instant::now();
    loop {
        let gone = app
            .client
            .windows()
            .await
            .map(|w| w.is_empty())
            .unwrap_or(true);
        if gone {
            break;
        }
        assert!(t0.elapsed() < WAIT, "the window did not close after saving");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await; // poll interval of a condition wait
    }
    let case = app.saved_case();
    assert_eq!(
        case["applicant"]["given_name"],
        json!("Amina"),
        "the name typed just before closing is not in the saved case: {case}"
    );
    app.quit().await;
}
