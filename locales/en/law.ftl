# The law module (src/law): statuses, requirements, rules, exceptions, documents, notes,
# figures, facts, interview and refusal grounds. English.
# Contract: requirements.md v2, guidance.md v2 (2026-11-30). Same ids and variables in nb, nn and en.
# "The sponsor" (referansepersonen) is the person in Norway the applicant wants to join; "you" is the applicant.
# Amounts and dates come already formatted from the code. Never state an UNVERIFIED point as settled law.

## 1. Statuses

status-met = met
status-not_met = not met
status-not_applicable = does not apply
status-needs_assessment = UDI/UNE will assess
status-unknown = we do not know yet

## 2. Requirements: title, explanation, draft argument for the klage letter

req-personkrets-explain = The law lists which family members can get a family-immigration permit, for example spouses, cohabitants, children under 18 and some parents (utl. §§ 40–49). The sponsor (referansepersonen: the person in Norway you apply to join) must also have a permit that allows family immigration (utl. § 40 first paragraph).
req-personkrets-argument = I believe the requirement on family relation is met (utl. §§ 40–49). [write here: how you are related to the sponsor, for example the date of your marriage or how long you have lived together]. I refer to the attached documents. If UDI or UNE finds that the requirement is not met, I ask that weight is given to the following: [write here: why your family must live together].

req-alder18-explain = Spouses, registered partners, cohabitants and fiancé(e)s must both be 18 or older on the day the case is decided (utl. § 40 second paragraph; UDI; for fiancé(e)s RS 2010-077). No one under 18 can marry in Norway (ekteskapsloven § 1 a).
req-alder18-argument = I believe the age requirement is met, because we are both 18 or older on the date the klage is decided (utl. § 40 second paragraph). I was born on [write here: your date of birth] and the sponsor was born on [write here: the sponsor's date of birth]. I refer to the attached birth certificates.

req-fireaarskrav-explain = If your family was formed after the sponsor came to Norway, and the sponsor has protection, a humanitarian permit, a family-immigration permit or a permanent permit on one of these bases, the sponsor must have worked or studied full time in Norway for four years (utl. § 40 a; utf. § 9-1). The rule does not apply to Norwegian or Nordic citizens, or when the sponsor is 67 or older.
req-fireaarskrav-argument = I believe the four-year requirement is met, or does not apply to us (utl. § 40 a; utf. § 9-1). The sponsor has [write here: work, school, studies, introduction programme, Norwegian training, parental leave or sickness benefit, with dates]. In total this is [write here: number] years of full-time activity. I refer to the attached documents. If UDI or UNE finds that the requirement is not met, I ask for an exception on special grounds, including the interests of family unity (utl. § 40 a third paragraph), because [write here: for example that we have a child together].

req-alder24-explain = If your family was formed after the sponsor came to Norway, both of you must be 24 or older when the case is decided (utl. § 41 a). The rule does not apply, for example, if you were married before the sponsor moved to Norway, or lived together for at least two years before the move (utl. § 41 a first paragraph).
req-alder24-argument = I believe the requirement that both must be 24 is met, or does not apply to us (utl. § 41 a). [write here: both dates of birth, or why an exemption applies, for example when you married or moved in together]. If UDI or UNE finds that the requirement applies and is not met, I ask for an exception because it is obvious that our relationship is voluntary (utl. § 41 a second paragraph). [write here: how you met, how long you have known each other and how you decided to marry or live together].

req-underhold_fremtidig-explain = The sponsor must be expected to earn enough before tax for at least the next year (utf. § 10-8). The figure follows the basic amount of the National Insurance (G) and depends on when the application was registered. Some people are exempt, for example family of refugees who apply in time (utf. § 10-8 fourth paragraph).
req-underhold_fremtidig-argument = I believe the requirement for future income is met (utf. § 10-8). The requirement is { $figure }. The sponsor [write here: position, employer, yearly income before tax and from which date]. I refer to the attached employment contract or confirmation from the employer. I ask that the income is assessed as it is when the klage is decided (fvl. § 34). If UDI or UNE finds that the requirement is not met, I ask for an exception (utf. § 10-11) because [write here: particularly strong humanitarian considerations, or who else can clearly provide for us].

req-underhold_tidligere-explain = The sponsor must also have earned enough in the last income year, as shown in the tax settlement (skatteoppgjør) (utf. § 10-9). UDI normally uses the year before the decision, or the year before that if the data are not ready (UDI).
req-underhold_tidligere-argument = I believe the requirement for past income is met, or that the sponsor is exempt from it (utf. § 10-9). The requirement for { $year } is { $figure }. The sponsor earned NOK [write here: amount] before tax in { $year }. [write here: any exemption, for example 60 study credits or military service last year]. I refer to the attached tax settlement.

req-sosialstonad-explain = The sponsor must not have received financial social assistance (økonomisk sosialhjelp) or qualification benefit (kvalifiseringsstønad) from NAV in the 12 months before the decision (utf. § 10-10). Some payments do not count, for example help while waiting for other benefits (utf. § 10-10 letters a and b).
req-sosialstonad-argument = I believe the condition on social assistance is met (utf. § 10-10). [write here: when the sponsor last received financial social assistance or qualification benefit, and whether it was paid while waiting for other benefits or housing benefit, or during the introduction programme]. I refer to the attached statement from NAV.

req-bolig-explain = Spouses, cohabitants and parents of a child must be going to live together in Norway (utl. § 40 third paragraph; utl. §§ 41, 43 and 44). For children, UDI's current text on this has not been checked. For fiancé(e)s and some other family members the sponsor must also have a home that meets public standards (utf. § 10-12).
req-bolig-argument = I believe the requirement on living together and housing is met. We will live together in Norway at [write here: address]. [write here: whether the home is owned or rented, its size, and since when]. I refer to the attached proof of housing.

## 3. Rules: which sub-rule decided the result ($status = met, not_met, not_applicable, needs_assessment, unknown)

rule-relation-missing = We do not know your family relation to the sponsor yet, so we cannot check the requirements. The relation decides which rules apply (utl. §§ 40–49).
rule-PK-basis = The sponsor's permit does not give a right to family immigration (utl. § 40 first paragraph). Check what the sponsor's own decision says.
rule-PK-other = The law does not give other family members a right to a permit. A permit can be given only if strong humanitarian considerations ("sterke menneskelige hensyn") call for it (utl. § 49).
rule-PK-spouse = Spouses and registered partners are among the family members who can get a permit (utl. § 40 first paragraph).
rule-PK-coh = { $status ->
        [met] You meet the conditions for cohabitants (utl. § 41).
       *[other] Cohabitants must have lived together for at least two years, or have or be expecting a child together (utl. § 41). According to your answers, neither is the case.
    }
rule-PK-coh-2y = You have lived together for at least two years, so you count as cohabitants (utl. § 41).
rule-PK-coh-child = You have, or are expecting, a child together, so you count as cohabitants (utl. § 41).
rule-PK-age-boundary = The complete application arrived exactly on the child's 18th birthday. The law says "innen 18-årsdagen" (by the 18th birthday), and the rules are not clear on whether the birthday itself counts (utl. § 50).
rule-PK-age = The child does not count as under 18: the complete application did not arrive before the 18th birthday (utl. § 50). Other rules may still help, for example for children aged 18–21 or adult children who depend on their parents.
rule-PK-child-consent = The child has a parent abroad who has not consented. UDI/UNE can make an exception if consent is impossible to get or there are special grounds (utl. § 42).
rule-PK-child = A child under 18 can get a permit to live with a parent in Norway (utl. § 42; utl. § 50).
rule-PK-parent = A parent who lives with a child under 18 in Norway can get a permit (utl. § 44).
rule-PK-access = A parent with visiting rights (samvær) with a child in Norway can get a permit, but UDI/UNE assess the case (utl. § 45; utf. § 9-3).
rule-PK-protected-minor = A parent of a child under 18 who has protection in Norway can get a permit (utl. § 43). UDI/UNE assess the case; we have not been able to check the current wording of § 43.
rule-PK-discretionary = For this family relation there is no right to a permit; UDI/UNE decide after an assessment (utl. §§ 47–49; utf. §§ 9-5 and 9-7).

rule-A18-na = The age-18 rule applies only to spouses, registered partners, cohabitants and fiancé(e)s.
rule-A18 = { $status ->
        [met] Both of you are 18 or older on the decision date (utl. § 40 second paragraph; for fiancé(e)s also ekteskapsloven § 1 a).
        [unknown] We need both dates of birth to check that both of you are 18 (utl. § 40 second paragraph).
       *[other] One of you is under 18 on the decision date. Both must be 18 (utl. § 40 second paragraph), and no one under 18 can marry in Norway (ekteskapsloven § 1 a).
    }

rule-4Y-na-relation = The four-year rule applies only to spouses, registered partners, cohabitants and fiancé(e)s (utl. § 40 a).
rule-4Y-na-status = The four-year rule does not apply to the sponsor's status (utl. § 40 a first paragraph). It never applies to Norwegian or Nordic citizens.
rule-4Y-67 = The four-year rule does not apply because the sponsor is 67 or older on the decision date (utf. § 9-1).
rule-4Y-a1 = The four-year rule does not apply because you were married before the sponsor came to Norway (utl. § 40 a second paragraph letter a).
rule-4Y-a2 = The four-year rule does not apply because you have a child together who was conceived before the sponsor came to Norway (utl. § 40 a second paragraph letter a; UDI).
rule-4Y-b1 = The four-year rule does not apply because you married in Norway while both of you had a permit or Norwegian or Nordic citizenship (utl. § 40 a second paragraph letter b).
rule-4Y-b2 = The four-year rule does not apply because your child was conceived in Norway while both of you were here lawfully (utl. § 40 a second paragraph letter b; UDI).
rule-4Y-c = We treat the four-year rule as not applying because you lived together for two years before the sponsor came to Norway (utl. § 40 a second paragraph letter a, read with § 41). The rules are not clear on this for cohabitants; attach proof that you lived together.
rule-4Y-met = { $status ->
        [met] The sponsor has at least four years of full-time work or education in Norway (utl. § 40 a first paragraph; utf. § 9-1).
       *[other] We compared the sponsor's years of full-time work or education with the four years required (utl. § 40 a first paragraph; utf. § 9-1).
    }
rule-4Y-missing = We cannot check the four-year rule yet: we need the facts listed below to see whether an exemption applies or how many years the sponsor has (utl. § 40 a).
rule-4Y-c2 = UDI says the rule applies to cohabitants without children "if you have lived together for less than two years". You have lived together longer, but the rules are not clear on this, so UDI/UNE will decide (utl. § 40 a).
rule-4Y-d = The sponsor has less than four years, but you have given special grounds. UDI/UNE can make an exception on special grounds, including the interests of family unity (utl. § 40 a third paragraph).
rule-4Y-gen = The sponsor has less than four years of full-time work or education in Norway, and no exemption applies (utl. § 40 a; utf. § 9-1).

rule-24-na = The age-24 rule applies only to spouses, registered partners, cohabitants and fiancé(e)s (utl. § 41 a).
rule-24-a1 = The age-24 rule does not apply because you were married before the sponsor came to Norway (utl. § 41 a first paragraph letter a).
rule-24-a2 = The age-24 rule does not apply because you lived together for at least two years before the sponsor came to Norway (utl. § 41 a first paragraph letter a; UDI).
rule-24-a3 = The age-24 rule does not apply because you have a child together who was conceived (for spouses: born) before the sponsor came to Norway (UDI practice under utl. § 41 a).
rule-24-b1 = The age-24 rule does not apply because you married in Norway while both of you had a permit or Norwegian or Nordic citizenship (utl. § 41 a first paragraph letter b).
rule-24-b2 = The age-24 rule does not apply because you lived together in Norway while both of you were here lawfully (utl. § 41 a first paragraph letter b; UDI).
rule-24-b3 = The age-24 rule does not apply because your child was conceived in Norway while both of you were here lawfully (UDI practice under utl. § 41 a).
rule-24-gen = { $status ->
        [met] Both of you are 24 or older on the decision date (utl. § 41 a).
       *[other] One of you is under 24 on the decision date, and no exemption applies (utl. § 41 a). An exception is possible if it is obvious that the relationship is voluntary (utl. § 41 a second paragraph).
    }
rule-24-missing = We cannot check the age-24 rule yet: we need the facts listed below to see whether an exemption applies or how old you both are (utl. § 41 a).
rule-24-a3-spouse = UDI's page exempts spouses who "had children together" before the move; your child was conceived before the move but born after it. Argue that the family was established before the move; UDI/UNE will assess it (utl. § 41 a).

rule-B-access = The housing rule does not apply to a parent with visiting rights (samvær): it applies only in cases under utl. §§ 46 to 49 (utf. § 10-12 fourth paragraph).
rule-B-fiance-together = Fiancé(e)s must plan to live together in Norway (UDI; utf. § 10-12). According to your answers you will not.
rule-B-fiance = You plan to live together, and the sponsor has a home (UDI; utf. § 10-12).
rule-B-housing = { $status ->
        [met] The sponsor has a home that meets the requirement (utf. § 10-12).
        [unknown] We need to know whether the sponsor has a home that meets public standards (utf. § 10-12).
       *[other] The sponsor must have a home that meets public standards, with a written lease if it is rented (utf. § 10-12). According to your answers this is not in place.
    }
rule-B-together = { $status ->
        [met] You will live together in Norway, as the law requires (utl. § 40 third paragraph, § 41, § 43 and § 44).
        [unknown] We need to know whether you will live together in Norway (utl. § 40 third paragraph, § 41, § 43 and § 44).
       *[other] The law requires that you will live together in Norway (utl. § 40 third paragraph, § 41, § 43 and § 44). For children, UDI's current text on this has not been checked.
    }
rule-B-renewal = There is no housing requirement when a permit is renewed (utf. § 10-20 fourth paragraph).

rule-E1 = { $status ->
        [not_applicable] There is no income requirement because the sponsor is a child under 18 (utl. § 50; UDI).
        [unknown] We cannot yet tell whether the sponsor counts as under 18, which would remove the income requirement (utl. § 50).
       *[other] The exemption for a sponsor under 18 does not apply, and the general income rule is not met (utl. § 50).
    }
rule-E1-boundary = The complete application arrived exactly on the sponsor's 18th birthday. The rules are not clear on whether that day counts as "innen 18-årsdagen", which decides the income exemption (utl. § 50).
rule-E2 = { $status ->
        [not_applicable] There is no income requirement because the child is under 15 and has no carers in the home country (UDI; PN 2017-002 point 3.2.3).
        [unknown] We need more facts to see whether the exemption for a child under 15 without carers applies (PN 2017-002 point 3.2.3).
       *[other] The exemption for a child under 15 without carers does not apply, and the general income rule is not met (PN 2017-002 point 3.2.3).
    }
rule-E2-15 = The child is 15 or older now but was under 15 when the application was delivered. UDI has not said which date decides, so UDI/UNE will assess it (PN 2017-002 point 3.2.3).
rule-E3 = { $status ->
        [not_applicable] There is no income requirement because the child was born in Norway and the application was made within one year of the birth (GI-30/2010).
        [unknown] We need more facts to see whether the exemption for a child born in Norway applies (GI-30/2010).
       *[other] The exemption for a child born in Norway does not apply, and the general income rule is not met (GI-30/2010).
    }
rule-E3-late = The application was registered within one year of the birth but delivered later. The rules are not clear on whether registration is enough (Sivilombudet reads "fremmet" as registration, UNE as delivery), so UDI/UNE will assess it (GI-30/2010).
rule-E4 = { $status ->
        [not_applicable] There is no income requirement: the sponsor has protection, your family existed before the sponsor came to Norway, and the application was made in time (utf. § 10-8 fourth paragraph letters a and c, fifth paragraph).
        [needs_assessment] The exemption for family of a person with protection may apply, but UDI/UNE must assess it (utf. § 10-8 fourth and fifth paragraphs).
        [unknown] We need the facts listed below to check the exemption for family of a person with protection (utf. § 10-8 fourth and fifth paragraphs).
       *[other] The exemption for family of a person with protection does not apply, and the general income rule is not met (utf. § 10-8 fourth and fifth paragraphs).
    }
rule-E4-family = The exemption for family of a person with protection covers only a family that existed before the sponsor came to Norway, and that is not the case here (utf. § 10-8 fourth paragraph letters a and c). So the general income rule decides.
rule-E4-deadline = { $status ->
        [unknown] The application was registered or delivered after the deadline for the refugee exemption: registration within 6 months (if protection was granted from 1 August 2017) and delivery within 12 months of the sponsor's decision (utf. § 10-8 fifth paragraph). Tell us whether something outside your control stopped you, such as a closed embassy or no free appointment.
       *[other] The application was registered or delivered after the deadline for the refugee exemption, and you have said nothing outside your control stopped you (utf. § 10-8 fifth paragraph). So the general income rule decides.
    }
rule-E4-waiver = The application came after the deadline, but something outside your control stopped you. The deadlines are waived in such cases, so UDI/UNE will assess it; explain what happened and attach proof (utf. § 10-8 fifth paragraph; Sivilombudet).
rule-E4-closed-day = The deadline for delivery fell on a day the office was closed, and you delivered on the next working day. The rules do not say so directly, but a closed day should move the deadline; UDI/UNE will assess it (utf. § 10-8 fifth paragraph, by analogy with domstolloven § 149).
rule-E4-cohabitant = You lived together before the sponsor came to Norway, but not for two years. UDI names cohabitants of people with protection among those exempt, but the rules are not clear on this, so UDI/UNE will assess it (utf. § 10-8 fourth paragraph).
rule-E4-collective = Family of people with collective protection may be exempt from the income requirement like family of refugees if the deadlines were met, but the current regulation text was not found, so we cannot say this for certain. Ask UDI/UNE to apply the exemption (utf. § 10-8 fourth paragraph; Sivilombudet).
rule-E5 = { $status ->
        [not_applicable] There is no income requirement: the sponsor's permit rests on human trafficking and the child's application was registered within six months of that permit (utf. § 10-8; UDI). UDI has not confirmed the current deadline for this exemption.
        [unknown] We need more facts to check the exemption for children of a victim of human trafficking (utf. § 10-8; UDI).
       *[other] The exemption for children of a victim of human trafficking does not apply, and the general income rule is not met (utf. § 10-8; UDI).
    }
rule-E5-late = The application was registered more than six months but within one year after the sponsor's permit. The deadline of this exemption has not been confirmed, so UDI/UNE will assess it (utf. § 10-8; UDI).

rule-P-missing = We need more facts about the sponsor's pension to check the pension route (utf. § 10-8 second paragraph).
rule-P-nofig = No pension figure has been published for this date, so we cannot check the pension route (utf. § 10-8 second paragraph; UDI).
rule-P1 = { $status ->
        [met] The sponsor's pension alone reaches the pension figure (utf. § 10-8 second paragraph).
        [not_applicable] The sponsor's pension alone reaches the pension figure, so there is no requirement for past income (utf. § 10-8 second paragraph; UDI).
       *[other] We compared the sponsor's pension with the pension figure (utf. § 10-8 second paragraph).
    }
rule-P1-conflict = The sponsor's pension lies between UDI's printed figure and the figure computed from G. The sources disagree, so UDI/UNE will assess it (utf. § 10-8 second paragraph).
rule-P1-band = The sponsor's pension lies within UDI's unpublished rounding of the pension figure, so we cannot say whether it is enough (utf. § 10-8 second paragraph).
rule-P-V1 = The future income you gave is smaller than the pension. The future income must include the pension, so please check the amount (utf. § 10-8).
rule-P2-conflict = Pension plus other income lies between UDI's printed figure and the figure computed from G. The sources disagree, so UDI/UNE will assess it (utf. § 10-11 second paragraph).
rule-P2-band = Pension plus other income lies within UDI's unpublished rounding of the pension figure, so we cannot say whether it is enough (utf. § 10-11 second paragraph).
rule-P2-child = { $status ->
        [not_applicable] Pension plus other income reaches the pension figure, and the applicant is a child, so there is no requirement for past income (utf. § 10-11 second paragraph).
       *[other] Pension plus other income reaches the pension figure, and the applicant is a child (utf. § 10-11 second paragraph).
    }
rule-P2 = { $status ->
        [not_applicable] Pension plus other income reaches the pension figure, and the refusal accepts that your relationship is clearly voluntary, so there is no requirement for past income (utf. § 10-11 second paragraph; UDI).
       *[other] Pension plus other income reaches the pension figure, and the refusal accepts that your relationship is clearly voluntary (utf. § 10-11 second paragraph; UDI).
    }
rule-P2-not-addressed = Pension plus other income reaches the pension figure. This route needs it to be obvious that your relationship is voluntary, and the refusal says nothing about that, so UDI/UNE will assess it (utf. § 10-11 second paragraph).
rule-P2-doubted = Pension plus other income reaches the pension figure, but the refusal doubts that the relationship is voluntary, so this route does not help (utf. § 10-11 second paragraph).

rule-F-gen = { $status ->
        [met] The sponsor's expected income reaches the figure that applies on the decision date (utf. § 10-8).
        [unknown] We need the sponsor's expected income to compare it with the figure (utf. § 10-8).
       *[other] The sponsor's expected income is below the figure that applies on the decision date, and no exemption applies (utf. § 10-8).
    }
rule-F-gen-a = Together with your own income from lawful work in Norway, the income reaches the figure (utf. § 10-8 third paragraph letter a).
rule-F-stp = Together with the money you have in an account, the income reaches the figure that applies when the sponsor has a study permit (utf. § 10-8; UDI).
rule-F-b-means = The sponsor is a student with 60 credits. Your job offer or other means "kan" (may) be given weight, so UDI/UNE will assess it (utf. § 10-8 third paragraph letter b).
rule-F-band = The income lies within UDI's unpublished rounding of the figure, so we cannot say whether it is enough (utf. § 10-8).
rule-F-nofig = No figure has been published for the decision date, so we cannot check the income (utf. § 10-8). We do not guess.
rule-F-stu = The income is below the figure, but the sponsor is a student or a researcher with own funds. UDI/UNE can make an exception (utf. § 10-11 third paragraph).
rule-F-cap = The income is below the figure, but the sponsor has net wealth over NOK 1 million. UDI may accept a lower income when it is obvious that your relationship is voluntary (utf. § 10-11 second paragraph; UDI).

rule-T-year = The income year we would need to check is not over yet on that date, so we cannot check past income (utf. § 10-9).
rule-T-nofig = No past-income figure is known for that income year, so we cannot check past income (utf. § 10-9). We do not guess.
rule-T-gen = { $status ->
        [met] The sponsor's income in the income year reaches the figure (utf. § 10-9).
        [unknown] We need the sponsor's income for the income year to compare it with the figure (utf. § 10-9).
       *[other] The sponsor's income in the income year is below the figure, and no exemption applies (utf. § 10-9). Income from work abroad counts only for Norwegian or Nordic citizens and people with a permanent permit (utf. § 10-9 second paragraph).
    }
rule-T-band = The past income lies within UDI's unpublished rounding of the figure, so we cannot say whether it is enough (utf. § 10-9).
rule-T-cap = The sponsor has net wealth over NOK 1 million. The old text of the regulation exempted such sponsors from the past-income requirement, but UDI's page still asks for past income; the current text has not been checked, so UDI/UNE will assess it (utf. § 10-9 letter c, old text).
rule-T-res = The sponsor is a researcher with own funds. UDI/UNE can make an exception from the income requirement (utf. § 10-11 third paragraph).
rule-T-skill = The sponsor is a skilled worker. The old text of the regulation exempted skilled workers from the past-income requirement; whether this still applies has not been checked, so UDI/UNE will assess it (utf. § 10-9 letter e, old text).
rule-T-pension = The sponsor's pension meets the pension route, so there is no requirement for past income (utf. § 10-9 third paragraph letter d; UDI).
rule-T-stud = There is no requirement for past income: the sponsor completed 60 study credits last year and is a Norwegian or Nordic citizen or has a permanent permit (utf. § 10-9 letter a).
rule-T-mil = There is no requirement for past income because the sponsor did compulsory military service last year (utf. § 10-9 letter b; UDI).
rule-T-stp = There is no requirement for the sponsor's income last year when the sponsor has a study permit (UDI).

rule-R-renewal = This is a renewal of a permit first given under utl. §§ 40–46. The main rule is that no income requirement applies at renewal (utf. § 10-20 third paragraph), but the closing words of the rule are unclear, so UDI/UNE will assess it.

rule-S-never = The sponsor has never received financial social assistance or qualification benefit (utf. § 10-10).
rule-S-outside = The last payment of social assistance was more than 12 months before the decision date (utf. § 10-10).
rule-S-exempt = The social assistance does not count, because it was paid while waiting for other benefits or during the introduction programme (utf. § 10-10 letters a and b).
rule-S-boundary = Your case falls exactly on the last day of the 12 months. The rules do not say whether that day counts (utf. § 10-10).
rule-S-stu = The sponsor received social assistance in the last 12 months but is a student or researcher. UDI/UNE can make an exception (utf. § 10-11 third paragraph).
rule-S-inside = { $status ->
        [unknown] We need to know when the sponsor last received social assistance (utf. § 10-10).
       *[other] The sponsor received financial social assistance or qualification benefit within the 12 months before the decision date (utf. § 10-10).
    }

rule-proforma = The refusal says the main purpose of the marriage was to get a residence permit (utl. § 40 fourth paragraph). We cannot assess this; UDI/UNE weigh all the facts, and your explanation and documents matter.
rule-tvangsekteskap = The refusal says the marriage may have been entered into against the will of one of you (utl. § 51 second paragraph). We cannot assess this, and we have not been able to check the exact wording of the law.
rule-samtykke_referanseperson = The refusal says the sponsor does not consent to the permit (utl. § 51). We cannot assess this, and which paragraph of § 51 applies has not been checked.
rule-mishandling = The refusal says it is most likely that the applicant will be abused or seriously exploited (utl. § 40 fifth paragraph). We cannot assess this; UDI/UNE weigh all the facts.
rule-identitet = The refusal says your identity is not documented (UDI 2012-009; UNE). We cannot assess this, and the section of the law has not been checked.
rule-soknad_fra_norge = The refusal says you could not apply from Norway (utl. § 56; utf. § 10-1). We cannot assess this; it depends on your basis of stay when you applied.
rule-intervju_referanseperson = The refusal says no permit can be given before the sponsor has returned to Norway and been interviewed (utl. § 56 fourth paragraph; utf. § 10-5). We cannot assess whether an exception applies.
rule-tilknytning_tredjeland = The refusal says your family can live safely in another country you have stronger ties to (utl. § 51 third paragraph; utf. § 9-9). We cannot assess this.
rule-returforutsetninger = The refusal doubts that you would leave Norway if a later application were refused (utf. § 9-5 third paragraph). We cannot assess this.
rule-ekteskap_ikke_gyldig = The refusal says your marriage cannot be recognised in Norway (UDI; ekteskapsloven). We cannot assess this; it depends on the law of the country where you married.

## 4. Exceptions that may still help

exc-personkrets-strong-reasons = Other family members can get a permit if strong humanitarian considerations ("sterke menneskelige hensyn") call for it (utl. § 49). Explain why you depend on each other and why you cannot live apart.
exc-child-consent-dispensation = UDI/UNE can make an exception from the other parent's consent if it is impossible to get, or on special grounds (utl. § 42). Explain what you have tried to get the consent, and attach proof.
exc-fireaarskrav-family-unity = An exception can be made on special grounds, including the interests of family unity (utl. § 40 a third paragraph). A child together is the typical argument; explain your family situation.
exc-alder24-voluntary = An exception can be made if it is obvious that the marriage or cohabitation is voluntary (utl. § 41 a second paragraph). UDI looks at your background; the threshold is high (UNE). Explain how the relationship arose.
exc-underhold-humanitarian = UDI/UNE can make an exception from the income requirement if particularly strong humanitarian considerations ("særlig sterke menneskelige hensyn") call for it (utf. § 10-11 first paragraph; GI-08/2012; PN 2017-002). Examples are a long family life with a Norwegian child, or a common Norwegian child born in Norway while you lived here lawfully.
exc-underhold-provided = An exception can be made if the sponsor or others are obviously able to provide for you (utf. § 10-11 second paragraph). For spouses and cohabitants it must also be obvious that the relationship is voluntary.
exc-underhold-changed = UDI/UNE decide on the facts at the time of their decision (fvl. § 34). If the income has gone up since the refusal, for example with a new job, attach proof of it; UNE has changed decisions because the requirement was met by then (UNE 2023).
exc-underhold-refugee-deadline-waiver = The deadlines of the refugee exemption are waived if something outside your control stopped you, for example a closed embassy, no free appointment, war or illness (utf. § 10-8 fifth paragraph; Sivilombudet). Explain what happened and attach proof.
exc-underhold-refugee-cohabitant = UDI names cohabitants of people with protection among those exempt from the income requirement (utf. § 10-8 fourth paragraph; UDI). Show that you lived together before the sponsor came to Norway, or had a child conceived then.
exc-underhold-collective-protection = Argue that the refugee exemption also covers collective protection (utl. § 34): Sivilombudet describes the regulation as covering "utlendingsloven § 28 eller § 34", and UDI's texts speak of protection in general (utf. § 10-8 fourth paragraph). The current text has not been found, so this is an argument, not settled law.
exc-underhold-child-under-15 = The child was under 15 when the application was delivered. Ask that the age on delivery is used, or ask for an exception for a child over 15 (PN 2017-002 point 3.2.3; utf. § 10-11 first paragraph).
exc-underhold-born-in-norway = The application for a child born in Norway must be "fremmet" (made) within one year of the birth (GI-30/2010). Argue that registration with the fee paid within that year is enough, as Sivilombudet read the same word.
exc-underhold-trafficking-deadline = The deadline of the trafficking exemption has not been confirmed (a 2018 text said "innen ett år", within one year). Argue that the application was made in time (utf. § 10-8; UDI).
exc-underhold-pension-combined = Pension plus other income reaches the pension figure. Ask UDI/UNE to find that your relationship is obviously voluntary, and to use this route (utf. § 10-11 second paragraph).
exc-underhold-applicant-means = When the sponsor is a student with 60 credits, weight may be given to your own job offer (utf. § 10-8 third paragraph letter b). Attach the offer with employer, salary and how long the job lasts.
exc-underhold-student-researcher = An exception can be made when the sponsor is in higher education or is a researcher with own funds (utf. § 10-11 third paragraph). Attach proof of the studies or the research and of the funding.
exc-underhold-wealth = Net wealth over NOK 1 million may make up for a lower income if it is obvious that the relationship is voluntary (UDI; utf. § 10-11 second paragraph). For past income you can argue the old exemption in utf. § 10-9 letter c, but whether it still applies has not been checked.
exc-underhold-skilled-worker = The old text of the regulation exempted skilled workers from the past-income requirement (utf. § 10-9 letter e). You can argue it, but whether it still applies has not been checked.
exc-renewal-no-income-requirement = When a family permit first given under utl. §§ 40–46 is renewed, the main rule is that no income requirement applies (utf. § 10-20 third paragraph; GI 2011-003). If UDI applied one, ask on what basis.
exc-bolig-special-circumstances = Spouses must live together unless special circumstances ("særskilte omstendigheter") say otherwise, for example work in another place (utl. § 40 third paragraph). Explain why you will live apart for a time.
exc-bolig-humanitarian = UDI/UNE can make an exception from the housing requirement if particularly strong humanitarian considerations call for it (utf. § 10-12). Explain your situation.

## 5. Documents (attachment titles) and document notes

doc-marriage-certificate = Marriage certificate (vigselsattest), legalised if issued abroad
doc-cohabitation-proof = Proof of living together (joint address, lease, declaration)
doc-birth-certificate = Birth certificate
doc-parental-responsibility-and-consent = The other parent's consent, with a copy of their ID
doc-access-agreement = Agreement or court decision on visiting rights (samvær)
doc-sponsor-permit-decision = The sponsor's decision letter, showing the date of the permit
doc-application-receipts = Receipts for registration and fee, the appointment confirmation and the delivery receipt
doc-prevented-proof = Proof that you could not register or deliver in time (closure notices, booking history, screenshots, medical papers)
doc-work-education-proof = Proof of work and education (work certificates, transcripts with credits)
doc-employment-contract = Employment contract or confirmation from the employer
doc-nav-benefits = NAV decisions on benefits (amount and period)
doc-nav-pension-decision = NAV's decision on pension or disability benefit
doc-student-finance = Decisions from Lånekassen, or own funds in a Norwegian account
doc-applicant-employment = Your employment contract in Norway, or a job offer
doc-self-employed = Accounts for the sponsor's own business
doc-self-employed-tax-return = The sponsor's tax return (skattemelding) with attachments
doc-tax-settlement = Tax settlement (skatteoppgjør)
doc-foreign-income-proof = Proof of income from work abroad
doc-study-or-military = Proof of study credits or of military service
doc-wealth-proof = The last two tax settlements showing net wealth, and proof that the capital is the sponsor's own
doc-voluntary-statement = Statement on how your relationship arose
doc-nav-social-assistance = Statement from NAV on social assistance (optional)
doc-live-together = Your plan for living together in Norway
doc-housing = Proof of housing (deed or written lease)
doc-explain-missing = UDI's form explaining why documents are missing
doc-no-payslips = You do not need to send payslips for a wage earner: UDI fetches wage data itself (UDI).
doc-udi-fetches = UDI fetches employment history, NAV benefits, tax data and student support itself (UDI). Send only what is new or what the decision left out.

## 6. Notes on a result

note-computed = Computed by Klagehjelp from NAV's basic amount (G); UDI has not published this figure.
note-band = The amount lies within UDI's unpublished rounding, so we cannot say whether it is enough.
note-conflict = The amount lies between UDI's printed figure and the figure computed from G. The sources disagree, so UDI/UNE must decide.
note-no-figure = No figure has been published for this period yet. We do not guess.
note-double-test = A child counts as under 18 if the complete application arrived before the 18th birthday. When UDI/UNE decides after the birthday, the requirements must be met both on the 18th birthday ({ $birthday }) and on the decision date (utl. § 50; utf. § 9-8).
note-double-test-unchecked = The child is 18 or older on the decision date. We could not check whether the requirements must also be met on the 18th birthday (utf. § 9-8) because facts are missing.
note-must-include-pension = The future income must include the pension. The amount you gave is smaller than the pension, so please check it.
note-stated-figure = The refusal used { $stated }; the figure for the klage decision is { $figure }. The figure printed in the refusal is not the requirement for the klage.
note-boundary = Your case falls exactly on the last day of a time limit. The rules do not say whether that day counts.
note-unverified = This point rests on a rule we could not check in its current text. Use it as an argument, not as settled law.
note-keep-income = The sponsor must also keep the income until the case is decided (utf. § 10-9 first paragraph).

## 7. Figure and timing lines

law-figure-udi = Requirement: { $amount } ({ $period }), published by UDI
law-figure-computed = Requirement: { $range } ({ $mult } × G, G = { $g }; { $period }). Computed by Klagehjelp from NAV's basic amount (G); UDI has not published this figure. { $interval ->
        [range] Where two amounts are shown, the figure lies between them, depending on how UDI rounds.
       *[single] {""}
    }
law-period-dates = { $from } to { $to }
law-period-year = income year { $year }
law-shortfall = Missing: { $amount } below the requirement.
law-met-from = Met for a decision on or after { $date }.
law-met-from-age = UDI/UNE decide on the facts at their decision date (fvl. § 34); if the klage is decided on or after { $date }, this requirement is met.
law-missing = We need more facts to decide this: { $facts }.
law-later-heading = If the decision comes later (we show { $date }, about { $months } months later: UNE's average time for family-immigration klager in 2023)
law-later-status = { $title }: { $status }
law-figure-change-known = From { $date } a new figure applies.
law-figure-change-unknown = From { $date } a new figure applies that has not been published yet.
law-rules-as-of = Rules and figures as of { $date }.
law-assessed-on = Checked for a decision on { $date }.
law-source = Source: { $source }
law-exceptions-heading = What may still help
law-documents-heading = Documents that help
law-why-heading = Why

## 8. Facts (labels), interview questions, help and choices

fact-relation = your family relation to the sponsor
q-relation = What is your relation to the sponsor?
q-relation-help = The sponsor (referansepersonen) is the person in Norway you apply to join. The relation decides which rules apply (utl. §§ 40–49).
opt-relation-spouse = Spouse
opt-relation-registered_partner = Registered partner
opt-relation-cohabitant = Cohabitant (samboer)
opt-relation-fiance = Fiancé(e): we will marry in Norway
opt-relation-child_under_18 = Child under 18
opt-relation-parent_of_child_under_18 = Parent living with a child under 18 in Norway
opt-relation-parent_with_access_rights = Parent with visiting rights (samvær) with a child in Norway
opt-relation-parent_of_protected_minor = Parent of a child under 18 with protection in Norway
opt-relation-single_parent_over_60 = Single parent over 60
opt-relation-parent_visit = Parent on a visit
opt-relation-child_18_21_long_residence = Child aged 18–21 who lived in Norway for a long time
opt-relation-dependent_adult_child = Adult child who depends on the parents
opt-relation-foster_child_under_18 = Foster child under 18
opt-relation-sibling_under_18_without_carers = Sibling under 18 without carers
opt-relation-other = Other family member

fact-sponsor_status = the sponsor's status in Norway
q-sponsor_status = On what basis does the sponsor live in Norway?
q-sponsor_status-help = See the sponsor's residence card or the sponsor's own decision from UDI. The status decides whether the four-year rule and some income exemptions apply (utl. § 40 a; utf. § 10-8).
opt-sponsor_status-norwegian_citizen = Norwegian citizen
opt-sponsor_status-nordic_citizen = Citizen of another Nordic country
opt-sponsor_status-refugee = Refugee (utl. § 28, also resettlement refugees)
opt-sponsor_status-collective_protection = Collective protection (utl. § 34)
opt-sponsor_status-humanitarian = Permit on strong humanitarian grounds (utl. § 38)
opt-sponsor_status-family_immigration = Family-immigration permit
opt-sponsor_status-permanent_from_protected_basis = Permanent permit after protection, humanitarian grounds or family immigration
opt-sponsor_status-permanent_other = Permanent permit on another basis
opt-sponsor_status-skilled_worker = Skilled worker (utf. § 6-1)
opt-sponsor_status-study_permit = Student at a university or college (study permit)
opt-sponsor_status-researcher_own_funds = Researcher with own funds (utf. § 6-20)
opt-sponsor_status-other_permit_with_basis = Another permit that allows family immigration
opt-sponsor_status-permit_without_basis = A permit that does not allow family immigration

fact-sponsor_birth_date = the sponsor's date of birth
q-sponsor_birth_date = When was the sponsor born?
q-sponsor_birth_date-help = Age decides several requirements, for example the rules on 18 and 24 years and the four-year rule (utl. § 40 second paragraph; utl. § 41 a; utf. § 9-1). The date is in the passport.

fact-applicant_birth_date = your date of birth
q-applicant_birth_date = When were you born?
q-applicant_birth_date-help = Your age on the day the case is decided counts (utl. § 41 a; UDI). The date is in your passport or birth certificate.

fact-sponsor_always_lived_in_norway = whether the sponsor has always lived in Norway
q-sponsor_always_lived_in_norway = Has the sponsor lived in Norway all their life?
q-sponsor_always_lived_in_norway-help = Many rules depend on whether something happened before the sponsor came to Norway. If the sponsor has always lived here, nothing happened "before entry".

fact-sponsor_settled_in_norway_date = the date the sponsor moved to Norway
q-sponsor_settled_in_norway_date = When did the sponsor move to Norway to live?
q-sponsor_settled_in_norway_date-help = Give the start of the sponsor's current stay in Norway. For a Norwegian who lived abroad, give the date of the move back; UDI has not said clearly which date counts in that case.

fact-marriage_date = the date of your marriage
q-marriage_date = On which date did you marry?
q-marriage_date-help = The date is on the marriage certificate. A marriage before the sponsor came to Norway removes the four-year rule and the age-24 rule (utl. § 40 a; utl. § 41 a).

fact-cohabited_years = how many years you have lived together
q-cohabited_years = How many years have you lived together as a couple?
q-cohabited_years-help = Count a fixed, shared home, normally the last two years. Write for example 1.5. Cohabitants usually must have lived together for at least two years (utl. § 41).

fact-cohabited_two_years_before_move = whether you lived together for two years before the move
q-cohabited_two_years_before_move = Did you live together for at least two years before the sponsor moved to Norway?
q-cohabited_two_years_before_move-help = If so, the age-24 rule does not apply (utl. § 41 a first paragraph letter a).

fact-cohabitation_established_before_entry = whether you lived together before the sponsor moved to Norway
q-cohabitation_established_before_entry = Did you already live together as a couple before the sponsor moved to Norway?
q-cohabitation_established_before_entry-help = This matters if the sponsor has protection: UDI names cohabitants among the family who may be exempt from the income requirement (utf. § 10-8 fourth paragraph).

fact-child_together_conceived = whether you have a child together, and when it was conceived
q-child_together_conceived = Do you have a child together, or are you expecting one, and when was the child conceived?
q-child_together_conceived-help = A pregnancy counts. With several children, answer for the child conceived first. The answer can remove the four-year rule and the age-24 rule (utl. § 40 a; utl. § 41 a).
opt-child_together_conceived-none = No child together
opt-child_together_conceived-before_sponsor_entry = Conceived before the sponsor moved to Norway
opt-child_together_conceived-in_norway_while_both_lawful = Conceived in Norway while both of us had a permit or Norwegian or Nordic citizenship
opt-child_together_conceived-after_sponsor_entry = Conceived after the sponsor moved to Norway (other cases)

fact-child_together_born_before_entry = whether that child was born before the sponsor moved to Norway
q-child_together_born_before_entry = Was that child born before the sponsor moved to Norway?
q-child_together_born_before_entry-help = UDI's page exempts spouses who "had children together" before the move. A child conceived before but born after the move is not clearly covered (utl. § 41 a).

fact-married_in_norway_while_both_lawful = whether you married in Norway while both of you were lawfully here
q-married_in_norway_while_both_lawful = Did you marry in Norway while both of you had a permit or Norwegian or Nordic citizenship?
q-married_in_norway_while_both_lawful-help = If so, the four-year rule and the age-24 rule do not apply (utl. § 40 a second paragraph letter b; utl. § 41 a first paragraph letter b).

fact-cohabited_in_norway_while_both_lawful = whether you lived together in Norway while both of you were lawfully here
q-cohabited_in_norway_while_both_lawful = Did you live together as a couple in Norway while both of you had a permit or Norwegian or Nordic citizenship?
q-cohabited_in_norway_while_both_lawful-help = If so, the age-24 rule does not apply (utl. § 41 a first paragraph letter b).

fact-family_unity_grounds = special grounds for an exception from the four-year rule
q-family_unity_grounds = Are there special reasons why your family must live together now?
q-family_unity_grounds-help = UDI/UNE can make an exception from the four-year rule on special grounds, including the interests of family unity (utl. § 40 a third paragraph). A child together is the typical reason.
opt-family_unity_grounds-none = No special reasons
opt-family_unity_grounds-common_child = We have a child together
opt-family_unity_grounds-other = Other special reasons

fact-other_parent_consent = the other parent's consent
q-other_parent_consent = Does the child's other parent need to consent, and has that parent consented?
q-other_parent_consent-help = A child joining one parent in Norway needs the other parent's consent, unless the parent in Norway has sole parental responsibility (utl. § 42).
opt-other_parent_consent-not_needed = Not needed: the parent in Norway has sole parental responsibility
opt-other_parent_consent-given = The other parent has consented
opt-other_parent_consent-missing = The other parent has not consented

fact-decision_voluntariness = what the refusal says about whether your relationship is voluntary
q-decision_voluntariness = Does the refusal say that your marriage or cohabitation is clearly voluntary, does it doubt it, or does it say nothing about it?
q-decision_voluntariness-help = Read the reasons in the refusal. Choose "accepted" if it says so expressly, "doubted" if it expresses doubt or mentions forced marriage, and "not addressed" if it says nothing (utf. § 10-11 second paragraph).
opt-decision_voluntariness-accepted = Accepted: the refusal says it is clearly voluntary
opt-decision_voluntariness-doubted = Doubted: the refusal doubts it or mentions forced marriage
opt-decision_voluntariness-not_addressed = Not addressed: the refusal says nothing about it

fact-sponsor_fulltime_years = the sponsor's years of full-time work or education in Norway
q-sponsor_fulltime_years = How many years in total has the sponsor worked or studied full time in Norway?
q-sponsor_fulltime_years-help = Count paid work, school and studies (60 credits a year is full time), the introduction programme, Norwegian training, NAV qualification measures, parental leave with parental benefit (up to 46 weeks after a birth or adoption), sickness benefit and pensions. Each year must add up to full time (utf. § 9-1). Write for example 2.5.

fact-application_registered = the date the application was registered with the fee paid
q-application_registered = On which date was the application registered online with the fee paid?
q-application_registered-help = The date is on the receipt or in the decision. It decides which income figure applies and whether some deadlines were met (utf. § 10-8; UDI).

fact-application_delivered = the date the application was delivered in person
q-application_delivered = On which date did you hand in the documents at the embassy, the application centre or the police?
q-application_delivered-help = The application is first delivered when you attend the appointment (UDI). The date is on the appointment confirmation or the delivery receipt.

fact-application_complete_date = the date the application was complete
q-application_complete_date = On which date did UDI or the embassy have everything needed to decide: the application and all documents?
q-application_complete_date-help = If you sent documents later, give the date the last one arrived. It decides whether a child counts as under 18 (utl. § 50).

fact-application_deadline_prevented = whether something outside your control stopped you from applying in time
q-application_deadline_prevented = Did something outside your control stop you from registering or delivering the application in time?
q-application_deadline_prevented-help = For example a closed embassy, no free appointment, war or illness. The deadlines of the refugee exemption are waived in such cases (utf. § 10-8 fifth paragraph). Keep proof.

fact-sponsor_permit_decision_date = the date of the sponsor's first decision on protection
q-sponsor_permit_decision_date = On which date was the sponsor's first decision granting protection (or the trafficking permit) made?
q-sponsor_permit_decision_date-help = The date is in the sponsor's decision letter from UDI. The deadlines of the refugee exemption run from it (utf. § 10-8 fifth paragraph).

fact-is_renewal = whether the refused application was a renewal
q-is_renewal = Was the refused application a renewal of a family-immigration permit on the same basis?
q-is_renewal-help = A family application made while you held another permit, for example a study permit, is a first application, not a renewal (utl. § 61 seventh paragraph).

fact-first_family_application_registered = the date the first family-immigration application was registered
q-first_family_application_registered = On which date was your first family-immigration application registered?
q-first_family_application_registered-help = For a renewal, the income rules follow the date of the first application (UDI).

fact-applicant_born_in_norway = whether the child was born in Norway
q-applicant_born_in_norway = Was the child born in Norway?
q-applicant_born_in_norway-help = For a child born in Norway there may be no income requirement if the application was made within one year of the birth (GI-30/2010).

fact-applicant_under_15_without_carers = whether the child is under 15 and without carers
q-applicant_under_15_without_carers = Does the child lack parents or other carers (omsorgspersoner) in the home country?
q-applicant_under_15_without_carers-help = For a child under 15 without carers there is no income requirement (UDI; PN 2017-002 point 3.2.3).

fact-sponsor_trafficking_victim = whether the sponsor's permit rests on human trafficking
q-sponsor_trafficking_victim = Does the sponsor's permit rest on being a victim of, or a witness in a case about, human trafficking?
q-sponsor_trafficking_victim-help = Then the sponsor's children may be exempt from the income requirement if they apply in time (UDI). UDI has not confirmed the current deadline.

fact-sponsor_future_income = the sponsor's expected income
q-sponsor_future_income = How much will the sponsor earn before tax in the next year?
q-sponsor_future_income-help = Count wages, sickness, pregnancy and parental benefit, disability benefit and pensions, and student loans and grants (utf. § 10-8). Do not count social assistance, housing benefit, unemployment benefit, work assessment allowance (AAP), child benefit or introduction benefit. Include any pension. Write kroner per year, for example 420000.

fact-applicant_lawful_income_norway = your income from lawful work in Norway
q-applicant_lawful_income_norway = How much do you earn before tax per year from work you already have lawfully in Norway?
q-applicant_lawful_income_norway-help = Your own income from lawful work in Norway can be added to the sponsor's (utf. § 10-8 third paragraph letter a). Write 0 if you have none.

fact-applicant_means = your own money or job offer
q-applicant_means = How much money do you have in an account, or what will you earn from a job offer, per year?
q-applicant_means-help = If the sponsor has a study permit, money you have in an account counts (UDI). If the sponsor is a student with 60 credits, your job offer can be given weight (utf. § 10-8 third paragraph letter b).

fact-sponsor_in_higher_education = whether the sponsor is studying now
q-sponsor_in_higher_education = Is the sponsor studying now at a university, a college or a full-time vocational college?
q-sponsor_in_higher_education-help = An exception from the income requirement can be made for a sponsor in higher education (utf. § 10-11 third paragraph).

fact-sponsor_pension_type = the sponsor's pension
q-sponsor_pension_type = Does the sponsor receive a retirement pension or disability benefit (uføretrygd) from the National Insurance?
q-sponsor_pension_type-help = A pension at the level UDI requires can meet the income requirement on its own (utf. § 10-8 second paragraph). See NAV's decision.
opt-sponsor_pension_type-none = No pension
opt-sponsor_pension_type-retirement = Retirement pension
opt-sponsor_pension_type-disability = Disability benefit (uføretrygd)

fact-sponsor_pension_amount = the sponsor's pension per year
q-sponsor_pension_amount = How much is the pension alone per year, before tax?
q-sponsor_pension_amount-help = Write the amount from NAV's decision, in kroner per year.

fact-sponsor_disability_rate = NAV's rate category for the disability benefit
q-sponsor_disability_rate = Which rate does NAV's decision use for the disability benefit?
q-sponsor_disability_rate-help = NAV's minimum disability benefit depends on whether the sponsor is married or cohabiting, has a converted disability pension with a spouse, or is single (NAV). See NAV's decision.
opt-sponsor_disability_rate-married_or_cohabiting = Married or cohabiting
opt-sponsor_disability_rate-married_converted = Converted disability pension, with a spouse
opt-sponsor_disability_rate-single = Single

fact-sponsor_past_income = the sponsor's income in the income year
q-sponsor_past_income = How much did the sponsor earn before tax in the income year?
q-sponsor_past_income-help = The amount is in the tax settlement (skatteoppgjør) or the employer's reports. Unemployment benefit counts; introduction benefit received after 1 January 2021 does not (UDI; utf. § 10-9).

fact-sponsor_past_income_abroad = the part of that income earned by work abroad
q-sponsor_past_income_abroad = How much of that income came from work abroad?
q-sponsor_past_income_abroad-help = Income from work abroad counts only for Norwegian or Nordic citizens and people with a permanent permit (utf. § 10-9 second paragraph). Write 0 if none.

fact-sponsor_past_income_by_year = the sponsor's income in { $year }
q-sponsor_past_income_by_year = How much did the sponsor earn before tax in { $year }?
q-sponsor_past_income_by_year-help = We need this if the decision comes in another calendar year, because UDI then looks at { $year } (utf. § 10-9). Count it the same way as the other income year.

fact-sponsor_past_income_abroad_by_year = the part of the sponsor's income in { $year } earned by work abroad
q-sponsor_past_income_abroad_by_year = How much of the sponsor's income in { $year } came from work abroad?
q-sponsor_past_income_abroad_by_year-help = Income from work abroad in { $year } counts only for Norwegian or Nordic citizens and people with a permanent permit (utf. § 10-9 second paragraph). Write 0 if none.

fact-past_income_year = the income year UDI looks at
q-past_income_year = Which income year does UDI look at?
q-past_income_year-help = Normally the year before the decision, or the year before that if the tax data are not ready (UDI). If you do not know, leave it empty.

fact-sponsor_past_income_exemption = whether the sponsor is exempt from the past-income requirement
q-sponsor_past_income_exemption = Did any of these apply to the sponsor last year?
q-sponsor_past_income_exemption-help = 60 study credits or a full year at a vocational college, and compulsory military service, remove the past-income requirement (utf. § 10-9 letters a and b). Wealth over NOK 1 million was an exemption in the old text; whether it still applies has not been checked.
opt-sponsor_past_income_exemption-none = None of these
opt-sponsor_past_income_exemption-studies_60_credits = Completed 60 study credits or a full year at a vocational college
opt-sponsor_past_income_exemption-military_service = Did compulsory military service
opt-sponsor_past_income_exemption-wealth_over_1m = Had net wealth over NOK 1 million in the last two tax settlements

fact-social_assistance_last_paid = the date the sponsor last received social assistance
q-social_assistance_last_paid = When did the sponsor last receive financial social assistance or qualification benefit from NAV?
q-social_assistance_last_paid-help = Financial social assistance (økonomisk sosialhjelp) and qualification benefit (kvalifiseringsstønad) both count (utf. § 10-10). Sickness benefit and other National Insurance benefits do not. Give the date of the last payment.
opt-social_assistance_last_paid-never = Never

fact-social_assistance_exempt_reason = why the social assistance was paid
q-social_assistance_exempt_reason = Was the social assistance paid for one of these reasons?
q-social_assistance_exempt_reason-help = Social assistance paid in these cases does not count (utf. § 10-10 letters a and b).
opt-social_assistance_exempt_reason-none = None of these
opt-social_assistance_exempt_reason-awaiting_benefits = While the sponsor waited for National Insurance benefits or housing benefit
opt-social_assistance_exempt_reason-introduction_programme = In connection with the introduction programme

fact-will_live_together = whether you will live together in Norway
q-will_live_together = Will you live together in Norway?
q-will_live_together-help = Spouses, cohabitants and parents living with a child must be going to live together (utl. § 40 third paragraph; utl. §§ 41, 43 and 44). Fiancé(e)s must plan to live together (UDI).

fact-sponsor_has_housing = whether the sponsor has a home
q-sponsor_has_housing = Does the sponsor have a home that meets public standards, owned or with a written lease?
q-sponsor_has_housing-help = Fiancé(e)s and some other family members need this (utf. § 10-12). A rented home needs a written lease.

fact-decision_stated_future_figure = the income figure printed in the refusal
fact-applicant_in_norway = whether you are in Norway now
fact-applicant_permit_basis_in_norway = your basis of stay in Norway
fact-assessment_date = the date the klage is expected to be decided
fact-refusal_grounds = the grounds given in the refusal

## 9. Interview screens and answers

screen-relation = The family
screen-sponsor = The sponsor
screen-family = Your family history
screen-dates = Dates
screen-application = The application
screen-work = Work and education
screen-income = Future income
screen-pension = Pension
screen-past_income = Past income
screen-social_assistance = Social assistance
screen-housing = Living together and housing
screen-refusal = The refusal
interview-yes = Yes
interview-no = No
interview-never = Never

## 10. Refusal grounds

ground-proforma-explain = Explain how and when you met, how you kept in contact, your visits, what you know about each other, the wedding, your plans and the language you share. Correct any facts UDI got wrong (utl. § 40 fourth paragraph).
ground-proforma-documents = Call and chat logs with dates, photos over time, travel tickets and stamps, money transfers, wedding documents and guests, and statements from family and from the sponsor help.
ground-proforma-argument = UDI has found that the main purpose of our marriage was to get a residence permit (utl. § 40 fourth paragraph). This is not correct. We met [write here: when and how]. Since then we have [write here: contact, visits and what you know about each other]. We married on [write here: date and place], and [write here: the wedding and your plans]. UDI relied on [write here: the fact UDI got wrong], but [write here: the correct facts]. I refer to the attached documents.

ground-tvangsekteskap-explain = Explain that both of you chose freely and how the marriage came about. An arranged marriage that both agreed to is not a forced marriage (UDI). The rule is utl. § 51 second paragraph; its exact wording has not been checked.
ground-tvangsekteskap-documents = Separate statements from each of you and the history of your relationship help.
ground-tvangsekteskap-argument = UDI has found that the marriage may have been entered into against the will of one of us (utl. § 51 second paragraph). We both chose this marriage freely. [write here: how the marriage came about and how each of you decided]. I refer to the attached statements.
ground-tvangsekteskap-help = If you or someone you know is under pressure to marry or to stay married, you can get help, free and confidential, for example from the police, a doctor or a crisis centre. You decide what you want to do.

ground-samtykke_referanseperson-explain = Explain whether the sponsor consents now. If the sponsor has withdrawn consent, the klage normally cannot succeed on this point (utl. § 51; which paragraph has not been checked).
ground-samtykke_referanseperson-documents = A signed consent statement from the sponsor, given freely, helps.
ground-samtykke_referanseperson-argument = UDI has found that the sponsor does not consent to my permit (utl. § 51). The sponsor consents. [write here: the sponsor's own words, and why the refusal says otherwise]. I refer to the attached signed statement from the sponsor.

ground-mishandling-explain = Explain facts that show there is no such risk, and tell if you have a child together or have lived together, because that removes this ground (utl. § 40 fifth paragraph).
ground-mishandling-documents = Proof that you have lived together, or the birth certificate of your child together, helps.
ground-mishandling-argument = UDI has found it most likely that I will be abused or seriously exploited (utl. § 40 fifth paragraph). [write here: facts that show otherwise]. [write here: if you have a child together or have lived together, say so; the ground then does not apply]. I refer to the attached documents.
ground-mishandling-help = Your safety comes first. If you are afraid of someone, help is available, free and confidential, for example from the police, a doctor or a crisis centre (krisesenter).

ground-identitet-explain = Explain why documents are missing, what you have done to get them, and that your information is consistent. You must document your identity, and a valid passport is usually enough (UDI). The section of the law has not been checked.
ground-identitet-documents = Passport, national ID card, birth certificate, proof of your attempts to get documents, and UDI's form explaining missing documents help.
ground-identitet-argument = UDI has found that my identity is not documented. [write here: which documents you have sent, why others are missing and what you have done to get them]. My information has been the same throughout: [write here: name, date and place of birth]. I refer to the attached documents.

ground-soknad_fra_norge-explain = Explain your lawful basis of stay on the day you applied, and why it would be unreasonable to leave, for example because of children or health (utl. § 56; utf. § 10-1). A stay on a Schengen visa does not allow an application from Norway (utf. § 10-1 first paragraph letter e).
ground-soknad_fra_norge-documents = Your permit or visa on the application date, your children's birth certificates and medical papers help.
ground-soknad_fra_norge-argument = UDI has found that I could not apply from Norway (utl. § 56; utf. § 10-1). When I applied, I stayed in Norway on [write here: your basis of stay and its dates]. It would be unreasonable to require me to leave because [write here: children, health or other strong reasons]. I refer to the attached documents.

ground-intervju_referanseperson-explain = Explain whether an exception applies, for example that the sponsor was 25 or older at the marriage, is a skilled worker, or that you lived together in Norway while both had permits, and that the sponsor is back in Norway (utl. § 56 fourth paragraph; utf. § 10-5).
ground-intervju_referanseperson-documents = The sponsor's travel documents and proof that the sponsor lives in Norway help.
ground-intervju_referanseperson-argument = UDI has found that a permit cannot be given before the sponsor has been interviewed (utl. § 56 fourth paragraph). [write here: the exception that applies under utf. § 10-5, or that the sponsor is back in Norway and available for an interview from a given date]. I refer to the attached documents.

ground-tilknytning_tredjeland-explain = Explain that you do not have lawful status or safety in the other country, your ties to Norway, and the child's best interests. The ground cannot be used after the sponsor has a permanent permit (utl. § 51 third paragraph; utf. § 9-9).
ground-tilknytning_tredjeland-documents = Documents on your status in the other country, and on school, work and ties in Norway help.
ground-tilknytning_tredjeland-argument = UDI has found that our family can live in [write here: country] (utl. § 51 third paragraph; utf. § 9-9). This is not possible because [write here: lack of lawful status or safety there]. Our ties to Norway are stronger: [write here: work, school, family]. I refer to the attached documents.

ground-returforutsetninger-explain = Explain your ties to your home country, a fixed wedding date and that you have followed earlier visa rules (utf. § 9-5 third paragraph).
ground-returforutsetninger-documents = An employment contract at home, property, the wedding booking and earlier visas help.
ground-returforutsetninger-argument = UDI doubts that I would leave Norway if a later application were refused (utf. § 9-5 third paragraph). I have strong ties to [write here: country]: [write here: work, property, family]. Our wedding is booked for [write here: date and place]. I have always followed the rules of earlier visas: [write here: which visas and when]. I refer to the attached documents.

ground-ekteskap_ikke_gyldig-explain = Explain which country's law applies and that its rules were followed, your ages on the wedding day, that both of you were present, and that neither was married to someone else (UDI; ekteskapsloven). If one of you was Norwegian or lived in Norway when you married, both must have been at least 18 and present; if you married before either of you came to Norway, both must have been at least 16 (UDI). If the marriage cannot be recognised, a new wedding (then the age-24 and four-year rules are checked again) or the route for cohabitants may be possible.
ground-ekteskap_ikke_gyldig-documents = The marriage certificate with legalisation, divorce or death certificates for earlier marriages, proof that both were present (passport stamps) and birth certificates help.
ground-ekteskap_ikke_gyldig-argument = UDI has found that our marriage cannot be recognised in Norway. The marriage was entered into in [write here: country] on [write here: date] under that country's law. We were [write here: ages] years old, we were both present, and neither of us was married to anyone else. I refer to the attached marriage certificate and documents.
