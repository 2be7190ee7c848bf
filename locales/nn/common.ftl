app-name = Klagehjelp

## Why a file could not be read or written (src/i18n.rs io_reason): completes "Could not read … :"
io-not-found = fila eller mappa finst ikkje
io-permission-denied = du har ikkje tilgang til fila
io-is-a-directory = dette er ei mappe, ikkje ei fil
io-disk-full = disken er full
io-not-utf8 = fila er ikkje tekst i UTF-8
io-other = systemet svarte: { $error }
