## The klage deadline (src/deadline.rs, src/ics.rs, klagehjelp deadline)

deadline-headline = Klage deadline: { $date }
deadline-heading-why = Why this date
deadline-heading-todo = What to do
deadline-status-open = open
deadline-status-last-day = last day
deadline-status-passed = passed
deadline-status-label = Status
deadline-status-line-open = { $days ->
    [one] 1 day left
   *[other] { $days } days left
  } (today is { $today }).
deadline-status-line-last-day = Today ({ $today }) is the last day.
deadline-status-line-passed = The deadline passed { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
  } (today is { $today }).
deadline-computed-label = Deadline by law
deadline-stated-label = Deadline in the decision

deadline-why-weeks = You have 3 weeks to send a klage (a written appeal), counted from the day the decision reached you (fvl. § 29). 3 weeks after { $received } is { $date }.
deadline-why-closed = { $date } is { $name } ({ $source }).
deadline-why-moved = A deadline that ends on a Saturday, a Sunday or a public holiday moves to the next working day (domstolloven § 149, fvl. § 30). So the deadline is { $date }.
deadline-why-not-moved = That is a working day, so the deadline stays on that day (domstolloven §§ 148–149, fvl. § 30).
deadline-stated-same = The deadline in the decision ({ $stated }) is the same as the one calculated here.
deadline-stated-later = The decision gives a later deadline ({ $stated }) than the 3 weeks in the law ({ $computed }). Meet the earlier date, { $computed }: the law counts 3 weeks from the day the decision reached you (fvl. § 29), and a later date in the decision may not protect you.
deadline-stated-earlier = The decision gives an earlier deadline ({ $stated }) than the law ({ $computed }). Meet the earlier date, { $stated }. Check that the date you received the decision is right: the 3 weeks count from the day it reached you (fvl. § 29).
deadline-office-warning = { $date } is { $name }. Norwegian law does not move a deadline for this day (domstolloven § 149, helligdagsloven § 2), but offices and post offices may be closed or close early. Send the klage a few days before.

deadline-todo-send-by = Send the klage (your written appeal) by { $date }.
deadline-todo-last-day = Today is the last day. Send the klage today.
deadline-todo-provisional = Do you not have all the documents yet? Send a foreløpig klage (provisional klage) now: a short klage that says more documents will follow. UDI then gives you a new deadline of two weeks for the documents (udi.no).
deadline-todo-passed = The deadline was { $date }. You can still send a klage. UDI may consider a late klage if you cannot be blamed for the delay, or if there are special reasons (fvl. § 31). Say in the klage why it is late. The letter will be a late klage.
deadline-todo-one-year = A klage can never be considered as a klage more than one year after the decision was made (fvl. § 31). Check the date of the decision.
deadline-todo-one-year-limit = A klage can never be considered as a klage more than one year after the decision was made (fvl. § 31). The decision is dated { $decided }, so the last possible day is { $limit }.
deadline-todo-one-year-passed = The deadline was { $date }. More than one year has passed since the decision was made ({ $decided }), so the klage can no longer be considered as a klage (fvl. § 31). Get legal advice.
deadline-todo-one-year-passed-received = The deadline was { $date }. More than one year has passed since you received the decision ({ $received }), and so also since it was made. The klage can no longer be considered as a klage (fvl. § 31). Get legal advice.
deadline-todo-on-time = A letter is on time if you hand it to the post (a post office or a postbox) before the last day ends (fvl. § 30). If you upload the klage, it must have arrived before the last day ends (eForvaltningsforskriften § 11). Keep proof of when you sent it: a receipt from the post office (registered letter) or from the upload.

deadline-error-received-after-today = The day you received the decision ({ $received }) is after today ({ $today }). Give the day the decision reached you: today or earlier.
deadline-error-decided-after-received = The date of the decision ({ $decided }) is after the day you received it ({ $received }). Check both dates: a decision reaches you on or after the day it was made.
deadline-error-out-of-range = { $date } is too far from today to calculate a deadline. Check the date.

## Names of closed days (data/closed-days.toml)
closed-saturday = a Saturday
closed-sunday = a Sunday
closed-nyttarsdag = New Year's Day (nyttårsdag)
closed-may1 = 1 May, a public holiday (høgtidsdag) equal to a Sunday
closed-may17 = 17 May, a public holiday (høgtidsdag) equal to a Sunday
closed-forste_juledag = Christmas Day (første juledag)
closed-andre_juledag = Boxing Day (andre juledag)
closed-skjaertorsdag = Maundy Thursday (skjærtorsdag)
closed-langfredag = Good Friday (langfredag)
closed-forste_paaskedag = Easter Sunday (første påskedag)
closed-andre_paaskedag = Easter Monday (andre påskedag)
closed-kristi_himmelfartsdag = Ascension Day (Kristi himmelfartsdag)
closed-forste_pinsedag = Whit Sunday (første pinsedag)
closed-andre_pinsedag = Whit Monday (andre pinsedag)
closed-julaften = Christmas Eve (julaften)
closed-nyttarsaften = New Year's Eve (nyttårsaften)

## Calendar file (.ics)
ics-summary = Klage deadline: last day to send the klage
ics-alarm-7 = The klage deadline is in 7 days ({ $date }).
ics-alarm-2 = The klage deadline is in 2 days ({ $date }).
deadline-todo-between = The earlier of the two dates ({ $earlier }) has passed; the later one ({ $later }) has not. Send the klage today. The letter states the day you received the decision and asks, in the alternative, that the klage is considered even if it is late (fvl. § 31). Keep proof of the day you received the decision (the envelope, the e-mail or SMS).
