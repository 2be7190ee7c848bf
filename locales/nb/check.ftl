# The check and interview commands (CLI).
check-heading = Kravene til familieinnvandring
check-assessed = Vurdert per { $date }. Regler og tall per { $rules }.
check-exceptions = Dette kan hjelpe:
check-documents = Dokumenter:
check-argument = Forslag til tekst i klagen:
check-summary = { $attention ->
        [0] Alle kravene er oppfylt eller gjelder ikke.
       *[other] { $attention } av kravene trenger oppmerksomhet.
    }
check-file-read = Kan ikke lese filen { $file }: { $error }
check-file-json = Filen { $file } er ikke gyldig: { $error }. Forventet en scenariofil med «facts» eller en saksfil (klagehjelp-case/2).
interview-error-unknown-fact = Ukjent opplysning: { $fact }.
interview-error-value = «{ $value }» er ikke et gyldig svar for { $fact }. Forventet: { $expected }.
interview-intro = Svar på spørsmålene så godt du kan. Trykk Enter for å hoppe over et spørsmål. Skriv ? for hjelp.
interview-choose = Skriv nummeret på svaret.
interview-date-format = Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 1994-09-30.
interview-saved = Svarene er lagret i { $file }.
check-unknown-facts = Klagehjelp kjenner ikke disse faktaene: { $facts }. Sjekk stavemåten (se requirements.md, «Facts»)
