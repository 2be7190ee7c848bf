# Files, privacy and bad input (issue 12): errors and notices of the desktop app (ui-*), Somali. Not yet checked by a translator.
# Only the ui-* messages of en/nb safety.ftl are translated here.

ui-err-open-unknown = Faylkan laguma dhoofin fadhigan, sidaas darteed Klagehjelp ma furayo. Mar kale dhoofi oo isticmaal badhamada soo baxa.

ui-err-text-too-long = “{ $field }” wuxuu leeyahay { $chars } xaraf; hal goob waxay qaadi kartaa ugu badnaan { $limit }. Soo gaabi, ama qoraalka dheer geli lifaaq. Isbeddelka lama kaydin.
ui-err-case-unreadable = Faylka kiiska lama akhrin karo: { $reason }.

ui-restore-backup = Soo celi nuqulkii hore
ui-restore-backup-title = Ma soo celinaysaa nuqulkii hore?
ui-restore-backup-text = Faylka khasaaray ee { $name } waxa lagu beddelayaa nuqulkii la kaydiyay ka hor isbeddelkii ugu dambeeyay. Wixii ugu dambeeyay ee la beddelay way lumi karaan.
ui-restored-backup = Nuqulkii hore ee { $name } waa la soo celiyay.

## Dates that cannot be right (a typo in the year).
ui-err-date-too-early = { $value } waa ka hor 1900. Hubi sannadka: waxaa laga yaabaa inuu khalad qoraal ah ku jiro.
ui-err-date-too-late = { $value } waa in ka badan hal sano maanta ka dib (ka dib { $limit }). Hubi sannadka: waxaa laga yaabaa inuu khalad qoraal ah ku jiro.

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
