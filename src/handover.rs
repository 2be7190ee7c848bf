//! Encrypted hand-over of a case file between a volunteer, a reception desk
//! and the applicant: the case file encrypted with a passphrase, in the
//! [age](https://age-encryption.org/v1) format (scrypt passphrase
//! recipient; ChaCha20-Poly1305, authenticated, so a changed file is
//! refused rather than read wrong).
//!
//! The passphrase is never stored: it is used for one encryption or
//! decryption and dropped. A decrypted case is read by [`Case::from_bytes`]
//! and must be validated by the caller like any imported file.
//!
//! [`Case::from_bytes`]: crate::case::Case::from_bytes
use crate::Lang;
use crate::i18n::{FluentValue, UserFacing, tr};
use std::io::{Read, Write};

/// What every age file starts with (the binary form this module writes).
const MAGIC: &[u8] = b"age-encryption.org/";

/// The scrypt work factor (N = 2^18, about 256 MiB and one second on a
/// laptop): the value the age reference tools use for passphrases.
pub const WORK_FACTOR: u8 = 18;

/// The highest work factor a file may ask for before it is refused as too
/// slow to open (2^22: some 16 seconds on a slow computer).
pub const MAX_WORK_FACTOR: u8 = 22;

/// A passphrase shorter than this is refused.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// A passphrase of at least this many characters (or of four words or more)
/// is called good.
pub const GOOD_PASSPHRASE_CHARS: usize = 16;

/// The usual file name ending of an encrypted case file.
pub const EXTENSION: &str = "klage.age";

/// Why a case could not be encrypted or decrypted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HandoverError {
    /// The new passphrase is too short.
    #[error("the passphrase has {chars} characters; use at least {min}")]
    TooShort { chars: usize, min: usize },
    /// The passphrase typed the second time differs.
    #[error("the two passphrases are not the same")]
    Mismatch,
    /// The passphrase does not open the file.
    #[error("the passphrase does not open this file")]
    WrongPassphrase,
    /// The file was changed or damaged after it was encrypted.
    #[error("the encrypted file is damaged or was changed after it was made")]
    Damaged,
    /// Encrypted for a key, not a passphrase, or a newer kind of age file.
    #[error("the file is encrypted in a way Klagehjelp cannot open (not with a passphrase)")]
    NotPassphrase,
    /// The file asks for more work than this computer should do.
    #[error("the file was encrypted with a setting too slow to open here (work factor {required})")]
    TooSlow { required: u8 },
    /// Not an encrypted file at all.
    #[error("the file is not an encrypted case file")]
    NotEncrypted,
    /// The decrypted content is bigger than a case file may be.
    #[error("the decrypted file is bigger than {limit} bytes")]
    TooBig { limit: usize },
}

impl UserFacing for HandoverError {
    fn code(&self) -> &'static str {
        match self {
            HandoverError::TooShort { .. } => "handover.too_short",
            HandoverError::Mismatch => "handover.mismatch",
            HandoverError::WrongPassphrase => "handover.wrong_passphrase",
            HandoverError::Damaged => "handover.damaged",
            HandoverError::NotPassphrase => "handover.not_passphrase",
            HandoverError::TooSlow { .. } => "handover.too_slow",
            HandoverError::NotEncrypted => "handover.not_encrypted",
            HandoverError::TooBig { .. } => "handover.too_big",
        }
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            HandoverError::TooShort { chars, min } => tr(
                lang,
                "handover-error-too-short",
                &[
                    ("chars", FluentValue::from(*chars)),
                    ("min", FluentValue::from(*min)),
                ],
            ),
            HandoverError::Mismatch => tr(lang, "handover-error-mismatch", &[]),
            HandoverError::WrongPassphrase => tr(lang, "handover-error-wrong-passphrase", &[]),
            HandoverError::Damaged => tr(lang, "handover-error-damaged", &[]),
            HandoverError::NotPassphrase => tr(lang, "handover-error-not-passphrase", &[]),
            HandoverError::TooSlow { .. } => tr(lang, "handover-error-too-slow", &[]),
            HandoverError::NotEncrypted => tr(lang, "handover-error-not-encrypted", &[]),
            HandoverError::TooBig { limit } => tr(
                lang,
                "handover-error-too-big",
                &[("limit", FluentValue::from(limit / 1024))],
            ),
        }
    }
}

/// Whether `bytes` look like an encrypted (age) file.
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// How strong a new passphrase is, for the guidance shown while typing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// Refused: shorter than [`MIN_PASSPHRASE_CHARS`].
    TooShort,
    /// Accepted; a longer one is better.
    Fair,
    /// At least [`GOOD_PASSPHRASE_CHARS`] characters, or four words or more.
    Good,
}

/// The strength of `passphrase` (characters counted as people see them).
pub fn strength(passphrase: &str) -> Strength {
    let chars = passphrase.chars().count();
    let words = passphrase.split_whitespace().count();
    if chars < MIN_PASSPHRASE_CHARS {
        Strength::TooShort
    } else if chars >= GOOD_PASSPHRASE_CHARS || words >= 4 {
        Strength::Good
    } else {
        Strength::Fair
    }
}

/// Checks a new passphrase typed twice: long enough, and the same both times.
pub fn check_new_passphrase(passphrase: &str, again: &str) -> Result<(), HandoverError> {
    if strength(passphrase) == Strength::TooShort {
        return Err(HandoverError::TooShort {
            chars: passphrase.chars().count(),
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    if passphrase != again {
        return Err(HandoverError::Mismatch);
    }
    Ok(())
}

/// Encrypts `plain` (a case file's bytes) with `passphrase`. The passphrase
/// must have passed [`check_new_passphrase`]; a too short one is refused.
pub fn encrypt(plain: &[u8], passphrase: &str) -> Result<Vec<u8>, HandoverError> {
    encrypt_with_work_factor(plain, passphrase, WORK_FACTOR)
}

/// As [`encrypt`] with a chosen scrypt work factor (tests use a low one to
/// run fast; the app and the CLI always use [`WORK_FACTOR`]).
#[doc(hidden)]
pub fn encrypt_with_work_factor(
    plain: &[u8],
    passphrase: &str,
    work_factor: u8,
) -> Result<Vec<u8>, HandoverError> {
    if strength(passphrase) == Strength::TooShort {
        return Err(HandoverError::TooShort {
            chars: passphrase.chars().count(),
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    let mut recipient = age::scrypt::Recipient::new(passphrase.to_string().into());
    recipient.set_work_factor(work_factor.clamp(1, MAX_WORK_FACTOR));
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|_| HandoverError::NotPassphrase)?;
    let mut out = Vec::with_capacity(plain.len() + 256);
    // Writing to memory cannot fail.
    let mut w = encryptor
        .wrap_output(&mut out)
        .map_err(|_| HandoverError::Damaged)?;
    w.write_all(plain).map_err(|_| HandoverError::Damaged)?;
    w.finish().map_err(|_| HandoverError::Damaged)?;
    Ok(out)
}

/// Decrypts an encrypted case file with `passphrase`; at most `limit` bytes
/// of content are accepted.
pub fn decrypt(bytes: &[u8], passphrase: &str, limit: usize) -> Result<Vec<u8>, HandoverError> {
    use age::DecryptError as D;
    if !is_encrypted(bytes) {
        return Err(HandoverError::NotEncrypted);
    }
    let decryptor = age::Decryptor::new(bytes).map_err(|e| match e {
        D::UnknownFormat => HandoverError::NotPassphrase,
        _ => HandoverError::Damaged,
    })?;
    if !decryptor.is_scrypt() {
        return Err(HandoverError::NotPassphrase);
    }
    let mut identity = age::scrypt::Identity::new(passphrase.to_string().into());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            // A wrong passphrase fails to unwrap the file key; so does a
            // changed key stanza, which cannot be told apart from it.
            D::DecryptionFailed | D::KeyDecryptionFailed | D::NoMatchingKeys => {
                HandoverError::WrongPassphrase
            }
            D::ExcessiveWork { required, .. } => HandoverError::TooSlow { required },
            _ => HandoverError::Damaged,
        })?;
    let mut plain = Vec::new();
    reader
        .take(limit as u64 + 1)
        .read_to_end(&mut plain)
        .map_err(|_| HandoverError::Damaged)?;
    if plain.len() > limit {
        return Err(HandoverError::TooBig { limit });
    }
    Ok(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASS: &str = "sju grønne epler i kurven";

    #[test]
    fn round_trip_and_wrong_passphrase() {
        let plain = b"{\"format\":\"klagehjelp-case/2\"}";
        let enc = encrypt_with_work_factor(plain, PASS, 4).unwrap();
        assert!(is_encrypted(&enc));
        assert!(!enc.windows(plain.len()).any(|w| w == plain));
        assert_eq!(decrypt(&enc, PASS, 1000).unwrap(), plain);
        assert_eq!(
            decrypt(&enc, "sju grønne epler i kurver", 1000),
            Err(HandoverError::WrongPassphrase)
        );
        assert_eq!(
            decrypt(&enc, PASS, 5),
            Err(HandoverError::TooBig { limit: 5 })
        );
    }

    #[test]
    fn a_changed_byte_is_refused() {
        let enc = encrypt_with_work_factor(b"hello world, a case", PASS, 4).unwrap();
        // Every byte of the payload and of the header's MAC is covered.
        for i in [enc.len() - 1, enc.len() - 20, enc.len() / 2] {
            let mut bad = enc.clone();
            bad[i] ^= 0x01;
            assert!(decrypt(&bad, PASS, 1000).is_err(), "byte {i}");
        }
        let cut = &enc[..enc.len() - 3];
        assert_eq!(decrypt(cut, PASS, 1000), Err(HandoverError::Damaged));
    }

    #[test]
    fn passphrase_rules() {
        assert_eq!(strength("kort"), Strength::TooShort);
        assert_eq!(strength("tisifferet"), Strength::Fair);
        assert_eq!(strength("a b c d e f g h i j"), Strength::Good);
        assert_eq!(strength("sixteen-chars-ok"), Strength::Good);
        assert_eq!(
            check_new_passphrase("kort", "kort"),
            Err(HandoverError::TooShort { chars: 4, min: 10 })
        );
        assert_eq!(
            check_new_passphrase("langt nok passord", "langt nok pasord"),
            Err(HandoverError::Mismatch)
        );
        assert!(check_new_passphrase(PASS, PASS).is_ok());
        assert!(encrypt(b"x", "kort").is_err());
        assert_eq!(
            decrypt(b"{\"format\":1}", PASS, 10),
            Err(HandoverError::NotEncrypted)
        );
    }

    #[test]
    fn every_error_has_a_message_in_every_language() {
        let all = [
            HandoverError::TooShort { chars: 3, min: 10 },
            HandoverError::Mismatch,
            HandoverError::WrongPassphrase,
            HandoverError::Damaged,
            HandoverError::NotPassphrase,
            HandoverError::TooSlow { required: 30 },
            HandoverError::NotEncrypted,
            HandoverError::TooBig { limit: 2048 },
        ];
        for lang in Lang::UI {
            for e in &all {
                let m = e.message(lang);
                assert!(
                    !m.is_empty() && !m.contains("handover-"),
                    "{lang:?} {e:?}: {m}"
                );
            }
        }
    }
}
