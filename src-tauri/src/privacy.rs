//! Keeping the files a person exports or imports out of the desktop's
//! "recent files" list, so the next person at a shared computer does not
//! find them one click away in a file dialog.
//!
//! On Linux the native file dialogs are GTK's: GTK records every file
//! chosen in them in `~/.local/share/recently-used.xbel`, and its Open
//! dialog starts on "Recent". [`disable_recent_files`] switches GTK's
//! `gtk-recent-files-enabled` setting off for this process only (other
//! programs keep their lists): nothing is added to the list, and the
//! dialogs show no "Recent" place. It is off always, not only in reception
//! mode: a case file names a person, their DUF number and their family
//! situation, and a legal-aid volunteer's own computer is shared too. The
//! start screen lists the cases, so nothing useful is lost.
//!
//! `gtk-recent-files-max-age` is left alone on purpose: 0 would make GTK
//! rewrite the whole list empty, erasing other programs' entries too.

/// Turns GTK's recent-files list off for this process. Call on the main
/// thread once GTK is initialised and before the first file dialog (the
/// app does it in its setup). Does nothing where GTK is not initialised
/// (the mock runtime of the tests) or not used (Windows, macOS).
#[cfg(target_os = "linux")]
pub fn disable_recent_files() {
    use gtk::prelude::*;
    if !gtk::is_initialized_main_thread() {
        return;
    }
    if let Some(settings) = gtk::Settings::default() {
        settings.set_gtk_recent_files_enabled(false);
    }
}

#[cfg(not(target_os = "linux"))]
pub fn disable_recent_files() {}
