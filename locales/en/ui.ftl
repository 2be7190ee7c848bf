# Klagehjelp desktop app (ui-*). Same ids in nb, nn and en.

ui-lang-name-nb = Norsk bokmål
ui-lang-name-nn = Norsk nynorsk
ui-lang-name-en = English
ui-skip-to-content = Skip to content
ui-ui-language = App language
ui-privacy-footer = Everything you type is stored only on this computer.
ui-saving = Saving …
ui-saved = Saved
ui-all-cases = All cases
ui-back = Back
ui-next = Next
ui-finish = Done
ui-step-of = Step { $n } of { $total }
ui-progress-label = Progress
ui-progress-done = done
ui-progress-current = you are here
ui-yes = Yes
ui-no = No
ui-cancel = Cancel
ui-change = Change
ui-go-to-field = Go to the field
ui-open = Open
ui-duplicate = Duplicate
ui-delete = Delete
ui-export = Export
ui-import = Import a case (.klage.json)
ui-save-title = Save as
ui-import-title = Choose a case to import

## Start screen
ui-start-title = Klagehjelp
ui-start-lead = Was your application for family immigration to Norway refused? Here you write a klage (appeal) step by step, and get a letter ready to sign and send before the deadline.
ui-new-case = Start a new klage
ui-saved-cases = Saved cases
ui-no-cases = You have no saved cases yet.
ui-unnamed-case = (no name)
ui-col-name = Name
ui-col-duf = DUF number
ui-col-deadline = Deadline
ui-col-days-left = Days left
ui-col-actions = Actions
ui-duplicated = The copy has been made.
ui-deleted = The case “{ $name }” has been deleted.
ui-delete-title = Delete the case?
ui-delete-text = The case “{ $name }” will be deleted from this computer. This cannot be undone.
ui-exported-to = The case was saved to { $path }.
ui-imported = The case has been imported.
ui-stored-where = Where are the cases saved?
ui-stored-here = Cases are saved automatically in this folder on this computer:
ui-reception-title = You are using a shared computer
ui-reception-text = Cases are stored on this computer. When the letter has been printed or sent, delete the case with “Delete” so the next person cannot see it.

## Steps
ui-step-language-title = Language and role
ui-step-language-short = Language
ui-step-language-lead = Choose the language of the letter and who is using the app. Writing the klage takes about 20 minutes.
ui-step-decision-title = The decision
ui-step-decision-short = Decision
ui-step-decision-lead = Have the refusal letter in front of you. The details asked for here are in that letter.
ui-step-deadline-title = The deadline
ui-step-deadline-short = Deadline
ui-step-check-title = Requirements check
ui-step-check-short = Requirements
ui-step-check-lead = Answer the questions, and we show which requirements seem to be met and which documents can help.
ui-step-grounds-title = Grounds
ui-step-grounds-short = Grounds
ui-step-grounds-lead = Here you write why you think the decision is wrong. We have drafted a suggestion for each requirement. Change the text so it fits your case.
ui-step-attachments-title = Attachments
ui-step-attachments-short = Attachments
ui-step-attachments-lead = The documents you attach are numbered in this order: Attachment 1, 2 and so on. Below the list are the documents the check suggests.
ui-step-representative-title = Representative
ui-step-representative-short = Representative
ui-step-representative-lead-applicant = If someone helps you and is to receive letters from UDI on your behalf, they are your representative (fullmektig).
ui-step-representative-lead-helper = You are helping the applicant. Fill in your own details. We add a power of attorney (fullmakt) for the applicant to sign.
ui-step-representative-lead-reception = The applicant may have a representative, for example a lawyer or a volunteer.
ui-step-review-title = Review and print
ui-step-review-short = Review
ui-step-review-lead = Here is everything you answered. You can correct it right here. The letter at the bottom updates as you type.

## 1. Language and role
ui-languages = Languages
ui-ui-language-hint = Choose the app language at the top right. You can change it at any time.
ui-letter-language = Language of the letter
ui-letter-language-hint = UDI and UNE accept letters in Norwegian or English.
ui-letter-lang-nb = Norwegian (bokmål)
ui-letter-lang-nn = Norwegian (nynorsk)
ui-letter-lang-en = English
ui-role-legend = Who is using the app?
ui-role-applicant = I received the refusal myself
ui-role-applicant-hint = You are writing the klage for yourself.
ui-role-helper = I am helping someone
ui-role-helper-hint = For example as a Jussbuss volunteer, family or a friend. You become the representative.
ui-role-reception = I work at a reception desk
ui-role-reception-hint = For example at an embassy. You help the applicant fill in the form, but the applicant signs.

## 2. The decision
ui-applicant-legend = The applicant (the person who was refused)
ui-applicant-hint-self = Your details.
ui-applicant-hint-other = Details of the person who was refused.
ui-given-name = Given name
ui-family-name = Family name
ui-birth-date = Date of birth
ui-citizenship = Citizenship
ui-address = Address
ui-address-hint = Street, postcode and town, and the country if it is not Norway.
ui-phone = Phone
ui-email = Email
ui-date-hint = Write the date as YYYY-MM-DD or DD.MM.YYYY, for example 2026-11-09.
ui-decision-legend = The decision
ui-authority = Who made the decision?
ui-authority-UDI = UDI
ui-authority-UNE = UNE
ui-authority-police = The police
ui-authority-embassy = An embassy
ui-authority-une-note = Decisions by UNE are final. You can ask UNE to reverse the decision if you have new information. The letter then becomes a request for reversal.
ui-embassy = Which embassy or consulate?
ui-decision-date = Date of the decision
ui-decision-date-hint = At the top of the letter.
ui-decision-received = Date you received the decision
ui-decision-received-hint = The day the letter reached you or your representative. The deadline counts from this day.
ui-stated-deadline = Deadline stated in the decision (if any)
ui-stated-deadline-hint = Leave empty if the decision gives no date.
ui-reference = Reference number (if any)
ui-reference-hint = Not required.
ui-duf = DUF number
ui-duf-hint = 12 digits, at the top of the decision, for example 2012 586975 61.
ui-duf-ok = Correct format: { $duf }
ui-refusal-grounds-legend = Which requirements does the decision give as reasons for the refusal?
ui-refusal-grounds-hint = Tick every one the decision mentions. If you are unsure, go on: the check later shows more.

## 3. Deadline
ui-deadline-label = The klage must be sent by
ui-deadline-short-open = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
ui-deadline-short-last-day = Today is the last day
ui-deadline-short-passed = { $days ->
    [one] The deadline passed 1 day ago
   *[other] The deadline passed { $days } days ago
}
ui-deadline-stated-vs-computed = The decision states { $stated }. By law the deadline is { $computed }. Meet the earlier date.
ui-deadline-advice-open-title = You have time
ui-deadline-advice-open = Go through the steps calmly. Send the klage well before the deadline.
ui-deadline-advice-close-title = The deadline is close
ui-deadline-advice-close = Send the klage as soon as you can. If documents are missing, send a provisional klage now and write that documents will follow. UDI then usually gives two more weeks (UDI's guidance on klager).
ui-deadline-advice-last-day-title = Today is the last day
ui-deadline-advice-last-day = Send the klage today. By post, it must be handed to the post before the deadline runs out (fvl. § 30). An upload must arrive today. If documents are missing, send a provisional klage.
ui-deadline-advice-passed-title = The deadline has passed
ui-deadline-advice-passed = You can still send a klage. Explain in the letter why it is late. UDI may consider it if you cannot be blamed for the delay, or if there are special reasons (fvl. § 31).
ui-deadline-one-year = A klage cannot be considered more than one year after the decision was made (fvl. § 31). That limit is { $date }.
ui-deadline-how-title = How the deadline was worked out
ui-deadline-todo-title = What you should do
ui-add-to-calendar = Add the deadline to your calendar (.ics)
ui-add-to-calendar-hint = With reminders 7 and 2 days before.
ui-ics-saved = The calendar file was saved: { $path }

## 4. Check
ui-check-screen-of = Part { $n } of { $total }
ui-check-new-questions = Your answer brought up more questions on this page. Answer them, or press “Next” again to skip them.
ui-check-results-title = Result for each requirement
ui-exceptions = Exceptions
ui-documents = Documents that can help
ui-legal-source = Source: { $source }
ui-status-met = Met
ui-status-not-met = Not met
ui-status-not-applicable = Does not apply
ui-status-needs-assessment = Needs assessment
ui-status-unknown = Unclear
ui-group-other = Other questions

## 5. Grounds
ui-grounds-none-failing = The check found no requirement that is not met, and you ticked no reasons from the decision. Write in your own words why you think the decision is wrong.
ui-grounds-your-text = Your grounds
ui-grounds-edit-hint = The suggestion is a start. Write what is true in your case, and what has changed since the decision.
ui-grounds-reset = Insert the suggestion again
ui-grounds-other = Other reasons
ui-grounds-other-hint = Optional. For example errors in how the case was handled, or facts UDI did not consider.
ui-deferred-legend = Staying in Norway while the klage is handled
ui-deferred-explain = You can ask to stay in Norway until the klage is decided. This is called deferred implementation (utsatt iverksettelse).
ui-deferred-label = Ask for deferred implementation
ui-deferred-source = Public Administration Act (fvl.) § 42 and Immigration Act (utl.) § 90.
ui-deferred-abroad = The applicant is not in Norway, so deferred implementation does not apply (utl. § 90).
ui-deferred-unknown = Answer the question about whether the applicant is in Norway in the requirements check. Then you will see whether you can ask to stay while the klage is handled.
ui-provisional-legend = Are documents missing?
ui-provisional-explain = Send the klage within the deadline anyway, and write that documents will follow. UDI then usually gives a new deadline of two weeks.
ui-provisional-label = I will send more documents later (provisional klage)
ui-provisional-source = UDI's guidance “How do I appeal a decision from UDI?” and circular RS 2010-161.

## 6. Attachments
ui-attachments-udi-fetches = UDI fetches information on employment, NAV benefits, tax, wages and student loans itself. Attach what UDI does not have: for example a new employment contract, or an explanation (RS 2014-012).
ui-attachment-n = Attachment { $n }
ui-no-attachments = No attachments yet.
ui-add-attachment = Add an attachment
ui-move-up = Move up
ui-move-down = Move down
ui-remove = Remove
ui-attachments-fullmakt-note = The power of attorney and a copy of the applicant's passport are also attached to the letter.

## 7. Representative
ui-reception-not-fullmektig = Staff of the immigration administration may help the applicant write the klage, but cannot be the representative in the case (fvl. § 12 second paragraph). The applicant signs the klage.
ui-rep-question = Does the applicant have a representative who is to receive letters from UDI in the case?
ui-rep-question-helper = Will you be the applicant's representative?
ui-rep-legend = The representative
ui-rep-name = Name
ui-rep-organisation = Organisation
ui-rep-organisation-hint = For example Jussbuss. Leave empty if you help as a private person.
ui-rep-is-lawyer = The representative is a lawyer (advokat)
ui-rep-is-lawyer-hint = A lawyer needs no written power of attorney (fvl. § 12 fourth paragraph).
ui-rep-none = No representative. The applicant signs.
ui-fullmakt-title = Power of attorney (fullmakt)
ui-fullmakt-explain = We add a power of attorney at the end of the letter. The applicant signs it, and you attach a copy of the passport page with photo and signature. The representative must be over 18 and must not work in the immigration administration (fvl. § 12, UDI).

## 8. Review
ui-review-language = Language
ui-review-answers = Answers in the requirements check
ui-not-answered = Not answered
ui-review-unused-title = Answers not used in the letter
ui-review-unused-hint = These answers no longer apply after what you answered later. They are kept, but they are not used in the letter.
ui-signing = Signature
ui-signed-place = Place of signing
ui-signed-place-hint = For example Oslo.
ui-preview-title = The letter
ui-preview-hint = This is the same text the PDF will hold.
ui-problems-title = Missing before the letter can be made
ui-export-pdf = Export PDF
ui-exporting = Making the PDF …
ui-export-saved = The PDF was saved:
ui-open-pdf = Open the PDF
ui-show-in-folder = Show in folder
ui-send-title = How to sign and send the klage
ui-send-sign = Print the letter and sign it. Unsigned klager are rejected (UDI). If there is a representative, the applicant also signs the power of attorney.
ui-send-proof = Keep a copy, and a receipt showing when you sent it.

## Errors
ui-err-date-missing = Enter the date.
ui-err-date-invalid = “{ $value }” is not a valid date. Write it as YYYY-MM-DD or DD.MM.YYYY, for example 2026-11-09.
ui-err-case-invalid = The case could not be read: { $reason }
ui-err-case-not-found = The case was not found.
ui-err-io-write = Could not save to { $path }: { $reason }. Check that the disk has space and that you may write to the folder.
ui-err-io-read = Could not read { $path }: { $reason }.
ui-err-io-delete = Could not delete { $path }: { $reason }.
ui-err-open-failed = Could not open { $path }: { $reason }.
ui-err-pdf-failed = The PDF could not be made: { $reason }
ui-rules-note = The check follows the rules and amounts as of { $date }, and assesses the requirements as of { $assessed }.
ui-err-facts-invalid = An answer in the check could not be read: { $reason }
ui-grounds-insert = Insert the suggestion
ui-warnings-title = Worth checking
ui-suggested-title = Documents the check suggests
ui-suggested-hint = Add what you have and what fits your case. The text goes into the letter as it stands, and you can edit it in the list above.
ui-suggested-add = Add
ui-suggested-added = Added

## Late klage (fvl. § 31)
ui-late-reason-label = Why is the klage (appeal) late?
ui-late-reason-hint = The deadline has passed. Write briefly why you did not appeal in time, and why you could not appeal until now. This goes into the letter. A late klage may still be considered if you are not to blame for the delay, or if there are special reasons for it. It can never be considered if more than one year has passed since the decision was made (Public Administration Act, fvl. § 31).
ui-police-district = The police district that made the decision
ui-made-by = Who made the decision, according to the decision itself?
ui-made-by-hint = Look at the letterhead and the signature, the sentence that says who refused, and the klage instructions: if they say UNE decides a klage, UDI made the decision.
ui-made-by-UDI = UDI (the embassy or the police only handed it out)
ui-made-by-embassy = The embassy or consulate itself
ui-made-by-police = The police district itself
ui-made-by-unsure = I am not sure
ui-check-missing = What we still need to know
ui-date-or-never-date = Yes, last paid on this date:
ui-never = Never
ui-check-sources = The sources this rule rests on ({ $n })

## Languages and legal terms (shown when the app is not in Norwegian)
ui-translation-unreviewed = This translation has not been checked by a translator.
ui-terms-title = Legal words in Norwegian
ui-terms-hint = You will see these words in Norwegian in the letters from UDI and in your klage.
ui-term-klage = klage (appeal)
    .explain = A letter in which you ask for a decision to be changed.
ui-term-vedtak = decision
    .explain = What UDI decided in your case, for example a refusal of the application.
ui-term-referanseperson = sponsor (the person in Norway)
    .explain = The person in Norway whom the applicant wants to live with.
ui-term-utsatt-iverksettelse = deferred implementation
    .explain = Being allowed to stay in Norway while the klage is handled.
ui-term-fullmakt = power of attorney
    .explain = A paper in which the applicant gives another person the right to act in the case.
ui-term-duf-nummer = DUF number
    .explain = Your case number at UDI, with 12 digits.
