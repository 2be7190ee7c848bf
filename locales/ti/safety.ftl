# Files, privacy and bad input (issue 12): errors and notices of the desktop app and the core, Tigrinya.
# Not yet checked by a translator. Field names follow ui.ftl (the words the user sees in the form).

ui-err-open-unknown = እዚ ፋይል ኣብዚ ክፍለ-ግዜ ኣይወጸን፡ ስለዚ Klagehjelp ኣይከፍቶን እዩ። ደጊምካ ኣውጽኦ እሞ ነቶም ዝቐልቀሉ መጠወቒታት ተጠቐም።

file-error-encoding = እቲ ፋይል ከም ጽሑፍ UTF-8 ወይ UTF-16 ኣይተዓቀበን፡ ስለዚ Klagehjelp ኣብ ኣስማት ጌጋ ፊደላት ከየምጽእ ከንብቦ ኣይክእልን (እቲ ፈለማ ዘይንበብ byte ኣብ ቦታ { $offset } ኣሎ)። ኣብ መሳርሒ ጽሑፍ (text editor) ክፈቶ እሞ ብኮድ ፊደላት (encoding) «UTF-8» ደጊምካ ዓቕቦ።
file-error-utf16 = እቲ ፋይል ጽሑፍ UTF-16 ምዃኑ ይገልጽ፡ ግን ተበላሺዩ ኣሎ። ኣብ መሳርሒ ጽሑፍ (text editor) ክፈቶ እሞ ብኮድ ፊደላት (encoding) «UTF-8» ደጊምካ ዓቕቦ።
file-error-too-big = እቲ ፋይል { $size } KB እዩ፤ ፋይል ጉዳይ እንተበዝሐ { $limit } KB ክኸውን ይኽእል። ቅኑዕ ፋይል ከም ዝመረጽካ ኣረጋግጽ።

## A field of a case file that cannot be read: where, in words, and what is wrong.
case-error-field = ፋይል ናይቲ ጉዳይ ክንበብ ኣይክእልን፦ እቲ ቦታ «{ $field }» (መስመር { $line }፡ { $path }) { $problem } ነቲ ፋይል ኣዕርዮ፡ ወይ ነቲ ዝሰደዶ ሰብ ሓድሽ ቅዳሕ ሕተቶ።
case-field-problem-kind = { $found } ሒዙ ኣሎ፡ ግን { $expected } ክሕዝ ኣለዎ።
case-field-problem-kind-only = { $found } ሒዙ ኣሎ፡ እዚ ድማ ኣብዚ ኣይፍቀድን።
case-field-problem-not-allowed = «{ $found }» ሒዙ ኣሎ፡ እዚ ድማ ካብቶም ዝተፈቕዱ ዋጋታት ({ $allowed }) ሓደ ኣይኮነን።
case-field-problem-missing = የለን።
case-field-problem-invalid = ቅኑዕ ዘይኮነ ዋጋ ሒዙ ኣሎ።
case-kind-text = ጽሑፍ
case-kind-number = ቁጽሪ
case-kind-yes-no = እወ ወይ ኣይፋል (true ወይ false)
case-kind-list = ዝርዝር
case-kind-group = ጉጅለ ቦታታት
case-kind-empty = ባዶ ዋጋ (null)
case-kind-unknown = ካልእ ዓይነት ዋጋ
case-field-format = ቅርጺ ፋይል
case-field-letter-language = ቋንቋ ናይቲ ደብዳበ
case-field-applicant = እቲ ሓታቲ
case-field-applicant-given-name = ስም
case-field-applicant-family-name = ስም ስድራ
case-field-applicant-birth-date = ዕለተ ልደት
case-field-applicant-citizenship = ዜግነት
case-field-applicant-address = ኣድራሻ
case-field-applicant-phone = ተሌፎን
case-field-applicant-email = ኢመይል
case-field-duf = ቁጽሪ DUF
case-field-decision = እቲ ውሳነ
case-field-decision-authority = ነቲ ውሳነ መን ከም ዝወሰኖ
case-field-decision-embassy = ኤምባሲ ወይ ቆንስል
case-field-decision-police-district = ናይ ፖሊስ ወረዳ
case-field-decision-date = ዕለት ውሳነ
case-field-decision-received = ነቲ ውሳነ ዝተቐበልካሉ ዕለት
case-field-decision-stated-deadline = ኣብቲ ውሳነ ዝተጠቕሰ ቀነ-ገደብ
case-field-decision-reference = ቁጽሪ መወከሲ
case-field-decision-refusal-grounds = እቲ ውሳነ ዝጠቐሶም ምኽንያታት
case-field-facts = መልስታት ኣብ ምርመራ ቅድመ-ኩነታት
case-field-facts-answer = መልሲ «{ $name }» ኣብ ምርመራ ቅድመ-ኩነታት
case-field-grounds = ምኽንያታት
case-field-grounds-requirement = ምኽንያታት { $n }፦ ቅድመ-ኩነት
case-field-grounds-text = ምኽንያታት { $n }፦ ጽሑፍካ
case-field-request-deferred-implementation = ምድንጓይ ትግባረ ሕተት
case-field-will-send-more-documents = ተወሳኺ ሰነዳት ደሓር ክሰድድ እየ
case-field-attachments = ተወሳኺ ሰነዳት
case-field-attachments-title = ተወሳኺ ሰነድ { $n }
case-field-representative = ወኪል
case-field-representative-name = ስም ወኪል
case-field-representative-organisation = ትካል ወኪል
case-field-representative-address = ኣድራሻ ወኪል
case-field-representative-phone = ተሌፎን ወኪል
case-field-representative-email = ኢመይል ወኪል
case-field-representative-is-lawyer = እቲ ወኪል ጠበቓ እዩ
case-field-signed-place = ዝተፈርመሉ ቦታ
case-field-late-reason = እቲ ይግባይ ስለምንታይ ደንጎየ

ui-err-text-too-long = «{ $field }» { $chars } ፊደላት ኣለዎ። ሓደ ቦታ እንተበዝሐ { $limit } ክሕዝ ይኽእል። ኣሕጽሮ፡ ወይ ነቲ ነዊሕ ጽሑፍ ኣብ ተወሳኺ ሰነድ ኣእትዎ። እቲ ለውጢ ኣይተዓቀበን።
ui-err-case-unreadable = ፋይል ናይቲ ጉዳይ ክንበብ ኣይክእልን፦ { $reason }።

ui-restore-backup = ነቲ ዝሓለፈ ስሪት መልሶ
ui-restore-backup-title = ነቲ ዝሓለፈ ስሪት ክትመልሶ ትደሊ ዲኻ?
ui-restore-backup-text = እቲ ዝተበላሸወ ፋይል { $name } ብቲ ቅድሚ እቲ ናይ መወዳእታ ለውጢ ዝተዓቀበ ስሪት ክትካእ እዩ። እቲ ብመወዳእታ ዝተቐየረ ክጠፍእ ይኽእል።
ui-restored-backup = እቲ ዝሓለፈ ስሪት ናይ { $name } ተመሊሱ።

## Dates that cannot be right (a typo in the year).
ui-err-date-too-early = { $value } ቅድሚ 1900 እዩ። ነቲ ዓመት ኣረጋግጽ፦ ጌጋ ጽሕፈት ክህልዎ ይኽእል።
ui-err-date-too-late = { $value } ካብ ሎሚ ልዕሊ ሓደ ዓመት ንቕድሚት እዩ (ድሕሪ { $limit })። ነቲ ዓመት ኣረጋግጽ፦ ጌጋ ጽሕፈት ክህልዎ ይኽእል።
case-date-too-early = { $value } ቅድሚ 1900 እዩ። ነቲ ዓመት ኣረጋግጽ፦ ጌጋ ጽሕፈት ክህልዎ ይኽእል።
case-date-too-late = { $value } ካብ ሎሚ ልዕሊ ሓደ ዓመት ንቕድሚት እዩ (ድሕሪ { $limit })። ነቲ ዓመት ኣረጋግጽ፦ ጌጋ ጽሕፈት ክህልዎ ይኽእል።

deadline-stated-implausible = እቲ ካብቲ ውሳነ ዘእቶኻዮ ቀነ-ገደብ ({ $stated }) ካብቲ ነቲ ውሳነ ዝተቐበልካሉ ዕለት ልዕሊ ክልተ ወርሒ ደሓር እዩ። ቀነ-ገደብ ይግባይ 3 ሰሙን እዩ (fvl. § 29)፡ ስለዚ እዚ ምናልባት ጌጋ ጽሕፈት እዩ፦ ነቲ ዕለት ኣብቲ ውሳነ ኣረጋግጽ። ክሳብ እተዕርዮ፡ Klagehjelp ነቲ ብሕጊ ዘሎ ቀነ-ገደብ፡ { $computed }፡ ይጥቀመሉ።
case-decision-stated-implausible = እቲ ካብቲ ውሳነ ዝኣተወ ቀነ-ገደብ ካብቲ ነቲ ውሳነ ዝተቐበልካሉ ዕለት ልዕሊ ክልተ ወርሒ ደሓር እዩ፡ ስለዚ ምናልባት ጌጋ ጽሕፈት እዩ። ነቲ ዕለት ኣብቲ ውሳነ ኣረጋግጽ። እቲ ደብዳበ ነቲ ብሕጊ ዘሎ ቀነ-ገደብ ይጥቀመሉ።

## What is wrong where a case file is not valid JSON.
case-syntax-cut-off = እቲ ፋይል ቅድሚ ግዜኡ ይውዳእ፤ ክቕዳሕ ከሎ ተቖሪጹ ክኸውን ይኽእል
case-syntax-trailing-comma = ቅድሚ መዕጸዊ ቅንፍ ሓንቲ ትርፊ ኮማ ኣላ
case-syntax-key = ሓደ ስም ቦታ ኣብ ውሽጢ ድርብ ምልክት ጥቕሲ (") ኣይተጻሕፈን
case-syntax-control = ሓደ ጽሑፍ ከም \n ወይ \t ዘይተጻሕፈ ሓድሽ መስመር ወይ tab ኣለዎ
case-syntax-escape = ሓደ ጽሑፍ ቅኑዕ ኮድ ዘይስዕቦ ንድሕሪት ዝዘበለ ሕንጻጽ (\) ኣለዎ
case-syntax-number = ሓደ ቁጽሪ ብቕኑዕ ኣይተጻሕፈን
case-syntax-nested = እቲ ፋይል ፋይል ጉዳይ ንምዃን ኣዝዮም ብዙሓት ደረጃታት ኣለዉዎ
case-syntax-trailing = ድሕሪ መወዳእታ ናይቲ ጉዳይ ተወሳኺ ጽሑፍ ኣሎ
case-syntax-other = ኣብዚ ሓደ ዋጋ የለን ወይ ብቕኑዕ ኣይተጻሕፈን

## Reception mode (a shared computer at a reception desk).
ui-reception-mode-title = ኣገባብ መቐበሊ፦ ኣብዚ ኮምፒዩተር ዝዕቀብ ነገር የለን
ui-reception-mode-text = ኣብዚ እትጽሕፎ ጉዳይ Klagehjelp ክፉት ክሳብ ዘሎ ጥራይ እዩ ዝህሉ። ኣብዚ ኮምፒዩተር ኣይዕቀብን፡ ኣስማት ፋይላት ድማ ስም ወይ ቁጽሪ DUF የብሎምን።
ui-reception-mode-kept = ዝተርፍ፦ ባዕልኻ እትዕቅቦም ፋይላት ጥራይ (እቲ ደብዳበ ከም PDF፡ ፋይል ዓውደ-ኣዋርሕ፡ ዝወጸ ፋይል ጉዳይ)። ምስ ወዳእካ «ወድእን ኣጽርይን» ጠውቕ፦ እቲ ጉዳይ ይእለ፡ ነቶም ዝዓቀብካዮም ፋይላት ክትድምስሶም ድማ ምርጫ ይቐርበልካ።
ui-reception-mode-stored = ኣብ ኣገባብ መቐበሊ ጉዳያት ኣብ ዝኽሪ ናይቲ ኮምፒዩተር ጥራይ እዮም ዘለዉ፡ እቲ ክፍለ-ግዜ ምስ ተወድአ ወይ Klagehjelp ምስ ተዓጽወ ድማ ይጠፍኡ።
ui-reception-mode-setting = ኣብዚ ኮምፒዩተር ኣገባብ መቐበሊ ተጠቐም
ui-reception-mode-setting-hint = ንብዙሓት ሰባት ዝጥቀሙሉ ኮምፒዩተር። Klagehjelp ካብ ዝቕጽል ግዜ ዝጅምር ኣትሒዙ ይሰርሕ። ብምርጫ --reception እውን ክጅመር ይኽእል።
ui-reception-mode-on = ኣገባብ መቐበሊ ነዚ ኮምፒዩተር ተመሪጹ። Klagehjelp ካብ ዝቕጽል ግዜ ዝጅምር ኣትሒዙ ይሰርሕ።
ui-reception-mode-off = ኣገባብ መቐበሊ ነዚ ኮምፒዩተር ካብ ዝቕጽል ምጅማር ኣትሒዙ ጠፊኡ። ሽዑ ጉዳያት ኣብዚ ኮምፒዩተር ክዕቀቡ እዮም።
ui-finish-session = ወድእን ኣጽርይን
ui-finish-session-title = ክትውድእን ከተጽርይን ትደሊ ዲኻ?
ui-finish-session-text = ኩሎም ጉዳያት ናይዚ ክፍለ-ግዜ ካብ Klagehjelp ክእለዩ እዮም። ኣብ ዝቕጽል ስጉምቲ ክትድምስሶም እንተዘይመሪጽካ፡ ባዕልኻ ዝዓቀብካዮም ፋይላት ኣይትንከፉን።
ui-session-finished = እቲ ክፍለ-ግዜ ተወዲኡ። ካብኡ ኣብ Klagehjelp ዝተረፈ ነገር የለን።
ui-delete-files = ነቶም ፋይላት ደምስስ
ui-delete-files-title = ነቶም ዝዓቀብካዮም ፋይላት ክትድምስሶም ትደሊ ዲኻ?
ui-delete-files-text = እዞም ፋይላት ኣብዚ ክፍለ-ግዜ ተዓቂቦም ({ $count })። ካብዚ ኮምፒዩተር ክትድምስሶም ትደሊ ዲኻ?
    { $files }
ui-deleted-files = ዝተደምሰሱ ፋይላት፦ { $count }።
