session-migrated = This case was saved by an older version of Klagehjelp. We now ask these questions in a new way, so please answer them again: { $facts }. Everything else you wrote is kept.
law-placeholder-figure = [write here: the amount in the decision]
law-placeholder-year = [write here: the year]
interview-expected-date = a date (dd.mm.yyyy)
law-later-card = If the case is decided on { $date } (about half a year later): { $status }.
screen-stay = Where the applicant is now
q-applicant_in_norway = Is the applicant in Norway now?
q-applicant_in_norway-help = The answer decides where the klage goes and whether you can ask to stay in Norway while the klage is decided (utsatt iverksettelse, utl. § 90 and fvl. § 42). If you apply from abroad, answer no.
