//! Klagehjelp desktop app: a thin Tauri v2 shell over the `klagehjelp` core.
//! The UI (static HTML, CSS and ES modules in `ui/`) calls the commands of
//! [`commands`]; everything is computed by the core, nothing leaves the
//! machine.
pub mod commands;
pub mod error;
pub mod store;

use std::path::PathBuf;
use tauri::{Manager, Runtime};

/// Adds the plugins, the state and the commands to a builder. `run()` passes
/// the real builder; tests pass `tauri::test::mock_builder()`.
///
/// `data_dir`: where cases are saved; `None` means `KLAGEHJELP_DATA_DIR`,
/// else the OS user data folder (e.g. `~/.local/share/no.klagehjelp.app`).
pub fn builder<R: Runtime>(
    builder: tauri::Builder<R>,
    data_dir: Option<PathBuf>,
) -> tauri::Builder<R> {
    let chosen = data_dir.or_else(|| {
        std::env::var_os("KLAGEHJELP_DATA_DIR")
            .filter(|s| !s.is_empty())
            .map(PathBuf::from)
    });
    let builder = builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(commands::handler());
    match chosen {
        // Known now: managed at once (the mock runtime of the tests runs no setup).
        Some(root) => builder.manage(commands::AppState {
            store: store::Store::new(root),
        }),
        // The OS data folder needs the app's path resolver.
        None => builder.setup(|app| {
            let root = app
                .path()
                .app_data_dir()
                .unwrap_or_else(|_| std::env::temp_dir().join("klagehjelp"));
            app.manage(commands::AppState {
                store: store::Store::new(root),
            });
            Ok(())
        }),
    }
}

/// Starts the app.
pub fn run() {
    builder(tauri::Builder::default(), None)
        .run(tauri::generate_context!())
        .expect("Klagehjelp could not start its window (is a display available?)");
}
