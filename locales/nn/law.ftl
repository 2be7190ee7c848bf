# The law module (src/law): statuses, requirements, rules, exceptions, documents, notes,
# figures, facts, interview and refusal grounds. Nynorsk.
# Contract: requirements.md v2, guidance.md v2 (2026-11-30). Same ids and variables in nb, nn and en.
# "Referansepersonen" is the person in Norway the applicant wants to join; "du" is the applicant.
# Amounts and dates come already formatted from the code. Never state an UNVERIFIED point as settled law.

## 1. Statuses

status-met = oppfylt
status-not_met = ikkje oppfylt
status-not_applicable = gjeld ikkje
status-needs_assessment = UDI/UNE vurderer
status-unknown = vi veit ikkje enno

## 2. Requirements: title, explanation, draft argument for the klage letter

req-personkrets-explain = Lova seier kva familiemedlemmer som kan få løyve til familieinnvandring, til dømes ektefellar, sambuarar, born under 18 år og nokre foreldre (utl. §§ 40–49). Referansepersonen (personen i Noreg du søkjer om å bu saman med) må òg ha eit løyve som gir rett til familieinnvandring (utl. § 40 første ledd).
req-personkrets-argument = Eg meiner at kravet til familierelasjon er oppfylt (utl. §§ 40–49). [skriv her: korleis du er i familie med referansepersonen, til dømes datoen de gifta dykk, eller kor lenge de har budd saman]. Eg viser til vedlagde dokument. Dersom UDI eller UNE meiner at kravet ikkje er oppfylt, ber eg om at det blir lagt vekt på dette: [skriv her: kvifor familien må bu saman].

req-alder18-explain = Ektefellar, registrerte partnarar, sambuarar og forlova må begge vere 18 år eller eldre den dagen saka blir avgjord (utl. § 40 andre ledd; UDI; for forlova RS 2010-077). Ingen under 18 år kan gifte seg i Noreg (ekteskapslova § 1 a).
req-alder18-argument = Eg meiner at alderskravet er oppfylt, fordi vi begge er 18 år eller eldre den dagen klaga blir avgjord (utl. § 40 andre ledd). Eg er fødd [skriv her: fødselsdatoen din], og referansepersonen er fødd [skriv her: fødselsdatoen til referansepersonen]. Eg viser til vedlagde fødselsattestar.

req-fireaarskrav-explain = Dersom familien vart etablert etter at referansepersonen kom til Noreg, og referansepersonen har vern, opphald på humanitært grunnlag, familieinnvandring eller permanent opphald på eit slikt grunnlag, må referansepersonen ha arbeidd eller studert på fulltid i Noreg i fire år (utl. § 40 a; utf. § 9-1). Kravet gjeld ikkje norske eller nordiske borgarar, eller når referansepersonen er 67 år eller eldre.
req-fireaarskrav-argument = Eg meiner at fireårskravet er oppfylt, eller at det ikkje gjeld for oss (utl. § 40 a; utf. § 9-1). Referansepersonen har [skriv her: arbeid, skule, studium, introduksjonsprogram, norskopplæring, foreldrepermisjon eller sjukepengar, med datoar]. Til saman er dette [skriv her: tal] år med fulltidsaktivitet. Eg viser til vedlagde dokument. Dersom UDI eller UNE meiner at kravet ikkje er oppfylt, ber eg om unntak på grunn av særlege grunnar, mellom anna omsynet til familiens einskap (utl. § 40 a tredje ledd), fordi [skriv her: til dømes at vi har born saman].

req-alder24-explain = Dersom familien vart etablert etter at referansepersonen kom til Noreg, må de begge vere 24 år eller eldre når saka blir avgjord (utl. § 41 a). Kravet gjeld til dømes ikkje dersom de var gifte før referansepersonen flytta til Noreg, eller budde saman i minst to år før flyttinga (utl. § 41 a første ledd).
req-alder24-argument = Eg meiner at kravet om at begge må vere 24 år er oppfylt, eller at det ikkje gjeld for oss (utl. § 41 a). [skriv her: fødselsdatoane til begge, eller kvifor eit unntak gjeld, til dømes når de gifta dykk eller flytta saman]. Dersom UDI eller UNE meiner at kravet gjeld og ikkje er oppfylt, ber eg om unntak fordi det er openbert at forholdet vårt er frivillig (utl. § 41 a andre ledd). [skriv her: korleis de møttest, kor lenge de har kjent kvarandre, og korleis de bestemte dykk for å gifte dykk eller bu saman].

req-underhold_fremtidig-explain = Referansepersonen må vere venta å tene nok før skatt i minst det neste året (utf. § 10-8). Kravet følgjer grunnbeløpet i folketrygda (G) og er avhengig av når søknaden vart registrert. Nokre er unnatekne, til dømes familie til flyktningar som søkjer i tide (utf. § 10-8 fjerde ledd).
req-underhold_fremtidig-argument = Eg meiner at kravet til framtidig inntekt er oppfylt (utf. § 10-8). Kravet er { $figure }. Referansepersonen [skriv her: stilling, arbeidsgivar, årsinntekt før skatt og frå kva dato]. Eg viser til vedlagd arbeidskontrakt eller stadfesting frå arbeidsgivaren. Eg ber om at inntekta blir vurdert slik ho er når klaga blir avgjord (fvl. § 34). Dersom UDI eller UNE meiner at kravet ikkje er oppfylt, ber eg om unntak (utf. § 10-11) fordi [skriv her: særleg sterke menneskelege omsyn, eller kven andre som openbert kan forsørgje oss].

req-underhold_tidligere-explain = Referansepersonen må òg ha tent nok i det siste inntektsåret, slik det står i skatteoppgjeret (utf. § 10-9). UDI bruker vanlegvis året før vedtaket, eller året før det dersom tala ikkje er klare (UDI).
req-underhold_tidligere-argument = Eg meiner at kravet til tidlegare inntekt er oppfylt, eller at referansepersonen er unnateken frå det (utf. § 10-9). Kravet for { $year } er { $figure }. Referansepersonen tente [skriv her: beløp] kroner før skatt i { $year }. [skriv her: eventuelt unntak, til dømes 60 studiepoeng eller førstegongsteneste i fjor]. Eg viser til vedlagt skatteoppgjer.

req-sosialstonad-explain = Referansepersonen kan ikkje ha fått økonomisk sosialhjelp eller kvalifiseringsstønad frå NAV dei siste 12 månadene før vedtaket (utf. § 10-10). Nokre utbetalingar tel ikkje, til dømes hjelp medan ein ventar på andre ytingar (utf. § 10-10 bokstav a og b).
req-sosialstonad-argument = Eg meiner at vilkåret om sosialhjelp er oppfylt (utf. § 10-10). [skriv her: når referansepersonen sist fekk økonomisk sosialhjelp eller kvalifiseringsstønad, og om ho vart gitt i påvente av andre ytingar eller bustøtte, eller under introduksjonsprogrammet]. Eg viser til vedlagd stadfesting frå NAV.

req-bolig-explain = Ektefellar, sambuarar og foreldre til born må skulle bu saman i Noreg (utl. § 40 tredje ledd; utl. §§ 41, 43 og 44). For born har vi ikkje sjekka kva UDI skriv om dette i dag. For forlova og nokre andre familiemedlemmer må referansepersonen òg ha ein bustad som oppfyller offentlege krav (utf. § 10-12).
req-bolig-argument = Eg meiner at kravet om å bu saman og til bustad er oppfylt. Vi skal bu saman i Noreg i [skriv her: adresse]. [skriv her: om bustaden er eigd eller leigd, storleik, og sidan når]. Eg viser til vedlagd dokumentasjon på bustaden.

## 3. Rules: which sub-rule decided the result ($status = met, not_met, not_applicable, needs_assessment, unknown)

rule-relation-missing = Vi veit enno ikkje kva familierelasjon du har til referansepersonen, så vi kan ikkje sjekke krava. Relasjonen avgjer kva reglar som gjeld (utl. §§ 40–49).
rule-PK-basis = Løyvet til referansepersonen gir ikkje rett til familieinnvandring (utl. § 40 første ledd). Sjekk kva som står i vedtaket til referansepersonen.
rule-PK-other = Lova gir ikkje andre familiemedlemmer rett til løyve. Løyve kan berre bli gitt dersom sterke menneskelege omsyn talar for det (utl. § 49).
rule-PK-spouse = Ektefellar og registrerte partnarar er mellom familiemedlemmene som kan få løyve (utl. § 40 første ledd).
rule-PK-coh = { $status ->
        [met] De oppfyller vilkåra for sambuarar (utl. § 41).
       *[other] Sambuarar må ha budd saman i minst to år, eller ha eller vente born saman (utl. § 41). Etter svara dine gjeld ingen av delane.
    }
rule-PK-coh-2y = De har budd saman i minst to år, så de blir rekna som sambuarar (utl. § 41).
rule-PK-coh-child = De har eller ventar born saman, så de blir rekna som sambuarar (utl. § 41).
rule-PK-age-boundary = Den komplette søknaden kom inn nøyaktig på 18-årsdagen til barnet. Lova seier «innen 18-årsdagen», og reglane seier ikkje klart om sjølve dagen tel (utl. § 50).
rule-PK-age = Barnet blir ikkje rekna som under 18 år: den komplette søknaden kom ikkje inn før 18-årsdagen (utl. § 50). Andre reglar kan likevel hjelpe, til dømes for born mellom 18 og 21 år eller vaksne born som er avhengige av foreldra.
rule-PK-child-consent = Barnet har ein forelder i utlandet som ikkje har samtykt. UDI/UNE kan gjere unntak dersom samtykke er umogleg å få, eller det er særlege grunnar (utl. § 42).
rule-PK-child = Eit barn under 18 år kan få løyve til å bu med ein forelder i Noreg (utl. § 42; utl. § 50).
rule-PK-parent = Ein forelder som bur med eit barn under 18 år i Noreg, kan få løyve (utl. § 44).
rule-PK-access = Ein forelder med samværsrett med eit barn i Noreg kan få løyve, men UDI/UNE vurderer saka (utl. § 45; utf. § 9-3).
rule-PK-protected-minor = Ein forelder til eit barn under 18 år som har vern i Noreg, kan få løyve (utl. § 43). UDI/UNE vurderer saka; vi har ikkje kunna sjekke kva § 43 seier i dag.
rule-PK-discretionary = For denne familierelasjonen er det ingen rett til løyve; UDI/UNE avgjer etter ei vurdering (utl. §§ 47–49; utf. §§ 9-5 og 9-7).

rule-A18-na = Kravet om 18 år gjeld berre ektefellar, registrerte partnarar, sambuarar og forlova.
rule-A18 = { $status ->
        [met] De er begge 18 år eller eldre på vedtaksdatoen (utl. § 40 andre ledd; for forlova òg ekteskapslova § 1 a).
        [unknown] Vi treng fødselsdatoen til begge for å sjekke at de begge er 18 år (utl. § 40 andre ledd).
       *[other] Ein av dykk er under 18 år på vedtaksdatoen. Begge må vere 18 år (utl. § 40 andre ledd), og ingen under 18 år kan gifte seg i Noreg (ekteskapslova § 1 a).
    }

rule-4Y-na-relation = Fireårskravet gjeld berre ektefellar, registrerte partnarar, sambuarar og forlova (utl. § 40 a).
rule-4Y-na-status = Fireårskravet gjeld ikkje for statusen til referansepersonen (utl. § 40 a første ledd). Det gjeld aldri norske eller nordiske borgarar.
rule-4Y-67 = Fireårskravet gjeld ikkje fordi referansepersonen er 67 år eller eldre på vedtaksdatoen (utf. § 9-1).
rule-4Y-a1 = Fireårskravet gjeld ikkje fordi de var gifte før referansepersonen kom til Noreg (utl. § 40 a andre ledd bokstav a).
rule-4Y-a2 = Fireårskravet gjeld ikkje fordi de har eit barn saman som vart unnfanga før referansepersonen kom til Noreg (utl. § 40 a andre ledd bokstav a; UDI).
rule-4Y-b1 = Fireårskravet gjeld ikkje fordi de gifta dykk i Noreg medan begge hadde løyve eller norsk eller nordisk statsborgarskap (utl. § 40 a andre ledd bokstav b).
rule-4Y-b2 = Fireårskravet gjeld ikkje fordi barnet dykkar vart unnfanga i Noreg medan begge var her lovleg (utl. § 40 a andre ledd bokstav b; UDI).
rule-4Y-c = Vi reknar med at fireårskravet ikkje gjeld, fordi de budde saman i to år før referansepersonen kom til Noreg (utl. § 40 a andre ledd bokstav a, sett saman med § 41). Reglane er ikkje klare på dette for sambuarar; legg ved dokumentasjon på at de budde saman.
rule-4Y-met = { $status ->
        [met] Referansepersonen har minst fire år med fulltids arbeid eller utdanning i Noreg (utl. § 40 a første ledd; utf. § 9-1).
       *[other] Vi samanlikna åra referansepersonen har med fulltids arbeid eller utdanning med dei fire åra som er kravet (utl. § 40 a første ledd; utf. § 9-1).
    }
rule-4Y-missing = Vi kan ikkje sjekke fireårskravet enno: vi treng opplysningane nedanfor for å sjå om eit unntak gjeld, eller kor mange år referansepersonen har (utl. § 40 a).
rule-4Y-c2 = UDI skriv at kravet gjeld sambuarar utan born «hvis dere har bodd sammen i mindre enn to år». De har budd saman lenger, men reglane er ikkje klare på dette, så UDI/UNE avgjer (utl. § 40 a).
rule-4Y-d = Referansepersonen har mindre enn fire år, men du har oppgitt særlege grunnar. UDI/UNE kan gjere unntak når særlege grunnar, mellom anna omsynet til familiens einskap, talar for det (utl. § 40 a tredje ledd).
rule-4Y-gen = Referansepersonen har mindre enn fire år med fulltids arbeid eller utdanning i Noreg, og ingen unntak gjeld (utl. § 40 a; utf. § 9-1).

rule-24-na = 24-årskravet gjeld berre ektefellar, registrerte partnarar, sambuarar og forlova (utl. § 41 a).
rule-24-a1 = 24-årskravet gjeld ikkje fordi de var gifte før referansepersonen kom til Noreg (utl. § 41 a første ledd bokstav a).
rule-24-a2 = 24-årskravet gjeld ikkje fordi de budde saman i minst to år før referansepersonen kom til Noreg (utl. § 41 a første ledd bokstav a; UDI).
rule-24-a3 = 24-årskravet gjeld ikkje fordi de har eit barn saman som vart unnfanga (for ektefellar: fødd) før referansepersonen kom til Noreg (praksisen til UDI etter utl. § 41 a).
rule-24-b1 = 24-årskravet gjeld ikkje fordi de gifta dykk i Noreg medan begge hadde løyve eller norsk eller nordisk statsborgarskap (utl. § 41 a første ledd bokstav b).
rule-24-b2 = 24-årskravet gjeld ikkje fordi de budde saman i Noreg medan begge var her lovleg (utl. § 41 a første ledd bokstav b; UDI).
rule-24-b3 = 24-årskravet gjeld ikkje fordi barnet dykkar vart unnfanga i Noreg medan begge var her lovleg (praksisen til UDI etter utl. § 41 a).
rule-24-gen = { $status ->
        [met] De er begge 24 år eller eldre på vedtaksdatoen (utl. § 41 a).
       *[other] Ein av dykk er under 24 år på vedtaksdatoen, og ingen unntak gjeld (utl. § 41 a). Det kan bli gjort unntak dersom det er openbert at forholdet er frivillig (utl. § 41 a andre ledd).
    }
rule-24-missing = Vi kan ikkje sjekke 24-årskravet enno: vi treng opplysningane nedanfor for å sjå om eit unntak gjeld, eller kor gamle de er (utl. § 41 a).
rule-24-a3-spouse = Sida til UDI unntek ektefellar som «hadde barn sammen» før flyttinga; barnet dykkar vart unnfanga før flyttinga, men fødd etter. Argumenter for at familien var etablert før flyttinga; UDI/UNE vurderer det (utl. § 41 a).

rule-B-access = Kravet til bustad gjeld ikkje ein forelder med samværsrett: det gjeld berre i saker etter utl. §§ 46 til 49 (utf. § 10-12 fjerde ledd).
rule-B-fiance-together = Forlova må ha planar om å bu saman i Noreg (UDI; utf. § 10-12). Etter svara dine skal de ikkje det.
rule-B-fiance = De planlegg å bu saman, og referansepersonen har bustad (UDI; utf. § 10-12).
rule-B-housing = { $status ->
        [met] Referansepersonen har ein bustad som oppfyller kravet (utf. § 10-12).
        [unknown] Vi treng å vite om referansepersonen har ein bustad som oppfyller offentlege krav (utf. § 10-12).
       *[other] Referansepersonen må ha ein bustad som oppfyller offentlege krav, med skriftleg leigekontrakt dersom han er leigd (utf. § 10-12). Etter svara dine er dette ikkje på plass.
    }
rule-B-together = { $status ->
        [met] De skal bu saman i Noreg, slik lova krev (utl. § 40 tredje ledd, § 41, § 43 og § 44).
        [unknown] Vi treng å vite om de skal bu saman i Noreg (utl. § 40 tredje ledd, § 41, § 43 og § 44).
       *[other] Lova krev at de skal bu saman i Noreg (utl. § 40 tredje ledd, § 41, § 43 og § 44). For born har vi ikkje sjekka kva UDI skriv om dette i dag.
    }
rule-B-renewal = Det er ikkje krav til bustad når eit løyve blir fornya (utf. § 10-20 fjerde ledd).

rule-E1 = { $status ->
        [not_applicable] Det er ikkje krav til inntekt fordi referansepersonen er eit barn under 18 år (utl. § 50; UDI).
        [unknown] Vi kan enno ikkje seie om referansepersonen blir rekna som under 18 år, noko som ville fjerne inntektskravet (utl. § 50).
       *[other] Unntaket for ein referanseperson under 18 år gjeld ikkje, og den generelle inntektsregelen er ikkje oppfylt (utl. § 50).
    }
rule-E1-boundary = Den komplette søknaden kom inn nøyaktig på 18-årsdagen til referansepersonen. Reglane seier ikkje klart om den dagen blir rekna som «innen 18-årsdagen», og det avgjer unntaket frå inntektskravet (utl. § 50).
rule-E2 = { $status ->
        [not_applicable] Det er ikkje krav til inntekt fordi barnet er under 15 år og ikkje har omsorgspersonar i heimlandet (UDI; PN 2017-002 punkt 3.2.3).
        [unknown] Vi treng fleire opplysningar for å sjå om unntaket for born under 15 år utan omsorgspersonar gjeld (PN 2017-002 punkt 3.2.3).
       *[other] Unntaket for born under 15 år utan omsorgspersonar gjeld ikkje, og den generelle inntektsregelen er ikkje oppfylt (PN 2017-002 punkt 3.2.3).
    }
rule-E2-15 = Barnet er 15 år eller eldre no, men var under 15 år då søknaden vart levert. UDI har ikkje sagt kva dato som avgjer, så UDI/UNE vurderer det (PN 2017-002 punkt 3.2.3).
rule-E3 = { $status ->
        [not_applicable] Det er ikkje krav til inntekt fordi barnet er fødd i Noreg og søknaden vart fremja innan eitt år etter fødselen (GI-30/2010).
        [unknown] Vi treng fleire opplysningar for å sjå om unntaket for born fødde i Noreg gjeld (GI-30/2010).
       *[other] Unntaket for born fødde i Noreg gjeld ikkje, og den generelle inntektsregelen er ikkje oppfylt (GI-30/2010).
    }
rule-E3-late = Søknaden vart registrert innan eitt år etter fødselen, men levert seinare. Reglane er ikkje klare på om registrering er nok (Sivilombodet les «fremmet» som registrering, UNE som levering), så UDI/UNE vurderer det (GI-30/2010).
rule-E4 = { $status ->
        [not_applicable] Det er ikkje krav til inntekt: referansepersonen har vern, familien fanst før referansepersonen kom til Noreg, og søknaden kom i tide (utf. § 10-8 fjerde ledd bokstav a og c, femte ledd).
        [needs_assessment] Unntaket for familie til ein person med vern kan gjelde, men UDI/UNE må vurdere det (utf. § 10-8 fjerde og femte ledd).
        [unknown] Vi treng opplysningane nedanfor for å sjekke unntaket for familie til ein person med vern (utf. § 10-8 fjerde og femte ledd).
       *[other] Unntaket for familie til ein person med vern gjeld ikkje, og den generelle inntektsregelen er ikkje oppfylt (utf. § 10-8 fjerde og femte ledd).
    }
rule-E4-family = Unntaket for familie til ein person med vern gjeld berre ein familie som fanst før referansepersonen kom til Noreg, og det er ikkje tilfellet her (utf. § 10-8 fjerde ledd bokstav a og c). Difor avgjer den generelle inntektsregelen.
rule-E4-deadline = { $status ->
        [unknown] Søknaden vart registrert eller levert etter fristen for flyktningunntaket: registrering innan 6 månader (dersom vernet vart gitt frå 1. august 2017) og levering innan 12 månader etter vedtaket til referansepersonen (utf. § 10-8 femte ledd). Fortel oss om noko utanfor din kontroll hindra deg, til dømes ein stengd ambassade eller ingen ledig time.
       *[other] Søknaden vart registrert eller levert etter fristen for flyktningunntaket, og du har svart at ingenting utanfor din kontroll hindra deg (utf. § 10-8 femte ledd). Difor avgjer den generelle inntektsregelen.
    }
rule-E4-waiver = Søknaden kom etter fristen, men noko utanfor din kontroll hindra deg. Fristane gjeld ikkje i slike tilfelle, så UDI/UNE vurderer det; forklar kva som skjedde og legg ved dokumentasjon (utf. § 10-8 femte ledd; Sivilombodet).
rule-E4-closed-day = Fristen for levering fall på ein dag kontoret var stengt, og du leverte neste arbeidsdag. Reglane seier ikkje dette direkte, men ein stengd dag bør flytte fristen; UDI/UNE vurderer det (utf. § 10-8 femte ledd, tilsvarande domstollova § 149).
rule-E4-cohabitant = De budde saman før referansepersonen kom til Noreg, men ikkje i to år. UDI nemner sambuarar til personar med vern mellom dei som er unnatekne, men reglane er ikkje klare på dette, så UDI/UNE vurderer det (utf. § 10-8 fjerde ledd).
rule-E4-collective = Familie til personar med kollektivt vern kan vere unnatekne frå inntektskravet på same måte som familie til flyktningar dersom fristane vart haldne, men vi har ikkje funne forskriftsteksten slik han er i dag, så vi kan ikkje seie dette sikkert. Be UDI/UNE om å bruke unntaket (utf. § 10-8 fjerde ledd; Sivilombodet).
rule-E5 = { $status ->
        [not_applicable] Det er ikkje krav til inntekt: løyvet til referansepersonen byggjer på menneskehandel, og søknaden til barnet vart registrert innan seks månader etter det løyvet (utf. § 10-8; UDI). UDI har ikkje stadfesta kva frist som gjeld for dette unntaket i dag.
        [unknown] Vi treng fleire opplysningar for å sjekke unntaket for born av eit offer for menneskehandel (utf. § 10-8; UDI).
       *[other] Unntaket for born av eit offer for menneskehandel gjeld ikkje, og den generelle inntektsregelen er ikkje oppfylt (utf. § 10-8; UDI).
    }
rule-E5-late = Søknaden vart registrert meir enn seks månader, men innan eitt år, etter løyvet til referansepersonen. Fristen for dette unntaket er ikkje stadfesta, så UDI/UNE vurderer det (utf. § 10-8; UDI).

rule-P-missing = Vi treng fleire opplysningar om pensjonen til referansepersonen for å sjekke pensjonsregelen (utf. § 10-8 andre ledd).
rule-P-nofig = Det er ikkje publisert noko pensjonskrav for denne datoen, så vi kan ikkje sjekke pensjonsregelen (utf. § 10-8 andre ledd; UDI).
rule-P1 = { $status ->
        [met] Pensjonen til referansepersonen åleine når pensjonskravet (utf. § 10-8 andre ledd).
        [not_applicable] Pensjonen til referansepersonen åleine når pensjonskravet, så det er ikkje krav til tidlegare inntekt (utf. § 10-8 andre ledd; UDI).
       *[other] Vi samanlikna pensjonen til referansepersonen med pensjonskravet (utf. § 10-8 andre ledd).
    }
rule-P1-conflict = Pensjonen til referansepersonen ligg mellom beløpet UDI har trykt og beløpet rekna ut frå G. Kjeldene er usamde, så UDI/UNE vurderer det (utf. § 10-8 andre ledd).
rule-P1-band = Pensjonen til referansepersonen ligg innanfor den upubliserte avrundinga UDI gjer av pensjonskravet, så vi kan ikkje seie om han er nok (utf. § 10-8 andre ledd).
rule-P-V1 = Den framtidige inntekta du oppgav, er lågare enn pensjonen. Den framtidige inntekta må omfatte pensjonen, så sjekk beløpet (utf. § 10-8).
rule-P2-conflict = Pensjon og anna inntekt til saman ligg mellom beløpet UDI har trykt og beløpet rekna ut frå G. Kjeldene er usamde, så UDI/UNE vurderer det (utf. § 10-11 andre ledd).
rule-P2-band = Pensjon og anna inntekt til saman ligg innanfor den upubliserte avrundinga UDI gjer av pensjonskravet, så vi kan ikkje seie om det er nok (utf. § 10-11 andre ledd).
rule-P2-child = { $status ->
        [not_applicable] Pensjon og anna inntekt til saman når pensjonskravet, og søkjaren er eit barn, så det er ikkje krav til tidlegare inntekt (utf. § 10-11 andre ledd).
       *[other] Pensjon og anna inntekt til saman når pensjonskravet, og søkjaren er eit barn (utf. § 10-11 andre ledd).
    }
rule-P2 = { $status ->
        [not_applicable] Pensjon og anna inntekt til saman når pensjonskravet, og avslaget godtek at forholdet dykkar klart er frivillig, så det er ikkje krav til tidlegare inntekt (utf. § 10-11 andre ledd; UDI).
       *[other] Pensjon og anna inntekt til saman når pensjonskravet, og avslaget godtek at forholdet dykkar klart er frivillig (utf. § 10-11 andre ledd; UDI).
    }
rule-P2-not-addressed = Pensjon og anna inntekt til saman når pensjonskravet. Denne vegen krev at det er openbert at forholdet dykkar er frivillig, og avslaget seier ingenting om det, så UDI/UNE vurderer det (utf. § 10-11 andre ledd).
rule-P2-doubted = Pensjon og anna inntekt til saman når pensjonskravet, men avslaget tvilar på at forholdet er frivillig, så denne vegen hjelper ikkje (utf. § 10-11 andre ledd).

rule-F-gen = { $status ->
        [met] Den venta inntekta til referansepersonen når kravet som gjeld på vedtaksdatoen (utf. § 10-8).
        [unknown] Vi treng den venta inntekta til referansepersonen for å samanlikne ho med kravet (utf. § 10-8).
       *[other] Den venta inntekta til referansepersonen er lågare enn kravet som gjeld på vedtaksdatoen, og ingen unntak gjeld (utf. § 10-8).
    }
rule-F-gen-a = Saman med di eiga inntekt frå lovleg arbeid i Noreg når inntekta kravet (utf. § 10-8 tredje ledd bokstav a).
rule-F-stp = Saman med pengane du har på konto når inntekta kravet som gjeld når referansepersonen har studieløyve (utf. § 10-8; UDI).
rule-F-b-means = Referansepersonen er student med 60 studiepoeng. Det «kan» bli lagt vekt på arbeidstilbodet ditt eller andre midlar, så UDI/UNE vurderer det (utf. § 10-8 tredje ledd bokstav b).
rule-F-band = Inntekta ligg innanfor den upubliserte avrundinga UDI gjer av kravet, så vi kan ikkje seie om ho er nok (utf. § 10-8).
rule-F-nofig = Det er ikkje publisert noko krav for vedtaksdatoen, så vi kan ikkje sjekke inntekta (utf. § 10-8). Vi gjettar ikkje.
rule-F-stu = Inntekta er lågare enn kravet, men referansepersonen er student eller forskar med eigne midlar. UDI/UNE kan gjere unntak (utf. § 10-11 tredje ledd).
rule-F-cap = Inntekta er lågare enn kravet, men referansepersonen har nettoformue over 1 million kroner. UDI kan godta lågare inntekt når det er openbert at forholdet dykkar er frivillig (utf. § 10-11 andre ledd; UDI).

rule-T-year = Inntektsåret vi måtte sjekke, er ikkje over på den datoen, så vi kan ikkje sjekke tidlegare inntekt (utf. § 10-9).
rule-T-nofig = Vi kjenner ikkje kravet til tidlegare inntekt for dette inntektsåret, så vi kan ikkje sjekke det (utf. § 10-9). Vi gjettar ikkje.
rule-T-gen = { $status ->
        [met] Inntekta til referansepersonen i inntektsåret når kravet (utf. § 10-9).
        [unknown] Vi treng inntekta til referansepersonen for inntektsåret for å samanlikne ho med kravet (utf. § 10-9).
       *[other] Inntekta til referansepersonen i inntektsåret er lågare enn kravet, og ingen unntak gjeld (utf. § 10-9). Inntekt frå arbeid i utlandet tel berre for norske eller nordiske borgarar og personar med permanent opphaldsløyve (utf. § 10-9 andre ledd).
    }
rule-T-band = Den tidlegare inntekta ligg innanfor den upubliserte avrundinga UDI gjer av kravet, så vi kan ikkje seie om ho er nok (utf. § 10-9).
rule-T-cap = Referansepersonen har nettoformue over 1 million kroner. Den eldre forskriftsteksten unntok slike referansepersonar frå kravet til tidlegare inntekt, men sida til UDI krev framleis tidlegare inntekt; teksten slik han er i dag er ikkje sjekka, så UDI/UNE vurderer det (utf. § 10-9 bokstav c, eldre tekst).
rule-T-res = Referansepersonen er forskar med eigne midlar. UDI/UNE kan gjere unntak frå inntektskravet (utf. § 10-11 tredje ledd).
rule-T-skill = Referansepersonen er faglært arbeidstakar. Den eldre forskriftsteksten unntok faglærte frå kravet til tidlegare inntekt; om dette framleis gjeld, er ikkje sjekka, så UDI/UNE vurderer det (utf. § 10-9 bokstav e, eldre tekst).
rule-T-pension = Pensjonen til referansepersonen oppfyller pensjonsregelen, så det er ikkje krav til tidlegare inntekt (utf. § 10-9 tredje ledd bokstav d; UDI).
rule-T-stud = Det er ikkje krav til tidlegare inntekt: referansepersonen fullførte 60 studiepoeng i fjor og er norsk eller nordisk borgar eller har permanent opphaldsløyve (utf. § 10-9 bokstav a).
rule-T-mil = Det er ikkje krav til tidlegare inntekt fordi referansepersonen avtente førstegongsteneste i fjor (utf. § 10-9 bokstav b; UDI).
rule-T-stp = Det er ikkje krav til inntekta til referansepersonen i fjor når referansepersonen har studieløyve (UDI).

rule-R-renewal = Dette er ei fornying av eit løyve som først vart gitt etter utl. §§ 40–46. Hovudregelen er at det ikkje blir stilt krav til inntekt ved fornying (utf. § 10-20 tredje ledd), men dei siste orda i regelen er uklare, så UDI/UNE vurderer det.

rule-S-never = Referansepersonen har aldri fått økonomisk sosialhjelp eller kvalifiseringsstønad (utf. § 10-10).
rule-S-outside = Den siste utbetalinga av sosialhjelp var meir enn 12 månader før vedtaksdatoen (utf. § 10-10).
rule-S-exempt = Sosialhjelpa tel ikkje, fordi ho vart gitt i påvente av andre ytingar eller under introduksjonsprogrammet (utf. § 10-10 bokstav a og b).
rule-S-boundary = Saka di fell nøyaktig på den siste dagen av dei 12 månadene. Reglane seier ikkje om den dagen tel (utf. § 10-10).
rule-S-stu = Referansepersonen har fått sosialhjelp dei siste 12 månadene, men er student eller forskar. UDI/UNE kan gjere unntak (utf. § 10-11 tredje ledd).
rule-S-inside = { $status ->
        [unknown] Vi treng å vite når referansepersonen sist fekk sosialhjelp (utf. § 10-10).
       *[other] Referansepersonen har fått økonomisk sosialhjelp eller kvalifiseringsstønad i løpet av dei 12 månadene før vedtaksdatoen (utf. § 10-10).
    }

rule-proforma = Avslaget seier at hovudføremålet med ekteskapet var å få opphaldsløyve (utl. § 40 fjerde ledd). Dette kan vi ikkje vurdere; UDI/UNE ser på alle forholda, og forklaringa og dokumenta dine betyr mykje.
rule-tvangsekteskap = Avslaget seier at ekteskapet kan vere inngått mot viljen til ein av dykk (utl. § 51 andre ledd). Dette kan vi ikkje vurdere, og vi har ikkje kunna sjekke den nøyaktige ordlyden i lova.
rule-samtykke_referanseperson = Avslaget seier at referansepersonen ikkje samtykkjer i løyvet (utl. § 51). Dette kan vi ikkje vurdere, og kva ledd i § 51 som gjeld, er ikkje sjekka.
rule-mishandling = Avslaget seier at det er mest sannsynleg at søkjaren vil bli mishandla eller grovt utnytta (utl. § 40 femte ledd). Dette kan vi ikkje vurdere; UDI/UNE ser på alle forholda.
rule-identitet = Avslaget seier at identiteten din ikkje er dokumentert (UDI 2012-009; UNE). Dette kan vi ikkje vurdere, og kva paragraf i lova som gjeld, er ikkje sjekka.
rule-soknad_fra_norge = Avslaget seier at du ikkje kunne søkje frå Noreg (utl. § 56; utf. § 10-1). Dette kan vi ikkje vurdere; det er avhengig av grunnlaget for opphaldet ditt då du søkte.
rule-intervju_referanseperson = Avslaget seier at løyve ikkje kan bli gitt før referansepersonen har kome tilbake til Noreg og vorte intervjua (utl. § 56 fjerde ledd; utf. § 10-5). Vi kan ikkje vurdere om eit unntak gjeld.
rule-tilknytning_tredjeland = Avslaget seier at familien kan bu trygt i eit anna land de har sterkare tilknyting til (utl. § 51 tredje ledd; utf. § 9-9). Dette kan vi ikkje vurdere.
rule-returforutsetninger = Avslaget tvilar på at du vil reise ut av Noreg dersom ein seinare søknad blir avslått (utf. § 9-5 tredje ledd). Dette kan vi ikkje vurdere.
rule-ekteskap_ikke_gyldig = Avslaget seier at ekteskapet ikkje kan bli godkjent i Noreg (UDI; ekteskapslova). Dette kan vi ikkje vurdere; det er avhengig av lova i landet der de gifta dykk.

## 4. Exceptions that may still help

exc-personkrets-strong-reasons = Andre familiemedlemmer kan få løyve dersom sterke menneskelege omsyn talar for det (utl. § 49). Forklar kvifor de er avhengige av kvarandre, og kvifor de ikkje kan bu kvar for dykk.
exc-child-consent-dispensation = UDI/UNE kan gjere unntak frå samtykket frå den andre forelderen dersom det er umogleg å få, eller det er særlege grunnar (utl. § 42). Forklar kva du har prøvd for å få samtykket, og legg ved dokumentasjon.
exc-fireaarskrav-family-unity = Det kan bli gjort unntak når særlege grunnar, mellom anna omsynet til familiens einskap, talar for det (utl. § 40 a tredje ledd). Felles born er det vanlegaste argumentet; forklar familiesituasjonen dykkar.
exc-alder24-voluntary = Det kan bli gjort unntak dersom det er openbert at ekteskapet eller sambuarskapet er frivillig (utl. § 41 a andre ledd). UDI ser på bakgrunnen dykkar; terskelen er høg (UNE). Forklar korleis forholdet oppstod.
exc-underhold-humanitarian = UDI/UNE kan gjere unntak frå inntektskravet dersom særleg sterke menneskelege omsyn talar for det (utf. § 10-11 første ledd; GI-08/2012; PN 2017-002). Døme er eit langt familieliv med eit norsk barn, eller eit felles norsk barn fødd i Noreg medan du budde her lovleg.
exc-underhold-provided = Det kan bli gjort unntak dersom referansepersonen eller andre openbert er i stand til å forsørgje dykk (utf. § 10-11 andre ledd). For ektefellar og sambuarar må det òg vere openbert at forholdet er frivillig.
exc-underhold-changed = UDI/UNE avgjer saka ut frå forholda på vedtakstidspunktet (fvl. § 34). Dersom inntekta har auka sidan avslaget, til dømes med ny jobb, legg ved dokumentasjon; UNE har endra vedtak fordi kravet var oppfylt då (UNE 2023).
exc-underhold-refugee-deadline-waiver = Fristane i flyktningunntaket gjeld ikkje dersom noko utanfor din kontroll hindra deg, til dømes ein stengd ambassade, ingen ledig time, krig eller sjukdom (utf. § 10-8 femte ledd; Sivilombodet). Forklar kva som skjedde, og legg ved dokumentasjon.
exc-underhold-refugee-cohabitant = UDI nemner sambuarar til personar med vern mellom dei som er unnatekne frå inntektskravet (utf. § 10-8 fjerde ledd; UDI). Vis at de budde saman før referansepersonen kom til Noreg, eller fekk eit barn som vart unnfanga då.
exc-underhold-collective-protection = Argumenter for at flyktningunntaket òg gjeld kollektivt vern (utl. § 34): Sivilombodet skildrar forskrifta som å omfatte «utlendingsloven § 28 eller § 34», og tekstane til UDI talar om vern generelt (utf. § 10-8 fjerde ledd). Teksten slik han er i dag er ikkje funnen, så dette er eit argument, ikkje avklart rett.
exc-underhold-child-under-15 = Barnet var under 15 år då søknaden vart levert. Be om at alderen ved levering blir brukt, eller be om unntak for born over 15 år (PN 2017-002 punkt 3.2.3; utf. § 10-11 første ledd).
exc-underhold-born-in-norway = Søknaden for eit barn fødd i Noreg må vere «fremmet» innan eitt år etter fødselen (GI-30/2010). Argumenter for at registrering med betalt gebyr innan det året er nok, slik Sivilombodet las det same ordet.
exc-underhold-trafficking-deadline = Fristen i unntaket for menneskehandel er ikkje stadfesta (ein tekst frå 2018 sa «innen ett år»). Argumenter for at søknaden kom i tide (utf. § 10-8; UDI).
exc-underhold-pension-combined = Pensjon og anna inntekt til saman når pensjonskravet. Be UDI/UNE slå fast at forholdet dykkar openbert er frivillig, og bruke denne vegen (utf. § 10-11 andre ledd).
exc-underhold-applicant-means = Når referansepersonen er student med 60 studiepoeng, kan det bli lagt vekt på ditt eige arbeidstilbod (utf. § 10-8 tredje ledd bokstav b). Legg ved tilbodet med arbeidsgivar, løn og kor lenge jobben varer.
exc-underhold-student-researcher = Det kan bli gjort unntak når referansepersonen tek høgare utdanning eller er forskar med eigne midlar (utf. § 10-11 tredje ledd). Legg ved dokumentasjon på studia eller forskinga og på finansieringa.
exc-underhold-wealth = Nettoformue over 1 million kroner kan vege opp for lågare inntekt dersom det er openbert at forholdet er frivillig (UDI; utf. § 10-11 andre ledd). For tidlegare inntekt kan du vise til det gamle unntaket i utf. § 10-9 bokstav c, men om det framleis gjeld, er ikkje sjekka.
exc-underhold-skilled-worker = Den eldre forskriftsteksten unntok faglærte frå kravet til tidlegare inntekt (utf. § 10-9 bokstav e). Du kan vise til det, men om det framleis gjeld, er ikkje sjekka.
exc-renewal-no-income-requirement = Når eit familieinnvandringsløyve som først vart gitt etter utl. §§ 40–46, blir fornya, er hovudregelen at det ikkje blir stilt krav til inntekt (utf. § 10-20 tredje ledd; GI 2011-003). Dersom UDI stilte eit slikt krav, spør kva det byggjer på.
exc-bolig-special-circumstances = Ektefellar må bu saman med mindre særskilde omstende talar for noko anna, til dømes arbeid ein annan stad (utl. § 40 tredje ledd). Forklar kvifor de skal bu kvar for dykk ein periode.
exc-bolig-humanitarian = UDI/UNE kan gjere unntak frå kravet til bustad dersom særleg sterke menneskelege omsyn talar for det (utf. § 10-12). Forklar situasjonen dykkar.

## 5. Documents (attachment titles) and document notes

doc-marriage-certificate = Vigselsattest, legalisert dersom han er skriven ut i utlandet
doc-cohabitation-proof = Dokumentasjon på at de bur saman (felles adresse, leigekontrakt, erklæring)
doc-birth-certificate = Fødselsattest
doc-parental-responsibility-and-consent = Samtykke frå den andre forelderen, med kopi av legitimasjon
doc-access-agreement = Avtale eller rettsavgjerd om samvær
doc-sponsor-permit-decision = Vedtaket til referansepersonen, som viser datoen for løyvet
doc-application-receipts = Kvittering for registrering og gebyr, timestadfesting og kvittering for levering
doc-prevented-proof = Dokumentasjon på at du ikkje kunne registrere eller levere i tide (melding om stenging, bestillingshistorikk, skjermbilete, legeerklæring)
doc-work-education-proof = Dokumentasjon på arbeid og utdanning (attestar, karakterutskrift med studiepoeng)
doc-employment-contract = Arbeidskontrakt eller stadfesting frå arbeidsgivaren
doc-nav-benefits = Vedtak frå NAV om ytingar (beløp og periode)
doc-nav-pension-decision = Vedtak frå NAV om pensjon eller uføretrygd
doc-student-finance = Vedtak frå Lånekassen, eller eigne midlar på norsk konto
doc-applicant-employment = Arbeidskontrakta di i Noreg, eller eit arbeidstilbod
doc-self-employed = Rekneskap for føretaket til referansepersonen
doc-self-employed-tax-return = Skattemeldinga til referansepersonen med vedlegg
doc-tax-settlement = Skatteoppgjer
doc-foreign-income-proof = Dokumentasjon på inntekt frå arbeid i utlandet
doc-study-or-military = Dokumentasjon på studiepoeng eller førstegongsteneste
doc-wealth-proof = Dei to siste skatteoppgjera som viser nettoformue, og dokumentasjon på at formuen er referansepersonen sin eigen
doc-voluntary-statement = Utgreiing om korleis forholdet dykkar oppstod
doc-nav-social-assistance = Stadfesting frå NAV om sosialhjelp (valfritt)
doc-live-together = Planen dykkar for å bu saman i Noreg
doc-housing = Dokumentasjon på bustad (skøyte eller skriftleg leigekontrakt)
doc-explain-missing = Skjemaet frå UDI for å forklare kvifor dokument manglar
doc-no-payslips = Du treng ikkje sende lønsslippar for ein arbeidstakar: UDI hentar lønsopplysningar sjølv (UDI).
doc-udi-fetches = UDI hentar sjølv arbeidsforhold, ytingar frå NAV, skatteopplysningar og studiestøtte (UDI). Send berre det som er nytt, eller det vedtaket ikkje tok med.

## 6. Notes on a result

note-computed = Rekna ut av Klagehjelp frå grunnbeløpet (G) til NAV; UDI har ikkje publisert dette beløpet.
note-band = Beløpet ligg innanfor den upubliserte avrundinga til UDI, så vi kan ikkje seie om det er nok.
note-conflict = Beløpet ligg mellom beløpet UDI har trykt og beløpet rekna ut frå G. Kjeldene er usamde, så UDI/UNE må avgjere.
note-no-figure = Det er ikkje publisert noko beløp for denne perioden enno. Vi gjettar ikkje.
note-double-test = Eit barn blir rekna som under 18 år dersom den komplette søknaden kom inn før 18-årsdagen. Når UDI/UNE avgjer saka etter fødselsdagen, må krava vere oppfylte både på 18-årsdagen ({ $birthday }) og på vedtaksdatoen (utl. § 50; utf. § 9-8).
note-double-test-unchecked = Barnet er 18 år eller eldre på vedtaksdatoen. Vi kunne ikkje sjekke om krava òg må vere oppfylte på 18-årsdagen (utf. § 9-8), fordi opplysningar manglar.
note-must-include-pension = Den framtidige inntekta må omfatte pensjonen. Beløpet du oppgav er lågare enn pensjonen, så sjekk det.
note-stated-figure = Avslaget brukte { $stated }; kravet for klagevedtaket er { $figure }. Beløpet som står i avslaget, er ikkje kravet for klaga.
note-boundary = Saka di fell nøyaktig på den siste dagen av ein frist. Reglane seier ikkje om den dagen tel.
note-unverified = Dette punktet byggjer på ein regel vi ikkje har kunna sjekke slik han står i dag. Bruk det som eit argument, ikkje som avklart rett.
note-keep-income = Referansepersonen må òg halde på inntekta fram til saka blir avgjord (utf. § 10-9 første ledd).

## 7. Figure and timing lines

law-figure-udi = Krav: { $amount } ({ $period }), publisert av UDI
law-figure-computed = Krav: { $range } ({ $mult } × G, G = { $g }; { $period }). Rekna ut av Klagehjelp frå grunnbeløpet (G) til NAV; UDI har ikkje publisert dette beløpet. { $interval ->
        [range] Når det står to beløp, ligg kravet mellom dei, avhengig av korleis UDI rundar av.
       *[single] {""}
    }
law-period-dates = { $from } til { $to }
law-period-year = inntektsåret { $year }
law-shortfall = Manglar: { $amount } under kravet.
law-met-from = Oppfylt for eit vedtak på eller etter { $date }.
law-met-from-age = UDI/UNE avgjer saka ut frå forholda på vedtaksdatoen (fvl. § 34); dersom klaga blir avgjord { $date } eller seinare, er dette kravet oppfylt.
law-missing = Vi treng fleire opplysningar for å avgjere dette: { $facts }.
law-later-heading = Dersom vedtaket kjem seinare (vi viser { $date }, omtrent { $months } månader seinare: den gjennomsnittlege tida UNE brukte på klager i familieinnvandringssaker i 2023)
law-later-status = { $title }: { $status }
law-figure-change-known = Frå { $date } gjeld eit nytt beløp.
law-figure-change-unknown = Frå { $date } gjeld eit nytt beløp som ikkje er publisert enno.
law-rules-as-of = Reglar og beløp per { $date }.
law-assessed-on = Sjekka for eit vedtak { $date }.
law-source = Kjelde: { $source }
law-exceptions-heading = Dette kan likevel hjelpe
law-documents-heading = Dokument som hjelper
law-why-heading = Kvifor

## 8. Facts (labels), interview questions, help and choices

fact-relation = familierelasjonen din til referansepersonen
q-relation = Kva er du for referansepersonen?
q-relation-help = Referansepersonen er personen i Noreg du søkjer om å bu saman med. Relasjonen avgjer kva reglar som gjeld (utl. §§ 40–49).
opt-relation-spouse = Ektefelle
opt-relation-registered_partner = Registrert partnar
opt-relation-cohabitant = Sambuar
opt-relation-fiance = Forlova: vi skal gifte oss i Noreg
opt-relation-child_under_18 = Barn under 18 år
opt-relation-parent_of_child_under_18 = Forelder som bur med eit barn under 18 år i Noreg
opt-relation-parent_with_access_rights = Forelder med samværsrett med eit barn i Noreg
opt-relation-parent_of_protected_minor = Forelder til eit barn under 18 år med vern i Noreg
opt-relation-single_parent_over_60 = Einsleg forelder over 60 år
opt-relation-parent_visit = Forelder på besøk
opt-relation-child_18_21_long_residence = Barn mellom 18 og 21 år som har budd lenge i Noreg
opt-relation-dependent_adult_child = Vakse barn som er avhengig av foreldra
opt-relation-foster_child_under_18 = Fosterbarn under 18 år
opt-relation-sibling_under_18_without_carers = Sysken under 18 år utan omsorgspersonar
opt-relation-other = Anna familiemedlem

fact-sponsor_status = statusen til referansepersonen i Noreg
q-sponsor_status = Kva grunnlag har referansepersonen for å bu i Noreg?
q-sponsor_status-help = Sjå opphaldskortet til referansepersonen eller vedtaket referansepersonen fekk frå UDI. Statusen avgjer om fireårskravet og nokre unntak frå inntektskravet gjeld (utl. § 40 a; utf. § 10-8).
opt-sponsor_status-norwegian_citizen = Norsk borgar
opt-sponsor_status-nordic_citizen = Borgar av eit anna nordisk land
opt-sponsor_status-refugee = Flyktning (utl. § 28, òg overføringsflyktningar)
opt-sponsor_status-collective_protection = Kollektivt vern (utl. § 34)
opt-sponsor_status-humanitarian = Opphald på grunn av sterke menneskelege omsyn (utl. § 38)
opt-sponsor_status-family_immigration = Løyve til familieinnvandring
opt-sponsor_status-permanent_from_protected_basis = Permanent opphald etter vern, humanitært grunnlag eller familieinnvandring
opt-sponsor_status-permanent_other = Permanent opphald på eit anna grunnlag
opt-sponsor_status-skilled_worker = Faglært arbeidstakar (utf. § 6-1)
opt-sponsor_status-study_permit = Student ved universitet eller høgskule (studieløyve)
opt-sponsor_status-researcher_own_funds = Forskar med eigne midlar (utf. § 6-20)
opt-sponsor_status-other_permit_with_basis = Eit anna løyve som gir rett til familieinnvandring
opt-sponsor_status-permit_without_basis = Eit løyve som ikkje gir rett til familieinnvandring

fact-sponsor_birth_date = fødselsdatoen til referansepersonen
q-sponsor_birth_date = Når er referansepersonen fødd?
q-sponsor_birth_date-help = Alder avgjer fleire krav, til dømes reglane om 18 og 24 år og fireårskravet (utl. § 40 andre ledd; utl. § 41 a; utf. § 9-1). Datoen står i passet.

fact-applicant_birth_date = fødselsdatoen din
q-applicant_birth_date = Når er du fødd?
q-applicant_birth_date-help = Det er alderen din den dagen saka blir avgjord som tel (utl. § 41 a; UDI). Datoen står i passet eller fødselsattesten din.

fact-sponsor_always_lived_in_norway = om referansepersonen alltid har budd i Noreg
q-sponsor_always_lived_in_norway = Har referansepersonen budd i Noreg heile livet?
q-sponsor_always_lived_in_norway-help = Mange reglar er avhengige av om noko skjedde før referansepersonen kom til Noreg. Har referansepersonen alltid budd her, skjedde ingenting «før innreise».

fact-sponsor_settled_in_norway_date = datoen referansepersonen flytta til Noreg
q-sponsor_settled_in_norway_date = Når flytta referansepersonen til Noreg for å bu her?
q-sponsor_settled_in_norway_date-help = Oppgi starten på det noverande opphaldet til referansepersonen i Noreg. For ein nordmann som har budd i utlandet: datoen for flyttinga tilbake; UDI har ikkje sagt klart kva dato som tel då.

fact-marriage_date = datoen de gifta dykk
q-marriage_date = Kva dato gifta de dykk?
q-marriage_date-help = Datoen står på vigselsattesten. Eit ekteskap inngått før referansepersonen kom til Noreg, fjernar fireårskravet og 24-årskravet (utl. § 40 a; utl. § 41 a).

fact-cohabited_years = kor mange år de har budd saman
q-cohabited_years = Kor mange år har de budd saman som par?
q-cohabited_years-help = Rekn med ein fast, felles heim, vanlegvis dei siste to åra. Skriv til dømes 1,5. Sambuarar må som regel ha budd saman i minst to år (utl. § 41).

fact-cohabited_two_years_before_move = om de budde saman i to år før flyttinga
q-cohabited_two_years_before_move = Budde de saman i minst to år før referansepersonen flytta til Noreg?
q-cohabited_two_years_before_move-help = I så fall gjeld ikkje 24-årskravet (utl. § 41 a første ledd bokstav a).

fact-cohabitation_established_before_entry = om de budde saman før referansepersonen flytta til Noreg
q-cohabitation_established_before_entry = Budde de allereie saman som par før referansepersonen flytta til Noreg?
q-cohabitation_established_before_entry-help = Dette har noko å seie dersom referansepersonen har vern: UDI nemner sambuarar mellom familien som kan vere unnatekne frå inntektskravet (utf. § 10-8 fjerde ledd).

fact-child_together_conceived = om de har born saman, og når barnet vart unnfanga
q-child_together_conceived = Har de born saman, eller ventar de barn, og når vart barnet unnfanga?
q-child_together_conceived-help = Ein graviditet tel. Har de fleire born, svar for barnet som vart unnfanga først. Svaret kan fjerne fireårskravet og 24-årskravet (utl. § 40 a; utl. § 41 a).
opt-child_together_conceived-none = Ingen born saman
opt-child_together_conceived-before_sponsor_entry = Unnfanga før referansepersonen flytta til Noreg
opt-child_together_conceived-in_norway_while_both_lawful = Unnfanga i Noreg medan vi begge hadde løyve eller norsk eller nordisk statsborgarskap
opt-child_together_conceived-after_sponsor_entry = Unnfanga etter at referansepersonen flytta til Noreg (andre tilfelle)

fact-child_together_born_before_entry = om det barnet vart fødd før referansepersonen flytta til Noreg
q-child_together_born_before_entry = Vart det barnet fødd før referansepersonen flytta til Noreg?
q-child_together_born_before_entry-help = Sida til UDI unntek ektefellar som «hadde barn sammen» før flyttinga. Eit barn som vart unnfanga før, men fødd etter flyttinga, er ikkje klart dekt (utl. § 41 a).

fact-married_in_norway_while_both_lawful = om de gifta dykk i Noreg medan begge var her lovleg
q-married_in_norway_while_both_lawful = Gifta de dykk i Noreg medan begge hadde løyve eller norsk eller nordisk statsborgarskap?
q-married_in_norway_while_both_lawful-help = I så fall gjeld ikkje fireårskravet og 24-årskravet (utl. § 40 a andre ledd bokstav b; utl. § 41 a første ledd bokstav b).

fact-cohabited_in_norway_while_both_lawful = om de budde saman i Noreg medan begge var her lovleg
q-cohabited_in_norway_while_both_lawful = Budde de saman som par i Noreg medan begge hadde løyve eller norsk eller nordisk statsborgarskap?
q-cohabited_in_norway_while_both_lawful-help = I så fall gjeld ikkje 24-årskravet (utl. § 41 a første ledd bokstav b).

fact-family_unity_grounds = særlege grunnar for unntak frå fireårskravet
q-family_unity_grounds = Er det særlege grunnar til at familien må bu saman no?
q-family_unity_grounds-help = UDI/UNE kan gjere unntak frå fireårskravet når særlege grunnar, mellom anna omsynet til familiens einskap, talar for det (utl. § 40 a tredje ledd). Felles born er den vanlegaste grunnen.
opt-family_unity_grounds-none = Ingen særlege grunnar
opt-family_unity_grounds-common_child = Vi har born saman
opt-family_unity_grounds-other = Andre særlege grunnar

fact-other_parent_consent = samtykke frå den andre forelderen
q-other_parent_consent = Må den andre forelderen til barnet samtykkje, og har den forelderen samtykt?
q-other_parent_consent-help = Eit barn som skal bu med éin forelder i Noreg, treng samtykke frå den andre forelderen, med mindre forelderen i Noreg har foreldreansvaret åleine (utl. § 42).
opt-other_parent_consent-not_needed = Ikkje naudsynt: forelderen i Noreg har foreldreansvaret åleine
opt-other_parent_consent-given = Den andre forelderen har samtykt
opt-other_parent_consent-missing = Den andre forelderen har ikkje samtykt

fact-decision_voluntariness = kva avslaget seier om forholdet er frivillig
q-decision_voluntariness = Seier avslaget at ekteskapet eller sambuarskapet dykkar klart er frivillig, tvilar det på det, eller seier det ingenting om det?
q-decision_voluntariness-help = Les grunngivinga i avslaget. Vel «godteke» dersom det står uttrykkeleg, «tvil» dersom avslaget uttrykkjer tvil eller nemner tvangsekteskap, og «ikkje nemnt» dersom det ikkje seier noko (utf. § 10-11 andre ledd).
opt-decision_voluntariness-accepted = Godteke: avslaget seier at forholdet klart er frivillig
opt-decision_voluntariness-doubted = Tvil: avslaget tvilar på det eller nemner tvangsekteskap
opt-decision_voluntariness-not_addressed = Ikkje nemnt: avslaget seier ingenting om det

fact-sponsor_fulltime_years = åra referansepersonen har med fulltids arbeid eller utdanning i Noreg
q-sponsor_fulltime_years = Kor mange år til saman har referansepersonen arbeidd eller studert på fulltid i Noreg?
q-sponsor_fulltime_years-help = Rekn med lønt arbeid, skule og studium (60 studiepoeng i året er fulltid), introduksjonsprogram, norskopplæring, kvalifiseringstiltak frå NAV, foreldrepermisjon med foreldrepengar (opptil 46 veker etter fødsel eller adopsjon), sjukepengar og pensjon. Kvart år må til saman utgjere fulltid (utf. § 9-1). Skriv til dømes 2,5.

fact-application_registered = datoen søknaden vart registrert med betalt gebyr
q-application_registered = Kva dato vart søknaden registrert på nett med betalt gebyr?
q-application_registered-help = Datoen står på kvitteringa eller i vedtaket. Han avgjer kva inntektskrav som gjeld, og om nokre fristar vart haldne (utf. § 10-8; UDI).

fact-application_delivered = datoen søknaden vart levert personleg
q-application_delivered = Kva dato leverte du dokumenta hos ambassaden, søknadssenteret eller politiet?
q-application_delivered-help = Søknaden er først levert når du møter opp til timen (UDI). Datoen står på timestadfestinga eller kvitteringa for levering.

fact-application_complete_date = datoen søknaden var komplett
q-application_complete_date = Kva dato hadde UDI eller ambassaden alt som trongst for å avgjere saka: søknaden og alle dokumenta?
q-application_complete_date-help = Dersom du sende dokument seinare, oppgi datoen det siste kom fram. Han avgjer om eit barn blir rekna som under 18 år (utl. § 50).

fact-application_deadline_prevented = om noko utanfor din kontroll hindra deg i å søkje i tide
q-application_deadline_prevented = Hindra noko utanfor din kontroll deg i å registrere eller levere søknaden i tide?
q-application_deadline_prevented-help = Til dømes ein stengd ambassade, ingen ledig time, krig eller sjukdom. Fristane i flyktningunntaket gjeld ikkje i slike tilfelle (utf. § 10-8 femte ledd). Ta vare på dokumentasjon.

fact-sponsor_permit_decision_date = datoen for det første vedtaket om vern for referansepersonen
q-sponsor_permit_decision_date = Kva dato vart det første vedtaket om vern for referansepersonen (eller løyvet på grunn av menneskehandel) gjort?
q-sponsor_permit_decision_date-help = Datoen står i vedtaket referansepersonen fekk frå UDI. Fristane i flyktningunntaket blir rekna frå han (utf. § 10-8 femte ledd).

fact-is_renewal = om den avslåtte søknaden var ei fornying
q-is_renewal = Var den avslåtte søknaden ei fornying av eit familieinnvandringsløyve på same grunnlag?
q-is_renewal-help = Ein søknad om familieinnvandring medan du hadde eit anna løyve, til dømes studieløyve, er ein førstegongssøknad, ikkje ei fornying (utl. § 61 sjuande ledd).

fact-first_family_application_registered = datoen den første søknaden om familieinnvandring vart registrert
q-first_family_application_registered = Kva dato vart den første søknaden din om familieinnvandring registrert?
q-first_family_application_registered-help = Ved fornying følgjer inntektsreglane datoen for den første søknaden (UDI).

fact-applicant_born_in_norway = om barnet er fødd i Noreg
q-applicant_born_in_norway = Er barnet fødd i Noreg?
q-applicant_born_in_norway-help = For eit barn fødd i Noreg kan det vere unntak frå inntektskravet dersom søknaden vart fremja innan eitt år etter fødselen (GI-30/2010).

fact-applicant_under_15_without_carers = om barnet er under 15 år og utan omsorgspersonar
q-applicant_under_15_without_carers = Manglar barnet foreldre eller andre omsorgspersonar i heimlandet?
q-applicant_under_15_without_carers-help = For eit barn under 15 år utan omsorgspersonar er det ikkje krav til inntekt (UDI; PN 2017-002 punkt 3.2.3).

fact-sponsor_trafficking_victim = om løyvet til referansepersonen byggjer på menneskehandel
q-sponsor_trafficking_victim = Har referansepersonen fått løyve som offer for, eller vitne i ei sak om, menneskehandel?
q-sponsor_trafficking_victim-help = Då kan borna til referansepersonen vere unnatekne frå inntektskravet dersom dei søkjer i tide (UDI). UDI har ikkje stadfesta kva frist som gjeld i dag.

fact-sponsor_future_income = den venta inntekta til referansepersonen
q-sponsor_future_income = Kor mykje vil referansepersonen tene før skatt det neste året?
q-sponsor_future_income-help = Rekn med løn, sjukepengar, svangerskapspengar og foreldrepengar, uføretrygd og pensjon, og studielån og stipend (utf. § 10-8). Ikkje rekn med sosialhjelp, bustøtte, dagpengar, arbeidsavklaringspengar (AAP), barnetrygd eller introduksjonsstønad. Ta med eventuell pensjon. Skriv kroner per år, til dømes 420000.

fact-applicant_lawful_income_norway = inntekta di frå lovleg arbeid i Noreg
q-applicant_lawful_income_norway = Kor mykje tener du før skatt per år frå arbeid du allereie har lovleg i Noreg?
q-applicant_lawful_income_norway-help = Di eiga inntekt frå lovleg arbeid i Noreg kan bli lagd til inntekta til referansepersonen (utf. § 10-8 tredje ledd bokstav a). Skriv 0 dersom du ikkje har noka.

fact-applicant_means = dine eigne pengar eller arbeidstilbodet ditt
q-applicant_means = Kor mykje pengar har du på konto, eller kor mykje vil du tene per år frå eit arbeidstilbod?
q-applicant_means-help = Dersom referansepersonen har studieløyve, tel pengar du har på konto (UDI). Dersom referansepersonen er student med 60 studiepoeng, kan det bli lagt vekt på arbeidstilbodet ditt (utf. § 10-8 tredje ledd bokstav b).

fact-sponsor_in_higher_education = om referansepersonen studerer no
q-sponsor_in_higher_education = Studerer referansepersonen no ved eit universitet, ein høgskule eller ein fagskule på fulltid?
q-sponsor_in_higher_education-help = Det kan bli gjort unntak frå inntektskravet for ein referanseperson som tek høgare utdanning (utf. § 10-11 tredje ledd).

fact-sponsor_pension_type = pensjonen til referansepersonen
q-sponsor_pension_type = Får referansepersonen alderspensjon eller uføretrygd frå folketrygda?
q-sponsor_pension_type-help = Ein pensjon på det nivået UDI krev, kan åleine oppfylle inntektskravet (utf. § 10-8 andre ledd). Sjå vedtaket frå NAV.
opt-sponsor_pension_type-none = Ingen pensjon
opt-sponsor_pension_type-retirement = Alderspensjon
opt-sponsor_pension_type-disability = Uføretrygd

fact-sponsor_pension_amount = pensjonen til referansepersonen per år
q-sponsor_pension_amount = Kor mykje er pensjonen åleine per år, før skatt?
q-sponsor_pension_amount-help = Skriv beløpet frå vedtaket frå NAV, i kroner per år.

fact-sponsor_disability_rate = satskategorien NAV bruker for uføretrygda
q-sponsor_disability_rate = Kva sats bruker vedtaket frå NAV for uføretrygda?
q-sponsor_disability_rate-help = Minste uføretrygd frå NAV er avhengig av om referansepersonen er gift eller sambuar, har ein omrekna uførepensjon med ektefelle, eller er einsleg (NAV). Sjå vedtaket frå NAV.
opt-sponsor_disability_rate-married_or_cohabiting = Gift eller sambuar
opt-sponsor_disability_rate-married_converted = Omrekna uførepensjon, med ektefelle
opt-sponsor_disability_rate-single = Einsleg

fact-sponsor_past_income = inntekta til referansepersonen i inntektsåret
q-sponsor_past_income = Kor mykje tente referansepersonen før skatt i inntektsåret?
q-sponsor_past_income-help = Beløpet står i skatteoppgjeret eller i det arbeidsgivaren har rapportert inn. Dagpengar tel; introduksjonsstønad motteken etter 1. januar 2021 tel ikkje (UDI; utf. § 10-9).

fact-sponsor_past_income_abroad = delen av den inntekta som kom frå arbeid i utlandet
q-sponsor_past_income_abroad = Kor mykje av den inntekta kom frå arbeid i utlandet?
q-sponsor_past_income_abroad-help = Inntekt frå arbeid i utlandet tel berre for norske eller nordiske borgarar og personar med permanent opphaldsløyve (utf. § 10-9 andre ledd). Skriv 0 dersom ingen.

fact-sponsor_past_income_by_year = inntekta til referansepersonen i { $year }
q-sponsor_past_income_by_year = Kor mykje tente referansepersonen før skatt i { $year }?
q-sponsor_past_income_by_year-help = Vi treng dette dersom vedtaket kjem i eit anna kalenderår, fordi UDI då ser på { $year } (utf. § 10-9). Rekn på same måten som for det andre inntektsåret.

fact-sponsor_past_income_abroad_by_year = delen av inntekta til referansepersonen i { $year } som kom frå arbeid i utlandet
q-sponsor_past_income_abroad_by_year = Kor mykje av inntekta til referansepersonen i { $year } kom frå arbeid i utlandet?
q-sponsor_past_income_abroad_by_year-help = Inntekt frå arbeid i utlandet i { $year } tel berre for norske eller nordiske borgarar og personar med permanent opphaldsløyve (utf. § 10-9 andre ledd). Skriv 0 dersom ingen.

fact-past_income_year = inntektsåret UDI ser på
q-past_income_year = Kva inntektsår ser UDI på?
q-past_income_year-help = Vanlegvis året før vedtaket, eller året før det dersom skatteopplysningane ikkje er klare (UDI). Veit du ikkje, la feltet stå tomt.

fact-sponsor_past_income_exemption = om referansepersonen er unnateken frå kravet til tidlegare inntekt
q-sponsor_past_income_exemption = Galdt noko av dette for referansepersonen i fjor?
q-sponsor_past_income_exemption-help = 60 studiepoeng eller eit heilt år på fagskule, og førstegongsteneste, fjernar kravet til tidlegare inntekt (utf. § 10-9 bokstav a og b). Formue over 1 million kroner var eit unntak i den eldre teksten; om det framleis gjeld, er ikkje sjekka.
opt-sponsor_past_income_exemption-none = Ingen av desse
opt-sponsor_past_income_exemption-studies_60_credits = Fullførte 60 studiepoeng eller eit heilt år på fagskule
opt-sponsor_past_income_exemption-military_service = Avtente førstegongsteneste
opt-sponsor_past_income_exemption-wealth_over_1m = Hadde nettoformue over 1 million kroner ved dei to siste skatteoppgjera

fact-social_assistance_last_paid = datoen referansepersonen sist fekk sosialhjelp
q-social_assistance_last_paid = Når fekk referansepersonen sist økonomisk sosialhjelp eller kvalifiseringsstønad frå NAV?
q-social_assistance_last_paid-help = Både økonomisk sosialhjelp og kvalifiseringsstønad tel (utf. § 10-10). Sjukepengar og andre ytingar frå folketrygda tel ikkje. Oppgi datoen for den siste utbetalinga.
opt-social_assistance_last_paid-never = Aldri

fact-social_assistance_exempt_reason = kvifor sosialhjelpa vart gitt
q-social_assistance_exempt_reason = Vart sosialhjelpa gitt av ein av desse grunnane?
q-social_assistance_exempt_reason-help = Sosialhjelp som er gitt i desse tilfella, tel ikkje (utf. § 10-10 bokstav a og b).
opt-social_assistance_exempt_reason-none = Ingen av desse
opt-social_assistance_exempt_reason-awaiting_benefits = Medan referansepersonen venta på ytingar frå folketrygda eller bustøtte
opt-social_assistance_exempt_reason-introduction_programme = I samband med introduksjonsprogrammet

fact-will_live_together = om de skal bu saman i Noreg
q-will_live_together = Skal de bu saman i Noreg?
q-will_live_together-help = Ektefellar, sambuarar og foreldre som bur med eit barn, må skulle bu saman (utl. § 40 tredje ledd; utl. §§ 41, 43 og 44). Forlova må ha planar om å bu saman (UDI).

fact-sponsor_has_housing = om referansepersonen har bustad
q-sponsor_has_housing = Har referansepersonen ein bustad som oppfyller offentlege krav, eigd eller med skriftleg leigekontrakt?
q-sponsor_has_housing-help = Forlova og nokre andre familiemedlemmer treng dette (utf. § 10-12). Ein leigd bustad krev skriftleg leigekontrakt.

fact-decision_stated_future_figure = inntektskravet som står i avslaget
fact-applicant_in_norway = om du er i Noreg no
fact-applicant_permit_basis_in_norway = grunnlaget for opphaldet ditt i Noreg
fact-assessment_date = datoen klaga er venta avgjord
fact-refusal_grounds = grunnane som er gitt i avslaget

## 9. Interview screens and answers

screen-relation = Familien
screen-sponsor = Referansepersonen
screen-family = Familiehistoria dykkar
screen-dates = Datoar
screen-application = Søknaden
screen-work = Arbeid og utdanning
screen-income = Framtidig inntekt
screen-pension = Pensjon
screen-past_income = Tidlegare inntekt
screen-social_assistance = Sosialhjelp
screen-housing = Bu saman og bustad
screen-refusal = Avslaget
interview-yes = Ja
interview-no = Nei
interview-never = Aldri

## 10. Refusal grounds

ground-proforma-explain = Forklar korleis og når de møttest, korleis de har halde kontakten, besøka, kva de veit om kvarandre, bryllaupet, planane dykkar og språket de har felles. Rett opp fakta UDI tok feil av (utl. § 40 fjerde ledd).
ground-proforma-documents = Loggar over samtalar og meldingar med datoar, bilete over tid, reisebillettar og stempel, pengeoverføringar, bryllaupsdokument og gjester, og erklæringar frå familie og frå referansepersonen hjelper.
ground-proforma-argument = UDI har kome til at hovudføremålet med ekteskapet vårt var å få opphaldsløyve (utl. § 40 fjerde ledd). Det er ikkje rett. Vi møttest [skriv her: når og korleis]. Sidan då har vi [skriv her: kontakt, besøk og kva de veit om kvarandre]. Vi gifta oss [skriv her: dato og stad], og [skriv her: bryllaupet og planane dykkar]. UDI la vekt på [skriv her: det UDI tok feil av], men [skriv her: dei rette faktaa]. Eg viser til vedlagde dokument.

ground-tvangsekteskap-explain = Forklar at de begge valde fritt, og korleis ekteskapet kom i stand. Eit arrangert ekteskap som begge har sagt ja til, er ikkje eit tvangsekteskap (UDI). Regelen er utl. § 51 andre ledd; den nøyaktige ordlyden er ikkje sjekka.
ground-tvangsekteskap-documents = Eigne erklæringar frå kvar av dykk og historia om forholdet dykkar hjelper.
ground-tvangsekteskap-argument = UDI har kome til at ekteskapet kan vere inngått mot viljen til ein av oss (utl. § 51 andre ledd). Vi valde begge dette ekteskapet fritt. [skriv her: korleis ekteskapet kom i stand, og korleis kvar av dykk bestemte seg]. Eg viser til vedlagde erklæringar.
ground-tvangsekteskap-help = Dersom du eller nokon du kjenner blir pressa til å gifte seg eller til å bli verande i eit ekteskap, kan du få hjelp, gratis og med teieplikt, til dømes hos politiet, ein lege eller eit krisesenter. Du bestemmer sjølv kva du vil gjere.

ground-samtykke_referanseperson-explain = Forklar om referansepersonen samtykkjer no. Dersom referansepersonen har trekt samtykket, kan klaga normalt ikkje føre fram på dette punktet (utl. § 51; kva ledd er ikkje sjekka).
ground-samtykke_referanseperson-documents = Ei signert samtykkeerklæring frå referansepersonen, gitt frivillig, hjelper.
ground-samtykke_referanseperson-argument = UDI har kome til at referansepersonen ikkje samtykkjer i at eg får løyve (utl. § 51). Referansepersonen samtykkjer. [skriv her: orda til referansepersonen sjølv, og kvifor avslaget seier noko anna]. Eg viser til vedlagd signert erklæring frå referansepersonen.

ground-mishandling-explain = Forklar forhold som viser at det ikkje er ein slik fare, og fortel om de har born saman eller har budd saman, for då gjeld ikkje denne grunnen (utl. § 40 femte ledd).
ground-mishandling-documents = Dokumentasjon på at de har budd saman, eller fødselsattesten til felles barn, hjelper.
ground-mishandling-argument = UDI har kome til at det er mest sannsynleg at eg vil bli mishandla eller grovt utnytta (utl. § 40 femte ledd). [skriv her: forhold som viser noko anna]. [skriv her: dersom de har born saman eller har budd saman, skriv det; då gjeld ikkje grunnen]. Eg viser til vedlagde dokument.
ground-mishandling-help = Tryggleiken din kjem først. Dersom du er redd for nokon, kan du få hjelp, gratis og med teieplikt, til dømes hos politiet, ein lege eller eit krisesenter.

ground-identitet-explain = Forklar kvifor dokument manglar, kva du har gjort for å skaffe dei, og at opplysningane dine stemmer overeins. Du må dokumentere identiteten din, og eit gyldig pass er vanlegvis nok (UDI). Kva paragraf i lova som gjeld, er ikkje sjekka.
ground-identitet-documents = Pass, nasjonalt ID-kort, fødselsattest, dokumentasjon på forsøka dine på å skaffe dokument, og skjemaet frå UDI om manglande dokument hjelper.
ground-identitet-argument = UDI har kome til at identiteten min ikkje er dokumentert. [skriv her: kva dokument du har sendt, kvifor andre manglar, og kva du har gjort for å skaffe dei]. Opplysningane mine har vore dei same heile tida: [skriv her: namn, fødselsdato og fødestad]. Eg viser til vedlagde dokument.

ground-soknad_fra_norge-explain = Forklar kva lovleg grunnlag du hadde for opphaldet den dagen du søkte, og kvifor det ville vere urimeleg å reise ut, til dømes på grunn av born eller helse (utl. § 56; utf. § 10-1). Opphald på Schengen-visum gir ikkje rett til å søkje frå Noreg (utf. § 10-1 første ledd bokstav e).
ground-soknad_fra_norge-documents = Løyvet eller visumet ditt på søknadsdatoen, fødselsattestane til borna og legeerklæringar hjelper.
ground-soknad_fra_norge-argument = UDI har kome til at eg ikkje kunne søkje frå Noreg (utl. § 56; utf. § 10-1). Då eg søkte, var eg i Noreg på [skriv her: grunnlaget for opphaldet og datoane]. Det vil vere urimeleg å krevje at eg reiser ut fordi [skriv her: born, helse eller andre sterke grunnar]. Eg viser til vedlagde dokument.

ground-intervju_referanseperson-explain = Forklar om eit unntak gjeld, til dømes at referansepersonen var 25 år eller eldre då de gifta dykk, er faglært arbeidstakar, eller at de budde saman i Noreg medan begge hadde løyve, og at referansepersonen er tilbake i Noreg (utl. § 56 fjerde ledd; utf. § 10-5).
ground-intervju_referanseperson-documents = Reisedokumenta til referansepersonen og dokumentasjon på at referansepersonen bur i Noreg, hjelper.
ground-intervju_referanseperson-argument = UDI har kome til at løyve ikkje kan bli gitt før referansepersonen er intervjua (utl. § 56 fjerde ledd). [skriv her: unntaket som gjeld etter utf. § 10-5, eller at referansepersonen er tilbake i Noreg og kan intervjuast frå ein bestemd dato]. Eg viser til vedlagde dokument.

ground-tilknytning_tredjeland-explain = Forklar at de ikkje har lovleg opphald eller er trygge i det andre landet, kva tilknyting de har til Noreg, og kva som er best for barnet. Grunnen kan ikkje brukast etter at referansepersonen har fått permanent opphaldsløyve (utl. § 51 tredje ledd; utf. § 9-9).
ground-tilknytning_tredjeland-documents = Dokument om statusen dykkar i det andre landet, og om skule, arbeid og tilknyting i Noreg, hjelper.
ground-tilknytning_tredjeland-argument = UDI har kome til at familien kan bu i [skriv her: land] (utl. § 51 tredje ledd; utf. § 9-9). Det er ikkje mogleg fordi [skriv her: mangel på lovleg opphald eller tryggleik der]. Tilknytinga vår til Noreg er sterkare: [skriv her: arbeid, skule, familie]. Eg viser til vedlagde dokument.

ground-returforutsetninger-explain = Forklar tilknytinga di til heimlandet, ein fastsett bryllaupsdato og at du har følgt reglane for tidlegare visum (utf. § 9-5 tredje ledd).
ground-returforutsetninger-documents = Ei arbeidskontrakt i heimlandet, eigedom, bestilling av bryllaupet og tidlegare visum hjelper.
ground-returforutsetninger-argument = UDI tvilar på at eg vil reise ut av Noreg dersom ein seinare søknad blir avslått (utf. § 9-5 tredje ledd). Eg har sterk tilknyting til [skriv her: land]: [skriv her: arbeid, eigedom, familie]. Bryllaupet vårt er bestilt til [skriv her: dato og stad]. Eg har alltid følgt reglane for tidlegare visum: [skriv her: kva visum og når]. Eg viser til vedlagde dokument.

ground-ekteskap_ikke_gyldig-explain = Forklar kva lands lov som gjeld og at reglane der vart følgde, alderen dykkar på bryllaupsdagen, at begge var til stades, og at ingen av dykk var gift med nokon andre (UDI; ekteskapslova). Dersom ein av dykk var norsk eller budde i Noreg då de gifta dykk, må begge ha vore minst 18 år og til stades; dersom de gifta dykk før nokon av dykk kom til Noreg, må begge ha vore minst 16 år (UDI). Dersom ekteskapet ikkje kan bli godkjent, kan eit nytt bryllaup (då blir 24-årskravet og fireårskravet sjekka på nytt) eller reglane for sambuarar vere ein moglegheit.
ground-ekteskap_ikke_gyldig-documents = Vigselsattesten med legalisering, skilsmisse- eller dødsattestar for tidlegare ekteskap, dokumentasjon på at begge var til stades (stempel i passet) og fødselsattestar hjelper.
ground-ekteskap_ikke_gyldig-argument = UDI har kome til at ekteskapet vårt ikkje kan bli godkjent i Noreg. Ekteskapet vart inngått i [skriv her: land] den [skriv her: dato] etter lovene i det landet. Vi var [skriv her: alder] år gamle, vi var begge til stades, og ingen av oss var gift med nokon andre. Eg viser til vedlagd vigselsattest og dokument.
