//! A passed deadline leads to the late-klage path (fvl. § 31): the deadline
//! step says so, the user is asked why the klage is late, and the letter is
//! a klage after the deadline.
use klagehjelp_e2e::flow::{Input, Scenario, squash};
use klagehjelp_e2e::{App, Config, TODAY_LATE};

#[tokio::test]
async fn passed_deadline_gives_a_late_klage() {
    let s = Scenario::late("nb");
    let mut app = App::start(Config::new("late").today(TODAY_LATE)).await;
    let input = Input::Pointer;
    app.start_new_case(input, false).await;
    app.language_step(&s, input).await;
    app.decision_step(&s, input, false).await;
    app.deadline_step(&s, input, false).await;
    app.check_step(&s, input, false).await;
    app.grounds_step(&s, input, false).await;
    app.attachments_step(input).await;
    app.representative_step(input).await;
    let text = app.review_and_export(&s, input, false).await;
    let flat = squash(&text);
    for needle in [
        "Klagen er sendt etter fristen",
        "forvaltningsloven § 31",
        s.late_reason.unwrap(),
    ] {
        assert!(
            flat.contains(&squash(needle)),
            "the late letter lacks {needle:?}:\n{text}"
        );
    }
    assert!(
        !flat.contains("fremmet i tide"),
        "a late klage must not say it is in time:\n{text}"
    );
    assert_eq!(app.saved_case()["late_reason"], s.late_reason.unwrap());
    app.quit().await;
}
