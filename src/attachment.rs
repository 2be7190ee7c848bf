//! Files attached to a klage (`attachments[].files`): the check on import
//! and the preparation for the bundle ([`crate::bundle`]).
//!
//! * The type is sniffed from the content, never from the name: PDF, JPEG
//!   and PNG are taken. HEIC/HEIF (iPhone photos) is recognised but not read:
//!   no well-kept Rust crate decodes it without a C library (libheif), so
//!   the user is told how to save the photo as JPEG instead.
//! * [`MAX_FILE_BYTES`]: 25 MB per file. Phone photos are 2–8 MB and scanned
//!   letters a few MB; a larger file is almost always a scan at a needlessly
//!   high resolution, and it would make the bundle too big to upload and
//!   slow to build. (This is Klagehjelp's own limit, not a rule of UDI's.)
//! * PDFs are read with lopdf: one that cannot be read, has no pages, or is
//!   encrypted (a password or a lock on copying) is refused with a message
//!   that says how to make a plain copy.
//! * Photos are turned upright from their EXIF orientation, scaled down to
//!   at most [`IMAGE_DPI`] dpi on the A4 box they are printed in (200 dpi keeps
//!   small print on a photographed document legible on screen and paper), and
//!   re-compressed: JPEG at quality [`JPEG_QUALITY`] (80: no visible artefacts
//!   on text, a 12-megapixel phone photo of 4 MB becomes about 0.2–0.5 MB);
//!   PNG (screenshots, often with sharp text) lossless with Flate.
//! * Speed (most of a bundle's time): JPEG decoded by `zune-jpeg` (through
//!   `image`), scaled with `fast_image_resize` (SIMD convolution in fixed
//!   point; its tests hold every CPU extension to the same checksums),
//!   encoded by `jpeg-encoder` (its portable path: its SIMD path writes
//!   other bytes, and the same input should give the same bytes anywhere). Per 12-megapixel photo that is 1.23 billion instructions
//!   against 2.53 with `image`'s own thumbnail and encoder (callgrind).
//!   Decoding at a reduced DCT size (`jpeg-decoder`'s `scale`) was measured
//!   too and is slower here: its entropy decoding alone costs more than
//!   zune-jpeg's whole decode.
use crate::Lang;
use crate::i18n::{FluentValue, UserFacing, tr};
use serde::Serialize;
use std::io::Cursor;

/// The largest file taken (25 MB); see the module docs for why.
pub const MAX_FILE_BYTES: usize = 25 * 1024 * 1024;
/// The most pixels a photo may have (a decompression bomb guard: 100
/// megapixels is far more than any phone camera takes).
pub const MAX_PIXELS: u64 = 100_000_000;
/// The most pages a PDF attachment may have.
pub const MAX_PAGES: usize = 500;
/// The most bytes a page's content may take once decompressed (a
/// decompression bomb guard).
pub const MAX_CONTENT_BYTES: usize = 256 * 1024 * 1024;
/// Resolution of photos in the bundle, on the box they are printed in.
pub const IMAGE_DPI: f32 = 200.0;
/// JPEG quality of re-compressed photos.
pub const JPEG_QUALITY: u8 = 80;

/// The kind of an attached file, from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    Pdf,
    Jpeg,
    Png,
}

/// What the check found out about a file that can be attached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileInfo {
    pub kind: FileKind,
    /// Pages it takes in the bundle (one per photo).
    pub pages: usize,
    /// Size of the file in bytes.
    pub bytes: usize,
    /// A PDF that declares itself PDF/A (its XMP has `pdfaid:part`); photos
    /// are always true (the bundle redraws them).
    pub pdfa: bool,
}

/// Why a file cannot be attached. The message names the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("{name}: the file is empty")]
    Empty { name: String },
    #[error("{name}: the file is {bytes} bytes, more than the limit")]
    TooLarge { name: String, bytes: usize },
    #[error("{name}: HEIC/HEIF photos cannot be read")]
    Heic { name: String },
    #[error("{name}: not a PDF, JPEG or PNG file")]
    Unknown { name: String },
    #[error("{name}: the PDF is encrypted")]
    Encrypted { name: String },
    #[error("{name}: the PDF cannot be read: {detail}")]
    BrokenPdf { name: String, detail: String },
    #[error("{name}: the picture cannot be read: {detail}")]
    BrokenImage { name: String, detail: String },
    #[error("{name}: the picture has too many pixels")]
    TooManyPixels { name: String },
    #[error("{name}: the PDF has too many pages ({pages})")]
    TooManyPages { name: String, pages: usize },
}

impl FileError {
    /// The name of the file the problem is about.
    pub fn file_name(&self) -> &str {
        match self {
            FileError::Empty { name }
            | FileError::TooLarge { name, .. }
            | FileError::Heic { name }
            | FileError::Unknown { name }
            | FileError::Encrypted { name }
            | FileError::BrokenPdf { name, .. }
            | FileError::BrokenImage { name, .. }
            | FileError::TooManyPixels { name }
            | FileError::TooManyPages { name, .. } => name,
        }
    }
}

/// Megabytes with one decimal, as the messages show them.
fn megabytes(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

impl UserFacing for FileError {
    fn code(&self) -> &'static str {
        match self {
            FileError::Empty { .. } => "attachment.empty",
            FileError::TooLarge { .. } => "attachment.too_large",
            FileError::Heic { .. } => "attachment.heic",
            FileError::Unknown { .. } => "attachment.unknown_type",
            FileError::Encrypted { .. } => "attachment.encrypted",
            FileError::BrokenPdf { .. } => "attachment.broken_pdf",
            FileError::BrokenImage { .. } => "attachment.broken_image",
            FileError::TooManyPixels { .. } => "attachment.too_many_pixels",
            FileError::TooManyPages { .. } => "attachment.too_many_pages",
        }
    }

    fn message(&self, lang: Lang) -> String {
        let mut args = vec![("file", FluentValue::from(self.file_name().to_string()))];
        let id = match self {
            FileError::Empty { .. } => "bundle-error-empty",
            FileError::TooLarge { bytes, .. } => {
                args.push(("size", FluentValue::from(megabytes(*bytes))));
                args.push(("limit", FluentValue::from(MAX_FILE_BYTES / (1024 * 1024))));
                "bundle-error-too-large"
            }
            FileError::Heic { .. } => "bundle-error-heic",
            FileError::Unknown { .. } => "bundle-error-unknown-type",
            FileError::Encrypted { .. } => "bundle-error-encrypted",
            FileError::BrokenPdf { .. } => "bundle-error-broken-pdf",
            FileError::BrokenImage { .. } => "bundle-error-broken-image",
            FileError::TooManyPixels { .. } => "bundle-error-too-many-pixels",
            FileError::TooManyPages { pages, .. } => {
                args.push(("pages", FluentValue::from(*pages)));
                args.push(("limit", FluentValue::from(MAX_PAGES)));
                "bundle-error-too-many-pages"
            }
        };
        tr(lang, id, &args)
    }
}

/// A sniffed type, including the ones refused with their own message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sniffed {
    Pdf,
    Jpeg,
    Png,
    Heic,
    Unknown,
}

/// The type of a file from its first bytes.
fn sniff(bytes: &[u8]) -> Sniffed {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Sniffed::Jpeg;
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Sniffed::Png;
    }
    // ISO 32000-1 § 7.5.2 puts the header first; readers accept it within
    // the first kilobyte (some scanners write a few bytes before it).
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Sniffed::Pdf;
    }
    // ISO/IEC 23008-12 (HEIF): an `ftyp` box with a HEIF brand.
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        let brand = &bytes[8..12];
        let heif: [&[u8]; 9] = [
            b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif",
        ];
        if heif.contains(&brand) {
            return Sniffed::Heic;
        }
    }
    Sniffed::Unknown
}

/// A PDF attachment, read and checked.
#[derive(Debug)]
pub struct PdfFile {
    pub doc: lopdf::Document,
    /// Whether it declares PDF/A in its XMP metadata.
    pub pdfa: bool,
}

/// A photo, upright and re-compressed, ready to be drawn.
#[derive(Debug, Clone)]
pub struct Photo {
    pub width: u32,
    pub height: u32,
    /// `DeviceRGB` or `DeviceGray`.
    pub gray: bool,
    /// The image data and its PDF filter (`DCTDecode` or `FlateDecode`).
    pub data: Vec<u8>,
    pub filter: &'static str,
}

/// A file ready for the bundle.
#[derive(Debug)]
pub enum Prepared {
    Pdf(Box<PdfFile>),
    Photo(Photo),
}

impl Prepared {
    /// Pages the file takes in the bundle.
    pub fn pages(&self) -> usize {
        match self {
            Prepared::Pdf(p) => p.doc.get_pages().len(),
            Prepared::Photo(_) => 1,
        }
    }
}

/// Checks a file for attaching: type, size, and that it can be read (a PDF
/// is parsed, a photo's header read). `name` is only used in messages.
pub fn check(name: &str, bytes: &[u8]) -> Result<FileInfo, FileError> {
    let kind = check_type(name, bytes)?;
    match kind {
        FileKind::Pdf => {
            let pdf = read_pdf(name, bytes)?;
            Ok(FileInfo {
                kind,
                pages: pdf.doc.get_pages().len(),
                bytes: bytes.len(),
                pdfa: pdf.pdfa,
            })
        }
        FileKind::Jpeg | FileKind::Png => {
            let reader = image_reader(name, bytes, kind)?;
            let (w, h) = reader
                .into_dimensions()
                .map_err(|e| broken_image(name, e))?;
            if u64::from(w) * u64::from(h) > MAX_PIXELS {
                return Err(FileError::TooManyPixels { name: name.into() });
            }
            Ok(FileInfo {
                kind,
                pages: 1,
                bytes: bytes.len(),
                pdfa: true,
            })
        }
    }
}

/// Reads and prepares a file for the bundle (the check included): a PDF
/// parsed, a photo decoded, turned upright, scaled and re-compressed to fit
/// a box of `box_w` × `box_h` points.
pub fn prepare(name: &str, bytes: &[u8], box_w: f32, box_h: f32) -> Result<Prepared, FileError> {
    match check_type(name, bytes)? {
        FileKind::Pdf => read_pdf(name, bytes).map(|p| Prepared::Pdf(Box::new(p))),
        kind => photo(name, bytes, kind, box_w, box_h).map(Prepared::Photo),
    }
}

fn check_type(name: &str, bytes: &[u8]) -> Result<FileKind, FileError> {
    if bytes.is_empty() {
        return Err(FileError::Empty { name: name.into() });
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            name: name.into(),
            bytes: bytes.len(),
        });
    }
    match sniff(bytes) {
        Sniffed::Pdf => Ok(FileKind::Pdf),
        Sniffed::Jpeg => Ok(FileKind::Jpeg),
        Sniffed::Png => Ok(FileKind::Png),
        Sniffed::Heic => Err(FileError::Heic { name: name.into() }),
        Sniffed::Unknown => Err(FileError::Unknown { name: name.into() }),
    }
}

fn broken_pdf(name: &str, detail: impl ToString) -> FileError {
    FileError::BrokenPdf {
        name: name.into(),
        detail: detail.to_string(),
    }
}

fn broken_image(name: &str, detail: impl ToString) -> FileError {
    FileError::BrokenImage {
        name: name.into(),
        detail: detail.to_string(),
    }
}

/// Whether the raw bytes of a PDF have an encryption dictionary in a trailer
/// (lopdf may decrypt a file with an empty user password on loading and
/// forget that it was encrypted).
fn has_encrypt_entry(bytes: &[u8]) -> bool {
    bytes.windows(8).any(|w| w == b"/Encrypt")
}

fn read_pdf(name: &str, bytes: &[u8]) -> Result<PdfFile, FileError> {
    if has_encrypt_entry(bytes) {
        return Err(FileError::Encrypted { name: name.into() });
    }
    let doc = lopdf::Document::load_mem(bytes).map_err(|e| match e {
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => {
            FileError::Encrypted { name: name.into() }
        }
        e => broken_pdf(name, e),
    })?;
    if doc.is_encrypted() {
        return Err(FileError::Encrypted { name: name.into() });
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(broken_pdf(name, "no pages"));
    }
    if pages.len() > MAX_PAGES {
        return Err(FileError::TooManyPages {
            name: name.into(),
            pages: pages.len(),
        });
    }
    for (n, id) in &pages {
        doc.get_page_content_with_limit(*id, MAX_CONTENT_BYTES)
            .map_err(|e| broken_pdf(name, format!("page {n}: {e}")))?;
    }
    let pdfa = declares_pdfa(&doc);
    Ok(PdfFile { doc, pdfa })
}

/// Whether the document's XMP metadata has a PDF/A identification
/// (ISO 19005-1/-2/-3, 6.6.4: `pdfaid:part`).
pub fn declares_pdfa(doc: &lopdf::Document) -> bool {
    let Ok(catalog) = doc.catalog() else {
        return false;
    };
    let Ok(meta) = catalog
        .get(b"Metadata")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_object(id))
        .and_then(Object::as_stream)
    else {
        return false;
    };
    let content = meta
        .decompressed_content()
        .unwrap_or_else(|_| meta.content.clone());
    content.windows(11).any(|w| w == b"pdfaid:part")
}

use lopdf::Object;

fn image_reader<'a>(
    name: &str,
    bytes: &'a [u8],
    kind: FileKind,
) -> Result<image::ImageReader<Cursor<&'a [u8]>>, FileError> {
    let format = match kind {
        FileKind::Png => image::ImageFormat::Png,
        _ => image::ImageFormat::Jpeg,
    };
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4);
    reader.limits(limits);
    let _ = name;
    Ok(reader)
}

/// Decodes, turns upright, scales and re-compresses a photo.
fn photo(
    name: &str,
    bytes: &[u8],
    kind: FileKind,
    box_w: f32,
    box_h: f32,
) -> Result<Photo, FileError> {
    use image::{DynamicImage, ImageDecoder};
    let reader = image_reader(name, bytes, kind)?;
    let mut decoder = reader.into_decoder().map_err(|e| broken_image(name, e))?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(FileError::TooManyPixels { name: name.into() });
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let img = DynamicImage::from_decoder(decoder).map_err(|e| broken_image(name, e))?;
    // At most IMAGE_DPI on the box it is drawn in. Scaled first and turned
    // upright after (turning the full photo costs a copy of all its pixels):
    // a photo turned by a quarter is scaled to the box turned the same way.
    let max_w = (box_w / 72.0 * IMAGE_DPI).round() as u32;
    let max_h = (box_h / 72.0 * IMAGE_DPI).round() as u32;
    use image::metadata::Orientation::{Rotate90, Rotate90FlipH, Rotate270, Rotate270FlipH};
    let (max_w, max_h) = match orientation {
        Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH => (max_h, max_w),
        _ => (max_w, max_h),
    };
    let gray = !img.color().has_color();
    // PDF/A-friendly: no transparency; an alpha channel is laid on white.
    let pixels: Vec<u8> = if gray {
        flatten_gray(img)
    } else {
        flatten_rgb(img)
    };
    let channels = if gray { 1 } else { 3 };
    let (tw, th) = fit(w, h, max_w, max_h);
    let pixels = if (tw, th) == (w, h) {
        pixels
    } else {
        resize(&pixels, channels, (w, h), (tw, th))
    };
    let mut img = if gray {
        image::GrayImage::from_raw(tw, th, pixels).map(DynamicImage::ImageLuma8)
    } else {
        image::RgbImage::from_raw(tw, th, pixels).map(DynamicImage::ImageRgb8)
    }
    .expect("the buffer has the size it was made for");
    img.apply_orientation(orientation);
    let (width, height) = (img.width(), img.height());
    let pixels = img.into_bytes();
    let (data, filter) = match kind {
        FileKind::Png => (deflate(&pixels), "FlateDecode"),
        _ => (jpeg(name, &pixels, width, height, gray)?, "DCTDecode"),
    };
    Ok(Photo {
        width,
        height,
        gray,
        data,
        filter,
    })
}

/// The size of a `w` × `h` picture scaled down (never up) to fit in
/// `max_w` × `max_h`, keeping its proportions; at least one pixel each way.
fn fit(w: u32, h: u32, max_w: u32, max_h: u32) -> (u32, u32) {
    if w <= max_w && h <= max_h {
        return (w, h);
    }
    let s = (f64::from(max_w) / f64::from(w)).min(f64::from(max_h) / f64::from(h));
    let scaled = |v: u32, max: u32| ((f64::from(v) * s).round() as u32).clamp(1, max);
    (scaled(w, max_w), scaled(h, max_h))
}

/// Scales 8-bit pixels (`channels` 1 or 3) from `from` to `to` with a
/// Catmull-Rom filter: sharp enough for small print on a photographed
/// letter, without the ringing of Lanczos. (`fast_image_resize`: SIMD,
/// about 8 times fewer instructions than `image`'s own thumbnail. It is
/// built with its four-channel code only, feature `only_u8x4`, which makes
/// the app about 0.4 MB smaller (issue 11 § 5): the pixels are widened to
/// four channels for it and narrowed again, a few milliseconds a photo.)
fn resize(pixels: &[u8], channels: usize, from: (u32, u32), to: (u32, u32)) -> Vec<u8> {
    use fast_image_resize as fr;
    let mut wide = Vec::with_capacity(pixels.len() / channels * 4);
    if channels == 1 {
        for &g in pixels {
            wide.extend_from_slice(&[g, g, g, 255]);
        }
    } else {
        for p in pixels.chunks_exact(3) {
            wide.extend_from_slice(&[p[0], p[1], p[2], 255]);
        }
    }
    let src = fr::images::ImageRef::new(from.0, from.1, &wide, fr::PixelType::U8x4)
        .expect("the buffer has the size of the picture");
    let mut dst = fr::images::Image::new(to.0, to.1, fr::PixelType::U8x4);
    // Every pixel is opaque: no multiplying by alpha and back.
    let options = fr::ResizeOptions::new()
        .resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::CatmullRom))
        .use_alpha(false);
    fr::Resizer::new()
        .resize(&src, &mut dst, &options)
        .expect("same pixel type, non-empty sizes");
    let wide = dst.into_vec();
    let mut out = Vec::with_capacity(wide.len() / 4 * channels);
    for p in wide.chunks_exact(4) {
        out.extend_from_slice(&p[..channels]);
    }
    out
}

/// JPEG at [`JPEG_QUALITY`], 4:2:0 for colour (as cameras save), baseline.
fn jpeg(name: &str, pixels: &[u8], w: u32, h: u32, gray: bool) -> Result<Vec<u8>, FileError> {
    let too_big = || broken_image(name, "over 65535 pixels wide or high");
    let w = u16::try_from(w).map_err(|_| too_big())?;
    let h = u16::try_from(h).map_err(|_| too_big())?;
    let mut out = Vec::new();
    let color = if gray {
        jpeg_encoder::ColorType::Luma
    } else {
        jpeg_encoder::ColorType::Rgb
    };
    jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY)
        .encode(pixels, w, h, color)
        .map_err(|e| broken_image(name, e))?;
    Ok(out)
}

fn flatten_rgb(img: image::DynamicImage) -> Vec<u8> {
    if !img.color().has_alpha() {
        return img.into_rgb8().into_raw();
    }
    img.to_rgba8()
        .pixels()
        .flat_map(|p| {
            let a = u16::from(p[3]);
            [0, 1, 2].map(|i| ((u16::from(p[i]) * a + 255 * (255 - a)) / 255) as u8)
        })
        .collect()
}

fn flatten_gray(img: image::DynamicImage) -> Vec<u8> {
    if !img.color().has_alpha() {
        return img.into_luma8().into_raw();
    }
    img.to_luma_alpha8()
        .pixels()
        .map(|p| {
            let a = u16::from(p[1]);
            ((u16::from(p[0]) * a + 255 * (255 - a)) / 255) as u8
        })
        .collect()
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    use flate2::{Compression, write::ZlibEncoder};
    use std::io::Write;
    let mut enc = ZlibEncoder::new(Vec::new(), Compression::new(6));
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().expect("writing to memory")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_from_content_not_name() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Sniffed::Pdf);
        assert_eq!(sniff(b"junk\r\n%PDF-1.4"), Sniffed::Pdf);
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE1]), Sniffed::Jpeg);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Sniffed::Png);
        assert_eq!(sniff(b"\0\0\0\x18ftypheic\0\0\0\0"), Sniffed::Heic);
        assert_eq!(sniff(b"\0\0\0\x18ftypisom\0\0\0\0"), Sniffed::Unknown);
        assert_eq!(sniff(b"Hello"), Sniffed::Unknown);
    }

    #[test]
    fn refuses_empty_unknown_heic_and_big_files() {
        assert_eq!(
            check("a.pdf", b""),
            Err(FileError::Empty {
                name: "a.pdf".into()
            })
        );
        assert!(matches!(
            check("a.docx", b"PK\x03\x04"),
            Err(FileError::Unknown { .. })
        ));
        assert!(matches!(
            check("IMG_1.HEIC", b"\0\0\0\x18ftypheic\0\0\0\0"),
            Err(FileError::Heic { .. })
        ));
        let big = vec![0u8; MAX_FILE_BYTES + 1];
        assert!(matches!(
            check("scan.pdf", &big),
            Err(FileError::TooLarge { .. })
        ));
    }

    /// A JPEG of `w`×`h` pixels with EXIF orientation 6 (shown turned clockwise).
    fn jpeg_turned(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_pixel(w, h, image::Rgb([200, 30, 30]));
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
            .encode_image(&img)
            .unwrap();
        let mut app1 = b"Exif\0\0MM\x00\x2a\x00\x00\x00\x08\x00\x01".to_vec();
        app1.extend([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
        let mut with = out[..2].to_vec();
        with.extend([0xFF, 0xE1]);
        with.extend(((app1.len() + 2) as u16).to_be_bytes());
        with.extend(app1);
        with.extend(&out[2..]);
        with
    }

    #[test]
    fn photos_are_scaled_to_the_box_and_turned_upright() {
        // Box 100 × 200 pt: at 200 dpi at most 278 × 556 pixels.
        let Prepared::Photo(p) = prepare("a.jpg", &jpeg_turned(1000, 400), 100.0, 200.0).unwrap()
        else {
            panic!("a photo")
        };
        assert!(p.height > p.width, "upright: {}×{}", p.width, p.height);
        assert!(
            p.width <= 278 && p.height <= 556,
            "{}×{}",
            p.width,
            p.height
        );
        assert!(p.height >= 550, "fills the box: {}×{}", p.width, p.height);
        assert_eq!(p.filter, "DCTDecode");
    }

    #[test]
    fn every_message_names_the_file_in_every_language() {
        let errors = [
            FileError::Empty {
                name: "x.pdf".into(),
            },
            FileError::TooLarge {
                name: "x.pdf".into(),
                bytes: 30 * 1024 * 1024,
            },
            FileError::Heic {
                name: "x.pdf".into(),
            },
            FileError::Unknown {
                name: "x.pdf".into(),
            },
            FileError::Encrypted {
                name: "x.pdf".into(),
            },
            FileError::BrokenPdf {
                name: "x.pdf".into(),
                detail: "d".into(),
            },
            FileError::BrokenImage {
                name: "x.pdf".into(),
                detail: "d".into(),
            },
            FileError::TooManyPixels {
                name: "x.pdf".into(),
            },
            FileError::TooManyPages {
                name: "x.pdf".into(),
                pages: 900,
            },
        ];
        for lang in Lang::ALL {
            for e in &errors {
                let m = e.message(lang);
                assert!(
                    m.contains("x.pdf") && !m.contains("bundle-error"),
                    "{lang}: {m}"
                );
            }
        }
        let m = errors[1].message(Lang::En);
        assert!(m.contains("30.0") && m.contains("25"), "{m}");
    }
}
