# Klagehjelp desktop app (ui-*). Same ids in nb, nn and en.

ui-lang-name-nb = Norsk bokmål
ui-lang-name-nn = Norsk nynorsk
ui-lang-name-en = English
ui-skip-to-content = Gå til innholdet
ui-ui-language = Språk i appen
ui-privacy-footer = Alt du skriver, blir lagret bare på denne datamaskinen.
ui-saving = Lagrer …
ui-saved = Lagret
ui-all-cases = Alle saker
ui-back = Tilbake
ui-next = Neste
ui-finish = Ferdig
ui-step-of = Steg { $n } av { $total }
ui-progress-label = Fremdrift
ui-progress-done = ferdig
ui-progress-current = du er her
ui-yes = Ja
ui-no = Nei
ui-cancel = Avbryt
ui-change = Endre
ui-go-to-field = Gå til feltet
ui-open = Åpne
ui-duplicate = Lag kopi
ui-delete = Slett
ui-export = Eksporter
ui-import = Importer en sak (.klage.json)
ui-save-title = Lagre som
ui-import-title = Velg en sak å importere

## Start screen
ui-start-title = Klagehjelp
ui-start-lead = Har du fått avslag på en søknad om familieinnvandring? Her skriver du en klage steg for steg, og får et brev som er klart til å signeres og sendes før fristen.
ui-new-case = Start en ny klage
ui-saved-cases = Lagrede saker
ui-no-cases = Du har ingen lagrede saker ennå.
ui-unnamed-case = (uten navn)
ui-col-name = Navn
ui-col-duf = DUF-nummer
ui-col-deadline = Klagefrist
ui-col-days-left = Dager igjen
ui-col-actions = Handlinger
ui-duplicated = Kopien er laget.
ui-deleted = Saken «{ $name }» er slettet.
ui-delete-title = Slette saken?
ui-delete-text = Saken «{ $name }» blir slettet fra denne datamaskinen. Dette kan ikke angres.
ui-exported-to = Saken er lagret i { $path }.
ui-imported = Saken er importert.
ui-stored-where = Hvor lagres sakene?
ui-stored-here = Sakene lagres automatisk i denne mappen på datamaskinen:
ui-reception-title = Du bruker en felles datamaskin
ui-reception-text = Sakene lagres på denne datamaskinen. Når brevet er skrevet ut eller sendt, sletter du saken med «Slett», så neste person ikke ser den.

## Steps
ui-step-language-title = Språk og rolle
ui-step-language-short = Språk
ui-step-language-lead = Velg hvilket språk brevet skal skrives på, og hvem som bruker appen. Det tar omtrent 20 minutter å skrive klagen.
ui-step-decision-title = Vedtaket
ui-step-decision-short = Vedtaket
ui-step-decision-lead = Ha avslagsbrevet foran deg. Opplysningene her står i brevet du fikk.
ui-step-deadline-title = Klagefristen
ui-step-deadline-short = Frist
ui-step-check-title = Sjekk av vilkårene
ui-step-check-short = Vilkår
ui-step-check-lead = Svar på spørsmålene, så viser vi hvilke vilkår som ser ut til å være oppfylt, og hvilke dokumenter som kan hjelpe.
ui-step-grounds-title = Begrunnelse
ui-step-grounds-short = Begrunnelse
ui-step-grounds-lead = Her skriver du hvorfor du mener vedtaket er feil. Vi har laget et forslag for hvert vilkår. Endre teksten så den passer din sak.
ui-step-attachments-title = Vedlegg
ui-step-attachments-short = Vedlegg
ui-step-attachments-lead = Dokumentene du legger ved, får nummer i denne rekkefølgen: Vedlegg 1, 2 og så videre. Under listen ser du dokumentene sjekken foreslår.
ui-step-representative-title = Fullmektig
ui-step-representative-short = Fullmektig
ui-step-representative-lead-applicant = Hvis noen hjelper deg og skal få brev fra UDI på dine vegne, er de fullmektigen din.
ui-step-representative-lead-helper = Du hjelper søkeren. Fyll inn opplysningene om deg selv. Vi lager en fullmakt som søkeren skal signere.
ui-step-representative-lead-reception = Søkeren kan ha en fullmektig, for eksempel en advokat eller en frivillig.
ui-step-review-title = Se over og skriv ut
ui-step-review-short = Se over
ui-step-review-lead = Her ser du alt du har svart. Du kan rette direkte her. Brevet nederst oppdateres mens du skriver.

## 1. Language and role
ui-languages = Språk
ui-ui-language-hint = Språket i appen velger du øverst til høyre. Du kan bytte når som helst.
ui-letter-language = Språk i klagebrevet
ui-letter-language-hint = UDI og UNE tar imot klager på norsk eller engelsk.
ui-letter-lang-nb = Norsk bokmål
ui-letter-lang-nn = Norsk nynorsk
ui-letter-lang-en = Engelsk
ui-role-legend = Hvem bruker appen?
ui-role-applicant = Jeg har fått avslaget selv
ui-role-applicant-hint = Du skriver klagen for deg selv.
ui-role-helper = Jeg hjelper noen
ui-role-helper-hint = For eksempel som frivillig i Jussbuss, familie eller venn. Du blir fullmektig.
ui-role-reception = Jeg sitter i en skranke
ui-role-reception-hint = For eksempel på en ambassade. Du hjelper søkeren å fylle ut, men søkeren signerer selv.

## 2. The decision
ui-applicant-legend = Søkeren (den som fikk avslag)
ui-applicant-hint-self = Opplysninger om deg.
ui-applicant-hint-other = Opplysninger om personen som fikk avslag.
ui-given-name = Fornavn
ui-family-name = Etternavn
ui-birth-date = Fødselsdato
ui-citizenship = Statsborgerskap
ui-address = Adresse
ui-address-hint = Gateadresse, postnummer og sted, og land hvis det ikke er Norge.
ui-phone = Telefon
ui-email = E-post
ui-date-hint = Skriv datoen som DD.MM.ÅÅÅÅ, for eksempel 09.11.2026.
ui-decision-legend = Vedtaket
ui-authority = Hvem traff vedtaket?
ui-authority-UDI = UDI
ui-authority-UNE = UNE
ui-authority-police = Politiet
ui-authority-embassy = En ambassade
ui-authority-une-note = Vedtak fra UNE er endelige. Du kan be UNE om å omgjøre vedtaket hvis du har nye opplysninger. Brevet blir da en anmodning om omgjøring.
ui-embassy = Hvilken ambassade eller hvilket konsulat?
ui-decision-date = Datoen på vedtaket
ui-decision-date-hint = Står øverst i brevet.
ui-decision-received = Datoen du fikk vedtaket
ui-decision-received-hint = Dagen brevet kom frem til deg eller fullmektigen din. Fristen regnes fra denne dagen.
ui-stated-deadline = Fristen som står i vedtaket (hvis det står en)
ui-stated-deadline-hint = La feltet stå tomt hvis vedtaket ikke nevner en dato.
ui-reference = Saksnummer (hvis det står et)
ui-reference-hint = Ikke påkrevd.
ui-duf = DUF-nummer
ui-duf-hint = 12 sifre, står øverst i vedtaket, for eksempel 2012 586975 61.
ui-duf-ok = Riktig format: { $duf }
ui-refusal-grounds-legend = Hvilke vilkår nevner vedtaket som grunn til avslaget?
ui-refusal-grounds-hint = Kryss av for alle som står i vedtaket. Er du usikker, kan du gå videre: sjekken senere viser mer.

## 3. Deadline
ui-deadline-label = Klagen må være sendt senest
ui-deadline-short-open = { $days ->
    [one] 1 dag igjen
   *[other] { $days } dager igjen
}
ui-deadline-short-last-day = I dag er siste dag
ui-deadline-short-passed = { $days ->
    [one] Fristen gikk ut for 1 dag siden
   *[other] Fristen gikk ut for { $days } dager siden
}
ui-deadline-stated-vs-computed = Vedtaket oppgir { $stated }. Etter loven er fristen { $computed }. Hold den tidligste datoen.
ui-deadline-advice-open-title = Du har god tid
ui-deadline-advice-open = Gå gjennom stegene i ro og mak. Send klagen i god tid før fristen.
ui-deadline-advice-close-title = Fristen nærmer seg
ui-deadline-advice-close = Send klagen så snart som mulig. Mangler du dokumenter, kan du sende en foreløpig klage nå og skrive at dokumentasjon kommer. UDI gir da som regel to uker ekstra (UDIs veiledning om klage).
ui-deadline-advice-last-day-title = I dag er siste dag
ui-deadline-advice-last-day = Send klagen i dag. Legger du den i posten, må den være levert til posten før fristen går ut (fvl. § 30). Laster du den opp, må den komme frem i dag. Mangler du dokumenter, send en foreløpig klage.
ui-deadline-advice-passed-title = Fristen har gått ut
ui-deadline-advice-passed = Du kan likevel klage. Forklar i brevet hvorfor klagen kommer for sent. UDI kan behandle klagen hvis du ikke kan lastes for forsinkelsen, eller hvis det er særlige grunner (fvl. § 31).
ui-deadline-one-year = En klage kan ikke behandles hvis det har gått mer enn ett år siden vedtaket ble truffet (fvl. § 31). Den grensen er { $date }.
ui-deadline-how-title = Slik er fristen regnet ut
ui-deadline-todo-title = Dette bør du gjøre
ui-add-to-calendar = Legg fristen i kalenderen (.ics)
ui-add-to-calendar-hint = Med påminnelse 7 og 2 dager før.
ui-ics-saved = Kalenderfilen er lagret: { $path }

## 4. Check
ui-check-screen-of = Del { $n } av { $total }
ui-check-new-questions = Svaret ditt ga flere spørsmål på denne siden. Svar på dem, eller trykk «Neste» igjen for å hoppe over dem.
ui-check-results-title = Resultat for hvert vilkår
ui-exceptions = Unntak
ui-documents = Dokumenter som kan hjelpe
ui-legal-source = Kilde: { $source }
ui-status-met = Oppfylt
ui-status-not-met = Ikke oppfylt
ui-status-not-applicable = Gjelder ikke
ui-status-needs-assessment = Må vurderes
ui-status-unknown = Uklart
ui-group-other = Andre spørsmål

## 5. Grounds
ui-grounds-none-failing = Sjekken fant ingen vilkår som ikke er oppfylt, og du har ikke krysset av for noen grunner i vedtaket. Skriv med egne ord hvorfor du mener vedtaket er feil.
ui-grounds-your-text = Din begrunnelse
ui-grounds-edit-hint = Forslaget er en start. Skriv hva som er riktig i din sak, og hva som er endret siden vedtaket.
ui-grounds-reset = Sett inn forslaget på nytt
ui-grounds-other = Andre grunner
ui-grounds-other-hint = Frivillig. For eksempel feil i saksbehandlingen, eller forhold UDI ikke har tatt med.
ui-deferred-legend = Få bli i Norge mens klagen behandles
ui-deferred-explain = Du kan be om å få bli i Norge til klagen er avgjort. Det kalles utsatt iverksettelse.
ui-deferred-label = Be om utsatt iverksettelse
ui-deferred-source = Forvaltningsloven § 42 og utlendingsloven § 90.
ui-deferred-abroad = Søkeren er ikke i Norge, så utsatt iverksettelse er ikke aktuelt (utlendingsloven § 90).
ui-deferred-unknown = Svar på spørsmålet om søkeren er i Norge i sjekken av vilkårene. Da ser du om du kan be om å få bli mens klagen behandles.
ui-provisional-legend = Mangler du dokumenter?
ui-provisional-explain = Send klagen innen fristen likevel, og skriv at dokumentasjon kommer. UDI gir da som regel en ny frist på to uker.
ui-provisional-label = Jeg sender flere dokumenter senere (foreløpig klage)
ui-provisional-source = UDIs veiledning «Hvordan klager jeg på et vedtak fra UDI?» og rundskriv RS 2010-161.

## 6. Attachments
ui-attachments-udi-fetches = UDI henter selv opplysninger om arbeidsforhold, NAV-ytelser, skatt, lønn og studielån. Legg ved det UDI ikke har: for eksempel en ny arbeidskontrakt, eller en forklaring (RS 2014-012).
ui-attachment-n = Vedlegg { $n }
ui-no-attachments = Ingen vedlegg ennå.
ui-add-attachment = Legg til et vedlegg
ui-move-up = Flytt opp
ui-move-down = Flytt ned
ui-remove = Fjern
ui-attachments-fullmakt-note = Fullmakten og kopi av søkerens pass legges også ved brevet.

## 7. Representative
ui-reception-not-fullmektig = Ansatte i utlendingsforvaltningen kan hjelpe søkeren å skrive klagen, men kan ikke være fullmektig i saken (forvaltningsloven § 12 andre ledd). Søkeren signerer klagen selv.
ui-rep-question = Har søkeren en fullmektig som skal få brev fra UDI i saken?
ui-rep-question-helper = Skal du være fullmektig for søkeren?
ui-rep-legend = Fullmektigen
ui-rep-name = Navn
ui-rep-organisation = Organisasjon
ui-rep-organisation-hint = For eksempel Jussbuss. La stå tomt hvis du hjelper som privatperson.
ui-rep-is-lawyer = Fullmektigen er advokat
ui-rep-is-lawyer-hint = En advokat trenger ikke skriftlig fullmakt (forvaltningsloven § 12 fjerde ledd).
ui-rep-none = Ingen fullmektig. Søkeren signerer selv.
ui-fullmakt-title = Fullmakt
ui-fullmakt-explain = Vi legger en fullmakt bak i brevet. Søkeren signerer den, og du legger ved en kopi av passets side med bilde og signatur. Fullmektigen må være over 18 år og kan ikke arbeide i utlendingsforvaltningen (forvaltningsloven § 12, UDI).

## 8. Review
ui-review-language = Språk
ui-review-answers = Svar i sjekken av vilkårene
ui-not-answered = Ikke besvart
ui-review-unused-title = Svar som ikke brukes i brevet
ui-review-unused-hint = Disse svarene gjelder ikke lenger etter det du har svart senere. De er tatt vare på, men kommer ikke med i brevet.
ui-signing = Underskrift
ui-signed-place = Sted for underskrift
ui-signed-place-hint = For eksempel Oslo.
ui-preview-title = Brevet
ui-preview-hint = Dette er den samme teksten som kommer i PDF-en.
ui-problems-title = Dette mangler før brevet kan lages
ui-export-pdf = Lag PDF
ui-exporting = Lager PDF …
ui-export-saved = PDF-en er lagret:
ui-open-pdf = Åpne PDF-en
ui-show-in-folder = Vis i mappen
ui-send-title = Slik signerer og sender du klagen
ui-send-sign = Skriv ut brevet og signer det. Klager uten underskrift blir avvist (UDI). Har du en fullmektig, signerer du også fullmakten.
ui-send-proof = Ta vare på en kopi og en kvittering for når du sendte klagen.

## Errors
ui-err-date-missing = Skriv inn datoen.
ui-err-date-invalid = «{ $value }» er ikke en gyldig dato. Skriv den som DD.MM.ÅÅÅÅ, for eksempel 09.11.2026.
ui-err-case-invalid = Saken kunne ikke leses: { $reason }
ui-err-case-not-found = Fant ikke saken.
ui-err-io-write = Kunne ikke lagre i { $path }: { $reason }. Sjekk at det er plass på disken og at du har tilgang til mappen.
ui-err-io-read = Kunne ikke lese { $path }: { $reason }.
ui-err-io-delete = Kunne ikke slette { $path }: { $reason }.
ui-err-open-failed = Kunne ikke åpne { $path }: { $reason }.
ui-err-pdf-failed = PDF-en kunne ikke lages: { $reason }
ui-rules-note = Sjekken bygger på reglene og beløpene slik de var per { $date }, og vurderer vilkårene per { $assessed }.
ui-err-facts-invalid = Et svar i sjekken kunne ikke leses: { $reason }
ui-grounds-insert = Sett inn forslaget
ui-warnings-title = Verdt å sjekke
ui-suggested-title = Dokumenter sjekken foreslår
ui-suggested-hint = Legg til det du har og som passer din sak. Teksten kommer i brevet slik den står, og du kan endre den i listen over.
ui-suggested-add = Legg til
ui-suggested-added = Lagt til

## Late klage (fvl. § 31)
ui-late-reason-label = Hvorfor kommer klagen for sent?
ui-late-reason-hint = Fristen har gått ut. Skriv kort hvorfor du ikke klaget i tide, og hvorfor du ikke kunne klage før nå. Dette kommer med i brevet. En klage som kommer for sent, kan likevel behandles hvis du ikke kan lastes for forsinkelsen, eller hvis det er særlige grunner til det. Den kan aldri behandles hvis det har gått mer enn ett år siden vedtaket ble truffet (forvaltningsloven § 31).
ui-police-district = Politidistriktet som traff vedtaket
ui-made-by = Hvem traff vedtaket, ifølge vedtaket selv?
ui-made-by-hint = Se på brevhodet og underskriften, setningen som sier hvem som avslo, og klageveiledningen: står det at UNE avgjør en klage, er vedtaket fra UDI.
ui-made-by-UDI = UDI (ambassaden eller politiet leverte det bare ut)
ui-made-by-embassy = Ambassaden eller konsulatet selv
ui-made-by-police = Politidistriktet selv
ui-made-by-unsure = Jeg er ikke sikker
ui-check-missing = Dette trenger vi å vite
ui-date-or-never-date = Ja, sist utbetalt denne datoen:
ui-never = Aldri
ui-check-sources = Kildene regelen bygger på ({ $n })

## Languages and legal terms (shown when the app is not in Norwegian)
ui-translation-unreviewed = Denne oversettelsen er ikke kontrollert av en oversetter.
ui-terms-title = Juridiske ord på norsk
ui-terms-hint = Disse ordene står på norsk i brevene fra UDI og i klagen din.
ui-term-klage = klage
    .explain = Et brev der du ber om at et vedtak blir endret.
ui-term-vedtak = vedtak
    .explain = Avgjørelsen i saken din, for eksempel et avslag på søknaden.
ui-term-referanseperson = referanseperson
    .explain = Personen i Norge som søkeren vil bo sammen med.
ui-term-utsatt-iverksettelse = utsatt iverksettelse
    .explain = Å få bli i Norge mens klagen blir behandlet.
ui-term-fullmakt = fullmakt
    .explain = Et papir der søkeren gir en annen person rett til å handle i saken.
ui-term-duf-nummer = DUF-nummer
    .explain = Saksnummeret ditt hos UDI, med 12 sifre.
