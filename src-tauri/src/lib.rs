//! Klagehjelp desktop app: a thin Tauri v2 shell over the `klagehjelp` core.
//! The UI (static HTML, CSS and ES modules in `ui/`) calls the commands of
//! [`commands`]; everything is computed by the core, nothing leaves the
//! machine.
pub mod commands;
pub mod desktop;
pub mod error;
pub mod hooks;
pub mod privacy;
pub mod store;

use std::path::PathBuf;
use tauri::{Manager, Runtime};

/// Adds the plugins, the state and the commands to a builder. `run()` passes
/// the real builder; tests pass `tauri::test::mock_builder()`.
///
/// `data_dir`: where cases are saved; `None` means the OS user data folder
/// (e.g. `~/.local/share/no.klagehjelp.app`), or in a test build the
/// folder its hook names (see [`hooks`]).
pub fn builder<R: Runtime>(
    builder: tauri::Builder<R>,
    data_dir: Option<PathBuf>,
) -> tauri::Builder<R> {
    builder_with(builder, data_dir, false)
}

/// As [`builder`]; `reception` forces reception mode for this run (the
/// start option `--reception`); otherwise the computer's setting decides.
pub fn builder_with<R: Runtime>(
    builder: tauri::Builder<R>,
    data_dir: Option<PathBuf>,
    reception: bool,
) -> tauri::Builder<R> {
    let chosen = data_dir.or_else(hooks::data_dir);
    let builder = builder
        .plugin(tauri_plugin_dialog::init())
        .on_window_event(flush_before_close)
        .invoke_handler(hooks::handler());
    match chosen {
        // Known now: managed at once (the mock runtime of the tests runs no setup).
        Some(root) => builder.manage(app_state(root, reception)).setup(|app| {
            // Before any file dialog: chosen files stay out of "recent files".
            privacy::disable_recent_files();
            prepare_start(app);
            Ok(())
        }),
        // The OS data folder needs the app's path resolver.
        None => builder.setup(move |app| {
            // Before any file dialog: chosen files stay out of "recent files".
            privacy::disable_recent_files();
            let root = app
                .path()
                .app_data_dir()
                .unwrap_or_else(|_| std::env::temp_dir().join("klagehjelp"));
            app.manage(app_state(root, reception));
            prepare_start(app);
            Ok(())
        }),
    }
}

/// The start screen's data, put together while the window starts.
fn prepare_start<R: Runtime>(app: &tauri::App<R>) {
    let handle = app.handle().clone();
    app.state::<commands::AppState>()
        .prepare_start(move || commands::start_view_of(&handle.state::<commands::AppState>()));
}

/// The state for the data folder `root`: reception mode (cases in memory
/// only) when asked at start or chosen for this computer in
/// `settings.json` (`"reception_mode": true`); else the cases on disk.
fn app_state(root: PathBuf, reception: bool) -> commands::AppState {
    let chosen = std::fs::read_to_string(root.join("settings.json"))
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .is_some_and(|v| v["reception_mode"] == serde_json::Value::Bool(true));
    let store = if reception || chosen {
        store::Store::in_memory(root)
    } else {
        store::Store::open(root).0
    };
    commands::AppState::new(store)
}

/// How long a closing window waits for the UI to save its last edit.
const FLUSH_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// When the window is asked to close, it stays open until the UI has saved
/// its last edit (the UI saves, then calls `close_window`). Should the UI not
/// answer (it hangs), the window closes after [`FLUSH_TIMEOUT`] anyway.
fn flush_before_close<R: Runtime>(window: &tauri::Window<R>, event: &tauri::WindowEvent) {
    use tauri::Emitter;
    let tauri::WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    let Some(state) = window.try_state::<commands::AppState>() else {
        return;
    };
    if state.may_close() {
        return;
    }
    api.prevent_close();
    if window
        .emit_to(window.label(), "klagehjelp://flush", ())
        .is_err()
    {
        let _ = window.destroy();
        return;
    }
    let w = window.clone();
    std::thread::spawn(move || {
        std::thread::sleep(FLUSH_TIMEOUT);
        let _ = w.destroy();
    });
}

/// Starts the app. `klagehjelp-app --reception` starts in reception mode.
pub fn run() {
    let reception = std::env::args().skip(1).any(|a| a == "--reception");
    builder_with(tauri::Builder::default(), None, reception)
        .run(tauri::generate_context!())
        .expect("Klagehjelp could not start its window (is a display available?)");
}
