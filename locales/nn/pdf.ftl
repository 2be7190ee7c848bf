pdf-error-font = Skrifttypane som følgjer med Klagehjelp, kunne ikkje lesast ({ $detail }). Installer Klagehjelp på nytt, eller meld frå om feilen.
pdf-error-write = PDF-fila kunne ikkje lagast ({ $detail }). Prøv igjen, eller bruk tekstversjonen av brevet.
