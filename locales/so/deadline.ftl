## The klage deadline (src/deadline.rs, src/ics.rs, klagehjelp deadline), Somali.
## Not yet checked by a translator.

deadline-headline = Waqtiga racfaanka: { $date }
deadline-heading-why = Sababta taariikhdan
deadline-heading-todo = Waxa la sameeyo
deadline-status-open = furan
deadline-status-last-day = maalinta u dambaysa
deadline-status-passed = dhammaaday
deadline-status-label = Xaaladda
deadline-status-line-open = { $days ->
    [one] 1 maalin ayaa haray
   *[other] { $days } maalmood ayaa haray
  } (maanta waa { $today }).
deadline-status-line-last-day = Maanta ({ $today }) waa maalinta u dambaysa.
deadline-status-line-passed = Waqtigu wuxuu dhammaaday { $days ->
    [one] 1 maalin ka hor
   *[other] { $days } maalmood ka hor
  } (maanta waa { $today }).
deadline-computed-label = Waqtiga sharciga
deadline-stated-label = Waqtiga go’aanka

deadline-why-weeks = Waxaad haysataa 3 toddobaad si aad u dirto racfaan (klage, taas oo ah racfaan qoran), laga bilaabo maalinta go’aanku kuu yimid (fvl. § 29). 3 toddobaad ka dib { $received } waa { $date }.
deadline-why-closed = { $date } waa { $name } ({ $source }).
deadline-why-moved = Waqti ku dhammaada Sabti, Axad ama fasax dadweyne waxa loo wareejiyaa maalinta shaqo ee xigta (domstolloven § 149, fvl. § 30). Sidaas darteed waqtigu waa { $date }.
deadline-why-not-moved = Taasi waa maalin shaqo, sidaas darteed waqtigu maalintaas ayuu ahaanayaa (domstolloven §§ 148–149, fvl. § 30).
deadline-stated-same = Waqtiga go’aanka ({ $stated }) waa isla kan halkan lagu xisaabiyay.
deadline-stated-later = Go’aanku wuxuu bixiyaa waqti ka dambeeya ({ $stated }) 3-da toddobaad ee sharciga ({ $computed }). Raac taariikhda hore, { $computed }: sharcigu wuxuu tiriyaa 3 toddobaad laga bilaabo maalinta go’aanku kuu yimid (fvl. § 29), mana hubna in taariikh dambe oo go’aanka ku qoran ay ku difaacdo.
deadline-stated-earlier = Go’aanku wuxuu bixiyaa waqti ka horreeya ({ $stated }) sharciga ({ $computed }). Raac taariikhda hore, { $stated }. Hubi in taariikhda aad heshay go’aanka ay sax tahay: 3-da toddobaad waxa laga tiriyaa maalinta go’aanku kuu yimid (fvl. § 29).
deadline-office-warning = { $date } waa { $name }. Sharciga Norway uma wareejiyo waqtiga maalintan darteed (domstolloven § 149, helligdagsloven § 2), laakiin xafiisyada iyo xafiisyada boostada waa laga yaabaa inay xiran yihiin ama goor hore xirmaan. Racfaanka dir dhowr maalmood ka hor.

deadline-todo-send-by = Racfaanka (racfaankaaga qoran) dir ugu dambayn { $date }.
deadline-todo-last-day = Maanta waa maalinta u dambaysa. Racfaanka maanta dir.
deadline-todo-provisional = Weli ma haysataa dhammaan dukumentiyada? Hadda dir racfaan ku-meel-gaar ah (foreløpig klage): racfaan gaaban oo sheegaya in dukumentiyo kale ay daba socdaan. Markaas UDI waxay ku siinaysaa waqti cusub oo laba toddobaad ah oo dukumentiyada loogu talagalay (udi.no).
deadline-todo-passed = Waqtigu wuxuu ahaa { $date }. Weli waad diri kartaa racfaan. UDI way tixgelin kartaa racfaan daahay haddii dib-u-dhaca aan adiga lagu eedayn karin, ama haddii ay jiraan sababo gaar ah (fvl. § 31). Racfaanka ku sheeg sababta uu u daahay. Warqaddu waxay noqonaysaa racfaan daahay.
deadline-todo-one-year = Racfaan weligii looma tixgelin karo racfaan ahaan haddii in ka badan hal sano ay ka soo wareegtay markii go’aanka la gaaray (fvl. § 31). Hubi taariikhda go’aanka.
deadline-todo-one-year-limit = Racfaan weligii looma tixgelin karo racfaan ahaan haddii in ka badan hal sano ay ka soo wareegtay markii go’aanka la gaaray (fvl. § 31). Go’aanku wuxuu leeyahay taariikhda { $decided }, sidaas darteed maalinta ugu dambaysa ee suurtagalka ah waa { $limit }.
deadline-todo-one-year-passed = Waqtigu wuxuu ahaa { $date }. In ka badan hal sano ayaa ka soo wareegtay markii go’aanka la gaaray ({ $decided }), sidaas darteed racfaanka mar dambe looma tixgelin karo racfaan ahaan (fvl. § 31). Raadso talo sharci.
deadline-todo-one-year-passed-received = Waqtigu wuxuu ahaa { $date }. In ka badan hal sano ayaa ka soo wareegtay markii aad heshay go’aanka ({ $received }), iyo sidoo kale markii la gaaray. Racfaanka mar dambe looma tixgelin karo racfaan ahaan (fvl. § 31). Raadso talo sharci.
deadline-todo-on-time = Warqaddu waa waqtigeeda haddii aad boostada u dhiibto (xafiis boosto ama sanduuq boosto) ka hor inta aan maalinta u dambaysa dhammaan (fvl. § 30). Haddii aad racfaanka internetka ku soo geliso, waa inuu gaaraa ka hor inta aan maalinta u dambaysa dhammaan (eForvaltningsforskriften § 11). Hayso caddayn goorta aad dirtay: rasiid xafiiska boostada (warqad diiwaangashan) ama ka soo gelinta.

deadline-error-received-after-today = Maalinta aad heshay go’aanka ({ $received }) waxay ka dambaysaa maanta ({ $today }). Geli maalinta go’aanku kuu yimid: maanta ama ka hor.
deadline-error-decided-after-received = Taariikhda go’aanka ({ $decided }) waxay ka dambaysaa maalinta aad heshay ({ $received }). Hubi labada taariikhood: go’aanku wuxuu kuu imaanayaa maalinta la gaaray ama ka dib.
deadline-error-out-of-range = { $date } aad ayuu uga fog yahay maanta si loo xisaabiyo waqti. Hubi taariikhda.

## Names of closed days (data/closed-days.toml)
closed-saturday = Sabti
closed-sunday = Axad
closed-nyttarsdag = Maalinta Sannadka Cusub (nyttårsdag)
closed-may1 = 1 May, fasax dadweyne (høgtidsdag) oo la mid ah Axad
closed-may17 = 17 May, fasax dadweyne (høgtidsdag) oo la mid ah Axad
closed-forste_juledag = Maalinta Kirismaska (første juledag)
closed-andre_juledag = Maalinta labaad ee Kirismaska (andre juledag)
closed-skjaertorsdag = Khamiista Barakaysan (skjærtorsdag)
closed-langfredag = Jimcaha Wanaagsan (langfredag)
closed-forste_paaskedag = Axadda Easter (første påskedag)
closed-andre_paaskedag = Isniinta Easter (andre påskedag)
closed-kristi_himmelfartsdag = Maalinta Kor u Bixidda (Kristi himmelfartsdag)
closed-forste_pinsedag = Axadda Pentecost (første pinsedag)
closed-andre_pinsedag = Isniinta Pentecost (andre pinsedag)
closed-julaften = Habeenka Kirismaska (julaften)
closed-nyttarsaften = Habeenka Sannadka Cusub (nyttårsaften)

## Calendar file (.ics)
ics-summary = Waqtiga racfaanka: maalinta u dambaysa ee racfaanka la diro
ics-alarm-7 = Waqtiga racfaanku waa 7 maalmood kadib ({ $date }).
ics-alarm-2 = Waqtiga racfaanku waa 2 maalmood kadib ({ $date }).
deadline-todo-between = Taariikhda hore ee labada taariikhood ({ $earlier }) way dhammaatay; tan dambe ({ $later }) se ma dhammaan. Racfaanka maanta dir. Warqaddu waxay sheegaysaa maalinta aad heshay go’aanka, waxayna haddii loo baahdo codsanaysaa in racfaanka la tixgeliyo xitaa haddii uu daahay (fvl. § 31). Hayso caddayn maalinta aad heshay go’aanka (baqshadda, iimaylka ama SMS-ka).
