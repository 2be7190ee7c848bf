//! Letter PDFs: every example case gives a PDF that passes `qpdf --check`,
//! embeds all its fonts, and from which `pdftotext` gives back every word of
//! the user's text in order; long grounds paginate without losing a word;
//! names with diacritics print. Needs qpdf and poppler-utils (pdftotext,
//! pdffonts) on the PATH.
use chrono::NaiveDate;
use klagehjelp::case::{Attachment, Case, Ground};
use klagehjelp::letter;
use std::path::{Path, PathBuf};
use std::process::Command;

fn today() -> NaiveDate {
    "2026-11-25".parse().unwrap()
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

fn load(p: &Path) -> Case {
    Case::from_json(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn tool(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap_or_else(|e| {
        panic!("{cmd} is needed for this test (apt install qpdf poppler-utils): {e}")
    });
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Writes the PDF of `case` to a temporary file and returns its path.
fn pdf_file(case: &Case, name: &str) -> PathBuf {
    let letter = letter::build(case, None, today()).unwrap_or_else(|p| panic!("{name}: {p:?}"));
    let bytes = letter.to_pdf().unwrap();
    let dir = std::env::temp_dir().join(format!("klagehjelp-letter-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Text without any whitespace (line breaks fall anywhere in a PDF).
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Asserts that every word of `user` appears in `pdf_text`, in order.
fn assert_words_in_order(user: &str, pdf_text: &str, what: &str) {
    let hay = squash(pdf_text);
    let mut pos = 0;
    for word in user.split_whitespace() {
        match hay[pos..].find(word) {
            Some(i) => pos += i + word.len(),
            None => panic!("{what}: word {word:?} missing or out of order in the PDF text"),
        }
    }
}

/// All user text of a case, in the order the letter prints it.
fn user_texts(case: &Case) -> Vec<String> {
    let mut v = vec![
        case.applicant.given_name.clone(),
        case.applicant.family_name.clone(),
    ];
    // A late klage explains the delay before the grounds.
    v.push(case.late_reason.clone());
    v.extend(case.grounds.iter().map(|g| g.text.clone()));
    v.extend(case.attachments.iter().map(|a| a.title.clone()));
    v
}

#[test]
fn example_pdfs_are_valid_embed_fonts_and_keep_every_word() {
    for path in fixtures() {
        let name = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".klage.json", "");
        let case = load(&path);
        let pdf = pdf_file(&case, &name);
        let p = pdf.to_str().unwrap();
        tool("qpdf", &["--check", p]);
        let fonts = tool("pdffonts", &[p]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{name}: no fonts");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            // name type encoding emb sub uni object ID: "emb" is 5th from the end.
            assert_eq!(
                cols[cols.len() - 5],
                "yes",
                "{name}: font not embedded: {row}"
            );
        }
        let text = tool("pdftotext", &["-enc", "UTF-8", p, "-"]);
        let all = user_texts(&case).join("\n");
        assert_words_in_order(&all, &text, &name);
    }
}

#[test]
fn long_grounds_paginate_without_losing_a_word() {
    let mut case = load(
        &fixtures()
            .into_iter()
            .find(|p| p.ends_with("amina-spouse-income.klage.json"))
            .unwrap(),
    );
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 10_000 {
        n += 1;
        text.push_str(&format!("ord{n:04} "));
        if n % 60 == 0 {
            text.push_str("\n\n");
        } else if n % 23 == 0 {
            text.push('\n');
        }
    }
    assert!(text.chars().count() >= 10_000);
    case.grounds = vec![Ground {
        requirement: "underhold_fremtidig".into(),
        text: text.clone(),
    }];
    let letter = letter::build(&case, None, today()).unwrap();
    assert!(klagehjelp::pdf::page_count(&letter.document).unwrap() >= 4);
    let pdf = pdf_file(&case, "long");
    let p = pdf.to_str().unwrap();
    tool("qpdf", &["--check", p]);
    let out = tool("pdftotext", &["-enc", "UTF-8", p, "-"]);
    assert_words_in_order(&text, &out, "10 000 characters");
    // Each word exactly once: nothing duplicated across page breaks.
    assert_eq!(out.matches("ord0001").count(), 1);
    assert_eq!(out.matches(&format!("ord{n:04}")).count(), 1);
}

#[test]
fn names_with_diacritics_print() {
    let names = [
        ("Åse Ødegård", "Bjørnæs"),
        ("Nguyễn Thị", "Hương Trần"),
        ("Maria José", "Conceição Gonçalves"),
        ("Şükrü", "Yılmaz"),
        ("Łukasz", "Wróbel-Dvořák"),
        ("Zoë", "Brontë Núñez"),
    ];
    let base = load(
        &fixtures()
            .into_iter()
            .find(|p| p.ends_with("amina-spouse-income.klage.json"))
            .unwrap(),
    );
    for (i, (given, family)) in names.iter().enumerate() {
        let mut case = base.clone();
        case.applicant.given_name = given.to_string();
        case.applicant.family_name = family.to_string();
        case.attachments.push(Attachment {
            title: format!("Brev fra {given} {family}"),
            ..Default::default()
        });
        let letter = letter::build(&case, None, today()).unwrap();
        assert!(
            klagehjelp::pdf::missing_glyphs(&letter.document)
                .unwrap()
                .is_empty(),
            "{given} {family}: the font lacks a character"
        );
        let pdf = pdf_file(&case, &format!("name{i}"));
        let out = tool("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
        let full = format!("{given} {family}");
        assert!(
            squash(&out).contains(&squash(&full)),
            "{full} not in PDF text"
        );
        // The title line prints the name in capitals.
        assert!(
            squash(&out).contains(&squash(&full.to_uppercase())),
            "{full} in capitals"
        );
    }
}
