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

/// Shared state: where files go.
pub struct AppState {
    pub store: Store,
}

/// The handler with every command, for `Builder::invoke_handler`.
pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app_info,
        ui_strings,
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
        list_cases,
        new_case,
        load_case,
        save_case,
        duplicate_case,
        delete_case,
        export_case,
        import_case,
    ]
}

// ---------------------------------------------------------------- helpers

/// "Today" for the whole app: `KLAGEHJELP_TODAY` (YYYY-MM-DD) if set, else the local date.
pub fn today() -> NaiveDate {
    std::env::var("KLAGEHJELP_TODAY")
        .ok()
        .and_then(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

fn lang_of(code: &str) -> Lang {
    code.parse().unwrap_or_default()
}

/// Reads a date as people type it: `2026-11-09`, `9.11.2026`, `09.11.2026`, `9/11/2026`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Some(d);
    }
    let parts: Vec<&str> = t.split(['.', '/']).map(str::trim).collect();
    if let [d, m, y] = parts.as_slice()
        && y.len() == 4
        && !d.is_empty()
        && d.len() <= 2
        && !m.is_empty()
        && m.len() <= 2
    {
        return NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    }
    None
}

/// A required date field: parsed, or an error at `field`.
fn date_field(lang: Lang, field: &str, text: &str) -> UiResult<NaiveDate> {
    if text.trim().is_empty() {
        return Err(UiError::app(lang, "date.missing").at(field));
    }
    parse_date(text).ok_or_else(|| {
        UiError::app_with(lang, "date.invalid", &[("value", text.to_string().into())]).at(field)
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

/// A case file's text, read by the core.
fn case_from_text(lang: Lang, text: &str) -> UiResult<Case> {
    Case::from_json(text).map_err(|e| UiError::user_facing(lang, &e))
}

fn pretty(v: &impl Serialize) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// The path a test may force instead of a Save dialog.
fn env_path(var: &str) -> Option<PathBuf> {
    std::env::var_os(var)
        .filter(|s| !s.is_empty())
        .map(PathBuf::from)
}

// ---------------------------------------------------------------- app, strings, settings

/// What the UI needs at start.
#[derive(Debug, Serialize)]
pub struct AppInfo {
    pub today: NaiveDate,
    pub today_long: String,
    pub data_dir: String,
    /// The saved settings (`{role, ui_lang}`), or null on first start.
    pub settings: Option<Value>,
    /// The UI language guessed from the system locale.
    pub system_lang: Lang,
    pub version: &'static str,
}

#[tauri::command(rename_all = "snake_case")]
fn app_info(state: State<'_, AppState>, lang: String) -> AppInfo {
    let lang = lang_of(&lang);
    let today = today();
    let system_lang = ["KLAGEHJELP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| std::env::var(v).ok().as_deref().and_then(Lang::from_locale))
        .unwrap_or(Lang::Nb);
    AppInfo {
        today,
        today_long: fmt::date_with_weekday(lang, today),
        data_dir: state.store.root().display().to_string(),
        settings: state
            .store
            .load_settings()
            .and_then(|s| serde_json::from_str(&s).ok()),
        system_lang,
        version: env!("CARGO_PKG_VERSION"),
    }
}

/// Every UI string (`ui-*` Fluent messages) in `lang`, falling back to bokmål.
#[tauri::command(rename_all = "snake_case")]
fn ui_strings(lang: String) -> BTreeMap<String, String> {
    i18n::messages_with_prefix(lang_of(&lang), "ui-")
}

#[tauri::command(rename_all = "snake_case")]
fn save_settings(state: State<'_, AppState>, settings: Value, lang: String) -> UiResult<()> {
    let lang = lang_of(&lang);
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
fn compute_deadline(
    lang: Lang,
    received: &str,
    stated: Option<&str>,
    decided: Option<&str>,
) -> UiResult<klagehjelp::deadline::DeadlineReport> {
    use klagehjelp::deadline::{DeadlineError, DeadlineInput, compute};
    let input = DeadlineInput {
        received: date_field(lang, "decision.received", received)?,
        stated: opt_date_field(lang, "decision.stated_deadline", stated)?,
        decided: opt_date_field(lang, "decision.date", decided)?,
        today: today(),
    };
    compute(&input).map_err(|e| {
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
    lang: String,
) -> UiResult<DeadlineView> {
    let lang = lang_of(&lang);
    let r = compute_deadline(lang, &received, stated.as_deref(), decided.as_deref())?;
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
}

#[tauri::command(rename_all = "snake_case")]
async fn deadline_ics<R: Runtime>(
    app: AppHandle<R>,
    received: String,
    stated: Option<String>,
    decided: Option<String>,
    duf: String,
    lang: String,
) -> UiResult<Option<Written>> {
    let lang = lang_of(&lang);
    let r = compute_deadline(lang, &received, stated.as_deref(), decided.as_deref())?;
    let ics = klagehjelp::ics::deadline_calendar(&r, lang);
    let digits: String = duf.chars().filter(char::is_ascii_digit).collect();
    let file_name = if digits.is_empty() {
        format!("klagefrist-{}.ics", r.effective)
    } else {
        format!("klagefrist-{digits}.ics")
    };
    let path = choose_save_path(&app, lang, &file_name, "iCalendar", &["ics"]);
    write_chosen(lang, path, ics.as_bytes(), 0)
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
            problems: session::letter_warnings(&l, lang),
            migration_notice,
        },
        Err(problems) => LetterView {
            text: None,
            kind: None,
            problems: problems.into_iter().map(|p| p.in_lang(lang)).collect(),
            migration_notice,
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
    case: Value,
    lang: String,
) -> UiResult<Option<Written>> {
    let lang = lang_of(&lang);
    let case = case_from_value(lang, case)?;
    let started = std::time::Instant::now();
    let export = session::export_pdf(&case, None, lang, today()).map_err(|e| match e {
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
    })?;
    let millis = started.elapsed().as_millis();
    let file_name = format!("{}.pdf", file_stem(&case, "klage"));
    let path = env_path("KLAGEHJELP_SAVE_PATH")
        .or_else(|| choose_save_path(&app, lang, &file_name, "PDF", &["pdf"]));
    write_chosen(lang, path, &export.pdf, millis)
}

#[tauri::command(rename_all = "snake_case")]
fn open_file<R: Runtime>(app: AppHandle<R>, path: String, lang: String) -> UiResult<()> {
    use tauri_plugin_opener::OpenerExt;
    app.opener()
        .open_path(path.clone(), None::<&str>)
        .map_err(|e| {
            UiError::app_with(
                lang_of(&lang),
                "open.failed",
                &[("path", path.into()), ("reason", e.to_string().into())],
            )
        })
}

#[tauri::command(rename_all = "snake_case")]
fn show_in_folder<R: Runtime>(app: AppHandle<R>, path: String, lang: String) -> UiResult<()> {
    use tauri_plugin_opener::OpenerExt;
    app.opener().reveal_item_in_dir(&path).map_err(|e| {
        UiError::app_with(
            lang_of(&lang),
            "open.failed",
            &[("path", path.into()), ("reason", e.to_string().into())],
        )
    })
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
}

fn summary(lang: Lang, s: &store::Stored) -> CaseSummary {
    match case_from_text(lang, &s.text) {
        Ok(case) => {
            let name = format!(
                "{} {}",
                case.applicant.given_name.trim(),
                case.applicant.family_name.trim()
            )
            .trim()
            .to_string();
            let d = &case.decision;
            let report = compute_deadline(
                lang,
                &d.received,
                d.stated_deadline.as_deref(),
                Some(d.date.as_str()),
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
        },
    }
}

#[tauri::command(rename_all = "snake_case")]
fn list_cases(state: State<'_, AppState>, lang: String) -> Vec<CaseSummary> {
    let lang = lang_of(&lang);
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
    let case = Case {
        letter_language: lang_of(&letter_language),
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
    let (text, ui) = state
        .store
        .load(&id)
        .map_err(|e| UiError::io(lang, "io.read", &state.store.case_path(&id), &e))?;
    let case = case_from_text(lang, &text)?;
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
    // The case is written as the UI holds it (nothing typed is ever lost);
    // the UI only puts values of the right type into it.
    state
        .store
        .save(&id, &pretty(&case), ui.as_ref().map(pretty).as_deref())
        .map(|_| ())
        .map_err(|e| UiError::io(lang, "io.write", &state.store.case_path(&id), &e))
}

#[tauri::command(rename_all = "snake_case")]
fn duplicate_case(state: State<'_, AppState>, id: String, lang: String) -> UiResult<String> {
    let lang = lang_of(&lang);
    checked_id(lang, &id)?;
    let (text, ui) = state
        .store
        .load(&id)
        .map_err(|e| UiError::io(lang, "io.read", &state.store.case_path(&id), &e))?;
    let new_id = Store::new_id();
    state
        .store
        .save(&new_id, &text, ui.as_deref())
        .map_err(|e| UiError::io(lang, "io.write", state.store.root(), &e))?;
    Ok(new_id)
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
/// (or into `KLAGEHJELP_EXPORT_DIR`, a test hook).
#[tauri::command(rename_all = "snake_case")]
async fn export_case<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    lang: String,
) -> UiResult<Option<Written>> {
    let lang = lang_of(&lang);
    checked_id(lang, &id)?;
    let (text, _) = state
        .store
        .load(&id)
        .map_err(|e| UiError::io(lang, "io.read", &state.store.case_path(&id), &e))?;
    let case = case_from_text(lang, &text)?;
    let name = file_stem(&case, "klage");
    let file_name = format!("{name}.klage.json");
    let path = choose_save_path(&app, lang, &file_name, "Klagehjelp", &["json"]);
    write_chosen(lang, path, text.as_bytes(), 0)
}

/// Import a `.klage.json` file chosen in an Open dialog (or `KLAGEHJELP_IMPORT_PATH`, a test hook).
#[tauri::command(rename_all = "snake_case")]
async fn import_case<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    lang: String,
) -> UiResult<Option<String>> {
    let lang = lang_of(&lang);
    let path = match env_path("KLAGEHJELP_IMPORT_PATH") {
        Some(p) => p,
        None => {
            use tauri_plugin_dialog::DialogExt;
            let picked = app
                .dialog()
                .file()
                .set_title(i18n::t(lang, "ui-import-title"))
                .add_filter("Klagehjelp", &["json"])
                .blocking_pick_file();
            match picked.and_then(|p| p.into_path().ok()) {
                Some(p) => p,
                None => return Ok(None),
            }
        }
    };
    let text =
        std::fs::read_to_string(&path).map_err(|e| UiError::io(lang, "io.read", &path, &e))?;
    let case = case_from_text(lang, &text)?;
    let id = Store::new_id();
    state
        .store
        .save(&id, &pretty(&case), None)
        .map_err(|e| UiError::io(lang, "io.write", state.store.root(), &e))?;
    Ok(Some(id))
}

/// A file name from the applicant's name and DUF number, safe on every system.
fn file_stem(case: &Case, prefix: &str) -> String {
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
    lang: Lang,
    path: Option<PathBuf>,
    bytes: &[u8],
    millis: u128,
) -> UiResult<Option<Written>> {
    let Some(path) = path else {
        return Ok(None);
    };
    klagehjelp::fsutil::write_atomic(&path, bytes)
        .map_err(|e| UiError::io(lang, "io.write", &path, &e))?;
    Ok(Some(Written {
        path: path.display().to_string(),
        millis,
    }))
}

/// A path from the test hook `KLAGEHJELP_EXPORT_DIR` (a folder; the file gets
/// `file_name`) or from a Save dialog (`None` when cancelled).
fn choose_save_path<R: Runtime>(
    app: &AppHandle<R>,
    lang: Lang,
    file_name: &str,
    filter: &str,
    exts: &[&str],
) -> Option<PathBuf> {
    if let Some(dir) = env_path("KLAGEHJELP_EXPORT_DIR") {
        return Some(dir.join(file_name));
    }
    use tauri_plugin_dialog::DialogExt;
    let mut dialog = app
        .dialog()
        .file()
        .set_title(i18n::t(lang, "ui-save-title"))
        .set_file_name(file_name)
        .add_filter(filter, exts);
    if let Some(dir) = dirs_documents() {
        dialog = dialog.set_directory(dir);
    }
    dialog.blocking_save_file().and_then(|p| p.into_path().ok())
}

fn dirs_documents() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_dir())
}
