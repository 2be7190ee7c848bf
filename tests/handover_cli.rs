//! `klagehjelp case encrypt|decrypt`: the real binary hands a case over
//! encrypted with a passphrase, and refuses a wrong passphrase, a changed
//! file, a plain file and a decrypted file that is not a valid case.
mod common;
use common::{fixture, ok, refused, run};
use klagehjelp::case::Case;
use std::path::PathBuf;

const PASS: &str = "fire vanlige ord her";

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("klagehjelp-handover-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

#[test]
fn round_trip_wrong_passphrase_and_changed_file() {
    let dir = temp_dir("cli");
    let pass = write(&dir, "pass.txt", &format!("{PASS}\n"));
    let wrong = write(&dir, "wrong.txt", "fire vanlige ord der\n");
    let enc = dir.join("case.klage.age").display().to_string();
    let back = dir.join("back.klage.json").display().to_string();
    let src = fixture("amina-spouse-income");

    ok(&[
        "case",
        "encrypt",
        &src,
        "--out",
        &enc,
        "--passphrase-file",
        &pass,
    ]);
    let bytes = std::fs::read(&enc).unwrap();
    assert!(klagehjelp::handover::is_encrypted(&bytes));
    let family = Case::from_bytes(&std::fs::read(&src).unwrap())
        .unwrap()
        .applicant
        .family_name;
    assert!(
        !String::from_utf8_lossy(&bytes).contains(&family),
        "the name is readable in the encrypted file"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&enc).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    // A wrong passphrase: a clear message, nothing written.
    let e = refused(&[
        "case",
        "decrypt",
        &enc,
        "--out",
        &back,
        "--passphrase-file",
        &wrong,
    ]);
    assert!(e.contains("does not open the file"), "{e}");
    assert!(!std::path::Path::new(&back).exists());

    ok(&[
        "case",
        "decrypt",
        &enc,
        "--out",
        &back,
        "--passphrase-file",
        &pass,
    ]);
    let original = Case::from_bytes(&std::fs::read(&src).unwrap()).unwrap();
    let decrypted = Case::from_bytes(&std::fs::read(&back).unwrap()).unwrap();
    assert_eq!(original.to_json(), decrypted.to_json());

    // One changed byte near the end (the payload): refused as damaged.
    let mut bad = bytes.clone();
    let n = bad.len() - 5;
    bad[n] ^= 0x20;
    let badp = dir.join("bad.klage.age");
    std::fs::write(&badp, &bad).unwrap();
    let e = refused(&[
        "case",
        "decrypt",
        &badp.display().to_string(),
        "--out",
        &back,
        "--passphrase-file",
        &pass,
    ]);
    assert!(e.contains("damaged or was changed"), "{e}");

    // Norwegian messages too.
    let e = refused(&[
        "--lang",
        "nb",
        "case",
        "decrypt",
        &enc,
        "--out",
        &back,
        "--passphrase-file",
        &wrong,
    ]);
    assert!(e.contains("åpner ikke filen"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn plain_files_short_passphrases_and_invalid_content_are_refused() {
    let dir = temp_dir("refuse");
    let pass = write(&dir, "pass.txt", PASS);
    let short = write(&dir, "short.txt", "kort\n");
    let out = dir.join("out").display().to_string();
    let src = fixture("amina-spouse-income");

    // A plain case file is not an encrypted one.
    let e = refused(&[
        "case",
        "decrypt",
        &src,
        "--out",
        &out,
        "--passphrase-file",
        &pass,
    ]);
    assert!(e.contains("not an encrypted case file"), "{e}");
    // Too short a passphrase is refused before anything is written.
    let e = refused(&[
        "case",
        "encrypt",
        &src,
        "--out",
        &out,
        "--passphrase-file",
        &short,
    ]);
    assert!(e.contains("at least 10"), "{e}");
    assert!(!std::path::Path::new(&out).exists());
    // Only a valid case file is encrypted.
    let junk = write(&dir, "junk.json", "{\"format\": 3}");
    let e = refused(&[
        "case",
        "encrypt",
        &junk,
        "--out",
        &out,
        "--passphrase-file",
        &pass,
    ]);
    assert!(!e.is_empty());

    // A decrypted file is checked like any import: not a case, refused.
    let enc = klagehjelp::handover::encrypt_with_work_factor(b"{\"format\": 3}", PASS, 4).unwrap();
    let encp = dir.join("junk.klage.age");
    std::fs::write(&encp, enc).unwrap();
    let o = run(&[
        "case",
        "decrypt",
        &encp.display().to_string(),
        "--out",
        &out,
        "--passphrase-file",
        &pass,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!std::path::Path::new(&out).exists());
    std::fs::remove_dir_all(&dir).unwrap();
}
