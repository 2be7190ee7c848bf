//! Embeds every Fluent file under `locales/<lang>/*.ftl` into the core, so the
//! library never reads the file system at run time.
use std::{env, fs, path::Path};

fn main() {
    // At run time of the build script, not its compile time: a target folder
    // copied from another checkout must not read that checkout's locales.
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from(
        "/// (language, file name, Fluent source)\npub static FTL_SOURCES: &[(&str, &str, &str)] = &[\n",
    );
    let mut langs: Vec<_> = fs::read_dir(&root)
        .expect("locales/ folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = fs::read_dir(lang.path())
            .expect("language folder")
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for f in files {
            println!("cargo:rerun-if-changed={}", f.path().display());
            // A syntax error in a translation fails the build, not the user's session.
            let src = fs::read_to_string(f.path()).expect("readable .ftl file");
            if let Err((_, errors)) = fluent_syntax::parser::parse(src.as_str()) {
                panic!("{}: Fluent syntax errors: {errors:?}", f.path().display());
            }
            out.push_str(&format!(
                "    ({:?}, {:?}, include_str!({:?})),\n",
                lang.file_name().to_string_lossy(),
                f.file_name().to_string_lossy(),
                f.path().display().to_string()
            ));
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("ftl_sources.rs");
    fs::write(dest, out).unwrap();
}
