//! Embeds every Fluent file under `locales/<lang>/*.ftl` into the core, so the
//! library never reads the file system at run time, and writes an index of
//! which file holds each message: a process parses only the files whose
//! messages it shows (issue 11 § 5: a `klagehjelp letter` run used to parse
//! every file of all eight languages before it wrote a word).
//!
//! With the feature `compact-text` (the app) each file is stored deflated
//! (1.6 MB of text in eight languages is about a fifth of that compressed;
//! issue 11 § 5 asks for a smaller app) and inflated the first time one of its
//! messages is shown; without it (the CLI, for its speed) as it is.
use fluent_syntax::ast;
use std::collections::BTreeMap;
use std::{env, fs, path::Path};

fn main() {
    // At run time of the build script, not its compile time: a target folder
    // copied from another checkout must not read that checkout's locales.
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    // Deflated only with the feature `compact-text` (the app, for its size);
    // the CLI reads them as they are (inflating cost a letter 0.8 M
    // instructions).
    let compact = env::var_os("CARGO_FEATURE_COMPACT_TEXT").is_some();
    let mut sources = format!(
        "/// Whether FTL_SOURCES holds the files deflated (feature `compact-text`).\n\
         pub const FTL_DEFLATED: bool = {compact};\n\
         /// (language, file name, Fluent source, deflated if FTL_DEFLATED)\n\
         pub static FTL_SOURCES: &[(&str, &str, &[u8])] = &[\n"
    );
    // language → message id → index of its file in FTL_SOURCES
    let mut index: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut count = 0usize;
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut langs: Vec<_> = fs::read_dir(&root)
        .expect("locales/ folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let code = lang.file_name().to_string_lossy().to_string();
        let mut files: Vec<_> = fs::read_dir(lang.path())
            .expect("language folder")
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for f in files {
            println!("cargo:rerun-if-changed={}", f.path().display());
            let path = f.path().display().to_string();
            // A syntax error in a translation fails the build, not the user's session.
            let src = fs::read_to_string(f.path()).expect("readable .ftl file");
            let res = match fluent_syntax::parser::parse(src.as_str()) {
                Ok(res) => res,
                Err((_, errors)) => panic!("{path}: Fluent syntax errors: {errors:?}"),
            };
            let ids = index.entry(code.clone()).or_default();
            for entry in &res.body {
                match entry {
                    ast::Entry::Message(m) => {
                        // Each file is loaded on its own: a message may not
                        // use another message or a term.
                        let mut patterns: Vec<&ast::Pattern<&str>> = m.value.iter().collect();
                        patterns.extend(m.attributes.iter().map(|a| &a.value));
                        for p in patterns {
                            if let Some(r) = reference_in(p) {
                                panic!(
                                    "{path}: message {} uses {r}; each .ftl file is loaded on \
                                     its own, so write the text out instead",
                                    m.id.name
                                );
                            }
                        }
                        if let Some(other) = ids.insert(m.id.name.to_string(), count) {
                            panic!(
                                "{path}: message {} is also in file {other} of {code}",
                                m.id.name
                            );
                        }
                    }
                    ast::Entry::Term(t) => panic!(
                        "{path}: term -{} : terms are not used (each file is loaded on its own)",
                        t.id.name
                    ),
                    _ => {}
                }
            }
            let deflated = Path::new(&out_dir).join(format!("ftl-{count}.deflate"));
            fs::write(
                &deflated,
                if compact {
                    miniz_oxide::deflate::compress_to_vec(src.as_bytes(), 10)
                } else {
                    src.clone().into_bytes()
                },
            )
            .expect("writable OUT_DIR");
            sources.push_str(&format!(
                "    ({code:?}, {:?}, include_bytes!({:?})),\n",
                f.file_name().to_string_lossy(),
                deflated.display().to_string(),
            ));
            count += 1;
        }
    }
    sources.push_str("];\n");
    sources.push_str(&format!(
        "/// How many files FTL_SOURCES holds.\npub const FTL_COUNT: usize = {count};\n"
    ));
    // One sorted list of every message id (of any language), as one string
    // and the offsets of each id in it, and per language a file number for
    // each id (NO_FILE: not in that language). No pointer per id: a static
    // slice of 10 000 `&str` cost the binary 40 bytes each in relocations.
    let all: std::collections::BTreeSet<&String> = index.values().flat_map(|m| m.keys()).collect();
    assert!(count < 255, "more than 254 Fluent files: widen FTL_FILE_OF");
    let mut blob = String::new();
    let mut starts = vec![0usize];
    for id in &all {
        blob.push_str(id);
        starts.push(blob.len());
    }
    sources.push_str(&format!(
        "/// Every message id of every language, sorted, one after another.\n\
         pub static FTL_IDS: &str = {blob:?};\n\
         /// Where each id of FTL_IDS starts (and, last, where the last ends).\n\
         pub static FTL_ID_STARTS: &[u32] = &{starts:?};\n"
    ));
    let langs: Vec<&String> = index.keys().collect();
    sources.push_str(&format!(
        "/// The languages of FTL_FILE_OF, in its order.\npub static FTL_LANGS: &[&str] = &{langs:?};\n"
    ));
    let mut file_of = Vec::new();
    for ids in index.values() {
        for id in &all {
            file_of.push(ids.get(*id).map_or(255, |&i| i));
        }
    }
    sources.push_str(&format!(
        "/// Per language (FTL_LANGS order), for each id of FTL_IDS, the index of\n\
         /// its file in FTL_SOURCES, or NO_FILE.\n\
         pub static FTL_FILE_OF: &[u8] = &{file_of:?};\n\
         /// An id the language does not have.\npub const NO_FILE: u8 = 255;\n"
    ));
    let dest = Path::new(&out_dir).join("ftl_sources.rs");
    fs::write(dest, sources).unwrap();

    // The letter's two faces, deflated too (970 KB → about half), for the
    // app (feature `compact-fonts`, src/pdf/fonts.rs) and a test of both.
    for face in ["NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"] {
        let path = Path::new(&manifest).join("fonts").join(face);
        println!("cargo:rerun-if-changed={}", path.display());
        let ttf = fs::read(&path).expect("fonts/ holds the letter's faces");
        fs::write(
            Path::new(&out_dir).join(format!("{face}.deflate")),
            miniz_oxide::deflate::compress_to_vec(&ttf, 10),
        )
        .expect("writable OUT_DIR");
    }

    // The data files, written by people as TOML (comments, sources beside
    // each value), embedded as JSON: reading routes.toml with a TOML parser
    // took a letter 1 M instructions, as JSON a fraction of that. A file
    // that is not valid TOML fails the build.
    for name in ["routes", "addresses", "closed-days"] {
        let path = Path::new(&manifest).join(format!("data/{name}.toml"));
        println!("cargo:rerun-if-changed={}", path.display());
        let src = fs::read_to_string(&path).expect("data/*.toml readable");
        let value: toml::Table = toml::from_str(&src)
            .unwrap_or_else(|e| panic!("{}: not valid TOML: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("TOML values are JSON values");
        // TOML dates would come out as private structures, not text: the data
        // files write dates as strings.
        assert!(
            !json.contains("$__toml_private"),
            "{}: write dates as strings",
            path.display()
        );
        fs::write(Path::new(&out_dir).join(format!("{name}.json")), json)
            .expect("writable OUT_DIR");
    }

    // The PDF/A output intent's sRGB profile, zlib-compressed once here
    // rather than in every letter (src/pdf/writer.rs).
    let icc = Path::new(&manifest).join("data/icc/sRGB.icc");
    println!("cargo:rerun-if-changed={}", icc.display());
    let profile = fs::read(&icc).expect("data/icc/sRGB.icc");
    fs::write(
        Path::new(&out_dir).join("sRGB.icc.zlib"),
        miniz_oxide::deflate::compress_to_vec_zlib(&profile, 10),
    )
    .expect("writable OUT_DIR");
}

/// The first message or term reference in a pattern, if any.
fn reference_in(p: &ast::Pattern<&str>) -> Option<String> {
    p.elements.iter().find_map(|e| match e {
        ast::PatternElement::Placeable { expression } => in_expression(expression),
        ast::PatternElement::TextElement { .. } => None,
    })
}

fn in_expression(e: &ast::Expression<&str>) -> Option<String> {
    match e {
        ast::Expression::Inline(i) => in_inline(i),
        ast::Expression::Select { selector, variants } => {
            in_inline(selector).or_else(|| variants.iter().find_map(|v| reference_in(&v.value)))
        }
    }
}

fn in_inline(i: &ast::InlineExpression<&str>) -> Option<String> {
    match i {
        ast::InlineExpression::MessageReference { id, .. } => Some(id.name.to_string()),
        ast::InlineExpression::TermReference { id, .. } => Some(format!("-{}", id.name)),
        ast::InlineExpression::FunctionReference { arguments, .. } => arguments
            .positional
            .iter()
            .chain(arguments.named.iter().map(|n| &n.value))
            .find_map(in_inline),
        ast::InlineExpression::Placeable { expression } => in_expression(expression),
        _ => None,
    }
}
