//! What the shell's command tests share: a mock app over its own data folder,
//! a command call as the page makes it, and a fresh temporary folder.
#![allow(dead_code)] // each test binary uses part of it

use serde_json::Value;
use std::path::PathBuf;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets,
};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

/// The app over `data` (as the desktop starts it; `reception`: reception
/// mode) and its main window.
pub fn app_with(data: PathBuf, reception: bool) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let app = klagehjelp_app::builder_with(mock_builder(), Some(data), reception)
        .build(mock_context(noop_assets()))
        .expect("mock app");
    let w = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("mock window");
    (app, w)
}

/// The app over `data`, not in reception mode.
pub fn app(data: PathBuf) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    app_with(data, false)
}

/// Calls command `cmd` with `args` as the page does; the answer or the error as JSON.
pub fn invoke(w: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        w,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

/// Starts a new case (letter in bokmål, screens in English); its id.
pub fn new_case(w: &WebviewWindow<MockRuntime>) -> String {
    let opened = invoke(
        w,
        "new_case",
        serde_json::json!({"letter_language": "nb", "lang": "en"}),
    )
    .unwrap();
    opened["id"].as_str().unwrap().to_string()
}

/// A new empty folder under the system's temporary folder.
pub fn temp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "klagehjelp-app-test-{tag}-{}-{}",
        std::process::id(),
        klagehjelp_app::store::Store::new_id()
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}
