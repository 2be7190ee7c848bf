## Ruter (src/routes.rs, klagehjelp route): kvar klaga skal, og kva som skjer etterpå.

route-title-udi = Klage på vedtak frå UDI
route-title-embassy = Klage på vedtak frå ein ambassade eller eit konsulat
route-title-police = Klage på vedtak frå politiet
route-title-une-omgjoring = Oppmoding til UNE om å gjere om vedtaket (omgjeringsoppmoding)
route-title-udi-omgjoring = Oppmoding til UDI om å endre sitt eige vedtak (fvl. § 35)
route-title-unsure = Kven gjorde vedtaket? Sjekk vedtaket først

route-udi-send-to-note = Klaga skal til UDI, som gjorde vedtaket (fvl. § 32 a). Postadressa er frå udi.no.
route-udi-omgjoring-send-to-note = Oppmodinga skal til UDI, som gjorde vedtaket (fvl. § 35).
route-embassy-send-to-note = Klaga skal til den same ambassaden eller det same konsulatet som gjorde vedtaket, slik avslagsbrevet seier. Klagehjelp kjenner ikkje adressa.
route-embassy-send-to-unnamed = Ambassaden eller konsulatet som gjorde vedtaket
route-police-send-to-note = Klaga skal til politidistriktet som gjorde vedtaket (fvl. § 32 a), slik vedtaket seier. Klagehjelp kjenner inga kontrollert adresse til politiet.
route-police-send-to-unnamed = Politidistriktet som gjorde vedtaket
route-une-omgjoring-send-to-note = Oppmodinga skal til UNE. Klagehjelp kjenner ikkje postadressa til UNE; bruk skjemaet til UNE på nett.

route-udi-channel-udi-upload = Skriv under brevet, skann det eller ta bilete av det, og last det opp i skjemaet til UDI for innsending av dokument. Adressa til skjemaet (www.udi.no/document) er henta frå ein kopi av skjemaet til UDI; sjekk henne på udi.no.
route-udi-omgjoring-channel-udi-upload = Skriv under brevet, skann det eller ta bilete av det, og last det opp i skjemaet til UDI for innsending av dokument. Adressa til skjemaet (www.udi.no/document) er henta frå ein kopi av skjemaet til UDI; sjekk henne på udi.no.
route-udi-channel-udi-police = Eller lever det underskrivne brevet til politiet.
route-udi-channel-udi-post = Eller send det i posten til UDI. Eit brev i posten er i tide om det er levert til posten før fristen går ut (fvl. § 30).
route-udi-omgjoring-channel-udi-post = Eller send det i posten til UDI.
route-udi-channel-udi-edialog = Advokatar sender klaga i eDialog: éi klage per vedtak, til UDI.
route-udi-channel-no-fee = Det kostar ingenting å klage.
route-embassy-channel-embassy-as-letter-says = Lever klaga til ambassaden eller konsulatet som gjorde vedtaket, slik avslagsbrevet seier. Les i avslagsbrevet korleis ho skal sendast.
route-embassy-channel-embassy-not-udi-upload = Ikkje last henne opp til UDI, og ikkje send henne i posten til UDI i Oslo: ei klage på eit vedtak frå ein ambassade skal til ambassaden.
route-police-channel-police-as-letter-says = Send eller lever klaga til politidistriktet som gjorde vedtaket, slik vedtaket seier.
route-une-omgjoring-channel-une-form = Bruk skjemaet til UNE på nett, «Be om omgjøring» (une.no). Oppmodinga må vere skriftleg, på norsk eller engelsk.
route-une-omgjoring-channel-une-new-information = UNE ber som hovudregel om nye og relevante opplysningar eller nye dokument. Legg ved det som er nytt.
route-une-omgjoring-channel-une-no-address = Klagehjelp kjenner ikkje postadressa til UNE. Ikkje bruk ei gammal adresse frå andre nettsider.

route-udi-prepares-udi = UDI ser på saka på nytt og kan sjølv endre vedtaket (fvl. § 33).
route-udi-decides-une = Endrar ikkje UDI vedtaket, avgjer UNE (Utlendingsnemnda) klaga (utl. § 76).
route-embassy-prepares-embassy = Ambassaden ser på saka på nytt. Han kan innvilge søknaden eller sende klaga til UDI.
route-embassy-decides-udi = UDI avgjer klaga (utl. § 76).
route-police-prepares-police = Politiet ser på saka på nytt og kan endre vedtaket; elles sender dei klaga til UDI (fvl. § 33).
route-police-decides-udi = UDI avgjer klaga (utl. § 76).
route-une-omgjoring-prepares-une = UNE les oppmodinga.
route-une-omgjoring-decides-une = UNE avgjer. Det er ikkje høve til å klage vidare.
route-udi-omgjoring-prepares-udi = UDI les oppmodinga.
route-udi-omgjoring-decides-udi-may = UDI kan endre sitt eige vedtak når endringa ikkje er til skade for nokon (fvl. § 35 første ledd a), men UDI har ikkje plikt til å vurdere oppmodinga.

route-udi-step-udi-receipt = Når UDI har fått klaga, får du melding på e-post eller SMS.
route-udi-step-udi-follow-up = UDI svarer på brev innan tre veker. Har du ikkje høyrt noko innan { $date }, kontakt UDI og spør.
route-udi-omgjoring-step-udi-follow-up = UDI svarer på brev innan tre veker. Har du ikkje høyrt noko innan { $date }, kontakt UDI og spør.
route-udi-step-udi-reviews = UDI ser på saka på nytt. Ingen kjelde seier kor lang tid dette tek.
route-udi-step-udi-sends-to-une = Endrar ikkje UDI vedtaket, sender UDI saka til UNE og gir deg melding på e-post eller SMS. UNE sender melding om at klaga er motteken, med venta ventetid.
route-udi-step-une-considers = UNE avgjer; minst to personar ser alltid på saka. I { $year } brukte UNE i gjennomsnitt { $days } dagar på klager i familieinnvandringssaker ({ $previous_days } dagar i { $previous_year }).
route-step-provisional-documents = Etter ei førebels klage gir UDI vanlegvis ein ny frist på { $days } dagar (to veker) til dokumenta. Dette er praksis, ikkje ein rett.
route-embassy-step-embassy-reviews = Ambassaden ser på saka på nytt. Han kan innvilge søknaden eller sende klaga til UDI.
route-embassy-step-embassy-waiting = Sjå nettsidene til ambassaden for ventetider.
route-embassy-step-udi-decides-unknown-time = UDI avgjer klaga. Ingen kjelde seier kor lang tid UDI brukar.
route-police-step-police-reviews = Politiet ser på saka på nytt. Endrar dei ikkje vedtaket, sender dei klaga til UDI.
route-police-step-udi-decides-unknown-time = UDI avgjer klaga. Ingen kjelde seier kor lang tid UDI brukar.
route-une-omgjoring-step-une-omgjoring-waiting = Ifølgje nettsida til UNE blir dei fleste omgjeringsoppmodingane som ikkje gjeld asyl, handsama innan { $months } månader (sida blir oppdatert kvar månad).
route-une-omgjoring-step-une-omgjoring-priority = UNE handsamar slike oppmodingar etter klager, så dei kan ta lengre tid.
route-udi-omgjoring-step-udi-omgjoring-may = UDI kan endre vedtaket, men har ikkje plikt til å vurdere oppmodinga. Korleis UDI handsamar slike oppmodingar, er ikkje kjent.

route-udi-last-une-final = Vedtaket til UNE er endeleg: avslår UNE, kan du ikkje klage igjen. Du kan då be UNE om å gjere om vedtaket, søkje på nytt eller klage til Sivilombodet.
route-embassy-last-udi-final = Viss UDI også avslår, har du ikkje fleire klagemoglegheiter. Du kan søkje på nytt eller klage til Sivilombodet.
route-police-last-udi-final-police = Avslår UDI også, er vedtaket endeleg. Du kan søkje på nytt eller klage til Sivilombodet.
route-une-omgjoring-last-une-omgjoring-final = Du kan ikkje klage igjen. Moglegheitene er ein ny søknad, Sivilombodet (gratis, innan eitt år etter det endelege vedtaket: innan { $date }; ombodet kan ikkje endre vedtaket), eller søksmål for domstolane (krev advokat og er dyrt).
route-udi-omgjoring-last-udi-omgjoring-else = Endrar ikkje UDI vedtaket, kan også UNE endre det på same grunnlag (fvl. § 35 andre ledd). Ein ny søknad går ofte raskare.

route-also-late-klage = Ei klage etter fristen (fvl. § 31) kan likevel bli handsama om du ikkje kan lastast for forseinkinga, eller det er særlege grunnar. Siste dag er { $date }, eitt år etter vedtaket.
route-also-new-application = Ein ny søknad er ofte raskare.
route-also-utsatt-letter = Klagehjelp kan skrive ei eiga oppmoding om utsett iverksetjing (å få bli i Noreg medan klaga blir handsama), som du kan sende med ein gong, før klaga.

route-warning-made-by-unsure = Sjekk i vedtaket kven som gjorde det: brevhovudet og underskrifta (UDI eller ambassaden), setninga som seier kven som avslo («Utlendingsdirektoratet har …» eller «Ambassaden har …»), og klagerettleiinga. Står det at UNE avgjer ei klage, er vedtaket frå UDI; står det UDI, er det frå ambassaden eller politiet. Adresser klaga slik klagerettleiinga seier. Begge moglege ruter er viste nedanfor.
route-warning-check-made-by = Mange avslag som blir leverte ut av ein ambassade eller politiet, er vedtak frå UDI. Sjekk i vedtaket kven som gjorde det: står det i klagerettleiinga at UNE avgjer ei klage, er vedtaket frå UDI, og klaga skal adresserast til UDI.
route-warning-address-unknown = Klagehjelp kjenner ikkje denne adressa. Skriv henne frå vedtaket, eller spør korleis klaga skal leverast.
route-warning-earlier-stated-deadline = Fristen som står i vedtaket, og fristen etter lova er ulike, og den tidlegaste ({ $date }) er passert. Send klaga i dag. Brevet oppgir dagen du fekk vedtaket, og ber subsidiært om handsaming etter fvl. § 31.
route-warning-deadline-passed = Klagefristen ({ $date }) er ute. Ei klage etter fristen kan likevel bli handsama etter fvl. § 31: forklar kvifor ho kjem for seint, og send henne så snart du kan.
route-warning-one-year-passed = Det har gått meir enn eitt år sidan vedtaket (grensa var { $date }), så ei klage kan ikkje lenger bli handsama (fvl. § 31 tredje ledd). Moglegheitene er ei oppmoding om å endre vedtaket, eller ein ny søknad.
route-warning-provisional-recommended = Det er kort tid att (fristen er { $date }). Har du ikkje alt enno, send ei førebels klage no og dokumenta seinare.
route-warning-electronic-notice = Vedtaket kom elektronisk: fristen går frå vedtaket vart gjort tilgjengeleg og varselet vart sendt, ikkje frå du opna det.
route-warning-fullmakt-follows = Den underskrivne fullmakta skal ettersendast. Send henne så snart du kan: ein fullmektig som ikkje er advokat, må leggje fram skriftleg fullmakt (fvl. § 12).
route-warning-deferral-une = Vil du bli i Noreg medan UNE vurderer oppmodinga, be om utsett iverksetjing i oppmodinga. UNE avgjer om du får det.
route-warning-renewal-right-to-stay = Du har rett til å vere i Noreg under klagehandsaminga utan å søkje berre om alle tre gjeld: søknaden som vart avslått, var ei fornying på same grunnlag, han vart levert minst éin månad før den førre løyvet gjekk ut, og klaga blir send innan fristen. Er du ikkje sikker på alle tre, be om utsett iverksetjing med ein gong.
route-warning-deferral-48h = Send ei oppmoding om utsett iverksetjing med ein gong. Eit avslag på eit første løyve kan setjast i verk frå 48 timar etter at du fekk vedtaket (utl. § 90). Du kan be om det seinare òg, men di før, di betre. Dette er ikkje ein frist for klaga.
route-warning-exit-deadline = Avslaget set ein utreisefrist, vanlegvis 7 til 30 dagar. Sjølve utreisefristen kan ikkje klagast på, men du kan be politidistriktet der du bur, om å forlengje han. Får du avslag på utsett iverksetjing, må du reise ut av Noreg innan fristen; klaga held fram medan du er i utlandet.
route-warning-deferral-abroad = Saka seier at søkjaren er utanfor Noreg. Utsett iverksetjing handlar om å få bli i Noreg, så brevet tek ikkje med oppmodinga. Endre svaret om søkjaren er i Noreg.
route-warning-abroad-send-early = Frå utlandet: last opp klaga før fristen (eller lever henne på ambassaden før fristen, når ambassaden gjorde vedtaket), og ta vare på kvitteringa. Det er ikkje kjent om eit utanlandsk postkontor tel for fristen.
route-warning-in-norway-unknown = Saka seier ikkje om søkjaren er i Noreg. Utsett iverksetjing har berre noko å seie i Noreg: svar på spørsmålet, så blir brevet rett.

route-cli-made-by-given = Vedtaket er gjort av: { $who } (frå vedtaket)
route-cli-made-by-derived = Vedtaket er gjort av: { $who } (henta frå styresmakta du oppgav; sjekk det i vedtaket)
route-cli-letter = Brev: { $kind } (klagehjelp letter)
route-cli-letter-none = Brev: ikkje enno (finn først ut kven som gjorde vedtaket)
route-cli-deadline = Fristen du må halde: { $date }
route-cli-send-to = Send til
route-cli-address-unknown = (Klagehjelp kjenner ikkje adressa)
route-cli-channels = Slik sender du
route-cli-who = Kven ser på saka, og kven avgjer
route-cli-next = Kva skjer vidare
route-cli-last = Det siste steget
route-cli-also = Andre moglegheiter
route-cli-warnings = Pass på
route-cli-sources = Kjelder
route-cli-candidates = Det kan vere ei av desse rutene:
route-cli-read-failed = Kunne ikkje lese saksfila { $path }: { $error }. Sjekk at fila finst.
route-made-by-UDI = UDI
route-made-by-embassy = ein ambassade eller eit konsulat
route-made-by-police = politiet
route-made-by-UNE = UNE
route-made-by-unsure = usikkert
route-cli-made-by-unsure = Vedtaket er gjort av: ikkje kjent enno (sjå nedanfor kva du skal sjekke i vedtaket)
route-warning-send-as-decision-says = UDI gjorde vedtaket, og ambassaden eller politiet leverte det ut. Adresser klaga til UDI, og send henne slik vedtaket seier (til dømes gjennom ambassaden). Ta vare på det som viser kva dag du leverte henne.
