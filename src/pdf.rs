//! PDF output: a small layout engine over printpdf's drawing operations.
//! (Being written: the types below are the contract between the letter
//! module and the layout engine.)
use crate::Lang;
use chrono::NaiveDateTime;

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
    /// An item of a numbered or bulleted list: the label ("1.", "–") hangs left.
    ListItem { label: String, text: String },
    /// Vertical space, in points.
    Space(f32),
    /// A signature line: blank space to sign on, a rule, and the caption below
    /// (name of the signer). Never split from the block before it.
    Signature { caption: String },
    /// Start a new page (fullmakt, attachment labels).
    PageBreak,
}
