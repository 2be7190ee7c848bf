//! Helpers shared by the CLI and golden-file tests: run the real
//! `klagehjelp` binary with a neutral locale, and compare with golden files.
//!
//! Golden files live under `tests/golden/`. After a deliberate change,
//! `UPDATE_GOLDEN=1 cargo test` rewrites them; read the diff before committing.
#![allow(dead_code)] // each test file uses a different subset

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `klagehjelp ARGS` from the repository root with no language set in
/// the environment (so only `--lang` chooses it; the default is English).
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_klagehjelp"))
        .args(args)
        .current_dir(root())
        .env_remove("KLAGEHJELP_LANG")
        .env("LANG", "C.UTF-8")
        .output()
        .expect("run klagehjelp")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

/// Runs a command that must succeed; returns its stdout.
pub fn ok(args: &[&str]) -> String {
    let o = run(args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

/// Runs a command that must be refused (exit 2, nothing on stdout, no
/// panic); returns its stderr.
pub fn refused(args: &[&str]) -> String {
    let o = run(args);
    assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stdout(&o));
    let e = stderr(&o);
    assert!(!e.contains("panicked"), "{e}");
    assert!(stdout(&o).is_empty(), "{args:?} printed to stdout");
    e
}

/// Path of the example case `tests/fixtures/<name>.klage.json`.
pub fn fixture(name: &str) -> String {
    root()
        .join(format!("tests/fixtures/{name}.klage.json"))
        .display()
        .to_string()
}

/// Compares `actual` with `tests/golden/<dir>/<name>`, or writes it when
/// `UPDATE_GOLDEN` is set. Returns a description of the difference instead
/// of panicking, so a test can report every differing file at once.
pub fn compare_golden(dir: &str, name: &str, actual: &str) -> Option<String> {
    let path = root().join("tests/golden").join(dir).join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        write(&path, actual);
        return None;
    }
    match std::fs::read_to_string(&path) {
        Err(e) => Some(format!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )),
        Ok(want) if want != actual => Some(first_difference(&path, &want, actual)),
        Ok(_) => None,
    }
}

/// Like [`compare_golden`], but panics on a difference.
pub fn golden(dir: &str, name: &str, actual: &str) {
    if let Some(diff) = compare_golden(dir, name, actual) {
        panic!("{diff}");
    }
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("golden files have a folder")).unwrap();
    std::fs::write(path, text).unwrap();
}

fn first_difference(path: &Path, want: &str, got: &str) -> String {
    let (n, w, g) = want
        .lines()
        .zip(got.lines())
        .enumerate()
        .find(|(_, (w, g))| w != g)
        .map(|(i, (w, g))| (i + 1, w.to_string(), g.to_string()))
        .unwrap_or_else(|| {
            let n = want.lines().count().min(got.lines().count()) + 1;
            (
                n,
                "(end or line break)".into(),
                "(end or line break)".into(),
            )
        });
    format!(
        "{} differs at line {n}:\n  golden: {w}\n  actual: {g}\n(UPDATE_GOLDEN=1 rewrites it; read the diff)",
        path.display()
    )
}
