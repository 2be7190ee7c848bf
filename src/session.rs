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
        bundle::build(&letter, case, files, lang, split, progress).map_err(|e| match &e {
            BundleError::File { .. } => ExportError::Problems(vec![
                Problem::from_user_facing(e.field(), Severity::Error, &e).in_lang(lang),
            ]),
            BundleError::Pdf(p) => ExportError::Pdf(p.message(lang)),
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
