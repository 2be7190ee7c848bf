app-name = Klagehjelp

## Why a file could not be read or written (src/i18n.rs io_reason): completes "Could not read … :"
io-not-found = faylka ama galka ma jiro
io-permission-denied = ma haysatid ogolaansho aad ku isticmaasho faylka
io-is-a-directory = tani waa gal, ma aha fayl
io-disk-full = diskiga waa buuxaa
io-not-utf8 = faylku ma aha qoraal UTF-8 ah
io-other = nidaamku wuxuu yiri: { $error }
