## Klagefristen (src/deadline.rs, src/ics.rs, klagehjelp deadline)

deadline-headline = Klagefrist: { $date }
deadline-heading-why = Kvifor denne datoen
deadline-heading-todo = Kva du bør gjere
deadline-status-open = open
deadline-status-last-day = siste dag
deadline-status-passed = gått ut
deadline-status-label = Status
deadline-status-line-open = { $days ->
    [one] 1 dag att
   *[other] { $days } dagar att
  } (i dag er { $today }).
deadline-status-line-last-day = I dag ({ $today }) er siste dag.
deadline-status-line-passed = Fristen gjekk ut for { $days ->
    [one] 1 dag sidan
   *[other] { $days } dagar sidan
  } (i dag er { $today }).
deadline-computed-label = Frist etter lova
deadline-stated-label = Frist i vedtaket

deadline-why-weeks = Du har 3 veker frå dagen vedtaket kom fram til deg (fvl. § 29). 3 veker etter { $received } er { $date }.
deadline-why-closed = { $date } er { $name } ({ $source }).
deadline-why-moved = Ein frist som endar på ein laurdag, ein søndag eller ein heilagdag, blir flytt til neste verkedag (domstolloven § 149, fvl. § 30). Fristen er difor { $date }.
deadline-why-not-moved = Det er ein verkedag, så fristen blir ikkje flytt (domstolloven §§ 148–149, fvl. § 30).
deadline-stated-same = Fristen i vedtaket ({ $stated }) er den same som den vi har rekna ut.
deadline-stated-later = Vedtaket gir ein seinare frist ({ $stated }) enn dei 3 vekene i lova ({ $computed }). Hald den tidlegaste datoen, { $computed }: lova reknar 3 veker frå dagen vedtaket kom fram til deg (fvl. § 29), og det er ikkje sikkert at ein seinare dato i vedtaket vernar deg.
deadline-stated-earlier = Vedtaket gir ein tidlegare frist ({ $stated }) enn lova ({ $computed }). Hald den tidlegaste datoen, { $stated }. Sjekk at datoen du fekk vedtaket, er rett: dei 3 vekene blir rekna frå dagen vedtaket kom fram til deg (fvl. § 29).
deadline-office-warning = { $date } er { $name }. Norsk lov flyttar ikkje fristen for denne dagen (domstolloven § 149, helligdagsloven § 2), men kontor og postkontor kan vere stengde eller stengje tidleg. Send klaga nokre dagar før.

deadline-todo-send-by = Send klaga innan { $date }.
deadline-todo-last-day = I dag er siste dag. Send klaga i dag.
deadline-todo-provisional = Har du ikkje alle dokumenta enno? Send ei førebels klage no: ei kort klage der du skriv at fleire dokument kjem seinare. UDI gir deg då ein ny frist på to veker til å sende dokumenta (udi.no).
deadline-todo-passed = Fristen var { $date }. Du kan likevel sende klage. UDI kan handsame ei klage som kjem for seint, dersom du ikkje kan lastast for at ho kom for seint, eller dersom det er særlege grunnar til det (fvl. § 31). Skriv i klaga kvifor ho kjem for seint. Brevet blir ei klage etter fristen.
deadline-todo-one-year = Ei klage kan aldri handsamast som klage når det har gått meir enn eitt år sidan vedtaket vart gjort (fvl. § 31). Sjekk datoen på vedtaket.
deadline-todo-one-year-limit = Ei klage kan aldri handsamast som klage når det har gått meir enn eitt år sidan vedtaket vart gjort (fvl. § 31). Vedtaket er datert { $decided }, så siste moglege dag er { $limit }.
deadline-todo-one-year-passed = Fristen var { $date }. Det har gått meir enn eitt år sidan vedtaket vart gjort ({ $decided }), så klaga kan ikkje lenger handsamast som klage (fvl. § 31). Be om juridisk hjelp.
deadline-todo-one-year-passed-received = Fristen var { $date }. Det har gått meir enn eitt år sidan du fekk vedtaket ({ $received }), og dermed også sidan det vart gjort. Klaga kan ikkje lenger handsamast som klage (fvl. § 31). Be om juridisk hjelp.
deadline-todo-on-time = Eit brev er sendt i tide dersom du leverer det til posten (postkontor eller postkasse) før siste dag er omme (fvl. § 30). Lastar du opp klaga, må ho ha kome fram før siste dag er omme (eForvaltningsforskriften § 11). Ta vare på prov for når du sende ho: kvittering frå posten (rekommandert brev) eller frå opplastinga.

deadline-error-received-after-today = Dagen du fekk vedtaket ({ $received }), er etter i dag ({ $today }). Skriv dagen vedtaket kom fram til deg: i dag eller tidlegare.
deadline-error-decided-after-received = Datoen på vedtaket ({ $decided }) er etter dagen du fekk det ({ $received }). Sjekk begge datoane: eit vedtak kjem fram same dag som det vart gjort eller seinare.
deadline-error-out-of-range = { $date } er for langt unna til at vi kan rekne ut ein frist. Sjekk datoen.

## Namn på dagar fristen ikkje kan ende på (data/closed-days.toml)
closed-saturday = ein laurdag
closed-sunday = ein søndag
closed-nyttarsdag = nyttårsdag
closed-may1 = høgtidsdag, jamstilt med søndag
closed-may17 = høgtidsdag, jamstilt med søndag
closed-forste_juledag = første juledag
closed-andre_juledag = andre juledag
closed-skjaertorsdag = skjærtorsdag
closed-langfredag = langfredag
closed-forste_paaskedag = første påskedag
closed-andre_paaskedag = andre påskedag
closed-kristi_himmelfartsdag = Kristi himmelferdsdag
closed-forste_pinsedag = første pinsedag
closed-andre_pinsedag = andre pinsedag
closed-julaften = julaftan
closed-nyttarsaften = nyttårsaftan

## Kalenderfil (.ics)
ics-summary = Klagefrist: siste dag for å sende klaga
ics-alarm-7 = Klagefristen er om 7 dagar ({ $date }).
ics-alarm-2 = Klagefristen er om 2 dagar ({ $date }).
deadline-todo-between = Den tidlegaste av dei to datoane ({ $earlier }) er passert, den seinaste ({ $later }) er ikkje det. Send klaga i dag. Brevet oppgir dagen du fekk vedtaket, og ber subsidiært om at klaga blir handsama sjølv om ho skulle vere for seint ute (fvl. § 31). Ta vare på det som viser når du fekk vedtaket (konvolutten, e-posten eller SMS-en).
