## «ደብዳበይ እንታይ ይብል?» (src/explain.rs): ንነፍሲ ወከፍ ክፋል ናይቲ ደብዳበ ሓደ መልእኽቲ።
## እዚ ትርጉም ገና ብተርጓሚ ኣይተረጋገጸን።

explain-header = ላዕለዋይ ክፋል ናይቲ ደብዳበ። መን ከም ዝሰዶን ናብ { $authority } ከም ዝኸይድን ይገልጽ። ከምኡ'ውን ዕለት፡ ቁጽሪ DUF ናትካ { $duf }፡ ቁጽሪ ጉዳይን እቲ ጉዳይ ንመን ከም ዝምልከትን ይሕዝ። እቲ ኣርእስቲ እቲ ደብዳበ እንታይ ምዃኑ ይገልጽ: { $kind }።
explain-representative = { $rep } ከም ወኪልካ (fullmektig) ነዚ ደብዳበ ኣብ ክንዳኻ ይጽሕፎ። እቲ ደብዳበ ውክልና (fullmakt) ነዚ መሰል ከም ዝህብ ይገልጽ (fvl. § 12)።
explain-decision-klage = ኣብዚ ኣብ የናይ ውሳነ ይግባይ ከም እትብል ተጻሒፉ ኣሎ: ውሳነ { $authority } ናይ { $decided } ንሕቶ ስድራቤታዊ ምጽንባር ዝነጸገ። ይግባይ (klage) እቲ ውሳነ ክቕየር ይሓትት።
explain-decision-omgjoring = ኣብዚ እቲ ደብዳበ ንየናይ ውሳነ ከም ዝምልከት ተጻሒፉ ኣሎ: ውሳነ { $authority } ናይ { $decided } ነቲ ሕቶ ዝነጸገ። ንርእሱ ውሳነ ክስርዞ (omgjøre) ንስኻ ን{ $authority } ትሓቶ።
explain-decision-utsatt = ኣብዚ እቲ ሕቶ ንየናይ ውሳነ ከም ዝምልከት ተጻሒፉ ኣሎ: ውሳነ { $authority } ናይ { $decided }። ከምኡ'ውን መዓስ ከም ዝተቐበልካዮን እቲ ይግባይ ባዕሉ ከም ዝስደድን ይገልጽ።
explain-decision-ettersending = ኣብዚ እቲ ደብዳበ ንየናይ ጉዳይ ከም ዝምልከት ተጻሒፉ ኣሎ: ይግባይካ ኣብ ውሳነ { $authority } ናይ { $decided }።
explain-decision-innsyn = ኣብዚ እቲ ደብዳበ ንየናይ ጉዳይ ከም ዝምልከት ተጻሒፉ ኣሎ: ውሳነ { $authority } ናይ { $decided } ነቲ ሕቶ ዝነጸገ።
explain-decision-costs = ኣብዚ እቲ ደብዳበ ንየናይ ጉዳይ ከም ዝምልከት ተጻሒፉ ኣሎ: ውሳነ { $authority } ናይ { $decided }፡ ድሕሪኡ ድማ ንረብሓኻ ከም ዝተቐየረ።
explain-co-applicants = እቲ ይግባይ ን{ $names } እውን ይምልከት፡ ብተመሳሳሊ ውሳነ ዝተነጸጉ።
explain-deadline = እዚ ብዛዕባ ግዜ ገደብ ይግባይ (klagefrist) እዩ። ነቲ ውሳነ ብ{ $received } ከም ዝተቐበልካዮን እቲ ግዜ ገደብ { $deadline } ከም ዝኾነን ይገልጽ፡ ስለዚ እቲ ይግባይ ብግዜኡ ተሰዲዱ።
explain-deadline-between = እዚ ብዛዕባ ግዜ ገደብ ይግባይ (klagefrist) እዩ። እቲ ውሳነ ብ{ $received } ከም ዝበጽሓካ ይገልጽ። እቲ ውሳነ ግዜ ገደብ { $stated } ይብል፤ ብሕጊ ካብታ መዓልቲ ክቑጸር ከሎ፡ እቲ ግዜ ገደብ { $computed } እዩ (fvl. §§ 29–30)። እቲ ደብዳበ እቲ ይግባይ ስለምንታይ ብግዜኡ ከም ዝኾነ ይገልጽ።
explain-late-alternative = { $authority } እቲ ይግባይ ደንጉዩ እዩ እንተ ኢሉ፡ እቲ ደብዳበ ብኸምኡ'ውን ክርአ ይሓትት (fvl. § 31 ቀዳማይ ንኡስ ዓንቀጽ): ንስኻ ክትውቀስ ኣይትኽእልን (ፊደል a)፡ ፍሉያት ምኽንያታት ድማ ኣለዉ፡ ምኽንያቱ እቲ ኣብ ውሳነ ዝተጻሕፈ ግዜ ገደብ ናይ ሕጊ ግዜ ገደብ ኣይነበረን (ፊደል b)።
explain-late = ኣብዚ እቲ ይግባይ ከም ዝደንጎየ ተጻሒፉ ኣሎ: ነቲ ውሳነ ብ{ $received } ተቐቢልካዮ፡ እቲ ግዜ ገደብ ድማ { $deadline } ነይሩ። እቲ ደብዳበ እቲ ይግባይ ብኸምኡ'ውን ክርአ ይሓትት (fvl. § 31 ቀዳማይ ንኡስ ዓንቀጽ)፡ ምኽንያቱ ብምድንጓዩ ክትውቀስ ኣይትኽእልን (ፊደል a)፡ ፍሉያት ምኽንያታት ድማ ኣለዉ (ፊደል b)።
explain-late-reason = ኣብዚ እቲ ደብዳበ እቲ ይግባይ ስለምንታይ ከም ዝደንጎየን ድሕሪ እቲ ዕንቅፋት ምውዳኡ እንታይ ከም ዘጋጠመን ይገልጽ (ፊደል a)። ድሕሪኡ ናይ ባዕልኻ ቃላት ይስዕብ።
explain-late-special = እቶም ፍሉያት ምኽንያታት (ፊደል b): እቲ ውሳነ ንዓኻን ንስድራኻን ኣዝዩ ኣገዳሲ እዩ፡ ክሳብ እትፈልጦ ድማ ምቕያሩ ንኻልእ ሰብ ኣይጎድእን። እቲ ደብዳበ እቲ ይግባይ ኣብ ውሽጢ ሓደ ዓመት ድሕሪ እቲ ውሳነ ከም ዝተሰደደ እውን ይገልጽ (fvl. § 31)።
explain-request = እትሓቶ: { $authority } ነቲ ውሳነ ክቕይሮን ነቲ ሕቶ ክቕበሎን። { $authority } እንተ ዘይቀይሮ፡ እቲ ይግባይ ናብ { $appeal } ይስደድ፡ ንሱ ድማ ይውስነሉ (fvl. § 33, utl. § 76)።
explain-request-no-appeal = እትሓቶ: { $authority } ነቲ ውሳነ ክቕይሮን ነቲ ሕቶ ክቕበሎን።
explain-request-omgjoring = እትሓቶ: { $authority } ነቲ ውሳነ ክስርዞን ነቲ ሕቶ ክቕበሎን (fvl. § 35)። ድሕሪኡ እቲ ደብዳበ ኣብቲ ጉዳይ እንታይ ሓድሽ ከም ዘሎ፡ ወይ እንታይ ብግቡእ ከም ዘይተገምገመ ይገልጽ።
explain-request-utsatt = እትሓቶ: እቲ ይግባይ ክሳብ ዝውሰን እቲ ውሳነ ከይትግበር፡ በዚ ግዜ ኣብ ኖርወይ ክትጸንሕ (utsatt iverksettelse; fvl. § 42, utl. § 90)። እቲ ሕቶ ብዝተኻእለ መጠን ቀልጢፉ ክውሰን ኣለዎ፡ ምንጻግ ድማ ምኽንያት ክህልዎ ኣለዎ።
explain-request-ettersending = እቶም ኣብቲ ደብዳበ ዝተጠቕሱ ሰነዳት ምስኡ ይስደዱ። እቲ ይግባይ ክውሰን ከሎ ኣብ ግምት ክኣትዉ ትሓትት (fvl. § 34)።
explain-request-innsyn = እትሓቶ: ሰነዳት ጉዳይካ ክትርኢ (innsyn, fvl. § 18)፡ ቅዳሓት ናብቲ ኣብ ላዕሊ ደብዳበ ዘሎ ኣድራሻ ብምስዳድ።
explain-request-costs = እትሓቶ: እቲ ውሳነ ንምቕያር ኣድለይቲ ዝነበሩ ዓበይቲ ወጻኢታት ክሽፈኑ (fvl. § 36)። እቶም ወጻኢታት ኣብ ዝተተሓሓዘ ዝርዝር ተጻሒፎም ኣለዉ።
explain-set-aside = እቲ ውሳነ እንተዘይተቐይሩ፡ እቲ ውሳነ ክስረዝን እቲ ጉዳይ ንሓድሽ መርመራ ናብ { $authority } ክምለስን ከም ካልኣይ ምርጫ ትሓትት ኢኻ (fvl. § 34 ራብዓይ ክፍሊ)።
explain-innsyn-request = ከምኡ’ውን ሰነዳት ጉዳይካ ክትርኢ ትሓትት ኢኻ (innsyn, fvl. § 18)፡ ቅዳሓት ናብቲ ኣብ ላዕሊ ደብዳቤ ዘሎ ኣድራሻ ክለኣኹ።
explain-deferral = ምድንጓይ ትግባረ (utsatt iverksettelse) እውን ትሓትት: እቲ ጉዳይ ክሳብ ዝርአ ኣብ ኖርወይ ክትጸንሕ (fvl. § 42, utl. § 90)። እቲ ሕቶ ብዝተኻእለ መጠን ቀልጢፉ ክውሰን ኣለዎ፡ ምንጻግ ድማ ምኽንያት ክህልዎ ኣለዎ።
explain-more-documents = ተወሳኺ ሰነዳትን ዝምልአ ምኽንያትን ክትሰድድ ምዃንካ ትገልጽ፡ ግዜ ገደብ ድማ ትሓትት። ብኣሰራርሓ UDI እቲ ሓድሽ ግዜ ገደብ ክልተ ሰሙን እዩ።
explain-more-documents-forelopig = ኣብዚ እቲ ደብዳበ ግዝያዊ ይግባይ (foreløpig klage) ምዃኑ ተጻሒፉ ኣሎ: ሰነዳትን ዝምልአ ምኽንያትን ደሓር ክትሰድድ ኢኻ፡ ግዜ ገደብ ድማ ትሓትት። ብኣሰራርሓ UDI እቲ ሓድሽ ግዜ ገደብ ክልተ ሰሙን እዩ።
explain-more-documents-omgjoring = ተወሳኺ ሰነዳት ክትሰድድ ምዃንካ ትገልጽ፡ { $authority } ግዜ ገደብ ክህበካ ድማ ትሓትት።
explain-grounds = ምኽንያታት (begrunnelse): እቲ ውሳነ ስለምንታይ ክቕየር ከም ዘለዎ። እቲ ደብዳበ እቲ ዝስዕብ ኣብ ግምት ክኣቱ ይሓትት።
explain-ground = ብዛዕባ እዚ ቅድመ ኩነት ዘለዉ ምኽንያታትካ: { $title }። እቲ ጽሑፍ ናይ ባዕልኻ ቃላት እዩ፡ ኣይተተርጎመን።
explain-ground-other = ካልኦት ምኽንያታት
explain-own-words = ናይ ባዕልኻ ቃላት፡ ኣይተተርጎመን: ከምቲ ዝጸሓፍካዮ ብትኽክል ኣብቲ ደብዳበ ይሕተሙ። ዝደለኻዮ ከም ዝብሉ ኣረጋግጽ።
explain-attachments = ዝርዝር ተተሓሕዝቲ (vedlegg) ምስቲ ደብዳበ ዝስደዱ። ቁጽሪ ተተሓሕዝቲ: { $count }።
explain-signature = መወዳእታ ናይቲ ደብዳበ: ሰላምታ፡ ቦታን ዕለትን፡ መስመራት ፊርማን ({ $signatures })። ነፍሲ ወከፍ ኣብ ትሕቲ መስመር ስሙ ዘሎ ሰብ ኣብኡ ብኢዱ ይፍርም: ይግባይ ክፍረም ኣለዎ (fvl. § 32)።
explain-fullmakt = ፍሉይ ገጽ: ውክልና (fullmakt)። ብእኡ ን{ $rep } ኣብ ጉዳይካን ኣብዚ ደብዳበን ክውክለካ መሰል ትህቦ።
explain-fullmakt-powers = እቲ ውክልና ዘፍቅዶ: ኣብ ኩሉ ደረጃታት ናይቲ ጉዳይ ይሰርሕ፡ ኣብ ክንዳኻ ውሳነታትን ካልኦት ሰነዳትን ናይቲ ጉዳይ ክቕበል መሰል ይህብ (fvl. § 12)።
explain-fullmakt-sign = ኣብቲ ውክልና ብኢድካ ትፍርም፡ ቦታን ዕለትን ትጽሕፍ። ምስኡ ቅዳሕ ናይቲ ውልቃዊ ሓበሬታኻን ፊርማኻን ዘለዎ ገጽ ፓስፖርትካ ስደድ።
explain-labels = ገጽ ምልክታት፡ ክፋል ናይቲ ደብዳበ ኣይኮነን: ቆሪጽካ ሓደ ሓደ ኣብ ቀዳማይ ገጽ ናይ ነፍሲ ወከፍ ተተሓሒዚ ለጥፍ። ነቶም ተተሓሕዝቲ ብዲጂታል እንተ ሰዲድካዮም፡ ተመሳሳሊ ጽሑፍ ኣብ ላዕሊ ናይ ነፍሲ ወከፍ ሰነድ ጽሓፍ።
explain-unknown = እዚ ክፋል ናይቲ ደብዳበ ገና መብርሂ የብሉን። ኖርወይኛ ወይ እንግሊዝኛ ዘንብብ ሰብ ምሳኻ ከንብቦ ሕተት።
explain-body-udi = UDI (ዳይረክቶረት ስደተኛታት ኖርወይ)
explain-body-une = UNE (ቦርድ ይግባይ ስደት)
explain-not-the-klage = እዚ መብርሂ ንኣንብቦኻ እዩ። ኣይትስደዶ: ክፋል ናይቲ ይግባይ ኣይኮነን።
explain-own-words-mark = ናይ ባዕልኻ ቃላት፡ ኣይተተርጎመን
explain-cli-heading = ደብዳበይ እንታይ ይብል? ({ $kind })
explain-cli-letter-lang = ደብዳበ ብ{ $lang } ክጽሓፍ ኣይክእልን: UDI ከምኡ'ውን UNE ይግባይ ብኖርወይኛ ወይ ብእንግሊዝኛ ጥራይ እዮም ዝቕበሉ። እቲ ደብዳበ ብ nb (bokmål)፡ nn (nynorsk) ወይ en (እንግሊዝኛ) ይጽሓፍ፡ ከምቲ ፋይል ጉዳይ ዝብሎ። እቲ ደብዳበ እንታይ ከም ዝብል ብ{ $lang } ንምንባብ፡ ጽሓፍ: klagehjelp explain CASE --lang { $code }

## ፓነል ናይ ገጽ ምርኣይ (ui/js/review.js)
ui-explain-title = ደብዳበይ እንታይ ይብል?
ui-explain-intro = እቲ ደብዳበ ብኖርወይኛ ወይ ብእንግሊዝኛ ክኸውን ኣለዎ። ኣብዚ ክፋል ብክፋል ኣሎ፡ ኣብ ጎኒ ነፍሲ ወከፍ ክፋል ድማ እንታይ ከም ዝብልን ዝሓትትን፡ ብቋንቋኻ።
ui-explain-letter = ኣብቲ ደብዳበ
ui-explain-meaning = እንታይ ማለት እዩ
ui-explain-own = ናይ ባዕልኻ ቃላት፡ ኣይተተርጎመን
ui-explain-print = ነቲ መብርሂ ሕተም
ui-explain-print-note = እቲ መብርሂ ካብዚ መስኮት ኣብ ፍሉይ ወረቐት ይሕተም፡ ኣብ ውሽጢ ይግባይ ፈጺሙ ኣይሕተምን። PDF ኣይግበረሉን፡ ምኽንያቱ ኣቀማምጣ PDF ናትና ፊደላት ዓረብኛ ጽሑፍ ከራኽብ ኣይክእልን።
ui-explain-fallback = ገና ናብ ቋንቋኻ ኣይተተርጎመን: ብእንግሊዝኛ ይርአ።
