//! Readability of the bokmål texts: LIX (läsbarhetsindex, Björnsson 1968)
//! over every message of `locales/nb`, per file and in total.
//!
//! LIX = words / sentences + 100 × long words / words, where a long word
//! has more than six letters. Below 30 is easy, 30–40 ordinary plain
//! prose, above 50 hard. Klagehjelp's target for what the applicant reads
//! is at most 35 (issue 10).
//!
//! Counting: the text of each message value and attribute, without its
//! placeables (`{ $date }` is filled with data); each message ends a
//! sentence, and so do `.`, `!`, `?` and `:` followed by a space or the end.
//! Legal citations count as words like any other ("fvl." is one short word).
//!
//! `scripts/lix.sh` prints the table (`cargo test --test lix -- --nocapture`).
use fluent_syntax::ast;
use klagehjelp::i18n::ftl_sources;

/// The target for the texts an applicant reads.
const TARGET: f64 = 35.0;

#[derive(Debug, Default, Clone, Copy)]
struct Count {
    words: usize,
    long: usize,
    sentences: usize,
}

impl Count {
    fn lix(self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        self.words as f64 / self.sentences.max(1) as f64
            + 100.0 * self.long as f64 / self.words as f64
    }

    fn add(&mut self, o: Count) {
        self.words += o.words;
        self.long += o.long;
        self.sentences += o.sentences;
    }
}

/// Counts one unit of text (a message value or attribute, or one variant).
fn count_text(text: &str) -> Count {
    let mut c = Count::default();
    let mut open_sentence = false;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphabetic() {
            let start = i;
            while i < chars.len() && (chars[i].is_alphabetic() || chars[i] == '-') {
                i += 1;
            }
            let letters = chars[start..i].iter().filter(|c| c.is_alphabetic()).count();
            c.words += 1;
            if letters > 6 {
                c.long += 1;
            }
            open_sentence = true;
            continue;
        }
        if matches!(chars[i], '.' | '!' | '?' | ':')
            && open_sentence
            && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
        {
            // "fvl. § 29" and "f.eks." are abbreviations, not sentence ends:
            // a sentence ends only where the next word starts with a capital
            // letter, or at the end.
            let next_word = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if next_word.is_none_or(|n| n.is_uppercase() || *n == '«' || *n == '(') {
                c.sentences += 1;
                open_sentence = false;
            }
        }
        i += 1;
    }
    if open_sentence {
        c.sentences += 1;
    }
    c
}

/// The text of a pattern with its placeables left out; the variants of a
/// selector are counted as separate units (only the default one, since
/// the others say the same).
fn count_pattern(p: &ast::Pattern<&str>) -> Count {
    let mut text = String::new();
    let mut extra = Count::default();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                if let ast::Expression::Select { variants, .. } = expression
                    && let Some(v) = variants.iter().find(|v| v.default)
                {
                    let inner = count_pattern(&v.value);
                    extra.words += inner.words;
                    extra.long += inner.long;
                }
                text.push(' ');
            }
        }
    }
    let mut c = count_text(&text);
    c.add(Count {
        sentences: 0,
        ..extra
    });
    c
}

fn count_file(src: &str) -> Count {
    let res = fluent_syntax::parser::parse(src).expect("parsed by build.rs");
    let mut c = Count::default();
    for entry in &res.body {
        if let ast::Entry::Message(m) = entry {
            if let Some(v) = &m.value {
                c.add(count_pattern(v));
            }
            for a in &m.attributes {
                c.add(count_pattern(&a.value));
            }
        }
    }
    c
}

fn report(lang: &str) -> (Vec<(String, Count)>, Count) {
    let mut rows = vec![];
    let mut total = Count::default();
    for (code, file, src) in ftl_sources() {
        if code != lang {
            continue;
        }
        let c = count_file(&src);
        total.add(c);
        rows.push((file.to_string(), c));
    }
    (rows, total)
}

#[test]
fn lix_counts_words_long_words_and_sentences() {
    let c =
        count_text("Du har 3 uker fra dagen vedtaket kom fram til deg (fvl. § 29). Send klagen.");
    // 13 words (digits are not words), 1 long (vedtaket), 2 sentences: "fvl." is no end.
    assert_eq!((c.words, c.long, c.sentences), (13, 1, 2));
    let label = count_text("Fødselsdato");
    assert_eq!((label.words, label.long, label.sentences), (1, 1, 1));
}

#[test]
fn bokmal_texts_meet_the_lix_target() {
    let (rows, total) = report("nb");
    println!("LIX over locales/nb (target ≤ {TARGET}):");
    println!(
        "{:<20} {:>6} {:>6} {:>9} {:>6}",
        "file", "words", "long", "sentences", "LIX"
    );
    for (file, c) in &rows {
        println!(
            "{file:<20} {:>6} {:>6} {:>9} {:>6.1}",
            c.words,
            c.long,
            c.sentences,
            c.lix()
        );
    }
    println!(
        "{:<20} {:>6} {:>6} {:>9} {:>6.1}",
        "all",
        total.words,
        total.long,
        total.sentences,
        total.lix()
    );
    assert!(
        total.lix() <= TARGET,
        "LIX over locales/nb is {:.1}, above the target {TARGET}",
        total.lix()
    );
    // The screens and the deadline are what every applicant reads.
    for (file, c) in &rows {
        if file == "ui.ftl" || file == "deadline.ftl" {
            assert!(
                c.lix() <= TARGET,
                "LIX of locales/nb/{file} is {:.1}, above the target {TARGET}",
                c.lix()
            );
        }
    }
}
