//! Harness for the end-to-end tests of the Klagehjelp desktop app.
//!
//! Each test starts its own `tauri-driver` (which starts `WebKitWebDriver`,
//! which starts the real app binary) with a fresh data folder and the app's
//! test hooks (`KLAGEHJELP_DATA_DIR`, `KLAGEHJELP_TODAY`,
//! `KLAGEHJELP_SAVE_PATH`) in its environment: `tauri:options` has no `env`,
//! and the app inherits the driver's environment. The hooks exist only in a
//! build with the feature `test-hooks` (`scripts/e2e.sh` builds it so). It then talks WebDriver to
//! it with `fantoccini`. Every wait has a timeout, so a missing display or a
//! frozen app fails the test with a message instead of hanging.
//!
//! Run the tests with `scripts/e2e.sh` (builds the app, starts Xvfb, runs one
//! test at a time). Environment:
//! - `DISPLAY`: an X server (required; the script starts Xvfb).
//! - `KLAGEHJELP_APP_BIN`: the app binary (default: `klagehjelp-app` in the
//!   same target folder as the test binary).
//! - `KLAGEHJELP_TAURI_DRIVER`: the `tauri-driver` binary (default: on `PATH`,
//!   else `~/.cargo/bin/tauri-driver`).
//! - `KLAGEHJELP_SCREENSHOTS`: a folder (relative to the repository root)
//!   where [`App::screenshot`] writes the README's PNGs; unset: none written.
//! - `KLAGEHJELP_E2E_KEEP=1`: keep each test's temporary folder.
pub mod flow;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::fmt::Write as _;
use std::future::Future;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

/// "Today" for the main path: a refusal received 9 November 2026 has its
/// deadline (three weeks, fvl. § 29) on Monday 30 November 2026, still open.
pub const TODAY: &str = "2026-11-25";
/// A "today" after that deadline: the late-klage path.
pub const TODAY_LATE: &str = "2026-12-10";

/// The default wait for one condition.
pub const WAIT: Duration = Duration::from_secs(10);
/// The limit for one WebDriver command.
const CMD: Duration = Duration::from_secs(30);
/// The limit for starting the app and getting a session.
const SESSION: Duration = Duration::from_secs(60);

/// The WCAG 2.0 and 2.1, level A and AA, rule tags of axe-core.
pub const AXE_TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// The repository root (`tests/e2e/../..`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repository root")
}

/// How to start the app for one test.
#[derive(Debug, Clone)]
pub struct Config {
    /// `KLAGEHJELP_TODAY` (`YYYY-MM-DD`).
    pub today: String,
    /// More environment for the app.
    pub env: Vec<(String, String)>,
    /// A name for the temporary folder and messages.
    pub name: String,
    /// `KLAGEHJELP_LANG`: the UI language on first start.
    pub lang: String,
    /// Command-line arguments for the app (e.g. `--reception`).
    pub args: Vec<String>,
    /// Whether WebKit keeps its OpenGL compositing (see [`Config::drawn_as_for_users`]).
    pub gl_compositing: bool,
}

impl Config {
    /// A test named `name` on [`TODAY`].
    pub fn new(name: &str) -> Self {
        Config {
            today: TODAY.to_string(),
            env: vec![],
            name: name.to_string(),
            lang: "nb".to_string(),
            args: vec![],
            gl_compositing: true,
        }
    }

    /// The app draws its pages as it does for users: without WebKit's OpenGL
    /// compositing (the app turns it off at start, src-tauri/src/main.rs).
    /// Every other test keeps compositing on (`WEBKIT_DISABLE_COMPOSITING_MODE=0`,
    /// which the app respects): without it, WebKitWebDriver's screenshots
    /// (WebKitGTK 2.50) hung in three of the tests that take one (no answer
    /// within 30 s, the session stuck after it). What the pages do does not
    /// depend on how they are drawn; a test in this mode takes no screenshot.
    pub fn drawn_as_for_users(mut self) -> Self {
        self.gl_compositing = false;
        self
    }

    /// The same with a command-line argument for the app.
    pub fn arg(mut self, arg: &str) -> Self {
        self.args.push(arg.to_string());
        self
    }

    /// The same with another first UI language (`nb`, `nn`, `en`).
    pub fn lang(mut self, lang: &str) -> Self {
        self.lang = lang.to_string();
        self
    }

    /// The same with another "today".
    pub fn today(mut self, today: &str) -> Self {
        self.today = today.to_string();
        self
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    })
}

/// The app binary under test.
pub fn app_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("KLAGEHJELP_APP_BIN") {
        return PathBuf::from(p);
    }
    // The test binary is `<target>/<profile>/deps/<name>-<hash>`.
    let exe = std::env::current_exe().expect("test binary path");
    exe.parent()
        .and_then(Path::parent)
        .map(|dir| dir.join("klagehjelp-app"))
        .expect("target folder of the test binary")
}

fn tauri_driver_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("KLAGEHJELP_TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    which("tauri-driver").unwrap_or_else(|| {
        PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo/bin/tauri-driver")
    })
}

fn temp_dir(name: &str) -> PathBuf {
    static N: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!(
        "klagehjelp-e2e-{name}-{}-{}-{nanos}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(dir.join("data")).expect("temporary folder");
    dir
}

/// Runs `fut` with a time limit; on timeout, a `CmdError` naming `what`.
async fn limit<T>(
    what: &str,
    d: Duration,
    fut: impl Future<Output = Result<T, CmdError>>,
) -> Result<T, String> {
    match tokio::time::timeout(d, fut).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(format!("{what}: {e}")),
        Err(_) => Err(format!("{what}: no answer within {} s", d.as_secs())),
    }
}

/// One running app with its WebDriver session.
pub struct App {
    /// The WebDriver client (use the helpers below where one exists).
    pub client: Client,
    proc: Proc,
    tmp: PathBuf,
    name: String,
    /// Where Export PDF writes (`KLAGEHJELP_SAVE_PATH`).
    pub save_path: PathBuf,
    /// The app's data folder (`KLAGEHJELP_DATA_DIR`).
    pub data_dir: PathBuf,
    axe_loaded: bool,
    /// Every focus stop seen by [`App::tab_to`], for the report.
    pub focus_log: Vec<String>,
    /// axe-core findings not yet failed on (see [`App::axe`]).
    axe_failures: Vec<AxeFinding>,
}

/// One axe-core rule violated on one page state.
struct AxeFinding {
    step: String,
    rule: String,
    detail: String,
    screenshot: Option<PathBuf>,
}

impl App {
    /// Starts tauri-driver and the app with a fresh data folder, and waits
    /// until the first step is shown.
    pub async fn start(cfg: Config) -> App {
        let display = std::env::var("DISPLAY").unwrap_or_default();
        assert!(
            !display.is_empty(),
            "DISPLAY is not set: the app needs an X server. Run the end-to-end tests with scripts/e2e.sh \
             (it starts Xvfb), or start `Xvfb :99 &` and set DISPLAY=:99."
        );
        let bin = app_binary();
        assert!(
            bin.is_file(),
            "the app binary {} does not exist: build it first (cargo build -p klagehjelp-app --features test-hooks) or set KLAGEHJELP_APP_BIN",
            bin.display()
        );
        let driver_bin = tauri_driver_binary();
        assert!(
            driver_bin.is_file(),
            "tauri-driver not found ({}): cargo install tauri-driver --locked",
            driver_bin.display()
        );
        let tmp = temp_dir(&cfg.name);
        let data_dir = tmp.join("data");
        let save_path = tmp.join("klage.pdf");
        let log_path = tmp.join("tauri-driver.log");
        let log = std::fs::File::create(&log_path).expect("driver log");
        let (port, native_port) = (free_port(), free_port());
        let mut cmd = Command::new(&driver_bin);
        cmd.arg("--port")
            .arg(port.to_string())
            .arg("--native-port")
            .arg(native_port.to_string())
            .env("KLAGEHJELP_DATA_DIR", &data_dir)
            .env("KLAGEHJELP_TODAY", &cfg.today)
            .env("KLAGEHJELP_SAVE_PATH", &save_path)
            .env("KLAGEHJELP_EXPORT_DIR", &tmp)
            .env("KLAGEHJELP_LANG", &cfg.lang)
            .env("NO_AT_BRIDGE", "1")
            .env_remove("WEBKIT_DISABLE_COMPOSITING_MODE")
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("driver log"))
            .stderr(log)
            // Own process group: at the end the whole group (tauri-driver,
            // WebKitWebDriver, the app) gets SIGTERM.
            .process_group(0);
        if cfg.gl_compositing {
            cmd.env("WEBKIT_DISABLE_COMPOSITING_MODE", "0");
        }
        for (k, v) in &cfg.env {
            cmd.env(k, v);
        }
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver_bin.display()));
        // scripts/e2e.sh stops the groups listed here if a test is killed.
        let pid_file = std::env::var_os("KLAGEHJELP_E2E_PIDDIR")
            .map(|d| PathBuf::from(d).join(child.id().to_string()));
        if let Some(f) = &pid_file {
            let _ = std::fs::write(f, "");
        }
        let proc = Proc {
            child: Some(child),
            tmp: tmp.clone(),
            name: cfg.name.clone(),
            pid_file,
        };
        // Wait for tauri-driver to listen.
        let t0 = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if t0.elapsed() > WAIT {
                panic!(
                    "tauri-driver did not listen on port {port} within {} s; its log:\n{}",
                    WAIT.as_secs(),
                    proc.log()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await; // poll interval of a condition wait
        }
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            json!({ "application": bin.to_string_lossy(), "args": cfg.args }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let connect = async {
            ClientBuilder::native()
                .capabilities(caps)
                .connect(&url)
                .await
        };
        let client = match tokio::time::timeout(SESSION, connect).await {
            Ok(Ok(c)) => c,
            Ok(Err(e)) => panic!(
                "no WebDriver session: {e}\n(DISPLAY={display}; tauri-driver log:)\n{}",
                proc.log()
            ),
            Err(_) => panic!(
                "no WebDriver session within {} s. Is DISPLAY={display} a running X server? \
                 Without a display the session hangs. tauri-driver log:\n{}",
                SESSION.as_secs(),
                proc.log()
            ),
        };
        let app = App {
            client,
            proc,
            tmp,
            name: cfg.name.clone(),
            save_path,
            data_dir,
            axe_loaded: false,
            focus_log: vec![],
            axe_failures: vec![],
        };
        app.wait_js(
            "the UI to load (a visible section[data-step])",
            SESSION,
            "return document.readyState === 'complete' && \
             [...document.querySelectorAll('section[data-step]')].some(s => s.checkVisibility());",
        )
        .await;
        app
    }

    /// The tail of tauri-driver's (and so WebKitWebDriver's and the app's) output.
    pub fn driver_log(&self) -> String {
        self.proc.log()
    }

    /// Fails the test with `msg`, the visible step, the visible error messages
    /// and a screenshot saved in the test's temporary folder.
    pub async fn fail(&self, msg: &str) -> ! {
        let mut out = format!("[{}] {msg}\n", self.name);
        if let Ok(state) = limit(
            "page state",
            Duration::from_secs(5),
            self.client.execute(
                "const s = [...document.querySelectorAll('section[data-step]')].filter(s => s.checkVisibility()).map(s => s.dataset.step);\
                 const errs = [...document.querySelectorAll('[id$=\"-error\"]')].filter(e => e.checkVisibility() && e.textContent.trim()).map(e => e.id + ': ' + e.textContent.trim());\
                 const a = document.activeElement;\
                 return {steps: s, errors: errs, focus: a ? (a.tagName + '#' + a.id) : null, lang: document.documentElement.lang};",
                vec![],
            ),
        )
        .await
        {
            let _ = writeln!(out, "  page: {state}");
        }
        let shot = self.tmp.join("failure.png");
        if let Ok(png) = limit(
            "screenshot",
            Duration::from_secs(10),
            self.client.screenshot(),
        )
        .await
            && std::fs::write(&shot, png).is_ok()
        {
            let _ = writeln!(out, "  screenshot: {}", shot.display());
        }
        let _ = writeln!(out, "  temporary folder (kept): {}", self.tmp.display());
        if !self.axe_failures.is_empty() {
            let _ = writeln!(
                out,
                "  earlier axe-core violations (WCAG 2.0/2.1 A/AA):\n{}",
                self.axe_report()
            );
        }
        panic!("{out}");
    }

    async fn ok<T>(&self, r: Result<T, String>) -> T {
        match r {
            Ok(v) => v,
            Err(e) => self.fail(&e).await,
        }
    }

    /// Runs JavaScript (a function body; `arguments` holds `args`).
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        let r = limit("execute script", CMD, self.client.execute(script, args)).await;
        self.ok(r).await
    }

    /// Waits until `script` returns true (polled every 100 ms).
    pub async fn wait_js(&self, what: &str, within: Duration, script: &str) {
        let t0 = Instant::now();
        let mut last;
        loop {
            match limit("execute script", CMD, self.client.execute(script, vec![])).await {
                Ok(Value::Bool(true)) => return,
                Ok(v) => last = v.to_string(),
                Err(e) => last = e,
            }
            if t0.elapsed() > within {
                self.fail(&format!(
                    "timed out after {} s waiting for {what} (last result: {last})",
                    within.as_secs()
                ))
                .await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await; // poll interval of a condition wait
        }
    }

    /// Waits until `cond` holds (polled every 100 ms): for conditions outside
    /// the page, such as the autosaved case file.
    pub async fn wait_until(&self, what: &str, within: Duration, mut cond: impl FnMut() -> bool) {
        let t0 = Instant::now();
        while !cond() {
            if t0.elapsed() > within {
                self.fail(&format!(
                    "timed out after {} s waiting for {what}",
                    within.as_secs()
                ))
                .await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await; // poll interval of a condition wait
        }
    }

    /// Waits for a visible element matching `css` and returns it.
    pub async fn wait_for(&self, css: &str) -> Element {
        let t0 = Instant::now();
        loop {
            if let Ok(els) = limit("find", CMD, self.client.find_all(Locator::Css(css))).await {
                for el in els {
                    if let Ok(true) = limit("displayed", CMD, el.is_displayed()).await {
                        return el;
                    }
                }
            }
            if t0.elapsed() > WAIT {
                self.fail(&format!(
                    "no visible element `{css}` within {} s",
                    WAIT.as_secs()
                ))
                .await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await; // poll interval of a condition wait
        }
    }

    /// Whether a visible element matches `css` right now.
    pub async fn is_visible(&self, css: &str) -> bool {
        self.js(
            "const e = document.querySelector(arguments[0]); return !!e && e.checkVisibility();",
            vec![json!(css)],
        )
        .await
            == Value::Bool(true)
    }

    /// Waits until the step `name` (`section[data-step=name]`) is the visible one.
    pub async fn step(&self, name: &str) {
        let script = format!(
            "const v = [...document.querySelectorAll('section[data-step]')].filter(s => s.checkVisibility());\
             return v.length === 1 && v[0].dataset.step === {};",
            json!(name)
        );
        self.wait_js(&format!("step `{name}`"), WAIT, &script).await;
    }

    /// The visible step's name.
    pub async fn current_step(&self) -> String {
        self.js(
            "const v = [...document.querySelectorAll('section[data-step]')].filter(s => s.checkVisibility());\
             return v.map(s => s.dataset.step).join(',');",
            vec![],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Clicks the visible element matching `css` (found again if a
    /// re-render replaced it in between).
    pub async fn click(&self, css: &str) {
        let mut last = String::new();
        for _ in 0..5 {
            let el = self.wait_for(css).await;
            match limit(&format!("click `{css}`"), CMD, el.click()).await {
                Ok(()) => return,
                Err(e) => last = e,
            }
            tokio::time::sleep(Duration::from_millis(200)).await; // retry interval before clicking the re-rendered element again
        }
        self.fail(&last).await
    }

    /// Replaces the value of the field `#id` with `text` the way a mouse
    /// user does: click into it, select all, type.
    pub async fn type_into(&self, id: &str, text: &str) {
        self.click(&format!("#{id}")).await;
        self.select_all_and_delete().await;
        self.type_keys(text).await;
        let got = self.value(id).await;
        if got.replace("\r\n", "\n") != text {
            self.fail(&format!("typed {text:?} into #{id} but it holds {got:?}"))
                .await;
        }
    }

    /// Ctrl+A, Backspace in the focused field.
    pub async fn select_all_and_delete(&self) {
        let ctrl: char = Key::Control.into();
        let ka = KeyActions::new("keyboard".to_string())
            .then(KeyAction::Down { value: ctrl })
            .then(KeyAction::Down { value: 'a' })
            .then(KeyAction::Up { value: 'a' })
            .then(KeyAction::Up { value: ctrl });
        let r = limit("select all", CMD, self.client.perform_actions(ka)).await;
        self.ok(r).await;
        let _ = limit("release actions", CMD, self.client.release_actions()).await;
        self.press(Key::Backspace).await;
    }

    /// Chooses the option with `value` in `<select id=id>`.
    pub async fn select(&self, id: &str, value: &str) {
        let el = self.wait_for(&format!("#{id}")).await;
        let r = limit(
            &format!("select {value} in #{id}"),
            CMD,
            el.select_by_value(value),
        )
        .await;
        self.ok(r).await
    }

    /// The `value` of the field `#id`.
    pub async fn value(&self, id: &str) -> String {
        self.js(
            "const e = document.getElementById(arguments[0]); return e ? String(e.value) : null;",
            vec![json!(id)],
        )
        .await
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| panic!("[{}] no element #{id}", self.name))
    }

    /// The visible text of the first element matching `css` ("" if none).
    pub async fn text(&self, css: &str) -> String {
        self.js(
            "const e = document.querySelector(arguments[0]); return e ? e.innerText.trim() : '';",
            vec![json!(css)],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    // ---- keyboard ---------------------------------------------------------

    /// Presses (down, up) each key in turn on whatever has the focus.
    pub async fn keys(&self, keys: &[char]) {
        let mut ka = KeyActions::new("keyboard".to_string());
        for &k in keys {
            ka = ka
                .then(KeyAction::Down { value: k })
                .then(KeyAction::Up { value: k });
        }
        let r = limit("key actions", CMD, self.client.perform_actions(ka)).await;
        self.ok(r).await;
        let _ = limit("release actions", CMD, self.client.release_actions()).await;
    }

    /// Presses one key.
    pub async fn press(&self, key: Key) {
        self.keys(&[key.into()]).await
    }

    /// Presses Shift+key.
    pub async fn press_shift(&self, key: Key) {
        let k: char = key.into();
        let shift: char = Key::Shift.into();
        let ka = KeyActions::new("keyboard".to_string())
            .then(KeyAction::Down { value: shift })
            .then(KeyAction::Down { value: k })
            .then(KeyAction::Up { value: k })
            .then(KeyAction::Up { value: shift });
        let r = limit("key actions", CMD, self.client.perform_actions(ka)).await;
        self.ok(r).await;
        let _ = limit("release actions", CMD, self.client.release_actions()).await;
    }

    /// Types `text` with the keyboard into the focused element.
    pub async fn type_keys(&self, text: &str) {
        let enter: char = Key::Enter.into();
        let chars: Vec<char> = text
            .chars()
            .map(|c| if c == '\n' { enter } else { c })
            .collect();
        for chunk in chars.chunks(64) {
            self.keys(chunk).await;
        }
    }

    /// Describes the focused element: `tag#id[type]`, or `body`.
    pub async fn focused(&self) -> String {
        self.js(
            "const a = document.activeElement; if (!a || a === document.body) return 'body';\
             let d = a.tagName.toLowerCase(); if (a.id) d += '#' + a.id;\
             if (a.type && a.tagName !== 'BUTTON') d += '[' + a.type + (a.type === 'radio' ? '=' + a.value : '') + ']';\
             return d;",
            vec![],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Checks that the focused element shows where the focus is (an outline
    /// or a box shadow that differs from the unfocused look). Returns a
    /// description of the problem, if any.
    pub async fn focus_problem(&self) -> Option<String> {
        let v = self
            .js(
                "const a = document.activeElement; if (!a || a === document.body) return null;\
                 if (a.getAttribute('tabindex') === '-1') return null; /* focused by script, not a Tab stop */\
                 const s = getComputedStyle(a);\
                 const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;\
                 const shadow = s.boxShadow && s.boxShadow !== 'none';\
                 if (outline || shadow) return null;\
                 return 'no visible focus indicator on ' + a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') +\
                   ' (outline: ' + s.outlineStyle + ' ' + s.outlineWidth + ', box-shadow: ' + s.boxShadow + ')';",
                vec![],
            )
            .await;
        v.as_str().map(str::to_string)
    }

    /// Presses Tab until the element `#id` (or, with `id` starting with
    /// `css:`, the first element matching the selector) has the focus, at most
    /// `max` times; fails listing the stops if it is not reached. Every stop
    /// must show a visible focus indicator.
    pub async fn tab_to(&mut self, id: &str, max: usize) {
        let test = if let Some(css) = id.strip_prefix("css:") {
            format!(
                "const a = document.activeElement; return !!a && a.matches({});",
                json!(css)
            )
        } else {
            format!(
                "return document.activeElement && document.activeElement.id === {};",
                json!(id)
            )
        };
        let mut stops = vec![];
        for _ in 0..=max {
            if self.js(&test, vec![]).await == Value::Bool(true) {
                if let Some(p) = self.focus_problem().await {
                    self.fail(&p).await;
                }
                self.focus_log.push(self.focused().await);
                return;
            }
            let f = self.focused().await;
            if f != "body"
                && let Some(p) = self.focus_problem().await
            {
                self.fail(&p).await;
            }
            stops.push(f);
            self.press(Key::Tab).await;
        }
        self.fail(&format!(
            "`{id}` not reached with {max} presses of Tab; focus went: {}",
            stops.join(" → ")
        ))
        .await
    }

    /// Tab to `#id` and type `text` (the field is emptied first with
    /// Ctrl+A, Backspace).
    pub async fn kb_type(&mut self, id: &str, text: &str) {
        self.tab_to(id, 150).await;
        self.select_all_and_delete().await;
        self.type_keys(text).await;
        let got = self.value(id).await;
        if got != text {
            self.fail(&format!("typed {text:?} into #{id} but it holds {got:?}"))
                .await;
        }
    }

    /// Presses Tab through the whole page (from the top) and checks that
    /// every visible, enabled control is reached (a radio group counts once)
    /// and that every stop shows a visible focus indicator. Fails with the
    /// controls not reached and the stops without a visible focus.
    pub async fn keyboard_sweep(&mut self, what: &str) {
        if let Some(p) = self.keyboard_sweep_problems(what).await {
            self.fail(&p).await;
        }
    }

    /// What [`App::keyboard_sweep`] fails on, if anything.
    pub async fn keyboard_sweep_problems(&mut self, what: &str) -> Option<String> {
        const KEY: &str = "const key = e => !e || e === document.body ? 'body' :\
            (e.type === 'radio' ? 'radio group ' + e.name : e.tagName.toLowerCase() + (e.id ? '#' + e.id :\
              '[' + (e.getAttribute('aria-label') || e.textContent.trim().slice(0, 40)) + ']'));";
        let all = self
            .js(
                &format!(
                    "{KEY} return [...new Set([...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])')]\
                     .filter(e => !e.disabled && (e.tabIndex >= 0 || e.matches('a[href], button, input, select, textarea')) && e.checkVisibility() && !e.closest('dialog:not([open]), [inert]'))\
                     .map(key))];"
                ),
                vec![],
            )
            .await;
        let all: Vec<String> = all
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        self.js(
            "window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();",
            vec![],
        )
        .await;
        let mut seen: Vec<String> = vec![];
        let mut no_focus: Vec<String> = vec![];
        let max = all.len() * 2 + 10;
        let mut first: Option<String> = None;
        for _ in 0..max {
            self.press(Key::Tab).await;
            let k = self
                .js(
                    &format!("{KEY} return key(document.activeElement);"),
                    vec![],
                )
                .await
                .as_str()
                .unwrap_or("?")
                .to_string();
            if k == "body" {
                continue;
            }
            if first.as_deref() == Some(k.as_str()) {
                break; // went round once
            }
            first.get_or_insert_with(|| k.clone());
            if let Some(p) = self.focus_problem().await
                && !no_focus.contains(&p)
            {
                no_focus.push(p);
            }
            if !seen.contains(&k) {
                seen.push(k);
            }
        }
        let missed: Vec<&String> = all.iter().filter(|k| !seen.contains(k)).collect();
        (!missed.is_empty() || !no_focus.is_empty()).then(|| {
            format!(
                "keyboard on {what}: not reached with Tab: {missed:?}; without a visible focus indicator: {no_focus:?}; \
                 Tab order: {}",
                seen.join(" → ")
            )
        })
    }

    // ---- accessibility ----------------------------------------------------

    /// Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now
    /// and returns the violations (`{id, impact, help, nodes: [{target, summary, html}]}`).
    pub async fn axe_violations(&mut self, step: &str) -> Vec<Value> {
        if !self.axe_loaded || self.js("return typeof window.axe;", vec![]).await != json!("object")
        {
            let path = repo_root().join("tests/e2e/node_modules/axe-core/axe.min.js");
            let src = std::fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!(
                    "cannot read {}: {e}. Run `npm ci` in tests/e2e (scripts/e2e.sh does).",
                    path.display()
                )
            });
            let script = format!("{src}\n;return typeof window.axe;");
            let t = self.js(&script, vec![]).await;
            if t != json!("object") {
                self.fail(&format!(
                    "axe-core did not load in the webview (typeof axe = {t})"
                ))
                .await;
            }
            self.axe_loaded = true;
        }
        let script = "const done = arguments[arguments.length - 1];\
             axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})\
               .then(r => done({ok: true, violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,\
                  nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary, html: n.html.slice(0, 160)}))}))}))\
               .catch(e => done({ok: false, error: String(e)}));";
        let r = limit(
            "axe.run",
            Duration::from_secs(60),
            self.client.execute_async(script, vec![json!(AXE_TAGS)]),
        )
        .await;
        let r = self.ok(r).await;
        if r["ok"] != json!(true) {
            self.fail(&format!("axe.run failed on step `{step}`: {}", r["error"]))
                .await;
        }
        r["violations"].as_array().cloned().unwrap_or_default()
    }

    /// Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now.
    /// Violations are collected with a screenshot each, and the test fails
    /// with the whole readable list in [`App::quit`] (so one run shows every
    /// step's violations, not only the first).
    pub async fn axe(&mut self, step: &str) {
        let violations = self.axe_violations(step).await;
        if violations.is_empty() {
            return;
        }
        let shot = self
            .tmp
            .join(format!("axe-{}.png", self.axe_failures.len() + 1));
        let shot_ok = match limit("screenshot", CMD, self.client.screenshot()).await {
            Ok(png) => std::fs::write(&shot, png).is_ok(),
            Err(_) => false,
        };
        for v in &violations {
            let mut detail = String::new();
            for n in v["nodes"].as_array().into_iter().flatten().take(6) {
                let _ = writeln!(
                    detail,
                    "      at {}  {}\n        {}",
                    n["target"].as_str().unwrap_or("?"),
                    n["html"].as_str().unwrap_or(""),
                    n["summary"].as_str().unwrap_or("").replace('\n', " ")
                );
            }
            self.axe_failures.push(AxeFinding {
                step: step.to_string(),
                rule: format!(
                    "{} ({}): {}",
                    v["id"].as_str().unwrap_or("?"),
                    v["impact"].as_str().unwrap_or("?"),
                    v["help"].as_str().unwrap_or("?")
                ),
                detail,
                screenshot: shot_ok.then(|| shot.clone()),
            });
        }
    }

    /// The collected axe findings grouped by rule: where, and the first
    /// occurrence's elements.
    fn axe_report(&self) -> String {
        let mut rules: Vec<&str> = vec![];
        for f in &self.axe_failures {
            if !rules.contains(&f.rule.as_str()) {
                rules.push(&f.rule);
            }
        }
        let mut out = String::new();
        for rule in rules {
            let hits: Vec<&AxeFinding> = self
                .axe_failures
                .iter()
                .filter(|f| f.rule == rule)
                .collect();
            let steps: Vec<&str> = hits.iter().map(|f| f.step.as_str()).collect();
            let _ = writeln!(out, "- {rule}\n    on: {}", steps.join(" | "));
            let _ = write!(
                out,
                "    first seen on `{}`:\n{}",
                hits[0].step, hits[0].detail
            );
            if let Some(p) = &hits[0].screenshot {
                let _ = writeln!(out, "      screenshot: {}", p.display());
            }
        }
        out
    }

    /// Checks the error message of field `#id`: `#id-error` is visible, not
    /// empty, in an aria-live region (or role alert/status), and tied to the
    /// field (aria-describedby or aria-errormessage) which is marked
    /// aria-invalid. Returns the message.
    pub async fn field_error(&self, id: &str) -> String {
        self.wait_js(
            &format!("an error message in #{id}-error"),
            WAIT,
            &format!(
                "const e = document.getElementById({}); return !!e && e.checkVisibility() && e.textContent.trim().length > 0;",
                json!(format!("{id}-error"))
            ),
        )
        .await;
        let v = self
            .js(
                "const id = arguments[0]; const f = document.getElementById(id); const e = document.getElementById(id + '-error');\
                 const live = e.closest('[aria-live]'); const role = e.closest('[role=alert],[role=status]');\
                 const desc = ((f && f.getAttribute('aria-describedby')) || '') + ' ' + ((f && f.getAttribute('aria-errormessage')) || '');\
                 return {text: e.textContent.trim(), live: live ? live.getAttribute('aria-live') : (role ? role.getAttribute('role') : null),\
                   tied: desc.split(/\\s+/).includes(id + '-error'), invalid: f ? f.getAttribute('aria-invalid') : 'no field'};",
                vec![json!(id)],
            )
            .await;
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let mut problems = vec![];
        if !matches!(
            v["live"].as_str(),
            Some("polite" | "assertive" | "alert" | "status")
        ) {
            problems.push(format!(
                "#{id}-error is not in an aria-live region (live: {})",
                v["live"]
            ));
        }
        if v["tied"] != json!(true) {
            problems.push(format!(
                "#{id} does not name #{id}-error in aria-describedby/aria-errormessage"
            ));
        }
        if v["invalid"] != json!("true") {
            problems.push(format!(
                "#{id} is not aria-invalid=\"true\" (got {})",
                v["invalid"]
            ));
        }
        if !problems.is_empty() {
            self.fail(&format!(
                "the error at #{id} ({text:?}) is not announced properly: {}",
                problems.join("; ")
            ))
            .await;
        }
        text
    }

    /// Every visible string on the page: text nodes (including text only a
    /// screen reader reads), the shown option of each select, placeholders,
    /// aria-labels and titles. Leaves out `#ui-lang`, `#letter-preview`,
    /// form values and elements whose `lang` differs from the page's.
    pub async fn visible_strings(&self) -> Vec<String> {
        let v = self
            .js(
                r#"const pageLang = document.documentElement.lang;
                const out = [];
                const skip = el => !!el.closest('script,style,template,#ui-lang,#letter-preview,textarea') ||
                    (el.closest('[lang]') && el.closest('[lang]') !== document.documentElement && el.closest('[lang]').lang !== pageLang);
                const vis = el => el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
                const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (w.nextNode()) {
                  const n = w.currentNode; const t = n.nodeValue.replace(/\s+/g, ' ').trim();
                  const el = n.parentElement;
                  if (!t || !el || skip(el) || !vis(el)) continue;
                  if (el.closest('option')) continue;
                  out.push(t);
                }
                for (const el of document.querySelectorAll('select')) {
                  if (skip(el) || !vis(el) || el.selectedIndex < 0) continue;
                  out.push(el.options[el.selectedIndex].text.trim());
                }
                for (const el of document.querySelectorAll('[placeholder],[aria-label],[title]')) {
                  if (skip(el) || !vis(el)) continue;
                  for (const a of ['placeholder', 'aria-label', 'title']) {
                    const t = (el.getAttribute(a) || '').trim(); if (t) out.push(t);
                  }
                }
                return out;"#,
                vec![],
            )
            .await;
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect()
    }

    // ---- files -------------------------------------------------------------

    /// Saves a screenshot as `<KLAGEHJELP_SCREENSHOTS>/<name>.png` when that
    /// variable is set; always returns the PNG.
    pub async fn screenshot(&self, name: &str) -> Vec<u8> {
        let r = limit("screenshot", CMD, self.client.screenshot()).await;
        let png = self.ok(r).await;
        if let Some(dir) = std::env::var_os("KLAGEHJELP_SCREENSHOTS").filter(|d| !d.is_empty()) {
            let dir = repo_root().join(dir);
            std::fs::create_dir_all(&dir).expect("screenshot folder");
            std::fs::write(dir.join(format!("{name}.png")), &png).expect("write screenshot");
        }
        png
    }

    /// Waits for the exported PDF at [`App::save_path`] and returns its text
    /// (`pdftotext -layout`), after checking it with `qpdf --check` when qpdf
    /// is installed.
    pub async fn exported_pdf_text(&self) -> String {
        let t0 = Instant::now();
        while !self.save_path.is_file()
            || std::fs::metadata(&self.save_path)
                .map(|m| m.len())
                .unwrap_or(0)
                == 0
        {
            if t0.elapsed() > WAIT {
                self.fail(&format!(
                    "no PDF at KLAGEHJELP_SAVE_PATH={} within {} s",
                    self.save_path.display(),
                    WAIT.as_secs()
                ))
                .await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await; // poll interval of a condition wait
        }
        let bytes = std::fs::read(&self.save_path).expect("read PDF");
        assert!(
            bytes.starts_with(b"%PDF-"),
            "the exported file is not a PDF"
        );
        if which("qpdf").is_some() {
            let out = Command::new("qpdf")
                .arg("--check")
                .arg(&self.save_path)
                .output()
                .expect("run qpdf");
            assert!(
                out.status.success(),
                "qpdf --check failed on the exported PDF: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let out = Command::new("pdftotext")
            .arg("-layout")
            .arg(&self.save_path)
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils) must be installed");
        assert!(out.status.success(), "pdftotext failed");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Closes the session and stops tauri-driver (and with it
    /// WebKitWebDriver and the app).
    /// Fails if axe found violations on the way.
    pub async fn quit(mut self) {
        let report = self.axe_report();
        let _ = limit(
            "close session",
            Duration::from_secs(10),
            self.client.clone().close(),
        )
        .await;
        self.proc.stop();
        assert!(
            report.is_empty(),
            "[{}] accessibility: axe-core found WCAG 2.0/2.1 A/AA violations:\n{report}(temporary folder kept: {})",
            self.name,
            self.tmp.display()
        );
    }
}

/// The tauri-driver process group and the test's temporary folder.
struct Proc {
    child: Option<Child>,
    tmp: PathBuf,
    name: String,
    pid_file: Option<PathBuf>,
}

impl Proc {
    fn log(&self) -> String {
        let text = std::fs::read_to_string(self.tmp.join("tauri-driver.log")).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }

    fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let group = format!("-{}", child.id());
        // SIGTERM (not SIGKILL): tauri-driver then stops WebKitWebDriver too.
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let t0 = Instant::now();
        while t0.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50)); // poll interval of a condition wait
        }
        if let Ok(None) = child.try_wait() {
            let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
            let _ = child.wait();
        }
        // Anything left in the group (the app) after tauri-driver exited.
        let _ = Command::new("kill")
            .args(["-TERM", "--", &group])
            .stderr(Stdio::null())
            .status();
        if let Some(f) = &self.pid_file {
            let _ = std::fs::remove_file(f);
        }
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        self.stop();
        let keep = std::thread::panicking() || std::env::var_os("KLAGEHJELP_E2E_KEEP").is_some();
        if keep {
            eprintln!("[{}] kept {}", self.name, self.tmp.display());
        } else {
            let _ = std::fs::remove_dir_all(&self.tmp);
        }
    }
}
