//! Where the app keeps its files: `<data>/cases/<id>.klage.json` (the case,
//! in the case-file format, with what only the screen needs to resume kept
//! inside it under [`UI_KEY`]: the step, text typed into a field that is
//! not yet valid, representative details while "no one helps" is chosen),
//! `<data>/cases/<id>.klage.json.bak` (the version before the last save)
//! and `<data>/settings.json` (role and UI language of this computer's
//! user). The case and its screen state are one file, written in one
//! atomic write: after a crash they never disagree. (Older versions kept
//! the screen state in `<id>.ui.json`; it is still read, and removed at the
//! next save.)
//!
//! The folders are private (0700), every file is written atomically and is
//! private (0600), temporary files left by an interrupted save are removed
//! at start ([`Store::open`]) and when a case is deleted. Nothing leaves the
//! machine.
//!
//! Where `<data>` is: Tauri's app data folder for `no.klagehjelp.app`, i.e.
//! `~/.local/share/no.klagehjelp.app` on Linux,
//! `%APPDATA%\no.klagehjelp.app` (`C:\Users\<name>\AppData\Roaming\…`) on
//! Windows and `~/Library/Application Support/no.klagehjelp.app` on macOS.
//! On Windows the Unix modes do not exist; what keeps the files private
//! there is the user profile's access list, which the folder and its files
//! inherit: only the user, SYSTEM and the computer's administrators may
//! open them.
use klagehjelp::fsutil::{self, private_dir, write_atomic};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The app's data folder; or, in reception mode, memory only.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    /// Reception mode: cases live here, never on disk, and are gone when
    /// the session is finished or the app ends.
    memory: Option<std::sync::Arc<std::sync::Mutex<Memory>>>,
}

/// The cases of a reception session: id → (case, backup, screen state, when).
#[derive(Debug, Default)]
pub struct Memory {
    cases: std::collections::BTreeMap<String, MemCase>,
}

#[derive(Debug, Clone)]
struct MemCase {
    case: Vec<u8>,
    backup: Option<Vec<u8>>,
    ui: Option<String>,
    modified: SystemTime,
    /// Attached files: path as the case holds it → bytes.
    files: std::collections::BTreeMap<String, Vec<u8>>,
}

fn not_found() -> io::Error {
    io::Error::new(io::ErrorKind::NotFound, "no such case")
}

/// One saved case as found on disk. A file that cannot be read is listed
/// too, never hidden.
#[derive(Debug, Clone)]
pub struct Stored {
    pub id: String,
    /// The case file's name, e.g. `19a…-1.klage.json`.
    pub file_name: String,
    pub modified: SystemTime,
    /// The file's bytes, or why they could not be read (the case file is
    /// missing and only its backup is left, or the system refused).
    pub bytes: Result<Vec<u8>, String>,
    /// Whether the previous version is kept.
    pub has_backup: bool,
}

/// Case ids are made by [`Store::new_id`]; anything else (a path, `..`) is refused.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

const CASE_SUFFIX: &str = ".klage.json";

/// The key of the screen state inside a stored case file. A case-file
/// reader that does not know it keeps it as an unknown field; [`Store::load`]
/// takes it out, so the case the UI and exports see never carries it.
pub const UI_KEY: &str = "app_ui";

/// The stored text: the case with the screen state `ui` inside it.
fn combine(case_text: &str, ui: Option<&str>) -> String {
    let ui = ui.and_then(|u| serde_json::from_str::<serde_json::Value>(u).ok());
    let parsed = serde_json::from_str::<serde_json::Value>(case_text).ok();
    let has_key = parsed.as_ref().is_some_and(|v| v.get(UI_KEY).is_some());
    if !has_key {
        let Some(ui) = ui else {
            return case_text.to_string();
        };
        // Added at the end, so the case keeps the order of its fields.
        let body = case_text.trim_end();
        if let Some(head) = body.strip_suffix('}') {
            let head = head.trim_end();
            let sep = if head.ends_with('{') { "" } else { "," };
            return format!("{head}{sep}\n  \"{UI_KEY}\": {ui}\n}}\n");
        }
        return case_text.to_string();
    }
    // The case text carries a screen state of its own (an imported file):
    // replaced by this one, or dropped.
    let Some(serde_json::Value::Object(mut map)) = parsed else {
        return case_text.to_string();
    };
    map.remove(UI_KEY);
    if let Some(ui) = ui {
        map.insert(UI_KEY.to_string(), ui);
    }
    serde_json::to_string_pretty(&serde_json::Value::Object(map))
        .unwrap_or_else(|_| case_text.to_string())
}

/// A stored file's case bytes (without the screen state) and screen state.
/// A file that is not a JSON object is returned as it is.
fn split(bytes: Vec<u8>) -> (Vec<u8>, Option<String>) {
    let Ok(text) = klagehjelp::fsutil::decode_text(&bytes) else {
        return (bytes, None);
    };
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(serde_json::Value::Object(mut map)) => match map.remove(UI_KEY) {
            Some(ui) => (
                serde_json::to_vec_pretty(&serde_json::Value::Object(map)).unwrap_or(bytes),
                Some(ui.to_string()),
            ),
            None => (bytes, None),
        },
        _ => (bytes, None),
    }
}
const BACKUP_SUFFIX: &str = ".klage.json.bak";
/// The folder of a case's attached files, beside the case file:
/// `<id>.vedlegg/`.
const FILES_SUFFIX: &str = ".vedlegg";

/// The paths of attached files a stored case text holds
/// (`attachments[].files`), read leniently: a damaged file gives none.
fn referenced_files(bytes: &[u8]) -> Vec<String> {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        return vec![];
    };
    v.get("attachments")
        .and_then(|a| a.as_array())
        .into_iter()
        .flatten()
        .filter_map(|a| a.get("files").and_then(|f| f.as_array()))
        .flatten()
        .filter_map(|f| f.as_str().map(str::to_string))
        .collect()
}

impl Store {
    pub fn new(root: PathBuf) -> Self {
        Store { root, memory: None }
    }

    /// Reception mode: cases are kept in memory only; nothing about them is
    /// written to disk. `root` is still where the computer's settings are.
    pub fn in_memory(root: PathBuf) -> Self {
        Store {
            root,
            memory: Some(Default::default()),
        }
    }

    /// Whether cases are kept in memory only (reception mode).
    pub fn is_memory(&self) -> bool {
        self.memory.is_some()
    }

    fn mem(&self) -> Option<std::sync::MutexGuard<'_, Memory>> {
        self.memory
            .as_ref()
            .map(|m| m.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Forgets every case of the session (reception mode: "Finish and
    /// clear"). Returns how many there were. On disk, nothing happens.
    pub fn clear_memory(&self) -> usize {
        self.mem().map_or(0, |mut m| {
            let n = m.cases.len();
            m.cases.clear();
            n
        })
    }

    /// The store at `root`, made ready at start: the folders exist and are
    /// private, and temporary files of a save that was interrupted (a
    /// crash, a kill, a power cut) are removed. Returns the store and how
    /// many temporary files were removed. The folders are made on first
    /// save if they cannot be made now.
    pub fn open(root: PathBuf) -> (Self, usize) {
        let store = Store::new(root);
        let _ = private_dir(&store.root);
        let _ = private_dir(&store.cases_dir());
        let removed =
            fsutil::remove_temp_files(&store.root) + fsutil::remove_temp_files(&store.cases_dir());
        // Attached files of deleted cases, or taken off a case's list.
        store.prune_files();
        (store, removed)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn cases_dir(&self) -> PathBuf {
        self.root.join("cases")
    }

    pub fn case_path(&self, id: &str) -> PathBuf {
        self.cases_dir().join(format!("{id}{CASE_SUFFIX}"))
    }

    /// The previous version of the case, kept at each save.
    pub fn backup_path(&self, id: &str) -> PathBuf {
        self.cases_dir().join(format!("{id}{BACKUP_SUFFIX}"))
    }

    fn ui_path(&self, id: &str) -> PathBuf {
        self.cases_dir().join(format!("{id}.ui.json"))
    }

    fn settings_path(&self) -> PathBuf {
        self.root.join("settings.json")
    }

    /// A fresh id: time-based, so the list sorts by creation, with a counter
    /// so two ids made in the same nanosecond differ.
    pub fn new_id() -> String {
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        format!(
            "{:x}-{:x}",
            nanos,
            COUNTER.fetch_add(1, Ordering::Relaxed) + u64::from(std::process::id())
        )
    }

    /// Keeps the current version of the case as its backup, atomically (a
    /// hard link renamed over the old backup; a copy where links are not
    /// possible). Nothing to do for a new case.
    fn keep_backup(&self, id: &str) -> io::Result<()> {
        let path = self.case_path(id);
        if !path.is_file() {
            return Ok(());
        }
        let bak = self.backup_path(id);
        let link = self.cases_dir().join(format!(
            ".{id}{BACKUP_SUFFIX}.tmp-{}-link",
            std::process::id()
        ));
        let _ = fs::remove_file(&link);
        match fs::hard_link(&path, &link) {
            Ok(()) => fs::rename(&link, &bak).inspect_err(|_| {
                let _ = fs::remove_file(&link);
            }),
            Err(_) => write_atomic(&bak, &fs::read(&path)?),
        }
    }

    /// Writes the case with its screen state in one atomic write, keeping
    /// the previous version as the backup. Without a screen state (`None`)
    /// the one saved before is kept. A crash leaves the old or the new case
    /// with its own screen state, never one with the other's.
    pub fn save(&self, id: &str, case_text: &str, ui_text: Option<&str>) -> io::Result<PathBuf> {
        if let Some(mut m) = self.mem() {
            let old = m.cases.remove(id);
            m.cases.insert(
                id.to_string(),
                MemCase {
                    case: case_text.as_bytes().to_vec(),
                    backup: old.as_ref().map(|o| o.case.clone()),
                    files: old.as_ref().map(|o| o.files.clone()).unwrap_or_default(),
                    ui: ui_text
                        .map(str::to_string)
                        .or_else(|| old.and_then(|o| o.ui)),
                    modified: SystemTime::now(),
                },
            );
            return Ok(self.case_path(id));
        }
        private_dir(&self.cases_dir())?;
        let path = self.case_path(id);
        let ui = match ui_text {
            Some(u) => Some(u.to_string()),
            None => self.load(id).ok().and_then(|(_, ui)| ui),
        };
        self.keep_backup(id)?;
        write_atomic(&path, combine(case_text, ui.as_deref()).as_bytes())?;
        // The screen state of older versions is inside the case file now.
        let _ = fs::remove_file(self.ui_path(id));
        Ok(path)
    }

    /// The case file's bytes and, if present, the screen state.
    pub fn load(&self, id: &str) -> io::Result<(Vec<u8>, Option<String>)> {
        if let Some(m) = self.mem() {
            let c = m.cases.get(id).ok_or_else(not_found)?;
            return Ok((c.case.clone(), c.ui.clone()));
        }
        let (bytes, ui) = split(fs::read(self.case_path(id))?);
        // Older versions kept the screen state beside the case.
        let ui = ui.or_else(|| fs::read_to_string(self.ui_path(id)).ok());
        Ok((bytes, ui))
    }

    /// The backup's bytes (the version before the last save).
    pub fn load_backup(&self, id: &str) -> io::Result<Vec<u8>> {
        if let Some(m) = self.mem() {
            return m
                .cases
                .get(id)
                .and_then(|c| c.backup.clone())
                .ok_or_else(not_found);
        }
        Ok(split(fs::read(self.backup_path(id))?).0)
    }

    /// Puts the backup back as the case (the current file, damaged, is
    /// replaced; the backup stays).
    pub fn restore_backup(&self, id: &str) -> io::Result<()> {
        let bytes = self.load_backup(id)?;
        if let Some(mut m) = self.mem() {
            let c = m.cases.get_mut(id).ok_or_else(not_found)?;
            c.case = bytes;
            return Ok(());
        }
        private_dir(&self.cases_dir())?;
        // As it was stored: the case with its screen state.
        write_atomic(&self.case_path(id), &fs::read(self.backup_path(id))?)
    }

    /// Deletes the case, its backup, its screen state, its attached files
    /// and any temporary file of it. Succeeds if at least one of them existed.
    pub fn delete(&self, id: &str) -> io::Result<()> {
        if let Some(mut m) = self.mem() {
            return m.cases.remove(id).map(|_| ()).ok_or_else(not_found);
        }
        let main = fs::remove_file(self.case_path(id));
        let bak = fs::remove_file(self.backup_path(id));
        let _ = fs::remove_file(self.ui_path(id));
        // The attached files go with the case.
        let _ = fs::remove_dir_all(self.files_dir(id));
        if let Ok(dir) = fs::read_dir(self.cases_dir()) {
            let prefix = format!(".{id}.");
            for e in dir.filter_map(Result::ok) {
                let name = e.file_name().to_string_lossy().to_string();
                if name.starts_with(&prefix) && fsutil::is_temp_file(&name) {
                    let _ = fs::remove_file(e.path());
                }
            }
        }
        match (main, bak) {
            (Err(e), Err(_)) => Err(e),
            _ => Ok(()),
        }
    }

    /// Every saved case, newest change first. A file that cannot be read,
    /// and a backup whose case file is gone, are listed with the reason.
    pub fn list(&self) -> Vec<Stored> {
        if let Some(m) = self.mem() {
            let mut out: Vec<Stored> = m
                .cases
                .iter()
                .map(|(id, c)| Stored {
                    id: id.clone(),
                    file_name: format!("{id}{CASE_SUFFIX}"),
                    modified: c.modified,
                    bytes: Ok(c.case.clone()),
                    has_backup: c.backup.is_some(),
                })
                .collect();
            out.sort_by(|a, b| b.modified.cmp(&a.modified).then(b.id.cmp(&a.id)));
            return out;
        }
        let Ok(dir) = fs::read_dir(self.cases_dir()) else {
            return vec![];
        };
        let mut ids: Vec<String> = dir
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().to_string();
                let id = name
                    .strip_suffix(CASE_SUFFIX)
                    .or_else(|| name.strip_suffix(BACKUP_SUFFIX))?;
                valid_id(id).then(|| id.to_string())
            })
            .collect();
        ids.sort();
        ids.dedup();
        let mut out: Vec<Stored> = ids
            .into_iter()
            .map(|id| {
                let path = self.case_path(&id);
                let bak = self.backup_path(&id);
                let has_backup = bak.is_file();
                let modified = fs::metadata(&path)
                    .or_else(|_| fs::metadata(&bak))
                    .and_then(|m| m.modified())
                    .unwrap_or(SystemTime::UNIX_EPOCH);
                Stored {
                    file_name: format!("{id}{CASE_SUFFIX}"),
                    bytes: fs::read(&path).map_err(|e| e.to_string()),
                    id,
                    modified,
                    has_backup,
                }
            })
            .collect();
        out.sort_by(|a, b| b.modified.cmp(&a.modified).then(b.id.cmp(&a.id)));
        out
    }

    /// The folder of case `id`'s attached files (`cases/<id>.vedlegg`).
    pub fn files_dir(&self, id: &str) -> PathBuf {
        self.cases_dir().join(format!("{id}{FILES_SUFFIX}"))
    }

    /// The file name inside case `id`'s folder that `rel` (a path as the
    /// case holds it, relative to the case file) names, if it is one:
    /// `<id>.vedlegg/<name>`, with no other folder, no `..`, no hidden or
    /// temporary file. Anything else is not the app's to read.
    pub fn own_file_name<'a>(&self, id: &str, rel: &'a str) -> Option<&'a str> {
        let rest = rel.strip_prefix(id)?.strip_prefix(FILES_SUFFIX)?;
        let name = rest.strip_prefix('/').or_else(|| rest.strip_prefix('\\'))?;
        let plain = !name.is_empty()
            && !name.starts_with('.')
            && !name.contains(['/', '\\'])
            && !fsutil::is_temp_file(name);
        plain.then_some(name)
    }

    /// Keeps a copy of an attached file with case `id` (in its folder, or
    /// in memory in reception mode), so that it stays when the original is
    /// moved or deleted. Returns the path to put in the case, relative to
    /// the case file (`<id>.vedlegg/<name>`). `name` is the original's file
    /// name, made safe; the same name with the same content is the same
    /// copy, another content gets `-2`, `-3` … before the extension.
    pub fn add_file(&self, id: &str, name: &str, bytes: &[u8]) -> io::Result<String> {
        let safe = fsutil::safe_file_name(name);
        let (stem, ext) = match safe.rsplit_once('.') {
            Some((s, e)) if !s.is_empty() => (s.to_string(), format!(".{e}")),
            _ => (safe.clone(), String::new()),
        };
        let candidate = |n: usize| {
            let file = if n == 1 {
                format!("{stem}{ext}")
            } else {
                format!("{stem}-{n}{ext}")
            };
            format!("{id}{FILES_SUFFIX}/{file}")
        };
        if let Some(mut m) = self.mem() {
            let case = m.cases.get_mut(id).ok_or_else(not_found)?;
            for n in 1.. {
                let rel = candidate(n);
                match case.files.get(&rel) {
                    Some(b) if b.as_slice() == bytes => return Ok(rel),
                    Some(_) => continue,
                    None => {
                        case.files.insert(rel.clone(), bytes.to_vec());
                        return Ok(rel);
                    }
                }
            }
            unreachable!("some name is free");
        }
        let dir = self.files_dir(id);
        private_dir(&self.cases_dir())?;
        private_dir(&dir)?;
        for n in 1..10_000 {
            let rel = candidate(n);
            let path = self.cases_dir().join(&rel);
            match fs::read(&path) {
                Ok(b) if b == bytes => return Ok(rel),
                Ok(_) => continue,
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    write_atomic(&path, bytes)?;
                    return Ok(rel);
                }
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "too many files of the same name",
        ))
    }

    /// Reads an attached file of case `id` by the path the case holds. A
    /// path outside the case's own folder is not read (`NotFound`).
    pub fn read_file(&self, id: &str, rel: &str) -> io::Result<Vec<u8>> {
        let name = self.own_file_name(id, rel).ok_or_else(not_found)?;
        if let Some(m) = self.mem() {
            return m
                .cases
                .get(id)
                .and_then(|c| c.files.get(&format!("{id}{FILES_SUFFIX}/{name}")))
                .cloned()
                .ok_or_else(not_found);
        }
        fs::read(self.files_dir(id).join(name))
    }

    /// Copies case `from`'s attached files to case `to` (a duplicate), and
    /// returns how `from`'s paths become `to`'s: `(old, new)` pairs.
    pub fn copy_files(&self, from: &str, to: &str) -> io::Result<Vec<(String, String)>> {
        let rename = |rel: &str| -> Option<(String, String)> {
            let name = self.own_file_name(from, rel)?;
            Some((rel.to_string(), format!("{to}{FILES_SUFFIX}/{name}")))
        };
        if let Some(mut m) = self.mem() {
            let files = m
                .cases
                .get(from)
                .map(|c| c.files.clone())
                .unwrap_or_default();
            let pairs: Vec<(String, String)> = files.keys().filter_map(|k| rename(k)).collect();
            if let Some(c) = m.cases.get_mut(to) {
                for (old, new) in &pairs {
                    c.files.insert(new.clone(), files[old].clone());
                }
            }
            return Ok(pairs);
        }
        let Ok(entries) = fs::read_dir(self.files_dir(from)) else {
            return Ok(vec![]);
        };
        let mut pairs = vec![];
        for e in entries.filter_map(Result::ok) {
            let rel = format!("{from}{FILES_SUFFIX}/{}", e.file_name().to_string_lossy());
            if let Some((old, new)) = rename(&rel) {
                private_dir(&self.files_dir(to))?;
                write_atomic(&self.cases_dir().join(&new), &fs::read(e.path())?)?;
                pairs.push((old, new));
            }
        }
        Ok(pairs)
    }

    /// Removes attached files no case holds any more: the folder of a case
    /// that is gone, and in a case's folder the files neither the case nor
    /// its backup names (removed from the list) and temporary files. Run at
    /// start, when nothing is being added. Returns how many were removed.
    pub fn prune_files(&self) -> usize {
        if self.is_memory() {
            return 0;
        }
        let Ok(dir) = fs::read_dir(self.cases_dir()) else {
            return 0;
        };
        let mut removed = 0;
        for e in dir.filter_map(Result::ok) {
            let name = e.file_name().to_string_lossy().to_string();
            let Some(id) = name.strip_suffix(FILES_SUFFIX) else {
                continue;
            };
            if !valid_id(id) || !e.file_type().is_ok_and(|t| t.is_dir()) {
                continue;
            }
            let case = fs::read(self.case_path(id)).ok();
            let bak = fs::read(self.backup_path(id)).ok();
            if case.is_none() && bak.is_none() {
                let n = fs::read_dir(e.path()).map_or(0, |d| d.count());
                if fs::remove_dir_all(e.path()).is_ok() {
                    removed += n;
                }
                continue;
            }
            let kept: Vec<String> = case
                .iter()
                .chain(bak.iter())
                .flat_map(|b| referenced_files(b))
                .collect();
            let Ok(files) = fs::read_dir(e.path()) else {
                continue;
            };
            for f in files.filter_map(Result::ok) {
                let rel = format!("{id}{FILES_SUFFIX}/{}", f.file_name().to_string_lossy());
                let wanted = kept
                    .iter()
                    .any(|k| k == &rel || k.replace('\\', "/") == rel);
                if !wanted && fs::remove_file(f.path()).is_ok() {
                    removed += 1;
                }
            }
        }
        removed
    }

    pub fn load_settings(&self) -> Option<String> {
        fs::read_to_string(self.settings_path()).ok()
    }

    pub fn save_settings(&self, text: &str) -> io::Result<()> {
        private_dir(&self.root)?;
        write_atomic(&self.settings_path(), text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp() -> Store {
        let dir = std::env::temp_dir().join(format!("klagehjelp-store-{}", Store::new_id()));
        Store::new(dir)
    }

    #[test]
    fn save_list_load_delete() {
        let s = temp();
        assert!(s.list().is_empty());
        let id = Store::new_id();
        assert!(valid_id(&id));
        s.save(&id, "{\"a\":1}", Some("{}")).unwrap();
        let all = s.list();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].id, id);
        let (bytes, ui) = s.load(&id).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(v, serde_json::json!({"a": 1}));
        assert_eq!(ui.as_deref(), Some("{}"));
        s.delete(&id).unwrap();
        assert!(s.list().is_empty());
        fs::remove_dir_all(s.root()).unwrap();
    }

    #[test]
    fn case_and_screen_state_are_one_file() {
        let s = temp();
        let id = Store::new_id();
        let case = "{\n  \"format\": \"klagehjelp-case/2\",\n  \"duf\": \"1\"\n}\n";
        s.save(&id, case, Some("{\"step\":3}")).unwrap();
        let files: Vec<_> = fs::read_dir(s.cases_dir()).unwrap().collect();
        assert_eq!(files.len(), 1, "one file per case: {files:?}");
        let stored = fs::read_to_string(s.case_path(&id)).unwrap();
        assert!(
            stored.starts_with("{\n  \"format\""),
            "field order kept: {stored}"
        );
        let (bytes, ui) = s.load(&id).unwrap();
        assert_eq!(ui.as_deref(), Some("{\"step\":3}"));
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert!(v.get(UI_KEY).is_none() && v["duf"] == "1");
        // Saved without a screen state: the last one stays.
        s.save(&id, case, None).unwrap();
        assert_eq!(s.load(&id).unwrap().1.as_deref(), Some("{\"step\":3}"));
        // A case text that carries a screen state of its own: replaced.
        let foreign = "{\"format\": \"klagehjelp-case/2\", \"app_ui\": {\"step\": 9}}";
        s.save(&id, foreign, Some("{\"step\":4}")).unwrap();
        assert_eq!(s.load(&id).unwrap().1.as_deref(), Some("{\"step\":4}"));
        // The screen state of an older version, beside the case: read, then merged.
        fs::write(s.ui_path(&id), "{\"step\":5}").unwrap();
        fs::write(s.case_path(&id), case).unwrap();
        assert_eq!(s.load(&id).unwrap().1.as_deref(), Some("{\"step\":5}"));
        s.save(&id, case, None).unwrap();
        assert!(!s.ui_path(&id).exists());
        assert_eq!(s.load(&id).unwrap().1.as_deref(), Some("{\"step\":5}"));
        fs::remove_dir_all(s.root()).unwrap();
    }

    #[test]
    fn ids_are_unique_and_safe() {
        let a = Store::new_id();
        let b = Store::new_id();
        assert_ne!(a, b);
        assert!(!valid_id("../x"));
        assert!(!valid_id(""));
        assert!(!valid_id("A"));
    }

    #[test]
    fn the_previous_version_is_kept_and_can_be_restored() {
        let s = temp();
        let id = Store::new_id();
        s.save(&id, "one", None).unwrap();
        assert!(!s.backup_path(&id).exists(), "a new case has no backup");
        s.save(&id, "two", None).unwrap();
        assert_eq!(s.load_backup(&id).unwrap(), b"one");
        s.save(&id, "three", Some("{}")).unwrap();
        assert_eq!(s.load_backup(&id).unwrap(), b"two");
        assert_eq!(s.load(&id).unwrap().0, b"three");
        s.restore_backup(&id).unwrap();
        assert_eq!(s.load(&id).unwrap().0, b"two");
        // One row per case, whatever files it has.
        assert_eq!(s.list().len(), 1);
        assert!(s.list()[0].has_backup);
        s.delete(&id).unwrap();
        let left: Vec<_> = fs::read_dir(s.cases_dir()).unwrap().collect();
        assert!(left.is_empty(), "delete leaves nothing: {left:?}");
        fs::remove_dir_all(s.root()).unwrap();
    }

    #[test]
    fn a_case_with_only_its_backup_left_is_still_listed() {
        let s = temp();
        let id = Store::new_id();
        s.save(&id, "one", None).unwrap();
        s.save(&id, "two", None).unwrap();
        fs::remove_file(s.case_path(&id)).unwrap();
        let all = s.list();
        assert_eq!(all.len(), 1);
        assert!(all[0].bytes.is_err() && all[0].has_backup);
        assert_eq!(all[0].file_name, format!("{id}.klage.json"));
        fs::remove_dir_all(s.root()).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn private_folders_and_files_and_no_temp_files_after_start() {
        use std::os::unix::fs::PermissionsExt;
        let s = temp();
        let id = Store::new_id();
        s.save(&id, "one", Some("{}")).unwrap();
        s.save(&id, "two", Some("{}")).unwrap();
        s.save_settings("{}").unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(s.root()), 0o700);
        assert_eq!(mode(&s.cases_dir()), 0o700);
        for e in fs::read_dir(s.cases_dir()).unwrap() {
            let p = e.unwrap().path();
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
        // What an interrupted save leaves behind is gone after the next start.
        let stale = s.cases_dir().join(format!(".{id}.klage.json.tmp-1-0"));
        fs::write(&stale, "half").unwrap();
        let (s2, removed) = Store::open(s.root().to_path_buf());
        assert_eq!(removed, 1);
        assert!(!stale.exists());
        assert_eq!(s2.load(&id).unwrap().0, b"two");
        fs::remove_dir_all(s.root()).unwrap();
    }

    #[test]
    fn reception_mode_writes_nothing_to_disk() {
        let root = std::env::temp_dir().join(format!("klagehjelp-store-mem-{}", Store::new_id()));
        let s = Store::in_memory(root.clone());
        let id = Store::new_id();
        s.save(&id, "one", Some("{}")).unwrap();
        s.save(&id, "two", None).unwrap();
        assert_eq!(s.load(&id).unwrap(), (b"two".to_vec(), Some("{}".into())));
        assert_eq!(s.load_backup(&id).unwrap(), b"one");
        assert_eq!(s.list().len(), 1);
        assert!(!root.exists(), "reception mode wrote {}", root.display());
        assert_eq!(s.clear_memory(), 1);
        assert!(s.list().is_empty() && s.load(&id).is_err());
    }

    #[test]
    fn attached_files_are_kept_with_the_case_relative_and_private() {
        let s = temp();
        let id = Store::new_id();
        s.save(&id, "{}", None).unwrap();
        let rel = s.add_file(&id, "Lønn: mars?.PDF", b"%PDF-1").unwrap();
        assert_eq!(rel, format!("{id}.vedlegg/Lønn- mars-.PDF"));
        // Relative to the case file: the case file's folder joined with it.
        let beside = s.case_path(&id).parent().unwrap().join(&rel);
        assert_eq!(fs::read(&beside).unwrap(), b"%PDF-1");
        assert_eq!(s.read_file(&id, &rel).unwrap(), b"%PDF-1");
        // The same file again is the same copy; another with its name gets -2.
        assert_eq!(s.add_file(&id, "Lønn: mars?.PDF", b"%PDF-1").unwrap(), rel);
        let other = s.add_file(&id, "Lønn: mars?.PDF", b"%PDF-2").unwrap();
        assert_eq!(other, format!("{id}.vedlegg/Lønn- mars--2.PDF"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&s.files_dir(&id)), 0o700);
            assert_eq!(mode(&beside), 0o600);
        }
        // Only the case's own folder is read: not another case's, not `..`.
        for bad in [
            "../settings.json".to_string(),
            format!("{id}.vedlegg/../{id}.klage.json"),
            format!("x{id}.vedlegg/a.pdf"),
            format!("{id}.vedlegg/.hidden"),
            "/etc/passwd".to_string(),
        ] {
            assert_eq!(
                s.read_file(&id, &bad).unwrap_err().kind(),
                io::ErrorKind::NotFound,
                "{bad}"
            );
        }
        let other_case = Store::new_id();
        s.save(&other_case, "{}", None).unwrap();
        assert!(s.read_file(&other_case, &rel).is_err());
        // Deleted with the case.
        s.delete(&id).unwrap();
        assert!(!s.files_dir(&id).exists());
        fs::remove_dir_all(s.root()).unwrap();
    }

    #[test]
    fn files_no_case_holds_are_removed_at_start() {
        let s = temp();
        let id = Store::new_id();
        s.save(&id, "{}", None).unwrap();
        let kept = s.add_file(&id, "a.pdf", b"a").unwrap();
        let in_backup = s.add_file(&id, "b.pdf", b"b").unwrap();
        let dropped = s.add_file(&id, "c.pdf", b"c").unwrap();
        let case = |files: &[&str]| {
            serde_json::json!({"attachments": [{"title": "x", "files": files}]}).to_string()
        };
        s.save(&id, &case(&[&kept, &in_backup]), None).unwrap();
        s.save(&id, &case(&[&kept]), None).unwrap();
        // A case that is gone (a crash between its delete and its folder's).
        let gone = Store::new_id();
        s.save(&gone, "{}", None).unwrap();
        s.add_file(&gone, "d.pdf", b"d").unwrap();
        fs::remove_file(s.case_path(&gone)).unwrap();
        let (s, _) = Store::open(s.root().to_path_buf());
        assert!(s.read_file(&id, &kept).is_ok());
        assert!(
            s.read_file(&id, &in_backup).is_ok(),
            "the backup still names it"
        );
        assert!(s.read_file(&id, &dropped).is_err());
        assert!(!s.files_dir(&gone).exists());
        fs::remove_dir_all(s.root()).unwrap();
    }

    #[test]
    fn a_duplicate_gets_its_own_copies() {
        for s in [
            temp(),
            Store::in_memory(
                std::env::temp_dir().join(format!("klagehjelp-dup-{}", Store::new_id())),
            ),
        ] {
            let a = Store::new_id();
            let b = Store::new_id();
            s.save(&a, "{}", None).unwrap();
            s.save(&b, "{}", None).unwrap();
            let rel = s.add_file(&a, "a.jpg", b"jpeg").unwrap();
            let pairs = s.copy_files(&a, &b).unwrap();
            assert_eq!(pairs, vec![(rel.clone(), format!("{b}.vedlegg/a.jpg"))]);
            s.delete(&a).unwrap();
            assert_eq!(s.read_file(&b, &pairs[0].1).unwrap(), b"jpeg");
            if !s.is_memory() {
                fs::remove_dir_all(s.root()).unwrap();
            }
        }
    }

    #[test]
    fn reception_mode_keeps_files_in_memory_until_finish() {
        let root = std::env::temp_dir().join(format!("klagehjelp-store-memf-{}", Store::new_id()));
        let s = Store::in_memory(root.clone());
        let id = Store::new_id();
        s.save(&id, "{}", None).unwrap();
        let rel = s.add_file(&id, "scan.pdf", b"%PDF").unwrap();
        s.save(&id, "{\"a\":1}", None).unwrap();
        assert_eq!(
            s.read_file(&id, &rel).unwrap(),
            b"%PDF",
            "kept across saves"
        );
        assert!(!root.exists(), "reception mode wrote {}", root.display());
        s.clear_memory();
        assert!(
            s.read_file(&id, &rel).is_err(),
            "gone with Finish and clear"
        );
    }
}
