//! Back and forward (the step buttons, the progress list and the question
//! screens of the check) keep every answer.
use klagehjelp_e2e::flow::{Input, Scenario};
use klagehjelp_e2e::{App, Config};
use serde_json::json;

async fn assert_decision_kept(app: &App, s: &Scenario, when: &str) {
    for (id, want) in [
        ("applicant-given_name", s.given_name),
        ("applicant-family_name", s.family_name),
        ("applicant-citizenship", s.citizenship),
        ("decision-received", "2026-11-09"),
        ("decision-date", "2026-11-04"),
        ("decision-reference", s.reference),
        ("duf", s.duf),
    ] {
        let got = app.value(id).await;
        // A date may be shown as typed or in the Norwegian form DD.MM.YYYY.
        let same_date = want.len() == 10
            && want.as_bytes()[4] == b'-'
            && got == format!("{}.{}.{}", &want[8..10], &want[5..7], &want[0..4]);
        assert!(
            got == want || same_date,
            "#{id} {when}: {got:?}, expected {want:?}"
        );
    }
    let ticked = app
        .js(
            "return document.getElementById('decision-refusal_grounds-underhold_fremtidig').checked;",
            vec![],
        )
        .await;
    assert_eq!(ticked, json!(true), "refusal ground {when}");
}

#[tokio::test]
async fn back_and_forward_keep_answers() {
    let s = Scenario::spouse_low_income("nb");
    let mut app = App::start(Config::new("back-forward")).await;
    let input = Input::Pointer;
    app.start_new_case(input, false).await;
    app.language_step(&s, input).await;
    app.decision_step(&s, input, false).await;

    // deadline → Back → decision
    app.step("deadline").await;
    app.activate("back", input).await;
    app.step("decision").await;
    assert_decision_kept(&app, &s, "after Back from the deadline step").await;

    // Forward to the check; answer the first screen; next screen; Back.
    app.next_step("deadline", input).await;
    app.next_step("check", input).await;
    app.choose("q-relation", "spouse", input).await;
    app.activate("next", input).await;
    app.wait_for("#q-sponsor_status").await;
    app.choose("q-sponsor_status", "norwegian_citizen", input)
        .await;
    app.activate("back", input).await;
    app.wait_for("#q-relation").await;
    assert_eq!(
        app.js(
            "return document.getElementById('q-relation-spouse').checked;",
            vec![]
        )
        .await,
        json!(true),
        "the relation answer after Back inside the check"
    );
    app.activate("next", input).await;
    app.wait_for("#q-sponsor_status").await;
    assert_eq!(
        app.js(
            "return document.getElementById('q-sponsor_status-norwegian_citizen').checked;",
            vec![]
        )
        .await,
        json!(true),
        "the sponsor answer after Back and Next inside the check"
    );

    // Jump back to the decision with the progress list, then forward again.
    app.click("#progress li:nth-child(2) button").await;
    app.step("decision").await;
    assert_decision_kept(&app, &s, "after jumping back with the progress list").await;
    app.click("#progress li:nth-child(4) button").await;
    app.step("check").await;
    app.wait_for("#q-sponsor_status").await;
    assert_eq!(
        app.js(
            "return document.getElementById('q-sponsor_status-norwegian_citizen').checked;",
            vec![]
        )
        .await,
        json!(true),
        "the check answers after jumping forward with the progress list"
    );

    // Everything is in the autosaved case file too.
    app.wait_js(
        "the autosave",
        klagehjelp_e2e::WAIT,
        "return (document.getElementById('save-status').textContent || '').length > 0;",
    )
    .await;
    app.wait_until(
        "the answers in the saved case",
        klagehjelp_e2e::WAIT,
        || {
            app.try_saved_case().is_some_and(|c| {
                c["applicant"]["given_name"] == s.given_name
                    && c["facts"]["sponsor_status"] == "norwegian_citizen"
            })
        },
    )
    .await;
    let case = app.saved_case();
    assert_eq!(case["applicant"]["given_name"], s.given_name, "{case}");
    assert_eq!(case["duf"], s.duf, "{case}");
    assert_eq!(case["facts"]["relation"], "spouse", "{case}");
    assert_eq!(
        case["facts"]["sponsor_status"], "norwegian_citizen",
        "{case}"
    );
    app.quit().await;
}
