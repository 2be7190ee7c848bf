## Klagefristen (src/deadline.rs, src/ics.rs, klagehjelp deadline)

deadline-headline = Klagefrist: { $date }
deadline-heading-why = Hvorfor denne datoen
deadline-heading-todo = Hva du bør gjøre
deadline-status-open = åpen
deadline-status-last-day = siste dag
deadline-status-passed = utløpt
deadline-status-label = Status
deadline-status-line-open = { $days ->
    [one] 1 dag igjen
   *[other] { $days } dager igjen
  } (i dag er { $today }).
deadline-status-line-last-day = I dag ({ $today }) er siste dag.
deadline-status-line-passed = Fristen gikk ut for { $days ->
    [one] 1 dag siden
   *[other] { $days } dager siden
  } (i dag er { $today }).
deadline-computed-label = Frist etter loven
deadline-stated-label = Frist i vedtaket

deadline-why-weeks = Du har 3 uker fra dagen vedtaket kom fram til deg (fvl. § 29). 3 uker etter { $received } er { $date }.
deadline-why-closed = { $date } er { $name } ({ $source }).
deadline-why-moved = En frist som ender på en lørdag, en søndag eller en helligdag, flyttes til neste virkedag (domstolloven § 149, fvl. § 30). Fristen er derfor { $date }.
deadline-why-not-moved = Det er en virkedag, så fristen blir ikke flyttet (domstolloven §§ 148–149, fvl. § 30).
deadline-stated-same = Fristen i vedtaket ({ $stated }) er den samme som den vi har regnet ut.
deadline-stated-later = Vedtaket gir en senere frist ({ $stated }) enn de 3 ukene i loven ({ $computed }). Hold den tidligste datoen, { $computed }: loven regner 3 uker fra dagen vedtaket kom fram til deg (fvl. § 29), og det er ikke sikkert at en senere dato i vedtaket beskytter deg.
deadline-stated-earlier = Vedtaket gir en tidligere frist ({ $stated }) enn loven ({ $computed }). Hold den tidligste datoen, { $stated }. Sjekk at datoen du fikk vedtaket, er riktig: de 3 ukene regnes fra dagen vedtaket kom fram til deg (fvl. § 29).
deadline-office-warning = { $date } er { $name }. Norsk lov flytter ikke fristen for denne dagen (domstolloven § 149, helligdagsloven § 2), men kontorer og postkontorer kan være stengt eller stenge tidlig. Send klagen noen dager før.

deadline-todo-send-by = Send klagen innen { $date }.
deadline-todo-last-day = I dag er siste dag. Send klagen i dag.
deadline-todo-provisional = Har du ikke alle dokumentene ennå? Send en foreløpig klage nå: en kort klage der du skriver at flere dokumenter kommer senere. UDI gir deg da en ny frist på to uker til å sende dokumentene (udi.no).
deadline-todo-passed = Fristen var { $date }. Du kan likevel sende klage. UDI kan behandle en klage som kommer for sent, hvis du ikke kan lastes for at den kom for sent, eller hvis det er særlige grunner til det (fvl. § 31). Skriv i klagen hvorfor den kommer for sent. Brevet blir en klage etter fristen.
deadline-todo-one-year = En klage kan aldri behandles som klage når det er gått mer enn ett år siden vedtaket ble truffet (fvl. § 31). Sjekk datoen på vedtaket.
deadline-todo-one-year-limit = En klage kan aldri behandles som klage når det er gått mer enn ett år siden vedtaket ble truffet (fvl. § 31). Vedtaket er datert { $decided }, så siste mulige dag er { $limit }.
deadline-todo-one-year-passed = Fristen var { $date }. Det er gått mer enn ett år siden vedtaket ble truffet ({ $decided }), så klagen kan ikke lenger behandles som klage (fvl. § 31). Be om juridisk hjelp.
deadline-todo-one-year-passed-received = Fristen var { $date }. Det er gått mer enn ett år siden du fikk vedtaket ({ $received }), og dermed også siden det ble truffet. Klagen kan ikke lenger behandles som klage (fvl. § 31). Be om juridisk hjelp.
deadline-todo-on-time = Et brev er sendt i tide hvis du leverer det til posten (postkontor eller postkasse) før siste dag er omme (fvl. § 30). Laster du opp klagen, må den ha kommet fram før siste dag er omme (eForvaltningsforskriften § 11). Ta vare på bevis for når du sendte den: kvittering fra posten (rekommandert brev) eller fra opplastingen.

deadline-error-received-after-today = Dagen du fikk vedtaket ({ $received }), er etter i dag ({ $today }). Skriv dagen vedtaket kom fram til deg: i dag eller tidligere.
deadline-error-decided-after-received = Datoen på vedtaket ({ $decided }) er etter dagen du fikk det ({ $received }). Sjekk begge datoene: et vedtak kommer fram samme dag som det ble truffet eller senere.
deadline-error-out-of-range = { $date } er for langt unna til at vi kan regne ut en frist. Sjekk datoen.

## Navn på dager fristen ikke kan ende på (data/closed-days.toml)
closed-saturday = en lørdag
closed-sunday = en søndag
closed-nyttarsdag = nyttårsdag
closed-may1 = høgtidsdag, jamstilt med søndag
closed-may17 = høgtidsdag, jamstilt med søndag
closed-forste_juledag = første juledag
closed-andre_juledag = andre juledag
closed-skjaertorsdag = skjærtorsdag
closed-langfredag = langfredag
closed-forste_paaskedag = første påskedag
closed-andre_paaskedag = andre påskedag
closed-kristi_himmelfartsdag = Kristi himmelfartsdag
closed-forste_pinsedag = første pinsedag
closed-andre_pinsedag = andre pinsedag
closed-julaften = julaften
closed-nyttarsaften = nyttårsaften

## Kalenderfil (.ics)
ics-summary = Klagefrist: siste dag for å sende klagen
ics-alarm-7 = Klagefristen er om 7 dager ({ $date }).
ics-alarm-2 = Klagefristen er om 2 dager ({ $date }).
deadline-todo-between = Den tidligste av de to datoene ({ $earlier }) er passert, den seneste ({ $later }) er ikke det. Send klagen i dag. Brevet oppgir dagen du mottok vedtaket, og ber subsidiært om at klagen behandles selv om den skulle være for sent ute (fvl. § 31). Ta vare på det som viser når du fikk vedtaket (konvolutten, e-posten eller SMS-en).
