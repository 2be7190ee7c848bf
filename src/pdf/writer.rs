//! Turns a [`Layout`] into PDF bytes: the content stream of each page is
//! written directly (text as glyph ids of the embedded fonts, every line
//! tagged, see [`super::tagged`]), the fonts are embedded as subsets
//! ([`super::fonts::Face::embed`]), and lopdf assembles the file: structure
//! tree, PDF/A-2b and PDF/UA-1 identification, and a deterministic file
//! identifier.
//!
//! printpdf drew the pages until issue 11 § 5: its serialisation (an
//! operation list turned into lopdf objects, a string allocated per
//! character shown to find the glyphs used, each glyph id formatted as
//! hexadecimal through Rust's formatting machinery) was a third of a
//! `klagehjelp letter` process. A letter needs a handful of operators;
//! writing them here gives the same pages (rendered alike, the same text)
//! for a fraction of that.
use super::Block;
use super::PdfError;
use super::fonts::{Faces, FontKind, TABLE_LEN, hex4};
use super::layout::{self, Layout, PAGE_HEIGHT, PAGE_WIDTH, Piece};
use super::tagged::{self, Artifact, ElemId, Identification, OutputIntent, StructTree};
use super::{Document, layout::clean};
use lopdf::{Dictionary, Object, Stream, StringFormat};
use std::collections::BTreeSet;
use std::io::Write as _;

/// File identifier written first and replaced by a hash of the file.
const ID_PLACEHOLDER: [u8; 16] = [0; 16];

/// The sRGB profile of the PDF/A output intent (`data/icc/README.md`).
static SRGB_ICC: &[u8] = include_bytes!("../../data/icc/sRGB.icc");
/// The same profile zlib-compressed by build.rs (it is the same in every file).
static SRGB_ICC_FLATE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/sRGB.icc.zlib"));

/// Where the text of a block goes in the structure tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Elem(ElemId),
    /// Not part of the text (cut lines).
    Artifact,
}

/// How each block is tagged: its body and, for a list item, its label.
struct BlockTags {
    body: Target,
    label: Option<ElemId>,
}

/// Builds the structure tree of `doc`, in reading order: the title `H1`,
/// headings `H2` (`H1` before any title, so no level is skipped), address
/// blocks, paragraphs and the signature caption `P`, consecutive list items
/// one `L` of `LI` (`Lbl` + `LBody`), cut lines artifacts.
fn structure(doc: &Document, tree: &mut StructTree) -> Vec<Option<BlockTags>> {
    let root = tree.root();
    let mut list: Option<ElemId> = None;
    let mut seen_title = false;
    doc.blocks
        .iter()
        .map(|block| {
            let elem = |tree: &mut StructTree, role| {
                Some(BlockTags {
                    body: Target::Elem(tree.add(root, role)),
                    label: None,
                })
            };
            if !matches!(
                block,
                Block::ListItem { .. } | Block::Space(_) | Block::PageBreak
            ) {
                list = None;
            }
            match block {
                Block::Title(_) => {
                    seen_title = true;
                    elem(tree, "H1")
                }
                Block::Heading(_) => elem(tree, if seen_title { "H2" } else { "H1" }),
                Block::Paragraph(_)
                | Block::Lines(_)
                | Block::Recipient(_)
                | Block::Signature { .. } => elem(tree, "P"),
                Block::ListItem { label, .. } => {
                    let l = *list.get_or_insert_with(|| tree.add(root, "L"));
                    let li = tree.add(l, "LI");
                    let lbl = (!label.trim().is_empty()).then(|| tree.add(li, "Lbl"));
                    Some(BlockTags {
                        body: Target::Elem(tree.add(li, "LBody")),
                        label: lbl,
                    })
                }
                Block::CutLine => Some(BlockTags {
                    body: Target::Artifact,
                    label: None,
                }),
                Block::Space(_) | Block::PageBreak | Block::Section(_) => None,
            }
        })
        .collect()
}

/// Writes the laid-out document as tagged PDF/A-2b and PDF/UA-1.
pub(crate) fn write(doc: &Document, layout: &Layout, faces: &Faces) -> Result<Vec<u8>, PdfError> {
    let title = clean(&doc.title).replace('\n', " ");
    let author = clean(&doc.author).replace('\n', " ");
    let mut lo = lopdf::Document::with_version("1.7");
    let pages_id = lo.new_object_id();
    let resources_id = lo.new_object_id();
    // The characters each face shows, for its subset.
    let mut shown = [Shown::default(), Shown::default()];

    let mut tree = StructTree::new();
    let tags = structure(doc, &mut tree);
    let footers = layout::page_footers(doc, layout);
    let mut kids = Vec::with_capacity(layout.pages.len());
    for (i, placed) in layout.pages.iter().enumerate() {
        let mut text = TextOps {
            content: Vec::with_capacity(4096),
            font: None,
            faces,
            shown: &mut shown,
        };
        text.content.extend_from_slice(b"BT\n");
        let mut rules = Vec::new();
        let mut open: Option<Target> = None;
        for p in placed {
            let e = &layout.entries[p.entry];
            let Some(tag) = &tags[e.block] else { continue };
            for piece in &e.pieces {
                if piece.text.is_empty() {
                    continue;
                }
                let target = match tag.label {
                    Some(lbl) if piece.label => Target::Elem(lbl),
                    _ => tag.body,
                };
                if open != Some(target) {
                    if open.is_some() {
                        tagged::end(&mut text.content);
                    }
                    match target {
                        Target::Elem(el) => tree.begin(el, i, &mut text.content),
                        Target::Artifact => tagged::artifact(Artifact::Layout, &mut text.content),
                    }
                    open = Some(target);
                }
                text.show(piece, p.top);
            }
            if let Some((x, dy, w)) = e.rule {
                rules.push((x, PAGE_HEIGHT - p.top - dy, w));
            }
        }
        if open.is_some() {
            tagged::end(&mut text.content);
        }
        if let Some((template, page, count)) = footers[i]
            && let Some(f) = layout::footer(template, faces, page, count)
        {
            tagged::artifact(Artifact::Footer, &mut text.content);
            text.show(&f, 0.0);
            tagged::end(&mut text.content);
        }
        let mut content = text.content;
        content.extend_from_slice(b"ET\n");
        if !rules.is_empty() {
            // The signature rule: where to sign, not text.
            tagged::artifact(Artifact::Layout, &mut content);
            content.extend_from_slice(b"0 0 0 RG\n0.6 w\n");
            for (x, y, w) in rules {
                numbers(&mut content, &[x, y], "m");
                numbers(&mut content, &[x + w, y], "l");
                content.extend_from_slice(b"S\n");
            }
            tagged::end(&mut content);
        }
        let contents = lo.add_object(Stream::new(Dictionary::new(), content));
        let page = lo.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Page".to_vec())),
            ("Parent", Object::Reference(pages_id)),
            (
                "MediaBox",
                Object::Array(
                    [0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT]
                        .map(Object::Real)
                        .to_vec(),
                ),
            ),
            ("Resources", Object::Reference(resources_id)),
            ("Contents", Object::Reference(contents)),
        ]));
        kids.push(Object::Reference(page));
    }

    let mut fonts = Dictionary::new();
    for (kind, chars) in [FontKind::Regular, FontKind::Bold].into_iter().zip(shown) {
        let chars = chars.into_set();
        if chars.is_empty() {
            continue;
        }
        let face = faces.get(kind);
        let font = face.embed(&mut lo, &chars).map_err(PdfError::Font)?;
        fonts.set(face.id, Object::Reference(font));
    }
    lo.objects.insert(
        resources_id,
        Object::Dictionary(Dictionary::from_iter([("Font", Object::Dictionary(fonts))])),
    );
    let count = kids.len() as i64;
    lo.objects.insert(
        pages_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Pages".to_vec())),
            ("Kids", Object::Array(kids)),
            ("Count", Object::Integer(count)),
        ])),
    );
    let catalog = lo.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Catalog".to_vec())),
        ("Pages", Object::Reference(pages_id)),
    ]));
    lo.trailer.set("Root", Object::Reference(catalog));

    let id = Identification {
        title: &title,
        author: &author,
        creator: "Klagehjelp",
        producer: "Klagehjelp",
        lang: doc.lang.bcp47(),
        date: doc.created,
    };
    let intent = OutputIntent {
        profile: SRGB_ICC,
        profile_flate: Some(SRGB_ICC_FLATE),
        components: 3,
        identifier: "sRGB IEC61966-2.1",
        info: "sRGB IEC61966-2.1",
    };
    tagged::finish(&mut lo, &tree, &id, &intent)
        .and_then(|()| set_placeholder_id(&mut lo))
        .map_err(|e| PdfError::Write(format!("could not finish the PDF: {e}")))?;
    compress_with_window(&mut lo, LETTER_WINDOW_BITS);
    // Room for the whole file at once (growing it by doubling copied it
    // several times and touched fresh memory each time).
    let mut out = Vec::with_capacity(
        lo.objects
            .values()
            .map(|o| match o {
                Object::Stream(s) => s.content.len() + 128,
                _ => 128,
            })
            .sum::<usize>()
            + 4096,
    );
    lo.save_to(&mut out)
        .map_err(|e| PdfError::Write(format!("could not serialise the PDF: {e}")))?;
    set_file_id(&mut out);
    Ok(out)
}

/// zlib level for the streams. lopdf's own `compress` uses level 9, which
/// took half the time of a render. Measured on the two-page sample letter:
/// level 9 3.25 ms / 26.4 KB, level 6 3.14 ms / 26.4 KB, level 3 2.47 ms /
/// 26.9 KB, level 1 2.33 ms / 29.7 KB. For the whole `klagehjelp letter`
/// process on the three-page example, level 1 saves a tenth of the
/// instructions for about 3 KB more: the time matters more.
const COMPRESSION_LEVEL: u32 = 1;

/// The compressor's window for a letter: 8 KB (2^13) instead of zlib's
/// 32 KB. A letter's streams compress almost as well with it (its largest, a
/// font program of about 22 KB, finds its matches close by; measured: 64.0 KB
/// of streams either way with zlib, 140 bytes more for the example letter
/// with zlib-rs), and the tables the compressor clears are 48 KB smaller. A
/// bundle, whose streams can be large, keeps the full window.
const LETTER_WINDOW_BITS: u8 = 13;
/// zlib's default (and largest) window, 32 KB.
const FULL_WINDOW_BITS: u8 = 15;

/// Compresses every stream that is not compressed yet (Flate) with one
/// compressor, reset between streams (setting one up costs more than
/// compressing a small stream). A letter has about ten streams, the largest
/// about 20 KB. Compressing the font programs on the second core while
/// the pages were written (by printpdf then) was tried: no faster, 0.6 ms more CPU (a thread,
/// its memory and a second compressor cost what it saved).
pub(crate) fn compress(lo: &mut lopdf::Document) {
    compress_with_window(lo, FULL_WINDOW_BITS);
}

/// [`compress`] with a window of 2^`window_bits` bytes (9..=15).
fn compress_with_window(lo: &mut lopdf::Document, window_bits: u8) {
    let mut z = Compressor::new(window_bits);
    for stream in lo.objects.values_mut().filter_map(|o| match o {
        Object::Stream(s) if s.allows_compression && s.dict.get(b"Filter").is_err() => Some(s),
        _ => None,
    }) {
        if let Some(p) = z.deflate(&stream.content)
            && p.len() + 19 < stream.content.len()
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(p);
        }
    }
}

/// One zlib compressor at [`COMPRESSION_LEVEL`], reused for many streams.
struct Compressor(flate2::Compress);

impl Compressor {
    fn new(window_bits: u8) -> Self {
        Compressor(flate2::Compress::new_with_window_bits(
            flate2::Compression::new(COMPRESSION_LEVEL),
            true,
            window_bits,
        ))
    }

    /// `data` as a zlib stream (FlateDecode), or `None` if compressing failed.
    fn deflate(&mut self, data: &[u8]) -> Option<Vec<u8>> {
        use flate2::{FlushCompress, Status};
        let z = &mut self.0;
        z.reset();
        let mut packed = Vec::with_capacity(data.len() / 2 + 64);
        loop {
            let consumed = usize::try_from(z.total_in()).unwrap_or(usize::MAX);
            let rest = data.get(consumed..).unwrap_or_default();
            match z.compress_vec(rest, &mut packed, FlushCompress::Finish) {
                Ok(Status::StreamEnd) => return Some(packed),
                Ok(_) => packed.reserve(packed.capacity().max(64)),
                Err(_) => return None,
            }
        }
    }
}

/// Writes `values` and the operator `op` as a line of a content stream
/// (numbers as lopdf writes them: the shortest decimal that reads back as
/// the same `f32`).
fn numbers(content: &mut Vec<u8>, values: &[f32], op: &str) {
    for v in values {
        let _ = write!(content, "{v} ");
    }
    content.extend_from_slice(op.as_bytes());
    content.push(b'\n');
}

/// The characters a face shows on the pages: a bit per character below
/// `TABLE_LEN` (most text), a set for the rest.
#[derive(Default)]
struct Shown {
    low: Vec<u64>,
    rest: BTreeSet<char>,
}

impl Shown {
    fn insert(&mut self, c: char) {
        let i = c as usize;
        if i < TABLE_LEN {
            if self.low.is_empty() {
                self.low = vec![0; TABLE_LEN.div_ceil(64)];
            }
            self.low[i / 64] |= 1 << (i % 64);
        } else {
            self.rest.insert(c);
        }
    }

    fn into_set(self) -> BTreeSet<char> {
        let mut set = self.rest;
        for (w, &bits) in self.low.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                let b = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if let Some(c) = char::from_u32((w * 64 + b) as u32) {
                    set.insert(c);
                }
            }
        }
        set
    }
}

/// The text of one page's content stream, switching fonts only when
/// needed, and the characters each face shows.
struct TextOps<'a> {
    content: Vec<u8>,
    font: Option<(FontKind, f32)>,
    faces: &'a Faces,
    shown: &'a mut [Shown; 2],
}

impl TextOps<'_> {
    /// `piece` at its place: `/F size Tf` when the font changes, the text
    /// matrix, and the glyph ids as one hexadecimal string (`Tj`), each
    /// glyph at its advance (no kerning, as the layout measured).
    fn show(&mut self, piece: &Piece, top: f32) {
        if piece.text.is_empty() {
            return;
        }
        let face = self.faces.get(piece.font);
        if self.font != Some((piece.font, piece.size)) {
            self.content.push(b'/');
            self.content.extend_from_slice(face.id.as_bytes());
            self.content.push(b' ');
            numbers(&mut self.content, &[piece.size], "Tf");
            self.font = Some((piece.font, piece.size));
        }
        numbers(
            &mut self.content,
            &[
                1.0,
                0.0,
                0.0,
                1.0,
                piece.x,
                PAGE_HEIGHT - top - piece.baseline,
            ],
            "Tm",
        );
        let shown = &mut self.shown[piece.font as usize];
        self.content.push(b'<');
        for c in piece.text.chars() {
            shown.insert(c);
            hex4(&mut self.content, face.glyph(c));
        }
        self.content.extend_from_slice(b"> Tj\n");
    }
}

/// Sets a placeholder file identifier, replaced by [`set_file_id`] once the
/// bytes are known.
pub(crate) fn set_placeholder_id(lo: &mut lopdf::Document) -> lopdf::Result<()> {
    let id = Object::String(ID_PLACEHOLDER.to_vec(), StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(())
}

/// Replaces the placeholder file identifier with a hash of the file, so the
/// same document always gives the same bytes and different documents get
/// different identifiers.
pub(crate) fn set_file_id(out: &mut [u8]) {
    let placeholder = format!("<{}>", "00".repeat(ID_PLACEHOLDER.len()));
    let pat = placeholder.as_bytes();
    // The trailer is at the end of the file.
    let from = out.len().saturating_sub(8192);
    let positions: Vec<usize> = out[from..]
        .windows(pat.len())
        .enumerate()
        .rev()
        .filter(|(_, w)| *w == pat)
        .map(|(i, _)| from + i)
        .take(2)
        .collect();
    if positions.len() != 2 {
        return;
    }
    let [a, b] = hash128(out);
    let hex = format!("<{a:016x}{b:016x}>");
    for pos in positions {
        out[pos..pos + pat.len()].copy_from_slice(hex.as_bytes());
    }
}

/// A 128-bit hash of `bytes` for the file identifier (not cryptographic:
/// ISO 32000-1 14.4 asks only that different files are unlikely to share
/// one). Two 64-bit lanes, each eight bytes at a time: a multiply, a
/// rotation and an xor per word, then a final mix (MurmurHash3's fmix64).
/// A byte-at-a-time hash (FNV-1a) took 0.1 ms of a letter.
fn hash128(bytes: &[u8]) -> [u64; 2] {
    const K: [u64; 2] = [0x9e37_79b9_7f4a_7c15, 0xc2b2_ae3d_27d4_eb4f];
    let mut h = [0x243f_6a88_85a3_08d3_u64, 0x1319_8a2e_0370_7344];
    let words = bytes.chunks_exact(8);
    let rest = words.remainder();
    for w in words {
        let w = u64::from_le_bytes(w.try_into().unwrap_or_default());
        for lane in 0..2 {
            h[lane] = (h[lane] ^ w.wrapping_mul(K[lane]))
                .rotate_left(31)
                .wrapping_mul(K[1 - lane]);
        }
    }
    let mut last = [0u8; 8];
    last[..rest.len()].copy_from_slice(rest);
    let last = u64::from_le_bytes(last) ^ (bytes.len() as u64) << 3;
    h.map(|lane| fmix64(lane ^ last.wrapping_mul(K[0])))
}

/// MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_characters_are_kept_once_in_order() {
        let mut shown = Shown::default();
        assert!(Shown::default().into_set().is_empty());
        for c in "Åse Ødegård – Nguyễn 中 😀 Åse".chars() {
            shown.insert(c);
        }
        let expected: BTreeSet<char> = "Åse Ødegård – Nguyễn 中 😀".chars().collect();
        assert_eq!(shown.into_set(), expected);
    }

    #[test]
    fn content_numbers_read_back_as_written() {
        let mut c = Vec::new();
        numbers(
            &mut c,
            &[1.0, 0.0, 70.86614, 841.8898, 0.000_01, -3.5],
            "Tm",
        );
        assert_eq!(c, b"1 0 70.86614 841.8898 0.00001 -3.5 Tm\n");
    }

    #[test]
    fn the_compressed_profile_is_the_profile() {
        use std::io::Read;
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(SRGB_ICC_FLATE)
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, SRGB_ICC);
        assert!(SRGB_ICC_FLATE.len() < SRGB_ICC.len());
    }

    #[test]
    fn the_file_hash_sees_every_byte_and_the_length() {
        let base: Vec<u8> = (0..1003u32).map(|i| (i * 7 % 251) as u8).collect();
        let h = hash128(&base);
        assert_ne!(h[0], h[1]);
        let mut seen = std::collections::BTreeSet::from([h]);
        for at in [0, 1, 7, 8, 500, 999, 1000, 1002] {
            let mut changed = base.clone();
            changed[at] ^= 1;
            assert!(
                seen.insert(hash128(&changed)),
                "a change at {at} was missed"
            );
        }
        // Zero bytes at the end still change the hash.
        let mut longer = base.clone();
        longer.push(0);
        assert!(seen.insert(hash128(&longer)));
        assert!(seen.insert(hash128(&[])));
        assert!(seen.insert(hash128(&[0])));
        assert_eq!(hash128(&base), h, "deterministic");
    }
}
