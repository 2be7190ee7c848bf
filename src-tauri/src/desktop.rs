//! Opening an exported file with the computer's own program, and showing it
//! in its folder: the two buttons after an export.
//!
//! On Linux both go through what the GTK shell already loads: the file opens
//! with the desktop's default program (`xdg-open` and its kin, through the
//! `open` crate), and the file manager is asked over the session bus to show
//! the file selected (`org.freedesktop.FileManager1.ShowItems`, GIO's D-Bus);
//! where no file manager answers, its folder opens instead. Elsewhere
//! (Windows, macOS) tauri-plugin-opener's functions do it. The plugin is not
//! used on Linux: its D-Bus library (zbus, with its own async runtime) made
//! the app about 0.6 MB larger for one call (issue 11 § 5).
//!
//! Only the commands call these, with a path the app itself exported in this
//! run (see `commands::exported`).
use std::path::Path;

/// Opens `path` with the default program for its type.
pub fn open_path(path: &Path) -> Result<(), String> {
    #[cfg(target_os = "linux")]
    {
        open::that_detached(path).map_err(|e| e.to_string())
    }
    #[cfg(not(target_os = "linux"))]
    {
        tauri_plugin_opener::open_path(path, None::<&str>).map_err(|e| e.to_string())
    }
}

/// Shows `path` selected in the file manager (or, failing that, opens the
/// folder it is in).
pub fn reveal(path: &Path) -> Result<(), String> {
    #[cfg(target_os = "linux")]
    {
        if show_items(path).is_ok() {
            return Ok(());
        }
        let folder = path.parent().ok_or("the file has no folder")?;
        open::that_detached(folder).map_err(|e| e.to_string())
    }
    #[cfg(not(target_os = "linux"))]
    {
        tauri_plugin_opener::reveal_item_in_dir(path).map_err(|e| e.to_string())
    }
}

/// Asks the file manager to show `path` selected (the freedesktop.org
/// FileManager1 interface, which Nautilus, Dolphin, Nemo, Caja and Thunar
/// answer). Waits at most 3 s for an answer.
#[cfg(target_os = "linux")]
fn show_items(path: &Path) -> Result<(), String> {
    use gtk::gio;
    use gtk::glib::ToVariant;
    use gtk::prelude::FileExt;
    let uri = gio::File::for_path(path).uri().to_string();
    let bus = gio::bus_get_sync(gio::BusType::Session, gio::Cancellable::NONE)
        .map_err(|e| e.to_string())?;
    bus.call_sync(
        Some("org.freedesktop.FileManager1"),
        "/org/freedesktop/FileManager1",
        "org.freedesktop.FileManager1",
        "ShowItems",
        Some(&(vec![uri], String::new()).to_variant()),
        None,
        gio::DBusCallFlags::NONE,
        3000,
        gio::Cancellable::NONE,
    )
    .map(|_| ())
    .map_err(|e| e.to_string())
}
