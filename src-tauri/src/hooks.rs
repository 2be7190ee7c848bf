//! Test hooks: environment variables that let the end-to-end and command
//! tests fix "today", choose the data folder and write exports without a
//! native dialog. They exist only in builds with the cargo feature
//! `test-hooks` (`scripts/e2e.sh` and `scripts/test.sh` enable it); a
//! release build has no code that reads them, and not even their names (see
//! the test at the end of this file).
//!
//! | variable | what it does |
//! | --- | --- |
//! | `KLAGEHJELP_TODAY` | today's date (`YYYY-MM-DD`) |
//! | `KLAGEHJELP_DATA_DIR` | the data folder |
//! | `KLAGEHJELP_SAVE_PATH` | where Export PDF writes |
//! | `KLAGEHJELP_EXPORT_DIR` | the folder other exports write to |
//! | `KLAGEHJELP_IMPORT_PATH` | the file Import reads |
//! | `KLAGEHJELP_ATTACH_PATHS` | the files "Add files" picks (a path list, `:`-separated on Unix) |
//!
//! And one command, [`test_drop`] (`test_drop`): files "dropped" on the
//! window, emitted as the same event Tauri emits for a real drop, for the
//! end-to-end test of drag and drop (an X server without a desktop cannot
//! start a real drag between applications).
use chrono::NaiveDate;
use std::path::PathBuf;

#[cfg(feature = "test-hooks")]
fn path(var: &str) -> Option<PathBuf> {
    std::env::var_os(var)
        .filter(|s| !s.is_empty())
        .map(PathBuf::from)
}

/// The forced "today", if any.
#[cfg(feature = "test-hooks")]
pub fn today() -> Option<NaiveDate> {
    std::env::var("KLAGEHJELP_TODAY")
        .ok()
        .and_then(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
}

/// The forced data folder, if any.
#[cfg(feature = "test-hooks")]
pub fn data_dir() -> Option<PathBuf> {
    path("KLAGEHJELP_DATA_DIR")
}

/// Where Export PDF writes instead of asking, if set.
#[cfg(feature = "test-hooks")]
pub fn save_path() -> Option<PathBuf> {
    path("KLAGEHJELP_SAVE_PATH")
}

/// The folder other exports write to instead of asking, if set.
#[cfg(feature = "test-hooks")]
pub fn export_dir() -> Option<PathBuf> {
    path("KLAGEHJELP_EXPORT_DIR")
}

/// The file Import reads instead of asking, if set.
#[cfg(feature = "test-hooks")]
pub fn import_path() -> Option<PathBuf> {
    path("KLAGEHJELP_IMPORT_PATH")
}

/// The files "Add files" picks instead of asking, if set.
#[cfg(feature = "test-hooks")]
pub fn attach_paths() -> Option<Vec<PathBuf>> {
    std::env::var_os("KLAGEHJELP_ATTACH_PATHS")
        .filter(|s| !s.is_empty())
        .map(|s| std::env::split_paths(&s).collect())
}

/// The payload Tauri sends with `tauri://drag-drop` (tauri 2,
/// `manager/window.rs`: `DragDropPayload`): the paths and the drop
/// position in physical pixels of the window.
#[cfg(feature = "test-hooks")]
#[derive(serde::Serialize, Clone)]
struct DropPayload {
    paths: Vec<PathBuf>,
    position: tauri::PhysicalPosition<f64>,
}

/// Drops `paths` on the calling window at (`x`, `y`) physical pixels: emits
/// `tauri://drag-drop` to the window's label with the payload of a real
/// drop, as Tauri's own window-event handler does (`emit_to` with
/// `EventTarget::labeled`), so the UI takes it through the same listener.
#[cfg(feature = "test-hooks")]
#[tauri::command(rename_all = "snake_case")]
pub fn test_drop<R: tauri::Runtime>(
    window: tauri::Window<R>,
    paths: Vec<String>,
    x: f64,
    y: f64,
) -> Result<(), String> {
    use tauri::Emitter;
    let payload = DropPayload {
        paths: paths.into_iter().map(PathBuf::from).collect(),
        position: tauri::PhysicalPosition::new(x, y),
    };
    window
        .emit_to(
            tauri::EventTarget::labeled(window.label()),
            "tauri://drag-drop",
            payload,
        )
        .map_err(|e| e.to_string())
}

/// The app's commands, and the hook command [`test_drop`].
#[cfg(feature = "test-hooks")]
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static
{
    let app = crate::commands::handler();
    let hooks = hook_commands::<R>();
    move |invoke: tauri::ipc::Invoke<R>| {
        if invoke.message.command() == "test_drop" {
            hooks(invoke)
        } else {
            app(invoke)
        }
    }
}

/// The hook commands (their type is fixed by the return type).
#[cfg(feature = "test-hooks")]
fn hook_commands<R: tauri::Runtime>()
-> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![test_drop]
}

/// Without the feature: the app's commands only.
#[cfg(not(feature = "test-hooks"))]
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static
{
    crate::commands::handler()
}

/// Without the feature: no hook, ever.
#[cfg(not(feature = "test-hooks"))]
pub fn today() -> Option<NaiveDate> {
    None
}

#[cfg(not(feature = "test-hooks"))]
pub fn data_dir() -> Option<PathBuf> {
    None
}

#[cfg(not(feature = "test-hooks"))]
pub fn save_path() -> Option<PathBuf> {
    None
}

#[cfg(not(feature = "test-hooks"))]
pub fn export_dir() -> Option<PathBuf> {
    None
}

#[cfg(not(feature = "test-hooks"))]
pub fn import_path() -> Option<PathBuf> {
    None
}

#[cfg(not(feature = "test-hooks"))]
pub fn attach_paths() -> Option<Vec<PathBuf>> {
    None
}

#[cfg(all(test, not(feature = "test-hooks")))]
mod tests {
    /// The hook variables' names, built at run time so that this test's own
    /// code does not contain them.
    /// (`format!` with literal arguments is folded at compile time, so the
    /// parts are joined through `black_box`.)
    fn names() -> Vec<String> {
        let prefix = std::hint::black_box("KLAGEHJELP");
        [
            "TODAY",
            "DATA_DIR",
            "SAVE_PATH",
            "EXPORT_DIR",
            "IMPORT_PATH",
            "ATTACH_PATHS",
        ]
        .iter()
        .map(|n| [prefix, std::hint::black_box(n)].join("_"))
        .collect()
    }

    /// A build without `test-hooks` ignores the variables, even when set.
    #[test]
    fn hooks_are_ignored_without_the_feature() {
        for n in names() {
            // SAFETY: this test binary reads these variables nowhere else.
            unsafe { std::env::set_var(&n, "/tmp/x") };
        }
        // SAFETY: as above.
        unsafe { std::env::set_var(&names()[0], "2000-01-01") };
        assert_eq!(super::today(), None);
        assert_eq!(super::data_dir(), None);
        assert_eq!(super::save_path(), None);
        assert_eq!(super::export_dir(), None);
        assert_eq!(super::import_path(), None);
        assert_eq!(super::attach_paths(), None);
        assert_ne!(
            crate::commands::today(),
            chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()
        );
    }

    /// The compiled code (this test binary holds the whole app library,
    /// built without the feature) contains none of the variables' names: a
    /// release build, made the same way, cannot obey them.
    #[test]
    fn no_hook_name_in_the_binary() {
        // Keep the commands that read "today" and the paths linked in.
        let _ = crate::commands::today();
        let exe = std::env::current_exe().expect("the test binary's path");
        let bytes = std::fs::read(&exe).expect("the test binary is readable");
        for n in names() {
            assert!(
                !bytes.windows(n.len()).any(|w| w == n.as_bytes()),
                "{} contains {n}: a hook is compiled in without the test-hooks feature",
                exe.display()
            );
        }
    }
}
