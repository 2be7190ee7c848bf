//! Case → PDF bytes: parse the case file, validate, build the letter, lay
//! out and write the PDF. Target: ≤ 5 ms for a two-page letter in release.
use criterion::{Criterion, criterion_group, criterion_main};
use klagehjelp::case::Case;
use std::hint::black_box;

const CASE: &str = include_str!("../tests/fixtures/amina-spouse-income.klage.json");

fn case_to_pdf(c: &mut Criterion) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    // Warm the lazily built templates, fonts and catalogues outside the timing.
    let letter = klagehjelp::letter::build(&Case::from_json(CASE).unwrap(), None, today).unwrap();
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
