//! `klagehjelp bundle CASE --out FILE.pdf [--split DIR] [--today YYYY-MM-DD] [--kind KIND]`:
//! one PDF with the letter, the list of attachments, the fullmakt and every
//! attached file (`attachments[].files`, paths relative to the case file),
//! each attachment page stamped; with `--split`, the letter and one file per
//! attachment (`Vedlegg-N-title.pdf`) in DIR. Problems with the case or a
//! file: exit 2, one line per problem, `field: [code] message`.
use super::{CliError, CliResult, today_in};
use klagehjelp::Lang;
use klagehjelp::i18n::{FluentValue, t, tr};
use klagehjelp::session::{self, ExportError};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("output").required(true).multiple(true).args(["out", "split"])))]
pub struct BundleArgs {
    /// The case file (*.klage.json).
    pub case: PathBuf,
    /// Where to write the bundle (one PDF).
    #[arg(long, value_name = "FILE.pdf")]
    pub out: Option<PathBuf>,
    /// Also (or instead) write the letter and one PDF per attachment into this folder.
    #[arg(long, value_name = "DIR")]
    pub split: Option<PathBuf>,
    /// Today's date: the letter's date (default: the system date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// Letter kind (default: follows from the case); see `letter --help`.
    #[arg(long)]
    pub kind: Option<String>,
}

fn write(lang: Lang, path: &Path, bytes: &[u8]) -> CliResult {
    klagehjelp::fsutil::write_atomic(path, bytes).map_err(|e| {
        CliError::Failure(tr(
            lang,
            "cli-write-failed",
            &[
                ("path", FluentValue::from(path.display().to_string())),
                ("error", FluentValue::from(e.to_string())),
            ],
        ))
    })
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

pub fn run(args: &BundleArgs, lang: Lang) -> CliResult {
    let today = today_in(lang, args.today.as_deref())?;
    let case = super::read_case(&args.case, lang)?;
    let kind = super::letter_kind(args.kind.as_deref(), lang)?;
    let dir = args.case.parent().unwrap_or(Path::new("."));
    let files = klagehjelp::fsutil::read_attachment_files(dir, &case, lang)
        .map_err(|(field, msg)| CliError::input(format!("{field}: {msg}")))?;
    let export = session::export_bundle(
        &case,
        kind,
        lang,
        today,
        &files,
        args.split.is_some(),
        &mut |_| {},
    )
    .map_err(|e| match e {
        ExportError::Problems(problems) => {
            let mut msg = t(lang, "letter-cli-problems");
            for p in problems {
                msg.push('\n');
                msg.push_str(&format!("{}: [{}] {}", p.field, p.code, p.message_in(lang)));
            }
            CliError::input(msg)
        }
        ExportError::Pdf(reason) => CliError::Failure(reason),
    })?;
    let b = &export.bundle;
    if let Some(out) = &args.out {
        write(lang, out, &b.pdf)?;
        println!(
            "{}",
            tr(
                lang,
                "bundle-cli-written",
                &[
                    ("path", FluentValue::from(out.display().to_string())),
                    ("pages", FluentValue::from(b.pages)),
                    ("size", FluentValue::from(megabytes(b.pdf.len()))),
                ],
            )
        );
    }
    if let Some(dir) = &args.split {
        std::fs::create_dir_all(dir).map_err(|e| {
            CliError::Failure(tr(
                lang,
                "cli-write-failed",
                &[
                    ("path", FluentValue::from(dir.display().to_string())),
                    ("error", FluentValue::from(e.to_string())),
                ],
            ))
        })?;
        for part in &b.parts {
            write(lang, &dir.join(&part.file_name), &part.pdf)?;
        }
        println!(
            "{}",
            tr(
                lang,
                "bundle-cli-split-written",
                &[
                    ("count", FluentValue::from(b.parts.len())),
                    ("dir", FluentValue::from(dir.display().to_string())),
                ],
            )
        );
    }
    for notice in &b.notices {
        eprintln!("{} {notice}", t(lang, "letter-cli-note"));
    }
    for w in &export.warnings {
        eprintln!("{} {}", t(lang, "letter-cli-note"), w.message_in(lang));
    }
    Ok(())
}
