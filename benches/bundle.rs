//! Benchmark (issue 11, § 4): the bundle of a klage with 10 phone photos
//! (12 megapixels, about 4 MB JPEG each, generated here; half of them with
//! EXIF orientation 6) and a 30-page PDF. Target: well under 5 s on the
//! 2-core development machine. Prints the size of the bundle.
//!
//! Run with `cargo bench --bench bundle`.
use criterion::{Criterion, criterion_group, criterion_main};
use klagehjelp::bundle::InputFile;
use klagehjelp::case::Case;
use std::hint::black_box;

#[path = "../tests/pdf_support/mod.rs"]
mod support;

/// A 4000×3000 "photo": smooth gradients with fine noise (so it compresses
/// like a real photo, not like a flat colour), JPEG quality 92.
fn phone_photo(seed: u32, rotate: bool) -> Vec<u8> {
    let (w, h) = (4000u32, 3000u32);
    let mut state = seed.wrapping_mul(2_654_435_761).max(1);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        // xorshift noise
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let n = (state % 48) as i32 - 24;
        let base = [
            (x * 255 / w) as i32,
            (y * 255 / h) as i32,
            (((x + y + seed * 97) % 512) / 2) as i32,
        ];
        image::Rgb(base.map(|v| (v + n).clamp(0, 255) as u8))
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 92)
        .encode_image(&img)
        .expect("encode");
    if rotate {
        // An APP1 segment with EXIF orientation 6 after SOI.
        let mut tiff = b"MM\x00\x2a\x00\x00\x00\x08\x00\x01".to_vec();
        tiff.extend([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend(tiff);
        let len = (app1.len() + 2) as u16;
        let mut with = out[..2].to_vec();
        with.extend([0xFF, 0xE1]);
        with.extend(len.to_be_bytes());
        with.extend(app1);
        with.extend(&out[2..]);
        out = with;
    }
    out
}

fn bench(c: &mut Criterion) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let case = Case::from_bytes(
        &std::fs::read(root.join("tests/fixtures/amina-spouse-income.klage.json")).unwrap(),
    )
    .unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let letter = klagehjelp::session::build_letter(&case, None, today)
        .unwrap_or_else(|_| panic!("the example letter"));
    let photos: Vec<InputFile> = (0..10)
        .map(|i| InputFile {
            name: format!("IMG_{i:04}.jpg"),
            bytes: phone_photo(i + 1, i % 2 == 0),
        })
        .collect();
    let mut chars = 40_000;
    let long = loop {
        let doc = support::long_document(chars);
        if klagehjelp::pdf::page_count(&doc).unwrap() >= 30 {
            break doc;
        }
        chars += 4_000;
    };
    let pdf = klagehjelp::pdf::render(&long).unwrap();
    let files = vec![
        photos,
        vec![InputFile {
            name: "kontoutskrift.pdf".into(),
            bytes: pdf,
        }],
    ];
    let input: usize = files.iter().flatten().map(|f| f.bytes.len()).sum();
    let started = std::time::Instant::now();
    let b = klagehjelp::bundle::build(
        &letter,
        &case,
        &files,
        klagehjelp::Lang::En,
        false,
        &mut |_| {},
    )
    .unwrap();
    eprintln!(
        "input {:.1} MB (10 photos, {} pages of PDF); bundle {} pages, {:.2} MB, first build {:.2} s",
        input as f64 / 1048576.0,
        klagehjelp::pdf::page_count(&long).unwrap(),
        b.pages,
        b.pdf.len() as f64 / 1048576.0,
        started.elapsed().as_secs_f64()
    );
    let mut g = c.benchmark_group("bundle");
    g.sample_size(10);
    g.bench_function("10 phone photos + 30-page PDF", |bench| {
        bench.iter(|| {
            klagehjelp::bundle::build(
                black_box(&letter),
                &case,
                black_box(&files),
                klagehjelp::Lang::En,
                false,
                &mut |_| {},
            )
            .unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
