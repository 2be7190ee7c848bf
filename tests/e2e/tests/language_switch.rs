//! Switching the UI language (`#ui-lang`) from bokmål to English changes
//! every visible string on every step: nothing of the Norwegian text stays,
//! except what is the same in any language (names and numbers the user
//! typed, dates, "Klagehjelp", "DUF", UDI/UNE, legal citations, the names
//! of the languages in the language menus).
use klagehjelp_e2e::flow::{Input, Scenario};
use klagehjelp_e2e::{App, Config};
use std::collections::BTreeSet;

/// Strings that may be the same in bokmål and English.
fn language_neutral(s: &str, sc: &Scenario, app: &App) -> bool {
    if !s.chars().any(char::is_alphabetic) {
        return true; // numbers, dates in digits, punctuation
    }
    // A postal address (the route's addressee) is the same in every language.
    if [
        "Utlendingsdirektoratet (UDI)",
        "Postboks 2098 Vika",
        "0125 Oslo",
    ]
    .contains(&s)
    {
        return true;
    }
    if s.contains('§') || s.starts_with("Jussbuss-infoskriv") || s.starts_with("UDI 2012-009") {
        return true; // legal citations and cited sources (a UDI circular by its number)
    }
    const SAME: [&str; 10] = [
        "Klagehjelp",
        "DUF",
        "UDI",
        "UNE",
        "PDF",
        "Norsk bokmål",
        "Norsk nynorsk",
        "English",
        "Nynorsk",
        "Bokmål",
    ];
    if SAME.contains(&s) {
        return true;
    }
    let data = [
        sc.given_name,
        sc.family_name,
        sc.citizenship,
        sc.phone,
        sc.email,
        sc.reference,
        sc.duf_display,
        sc.signed_place,
    ];
    if data.contains(&s) || s == sc.name() {
        return true;
    }
    // Paths of the data folder and the saved PDF.
    let dir = app.data_dir.display().to_string();
    s.starts_with('/') || s == dir
}

async fn switch(app: &App, lang: &str) {
    app.select("ui-lang", lang).await;
    let tag = if lang == "en" { "en" } else { "nb-NO" };
    app.wait_js(
        &format!("the UI in {lang}"),
        klagehjelp_e2e::WAIT,
        &format!("return document.documentElement.lang === '{tag}';"),
    )
    .await;
    app.settle().await;
    app.settle().await;
}

/// On the page as it is: bokmål strings, switch to English, compare, switch back.
async fn roundtrip(app: &mut App, sc: &Scenario, what: &str, failures: &mut Vec<String>) {
    let nb: BTreeSet<String> = app.visible_strings().await.into_iter().collect();
    assert!(!nb.is_empty(), "no visible text on {what}");
    switch(app, "en").await;
    app.no_missing_strings(&format!("{what} (en)")).await;
    let en: BTreeSet<String> = app.visible_strings().await.into_iter().collect();
    let left: Vec<&String> = nb
        .intersection(&en)
        .filter(|s| !language_neutral(s, sc, app))
        .collect();
    if !left.is_empty() {
        failures.push(format!("{what}: {left:?}"));
    }
    switch(app, "nb").await;
    let back: BTreeSet<String> = app.visible_strings().await.into_iter().collect();
    let missing: Vec<&String> = nb.difference(&back).collect();
    assert!(
        missing.len() <= nb.len() / 10,
        "{what}: switching back to bokmål did not restore the text; missing: {missing:?}"
    );
}

#[tokio::test]
async fn switching_to_english_changes_every_visible_string() {
    let sc = Scenario::spouse_low_income("nb");
    let mut app = App::start(Config::new("language-switch")).await;
    let input = Input::Pointer;
    let mut failures = vec![];

    roundtrip(&mut app, &sc, "start", &mut failures).await;
    app.activate("new-case", input).await;
    app.step("language").await;
    roundtrip(&mut app, &sc, "language", &mut failures).await;
    app.language_step(&sc, input).await;
    app.step("decision").await;
    roundtrip(&mut app, &sc, "decision (empty)", &mut failures).await;
    app.decision_step(&sc, input, false).await;
    app.step("deadline").await;
    roundtrip(&mut app, &sc, "deadline", &mut failures).await;
    app.next_step("check", input).await;
    roundtrip(&mut app, &sc, "check: first question screen", &mut failures).await;
    app.check_step(&sc, input, false).await;
    // Back from the grounds step shows the requirement cards again.
    app.step("grounds").await;
    roundtrip(&mut app, &sc, "grounds", &mut failures).await;
    app.activate("back", input).await;
    app.step("check").await;
    app.wait_for("article[id^='req-']").await;
    roundtrip(&mut app, &sc, "check: requirement cards", &mut failures).await;
    app.next_step("grounds", input).await;
    app.next_step("attachments", input).await;
    roundtrip(&mut app, &sc, "attachments", &mut failures).await;
    app.next_step("representative", input).await;
    app.choose("has_representative", "yes", input).await;
    roundtrip(&mut app, &sc, "representative", &mut failures).await;
    app.choose("has_representative", "no", input).await;
    app.next_step("review", input).await;
    roundtrip(&mut app, &sc, "review", &mut failures).await;

    assert!(
        failures.is_empty(),
        "bokmål text still shown after switching to English:\n{}",
        failures.join("\n")
    );
    app.quit().await;
}
