## Ruter (src/routes.rs, klagehjelp route): hvor klagen skal, og hva som skjer etterpå.

route-title-udi = Klage på vedtak fra UDI
route-title-embassy = Klage på vedtak fra en ambassade eller et konsulat
route-title-police = Klage på vedtak fra politiet
route-title-une-omgjoring = Anmodning til UNE om å omgjøre vedtaket (omgjøringsanmodning)
route-title-udi-omgjoring = Anmodning til UDI om å endre sitt eget vedtak (fvl. § 35)
route-title-unsure = Hvem traff vedtaket? Sjekk vedtaket først

route-udi-send-to-note = Klagen skal til UDI, som traff vedtaket (fvl. § 32 a). Postadressen er fra udi.no.
route-udi-omgjoring-send-to-note = Anmodningen skal til UDI, som traff vedtaket (fvl. § 35).
route-embassy-send-to-note = Klagen skal til den samme ambassaden eller det samme konsulatet som traff vedtaket, slik avslagsbrevet sier. Klagehjelp kjenner ikke adressen.
route-embassy-send-to-unnamed = Ambassaden eller konsulatet som traff vedtaket
route-police-send-to-note = Klagen skal til politidistriktet som traff vedtaket (fvl. § 32 a), slik vedtaket sier. Klagehjelp kjenner ingen kontrollert adresse til politiet.
route-police-send-to-unnamed = Politidistriktet som traff vedtaket
route-une-omgjoring-send-to-note = Anmodningen skal til UNE. Klagehjelp kjenner ikke UNEs postadresse; bruk UNEs skjema på nett.

route-udi-channel-udi-upload = Skriv under brevet, skann det eller ta bilde av det, og last det opp i UDIs skjema for innsending av dokumenter. Adressen til skjemaet (www.udi.no/document) er hentet fra en kopi av UDIs skjema; sjekk den på udi.no.
route-udi-omgjoring-channel-udi-upload = Skriv under brevet, skann det eller ta bilde av det, og last det opp i UDIs skjema for innsending av dokumenter. Adressen til skjemaet (www.udi.no/document) er hentet fra en kopi av UDIs skjema; sjekk den på udi.no.
route-udi-channel-udi-police = Eller lever det underskrevne brevet til politiet.
route-udi-channel-udi-post = Eller send det i posten til UDI. Et brev i posten er i tide hvis det er levert til posten før fristen går ut (fvl. § 30).
route-udi-omgjoring-channel-udi-post = Eller send det i posten til UDI.
route-udi-channel-udi-edialog = Advokater sender klagen i eDialog: én klage per vedtak, til UDI.
route-udi-channel-no-fee = Det koster ingenting å klage.
route-embassy-channel-embassy-as-letter-says = Lever klagen til ambassaden eller konsulatet som traff vedtaket, slik avslagsbrevet sier. Les i avslagsbrevet hvordan den skal sendes.
route-embassy-channel-embassy-not-udi-upload = Ikke last den opp til UDI, og ikke send den i posten til UDI i Oslo: en klage på et vedtak fra en ambassade skal til ambassaden.
route-police-channel-police-as-letter-says = Send eller lever klagen til politidistriktet som traff vedtaket, slik vedtaket sier.
route-une-omgjoring-channel-une-form = Bruk UNEs skjema på nett, «Be om omgjøring» (une.no). Anmodningen må være skriftlig, på norsk eller engelsk.
route-une-omgjoring-channel-une-new-information = UNE ber som hovedregel om nye og relevante opplysninger eller nye dokumenter. Legg ved det som er nytt.
route-une-omgjoring-channel-une-no-address = Klagehjelp kjenner ikke UNEs postadresse. Ikke bruk en gammel adresse fra andre nettsider.

route-udi-prepares-udi = UDI ser på saken på nytt og kan selv endre vedtaket (fvl. § 33).
route-udi-decides-une = Endrer ikke UDI vedtaket, avgjør UNE (Utlendingsnemnda) klagen (utl. § 76).
route-embassy-prepares-embassy = Ambassaden ser på saken på nytt. Den kan innvilge søknaden eller sende klagen til UDI.
route-embassy-decides-udi = UDI avgjør klagen (utl. § 76).
route-police-prepares-police = Politiet ser på saken på nytt og kan endre vedtaket; ellers sender de klagen til UDI (fvl. § 33).
route-police-decides-udi = UDI avgjør klagen (utl. § 76).
route-une-omgjoring-prepares-une = UNE leser anmodningen.
route-une-omgjoring-decides-une = UNE avgjør. Det er ingen ny klageadgang.
route-udi-omgjoring-prepares-udi = UDI leser anmodningen.
route-udi-omgjoring-decides-udi-may = UDI kan endre sitt eget vedtak når endringen ikke er til skade for noen (fvl. § 35 første ledd a), men UDI har ikke plikt til å vurdere anmodningen.

route-udi-step-udi-receipt = Når UDI har mottatt klagen, får du beskjed på e-post eller SMS.
route-udi-step-udi-follow-up = UDI svarer på brev innen tre uker. Har du ikke hørt noe innen { $date }, kontakt UDI og spør.
route-udi-omgjoring-step-udi-follow-up = UDI svarer på brev innen tre uker. Har du ikke hørt noe innen { $date }, kontakt UDI og spør.
route-udi-step-udi-reviews = UDI ser på saken på nytt. Ingen kilde sier hvor lang tid dette tar.
route-udi-step-udi-sends-to-une = Endrer ikke UDI vedtaket, sender UDI saken til UNE og gir deg beskjed på e-post eller SMS. UNE sender beskjed om at klagen er mottatt, med forventet ventetid.
route-udi-step-une-considers = UNE avgjør; minst to personer ser alltid på saken. I { $year } brukte UNE i gjennomsnitt { $days } dager på klager i familieinnvandringssaker ({ $previous_days } dager i { $previous_year }).
route-step-provisional-documents = Etter en foreløpig klage gir UDI vanligvis en ny frist på { $days } dager (to uker) til dokumentene. Dette er praksis, ikke en rettighet.
route-embassy-step-embassy-reviews = Ambassaden ser på saken på nytt. Den kan innvilge søknaden eller sende klagen til UDI.
route-embassy-step-embassy-waiting = Se ambassadens nettsider for ventetider.
route-embassy-step-udi-decides-unknown-time = UDI avgjør klagen. Ingen kilde sier hvor lang tid UDI bruker.
route-police-step-police-reviews = Politiet ser på saken på nytt. Endrer de ikke vedtaket, sender de klagen til UDI.
route-police-step-udi-decides-unknown-time = UDI avgjør klagen. Ingen kilde sier hvor lang tid UDI bruker.
route-une-omgjoring-step-une-omgjoring-waiting = Ifølge UNEs nettside blir de fleste omgjøringsanmodninger som ikke gjelder asyl, behandlet innen { $months } måneder (siden oppdateres hver måned).
route-une-omgjoring-step-une-omgjoring-priority = UNE behandler slike anmodninger etter klager, så de kan ta lengre tid.
route-udi-omgjoring-step-udi-omgjoring-may = UDI kan endre vedtaket, men har ikke plikt til å vurdere anmodningen. Hvordan UDI behandler slike anmodninger, er ikke kjent.

route-udi-last-une-final = UNEs vedtak er endelig: avslår UNE, kan du ikke klage igjen. Du kan da be UNE om å omgjøre vedtaket, søke på nytt eller klage til Sivilombudet.
route-embassy-last-udi-final = Avslår UDI også, kan du ikke klage igjen. Du kan søke på nytt eller klage til Sivilombudet.
route-police-last-udi-final-police = Avslår UDI også, er vedtaket endelig. Du kan søke på nytt eller klage til Sivilombudet.
route-une-omgjoring-last-une-omgjoring-final = Du kan ikke klage igjen. Mulighetene er en ny søknad, Sivilombudet (gratis, innen ett år etter det endelige vedtaket: innen { $date }; ombudet kan ikke endre vedtaket), eller søksmål for domstolene (krever advokat og er dyrt).
route-udi-omgjoring-last-udi-omgjoring-else = Endrer ikke UDI vedtaket, kan også UNE endre det på samme grunnlag (fvl. § 35 andre ledd). En ny søknad går ofte raskere.

route-also-late-klage = En klage etter fristen (fvl. § 31) kan likevel bli behandlet hvis du ikke kan lastes for forsinkelsen, eller det er særlige grunner. Siste dag er { $date }, ett år etter vedtaket.
route-also-new-application = En ny søknad er ofte raskere.
route-also-utsatt-letter = Klagehjelp kan skrive en egen anmodning om utsatt iverksettelse (å få bli i Norge mens klagen behandles), som du kan sende med en gang, før klagen.

route-warning-made-by-unsure = Sjekk i vedtaket hvem som traff det: brevhodet og underskriften (UDI eller ambassaden), setningen som sier hvem som avslo («Utlendingsdirektoratet har …» eller «Ambassaden har …»), og klageveiledningen. Står det at UNE avgjør en klage, er vedtaket fra UDI; står det UDI, er det fra ambassaden eller politiet. Adresser klagen slik klageveiledningen sier. Begge mulige ruter vises nedenfor.
route-warning-check-made-by = Mange avslag som leveres ut av en ambassade eller politiet, er vedtak fra UDI. Sjekk i vedtaket hvem som traff det: står det i klageveiledningen at UNE avgjør en klage, er vedtaket fra UDI, og klagen skal adresseres til UDI.
route-warning-address-unknown = Klagehjelp kjenner ikke denne adressen. Skriv den fra vedtaket, eller spør hvordan klagen skal leveres.
route-warning-earlier-stated-deadline = Fristen som står i vedtaket, og fristen etter loven er ulike, og den tidligste ({ $date }) er passert. Send klagen i dag. Brevet oppgir dagen du mottok vedtaket, og ber subsidiært om behandling etter fvl. § 31.
route-warning-deadline-passed = Klagefristen ({ $date }) er ute. En klage etter fristen kan likevel behandles etter fvl. § 31: forklar hvorfor den kommer for sent, og send den så snart du kan.
route-warning-one-year-passed = Det har gått mer enn ett år siden vedtaket (grensen var { $date }), så en klage kan ikke lenger behandles (fvl. § 31 tredje ledd). Mulighetene er en anmodning om å endre vedtaket, eller en ny søknad.
route-warning-provisional-recommended = Det er kort tid igjen (fristen er { $date }). Har du ikke alt ennå, send en foreløpig klage nå og dokumentene senere.
route-warning-electronic-notice = Vedtaket kom elektronisk: fristen løper fra vedtaket ble gjort tilgjengelig og varselet ble sendt, ikke fra du åpnet det.
route-warning-fullmakt-follows = Den underskrevne fullmakten skal ettersendes. Send den så snart du kan: en fullmektig som ikke er advokat, må legge fram skriftlig fullmakt (fvl. § 12).
route-warning-deferral-une = Vil du bli i Norge mens UNE vurderer anmodningen, be om utsatt iverksettelse i anmodningen. UNE avgjør om du får det.
route-warning-renewal-right-to-stay = Du har rett til å være i Norge under klagebehandlingen uten å søke bare hvis alle tre gjelder: søknaden som ble avslått, var en fornyelse på samme grunnlag, den ble levert minst én måned før den forrige tillatelsen gikk ut, og klagen sendes innen fristen. Er du ikke sikker på alle tre, be om utsatt iverksettelse med en gang.
route-warning-deferral-48h = Send en anmodning om utsatt iverksettelse med en gang. Et avslag på en første tillatelse kan iverksettes fra 48 timer etter at du mottok vedtaket (utl. § 90). Du kan be om det senere også, men jo før, jo bedre. Dette er ikke en frist for klagen.
route-warning-exit-deadline = Avslaget setter en utreisefrist, vanligvis 7 til 30 dager. Selve utreisefristen kan ikke påklages, men du kan be politidistriktet der du bor, om å forlenge den. Får du avslag på utsatt iverksettelse, må du reise ut av Norge innen fristen; klagen fortsetter mens du er i utlandet.
route-warning-deferral-abroad = Saken sier at søkeren er utenfor Norge. Utsatt iverksettelse handler om å få bli i Norge, så brevet tar ikke med anmodningen. Endre svaret hvis søkeren er i Norge.
route-warning-abroad-send-early = Fra utlandet: last opp klagen før fristen (eller lever den på ambassaden før fristen, når ambassaden traff vedtaket), og ta vare på kvitteringen. Det er ikke kjent om et utenlandsk postkontor teller for fristen.
route-warning-in-norway-unknown = Saken sier ikke om søkeren er i Norge. Utsatt iverksettelse har bare betydning i Norge: svar på spørsmålet, så blir brevet riktig.

route-cli-made-by-given = Vedtaket er truffet av: { $who } (fra vedtaket)
route-cli-made-by-derived = Vedtaket er truffet av: { $who } (hentet fra myndigheten du oppga; sjekk det i vedtaket)
route-cli-letter = Brev: { $kind } (klagehjelp letter)
route-cli-letter-none = Brev: ikke ennå (finn først ut hvem som traff vedtaket)
route-cli-deadline = Fristen du må holde: { $date }
route-cli-send-to = Send til
route-cli-address-unknown = (Klagehjelp kjenner ikke adressen)
route-cli-channels = Slik sender du
route-cli-who = Hvem ser på saken, og hvem avgjør
route-cli-next = Hva skjer videre
route-cli-last = Det siste steget
route-cli-also = Andre muligheter
route-cli-warnings = Pass på
route-cli-sources = Kilder
route-cli-candidates = Det kan være en av disse rutene:
route-cli-read-failed = Kunne ikke lese saksfilen { $path }: { $error }. Sjekk at filen finnes.
route-made-by-UDI = UDI
route-made-by-embassy = en ambassade eller et konsulat
route-made-by-police = politiet
route-made-by-UNE = UNE
route-made-by-unsure = usikkert
route-cli-made-by-unsure = Vedtaket er truffet av: ikke kjent ennå (se nedenfor hva du skal sjekke i vedtaket)
route-warning-send-as-decision-says = UDI traff vedtaket, og ambassaden eller politiet leverte det ut. Adresser klagen til UDI, og send den slik vedtaket sier (for eksempel gjennom ambassaden). Ta vare på det som viser hvilken dag du leverte den.
