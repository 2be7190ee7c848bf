app-name = Klagehjelp
