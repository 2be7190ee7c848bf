//! Sample documents for the PDF tests and the benchmark
//! (`#[path]`-included by `tests/pdf_*.rs` and `benches/pdf.rs`).
#![allow(dead_code)]
use klagehjelp::Lang;
use klagehjelp::pdf::{Block, Document};

fn created() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2025, 5, 12)
        .unwrap()
        .and_hms_opt(14, 30, 0)
        .unwrap()
}

fn p(s: &str) -> Block {
    Block::Paragraph(s.to_string())
}

fn lines(ls: &[&str]) -> Vec<String> {
    ls.iter().map(|s| s.to_string()).collect()
}

/// A realistic two-page klage in bokmål, with Fluent isolation marks around
/// the interpolated values (as Fluent produces them when isolation is on).
pub fn sample_letter() -> Document {
    let name = "\u{2068}Nguyễn Thị Ánh\u{2069}";
    Document {
        title: "Klage på vedtak – DUF 2012 586975 61".into(),
        author: "Nguyễn Thị Ánh".into(),
        lang: Lang::Nb,
        created: created(),
        footer: "Side {page} av {pages}".into(),
        blocks: vec![
            Block::Lines(lines(&[
                "Nguyễn Thị Ánh",
                "Søren Ødegårds vei 12 B",
                "0568 Oslo",
                "Telefon: 412 34 567",
            ])),
            Block::Recipient(lines(&[
                "Utlendingsdirektoratet",
                "Postboks 2098 Vika",
                "0125 Oslo",
            ])),
            Block::Lines(lines(&["Oslo, 12. mai 2025"])),
            Block::Lines(lines(&[
                "Deres referanse: DUF 2012 586975 61",
                "Vedtak datert: 22. april 2025, mottatt 24. april 2025",
            ])),
            Block::Title("Klage på vedtak om avslag på søknad om familieinnvandring".into()),
            p(&format!(
                "Jeg, {name}, klager på Utlendingsdirektoratets vedtak av \u{2068}22. april 2025\u{2069} \
                 om avslag på søknad om familieinnvandring for min ektefelle, Trần Văn Đức. \
                 Klagen er sendt innen fristen på tre uker, jf. forvaltningsloven § 29."
            )),
            Block::Heading("Hva jeg klager på".into()),
            p(
                "UDI har avslått søknaden fordi de mener at kravet til framtidig inntekt ikke er oppfylt \
               (utlendingsforskriften § 10-8 første ledd). Jeg mener at vedtaket bygger på feil faktum. \
               Fra 1. juni 2025 har jeg fast stilling som sykepleier i 100 prosent stilling ved \
               Oslo universitetssykehus, med en årslønn på 612\u{a0}400\u{a0}kr. Arbeidsavtalen ligger ved.",
            ),
            Block::Heading("Grunnlaget for klagen".into()),
            p(
                "Kravet til framtidig inntekt er oppfylt når referansepersonen kan dokumentere at hun vil ha \
               en inntekt som minst tilsvarer lønnstrinn 24 i statens lønnsregulativ. UDI har lagt til grunn \
               inntekten i den midlertidige stillingen jeg hadde da søknaden ble levert. Den stillingen er nå \
               erstattet av en fast stilling. Etter forvaltningsloven § 34 annet ledd skal klageinstansen ta \
               hensyn til nye omstendigheter, og vedtaket bør derfor vurderes på nytt ut fra dagens situasjon.",
            ),
            p(
                "Kravet til tidligere inntekt er også oppfylt. Skattemeldingen for 2024 viser en samlet \
               inntekt på 498\u{a0}210\u{a0}kr, som er over kravet. Jeg har ikke mottatt økonomisk \
               sosialhjelp de siste tolv månedene. Vi har en leilighet på 54 kvadratmeter som vi eier \
               sammen, og det er plass til oss begge.",
            ),
            p(
                "Min ektefelle og jeg giftet oss i Hà Nội 3. mars 2023. Vi har kjent hverandre siden 2019, \
               og vi har hatt kontakt hver dag siden jeg flyttet tilbake til Norge. Vi har besøkt hverandre \
               fire ganger. Det er ikke tvil om at ekteskapet er reelt, og UDI har heller ikke reist spørsmål \
               om dette i vedtaket. Vi ønsker å leve sammen som familie i Norge.",
            ),
            Block::Heading("Hva jeg ber om".into()),
            p(
                "Jeg ber om at vedtaket blir omgjort, og at min ektefelle får oppholdstillatelse etter \
               utlendingsloven § 40. Hvis UDI ikke omgjør vedtaket selv, ber jeg om at klagen sendes til \
               Utlendingsnemnda (UNE) for behandling.",
            ),
            p(
                "Jeg ber også om innsyn i sakens dokumenter etter forvaltningsloven § 18, og om å få uttale \
               meg dersom UDI innhenter nye opplysninger i saken.",
            ),
            Block::Heading("Vedlegg".into()),
            Block::ListItem {
                label: "1.".into(),
                text: "Arbeidsavtale med Oslo universitetssykehus, datert 2. mai 2025".into(),
            },
            Block::ListItem {
                label: "2.".into(),
                text: "Skattemelding for 2024".into(),
            },
            Block::ListItem {
                label: "3.".into(),
                text: "Lønnsslipper for februar, mars og april 2025".into(),
            },
            Block::ListItem {
                label: "4.".into(),
                text: "Vigselsattest fra Hà Nội, med oversettelse til norsk".into(),
            },
            Block::ListItem {
                label: "5.".into(),
                text: "Kopi av vedtaket av 22. april 2025".into(),
            },
            p(
                "Jeg kan nås på telefon 412 34 567 eller e-post anh.nguyen@example.no hvis dere trenger flere \
               opplysninger. Jeg ber om en bekreftelse på at klagen er mottatt.",
            ),
            Block::Space(6.0),
            p("Med vennlig hilsen"),
            Block::Signature {
                caption: "Nguyễn Thị Ánh".into(),
            },
        ],
    }
}

/// Names with Norwegian, Vietnamese, Polish, Czech, Turkish and other
/// Latin diacritics.
pub const NAMES: &[&str] = &[
    "Nguyễn Thị Ánh",
    "Trần Văn Đức",
    "Phạm Quỳnh Hương",
    "Lê Hoàng Yến",
    "Søren Ødegård Åsheim",
    "Æsa Brønnøysund",
    "Łukasz Żółć",
    "Małgorzata Brzęczyszczykiewicz",
    "Çağrı Öztürk",
    "İlkay Gündoğan",
    "Dvořák Jiří Šťastný",
    "Ștefan Țărușă",
    "Zoë Müller-Lüdenscheidt",
    "José Ñúñez",
    "Ólafur Þórðarson",
    "Björk Guðmundsdóttir",
];

/// A document with every name of [`NAMES`] in the flow, headings and lines.
pub fn names_document() -> Document {
    let mut blocks = vec![Block::Title("Navn med diakritiske tegn".into())];
    for n in NAMES {
        blocks.push(Block::Heading(n.to_string()));
        blocks.push(p(&format!(
            "Klager: {n}. Fullmektig for {n} er \u{2068}{n}\u{2069}."
        )));
    }
    blocks.push(Block::Lines(NAMES.iter().map(|s| s.to_string()).collect()));
    Document {
        title: "Navn: Nguyễn Thị Ánh, Søren Ødegård Åsheim".into(),
        author: "Łukasz Żółć".into(),
        lang: Lang::Nn,
        created: created(),
        footer: "Side {page} av {pages}".into(),
        blocks,
    }
}

/// Grounds of at least `chars` characters: unique words (with æøå), so the
/// order of every word can be checked.
pub fn long_grounds(chars: usize) -> String {
    const W: &[&str] = &[
        "søknaden",
        "vedtaket",
        "ektefellen",
        "inntekten",
        "Utlendingsdirektoratet",
        "klagen",
        "fristen",
        "dokumentasjon",
        "arbeidsforholdet",
        "familielivet",
        "særlige",
        "grunner",
        "tilknytning",
        "Norge",
        "bostøtte",
        "lønnsslipp",
        "årsinntekt",
        "omgjøring",
    ];
    let mut s = String::new();
    let mut i = 0;
    while s.chars().count() < chars {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&format!("{}{}", W[i % W.len()], i));
        if i % 11 == 10 {
            s.push('.');
        }
        i += 1;
    }
    s
}

/// A letter whose grounds are one paragraph of `chars` characters.
pub fn long_document(chars: usize) -> Document {
    Document {
        title: "Lang klage".into(),
        author: "Søren Ødegård Åsheim".into(),
        lang: Lang::En,
        created: created(),
        footer: "Page {page} of {pages}".into(),
        blocks: vec![
            Block::Title("Klage".into()),
            Block::Heading("Grunnlaget for klagen".into()),
            p(&long_grounds(chars)),
            p("Med vennlig hilsen"),
            Block::Signature {
                caption: "Søren Ødegård Åsheim".into(),
            },
        ],
    }
}
