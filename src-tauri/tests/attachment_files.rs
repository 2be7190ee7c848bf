//! Command tests (Tauri's mock runtime) of the files of attachments: a file
//! added is checked and kept with the case as a copy whose path is relative
//! to the case file, private, gone with the case, copied with a duplicate;
//! a file that is not there is named at its attachment, with what to do.
use serde_json::json;
use std::path::{Path, PathBuf};

mod common;
use common::{app, invoke, new_case, temp_dir};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/bundle")
        .join(name)
}

#[test]
fn added_files_are_kept_with_the_case_relative_and_private() {
    let data = temp_dir("data");
    let (_app, w) = app(data.clone());
    let opened = invoke(
        &w,
        "new_case",
        json!({"letter_language": "nb", "lang": "en"}),
    )
    .unwrap();
    let id = opened["id"].as_str().unwrap().to_string();
    // The originals, as in Downloads.
    let downloads = temp_dir("downloads");
    for f in ["kontrakt.pdf", "kontrakt-locked.pdf"] {
        std::fs::copy(fixture(f), downloads.join(f)).unwrap();
    }
    let views = invoke(
        &w,
        "add_attachment_files",
        json!({
            "case_id": id,
            "paths": [downloads.join("kontrakt.pdf"), downloads.join("kontrakt-locked.pdf")],
            "lang": "en",
        }),
    )
    .unwrap();
    let rel = format!("{id}.vedlegg/kontrakt.pdf");
    assert_eq!(views[0]["path"], json!(rel), "relative to the case file");
    assert_eq!(views[0]["name"], "kontrakt.pdf");
    assert_eq!(views[0]["info"]["pages"], 2);
    let refused = views[1]["problem"].as_str().unwrap();
    assert!(refused.contains("kontrakt-locked.pdf"), "{refused}");
    let cases = data.join("cases");
    assert!(
        !cases
            .join(format!("{id}.vedlegg/kontrakt-locked.pdf"))
            .exists(),
        "a refused file is not kept"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&cases.join(format!("{id}.vedlegg"))), 0o700);
        assert_eq!(mode(&cases.join(&rel)), 0o600);
    }

    // The original is deleted: the copy is what the case holds.
    std::fs::remove_dir_all(&downloads).unwrap();
    let info = invoke(
        &w,
        "attachment_files_info",
        json!({"paths": [rel], "case_id": id, "lang": "en"}),
    )
    .unwrap();
    assert_eq!(info[0]["info"]["pages"], 2, "{info}");

    // A relative path outside the case's folder is never read.
    let outside = invoke(
        &w,
        "attachment_files_info",
        json!({"paths": ["../settings.json", format!("{id}.vedlegg/../x")], "case_id": id, "lang": "en"}),
    )
    .unwrap();
    for v in outside.as_array().unwrap() {
        assert!(v["info"].is_null(), "{v}");
    }

    // A duplicate gets its own copies.
    let mut case = opened["case"].clone();
    case["attachments"] = json!([{"title": "Arbeidskontrakt", "files": [rel]}]);
    invoke(
        &w,
        "save_case",
        json!({"id": id, "case": case, "lang": "en"}),
    )
    .unwrap();
    let copy = invoke(&w, "duplicate_case", json!({"id": id, "lang": "en"})).unwrap();
    let copy = copy.as_str().unwrap().to_string();
    let loaded = invoke(&w, "load_case", json!({"id": copy, "lang": "en"})).unwrap();
    let copy_rel = format!("{copy}.vedlegg/kontrakt.pdf");
    assert_eq!(loaded["case"]["attachments"][0]["files"], json!([copy_rel]));
    assert!(cases.join(&copy_rel).is_file());

    // Gone behind the app's back: named at its attachment, with what to do.
    std::fs::remove_file(cases.join(&rel)).unwrap();
    let info = invoke(
        &w,
        "attachment_files_info",
        json!({"paths": [rel], "case_id": id, "lang": "en"}),
    )
    .unwrap();
    let problem = info[0]["problem"].as_str().unwrap();
    assert!(
        problem.contains("kontrakt.pdf") && problem.contains("add the file again"),
        "{problem}"
    );
    let err = invoke(
        &w,
        "export_bundle",
        json!({"case": case, "case_id": id, "lang": "nb"}),
    )
    .unwrap_err();
    assert_eq!(err["field"], "attachments[0].files[0]", "{err}");
    let message = err["message"].as_str().unwrap();
    assert!(
        message.contains("Vedlegg 1")
            && message.contains("Arbeidskontrakt")
            && message.contains("kontrakt.pdf")
            && message.contains("legg til fila på nytt"),
        "{message}"
    );

    // Deleting a case deletes its files; the duplicate keeps its own.
    invoke(&w, "delete_case", json!({"id": id, "lang": "en"})).unwrap();
    assert!(!cases.join(format!("{id}.vedlegg")).exists());
    assert!(cases.join(&copy_rel).is_file());
    std::fs::remove_dir_all(&data).unwrap();
}

#[test]
fn reception_mode_keeps_added_files_in_memory_only() {
    let data = temp_dir("reception");
    let (_app, w) = common::app_with(data.clone(), true);
    let id = new_case(&w);
    let views = invoke(
        &w,
        "add_attachment_files",
        json!({"case_id": id, "paths": [fixture("lonnsslipp.png")], "lang": "en"}),
    )
    .unwrap();
    let rel = views[0]["path"].as_str().unwrap().to_string();
    assert_eq!(rel, format!("{id}.vedlegg/lonnsslipp.png"));
    let info = invoke(
        &w,
        "attachment_files_info",
        json!({"paths": [rel], "case_id": id, "lang": "en"}),
    )
    .unwrap();
    assert_eq!(info[0]["info"]["pages"], 1, "{info}");
    assert!(
        !data.join("cases").exists(),
        "reception mode wrote to {}",
        data.display()
    );
    // "Finish and clear": the files are forgotten with the cases.
    invoke(&w, "finish_session", json!({})).unwrap();
    let info = invoke(
        &w,
        "attachment_files_info",
        json!({"paths": [rel], "case_id": id, "lang": "en"}),
    )
    .unwrap();
    assert!(info[0]["info"].is_null(), "{info}");
    let _ = std::fs::remove_dir_all(&data);
}
