//! Refusal grounds the app recognises but cannot compute (requirements.md
//! v2 § 6; guidance.md § 1). Each is reported only when the refusal names
//! it, always as `needs_assessment`, with what to explain and which
//! documents help (texts in the locales: `ground-<id>-explain`,
//! `ground-<id>-documents`).
use super::facts::Facts;
use super::{Res, Rule, Status};

/// A refusal ground with its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ground {
    pub id: &'static str,
    pub source: &'static str,
    /// Document ids (guidance.md § 3) that help against this ground.
    pub documents: &'static [&'static str],
    /// Whether the statutory wording or section is UNVERIFIED (sources.md § 4).
    pub unverified: bool,
}

/// The grounds, in the order of requirements.md § 6.
pub static GROUNDS: [Ground; 10] = [
    Ground {
        // utl. § 40 fourth paragraph: "Oppholdstillatelse kan nektes dersom det fremstår som
        // mest sannsynlig at det hovedsakelige formålet med inngåelsen av ekteskapet har vært
        // å etablere et grunnlag for opphold".
        id: "proforma",
        source: "utl. § 40 fjerde ledd [L40] [PF]",
        documents: &["voluntary-statement", "marriage-certificate"],
        unverified: false,
    },
    Ground {
        // UDI 2013-010: "utlendingslovens § 51 annet ledd – er ekteskapet inngått mot en av
        // partenes vilje?" (exact statutory wording UNVERIFIED).
        id: "tvangsekteskap",
        source: "utl. § 51 annet ledd [TV]",
        documents: &["voluntary-statement"],
        unverified: true,
    },
    Ground {
        // utl. § 51: refusal if the sponsor "ikke samtykker i at søkeren gis tillatelse"
        // (which paragraph is UNVERIFIED).
        id: "samtykke_referanseperson",
        source: "utl. § 51 [L51]",
        documents: &[],
        unverified: true,
    },
    Ground {
        // utl. § 40 fifth paragraph: "mest sannsynlig" that the applicant "vil bli mishandlet
        // eller grovt utnyttet".
        id: "mishandling",
        source: "utl. § 40 femte ledd [L40]",
        documents: &["cohabitation-proof", "birth-certificate"],
        unverified: false,
    },
    Ground {
        // UDI 2012-009 and UNE practice; statutory section UNVERIFIED.
        id: "identitet",
        source: "UDI 2012-009 [ID] [COH]",
        documents: &["explain-missing"],
        unverified: true,
    },
    Ground {
        // utl. § 56 first and third paragraphs; utf. § 10-1 first paragraph (e).
        id: "soknad_fra_norge",
        source: "utl. § 56 første og tredje ledd [L56]; utf. § 10-1 første ledd bokstav e [F101] [RS13]",
        documents: &[],
        unverified: false,
    },
    Ground {
        // utl. § 56 fourth paragraph; exceptions utf. § 10-5.
        id: "intervju_referanseperson",
        source: "utl. § 56 fjerde ledd [L56]; utf. § 10-5 [F105]",
        documents: &[],
        unverified: false,
    },
    Ground {
        // utl. § 51 third paragraph; utf. § 9-9.
        id: "tilknytning_tredjeland",
        source: "utl. § 51 tredje ledd; utf. § 9-9 [F99]",
        documents: &[],
        unverified: false,
    },
    Ground {
        // utf. § 9-5 third paragraph (fiancé(e)s).
        id: "returforutsetninger",
        source: "utf. § 9-5 tredje ledd [F95] [UNEFI]",
        documents: &[],
        unverified: false,
    },
    Ground {
        // UDI [GYL]: a marriage abroad is recognised if valid where entered into;
        // ekteskapsloven § 1 a [EKL].
        id: "ekteskap_ikke_gyldig",
        source: "[GYL]; ekteskapsloven § 1 a [EKL]",
        documents: &["marriage-certificate", "birth-certificate"],
        unverified: false,
    },
];

/// The ground with this id.
pub fn ground(id: &str) -> Option<&'static Ground> {
    GROUNDS.iter().find(|g| g.id == id)
}

/// The grounds the refusal names, in catalogue order.
pub fn named(f: &Facts) -> Vec<&'static Ground> {
    GROUNDS
        .iter()
        .filter(|g| f.refusal_grounds.iter().any(|r| r == g.id))
        .collect()
}

/// The result of a named ground: always `needs_assessment`.
pub fn result(g: &Ground) -> Res {
    let res = Res::new(
        Status::NeedsAssessment,
        Rule {
            id: g.id,
            source: g.source,
        },
    );
    if g.unverified {
        res.note(super::Note::Unverified)
    } else {
        res
    }
}
