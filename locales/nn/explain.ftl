## «Kva står i brevet mitt?» (src/explain.rs): éi melding per del av brevet
## (@part-merka i templates/), på språket til lesaren.

explain-header = Toppen av brevet. Han seier kven som sender brevet, og at det går til { $authority }. Han har òg datoen, DUF-nummeret ditt { $duf }, saksnummeret og kven saka gjeld. Tittelen seier kva brevet er: { $kind }.
explain-representative = { $rep } skriv brevet for deg som fullmektig. Brevet seier at ei fullmakt gir rett til det (fvl. § 12).
explain-decision-klage = Her står det kva vedtak du klagar på: vedtaket frå { $authority } av { $decided } om avslag på søknaden om familieinnvandring. Ei klage ber om at vedtaket blir endra.
explain-decision-omgjoring = Her står det kva vedtak brevet gjeld: vedtaket frå { $authority } av { $decided } om avslag på søknaden. Du ber { $authority } om å gjere om sitt eige vedtak.
explain-decision-utsatt = Her står det kva vedtak oppmodinga gjeld: vedtaket frå { $authority } av { $decided }. Det står òg når du fekk det, og at sjølve klaga blir send.
explain-decision-ettersending = Her står det kva sak brevet gjeld: klaga di på vedtaket frå { $authority } av { $decided }.
explain-decision-innsyn = Her står det kva sak brevet gjeld: vedtaket frå { $authority } av { $decided } om avslag på søknaden.
explain-decision-costs = Her står det kva sak brevet gjeld: vedtaket frå { $authority } av { $decided }, og at det seinare er endra til fordel for deg.
explain-co-applicants = Klaga gjeld òg { $names }, som fekk avslag i det same vedtaket.
explain-deadline = Dette gjeld klagefristen. Det står at du fekk vedtaket { $received }, og at fristen er { $deadline }. Klaga er altså send i tide.
explain-deadline-between = Dette gjeld klagefristen. Det står at vedtaket kom fram til deg { $received }. Vedtaket oppgir fristen { $stated }. Rekna etter lova frå den dagen er fristen { $computed } (fvl. §§ 29–30). Brevet forklarer kvifor klaga er send i tide.
explain-late-alternative = Dersom { $authority } meiner at klaga kom for seint, ber brevet om at ho likevel blir handsama (fvl. § 31 første ledd): du kan ikkje lastast (bokstav a), og det er særlege grunnar, fordi fristen i vedtaket ikkje var fristen i lova (bokstav b).
explain-late = Her står det at klaga kjem for seint: du fekk vedtaket { $received }, og fristen var { $deadline }. Brevet ber om at klaga likevel blir handsama (fvl. § 31 første ledd), fordi du ikkje kan lastast (bokstav a), og fordi det er særlege grunnar (bokstav b).
explain-late-reason = Her står grunnane til at klaga kjem for seint, og kva som skjedde etter at hindringa var over (bokstav a). Så kjem dine eigne ord.
explain-late-special = Dei særlege grunnane (bokstav b): vedtaket har mykje å seie for deg og familien din, og så vidt du veit skadar ei endring ingen andre. Brevet seier òg at klaga er send innan eitt år etter vedtaket (fvl. § 31).
explain-request = Kva du ber om: at { $authority } endrar vedtaket og seier ja til søknaden. Dersom { $authority } ikkje endrar det, blir klaga send til { $appeal }, som avgjer ho (fvl. § 33, utl. § 76).
explain-request-no-appeal = Kva du ber om: at { $authority } endrar vedtaket og seier ja til søknaden.
explain-request-omgjoring = Kva du ber om: at { $authority } gjer om vedtaket og seier ja til søknaden (fvl. § 35). Så forklarer brevet kva som er nytt i saka, eller kva som ikkje er vurdert godt nok.
explain-request-utsatt = Kva du ber om: at vedtaket ikkje blir sett i verk før klaga er avgjord, så du kan bli i Noreg så lenge (utsett iverksetjing; fvl. § 42, utl. § 90). Svaret skal kome snarast råd, og eit nei skal grunngjevast.
explain-request-ettersending = Dokumenta som står i brevet, blir sende med. Du ber om at dei blir tekne med når klaga blir avgjord (fvl. § 34).
explain-request-innsyn = Kva du ber om: å få sjå dokumenta i saka di (innsyn, fvl. § 18), som kopiar sende til adressa øvst i brevet.
explain-request-costs = Kva du ber om: å få dekt dei vesentlege kostnadene som var naudsynte for å få endra vedtaket (fvl. § 36). Kostnadene står i ei oppstilling som ligg ved.
explain-set-aside = Subsidiært (viss det ikkje blir endra) ber du om at vedtaket blir oppheva og at saka blir send tilbake til { $authority } for ny handsaming (fvl. § 34 fjerde ledd).
explain-innsyn-request = Du ber også om å få sjå dokumenta i saka di (innsyn, fvl. § 18), som kopiar sende til adressa øvst i brevet.
explain-deferral = Du ber òg om utsett iverksetjing: at du kan bli i Noreg medan saka blir handsama (fvl. § 42, utl. § 90). Svaret skal kome snarast råd, og eit nei skal grunngjevast.
explain-more-documents = Du skriv at du vil sende fleire dokument og ei fyldigare grunngjeving, og ber om ein frist for det. Etter praksisen til UDI er den nye fristen to veker.
explain-more-documents-forelopig = Her står det at brevet er ei førebels klage: du sender dokument og ei fyldigare grunngjeving seinare, og ber om ein frist for det. Etter praksisen til UDI er den nye fristen to veker.
explain-more-documents-omgjoring = Du skriv at du vil sende fleire dokument, og ber { $authority } om å setje ein frist for det.
explain-grounds = Grunngjevinga: kvifor vedtaket bør endrast. Brevet ber om at det som følgjer, blir teke med.
explain-ground = Grunnane dine om dette kravet: { $title }. Teksten er dine eigne ord, ikkje omsette.
explain-ground-other = Andre grunnar
explain-own-words = Dine eigne ord, ikkje omsette: dei står i brevet akkurat slik du skreiv dei. Sjekk at dei seier det du meiner.
explain-attachments = Lista over vedlegg som blir sende med brevet. Tal på vedlegg: { $count }.
explain-signature = Slutten av brevet: ei helsing, stad og dato, og linjene for underskrift ({ $signatures }). Kvar person som står under ei linje, skriv under for hand der: ei klage skal vere underskriven (fvl. § 32).
explain-fullmakt = Ei eiga side: fullmakta. Med henne gir du { $rep } rett til å representere deg i saka di og i dette brevet.
explain-fullmakt-powers = Kva fullmakta gir rett til: ho gjeld alle steg i saka, og gir rett til å ta imot vedtak og andre dokument i saka for deg (fvl. § 12).
explain-fullmakt-sign = Du skriv under på fullmakta for hand og skriv stad og dato. Send med ein kopi av sida i passet med personopplysningar og underskrift.
explain-labels = Ei side med merkelappar, ikkje ein del av brevet: klipp dei ut og fest éin på første side av kvart vedlegg. Sender du vedlegga digitalt, skriv du den same teksten øvst på kvart dokument.
explain-unknown = Denne delen av brevet har inga forklaring enno. Be nokon som les norsk eller engelsk, om å lese ho med deg.
explain-body-udi = UDI (Utlendingsdirektoratet)
explain-body-une = UNE (Utlendingsnemnda)
explain-not-the-klage = Denne forklaringa er for deg. Ikkje send henne: ho er ikkje ein del av klaga.
explain-own-words-mark = dine eigne ord, ikkje omsette
explain-cli-heading = Kva står i brevet mitt? ({ $kind })
explain-cli-letter-lang = Eit brev kan ikkje skrivast på { $lang }: UDI og UNE tek berre imot ei klage på norsk eller engelsk. Brevet blir skrive på nb (bokmål), nn (nynorsk) eller en (engelsk), slik saksfila seier. For å lese på { $lang } kva brevet seier, skriv: klagehjelp explain SAK --lang { $code }

## Panelet på skjermen «Sjå over» (ui/js/review.js)
ui-explain-title = Kva står i brevet mitt?
ui-explain-intro = Brevet må vere på norsk eller engelsk. Her er det del for del, ved sida av kva kvar del seier og ber om, på ditt språk.
ui-explain-letter = I brevet
ui-explain-meaning = Kva det tyder
ui-explain-own = Dine eigne ord, ikkje omsette
ui-explain-print = Skriv ut forklaringa
ui-explain-print-note = Forklaringa blir skriven ut frå dette vindauget på eit eige ark, aldri i klaga. Ho blir ikkje laga som PDF, fordi PDF-oppsettet vårt ikkje kan binde saman bokstavane i arabisk skrift.
ui-explain-fallback = Ikkje omsett til ditt språk enno: vist på engelsk.
