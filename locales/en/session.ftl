session-migrated = This case was saved by an older version of Klagehjelp. We now ask these questions in a new way, so please answer them again: { $facts }. Everything else you wrote is kept.
law-placeholder-figure = [write here: the amount in the decision]
law-placeholder-year = [write here: the year]
interview-expected-date = a date (dd.mm.yyyy)
law-later-card = If the case is decided on { $date } (about half a year later): { $status }.
