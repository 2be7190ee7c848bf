//! `klagehjelp letter CASE --out FILE.pdf [--today YYYY-MM-DD] [--kind KIND] [--text]`:
//! writes the letter of a case file as PDF, or prints it as plain text (the
//! same text the PDF holds). Problems with the case: exit 2 and one line per
//! problem, `field: [code] message`. Notes for the sender go to stderr.
use super::{CliError, CliResult, LetterArgs, today_in};
use klagehjelp::Lang;
use klagehjelp::i18n::{FluentValue, UserFacing, t, tr};
use klagehjelp::session;

/// The error for `letter --lang L` when L is not a letter language: UDI and
/// UNE take a klage only in Norwegian or English; `explain` reads it in L.
pub fn not_a_letter_language(args: &LetterArgs, lang: Lang) -> CliError {
    let _ = args;
    CliError::input(tr(
        lang,
        "explain-cli-letter-lang",
        &[
            ("lang", FluentValue::from(lang.endonym())),
            ("code", FluentValue::from(lang.code())),
        ],
    ))
}

pub fn run(args: &LetterArgs, lang: Lang) -> CliResult {
    // Inflate the fonts (if stored deflated) on the second core while the
    // case is read and checked and the letter built; `to_pdf` waits for them.
    if args.out.is_some() && klagehjelp::pdf::PREPARE_IS_WORTH_A_THREAD {
        std::thread::spawn(klagehjelp::pdf::prepare);
    }
    let today = today_in(lang, args.today.as_deref())?;
    let case = super::read_case(&args.case, lang)?;
    // The templates, routes and words of the letter are read when first
    // needed, on this thread: reading them on a second thread while the case
    // is checked no longer paid for the thread (measured: 0.15 ms slower,
    // 0.3 ms more CPU, once they were cheap to read).
    let kind = super::letter_kind(args.kind.as_deref(), lang)?;
    // When a letter after the klage is offered is the core's policy (the
    // app refuses the same).
    if let Some(why) = kind.and_then(|k| session::not_offered(&case, k, lang, today)) {
        return Err(CliError::input(format!("kind: [letter.not_offered] {why}")));
    }
    if let Some(notice) = session::migration_notice(&case, lang) {
        eprintln!("{} {notice}", t(lang, "letter-cli-note"));
    }
    // The same letter the app writes: the core's session decides what the
    // letter holds (relevant answers, deferral, argued grounds).
    let letter = session::build_letter(&case, kind, today).map_err(|problems| {
        let mut msg = t(lang, "letter-cli-problems");
        // One line per problem: the field, the stable code, what to do.
        for p in problems {
            msg.push('\n');
            msg.push_str(&format!("{}: [{}] {}", p.field, p.code, p.message_in(lang)));
        }
        CliError::input(msg)
    })?;

    if let Some(out) = &args.out {
        let pdf = letter
            .to_pdf()
            .map_err(|e| CliError::Failure(e.message(lang)))?;
        klagehjelp::fsutil::write_atomic(out, &pdf).map_err(|e| {
            CliError::Failure(tr(
                lang,
                "cli-write-failed",
                &[
                    ("path", FluentValue::from(out.display().to_string())),
                    ("error", FluentValue::from(e.to_string())),
                ],
            ))
        })?;
        let done = tr(
            lang,
            "letter-cli-written",
            &[
                ("path", FluentValue::from(out.display().to_string())),
                ("kind", FluentValue::from(letter.kind.name(lang))),
            ],
        );
        if args.text {
            eprintln!("{done}");
        } else {
            println!("{done}");
        }
    }
    if args.text {
        print!("{}", letter.to_text());
    }
    // One write for all notes (stderr is unbuffered: a line each would be
    // four system calls).
    let label = t(lang, "letter-cli-note");
    let notes: String = session::sender_notes(&letter, lang)
        .iter()
        .map(|note| format!("{label} {}\n", note.message_in(lang)))
        .collect();
    if !notes.is_empty() {
        eprint!("{notes}");
    }
    Ok(())
}
