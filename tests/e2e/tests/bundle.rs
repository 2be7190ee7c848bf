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

/// Attachment 1 lists the two-page contract, then the one-page photo.
async fn two_files_listed(app: &App) {
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
    two_files_listed(&app).await;
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

/// Drag and drop (issue 11): files dropped on an attachment join it, a
/// file dropped elsewhere on the step starts an attachment of its own. The
/// drop is the event Tauri emits for a real one (`tauri://drag-drop` with
/// the paths and the position), sent to the window by the test hook
/// `test_drop`: under Xvfb no desktop can start a drag between programs.
/// The app keeps a copy of each file with the case (private, relative to
/// the case file), so the bundle is made even after the originals are gone.
#[tokio::test]
async fn dropped_files_are_kept_with_the_case_and_bundled() {
    let fx = repo_root().join("tests/fixtures/bundle");
    let mut app = App::start(Config::new("bundle-drop").today("2026-11-20")).await;
    // The originals, in a folder of their own (as in Downloads), deleted later.
    let downloads = app.data_dir.with_file_name("bundle-drop-downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    for f in ["kontrakt.pdf", "lonn-exif6.jpg", "lonnsslipp.png"] {
        std::fs::copy(fx.join(f), downloads.join(f)).unwrap();
    }
    let path = |f: &str| downloads.join(f).display().to_string();
    seed(&app, "drop-case");
    app.js("location.reload(); return true;", vec![]).await;
    app.click("#open-drop-case").await;
    app.step("attachments").await;

    // Where a pointer would let go, in the window's physical pixels (as
    // Tauri reports a drop): the middle of an element.
    let centre = |css: &str| {
        format!(
            "const r = document.querySelector('{css}').getBoundingClientRect(); \
             const d = window.devicePixelRatio || 1; \
             return [(r.left + r.width / 2) * d, (r.top + r.height / 2) * d];"
        )
    };
    let drop_at = |paths: Vec<String>, at: serde_json::Value| {
        format!(
            "return window.__TAURI__.core.invoke('test_drop', {{ paths: {}, x: {}, y: {} }}).then(() => true);",
            json!(paths),
            at[0],
            at[1]
        )
    };

    // Two files on the first attachment.
    let at = app
        .js(&centre("li[data-attachment-row=\"0\"]"), vec![])
        .await;
    app.js(
        &drop_at(vec![path("kontrakt.pdf"), path("lonn-exif6.jpg")], at),
        vec![],
    )
    .await;
    app.wait_for("#attachment-1-file-2").await;
    two_files_listed(&app).await;
    // One file elsewhere on the step: a new attachment named after it.
    let at = app.js(&centre("#attachments-drop-hint"), vec![]).await;
    app.js(&drop_at(vec![path("lonnsslipp.png")], at), vec![])
        .await;
    app.wait_for("#attachment-3-file-1").await;
    assert_eq!(app.value("attachment-3").await, "lonnsslipp");
    app.axe("attachments after a drop").await;

    // Kept with the case: relative paths in the case, private copies.
    let case_file = app.data_dir.join("cases/drop-case.klage.json");
    let kept = app.data_dir.join("cases/drop-case.vedlegg");
    let mut saved = String::new();
    app.wait_until("the case file names the three copies", WAIT, || {
        saved = std::fs::read_to_string(&case_file).unwrap_or_default();
        saved.contains("drop-case.vedlegg/lonnsslipp.png")
    })
    .await;
    let case: serde_json::Value = serde_json::from_str(&saved).unwrap();
    let files: Vec<&str> = case["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["files"].as_array().into_iter().flatten())
        .filter_map(|f| f.as_str())
        .collect();
    assert_eq!(
        files,
        [
            "drop-case.vedlegg/kontrakt.pdf",
            "drop-case.vedlegg/lonn-exif6.jpg",
            "drop-case.vedlegg/lonnsslipp.png"
        ],
        "relative to the case file, in the case's own folder"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&kept), 0o700);
        for f in std::fs::read_dir(&kept).unwrap() {
            let p = f.unwrap().path();
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
    }
    // The originals go (cleaned out of Downloads): the bundle still has them.
    std::fs::remove_dir_all(&downloads).unwrap();

    app.click("#progress li:last-child button").await;
    app.step("review").await;
    app.click("#export-bundle").await;
    app.wait_for("#bundle-done").await;
    let summary = app.text("#bundle-summary").await;
    // Letter (2 pages) + list (1) + contract (2) + photo (1) + screenshot (1).
    assert!(summary.contains("7 sider"), "{summary}");
    let text = app.exported_pdf_text().await;
    for needle in [
        "Vedlegg 1 – Arbeidskontrakt",
        "side 3 av 3",
        "Side to av kontrakten",
        "Vedlegg 3 – lonnsslipp",
    ] {
        assert!(
            text.contains(needle),
            "the bundle lacks {needle:?}:\n{text}"
        );
    }
    app.quit().await;
}
