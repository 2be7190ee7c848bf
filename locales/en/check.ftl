# The check and interview commands (CLI).
check-heading = The requirements for family immigration
check-assessed = Assessed on { $date }. Rules and figures as of { $rules }.
check-exceptions = What may help:
check-documents = Documents:
check-argument = Draft text for the klage:
check-summary = { $attention ->
        [0] All requirements are met or do not apply.
        [one] 1 of the requirements needs attention.
       *[other] { $attention } of the requirements need attention.
    }
check-file-read = Cannot read the file { $file }: { $error }
check-file-json = The file { $file } is not valid: { $error }. Expected a scenario file with "facts" or a case file (klagehjelp-case/2).
interview-error-unknown-fact = Unknown fact: { $fact }.
interview-error-value = "{ $value }" is not a valid answer for { $fact }. Expected: { $expected }.
interview-intro = Answer the questions as well as you can. Press Enter to skip a question. Type ? for help.
interview-choose = Type the number of your answer.
interview-date-format = Write the date as YYYY-MM-DD, for example 1994-09-30.
interview-saved = Your answers are saved in { $file }.
check-unknown-facts = Klagehjelp does not know these facts: { $facts }. Check the spelling (see requirements.md, "Facts")
