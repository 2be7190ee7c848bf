# Issue 9: the fullmektig, the parties, the letter as sent, and after sending.

## Who made the decision
ui-made-by-UDI-direct = UDI
ui-made-by-UNE = UNE (Utlendingsnemnda)
ui-made-by-help-title = Slik ser du kven som gjorde vedtaket
ui-made-by-help-letterhead = Brevhovudet og underskrifta: står det «Utlendingsdirektoratet» eller «UDI», eller namnet på ambassaden?
ui-made-by-help-sentence = Setninga som seier kven som avslo, til dømes «Utlendingsdirektoratet har avslått» eller «Ambassaden har avslått».
ui-made-by-help-instructions = Klagerettleiinga avgjer viss dei to første seier noko ulikt: står det at UNE avgjer klaga, er vedtaket frå UDI. Står det at UDI avgjer klaga, er vedtaket frå ambassaden eller politiet.
ui-made-by-help-abroad = Dei fleste avslag i utlandet er vedtak frå UDI som ambassaden berre leverer ut. Ikkje gjett ut frå landet.

## Case number, co-applicants and the reference person
ui-case-number = Saksnummer i vedtaket
ui-case-number-hint = Står ofte øvst i vedtaket. Finn du det ikkje, blir det skrive ei tom linje i brevet som du kan fylle ut for hand.
ui-co-applicants-legend = Andre som fekk avslag i same vedtak
ui-co-applicants-hint = Til dømes barn som søkte saman med deg. Alle kan klage i same brev, kvar med sitt DUF-nummer. Alle vaksne skriv under. For eit barn skriv den som har foreldreansvaret under.
ui-co-applicant-n = Søkjar { $n }
ui-co-applicant-birth-hint = Under 18 år: den som har foreldreansvaret skriv under for barnet.
ui-co-applicant-duf-hint = Personen sitt eige DUF-nummer, 12 siffer.
ui-co-applicant-add = Legg til ein søkjar til
ui-sponsor-legend = Referansepersonen
ui-sponsor-hint = Personen i Noreg som søknaden byggjer på. Namn og fødselsdato blir skrivne i klaga.

## The representative (fullmektig)
ui-rep-organisation-note = Fullmakta blir då gitt til { $org } ved { $name } («{ $org } v/ { $name }»).
ui-rep-fullmakt-follows = Fullmakta blir ettersend
ui-rep-fullmakt-follows-hint = Berre når søkjaren er i utlandet og ikkje rekk å skrive under før fristen. Brevet seier at den underskrivne fullmakta kjem seinare. Send ho så snart du har ho.
ui-rep-contact = adresse, telefon eller e-post
ui-rep-missing = Manglar: { $fields }. Brevet kan ikkje lagast utan dette, fordi UDI sender vedtak og brev til fullmektigen.
ui-rep-complete = Fullmektigen kan nåast.

## Optional requests in the klage
ui-requests-legend = Dette kan du òg be om i klaga
ui-request-innsyn-label = Be om innsyn i dokumenta i saka (forvaltningslova § 18)
ui-request-innsyn-hint = Innsyn stoppar ikkje klagefristen. Send klaga innan fristen, og be om innsyn i den same klaga.
ui-request-set-aside-label = Be subsidiært om at vedtaket blir oppheva og at saka blir send tilbake til ny behandling (forvaltningslova § 34)
ui-request-set-aside-hint = «Subsidiært» tyder: viss søknaden ikkje blir innvilga. Då kan saka bli vurdert på nytt.

## After sending
ui-sent-title = Etter at du har sendt
ui-sent-hint = Når klaga er send: skriv inn når og korleis. Det blir lagra med saka, og du får ein dato for å følgje opp.
ui-sent-date = Dato klaga vart send
ui-sent-channel = Korleis vart ho send?
ui-sent-receipt = Kvittering (valfritt)
ui-sent-receipt-hint = Til dømes nummeret på eit rekommandert brev, eller stadfestinga etter opplastinga.
ui-sent-save = Lagre: klaga er send
ui-sent-change = Endre
ui-sent-record = Send { $date }, { $channel }.
ui-sent-record-receipt = Kvittering: { $receipt }.
ui-sent-channel-udi_upload = lasta opp til UDI
ui-sent-channel-post = i posten
ui-sent-channel-police = levert til politiet
ui-sent-channel-embassy = levert til ambassaden slik vedtaket seier
ui-sent-channel-une_form = send med skjemaet til UNE
ui-sent-follow-up-title = Følg opp
ui-sent-follow-up-ics = Legg påminninga i kalenderen
ui-sent-no-follow-up-route = Vi har inga kjelde for når du kan vente svar her. Sjå «Kva skjer vidare» over.
ui-sent-no-follow-up = Det er ingen dato å følgje opp enno. Skriv først inn når klaga vart send.
ui-sent-ics-summary = Følg opp klaga hos UDI
ui-sent-error-date = «{ $value }» er ikkje ein gyldig dato. Skriv dagen klaga vart send, til dømes 2026-11-20.
ui-sent-error-future = { $date } er etter i dag. Skriv dagen klaga faktisk vart send.
ui-sent-error-channel = Vel korleis klaga vart send («{ $value }» er ukjend; gyldige verdiar: { $known }).
ui-err-letter-not-offered = Dette brevet kan ikkje lagast for denne saka.

## Letters after the klage
ui-after-letters-title = Brev du kan sende i tillegg
ui-after-write-pdf = Lag PDF
ui-after-last-day = Send seinast { $date }: tre veker etter at det nye vedtaket kom fram.
ui-after-utsatt-title = Oppmoding om utsett iverksetjing
ui-after-utsatt-explain = Eit eige brev som ber om at søkjaren får bli i Noreg medan klaga blir behandla (forvaltningslova § 42, utlendingslova § 90). Det kan sendast med ein gong, før klaga.
ui-after-utsatt-not-abroad = Berre når søkjaren er i Noreg.
ui-after-ettersending-title = Ettersending av dokumentasjon
ui-after-ettersending-explain = Dokument du sender etter klaga (forvaltningslova § 34). Etter ei førebels klage gir UDI etter praksisen sin to nye veker til dokumentasjonen.
ui-after-ettersending-not-sent = Skriv først inn at klaga er send.
ui-after-innsyn-title = Oppmoding om innsyn
ui-after-innsyn-explain = Be om å få sjå dokumenta i saka (forvaltningslova § 18). Innsyn stoppar ikkje klagefristen.
ui-after-costs-title = Krav om sakskostnader
ui-after-costs-explain = Er vedtaket endra til gunst for søkjaren, kan vesentlege kostnader som var naudsynte krevjast dekte, til dømes til advokat (forvaltningslova § 36). Kravet må sendast seinast tre veker etter at det nye vedtaket kom fram.
ui-after-costs-not-changed = Berre når vedtaket er endra til gunst for søkjaren. Skriv då inn datoen det nye vedtaket kom fram.
ui-after-costs-too-late = Fristen på tre veker etter det nye vedtaket er ute (forvaltningslova § 36).
ui-after-costs-changed-label = Dato det nye vedtaket kom fram, viss vedtaket er endra til gunst for søkjaren
ui-after-costs-changed-hint = Skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.

## Command line (klagehjelp sent)
cli-sent-write-failed = Kunne ikkje skrive { $path }: { $error }. Sjekk at mappa finst og at du har lov til å skrive der.
cli-sent-how = Slik registrerer du det: klagehjelp sent SAK --date ÅÅÅÅ-MM-DD --channel KANAL [--receipt TEKST]. Kanalar her: { $channels }.

## The day a changed decision arrived (fvl. § 36)
ui-changed-error-date = «{ $value }» er ikkje ein gyldig dato. Skriv dagen det nye vedtaket kom fram, til dømes 2027-02-01.
ui-changed-error-future = { $date } er etter i dag. Skriv dagen det nye vedtaket faktisk kom fram.
