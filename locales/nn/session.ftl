session-migrated = Saka vart lagra med ein eldre versjon av Klagehjelp. Desse svara spør vi om på ein ny måte no, så du må svare på nytt: { $facts }. Alt anna du skreiv er teke vare på.
law-placeholder-figure = [skriv her: beløpet i vedtaket]
law-placeholder-year = [skriv her: året]
interview-expected-date = ein dato (dd.mm.åååå)
law-later-card = Viss saka blir avgjord { $date } (omtrent eit halvt år seinare): { $status }.
screen-stay = Kvar søkjaren er no
q-applicant_in_norway = Er søkjaren i Noreg no?
q-applicant_in_norway-help = Svaret avgjer kvar klaga skal sendast og om du kan be om å få bli i Noreg medan klaga blir behandla (utsett iverksetjing, utl. § 90 og fvl. § 42). Søkjer du frå utlandet, svar nei.
