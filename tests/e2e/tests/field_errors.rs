//! Bad input is reported at the field, in the UI language, announced to
//! screen readers (aria-live, aria-describedby, aria-invalid), and cleared
//! when corrected.
use klagehjelp_e2e::flow::{Input, Scenario};
use klagehjelp_e2e::{App, Config};

#[tokio::test]
async fn bad_duf_shows_the_message_at_the_field() {
    let s = Scenario::spouse_low_income("nb");
    let mut app = App::start(Config::new("bad-duf")).await;
    let input = Input::Keyboard;
    app.start_new_case(input, false).await;
    app.language_step(&s, input).await;
    app.step("decision").await;

    // Too short: the message names the 12 digits, in Norwegian.
    app.kb_type("duf", "2012 5869").await;
    let msg = app.field_error("duf").await;
    assert!(
        msg.contains("12"),
        "the message should say a DUF number has 12 digits: {msg:?}"
    );
    assert!(
        !msg.contains("digits"),
        "the message should be in Norwegian: {msg:?}"
    );
    app.axe("decision with a DUF error").await;
    app.js(
        "document.getElementById('duf').scrollIntoView({block: 'center'});",
        vec![],
    )
    .await;
    app.screenshot("duf-error").await;

    // A letter in it: the message names it.
    app.kb_type("duf", "2012 58697A 61").await;
    app.wait_js(
        "a new message in #duf-error",
        klagehjelp_e2e::WAIT,
        &format!(
            "return document.getElementById('duf-error').textContent.trim() !== {};",
            serde_json::json!(msg)
        ),
    )
    .await;
    let msg = app.field_error("duf").await;
    assert!(
        msg.contains('A'),
        "the message should name the wrong character: {msg:?}"
    );

    // Corrected: the error goes away and the number is read back.
    app.kb_type("duf", s.duf).await;
    app.wait_js(
        "the DUF error to clear",
        klagehjelp_e2e::WAIT,
        "const e = document.getElementById('duf-error'); const f = document.getElementById('duf');\
         return e.textContent.trim() === '' && !f.hasAttribute('aria-invalid') &&\
           document.getElementById('duf-note').textContent.replace(/\\s+/g, ' ').includes('2010 172382 03');",
    )
    .await;
    app.quit().await;
}

#[tokio::test]
async fn impossible_date_shows_the_message_at_the_field() {
    let s = Scenario::spouse_low_income("en");
    let mut app = App::start(Config::new("bad-date").lang("en")).await;
    let input = Input::Keyboard;
    app.start_new_case(input, false).await;
    app.language_step(&s, input).await;
    app.step("decision").await;
    app.kb_type("decision-received", "31.02.2026").await;
    // The date is checked when the field is left.
    app.press(fantoccini::key::Key::Tab).await;
    let msg = app.field_error("decision-received").await;
    assert!(!msg.is_empty());
    app.axe("decision with a date error").await;
    app.quit().await;
}
