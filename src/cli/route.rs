//! `klagehjelp route CASE [--json] [--today D]`: where the klage or request
//! goes, how to send it, who decides, what happens next, and what to watch
//! out for. Everything comes from `klagehjelp::routes`; this only prints it.
use super::deadline::wrap;
use super::{CliResult, RouteArgs, today_in};
use klagehjelp::Lang;
use klagehjelp::fmt::{date_with_weekday, plain_spaces};
use klagehjelp::i18n::{FluentValue, t, tr};
use klagehjelp::routes::{self, Item, Route};

pub fn run(args: &RouteArgs, lang: Lang) -> CliResult {
    let today = today_in(lang, args.today.as_deref())?;
    let case = super::read_case(&args.case, lang)?;
    let r = routes::route(&case, today, lang);
    let out = if args.json {
        let mut s = serde_json::to_string_pretty(&r).unwrap_or_default();
        s.push('\n');
        s
    } else {
        human(&r, lang)
    };
    print!("{}", plain_spaces(&out));
    Ok(())
}

fn heading(out: &mut String, text: &str) {
    out.push('\n');
    out.push_str(text);
    out.push('\n');
}

fn items(out: &mut String, list: &[Item], numbered: bool) {
    for (i, it) in list.iter().enumerate() {
        let first = if numbered {
            format!("{}.", i + 1)
        } else {
            "-".to_string()
        };
        let rest = " ".repeat(first.chars().count() + 1);
        out.push_str(&wrap(&it.text, &first, &rest));
    }
}

fn collect<'a>(r: &'a Route, all: &mut Vec<&'a String>) {
    let lists = [&r.channels, &r.next_steps, &r.also, &r.warning_details];
    for s in r.send_to.iter().flat_map(|s| &s.sources) {
        all.push(s);
    }
    for it in r.prepares.iter().chain(&r.decides) {
        all.extend(&it.sources);
    }
    for l in lists {
        for it in l {
            all.extend(&it.sources);
        }
    }
    if let Some(it) = &r.last_step {
        all.extend(&it.sources);
    }
    for c in &r.candidates {
        collect(c, all);
    }
}

/// Every source the route rests on, once each, in order of first use.
fn sources(out: &mut String, r: &Route, lang: Lang) {
    let mut all: Vec<&String> = Vec::new();
    collect(r, &mut all);
    let mut seen = std::collections::BTreeSet::new();
    all.retain(|s| seen.insert(s.as_str()));
    if !all.is_empty() {
        heading(out, &t(lang, "route-cli-sources"));
        for s in all {
            out.push_str(&wrap(s, "-", "  "));
        }
    }
}

fn body(out: &mut String, r: &Route, lang: Lang) {
    if let Some(s) = &r.send_to {
        heading(out, &t(lang, "route-cli-send-to"));
        out.push_str(&format!("  {}\n", s.name));
        for l in &s.lines {
            out.push_str(&format!("  {l}\n"));
        }
        if !s.address_known {
            out.push_str(&format!("  {}\n", t(lang, "route-cli-address-unknown")));
        }
        out.push_str(&wrap(&s.note, "", ""));
    }
    if !r.channels.is_empty() {
        heading(out, &t(lang, "route-cli-channels"));
        items(out, &r.channels, false);
    }
    if r.prepares.is_some() || r.decides.is_some() {
        heading(out, &t(lang, "route-cli-who"));
        for it in r.prepares.iter().chain(&r.decides) {
            out.push_str(&wrap(&it.text, "-", "  "));
        }
    }
    if !r.next_steps.is_empty() {
        heading(out, &t(lang, "route-cli-next"));
        items(out, &r.next_steps, true);
    }
    if let Some(l) = &r.last_step {
        heading(out, &t(lang, "route-cli-last"));
        out.push_str(&wrap(&l.text, "", ""));
    }
    if !r.also.is_empty() {
        heading(out, &t(lang, "route-cli-also"));
        items(out, &r.also, false);
    }
}

fn human(r: &Route, lang: Lang) -> String {
    let mut out = String::new();
    let title = r.title.to_uppercase();
    out.push_str(&title);
    out.push('\n');
    out.push_str(&"=".repeat(title.chars().count()));
    out.push('\n');
    let who = t(lang, &format!("route-made-by-{}", r.made_by.code()));
    let id = if r.made_by == klagehjelp::case::MadeBy::Unsure {
        "route-cli-made-by-unsure"
    } else if r.made_by_given {
        "route-cli-made-by-given"
    } else {
        "route-cli-made-by-derived"
    };
    out.push_str(&wrap(
        &tr(lang, id, &[("who", FluentValue::from(who))]),
        "",
        "",
    ));
    match r.letter_kind {
        Some(k) => out.push_str(&wrap(
            &tr(
                lang,
                "route-cli-letter",
                &[("kind", FluentValue::from(k.name(lang)))],
            ),
            "",
            "",
        )),
        None => out.push_str(&wrap(&t(lang, "route-cli-letter-none"), "", "")),
    }
    if let Some(d) = &r.deadline {
        out.push_str(&wrap(
            &tr(
                lang,
                "route-cli-deadline",
                &[(
                    "date",
                    FluentValue::from(date_with_weekday(
                        klagehjelp::i18n::shown_in(lang, "route-cli-deadline"),
                        d.deadline,
                    )),
                )],
            ),
            "",
            "",
        ));
    }
    if !r.warning_details.is_empty() {
        heading(&mut out, &t(lang, "route-cli-warnings"));
        for w in &r.warning_details {
            out.push_str(&wrap(&format!("[{}] {}", w.id, w.text), "!", "  "));
        }
    }
    body(&mut out, r, lang);
    if !r.candidates.is_empty() {
        heading(&mut out, &t(lang, "route-cli-candidates"));
        for c in &r.candidates {
            out.push('\n');
            let title = format!("* {}", c.title);
            out.push_str(&title);
            out.push('\n');
            out.push_str(&"-".repeat(title.chars().count()));
            out.push('\n');
            body(&mut out, c, lang);
        }
    }
    sources(&mut out, r, lang);
    out
}
