//! Kill a saving process at random moments: after every kill, each case
//! opens as the version before or after the save that was cut off (never
//! half of one, never older than what was already saved) with the screen
//! state saved with that same version, its backup opens too, and once the store starts again no temporary file is left.
//!
//! `KLAGEHJELP_CRASH_ROUNDS` sets the number of kills (50 by default, for
//! CI); `scripts/crash-stress.sh` runs 1000.
use klagehjelp::case::Case;
use klagehjelp_app::store::Store;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

/// Set in the child process: the data folder it saves into.
const CHILD_ENV: &str = "KLAGEHJELP_CRASH_CHILD";
const IDS: [&str; 3] = ["crash-a", "crash-b", "crash-c"];

/// A case whose given name carries its version, padded so a write takes a
/// while (about 60 KB).
fn version_text(v: u64) -> String {
    let mut case = Case::default();
    case.applicant.given_name = format!("v{v}");
    case.late_reason = "Brevet kom fram for seint. ".repeat(2_000);
    case.to_json()
}

fn version_of(bytes: &[u8]) -> Result<u64, String> {
    let case = Case::from_bytes(bytes).map_err(|e| e.to_string())?;
    case.applicant
        .given_name
        .strip_prefix('v')
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("no version in {:?}", case.applicant.given_name))
}

/// The child: saves new versions of every case until it is killed.
#[test]
fn saver_process() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return; // Only does something when started by `kill_while_saving`.
    };
    let (store, _) = Store::open(PathBuf::from(dir));
    let mut v: u64 = IDS
        .iter()
        .filter_map(|id| store.load(id).ok())
        .filter_map(|(b, _)| version_of(&b).ok())
        .max()
        .unwrap_or(0);
    loop {
        v += 1;
        for id in IDS {
            store
                .save(id, &version_text(v), Some(&format!("{{\"v\":{v}}}")))
                .expect("save");
        }
    }
}

/// A pseudo-random number from the clock and a counter (no extra crate).
fn random(n: &mut u64) -> u64 {
    *n = n.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let mut z = *n ^ u64::from(nanos);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|n| klagehjelp::fsutil::is_temp_file(n))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn kill_while_saving() {
    let rounds: usize = std::env::var("KLAGEHJELP_CRASH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let root = std::env::temp_dir().join(format!(
        "klagehjelp-crash-{}-{}",
        std::process::id(),
        Store::new_id()
    ));
    let exe = std::env::current_exe().unwrap();
    let mut seed = u64::from(std::process::id());
    let mut seen = [0u64; IDS.len()];
    let mut temp_seen = 0;
    for round in 0..rounds {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "saver_process",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the saving process");
        // Wait until it has saved something new in this round, then kill it
        // at a random moment 0–25 ms later.
        let t0 = Instant::now();
        let first = Store::new(root.clone())
            .load(IDS[0])
            .ok()
            .and_then(|(b, _)| version_of(&b).ok())
            .unwrap_or(0);
        loop {
            let now = Store::new(root.clone())
                .load(IDS[0])
                .ok()
                .and_then(|(b, _)| version_of(&b).ok())
                .unwrap_or(0);
            if now > first {
                break;
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("round {round}: the saving process ended by itself: {status}");
            }
            assert!(
                t0.elapsed() < Duration::from_secs(60),
                "round {round}: the saving process saved nothing within 60 s"
            );
            std::thread::yield_now();
        }
        std::thread::sleep(Duration::from_micros(random(&mut seed) % 25_000));
        child.kill().expect("kill");
        child.wait().expect("reap");

        temp_seen += temp_files(&root.join("cases")).len();
        // The next start clears what the kill left.
        let (store, _) = Store::open(root.clone());
        let left = temp_files(&root.join("cases"));
        assert!(
            left.is_empty(),
            "round {round}: temp files after start: {left:?}"
        );
        for (k, id) in IDS.iter().enumerate() {
            let (bytes, ui) = match store.load(id) {
                Ok(found) => found,
                // Killed before this case was first saved: the old version is "none".
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && seen[k] == 0 => continue,
                Err(e) => panic!("round {round}: {id} cannot be read after the kill: {e}"),
            };
            let v = version_of(&bytes)
                .unwrap_or_else(|e| panic!("round {round}: {id} does not open: {e}"));
            assert!(
                v >= seen[k],
                "round {round}: {id} went back from version {} to {v}",
                seen[k]
            );
            seen[k] = v;
            // The screen state is the one saved with this very version.
            let ui_v = ui
                .as_deref()
                .and_then(|u| serde_json::from_str::<serde_json::Value>(u).ok())
                .and_then(|u| u["v"].as_u64());
            assert_eq!(
                ui_v,
                Some(v),
                "round {round}: {id} version {v} has the screen state of another save"
            );
            if let Ok(bak) = store.load_backup(id) {
                let b = version_of(&bak)
                    .unwrap_or_else(|e| panic!("round {round}: {id}'s backup does not open: {e}"));
                assert!(b <= v, "round {round}: {id}'s backup {b} is newer than {v}");
            }
        }
    }
    eprintln!(
        "{rounds} kills; versions reached {seen:?}; {temp_seen} temporary files left by kills, all removed at start"
    );
    std::fs::remove_dir_all(&root).unwrap();
}
