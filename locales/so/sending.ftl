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
