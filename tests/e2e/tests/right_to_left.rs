//! The UI in Arabic (issue 10): the document runs right to left with
//! `lang="ar"`, the progress bar and the step navigation are mirrored, the
//! keyboard order follows the visual order, the DUF number and dates keep
//! their order inside Arabic text (bidi isolation), no raw message id is
//! shown, the "not checked by a translator" note is there in Arabic and in
//! English, the Norwegian legal terms are one click away, and axe-core finds
//! nothing on any step, from the start screen to the exported PDF (whose
//! letter is in bokmål). Keyboard only. With `KLAGEHJELP_SCREENSHOTS` set,
//! each step is saved as `NN-<step>.png` (the README's names; run with
//! `KLAGEHJELP_SCREENSHOTS=docs/screenshots/ar`).
use fantoccini::key::Key;
use klagehjelp_e2e::flow::{Input, Scenario};
use klagehjelp_e2e::{App, Config, WAIT};
use serde_json::{Value, json};

/// Left edges (CSS px) of the elements matching `css`, in document order.
async fn lefts(app: &App, css: &str) -> Vec<f64> {
    let v = app
        .js(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.getBoundingClientRect().left);",
            vec![json!(css)],
        )
        .await;
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_f64)
        .collect()
}

/// The progress bar runs from right to left: each step further left than the one before.
async fn progress_is_mirrored(app: &App, what: &str) {
    let xs = lefts(app, "#progress li").await;
    assert!(
        xs.len() == 8,
        "{what}: expected 8 steps in #progress, got {xs:?}"
    );
    assert!(
        xs.windows(2).all(|w| w[0] > w[1]),
        "{what}: the progress bar is not mirrored (left edges in step order: {xs:?})"
    );
}

/// Back is on the right, Next on the left, and Tab goes from Back to Next
/// (the visual order, right to left, is the keyboard order).
async fn step_nav_is_mirrored(app: &mut App, what: &str) {
    let back = lefts(app, "#back").await;
    let next = lefts(app, "#next").await;
    assert!(
        back[0] > next[0],
        "{what}: Back ({back:?}) should be right of Next ({next:?}) in a right-to-left UI"
    );
    app.tab_to("back", 150).await;
    app.press(fantoccini::key::Key::Tab).await;
    assert_eq!(
        app.focused().await,
        "button#next",
        "{what}: Tab from Back should reach Next"
    );
}

async fn shot(app: &mut App, what: &str, name: &str) {
    app.checkpoint(what, Some(name)).await;
}

#[tokio::test]
async fn arabic_runs_right_to_left_with_every_string_translated() {
    let sc = Scenario::spouse_low_income("nb");
    let mut app = App::start(Config::new("arabic").lang("ar")).await;
    let input = Input::Keyboard;
    app.wait_js(
        "the UI in Arabic, right to left",
        WAIT,
        "return document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar';",
    )
    .await;

    // Start: the note about the translation, in Arabic and in English.
    app.step("start").await;
    let note = app
        .text("#translation-note")
        .await
        .replace(['\u{2066}', '\u{2069}'], "");
    assert!(
        note.contains("This translation has not been checked by a translator."),
        "#translation-note should say in English too that no translator checked it: {note:?}"
    );
    assert!(
        note.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "#translation-note should be in Arabic as well: {note:?}"
    );
    let en_lang = app
        .js(
            "return document.querySelector('#translation-note [lang=en]') !== null;",
            vec![],
        )
        .await;
    assert_eq!(en_lang, json!(true), "the English note is marked lang=en");

    // The Norwegian words, one click (Enter on the summary) away.
    app.tab_to("css:#legal-terms summary", 150).await;
    app.press(fantoccini::key::Key::Enter).await;
    app.wait_js(
        "the legal terms with their Norwegian words",
        WAIT,
        "const d = document.getElementById('legal-terms'); return d.open && [...d.querySelectorAll('dd.no')].some(e => e.checkVisibility() && e.textContent.includes('utsatt iverksettelse'));",
    )
    .await;
    let norwegian = app
        .js(
            "return [...document.querySelectorAll('#legal-terms dd.no')].map(e => e.textContent.replace(/[\\u2066-\\u2069]/g, ''));",
            vec![],
        )
        .await;
    assert_eq!(
        norwegian,
        json!([
            "klage",
            "vedtak",
            "referanseperson",
            "utsatt iverksettelse",
            "fullmakt",
            "DUF-nummer"
        ])
    );
    // Closed again (Enter on the summary), so the screenshots show the steps.
    app.press(fantoccini::key::Key::Enter).await;
    app.wait_js(
        "the legal terms folded away",
        WAIT,
        "return !document.getElementById('legal-terms').open;",
    )
    .await;
    shot(&mut app, "start (ar)", "01-start").await;

    // Step 1: the letter stays Norwegian (UDI takes Norwegian or English).
    app.activate("new-case", input).await;
    app.step("language").await;
    assert_eq!(
        app.value("letter_language").await,
        "nb",
        "a case started in Arabic gets a letter in bokmål"
    );
    progress_is_mirrored(&app, "language").await;
    app.choose("role", "applicant", input).await;
    shot(&mut app, "language (ar)", "01b-language").await;
    step_nav_is_mirrored(&mut app, "language").await;
    app.next_step("decision", input).await;

    // Step 2: the DUF number, read back, keeps its order (isolated left to
    // right); the field itself runs left to right. Then the whole decision.
    app.step("decision").await;
    app.fill("duf", sc.duf, input).await;
    app.wait_js(
        "the DUF number read back, isolated left to right, in #duf-note",
        WAIT,
        &format!(
            "const n = document.getElementById('duf-note'); return !!n && n.textContent.includes({});",
            json!(format!("\u{2066}{}\u{2069}", sc.duf_display))
        ),
    )
    .await;
    let dir = app
        .js(
            "return getComputedStyle(document.getElementById('duf')).direction;",
            vec![],
        )
        .await;
    assert_eq!(
        dir,
        json!("ltr"),
        "the DUF field (digits) runs left to right"
    );
    progress_is_mirrored(&app, "decision").await;
    app.decision_step(&sc, input, true).await;

    // Step 3: 30 November 2026 in Arabic (CLDR, Latin digits), 5 days left.
    app.step("deadline").await;
    let date = app
        .text("#deadline-date")
        .await
        .replace(['\u{2066}', '\u{2069}'], "");
    assert!(
        date.contains("30") && date.contains("نوفمبر") && date.contains("2026"),
        "#deadline-date should be 30 November 2026 in Arabic: {date:?}"
    );
    let status = app
        .text("#deadline-status")
        .await
        .replace(['\u{2066}', '\u{2069}'], "");
    assert!(
        status.contains('5') && status.contains("أيام"),
        "#deadline-status should say 5 days are left, in Arabic: {status:?}"
    );
    shot(&mut app, "deadline (ar)", "03-deadline").await;
    app.next_step("check", input).await;

    // Step 4: the requirements are not translated yet: they fall back to
    // English message by message, never to a raw id.
    app.step("check").await;
    app.wait_for("#check-screen-title").await;
    shot(
        &mut app,
        "check: first questions (ar)",
        "04a-check-questions",
    )
    .await;
    app.check_step(&sc, input, true).await;

    // Steps 5 to 8, keyboard only, to the exported PDF: the letter is in
    // bokmål, whatever the UI language.
    app.grounds_step(&sc, input, true).await;
    app.attachments_step(input).await;
    app.representative_step(input).await;
    step_nav_is_mirrored(&mut app, "review").await;
    let pdf = app.review_and_export(&sc, input, true).await;
    assert!(
        pdf.contains("Klage") || pdf.contains("klage"),
        "the exported letter should be the Norwegian klage: {pdf}"
    );
    let lang = app
        .js(
            "return document.getElementById('letter-preview').lang;",
            vec![],
        )
        .await;
    assert_eq!(
        lang,
        json!("nb-NO"),
        "the letter preview is marked as bokmål"
    );
    explanation_in_arabic(&mut app).await;
    app.quit().await;
}

/// "What does my letter say?" on the review screen: open at once (the UI
/// speaks Arabic, the letter bokmål), each part of the letter beside its
/// explanation in Arabic, the letter's text exactly as in the preview, the
/// applicant's own words marked, reachable and toggled by keyboard, axe
/// clean; screenshot `08-explain`.
async fn explanation_in_arabic(app: &mut App) {
    app.wait_js(
        "the explanation of the letter",
        WAIT,
        "const l = document.querySelectorAll('#explain-list > li'); return l.length > 5 && document.getElementById('explain').open;",
    )
    .await;
    let v = app
        .js(
            "const norm = (s) => s.replace(/\\s+/g, ' ').trim();             const preview = norm(document.getElementById('letter-preview').textContent);             const rows = [...document.querySelectorAll('#explain-list > li')];             const arabic = /[\\u0600-\\u06FF]/;             return {               rows: rows.length,               says: rows.map((r) => r.querySelector('.explain-says').textContent),               blocks: rows.flatMap((r) => [...r.querySelectorAll('.explain-text p')].map((p) => norm(p.textContent).replace(/^_+ /, ''))),               missing: rows.flatMap((r) => [...r.querySelectorAll('.explain-text p')].map((p) => norm(p.textContent).replace(/^_+ /, ''))).filter((b) => !preview.includes(b)),               not_arabic: rows.map((r) => r.querySelector('.explain-says').textContent).filter((s) => !arabic.test(s)),               own: document.querySelectorAll('#explain-list > li.own .own-words').length,               letter_lang: [...document.querySelectorAll('.explain-text')].every((e) => e.lang === 'nb-NO' && e.dir === 'ltr'),             };",
            vec![],
        )
        .await;
    let rows = v["rows"].as_u64().unwrap_or(0);
    let blocks = v["blocks"].as_array().map_or(0, |b| b.len());
    assert!(
        blocks as u64 >= rows,
        "every part shows its letter text: {v}"
    );
    assert_eq!(
        v["missing"],
        json!([]),
        "the letter text beside each explanation is the letter's own (as in the preview)"
    );
    assert_eq!(
        v["not_arabic"],
        json!([]),
        "every paragraph is explained in Arabic"
    );
    assert!(
        v["own"].as_u64().unwrap_or(0) >= 1,
        "the applicant's own words are marked: {v}"
    );
    assert_eq!(
        v["letter_lang"],
        json!(true),
        "the letter's text is marked as bokmål, left to right"
    );
    // By keyboard: the panel's summary closes and opens it; the print button is reachable.
    app.js(
        "window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();",
        vec![],
    )
    .await;
    app.tab_to("css:#explain > summary", 400).await;
    app.press(Key::Enter).await;
    app.wait_js(
        "the panel to close",
        WAIT,
        "return !document.getElementById('explain').open;",
    )
    .await;
    app.press(Key::Enter).await;
    app.wait_js(
        "the panel to open",
        WAIT,
        "return document.getElementById('explain').open;",
    )
    .await;
    app.tab_to("explain-print", 10).await;
    app.axe("review: what does my letter say? (ar)").await;
    // Side by side, the letter first in reading order: on the right in Arabic.
    const COLUMNS: &str = "const r = document.querySelector('#explain-list > li');\
        const a = r.querySelector('.explain-letter').getBoundingClientRect();\
        const b = r.querySelector('.explain-meaning').getBoundingClientRect();\
        return {letter_left: a.left, meaning_left: b.left, letter_top: a.top, meaning_top: b.top, width: window.innerWidth};";
    let wide = app.js(COLUMNS, vec![]).await;
    let f = |v: &Value, k: &str| v[k].as_f64().unwrap_or(f64::NAN);
    assert!(
        f(&wide, "width") > 720.0,
        "the window is wide enough for two columns: {wide}"
    );
    assert!(
        f(&wide, "letter_left") > f(&wide, "meaning_left")
            && (f(&wide, "letter_top") - f(&wide, "meaning_top")).abs() < 2.0,
        "side by side, the letter on the right in Arabic: {wide}"
    );
    // A narrow window: the explanation stacks under the letter text.
    let (w, h) = app.client.get_window_size().await.expect("window size");
    app.client
        .set_window_size(560, h as u32)
        .await
        .expect("narrow the window");
    app.wait_js(
        "the columns to stack in a narrow window",
        WAIT,
        "const r = document.querySelector('#explain-list > li');\
         return r.querySelector('.explain-meaning').getBoundingClientRect().top > r.querySelector('.explain-letter').getBoundingClientRect().bottom - 1;",
    )
    .await;
    app.axe("review: what does my letter say? narrow (ar)")
        .await;
    app.client
        .set_window_size(w as u32, h as u32)
        .await
        .expect("restore the window");
    app.wait_js(
        "the columns side by side again",
        WAIT,
        "const r = document.querySelector('#explain-list > li');\
         return Math.abs(r.querySelector('.explain-meaning').getBoundingClientRect().top - r.querySelector('.explain-letter').getBoundingClientRect().top) < 2;",
    )
    .await;
    app.js(
        "document.getElementById('explain').scrollIntoView({block: 'start', behavior: 'instant'});",
        vec![],
    )
    .await;
    app.settle().await;
    app.screenshot("08-explain").await;
}

/// The other applicant languages: Somali, Tigrinya, Persian (right to left)
/// and Ukrainian start in their language with the "not checked" note, the
/// app's own font for their script loaded (no boxes), no raw ids, and axe
/// finding nothing on the start and language steps.
#[tokio::test]
async fn the_other_applicant_languages_start_in_their_own_script() {
    for (lang, dir, sample) in [
        ("so", "ltr", "Soomaali"),
        ("ti", "ltr", "ትግርኛ"),
        ("fa", "rtl", "فارسی"),
        ("uk", "ltr", "Українська"),
    ] {
        let mut app = App::start(Config::new(&format!("lang-{lang}")).lang(lang)).await;
        app.wait_js(
            &format!("the UI in {lang}"),
            WAIT,
            &format!(
                "return document.documentElement.lang === {} && document.documentElement.dir === {};",
                json!(lang),
                json!(dir)
            ),
        )
        .await;
        app.step("start").await;
        assert!(
            app.is_visible("#translation-note").await,
            "{lang}: the note that no translator has checked the text"
        );
        // The face of "Klagehjelp Sans" for this script is loaded.
        app.js(
            "window.__fontOk = null; document.fonts.load('16px \"Klagehjelp Sans\"', arguments[0])\
               .then(fs => { window.__fontOk = fs.length > 0 && document.fonts.check('16px \"Klagehjelp Sans\"', arguments[0]); })\
               .catch(() => { window.__fontOk = false; }); return true;",
            vec![json!(sample)],
        )
        .await;
        app.wait_js(
            &format!("{lang}: the app's font for {sample:?} loaded"),
            WAIT,
            "return window.__fontOk === true;",
        )
        .await;
        app.checkpoint(
            &format!("start ({lang})"),
            Some(&format!("{lang}-01-start")),
        )
        .await;
        app.activate("new-case", Input::Pointer).await;
        app.step("language").await;
        app.checkpoint(
            &format!("language ({lang})"),
            Some(&format!("{lang}-02-language")),
        )
        .await;
        app.quit().await;
    }
}

/// The whole path in Somali (left to right), from the start screen to the
/// exported PDF, with no raw id and axe on every step; the letter is in
/// bokmål.
#[tokio::test]
async fn somali_whole_path_to_the_pdf() {
    let sc = Scenario::spouse_low_income("nb");
    let mut app = App::start(Config::new("somali").lang("so")).await;
    let input = Input::Pointer;
    app.wait_js(
        "the UI in Somali",
        WAIT,
        "return document.documentElement.lang === 'so' && document.documentElement.dir === 'ltr';",
    )
    .await;
    app.step("start").await;
    app.checkpoint("start (so)", None).await;
    app.activate("new-case", input).await;
    app.step("language").await;
    assert_eq!(app.value("letter_language").await, "nb");
    app.choose("role", "applicant", input).await;
    app.checkpoint("language (so)", None).await;
    app.next_step("decision", input).await;
    app.decision_step(&sc, input, false).await;
    app.step("deadline").await;
    let date = app.text("#deadline-date").await;
    assert!(
        date.contains("Noofeembar 30, 2026"),
        "#deadline-date should be 30 November 2026 in Somali (CLDR): {date:?}"
    );
    app.checkpoint("deadline (so)", None).await;
    app.next_step("check", input).await;
    app.check_step(&sc, input, false).await;
    app.grounds_step(&sc, input, false).await;
    app.attachments_step(input).await;
    app.representative_step(input).await;
    let pdf = app.review_and_export(&sc, input, false).await;
    assert!(
        pdf.contains("30. november 2026"),
        "the letter is in bokmål: {pdf}"
    );
    app.quit().await;
}
