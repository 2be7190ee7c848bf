//! Smoke test of the harness and the app: the app starts and shows its
//! first step, can be screenshotted, the first step passes axe, and the
//! harness's checks can fail (axe sees a missing label and low contrast).
use klagehjelp_e2e::{App, Config};

#[tokio::test]
async fn app_starts_and_first_step_is_accessible() {
    let mut app = App::start(Config::new("smoke")).await;
    let title = app.client.title().await.expect("title");
    assert!(title.contains("Klagehjelp"), "document title: {title:?}");
    assert_eq!(
        title, "Klagehjelp",
        "the start screen's title is the app's name, once"
    );
    assert_eq!(app.current_step().await, "start");
    let png = app.client.screenshot().await.expect("screenshot");
    assert!(png.starts_with(b"\x89PNG"), "screenshot is a PNG");
    app.axe("start").await;
    app.quit().await;
}

/// The accessibility checks are only worth something if they can fail: add
/// an unlabelled input and grey-on-white text and make sure axe reports both.
#[tokio::test]
async fn axe_reports_injected_violations() {
    let mut app = App::start(Config::new("axe-self-test")).await;
    app.js(
        "const m = document.querySelector('section[data-step]');\
         const i = document.createElement('input'); i.type = 'text'; m.append(i);\
         const p = document.createElement('p'); p.textContent = 'low contrast text';\
         p.style.color = '#bbbbbb'; p.style.background = '#ffffff'; m.append(p);",
        vec![],
    )
    .await;
    let ids: Vec<String> = app
        .axe_violations("start + injected faults")
        .await
        .iter()
        .filter_map(|v| v["id"].as_str().map(str::to_string))
        .collect();
    assert!(
        ids.contains(&"label".to_string()),
        "axe missed the unlabelled input: {ids:?}"
    );
    assert!(
        ids.contains(&"color-contrast".to_string()),
        "axe missed the low-contrast text: {ids:?}"
    );
    app.quit().await;
}

/// The keyboard sweep can fail: a button taken out of the Tab order and a
/// button without a focus indicator are both reported.
#[tokio::test]
async fn keyboard_sweep_reports_injected_faults() {
    let mut app = App::start(Config::new("sweep-self-test")).await;
    assert_eq!(app.keyboard_sweep_problems("start").await, None);
    app.js(
        "const m = document.querySelector('section[data-step]');\
         const a = document.createElement('button'); a.id = 'e2e-untabbable'; a.textContent = 'x'; a.tabIndex = -1; m.append(a);\
         const b = document.createElement('button'); b.id = 'e2e-no-outline'; b.textContent = 'y';\
         b.style.setProperty('outline', 'none', 'important'); b.style.setProperty('box-shadow', 'none', 'important'); m.append(b);",
        vec![],
    )
    .await;
    let p = app
        .keyboard_sweep_problems("start + injected faults")
        .await
        .expect("the sweep should report the injected faults");
    assert!(p.contains("button#e2e-untabbable"), "{p}");
    assert!(p.contains("#e2e-no-outline"), "{p}");
    app.quit().await;
}

/// The app as users get it draws without WebKit's OpenGL compositing (it
/// sets `WEBKIT_DISABLE_COMPOSITING_MODE=1` at start unless it is set):
/// the setting reaches the web process that draws the page, and the start
/// screen, a new case and its first steps work in that mode (the other tests
/// keep compositing on for their screenshots, see `Config::drawn_as_for_users`).
#[tokio::test]
async fn the_app_works_as_it_draws_for_users() {
    let mut app = App::start(Config::new("drawn-for-users").drawn_as_for_users()).await;
    assert_eq!(app.current_step().await, "start");
    // The web process of this app (found by this test's own data folder in
    // its environment, inherited from the app) got the setting.
    let marker = format!("KLAGEHJELP_DATA_DIR={}", app.data_dir.display());
    let mut seen = 0;
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let dir = entry.path();
        let comm = std::fs::read_to_string(dir.join("comm")).unwrap_or_default();
        if !comm.starts_with("WebKitWebProces") {
            continue;
        }
        let Ok(env) = std::fs::read(dir.join("environ")) else {
            continue;
        };
        let vars: Vec<&[u8]> = env.split(|b| *b == 0).collect();
        if vars.contains(&marker.as_bytes()) {
            seen += 1;
            assert!(
                vars.contains(&&b"WEBKIT_DISABLE_COMPOSITING_MODE=1"[..]),
                "the web process draws with OpenGL compositing"
            );
        }
    }
    assert!(seen > 0, "no web process of this app found");
    app.click("#new-case").await;
    app.step("language").await;
    app.click("#next").await;
    app.step("decision").await;
    app.axe("decision").await;
    app.quit().await;
}
