//! `klagehjelp duf`: check and normalise a DUF number. A number that is not
//! 12 digits or does not start with a plausible year: exit 2 with a message.
//! A checksum mismatch is only a warning (exit 0).
use super::deadline::wrap;
use super::{CliError, CliResult, DufArgs, today_in};
use klagehjelp::Lang;
use klagehjelp::duf::{DufCheck, parse};
use klagehjelp::fmt::plain_spaces;
use klagehjelp::i18n::{FluentValue, UserFacing, t, tr};

pub fn run(args: &DufArgs, lang: Lang) -> CliResult {
    let today = today_in(lang, args.today.as_deref())?;
    let check = parse(&args.text, today).map_err(|e| CliError::input(e.message(lang)))?;
    let out = if args.json {
        json(&check, lang)
    } else {
        human(&check, lang)
    };
    print!("{}", plain_spaces(&out));
    Ok(())
}

fn json(check: &DufCheck, lang: Lang) -> String {
    let mut v = serde_json::to_value(check).unwrap_or_default();
    if let Some(list) = v.get_mut("warnings").and_then(|w| w.as_array_mut()) {
        for (item, w) in list.iter_mut().zip(&check.warnings) {
            if let Some(m) = item.as_object_mut() {
                m.insert("message".into(), w.message(lang).into());
            }
        }
    }
    if let Some(m) = v.as_object_mut() {
        m.insert("lang".into(), lang.code().into());
    }
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

fn human(check: &DufCheck, lang: Lang) -> String {
    let mut out = format!("{}: {}\n", t(lang, "duf-label"), check.display);
    out.push_str(&wrap(
        &tr(
            lang,
            "duf-ok",
            &[("year", FluentValue::from(check.year.to_string()))],
        ),
        "",
        "",
    ));
    for w in &check.warnings {
        let label = format!("{}:", t(lang, "duf-warning-label"));
        out.push_str(&wrap(&w.message(lang), &label, "  "));
    }
    out
}
