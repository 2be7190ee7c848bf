//! Reception mode on a shared computer (`klagehjelp-app --reception`): a
//! person's case is never written to the data folder, the start screen says
//! what is kept, and "Finish and clear" leaves a clean start screen for the
//! next person.
use klagehjelp_e2e::{App, Config};

/// Every file under `dir`.
fn files_under(dir: &std::path::Path) -> Vec<String> {
    let mut out = vec![];
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p.display().to_string());
            }
        }
    }
    out
}

#[tokio::test]
async fn a_session_leaves_nothing_and_finish_clears_it() {
    let mut app = App::start(Config::new("reception").lang("en").arg("--reception")).await;
    app.wait_for("#reception-mode-note").await;
    app.wait_for("#finish-session").await;
    app.click("#new-case").await;
    app.step("language").await;
    app.click("#next").await;
    app.step("decision").await;
    app.type_into("applicant-given_name", "Amina").await;
    app.settle().await;
    app.click("#home").await;
    app.step("start").await;
    app.wait_js(
        "the case in the list",
        klagehjelp_e2e::WAIT,
        "return !!document.querySelector('#case-list tr[data-case-id]');",
    )
    .await;
    assert_eq!(
        files_under(&app.data_dir.join("cases")),
        Vec::<String>::new(),
        "reception mode wrote the case to disk"
    );
    app.axe("start (reception mode, one case)").await;

    app.click("#finish-session").await;
    app.wait_for("#confirm-ok").await;
    app.click("#confirm-ok").await;
    app.wait_for("#no-cases").await;
    app.wait_js(
        "the session finished message",
        klagehjelp_e2e::WAIT,
        "return (document.getElementById('start-message').textContent || '').length > 0;",
    )
    .await;
    assert_eq!(
        files_under(&app.data_dir.join("cases")),
        Vec::<String>::new()
    );
    app.quit().await;
}
