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
    let bus = gio::bus_get_sync(gio::BusType::Session, gio::Cancellable::NONE)
        .map_err(|e| e.to_string())?;
    show_items_on(&bus, path)
}

#[cfg(target_os = "linux")]
fn show_items_on(bus: &gtk::gio::DBusConnection, path: &Path) -> Result<(), String> {
    use gtk::gio;
    use gtk::glib::ToVariant;
    use gtk::prelude::FileExt;
    let uri = gio::File::for_path(path).uri().to_string();
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

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use gtk::gio;
    use gtk::glib::{self, ToVariant};
    use gtk::prelude::FileExt;
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    use std::sync::mpsc;

    const FILE_MANAGER: &str = r#"<node><interface name="org.freedesktop.FileManager1">
        <method name="ShowItems"><arg type="as" direction="in"/><arg type="s" direction="in"/></method>
        </interface></node>"#;

    /// A session bus of the test's own (dbus-daemon, which
    /// scripts/install-deps.sh installs: package dbus), stopped on drop.
    struct PrivateBus {
        daemon: std::process::Child,
        address: String,
    }

    impl PrivateBus {
        fn start() -> PrivateBus {
            let mut daemon = Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--print-address=1"])
                .stdout(Stdio::piped())
                .spawn()
                .expect("dbus-daemon runs (scripts/install-deps.sh installs it: package dbus)");
            let mut address = String::new();
            BufReader::new(daemon.stdout.take().unwrap())
                .read_line(&mut address)
                .unwrap();
            PrivateBus {
                daemon,
                address: address.trim().to_string(),
            }
        }
    }

    impl Drop for PrivateBus {
        fn drop(&mut self) {
            let _ = self.daemon.kill();
            let _ = self.daemon.wait();
        }
    }

    fn connect(address: &str) -> gio::DBusConnection {
        gio::DBusConnection::for_address_sync(
            address,
            gio::DBusConnectionFlags::AUTHENTICATION_CLIENT
                | gio::DBusConnectionFlags::MESSAGE_BUS_CONNECTION,
            None,
            gio::Cancellable::NONE,
        )
        .expect("connects to the test bus")
    }

    /// On a bus of its own, a stand-in file manager receives the file's URI.
    #[test]
    fn the_file_manager_is_asked_to_show_the_file() {
        let bus = PrivateBus::start();
        let address = bus.address.clone();

        let (ready_tx, ready_rx) = mpsc::channel();
        let (got_tx, got_rx) = mpsc::channel::<Vec<String>>();
        let service_address = address.clone();
        std::thread::spawn(move || {
            let ctx = glib::MainContext::new();
            ctx.with_thread_default(|| {
                let conn = connect(&service_address);
                let node = gio::DBusNodeInfo::for_xml(FILE_MANAGER).unwrap();
                let iface = node
                    .lookup_interface("org.freedesktop.FileManager1")
                    .unwrap();
                conn.register_object(
                    "/org/freedesktop/FileManager1",
                    &iface,
                    move |_, _, _, _, method, params, invocation| {
                        assert_eq!(method, "ShowItems");
                        let (uris, _startup) = params.get::<(Vec<String>, String)>().unwrap();
                        got_tx.send(uris).unwrap();
                        invocation.return_value(None);
                    },
                    |_, _, _, _, _| ().to_variant(),
                    |_, _, _, _, _, _| false,
                )
                .unwrap();
                conn.call_sync(
                    Some("org.freedesktop.DBus"),
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus",
                    "RequestName",
                    Some(&("org.freedesktop.FileManager1", 4u32).to_variant()),
                    None,
                    gio::DBusCallFlags::NONE,
                    3000,
                    gio::Cancellable::NONE,
                )
                .unwrap();
                ready_tx.send(()).unwrap();
                glib::MainLoop::new(Some(&ctx), false).run();
            })
            .unwrap();
        });
        ready_rx.recv().unwrap();

        let file = std::env::temp_dir().join("Klage på vedtak.pdf");
        let shown = show_items_on(&connect(&address), &file);
        let uris = got_rx.recv_timeout(std::time::Duration::from_secs(5));
        drop(bus);
        shown.unwrap();
        let uri = gio::File::for_path(&file).uri().to_string();
        assert!(
            uri.starts_with("file:///") && uri.ends_with("Klage%20p%C3%A5%20vedtak.pdf"),
            "{uri}"
        );
        assert_eq!(uris.unwrap(), vec![uri]);
    }

    /// No file manager on the bus: an error, so `reveal` opens the folder.
    #[test]
    fn without_a_file_manager_the_call_fails() {
        let bus = PrivateBus::start();
        let shown = show_items_on(&connect(&bus.address), Path::new("/tmp/x.pdf"));
        assert!(shown.is_err());
    }
}
