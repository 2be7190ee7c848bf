//! Files chosen in the app's file dialogs never enter the desktop's
//! recent-files list (`~/.local/share/recently-used.xbel`) on Linux.
//!
//! GTK's file chooser records a chosen file with the recent manager's
//! `add_item` → `add_full`, which honours `gtk-recent-files-enabled`. Each
//! probe runs in a child process (GTK's settings are per process) with
//! HOME and XDG_DATA_HOME in a temporary folder, on the display given or on
//! an Xvfb this test starts: once with the app's
//! [`klagehjelp_app::privacy::disable_recent_files`] (no entry may appear)
//! and once without it (the entry must appear: the probe can see one).
#![cfg(target_os = "linux")]
use gtk::prelude::*;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const FILE_NAME: &str = "klage-Hassan-201258697561.klage.json";

/// A display for the probes: `$DISPLAY`, or an Xvfb started here (ended
/// by its own process id when dropped).
struct Display {
    name: String,
    xvfb: Option<Child>,
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some(mut x) = self.xvfb.take() {
            let _ = x.kill();
            let _ = x.wait();
        }
    }
}

fn display() -> Display {
    if let Some(d) = std::env::var("DISPLAY").ok().filter(|d| !d.is_empty()) {
        return Display {
            name: d,
            xvfb: None,
        };
    }
    // -displayfd 1: Xvfb picks a free display and prints its number.
    let mut child = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-nolisten",
            "tcp",
            "-screen",
            "0",
            "800x600x24",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb (apt-get install xvfb) to run the GTK probe");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    Display {
        name: format!(":{}", line.trim()),
        xvfb: Some(child),
    }
}

fn xbel(home: &Path) -> String {
    std::fs::read_to_string(home.join("share/recently-used.xbel")).unwrap_or_default()
}

/// Runs the probe in a child process with its own HOME; returns the HOME.
fn run_probe(display: &Display, disable: bool) -> PathBuf {
    let home = std::env::temp_dir().join(format!(
        "klagehjelp-recent-{}-{}",
        std::process::id(),
        if disable { "app" } else { "plain" }
    ));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(home.join("share")).unwrap();
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "probe",
            "--ignored",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env("DISPLAY", &display.name)
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("share"))
        .env(
            "KLAGEHJELP_RECENT_PROBE",
            if disable { "disable" } else { "plain" },
        )
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "probe failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    home
}

#[test]
fn chosen_files_never_enter_the_recent_files_list() {
    let display = display();
    let app = run_probe(&display, true);
    assert!(
        !xbel(&app).contains(FILE_NAME),
        "the app's chosen file is in recently-used.xbel:\n{}",
        xbel(&app)
    );
    // The same probe without the app's setting records the file: the check
    // above can fail.
    let plain = run_probe(&display, false);
    assert!(
        xbel(&plain).contains(FILE_NAME),
        "without the setting GTK should have recorded the file"
    );
    std::fs::remove_dir_all(app).unwrap();
    std::fs::remove_dir_all(plain).unwrap();
}

/// What GTK's file chooser does with a chosen file, in a fresh process.
#[test]
#[ignore = "run by chosen_files_never_enter_the_recent_files_list in a child process"]
fn probe() {
    let Ok(mode) = std::env::var("KLAGEHJELP_RECENT_PROBE") else {
        return;
    };
    gtk::init().expect("GTK starts on the probe's display");
    if mode == "disable" {
        klagehjelp_app::privacy::disable_recent_files();
    }
    let home = PathBuf::from(std::env::var_os("HOME").unwrap());
    let file = home.join(FILE_NAME);
    std::fs::write(&file, "{}").unwrap();
    let uri = format!("file://{}", file.display());
    let manager = gtk::RecentManager::default().unwrap();
    let data = gtk::RecentData {
        display_name: None,
        description: None,
        mime_type: "application/json".into(),
        app_name: "klagehjelp".into(),
        app_exec: "klagehjelp-app %u".into(),
        groups: vec![],
        is_private: false,
    };
    manager.add_full(&uri, &data);
    if mode == "disable" {
        // add_full is synchronous: refused now, nothing marked to be written.
        assert!(!manager.has_item(&uri));
    } else {
        // GTK writes the list shortly after a change, from its main loop.
        let deadline = Instant::now() + Duration::from_secs(20);
        while !xbel(&home).contains(FILE_NAME) && Instant::now() < deadline {
            gtk::main_iteration_do(false);
            // poll interval: let GTK's 250 ms change timer run.
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    // Let anything pending run before the process ends.
    while gtk::events_pending() {
        gtk::main_iteration_do(false);
    }
}
