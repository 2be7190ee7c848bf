//! "What does my letter say?": the letter, part by part, explained in the
//! reader's language.
//!
//! A klage must be written in Norwegian or English (UDI's rule), so a person
//! who reads neither would sign a letter they cannot read. This module takes
//! the very [`Letter`] the PDF is made of (its [`LetterPart`]s, marked with
//! `@part` in `templates/`) and gives, for each part, the printed text and
//! one Fluent message (`locales/<lang>/explain.ftl`) that says what the part
//! says and asks, filled with the case's data formatted for the reader's
//! language. Nothing is machine-translated: the applicant's own words (the
//! grounds, the reasons) are shown as typed and marked as not translated.
use crate::case::MadeBy;
use crate::fmt::date_long;
use crate::i18n::{FluentValue, source_lang, t, tr};
use crate::letter::{Letter, LetterKind, LetterPart};
use crate::pdf::Block;
use crate::{Lang, law};
use serde::Serialize;

/// A letter explained in one language.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Explanation {
    /// The language of the explanations.
    pub lang: &'static str,
    /// `ltr` or `rtl`, for the `dir` attribute of the explanations.
    pub dir: &'static str,
    /// The language of the letter (nb, nn or en).
    pub letter_lang: &'static str,
    /// The letter's BCP 47 tag, for the `lang` attribute of its text.
    pub letter_bcp47: &'static str,
    /// The letter kind (`klage` …) and its name in the reader's language.
    pub kind: &'static str,
    pub kind_name: String,
    /// Whether the app shows the explanation at once: when the reader's
    /// language is not the letter's (the letter is in a language they may
    /// not read).
    pub open_at_once: bool,
    pub paragraphs: Vec<ExplainedPart>,
}

/// One part of the letter beside its explanation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExplainedPart {
    /// The part's id (`decision`, `request`, `own` …).
    pub part: String,
    /// The part's text as printed in the letter, one entry per block.
    pub letter_text: Vec<String>,
    /// What the part says and asks, in the reader's language.
    pub explanation: String,
    /// The applicant's own words: printed as typed, not translated.
    pub own_words: bool,
    /// False when the explanation is shown in a fallback language because
    /// the reader's language lacks it.
    pub in_reader_language: bool,
}

/// The Fluent message that explains `part` of a letter of `kind`, or None
/// for a part no message explains (a test guards against that).
pub fn message_id(part: &LetterPart, kind: LetterKind, letter: &Letter) -> Option<&'static str> {
    use LetterKind::*;
    Some(match part.id.as_str() {
        "header" => "explain-header",
        "representative" => "explain-representative",
        "decision" => match kind {
            Klage | Forelopig | Late => "explain-decision-klage",
            Omgjoring => "explain-decision-omgjoring",
            Utsatt => "explain-decision-utsatt",
            Ettersending => "explain-decision-ettersending",
            Innsyn => "explain-decision-innsyn",
            Costs => "explain-decision-costs",
        },
        "co-applicants" => "explain-co-applicants",
        "deadline" => "explain-deadline",
        "deadline-between" => "explain-deadline-between",
        "late-alternative" => "explain-late-alternative",
        "late" => "explain-late",
        "late-reason" => "explain-late-reason",
        "late-special" => "explain-late-special",
        "request" => match kind {
            Klage | Forelopig | Late if letter.facts.appeal_to.is_some() => "explain-request",
            Klage | Forelopig | Late => "explain-request-no-appeal",
            Omgjoring => "explain-request-omgjoring",
            Utsatt => "explain-request-utsatt",
            Ettersending => "explain-request-ettersending",
            Innsyn => "explain-request-innsyn",
            Costs => "explain-request-costs",
        },
        "set-aside" => "explain-set-aside",
        "innsyn-request" => "explain-innsyn-request",
        "deferral" => "explain-deferral",
        "more-documents" => match kind {
            Forelopig => "explain-more-documents-forelopig",
            Omgjoring => "explain-more-documents-omgjoring",
            _ => "explain-more-documents",
        },
        "grounds" => "explain-grounds",
        "ground" => "explain-ground",
        "own" => "explain-own-words",
        "attachments" => "explain-attachments",
        "signature" => "explain-signature",
        "fullmakt" => "explain-fullmakt",
        "fullmakt-powers" => "explain-fullmakt-powers",
        "fullmakt-sign" => "explain-fullmakt-sign",
        "labels" => "explain-labels",
        _ => return None,
    })
}

/// The text of a block as printed (lines joined with line breaks).
fn block_text(b: &Block) -> Option<String> {
    match b {
        Block::Heading(s) | Block::Title(s) | Block::Paragraph(s) => Some(s.clone()),
        Block::Lines(v) | Block::Recipient(v) => Some(v.join("\n")),
        Block::ListItem { label, text } => Some(format!("{label} {text}")),
        Block::Signature { caption } => Some(format!("______________________\n{caption}")),
        Block::Space(_) | Block::PageBreak | Block::CutLine | Block::Section(_) => None,
    }
}

/// Left-to-right isolation (LRI … PDI) of a name or number placed into
/// right-to-left text, so "Utlendingsdirektoratet (UDI)" keeps its order
/// and its brackets inside an Arabic sentence. Only for right-to-left
/// languages and text without right-to-left letters; [`to_text`] removes
/// the marks again for the terminal.
fn isolate(lang: Lang, s: String) -> String {
    let rtl_letter = |c: char| ('\u{590}'..='\u{8ff}').contains(&c);
    if lang.direction() == crate::lang::Direction::Rtl
        && !s.is_empty()
        && !s.chars().any(rtl_letter)
    {
        format!("\u{2066}{s}\u{2069}")
    } else {
        s
    }
}

/// Explains `letter` in `lang`, part by part.
pub fn explain(letter: &Letter, lang: Lang) -> Explanation {
    let f = &letter.facts;
    let iso = |s: String| isolate(lang, s);
    let date = |d: Option<chrono::NaiveDate>| date_long(lang, d.unwrap_or_default());
    let body = |m: Option<MadeBy>| match m {
        Some(MadeBy::Udi) => t(lang, "explain-body-udi"),
        Some(_) => t(lang, "explain-body-une"),
        None => String::new(),
    };
    let kind_name = letter.kind.name(lang);
    let base: Vec<(&str, FluentValue<'static>)> = vec![
        ("authority", iso(f.authority.clone()).into()),
        ("appeal", body(f.appeal_to).into()),
        ("decided", date(f.decided).into()),
        ("received", date(f.received).into()),
        ("deadline", date(f.deadline).into()),
        ("computed", date(f.computed).into()),
        ("stated", date(f.stated).into()),
        ("duf", iso(f.duf.clone()).into()),
        ("rep", iso(f.representative.clone()).into()),
        ("names", iso(f.co_names.clone()).into()),
        ("count", f.attachments.into()),
        ("signatures", f.signatures.into()),
        ("kind", kind_name.clone().into()),
    ];
    let paragraphs = letter
        .parts
        .iter()
        .map(|p| {
            let id = message_id(p, letter.kind, letter).unwrap_or("explain-unknown");
            let mut args = base.clone();
            if p.id == "ground" {
                let title = if law::is_known_id(&p.arg) {
                    law::render::title(&p.arg, lang)
                } else {
                    t(lang, "explain-ground-other")
                };
                args.push(("title", title.into()));
            }
            ExplainedPart {
                part: p.id.clone(),
                letter_text: p.blocks.iter().filter_map(block_text).collect(),
                explanation: tr(lang, id, &args),
                own_words: p.id == "own" || p.id == "ground",
                in_reader_language: source_lang(lang, id) == Some(lang),
            }
        })
        .collect();
    Explanation {
        lang: lang.code(),
        dir: lang.direction().as_str(),
        letter_lang: letter.lang.code(),
        letter_bcp47: letter.lang.bcp47(),
        kind: letter.kind.code(),
        kind_name,
        open_at_once: lang != letter.lang,
        paragraphs,
    }
}

/// The explanation as plain text, for the terminal: each part's letter text
/// indented under its explanation.
pub fn to_text(e: &Explanation, lang: Lang) -> String {
    let mut out = to_text_marked(e, lang);
    out.retain(|c| c != '\u{2066}' && c != '\u{2069}');
    out
}

fn to_text_marked(e: &Explanation, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(&tr(
        lang,
        "explain-cli-heading",
        &[("kind", e.kind_name.clone().into())],
    ));
    out.push('\n');
    out.push_str(&t(lang, "explain-not-the-klage"));
    out.push_str("\n\n");
    for (i, p) in e.paragraphs.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", i + 1, p.explanation));
        if p.own_words {
            out.push_str(&format!("   [{}]\n", t(lang, "explain-own-words-mark")));
        }
        for block in &p.letter_text {
            for line in block.lines() {
                out.push_str(&format!("   | {line}\n"));
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_isolated_in_right_to_left_text_only() {
        let udi = "Utlendingsdirektoratet (UDI)".to_string();
        assert_eq!(
            isolate(Lang::Ar, udi.clone()),
            "\u{2066}Utlendingsdirektoratet (UDI)\u{2069}"
        );
        assert_eq!(isolate(Lang::So, udi.clone()), udi);
        assert_eq!(isolate(Lang::Fa, "سفارت".to_string()), "سفارت");
        assert_eq!(isolate(Lang::Ar, String::new()), "");
    }
}
