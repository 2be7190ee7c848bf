//! The two embedded faces (Noto Serif Regular and Bold, SIL OFL 1.1, see
//! `fonts/OFL.txt`) and their metrics.
//!
//! The font files are compiled into the binary (deflated in the app, see
//! [`Embedded`]); nothing is read from the system. The layout reads each
//! file in place ([`super::sfnt`]); a PDF gets only the subset a document
//! shows ([`Face::embed`]). The glyph and advance of each character of the
//! Latin, Greek and Cyrillic ranges are cached in a table that is filled a
//! character at a time as the layout asks for them.
use super::sfnt::Font;
use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// The face a piece of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum FontKind {
    Regular,
    Bold,
}

/// Codepoints below this have their glyph and advance cached (Latin, Latin
/// Extended A/B, IPA, combining marks, Greek, Cyrillic, Latin Extended
/// Additional with all Vietnamese letters, general punctuation).
pub(crate) const TABLE_LEN: usize = 0x2070;
/// Marks "no glyph" in the table.
const NO_GLYPH: u32 = u32::MAX;
/// Marks "not looked up yet" in the table (no glyph id and advance pack to it).
const UNKNOWN: u32 = u32::MAX - 1;

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
    /// Glyph id (high 16 bits) and advance in font units (low 16 bits) by
    /// codepoint, for codepoints < `TABLE_LEN`: `UNKNOWN` until first asked
    /// for, `NO_GLYPH` if the face lacks it.
    table: Box<[AtomicU32]>,
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
        let table = (0..TABLE_LEN).map(|_| AtomicU32::new(UNKNOWN)).collect();
        Ok(Face {
            font,
            id,
            units_per_em,
            ascender,
            descender,
            table,
        })
    }

    /// Glyph id and advance (font units) of `c`, or `None` if the face has
    /// no glyph for it.
    fn glyph_and_advance(&self, c: char) -> Option<(u16, u16)> {
        let Some(slot) = self.table.get(c as usize) else {
            return self.lookup(c);
        };
        match slot.load(Ordering::Relaxed) {
            NO_GLYPH => None,
            UNKNOWN => {
                let found = self.lookup(c);
                let packed = found.map_or(NO_GLYPH, |(g, a)| u32::from(g) << 16 | u32::from(a));
                slot.store(packed, Ordering::Relaxed);
                found
            }
            packed => Some(((packed >> 16) as u16, packed as u16)),
        }
    }

    /// Glyph and advance of `c`, if the face maps it to a real glyph (not `.notdef`).
    fn lookup(&self, c: char) -> Option<(u16, u16)> {
        match self.font.glyph(c) {
            0 => None,
            gid => Some((gid, self.font.advance(gid))),
        }
    }

    /// The glyph id that shows `c` (0, `.notdef`, if the face lacks it: the
    /// layout replaces such characters before they are shown).
    pub fn glyph(&self, c: char) -> u16 {
        self.glyph_and_advance(c).map_or(0, |(g, _)| g)
    }

    /// Whether the face can draw `c`.
    pub fn has(&self, c: char) -> bool {
        self.glyph_and_advance(c).is_some()
    }

    /// Width of `text` set at `size` points (no kerning: each glyph is placed
    /// at the advance of the one before, as `/W` tells a reader, so this is
    /// exactly what the PDF shows). Characters without a glyph count as zero;
    /// the layout replaces them before measuring (see
    /// `super::layout::substitute`).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.glyph_and_advance(c).map_or(0, |(_, a)| a)))
            .sum();
        units as f32 * size / self.units_per_em
    }

    /// Adds the face to `lo` as a composite font (ISO 32000-1 9.7: `Type0`
    /// with `Identity-H`, a `CIDFontType2` whose CIDs are the glyph ids),
    /// cut down to the glyphs of `chars` (see [`super::subset`]), and returns
    /// the font dictionary's id. Written with it: `/W` with each glyph's
    /// advance (the layout's), a `/ToUnicode` map for every glyph shown (so
    /// text can be copied, searched and read aloud), and the descriptor with
    /// the font program (`/FontFile2`). The font name carries the subset tag
    /// (`KHSERR+NotoSerif-Regular`, ISO 32000-1 9.6.4).
    pub fn embed(
        &self,
        lo: &mut lopdf::Document,
        chars: &BTreeSet<char>,
    ) -> Result<ObjectId, String> {
        let glyphs: BTreeMap<char, u16> = chars.iter().map(|&c| (c, self.glyph(c))).collect();
        let program = super::subset::subset(self.font.bytes(), &glyphs)
            .map_err(|e| format!("the font {} could not be subset: {e}", self.id))?;
        // The character each glyph stands for: the first of the characters
        // that share it (e.g. a space and a no-break space). `.notdef` is not
        // a character's glyph.
        let mut text_of: BTreeMap<u16, char> = BTreeMap::new();
        for (&c, &gid) in &glyphs {
            if gid != 0 {
                text_of.entry(gid).or_insert(c);
            }
        }
        let f = &self.font;
        let d = &f.descriptor;
        let scale = 1000.0 / f32::from(f.units_per_em.max(1));
        let glyph_space = |v: i16| Object::Integer((f32::from(v) * scale).round() as i64);
        let name = || Object::Name(format!("{}+{}", self.id, d.postscript_name).into_bytes());

        // /W: runs of consecutive glyph ids, each with its widths.
        let mut w: Vec<Object> = Vec::new();
        let mut run: Vec<Object> = Vec::new();
        let mut next = None;
        for &gid in text_of.keys() {
            if next != Some(gid) && !run.is_empty() {
                w.push(Object::Array(std::mem::take(&mut run)));
            }
            if run.is_empty() {
                w.push(Object::Integer(i64::from(gid)));
            }
            let advance = f32::from(f.advance(gid)) * scale;
            run.push(Object::Integer(advance.round() as i64));
            next = gid.checked_add(1);
        }
        if !run.is_empty() {
            w.push(Object::Array(run));
        }

        let to_unicode = lo.add_object(Stream::new(Dictionary::new(), to_unicode(&text_of)));
        let mut program_dict = Dictionary::new();
        program_dict.set("Length1", Object::Integer(program.len() as i64));
        let program = lo.add_object(Stream::new(program_dict, program));
        // ItalicAngle: degrees counter-clockwise from vertical, from the
        // caret slope; StemV (no table holds it) estimated from the weight
        // class as PDF producers do (about 88 at 400, 166 at 700).
        let (rise, run) = d.caret_slope;
        let italic_angle = if rise == 0 {
            0
        } else {
            (-f32::from(run).atan2(f32::from(rise)).to_degrees()).round() as i64
        };
        const NONSYMBOLIC: i64 = 1 << 5;
        const ITALIC: i64 = 1 << 6;
        let stem_v = match d.weight_class {
            0 => 80,
            wc => 50 + (f32::from(wc) / 65.0).powi(2).round() as i64,
        };
        let descriptor = lo.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"FontDescriptor".to_vec())),
            ("FontName", name()),
            (
                "Flags",
                Object::Integer(NONSYMBOLIC | if italic_angle != 0 { ITALIC } else { 0 }),
            ),
            (
                "FontBBox",
                Object::Array(d.bbox.iter().map(|&v| glyph_space(v)).collect()),
            ),
            ("ItalicAngle", Object::Integer(italic_angle)),
            ("Ascent", glyph_space(f.ascender)),
            ("Descent", glyph_space(f.descender)),
            ("CapHeight", glyph_space(d.cap_height.unwrap_or(f.ascender))),
            ("StemV", Object::Integer(stem_v)),
            ("FontFile2", Object::Reference(program)),
        ]));
        let descendant = Dictionary::from_iter([
            ("Type", Object::Name(b"Font".to_vec())),
            ("Subtype", Object::Name(b"CIDFontType2".to_vec())),
            ("BaseFont", name()),
            (
                "CIDSystemInfo",
                Object::Dictionary(Dictionary::from_iter([
                    (
                        "Registry",
                        Object::String(b"Adobe".to_vec(), StringFormat::Literal),
                    ),
                    (
                        "Ordering",
                        Object::String(b"Identity".to_vec(), StringFormat::Literal),
                    ),
                    ("Supplement", Object::Integer(0)),
                ])),
            ),
            ("FontDescriptor", Object::Reference(descriptor)),
            ("DW", Object::Integer(1000)),
            ("W", Object::Array(w)),
            // Required for a CIDFontType2 in PDF/A (ISO 19005-2 6.2.11.3.2).
            ("CIDToGIDMap", Object::Name(b"Identity".to_vec())),
        ]);
        Ok(lo.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Font".to_vec())),
            ("Subtype", Object::Name(b"Type0".to_vec())),
            ("BaseFont", name()),
            ("Encoding", Object::Name(b"Identity-H".to_vec())),
            (
                "DescendantFonts",
                Object::Array(vec![Object::Dictionary(descendant)]),
            ),
            ("ToUnicode", Object::Reference(to_unicode)),
        ])))
    }
}

/// Writes `v` as four upper-case hexadecimal digits (a two-byte code in a
/// PDF hexadecimal string: a glyph id, a UTF-16 unit).
pub(crate) fn hex4(out: &mut Vec<u8>, v: u16) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.extend([12, 8, 4, 0].map(|s| HEX[usize::from(v >> s & 0xF)]));
}

/// A `/ToUnicode` CMap (ISO 32000-1 9.10.3) from two-byte codes (glyph ids)
/// to the characters they show, in blocks of at most 100 entries (the limit
/// of a `beginbfchar` block).
fn to_unicode(text_of: &BTreeMap<u16, char>) -> Vec<u8> {
    let mut out = Vec::with_capacity(400 + 16 * text_of.len());
    out.extend_from_slice(
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
          /CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n\
          /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
          1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(&u16, &char)> = text_of.iter().collect();
    for block in entries.chunks(100) {
        out.extend_from_slice(format!("{} beginbfchar\n", block.len()).as_bytes());
        for &(&gid, &c) in block {
            out.push(b'<');
            hex4(&mut out, gid);
            out.extend_from_slice(b"> <");
            for unit in c.encode_utf16(&mut [0; 2]) {
                hex4(&mut out, *unit);
            }
            out.extend_from_slice(b">\n");
        }
        out.extend_from_slice(b"endbfchar\n");
    }
    out.extend_from_slice(b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out
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

    #[test]
    fn glyphs_come_from_the_cache_and_the_font_alike() {
        let f = faces().unwrap();
        for c in ['a', 'Å', 'ø', '–', '€', '\u{1EA1}', '\u{FFFD}'] {
            let cold = f.bold.font.glyph(c);
            assert_ne!(cold, 0, "{c:?}");
            assert_eq!(f.bold.glyph(c), cold, "{c:?} first time");
            assert_eq!(f.bold.glyph(c), cold, "{c:?} from the cache");
            assert_eq!(
                f.bold.width(c.encode_utf8(&mut [0; 4]), 1000.0),
                f32::from(f.bold.font.advance(cold)) * 1000.0 / f.bold.units_per_em
            );
        }
        assert_eq!(f.bold.glyph('\u{0627}'), 0);
    }

    /// Reads a `/ToUnicode` CMap back: code → UTF-16 units, and the size of
    /// each `beginbfchar` block.
    fn read_cmap(cmap: &str) -> (BTreeMap<u16, Vec<u16>>, Vec<usize>) {
        let mut map = BTreeMap::new();
        let mut blocks = Vec::new();
        let mut in_block = false;
        for line in cmap.lines() {
            if let Some(n) = line.strip_suffix(" beginbfchar") {
                blocks.push(n.parse().unwrap());
                in_block = true;
            } else if line == "endbfchar" {
                in_block = false;
            } else if in_block {
                let (code, text) = line.split_once("> <").unwrap();
                let code = u16::from_str_radix(code.trim_start_matches('<'), 16).unwrap();
                let text = text.trim_end_matches('>');
                let units = (0..text.len())
                    .step_by(4)
                    .map(|i| u16::from_str_radix(&text[i..i + 4], 16).unwrap())
                    .collect();
                map.insert(code, units);
            }
        }
        (map, blocks)
    }

    #[test]
    fn to_unicode_maps_every_glyph_in_blocks_of_at_most_100() {
        let mut text_of: BTreeMap<u16, char> = (1..=250u16)
            .map(|g| (g, char::from_u32(0x100 + u32::from(g)).unwrap()))
            .collect();
        text_of.insert(0xABCD, '\u{1F600}');
        let cmap = String::from_utf8(to_unicode(&text_of)).unwrap();
        assert!(cmap.contains("begincodespacerange\n<0000> <FFFF>\nendcodespacerange"));
        let (map, blocks) = read_cmap(&cmap);
        assert_eq!(blocks, [100, 100, 51]);
        assert_eq!(map.len(), 251);
        assert_eq!(map[&1], [0x101]);
        assert_eq!(map[&250], [0x1FA]);
        // Beyond the Basic Multilingual Plane: a surrogate pair.
        assert_eq!(map[&0xABCD], [0xD83D, 0xDE00]);
        assert!(
            cmap.ends_with("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
        );
    }

    #[test]
    fn an_embedded_face_says_what_it_is_and_maps_its_glyphs_back() {
        let f = faces().unwrap();
        let mut lo = lopdf::Document::with_version("1.7");
        let chars: BTreeSet<char> = "Klage på vedtak\u{a0}§ 29".chars().collect();
        let id = f.regular.embed(&mut lo, &chars).unwrap();
        let font = lo.get_dictionary(id).unwrap();
        let name = |d: &Dictionary, key: &[u8]| d.get(key).unwrap().as_name().unwrap().to_vec();
        assert_eq!(name(font, b"Subtype"), b"Type0");
        assert_eq!(name(font, b"Encoding"), b"Identity-H");
        assert_eq!(name(font, b"BaseFont"), b"KHSERR+NotoSerif-Regular");
        let Object::Array(kids) = font.get(b"DescendantFonts").unwrap() else {
            panic!("no descendant")
        };
        let cid = kids[0].as_dict().unwrap();
        assert_eq!(name(cid, b"Subtype"), b"CIDFontType2");
        assert_eq!(name(cid, b"CIDToGIDMap"), b"Identity");
        let fd = lo
            .get_dictionary(cid.get(b"FontDescriptor").unwrap().as_reference().unwrap())
            .unwrap();
        assert_eq!(name(fd, b"FontName"), b"KHSERR+NotoSerif-Regular");
        // Noto Serif: 1000 units per em, capitals 714 high (OS/2), upright.
        assert_eq!(fd.get(b"CapHeight").unwrap().as_i64().unwrap(), 714);
        assert_eq!(fd.get(b"ItalicAngle").unwrap().as_i64().unwrap(), 0);
        assert_eq!(fd.get(b"Flags").unwrap().as_i64().unwrap(), 32);
        assert_eq!(fd.get(b"StemV").unwrap().as_i64().unwrap(), 88);
        let program = lo
            .get_object(fd.get(b"FontFile2").unwrap().as_reference().unwrap())
            .unwrap()
            .as_stream()
            .unwrap();
        assert_eq!(
            program.dict.get(b"Length1").unwrap().as_i64().unwrap(),
            program.content.len() as i64
        );
        // /ToUnicode: every character's glyph back to the character (the
        // first of those that share a glyph).
        let cmap = lo
            .get_object(font.get(b"ToUnicode").unwrap().as_reference().unwrap())
            .unwrap()
            .as_stream()
            .unwrap();
        let (map, _) = read_cmap(std::str::from_utf8(&cmap.content).unwrap());
        for &c in &chars {
            let g = f.regular.glyph(c);
            let first = chars.iter().find(|&&o| f.regular.glyph(o) == g).unwrap();
            assert_eq!(map[&g], [*first as u16], "{c:?}");
        }
        assert_eq!(map.len(), chars.len(), "one entry per glyph");
    }
}
