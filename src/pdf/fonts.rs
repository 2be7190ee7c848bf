//! The two embedded faces (Noto Serif Regular and Bold, SIL OFL 1.1, see
//! `fonts/OFL.txt`) and their metrics.
//!
//! The font files are compiled into the binary (deflated in the app, see
//! [`Embedded`]); nothing is read from the system. The layout reads each
//! file in place ([`super::sfnt`]); printpdf gets only the subset a document
//! shows ([`Face::pdf_font`]). Advance widths for the Latin, Greek and
//! Cyrillic ranges are cached in a table that is filled a character at a
//! time as the layout asks for them.
use super::sfnt::Font;
use printpdf::{FontId, FontMetrics, FontType, ParsedFont, PdfFont, PdfFontMetricsStub};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU16, Ordering};

/// The face a piece of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum FontKind {
    Regular,
    Bold,
}

/// Codepoints below this have their advance precomputed (Latin, Latin
/// Extended A/B, IPA, combining marks, Greek, Cyrillic, Latin Extended
/// Additional with all Vietnamese letters, general punctuation).
const TABLE_LEN: usize = 0x2070;
/// Marks "no glyph" in the advance table.
const NO_GLYPH: u16 = u16::MAX;
/// Marks "not looked up yet" in the advance table (no real advance is this wide).
const UNKNOWN: u16 = u16::MAX - 1;

/// A parsed face with what the layout needs to measure text.
pub(crate) struct Face {
    /// The font file, read in place.
    font: Font,
    /// Resource name in the PDF, also the subset tag before the font name
    /// (`KHSERR+NotoSerif-Regular`): six upper-case letters, fixed, as a
    /// random tag would make output differ between runs.
    pub id: &'static str,
    /// Font design units per em.
    units_per_em: f32,
    /// Typographic ascender, in ems.
    pub ascender: f32,
    /// Typographic descender, in ems (negative).
    pub descender: f32,
    /// Advance in font units by codepoint, for codepoints < `TABLE_LEN`:
    /// `UNKNOWN` until first asked for, `NO_GLYPH` if the face lacks it.
    table: Box<[AtomicU16]>,
}

impl Face {
    fn parse(file: Embedded, id: &'static str, name: &str) -> Result<Face, String> {
        let bytes = file
            .bytes()
            .map_err(|e| format!("the embedded font {name}: {e}"))?;
        let font = Font::new(bytes).map_err(|e| format!("the embedded font {name}: {e}"))?;
        let units_per_em = f32::from(font.units_per_em.max(1));
        let ascender = f32::from(font.ascender) / units_per_em;
        let descender = f32::from(font.descender) / units_per_em;
        let table = (0..TABLE_LEN).map(|_| AtomicU16::new(UNKNOWN)).collect();
        Ok(Face {
            font,
            id,
            units_per_em,
            ascender,
            descender,
            table,
        })
    }

    /// Advance of `c` in font units, or `None` if the face has no glyph for it.
    fn advance_units(&self, c: char) -> Option<u16> {
        let Some(slot) = self.table.get(c as usize) else {
            return self.lookup(c);
        };
        match slot.load(Ordering::Relaxed) {
            NO_GLYPH => None,
            UNKNOWN => {
                let adv = self.lookup(c);
                slot.store(adv.unwrap_or(NO_GLYPH), Ordering::Relaxed);
                adv
            }
            adv => Some(adv),
        }
    }

    /// Glyph advance of `c`, if the face maps it to a real glyph (not `.notdef`).
    fn lookup(&self, c: char) -> Option<u16> {
        match self.font.glyph(c) {
            0 => None,
            gid => Some(self.font.advance(gid)),
        }
    }

    /// Whether the face can draw `c`.
    pub fn has(&self, c: char) -> bool {
        self.advance_units(c).is_some()
    }

    /// Width of `text` set at `size` points (no kerning: printpdf places the
    /// glyphs by their advances, so this is exactly what the PDF shows).
    /// Characters without a glyph count as zero; the layout replaces them
    /// before measuring (see `super::layout::substitute`).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.advance_units(c).unwrap_or(0)))
            .sum();
        units as f32 * size / self.units_per_em
    }

    /// The font as printpdf embeds it: cut down to the glyphs of `chars`
    /// (see [`super::subset`]), with the glyph of each character and the
    /// advance of each glyph given, so printpdf neither parses, subsets nor
    /// renumbers (and its `/W` widths are the layout's). Its name carries the
    /// subset tag (`KHSERR+NotoSerif-Regular`, ISO 32000-1 9.6.4).
    pub fn pdf_font(&self, chars: &BTreeSet<char>) -> Result<(FontId, PdfFont), String> {
        let glyphs: BTreeMap<char, u16> = chars.iter().map(|&c| (c, self.font.glyph(c))).collect();
        let bytes = super::subset::subset(self.font.bytes(), &glyphs)
            .map_err(|e| format!("the font {} could not be subset: {e}", self.id))?;
        let f = &self.font;
        let d = &f.descriptor;
        // `.notdef` is not a character's glyph: the layout replaces a
        // character the face lacks before it is shown.
        let shown = || glyphs.iter().filter(|&(_, &gid)| gid != 0);
        let parsed = ParsedFont {
            original_bytes: bytes,
            font_index: 0,
            font_name: Some(format!("{}+{}", self.id, d.postscript_name)),
            codepoint_to_glyph: shown().map(|(&c, &gid)| (c as u32, gid)).collect(),
            glyph_widths: shown().map(|(_, &gid)| (gid, f.advance(gid))).collect(),
            units_per_em: f.units_per_em,
            font_metrics: FontMetrics {
                ascent: f.ascender,
                descent: f.descender,
            },
            font_type: FontType::TrueType,
            pdf_font_metrics: PdfFontMetricsStub {
                units_per_em: f.units_per_em,
                x_min: d.bbox[0],
                y_min: d.bbox[1],
                x_max: d.bbox[2],
                y_max: d.bbox[3],
                caret_slope_rise: d.caret_slope.0,
                caret_slope_run: d.caret_slope.1,
                us_weight_class: d.weight_class,
            },
        };
        Ok((FontId(self.id.to_string()), PdfFont::new(parsed)))
    }
}

/// A face's file as the binary holds it: as it is (the CLI: fastest), or
/// deflated by build.rs (feature `compact-fonts`, which the app turns on:
/// 970 KB → 466 KB of the app, issue 11 § 5; inflating costs a process about
/// 3 ms of CPU, once).
#[derive(Clone, Copy)]
enum Embedded {
    #[cfg_attr(feature = "compact-fonts", allow(dead_code))]
    Raw(&'static [u8]),
    #[cfg_attr(not(feature = "compact-fonts"), allow(dead_code))]
    Deflated(&'static [u8]),
}

impl Embedded {
    fn bytes(self) -> std::io::Result<std::borrow::Cow<'static, [u8]>> {
        use std::io::Read;
        match self {
            Embedded::Raw(b) => Ok(b.into()),
            Embedded::Deflated(d) => {
                let mut out = Vec::with_capacity(d.len() * 2);
                flate2::bufread::DeflateDecoder::new(d).read_to_end(&mut out)?;
                Ok(out.into())
            }
        }
    }
}

/// Whether the faces are stored deflated (feature `compact-fonts`, the app):
/// then reading them means inflating 1 MB, worth a second thread; otherwise
/// they are read in place in microseconds.
pub(crate) const DEFLATED: bool = cfg!(feature = "compact-fonts");

/// Both faces, parsed once.
pub(crate) struct Faces {
    pub regular: Face,
    pub bold: Face,
}

impl Faces {
    pub fn get(&self, kind: FontKind) -> &Face {
        match kind {
            FontKind::Regular => &self.regular,
            FontKind::Bold => &self.bold,
        }
    }
}

/// `fonts/NotoSerif-*.ttf` (see [`Embedded`]).
#[cfg(not(feature = "compact-fonts"))]
static REGULAR_TTF: Embedded = Embedded::Raw(include_bytes!("../../fonts/NotoSerif-Regular.ttf"));
#[cfg(not(feature = "compact-fonts"))]
static BOLD_TTF: Embedded = Embedded::Raw(include_bytes!("../../fonts/NotoSerif-Bold.ttf"));
#[cfg(feature = "compact-fonts")]
static REGULAR_TTF: Embedded = Embedded::Deflated(include_bytes!(concat!(
    env!("OUT_DIR"),
    "/NotoSerif-Regular.ttf.deflate"
)));
#[cfg(feature = "compact-fonts")]
static BOLD_TTF: Embedded = Embedded::Deflated(include_bytes!(concat!(
    env!("OUT_DIR"),
    "/NotoSerif-Bold.ttf.deflate"
)));

static FACES: LazyLock<Result<Faces, String>> = LazyLock::new(|| {
    let regular = || Face::parse(REGULAR_TTF, "KHSERR", "NotoSerif-Regular.ttf");
    let bold = || Face::parse(BOLD_TTF, "KHSERB", "NotoSerif-Bold.ttf");
    let (regular, bold) = if DEFLATED {
        // Inflating is the work here: the two faces side by side.
        std::thread::scope(|s| {
            let b = s.spawn(bold);
            let r = regular();
            let b = b
                .join()
                .unwrap_or_else(|_| Err("parsing NotoSerif-Bold.ttf failed".to_string()));
            (r, b)
        })
    } else {
        // Reading the directory of a file in place: microseconds, less than
        // starting a thread.
        (regular(), bold())
    };
    Ok(Faces {
        regular: regular?,
        bold: bold?,
    })
});

/// The embedded faces, or why they could not be parsed (a build defect).
pub(crate) fn faces() -> Result<&'static Faces, String> {
    FACES.as_ref().map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_deflated_copies_are_the_font_files() {
        let pairs: [(&[u8], &[u8]); 2] = [
            (
                include_bytes!("../../fonts/NotoSerif-Regular.ttf"),
                include_bytes!(concat!(env!("OUT_DIR"), "/NotoSerif-Regular.ttf.deflate")),
            ),
            (
                include_bytes!("../../fonts/NotoSerif-Bold.ttf"),
                include_bytes!(concat!(env!("OUT_DIR"), "/NotoSerif-Bold.ttf.deflate")),
            ),
        ];
        for (raw, deflated) in pairs {
            assert!(deflated.len() < raw.len() * 6 / 10);
            assert_eq!(&*Embedded::Deflated(deflated).bytes().unwrap(), raw);
            assert_eq!(&*Embedded::Raw(raw).bytes().unwrap(), raw);
        }
    }

    #[test]
    fn faces_parse_and_measure() {
        let f = faces().unwrap();
        assert!(f.regular.width("Klage", 11.0) > 20.0);
        assert!(f.bold.width("Klage", 11.0) > f.regular.width("Klage", 11.0));
        assert_eq!(f.regular.width("", 11.0), 0.0);
    }

    #[test]
    fn covers_norwegian_vietnamese_and_other_latin() {
        let f = faces().unwrap();
        let text = "æøåÆØÅ ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ ƠơƯư \
                    ąćęłńóśźżĄĆĘŁŃÓŚŹŻ čďěňřšťůžČĎĚŇŘŠŤŮŽ çğıöşüÇĞİÖŞÜ ß ãõ ñ ő ű \
                    «»–—„“”‘’… § € \u{a0}\u{202f}";
        for face in [&f.regular, &f.bold] {
            let missing: Vec<char> = text.chars().filter(|&c| !face.has(c)).collect();
            assert!(missing.is_empty(), "{}: missing {missing:?}", face.id);
        }
    }

    #[test]
    fn reports_missing_glyphs() {
        let f = faces().unwrap();
        assert!(!f.regular.has('\u{0627}'), "Noto Serif has no Arabic");
        assert!(!f.regular.has('中'));
    }
}
