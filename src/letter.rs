//! Letters: from a checked case to a [`pdf::Document`] ready to sign.
//!
//! Four kinds (see [`LetterKind`]), each in bokmål, nynorsk and English, as
//! templates (Jinja syntax, written for Tera, rendered with MiniJinja)
//! embedded from `templates/<lang>/<kind>.tera` (plus the
//! shared `base.tera`, the `fullmakt.tera` page and the `labels.tera` page of
//! attachment labels). The templates produce the line markup of
//! [`markup`]; every value they print is escaped, so text typed by a user is
//! data, never template code or markup.
//!
//! The structure follows the Jussbuss model "Forslag til klage"
//! (seeds/004): recipient, date, sender, DUF number, title, the decision,
//! the deadline, the change sought, the grounds, attachments, place and date,
//! signature. The content required by fvl. § 32 is always there: addressed to
//! the body that decided (a), a signature line for the klager or fullmektig
//! (b), the decision named (c), the change sought (d), and the grounds.
use crate::Lang;
use crate::case::{Authority, Case, CheckedCase, MadeBy, Problem, Severity};
use crate::fmt::{date_long, date_short};
use crate::i18n::{FluentValue, t, tr};
use crate::pdf::{self, Block, Document};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

pub mod markup;

/// Which letter to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    /// An ordinary klage, within the deadline (fvl. §§ 28–32).
    Klage,
    /// A foreløpig klage: on time, documentation and full grounds follow
    /// (UDI then gives two more weeks; law-and-practice.md § 1.10).
    Forelopig,
    /// A klage after the deadline, asking for consideration under fvl. § 31.
    Late,
    /// A request to reverse a decision: to UNE (final decisions), or to UDI
    /// under fvl. § 35 once a klage is no longer possible.
    Omgjoring,
    /// A stand-alone request for utsatt iverksettelse (fvl. § 42, utl. § 90),
    /// sent at once, before the klage; only for an applicant in Norway.
    Utsatt,
    /// Documents (and fuller grounds) sent after the klage (fvl. § 34).
    Ettersending,
    /// A request for access to the case documents (fvl. § 18).
    Innsyn,
    /// A claim for costs after a change in the applicant's favour (fvl. § 36).
    Costs,
}

impl LetterKind {
    pub const ALL: [LetterKind; 8] = [
        LetterKind::Klage,
        LetterKind::Forelopig,
        LetterKind::Late,
        LetterKind::Omgjoring,
        LetterKind::Utsatt,
        LetterKind::Ettersending,
        LetterKind::Innsyn,
        LetterKind::Costs,
    ];

    /// The stable name: `klage`, `forelopig`, `late`, `omgjoring`, `utsatt`,
    /// `ettersending`, `innsyn`, `costs`.
    pub fn code(self) -> &'static str {
        match self {
            LetterKind::Klage => "klage",
            LetterKind::Forelopig => "forelopig",
            LetterKind::Late => "late",
            LetterKind::Omgjoring => "omgjoring",
            LetterKind::Utsatt => "utsatt",
            LetterKind::Ettersending => "ettersending",
            LetterKind::Innsyn => "innsyn",
            LetterKind::Costs => "costs",
        }
    }

    /// Parses a stable name (as on the command line).
    pub fn parse(s: &str) -> Option<LetterKind> {
        let s = s.trim().to_lowercase();
        LetterKind::ALL
            .into_iter()
            .find(|k| k.code() == s || (s == "foreløpig" && *k == LetterKind::Forelopig))
    }

    /// The kind in words, e.g. "foreløpig klage".
    pub fn name(self, lang: Lang) -> String {
        t(lang, &format!("letter-kind-{}", self.code()))
    }
}

impl LetterKind {
    /// Whether the letter prints the klage's grounds.
    pub fn prints_grounds(self) -> bool {
        !matches!(
            self,
            LetterKind::Utsatt | LetterKind::Innsyn | LetterKind::Costs
        )
    }

    /// Whether the case must argue every refusal ground in this letter (a
    /// klage, a late klage, an omgjøring); not for a foreløpig klage or the
    /// letters that are not a klage.
    pub fn needs_grounds(self) -> bool {
        matches!(
            self,
            LetterKind::Klage | LetterKind::Late | LetterKind::Omgjoring
        )
    }

    /// Whether the letter carries the case's documents (else only a fullmakt).
    pub fn carries_documents(self) -> bool {
        !matches!(self, LetterKind::Utsatt | LetterKind::Innsyn)
    }

    /// Whether the letter may carry a request for utsatt iverksettelse.
    pub fn may_ask_deferral(self) -> bool {
        matches!(
            self,
            LetterKind::Klage | LetterKind::Forelopig | LetterKind::Late | LetterKind::Omgjoring
        )
    }
}

impl std::fmt::Display for LetterKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A letter, laid out as blocks: the letter itself, then the fullmakt page
/// and the page of attachment labels when the case asks for them.
#[derive(Debug, Clone)]
pub struct Letter {
    pub kind: LetterKind,
    pub lang: Lang,
    pub document: Document,
    /// Whether a fullmakt page is included (a representative who is not a lawyer).
    pub has_fullmakt: bool,
    /// Whether a page of attachment labels is included.
    pub has_labels: bool,
    /// Warnings about the case and notes for the person sending the letter
    /// (where to send it, what to check); not printed in the letter.
    pub notes: Vec<Problem>,
    /// The letter's parts in order (header, decision, request, the
    /// applicant's own words …), each with the very blocks of
    /// [`Letter::document`] it is made of: what [`crate::explain`] explains.
    pub parts: Vec<LetterPart>,
    /// The case data the letter states, unformatted, so an explanation can
    /// give them in the reader's language.
    pub facts: LetterFacts,
}

/// One part of a letter: its id (`decision`, `request`, `own` …, see the
/// `@part` marks in `templates/`), its argument (a ground's requirement) and
/// its blocks, as printed.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterPart {
    pub id: String,
    pub arg: String,
    pub blocks: Vec<Block>,
}

/// What the letter states, as data (see [`Letter::facts`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LetterFacts {
    /// The body that decided, by name ("UDI", an embassy's or police
    /// district's name).
    pub authority: String,
    /// Who hears the klage if the decision is not changed (utl. § 76): UNE,
    /// or UDI for an embassy's decision; None for a request to UNE itself.
    pub appeal_to: Option<MadeBy>,
    pub decided: Option<NaiveDate>,
    pub received: Option<NaiveDate>,
    pub deadline: Option<NaiveDate>,
    pub computed: Option<NaiveDate>,
    pub stated: Option<NaiveDate>,
    pub duf: String,
    /// The representative's name, if any.
    pub representative: String,
    /// The co-applicants' names, in running text.
    pub co_names: String,
    pub attachments: usize,
    /// How many signature lines the letter has.
    pub signatures: usize,
}

impl Letter {
    /// The text the PDF holds (for previews and golden files).
    pub fn to_text(&self) -> String {
        pdf::to_text(&self.document)
    }

    /// The PDF.
    pub fn to_pdf(&self) -> Result<Vec<u8>, pdf::PdfError> {
        pdf::render(&self.document)
    }
}

/// Builds the letter of `kind` (None: the kind that follows from the case)
/// for a case, dated `today`. Every problem of the case is reported at once.
pub fn build(
    case: &Case,
    kind: Option<LetterKind>,
    today: NaiveDate,
) -> Result<Letter, Vec<Problem>> {
    let checked = case.validate_as(kind, today)?;
    Ok(build_checked(&checked, today))
}

/// The kind of letter that follows from the case: `omgjoring` for a UNE
/// decision, `late` when the deadline has passed, `forelopig` when more
/// documents will follow, else `klage`.
pub fn default_kind(case: &Case, today: NaiveDate) -> Result<LetterKind, Vec<Problem>> {
    case.validate(today).map(|c| c.kind)
}

// ---------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------

macro_rules! templates {
    ($lang:literal) => {
        &[
            (
                concat!($lang, "/base.tera"),
                include_str!(concat!("../templates/", $lang, "/base.tera")),
            ),
            (
                concat!($lang, "/klage.tera"),
                include_str!(concat!("../templates/", $lang, "/klage.tera")),
            ),
            (
                concat!($lang, "/forelopig.tera"),
                include_str!(concat!("../templates/", $lang, "/forelopig.tera")),
            ),
            (
                concat!($lang, "/late.tera"),
                include_str!(concat!("../templates/", $lang, "/late.tera")),
            ),
            (
                concat!($lang, "/omgjoring.tera"),
                include_str!(concat!("../templates/", $lang, "/omgjoring.tera")),
            ),
            (
                concat!($lang, "/utsatt.tera"),
                include_str!(concat!("../templates/", $lang, "/utsatt.tera")),
            ),
            (
                concat!($lang, "/ettersending.tera"),
                include_str!(concat!("../templates/", $lang, "/ettersending.tera")),
            ),
            (
                concat!($lang, "/innsyn.tera"),
                include_str!(concat!("../templates/", $lang, "/innsyn.tera")),
            ),
            (
                concat!($lang, "/costs.tera"),
                include_str!(concat!("../templates/", $lang, "/costs.tera")),
            ),
            (
                concat!($lang, "/fullmakt.tera"),
                include_str!(concat!("../templates/", $lang, "/fullmakt.tera")),
            ),
            (
                concat!($lang, "/labels.tera"),
                include_str!(concat!("../templates/", $lang, "/labels.tera")),
            ),
        ]
    };
}

/// Every template of each language, by name (`nb/klage.tera`).
pub const TEMPLATES: [(Lang, &[(&str, &str)]); 3] = [
    (Lang::Nb, templates!("nb")),
    (Lang::Nn, templates!("nn")),
    (Lang::En, templates!("en")),
];

/// The letter templates, compiled the first time each is rendered, together
/// with the template it extends: a process that writes one letter compiles
/// only the templates that letter uses. MiniJinja, which reads the same
/// syntax as Tera (the templates were written for Tera and are unchanged),
/// compiles them with about fifteen times fewer instructions (0.6 M against
/// 9.3 M for the example letter, callgrind): compiling with Tera's parser was
/// a quarter of a `klagehjelp letter` run (issue 11 § 5).
static TEMPLATES_ENV: LazyLock<minijinja::Environment<'static>> = LazyLock::new(new_env);

/// The source of template `name` (`nb/klage.tera`).
fn source(name: &str) -> Option<&'static str> {
    TEMPLATES
        .iter()
        .flat_map(|(_, ts)| ts.iter())
        .find(|(n, _)| *n == name)
        .map(|(_, s)| *s)
}

/// The environment of the letter markup: not HTML; every printed value is
/// escaped for the letter markup ([`markup::escape`]); printing a value the
/// letter does not have is an error, as testing it in `{% if %}` is not;
/// a template's last line break is kept.
fn new_env() -> minijinja::Environment<'static> {
    use minijinja::{UndefinedBehavior, Value, syntax::SyntaxConfig};
    let mut env = minijinja::Environment::new();
    env.set_loader(|name| Ok(source(name)));
    // Tera's name for the test MiniJinja calls `startingwith`.
    env.add_test("starting_with", |value: &str, prefix: &str| {
        value.starts_with(prefix)
    });
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    env.set_syntax(
        SyntaxConfig::builder()
            .keep_trailing_newline(true)
            .build()
            .expect("the default delimiters"),
    );
    env.set_formatter(|out, _state, value: &Value| {
        let text = match value.as_str() {
            Some(s) => markup::escape(s),
            None => markup::escape(&value.to_string()),
        };
        out.write_str(&text).map_err(minijinja::Error::from)
    });
    env
}

/// Renders template `name` with `ctx` and parses the markup, each block
/// with the part of the letter it belongs to.
fn render(name: &str, ctx: &minijinja::Value) -> Vec<(markup::PartTag, Block)> {
    let src = TEMPLATES_ENV
        .get_template(name)
        .and_then(|t| t.render(ctx))
        .unwrap_or_else(|e| panic!("template {name}: {e:#}"));
    markup::parse_parts(&src).unwrap_or_else(|e| panic!("template {name}: {e}"))
}

/// Groups tagged blocks into parts: consecutive blocks of the same part
/// make one; the heading that ends a part belongs to the part after it;
/// blocks without text (space, page and section breaks, cut lines) are left
/// out.
fn group_parts(tagged: &[(markup::PartTag, Block)]) -> Vec<LetterPart> {
    let mut parts: Vec<LetterPart> = Vec::new();
    for (tag, block) in tagged {
        if matches!(
            block,
            Block::Space(_) | Block::PageBreak | Block::CutLine | Block::Section(_)
        ) {
            continue;
        }
        match parts.last_mut() {
            Some(p) if p.id == tag.id && p.arg == tag.arg => p.blocks.push(block.clone()),
            _ => parts.push(LetterPart {
                id: tag.id.clone(),
                arg: tag.arg.clone(),
                blocks: vec![block.clone()],
            }),
        }
    }
    for i in 0..parts.len().saturating_sub(1) {
        if parts[i].blocks.len() > 1 && matches!(parts[i].blocks.last(), Some(Block::Heading(_))) {
            let h = parts[i].blocks.pop().expect("non-empty");
            parts[i + 1].blocks.insert(0, h);
        }
    }
    parts
}

// ---------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------

#[derive(Serialize)]
struct GroundCtx {
    /// The requirement's id (empty for "other"), for the `@part` mark.
    id: String,
    title: String,
    source: String,
    paragraphs: Vec<String>,
}

#[derive(Serialize)]
struct RepCtx {
    name: String,
    organisation: String,
    address: String,
    lawyer: bool,
    /// "Name, Organisation, Address" for the fullmakt.
    full: String,
}

#[derive(Serialize)]
struct AttachmentCtx {
    n: usize,
    title: String,
}

#[derive(Serialize)]
struct Ctx {
    kind: &'static str,
    today: String,
    place: String,
    recipient_lines: Vec<String>,
    sender_lines: Vec<String>,
    applicant_name: String,
    citizenship: String,
    birth: String,
    duf: String,
    reference: String,
    /// The deciding body, for running text ("Utlendingsdirektoratet (UDI)").
    authority: String,
    /// The deciding body, short ("UDI", "ambassaden").
    authority_short: String,
    /// Who hears the klage if the decision is not changed (utl. § 76).
    appeal_body: String,
    decided: String,
    received: String,
    deadline: String,
    /// The deadline was printed in the decision (and is the one that applies).
    deadline_stated: bool,
    /// Today lies between the printed and the computed deadline (fvl. § 31
    /// in the alternative).
    between: bool,
    /// The deadline computed by law has not passed.
    computed_open: bool,
    computed: String,
    stated: String,
    /// How the decision arrived, in words ("i posten"), or empty.
    received_how: String,
    one_year_limit: String,
    rep: Option<RepCtx>,
    fullmakt_no: Option<usize>,
    /// The signed fullmakt is sent later.
    fullmakt_follows: bool,
    grounds: Vec<GroundCtx>,
    deferred: bool,
    /// Why the applicant asks to stay (printed with the deferral request).
    deferral_reasons: Vec<String>,
    /// The same, for the stand-alone request (kind `utsatt`).
    utsatt_reasons: Vec<String>,
    /// The klage deadline has passed.
    late: bool,
    /// The day the klage was sent (`sent.date`), in words, or empty.
    sent: String,
    /// Ask for access to the case documents (fvl. § 18).
    ask_innsyn: bool,
    /// Ask, in the alternative, that the decision be set aside and sent
    /// back (fvl. § 34 fourth paragraph); only where a klageinstans decides.
    ask_set_aside: bool,
    more_documents: bool,
    late_reason: Vec<String>,
    attachments: Vec<AttachmentCtx>,
    signer: String,
    /// Header lines, one per co-applicant, each with their DUF number.
    co_applicants: Vec<String>,
    /// "Given Family, Given Family": the co-applicants in running text.
    co_names: String,
    /// The reference person's header line, if given.
    sponsor: String,
    /// Signature lines after the klager's: every adult co-applicant, and
    /// the person with parental responsibility for each child.
    co_signers: Vec<String>,
}

/// Under 18 on `today` (a child's klage is signed by the person with
/// parental responsibility).
pub fn is_child(birth: NaiveDate, today: NaiveDate) -> bool {
    birth
        .checked_add_months(chrono::Months::new(18 * 12))
        .is_some_and(|adult| adult > today)
}

/// The most lines the sender block may have: five lines at 11 pt from the
/// 15 mm top margin end above the envelope window (45 mm), so the recipient
/// always sits at the window's fixed place (see `pdf::layout`).
pub const SENDER_MAX_LINES: usize = 5;

/// The sender block in at most [`SENDER_MAX_LINES`] lines: the name first,
/// the contact line last, and the address lines between them joined with
/// commas when there are too many (nothing is left out).
fn fit_sender(lines: Vec<String>) -> Vec<String> {
    if lines.len() <= SENDER_MAX_LINES {
        return lines;
    }
    let n = lines.len();
    // Name, then address lines, then (maybe) the contact line: keep the first
    // and last, and fold the middle into as few lines as needed.
    let room = SENDER_MAX_LINES - 2;
    let middle = &lines[1..n - 1];
    let per = middle.len().div_ceil(room);
    let mut out = vec![lines[0].clone()];
    out.extend(middle.chunks(per).map(|c| c.join(", ")));
    out.push(lines[n - 1].clone());
    out
}

/// Splits user text into paragraphs at blank lines; single line breaks stay.
fn paragraphs(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n");
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(cur.join("\n"));
                cur.clear();
            }
        } else {
            cur.push(line.trim_end());
        }
    }
    if !cur.is_empty() {
        out.push(cur.join("\n"));
    }
    out
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Builds the letter from a case that passed validation.
pub fn build_checked(c: &CheckedCase, today: NaiveDate) -> Letter {
    let case = &c.case;
    let lang = case.letter_language;
    let kind = c.kind;
    let d = &case.decision;
    let mut notes = c.warnings.clone();
    let note = |code: &str| Problem::fluent("letter", code, Severity::Warning, |_| vec![]);

    // Recipient (fvl. § 32 a) and who hears the klage (utl. § 76): the body
    // that made the decision (routes: `decision.made_by`, else `authority`).
    let (made_by, _) = crate::routes::made_by(case);
    let made_by = match made_by {
        MadeBy::Unsure => {
            notes.push(note("letter.made_by_unsure"));
            MadeBy::from(d.authority)
        }
        m => m,
    };
    let (recipient_lines, authority, authority_short, appeal_body) = match made_by {
        MadeBy::Udi => {
            let l = crate::routes::address_lines(MadeBy::Udi).unwrap_or_default();
            if d.authority == Authority::Udi {
                notes.push(note("letter.send_udi"));
            } else {
                // A UDI decision handed out by an embassy or the police.
                notes.push(note("letter.send_as_decision_says"));
            }
            let appeal = if kind == LetterKind::Omgjoring {
                String::new()
            } else {
                t(lang, "letter-body-une")
            };
            (l, t(lang, "letter-body-udi"), "UDI".to_string(), appeal)
        }
        MadeBy::Une => {
            notes.push(note("letter.une_address"));
            if case.attachments.is_empty() {
                notes.push(note("letter.une_new_information"));
            }
            let l = crate::routes::address_lines(MadeBy::Une).unwrap_or_default();
            (
                l,
                t(lang, "letter-body-une"),
                "UNE".to_string(),
                String::new(),
            )
        }
        MadeBy::Embassy | MadeBy::Unsure => {
            let name = d.embassy.clone().unwrap_or_default().trim().to_string();
            notes.push(note("letter.embassy_address"));
            (
                vec![name.clone()],
                name,
                t(lang, "letter-the-embassy"),
                t(lang, "letter-body-udi"),
            )
        }
        MadeBy::Police => {
            let name = d
                .police_district
                .clone()
                .unwrap_or_default()
                .trim()
                .to_string();
            notes.push(note("letter.police_address"));
            (
                vec![name.clone()],
                name.clone(),
                name,
                t(lang, "letter-body-udi"),
            )
        }
    };
    // Staying in Norway (routes: utl. § 90, fvl. § 42): the same warnings
    // as the route shows, as notes for the sender.
    // Each note's text is written in a language when first shown.
    let route = crate::routes::route(case, today, lang);
    for (i, id) in route.warnings.iter().enumerate() {
        if matches!(
            id.as_str(),
            "deferral_48h" | "exit_deadline" | "renewal_right_to_stay" | "deferral_une"
        ) {
            let case = case.clone();
            notes.push(Problem::from_fn("route", id, Severity::Warning, move |l| {
                crate::routes::route(&case, today, l)
                    .warning_details
                    .get(i)
                    .map(|w| w.text.clone())
                    .unwrap_or_default()
            }));
        }
    }
    if case.representative.as_ref().is_some_and(|r| !r.is_lawyer) {
        notes.push(note("letter.fullmakt_sign"));
    }
    if kind == LetterKind::Late {
        notes.push(note("letter.late_risk"));
    }

    let applicant_name = case.applicant_name();
    // A volunteer's organisation as fullmektig: "Jussbuss v/ Kari Nordmann"
    // (fvl. § 12 second paragraph: an organisation the party is a member of).
    let rep_as = |r: &crate::case::Representative| {
        if r.organisation.trim().is_empty() {
            r.name.trim().to_string()
        } else {
            tr(
                lang,
                "letter-rep-organisation",
                &[
                    ("org", FluentValue::from(r.organisation.trim().to_string())),
                    ("name", FluentValue::from(r.name.trim().to_string())),
                ],
            )
        }
    };
    let rep = case.representative.as_ref().map(|r| {
        let address = lines(&r.address).join(", ");
        let who = rep_as(r);
        let full = [who.as_str(), address.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        RepCtx {
            name: r.name.trim().to_string(),
            organisation: r.organisation.trim().to_string(),
            address,
            lawyer: r.is_lawyer,
            full,
        }
    });
    // A fullmakt that follows later (fvl. § 12 fourth paragraph; e.g. the
    // client is abroad and time is short): no fullmakt page now, and the
    // letter says it follows.
    let fullmakt_follows = case
        .representative
        .as_ref()
        .is_some_and(|r| r.fullmakt_follows && !r.is_lawyer);
    let has_fullmakt = rep.as_ref().is_some_and(|r| !r.lawyer) && !fullmakt_follows;

    // Sender: the klager, or the fullmektig writing for them.
    let contact = |phone: &str, email: &str, out: &mut Vec<String>| {
        let mut parts = Vec::new();
        if !phone.trim().is_empty() {
            parts.push(tr(
                lang,
                "letter-phone",
                &[("phone", FluentValue::from(phone.trim()))],
            ));
        }
        if !email.trim().is_empty() {
            parts.push(tr(
                lang,
                "letter-email",
                &[("email", FluentValue::from(email.trim()))],
            ));
        }
        if !parts.is_empty() {
            out.push(parts.join(" – "));
        }
    };
    let mut sender_lines = Vec::new();
    let signer = match &case.representative {
        Some(r) => {
            // "Jussbuss v/ Kari Nordmann" on one line.
            sender_lines.push(rep_as(r));
            sender_lines.extend(lines(&r.address));
            contact(&r.phone, &r.email, &mut sender_lines);
            let who = FluentValue::from(applicant_name.clone());
            tr(
                lang,
                "letter-signer-representative",
                &[("rep", FluentValue::from(rep_as(r))), ("name", who)],
            )
        }
        None => {
            sender_lines.push(applicant_name.clone());
            sender_lines.extend(lines(&case.applicant.address));
            contact(
                &case.applicant.phone,
                &case.applicant.email,
                &mut sender_lines,
            );
            applicant_name.clone()
        }
    };

    let sender_lines = fit_sender(sender_lines);

    // Co-applicants (each with their own DUF number) and the sponsor.
    let born = |s: &str| {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .ok()
            .map(|b| date_short(lang, b))
            .unwrap_or_default()
    };
    let co_applicants: Vec<String> = case
        .co_applicants
        .iter()
        .map(|p| {
            let duf = crate::duf::parse(&p.duf, today)
                .map(|d| d.display.replace(' ', "\u{a0}"))
                .unwrap_or_else(|_| p.duf.trim().to_string());
            tr(
                lang,
                "letter-co-applicant-line",
                &[
                    ("name", FluentValue::from(p.name())),
                    ("birth", FluentValue::from(born(&p.birth_date))),
                    ("duf", FluentValue::from(duf)),
                ],
            )
        })
        .collect();
    let co_names = case
        .co_applicants
        .iter()
        .map(|p| p.name())
        .collect::<Vec<_>>()
        .join(", ");
    let sponsor = case
        .sponsor
        .as_ref()
        .map(|s| {
            let name = format!("{} {}", s.given_name.trim(), s.family_name.trim())
                .trim()
                .to_string();
            let birth = born(&s.birth_date);
            if name.is_empty() {
                String::new()
            } else if birth.is_empty() {
                tr(
                    lang,
                    "letter-sponsor-line-no-birth",
                    &[("name", FluentValue::from(name))],
                )
            } else {
                tr(
                    lang,
                    "letter-sponsor-line",
                    &[
                        ("name", FluentValue::from(name)),
                        ("birth", FluentValue::from(birth)),
                    ],
                )
            }
        })
        .unwrap_or_default();
    let guardian = |name: String| {
        tr(
            lang,
            "letter-signer-guardian",
            &[("name", FluentValue::from(name))],
        )
    };
    let co_signers: Vec<String> = case
        .co_applicants
        .iter()
        .map(|p| {
            let child = NaiveDate::parse_from_str(p.birth_date.trim(), "%Y-%m-%d")
                .is_ok_and(|b| is_child(b, today));
            if child { guardian(p.name()) } else { p.name() }
        })
        .collect();
    // A child applicant without a fullmektig: the person with parental
    // responsibility signs.
    let signer = if case.representative.is_none() && is_child(c.birth_date, today) {
        guardian(applicant_name.clone())
    } else {
        signer
    };

    // Attachments: the fullmakt first, then the case's documents.
    let mut attachments = Vec::new();
    let fullmakt_no = has_fullmakt.then(|| {
        attachments.push(AttachmentCtx {
            n: 1,
            title: t(lang, "letter-fullmakt-title"),
        });
        1
    });
    // A stand-alone deferral request carries only the fullmakt.
    let documents: &[crate::case::Attachment] = if !kind.carries_documents() {
        &[]
    } else {
        &case.attachments
    };
    for a in documents {
        attachments.push(AttachmentCtx {
            n: attachments.len() + 1,
            title: a.title.trim().to_string(),
        });
    }

    // Each ground cites the provision of the sub-rule that decided it (utl.
    // § 40 for a spouse, § 41 for a cohabitant), else the requirement's own.
    let check = crate::law::check(&case.facts_for_check(), today);
    let grounds = case
        .grounds
        .iter()
        .filter(|g| !g.text.trim().is_empty())
        .map(|g| match crate::law::is_known_id(&g.requirement) {
            true => GroundCtx {
                id: g.requirement.clone(),
                title: crate::law::render::title(&g.requirement, lang),
                source: check
                    .get(&g.requirement)
                    .filter(|r| {
                        r.status != crate::law::Status::Unknown
                            && !g.requirement.starts_with("underhold")
                            && g.requirement != "sosialstonad"
                    })
                    .map(|r| crate::law::render::plain_source(r.source))
                    .filter(|s| s.contains('§'))
                    .unwrap_or_else(|| crate::law::render::provisions(&g.requirement)),
                paragraphs: paragraphs(&g.text),
            },
            false => GroundCtx {
                id: String::new(),
                title: t(lang, "letter-ground-other"),
                source: String::new(),
                paragraphs: paragraphs(&g.text),
            },
        })
        .collect();

    let dl = &c.deadline;
    let ctx_authority = authority.clone();
    let ctx_appeal_empty = appeal_body.is_empty();
    let ctx_co_names = co_names.clone();
    let ctx_attachments = attachments.len();
    let ctx = Ctx {
        kind: kind.code(),
        today: date_long(lang, today),
        place: case.signed_place.trim().to_string(),
        recipient_lines,
        sender_lines,
        applicant_name: applicant_name.clone(),
        citizenship: case.applicant.citizenship.trim().to_string(),
        birth: date_short(lang, c.birth_date),
        // Non-breaking spaces: the number never wraps.
        duf: c.duf.display.replace(' ', "\u{a0}"),
        // The case number (format 2), or the reference a format-1 file kept
        // it in; else the template prints a blank line to fill in.
        reference: if d.case_number.trim().is_empty() {
            d.reference.trim().to_string()
        } else {
            d.case_number.trim().to_string()
        },
        authority,
        authority_short,
        appeal_body,
        decided: date_long(lang, c.decision_date),
        received: date_long(lang, c.received),
        deadline: date_long(lang, dl.effective),
        deadline_stated: dl.stated == Some(dl.effective),
        between: dl.between,
        computed_open: dl.computed_open,
        computed: date_long(lang, dl.computed),
        stated: dl.stated.map(|s| date_long(lang, s)).unwrap_or_default(),
        received_how: d
            .received_how
            .map(|h| {
                t(
                    lang,
                    &format!("letter-received-how-{}", h.code().replace('_', "-")),
                )
            })
            .unwrap_or_default(),
        one_year_limit: dl
            .one_year_limit
            .map(|l| date_long(lang, l))
            .unwrap_or_default(),
        rep,
        fullmakt_no,
        fullmakt_follows,
        grounds: if kind.prints_grounds() {
            grounds
        } else {
            vec![]
        },
        deferral_reasons: if kind.may_ask_deferral() {
            paragraphs(&case.deferral_reasons)
        } else {
            vec![]
        },
        sent: case
            .sent
            .as_ref()
            .and_then(|s| NaiveDate::parse_from_str(s.date.trim(), "%Y-%m-%d").ok())
            .map(|d| date_long(lang, d))
            .unwrap_or_default(),
        utsatt_reasons: paragraphs(&case.deferral_reasons),
        ask_innsyn: case.request_innsyn && kind.may_ask_deferral(),
        ask_set_aside: case.request_set_aside
            && matches!(
                kind,
                LetterKind::Klage | LetterKind::Forelopig | LetterKind::Late
            ),
        late: dl.late,
        // Never a deferral paragraph for an applicant abroad (fvl. § 42 is
        // about staying in Norway); the case's notice says so.
        deferred: kind.may_ask_deferral() && crate::routes::deferral_applies(case),
        more_documents: case.will_send_more_documents || kind == LetterKind::Forelopig,
        late_reason: paragraphs(&case.late_reason),
        attachments,
        signer: signer.clone(),
        co_applicants,
        co_names,
        sponsor,
        co_signers,
    };
    let ctx = minijinja::Value::from(minijinja::value::Serde(&ctx));

    let duf = FluentValue::from(c.duf.display.clone());
    let page_args = |extra: Option<(&'static str, FluentValue<'static>)>| {
        let mut a = vec![
            ("duf", duf.clone()),
            ("page", FluentValue::from("{page}")),
            ("pages", FluentValue::from("{pages}")),
        ];
        a.extend(extra);
        a
    };
    let code = lang.code();
    let mut tagged = render(&format!("{code}/{}.tera", kind.code()), &ctx);
    let none = markup::PartTag::default;
    // The letter's pages are numbered on their own; the fullmakt is its own
    // section, marked as its attachment number; the label sheet is cut up
    // and never sent as a page: no footer, not counted.
    if has_fullmakt {
        tagged.push((
            none(),
            Block::Section(Some(tr(
                lang,
                "letter-footer-fullmakt",
                &page_args(Some(("n", FluentValue::from(fullmakt_no.unwrap_or(1))))),
            ))),
        ));
        tagged.extend(render(&format!("{code}/fullmakt.tera"), &ctx));
    }
    let has_labels = !documents.is_empty() || has_fullmakt;
    if has_labels {
        tagged.push((none(), Block::Section(None)));
        tagged.extend(render(&format!("{code}/labels.tera"), &ctx));
    }
    let parts = group_parts(&tagged);
    let blocks: Vec<Block> = tagged.into_iter().map(|(_, b)| b).collect();
    let facts = LetterFacts {
        authority: ctx_authority,
        // As above: UDI's decisions go to UNE; the embassies' and the
        // police's to UDI; none for a request to UNE itself.
        appeal_to: (!ctx_appeal_empty).then_some(match made_by {
            MadeBy::Udi | MadeBy::Une => MadeBy::Une,
            MadeBy::Embassy | MadeBy::Unsure | MadeBy::Police => MadeBy::Udi,
        }),
        decided: Some(c.decision_date),
        received: Some(c.received),
        deadline: Some(dl.effective),
        computed: Some(dl.computed),
        stated: dl.stated,
        duf: c.duf.display.clone(),
        representative: case
            .representative
            .as_ref()
            .map(|r| r.name.trim().to_string())
            .unwrap_or_default(),
        co_names: ctx_co_names,
        attachments: ctx_attachments,
        signatures: blocks
            .iter()
            .filter(|b| matches!(b, Block::Signature { .. }))
            .count(),
    };

    let document = Document {
        title: tr(
            lang,
            &format!("letter-doc-title-{}", kind.code()),
            &[("duf", duf.clone())],
        ),
        author: case
            .representative
            .as_ref()
            .map_or(applicant_name, |r| r.name.trim().to_string()),
        lang,
        created: today.and_hms_opt(12, 0, 0).expect("noon exists"),
        // What is sent to UDI: no "rules as of" (that is for the app's copy).
        footer: tr(lang, "letter-footer", &page_args(None)),
        blocks,
    };
    let notes = notes.into_iter().map(|p| p.in_lang(lang)).collect();
    Letter {
        kind,
        lang,
        document,
        has_fullmakt,
        has_labels,
        notes,
        parts,
        facts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_blank_lines() {
        assert_eq!(
            paragraphs("a\nb\n\n\nc\r\n"),
            vec!["a\nb".to_string(), "c".to_string()]
        );
        assert!(paragraphs("  \n").is_empty());
    }

    #[test]
    fn a_long_sender_is_folded_into_five_lines_and_nothing_is_lost() {
        let long: Vec<String> = [
            "Jussbuss v/ Kari Nordmann",
            "c/o Hodan Warsame",
            "Moi Avenue 12",
            "Flat 4",
            "00100 Nairobi",
            "Kenya",
            "Telefon: +254 712 345 678 – E-post: kari@example.com",
        ]
        .map(String::from)
        .to_vec();
        let f = fit_sender(long.clone());
        assert_eq!(f.len(), SENDER_MAX_LINES);
        assert_eq!(f[0], long[0]);
        assert_eq!(f[4], long[6]);
        assert_eq!(
            f.join(", "),
            long.join(", "),
            "nothing is lost or reordered"
        );
        let short: Vec<String> = long[..4].to_vec();
        assert_eq!(fit_sender(short.clone()), short);
    }

    #[test]
    fn parts_group_blocks_and_a_closing_heading_moves_on() {
        let tag = |id: &str| markup::PartTag {
            id: id.to_string(),
            arg: String::new(),
        };
        let tagged = vec![
            (tag("header"), Block::Title("T".into())),
            (tag("header"), Block::Heading("The decision".into())),
            (tag("decision"), Block::Paragraph("I appeal".into())),
            (tag("decision"), Block::Space(3.0)),
            (tag("own"), Block::Paragraph("Mine".into())),
            (tag("own"), Block::Paragraph("Also mine".into())),
        ];
        let parts = group_parts(&tagged);
        let ids: Vec<&str> = parts.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["header", "decision", "own"]);
        assert_eq!(parts[0].blocks, [Block::Title("T".into())]);
        assert_eq!(
            parts[1].blocks,
            [
                Block::Heading("The decision".into()),
                Block::Paragraph("I appeal".into())
            ]
        );
        assert_eq!(parts[2].blocks.len(), 2);
    }

    #[test]
    fn kinds_parse() {
        for k in LetterKind::ALL {
            assert_eq!(LetterKind::parse(k.code()), Some(k));
        }
        assert_eq!(LetterKind::parse("Foreløpig"), Some(LetterKind::Forelopig));
        assert_eq!(LetterKind::parse("nope"), None);
    }

    #[test]
    fn every_template_parses() {
        assert_eq!(TEMPLATES.iter().map(|(_, t)| t.len()).sum::<usize>(), 33);
        for (lang, templates) in TEMPLATES {
            for (name, _) in templates {
                assert!(name.starts_with(lang.code()), "{name}");
                // Each template compiles on its own, with what it extends.
                let env = new_env();
                env.get_template(name).unwrap();
            }
        }
        // A letter compiles its template and the base it extends (when it
        // is rendered, or before by `prepare`), no more.
        let env = new_env();
        env.get_template("nn/klage.tera").unwrap();
        env.get_template("nn/base.tera").unwrap();
        let mut names: Vec<&str> = env.templates().map(|(n, _)| n).collect();
        names.sort_unstable();
        assert_eq!(names, ["nn/base.tera", "nn/klage.tera"]);
    }

    #[test]
    fn printed_values_are_escaped_and_unknown_ones_refused() {
        let env = new_env();
        let t = env
            .template_from_str("{{ a }}|{% if nope %}x{% endif %}")
            .unwrap();
        let out = t.render(minijinja::context! { a => "@p x\\y" }).unwrap();
        assert_eq!(out, format!("{}|", markup::escape("@p x\\y")));
        assert!(
            env.template_from_str("{{ nope }}")
                .unwrap()
                .render(())
                .is_err()
        );
    }
}
