## DUF-nummer (src/duf.rs, klagehjelp duf)

duf-label = DUF-nummer
duf-ok = Formatet er riktig: 12 sifre som begynner med året for første søknad ({ $year }).
duf-warning-label = Merk
duf-warning-checksum = De to siste sifrene ({ $found }) stemmer ikke med kontrollen som brukes i offentlig statistikk, som gir { $expected }. UDI publiserer ingen kontrollsum, og selv UDIs eget eksempel (2012 586975 61) feiler denne kontrollen. Dette er derfor bare et hint: sjekk at du har skrevet av nummeret riktig.
duf-error-empty = DUF-nummeret er tomt. Det har 12 sifre, for eksempel 2012 586975 61. Du finner det på brev fra UDI og på oppholdskortet.
duf-error-character = DUF-nummeret kan bare ha sifre, mellomrom og bindestrek, men tegn nummer { $position } er «{ $ch }». Fjern det og prøv igjen.
duf-error-length = Et DUF-nummer har 12 sifre, men dette har { $count }. Sjekk at du har fått med hele nummeret, for eksempel 2012 586975 61.
duf-error-year = Et DUF-nummer begynner med året for første søknad, men { $year } er ikke et mulig år her (ventet { $min } til { $max }). Sjekk de fire første sifrene.
