session-migrated = Saken ble lagret med en eldre versjon av Klagehjelp. Disse svarene spør vi om på en ny måte nå, så du må svare på nytt: { $facts }. Alt annet du skrev er tatt vare på.
law-placeholder-figure = [skriv her: beløpet i vedtaket]
law-placeholder-year = [skriv her: året]
interview-expected-date = en dato (dd.mm.åååå)
law-later-card = Hvis saken avgjøres { $date } (omtrent et halvt år senere): { $status }.
