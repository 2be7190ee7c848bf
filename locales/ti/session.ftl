# Session messages. Tigrinya. Not yet checked by a translator.
session-migrated = እዚ ጉዳይ ብዝኣረገ ስሪት Klagehjelp ተዓቂቡ። ነዞም ሕቶታት ሕጂ ብሓድሽ መገዲ ንሓቶም፡ ስለዚ በጃኻ ደጊምካ መልሶም፦ { $facts }። ካልእ ዝጸሓፍካዮ ኩሉ ተዓቂቡ ኣሎ።
law-placeholder-figure = [ኣብዚ ጽሓፍ፦ እቲ ኣብ ውሳነ ዘሎ መጠን]
law-placeholder-year = [ኣብዚ ጽሓፍ፦ እቲ ዓመት]
interview-expected-date = ዕለት (dd.mm.yyyy)
law-later-card = እቲ ጉዳይ ኣብ { $date } እንተተወሲኑ (ኣስታት ፍርቂ ዓመት ደሓር)፦ { $status }።
screen-stay = እቲ ሓታቲ ሕጂ ኣበይ ኣሎ
q-applicant_in_norway = እቲ ሓታቲ ሕጂ ኣብ ኖርወይ ኣሎ ድዩ?
q-applicant_in_norway-help = እቲ መልሲ እቲ ይግባይ ናበይ ከም ዝኸይድን፡ ኣብቲ ይግባይ ክሳብ ዝውሰን ኣብ ኖርወይ ክትጸንሕ ክትሓትት ትኽእል እንተኾንካን ይውስን (ምድንጓይ ትግባረ፡ utsatt iverksettelse፡ utl. § 90ን fvl. § 42ን)። ካብ ወጻኢ እንተሓቲትካ፡ ኣይፋል ኢልካ መልስ።
