//! PDF output: a small layout engine and a writer of tagged PDF (lopdf).
//!
//! The letter module builds a [`Document`] (metadata and a flow of
//! [`Block`]s); [`render`] lays it out on A4 pages and writes the PDF, and
//! [`to_text`] gives the same text as plain text.
//!
//! * Fonts: Noto Serif Regular and Bold (SIL OFL 1.1, `fonts/OFL.txt`),
//!   compiled in and embedded as subsets; no system font is used.
//! * Layout: measured glyph advances, line breaks at UAX #14 opportunities,
//!   no single-line widows or orphans, headings kept with what follows,
//!   signatures with what precedes, "Side X av Y" footers, and the recipient
//!   address in the window of a C5/C4 window envelope. The margins and the
//!   reasons for them are in [`layout`].
//! * Text is normalised to NFC; Fluent's isolation marks (U+2068/U+2069) and
//!   every other invisible bidi or zero-width control are removed. A
//!   character the font lacks is drawn as a visible replacement (U+FFFD);
//!   [`missing_glyphs`] lists such characters so the app can warn.
//! * Metadata: title, author, creation and modification date (from
//!   [`Document::created`], no time zone), `/Lang` from [`Document::lang`].
//!   The same `Document` always gives byte-identical output.
use crate::Lang;
use crate::i18n::{FluentValue, UserFacing, tr};
use chrono::NaiveDateTime;

mod fonts;
pub mod layout;
mod sfnt;
mod subset;
pub mod tagged;
pub(crate) mod writer;

/// A document to lay out: metadata and a flow of blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// PDF title (e.g. "Klage på vedtak – DUF 2012 586975 61").
    pub title: String,
    /// PDF author: the klager (or fullmektig).
    pub author: String,
    /// Language of the text, written as `/Lang`.
    pub lang: Lang,
    /// Creation date written to the metadata (fixed in tests for golden files).
    pub created: NaiveDateTime,
    /// Footer on every page; `{page}` and `{pages}` are replaced, e.g. "Side {page} av {pages}".
    pub footer: String,
    pub blocks: Vec<Block>,
}

/// One block of the flow, top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading, bold; kept on the same page as the block that follows it.
    Heading(String),
    /// The letter's title, bold and larger.
    Title(String),
    /// A paragraph: wrapped at word boundaries; `\n` inside forces a line break.
    Paragraph(String),
    /// Lines printed as they are (address blocks, sender, date line), each
    /// wrapped only if it is wider than the text column; kept together on one page.
    Lines(Vec<String>),
    /// The recipient's address, printed like [`Block::Lines`]. On the first
    /// page it is placed in the envelope window (first line 50 mm from the top,
    /// 25 mm from the left) and the next block starts below the window's
    /// address field (90 mm); see [`layout`]. Put the sender's [`Block::Lines`]
    /// before it (at most five lines, so they end above the window).
    Recipient(Vec<String>),
    /// An item of a numbered or bulleted list: the label ("1.", "–") hangs left.
    ListItem { label: String, text: String },
    /// Vertical space, in points.
    Space(f32),
    /// A signature line: blank space to sign on, a rule, and the caption below
    /// (name of the signer). Never split from the block before it.
    Signature { caption: String },
    /// Start a new page (fullmakt, attachment labels).
    PageBreak,
    /// A dashed line to cut along (between attachment labels). Drawn as
    /// [`CUT_LINE`] and marked as an artifact, so a screen reader skips it.
    CutLine,
    /// Start a new page that begins a new section with its own page count
    /// and footer (`{page}`/`{pages}` count the section's pages only); None:
    /// no footer and not counted (e.g. the sheet of attachment labels, which
    /// is cut up and never sent as a page). The pages before the first
    /// section use [`Document::footer`].
    Section(Option<String>),
}

/// How a [`Block::CutLine`] is drawn and written by [`to_text`].
pub const CUT_LINE: &str =
    "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -";

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PdfError {
    /// The fonts compiled into the program could not be read (a broken build).
    #[error("{0}; reinstall Klagehjelp or report the problem")]
    Font(String),
    /// The PDF library failed to write the file.
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

impl UserFacing for PdfError {
    fn code(&self) -> &'static str {
        match self {
            PdfError::Font(_) => "pdf.font",
            PdfError::Write(_) => "pdf.write",
        }
    }

    fn message(&self, lang: Lang) -> String {
        let (id, detail) = match self {
            PdfError::Font(d) => ("pdf-error-font", d),
            PdfError::Write(d) => ("pdf-error-write", d),
        };
        tr(lang, id, &[("detail", FluentValue::from(detail.clone()))])
    }
}

pub(crate) fn faces() -> Result<&'static fonts::Faces, PdfError> {
    fonts::faces().map_err(PdfError::Font)
}

/// Reads the embedded fonts now, if not done yet (once per process). Where
/// they are stored deflated ([`PREPARE_IS_WORTH_A_THREAD`]), a program that
/// will write a PDF can call this on another thread while it builds the
/// document; `render` waits for them.
pub fn prepare() -> Result<(), PdfError> {
    faces().map(|_| ())
}

/// Whether reading the fonts takes long enough to do it on another thread:
/// only when they are stored deflated (feature `compact-fonts`, the app).
/// Otherwise they are read in place in microseconds, less than a thread costs.
pub const PREPARE_IS_WORTH_A_THREAD: bool = fonts::DEFLATED;

/// Lays out `doc` on A4 pages and returns the PDF file.
pub fn render(doc: &Document) -> Result<Vec<u8>, PdfError> {
    let faces = faces()?;
    let laid_out = layout::layout(doc, faces);
    writer::write(doc, &laid_out, faces)
}

/// Number of pages `render` will produce for `doc`.
pub fn page_count(doc: &Document) -> Result<usize, PdfError> {
    Ok(layout::layout(doc, faces()?).pages.len())
}

/// For each page of `doc`: the blocks on it, each with the bottom of its
/// lowest line in points from the page's top edge (to place content below
/// text, as the bundle does under an attachment's stamp).
pub(crate) fn block_pages(doc: &Document) -> Result<Vec<Vec<(usize, f32)>>, PdfError> {
    let laid_out = layout::layout(doc, faces()?);
    Ok(laid_out
        .pages
        .iter()
        .map(|page| {
            page.iter()
                .map(|p| {
                    let e = &laid_out.entries[p.entry];
                    (e.block, p.top + e.height)
                })
                .collect()
        })
        .collect())
}

/// Characters of `doc` (title, footer and blocks, after cleaning) that the
/// embedded fonts cannot draw, sorted and without duplicates. The PDF shows
/// U+FFFD in their place; the app should warn when this is not empty
/// (e.g. a name written in Arabic or Chinese script).
pub fn missing_glyphs(doc: &Document) -> Result<Vec<char>, PdfError> {
    let faces = faces()?;
    let mut out = Vec::new();
    let regular = &faces.regular;
    let mut check =
        |face: &fonts::Face, text: &str| layout::missing_in(face, &layout::clean(text), &mut out);
    check(regular, &doc.footer);
    for block in &doc.blocks {
        match block {
            Block::Heading(t) | Block::Title(t) => check(&faces.bold, t),
            Block::Paragraph(t) => check(regular, t),
            Block::Lines(ls) | Block::Recipient(ls) => ls.iter().for_each(|l| check(regular, l)),
            Block::ListItem { label, text } => {
                check(regular, label);
                check(regular, text);
            }
            Block::Signature { caption } => check(regular, caption),
            Block::Section(Some(f)) => check(regular, f),
            Block::Space(_) | Block::PageBreak | Block::CutLine | Block::Section(None) => {}
        }
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// The document as plain text, for previews and golden files.
///
/// The text is cleaned as for the PDF (NFC, no isolation marks or other
/// invisible controls) but not wrapped, and characters the font lacks are
/// kept as they are. Blocks are separated by a blank line; the lines of
/// `Lines`/`Recipient` by single newlines; a list item is `label text`; a
/// signature is a line of underscores with the caption under it; `Space`
/// adds nothing. An explicit [`Block::PageBreak`] or [`Block::Section`] is a line holding only a
/// form feed (U+000C); automatic page breaks and footers are not shown.
/// The result ends with one newline.
pub fn to_text(doc: &Document) -> String {
    let mut parts: Vec<String> = Vec::new();
    for block in &doc.blocks {
        let part = match block {
            Block::Heading(t) | Block::Title(t) | Block::Paragraph(t) => layout::clean(t),
            Block::Lines(ls) | Block::Recipient(ls) => ls
                .iter()
                .map(|l| layout::clean(l))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::ListItem { label, text } => {
                format!("{} {}", layout::clean(label).trim(), layout::clean(text))
            }
            Block::Signature { caption } => {
                format!(
                    "\n______________________________\n{}",
                    layout::clean(caption)
                )
            }
            Block::PageBreak | Block::Section(_) => "\u{000C}".to_string(),
            Block::CutLine => CUT_LINE.to_string(),
            Block::Space(_) => continue,
        };
        parts.push(part.trim_end_matches([' ', '\n']).to_string());
    }
    let mut text = parts.join("\n\n");
    text.push('\n');
    text
}

#[cfg(test)]
impl Document {
    /// A bokmål document with fixed metadata, for unit tests.
    pub(crate) fn for_tests(blocks: Vec<Block>) -> Document {
        Document {
            title: "Klage".into(),
            author: "Ola".into(),
            lang: Lang::Nb,
            created: chrono::NaiveDate::from_ymd_opt(2025, 5, 1)
                .unwrap()
                .and_hms_opt(12, 0, 0)
                .unwrap(),
            footer: "Side {page} av {pages}".into(),
            blocks,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(blocks: Vec<Block>) -> Document {
        Document::for_tests(blocks)
    }

    #[test]
    fn to_text_keeps_blocks_and_marks_page_breaks() {
        let d = doc(vec![
            Block::Title("Klage på vedtak".into()),
            Block::Paragraph("Jeg klager på \u{2068}vedtaket\u{2069}.".into()),
            Block::ListItem {
                label: "1.".into(),
                text: "Første".into(),
            },
            Block::PageBreak,
            Block::Lines(vec!["a".into(), "b".into()]),
            Block::Signature {
                caption: "Ola Nordmann".into(),
            },
        ]);
        assert_eq!(
            to_text(&d),
            "Klage på vedtak\n\nJeg klager på vedtaket.\n\n1. Første\n\n\u{c}\n\na\nb\n\n\n\
             ______________________________\nOla Nordmann\n"
        );
    }

    #[test]
    fn lists_missing_glyphs() {
        let d = doc(vec![Block::Paragraph(
            "Navn: محمد, Nguyễn, Łukasz, 李".into(),
        )]);
        let missing = missing_glyphs(&d).unwrap();
        assert!(
            missing.contains(&'م') && missing.contains(&'李'),
            "{missing:?}"
        );
        assert!(!missing.contains(&'ễ') && !missing.contains(&'Ł'));
    }

    #[test]
    fn errors_have_messages_in_every_language() {
        let e = PdfError::Write("x".into());
        for lang in Lang::ALL {
            let m = e.message(lang);
            assert!(m.contains('x') && !m.contains("pdf-error"), "{lang}: {m}");
        }
    }
}
