//! Case → PDF bytes: parse the case file, validate, build the letter, lay
//! out and write the PDF. Target: ≤ 5 ms for a two-page letter in release.
use criterion::{Criterion, criterion_group, criterion_main};
use klagehjelp::case::Case;
use std::hint::black_box;
use std::time::Instant;

const CASE: &str = include_str!("../tests/fixtures/amina-spouse-income.klage.json");

/// Milliseconds since `t`.
fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn case_to_pdf(c: &mut Criterion) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    // The first letter of a process pays for what is built lazily (the
    // language's templates and messages, the fonts): print what each step
    // costs cold, then warm, before the steady-state timing.
    let t = Instant::now();
    let case = Case::from_json(CASE).unwrap();
    let parse = ms(t);
    let t = Instant::now();
    let letter = klagehjelp::letter::build(&case, None, today).unwrap();
    let build = ms(t);
    let t = Instant::now();
    let pdf = letter.to_pdf().unwrap();
    let render = ms(t);
    let t = Instant::now();
    let again = klagehjelp::letter::build(&case, None, today).unwrap();
    let build2 = ms(t);
    let t = Instant::now();
    let pdf2 = again.to_pdf().unwrap();
    let render2 = ms(t);
    assert!(pdf == pdf2);
    println!(
        "first letter of the process: parse case {parse:.2} ms, build letter {build:.2} ms \
         (then {build2:.2} ms warm), PDF {render:.2} ms (then {render2:.2} ms warm), {} bytes",
        pdf.len()
    );
    let pages = klagehjelp::pdf::page_count(&letter.document).unwrap();
    println!("amina-spouse-income: {pages} pages including the attachment labels");
    c.bench_function("letter: case JSON → PDF bytes", |b| {
        b.iter(|| {
            let case = Case::from_json(black_box(CASE)).unwrap();
            let letter = klagehjelp::letter::build(&case, None, today).unwrap();
            black_box(letter.to_pdf().unwrap())
        })
    });
    c.bench_function("letter: case JSON → text (no PDF)", |b| {
        b.iter(|| {
            let case = Case::from_json(black_box(CASE)).unwrap();
            black_box(
                klagehjelp::letter::build(&case, None, today)
                    .unwrap()
                    .to_text(),
            )
        })
    });
}

criterion_group!(benches, case_to_pdf);
criterion_main!(benches);
