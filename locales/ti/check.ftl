# The check and interview commands (CLI). Tigrinya. Not yet checked by a translator.
check-heading = ቅድመ-ኩነታት ምጥርናፍ ስድራቤት
check-assessed = ብ{ $date } ተገምጊሙ። ሕግታትን መጠናትን ከምቲ ኣብ { $rules } ዝነበሩ።
check-exceptions = ክሕግዝ ዝኽእል፦
check-documents = ሰነዳት፦
check-argument = ንይግባይ ዝተዳለወ ንድፊ ጽሑፍ፦
check-summary = { $attention ->
        [0] ኩሎም ቅድመ-ኩነታት ተማሊኦም ወይ ኣይምልከቱን።
       *[other] { $attention } ካብቶም ቅድመ-ኩነታት ኣቓልቦ የድልዮም።
    }
check-file-read = ፋይል { $file } ክንበብ ኣይከኣለን፦ { $error }
check-file-json = ፋይል { $file } ቅኑዕ ኣይኮነን፦ { $error }። "facts" ዘለዎ ፋይል ሲናርዮ ወይ ፋይል ጉዳይ (klagehjelp-case/2) ይጽበ ነይሩ።
interview-error-unknown-fact = ዘይፍለጥ ሓቂ፦ { $fact }።
interview-error-value = "{ $value }" ን{ $fact } ቅኑዕ መልሲ ኣይኮነን። ዝጽበ፦ { $expected }።
interview-intro = ንሕቶታት ክሳብ ዝከኣለካ መልሶም። ሓደ ሕቶ ክትሓልፍ Enter ጠውቕ። ሓገዝ ንምርካብ ? ጽሓፍ።
interview-choose = ቁጽሪ መልስኻ ጽሓፍ።
interview-date-format = ነቲ ዕለት ከም YYYY-MM-DD ጽሓፎ፡ ንኣብነት 1994-09-30።
interview-saved = መልስታትካ ኣብ { $file } ተዓቂቦም።
check-unknown-facts = Klagehjelp ነዞም ሓቅታት ኣይፈልጦምን ኣይጥቀመሎምን፦ { $facts }። ኣጻሕሕፋ ኣረጋግጽ (ኣብ README ዘሎ ዝርዝር ሓቅታት ርአ)።
