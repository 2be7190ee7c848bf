//! The bundle (`klagehjelp bundle`): one PDF with the letter, the list of
//! attachments and every attached file, each attachment page stamped.
//! Fixtures: `tests/fixtures/bundle/` (made by `make-fixtures.py` there) and
//! `tests/fixtures/amina-bundle.klage.json`. Needs qpdf, pdftotext and
//! pdftoppm (poppler-utils), as the other PDF tests.
mod common;
#[path = "pdf_support/conformance.rs"]
mod conformance;

use klagehjelp::bundle::{self, InputFile};
use klagehjelp::case::Case;
use lopdf::{Document as Lo, Object};
use std::path::{Path, PathBuf};
use std::process::Command;

const TODAY: &str = "2026-11-20";

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("klagehjelp-bundle-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Builds the bundle of the example case with the CLI; returns its bytes.
fn amina_bundle(dir: &Path) -> Vec<u8> {
    let out = dir.join("bundle.pdf");
    let o = common::run(&[
        "bundle",
        &common::fixture("amina-bundle"),
        "--out",
        out.to_str().unwrap(),
        "--today",
        TODAY,
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let err = common::stderr(&o);
    // kontrakt.pdf is a plain PDF: the bundle says it is not PDF/A, and why.
    assert!(
        err.contains("not PDF/A") && err.contains("kontrakt.pdf"),
        "{err}"
    );
    std::fs::read(out).unwrap()
}

fn pdftotext(pdf: &Path, page: Option<usize>) -> String {
    let mut cmd = Command::new("pdftotext");
    if let Some(p) = page {
        cmd.args(["-f", &p.to_string(), "-l", &p.to_string()]);
    }
    let o = cmd.arg(pdf).arg("-").output().expect("pdftotext");
    assert!(o.status.success());
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn bundle_text_is_golden_and_pages_are_in_order() {
    let dir = tmp("golden");
    let bytes = amina_bundle(&dir);
    let path = dir.join("bundle.pdf");
    common::golden("bundle", "amina-bundle.txt", &pdftotext(&path, None));
    let lo = Lo::load_mem(&bytes).unwrap();
    assert_eq!(lo.get_pages().len(), 7);
    // Letter (2 pages), list (1), attachment 1 (2 pages), attachment 2 (2 files, 1 page each).
    let expect = [
        (
            3,
            vec!["Vedlegg i denne fila", "(2 sider)", "(ikke i denne fila)"],
        ),
        (
            4,
            vec![
                "Vedlegg 1 – Arbeidskontrakt",
                "side 1 av 2",
                "Arbeidskontrakt",
            ],
        ),
        (
            5,
            vec!["Vedlegg 1 – ", "side 2 av 2", "Side to av kontrakten"],
        ),
        (
            6,
            vec![
                "Vedlegg 2 – Bekreftelse",
                "Amina Yusuf",
                "DUF 2012 586975 61",
                "side 1 av 2",
            ],
        ),
        (7, vec!["Vedlegg 2 – ", "side 2 av 2"]),
    ];
    for (page, words) in expect {
        let text = pdftotext(&path, Some(page)).replace('\n', " ");
        for w in words {
            assert!(text.contains(w), "page {page} lacks {w:?}: {text}");
        }
    }
}

#[test]
fn bundle_passes_qpdf_and_has_bookmarks() {
    let dir = tmp("qpdf");
    let bytes = amina_bundle(&dir);
    let o = Command::new("qpdf")
        .args(["--check"])
        .arg(dir.join("bundle.pdf"))
        .output()
        .expect("qpdf");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let lo = Lo::load_mem(&bytes).unwrap();
    let catalog = lo.catalog().unwrap();
    let outlines = lo
        .get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap())
        .unwrap();
    let pages: Vec<_> = lo.get_pages().into_values().collect();
    let mut titles = Vec::new();
    let mut next = outlines.get(b"First").ok().cloned();
    while let Some(Object::Reference(id)) = next {
        let item = lo.get_dictionary(id).unwrap();
        let dest = item.get(b"Dest").unwrap().as_array().unwrap();
        let page = dest[0].as_reference().unwrap();
        let n = pages.iter().position(|p| *p == page).unwrap() + 1;
        titles.push((conformance::text(item.get(b"Title").unwrap()), n));
        next = item.get(b"Next").ok().cloned();
    }
    assert_eq!(
        titles,
        vec![
            ("Brevet".to_string(), 1),
            ("Vedlegg i denne fila".to_string(), 3),
            (
                "Vedlegg 1: Arbeidskontrakt for Abdirahman Ali Farah (fast stilling fra 1. desember 2026)".to_string(),
                4
            ),
            (
                "Vedlegg 2: Bekreftelse fra arbeidsgiver om lønn og stillingsprosent".to_string(),
                6
            ),
        ]
    );
    // Not PDF/A (kontrakt.pdf is not): the metadata must not claim it.
    let meta = lo
        .get_object(catalog.get(b"Metadata").unwrap().as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    let xmp = String::from_utf8_lossy(&meta.content);
    assert!(
        !xmp.contains("<pdfaid:part>") && !xmp.contains("<pdfuaid:part>"),
        "{xmp}"
    );
}

/// Numbers of a content stream operator's operands.
fn numbers(ops: &[Object]) -> Vec<f32> {
    ops.iter().map(|o| o.as_float().unwrap()).collect()
}

/// The stamp's lowest baseline and the top of the attachment's content box
/// (the XObject's box after its `cm`), in points from the bottom.
fn stamp_and_box(lo: &Lo, page: lopdf::ObjectId) -> (f32, f32) {
    let content = lo.get_page_content(page);
    let ops = lopdf::content::Content::decode(&content)
        .unwrap()
        .operations;
    let mut lowest_baseline = f32::MAX;
    let mut cm = None;
    for op in &ops {
        match op.operator.as_str() {
            "Tm" => lowest_baseline = lowest_baseline.min(numbers(&op.operands)[5]),
            "cm" => cm = Some(numbers(&op.operands)),
            "Do" => break,
            _ => {}
        }
    }
    let m = cm.expect("the attachment is drawn with a matrix");
    let res = lo
        .get_dictionary(page)
        .unwrap()
        .get(b"Resources")
        .unwrap()
        .as_dict()
        .unwrap();
    let xo = res.get(b"XObject").unwrap().as_dict().unwrap();
    let id = xo.get(b"KhAttachment").unwrap().as_reference().unwrap();
    let stream = lo.get_object(id).unwrap().as_stream().unwrap();
    // Corners of the box the XObject paints in (a form's BBox, an image's unit square).
    let corners: Vec<(f32, f32)> = match stream.dict.get(b"BBox") {
        Ok(b) => {
            let b = numbers(b.as_array().unwrap());
            vec![(b[0], b[1]), (b[2], b[1]), (b[0], b[3]), (b[2], b[3])]
        }
        Err(_) => vec![(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)],
    };
    let top = corners
        .iter()
        .map(|(x, y)| m[1] * x + m[3] * y + m[5])
        .fold(f32::MIN, f32::max);
    (lowest_baseline, top)
}

#[test]
fn stamp_never_overlaps_the_content() {
    let dir = tmp("overlap");
    let bytes = amina_bundle(&dir);
    let lo = Lo::load_mem(&bytes).unwrap();
    let pages: Vec<_> = lo.get_pages().into_values().collect();
    // Geometry: every attachment page's content box starts below the
    // stamp's last line (its baseline less the 11 pt font's descent).
    for (n, page) in pages.iter().enumerate().skip(3) {
        let (baseline, top) = stamp_and_box(&lo, *page);
        assert!(
            top <= baseline - 0.3 * 11.0,
            "page {}: content box top {top} reaches the stamp (baseline {baseline})",
            n + 1
        );
    }
    // Rendering: page 5 is a grey rectangle over the whole original page.
    // Without anti-aliasing, grey (127/128) must not appear above the box
    // top, and the stamp's black text must be there.
    let (_, top) = stamp_and_box(&lo, pages[4]);
    let stem = dir.join("p");
    let st = Command::new("pdftoppm")
        .args([
            "-r",
            "72",
            "-gray",
            "-aa",
            "no",
            "-aaVector",
            "no",
            "-f",
            "5",
            "-l",
            "5",
        ])
        .arg(dir.join("bundle.pdf"))
        .arg(&stem)
        .status()
        .expect("pdftoppm");
    assert!(st.success());
    let pgm = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "pgm"))
        .expect("a rendered page");
    let (w, h, px) = read_pgm(&std::fs::read(pgm).unwrap());
    let box_top_row = (842.0 - top).floor() as usize;
    let grey = |v: u8| (120..=136).contains(&v);
    let first_grey_row = (0..h)
        .find(|&y| (0..w).any(|x| grey(px[y * w + x])))
        .expect("the grey page is drawn");
    assert!(
        first_grey_row + 1 >= box_top_row,
        "grey content at row {first_grey_row}, above the box top at row {box_top_row}"
    );
    let black_above = (0..first_grey_row).any(|y| (0..w).any(|x| px[y * w + x] < 60));
    assert!(black_above, "the stamp is drawn above the content");
}

fn read_pgm(bytes: &[u8]) -> (usize, usize, Vec<u8>) {
    // "P5\n<w> <h>\n255\n" then the pixels.
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..i]).into_owned());
    }
    assert_eq!(fields[0], "P5");
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let px = bytes[i + 1..].to_vec();
    assert_eq!(px.len(), w * h);
    (w, h, px)
}

#[test]
fn photos_are_upright() {
    let dir = tmp("upright");
    let bytes = amina_bundle(&dir);
    let lo = Lo::load_mem(&bytes).unwrap();
    let pages: Vec<_> = lo.get_pages().into_values().collect();
    let res = lo
        .get_dictionary(pages[5])
        .unwrap()
        .get(b"Resources")
        .unwrap()
        .as_dict()
        .unwrap();
    let id = res
        .get(b"XObject")
        .unwrap()
        .as_dict()
        .unwrap()
        .get(b"KhAttachment")
        .unwrap()
        .as_reference()
        .unwrap();
    let img = lo.get_object(id).unwrap().as_stream().unwrap();
    // Stored 60×40 with EXIF orientation 6: shown 40 wide, 60 high.
    let size = |k: &[u8]| img.dict.get(k).unwrap().as_i64().unwrap();
    assert_eq!((size(b"Width"), size(b"Height")), (40, 60));
    // Red left half as stored: the top half once turned clockwise.
    let st = Command::new("pdftoppm")
        .args(["-r", "72", "-f", "6", "-l", "6"])
        .arg(dir.join("bundle.pdf"))
        .arg(dir.join("c"))
        .status()
        .unwrap();
    assert!(st.success());
    let ppm = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "ppm"))
        .unwrap();
    let bytes = std::fs::read(ppm).unwrap();
    // "P6\n<w> <h>\n255\n" then the pixels.
    let header: Vec<&[u8]> = bytes.splitn(4, |b| *b == b'\n').collect();
    let w: usize = String::from_utf8_lossy(header[1])
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let start = header[0].len() + header[1].len() + header[2].len() + 3;
    let px = |x: usize, y: usize| {
        let i = start + (y * w + x) * 3;
        (bytes[i], bytes[i + 1], bytes[i + 2])
    };
    let (_, top) = stamp_and_box(&lo, pages[5]);
    // The photo (40×60 px at 96 dpi: 30×45 pt) is centred below the box top.
    let (cx, y0) = (595 / 2, (842.0 - top) as usize);
    let (r, _, b) = px(cx, y0 + 8);
    assert!(
        r > 200 && b < 80,
        "top of the photo is red: {:?}",
        px(cx, y0 + 8)
    );
    let (r, _, b) = px(cx, y0 + 38);
    assert!(
        b > 200 && r < 80,
        "bottom of the photo is blue: {:?}",
        px(cx, y0 + 38)
    );
}

#[test]
fn split_writes_safe_file_names() {
    let dir = tmp("split");
    let out = dir.join("deler");
    common::ok(&[
        "bundle",
        &common::fixture("amina-bundle"),
        "--split",
        out.to_str().unwrap(),
        "--today",
        TODAY,
    ]);
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec![
            "Vedlegg-1-Arbeidskontrakt-for-Abdirahman-Ali-Farah-(fast-stilling-fra-1.-desembe.pdf",
            "Vedlegg-2-Bekreftelse-fra-arbeidsgiver-om-lønn-og-stillingsprosent.pdf",
            "klage.pdf",
        ]
    );
    for n in &names {
        assert!(
            !n.contains(['<', '>', ':', '"', '/', '\\', '|', '?', '*']),
            "{n}"
        );
        let bytes = std::fs::read(out.join(n)).unwrap();
        let pages = Lo::load_mem(&bytes).unwrap().get_pages().len();
        let want = if n.starts_with("klage") { 3 } else { 2 };
        assert_eq!(pages, want, "{n}");
    }
    let text = pdftotext(&out.join(&names[1]), None);
    assert!(
        text.contains("Vedlegg 2 – Bekreftelse") && text.contains("side 2 av 2"),
        "{text}"
    );
}

/// A case with one attachment holding `file`, written to a temporary folder.
fn case_with_file(dir: &Path, name: &str, bytes: &[u8]) -> String {
    std::fs::write(dir.join(name), bytes).unwrap();
    let mut case: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(common::fixture("amina-bundle")).unwrap())
            .unwrap();
    case["attachments"] = serde_json::json!([{ "title": "Dokument", "files": [name] }]);
    let path = dir.join("sak.klage.json");
    std::fs::write(&path, serde_json::to_string(&case).unwrap()).unwrap();
    path.display().to_string()
}

fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(common::root().join("tests/fixtures/bundle").join(name)).unwrap()
}

#[test]
fn refuses_files_it_cannot_attach_with_a_clear_message() {
    let mut big = b"%PDF-1.7\n".to_vec();
    big.resize(26 * 1024 * 1024, b' ');
    let cases: Vec<(&str, Vec<u8>, Vec<&str>)> = vec![
        (
            "kontrakt-locked.pdf",
            fixture_bytes("kontrakt-locked.pdf"),
            vec!["protected by a password or locked", "Save as PDF"],
        ),
        (
            "kontrakt-broken.pdf",
            fixture_bytes("kontrakt-broken.pdf"),
            vec!["not a complete PDF", "scan the document again"],
        ),
        (
            "stor.pdf",
            big,
            vec!["26.0 MB", "up to 25 MB", "lower resolution"],
        ),
        (
            "brev.docx",
            b"PK\x03\x04 not a pdf".to_vec(),
            vec!["not a PDF, JPEG or PNG", "Save as PDF"],
        ),
        (
            "IMG_0001.HEIC",
            b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec(),
            vec!["HEIC", "Most Compatible", "JPEG"],
        ),
    ];
    for (name, bytes, words) in cases {
        let dir = tmp(name);
        let case = case_with_file(&dir, name, &bytes);
        let out = dir.join("b.pdf");
        let err = common::refused(&[
            "bundle",
            &case,
            "--out",
            out.to_str().unwrap(),
            "--today",
            TODAY,
        ]);
        assert!(
            err.contains("attachments[0].files[0]") && err.contains(name),
            "{err}"
        );
        for w in words {
            assert!(err.contains(w), "{name}: {w:?} missing in {err}");
        }
        assert!(!out.exists(), "{name}: nothing is written");
    }
    // The core says the same for the bytes a host hands it.
    let e = klagehjelp::attachment::check("x.pdf", &fixture_bytes("kontrakt-locked.pdf"));
    assert!(matches!(
        e,
        Err(klagehjelp::attachment::FileError::Encrypted { .. })
    ));
}

#[test]
fn a_bundle_of_photos_is_pdfa_and_tagged() {
    let case: Case =
        Case::from_bytes(&std::fs::read(common::fixture("amina-bundle")).unwrap()).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let files = vec![
        vec![],
        vec![
            InputFile {
                name: "lonn.jpg".into(),
                bytes: fixture_bytes("lonn-exif6.jpg"),
            },
            InputFile {
                name: "lonnsslipp.png".into(),
                bytes: fixture_bytes("lonnsslipp.png"),
            },
        ],
    ];
    let mut steps = Vec::new();
    let export = klagehjelp::session::export_bundle(
        &case,
        None,
        klagehjelp::Lang::Nb,
        today,
        &files,
        false,
        &mut |p| steps.push(p),
    )
    .unwrap_or_else(|_| panic!("the bundle is made"));
    let b = export.bundle;
    assert!(b.pdfa && b.notices.is_empty(), "{:?}", b.notices);
    // Progress: one step per file, then the PDF.
    assert_eq!(steps.last(), Some(&bundle::Progress { done: 3, total: 3 }));
    assert_eq!(steps.len(), 3);
    let report = conformance::check("photo bundle", &b.pdf, "nb-NO");
    assert!(report.xmp.contains("<pdfaid:part>2</pdfaid:part>"));
    // Each photo page: the stamp (P) then the photo (Figure), in order.
    let figures = report.roles.iter().filter(|r| *r == "Figure").count();
    assert_eq!(figures, 2, "{:?}", report.roles);
    // The same input gives the same bytes.
    let again = klagehjelp::session::export_bundle(
        &case,
        None,
        klagehjelp::Lang::Nb,
        today,
        &files,
        false,
        &mut |_| {},
    )
    .unwrap_or_else(|_| panic!("the bundle is made"));
    assert!(again.bundle.pdf == b.pdf, "deterministic");
}
