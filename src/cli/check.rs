//! `klagehjelp check FILE [--json]`: the requirements check for a scenario
//! file (`{"facts": …}`), a bare facts object, or a case file
//! (`"format": "klagehjelp-case/1"`).
use super::{CheckArgs, CliError, CliResult};
use klagehjelp::Lang;
use klagehjelp::facts::Facts;
use klagehjelp::i18n::{FluentValue, t, tr};
use klagehjelp::requirements::{self, CheckReport, RenderedResult, Status};
use klagehjelp::{case::Case, fmt};

/// Width of the human output.
const WIDTH: usize = 78;

pub fn run(args: &CheckArgs, lang: Lang) -> CliResult {
    let today = super::today(args.today.as_deref())?;
    let facts = read_facts(&args.file, lang)?;
    let report = requirements::check(&facts, today);
    if args.json {
        println!("{}", to_json(&report, lang));
    } else {
        print!("{}", fmt::plain_spaces(&human(&report, lang)));
    }
    Ok(())
}

/// Reads the facts from a scenario, facts or case file.
pub(super) fn read_facts(path: &std::path::Path, lang: Lang) -> Result<Facts, CliError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::input(tr(
            lang,
            "check-file-read",
            &[
                ("file", file.clone().into()),
                ("error", e.to_string().into()),
            ],
        ))
    })?;
    let bad = |error: String| {
        CliError::input(tr(
            lang,
            "check-file-json",
            &[("file", file.clone().into()), ("error", error.into())],
        ))
    };
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
    if value.get("format").is_some() {
        let case = Case::from_json(&text).map_err(|e| {
            use klagehjelp::i18n::UserFacing;
            bad(e.message(lang))
        })?;
        return Ok(case.facts);
    }
    let facts = value.get("facts").cloned().unwrap_or(value);
    serde_json::from_value(facts).map_err(|e| bad(e.to_string()))
}

/// The JSON of issue 3: `{"requirements": {id: {...}}, "rules_as_of": …}`.
fn to_json(report: &CheckReport, lang: Lang) -> String {
    let rendered = report.render(lang);
    let mut map = serde_json::Map::new();
    for r in &rendered.results {
        map.insert(
            r.id.clone(),
            serde_json::to_value(r).expect("rendered result serialises"),
        );
    }
    let out = serde_json::json!({
        "requirements": map,
        "order": requirements::IDS,
        "rules_as_of": report.rules_as_of,
        "assessment_date": report.assessment_date,
        "lang": lang.code(),
    });
    serde_json::to_string_pretty(&out).expect("JSON")
}

fn marker(s: Status) -> &'static str {
    match s {
        Status::Met => "✓",
        Status::NotMet => "✗",
        Status::NotApplicable => "–",
        Status::NeedsAssessment => "!",
        Status::Unknown => "?",
    }
}

/// Wraps `text` at [`WIDTH`], the first line after `first`, the others
/// indented by `indent` spaces.
fn wrap(out: &mut String, first: &str, indent: usize, text: &str) {
    let mut line = first.to_string();
    let mut len = line.chars().count();
    let mut fresh = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let wl = word.chars().count();
        if !fresh && len + 1 + wl > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            line = " ".repeat(indent);
            len = indent;
            fresh = true;
        }
        if !fresh {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += wl;
        fresh = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

fn block(out: &mut String, r: &RenderedResult, lang: Lang) {
    let head = format!(
        "{} {}: {} ({})",
        marker(r.status),
        r.title,
        r.status_label,
        r.source
    );
    match r.status {
        Status::Met => wrap(out, "", 2, &head),
        Status::NotApplicable => wrap(out, "", 2, &format!("{head}. {}", r.reason)),
        _ => {
            wrap(out, "", 2, &head);
            wrap(out, "  ", 2, &r.reason);
            if !r.exceptions.is_empty() {
                out.push_str(&format!("  {}\n", t(lang, "check-exceptions")));
                for e in &r.exceptions {
                    wrap(out, "  • ", 4, e);
                }
            }
            if !r.documents.is_empty() || !r.document_notes.is_empty() {
                out.push_str(&format!("  {}\n", t(lang, "check-documents")));
                for d in r.documents.iter().chain(&r.document_notes) {
                    wrap(out, "  • ", 4, d);
                }
            }
        }
    }
}

/// The human-readable report: one block per requirement; met ones short.
fn human(report: &CheckReport, lang: Lang) -> String {
    let rendered = report.render(lang);
    let mut out = String::new();
    out.push_str(&t(lang, "check-heading"));
    out.push('\n');
    wrap(
        &mut out,
        "",
        0,
        &tr(
            lang,
            "check-assessed",
            &[
                ("date", fmt::date_long(lang, report.assessment_date).into()),
                ("rules", fmt::date_long(lang, report.rules_as_of).into()),
            ],
        ),
    );
    out.push('\n');
    for r in &rendered.results {
        block(&mut out, r, lang);
    }
    let attention = rendered
        .results
        .iter()
        .filter(|r| r.status.needs_attention())
        .count();
    out.push('\n');
    out.push_str(&tr(
        lang,
        "check-summary",
        &[("attention", FluentValue::from(attention))],
    ));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_width_with_indent() {
        let mut s = String::new();
        wrap(&mut s, "  • ", 4, &"ord ".repeat(40));
        for (i, l) in s.lines().enumerate() {
            assert!(l.chars().count() <= WIDTH, "{l}");
            if i > 0 {
                assert!(l.starts_with("    o"), "{l:?}");
            }
        }
        assert!(s.lines().count() > 1);
    }
}
