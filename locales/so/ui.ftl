# Klagehjelp desktop app (ui-*), Somali. Not yet checked by a translator.
# Legal terms keep the Norwegian word in brackets at first use on a screen.
# Legal citations (fvl. § 29, utl. § 90) stay as they are.

ui-lang-name-nb = Norsk bokmål
ui-lang-name-nn = Norsk nynorsk
ui-lang-name-en = English
ui-skip-to-content = U gudub waxa ku qoran
ui-ui-language = Luqadda barnaamijka
ui-privacy-footer = Wax kasta oo aad qorto waxa lagu kaydiyaa kombiyuutarkan oo keliya.
ui-saving = Waa la kaydinayaa …
ui-saved = Waa la kaydiyay
ui-all-cases = Dhammaan kiisaska
ui-back = Dib u noqo
ui-next = Xiga
ui-finish = Dhammaaday
ui-step-of = Tallaabada { $n } ee { $total }
ui-progress-label = Horumarka
ui-progress-done = waa la dhammeeyay
ui-progress-current = halkan ayaad joogtaa
ui-yes = Haa
ui-no = Maya
ui-cancel = Jooji
ui-change = Beddel
ui-go-to-field = U gudub goobta
ui-open = Fur
ui-duplicate = Samee nuqul
ui-delete = Tirtir
ui-export = Dhoofi
ui-import = Soo geli kiis (.klage.json)
ui-save-title = U kaydi sida
ui-import-title = Dooro kiis aad soo gelinayso

## Start screen
ui-start-title = Klagehjelp
ui-start-lead = Ma lagu diiday codsigaaga isu-keenidda qoyska ee Norway? Halkan waxaad tallaabo tallaabo ugu qoraysaa racfaan (klage), waxaadna heleysaa warqad diyaar u ah in la saxiixo oo la diro ka hor inta aan waqtigu dhammaan.
ui-new-case = Bilow racfaan cusub
ui-saved-cases = Kiisaska la kaydiyay
ui-no-cases = Weli ma lihid kiis la kaydiyay.
ui-unnamed-case = (magac la’aan)
ui-col-name = Magaca
ui-col-duf = Lambarka DUF
ui-col-deadline = Waqtiga u dambeeya
ui-col-days-left = Maalmaha haray
ui-col-actions = Ficillo
ui-duplicated = Nuqulka waa la sameeyay.
ui-deleted = Kiiska “{ $name }” waa la tirtiray.
ui-delete-title = Ma tirtirtaa kiiska?
ui-delete-text = Kiiska “{ $name }” waa laga tirtiri doonaa kombiyuutarkan. Tan dib looma celin karo.
ui-exported-to = Kiiska waxa lagu kaydiyay { $path }.
ui-imported = Kiiska waa la soo geliyay.
ui-stored-where = Xaggee lagu kaydiyaa kiisaska?
ui-stored-here = Kiisaska si toos ah ayaa loogu kaydiyaa galkan ku jira kombiyuutarkan:
ui-reception-title = Waxaad isticmaalaysaa kombiyuutar la wadaago
ui-reception-text = Kiisaska waxa lagu kaydiyaa kombiyuutarkan. Marka warqadda la daabaco ama la diro, ku tirtir kiiska badhanka “Tirtir”, si qofka xiga uusan u arkin.

## Steps
ui-step-language-title = Luqadda iyo doorka
ui-step-language-short = Luqadda
ui-step-language-lead = Dooro luqadda warqadda iyo cidda isticmaalaysa barnaamijka. Qorista racfaanku waxay qaadataa qiyaastii 20 daqiiqo.
ui-step-decision-title = Go’aanka
ui-step-decision-short = Go’aanka
ui-step-decision-lead = Hortaada dhig warqadda diidmada. Macluumaadka halkan la weydiiyo waxay ku qoran yihiin warqaddaas.
ui-step-deadline-title = Waqtiga racfaanka
ui-step-deadline-short = Waqtiga
ui-step-check-title = Hubinta shuruudaha
ui-step-check-short = Shuruudaha
ui-step-check-lead = Ka jawaab su’aalaha, waxaanan ku tusaynaa shuruudaha u muuqda in la buuxiyay iyo dukumentiyada ku caawin kara.
ui-step-grounds-title = Sababaha
ui-step-grounds-short = Sababaha
ui-step-grounds-lead = Halkan waxaad ku qoraysaa sababta aad u aaminsan tahay in go’aanku khaldan yahay. Shuruud kasta waxaan u qornay soo jeedin. Beddel qoraalka si uu ugu habboonaado kiiskaaga.
ui-step-attachments-title = Lifaaqyada
ui-step-attachments-short = Lifaaqyada
ui-step-attachments-lead = Dukumentiyada aad lifaaqdo waxa loo lambareeyaa sida ay isugu xigaan: Lifaaq 1, 2 iyo wixii la mid ah. Liiska hoostiisa waxa ku jira dukumentiyada ay hubintu soo jeedinayso.
ui-step-representative-title = Wakiilka
ui-step-representative-short = Wakiilka
ui-step-representative-lead-applicant = Haddii qof ku caawinayo oo uu adiga kuu qaadanayo warqadaha UDI, isagu waa wakiilkaaga (fullmektig).
ui-step-representative-lead-helper = Waxaad caawinaysaa codsadaha. Buuxi macluumaadkaaga. Waxaan ku daraynaa warqad wakaalad (fullmakt) ah oo uu codsaduhu saxiixo.
ui-step-representative-lead-reception = Codsaduhu wuxuu yeelan karaa wakiil, tusaale ahaan qareen ama mutadawac.
ui-step-review-title = Dib u eeg oo daabac
ui-step-review-short = Dib u eeg
ui-step-review-lead = Halkan waxa ku jira wax kasta oo aad ka jawaabtay. Halkan ayaad ku sixi kartaa. Warqadda hoose way is cusboonaysiisaa inta aad qorayso.

## 1. Language and role
ui-languages = Luqadaha
ui-ui-language-hint = Luqadda barnaamijka ka dooro dhinaca sare ee midig. Waad beddeli kartaa wakhti kasta.
ui-letter-language = Luqadda warqadda
ui-letter-language-hint = UDI iyo UNE waxay aqbalaan warqado ku qoran Noorwiijiga ama Ingiriisiga oo keliya. Sidaas darteed warqadda waxa lagu qoraa mid ka mid ah labadaas luqadood, xitaa haddii barnaamijku Af-Soomaali yahay.
ui-letter-lang-nb = Noorwiijiga (bokmål)
ui-letter-lang-nn = Noorwiijiga (nynorsk)
ui-letter-lang-en = Ingiriisiga
ui-role-legend = Yaa isticmaalaya barnaamijka?
ui-role-applicant = Aniga ayaa diidmada helay
ui-role-applicant-hint = Racfaanka adiga naftaada ayaad u qoraysaa.
ui-role-helper = Qof ayaan caawinayaa
ui-role-helper-hint = Tusaale ahaan mutadawac Jussbuss ah, qoys ama saaxiib. Adiga ayaa noqonaya wakiilka.
ui-role-reception = Waxaan ka shaqeeyaa miiska soo dhaweynta
ui-role-reception-hint = Tusaale ahaan safaarad. Waxaad codsadaha ka caawinaysaa buuxinta, laakiin codsadaha ayaa isagu saxiixa.

## 2. The decision
ui-applicant-legend = Codsadaha (qofka la diiday)
ui-applicant-hint-self = Macluumaadkaaga.
ui-applicant-hint-other = Macluumaadka qofka la diiday.
ui-given-name = Magaca koowaad
ui-family-name = Magaca qoyska
ui-birth-date = Taariikhda dhalashada
ui-citizenship = Dhalashada (jinsiyadda)
ui-address = Cinwaanka
ui-address-hint = Waddada, lambarka boostada iyo magaalada, iyo dalka haddii aanu ahayn Norway.
ui-phone = Telefoonka
ui-email = Iimaylka
ui-date-hint = Taariikhda u qor sida YYYY-MM-DD ama DD.MM.YYYY, tusaale ahaan 2026-11-09.
ui-decision-legend = Go’aanka (vedtak)
ui-authority = Yaa gaaray go’aanka?
ui-authority-UDI = UDI
ui-authority-UNE = UNE
ui-authority-police = Booliska
ui-authority-embassy = Safaarad
ui-authority-une-note = Go’aannada UNE waa kama dambays. Waxaad UNE ka codsan kartaa inay beddesho go’aanka haddii aad haysato macluumaad cusub. Markaas warqaddu waxay noqonaysaa codsi dib-u-eegis (omgjøring).
ui-embassy = Safaaradee ama qunsuliyaddee?
ui-decision-date = Taariikhda go’aanka
ui-decision-date-hint = Waxay ku qoran tahay warqadda korkeeda.
ui-decision-received = Taariikhda aad heshay go’aanka
ui-decision-received-hint = Maalintii warqaddu kuu timid adiga ama wakiilkaaga. Waqtiga waxa laga tiriyaa maalintaas.
ui-stated-deadline = Waqtiga ku qoran go’aanka (haddii uu jiro)
ui-stated-deadline-hint = Madhan uga tag haddii go’aanku aanu sheegin taariikh.
ui-reference = Lambarka tixraaca (haddii uu jiro)
ui-reference-hint = Looma baahna.
ui-duf = Lambarka DUF
ui-duf-hint = 12 god, go’aanka korkiisa, tusaale ahaan 2012 586975 61.
ui-duf-ok = Qaabku waa sax: { $duf }
ui-refusal-grounds-legend = Shuruudee ayuu go’aanku u sheegayaa inay sabab u yihiin diidmada?
ui-refusal-grounds-hint = Calaamadee mid kasta oo go’aanka ku qoran. Haddii aadan hubin, sii wad: hubinta dambe ayaa wax badan ku tusaysa.

## 3. Deadline
ui-deadline-label = Racfaanka waa in la diraa ugu dambayn
ui-deadline-short-open = { $days ->
    [one] 1 maalin ayaa haray
   *[other] { $days } maalmood ayaa haray
}
ui-deadline-short-last-day = Maanta waa maalinta u dambaysa
ui-deadline-short-passed = { $days ->
    [one] Waqtigu wuxuu dhammaaday 1 maalin ka hor
   *[other] Waqtigu wuxuu dhammaaday { $days } maalmood ka hor
}
ui-deadline-stated-vs-computed = Go’aanku wuxuu sheegayaa { $stated }. Sharciga marka loo eego waqtigu waa { $computed }. Ilaali taariikhda hore.
ui-deadline-advice-open-title = Waqti ayaad haysataa
ui-deadline-advice-open = Si deggan u mar tallaabooyinka. Racfaanka dir waqti badan ka hor inta aan waqtigu dhammaan.
ui-deadline-advice-close-title = Waqtigu wuu dhow yahay
ui-deadline-advice-close = Racfaanka dir sida ugu dhaqsaha badan. Haddii dukumentiyo maqan yihiin, hadda dir racfaan ku-meel-gaar ah oo qor in dukumentiyadu ay daba socdaan. Markaas UDI badanaa waxay bixisaa laba toddobaad oo dheeraad ah (tilmaamaha UDI ee racfaannada).
ui-deadline-advice-last-day-title = Maanta waa maalinta u dambaysa
ui-deadline-advice-last-day = Racfaanka maanta dir. Haddii aad boosto ku dirto, waa in la geeyaa boostada ka hor inta aan waqtigu dhammaan (fvl. § 30). Haddii aad internetka ku soo geliso, waa inuu maanta gaaraa. Haddii dukumentiyo maqan yihiin, dir racfaan ku-meel-gaar ah.
ui-deadline-advice-passed-title = Waqtigu wuu dhammaaday
ui-deadline-advice-passed = Weli waad diri kartaa racfaan. Warqadda ku sharax sababta uu u daahay. UDI way tixgelin kartaa haddii dib-u-dhaca aan adiga lagu eedayn karin, ama haddii ay jiraan sababo gaar ah (fvl. § 31).
ui-deadline-one-year = Racfaan lama tixgelin karo haddii in ka badan hal sano ay ka soo wareegtay markii go’aanka la gaaray (fvl. § 31). Xadkaasi waa { $date }.
ui-deadline-how-title = Sida waqtiga loo xisaabiyay
ui-deadline-todo-title = Waxa aad samaynayso
ui-add-to-calendar = Ku dar waqtiga jadwalkaaga (.ics)
ui-add-to-calendar-hint = Xusuusin 7 maalmood iyo 2 maalmood ka hor.
ui-ics-saved = Faylka jadwalka waa la kaydiyay: { $path }

## 4. Check
ui-check-screen-of = Qaybta { $n } ee { $total }
ui-check-new-questions = Jawaabtaadu waxay bogga ku soo kordhisay su’aalo kale. Ka jawaab, ama mar kale riix “Xiga” si aad uga boodo.
ui-check-results-title = Natiijada shuruud kasta
ui-exceptions = Ka-reebista
ui-documents = Dukumentiyo ku caawin kara
ui-legal-source = Isha: { $source }
ui-status-met = Waa la buuxiyay
ui-status-not-met = Lama buuxin
ui-status-not-applicable = Khuseyn maayo
ui-status-needs-assessment = Waxay u baahan tahay qiimayn
ui-status-unknown = Ma cadda
ui-group-other = Su’aalo kale

## 5. Grounds
ui-grounds-none-failing = Hubintu ma helin shuruud aan la buuxin, adiguna ma aadan calaamadin sabab ka timid go’aanka. Ereyadaada ku qor sababta aad u aaminsan tahay in go’aanku khaldan yahay.
ui-grounds-your-text = Sababahaaga
ui-grounds-edit-hint = Soo jeedintu waa bilow keliya. Qor waxa run ka ah kiiskaaga, iyo waxa isbeddelay tan iyo go’aanka. Ku qor Noorwiiji ama Ingiriisi, maxaa yeelay qoraalku sidiisa ayuu warqadda u galayaa.
ui-grounds-reset = Mar kale geli soo jeedinta
ui-grounds-other = Sababo kale
ui-grounds-other-hint = Ikhtiyaari. Tusaale ahaan khaladaad ku jira sida kiiska loo maareeyay, ama xaqiiqooyin aysan UDI tixgelin. Ku qor Noorwiiji ama Ingiriisi, maxaa yeelay qoraalku sidiisa ayuu warqadda u galayaa.
ui-deferred-legend = Ku sii joogidda Norway inta racfaanka la eegayo
ui-deferred-explain = Waxaad codsan kartaa inaad Norway joogto ilaa racfaanka laga go’aamiyo. Tan waxa la yiraahdaa dib u dhigista fulinta (utsatt iverksettelse).
ui-deferred-label = Codso dib u dhigista fulinta
ui-deferred-source = Sharciga Maamulka Dadweynaha (fvl.) § 42 iyo Sharciga Socdaalka (utl.) § 90.
ui-deferred-abroad = Codsaduhu kuma jiro Norway, sidaas darteed dib u dhigista fulintu ma khusayso (utl. § 90).
ui-deferred-unknown = Hubinta shuruudaha kaga jawaab su’aasha ah in codsaduhu joogo Norway. Markaas waxaad arki doontaa inaad codsan karto inaad joogto inta racfaanka la eegayo.
ui-provisional-legend = Ma jiraan dukumentiyo maqan?
ui-provisional-explain = Si kastaba racfaanka ku dir waqtiga gudihiisa, oo qor in dukumentiyadu daba socdaan. Markaas UDI badanaa waxay bixisaa waqti cusub oo laba toddobaad ah.
ui-provisional-label = Dukumentiyo kale ayaan dib u diri doonaa (racfaan ku-meel-gaar ah)
ui-provisional-source = Tilmaamaha UDI “Sideen uga racfaan qaataa go’aan UDI?” iyo wareegtada RS 2010-161.

## 6. Attachments
ui-attachments-udi-fetches = UDI iyada ayaa soo qaata macluumaadka shaqada, gunnooyinka NAV, canshuurta, mushaarka iyo amaahda waxbarashada. Lifaaq waxa aysan UDI haysan: tusaale ahaan heshiis shaqo oo cusub, ama sharraxaad (RS 2014-012).
ui-attachment-n = Lifaaq { $n }
ui-no-attachments = Weli lifaaq ma jiro.
ui-add-attachment = Ku dar lifaaq
ui-move-up = Kor u dhaqaaji
ui-move-down = Hoos u dhaqaaji
ui-remove = Ka saar
ui-attachments-fullmakt-note = Warqadda wakaaladda (fullmakt) iyo nuqul baasaboorka codsadaha ayaa sidoo kale warqadda lagu lifaaqaa.

## 7. Representative
ui-reception-not-fullmektig = Shaqaalaha maamulka socdaalka waxay codsadaha ka caawin karaan qorista racfaanka, laakiin ma noqon karaan wakiilka kiiska (fvl. § 12 faqradda labaad). Codsadaha ayaa saxiixa racfaanka.
ui-rep-question = Codsaduhu ma leeyahay wakiil qaadanaya warqadaha UDI ee kiiskan?
ui-rep-question-helper = Adigu ma noqonaysaa wakiilka codsadaha?
ui-rep-legend = Wakiilka
ui-rep-name = Magaca
ui-rep-organisation = Hay’adda
ui-rep-organisation-hint = Tusaale ahaan Jussbuss. Madhan uga tag haddii aad qof ahaan wax u caawinayso.
ui-rep-is-lawyer = Wakiilku waa qareen (advokat)
ui-rep-is-lawyer-hint = Qareenku uma baahna wakaalad qoran (fvl. § 12 faqradda afraad).
ui-rep-none = Wakiil ma jiro. Codsadaha ayaa saxiixa.
ui-fullmakt-title = Wakaaladda (fullmakt)
ui-fullmakt-explain = Warqadda dhammaadkeeda waxaan ku daraynaa wakaalad. Codsadaha ayaa saxiixa, adiguna waxaad lifaaqaysaa nuqul bogga baasaboorka ee sawirka iyo saxiixa leh. Wakiilku waa inuu ka weyn yahay 18 sano, waana inuusan ka shaqayn maamulka socdaalka (fvl. § 12, UDI).

## 8. Review
ui-review-language = Luqadda
ui-review-answers = Jawaabaha hubinta shuruudaha
ui-not-answered = Lagama jawaabin
ui-review-unused-title = Jawaabo aan warqadda lagu isticmaalin
ui-review-unused-hint = Jawaabahan mar dambe ma khusaynayaan, ka dib wixii aad ka jawaabtay markii dambe. Waa la hayaa, laakiin warqadda laguma isticmaalo.
ui-signing = Saxiixa
ui-signed-place = Meesha lagu saxiixay
ui-signed-place-hint = Tusaale ahaan Oslo.
ui-preview-title = Warqadda
ui-preview-hint = Kani waa isla qoraalka ku jiri doona PDF-ka. Warqaddu waa Noorwiiji ama Ingiriisi, sida ay UDI rabto.
ui-problems-title = Waxa maqan ka hor inta aan warqadda la samayn
ui-export-pdf = Dhoofi PDF
ui-exporting = PDF-ka waa la samaynayaa …
ui-export-saved = PDF-ka waa la kaydiyay:
ui-open-pdf = Fur PDF-ka
ui-show-in-folder = Ka tus galka
ui-send-title = Sida loo saxiixo oo loo diro racfaanka
ui-send-sign = Daabac warqadda oo saxiix. Racfaannada aan la saxiixin waa la diidaa (UDI). Haddii wakiil jiro, codsaduhu wuxuu sidoo kale saxiixaa wakaaladda.
ui-send-proof = Hayso nuqul, iyo rasiid muujinaya goorta aad dirtay.

## Errors
ui-err-date-missing = Geli taariikhda.
ui-err-date-invalid = “{ $value }” ma aha taariikh sax ah. U qor sida YYYY-MM-DD ama DD.MM.YYYY, tusaale ahaan 2026-11-09.
ui-err-case-invalid = Kiiska lama akhrin karo: { $reason }
ui-err-case-not-found = Kiiska lama helin.
ui-err-io-write = Laguma kaydin karo { $path }: { $reason }. Hubi in diskigu boos leeyahay iyo inaad qori karto galka.
ui-err-io-read = Lama akhrin karo { $path }: { $reason }.
ui-err-io-delete = Lama tirtiri karo { $path }: { $reason }.
ui-err-open-failed = Lama furi karo { $path }: { $reason }.
ui-err-pdf-failed = PDF-ka lama samayn karo: { $reason }
ui-rules-note = Hubintu waxay raacdaa xeerarka iyo lacagaha sidii ay ahaayeen { $date }, waxayna qiimaysaa shuruudaha sida ay yihiin { $assessed }.
ui-err-facts-invalid = Jawaab ka mid ah hubinta lama akhrin karo: { $reason }
ui-grounds-insert = Geli soo jeedinta
ui-warnings-title = Mudan in la hubiyo
ui-suggested-title = Dukumentiyada ay hubintu soo jeedinayso
ui-suggested-hint = Ku dar waxa aad haysato ee ku habboon kiiskaaga. Qoraalku sidiisa ayuu warqadda u galayaa, waxaadna ku beddeli kartaa liiska sare.
ui-suggested-add = Ku dar
ui-suggested-added = Waa lagu daray

## Late klage (fvl. § 31)
ui-late-reason-label = Maxay racfaanka (klage) u daahay?
ui-late-reason-hint = Waqtigu wuu dhammaaday. Si kooban u qor sababta aadan waqtigii ugu racfaan qaadan, iyo sababta aadan hadda ka hor u racfaan qaadan karin. Qoraalkan warqadda ayuu galayaa. Racfaan daahay waa la tixgelin karaa haddii dib-u-dhaca aan adiga lagu eedayn karin, ama haddii ay jiraan sababo gaar ah. Weligii lama tixgelin karo haddii in ka badan hal sano ay ka soo wareegtay markii go’aanka la gaaray (Sharciga Maamulka Dadweynaha, fvl. § 31). Ku qor Noorwiiji ama Ingiriisi, maxaa yeelay qoraalku sidiisa ayuu warqadda u galayaa.

## Languages and legal terms (shown when the app is not in Norwegian)
ui-translation-unreviewed = Tarjumaaddan weli turjubaan ma hubin.
ui-terms-title = Erayo sharci oo Noorwiiji ah
ui-terms-hint = Erayadan waxaad ku arki doontaa Noorwiiji warqadaha UDI iyo racfaankaaga.
ui-term-klage = racfaan
    .explain = Warqad aad ku codsanayso in go’aan la beddelo.
ui-term-vedtak = go’aan
    .explain = Waxa laga go’aamiyay kiiskaaga, tusaale ahaan diidmada codsiga.
ui-term-referanseperson = qofka tixraaca
    .explain = Qofka Norway jooga ee codsaduhu la doonayo inuu la noolaado.
ui-term-utsatt-iverksettelse = dib u dhigista fulinta
    .explain = In laguu oggolaado inaad Norway joogto inta racfaanka la eegayo.
ui-term-fullmakt = wakaalad
    .explain = Warqad uu codsaduhu qof kale ugu siinayo xaq uu kiiska ugu dhaqmo.
ui-term-duf-nummer = lambarka DUF
    .explain = Lambarka kiiskaaga ee UDI, 12 god.
ui-check-missing = Waxa aan weli u baahanahay inaan ogaanno
ui-date-or-never-date = Haa, lacagtii ugu dambeysay waxaa la bixiyey taariikhdan:
ui-never = Marna
ui-check-sources = Ilaha uu xeerkani ku salaysan yahay ({ $n })
ui-police-district = Degmada booliska ee gaartay go’aanka
ui-made-by = Yaa gaaray go’aanka, sida go’aanka laftiisu sheegayo?
ui-made-by-hint = Eeg madaxa warqadda iyo saxiixa, jumladda sheegaysa cidda diidday, iyo tilmaamaha racfaanka: haddii ay sheegaan in UNE ay go’aamiso racfaanka, go’aanka waxa gaaray UDI.
ui-made-by-UDI = UDI (safaaradda ama booliisku waxay keliya kuu dhiibeen)
ui-made-by-embassy = Safaaradda ama qunsuliyadda laftooda
ui-made-by-police = Degmada booliska laftigeeda
ui-made-by-unsure = Ma hubo
