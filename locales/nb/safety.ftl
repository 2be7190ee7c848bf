# Filer, personvern og feil i inndata (sak 12): feil og merknader fra skrivebordsappen og kjernen.

ui-err-open-unknown = Denne filen ble ikke eksportert i denne økten, så Klagehjelp åpner den ikke. Eksporter den på nytt og bruk knappene som kommer fram.

file-error-encoding = Filen er ikke lagret som UTF-8- eller UTF-16-tekst, så Klagehjelp kan ikke lese den uten fare for feil bokstaver i navn (den første uleselige byten står på plass { $offset }). Åpne den i et tekstprogram og lagre den på nytt med tegnkodingen «UTF-8».
file-error-utf16 = Filen sier at den er UTF-16-tekst, men den er skadet. Åpne den i et tekstprogram og lagre den på nytt med tegnkodingen «UTF-8».
file-error-too-big = Filen er på { $size } kB; en saksfil kan være på høyst { $limit } kB. Sjekk at du valgte riktig fil.

## Et felt i en saksfil som ikke kan leses: hvor, med ord, og hva som er galt.
case-error-field = Saksfilen kan ikke leses: feltet «{ $field }» (linje { $line }, { $path }) { $problem } Rett filen, eller be den som sendte den, om en ny kopi.
case-field-problem-kind = inneholder { $found }, men skal inneholde { $expected }.
case-field-problem-kind-only = inneholder { $found }, og det er ikke tillatt her.
case-field-problem-not-allowed = inneholder «{ $found }», som ikke er en av de tillatte verdiene ({ $allowed }).
case-field-problem-missing = mangler.
case-field-problem-invalid = inneholder en verdi som ikke er gyldig.
case-kind-text = tekst
case-kind-number = et tall
case-kind-yes-no = ja eller nei (true eller false)
case-kind-list = en liste
case-kind-group = en gruppe felt
case-kind-empty = ingenting (null)
case-kind-unknown = en verdi av en annen type
case-field-format = Filformat
case-field-letter-language = Språket i brevet
case-field-applicant = Søkeren
case-field-applicant-given-name = Fornavn
case-field-applicant-family-name = Etternavn
case-field-applicant-birth-date = Fødselsdato
case-field-applicant-citizenship = Statsborgerskap
case-field-applicant-address = Adresse
case-field-applicant-phone = Telefon
case-field-applicant-email = E-post
case-field-duf = DUF-nummer
case-field-decision = Vedtaket
case-field-decision-authority = Hvem som fattet vedtaket
case-field-decision-embassy = Ambassade eller konsulat
case-field-decision-police-district = Politidistrikt
case-field-decision-date = Vedtaksdato
case-field-decision-received = Datoen du fikk vedtaket
case-field-decision-stated-deadline = Fristen som står i vedtaket
case-field-decision-reference = Saksnummer
case-field-decision-refusal-grounds = Grunnene vedtaket gir
case-field-facts = Svarene i sjekken av kravene
case-field-facts-answer = Svaret «{ $name }» i sjekken av kravene
case-field-grounds = Begrunnelse
case-field-grounds-requirement = Begrunnelse { $n }: krav
case-field-grounds-text = Begrunnelse { $n }: teksten din
case-field-request-deferred-implementation = Be om utsatt iverksetting
case-field-will-send-more-documents = Jeg sender flere dokumenter senere
case-field-attachments = Vedlegg
case-field-attachments-title = Vedlegg { $n }
case-field-representative = Fullmektig
case-field-representative-name = Fullmektigens navn
case-field-representative-organisation = Fullmektigens organisasjon
case-field-representative-address = Fullmektigens adresse
case-field-representative-phone = Fullmektigens telefon
case-field-representative-email = Fullmektigens e-post
case-field-representative-is-lawyer = Fullmektigen er advokat
case-field-signed-place = Sted for underskrift
case-field-late-reason = Hvorfor klagen kommer for sent

ui-err-text-too-long = «{ $field }» har { $chars } tegn; ett felt kan ha høyst { $limit }. Gjør teksten kortere, eller legg den lange teksten i et vedlegg. Endringen ble ikke lagret.
ui-err-case-unreadable = Saksfilen kan ikke leses: { $reason }.

ui-restore-backup = Hent fram forrige versjon
ui-restore-backup-title = Hente fram forrige versjon?
ui-restore-backup-text = Den skadde filen { $name } blir erstattet med versjonen som ble lagret før siste endring. Det som ble endret sist, kan gå tapt.
ui-restored-backup = Forrige versjon av { $name } er hentet fram.

## Datoer som ikke kan stemme (en skrivefeil i året).
ui-err-date-too-early = { $value } er før 1900. Sjekk året: det kan ha en skrivefeil.
ui-err-date-too-late = { $value } er mer enn ett år fram i tid (etter { $limit }). Sjekk året: det kan ha en skrivefeil.
case-date-too-early = { $value } er før 1900. Sjekk året: det kan ha en skrivefeil.
case-date-too-late = { $value } er mer enn ett år fram i tid (etter { $limit }). Sjekk året: det kan ha en skrivefeil.

deadline-stated-implausible = Fristen du skrev inn fra vedtaket ({ $stated }), er mer enn to måneder etter at du fikk det. En klagefrist er 3 uker (fvl. § 29), så dette er trolig en skrivefeil: sjekk datoen i vedtaket. Til du retter den, bruker Klagehjelp fristen etter loven, { $computed }.
case-decision-stated-implausible = Fristen som er skrevet inn fra vedtaket, er mer enn to måneder etter at du fikk det, og er trolig en skrivefeil. Sjekk datoen i vedtaket. Brevet bruker fristen etter loven.

## Hva som er galt der en saksfil ikke er gyldig JSON.
case-syntax-cut-off = filen slutter for tidlig; den kan ha blitt kuttet da den ble kopiert
case-syntax-trailing-comma = det står et komma for mye foran en sluttparentes
case-syntax-key = et feltnavn står ikke i doble anførselstegn
case-syntax-control = en tekst har et linjeskift eller en tabulator som ikke er skrevet som \n eller \t
case-syntax-escape = en tekst har en skråstrek (\) som ikke følges av en gyldig kode
case-syntax-number = et tall er ikke skrevet riktig
case-syntax-nested = filen har for mange nivåer til å være en saksfil
case-syntax-trailing = det står mer tekst etter slutten av saken
case-syntax-other = en verdi mangler eller er ikke skrevet riktig her

## Resepsjonsmodus (en delt datamaskin i en resepsjon).
ui-reception-mode-title = Resepsjonsmodus: ingenting blir lagret på denne datamaskinen
ui-reception-mode-text = Saken du skriver her, finnes bare mens Klagehjelp er åpen. Den blir ikke lagret på denne datamaskinen, og filnavn har verken navn eller DUF-nummer.
ui-reception-mode-kept = Det som blir igjen: bare filene du lagrer selv (brevet som PDF, kalenderfilen, en eksportert saksfil). Når du er ferdig, trykker du «Avslutt og tøm»: saken blir fjernet, og du får tilbud om å slette filene du lagret.
ui-reception-mode-stored = I resepsjonsmodus finnes sakene bare i minnet, og de er borte når økten er avsluttet eller Klagehjelp lukkes.
ui-reception-mode-setting = Bruk resepsjonsmodus på denne datamaskinen
ui-reception-mode-setting-hint = For en datamaskin som mange bruker. Gjelder fra neste gang Klagehjelp starter. Klagehjelp kan også startes med valget --reception.
ui-reception-mode-on = Resepsjonsmodus er valgt for denne datamaskinen. Den gjelder fra neste gang Klagehjelp starter.
ui-reception-mode-off = Resepsjonsmodus er slått av for denne datamaskinen fra neste start. Saker blir da lagret på denne datamaskinen.
ui-finish-session = Avslutt og tøm
ui-finish-session-title = Avslutte og tømme?
ui-finish-session-text = Alle sakene i denne økten blir fjernet fra Klagehjelp. Filer du har lagret selv, blir ikke rørt, med mindre du velger å slette dem etterpå.
ui-session-finished = Økten er avsluttet. Ingenting av den er igjen i Klagehjelp.
ui-delete-files = Slett filene
ui-delete-files-title = Slette filene du lagret?
ui-delete-files-text = Disse filene ble lagret i denne økten ({ $count }). Vil du slette dem fra denne datamaskinen?
    { $files }
ui-deleted-files = Filer slettet: { $count }.
