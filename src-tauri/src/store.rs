//! Where the app keeps its files: `<data>/cases/<id>.klage.json` (the case,
//! in the case-file format), `<data>/cases/<id>.klage.json.bak` (the version
//! before the last save), `<data>/cases/<id>.ui.json` (what only the screen
//! needs: the step, text typed into a field that is not yet valid,
//! representative details while "no one helps" is chosen) and
//! `<data>/settings.json` (role and UI language of this computer's user).
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
const BACKUP_SUFFIX: &str = ".klage.json.bak";

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

    /// Writes the case (and the screen state, when given) atomically,
    /// keeping the previous version of the case as its backup. The case is
    /// written last but one and the screen state last: a crash leaves the
    /// old or the new case, and at worst the screen state of the save
    /// before.
    pub fn save(&self, id: &str, case_text: &str, ui_text: Option<&str>) -> io::Result<PathBuf> {
        if let Some(mut m) = self.mem() {
            let old = m.cases.remove(id);
            m.cases.insert(
                id.to_string(),
                MemCase {
                    case: case_text.as_bytes().to_vec(),
                    backup: old.as_ref().map(|o| o.case.clone()),
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
        self.keep_backup(id)?;
        write_atomic(&path, case_text.as_bytes())?;
        if let Some(ui) = ui_text {
            write_atomic(&self.ui_path(id), ui.as_bytes())?;
        }
        Ok(path)
    }

    /// The case file's bytes and, if present, the screen state.
    pub fn load(&self, id: &str) -> io::Result<(Vec<u8>, Option<String>)> {
        if let Some(m) = self.mem() {
            let c = m.cases.get(id).ok_or_else(not_found)?;
            return Ok((c.case.clone(), c.ui.clone()));
        }
        let bytes = fs::read(self.case_path(id))?;
        let ui = fs::read_to_string(self.ui_path(id)).ok();
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
        fs::read(self.backup_path(id))
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
        write_atomic(&self.case_path(id), &bytes)
    }

    /// Deletes the case, its backup, its screen state and any temporary
    /// file of it. Succeeds if at least one of them existed.
    pub fn delete(&self, id: &str) -> io::Result<()> {
        if let Some(mut m) = self.mem() {
            return m.cases.remove(id).map(|_| ()).ok_or_else(not_found);
        }
        let main = fs::remove_file(self.case_path(id));
        let bak = fs::remove_file(self.backup_path(id));
        let _ = fs::remove_file(self.ui_path(id));
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
        assert_eq!(s.load(&id).unwrap().0, b"{\"a\":1}");
        s.delete(&id).unwrap();
        assert!(s.list().is_empty());
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
}
