# Files, privacy and bad input (issue 12): errors and notices of the desktop app and the core.

ui-err-open-unknown = This file was not exported in this session, so Klagehjelp will not open it. Export it again and use the buttons that appear.

file-error-encoding = The file is not saved as UTF-8 or UTF-16 text, so Klagehjelp cannot read it without risking wrong letters in names (the first unreadable byte is at position { $offset }). Open it in a text editor and save it again with the encoding "UTF-8".
file-error-utf16 = The file says it is UTF-16 text, but it is damaged. Open it in a text editor and save it again with the encoding "UTF-8".
file-error-too-big = The file is { $size } KB; a case file can be at most { $limit } KB. Check that you chose the right file.

## A field of a case file that cannot be read: where, in words, and what is wrong.
case-error-field = The case file cannot be read: the field “{ $field }” (line { $line }, { $path }) { $problem } Correct the file, or ask the person who sent it for a new copy.
case-field-problem-kind = holds { $found }, but must hold { $expected }.
case-field-problem-kind-only = holds { $found }, which is not allowed here.
case-field-problem-not-allowed = holds “{ $found }”, which is not one of the allowed values ({ $allowed }).
case-field-problem-missing = is missing.
case-field-problem-invalid = holds a value that is not valid.
case-kind-text = text
case-kind-number = a number
case-kind-yes-no = yes or no (true or false)
case-kind-list = a list
case-kind-group = a group of fields
case-kind-empty = nothing (null)
case-kind-unknown = a value of another kind
case-field-format = File format
case-field-letter-language = Language of the letter
case-field-applicant = The applicant
case-field-applicant-given-name = Given name
case-field-applicant-family-name = Family name
case-field-applicant-birth-date = Date of birth
case-field-applicant-citizenship = Citizenship
case-field-applicant-address = Address
case-field-applicant-phone = Phone
case-field-applicant-email = Email
case-field-duf = DUF number
case-field-decision = The decision
case-field-decision-authority = Who made the decision
case-field-decision-embassy = Embassy or consulate
case-field-decision-police-district = Police district
case-field-decision-date = Date of the decision
case-field-decision-received = Date you received the decision
case-field-decision-stated-deadline = Deadline stated in the decision
case-field-decision-reference = Reference number
case-field-decision-refusal-grounds = Reasons given in the decision
case-field-facts = Answers in the requirements check
case-field-facts-answer = Answer “{ $name }” in the requirements check
case-field-grounds = Grounds
case-field-grounds-requirement = Grounds { $n }: requirement
case-field-grounds-text = Grounds { $n }: your text
case-field-request-deferred-implementation = Ask for deferred implementation
case-field-will-send-more-documents = I will send more documents later
case-field-attachments = Attachments
case-field-attachments-title = Attachment { $n }
case-field-representative = Representative
case-field-representative-name = Representative's name
case-field-representative-organisation = Representative's organisation
case-field-representative-address = Representative's address
case-field-representative-phone = Representative's phone
case-field-representative-email = Representative's email
case-field-representative-is-lawyer = The representative is a lawyer
case-field-signed-place = Place of signing
case-field-late-reason = Why the klage is late

ui-err-text-too-long = “{ $field }” has { $chars } characters; one field can hold at most { $limit }. Shorten it, or put the long text in an attachment. The change was not saved.
ui-err-case-unreadable = The case file cannot be read: { $reason }.

ui-restore-backup = Restore the previous version
ui-restore-backup-title = Restore the previous version?
ui-restore-backup-text = The damaged file { $name } is replaced by the version saved before the last change. What was changed last may be lost.
ui-restored-backup = The previous version of { $name } is restored.

## Dates that cannot be right (a typo in the year).
ui-err-date-too-early = { $value } is before 1900. Check the year: it may have a typo.
ui-err-date-too-late = { $value } is more than a year from today (after { $limit }). Check the year: it may have a typo.
case-date-too-early = { $value } is before 1900. Check the year: it may have a typo.
case-date-too-late = { $value } is more than a year from today (after { $limit }). Check the year: it may have a typo.

deadline-stated-implausible = The deadline you typed from the decision ({ $stated }) is more than two months after you received it. A klage deadline is 3 weeks (fvl. § 29), so this is probably a typo: check the date in the decision. Until you correct it, Klagehjelp uses the deadline by law, { $computed }.
case-decision-stated-implausible = The deadline typed from the decision is more than two months after you received it, so it is probably a typo. Check the date in the decision. The letter uses the deadline by law.

## What is wrong where a case file is not valid JSON.
case-syntax-cut-off = the file ends too early; it may have been cut off while it was copied
case-syntax-trailing-comma = there is a comma too many before a closing bracket
case-syntax-key = a field name is not in double quotes
case-syntax-control = a text has a line break or tab that is not written as \n or \t
case-syntax-escape = a text has a backslash (\) that is not followed by a valid code
case-syntax-number = a number is not written correctly
case-syntax-nested = the file is nested too deeply to be a case file
case-syntax-trailing = there is more text after the end of the case
case-syntax-other = a value is missing or is not written correctly here

## Reception mode (a shared computer at a reception desk).
ui-reception-mode-title = Reception mode: nothing is kept on this computer
ui-reception-mode-text = The case you write here is kept only while Klagehjelp is open. It is not saved on this computer, and file names carry no name or DUF number.
ui-reception-mode-kept = Kept: only the files you save yourself (the letter as PDF, the calendar file, an exported case file). When you are done, press “Finish and clear”: the case is removed, and you are offered to delete the files you saved.
ui-reception-mode-stored = In reception mode, cases are kept in memory only and are gone when the session is finished or Klagehjelp is closed.
ui-reception-mode-setting = Use reception mode on this computer
ui-reception-mode-setting-hint = For a computer shared by many people. Takes effect the next time Klagehjelp starts. It can also be started with the option --reception.
ui-reception-mode-on = Reception mode is chosen for this computer. It takes effect the next time Klagehjelp starts.
ui-reception-mode-off = Reception mode is turned off for this computer from the next start. Cases will then be saved on this computer.
ui-finish-session = Finish and clear
ui-finish-session-title = Finish and clear?
ui-finish-session-text = Every case of this session is removed from Klagehjelp. Files you saved yourself are not touched unless you choose to delete them next.
ui-session-finished = The session is finished. Nothing of it is left in Klagehjelp.
ui-delete-files = Delete the files
ui-delete-files-title = Delete the files you saved?
ui-delete-files-text = These files were saved in this session ({ $count }). Delete them from this computer?
    { $files }
ui-deleted-files = Files deleted: { $count }.
