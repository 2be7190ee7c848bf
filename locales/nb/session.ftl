session-migrated = Saken ble lagret med en eldre versjon av Klagehjelp. Disse svarene spør vi om på en ny måte nå, så du må svare på nytt: { $facts }. Alt annet du skrev er tatt vare på.
law-placeholder-figure = [skriv her: beløpet i vedtaket]
law-placeholder-year = [skriv her: året]
interview-expected-date = en dato (dd.mm.åååå)
law-later-card = Hvis saken avgjøres { $date } (omtrent et halvt år senere): { $status }.
screen-stay = Hvor søkeren er nå
q-applicant_in_norway = Er søkeren i Norge nå?
q-applicant_in_norway-help = Svaret avgjør hvor klagen sendes og om du kan be om å få bli i Norge mens klagen behandles (utsatt iverksettelse, utl. § 90 og fvl. § 42). Søker du fra utlandet, svar nei.
