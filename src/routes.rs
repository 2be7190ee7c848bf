//! Routes: where a klage or request goes, who prepares and who decides it,
//! what happens next, and what to watch out for.
//!
//! The route follows from who made the decision (`decision.made_by`, read
//! from the decision itself; when absent, taken from `decision.authority`)
//! and whether a klage can still be filed:
//!
//! | made by | route | goes to | decides |
//! |---|---|---|---|
//! | UDI | `udi` | UDI (fvl. § 32 a) | UNE, if UDI does not reverse (fvl. § 33, utl. § 76) |
//! | embassy | `embassy` | the same embassy | UDI (utl. § 76) |
//! | police | `police` | the police district | UDI (utl. § 76) |
//! | UNE | `une_omgjoring` | UNE, a request to reverse | UNE |
//! | UDI, deadline passed, nothing filed | `udi_omgjoring` | UDI (fvl. § 35) | UDI, which may but need not |
//! | unsure | `unsure` | as the decision's klage instructions say | both candidates shown |
//!
//! Everything here is policy of the core, so the app and the CLI show the
//! same. The values (addresses, waiting times) are data in
//! `data/routes.toml` and `data/addresses.toml`, each with its source
//! (checked and embedded as JSON by build.rs); the texts are in
//! `locales/<lang>/route.ftl`. An address or a waiting time the
//! sources do not give is shown as unknown, never guessed.
use crate::Lang;
use crate::case::{Authority, Case, MadeBy};
use crate::deadline::{DeadlineInput, DeadlineReport};
use crate::fmt::date_long;
use crate::i18n::{FluentValue, t, tr};
use crate::letter::LetterKind;
use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The five routes (routes.md § 1), and `unsure` when the user cannot tell
/// who made the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RouteKind {
    /// A klage on a UDI decision: to UDI, decided by UNE.
    Udi,
    /// A klage on an embassy's decision: to the embassy, decided by UDI.
    Embassy,
    /// A klage on a police decision: to the police district, decided by UDI.
    Police,
    /// A request to UNE to reverse its final decision.
    UneOmgjoring,
    /// A request to UDI to change its own decision (fvl. § 35), when the
    /// klage deadline has passed and nothing was filed.
    UdiOmgjoring,
    /// Who made the decision is not known: both candidates are shown.
    Unsure,
}

impl RouteKind {
    /// The stable name, as in JSON.
    pub fn code(self) -> &'static str {
        match self {
            RouteKind::Udi => "udi",
            RouteKind::Embassy => "embassy",
            RouteKind::Police => "police",
            RouteKind::UneOmgjoring => "une_omgjoring",
            RouteKind::UdiOmgjoring => "udi_omgjoring",
            RouteKind::Unsure => "unsure",
        }
    }

    /// The five routes (without `unsure`).
    pub const ALL: [RouteKind; 5] = [
        RouteKind::Udi,
        RouteKind::Embassy,
        RouteKind::Police,
        RouteKind::UneOmgjoring,
        RouteKind::UdiOmgjoring,
    ];

    fn ftl(self) -> String {
        self.code().replace('_', "-")
    }
}

/// One line of the route: a stable id, the text in the user's language, a
/// date when the step has one, and the sources it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub id: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    pub sources: Vec<String>,
}

/// The addressee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SendTo {
    /// The body, e.g. "Utlendingsdirektoratet (UDI)" or the embassy's name.
    pub name: String,
    /// The postal address lines, when a source gives them; else empty.
    pub lines: Vec<String>,
    /// Whether Klagehjelp knows the address (from a source).
    pub address_known: bool,
    /// Where the address comes from, or what to do when it is unknown.
    pub note: String,
    pub sources: Vec<String>,
}

/// The deadline as the route sees it (see [`crate::deadline`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteDeadline {
    /// The deadline to meet: the earlier of the computed and printed one.
    pub deadline: NaiveDate,
    /// The later of the two (after it, the klage is late).
    pub latest: NaiveDate,
    pub status: crate::deadline::DeadlineStatus,
    pub late: bool,
    pub between: bool,
}

/// Where a case goes and what comes after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Route {
    pub route: RouteKind,
    /// Who made the decision, as used for the route.
    pub made_by: MadeBy,
    /// Whether `made_by` was given in the case (false: taken from `authority`).
    pub made_by_given: bool,
    pub title: String,
    /// The letter Klagehjelp writes for this route, if any.
    pub letter_kind: Option<LetterKind>,
    /// The addressee; none when who decided is unsure.
    pub send_to: Option<SendTo>,
    /// How to send it.
    pub channels: Vec<Item>,
    /// Who looks at it first.
    pub prepares: Option<Item>,
    /// Who decides it.
    pub decides: Option<Item>,
    /// What happens next, in order, with dated waiting times and sources.
    pub next_steps: Vec<Item>,
    /// The last step: when the case is final, and what is left then. Not
    /// shown when who decided is unsure.
    pub last_step: Option<Item>,
    /// Other options (a late klage, a new application, Sivilombudet).
    pub also: Vec<Item>,
    /// The deadline, when the case's dates give one.
    pub deadline: Option<RouteDeadline>,
    /// Stable ids of the warnings, e.g. `deferral_48h`.
    pub warnings: Vec<String>,
    /// The warnings in words, with sources, in the order of `warnings`.
    pub warning_details: Vec<Item>,
    /// For `unsure`: the routes it may be, side by side.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Route>,
}

// ---------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
struct Ref {
    id: String,
    sources: Vec<String>,
    #[serde(default)]
    waiting: Option<String>,
}

#[derive(Debug, Deserialize)]
struct RouteData {
    send_to: String,
    send_to_sources: Vec<String>,
    channels: Vec<Ref>,
    prepares: Ref,
    decides: Ref,
    steps: Vec<Ref>,
    last: Ref,
}

#[derive(Debug, Deserialize)]
struct Waiting {
    #[serde(default)]
    days: Option<u64>,
    #[serde(default)]
    months: Option<u32>,
    #[serde(default)]
    year: Option<i32>,
    #[serde(default)]
    previous_days: Option<u64>,
    #[serde(default)]
    previous_year: Option<i32>,
    #[serde(default)]
    changed: Option<u64>,
    #[serde(default)]
    total: Option<u64>,
    source: String,
}

#[derive(Debug, Deserialize)]
struct Data {
    sources: BTreeMap<String, String>,
    waiting: BTreeMap<String, Waiting>,
    route: BTreeMap<String, RouteData>,
}

/// `data/routes.toml`, as JSON (build.rs).
static DATA: LazyLock<Data> = LazyLock::new(|| {
    serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/routes.json")))
        .unwrap_or_else(|e| panic!("data/routes.toml: {e}"))
});

#[derive(Debug, Deserialize)]
struct Address {
    name: String,
    lines: Vec<String>,
    /// The sources of the address (the same pages as in `send_to_sources`).
    #[allow(dead_code)]
    sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Addresses {
    udi: Address,
    une: Address,
}

/// `data/addresses.toml`, as JSON (build.rs).
static ADDRESSES: LazyLock<Addresses> = LazyLock::new(|| {
    serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/addresses.json")))
        .unwrap_or_else(|e| panic!("data/addresses.toml: {e}"))
});

/// The postal address lines of UDI or UNE as the sources give them (UNE:
/// none), with the body's name first.
pub fn address_lines(made_by: MadeBy) -> Option<Vec<String>> {
    let a = match made_by {
        MadeBy::Udi => &ADDRESSES.udi,
        MadeBy::Une => &ADDRESSES.une,
        _ => return None,
    };
    let mut l = vec![a.name.clone()];
    l.extend(a.lines.iter().cloned());
    Some(l)
}

fn cite(key: &str) -> String {
    DATA.sources
        .get(key)
        .cloned()
        .unwrap_or_else(|| panic!("data/routes.toml: unknown source key {key}"))
}

// ---------------------------------------------------------------------------
// Policy
// ---------------------------------------------------------------------------

/// Who made the decision: `decision.made_by`, else `decision.authority`.
pub fn made_by(case: &Case) -> (MadeBy, bool) {
    match case.decision.made_by {
        Some(m) => (m, true),
        None => (MadeBy::from(case.decision.authority), false),
    }
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// The deadline of a case, when its dates can be read (no validation: a
/// route is shown for a case in progress too).
pub fn deadline_of(case: &Case, today: NaiveDate) -> Option<DeadlineReport> {
    let d = &case.decision;
    let received = parse_date(&d.received)?;
    crate::deadline::compute_with(
        &DeadlineInput {
            received,
            stated: d.stated_deadline.as_deref().and_then(parse_date),
            decided: parse_date(&d.date),
            today,
        },
        d.stated_deadline_confirmed,
    )
    .ok()
}

/// Whether the applicant is in Norway (`facts.applicant_in_norway`).
pub fn applicant_in_norway(case: &Case) -> Option<bool> {
    case.facts.applicant_in_norway
}

/// Whether the letter carries a request for utsatt iverksettelse: only when
/// asked and the applicant is in Norway (fvl. § 42 is about staying in
/// Norway). Otherwise the case gets a notice saying it was left out.
pub fn deferral_applies(case: &Case) -> bool {
    case.request_deferred_implementation && applicant_in_norway(case) == Some(true)
}

/// The route kind for who made the decision and where the deadline stands.
pub fn kind_for(case: &Case, deadline: Option<&DeadlineReport>) -> RouteKind {
    match made_by(case).0 {
        MadeBy::Udi if deadline.is_some_and(|d| d.late) && case.sent.is_none() => {
            RouteKind::UdiOmgjoring
        }
        MadeBy::Udi => RouteKind::Udi,
        MadeBy::Embassy => RouteKind::Embassy,
        MadeBy::Police => RouteKind::Police,
        MadeBy::Une => RouteKind::UneOmgjoring,
        MadeBy::Unsure => RouteKind::Unsure,
    }
}

/// The letter that follows from who decided and the deadline: `omgjoring`
/// for UNE, and for UDI once a late klage is no longer possible (fvl. § 35);
/// `late` after the deadline; `forelopig` when documents follow; else
/// `klage`. None without a deadline.
pub fn default_letter_kind(
    made_by: MadeBy,
    deadline: Option<&DeadlineReport>,
    more_documents: bool,
) -> Option<LetterKind> {
    if made_by == MadeBy::Une {
        return Some(LetterKind::Omgjoring);
    }
    let d = deadline?;
    Some(if d.late && d.one_year_passed && made_by == MadeBy::Udi {
        LetterKind::Omgjoring
    } else if d.late {
        LetterKind::Late
    } else if more_documents {
        LetterKind::Forelopig
    } else {
        LetterKind::Klage
    })
}

/// Where the case goes and what comes after, in `lang`, as of `today`.
pub fn route(case: &Case, today: NaiveDate, lang: Lang) -> Route {
    let deadline = deadline_of(case, today);
    let kind = kind_for(case, deadline.as_ref());
    let (made_by, given) = made_by(case);
    let mut r = if kind == RouteKind::Unsure {
        let mut r = skeleton(case, kind, lang);
        let mut cands = vec![RouteKind::Udi];
        cands.push(match case.decision.authority {
            Authority::Police => RouteKind::Police,
            Authority::Une => RouteKind::UneOmgjoring,
            _ => RouteKind::Embassy,
        });
        r.candidates = cands
            .into_iter()
            .map(|k| {
                let mut c = body(case, k, today, deadline.as_ref(), lang);
                // Not "final after …" while who decided is unsure.
                c.last_step = None;
                c
            })
            .collect();
        r
    } else {
        body(case, kind, today, deadline.as_ref(), lang)
    };
    r.made_by = made_by;
    r.made_by_given = given;
    r.letter_kind = if kind == RouteKind::Unsure {
        None
    } else {
        default_letter_kind(made_by, deadline.as_ref(), case.will_send_more_documents)
    };
    r.deadline = deadline.as_ref().map(|d| RouteDeadline {
        deadline: d.effective,
        latest: d.latest,
        status: d.status,
        late: d.late,
        between: d.between,
    });
    let warnings = warnings(case, kind, deadline.as_ref(), lang);
    r.warnings = warnings.iter().map(|w| w.id.clone()).collect();
    r.warning_details = warnings;
    r
}

fn skeleton(_case: &Case, kind: RouteKind, lang: Lang) -> Route {
    Route {
        route: kind,
        made_by: MadeBy::Unsure,
        made_by_given: false,
        title: t(lang, &format!("route-title-{}", kind.ftl())),
        letter_kind: None,
        send_to: None,
        channels: vec![],
        prepares: None,
        decides: None,
        next_steps: vec![],
        last_step: None,
        also: vec![],
        deadline: None,
        warnings: vec![],
        warning_details: vec![],
        candidates: vec![],
    }
}

/// The arguments every route text may use.
struct Args {
    lang: Lang,
    body: String,
    embassy: String,
    police: String,
}

impl Args {
    fn text(&self, id: &str, date: Option<NaiveDate>, w: Option<&Waiting>) -> String {
        let mut a: Vec<(&str, FluentValue)> = vec![
            ("body", FluentValue::from(self.body.clone())),
            ("embassy", FluentValue::from(self.embassy.clone())),
            ("police", FluentValue::from(self.police.clone())),
            (
                "date",
                FluentValue::from(date.map(|d| date_long(self.lang, d)).unwrap_or_default()),
            ),
        ];
        if let Some(w) = w {
            a.push(("days", FluentValue::from(w.days.unwrap_or(0))));
            a.push(("months", FluentValue::from(w.months.unwrap_or(0))));
            a.push(("year", FluentValue::from(w.year.unwrap_or(0).to_string())));
            a.push((
                "previous_days",
                FluentValue::from(w.previous_days.unwrap_or(0)),
            ));
            a.push((
                "previous_year",
                FluentValue::from(w.previous_year.unwrap_or(0).to_string()),
            ));
            a.push(("changed", FluentValue::from(w.changed.unwrap_or(0))));
            a.push(("total", FluentValue::from(w.total.unwrap_or(0))));
        }
        tr(self.lang, id, &a)
    }
}

fn sources_of(keys: &[String], w: Option<&Waiting>) -> Vec<String> {
    let mut out: Vec<String> = keys.iter().map(|k| cite(k)).collect();
    if let Some(w) = w {
        let c = cite(&w.source);
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

fn body(
    case: &Case,
    kind: RouteKind,
    today: NaiveDate,
    deadline: Option<&DeadlineReport>,
    lang: Lang,
) -> Route {
    let data = DATA
        .route
        .get(kind.code())
        .unwrap_or_else(|| panic!("data/routes.toml: no route {}", kind.code()));
    let d = &case.decision;
    let args = Args {
        lang,
        body: String::new(),
        embassy: d.embassy.clone().unwrap_or_default().trim().to_string(),
        police: d
            .police_district
            .clone()
            .unwrap_or_default()
            .trim()
            .to_string(),
    };
    let prefix = format!("route-{}", kind.ftl());
    let waiting = |r: &Ref| r.waiting.as_deref().map(|w| &DATA.waiting[w]);
    // A dated step: the day to follow up, counted from the day it was sent
    // (or today, when not yet sent).
    let sent_or_today = case
        .sent
        .as_ref()
        .and_then(|s| parse_date(&s.date))
        .unwrap_or(today);
    let decided = parse_date(&d.date);
    let date_for = |r: &Ref| -> Option<NaiveDate> {
        let w = waiting(r)?;
        match r.id.as_str() {
            "udi-follow-up" => sent_or_today.checked_add_days(Days::new(w.days?)),
            "une-omgjoring-final" => decided?.checked_add_months(Months::new(w.months?)),
            _ => None,
        }
    };
    let item = |section: &str, r: &Ref| {
        let date = date_for(r);
        Item {
            id: r.id.clone(),
            text: args.text(&format!("{prefix}-{section}-{}", r.id), date, waiting(r)),
            date,
            sources: sources_of(&r.sources, waiting(r)),
        }
    };

    let send_to = {
        let sources = sources_of(&data.send_to_sources, None);
        match data.send_to.as_str() {
            "udi" | "une" => {
                let a = if data.send_to == "udi" {
                    &ADDRESSES.udi
                } else {
                    &ADDRESSES.une
                };
                let known = !a.lines.is_empty();
                SendTo {
                    name: a.name.clone(),
                    lines: a.lines.clone(),
                    address_known: known,
                    note: args.text(&format!("{prefix}-send-to-note"), None, None),
                    sources,
                }
            }
            _ => {
                let name = match kind {
                    RouteKind::Police => args.police.clone(),
                    _ => args.embassy.clone(),
                };
                let name = if name.is_empty() {
                    t(lang, &format!("{prefix}-send-to-unnamed"))
                } else {
                    name
                };
                SendTo {
                    name,
                    lines: vec![],
                    address_known: false,
                    note: args.text(&format!("{prefix}-send-to-note"), None, None),
                    sources,
                }
            }
        }
    };

    let mut next_steps: Vec<Item> = data.steps.iter().map(|r| item("step", r)).collect();
    if case.will_send_more_documents && matches!(kind, RouteKind::Udi | RouteKind::Embassy) {
        let w = &DATA.waiting["provisional_documents"];
        next_steps.insert(
            1.min(next_steps.len()),
            Item {
                id: "provisional-documents".into(),
                text: args.text("route-step-provisional-documents", None, Some(w)),
                date: None,
                sources: sources_of(&[], Some(w)),
            },
        );
    }

    let mut also = Vec::new();
    let one_year = deadline.and_then(|d| d.one_year_limit);
    match kind {
        RouteKind::UdiOmgjoring => {
            if deadline.is_some_and(|d| !d.one_year_passed) {
                also.push(Item {
                    id: "late-klage".into(),
                    text: args.text("route-also-late-klage", one_year, None),
                    date: one_year,
                    sources: vec![cite("FVL")],
                });
            }
            also.push(Item {
                id: "new-application".into(),
                text: t(lang, "route-also-new-application"),
                date: None,
                sources: vec![cite("FVL35")],
            });
        }
        RouteKind::UneOmgjoring | RouteKind::Embassy | RouteKind::Police => {
            also.push(Item {
                id: "new-application".into(),
                text: t(lang, "route-also-new-application"),
                date: None,
                sources: vec![cite("UDE")],
            });
        }
        _ => {}
    }
    if kind != RouteKind::Unsure {
        let w = &DATA.waiting["costs_claim"];
        also.push(Item {
            id: "costs".into(),
            text: args.text("route-also-costs", None, Some(w)),
            date: None,
            sources: sources_of(&[], Some(w)),
        });
    }
    // In Norway: the stand-alone deferral request can go at once (utl. § 90).
    if applicant_in_norway(case) == Some(true) && kind != RouteKind::UneOmgjoring {
        also.push(Item {
            id: "utsatt-letter".into(),
            text: t(lang, "route-also-utsatt-letter"),
            date: None,
            sources: vec![cite("FVL"), cite("L90")],
        });
    }

    Route {
        route: kind,
        made_by: MadeBy::Unsure,
        made_by_given: false,
        title: args.text(&format!("route-title-{}", kind.ftl()), None, None),
        letter_kind: None,
        send_to: Some(send_to),
        channels: data.channels.iter().map(|r| item("channel", r)).collect(),
        prepares: Some(item("prepares", &data.prepares)),
        decides: Some(item("decides", &data.decides)),
        next_steps,
        last_step: Some(item("last", &data.last)),
        also,
        deadline: None,
        warnings: vec![],
        warning_details: vec![],
        candidates: vec![],
    }
}

/// The warnings of a route, in a fixed order, each with a stable id.
fn warnings(
    case: &Case,
    kind: RouteKind,
    deadline: Option<&DeadlineReport>,
    lang: Lang,
) -> Vec<Item> {
    let mut out = Vec::new();
    let mut w = |id: &str, date: Option<NaiveDate>, keys: &[&str]| {
        let args: Vec<(&str, FluentValue)> = vec![(
            "date",
            FluentValue::from(date.map(|d| date_long(lang, d)).unwrap_or_default()),
        )];
        out.push(Item {
            id: id.to_string(),
            text: tr(
                lang,
                &format!("route-warning-{}", id.replace('_', "-")),
                &args,
            ),
            date,
            sources: keys.iter().map(|k| cite(k)).collect(),
        });
    };
    let (made_by, given) = made_by(case);
    let d = &case.decision;
    let une = kind == RouteKind::UneOmgjoring;

    if made_by == MadeBy::Unsure {
        w("made_by_unsure", None, &["F134", "FVL", "L76"]);
    } else if !given && matches!(d.authority, Authority::Embassy | Authority::Police) {
        w("check_made_by", None, &["F134", "L76"]);
    } else if made_by == MadeBy::Udi
        && matches!(d.authority, Authority::Embassy | Authority::Police)
    {
        // A UDI decision handed out by an embassy or the police: addressed
        // to UDI (fvl. § 32 a), sent the way the decision letter says.
        w("send_as_decision_says", None, &["FVL", "UDE"]);
    }
    if matches!(kind, RouteKind::Embassy | RouteKind::Police) {
        w("address_unknown", None, &["UDE", "FVL"]);
    }
    if let Some(dl) = deadline
        && !une
    {
        if dl.between {
            w(
                "earlier_stated_deadline",
                Some(dl.effective),
                &["FVL", "UDP"],
            );
        } else if dl.late && dl.one_year_passed {
            w("one_year_passed", dl.one_year_limit, &["FVL"]);
        } else if dl.late {
            w("deadline_passed", Some(dl.effective), &["FVL"]);
        } else if dl.recommend_provisional {
            w("provisional_recommended", Some(dl.effective), &["UDK"]);
        }
    }
    if d.received_how == Some(crate::case::ReceivedHow::Electronic) && !une {
        w("electronic_notice", None, &["FVL"]);
    }
    if case
        .representative
        .as_ref()
        .is_some_and(|r| r.fullmakt_follows && !r.is_lawyer)
    {
        w("fullmakt_follows", None, &["FVL"]);
    }
    match applicant_in_norway(case) {
        Some(true) => {
            if une {
                w("deferral_une", None, &["RB07"]);
            } else if case.facts.is_renewal == Some(true) {
                w("renewal_right_to_stay", None, &["L61", "UDS", "UDP"]);
            } else if !deadline.is_some_and(|d| d.late) || kind == RouteKind::UdiOmgjoring {
                w("deferral_48h", None, &["L90", "UDS"]);
            }
            w("exit_deadline", None, &["IM03", "UDP", "UDS"]);
        }
        Some(false) => {
            if case.request_deferred_implementation {
                w("deferral_abroad", None, &["FVL", "UDS"]);
            }
            if deadline.is_some_and(|d| !d.late) && !une {
                w("abroad_send_early", None, &["FVL", "UDE"]);
            }
        }
        None => {
            if case.request_deferred_implementation {
                w("in_norway_unknown", None, &["UDS"]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(made_by: Option<MadeBy>, authority: Authority) -> Case {
        let mut c = Case::default();
        c.decision.authority = authority;
        c.decision.made_by = made_by;
        c.decision.date = "2026-11-02".into();
        c.decision.received = "2026-11-09".into();
        c.decision.embassy = Some("Norges ambassade i Nairobi".into());
        c
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn every_route_has_data_and_text_in_every_language() {
        for k in RouteKind::ALL {
            assert!(DATA.route.contains_key(k.code()), "{}", k.code());
        }
        for m in [
            MadeBy::Udi,
            MadeBy::Embassy,
            MadeBy::Police,
            MadeBy::Une,
            MadeBy::Unsure,
        ] {
            for lang in Lang::ALL {
                for today in ["2026-11-10", "2026-12-20"] {
                    let mut c = case(Some(m), Authority::Embassy);
                    c.decision.police_district = Some("Oslo politidistrikt".into());
                    c.facts.applicant_in_norway = Some(true);
                    let r = route(&c, d(today), lang);
                    let json = serde_json::to_string(&r).unwrap();
                    assert!(!json.contains("Unknown localization"), "{json}");
                    assert!(!json.contains("{ $"), "{json}");
                }
            }
        }
    }

    #[test]
    fn routes_follow_who_made_the_decision() {
        let today = d("2026-11-20");
        let k = |m, a| route(&case(m, a), today, Lang::En).route;
        assert_eq!(k(Some(MadeBy::Udi), Authority::Embassy), RouteKind::Udi);
        assert_eq!(k(None, Authority::Embassy), RouteKind::Embassy);
        assert_eq!(k(None, Authority::Police), RouteKind::Police);
        assert_eq!(k(None, Authority::Une), RouteKind::UneOmgjoring);
        assert_eq!(
            k(Some(MadeBy::Unsure), Authority::Embassy),
            RouteKind::Unsure
        );
        // UDI, deadline passed, nothing filed: fvl. § 35, with a late klage.
        let r = route(&case(None, Authority::Udi), d("2026-12-20"), Lang::En);
        assert_eq!(r.route, RouteKind::UdiOmgjoring);
        assert_eq!(r.letter_kind, Some(LetterKind::Late));
        assert!(r.also.iter().any(|a| a.id == "late-klage"));
        let r = route(&case(None, Authority::Udi), d("2027-11-20"), Lang::En);
        assert_eq!(r.letter_kind, Some(LetterKind::Omgjoring));
        assert!(r.warnings.contains(&"one_year_passed".to_string()));
        assert!(!r.also.iter().any(|a| a.id == "late-klage"));
    }

    #[test]
    fn an_embassy_decision_is_never_uploaded_to_udi() {
        let r = route(&case(None, Authority::Embassy), d("2026-11-20"), Lang::En);
        let send = r.send_to.as_ref().unwrap();
        assert_eq!(send.name, "Norges ambassade i Nairobi");
        assert!(!send.address_known && send.lines.is_empty());
        assert!(r.channels.iter().all(|c| !c.id.starts_with("udi-")));
        assert!(r.warnings.contains(&"check_made_by".to_string()));
        assert!(r.warnings.contains(&"address_unknown".to_string()));
        let all: String = r.channels.iter().map(|c| c.text.clone()).collect();
        assert!(!all.contains("Postboks 2098"), "{all}");
    }

    #[test]
    fn unsure_shows_both_and_no_final_text() {
        let r = route(
            &case(Some(MadeBy::Unsure), Authority::Embassy),
            d("2026-11-20"),
            Lang::Nb,
        );
        assert!(r.send_to.is_none() && r.last_step.is_none());
        let kinds: Vec<_> = r.candidates.iter().map(|c| c.route).collect();
        assert_eq!(kinds, [RouteKind::Udi, RouteKind::Embassy]);
        assert!(r.candidates.iter().all(|c| c.last_step.is_none()));
        assert_eq!(r.warnings[0], "made_by_unsure");
    }

    #[test]
    fn staying_in_norway_only_when_in_norway() {
        let mut c = case(None, Authority::Udi);
        c.facts.applicant_in_norway = Some(true);
        let r = route(&c, d("2026-11-20"), Lang::En);
        assert!(r.warnings.contains(&"deferral_48h".to_string()));
        assert!(r.warnings.contains(&"exit_deadline".to_string()));
        let t48 = &r.warning_details[r.warnings.iter().position(|w| w == "deferral_48h").unwrap()];
        assert!(
            t48.text.contains("48 hours") && t48.text.contains("at once"),
            "{}",
            t48.text
        );
        c.facts.applicant_in_norway = Some(false);
        c.request_deferred_implementation = true;
        let r = route(&c, d("2026-11-20"), Lang::En);
        assert!(
            !r.warnings
                .iter()
                .any(|w| w == "deferral_48h" || w == "exit_deadline")
        );
        assert!(r.warnings.contains(&"deferral_abroad".to_string()));
        assert!(!deferral_applies(&c));
        // A renewal: the three conditions of the right to stay, not 48 hours.
        c.facts.applicant_in_norway = Some(true);
        c.facts.is_renewal = Some(true);
        let r = route(&c, d("2026-11-20"), Lang::En);
        assert!(r.warnings.contains(&"renewal_right_to_stay".to_string()));
        assert!(!r.warnings.contains(&"deferral_48h".to_string()));
        assert!(r.warnings.contains(&"exit_deadline".to_string()));
    }

    #[test]
    fn follow_up_is_dated_from_sending() {
        let mut c = case(None, Authority::Udi);
        let r = route(&c, d("2026-11-20"), Lang::En);
        let f = r
            .next_steps
            .iter()
            .find(|s| s.id == "udi-follow-up")
            .unwrap();
        assert_eq!(f.date, Some(d("2026-12-11")));
        c.sent = Some(crate::case::Sent {
            date: "2026-11-25".into(),
            channel: crate::case::SentChannel::UdiUpload,
            receipt: String::new(),
        });
        let r = route(&c, d("2026-12-20"), Lang::En);
        assert_eq!(r.route, RouteKind::Udi, "a klage was filed");
        let f = r
            .next_steps
            .iter()
            .find(|s| s.id == "udi-follow-up")
            .unwrap();
        assert_eq!(f.date, Some(d("2026-12-16")));
        let une = r
            .next_steps
            .iter()
            .find(|s| s.id == "une-considers")
            .unwrap();
        assert!(
            une.text.contains("2023") && une.text.contains("177"),
            "{}",
            une.text
        );
    }

    #[test]
    fn between_the_two_deadlines_warns() {
        let mut c = case(None, Authority::Udi);
        c.decision.stated_deadline = Some("2026-11-25".into());
        let r = route(&c, d("2026-11-27"), Lang::En);
        assert_eq!(r.route, RouteKind::Udi);
        assert!(r.warnings.contains(&"earlier_stated_deadline".to_string()));
        assert_eq!(r.deadline.as_ref().unwrap().deadline, d("2026-11-25"));
    }
}
