//! A big case (10 000 characters of grounds, 40 attachments) exports to PDF
//! through the app's command on a worker thread: other commands answer
//! while it runs, and the time it takes is printed. One test function: it
//! sets the process's environment.
use serde_json::{Value, json};
use std::path::Path;
use std::time::{Duration, Instant};

mod common;
use common::{invoke, new_case};

fn big_case() -> Value {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/amina-spouse-income.klage.json"),
    )
    .unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    let paragraph = "Fra 1. desember 2026 har ektefellen min fast stilling som bussjåfør, med en årslønn over inntektskravet. ";
    let mut grounds = String::new();
    while grounds.chars().count() < 10_000 {
        grounds.push_str(paragraph);
        if grounds.len().is_multiple_of(5) {
            grounds.push_str("\n\n");
        }
    }
    v["grounds"][0]["text"] = json!(grounds);
    v["attachments"] = json!((1..=40)
        .map(|i| json!({"title": format!("Vedlegg {i}: lønnsslipp for måned {i} med arbeidsgiverens bekreftelse")}))
        .collect::<Vec<_>>());
    v
}

#[test]
fn a_big_case_exports_off_the_ui_thread() {
    let dir = std::env::temp_dir().join(format!("klagehjelp-big-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let pdf = dir.join("big.pdf");
    // SAFETY: this binary's one test sets its environment before the app starts.
    unsafe {
        std::env::set_var("KLAGEHJELP_TODAY", "2026-11-12");
        std::env::set_var("KLAGEHJELP_SAVE_PATH", &pdf);
    }
    let (_app, w) = common::app(dir.join("data"));

    // Saved like any case (the text is under the limit per field).
    let id = new_case(&w);
    invoke(
        &w,
        "save_case",
        json!({"id": id, "case": big_case(), "lang": "en"}),
    )
    .unwrap();

    let w2 = w.clone();
    let case = big_case();
    let started = Instant::now();
    let export = std::thread::spawn(move || {
        invoke(
            &w2,
            "export_pdf",
            json!({"case": case, "case_id": id, "lang": "en"}),
        )
    });
    // While it runs, other commands answer at once.
    let mut answered = 0;
    let mut slowest = Duration::ZERO;
    while !export.is_finished() {
        let t = Instant::now();
        invoke(
            &w,
            "check_date",
            json!({"text": "9.11.2026", "field": "decision.received", "lang": "en"}),
        )
        .unwrap();
        slowest = slowest.max(t.elapsed());
        answered += 1;
    }
    let written = export.join().unwrap().unwrap();
    let total = started.elapsed();
    eprintln!(
        "big case: PDF in {} ms (command), {} ms in all; {answered} other commands answered meanwhile, slowest {} ms",
        written["millis"],
        total.as_millis(),
        slowest.as_millis()
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert!(answered > 0, "no other command ran while the PDF was made");
    assert!(
        slowest < Duration::from_secs(2),
        "a command waited {slowest:?} for the export"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
