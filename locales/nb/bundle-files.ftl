# Vedlagte filer som lagres sammen med saken (kopier i sakens egen mappe).

files-missing = Vedlegg { $n } ({ $title }): fila «{ $file }» finnes ikke lenger. Fjern den fra vedlegget og legg til fila på nytt.
files-copy-failed = Klagehjelp kunne ikke lagre en kopi av «{ $file }» sammen med saken ({ $error }). Sjekk at det er ledig plass på disken, og legg til fila på nytt.
ui-files-missing = «{ $file }» finnes ikke lenger. Fjern den og legg til fila på nytt.
ui-files-kept = Klagehjelp lagrer en kopi av hver fil sammen med saken, så du kan flytte eller slette originalen. Kopiene slettes sammen med saken.
ui-files-not-in-handover = De vedlagte filene er ikke med i den krypterte fila: den inneholder bare saken. Send den samlede PDF-en eller filene for seg.
files-annotations-dropped = Disse filene har utfylte skjemafelt, kommentarer eller stempler som den samlede PDF-en ikke viser: { $files }. Åpne hver av dem, velg Skriv ut → Lagre som PDF, og legg ved den kopien i stedet.
