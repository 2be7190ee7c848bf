# The requirements check (src/requirements.rs, src/cli/check.rs). Bokmål.
# Same ids in nb, nn and en. Amounts and dates come formatted from the code.

## Statuses
req-status-met = oppfylt
req-status-not-met = ikke oppfylt
req-status-not-applicable = gjelder ikke
req-status-needs-assessment = skjønnsvurdering
req-status-unknown = uavklart

## Placeholders in draft arguments: the user must replace them
req-placeholder-figure = [skriv her: inntektskravet som står i vedtaket]
req-placeholder-year = [skriv her: året]
req-placeholder-date = [skriv her: dato]

## Titles and plain explanations
req-personkrets-title = Familierelasjon (personkrets)
req-personkrets-explain = Søkeren og referansepersonen må være i en familie som loven gir rett til familieinnvandring, og referansepersonens tillatelse må gi grunnlag for familieinnvandring.
req-fireaarskrav-title = Fireårskravet
req-fireaarskrav-explain = Når familien ble etablert etter at referansepersonen kom til Norge, og referansepersonen har beskyttelse, opphold på humanitært grunnlag eller familieinnvandring, må referansepersonen ha jobbet eller studert på fulltid i Norge i fire år til sammen.
req-alder24-title = Begge må ha fylt 24 år
req-alder24-explain = For par som etablerte familien etter at referansepersonen kom til Norge, må begge ha fylt 24 år når saken avgjøres.
req-underhold_fremtidig-title = Framtidig inntekt
req-underhold_fremtidig-explain = Referansepersonen må vise at inntekten før skatt blir høy nok i perioden det søkes for. Kravet følger grunnbeløpet i folketrygden (G).
req-underhold_tidligere-title = Tidligere inntekt
req-underhold_tidligere-explain = Referansepersonen må ha tjent nok før skatt i fjor, slik det står i skatteoppgjøret.
req-sosialstonad-title = Ingen sosialhjelp siste 12 måneder
req-sosialstonad-explain = Referansepersonen kan ikke ha fått økonomisk sosialhjelp fra NAV de siste 12 månedene før tillatelsen gis.
req-bolig-title = Bolig og å bo sammen
req-bolig-explain = Ektefeller, partnere, samboere og barn må skulle bo sammen. I andre saker må referansepersonen ha eller leie en bolig.

## How an income figure was found
req-basis-g = { $mult } G, G = { $g } fra { $from }
req-basis-average-g = { $mult } × gjennomsnittlig G for { $year }
req-basis-lt19 = 88 % av lønnstrinn 19 i statens lønnsregulativ
req-basis-decision = kravet som står i vedtaket

## General reasons
req-reason-missing = Vi kan ikke avgjøre dette ennå. Vi mangler: { $facts }.
req-reason-no-regime = Vi finner ikke hvilken regel for inntektskravet som gjelder. Skriv inn kravet som står i vedtaket.
req-dates-order = Datoen saken avgjøres ({ $date }) er før søknaden ble registrert ({ $registered }). Sjekk de to datoene.
req-override-differs = Merk: Vedtaket oppgir { $stated }, men kildene våre har { $table } for denne datoen. Sjekk at vedtaket bruker riktig krav. Det kan være et argument i klagen.

## personkrets
req-personkrets-no-basis = Referansepersonens tillatelse gir ikke grunnlag for familieinnvandring. Dette står i referansepersonens eget vedtak.
req-personkrets-other = Denne familierelasjonen er ikke blant dem loven gir familieinnvandring for (utl. §§ 40–49).
req-personkrets-core = { $relation }: loven gir rett til familieinnvandring når de andre kravene er oppfylt.
req-personkrets-cohab-met = Dere har bodd sammen i minst 2 år, eller har eller venter barn sammen.
req-personkrets-cohab-not-met = Samboere må ha bodd sammen i minst 2 år, eller ha eller vente barn sammen. Dere har bodd sammen i { $years } år og har ikke barn sammen.
req-personkrets-discretion = { $relation }: her er det ingen rett til tillatelse. Utlendingsmyndighetene vurderer hver sak for seg.

## fireaarskrav
req-fireaarskrav-na-relation = Kravet gjelder bare ektefeller, registrerte partnere, samboere og forlovede.
req-fireaarskrav-na-formed = Kravet gjelder bare når familien ble etablert etter at referansepersonen kom til Norge (familieetablering).
req-fireaarskrav-na-status = Kravet gjelder ikke når referansepersonens status er: { $status }.
req-fireaarskrav-na-age = Referansepersonen er { $age } år. Kravet gjelder ikke fra 67 år (utf. § 9-1).
req-fireaarskrav-met = Referansepersonen har { $years } år med fulltids arbeid eller utdanning i Norge. Kravet er 4 år.
req-fireaarskrav-not-met = Referansepersonen har { $years } år med fulltids arbeid eller utdanning i Norge. Kravet er 4 år til sammen, så det mangler { $left } år.

## alder24
req-alder24-na-relation = Kravet gjelder bare ektefeller, registrerte partnere, samboere og forlovede.
req-alder24-na-formed = Kravet gjelder ikke når dere var gift eller samboere før referansepersonen kom til Norge, eller etablerte familien i Norge mens begge hadde tillatelse eller norsk eller nordisk statsborgerskap.
req-alder24-na-cohabited = Kravet gjelder ikke fordi dere bodde sammen i minst to år før flyttingen.
req-alder24-na-child = Kravet gjelder ikke fordi dere har barn som ble unnfanget før flyttingen, eller mens begge hadde tillatelse eller statsborgerskap i Norge.
req-alder24-met = { $date } er referansepersonen { $sponsor_age } år og søkeren { $applicant_age } år. Begge har fylt 24.
req-alder24-not-met = { $date } er referansepersonen { $sponsor_age } år og søkeren { $applicant_age } år. Begge må ha fylt 24 år når saken avgjøres. Fra { $date24 } har dere begge fylt 24.

## underhold (income)
req-underhold-na-sponsor-minor = Det er ikke krav til inntekt fordi referansepersonen er under 18 år.
req-underhold-na-applicant-under-15 = Det er ikke krav til inntekt fordi søkeren er under 15 år og ikke har omsorgspersoner i hjemlandet.
req-underhold-na-refugee = Det er ikke krav til inntekt: referansepersonen er flyktning, søknaden kom innen ett år etter at referansepersonen fikk tillatelse, og familien fantes før referansepersonen kom til Norge.
req-underhold-na-trafficking = Det er ikke krav til inntekt: søkeren er barn, referansepersonen har tillatelse som offer for menneskehandel, og søknaden kom innen ett år.
req-underhold-na-follows = Gjelder ikke når det ikke er krav til framtidig inntekt. { $why }
req-underhold_fremtidig-met = Framtidig inntekt { $income } når kravet på { $figure } ({ $basis }; utf. § 10-8).
req-underhold_fremtidig-not-met = Framtidig inntekt { $income } er { $short } under kravet på { $figure } ({ $basis }; utf. § 10-8).
req-underhold_fremtidig-no-figure = Vi har ikke inntektskravet for { $date }. Grunnbeløpet (G) etter { $until } står ikke i kildene våre, og vi gjetter ikke. Skriv inn inntektskravet som står i vedtaket (income_requirement_override).
req-underhold_tidligere-na-exemption = Referansepersonen har unntak fra kravet til tidligere inntekt: { $exemption }.
req-underhold_tidligere-met = { $year ->
        [none] Inntekten i fjor
       *[other] Inntekten i { $year }
    }, { $income }, når kravet på { $figure } ({ $basis }; utf. § 10-9).
req-underhold_tidligere-not-met = { $year ->
        [none] Inntekten i fjor
       *[other] Inntekten i { $year }
    }, { $income }, er { $short } under kravet på { $figure } ({ $basis }; utf. § 10-9).
req-underhold_tidligere-no-figure = Vi har ikke kravet til tidligere inntekt for inntektsåret { $year } når saken avgjøres { $date }. Skriv inn kravet som står i vedtaket (past_income_requirement_override).

## sosialstonad
req-sosialstonad-met = Referansepersonen har ikke fått økonomisk sosialhjelp de siste 12 månedene.
req-sosialstonad-met-exempt = Referansepersonen har fått sosialhjelp, men den teller ikke: { $reason }.
req-sosialstonad-not-met = Referansepersonen har fått økonomisk sosialhjelp de siste 12 månedene før tillatelsen gis. Da blir søknaden avslått (12 måneders karantene).

## bolig
req-bolig-together-met = Dere skal bo sammen.
req-bolig-together-not-met = For ektefeller, partnere, samboere og barn er det et krav at dere skal bo sammen.
req-bolig-housing-met = Referansepersonen har eller leier en bolig.
req-bolig-housing-not-met = I denne saken må referansepersonen ha eller leie en bolig og dokumentere det.

## Exceptions and other ways to meet a requirement (the source is added by the code)
req-exc-personkrets-cohabitants = Samboere oppfyller kravet når de har bodd sammen i minst 2 år, eller har eller venter barn sammen.
req-exc-personkrets-permit-basis = Om referansepersonens tillatelse gir grunnlag for familieinnvandring, står i referansepersonens eget vedtak. Sjekk det.
req-exc-personkrets-strong-reasons = Andre familiemedlemmer kan få tillatelse etter en vurdering, hvis det er gode grunner til at familien må være sammen.
req-exc-fireaarskrav-what-counts = Som arbeid eller utdanning regnes også grunnskole, videregående, universitet og høyskole (minst 60 studiepoeng i året), introduksjonsprogram og opplæring i norsk og samfunnsfag, foreldrepermisjon og perioder med sykepenger, uføretrygd eller alderspensjon. Tell med alle disse periodene.
req-exc-fireaarskrav-scope = Kravet gjelder ikke hvis dere giftet dere eller ble gravide før referansepersonen kom til Norge, eller mens begge hadde oppholdstillatelse i Norge. Kravet gjelder heller ikke når referansepersonen er norsk statsborger.
req-exc-fireaarskrav-age-67 = Kravet gjelder ikke når referansepersonen har fylt 67 år.
req-exc-alder24-voluntary = Det kan gjøres unntak hvis det er åpenbart at ekteskapet eller samlivet er frivillig.
req-exc-alder24-practice = UDI ser på hvilket land dere og foreldrene deres har bakgrunn fra. Unntak er sannsynlig hvis en av dere har bakgrunn fra et land der tvangsekteskap er svært usannsynlig, eller hvis tvangsekteskap er svært usannsynlig for dere, for eksempel fordi dere har samme kjønn eller ulik kulturell eller religiøs bakgrunn.
req-exc-alder24-scope = Kravet gjelder ikke hvis dere var gift eller samboere før referansepersonen kom til Norge, har bodd sammen i minst to år før flyttingen, eller har barn som ble unnfanget før flyttingen eller mens begge hadde oppholdstillatelse eller norsk eller nordisk statsborgerskap.
req-exc-alder24-when-decided = Alderen gjelder når saken avgjøres. Har dere begge fylt 24 år når klagen avgjøres, kan kravet være oppfylt da.
req-exc-underhold-changed = Har inntekten økt etter vedtaket, for eksempel med ny jobb eller ny kontrakt? En vanlig grunn til at UNE endrer vedtak, er at kravet er oppfylt når UNE avgjør saken. Legg ved det som er nytt.
req-exc-underhold-figure = Kravet avhenger av når søknaden ble registrert med betalt gebyr (før eller fra { $regime_date }) og når saken avgjøres. Sjekk at vedtaket bruker riktig krav.
req-exc-underhold-humanitarian = Det kan gjøres unntak fra hele underholdskravet hvis særlig sterke menneskelige hensyn taler for det. Det skal mye til.
req-exc-underhold-provided = Det kan gjøres unntak hvis referansepersonen eller andre åpenbart kan forsørge søkeren.
req-exc-underhold-voluntary = Når søkeren er ektefelle eller samboer, kan unntak bare gjøres hvis det er åpenbart at samlivet er frivillig.
req-exc-tidligere-exemptions = Kravet gjelder ikke hvis referansepersonen det siste året: tok minst 60 studiepoeng (bare norsk eller nordisk borger, eller med permanent oppholdstillatelse); avtjente militær verneplikt eller siviltjeneste; hadde nettoformue over 1 million kroner i de to siste ligningene og er over 23 år; fikk alders- eller uførepensjon på nivå med minstepensjonen; eller hadde tillatelse som faglært. Sjekk gjeldende regler på udi.no.
req-exc-sosial-awaiting = Sosialhjelp som ble betalt mens referansepersonen ventet på trygdeytelser eller bostøtte, teller ikke.
req-exc-sosial-introduction = Sosialhjelp til en som har fått stønad etter introduksjonsloven, teller ikke.
req-exc-sosial-12-months = Vilkåret gjelder de siste 12 månedene før tillatelsen gis. Er det gått 12 måneder siden siste utbetaling når klagen avgjøres, kan vilkåret være oppfylt da.

## Documents
req-doc-marriage-certificate = Vigselsattest (bevis på at dere er gift).
req-doc-cohabitation-declaration = Samlivserklæring (skjema fra UDI) og bevis på hvor lenge dere har bodd sammen.
req-doc-sponsor-permit-decision = Referansepersonens vedtak om oppholdstillatelse. Der står det om tillatelsen gir grunnlag for familieinnvandring.
req-doc-explain-missing = Mangler et dokument: skriv hvorfor (UDI har et skjema for å forklare hvorfor du ikke kan levere et dokument).
req-doc-work-education-proof = Bekreftelse fra arbeidsgiver, skole eller NAV for hver periode med fulltids arbeid, utdanning, introduksjonsprogram eller permisjon.
req-doc-udi-fetches = UDI henter selv arbeidsforhold (Aa-registeret), ytelser fra NAV, skatteoppgjør og lønn (Skatteetaten) og studiestøtte (Lånekassen). Legg ved det som er nytt, og forklaringer.
req-doc-voluntary-statement = En skriftlig forklaring på hvorfor ekteskapet eller samlivet er frivillig. Den kan stå i klagen.
req-doc-employment-contract = Arbeidskontrakt eller bekreftelse fra arbeidsgiveren, med stilling, lønn og hvor lenge arbeidet varer.
req-doc-nav-benefits = Vedtak fra NAV som viser beløp og varighet, hvis inntekten er trygd eller pensjon.
req-doc-self-employed = Er referansepersonen selvstendig næringsdrivende: bevis på registrering, regnskap og skattemelding.
req-doc-no-payslips = Lønnsslipper trengs ikke for lønnstakere. UDI henter lønnsopplysningene fra Skatteetaten selv.
req-doc-tax-settlement = Skatteoppgjøret for inntektsåret. UDI kan hente det selv, men legg det ved hvis det er nytt eller viser noe vedtaket ikke tok med.
req-doc-study-or-military = Bevis på minst 60 studiepoeng eller avtjent militærtjeneste i fjor, hvis det gir unntak.
req-doc-self-employed-tax-return = Er referansepersonen selvstendig næringsdrivende og skatteoppgjøret ikke klart: skattemeldingen med vedlegg.
req-doc-nav-social-assistance = Vedtak eller bekreftelse fra NAV om sosialhjelpen: når den ble betalt, og hvorfor (for eksempel mens referansepersonen ventet på trygd eller bostøtte).
req-doc-live-together = Forklaring på hvor dere skal bo sammen i Norge.
req-doc-housing = Dokumentasjon på boligen: leiekontrakt eller bevis på at referansepersonen eier den.

## Draft arguments for the klage (first person; [skriv her: …] must be filled in)
req-personkrets-argument = Jeg mener at kravet til familierelasjon er oppfylt (utl. §§ 40–49). [skriv her: hvordan dere er i familie, for eksempel når dere giftet dere eller hvor lenge dere har bodd sammen]. Se vedlagt dokumentasjon. Hvis UDI mener at kravet ikke er oppfylt, ber jeg om at det legges vekt på dette: [skriv her: hvorfor familien trenger å være sammen].
req-fireaarskrav-argument = Jeg mener at fireårskravet er oppfylt, eller at det ikke gjelder for oss (utl. § 40 a, utf. § 9-1). Referansepersonen har [skriv her: arbeid, skole, studier, introduksjonsprogram, foreldrepermisjon eller sykepenger, med datoer]. Til sammen er dette [skriv her: antall] år. Se vedlagt dokumentasjon.
req-alder24-argument = Jeg ber om unntak fra kravet om at vi begge må ha fylt 24 år, fordi det er åpenbart at ekteskapet eller samlivet vårt er frivillig (utl. § 41 a). [skriv her: hvorfor det er åpenbart frivillig, for eksempel hvordan dere møttes og hvor lenge dere har kjent hverandre].{ $has24 ->
        [yes] {" "}Vi har begge fylt 24 år { $date24 }. Avgjøres klagen etter denne datoen, er kravet oppfylt.
       *[other] {""}
    }
req-underhold_fremtidig-argument = Jeg mener at kravet til framtidig inntekt er oppfylt (utl. § 58, utf. § 10-8). Kravet er { $figure }. Referansepersonen har [skriv her: stilling, arbeidsgiver og årlig inntekt før skatt, og fra hvilken dato]. Se vedlagt arbeidskontrakt eller bekreftelse fra arbeidsgiveren. Jeg ber om at inntekten vurderes slik den er når klagen avgjøres. Hvis dere mener at kravet ikke er oppfylt, ber jeg om unntak fordi [skriv her: særlig sterke menneskelige hensyn, eller hvem som ellers kan forsørge søkeren].
req-underhold_tidligere-argument = Jeg mener at kravet til tidligere inntekt er oppfylt, eller at referansepersonen har unntak fra det (utf. § 10-9). Kravet for { $year } er { $figure }. Referansepersonen tjente [skriv her: beløp] kroner før skatt i { $year }. [skriv her: eventuelt unntak, for eksempel 60 studiepoeng eller militærtjeneste i fjor]. Se vedlagt skatteoppgjør.
req-sosialstonad-argument = Jeg mener at vilkåret om sosialhjelp er oppfylt (utf. § 10-10). [skriv her: når referansepersonen sist fikk økonomisk sosialhjelp, og om den ble betalt mens referansepersonen ventet på trygd eller bostøtte, eller etter introduksjonsloven]. Se vedlagt vedtak fra NAV.
req-bolig-argument = Jeg mener at kravet til bolig er oppfylt. Vi skal bo sammen i Norge, i [skriv her: adresse]. [skriv her: om boligen er eid eller leid, og fra når dere har den]. Se vedlagt dokumentasjon på boligen.

## Fact names (shown when a fact is missing)
fact-relation = familierelasjonen
fact-sponsor_status = referansepersonens status i Norge
fact-family_formed = når familien ble etablert
fact-cohabited_years = hvor mange år dere har bodd sammen
fact-cohabited_two_years_before_move = om dere bodde sammen i minst to år før flyttingen
fact-child_together_conceived = om dere har barn sammen, og når barnet ble unnfanget
fact-sponsor_birth_date = referansepersonens fødselsdato
fact-applicant_birth_date = søkerens fødselsdato
fact-assessment_date = datoen saken avgjøres
fact-application_registered = datoen søknaden ble registrert med betalt gebyr
fact-sponsor_fulltime_years = år med fulltids arbeid eller utdanning i Norge
fact-sponsor_future_income = referansepersonens framtidige inntekt
fact-sponsor_past_income = referansepersonens inntekt i fjor
fact-past_income_year = inntektsåret
fact-income_requirement_override = inntektskravet som står i vedtaket
fact-past_income_requirement_override = kravet til tidligere inntekt som står i vedtaket
fact-sponsor_past_income_exemption = om referansepersonen har unntak fra kravet til tidligere inntekt
fact-social_assistance_last_12_months = om referansepersonen har fått økonomisk sosialhjelp de siste 12 månedene
fact-social_assistance_exempt_reason = hvorfor sosialhjelpen ble betalt
fact-application_within_one_year_of_sponsor_permit = om søknaden kom innen ett år etter at referansepersonen fikk tillatelse
fact-applicant_under_15_without_carers = om søkeren er under 15 år uten omsorgspersoner
fact-sponsor_trafficking_victim = om referansepersonen har tillatelse som offer for menneskehandel
fact-applicant_in_norway = om søkeren er i Norge
fact-will_live_together = om dere skal bo sammen
fact-sponsor_has_housing = om referansepersonen har bolig

## CLI `klagehjelp check`
check-heading = Kravene til familieinnvandring
check-assessed = Vurdert per { $date }. Regler og tall per { $rules }.
check-exceptions = Dette kan hjelpe:
check-documents = Dokumenter:
check-argument = Forslag til tekst i klagen:
check-summary = { $attention ->
        [0] Alle kravene er oppfylt eller gjelder ikke.
       *[other] { $attention } av kravene trenger oppmerksomhet.
    }
check-file-read = Kan ikke lese filen { $file }: { $error }
check-file-json = Filen { $file } er ikke gyldig: { $error }. Forventet en scenariofil med «facts» eller en saksfil (klagehjelp-case/1).
