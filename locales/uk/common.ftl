app-name = Klagehjelp

## Why a file could not be read or written (src/i18n.rs io_reason): completes "Could not read … :"
io-not-found = файлу або теки не існує
io-permission-denied = у вас немає дозволу на цей файл
io-is-a-directory = це тека, а не файл
io-disk-full = диск заповнений
io-not-utf8 = файл не є текстом у кодуванні UTF-8
io-other = система відповіла: { $error }
