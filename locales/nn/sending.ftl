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
