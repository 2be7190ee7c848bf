# Session messages. Somali. Not yet checked by a translator.
session-migrated = Kiiskan waxa lagu kaydiyay nooc hore oo Klagehjelp ah. Su’aalahan hadda si cusub ayaan u weydiinnaa, sidaas darteed fadlan mar kale ka jawaab: { $facts }. Wax kasta oo kale oo aad qortay waa la hayaa.
law-placeholder-figure = [halkan ku qor: lacagta ku qoran go’aanka]
law-placeholder-year = [halkan ku qor: sanadka]
interview-expected-date = taariikh (dd.mm.yyyy)
law-later-card = Haddii kiiska la go’aamiyo { $date } (qiyaastii nus sano kadib): { $status }.
screen-stay = Halka uu codsaduhu hadda joogo
q-applicant_in_norway = Codsaduhu ma joogaa Norway hadda?
q-applicant_in_norway-help = Jawaabtu waxay go’aamisaa halka racfaanku aadayo iyo inaad codsan karto inaad Norway joogto inta racfaanka la go’aaminayo (dib u dhigista fulinta, utsatt iverksettelse, utl. § 90 iyo fvl. § 42). Haddii aad dibadda ka codsanayso, ku jawaab maya.
