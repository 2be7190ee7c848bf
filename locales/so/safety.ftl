# Files, privacy and bad input (issue 12): errors and notices of the desktop app and the core, Somali.
# Not yet checked by a translator. Field names follow ui.ftl (the words the user sees in the form).

ui-err-open-unknown = Faylkan laguma dhoofin fadhigan, sidaas darteed Klagehjelp ma furayo. Mar kale dhoofi oo isticmaal badhamada soo baxa.

file-error-encoding = Faylka looma kaydin qoraal UTF-8 ama UTF-16 ah, sidaas darteed Klagehjelp ma akhrin karo iyadoo aan khatar lagu gelin xarfo khaldan oo magacyada ku jira (byte-ka ugu horreeya ee aan la akhrin karin wuxuu ku jiraa booska { $offset }). Ku fur barnaamij qoraal (text editor) oo mar kale ku kaydi habka qoraalka (encoding) “UTF-8”.
file-error-utf16 = Faylku wuxuu sheegayaa inuu yahay qoraal UTF-16, laakiin wuu khasaaran yahay. Ku fur barnaamij qoraal (text editor) oo mar kale ku kaydi habka qoraalka (encoding) “UTF-8”.
file-error-too-big = Faylku waa { $size } KB; faylka kiisku wuxuu noqon karaa ugu badnaan { $limit } KB. Hubi inaad dooratay faylka saxda ah.

## A field of a case file that cannot be read: where, in words, and what is wrong.
case-error-field = Faylka kiiska lama akhrin karo: goobta “{ $field }” (sadarka { $line }, { $path }) { $problem } Sax faylka, ama qofkii soo diray ka codso nuqul cusub.
case-field-problem-kind = waxay haysataa { $found }, laakiin waa inay haysataa { $expected }.
case-field-problem-kind-only = waxay haysataa { $found }, taas oo aan halkan loo oggolayn.
case-field-problem-not-allowed = waxay haysataa “{ $found }”, oo aan ka mid ahayn qiimayaasha la oggol yahay ({ $allowed }).
case-field-problem-missing = way maqan tahay.
case-field-problem-invalid = waxay haysataa qiime aan sax ahayn.
case-kind-text = qoraal
case-kind-number = tiro
case-kind-yes-no = haa ama maya (true ama false)
case-kind-list = liis
case-kind-group = koox goobo ah
case-kind-empty = qiime madhan (null)
case-kind-unknown = qiime nooc kale ah
case-field-format = Qaabka faylka
case-field-letter-language = Luqadda warqadda
case-field-applicant = Codsadaha
case-field-applicant-given-name = Magaca koowaad
case-field-applicant-family-name = Magaca qoyska
case-field-applicant-birth-date = Taariikhda dhalashada
case-field-applicant-citizenship = Dhalashada (jinsiyadda)
case-field-applicant-address = Cinwaanka
case-field-applicant-phone = Telefoonka
case-field-applicant-email = Iimaylka
case-field-duf = Lambarka DUF
case-field-decision = Go’aanka
case-field-decision-authority = Cidda gaartay go’aanka
case-field-decision-embassy = Safaaradda ama qunsuliyadda
case-field-decision-police-district = Degmada booliska
case-field-decision-date = Taariikhda go’aanka
case-field-decision-received = Taariikhda aad heshay go’aanka
case-field-decision-stated-deadline = Waqtiga ku qoran go’aanka
case-field-decision-reference = Lambarka tixraaca
case-field-decision-refusal-grounds = Sababaha uu go’aanku sheegay
case-field-facts = Jawaabaha hubinta shuruudaha
case-field-facts-answer = Jawaabta “{ $name }” ee hubinta shuruudaha
case-field-grounds = Sababaha
case-field-grounds-requirement = Sababaha { $n }: shardiga
case-field-grounds-text = Sababaha { $n }: qoraalkaaga
case-field-request-deferred-implementation = Codso dib u dhigista fulinta
case-field-will-send-more-documents = Dukumentiyo kale ayaan dib u diri doonaa
case-field-attachments = Lifaaqyada
case-field-attachments-title = Lifaaq { $n }
case-field-representative = Wakiilka
case-field-representative-name = Magaca wakiilka
case-field-representative-organisation = Hay’adda wakiilka
case-field-representative-address = Cinwaanka wakiilka
case-field-representative-phone = Telefoonka wakiilka
case-field-representative-email = Iimaylka wakiilka
case-field-representative-is-lawyer = Wakiilku waa qareen
case-field-signed-place = Meesha lagu saxiixay
case-field-late-reason = Sababta racfaanku u daahay

ui-err-text-too-long = “{ $field }” wuxuu leeyahay { $chars } xaraf; hal goob waxay qaadi kartaa ugu badnaan { $limit }. Soo gaabi, ama qoraalka dheer geli lifaaq. Isbeddelka lama kaydin.
ui-err-case-unreadable = Faylka kiiska lama akhrin karo: { $reason }.

ui-restore-backup = Soo celi nuqulkii hore
ui-restore-backup-title = Ma soo celinaysaa nuqulkii hore?
ui-restore-backup-text = Faylka khasaaray ee { $name } waxa lagu beddelayaa nuqulkii la kaydiyay ka hor isbeddelkii ugu dambeeyay. Wixii ugu dambeeyay ee la beddelay way lumi karaan.
ui-restored-backup = Nuqulkii hore ee { $name } waa la soo celiyay.

## Dates that cannot be right (a typo in the year).
ui-err-date-too-early = { $value } waa ka hor 1900. Hubi sannadka: waxaa laga yaabaa inuu khalad qoraal ah ku jiro.
ui-err-date-too-late = { $value } waa in ka badan hal sano maanta ka dib (ka dib { $limit }). Hubi sannadka: waxaa laga yaabaa inuu khalad qoraal ah ku jiro.
case-date-too-early = { $value } waa ka hor 1900. Hubi sannadka: waxaa laga yaabaa inuu khalad qoraal ah ku jiro.
case-date-too-late = { $value } waa in ka badan hal sano maanta ka dib (ka dib { $limit }). Hubi sannadka: waxaa laga yaabaa inuu khalad qoraal ah ku jiro.

deadline-stated-implausible = Waqtiga aad ka qortay go’aanka ({ $stated }) wuxuu dhacayaa in ka badan laba bilood ka dib maalinta aad heshay go’aanka. Waqtiga racfaanku waa 3 toddobaad (fvl. § 29), sidaas darteed tani waxay u badan tahay khalad qoraal: hubi taariikhda ku qoran go’aanka. Ilaa aad saxdo, Klagehjelp wuxuu isticmaalayaa waqtiga sharciga, { $computed }.
case-decision-stated-implausible = Waqtiga laga qoray go’aanka wuxuu dhacayaa in ka badan laba bilood ka dib maalinta aad heshay go’aanka, sidaas darteed wuxuu u badan yahay khalad qoraal. Hubi taariikhda ku qoran go’aanka. Warqaddu waxay isticmaashaa waqtiga sharciga.

## What is wrong where a case file is not valid JSON.
case-syntax-cut-off = faylku goor hore ayuu dhammaanayaa; waxaa laga yaabaa in la gooyay markii la koobiyeynayay
case-syntax-trailing-comma = hakad (,) dheeraad ah ayaa ka horreeya qaws xiran
case-syntax-key = magaca goob kuma jiro calaamado xigasho oo labanlaab ah (")
case-syntax-control = qoraal ayaa leh sadar cusub ama tab aan loo qorin \n ama \t
case-syntax-escape = qoraal ayaa leh xarriiq dib u janjeedha (\) oo aan ay ka dambeyn kood sax ah
case-syntax-number = tiro si sax ah looma qorin
case-syntax-nested = faylku heerar aad u badan ayuu leeyahay, sidaas darteed ma noqon karo faylka kiis
case-syntax-trailing = qoraal dheeraad ah ayaa ka dambeeya dhammaadka kiiska
case-syntax-other = halkan qiime ayaa ka maqan ama si sax ah looma qorin

## Reception mode (a shared computer at a reception desk).
ui-reception-mode-title = Habka soo dhaweynta: waxba laguma hayo kombiyuutarkan
ui-reception-mode-text = Kiiska aad halkan ku qorto wuxuu jiraa oo keliya inta Klagehjelp furan yahay. Laguma kaydiyo kombiyuutarkan, magacyada faylashuna kuma jiraan magac ama lambarka DUF.
ui-reception-mode-kept = Waxa hadhaya: faylasha aad adigu kaydiso oo keliya (warqadda oo PDF ah, faylka jadwalka, fayl kiis oo la dhoofiyay). Marka aad dhammayso, riix “Dhammee oo nadiifi”: kiiska waa la saarayaa, waxaana lagu weydiinayaa inaad tirtirto faylasha aad kaydisay.
ui-reception-mode-stored = Habka soo dhaweynta, kiisaska waxa lagu hayaa xusuusta kombiyuutarka oo keliya, waxayna baaba’aan marka fadhiga la dhammeeyo ama Klagehjelp la xiro.
ui-reception-mode-setting = Ku isticmaal habka soo dhaweynta kombiyuutarkan
ui-reception-mode-setting-hint = Kombiyuutar ay dad badani wadaagaan. Wuxuu dhaqan galayaa marka xigta ee Klagehjelp la bilaabo. Waxa kale oo lagu bilaabi karaa doorashada --reception.
ui-reception-mode-on = Habka soo dhaweynta waa loo doortay kombiyuutarkan. Wuxuu dhaqan galayaa marka xigta ee Klagehjelp la bilaabo.
ui-reception-mode-off = Habka soo dhaweynta waa laga demiyay kombiyuutarkan laga bilaabo bilowga xiga. Markaas kiisaska waxa lagu kaydin doonaa kombiyuutarkan.
ui-finish-session = Dhammee oo nadiifi
ui-finish-session-title = Ma dhammaynaysaa oo ma nadiifinaysaa?
ui-finish-session-text = Dhammaan kiisaska fadhigan waa laga saarayaa Klagehjelp. Faylasha aad adigu kaydisay lama taabanayo, haddii aadan dooran inaad tirtirto marka xigta.
ui-session-finished = Fadhigii waa dhammaaday. Waxba kama hadhin Klagehjelp.
ui-delete-files = Tirtir faylasha
ui-delete-files-title = Ma tirtirtaa faylasha aad kaydisay?
ui-delete-files-text = Faylashan waxa la kaydiyay fadhigan ({ $count }). Ma ka tirtirtaa kombiyuutarkan?
    { $files }
ui-deleted-files = Faylasha la tirtiray: { $count }.
