# The check and interview commands (CLI). Somali. Not yet checked by a translator.
check-heading = Shuruudaha isu-keenidda qoyska
check-assessed = Waxa la qiimeeyay { $date }. Xeerarka iyo lacagaha sida ay ahaayeen { $rules }.
check-exceptions = Waxa caawin kara:
check-documents = Dukumentiyada:
check-argument = Qoraal hordhac ah oo racfaanka:
check-summary = { $attention ->
        [0] Dhammaan shuruudaha waa la buuxiyay ama ma khuseeyaan.
       *[other] { $attention } ka mid ah shuruudaha ayaa u baahan fiiro.
    }
check-file-read = Faylka { $file } lama akhrin karo: { $error }
check-file-json = Faylka { $file } ma ansaxa: { $error }. Waxa la filayay fayl xaalad (scenario) ah oo leh "facts" ama fayl kiis (klagehjelp-case/2).
interview-error-unknown-fact = Xaqiiq aan la aqoon: { $fact }.
interview-error-value = "{ $value }" ma aha jawaab sax u ah { $fact }. Waxa la filayay: { $expected }.
interview-intro = Ka jawaab su’aalaha sida ugu fiican ee aad karto. Riix Enter si aad su’aal uga boodo. Qor ? si aad caawimaad u hesho.
interview-choose = Qor lambarka jawaabtaada.
interview-date-format = Taariikhda u qor sida YYYY-MM-DD, tusaale ahaan 1994-09-30.
interview-saved = Jawaabahaaga waxa lagu kaydiyay { $file }.
check-unknown-facts = Klagehjelp ma yaqaan xaqiiqooyinkan mana isticmaalo: { $facts }. Hubi higaadda (eeg liiska xaqiiqooyinka ee README).
