# Issue 9: the fullmektig, the parties, the letter as sent, and after sending.

## Who made the decision
ui-made-by-UDI-direct = UDI
ui-made-by-UNE = UNE (the Immigration Appeals Board)
ui-made-by-help-title = How to tell who made the decision
ui-made-by-help-letterhead = The letterhead and the signature: do they say "Utlendingsdirektoratet" or "UDI", or the name of the embassy?
ui-made-by-help-sentence = The sentence that says who refused, for example "Utlendingsdirektoratet har avslått" (UDI has refused) or "Ambassaden har avslått" (the embassy has refused).
ui-made-by-help-instructions = If these two disagree, the klage instructions decide: if they say UNE decides the klage, UDI made the decision. If they say UDI decides the klage, the embassy or the police made it.
ui-made-by-help-abroad = Most refusals abroad are UDI decisions that the embassy only hands out. Do not guess from the country.

## Case number, co-applicants and the reference person
ui-case-number = Case number in the decision (saksnummer)
ui-case-number-hint = Often at the top of the decision. If you cannot find it, the letter has a blank line you can fill in by hand.
ui-co-applicants-legend = Others refused in the same decision
ui-co-applicants-hint = For example children who applied with you. All can appeal in the same letter, each with their own DUF number. Every adult signs. For a child, the person with parental responsibility signs.
ui-co-applicant-n = Applicant { $n }
ui-co-applicant-birth-hint = Under 18: the person with parental responsibility signs for the child.
ui-co-applicant-duf-hint = The person's own DUF number, 12 digits.
ui-co-applicant-add = Add another applicant
ui-sponsor-legend = The reference person (sponsor)
ui-sponsor-hint = The person in Norway the application is based on. The name and date of birth are printed in the klage.

## The representative (fullmektig)
ui-rep-organisation-note = The power of attorney is then given to { $org }, by { $name } ("{ $org } v/ { $name }").
ui-rep-fullmakt-follows = The power of attorney will be sent later
ui-rep-fullmakt-follows-hint = Only when the applicant is abroad and cannot sign before the deadline. The letter says that the signed power of attorney will follow. Send it as soon as you have it.
ui-rep-contact = address, phone or e-mail
ui-rep-missing = Missing: { $fields }. The letter cannot be made without it, because UDI sends decisions and letters to the representative.
ui-rep-complete = The representative can be reached.
