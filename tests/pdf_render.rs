//! End-to-end checks of `klagehjelp::pdf::render` with the real PDF tools:
//! qpdf (package `qpdf`) and pdffonts, pdfinfo, pdftotext (package
//! `poppler-utils`). A missing tool fails the test with the package to install.
#[path = "pdf_support/mod.rs"]
mod support;

use klagehjelp::pdf::{self, Block, Document};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::*;

/// Writes `bytes` to a fresh file under the target directory.
fn write_pdf(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pdf_render");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Runs `tool args`, returning (success, stdout, stderr). Fails with the apt
/// package to install if the tool is missing.
fn run(tool: &str, package: &str, args: &[&str]) -> (bool, String, String) {
    match Command::new(tool).args(args).output() {
        Ok(out) => (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        ),
        Err(e) if e.kind() == ErrorKind::NotFound => panic!(
            "`{tool}` is not installed: install the apt package `{package}` \
             (apt-get install -y {package}); the PDF tests need it"
        ),
        Err(e) => panic!("could not run {tool}: {e}"),
    }
}

fn render(name: &str, doc: &Document) -> PathBuf {
    let bytes = pdf::render(doc).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(bytes.starts_with(b"%PDF-"), "{name}: not a PDF");
    write_pdf(name, &bytes)
}

fn qpdf_check(path: &Path) {
    let (ok, out, err) = run("qpdf", "qpdf", &["--check", path.to_str().unwrap()]);
    assert!(
        ok,
        "qpdf --check failed for {}:\n{out}\n{err}",
        path.display()
    );
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
}

/// Every font listed by pdffonts is embedded (and there is at least one).
fn fonts_embedded(path: &Path) {
    let (ok, out, err) = run("pdffonts", "poppler-utils", &[path.to_str().unwrap()]);
    assert!(ok, "pdffonts failed: {err}");
    let rows: Vec<&str> = out
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(!rows.is_empty(), "no fonts in {}:\n{out}", path.display());
    for row in rows {
        // Columns: name type encoding emb sub uni object ID
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(n >= 7, "unexpected pdffonts row: {row}");
        assert_eq!(cols[n - 5], "yes", "font not embedded: {row}");
        assert_eq!(cols[n - 3], "yes", "font without ToUnicode map: {row}");
        assert!(cols[0].contains("NotoSerif"), "unexpected font: {row}");
    }
}

fn pdfinfo(path: &Path) -> String {
    let (ok, out, err) = run("pdfinfo", "poppler-utils", &[path.to_str().unwrap()]);
    assert!(ok, "pdfinfo failed: {err}");
    out
}

fn info_field<'a>(info: &'a str, key: &str) -> &'a str {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")))
        .unwrap_or_else(|| panic!("pdfinfo has no {key}:\n{info}"))
        .trim()
}

fn pdftotext(path: &Path) -> String {
    let (ok, out, err) = run(
        "pdftotext",
        "poppler-utils",
        &["-enc", "UTF-8", path.to_str().unwrap(), "-"],
    );
    assert!(ok, "pdftotext failed: {err}");
    out
}

/// Asserts that every word of `source` appears in `extracted`, in order.
/// Whitespace and hyphens are ignored on both sides: pdftotext joins a word
/// broken after a hyphen at a line end and drops the hyphen, and an
/// interleaved footer must not count as a lost word.
fn assert_words_in_order(source: &str, extracted: &str) {
    let hay: String = extracted
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let mut pos = 0;
    for word in source.split_whitespace() {
        let word = word.replace('-', "");
        match hay[pos..].find(&word) {
            Some(i) => pos += i + word.len(),
            None => {
                let around = &hay[pos..hay.len().min(pos + 200)];
                panic!("word {word:?} missing or out of order; text continues with: {around}")
            }
        }
    }
}

/// All the text a reader sees in `doc`, in order (without isolation marks).
fn source_text(doc: &Document) -> String {
    pdf::to_text(doc)
        .replace(['\u{2068}', '\u{2069}', '\u{c}'], " ")
        .replace('_', " ")
}

#[test]
fn sample_letter_passes_qpdf_and_has_only_embedded_fonts() {
    let path = render("sample", &sample_letter());
    qpdf_check(&path);
    fonts_embedded(&path);
}

#[test]
fn sample_letter_metadata() {
    let doc = sample_letter();
    let path = render("sample_meta", &doc);
    let info = pdfinfo(&path);
    assert_eq!(
        info_field(&info, "Title"),
        "Klage på vedtak – DUF 2012 586975 61"
    );
    assert_eq!(info_field(&info, "Author"), "Nguyễn Thị Ánh");
    assert_eq!(
        info_field(&info, "Pages"),
        "2",
        "the sample is a two-page letter"
    );
    assert!(
        info_field(&info, "Page size").contains("595.276 x 841.89"),
        "A4: {info}"
    );
    assert!(info_field(&info, "CreationDate").contains("2025"), "{info}");

    let lo = lopdf::Document::load_mem(&pdf::render(&doc).unwrap()).unwrap();
    let catalog = lo.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"nb-NO");
    let info_id = lo.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = lo.get_dictionary(info_id).unwrap();
    assert_eq!(
        info.get(b"CreationDate").unwrap().as_str().unwrap(),
        b"D:20250512143000"
    );
    assert_eq!(
        info.get(b"ModDate").unwrap().as_str().unwrap(),
        b"D:20250512143000"
    );
}

#[test]
fn lang_follows_the_document_language() {
    for (doc, lang) in [
        (names_document(), &b"nn-NO"[..]),
        (long_document(500), b"en"),
    ] {
        let lo = lopdf::Document::load_mem(&pdf::render(&doc).unwrap()).unwrap();
        assert_eq!(
            lo.catalog()
                .unwrap()
                .get(b"Lang")
                .unwrap()
                .as_str()
                .unwrap(),
            lang
        );
    }
}

#[test]
fn sample_letter_text_comes_back_in_order_without_isolation_marks() {
    let doc = sample_letter();
    let path = render("sample_text", &doc);
    let text = pdftotext(&path);
    assert!(
        !text.contains(['\u{2068}', '\u{2069}']),
        "isolation marks reached the PDF"
    );
    assert!(
        !text.contains('\u{FFFD}'),
        "replacement characters in:\n{text}"
    );
    assert_words_in_order(&source_text(&doc), &text);
    assert!(
        text.contains("Side 1 av 2") && text.contains("Side 2 av 2"),
        "footers:\n{text}"
    );
}

#[test]
fn names_with_diacritics_print_correctly() {
    let doc = names_document();
    assert_eq!(pdf::missing_glyphs(&doc).unwrap(), Vec::<char>::new());
    let path = render("names", &doc);
    qpdf_check(&path);
    fonts_embedded(&path);
    let text = pdftotext(&path);
    for name in NAMES {
        assert!(text.contains(name), "{name} not found in:\n{text}");
    }
    assert_words_in_order(&source_text(&doc), &text);
    assert_eq!(info_field(&pdfinfo(&path), "Author"), "Łukasz Żółć");
}

#[test]
fn decomposed_vietnamese_is_composed() {
    // "Nguyễn" typed as e + circumflex + tilde (as macOS may store it).
    let doc = Document {
        blocks: vec![Block::Paragraph(
            "Nguye\u{302}\u{303}n Thi\u{323} A\u{301}nh".into(),
        )],
        ..names_document()
    };
    let text = pdftotext(&render("nfd", &doc));
    assert!(text.contains("Nguyễn Thị Ánh"), "{text}");
}

#[test]
fn ten_thousand_characters_paginate_without_losing_a_word() {
    let doc = long_document(10_000);
    let grounds = long_grounds(10_000);
    assert!(grounds.chars().count() >= 10_000);
    let path = render("long", &doc);
    qpdf_check(&path);
    fonts_embedded(&path);
    let pages: usize = info_field(&pdfinfo(&path), "Pages").parse().unwrap();
    assert!(
        pages >= 3,
        "10 000 characters need several pages, got {pages}"
    );
    assert_eq!(pages, pdf::page_count(&doc).unwrap());
    let text = pdftotext(&path);
    assert_words_in_order(&source_text(&doc), &text);
    for p in 1..=pages {
        assert!(
            text.contains(&format!("Page {p} of {pages}")),
            "footer of page {p}"
        );
    }
    // Every word of the grounds is there exactly once.
    let extracted: Vec<&str> = text.split_whitespace().collect();
    for w in grounds.split_whitespace().step_by(37) {
        assert_eq!(extracted.iter().filter(|e| **e == w).count(), 1, "{w}");
    }
}

#[test]
fn overlong_words_are_broken_not_clipped() {
    let word = "Utlendingsdirektoratetsavslagsvedtaksklagebehandlingsfrist".repeat(6);
    let doc = Document {
        blocks: vec![Block::Paragraph(format!("Før {word} etter"))],
        ..long_document(10)
    };
    let path = render("overlong", &doc);
    qpdf_check(&path);
    let text: String = pdftotext(&path).split_whitespace().collect();
    assert!(text.contains(&format!("Før{word}etter")), "{text}");
}

#[test]
fn missing_glyphs_are_replaced_visibly_and_reported() {
    let doc = Document {
        blocks: vec![Block::Paragraph("Navn: محمد Ola".into())],
        ..long_document(10)
    };
    let missing = pdf::missing_glyphs(&doc).unwrap();
    assert_eq!(missing, vec!['ح', 'د', 'م']);
    let path = render("missing", &doc);
    qpdf_check(&path);
    let text = pdftotext(&path);
    assert!(
        text.contains("Navn: \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} Ola"),
        "{text}"
    );
}

#[test]
fn rendering_is_deterministic() {
    for doc in [sample_letter(), names_document(), long_document(3000)] {
        let a = pdf::render(&doc).unwrap();
        let b = pdf::render(&doc).unwrap();
        assert!(a == b, "two renders of {:?} differ", doc.title);
    }
    let mut other = sample_letter();
    other.blocks.push(Block::Paragraph("PS".into()));
    assert_ne!(
        pdf::render(&other).unwrap(),
        pdf::render(&sample_letter()).unwrap()
    );
}

#[test]
fn page_breaks_and_empty_documents_are_valid() {
    let doc = Document {
        blocks: vec![
            Block::Paragraph("Brev".into()),
            Block::PageBreak,
            Block::Title("Fullmakt".into()),
            Block::PageBreak,
            Block::Title("Vedlegg 1".into()),
        ],
        ..sample_letter()
    };
    let path = render("breaks", &doc);
    qpdf_check(&path);
    assert_eq!(info_field(&pdfinfo(&path), "Pages"), "3");

    let empty = Document {
        blocks: vec![],
        footer: String::new(),
        ..sample_letter()
    };
    let path = render("empty", &empty);
    qpdf_check(&path);
    assert_eq!(info_field(&pdfinfo(&path), "Pages"), "1");
}
