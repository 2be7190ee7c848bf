//! The bundle: one PDF with the letter, a list of its attachments, the
//! fullmakt and every attached file in order, ready to upload or print.
//!
//! * Every page of an attachment is stamped at its top, in the letter's
//!   language: "Vedlegg N – title – name – DUF – side x av y" (the pages are
//!   counted over all files of the attachment). The stamp is text laid out
//!   by the letter's own layout; the attachment's page is drawn as a Form
//!   XObject (clipped to its own crop box) or an image, scaled down into the
//!   box below the stamp, so it can never cover the stamp nor the stamp it.
//! * Bookmarks (outline) for the letter, the list, the fullmakt and each
//!   attachment; the viewer opens with them shown.
//! * Structure: each attachment page is a `Figure` with alternative text
//!   after its stamp's `P` in the letter's structure tree.
//! * PDF/A-2b and PDF/UA-1 when every attached PDF declares PDF/A (photos are
//!   redrawn by us and always qualify); otherwise the identification is taken
//!   out of the metadata and [`Bundle::notices`] says which files are why.
//! * The core receives the files' bytes; only the CLI and the app read files.
//!   The same input always gives the same bytes.
use crate::attachment::{self, FileError, Photo, Prepared};
use crate::case::Case;
use crate::i18n::{FluentValue, UserFacing, t, tr};
use crate::letter::Letter;
use crate::pdf::layout::{PAGE_HEIGHT, PAGE_WIDTH, mm};
use crate::pdf::tagged::text_string;
use crate::pdf::{self, Block, Document, PdfError, writer};
use crate::{Lang, duf};
use lopdf::{Dictionary, Object, ObjectId, Stream};
use serde::Serialize;
use std::collections::HashMap;

/// A file handed in by the host: its name (for messages) and its bytes.
#[derive(Debug, Clone)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Left and right margin of an attachment page's content box.
pub const BOX_SIDE: f32 = mm(15.0);
/// Bottom margin of an attachment page's content box.
pub const BOX_BOTTOM: f32 = mm(12.0);
/// Space between the stamp and the content box.
pub const BOX_GAP: f32 = mm(3.0);
/// The box photos are prepared for (the largest content box; a stamp of one
/// line leaves this much).
const PHOTO_BOX: (f32, f32) = (PAGE_WIDTH - 2.0 * BOX_SIDE, mm(250.0));

/// How far the bundle has come: `done` of `total` steps (one per file, and
/// one for writing the PDF).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// One file of a split bundle.
#[derive(Debug, Clone)]
pub struct Part {
    /// A file name safe on Windows, macOS and Linux, e.g. `Vedlegg-2-Arbeidskontrakt.pdf`.
    pub file_name: String,
    pub pdf: Vec<u8>,
}

/// The finished bundle.
#[derive(Debug, Clone)]
pub struct Bundle {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Whether the bundle is PDF/A-2b and PDF/UA-1 (see the module docs).
    pub pdfa: bool,
    /// What the user should know (why the bundle is not PDF/A, no files), in
    /// the language asked for.
    pub notices: Vec<String>,
    /// With `split`: the letter and one file per attachment with files.
    pub parts: Vec<Part>,
}

/// Why a bundle could not be made.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    /// A file cannot be attached: `attachment` and `file` index the case's
    /// `attachments[attachment].files[file]`.
    #[error("attachments[{attachment}].files[{file}]: {error}")]
    File {
        attachment: usize,
        file: usize,
        error: FileError,
    },
    #[error(transparent)]
    Pdf(#[from] PdfError),
}

impl BundleError {
    /// The case field the problem is about (e.g. `attachments[1].files[0]`).
    pub fn field(&self) -> String {
        match self {
            BundleError::File {
                attachment, file, ..
            } => format!("attachments[{attachment}].files[{file}]"),
            BundleError::Pdf(_) => "letter".into(),
        }
    }
}

impl UserFacing for BundleError {
    fn code(&self) -> &'static str {
        match self {
            BundleError::File { error, .. } => error.code(),
            BundleError::Pdf(e) => e.code(),
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            BundleError::File { error, .. } => error.message(lang),
            BundleError::Pdf(e) => e.message(lang),
        }
    }
}

/// A file name safe on Windows, macOS and Linux: no `< > : " / \ | ? *`,
/// no control characters, spaces as `-`, no trailing dot, at most 80
/// characters before the extension.
pub fn safe_file_name(stem: &str, ext: &str) -> String {
    let mut out = String::new();
    for c in stem.chars() {
        let c = match c {
            '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*' => '-',
            c if c.is_control() || pdf::layout::is_invisible_control(c) => continue,
            c if c.is_whitespace() => '-',
            c => c,
        };
        if c == '-' && out.ends_with('-') {
            continue;
        }
        out.push(c);
    }
    let mut out: String = out.chars().take(80).collect();
    while out.ends_with(['-', '.', ' ']) {
        out.pop();
    }
    while out.starts_with(['-', '.']) {
        out.remove(0);
    }
    if out.is_empty() {
        out.push_str("fil");
    }
    format!("{out}.{ext}")
}

/// What goes on an attachment page.
enum Content<'a> {
    Pdf { source: usize, page: ObjectId },
    Photo(&'a Photo),
}

/// An attachment page: the stamp's block and what is drawn below it.
struct Slot<'a> {
    block: usize,
    content: Content<'a>,
    alt: String,
}

/// A document to assemble: the blocks (letter and stamps), what goes on the
/// stamped pages, the bookmarks (title, first block).
struct Plan<'a> {
    doc: Document,
    slots: Vec<Slot<'a>>,
    outline: Vec<(String, usize)>,
}

/// Builds the bundle of `letter` for `case` with `files[i]` the files of
/// `case.attachments[i]` (missing entries: no files). Messages (notices,
/// errors) in `lang`; the bundle's own text in the letter's language.
/// `progress` is called after each file and at the end.
pub fn build(
    letter: &Letter,
    case: &Case,
    files: &[Vec<InputFile>],
    lang: Lang,
    split: bool,
    progress: &mut dyn FnMut(Progress),
) -> Result<Bundle, BundleError> {
    let llang = letter.lang;
    // A stand-alone deferral request carries no documents (as the letter).
    let documents: &[crate::case::Attachment] = if letter.kind.carries_documents() {
        &case.attachments
    } else {
        &[]
    };
    let offset = usize::from(letter.has_fullmakt);
    let jobs: Vec<(usize, usize, &InputFile)> = documents
        .iter()
        .enumerate()
        .flat_map(|(i, _)| {
            files
                .get(i)
                .into_iter()
                .flatten()
                .enumerate()
                .map(move |(j, f)| (i, j, f))
        })
        .collect();
    let total = jobs.len() + 1;
    let prepared = prepare_all(&jobs, &mut |done| progress(Progress { done, total }))?;
    // prepared[k] belongs to jobs[k]; group by attachment.
    let mut by_attachment: Vec<Vec<(&InputFile, &Prepared)>> = vec![Vec::new(); documents.len()];
    for ((i, _, f), p) in jobs.iter().zip(&prepared) {
        by_attachment[*i].push((f, p));
    }

    let today = letter.document.created.date();
    let duf = duf::parse(&case.duf, today)
        .map(|d| d.display)
        .unwrap_or_else(|_| case.duf.trim().to_string());
    let name = case.applicant_name();

    // The letter and the fullmakt, without the sheet of labels to cut out
    // (nothing is cut in a bundle).
    let mut head: Vec<Block> = letter.document.blocks.clone();
    if let Some(labels) = head.iter().position(|b| *b == Block::Section(None)) {
        head.truncate(labels);
    }
    let letter_end = head
        .iter()
        .position(|b| matches!(b, Block::Section(_)))
        .unwrap_or(head.len());
    let mut list = vec![
        Block::PageBreak,
        Block::Heading(tr(llang, "bundle-list-title", &[])),
    ];
    if letter.has_fullmakt {
        list.push(Block::ListItem {
            label: "1.".into(),
            text: t(llang, "letter-fullmakt-title"),
        });
    }
    for (i, a) in documents.iter().enumerate() {
        let pages: usize = by_attachment[i].iter().map(|(_, p)| p.pages()).sum();
        let title = a.title.trim().to_string();
        let text = if pages == 0 {
            tr(llang, "bundle-list-missing", &[("title", title.into())])
        } else {
            tr(
                llang,
                "bundle-list-item",
                &[("title", title.into()), ("pages", pages.into())],
            )
        };
        list.push(Block::ListItem {
            label: format!("{}.", i + 1 + offset),
            text,
        });
    }
    let list_start = letter_end + 1;
    head.splice(letter_end..letter_end, list);

    let mut outline = vec![
        (t(llang, "bundle-outline-letter"), 0),
        (tr(llang, "bundle-list-title", &[]), list_start),
    ];
    if letter.has_fullmakt
        && let Some(s) = head
            .iter()
            .skip(list_start)
            .position(|b| matches!(b, Block::Section(Some(_))))
    {
        outline.push((
            tr(
                llang,
                "bundle-outline-attachment",
                &[
                    ("n", 1.into()),
                    ("title", t(llang, "letter-fullmakt-title").into()),
                ],
            ),
            list_start + s + 1,
        ));
    }
    let head_len = head.len();
    let mut plan = Plan {
        doc: Document {
            blocks: head,
            ..letter.document.clone()
        },
        slots: Vec::new(),
        outline,
    };
    // Stamped pages and their parts (attachment index, plan of the part).
    let mut part_plans: Vec<(usize, Plan)> = Vec::new();
    for (i, a) in documents.iter().enumerate() {
        let pages: usize = by_attachment[i].iter().map(|(_, p)| p.pages()).sum();
        if pages == 0 {
            continue;
        }
        let n = i + 1 + offset;
        let title = a.title.trim().to_string();
        let heading = tr(
            llang,
            "bundle-outline-attachment",
            &[("n", n.into()), ("title", title.clone().into())],
        );
        let mut part = split.then(|| Plan {
            doc: Document {
                title: heading.clone(),
                blocks: Vec::new(),
                footer: String::new(),
                ..letter.document.clone()
            },
            slots: Vec::new(),
            outline: vec![(heading.clone(), 0)],
        });
        plan.outline.push((heading, plan.doc.blocks.len() + 1));
        let mut page = 0;
        for (source, (_, prepared)) in by_attachment[i].iter().enumerate() {
            let source = jobs
                .iter()
                .position(|(ai, fj, _)| *ai == i && *fj == source)
                .expect("every prepared file has its job");
            let contents: Vec<Content> = match prepared {
                Prepared::Pdf(p) => p
                    .doc
                    .get_pages()
                    .into_values()
                    .map(|page| Content::Pdf { source, page })
                    .collect(),
                Prepared::Photo(ph) => vec![Content::Photo(ph)],
            };
            for content in contents {
                page += 1;
                let args = |page: usize| -> Vec<(&str, FluentValue)> {
                    vec![
                        ("n", n.into()),
                        ("title", title.clone().into()),
                        ("name", name.clone().into()),
                        ("duf", duf.clone().into()),
                        ("page", page.into()),
                        ("pages", pages.into()),
                    ]
                };
                let stamp = tr(llang, "bundle-stamp", &args(page));
                let alt = tr(llang, "bundle-figure-alt", &args(page));
                for plan in std::iter::once(&mut plan).chain(part.as_mut()) {
                    // No footer: the stamp says which page it is.
                    if !plan.doc.blocks.is_empty() {
                        plan.doc.blocks.push(Block::Section(None));
                    }
                    plan.doc.blocks.push(Block::Lines(vec![stamp.clone()]));
                    plan.slots.push(Slot {
                        block: plan.doc.blocks.len() - 1,
                        content: match &content {
                            Content::Pdf { source, page } => Content::Pdf {
                                source: *source,
                                page: *page,
                            },
                            Content::Photo(p) => Content::Photo(p),
                        },
                        alt: alt.clone(),
                    });
                }
            }
        }
        // Bundle documents always start with a section (the first block is
        // the letter's); a part starts with its first stamp.
        if let Some(p) = part {
            part_plans.push((i, p));
        }
    }

    let sources: Vec<Option<&lopdf::Document>> = prepared
        .iter()
        .map(|p| match p {
            Prepared::Pdf(f) => Some(&f.doc),
            Prepared::Photo(_) => None,
        })
        .collect();
    let not_pdfa: Vec<String> = jobs
        .iter()
        .zip(&prepared)
        .filter(|(_, p)| matches!(p, Prepared::Pdf(f) if !f.pdfa))
        .map(|((_, _, f), _)| f.name.clone())
        .collect();
    let pdfa = not_pdfa.is_empty();
    let mut notices = Vec::new();
    if !pdfa {
        notices.push(tr(
            lang,
            "bundle-not-pdfa",
            &[("files", not_pdfa.join(", ").into())],
        ));
    }
    if jobs.is_empty() {
        notices.push(t(lang, "bundle-no-files"));
    }
    // Only a page's content is drawn: what lies on it as annotations
    // (filled-in form fields, comments, stamps) is not. Said, not hidden.
    let annotated: Vec<String> = jobs
        .iter()
        .zip(&prepared)
        .filter(|(_, p)| matches!(p, Prepared::Pdf(f) if has_annotations(&f.doc)))
        .map(|((_, _, f), _)| f.name.clone())
        .collect();
    if !annotated.is_empty() {
        notices.push(tr(
            lang,
            "files-annotations-dropped",
            &[("files", annotated.join(", ").into())],
        ));
    }

    let (pdf, pages) = assemble(&plan, &sources, pdfa)?;
    let mut parts = Vec::new();
    if split {
        let letter_plan = Plan {
            doc: Document {
                blocks: plan.doc.blocks[..head_len].to_vec(),
                ..plan.doc.clone()
            },
            slots: Vec::new(),
            outline: plan
                .outline
                .iter()
                .filter(|(_, b)| *b < head_len)
                .cloned()
                .collect(),
        };
        let (letter_pdf, _) = assemble(&letter_plan, &sources, true)?;
        parts.push(Part {
            file_name: safe_file_name(&letter.kind.name(llang), "pdf"),
            pdf: letter_pdf,
        });
        for (i, p) in &part_plans {
            let part_pdfa = jobs
                .iter()
                .zip(&prepared)
                .filter(|((ai, _, _), _)| ai == i)
                .all(|(_, p)| !matches!(p, Prepared::Pdf(f) if !f.pdfa));
            let (bytes, _) = assemble(p, &sources, part_pdfa)?;
            let stem = format!(
                "{}-{}-{}",
                "Vedlegg",
                i + 1 + offset,
                documents[*i].title.trim()
            );
            parts.push(Part {
                file_name: safe_file_name(&stem, "pdf"),
                pdf: bytes,
            });
        }
    }
    progress(Progress { done: total, total });
    Ok(Bundle {
        pdf,
        pages,
        pdfa,
        notices,
        parts,
    })
}

/// Checks and prepares every file, on as many threads as there are cores
/// (decoding and re-compressing photos is most of a bundle's time).
fn prepare_all(
    jobs: &[(usize, usize, &InputFile)],
    progress: &mut dyn FnMut(usize),
) -> Result<Vec<Prepared>, BundleError> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len())
        .max(1);
    let (tx, rx) = std::sync::mpsc::channel();
    let mut out: Vec<Option<Prepared>> = (0..jobs.len()).map(|_| None).collect();
    let mut first_error: Option<(usize, BundleError)> = None;
    std::thread::scope(|s| {
        for _ in 0..threads {
            let tx = tx.clone();
            let next = &next;
            s.spawn(move || {
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    let Some((i, j, f)) = jobs.get(k) else { break };
                    let r = attachment::prepare(&f.name, &f.bytes, PHOTO_BOX.0, PHOTO_BOX.1)
                        .map_err(|error| BundleError::File {
                            attachment: *i,
                            file: *j,
                            error,
                        });
                    if tx.send((k, r)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut done = 0;
        for (k, r) in rx {
            done += 1;
            match r {
                Ok(p) => out[k] = Some(p),
                // The first problem in the order of the files is reported.
                Err(e) => {
                    if first_error.as_ref().is_none_or(|(fk, _)| k < *fk) {
                        first_error = Some((k, e));
                    }
                }
            }
            progress(done);
        }
    });
    if let Some((_, e)) = first_error {
        return Err(e);
    }
    Ok(out
        .into_iter()
        .map(|p| p.expect("every job answered"))
        .collect())
}

/// A 2-D affine transformation `[a b c d e f]` (ISO 32000-1 § 8.3.3).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix([f32; 6]);

impl Matrix {
    fn translate(x: f32, y: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }
    fn scale(s: f32) -> Matrix {
        Matrix([s, 0.0, 0.0, s, 0.0, 0.0])
    }
    /// `self` first, then `next`.
    fn then(self, next: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = next.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }
    #[cfg(test)]
    fn apply(self, x: f32, y: f32) -> (f32, f32) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }
    fn operand(self) -> String {
        self.0
            .iter()
            .map(|v| format!("{:.4}", v))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Whether a page of `doc` carries annotations that show something (ISO
/// 32000-1 § 12.5): anything but links (only a place to click) and pop-ups
/// (shown with their parent), and not hidden (flag bit 2).
fn has_annotations(doc: &lopdf::Document) -> bool {
    let deref = |o: &Object| -> Option<Object> {
        match o {
            Object::Reference(id) => doc.get_object(*id).ok().cloned(),
            o => Some(o.clone()),
        }
    };
    doc.get_pages().values().any(|page| {
        let Some(annots) = doc
            .get_dictionary(*page)
            .ok()
            .and_then(|d| d.get(b"Annots").ok())
            .and_then(deref)
        else {
            return false;
        };
        let Ok(list) = annots.as_array() else {
            return false;
        };
        list.iter().filter_map(deref).any(|a| {
            let Ok(d) = a.as_dict() else { return false };
            let subtype = d.get(b"Subtype").and_then(Object::as_name).unwrap_or(b"");
            let hidden = d
                .get(b"F")
                .and_then(Object::as_i64)
                .is_ok_and(|f| f & 2 != 0);
            !hidden && subtype != b"Link" && subtype != b"Popup"
        })
    })
}

/// An inherited page attribute (ISO 32000-1 § 7.7.3.4).
fn inherited<'a>(doc: &'a lopdf::Document, page: ObjectId, key: &[u8]) -> Option<&'a Object> {
    let mut dict = doc.get_dictionary(page).ok()?;
    for _ in 0..64 {
        if let Ok(v) = dict.get(key) {
            return Some(v);
        }
        let parent = dict.get(b"Parent").and_then(Object::as_reference).ok()?;
        dict = doc.get_dictionary(parent).ok()?;
    }
    None
}

/// A rectangle `[x0 y0 x1 y1]`, normalised.
fn rect(doc: &lopdf::Document, obj: Option<&Object>) -> Option<[f32; 4]> {
    let obj = obj?;
    let obj = match obj {
        Object::Reference(id) => doc.get_object(*id).ok()?,
        o => o,
    };
    let a = obj.as_array().ok()?;
    if a.len() != 4 {
        return None;
    }
    let mut v = [0.0f32; 4];
    for (i, o) in a.iter().enumerate() {
        let o = match o {
            Object::Reference(id) => doc.get_object(*id).ok()?,
            o => o,
        };
        v[i] = o.as_float().ok()?;
    }
    Some([
        v[0].min(v[2]),
        v[1].min(v[3]),
        v[0].max(v[2]),
        v[1].max(v[3]),
    ])
}

/// Copies `obj` and everything it refers to from `src` into `dst`, once
/// per source object (`map`). Page-tree links (`/Parent`) are not followed.
fn import(
    obj: &Object,
    src: &lopdf::Document,
    dst: &mut lopdf::Document,
    map: &mut HashMap<ObjectId, ObjectId>,
) -> Object {
    match obj {
        Object::Reference(id) => {
            if let Some(n) = map.get(id) {
                return Object::Reference(*n);
            }
            let new = dst.new_object_id();
            map.insert(*id, new);
            let copied = match src.get_object(*id) {
                Ok(o) => import(o, src, dst, map),
                Err(_) => Object::Null,
            };
            dst.objects.insert(new, copied);
            Object::Reference(new)
        }
        Object::Array(a) => Object::Array(a.iter().map(|o| import(o, src, dst, map)).collect()),
        Object::Dictionary(d) => Object::Dictionary(import_dict(d, src, dst, map)),
        Object::Stream(s) => {
            let mut st = Stream::new(import_dict(&s.dict, src, dst, map), s.content.clone());
            st.allows_compression = s.allows_compression;
            Object::Stream(st)
        }
        o => o.clone(),
    }
}

fn import_dict(
    d: &Dictionary,
    src: &lopdf::Document,
    dst: &mut lopdf::Document,
    map: &mut HashMap<ObjectId, ObjectId>,
) -> Dictionary {
    let mut out = Dictionary::new();
    for (k, v) in d.iter() {
        if k == b"Parent" {
            continue;
        }
        out.set(k.clone(), import(v, src, dst, map));
    }
    out
}

/// The name of the XObject drawn on an attachment page.
const XOBJECT: &str = "KhAttachment";

/// Renders the plan's document, then draws each slot's content below its
/// stamp, adds the structure, bookmarks and identification. Returns the
/// bytes and the page count.
fn assemble(
    plan: &Plan,
    sources: &[Option<&lopdf::Document>],
    pdfa: bool,
) -> Result<(Vec<u8>, usize), BundleError> {
    let write_err =
        |e: lopdf::Error| PdfError::Write(format!("could not assemble the bundle: {e}"));
    let rendered = pdf::render(&plan.doc)?;
    let blocks = pdf::block_pages(&plan.doc)?;
    let mut lo = lopdf::Document::load_mem(&rendered).map_err(write_err)?;
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let page_of_block = |block: usize| -> Option<(usize, f32)> {
        // A block of several lines is several entries: the lowest counts.
        blocks.iter().enumerate().find_map(|(i, bs)| {
            bs.iter()
                .filter(|(b, _)| *b == block)
                .map(|(_, bottom)| *bottom)
                .reduce(f32::max)
                .map(|bottom| (i, bottom))
        })
    };
    let mut maps: Vec<HashMap<ObjectId, ObjectId>> = vec![HashMap::new(); sources.len()];
    let structure = Structure::find(&lo).map_err(write_err)?;
    for slot in &plan.slots {
        let Some((page_ix, stamp_bottom)) = page_of_block(slot.block) else {
            return Err(PdfError::Write("an attachment page was not laid out".into()).into());
        };
        let page = pages[page_ix];
        // The box below the stamp, in PDF coordinates (origin bottom left).
        let top = PAGE_HEIGHT - stamp_bottom - BOX_GAP;
        let (bx, by, bw, bh) = (
            BOX_SIDE,
            BOX_BOTTOM,
            PAGE_WIDTH - 2.0 * BOX_SIDE,
            top - BOX_BOTTOM,
        );
        let (xobject, m) = match &slot.content {
            Content::Pdf {
                source,
                page: src_page,
            } => {
                let src = sources[*source].expect("a PDF source");
                let (form, w, h, to_upright) =
                    form_xobject(src, *src_page, &mut lo, &mut maps[*source]).map_err(write_err)?;
                let s = (bw / w).min(bh / h).min(1.0);
                let m = to_upright
                    .then(Matrix::scale(s))
                    .then(Matrix::translate(bx + (bw - w * s) / 2.0, by + bh - h * s));
                (form, m)
            }
            Content::Photo(p) => {
                let img = lo.add_object(image_xobject(p));
                let (w, h) = (p.width as f32, p.height as f32);
                let s = (bw / w).min(bh / h).min(72.0 / 96.0);
                let (dw, dh) = (w * s, h * s);
                // An image is drawn in the unit square.
                let m = Matrix([dw, 0.0, 0.0, dh, 0.0, 0.0])
                    .then(Matrix::translate(bx + (bw - dw) / 2.0, by + bh - dh));
                (img, m)
            }
        };
        let mcid = structure
            .add_figure(&mut lo, page, &slot.alt)
            .map_err(write_err)?;
        add_to_page(&mut lo, page, xobject, m, mcid).map_err(write_err)?;
    }

    // Bookmarks.
    let marks: Vec<(String, ObjectId)> = plan
        .outline
        .iter()
        .filter_map(|(title, block)| {
            // A bookmark to the first block at or after `block` that is laid out.
            (*block..plan.doc.blocks.len())
                .find_map(page_of_block)
                .map(|(p, _)| (title.clone(), pages[p]))
        })
        .collect();
    add_outline(&mut lo, &marks).map_err(write_err)?;
    if !pdfa {
        drop_identification(&mut lo).map_err(write_err)?;
    }
    // The XMP stays uncompressed, so that any tool can read it.
    if let Ok(id) = lo
        .catalog()
        .and_then(|c| c.get(b"Metadata")?.as_reference())
        && let Ok(Object::Stream(s)) = lo.get_object_mut(id)
    {
        s.allows_compression = false;
    }
    writer::compress(&mut lo);
    writer::set_placeholder_id(&mut lo).map_err(write_err)?;
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| PdfError::Write(format!("could not serialise the bundle: {e}")))?;
    writer::set_file_id(&mut out);
    Ok((out, pages.len()))
}

/// A page of `src` as a Form XObject in `dst`: its id, its upright width and
/// height, and the matrix that turns it upright at the origin (the page's
/// `/Rotate` applied, its crop box moved to 0,0).
fn form_xobject(
    src: &lopdf::Document,
    page: ObjectId,
    dst: &mut lopdf::Document,
    map: &mut HashMap<ObjectId, ObjectId>,
) -> lopdf::Result<(ObjectId, f32, f32, Matrix)> {
    let media = rect(src, inherited(src, page, b"MediaBox")).unwrap_or([0.0, 0.0, 595.0, 842.0]);
    let crop = rect(src, inherited(src, page, b"CropBox"))
        .map(|c| {
            [
                c[0].max(media[0]),
                c[1].max(media[1]),
                c[2].min(media[2]),
                c[3].min(media[3]),
            ]
        })
        .filter(|c| c[2] > c[0] && c[3] > c[1])
        .unwrap_or(media);
    let rotate = inherited(src, page, b"Rotate")
        .and_then(|o| o.as_i64().ok())
        .unwrap_or(0)
        .rem_euclid(360);
    let (w, h) = (crop[2] - crop[0], crop[3] - crop[1]);
    let to_origin = Matrix::translate(-crop[0], -crop[1]);
    // `/Rotate` turns the page clockwise when shown (ISO 32000-1 § 7.7.3.3).
    let (turn, uw, uh) = match rotate {
        90 => (Matrix([0.0, -1.0, 1.0, 0.0, 0.0, w]), h, w),
        180 => (Matrix([-1.0, 0.0, 0.0, -1.0, w, h]), w, h),
        270 => (Matrix([0.0, 1.0, -1.0, 0.0, h, 0.0]), h, w),
        _ => (Matrix::scale(1.0), w, h),
    };
    let resources = match inherited(src, page, b"Resources") {
        Some(r) => import(r, src, dst, map),
        None => Object::Dictionary(Dictionary::new()),
    };
    let content = src.get_page_content_with_limit(page, attachment::MAX_CONTENT_BYTES)?;
    let bbox = Object::Array(crop.iter().map(|v| Object::Real(*v)).collect());
    let form = Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"XObject".to_vec())),
            ("Subtype", Object::Name(b"Form".to_vec())),
            ("BBox", bbox),
            ("Resources", resources),
        ]),
        content,
    );
    Ok((dst.add_object(form), uw, uh, to_origin.then(turn)))
}

fn image_xobject(p: &Photo) -> Stream {
    let mut s = Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"XObject".to_vec())),
            ("Subtype", Object::Name(b"Image".to_vec())),
            ("Width", Object::Integer(i64::from(p.width))),
            ("Height", Object::Integer(i64::from(p.height))),
            (
                "ColorSpace",
                Object::Name(if p.gray {
                    b"DeviceGray".to_vec()
                } else {
                    b"DeviceRGB".to_vec()
                }),
            ),
            ("BitsPerComponent", Object::Integer(8)),
            ("Filter", Object::Name(p.filter.as_bytes().to_vec())),
        ]),
        p.data.clone(),
    );
    s.allows_compression = false;
    s
}

/// Draws `xobject` with `m` on `page`, inside a `Figure` marked-content
/// sequence with `mcid`, after the page's own content (kept in `q … Q`).
fn add_to_page(
    lo: &mut lopdf::Document,
    page: ObjectId,
    xobject: ObjectId,
    m: Matrix,
    mcid: i64,
) -> lopdf::Result<()> {
    let push = b"q\n".to_vec();
    let draw = format!(
        "Q\n/Figure <</MCID {mcid}>> BDC\nq {} cm /{XOBJECT} Do Q\nEMC\n",
        m.operand()
    )
    .into_bytes();
    let push_id = lo.add_object(Stream::new(Dictionary::new(), push));
    let draw_id = lo.add_object(Stream::new(Dictionary::new(), draw));
    let page_dict = lo.get_dictionary(page)?.clone();
    let mut contents = vec![Object::Reference(push_id)];
    match page_dict.get(b"Contents") {
        Ok(Object::Array(a)) => contents.extend(a.iter().cloned()),
        Ok(o) => contents.push(o.clone()),
        Err(_) => {}
    }
    contents.push(Object::Reference(draw_id));
    // Resources may be shared between pages: give this page its own copy.
    let mut resources = match page_dict.get(b"Resources") {
        Ok(Object::Reference(id)) => lo.get_dictionary(*id)?.clone(),
        Ok(Object::Dictionary(d)) => d.clone(),
        _ => Dictionary::new(),
    };
    let mut xobjects = match resources.get(b"XObject") {
        Ok(Object::Reference(id)) => lo.get_dictionary(*id)?.clone(),
        Ok(Object::Dictionary(d)) => d.clone(),
        _ => Dictionary::new(),
    };
    xobjects.set(XOBJECT, Object::Reference(xobject));
    resources.set("XObject", Object::Dictionary(xobjects));
    let p = lo.get_dictionary_mut(page)?;
    p.set("Contents", Object::Array(contents));
    p.set("Resources", Object::Dictionary(resources));
    Ok(())
}

/// The letter's structure tree, to add figures to.
struct Structure {
    doc_elem: ObjectId,
    parent_tree: ObjectId,
}

impl Structure {
    fn find(lo: &lopdf::Document) -> lopdf::Result<Structure> {
        let root = lo
            .catalog()?
            .get(b"StructTreeRoot")
            .and_then(Object::as_reference)?;
        let root = lo.get_dictionary(root)?;
        let doc_elem = match root.get(b"K")? {
            Object::Array(a) => a
                .first()
                .ok_or(lopdf::Error::DictKey("K".into()))?
                .as_reference()?,
            o => o.as_reference()?,
        };
        let parent_tree = root.get(b"ParentTree").and_then(Object::as_reference)?;
        Ok(Structure {
            doc_elem,
            parent_tree,
        })
    }

    /// Adds a `Figure` with `alt` on `page` after the page's other content
    /// (its stamp) in reading order; returns its MCID.
    fn add_figure(
        &self,
        lo: &mut lopdf::Document,
        page: ObjectId,
        alt: &str,
    ) -> lopdf::Result<i64> {
        let key = lo.get_dictionary(page)?.get(b"StructParents")?.as_i64()?;
        let nums = lo
            .get_dictionary(self.parent_tree)?
            .get(b"Nums")?
            .as_array()?
            .clone();
        let arr_id = nums
            .chunks(2)
            .find(|kv| kv[0].as_i64().ok() == Some(key))
            .and_then(|kv| kv.get(1))
            .ok_or(lopdf::Error::DictKey("ParentTree".into()))?
            .as_reference()?;
        let parents = lo.get_object(arr_id)?.as_array()?.clone();
        let mcid = parents.len() as i64;
        let last = parents.last().and_then(|o| o.as_reference().ok());
        let fig = lo.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"StructElem".to_vec())),
            ("S", Object::Name(b"Figure".to_vec())),
            ("P", Object::Reference(self.doc_elem)),
            ("Pg", Object::Reference(page)),
            ("K", Object::Integer(mcid)),
            ("Alt", text_string(alt)),
        ]));
        let mut parents = parents;
        parents.push(Object::Reference(fig));
        lo.objects.insert(arr_id, Object::Array(parents));
        let doc = lo.get_dictionary_mut(self.doc_elem)?;
        let mut kids = doc.get(b"K")?.as_array()?.clone();
        let at = last
            .and_then(|l| kids.iter().position(|k| k.as_reference().ok() == Some(l)))
            .map_or(kids.len(), |i| i + 1);
        kids.insert(at, Object::Reference(fig));
        doc.set("K", Object::Array(kids));
        Ok(mcid)
    }
}

/// A flat outline: one bookmark per entry, in order (ISO 32000-1 § 12.3.3).
fn add_outline(lo: &mut lopdf::Document, marks: &[(String, ObjectId)]) -> lopdf::Result<()> {
    if marks.is_empty() {
        return Ok(());
    }
    let root = lo.new_object_id();
    let ids: Vec<ObjectId> = marks.iter().map(|_| lo.new_object_id()).collect();
    for (i, ((title, page), id)) in marks.iter().zip(&ids).enumerate() {
        let mut d = Dictionary::from_iter([
            ("Title", text_string(title)),
            ("Parent", Object::Reference(root)),
            (
                "Dest",
                Object::Array(vec![
                    Object::Reference(*page),
                    Object::Name(b"Fit".to_vec()),
                ]),
            ),
        ]);
        if i > 0 {
            d.set("Prev", Object::Reference(ids[i - 1]));
        }
        if let Some(next) = ids.get(i + 1) {
            d.set("Next", Object::Reference(*next));
        }
        lo.objects.insert(*id, Object::Dictionary(d));
    }
    lo.objects.insert(
        root,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"Outlines".to_vec())),
            ("First", Object::Reference(ids[0])),
            ("Last", Object::Reference(*ids.last().expect("not empty"))),
            ("Count", Object::Integer(ids.len() as i64)),
        ])),
    );
    let catalog = lo.catalog_mut()?;
    catalog.set("Outlines", Object::Reference(root));
    catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    Ok(())
}

/// Takes the PDF/A and PDF/UA identification out of the XMP metadata: a file
/// must not claim what it is not (ISO 19005-2, 6.6.4).
fn drop_identification(lo: &mut lopdf::Document) -> lopdf::Result<()> {
    let id = lo.catalog()?.get(b"Metadata")?.as_reference()?;
    let Object::Stream(s) = lo.get_object_mut(id)? else {
        return Ok(());
    };
    let text = String::from_utf8_lossy(&s.content).into_owned();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| {
            let l = l.trim_start();
            !(l.starts_with("<pdfaid:") || l.starts_with("<pdfuaid:"))
        })
        .collect();
    s.set_content(kept.join("\n").into_bytes());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_everywhere() {
        assert_eq!(
            safe_file_name("Vedlegg-2-Lønn: jan/feb? *2025*", "pdf"),
            "Vedlegg-2-Lønn-jan-feb-2025.pdf"
        );
        assert_eq!(safe_file_name("  ..  ", "pdf"), "fil.pdf");
        assert_eq!(safe_file_name("a\u{2068}b\u{0007}c.", "pdf"), "abc.pdf");
        let long = safe_file_name(&"x".repeat(300), "pdf");
        assert_eq!(long.len(), 84);
    }

    #[test]
    fn matrices_compose_in_order() {
        let m = Matrix::translate(-10.0, -20.0)
            .then(Matrix::scale(0.5))
            .then(Matrix::translate(100.0, 200.0));
        assert_eq!(m.apply(10.0, 20.0), (100.0, 200.0));
        assert_eq!(m.apply(30.0, 40.0), (110.0, 210.0));
        // A page turned 90° clockwise: its top-left corner is shown top right.
        let turn = Matrix([0.0, -1.0, 1.0, 0.0, 0.0, 100.0]);
        assert_eq!(turn.apply(0.0, 50.0), (50.0, 100.0));
    }

    /// A one-page PDF whose page carries `annots` (annotation dictionaries).
    fn page_with(annots: Vec<Dictionary>) -> lopdf::Document {
        let mut doc = lopdf::Document::with_version("1.7");
        let pages = doc.new_object_id();
        let refs: Vec<Object> = annots
            .into_iter()
            .map(|a| Object::Reference(doc.add_object(a)))
            .collect();
        let page = doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Page".to_vec())),
            ("Parent", Object::Reference(pages)),
            ("Annots", Object::Array(refs)),
        ]));
        doc.objects.insert(
            pages,
            Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::Name(b"Pages".to_vec())),
                ("Kids", Object::Array(vec![Object::Reference(page)])),
                ("Count", Object::Integer(1)),
            ])),
        );
        let catalog = doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Catalog".to_vec())),
            ("Pages", Object::Reference(pages)),
        ]));
        doc.trailer.set("Root", Object::Reference(catalog));
        doc
    }

    fn annot(subtype: &str, flags: i64) -> Dictionary {
        Dictionary::from_iter([
            ("Type", Object::Name(b"Annot".to_vec())),
            ("Subtype", Object::Name(subtype.as_bytes().to_vec())),
            ("F", Object::Integer(flags)),
        ])
    }

    #[test]
    fn filled_in_fields_and_comments_are_noticed_links_are_not() {
        assert!(!has_annotations(&page_with(vec![])));
        assert!(!has_annotations(&page_with(vec![annot("Link", 4)])));
        assert!(
            !has_annotations(&page_with(vec![annot("Widget", 2)])),
            "hidden"
        );
        assert!(has_annotations(&page_with(vec![annot("Widget", 4)])));
        assert!(has_annotations(&page_with(vec![
            annot("Link", 4),
            annot("FreeText", 0)
        ])));
    }
}
