//! Issue 5's "done when": a spouse's case whose sponsor's income is too low
//! (refusal received 9 November 2026) goes from the start screen to a
//! signed-ready PDF, in Norwegian with the keyboard only and in English;
//! axe-core runs on every step and every question screen.
use klagehjelp_e2e::flow::{Input, Scenario};
use klagehjelp_e2e::{App, Config};

#[tokio::test]
async fn keyboard_only_norwegian_spouse_low_income_to_pdf() {
    let s = Scenario::spouse_low_income("nb");
    let mut app = App::start(Config::new("keyboard-nb").lang("nb")).await;
    let text = app.main_path(&s, Input::Keyboard, true).await;
    assert!(
        text.contains("KLAGE"),
        "a klage within the deadline is titled KLAGE …:\n{text}"
    );
    assert!(
        text.contains("i tide"),
        "the letter should say the klage is in time:\n{text}"
    );
    let case = app.saved_case();
    assert_eq!(case["facts"]["relation"], "spouse", "saved case: {case}");
    assert_eq!(case["letter_language"], "nb");
    app.quit().await;
}

#[tokio::test]
async fn english_spouse_low_income_to_pdf() {
    let s = Scenario::spouse_low_income("en");
    let mut app = App::start(Config::new("pointer-en").lang("en")).await;
    let text = app.main_path(&s, Input::Pointer, false).await;
    assert!(
        !text.contains("Klagefristen"),
        "the English letter should not contain Norwegian headings:\n{text}"
    );
    let case = app.saved_case();
    assert_eq!(case["letter_language"], "en", "saved case: {case}");
    app.quit().await;
}

/// The same English path with the keyboard only.
#[tokio::test]
async fn keyboard_only_english_spouse_low_income_to_pdf() {
    let s = Scenario::spouse_low_income("en");
    let mut app = App::start(Config::new("keyboard-en").lang("en")).await;
    app.main_path(&s, Input::Keyboard, false).await;
    app.quit().await;
}
