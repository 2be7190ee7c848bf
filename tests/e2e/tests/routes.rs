//! Issue 9: for each of the five routes, the review screen shows where the
//! klage goes, how to send it and what happens next, from the core (the same
//! as `klagehjelp route`), and the exported PDF is addressed to the right
//! body, in the case's letter language (nb, nn and en each at least once).
//! An embassy decision is never sent to UDI.
use klagehjelp_e2e::flow::squash;
use klagehjelp_e2e::{App, Config, WAIT, repo_root};
use serde_json::json;

/// (case id, fixture, route, text the route shows, text the PDF's addressee holds)
const CASES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "route-udi",
        "amina-spouse-income",
        "udi",
        "Postboks 2098 Vika",
        "Postboks 2098 Vika",
    ),
    (
        "route-embassy",
        "forelopig-embassy",
        "embassy",
        "Norges ambassade i Amman",
        "Norges ambassade i Amman",
    ),
    (
        "route-police",
        "police-in-norway",
        "police",
        "Oslo politidistrikt",
        "Oslo politidistrikt",
    ),
    (
        "route-une",
        "une-omgjoring",
        "une_omgjoring",
        "Utlendingsnemnda (UNE)",
        "Utlendingsnemnda (UNE)",
    ),
    (
        "route-udi-omgjoring",
        "late-klage",
        "udi_omgjoring",
        "fvl. § 35",
        "Postboks 2098 Vika",
    ),
];

/// The letter language each route is tried in: every letter language at
/// least once in the app (the CLI goldens have all five in all three).
fn letter_lang(route: &str) -> &'static str {
    match route {
        "udi" | "une_omgjoring" => "en",
        "embassy" | "udi_omgjoring" => "nn",
        _ => "nb",
    }
}

/// A phrase only a letter in `lang` has (first person: "Jeg", "Eg", "I").
fn in_letter_lang(pdf: &str, lang: &str) -> bool {
    match lang {
        "en" => pdf.contains("Reference number (DUF number)"),
        "nn" => pdf.contains(" Eg ") && pdf.contains("Referansenummer (DUF-nummer)"),
        _ => pdf.contains(" Jeg ") && pdf.contains("Referansenummer (DUF-nummer)"),
    }
}

/// Puts the example case into the app's data folder, opened at the review
/// step, in the letter language `lang`.
fn seed(app: &App, id: &str, fixture: &str, lang: &str) {
    let dir = app.data_dir.join("cases");
    std::fs::create_dir_all(&dir).unwrap();
    let text =
        std::fs::read_to_string(repo_root().join(format!("tests/fixtures/{fixture}.klage.json")))
            .unwrap();
    let mut case: serde_json::Value = serde_json::from_str(&text).unwrap();
    case["letter_language"] = json!(lang);
    std::fs::write(dir.join(format!("{id}.klage.json")), case.to_string()).unwrap();
    let ui = json!({ "step": "review", "visited": ["language", "decision", "deadline", "check", "grounds", "attachments", "representative", "review"] });
    std::fs::write(dir.join(format!("{id}.ui.json")), ui.to_string()).unwrap();
}

#[tokio::test]
async fn every_route_is_shown_and_addressed_right() {
    let app = App::start(Config::new("routes")).await;
    for (id, fixture, route, _, _) in CASES {
        seed(&app, id, fixture, letter_lang(route));
    }
    let mut failures = vec![];
    for (id, _, route, shown, addressee) in CASES {
        // The start screen lists the seeded cases once it is drawn again.
        app.js("location.reload(); return true;", vec![]).await;
        app.click(&format!("#open-{id}")).await;
        app.step("review").await;
        app.wait_js(
            &format!("the route `{route}` on the review screen"),
            WAIT,
            &format!(
                "const r = document.getElementById('route-name'); return !!r && r.dataset.route === {};",
                json!(route)
            ),
        )
        .await;
        let body = app.text("#route").await;
        if !body.contains(shown) {
            failures.push(format!(
                "{route}: the route does not show {shown:?}:\n{body}"
            ));
        }
        if *route == "embassy" {
            for wrong in ["Postboks 2098", "udi.no/document"] {
                if body.contains(wrong) {
                    failures.push(format!(
                        "embassy: the route tells the user {wrong:?}:\n{body}"
                    ));
                }
            }
        }
        let warnings = app
            .js(
                "return [...document.querySelectorAll('#route-warnings li')].map(l => l.dataset.id);",
                vec![],
            )
            .await;
        if *route == "police" && !warnings.to_string().contains("deferral_48h") {
            failures.push(format!(
                "police (applicant in Norway): no deferral_48h warning: {warnings}"
            ));
        }
        // Export: the PDF is addressed to the body the route names.
        let _ = std::fs::remove_file(&app.save_path);
        app.wait_js(
            "the letter preview",
            WAIT,
            "const p = document.getElementById('letter-preview'); return !!p && p.textContent.length > 100;",
        )
        .await;
        app.click("#export-pdf").await;
        app.wait_for("#export-done:not([hidden])").await;
        let pdf = squash(&app.exported_pdf_text().await);
        if !pdf.contains(&squash(addressee)) {
            failures.push(format!(
                "{route}: the PDF is not addressed to {addressee:?}:\n{pdf}"
            ));
        }
        if !in_letter_lang(&pdf, letter_lang(route)) {
            failures.push(format!(
                "{route}: the PDF is not in the letter language {}:\n{pdf}",
                letter_lang(route)
            ));
        }
        if *route == "embassy" && pdf.contains("Postboks 2098") {
            failures.push(format!("embassy: the PDF is addressed to UDI:\n{pdf}"));
        }
        app.click("#home").await;
        app.step("start").await;
    }
    app.quit().await;
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
