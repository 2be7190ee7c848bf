//! Where the app keeps its files: `<data>/cases/<id>.klage.json` (the case,
//! in the case-file format), `<data>/cases/<id>.ui.json` (what only the
//! screen needs: the step, text typed into a field that is not yet valid,
//! representative details while "no one helps" is chosen) and
//! `<data>/settings.json` (role and UI language of this computer's user).
//! Every write is atomic. Nothing leaves the machine.
use klagehjelp::fsutil::write_atomic;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The app's data folder.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

/// One saved case as found on disk.
#[derive(Debug, Clone)]
pub struct Stored {
    pub id: String,
    pub modified: SystemTime,
    pub text: String,
}

/// Case ids are made by [`Store::new_id`]; anything else (a path, `..`) is refused.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl Store {
    pub fn new(root: PathBuf) -> Self {
        Store { root }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn cases_dir(&self) -> PathBuf {
        self.root.join("cases")
    }

    pub fn case_path(&self, id: &str) -> PathBuf {
        self.cases_dir().join(format!("{id}.klage.json"))
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

    /// Writes the case (and the screen state, when given) atomically.
    pub fn save(&self, id: &str, case_text: &str, ui_text: Option<&str>) -> io::Result<PathBuf> {
        fs::create_dir_all(self.cases_dir())?;
        let path = self.case_path(id);
        write_atomic(&path, case_text.as_bytes())?;
        if let Some(ui) = ui_text {
            write_atomic(&self.ui_path(id), ui.as_bytes())?;
        }
        Ok(path)
    }

    /// The case text and, if present, the screen state.
    pub fn load(&self, id: &str) -> io::Result<(String, Option<String>)> {
        let text = fs::read_to_string(self.case_path(id))?;
        let ui = fs::read_to_string(self.ui_path(id)).ok();
        Ok((text, ui))
    }

    /// Deletes the case and its screen state.
    pub fn delete(&self, id: &str) -> io::Result<()> {
        fs::remove_file(self.case_path(id))?;
        let _ = fs::remove_file(self.ui_path(id));
        Ok(())
    }

    /// Every saved case, newest change first. Unreadable files are skipped.
    pub fn list(&self) -> Vec<Stored> {
        let Ok(dir) = fs::read_dir(self.cases_dir()) else {
            return vec![];
        };
        let mut out: Vec<Stored> = dir
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().to_string();
                let id = name.strip_suffix(".klage.json")?.to_string();
                if !valid_id(&id) {
                    return None;
                }
                let modified = e.metadata().and_then(|m| m.modified()).ok()?;
                let text = fs::read_to_string(e.path()).ok()?;
                Some(Stored { id, modified, text })
            })
            .collect();
        out.sort_by(|a, b| b.modified.cmp(&a.modified).then(b.id.cmp(&a.id)));
        out
    }

    pub fn load_settings(&self) -> Option<String> {
        fs::read_to_string(self.settings_path()).ok()
    }

    pub fn save_settings(&self, text: &str) -> io::Result<()> {
        fs::create_dir_all(&self.root)?;
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
        assert_eq!(s.load(&id).unwrap().0, "{\"a\":1}");
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
}
