//! Tagged, archival PDF with lopdf: the pieces a PDF writer needs for
//! PDF/A-2b and PDF/UA-1, kept independent of the letter (they were written
//! for printpdf 0.12, which lacks them, and could be offered to either).
//!
//! * [`StructTree`] collects the logical structure while the pages are drawn:
//!   [`StructTree::begin`] writes the `BDC` operator that opens a
//!   marked-content sequence with a fresh MCID for an element (ISO 32000-1
//!   § 14.7.4), [`artifact`] the one for page furniture that is not part of
//!   the text (footers, page numbers, rules, cut lines; § 14.8.2.2), and
//!   [`end`] the `EMC` that closes either, each to a content stream.
//! * [`finish`] post-processes a lopdf document with its pages drawn: the
//!   structure tree (`StructTreeRoot` with its `ParentTree`, `/StructParents`
//!   on every page; § 14.7.2, § 14.7.4.4), `MarkInfo`, `/Lang`,
//!   `DisplayDocTitle`, an sRGB output intent (`GTS_PDFA1`) with the ICC
//!   profile embedded, and XMP metadata that identifies the file as
//!   PDF/A-2b (ISO 19005-2, 6.6.4) and PDF/UA-1 (ISO 14289-1, 5), matching
//!   the document information dictionary entry for entry (ISO 19005-2,
//!   6.6.3). The file header becomes `%PDF-1.7`.
//!
//! What the caller must still do for PDF/A-2b and PDF/UA-1: embed every font
//! (with a `/ToUnicode` map), draw only with DeviceRGB or DeviceGray colours (covered by
//! the sRGB intent), use no transparency, and put every content operator that
//! paints inside a tagged sequence or an artifact (the tests check this by
//! parsing the content streams).
use chrono::NaiveDateTime;
use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

/// A structure element in a [`StructTree`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ElemId(usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kid {
    Elem(usize),
    /// Marked content: page index (0-based) and MCID on that page.
    Content {
        page: usize,
        mcid: i64,
    },
}

#[derive(Debug)]
struct Elem {
    /// Standard structure type (ISO 32000-1 § 14.8.4): `Document`, `H1`, `P`, `L`, `LI`, …
    role: &'static str,
    parent: Option<usize>,
    kids: Vec<Kid>,
}

/// The logical structure of a document, built while its pages are drawn.
#[derive(Debug)]
pub struct StructTree {
    elems: Vec<Elem>,
    /// For each page, the element of each MCID (the MCID is the index).
    pages: Vec<Vec<usize>>,
}

impl Default for StructTree {
    fn default() -> Self {
        Self::new()
    }
}

impl StructTree {
    /// A tree with a `Document` element as its root.
    pub fn new() -> StructTree {
        StructTree {
            elems: vec![Elem {
                role: "Document",
                parent: None,
                kids: Vec::new(),
            }],
            pages: Vec::new(),
        }
    }

    /// The `Document` element.
    pub fn root(&self) -> ElemId {
        ElemId(0)
    }

    /// Adds an element of standard type `role` as the last child of `parent`.
    pub fn add(&mut self, parent: ElemId, role: &'static str) -> ElemId {
        let id = self.elems.len();
        self.elems.push(Elem {
            role,
            parent: Some(parent.0),
            kids: Vec::new(),
        });
        self.elems[parent.0].kids.push(Kid::Elem(id));
        ElemId(id)
    }

    /// The structure type of `elem`.
    pub fn role(&self, elem: ElemId) -> &'static str {
        self.elems[elem.0].role
    }

    /// Opens a marked-content sequence on page `page` (0-based) that belongs
    /// to `elem`: writes `/Role <</MCID n>> BDC` to the page's `content`.
    /// Close it with [`end`]; sequences must not overlap.
    pub fn begin(&mut self, elem: ElemId, page: usize, content: &mut Vec<u8>) {
        if self.pages.len() <= page {
            self.pages.resize_with(page + 1, Vec::new);
        }
        let mcids = &mut self.pages[page];
        let mcid = mcids.len() as i64;
        mcids.push(elem.0);
        self.elems[elem.0].kids.push(Kid::Content { page, mcid });
        content.push(b'/');
        content.extend_from_slice(self.elems[elem.0].role.as_bytes());
        content.extend_from_slice(format!(" <</MCID {mcid}>> BDC\n").as_bytes());
    }

    /// Number of marked-content sequences opened on `page`.
    pub fn mcids_on(&self, page: usize) -> usize {
        self.pages.get(page).map_or(0, Vec::len)
    }
}

/// Kinds of artifacts (ISO 32000-1 § 14.8.2.2.2, Table 330).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Artifact {
    /// Running footer (with page numbers).
    Footer,
    /// Decoration and layout aids: rules, cut lines.
    Layout,
}

/// Opens an artifact in `content`: `/Artifact <</Type /Pagination /Subtype
/// /Footer>> BDC` or `/Artifact <</Type /Layout>> BDC`. Close it with [`end`].
pub fn artifact(kind: Artifact, content: &mut Vec<u8>) {
    content.extend_from_slice(match kind {
        Artifact::Footer => b"/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n".as_slice(),
        Artifact::Layout => b"/Artifact <</Type /Layout>> BDC\n",
    });
}

/// Closes a marked-content sequence or artifact in `content` (`EMC`).
pub fn end(content: &mut Vec<u8>) {
    content.extend_from_slice(b"EMC\n");
}

/// What identifies the document: written to the document information
/// dictionary and, identically, to the XMP metadata.
#[derive(Debug, Clone)]
pub struct Identification<'a> {
    pub title: &'a str,
    pub author: &'a str,
    /// The application that made the content (`/Creator`, `xmp:CreatorTool`).
    pub creator: &'a str,
    /// The application that wrote the PDF (`/Producer`, `pdf:Producer`).
    pub producer: &'a str,
    /// Natural language of the text, BCP 47 (`/Lang`, `dc:language`).
    pub lang: &'a str,
    /// Creation and modification date. No time zone is written (it is unknown),
    /// in the info dictionary nor in the XMP, so the two agree.
    pub date: NaiveDateTime,
}

/// An ICC output profile for the PDF/A output intent.
#[derive(Debug, Clone, Copy)]
pub struct OutputIntent<'a> {
    /// The profile (ICC.1, RGB, device class monitor or printer).
    pub profile: &'a [u8],
    /// The same profile zlib-compressed, if the caller has it (a constant
    /// profile compressed once at build time): embedded as it is, with
    /// `/Filter /FlateDecode`, instead of being compressed with every file.
    pub profile_flate: Option<&'a [u8]>,
    /// Number of colour components (3 for RGB).
    pub components: i64,
    /// `OutputConditionIdentifier`, e.g. "sRGB IEC61966-2.1".
    pub identifier: &'a str,
    /// `Info`: a human-readable description of the condition.
    pub info: &'a str,
}

/// Structure, identification and output intent: see the module docs.
///
/// Elements without any content (directly or below them) are left out of the
/// tree. Fails if the document has no catalogue or pages, or if a page has
/// marked content but `tree` knows no such page.
pub fn finish(
    lo: &mut lopdf::Document,
    tree: &StructTree,
    id: &Identification,
    intent: &OutputIntent,
) -> lopdf::Result<()> {
    lo.version = "1.7".into();
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    if tree.pages.len() > pages.len() {
        return Err(lopdf::Error::PageNumberNotFound(tree.pages.len() as u32));
    }

    // Elements that hold content (directly or through their children).
    let mut has_content = vec![false; tree.elems.len()];
    for (i, e) in tree.elems.iter().enumerate().rev() {
        has_content[i] = e.kids.iter().any(|k| match k {
            Kid::Content { .. } => true,
            Kid::Elem(c) => has_content[*c],
        });
    }
    let root_id = lo.new_object_id();
    let mut obj_of: Vec<Option<ObjectId>> = vec![None; tree.elems.len()];
    for (i, keep) in has_content.iter().enumerate() {
        if *keep || i == 0 {
            obj_of[i] = Some(lo.new_object_id());
        }
    }
    for (i, e) in tree.elems.iter().enumerate() {
        let Some(oid) = obj_of[i] else { continue };
        let first_page = e.kids.iter().find_map(|k| match k {
            Kid::Content { page, .. } => Some(*page),
            Kid::Elem(_) => None,
        });
        let kids: Vec<Object> = e
            .kids
            .iter()
            .filter_map(|k| match *k {
                Kid::Elem(c) => obj_of[c].map(Object::Reference),
                Kid::Content { page, mcid } if Some(page) == first_page => {
                    Some(Object::Integer(mcid))
                }
                Kid::Content { page, mcid } => Some(Object::Dictionary(Dictionary::from_iter([
                    ("Type", Object::Name(b"MCR".to_vec())),
                    ("Pg", Object::Reference(pages[page])),
                    ("MCID", Object::Integer(mcid)),
                ]))),
            })
            .collect();
        let parent = e.parent.and_then(|p| obj_of[p]).unwrap_or(root_id);
        let mut dict = Dictionary::from_iter([
            ("Type", Object::Name(b"StructElem".to_vec())),
            ("S", Object::Name(e.role.as_bytes().to_vec())),
            ("P", Object::Reference(parent)),
            ("K", Object::Array(kids)),
        ]);
        if let Some(p) = first_page {
            dict.set("Pg", Object::Reference(pages[p]));
        }
        if i == 0 {
            dict.set("Lang", text_string(id.lang));
        }
        lo.objects.insert(oid, Object::Dictionary(dict));
    }

    // Parent tree: page i has key i; its array maps each MCID to its element.
    let mut nums = Vec::new();
    for (page, mcids) in tree.pages.iter().enumerate() {
        if mcids.is_empty() {
            continue;
        }
        let parents: Vec<Object> = mcids
            .iter()
            .map(|&e| obj_of[e].map_or(Object::Null, Object::Reference))
            .collect();
        let arr = lo.add_object(Object::Array(parents));
        nums.push(Object::Integer(page as i64));
        nums.push(Object::Reference(arr));
        let page_dict = lo.get_dictionary_mut(pages[page])?;
        page_dict.set("StructParents", Object::Integer(page as i64));
    }
    for &p in &pages {
        // Tab order follows the structure (ISO 14289-1, 7.18.3).
        lo.get_dictionary_mut(p)?
            .set("Tabs", Object::Name(b"S".to_vec()));
    }
    let parent_tree = lo.add_object(Dictionary::from_iter([("Nums", Object::Array(nums))]));
    let doc_elem = obj_of[0].expect("the root is always kept");
    lo.objects.insert(
        root_id,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"StructTreeRoot".to_vec())),
            ("K", Object::Array(vec![Object::Reference(doc_elem)])),
            ("ParentTree", Object::Reference(parent_tree)),
            ("ParentTreeNextKey", Object::Integer(pages.len() as i64)),
        ])),
    );

    // Output intent (ISO 19005-2, 6.2.3).
    let icc_dict = Dictionary::from_iter([("N", Object::Integer(intent.components))]);
    let icc = match intent.profile_flate {
        Some(flate) => {
            let mut s = Stream::new(icc_dict, flate.to_vec()).with_compression(false);
            s.dict.set("Filter", "FlateDecode");
            s
        }
        None => Stream::new(icc_dict, intent.profile.to_vec()).with_compression(true),
    };
    let icc_id = lo.add_object(icc);
    let output_intent = Dictionary::from_iter([
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFA1".to_vec())),
        ("OutputConditionIdentifier", text_string(intent.identifier)),
        ("Info", text_string(intent.info)),
        ("DestOutputProfile", Object::Reference(icc_id)),
    ]);

    // XMP, never compressed so that any tool can read it.
    let mut xmp = Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp(id).into_bytes(),
    );
    xmp.allows_compression = false;
    let xmp_id = lo.add_object(xmp);

    let catalog = lo.catalog_mut()?;
    catalog.set("StructTreeRoot", Object::Reference(root_id));
    catalog.set(
        "MarkInfo",
        Dictionary::from_iter([("Marked", Object::Boolean(true))]),
    );
    catalog.set("Lang", text_string(id.lang));
    catalog.set(
        "ViewerPreferences",
        Dictionary::from_iter([("DisplayDocTitle", Object::Boolean(true))]),
    );
    catalog.set("Metadata", Object::Reference(xmp_id));
    catalog.set(
        "OutputIntents",
        Object::Array(vec![Object::Dictionary(output_intent)]),
    );

    // The information dictionary: exactly what the XMP says.
    let date = id.date.format("D:%Y%m%d%H%M%S").to_string();
    let info = Dictionary::from_iter([
        ("Title", text_string(id.title)),
        ("Author", text_string(id.author)),
        ("Creator", text_string(id.creator)),
        ("Producer", text_string(id.producer)),
        ("CreationDate", Object::string_literal(date.clone())),
        ("ModDate", Object::string_literal(date)),
    ]);
    match lo.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(info_id) => {
            lo.objects.insert(info_id, Object::Dictionary(info));
        }
        Err(_) => {
            let info_id = lo.add_object(info);
            lo.trailer.set("Info", Object::Reference(info_id));
        }
    }
    Ok(())
}

/// A PDF text string: PDFDocEncoding for printable ASCII, else UTF-16BE
/// with a byte order mark (ISO 32000-1 § 7.9.2.2).
pub fn text_string(s: &str) -> Object {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in s.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// Escapes text for XML character data and attribute values.
fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The XMP packet: Dublin Core, XMP basic and Adobe PDF properties matching
/// the info dictionary, the PDF/A-2b and PDF/UA-1 identification, and the
/// extension schema that PDF/A requires for the `pdfuaid` namespace (ISO
/// 19005-2, 6.6.2.3).
pub fn xmp(id: &Identification) -> String {
    let date = id.date.format("%Y-%m-%dT%H:%M:%S").to_string();
    let e = xml_escape;
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <pdf:Producer>{producer}</pdf:Producer>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <pdfuaid:part>1</pdfuaid:part>
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        bom = '\u{FEFF}',
        title = e(id.title),
        author = e(id.author),
        lang = e(id.lang),
        creator = e(id.creator),
        producer = e(id.producer),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mcids_count_per_page_and_elements_keep_their_order() {
        let mut t = StructTree::new();
        let p = t.add(t.root(), "P");
        let h = t.add(t.root(), "H1");
        let mut content = Vec::new();
        t.begin(h, 0, &mut content);
        t.begin(p, 0, &mut content);
        end(&mut content);
        t.begin(p, 1, &mut content);
        artifact(Artifact::Footer, &mut content);
        assert_eq!(
            String::from_utf8(content).unwrap(),
            "/H1 <</MCID 0>> BDC\n/P <</MCID 1>> BDC\nEMC\n/P <</MCID 0>> BDC\n\
             /Artifact <</Type /Pagination /Subtype /Footer>> BDC\n"
        );
        assert_eq!(t.mcids_on(0), 2);
        assert_eq!(t.mcids_on(1), 1);
        assert_eq!(t.pages, vec![vec![h.0, p.0], vec![p.0]]);
        assert_eq!(
            t.elems[p.0].kids,
            vec![
                Kid::Content { page: 0, mcid: 1 },
                Kid::Content { page: 1, mcid: 0 }
            ]
        );
        assert_eq!(t.role(h), "H1");
    }

    #[test]
    fn text_strings_use_utf16_only_when_needed() {
        assert_eq!(
            text_string("Klage"),
            Object::String(b"Klage".to_vec(), StringFormat::Literal)
        );
        let Object::String(b, _) = text_string("Å") else {
            panic!()
        };
        assert_eq!(b, [0xFE, 0xFF, 0x00, 0xC5]);
    }

    #[test]
    fn xmp_escapes_and_identifies() {
        let x = xmp(&Identification {
            title: "A & B <c>",
            author: "Ø\u{1}",
            creator: "K",
            producer: "K",
            lang: "nb-NO",
            date: chrono::NaiveDate::from_ymd_opt(2025, 5, 1)
                .unwrap()
                .and_hms_opt(12, 0, 0)
                .unwrap(),
        });
        assert!(x.contains(">A &amp; B &lt;c&gt;<"));
        assert!(x.contains("<rdf:li>Ø</rdf:li>"));
        assert!(x.contains("<pdfaid:part>2</pdfaid:part>"));
        assert!(x.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
        assert!(x.contains("<pdfuaid:part>1</pdfuaid:part>"));
        assert!(x.contains("<xmp:CreateDate>2025-05-01T12:00:00</xmp:CreateDate>"));
    }
}
