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

    // Relation and sponsor: one question each.
    app.step("check").await;
    app.wait_for("#q-relation").await;
    app.choose("q-relation", "spouse", input).await;
    let title = app.text("#check-screen-title").await;
    app.activate("next", input).await;
    screen_changed_from(&app, &title).await;
    app.wait_for("#q-sponsor_status").await;
    app.choose("q-sponsor_status", "norwegian_citizen", input)
        .await;
    let title = app.text("#check-screen-title").await;
    app.activate("next", input).await;
    screen_changed_from(&app, &title).await;

    // Family: "after the sponsor came" brings up follow-up questions. Answer
    // with the arrow keys and press Enter right away (implicit submission).
    app.wait_for("#q-family_formed").await;
    let family = app.text("#check-screen-title").await;
    app.choose("q-family_formed", "after_sponsor_entry", input)
        .await;
    app.press(Key::Enter).await;
    app.wait_js(
        "focus on the first follow-up question (#q-cohabited_two_years_before_move)",
        WAIT,
        "const a = document.activeElement; return !!a && !!a.closest('#q-cohabited_two_years_before_move');",
    )
    .await;
    assert_eq!(
        app.text("#check-screen-title").await,
        family,
        "Enter after an answer that brings up follow-up questions must stay on the screen"
    );
    assert!(
        app.is_visible("#check-new-questions").await,
        "the screen should say why it stayed (#check-new-questions)"
    );
    assert!(
        app.is_visible("#q-child_together_conceived").await,
        "every follow-up question is shown"
    );
    app.checkpoint("check: follow-up questions shown", None)
        .await;

    // Answering them and pressing Enter goes on; nothing was lost.
    app.choose("q-cohabited_two_years_before_move", "false", input)
        .await;
    app.choose("q-child_together_conceived", "none", input)
        .await;
    app.press(Key::Enter).await;
    screen_changed_from(&app, &family).await;
    let title = app.text("#check-screen-title").await;

    // On a screen with no follow-ups, Next goes on at once (nothing new to show).
    assert!(
        !app.is_visible("#check-new-questions").await,
        "a new screen starts without the follow-up notice"
    );
    app.activate("next", input).await;
    screen_changed_from(&app, &title).await;
    app.checkpoint("check: next screen", None).await;

    // The answers were kept (autosaved to the case file).
    let saved = app
        .saved_case_when("the follow-up answers", |c| {
            c["facts"]["family_formed"] == "after_sponsor_entry"
                && c["facts"]["cohabited_two_years_before_move"] == false
        })
        .await;
    assert_eq!(saved["facts"]["family_formed"], "after_sponsor_entry");
    assert_eq!(saved["facts"]["cohabited_two_years_before_move"], false);
    assert_eq!(saved["facts"]["child_together_conceived"], "none");
    app.quit().await;
}
