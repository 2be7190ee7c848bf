app-name = Klagehjelp

## Why a file could not be read or written (src/i18n.rs io_reason): completes "Could not read … :"
io-not-found = filen eller mappen finnes ikke
io-permission-denied = du har ikke tilgang til filen
io-is-a-directory = dette er en mappe, ikke en fil
io-disk-full = disken er full
io-not-utf8 = filen er ikke tekst i UTF-8
io-other = systemet svarte: { $error }
