//! What both front ends do with a case, in one place: the check and its
//! cards, the interview, which grounds to argue, the letter that follows from
//! the case, and the export with its warnings. The CLI and the desktop app
//! call these functions; neither holds a rule or a policy of its own, so the
//! same case file gives the same letter, byte for byte, in both.
use crate::Lang;
use crate::case::{Case, Problem, Severity};
use crate::i18n::{FluentValue, UserFacing, t, tr};
use crate::interview::{self, AnswerError, RenderedQuestion};
use crate::law::facts::Facts;
use crate::law::{self, Check, Status, render};
use crate::letter::{self, Letter, LetterKind};
use crate::{fmt, pdf};
use chrono::NaiveDate;
use serde::Serialize;

/// The requirements check, as the app's cards and the CLI show it.
#[derive(Debug, Clone, Serialize)]
pub struct CheckView {
    pub cards: Vec<render::Card>,
    pub assessment_date: NaiveDate,
    pub rules_as_of: NaiveDate,
    /// "The check follows the rules and figures as of …, for a decision on …".
    pub rules_note: String,
    /// The result if the decision comes half a year later (shown when it differs).
    pub later: Vec<String>,
    /// How many cards ask for attention.
    pub attention: usize,
}

pub fn check_view(facts: &Facts, lang: Lang, today: NaiveDate) -> CheckView {
    let check = law::check(facts, today);
    let cards = render::cards(&check, lang);
    CheckView {
        attention: cards.iter().filter(|c| c.status.needs_attention()).count(),
        rules_note: tr(
            lang,
            "ui-rules-note",
            &[
                ("date", fmt::date_long(lang, check.rules_as_of).into()),
                (
                    "assessed",
                    fmt::date_long(lang, check.assessment_date).into(),
                ),
            ],
        ),
        later: render::later_lines(&check, lang),
        cards,
        assessment_date: check.assessment_date,
        rules_as_of: check.rules_as_of,
    }
}

/// The interview for the answers so far.
#[derive(Debug, Clone, Serialize)]
pub struct InterviewView {
    /// The questions to show, in order: the ones the check misses and the
    /// answered ones that still matter.
    pub questions: Vec<RenderedQuestion>,
    /// Answers kept on file that later answers made irrelevant: not used in
    /// the letter.
    pub hidden_answered: Vec<RenderedQuestion>,
    /// How many facts are still missing.
    pub missing: usize,
}

pub fn interview_view(facts: &Facts, lang: Lang, today: NaiveDate) -> InterviewView {
    let questions = interview::questions(facts, today);
    InterviewView {
        missing: questions.iter().filter(|q| q.missing).count(),
        questions: questions.iter().map(|q| q.render(lang)).collect(),
        hidden_answered: interview::irrelevant(facts, today)
            .iter()
            .filter_map(|f| interview::question(f))
            .map(|q| q.render(lang))
            .collect(),
    }
}

/// Stores one answer as typed or picked (`2,5`, `416 512`, `ja`, a date in
/// ISO form) and returns the new facts.
pub fn answer(facts: &Facts, fact: &str, value: serde_json::Value) -> Result<Facts, AnswerError> {
    let q = interview::question(fact).ok_or_else(|| AnswerError::UnknownFact(fact.to_string()))?;
    let value = match value {
        serde_json::Value::String(text) => interview::parse_typed(&q, &text),
        v => v,
    };
    interview::answer(facts, fact, value)
}

/// A ground the letter should argue: a requirement that needs attention, or
/// a ground the refusal names, with a draft text.
#[derive(Debug, Clone, Serialize)]
pub struct GroundSuggestion {
    pub id: String,
    pub title: String,
    pub status: Status,
    pub status_label: String,
    /// Named in the refusal.
    pub in_refusal: bool,
    /// Whether the draft is put in the text field at once (named in the
    /// refusal, or not met); otherwise it is offered one click away.
    pub prefill: bool,
    /// The sub-rule that decided, in words.
    pub why: String,
    pub suggested_text: String,
    /// Documents that prove it (attachment titles).
    pub documents: Vec<String>,
}

/// Whether a ground on `id` belongs in the letter.
fn argued(case: &Case, check: &Check, id: &str) -> bool {
    id == crate::case::OTHER_GROUND
        || case.decision.refusal_grounds.iter().any(|g| g == id)
        || check.get(id).is_some_and(|r| r.status.needs_attention())
}

pub fn grounds_to_argue(case: &Case, lang: Lang, today: NaiveDate) -> Vec<GroundSuggestion> {
    let facts = case.facts_for_check();
    let check = law::check(&facts, today);
    check
        .requirements
        .iter()
        .filter(|(id, _)| argued(case, &check, id))
        .map(|(id, res)| {
            let in_refusal = case.decision.refusal_grounds.iter().any(|g| g == id);
            GroundSuggestion {
                id: id.to_string(),
                title: render::title(id, lang),
                status: res.status,
                status_label: render::status_label(res.status, lang),
                in_refusal,
                prefill: in_refusal || res.status == Status::NotMet,
                why: render::rule_text(res, lang),
                suggested_text: render::argument(id, Some(res), &facts, lang),
                documents: res
                    .documents
                    .iter()
                    .map(|d| t(lang, &format!("doc-{d}")))
                    .collect(),
            }
        })
        .collect()
}

/// Whether a request for utsatt iverksettelse can be made: only when the
/// applicant is in Norway (utl. § 90; fvl. § 42).
pub fn deferral_possible(case: &Case) -> bool {
    case.facts.applicant_in_norway == Some(true)
}

/// The case as the letter sees it: answers later answers made irrelevant
/// are dropped (the letter asks for deferral only for an applicant in Norway,
/// with a notice otherwise, see `routes::deferral_applies`), grounds only for
/// what is argued, no empty attachments. The saved case keeps everything.
pub fn letter_case(case: &Case, today: NaiveDate) -> Case {
    let mut c = case.clone();
    c.facts = interview::relevant_facts(&c.facts, today);
    // Facts the interview does not ask (routing, display) stay as they are.
    c.facts.applicant_in_norway = case.facts.applicant_in_norway;
    c.facts.assessment_date = case.facts.assessment_date;
    c.facts.decision_stated_future_figure = case.facts.decision_stated_future_figure;
    // A deferral request for an applicant not in Norway is left out by the
    // letter itself, with a notice (issue 9 § 3: corrected, not silently).
    let check = law::check(&c.facts_for_check(), today);
    c.grounds = c
        .grounds
        .iter()
        .filter(|g| !g.text.trim().is_empty() && argued(case, &check, &g.requirement))
        .cloned()
        .collect();
    c.attachments.retain(|a| !a.title.trim().is_empty());
    c
}

/// The letter that follows from the case (or `kind`), with every problem at once.
pub fn build_letter(
    case: &Case,
    kind: Option<LetterKind>,
    today: NaiveDate,
) -> Result<Letter, Vec<Problem>> {
    letter::build(&letter_case(case, today), kind, today)
}

/// "What does my letter say?": the letter that follows from the case (or
/// `kind`), part by part, explained in `lang` (any UI language), from the
/// same parts the PDF is made of. What the app's review panel and
/// `klagehjelp explain` show.
pub fn explain_letter(
    case: &Case,
    kind: Option<LetterKind>,
    today: NaiveDate,
    lang: Lang,
) -> Result<crate::explain::Explanation, Vec<Problem>> {
    build_letter(case, kind, today).map(|l| crate::explain::explain(&l, lang))
}

/// The letter's warnings (not blocking), in `lang`: the case review and
/// characters the fonts cannot draw. What the app shows under the preview.
pub fn letter_warnings(case: &Case, letter: &Letter, lang: Lang, today: NaiveDate) -> Vec<Problem> {
    let mut out: Vec<Problem> = letter_case(case, today)
        .review(Some(letter.kind), today)
        .warnings
        .into_iter()
        .map(|p| p.in_lang(lang))
        .collect();
    out.extend(glyph_warning(letter, lang));
    out
}

/// Notes for the person sending the letter (where and how to send it,
/// warnings of the case) and characters the fonts cannot draw: what the CLI
/// prints after writing the letter.
pub fn sender_notes(letter: &Letter, lang: Lang) -> Vec<Problem> {
    let mut out: Vec<Problem> = letter
        .notes
        .iter()
        .cloned()
        .map(|p| p.in_lang(lang))
        .collect();
    out.extend(glyph_warning(letter, lang));
    out
}

fn glyph_warning(letter: &Letter, lang: Lang) -> Option<Problem> {
    let missing = pdf::missing_glyphs(&letter.document).ok()?;
    if missing.is_empty() {
        return None;
    }
    let chars: String = missing.iter().collect();
    Some(
        Problem::fluent(
            "letter",
            "pdf.missing_glyphs",
            Severity::Warning,
            move |_| vec![("chars", chars.clone())],
        )
        .in_lang(lang),
    )
}

/// An export that could not be made.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ExportError {
    #[error("the case has problems")]
    Problems(Vec<Problem>),
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
}

/// The exported letter: PDF bytes, the kind, and warnings for the sender.
pub struct Export {
    pub pdf: Vec<u8>,
    pub kind: LetterKind,
    pub warnings: Vec<Problem>,
}

/// Builds the letter's PDF: what the CLI's `letter --out` and the app's
/// Export PDF both write.
pub fn export_pdf(
    case: &Case,
    kind: Option<LetterKind>,
    lang: Lang,
    today: NaiveDate,
) -> Result<Export, ExportError> {
    let letter = build_letter(case, kind, today)
        .map_err(|ps| ExportError::Problems(ps.into_iter().map(|p| p.in_lang(lang)).collect()))?;
    let pdf = letter
        .to_pdf()
        .map_err(|e| ExportError::Pdf(e.message(lang)))?;
    let warnings = letter_warnings(case, &letter, lang, today);
    Ok(Export {
        pdf,
        kind: letter.kind,
        warnings,
    })
}

/// The notice for facts dropped when an older case file was opened.
pub fn migration_notice(case: &Case, lang: Lang) -> Option<String> {
    if case.migration_notices.is_empty() {
        return None;
    }
    let names = case
        .migration_notices
        .iter()
        .map(|f| t(lang, &format!("fact-{f}")))
        .collect::<Vec<_>>()
        .join(", ");
    Some(tr(
        lang,
        "session-migrated",
        &[("facts", FluentValue::from(names))],
    ))
}

/// Severity helper for front ends.
pub fn is_error(p: &Problem) -> bool {
    p.severity == Severity::Error
}

// ---------------------------------------------------------------------------
// After sending (routes: what was sent, when and how; the day to follow up;
// the letters that can come after the klage)
// ---------------------------------------------------------------------------

use crate::case::{Sent, SentChannel};
use crate::routes::{self, RouteKind};

/// The channel codes of the case file (`sent.channel`).
pub fn channel_code(c: SentChannel) -> &'static str {
    match c {
        SentChannel::UdiUpload => "udi_upload",
        SentChannel::Post => "post",
        SentChannel::Police => "police",
        SentChannel::Embassy => "embassy",
        SentChannel::UneForm => "une_form",
    }
}

fn channel_of(code: &str) -> Option<SentChannel> {
    [
        SentChannel::UdiUpload,
        SentChannel::Post,
        SentChannel::Police,
        SentChannel::Embassy,
        SentChannel::UneForm,
    ]
    .into_iter()
    .find(|c| channel_code(*c) == code.trim())
}

/// The ways a letter on this route can be sent, as the route's channels
/// give them: UDI by upload, by post or through the police (route A, and
/// UDI's fvl. § 35); an embassy or a police district as the decision letter
/// says; UNE through its form.
pub fn channels_for(kind: RouteKind) -> Vec<SentChannel> {
    use SentChannel::*;
    match kind {
        RouteKind::Udi => vec![UdiUpload, Post, Police],
        RouteKind::UdiOmgjoring => vec![UdiUpload, Post],
        RouteKind::Embassy => vec![Embassy],
        RouteKind::Police => vec![Police],
        RouteKind::UneOmgjoring => vec![UneForm],
        RouteKind::Unsure => vec![UdiUpload, Post, Police, Embassy],
    }
}

/// A way of sending, for a choice list.
#[derive(Debug, Clone, Serialize)]
pub struct ChannelChoice {
    pub code: &'static str,
    pub label: String,
}

/// A letter that can be written after (or, for `utsatt`, before) the klage,
/// and whether it can be written now. When it is offered is decided here.
#[derive(Debug, Clone, Serialize)]
pub struct KindOffer {
    pub kind: LetterKind,
    pub title: String,
    /// What it is for, with its legal source.
    pub explain: String,
    /// Whether it can be written now; else `reason` says why not.
    pub available: bool,
    pub reason: String,
    /// The last day to send it, when the law gives one and the case's dates
    /// allow it to be computed (costs: three weeks, fvl. § 36).
    pub last_day: Option<NaiveDate>,
    pub last_day_long: String,
}

/// The record of sending and what comes after, for the app's "sent"
/// section and `klagehjelp sent`.
#[derive(Debug, Clone, Serialize)]
pub struct AfterView {
    pub route: RouteKind,
    pub channels: Vec<ChannelChoice>,
    /// The record, if the klage was sent: "Sent on … by …; receipt: …".
    pub sent: Option<Sent>,
    pub sent_text: String,
    /// The day to follow up when UDI's three-week answer duty runs out
    /// (UDI answers letters within three weeks), dated from the day sent;
    /// only on the routes where UDI receives the letter.
    pub follow_up: Option<routes::Item>,
    pub letters: Vec<KindOffer>,
}

fn channel_label(c: SentChannel, lang: Lang) -> String {
    t(lang, &format!("ui-sent-channel-{}", channel_code(c)))
}

fn date_of(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// The route's follow-up step (UDI answers letters within three weeks),
/// dated from the day sent, once sent.
fn follow_up(case: &Case, lang: Lang, today: NaiveDate) -> Option<routes::Item> {
    case.sent.as_ref().and_then(|s| date_of(&s.date))?;
    routes::route(case, today, lang)
        .next_steps
        .into_iter()
        .find(|s| s.id == "udi-follow-up" && s.date.is_some())
}

/// What can be sent after the klage (routes: ettersending, innsyn, costs)
/// and the stand-alone deferral request, with when each is offered.
pub fn after_view(case: &Case, lang: Lang, today: NaiveDate) -> AfterView {
    let route = routes::route(case, today, lang).route;
    let sent = case.sent.clone();
    let sent_text = sent
        .as_ref()
        .map(|s| {
            let date = date_of(&s.date)
                .map(|d| fmt::date_long(lang, d))
                .unwrap_or_else(|| s.date.clone());
            let mut text = tr(
                lang,
                "ui-sent-record",
                &[
                    ("date", FluentValue::from(date)),
                    ("channel", FluentValue::from(channel_label(s.channel, lang))),
                ],
            );
            if !s.receipt.trim().is_empty() {
                text.push(' ');
                text.push_str(&tr(
                    lang,
                    "ui-sent-record-receipt",
                    &[("receipt", FluentValue::from(s.receipt.trim().to_string()))],
                ));
            }
            text
        })
        .unwrap_or_default();
    AfterView {
        route,
        channels: channels_for(route)
            .into_iter()
            .map(|c| ChannelChoice {
                code: channel_code(c),
                label: channel_label(c, lang),
            })
            .collect(),
        sent,
        sent_text,
        follow_up: follow_up(case, lang, today),
        letters: offered_letters(case, lang, today),
    }
}

/// The last day to claim costs: three weeks after the new decision reached
/// the applicant (fvl. § 36 third paragraph: "senest 3 uker etter at melding
/// om det nye vedtak er kommet fram"). Not moved past a weekend or holiday:
/// the date shown is never later than the law's.
pub fn costs_last_day(case: &Case) -> Option<NaiveDate> {
    date_of(&case.changed_in_favour_received)?.checked_add_days(chrono::Days::new(21))
}

/// The letters after the klage, and the stand-alone deferral request, with
/// the policy of when each is offered.
pub fn offered_letters(case: &Case, lang: Lang, today: NaiveDate) -> Vec<KindOffer> {
    let offer = |kind: LetterKind, available: bool, reason: &str| KindOffer {
        kind,
        title: t(lang, &format!("ui-after-{}-title", kind.code())),
        explain: t(lang, &format!("ui-after-{}-explain", kind.code())),
        available,
        reason: if available || reason.is_empty() {
            String::new()
        } else {
            t(lang, reason)
        },
        last_day: None,
        last_day_long: String::new(),
    };
    let mut out = Vec::new();
    // Utsatt iverksettelse: only for an applicant in Norway (utl. § 90,
    // fvl. § 42); sendable at once, before the klage.
    out.push(offer(
        LetterKind::Utsatt,
        routes::deferral_applies(case),
        "ui-after-utsatt-not-abroad",
    ));
    // Ettersending: once the klage is sent (fvl. § 34; UDI gives two more
    // weeks after a foreløpig klage).
    out.push(offer(
        LetterKind::Ettersending,
        case.sent.is_some(),
        "ui-after-ettersending-not-sent",
    ));
    // Innsyn (fvl. § 18): at any time; it does not stop the klage deadline.
    out.push(offer(LetterKind::Innsyn, true, ""));
    // Costs (fvl. § 36): only when the decision was changed in the
    // applicant's favour, within three weeks of the new decision.
    let last = costs_last_day(case);
    let mut costs = offer(
        LetterKind::Costs,
        last.is_some_and(|l| today <= l),
        if last.is_some() {
            "ui-after-costs-too-late"
        } else {
            "ui-after-costs-not-changed"
        },
    );
    costs.last_day = last;
    costs.last_day_long = last.map(|l| fmt::date_long(lang, l)).unwrap_or_default();
    out.push(costs);
    out
}

/// Why the core does not offer letter `kind` for the case now (e.g. costs
/// before the decision was changed in the applicant's favour), in `lang`;
/// None when it may be written. The app and `letter --kind` both refuse it.
pub fn not_offered(case: &Case, kind: LetterKind, lang: Lang, today: NaiveDate) -> Option<String> {
    offered_letters(case, lang, today)
        .into_iter()
        .find(|o| o.kind == kind && !o.available)
        .map(|o| o.reason)
}

/// Why a record of sending was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SentError {
    #[error("invalid date {0}")]
    Date(String),
    #[error("date {0} is after today")]
    Future(NaiveDate),
    #[error("unknown channel {0}")]
    Channel(String),
    #[error("invalid date of the changed decision {0}")]
    ChangedDate(String),
    #[error("the changed decision's date {0} is after today")]
    ChangedFuture(NaiveDate),
}

impl UserFacing for SentError {
    fn code(&self) -> &'static str {
        match self {
            SentError::Date(_) => "sent.date_invalid",
            SentError::Future(_) => "sent.date_future",
            SentError::Channel(_) => "sent.channel_unknown",
            SentError::ChangedDate(_) => "changed_in_favour_received.invalid",
            SentError::ChangedFuture(_) => "changed_in_favour_received.future",
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            SentError::Date(v) => tr(
                lang,
                "ui-sent-error-date",
                &[("value", FluentValue::from(v.clone()))],
            ),
            SentError::Future(d) => tr(
                lang,
                "ui-sent-error-future",
                &[("date", FluentValue::from(fmt::date_long(lang, *d)))],
            ),
            SentError::ChangedDate(v) => tr(
                lang,
                "ui-changed-error-date",
                &[("value", FluentValue::from(v.clone()))],
            ),
            SentError::ChangedFuture(d) => tr(
                lang,
                "ui-changed-error-future",
                &[("date", FluentValue::from(fmt::date_long(lang, *d)))],
            ),
            SentError::Channel(v) => tr(
                lang,
                "ui-sent-error-channel",
                &[
                    ("value", FluentValue::from(v.clone())),
                    (
                        "known",
                        FluentValue::from(
                            ["udi_upload", "post", "police", "embassy", "une_form"].join(", "),
                        ),
                    ),
                ],
            ),
        }
    }
}

impl SentError {
    /// The field to fix.
    pub fn field(&self) -> &'static str {
        match self {
            SentError::Date(_) | SentError::Future(_) => "sent.date",
            SentError::Channel(_) => "sent.channel",
            SentError::ChangedDate(_) | SentError::ChangedFuture(_) => "changed_in_favour_received",
        }
    }
}

/// Records the day the new decision in the applicant's favour reached them
/// (`YYYY-MM-DD` or as typed, not after today): the three weeks for a claim
/// for costs run from it (fvl. § 36).
pub fn record_changed_in_favour(
    case: &mut Case,
    date: &str,
    today: NaiveDate,
) -> Result<(), SentError> {
    let d =
        crate::dates::parse_date(date).ok_or_else(|| SentError::ChangedDate(date.trim().into()))?;
    if d > today {
        return Err(SentError::ChangedFuture(d));
    }
    case.changed_in_favour_received = d.format("%Y-%m-%d").to_string();
    Ok(())
}

/// Records that the klage was sent: on `date` (`YYYY-MM-DD`, not after
/// today), by `channel` (a case-file code), with the receipt as typed.
pub fn record_sent(
    case: &mut Case,
    date: &str,
    channel: &str,
    receipt: &str,
    today: NaiveDate,
) -> Result<(), SentError> {
    let d = crate::dates::parse_date(date).ok_or_else(|| SentError::Date(date.trim().into()))?;
    if d > today {
        return Err(SentError::Future(d));
    }
    let channel = channel_of(channel).ok_or_else(|| SentError::Channel(channel.trim().into()))?;
    case.sent = Some(Sent {
        date: d.format("%Y-%m-%d").to_string(),
        channel,
        receipt: receipt.trim().to_string(),
    });
    Ok(())
}

/// The calendar file for the follow-up day (UDI's three-week answer duty),
/// once the klage is recorded as sent on a route where UDI receives it.
pub fn follow_up_calendar(case: &Case, lang: Lang, today: NaiveDate) -> Option<String> {
    let item = follow_up(case, lang, today)?;
    let day = item.date?;
    let sent = date_of(&case.sent.as_ref()?.date)?;
    // No name or DUF number in the UID: calendars sync it to other places.
    let uid = format!(
        "oppfolging-{}-{}@klagehjelp",
        sent.format("%Y%m%d"),
        day.format("%Y%m%d")
    );
    let mut description = vec![item.text.clone()];
    description.extend(item.sources.iter().cloned());
    Some(crate::ics::reminder_calendar(
        &uid,
        sent,
        day,
        &t(lang, "ui-sent-ics-summary"),
        &description.join("\n"),
        lang,
    ))
}

/// The exported bundle (letter, list of attachments, fullmakt and every
/// attached file), with the letter's kind and warnings for the sender.
pub struct BundleExport {
    pub bundle: crate::bundle::Bundle,
    pub kind: LetterKind,
    pub warnings: Vec<Problem>,
}

/// Builds the bundle of the case's letter: what the CLI's `bundle` and the
/// app's Export bundle both write. `files[i]` holds the files of
/// `case.attachments[i]`, read by the host. A file that cannot be attached is
/// reported as a problem at `attachments[i].files[j]`.
pub fn export_bundle(
    case: &Case,
    kind: Option<LetterKind>,
    lang: Lang,
    today: NaiveDate,
    files: &[Vec<crate::bundle::InputFile>],
    split: bool,
    progress: &mut dyn FnMut(crate::bundle::Progress),
) -> Result<BundleExport, ExportError> {
    use crate::bundle::{self, BundleError};
    let letter = build_letter(case, kind, today)
        .map_err(|ps| ExportError::Problems(ps.into_iter().map(|p| p.in_lang(lang)).collect()))?;
    let built =
        bundle::build(&letter, case, files, lang, split, progress).map_err(|e| match e {
            BundleError::Pdf(p) => ExportError::Pdf(p.message(lang)),
            e @ BundleError::File { .. } => {
                let (field, code) = (e.field(), e.code());
                ExportError::Problems(vec![
                    Problem::from_fn(field, code, Severity::Error, move |l| e.message(l))
                        .in_lang(lang),
                ])
            }
        })?;
    let warnings = letter_warnings(case, &letter, lang, today);
    Ok(BundleExport {
        bundle: built,
        kind: letter.kind,
        warnings,
    })
}

/// Checks a file the user picked for an attachment (type, size, readable):
/// what the app shows beside the file, or the problem in `lang`.
pub fn attachment_file_info(
    name: &str,
    bytes: &[u8],
    lang: Lang,
) -> Result<crate::attachment::FileInfo, String> {
    crate::attachment::check(name, bytes).map_err(|e| e.message(lang))
}
