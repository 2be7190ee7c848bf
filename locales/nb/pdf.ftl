pdf-error-font = Skriftene som følger med Klagehjelp, kunne ikke leses ({ $detail }). Installer Klagehjelp på nytt, eller meld fra om feilen.
pdf-error-write = PDF-filen kunne ikke lages ({ $detail }). Prøv igjen, eller bruk tekstversjonen av brevet.
