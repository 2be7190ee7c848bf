# Issue 9: the fullmektig, the parties, the letter as sent, and after sending.

## Who made the decision
ui-made-by-UDI-direct = UDI
ui-made-by-UNE = UNE (Utlendingsnemnda)
ui-made-by-help-title = Slik ser du hvem som traff vedtaket
ui-made-by-help-letterhead = Brevhodet og underskriften: står det «Utlendingsdirektoratet» eller «UDI», eller navnet på ambassaden?
ui-made-by-help-sentence = Setningen som sier hvem som avslo, for eksempel «Utlendingsdirektoratet har avslått» eller «Ambassaden har avslått».
ui-made-by-help-instructions = Klageveiledningen avgjør hvis de to første sier noe ulikt: står det at UNE avgjør klagen, er vedtaket fra UDI. Står det at UDI avgjør klagen, er vedtaket fra ambassaden eller politiet.
ui-made-by-help-abroad = De fleste avslag i utlandet er vedtak fra UDI som ambassaden bare leverer ut. Gjett ikke ut fra landet.

## Case number, co-applicants and the reference person
ui-case-number = Saksnummer i vedtaket
ui-case-number-hint = Står ofte øverst i vedtaket. Finner du det ikke, skrives en tom linje i brevet som du kan fylle inn for hånd.
ui-co-applicants-legend = Andre som fikk avslag i samme vedtak
ui-co-applicants-hint = For eksempel barn som søkte sammen med deg. Alle kan klage i samme brev, hver med sitt DUF-nummer. Alle voksne skriver under. For et barn skriver den som har foreldreansvaret under.
ui-co-applicant-n = Søker { $n }
ui-co-applicant-birth-hint = Under 18 år: den som har foreldreansvaret skriver under for barnet.
ui-co-applicant-duf-hint = Personens eget DUF-nummer, 12 siffer.
ui-co-applicant-add = Legg til en søker til
ui-sponsor-legend = Referansepersonen
ui-sponsor-hint = Personen i Norge som søknaden bygger på. Navn og fødselsdato skrives i klagen.

## The representative (fullmektig)
ui-rep-organisation-note = Fullmakten gis da til { $org } ved { $name } («{ $org } v/ { $name }»).
ui-rep-fullmakt-follows = Fullmakten ettersendes
ui-rep-fullmakt-follows-hint = Bare når søkeren er i utlandet og ikke rekker å skrive under før fristen. Brevet sier at den underskrevne fullmakten kommer senere. Send den så snart du har den.
ui-rep-contact = adresse, telefon eller e-post
ui-rep-missing = Mangler: { $fields }. Brevet kan ikke lages uten dette, fordi UDI sender vedtak og brev til fullmektigen.
ui-rep-complete = Fullmektigen kan nås.

## Optional requests in the klage
ui-requests-legend = Dette kan du også be om i klagen
ui-request-innsyn-label = Be om innsyn i dokumentene i saken (forvaltningsloven § 18)
ui-request-innsyn-hint = Innsyn stopper ikke klagefristen. Send klagen innen fristen, og be om innsyn i den samme klagen.
ui-request-set-aside-label = Be subsidiært om at vedtaket oppheves og at saken sendes tilbake til ny behandling (forvaltningsloven § 34)
ui-request-set-aside-hint = «Subsidiært» betyr: hvis søknaden ikke blir innvilget. Da kan saken bli vurdert på nytt.

## After sending
ui-sent-title = Etter at du har sendt
ui-sent-hint = Når klagen er sendt: skriv inn når og hvordan. Det lagres med saken, og du får en dato for å følge opp.
ui-sent-date = Dato klagen ble sendt
ui-sent-channel = Hvordan ble den sendt?
ui-sent-receipt = Kvittering (valgfritt)
ui-sent-receipt-hint = For eksempel nummeret på et rekommandert brev, eller bekreftelsen etter opplastingen.
ui-sent-save = Lagre: klagen er sendt
ui-sent-change = Endre
ui-sent-record = Sendt { $date }, { $channel }.
ui-sent-record-receipt = Kvittering: { $receipt }.
ui-sent-channel-udi_upload = lastet opp til UDI
ui-sent-channel-post = i posten
ui-sent-channel-police = levert til politiet
ui-sent-channel-embassy = levert til ambassaden slik vedtaket sier
ui-sent-channel-une_form = sendt med UNEs skjema
ui-sent-follow-up-title = Følg opp
ui-sent-follow-up-ics = Legg påminnelsen i kalenderen
ui-sent-no-follow-up-route = Vi har ingen kilde for når du kan vente svar her. Se «Hva skjer videre» over.
ui-sent-no-follow-up = Det er ingen dato å følge opp ennå. Skriv først inn når klagen ble sendt.
ui-sent-ics-summary = Følg opp klagen hos UDI
ui-sent-error-date = «{ $value }» er ikke en gyldig dato. Skriv dagen klagen ble sendt, for eksempel 2026-11-20.
ui-sent-error-future = { $date } er etter i dag. Skriv dagen klagen faktisk ble sendt.
ui-sent-error-channel = Velg hvordan klagen ble sendt («{ $value }» er ukjent; gyldige verdier: { $known }).
ui-err-letter-not-offered = Dette brevet kan ikke lages for denne saken.

## Letters after the klage
ui-after-letters-title = Brev du kan sende i tillegg
ui-after-write-pdf = Lag PDF
ui-after-last-day = Send senest { $date }: tre uker etter at det nye vedtaket kom fram.
ui-after-utsatt-title = Anmodning om utsatt iverksettelse
ui-after-utsatt-explain = Et eget brev som ber om at søkeren får bli i Norge mens klagen behandles (forvaltningsloven § 42, utlendingsloven § 90). Det kan sendes med en gang, før klagen.
ui-after-utsatt-not-abroad = Bare når søkeren er i Norge.
ui-after-ettersending-title = Ettersending av dokumentasjon
ui-after-ettersending-explain = Dokumenter du sender etter klagen (forvaltningsloven § 34). Etter en foreløpig klage gir UDI etter sin praksis to nye uker til dokumentasjonen.
ui-after-ettersending-not-sent = Skriv først inn at klagen er sendt.
ui-after-innsyn-title = Anmodning om innsyn
ui-after-innsyn-explain = Be om å få se dokumentene i saken (forvaltningsloven § 18). Innsyn stopper ikke klagefristen.
ui-after-costs-title = Krav om sakskostnader
ui-after-costs-explain = Er vedtaket endret til gunst for søkeren, kan vesentlige kostnader som var nødvendige kreves dekket, for eksempel til advokat (forvaltningsloven § 36). Kravet må sendes senest tre uker etter at det nye vedtaket kom fram.
ui-after-costs-not-changed = Bare når vedtaket er endret til gunst for søkeren. Skriv da inn datoen det nye vedtaket kom fram.
ui-after-costs-too-late = Fristen på tre uker etter det nye vedtaket er ute (forvaltningsloven § 36).
ui-after-costs-changed-label = Dato det nye vedtaket kom fram, hvis vedtaket er endret til gunst for søkeren
ui-after-costs-changed-hint = Skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.

## Command line (klagehjelp sent)
cli-sent-write-failed = Kunne ikke skrive { $path }: { $error }. Sjekk at mappen finnes og at du har lov til å skrive der.
cli-sent-how = Slik registrerer du det: klagehjelp sent SAK --date ÅÅÅÅ-MM-DD --channel KANAL [--receipt TEKST]. Kanaler her: { $channels }.

## The day a changed decision arrived (fvl. § 36)
ui-changed-error-date = «{ $value }» er ikke en gyldig dato. Skriv dagen det nye vedtaket kom fram, for eksempel 2027-02-01.
ui-changed-error-future = { $date } er etter i dag. Skriv dagen det nye vedtaket faktisk kom fram.
