## DUF number (src/duf.rs), Somali. Not yet checked by a translator.

duf-label = Lambarka DUF
duf-ok = Qaabku waa sax: 12 god oo ku bilaabma sannadka codsiga koowaad ({ $year }).
duf-warning-label = Ogow
duf-warning-checksum = Labada god ee ugu dambeeya ({ $found }) kuma habboona hubinta lagu isticmaalo tirakoobka dadweynaha, taas oo bixisa { $expected }. UDI ma daabacdo lambar hubin, xitaa tusaalaha UDI lafteeda (2012 586975 61) kuma guulaysto hubintan, sidaas darteed tani waa tilmaan keliya: hubi inaad lambarka si sax ah u qortay.
duf-error-empty = Lambarka DUF waa madhan yahay. Wuxuu leeyahay 12 god, tusaale ahaan 2012 586975 61. Waxaad ka helaysaa warqadaha UDI iyo kaarka deganaanshaha.
duf-error-character = Lambarka DUF wuxuu yeelan karaa godad, meelo bannaan iyo xarriiqyo oo keliya, laakiin xarafka { $position } waa “{ $ch }”. Ka saar oo mar kale isku day.
duf-error-length = Lambarka DUF wuxuu leeyahay 12 god, laakiin kani wuxuu leeyahay { $count }. Hubi inaad qortay lambarka oo dhan, tusaale ahaan 2012 586975 61.
duf-error-year = Lambarka DUF wuxuu ku bilaabmaa sannadka codsiga koowaad, laakiin { $year } halkan sannad suurtagal ah ma aha (la filayay { $min } ilaa { $max }). Hubi afarta god ee ugu horreeya.
