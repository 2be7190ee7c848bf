//! Checks of the rules of ISO 19005-2 (PDF/A-2b) and ISO 14289-1 (PDF/UA-1)
//! that apply to the PDFs Klagehjelp writes, read with lopdf. Every check
//! panics with the document's name and the rule it broke: a letter that
//! fails a check fails loudly.
//!
//! `#[path]`-included by the PDF tests; the screen-reader order check (which
//! runs poppler's `pdfinfo -struct-text`) lives in `tests/pdf_tagged.rs`.
#![allow(dead_code)]
use lopdf::{Dictionary, Document as Lo, Object, ObjectId};
use std::collections::{BTreeMap, BTreeSet};

/// Standard structure types (ISO 32000-1 § 14.8.4) the writer may use.
const STANDARD_TYPES: &[&str] = &[
    "Document", "Part", "Art", "Sect", "Div", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L",
    "LI", "Lbl", "LBody", "Span", "Figure", "Table", "TR", "TH", "TD", "Caption", "Note",
];

/// A text string of the PDF (PDFDocEncoding or UTF-16BE with BOM).
pub fn text(obj: &Object) -> String {
    lopdf::decode_text_string(obj).unwrap_or_else(|e| panic!("not a text string {obj:?}: {e}"))
}

fn name(obj: &Object) -> String {
    String::from_utf8_lossy(
        obj.as_name()
            .unwrap_or_else(|_| panic!("not a name: {obj:?}")),
    )
    .into_owned()
}

fn deref<'a>(lo: &'a Lo, obj: &'a Object) -> &'a Object {
    lo.dereference(obj).expect("dangling reference").1
}

fn dict<'a>(lo: &'a Lo, d: &'a Dictionary, key: &str) -> &'a Dictionary {
    deref(
        lo,
        d.get(key.as_bytes())
            .unwrap_or_else(|_| panic!("missing /{key}")),
    )
    .as_dict()
    .unwrap_or_else(|_| panic!("/{key} is not a dictionary"))
}

/// What [`check`] found, for further assertions.
#[derive(Debug, Default)]
pub struct Report {
    /// Structure types in document order (depth first).
    pub roles: Vec<String>,
    /// Marked-content sequences with an MCID, per page.
    pub mcids: usize,
    /// Text-showing operators inside artifacts.
    pub artifact_texts: usize,
    /// The XMP packet.
    pub xmp: String,
}

/// Runs every check on `bytes`; `name` names the document in failures and
/// `lang` is the expected `/Lang`.
pub fn check(name_: &str, bytes: &[u8], lang: &str) -> Report {
    let fail = |rule: &str, why: String| -> ! {
        panic!("{name_}: {rule}: {why}");
    };
    // ISO 19005-2, 6.1.2: header and binary comment.
    if !bytes.starts_with(b"%PDF-1.7\n%") || !bytes[10..14].iter().all(|b| *b > 127) {
        fail(
            "ISO 19005-2 6.1.2 (file header)",
            format!("{:?}", &bytes[..16.min(bytes.len())]),
        );
    }
    let lo = Lo::load_mem(bytes).unwrap_or_else(|e| fail("PDF syntax", e.to_string()));
    // 6.1.3: trailer ID, no encryption.
    let ids = lo.trailer.get(b"ID").and_then(Object::as_array);
    match ids {
        Ok(a) if a.len() == 2 => {}
        _ => fail("ISO 19005-2 6.1.3 (file identifier)", format!("{ids:?}")),
    }
    if lo.trailer.get(b"Encrypt").is_ok() {
        fail("ISO 19005-2 6.1.3", "the file is encrypted".into());
    }
    let catalog = lo.catalog().unwrap();

    // ISO 14289-1 7.1: MarkInfo, DisplayDocTitle; 7.2: Lang.
    let marked = dict(&lo, catalog, "MarkInfo")
        .get(b"Marked")
        .and_then(Object::as_bool)
        .ok();
    if marked != Some(true) {
        fail(
            "ISO 14289-1 7.1 (MarkInfo /Marked true)",
            format!("{marked:?}"),
        );
    }
    let display = dict(&lo, catalog, "ViewerPreferences")
        .get(b"DisplayDocTitle")
        .and_then(Object::as_bool)
        .ok();
    if display != Some(true) {
        fail("ISO 14289-1 7.1 (DisplayDocTitle)", format!("{display:?}"));
    }
    let got_lang = text(catalog.get(b"Lang").unwrap_or(&Object::Null));
    if got_lang != lang {
        fail("ISO 14289-1 7.2 (/Lang)", got_lang);
    }

    // ISO 19005-2 6.2.3: a PDF/A output intent with an embedded RGB profile.
    let intents = deref(&lo, catalog.get(b"OutputIntents").unwrap_or(&Object::Null))
        .as_array()
        .unwrap_or_else(|_| fail("ISO 19005-2 6.2.3 (OutputIntents)", "missing".into()));
    let pdfa: Vec<&Dictionary> = intents
        .iter()
        .map(|i| deref(&lo, i).as_dict().unwrap())
        .filter(|d| d.get(b"S").ok().map(name).as_deref() == Some("GTS_PDFA1"))
        .collect();
    if pdfa.len() != 1 {
        fail(
            "ISO 19005-2 6.2.3 (one GTS_PDFA1 output intent)",
            format!("{intents:?}"),
        );
    }
    let profile = deref(&lo, pdfa[0].get(b"DestOutputProfile").unwrap())
        .as_stream()
        .unwrap();
    let icc = profile.get_plain_content().unwrap();
    let n = profile.dict.get(b"N").and_then(Object::as_i64).ok();
    if n != Some(3)
        || icc.len() < 128
        || &icc[36..40] != b"acsp"
        || &icc[16..20] != b"RGB "
        || !matches!(&icc[12..16], b"mntr" | b"prtr")
        || icc[8] > 4
    {
        fail(
            "ISO 19005-2 6.2.3 (DestOutputProfile: ICC, RGB, monitor or printer, version ≤ 4)",
            format!("N {n:?}, {} bytes", icc.len()),
        );
    }
    if pdfa[0].get(b"OutputConditionIdentifier").is_err() {
        fail(
            "ISO 19005-2 6.2.3",
            "OutputConditionIdentifier missing".into(),
        );
    }

    // ISO 19005-2 6.6: XMP metadata, identification, agreement with /Info.
    let meta = deref(&lo, catalog.get(b"Metadata").unwrap_or(&Object::Null))
        .as_stream()
        .unwrap_or_else(|_| fail("ISO 19005-2 6.6.2.1 (Metadata)", "missing".into()));
    if meta.dict.get(b"Filter").is_ok() {
        fail(
            "metadata stream",
            "compressed (readers that do not inflate cannot see it)".into(),
        );
    }
    let xmp = String::from_utf8(meta.content.clone())
        .unwrap_or_else(|e| fail("ISO 19005-2 6.6.2.1 (XMP is UTF-8)", e.to_string()));
    let header = xmp.lines().next().unwrap_or_default();
    if !header.starts_with("<?xpacket begin=")
        || header.contains("bytes=")
        || header.contains("encoding=")
    {
        fail("ISO 19005-2 6.6.2.1 (xpacket header)", header.into());
    }
    for needle in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>",
        // PDF/A requires an extension schema for the pdfuaid namespace.
        "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>",
        "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>",
    ] {
        if !xmp.contains(needle) {
            fail(
                "ISO 19005-2 6.6.4 / ISO 14289-1 5 (identification)",
                format!("no {needle}"),
            );
        }
    }
    let info_id = lo.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = lo.get_dictionary(info_id).unwrap();
    let xml_unescape = |s: &str| {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    };
    let xmp_value = |open: &str, close: &str| -> Option<String> {
        let start = xmp.find(open)? + open.len();
        let end = start + xmp[start..].find(close)?;
        Some(xml_unescape(&xmp[start..end]))
    };
    let pairs = [
        ("Title", "<rdf:li xml:lang=\"x-default\">", "</rdf:li>"),
        ("Author", "<dc:creator><rdf:Seq><rdf:li>", "</rdf:li>"),
        ("Creator", "<xmp:CreatorTool>", "</xmp:CreatorTool>"),
        ("Producer", "<pdf:Producer>", "</pdf:Producer>"),
    ];
    for (key, open, close) in pairs {
        let in_info = info.get(key.as_bytes()).map(text).ok();
        let in_xmp = xmp_value(open, close);
        if in_info.is_none() || in_info != in_xmp {
            fail(
                "ISO 19005-2 6.6.3 (Info and XMP agree)",
                format!("/{key} {in_info:?} vs XMP {in_xmp:?}"),
            );
        }
    }
    if info
        .get(b"Title")
        .map(text)
        .unwrap_or_default()
        .trim()
        .is_empty()
    {
        fail("ISO 14289-1 7.1 (dc:title)", "empty title".into());
    }
    for (key, open, close) in [
        ("CreationDate", "<xmp:CreateDate>", "</xmp:CreateDate>"),
        ("ModDate", "<xmp:ModifyDate>", "</xmp:ModifyDate>"),
    ] {
        let pdf_date = info.get(key.as_bytes()).map(text).unwrap_or_default();
        let x = xmp_value(open, close).unwrap_or_default();
        // D:YYYYMMDDHHmmSS ↔ YYYY-MM-DDTHH:mm:SS (no time zone in either).
        let as_pdf = format!("D:{}", x.replace(['-', ':', 'T'], ""));
        if pdf_date != as_pdf {
            fail(
                "ISO 19005-2 6.6.3 (dates agree)",
                format!("/{key} {pdf_date} vs XMP {x}"),
            );
        }
    }
    for key in ["Keywords", "Subject", "Trapped", "GTS_PDFXVersion"] {
        if info.get(key.as_bytes()).is_ok() {
            fail(
                "ISO 19005-2 6.6.3 (Info entry without XMP counterpart)",
                key.into(),
            );
        }
    }

    // Objects: no transparency (6.2.10 is about its proper use; this file
    // needs none), fonts embedded with the entries PDF/A asks for.
    for (oid, obj) in &lo.objects {
        let d = match obj {
            Object::Dictionary(d) => d,
            Object::Stream(s) => &s.dict,
            _ => continue,
        };
        let smask = d.get(b"SMask").map(name).ok();
        if smask.is_some_and(|s| s != "None") {
            fail("no transparency", format!("soft mask in {oid:?}"));
        }
        for key in [&b"CA"[..], b"ca"] {
            if let Ok(v) = d.get(key).and_then(Object::as_float)
                && v < 1.0
            {
                fail("no transparency", format!("alpha {v} in {oid:?}"));
            }
        }
        if let Ok(g) = d.get(b"Group").map(|g| deref(&lo, g))
            && g.as_dict()
                .ok()
                .and_then(|g| g.get(b"S").ok())
                .map(name)
                .as_deref()
                == Some("Transparency")
        {
            fail("no transparency", format!("transparency group in {oid:?}"));
        }
        if d.get(b"Type").ok().map(name).as_deref() == Some("Font") {
            check_font(&lo, *oid, d, name_);
        }
    }

    // Content: every painting operator inside tagged content or an artifact.
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let mut content_mcids: BTreeMap<(usize, i64), String> = BTreeMap::new();
    let mut report = Report {
        xmp: xmp.clone(),
        ..Report::default()
    };
    for (pi, &page) in pages.iter().enumerate() {
        let content = lo
            .get_and_decode_page_content(page)
            .unwrap_or_else(|e| fail("content stream", e.to_string()));
        // Stack of open sequences: Some(mcid) tagged, None artifact, or a
        // sequence that is neither (an optional-content or span marker).
        #[derive(Clone, Copy, PartialEq)]
        enum Mc {
            Tagged,
            Artifact,
            Other,
        }
        let mut stack: Vec<Mc> = Vec::new();
        for op in &content.operations {
            let in_tagged = stack.contains(&Mc::Tagged);
            let in_artifact = stack.contains(&Mc::Artifact);
            match op.operator.as_str() {
                "BDC" | "BMC" => {
                    let tag = name(&op.operands[0]);
                    let props = op.operands.get(1).map(|p| deref(&lo, p));
                    let mcid = props
                        .and_then(|p| p.as_dict().ok())
                        .and_then(|p| p.get(b"MCID").ok())
                        .and_then(|m| m.as_i64().ok());
                    let kind = if tag == "Artifact" {
                        Mc::Artifact
                    } else if let Some(mcid) = mcid {
                        if in_tagged || in_artifact {
                            fail(
                                "ISO 14289-1 7.1 (tagged content nested in tagged content or an artifact)",
                                format!("page {}, MCID {mcid}", pi + 1),
                            );
                        }
                        if content_mcids.insert((pi, mcid), tag.clone()).is_some() {
                            fail(
                                "ISO 32000-1 14.7.4 (MCID unique on its page)",
                                format!("page {}, MCID {mcid}", pi + 1),
                            );
                        }
                        report.mcids += 1;
                        Mc::Tagged
                    } else {
                        Mc::Other
                    };
                    stack.push(kind);
                }
                "EMC" if stack.pop().is_none() => {
                    fail(
                        "content stream",
                        format!("unbalanced EMC on page {}", pi + 1),
                    );
                }
                "Tj" | "TJ" | "'" | "\"" | "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b"
                | "b*" | "sh" | "Do" | "BI" => {
                    if !in_tagged && !in_artifact {
                        fail(
                            "ISO 14289-1 7.1 (content neither tagged nor an artifact)",
                            format!("`{}` on page {}", op.operator, pi + 1),
                        );
                    }
                    if matches!(op.operator.as_str(), "Tj" | "TJ") && in_artifact {
                        report.artifact_texts += 1;
                    }
                }
                _ => {}
            }
        }
        if !stack.is_empty() {
            fail("content stream", format!("unclosed BDC on page {}", pi + 1));
        }
    }

    // The structure tree: complete, consistent with the content and the
    // parent tree (ISO 32000-1 14.7).
    let root = dict(&lo, catalog, "StructTreeRoot");
    let root_id = catalog
        .get(b"StructTreeRoot")
        .unwrap()
        .as_reference()
        .unwrap();
    let mut owner: BTreeMap<(usize, i64), ObjectId> = BTreeMap::new();
    let page_index = |id: ObjectId| {
        pages
            .iter()
            .position(|p| *p == id)
            .unwrap_or_else(|| fail("structure tree", format!("/Pg {id:?} is not a page")))
    };
    let mut seen = BTreeSet::new();
    let mut walk_stack: Vec<(ObjectId, ObjectId)> = Vec::new();
    let kids = |o: &Object| -> Vec<Object> {
        match deref(&lo, o) {
            Object::Array(a) => a.clone(),
            other => vec![other.clone()],
        }
    };
    for k in kids(root.get(b"K").unwrap()).into_iter().rev() {
        walk_stack.push((k.as_reference().unwrap(), root_id));
    }
    while let Some((eid, parent)) = walk_stack.pop() {
        if !seen.insert(eid) {
            fail("structure tree", format!("element {eid:?} appears twice"));
        }
        let e = lo.get_dictionary(eid).unwrap();
        let role = name(e.get(b"S").unwrap());
        if !STANDARD_TYPES.contains(&role.as_str()) {
            fail("ISO 14289-1 7.1 (standard structure types)", role);
        }
        if e.get(b"P").and_then(Object::as_reference).ok() != Some(parent) {
            fail("structure tree", format!("{role} {eid:?}: wrong /P"));
        }
        report.roles.push(role.clone());
        let pg = e.get(b"Pg").and_then(Object::as_reference).ok();
        let mut children = Vec::new();
        for k in kids(e.get(b"K").unwrap_or(&Object::Array(vec![]))) {
            let mc = match &k {
                Object::Integer(m) => Some((
                    page_index(pg.unwrap_or_else(|| {
                        fail("structure tree", format!("{role}: MCID without /Pg"))
                    })),
                    *m,
                )),
                Object::Dictionary(d) if d.get(b"MCID").is_ok() => Some((
                    page_index(
                        d.get(b"Pg")
                            .and_then(Object::as_reference)
                            .ok()
                            .or(pg)
                            .unwrap(),
                    ),
                    d.get(b"MCID").unwrap().as_i64().unwrap(),
                )),
                Object::Reference(r) => {
                    children.push(*r);
                    None
                }
                other => fail(
                    "structure tree",
                    format!("{role}: unexpected kid {other:?}"),
                ),
            };
            if let Some(mc) = mc {
                match content_mcids.get(&mc) {
                    Some(tag) if *tag == role => {}
                    Some(tag) => fail(
                        "structure tree",
                        format!("{role} owns page {} MCID {} tagged {tag}", mc.0 + 1, mc.1),
                    ),
                    None => fail(
                        "structure tree",
                        format!(
                            "{role} refers to page {} MCID {}, not in the content",
                            mc.0 + 1,
                            mc.1
                        ),
                    ),
                }
                if owner.insert(mc, eid).is_some() {
                    fail(
                        "structure tree",
                        format!("page {} MCID {} owned twice", mc.0 + 1, mc.1),
                    );
                }
            }
        }
        for c in children.into_iter().rev() {
            walk_stack.push((c, eid));
        }
    }
    let missing: Vec<_> = content_mcids
        .keys()
        .filter(|k| !owner.contains_key(k))
        .collect();
    if !missing.is_empty() {
        fail(
            "ISO 14289-1 7.1 (tagged content outside the structure tree)",
            format!("{missing:?}"),
        );
    }
    // Parent tree: page /StructParents → array MCID → owning element.
    let parent_tree = dict(&lo, root, "ParentTree");
    let nums = deref(&lo, parent_tree.get(b"Nums").unwrap())
        .as_array()
        .unwrap();
    let mut by_key = BTreeMap::new();
    for pair in nums.chunks(2) {
        by_key.insert(
            pair[0].as_i64().unwrap(),
            deref(&lo, &pair[1]).as_array().unwrap().clone(),
        );
    }
    let next_key = root
        .get(b"ParentTreeNextKey")
        .and_then(Object::as_i64)
        .unwrap_or(0);
    for (pi, &page) in pages.iter().enumerate() {
        let pd = lo.get_dictionary(page).unwrap();
        let on_page: Vec<_> = owner.range((pi, i64::MIN)..=(pi, i64::MAX)).collect();
        if on_page.is_empty() {
            continue;
        }
        let key = pd
            .get(b"StructParents")
            .and_then(Object::as_i64)
            .unwrap_or_else(|_| {
                fail(
                    "ISO 32000-1 14.7.4.4",
                    format!("page {} has no /StructParents", pi + 1),
                )
            });
        if key >= next_key {
            fail("ISO 32000-1 14.7.4.4", "ParentTreeNextKey too small".into());
        }
        let arr = by_key.get(&key).unwrap_or_else(|| {
            fail(
                "ISO 32000-1 14.7.4.4",
                format!("no parent tree entry for page {}", pi + 1),
            )
        });
        for (&(_, mcid), &elem) in on_page {
            if arr.get(mcid as usize).and_then(|o| o.as_reference().ok()) != Some(elem) {
                fail(
                    "ISO 32000-1 14.7.4.4 (parent tree)",
                    format!("page {} MCID {mcid}", pi + 1),
                );
            }
        }
    }
    // Headings: no level skipped, starting at H1 (ISO 14289-1 7.4.2).
    let mut level = 0;
    for r in &report.roles {
        if let Some(n) = r.strip_prefix('H').and_then(|n| n.parse::<u32>().ok()) {
            if n > level + 1 {
                fail(
                    "ISO 14289-1 7.4.2 (heading levels)",
                    format!("{r} after H{level}"),
                );
            }
            level = n;
        }
    }
    report
}

/// Fonts: embedded, with /ToUnicode, /CIDToGIDMap for CIDFontType2 (ISO
/// 19005-2 6.2.11.3, 6.2.11.4; ISO 14289-1 7.21).
fn check_font(lo: &Lo, oid: ObjectId, d: &Dictionary, doc: &str) {
    let fail = |rule: &str, why: String| -> ! {
        panic!("{doc}: {rule}: {why}");
    };
    let sub = d.get(b"Subtype").map(name).unwrap_or_default();
    match sub.as_str() {
        "Type0" => {
            if d.get(b"ToUnicode").is_err() {
                fail("ISO 14289-1 7.21.7 (ToUnicode)", format!("{oid:?}"));
            }
            let desc = deref(lo, d.get(b"DescendantFonts").unwrap())
                .as_array()
                .unwrap();
            let cid = deref(lo, &desc[0]).as_dict().unwrap();
            let fd = dict(lo, cid, "FontDescriptor");
            if !["FontFile", "FontFile2", "FontFile3"]
                .iter()
                .any(|k| fd.get(k.as_bytes()).is_ok())
            {
                fail("ISO 19005-2 6.2.11.4.1 (font embedded)", format!("{oid:?}"));
            }
            if cid.get(b"Subtype").ok().map(name).as_deref() == Some("CIDFontType2")
                && cid.get(b"CIDToGIDMap").is_err()
            {
                fail("ISO 19005-2 6.2.11.3.2 (CIDToGIDMap)", format!("{oid:?}"));
            }
        }
        "CIDFontType0" | "CIDFontType2" => {}
        other => fail(
            "ISO 19005-2 6.2.11.4.1 (only embedded composite fonts expected)",
            format!("{other} {oid:?}"),
        ),
    }
}
