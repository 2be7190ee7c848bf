## Routes (src/routes.rs, klagehjelp route): where the klage goes and what comes after. Tigrinya.
## Not yet checked by a translator. Translated from locales/en/route.ftl (checked against nb).
## Ids: route-<route>-<section>-<id>; sources are attached in data/routes.toml.

route-title-udi = ኣብ ውሳነ UDI ይግባይ
route-title-embassy = ኣብ ውሳነ ኤምባሲ ወይ ቆንስል ይግባይ
route-title-police = ኣብ ውሳነ ፖሊስ ይግባይ
route-title-une-omgjoring = ንUNE ውሳነኡ ዳግማይ ክርኢ ዝቐርብ ሕቶ (omgjøringsanmodning)
route-title-udi-omgjoring = ንUDI ናይ ባዕሉ ውሳነ ክቕይር ዝቐርብ ሕቶ (fvl. § 35)
route-title-unsure = ነቲ ውሳነ መን ወሲንዎ? ቅድም ነቲ ውሳነ ኣረጋግጽ

route-udi-send-to-note = እቲ ይግባይ ናብ UDI ይኸይድ፡ እቲ ነቲ ውሳነ ዝወሰነ ትካል (fvl. § 32 a)። ኣድራሻ ፖስታ ካብ udi.no።
route-udi-omgjoring-send-to-note = እቲ ሕቶ ናብቲ ነቲ ውሳነ ዝወሰነ UDI ይኸይድ (fvl. § 35)።
route-embassy-send-to-note = እቲ ይግባይ ናብቲ ነቲ ውሳነ ዝወሰነ ሓደ ኤምባሲ ወይ ቆንስል ይኸይድ፡ ከምቲ ደብዳበ ምንጻግ ዝብሎ። Klagehjelp ኣድራሻኡ ኣይፈልጦን።
route-embassy-send-to-unnamed = እቲ ነቲ ውሳነ ዝወሰነ ኤምባሲ ወይ ቆንስል
route-police-send-to-note = እቲ ይግባይ ናብቲ ነቲ ውሳነ ዝወሰነ ወረዳ ፖሊስ (politidistrikt) ይኸይድ (fvl. § 32 a)፡ ከምቲ ደብዳበ ውሳነ ዝብሎ። Klagehjelp ዝተረጋገጸ ኣድራሻ ፖሊስ ኣይፈልጥን።
route-police-send-to-unnamed = እቲ ነቲ ውሳነ ዝወሰነ ወረዳ ፖሊስ
route-une-omgjoring-send-to-note = እቲ ሕቶ ናብ UNE ይኸይድ። Klagehjelp ኣድራሻ ፖስታ UNE ኣይፈልጦን፤ ናይ ኢንተርነት ቅጥዒ UNE ተጠቐም።

route-udi-channel-udi-upload = ነቲ ደብዳበ ፈርሞ፡ ስካን ግበሮ ወይ ስኣሎ፡ ብቕጥዒ UDI ንምልኣኽ ሰነዳት ድማ ጸዓኖ። ኣድራሻ እቲ ቅጥዒ (www.udi.no/document) ካብ ቅዳሕ ቅጥዒ UDI እዩ ተወሲዱ፤ ኣብ udi.no ኣረጋግጾ።
route-udi-omgjoring-channel-udi-upload = ነቲ ደብዳበ ፈርሞ፡ ስካን ግበሮ ወይ ስኣሎ፡ ብቕጥዒ UDI ንምልኣኽ ሰነዳት ድማ ጸዓኖ። ኣድራሻ እቲ ቅጥዒ (www.udi.no/document) ካብ ቅዳሕ ቅጥዒ UDI እዩ ተወሲዱ፤ ኣብ udi.no ኣረጋግጾ።
route-udi-channel-udi-police = ወይ ነቲ ዝተፈርመ ደብዳበ ንፖሊስ ሃቦ።
route-udi-channel-udi-post = ወይ ብፖስታ ናብ UDI ስደዶ። ብፖስታ ዝተላእከ ደብዳበ ቅድሚ ምውዳእ ቀነ-ገደብ ንፖስታ እንተተዋሂቡ ኣብ ግዜኡ ከም ዝበጽሐ ይቑጸር (fvl. § 30)።
route-udi-omgjoring-channel-udi-post = ወይ ብፖስታ ናብ UDI ስደዶ።
route-udi-channel-udi-edialog = ጠበቓታት ነቲ ይግባይ ብeDialog ይሰዱ፦ ንነፍሲ ወከፍ ውሳነ ሓደ ይግባይ፡ ናብ UDI።
route-udi-channel-no-fee = ይግባይ ምስዳድ ዋጋ የብሉን።
route-embassy-channel-embassy-as-letter-says = ነቲ ይግባይ ኣብቲ ነቲ ውሳነ ዝወሰነ ኤምባሲ ወይ ቆንስል ኣረክቦ፡ ከምቲ ደብዳበ ምንጻግ ዝብሎ። ብኸመይ ከም ዝስደድ ንምፍላጥ ነቲ ደብዳበ ምንጻግ ኣንብቦ።
route-embassy-channel-embassy-not-udi-upload = ናብ UDI ኣይትጸዓኖ፡ ናብ UDI ኣብ ኦስሎ ድማ ብፖስታ ኣይትስደዶ፦ ኣብ ውሳነ ኤምባሲ ዝቐርብ ይግባይ ናብቲ ኤምባሲ እዩ ዝኸይድ።
route-police-channel-police-as-letter-says = ነቲ ይግባይ ናብቲ ነቲ ውሳነ ዝወሰነ ወረዳ ፖሊስ ስደዶ ወይ ኣረክቦ፡ ከምቲ ደብዳበ ውሳነ ዝብሎ።
route-une-omgjoring-channel-une-form = ናይ ኢንተርነት ቅጥዒ UNE «Be om omgjøring» (ዳግመ-ርእይቶ ሕተት) ኣብ une.no ተጠቐም። እቲ ሕቶ ብጽሑፍ፡ ብኖርወይኛ ወይ ብእንግሊዝኛ ክኸውን ኣለዎ።
route-une-omgjoring-channel-une-new-information = ብልሙድ UNE ሓድሽን ኣገዳስን ሓበሬታ ወይ ሓደስቲ ሰነዳት ይሓትት። ሓድሽ ዝኾነ ኣተሓሕዝ።
route-une-omgjoring-channel-une-no-address = Klagehjelp ኣድራሻ ፖስታ UNE ኣይፈልጦን። ካብ ካልኦት መርበባት ዝተረኽበ ኣረጊት ኣድራሻ ኣይትጠቐም።

route-udi-prepares-udi = UDI ነቲ ጉዳይ ደጊሙ ይርእዮ፡ ባዕሉ ድማ ውሳነኡ ክቕይር ይኽእል (fvl. § 33)።
route-udi-decides-une = UDI ውሳነኡ እንተዘይቀየረ፡ UNE (Utlendingsnemnda) ኣብቲ ይግባይ ይውስን (utl. § 76)።
route-embassy-prepares-embassy = እቲ ኤምባሲ ነቲ ጉዳይ ደጊሙ ይርእዮ። ነቲ ሕቶ ክቕበሎ፡ ወይ ነቲ ይግባይ ናብ UDI ክሰዶ ይኽእል።
route-embassy-decides-udi = UDI ኣብቲ ይግባይ ይውስን (utl. § 76)።
route-police-prepares-police = ፖሊስ ነቲ ጉዳይ ደጊሙ ይርእዮ፡ ነቲ ውሳነ ድማ ክቕይሮ ይኽእል፤ እንተዘይኮይኑ ነቲ ይግባይ ናብ UDI ይሰዶ (fvl. § 33)።
route-police-decides-udi = UDI ኣብቲ ይግባይ ይውስን (utl. § 76)።
route-une-omgjoring-prepares-une = UNE ነቲ ሕቶ የንብቦ።
route-une-omgjoring-decides-une = UNE ይውስን። ካብኡ ንላዕሊ ይግባይ የለን።
route-udi-omgjoring-prepares-udi = UDI ነቲ ሕቶ የንብቦ።
route-udi-omgjoring-decides-udi-may = እቲ ለውጢ ንሓደ እኳ ዘይጎድእ እንተኾይኑ UDI ናይ ባዕሉ ውሳነ ክቕይር ይኽእል (fvl. § 35 ቀዳማይ ክፍሊ a)፡ ግን ነቲ ሕቶ ክርእዮ ግዴታ የብሉን።

route-udi-step-udi-receipt = UDI ነቲ ይግባይ ምስ ተቐበሎ፡ ብኢመይል ወይ ብSMS መልእኽቲ ትረክብ።
route-udi-step-udi-follow-up = UDI ንደብዳበታት ኣብ ውሽጢ ሰለስተ ሰሙን ይምልሽ። ክሳብ { $date } ዋላ ሓንቲ እንተዘይሰሚዕካ፡ ንUDI ተራኺብካ ሕተት።
route-udi-omgjoring-step-udi-follow-up = UDI ንደብዳበታት ኣብ ውሽጢ ሰለስተ ሰሙን ይምልሽ። ክሳብ { $date } ዋላ ሓንቲ እንተዘይሰሚዕካ፡ ንUDI ተራኺብካ ሕተት።
route-udi-step-udi-reviews = UDI ነቲ ጉዳይ ደጊሙ ይርእዮ። እዚ ክንደይ ግዜ ከም ዝወስድ ዝገልጽ ምንጪ የለን።
route-udi-step-udi-sends-to-une = UDI ውሳነኡ እንተዘይቀየረ፡ ነቲ ጉዳይ ናብ UNE ይሰዶ፡ ብኢመይል ወይ ብSMS ድማ ይሕብረካ። UNE ነቲ ይግባይ ከም ዝተቐበሎ ምስ ዝጽበ ግዜ ምጽባይ መልእኽቲ ይሰድድ።
route-udi-step-une-considers = UNE ይውስን፤ ኩሉ ግዜ እንተወሓደ ክልተ ሰባት ነቲ ጉዳይ ይርእይዎ። ኣብ { $year } UNE ንይግባያት ጉዳያት ምጥርናፍ ስድራቤት ብማእከላይ { $days } መዓልቲ ወሲዱ ({ $previous_days } መዓልቲ ኣብ { $previous_year })።
route-step-provisional-documents = ድሕሪ ግዝያዊ ይግባይ (foreløpig klage)፡ UDI ብልሙድ ንሰነዳት ናይ { $days } መዓልቲ (ክልተ ሰሙን) ሓድሽ ቀነ-ገደብ ይህብ። እዚ ልምዲ እዩ፡ መሰል ኣይኮነን።
route-embassy-step-embassy-reviews = እቲ ኤምባሲ ነቲ ጉዳይ ደጊሙ ይርእዮ። ነቲ ሕቶ ክቕበሎ ወይ ነቲ ይግባይ ናብ UDI ክሰዶ ይኽእል።
route-embassy-step-embassy-waiting = ግዜ ምጽባይ ንምፍላጥ ገጻት ኢንተርነት ናይቲ ኤምባሲ ርአ።
route-embassy-step-udi-decides-unknown-time = UDI ኣብቲ ይግባይ ይውስን። UDI ክንደይ ግዜ ከም ዝወስድ ዝገልጽ ምንጪ የለን።
route-police-step-police-reviews = ፖሊስ ነቲ ጉዳይ ደጊሙ ይርእዮ። ነቲ ውሳነ እንተዘይቀየሩ፡ ነቲ ይግባይ ናብ UDI ይሰዶ።
route-police-step-udi-decides-unknown-time = UDI ኣብቲ ይግባይ ይውስን። UDI ክንደይ ግዜ ከም ዝወስድ ዝገልጽ ምንጪ የለን።
route-une-omgjoring-step-une-omgjoring-waiting = ገጽ ኢንተርነት UNE ካብ ጉዳያት ዑቕባ ወጻኢ ዘለዉ መብዛሕትኦም ሕቶታት ዳግመ-ርእይቶ ኣብ ውሽጢ { $months } ወርሒ ይውሰኑ ይብል (እቲ ገጽ ወርሓዊ ይሕደስ)።
route-une-omgjoring-step-une-omgjoring-priority = UNE ነዞም ሕቶታት ድሕሪ ይግባያት እዩ ዝሰርሓሎም፡ ስለዚ ዝያዳ ግዜ ክወስዱ ይኽእሉ።
route-udi-omgjoring-step-udi-omgjoring-may = UDI ውሳነኡ ክቕይር ይኽእል፡ ግን ነቲ ሕቶ ክርእዮ ግዴታ የብሉን። UDI ነዞም ሕቶታት ብኸመይ ከም ዝሕዞም ኣይፍለጥን።

route-udi-last-une-final = ውሳነ UNE ናይ መወዳእታ እዩ፦ UNE እንተነጺጉ፡ ካብኡ ንላዕሊ ይግባይ የለን። ሽዑ ንUNE ውሳነኡ ዳግማይ ክርኢ ክትሓትት፡ ሓድሽ ሕቶ ከተቕርብ፡ ወይ ናብ Sivilombudet (ኦምቡድስማን) ክትጠርዕ ትኽእል።
route-embassy-last-udi-final = UDI እውን እንተነጺጉ፡ ካብኡ ንላዕሊ ይግባይ የለን። ሓድሽ ሕቶ ከተቕርብ ወይ ናብ Sivilombudet ክትጠርዕ ትኽእል።
route-police-last-udi-final-police = UDI እውን እንተነጺጉ፡ እቲ ውሳነ ናይ መወዳእታ እዩ። ሓድሽ ሕቶ ከተቕርብ ወይ ናብ Sivilombudet ክትጠርዕ ትኽእል።
route-une-omgjoring-last-une-omgjoring-final = ካብኡ ንላዕሊ ይግባይ የለን። ምርጫታት፦ ሓድሽ ሕቶ፡ Sivilombudet (ብነጻ፡ ኣብ ውሽጢ ሓደ ዓመት ካብቲ ናይ መወዳእታ ውሳነ፦ ክሳብ { $date }፤ እቲ Ombud ነቲ ውሳነ ክቕይሮ ኣይክእልን)፡ ወይ ጉዳይ ቤት ፍርዲ (ጠበቓ የድልዮ፡ ክቡር ድማ እዩ)።
route-udi-omgjoring-last-udi-omgjoring-else = UDI ውሳነኡ እንተዘይቀየረ፡ UNE እውን ብተመሳሳሊ ምኽንያታት ክቕይሮ ይኽእል (fvl. § 35 ካልኣይ ክፍሊ)። ሓድሽ ሕቶ ብዙሕ ግዜ ይቕልጥፍ።

route-also-late-klage = ንመደንጎዪ ብኣኻ እንተዘይኮይኑ ወይ ፍሉይ ምኽንያታት እንተሃልዮም፡ ዝደንጎየ ይግባይ (fvl. § 31) ገና ክርአ ይኽእል። እታ ናይ መወዳእታ መዓልቲ { $date } እያ፡ ድሕሪ ውሳነ ሓደ ዓመት።
route-also-new-application = ሓድሽ ሕቶ ብዙሕ ግዜ እቲ ዝቐልጠፈ መገዲ እዩ።
route-also-utsatt-letter = Klagehjelp ፍሉይ ሕቶ ምድንጓይ ትግባረ (utsatt iverksettelse) (ኣብቲ ይግባይ ክሳብ ዝውሰን ኣብ ኖርወይ ንምጽናሕ) ክጽሕፍ ይኽእል፡ ነዚ ቅድሚ እቲ ይግባይ ብኡንብኡ ክትሰዶ ትኽእል።

route-warning-made-by-unsure = ነቲ ውሳነ መን ከም ዝወሰኖ ኣብቲ ውሳነ ኣረጋግጽ፦ ርእሲ ደብዳበን ፊርማን (UDI ወይ እቲ ኤምባሲ)፡ እታ መን ከም ዝነጸገ እትገልጽ ሓረግ ("Utlendingsdirektoratet har …" ወይ "Ambassaden har …")፡ ከምኡ ድማ መምርሒ ይግባይ። እቲ ውሳነ ንUNE ከም ኣብ ይግባይ ዝውስን ትካል እንተጠቐሶ፡ UDI እዩ ወሲንዎ፤ ንUDI እንተጠቐሶ፡ እቲ ኤምባሲ ወይ ፖሊስ እዮም ወሲኖምዎ። ነቲ ይግባይ ከምቲ መምርሒ ይግባይ ዝብሎ ኣቕንዖ። ክልቲኦም ክኾኑ ዝኽእሉ መገድታት ኣብ ታሕቲ ተራእዮም ኣለዉ።
route-warning-check-made-by = ብዙሓት ብኤምባሲ ወይ ብፖሊስ ዝተዋህቡ ምንጻጋት ውሳነታት UDI እዮም። ነቲ ውሳነ መን ከም ዝወሰኖ ኣብቲ ውሳነ ኣረጋግጽ፦ መምርሒ ይግባይ ንUNE ከም ኣብ ይግባይ ዝውስን ትካል እንተጠቐሶ፡ UDI እዩ ነቲ ውሳነ ወሲንዎ፡ እቲ ይግባይ ድማ ናብ UDI ይቐንዕ።
route-warning-address-unknown = Klagehjelp ነዚ ኣድራሻ ኣይፈልጦን። ካብቲ ደብዳበ ውሳነ ጽሓፎ፡ ወይ እቲ ይግባይ ብኸመይ ከም ዝወሃብ ሕተት።
route-warning-earlier-stated-deadline = እቲ ኣብ ውሳነ ዝተጻሕፈ ቀነ-ገደብን እቲ ብሕጊ ዝተቖጽረን ይፈላለዩ፡ እቲ ዝቐደመ ({ $date }) ድማ ሓሊፉ። ነቲ ይግባይ ሎሚ ስደዶ። እቲ ደብዳበ ነታ ነቲ ውሳነ ዝተቐበልካላ መዓልቲ ይገልጽ፡ ከም ኣማራጺ ድማ ብመሰረት fvl. § 31 ክርአ ይሓትት።
route-warning-deadline-passed = ቀነ-ገደብ ይግባይ ({ $date }) ሓሊፉ። ዝደንጎየ ይግባይ ብመሰረት fvl. § 31 ገና ክርአ ይኽእል፦ ስለምንታይ ከም ዝደንጎየ ግለጽ፡ ብዝቐልጠፈ ድማ ስደዶ።
route-warning-one-year-passed = ካብቲ ውሳነ ልዕሊ ሓደ ዓመት ሓሊፉ (ደረቱ { $date } ነይሩ)፡ ስለዚ ይግባይ ክርአ ኣይክእልን (fvl. § 31 ሳልሳይ ክፍሊ)። ምርጫታት፦ ሕቶ ምቕያር ውሳነ ወይ ሓድሽ ሕቶ።
route-warning-provisional-recommended = ዝተረፈ ግዜ ውሑድ እዩ (ቀነ-ገደብ { $date })። ገና ኩሉ እንተዘይብልካ፡ ሕጂ ግዝያዊ ይግባይ (foreløpig klage) ስደድ፡ ሰነዳት ድማ ደሓር።
route-warning-electronic-notice = እቲ ውሳነ ብኤሌክትሮኒክ መገዲ መጺኡ፦ እቲ ቀነ-ገደብ እቲ ውሳነ ተቐሪቡን እቲ ምልክታ ተላኢኹን ካብ ዝበለሉ ግዜ እዩ ዝጀምር፡ ንስኻ ካብ ዝኸፈትካዮ ግዜ ኣይኮነን።
route-warning-fullmakt-follows = እቲ ዝተፈርመ ውክልና (fullmakt) ደሓር ክስደድ እዩ። ብዝቐልጠፈ ስደዶ፦ ጠበቓ ዘይኮነ ወኪል (fullmektig) ጽሑፍ ውክልና ከርኢ ኣለዎ (fvl. § 12)።
route-warning-deferral-une = UNE ነቲ ሕቶ ክሳብ ዝርእዮ ኣብ ኖርወይ ክትጸንሕ፡ ኣብቲ ሕቶ ምድንጓይ ትግባረ (utsatt iverksettelse) ሕተት። UNE ክፍቀድ ድዩ ይውስን።
route-warning-renewal-right-to-stay = ከይሓተትካ ኣብ እዋን ይግባይ ኣብ ኖርወይ ክትጸንሕ መሰል ዘለካ፡ እዞም ሰለስተ ኩሎም እንተተማልኦም ጥራይ እዩ፦ እቲ ዝተነጸገ ሕቶ ብተመሳሳሊ መሰረት ምሕዳስ ነይሩ፡ እቲ ቅድሚኡ ዝነበረ ፍቓድ ቅድሚ ምውዳኡ እንተወሓደ ሓደ ወርሒ ቀሪቡ፡ እቲ ይግባይ ድማ ኣብ ውሽጢ ቀነ-ገደብ ይስደድ። ብሰለስቲኦም እንተዘይተረጋጊጽካ፡ ብኡንብኡ ምድንጓይ ትግባረ ሕተት።
route-warning-deferral-48h = ሕቶ ምድንጓይ ትግባረ ብኡንብኡ ስደድ። ምንጻግ ቀዳማይ ፍቓድ ነቲ ውሳነ ካብ እትቕበለሉ 48 ሰዓት ጀሚሩ ክትግበር ይኽእል (utl. § 90)። ደሓር እውን ክትሓትት ትኽእል ኢኻ፡ ግን ብዝቐልጠፈ መጠን ይሓይሽ። እዚ ቀነ-ገደብ ይግባይ ኣይኮነን።
route-warning-exit-deadline = እቲ ምንጻግ ቀነ-ገደብ ምውጻእ (utreisefrist) የቐምጥ፡ ብልሙድ ካብ 7 ክሳብ 30 መዓልቲ። ኣብ ቀነ-ገደብ ምውጻእ ባዕሉ ይግባይ ክቐርብ ኣይከኣልን፡ ግን ነቲ ኣብ እትነብረሉ ዘሎ ወረዳ ፖሊስ ከናውሖ ክትሓትት ትኽእል። ምድንጓይ ትግባረ እንተተነጺጉ፡ ክሳብ ቀነ-ገደብ ምውጻእ ካብ ኖርወይ ክትወጽእ ኣለካ፤ እቲ ይግባይ ካብ ወጻኢ ይቕጽል።
route-warning-deferral-abroad = እቲ ጉዳይ እቲ ሓታቲ ካብ ኖርወይ ወጻኢ ከም ዘሎ ይገልጽ። ምድንጓይ ትግባረ ብዛዕባ ኣብ ኖርወይ ምጽናሕ እዩ፡ ስለዚ እቲ ደብዳበ ነቲ ሕቶ ኣየካትቶን። እቲ ሓታቲ ኣብ ኖርወይ እንተሃልዩ ነቲ መልሲ ቀይሮ።
route-warning-abroad-send-early = ካብ ወጻኢ፦ ነቲ ይግባይ ቅድሚ ምውዳእ ቀነ-ገደብ ጸዓኖ (ወይ ውሳነ ኤምባሲ እንተኾይኑ ቅድሚ ምውዳእ ቀነ-ገደብ ኣብቲ ኤምባሲ ኣረክቦ)፡ ነቲ ቅብሊት ድማ ሓዞ። ኣብ ካልእ ሃገር ዘሎ ፖስታ ንቐነ-ገደብ ይቑጸር ድዩ ኣይፍለጥን።
route-warning-in-norway-unknown = እቲ ጉዳይ እቲ ሓታቲ ኣብ ኖርወይ ድዩ ዘሎ ኣይገልጽን። ምድንጓይ ትግባረ ኣብ ኖርወይ ጥራይ እዩ ዘገድስ፡ ስለዚ ነቲ ሕቶ ክሳብ እትምልሶ እቲ ደብዳበ ነቲ ሕቶ ኣየካትቶን።

route-cli-made-by-given = ነቲ ውሳነ ዝወሰነ፦ { $who } (ካብቲ ውሳነ)
route-cli-made-by-derived = ነቲ ውሳነ ዝወሰነ፦ { $who } (ካብቲ ዝጠቐስካዮ ትካል ዝተወስደ፤ ኣብቲ ውሳነ ኣረጋግጾ)
route-cli-letter = ደብዳበ፦ { $kind } (ደብዳበ klagehjelp)
route-cli-letter-none = ደብዳበ፦ ገና የለን (ቅድም ነቲ ውሳነ መን ከም ዝወሰኖ ፍለጥ)
route-cli-deadline = ክተማልኦ ዘለካ ቀነ-ገደብ፦ { $date }
route-cli-send-to = ስደድ ናብ
route-cli-address-unknown = (ኣድራሻ ብKlagehjelp ኣይፍለጥን)
route-cli-channels = ብኸመይ ከም እትሰዶ
route-cli-who = መን ይርእዮን መን ይውስንን
route-cli-next = ቀጺሉ እንታይ ይኸውን
route-cli-last = እቲ ናይ መወዳእታ ስጉምቲ
route-cli-also = ካልኦት ምርጫታት
route-cli-warnings = ተጠንቀቕ
route-cli-sources = ምንጭታት
route-cli-candidates = ሓደ ካብዞም መገድታት ክኸውን ይኽእል፦
route-made-by-UDI = UDI
route-made-by-embassy = ኤምባሲ ወይ ቆንስል
route-made-by-police = ፖሊስ
route-made-by-UNE = UNE
route-made-by-unsure = ርግጸኛ ኣይኮንኩን
route-cli-made-by-unsure = ነቲ ውሳነ ዝወሰነ፦ ገና ኣይተፈልጠን (ኣብቲ ውሳነ እንታይ ከም እተረጋግጽ ኣብ ታሕቲ ርአ)
route-warning-send-as-decision-says = UDI ነቲ ውሳነ ወሲንዎ፡ እቲ ኤምባሲ ወይ ፖሊስ ድማ ኣረኪቦሞ። ነቲ ይግባይ ናብ UDI ኣቕንዖ፡ ከምቲ ደብዳበ ውሳነ ዝብሎ ድማ ስደዶ (ንኣብነት ብመገዲ እቲ ኤምባሲ)። ዘረከብካላ መዓልቲ ዘረጋግጽ ሓዝ።
route-udi-step-une-changed = ኣብ { $year } UNE ካብ { $total } ጉዳያት ምጥርናፍ ስድራቤት ኣብ { $changed } ነቲ ውሳነ ቀይሩ። ልሙድ ምኽንያት፦ UNE ቅድሚ ምውሳኑ እቲ ቅድመ-ኩነት ተማሊኡ ነይሩ። ስለዚ እንታይ ከም ዝተቐየረ ዘርእዩ ሰነዳት ስደድ።
route-also-costs = እቲ ውሳነ ንዓኻ ብዝጠቅም ተቐይሩ እንተኾይኑ፡ ኣድለይቲ ወጻኢታት (ንኣብነት ጠበቓ) ክሽፈኑ ይኽእሉ። ብዛዕባ እቲ ሓድሽ ውሳነ ካብ ዝተነግረካ ኣብ ውሽጢ ሰለስተ ሰሙን ሕተቶም (fvl. § 36)።
