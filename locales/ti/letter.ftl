# Letters (src/letter.rs), Tigrinya: the kind names, the notes to the sender and
# the CLI messages, which are shown in the UI language. The letter's own words
# (titles, footers, recipient, signature lines) stay in nb, nn or en, the
# letter language, and are not translated here. Not yet checked by a translator.
letter-kind-klage = ይግባይ
letter-kind-forelopig = ግዝያዊ ይግባይ
letter-kind-late = ዝደንጎየ ይግባይ
letter-kind-omgjoring = ሕቶ ዳግመ-ርእይቶ
case-letter-send-udi = ነቲ ደብዳበ ፈርሞ፡ ስካን ግበሮ ወይ ስኣሎ እሞ ብቕጥዒ UDI ንምልኣኽ ሰነዳት ኣእትዎ፡ ወይ ብፖስታ ስደዶ። ብፖስታ፡ ቅድሚ ቀነ-ገደብ ምውዳኡ ናብ ፖስታ ክወሃብ ኣለዎ፤ ብኢንተርነት እንተኣቲዩ፡ ቅድሚ ቀነ-ገደብ ምውዳኡ ክበጽሕ ኣለዎ (ሕጊ ምምሕዳር ህዝቢ፡ fvl. § 30)።
case-letter-une-address = Klagehjelp ናይ ፖስታ ኣድራሻ UNE ኣይፈልጦን። UNE ነቲ ኣብ une.no ዘሎ ቅጥዒ ("Request a reversal") ይመርጽ። ቅድሚ ነቲ ደብዳበ ብፖስታ ምልኣኽካ ነቲ ኣድራሻ ኣብ une.no ኣረጋግጽ።
case-letter-une-new-information = ብልሙድ UNE ሓደ ሰብ ዳግመ-ርእይቶ ክሓትት ከሎ ሓድሽ ሓበሬታ ወይ ሓደስቲ ሰነዳት ይሓትት። ሓድሽ ዝኾነ ኣተሓሕዝ።
case-letter-embassy-address = እቲ ይግባይ ናብቲ ነቲ ውሳነ ዝወሰነ ኤምባሲ ይለኣኽ። Klagehjelp ኣድራሻኡ ኣይፈልጦን፦ ትሕቲ እቲ ስም ጽሓፎ፡ ወይ ነቲ ኤምባሲ ነቲ ይግባይ ብኸመይ ከም እተረክቦ ሕተቶ።
case-letter-police-address = እቲ ይግባይ ናብቲ ነቲ ውሳነ ዝወሰነ ናይ ፖሊስ ወረዳ ይለኣኽ። Klagehjelp ኣድራሻኡ ኣይፈልጦን፦ ኣብ politiet.no ድለዮ እሞ ትሕቲ እቲ ስም ጽሓፎ።
case-letter-fullmakt-sign = እቲ ሓታቲ ነቲ ውክልና ክፍርሞ ኣለዎ። ቅዳሕ ናይቲ ውልቃዊ ሓበሬታን ፊርማን ዘለዎ ገጽ ፓስፖርት ኣተሓሕዝ። እቲ ወኪል ልዕሊ 18 ዓመት ክኸውን ኣለዎ፡ ኣብ ምምሕዳር ኢሚግሬሽን ድማ ክሰርሕ የብሉን (ሕጊ ምምሕዳር ህዝቢ፡ fvl. § 12)።
case-letter-late-risk = እቲ ይግባይ ደንጒዩ። ብልሙድ UDI ዝደንጎዩ ይግባያት ይነጽግ፡ ግን ብዝኾነ ክሰርሓሉ ድዩ ኣይሰርሓሉን ክግምግም ኣለዎ (ሕጊ ምምሕዳር ህዝቢ፡ fvl. § 31)። ብዝተኻእለ ቀልጢፍካ ስደዶ።
letter-cli-read-failed = ፋይል ጉዳይ { $path } ክንበብ ኣይከኣለን፦ { $error }። እቲ ፋይል ከም ዘሎ ኣረጋግጽ።
letter-cli-kind-unknown = --kind: "{ $value }" ዓይነት ደብዳበ ኣይኮነን። klage፡ forelopig፡ late፡ omgjoring፡ utsatt፡ ettersending፡ innsyn ወይ costs ተጠቐም።
letter-cli-problems = እቲ ደብዳበ ቅድሚ ምጽሓፉ ክዕረዩ ዘለዎም ጸገማት ኣብቲ ጉዳይ ኣለዉ፦
letter-cli-written = እቲ ደብዳበ ({ $kind }) ናብ { $path } ተጻሒፉ።
letter-cli-note = መዘኻኸሪ፦
case-letter-made-by-unsure = ነቲ ውሳነ መን ከም ዝወሰኖ ርግጸኛ ኣይኮንካን። ኣብቲ ውሳነ ዘሎ መምርሒ ይግባይ ኣረጋግጽ፡ ነቲ ደብዳበ ድማ ከምቲ ዝብሎ ኣድርሶ (klagehjelp route ርአ)።
case-letter-send-as-decision-says = እቲ ውሳነ ብUDI ተወሲኑ፡ ብኤምባሲ ወይ ብፖሊስ ድማ ተረኪቡ። እቲ ይግባይ ናብ UDI ይጽሓፍ፤ ከምቲ ደብዳበ ውሳነ ዝብሎ ስደዶ።
letter-kind-utsatt = ሕቶ ምድንጓይ ትግባረ
letter-kind-ettersending = ተወሳኺ ሰነዳት
letter-kind-innsyn = ሕቶ ንሰነዳት ናይቲ ጉዳይ ንምርኣይ
letter-kind-costs = ጠለብ ወጻኢታት ናይቲ ጉዳይ
