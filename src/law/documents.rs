//! Which documents prove a result (guidance.md § 3). A result lists documents
//! when its status is not_met, needs_assessment or unknown; notes about
//! documents (what UDI fetches itself) are kept apart and never offered as
//! attachments.
use super::facts::{PensionType, Relation as R};
use super::{Cx, Res, child_applicant, citizen_or_permanent, married};

/// Every document id with whether it is a note (advice, never an attachment).
pub static DOCUMENTS: &[(&str, bool)] = &[
    ("marriage-certificate", false),
    ("cohabitation-proof", false),
    ("birth-certificate", false),
    ("parental-responsibility-and-consent", false),
    ("access-agreement", false),
    ("sponsor-permit-decision", false),
    ("application-receipts", false),
    ("prevented-proof", false),
    ("work-education-proof", false),
    ("employment-contract", false),
    ("nav-benefits", false),
    ("nav-pension-decision", false),
    ("student-finance", false),
    ("applicant-employment", false),
    ("self-employed", false),
    ("tax-settlement", false),
    ("foreign-income-proof", false),
    ("study-or-military", false),
    ("wealth-proof", false),
    ("voluntary-statement", false),
    ("nav-social-assistance", false),
    ("live-together", false),
    ("housing", false),
    ("explain-missing", false),
    ("no-payslips", true),
    ("udi-fetches", true),
];

fn push(v: &mut Vec<&'static str>, id: &'static str) {
    if !v.contains(&id) {
        v.push(id);
    }
}

/// Fills `documents` and `document_notes` of `res` for requirement `id`.
pub(crate) fn attach(id: &str, cx: &Cx, res: &mut Res) {
    if !res.status.needs_attention() {
        return;
    }
    let f = cx.f;
    let rel = f.relation.unwrap_or(R::Other);
    let rule = res.rule;
    let mut d: Vec<&'static str> = vec![];
    let mut notes: Vec<&'static str> = vec![];
    let relation_proof = |d: &mut Vec<&'static str>| {
        if married(rel) {
            push(d, "marriage-certificate");
        } else if rel == R::Cohabitant {
            push(d, "cohabitation-proof");
        }
    };
    let income_exemption_docs = |d: &mut Vec<&'static str>| {
        if rule.starts_with("E4") || rule.starts_with("E5") {
            push(d, "sponsor-permit-decision");
        }
        if rule.starts_with("E4") || rule.starts_with("E3") {
            push(d, "application-receipts");
        }
        if matches!(
            rule,
            "E4-waiver" | "E4-closed-day" | "E3-late" | "E4-deadline"
        ) {
            push(d, "prevented-proof");
        }
        if rule.starts_with("E2") || rule.starts_with("E3") {
            push(d, "birth-certificate");
        }
        if rule.starts_with('P') {
            push(d, "nav-pension-decision");
        }
        if rule == "P2-not-addressed" || rule == "F-cap" {
            push(d, "voluntary-statement");
        }
    };
    match id {
        "personkrets" => {
            relation_proof(&mut d);
            if child_applicant(rel) || rel == R::ChildUnder18 {
                push(&mut d, "birth-certificate");
            }
            if rule == "PK-age" || rule == "PK-age-boundary" {
                push(&mut d, "application-receipts");
            }
            if rule == "PK-child-consent" {
                push(&mut d, "parental-responsibility-and-consent");
            }
            if rule == "PK-access" {
                push(&mut d, "access-agreement");
            }
        }
        "alder18" => push(&mut d, "birth-certificate"),
        "fireaarskrav" => {
            push(&mut d, "work-education-proof");
            relation_proof(&mut d);
            if f.child_together_conceived
                .is_some_and(|c| c != super::facts::ChildConceived::None)
            {
                push(&mut d, "birth-certificate");
            }
        }
        "alder24" => {
            push(&mut d, "voluntary-statement");
            relation_proof(&mut d);
            if f.child_together_conceived
                .is_some_and(|c| c != super::facts::ChildConceived::None)
            {
                push(&mut d, "birth-certificate");
            }
        }
        "underhold_fremtidig" => {
            income_exemption_docs(&mut d);
            push(&mut d, "employment-contract");
            push(&mut d, "nav-benefits");
            if f.sponsor_pension_type
                .is_some_and(|p| p != PensionType::None)
            {
                push(&mut d, "nav-pension-decision");
            }
            if matches!(rule, "F-stp" | "F-stu") {
                push(&mut d, "student-finance");
            }
            if matches!(rule, "F-gen-a" | "F-b-means") {
                push(&mut d, "applicant-employment");
            }
            if rule == "F-cap" {
                push(&mut d, "wealth-proof");
            }
            push(&mut notes, "no-payslips");
            push(&mut notes, "udi-fetches");
        }
        "underhold_tidligere" => {
            income_exemption_docs(&mut d);
            push(&mut d, "tax-settlement");
            if f.sponsor_status.is_some_and(|s| !citizen_or_permanent(s)) {
                push(&mut d, "foreign-income-proof");
            }
            if f.sponsor_past_income_exemption.is_none() {
                push(&mut d, "study-or-military");
            }
            if rule == "T-cap" {
                push(&mut d, "wealth-proof");
            }
            push(&mut notes, "udi-fetches");
        }
        "sosialstonad" => {
            income_exemption_docs(&mut d);
            push(&mut d, "nav-social-assistance");
            push(&mut notes, "udi-fetches");
        }
        "bolig" => {
            if rule == "B-together" || rule == "B-fiance-together" {
                push(&mut d, "live-together");
            } else {
                push(&mut d, "housing");
            }
        }
        ground => {
            if let Some(g) = super::grounds::ground(ground) {
                for doc in g.documents {
                    push(&mut d, doc);
                }
            }
        }
    }
    if res.status == super::Status::Unknown {
        push(&mut d, "explain-missing");
    }
    res.documents = d;
    res.document_notes = notes;
}
