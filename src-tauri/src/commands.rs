//! Every command the UI may call: thin, synchronous wrappers over the core
//! (`klagehjelp`), except the ones that open a native dialog, which are
//! `async` so the dialog does not block the window. Arguments arrive in
//! snake_case; every error is a [`UiError`] `{code, message}` in the UI
//! language.
use crate::error::{UiError, UiResult};
use crate::store::{self, Store};
use chrono::NaiveDate;
use klagehjelp::case::{Case, Problem};
use klagehjelp::facts::{FactKind, Facts};
use klagehjelp::i18n::FluentValue;
use klagehjelp::letter::LetterKind;
use klagehjelp::session;
use klagehjelp::{Lang, fmt, i18n};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;
use tauri::{AppHandle, Runtime, State};

/// Shared state: where files go, and the files this run has exported.
pub struct AppState {
    pub store: Store,
    /// Files the app itself wrote at the user's request in this run, by id:
    /// the only files `open_file` and `show_in_folder` will hand to the
    /// desktop.
    pub exported: std::sync::Mutex<Vec<Exported>>,
    /// Set when the UI has saved its last edit and the window may close.
    closing: std::sync::atomic::AtomicBool,
    /// An encrypted file chosen for import, waiting for its passphrase
    /// (kept while a wrong passphrase is retried; never written to disk).
    pending_import: std::sync::Mutex<Option<PendingImport>>,
    /// The start screen's data, being put together on its own thread since
    /// the app started (see [`AppState::prepare_start`]); taken by the first
    /// `start_view`.
    prepared_start: std::sync::Mutex<Option<std::thread::JoinHandle<StartView>>>,
}

/// An encrypted case file read for import, not yet decrypted.
#[derive(Debug, Clone)]
pub struct PendingImport {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// A file the app wrote at the user's request in this run.
#[derive(Debug, Clone)]
pub struct Exported {
    pub path: PathBuf,
    /// The case it came from, when known.
    pub case_id: Option<String>,
}

impl AppState {
    pub fn new(store: Store) -> Self {
        AppState {
            store,
            exported: std::sync::Mutex::new(Vec::new()),
            closing: std::sync::atomic::AtomicBool::new(false),
            pending_import: std::sync::Mutex::new(None),
            prepared_start: std::sync::Mutex::new(None),
        }
    }

    /// Starts putting the start screen's data together on its own thread,
    /// while the window and its web view start (issue 11 § 5: the page then
    /// finds it ready instead of asking in rounds on the main thread).
    /// `state` reads the app's state once it is managed.
    pub fn prepare_start(&self, state: impl FnOnce() -> StartView + Send + 'static) {
        let job = std::thread::Builder::new()
            .name("start-view".into())
            .spawn(state)
            .ok();
        *self
            .prepared_start
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = job;
    }

    /// The start screen's data put together at start, once (later starts of
    /// the start screen read it afresh).
    fn take_prepared_start(&self) -> Option<StartView> {
        let job = self
            .prepared_start
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()?;
        job.join().ok()
    }

    /// Whether the UI has saved and the window may close now.
    pub fn may_close(&self) -> bool {
        self.closing.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Remembers an exported file; its id is what the UI may pass back.
    fn remember_export(&self, path: PathBuf, case_id: Option<String>) -> String {
        let mut list = self.exported.lock().unwrap_or_else(|e| e.into_inner());
        list.push(Exported { path, case_id });
        format!("export-{}", list.len())
    }

    /// The path of an exported file by its id, if this run exported it.
    pub fn exported_path(&self, file_id: &str) -> Option<PathBuf> {
        let n: usize = file_id.strip_prefix("export-")?.parse().ok()?;
        let list = self.exported.lock().unwrap_or_else(|e| e.into_inner());
        list.get(n.checked_sub(1)?).map(|e| e.path.clone())
    }

    /// The files this run exported that still exist (of one case, or all),
    /// each path once, with its latest id.
    fn existing_exports(&self, case_id: Option<&str>) -> Vec<ExportedFile> {
        let list = self.exported.lock().unwrap_or_else(|e| e.into_inner());
        let mut out: Vec<ExportedFile> = vec![];
        for (i, e) in list.iter().enumerate().rev() {
            let wanted = case_id.is_none_or(|c| e.case_id.as_deref() == Some(c));
            if wanted
                && e.path.is_file()
                && !out.iter().any(|o| o.path == e.path.display().to_string())
            {
                out.push(ExportedFile {
                    file_id: format!("export-{}", i + 1),
                    path: e.path.display().to_string(),
                });
            }
        }
        out.reverse();
        out
    }

    /// Reception mode: cases in memory only, file names without the person's name.
    pub fn reception(&self) -> bool {
        self.store.is_memory()
    }
}

/// The handler with every command, for `Builder::invoke_handler`.
pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        start_view,
        ui_strings,
        ui_language,
        save_settings,
        check_date,
        check_duf,
        deadline,
        deadline_ics,
        requirement_list,
        interview,
        answer,
        check,
        grounds,
        letter_preview,
        route,
        export_pdf,
        open_file,
        show_in_folder,
        close_window,
        exported_files,
        delete_exported,
        finish_session,
        set_reception_mode,
        list_cases,
        new_case,
        load_case,
        save_case,
        duplicate_case,
        delete_case,
        restore_backup,
        export_case,
        import_case,
        after_sending,
        record_sent,
        follow_up_ics,
        export_letter,
        passphrase_strength,
        export_case_encrypted,
        import_encrypted,
        cancel_import,
        pick_attachment_files,
        attachment_files_info,
        add_attachment_files,
        export_bundle,
    ]
}

// ---------------------------------------------------------------- helpers

/// "Today" for the whole app: the local date (a test build may fix it, see
/// [`crate::hooks`]).
pub fn today() -> NaiveDate {
    crate::hooks::today().unwrap_or_else(|| chrono::Local::now().date_naive())
}

fn lang_of(code: &str) -> Lang {
    code.parse().unwrap_or_default()
}

/// Reads a date as people type it (see [`klagehjelp::dates::parse_date`]).
pub use klagehjelp::dates::parse_date;

/// A required date field: parsed, or an error at `field`.
fn date_field(lang: Lang, field: &str, text: &str) -> UiResult<NaiveDate> {
    if text.trim().is_empty() {
        return Err(UiError::app(lang, "date.missing").at(field));
    }
    let d = parse_date(text).ok_or_else(|| {
        UiError::app_with(lang, "date.invalid", &[("value", text.to_string().into())]).at(field)
    })?;
    // A typo in the year (2062, 1026) never becomes a deadline.
    klagehjelp::dates::plausible(d, today()).map_err(|why| {
        let limit = match why {
            klagehjelp::dates::Implausible::TooLate { limit } => limit,
            klagehjelp::dates::Implausible::TooEarly => klagehjelp::dates::earliest(),
        };
        UiError::app_with(
            lang,
            why.code(),
            &[
                ("value", text.trim().to_string().into()),
                ("limit", fmt::date_long(lang, limit).into()),
            ],
        )
        .at(field)
    })
}

fn opt_date_field(lang: Lang, field: &str, text: Option<&str>) -> UiResult<Option<NaiveDate>> {
    match text {
        Some(t) if !t.trim().is_empty() => date_field(lang, field, t).map(Some),
        _ => Ok(None),
    }
}

/// The case as the UI holds it, checked against the case-file format by the core.
fn case_from_value(lang: Lang, v: Value) -> UiResult<Case> {
    Case::from_json(&v.to_string()).map_err(|e| UiError::user_facing(lang, &e))
}

/// A case file's bytes (UTF-8, or UTF-16 with a byte-order mark), read by the core.
fn case_from_bytes(lang: Lang, bytes: &[u8]) -> UiResult<Case> {
    Case::from_bytes(bytes).map_err(|e| UiError::user_facing(lang, &e))
}

fn pretty(v: &impl Serialize) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

// ---------------------------------------------------------------- app, strings, settings

/// About the app and this computer, for the start screen.
#[derive(Debug, Serialize)]
pub struct AppInfo {
    pub today: NaiveDate,
    pub today_long: String,
    pub data_dir: String,
    /// The saved settings (`{role, ui_lang}`), or null on first start.
    pub settings: Option<Value>,
    pub version: &'static str,
    /// Reception mode: nothing of a case is written to disk (see README).
    pub reception: bool,
}

/// Everything the first screen shows, in one answer: the page asks for it
/// while it is still loading, and the app has put it together since it
/// started (issue 11 § 5: one round before the start screen, not three).
#[derive(Debug, Serialize)]
pub struct StartView {
    pub info: AppInfo,
    /// The UI's strings in the UI language (as `ui_strings`).
    pub strings: BTreeMap<String, String>,
    /// The UI language (as `ui_language`): the one saved in the settings,
    /// else the system's, else bokmål.
    pub language: i18n::UiLanguageView,
    /// The saved cases (as `list_cases`).
    pub cases: Vec<CaseSummary>,
}

/// The UI language guessed from the system locale (bokmål if none fits).
fn system_lang() -> Lang {
    ["KLAGEHJELP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| std::env::var(v).ok().as_deref().and_then(Lang::from_locale))
        .unwrap_or(Lang::Nb)
}

/// The start screen's data for the app's state now.
pub fn start_view_of(state: &AppState) -> StartView {
    let settings: Option<Value> = state
        .store
        .load_settings()
        .and_then(|s| serde_json::from_str(&s).ok());
    let lang = settings
        .as_ref()
        .and_then(|s| s["ui_lang"].as_str())
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(system_lang);
    let today = today();
    StartView {
        info: AppInfo {
            today,
            today_long: fmt::date_with_weekday(lang, today),
            data_dir: state.store.root().display().to_string(),
            settings,
            version: env!("CARGO_PKG_VERSION"),
            reception: state.reception(),
        },
        strings: i18n::messages_with_prefix(lang, "ui-"),
        language: i18n::ui_language_view(lang),
        cases: cases_of(state, lang),
    }
}

/// The start screen's data: the one put together at start if it is still
/// waiting, else read now. Runs off the main thread (async), which serves
/// the page's files meanwhile.
#[tauri::command(rename_all = "snake_case")]
async fn start_view(state: State<'_, AppState>) -> UiResult<StartView> {
    Ok(state
        .take_prepared_start()
        .unwrap_or_else(|| start_view_of(&state)))
}

/// Every UI string (`ui-*` Fluent messages) in `lang`, falling back to bokmål.
#[tauri::command(rename_all = "snake_case")]
fn ui_strings(lang: String) -> BTreeMap<String, String> {
    i18n::messages_with_prefix(lang_of(&lang), "ui-")
}

/// The UI language as the UI shows it: `lang` and `dir` for the document,
/// the language menu (each language in its own name), the "not checked by
/// a translator" note and the legal terms with their Norwegian words.
#[tauri::command(rename_all = "snake_case")]
fn ui_language(lang: String) -> i18n::UiLanguageView {
    i18n::ui_language_view(lang_of(&lang))
}

#[tauri::command(rename_all = "snake_case")]
fn save_settings(state: State<'_, AppState>, settings: Value, lang: String) -> UiResult<()> {
    let lang = lang_of(&lang);
    // Reception mode writes nothing; the choices last for the session.
    if state.reception() {
        return Ok(());
    }
    state
        .store
        .save_settings(&pretty(&settings))
        .map_err(|e| UiError::io(lang, "io.write", state.store.root(), &e))
}

// ---------------------------------------------------------------- checks as typed

/// A date as typed, read back: ISO form and the long form with weekday.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct DateCheck {
    pub iso: String,
    pub long: String,
}

#[tauri::command(rename_all = "snake_case")]
fn check_date(text: String, field: String, lang: String) -> UiResult<DateCheck> {
    let lang = lang_of(&lang);
    let d = date_field(lang, &field, &text)?;
    Ok(DateCheck {
        iso: d.format("%Y-%m-%d").to_string(),
        long: fmt::date_with_weekday(lang, d),
    })
}

/// The DUF number checked as typed.
#[derive(Debug, Serialize)]
pub struct DufView {
    pub normalized: String,
    pub display: String,
    /// Warnings (never a rejection), e.g. a check digit that does not match.
    pub warnings: Vec<UiError>,
}

#[tauri::command(rename_all = "snake_case")]
fn check_duf(text: String, lang: String) -> UiResult<DufView> {
    let lang = lang_of(&lang);
    let c = klagehjelp::duf::parse(&text, today())
        .map_err(|e| UiError::user_facing(lang, &e).at("duf"))?;
    Ok(DufView {
        warnings: c
            .warnings
            .iter()
            .map(|w| UiError::user_facing(lang, w))
            .collect(),
        normalized: c.normalized,
        display: c.display,
    })
}

// ---------------------------------------------------------------- deadline

/// The klage deadline, ready to show.
#[derive(Debug, Serialize)]
pub struct DeadlineView {
    /// The core's report (dates ISO, status `open|last_day|passed`, days_left, …).
    pub report: Value,
    /// The effective deadline, long with weekday.
    pub effective_long: String,
    pub computed_long: String,
    pub stated_long: Option<String>,
    pub one_year_limit_long: Option<String>,
    /// "25 days left (today is …)": the status in words, from the core.
    pub days_left_text: String,
    /// Short status for the big display: "12 days left", "Today is the last day", …
    pub status_text: String,
    /// Plain-language notes with sources, from the core: why this date.
    pub notes: Vec<String>,
    /// What to do now, from the core.
    pub todo: Vec<String>,
}

/// "12 days left" / "Today is the last day" / "The deadline passed 3 days ago".
fn status_text(lang: Lang, r: &klagehjelp::deadline::DeadlineReport) -> String {
    let id = format!("ui-deadline-short-{}", r.status.as_str().replace('_', "-"));
    i18n::tr(lang, &id, &[("days", FluentValue::from(r.days_left.abs()))])
}

/// Computes the deadline from the decision's dates as typed.
/// `stated_confirmed`: the user confirmed a printed deadline more than two
/// months after receipt (`decision.stated_deadline_confirmed`).
fn compute_deadline_confirmed(
    lang: Lang,
    received: &str,
    stated: Option<&str>,
    decided: Option<&str>,
    stated_confirmed: bool,
) -> UiResult<klagehjelp::deadline::DeadlineReport> {
    use klagehjelp::deadline::{DeadlineError, DeadlineInput, compute_with};
    let input = DeadlineInput {
        received: date_field(lang, "decision.received", received)?,
        stated: opt_date_field(lang, "decision.stated_deadline", stated)?,
        decided: opt_date_field(lang, "decision.date", decided)?,
        today: today(),
    };
    compute_with(&input, stated_confirmed).map_err(|e| {
        let field = match e {
            DeadlineError::DecidedAfterReceived { .. } => "decision.date",
            _ => "decision.received",
        };
        UiError::user_facing(lang, &e).at(field)
    })
}

#[tauri::command(rename_all = "snake_case")]
fn deadline(
    received: String,
    stated: Option<String>,
    decided: Option<String>,
    stated_confirmed: Option<bool>,
    lang: String,
) -> UiResult<DeadlineView> {
    let lang = lang_of(&lang);
    let r = compute_deadline_confirmed(
        lang,
        &received,
        stated.as_deref(),
        decided.as_deref(),
        stated_confirmed.unwrap_or(false),
    )?;
    let e = r.explain(lang);
    Ok(DeadlineView {
        effective_long: fmt::date_with_weekday(lang, r.effective),
        computed_long: fmt::date_with_weekday(lang, r.computed),
        stated_long: r.stated.map(|d| fmt::date_with_weekday(lang, d)),
        one_year_limit_long: r.one_year_limit.map(|d| fmt::date_long(lang, d)),
        days_left_text: e.status_line,
        status_text: status_text(lang, &r),
        notes: e.why,
        todo: e.todo,
        report: serde_json::to_value(&r).unwrap_or(Value::Null),
    })
}

/// Where a file was written.
#[derive(Debug, Serialize)]
pub struct Written {
    pub path: String,
    pub millis: u128,
    /// What `open_file` and `show_in_folder` accept for this file.
    pub file_id: String,
}

// Each argument is one named IPC argument of the UI's call.
#[allow(clippy::too_many_arguments)]
#[tauri::command(rename_all = "snake_case")]
async fn deadline_ics<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    received: String,
    stated: Option<String>,
    decided: Option<String>,
    duf: String,
    case_id: Option<String>,
    stated_confirmed: Option<bool>,
    lang: String,
) -> UiResult<Option<Written>> {
    let lang = lang_of(&lang);
    let r = compute_deadline_confirmed(
        lang,
        &received,
        stated.as_deref(),
        decided.as_deref(),
        stated_confirmed.unwrap_or(false),
    )?;
    let ics = klagehjelp::ics::deadline_calendar(&r, lang);
    let digits: String = duf.chars().filter(char::is_ascii_digit).collect();
    let file_name = if state.reception() {
        // A shared computer: no DUF number in a file name others can see.
        "klagefrist.ics".to_string()
    } else if digits.is_empty() {
        format!("klagefrist-{}.ics", r.effective)
    } else {
        format!("klagefrist-{digits}.ics")
    };
    let path = choose_save_path(&app, lang, &file_name, "iCalendar", &["ics"]);
    write_chosen(&state, lang, path, ics.as_bytes(), 0, case_id)
}

// ---------------------------------------------------------------- requirements

/// A requirement or a refusal ground the app recognises, for the "reasons
/// named in the decision" list.
#[derive(Debug, Serialize)]
pub struct RequirementItem {
    pub id: String,
    pub title: String,
    pub source: String,
    /// A refusal ground (pro-forma, identity, …) rather than a requirement.
    pub ground: bool,
}

#[tauri::command(rename_all = "snake_case")]
fn requirement_list(lang: String) -> UiResult<Vec<RequirementItem>> {
    use klagehjelp::law::{self, render};
    let lang = lang_of(&lang);
    let reqs = law::ids().map(|id| (id, false));
    let grounds = law::GROUNDS.iter().map(|g| (g.id, true));
    Ok(reqs
        .chain(grounds)
        .map(|(id, ground)| RequirementItem {
            id: id.to_string(),
            title: render::title(id, lang),
            source: render::provisions(id),
            ground,
        })
        .collect())
}

/// The facts as the UI holds them.
fn facts_from_value(lang: Lang, v: Value) -> UiResult<Facts> {
    serde_json::from_value::<Facts>(v).map_err(|e| {
        UiError::app_with(lang, "facts.invalid", &[("reason", e.to_string().into())]).at("facts")
    })
}

#[tauri::command(rename_all = "snake_case")]
fn interview(facts: Value, lang: String) -> UiResult<session::InterviewView> {
    let lang = lang_of(&lang);
    let facts = facts_from_value(lang, facts)?;
    Ok(session::interview_view(&facts, lang, today()))
}

/// Stores one answer as typed or picked: the core reads it (`2,5`, `416 512`,
/// `ja`, a date) and checks it against the fact's type. Returns the new facts.
#[tauri::command(rename_all = "snake_case")]
fn answer(facts: Value, fact: String, value: Value, lang: String) -> UiResult<Value> {
    let lang = lang_of(&lang);
    let facts = facts_from_value(lang, facts)?;
    let field = format!("facts.{fact}");
    let kind = klagehjelp::interview::question(&fact).map(|q| q.kind);
    // Dates as people type them (9.11.2026) are read here, then checked by the core.
    let value = match (value, kind) {
        (Value::String(text), Some(FactKind::Date | FactKind::DateOrNever))
            if !text.trim().is_empty() && parse_date(&text).is_some() =>
        {
            Value::String(
                date_field(lang, &field, &text)?
                    .format("%Y-%m-%d")
                    .to_string(),
            )
        }
        (v, _) => v,
    };
    let new = session::answer(&facts, &fact, value)
        .map_err(|e| UiError::user_facing(lang, &e).at(&field))?;
    Ok(serde_json::to_value(new).unwrap_or(Value::Null))
}

/// The requirements check of a case (its facts and the refusal grounds it names), as cards.
#[tauri::command(rename_all = "snake_case")]
fn check(case: Value, lang: String) -> UiResult<session::CheckView> {
    let lang = lang_of(&lang);
    let case = case_from_value(lang, case)?;
    Ok(session::check_view(&case.facts_for_check(), lang, today()))
}

/// The grounds the letter should argue, with draft texts in the letter's language.
#[tauri::command(rename_all = "snake_case")]
fn grounds(case: Value, lang: String) -> UiResult<Vec<GroundView>> {
    let lang = lang_of(&lang);
    let case = case_from_value(lang, case)?;
    let letter_lang = case.letter_language;
    let ui = session::grounds_to_argue(&case, lang, today());
    let letter = session::grounds_to_argue(&case, letter_lang, today());
    Ok(ui
        .into_iter()
        .zip(letter)
        .map(|(u, l)| GroundView {
            letter_text: l.suggested_text,
            letter_documents: l.documents,
            ground: u,
        })
        .collect())
}

/// A ground to argue, titled in the UI language, with the draft in the letter's language.
#[derive(Debug, Serialize)]
pub struct GroundView {
    #[serde(flatten)]
    pub ground: session::GroundSuggestion,
    /// The draft in the letter's language.
    pub letter_text: String,
    /// Documents to attach, titled in the letter's language.
    pub letter_documents: Vec<String>,
}

// ---------------------------------------------------------------- letter

/// The letter as it will be printed, or what is missing.
#[derive(Debug, Serialize)]
pub struct LetterView {
    /// The text the PDF holds; None while errors stop the letter.
    pub text: Option<String>,
    pub kind: Option<LetterKind>,
    /// Errors (the letter cannot be made) and warnings, in the UI language.
    pub problems: Vec<Problem>,
    /// Facts an older case file held that are asked again now.
    pub migration_notice: Option<String>,
    /// "What does my letter say?": the same letter, part by part, explained
    /// in the UI language (`klagehjelp::explain`); None while errors stop it.
    pub explanation: Option<klagehjelp::explain::Explanation>,
}

#[tauri::command(rename_all = "snake_case")]
fn letter_preview(case: Value, lang: String) -> UiResult<LetterView> {
    let lang = lang_of(&lang);
    let case = case_from_value(lang, case)?;
    let migration_notice = session::migration_notice(&case, lang);
    Ok(match session::build_letter(&case, None, today()) {
        Ok(l) => LetterView {
            text: Some(l.to_text()),
            kind: Some(l.kind),
            problems: session::letter_warnings(&case, &l, lang, today()),
            migration_notice,
            explanation: Some(klagehjelp::explain::explain(&l, lang)),
        },
        Err(problems) => LetterView {
            text: None,
            kind: None,
            problems: problems.into_iter().map(|p| p.in_lang(lang)).collect(),
            migration_notice,
            explanation: None,
        },
    })
}

/// Where the klage goes and what comes after (`klagehjelp::routes`), with
/// the headings in the UI language: the same as `klagehjelp route`.
#[derive(Debug, Serialize)]
pub struct RouteView {
    pub route: klagehjelp::routes::Route,
    /// Headings, by key (`send_to`, `channels`, …).
    pub labels: std::collections::BTreeMap<&'static str, String>,
}

#[tauri::command(rename_all = "snake_case")]
fn route(case: Value, lang: String) -> UiResult<RouteView> {
    let lang = lang_of(&lang);
    let case = case_from_value(lang, case)?;
    let labels = [
        ("send_to", "route-cli-send-to"),
        ("address_unknown", "route-cli-address-unknown"),
        ("channels", "route-cli-channels"),
        ("who", "route-cli-who"),
        ("next", "route-cli-next"),
        ("last", "route-cli-last"),
        ("also", "route-cli-also"),
        ("warnings", "route-cli-warnings"),
        ("sources", "route-cli-sources"),
        ("candidates", "route-cli-candidates"),
    ]
    .into_iter()
    .map(|(k, id)| (k, klagehjelp::i18n::t(lang, id)))
    .collect();
    Ok(RouteView {
        route: klagehjelp::routes::route(&session::letter_case(&case, today()), today(), lang),
        labels,
    })
}

#[tauri::command(rename_all = "snake_case")]
async fn export_pdf<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    case: Value,
    case_id: Option<String>,
    lang: String,
) -> UiResult<Option<Written>> {
    let lang = lang_of(&lang);
    let case = case_from_value(lang, case)?;
    let file_name = format!("{}.pdf", file_stem(&state, &case, "klage"));
    let started = std::time::Instant::now();
    let today = today();
    // Layout and fonts of a big case take a while: on a worker thread, so
    // the window and the other commands stay responsive meanwhile (the UI
    // shows its progress note until this returns).
    let export =
        tauri::async_runtime::spawn_blocking(move || session::export_pdf(&case, None, lang, today))
            .await
            .map_err(|e| {
                UiError::app_with(lang, "pdf.failed", &[("reason", e.to_string().into())])
            })?
            .map_err(|e| export_error(lang, e))?;
    let millis = started.elapsed().as_millis();
    let path = crate::hooks::save_path()
        .or_else(|| choose_save_path(&app, lang, &file_name, "PDF", &["pdf"]));
    write_chosen(&state, lang, path, &export.pdf, millis, case_id)
}

/// Why an export was refused, for the UI: every problem of the case at once
/// (the first one's field is where the UI goes), or why the PDF failed.
fn export_error(lang: Lang, e: session::ExportError) -> UiError {
    match e {
        session::ExportError::Problems(ps) => {
            let first = ps.first();
            UiError {
                code: first.map_or("case.invalid".into(), |p| p.code.clone()),
                message: ps
                    .iter()
                    .map(|p| p.message.clone())
                    .collect::<Vec<_>>()
                    .join(" "),
                field: first.map(|p| p.field.clone()),
            }
        }
        session::ExportError::Pdf(reason) => {
            UiError::app_with(lang, "pdf.failed", &[("reason", reason.into())])
        }
    }
}

/// The path of a file this run exported, by the id `write_chosen` gave it.
/// Anything else (a path, a URL, an id of another run) is refused: the UI
/// can never make the desktop open what the app did not write.
fn exported(state: &AppState, lang: Lang, file_id: &str) -> UiResult<PathBuf> {
    state
        .exported_path(file_id)
        .filter(|p| p.is_file())
        .ok_or_else(|| UiError::app(lang, "open.unknown"))
}

/// A file this run exported, for the offer to delete it.
#[derive(Debug, Serialize)]
pub struct ExportedFile {
    pub file_id: String,
    pub path: String,
}

/// The files this run exported from case `case_id` that still exist
/// (offered for deletion when the case is deleted).
#[tauri::command(rename_all = "snake_case")]
fn exported_files(state: State<'_, AppState>, case_id: String) -> Vec<ExportedFile> {
    state.existing_exports(Some(&case_id))
}

/// Deletes files this run exported, by id (never any other file). Returns
/// how many were deleted.
#[tauri::command(rename_all = "snake_case")]
fn delete_exported(
    state: State<'_, AppState>,
    file_ids: Vec<String>,
    lang: String,
) -> UiResult<usize> {
    let lang = lang_of(&lang);
    let mut n = 0;
    for id in file_ids {
        let path = exported(&state, lang, &id)?;
        std::fs::remove_file(&path).map_err(|e| UiError::io(lang, "io.delete", &path, &e))?;
        n += 1;
    }
    Ok(n)
}

/// What "Finish and clear" leaves: the files saved during the session.
#[derive(Debug, Serialize)]
pub struct Finished {
    /// How many cases were forgotten.
    pub cleared: usize,
    /// Files exported in this session that still exist (offered for deletion).
    pub files: Vec<ExportedFile>,
}

/// Reception mode: ends the session. Every case of it is forgotten (they
/// were never on disk); the files it exported are listed so the UI can
/// offer to delete them.
#[tauri::command(rename_all = "snake_case")]
fn finish_session(state: State<'_, AppState>) -> Finished {
    Finished {
        cleared: state.store.clear_memory(),
        files: state.existing_exports(None),
    }
}

/// Turns reception mode on or off for this computer, from the next start
/// (it is kept in `settings.json`, the one file reception mode writes, and
/// only when this is chosen).
#[tauri::command(rename_all = "snake_case")]
fn set_reception_mode(state: State<'_, AppState>, on: bool, lang: String) -> UiResult<()> {
    let lang = lang_of(&lang);
    let mut settings = state
        .store
        .load_settings()
        .and_then(|s| serde_json::from_str::<Value>(&s).ok())
        .filter(Value::is_object)
        .unwrap_or_else(|| Value::Object(Default::default()));
    settings["reception_mode"] = Value::Bool(on);
    state
        .store
        .save_settings(&pretty(&settings))
        .map_err(|e| UiError::io(lang, "io.write", state.store.root(), &e))
}

/// The UI has saved its last edit after the window was asked to close: close it.
#[tauri::command(rename_all = "snake_case")]
fn close_window<R: Runtime>(window: tauri::Window<R>, state: State<'_, AppState>) {
    state
        .closing
        .store(true, std::sync::atomic::Ordering::SeqCst);
    let _ = window.close();
}

#[tauri::command(rename_all = "snake_case")]
fn open_file(state: State<'_, AppState>, file_id: String, lang: String) -> UiResult<()> {
    let lang = lang_of(&lang);
    let path = exported(&state, lang, &file_id)?;
    crate::desktop::open_path(&path).map_err(|reason| open_failed(lang, &path, reason))
}

#[tauri::command(rename_all = "snake_case")]
fn show_in_folder(state: State<'_, AppState>, file_id: String, lang: String) -> UiResult<()> {
    let lang = lang_of(&lang);
    let path = exported(&state, lang, &file_id)?;
    crate::desktop::reveal(&path).map_err(|reason| open_failed(lang, &path, reason))
}

/// The error when the desktop could not open or show an exported file.
fn open_failed(lang: Lang, path: &std::path::Path, reason: String) -> UiError {
    UiError::app_with(
        lang,
        "open.failed",
        &[
            ("path", path.display().to_string().into()),
            ("reason", reason.into()),
        ],
    )
}

// ---------------------------------------------------------------- saved cases

/// One row of the start screen.
#[derive(Debug, Serialize)]
pub struct CaseSummary {
    pub id: String,
    pub name: String,
    pub duf: String,
    pub deadline: Option<NaiveDate>,
    pub deadline_long: Option<String>,
    pub days_left: Option<i64>,
    pub status: Option<String>,
    /// The status in words ("12 days left").
    pub days_text: Option<String>,
    /// The file could not be read as a case: shown, not hidden.
    pub error: Option<String>,
    /// The case file's name (shown with an error, so it can be found and sent for help).
    pub file_name: String,
    /// Whether the version before the last save is kept (offered when the file is damaged).
    pub has_backup: bool,
}

fn summary(lang: Lang, s: &store::Stored) -> CaseSummary {
    let read = match &s.bytes {
        Ok(bytes) => case_from_bytes(lang, bytes),
        Err(reason) => Err(UiError::app_with(
            lang,
            "case.unreadable",
            &[("reason", reason.clone().into())],
        )),
    };
    match read {
        Ok(case) => {
            let name = format!(
                "{} {}",
                case.applicant.given_name.trim(),
                case.applicant.family_name.trim()
            )
            .trim()
            .to_string();
            let d = &case.decision;
            let report = compute_deadline_confirmed(
                lang,
                &d.received,
                d.stated_deadline.as_deref(),
                Some(d.date.as_str()),
                d.stated_deadline_confirmed,
            )
            .ok();
            CaseSummary {
                id: s.id.clone(),
                name,
                duf: case.duf.clone(),
                deadline: report.as_ref().map(|r| r.effective),
                deadline_long: report.as_ref().map(|r| fmt::date_long(lang, r.effective)),
                days_left: report.as_ref().map(|r| r.days_left),
                status: report.as_ref().map(|r| r.status.as_str().to_string()),
                days_text: report.as_ref().map(|r| status_text(lang, r)),
                error: None,
                file_name: s.file_name.clone(),
                has_backup: s.has_backup,
            }
        }
        Err(e) => CaseSummary {
            id: s.id.clone(),
            name: String::new(),
            duf: String::new(),
            deadline: None,
            deadline_long: None,
            days_left: None,
            status: None,
            days_text: None,
            error: Some(e.message),
            file_name: s.file_name.clone(),
            has_backup: s.has_backup,
        },
    }
}

#[tauri::command(rename_all = "snake_case")]
fn list_cases(state: State<'_, AppState>, lang: String) -> Vec<CaseSummary> {
    cases_of(&state, lang_of(&lang))
}

/// The saved cases as the start screen lists them.
fn cases_of(state: &AppState, lang: Lang) -> Vec<CaseSummary> {
    state
        .store
        .list()
        .iter()
        .map(|s| summary(lang, s))
        .collect()
}

/// A new, empty case, saved at once so it shows in the list.
#[derive(Debug, Serialize)]
pub struct Opened {
    pub id: String,
    pub case: Value,
    pub ui: Option<Value>,
}

#[tauri::command(rename_all = "snake_case")]
fn new_case(state: State<'_, AppState>, letter_language: String, lang: String) -> UiResult<Opened> {
    let lang = lang_of(&lang);
    // A klage is written in nb, nn or en (UDI's rule): a UI language such as
    // Arabic starts the letter in bokmål, and the applicant chooses on step 1.
    let case = Case {
        letter_language: lang_of(&letter_language).default_letter_language(),
        ..Case::default()
    };
    let id = Store::new_id();
    state
        .store
        .save(&id, &pretty(&case), None)
        .map_err(|e| UiError::io(lang, "io.write", state.store.root(), &e))?;
    Ok(Opened {
        id,
        case: serde_json::to_value(&case).unwrap_or(Value::Null),
        ui: None,
    })
}

fn checked_id(lang: Lang, id: &str) -> UiResult<()> {
    if store::valid_id(id) {
        Ok(())
    } else {
        Err(UiError::app(lang, "case.not_found"))
    }
}

#[tauri::command(rename_all = "snake_case")]
fn load_case(state: State<'_, AppState>, id: String, lang: String) -> UiResult<Opened> {
    let lang = lang_of(&lang);
    checked_id(lang, &id)?;
    let (bytes, ui) = state
        .store
        .load(&id)
        .map_err(|e| UiError::io(lang, "io.read", &state.store.case_path(&id), &e))?;
    let case = case_from_bytes(lang, &bytes)?;
    Ok(Opened {
        id,
        case: serde_json::to_value(&case).unwrap_or(Value::Null),
        ui: ui.and_then(|u| serde_json::from_str(&u).ok()),
    })
}

/// Autosave: the case in the case-file format, plus the screen state.
#[tauri::command(rename_all = "snake_case")]
fn save_case(
    state: State<'_, AppState>,
    id: String,
    case: Value,
    ui: Option<Value>,
    lang: String,
) -> UiResult<()> {
    let lang = lang_of(&lang);
    checked_id(lang, &id)?;
    // Checked before it is written: a case this version could not open
    // again is refused, never stored (the last good version stays).
    let case = case_from_value(lang, case)?;
    if let Some(long) = case.too_long().first() {
        return Err(UiError::app_with(
            lang,
            "text.too_long",
            &[
                (
                    "field",
                    klagehjelp::case::field_label(lang, &long.path).into(),
                ),
                ("chars", FluentValue::from(long.chars)),
                ("limit", FluentValue::from(klagehjelp::case::MAX_TEXT_CHARS)),
            ],
        )
        .at(&long.path));
    }
    state
        .store
        .save(&id, &case.to_json(), ui.as_ref().map(pretty).as_deref())
        .map(|_| ())
        .map_err(|e| UiError::io(lang, "io.write", &state.store.case_path(&id), &e))
}

#[tauri::command(rename_all = "snake_case")]
fn duplicate_case(state: State<'_, AppState>, id: String, lang: String) -> UiResult<String> {
    let lang = lang_of(&lang);
    checked_id(lang, &id)?;
    let (bytes, ui) = state
        .store
        .load(&id)
        .map_err(|e| UiError::io(lang, "io.read", &state.store.case_path(&id), &e))?;
    let mut case = case_from_bytes(lang, &bytes)?;
    let new_id = Store::new_id();
    state
        .store
        .save(&new_id, &case.to_json(), ui.as_deref())
        .map_err(|e| UiError::io(lang, "io.write", state.store.root(), &e))?;
    // The copy gets its own copies of the attached files: deleting one
    // case never takes the other's.
    let renamed = state
        .store
        .copy_files(&id, &new_id)
        .map_err(|e| UiError::io(lang, "io.write", &state.store.files_dir(&new_id), &e))?;
    if !renamed.is_empty() {
        for f in case.attachments.iter_mut().flat_map(|a| a.files.iter_mut()) {
            if let Some((_, new)) = renamed.iter().find(|(old, _)| old == f) {
                *f = new.clone();
            }
        }
        state
            .store
            .save(&new_id, &case.to_json(), ui.as_deref())
            .map_err(|e| UiError::io(lang, "io.write", state.store.root(), &e))?;
    }
    Ok(new_id)
}

/// Puts the version before the last save back (offered for a damaged file).
#[tauri::command(rename_all = "snake_case")]
fn restore_backup(state: State<'_, AppState>, id: String, lang: String) -> UiResult<()> {
    let lang = lang_of(&lang);
    checked_id(lang, &id)?;
    let bak = state.store.backup_path(&id);
    let bytes = state
        .store
        .load_backup(&id)
        .map_err(|e| UiError::io(lang, "io.read", &bak, &e))?;
    // Only a backup that opens is put back.
    case_from_bytes(lang, &bytes)?;
    state
        .store
        .restore_backup(&id)
        .map_err(|e| UiError::io(lang, "io.write", &state.store.case_path(&id), &e))
}

#[tauri::command(rename_all = "snake_case")]
fn delete_case(state: State<'_, AppState>, id: String, lang: String) -> UiResult<()> {
    let lang = lang_of(&lang);
    checked_id(lang, &id)?;
    state
        .store
        .delete(&id)
        .map_err(|e| UiError::io(lang, "io.delete", &state.store.case_path(&id), &e))
}

/// Export a saved case as a `.klage.json` file chosen in a Save dialog
/// (or into the export folder of a test build, see [`crate::hooks`]).
#[tauri::command(rename_all = "snake_case")]
async fn export_case<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    lang: String,
) -> UiResult<Option<Written>> {
    let lang = lang_of(&lang);
    checked_id(lang, &id)?;
    let (bytes, _) = state
        .store
        .load(&id)
        .map_err(|e| UiError::io(lang, "io.read", &state.store.case_path(&id), &e))?;
    // A damaged file is exported as it is, so someone can help repair it.
    let (file_name, bytes) = match case_from_bytes(lang, &bytes) {
        Ok(case) => (
            format!("{}.klage.json", file_stem(&state, &case, "klage")),
            case.to_json().into_bytes(),
        ),
        Err(_) => (format!("klage-damaged-{id}.klage.json"), bytes),
    };
    let path = choose_save_path(&app, lang, &file_name, "Klagehjelp", &["json"]);
    write_chosen(&state, lang, path, &bytes, 0, Some(id))
}

/// What Import found: a case added to the list, or an encrypted file that
/// waits for its passphrase ([`import_encrypted`]).
#[derive(Debug, Serialize)]
pub struct Imported {
    /// The new case's id, when it was added.
    pub id: Option<String>,
    /// The file is encrypted: ask the passphrase, then call `import_encrypted`.
    pub needs_passphrase: bool,
    /// The chosen file's name (shown when the passphrase is asked).
    pub file_name: String,
}

/// Import a case file (`.klage.json`, or `.klage.age` encrypted with a
/// passphrase) chosen in an Open dialog (or the file a test build names,
/// see [`crate::hooks`]). `null` when the dialog was cancelled.
#[tauri::command(rename_all = "snake_case")]
async fn import_case<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    lang: String,
) -> UiResult<Option<Imported>> {
    let lang = lang_of(&lang);
    let path = match crate::hooks::import_path() {
        Some(p) => p,
        None => {
            use tauri_plugin_dialog::DialogExt;
            let mut dialog = app
                .dialog()
                .file()
                .set_title(i18n::t(lang, "ui-import-title"))
                .add_filter("Klagehjelp", &["json", "age"]);
            if let Some(dir) = dirs_documents(&app) {
                dialog = dialog.set_directory(dir);
            }
            match dialog.blocking_pick_file().and_then(|p| p.into_path().ok()) {
                Some(p) => p,
                None => return Ok(None),
            }
        }
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let len = std::fs::metadata(&path)
        .map_err(|e| UiError::io(lang, "io.read", &path, &e))?
        .len();
    // An encrypted file is slightly bigger than the case inside it.
    if len > (klagehjelp::case::MAX_FILE_BYTES + 64 * 1024) as u64 {
        let e = klagehjelp::fsutil::TextError::TooBig {
            size: usize::try_from(len).unwrap_or(usize::MAX),
            limit: klagehjelp::case::MAX_FILE_BYTES,
        };
        return Err(UiError::user_facing(lang, &e));
    }
    let bytes = std::fs::read(&path).map_err(|e| UiError::io(lang, "io.read", &path, &e))?;
    if klagehjelp::handover::is_encrypted(&bytes) {
        *state
            .pending_import
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = Some(PendingImport {
            file_name: file_name.clone(),
            bytes,
        });
        return Ok(Some(Imported {
            id: None,
            needs_passphrase: true,
            file_name,
        }));
    }
    let id = import_bytes(&state, lang, &bytes)?;
    Ok(Some(Imported {
        id: Some(id),
        needs_passphrase: false,
        file_name,
    }))
}

/// A case file's bytes checked like any case file and added as a new case.
fn import_bytes(state: &AppState, lang: Lang, bytes: &[u8]) -> UiResult<String> {
    let case = case_from_bytes(lang, bytes)?;
    let id = Store::new_id();
    state
        .store
        .save(&id, &case.to_json(), None)
        .map_err(|e| UiError::io(lang, "io.write", state.store.root(), &e))?;
    Ok(id)
}

// ---------------------------------------------------------------- encrypted hand-over

/// How strong a new passphrase is, with the guidance in words.
#[derive(Debug, Serialize)]
pub struct PassphraseStrength {
    pub strength: klagehjelp::handover::Strength,
    pub text: String,
    /// The fewest characters a passphrase may have.
    pub min: usize,
}

#[tauri::command(rename_all = "snake_case")]
fn passphrase_strength(passphrase: String, lang: String) -> PassphraseStrength {
    use klagehjelp::handover::{self, Strength};
    let lang = lang_of(&lang);
    let strength = handover::strength(&passphrase);
    let id = match strength {
        Strength::TooShort => "ui-handover-strength-too-short",
        Strength::Fair => "ui-handover-strength-fair",
        Strength::Good => "ui-handover-strength-good",
    };
    let text = i18n::tr(
        lang,
        id,
        &[
            ("chars", FluentValue::from(passphrase.chars().count())),
            ("min", FluentValue::from(handover::MIN_PASSPHRASE_CHARS)),
            ("good", FluentValue::from(handover::GOOD_PASSPHRASE_CHARS)),
        ],
    );
    PassphraseStrength {
        strength,
        text,
        min: handover::MIN_PASSPHRASE_CHARS,
    }
}

/// The UI's field ids of the passphrase dialogs.
const FIELD_PASSPHRASE: &str = "handover-passphrase";
const FIELD_PASSPHRASE_AGAIN: &str = "handover-passphrase-again";
const FIELD_IMPORT_PASSPHRASE: &str = "import-passphrase";

/// Export a saved case encrypted with a passphrase (typed twice) to a
/// `.klage.age` file chosen in a Save dialog. The passphrase is used once
/// and dropped; the work (about a second) runs off the UI thread.
#[tauri::command(rename_all = "snake_case")]
async fn export_case_encrypted<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    passphrase: String,
    passphrase_again: String,
    lang: String,
) -> UiResult<Option<Written>> {
    use klagehjelp::handover::{self, HandoverError};
    let lang = lang_of(&lang);
    checked_id(lang, &id)?;
    handover::check_new_passphrase(&passphrase, &passphrase_again).map_err(|e| {
        let field = match e {
            HandoverError::Mismatch => FIELD_PASSPHRASE_AGAIN,
            _ => FIELD_PASSPHRASE,
        };
        UiError::user_facing(lang, &e).at(field)
    })?;
    let (bytes, _) = state
        .store
        .load(&id)
        .map_err(|e| UiError::io(lang, "io.read", &state.store.case_path(&id), &e))?;
    // Only a case that opens is handed over (a damaged one: plain Export, for help).
    let case = case_from_bytes(lang, &bytes)?;
    // The name of a file that may travel by e-mail or on a memory stick
    // carries no name or DUF number, in either mode: only the date.
    let file_name = format!("klage-{}.{}", today(), handover::EXTENSION);
    let path = choose_save_path(&app, lang, &file_name, "Klagehjelp", &["age"]);
    if path.is_none() {
        return Ok(None);
    }
    let started = std::time::Instant::now();
    let plain = case.to_json();
    let encrypted = tauri::async_runtime::spawn_blocking(move || {
        handover::encrypt(plain.as_bytes(), &passphrase)
    })
    .await
    .unwrap_or(Err(HandoverError::Damaged))
    .map_err(|e| UiError::user_facing(lang, &e).at(FIELD_PASSPHRASE))?;
    let millis = started.elapsed().as_millis();
    write_chosen(&state, lang, path, &encrypted, millis, Some(id))
}

/// Decrypts the encrypted file Import chose, with `passphrase`; the case is
/// checked like any imported file and added. A wrong passphrase is an error
/// at the passphrase field and the file stays waiting, so it can be tried
/// again.
#[tauri::command(rename_all = "snake_case")]
async fn import_encrypted(
    state: State<'_, AppState>,
    passphrase: String,
    lang: String,
) -> UiResult<String> {
    use klagehjelp::handover::{self, HandoverError};
    let lang = lang_of(&lang);
    let pending = state
        .pending_import
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone()
        .ok_or_else(|| UiError::app(lang, "handover.nothing_pending"))?;
    let plain = tauri::async_runtime::spawn_blocking(move || {
        handover::decrypt(
            &pending.bytes,
            &passphrase,
            klagehjelp::case::MAX_FILE_BYTES,
        )
    })
    .await
    .unwrap_or(Err(HandoverError::Damaged))
    .map_err(|e| {
        let wrong = e == HandoverError::WrongPassphrase;
        let err = UiError::user_facing(lang, &e);
        if wrong {
            err.at(FIELD_IMPORT_PASSPHRASE)
        } else {
            err
        }
    })?;
    let result = import_bytes(&state, lang, &plain);
    // The passphrase was right: the file is done with, whether its case is valid or not.
    *state
        .pending_import
        .lock()
        .unwrap_or_else(|e| e.into_inner()) = None;
    result
}

/// The user closed the passphrase dialog: the chosen file is forgotten.
#[tauri::command(rename_all = "snake_case")]
fn cancel_import(state: State<'_, AppState>) {
    *state
        .pending_import
        .lock()
        .unwrap_or_else(|e| e.into_inner()) = None;
}

/// A file name from the applicant's name and DUF number, safe on every
/// system; in reception mode only `prefix` (others use the computer next).
fn file_stem(state: &AppState, case: &Case, prefix: &str) -> String {
    if state.reception() {
        return prefix.to_string();
    }
    let raw = format!(
        "{prefix}-{}-{}",
        case.applicant.family_name.trim(),
        case.duf
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    );
    let mut out = String::new();
    for c in raw.chars() {
        if c.is_alphanumeric() || c == '-' {
            out.push(c);
        } else if c.is_whitespace() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').replace("--", "-")
}

/// Writes `bytes` atomically to the chosen `path`; `None` (the Save dialog
/// was cancelled) writes nothing.
fn write_chosen(
    state: &AppState,
    lang: Lang,
    path: Option<PathBuf>,
    bytes: &[u8],
    millis: u128,
    case_id: Option<String>,
) -> UiResult<Option<Written>> {
    let Some(path) = path else {
        return Ok(None);
    };
    klagehjelp::fsutil::write_atomic(&path, bytes)
        .map_err(|e| UiError::io(lang, "io.write", &path, &e))?;
    Ok(Some(Written {
        path: path.display().to_string(),
        millis,
        file_id: state.remember_export(path, case_id),
    }))
}

/// A path from a Save dialog (`None` when cancelled), or in a test build
/// the hook's export folder (the file gets `file_name`). The name is made
/// one that every system accepts first ([`klagehjelp::fsutil::safe_file_name`]:
/// a family name may hold characters Windows refuses).
fn choose_save_path<R: Runtime>(
    app: &AppHandle<R>,
    lang: Lang,
    file_name: &str,
    filter: &str,
    exts: &[&str],
) -> Option<PathBuf> {
    let file_name = klagehjelp::fsutil::safe_file_name(file_name);
    if let Some(dir) = crate::hooks::export_dir() {
        return Some(dir.join(file_name));
    }
    use tauri_plugin_dialog::DialogExt;
    let mut dialog = app
        .dialog()
        .file()
        .set_title(i18n::t(lang, "ui-save-title"))
        .set_file_name(file_name)
        .add_filter(filter, exts);
    if let Some(dir) = dirs_documents(app) {
        dialog = dialog.set_directory(dir);
    }
    dialog.blocking_save_file().and_then(|p| p.into_path().ok())
}

/// Where a Save dialog opens: the user's Documents folder as the system
/// names it (Windows: the Documents known folder, also when OneDrive moved
/// it; Linux: `XDG_DOCUMENTS_DIR`; macOS: `~/Documents`), else the home
/// folder.
fn dirs_documents<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    use tauri::Manager;
    let paths = app.path();
    [paths.document_dir().ok(), paths.home_dir().ok()]
        .into_iter()
        .flatten()
        .find(|p| p.is_dir())
}

// ---------------------------------------------------------------- after sending

/// What was sent, the day to follow up, and the letters after the klage
/// (`session::after_view`): the same as `klagehjelp sent`.
#[tauri::command(rename_all = "snake_case")]
fn after_sending(case: Value, lang: String) -> UiResult<session::AfterView> {
    let lang = lang_of(&lang);
    let case = case_from_value(lang, case)?;
    Ok(session::after_view(&case, lang, today()))
}

/// Records that the klage was sent (`sent`: date, channel, receipt) and
/// returns the case to keep; the UI saves it as any other edit.
#[tauri::command(rename_all = "snake_case")]
fn record_sent(
    case: Value,
    date: String,
    channel: String,
    receipt: String,
    lang: String,
) -> UiResult<Value> {
    let lang = lang_of(&lang);
    let mut case = case_from_value(lang, case)?;
    session::record_sent(&mut case, &date, &channel, &receipt, today())
        .map_err(|e| UiError::user_facing(lang, &e).at(e.field()))?;
    serde_json::to_value(&case)
        .map_err(|e| UiError::app_with(lang, "case.invalid", &[("reason", e.to_string().into())]))
}

/// Saves the follow-up reminder (.ics) for the day UDI's three-week answer
/// duty runs out, through the same save flow as the deadline's.
#[tauri::command(rename_all = "snake_case")]
async fn follow_up_ics<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    case: Value,
    case_id: Option<String>,
    lang: String,
) -> UiResult<Option<Written>> {
    let lang = lang_of(&lang);
    let case = case_from_value(lang, case)?;
    let ics = session::follow_up_calendar(&case, lang, today())
        .ok_or_else(|| UiError::user_facing(lang, &FollowUpMissing).at("sent.date"))?;
    let file_name = format!("{}.ics", file_stem(&state, &case, "oppfolging"));
    let path = choose_save_path(&app, lang, &file_name, "iCalendar", &["ics"]);
    write_chosen(&state, lang, path, ics.as_bytes(), 0, case_id)
}

/// No follow-up day: not recorded as sent, or a route where UDI does not
/// receive the letter.
struct FollowUpMissing;

impl klagehjelp::i18n::UserFacing for FollowUpMissing {
    fn code(&self) -> &'static str {
        "sent.no_follow_up"
    }
    fn message(&self, lang: Lang) -> String {
        i18n::t(lang, "ui-sent-no-follow-up")
    }
}

/// Exports a letter of a chosen kind (ettersending, innsyn, costs, utsatt)
/// as PDF through the same session API as `klagehjelp letter --kind`;
/// refused when the core does not offer that kind for the case.
#[tauri::command(rename_all = "snake_case")]
async fn export_letter<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    case: Value,
    case_id: Option<String>,
    kind: String,
    lang: String,
) -> UiResult<Option<Written>> {
    let lang = lang_of(&lang);
    let case = case_from_value(lang, case)?;
    // Only the letters after the klage (and the stand-alone deferral
    // request), when the core offers them.
    let kind = LetterKind::parse(&kind)
        .filter(|k| {
            session::offered_letters(&case, lang, today())
                .iter()
                .any(|o| o.kind == *k)
        })
        .ok_or_else(|| UiError::app(lang, "letter.not_offered"))?;
    if let Some(why) = session::not_offered(&case, kind, lang, today()) {
        return Err(UiError {
            code: "letter.not_offered".into(),
            message: why,
            field: None,
        });
    }
    let started = std::time::Instant::now();
    let export =
        session::export_pdf(&case, Some(kind), lang, today()).map_err(|e| export_error(lang, e))?;
    let millis = started.elapsed().as_millis();
    let file_name = format!("{}.pdf", file_stem(&state, &case, kind.code()));
    let path = crate::hooks::save_path()
        .or_else(|| choose_save_path(&app, lang, &file_name, "PDF", &["pdf"]));
    write_chosen(&state, lang, path, &export.pdf, millis, case_id)
}

// ---------------------------------------------------------------- attachments and bundle

/// A file chosen for an attachment, as the attachments step shows it.
#[derive(Debug, Serialize)]
pub struct AttachmentFileView {
    /// The path kept in the case (`attachments[].files`): relative to the
    /// case file for the copy the app keeps (`<id>.vedlegg/<name>`); the
    /// chosen file's own path when it was refused (never kept).
    pub path: String,
    /// The file name, shown.
    pub name: String,
    /// Type, pages and size when it can be attached.
    pub info: Option<klagehjelp::attachment::FileInfo>,
    /// Why it cannot be attached, in the UI language.
    pub problem: Option<String>,
}

/// A file read and checked by the core: what it is and its bytes, or why
/// it cannot be attached (a file over the size limit is not read at all).
fn read_checked(
    lang: Lang,
    name: &str,
    read: impl FnOnce() -> std::io::Result<klagehjelp::fsutil::Found>,
) -> Result<(klagehjelp::attachment::FileInfo, Vec<u8>), String> {
    use klagehjelp::attachment::FileError;
    use klagehjelp::fsutil::Found;
    match read() {
        Ok(Found::TooLarge(len)) => {
            let e = FileError::TooLarge {
                name: name.to_string(),
                bytes: usize::try_from(len).unwrap_or(usize::MAX),
            };
            Err(klagehjelp::i18n::UserFacing::message(&e, lang))
        }
        Ok(Found::Bytes(b)) => session::attachment_file_info(name, &b, lang).map(|i| (i, b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(i18n::tr(
            lang,
            "ui-files-missing",
            &[("file", name.to_string().into())],
        )),
        Err(e) => Err(i18n::tr(
            lang,
            "bundle-error-read",
            &[
                ("file", name.to_string().into()),
                ("error", e.to_string().into()),
            ],
        )),
    }
}

fn view(
    path: String,
    name: String,
    checked: Result<klagehjelp::attachment::FileInfo, String>,
) -> AttachmentFileView {
    let (info, problem) = match checked {
        Ok(i) => (Some(i), None),
        Err(m) => (None, Some(m)),
    };
    AttachmentFileView {
        path,
        name,
        info,
        problem,
    }
}

/// Reads an attached file by the path a case holds: the app's own copy
/// (relative to the case file, in the case's folder or, in reception
/// mode, in memory), or, for a case saved by an older version or made
/// elsewhere, an absolute path where it is. A relative path outside the
/// case's folder is not read (a case file from elsewhere must not make the
/// app read this computer's files): it is "not there".
fn read_case_file(
    store: &Store,
    case_id: Option<&str>,
    path: &str,
) -> std::io::Result<klagehjelp::fsutil::Found> {
    use klagehjelp::fsutil::{Found, read_attachment};
    if let Some(id) = case_id.filter(|id| store::valid_id(id))
        && store.own_file_name(id, path).is_some()
    {
        return store.read_file(id, path).map(Found::Bytes);
    }
    let p = std::path::Path::new(path);
    if p.is_absolute() {
        return read_attachment(p);
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::NotFound,
        "not in the case's folder",
    ))
}

/// Checks a chosen or dropped file and keeps a copy with case `case_id`
/// (see [`Store::add_file`]); the view's path is the copy's, relative to
/// the case file. A refused file is not copied.
fn import_file(
    store: &Store,
    lang: Lang,
    case_id: &str,
    path: &std::path::Path,
) -> AttachmentFileView {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let original = path.display().to_string();
    match read_checked(lang, &name, || klagehjelp::fsutil::read_attachment(path)) {
        Err(m) => view(original, name, Err(m)),
        Ok((info, bytes)) => match store.add_file(case_id, &name, &bytes) {
            Ok(rel) => view(rel, name, Ok(info)),
            Err(e) => {
                let m = i18n::tr(
                    lang,
                    "files-copy-failed",
                    &[
                        ("file", name.clone().into()),
                        ("error", e.to_string().into()),
                    ],
                );
                view(original, name, Err(m))
            }
        },
    }
}

/// Checks and keeps files for case `case_id`, off the UI thread.
async fn import_files(
    state: &AppState,
    lang: Lang,
    case_id: &str,
    paths: Vec<PathBuf>,
) -> UiResult<Vec<AttachmentFileView>> {
    checked_id(lang, case_id)?;
    let store = state.store.clone();
    let id = case_id.to_string();
    tauri::async_runtime::spawn_blocking(move || {
        paths
            .iter()
            .map(|p| import_file(&store, lang, &id, p))
            .collect::<Vec<_>>()
    })
    .await
    .map_err(|e| UiError::app_with(lang, "pdf.failed", &[("reason", e.to_string().into())]))
}

/// Files for an attachment of case `case_id`, chosen in an Open dialog
/// (several at once; or the files a test build names, see
/// [`crate::hooks`]), each checked and kept with the case.
#[tauri::command(rename_all = "snake_case")]
async fn pick_attachment_files<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    case_id: String,
    lang: String,
) -> UiResult<Vec<AttachmentFileView>> {
    let lang = lang_of(&lang);
    checked_id(lang, &case_id)?;
    let paths = match crate::hooks::attach_paths() {
        Some(p) => p,
        None => {
            use tauri_plugin_dialog::DialogExt;
            app.dialog()
                .file()
                .set_title(i18n::t(lang, "ui-bundle-add-files"))
                .add_filter(
                    "PDF, JPEG, PNG",
                    &["pdf", "jpg", "jpeg", "png", "heic", "heif"],
                )
                .blocking_pick_files()
                .unwrap_or_default()
                .into_iter()
                .filter_map(|p| p.into_path().ok())
                .collect()
        }
    };
    import_files(&state, lang, &case_id, paths).await
}

/// Files dropped on the attachments step (their paths, as the window's
/// drag-and-drop event gives them): each checked and kept with case
/// `case_id`, as "Add files" does.
#[tauri::command(rename_all = "snake_case")]
async fn add_attachment_files(
    state: State<'_, AppState>,
    case_id: String,
    paths: Vec<String>,
    lang: String,
) -> UiResult<Vec<AttachmentFileView>> {
    let lang = lang_of(&lang);
    let paths = paths.into_iter().map(PathBuf::from).collect();
    import_files(&state, lang, &case_id, paths).await
}

/// Checks the files case `case_id` holds, by the paths in the case
/// (shown with their pages and size, or as no longer there).
#[tauri::command(rename_all = "snake_case")]
async fn attachment_files_info(
    state: State<'_, AppState>,
    paths: Vec<String>,
    case_id: Option<String>,
    lang: String,
) -> UiResult<Vec<AttachmentFileView>> {
    let lang = lang_of(&lang);
    let store = state.store.clone();
    tauri::async_runtime::spawn_blocking(move || {
        paths
            .into_iter()
            .map(|p| {
                let name = klagehjelp::fsutil::file_name_of(&p);
                let checked = read_checked(lang, &name, || {
                    read_case_file(&store, case_id.as_deref(), &p)
                })
                .map(|(info, _)| info);
                view(p, name, checked)
            })
            .collect::<Vec<_>>()
    })
    .await
    .map_err(|e| UiError::app_with(lang, "pdf.failed", &[("reason", e.to_string().into())]))
}

/// A saved bundle: where, its pages and size, and what the user should know.
#[derive(Debug, Serialize)]
pub struct BundleWritten {
    #[serde(flatten)]
    pub written: Written,
    pub pages: usize,
    pub bytes: usize,
    /// E.g. why the bundle is a plain PDF and not PDF/A.
    pub notices: Vec<String>,
}

/// The event that reports the bundle's progress (`{done, total}`).
pub const BUNDLE_PROGRESS: &str = "klagehjelp://bundle-progress";

/// Builds the bundle (letter, list, fullmakt, every attached file) on a
/// worker thread, reporting progress as [`BUNDLE_PROGRESS`] events, then
/// saves it where the user chooses (as Export PDF does).
#[tauri::command(rename_all = "snake_case")]
async fn export_bundle<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    case: Value,
    case_id: Option<String>,
    lang: String,
) -> UiResult<Option<BundleWritten>> {
    use tauri::Emitter;
    let lang = lang_of(&lang);
    let case = case_from_value(lang, case)?;
    let started = std::time::Instant::now();
    let today = today();
    let emitter = app.clone();
    let worker_case = case.clone();
    let case_id_worker = case_id.clone();
    let store = state.store.clone();
    let export = tauri::async_runtime::spawn_blocking(move || {
        let case = worker_case;
        // The copies kept with the case (relative to the case file); the
        // absolute paths of a case saved by an older version.
        let files = klagehjelp::fsutil::read_attachment_files_with(&case, lang, &mut |p| {
            read_case_file(&store, case_id_worker.as_deref(), p)
        })
        .map_err(|(field, message)| UiError {
            code: "attachment.read".into(),
            message,
            field: Some(field),
        })?;
        session::export_bundle(&case, None, lang, today, &files, false, &mut |p| {
            let _ = emitter.emit(BUNDLE_PROGRESS, p);
        })
        .map_err(|e| export_error(lang, e))
    })
    .await
    .map_err(|e| UiError::app_with(lang, "pdf.failed", &[("reason", e.to_string().into())]))??;
    let millis = started.elapsed().as_millis();
    let b = export.bundle;
    let file_name = format!("{}.pdf", file_stem(&state, &case, "klage-med-vedlegg"));
    let path = crate::hooks::save_path()
        .or_else(|| choose_save_path(&app, lang, &file_name, "PDF", &["pdf"]));
    Ok(
        write_chosen(&state, lang, path, &b.pdf, millis, case_id)?.map(|written| BundleWritten {
            written,
            pages: b.pages,
            bytes: b.pdf.len(),
            notices: b.notices,
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case() -> Case {
        let mut c = Case::default();
        c.applicant.family_name = "Yusuf Hassan".into();
        c.duf = "2012 586975 61".into();
        c
    }

    #[test]
    fn file_names_carry_no_name_or_duf_number_in_reception_mode() {
        let root = std::env::temp_dir().join(format!("klagehjelp-names-{}", Store::new_id()));
        let normal = AppState::new(Store::new(root.clone()));
        assert_eq!(
            file_stem(&normal, &case(), "klage"),
            "klage-Yusuf-Hassan-201258697561"
        );
        let reception = AppState::new(Store::in_memory(root));
        assert_eq!(file_stem(&reception, &case(), "klage"), "klage");
    }

    /// The start screen's data put together at start is handed out once;
    /// a later start screen reads the app's state afresh.
    #[test]
    fn the_prepared_start_view_is_taken_once() {
        let root = std::env::temp_dir().join(format!("klagehjelp-start-{}", Store::new_id()));
        let state = AppState::new(Store::in_memory(root.clone()));
        assert!(state.take_prepared_start().is_none());
        let other = AppState::new(Store::in_memory(root));
        state.prepare_start(move || {
            let mut v = start_view_of(&other);
            v.info.version = "prepared";
            v
        });
        let first = state.take_prepared_start().expect("prepared");
        assert_eq!(first.info.version, "prepared");
        assert!(state.take_prepared_start().is_none());
        assert_eq!(
            start_view_of(&state).info.version,
            env!("CARGO_PKG_VERSION")
        );
    }

    #[test]
    fn exports_are_offered_per_case_and_only_while_they_exist() {
        let dir = std::env::temp_dir().join(format!("klagehjelp-exports-{}", Store::new_id()));
        std::fs::create_dir_all(&dir).unwrap();
        let state = AppState::new(Store::in_memory(dir.clone()));
        let a = dir.join("a.pdf");
        let b = dir.join("b.ics");
        std::fs::write(&a, "a").unwrap();
        std::fs::write(&b, "b").unwrap();
        let id_a = state.remember_export(a.clone(), Some("case-1".into()));
        state.remember_export(b.clone(), Some("case-2".into()));
        // Saved twice to the same place: offered once, with the latest id.
        let id_a2 = state.remember_export(a.clone(), Some("case-1".into()));
        assert_ne!(id_a, id_a2);
        let mine = state.existing_exports(Some("case-1"));
        assert_eq!(mine.len(), 1);
        assert_eq!(mine[0].file_id, id_a2);
        assert_eq!(state.existing_exports(None).len(), 2);
        std::fs::remove_file(&b).unwrap();
        assert_eq!(state.existing_exports(None).len(), 1);
        assert_eq!(state.exported_path(&id_a), Some(a));
        assert_eq!(state.exported_path("export-0"), None);
        assert_eq!(state.exported_path("/etc/passwd"), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
