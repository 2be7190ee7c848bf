//! Localisation: every user-facing string of the core, the CLI and the app
//! comes from the Fluent files in `locales/<lang>/*.ftl`, embedded at build
//! time. Missing messages fall back to bokmål (`nb`); a test fails if any
//! language lacks a message that another has.
//!
//! Fluent's bidi isolation marks (U+2068/U+2069) are switched off: they would
//! otherwise reach the terminal and the PDF as boxes.
use crate::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::BTreeMap;
use std::sync::LazyLock;

pub use fluent_bundle::FluentValue;

mod sources {
    include!(concat!(env!("OUT_DIR"), "/ftl_sources.rs"));
}
pub use sources::FTL_SOURCES;

struct Catalog {
    bundle: FluentBundle<FluentResource>,
    ids: Vec<String>,
}

fn build(lang: Lang) -> Catalog {
    let langid: unic_langid::LanguageIdentifier = lang.code().parse().expect("valid language id");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let mut ids = Vec::new();
    for (code, file, src) in FTL_SOURCES.iter().filter(|(c, _, _)| *c == lang.code()) {
        let res = FluentResource::try_new((*src).to_string())
            .unwrap_or_else(|(_, errs)| panic!("locales/{code}/{file}: syntax errors {errs:?}"));
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_string());
            }
        }
        bundle
            .add_resource(res)
            .unwrap_or_else(|errs| panic!("locales/{code}/{file}: duplicate messages {errs:?}"));
    }
    ids.sort();
    Catalog { bundle, ids }
}

static CATALOGS: LazyLock<[Catalog; 3]> =
    LazyLock::new(|| [build(Lang::Nb), build(Lang::Nn), build(Lang::En)]);

fn catalog(lang: Lang) -> &'static Catalog {
    let all = &*CATALOGS;
    match lang {
        Lang::Nb => &all[0],
        Lang::Nn => &all[1],
        Lang::En => &all[2],
    }
}

fn format_in(cat: &Catalog, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let msg = cat.bundle.get_message(id)?;
    let pattern = msg.value()?;
    let mut errors = vec![];
    let s = cat.bundle.format_pattern(pattern, args, &mut errors);
    Some(s.into_owned())
}

/// Formats message `id` in `lang`, with named arguments.
/// Falls back to bokmål, then to the id itself (a test guards against that).
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
    format_in(catalog(lang), id, fargs.as_ref())
        .or_else(|| format_in(catalog(Lang::Nb), id, fargs.as_ref()))
        .unwrap_or_else(|| id.to_string())
}

/// Shorthand for a message without arguments.
pub fn t(lang: Lang, id: &str) -> String {
    tr(lang, id, &[])
}

/// Whether `lang` itself (without fallback) has message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    catalog(lang).bundle.has_message(id)
}

/// The ids of all messages of `lang`, sorted.
pub fn ids(lang: Lang) -> &'static [String] {
    &catalog(lang).ids
}

/// All messages whose id starts with `prefix`, formatted without arguments
/// (placeholders stay as `{$name}`), for the desktop UI.
pub fn messages_with_prefix(lang: Lang, prefix: &str) -> BTreeMap<String, String> {
    // Bokmål's ids too, so a message missing in `lang` still arrives (in bokmål).
    ids(Lang::Nb)
        .iter()
        .chain(ids(lang))
        .filter(|id| id.starts_with(prefix))
        .map(|id| (id.clone(), t(lang, id)))
        .collect()
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
        for lang in Lang::ALL {
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
}
