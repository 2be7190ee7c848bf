//! Benchmark: a realistic two-page klage (`tests/pdf_support`) from
//! `Document` to PDF bytes. Target: ≤ 5 ms a render in release.
//!
//! Run with `cargo bench --bench pdf`. The fonts are parsed once per process
//! (the first render pays for it); the benchmark warms up first, so the figure
//! is the steady-state cost of one letter.
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

#[path = "../tests/pdf_support/mod.rs"]
mod support;

fn bench(c: &mut Criterion) {
    let doc = support::sample_letter();
    let first = std::time::Instant::now();
    let bytes = klagehjelp::pdf::render(&doc).expect("render");
    eprintln!(
        "first render (includes parsing the fonts): {:.1} ms, {} pages, {} bytes",
        first.elapsed().as_secs_f64() * 1e3,
        klagehjelp::pdf::page_count(&doc).unwrap(),
        bytes.len()
    );
    c.bench_function("render two-page letter", |b| {
        b.iter(|| klagehjelp::pdf::render(black_box(&doc)).unwrap())
    });
    c.bench_function("layout only (page_count)", |b| {
        b.iter(|| klagehjelp::pdf::page_count(black_box(&doc)).unwrap())
    });
    c.bench_function("to_text", |b| {
        b.iter(|| klagehjelp::pdf::to_text(black_box(&doc)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
