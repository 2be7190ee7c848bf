# Issue 9: the fullmektig, the parties, the letter as sent, and after sending.

## Who made the decision
ui-made-by-UDI-direct = UDI
ui-made-by-UNE = UNE (ቦርድ ይግባይ ስደት)
ui-made-by-help-title = መን ከም ዝወሰነ ብኸመይ ትፈልጥ
ui-made-by-help-letterhead = ርእሲ ደብዳቤን ፌርማን፡ «Utlendingsdirektoratet» ወይ «UDI» ድዩ ዝብል፡ ወይስ ስም ኤምባሲ?
ui-made-by-help-sentence = መን ከም ዝነጸገ ዝገልጽ ሓረግ፡ ንኣብነት «Utlendingsdirektoratet har avslått» (UDI ነጺጉ) ወይ «Ambassaden har avslått» (ኤምባሲ ነጺጉ)።
ui-made-by-help-instructions = እዞም ክልተ እንተ ዘይተሰማምዑ፡ መምርሒ ይግባይ እዩ ዝውስን፡ UNE ነቲ ይግባይ ከም ዝውስን እንተ በለ፡ ውሳነ ካብ UDI እዩ። UDI ነቲ ይግባይ ከም ዝውስን እንተ በለ፡ ውሳነ ካብ ኤምባሲ ወይ ፖሊስ እዩ።
ui-made-by-help-abroad = ኣብ ወጻኢ ዝበዝሑ ምንጻጋት ኤምባሲ ጥራይ ዘረክቦም ውሳነታት UDI እዮም። ብሃገር ኣይትገምት።

## Case number, co-applicants and the reference person
ui-case-number = ቁጽሪ ጉዳይ ኣብ ውሳነ (saksnummer)
ui-case-number-hint = መብዛሕትኡ ግዜ ኣብ ላዕሊ ውሳነ ይርከብ። እንተ ዘይረኺብካዮ፡ ኣብ ደብዳቤ ብኢድካ ትመልኦ ባዶ መስመር ይሕተም።
ui-co-applicants-legend = ኣብቲ ሓደ ውሳነ ዝተነጸጉ ካልኦት
ui-co-applicants-hint = ንኣብነት ምሳኻ ዝሓተቱ ቆልዑ። ኩሎም ኣብቲ ሓደ ደብዳቤ ይግባይ ክብሉ ይኽእሉ፡ ነፍሲ ወከፎም ብናቶም ቁጽሪ DUF። ኩሉ ዓቢ ሰብ ይፍርም። ንቖልዓ ሓላፍነት ወለዲ ዘለዎ ሰብ ይፍርመሉ።
ui-co-applicant-n = ሓታቲ { $n }
ui-co-applicant-birth-hint = ትሕቲ 18 ዓመት፡ ሓላፍነት ወለዲ ዘለዎ ሰብ ንቖልዓ ይፍርመሉ።
ui-co-applicant-duf-hint = ናይቲ ሰብ ባዕሉ ቁጽሪ DUF፡ 12 ኣሃዛት።
ui-co-applicant-add = ካልእ ሓታቲ ወስኽ
ui-sponsor-legend = ወኪል ሰብ (ስፖንሰር)
ui-sponsor-hint = እቲ ሕቶ ዝምርኮሶ ኣብ ኖርወይ ዘሎ ሰብ። ስሙን ዕለት ልደቱን ኣብ ይግባይ ይጽሓፍ።

## The representative (fullmektig)
ui-rep-organisation-note = ሽዑ ውክልና ን{ $org } ብ{ $name } ኣቢሉ ይወሃብ («{ $org } v/ { $name }»)።
ui-rep-fullmakt-follows = ውክልና ደሓር ክስደድ እዩ
ui-rep-fullmakt-follows-hint = ሓታቲ ኣብ ወጻኢ ኮይኑ ቅድሚ ግዜ ገደብ ክፍርም ምስ ዘይክእል ጥራይ። እቲ ደብዳቤ እቲ ዝተፈርመ ውክልና ደሓር ከም ዝመጽእ ይገልጽ። ምስ ረኸብካዮ ብቕልጡፍ ስደዶ።
ui-rep-contact = ኣድራሻ፡ ተሌፎን ወይ ኢመይል
ui-rep-missing = ዝጎደለ፡ { $fields }። ብዘይ እዚ እቲ ደብዳቤ ክዳሎ ኣይክእልን፡ ምኽንያቱ UDI ውሳነታትን ደብዳቤታትን ናብ ወኪል እዩ ዝሰድድ።
ui-rep-complete = ምስ ወኪል ክረኣኸብ ይከኣል።

## Optional requests in the klage
ui-requests-legend = እዚ እውን ኣብ ይግባይ ክትሓትት ትኽእል
ui-request-innsyn-label = ሰነዳት ናይቲ ጉዳይ ንምርኣይ ሕተት (innsyn፡ fvl. § 18)
ui-request-innsyn-hint = ሰነዳት ንምርኣይ ምሕታት ግዜ ገደብ ይግባይ ኣየቋርጾን። ይግባይ ቅድሚ ግዜ ገደብ ስደድ፡ ኣብቲ ሓደ ይግባይ ድማ ምርኣይ ሕተት።
ui-request-set-aside-label = ከም ኣማራጺ፡ ውሳነ ክስረዝን ጉዳይ ንሓድሽ ምርመራ ክምለስን ሕተት (fvl. § 34)
ui-request-set-aside-hint = «ከም ኣማራጺ» ማለት፡ ሕቶ እንተ ዘይተቐቢሎም። ሽዑ ጉዳይ ከም ብሓድሽ ክርአ ይኽእል።

## After sending
ui-sent-title = ድሕሪ ምስዳድ
ui-sent-hint = ይግባይ ምስ ተሰደደ፡ መዓስን ብኸመይን ጽሓፍ። ምስቲ ጉዳይ ይዕቀብ፡ ንምክትታል ድማ ዕለት ትረክብ።
ui-sent-date = ይግባይ ዝተሰደደሉ ዕለት
ui-sent-channel = ብኸመይ ተሰዲዱ?
ui-sent-receipt = ቅብሊት (ኣማራጺ)
ui-sent-receipt-hint = ንኣብነት ቁጽሪ ዝተመዝገበ ደብዳቤ፡ ወይ ድሕሪ ምጽዓን ዝመጽእ መረጋገጺ።
ui-sent-save = ዕቀብ፡ ይግባይ ተሰዲዱ
ui-sent-change = ቀይር
ui-sent-record = ብ{ $date } ተሰዲዱ፡ { $channel }።
ui-sent-record-receipt = ቅብሊት፡ { $receipt }።
ui-sent-channel-udi_upload = ናብ UDI ተጻዒኑ
ui-sent-channel-post = ብፖስታ
ui-sent-channel-police = ንፖሊስ ተረኪቡ
ui-sent-channel-embassy = ከምቲ ውሳነ ዝብሎ ንኤምባሲ ተረኪቡ
ui-sent-channel-une_form = ብቕጥዒ UNE ተሰዲዱ
ui-sent-follow-up-title = ተኸታተል
ui-sent-follow-up-ics = መዘኻኸሪ ኣብ ካሌንደር ወስኽ
ui-sent-no-follow-up-route = ኣብዚ መልሲ መዓስ ከም ዝመጽእ ምንጪ የብልናን። ኣብ ላዕሊ «ቀጺሉ እንታይ ይኸውን» ርአ።
ui-sent-no-follow-up = ገና ንምክትታል ዕለት የለን። ቅድም ይግባይ መዓስ ከም ዝተሰደደ ጽሓፍ።
ui-sent-ics-summary = ይግባይ ኣብ UDI ተኸታተል
ui-sent-error-date = «{ $value }» ቅኑዕ ዕለት ኣይኮነን። ይግባይ ዝተሰደደሉ መዓልቲ ጽሓፍ፡ ንኣብነት 2026-11-20።
ui-sent-error-future = { $date } ድሕሪ ሎሚ እዩ። ይግባይ ብሓቂ ዝተሰደደሉ መዓልቲ ጽሓፍ።
ui-sent-error-channel = ይግባይ ብኸመይ ከም ዝተሰደደ ምረጽ («{ $value }» ኣይፍለጥን፡ ቅኑዓት ዋጋታት፡ { $known })።
ui-err-letter-not-offered = እዚ ደብዳቤ ንዚ ጉዳይ ክዳሎ ኣይክእልን።

## Letters after the klage
ui-after-letters-title = ተወሳኺ ክትሰዶም እትኽእል ደብዳቤታት
ui-after-write-pdf = PDF ኣዳሉ
ui-after-last-day = ብዝደንጐየ ብ{ $date } ስደድ፡ ሓድሽ ውሳነ ካብ ዝበጽሓካ ሰለስተ ሰሙን።
ui-after-utsatt-title = ሕቶ ምድንጓይ ትግባረ
ui-after-utsatt-explain = ይግባይ ክሳብ ዝርአ ሓታቲ ኣብ ኖርወይ ክጸንሕ ዝሓትት ፍሉይ ደብዳቤ (fvl. § 42፡ utl. § 90)። ብቐጥታ፡ ቅድሚ ይግባይ ክስደድ ይኽእል።
ui-after-utsatt-not-abroad = ሓታቲ ኣብ ኖርወይ ምስ ዝኸውን ጥራይ።
ui-after-ettersending-title = ደሓር ሰነዳት ምስዳድ
ui-after-ettersending-explain = ድሕሪ ይግባይ እትሰዶም ሰነዳት (fvl. § 34)። ድሕሪ ግዝያዊ ይግባይ፡ UDI ብልምዱ ንሰነዳት ክልተ ተወሳኺ ሰሙን ይህብ።
ui-after-ettersending-not-sent = ቅድም ይግባይ ከም ዝተሰደደ ጽሓፍ።
ui-after-innsyn-title = ሕቶ ምርኣይ ሰነዳት
ui-after-innsyn-explain = ሰነዳት ናይቲ ጉዳይ ንምርኣይ ሕተት (fvl. § 18)። ምርኣይ ምሕታት ግዜ ገደብ ይግባይ ኣየቋርጾን።
ui-after-costs-title = ሕቶ ወጻኢታት
ui-after-costs-explain = ውሳነ ንጥቕሚ ሓታቲ እንተ ተቐይሩ፡ ኣድለይቲ ዝነበሩ ዓበይቲ ወጻኢታት፡ ንኣብነት ናይ ጠበቓ፡ ክሕተቱ ይኽእሉ (fvl. § 36)። እቲ ሕቶ ሓድሽ ውሳነ ካብ ዝበጽሐ ኣብ ውሽጢ ሰለስተ ሰሙን ክስደድ ኣለዎ።
ui-after-costs-not-changed = ውሳነ ንጥቕሚ ሓታቲ ምስ ዝቕየር ጥራይ። ሽዑ ሓድሽ ውሳነ ዝበጽሐሉ ዕለት ጽሓፍ።
ui-after-costs-too-late = ድሕሪ ሓድሽ ውሳነ ዘሎ ሰለስተ ሰሙን ሓሊፉ (fvl. § 36)።
ui-after-costs-changed-label = ሓድሽ ውሳነ ዝበጽሐሉ ዕለት፡ ውሳነ ንጥቕሚ ሓታቲ እንተ ተቐይሩ
ui-after-costs-changed-hint = YYYY-MM-DD ወይ DD.MM.YYYY ጽሓፍ።

## Command line (klagehjelp sent)
cli-sent-write-failed = { $path } ክጽሓፍ ኣይተኻእለን፡ { $error }። እቲ ፎልደር ከም ዘሎን ክትጽሕፈሉ ፍቓድ ከም ዘለካን ኣረጋግጽ።
cli-sent-how = ንምምዝጋቡ፡ klagehjelp sent CASE --date YYYY-MM-DD --channel CHANNEL [--receipt TEXT]። ኣብዚ ዘለዉ መገድታት፡ { $channels }።

## The day a changed decision arrived (fvl. § 36)
ui-changed-error-date = «{ $value }» ቅኑዕ ዕለት ኣይኮነን። ሓድሽ ውሳነ ዝበጽሓካ መዓልቲ ጽሓፍ፡ ንኣብነት 2027-02-01።
ui-changed-error-future = { $date } ድሕሪ ሎሚ እዩ። ሓድሽ ውሳነ ብሓቂ ዝበጽሓካ መዓልቲ ጽሓፍ።
