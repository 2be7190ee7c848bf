# The requirements check (src/requirements.rs, src/cli/check.rs). Nynorsk.
# Same ids in nb, nn and en. Amounts and dates come formatted from the code.

## Statuses
req-status-met = oppfylt
req-status-not-met = ikkje oppfylt
req-status-not-applicable = gjeld ikkje
req-status-needs-assessment = skjønnsvurdering
req-status-unknown = uavklart

## Placeholders in draft arguments: the user must replace them
req-placeholder-figure = [skriv her: inntektskravet som står i vedtaket]
req-placeholder-year = [skriv her: året]
req-placeholder-date = [skriv her: dato]

## Titles and plain explanations
req-personkrets-title = Familierelasjon (personkrins)
req-personkrets-explain = Søkjaren og referansepersonen må vere i ein familie som lova gir rett til familieinnvandring, og løyvet til referansepersonen må gi grunnlag for familieinnvandring.
req-fireaarskrav-title = Fireårskravet
req-fireaarskrav-explain = Når familien vart etablert etter at referansepersonen kom til Noreg, og referansepersonen har vern, opphald på humanitært grunnlag eller familieinnvandring, må referansepersonen ha arbeidd eller studert på fulltid i Noreg i fire år til saman.
req-alder24-title = Begge må ha fylt 24 år
req-alder24-explain = For par som etablerte familien etter at referansepersonen kom til Noreg, må begge ha fylt 24 år når saka blir avgjord.
req-underhold_fremtidig-title = Framtidig inntekt
req-underhold_fremtidig-explain = Referansepersonen må vise at inntekta før skatt blir høg nok i perioden det blir søkt for. Kravet følgjer grunnbeløpet i folketrygda (G).
req-underhold_tidligere-title = Tidlegare inntekt
req-underhold_tidligere-explain = Referansepersonen må ha tent nok før skatt i fjor, slik det står i skatteoppgjeret.
req-sosialstonad-title = Ingen sosialhjelp siste 12 månadene
req-sosialstonad-explain = Referansepersonen kan ikkje ha fått økonomisk sosialhjelp frå NAV dei siste 12 månadene før løyvet blir gitt.
req-bolig-title = Bustad og å bu saman
req-bolig-explain = Ektefellar, partnarar, sambuarar og born må skulle bu saman. I andre saker må referansepersonen eige eller leige ein bustad.

## How an income figure was found
req-basis-g = { $mult } G, G = { $g } frå { $from }
req-basis-average-g = { $mult } × gjennomsnittleg G for { $year }
req-basis-lt19 = 88 % av lønssteg 19 i lønsregulativet til staten
req-basis-decision = kravet som står i vedtaket

## General reasons
req-reason-missing = Vi kan ikkje avgjere dette enno. Vi manglar: { $facts }.
req-reason-no-regime = Vi finn ikkje kva regel for inntektskravet som gjeld. Skriv inn kravet som står i vedtaket.
req-dates-order = Datoen saka blir avgjord ({ $date }) er før søknaden vart registrert ({ $registered }). Sjekk dei to datoane.
req-override-differs = Merk: Vedtaket oppgir { $stated }, men kjeldene våre har { $table } for denne datoen. Sjekk at vedtaket bruker rett krav. Det kan vere eit argument i klaga.

## personkrets
req-personkrets-no-basis = Løyvet til referansepersonen gir ikkje grunnlag for familieinnvandring. Dette står i vedtaket til referansepersonen.
req-personkrets-other = Denne familierelasjonen er ikkje mellom dei lova gir familieinnvandring for (utl. §§ 40–49).
req-personkrets-core = { $relation }: lova gir rett til familieinnvandring når dei andre krava er oppfylte.
req-personkrets-cohab-met = De har budd saman i minst 2 år, eller har eller ventar born saman.
req-personkrets-cohab-not-met = Sambuarar må ha budd saman i minst 2 år, eller ha eller vente born saman. De har budd saman i { $years } år og har ikkje born saman.
req-personkrets-discretion = { $relation }: her er det ingen rett til løyve. Utlendingsstyresmaktene vurderer kvar sak for seg.

## fireaarskrav
req-fireaarskrav-na-relation = Kravet gjeld berre ektefellar, registrerte partnarar, sambuarar og forlova.
req-fireaarskrav-na-formed = Kravet gjeld berre når familien vart etablert etter at referansepersonen kom til Noreg (familieetablering).
req-fireaarskrav-na-status = Kravet gjeld ikkje når statusen til referansepersonen er: { $status }.
req-fireaarskrav-na-age = Referansepersonen er { $age } år. Kravet gjeld ikkje frå 67 år (utf. § 9-1).
req-fireaarskrav-met = Referansepersonen har { $years } år med fulltids arbeid eller utdanning i Noreg. Kravet er 4 år.
req-fireaarskrav-not-met = Referansepersonen har { $years } år med fulltids arbeid eller utdanning i Noreg. Kravet er 4 år til saman, så det manglar { $left } år.

## alder24
req-alder24-na-relation = Kravet gjeld berre ektefellar, registrerte partnarar, sambuarar og forlova.
req-alder24-na-formed = Kravet gjeld ikkje når de var gifte eller sambuarar før referansepersonen kom til Noreg, eller etablerte familien i Noreg medan begge hadde løyve eller norsk eller nordisk statsborgarskap.
req-alder24-na-cohabited = Kravet gjeld ikkje fordi de budde saman i minst to år før flyttinga.
req-alder24-na-child = Kravet gjeld ikkje fordi de har born som vart unnfanga før flyttinga, eller medan begge hadde løyve eller statsborgarskap i Noreg.
req-alder24-met = { $date } er referansepersonen { $sponsor_age } år og søkjaren { $applicant_age } år. Begge har fylt 24.
req-alder24-not-met = { $date } er referansepersonen { $sponsor_age } år og søkjaren { $applicant_age } år. Begge må ha fylt 24 år når saka blir avgjord. Frå { $date24 } har de begge fylt 24.

## underhold (income)
req-underhold-na-sponsor-minor = Det er ikkje krav til inntekt fordi referansepersonen er under 18 år.
req-underhold-na-applicant-under-15 = Det er ikkje krav til inntekt fordi søkjaren er under 15 år og ikkje har omsorgspersonar i heimlandet.
req-underhold-na-refugee = Det er ikkje krav til inntekt: referansepersonen er flyktning, søknaden kom innan eitt år etter at referansepersonen fekk løyve, og familien fanst før referansepersonen kom til Noreg.
req-underhold-na-trafficking = Det er ikkje krav til inntekt: søkjaren er eit barn, referansepersonen har løyve som offer for menneskehandel, og søknaden kom innan eitt år.
req-underhold-na-follows = Gjeld ikkje når det ikkje er krav til framtidig inntekt. { $why }
req-underhold_fremtidig-met = Framtidig inntekt { $income } når kravet på { $figure } ({ $basis }; utf. § 10-8).
req-underhold_fremtidig-not-met = Framtidig inntekt { $income } er { $short } under kravet på { $figure } ({ $basis }; utf. § 10-8).
req-underhold_fremtidig-no-figure = Vi har ikkje inntektskravet for { $date }. Grunnbeløpet (G) etter { $until } står ikkje i kjeldene våre, og vi gjettar ikkje. Skriv inn inntektskravet som står i vedtaket (income_requirement_override).
req-underhold_tidligere-na-exemption = Referansepersonen har unntak frå kravet til tidlegare inntekt: { $exemption }.
req-underhold_tidligere-met = { $year ->
        [none] Inntekta i fjor
       *[other] Inntekta i { $year }
    }, { $income }, når kravet på { $figure } ({ $basis }; utf. § 10-9).
req-underhold_tidligere-not-met = { $year ->
        [none] Inntekta i fjor
       *[other] Inntekta i { $year }
    }, { $income }, er { $short } under kravet på { $figure } ({ $basis }; utf. § 10-9).
req-underhold_tidligere-no-figure = Vi har ikkje kravet til tidlegare inntekt for inntektsåret { $year } når saka blir avgjord { $date }. Skriv inn kravet som står i vedtaket (past_income_requirement_override).

## sosialstonad
req-sosialstonad-met = Referansepersonen har ikkje fått økonomisk sosialhjelp dei siste 12 månadene.
req-sosialstonad-met-exempt = Referansepersonen har fått sosialhjelp, men han tel ikkje: { $reason }.
req-sosialstonad-not-met = Referansepersonen har fått økonomisk sosialhjelp dei siste 12 månadene før løyvet blir gitt. Då blir søknaden avslått (12 månader karantene).

## bolig
req-bolig-together-met = De skal bu saman.
req-bolig-together-not-met = For ektefellar, partnarar, sambuarar og born er det eit krav at de skal bu saman.
req-bolig-housing-met = Referansepersonen eig eller leiger ein bustad.
req-bolig-housing-not-met = I denne saka må referansepersonen eige eller leige ein bustad og dokumentere det.

## Exceptions and other ways to meet a requirement (the source is added by the code)
req-exc-personkrets-cohabitants = Sambuarar oppfyller kravet når dei har budd saman i minst 2 år, eller har eller ventar born saman.
req-exc-personkrets-permit-basis = Om løyvet til referansepersonen gir grunnlag for familieinnvandring, står i vedtaket til referansepersonen. Sjekk det.
req-exc-personkrets-strong-reasons = Andre familiemedlemmer kan få løyve etter ei vurdering, dersom det er gode grunnar til at familien må vere saman.
req-exc-fireaarskrav-what-counts = Som arbeid eller utdanning reknar ein òg grunnskule, vidaregåande, universitet og høgskule (minst 60 studiepoeng i året), introduksjonsprogram og opplæring i norsk og samfunnsfag, foreldrepermisjon og periodar med sjukepengar, uføretrygd eller alderspensjon. Tel med alle desse periodane.
req-exc-fireaarskrav-scope = Kravet gjeld ikkje dersom de gifte dykk eller vart gravide før referansepersonen kom til Noreg, eller medan begge hadde opphaldsløyve i Noreg. Kravet gjeld heller ikkje når referansepersonen er norsk statsborgar.
req-exc-fireaarskrav-age-67 = Kravet gjeld ikkje når referansepersonen har fylt 67 år.
req-exc-alder24-voluntary = Det kan gjerast unntak dersom det er openbert at ekteskapet eller sambuarskapet er frivillig.
req-exc-alder24-practice = UDI ser på kva land de og foreldra dykkar har bakgrunn frå. Unntak er sannsynleg dersom ein av dykk har bakgrunn frå eit land der tvangsekteskap er svært usannsynleg, eller dersom tvangsekteskap er svært usannsynleg for dykk, til dømes fordi de har same kjønn eller ulik kulturell eller religiøs bakgrunn.
req-exc-alder24-scope = Kravet gjeld ikkje dersom de var gifte eller sambuarar før referansepersonen kom til Noreg, har budd saman i minst to år før flyttinga, eller har born som vart unnfanga før flyttinga eller medan begge hadde opphaldsløyve eller norsk eller nordisk statsborgarskap.
req-exc-alder24-when-decided = Alderen gjeld når saka blir avgjord. Har de begge fylt 24 år når klaga blir avgjord, kan kravet vere oppfylt då.
req-exc-underhold-changed = Har inntekta auka etter vedtaket, til dømes med ny jobb eller ny kontrakt? Ein vanleg grunn til at UNE endrar vedtak, er at kravet er oppfylt når UNE avgjer saka. Legg ved det som er nytt.
req-exc-underhold-figure = Kravet kjem an på når søknaden vart registrert med betalt gebyr (før eller frå { $regime_date }) og når saka blir avgjord. Sjekk at vedtaket bruker rett krav.
req-exc-underhold-humanitarian = Det kan gjerast unntak frå heile underhaldskravet dersom særleg sterke menneskelege omsyn talar for det. Det skal mykje til.
req-exc-underhold-provided = Det kan gjerast unntak dersom referansepersonen eller andre openbert kan forsørgje søkjaren.
req-exc-underhold-voluntary = Når søkjaren er ektefelle eller sambuar, kan unntak berre gjerast dersom det er openbert at samlivet er frivillig.
req-exc-tidligere-exemptions = Kravet gjeld ikkje dersom referansepersonen det siste året: tok minst 60 studiepoeng (berre norsk eller nordisk borgar, eller med permanent opphaldsløyve); avtente militær verneplikt eller sivilteneste; hadde nettoformue over 1 million kroner i dei to siste likningane og er over 23 år; fekk alders- eller uførepensjon på nivå med minstepensjonen; eller hadde løyve som faglært. Sjekk gjeldande reglar på udi.no.
req-exc-sosial-awaiting = Sosialhjelp som vart betalt medan referansepersonen venta på trygdeytingar eller bustøtte, tel ikkje.
req-exc-sosial-introduction = Sosialhjelp til ein som har fått stønad etter introduksjonslova, tel ikkje.
req-exc-sosial-12-months = Vilkåret gjeld dei siste 12 månadene før løyvet blir gitt. Har det gått 12 månader sidan siste utbetaling når klaga blir avgjord, kan vilkåret vere oppfylt då.

## Documents
req-doc-marriage-certificate = Vigselsattest (prov på at de er gifte).
req-doc-cohabitation-declaration = Sambuarfråsegn (skjema frå UDI) og prov på kor lenge de har budd saman.
req-doc-sponsor-permit-decision = Vedtaket om opphaldsløyve til referansepersonen. Der står det om løyvet gir grunnlag for familieinnvandring.
req-doc-explain-missing = Manglar eit dokument: skriv kvifor (UDI har eit skjema for å forklare kvifor du ikkje kan levere eit dokument).
req-doc-work-education-proof = Stadfesting frå arbeidsgivar, skule eller NAV for kvar periode med fulltids arbeid, utdanning, introduksjonsprogram eller permisjon.
req-doc-udi-fetches = UDI hentar sjølv arbeidsforhold (Aa-registeret), ytingar frå NAV, skatteoppgjer og løn (Skatteetaten) og studiestøtte (Lånekassen). Legg ved det som er nytt, og forklaringar.
req-doc-voluntary-statement = Ei skriftleg forklaring på kvifor ekteskapet eller sambuarskapet er frivillig. Ho kan stå i klaga.
req-doc-employment-contract = Arbeidskontrakt eller stadfesting frå arbeidsgivaren, med stilling, løn og kor lenge arbeidet varer.
req-doc-nav-benefits = Vedtak frå NAV som viser beløp og varigheit, dersom inntekta er trygd eller pensjon.
req-doc-self-employed = Er referansepersonen sjølvstendig næringsdrivande: prov på registrering, rekneskap og skattemelding.
req-doc-no-payslips = Lønsslippar trengst ikkje for lønstakarar. UDI hentar lønsopplysningane frå Skatteetaten sjølv.
req-doc-tax-settlement = Skatteoppgjeret for inntektsåret. UDI kan hente det sjølv, men legg det ved dersom det er nytt eller viser noko vedtaket ikkje tok med.
req-doc-study-or-military = Prov på minst 60 studiepoeng eller avtent militærteneste i fjor, dersom det gir unntak.
req-doc-self-employed-tax-return = Er referansepersonen sjølvstendig næringsdrivande og skatteoppgjeret ikkje klart: skattemeldinga med vedlegg.
req-doc-nav-social-assistance = Vedtak eller stadfesting frå NAV om sosialhjelpa: når ho vart betalt, og kvifor (til dømes medan referansepersonen venta på trygd eller bustøtte).
req-doc-live-together = Forklaring på kvar de skal bu saman i Noreg.
req-doc-housing = Dokumentasjon på bustaden: leigekontrakt eller prov på at referansepersonen eig han.

## Draft arguments for the klage (first person; [skriv her: …] must be filled in)
req-personkrets-argument = Eg meiner at kravet til familierelasjon er oppfylt (utl. §§ 40–49). [skriv her: korleis de er i familie, til dømes når de gifte dykk eller kor lenge de har budd saman]. Sjå vedlagd dokumentasjon. Dersom UDI meiner at kravet ikkje er oppfylt, ber eg om at det blir lagt vekt på dette: [skriv her: kvifor familien treng å vere saman].
req-fireaarskrav-argument = Eg meiner at fireårskravet er oppfylt, eller at det ikkje gjeld for oss (utl. § 40 a, utf. § 9-1). Referansepersonen har [skriv her: arbeid, skule, studium, introduksjonsprogram, foreldrepermisjon eller sjukepengar, med datoar]. Til saman er dette [skriv her: tal] år. Sjå vedlagd dokumentasjon.
req-alder24-argument = Eg ber om unntak frå kravet om at vi begge må ha fylt 24 år, fordi det er openbert at ekteskapet eller sambuarskapet vårt er frivillig (utl. § 41 a). [skriv her: kvifor det er openbert frivillig, til dømes korleis de møttest og kor lenge de har kjent kvarandre].{ $has24 ->
        [yes] {" "}Vi har begge fylt 24 år { $date24 }. Blir klaga avgjord etter denne datoen, er kravet oppfylt.
       *[other] {""}
    }
req-underhold_fremtidig-argument = Eg meiner at kravet til framtidig inntekt er oppfylt (utl. § 58, utf. § 10-8). Kravet er { $figure }. Referansepersonen har [skriv her: stilling, arbeidsgivar og årleg inntekt før skatt, og frå kva dato]. Sjå vedlagd arbeidskontrakt eller stadfesting frå arbeidsgivaren. Eg ber om at inntekta blir vurdert slik ho er når klaga blir avgjord. Dersom de meiner at kravet ikkje er oppfylt, ber eg om unntak fordi [skriv her: særleg sterke menneskelege omsyn, eller kven som elles kan forsørgje søkjaren].
req-underhold_tidligere-argument = Eg meiner at kravet til tidlegare inntekt er oppfylt, eller at referansepersonen har unntak frå det (utf. § 10-9). Kravet for { $year } er { $figure }. Referansepersonen tente [skriv her: beløp] kroner før skatt i { $year }. [skriv her: eventuelt unntak, til dømes 60 studiepoeng eller militærteneste i fjor]. Sjå vedlagt skatteoppgjer.
req-sosialstonad-argument = Eg meiner at vilkåret om sosialhjelp er oppfylt (utf. § 10-10). [skriv her: når referansepersonen sist fekk økonomisk sosialhjelp, og om ho vart betalt medan referansepersonen venta på trygd eller bustøtte, eller etter introduksjonslova]. Sjå vedlagt vedtak frå NAV.
req-bolig-argument = Eg meiner at kravet til bustad er oppfylt. Vi skal bu saman i Noreg, i [skriv her: adresse]. [skriv her: om bustaden er eigd eller leigd, og frå når de har han]. Sjå vedlagd dokumentasjon på bustaden.

## Fact names (shown when a fact is missing)
fact-relation = familierelasjonen
fact-sponsor_status = statusen til referansepersonen i Noreg
fact-family_formed = når familien vart etablert
fact-cohabited_years = kor mange år de har budd saman
fact-cohabited_two_years_before_move = om de budde saman i minst to år før flyttinga
fact-child_together_conceived = om de har born saman, og når barnet vart unnfanga
fact-sponsor_birth_date = fødselsdatoen til referansepersonen
fact-applicant_birth_date = fødselsdatoen til søkjaren
fact-assessment_date = datoen saka blir avgjord
fact-application_registered = datoen søknaden vart registrert med betalt gebyr
fact-sponsor_fulltime_years = år med fulltids arbeid eller utdanning i Noreg
fact-sponsor_future_income = den framtidige inntekta til referansepersonen
fact-sponsor_past_income = inntekta til referansepersonen i fjor
fact-past_income_year = inntektsåret
fact-income_requirement_override = inntektskravet som står i vedtaket
fact-past_income_requirement_override = kravet til tidlegare inntekt som står i vedtaket
fact-sponsor_past_income_exemption = om referansepersonen har unntak frå kravet til tidlegare inntekt
fact-social_assistance_last_12_months = om referansepersonen har fått økonomisk sosialhjelp dei siste 12 månadene
fact-social_assistance_exempt_reason = kvifor sosialhjelpa vart betalt
fact-application_within_one_year_of_sponsor_permit = om søknaden kom innan eitt år etter at referansepersonen fekk løyve
fact-applicant_under_15_without_carers = om søkjaren er under 15 år utan omsorgspersonar
fact-sponsor_trafficking_victim = om referansepersonen har løyve som offer for menneskehandel
fact-applicant_in_norway = om søkjaren er i Noreg
fact-will_live_together = om de skal bu saman
fact-sponsor_has_housing = om referansepersonen har bustad

## CLI `klagehjelp check`
check-heading = Krava til familieinnvandring
check-assessed = Vurdert per { $date }. Reglar og tal per { $rules }.
check-exceptions = Dette kan hjelpe:
check-documents = Dokument:
check-argument = Framlegg til tekst i klaga:
check-summary = { $attention ->
        [0] Alle krava er oppfylte eller gjeld ikkje.
       *[other] { $attention } av krava treng merksemd.
    }
check-file-read = Kan ikkje lese fila { $file }: { $error }
check-file-json = Fila { $file } er ikkje gyldig: { $error }. Venta ei scenariofil med «facts» eller ei saksfil (klagehjelp-case/1).
