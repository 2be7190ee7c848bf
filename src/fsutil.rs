//! Files for the CLI and the desktop shell.
//!
//! - [`write_atomic`]: write to a temporary file in the same folder (created
//!   exclusively, readable by the owner only), fsync it, rename it over the
//!   target, fsync the folder. A crash leaves either the old file or the new
//!   one, never half; [`remove_temp_files`] clears what a crash left behind.
//! - [`private_dir`]: a folder only its owner can enter (0700).
//! - [`safe_file_name`]: a file name every system accepts (Windows is the
//!   strictest: no `: ? * < > | " \ /`, no trailing dot or space, no `CON`).
//! - [`decode_text`]: a text file as Windows Notepad and others save it
//!   (UTF-8 with or without BOM, UTF-16 with BOM); anything else is refused
//!   with a message that says so.
use crate::Lang;
use crate::i18n::{FluentValue, UserFacing, tr};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// What a temporary file's name contains: `.<name>.tmp-<pid>-<n>`.
const TEMP_MARK: &str = ".tmp-";

/// Creates `path` for writing; fails if it exists. Owner read/write only.
fn create_exclusive(path: &Path) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path)
}

/// Writes `bytes` to `path` atomically. The file is readable and writable by
/// its owner only (0600 on Unix), whether it is new or replaces another.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no file name"))?;
    // A fresh name each time; an existing file (another writer, a leftover)
    // is never opened, followed or truncated.
    let (tmp, mut f) = {
        let mut tries = 0;
        loop {
            let tmp = dir.join(format!(
                ".{}{TEMP_MARK}{}-{}",
                name.to_string_lossy(),
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::Relaxed)
            ));
            match create_exclusive(&tmp) {
                Ok(f) => break (tmp, f),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && tries < 100 => tries += 1,
                Err(e) => return Err(e),
            }
        }
    };
    let result = (|| {
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        if let Ok(d) = File::open(dir) {
            // Not every platform can fsync a folder; the rename is done either way.
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Whether `name` is a temporary file of [`write_atomic`].
pub fn is_temp_file(name: &str) -> bool {
    name.starts_with('.') && name.contains(TEMP_MARK)
}

/// Removes the temporary files [`write_atomic`] left in `dir` when a write
/// was interrupted (a crash, a kill, a full disk). Call it at start, when no
/// write is under way. Returns how many were removed.
pub fn remove_temp_files(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| is_temp_file(&e.file_name().to_string_lossy()))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}

/// Creates `dir` (and its parents) if needed and makes it private: only
/// its owner may list or enter it (0700 on Unix). Files written with
/// [`write_atomic`] inside it are 0600. On Windows there are no modes: a
/// folder in the user's profile (`%APPDATA%`) is private through the
/// access list it inherits (the user, SYSTEM, administrators).
pub fn private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = fs::metadata(dir)?;
        if meta.permissions().mode() & 0o777 != 0o700 {
            fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
        }
    }
    Ok(())
}

/// Characters no file name may contain on Windows (and `/` nowhere).
const FORBIDDEN_IN_NAMES: &[char] = &['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

/// Names Windows keeps for devices, with or without an extension
/// (`CON`, `con.pdf`, `COM1.txt`): a file cannot have them.
const RESERVED_NAMES: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "COM¹", "COM²", "COM³", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
    "LPT9", "LPT¹", "LPT²", "LPT³", "CONIN$", "CONOUT$",
];

/// At most this many bytes (UTF-8) in a file name: ext4 allows 255 bytes,
/// NTFS 255 UTF-16 units; a Save dialog shows less.
const MAX_NAME_BYTES: usize = 200;

/// `name` (e.g. `klage-Ødegård-201258697561.pdf`) made into a file name
/// Windows, macOS and Linux all accept, keeping as much of it as it can:
/// the characters Windows forbids and control characters become `-`,
/// invisible direction marks (which can make `fdp.exe` look like
/// `exe.pdf`) are dropped, leading dots, dashes and spaces and trailing
/// dots and spaces go, a device name
/// (`CON`, `NUL.pdf`, `com1.ics`) gets `_` after its stem, the text is
/// NFC (as macOS and Windows compare names) and at most 200 bytes long,
/// the extension kept. A name with nothing left becomes `klagehjelp`.
pub fn safe_file_name(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let invisible = |c: char| {
        matches!(c, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
    };
    let mut out = String::new();
    for c in name.nfc() {
        if invisible(c) {
            continue;
        }
        if c.is_control() || FORBIDDEN_IN_NAMES.contains(&c) {
            if !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push(c);
        }
    }
    // No leading dot (hidden on Unix), dash (read as an option) or space;
    // no trailing dot or space (Windows drops them).
    let trimmed = |s: &str| {
        s.trim_start_matches(|c: char| c == '.' || c == '-' || c.is_whitespace())
            .trim_end_matches(['.', ' '])
            .to_string()
    };
    let mut out = trimmed(&out);
    if out.len() > MAX_NAME_BYTES {
        let (stem, ext) = match out.rfind('.') {
            Some(i) if i > 0 && out.len() - i <= 16 => (&out[..i], &out[i..]),
            _ => (out.as_str(), ""),
        };
        let mut end = MAX_NAME_BYTES - ext.len();
        while !stem.is_char_boundary(end) {
            end -= 1;
        }
        out = trimmed(&format!("{}{ext}", trimmed(&stem[..end])));
    }
    if out.is_empty() {
        return "klagehjelp".to_string();
    }
    let stem_end = out.find('.').unwrap_or(out.len());
    let device = out[..stem_end].trim_end();
    if RESERVED_NAMES
        .iter()
        .any(|r| r.eq_ignore_ascii_case(device))
    {
        out.insert(stem_end, '_');
    }
    out
}

/// A text file this version cannot read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    /// Not UTF-8 (nor UTF-16 with a byte-order mark).
    #[error(
        "the file is not saved as UTF-8 or UTF-16 text (the first unreadable byte is at position {offset}); save it again as UTF-8"
    )]
    Encoding { offset: usize },
    /// UTF-16 with a byte-order mark, but broken (odd length, lone surrogate).
    #[error("the file says it is UTF-16 text, but it is damaged; save it again as UTF-8")]
    BrokenUtf16,
    /// Bigger than the limit.
    #[error("the file is {size} bytes; a case file may be at most {limit} bytes")]
    TooBig { size: usize, limit: usize },
}

impl UserFacing for TextError {
    fn code(&self) -> &'static str {
        match self {
            TextError::Encoding { .. } => "file.encoding",
            TextError::BrokenUtf16 => "file.utf16",
            TextError::TooBig { .. } => "file.too_big",
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            TextError::Encoding { offset } => tr(
                lang,
                "file-error-encoding",
                &[("offset", FluentValue::from(*offset))],
            ),
            TextError::BrokenUtf16 => tr(lang, "file-error-utf16", &[]),
            TextError::TooBig { size, limit } => tr(
                lang,
                "file-error-too-big",
                &[
                    ("size", FluentValue::from(size.div_ceil(1024))),
                    ("limit", FluentValue::from(limit / 1024)),
                ],
            ),
        }
    }
}

/// Reads text as saved by common editors: UTF-8 (a leading byte-order mark
/// is dropped) or UTF-16 little- or big-endian with a byte-order mark.
/// Anything else (Latin-1, Windows-1252, UTF-16 without a mark, binary) is
/// refused, never guessed: a wrong guess would change names and dates.
pub fn decode_text(bytes: &[u8]) -> Result<String, TextError> {
    fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, TextError> {
        if !bytes.len().is_multiple_of(2) {
            return Err(TextError::BrokenUtf16);
        }
        let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| TextError::BrokenUtf16)
    }
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => {
            std::str::from_utf8(rest)
                .map(str::to_string)
                .map_err(|e| TextError::Encoding {
                    offset: e.valid_up_to() + 3,
                })
        }
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|e| TextError::Encoding {
                offset: e.valid_up_to(),
            }),
    }
}

/// [`decode_text`] with a size limit in bytes, checked before decoding.
pub fn decode_text_limited(bytes: &[u8], limit: usize) -> Result<String, TextError> {
    if bytes.len() > limit {
        return Err(TextError::TooBig {
            size: bytes.len(),
            limit,
        });
    }
    decode_text(bytes)
}

/// What a host found at an attached file's path.
#[derive(Debug)]
pub enum Found {
    Bytes(Vec<u8>),
    /// Over [`crate::attachment::MAX_FILE_BYTES`]: not read; its size.
    TooLarge(u64),
}

/// Reads the file at `path` unless it is over the size limit.
pub fn read_attachment(path: &Path) -> io::Result<Found> {
    let len = fs::metadata(path)?.len();
    if len > crate::attachment::MAX_FILE_BYTES as u64 {
        return Ok(Found::TooLarge(len));
    }
    fs::read(path).map(Found::Bytes)
}

/// For the hosts (CLI and app), which read files; the core only gets bytes.
/// Reads the files of every attachment of a case (`attachments[i].files`,
/// paths relative to `case_dir`, where the case file is; an absolute path
/// is read where it is). A file over the size limit is not read.
/// On failure: the field (`attachments[i].files[j]`) and the message in `lang`.
pub fn read_attachment_files(
    case_dir: &Path,
    case: &crate::case::Case,
    lang: crate::Lang,
) -> Result<Vec<Vec<crate::bundle::InputFile>>, (String, String)> {
    read_attachment_files_with(case, lang, &mut |rel| read_attachment(&case_dir.join(rel)))
}

/// As [`read_attachment_files`], with the host's own way to find a file by
/// the path the case holds (the app keeps a case's files in its own folder,
/// or in memory in reception mode). A file that is not there gets a message
/// that names it and its attachment and says what to do.
pub fn read_attachment_files_with(
    case: &crate::case::Case,
    lang: crate::Lang,
    read: &mut dyn FnMut(&str) -> io::Result<Found>,
) -> Result<Vec<Vec<crate::bundle::InputFile>>, (String, String)> {
    use crate::attachment::FileError;
    let mut out = Vec::with_capacity(case.attachments.len());
    for (i, a) in case.attachments.iter().enumerate() {
        let mut files = Vec::with_capacity(a.files.len());
        for (j, rel) in a.files.iter().enumerate() {
            let field = format!("attachments[{i}].files[{j}]");
            let name = file_name_of(rel);
            match read(rel) {
                Ok(Found::Bytes(bytes)) => files.push(crate::bundle::InputFile { name, bytes }),
                Ok(Found::TooLarge(len)) => {
                    let e = FileError::TooLarge {
                        name,
                        bytes: usize::try_from(len).unwrap_or(usize::MAX),
                    };
                    return Err((field, e.message(lang)));
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    let title = a.title.trim();
                    let message = tr(
                        lang,
                        "files-missing",
                        &[
                            ("file", FluentValue::from(name)),
                            ("n", FluentValue::from(i + 1)),
                            ("title", FluentValue::from(title.to_string())),
                        ],
                    );
                    return Err((field, message));
                }
                Err(e) => {
                    let message = tr(
                        lang,
                        "bundle-error-read",
                        &[
                            ("file", FluentValue::from(rel.clone())),
                            ("error", FluentValue::from(e.to_string())),
                        ],
                    );
                    return Err((field, message));
                }
            }
        }
        out.push(files);
    }
    Ok(out)
}

/// The file name at the end of a path as a case holds it (`/` or `\\`).
pub fn file_name_of(path: &str) -> String {
    path.rsplit(['/', '\\'])
        .find(|s| !s.is_empty())
        .unwrap_or(path)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(tag: &str) -> std::path::PathBuf {
        use std::sync::atomic::{AtomicU64, Ordering};
        static N: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "klagehjelp-fsutil-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| is_temp_file(n))
            .collect()
    }

    #[test]
    fn writes_and_replaces() {
        let dir = temp_dir("replace");
        let p = dir.join("a.txt");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        assert!(leftovers(&dir).is_empty());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private_and_folders_too() {
        use std::os::unix::fs::PermissionsExt;
        let dir = temp_dir("private");
        let inner = dir.join("data");
        private_dir(&inner).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&inner), 0o700);
        // An existing, open folder is closed.
        fs::set_permissions(&inner, fs::Permissions::from_mode(0o755)).unwrap();
        private_dir(&inner).unwrap();
        assert_eq!(mode(&inner), 0o700);
        // A new file and one that replaces a world-readable file are both 0600.
        let p = inner.join("case.json");
        write_atomic(&p, b"{}").unwrap();
        assert_eq!(mode(&p), 0o600);
        fs::set_permissions(&p, fs::Permissions::from_mode(0o644)).unwrap();
        write_atomic(&p, b"{}").unwrap();
        assert_eq!(mode(&p), 0o600);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_leftover_temp_file_is_never_reused_and_is_cleaned() {
        let dir = temp_dir("leftover");
        let p = dir.join("a.txt");
        // What a killed writer leaves: a temp file with this process's id.
        let stale = dir.join(format!(".a.txt{TEMP_MARK}{}-0", std::process::id()));
        fs::write(&stale, b"old half-written").unwrap();
        write_atomic(&p, b"new").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"new");
        assert_eq!(fs::read(&stale).unwrap(), b"old half-written");
        fs::write(dir.join("keep.txt"), b"x").unwrap();
        assert_eq!(remove_temp_files(&dir), 1);
        assert!(leftovers(&dir).is_empty());
        assert!(dir.join("keep.txt").exists() && p.exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn file_names_windows_accepts() {
        let cases = [
            // Kept as it is.
            (
                "klage-Ødegård-201258697561.pdf",
                "klage-Ødegård-201258697561.pdf",
            ),
            ("klagefrist-2026-04-22.ics", "klagefrist-2026-04-22.ics"),
            ("klage-يوسف.pdf", "klage-يوسف.pdf"),
            // What Windows forbids.
            ("klage: svar?.pdf", "klage- svar-.pdf"),
            ("a<b>c\"d|e*f.pdf", "a-b-c-d-e-f.pdf"),
            ("../../etc/passwd", "etc-passwd"),
            ("C:\\Users\\x.pdf", "C-Users-x.pdf"),
            ("tab\there\n.pdf", "tab-here-.pdf"),
            // Trailing dots and spaces, leading spaces.
            ("klage. . ", "klage"),
            ("  klage.pdf", "klage.pdf"),
            (".klage.json", "klage.json"),
            ("-rf.pdf", "rf.pdf"),
            // Device names, any case, with or without an extension.
            ("CON", "CON_"),
            ("con.pdf", "con_.pdf"),
            ("NUL.klage.json", "NUL_.klage.json"),
            ("Com1.ics", "Com1_.ics"),
            ("lpt9", "lpt9_"),
            ("COM¹.pdf", "COM¹_.pdf"),
            ("CONSOLE.pdf", "CONSOLE.pdf"),
            ("klage-CON.pdf", "klage-CON.pdf"),
            // Direction marks that disguise the extension are dropped.
            ("klage-\u{202E}fdp.exe", "klage-fdp.exe"),
            ("\u{2068}Ali\u{2069}.pdf", "Ali.pdf"),
            // Nothing left.
            ("", "klagehjelp"),
            ("...", "klagehjelp"),
            ("???", "klagehjelp"),
            // NFC: "Å" as A + ring becomes one character.
            ("A\u{030A}se.pdf", "\u{00C5}se.pdf"),
        ];
        for (input, want) in cases {
            assert_eq!(safe_file_name(input), want, "{input:?}");
        }
        // Long names are cut on a character boundary, the extension kept.
        let long = format!("klage-{}.pdf", "Ø".repeat(300));
        let cut = safe_file_name(&long);
        assert!(cut.len() <= MAX_NAME_BYTES, "{}", cut.len());
        assert!(
            cut.starts_with("klage-Ø") && cut.ends_with("Ø.pdf"),
            "{cut}"
        );
        // Whatever comes in, what goes out is a valid name: a property.
        for input in ["a/b\\c:d", " CON . ", "x\u{0}y", "AUX .txt", ". .pdf"] {
            let n = safe_file_name(input);
            assert!(!n.is_empty());
            assert!(!n.contains(FORBIDDEN_IN_NAMES), "{input:?} → {n:?}");
            assert!(!n.ends_with(['.', ' ']), "{input:?} → {n:?}");
            assert!(!n.chars().any(char::is_control), "{input:?} → {n:?}");
            let stem = n.split('.').next().unwrap().trim_end().to_uppercase();
            assert!(
                !RESERVED_NAMES.contains(&stem.as_str()),
                "{input:?} → {n:?}"
            );
        }
    }

    #[test]
    fn text_in_the_encodings_editors_save() {
        let text = "Åse Ødegård «ja»";
        let mut bom8 = vec![0xEF, 0xBB, 0xBF];
        bom8.extend_from_slice(text.as_bytes());
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode_text(text.as_bytes()).unwrap(), text);
        assert_eq!(decode_text(&bom8).unwrap(), text);
        assert_eq!(decode_text(&le).unwrap(), text);
        assert_eq!(decode_text(&be).unwrap(), text);
        // Latin-1 "Å" is refused, with where.
        assert_eq!(
            decode_text(b"{\"a\": \"\xC5se\"}"),
            Err(TextError::Encoding { offset: 7 })
        );
        assert_eq!(
            decode_text(&le[..le.len() - 1]),
            Err(TextError::BrokenUtf16)
        );
        // A lone surrogate.
        assert_eq!(
            decode_text(&[0xFF, 0xFE, 0x00, 0xD8]),
            Err(TextError::BrokenUtf16)
        );
        assert!(matches!(
            decode_text_limited(&[b' '; 11], 10),
            Err(TextError::TooBig {
                size: 11,
                limit: 10
            })
        ));
        for e in [
            TextError::Encoding { offset: 7 },
            TextError::BrokenUtf16,
            TextError::TooBig {
                size: 3_000_000,
                limit: 2_000_000,
            },
        ] {
            for lang in Lang::ALL {
                let m = e.message(lang);
                assert!(!m.contains("file-error"), "{lang:?}: {m}");
            }
        }
    }

    #[test]
    fn attached_files_are_read_relative_to_the_case_or_where_they_are() {
        let dir = temp_dir("attached");
        fs::create_dir_all(dir.join("vedlegg")).unwrap();
        fs::write(dir.join("vedlegg/a.pdf"), b"%PDF-a").unwrap();
        let elsewhere = temp_dir("attached-abs").join("b.jpg");
        fs::write(&elsewhere, b"jpeg").unwrap();
        let mut case = crate::case::Case::default();
        case.attachments.push(crate::case::Attachment {
            title: "Kontrakt".into(),
            extra: Default::default(),
            files: vec!["vedlegg/a.pdf".into(), elsewhere.display().to_string()],
        });
        let files = read_attachment_files(&dir, &case, Lang::En).unwrap();
        assert_eq!(files[0][0].name, "a.pdf");
        assert_eq!(files[0][0].bytes, b"%PDF-a");
        assert_eq!(files[0][1].name, "b.jpg");
        assert_eq!(files[0][1].bytes, b"jpeg");
    }

    #[test]
    fn a_missing_file_is_named_with_its_attachment_and_what_to_do() {
        let dir = temp_dir("missing");
        let mut case = crate::case::Case::default();
        for title in ["Kontrakt", "Lønnsslipp"] {
            case.attachments.push(crate::case::Attachment {
                title: title.into(),
                extra: Default::default(),
                files: vec![],
            });
        }
        case.attachments[1].files = vec!["x.vedlegg\\scan 3.pdf".into()];
        for lang in Lang::UI {
            let (field, message) = read_attachment_files(&dir, &case, lang).unwrap_err();
            assert_eq!(field, "attachments[1].files[0]");
            assert!(
                message.contains("scan 3.pdf")
                    && message.contains("Lønnsslipp")
                    && message.contains('2')
                    && !message.contains("files-missing")
                    && !message.contains("os error"),
                "{lang:?}: {message}"
            );
        }
        let (_, en) = read_attachment_files(&dir, &case, Lang::En).unwrap_err();
        assert!(en.contains("add the file again"), "{en}");
    }
}
