## Routes (src/routes.rs, klagehjelp route): where the klage goes and what comes after. Somali.
## Not yet checked by a translator. Translated from locales/en/route.ftl (checked against nb).
## Ids: route-<route>-<section>-<id>; sources are attached in data/routes.toml.

route-title-udi = Racfaan ka dhan ah go’aan UDI
route-title-embassy = Racfaan ka dhan ah go’aan safaarad ama qunsuliyad
route-title-police = Racfaan ka dhan ah go’aan booliska
route-title-une-omgjoring = Codsi UNE in ay dib u eegto go’aankeeda (omgjøringsanmodning)
route-title-udi-omgjoring = Codsi UDI in ay beddesho go’aankeeda (fvl. § 35)
route-title-unsure = Yaa gaaray go’aanka? Marka hore hubi go’aanka

route-udi-send-to-note = Racfaanka waxa loo diraa UDI, hay’adda gaartay go’aanka (fvl. § 32 a). Cinwaanka boostada waxa laga helaa udi.no.
route-udi-omgjoring-send-to-note = Codsiga waxa loo diraa UDI, oo gaartay go’aanka (fvl. § 35).
route-embassy-send-to-note = Racfaanka waxa loo diraa isla safaaradda ama qunsuliyadda gaartay go’aanka, sida ay warqadda diidmadu sheegayso. Klagehjelp ma yaqaan cinwaankeeda.
route-embassy-send-to-unnamed = Safaaradda ama qunsuliyadda gaartay go’aanka
route-police-send-to-note = Racfaanka waxa loo diraa qaybta booliska (politidistrikt) ee gaartay go’aanka (fvl. § 32 a), sida ay warqadda go’aanku sheegayso. Klagehjelp ma yaqaan cinwaan booliis oo la hubiyay.
route-police-send-to-unnamed = Qaybta booliska ee gaartay go’aanka
route-une-omgjoring-send-to-note = Codsiga waxa loo diraa UNE. Klagehjelp ma yaqaan cinwaanka boostada ee UNE; isticmaal foomka online-ka ah ee UNE.

route-udi-channel-udi-upload = Saxiix warqadda, iskaan garee ama sawir, oo ku soo geli foomka UDI ee dukumentiyada lagu diro. Cinwaanka foomka (www.udi.no/document) waxa laga soo qaatay nuqul foomka UDI ah; ka hubi udi.no.
route-udi-omgjoring-channel-udi-upload = Saxiix warqadda, iskaan garee ama sawir, oo ku soo geli foomka UDI ee dukumentiyada lagu diro. Cinwaanka foomka (www.udi.no/document) waxa laga soo qaatay nuqul foomka UDI ah; ka hubi udi.no.
route-udi-channel-udi-police = Ama warqadda saxiixan u dhiib booliska.
route-udi-channel-udi-post = Ama boosto ugu dir UDI. Warqad boosto lagu diray waqtigeeda ayay ku timid haddii boostada la dhiibo ka hor inta aan waqtigu dhammaan (fvl. § 30).
route-udi-omgjoring-channel-udi-post = Ama boosto ugu dir UDI.
route-udi-channel-udi-edialog = Qareennadu racfaanka waxay ku diraan eDialog: hal racfaan go’aan kasta, loona diro UDI.
route-udi-channel-no-fee = Dirista racfaanku waa bilaash.
route-embassy-channel-embassy-as-letter-says = Racfaanka u dhiib safaaradda ama qunsuliyadda gaartay go’aanka, sida ay warqadda diidmadu sheegayso. Akhri warqadda diidmada si aad u ogaato sida loo diro.
route-embassy-channel-embassy-not-udi-upload = Ha u soo gelin UDI, hana ugu dirin boosto UDI ee Oslo: racfaanka go’aan safaarad wuxuu aadaa safaaradda.
route-police-channel-police-as-letter-says = Racfaanka u dir ama u dhiib qaybta booliska ee gaartay go’aanka, sida ay warqadda go’aanku sheegayso.
route-une-omgjoring-channel-une-form = Isticmaal foomka online-ka ah ee UNE, «Be om omgjøring» (codso dib-u-eegis), ee une.no. Codsigu waa inuu qoran yahay, kuna qoran yahay Noorwiijiga ama Ingiriisiga.
route-une-omgjoring-channel-une-new-information = Caadi ahaan UNE waxay weydiisaa macluumaad cusub oo muhiim ah ama dukumentiyo cusub. Ku lifaaq waxa cusub.
route-une-omgjoring-channel-une-no-address = Klagehjelp ma yaqaan cinwaanka boostada ee UNE. Ha isticmaalin cinwaan hore oo laga helay bogag kale.

route-udi-prepares-udi = UDI ayaa kiiska mar kale eegta, waxaana laga yaabaa inay iyadu beddesho go’aankeeda (fvl. § 33).
route-udi-decides-une = Haddii UDI aysan beddelin go’aankeeda, UNE (Utlendingsnemnda) ayaa go’aamisa racfaanka (utl. § 76).
route-embassy-prepares-embassy = Safaaradda ayaa kiiska mar kale eegta. Waxay oggolaan kartaa codsiga, ama racfaanka u diri kartaa UDI.
route-embassy-decides-udi = UDI ayaa go’aamisa racfaanka (utl. § 76).
route-police-prepares-police = Booliska ayaa kiiska mar kale eega, waxaana laga yaabaa inay beddelaan go’aanka; haddii kale racfaanka waxay u diraan UDI (fvl. § 33).
route-police-decides-udi = UDI ayaa go’aamisa racfaanka (utl. § 76).
route-une-omgjoring-prepares-une = UNE ayaa akhrisa codsiga.
route-une-omgjoring-decides-une = UNE ayaa go’aamisa. Racfaan kale ma jiro.
route-udi-omgjoring-prepares-udi = UDI ayaa akhrisa codsiga.
route-udi-omgjoring-decides-udi-may = UDI way beddeli kartaa go’aankeeda marka isbeddelku aanu cidna waxyeello u geysanayn (fvl. § 35 faqradda koowaad a), laakiin kuma waajibin inay eegto codsiga.

route-udi-step-udi-receipt = Marka UDI hesho racfaanka, waxaad heleysaa fariin iimayl ama SMS ah.
route-udi-step-udi-follow-up = UDI waxay ka jawaabtaa warqadaha saddex toddobaad gudahood. Haddii aadan waxba maqlin ilaa { $date }, la xiriir UDI oo weydii.
route-udi-omgjoring-step-udi-follow-up = UDI waxay ka jawaabtaa warqadaha saddex toddobaad gudahood. Haddii aadan waxba maqlin ilaa { $date }, la xiriir UDI oo weydii.
route-udi-step-udi-reviews = UDI ayaa kiiska mar kale eegta. Ma jirto il sheegaysa inta ay tani qaadanayso.
route-udi-step-udi-sends-to-une = Haddii UDI aysan beddelin go’aankeeda, kiiska waxay u dirtaa UNE, waxayna kuu sheegtaa iimayl ama SMS. UNE waxay soo dirtaa fariin ah inay heshay racfaanka, oo leh waqtiga sugitaanka ee la filayo.
route-udi-step-une-considers = UNE ayaa go’aamisa; ugu yaraan laba qof ayaa had iyo jeer eega kiiska. Sanadkii { $year }, UNE waxay celcelis ahaan qaadatay { $days } maalmood racfaannada kiisaska isu-keenidda qoyska ({ $previous_days } maalmood sanadkii { $previous_year }).
route-step-provisional-documents = Racfaan ku-meel-gaar ah (foreløpig klage) kadib, UDI caadi ahaan waxay bixisaa waqti cusub oo ah { $days } maalmood (laba toddobaad) oo dukumentiyada loogu talagalay. Tani waa dhaqan, ma aha xaq.
route-embassy-step-embassy-reviews = Safaaradda ayaa kiiska mar kale eegta. Waxay oggolaan kartaa codsiga ama racfaanka u diri kartaa UDI.
route-embassy-step-embassy-waiting = Waqtiyada sugitaanka ka eeg bogagga internetka ee safaaradda.
route-embassy-step-udi-decides-unknown-time = UDI ayaa go’aamisa racfaanka. Ma jirto il sheegaysa inta ay UDI qaadato.
route-police-step-police-reviews = Booliska ayaa kiiska mar kale eega. Haddii aysan beddelin go’aanka, racfaanka waxay u diraan UDI.
route-police-step-udi-decides-unknown-time = UDI ayaa go’aamisa racfaanka. Ma jirto il sheegaysa inta ay UDI qaadato.
route-une-omgjoring-step-une-omgjoring-waiting = Bogga internetka ee UNE wuxuu sheegayaa in codsiyada dib-u-eegista badankood, marka laga reebo kiisaska magangelyada, la go’aamiyo { $months } bilood gudahood (boggu bil kasta ayaa la cusboonaysiiyaa).
route-une-omgjoring-step-une-omgjoring-priority = UNE codsiyadan waxay eegtaa racfaannada kadib, sidaas darteed waxa laga yaabaa inay qaataan waqti dheer.
route-udi-omgjoring-step-udi-omgjoring-may = UDI way beddeli kartaa go’aankeeda, laakiin kuma waajibin inay eegto codsiga. Lama yaqaan sida UDI ula macaamisho codsiyadan.

route-udi-last-une-final = Go’aanka UNE waa kama dambays: haddii UNE diido, racfaan kale ma jiro. Markaas waxaad UNE ka codsan kartaa inay dib u eegto go’aankeeda, waxaad samayn kartaa codsi cusub, ama waxaad u cabansan kartaa Sivilombudet (ombudsmanka dawladda).
route-embassy-last-udi-final = Haddii UDI iyaduna diido, racfaan kale ma jiro. Waxaad samayn kartaa codsi cusub ama u cabansan kartaa Sivilombudet.
route-police-last-udi-final-police = Haddii UDI iyaduna diido, go’aanku waa kama dambays. Waxaad samayn kartaa codsi cusub ama u cabansan kartaa Sivilombudet.
route-une-omgjoring-last-une-omgjoring-final = Racfaan kale ma jiro. Doorashooyinku waa codsi cusub, Sivilombudet (bilaash, hal sano gudaheed go’aanka kama dambaysta ah: ilaa { $date }; Ombud-ku ma beddeli karo go’aanka), ama dacwad maxkamadeed (waxay u baahan tahay qareen, waana qaali).
route-udi-omgjoring-last-udi-omgjoring-else = Haddii UDI aysan beddelin go’aankeeda, UNE sidoo kale way beddeli kartaa isla sababahaas awgood (fvl. § 35 faqradda labaad). Codsi cusub ayaa badanaa ka dhakhso badan.

route-also-late-klage = Racfaan daahay (fvl. § 31) weli waa la eegi karaa haddii aan laguu eedayn karin daahitaanka ama ay jiraan sababo gaar ah. Maalinta ugu dambaysa waa { $date }, hal sano go’aanka kadib.
route-also-new-application = Codsi cusub ayaa badanaa ah waddada ugu dhakhsaha badan.
route-also-utsatt-letter = Klagehjelp wuxuu qori karaa codsi gaar ah oo dib u dhigista fulinta (utsatt iverksettelse) ah (si aad Norway u joogto inta racfaanka la go’aaminayo), kaas oo aad isla markiiba diri karto, racfaanka ka hor.

route-warning-made-by-unsure = Go’aanka ka hubi cidda gaartay: madaxa warqadda iyo saxiixa (UDI ama safaaradda), jumladda sheegaysa cidda diiday ("Utlendingsdirektoratet har …" ama "Ambassaden har …"), iyo tilmaamaha racfaanka. Haddii go’aanku UNE ku sheego hay’adda go’aamisa racfaanka, UDI ayaa gaartay; haddii uu UDI sheego, safaaradda ama booliska ayaa gaaray. Racfaanka u jeedi sida ay tilmaamaha racfaanku sheegayaan. Labada waddo ee suurtagalka ah ayaa hoos ka muuqda.
route-warning-check-made-by = Diidmooyin badan oo safaarad ama booliis bixiyeen waa go’aanno UDI. Go’aanka ka hubi cidda gaartay: haddii tilmaamaha racfaanku UNE ku sheegaan hay’adda go’aamisa racfaanka, UDI ayaa gaartay go’aanka, racfaankana waxa loo jeedinayaa UDI.
route-warning-address-unknown = Klagehjelp ma yaqaan cinwaankan. Ka qor warqadda go’aanka, ama weydii sida racfaanka loo dhiibayo.
route-warning-earlier-stated-deadline = Waqtiga ku qoran go’aanka iyo kan sharciga lagu xisaabiyay way kala duwan yihiin, kan hore ({ $date }) wuu dhammaaday. Racfaanka maanta dir. Warqaddu waxay sheegaysaa maalinta aad heshay go’aanka, waxayna beddel ahaan codsanaysaa in loo eego sida ku xusan fvl. § 31.
route-warning-deadline-passed = Waqtiga racfaanka ({ $date }) wuu dhammaaday. Racfaan daahay weli waa la eegi karaa sida ku xusan fvl. § 31: sheeg sababta uu u daahay oo dir sida ugu dhakhsaha badan.
route-warning-one-year-passed = In ka badan hal sano ayaa ka soo wareegtay go’aanka (xadku wuxuu ahaa { $date }), sidaas darteed racfaan lama eegi karo (fvl. § 31 faqradda saddexaad). Doorashooyinku waa codsi go’aanka lagu beddelo ama codsi cusub.
route-warning-provisional-recommended = Waqti yar ayaa haray (waqtiga u dambeeya { $date }). Haddii aadan weli haysan wax kasta, hadda dir racfaan ku-meel-gaar ah (foreløpig klage), dukumentiyadana mar dambe.
route-warning-electronic-notice = Go’aanku wuxuu yimid si elektaroonig ah: waqtigu wuxuu bilaabmaa marka go’aanka laguu diyaariyay oo ogeysiiska la diray, ma aha marka aad furtay.
route-warning-fullmakt-follows = Wakaaladda (fullmakt) saxiixan ayaa daba socota. Dir sida ugu dhakhsaha badan: wakiil (fullmektig) aan qareen ahayn waa inuu muujiyaa wakaalad qoran (fvl. § 12).
route-warning-deferral-une = Si aad Norway u joogto inta UNE eegayso codsiga, codsiga ku weydii dib u dhigista fulinta (utsatt iverksettelse). UNE ayaa go’aamisa in la oggolaado.
route-warning-renewal-right-to-stay = Waxaad xaq u leedahay inaad Norway joogto inta racfaanku socdo adigoon codsan oo keliya haddii saddexdan oo dhammi jiraan: codsiga la diiday wuxuu ahaa cusboonaysiin isla saldhig ah, waxa la sameeyay ugu yaraan hal bil ka hor inta ogolaanshihii hore dhammaan, racfaankana waxa la diraa waqtiga gudihiisa. Haddii aadan hubin saddexdaba, isla markiiba codso dib u dhigista fulinta.
route-warning-deferral-48h = Isla markiiba dir codsi dib u dhigista fulinta ah. Diidmada ogolaansho koowaad waa la fulin karaa 48 saacadood kadib markii aad heshay go’aanka (utl. § 90). Weli waad codsan kartaa mar dambe, laakiin inta hore ayaa fiican. Tani ma aha waqtiga racfaanka.
route-warning-exit-deadline = Diidmadu waxay dejisaa waqti bixitaan (utreisefrist), caadi ahaan 7 ilaa 30 maalmood. Waqtiga bixitaanka laftiisa lama racfaan qaadan karo, laakiin waxaad ka codsan kartaa qaybta booliska ee aad deggan tahay inay kordhiyaan. Haddii dib u dhigista fulinta la diido, waa inaad ka baxdaa Norway ka hor waqtiga bixitaanka; racfaanku wuxuu ka sii socdaa dibadda.
route-warning-deferral-abroad = Kiisku wuxuu sheegayaa in codsaduhu joogo Norway dibaddeeda. Dib u dhigista fulintu waxay ku saabsan tahay joogitaanka Norway, sidaas darteed warqaddu kuma darayso codsigaas. Beddel jawaabta haddii codsaduhu joogo Norway.
route-warning-abroad-send-early = Dibadda: racfaanka soo geli ka hor inta aan waqtigu dhammaan (ama u dhiib safaaradda ka hor inta aan waqtigu dhammaan, haddii go’aanku ka yimid safaarad), oo hay rasiidhka. Lama yaqaan in boosto dal kale ah loo tiriyo waqtiga.
route-warning-in-norway-unknown = Kiisku ma sheegayo in codsaduhu joogo Norway. Dib u dhigista fulintu waxay muhiim tahay oo keliya Norway gudaheeda, sidaas darteed warqaddu kuma darayso codsigaas ilaa aad ka jawaabto su’aasha.

route-cli-made-by-given = Cidda gaartay go’aanka: { $who } (laga soo qaatay go’aanka)
route-cli-made-by-derived = Cidda gaartay go’aanka: { $who } (laga soo qaatay hay’adda aad sheegtay; ka hubi go’aanka)
route-cli-letter = Warqad: { $kind } (warqadda klagehjelp)
route-cli-letter-none = Warqad: weli ma jirto (marka hore ogow cidda gaartay go’aanka)
route-cli-deadline = Waqtiga la ilaalinayo: { $date }
route-cli-send-to = U dir
route-cli-address-unknown = (Klagehjelp ma yaqaan cinwaanka)
route-cli-channels = Sida loo diro
route-cli-who = Cidda eegaysa iyo cidda go’aaminaysa
route-cli-next = Waxa xiga
route-cli-last = Tallaabada ugu dambaysa
route-cli-also = Doorashooyin kale
route-cli-warnings = Ka digtoonow
route-cli-sources = Ilaha
route-cli-candidates = Waxay noqon kartaa mid ka mid ah waddooyinkan:
route-made-by-UDI = UDI
route-made-by-embassy = safaarad ama qunsuliyad
route-made-by-police = booliska
route-made-by-UNE = UNE
route-made-by-unsure = lama hubo
route-cli-made-by-unsure = Cidda gaartay go’aanka: weli lama yaqaan (hoos ka eeg waxa go’aanka laga hubinayo)
route-warning-send-as-decision-says = UDI ayaa gaartay go’aanka, safaaradda ama booliskana way dhiibeen. Racfaanka u jeedi UDI, una dir sida ay warqadda go’aanku sheegayso (tusaale ahaan safaaradda dhexdeeda). Hay caddaynta maalinta aad dhiibtay.
route-udi-step-une-changed = Sanadkii { $year }, UNE waxay beddeshay go’aanka { $changed } ka mid ah { $total } kiis oo isu-keenid qoys ah. Sabab caadi ah: shuruudda waa la buuxiyay ka hor inta UNE aysan go’aamin. Sidaas darteed dir dukumentiyo muujinaya waxa isbeddelay.
route-also-costs = Haddii go’aanka laguu beddelo si adiga kuu roon, kharashyada lagama maarmaanka ah (tusaale ahaan qareen) waa laga yaabaa in la bixiyo. Codso saddex toddobaad gudahood kadib markii laguu sheego go’aanka cusub (fvl. § 36).
