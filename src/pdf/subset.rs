//! A TrueType font cut down to the glyphs a document shows, every glyph
//! keeping its id.
//!
//! printpdf's own subsetter (allsorts) renumbers the glyphs, which means
//! rebuilding every table and parsing the result again: a quarter of a
//! `klagehjelp letter` process (issue 11 § 5). A letter needs far less. The
//! glyphs it shows (and the glyphs they are built from) keep their outlines
//! and metrics under their own ids; every other glyph becomes empty and
//! zero-width, and the glyph count ends after the highest id used. So the
//! codes in the content streams, `/W` and `/ToUnicode` are the original glyph
//! ids and nothing else has to be remapped (ISO 32000-1 9.6.4 and 9.7.4:
//! an embedded subset needs every glyph the document uses, no more).
//!
//! The tables kept are those a PDF reader uses for a TrueType program
//! (ISO 32000-1 9.9: `head`, `hhea`, `hmtx`, `loca`, `glyf`, `maxp`, `cvt `,
//! `fpgm`, `prep`) plus `cmap` (only the characters shown), `OS/2`, `name`
//! (the copyright and licence notice), `post` (format 3: no glyph names) and
//! `gasp`. Layout tables (GSUB, GPOS, kern …) are dropped: the text is
//! already placed glyph by glyph.
use super::sfnt::{FontError, Result, Tables, u16_at, u32_at};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// The outline of each glyph, as `glyf` holds it, found through `loca`.
struct Outlines<'a> {
    glyf: &'a [u8],
    loca: &'a [u8],
    long: bool,
    count: u16,
}

impl<'a> Outlines<'a> {
    fn of(tables: &Tables, file: &'a [u8]) -> Result<Self> {
        Ok(Outlines {
            glyf: tables.need(file, "glyf")?,
            loca: tables.need(file, "loca")?,
            long: u16_at(tables.need(file, "head")?, 50)? == 1,
            count: u16_at(tables.need(file, "maxp")?, 4)?,
        })
    }

    fn get(&self, gid: u16) -> Result<&'a [u8]> {
        if gid >= self.count {
            return Err(FontError::Malformed("a glyph id beyond the glyph count"));
        }
        let i = usize::from(gid);
        let (start, end) = if self.long {
            (
                u32_at(self.loca, 4 * i)? as usize,
                u32_at(self.loca, 4 * i + 4)? as usize,
            )
        } else {
            (
                2 * usize::from(u16_at(self.loca, 2 * i)?),
                2 * usize::from(u16_at(self.loca, 2 * i + 2)?),
            )
        };
        if start > end {
            return Err(FontError::Malformed("loca"));
        }
        self.glyf
            .get(start..end)
            .ok_or(FontError::Malformed("a glyph past the end of glyf"))
    }
}

/// The glyphs a composite glyph is built from (OpenType `glyf`, composite
/// glyph description).
fn components(outline: &[u8]) -> Result<Vec<u16>> {
    const ARGS_ARE_WORDS: u16 = 0x0001;
    const HAVE_SCALE: u16 = 0x0008;
    const MORE_COMPONENTS: u16 = 0x0020;
    const HAVE_XY_SCALE: u16 = 0x0040;
    const HAVE_2X2: u16 = 0x0080;
    let mut out = Vec::new();
    if outline.len() < 10 || (u16_at(outline, 0)? as i16) >= 0 {
        return Ok(out); // empty or simple
    }
    let mut at = 10;
    loop {
        let flags = u16_at(outline, at)?;
        out.push(u16_at(outline, at + 2)?);
        at += 4 + if flags & ARGS_ARE_WORDS != 0 { 4 } else { 2 };
        at += if flags & HAVE_SCALE != 0 {
            2
        } else if flags & HAVE_XY_SCALE != 0 {
            4
        } else if flags & HAVE_2X2 != 0 {
            8
        } else {
            0
        };
        if flags & MORE_COMPONENTS == 0 {
            return Ok(out);
        }
    }
}

/// `font` cut down to the glyphs of `chars` (each character shown → its
/// glyph id in `font`; glyph 0, `.notdef`, is always kept). See the module
/// comment for what is kept.
pub(crate) fn subset(font: &[u8], chars: &BTreeMap<char, u16>) -> Result<Vec<u8>> {
    let tables = Tables::parse(font)?;
    let head = tables.need(font, "head")?;
    let maxp = tables.need(font, "maxp")?;
    let hhea = tables.need(font, "hhea")?;
    let hmtx = tables.need(font, "hmtx")?;
    let outlines = Outlines::of(&tables, font)?;
    let metrics_count = u16_at(hhea, 34)?;
    if metrics_count == 0 || metrics_count > outlines.count {
        return Err(FontError::Malformed("hhea"));
    }

    // Every glyph shown, and the glyphs composites are built from.
    let mut keep: BTreeSet<u16> = BTreeSet::new();
    let mut todo: Vec<u16> = chars.values().copied().chain([0]).collect();
    while let Some(gid) = todo.pop() {
        if keep.insert(gid) {
            for part in components(outlines.get(gid)?)? {
                if !keep.contains(&part) {
                    todo.push(part);
                }
            }
        }
    }
    let last = *keep.last().unwrap_or(&0);
    let count = last + 1;

    // glyf and loca (long offsets), every outline on a 4-byte boundary.
    let mut glyf = Vec::new();
    let mut loca = Vec::with_capacity(4 * (usize::from(count) + 1));
    for gid in 0..count {
        loca.extend_from_slice(&(glyf.len() as u32).to_be_bytes());
        if keep.contains(&gid) {
            glyf.extend_from_slice(outlines.get(gid)?);
            glyf.resize(glyf.len().next_multiple_of(4), 0);
        }
    }
    loca.extend_from_slice(&(glyf.len() as u32).to_be_bytes());

    // hmtx: a full metric for every glyph (so no advance is shared with a
    // glyph that is dropped): the kept glyphs' own, zero for the others.
    let mut new_hmtx = Vec::with_capacity(4 * usize::from(count));
    for gid in 0..count {
        let (advance, lsb) = if !keep.contains(&gid) {
            (0, 0)
        } else if gid < metrics_count {
            let at = 4 * usize::from(gid);
            (u16_at(hmtx, at)?, u16_at(hmtx, at + 2)?)
        } else {
            // Past the long metrics every glyph has the last advance.
            let advance = u16_at(hmtx, 4 * usize::from(metrics_count) - 4)?;
            let at = 4 * usize::from(metrics_count) + 2 * usize::from(gid - metrics_count);
            (advance, u16_at(hmtx, at)?)
        };
        new_hmtx.extend_from_slice(&advance.to_be_bytes());
        new_hmtx.extend_from_slice(&lsb.to_be_bytes());
    }

    let mut new_head = head.to_vec();
    patch(&mut new_head, 8, &[0; 4])?; // checkSumAdjustment, set below
    patch(&mut new_head, 50, &1u16.to_be_bytes())?; // long loca
    let mut new_maxp = maxp.to_vec();
    patch(&mut new_maxp, 4, &count.to_be_bytes())?;
    let mut new_hhea = hhea.to_vec();
    patch(&mut new_hhea, 34, &count.to_be_bytes())?;
    let post = match tables.get(font, "post") {
        Some(p) if p.len() >= 32 => {
            let mut p = p[..32].to_vec();
            p[..4].copy_from_slice(&0x0003_0000u32.to_be_bytes());
            Some(p)
        }
        _ => None,
    };

    let mut out: Vec<([u8; 4], Cow<[u8]>)> = vec![
        (*b"cmap", cmap(chars).into()),
        (*b"glyf", glyf.into()),
        (*b"head", new_head.into()),
        (*b"hhea", new_hhea.into()),
        (*b"hmtx", new_hmtx.into()),
        (*b"loca", loca.into()),
        (*b"maxp", new_maxp.into()),
    ];
    if let Some(p) = post {
        out.push((*b"post", p.into()));
    }
    for tag in ["OS/2", "cvt ", "fpgm", "gasp", "name", "prep"] {
        if let Some((tag, data)) = tables.record(font, tag) {
            out.push((tag, data.into()));
        }
    }
    Ok(assemble(out))
}

fn patch(table: &mut [u8], at: usize, bytes: &[u8]) -> Result<()> {
    table
        .get_mut(at..at + bytes.len())
        .ok_or(FontError::Malformed("a table too short"))?
        .copy_from_slice(bytes);
    Ok(())
}

/// A `cmap` with the characters shown: format 4 (platform 3, encoding 1) for
/// the Basic Multilingual Plane, and format 12 (3, 10) as well when a
/// character lies beyond it.
fn cmap(chars: &BTreeMap<char, u16>) -> Vec<u8> {
    let chars: Vec<(u32, u16)> = chars.iter().map(|(c, g)| (*c as u32, *g)).collect();
    let bmp: Vec<(u16, u16)> = chars
        .iter()
        .filter_map(|&(c, g)| {
            u16::try_from(c)
                .ok()
                .filter(|&c| c != 0xFFFF)
                .map(|c| (c, g))
        })
        .collect();
    let wide = chars.len() != bmp.len();

    // Format 4: a segment per run of consecutive characters on consecutive
    // glyphs (readers search the segments in order: fewer is faster), then
    // the closing 0xFFFF segment.
    let mut runs: Vec<(u16, u16, u16)> = Vec::new(); // start, end, delta
    for &(c, g) in &bmp {
        let delta = g.wrapping_sub(c);
        match runs.last_mut() {
            Some((_, end, d)) if c == end.wrapping_add(1) && *d == delta => *end = c,
            _ => runs.push((c, c, delta)),
        }
    }
    runs.push((0xFFFF, 0xFFFF, 1));
    let segs = runs.len();
    let mut f4 = Vec::with_capacity(16 + 8 * segs);
    let seg_x2 = (2 * segs) as u16;
    let mut search = 1u16;
    while usize::from(search) * 2 <= segs {
        search *= 2;
    }
    let selector = search.trailing_zeros() as u16;
    for v in [
        4u16,
        0,
        0,
        seg_x2,
        2 * search,
        selector,
        seg_x2 - 2 * search,
    ] {
        f4.extend_from_slice(&v.to_be_bytes());
    }
    for &(_, end, _) in &runs {
        f4.extend_from_slice(&end.to_be_bytes()); // endCode
    }
    f4.extend_from_slice(&0u16.to_be_bytes()); // reservedPad
    for &(start, _, _) in &runs {
        f4.extend_from_slice(&start.to_be_bytes()); // startCode
    }
    for &(_, _, delta) in &runs {
        f4.extend_from_slice(&delta.to_be_bytes()); // idDelta
    }
    for _ in 0..segs {
        f4.extend_from_slice(&0u16.to_be_bytes()); // idRangeOffset
    }
    let len = f4.len() as u16;
    f4[2..4].copy_from_slice(&len.to_be_bytes());

    let mut f12 = Vec::new();
    if wide {
        f12.extend_from_slice(&12u16.to_be_bytes());
        f12.extend_from_slice(&0u16.to_be_bytes());
        f12.extend_from_slice(&((16 + 12 * chars.len()) as u32).to_be_bytes());
        f12.extend_from_slice(&0u32.to_be_bytes());
        f12.extend_from_slice(&(chars.len() as u32).to_be_bytes());
        for &(c, g) in &chars {
            for v in [c, c, u32::from(g)] {
                f12.extend_from_slice(&v.to_be_bytes());
            }
        }
    }

    let subtables: u16 = if wide { 2 } else { 1 };
    let header = 4 + 8 * usize::from(subtables);
    let mut out = Vec::with_capacity(header + f4.len() + f12.len());
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&subtables.to_be_bytes());
    out.extend_from_slice(&[0, 3, 0, 1]);
    out.extend_from_slice(&(header as u32).to_be_bytes());
    if wide {
        out.extend_from_slice(&[0, 3, 0, 10]);
        out.extend_from_slice(&((header + f4.len()) as u32).to_be_bytes());
    }
    out.extend_from_slice(&f4);
    out.extend_from_slice(&f12);
    out
}

/// The OpenType table checksum: the sum of the big-endian 32-bit words, the
/// last one padded with zeros.
fn checksum(data: &[u8]) -> u32 {
    let words = data.chunks_exact(4);
    let rest = words.remainder();
    let mut last = [0u8; 4];
    last[..rest.len()].copy_from_slice(rest);
    words
        .map(|w| u32::from_be_bytes([w[0], w[1], w[2], w[3]]))
        .chain([u32::from_be_bytes(last)])
        .fold(0u32, u32::wrapping_add)
}

/// An sfnt file of `tables`: directory sorted by tag, every table on a
/// 4-byte boundary with its checksum, `head.checkSumAdjustment` set.
fn assemble(mut tables: Vec<([u8; 4], Cow<[u8]>)>) -> Vec<u8> {
    tables.sort_by_key(|(tag, _)| *tag);
    let count = tables.len() as u16;
    let mut search = 1u16;
    while search * 2 <= count {
        search *= 2;
    }
    let mut offset = 12 + 16 * tables.len();
    let total: usize = tables
        .iter()
        .map(|(_, d)| d.len().next_multiple_of(4))
        .sum();
    let mut out = Vec::with_capacity(offset + total);
    out.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    for v in [
        count,
        search * 16,
        search.trailing_zeros() as u16,
        count * 16 - search * 16,
    ] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    let mut head_at = None;
    for (tag, data) in &tables {
        if tag == b"head" {
            head_at = Some(offset);
        }
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in &tables {
        out.extend_from_slice(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    if let Some(at) = head_at {
        let adjust = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[at + 8..at + 12].copy_from_slice(&adjust.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const REGULAR: &[u8] = include_bytes!("../../fonts/NotoSerif-Regular.ttf");

    /// The glyph id of `c` in the original font, through its cmap.
    fn gid_of(font: &printpdf::ParsedFont, c: char) -> u16 {
        font.lookup_glyph_index(c as u32).expect("glyph")
    }

    fn parse(bytes: &[u8]) -> printpdf::ParsedFont {
        let mut w = Vec::new();
        printpdf::ParsedFont::from_bytes(bytes, 0, &mut w).expect("parses")
    }

    #[test]
    fn kept_glyphs_keep_their_ids_outlines_and_advances() {
        let original = parse(REGULAR);
        let text = "Klage på vedtak § 29 – «Åse Ødegård» ﬁ Ǻ";
        let glyphs: BTreeMap<char, u16> = text
            .chars()
            .filter(|c| original.lookup_glyph_index(*c as u32).is_some())
            .map(|c| (c, gid_of(&original, c)))
            .collect();
        let bytes = subset(REGULAR, &glyphs).expect("subsets");
        assert!(bytes.len() < REGULAR.len() / 10, "{} bytes", bytes.len());
        let cut = parse(&bytes);
        let (orig_tables, cut_tables) = (
            Tables::parse(REGULAR).unwrap(),
            Tables::parse(&bytes).unwrap(),
        );
        let o = Outlines::of(&orig_tables, REGULAR).unwrap();
        let n = Outlines::of(&cut_tables, &bytes).unwrap();
        for (&c, &gid) in &glyphs {
            assert_eq!(cut.lookup_glyph_index(c as u32), Some(gid), "{c:?}");
            assert_eq!(
                cut.get_glyph_width(gid),
                original.get_glyph_width(gid),
                "{c:?}"
            );
            let (a, b) = (o.get(gid).unwrap(), n.get(gid).unwrap());
            assert_eq!(&b[..a.len()], a, "outline of {c:?}");
        }
        // A glyph not shown is empty.
        let unused = gid_of(&original, 'Z');
        assert!(!glyphs.values().any(|&g| g == unused));
        assert!(n.get(unused).unwrap().is_empty());
        assert_eq!(cut.lookup_glyph_index('Z' as u32).unwrap_or(0), 0);
        // The metrics readers take from the font are unchanged.
        assert_eq!(
            cut.pdf_font_metrics.units_per_em,
            original.pdf_font_metrics.units_per_em
        );
        assert_eq!(cut.font_metrics, original.font_metrics);
        let name = |b: &[u8]| {
            super::super::sfnt::Font::new(Cow::Owned(b.to_vec()))
                .unwrap()
                .descriptor
                .postscript_name
        };
        assert_eq!(name(&bytes), name(REGULAR));
    }

    #[test]
    fn composite_glyphs_bring_their_parts() {
        // Find a composite glyph among the characters of Norwegian and
        // Vietnamese letters, and check its parts are kept.
        let original = parse(REGULAR);
        let t = Tables::parse(REGULAR).unwrap();
        let o = Outlines::of(&t, REGULAR).unwrap();
        let (c, gid, parts) = "åÅøØæÆéÉấỗ"
            .chars()
            .map(|c| (c, gid_of(&original, c)))
            .find_map(|(c, g)| {
                let p = components(o.get(g).unwrap()).unwrap();
                (!p.is_empty()).then_some((c, g, p))
            })
            .expect("a composite glyph");
        let bytes = subset(REGULAR, &BTreeMap::from([(c, gid)])).unwrap();
        let cut = Tables::parse(&bytes).unwrap();
        let n = Outlines::of(&cut, &bytes).unwrap();
        assert!(n.long);
        for p in parts {
            assert!(p < n.count, "part {p} of {c:?} beyond the glyph count");
            assert_eq!(
                n.get(p).unwrap().len(),
                o.get(p).unwrap().len().next_multiple_of(4)
            );
        }
    }

    #[test]
    fn consecutive_characters_share_a_segment() {
        let original = parse(REGULAR);
        let text = "abcdefghijklmnopqrstuvwxyz0123456789 ÆØÅæøå§«»–";
        let glyphs: BTreeMap<char, u16> = text.chars().map(|c| (c, gid_of(&original, c))).collect();
        let bytes = subset(REGULAR, &glyphs).unwrap();
        let cut = parse(&bytes);
        for (&c, &gid) in &glyphs {
            assert_eq!(cut.lookup_glyph_index(c as u32), Some(gid), "{c:?}");
        }
        assert_eq!(cut.lookup_glyph_index('A' as u32).unwrap_or(0), 0);
        let map = cmap(&glyphs);
        let segs = usize::from(u16::from_be_bytes([map[12 + 6], map[12 + 7]]) / 2);
        assert!(
            segs < glyphs.len() / 2,
            "{segs} segments for {} characters",
            glyphs.len()
        );
    }

    #[test]
    fn checksums_pad_the_last_word() {
        assert_eq!(checksum(&[]), 0);
        assert_eq!(checksum(&[0, 0, 0, 1, 0, 0, 0, 2]), 3);
        assert_eq!(checksum(&[0, 0, 0, 1, 0x80]), 0x8000_0001);
        assert_eq!(checksum(&[0xFF; 8]), 0xFFFF_FFFE);
    }

    #[test]
    fn the_file_checksum_is_right() {
        let original = parse(REGULAR);
        let glyphs = BTreeMap::from([('a', gid_of(&original, 'a'))]);
        let bytes = subset(REGULAR, &glyphs).unwrap();
        assert_eq!(checksum(&bytes), 0xB1B0_AFBA);
        assert_eq!(bytes.len() % 4, 0);
    }

    /// In a rendered letter, every glyph `/W` lists (the glyphs the pages
    /// show) has its outline in the embedded program, and its `/W` width is
    /// the program's advance (ISO 19005-2 6.2.11.4.1 and 6.2.11.5).
    #[test]
    fn a_rendered_pdf_embeds_every_glyph_it_shows_with_its_width() {
        use crate::pdf::{Block, Document, render};
        use lopdf::Object;
        let doc = Document::for_tests(vec![
            Block::Title("Klage på vedtak – «Åse Ødegård»".into()),
            Block::Paragraph("Nguyễn Thị Ánh, Łukasz Żółć, Çağrı, § 29 fvl. 1 234,50 kr …".into()),
            Block::Signature {
                caption: "Ola Nordmann".into(),
            },
        ]);
        let bytes = render(&doc).unwrap();
        let lo = lopdf::Document::load_mem(&bytes).unwrap();
        let deref = |o: &Object| -> Object {
            match o {
                Object::Reference(id) => lo.get_object(*id).unwrap().clone(),
                o => o.clone(),
            }
        };
        let mut fonts = 0;
        for obj in lo.objects.values() {
            let Object::Dictionary(t0) = obj else {
                continue;
            };
            if t0.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Type0".as_slice()) {
                continue;
            }
            let descendants = deref(t0.get(b"DescendantFonts").unwrap());
            let d = deref(&descendants.as_array().unwrap()[0]);
            let d = d.as_dict().unwrap();
            assert_eq!(
                d.get(b"Subtype").unwrap().as_name().unwrap(),
                b"CIDFontType2"
            );
            fonts += 1;
            let fd = deref(d.get(b"FontDescriptor").unwrap());
            let fd = fd.as_dict().unwrap();
            let name = String::from_utf8_lossy(fd.get(b"FontName").unwrap().as_name().unwrap());
            let Object::Stream(mut file) = deref(fd.get(b"FontFile2").unwrap()) else {
                panic!("FontFile2 is not a stream");
            };
            let _ = file.decompress();
            let program = file.content;
            let tables = Tables::parse(&program).unwrap();
            let outlines = Outlines::of(&tables, &program).unwrap();
            // The file the layout measured with.
            // The subset tag (ISO 32000-1 9.6.4) names the face.
            let original: &'static [u8] = match name.get(..7) {
                Some("KHSERR+") => REGULAR,
                Some("KHSERB+") => include_bytes!("../../fonts/NotoSerif-Bold.ttf"),
                _ => panic!("unexpected font {name}"),
            };
            let font = super::super::sfnt::Font::new(original.into()).unwrap();
            let orig_tables = Tables::parse(original).unwrap();
            let orig_outlines = Outlines::of(&orig_tables, original).unwrap();
            let scale = 1000.0 / f32::from(font.units_per_em);
            // /W: [first [w1 w2 …] first [w …] …]
            let w = deref(d.get(b"W").unwrap());
            let w = w.as_array().unwrap();
            let mut shown = 0;
            for pair in w.chunks(2) {
                let first = pair[0].as_i64().unwrap() as u16;
                for (i, width) in deref(&pair[1]).as_array().unwrap().iter().enumerate() {
                    let gid = first + i as u16;
                    let width = width
                        .as_float()
                        .map(f64::from)
                        .or_else(|_| width.as_i64().map(|v| v as f64))
                        .unwrap();
                    let advance = f64::from(f32::from(font.advance(gid)) * scale);
                    assert!(
                        (width - advance).abs() <= 1.0,
                        "{name} glyph {gid}: /W {width}, the font {advance}"
                    );
                    let (ours, theirs) =
                        (outlines.get(gid).unwrap(), orig_outlines.get(gid).unwrap());
                    assert_eq!(&ours[..theirs.len()], theirs, "{name} glyph {gid}");
                    shown += usize::from(!theirs.is_empty());
                }
            }
            assert!(shown > 10, "{shown} glyphs with outlines");
        }
        assert_eq!(fonts, 2, "regular and bold embedded");
    }

    #[test]
    fn malformed_fonts_are_refused_not_read_past() {
        let glyphs = BTreeMap::from([('a', 3)]);
        assert!(subset(b"", &glyphs).is_err());
        assert!(subset(b"OTTO\0\0\0\0", &glyphs).is_err());
        assert!(subset(&REGULAR[..4000], &glyphs).is_err());
        let mut wrong = REGULAR.to_vec();
        wrong[12 + 8..12 + 12].copy_from_slice(&u32::MAX.to_be_bytes());
        assert!(subset(&wrong, &glyphs).is_err());
    }
}
