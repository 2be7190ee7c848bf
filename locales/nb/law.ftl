# The law module (src/law): statuses, requirements, rules, exceptions, documents, notes,
# figures, facts, interview and refusal grounds. Bokmål.
# Contract: requirements.md v2, guidance.md v2 (2026-11-30). Same ids and variables in nb, nn and en.
# "Referansepersonen" is the person in Norway the applicant wants to join; "du" is the applicant.
# Amounts and dates come already formatted from the code. Never state an UNVERIFIED point as settled law.

## 1. Statuses

status-met = oppfylt
status-not_met = ikke oppfylt
status-not_applicable = gjelder ikke
status-needs_assessment = UDI/UNE vurderer
status-unknown = vi vet ikke ennå

## 2. Requirements: title, explanation, draft argument for the klage letter

req-personkrets-explain = Loven sier hvilke familiemedlemmer som kan få tillatelse til familieinnvandring, for eksempel ektefeller, samboere, barn under 18 år og noen foreldre (utl. §§ 40–49). Referansepersonen (personen i Norge du søker om å bo sammen med) må også ha en tillatelse som gir rett til familieinnvandring (utl. § 40 første ledd).
req-personkrets-argument = Jeg mener at kravet til familierelasjon er oppfylt (utl. §§ 40–49). [skriv her: hvordan du er i familie med referansepersonen, for eksempel datoen dere giftet dere, eller hvor lenge dere har bodd sammen]. Jeg viser til vedlagte dokumenter. Hvis UDI eller UNE mener at kravet ikke er oppfylt, ber jeg om at det legges vekt på dette: [skriv her: hvorfor familien må bo sammen].

req-alder18-explain = Ektefeller, registrerte partnere, samboere og forlovede må begge være 18 år eller eldre den dagen saken avgjøres (utl. § 40 annet ledd; UDI; for forlovede RS 2010-077). Ingen under 18 år kan gifte seg i Norge (ekteskapsloven § 1 a).
req-alder18-argument = Jeg mener at alderskravet er oppfylt, fordi vi begge er 18 år eller eldre den dagen klagen avgjøres (utl. § 40 annet ledd). Jeg er født [skriv her: din fødselsdato], og referansepersonen er født [skriv her: referansepersonens fødselsdato]. Jeg viser til vedlagte fødselsattester.

req-fireaarskrav-explain = Hvis familien ble etablert etter at referansepersonen kom til Norge, og referansepersonen har beskyttelse, opphold på humanitært grunnlag, familieinnvandring eller permanent opphold på et slikt grunnlag, må referansepersonen ha arbeidet eller studert på heltid i Norge i fire år (utl. § 40 a; utf. § 9-1). Kravet gjelder ikke norske eller nordiske borgere, eller når referansepersonen er 67 år eller eldre.
req-fireaarskrav-argument = Jeg mener at fireårskravet er oppfylt, eller at det ikke gjelder for oss (utl. § 40 a; utf. § 9-1). Referansepersonen har [skriv her: arbeid, skole, studier, introduksjonsprogram, norskopplæring, foreldrepermisjon eller sykepenger, med datoer]. Til sammen er dette [skriv her: antall] år med heltidsaktivitet. Jeg viser til vedlagte dokumenter. Hvis UDI eller UNE mener at kravet ikke er oppfylt, ber jeg om unntak på grunn av særlige grunner, blant annet hensynet til familiens enhet (utl. § 40 a tredje ledd), fordi [skriv her: for eksempel at vi har barn sammen].

req-alder24-explain = Hvis familien ble etablert etter at referansepersonen kom til Norge, må dere begge være 24 år eller eldre når saken avgjøres (utl. § 41 a). Kravet gjelder for eksempel ikke hvis dere var gift før referansepersonen flyttet til Norge, eller bodde sammen i minst to år før flyttingen (utl. § 41 a første ledd).
req-alder24-argument = Jeg mener at kravet om at begge må være 24 år er oppfylt, eller at det ikke gjelder for oss (utl. § 41 a). [skriv her: fødselsdatoene til begge, eller hvorfor et unntak gjelder, for eksempel når dere giftet dere eller flyttet sammen]. Hvis UDI eller UNE mener at kravet gjelder og ikke er oppfylt, ber jeg om unntak fordi det er åpenbart at forholdet vårt er frivillig (utl. § 41 a annet ledd). [skriv her: hvordan dere møttes, hvor lenge dere har kjent hverandre og hvordan dere bestemte dere for å gifte dere eller bo sammen].

req-underhold_fremtidig-explain = Referansepersonen må forventes å tjene nok før skatt i minst det neste året (utf. § 10-8). Kravet følger grunnbeløpet i folketrygden (G) og avhenger av når søknaden ble registrert. Noen er unntatt, for eksempel familie til flyktninger som søker i tide (utf. § 10-8 fjerde ledd).
req-underhold_fremtidig-argument = Jeg mener at kravet til fremtidig inntekt er oppfylt (utf. § 10-8). Kravet er { $figure }. Referansepersonen [skriv her: stilling, arbeidsgiver, årsinntekt før skatt og fra hvilken dato]. Jeg viser til vedlagte arbeidskontrakt eller bekreftelse fra arbeidsgiveren. Jeg ber om at inntekten vurderes slik den er når klagen avgjøres (fvl. § 34). Hvis UDI eller UNE mener at kravet ikke er oppfylt, ber jeg om unntak (utf. § 10-11) fordi [skriv her: særlig sterke menneskelige hensyn, eller hvem andre som åpenbart kan forsørge oss].

req-underhold_tidligere-explain = Referansepersonen må også ha tjent nok i det siste inntektsåret, slik det står i skatteoppgjøret (utf. § 10-9). UDI bruker vanligvis året før vedtaket, eller året før det hvis tallene ikke er klare (UDI).
req-underhold_tidligere-argument = Jeg mener at kravet til tidligere inntekt er oppfylt, eller at referansepersonen er unntatt fra det (utf. § 10-9). Kravet for { $year } er { $figure }. Referansepersonen tjente [skriv her: beløp] kroner før skatt i { $year }. [skriv her: eventuelt unntak, for eksempel 60 studiepoeng eller førstegangstjeneste i fjor]. Jeg viser til vedlagte skatteoppgjør.

req-sosialstonad-explain = Referansepersonen kan ikke ha fått økonomisk sosialhjelp eller kvalifiseringsstønad fra NAV de siste 12 månedene før vedtaket (utf. § 10-10). Noen utbetalinger teller ikke, for eksempel hjelp mens man venter på andre ytelser (utf. § 10-10 bokstav a og b).
req-sosialstonad-argument = Jeg mener at vilkåret om sosialhjelp er oppfylt (utf. § 10-10). [skriv her: når referansepersonen sist fikk økonomisk sosialhjelp eller kvalifiseringsstønad, og om den ble gitt i påvente av andre ytelser eller bostøtte, eller under introduksjonsprogrammet]. Jeg viser til vedlagte bekreftelse fra NAV.

req-bolig-explain = Ektefeller, samboere og foreldre til barn må skulle bo sammen i Norge (utl. § 40 tredje ledd; utl. §§ 41, 43 og 44). For barn har vi ikke sjekket UDIs nåværende tekst om dette. For forlovede og noen andre familiemedlemmer må referansepersonen også ha en bolig som oppfyller offentlige krav (utf. § 10-12).
req-bolig-argument = Jeg mener at kravet om å bo sammen og til bolig er oppfylt. Vi skal bo sammen i Norge i [skriv her: adresse]. [skriv her: om boligen er eid eller leid, størrelse, og siden når]. Jeg viser til vedlagte dokumentasjon på boligen.

## 3. Rules: which sub-rule decided the result ($status = met, not_met, not_applicable, needs_assessment, unknown)

rule-relation-missing = Vi vet ennå ikke hvilken familierelasjon du har til referansepersonen, så vi kan ikke sjekke kravene. Relasjonen avgjør hvilke regler som gjelder (utl. §§ 40–49).
rule-PK-basis = Tillatelsen til referansepersonen gir ikke rett til familieinnvandring (utl. § 40 første ledd). Sjekk hva som står i referansepersonens eget vedtak.
rule-PK-other = Loven gir ikke andre familiemedlemmer rett til tillatelse. Tillatelse kan bare gis hvis sterke menneskelige hensyn tilsier det (utl. § 49).
rule-PK-spouse = Ektefeller og registrerte partnere er blant familiemedlemmene som kan få tillatelse (utl. § 40 første ledd).
rule-PK-coh = { $status ->
        [met] Dere oppfyller vilkårene for samboere (utl. § 41).
       *[other] Samboere må ha bodd sammen i minst to år, eller ha eller vente barn sammen (utl. § 41). Etter svarene dine gjelder ingen av delene.
    }
rule-PK-coh-2y = Dere har bodd sammen i minst to år, så dere regnes som samboere (utl. § 41).
rule-PK-coh-child = Dere har eller venter barn sammen, så dere regnes som samboere (utl. § 41).
rule-PK-age-boundary = Den komplette søknaden kom inn nøyaktig på barnets 18-årsdag. Loven sier «innen 18-årsdagen», og reglene sier ikke klart om selve dagen teller (utl. § 50).
rule-PK-age = Barnet regnes ikke som under 18 år: den komplette søknaden kom ikke inn før 18-årsdagen (utl. § 50). Andre regler kan likevel hjelpe, for eksempel for barn mellom 18 og 21 år eller voksne barn som er avhengige av foreldrene.
rule-PK-child-consent = Barnet har en forelder i utlandet som ikke har samtykket. UDI/UNE kan gjøre unntak hvis samtykke er umulig å få, eller det er særlige grunner (utl. § 42).
rule-PK-child = Et barn under 18 år kan få tillatelse til å bo med en forelder i Norge (utl. § 42; utl. § 50).
rule-PK-parent = En forelder som bor med et barn under 18 år i Norge, kan få tillatelse (utl. § 44).
rule-PK-access = En forelder med samværsrett med et barn i Norge kan få tillatelse, men UDI/UNE vurderer saken (utl. § 45; utf. § 9-3).
rule-PK-protected-minor = En forelder til et barn under 18 år som har beskyttelse i Norge, kan få tillatelse (utl. § 43). UDI/UNE vurderer saken; vi har ikke kunnet sjekke dagens ordlyd i § 43.
rule-PK-discretionary = For denne familierelasjonen er det ingen rett til tillatelse; UDI/UNE avgjør etter en vurdering (utl. §§ 47–49; utf. §§ 9-5 og 9-7).

rule-A18-na = Kravet om 18 år gjelder bare ektefeller, registrerte partnere, samboere og forlovede.
rule-A18 = { $status ->
        [met] Dere er begge 18 år eller eldre på vedtaksdatoen (utl. § 40 annet ledd; for forlovede også ekteskapsloven § 1 a).
        [unknown] Vi trenger begges fødselsdato for å sjekke at dere begge er 18 år (utl. § 40 annet ledd).
       *[other] En av dere er under 18 år på vedtaksdatoen. Begge må være 18 år (utl. § 40 annet ledd), og ingen under 18 år kan gifte seg i Norge (ekteskapsloven § 1 a).
    }

rule-4Y-na-relation = Fireårskravet gjelder bare ektefeller, registrerte partnere, samboere og forlovede (utl. § 40 a).
rule-4Y-na-status = Fireårskravet gjelder ikke for referansepersonens status (utl. § 40 a første ledd). Det gjelder aldri norske eller nordiske borgere.
rule-4Y-67 = Fireårskravet gjelder ikke fordi referansepersonen er 67 år eller eldre på vedtaksdatoen (utf. § 9-1).
rule-4Y-a1 = Fireårskravet gjelder ikke fordi dere var gift før referansepersonen kom til Norge (utl. § 40 a annet ledd bokstav a).
rule-4Y-a2 = Fireårskravet gjelder ikke fordi dere har et barn sammen som ble unnfanget før referansepersonen kom til Norge (utl. § 40 a annet ledd bokstav a; UDI).
rule-4Y-b1 = Fireårskravet gjelder ikke fordi dere giftet dere i Norge mens begge hadde tillatelse eller norsk eller nordisk statsborgerskap (utl. § 40 a annet ledd bokstav b).
rule-4Y-b2 = Fireårskravet gjelder ikke fordi barnet deres ble unnfanget i Norge mens begge var her lovlig (utl. § 40 a annet ledd bokstav b; UDI).
rule-4Y-c = Vi regner med at fireårskravet ikke gjelder, fordi dere bodde sammen i to år før referansepersonen kom til Norge (utl. § 40 a annet ledd bokstav a, sett sammen med § 41). Reglene er ikke klare på dette for samboere; legg ved dokumentasjon på at dere bodde sammen.
rule-4Y-met = { $status ->
        [met] Referansepersonen har minst fire år med heltids arbeid eller utdanning i Norge (utl. § 40 a første ledd; utf. § 9-1).
       *[other] Vi sammenlignet referansepersonens år med heltids arbeid eller utdanning med de fire årene som kreves (utl. § 40 a første ledd; utf. § 9-1).
    }
rule-4Y-missing = Vi kan ikke sjekke fireårskravet ennå: vi trenger opplysningene nedenfor for å se om et unntak gjelder, eller hvor mange år referansepersonen har (utl. § 40 a).
rule-4Y-c2 = UDI skriver at kravet gjelder samboere uten barn «hvis dere har bodd sammen i mindre enn to år». Dere har bodd sammen lenger, men reglene er ikke klare på dette, så UDI/UNE avgjør (utl. § 40 a).
rule-4Y-d = Referansepersonen har mindre enn fire år, men du har oppgitt særlige grunner. UDI/UNE kan gjøre unntak når særlige grunner, blant annet hensynet til familiens enhet, tilsier det (utl. § 40 a tredje ledd).
rule-4Y-gen = Referansepersonen har mindre enn fire år med heltids arbeid eller utdanning i Norge, og ingen unntak gjelder (utl. § 40 a; utf. § 9-1).

rule-24-na = 24-årskravet gjelder bare ektefeller, registrerte partnere, samboere og forlovede (utl. § 41 a).
rule-24-a1 = 24-årskravet gjelder ikke fordi dere var gift før referansepersonen kom til Norge (utl. § 41 a første ledd bokstav a).
rule-24-a2 = 24-årskravet gjelder ikke fordi dere bodde sammen i minst to år før referansepersonen kom til Norge (utl. § 41 a første ledd bokstav a; UDI).
rule-24-a3 = 24-årskravet gjelder ikke fordi dere har et barn sammen som ble unnfanget (for ektefeller: født) før referansepersonen kom til Norge (UDIs praksis etter utl. § 41 a).
rule-24-b1 = 24-årskravet gjelder ikke fordi dere giftet dere i Norge mens begge hadde tillatelse eller norsk eller nordisk statsborgerskap (utl. § 41 a første ledd bokstav b).
rule-24-b2 = 24-årskravet gjelder ikke fordi dere bodde sammen i Norge mens begge var her lovlig (utl. § 41 a første ledd bokstav b; UDI).
rule-24-b3 = 24-årskravet gjelder ikke fordi barnet deres ble unnfanget i Norge mens begge var her lovlig (UDIs praksis etter utl. § 41 a).
rule-24-gen = { $status ->
        [met] Dere er begge 24 år eller eldre på vedtaksdatoen (utl. § 41 a).
       *[other] En av dere er under 24 år på vedtaksdatoen, og ingen unntak gjelder (utl. § 41 a). Det kan gjøres unntak hvis det er åpenbart at forholdet er frivillig (utl. § 41 a annet ledd).
    }
rule-24-missing = Vi kan ikke sjekke 24-årskravet ennå: vi trenger opplysningene nedenfor for å se om et unntak gjelder, eller hvor gamle dere er (utl. § 41 a).
rule-24-a3-spouse = UDIs side unntar ektefeller som «hadde barn sammen» før flyttingen; barnet deres ble unnfanget før flyttingen, men født etter. Argumenter for at familien var etablert før flyttingen; UDI/UNE vurderer det (utl. § 41 a).

rule-B-access = Kravet til bolig gjelder ikke en forelder med samværsrett: det gjelder bare i saker etter utl. §§ 46 til 49 (utf. § 10-12 fjerde ledd).
rule-B-fiance-together = Forlovede må ha planer om å bo sammen i Norge (UDI; utf. § 10-12). Etter svarene dine skal dere ikke det.
rule-B-fiance = Dere planlegger å bo sammen, og referansepersonen har bolig (UDI; utf. § 10-12).
rule-B-housing = { $status ->
        [met] Referansepersonen har en bolig som oppfyller kravet (utf. § 10-12).
        [unknown] Vi trenger å vite om referansepersonen har en bolig som oppfyller offentlige krav (utf. § 10-12).
       *[other] Referansepersonen må ha en bolig som oppfyller offentlige krav, med skriftlig leiekontrakt hvis den er leid (utf. § 10-12). Etter svarene dine er dette ikke på plass.
    }
rule-B-together = { $status ->
        [met] Dere skal bo sammen i Norge, slik loven krever (utl. § 40 tredje ledd, § 41, § 43 og § 44).
        [unknown] Vi trenger å vite om dere skal bo sammen i Norge (utl. § 40 tredje ledd, § 41, § 43 og § 44).
       *[other] Loven krever at dere skal bo sammen i Norge (utl. § 40 tredje ledd, § 41, § 43 og § 44). For barn har vi ikke sjekket UDIs nåværende tekst om dette.
    }
rule-B-renewal = Det er ikke krav til bolig ved fornyelse av en tillatelse (utf. § 10-20 fjerde ledd).

rule-E1 = { $status ->
        [not_applicable] Det er ikke krav til inntekt fordi referansepersonen er et barn under 18 år (utl. § 50; UDI).
        [unknown] Vi kan ennå ikke si om referansepersonen regnes som under 18 år, noe som ville fjerne inntektskravet (utl. § 50).
       *[other] Unntaket for en referanseperson under 18 år gjelder ikke, og den generelle inntektsregelen er ikke oppfylt (utl. § 50).
    }
rule-E1-boundary = Den komplette søknaden kom inn nøyaktig på referansepersonens 18-årsdag. Reglene sier ikke klart om den dagen regnes som «innen 18-årsdagen», og det avgjør unntaket fra inntektskravet (utl. § 50).
rule-E2 = { $status ->
        [not_applicable] Det er ikke krav til inntekt fordi barnet er under 15 år og ikke har omsorgspersoner i hjemlandet (UDI; PN 2017-002 punkt 3.2.3).
        [unknown] Vi trenger flere opplysninger for å se om unntaket for barn under 15 år uten omsorgspersoner gjelder (PN 2017-002 punkt 3.2.3).
       *[other] Unntaket for barn under 15 år uten omsorgspersoner gjelder ikke, og den generelle inntektsregelen er ikke oppfylt (PN 2017-002 punkt 3.2.3).
    }
rule-E2-15 = Barnet er 15 år eller eldre nå, men var under 15 år da søknaden ble levert. UDI har ikke sagt hvilken dato som avgjør, så UDI/UNE vurderer det (PN 2017-002 punkt 3.2.3).
rule-E3 = { $status ->
        [not_applicable] Det er ikke krav til inntekt fordi barnet er født i Norge og søknaden ble fremmet innen ett år etter fødselen (GI-30/2010).
        [unknown] Vi trenger flere opplysninger for å se om unntaket for barn født i Norge gjelder (GI-30/2010).
       *[other] Unntaket for barn født i Norge gjelder ikke, og den generelle inntektsregelen er ikke oppfylt (GI-30/2010).
    }
rule-E3-late = Søknaden ble registrert innen ett år etter fødselen, men levert senere. Reglene er ikke klare på om registrering er nok (Sivilombudet leser «fremmet» som registrering, UNE som levering), så UDI/UNE vurderer det (GI-30/2010).
rule-E4 = { $status ->
        [not_applicable] Det er ikke krav til inntekt: referansepersonen har beskyttelse, familien fantes før referansepersonen kom til Norge, og søknaden kom i tide (utf. § 10-8 fjerde ledd bokstav a og c, femte ledd).
        [needs_assessment] Unntaket for familie til en person med beskyttelse kan gjelde, men UDI/UNE må vurdere det (utf. § 10-8 fjerde og femte ledd).
        [unknown] Vi trenger opplysningene nedenfor for å sjekke unntaket for familie til en person med beskyttelse (utf. § 10-8 fjerde og femte ledd).
       *[other] Unntaket for familie til en person med beskyttelse gjelder ikke, og den generelle inntektsregelen er ikke oppfylt (utf. § 10-8 fjerde og femte ledd).
    }
rule-E4-family = Unntaket for familie til en person med beskyttelse gjelder bare en familie som fantes før referansepersonen kom til Norge, og det er ikke tilfellet her (utf. § 10-8 fjerde ledd bokstav a og c). Derfor avgjør den generelle inntektsregelen.
rule-E4-deadline = { $status ->
        [unknown] Søknaden ble registrert eller levert etter fristen for flyktningunntaket: registrering innen 6 måneder (hvis beskyttelsen ble gitt fra 1. august 2017) og levering innen 12 måneder etter referansepersonens vedtak (utf. § 10-8 femte ledd). Fortell oss om noe utenfor din kontroll hindret deg, for eksempel en stengt ambassade eller ingen ledig time.
       *[other] Søknaden ble registrert eller levert etter fristen for flyktningunntaket, og du har svart at ingenting utenfor din kontroll hindret deg (utf. § 10-8 femte ledd). Derfor avgjør den generelle inntektsregelen.
    }
rule-E4-waiver = Søknaden kom etter fristen, men noe utenfor din kontroll hindret deg. Fristene gjelder ikke i slike tilfeller, så UDI/UNE vurderer det; forklar hva som skjedde og legg ved dokumentasjon (utf. § 10-8 femte ledd; Sivilombudet).
rule-E4-closed-day = Fristen for levering falt på en dag kontoret var stengt, og du leverte neste arbeidsdag. Reglene sier ikke dette direkte, men en stengt dag bør flytte fristen; UDI/UNE vurderer det (utf. § 10-8 femte ledd, tilsvarende domstolloven § 149).
rule-E4-cohabitant = Dere bodde sammen før referansepersonen kom til Norge, men ikke i to år. UDI nevner samboere til personer med beskyttelse blant dem som er unntatt, men reglene er ikke klare på dette, så UDI/UNE vurderer det (utf. § 10-8 fjerde ledd).
rule-E4-collective = Familie til personer med kollektiv beskyttelse kan være unntatt fra inntektskravet på samme måte som familie til flyktninger hvis fristene ble holdt, men vi har ikke funnet dagens forskriftstekst, så vi kan ikke si dette sikkert. Be UDI/UNE om å bruke unntaket (utf. § 10-8 fjerde ledd; Sivilombudet).
rule-E5 = { $status ->
        [not_applicable] Det er ikke krav til inntekt: referansepersonens tillatelse bygger på menneskehandel, og barnets søknad ble registrert innen seks måneder etter den tillatelsen (utf. § 10-8; UDI). UDI har ikke bekreftet dagens frist for dette unntaket.
        [unknown] Vi trenger flere opplysninger for å sjekke unntaket for barn av et offer for menneskehandel (utf. § 10-8; UDI).
       *[other] Unntaket for barn av et offer for menneskehandel gjelder ikke, og den generelle inntektsregelen er ikke oppfylt (utf. § 10-8; UDI).
    }
rule-E5-late = Søknaden ble registrert mer enn seks måneder, men innen ett år, etter referansepersonens tillatelse. Fristen for dette unntaket er ikke bekreftet, så UDI/UNE vurderer det (utf. § 10-8; UDI).

rule-P-missing = Vi trenger flere opplysninger om referansepersonens pensjon for å sjekke pensjonsregelen (utf. § 10-8 annet ledd).
rule-P-nofig = Det er ikke publisert noe pensjonskrav for denne datoen, så vi kan ikke sjekke pensjonsregelen (utf. § 10-8 annet ledd; UDI).
rule-P1 = { $status ->
        [met] Referansepersonens pensjon alene når pensjonskravet (utf. § 10-8 annet ledd).
        [not_applicable] Referansepersonens pensjon alene når pensjonskravet, så det er ikke krav til tidligere inntekt (utf. § 10-8 annet ledd; UDI).
       *[other] Vi sammenlignet referansepersonens pensjon med pensjonskravet (utf. § 10-8 annet ledd).
    }
rule-P1-conflict = Referansepersonens pensjon ligger mellom beløpet UDI har trykt og beløpet beregnet ut fra G. Kildene er uenige, så UDI/UNE vurderer det (utf. § 10-8 annet ledd).
rule-P1-band = Referansepersonens pensjon ligger innenfor UDIs upubliserte avrunding av pensjonskravet, så vi kan ikke si om den er nok (utf. § 10-8 annet ledd).
rule-P-V1 = Den fremtidige inntekten du oppga, er lavere enn pensjonen. Den fremtidige inntekten må omfatte pensjonen, så sjekk beløpet (utf. § 10-8).
rule-P2-conflict = Pensjon og annen inntekt til sammen ligger mellom beløpet UDI har trykt og beløpet beregnet ut fra G. Kildene er uenige, så UDI/UNE vurderer det (utf. § 10-11 annet ledd).
rule-P2-band = Pensjon og annen inntekt til sammen ligger innenfor UDIs upubliserte avrunding av pensjonskravet, så vi kan ikke si om det er nok (utf. § 10-11 annet ledd).
rule-P2-child = { $status ->
        [not_applicable] Pensjon og annen inntekt til sammen når pensjonskravet, og søkeren er et barn, så det er ikke krav til tidligere inntekt (utf. § 10-11 annet ledd).
       *[other] Pensjon og annen inntekt til sammen når pensjonskravet, og søkeren er et barn (utf. § 10-11 annet ledd).
    }
rule-P2 = { $status ->
        [not_applicable] Pensjon og annen inntekt til sammen når pensjonskravet, og avslaget godtar at forholdet deres er klart frivillig, så det er ikke krav til tidligere inntekt (utf. § 10-11 annet ledd; UDI).
       *[other] Pensjon og annen inntekt til sammen når pensjonskravet, og avslaget godtar at forholdet deres er klart frivillig (utf. § 10-11 annet ledd; UDI).
    }
rule-P2-not-addressed = Pensjon og annen inntekt til sammen når pensjonskravet. Denne veien krever at det er åpenbart at forholdet deres er frivillig, og avslaget sier ingenting om det, så UDI/UNE vurderer det (utf. § 10-11 annet ledd).
rule-P2-doubted = Pensjon og annen inntekt til sammen når pensjonskravet, men avslaget tviler på at forholdet er frivillig, så denne veien hjelper ikke (utf. § 10-11 annet ledd).

rule-F-gen = { $status ->
        [met] Referansepersonens forventede inntekt når kravet som gjelder på vedtaksdatoen (utf. § 10-8).
        [unknown] Vi trenger referansepersonens forventede inntekt for å sammenligne den med kravet (utf. § 10-8).
       *[other] Referansepersonens forventede inntekt er lavere enn kravet som gjelder på vedtaksdatoen, og ingen unntak gjelder (utf. § 10-8).
    }
rule-F-gen-a = Sammen med din egen inntekt fra lovlig arbeid i Norge når inntekten kravet (utf. § 10-8 tredje ledd bokstav a).
rule-F-stp = Sammen med pengene du har på konto når inntekten kravet som gjelder når referansepersonen har studietillatelse (utf. § 10-8; UDI).
rule-F-b-means = Referansepersonen er student med 60 studiepoeng. Det «kan» legges vekt på ditt arbeidstilbud eller andre midler, så UDI/UNE vurderer det (utf. § 10-8 tredje ledd bokstav b).
rule-F-band = Inntekten ligger innenfor UDIs upubliserte avrunding av kravet, så vi kan ikke si om den er nok (utf. § 10-8).
rule-F-nofig = Det er ikke publisert noe krav for vedtaksdatoen, så vi kan ikke sjekke inntekten (utf. § 10-8). Vi gjetter ikke.
rule-F-stu = Inntekten er lavere enn kravet, men referansepersonen er student eller forsker med egne midler. UDI/UNE kan gjøre unntak (utf. § 10-11 tredje ledd).
rule-F-cap = Inntekten er lavere enn kravet, men referansepersonen har nettoformue over 1 million kroner. UDI kan godta lavere inntekt når det er åpenbart at forholdet deres er frivillig (utf. § 10-11 annet ledd; UDI).

rule-T-year = Inntektsåret vi måtte sjekke, er ikke over på den datoen, så vi kan ikke sjekke tidligere inntekt (utf. § 10-9).
rule-T-nofig = Vi kjenner ikke kravet til tidligere inntekt for dette inntektsåret, så vi kan ikke sjekke det (utf. § 10-9). Vi gjetter ikke.
rule-T-gen = { $status ->
        [met] Referansepersonens inntekt i inntektsåret når kravet (utf. § 10-9).
        [unknown] Vi trenger referansepersonens inntekt for inntektsåret for å sammenligne den med kravet (utf. § 10-9).
       *[other] Referansepersonens inntekt i inntektsåret er lavere enn kravet, og ingen unntak gjelder (utf. § 10-9). Inntekt fra arbeid i utlandet teller bare for norske eller nordiske borgere og personer med permanent oppholdstillatelse (utf. § 10-9 annet ledd).
    }
rule-T-band = Den tidligere inntekten ligger innenfor UDIs upubliserte avrunding av kravet, så vi kan ikke si om den er nok (utf. § 10-9).
rule-T-cap = Referansepersonen har nettoformue over 1 million kroner. Den eldre forskriftsteksten unntok slike referansepersoner fra kravet til tidligere inntekt, men UDIs side krever fortsatt tidligere inntekt; dagens tekst er ikke sjekket, så UDI/UNE vurderer det (utf. § 10-9 bokstav c, eldre tekst).
rule-T-res = Referansepersonen er forsker med egne midler. UDI/UNE kan gjøre unntak fra inntektskravet (utf. § 10-11 tredje ledd).
rule-T-skill = Referansepersonen er faglært arbeidstaker. Den eldre forskriftsteksten unntok faglærte fra kravet til tidligere inntekt; om dette fortsatt gjelder, er ikke sjekket, så UDI/UNE vurderer det (utf. § 10-9 bokstav e, eldre tekst).
rule-T-pension = Referansepersonens pensjon oppfyller pensjonsregelen, så det er ikke krav til tidligere inntekt (utf. § 10-9 tredje ledd bokstav d; UDI).
rule-T-stud = Det er ikke krav til tidligere inntekt: referansepersonen fullførte 60 studiepoeng i fjor og er norsk eller nordisk borger eller har permanent oppholdstillatelse (utf. § 10-9 bokstav a).
rule-T-mil = Det er ikke krav til tidligere inntekt fordi referansepersonen avtjente førstegangstjeneste i fjor (utf. § 10-9 bokstav b; UDI).
rule-T-stp = Det er ikke krav til referansepersonens inntekt i fjor når referansepersonen har studietillatelse (UDI).

rule-R-renewal = Dette er en fornyelse av en tillatelse som først ble gitt etter utl. §§ 40–46. Hovedregelen er at det ikke stilles krav til inntekt ved fornyelse (utf. § 10-20 tredje ledd), men de siste ordene i regelen er uklare, så UDI/UNE vurderer det.

rule-S-never = Referansepersonen har aldri fått økonomisk sosialhjelp eller kvalifiseringsstønad (utf. § 10-10).
rule-S-outside = Den siste utbetalingen av sosialhjelp var mer enn 12 måneder før vedtaksdatoen (utf. § 10-10).
rule-S-exempt = Sosialhjelpen teller ikke, fordi den ble gitt i påvente av andre ytelser eller under introduksjonsprogrammet (utf. § 10-10 bokstav a og b).
rule-S-boundary = Saken din faller nøyaktig på den siste dagen av de 12 månedene. Reglene sier ikke om den dagen teller (utf. § 10-10).
rule-S-stu = Referansepersonen har fått sosialhjelp de siste 12 månedene, men er student eller forsker. UDI/UNE kan gjøre unntak (utf. § 10-11 tredje ledd).
rule-S-inside = { $status ->
        [unknown] Vi trenger å vite når referansepersonen sist fikk sosialhjelp (utf. § 10-10).
       *[other] Referansepersonen har fått økonomisk sosialhjelp eller kvalifiseringsstønad i løpet av de 12 månedene før vedtaksdatoen (utf. § 10-10).
    }

rule-proforma = Avslaget sier at hovedformålet med ekteskapet var å få oppholdstillatelse (utl. § 40 fjerde ledd). Dette kan vi ikke vurdere; UDI/UNE ser på alle forholdene, og forklaringen og dokumentene dine betyr mye.
rule-tvangsekteskap = Avslaget sier at ekteskapet kan være inngått mot viljen til en av dere (utl. § 51 annet ledd). Dette kan vi ikke vurdere, og vi har ikke kunnet sjekke den nøyaktige ordlyden i loven.
rule-samtykke_referanseperson = Avslaget sier at referansepersonen ikke samtykker i tillatelsen (utl. § 51). Dette kan vi ikke vurdere, og hvilket ledd i § 51 som gjelder, er ikke sjekket.
rule-mishandling = Avslaget sier at det er mest sannsynlig at søkeren vil bli mishandlet eller grovt utnyttet (utl. § 40 femte ledd). Dette kan vi ikke vurdere; UDI/UNE ser på alle forholdene.
rule-identitet = Avslaget sier at identiteten din ikke er dokumentert (UDI 2012-009; UNE). Dette kan vi ikke vurdere, og hvilken paragraf i loven som gjelder, er ikke sjekket.
rule-soknad_fra_norge = Avslaget sier at du ikke kunne søke fra Norge (utl. § 56; utf. § 10-1). Dette kan vi ikke vurdere; det avhenger av grunnlaget for oppholdet ditt da du søkte.
rule-intervju_referanseperson = Avslaget sier at tillatelse ikke kan gis før referansepersonen har kommet tilbake til Norge og blitt intervjuet (utl. § 56 fjerde ledd; utf. § 10-5). Vi kan ikke vurdere om et unntak gjelder.
rule-tilknytning_tredjeland = Avslaget sier at familien kan bo trygt i et annet land dere har sterkere tilknytning til (utl. § 51 tredje ledd; utf. § 9-9). Dette kan vi ikke vurdere.
rule-returforutsetninger = Avslaget tviler på at du vil reise ut av Norge hvis en senere søknad blir avslått (utf. § 9-5 tredje ledd). Dette kan vi ikke vurdere.
rule-ekteskap_ikke_gyldig = Avslaget sier at ekteskapet ikke kan anerkjennes i Norge (UDI; ekteskapsloven). Dette kan vi ikke vurdere; det avhenger av loven i landet der dere giftet dere.

## 4. Exceptions that may still help

exc-personkrets-strong-reasons = Andre familiemedlemmer kan få tillatelse hvis sterke menneskelige hensyn tilsier det (utl. § 49). Forklar hvorfor dere er avhengige av hverandre, og hvorfor dere ikke kan bo hver for dere.
exc-child-consent-dispensation = UDI/UNE kan gjøre unntak fra samtykket fra den andre forelderen hvis det er umulig å få, eller det er særlige grunner (utl. § 42). Forklar hva du har prøvd for å få samtykket, og legg ved dokumentasjon.
exc-fireaarskrav-family-unity = Det kan gjøres unntak når særlige grunner, blant annet hensynet til familiens enhet, tilsier det (utl. § 40 a tredje ledd). Felles barn er det vanligste argumentet; forklar familiesituasjonen deres.
exc-alder24-voluntary = Det kan gjøres unntak hvis det er åpenbart at ekteskapet eller samboerskapet er frivillig (utl. § 41 a annet ledd). UDI ser på bakgrunnen deres; terskelen er høy (UNE). Forklar hvordan forholdet oppsto.
exc-underhold-humanitarian = UDI/UNE kan gjøre unntak fra inntektskravet hvis særlig sterke menneskelige hensyn tilsier det (utf. § 10-11 første ledd; GI-08/2012; PN 2017-002). Eksempler er et langt familieliv med et norsk barn, eller et felles norsk barn født i Norge mens du bodde her lovlig.
exc-underhold-provided = Det kan gjøres unntak hvis referansepersonen eller andre åpenbart er i stand til å forsørge dere (utf. § 10-11 annet ledd). For ektefeller og samboere må det også være åpenbart at forholdet er frivillig.
exc-underhold-changed = UDI/UNE avgjør saken ut fra forholdene på vedtakstidspunktet (fvl. § 34). Hvis inntekten har økt siden avslaget, for eksempel med ny jobb, legg ved dokumentasjon; UNE har endret vedtak fordi kravet var oppfylt da (UNE 2023).
exc-underhold-refugee-deadline-waiver = Fristene i flyktningunntaket gjelder ikke hvis noe utenfor din kontroll hindret deg, for eksempel en stengt ambassade, ingen ledig time, krig eller sykdom (utf. § 10-8 femte ledd; Sivilombudet). Forklar hva som skjedde, og legg ved dokumentasjon.
exc-underhold-refugee-cohabitant = UDI nevner samboere til personer med beskyttelse blant dem som er unntatt fra inntektskravet (utf. § 10-8 fjerde ledd; UDI). Vis at dere bodde sammen før referansepersonen kom til Norge, eller fikk et barn som ble unnfanget da.
exc-underhold-collective-protection = Argumenter for at flyktningunntaket også gjelder kollektiv beskyttelse (utl. § 34): Sivilombudet beskriver forskriften som å omfatte «utlendingsloven § 28 eller § 34», og UDIs tekster snakker om beskyttelse generelt (utf. § 10-8 fjerde ledd). Dagens tekst er ikke funnet, så dette er et argument, ikke avklart rett.
exc-underhold-child-under-15 = Barnet var under 15 år da søknaden ble levert. Be om at alderen ved levering brukes, eller be om unntak for barn over 15 år (PN 2017-002 punkt 3.2.3; utf. § 10-11 første ledd).
exc-underhold-born-in-norway = Søknaden for et barn født i Norge må være «fremmet» innen ett år etter fødselen (GI-30/2010). Argumenter for at registrering med betalt gebyr innen det året er nok, slik Sivilombudet leste det samme ordet.
exc-underhold-trafficking-deadline = Fristen i unntaket for menneskehandel er ikke bekreftet (en tekst fra 2018 sa «innen ett år»). Argumenter for at søknaden kom i tide (utf. § 10-8; UDI).
exc-underhold-pension-combined = Pensjon og annen inntekt til sammen når pensjonskravet. Be UDI/UNE slå fast at forholdet deres åpenbart er frivillig, og bruke denne veien (utf. § 10-11 annet ledd).
exc-underhold-applicant-means = Når referansepersonen er student med 60 studiepoeng, kan det legges vekt på ditt eget arbeidstilbud (utf. § 10-8 tredje ledd bokstav b). Legg ved tilbudet med arbeidsgiver, lønn og hvor lenge jobben varer.
exc-underhold-student-researcher = Det kan gjøres unntak når referansepersonen tar høyere utdanning eller er forsker med egne midler (utf. § 10-11 tredje ledd). Legg ved dokumentasjon på studiene eller forskningen og på finansieringen.
exc-underhold-wealth = Nettoformue over 1 million kroner kan veie opp for lavere inntekt hvis det er åpenbart at forholdet er frivillig (UDI; utf. § 10-11 annet ledd). For tidligere inntekt kan du vise til det gamle unntaket i utf. § 10-9 bokstav c, men om det fortsatt gjelder, er ikke sjekket.
exc-underhold-skilled-worker = Den eldre forskriftsteksten unntok faglærte fra kravet til tidligere inntekt (utf. § 10-9 bokstav e). Du kan vise til det, men om det fortsatt gjelder, er ikke sjekket.
exc-renewal-no-income-requirement = Når en familieinnvandringstillatelse som først ble gitt etter utl. §§ 40–46, fornyes, er hovedregelen at det ikke stilles krav til inntekt (utf. § 10-20 tredje ledd; GI 2011-003). Hvis UDI stilte et slikt krav, spør hva det bygger på.
exc-bolig-special-circumstances = Ektefeller må bo sammen med mindre særskilte omstendigheter tilsier noe annet, for eksempel arbeid et annet sted (utl. § 40 tredje ledd). Forklar hvorfor dere skal bo hver for dere en periode.
exc-bolig-humanitarian = UDI/UNE kan gjøre unntak fra kravet til bolig hvis særlig sterke menneskelige hensyn tilsier det (utf. § 10-12). Forklar situasjonen deres.

## 5. Documents (attachment titles) and document notes

doc-marriage-certificate = Vigselsattest, legalisert hvis den er utstedt i utlandet
doc-cohabitation-proof = Dokumentasjon på at dere bor sammen (felles adresse, leiekontrakt, erklæring)
doc-birth-certificate = Fødselsattest
doc-parental-responsibility-and-consent = Samtykke fra den andre forelderen, med kopi av legitimasjon
doc-access-agreement = Avtale eller rettsavgjørelse om samvær
doc-sponsor-permit-decision = Referansepersonens vedtak, som viser datoen for tillatelsen
doc-application-receipts = Kvittering for registrering og gebyr, timebekreftelse og kvittering for levering
doc-prevented-proof = Dokumentasjon på at du ikke kunne registrere eller levere i tide (melding om stengning, bestillingshistorikk, skjermbilder, legeerklæring)
doc-work-education-proof = Dokumentasjon på arbeid og utdanning (attester, karakterutskrift med studiepoeng)
doc-employment-contract = Arbeidskontrakt eller bekreftelse fra arbeidsgiveren
doc-nav-benefits = Vedtak fra NAV om ytelser (beløp og periode)
doc-nav-pension-decision = Vedtak fra NAV om pensjon eller uføretrygd
doc-student-finance = Vedtak fra Lånekassen, eller egne midler på norsk konto
doc-applicant-employment = Din arbeidskontrakt i Norge, eller et arbeidstilbud
doc-self-employed = Regnskap for referansepersonens eget foretak
doc-self-employed-tax-return = Referansepersonens skattemelding med vedlegg
doc-tax-settlement = Skatteoppgjør
doc-foreign-income-proof = Dokumentasjon på inntekt fra arbeid i utlandet
doc-study-or-military = Dokumentasjon på studiepoeng eller førstegangstjeneste
doc-wealth-proof = De to siste skatteoppgjørene som viser nettoformue, og dokumentasjon på at formuen er referansepersonens egen
doc-voluntary-statement = Redegjørelse for hvordan forholdet deres oppsto
doc-nav-social-assistance = Bekreftelse fra NAV om sosialhjelp (valgfritt)
doc-live-together = Planen deres for å bo sammen i Norge
doc-housing = Dokumentasjon på bolig (skjøte eller skriftlig leiekontrakt)
doc-explain-missing = UDIs skjema for å forklare hvorfor dokumenter mangler
doc-no-payslips = Du trenger ikke sende lønnsslipper for en arbeidstaker: UDI henter lønnsopplysninger selv (UDI).
doc-udi-fetches = UDI henter selv arbeidsforhold, ytelser fra NAV, skatteopplysninger og studiestøtte (UDI). Send bare det som er nytt, eller det vedtaket ikke tok med.

## 6. Notes on a result

note-computed = Beregnet av Klagehjelp ut fra NAVs grunnbeløp (G); UDI har ikke publisert dette beløpet.
note-band = Beløpet ligger innenfor UDIs upubliserte avrunding, så vi kan ikke si om det er nok.
note-conflict = Beløpet ligger mellom beløpet UDI har trykt og beløpet beregnet ut fra G. Kildene er uenige, så UDI/UNE må avgjøre.
note-no-figure = Det er ikke publisert noe beløp for denne perioden ennå. Vi gjetter ikke.
note-double-test = Et barn regnes som under 18 år hvis den komplette søknaden kom inn før 18-årsdagen. Når UDI/UNE avgjør saken etter fødselsdagen, må kravene være oppfylt både på 18-årsdagen ({ $birthday }) og på vedtaksdatoen (utl. § 50; utf. § 9-8).
note-double-test-unchecked = Barnet er 18 år eller eldre på vedtaksdatoen. Vi kunne ikke sjekke om kravene også må være oppfylt på 18-årsdagen (utf. § 9-8), fordi opplysninger mangler.
note-must-include-pension = Den fremtidige inntekten må omfatte pensjonen. Beløpet du oppga er lavere enn pensjonen, så sjekk det.
note-stated-figure = Avslaget brukte { $stated }; kravet for klagevedtaket er { $figure }. Beløpet som står i avslaget, er ikke kravet for klagen.
note-boundary = Saken din faller nøyaktig på den siste dagen av en frist. Reglene sier ikke om den dagen teller.
note-unverified = Dette punktet bygger på en regel vi ikke har kunnet sjekke i dagens tekst. Bruk det som et argument, ikke som avklart rett.
note-keep-income = Referansepersonen må også beholde inntekten fram til saken avgjøres (utf. § 10-9 første ledd).

## 7. Figure and timing lines

law-figure-udi = Krav: { $amount } ({ $period }), publisert av UDI
law-figure-computed = Krav: { $range } ({ $mult } × G, G = { $g }; { $period }). Beregnet av Klagehjelp ut fra NAVs grunnbeløp (G); UDI har ikke publisert dette beløpet. { $interval ->
        [range] Når to beløp vises, ligger kravet mellom dem, avhengig av hvordan UDI runder av.
       *[single] {""}
    }
law-period-dates = { $from } til { $to }
law-period-year = inntektsåret { $year }
law-shortfall = Mangler: { $amount } under kravet.
law-met-from = Oppfylt for et vedtak på eller etter { $date }.
law-met-from-age = UDI/UNE avgjør saken ut fra forholdene på vedtaksdatoen (fvl. § 34); hvis klagen avgjøres { $date } eller senere, er dette kravet oppfylt.
law-missing = Vi trenger flere opplysninger for å avgjøre dette: { $facts }.
law-later-heading = Hvis vedtaket kommer senere (vi viser { $date }, omtrent { $months } måneder senere: UNEs gjennomsnittlige tid for klager i familieinnvandringssaker i 2023)
law-later-status = { $title }: { $status }
law-figure-change-known = Fra { $date } gjelder et nytt beløp.
law-figure-change-unknown = Fra { $date } gjelder et nytt beløp som ikke er publisert ennå.
law-rules-as-of = Regler og beløp per { $date }.
law-assessed-on = Sjekket for et vedtak { $date }.
law-source = Kilde: { $source }
law-exceptions-heading = Dette kan likevel hjelpe
law-documents-heading = Dokumenter som hjelper
law-why-heading = Hvorfor

## 8. Facts (labels), interview questions, help and choices

fact-relation = familierelasjonen din til referansepersonen
q-relation = Hva er du for referansepersonen?
q-relation-help = Referansepersonen er personen i Norge du søker om å bo sammen med. Relasjonen avgjør hvilke regler som gjelder (utl. §§ 40–49).
opt-relation-spouse = Ektefelle
opt-relation-registered_partner = Registrert partner
opt-relation-cohabitant = Samboer
opt-relation-fiance = Forlovet: vi skal gifte oss i Norge
opt-relation-child_under_18 = Barn under 18 år
opt-relation-parent_of_child_under_18 = Forelder som bor med et barn under 18 år i Norge
opt-relation-parent_with_access_rights = Forelder med samværsrett med et barn i Norge
opt-relation-parent_of_protected_minor = Forelder til et barn under 18 år med beskyttelse i Norge
opt-relation-single_parent_over_60 = Enslig forelder over 60 år
opt-relation-parent_visit = Forelder på besøk
opt-relation-child_18_21_long_residence = Barn mellom 18 og 21 år som har bodd lenge i Norge
opt-relation-dependent_adult_child = Voksent barn som er avhengig av foreldrene
opt-relation-foster_child_under_18 = Fosterbarn under 18 år
opt-relation-sibling_under_18_without_carers = Søsken under 18 år uten omsorgspersoner
opt-relation-other = Annet familiemedlem

fact-sponsor_status = referansepersonens status i Norge
q-sponsor_status = Hvilket grunnlag har referansepersonen for å bo i Norge?
q-sponsor_status-help = Se referansepersonens oppholdskort eller referansepersonens eget vedtak fra UDI. Statusen avgjør om fireårskravet og noen unntak fra inntektskravet gjelder (utl. § 40 a; utf. § 10-8).
opt-sponsor_status-norwegian_citizen = Norsk borger
opt-sponsor_status-nordic_citizen = Borger av et annet nordisk land
opt-sponsor_status-refugee = Flyktning (utl. § 28, også overføringsflyktninger)
opt-sponsor_status-collective_protection = Kollektiv beskyttelse (utl. § 34)
opt-sponsor_status-humanitarian = Opphold på grunn av sterke menneskelige hensyn (utl. § 38)
opt-sponsor_status-family_immigration = Tillatelse til familieinnvandring
opt-sponsor_status-permanent_from_protected_basis = Permanent opphold etter beskyttelse, humanitært grunnlag eller familieinnvandring
opt-sponsor_status-permanent_other = Permanent opphold på et annet grunnlag
opt-sponsor_status-skilled_worker = Faglært arbeidstaker (utf. § 6-1)
opt-sponsor_status-study_permit = Student ved universitet eller høyskole (studietillatelse)
opt-sponsor_status-researcher_own_funds = Forsker med egne midler (utf. § 6-20)
opt-sponsor_status-other_permit_with_basis = En annen tillatelse som gir rett til familieinnvandring
opt-sponsor_status-permit_without_basis = En tillatelse som ikke gir rett til familieinnvandring

fact-sponsor_birth_date = referansepersonens fødselsdato
q-sponsor_birth_date = Når er referansepersonen født?
q-sponsor_birth_date-help = Alder avgjør flere krav, for eksempel reglene om 18 og 24 år og fireårskravet (utl. § 40 annet ledd; utl. § 41 a; utf. § 9-1). Datoen står i passet.

fact-applicant_birth_date = fødselsdatoen din
q-applicant_birth_date = Når er du født?
q-applicant_birth_date-help = Det er alderen din den dagen saken avgjøres som teller (utl. § 41 a; UDI). Datoen står i passet eller fødselsattesten din.

fact-sponsor_always_lived_in_norway = om referansepersonen alltid har bodd i Norge
q-sponsor_always_lived_in_norway = Har referansepersonen bodd i Norge hele livet?
q-sponsor_always_lived_in_norway-help = Mange regler avhenger av om noe skjedde før referansepersonen kom til Norge. Har referansepersonen alltid bodd her, skjedde ingenting «før innreise».

fact-sponsor_settled_in_norway_date = datoen referansepersonen flyttet til Norge
q-sponsor_settled_in_norway_date = Når flyttet referansepersonen til Norge for å bo her?
q-sponsor_settled_in_norway_date-help = Oppgi starten på referansepersonens nåværende opphold i Norge. For en nordmann som har bodd i utlandet: datoen for flyttingen tilbake; UDI har ikke sagt klart hvilken dato som teller da.

fact-marriage_date = datoen dere giftet dere
q-marriage_date = Hvilken dato giftet dere dere?
q-marriage_date-help = Datoen står på vigselsattesten. Et ekteskap inngått før referansepersonen kom til Norge, fjerner fireårskravet og 24-årskravet (utl. § 40 a; utl. § 41 a).

fact-cohabited_years = hvor mange år dere har bodd sammen
q-cohabited_years = Hvor mange år har dere bodd sammen som par?
q-cohabited_years-help = Regn med et fast, felles hjem, vanligvis de siste to årene. Skriv for eksempel 1,5. Samboere må som regel ha bodd sammen i minst to år (utl. § 41).

fact-cohabited_two_years_before_move = om dere bodde sammen i to år før flyttingen
q-cohabited_two_years_before_move = Bodde dere sammen i minst to år før referansepersonen flyttet til Norge?
q-cohabited_two_years_before_move-help = I så fall gjelder ikke 24-årskravet (utl. § 41 a første ledd bokstav a).

fact-cohabitation_established_before_entry = om dere bodde sammen før referansepersonen flyttet til Norge
q-cohabitation_established_before_entry = Bodde dere allerede sammen som par før referansepersonen flyttet til Norge?
q-cohabitation_established_before_entry-help = Dette betyr noe hvis referansepersonen har beskyttelse: UDI nevner samboere blant familien som kan være unntatt fra inntektskravet (utf. § 10-8 fjerde ledd).

fact-child_together_conceived = om dere har barn sammen, og når barnet ble unnfanget
q-child_together_conceived = Har dere barn sammen, eller venter dere barn, og når ble barnet unnfanget?
q-child_together_conceived-help = En graviditet teller. Har dere flere barn, svar for barnet som ble unnfanget først. Svaret kan fjerne fireårskravet og 24-årskravet (utl. § 40 a; utl. § 41 a).
opt-child_together_conceived-none = Ingen barn sammen
opt-child_together_conceived-before_sponsor_entry = Unnfanget før referansepersonen flyttet til Norge
opt-child_together_conceived-in_norway_while_both_lawful = Unnfanget i Norge mens vi begge hadde tillatelse eller norsk eller nordisk statsborgerskap
opt-child_together_conceived-after_sponsor_entry = Unnfanget etter at referansepersonen flyttet til Norge (andre tilfeller)

fact-child_together_born_before_entry = om det barnet ble født før referansepersonen flyttet til Norge
q-child_together_born_before_entry = Ble det barnet født før referansepersonen flyttet til Norge?
q-child_together_born_before_entry-help = UDIs side unntar ektefeller som «hadde barn sammen» før flyttingen. Et barn som ble unnfanget før, men født etter flyttingen, er ikke klart dekket (utl. § 41 a).

fact-married_in_norway_while_both_lawful = om dere giftet dere i Norge mens begge var her lovlig
q-married_in_norway_while_both_lawful = Giftet dere dere i Norge mens begge hadde tillatelse eller norsk eller nordisk statsborgerskap?
q-married_in_norway_while_both_lawful-help = I så fall gjelder ikke fireårskravet og 24-årskravet (utl. § 40 a annet ledd bokstav b; utl. § 41 a første ledd bokstav b).

fact-cohabited_in_norway_while_both_lawful = om dere bodde sammen i Norge mens begge var her lovlig
q-cohabited_in_norway_while_both_lawful = Bodde dere sammen som par i Norge mens begge hadde tillatelse eller norsk eller nordisk statsborgerskap?
q-cohabited_in_norway_while_both_lawful-help = I så fall gjelder ikke 24-årskravet (utl. § 41 a første ledd bokstav b).

fact-family_unity_grounds = særlige grunner for unntak fra fireårskravet
q-family_unity_grounds = Er det særlige grunner til at familien må bo sammen nå?
q-family_unity_grounds-help = UDI/UNE kan gjøre unntak fra fireårskravet når særlige grunner, blant annet hensynet til familiens enhet, tilsier det (utl. § 40 a tredje ledd). Felles barn er den vanligste grunnen.
opt-family_unity_grounds-none = Ingen særlige grunner
opt-family_unity_grounds-common_child = Vi har barn sammen
opt-family_unity_grounds-other = Andre særlige grunner

fact-other_parent_consent = samtykke fra den andre forelderen
q-other_parent_consent = Må barnets andre forelder samtykke, og har den forelderen samtykket?
q-other_parent_consent-help = Et barn som skal bo med én forelder i Norge, trenger samtykke fra den andre forelderen, med mindre forelderen i Norge har foreldreansvaret alene (utl. § 42).
opt-other_parent_consent-not_needed = Ikke nødvendig: forelderen i Norge har foreldreansvaret alene
opt-other_parent_consent-given = Den andre forelderen har samtykket
opt-other_parent_consent-missing = Den andre forelderen har ikke samtykket

fact-decision_voluntariness = hva avslaget sier om forholdet er frivillig
q-decision_voluntariness = Sier avslaget at ekteskapet eller samboerskapet deres klart er frivillig, tviler det på det, eller sier det ingenting om det?
q-decision_voluntariness-help = Les begrunnelsen i avslaget. Velg «godtatt» hvis det står uttrykkelig, «tvil» hvis avslaget uttrykker tvil eller nevner tvangsekteskap, og «ikke nevnt» hvis det ikke sier noe (utf. § 10-11 annet ledd).
opt-decision_voluntariness-accepted = Godtatt: avslaget sier at forholdet klart er frivillig
opt-decision_voluntariness-doubted = Tvil: avslaget tviler på det eller nevner tvangsekteskap
opt-decision_voluntariness-not_addressed = Ikke nevnt: avslaget sier ingenting om det

fact-sponsor_fulltime_years = referansepersonens år med heltids arbeid eller utdanning i Norge
q-sponsor_fulltime_years = Hvor mange år til sammen har referansepersonen arbeidet eller studert på heltid i Norge?
q-sponsor_fulltime_years-help = Regn med lønnet arbeid, skole og studier (60 studiepoeng i året er heltid), introduksjonsprogram, norskopplæring, kvalifiseringstiltak fra NAV, foreldrepermisjon med foreldrepenger (opptil 46 uker etter fødsel eller adopsjon), sykepenger og pensjon. Hvert år må til sammen utgjøre heltid (utf. § 9-1). Skriv for eksempel 2,5.

fact-application_registered = datoen søknaden ble registrert med betalt gebyr
q-application_registered = Hvilken dato ble søknaden registrert på nett med betalt gebyr?
q-application_registered-help = Datoen står på kvitteringen eller i vedtaket. Den avgjør hvilket inntektskrav som gjelder, og om noen frister ble holdt (utf. § 10-8; UDI).

fact-application_delivered = datoen søknaden ble levert personlig
q-application_delivered = Hvilken dato leverte du dokumentene hos ambassaden, søknadssenteret eller politiet?
q-application_delivered-help = Søknaden er først levert når du møter opp til timen (UDI). Datoen står på timebekreftelsen eller kvitteringen for levering.

fact-application_complete_date = datoen søknaden var komplett
q-application_complete_date = Hvilken dato hadde UDI eller ambassaden alt som trengtes for å avgjøre saken: søknaden og alle dokumentene?
q-application_complete_date-help = Hvis du sendte dokumenter senere, oppgi datoen det siste kom fram. Den avgjør om et barn regnes som under 18 år (utl. § 50).

fact-application_deadline_prevented = om noe utenfor din kontroll hindret deg i å søke i tide
q-application_deadline_prevented = Hindret noe utenfor din kontroll deg i å registrere eller levere søknaden i tide?
q-application_deadline_prevented-help = For eksempel en stengt ambassade, ingen ledig time, krig eller sykdom. Fristene i flyktningunntaket gjelder ikke i slike tilfeller (utf. § 10-8 femte ledd). Ta vare på dokumentasjon.

fact-sponsor_permit_decision_date = datoen for referansepersonens første vedtak om beskyttelse
q-sponsor_permit_decision_date = Hvilken dato ble referansepersonens første vedtak om beskyttelse (eller tillatelsen på grunn av menneskehandel) fattet?
q-sponsor_permit_decision_date-help = Datoen står i referansepersonens vedtak fra UDI. Fristene i flyktningunntaket regnes fra den (utf. § 10-8 femte ledd).

fact-is_renewal = om den avslåtte søknaden var en fornyelse
q-is_renewal = Var den avslåtte søknaden en fornyelse av en familieinnvandringstillatelse på samme grunnlag?
q-is_renewal-help = En søknad om familieinnvandring mens du hadde en annen tillatelse, for eksempel studietillatelse, er en førstegangssøknad, ikke en fornyelse (utl. § 61 sjuende ledd).

fact-first_family_application_registered = datoen den første søknaden om familieinnvandring ble registrert
q-first_family_application_registered = Hvilken dato ble din første søknad om familieinnvandring registrert?
q-first_family_application_registered-help = Ved fornyelse følger inntektsreglene datoen for den første søknaden (UDI).

fact-applicant_born_in_norway = om barnet er født i Norge
q-applicant_born_in_norway = Er barnet født i Norge?
q-applicant_born_in_norway-help = For et barn født i Norge kan det være unntak fra inntektskravet hvis søknaden ble fremmet innen ett år etter fødselen (GI-30/2010).

fact-applicant_under_15_without_carers = om barnet er under 15 år og uten omsorgspersoner
q-applicant_under_15_without_carers = Mangler barnet foreldre eller andre omsorgspersoner i hjemlandet?
q-applicant_under_15_without_carers-help = For et barn under 15 år uten omsorgspersoner er det ikke krav til inntekt (UDI; PN 2017-002 punkt 3.2.3).

fact-sponsor_trafficking_victim = om referansepersonens tillatelse bygger på menneskehandel
q-sponsor_trafficking_victim = Har referansepersonen fått tillatelse som offer for, eller vitne i en sak om, menneskehandel?
q-sponsor_trafficking_victim-help = Da kan referansepersonens barn være unntatt fra inntektskravet hvis de søker i tide (UDI). UDI har ikke bekreftet dagens frist.

fact-sponsor_future_income = referansepersonens forventede inntekt
q-sponsor_future_income = Hvor mye vil referansepersonen tjene før skatt det neste året?
q-sponsor_future_income-help = Regn med lønn, sykepenger, svangerskapspenger og foreldrepenger, uføretrygd og pensjon, og studielån og stipend (utf. § 10-8). Ikke regn med sosialhjelp, bostøtte, dagpenger, arbeidsavklaringspenger (AAP), barnetrygd eller introduksjonsstønad. Ta med eventuell pensjon. Skriv kroner per år, for eksempel 420000.

fact-applicant_lawful_income_norway = inntekten din fra lovlig arbeid i Norge
q-applicant_lawful_income_norway = Hvor mye tjener du før skatt per år fra arbeid du allerede har lovlig i Norge?
q-applicant_lawful_income_norway-help = Din egen inntekt fra lovlig arbeid i Norge kan legges til referansepersonens (utf. § 10-8 tredje ledd bokstav a). Skriv 0 hvis du ikke har noen.

fact-applicant_means = dine egne penger eller ditt arbeidstilbud
q-applicant_means = Hvor mye penger har du på konto, eller hvor mye vil du tjene per år fra et arbeidstilbud?
q-applicant_means-help = Hvis referansepersonen har studietillatelse, teller penger du har på konto (UDI). Hvis referansepersonen er student med 60 studiepoeng, kan det legges vekt på arbeidstilbudet ditt (utf. § 10-8 tredje ledd bokstav b).

fact-sponsor_in_higher_education = om referansepersonen studerer nå
q-sponsor_in_higher_education = Studerer referansepersonen nå ved et universitet, en høyskole eller en fagskole på heltid?
q-sponsor_in_higher_education-help = Det kan gjøres unntak fra inntektskravet for en referanseperson som tar høyere utdanning (utf. § 10-11 tredje ledd).

fact-sponsor_pension_type = referansepersonens pensjon
q-sponsor_pension_type = Får referansepersonen alderspensjon eller uføretrygd fra folketrygden?
q-sponsor_pension_type-help = En pensjon på det nivået UDI krever, kan alene oppfylle inntektskravet (utf. § 10-8 annet ledd). Se vedtaket fra NAV.
opt-sponsor_pension_type-none = Ingen pensjon
opt-sponsor_pension_type-retirement = Alderspensjon
opt-sponsor_pension_type-disability = Uføretrygd

fact-sponsor_pension_amount = referansepersonens pensjon per år
q-sponsor_pension_amount = Hvor mye er pensjonen alene per år, før skatt?
q-sponsor_pension_amount-help = Skriv beløpet fra vedtaket fra NAV, i kroner per år.

fact-sponsor_disability_rate = NAVs satskategori for uføretrygden
q-sponsor_disability_rate = Hvilken sats bruker vedtaket fra NAV for uføretrygden?
q-sponsor_disability_rate-help = NAVs minste uføretrygd avhenger av om referansepersonen er gift eller samboer, har en omregnet uførepensjon med ektefelle, eller er enslig (NAV). Se vedtaket fra NAV.
opt-sponsor_disability_rate-married_or_cohabiting = Gift eller samboer
opt-sponsor_disability_rate-married_converted = Omregnet uførepensjon, med ektefelle
opt-sponsor_disability_rate-single = Enslig

fact-sponsor_past_income = referansepersonens inntekt i inntektsåret
q-sponsor_past_income = Hvor mye tjente referansepersonen før skatt i inntektsåret?
q-sponsor_past_income-help = Beløpet står i skatteoppgjøret eller i arbeidsgiverens innrapportering. Dagpenger teller; introduksjonsstønad mottatt etter 1. januar 2021 teller ikke (UDI; utf. § 10-9).

fact-sponsor_past_income_abroad = delen av den inntekten som kom fra arbeid i utlandet
q-sponsor_past_income_abroad = Hvor mye av den inntekten kom fra arbeid i utlandet?
q-sponsor_past_income_abroad-help = Inntekt fra arbeid i utlandet teller bare for norske eller nordiske borgere og personer med permanent oppholdstillatelse (utf. § 10-9 annet ledd). Skriv 0 hvis ingen.

fact-sponsor_past_income_by_year = referansepersonens inntekt i { $year }
q-sponsor_past_income_by_year = Hvor mye tjente referansepersonen før skatt i { $year }?
q-sponsor_past_income_by_year-help = Vi trenger dette hvis vedtaket kommer i et annet kalenderår, fordi UDI da ser på { $year } (utf. § 10-9). Regn på samme måte som for det andre inntektsåret.

fact-sponsor_past_income_abroad_by_year = delen av referansepersonens inntekt i { $year } som kom fra arbeid i utlandet
q-sponsor_past_income_abroad_by_year = Hvor mye av referansepersonens inntekt i { $year } kom fra arbeid i utlandet?
q-sponsor_past_income_abroad_by_year-help = Inntekt fra arbeid i utlandet i { $year } teller bare for norske eller nordiske borgere og personer med permanent oppholdstillatelse (utf. § 10-9 annet ledd). Skriv 0 hvis ingen.

fact-past_income_year = inntektsåret UDI ser på
q-past_income_year = Hvilket inntektsår ser UDI på?
q-past_income_year-help = Vanligvis året før vedtaket, eller året før det hvis skatteopplysningene ikke er klare (UDI). Hvis du ikke vet, la feltet stå tomt.

fact-sponsor_past_income_exemption = om referansepersonen er unntatt fra kravet til tidligere inntekt
q-sponsor_past_income_exemption = Gjaldt noe av dette for referansepersonen i fjor?
q-sponsor_past_income_exemption-help = 60 studiepoeng eller et helt år på fagskole, og førstegangstjeneste, fjerner kravet til tidligere inntekt (utf. § 10-9 bokstav a og b). Formue over 1 million kroner var et unntak i den eldre teksten; om det fortsatt gjelder, er ikke sjekket.
opt-sponsor_past_income_exemption-none = Ingen av disse
opt-sponsor_past_income_exemption-studies_60_credits = Fullførte 60 studiepoeng eller et helt år på fagskole
opt-sponsor_past_income_exemption-military_service = Avtjente førstegangstjeneste
opt-sponsor_past_income_exemption-wealth_over_1m = Hadde nettoformue over 1 million kroner ved de to siste skatteoppgjørene

fact-social_assistance_last_paid = datoen referansepersonen sist fikk sosialhjelp
q-social_assistance_last_paid = Når fikk referansepersonen sist økonomisk sosialhjelp eller kvalifiseringsstønad fra NAV?
q-social_assistance_last_paid-help = Både økonomisk sosialhjelp og kvalifiseringsstønad teller (utf. § 10-10). Sykepenger og andre ytelser fra folketrygden teller ikke. Oppgi datoen for den siste utbetalingen.
opt-social_assistance_last_paid-never = Aldri

fact-social_assistance_exempt_reason = hvorfor sosialhjelpen ble gitt
q-social_assistance_exempt_reason = Ble sosialhjelpen gitt av en av disse grunnene?
q-social_assistance_exempt_reason-help = Sosialhjelp som er gitt i disse tilfellene, teller ikke (utf. § 10-10 bokstav a og b).
opt-social_assistance_exempt_reason-none = Ingen av disse
opt-social_assistance_exempt_reason-awaiting_benefits = Mens referansepersonen ventet på ytelser fra folketrygden eller bostøtte
opt-social_assistance_exempt_reason-introduction_programme = I forbindelse med introduksjonsprogrammet

fact-will_live_together = om dere skal bo sammen i Norge
q-will_live_together = Skal dere bo sammen i Norge?
q-will_live_together-help = Ektefeller, samboere og foreldre som bor med et barn, må skulle bo sammen (utl. § 40 tredje ledd; utl. §§ 41, 43 og 44). Forlovede må ha planer om å bo sammen (UDI).

fact-sponsor_has_housing = om referansepersonen har bolig
q-sponsor_has_housing = Har referansepersonen en bolig som oppfyller offentlige krav, eid eller med skriftlig leiekontrakt?
q-sponsor_has_housing-help = Forlovede og noen andre familiemedlemmer trenger dette (utf. § 10-12). En leid bolig krever skriftlig leiekontrakt.

fact-decision_stated_future_figure = inntektskravet som står i avslaget
fact-applicant_in_norway = om du er i Norge nå
fact-applicant_permit_basis_in_norway = grunnlaget for oppholdet ditt i Norge
fact-assessment_date = datoen klagen forventes avgjort
fact-refusal_grounds = grunnene som er gitt i avslaget

## 9. Interview screens and answers

screen-relation = Familien
screen-sponsor = Referansepersonen
screen-family = Familiehistorien deres
screen-dates = Datoer
screen-application = Søknaden
screen-work = Arbeid og utdanning
screen-income = Fremtidig inntekt
screen-pension = Pensjon
screen-past_income = Tidligere inntekt
screen-social_assistance = Sosialhjelp
screen-housing = Bo sammen og bolig
screen-refusal = Avslaget
interview-yes = Ja
interview-no = Nei
interview-never = Aldri

## 10. Refusal grounds

ground-proforma-explain = Forklar hvordan og når dere møttes, hvordan dere har holdt kontakten, besøkene, hva dere vet om hverandre, bryllupet, planene deres og språket dere har felles. Rett opp fakta UDI tok feil av (utl. § 40 fjerde ledd).
ground-proforma-documents = Logger over samtaler og meldinger med datoer, bilder over tid, reisebilletter og stempler, pengeoverføringer, bryllupsdokumenter og gjester, og erklæringer fra familie og fra referansepersonen hjelper.
ground-proforma-argument = UDI har kommet til at hovedformålet med ekteskapet vårt var å få oppholdstillatelse (utl. § 40 fjerde ledd). Det er ikke riktig. Vi møttes [skriv her: når og hvordan]. Siden da har vi [skriv her: kontakt, besøk og hva dere vet om hverandre]. Vi giftet oss [skriv her: dato og sted], og [skriv her: bryllupet og planene deres]. UDI la vekt på [skriv her: det UDI tok feil av], men [skriv her: de riktige faktaene]. Jeg viser til vedlagte dokumenter.

ground-tvangsekteskap-explain = Forklar at dere begge valgte fritt, og hvordan ekteskapet kom i stand. Et arrangert ekteskap som begge har sagt ja til, er ikke et tvangsekteskap (UDI). Regelen er utl. § 51 annet ledd; den nøyaktige ordlyden er ikke sjekket.
ground-tvangsekteskap-documents = Egne erklæringer fra hver av dere og historien om forholdet deres hjelper.
ground-tvangsekteskap-argument = UDI har kommet til at ekteskapet kan være inngått mot viljen til en av oss (utl. § 51 annet ledd). Vi valgte begge dette ekteskapet fritt. [skriv her: hvordan ekteskapet kom i stand, og hvordan hver av dere bestemte seg]. Jeg viser til vedlagte erklæringer.
ground-tvangsekteskap-help = Hvis du eller noen du kjenner blir presset til å gifte seg eller til å bli i et ekteskap, kan du få hjelp, gratis og med taushetsplikt, for eksempel hos politiet, en lege eller et krisesenter. Du bestemmer selv hva du vil gjøre.

ground-samtykke_referanseperson-explain = Forklar om referansepersonen samtykker nå. Hvis referansepersonen har trukket samtykket, kan klagen normalt ikke føre fram på dette punktet (utl. § 51; hvilket ledd er ikke sjekket).
ground-samtykke_referanseperson-documents = En signert samtykkeerklæring fra referansepersonen, gitt frivillig, hjelper.
ground-samtykke_referanseperson-argument = UDI har kommet til at referansepersonen ikke samtykker i at jeg får tillatelse (utl. § 51). Referansepersonen samtykker. [skriv her: referansepersonens egne ord, og hvorfor avslaget sier noe annet]. Jeg viser til vedlagte signerte erklæring fra referansepersonen.

ground-mishandling-explain = Forklar forhold som viser at det ikke er en slik fare, og fortell om dere har barn sammen eller har bodd sammen, for da gjelder ikke denne grunnen (utl. § 40 femte ledd).
ground-mishandling-documents = Dokumentasjon på at dere har bodd sammen, eller fødselsattesten til felles barn, hjelper.
ground-mishandling-argument = UDI har kommet til at det er mest sannsynlig at jeg vil bli mishandlet eller grovt utnyttet (utl. § 40 femte ledd). [skriv her: forhold som viser noe annet]. [skriv her: hvis dere har barn sammen eller har bodd sammen, skriv det; da gjelder ikke grunnen]. Jeg viser til vedlagte dokumenter.
ground-mishandling-help = Sikkerheten din kommer først. Hvis du er redd for noen, kan du få hjelp, gratis og med taushetsplikt, for eksempel hos politiet, en lege eller et krisesenter.

ground-identitet-explain = Forklar hvorfor dokumenter mangler, hva du har gjort for å skaffe dem, og at opplysningene dine stemmer overens. Du må dokumentere identiteten din, og et gyldig pass er vanligvis nok (UDI). Hvilken paragraf i loven som gjelder, er ikke sjekket.
ground-identitet-documents = Pass, nasjonalt ID-kort, fødselsattest, dokumentasjon på forsøkene dine på å skaffe dokumenter, og UDIs skjema om manglende dokumenter hjelper.
ground-identitet-argument = UDI har kommet til at identiteten min ikke er dokumentert. [skriv her: hvilke dokumenter du har sendt, hvorfor andre mangler, og hva du har gjort for å skaffe dem]. Opplysningene mine har vært de samme hele tiden: [skriv her: navn, fødselsdato og fødested]. Jeg viser til vedlagte dokumenter.

ground-soknad_fra_norge-explain = Forklar hvilket lovlig grunnlag du hadde for oppholdet den dagen du søkte, og hvorfor det ville være urimelig å reise ut, for eksempel på grunn av barn eller helse (utl. § 56; utf. § 10-1). Opphold på Schengen-visum gir ikke rett til å søke fra Norge (utf. § 10-1 første ledd bokstav e).
ground-soknad_fra_norge-documents = Tillatelsen eller visumet ditt på søknadsdatoen, barnas fødselsattester og legeerklæringer hjelper.
ground-soknad_fra_norge-argument = UDI har kommet til at jeg ikke kunne søke fra Norge (utl. § 56; utf. § 10-1). Da jeg søkte, var jeg i Norge på [skriv her: grunnlaget for oppholdet og datoene]. Det vil være urimelig å kreve at jeg reiser ut fordi [skriv her: barn, helse eller andre sterke grunner]. Jeg viser til vedlagte dokumenter.

ground-intervju_referanseperson-explain = Forklar om et unntak gjelder, for eksempel at referansepersonen var 25 år eller eldre da dere giftet dere, er faglært arbeidstaker, eller at dere bodde sammen i Norge mens begge hadde tillatelse, og at referansepersonen er tilbake i Norge (utl. § 56 fjerde ledd; utf. § 10-5).
ground-intervju_referanseperson-documents = Referansepersonens reisedokumenter og dokumentasjon på at referansepersonen bor i Norge, hjelper.
ground-intervju_referanseperson-argument = UDI har kommet til at tillatelse ikke kan gis før referansepersonen er intervjuet (utl. § 56 fjerde ledd). [skriv her: unntaket som gjelder etter utf. § 10-5, eller at referansepersonen er tilbake i Norge og kan intervjues fra en bestemt dato]. Jeg viser til vedlagte dokumenter.

ground-tilknytning_tredjeland-explain = Forklar at dere ikke har lovlig opphold eller er trygge i det andre landet, hvilken tilknytning dere har til Norge, og hva som er best for barnet. Grunnen kan ikke brukes etter at referansepersonen har fått permanent oppholdstillatelse (utl. § 51 tredje ledd; utf. § 9-9).
ground-tilknytning_tredjeland-documents = Dokumenter om statusen deres i det andre landet, og om skole, arbeid og tilknytning i Norge, hjelper.
ground-tilknytning_tredjeland-argument = UDI har kommet til at familien kan bo i [skriv her: land] (utl. § 51 tredje ledd; utf. § 9-9). Det er ikke mulig fordi [skriv her: mangel på lovlig opphold eller sikkerhet der]. Tilknytningen vår til Norge er sterkere: [skriv her: arbeid, skole, familie]. Jeg viser til vedlagte dokumenter.

ground-returforutsetninger-explain = Forklar tilknytningen din til hjemlandet, en fastsatt bryllupsdato og at du har fulgt reglene for tidligere visum (utf. § 9-5 tredje ledd).
ground-returforutsetninger-documents = En arbeidskontrakt i hjemlandet, eiendom, bestilling av bryllupet og tidligere visum hjelper.
ground-returforutsetninger-argument = UDI tviler på at jeg vil reise ut av Norge hvis en senere søknad blir avslått (utf. § 9-5 tredje ledd). Jeg har sterk tilknytning til [skriv her: land]: [skriv her: arbeid, eiendom, familie]. Bryllupet vårt er bestilt til [skriv her: dato og sted]. Jeg har alltid fulgt reglene for tidligere visum: [skriv her: hvilke visum og når]. Jeg viser til vedlagte dokumenter.

ground-ekteskap_ikke_gyldig-explain = Forklar hvilket lands lov som gjelder og at reglene der ble fulgt, alderen deres på bryllupsdagen, at begge var til stede, og at ingen av dere var gift med noen andre (UDI; ekteskapsloven). Hvis en av dere var norsk eller bodde i Norge da dere giftet dere, må begge ha vært minst 18 år og til stede; hvis dere giftet dere før noen av dere kom til Norge, må begge ha vært minst 16 år (UDI). Hvis ekteskapet ikke kan anerkjennes, kan et nytt bryllup (da sjekkes 24-årskravet og fireårskravet på nytt) eller reglene for samboere være en mulighet.
ground-ekteskap_ikke_gyldig-documents = Vigselsattesten med legalisering, skilsmisse- eller dødsattester for tidligere ekteskap, dokumentasjon på at begge var til stede (stempler i passet) og fødselsattester hjelper.
ground-ekteskap_ikke_gyldig-argument = UDI har kommet til at ekteskapet vårt ikke kan anerkjennes i Norge. Ekteskapet ble inngått i [skriv her: land] den [skriv her: dato] etter lovene i det landet. Vi var [skriv her: alder] år gamle, vi var begge til stede, og ingen av oss var gift med noen andre. Jeg viser til vedlagte vigselsattest og dokumenter.
