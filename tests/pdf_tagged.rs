//! The PDFs are tagged PDF/A-2b + PDF/UA-1: the rules of ISO 19005-2 and
//! ISO 14289-1 that apply to them are checked with lopdf
//! (`pdf_support/conformance.rs`), and the reading order a screen reader
//! gets is checked with poppler (`pdfinfo -struct-text`, package
//! `poppler-utils`), an implementation independent of ours.
#[path = "pdf_support/conformance.rs"]
mod conformance;
#[path = "pdf_support/mod.rs"]
mod support;

use chrono::NaiveDate;
use klagehjelp::case::Case;
use klagehjelp::letter;
use klagehjelp::pdf::{self, Block, Document, layout::clean};
use std::path::{Path, PathBuf};
use std::process::Command;
use support::*;

fn write_pdf(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pdf_tagged");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, bytes).unwrap();
    path
}

fn tool(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap_or_else(|e| {
        panic!("{cmd} is needed for this test (apt-get install -y qpdf poppler-utils): {e}")
    });
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Whitespace runs as one space, trimmed. Not removed: a screen reader must
/// get a space between the last word of a line and the first of the next.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a screen reader should read, block by block: the text of every
/// block that is not an artifact or spacing, as `pdf::to_text` cleans it.
fn expected_reading(doc: &Document) -> Vec<String> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Title(t) | Block::Heading(t) | Block::Paragraph(t) => Some(clean(t)),
            Block::Lines(ls) | Block::Recipient(ls) => {
                Some(ls.iter().map(|l| clean(l)).collect::<Vec<_>>().join(" "))
            }
            Block::ListItem { label, text } => Some(format!("{} {}", clean(label), clean(text))),
            Block::Signature { caption } => Some(clean(caption)),
            Block::Space(_) | Block::PageBreak | Block::CutLine | Block::Section(_) => None,
        })
        .map(|s| squash(&s))
        .filter(|s| !s.is_empty())
        .collect()
}

/// The text of each leaf block element (`P`, `H1`, `H2`, `LI`), in the
/// order of the structure tree, as poppler reads it.
///
/// `pdfinfo -struct-text` prints one element per line, indented by depth,
/// with the text of its marked content in quotes: `  P (block)` followed by
/// `    "text"`.
fn reading_order(path: &Path) -> Vec<String> {
    let out = tool("pdfinfo", &["-struct-text", path.to_str().unwrap()]);
    let mut blocks: Vec<String> = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for line in out.lines() {
        let depth = line.len() - line.trim_start().len();
        let t = line.trim();
        if let Some(q) = t.strip_prefix('"') {
            let q = q.strip_suffix('"').unwrap_or(q);
            if let Some((_, s)) = current.as_mut() {
                s.push_str(q);
            }
            continue;
        }
        let role = t.split_whitespace().next().unwrap_or("");
        if let Some((d, s)) = &current
            && depth <= *d
        {
            blocks.push(squash(s));
            current = None;
        }
        match current.as_mut() {
            // Lbl and LBody of a list item are read as two elements.
            Some((_, s)) => s.push(' '),
            None if matches!(role, "P" | "H1" | "H2" | "LI") => {
                current = Some((depth, String::new()));
            }
            None => {}
        }
    }
    if let Some((_, s)) = current {
        blocks.push(squash(&s));
    }
    blocks.retain(|b| !b.is_empty());
    blocks
}

/// Runs every check on `doc`'s PDF: conformance, qpdf, fonts, reading order.
fn check_document(name: &str, doc: &Document) -> conformance::Report {
    let bytes = pdf::render(doc).unwrap_or_else(|e| panic!("{name}: {e}"));
    let report = conformance::check(name, &bytes, doc.lang.bcp47());
    let path = write_pdf(name, &bytes);
    let p = path.to_str().unwrap();
    let q = tool("qpdf", &["--check", p]);
    assert!(
        q.contains("No syntax or stream encoding errors"),
        "{name}: {q}"
    );
    for row in tool("pdffonts", &[p]).lines().skip(2) {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(
            cols[cols.len() - 5],
            "yes",
            "{name}: font not embedded: {row}"
        );
    }
    let got = reading_order(&path);
    let want = expected_reading(doc);
    for (i, w) in want.iter().enumerate() {
        assert_eq!(
            got.get(i),
            Some(w),
            "{name}: block {} read out of order or changed.\nstructure: {got:#?}\nblocks: {want:#?}",
            i + 1
        );
    }
    assert_eq!(got.len(), want.len(), "{name}: extra tagged text {got:#?}");
    report
}

#[test]
fn sample_letter_is_tagged_pdfa_and_pdfua() {
    let doc = sample_letter();
    let r = check_document("sample", &doc);
    assert_eq!(
        r.roles.iter().filter(|r| *r == "H1").count(),
        1,
        "one title: {:?}",
        r.roles
    );
    assert!(r.roles.contains(&"H2".to_string()));
    // The five attachments are one list of five items with labels.
    assert_eq!(r.roles.iter().filter(|r| *r == "L").count(), 1);
    assert_eq!(r.roles.iter().filter(|r| *r == "LI").count(), 5);
    assert_eq!(r.roles.iter().filter(|r| *r == "Lbl").count(), 5);
    // Two footers ("Side 1 av 2", "Side 2 av 2") are artifacts.
    assert_eq!(r.artifact_texts, 2);
}

#[test]
fn long_names_and_empty_documents_are_tagged() {
    check_document("names", &names_document());
    check_document("long", &long_document(10_000));
    let empty = Document {
        blocks: vec![],
        footer: String::new(),
        ..sample_letter()
    };
    check_document("empty", &empty);
    // A heading before any title is H1, so no level is skipped.
    let headings = Document {
        blocks: vec![
            Block::Heading("Først".into()),
            Block::Paragraph("Tekst".into()),
            Block::Title("Tittel".into()),
            Block::Heading("Så".into()),
        ],
        ..sample_letter()
    };
    let r = check_document("headings", &headings);
    assert_eq!(r.roles, ["Document", "H1", "P", "H1", "H2"]);
}

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".klage.json"))
        .collect();
    v.sort();
    assert!(v.len() >= 6, "example cases missing");
    v
}

#[test]
fn every_example_letter_is_tagged_pdfa_and_pdfua() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    for path in fixtures() {
        let name = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".klage.json", "");
        let case = Case::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let letter = letter::build(&case, None, today).unwrap_or_else(|p| panic!("{name}: {p:?}"));
        let r = check_document(&name, &letter.document);
        assert!(r.mcids > 10, "{name}: {} tagged sequences", r.mcids);
        if letter.has_labels {
            // The cut lines between the labels are artifacts, with the footers.
            let pages = pdf::page_count(&letter.document).unwrap();
            assert!(r.artifact_texts > pages, "{name}: cut lines not artifacts");
        }
    }
}

#[test]
fn output_is_still_byte_identical() {
    let doc = sample_letter();
    assert!(pdf::render(&doc).unwrap() == pdf::render(&doc).unwrap());
}

/// Runs the conformance checks on `bytes` and returns the failure message.
fn failure(bytes: &[u8]) -> String {
    let bytes = bytes.to_vec();
    let err = std::panic::catch_unwind(move || conformance::check("broken", &bytes, "nb-NO"))
        .expect_err("the checks accepted a broken file");
    err.downcast_ref::<String>()
        .cloned()
        .or_else(|| err.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

/// `edit` applied to the sample letter, saved again.
fn broken(edit: impl FnOnce(&mut lopdf::Document)) -> Vec<u8> {
    let mut lo = lopdf::Document::load_mem(&pdf::render(&sample_letter()).unwrap()).unwrap();
    edit(&mut lo);
    let mut out = Vec::new();
    lo.save_to(&mut out).unwrap();
    out
}

#[test]
fn the_checks_fail_loudly_on_broken_files() {
    // The unmodified sample passes (after a load and save through lopdf).
    conformance::check("resaved", &broken(|_| {}), "nb-NO");

    // Untagged text on page 1.
    let untagged = broken(|lo| {
        let page = lo.get_pages()[&1];
        let mut content = lo.get_and_decode_page_content(page).unwrap();
        content
            .operations
            .retain(|op| op.operator != "BDC" && op.operator != "EMC");
        lo.change_page_content(page, content.encode().unwrap())
            .unwrap();
    });
    assert!(
        failure(&untagged).contains("neither tagged nor an artifact"),
        "{}",
        failure(&untagged)
    );

    // No MarkInfo.
    let unmarked = broken(|lo| {
        lo.catalog_mut().unwrap().remove(b"MarkInfo");
    });
    assert!(failure(&unmarked).contains("MarkInfo"));

    // XMP without the PDF/A identification.
    let unidentified = broken(|lo| {
        let id = lo
            .catalog()
            .unwrap()
            .get(b"Metadata")
            .unwrap()
            .as_reference()
            .unwrap();
        let s = lo.get_object_mut(id).unwrap().as_stream_mut().unwrap();
        let xmp = String::from_utf8(s.content.clone()).unwrap();
        s.set_content(xmp.replace("<pdfaid:part>2</pdfaid:part>", "").into_bytes());
    });
    assert!(failure(&unidentified).contains("pdfaid:part"));

    // Info title that the XMP does not have.
    let disagreeing = broken(|lo| {
        let id = lo.trailer.get(b"Info").unwrap().as_reference().unwrap();
        lo.get_dictionary_mut(id)
            .unwrap()
            .set("Title", lopdf::Object::string_literal("Annen tittel"));
    });
    assert!(failure(&disagreeing).contains("Info and XMP agree"));

    // An element of the structure tree that lost its content reference.
    let orphaned = broken(|lo| {
        let ids: Vec<_> = lo.objects.keys().copied().collect();
        for id in ids {
            let Ok(d) = lo.get_dictionary_mut(id) else {
                continue;
            };
            if d.get(b"S").ok().and_then(|s| s.as_name().ok()) == Some(&b"H1"[..]) {
                d.set("K", lopdf::Object::Array(vec![]));
            }
        }
    });
    assert!(
        failure(&orphaned).contains("outside the structure tree"),
        "{}",
        failure(&orphaned)
    );
}
