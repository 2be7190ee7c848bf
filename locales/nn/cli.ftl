## Kommandolinje: felles meldingar (src/cli/mod.rs)

cli-date-not-a-date = { $option }: «{ $value }» er ikkje ein dato. Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2025-03-27.
cli-date-bad-month = { $option }: «{ $value }» er ikkje ein ekte dato: månaden må vere 01 til 12. Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2025-03-27.
cli-date-bad-day = { $option }: «{ $value }» er ikkje ein ekte dato: den månaden har berre { $days } dagar. Skriv ein ekte dato som ÅÅÅÅ-MM-DD.
cli-file-written = Kalenderfila er skriven: { $path }
cli-write-failed = Kunne ikkje skrive fila { $path }: { $error }. Sjekk at mappa finst, og at du har lov til å skrive der.
