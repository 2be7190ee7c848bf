## DUF-nummer (src/duf.rs, klagehjelp duf)

duf-label = DUF-nummer
duf-ok = Formatet er rett: 12 siffer som byrjar med året for første søknad ({ $year }).
duf-warning-label = Merk
duf-warning-checksum = Dei to siste siffera ({ $found }) stemmer ikkje med kontrollen som blir brukt i offentleg statistikk, som gir { $expected }. UDI publiserer ingen kontrollsum, og sjølv UDI sitt eige døme (2012 586975 61) feilar denne kontrollen. Dette er difor berre eit hint: sjekk at du har skrive av nummeret rett.
duf-error-empty = DUF-nummeret er tomt. Det har 12 siffer, til dømes 2012 586975 61. Du finn det på brev frå UDI og på opphaldskortet.
duf-error-character = DUF-nummeret kan berre ha siffer, mellomrom og bindestrek, men teikn nummer { $position } er «{ $ch }». Fjern det og prøv igjen.
duf-error-length = Eit DUF-nummer har 12 siffer, men dette har { $count }. Sjekk at du har fått med heile nummeret, til dømes 2012 586975 61.
duf-error-year = Eit DUF-nummer byrjar med året for første søknad, men { $year } er ikkje eit mogleg år her (venta { $min } til { $max }). Sjekk dei fire første siffera.
