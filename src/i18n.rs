//! Localisation: every user-facing string of the core, the CLI and the app
//! comes from the Fluent files in `locales/<lang>/*.ftl`, embedded at build
//! time. A message a language lacks comes from its fallback language
//! ([`Lang::fallback`]: nn and en → nb; ar, so, ti, fa, uk → en → nb), one
//! message at a time, so no screen ever shows a raw message id. Tests fail
//! if nb, nn or en lack a message that another has, and if a translated file
//! of an applicant language (see [`STRICT_FILES`]) lacks a message of nb's,
//! has one nb lacks, or uses other placeables than nb's.
//!
//! Fluent's bidi isolation marks (U+2068/U+2069) are switched off: they would
//! otherwise reach the terminal and the PDF as boxes.
use crate::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub use fluent_bundle::FluentValue;

mod sources {
    include!(concat!(env!("OUT_DIR"), "/ftl_sources.rs"));
}
use sources::{FTL_COUNT, FTL_FILE_OF, FTL_ID_STARTS, FTL_IDS, FTL_LANGS, FTL_SOURCES, NO_FILE};

/// Every embedded Fluent file as (language, file name, source text): for
/// tests and tools that read them all (a process showing messages inflates
/// only the files it uses).
pub fn ftl_sources() -> impl Iterator<Item = (&'static str, &'static str, String)> {
    FTL_SOURCES
        .iter()
        .map(|(code, file, stored)| (*code, *file, source_text(code, file, stored)))
}

/// The text of one embedded Fluent file (stored deflated by build.rs with the
/// feature `compact-text`, as it is without).
fn source_text(code: &str, file: &str, stored: &[u8]) -> String {
    use std::io::Read;
    let text = if sources::FTL_DEFLATED {
        let mut src = String::new();
        flate2::bufread::DeflateDecoder::new(stored)
            .read_to_string(&mut src)
            .map(|_| src)
            .map_err(|e| e.to_string())
    } else {
        String::from_utf8(stored.to_vec()).map_err(|e| e.to_string())
    };
    text.unwrap_or_else(|e| panic!("locales/{code}/{file}: embedded copy unreadable: {e}"))
}

type Bundle = FluentBundle<FluentResource>;

/// Each Fluent file's bundle, parsed the first time one of its messages is
/// shown: a process parses only the files it uses (a `klagehjelp letter`
/// run, for one, parses the letter's words and not the interview's, in one
/// language, not eight). Files do not refer to each other (the build script
/// refuses message and term references), so each stands alone.
static BUNDLES: [OnceLock<Bundle>; FTL_COUNT] = [const { OnceLock::new() }; FTL_COUNT];

fn bundle_of(i: usize) -> &'static Bundle {
    BUNDLES[i].get_or_init(|| {
        let (code, file, stored) = FTL_SOURCES[i];
        let src = source_text(code, file, stored);
        let langid: unic_langid::LanguageIdentifier = code.parse().expect("valid language id");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        let res = FluentResource::try_new(src)
            .unwrap_or_else(|(_, errs)| panic!("locales/{code}/{file}: syntax errors {errs:?}"));
        bundle
            .add_resource(res)
            .unwrap_or_else(|errs| panic!("locales/{code}/{file}: duplicate messages {errs:?}"));
        bundle
    })
}

/// How many message ids there are (in all languages together).
fn id_count() -> usize {
    FTL_ID_STARTS.len() - 1
}

/// Message id number `i` of the sorted list of all ids.
fn id_at(i: usize) -> &'static str {
    &FTL_IDS[FTL_ID_STARTS[i] as usize..FTL_ID_STARTS[i + 1] as usize]
}

/// For each id of the sorted list, the index of its file in `lang`
/// (`NO_FILE`: `lang` lacks it).
fn files_of(lang: Lang) -> &'static [u8] {
    let n = id_count();
    FTL_LANGS
        .iter()
        .position(|code| *code == lang.code())
        .map_or(&[], |l| &FTL_FILE_OF[l * n..(l + 1) * n])
}

/// The index of the file of `lang` that holds message `id`, if it has it.
fn file_of(lang: Lang, id: &str) -> Option<usize> {
    // Binary search over the sorted ids.
    let (mut lo, mut hi) = (0, id_count());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if id_at(mid) < id {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if lo == id_count() || id_at(lo) != id {
        return None;
    }
    let i = lo;
    let f = *files_of(lang).get(i)?;
    (f != NO_FILE).then_some(usize::from(f))
}

/// The bundle that holds message `id` in `lang` itself (no fallback).
fn bundle_for(lang: Lang, id: &str) -> Option<&'static Bundle> {
    file_of(lang, id).map(bundle_of)
}

/// The Fluent files that every applicant language (ar, so, ti, fa, uk) must
/// translate in full: same messages as nb, same placeables. Files not listed
/// (letter.ftl: the letter's own words stay nb, nn or en) fall back to
/// English message by message; add a file here once it is translated.
pub const STRICT_FILES: &[&str] = &[
    "ui.ftl",
    "deadline.ftl",
    "duf.ftl",
    "common.ftl",
    "pdf.ftl",
    "case.ftl",
    "cli.ftl",
    "law.ftl",
    "law-titles.ftl",
    "route.ftl",
    "check.ftl",
    "session.ftl",
    "safety.ftl",
    "sending.ftl",
    "explain.ftl",
    "handover.ftl",
    "bundle.ftl",
    "bundle-files.ftl",
];

/// The language whose text message `id` is shown in when asked for `lang`:
/// `lang` itself, or the first language of its fallback chain that has it.
pub fn source_lang(lang: Lang, id: &str) -> Option<Lang> {
    let mut cur = Some(lang);
    while let Some(l) = cur {
        if has(l, id) {
            return Some(l);
        }
        cur = l.fallback();
    }
    None
}

/// The language message `id` is actually shown in when asked for `lang`
/// (see [`source_lang`]): format the dates and numbers placed into it for
/// this language, so an English fallback sentence does not carry an Arabic
/// month name.
pub fn shown_in(lang: Lang, id: &str) -> Lang {
    source_lang(lang, id).unwrap_or(lang)
}

fn format_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle_for(lang, id)?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = vec![];
    let s = bundle.format_pattern(pattern, args, &mut errors);
    Some(s.into_owned())
}

/// Formats message `id` in `lang`, with named arguments.
/// Falls back along [`Lang::fallback`] (e.g. ar → en → nb), then to the id
/// itself (a test guards against that).
pub fn tr(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let fargs = if args.is_empty() {
        None
    } else {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        Some(a)
    };
    let mut cur = Some(lang);
    while let Some(l) = cur {
        if let Some(s) = format_in(l, id, fargs.as_ref()) {
            return one_final_stop(l, s);
        }
        cur = l.fallback();
    }
    id.to_string()
}

/// A sentence that ends in a Ukrainian date ("30 листопада 2026 р.") takes
/// no second full stop: typography writes one dot for the abbreviation and
/// the sentence ("р..", as a message ending in "{ $date }." would give,
/// reads as a typo).
fn one_final_stop(lang: Lang, s: String) -> String {
    if lang == Lang::Uk && s.contains("р..") && !s.contains("р...") {
        s.replace("р..", "р.")
    } else {
        s
    }
}

/// Why a file could not be read or written, in words of `lang` (the system's
/// own text, usually English, only for a reason we have no words for).
pub fn io_reason(lang: Lang, err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let id = match err.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied | K::ReadOnlyFilesystem => "io-permission-denied",
        K::IsADirectory => "io-is-a-directory",
        K::StorageFull | K::QuotaExceeded => "io-disk-full",
        K::InvalidData => "io-not-utf8",
        _ => return tr(lang, "io-other", &[("error", err.to_string().into())]),
    };
    t(lang, id)
}

/// Shorthand for a message without arguments.
pub fn t(lang: Lang, id: &str) -> String {
    tr(lang, id, &[])
}

/// Whether `lang` itself (without fallback) has message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    file_of(lang, id).is_some()
}

/// Attribute `attr` of message `id` (e.g. `ui-term-klage.no`), along the
/// same fallback chain as [`tr`].
pub fn attribute(lang: Lang, id: &str, attr: &str) -> Option<String> {
    let mut cur = Some(lang);
    while let Some(l) = cur {
        let bundle = bundle_for(l, id);
        if let Some((bundle, a)) =
            bundle.and_then(|b| Some((b, b.get_message(id)?.get_attribute(attr)?)))
        {
            let mut errors = vec![];
            return Some(
                bundle
                    .format_pattern(a.value(), None, &mut errors)
                    .into_owned(),
            );
        }
        cur = l.fallback();
    }
    None
}

/// The ids of all messages of `lang`, sorted.
pub fn ids(lang: Lang) -> impl Iterator<Item = &'static str> + Clone {
    let files = files_of(lang);
    (0..files.len())
        .filter(move |&i| files[i] != NO_FILE)
        .map(id_at)
}

/// All messages whose id starts with `prefix`, formatted without arguments
/// (placeholders stay as `{$name}`), for the desktop UI.
pub fn messages_with_prefix(lang: Lang, prefix: &str) -> BTreeMap<String, String> {
    // Bokmål's ids too, so a message missing in `lang` still arrives (in its
    // fallback language).
    ids(Lang::Nb)
        .chain(ids(lang))
        .filter(|id| id.starts_with(prefix))
        .map(|id| (id.to_string(), t(lang, id)))
        .collect()
}

/// The legal terms the applicant meets in Norwegian on paper (UDI's letters,
/// the decision, the klage): each is message `ui-term-<id>`, whose bokmål
/// text is the Norwegian word and whose `.explain` attribute says in plain
/// words what it means.
pub const LEGAL_TERMS: [&str; 6] = [
    "klage",
    "vedtak",
    "referanseperson",
    "utsatt-iverksettelse",
    "fullmakt",
    "duf-nummer",
];

/// One legal term: the word in the UI language, the Norwegian word, and
/// what it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Term {
    pub id: &'static str,
    pub term: String,
    pub norwegian: String,
    pub explanation: String,
}

/// The legal terms in `lang`, each with its Norwegian word.
pub fn glossary(lang: Lang) -> Vec<Term> {
    LEGAL_TERMS
        .iter()
        .map(|id| {
            let msg = format!("ui-term-{id}");
            Term {
                id,
                term: t(lang, &msg),
                norwegian: t(Lang::Nb, &msg),
                explanation: attribute(lang, &msg, "explain").unwrap_or_default(),
            }
        })
        .collect()
}

/// The language of the UI as the UI shows it: the language facts, every
/// UI language for the menu, the "not checked by a translator" note (in the
/// language and in English) and the legal terms with their Norwegian words.
#[derive(Debug, Clone, Serialize)]
pub struct UiLanguageView {
    pub current: crate::lang::LangInfo,
    pub languages: Vec<crate::lang::LangInfo>,
    /// The note in the UI language and in English; `None` once reviewed.
    pub unreviewed_note: Option<UnreviewedNote>,
    /// Empty when the UI is in Norwegian.
    pub terms: Vec<Term>,
    /// Heading of the list of terms.
    pub terms_title: String,
    pub terms_hint: String,
}

/// "This translation has not been checked by a translator", twice.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct UnreviewedNote {
    pub text: String,
    pub english: String,
}

/// See [`UiLanguageView`].
pub fn ui_language_view(lang: Lang) -> UiLanguageView {
    UiLanguageView {
        current: lang.info(),
        languages: Lang::UI.iter().map(|l| l.info()).collect(),
        unreviewed_note: (!lang.translation_reviewed()).then(|| UnreviewedNote {
            text: t(lang, "ui-translation-unreviewed"),
            english: t(Lang::En, "ui-translation-unreviewed"),
        }),
        terms: if lang.shows_norwegian_terms() {
            glossary(lang)
        } else {
            vec![]
        },
        terms_title: t(lang, "ui-terms-title"),
        terms_hint: t(lang, "ui-terms-hint"),
    }
}

/// An error or notice that a person can read: a stable code for programs and
/// the UI, and a message in the person's language that says what to do.
pub trait UserFacing {
    /// Stable machine-readable code, e.g. `duf.length`.
    fn code(&self) -> &'static str;
    /// The message in `lang`.
    fn message(&self, lang: Lang) -> String;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message() {
        let mut missing = vec![];
        for lang in Lang::ALL {
            for other in Lang::ALL {
                for id in ids(other) {
                    if !has(lang, id) {
                        missing.push(format!("{lang}: {id} (present in {other})"));
                    }
                }
            }
        }
        missing.sort();
        missing.dedup();
        assert!(
            missing.is_empty(),
            "missing messages:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn no_isolation_marks() {
        for lang in Lang::UI {
            for id in ids(lang) {
                let s = tr(lang, id, &[("x", "y".into())]);
                assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'), "{id}");
            }
        }
    }

    #[test]
    fn unknown_id_falls_back_to_id() {
        assert_eq!(t(Lang::En, "no-such-message-xyz"), "no-such-message-xyz");
    }

    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// The variables (`$name`) a pattern uses, anywhere in it.
    fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr_vars(expression, out);
            }
        }
    }

    fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline_vars(i, out),
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, out);
                for v in variants {
                    pattern_vars(&v.value, out);
                }
            }
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_vars(a, out);
                }
                for a in &arguments.named {
                    inline_vars(&a.value, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
            _ => {}
        }
    }

    /// Message id → (its attributes' names, the variables it uses) in one file.
    type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

    fn shape(code: &str, file: &str) -> Option<Shape> {
        // Only the file asked for is read.
        let (c, f, stored) = FTL_SOURCES
            .iter()
            .find(|(c, f, _)| *c == code && *f == file)?;
        let src = source_text(c, f, stored);
        let res = fluent_syntax::parser::parse(src.as_str()).expect("parsed by build.rs");
        let mut out = Shape::new();
        for entry in &res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars);
                }
                let mut attrs = BTreeSet::new();
                for a in &m.attributes {
                    attrs.insert(a.id.name.to_string());
                    pattern_vars(&a.value, &mut vars);
                }
                out.insert(m.id.name.to_string(), (attrs, vars));
            }
        }
        Some(out)
    }

    fn applicant_languages() -> impl Iterator<Item = Lang> {
        Lang::UI.into_iter().filter(|l| !l.is_letter_language())
    }

    /// Compares one translated file with nb's: every difference, in words.
    fn compare(lang: Lang, file: &str, strict: bool) -> Vec<String> {
        let nb = shape("nb", file).unwrap_or_else(|| panic!("locales/nb/{file} exists"));
        let Some(theirs) = shape(lang.code(), file) else {
            return if strict {
                vec![format!("locales/{lang}/{file}: the file is missing")]
            } else {
                vec![]
            };
        };
        let mut problems = vec![];
        for (id, (attrs, vars)) in &nb {
            match theirs.get(id) {
                None if strict => problems.push(format!("{lang}/{file}: {id} is missing")),
                None => {}
                Some((a, v)) => {
                    if a != attrs {
                        problems.push(format!(
                            "{lang}/{file}: {id} has attributes {a:?}, nb has {attrs:?}"
                        ));
                    }
                    if v != vars {
                        problems.push(format!(
                            "{lang}/{file}: {id} uses placeables {v:?}, nb uses {vars:?}"
                        ));
                    }
                }
            }
        }
        for id in theirs.keys() {
            if !nb.contains_key(id) {
                problems.push(format!("{lang}/{file}: {id} is not in nb"));
            }
        }
        problems
    }

    #[test]
    fn applicant_languages_translate_the_strict_files_in_full() {
        let mut problems = vec![];
        for lang in applicant_languages() {
            for file in STRICT_FILES {
                problems.extend(compare(lang, file, true));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn other_translated_files_add_nothing_and_keep_placeables() {
        // Files not (yet) in STRICT_FILES may lack messages (they fall back
        // to English), but what they have must match nb. To make a file
        // strict, add it to STRICT_FILES.
        let files: BTreeSet<&str> = FTL_SOURCES
            .iter()
            .filter(|(c, _, _)| *c == "nb")
            .map(|(_, f, _)| *f)
            .collect();
        let mut problems = vec![];
        for lang in applicant_languages() {
            for file in &files {
                problems.extend(compare(lang, file, STRICT_FILES.contains(file)));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_language_folder_is_a_ui_language() {
        for (code, file, _) in FTL_SOURCES {
            assert!(
                Lang::UI.iter().any(|l| l.code() == *code),
                "locales/{code}/{file}: {code} is not in Lang::UI"
            );
        }
    }

    #[test]
    fn no_raw_message_id_in_any_ui_language() {
        let mut raw = vec![];
        for lang in Lang::UI {
            for id in ids(Lang::Nb) {
                if tr(lang, id, &[]) == id {
                    raw.push(format!("{lang}: {id}"));
                }
            }
        }
        assert!(raw.is_empty(), "shown as raw ids:\n{}", raw.join("\n"));
    }

    #[test]
    fn a_ukrainian_date_ends_a_sentence_with_one_stop() {
        let d = crate::fmt::date_long(
            Lang::Uk,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        );
        let s = tr(
            Lang::Uk,
            "check-assessed",
            &[("date", d.clone().into()), ("rules", d.into())],
        );
        assert!(s.contains("2026 р.") && !s.contains("р.."), "{s}");
        assert_eq!(one_final_stop(Lang::Nb, "a..".into()), "a..");
    }

    #[test]
    fn missing_messages_come_from_english_first() {
        // A message that exists only in nb and en (say, a requirement being
        // rewritten) shows in English to an Arabic reader.
        let only_ui_strict = ids(Lang::En)
            .find(|id| !has(Lang::Ar, id))
            .expect("some message is not translated into Arabic yet");
        assert_eq!(source_lang(Lang::Ar, only_ui_strict), Some(Lang::En));
        assert_eq!(t(Lang::Ar, only_ui_strict), t(Lang::En, only_ui_strict));
        assert_eq!(source_lang(Lang::Ar, "ui-next"), Some(Lang::Ar));
    }

    #[test]
    fn every_legal_term_has_its_norwegian_word_and_an_explanation() {
        for lang in Lang::UI {
            for term in glossary(lang) {
                assert!(
                    !term.term.is_empty() && !term.explanation.is_empty(),
                    "{lang}: {term:?}"
                );
                assert_eq!(
                    term.norwegian,
                    glossary(Lang::Nb)
                        .iter()
                        .find(|x| x.id == term.id)
                        .unwrap()
                        .term
                );
                assert_eq!(
                    source_lang(lang, &format!("ui-term-{}", term.id)),
                    Some(lang)
                );
            }
        }
        let nb: Vec<_> = glossary(Lang::Nb).into_iter().map(|t| t.term).collect();
        assert_eq!(
            nb,
            [
                "klage",
                "vedtak",
                "referanseperson",
                "utsatt iverksettelse",
                "fullmakt",
                "DUF-nummer"
            ]
        );
    }

    #[test]
    fn unreviewed_translations_say_so_in_english_too() {
        let v = ui_language_view(Lang::Ar);
        let note = v.unreviewed_note.expect("Arabic is not reviewed yet");
        assert_eq!(
            note.english,
            "This translation has not been checked by a translator."
        );
        assert_ne!(note.text, note.english);
        assert_eq!(v.current.dir, "rtl");
        assert_eq!(v.terms.len(), 6);
        assert!(ui_language_view(Lang::Nb).unreviewed_note.is_none());
        assert!(ui_language_view(Lang::Nb).terms.is_empty());
    }

    #[test]
    fn plurals_follow_each_language() {
        // Arabic has six plural forms; "2 days" is the dual.
        let two = tr(Lang::Ar, "ui-deadline-short-open", &[("days", 2.into())]);
        let eleven = tr(Lang::Ar, "ui-deadline-short-open", &[("days", 11.into())]);
        assert_ne!(two, eleven);
        let uk_few = tr(Lang::Uk, "ui-deadline-short-open", &[("days", 3.into())]);
        let uk_many = tr(Lang::Uk, "ui-deadline-short-open", &[("days", 5.into())]);
        assert_ne!(uk_few.replace('3', ""), uk_many.replace('5', ""));
    }
}
