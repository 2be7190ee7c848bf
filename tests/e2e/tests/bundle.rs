//! Attachments as files and the combined PDF (issue 11), as a user does it:
//! add files to an attachment (the Open dialog is replaced by the test hook
//! `KLAGEHJELP_ATTACH_PATHS`), see each with its pages and size, see a
//! locked PDF refused with why, reorder a file from the keyboard, then make
//! the bundle on the review screen and check its pages and stamps.
use klagehjelp_e2e::{App, Config, WAIT, repo_root};
use serde_json::json;
use std::process::Command;

/// The example case, opened at the attachments step.
fn seed(app: &App, id: &str) {
    let dir = app.data_dir.join("cases");
    std::fs::create_dir_all(&dir).unwrap();
    let text =
        std::fs::read_to_string(repo_root().join("tests/fixtures/amina-spouse-income.klage.json"))
            .unwrap();
    std::fs::write(dir.join(format!("{id}.klage.json")), text).unwrap();
    let ui = json!({ "step": "attachments", "visited": ["language", "decision", "deadline", "check", "grounds", "attachments", "representative", "review"] });
    std::fs::write(dir.join(format!("{id}.ui.json")), ui.to_string()).unwrap();
}

#[tokio::test]
async fn files_are_added_checked_reordered_and_bundled() {
    let fx = repo_root().join("tests/fixtures/bundle");
    let picked = std::env::join_paths([
        fx.join("kontrakt.pdf"),
        fx.join("lonn-exif6.jpg"),
        fx.join("kontrakt-locked.pdf"),
    ])
    .unwrap();
    let mut cfg = Config::new("bundle").today("2026-11-20");
    cfg.env.push((
        "KLAGEHJELP_ATTACH_PATHS".into(),
        picked.to_string_lossy().into_owned(),
    ));
    let mut app = App::start(cfg).await;
    seed(&app, "bundle-case");
    app.js("location.reload(); return true;", vec![]).await;
    app.click("#open-bundle-case").await;
    app.step("attachments").await;

    // Add files: two are taken, the locked PDF is refused with why.
    app.click("#attachment-1-add-files").await;
    app.wait_for("#attachment-1-file-2").await;
    app.wait_for("#attachment-1-refused").await;
    let first = app.text("#attachment-1-file-1").await;
    assert!(
        first.contains("kontrakt.pdf") && first.contains("2 sider"),
        "{first}"
    );
    let second = app.text("#attachment-1-file-2").await;
    assert!(
        second.contains("lonn-exif6.jpg") && second.contains("1 side"),
        "{second}"
    );
    let refused = app.text("#attachment-1-refused").await;
    assert!(
        refused.contains("kontrakt-locked.pdf") && refused.contains("passord"),
        "{refused}"
    );
    assert_eq!(
        app.focused().await,
        "div#attachment-1-refused",
        "the focus moves to the refusal"
    );
    app.axe("attachments with files").await;

    // Keyboard: move the photo up, then back down.
    app.js(
        "document.getElementById('attachment-1-file-2-up').focus(); return true;",
        vec![],
    )
    .await;
    app.press(fantoccini::key::Key::Enter).await;
    app.wait_js(
        "the photo first",
        WAIT,
        "const f = document.getElementById('attachment-1-file-1'); return !!f && f.dataset.path.endsWith('lonn-exif6.jpg');",
    )
    .await;
    app.js(
        "document.getElementById('attachment-1-file-1-down').focus(); return true;",
        vec![],
    )
    .await;
    app.press(fantoccini::key::Key::Enter).await;
    app.wait_js(
        "the contract first again",
        WAIT,
        "const f = document.getElementById('attachment-1-file-1'); return !!f && f.dataset.path.endsWith('kontrakt.pdf');",
    )
    .await;

    // The bundle, from the review screen.
    // The last button of the progress list: the review step.
    app.click("#progress li:last-child button").await;
    app.step("review").await;
    app.click("#export-bundle").await;
    app.wait_for("#bundle-done").await;
    let summary = app.text("#bundle-summary").await;
    // Letter (2 pages) + list (1) + contract (2) + photo (1).
    assert!(summary.contains("6 sider"), "{summary}");
    let progress = app
        .js(
            "const p = document.getElementById('bundle-progress'); return [p.value, p.max];",
            vec![],
        )
        .await;
    assert_eq!(
        progress,
        json!([3, 3]),
        "progress reached 3 of 3 (2 files, then the PDF)"
    );
    assert_eq!(
        app.text("#bundle-path").await,
        app.save_path.display().to_string()
    );
    let text = app.exported_pdf_text().await;
    for needle in [
        "Vedlegg i denne fila",
        "Vedlegg 1 – Arbeidskontrakt",
        "side 1 av 3",
        "side 2 av 3",
        "side 3 av 3",
        "Side to av kontrakten",
    ] {
        assert!(
            text.contains(needle),
            "the bundle lacks {needle:?}:\n{text}"
        );
    }
    let info = Command::new("pdfinfo")
        .arg(&app.save_path)
        .output()
        .expect("pdfinfo");
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.trim_end().ends_with(" 6")),
        "{info}"
    );
    app.axe("review with the bundle made").await;
    app.quit().await;
}
