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

## Optional requests in the klage
ui-requests-legend = You can also ask for this in the klage
ui-request-innsyn-label = Ask for access to the documents of the case (innsyn, fvl. § 18)
ui-request-innsyn-hint = Asking for access does not stop the klage deadline. Send the klage within the deadline, and ask for access in the same klage.
ui-request-set-aside-label = Ask, in the alternative, that the decision be set aside and the case sent back for new consideration (fvl. § 34)
ui-request-set-aside-hint = "In the alternative" means: if the application is not granted. The case can then be considered again.

## After sending
ui-sent-title = After sending
ui-sent-hint = When the klage has been sent, write when and how. It is kept with the case, and you get a date to follow up.
ui-sent-date = Date the klage was sent
ui-sent-channel = How was it sent?
ui-sent-receipt = Receipt (optional)
ui-sent-receipt-hint = For example the number of a registered letter, or the confirmation after the upload.
ui-sent-save = Save: the klage has been sent
ui-sent-change = Change
ui-sent-record = Sent on { $date }, { $channel }.
ui-sent-record-receipt = Receipt: { $receipt }.
ui-sent-channel-udi_upload = uploaded to UDI
ui-sent-channel-post = by post
ui-sent-channel-police = handed in to the police
ui-sent-channel-embassy = handed in to the embassy as the decision says
ui-sent-channel-une_form = sent with UNE's form
ui-sent-follow-up-title = Follow up
ui-sent-follow-up-ics = Add the reminder to the calendar
ui-sent-no-follow-up-route = We have no source for when to expect an answer here. See "What happens next" above.
ui-sent-no-follow-up = There is no date to follow up yet. First write when the klage was sent.
ui-sent-ics-summary = Follow up the klage with UDI
ui-sent-error-date = "{ $value }" is not a valid date. Write the day the klage was sent, for example 2026-11-20.
ui-sent-error-future = { $date } is after today. Write the day the klage was actually sent.
ui-sent-error-channel = Choose how the klage was sent ("{ $value }" is unknown; valid values: { $known }).
ui-err-letter-not-offered = This letter cannot be made for this case.

## Letters after the klage
ui-after-letters-title = Letters you can send as well
ui-after-write-pdf = Make PDF
ui-after-last-day = Send by { $date } at the latest: three weeks after the new decision reached you.
ui-after-utsatt-title = Request for deferred implementation
ui-after-utsatt-explain = A separate letter asking that the applicant may stay in Norway while the klage is decided (fvl. § 42, utl. § 90). It can be sent at once, before the klage.
ui-after-utsatt-not-abroad = Only when the applicant is in Norway.
ui-after-ettersending-title = Sending documents later
ui-after-ettersending-explain = Documents you send after the klage (fvl. § 34). After a provisional klage, UDI's practice is to give two more weeks for the documents.
ui-after-ettersending-not-sent = First write that the klage has been sent.
ui-after-innsyn-title = Request for access to the documents
ui-after-innsyn-explain = Ask to see the documents of the case (fvl. § 18). Asking for access does not stop the klage deadline.
ui-after-costs-title = Claim for costs
ui-after-costs-explain = If the decision is changed in the applicant's favour, substantial costs that were necessary, for example for a lawyer, can be claimed (fvl. § 36). The claim must be sent within three weeks after the new decision reached you.
ui-after-costs-not-changed = Only when the decision has been changed in the applicant's favour. Then write the date the new decision reached you.
ui-after-costs-too-late = The three weeks after the new decision have passed (fvl. § 36).
ui-after-costs-changed-label = Date the new decision reached you, if the decision was changed in the applicant's favour
ui-after-costs-changed-hint = Write YYYY-MM-DD or DD.MM.YYYY.

## Command line (klagehjelp sent)
cli-sent-write-failed = Could not write { $path }: { $error }. Check that the folder exists and that you may write there.
cli-sent-how = To record it: klagehjelp sent CASE --date YYYY-MM-DD --channel CHANNEL [--receipt TEXT]. Channels here: { $channels }.

## The day a changed decision arrived (fvl. § 36)
ui-changed-error-date = "{ $value }" is not a valid date. Write the day the new decision reached you, for example 2027-02-01.
ui-changed-error-future = { $date } is after today. Write the day the new decision actually reached you.
