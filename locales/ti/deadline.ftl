## The klage deadline (src/deadline.rs, src/ics.rs, klagehjelp deadline), Tigrinya.
## Not yet checked by a translator.

deadline-headline = ቀነ-ገደብ ይግባይ፦ { $date }
deadline-heading-why = ስለምንታይ እዚ ዕለት
deadline-heading-todo = እንታይ ትገብር
deadline-status-open = ክፉት
deadline-status-last-day = ናይ መወዳእታ መዓልቲ
deadline-status-passed = ሓሊፉ
deadline-status-label = ኩነታት
deadline-status-line-open = { $days ->
    [one] { $days } መዓልቲ ተሪፉ
   *[other] { $days } መዓልቲ ተሪፉ
  } (ሎሚ { $today } እዩ)።
deadline-status-line-last-day = ሎሚ ({ $today }) ናይ መወዳእታ መዓልቲ እያ።
deadline-status-line-passed = ቀነ-ገደብ ቅድሚ { $days ->
    [one] { $days } መዓልቲ
   *[other] { $days } መዓልቲ
  } ሓሊፉ (ሎሚ { $today } እዩ)።
deadline-computed-label = ቀነ-ገደብ ብመሰረት ሕጊ
deadline-stated-label = ቀነ-ገደብ ኣብቲ ውሳነ

deadline-why-weeks = ይግባይ (klage፡ ማለት ብጽሑፍ ዝቐርብ ይግባይ) ንምልኣኽ፡ እቲ ውሳነ ናባኻ ካብ ዝበጽሓሉ መዓልቲ ጀሚሩ 3 ሰሙን ኣለካ (fvl. § 29)። ድሕሪ { $received } 3 ሰሙን { $date } እዩ።
deadline-why-closed = { $date } { $name } እዩ ({ $source })።
deadline-why-moved = ቀነ-ገደብ ብቐዳም፡ ብሰንበት ወይ ብበዓል ህዝቢ እንተተወዲኡ፡ ናብቲ ዝቕጽል መዓልቲ ስራሕ ይሰጋገር (domstolloven § 149፡ fvl. § 30)። ስለዚ ቀነ-ገደብ { $date } እዩ።
deadline-why-not-moved = እዚ መዓልቲ ስራሕ እዩ፡ ስለዚ ቀነ-ገደብ ኣብታ መዓልቲ ይጸንሕ (domstolloven §§ 148–149፡ fvl. § 30)።
deadline-stated-same = ቀነ-ገደብ ኣብቲ ውሳነ ({ $stated }) ምስቲ ኣብዚ ዝተሓሰበ ሓደ እዩ።
deadline-stated-later = እቲ ውሳነ ካብቲ ኣብ ሕጊ ዘሎ 3 ሰሙን ({ $computed }) ዝደንጎየ ቀነ-ገደብ ({ $stated }) ይህብ። ነቲ ዝቐደመ ዕለት፡ { $computed }፡ ኣኽብር፦ ሕጊ እቲ ውሳነ ናባኻ ካብ ዝበጽሓሉ መዓልቲ ጀሚሩ 3 ሰሙን ይቖጽር (fvl. § 29)፡ ኣብቲ ውሳነ ዘሎ ዝደንጎየ ዕለት ድማ ከይሕልወካ ይኽእል እዩ።
deadline-stated-earlier = እቲ ውሳነ ካብቲ ሕጊ ({ $computed }) ዝቐደመ ቀነ-ገደብ ({ $stated }) ይህብ። ነቲ ዝቐደመ ዕለት፡ { $stated }፡ ኣኽብር። ነቲ ውሳነ ዝተቐበልካሉ ዕለት ቅኑዕ ምዃኑ ኣረጋግጽ፦ እቶም 3 ሰሙን እቲ ውሳነ ናባኻ ካብ ዝበጽሓሉ መዓልቲ እዮም ዝቑጸሩ (fvl. § 29)።
deadline-office-warning = { $date } { $name } እዩ። ሕጊ ኖርወይ ብሰንኪ እዛ መዓልቲ ቀነ-ገደብ ኣየሰጋግርን (domstolloven § 149፡ helligdagsloven § 2)፡ ግን ቤት ጽሕፈታትን ቤት ጽሕፈት ፖስታን ዕጹዋት ክኾኑ ወይ ኣቐዲሞም ክዓጽዉ ይኽእሉ። ነቲ ይግባይ ቅድሚ ሒደት መዓልታት ስደዶ።

deadline-todo-send-by = ነቲ ይግባይ (ብጽሑፍ ዝቐርብ ይግባይካ) ክሳብ { $date } ስደዶ።
deadline-todo-last-day = ሎሚ ናይ መወዳእታ መዓልቲ እያ። ነቲ ይግባይ ሎሚ ስደዶ።
deadline-todo-provisional = ክሳብ ሕጂ ኩሎም ሰነዳት የብልካን ድዩ? ሕጂ ግዝያዊ ይግባይ (foreløpig klage) ስደድ፦ ተወሳኺ ሰነዳት ደሓር ከም ዝመጹ ዝገልጽ ሓጺር ይግባይ። ሽዑ UDI ንሰነዳት ናይ ክልተ ሰሙን ሓድሽ ቀነ-ገደብ ይህበካ (udi.no)።
deadline-todo-passed = ቀነ-ገደብ { $date } ነይሩ። ሕጂ እውን ይግባይ ክትሰድድ ትኽእል። እቲ ምድንጓይ ብጌጋኻ እንተዘይኮይኑ ወይ ፍሉያት ምኽንያታት እንተሃልዮም፡ UDI ዝደንጎየ ይግባይ ክርእዮ ይኽእል (fvl. § 31)። ኣብቲ ይግባይ ስለምንታይ ከም ዝደንጎየ ግለጽ። እቲ ደብዳበ ዝደንጎየ ይግባይ ክኸውን እዩ።
deadline-todo-one-year = እቲ ውሳነ ካብ ዝውሰን ልዕሊ ሓደ ዓመት ምስ ሓለፈ፡ ይግባይ ከም ይግባይ ፈጺሙ ክርአ ኣይክእልን (fvl. § 31)። ዕለት ናይቲ ውሳነ ኣረጋግጽ።
deadline-todo-one-year-limit = እቲ ውሳነ ካብ ዝውሰን ልዕሊ ሓደ ዓመት ምስ ሓለፈ፡ ይግባይ ከም ይግባይ ፈጺሙ ክርአ ኣይክእልን (fvl. § 31)። እቲ ውሳነ ዕለት { $decided } ኣለዎ፡ ስለዚ እታ ናይ መወዳእታ ክትከውን እትኽእል መዓልቲ { $limit } እያ።
deadline-todo-one-year-passed = ቀነ-ገደብ { $date } ነይሩ። እቲ ውሳነ ካብ ዝውሰን ({ $decided }) ልዕሊ ሓደ ዓመት ሓሊፉ፡ ስለዚ እቲ ይግባይ ድሕሪ ሕጂ ከም ይግባይ ክርአ ኣይክእልን (fvl. § 31)። ሕጋዊ ምኽሪ ድለ።
deadline-todo-one-year-passed-received = ቀነ-ገደብ { $date } ነይሩ። ነቲ ውሳነ ካብ ዝተቐበልካሉ ({ $received })፡ ስለዚ እውን ካብ ዝውሰን፡ ልዕሊ ሓደ ዓመት ሓሊፉ። እቲ ይግባይ ድሕሪ ሕጂ ከም ይግባይ ክርአ ኣይክእልን (fvl. § 31)። ሕጋዊ ምኽሪ ድለ።
deadline-todo-on-time = ደብዳበ ቅድሚ እታ ናይ መወዳእታ መዓልቲ ምውዳኣ ናብ ፖስታ (ቤት ጽሕፈት ፖስታ ወይ ሳጹን ፖስታ) እንተሂብካዮ ብግዜኡ እዩ (fvl. § 30)። ነቲ ይግባይ ብኢንተርነት እንተኣእቲኻዮ፡ ቅድሚ እታ ናይ መወዳእታ መዓልቲ ምውዳኣ ክበጽሕ ኣለዎ (eForvaltningsforskriften § 11)። መዓስ ከም ዝሰደድካዮ መረጋገጺ ዓቅብ፦ ቅብሊት ካብ ቤት ጽሕፈት ፖስታ (ዝተመዝገበ ደብዳበ) ወይ ካብቲ ምእታው።

deadline-error-received-after-today = ነቲ ውሳነ ዝተቐበልካላ መዓልቲ ({ $received }) ድሕሪ ሎሚ ({ $today }) እያ። እቲ ውሳነ ናባኻ ዝበጽሓላ መዓልቲ ጽሓፍ፦ ሎሚ ወይ ቅድሚኡ።
deadline-error-decided-after-received = ዕለት ናይቲ ውሳነ ({ $decided }) ድሕሪ እታ ዝተቐበልካላ መዓልቲ ({ $received }) እዩ። ክልቲኦም ዕለታት ኣረጋግጽ፦ ውሳነ ኣብ ዝተወሰነሉ መዓልቲ ወይ ድሕሪኡ እዩ ዝበጽሓካ።
deadline-error-out-of-range = { $date } ቀነ-ገደብ ንምሕሳብ ካብ ሎሚ ኣዝዩ ርሑቕ እዩ። ነቲ ዕለት ኣረጋግጽ።

## Names of closed days (data/closed-days.toml)
closed-saturday = ቀዳም
closed-sunday = ሰንበት
closed-nyttarsdag = ሓድሽ ዓመት (nyttårsdag)
closed-may1 = 1 ግንቦት፡ ከም ሰንበት ዝቑጸር በዓል ህዝቢ (høgtidsdag)
closed-may17 = 17 ግንቦት፡ ከም ሰንበት ዝቑጸር በዓል ህዝቢ (høgtidsdag)
closed-forste_juledag = በዓል ልደት (første juledag)
closed-andre_juledag = ካልኣይ መዓልቲ ልደት (andre juledag)
closed-skjaertorsdag = ሓሙስ ጸሎተ (skjærtorsdag)
closed-langfredag = ዓርቢ ስቅለት (langfredag)
closed-forste_paaskedag = ሰንበት ፋሲካ (første påskedag)
closed-andre_paaskedag = ሰኑይ ፋሲካ (andre påskedag)
closed-kristi_himmelfartsdag = በዓል ዕርገት (Kristi himmelfartsdag)
closed-forste_pinsedag = ሰንበት ጰንጠቈስጤ (første pinsedag)
closed-andre_pinsedag = ሰኑይ ጰንጠቈስጤ (andre pinsedag)
closed-julaften = ዋዜማ ልደት (julaften)
closed-nyttarsaften = ዋዜማ ሓድሽ ዓመት (nyttårsaften)

## Calendar file (.ics)
ics-summary = ቀነ-ገደብ ይግባይ፦ ይግባይ ንምልኣኽ ናይ መወዳእታ መዓልቲ
ics-alarm-7 = ቀነ-ገደብ ይግባይ ድሕሪ 7 መዓልቲ እዩ ({ $date })።
ics-alarm-2 = ቀነ-ገደብ ይግባይ ድሕሪ 2 መዓልቲ እዩ ({ $date })።
deadline-todo-between = እቲ ካብቶም ክልተ ዕለታት ዝቐደመ ({ $earlier }) ሓሊፉ፤ እቲ ዝደንጎየ ({ $later }) ግን ኣይሓለፈን። ነቲ ይግባይ ሎሚ ስደዶ። እቲ ደብዳበ ነቲ ውሳነ ዝተቐበልካላ መዓልቲ ይገልጽ፡ ከም ኣማራጺ ድማ እቲ ይግባይ ዝደንጎየ እኳ እንተኾነ ክርአ ይሓትት (fvl. § 31)። ነቲ ውሳነ ዝተቐበልካላ መዓልቲ ዘርኢ መረጋገጺ ዓቅብ (እቲ ሸፋኒ ደብዳበ፡ እቲ ኢ-መይል ወይ SMS)።
