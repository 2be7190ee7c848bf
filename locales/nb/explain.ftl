## «Hva står i brevet mitt?» (src/explain.rs): én melding per del av brevet
## (@part-merkene i templates/), på leserens språk. § -henvisninger står som de er.

explain-header = Toppen av brevet. Den sier hvem som sender brevet, og at det går til { $authority }. Den har også datoen, DUF-nummeret ditt { $duf }, saksnummeret og hvem saken gjelder. Tittelen sier hva brevet er: { $kind }.
explain-representative = { $rep } skriver brevet for deg som fullmektig. Brevet sier at en fullmakt gir rett til det (fvl. § 12).
explain-decision-klage = Her står det hvilket vedtak du klager på: vedtaket fra { $authority } av { $decided } om avslag på søknaden om familieinnvandring. En klage ber om at vedtaket blir endret.
explain-decision-omgjoring = Her står det hvilket vedtak brevet gjelder: vedtaket fra { $authority } av { $decided } om avslag på søknaden. Du ber { $authority } om å omgjøre sitt eget vedtak.
explain-decision-utsatt = Her står det hvilket vedtak anmodningen gjelder: vedtaket fra { $authority } av { $decided }. Det står også når du fikk det, og at selve klagen blir sendt.
explain-decision-ettersending = Her står det hvilken sak brevet gjelder: klagen din på vedtaket fra { $authority } av { $decided }.
explain-decision-innsyn = Her står det hvilken sak brevet gjelder: vedtaket fra { $authority } av { $decided } om avslag på søknaden.
explain-decision-costs = Her står det hvilken sak brevet gjelder: vedtaket fra { $authority } av { $decided }, og at det senere er endret til din fordel.
explain-co-applicants = Klagen gjelder også { $names }, som fikk avslag i det samme vedtaket.
explain-deadline = Dette gjelder klagefristen. Det står at du fikk vedtaket { $received }, og at fristen er { $deadline }. Klagen er altså sendt i tide.
explain-deadline-between = Dette gjelder klagefristen. Det står at vedtaket kom fram til deg { $received }. Vedtaket oppgir fristen { $stated }. Regnet etter loven fra den dagen er fristen { $computed } (fvl. §§ 29–30). Brevet forklarer hvorfor klagen er sendt i tide.
explain-late-alternative = Hvis { $authority } mener at klagen kom for sent, ber brevet om at den likevel blir behandlet (fvl. § 31 første ledd): du kan ikke lastes (bokstav a), og det er særlige grunner, fordi fristen i vedtaket ikke var fristen i loven (bokstav b).
explain-late = Her står det at klagen kommer for sent: du fikk vedtaket { $received }, og fristen var { $deadline }. Brevet ber om at klagen likevel blir behandlet (fvl. § 31 første ledd), fordi du ikke kan lastes (bokstav a), og fordi det er særlige grunner (bokstav b).
explain-late-reason = Her står grunnene til at klagen kommer for sent, og hva som skjedde etter at hindringen var over (bokstav a). Så kommer dine egne ord.
explain-late-special = De særlige grunnene (bokstav b): vedtaket betyr mye for deg og familien din, og så vidt du vet skader en endring ingen andre. Brevet sier også at klagen er sendt innen ett år etter vedtaket (fvl. § 31).
explain-request = Hva du ber om: at { $authority } endrer vedtaket og sier ja til søknaden. Hvis { $authority } ikke endrer det, blir klagen sendt til { $appeal }, som avgjør den (fvl. § 33, utl. § 76).
explain-request-no-appeal = Hva du ber om: at { $authority } endrer vedtaket og sier ja til søknaden.
explain-request-omgjoring = Hva du ber om: at { $authority } omgjør vedtaket og sier ja til søknaden (fvl. § 35). Så forklarer brevet hva som er nytt i saken, eller hva som ikke er vurdert godt nok.
explain-request-utsatt = Hva du ber om: at vedtaket ikke blir satt i verk før klagen er avgjort, så du kan bli i Norge så lenge (utsatt iverksettelse; fvl. § 42, utl. § 90). Svaret skal komme snarest mulig, og et nei skal begrunnes.
explain-request-ettersending = Dokumentene som står i brevet, blir sendt med. Du ber om at de blir tatt med når klagen avgjøres (fvl. § 34).
explain-request-innsyn = Hva du ber om: å få se dokumentene i saken din (innsyn, fvl. § 18), som kopier sendt til adressen øverst i brevet.
explain-request-costs = Hva du ber om: å få dekket de vesentlige kostnadene som var nødvendige for å få endret vedtaket (fvl. § 36). Kostnadene står i en oppstilling som ligger ved.
explain-set-aside = Subsidiært (hvis det ikke blir endret) ber du om at vedtaket oppheves og at saken sendes tilbake til { $authority } for ny behandling (fvl. § 34 fjerde ledd).
explain-innsyn-request = Du ber også om å få se dokumentene i saken din (innsyn, fvl. § 18), som kopier sendt til adressen øverst i brevet.
explain-deferral = Du ber også om utsatt iverksettelse: at du kan bli i Norge mens saken behandles (fvl. § 42, utl. § 90). Svaret skal komme snarest mulig, og et nei skal begrunnes.
explain-more-documents = Du skriver at du vil sende flere dokumenter og en fyldigere begrunnelse, og ber om en frist for det. Etter UDIs praksis er den nye fristen to uker.
explain-more-documents-forelopig = Her står det at brevet er en foreløpig klage: du sender dokumenter og en fyldigere begrunnelse senere, og ber om en frist for det. Etter UDIs praksis er den nye fristen to uker.
explain-more-documents-omgjoring = Du skriver at du vil sende flere dokumenter, og ber { $authority } om å sette en frist for det.
explain-grounds = Begrunnelsen: hvorfor vedtaket bør endres. Brevet ber om at det som følger, blir tatt med.
explain-ground = Dine grunner om dette kravet: { $title }. Teksten er dine egne ord, ikke oversatt.
explain-ground-other = Andre grunner
explain-own-words = Dine egne ord, ikke oversatt: de står i brevet akkurat slik du skrev dem. Sjekk at de sier det du mener.
explain-attachments = Listen over vedlegg som sendes med brevet. Antall vedlegg: { $count }.
explain-signature = Slutten av brevet: en hilsen, sted og dato, og linjene for underskrift ({ $signatures }). Hver person som står under en linje, skriver under for hånd der: en klage skal være underskrevet (fvl. § 32).
explain-fullmakt = En egen side: fullmakten. Med den gir du { $rep } rett til å representere deg i saken din og i dette brevet.
explain-fullmakt-powers = Hva fullmakten gir rett til: den gjelder alle trinn i saken, og gir rett til å ta imot vedtak og andre dokumenter i saken for deg (fvl. § 12).
explain-fullmakt-sign = Du skriver under på fullmakten for hånd og skriver sted og dato. Send med en kopi av siden i passet med personopplysninger og underskrift.
explain-labels = En side med merkelapper, ikke en del av brevet: klipp dem ut og fest én på første side av hvert vedlegg. Sender du vedleggene digitalt, skriver du den samme teksten øverst på hvert dokument.
explain-unknown = Denne delen av brevet har ingen forklaring ennå. Be noen som leser norsk eller engelsk, om å lese den med deg.
explain-body-udi = UDI (Utlendingsdirektoratet)
explain-body-une = UNE (Utlendingsnemnda)
explain-not-the-klage = Denne forklaringen er for deg. Ikke send den: den er ikke en del av klagen.
explain-own-words-mark = dine egne ord, ikke oversatt
explain-cli-heading = Hva står i brevet mitt? ({ $kind })
explain-cli-letter-lang = Et brev kan ikke skrives på { $lang }: UDI og UNE tar bare imot en klage på norsk eller engelsk. Brevet skrives på nb (bokmål), nn (nynorsk) eller en (engelsk), slik saksfilen sier. For å lese på { $lang } hva brevet sier, skriv: klagehjelp explain SAK --lang { $code }

## Panelet på skjermen «Se over» (ui/js/review.js)
ui-explain-title = Hva står i brevet mitt?
ui-explain-intro = Brevet må være på norsk eller engelsk. Her er det del for del, ved siden av hva hver del sier og ber om, på ditt språk.
ui-explain-letter = I brevet
ui-explain-meaning = Hva det betyr
ui-explain-own = Dine egne ord, ikke oversatt
ui-explain-print = Skriv ut forklaringen
ui-explain-print-note = Forklaringen skrives ut fra dette vinduet på et eget ark, aldri i klagen. Den blir ikke laget som PDF, fordi PDF-oppsettet vårt ikke kan binde sammen bokstavene i arabisk skrift.
ui-explain-fallback = Ikke oversatt til ditt språk ennå: vist på engelsk.
