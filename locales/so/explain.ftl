## «Maxay warqaddaydu sheegaysaa?» (src/explain.rs): fariin kasta qayb ka mid ah warqadda.
## Tarjumaddan weli turjumaan ma hubin.

explain-header = Qaybta sare ee warqadda. Waxay sheegaysaa cidda soo dirtay, iyo in loo dirayo { $authority }. Waxa kale oo ku jira taariikhda, lambarkaaga DUF { $duf }, lambarka kiiska iyo qofka kiisku khuseeyo. Cinwaanku wuxuu sheegayaa waxa warqaddu tahay: { $kind }.
explain-representative = { $rep } ayaa warqaddan kuu qoraya isagoo ah wakiilkaaga (fullmektig). Warqaddu waxay sheegaysaa in wakaalad (fullmakt) ay xaqaas siinayso (fvl. § 12).
explain-decision-klage = Halkan waxa ku qoran go’aanka aad ka racfaanayso: go’aanka { $authority } ee { $decided } ee diiday codsiga isu-keenidda qoyska. Racfaanku (klage) wuxuu codsanayaa in go’aanka la beddelo.
explain-decision-omgjoring = Halkan waxa ku qoran go’aanka warqaddu khusayso: go’aanka { $authority } ee { $decided } ee diiday codsiga. Waxaad ka codsanaysaa { $authority } inuu buriyo go’aankiisa (omgjøre).
explain-decision-utsatt = Halkan waxa ku qoran go’aanka codsigu khuseeyo: go’aanka { $authority } ee { $decided }. Waxa kale oo ku qoran goorta aad heshay, iyo in racfaanka laftiisa la soo diri doono.
explain-decision-ettersending = Halkan waxa ku qoran kiiska warqaddu khusayso: racfaankaaga ee go’aanka { $authority } ee { $decided }.
explain-decision-innsyn = Halkan waxa ku qoran kiiska warqaddu khusayso: go’aanka { $authority } ee { $decided } ee diiday codsiga.
explain-decision-costs = Halkan waxa ku qoran kiiska warqaddu khusayso: go’aanka { $authority } ee { $decided }, iyo in markii dambe loo beddelay si adiga kuu anfacaysa.
explain-co-applicants = Racfaanku wuxuu sidoo kale khuseeyaa { $names }, oo isla go’aankaas lagu diiday.
explain-deadline = Tani waxay ku saabsan tahay muddada racfaanka (klagefrist). Waxa ku qoran inaad go’aanka heshay { $received }, muddaduna ay dhammaanayso { $deadline }, sidaas darteed racfaanka waqtigiisa ayaa la diray.
explain-deadline-between = Tani waxay ku saabsan tahay muddada racfaanka (klagefrist). Waxa ku qoran in go’aanku ku soo gaadhay { $received }. Go’aanku wuxuu sheegayaa muddada { $stated }; sida sharciga, laga bilaabo maalintaas, muddadu waxay dhammaanaysaa { $computed } (fvl. §§ 29–30). Warqaddu waxay sharxaysaa sababta racfaanku waqtigiisa u yahay.
explain-late-alternative = Haddii { $authority } u arko in racfaanku daahay, warqaddu waxay codsanaysaa in si kastaba loo eego (fvl. § 31 faqradda koowaad): adiga eed laguma lahan (qodobka a), waxaana jira sababo gaar ah, maxaa yeelay muddada go’aanka kuma aysan ahayn muddada sharciga (qodobka b).
explain-late = Halkan waxa ku qoran in racfaanku daahay: go’aanka waxaad heshay { $received }, muddaduna waxay ahayd { $deadline }. Warqaddu waxay codsanaysaa in racfaanka si kastaba loo eego (fvl. § 31 faqradda koowaad), maxaa yeelay dib u dhaca eed laguma lahan (qodobka a), waxaana jira sababo gaar ah (qodobka b).
explain-late-reason = Halkan warqaddu waxay sheegaysaa sababaha racfaanku u daahay, iyo wixii dhacay markii caqabaddu dhammaatay ka dib (qodobka a). Kadib waxa yimaadda erayadaada.
explain-late-special = Sababaha gaarka ah (qodobka b): go’aanku aad ayuu muhiim ugu yahay adiga iyo qoyskaaga, intaad ogtahayna beddelkiisu qof kale waxba ma yeelayo. Warqaddu waxay sidoo kale sheegaysaa in racfaanka la diray hal sano gudaheed go’aanka ka dib (fvl. § 31).
explain-request = Waxa aad codsanayso: in { $authority } beddelo go’aanka oo oggolaado codsiga. Haddii { $authority } uusan beddelin, racfaanka waxa loo dirayaa { $appeal }, oo go’aan ka gaadha (fvl. § 33, utl. § 76).
explain-request-no-appeal = Waxa aad codsanayso: in { $authority } beddelo go’aanka oo oggolaado codsiga.
explain-request-omgjoring = Waxa aad codsanayso: in { $authority } buriyo go’aanka oo oggolaado codsiga (fvl. § 35). Kadib warqaddu waxay sharxaysaa waxa cusub ee kiiska ku jira, ama waxa aan si fiican loo qiimeyn.
explain-request-utsatt = Waxa aad codsanayso: in go’aanka aan la fulin inta racfaanka laga go’aaminayo, si aad Norway u joogto muddadaas (utsatt iverksettelse; fvl. § 42, utl. § 90). Codsiga waa in sida ugu dhakhsaha badan looga go’aamiyo, diidmaduna waa inay sabab leedahay.
explain-request-ettersending = Dukumentiyada warqadda ku qoran waa lala dirayaa. Waxaad codsanaysaa in la tixgeliyo marka racfaanka laga go’aaminayo (fvl. § 34).
explain-request-innsyn = Waxa aad codsanayso: inaad aragto dukumentiyada kiiskaaga (innsyn, fvl. § 18), nuqullo loo diro cinwaanka ku qoran warqadda korkeeda.
explain-request-costs = Waxa aad codsanayso: in laguu bixiyo kharashyada waaweyn ee lagama maarmaanka u ahaa in go’aanka la beddelo (fvl. § 36). Kharashyada waxay ku qoran yihiin xisaab ku lifaaqan.
explain-set-aside = Haddii aan go’aanka la beddelin, waxaad sidoo kale codsanaysaa in go’aanka la buriyo oo kiiska dib loogu celiyo { $authority } si mar kale loo eego (fvl. § 34 faqradda afraad).
explain-innsyn-request = Waxaad sidoo kale codsanaysaa inaad aragto dukumentiyada kiiskaaga (innsyn, fvl. § 18), iyadoo nuqullo loo soo dirayo cinwaanka ku qoran warqadda korkeeda.
explain-deferral = Waxaad sidoo kale codsanaysaa dib u dhigista fulinta (utsatt iverksettelse): inaad Norway joogto inta kiiska la eegayo (fvl. § 42, utl. § 90). Codsiga waa in sida ugu dhakhsaha badan looga go’aamiyo, diidmaduna waa inay sabab leedahay.
explain-more-documents = Waxaad sheegaysaa inaad soo diri doonto dukumentiyo kale iyo sababo buuxa, waxaadna u codsanaysaa muddo. Sida UDI u shaqeyso, muddada cusubi waa laba toddobaad.
explain-more-documents-forelopig = Halkan waxa ku qoran in warqaddu tahay racfaan ku-meel-gaadh ah (foreløpig klage): dukumentiyada iyo sababo buuxa mar dambe ayaad soo diri doontaa, waxaadna u codsanaysaa muddo. Sida UDI u shaqeyso, muddada cusubi waa laba toddobaad.
explain-more-documents-omgjoring = Waxaad sheegaysaa inaad soo diri doonto dukumentiyo kale, waxaadna ka codsanaysaa { $authority } inuu muddo u qabto.
explain-grounds = Sababaha (begrunnelse): sababta go’aanka loo beddelayo. Warqaddu waxay codsanaysaa in waxa soo socda la tixgeliyo.
explain-ground = Sababahaaga ku saabsan shuruuddan: { $title }. Qoraalku waa erayadaada, lama tarjumin.
explain-ground-other = Sababo kale
explain-own-words = Erayadaada, lama tarjumin: warqadda waxay ugu qoran yihiin sidii aad u qortay. Hubi inay sheegayaan waxa aad ula jeeddo.
explain-attachments = Liiska lifaaqyada (vedlegg) ee warqadda lala dirayo. Tirada lifaaqyada: { $count }.
explain-signature = Dhammaadka warqadda: salaan, meesha iyo taariikhda, iyo xariiqyada saxiixa ({ $signatures }). Qof kasta oo magiciisu ku qoran yahay xariiq hoostiis, halkaas ayuu gacanta ku saxiixaa: racfaanku waa inuu saxiixan yahay (fvl. § 32).
explain-fullmakt = Bog gooni ah: wakaaladda (fullmakt). Waxaad ku siinaysaa { $rep } xaq uu kuugu matalo kiiskaaga iyo warqaddan.
explain-fullmakt-powers = Waxa wakaaladdu oggolaato: waxay khusaysaa heer kasta oo kiiska ah, waxayna xaq u siinaysaa in go’aannada iyo dukumentiyada kale ee kiiska laga qaato adiga beddelkaaga (fvl. § 12).
explain-fullmakt-sign = Wakaaladda gacanta ayaad ku saxiixaysaa, waxaadna qoraysaa meesha iyo taariikhda. La dir nuqul ka mid ah bogga baasaboorkaaga ee ay ku qoran yihiin xogtaada shakhsiga ah iyo saxiixaaga.
explain-labels = Bog calaamado ah, oo aan ka mid ahayn warqadda: jar oo mid ku dheji bogga koowaad ee lifaaq kasta. Haddii lifaaqyada si dijitaal ah u dirayso, isla qoraalka ku qor dukumenti kasta korkiisa.
explain-unknown = Qaybtan warqadda weli sharaxaad ma leh. Ka codso qof akhriya Noorwiijiga ama Ingiriisiga inuu kula akhriyo.
explain-body-udi = UDI (Waaxda Socdaalka ee Norway)
explain-body-une = UNE (Guddiga Racfaannada Socdaalka)
explain-not-the-klage = Sharaxaaddan adiga ayay kuu tahay. Ha dirin: kama mid aha racfaanka.
explain-own-words-mark = erayadaada, lama tarjumin
explain-cli-heading = Maxay warqaddaydu sheegaysaa? ({ $kind })
explain-cli-letter-lang = Warqad laguma qori karo { $lang }: UDI iyo UNE racfaan waxay ku aqbalaan Noorwiijiga ama Ingiriisiga oo keliya. Warqadda waxa lagu qoraa nb (bokmål), nn (nynorsk) ama en (Ingiriisi), sida faylka kiisku sheegayo. Si aad { $lang } ugu akhriso waxa warqaddu sheegayso, qor: klagehjelp explain CASE --lang { $code }

## Guddiga shaashadda dib-u-eegista (ui/js/review.js)
ui-explain-title = Maxay warqaddaydu sheegaysaa?
ui-explain-intro = Warqaddu waa inay ku qoran tahay Noorwiiji ama Ingiriisi. Halkan waa qayb qayb, qayb kastana dhinaceeda waxa ay sheegayso iyo waxa ay codsanayso, luqaddaada.
ui-explain-letter = Warqadda dhexdeeda
ui-explain-meaning = Waxa ay ka dhigan tahay
ui-explain-own = Erayadaada, lama tarjumin
ui-explain-print = Daabac sharaxaadda
ui-explain-print-note = Sharaxaadda waxa laga daabacaa daaqaddan, warqad gooni ah, marnaba racfaanka gudihiisa. PDF looma sameeyo, maxaa yeelay qaabka PDF-keenu ma isku xidhi karo xarfaha qoraalka Carabiga.
ui-explain-fallback = Weli laguma tarjumin luqaddaada: waxa lagu muujiyay Ingiriisi.
