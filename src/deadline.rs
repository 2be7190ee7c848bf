//! The klage deadline (klagefrist).
//!
//! - fvl. § 29: 3 weeks from the day the decision reached the party.
//! - fvl. § 30: counted under domstolloven §§ 148–149: a deadline in weeks ends
//!   on the same weekday; if that day is a Saturday, a Sunday, a helligdag or a
//!   høgtidsdag (1 and 17 May), it moves to the next working day. 24 and 31
//!   December do not move it (a warning only). The closed days are data, see
//!   [`crate::holidays`].
//! - fvl. § 31: a late klage may still be considered, never more than one year
//!   after the decision was made.
//!
//! A deadline printed in the decision is shown beside the computed one. The
//! deadline to meet is the **earlier** of the two: never "the later date
//! applies". When today lies between them, the klage is sent at once, states
//! the day the decision was received, and asks in the alternative to be
//! considered under fvl. § 31 (`between`). "Today" is a parameter.
use crate::Lang;
use crate::fmt::{date_long, date_with_weekday};
use crate::holidays::{self, ClosedRule};
use crate::i18n::{FluentValue, UserFacing, t, tr};
use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

/// What the deadline is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeadlineInput {
    /// The day the decision reached the party or their representative.
    pub received: NaiveDate,
    /// The deadline printed in the decision, if any.
    pub stated: Option<NaiveDate>,
    /// The date of the decision, for the one-year limit of fvl. § 31.
    pub decided: Option<NaiveDate>,
    /// Today.
    pub today: NaiveDate,
}

/// Where the deadline stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineStatus {
    /// More than today is left.
    Open,
    /// Today is the last day.
    LastDay,
    /// The deadline has passed.
    Passed,
}

impl DeadlineStatus {
    /// The stable name, as in JSON: `open`, `last_day`, `passed`.
    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineStatus::Open => "open",
            DeadlineStatus::LastDay => "last_day",
            DeadlineStatus::Passed => "passed",
        }
    }

    /// The status in words.
    pub fn label(self, lang: Lang) -> String {
        t(
            lang,
            &format!("deadline-status-{}", self.as_str().replace('_', "-")),
        )
    }
}

/// Which letter the deadline leads to: an ordinary klage, or a late klage
/// that must explain the delay (fvl. § 31). Names match the letter kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterPath {
    Klage,
    Late,
}

/// A day the deadline moved over, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MovedOver {
    pub date: NaiveDate,
    /// Id of the closed-day rule, e.g. `skjaertorsdag` (see `data/closed-days.toml`).
    pub reason: &'static str,
    /// The statute, e.g. "helligdagsloven § 2 c".
    pub source: &'static str,
}

impl MovedOver {
    fn from_rule(date: NaiveDate, r: &'static ClosedRule) -> Self {
        MovedOver {
            date,
            reason: &r.id,
            source: &r.source,
        }
    }
}

/// The result of [`compute`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineReport {
    pub received: NaiveDate,
    /// Received + 3 weeks, before any move (domstolloven § 148).
    pub three_weeks: NaiveDate,
    /// The closed days the deadline moved over, in order (domstolloven § 149).
    pub moved_over: Vec<MovedOver>,
    /// The deadline computed by law.
    pub computed: NaiveDate,
    /// The deadline printed in the decision, if given.
    pub stated: Option<NaiveDate>,
    /// The printed deadline is more than two months after the decision was
    /// received: most likely a typo (2062 for 2026). It is shown, but not
    /// used until the user confirms it (`stated_confirmed`): until then
    /// `effective` is the deadline by law.
    pub stated_implausible: bool,
    /// The user has confirmed that the decision really prints this
    /// implausible deadline (case field `decision.stated_deadline_confirmed`):
    /// it is used by the usual rule (meet the earlier of the two).
    pub stated_confirmed: bool,
    /// The printed deadline is implausible and not confirmed: ask the user
    /// to correct or confirm it.
    pub stated_needs_confirmation: bool,
    /// The deadline to meet: the earlier of `computed` and `stated` (a
    /// printed deadline that is implausible is not used).
    pub effective: NaiveDate,
    /// The later of `computed` and `stated` (equal to `effective` without a
    /// stated deadline). After this day the klage is late (fvl. § 31).
    pub latest: NaiveDate,
    /// Today is after the earlier date but not after the later one: send at
    /// once, state the day of receipt, and ask in the alternative under
    /// fvl. § 31 (warning `earlier_stated_deadline`).
    pub between: bool,
    /// The deadline computed by law from the day of receipt has not passed:
    /// only then may the letter say that the klage is in time.
    pub computed_open: bool,
    pub today: NaiveDate,
    /// Days from today to `effective` (negative when passed).
    pub days_left: i64,
    pub status: DeadlineStatus,
    /// Both the computed and the stated deadline have passed: the klage is
    /// late (fvl. § 31).
    pub late: bool,
    /// Fewer than 7 days left and not passed: suggest a foreløpig klage.
    pub recommend_provisional: bool,
    pub letter_path: LetterPath,
    /// The decision's date, if given.
    pub decided: Option<NaiveDate>,
    /// `decided` + 1 year: after this day a klage can no longer be handled as
    /// a klage (fvl. § 31 last sentence).
    pub one_year_limit: Option<NaiveDate>,
    /// Today is after `one_year_limit`.
    pub one_year_passed: bool,
    /// Id of a warn-only day (`julaften`, `nyttarsaften`) the effective
    /// deadline falls on: the deadline does not move, but offices may be closed.
    pub office_warning: Option<&'static str>,
}

/// A printed deadline later than this many months after receipt is taken
/// for a typo and not used.
pub const STATED_PLAUSIBLE_MONTHS: u32 = 2;

/// Days left below which a foreløpig klage is suggested.
const PROVISIONAL_BELOW_DAYS: i64 = 7;

/// Input the deadline cannot be computed from.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    #[error("the decision was received {received}, which is after today {today}")]
    ReceivedAfterToday {
        received: NaiveDate,
        today: NaiveDate,
    },
    #[error("the decision is dated {decided}, after the day it was received {received}")]
    DecidedAfterReceived {
        decided: NaiveDate,
        received: NaiveDate,
    },
    #[error("{date} is outside the calendar this program can count in")]
    OutOfRange { date: NaiveDate },
}

impl UserFacing for DeadlineError {
    fn code(&self) -> &'static str {
        match self {
            DeadlineError::ReceivedAfterToday { .. } => "deadline.received_after_today",
            DeadlineError::DecidedAfterReceived { .. } => "deadline.decided_after_received",
            DeadlineError::OutOfRange { .. } => "deadline.out_of_range",
        }
    }

    fn message(&self, lang: Lang) -> String {
        let dl = |d: &NaiveDate| FluentValue::from(date_long(lang, *d));
        match self {
            DeadlineError::ReceivedAfterToday { received, today } => tr(
                lang,
                "deadline-error-received-after-today",
                &[("received", dl(received)), ("today", dl(today))],
            ),
            DeadlineError::DecidedAfterReceived { decided, received } => tr(
                lang,
                "deadline-error-decided-after-received",
                &[("decided", dl(decided)), ("received", dl(received))],
            ),
            DeadlineError::OutOfRange { date } => tr(
                lang,
                "deadline-error-out-of-range",
                &[("date", FluentValue::from(date.to_string()))],
            ),
        }
    }
}

/// Received + 3 weeks, and the closed days from there to the first open day.
fn by_law(received: NaiveDate) -> Option<(NaiveDate, Vec<MovedOver>, NaiveDate)> {
    let weeks = holidays::table().rule.weeks;
    let three_weeks = received.checked_add_days(Days::new(weeks * 7))?;
    let mut day = three_weeks;
    let mut moved = Vec::new();
    while let Some(r) = holidays::closed_reason(day) {
        moved.push(MovedOver::from_rule(day, r));
        day = day.succ_opt()?;
    }
    Some((three_weeks, moved, day))
}

/// The deadline by law only: received + 3 weeks, moved off closed days.
/// `None` only at the very end of chrono's calendar.
pub fn deadline_for(received: NaiveDate) -> Option<NaiveDate> {
    by_law(received).map(|(_, _, d)| d)
}

/// Computes the deadline, its status today and what it means. A printed
/// deadline more than two months after receipt is not used (see
/// [`compute_with`]).
pub fn compute(input: &DeadlineInput) -> Result<DeadlineReport, DeadlineError> {
    compute_with(input, false)
}

/// As [`compute`]; `stated_confirmed`: the user has confirmed that the
/// decision really prints a deadline more than two months after receipt,
/// so it is used like any printed deadline (the earlier of it and the
/// deadline by law is the one to meet).
pub fn compute_with(
    input: &DeadlineInput,
    stated_confirmed: bool,
) -> Result<DeadlineReport, DeadlineError> {
    let DeadlineInput {
        received,
        stated,
        decided,
        today,
    } = *input;
    if received > today {
        return Err(DeadlineError::ReceivedAfterToday { received, today });
    }
    if let Some(decided) = decided
        && decided > received
    {
        return Err(DeadlineError::DecidedAfterReceived { decided, received });
    }
    let (three_weeks, moved_over, computed) =
        by_law(received).ok_or(DeadlineError::OutOfRange { date: received })?;
    // A printed deadline more than two months after receipt is not used: a
    // klage deadline is 3 weeks (fvl. § 29), so such a date is a typo.
    let stated_implausible = stated.is_some_and(|s| {
        received
            .checked_add_months(Months::new(STATED_PLAUSIBLE_MONTHS))
            .is_none_or(|limit| s > limit)
    });
    let confirmed = stated_implausible && stated_confirmed;
    let usable = stated.filter(|_| !stated_implausible || confirmed);
    // Safe advice: meet the earlier of the two dates (routes: fvl. § 29 and
    // UDI's "oppgi datoen for når du mottok vedtaket").
    let effective = usable.map_or(computed, |s| s.min(computed));
    let latest = usable.map_or(computed, |s| s.max(computed));
    let days_left = effective.signed_duration_since(today).num_days();
    let status = match days_left {
        d if d > 0 => DeadlineStatus::Open,
        0 => DeadlineStatus::LastDay,
        _ => DeadlineStatus::Passed,
    };
    let late = today > latest;
    let between = today > effective && !late;
    let one_year_limit = match decided {
        Some(d) => Some(
            d.checked_add_months(Months::new(12))
                .ok_or(DeadlineError::OutOfRange { date: d })?,
        ),
        None => None,
    };
    Ok(DeadlineReport {
        received,
        three_weeks,
        moved_over,
        computed,
        stated,
        stated_implausible,
        stated_confirmed: confirmed,
        stated_needs_confirmation: stated_implausible && !confirmed,
        effective,
        latest,
        between,
        computed_open: today <= computed,
        today,
        days_left,
        status,
        late,
        recommend_provisional: !late && !between && days_left < PROVISIONAL_BELOW_DAYS,
        letter_path: if late {
            LetterPath::Late
        } else {
            LetterPath::Klage
        },
        decided,
        one_year_limit,
        // Without the decision's date: it was made on or before the day it was
        // received, so a year after receipt the limit has surely passed.
        one_year_passed: match one_year_limit {
            Some(l) => today > l,
            None => received
                .checked_add_months(Months::new(12))
                .is_some_and(|l| today > l),
        },
        office_warning: holidays::warn_only(effective).map(|r| r.id.as_str()),
    })
}

/// The plain-language explanation of a report, in two parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// "Klagefrist: tirsdag 22. april 2025".
    pub headline: String,
    /// Days left and status, e.g. "25 days left (today is 28 March 2025). Status: open."
    pub status_line: String,
    /// Why the deadline is this date, each step with its source.
    pub why: Vec<String>,
    /// What to do now.
    pub todo: Vec<String>,
}

impl DeadlineReport {
    /// Plain-language explanations with sources: the reasons for the date,
    /// then what to do.
    pub fn notes(&self, lang: Lang) -> Vec<String> {
        let e = self.explain(lang);
        e.why.into_iter().chain(e.todo).collect()
    }

    /// The warning for a deadline on 24 or 31 December: it does not move,
    /// but offices may be closed.
    pub fn office_note(&self, lang: Lang) -> Option<String> {
        let id = self.office_warning?;
        Some(tr(
            lang,
            "deadline-office-warning",
            &[
                ("date", FluentValue::from(date_long(lang, self.effective))),
                ("name", FluentValue::from(t(lang, &format!("closed-{id}")))),
            ],
        ))
    }

    /// The full explanation for the human output and the app.
    pub fn explain(&self, lang: Lang) -> Explanation {
        let long = |d: NaiveDate| FluentValue::from(date_long(lang, d));
        let wd = |d: NaiveDate| FluentValue::from(date_with_weekday(lang, d));
        let n = |x: i64| FluentValue::from(x);

        let headline = tr(lang, "deadline-headline", &[("date", wd(self.effective))]);
        let status_line = match self.status {
            DeadlineStatus::Open => tr(
                lang,
                "deadline-status-line-open",
                &[("days", n(self.days_left)), ("today", long(self.today))],
            ),
            DeadlineStatus::LastDay => tr(
                lang,
                "deadline-status-line-last-day",
                &[("today", long(self.today))],
            ),
            DeadlineStatus::Passed => tr(
                lang,
                "deadline-status-line-passed",
                &[("days", n(-self.days_left)), ("today", long(self.today))],
            ),
        };

        let mut why = vec![tr(
            lang,
            "deadline-why-weeks",
            &[
                ("received", long(self.received)),
                ("date", wd(self.three_weeks)),
            ],
        )];
        for m in &self.moved_over {
            why.push(tr(
                lang,
                "deadline-why-closed",
                &[
                    ("date", long(m.date)),
                    (
                        "name",
                        FluentValue::from(t(lang, &format!("closed-{}", m.reason))),
                    ),
                    ("source", FluentValue::from(m.source)),
                ],
            ));
        }
        if self.moved_over.is_empty() {
            why.push(t(lang, "deadline-why-not-moved"));
        } else {
            why.push(tr(
                lang,
                "deadline-why-moved",
                &[("date", wd(self.computed))],
            ));
        }
        if let Some(stated) = self.stated {
            let args = [("stated", long(stated)), ("computed", long(self.computed))];
            let id = match stated.cmp(&self.computed) {
                _ if self.stated_needs_confirmation => "deadline-stated-implausible",
                std::cmp::Ordering::Equal => "deadline-stated-same",
                std::cmp::Ordering::Greater => "deadline-stated-later",
                std::cmp::Ordering::Less => "deadline-stated-earlier",
            };
            why.push(tr(lang, id, &args));
        }
        let mut todo = Vec::new();
        match self.status {
            DeadlineStatus::Open => todo.push(tr(
                lang,
                "deadline-todo-send-by",
                &[("date", wd(self.effective))],
            )),
            DeadlineStatus::LastDay => todo.push(t(lang, "deadline-todo-last-day")),
            DeadlineStatus::Passed if self.between => todo.push(tr(
                lang,
                "deadline-todo-between",
                &[
                    ("earlier", long(self.effective)),
                    ("later", long(self.latest)),
                ],
            )),
            DeadlineStatus::Passed if self.one_year_passed => todo.push(match self.decided {
                Some(decided) => tr(
                    lang,
                    "deadline-todo-one-year-passed",
                    &[("date", long(self.effective)), ("decided", long(decided))],
                ),
                None => tr(
                    lang,
                    "deadline-todo-one-year-passed-received",
                    &[
                        ("date", long(self.effective)),
                        ("received", long(self.received)),
                    ],
                ),
            }),
            DeadlineStatus::Passed => {
                todo.push(tr(
                    lang,
                    "deadline-todo-passed",
                    &[("date", long(self.effective))],
                ));
                todo.push(match (self.decided, self.one_year_limit) {
                    (Some(decided), Some(limit)) => tr(
                        lang,
                        "deadline-todo-one-year-limit",
                        &[("decided", long(decided)), ("limit", long(limit))],
                    ),
                    _ => t(lang, "deadline-todo-one-year"),
                });
            }
        }
        if !self.late && !self.between {
            todo.extend(self.office_note(lang));
        }
        if self.recommend_provisional {
            todo.push(t(lang, "deadline-todo-provisional"));
        }
        if !self.late {
            todo.push(t(lang, "deadline-todo-on-time"));
        }
        Explanation {
            headline,
            status_line,
            why,
            todo,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn input(received: &str, today: &str) -> DeadlineInput {
        DeadlineInput {
            received: d(received),
            stated: None,
            decided: None,
            today: d(today),
        }
    }

    #[test]
    fn easter_2025_moves_five_days() {
        let r = compute(&input("2025-03-27", "2025-03-28")).unwrap();
        assert_eq!(r.three_weeks, d("2025-04-17"));
        assert_eq!(r.computed, d("2025-04-22"));
        let reasons: Vec<_> = r.moved_over.iter().map(|m| m.reason).collect();
        assert_eq!(
            reasons,
            [
                "skjaertorsdag",
                "langfredag",
                "saturday",
                "forste_paaskedag",
                "andre_paaskedag"
            ]
        );
        assert_eq!(r.days_left, 25);
        assert_eq!(r.status, DeadlineStatus::Open);
        assert!(!r.recommend_provisional);
        let nb = r.notes(Lang::Nb).join("\n");
        assert!(
            nb.contains("17. april 2025 er skjærtorsdag (helligdagsloven § 2 c)"),
            "{nb}"
        );
        assert!(nb.contains("domstolloven § 149"), "{nb}");
    }

    #[test]
    fn seventeenth_of_may_moves() {
        let r = compute(&input("2026-04-26", "2026-04-26")).unwrap();
        assert_eq!(r.computed, d("2026-05-18"));
        assert_eq!(r.moved_over[0].reason, "may17");
    }

    #[test]
    fn christmas_eve_and_new_years_eve_do_not_move_but_warn() {
        for (rec, dl, id) in [
            ("2025-12-03", "2025-12-24", "julaften"),
            ("2025-12-10", "2025-12-31", "nyttarsaften"),
        ] {
            let r = compute(&input(rec, rec)).unwrap();
            assert_eq!(r.computed, d(dl));
            assert!(r.moved_over.is_empty());
            assert_eq!(r.office_warning, Some(id));
            let en = r.notes(Lang::En).join("\n");
            assert!(en.contains("may be closed"), "{en}");
        }
    }

    #[test]
    fn status_last_day_and_passed() {
        let r = compute(&input("2025-03-27", "2025-04-22")).unwrap();
        assert_eq!(r.status, DeadlineStatus::LastDay);
        assert_eq!(r.days_left, 0);
        assert!(r.recommend_provisional);
        assert_eq!(r.letter_path, LetterPath::Klage);

        let r = compute(&input("2025-03-27", "2025-04-23")).unwrap();
        assert_eq!(r.status, DeadlineStatus::Passed);
        assert_eq!(r.days_left, -1);
        assert!(r.late && !r.recommend_provisional);
        assert_eq!(r.letter_path, LetterPath::Late);
        assert!(r.notes(Lang::En).iter().any(|n| n.contains("fvl. § 31")));
    }

    #[test]
    fn provisional_from_six_days_left() {
        let r = compute(&input("2025-03-27", "2025-04-15")).unwrap();
        assert_eq!(r.days_left, 7);
        assert!(!r.recommend_provisional);
        let r = compute(&input("2025-03-27", "2025-04-16")).unwrap();
        assert_eq!(r.days_left, 6);
        assert!(r.recommend_provisional);
        assert!(
            r.notes(Lang::Nb)
                .iter()
                .any(|n| n.contains("foreløpig klage"))
        );
    }

    #[test]
    fn stated_later_never_wins() {
        let mut i = input("2025-03-27", "2025-03-28");
        i.stated = Some(d("2025-04-25"));
        let r = compute(&i).unwrap();
        assert_eq!(r.computed, d("2025-04-22"));
        assert_eq!(r.effective, d("2025-04-22"), "meet the earlier date");
        assert_eq!(r.latest, d("2025-04-25"));
        assert_eq!(r.days_left, 25);
        assert!(!r.between && !r.late && r.computed_open);
        for lang in Lang::ALL {
            let all = r.notes(lang).join("\n").to_lowercase();
            assert!(!all.contains("later date applies"), "{all}");
            assert!(!all.contains("seneste datoen"), "{all}");
        }
        // Between the two dates: not late, but send at once (§ 31 in the
        // alternative), and the letter may not say "in time".
        i.today = d("2025-04-24");
        let r = compute(&i).unwrap();
        assert!(r.between && !r.late && !r.computed_open);
        assert_eq!(r.status, DeadlineStatus::Passed);
        assert!(!r.recommend_provisional);
        let en = r.notes(Lang::En).join("\n");
        assert!(en.contains("fvl. § 31") && en.contains("today"), "{en}");
        i.today = d("2025-04-26");
        let r = compute(&i).unwrap();
        assert!(r.late && !r.between);
    }

    #[test]
    fn an_implausible_printed_deadline_is_used_only_once_confirmed() {
        // Received 2026-11-09; printed 2027-01-20 (more than two months later).
        let mut i = input("2026-11-09", "2026-12-10");
        i.stated = Some(d("2027-01-20"));
        let r = compute(&i).unwrap();
        assert!(r.stated_implausible && r.stated_needs_confirmation && !r.stated_confirmed);
        assert_eq!(r.effective, r.computed);
        assert_eq!(
            r.latest, r.computed,
            "not used: the klage is late after the deadline by law"
        );
        assert!(r.late);
        let c = compute_with(&i, true).unwrap();
        assert!(c.stated_implausible && c.stated_confirmed && !c.stated_needs_confirmation);
        // The usual rule: meet the earlier; late only after the later.
        assert_eq!(c.effective, c.computed);
        assert_eq!(c.latest, d("2027-01-20"));
        assert!(c.between && !c.late);
        // A confirmation of a plausible date changes nothing.
        let mut p = input("2026-11-09", "2026-11-20");
        p.stated = Some(d("2026-11-25"));
        assert_eq!(compute(&p).unwrap(), compute_with(&p, true).unwrap());
    }

    #[test]
    fn stated_earlier_is_the_one_to_meet() {
        let mut i = input("2025-03-27", "2025-03-28");
        i.stated = Some(d("2025-04-15"));
        let r = compute(&i).unwrap();
        assert_eq!(r.effective, d("2025-04-15"));
        assert_eq!(r.latest, d("2025-04-22"));
        assert!(r.notes(Lang::En).iter().any(|n| n.contains("earlier")));
        i.today = d("2025-04-16");
        let r = compute(&i).unwrap();
        assert!(r.between && !r.late && r.computed_open);
    }

    #[test]
    fn a_printed_deadline_far_after_receipt_is_a_typo_and_not_used() {
        // 2062 for 2026: shown and explained, never the deadline.
        let mut i = input("2026-11-09", "2026-11-12");
        i.stated = Some(d("2062-11-30"));
        let r = compute(&i).unwrap();
        assert!(r.stated_implausible);
        assert_eq!(r.effective, r.computed);
        assert_eq!(r.effective, d("2026-11-30"));
        assert!(
            r.notes(Lang::En)
                .iter()
                .any(|n| n.contains("30 November 2062"))
        );
        // Two months after receipt is still a plausible printed date: shown
        // as the later one, while the earlier (the law's) is the one to meet.
        i.stated = Some(d("2027-01-09"));
        let r = compute(&i).unwrap();
        assert!(!r.stated_implausible);
        assert_eq!(r.effective, d("2026-11-30"));
        assert_eq!(r.latest, d("2027-01-09"));
        i.stated = Some(d("2027-01-10"));
        assert!(compute(&i).unwrap().stated_implausible);
    }

    #[test]
    fn one_year_limit() {
        let mut i = input("2024-03-04", "2025-03-05");
        i.decided = Some(d("2024-02-29"));
        let r = compute(&i).unwrap();
        assert_eq!(r.one_year_limit, Some(d("2025-02-28")));
        assert!(r.one_year_passed);
        assert!(r.notes(Lang::Nn).iter().any(|n| n.contains("eitt år")));
        i.today = d("2025-02-28");
        assert!(!compute(&i).unwrap().one_year_passed);
        // Without the decision's date, a year after receipt is surely too late.
        i.decided = None;
        i.today = d("2025-03-04");
        assert!(!compute(&i).unwrap().one_year_passed);
        i.today = d("2025-03-05");
        let r = compute(&i).unwrap();
        assert!(r.one_year_passed && r.one_year_limit.is_none());
        let en = r.notes(Lang::En).join("\n");
        assert!(
            en.contains("can no longer") && !en.contains("You can still"),
            "{en}"
        );
    }

    #[test]
    fn bad_input_is_refused_with_a_message() {
        let e = compute(&input("2025-03-29", "2025-03-28")).unwrap_err();
        assert_eq!(e.code(), "deadline.received_after_today");
        assert!(e.message(Lang::En).contains("29 March 2025"));
        let mut i = input("2025-03-27", "2025-03-28");
        i.decided = Some(d("2025-03-28"));
        assert_eq!(
            compute(&i).unwrap_err().code(),
            "deadline.decided_after_received"
        );
        let end = NaiveDate::MAX;
        let e = compute(&DeadlineInput {
            received: end,
            stated: None,
            decided: None,
            today: end,
        })
        .unwrap_err();
        assert_eq!(e.code(), "deadline.out_of_range");
    }
}
