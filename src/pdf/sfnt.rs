//! Reading a TrueType font file: its tables, and what the layout needs of a
//! face (OpenType `cmap`, `hmtx`, `hhea`, `head`).
//!
//! The layout asks two things of a face: which glyph shows a character, and
//! how wide it is. Both are a binary search or an index into the file as it
//! is, so the font file is never copied or parsed as a whole (parsing both
//! 600 KB faces with a general font library was a tenth of a `klagehjelp
//! letter` process, issue 11 § 5). The glyphs a PDF embeds come from
//! [`super::subset`], which reads the file through the same tables.
use std::borrow::Cow;
use std::ops::Range;

/// Why a font file cannot be read (a defect of the embedded font, never of
/// the user's input).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum FontError {
    #[error("the font file is cut short or malformed ({0})")]
    Malformed(&'static str),
    #[error("the font has no `{0}` table")]
    Missing(&'static str),
    #[error("the font has CFF outlines; only TrueType outlines are read here")]
    NotTrueType,
    #[error("the font has no Unicode character map")]
    NoUnicodeMap,
}

pub(crate) type Result<T> = std::result::Result<T, FontError>;

pub(crate) fn u16_at(b: &[u8], at: usize) -> Result<u16> {
    b.get(at..at + 2)
        .map(|s| u16::from_be_bytes([s[0], s[1]]))
        .ok_or(FontError::Malformed("a 16-bit value past the end"))
}

pub(crate) fn u32_at(b: &[u8], at: usize) -> Result<u32> {
    b.get(at..at + 4)
        .map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
        .ok_or(FontError::Malformed("a 32-bit value past the end"))
}

/// The tables of an sfnt file: tag and byte range.
pub(crate) struct Tables {
    records: Vec<([u8; 4], Range<usize>)>,
}

impl Tables {
    pub(crate) fn parse(file: &[u8]) -> Result<Self> {
        match u32_at(file, 0)? {
            0x0001_0000 | 0x7472_7565 => {}                    // TrueType, 'true'
            0x4F54_544F => return Err(FontError::NotTrueType), // 'OTTO'
            _ => return Err(FontError::Malformed("not an sfnt font file")),
        }
        let count = usize::from(u16_at(file, 4)?);
        let mut records = Vec::with_capacity(count);
        for i in 0..count {
            let at = 12 + 16 * i;
            let tag: [u8; 4] = file
                .get(at..at + 4)
                .and_then(|t| t.try_into().ok())
                .ok_or(FontError::Malformed("table directory"))?;
            let offset = u32_at(file, at + 8)? as usize;
            let len = u32_at(file, at + 12)? as usize;
            let range = offset..offset.saturating_add(len);
            if range.end > file.len() {
                return Err(FontError::Malformed("a table past the end of the file"));
            }
            records.push((tag, range));
        }
        Ok(Tables { records })
    }

    fn find(&self, tag: &str) -> Option<&([u8; 4], Range<usize>)> {
        self.records
            .iter()
            .find(|(t, _)| t.as_slice() == tag.as_bytes())
    }

    /// The tag and bytes of table `tag` in `file`.
    pub(crate) fn record<'f>(&self, file: &'f [u8], tag: &str) -> Option<([u8; 4], &'f [u8])> {
        let (tag, range) = self.find(tag)?;
        Some((*tag, file.get(range.clone())?))
    }

    pub(crate) fn get<'f>(&self, file: &'f [u8], tag: &str) -> Option<&'f [u8]> {
        self.record(file, tag).map(|(_, d)| d)
    }

    pub(crate) fn need<'f>(&self, file: &'f [u8], tag: &'static str) -> Result<&'f [u8]> {
        self.get(file, tag).ok_or(FontError::Missing(tag))
    }

    fn range(&self, tag: &'static str) -> Result<Range<usize>> {
        self.find(tag)
            .map(|(_, r)| r.clone())
            .ok_or(FontError::Missing(tag))
    }
}

/// The character map the font is read through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CmapFormat {
    /// Segments of the Basic Multilingual Plane.
    Segments,
    /// Groups over all of Unicode.
    Groups,
}

/// A TrueType face as the layout reads it.
pub(crate) struct Font {
    bytes: Cow<'static, [u8]>,
    /// The Unicode subtable of `cmap`, as a range of the file.
    cmap: Range<usize>,
    format: CmapFormat,
    hmtx: Range<usize>,
    /// Glyphs with their own advance in `hmtx` (the rest share the last).
    metrics: u16,
    glyphs: u16,
    /// Font design units per em.
    pub units_per_em: u16,
    /// `hhea` ascender and descender, in font units.
    pub ascender: i16,
    pub descender: i16,
    /// What a PDF font descriptor says of the face.
    pub descriptor: Descriptor,
}

/// What a PDF font descriptor (ISO 32000-1 9.8) is built from, in font units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Descriptor {
    /// PostScript name (`name` ID 6), e.g. `NotoSerif-Regular`.
    pub postscript_name: String,
    /// `head` xMin, yMin, xMax, yMax: the box around every glyph.
    pub bbox: [i16; 4],
    /// `hhea` caret slope (rise, run): upright is (1, 0).
    pub caret_slope: (i16, i16),
    /// `OS/2` usWeightClass (400 regular, 700 bold); 0 without `OS/2`.
    pub weight_class: u16,
    /// `OS/2` sCapHeight (version 2 and later), the height of capital letters.
    pub cap_height: Option<i16>,
}

impl Font {
    pub(crate) fn new(bytes: Cow<'static, [u8]>) -> Result<Font> {
        let b: &[u8] = &bytes;
        let tables = Tables::parse(b)?;
        let head = tables.need(b, "head")?;
        let hhea = tables.need(b, "hhea")?;
        let maxp = tables.need(b, "maxp")?;
        let hmtx = tables.range("hmtx")?;
        let metrics = u16_at(hhea, 34)?;
        let glyphs = u16_at(maxp, 4)?;
        if metrics == 0 || hmtx.len() < 4 * usize::from(metrics) {
            return Err(FontError::Malformed("hmtx"));
        }
        let (cmap, format) = unicode_subtable(b, tables.range("cmap")?)?;
        let signed = |table: &[u8], at| u16_at(table, at).map(|v| v as i16);
        let descriptor = Descriptor {
            postscript_name: postscript_name(tables.need(b, "name")?)?,
            bbox: [
                signed(head, 36)?,
                signed(head, 38)?,
                signed(head, 40)?,
                signed(head, 42)?,
            ],
            caret_slope: (signed(hhea, 18)?, signed(hhea, 20)?),
            weight_class: match tables.get(b, "OS/2") {
                Some(os2) => u16_at(os2, 4)?,
                None => 0,
            },
            cap_height: match tables.get(b, "OS/2") {
                Some(os2) if u16_at(os2, 0)? >= 2 => Some(signed(os2, 88)?),
                _ => None,
            },
        };
        Ok(Font {
            units_per_em: u16_at(head, 18)?,
            ascender: signed(hhea, 4)?,
            descender: signed(hhea, 6)?,
            descriptor,
            cmap,
            format,
            hmtx,
            metrics,
            glyphs,
            bytes,
        })
    }

    /// The whole font file.
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The glyph the font's Unicode map gives `c` (0, `.notdef`, when none).
    pub(crate) fn glyph(&self, c: char) -> u16 {
        let Some(map) = self.bytes.get(self.cmap.clone()) else {
            return 0;
        };
        let gid = match self.format {
            CmapFormat::Segments => u16::try_from(c as u32)
                .ok()
                .and_then(|c| segments_lookup(map, c)),
            CmapFormat::Groups => groups_lookup(map, c as u32),
        };
        gid.filter(|&g| g < self.glyphs).unwrap_or(0)
    }

    /// The advance of glyph `gid`, in font units.
    pub(crate) fn advance(&self, gid: u16) -> u16 {
        let Some(hmtx) = self.bytes.get(self.hmtx.clone()) else {
            return 0;
        };
        let i = usize::from(gid.min(self.metrics - 1));
        u16_at(hmtx, 4 * i).unwrap_or(0)
    }
}

/// The PostScript name of a face (`name` ID 6: Windows UTF-16 or Macintosh
/// Roman, which for this ID is ASCII by the OpenType rules).
fn postscript_name(name: &[u8]) -> Result<String> {
    let count = usize::from(u16_at(name, 2)?);
    let strings = usize::from(u16_at(name, 4)?);
    let mut mac = None;
    for i in 0..count {
        let at = 6 + 12 * i;
        let (platform, encoding) = (u16_at(name, at)?, u16_at(name, at + 2)?);
        if u16_at(name, at + 6)? != 6 {
            continue;
        }
        let len = usize::from(u16_at(name, at + 8)?);
        let start = strings + usize::from(u16_at(name, at + 10)?);
        let text = name
            .get(start..start + len)
            .ok_or(FontError::Malformed("a name past the end"))?;
        match (platform, encoding) {
            (3, 1) | (0, _) => {
                let units: Vec<u16> = text
                    .chunks_exact(2)
                    .map(|p| u16::from_be_bytes([p[0], p[1]]))
                    .collect();
                return String::from_utf16(&units)
                    .map_err(|_| FontError::Malformed("the PostScript name"));
            }
            (1, 0) => mac = Some(text.iter().map(|&b| char::from(b)).collect::<String>()),
            _ => {}
        }
    }
    mac.ok_or(FontError::Missing("name ID 6 (PostScript name)"))
}

/// The subtable to read characters through: a full-Unicode map (format 12,
/// platform 3 encoding 10 or platform 0) first, else a BMP map (format 4).
fn unicode_subtable(file: &[u8], cmap: Range<usize>) -> Result<(Range<usize>, CmapFormat)> {
    let table = file.get(cmap.clone()).ok_or(FontError::Malformed("cmap"))?;
    let count = usize::from(u16_at(table, 2)?);
    let mut best: Option<(u8, Range<usize>, CmapFormat)> = None;
    for i in 0..count {
        let at = 4 + 8 * i;
        let (platform, encoding) = (u16_at(table, at)?, u16_at(table, at + 2)?);
        let offset = u32_at(table, at + 4)? as usize;
        let format = u16_at(table, offset)?;
        let (rank, len, kind) = match (platform, encoding, format) {
            (3, 10, 12) | (0, 4 | 6, 12) => {
                (0, u32_at(table, offset + 4)? as usize, CmapFormat::Groups)
            }
            (3, 1, 4) | (0, 0..=3, 4) => (
                1,
                usize::from(u16_at(table, offset + 2)?),
                CmapFormat::Segments,
            ),
            _ => continue,
        };
        if offset + len > table.len() {
            return Err(FontError::Malformed("a cmap subtable past the end"));
        }
        if best.as_ref().is_none_or(|(r, _, _)| rank < *r) {
            best = Some((rank, cmap.start + offset..cmap.start + offset + len, kind));
        }
    }
    best.map(|(_, r, k)| (r, k)).ok_or(FontError::NoUnicodeMap)
}

/// Format 4 lookup (OpenType `cmap`, segment mapping to delta values).
fn segments_lookup(map: &[u8], c: u16) -> Option<u16> {
    let segs = usize::from(u16_at(map, 6).ok()? / 2);
    let ends = 14;
    let starts = ends + 2 * segs + 2;
    let deltas = starts + 2 * segs;
    let offsets = deltas + 2 * segs;
    // The first segment whose end is at or after `c`.
    let (mut lo, mut hi) = (0, segs);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if u16_at(map, ends + 2 * mid).ok()? < c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let seg = lo;
    if seg >= segs {
        return None;
    }
    let start = u16_at(map, starts + 2 * seg).ok()?;
    if c < start {
        return None;
    }
    let delta = u16_at(map, deltas + 2 * seg).ok()?;
    let range_offset = usize::from(u16_at(map, offsets + 2 * seg).ok()?);
    if range_offset == 0 {
        return Some(c.wrapping_add(delta));
    }
    let at = offsets + 2 * seg + range_offset + 2 * usize::from(c - start);
    match u16_at(map, at).ok()? {
        0 => None,
        g => Some(g.wrapping_add(delta)),
    }
}

/// Format 12 lookup (OpenType `cmap`, segmented coverage).
fn groups_lookup(map: &[u8], c: u32) -> Option<u16> {
    let count = u32_at(map, 12).ok()? as usize;
    let (mut lo, mut hi) = (0, count);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let at = 16 + 12 * mid;
        let (first, last) = (u32_at(map, at).ok()?, u32_at(map, at + 4).ok()?);
        if c < first {
            hi = mid;
        } else if c > last {
            lo = mid + 1;
        } else {
            let glyph = u32_at(map, at + 8).ok()? + (c - first);
            return u16::try_from(glyph).ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const FACES: [&[u8]; 2] = [
        include_bytes!("../../fonts/NotoSerif-Regular.ttf"),
        include_bytes!("../../fonts/NotoSerif-Bold.ttf"),
    ];

    /// Every character and advance, for both faces, as a general font library
    /// (the one printpdf uses) reads them.
    #[test]
    fn reads_every_character_as_printpdf_does() {
        for bytes in FACES {
            let ours = Font::new(Cow::Borrowed(bytes)).unwrap();
            let mut w = Vec::new();
            let theirs = printpdf::ParsedFont::from_bytes(bytes, 0, &mut w).unwrap();
            let m = &theirs.pdf_font_metrics;
            assert_eq!(ours.units_per_em, m.units_per_em);
            assert_eq!(ours.ascender, theirs.font_metrics.ascent);
            assert_eq!(ours.descender, theirs.font_metrics.descent);
            let d = &ours.descriptor;
            assert_eq!(d.bbox, [m.x_min, m.y_min, m.x_max, m.y_max]);
            assert_eq!(d.caret_slope, (m.caret_slope_rise, m.caret_slope_run));
            assert_eq!(d.weight_class, m.us_weight_class);
            assert!(d.postscript_name.starts_with("NotoSerif-"), "{d:?}");
            let mut seen = 0;
            for c in (0..0x3_0000).filter_map(char::from_u32) {
                let expected = theirs.lookup_glyph_index(c as u32).unwrap_or(0);
                assert_eq!(ours.glyph(c), expected, "{c:?} U+{:04X}", c as u32);
                if expected != 0 {
                    seen += 1;
                    assert_eq!(
                        Some(ours.advance(expected)),
                        theirs.get_glyph_width(expected),
                        "{c:?}"
                    );
                }
            }
            assert!(seen > 2000, "{seen} characters mapped");
        }
    }

    #[test]
    fn malformed_files_are_refused() {
        assert!(Font::new(Cow::Borrowed(b"")).is_err());
        assert_eq!(
            Font::new(Cow::Borrowed(b"OTTO\0\0\0\0")).err(),
            Some(FontError::NotTrueType)
        );
        assert!(Font::new(Cow::Borrowed(&FACES[0][..2000])).is_err());
    }
}
