app-name = Klagehjelp

## Why a file could not be read or written (src/i18n.rs io_reason): completes "Could not read … :"
io-not-found = the file or folder does not exist
io-permission-denied = you do not have permission to use the file
io-is-a-directory = this is a folder, not a file
io-disk-full = the disk is full
io-not-utf8 = the file is not UTF-8 text
io-other = the system said: { $error }
