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
