# Klagehjelp desktop app (ui-*). Same ids in nb, nn and en.

ui-lang-name-nb = Norsk bokmål
ui-lang-name-nn = Norsk nynorsk
ui-lang-name-en = English
ui-skip-to-content = Gå til innhaldet
ui-ui-language = Språk i appen
ui-privacy-footer = Alt du skriv, blir lagra berre på denne datamaskina.
ui-saving = Lagrar …
ui-saved = Lagra
ui-all-cases = Alle saker
ui-back = Tilbake
ui-next = Neste
ui-finish = Ferdig
ui-step-of = Steg { $n } av { $total }
ui-progress-label = Framdrift
ui-progress-done = ferdig
ui-progress-current = du er her
ui-yes = Ja
ui-no = Nei
ui-cancel = Avbryt
ui-change = Endre
ui-go-to-field = Gå til feltet
ui-open = Opne
ui-duplicate = Lag kopi
ui-delete = Slett
ui-export = Eksporter
ui-import = Importer ei sak (.klage.json)
ui-save-title = Lagre som
ui-import-title = Vel ei sak å importere

## Start screen
ui-start-title = Klagehjelp
ui-start-lead = Har du fått avslag på ein søknad om familieinnvandring? Her skriv du ei klage steg for steg, og får eit brev som er klart til å signerast og sendast før fristen.
ui-new-case = Start ei ny klage
ui-saved-cases = Lagra saker
ui-no-cases = Du har ingen lagra saker enno.
ui-unnamed-case = (utan namn)
ui-col-name = Namn
ui-col-duf = DUF-nummer
ui-col-deadline = Klagefrist
ui-col-days-left = Dagar att
ui-col-actions = Handlingar
ui-duplicated = Kopien er laga.
ui-deleted = Saka «{ $name }» er sletta.
ui-delete-title = Slette saka?
ui-delete-text = Saka «{ $name }» blir sletta frå denne datamaskina. Dette kan ikkje angrast.
ui-exported-to = Saka er lagra i { $path }.
ui-imported = Saka er importert.
ui-stored-where = Kvar blir sakene lagra?
ui-stored-here = Sakene blir lagra automatisk i denne mappa på datamaskina:
ui-reception-title = Du brukar ei felles datamaskin
ui-reception-text = Sakene blir lagra på denne datamaskina. Når brevet er skrive ut eller sendt, slettar du saka med «Slett», så den neste ikkje ser ho.

## Steps
ui-step-language-title = Språk og rolle
ui-step-language-short = Språk
ui-step-language-lead = Vel kva språk brevet skal skrivast på, og kven som brukar appen. Det tek om lag 20 minutt å skrive klaga.
ui-step-decision-title = Vedtaket
ui-step-decision-short = Vedtaket
ui-step-decision-lead = Ha avslagsbrevet framfor deg. Opplysningane her står i brevet du fekk.
ui-step-deadline-title = Klagefristen
ui-step-deadline-short = Frist
ui-step-check-title = Sjekk av vilkåra
ui-step-check-short = Vilkår
ui-step-check-lead = Svar på spørsmåla, så viser vi kva vilkår som ser ut til å vere oppfylte, og kva dokument som kan hjelpe.
ui-step-grounds-title = Grunngiving
ui-step-grounds-short = Grunngiving
ui-step-grounds-lead = Her skriv du kvifor du meiner vedtaket er feil. Vi har laga eit framlegg for kvart vilkår. Endre teksten så han passar saka di.
ui-step-attachments-title = Vedlegg
ui-step-attachments-short = Vedlegg
ui-step-attachments-lead = Dokumenta du legg ved, får nummer i denne rekkjefølgja: Vedlegg 1, 2 og så vidare. Under lista ser du dokumenta sjekken føreslår.
ui-step-representative-title = Fullmektig
ui-step-representative-short = Fullmektig
ui-step-representative-lead-applicant = Viss nokon hjelper deg og skal få brev frå UDI på vegner av deg, er dei fullmektigen din.
ui-step-representative-lead-helper = Du hjelper søkjaren. Fyll inn opplysningane om deg sjølv. Vi lagar ei fullmakt som søkjaren skal signere.
ui-step-representative-lead-reception = Søkjaren kan ha ein fullmektig, til dømes ein advokat eller ein frivillig.
ui-step-review-title = Sjå over og skriv ut
ui-step-review-short = Sjå over
ui-step-review-lead = Her ser du alt du har svart. Du kan rette direkte her. Brevet nedst blir oppdatert medan du skriv.

## 1. Language and role
ui-languages = Språk
ui-ui-language-hint = Språket i appen vel du øvst til høgre. Du kan byte når som helst.
ui-letter-language = Språk i klagebrevet
ui-letter-language-hint = UDI og UNE tek imot klager på norsk eller engelsk.
ui-letter-lang-nb = Norsk bokmål
ui-letter-lang-nn = Norsk nynorsk
ui-letter-lang-en = Engelsk
ui-role-legend = Kven brukar appen?
ui-role-applicant = Eg har fått avslaget sjølv
ui-role-applicant-hint = Du skriv klaga for deg sjølv.
ui-role-helper = Eg hjelper nokon
ui-role-helper-hint = Til dømes som frivillig i Jussbuss, familie eller ven. Du blir fullmektig.
ui-role-reception = Eg sit i ein skranke
ui-role-reception-hint = Til dømes på ein ambassade. Du hjelper søkjaren å fylle ut, men søkjaren signerer sjølv.

## 2. The decision
ui-applicant-legend = Søkjaren (den som fekk avslag)
ui-applicant-hint-self = Opplysningar om deg.
ui-applicant-hint-other = Opplysningar om personen som fekk avslag.
ui-given-name = Førenamn
ui-family-name = Etternamn
ui-birth-date = Fødselsdato
ui-citizenship = Statsborgarskap
ui-address = Adresse
ui-address-hint = Gateadresse, postnummer og stad, og land viss det ikkje er Noreg.
ui-phone = Telefon
ui-email = E-post
ui-date-hint = Skriv datoen som DD.MM.ÅÅÅÅ, til dømes 09.11.2026.
ui-decision-legend = Vedtaket
ui-authority = Kven gjorde vedtaket?
ui-authority-UDI = UDI
ui-authority-UNE = UNE
ui-authority-police = Politiet
ui-authority-embassy = Ein ambassade
ui-authority-une-note = Vedtak frå UNE er endelege. Du kan be UNE om å gjere om vedtaket viss du har nye opplysningar. Brevet blir då ei oppmoding om omgjering.
ui-embassy = Kva ambassade eller konsulat?
ui-decision-date = Datoen på vedtaket
ui-decision-date-hint = Står øvst i brevet.
ui-decision-received = Datoen du fekk vedtaket
ui-decision-received-hint = Dagen brevet kom fram til deg eller fullmektigen din. Fristen blir rekna frå denne dagen.
ui-stated-deadline = Fristen som står i vedtaket (viss det står ein)
ui-stated-deadline-hint = La feltet stå tomt viss vedtaket ikkje nemner ein dato.
ui-reference = Saksnummer (viss det står eit)
ui-reference-hint = Ikkje påkravd.
ui-duf = DUF-nummer
ui-duf-hint = 12 siffer, står øvst i vedtaket, til dømes 2012 586975 61.
ui-duf-ok = Rett format: { $duf }
ui-refusal-grounds-legend = Kva vilkår nemner vedtaket som grunn til avslaget?
ui-refusal-grounds-hint = Kryss av for alle som står i vedtaket. Er du usikker, kan du gå vidare: sjekken seinare viser meir.

## 3. Deadline
ui-deadline-label = Klaga må vere send seinast
ui-deadline-short-open = { $days ->
    [one] 1 dag att
   *[other] { $days } dagar att
}
ui-deadline-short-last-day = I dag er siste dag
ui-deadline-short-passed = { $days ->
    [one] Fristen gjekk ut for 1 dag sidan
   *[other] Fristen gjekk ut for { $days } dagar sidan
}
ui-deadline-stated-vs-computed = Vedtaket oppgir { $stated }. Etter lova er fristen { $computed }. Hald den tidlegaste datoen.
ui-deadline-advice-open-title = Du har god tid
ui-deadline-advice-open = Gå gjennom stega i ro og mak. Send klaga i god tid før fristen.
ui-deadline-advice-close-title = Fristen nærmar seg
ui-deadline-advice-close = Send klaga så snart som mogleg. Manglar du dokument, kan du sende ei førebels klage no og skrive at dokumentasjon kjem. UDI gir då som regel to veker ekstra (UDI si rettleiing om klage).
ui-deadline-advice-last-day-title = I dag er siste dag
ui-deadline-advice-last-day = Send klaga i dag. Legg du ho i posten, må ho vere levert til posten før fristen går ut (fvl. § 30). Lastar du ho opp, må ho kome fram i dag. Manglar du dokument, send ei førebels klage.
ui-deadline-advice-passed-title = Fristen har gått ut
ui-deadline-advice-passed = Du kan likevel klage. Forklar i brevet kvifor klaga kjem for seint. UDI kan handsame klaga viss du ikkje kan lastast for at ho kjem seint, eller viss det er særlege grunnar (fvl. § 31).
ui-deadline-one-year = Ei klage kan ikkje handsamast viss det har gått meir enn eitt år sidan vedtaket vart gjort (fvl. § 31). Den grensa er { $date }.
ui-deadline-how-title = Slik er fristen rekna ut
ui-deadline-todo-title = Dette bør du gjere
ui-add-to-calendar = Legg fristen i kalenderen (.ics)
ui-add-to-calendar-hint = Med påminning 7 og 2 dagar før.
ui-ics-saved = Kalenderfila er lagra: { $path }

## 4. Check
ui-check-screen-of = Del { $n } av { $total }
ui-check-new-questions = Svaret ditt gav fleire spørsmål på denne sida. Svar på dei, eller trykk «Neste» igjen for å hoppe over dei.
ui-check-results-title = Resultat for kvart vilkår
ui-exceptions = Unntak
ui-documents = Dokument som kan hjelpe
ui-legal-source = Kjelde: { $source }
ui-status-met = Oppfylt
ui-status-not-met = Ikkje oppfylt
ui-status-not-applicable = Gjeld ikkje
ui-status-needs-assessment = Må vurderast
ui-status-unknown = Uklart
ui-group-other = Andre spørsmål

## 5. Grounds
ui-grounds-none-failing = Sjekken fann ingen vilkår som ikkje er oppfylte, og du har ikkje kryssa av for nokon grunnar i vedtaket. Skriv med eigne ord kvifor du meiner vedtaket er feil.
ui-grounds-your-text = Grunngivinga di
ui-grounds-edit-hint = Framlegget er ein start. Skriv kva som er rett i saka di, og kva som har endra seg sidan vedtaket.
ui-grounds-reset = Set inn framlegget på nytt
ui-grounds-other = Andre grunnar
ui-grounds-other-hint = Frivillig. Til dømes feil i sakshandsaminga, eller forhold UDI ikkje har teke med.
ui-deferred-legend = Få bli i Noreg medan klaga blir handsama
ui-deferred-explain = Du kan be om å få bli i Noreg til klaga er avgjord. Det blir kalla utsett iverksetjing.
ui-deferred-label = Be om utsett iverksetjing
ui-deferred-source = Forvaltningslova § 42 og utlendingslova § 90.
ui-deferred-abroad = Søkjaren er ikkje i Noreg, så utsett iverksetjing er ikkje aktuelt (utlendingslova § 90).
ui-deferred-unknown = Svar på spørsmålet om søkjaren er i Noreg i sjekken av vilkåra. Då ser du om du kan be om å få bli medan klaga blir handsama.
ui-provisional-legend = Manglar du dokument?
ui-provisional-explain = Send klaga innan fristen likevel, og skriv at dokumentasjon kjem. UDI gir då som regel ein ny frist på to veker.
ui-provisional-label = Eg sender fleire dokument seinare (førebels klage)
ui-provisional-source = UDI si rettleiing «Korleis klagar eg på eit vedtak frå UDI?» og rundskriv RS 2010-161.

## 6. Attachments
ui-attachments-udi-fetches = UDI hentar sjølv opplysningar om arbeidsforhold, NAV-ytingar, skatt, løn og studielån. Legg ved det UDI ikkje har: til dømes ein ny arbeidskontrakt, eller ei forklaring (RS 2014-012).
ui-attachment-n = Vedlegg { $n }
ui-no-attachments = Ingen vedlegg enno.
ui-add-attachment = Legg til eit vedlegg
ui-move-up = Flytt opp
ui-move-down = Flytt ned
ui-remove = Fjern
ui-attachments-fullmakt-note = Fullmakta og kopi av passet til søkjaren blir òg lagde ved brevet.

## 7. Representative
ui-reception-not-fullmektig = Tilsette i utlendingsforvaltninga kan hjelpe søkjaren å skrive klaga, men kan ikkje vere fullmektig i saka (forvaltningslova § 12 andre ledd). Søkjaren signerer klaga sjølv.
ui-rep-question = Har søkjaren ein fullmektig som skal få brev frå UDI i saka?
ui-rep-question-helper = Skal du vere fullmektig for søkjaren?
ui-rep-legend = Fullmektigen
ui-rep-name = Namn
ui-rep-organisation = Organisasjon
ui-rep-organisation-hint = Til dømes Jussbuss. La stå tomt viss du hjelper som privatperson.
ui-rep-is-lawyer = Fullmektigen er advokat
ui-rep-is-lawyer-hint = Ein advokat treng ikkje skriftleg fullmakt (forvaltningslova § 12 fjerde ledd).
ui-rep-none = Ingen fullmektig. Søkjaren signerer sjølv.
ui-fullmakt-title = Fullmakt
ui-fullmakt-explain = Vi legg ei fullmakt bak i brevet. Søkjaren signerer ho, og du legg ved ein kopi av passsida med bilete og signatur. Fullmektigen må vere over 18 år og kan ikkje arbeide i utlendingsforvaltninga (forvaltningslova § 12, UDI).

## 8. Review
ui-review-language = Språk
ui-review-answers = Svar i sjekken av vilkåra
ui-not-answered = Ikkje svart
ui-review-unused-title = Svar som ikkje blir brukte i brevet
ui-review-unused-hint = Desse svara gjeld ikkje lenger etter det du har svart seinare. Dei er tekne vare på, men kjem ikkje med i brevet.
ui-signing = Underskrift
ui-signed-place = Stad for underskrift
ui-signed-place-hint = Til dømes Oslo.
ui-preview-title = Brevet
ui-preview-hint = Dette er den same teksten som kjem i PDF-en.
ui-problems-title = Dette manglar før brevet kan lagast
ui-export-pdf = Lag PDF
ui-exporting = Lagar PDF …
ui-export-saved = PDF-en er lagra:
ui-open-pdf = Opne PDF-en
ui-show-in-folder = Vis i mappa
ui-send-title = Slik signerer og sender du klaga
ui-send-sign = Skriv ut brevet og signer det. Klager utan underskrift blir avviste (UDI). Har du ein fullmektig, signerer du òg fullmakta.
ui-send-proof = Ta vare på ein kopi og ei kvittering for når du sende klaga.

## Errors
ui-err-date-missing = Skriv inn datoen.
ui-err-date-invalid = «{ $value }» er ikkje ein gyldig dato. Skriv han som DD.MM.ÅÅÅÅ, til dømes 09.11.2026.
ui-err-case-invalid = Saka kunne ikkje lesast: { $reason }
ui-err-case-not-found = Fann ikkje saka.
ui-err-io-write = Kunne ikkje lagre i { $path }: { $reason }. Sjekk at det er plass på disken og at du har tilgang til mappa.
ui-err-io-read = Kunne ikkje lese { $path }: { $reason }.
ui-err-io-delete = Kunne ikkje slette { $path }: { $reason }.
ui-err-open-failed = Kunne ikkje opne { $path }: { $reason }.
ui-err-pdf-failed = PDF-en kunne ikkje lagast: { $reason }
ui-rules-note = Sjekken byggjer på reglane og beløpa slik dei var per { $date }, og vurderer vilkåra per { $assessed }.
ui-err-facts-invalid = Eit svar i sjekken kunne ikkje lesast: { $reason }
ui-grounds-insert = Set inn framlegget
ui-warnings-title = Verdt å sjekke
ui-suggested-title = Dokument sjekken føreslår
ui-suggested-hint = Legg til det du har og som passar saka di. Teksten kjem i brevet slik han står, og du kan endre han i lista over.
ui-suggested-add = Legg til
ui-suggested-added = Lagt til

## Late klage (fvl. § 31)
ui-late-reason-label = Kvifor kjem klaga for seint?
ui-late-reason-hint = Fristen har gått ut. Skriv kort kvifor du ikkje klaga i tide, og kvifor du ikkje kunne klage før no. Dette kjem med i brevet. Ei klage som kjem for seint, kan likevel bli handsama dersom du ikkje kan lastast for forseinkinga, eller dersom det er særlege grunnar til det. Ho kan aldri bli handsama dersom det har gått meir enn eitt år sidan vedtaket vart gjort (forvaltningslova § 31).
ui-police-district = Politidistriktet som gjorde vedtaket
ui-made-by = Kven gjorde vedtaket, ifølgje vedtaket sjølv?
ui-made-by-hint = Sjå på brevhovudet og underskrifta, setninga som seier kven som avslo, og klagerettleiinga: står det at UNE avgjer ei klage, er vedtaket frå UDI.
ui-made-by-UDI = UDI (ambassaden eller politiet leverte det berre ut)
ui-made-by-embassy = Ambassaden eller konsulatet sjølv
ui-made-by-police = Politidistriktet sjølv
ui-made-by-unsure = Eg er ikkje sikker
ui-check-missing = Dette treng vi å vite
ui-date-or-never-date = Ja, sist utbetalt denne datoen:
ui-never = Aldri
ui-check-sources = Kjeldene regelen byggjer på ({ $n })

## Languages and legal terms (shown when the app is not in Norwegian)
ui-translation-unreviewed = Denne omsetjinga er ikkje kontrollert av ein omsetjar.
ui-terms-title = Juridiske ord på norsk
ui-terms-hint = Desse orda står på norsk i breva frå UDI og i klaga di.
ui-term-klage = klage
    .explain = Eit brev der du ber om at eit vedtak blir endra.
ui-term-vedtak = vedtak
    .explain = Avgjerda i saka di, til dømes eit avslag på søknaden.
ui-term-referanseperson = referanseperson
    .explain = Personen i Noreg som søkjaren vil bu saman med.
ui-term-utsatt-iverksettelse = utsett iverksetjing (utsatt iverksettelse)
    .explain = Å få bli i Noreg medan klaga blir behandla.
ui-term-fullmakt = fullmakt
    .explain = Eit papir der søkjaren gir ein annan person rett til å handle i saka.
ui-term-duf-nummer = DUF-nummer
    .explain = Saksnummeret ditt hos UDI, med 12 siffer.
