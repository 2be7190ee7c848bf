# Filer, personvern og feil i inndata (sak 12): feil og merknader frå skrivebordsappen og kjernen.

ui-err-open-unknown = Denne fila vart ikkje eksportert i denne økta, så Klagehjelp opnar henne ikkje. Eksporter henne på nytt og bruk knappane som kjem fram.

file-error-encoding = Fila er ikkje lagra som UTF-8- eller UTF-16-tekst, så Klagehjelp kan ikkje lese henne utan fare for feil bokstavar i namn (den første ulesbare byten står på plass { $offset }). Opne henne i eit tekstprogram og lagre henne på nytt med teiknkodinga «UTF-8».
file-error-utf16 = Fila seier at ho er UTF-16-tekst, men ho er skadd. Opne henne i eit tekstprogram og lagre henne på nytt med teiknkodinga «UTF-8».
file-error-too-big = Fila er på { $size } kB; ei saksfil kan vere på høgst { $limit } kB. Sjekk at du valde rett fil.

## Eit felt i ei saksfil som ikkje kan lesast: kvar, med ord, og kva som er gale.
case-error-field = Saksfila kan ikkje lesast: feltet «{ $field }» (linje { $line }, { $path }) { $problem } Rett fila, eller be den som sende henne, om ein ny kopi.
case-field-problem-kind = inneheld { $found }, men skal innehalde { $expected }.
case-field-problem-kind-only = inneheld { $found }, og det er ikkje tillate her.
case-field-problem-not-allowed = inneheld «{ $found }», som ikkje er ein av dei tillatne verdiane ({ $allowed }).
case-field-problem-missing = manglar.
case-field-problem-invalid = inneheld ein verdi som ikkje er gyldig.
case-kind-text = tekst
case-kind-number = eit tal
case-kind-yes-no = ja eller nei (true eller false)
case-kind-list = ei liste
case-kind-group = ei gruppe felt
case-kind-empty = ingenting (null)
case-kind-unknown = ein verdi av ein annan type
case-field-format = Filformat
case-field-letter-language = Språket i brevet
case-field-applicant = Søkjaren
case-field-applicant-given-name = Førenamn
case-field-applicant-family-name = Etternamn
case-field-applicant-birth-date = Fødselsdato
case-field-applicant-citizenship = Statsborgarskap
case-field-applicant-address = Adresse
case-field-applicant-phone = Telefon
case-field-applicant-email = E-post
case-field-duf = DUF-nummer
case-field-decision = Vedtaket
case-field-decision-authority = Kven som gjorde vedtaket
case-field-decision-embassy = Ambassade eller konsulat
case-field-decision-police-district = Politidistrikt
case-field-decision-date = Vedtaksdato
case-field-decision-received = Datoen du fekk vedtaket
case-field-decision-stated-deadline = Fristen som står i vedtaket
case-field-decision-reference = Saksnummer
case-field-decision-refusal-grounds = Grunnane vedtaket gir
case-field-facts = Svara i sjekken av krava
case-field-facts-answer = Svaret «{ $name }» i sjekken av krava
case-field-grounds = Grunngiving
case-field-grounds-requirement = Grunngiving { $n }: krav
case-field-grounds-text = Grunngiving { $n }: teksten din
case-field-request-deferred-implementation = Be om utsett iverksetjing
case-field-will-send-more-documents = Eg sender fleire dokument seinare
case-field-attachments = Vedlegg
case-field-attachments-title = Vedlegg { $n }
case-field-representative = Fullmektig
case-field-representative-name = Namnet til fullmektigen
case-field-representative-organisation = Organisasjonen til fullmektigen
case-field-representative-address = Adressa til fullmektigen
case-field-representative-phone = Telefonen til fullmektigen
case-field-representative-email = E-posten til fullmektigen
case-field-representative-is-lawyer = Fullmektigen er advokat
case-field-signed-place = Stad for underskrift
case-field-late-reason = Kvifor klaga kjem for seint

ui-err-text-too-long = «{ $field }» har { $chars } teikn; eitt felt kan ha høgst { $limit }. Gjer teksten kortare, eller legg den lange teksten i eit vedlegg. Endringa vart ikkje lagra.
ui-err-case-unreadable = Saksfila kan ikkje lesast: { $reason }.

ui-restore-backup = Hent fram førre versjon
ui-restore-backup-title = Hente fram førre versjon?
ui-restore-backup-text = Den skadde fila { $name } blir erstatta med versjonen som vart lagra før siste endring. Det som vart endra sist, kan gå tapt.
ui-restored-backup = Førre versjon av { $name } er henta fram.

## Datoar som ikkje kan stemme (ein skrivefeil i året).
ui-err-date-too-early = { $value } er før 1900. Sjekk året: det kan ha ein skrivefeil.
ui-err-date-too-late = { $value } er meir enn eitt år fram i tid (etter { $limit }). Sjekk året: det kan ha ein skrivefeil.
case-date-too-early = { $value } er før 1900. Sjekk året: det kan ha ein skrivefeil.
case-date-too-late = { $value } er meir enn eitt år fram i tid (etter { $limit }). Sjekk året: det kan ha ein skrivefeil.

deadline-stated-implausible = Fristen du skreiv inn frå vedtaket ({ $stated }), er meir enn to månader etter at du fekk det. Ein klagefrist er 3 veker (fvl. § 29), så dette er truleg ein skrivefeil: sjekk datoen i vedtaket. Til du rettar han, bruker Klagehjelp fristen etter lova, { $computed }.
case-decision-stated-implausible = Fristen som er skriven inn frå vedtaket, er meir enn to månader etter at du fekk det, og er truleg ein skrivefeil. Sjekk datoen i vedtaket. Brevet bruker fristen etter lova.

## Kva som er gale der ei saksfil ikkje er gyldig JSON.
case-syntax-cut-off = fila sluttar for tidleg; ho kan ha vorte kutta då ho vart kopiert
case-syntax-trailing-comma = det står eit komma for mykje framfor ein sluttparentes
case-syntax-key = eit feltnamn står ikkje i doble hermeteikn
case-syntax-control = ein tekst har eit linjeskift eller ein tabulator som ikkje er skriven som \n eller \t
case-syntax-escape = ein tekst har ein skråstrek (\) som ikkje vert følgd av ein gyldig kode
case-syntax-number = eit tal er ikkje skrive rett
case-syntax-nested = fila har for mange nivå til å vere ei saksfil
case-syntax-trailing = det står meir tekst etter slutten av saka
case-syntax-other = ein verdi manglar eller er ikkje skriven rett her

## Resepsjonsmodus (ei delt datamaskin i ein resepsjon).
ui-reception-mode-title = Resepsjonsmodus: ingenting blir lagra på denne datamaskina
ui-reception-mode-text = Saka du skriv her, finst berre medan Klagehjelp er open. Ho blir ikkje lagra på denne datamaskina, og filnamn har verken namn eller DUF-nummer.
ui-reception-mode-kept = Det som blir att: berre filene du lagrar sjølv (brevet som PDF, kalenderfila, ei eksportert saksfil). Når du er ferdig, trykkjer du «Avslutt og tøm»: saka blir fjerna, og du får tilbod om å slette filene du lagra.
ui-reception-mode-stored = I resepsjonsmodus finst sakene berre i minnet, og dei er borte når økta er avslutta eller Klagehjelp blir lukka.
ui-reception-mode-setting = Bruk resepsjonsmodus på denne datamaskina
ui-reception-mode-setting-hint = For ei datamaskin som mange bruker. Gjeld frå neste gong Klagehjelp startar. Klagehjelp kan òg startast med valet --reception.
ui-reception-mode-on = Resepsjonsmodus er valt for denne datamaskina. Han gjeld frå neste gong Klagehjelp startar.
ui-reception-mode-off = Resepsjonsmodus er slått av for denne datamaskina frå neste start. Saker blir då lagra på denne datamaskina.
ui-finish-session = Avslutt og tøm
ui-finish-session-title = Avslutte og tømme?
ui-finish-session-text = Alle sakene i denne økta blir fjerna frå Klagehjelp. Filer du har lagra sjølv, blir ikkje rørte, med mindre du vel å slette dei etterpå.
ui-session-finished = Økta er avslutta. Ingenting av henne er att i Klagehjelp.
ui-delete-files = Slett filene
ui-delete-files-title = Slette filene du lagra?
ui-delete-files-text = Desse filene vart lagra i denne økta ({ $count }). Vil du slette dei frå denne datamaskina?
    { $files }
ui-deleted-files = Filer sletta: { $count }.
