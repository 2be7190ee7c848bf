# Letters (src/letter.rs), Somali: the kind names, the notes to the sender and
# the CLI messages, which are shown in the UI language. The letter's own words
# (titles, footers, recipient, signature lines) stay in nb, nn or en, the
# letter language, and are not translated here. Not yet checked by a translator.
letter-kind-klage = racfaan
letter-kind-forelopig = racfaan ku-meel-gaar ah
letter-kind-late = racfaan daahay
letter-kind-omgjoring = codsi dib-u-eegis
case-letter-send-udi = Saxiix warqadda, iskaan garee ama sawir oo ku soo geli foomka UDI ee dukumentiyada lagu diro, ama boosto ku dir. Boostada, waa in la geeyaa ka hor inta aan waqtigu dhammaan; haddii la soo geliyo, waa inay gaartaa ka hor inta aan waqtigu dhammaan (Sharciga Maamulka Dadweynaha, fvl. § 30).
case-letter-une-address = Klagehjelp ma yaqaan cinwaanka boostada UNE. UNE waxay door bidaysaa foomka une.no ("Request a reversal"). Hubi cinwaanka une.no ka hor intaadan warqadda boostada ku dirin.
case-letter-une-new-information = Caadi ahaan UNE waxay weydiisaa macluumaad cusub ama dukumentiyo cusub marka qof codsado dib-u-eegis. Lifaaq waxa cusub.
case-letter-embassy-address = Racfaanka waxa loo diraa safaaradda gaartay go’aanka. Klagehjelp ma yaqaan cinwaankeeda: ku qor magaca hoostiisa, ama safaaradda weydii sida racfaanka loo dhiibo.
case-letter-police-address = Racfaanka waxa loo diraa degmada booliska ee gaartay go’aanka. Klagehjelp ma yaqaan cinwaankeeda: ka hel politiet.no oo ku qor magaca hoostiisa.
case-letter-fullmakt-sign = Codsaduhu waa inuu saxiixaa wakaaladda. Lifaaq nuqul bogga baasaboorka ee macluumaadka shakhsiga iyo saxiixa leh. Wakiilku waa inuu ka weyn yahay 18 sano, waana inuusan ka shaqayn maamulka socdaalka (Sharciga Maamulka Dadweynaha, fvl. § 12).
case-letter-late-risk = Racfaanku wuu daahay. Caadi ahaan UDI way diiddaa racfaannada daahay, laakiin waa inay tixgelisaa inay si kastaba u maareyso (Sharciga Maamulka Dadweynaha, fvl. § 31). U dir sida ugu dhaqsaha badan.
letter-cli-read-failed = Faylka kiiska { $path } lama akhrin karin: { $error }. Hubi inuu faylku jiro.
letter-cli-kind-unknown = --kind: "{ $value }" ma aha nooc warqadeed. Isticmaal klage, forelopig, late, omgjoring, utsatt, ettersending, innsyn ama costs.
letter-cli-problems = Kiisku wuxuu leeyahay dhibaatooyin ay tahay in la saxo ka hor inta aan warqadda la qorin:
letter-cli-written = Warqadda ({ $kind }) waxa lagu qoray { $path }.
letter-cli-note = Ogow:
case-letter-made-by-unsure = Ma hubtid cidda gaartay go’aanka. Hubi tilmaamaha racfaanka ee go’aanka, oo warqadda u qor sida ay sheegaan (eeg klagehjelp route).
case-letter-send-as-decision-says = Go’aanka waxa gaaray UDI, waxaana dhiibay safaaradda ama booliska. Racfaanka waxa loo qorayaa UDI; u dir sida warqadda go’aanku sheegayso.
letter-kind-utsatt = codsi dib u dhigista fulinta
letter-kind-ettersending = dukumentiyo dheeraad ah
letter-kind-innsyn = codsi lagu arkayo dukumentiyada kiiska
letter-kind-costs = dalab kharashaadka kiiska
