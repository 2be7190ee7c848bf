//! Who can bring whom, the age limits, the four-year rule and living
//! together (requirements.md v2 §§ 3.9, 5.1–5.4, 5.8).
use super::facts::{ChildConceived as CC, FamilyUnityGrounds, OtherParentConsent, Relation as R};
use super::logic::{
    AnyOf, Need, Tri, age_on, any_of, before_entry, birthday, merge, moved_to_norway, need,
};
use super::{
    Cx, Note, Res, Rule, Status, child_applicant, child_sponsor, couple, discretionary,
    four_year_status, live_together, married, rule,
};
use crate::law::facts::{Facts, SponsorStatus as St};
use chrono::NaiveDate;

/// A child is under 18 until the 18th birthday (utl. § 50 [L50]).
const ADULT_AGE: i32 = 18;

// --- utl. § 50: who counts as a child under 18 (§ 3.9) ----------------------

/// The outcome of utl. § 50 for one child.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Under18 {
    Yes,
    No,
    /// The complete application arrived on the 18th birthday: whether
    /// "innen 18-årsdagen" includes the day is UNVERIFIED.
    Boundary,
}

/// utl. § 50: "søknaden med alle opplysninger og vedlegg … innkommet … innen
/// 18-årsdagen" counts the child as under 18 (requirements.md § 3.9).
pub fn under_18(f: &Facts, birth: NaiveDate, x: NaiveDate) -> Need<Under18> {
    if age_on(birth, x) < ADULT_AGE {
        return Ok(Under18::Yes);
    }
    let delivered = need(f.application_delivered, "application_delivered")?;
    if age_on(birth, delivered) >= ADULT_AGE {
        return Ok(Under18::No);
    }
    let complete = need(f.application_complete_date, "application_complete_date")?;
    let b18 = birthday(birth, ADULT_AGE);
    Ok(if complete < b18 {
        Under18::Yes
    } else if complete == b18 {
        Under18::Boundary
    } else {
        Under18::No
    })
}

// --- personkrets: who can bring whom (§ 5.1) --------------------------------

pub const PERSONKRETS_SOURCE: &str =
    "utl. §§ 40–50 [L40] [L41] [L44] [F93] [L47] [L49] [F97] [F95] [L50]";

/// utl. § 40 ff.: the sponsor needs a permit that can form the basis of family immigration.
const PK_BASIS: Rule = rule("PK-basis", "utl. § 40 første ledd [SEED]");
/// utl. § 49: other family members only "dersom sterke menneskelige hensyn tilsier det".
const PK_OTHER: Rule = rule("PK-other", "utl. § 49 [L49]");
/// utl. § 40 first paragraph (a)–(d), including § 34 sponsors (d).
const PK_SPOUSE: Rule = rule("PK-spouse", "utl. § 40 første ledd bokstav a–d [L40]");
/// utl. § 41: cohabitants who have lived together for at least two years.
const PK_COH_2Y: Rule = rule("PK-coh-2y", "utl. § 41 [L41] (RS 2010-034) [COH]");
/// [COH]: "You have, or are expecting, a child together".
const PK_COH_CHILD: Rule = rule("PK-coh-child", "utl. § 41 [COH]");
const PK_COH: Rule = rule("PK-coh", "utl. § 41 [L41] [COH]");
const PK_AGE_BOUNDARY: Rule = rule("PK-age-boundary", "utl. § 50 [L50]");
const PK_AGE: Rule = rule("PK-age", "utl. § 50 [L50]");
/// PN 2013-003: a child with one parent in Norway needs the other parent's consent.
const PK_CHILD_CONSENT: Rule = rule("PK-child-consent", "utl. § 42 [PN13]");
const PK_CHILD: Rule = rule("PK-child", "utl. § 42 [PN13]; utl. § 50 [L50]");
const PK_PARENT: Rule = rule("PK-parent", "utl. § 44 [L44]");
const PK_ACCESS: Rule = rule("PK-access", "utl. § 45; utf. § 9-3 [F93] [PAR]");
const PK_PROTECTED_MINOR: Rule = rule("PK-protected-minor", "utl. § 43 [PAR43]");
const PK_DISCRETIONARY: Rule = rule(
    "PK-discretionary",
    "utl. §§ 47–49; utf. §§ 9-5, 9-7 [F95] [L47] [L49] [F97]",
);

pub fn personkrets(cx: &Cx) -> Res {
    let f = cx.f;
    let Some(rel) = f.relation else {
        return Res::missing(PK_BASIS, vec!["relation".into()]);
    };
    let status = match need(f.sponsor_status, "sponsor_status") {
        Ok(s) => s,
        Err(m) => return Res::missing(PK_BASIS, m),
    };
    if status == St::PermitWithoutBasis {
        return Res::new(Status::NotMet, PK_BASIS);
    }
    if rel == R::Other {
        return Res::new(Status::NotMet, PK_OTHER).exc(&["personkrets-strong-reasons"]);
    }
    if married(rel) {
        return Res::new(Status::Met, PK_SPOUSE);
    }
    if rel == R::Cohabitant {
        if f.cohabited_years.is_some_and(|y| y >= 2.0) {
            return Res::new(Status::Met, PK_COH_2Y);
        }
        if f.child_together_conceived.is_some_and(|c| c != CC::None) {
            return Res::new(Status::Met, PK_COH_CHILD);
        }
        let mut m = vec![];
        if f.cohabited_years.is_none() {
            m.push("cohabited_years".to_string());
        }
        if f.child_together_conceived.is_none() {
            m.push("child_together_conceived".to_string());
        }
        if !m.is_empty() {
            return Res::missing(PK_COH, m);
        }
        return Res::new(Status::NotMet, PK_COH);
    }
    if child_applicant(rel) || child_sponsor(rel) {
        let renewal = match need(f.is_renewal, "is_renewal") {
            Ok(r) => r,
            Err(m) => return Res::missing(PK_AGE, m),
        };
        if !renewal {
            let (birth, name) = if child_applicant(rel) {
                (f.applicant_birth_date, "applicant_birth_date")
            } else {
                (f.sponsor_birth_date, "sponsor_birth_date")
            };
            let birth = match need(birth, name) {
                Ok(b) => b,
                Err(m) => return Res::missing(PK_AGE, m),
            };
            match under_18(f, birth, cx.x) {
                Err(m) => return Res::missing(PK_AGE, m),
                Ok(Under18::Boundary) => {
                    return Res::new(Status::Unknown, PK_AGE_BOUNDARY).note(Note::Boundary);
                }
                Ok(Under18::No) => return Res::new(Status::NotMet, PK_AGE),
                Ok(Under18::Yes) => {}
            }
        }
    }
    match rel {
        R::ChildUnder18 => match need(f.other_parent_consent, "other_parent_consent") {
            Err(m) => Res::missing(PK_CHILD_CONSENT, m),
            Ok(OtherParentConsent::Missing) => Res::new(Status::NeedsAssessment, PK_CHILD_CONSENT)
                .exc(&["child-consent-dispensation"]),
            Ok(_) => Res::new(Status::Met, PK_CHILD),
        },
        R::ParentOfChildUnder18 => Res::new(Status::Met, PK_PARENT),
        R::ParentWithAccessRights => Res::new(Status::NeedsAssessment, PK_ACCESS),
        R::ParentOfProtectedMinor => {
            Res::new(Status::NeedsAssessment, PK_PROTECTED_MINOR).note(Note::Unverified)
        }
        r if r == R::FosterChildUnder18
            || r == R::SiblingUnder18WithoutCarers
            || discretionary(r) =>
        {
            Res::new(Status::NeedsAssessment, PK_DISCRETIONARY)
        }
        _ => Res::new(Status::NeedsAssessment, PK_DISCRETIONARY),
    }
}

// --- alder18: both 18 or older (§ 5.2) --------------------------------------

pub const ALDER18_SOURCE: &str = "utl. § 40 annet ledd [L40] [COH] [RS77] [EKL]";
const A18_NA: Rule = rule("A18-na", "");
/// utl. § 40 second paragraph: both spouses must be 18; [COH] for cohabitants.
const A18_COUPLE: Rule = rule("A18", "utl. § 40 annet ledd [L40]; [COH]");
/// RS 2010-077 punkt 2: "begge parter har fylt 18 år på vedtakstidspunktet";
/// ekteskapsloven § 1 a: "Den som er under 18 år, kan ikke inngå ekteskap".
const A18_FIANCE: Rule = rule(
    "A18",
    "RS 2010-077 punkt 2 [RS77]; ekteskapsloven § 1 a [EKL]",
);

/// Both birth dates (sponsor, applicant), or the ones missing.
pub(crate) fn birth_dates(f: &Facts) -> Need<(NaiveDate, NaiveDate)> {
    match (f.sponsor_birth_date, f.applicant_birth_date) {
        (Some(s), Some(a)) => Ok((s, a)),
        (s, a) => {
            let mut m = vec![];
            if s.is_none() {
                m.push("sponsor_birth_date".to_string());
            }
            if a.is_none() {
                m.push("applicant_birth_date".to_string());
            }
            Err(m)
        }
    }
}

/// The later of the two birthdays on which both have turned `age`.
fn both_turn(f: &Facts, age: i32) -> Need<NaiveDate> {
    birth_dates(f).map(|(s, a)| birthday(s, age).max(birthday(a, age)))
}

pub fn alder18(cx: &Cx) -> Res {
    let rel = cx.f.relation.unwrap_or(R::Other);
    if !(married(rel) || rel == R::Cohabitant || rel == R::Fiance) {
        return Res::new(Status::NotApplicable, A18_NA);
    }
    let r = if rel == R::Fiance {
        A18_FIANCE
    } else {
        A18_COUPLE
    };
    match both_turn(cx.f, ADULT_AGE) {
        Err(m) => Res::missing(r, m),
        Ok(d) if cx.x >= d => Res::new(Status::Met, r).met_from(Some(d)),
        Ok(d) => Res::new(Status::NotMet, r).met_from(Some(d)),
    }
}

// --- fireaarskrav: four years of work or education (§ 5.3) ------------------

pub const FIREAARSKRAV_SOURCE: &str = "utl. § 40 a; utf. § 9-1 [L40a] [F91] [U4Y] [F20B]";
/// The four-year rule is in utl. § 40 a and reaches cohabitants and
/// fiancé(e)s through §§ 41 and 48 [F20B].
const Y4_NA_RELATION: Rule = rule("4Y-na-relation", "utl. § 40 a [L40a] [F20B]");
/// utl. § 40 a first paragraph (a)–(f): only sponsors with these permits.
const Y4_NA_STATUS: Rule = rule("4Y-na-status", "utl. § 40 a første ledd [L40a] [U4Y]");
/// utf. § 9-1: not for a sponsor aged 67 or more.
const Y4_67: Rule = rule("4Y-67", "utf. § 9-1 [F91]");
const SPONSOR_AGE_LIMIT: i32 = 67;
/// utl. § 40 a second paragraph (a): the marriage was entered into before the sponsor's entry.
const Y4_A1: Rule = rule("4Y-a1", "utl. § 40 a annet ledd bokstav a [L40a]");
/// utl. § 40 a second paragraph (a): a child together conceived before entry.
const Y4_A2: Rule = rule("4Y-a2", "utl. § 40 a annet ledd bokstav a [L40a] [U4Y]");
/// utl. § 40 a second paragraph (b): married in Norway while both held permits.
const Y4_B1: Rule = rule("4Y-b1", "utl. § 40 a annet ledd bokstav b [L40a]");
/// utl. § 40 a second paragraph (b): a child conceived in Norway while both held permits.
const Y4_B2: Rule = rule("4Y-b2", "utl. § 40 a annet ledd bokstav b [L40a] [U4Y]");
/// utl. § 40 a second paragraph (a) read with § 41 (reading UNVERIFIED).
const Y4_C: Rule = rule(
    "4Y-c",
    "utl. § 40 a annet ledd bokstav a, jf. § 41 [L40a] [U4Y]",
);
const Y4_MET: Rule = rule("4Y-met", "utl. § 40 a første ledd; utf. § 9-1 [L40a] [F91]");
const Y4_MISSING: Rule = rule("4Y-missing", "");
/// [U4Y] names only "samboer uten barn, hvis dere har bodd sammen i mindre enn to år".
const Y4_C2: Rule = rule("4Y-c2", "[U4Y]");
/// utl. § 40 a third paragraph: "særlige grunner, herunder hensynet til familiens enhet".
const Y4_D: Rule = rule("4Y-d", "utl. § 40 a tredje ledd [L40a]");
const Y4_GEN: Rule = rule("4Y-gen", "utl. § 40 a [L40a]; utf. § 9-1 [F91]");
const FOUR_YEARS: f64 = 4.0;
const TWO_YEARS: f64 = 2.0;

fn conceived(f: &Facts, c: CC) -> Tri {
    match f.child_together_conceived {
        Some(v) => Tri::of(v == c),
        None => Tri::U(vec!["child_together_conceived".into()]),
    }
}

fn flag(v: Option<bool>, name: &str) -> Tri {
    Tri::from_need(need(v, name))
}

pub fn fireaarskrav(cx: &Cx) -> Res {
    let f = cx.f;
    let rel = f.relation.unwrap_or(R::Other);
    if !couple(rel) {
        return Res::new(Status::NotApplicable, Y4_NA_RELATION);
    }
    let status = match need(f.sponsor_status, "sponsor_status") {
        Ok(s) => s,
        Err(m) => return Res::missing(Y4_MISSING, m),
    };
    if !four_year_status(status) {
        return Res::new(Status::NotApplicable, Y4_NA_STATUS);
    }
    let is_married = Tri::of(married(rel));
    let exemptions = [
        (
            Y4_67,
            match f.sponsor_birth_date {
                Some(b) => Tri::of(age_on(b, cx.x) >= SPONSOR_AGE_LIMIT),
                None => Tri::U(vec!["sponsor_birth_date".into()]),
            },
        ),
        (
            Y4_A1,
            is_married
                .clone()
                .and_then(|| before_entry(f, f.marriage_date, "marriage_date")),
        ),
        (Y4_A2, conceived(f, CC::BeforeSponsorEntry)),
        (
            Y4_B1,
            is_married.and_then(|| {
                flag(
                    f.married_in_norway_while_both_lawful,
                    "married_in_norway_while_both_lawful",
                )
            }),
        ),
        (Y4_B2, conceived(f, CC::InNorwayWhileBothLawful)),
        (
            Y4_C,
            Tri::of(rel == R::Cohabitant).and_then(|| {
                moved_to_norway(f).and_then(|| {
                    flag(
                        f.cohabited_two_years_before_move,
                        "cohabited_two_years_before_move",
                    )
                })
            }),
        ),
    ];
    let unknown = match any_of(exemptions) {
        AnyOf::Found(r) => {
            let res = Res::new(Status::NotApplicable, r);
            return if r == Y4_C {
                res.note(Note::Unverified)
            } else {
                res
            };
        }
        AnyOf::Unknown(m) => m,
        AnyOf::None => vec![],
    };
    if f.sponsor_fulltime_years.is_some_and(|y| y >= FOUR_YEARS) {
        return Res::new(Status::Met, Y4_MET);
    }
    if !unknown.is_empty() || f.sponsor_fulltime_years.is_none() {
        let mut m = unknown;
        if f.sponsor_fulltime_years.is_none() {
            m = merge(m, vec!["sponsor_fulltime_years".into()]);
        }
        let res = Res::missing(Y4_MISSING, m);
        return if f.sponsor_fulltime_years.is_some() {
            res.exc(&["fireaarskrav-family-unity"])
        } else {
            res
        };
    }
    if rel == R::Cohabitant && f.child_together_conceived == Some(CC::None) {
        match need(f.cohabited_years, "cohabited_years") {
            Err(m) => return Res::missing(Y4_C2, m).exc(&["fireaarskrav-family-unity"]),
            Ok(y) if y >= TWO_YEARS => {
                return Res::new(Status::NeedsAssessment, Y4_C2)
                    .exc(&["fireaarskrav-family-unity"])
                    .note(Note::Unverified);
            }
            Ok(_) => {}
        }
    }
    match need(f.family_unity_grounds, "family_unity_grounds") {
        Err(m) => Res::missing(Y4_D, m).exc(&["fireaarskrav-family-unity"]),
        Ok(FamilyUnityGrounds::None) => {
            Res::new(Status::NotMet, Y4_GEN).exc(&["fireaarskrav-family-unity"])
        }
        Ok(_) => Res::new(Status::NeedsAssessment, Y4_D).exc(&["fireaarskrav-family-unity"]),
    }
}

// --- alder24: both 24 or older (§ 5.4) --------------------------------------

pub const ALDER24_SOURCE: &str = "utl. § 41 a [L41a] [U24] [U24F] [UNE24]";
const A24_NA: Rule = rule("24-na", "");
/// utl. § 41 a first paragraph (a): married before the sponsor's entry.
const A24_A1: Rule = rule("24-a1", "utl. § 41 a første ledd bokstav a [L41a]");
/// utl. § 41 a first paragraph (a) as UDI reads it: cohabited two years before the move.
const A24_A2: Rule = rule("24-a2", "utl. § 41 a første ledd bokstav a [L41a] [U24]");
/// UDI practice [U24]: "har barn som ble unnfanget før noen av dere flyttet til Norge".
const A24_A3: Rule = rule("24-a3", "UDI-praksis [U24] [SEED]");
/// utl. § 41 a first paragraph (b): married in Norway while both were lawfully resident.
const A24_B1: Rule = rule("24-b1", "utl. § 41 a første ledd bokstav b [L41a]");
const A24_B2: Rule = rule("24-b2", "utl. § 41 a første ledd bokstav b [L41a] [U24]");
/// UDI practice [U24]: a child conceived in Norway while both were lawfully resident.
const A24_B3: Rule = rule("24-b3", "UDI-praksis [U24] [SEED]");
const A24_GEN: Rule = rule("24-gen", "");
const A24_MISSING: Rule = rule("24-missing", "");
const A24_A3_SPOUSE: Rule = rule("24-a3-spouse", "");
const AGE_24: i32 = 24;

pub fn alder24(cx: &Cx) -> Res {
    let f = cx.f;
    let rel = f.relation.unwrap_or(R::Other);
    if !couple(rel) {
        return Res::new(Status::NotApplicable, A24_NA);
    }
    let is_married = married(rel);
    let unmarried_couple = matches!(rel, R::Cohabitant | R::Fiance);
    let conceived_before = moved_to_norway(f).and_then(|| conceived(f, CC::BeforeSponsorEntry));
    let a3 = if is_married {
        conceived_before.clone().and_then(|| {
            flag(
                f.child_together_born_before_entry,
                "child_together_born_before_entry",
            )
        })
    } else {
        conceived_before.clone()
    };
    let exemptions = [
        (
            A24_A1,
            Tri::of(is_married).and_then(|| before_entry(f, f.marriage_date, "marriage_date")),
        ),
        (
            A24_A2,
            moved_to_norway(f).and_then(|| {
                flag(
                    f.cohabited_two_years_before_move,
                    "cohabited_two_years_before_move",
                )
            }),
        ),
        (A24_A3, a3),
        (
            A24_B1,
            Tri::of(is_married).and_then(|| {
                flag(
                    f.married_in_norway_while_both_lawful,
                    "married_in_norway_while_both_lawful",
                )
            }),
        ),
        (
            A24_B2,
            flag(
                f.cohabited_in_norway_while_both_lawful,
                "cohabited_in_norway_while_both_lawful",
            ),
        ),
        (
            A24_B3,
            Tri::of(unmarried_couple).and_then(|| conceived(f, CC::InNorwayWhileBothLawful)),
        ),
    ];
    let unknown = match any_of(exemptions) {
        AnyOf::Found(r) => return Res::new(Status::NotApplicable, r),
        AnyOf::Unknown(m) => m,
        AnyOf::None => vec![],
    };
    let both = both_turn(f, AGE_24);
    if let Ok(d) = both
        && cx.x >= d
    {
        return Res::new(Status::Met, A24_GEN).met_from(Some(d));
    }
    let met_from = both.as_ref().ok().copied();
    if !unknown.is_empty() || both.is_err() {
        let m = merge(unknown, both.clone().err().unwrap_or_default());
        let res = Res::missing(A24_MISSING, m).met_from(met_from);
        return if both.is_ok() {
            res.exc(&["alder24-voluntary"])
        } else {
            res
        };
    }
    if is_married && conceived_before == Tri::T {
        // Conceived before the move but born after it (B12): UNVERIFIED.
        return Res::new(Status::NeedsAssessment, A24_A3_SPOUSE)
            .exc(&["alder24-voluntary"])
            .met_from(met_from)
            .note(Note::Unverified);
    }
    Res::new(Status::NotMet, A24_GEN)
        .exc(&["alder24-voluntary"])
        .met_from(met_from)
}

// --- bolig: living together, or housing (§ 5.8) -----------------------------

pub const BOLIG_SOURCE: &str =
    "utl. §§ 40, 41, 44; utf. §§ 10-12, 10-20 [L40] [L41] [L44] [F1012] [F1020] [ADULT]";
/// utf. § 10-12 fourth paragraph: the housing requirement applies only under §§ 46–49.
const B_ACCESS: Rule = rule("B-access", "utf. § 10-12 fjerde ledd [F1012] [F93]");
/// [FIA]: "Dere må ha planer om å bo sammen i Norge".
const B_FIANCE_TOGETHER: Rule = rule("B-fiance-together", "[FIA]");
/// [FIA]: "Du må ha en bolig"; utf. § 10-12.
const B_HOUSING_FIANCE: Rule = rule("B-housing", "utf. § 10-12 [FIA] [F1012]");
const B_FIANCE: Rule = rule("B-fiance", "utf. § 10-12 [FIA] [F1012]");
/// utl. § 40 third paragraph: spouses must live together.
const B_TOGETHER_SPOUSE: Rule = rule("B-together", "utl. § 40 tredje ledd [L40]");
const B_TOGETHER_COHABITANT: Rule = rule("B-together", "utl. § 41 [L41]");
/// For children the requirement is taken from [SEED] (UNVERIFIED in current UDI text).
const B_TOGETHER_CHILD: Rule = rule("B-together", "utl. § 42 [SEED]");
const B_TOGETHER_PARENT: Rule = rule("B-together", "utl. § 44 [L44]");
/// [PAR43]: "You are going to live with the child in Norway".
const B_TOGETHER_PROTECTED: Rule = rule("B-together", "utl. § 43 [PAR43]");
/// utf. § 10-20 fourth paragraph: "Det gjelder ikke krav til sikret bolig ved fornyelse".
const B_RENEWAL: Rule = rule("B-renewal", "utf. § 10-20 fjerde ledd [F1020]");
const B_HOUSING: Rule = rule("B-housing", "utf. § 10-12 [F1012] [ADULT]");

pub fn bolig(cx: &Cx) -> Res {
    let f = cx.f;
    let rel = f.relation.unwrap_or(R::Other);
    if rel == R::ParentWithAccessRights {
        return Res::new(Status::NotApplicable, B_ACCESS);
    }
    if rel == R::Fiance {
        return match need(f.will_live_together, "will_live_together") {
            Err(m) => Res::missing(B_FIANCE_TOGETHER, m),
            Ok(false) => Res::new(Status::NotMet, B_FIANCE_TOGETHER),
            Ok(true) => match need(f.sponsor_has_housing, "sponsor_has_housing") {
                Err(m) => Res::missing(B_HOUSING_FIANCE, m),
                Ok(false) => {
                    Res::new(Status::NotMet, B_HOUSING_FIANCE).exc(&["bolig-humanitarian"])
                }
                Ok(true) => Res::new(Status::Met, B_FIANCE),
            },
        };
    }
    if live_together(rel) {
        let r = match rel {
            R::Cohabitant => B_TOGETHER_COHABITANT,
            R::ChildUnder18 => B_TOGETHER_CHILD,
            R::ParentOfChildUnder18 => B_TOGETHER_PARENT,
            R::ParentOfProtectedMinor => B_TOGETHER_PROTECTED,
            _ => B_TOGETHER_SPOUSE,
        };
        let unverified = matches!(rel, R::ChildUnder18 | R::ParentOfProtectedMinor);
        let res = match need(f.will_live_together, "will_live_together") {
            Err(m) => return Res::missing(r, m),
            Ok(true) => Res::new(Status::Met, r),
            Ok(false) if married(rel) => {
                Res::new(Status::NotMet, r).exc(&["bolig-special-circumstances"])
            }
            Ok(false) => Res::new(Status::NotMet, r),
        };
        return if unverified {
            res.note(Note::Unverified)
        } else {
            res
        };
    }
    match need(f.is_renewal, "is_renewal") {
        Err(m) => return Res::missing(B_RENEWAL, m),
        Ok(true) => return Res::new(Status::NotApplicable, B_RENEWAL),
        Ok(false) => {}
    }
    match need(f.sponsor_has_housing, "sponsor_has_housing") {
        Err(m) => Res::missing(B_HOUSING, m),
        Ok(true) => Res::new(Status::Met, B_HOUSING),
        Ok(false) => Res::new(Status::NotMet, B_HOUSING).exc(&["bolig-humanitarian"]),
    }
}
