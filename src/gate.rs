//! The validity gate before export: what would get a klage rejected for
//! form, or make it say something untrue, is an error (the letter is not
//! written); what is worth a second look is a warning.
//!
//! Errors (each with a stable code and the field to fix):
//! - `text.placeholder`: a placeholder such as "[skriv her: beløp]" left in
//!   any text;
//! - `grounds.attachment_claimed`: a text says a document is attached
//!   ("ligger ved", "attached") but the klage has no attachments;
//! - `representative.contact_missing`: a fullmektig with neither address,
//!   phone nor e-mail;
//! - `co_applicants.name_missing`, and a co-applicant's DUF number or birth
//!   date that cannot be read (fvl. § 32: every applicant named, each with
//!   their DUF number).
//!
//! Warnings: `grounds.language` (grounds not in the letter's language; UDI
//! and UNE take Norwegian or English), `grounds.figure_differs` (an income
//! figure in the text that differs from the case's facts),
//! `decision.case_number_missing` (a blank line is printed to fill in).
//!
//! The empty ground for a refusal ground (`grounds.missing_for_refusal`) and
//! a missing signature place are checked in [`crate::case`].
use crate::Lang;
use crate::case::{Case, Problem, Severity};
use crate::fmt::date_long;
use crate::letter::LetterKind;
use chrono::NaiveDate;

type Args = Vec<(&'static str, String)>;

/// Errors and warnings of the gate.
#[derive(Default)]
pub(crate) struct Gate {
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

impl Gate {
    fn error(&mut self, field: impl Into<String>, code: &str, args: impl Fn(Lang) -> Args) {
        self.errors
            .push(Problem::fluent(field, code, Severity::Error, args));
    }

    fn warn(&mut self, field: impl Into<String>, code: &str, args: impl Fn(Lang) -> Args) {
        self.warnings
            .push(Problem::fluent(field, code, Severity::Warning, args));
    }
}

/// Openings of the placeholders the app's drafts contain, and common ones
/// people type (lower case).
const PLACEHOLDERS: &[&str] = &[
    "[skriv her",
    "[write here",
    "[fyll inn",
    "[fill in",
    "[…]",
    "[...]",
    "[xx",
];

/// Where a placeholder starts in `text`, if any: the placeholder itself.
pub fn find_placeholder(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    PLACEHOLDERS.iter().find_map(|p| {
        let at = lower.find(p)?;
        // Byte offsets of the lower-cased text match the original for the
        // ASCII and common letters used here; fall back to the pattern.
        let rest = text.get(at..).unwrap_or(p);
        let end = rest.find(']').map_or(rest.len(), |e| e + 1);
        Some(rest[..end.min(rest.len())].chars().take(80).collect())
    })
}

/// Phrases that say a document is attached (nb, nn, en; lower case).
const ATTACHED: &[&str] = &[
    "ligger ved",
    "ligg ved",
    "vedlagt",
    "vedlagd",
    "se vedlegg",
    "sjå vedlegg",
    "legger ved",
    "legg ved",
    "attached",
    "enclosed",
];

fn claims_attachment(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    ATTACHED.iter().copied().find(|p| lower.contains(p))
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

const EN: &[&str] = &[
    "the", "and", "is", "i", "not", "my", "we", "of", "to", "was", "has", "with", "that",
];
const NO: &[&str] = &[
    "og", "jeg", "eg", "ikke", "ikkje", "det", "er", "som", "vi", "har", "min", "mitt", "av", "på",
    "med", "til", "at", "ein", "en", "ei",
];

/// Whether `text` reads as Norwegian (true) or English (false); None when
/// it is too short to tell.
pub fn is_norwegian(text: &str) -> Option<bool> {
    let (mut en, mut no) = (0usize, 0usize);
    for w in words(text) {
        if EN.contains(&w.as_str()) {
            en += 1;
        }
        if NO.contains(&w.as_str()) {
            no += 1;
        }
    }
    if en + no < 4 {
        return None;
    }
    if no >= 2 * en.max(1) {
        Some(true)
    } else if en >= 2 * no.max(1) {
        Some(false)
    } else {
        None
    }
}

/// Amounts of 10 000 or more in `text`, in sentences about income (not about
/// the requirement), e.g. "452 000 kroner".
fn income_amounts(text: &str) -> Vec<u64> {
    const INCOME: &[&str] = &[
        "lønn", "inntekt", "tente", "tjen", "income", "salary", "earn", "løn",
    ];
    const RULE: &[&str] = &["krav", "requirement", "grense", "limit"];
    let mut out = Vec::new();
    // Sentences end at ". ", a line break or ";" (not at the dot of "1.250.000").
    let text = text.replace(". ", ".\n");
    for sentence in text.split(['\n', ';']) {
        let lower = sentence.to_lowercase();
        if !INCOME.iter().any(|w| lower.contains(w)) || RULE.iter().any(|w| lower.contains(w)) {
            continue;
        }
        // Digits with thousand separators (space, no-break space, dot).
        let mut cur = String::new();
        let mut flush = |cur: &mut String| {
            if let Ok(n) = cur.parse::<u64>()
                && n >= 10_000
            {
                out.push(n);
            }
            cur.clear();
        };
        let chars: Vec<char> = sentence.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if c.is_ascii_digit() {
                cur.push(*c);
            } else if matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '.')
                && !cur.is_empty()
                && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit())
                && chars
                    .get(i + 1..i + 4)
                    .is_some_and(|g| g.iter().all(char::is_ascii_digit))
            {
                continue;
            } else {
                flush(&mut cur);
            }
        }
        flush(&mut cur);
    }
    out
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// Every text the letter may print, with its field path.
fn texts(case: &Case) -> Vec<(String, &str)> {
    let mut t: Vec<(String, &str)> = Vec::new();
    let a = &case.applicant;
    for (f, s) in [
        ("applicant.given_name", &a.given_name),
        ("applicant.family_name", &a.family_name),
        ("applicant.citizenship", &a.citizenship),
        ("applicant.address", &a.address),
        ("applicant.phone", &a.phone),
        ("applicant.email", &a.email),
        ("decision.reference", &case.decision.reference),
        ("decision.case_number", &case.decision.case_number),
        ("late_reason", &case.late_reason),
        ("deferral_reasons", &case.deferral_reasons),
        ("signed_place", &case.signed_place),
    ] {
        t.push((f.to_string(), s.as_str()));
    }
    for (f, s) in [
        ("decision.embassy", &case.decision.embassy),
        ("decision.police_district", &case.decision.police_district),
    ] {
        if let Some(s) = s {
            t.push((f.to_string(), s.as_str()));
        }
    }
    for (i, g) in case.grounds.iter().enumerate() {
        t.push((format!("grounds[{i}].text"), g.text.as_str()));
    }
    for (i, at) in case.attachments.iter().enumerate() {
        t.push((format!("attachments[{i}].title"), at.title.as_str()));
    }
    if let Some(r) = &case.representative {
        for (f, s) in [
            ("representative.name", &r.name),
            ("representative.organisation", &r.organisation),
            ("representative.address", &r.address),
            ("representative.phone", &r.phone),
            ("representative.email", &r.email),
        ] {
            t.push((f.to_string(), s.as_str()));
        }
    }
    for (i, p) in case.co_applicants.iter().enumerate() {
        t.push((
            format!("co_applicants[{i}].given_name"),
            p.given_name.as_str(),
        ));
        t.push((
            format!("co_applicants[{i}].family_name"),
            p.family_name.as_str(),
        ));
    }
    if let Some(s) = &case.sponsor {
        t.push(("sponsor.given_name".into(), s.given_name.as_str()));
        t.push(("sponsor.family_name".into(), s.family_name.as_str()));
    }
    t
}

/// The gate for a (sanitised) case and the letter kind it will write.
pub(crate) fn check(case: &Case, kind: Option<LetterKind>, today: NaiveDate) -> Gate {
    let mut g = Gate::default();
    let lang = case.letter_language;

    // Placeholders, anywhere.
    for (field, text) in texts(case) {
        if let Some(p) = find_placeholder(text) {
            g.error(field, "text.placeholder", move |_| {
                vec![("text", p.clone())]
            });
        }
    }

    // A text that says a document is attached, when none is.
    // (A stand-alone deferral request prints only the deferral reasons and
    // carries no documents.)
    let documents = kind.is_none_or(|k| k.carries_documents());
    let grounds_printed = kind.is_none_or(|k| k.prints_grounds());
    if !documents || case.attachments.is_empty() {
        let mut claimed: Vec<(String, &str)> = Vec::new();
        if grounds_printed {
            claimed.extend(
                case.grounds
                    .iter()
                    .enumerate()
                    .map(|(i, gr)| (format!("grounds[{i}].text"), gr.text.as_str())),
            );
            claimed.push(("late_reason".into(), case.late_reason.as_str()));
        }
        claimed.push(("deferral_reasons".into(), case.deferral_reasons.as_str()));
        for (field, text) in claimed {
            if let Some(phrase) = claims_attachment(text) {
                g.error(field, "grounds.attachment_claimed", move |_| {
                    vec![("phrase", phrase.to_string())]
                });
            }
        }
    }

    // A fullmektig must be reachable (the decision and all contact go there).
    if let Some(r) = &case.representative
        && r.address.trim().is_empty()
        && r.phone.trim().is_empty()
        && r.email.trim().is_empty()
    {
        g.error(
            "representative.address",
            "representative.contact_missing",
            |_| vec![],
        );
    }

    // Co-applicants: named, each with their DUF number and date of birth.
    for (i, p) in case.co_applicants.iter().enumerate() {
        if p.name().is_empty() {
            g.error(
                format!("co_applicants[{i}].given_name"),
                "co_applicants.name_missing",
                |_| vec![],
            );
        }
        if let Err(e) = crate::duf::parse(&p.duf, today) {
            g.errors.push(Problem::from_user_facing(
                format!("co_applicants[{i}].duf"),
                Severity::Error,
                &e,
            ));
        }
        let b = p.birth_date.trim();
        if b.is_empty() {
            g.error(
                format!("co_applicants[{i}].birth_date"),
                "date.missing",
                |_| vec![],
            );
        } else if parse_date(b).is_none() {
            let value = b.to_string();
            g.error(
                format!("co_applicants[{i}].birth_date"),
                "date.invalid",
                move |_| vec![("value", value.clone())],
            );
        }
    }
    if let Some(s) = &case.sponsor {
        let b = s.birth_date.trim();
        if !b.is_empty() && parse_date(b).is_none() {
            let value = b.to_string();
            g.error("sponsor.birth_date", "date.invalid", move |_| {
                vec![("value", value.clone())]
            });
        }
    }

    // Warnings.
    let want_norwegian = lang != Lang::En;
    for (i, gr) in case.grounds.iter().enumerate() {
        if let Some(no) = is_norwegian(&gr.text)
            && no != want_norwegian
        {
            g.warn(format!("grounds[{i}].text"), "grounds.language", |_| vec![]);
        }
    }
    let f = &case.facts;
    let known: Vec<u64> = [f.sponsor_future_income, f.sponsor_past_income]
        .into_iter()
        .flatten()
        .chain(f.sponsor_past_income_by_year.values().copied())
        .collect();
    if !known.is_empty() {
        for (i, gr) in case.grounds.iter().enumerate() {
            for amount in income_amounts(&gr.text) {
                if !known.contains(&amount) {
                    let facts = known
                        .iter()
                        .map(|k| crate::fmt::amount(*k as i64))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let a = crate::fmt::amount(amount as i64);
                    g.warn(
                        format!("grounds[{i}].text"),
                        "grounds.figure_differs",
                        move |_| vec![("amount", a.clone()), ("facts", facts.clone())],
                    );
                }
            }
        }
    }
    if case.decision.case_number.trim().is_empty() && case.decision.reference.trim().is_empty() {
        g.warn(
            "decision.case_number",
            "decision.case_number_missing",
            |_| vec![],
        );
    }
    // A child applicant: the person with parental responsibility signs.
    if let Some(b) = parse_date(&case.applicant.birth_date)
        && case.representative.is_none()
        && crate::letter::is_child(b, today)
    {
        let d = b;
        g.warn("applicant.birth_date", "applicant.child_signs", move |l| {
            vec![("date", date_long(l, d))]
        });
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_in_every_language() {
        assert_eq!(
            find_placeholder("Han tente [skriv her: beløp] kroner.").as_deref(),
            Some("[skriv her: beløp]")
        );
        assert_eq!(
            find_placeholder("NOK [Write here: amount] before tax").as_deref(),
            Some("[Write here: amount]")
        );
        assert!(find_placeholder("Vedlegg [1] er kontrakten.").is_none());
        assert!(find_placeholder("").is_none());
    }

    #[test]
    fn attachment_claims_and_language() {
        assert_eq!(
            claims_attachment("Leiekontrakten ligger ved."),
            Some("ligger ved")
        );
        assert_eq!(
            claims_attachment("Sjå vedlagd dokumentasjon."),
            Some("vedlagd")
        );
        assert!(claims_attachment("Vi bor sammen.").is_none());
        assert_eq!(
            is_norwegian("Jeg mener at kravet er oppfylt, og det er ikke riktig."),
            Some(true)
        );
        assert_eq!(
            is_norwegian("I believe that the requirement is met and the decision is wrong."),
            Some(false)
        );
        assert_eq!(is_norwegian("OK"), None);
    }

    #[test]
    fn income_figures_in_sentences_about_income() {
        assert_eq!(
            income_amounts("Han har en årslønn på 452 000 kroner før skatt. Kravet er 340 000."),
            vec![452_000]
        );
        assert_eq!(
            income_amounts("My husband earns NOK 1.250.000 a year."),
            vec![1_250_000]
        );
        assert!(income_amounts("Vi har bodd sammen siden 2024.").is_empty());
    }
}
