# Vedlegg som filer og den samlede PDF-en (klage + fullmakt + vedlegg).

## Når en fil ikke kan legges ved
bundle-error-empty = «{ $file }» er tom. Velg fila på nytt.
bundle-error-too-large = «{ $file }» er { $size } MB. Klagehjelp tar filer på inntil { $limit } MB, så den samlede PDF-en ikke blir for stor til å sende. Skann på nytt med lavere oppløsning (200 dpi holder), eller del dokumentet i flere filer.
bundle-error-heic = «{ $file }» er et HEIC-bilde (iPhone), som Klagehjelp ikke kan lese. Lagre bildet som JPEG: på iPhone under Innstillinger → Kamera → Formater → «Mest kompatibel», eller send bildet til deg selv på e-post og velg JPEG.
bundle-error-unknown-type = «{ $file }» er ikke en PDF, JPEG eller PNG. Lagre dokumentet som PDF (Skriv ut → Lagre som PDF), eller ta et bilde av det.
bundle-error-encrypted = «{ $file }» er beskyttet med passord eller låst. Åpne fila, velg Skriv ut → Lagre som PDF for å lage en kopi uten lås, og legg ved kopien.
bundle-error-broken-pdf = «{ $file }» er ikke en hel PDF og kan ikke leses ({ $detail }). Lagre eller skann dokumentet på nytt.
bundle-error-broken-image = Bildet «{ $file }» kan ikke leses ({ $detail }). Ta bildet på nytt, eller lagre det som JPEG.
bundle-error-too-many-pixels = Bildet «{ $file }» er for stort (over 100 megapiksler). Lagre det i mindre størrelse.
bundle-error-too-many-pages = «{ $file }» har { $pages } sider. Klagehjelp tar inntil { $limit } sider per fil; del dokumentet, eller legg ved bare sidene som gjelder saken.
bundle-error-read = Fila «{ $file }» kunne ikke leses ({ $error }). Er den flyttet eller slettet?

## I den samlede PDF-en (på brevets språk)
bundle-stamp = Vedlegg { $n } – { $title } – { $name } – DUF { $duf } – side { $page } av { $pages }
bundle-list-title = Vedlegg i denne fila
bundle-list-item = { $title } ({ $pages ->
    [one] { $pages } side
   *[other] { $pages } sider
})
bundle-list-missing = { $title } (ikke i denne fila)
bundle-outline-letter = Brevet
bundle-outline-attachment = Vedlegg { $n }: { $title }
bundle-figure-alt = Vedlegg { $n }, { $title }, side { $page } av { $pages }: skannet dokument eller bilde.
bundle-not-pdfa = Den samlede fila er en vanlig PDF, ikke PDF/A, fordi disse vedleggene ikke er PDF/A: { $files }. Brevet alene er PDF/A.
bundle-no-files = Ingen vedlegg har filer ennå. Den samlede PDF-en har bare brevet.

## Kommandolinja
bundle-cli-written = Samlet PDF skrevet til { $path } ({ $pages } sider, { $size } MB).
bundle-cli-split-written = { $count } filer skrevet til { $dir }.

## Appen
ui-bundle-files = Filer
ui-bundle-add-files = Legg til filer …
ui-bundle-drop-hint = Eller dra filer hit. PDF, JPEG eller PNG, inntil 25 MB per fil.
ui-bundle-file-info = { $pages ->
    [one] { $pages } side
   *[other] { $pages } sider
}, { $size } MB
ui-bundle-move-up = Flytt opp
ui-bundle-move-down = Flytt ned
ui-bundle-remove-file = Fjern fila
ui-bundle-export = Lag samlet PDF med vedlegg
ui-bundle-export-help = Én PDF med brevet, fullmakten og alle vedleggene i rekkefølge. Hver vedleggsside får nummer, navn og DUF-nummer i margen.
ui-bundle-progress = Lager samlet PDF … { $done } av { $total }
ui-bundle-done = Samlet PDF lagret: { $pages } sider, { $size } MB.
