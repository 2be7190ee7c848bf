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
