//! Every control on every step can be reached with Tab and shows where the
//! focus is (WCAG 2.1.1 Keyboard, 2.4.7 Focus Visible). The main-path tests
//! prove the controls they use also work with the keyboard; this one sweeps
//! the whole page of each step.
use klagehjelp_e2e::flow::{Input, Scenario};
use klagehjelp_e2e::{App, Config};

#[tokio::test]
async fn every_control_is_reachable_with_tab_on_every_step() {
    let sc = Scenario::spouse_low_income("nb");
    let mut app = App::start(Config::new("keyboard-reach")).await;
    let input = Input::Pointer;
    app.keyboard_sweep("start").await;
    app.activate("new-case", input).await;
    app.step("language").await;
    app.keyboard_sweep("language").await;
    app.language_step(&sc, input).await;
    app.step("decision").await;
    app.keyboard_sweep("decision").await;
    app.decision_step(&sc, input, false).await;
    app.step("deadline").await;
    app.keyboard_sweep("deadline").await;
    app.next_step("check", input).await;
    app.keyboard_sweep("check: first question screen").await;
    app.check_step(&sc, input, false).await;
    app.step("grounds").await;
    app.keyboard_sweep("grounds").await;
    app.activate("back", input).await;
    app.step("check").await;
    app.wait_for("article[id^='req-']").await;
    app.keyboard_sweep("check: requirement cards").await;
    app.next_step("grounds", input).await;
    app.next_step("attachments", input).await;
    app.keyboard_sweep("attachments").await;
    app.next_step("representative", input).await;
    app.choose("has_representative", "yes", input).await;
    app.keyboard_sweep("representative (with a fullmektig)")
        .await;
    app.choose("has_representative", "no", input).await;
    app.next_step("review", input).await;
    app.keyboard_sweep("review").await;
    app.quit().await;
}
