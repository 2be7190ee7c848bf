# The check and interview commands (CLI).
check-heading = Krava til familieinnvandring
check-assessed = Vurdert per { $date }. Reglar og tal per { $rules }.
check-exceptions = Dette kan hjelpe:
check-documents = Dokument:
check-argument = Framlegg til tekst i klaga:
check-summary = { $attention ->
        [0] Alle krava er oppfylte eller gjeld ikkje.
       *[other] { $attention } av krava treng merksemd.
    }
check-file-read = Kan ikkje lese fila { $file }: { $error }
check-file-json = Fila { $file } er ikkje gyldig: { $error }. Venta ei scenariofil med «facts» eller ei saksfil (klagehjelp-case/2).
interview-error-unknown-fact = Ukjend opplysning: { $fact }.
interview-error-value = «{ $value }» er ikkje eit gyldig svar for { $fact }. Venta: { $expected }.
interview-intro = Svar på spørsmåla så godt du kan. Trykk Enter for å hoppe over eit spørsmål. Skriv ? for hjelp.
interview-choose = Skriv nummeret på svaret.
interview-date-format = Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 1994-09-30.
interview-saved = Svara er lagra i { $file }.
check-unknown-facts = Klagehjelp kjenner ikkje desse fakta: { $facts }. Sjekk stavemåten (sjå requirements.md, «Facts»)
