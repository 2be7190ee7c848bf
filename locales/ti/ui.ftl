# Klagehjelp desktop app (ui-*), Tigrinya. Not yet checked by a translator.
# Legal terms keep the Norwegian word in brackets at first use on a screen.
# Legal citations (fvl. § 29, utl. § 90) stay as they are.

ui-lang-name-nb = Norsk bokmål
ui-lang-name-nn = Norsk nynorsk
ui-lang-name-en = English
ui-skip-to-content = ናብ ትሕዝቶ ሕለፍ
ui-ui-language = ቋንቋ ናይቲ መደብ
ui-privacy-footer = ዝጸሓፍካዮ ኩሉ ኣብዚ ኮምፒዩተር ጥራይ እዩ ዝዕቀብ።
ui-saving = ይዕቀብ ኣሎ …
ui-saved = ተዓቂቡ
ui-all-cases = ኩሎም ጉዳያት
ui-back = ተመለስ
ui-next = ቀጽል
ui-finish = ወዲእካ
ui-step-of = ስጉምቲ { $n } ካብ { $total }
ui-progress-label = ምዕባለ
ui-progress-done = ተወዲኡ
ui-progress-current = ኣብዚ ኣለኻ
ui-yes = እወ
ui-no = ኣይፋል
ui-cancel = ኣቋርጽ
ui-change = ቀይር
ui-go-to-field = ናብቲ ቦታ ኪድ
ui-open = ክፈት
ui-duplicate = ቅዳሕ ስራሕ
ui-delete = ደምስስ
ui-export = ኣውጽእ
ui-import = ጉዳይ ኣእቱ (.klage.json)
ui-save-title = ዓቅብ ከም
ui-import-title = ዝኣቱ ጉዳይ ምረጽ

## Start screen
ui-start-title = Klagehjelp
ui-start-lead = ሕቶኻ ናይ ምጥርናፍ ስድራቤት ኣብ ኖርወይ ተነጺጉ ድዩ? ኣብዚ ስጉምቲ ብስጉምቲ ይግባይ (klage) ትጽሕፍ፡ ቅድሚ ቀነ-ገደብ ክትፍርሞን ክትሰዶን ድሉው ዝኾነ ደብዳበ ድማ ትረክብ።
ui-new-case = ሓድሽ ይግባይ ጀምር
ui-saved-cases = ዝተዓቀቡ ጉዳያት
ui-no-cases = ክሳብ ሕጂ ዝተዓቀበ ጉዳይ የብልካን።
ui-unnamed-case = (ስም የብሉን)
ui-col-name = ስም
ui-col-duf = ቁጽሪ DUF
ui-col-deadline = ቀነ-ገደብ
ui-col-days-left = ዝተረፉ መዓልታት
ui-col-actions = ተግባራት
ui-duplicated = ቅዳሕ ተሰሪሑ።
ui-deleted = ጉዳይ «{ $name }» ተደምሲሱ።
ui-delete-title = እቲ ጉዳይ ይደምሰስ ድዩ?
ui-delete-text = ጉዳይ «{ $name }» ካብዚ ኮምፒዩተር ክድምሰስ እዩ። እዚ ክምለስ ኣይክእልን እዩ።
ui-exported-to = እቲ ጉዳይ ኣብ { $path } ተዓቂቡ።
ui-imported = እቲ ጉዳይ ኣትዩ።
ui-stored-where = ጉዳያት ኣበይ እዮም ዝዕቀቡ?
ui-stored-here = ጉዳያት ብኣውቶማቲክ ኣብዚ ፎልደር ናይዚ ኮምፒዩተር ይዕቀቡ፦
ui-reception-title = ሓባራዊ ኮምፒዩተር ትጥቀም ኣለኻ
ui-reception-text = ጉዳያት ኣብዚ ኮምፒዩተር ይዕቀቡ። እቲ ደብዳበ ምስ ተሓትመ ወይ ምስ ተላእከ፡ እቲ ዝቕጽል ሰብ ከይርእዮ ነቲ ጉዳይ ብ«ደምስስ» ደምስሶ።

## Steps
ui-step-language-title = ቋንቋን ተራን
ui-step-language-short = ቋንቋ
ui-step-language-lead = ቋንቋ ናይቲ ደብዳበን መን ነቲ መደብ ይጥቀመሉ ከም ዘሎን ምረጽ። ይግባይ ምጽሓፍ ኣስታት 20 ደቒቕ ይወስድ።
ui-step-decision-title = ውሳነ
ui-step-decision-short = ውሳነ
ui-step-decision-lead = ነቲ ናይ ምንጻግ ደብዳበ ኣብ ቅድሜኻ ኣቐምጦ። ኣብዚ ዝሕተት ሓበሬታ ኣብቲ ደብዳበ ኣሎ።
ui-step-deadline-title = ቀነ-ገደብ
ui-step-deadline-short = ቀነ-ገደብ
ui-step-check-title = ምርመራ ቅድመ-ኩነታት
ui-step-check-short = ቅድመ-ኩነታት
ui-step-check-lead = ንሕቶታት መልሶም፡ ንሕና ድማ ኣየኖት ቅድመ-ኩነታት ዝተማልኡ ዝመስሉን ኣየኖት ሰነዳት ክሕግዙ ዝኽእሉን ነርእየካ።
ui-step-grounds-title = ምኽንያታት
ui-step-grounds-short = ምኽንያታት
ui-step-grounds-lead = ኣብዚ እቲ ውሳነ ስለምንታይ ጌጋ እዩ ኢልካ ከም እትሓስብ ትጽሕፍ። ንነፍሲ ወከፍ ቅድመ-ኩነት ሓሳብ ጽሒፍና ኣለና። ነቲ ጽሑፍ ምስ ጉዳይካ ክሰማማዕ ቀይሮ።
ui-step-attachments-title = ተወሳኺ ሰነዳት
ui-step-attachments-short = ተወሳኺ ሰነዳት
ui-step-attachments-lead = እተተሓሕዞም ሰነዳት ብዚ ስርዓት ቁጽሪ ይወሃቦም፦ ተወሳኺ ሰነድ 1፡ 2 ከምኡ ድማ ካልእ። ትሕቲ እቲ ዝርዝር እቲ ምርመራ ዝሕብሮም ሰነዳት ኣለዉ።
ui-step-representative-title = ወኪል
ui-step-representative-short = ወኪል
ui-step-representative-lead-applicant = ሓደ ሰብ እንተሓጊዙካ ኮይኑ ደብዳበታት ካብ UDI ብስምካ ክቕበል እንተኾይኑ፡ ንሱ ወኪልካ (fullmektig) እዩ።
ui-step-representative-lead-helper = ንሓታቲ ትሕግዝ ኣለኻ። ናይ ገዛእ ርእስኻ ሓበሬታ ምላእ። እቲ ሓታቲ ዝፍርሞ ውክልና (fullmakt) ንውስኽ።
ui-step-representative-lead-reception = እቲ ሓታቲ ወኪል ክህልዎ ይኽእል፡ ንኣብነት ጠበቓ ወይ ወለንተኛ።
ui-step-review-title = ርአን ሕተምን
ui-step-review-short = ርአ
ui-step-review-lead = ኣብዚ ዝመለስካዮ ኩሉ ኣሎ። ኣብዚ ብቐጥታ ከተተዓራርዮ ትኽእል። እቲ ኣብ ታሕቲ ዘሎ ደብዳበ ክትጽሕፍ ከለኻ ይሕደስ።

## 1. Language and role
ui-languages = ቋንቋታት
ui-ui-language-hint = ቋንቋ ናይቲ መደብ ኣብ ላዕሊ የማን ምረጽ። ኣብ ዝኾነ ግዜ ክትቅይሮ ትኽእል።
ui-letter-language = ቋንቋ ናይቲ ደብዳበ
ui-letter-language-hint = UDIን UNEን ብኖርወይኛ ወይ ብእንግሊዝኛ ዝተጻሕፉ ደብዳበታት ጥራይ እዮም ዝቕበሉ። ስለዚ እቲ መደብ ብትግርኛ እንተኾነ እውን፡ እቲ ደብዳበ ብሓደ ካብዞም ክልተ ቋንቋታት ይጽሓፍ።
ui-letter-lang-nb = ኖርወይኛ (bokmål)
ui-letter-lang-nn = ኖርወይኛ (nynorsk)
ui-letter-lang-en = እንግሊዝኛ
ui-role-legend = ነዚ መደብ መን እዩ ዝጥቀመሉ?
ui-role-applicant = እቲ ምንጻግ ባዕለይ እየ ተቐቢለ
ui-role-applicant-hint = ነቲ ይግባይ ንገዛእ ርእስኻ ትጽሕፎ ኣለኻ።
ui-role-helper = ንሓደ ሰብ እሕግዝ ኣለኹ
ui-role-helper-hint = ንኣብነት ከም ወለንተኛ ናይ Jussbuss፡ ስድራ ወይ ዓርኪ። ንስኻ ወኪል ትኸውን።
ui-role-reception = ኣብ መቐበሊ ቤት ጽሕፈት እሰርሕ
ui-role-reception-hint = ንኣብነት ኣብ ኤምባሲ። ንሓታቲ ክመልእ ትሕግዞ፡ ግን እቲ ሓታቲ ባዕሉ ይፍርም።

## 2. The decision
ui-applicant-legend = ሓታቲ (እቲ ሕቶኡ ዝተነጸገ ሰብ)
ui-applicant-hint-self = ሓበሬታኻ።
ui-applicant-hint-other = ሓበሬታ ናይቲ ሕቶኡ ዝተነጸገ ሰብ።
ui-given-name = ስም
ui-family-name = ስም ስድራ
ui-birth-date = ዕለተ ልደት
ui-citizenship = ዜግነት
ui-address = ኣድራሻ
ui-address-hint = ጎደና፡ ቁጽሪ ፖስታን ከተማን፡ ኖርወይ እንተዘይኮይኑ ድማ ሃገር።
ui-phone = ተሌፎን
ui-email = ኢመይል
ui-date-hint = ዕለት ብዚ መልክዕ ጽሓፍ YYYY-MM-DD ወይ DD.MM.YYYY፡ ንኣብነት 2026-11-09።
ui-decision-legend = ውሳነ (vedtak)
ui-authority = ነቲ ውሳነ መን ወሲንዎ?
ui-authority-UDI = UDI
ui-authority-UNE = UNE
ui-authority-police = ፖሊስ
ui-authority-embassy = ኤምባሲ
ui-authority-une-note = ውሳነታት UNE ናይ መወዳእታ እዮም። ሓድሽ ሓበሬታ እንተሃልዩካ፡ ንUNE ነቲ ውሳነ ክቕይሮ ክትሓትት ትኽእል። ሽዑ እቲ ደብዳበ ሕቶ ዳግመ-ርእይቶ (omgjøring) ይኸውን።
ui-embassy = ኣየናይ ኤምባሲ ወይ ቆንስል?
ui-decision-date = ዕለት ናይቲ ውሳነ
ui-decision-date-hint = ኣብ ላዕሊ ናይቲ ደብዳበ ኣሎ።
ui-decision-received = ነቲ ውሳነ ዝተቐበልካሉ ዕለት
ui-decision-received-hint = እቲ ደብዳበ ናባኻ ወይ ናብ ወኪልካ ዝበጽሓሉ መዓልቲ። ቀነ-ገደብ ካብዛ መዓልቲ እዩ ዝቑጸር።
ui-stated-deadline = ኣብቲ ውሳነ ዝተጠቕሰ ቀነ-ገደብ (እንተሃልዩ)
ui-stated-deadline-hint = እቲ ውሳነ ዕለት እንተዘይጠቒሱ ባዶ ግደፎ።
ui-reference = ቁጽሪ መወከሲ (እንተሃልዩ)
ui-reference-hint = ግዴታ ኣይኮነን።
ui-duf = ቁጽሪ DUF
ui-duf-hint = 12 ኣሃዛት፡ ኣብ ላዕሊ ናይቲ ውሳነ፡ ንኣብነት 2012 586975 61።
ui-duf-ok = ቅኑዕ መልክዕ፦ { $duf }
ui-refusal-grounds-legend = እቲ ውሳነ ኣየኖት ቅድመ-ኩነታት ከም ምኽንያት ምንጻግ ይጠቅስ?
ui-refusal-grounds-hint = ነቶም ኣብቲ ውሳነ ዝተጠቕሱ ኩሎም ምልክት ግበረሎም። እንተዘይርግጸኛ ኮይንካ ቀጽል፦ እቲ ዝቕጽል ምርመራ ዝያዳ የርእየካ።

## 3. Deadline
ui-deadline-label = እቲ ይግባይ ክሳብ እዚ ዕለት ክለኣኽ ኣለዎ
ui-deadline-short-open = { $days ->
    [one] { $days } መዓልቲ ተሪፉ
   *[other] { $days } መዓልቲ ተሪፉ
}
ui-deadline-short-last-day = ሎሚ ናይ መወዳእታ መዓልቲ እያ
ui-deadline-short-passed = { $days ->
    [one] ቀነ-ገደብ ቅድሚ { $days } መዓልቲ ሓሊፉ
   *[other] ቀነ-ገደብ ቅድሚ { $days } መዓልቲ ሓሊፉ
}
ui-deadline-stated-vs-computed = እቲ ውሳነ { $stated } ይብል። ብመሰረት ሕጊ ቀነ-ገደብ { $computed } እዩ። ነቲ ዝቐደመ ዕለት ሓልዎ።
ui-deadline-advice-open-title = ግዜ ኣለካ
ui-deadline-advice-open = ነቶም ስጉምትታት ብህድኣት ሕለፎም። ነቲ ይግባይ ቅድሚ ቀነ-ገደብ ብዙሕ ኣቐዲምካ ስደዶ።
ui-deadline-advice-close-title = ቀነ-ገደብ ቀሪቡ
ui-deadline-advice-close = ነቲ ይግባይ ብዝተኻእለ ቀልጢፍካ ስደዶ። ሰነዳት እንተጎዲሎም፡ ሕጂ ግዝያዊ ይግባይ ስደድ እሞ ሰነዳት ደሓር ከም ዝመጹ ጽሓፍ። ሽዑ UDI ብልሙድ ተወሳኺ ክልተ ሰሙን ይህብ (መምርሒ UDI ብዛዕባ ይግባይ)።
ui-deadline-advice-last-day-title = ሎሚ ናይ መወዳእታ መዓልቲ እያ
ui-deadline-advice-last-day = ነቲ ይግባይ ሎሚ ስደዶ። ብፖስታ እንተኾይኑ፡ ቅድሚ ቀነ-ገደብ ምውዳኡ ናብ ፖስታ ክወሃብ ኣለዎ (fvl. § 30)። ብኢንተርነት እንተኣእቲኻዮ፡ ሎሚ ክበጽሕ ኣለዎ። ሰነዳት እንተጎዲሎም ግዝያዊ ይግባይ ስደድ።
ui-deadline-advice-passed-title = ቀነ-ገደብ ሓሊፉ
ui-deadline-advice-passed = ሕጂ እውን ይግባይ ክትሰድድ ትኽእል። ኣብቲ ደብዳበ ስለምንታይ ከም ዝደንጎየ ኣብርህ። እቲ ምድንጓይ ብጌጋኻ እንተዘይኮይኑ፡ ወይ ፍሉያት ምኽንያታት እንተሃልዮም፡ UDI ክርእዮ ይኽእል (fvl. § 31)።
ui-deadline-one-year = እቲ ውሳነ ካብ ዝውሰን ልዕሊ ሓደ ዓመት ምስ ሓለፈ ይግባይ ክርአ ኣይክእልን (fvl. § 31)። እዚ ደረት { $date } እዩ።
ui-deadline-how-title = ቀነ-ገደብ ብኸመይ ከም ዝተሓሰበ
ui-deadline-todo-title = እንታይ ክትገብር ኣለካ
ui-add-to-calendar = ቀነ-ገደብ ናብ ዓውደ-ኣዋርሕካ ወስኽ (.ics)
ui-add-to-calendar-hint = ምስ መዘኻኸሪ 7 መዓልቲን 2 መዓልቲን ቅድሚኡ።
ui-ics-saved = ፋይል ዓውደ-ኣዋርሕ ተዓቂቡ፦ { $path }

## 4. Check
ui-check-screen-of = ክፋል { $n } ካብ { $total }
ui-check-new-questions = መልስኻ ኣብዚ ገጽ ተወሳኺ ሕቶታት ኣምጺኡ። መልሶም፡ ወይ ክትሓልፎም «ቀጽል» ደጊምካ ጠውቕ።
ui-check-results-title = ውጽኢት ንነፍሲ ወከፍ ቅድመ-ኩነት
ui-exceptions = ፍሉይ ኩነታት
ui-documents = ክሕግዙ ዝኽእሉ ሰነዳት
ui-legal-source = ምንጪ፦ { $source }
ui-status-met = ተማሊኡ
ui-status-not-met = ኣይተማልአን
ui-status-not-applicable = ኣይምልከትን
ui-status-needs-assessment = ግምገማ የድልዮ
ui-status-unknown = ንጹር ኣይኮነን
ui-group-other = ካልኦት ሕቶታት

## 5. Grounds
ui-grounds-none-failing = እቲ ምርመራ ዘይተማልአ ቅድመ-ኩነት ኣይረኸበን፡ ንስኻ እውን ካብቲ ውሳነ ዝኾነ ምኽንያት ኣይመረጽካን። እቲ ውሳነ ስለምንታይ ጌጋ እዩ ኢልካ ከም እትሓስብ ብቓላትካ ጽሓፍ።
ui-grounds-your-text = ምኽንያታትካ
ui-grounds-edit-hint = እቲ ሓሳብ መጀመርታ ጥራይ እዩ። ኣብ ጉዳይካ ሓቂ ዝኾነን ካብቲ ውሳነ ንደሓር እንታይ ከም ዝተቐየረን ጽሓፍ። ብኖርወይኛ ወይ ብእንግሊዝኛ ጽሓፍ፡ እቲ ጽሑፍ ከም ዘለዎ ናብቲ ደብዳበ ስለ ዝኣቱ።
ui-grounds-reset = ነቲ ሓሳብ ደጊምካ ኣእቱ
ui-grounds-other = ካልኦት ምኽንያታት
ui-grounds-other-hint = ብድሌት። ንኣብነት ጌጋታት ኣብ ኣተሓሕዛ ጉዳይ፡ ወይ UDI ዘየቕለበሎም ሓቅታት። ብኖርወይኛ ወይ ብእንግሊዝኛ ጽሓፍ፡ እቲ ጽሑፍ ከም ዘለዎ ናብቲ ደብዳበ ስለ ዝኣቱ።
ui-deferred-legend = ይግባይ ክሳብ ዝርአ ኣብ ኖርወይ ምጽናሕ
ui-deferred-explain = ክሳብ ኣብቲ ይግባይ ውሳነ ዝወሃብ ኣብ ኖርወይ ክትጸንሕ ክትሓትት ትኽእል። እዚ ምድንጓይ ትግባረ (utsatt iverksettelse) ይበሃል።
ui-deferred-label = ምድንጓይ ትግባረ ሕተት
ui-deferred-source = ሕጊ ምምሕዳር ህዝቢ (fvl.) § 42ን ሕጊ ስደተኛታትን ኢሚግሬሽንን (utl.) § 90ን።
ui-deferred-abroad = እቲ ሓታቲ ኣብ ኖርወይ የለን፡ ስለዚ ምድንጓይ ትግባረ ኣይምልከቶን (utl. § 90)።
ui-deferred-unknown = ኣብ ምርመራ ቅድመ-ኩነታት ነቲ ሓታቲ ኣብ ኖርወይ ድዩ ዘሎ ዝብል ሕቶ መልሶ። ሽዑ ይግባይ ክሳብ ዝርአ ክትጸንሕ ክትሓትት ትኽእል እንተኾንካ ክትርኢ ኢኻ።
ui-provisional-legend = ዝጎደሉ ሰነዳት ኣለዉ ድዮም?
ui-provisional-explain = ብዝኾነ ነቲ ይግባይ ኣብ ውሽጢ ቀነ-ገደብ ስደዶ፡ ሰነዳት ደሓር ከም ዝመጹ ድማ ጽሓፍ። ሽዑ UDI ብልሙድ ናይ ክልተ ሰሙን ሓድሽ ቀነ-ገደብ ይህብ።
ui-provisional-label = ተወሳኺ ሰነዳት ደሓር ክሰድድ እየ (ግዝያዊ ይግባይ)
ui-provisional-source = መምርሒ UDI «ኣብ ውሳነ UDI ብኸመይ ይግባይ እብል?»ን መልእኽቲ RS 2010-161ን።

## 6. Attachments
ui-attachments-udi-fetches = UDI ሓበሬታ ብዛዕባ ስራሕ፡ ሓገዝ NAV፡ ግብሪ፡ ደሞዝን ናይ ትምህርቲ ልቓሕን ባዕሉ ይረክብ። UDI ዘይብሉ ኣተሓሕዝ፦ ንኣብነት ሓድሽ ውዕል ስራሕ፡ ወይ መብርሂ (RS 2014-012)።
ui-attachment-n = ተወሳኺ ሰነድ { $n }
ui-no-attachments = ክሳብ ሕጂ ተወሳኺ ሰነድ የለን።
ui-add-attachment = ተወሳኺ ሰነድ ወስኽ
ui-move-up = ናብ ላዕሊ ኣሰጋግር
ui-move-down = ናብ ታሕቲ ኣሰጋግር
ui-remove = ኣልግስ
ui-attachments-fullmakt-note = እቲ ውክልና (fullmakt)ን ቅዳሕ ፓስፖርት ናይቲ ሓታቲን እውን ምስቲ ደብዳበ ይተሓሓዙ።

## 7. Representative
ui-reception-not-fullmektig = ሰራሕተኛታት ምምሕዳር ኢሚግሬሽን ንሓታቲ ይግባይ ክጽሕፍ ክሕግዝዎ ይኽእሉ፡ ግን ኣብቲ ጉዳይ ወኪል ክኾኑ ኣይክእሉን (fvl. § 12 ካልኣይ ክፍሊ)። እቲ ሓታቲ ነቲ ይግባይ ይፍርሞ።
ui-rep-question = እቲ ሓታቲ ኣብዚ ጉዳይ ደብዳበታት ካብ UDI ዝቕበል ወኪል ኣለዎ ድዩ?
ui-rep-question-helper = ንስኻ ወኪል ናይቲ ሓታቲ ክትኸውን ዲኻ?
ui-rep-legend = ወኪል
ui-rep-name = ስም
ui-rep-organisation = ትካል
ui-rep-organisation-hint = ንኣብነት Jussbuss። ከም ውልቀ ሰብ እንተሓጊዝካ ባዶ ግደፎ።
ui-rep-is-lawyer = እቲ ወኪል ጠበቓ (advokat) እዩ
ui-rep-is-lawyer-hint = ጠበቓ ጽሑፍ ውክልና ኣየድልዮን (fvl. § 12 ራብዓይ ክፍሊ)።
ui-rep-none = ወኪል የለን። እቲ ሓታቲ ይፍርም።
ui-fullmakt-title = ውክልና (fullmakt)
ui-fullmakt-explain = ኣብ መወዳእታ ናይቲ ደብዳበ ውክልና ንውስኽ። እቲ ሓታቲ ይፍርሞ፡ ንስኻ ድማ ቅዳሕ ናይቲ ስእልን ፊርማን ዘለዎ ገጽ ፓስፖርት ተተሓሕዞ። እቲ ወኪል ልዕሊ 18 ዓመት ክኸውን ኣለዎ፡ ኣብ ምምሕዳር ኢሚግሬሽን ድማ ክሰርሕ የብሉን (fvl. § 12፡ UDI)።

## 8. Review
ui-review-language = ቋንቋ
ui-review-answers = መልስታት ኣብ ምርመራ ቅድመ-ኩነታት
ui-not-answered = ኣይተመለሰን
ui-review-unused-title = ኣብቲ ደብዳበ ዘይጥቀሙ መልስታት
ui-review-unused-hint = እዞም መልስታት ድሕሪ እቲ ደሓር ዝመለስካዮ ኣይምልከቱን እዮም። ተዓቂቦም ኣለዉ፡ ግን ኣብቲ ደብዳበ ኣይጥቀሙን።
ui-signing = ፊርማ
ui-signed-place = ዝተፈርመሉ ቦታ
ui-signed-place-hint = ንኣብነት Oslo።
ui-preview-title = እቲ ደብዳበ
ui-preview-hint = እዚ ኣብቲ PDF ዝህሉ ሓደ ዓይነት ጽሑፍ እዩ። እቲ ደብዳበ ከምቲ UDI ዝደልዮ ብኖርወይኛ ወይ ብእንግሊዝኛ እዩ።
ui-problems-title = እቲ ደብዳበ ቅድሚ ምስራሑ ዝጎደለ
ui-export-pdf = PDF ኣውጽእ
ui-exporting = PDF ይስራሕ ኣሎ …
ui-export-saved = እቲ PDF ተዓቂቡ፦
ui-open-pdf = ነቲ PDF ክፈቶ
ui-show-in-folder = ኣብ ፎልደር ኣርኢ
ui-send-title = ነቲ ይግባይ ብኸመይ ትፍርሞን ትሰዶን
ui-send-sign = ነቲ ደብዳበ ሕተሞ እሞ ፈርሞ። ዘይተፈርሙ ይግባያት ይንጸጉ (UDI)። ወኪል እንተሃልዩ፡ እቲ ሓታቲ ነቲ ውክልና እውን ይፍርሞ።
ui-send-proof = ቅዳሕን መዓስ ከም ዝሰደድካዮ ዘርኢ ቅብሊትን ዓቅብ።

## Errors
ui-err-date-missing = ዕለት ኣእቱ።
ui-err-date-invalid = «{ $value }» ቅኑዕ ዕለት ኣይኮነን። ብዚ መልክዕ ጽሓፎ YYYY-MM-DD ወይ DD.MM.YYYY፡ ንኣብነት 2026-11-09።
ui-err-case-invalid = እቲ ጉዳይ ክንበብ ኣይከኣለን፦ { $reason }
ui-err-case-not-found = እቲ ጉዳይ ኣይተረኽበን።
ui-err-io-write = ኣብ { $path } ክዕቀብ ኣይከኣለን፦ { $reason }። ኣብ ዲስክ ቦታ ከም ዘሎን ኣብቲ ፎልደር ክትጽሕፍ ፍቓድ ከም ዘለካን ኣረጋግጽ።
ui-err-io-read = { $path } ክንበብ ኣይከኣለን፦ { $reason }።
ui-err-io-delete = { $path } ክድምሰስ ኣይከኣለን፦ { $reason }።
ui-err-open-failed = { $path } ክኽፈት ኣይከኣለን፦ { $reason }።
ui-err-pdf-failed = እቲ PDF ክስራሕ ኣይከኣለን፦ { $reason }
ui-rules-note = እቲ ምርመራ ነቶም ሕግታትን መጠናትን ከምቲ ኣብ { $date } ዝነበሩ ይስዕብ፡ ነቶም ቅድመ-ኩነታት ድማ ከምቲ ኣብ { $assessed } ዘለዉ ይግምግሞም።
ui-err-facts-invalid = ሓደ መልሲ ኣብቲ ምርመራ ክንበብ ኣይከኣለን፦ { $reason }
ui-grounds-insert = ነቲ ሓሳብ ኣእቱ
ui-warnings-title = ክረጋገጽ ዘለዎ
ui-suggested-title = እቲ ምርመራ ዝሕብሮም ሰነዳት
ui-suggested-hint = ዘለካን ምስ ጉዳይካ ዝሰማማዕን ወስኽ። እቲ ጽሑፍ ከም ዘለዎ ናብቲ ደብዳበ ይኣቱ፡ ኣብቲ ላዕሊ ዘሎ ዝርዝር ድማ ክትቅይሮ ትኽእል።
ui-suggested-add = ወስኽ
ui-suggested-added = ተወሲኹ

## Late klage (fvl. § 31)
ui-late-reason-label = እቲ ይግባይ (klage) ስለምንታይ ደንጎየ?
ui-late-reason-hint = ቀነ-ገደብ ሓሊፉ። ስለምንታይ ብግዜኡ ይግባይ ከም ዘይበልካን ስለምንታይ ክሳብ ሕጂ ይግባይ ክትብል ከም ዘይከኣልካን ብሓጺሩ ጽሓፍ። እዚ ናብቲ ደብዳበ ይኣቱ። እቲ ምድንጓይ ብጌጋኻ እንተዘይኮይኑ ወይ ፍሉያት ምኽንያታት እንተሃልዮም፡ ዝደንጎየ ይግባይ ክርአ ይኽእል። እቲ ውሳነ ካብ ዝውሰን ልዕሊ ሓደ ዓመት እንተሓሊፉ ግን ፈጺሙ ክርአ ኣይክእልን (ሕጊ ምምሕዳር ህዝቢ፡ fvl. § 31)። ብኖርወይኛ ወይ ብእንግሊዝኛ ጽሓፍ፡ እቲ ጽሑፍ ከም ዘለዎ ናብቲ ደብዳበ ስለ ዝኣቱ።

## Languages and legal terms (shown when the app is not in Norwegian)
ui-translation-unreviewed = እዚ ትርጉም ክሳብ ሕጂ ብተርጓሚ ኣይተመርመረን።
ui-terms-title = ሕጋዊ ቃላት ብኖርወይኛ
ui-terms-hint = ነዞም ቃላት ብኖርወይኛ ኣብ ደብዳበታት UDIን ኣብ ይግባይካን ክትርእዮም ኢኻ።
ui-term-klage = ይግባይ
    .explain = ሓደ ውሳነ ክቕየር እትሓትተሉ ደብዳበ።
ui-term-vedtak = ውሳነ
    .explain = ኣብ ጉዳይካ ዝተወሰነ፡ ንኣብነት ምንጻግ ናይቲ ሕቶ።
ui-term-referanseperson = መወከሲ ሰብ
    .explain = እቲ ሓታቲ ምስኡ ክነብር ዝደሊ ኣብ ኖርወይ ዘሎ ሰብ።
ui-term-utsatt-iverksettelse = ምድንጓይ ትግባረ
    .explain = እቲ ይግባይ ክሳብ ዝርአ ኣብ ኖርወይ ክትጸንሕ ምፍቃድ።
ui-term-fullmakt = ውክልና
    .explain = እቲ ሓታቲ ንኻልእ ሰብ ኣብቲ ጉዳይ ክሰርሕ መሰል ዝህበሉ ወረቐት።
ui-term-duf-nummer = ቁጽሪ DUF
    .explain = ቁጽሪ ጉዳይካ ኣብ UDI፡ 12 ኣሃዛት።
ui-check-missing = ገና ክንፈልጦ ዘሎና
ui-date-or-never-date = እወ፡ ናይ መወዳእታ ክፍሊት በዚ ዕለት እዚ ነበረ፦
ui-never = ፈጺሙ
ui-check-sources = እዚ ሕጊ ዝምርኮሰሎም ምንጭታት ({ $n })
ui-police-district = እቲ ነቲ ውሳነ ዝወሰነ ናይ ፖሊስ ወረዳ
ui-made-by = ከምቲ እቲ ውሳነ ባዕሉ ዝብሎ፡ ነቲ ውሳነ መን ወሲንዎ?
ui-made-by-hint = ርእሲ ደብዳበን ፊርማን፡ እቲ መን ከም ዝነጸገ ዝገልጽ ሓረግን፡ መምርሒ ይግባይን ርአ፦ ኣብኡ UNE ንይግባይ ከም ዝውስኖ እንተተጻሒፉ፡ እቲ ውሳነ ብUDI እዩ ተወሲኑ።
ui-made-by-UDI = UDI (ኤምባሲ ወይ ፖሊስ ኣረኪቦምዎ ጥራይ)
ui-made-by-embassy = እቲ ኤምባሲ ወይ ቆንስል ባዕሉ
ui-made-by-police = እቲ ናይ ፖሊስ ወረዳ ባዕሉ
ui-made-by-unsure = ርግጸኛ ኣይኮንኩን
