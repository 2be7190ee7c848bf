# Files, privacy and bad input (issue 12): errors and notices of the desktop app (ui-*), Tigrinya. Not yet checked by a translator.
# Only the ui-* messages of en/nb safety.ftl are translated here.

ui-err-open-unknown = እዚ ፋይል ኣብዚ ክፍለ-ግዜ ኣይወጸን፡ ስለዚ Klagehjelp ኣይከፍቶን እዩ። ደጊምካ ኣውጽኦ እሞ ነቶም ዝቐልቀሉ መጠወቒታት ተጠቐም።

ui-err-text-too-long = «{ $field }» { $chars } ፊደላት ኣለዎ። ሓደ ቦታ እንተበዝሐ { $limit } ክሕዝ ይኽእል። ኣሕጽሮ፡ ወይ ነቲ ነዊሕ ጽሑፍ ኣብ ተወሳኺ ሰነድ ኣእትዎ። እቲ ለውጢ ኣይተዓቀበን።
ui-err-case-unreadable = ፋይል ናይቲ ጉዳይ ክንበብ ኣይክእልን፦ { $reason }።

ui-restore-backup = ነቲ ዝሓለፈ ስሪት መልሶ
ui-restore-backup-title = ነቲ ዝሓለፈ ስሪት ክትመልሶ ትደሊ ዲኻ?
ui-restore-backup-text = እቲ ዝተበላሸወ ፋይል { $name } ብቲ ቅድሚ እቲ ናይ መወዳእታ ለውጢ ዝተዓቀበ ስሪት ክትካእ እዩ። እቲ ብመወዳእታ ዝተቐየረ ክጠፍእ ይኽእል።
ui-restored-backup = እቲ ዝሓለፈ ስሪት ናይ { $name } ተመሊሱ።

## Dates that cannot be right (a typo in the year).
ui-err-date-too-early = { $value } ቅድሚ 1900 እዩ። ነቲ ዓመት ኣረጋግጽ፦ ጌጋ ጽሕፈት ክህልዎ ይኽእል።
ui-err-date-too-late = { $value } ካብ ሎሚ ልዕሊ ሓደ ዓመት ንቕድሚት እዩ (ድሕሪ { $limit })። ነቲ ዓመት ኣረጋግጽ፦ ጌጋ ጽሕፈት ክህልዎ ይኽእል።

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
