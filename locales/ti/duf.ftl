## DUF number (src/duf.rs), Tigrinya. Not yet checked by a translator.

duf-label = ቁጽሪ DUF
duf-ok = ቅኑዕ መልክዕ፦ ብዓመት ናይ ቀዳማይ ሕቶ ({ $year }) ዝጅምር 12 ኣሃዛት።
duf-warning-label = ኣስተውዕል
duf-warning-checksum = እቶም ናይ መወዳእታ ክልተ ኣሃዛት ({ $found }) ምስቲ ኣብ ህዝባዊ ስታቲስቲክስ ዝጥቀሙሉ ምርመራ፡ { $expected } ዝህብ፡ ኣይሰማምዑን። UDI ናይ ምርመራ ቁጽሪ ኣይሕትምን፡ ናይ UDI ባዕሉ ኣብነት (2012 586975 61) እውን ነዚ ምርመራ ኣይሓልፎን፡ ስለዚ እዚ ምልክት ጥራይ እዩ፦ ነቲ ቁጽሪ ብቕኑዕ ከም ዝቐዳሕካዮ ኣረጋግጽ።
duf-error-empty = ቁጽሪ DUF ባዶ እዩ። 12 ኣሃዛት ኣለዎ፡ ንኣብነት 2012 586975 61። ኣብ ደብዳበታት UDIን ኣብ ካርድ መንበሪን ትረኽቦ።
duf-error-character = ቁጽሪ DUF ኣሃዛት፡ ባዶ ቦታን ሰረዝን ጥራይ ክህልዎ ይኽእል፡ ግን ፊደል ቁጽሪ { $position } «{ $ch }» እዩ። ኣልግሶ እሞ ደጊምካ ፈትን።
duf-error-length = ቁጽሪ DUF 12 ኣሃዛት ኣለዎ፡ እዚ ግን { $count } ኣለዎ። ነቲ ምሉእ ቁጽሪ ከም ዝጸሓፍካዮ ኣረጋግጽ፡ ንኣብነት 2012 586975 61።
duf-error-year = ቁጽሪ DUF ብዓመት ናይ ቀዳማይ ሕቶ ይጅምር፡ ግን { $year } ኣብዚ ክኸውን ዝኽእል ዓመት ኣይኮነን (ዝጽበ ካብ { $min } ክሳብ { $max })። ነቶም ቀዳሞት ኣርባዕተ ኣሃዛት ኣረጋግጽ።
