# Vedlegg som filer og den samla PDF-en (klage + fullmakt + vedlegg).

## Når ei fil ikkje kan leggjast ved
bundle-error-empty = «{ $file }» er tom. Vel fila på nytt.
bundle-error-too-large = «{ $file }» er { $size } MB. Klagehjelp tek filer på inntil { $limit } MB, så den samla PDF-en ikkje blir for stor til å sende. Skann på nytt med lågare oppløysing (200 dpi held), eller del dokumentet i fleire filer.
bundle-error-heic = «{ $file }» er eit HEIC-bilete (iPhone), som Klagehjelp ikkje kan lese. Lagra biletet som JPEG: på iPhone under Innstillingar → Kamera → Format → «Mest kompatibel», eller send biletet til deg sjølv på e-post og vel JPEG.
bundle-error-unknown-type = «{ $file }» er ikkje ein PDF, JPEG eller PNG. Lagra dokumentet som PDF (Skriv ut → Lagra som PDF), eller ta eit bilete av det.
bundle-error-encrypted = «{ $file }» er verna med passord eller låst. Opne fila, vel Skriv ut → Lagra som PDF for å lage ein kopi utan lås, og legg ved kopien.
bundle-error-broken-pdf = «{ $file }» er ikkje ein heil PDF og kan ikkje lesast ({ $detail }). Lagra eller skann dokumentet på nytt.
bundle-error-broken-image = Biletet «{ $file }» kan ikkje lesast ({ $detail }). Ta biletet på nytt, eller lagra det som JPEG.
bundle-error-too-many-pixels = Biletet «{ $file }» er for stort (over 100 megapikslar). Lagra det i mindre storleik.
bundle-error-too-many-pages = «{ $file }» har { $pages } sider. Klagehjelp tek inntil { $limit } sider per fil; del dokumentet, eller legg ved berre sidene som gjeld saka.
bundle-error-read = Fila «{ $file }» kunne ikkje lesast ({ $error }). Er ho flytta eller sletta?

## I den samla PDF-en (på språket til brevet)
bundle-stamp = Vedlegg { $n } – { $title } – { $name } – DUF { $duf } – side { $page } av { $pages }
bundle-list-title = Vedlegg i denne fila
bundle-list-item = { $title } ({ $pages ->
    [one] { $pages } side
   *[other] { $pages } sider
})
bundle-list-missing = { $title } (ikkje i denne fila)
bundle-outline-letter = Brevet
bundle-outline-attachment = Vedlegg { $n }: { $title }
bundle-figure-alt = Vedlegg { $n }, { $title }, side { $page } av { $pages }: skanna dokument eller bilete.
bundle-not-pdfa = Den samla fila er ein vanleg PDF, ikkje PDF/A, fordi desse vedlegga ikkje er PDF/A: { $files }. Brevet åleine er PDF/A.
bundle-no-files = Ingen vedlegg har filer enno. Den samla PDF-en har berre brevet.

## Kommandolinja
bundle-cli-written = Samla PDF skriven til { $path } ({ $pages } sider, { $size } MB).
bundle-cli-split-written = { $count } filer skrivne til { $dir }.

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
ui-bundle-export = Lag samla PDF med vedlegg
ui-bundle-export-help = Éin PDF med brevet, fullmakta og alle vedlegga i rekkjefølgje. Kvar vedleggsside får nummer, namn og DUF-nummer i margen.
ui-bundle-progress = Lagar samla PDF … { $done } av { $total }
ui-bundle-done = Samla PDF lagra: { $pages } sider, { $size } MB.
