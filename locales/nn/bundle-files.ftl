# Vedlagde filer som blir lagra saman med saka (kopiar i den eigne mappa til saka).

files-missing = Vedlegg { $n } ({ $title }): fila «{ $file }» finst ikkje lenger. Fjern ho frå vedlegget og legg til fila på nytt.
files-copy-failed = Klagehjelp kunne ikkje lagre ein kopi av «{ $file }» saman med saka ({ $error }). Sjekk at det er ledig plass på disken, og legg til fila på nytt.
ui-files-missing = «{ $file }» finst ikkje lenger. Fjern ho og legg til fila på nytt.
ui-files-kept = Klagehjelp lagrar ein kopi av kvar fil saman med saka, så du kan flytte eller slette originalen. Kopiane blir sletta saman med saka.
ui-files-not-in-handover = Dei vedlagde filene er ikkje med i den krypterte fila: ho inneheld berre saka. Send den samla PDF-en eller filene for seg.
files-annotations-dropped = Desse filene har utfylte skjemafelt, kommentarar eller stempel som den samla PDF-en ikkje viser: { $files }. Opne kvar av dei, vel Skriv ut → Lagre som PDF, og legg ved den kopien i staden.
