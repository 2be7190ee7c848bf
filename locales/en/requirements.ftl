# The requirements check (src/requirements.rs, src/cli/check.rs). English.
# Same ids in nb, nn and en. Amounts and dates come formatted from the code.

## Statuses
req-status-met = met
req-status-not-met = not met
req-status-not-applicable = does not apply
req-status-needs-assessment = discretionary assessment
req-status-unknown = not yet clear

## Placeholders in draft arguments: the user must replace them
req-placeholder-figure = [write here: the income requirement stated in the decision]
req-placeholder-year = [write here: the year]
req-placeholder-date = [write here: date]

## Titles and plain explanations
req-personkrets-title = Family relation (personkrets)
req-personkrets-explain = The applicant and the sponsor (the person in Norway) must be family members that the law gives a right to family immigration, and the sponsor's permit must allow family immigration.
req-fireaarskrav-title = Four-year requirement
req-fireaarskrav-explain = If the family was formed after the sponsor came to Norway, and the sponsor has protection, a humanitarian permit or a family-immigration permit, the sponsor must have worked or studied full time in Norway for four years in total.
req-alder24-title = Both must be 24
req-alder24-explain = For couples who formed their family after the sponsor came to Norway, both must be 24 or older when the case is decided.
req-underhold_fremtidig-title = Future income
req-underhold_fremtidig-explain = The sponsor must show that their income before tax will be high enough for the period applied for. The figure follows the National Insurance basic amount (G).
req-underhold_tidligere-title = Past income
req-underhold_tidligere-explain = The sponsor must have earned enough before tax last year, as shown in the tax settlement (skatteoppgjør).
req-sosialstonad-title = No social assistance in the last 12 months
req-sosialstonad-explain = The sponsor must not have received financial social assistance (økonomisk sosialhjelp) from NAV in the 12 months before the permit is granted.
req-bolig-title = Housing and living together
req-bolig-explain = Spouses, partners, cohabitants and children must be going to live together. In other cases the sponsor must own or rent a home.

## How an income figure was found
req-basis-g = { $mult } G, G = { $g } from { $from }
req-basis-average-g = { $mult } × average G for { $year }
req-basis-lt19 = 88 % of pay grade 19 in the state pay scale
req-basis-decision = the figure stated in the decision

## General reasons
req-reason-missing = We cannot decide this yet. Missing: { $facts }.
req-reason-no-regime = We cannot tell which income rule applies. Enter the figure stated in the decision.
req-dates-order = The decision date ({ $date }) is before the application was registered ({ $registered }). Check both dates.
req-override-differs = Note: the decision states { $stated }, but our sources give { $table } for this date. Check that the decision used the right figure. This may be an argument in the klage.

## personkrets
req-personkrets-no-basis = The sponsor's permit does not allow family immigration. The sponsor's own decision says so.
req-personkrets-other = This family relation is not one the law grants family immigration for (utl. §§ 40–49).
req-personkrets-core = { $relation }: the law gives a right to family immigration when the other requirements are met.
req-personkrets-cohab-met = You have lived together for at least 2 years, or have or are expecting a child together.
req-personkrets-cohab-not-met = Cohabitants must have lived together for at least 2 years, or have or be expecting a child together. You have lived together for { $years } { $years_num ->
        [one] year
       *[other] years
    } and have no child together.
req-personkrets-discretion = { $relation }: there is no right to a permit. The immigration authorities assess each case.

## fireaarskrav
req-fireaarskrav-na-relation = The requirement applies only to spouses, registered partners, cohabitants and fiancé(e)s.
req-fireaarskrav-na-formed = The requirement applies only when the family was formed after the sponsor came to Norway (family establishment).
req-fireaarskrav-na-status = The requirement does not apply when the sponsor's status is: { $status }.
req-fireaarskrav-na-age = The sponsor is { $age }. The requirement does not apply from age 67 (utf. § 9-1).
req-fireaarskrav-met = The sponsor has { $years } { $years_num ->
        [one] year
       *[other] years
    } of full-time work or education in Norway. The requirement is 4 years.
req-fireaarskrav-not-met = The sponsor has { $years } { $years_num ->
        [one] year
       *[other] years
    } of full-time work or education in Norway. The requirement is 4 years in total, so { $left } { $left_num ->
        [one] year is
       *[other] years are
    } missing.

## alder24
req-alder24-na-relation = The requirement applies only to spouses, registered partners, cohabitants and fiancé(e)s.
req-alder24-na-formed = The requirement does not apply when you were married or cohabiting before the sponsor came to Norway, or formed the family in Norway while both held a permit or Norwegian or Nordic citizenship.
req-alder24-na-cohabited = The requirement does not apply because you lived together for at least two years before the move.
req-alder24-na-child = The requirement does not apply because you have a child conceived before the move, or while both held a permit or citizenship in Norway.
req-alder24-met = On { $date } the sponsor is { $sponsor_age } and the applicant { $applicant_age }. Both are 24 or older.
req-alder24-not-met = On { $date } the sponsor is { $sponsor_age } and the applicant { $applicant_age }. Both must be 24 when the case is decided. From { $date24 } you are both 24.

## underhold (income)
req-underhold-na-sponsor-minor = There is no income requirement because the sponsor is under 18.
req-underhold-na-applicant-under-15 = There is no income requirement because the applicant is under 15 and has no carers in the home country.
req-underhold-na-refugee = There is no income requirement: the sponsor is a refugee, the application came within one year of the sponsor's permit, and the family existed before the sponsor came to Norway.
req-underhold-na-trafficking = There is no income requirement: the applicant is a child, the sponsor has a permit as a victim of human trafficking, and the application came within one year.
req-underhold-na-follows = Does not apply when there is no future-income requirement. { $why }
req-underhold_fremtidig-met = Future income { $income } reaches the requirement of { $figure } ({ $basis }; utf. § 10-8).
req-underhold_fremtidig-not-met = Future income { $income } is { $short } below the requirement of { $figure } ({ $basis }; utf. § 10-8).
req-underhold_fremtidig-no-figure = We do not have the income requirement for { $date }. The basic amount (G) after { $until } is not in our sources, and we do not guess. Enter the income requirement stated in the decision (income_requirement_override).
req-underhold_tidligere-na-exemption = The sponsor is exempt from the past-income requirement: { $exemption }.
req-underhold_tidligere-met = { $year ->
        [none] Last year's income
       *[other] Income in { $year }
    }, { $income }, reaches the requirement of { $figure } ({ $basis }; utf. § 10-9).
req-underhold_tidligere-not-met = { $year ->
        [none] Last year's income
       *[other] Income in { $year }
    }, { $income }, is { $short } below the requirement of { $figure } ({ $basis }; utf. § 10-9).
req-underhold_tidligere-no-figure = We do not have the past-income requirement for income year { $year } when the case is decided on { $date }. Enter the figure stated in the decision (past_income_requirement_override).

## sosialstonad
req-sosialstonad-met = The sponsor has not received financial social assistance in the last 12 months.
req-sosialstonad-met-exempt = The sponsor received social assistance, but it does not count: { $reason }.
req-sosialstonad-not-met = The sponsor received financial social assistance in the 12 months before the permit would be granted. The application is then refused (12-month waiting period).

## bolig
req-bolig-together-met = You will live together.
req-bolig-together-not-met = Spouses, partners, cohabitants and children must be going to live together.
req-bolig-housing-met = The sponsor owns or rents a home.
req-bolig-housing-not-met = In this case the sponsor must own or rent a home and document it.

## Exceptions and other ways to meet a requirement (the source is added by the code)
req-exc-personkrets-cohabitants = Cohabitants meet the requirement when they have lived together for at least 2 years, or have or are expecting a child together.
req-exc-personkrets-permit-basis = Whether the sponsor's permit allows family immigration is stated in the sponsor's own decision. Check it.
req-exc-personkrets-strong-reasons = Other family members may get a permit after an assessment, if there are good reasons why the family must be together.
req-exc-fireaarskrav-what-counts = Work or education also includes primary and secondary school, university and college (at least 60 credits a year), the introduction programme and Norwegian and social studies training, parental leave, and periods with sickness benefit, disability benefit or retirement pension. Count all these periods.
req-exc-fireaarskrav-scope = The requirement does not apply if you married or became pregnant before the sponsor came to Norway, or while both held a residence permit in Norway. It does not apply either when the sponsor is a Norwegian citizen.
req-exc-fireaarskrav-age-67 = The requirement does not apply when the sponsor is 67 or older.
req-exc-alder24-voluntary = An exception can be made if it is obvious that the marriage or cohabitation is voluntary.
req-exc-alder24-practice = UDI looks at which country you and your parents come from. An exception is likely if one of you comes from a country where forced marriage is very unlikely, or if forced marriage is very unlikely for you, for example because you are of the same sex or of different cultural or religious backgrounds.
req-exc-alder24-scope = The requirement does not apply if you were married or cohabiting before the sponsor came to Norway, lived together for at least two years before the move, or have a child conceived before the move or while both held a residence permit or Norwegian or Nordic citizenship.
req-exc-alder24-when-decided = Age counts on the day the case is decided. If you are both 24 when the klage is decided, the requirement may be met then.
req-exc-underhold-changed = Has the income gone up since the decision, for example with a new job or a new contract? A common reason why UNE changes a decision is that the requirement is met by the time UNE decides. Attach what is new.
req-exc-underhold-figure = The figure depends on when the application was registered with the fee paid (before or from { $regime_date }) and on when the case is decided. Check that the decision used the right figure.
req-exc-underhold-humanitarian = An exception from the whole maintenance requirement can be made if particularly strong humanitarian considerations (særlig sterke menneskelige hensyn) call for it. The bar is high.
req-exc-underhold-provided = An exception can be made if the sponsor or others are obviously able to provide for the applicant.
req-exc-underhold-voluntary = When the applicant is a spouse or cohabitant, an exception can only be made if it is obvious that the relationship is voluntary.
req-exc-tidligere-exemptions = The requirement does not apply if, in the last year, the sponsor: completed at least 60 study credits (only a Norwegian or Nordic citizen, or someone with a permanent permit); did military service or civilian service; had net wealth above NOK 1 million in the last two tax assessments and is over 23; received a retirement or disability pension at the level of the minimum pension; or held a permit as a skilled worker. Check the current rules on udi.no.
req-exc-sosial-awaiting = Social assistance paid while the sponsor was waiting for National Insurance benefits or housing benefit does not count.
req-exc-sosial-introduction = Social assistance paid to someone who has received benefits under the Introduction Act does not count.
req-exc-sosial-12-months = The condition covers the 12 months before the permit is granted. If 12 months have passed since the last payment when the klage is decided, the condition may be met then.

## Documents
req-doc-marriage-certificate = Marriage certificate (vigselsattest).
req-doc-cohabitation-declaration = Cohabitation declaration (UDI form) and proof of how long you have lived together.
req-doc-sponsor-permit-decision = The sponsor's residence permit decision. It states whether the permit allows family immigration.
req-doc-explain-missing = If a document is missing: explain why (UDI has a form for explaining why you cannot provide a document).
req-doc-work-education-proof = Confirmation from the employer, school or NAV for each period of full-time work, education, introduction programme or leave.
req-doc-udi-fetches = UDI fetches employment history (Aa-registeret), NAV benefits, tax settlements and wages (Skatteetaten) and student support (Lånekassen) itself. Attach what is new, and explanations.
req-doc-voluntary-statement = A written explanation of why the marriage or cohabitation is voluntary. It can be part of the klage.
req-doc-employment-contract = Employment contract or confirmation from the employer, with position, pay and how long the job lasts.
req-doc-nav-benefits = NAV decisions showing amount and duration, if the income is a benefit or pension.
req-doc-self-employed = If the sponsor is self-employed: proof of registration, accounts and the tax return (skattemelding).
req-doc-no-payslips = Payslips are not needed for wage earners. UDI fetches wage data from Skatteetaten itself.
req-doc-tax-settlement = The tax settlement (skatteoppgjør) for the income year. UDI can fetch it, but attach it if it is new or shows something the decision left out.
req-doc-study-or-military = Proof of at least 60 study credits or of military service last year, if that gives an exemption.
req-doc-self-employed-tax-return = If the sponsor is self-employed and the tax settlement is not ready: the tax return (skattemelding) with attachments.
req-doc-nav-social-assistance = A decision or confirmation from NAV about the social assistance: when it was paid, and why (for example while the sponsor waited for benefits or housing benefit).
req-doc-live-together = An explanation of where you will live together in Norway.
req-doc-housing = Proof of housing: a rental contract or proof that the sponsor owns the home.

## Draft arguments for the klage (first person; [write here: …] must be filled in)
req-personkrets-argument = I believe the family-relation requirement is met (utl. §§ 40–49). [write here: how you are related, for example when you married or how long you have lived together]. Please see the attached documents. If UDI finds that the requirement is not met, I ask that weight is given to this: [write here: why the family needs to be together].
req-fireaarskrav-argument = I believe the four-year requirement is met, or does not apply to us (utl. § 40 a, utf. § 9-1). The sponsor has [write here: work, school, studies, introduction programme, parental leave or sickness benefit, with dates]. In total this is [write here: number] years. Please see the attached documents.
req-alder24-argument = I ask for an exception from the requirement that we both be 24, because it is obvious that our marriage or cohabitation is voluntary (utl. § 41 a). [write here: why it is obviously voluntary, for example how you met and how long you have known each other].{ $has24 ->
        [yes] {" "}We are both 24 from { $date24 }. If the klage is decided after that date, the requirement is met.
       *[other] {""}
    }
req-underhold_fremtidig-argument = I believe the future-income requirement is met (utl. § 58, utf. § 10-8). The requirement is { $figure }. The sponsor has [write here: position, employer and yearly income before tax, and from which date]. Please see the attached employment contract or confirmation from the employer. I ask that the income is assessed as it is when the klage is decided. If you find that the requirement is not met, I ask for an exception because [write here: particularly strong humanitarian considerations, or who else can provide for the applicant].
req-underhold_tidligere-argument = I believe the past-income requirement is met, or that the sponsor is exempt from it (utf. § 10-9). The requirement for { $year } is { $figure }. The sponsor earned NOK [write here: amount] before tax in { $year }. [write here: any exemption, for example 60 study credits or military service last year]. Please see the attached tax settlement.
req-sosialstonad-argument = I believe the social-assistance condition is met (utf. § 10-10). [write here: when the sponsor last received financial social assistance, and whether it was paid while waiting for benefits or housing benefit, or under the Introduction Act]. Please see the attached decision from NAV.
req-bolig-argument = I believe the housing requirement is met. We will live together in Norway at [write here: address]. [write here: whether the home is owned or rented, and since when]. Please see the attached proof of housing.

## Fact names (shown when a fact is missing)
fact-relation = the family relation
fact-sponsor_status = the sponsor's status in Norway
fact-family_formed = when the family was formed
fact-cohabited_years = how many years you have lived together
fact-cohabited_two_years_before_move = whether you lived together for at least two years before the move
fact-child_together_conceived = whether you have a child together, and when it was conceived
fact-sponsor_birth_date = the sponsor's date of birth
fact-applicant_birth_date = the applicant's date of birth
fact-assessment_date = the date the case is decided
fact-application_registered = the date the application was registered with the fee paid
fact-sponsor_fulltime_years = years of full-time work or education in Norway
fact-sponsor_future_income = the sponsor's future income
fact-sponsor_past_income = the sponsor's income last year
fact-past_income_year = the income year
fact-income_requirement_override = the income requirement stated in the decision
fact-past_income_requirement_override = the past-income requirement stated in the decision
fact-sponsor_past_income_exemption = whether the sponsor is exempt from the past-income requirement
fact-social_assistance_last_12_months = whether the sponsor received financial social assistance in the last 12 months
fact-social_assistance_exempt_reason = why the social assistance was paid
fact-application_within_one_year_of_sponsor_permit = whether the application came within one year of the sponsor's permit
fact-applicant_under_15_without_carers = whether the applicant is under 15 without carers
fact-sponsor_trafficking_victim = whether the sponsor has a permit as a victim of human trafficking
fact-applicant_in_norway = whether the applicant is in Norway
fact-will_live_together = whether you will live together
fact-sponsor_has_housing = whether the sponsor has a home

## CLI `klagehjelp check`
check-heading = The requirements for family immigration
check-assessed = Assessed on { $date }. Rules and figures as of { $rules }.
check-exceptions = What may help:
check-documents = Documents:
check-argument = Draft text for the klage:
check-summary = { $attention ->
        [0] All requirements are met or do not apply.
        [one] 1 of the requirements needs attention.
       *[other] { $attention } of the requirements need attention.
    }
check-file-read = Cannot read the file { $file }: { $error }
check-file-json = The file { $file } is not valid: { $error }. Expected a scenario file with "facts" or a case file (klagehjelp-case/1).
