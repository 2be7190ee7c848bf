## Kommandolinje: felles meldinger (src/cli/mod.rs)

cli-date-not-a-date = { $option }: «{ $value }» er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-03-27.
cli-date-bad-month = { $option }: «{ $value }» er ikke en ekte dato: måneden må være 01 til 12. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-03-27.
cli-date-bad-day = { $option }: «{ $value }» er ikke en ekte dato: den måneden har bare { $days } dager. Skriv en ekte dato som ÅÅÅÅ-MM-DD.
cli-file-written = Kalenderfilen er skrevet: { $path }
cli-write-failed = Kunne ikke skrive filen { $path }: { $error }. Sjekk at mappen finnes, og at du har lov til å skrive der.
