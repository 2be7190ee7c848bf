# Issue 9: the fullmektig, the parties, the letter as sent, and after sending.

## Who made the decision
ui-made-by-UDI-direct = UDI
ui-made-by-UNE = UNE (Guddiga Racfaanka Socdaalka)
ui-made-by-help-title = Sida aad ku ogaan karto cidda gaartay go’aanka
ui-made-by-help-letterhead = Madaxa warqadda iyo saxiixa: ma ku qoran yahay «Utlendingsdirektoratet» ama «UDI», mise magaca safaaradda?
ui-made-by-help-sentence = Jumladda sheegaysa cidda diidday, tusaale ahaan «Utlendingsdirektoratet har avslått» (UDI ayaa diiday) ama «Ambassaden har avslått» (safaaradda ayaa diiday).
ui-made-by-help-instructions = Haddii labadaas ay kala duwan yihiin, tilmaamaha racfaanka ayaa go’aamiya: haddii ay sheegaan in UNE ay go’aamiso racfaanka, go’aanka waxa gaaray UDI. Haddii ay sheegaan in UDI ay go’aamiso racfaanka, go’aanka waxa gaaray safaaradda ama booliska.
ui-made-by-help-abroad = Inta badan diidmooyinka dibadda waa go’aanno UDI oo safaaraddu keliya dhiibto. Ha ku qiyaasin dalka.

## Case number, co-applicants and the reference person
ui-case-number = Lambarka kiiska ee go’aanka (saksnummer)
ui-case-number-hint = Badanaa wuxuu ku yaal xagga sare ee go’aanka. Haddii aadan helin, warqadda waxaa lagu daabacayaa xariiq bannaan oo aad gacanta ku buuxin karto.
ui-co-applicants-legend = Dad kale oo isla go’aankaas lagu diiday
ui-co-applicants-hint = Tusaale ahaan carruur kula codsaday. Dhammaan waxay ku racfaan qaadan karaan isla warqadda, mid walba lambarkiisa DUF. Qof kasta oo weyn ayaa saxiixa. Ilmaha waxaa u saxiixa qofka masuulka ka ah.
ui-co-applicant-n = Codsade { $n }
ui-co-applicant-birth-hint = Ka yar 18 sano: qofka masuulka ka ah ilmaha ayaa u saxiixa.
ui-co-applicant-duf-hint = Lambarka DUF ee qofkaas, 12 god.
ui-co-applicant-add = Ku dar codsade kale
ui-sponsor-legend = Qofka tixraaca (kafiilka)
ui-sponsor-hint = Qofka Norway jooga ee codsigu ku salaysan yahay. Magaciisa iyo taariikhda dhalashadiisa ayaa lagu qorayaa racfaanka.

## The representative (fullmektig)
ui-rep-organisation-note = Wakaaladda waxaa markaas la siinayaa { $org }, iyada oo uu matalayo { $name } («{ $org } v/ { $name }»).
ui-rep-fullmakt-follows = Wakaaladda hadhow ayaa la soo dirayaa
ui-rep-fullmakt-follows-hint = Keliya marka codsaduhu dibadda joogo oo uusan saxiixi karin ka hor waqtiga kama dambaysta ah. Warqaddu waxay sheegaysaa in wakaaladda la saxiixay ay hadhow imaanayso. Soo dir isla marka aad hesho.
ui-rep-contact = cinwaan, telefoon ama iimayl
ui-rep-missing = Waa maqan yihiin: { $fields }. Warqadda lama samayn karo iyaga la’aantood, sababtoo ah UDI waxay go’aannada iyo warqadaha u dirtaa wakiilka.
ui-rep-complete = Wakiilka waa la heli karaa.

## Optional requests in the klage
ui-requests-legend = Tan sidoo kale waad ku codsan kartaa racfaanka
ui-request-innsyn-label = Codso inaad aragto dukumentiyada kiiska (innsyn, fvl. § 18)
ui-request-innsyn-hint = Codsiga arkidda ma joojiyo waqtiga racfaanka. Dir racfaanka ka hor inta uusan waqtigu dhammaan, oo isla racfaanka ku codso arkidda.
ui-request-set-aside-label = Codso, haddii kale, in go’aanka la buriyo oo kiiska dib loogu celiyo si mar kale loo eego (fvl. § 34)
ui-request-set-aside-hint = «Haddii kale» macnaheedu waa: haddii codsiga la aqbali waayo. Markaas kiiska mar kale ayaa la eegi karaa.

## After sending
ui-sent-title = Kadib markaad dirto
ui-sent-hint = Marka racfaanka la diro, qor goorta iyo sida. Waxaa lagu kaydinayaa kiiska, waxaadna helaysaa taariikh aad ku daba gasho.
ui-sent-date = Taariikhda racfaanka la diray
ui-sent-channel = Sidee loo diray?
ui-sent-receipt = Rasiid (ikhtiyaari)
ui-sent-receipt-hint = Tusaale ahaan lambarka warqad diiwaangashan, ama xaqiijinta kadib soo gelinta.
ui-sent-save = Kaydi: racfaanka waa la diray
ui-sent-change = Beddel
ui-sent-record = Waxaa la diray { $date }, { $channel }.
ui-sent-record-receipt = Rasiid: { $receipt }.
ui-sent-channel-udi_upload = waxaa loo soo geliyay UDI
ui-sent-channel-post = boostada
ui-sent-channel-police = waxaa loo dhiibay booliska
ui-sent-channel-embassy = waxaa loo dhiibay safaaradda sida go’aanku sheegayo
ui-sent-channel-une_form = waxaa lagu diray foomka UNE
ui-sent-follow-up-title = Daba gal
ui-sent-follow-up-ics = Xasuusinta ku dar kalandarka
ui-sent-no-follow-up-route = Ilo nooma hayaan goorta jawaab la filan karo halkan. Eeg «Maxaa xiga» xagga sare.
ui-sent-no-follow-up = Weli ma jirto taariikh la daba galo. Marka hore qor goorta racfaanka la diray.
ui-sent-ics-summary = Racfaanka kala daba gal UDI
ui-sent-error-date = «{ $value }» ma aha taariikh sax ah. Qor maalinta racfaanka la diray, tusaale ahaan 2026-11-20.
ui-sent-error-future = { $date } waa maanta kadib. Qor maalinta racfaanka si dhab ah loo diray.
ui-sent-error-channel = Dooro sida racfaanka loo diray («{ $value }» lama yaqaan; qiimayaasha saxda ah: { $known }).
ui-err-letter-not-offered = Warqaddan looma samayn karo kiiskan.

## Letters after the klage
ui-after-letters-title = Warqado kale oo aad diri karto
ui-after-write-pdf = Samee PDF
ui-after-last-day = Dir ugu dambayn { $date }: saddex toddobaad kadib markuu go’aanka cusub ku soo gaaray.
ui-after-utsatt-title = Codsi dib u dhigista fulinta
ui-after-utsatt-explain = Warqad gaar ah oo codsanaysa in codsaduhu ku sii joogo Norway inta racfaanka la eegayo (fvl. § 42, utl. § 90). Isla markiiba waa la diri karaa, ka hor racfaanka.
ui-after-utsatt-not-abroad = Keliya marka codsaduhu Norway joogo.
ui-after-ettersending-title = Dukumentiyo la soo diro kadib
ui-after-ettersending-explain = Dukumentiyo aad dirto racfaanka kadib (fvl. § 34). Racfaan ku-meel-gaar ah kadib, UDI caadiyan waxay bixisaa laba toddobaad oo kale dukumentiyada.
ui-after-ettersending-not-sent = Marka hore qor in racfaanka la diray.
ui-after-innsyn-title = Codsi arkidda dukumentiyada
ui-after-innsyn-explain = Codso inaad aragto dukumentiyada kiiska (fvl. § 18). Codsiga arkidda ma joojiyo waqtiga racfaanka.
ui-after-costs-title = Dalab kharashaad
ui-after-costs-explain = Haddii go’aanka loo beddelo si codsadaha u roon, kharashaadka waaweyn ee lagama maarmaanka ahaa, tusaale ahaan qareen, waa la dalban karaa (fvl. § 36). Dalabka waa in la diraa saddex toddobaad gudahood kadib markuu go’aanka cusub yimid.
ui-after-costs-not-changed = Keliya marka go’aanka loo beddelay si codsadaha u roon. Markaas qor taariikhda go’aanka cusub yimid.
ui-after-costs-too-late = Saddexda toddobaad ee go’aanka cusub kadib way dhammaadeen (fvl. § 36).
ui-after-costs-changed-label = Taariikhda go’aanka cusub yimid, haddii go’aanka loo beddelay si codsadaha u roon
ui-after-costs-changed-hint = Qor YYYY-MM-DD ama DD.MM.YYYY.

## Command line (klagehjelp sent)
cli-sent-write-failed = Lama qori karo { $path }: { $error }. Hubi in galku jiro iyo in laguu oggol yahay inaad wax ku qorto.
cli-sent-how = Si aad u diiwaangeliso: klagehjelp sent CASE --date YYYY-MM-DD --channel CHANNEL [--receipt TEXT]. Hababka halkan: { $channels }.

## The day a changed decision arrived (fvl. § 36)
ui-changed-error-date = «{ $value }» ma aha taariikh sax ah. Qor maalinta go’aanka cusub kuu yimid, tusaale ahaan 2027-02-01.
ui-changed-error-future = { $date } waa maanta kadib. Qor maalinta go’aanka cusub si dhab ah kuu yimid.
