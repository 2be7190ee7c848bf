//! A printed deadline more than two months after receipt (a typo such as
//! 20.1.2027 for 20.11.2026): the app warns at the field and does not use
//! it until the user confirms it with the checkbox; a changed date needs a
//! new confirmation. Keyboard only for the checkbox.
use klagehjelp_e2e::{App, Config, WAIT};

#[tokio::test]
async fn an_implausible_printed_deadline_needs_confirmation() {
    let mut app = App::start(Config::new("stated-confirm").lang("en")).await;
    app.click("#new-case").await;
    app.step("language").await;
    app.click("#next").await;
    app.step("decision").await;
    app.type_into("decision-date", "2.11.2026").await;
    app.type_into("decision-received", "9.11.2026").await;
    app.type_into("decision-stated_deadline", "20.1.2027").await;
    app.wait_for("#stated-confirm").await;
    app.wait_js(
        "the warning under the printed deadline",
        WAIT,
        "return (document.getElementById('stated-confirm-text').textContent || '').includes('two months');",
    )
    .await;
    app.axe("decision step, printed deadline to confirm").await;
    app.settle().await;
    app.saved_case_when("the printed deadline, not confirmed", |c| {
        ["20.1.2027", "2027-01-20"]
            .contains(&c["decision"]["stated_deadline"].as_str().unwrap_or(""))
            && c["decision"].get("stated_deadline_confirmed").is_none()
    })
    .await;

    // Leave the field (its date is read back), then confirm with the
    // keyboard: focus the checkbox, press space.
    app.js(
        "document.getElementById('decision-stated_deadline').blur();",
        vec![],
    )
    .await;
    app.settle().await;
    app.js(
        "document.getElementById('decision-stated_deadline_confirmed').focus();",
        vec![],
    )
    .await;
    app.keys(&[' ']).await;
    app.saved_case_when("the confirmation", |c| {
        c["decision"]["stated_deadline_confirmed"] == true
    })
    .await;
    app.wait_for("#stated-confirmed-note").await;

    // A changed date needs a new confirmation.
    app.type_into("decision-stated_deadline", "21.1.2027").await;
    app.settle().await;
    app.saved_case_when("the confirmation withdrawn", |c| {
        ["21.1.2027", "2027-01-21"]
            .contains(&c["decision"]["stated_deadline"].as_str().unwrap_or(""))
            && c["decision"].get("stated_deadline_confirmed").is_none()
    })
    .await;
    app.quit().await;
}
