# The law module (src/law): statuses, requirements, rules, exceptions, documents, notes,
# figures, facts, interview and refusal grounds. Somali. Not yet checked by a translator.
# Translated from locales/en/law.ftl (checked against nb). Same ids and variables as nb.
# "Qofka tixraaca" (referansepersonen) is the person in Norway the applicant wants to join; "adiga" is the applicant.
# Legal citations (utl. § 40, utf. § 10-8, fvl. § 34) and Norwegian terms in quotes stay as they are.

## 1. Statuses

status-met = waa la buuxiyay
status-not_met = lama buuxin
status-not_applicable = ma khuseyso
status-needs_assessment = UDI/UNE ayaa qiimayn doona
status-unknown = weli ma garanayno

## 2. Requirements: title, explanation, draft argument for the klage letter

req-personkrets-explain = Sharcigu wuxuu sheegayaa xubnaha qoyska ee heli kara ogolaanshaha isu-keenidda qoyska, tusaale ahaan lammaanayaal is qaba, dad wada nool (samboere), carruur ka yar 18 iyo waalidiin qaar (utl. §§ 40–49). Qofka tixraaca (referansepersonen: qofka Norway jooga ee aad codsanayso inaad u timaado) waa inuu sidoo kale haystaa ogolaansho u oggolaanaya isu-keenidda qoyska (utl. § 40 faqradda koowaad).
req-personkrets-argument = Waxaan aaminsanahay in shuruudda xiriirka qoyska la buuxiyay (utl. §§ 40–49). [halkan ku qor: sida aad qofka tixraaca ugu xiran tahay, tusaale ahaan taariikhda guurkiinna ama inta aad wada noolaydeen]. Waxaan tixraacayaa dukumentiyada ku lifaaqan. Haddii UDI ama UNE ay go’aamiyaan in shuruudda aan la buuxin, waxaan codsanayaa in miisaan la siiyo waxan soo socda: [halkan ku qor: sababta qoyskaagu u baahan yahay inuu wada noolaado].

req-alder18-explain = Lammaanayaasha is qaba, lammaanayaasha diiwaangashan, dadka wada nool iyo dadka is doonan (ee doonaya inay guursadaan) labadoodaba waa inay jiraan 18 sano ama ka badan maalinta kiiska la go’aamiyo (utl. § 40 faqradda labaad; UDI; dadka is doonan RS 2010-077). Qof ka yar 18 sano kuma guursan karo Norway (ekteskapsloven § 1 a).
req-alder18-argument = Waxaan aaminsanahay in shuruudda da’da la buuxiyay, maxaa yeelay labadayaduba waxaan jirnaa 18 sano ama ka badan taariikhda racfaanka la go’aamiyo (utl. § 40 faqradda labaad). Waxaan dhashay [halkan ku qor: taariikhda dhalashadaada], qofka tixraacana wuxuu dhashay [halkan ku qor: taariikhda dhalashada qofka tixraaca]. Waxaan tixraacayaa shahaadooyinka dhalashada ee ku lifaaqan.

req-fireaarskrav-explain = Haddii qoyskiinna la aasaasay kadib markii qofka tixraacu yimid Norway, qofka tixraacuna uu haysto ilaalin (beskyttelse), ogolaansho bini’aadannimo, ogolaansho isu-keenid qoys, ama ogolaansho joogto ah oo ku salaysan mid ka mid ah kuwan, qofka tixraacu waa inuu Norway ka shaqeeyay ama wax ku bartay waqti buuxa muddo afar sano ah (utl. § 40 a; utf. § 9-1). Xeerkani ma khuseeyo muwaadiniinta Norway ama waddamada Waqooyiga Yurub (Norden), ama marka qofka tixraacu jiro 67 sano ama ka badan.
req-fireaarskrav-argument = Waxaan aaminsanahay in shuruudda afarta sano la buuxiyay, ama aysan na khuseyn (utl. § 40 a; utf. § 9-1). Qofka tixraacu wuxuu leeyahay [halkan ku qor: shaqo, dugsi, waxbarasho, barnaamijka hordhaca, barashada af-Noorwiijiga, fasax waalidnimo ama lacagta jirada, iyo taariikhaha]. Wadar ahaan tani waa [halkan ku qor: tirada] sano oo hawl waqti buuxa ah. Waxaan tixraacayaa dukumentiyada ku lifaaqan. Haddii UDI ama UNE ay go’aamiyaan in shuruudda aan la buuxin, waxaan codsanayaa ka-reebis sababo gaar ah awgood, oo ay ku jiraan danaha midnimada qoyska (utl. § 40 a faqradda saddexaad), maxaa yeelay [halkan ku qor: tusaale ahaan inaan ilmo wada leenahay].

req-alder24-explain = Haddii qoyskiinna la aasaasay kadib markii qofka tixraacu yimid Norway, labadiinnuba waa inaad jirtaan 24 sano ama ka badan marka kiiska la go’aamiyo (utl. § 41 a). Xeerkani ma khuseeyo, tusaale ahaan, haddii aad is guurseydeen ka hor intaanu qofka tixraacu u guurin Norway, ama aad wada noolaydeen ugu yaraan laba sano ka hor guuritaanka (utl. § 41 a faqradda koowaad).
req-alder24-argument = Waxaan aaminsanahay in shuruudda ah in labaduba jiraan 24 sano la buuxiyay, ama aysan na khuseyn (utl. § 41 a). [halkan ku qor: labada taariikhood ee dhalashada, ama sababta ka-dhaafid u khuseyso, tusaale ahaan goorta aad is guurseydeen ama aad bilowdeen inaad wada noolaataan]. Haddii UDI ama UNE ay go’aamiyaan in shuruuddu na khuseyso oo aan la buuxin, waxaan codsanayaa ka-reebis, maxaa yeelay waa cad tahay in xiriirkayagu yahay mid ikhtiyaari ah (utl. § 41 a faqradda labaad). [halkan ku qor: sida aad ku kulanteen, muddada aad is taqaanneen iyo sida aad u go’aamiseen inaad is guursataan ama wada noolaataan].

req-underhold_fremtidig-explain = Waa in la filayaa in qofka tixraacu helo dakhli ku filan (canshuurta ka hor) ugu yaraan sanadka soo socda (utf. § 10-8). Lacagtu waxay raacdaa lacagta aasaasiga ah ee Caymiska Qaranka (G), waxayna ku xiran tahay goorta codsiga la diiwaangeliyay. Dad qaar ayaa laga dhaafay, tusaale ahaan qoyska qaxootiga ee codsada waqtiga gudihiisa (utf. § 10-8 faqradda afraad).
req-underhold_fremtidig-argument = Waxaan aaminsanahay in shuruudda dakhliga mustaqbalka la buuxiyay (utf. § 10-8). Shuruuddu waa { $figure }. Qofka tixraacu [halkan ku qor: jagada, shaqo-bixiyaha, dakhliga sanadlaha ah ee canshuurta ka hor iyo taariikhda laga bilaabo]. Waxaan tixraacayaa heshiiska shaqada ama xaqiijinta shaqo-bixiyaha ee ku lifaaqan. Waxaan codsanayaa in dakhliga loo qiimeeyo sida uu yahay marka racfaanka la go’aamiyo (fvl. § 34). Haddii UDI ama UNE ay go’aamiyaan in shuruudda aan la buuxin, waxaan codsanayaa ka-reebis (utf. § 10-11) maxaa yeelay [halkan ku qor: arrimo bini’aadannimo oo si gaar ah u xooggan, ama cidda kale ee si cad noo masruufi karta].

req-underhold_tidligere-explain = Qofka tixraacu waa inuu sidoo kale helay dakhli ku filan sanadkii dakhliga ee u dambeeyay, sida ku cad xisaab-xidhka canshuurta (skatteoppgjør) (utf. § 10-9). UDI caadi ahaan waxay eegtaa sanadka ka horreeya go’aanka, ama sanadkii ka horreeyay haddii xogtu aysan diyaar ahayn (UDI).
req-underhold_tidligere-argument = Waxaan aaminsanahay in shuruudda dakhligii hore la buuxiyay, ama in qofka tixraaca laga dhaafay (utf. § 10-9). Shuruudda { $year } waa { $figure }. Qofka tixraacu wuxuu helay NOK [halkan ku qor: lacagta] canshuurta ka hor sanadkii { $year }. [halkan ku qor: ka-dhaafid kasta, tusaale ahaan 60 dhibcood oo waxbarasho ama adeeg ciidan sanadkii hore]. Waxaan tixraacayaa xisaab-xidhka canshuurta ee ku lifaaqan.

req-sosialstonad-explain = Qofka tixraacu waa inuusan NAV ka helin gargaarka bulshada ee lacageed (økonomisk sosialhjelp) ama kaalmada u-qalmitaanka (kvalifiseringsstønad) 12-ka bilood ee ka horreeya go’aanka (utf. § 10-10). Lacag-bixinno qaar lama tiriyo, tusaale ahaan caawimaad la bixiyo inta la sugayo gunno kale (utf. § 10-10 xarafka a iyo b).
req-sosialstonad-argument = Waxaan aaminsanahay in shuruudda gargaarka bulshada la buuxiyay (utf. § 10-10). [halkan ku qor: goorta ugu dambaysay ee qofka tixraacu helay gargaarka bulshada ee lacageed ama kaalmada u-qalmitaanka, iyo haddii la bixiyay inta la sugayay gunno kale ama kaalmada guryaha, ama inta lagu jiray barnaamijka hordhaca]. Waxaan tixraacayaa warqadda NAV ee ku lifaaqan.

req-bolig-explain = Lammaanayaasha is qaba, dadka wada nool iyo waalidka ilmaha waa inay Norway ku wada noolaadaan (utl. § 40 faqradda saddexaad; utl. §§ 41, 43 iyo 44). Carruurta, qoraalka hadda ee UDI ee arrintan lama hubin. Dadka is doonan iyo xubno kale oo qoyska ah, qofka tixraacu waa inuu sidoo kale haystaa guri buuxiya heerarka dawladda (utf. § 10-12).
req-bolig-argument = Waxaan aaminsanahay in shuruudda wada noolaanshaha iyo guriga la buuxiyay. Waxaan Norway ku wada noolaan doonnaa [halkan ku qor: cinwaanka]. [halkan ku qor: in guriga la leeyahay ama la kireeyay, cabbirkiisa, iyo tan iyo goorma]. Waxaan tixraacayaa caddaynta guriga ee ku lifaaqan.

## 3. Rules: which sub-rule decided the result ($status = met, not_met, not_applicable, needs_assessment, unknown)

rule-relation-missing = Weli ma garanayno xiriirka qoyska ee kaa dhexeeya qofka tixraaca, sidaas darteed ma hubin karno shuruudaha. Xiriirku wuxuu go’aamiyaa xeerarka khuseeya (utl. §§ 40–49).
rule-PK-basis = Ogolaanshaha qofka tixraacu ma siinayo xaq isu-keenid qoys (utl. § 40 faqradda koowaad). Eeg waxa ku qoran go’aanka qofka tixraaca laftiisa.
rule-PK-other = Sharcigu xubnaha kale ee qoyska xaq ugama siiyo ogolaansho. Ogolaansho waxa la bixin karaa oo keliya haddii arrimo bini’aadannimo oo xooggan ("sterke menneskelige hensyn") ay u baahdaan (utl. § 49).
rule-PK-spouse = Lammaanayaasha is qaba iyo lammaanayaasha diiwaangashan waxay ka mid yihiin xubnaha qoyska ee heli kara ogolaansho (utl. § 40 faqradda koowaad).
rule-PK-coh = { $status ->
        [met] Waxaad buuxisay shuruudaha dadka wada nool (utl. § 41).
       *[other] Dadka wada nool waa inay wada noolaayeen ugu yaraan laba sano, ama ay wada leeyihiin ilmo ama ay ilmo wada sugayaan (utl. § 41). Sida jawaabahaagu sheegayaan, midkoodna ma jiro.
    }
rule-PK-coh-2y = Waxaad wada noolaydeen ugu yaraan laba sano, sidaas darteed waxaad tihiin dad wada nool (utl. § 41).
rule-PK-coh-child = Waxaad wada leedihiin ilmo, ama ilmo ayaad wada sugaysaan, sidaas darteed waxaad tihiin dad wada nool (utl. § 41).
rule-PK-age-boundary = Codsiga dhammaystiran wuxuu yimid isla maalinta ilmuhu buuxiyay 18 sano. Sharcigu wuxuu leeyahay "innen 18-årsdagen" (ilaa maalinta dhalashada 18aad), xeerarkuna ma cadda in maalinta dhalashada laftirkeedu tirsan tahay iyo in kale (utl. § 50).
rule-PK-age = Ilmaha looma tiriyo mid ka yar 18: codsiga dhammaystiran ma iman ka hor maalinta dhalashada 18aad (utl. § 50). Xeerar kale ayaa weli caawin kara, tusaale ahaan carruurta da’doodu tahay 18–21 ama carruurta waaweyn ee waalidkood ku tiirsan.
rule-PK-child-consent = Ilmuhu wuxuu leeyahay waalid dibadda jooga oo aan oggolaansho bixin. UDI/UNE waxay samayn karaan ka-reebis haddii oggolaanshaha aan la heli karin ama ay jiraan sababo gaar ah (utl. § 42).
rule-PK-child = Ilmo ka yar 18 wuxuu heli karaa ogolaansho uu kula noolaado waalid Norway jooga (utl. § 42; utl. § 50).
rule-PK-parent = Waalid la nool ilmo ka yar 18 oo Norway jooga wuxuu heli karaa ogolaansho (utl. § 44).
rule-PK-access = Waalid xuquuq booqasho (samvær) u leh ilmo Norway jooga wuxuu heli karaa ogolaansho, laakiin UDI/UNE ayaa qiimeeya kiiska (utl. § 45; utf. § 9-3).
rule-PK-protected-minor = Waalidka ilmo ka yar 18 oo Norway ilaalin ku haysta wuxuu heli karaa ogolaansho (utl. § 43). UDI/UNE ayaa qiimeeya kiiska; ma aynaan awoodin inaan hubinno qoraalka hadda ee § 43.
rule-PK-discretionary = Xiriirkan qoyska xaq ogolaansho ma leh; UDI/UNE ayaa go’aamiya kadib qiimayn (utl. §§ 47–49; utf. §§ 9-5 iyo 9-7).

rule-A18-na = Xeerka 18 sano wuxuu khuseeyaa oo keliya lammaanayaasha is qaba, lammaanayaasha diiwaangashan, dadka wada nool iyo dadka is doonan.
rule-A18 = { $status ->
        [met] Labadiinnuba waxaad jirtaan 18 sano ama ka badan taariikhda go’aanka (utl. § 40 faqradda labaad; dadka is doonan sidoo kale ekteskapsloven § 1 a).
        [unknown] Waxaan u baahanahay labada taariikhood ee dhalashada si aan u hubinno in labadiinnuba jirtaan 18 (utl. § 40 faqradda labaad).
       *[other] Midkiin ayaa ka yar 18 taariikhda go’aanka. Labaduba waa inay jiraan 18 (utl. § 40 faqradda labaad), qof ka yar 18-na kuma guursan karo Norway (ekteskapsloven § 1 a).
    }

rule-4Y-na-relation = Xeerka afarta sano wuxuu khuseeyaa oo keliya lammaanayaasha is qaba, lammaanayaasha diiwaangashan, dadka wada nool iyo dadka is doonan (utl. § 40 a).
rule-4Y-na-status = Xeerka afarta sano ma khuseeyo xaaladda qofka tixraaca (utl. § 40 a faqradda koowaad). Marna ma khuseeyo muwaadiniinta Norway ama waddamada Waqooyiga Yurub.
rule-4Y-67 = Xeerka afarta sano ma khuseeyo maxaa yeelay qofka tixraacu wuxuu jiraa 67 sano ama ka badan taariikhda go’aanka (utf. § 9-1).
rule-4Y-a1 = Xeerka afarta sano ma khuseeyo maxaa yeelay waxaad is guurseydeen ka hor intaanu qofka tixraacu iman Norway (utl. § 40 a faqradda labaad xarafka a).
rule-4Y-a2 = Xeerka afarta sano ma khuseeyo maxaa yeelay waxaad wada leedihiin ilmo uurka la qaaday ka hor intaanu qofka tixraacu iman Norway (utl. § 40 a faqradda labaad xarafka a; UDI).
rule-4Y-b1 = Xeerka afarta sano ma khuseeyo maxaa yeelay waxaad ku guurseydeen Norway iyadoo labadiinnuba haysteen ogolaansho ama dhalasho Norway ama Waqooyiga Yurub (utl. § 40 a faqradda labaad xarafka b).
rule-4Y-b2 = Xeerka afarta sano ma khuseeyo maxaa yeelay ilmihiinna uurka waxa lagu qaaday Norway iyadoo labadiinnuba halkan si sharci ah u joogeen (utl. § 40 a faqradda labaad xarafka b; UDI).
rule-4Y-c = Waxaan u qaadanaynaa in xeerka afarta sano aanu khuseyn maxaa yeelay waxaad wada noolaydeen laba sano ka hor intaanu qofka tixraacu iman Norway (utl. § 40 a faqradda labaad xarafka a, oo lala akhriyo § 41). Xeerarku arrintan si cad ugama hadlaan dadka wada nool; lifaaq caddayn ah inaad wada noolaydeen.
rule-4Y-met = { $status ->
        [met] Qofka tixraacu wuxuu leeyahay ugu yaraan afar sano oo shaqo ama waxbarasho waqti buuxa ah oo Norway ah (utl. § 40 a faqradda koowaad; utf. § 9-1).
       *[other] Waxaan isbarbar dhignay sanadaha shaqada ama waxbarashada waqtiga buuxa ee qofka tixraaca iyo afarta sano ee loo baahan yahay (utl. § 40 a faqradda koowaad; utf. § 9-1).
    }
rule-4Y-missing = Weli ma hubin karno xeerka afarta sano: waxaan u baahanahay xaqiiqooyinka hoos ku qoran si aan u ogaanno in ka-dhaafid khusayso ama immisa sano uu qofka tixraacu leeyahay (utl. § 40 a).
rule-4Y-c2 = UDI waxay sheegtaa in xeerku khuseeyo dadka wada nool ee aan carruur lahayn "haddii aad wada noolaydeen wax ka yar laba sano". Waxaad wada noolaydeen muddo ka dheer, laakiin xeerarku arrintan si cad ugama hadlaan, sidaas darteed UDI/UNE ayaa go’aamin doona (utl. § 40 a).
rule-4Y-d = Qofka tixraacu wuxuu leeyahay wax ka yar afar sano, laakiin waxaad sheegtay sababo gaar ah. UDI/UNE waxay samayn karaan ka-reebis sababo gaar ah awgood, oo ay ku jiraan danaha midnimada qoyska (utl. § 40 a faqradda saddexaad).
rule-4Y-gen = Qofka tixraacu wuxuu leeyahay wax ka yar afar sano oo shaqo ama waxbarasho waqti buuxa ah oo Norway ah, ka-dhaafidna ma khuseyso (utl. § 40 a; utf. § 9-1).

rule-24-na = Xeerka 24 sano wuxuu khuseeyaa oo keliya lammaanayaasha is qaba, lammaanayaasha diiwaangashan, dadka wada nool iyo dadka is doonan (utl. § 41 a).
rule-24-a1 = Xeerka 24 sano ma khuseeyo maxaa yeelay waxaad is guurseydeen ka hor intaanu qofka tixraacu iman Norway (utl. § 41 a faqradda koowaad xarafka a).
rule-24-a2 = Xeerka 24 sano ma khuseeyo maxaa yeelay waxaad wada noolaydeen ugu yaraan laba sano ka hor intaanu qofka tixraacu iman Norway (utl. § 41 a faqradda koowaad xarafka a; UDI).
rule-24-a3 = Xeerka 24 sano ma khuseeyo maxaa yeelay waxaad wada leedihiin ilmo uurka la qaaday (lammaanayaasha is qaba: la dhalay) ka hor intaanu qofka tixraacu iman Norway (dhaqanka UDI ee utl. § 41 a).
rule-24-b1 = Xeerka 24 sano ma khuseeyo maxaa yeelay waxaad ku guurseydeen Norway iyadoo labadiinnuba haysteen ogolaansho ama dhalasho Norway ama Waqooyiga Yurub (utl. § 41 a faqradda koowaad xarafka b).
rule-24-b2 = Xeerka 24 sano ma khuseeyo maxaa yeelay waxaad Norway ku wada noolaydeen iyadoo labadiinnuba halkan si sharci ah u joogeen (utl. § 41 a faqradda koowaad xarafka b; UDI).
rule-24-b3 = Xeerka 24 sano ma khuseeyo maxaa yeelay ilmihiinna uurka waxa lagu qaaday Norway iyadoo labadiinnuba halkan si sharci ah u joogeen (dhaqanka UDI ee utl. § 41 a).
rule-24-gen = { $status ->
        [met] Labadiinnuba waxaad jirtaan 24 sano ama ka badan taariikhda go’aanka (utl. § 41 a).
       *[other] Midkiin ayaa ka yar 24 taariikhda go’aanka, ka-dhaafidna ma khuseyso (utl. § 41 a). Ka-reebis waa suurtagal haddii ay cad tahay in xiriirku yahay mid ikhtiyaari ah (utl. § 41 a faqradda labaad).
    }
rule-24-missing = Weli ma hubin karno xeerka 24 sano: waxaan u baahanahay xaqiiqooyinka hoos ku qoran si aan u ogaanno in ka-dhaafid khusayso ama da’da labadiinnaba (utl. § 41 a).
rule-24-a3-spouse = Bogga UDI wuxuu ka dhaafayaa lammaanayaasha is qaba ee "carruur wada yeeshay" ka hor guuritaanka; ilmihiinna uurka waxa la qaaday ka hor guuritaanka laakiin wuxuu dhashay kadib. Ku dood in qoyska la aasaasay ka hor guuritaanka; UDI/UNE ayaa qiimayn doona (utl. § 41 a).

rule-B-access = Xeerka guriga ma khuseeyo waalid xuquuq booqasho (samvær) leh: wuxuu khuseeyaa oo keliya kiisaska hoos yimaada utl. §§ 46 ilaa 49 (utf. § 10-12 faqradda afraad).
rule-B-fiance-together = Dadka is doonan waa inay qorsheeyaan inay Norway ku wada noolaadaan (UDI; utf. § 10-12). Sida jawaabahaagu sheegayaan, wada noolaan maysaan.
rule-B-fiance = Waxaad qorshaynaysaan inaad wada noolaataan, qofka tixraacuna guri ayuu leeyahay (UDI; utf. § 10-12).
rule-B-housing = { $status ->
        [met] Qofka tixraacu wuxuu leeyahay guri buuxiya shuruudda (utf. § 10-12).
        [unknown] Waxaan u baahanahay inaan ogaanno in qofka tixraacu leeyahay guri buuxiya heerarka dawladda (utf. § 10-12).
       *[other] Qofka tixraacu waa inuu leeyahay guri buuxiya heerarka dawladda, oo leh heshiis kiro oo qoran haddii la kireeyay (utf. § 10-12). Sida jawaabahaagu sheegayaan, tani ma jirto.
    }
rule-B-together = { $status ->
        [met] Waxaad Norway ku wada noolaan doontaan, sida sharcigu u baahan yahay (utl. § 40 faqradda saddexaad, § 41, § 43 iyo § 44).
        [unknown] Waxaan u baahanahay inaan ogaanno inaad Norway ku wada noolaan doontaan (utl. § 40 faqradda saddexaad, § 41, § 43 iyo § 44).
       *[other] Sharcigu wuxuu u baahan yahay inaad Norway ku wada noolaataan (utl. § 40 faqradda saddexaad, § 41, § 43 iyo § 44). Carruurta, qoraalka hadda ee UDI ee arrintan lama hubin.
    }
rule-B-renewal = Shuruud guri ma jirto marka ogolaansho la cusboonaysiinayo (utf. § 10-20 faqradda afraad).

rule-E1 = { $status ->
        [not_applicable] Shuruud dakhli ma jirto maxaa yeelay qofka tixraacu waa ilmo ka yar 18 (utl. § 50; UDI).
        [unknown] Weli ma sheegi karno in qofka tixraaca loo tiriyo mid ka yar 18, taas oo meesha ka saaraysa shuruudda dakhliga (utl. § 50).
       *[other] Ka-dhaafidda qofka tixraaca ee ka yar 18 ma khuseyso, xeerka guud ee dakhligana lama buuxin (utl. § 50).
    }
rule-E1-boundary = Codsiga dhammaystiran wuxuu yimid isla maalinta qofka tixraacu buuxiyay 18 sano. Xeerarku ma cadda in maalintaas loo tiriyo "innen 18-årsdagen", taas oo go’aamisa ka-dhaafidda dakhliga (utl. § 50).
rule-E2 = { $status ->
        [not_applicable] Shuruud dakhli ma jirto maxaa yeelay ilmuhu wuxuu ka yar yahay 15, dalkiisa hooyona ma leh cid daryeesha (UDI; PN 2017-002 qodobka 3.2.3).
        [unknown] Waxaan u baahanahay xaqiiqooyin dheeraad ah si aan u ogaanno in ka-dhaafidda ilmaha ka yar 15 ee aan lahayn cid daryeesha ay khusayso (PN 2017-002 qodobka 3.2.3).
       *[other] Ka-dhaafidda ilmaha ka yar 15 ee aan lahayn cid daryeesha ma khuseyso, xeerka guud ee dakhligana lama buuxin (PN 2017-002 qodobka 3.2.3).
    }
rule-E2-15 = Ilmuhu hadda wuxuu jiraa 15 ama ka badan, laakiin wuxuu ka yaraa 15 markii codsiga la gudbiyay. UDI ma sheegin taariikhda go’aamisa, sidaas darteed UDI/UNE ayaa qiimayn doona (PN 2017-002 qodobka 3.2.3).
rule-E3 = { $status ->
        [not_applicable] Shuruud dakhli ma jirto maxaa yeelay ilmuhu wuxuu ku dhashay Norway, codsigana waxa la sameeyay hal sano gudaheed dhalashada kadib (GI-30/2010).
        [unknown] Waxaan u baahanahay xaqiiqooyin dheeraad ah si aan u ogaanno in ka-dhaafidda ilmaha Norway ku dhashay ay khusayso (GI-30/2010).
       *[other] Ka-dhaafidda ilmaha Norway ku dhashay ma khuseyso, xeerka guud ee dakhligana lama buuxin (GI-30/2010).
    }
rule-E3-late = Codsiga waxa la diiwaangeliyay hal sano gudaheed dhalashada kadib, laakiin waxa la gudbiyay mar dambe. Xeerarku ma cadda in diiwaangelintu ku filan tahay (Sivilombudet waxay "fremmet" u akhriday diiwaangelin, UNE-na gudbin), sidaas darteed UDI/UNE ayaa qiimayn doona (GI-30/2010).
rule-E4 = { $status ->
        [not_applicable] Shuruud dakhli ma jirto: qofka tixraacu wuxuu haystaa ilaalin, qoyskiinnu wuxuu jiray ka hor intaanu qofka tixraacu iman Norway, codsigana waqtiga gudihiisa ayaa la sameeyay (utf. § 10-8 faqradda afraad xarafka a iyo c, faqradda shanaad).
        [needs_assessment] Ka-dhaafidda qoyska qof ilaalin haysta waa laga yaabaa inay khusayso, laakiin UDI/UNE waa inay qiimeeyaan (utf. § 10-8 faqradaha afraad iyo shanaad).
        [unknown] Waxaan u baahanahay xaqiiqooyinka hoos ku qoran si aan u hubinno ka-dhaafidda qoyska qof ilaalin haysta (utf. § 10-8 faqradaha afraad iyo shanaad).
       *[other] Ka-dhaafidda qoyska qof ilaalin haysta ma khuseyso, xeerka guud ee dakhligana lama buuxin (utf. § 10-8 faqradaha afraad iyo shanaad).
    }
rule-E4-family = Ka-dhaafidda qoyska qof ilaalin haysta waxay khuseysaa oo keliya qoys jiray ka hor intaanu qofka tixraacu iman Norway, halkanna sidaas ma aha (utf. § 10-8 faqradda afraad xarafka a iyo c). Sidaas darteed xeerka guud ee dakhliga ayaa go’aamiya.
rule-E4-deadline = { $status ->
        [unknown] Codsiga waxa la diiwaangeliyay ama la gudbiyay kadib waqtiga ka-dhaafidda qaxootiga: diiwaangelin 6 bilood gudahood (haddii ilaalinta la bixiyay laga bilaabo 1 Agosto 2017) iyo gudbin 12 bilood gudahood go’aanka qofka tixraaca kadib (utf. § 10-8 faqradda shanaad). Noo sheeg haddii wax gacantaada ka baxsan ay ku hor istaageen, sida safaarad xiran ama ballan bannaan oo la waayay.
       *[other] Codsiga waxa la diiwaangeliyay ama la gudbiyay kadib waqtiga ka-dhaafidda qaxootiga, waxaadna sheegtay in aanay jirin wax gacantaada ka baxsan oo ku hor istaagay (utf. § 10-8 faqradda shanaad). Sidaas darteed xeerka guud ee dakhliga ayaa go’aamiya.
    }
rule-E4-waiver = Codsigu wuxuu yimid waqtiga kadib, laakiin wax gacantaada ka baxsan ayaa ku hor istaagay. Xaaladahaas waqtiyada waa laga tanaasulaa, sidaas darteed UDI/UNE ayaa qiimayn doona; sharax wixii dhacay oo lifaaq caddayn (utf. § 10-8 faqradda shanaad; Sivilombudet).
rule-E4-closed-day = Waqtiga gudbintu wuxuu ku beegmay maalin xafiisku xirnaa, waxaadna gudbisay maalinta shaqo ee xigtay. Xeerarku si toos ah uma sheegaan, laakiin maalin xiran waa inay waqtiga dib u riixdaa; UDI/UNE ayaa qiimayn doona (utf. § 10-8 faqradda shanaad, iyadoo lala barbar dhigayo domstolloven § 149).
rule-E4-cohabitant = Waxaad wada noolaydeen ka hor intaanu qofka tixraacu iman Norway, laakiin ma ahayn laba sano. UDI waxay dadka wada nool ee dadka ilaalinta haysta ku xustaa kuwa laga dhaafay, laakiin xeerarku arrintan si cad ugama hadlaan, sidaas darteed UDI/UNE ayaa qiimayn doona (utf. § 10-8 faqradda afraad).
rule-E4-collective = Qoyska dadka haysta ilaalin wadareed (kollektiv beskyttelse) waa laga yaabaa in laga dhaafo shuruudda dakhliga sida qoyska qaxootiga haddii waqtiyada la buuxiyay, laakiin qoraalka hadda ee xeer-hoosaadka lama helin, sidaas darteed si hubaal ah uma sheegi karno. UDI/UNE ka codso inay ka-dhaafidda adeegsadaan (utf. § 10-8 faqradda afraad; Sivilombudet).
rule-E5 = { $status ->
        [not_applicable] Shuruud dakhli ma jirto: ogolaanshaha qofka tixraacu wuxuu ku salaysan yahay ka-ganacsiga dadka, codsiga ilmahana waxa la diiwaangeliyay lix bilood gudahood ogolaanshahaas kadib (utf. § 10-8; UDI). UDI ma xaqiijin waqtiga hadda ee ka-dhaafiddan.
        [unknown] Waxaan u baahanahay xaqiiqooyin dheeraad ah si aan u hubinno ka-dhaafidda carruurta qof dhibbane u ah ka-ganacsiga dadka (utf. § 10-8; UDI).
       *[other] Ka-dhaafidda carruurta qof dhibbane u ah ka-ganacsiga dadka ma khuseyso, xeerka guud ee dakhligana lama buuxin (utf. § 10-8; UDI).
    }
rule-E5-late = Codsiga waxa la diiwaangeliyay in ka badan lix bilood laakiin hal sano gudaheed ogolaanshaha qofka tixraaca kadib. Waqtiga ka-dhaafiddan lama xaqiijin, sidaas darteed UDI/UNE ayaa qiimayn doona (utf. § 10-8; UDI).

rule-P-missing = Waxaan u baahanahay xaqiiqooyin dheeraad ah oo ku saabsan hawlgabka qofka tixraaca si aan u hubinno waddada hawlgabka (utf. § 10-8 faqradda labaad).
rule-P-nofig = Taariikhdan lama daabicin lacag hawlgab, sidaas darteed ma hubin karno waddada hawlgabka (utf. § 10-8 faqradda labaad; UDI).
rule-P1 = { $status ->
        [met] Hawlgabka qofka tixraaca oo keliya ayaa gaaraya lacagta hawlgabka (utf. § 10-8 faqradda labaad).
        [not_applicable] Hawlgabka qofka tixraaca oo keliya ayaa gaaraya lacagta hawlgabka, sidaas darteed shuruud dakhligii hore ma jirto (utf. § 10-8 faqradda labaad; UDI).
       *[other] Waxaan isbarbar dhignay hawlgabka qofka tixraaca iyo lacagta hawlgabka (utf. § 10-8 faqradda labaad).
    }
rule-P1-conflict = Hawlgabka qofka tixraacu wuxuu u dhexeeyaa lacagta ay UDI daabacday iyo lacagta laga xisaabiyay G. Ilaha ayaa is khilaafsan, sidaas darteed UDI/UNE ayaa qiimayn doona (utf. § 10-8 faqradda labaad).
rule-P1-band = Hawlgabka qofka tixraacu wuxuu ku jiraa soo-koobidda (rounding) aan la daabicin ee UDI ee lacagta hawlgabka, sidaas darteed ma sheegi karno inuu ku filan yahay (utf. § 10-8 faqradda labaad).
rule-P-V1 = Dakhliga mustaqbalka ee aad sheegtay wuu ka yar yahay hawlgabka. Dakhliga mustaqbalku waa inuu ku jiraa hawlgabka, sidaas darteed fadlan hubi lacagta (utf. § 10-8).
rule-P2-conflict = Hawlgabka iyo dakhliga kale waxay u dhexeeyaan lacagta ay UDI daabacday iyo lacagta laga xisaabiyay G. Ilaha ayaa is khilaafsan, sidaas darteed UDI/UNE ayaa qiimayn doona (utf. § 10-11 faqradda labaad).
rule-P2-band = Hawlgabka iyo dakhliga kale waxay ku jiraan soo-koobidda aan la daabicin ee UDI ee lacagta hawlgabka, sidaas darteed ma sheegi karno inay ku filan yihiin (utf. § 10-11 faqradda labaad).
rule-P2-child = { $status ->
        [not_applicable] Hawlgabka iyo dakhliga kale waxay gaarayaan lacagta hawlgabka, codsaduhuna waa ilmo, sidaas darteed shuruud dakhligii hore ma jirto (utf. § 10-11 faqradda labaad).
       *[other] Hawlgabka iyo dakhliga kale waxay gaarayaan lacagta hawlgabka, codsaduhuna waa ilmo (utf. § 10-11 faqradda labaad).
    }
rule-P2 = { $status ->
        [not_applicable] Hawlgabka iyo dakhliga kale waxay gaarayaan lacagta hawlgabka, diidmaduna waxay aqbalaysaa in xiriirkiinnu si cad u yahay mid ikhtiyaari ah, sidaas darteed shuruud dakhligii hore ma jirto (utf. § 10-11 faqradda labaad; UDI).
       *[other] Hawlgabka iyo dakhliga kale waxay gaarayaan lacagta hawlgabka, diidmaduna waxay aqbalaysaa in xiriirkiinnu si cad u yahay mid ikhtiyaari ah (utf. § 10-11 faqradda labaad; UDI).
    }
rule-P2-not-addressed = Hawlgabka iyo dakhliga kale waxay gaarayaan lacagta hawlgabka. Waddadani waxay u baahan tahay in ay cad tahay in xiriirkiinnu yahay mid ikhtiyaari ah, diidmaduna waxba kama sheegin arrintaas, sidaas darteed UDI/UNE ayaa qiimayn doona (utf. § 10-11 faqradda labaad).
rule-P2-doubted = Hawlgabka iyo dakhliga kale waxay gaarayaan lacagta hawlgabka, laakiin diidmadu waxay shaki ka qabtaa in xiriirku yahay mid ikhtiyaari ah, sidaas darteed waddadani ma caawinayso (utf. § 10-11 faqradda labaad).

rule-F-gen = { $status ->
        [met] Dakhliga la filayo ee qofka tixraacu wuxuu gaarayaa lacagta khusaysa taariikhda go’aanka (utf. § 10-8).
        [unknown] Waxaan u baahanahay dakhliga la filayo ee qofka tixraaca si aan ugu barbar dhigno lacagta (utf. § 10-8).
       *[other] Dakhliga la filayo ee qofka tixraacu wuu ka hooseeyaa lacagta khusaysa taariikhda go’aanka, ka-dhaafidna ma khuseyso (utf. § 10-8).
    }
rule-F-gen-a = Marka lagu daro dakhligaaga ka yimaada shaqo sharci ah oo Norway ah, dakhligu wuxuu gaarayaa lacagta (utf. § 10-8 faqradda saddexaad xarafka a).
rule-F-stp = Marka lagu daro lacagta aad akoon ku haysato, dakhligu wuxuu gaarayaa lacagta khusaysa marka qofka tixraacu haysto ogolaansho waxbarasho (utf. § 10-8; UDI).
rule-F-b-means = Qofka tixraacu waa arday leh 60 dhibcood. Dalabkaaga shaqo ama lacag kale oo aad haysato "kan" (waa laga yaabaa in) la miisaamo, sidaas darteed UDI/UNE ayaa qiimayn doona (utf. § 10-8 faqradda saddexaad xarafka b).
rule-F-band = Dakhligu wuxuu ku jiraa soo-koobidda aan la daabicin ee UDI ee lacagta, sidaas darteed ma sheegi karno inuu ku filan yahay (utf. § 10-8).
rule-F-nofig = Taariikhda go’aanka lama daabicin lacag, sidaas darteed ma hubin karno dakhliga (utf. § 10-8). Ma qiyaasno.
rule-F-stu = Dakhligu wuu ka hooseeyaa lacagta, laakiin qofka tixraacu waa arday ama cilmi-baare leh lacag u gaar ah. UDI/UNE waxay samayn karaan ka-reebis (utf. § 10-11 faqradda saddexaad).
rule-F-cap = Dakhligu wuu ka hooseeyaa lacagta, laakiin qofka tixraacu wuxuu leeyahay hanti saafi ah oo ka badan NOK 1 milyan. UDI waxay aqbali kartaa dakhli ka yar marka ay cad tahay in xiriirkiinnu yahay mid ikhtiyaari ah (utf. § 10-11 faqradda labaad; UDI).

rule-T-year = Sanadka dakhliga ee aan u baahan nahay inaan hubinno weli ma dhammaan taariikhdaas, sidaas darteed ma hubin karno dakhligii hore (utf. § 10-9).
rule-T-nofig = Sanadkaas dakhliga lacag dakhligii hore lama yaqaan, sidaas darteed ma hubin karno dakhligii hore (utf. § 10-9). Ma qiyaasno.
rule-T-gen = { $status ->
        [met] Dakhliga qofka tixraaca ee sanadka dakhliga wuxuu gaarayaa lacagta (utf. § 10-9).
        [unknown] Waxaan u baahanahay dakhliga qofka tixraaca ee sanadka dakhliga si aan ugu barbar dhigno lacagta (utf. § 10-9).
       *[other] Dakhliga qofka tixraaca ee sanadka dakhligu wuu ka hooseeyaa lacagta, ka-dhaafidna ma khuseyso (utf. § 10-9). Dakhliga shaqada dibadda waxa lagu tiriyaa oo keliya muwaadiniinta Norway ama Waqooyiga Yurub iyo dadka haysta ogolaansho joogto ah (utf. § 10-9 faqradda labaad).
    }
rule-T-band = Dakhligii hore wuxuu ku jiraa soo-koobidda aan la daabicin ee UDI ee lacagta, sidaas darteed ma sheegi karno inuu ku filan yahay (utf. § 10-9).
rule-T-cap = Qofka tixraacu wuxuu leeyahay hanti saafi ah oo ka badan NOK 1 milyan. Qoraalkii hore ee xeer-hoosaadku wuxuu qofkaas ka dhaafi jiray shuruudda dakhligii hore, laakiin bogga UDI weli wuxuu weydiiyaa dakhligii hore; qoraalka hadda lama hubin, sidaas darteed UDI/UNE ayaa qiimayn doona (utf. § 10-9 xarafka c, qoraalkii hore).
rule-T-res = Qofka tixraacu waa cilmi-baare leh lacag u gaar ah. UDI/UNE waxay ka samayn karaan ka-reebis shuruudda dakhliga (utf. § 10-11 faqradda saddexaad).
rule-T-skill = Qofka tixraacu waa shaqaale xirfad leh. Qoraalkii hore ee xeer-hoosaadku wuxuu shaqaalaha xirfadda leh ka dhaafi jiray shuruudda dakhligii hore; in tani weli khusayso lama hubin, sidaas darteed UDI/UNE ayaa qiimayn doona (utf. § 10-9 xarafka e, qoraalkii hore).
rule-T-pension = Hawlgabka qofka tixraacu wuxuu buuxinayaa waddada hawlgabka, sidaas darteed shuruud dakhligii hore ma jirto (utf. § 10-9 faqradda saddexaad xarafka d; UDI).
rule-T-stud = Shuruud dakhligii hore ma jirto: qofka tixraacu wuxuu dhammaystiray 60 dhibcood oo waxbarasho sanadkii hore, wuxuuna yahay muwaadin Norway ama Waqooyiga Yurub ama wuxuu haystaa ogolaansho joogto ah (utf. § 10-9 xarafka a).
rule-T-mil = Shuruud dakhligii hore ma jirto maxaa yeelay qofka tixraacu wuxuu qabtay adeegga ciidanka ee qasabka ah sanadkii hore (utf. § 10-9 xarafka b; UDI).
rule-T-stp = Shuruud lagu eegayo dakhliga qofka tixraaca ee sanadkii hore ma jirto marka qofka tixraacu haysto ogolaansho waxbarasho (UDI).

rule-R-renewal = Tani waa cusboonaysiinta ogolaansho markii ugu horraysay la bixiyay sida ku xusan utl. §§ 40–46. Xeerka guud waa in cusboonaysiinta aan lagu dabaqin shuruud dakhli (utf. § 10-20 faqradda saddexaad), laakiin ereyada ugu dambeeya ee xeerka ma cadda, sidaas darteed UDI/UNE ayaa qiimayn doona.

rule-S-never = Qofka tixraacu weligii ma helin gargaarka bulshada ee lacageed ama kaalmada u-qalmitaanka (utf. § 10-10).
rule-S-outside = Lacag-bixintii ugu dambaysay ee gargaarka bulshada waxay ahayd in ka badan 12 bilood ka hor taariikhda go’aanka (utf. § 10-10).
rule-S-exempt = Gargaarka bulshada lama tiriyo, maxaa yeelay waxa la bixiyay inta la sugayay gunno kale ama inta lagu jiray barnaamijka hordhaca (utf. § 10-10 xarafka a iyo b).
rule-S-boundary = Kiiskaagu wuxuu ku beegan yahay maalinta ugu dambaysa ee 12-ka bilood. Xeerarku ma sheegaan in maalintaas la tiriyo (utf. § 10-10).
rule-S-stu = Qofka tixraacu wuxuu helay gargaar bulsho 12-kii bilood ee u dambeeyay, laakiin waa arday ama cilmi-baare. UDI/UNE waxay samayn karaan ka-reebis (utf. § 10-11 faqradda saddexaad).
rule-S-inside = { $status ->
        [unknown] Waxaan u baahanahay inaan ogaanno goorta ugu dambaysay ee qofka tixraacu helay gargaar bulsho (utf. § 10-10).
       *[other] Qofka tixraacu wuxuu helay gargaarka bulshada ee lacageed ama kaalmada u-qalmitaanka 12-ka bilood ee ka horreeya taariikhda go’aanka (utf. § 10-10).
    }

rule-proforma = Diidmadu waxay sheegaysaa in ujeedada ugu weyn ee guurku ahayd in la helo ogolaansho deganaansho (utl. § 40 faqradda afraad). Ma qiimayn karno tan; UDI/UNE waxay miisaamaan dhammaan xaqiiqooyinka, sharaxaaddaada iyo dukumentiyadaaduna waa muhiim.
rule-tvangsekteskap = Diidmadu waxay sheegaysaa in guurka laga yaabo in lagu galay iyadoo mid idinka mid ah aanu rabin (utl. § 51 faqradda labaad). Ma qiimayn karno tan, mana aynaan awoodin inaan hubinno ereyada saxda ah ee sharciga.
rule-samtykke_referanseperson = Diidmadu waxay sheegaysaa in qofka tixraacu aanu oggolayn ogolaanshaha (utl. § 51). Ma qiimayn karno tan, lamana hubin faqradda § 51 ee khusaysa.
rule-mishandling = Diidmadu waxay sheegaysaa in ay u badan tahay in codsadaha lagu xadgudbi doono ama si xun looga faa’iidaysan doono (utl. § 40 faqradda shanaad). Ma qiimayn karno tan; UDI/UNE waxay miisaamaan dhammaan xaqiiqooyinka.
rule-identitet = Diidmadu waxay sheegaysaa in aqoonsigaaga aan la caddayn (UDI 2012-009; UNE). Ma qiimayn karno tan, qodobka sharcigana lama hubin.
rule-soknad_fra_norge = Diidmadu waxay sheegaysaa inaadan Norway ka codsan karin (utl. § 56; utf. § 10-1). Ma qiimayn karno tan; waxay ku xiran tahay saldhigga joogitaankaaga markii aad codsatay.
rule-intervju_referanseperson = Diidmadu waxay sheegaysaa in ogolaansho aan la bixin karin ka hor inta qofka tixraacu aanu ku soo noqon Norway oo wareysi la siin (utl. § 56 faqradda afraad; utf. § 10-5). Ma qiimayn karno in ka-reebis khusayso.
rule-tilknytning_tredjeland = Diidmadu waxay sheegaysaa in qoyskiinnu si nabad ah ugu noolaan karo waddan kale oo aad xiriir xooggan la leedihiin (utl. § 51 faqradda saddexaad; utf. § 9-9). Ma qiimayn karno tan.
rule-returforutsetninger = Diidmadu waxay shaki ka qabtaa inaad ka bixi lahayd Norway haddii codsi dambe la diido (utf. § 9-5 faqradda saddexaad). Ma qiimayn karno tan.
rule-ekteskap_ikke_gyldig = Diidmadu waxay sheegaysaa in guurkiinna aan Norway lagu aqoonsan karin (UDI; ekteskapsloven). Ma qiimayn karno tan; waxay ku xiran tahay sharciga waddanka aad ku guurseydeen.

## 4. Exceptions that may still help

exc-personkrets-strong-reasons = Xubnaha kale ee qoyska waxay heli karaan ogolaansho haddii arrimo bini’aadannimo oo xooggan ("sterke menneskelige hensyn") ay u baahdaan (utl. § 49). Sharax sababta aad midba midka kale ugu tiirsan tihiin iyo sababta aydaan u kala noolaan karin.
exc-child-consent-dispensation = UDI/UNE waxay ka samayn karaan ka-reebis oggolaanshaha waalidka kale haddii aan la heli karin, ama sababo gaar ah awgood (utl. § 42). Sharax waxa aad isku dayday si aad oggolaanshaha u hesho, oo lifaaq caddayn.
exc-fireaarskrav-family-unity = Ka-reebis waa la samayn karaa sababo gaar ah awgood, oo ay ku jiraan danaha midnimada qoyska (utl. § 40 a faqradda saddexaad). Ilmo aad wada leedihiin waa doodda caadiga ah; sharax xaaladda qoyskiinna.
exc-alder24-voluntary = Ka-reebis waa la samayn karaa haddii ay cad tahay in guurka ama wada noolaanshuhu yahay mid ikhtiyaari ah (utl. § 41 a faqradda labaad). UDI waxay eegtaa taariikhdiinna; heerku waa sarreeyaa (UNE). Sharax sida xiriirku ku bilowday.
exc-underhold-humanitarian = UDI/UNE waxay ka samayn karaan ka-reebis shuruudda dakhliga haddii arrimo bini’aadannimo oo si gaar ah u xooggan ("særlig sterke menneskelige hensyn") ay u baahdaan (utf. § 10-11 faqradda koowaad; GI-08/2012; PN 2017-002). Tusaalooyin waa nolol qoys oo dheer oo leh ilmo Noorwiiji ah, ama ilmo Noorwiiji ah oo aad wada leedihiin oo ku dhashay Norway intii aad halkan si sharci ah u joogtay.
exc-underhold-provided = Ka-reebis waa la samayn karaa haddii ay cad tahay in qofka tixraaca ama dad kale ay awoodaan inay ku masruufaan (utf. § 10-11 faqradda labaad). Lammaanayaasha is qaba iyo dadka wada nool, waa inay sidoo kale cad tahay in xiriirku yahay mid ikhtiyaari ah.
exc-underhold-changed = UDI/UNE waxay ku go’aamiyaan xaqiiqooyinka jira waqtiga go’aankooda (fvl. § 34). Haddii dakhligu kordhay diidmada kadib, tusaale ahaan shaqo cusub, lifaaq caddayn; UNE waxay beddeshay go’aanno maxaa yeelay shuruuddu waqtigaas waa la buuxiyay (UNE 2023).
exc-underhold-refugee-deadline-waiver = Waqtiyada ka-dhaafidda qaxootiga waa laga tanaasulaa haddii wax gacantaada ka baxsan ay ku hor istaageen, tusaale ahaan safaarad xiran, ballan bannaan oo la waayay, dagaal ama jirro (utf. § 10-8 faqradda shanaad; Sivilombudet). Sharax wixii dhacay oo lifaaq caddayn.
exc-underhold-refugee-cohabitant = UDI waxay dadka wada nool ee dadka ilaalinta haysta ku xustaa kuwa laga dhaafay shuruudda dakhliga (utf. § 10-8 faqradda afraad; UDI). Muuji inaad wada noolaydeen ka hor intaanu qofka tixraacu iman Norway, ama aad lahaydeen ilmo uurka la qaaday waqtigaas.
exc-underhold-collective-protection = Ku dood in ka-dhaafidda qaxootigu ay sidoo kale khusayso ilaalinta wadareed (utl. § 34): Sivilombudet waxay xeer-hoosaadka ku sifaysay inuu daboolayo "utlendingsloven § 28 eller § 34", qoraallada UDI-na waxay ka hadlaan ilaalin guud ahaan (utf. § 10-8 faqradda afraad). Qoraalka hadda lama helin, sidaas darteed tani waa dood, ma aha sharci go’an.
exc-underhold-child-under-15 = Ilmuhu wuxuu ka yaraa 15 markii codsiga la gudbiyay. Codso in la isticmaalo da’da maalinta gudbinta, ama codso ka-reebis ilmo ka weyn 15 (PN 2017-002 qodobka 3.2.3; utf. § 10-11 faqradda koowaad).
exc-underhold-born-in-norway = Codsiga ilmo Norway ku dhashay waa in la "fremmet" (sameeyo) hal sano gudaheed dhalashada kadib (GI-30/2010). Ku dood in diiwaangelinta iyo bixinta khidmadda sanadkaas gudihiisa ay ku filan tahay, sida Sivilombudet u akhriday isla eraygaas.
exc-underhold-trafficking-deadline = Waqtiga ka-dhaafidda ka-ganacsiga dadka lama xaqiijin (qoraal 2018 wuxuu lahaa "innen ett år", hal sano gudaheed). Ku dood in codsiga la sameeyay waqtiga gudihiisa (utf. § 10-8; UDI).
exc-underhold-pension-combined = Hawlgabka iyo dakhliga kale waxay gaarayaan lacagta hawlgabka. UDI/UNE ka codso inay go’aamiyaan in xiriirkiinnu si cad u yahay mid ikhtiyaari ah, oo ay isticmaalaan waddadan (utf. § 10-11 faqradda labaad).
exc-underhold-applicant-means = Marka qofka tixraacu yahay arday leh 60 dhibcood, miisaan waa la siin karaa dalabkaaga shaqo (utf. § 10-8 faqradda saddexaad xarafka b). Lifaaq dalabka oo leh shaqo-bixiyaha, mushaharka iyo muddada shaqadu socoto.
exc-underhold-student-researcher = Ka-reebis waa la samayn karaa marka qofka tixraacu ku jiro waxbarasho sare ama yahay cilmi-baare leh lacag u gaar ah (utf. § 10-11 faqradda saddexaad). Lifaaq caddaynta waxbarashada ama cilmi-baarista iyo maalgelinta.
exc-underhold-wealth = Hanti saafi ah oo ka badan NOK 1 milyan waxay buuxin kartaa dakhli ka yar haddii ay cad tahay in xiriirku yahay mid ikhtiyaari ah (UDI; utf. § 10-11 faqradda labaad). Dakhligii hore, waxaad ku doodi kartaa ka-dhaafiddii hore ee utf. § 10-9 xarafka c, laakiin in ay weli khusayso lama hubin.
exc-underhold-skilled-worker = Qoraalkii hore ee xeer-hoosaadku wuxuu shaqaalaha xirfadda leh ka dhaafi jiray shuruudda dakhligii hore (utf. § 10-9 xarafka e). Waad ku doodi kartaa, laakiin in ay weli khusayso lama hubin.
exc-renewal-no-income-requirement = Marka la cusboonaysiinayo ogolaansho qoys oo markii ugu horraysay la bixiyay sida ku xusan utl. §§ 40–46, xeerka guud waa in aan shuruud dakhli lagu dabaqin (utf. § 10-20 faqradda saddexaad; GI 2011-003). Haddii UDI ay mid dabaqday, weydii saldhigga.
exc-bolig-special-circumstances = Lammaanayaasha is qaba waa inay wada noolaadaan haddii aanay xaalado gaar ah ("særskilte omstendigheter") sheegin si kale, tusaale ahaan shaqo meel kale ah (utl. § 40 faqradda saddexaad). Sharax sababta aad muddo u kala noolaan doontaan.
exc-bolig-humanitarian = UDI/UNE waxay ka samayn karaan ka-reebis shuruudda guriga haddii arrimo bini’aadannimo oo si gaar ah u xooggan ay u baahdaan (utf. § 10-12). Sharax xaaladdaada.

## 5. Documents (attachment titles) and document notes

doc-marriage-certificate = Shahaadada guurka (vigselsattest), oo la sharciyeeyay haddii dibadda laga bixiyay
doc-cohabitation-proof = Caddaynta wada noolaanshaha (cinwaan wadaag ah, heshiis kiro, caddayn qoran)
doc-birth-certificate = Shahaadada dhalashada
doc-parental-responsibility-and-consent = Oggolaanshaha waalidka kale, oo leh nuqul aqoonsigiisa
doc-access-agreement = Heshiis ama go’aan maxkamadeed oo ku saabsan xuquuqda booqashada (samvær)
doc-sponsor-permit-decision = Warqadda go’aanka qofka tixraaca, oo muujinaysa taariikhda ogolaanshaha
doc-application-receipts = Rasiidhada diiwaangelinta iyo khidmadda, xaqiijinta ballanta iyo rasiidhka gudbinta
doc-prevented-proof = Caddayn inaadan awoodin inaad waqtiga ku diiwaangeliso ama ku gudbiso (ogeysiisyada xiritaanka, taariikhda ballamaha, sawir-shaashadeed, warqado caafimaad)
doc-work-education-proof = Caddaynta shaqada iyo waxbarashada (shahaadooyin shaqo, natiijooyin leh dhibcaha)
doc-employment-contract = Heshiiska shaqada ama xaqiijin ka timid shaqo-bixiyaha
doc-nav-benefits = Go’aannada NAV ee gunnooyinka (lacagta iyo muddada)
doc-nav-pension-decision = Go’aanka NAV ee hawlgabka ama gunnada naafonimada
doc-student-finance = Go’aannada Lånekassen, ama lacag u gaar ah oo ku jirta akoon Noorwiiji ah
doc-applicant-employment = Heshiiskaaga shaqo ee Norway, ama dalab shaqo
doc-self-employed = Xisaabaadka ganacsiga u gaarka ah ee qofka tixraaca
doc-self-employed-tax-return = Warbixinta canshuurta ee qofka tixraaca (skattemelding) iyo lifaaqyadeeda
doc-tax-settlement = Xisaab-xidhka canshuurta (skatteoppgjør)
doc-foreign-income-proof = Caddaynta dakhliga shaqada dibadda
doc-study-or-military = Caddaynta dhibcaha waxbarashada ama adeegga ciidanka
doc-wealth-proof = Labadii xisaab-xidh ee canshuurta ee u dambeeyay oo muujinaya hantida saafiga ah, iyo caddayn in raasumaalku yahay mid qofka tixraaca u gaar ah
doc-voluntary-statement = Qoraal ku saabsan sida xiriirkiinnu ku bilowday
doc-nav-social-assistance = Warqad NAV oo ku saabsan gargaarka bulshada (ikhtiyaari)
doc-live-together = Qorshihiinna ah inaad Norway ku wada noolaataan
doc-housing = Caddaynta guriga (warqadda lahaanshaha ama heshiis kiro oo qoran)
doc-explain-missing = Foomka UDI ee lagu sharaxo sababta dukumentiyadu u maqan yihiin
doc-no-payslips = Uma baahnid inaad dirto warqadaha mushaharka qof mushahar qaata: UDI laftirkeeda ayaa soo qaadata xogta mushaharka (UDI).
doc-udi-fetches = UDI laftirkeeda ayaa soo qaadata taariikhda shaqada, gunnooyinka NAV, xogta canshuurta iyo taageerada ardayda (UDI). Dir oo keliya waxa cusub ama waxa go’aanku ka tagay.

## 6. Notes on a result

note-computed = Klagehjelp ayaa ka xisaabisay lacagta aasaasiga ah ee NAV (G); UDI ma daabicin lacagtan.
note-band = Lacagtu waxay ku jirtaa soo-koobidda aan la daabicin ee UDI, sidaas darteed ma sheegi karno inay ku filan tahay.
note-conflict = Lacagtu waxay u dhexeysaa lacagta ay UDI daabacday iyo lacagta laga xisaabiyay G. Ilaha ayaa is khilaafsan, sidaas darteed UDI/UNE waa inay go’aamiyaan.
note-no-figure = Muddadan weli lama daabicin lacag. Ma qiyaasno.
note-double-test = Ilmo waxa loo tiriyaa mid ka yar 18 haddii codsiga dhammaystiran yimid ka hor maalinta dhalashada 18aad. Marka UDI/UNE ay go’aamiso maalinta dhalashada kadib, shuruudaha waa in la buuxiyaa labadaba maalinta dhalashada 18aad ({ $birthday }) iyo taariikhda go’aanka (utl. § 50; utf. § 9-8).
note-double-test-unchecked = Ilmuhu wuxuu jiraa 18 ama ka badan taariikhda go’aanka. Ma hubin karin in shuruudaha sidoo kale la buuxiyo maalinta dhalashada 18aad (utf. § 9-8) maxaa yeelay xaqiiqooyin ayaa maqan.
note-must-include-pension = Dakhliga mustaqbalku waa inuu ku jiraa hawlgabka. Lacagta aad sheegtay way ka yar tahay hawlgabka, sidaas darteed fadlan hubi.
note-stated-figure = Diidmadu waxay isticmaashay { $stated }; lacagta go’aanka racfaanka waa { $figure }. Lacagta ku qoran diidmadu ma aha shuruudda racfaanka.
note-boundary = Kiiskaagu wuxuu ku beegan yahay maalinta ugu dambaysa ee muddo. Xeerarku ma sheegaan in maalintaas la tiriyo.
note-unverified = Qodobkani wuxuu ku salaysan yahay xeer aanaan awoodin inaan hubinno qoraalkiisa hadda. U isticmaal dood ahaan, ha u qaadan sharci go’an.
note-keep-income = Qofka tixraacu waa inuu sidoo kale sii haystaa dakhliga ilaa kiiska la go’aamiyo (utf. § 10-9 faqradda koowaad).

## 7. Figure and timing lines

law-figure-udi = Shuruudda: { $amount } ({ $period }), waxa daabacday UDI
law-figure-computed = Shuruudda: { $range } ({ $mult } × G, G = { $g }; { $period }). Klagehjelp ayaa ka xisaabisay lacagta aasaasiga ah ee NAV (G); UDI ma daabicin lacagtan. { $interval ->
        [range] Marka laba lacagood la muujiyo, lacagtu waxay u dhexeysaa labadaas, iyadoo ku xiran sida UDI u soo koobto.
       *[single] {""}
    }
law-period-dates = { $from } ilaa { $to }
law-period-year = sanadka dakhliga { $year }
law-shortfall = Waxa maqan: { $amount } oo ka hooseeya shuruudda.
law-met-from = Waa la buuxiyay haddii go’aanka la gaaro { $date } ama kadib.
law-met-from-age = UDI/UNE waxay ku go’aamiyaan xaqiiqooyinka jira taariikhda go’aankooda (fvl. § 34); haddii racfaanka la go’aamiyo { $date } ama kadib, shuruuddan waa la buuxiyay.
law-missing = Waxaan u baahanahay xaqiiqooyin dheeraad ah si aan tan u go’aamino: { $facts }.
law-later-heading = Haddii go’aanku yimaado mar dambe (waxaan muujinaynaa { $date }, qiyaastii { $months } bilood kadib: waqtiga celceliska ah ee UNE ee racfaannada isu-keenidda qoyska 2023)
law-later-status = { $title }: { $status }
law-figure-change-known = Laga bilaabo { $date } lacag cusub ayaa khusaysa.
law-figure-change-unknown = Laga bilaabo { $date } lacag cusub oo aan weli la daabicin ayaa khusaysa.
law-rules-as-of = Xeerarka iyo lacagaha sida ay ahaayeen { $date }.
law-assessed-on = Waxa loo hubiyay go’aan la gaaro { $date }.
law-source = Isha: { $source }
law-exceptions-heading = Waxa weli caawin kara
law-documents-heading = Dukumentiyada caawiya
law-why-heading = Sababta

## 8. Facts (labels), interview questions, help and choices

fact-relation = xiriirka qoyska ee kaa dhexeeya qofka tixraaca
q-relation = Maxaad u tahay qofka tixraaca?
q-relation-help = Qofka tixraacu (referansepersonen) waa qofka Norway jooga ee aad codsanayso inaad u timaado. Xiriirku wuxuu go’aamiyaa xeerarka khuseeya (utl. §§ 40–49).
opt-relation-spouse = Xaas (lammaane is qaba)
opt-relation-registered_partner = Lammaane diiwaangashan
opt-relation-cohabitant = Qof wada nool oo aan is qabin (samboer)
opt-relation-fiance = Qof is doonan: waxaan ku guursan doonnaa Norway
opt-relation-child_under_18 = Ilmo ka yar 18
opt-relation-parent_of_child_under_18 = Waalid la nool ilmo ka yar 18 oo Norway jooga
opt-relation-parent_with_access_rights = Waalid xuquuq booqasho (samvær) u leh ilmo Norway jooga
opt-relation-parent_of_protected_minor = Waalidka ilmo ka yar 18 oo Norway ilaalin ku haysta
opt-relation-single_parent_over_60 = Waalid keli ah oo ka weyn 60
opt-relation-parent_visit = Waalid booqasho u yimid
opt-relation-child_18_21_long_residence = Ilmo 18–21 jira oo muddo dheer Norway ku noolaa
opt-relation-dependent_adult_child = Ilmo weyn oo waalidkiis ku tiirsan
opt-relation-foster_child_under_18 = Ilmo la korsado oo ka yar 18
opt-relation-sibling_under_18_without_carers = Walaal ka yar 18 oo aan lahayn cid daryeesha
opt-relation-other = Xubin kale oo qoyska ah

fact-sponsor_status = xaaladda qofka tixraaca ee Norway
q-sponsor_status = Saldhigee ayuu qofka tixraacu Norway ku joogaa?
q-sponsor_status-help = Eeg kaarka deganaanshaha qofka tixraaca ama go’aankiisa UDI. Xaaladdu waxay go’aamisaa in xeerka afarta sano iyo qaar ka mid ah ka-dhaafidda dakhligu khuseeyaan (utl. § 40 a; utf. § 10-8).
opt-sponsor_status-norwegian_citizen = Muwaadin Norway
opt-sponsor_status-nordic_citizen = Muwaadin waddan kale oo Waqooyiga Yurub (Norden) ah
opt-sponsor_status-refugee = Qaxooti (utl. § 28, sidoo kale qaxootiga dib-u-dejinta)
opt-sponsor_status-collective_protection = Ilaalin wadareed (utl. § 34)
opt-sponsor_status-humanitarian = Ogolaansho ku salaysan arrimo bini’aadannimo oo xooggan (utl. § 38)
opt-sponsor_status-family_immigration = Ogolaansho isu-keenid qoys
opt-sponsor_status-permanent_from_protected_basis = Ogolaansho joogto ah kadib ilaalin, arrimo bini’aadannimo ama isu-keenid qoys
opt-sponsor_status-permanent_other = Ogolaansho joogto ah oo ku salaysan saldhig kale
opt-sponsor_status-skilled_worker = Shaqaale xirfad leh (utf. § 6-1)
opt-sponsor_status-study_permit = Arday jaamacad ama kulliyad (ogolaansho waxbarasho)
opt-sponsor_status-researcher_own_funds = Cilmi-baare leh lacag u gaar ah (utf. § 6-20)
opt-sponsor_status-other_permit_with_basis = Ogolaansho kale oo oggolaanaya isu-keenidda qoyska
opt-sponsor_status-permit_without_basis = Ogolaansho aan oggolayn isu-keenidda qoyska

fact-sponsor_birth_date = taariikhda dhalashada qofka tixraaca
q-sponsor_birth_date = Goorma ayuu dhashay qofka tixraacu?
q-sponsor_birth_date-help = Da’du waxay go’aamisaa shuruudo dhowr ah, tusaale ahaan xeerarka 18 iyo 24 sano iyo xeerka afarta sano (utl. § 40 faqradda labaad; utl. § 41 a; utf. § 9-1). Taariikhdu waxay ku qoran tahay baasaboorka.

fact-applicant_birth_date = taariikhda dhalashadaada
q-applicant_birth_date = Goorma ayaad dhalatay?
q-applicant_birth_date-help = Da’daada maalinta kiiska la go’aamiyo ayaa la tiriyaa (utl. § 41 a; UDI). Taariikhdu waxay ku qoran tahay baasaboorkaaga ama shahaadada dhalashadaada.

fact-sponsor_always_lived_in_norway = in qofka tixraacu had iyo jeer Norway ku noolaa
q-sponsor_always_lived_in_norway = Qofka tixraacu ma noloshiisa oo dhan Norway ayuu ku noolaa?
q-sponsor_always_lived_in_norway-help = Xeerar badan waxay ku xiran yihiin in wax dhaceen ka hor intaanu qofka tixraacu iman Norway. Haddii qofka tixraacu had iyo jeer halkan ku noolaa, waxba ma dhicin "ka hor imaatinka".

fact-sponsor_settled_in_norway_date = taariikhda qofka tixraacu u guuray Norway
q-sponsor_settled_in_norway_date = Goorma ayuu qofka tixraacu u guuray Norway si uu ugu noolaado?
q-sponsor_settled_in_norway_date-help = Sheeg bilowga joogitaanka hadda ee qofka tixraaca ee Norway. Qof Noorwiiji ah oo dibadda ku noolaa, sheeg taariikhda uu dib ugu soo guuray; UDI si cad uma sheegin taariikhda la tiriyo xaaladdaas.

fact-marriage_date = taariikhda guurkiinna
q-marriage_date = Taariikhee ayaad is guurseydeen?
q-marriage_date-help = Taariikhdu waxay ku qoran tahay shahaadada guurka. Guur dhacay ka hor intaanu qofka tixraacu iman Norway wuxuu meesha ka saarayaa xeerka afarta sano iyo xeerka 24 sano (utl. § 40 a; utl. § 41 a).

fact-cohabited_years = immisa sano ayaad wada noolaydeen
q-cohabited_years = Immisa sano ayaad u wada noolaydeen sidii lammaane?
q-cohabited_years-help = Tiri guri go’an oo aad wadaagtaan, caadi ahaan labadii sano ee u dambeeyay. Qor tusaale ahaan 1.5. Dadka wada nool badanaa waa inay wada noolaayeen ugu yaraan laba sano (utl. § 41).

fact-cohabited_two_years_before_move = inaad wada noolaydeen laba sano ka hor guuritaanka
q-cohabited_two_years_before_move = Ma wada noolaydeen ugu yaraan laba sano ka hor intaanu qofka tixraacu u guurin Norway?
q-cohabited_two_years_before_move-help = Haddii haa, xeerka 24 sano ma khuseeyo (utl. § 41 a faqradda koowaad xarafka a).

fact-cohabitation_established_before_entry = inaad wada noolaydeen ka hor intaanu qofka tixraacu u guurin Norway
q-cohabitation_established_before_entry = Ma horay ayaad u wada noolaydeen sidii lammaane ka hor intaanu qofka tixraacu u guurin Norway?
q-cohabitation_established_before_entry-help = Tani waa muhiim haddii qofka tixraacu haysto ilaalin: UDI waxay dadka wada nool ku xustaa qoyska laga yaabo in laga dhaafo shuruudda dakhliga (utf. § 10-8 faqradda afraad).

fact-child_together_conceived = inaad ilmo wada leedihiin, iyo goorta uurka la qaaday
q-child_together_conceived = Ma ilmo ayaad wada leedihiin, ama mid ayaad sugaysaan, goormase uurka la qaaday?
q-child_together_conceived-help = Uurku waa la tiriyaa. Haddii ay carruur badan yihiin, uga jawaab ilmaha uurkiisa la qaaday ugu horreeya. Jawaabtu waxay meesha ka saari kartaa xeerka afarta sano iyo xeerka 24 sano (utl. § 40 a; utl. § 41 a).
opt-child_together_conceived-none = Ilmo ma wada lihin
opt-child_together_conceived-before_sponsor_entry = Uurka waxa la qaaday ka hor intaanu qofka tixraacu u guurin Norway
opt-child_together_conceived-in_norway_while_both_lawful = Uurka waxa lagu qaaday Norway iyadoo labadayaduba haysannay ogolaansho ama dhalasho Norway ama Waqooyiga Yurub
opt-child_together_conceived-after_sponsor_entry = Uurka waxa la qaaday kadib markii qofka tixraacu u guuray Norway (xaalado kale)

fact-child_together_born_before_entry = in ilmahaas dhashay ka hor intaanu qofka tixraacu u guurin Norway
q-child_together_born_before_entry = Ilmahaas ma wuxuu dhashay ka hor intaanu qofka tixraacu u guurin Norway?
q-child_together_born_before_entry-help = Bogga UDI wuxuu ka dhaafayaa lammaanayaasha is qaba ee "carruur wada yeeshay" ka hor guuritaanka. Ilmo uurka la qaaday ka hor laakiin dhashay guuritaanka kadib si cad ugama jiro (utl. § 41 a).

fact-married_in_norway_while_both_lawful = inaad ku guurseydeen Norway iyadoo labadiinnuba halkan si sharci ah u joogeen
q-married_in_norway_while_both_lawful = Ma ku guurseydeen Norway iyadoo labadiinnuba haysteen ogolaansho ama dhalasho Norway ama Waqooyiga Yurub?
q-married_in_norway_while_both_lawful-help = Haddii haa, xeerka afarta sano iyo xeerka 24 sano ma khuseeyaan (utl. § 40 a faqradda labaad xarafka b; utl. § 41 a faqradda koowaad xarafka b).

fact-cohabited_in_norway_while_both_lawful = inaad Norway ku wada noolaydeen iyadoo labadiinnuba halkan si sharci ah u joogeen
q-cohabited_in_norway_while_both_lawful = Ma Norway ayaad ku wada noolaydeen sidii lammaane iyadoo labadiinnuba haysteen ogolaansho ama dhalasho Norway ama Waqooyiga Yurub?
q-cohabited_in_norway_while_both_lawful-help = Haddii haa, xeerka 24 sano ma khuseeyo (utl. § 41 a faqradda koowaad xarafka b).

fact-family_unity_grounds = sababo gaar ah oo loogu samaynayo ka-reebis xeerka afarta sano
q-family_unity_grounds = Ma jiraan sababo gaar ah oo qoyskiinnu hadda ugu baahan yahay inuu wada noolaado?
q-family_unity_grounds-help = UDI/UNE waxay ka samayn karaan ka-reebis xeerka afarta sano sababo gaar ah awgood, oo ay ku jiraan danaha midnimada qoyska (utl. § 40 a faqradda saddexaad). Ilmo aad wada leedihiin waa sababta caadiga ah.
opt-family_unity_grounds-none = Sababo gaar ah ma jiraan
opt-family_unity_grounds-common_child = Ilmo ayaan wada leenahay
opt-family_unity_grounds-other = Sababo kale oo gaar ah

fact-other_parent_consent = oggolaanshaha waalidka kale
q-other_parent_consent = Waalidka kale ee ilmaha ma u baahan yahay inuu oggolaado, oo ma oggolaaday?
q-other_parent_consent-help = Ilmo u imanaya waalid Norway jooga wuxuu u baahan yahay oggolaanshaha waalidka kale, haddii aanu waalidka Norway joogaa keligiis lahayn mas’uuliyadda waalidnimo (utl. § 42).
opt-other_parent_consent-not_needed = Looma baahna: waalidka Norway jooga ayaa keligiis leh mas’uuliyadda waalidnimo
opt-other_parent_consent-given = Waalidka kale waa oggolaaday
opt-other_parent_consent-missing = Waalidka kale ma oggolaan

fact-decision_voluntariness = waxa diidmadu ka sheegayso in xiriirkiinnu yahay mid ikhtiyaari ah
q-decision_voluntariness = Diidmadu ma waxay sheegaysaa in guurkiinna ama wada noolaanshihiinnu si cad u yahay mid ikhtiyaari ah, ma shaki ayay ka qabtaa, mise waxba kama sheegin?
q-decision_voluntariness-help = Akhri sababaha ku qoran diidmada. Dooro "waa la aqbalay" haddii ay si cad u sheegayso, "shaki" haddii ay shaki muujinayso ama xusayso guur qasab ah, iyo "lama taaban" haddii aanay waxba ka sheegin (utf. § 10-11 faqradda labaad).
opt-decision_voluntariness-accepted = Waa la aqbalay: diidmadu waxay sheegaysaa inuu si cad u yahay mid ikhtiyaari ah
opt-decision_voluntariness-doubted = Shaki: diidmadu shaki ayay ka qabtaa ama waxay xustaa guur qasab ah
opt-decision_voluntariness-not_addressed = Lama taaban: diidmadu waxba kama sheegin

fact-sponsor_fulltime_years = sanadaha shaqada ama waxbarashada waqtiga buuxa ee qofka tixraaca ee Norway
q-sponsor_fulltime_years = Wadar ahaan immisa sano ayuu qofka tixraacu Norway ka shaqeeyay ama wax ku bartay waqti buuxa?
q-sponsor_fulltime_years-help = Tiri shaqo lacag leh, dugsi iyo waxbarasho (60 dhibcood sanadkii waa waqti buuxa), barnaamijka hordhaca, barashada af-Noorwiijiga, tallaabooyinka u-qalmitaanka ee NAV, fasaxa waalidnimo ee leh gunnada waalidnimo (ilaa 46 toddobaad dhalasho ama korsasho kadib), lacagta jirada iyo hawlgabka. Sanad kastaa waa inuu gaaraa waqti buuxa (utf. § 9-1). Qor tusaale ahaan 2.5.

fact-application_registered = taariikhda codsiga la diiwaangeliyay iyadoo khidmadda la bixiyay
q-application_registered = Taariikhee ayaa codsiga online-ka lagu diiwaangeliyay iyadoo khidmadda la bixiyay?
q-application_registered-help = Taariikhdu waxay ku qoran tahay rasiidhka ama go’aanka. Waxay go’aamisaa lacagta dakhliga ee khusaysa iyo in waqtiyo qaar la buuxiyay (utf. § 10-8; UDI).

fact-application_delivered = taariikhda codsiga qof ahaan loo gudbiyay
q-application_delivered = Taariikhee ayaad dukumentiyada u gudbisay safaaradda, xarunta codsiyada ama booliska?
q-application_delivered-help = Codsiga waxa la gudbiyay oo keliya marka aad timaado ballanta (UDI). Taariikhdu waxay ku qoran tahay xaqiijinta ballanta ama rasiidhka gudbinta.

fact-application_complete_date = taariikhda codsigu dhammaystirmay
q-application_complete_date = Taariikhee ayay UDI ama safaaradu haysteen wax kasta oo loo baahan yahay si loo go’aamiyo: codsiga iyo dhammaan dukumentiyada?
q-application_complete_date-help = Haddii aad dukumentiyo dirtay mar dambe, sheeg taariikhda kii ugu dambeeyay yimid. Waxay go’aamisaa in ilmo loo tiriyo mid ka yar 18 (utl. § 50).

fact-application_deadline_prevented = in wax gacantaada ka baxsan ay kaa hor istaageen inaad waqtiga ku codsato
q-application_deadline_prevented = Ma jiray wax gacantaada ka baxsan oo kaa hor istaagay inaad codsiga waqtiga ku diiwaangeliso ama ku gudbiso?
q-application_deadline_prevented-help = Tusaale ahaan safaarad xiran, ballan bannaan oo la waayay, dagaal ama jirro. Xaaladahaas waqtiyada ka-dhaafidda qaxootiga waa laga tanaasulaa (utf. § 10-8 faqradda shanaad). Hay caddayn.

fact-sponsor_permit_decision_date = taariikhda go’aanka ugu horreeyay ee ilaalinta qofka tixraaca
q-sponsor_permit_decision_date = Taariikhee ayaa la gaaray go’aankii ugu horreeyay ee qofka tixraaca siiyay ilaalin (ama ogolaanshaha ka-ganacsiga dadka)?
q-sponsor_permit_decision_date-help = Taariikhdu waxay ku qoran tahay warqadda go’aanka UDI ee qofka tixraaca. Waqtiyada ka-dhaafidda qaxootiga ayaa laga tiriyaa (utf. § 10-8 faqradda shanaad).

fact-is_renewal = in codsiga la diiday ahaa cusboonaysiin
q-is_renewal = Codsiga la diiday ma wuxuu ahaa cusboonaysiinta ogolaansho isu-keenid qoys oo isla saldhig ah?
q-is_renewal-help = Codsi qoys oo la sameeyay intii aad haysatay ogolaansho kale, tusaale ahaan ogolaansho waxbarasho, waa codsi koowaad, ma aha cusboonaysiin (utl. § 61 faqradda toddobaad).

fact-first_family_application_registered = taariikhda codsigii ugu horreeyay ee isu-keenidda qoyska la diiwaangeliyay
q-first_family_application_registered = Taariikhee ayaa la diiwaangeliyay codsigaagii ugu horreeyay ee isu-keenidda qoyska?
q-first_family_application_registered-help = Cusboonaysiinta, xeerarka dakhligu waxay raacaan taariikhda codsiga koowaad (UDI).

fact-applicant_born_in_norway = in ilmuhu ku dhashay Norway
q-applicant_born_in_norway = Ilmuhu ma wuxuu ku dhashay Norway?
q-applicant_born_in_norway-help = Ilmo Norway ku dhashay waxa laga yaabaa in aanay jirin shuruud dakhli haddii codsiga la sameeyay hal sano gudaheed dhalashada kadib (GI-30/2010).

fact-applicant_under_15_without_carers = in ilmuhu ka yar yahay 15 oo aanu lahayn cid daryeesha
q-applicant_under_15_without_carers = Ilmuhu ma ka maqan yahay waalid ama dad kale oo daryeela (omsorgspersoner) dalkiisa hooyo?
q-applicant_under_15_without_carers-help = Ilmo ka yar 15 oo aan lahayn cid daryeesha, shuruud dakhli ma jirto (UDI; PN 2017-002 qodobka 3.2.3).

fact-sponsor_trafficking_victim = in ogolaanshaha qofka tixraacu ku salaysan yahay ka-ganacsiga dadka
q-sponsor_trafficking_victim = Ogolaanshaha qofka tixraacu ma wuxuu ku salaysan yahay inuu dhibbane u ahaa, ama markhaati ka ahaa kiis ku saabsan, ka-ganacsiga dadka?
q-sponsor_trafficking_victim-help = Markaas carruurta qofka tixraaca waxa laga yaabaa in laga dhaafo shuruudda dakhliga haddii ay waqtiga ku codsadaan (UDI). UDI ma xaqiijin waqtiga hadda.

fact-sponsor_future_income = dakhliga la filayo ee qofka tixraaca
q-sponsor_future_income = Immisa ayuu qofka tixraacu kasban doonaa canshuurta ka hor sanadka soo socda?
q-sponsor_future_income-help = Tiri mushaharka, lacagta jirada, uurka iyo waalidnimada, gunnada naafonimada iyo hawlgabka, iyo amaahda iyo deeqaha ardayda (utf. § 10-8). Ha tirin gargaarka bulshada, kaalmada guryaha, lacagta shaqo-la’aanta, lacagta qiimaynta shaqada (AAP), lacagta carruurta ama lacagta hordhaca. Ku dar hawlgab kasta. Qor karoon sanadkii, tusaale ahaan 420000.

fact-applicant_lawful_income_norway = dakhligaaga ka yimaada shaqo sharci ah oo Norway ah
q-applicant_lawful_income_norway = Immisa ayaad kasbataa canshuurta ka hor sanadkii shaqo aad horay si sharci ah ugu haysatid Norway?
q-applicant_lawful_income_norway-help = Dakhligaaga shaqo sharci ah oo Norway ah waxa lagu dari karaa kan qofka tixraaca (utf. § 10-8 faqradda saddexaad xarafka a). Qor 0 haddii aadan lahayn.

fact-applicant_means = lacagtaada ama dalabkaaga shaqo
q-applicant_means = Immisa lacag ah ayaad akoon ku haysataa, ama immisa ayaad ka kasban doontaa dalab shaqo, sanadkii?
q-applicant_means-help = Haddii qofka tixraacu haysto ogolaansho waxbarasho, lacagta aad akoon ku haysato waa la tiriyaa (UDI). Haddii qofka tixraacu yahay arday leh 60 dhibcood, dalabkaaga shaqo miisaan waa la siin karaa (utf. § 10-8 faqradda saddexaad xarafka b).

fact-sponsor_in_higher_education = in qofka tixraacu hadda wax baranayo
q-sponsor_in_higher_education = Qofka tixraacu hadda ma wax ku baranayaa jaamacad, kulliyad ama kulliyad xirfadeed waqti buuxa ah?
q-sponsor_in_higher_education-help = Ka-reebis shuruudda dakhliga waxa loo samayn karaa qof tixraac ah oo ku jira waxbarasho sare (utf. § 10-11 faqradda saddexaad).

fact-sponsor_pension_type = hawlgabka qofka tixraaca
q-sponsor_pension_type = Qofka tixraacu ma ka helaa Caymiska Qaranka hawlgab da’ ama gunnada naafonimada (uføretrygd)?
q-sponsor_pension_type-help = Hawlgab heerka ay UDI u baahan tahay gaaraya wuxuu keligiis buuxin karaa shuruudda dakhliga (utf. § 10-8 faqradda labaad). Eeg go’aanka NAV.
opt-sponsor_pension_type-none = Hawlgab ma leh
opt-sponsor_pension_type-retirement = Hawlgab da’
opt-sponsor_pension_type-disability = Gunnada naafonimada (uføretrygd)

fact-sponsor_pension_amount = hawlgabka qofka tixraaca sanadkii
q-sponsor_pension_amount = Immisa ayuu yahay hawlgabka oo keliya sanadkii, canshuurta ka hor?
q-sponsor_pension_amount-help = Qor lacagta ku qoran go’aanka NAV, karoon sanadkii.

fact-sponsor_disability_rate = qaybta heerka NAV ee gunnada naafonimada
q-sponsor_disability_rate = Heerkee ayuu go’aanka NAV u isticmaalaa gunnada naafonimada?
q-sponsor_disability_rate-help = Gunnada naafonimada ugu yar ee NAV waxay ku xiran tahay in qofka tixraacu xaas leeyahay ama la nool yahay qof, haysto hawlgab naafonimo oo la beddelay oo leh xaas, ama keligiis yahay (NAV). Eeg go’aanka NAV.
opt-sponsor_disability_rate-married_or_cohabiting = Xaas leh ama la nool qof
opt-sponsor_disability_rate-married_converted = Hawlgab naafonimo oo la beddelay, oo leh xaas
opt-sponsor_disability_rate-single = Keligiis

fact-sponsor_past_income = dakhliga qofka tixraaca ee sanadka dakhliga
q-sponsor_past_income = Immisa ayuu qofka tixraacu kasbaday canshuurta ka hor sanadka dakhliga?
q-sponsor_past_income-help = Lacagtu waxay ku qoran tahay xisaab-xidhka canshuurta (skatteoppgjør) ama warbixinnada shaqo-bixiyaha. Lacagta shaqo-la’aanta waa la tiriyaa; lacagta hordhaca ee la helay 1 Janaayo 2021 kadib lama tiriyo (UDI; utf. § 10-9).

fact-sponsor_past_income_abroad = qaybta dakhligaas ee laga kasbaday shaqo dibadda ah
q-sponsor_past_income_abroad = Immisa ka mid ah dakhligaas ayaa ka yimid shaqo dibadda ah?
q-sponsor_past_income_abroad-help = Dakhliga shaqada dibadda waxa lagu tiriyaa oo keliya muwaadiniinta Norway ama Waqooyiga Yurub iyo dadka haysta ogolaansho joogto ah (utf. § 10-9 faqradda labaad). Qor 0 haddii aanu jirin.

fact-sponsor_past_income_by_year = dakhliga qofka tixraaca ee { $year }
q-sponsor_past_income_by_year = Immisa ayuu qofka tixraacu kasbaday canshuurta ka hor sanadkii { $year }?
q-sponsor_past_income_by_year-help = Waxaan tan u baahanahay haddii go’aanku yimaado sanad kale oo taariikheed, maxaa yeelay markaas UDI waxay eegtaa { $year } (utf. § 10-9). U tiri si la mid ah sanadka kale ee dakhliga.

fact-sponsor_past_income_abroad_by_year = qaybta dakhliga qofka tixraaca ee { $year } ee laga kasbaday shaqo dibadda ah
q-sponsor_past_income_abroad_by_year = Immisa ka mid ah dakhliga qofka tixraaca ee { $year } ayaa ka yimid shaqo dibadda ah?
q-sponsor_past_income_abroad_by_year-help = Dakhliga shaqada dibadda ee { $year } waxa lagu tiriyaa oo keliya muwaadiniinta Norway ama Waqooyiga Yurub iyo dadka haysta ogolaansho joogto ah (utf. § 10-9 faqradda labaad). Qor 0 haddii aanu jirin.

fact-past_income_year = sanadka dakhliga ee ay UDI eegto
q-past_income_year = Sanadkee dakhliga ayay UDI eegtaa?
q-past_income_year-help = Caadi ahaan sanadka ka horreeya go’aanka, ama sanadkii ka horreeyay haddii xogta canshuurtu aysan diyaar ahayn (UDI). Haddii aadan garanayn, madhan uga tag.

fact-sponsor_past_income_exemption = in qofka tixraaca laga dhaafay shuruudda dakhligii hore
q-sponsor_past_income_exemption = Mid ka mid ah kuwan ma ku khuseeyay qofka tixraaca sanadkii hore?
q-sponsor_past_income_exemption-help = 60 dhibcood oo waxbarasho ama sanad buuxa oo kulliyad xirfadeed ah, iyo adeegga ciidanka ee qasabka ah, waxay meesha ka saaraan shuruudda dakhligii hore (utf. § 10-9 xarafka a iyo b). Hanti ka badan NOK 1 milyan waxay ahayd ka-dhaafid qoraalkii hore; in ay weli khusayso lama hubin.
opt-sponsor_past_income_exemption-none = Midkoodna
opt-sponsor_past_income_exemption-studies_60_credits = Wuxuu dhammaystiray 60 dhibcood oo waxbarasho ama sanad buuxa oo kulliyad xirfadeed ah
opt-sponsor_past_income_exemption-military_service = Wuxuu qabtay adeegga ciidanka ee qasabka ah
opt-sponsor_past_income_exemption-wealth_over_1m = Wuxuu lahaa hanti saafi ah oo ka badan NOK 1 milyan labadii xisaab-xidh ee canshuurta ee u dambeeyay

fact-social_assistance_last_paid = taariikhda ugu dambaysay ee qofka tixraacu helay gargaar bulsho
q-social_assistance_last_paid = Goorma ayuu qofka tixraacu NAV ka helay markii ugu dambaysay gargaarka bulshada ee lacageed ama kaalmada u-qalmitaanka?
q-social_assistance_last_paid-help = Gargaarka bulshada ee lacageed (økonomisk sosialhjelp) iyo kaalmada u-qalmitaanka (kvalifiseringsstønad) labaduba waa la tiriyaa (utf. § 10-10). Lacagta jirada iyo gunnooyinka kale ee Caymiska Qaranka lama tiriyo. Sheeg taariikhda lacag-bixintii ugu dambaysay.
opt-social_assistance_last_paid-never = Weligiis

fact-social_assistance_exempt_reason = sababta gargaarka bulshada loo bixiyay
q-social_assistance_exempt_reason = Gargaarka bulshada ma waxa loo bixiyay mid ka mid ah sababahan?
q-social_assistance_exempt_reason-help = Gargaarka bulshada ee xaaladahan la bixiyo lama tiriyo (utf. § 10-10 xarafka a iyo b).
opt-social_assistance_exempt_reason-none = Midkoodna
opt-social_assistance_exempt_reason-awaiting_benefits = Intii qofka tixraacu sugayay gunnooyinka Caymiska Qaranka ama kaalmada guryaha
opt-social_assistance_exempt_reason-introduction_programme = Iyadoo la xiriirta barnaamijka hordhaca

fact-will_live_together = inaad Norway ku wada noolaan doontaan
q-will_live_together = Ma Norway ayaad ku wada noolaan doontaan?
q-will_live_together-help = Lammaanayaasha is qaba, dadka wada nool iyo waalidiinta la nool ilmo waa inay wada noolaadaan (utl. § 40 faqradda saddexaad; utl. §§ 41, 43 iyo 44). Dadka is doonan waa inay qorsheeyaan inay wada noolaadaan (UDI).

fact-sponsor_has_housing = in qofka tixraacu guri leeyahay
q-sponsor_has_housing = Qofka tixraacu ma leeyahay guri buuxiya heerarka dawladda, oo uu leeyahay ama leh heshiis kiro oo qoran?
q-sponsor_has_housing-help = Dadka is doonan iyo xubno kale oo qoyska ah ayaa u baahan tan (utf. § 10-12). Guri la kireeyay wuxuu u baahan yahay heshiis kiro oo qoran.

fact-decision_stated_future_figure = lacagta dakhliga ee ku qoran diidmada
fact-applicant_in_norway = inaad hadda Norway joogto
fact-applicant_permit_basis_in_norway = saldhigga joogitaankaaga Norway
fact-assessment_date = taariikhda la filayo in racfaanka la go’aamiyo
fact-refusal_grounds = sababaha lagu sheegay diidmada

## 9. Interview screens and answers

screen-relation = Qoyska
screen-sponsor = Qofka tixraaca
screen-family = Taariikhda qoyskiinna
screen-dates = Taariikhaha
screen-application = Codsiga
screen-work = Shaqada iyo waxbarashada
screen-income = Dakhliga mustaqbalka
screen-pension = Hawlgabka
screen-past_income = Dakhligii hore
screen-social_assistance = Gargaarka bulshada
screen-housing = Wada noolaanshaha iyo guriga
screen-refusal = Diidmada
interview-yes = Haa
interview-no = Maya
interview-never = Weligiis

## 10. Refusal grounds

ground-proforma-explain = Sharax sida iyo goorta aad ku kulanteen, sida aad xiriirka u ilaalisay, booqashooyinkiinna, waxa aad midba midka kale ka taqaannaan, arooska, qorshayaashiinna iyo luqadda aad wadaagtaan. Sax xaqiiqo kasta oo UDI khaldantay (utl. § 40 faqradda afraad).
ground-proforma-documents = Diiwaanka wicitaannada iyo fariimaha oo leh taariikho, sawirro muddo kala duwan ah, tigidhada safarka iyo shaabadaha, lacag-dirid, dukumentiyada arooska iyo martida, iyo qoraallo ka yimid qoyska iyo qofka tixraaca ayaa caawiya.
ground-proforma-argument = UDI waxay go’aamisay in ujeedada ugu weyn ee guurkayagu ahayd in la helo ogolaansho deganaansho (utl. § 40 faqradda afraad). Tani sax ma aha. Waxaan kulannay [halkan ku qor: goorta iyo sida]. Tan iyo markaas waxaan [halkan ku qor: xiriirka, booqashooyinka iyo waxa aad midba midka kale ka taqaannaan]. Waxaan is guursannay [halkan ku qor: taariikhda iyo goobta], iyo [halkan ku qor: arooska iyo qorshayaashiinna]. UDI waxay ku tiirsanayd [halkan ku qor: xaqiiqada UDI khaldantay], laakiin [halkan ku qor: xaqiiqooyinka saxda ah]. Waxaan tixraacayaa dukumentiyada ku lifaaqan.

ground-tvangsekteskap-explain = Sharax in labadiinnuba si xor ah u doorateen iyo sida guurku ku yimid. Guur la isku soo diray oo labaduba oggolaadeen ma aha guur qasab ah (UDI). Xeerku waa utl. § 51 faqradda labaad; ereyadiisa saxda ah lama hubin.
ground-tvangsekteskap-documents = Qoraallo gaar ah oo midkiin kasta ka yimid iyo taariikhda xiriirkiinna ayaa caawiya.
ground-tvangsekteskap-argument = UDI waxay go’aamisay in guurka laga yaabo in lagu galay iyadoo mid naga mid ah aanu rabin (utl. § 51 faqradda labaad). Labadayaduba si xor ah ayaan u dooranay guurkan. [halkan ku qor: sida guurku ku yimid iyo sida midkiin kastaa u go’aamiyay]. Waxaan tixraacayaa qoraallada ku lifaaqan.
ground-tvangsekteskap-help = Haddii adiga ama qof aad taqaan lagu cadaadinayo inuu guursado ama ku sii jiro guur, waxaad heli kartaa caawimaad, bilaash iyo qarsoodi ah, tusaale ahaan booliska, dhakhtar ama xarun xaalad degdeg ah (krisesenter). Adiga ayaa go’aansanaya waxa aad rabto inaad samayso.

ground-samtykke_referanseperson-explain = Sharax in qofka tixraacu hadda oggol yahay. Haddii qofka tixraacu oggolaanshihiisa ka noqday, racfaanku caadi ahaan kuma guulaysan karo qodobkan (utl. § 51; faqradda khusaysa lama hubin).
ground-samtykke_referanseperson-documents = Qoraal oggolaansho ah oo uu qofka tixraacu saxiixay, oo si xor ah loo bixiyay, ayaa caawiya.
ground-samtykke_referanseperson-argument = UDI waxay go’aamisay in qofka tixraacu aanu oggolayn ogolaanshahayga (utl. § 51). Qofka tixraacu waa oggol yahay. [halkan ku qor: ereyada qofka tixraaca laftiisa, iyo sababta diidmadu u sheegayso si kale]. Waxaan tixraacayaa qoraalka saxiixan ee qofka tixraaca ee ku lifaaqan.

ground-mishandling-explain = Sharax xaqiiqooyin muujinaya in aanay jirin khatar noocaas ah, oo sheeg haddii aad ilmo wada leedihiin ama aad wada noolaydeen, maxaa yeelay taasi waxay meesha ka saaraysaa sababtan (utl. § 40 faqradda shanaad).
ground-mishandling-documents = Caddayn inaad wada noolaydeen, ama shahaadada dhalashada ilmihiinna, ayaa caawisa.
ground-mishandling-argument = UDI waxay go’aamisay in ay u badan tahay in lay xadgudbi doono ama si xun layga faa’iidaysan doono (utl. § 40 faqradda shanaad). [halkan ku qor: xaqiiqooyinka muujinaya si kale]. [halkan ku qor: haddii aad ilmo wada leedihiin ama aad wada noolaydeen, sheeg; markaas sababtu ma khuseyso]. Waxaan tixraacayaa dukumentiyada ku lifaaqan.
ground-mishandling-help = Badbaadadaadu waa tan ugu horraysa. Haddii aad qof ka baqayso, caawimaad ayaa jirta, bilaash iyo qarsoodi ah, tusaale ahaan booliska, dhakhtar ama xarun xaalad degdeg ah (krisesenter).

ground-identitet-explain = Sharax sababta dukumentiyadu u maqan yihiin, waxa aad samaysay si aad u hesho, iyo in macluumaadkaagu isku mid ahaa. Waa inaad caddaysaa aqoonsigaaga, baasaboor ansax ahna badanaa waa ku filan yahay (UDI). Qodobka sharciga lama hubin.
ground-identitet-documents = Baasaboor, kaarka aqoonsiga qaranka, shahaadada dhalashada, caddaynta isku daydaadii aad dukumentiyo ku heli lahayd, iyo foomka UDI ee lagu sharaxo dukumentiyada maqan ayaa caawiya.
ground-identitet-argument = UDI waxay go’aamisay in aqoonsigayga aan la caddayn. [halkan ku qor: dukumentiyada aad dirtay, sababta kuwa kale u maqan yihiin iyo waxa aad samaysay si aad u hesho]. Macluumaadkaygu isku mid ayuu ahaa had iyo jeer: [halkan ku qor: magaca, taariikhda iyo goobta dhalashada]. Waxaan tixraacayaa dukumentiyada ku lifaaqan.

ground-soknad_fra_norge-explain = Sharax saldhigga sharciga ah ee joogitaankaaga maalintii aad codsatay, iyo sababta ay caddaalad darro u noqonayso inaad baxdo, tusaale ahaan carruur ama caafimaad awgood (utl. § 56; utf. § 10-1). Joogitaan fiiso Schengen ah kuma oggola codsi laga sameeyo Norway (utf. § 10-1 faqradda koowaad xarafka e).
ground-soknad_fra_norge-documents = Ogolaanshahaaga ama fiisahaaga taariikhda codsiga, shahaadooyinka dhalashada carruurtaada iyo warqadaha caafimaadka ayaa caawiya.
ground-soknad_fra_norge-argument = UDI waxay go’aamisay inaanan Norway ka codsan karin (utl. § 56; utf. § 10-1). Markii aan codsaday, waxaan Norway ku joogay [halkan ku qor: saldhigga joogitaankaaga iyo taariikhihiisa]. Waxay caddaalad darro noqonaysaa in la iga rabo inaan baxo maxaa yeelay [halkan ku qor: carruur, caafimaad ama sababo kale oo xooggan]. Waxaan tixraacayaa dukumentiyada ku lifaaqan.

ground-intervju_referanseperson-explain = Sharax in ka-reebis khusayso, tusaale ahaan in qofka tixraacu jiray 25 ama ka badan markii la guursaday, yahay shaqaale xirfad leh, ama aad Norway ku wada noolaydeen iyadoo labadiinnuba haysteen ogolaansho, iyo in qofka tixraacu dib ugu soo laabtay Norway (utl. § 56 faqradda afraad; utf. § 10-5).
ground-intervju_referanseperson-documents = Dukumentiyada safarka qofka tixraaca iyo caddayn in qofka tixraacu Norway ku nool yahay ayaa caawiya.
ground-intervju_referanseperson-argument = UDI waxay go’aamisay in ogolaansho aan la bixin karin ka hor inta aan qofka tixraaca la wareysan (utl. § 56 faqradda afraad). [halkan ku qor: ka-reebista khusaysa sida ku xusan utf. § 10-5, ama in qofka tixraacu dib ugu soo laabtay Norway oo diyaar u yahay wareysi laga bilaabo taariikh la sheegay]. Waxaan tixraacayaa dukumentiyada ku lifaaqan.

ground-tilknytning_tredjeland-explain = Sharax in aadan ku haysan xaalad sharci ah ama badbaado waddanka kale, xiriirkaaga Norway, iyo danta ugu wanaagsan ee ilmaha. Sababtan lama isticmaali karo kadib marka qofka tixraacu helo ogolaansho joogto ah (utl. § 51 faqradda saddexaad; utf. § 9-9).
ground-tilknytning_tredjeland-documents = Dukumentiyo ku saabsan xaaladdaada waddanka kale, iyo dugsiga, shaqada iyo xiriirka Norway ayaa caawiya.
ground-tilknytning_tredjeland-argument = UDI waxay go’aamisay in qoyskayagu ku noolaan karo [halkan ku qor: waddanka] (utl. § 51 faqradda saddexaad; utf. § 9-9). Tani suurtagal ma aha maxaa yeelay [halkan ku qor: la’aanta xaalad sharci ah ama badbaado halkaas]. Xiriirkayaga Norway ayaa ka xooggan: [halkan ku qor: shaqo, dugsi, qoys]. Waxaan tixraacayaa dukumentiyada ku lifaaqan.

ground-returforutsetninger-explain = Sharax xiriirkaaga waddankaaga hooyo, taariikh aroos oo go’an, iyo inaad raacday xeerarkii fiisooyinkii hore (utf. § 9-5 faqradda saddexaad).
ground-returforutsetninger-documents = Heshiis shaqo oo waddankaaga ah, hanti, ballanta arooska iyo fiisooyinkii hore ayaa caawiya.
ground-returforutsetninger-argument = UDI waxay shaki ka qabtaa inaan ka bixi lahaa Norway haddii codsi dambe la diido (utf. § 9-5 faqradda saddexaad). Waxaan xiriir xooggan la leeyahay [halkan ku qor: waddanka]: [halkan ku qor: shaqo, hanti, qoys]. Arooskayaga waxa loo ballansaday [halkan ku qor: taariikhda iyo goobta]. Had iyo jeer waxaan raacay xeerarka fiisooyinkii hore: [halkan ku qor: fiisooyinkee iyo goorma]. Waxaan tixraacayaa dukumentiyada ku lifaaqan.

ground-ekteskap_ikke_gyldig-explain = Sharax sharciga waddanka khuseeya iyo in xeerarkiisa la raacay, da’diinna maalinta arooska, in labadiinnuba goobjoog ahaayeen, iyo in midkiinna aanu qof kale qabin (UDI; ekteskapsloven). Haddii midkiin ahaa Noorwiiji ama ku noolaa Norway markii aad is guurseydeen, labaduba waa inay jireen ugu yaraan 18 oo goobjoog ahaayeen; haddii aad is guurseydeen ka hor intaan midkiinna iman Norway, labaduba waa inay jireen ugu yaraan 16 (UDI). Haddii guurka aan la aqoonsan karin, aroos cusub (markaas xeerka 24 sano iyo xeerka afarta sano mar kale ayaa la hubiyaa) ama waddada dadka wada nool ayaa laga yaabaa inay suurtagal noqdaan.
ground-ekteskap_ikke_gyldig-documents = Shahaadada guurka oo la sharciyeeyay, shahaadooyinka furriinka ama dhimashada ee guurarkii hore, caddayn in labaduba goobjoog ahaayeen (shaabadaha baasaboorka) iyo shahaadooyinka dhalashada ayaa caawiya.
ground-ekteskap_ikke_gyldig-argument = UDI waxay go’aamisay in guurkayaga aan Norway lagu aqoonsan karin. Guurka waxa lagu galay [halkan ku qor: waddanka] [halkan ku qor: taariikhda] iyadoo la raacayo sharciga waddankaas. Waxaan jirnay [halkan ku qor: da’da] sano, labadayaduba goobjoog ayaan ahayn, midkayana ma qabin qof kale. Waxaan tixraacayaa shahaadada guurka iyo dukumentiyada ku lifaaqan.
