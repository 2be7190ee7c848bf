//! Line breaking and pagination.
//!
//! # Page geometry (A4, 210 × 297 mm)
//!
//! The numbers follow the DIN 5008 / ISO 269 layout that the common Norwegian
//! window envelopes (C5, C6/5 and C4 with a left window, 90 × 45 mm window
//! about 20 mm from the left and 15 mm from the top edge) are made for:
//!
//! * **Left margin 25 mm**, right margin 20 mm: a 165 mm text column
//!   (about 90 characters at 11 pt, what a printed letter usually has).
//!   25 mm also puts the address 5 mm inside the window's left edge (20 mm),
//!   so it stays visible when the folded sheet shifts a little in the envelope.
//! * **Top margin 15 mm on the first page**, so that a sender block of up to
//!   five lines (name, organisation, street, post code, telephone) ends by
//!   about 41 mm, above the window (45 mm); 20 mm on the following pages.
//! * **Recipient address** ([`Block::Recipient`]): on the first page its first
//!   line starts **50 mm** from the top, inside the 45–90 mm address field that
//!   the window shows (5 mm clear of the field's top edge, so a folded sheet
//!   that sits a little low still shows the whole address). Six lines at 11 pt
//!   end at about 81 mm, inside the field. The block after it starts at 90 mm
//!   at the earliest, so nothing else shows in the window.
//! * **Bottom margin 25 mm** for the text; the footer ("Side 1 av 2") sits on
//!   a baseline 12 mm above the bottom edge, centred, in 9 pt.
//!
//! Body text is 11 pt on a 1.35 line height (14.85 pt), ragged right (as
//! DIN 5008 and Språkrådet recommend for letters), paragraphs separated by
//! half a line. Headings are bold 11 pt, the title bold 14 pt.
//!
//! # Pagination rules
//!
//! * A paragraph or list item never leaves a single line alone at the bottom
//!   (orphan) or top (widow) of a page: each part has at least two lines, so
//!   a paragraph of three lines or fewer is never split.
//! * A heading or title stays on the page of the block that follows it (with
//!   at least its first two lines).
//! * `Lines`, `Recipient`, headings and the title are never split.
//! * A signature stays on the page of the block before it (with at least the
//!   last two lines of a paragraph).
//! * Vertical space at the top of a page is dropped.
//! * A chain of kept-together material taller than a page is split where the
//!   page is full (text is never lost or clipped).
use super::fonts::{Face, Faces, FontKind};
use super::{Block, Document};
use std::borrow::Cow;
use unicode_linebreak::{BreakOpportunity, linebreaks};
use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// Millimetres to points.
pub const fn mm(v: f32) -> f32 {
    v * PT_PER_MM
}

/// A4 width.
pub const PAGE_WIDTH: f32 = mm(210.0);
/// A4 height.
pub const PAGE_HEIGHT: f32 = mm(297.0);
/// Left edge of the text column (and of the address in the window).
pub const MARGIN_LEFT: f32 = mm(25.0);
/// Right margin.
pub const MARGIN_RIGHT: f32 = mm(20.0);
/// Top of the text on the first page.
pub const FIRST_PAGE_TOP: f32 = mm(15.0);
/// Top of the text on the following pages.
pub const MARGIN_TOP: f32 = mm(20.0);
/// Distance from the bottom edge below which no text goes (footer excepted).
pub const MARGIN_BOTTOM: f32 = mm(25.0);
/// Footer baseline, measured from the bottom edge.
pub const FOOTER_BASELINE: f32 = mm(12.0);
/// First line of the recipient address on page 1, from the top edge.
pub const ADDRESS_TOP: f32 = mm(50.0);
/// Bottom of the window's address field, from the top edge.
pub const ADDRESS_FIELD_BOTTOM: f32 = mm(90.0);
/// Width of the text column.
pub const TEXT_WIDTH: f32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

/// Body text size, points.
pub const BODY_SIZE: f32 = 11.0;
/// Title size, points.
pub const TITLE_SIZE: f32 = 14.0;
/// Footer size, points.
pub const FOOTER_SIZE: f32 = 9.0;
/// Line height as a multiple of the font size.
pub const LINE_HEIGHT: f32 = 1.35;

/// Minimum lines of a paragraph on each side of a page break.
const MIN_LINES: usize = 2;
/// Space between paragraphs (half a body line).
const PARAGRAPH_GAP: f32 = BODY_SIZE * LINE_HEIGHT / 2.0;
/// Space before a heading.
const HEADING_GAP: f32 = 12.0;
/// Space between a heading and its text.
const AFTER_HEADING_GAP: f32 = 2.0;
/// Space before the title.
const TITLE_GAP: f32 = 14.0;
/// Space between the title and what follows.
const AFTER_TITLE_GAP: f32 = 8.0;
/// Space between list items.
const LIST_GAP: f32 = 3.0;
/// Blank space above the signature rule, to sign on.
const SIGN_SPACE: f32 = 34.0;
/// Width of the signature rule.
const SIGN_RULE: f32 = mm(70.0);
/// Minimum indent of a list item's text (the label hangs left of it).
const LIST_INDENT: f32 = mm(7.0);

/// A run of text in one font at a position inside an entry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Piece {
    /// From the page's left edge.
    pub x: f32,
    /// Baseline, from the entry's top.
    pub baseline: f32,
    pub font: FontKind,
    pub size: f32,
    pub text: String,
    /// The hanging label of a list item ("1.", "–"), tagged apart from its text.
    pub label: bool,
}

/// Whether the page may, may not or must break before an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Break {
    Allowed,
    Forbidden,
    Forced,
}

/// The unit of pagination: one line of text (or a signature).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    pub pieces: Vec<Piece>,
    /// A horizontal rule: (x, offset from the entry's top, width).
    pub rule: Option<(f32, f32, f32)>,
    pub height: f32,
    /// Space above the entry; dropped at the top of a page.
    pub space_before: f32,
    /// Whether a page may break just before this entry.
    pub brk: Break,
    /// On the first page only: the entry starts at least this far from the top.
    pub pin: Option<f32>,
    /// Index of the block in `Document::blocks` (for tests and debugging).
    #[cfg_attr(not(test), allow(dead_code))]
    pub block: usize,
}

/// An entry placed on a page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Placed {
    pub entry: usize,
    /// Distance of the entry's top from the page's top edge.
    pub top: f32,
}

/// A laid-out document.
#[derive(Debug)]
pub(crate) struct Layout {
    pub entries: Vec<Entry>,
    pub pages: Vec<Vec<Placed>>,
}

/// Invisible characters that must never reach the PDF: Fluent's isolation
/// marks (U+2068/U+2069) and the other bidi controls, zero-width characters,
/// the byte order mark and the soft hyphen (no hyphenation is done).
pub fn is_invisible_control(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Prepares text for layout: Unicode NFC (so "ễ" typed as e + two combining
/// marks becomes the one precomposed glyph the font has), line and paragraph
/// separators and `\r\n` as `\n`, tabs as spaces; invisible controls (see
/// [`is_invisible_control`]) and other control characters removed.
pub fn clean(text: &str) -> String {
    // Most text is NFC already: checking that is far cheaper than composing.
    let nfc: Cow<str> = if text.is_ascii()
        || unicode_normalization::is_nfc_quick(text.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    };
    let mut out = String::with_capacity(nfc.len());
    let mut chars = nfc.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{0085}' | '\u{000B}' | '\u{000C}' => out.push('\n'),
            '\t' => out.push(' '),
            c if is_invisible_control(c) || c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The character drawn for one the face lacks: U+FFFD if the face has it,
/// otherwise "?". Visible, so a missing glyph is never silently dropped.
fn fallback(face: &Face) -> char {
    if face.has('\u{FFFD}') {
        '\u{FFFD}'
    } else {
        '?'
    }
}

/// Replaces characters `face` cannot draw with a visible fallback.
fn substitute<'a>(face: &Face, text: &'a str) -> Cow<'a, str> {
    if text.chars().all(|c| c == '\n' || face.has(c)) {
        return Cow::Borrowed(text);
    }
    let fb = fallback(face);
    Cow::Owned(
        text.chars()
            .map(|c| if c == '\n' || face.has(c) { c } else { fb })
            .collect(),
    )
}

/// Characters of `text` (already cleaned) that `face` cannot draw.
pub(crate) fn missing_in(face: &Face, text: &str, out: &mut Vec<char>) {
    out.extend(text.chars().filter(|&c| c != '\n' && !face.has(c)));
}

/// Wraps `text` (cleaned, substituted) to lines no wider than `max` points,
/// breaking at the line-break opportunities of UAX #14; `\n` forces a break.
/// A word wider than a line is broken between characters (never lost).
///
/// A line that ends where the text had a space or a line break keeps one
/// space at its end (invisible, and not counted against `max`), so that the
/// text a screen reader or a copy gets has a space between the last word of
/// a line and the first word of the next; the last line has none.
pub(crate) fn wrap(face: &Face, size: f32, text: &str, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut cur_w = 0.0;
    let mut prev = 0;
    for (idx, op) in linebreaks(text) {
        let seg = &text[prev..idx];
        prev = idx;
        let seg = seg.trim_end_matches('\n');
        let content = seg.trim_end_matches(char::is_whitespace);
        let content_w = face.width(content, size);
        if !cur.is_empty() && cur_w + content_w > max {
            push_line(&mut lines, &mut cur);
            cur_w = 0.0;
        }
        if cur.is_empty() && content_w > max {
            // Last resort: split the overlong word between characters.
            let mut piece = String::new();
            let mut piece_w = 0.0;
            for c in content.chars() {
                let w = face.width(c.encode_utf8(&mut [0; 4]), size);
                if !piece.is_empty() && piece_w + w > max && !is_combining_mark(c) {
                    lines.push(std::mem::take(&mut piece));
                    piece_w = 0.0;
                }
                piece.push(c);
                piece_w += w;
            }
            cur = piece;
            cur.push_str(&seg[content.len()..]);
            cur_w = face.width(&cur, size);
        } else {
            cur.push_str(seg);
            cur_w += face.width(seg, size);
        }
        if op == BreakOpportunity::Mandatory {
            cur.push(' ');
            push_line(&mut lines, &mut cur);
            cur_w = 0.0;
        }
    }
    if !cur.is_empty() {
        push_line(&mut lines, &mut cur);
    }
    if let Some(last) = lines.last_mut() {
        last.truncate(last.trim_end().len());
    }
    lines
}

/// Ends the current line: trailing whitespace becomes one space (see [`wrap`]).
fn push_line(lines: &mut Vec<String>, cur: &mut String) {
    let line = cur.trim_end();
    let mut line = line.to_string();
    if !line.is_empty() && line.len() < cur.len() {
        line.push(' ');
    }
    lines.push(line);
    cur.clear();
}

/// Offset of the baseline from the top of a line box of height `leading`.
fn baseline(face: &Face, size: f32, leading: f32) -> f32 {
    let content = (face.ascender - face.descender) * size;
    (leading - content) / 2.0 + face.ascender * size
}

/// One entry per line of `lines`, set in `font` at `size` from `x`.
fn text_entries(
    faces: &Faces,
    font: FontKind,
    size: f32,
    x: f32,
    lines: Vec<String>,
    block: usize,
) -> Vec<Entry> {
    let face = faces.get(font);
    let leading = size * LINE_HEIGHT;
    let base = baseline(face, size, leading);
    lines
        .into_iter()
        .map(|text| Entry {
            pieces: vec![Piece {
                x,
                baseline: base,
                font,
                size,
                text,
                label: false,
            }],
            rule: None,
            height: leading,
            space_before: 0.0,
            brk: Break::Forbidden,
            pin: None,
            block,
        })
        .collect()
}

/// Wraps a text block in one font.
fn wrapped(faces: &Faces, font: FontKind, size: f32, text: &str, block: usize) -> Vec<Entry> {
    let face = faces.get(font);
    let text = clean(text);
    let text = substitute(face, &text);
    let lines = wrap(face, size, &text, TEXT_WIDTH);
    text_entries(faces, font, size, MARGIN_LEFT, lines, block)
}

/// Lines printed as they are (each wrapped only if wider than the column).
/// Every line but the last ends with a space, as in [`wrap`].
fn line_block(faces: &Faces, lines: &[String], block: usize) -> Vec<Entry> {
    let n = lines.len();
    lines
        .iter()
        .enumerate()
        .flat_map(|(i, l)| {
            let mut e = wrapped(faces, FontKind::Regular, BODY_SIZE, l, block);
            if i + 1 < n
                && let Some(piece) = e.last_mut().and_then(|e| e.pieces.last_mut())
                && !piece.text.is_empty()
            {
                piece.text.push(' ');
            }
            if e.is_empty() {
                // An empty line keeps its place (a blank line in an address).
                e = text_entries(
                    faces,
                    FontKind::Regular,
                    BODY_SIZE,
                    MARGIN_LEFT,
                    vec![String::new()],
                    block,
                );
            }
            e
        })
        .collect()
}

/// A list item: the label hangs in the margin of the wrapped text.
fn list_item(faces: &Faces, label: &str, text: &str, block: usize) -> Vec<Entry> {
    let face = faces.get(FontKind::Regular);
    let label = clean(label);
    let label = substitute(face, label.trim()).into_owned();
    let indent = LIST_INDENT.max(face.width(&label, BODY_SIZE) + BODY_SIZE * 0.5);
    let text = clean(text);
    let text = substitute(face, &text);
    let mut lines = wrap(face, BODY_SIZE, &text, TEXT_WIDTH - indent);
    if lines.is_empty() {
        lines.push(String::new());
    }
    let mut entries = text_entries(
        faces,
        FontKind::Regular,
        BODY_SIZE,
        MARGIN_LEFT + indent,
        lines,
        block,
    );
    if !label.is_empty() {
        let mut lab = entries[0].pieces[0].clone();
        lab.x = MARGIN_LEFT;
        lab.text = label;
        lab.label = true;
        entries[0].pieces.insert(0, lab);
    }
    entries
}

/// The signature: blank space, a rule, and the caption under it.
fn signature(faces: &Faces, caption: &str, block: usize) -> Vec<Entry> {
    let face = faces.get(FontKind::Regular);
    let caption = clean(caption);
    let caption = substitute(face, &caption);
    let lines = wrap(face, BODY_SIZE, &caption, TEXT_WIDTH);
    let leading = BODY_SIZE * LINE_HEIGHT;
    let base = baseline(face, BODY_SIZE, leading);
    let top = SIGN_SPACE + 2.0;
    let pieces: Vec<Piece> = lines
        .into_iter()
        .enumerate()
        .map(|(i, text)| Piece {
            x: MARGIN_LEFT,
            baseline: top + i as f32 * leading + base,
            font: FontKind::Regular,
            size: BODY_SIZE,
            text,
            label: false,
        })
        .collect();
    let height = top + pieces.len().max(1) as f32 * leading;
    vec![Entry {
        pieces,
        rule: Some((MARGIN_LEFT, SIGN_SPACE, SIGN_RULE)),
        height,
        space_before: 0.0,
        brk: Break::Forbidden,
        pin: None,
        block,
    }]
}

/// Turns the blocks into entries with their spacing and break rules.
pub(crate) fn entries(doc: &Document, faces: &Faces) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut pending_space = 0.0;
    let mut force_break = false;
    let mut pin_next: Option<f32> = None;
    let mut prev: Option<&Block> = None;
    for (bi, block) in doc.blocks.iter().enumerate() {
        let (mut es, gap, splittable) = match block {
            Block::Space(pt) => {
                pending_space += pt.max(0.0);
                continue;
            }
            Block::PageBreak | Block::Section(_) => {
                force_break = true;
                pending_space = 0.0;
                continue;
            }
            Block::Title(t) => (
                wrapped(faces, FontKind::Bold, TITLE_SIZE, t, bi),
                TITLE_GAP,
                false,
            ),
            Block::Heading(t) => (
                wrapped(faces, FontKind::Bold, BODY_SIZE, t, bi),
                HEADING_GAP,
                false,
            ),
            Block::Paragraph(t) => (
                wrapped(faces, FontKind::Regular, BODY_SIZE, t, bi),
                PARAGRAPH_GAP,
                true,
            ),
            Block::Lines(ls) | Block::Recipient(ls) => {
                (line_block(faces, ls, bi), PARAGRAPH_GAP, false)
            }
            Block::ListItem { label, text } => {
                let gap = if matches!(prev, Some(Block::ListItem { .. })) {
                    LIST_GAP
                } else {
                    PARAGRAPH_GAP
                };
                (list_item(faces, label, text, bi), gap, true)
            }
            Block::Signature { caption } => (signature(faces, caption, bi), PARAGRAPH_GAP, false),
            Block::CutLine => (
                text_entries(
                    faces,
                    FontKind::Regular,
                    BODY_SIZE,
                    MARGIN_LEFT,
                    vec![super::CUT_LINE.to_string()],
                    bi,
                ),
                PARAGRAPH_GAP,
                false,
            ),
        };
        if es.is_empty() {
            continue;
        }
        let n = es.len();
        if splittable {
            for (k, e) in es.iter_mut().enumerate().skip(1) {
                if k >= MIN_LINES && n - k >= MIN_LINES {
                    e.brk = Break::Allowed;
                }
            }
        }
        let gap = match prev {
            Some(Block::Heading(_)) => AFTER_HEADING_GAP,
            Some(Block::Title(_)) => AFTER_TITLE_GAP,
            _ => gap,
        };
        let first = &mut es[0];
        first.space_before = gap + pending_space;
        first.brk = if force_break {
            Break::Forced
        } else if out.is_empty()
            || matches!(prev, Some(Block::Heading(_) | Block::Title(_)))
            || matches!(block, Block::Signature { .. })
        {
            Break::Forbidden
        } else {
            Break::Allowed
        };
        first.pin = if matches!(block, Block::Recipient(_)) {
            Some(ADDRESS_TOP)
        } else {
            pin_next
        };
        pin_next = matches!(block, Block::Recipient(_)).then_some(ADDRESS_FIELD_BOTTOM);
        pending_space = 0.0;
        force_break = false;
        prev = Some(block);
        out.extend(es);
    }
    out
}

/// Lowest point (from the top edge) text may reach.
const BOTTOM: f32 = PAGE_HEIGHT - MARGIN_BOTTOM;

/// Distributes entries over pages (see the module docs for the rules).
pub(crate) fn paginate(entries: &[Entry]) -> Vec<Vec<Placed>> {
    let mut pages = Vec::new();
    let mut start = 0;
    while start < entries.len() {
        let first_page = pages.is_empty();
        let mut page = Vec::new();
        let mut y = if first_page {
            FIRST_PAGE_TOP
        } else {
            MARGIN_TOP
        };
        let mut end = entries.len();
        for (i, e) in entries.iter().enumerate().skip(start) {
            if i > start && e.brk == Break::Forced {
                end = i;
                break;
            }
            let mut top = if i == start { y } else { y + e.space_before };
            if let (true, Some(pin)) = (first_page, e.pin) {
                top = top.max(pin);
            }
            if i > start && top + e.height > BOTTOM + 0.01 {
                // Break at the last allowed point on this page, or here if none.
                end = (start + 1..=i)
                    .rev()
                    .find(|&j| entries[j].brk != Break::Forbidden)
                    .unwrap_or(i);
                break;
            }
            page.push(Placed { entry: i, top });
            y = top + e.height;
        }
        page.retain(|p| p.entry < end);
        pages.push(page);
        start = end;
    }
    if pages.is_empty() {
        pages.push(Vec::new());
    }
    pages
}

/// Lays out the whole document.
pub(crate) fn layout(doc: &Document, faces: &Faces) -> Layout {
    let entries = entries(doc, faces);
    let pages = paginate(&entries);
    Layout { entries, pages }
}

/// For each page: its footer template and its number and count within its
/// section (see [`Block::Section`]); None for a page without a footer.
pub(crate) fn page_footers<'a>(
    doc: &'a Document,
    layout: &Layout,
) -> Vec<Option<(&'a str, usize, usize)>> {
    // The section of each page: the last Section block at or before the
    // page's first entry (usize::MAX: before any section).
    let section_of = |page: &Vec<Placed>| -> usize {
        let first = page.first().map_or(0, |p| layout.entries[p.entry].block);
        doc.blocks
            .iter()
            .take(first + 1)
            .rposition(|b| matches!(b, Block::Section(_)))
            .unwrap_or(usize::MAX)
    };
    let sections: Vec<usize> = layout.pages.iter().map(section_of).collect();
    let mut out = Vec::with_capacity(sections.len());
    for (i, &sec) in sections.iter().enumerate() {
        let template: Option<&str> = if sec == usize::MAX {
            Some(doc.footer.as_str())
        } else {
            match &doc.blocks[sec] {
                Block::Section(f) => f.as_deref(),
                _ => None,
            }
        };
        let count = sections.iter().filter(|&&s| s == sec).count();
        let number = sections[..=i].iter().filter(|&&s| s == sec).count();
        out.push(template.map(|t| (t, number, count)));
    }
    out
}

/// The footer `template` of page `page` (1-based) of `pages`, cleaned and substituted.
pub(crate) fn footer(template: &str, faces: &Faces, page: usize, pages: usize) -> Option<Piece> {
    if template.trim().is_empty() {
        return None;
    }
    let face = faces.get(FontKind::Regular);
    let text = template
        .replace("{page}", &page.to_string())
        .replace("{pages}", &pages.to_string());
    let text = clean(&text).replace('\n', " ");
    let text = substitute(face, &text).into_owned();
    let w = face.width(&text, FOOTER_SIZE);
    Some(Piece {
        x: ((PAGE_WIDTH - w) / 2.0).max(MARGIN_LEFT / 2.0),
        baseline: PAGE_HEIGHT - FOOTER_BASELINE,
        font: FontKind::Regular,
        size: FOOTER_SIZE,
        text,
        label: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::fonts::faces;

    fn doc(blocks: Vec<Block>) -> Document {
        Document::for_tests(blocks)
    }

    /// Page index of every entry, and the layout.
    fn pages_of(d: &Document) -> (Layout, Vec<usize>) {
        let l = layout(d, faces().unwrap());
        let mut page_of = vec![usize::MAX; l.entries.len()];
        for (p, placed) in l.pages.iter().enumerate() {
            for pl in placed {
                page_of[pl.entry] = p;
            }
        }
        assert!(
            page_of.iter().all(|&p| p != usize::MAX),
            "every entry placed once"
        );
        (l, page_of)
    }

    /// Lines of block `b` on each page it touches.
    fn lines_per_page(l: &Layout, page_of: &[usize], b: usize) -> Vec<usize> {
        let mut counts = std::collections::BTreeMap::new();
        for (i, e) in l.entries.iter().enumerate() {
            if e.block == b {
                *counts.entry(page_of[i]).or_insert(0) += 1;
            }
        }
        counts.into_values().collect()
    }

    fn words(n: usize) -> String {
        (0..n)
            .map(|i| format!("ord{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn strips_isolation_marks_and_normalises() {
        assert_eq!(
            clean("\u{2068}Ola\u{2069} og\u{200B} Kari\r\n\tx"),
            "Ola og Kari\n x"
        );
        // Decomposed Vietnamese becomes precomposed.
        assert_eq!(clean("Nguye\u{302}\u{303}n"), "Nguyễn");
    }

    #[test]
    fn wraps_within_the_column_and_keeps_every_word() {
        let f = faces().unwrap();
        let text = words(200);
        let lines = wrap(&f.regular, BODY_SIZE, &text, TEXT_WIDTH);
        assert!(lines.len() > 5);
        for l in &lines {
            assert!(
                f.regular.width(l.trim_end(), BODY_SIZE) <= TEXT_WIDTH + 0.01,
                "{l}"
            );
        }
        // Each line but the last ends with the space it was broken at.
        assert_eq!(lines.concat(), text);
        assert!(lines[..lines.len() - 1].iter().all(|l| l.ends_with(' ')));
    }

    #[test]
    fn breaks_overlong_words_without_losing_characters() {
        let f = faces().unwrap();
        let word = "x".repeat(400);
        let lines = wrap(&f.regular, BODY_SIZE, &format!("a {word} b"), TEXT_WIDTH);
        assert!(lines.len() >= 4, "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), format!("a{word}b"));
        for l in &lines {
            assert!(f.regular.width(l.trim_end(), BODY_SIZE) <= TEXT_WIDTH + 0.01);
        }
    }

    #[test]
    fn newline_forces_a_break_and_blank_lines_stay() {
        let f = faces().unwrap();
        let lines = wrap(&f.regular, BODY_SIZE, "a\nb\n\nc\n", TEXT_WIDTH);
        assert_eq!(lines, ["a ", "b ", "", "c"]);
    }

    #[test]
    fn no_widows_or_orphans_in_long_paragraphs() {
        // Vary the filler before a long paragraph so that the page break falls
        // at every possible line of it; no page part may have a single line.
        for filler in 0..50 {
            let mut blocks = vec![Block::Paragraph(words(8)); filler];
            blocks.push(Block::Paragraph(words(60)));
            blocks.push(Block::Paragraph(words(3)));
            let d = doc(blocks);
            let (l, page_of) = pages_of(&d);
            for b in 0..d.blocks.len() {
                let parts = lines_per_page(&l, &page_of, b);
                if parts.len() > 1 {
                    assert!(
                        parts.iter().all(|&n| n >= MIN_LINES),
                        "filler {filler}, block {b}: lines per page {parts:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn sections_number_their_own_pages_and_the_label_sheet_has_no_footer() {
        let mut d = doc(vec![
            Block::Paragraph(words(8)),
            Block::PageBreak,
            Block::Paragraph(words(8)),
            Block::Section(Some("Vedlegg 1 – side {page} av {pages}".into())),
            Block::Paragraph(words(8)),
            Block::Section(None),
            Block::Paragraph(words(8)),
        ]);
        d.footer = "Side {page} av {pages}".into();
        let l = layout(&d, faces().unwrap());
        assert_eq!(l.pages.len(), 4);
        let f = page_footers(&d, &l);
        assert_eq!(
            f,
            vec![
                Some(("Side {page} av {pages}", 1, 2)),
                Some(("Side {page} av {pages}", 2, 2)),
                Some(("Vedlegg 1 – side {page} av {pages}", 1, 1)),
                None,
            ]
        );
        let p = footer(f[1].unwrap().0, faces().unwrap(), 2, 2).unwrap();
        assert_eq!(p.text, "Side 2 av 2");
    }

    #[test]
    fn three_line_paragraph_is_never_split() {
        for filler in 0..60 {
            let mut blocks = vec![Block::Paragraph(words(3)); filler];
            blocks.push(Block::Paragraph(words(30))); // about three lines
            let d = doc(blocks);
            let (l, page_of) = pages_of(&d);
            let n = l.entries.iter().filter(|e| e.block == filler).count();
            assert!((2..=3).contains(&n), "{n}");
            assert_eq!(
                lines_per_page(&l, &page_of, filler).len(),
                1,
                "filler {filler}"
            );
        }
    }

    #[test]
    fn heading_stays_with_the_next_block() {
        let mut seen_move = false;
        for filler in 0..50 {
            let mut blocks = vec![Block::Paragraph(words(8)); filler];
            blocks.push(Block::Heading("Grunnlag for klagen".into()));
            blocks.push(Block::Paragraph(words(40)));
            let d = doc(blocks);
            let (l, page_of) = pages_of(&d);
            let heading = l.entries.iter().position(|e| e.block == filler).unwrap();
            let next: Vec<usize> = (0..l.entries.len())
                .filter(|&i| l.entries[i].block == filler + 1)
                .collect();
            // The heading and the first two lines of its paragraph share a page.
            assert_eq!(page_of[heading], page_of[next[0]], "filler {filler}");
            assert_eq!(page_of[heading], page_of[next[1]], "filler {filler}");
            if page_of[heading] > 0 && l.pages[page_of[heading]][0].entry == heading {
                seen_move = true;
            }
        }
        assert!(seen_move, "some filler must push the heading to a new page");
    }

    #[test]
    fn signature_stays_with_the_block_before() {
        for filler in 0..50 {
            let mut blocks = vec![Block::Paragraph(words(8)); filler];
            blocks.push(Block::Paragraph("Med vennlig hilsen".into()));
            blocks.push(Block::Signature {
                caption: "Søren Ødegård Åsheim".into(),
            });
            let d = doc(blocks);
            let (l, page_of) = pages_of(&d);
            let greeting = l.entries.iter().position(|e| e.block == filler).unwrap();
            let sig = l
                .entries
                .iter()
                .position(|e| e.block == filler + 1)
                .unwrap();
            assert_eq!(page_of[greeting], page_of[sig], "filler {filler}");
        }
    }

    #[test]
    fn lines_are_kept_together_and_page_break_forces_a_page() {
        let d = doc(vec![
            Block::Lines(vec!["a".into(), "b".into()]),
            Block::PageBreak,
            Block::Space(30.0),
            Block::Lines(vec!["c".into(), "d".into(), "e".into()]),
        ]);
        let (l, page_of) = pages_of(&d);
        assert_eq!(l.pages.len(), 2);
        assert_eq!(page_of, [0, 0, 1, 1, 1]);
        // Space at the top of a page is dropped.
        assert_eq!(l.pages[1][0].top, MARGIN_TOP);
    }

    #[test]
    fn recipient_sits_in_the_window_on_page_one() {
        let d = doc(vec![
            Block::Lines(vec![
                "Ola Nordmann".into(),
                "Jussbuss".into(),
                "Gate 1".into(),
                "0150 Oslo".into(),
                "Telefon: 22 00 00 00".into(),
            ]),
            Block::Recipient(vec![
                "UDI".into(),
                "Postboks 2098 Vika".into(),
                "0125 Oslo".into(),
            ]),
            Block::Lines(vec!["Oslo, 1. mai 2025".into()]),
        ]);
        let (l, _) = pages_of(&d);
        let top_of = |b: usize| {
            let i = l.entries.iter().position(|e| e.block == b).unwrap();
            l.pages[0].iter().find(|p| p.entry == i).unwrap().top
        };
        assert_eq!(top_of(1), ADDRESS_TOP);
        // A five-line sender block ends above the window (45 mm).
        let last_sender = l.entries.iter().rposition(|e| e.block == 0).unwrap();
        let p = l.pages[0].iter().find(|p| p.entry == last_sender).unwrap();
        assert!(
            p.top + l.entries[last_sender].height <= mm(45.0),
            "{}",
            p.top
        );
        assert!(top_of(2) >= ADDRESS_FIELD_BOTTOM);
    }

    #[test]
    fn every_line_is_inside_the_text_area() {
        let d = doc(vec![Block::Paragraph(words(3000))]);
        let (l, _) = pages_of(&d);
        assert!(l.pages.len() >= 5);
        for page in &l.pages {
            for p in page {
                assert!(p.top >= FIRST_PAGE_TOP - 0.01);
                assert!(p.top + l.entries[p.entry].height <= BOTTOM + 0.01);
            }
        }
    }

    #[test]
    fn empty_document_has_one_page() {
        let (l, _) = pages_of(&doc(vec![]));
        assert_eq!(l.pages.len(), 1);
    }
}
