app-name = Klagehjelp

## Why a file could not be read or written (src/i18n.rs io_reason): completes "Could not read … :"
io-not-found = እቲ ፋይል ወይ ማህደር የለን
io-permission-denied = ነቲ ፋይል ክትጥቀመሉ ፍቓድ የብልካን
io-is-a-directory = እዚ ማህደር እዩ፡ ፋይል ኣይኮነን
io-disk-full = እቲ ዲስክ መሊኡ እዩ
io-not-utf8 = እቲ ፋይል ጽሑፍ UTF-8 ኣይኮነን
io-other = እቲ ሲስተም በለ፦ { $error }
