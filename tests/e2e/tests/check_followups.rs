//! The check step never skips a follow-up question: an answer that makes new
//! questions appear on the same screen, followed at once by Enter, shows
//! those questions and moves focus to the first one instead of going on (the
//! questions would otherwise end up "not answered"). Next again goes on.
use fantoccini::key::Key;
use klagehjelp_e2e::flow::{Input, Scenario};
use klagehjelp_e2e::{App, Config, WAIT};
use serde_json::json;

/// Waits until `#check-screen-title` reads something other than `title`.
async fn screen_changed_from(app: &App, title: &str) {
    app.wait_js(
        "the next check screen",
        WAIT,
        &format!(
            "const h = document.getElementById('check-screen-title'); return !!h && h.textContent !== {};",
            json!(title)
        ),
    )
    .await;
}

#[tokio::test]
async fn enter_after_an_answer_shows_its_follow_up_questions() {
    let s = Scenario::spouse_low_income("nb");
    let mut app = App::start(Config::new("followups")).await;
    let input = Input::Keyboard;
    app.start_new_case(input, false).await;
    app.language_step(&s, input).await;
    app.decision_step(&s, input, false).await;
    app.deadline_step(&s, input, false).await;

    // The relation first: the only question of an empty case.
    app.step("check").await;
    app.wait_for("#q-relation").await;
    app.choose("q-relation", "spouse", input).await;
    let title = app.text("#check-screen-title").await;
    app.activate("next", input).await;
    screen_changed_from(&app, &title).await;

    // The sponsor: answering that the sponsor has not always lived in Norway
    // makes the rules ask when the sponsor moved (the before-entry tests of
    // the 24-year rule). Answer with the arrow keys and press Enter at once
    // (implicit submission).
    app.wait_for("#q-sponsor_status").await;
    let sponsor = app.text("#check-screen-title").await;
    assert!(
        !app.is_visible("#q-sponsor_settled_in_norway_date").await,
        "not asked before it can matter"
    );
    app.choose("q-sponsor_status", "norwegian_citizen", input)
        .await;
    app.choose("q-sponsor_always_lived_in_norway", "false", input)
        .await;
    app.press(Key::Enter).await;
    app.wait_js(
        "focus on the follow-up question (#q-sponsor_settled_in_norway_date)",
        WAIT,
        "const a = document.activeElement; return !!a && !!a.closest('#q-sponsor_settled_in_norway_date');",
    )
    .await;
    assert_eq!(
        app.text("#check-screen-title").await,
        sponsor,
        "Enter after an answer that brings up follow-up questions must stay on the screen"
    );
    assert!(
        app.is_visible("#check-new-questions").await,
        "the screen should say why it stayed (#check-new-questions)"
    );
    app.checkpoint("check: follow-up questions shown", None)
        .await;

    // Answering them and pressing Enter goes on; nothing was lost.
    app.fill("q-sponsor_settled_in_norway_date", "2015-08-01", input)
        .await;
    app.fill("q-sponsor_birth_date", "1990-04-12", input).await;
    app.press(Key::Enter).await;
    screen_changed_from(&app, &sponsor).await;
    assert!(
        !app.is_visible("#check-new-questions").await,
        "a new screen starts without the follow-up notice"
    );
    app.checkpoint("check: next screen", None).await;

    // The answers were kept (autosaved to the case file).
    app.wait_until("the answers in the saved case", WAIT, || {
        app.try_saved_case().is_some_and(|saved| {
            saved["facts"]["sponsor_status"] == "norwegian_citizen"
                && saved["facts"]["sponsor_always_lived_in_norway"] == false
                && saved["facts"]["sponsor_settled_in_norway_date"] == "2015-08-01"
                && saved["facts"]["relation"] == "spouse"
        })
    })
    .await;
    app.quit().await;
}
