## "What does my letter say?" (src/explain.rs): one message per part of the
## letter (the @part marks in templates/), in the reader's language. Keep
## § references as they are. Placeables: dates already formatted.

explain-header = The top of the letter. It says who sends it and that it goes to { $authority }. It also gives the date, your DUF number { $duf }, the case number and who the case is about. The title says what the letter is: { $kind }.
explain-representative = { $rep } writes this letter for you as your representative (fullmektig). The letter says that a power of attorney (fullmakt) allows this (fvl. § 12).
explain-decision-klage = This says which decision you complain about: the decision of { $authority } of { $decided } that refused the application for family immigration. A klage asks for a decision to be changed.
explain-decision-omgjoring = This says which decision the letter is about: the decision of { $authority } of { $decided } that refused the application. You ask { $authority } to reverse (omgjøre) its own decision.
explain-decision-utsatt = This says which decision the request is about: the decision of { $authority } of { $decided }. It also says when you received it, and that the klage itself will be sent.
explain-decision-ettersending = This says which case the letter is about: your klage against the decision of { $authority } of { $decided }.
explain-decision-innsyn = This says which case the letter is about: the decision of { $authority } of { $decided } that refused the application.
explain-decision-costs = This says which case the letter is about: the decision of { $authority } of { $decided }, and that it has since been changed in your favour.
explain-co-applicants = The klage is also for { $names }, who were refused in the same decision.
explain-deadline = This is about the deadline (klagefrist). It says that you received the decision on { $received } and that the deadline is { $deadline }, so the klage is sent in time.
explain-deadline-between = This is about the deadline (klagefrist). It says that the decision reached you on { $received }. The decision gives the deadline { $stated }; counted by law from that day, the deadline is { $computed } (fvl. §§ 29–30). The letter explains why the klage is in time.
explain-late-alternative = In case { $authority } thinks the klage is late, the letter asks that it be considered anyway (fvl. § 31 first paragraph): you cannot be blamed (point a), and there are special reasons, because the deadline in the decision was not the deadline in law (point b).
explain-late = This says that the klage is late: you received the decision on { $received }, and the deadline was { $deadline }. It asks that the klage be considered anyway (fvl. § 31 first paragraph), because you cannot be blamed for the delay (point a) and there are special reasons (point b).
explain-late-reason = Here the letter gives the reasons why the klage is late, and what happened after the obstacle ended (point a). Your own words follow.
explain-late-special = The special reasons (point b): the decision matters greatly to you and your family, and as far as you know a change would not harm anyone else. The letter also says that the klage is sent within one year of the decision (fvl. § 31).
explain-request = What you ask for: that { $authority } changes the decision and grants the application. If { $authority } does not change it, the klage is sent to { $appeal }, who decides it (fvl. § 33, utl. § 76).
explain-request-no-appeal = What you ask for: that { $authority } changes the decision and grants the application.
explain-request-omgjoring = What you ask for: that { $authority } reverses the decision and grants the application (fvl. § 35). The letter then explains what is new in the case, or what was not assessed well enough.
explain-request-utsatt = What you ask for: that the decision is not carried out before the klage is decided, so that you can stay in Norway meanwhile (utsatt iverksettelse; fvl. § 42, utl. § 90). The request must be decided as soon as possible, and a refusal must give reasons.
explain-request-ettersending = The documents listed in the letter are sent with it. You ask that they be taken into account when the klage is decided (fvl. § 34).
explain-request-innsyn = What you ask for: to see the documents of your case (innsyn, fvl. § 18), as copies sent to the address at the top of the letter.
explain-request-costs = What you ask for: that the substantial costs that were necessary to have the decision changed are covered (fvl. § 36). The costs are listed in an enclosed statement.
explain-set-aside = In the alternative (if it is not changed), you ask that the decision be set aside and the case sent back to { $authority } to be considered again (fvl. § 34 fourth paragraph).
explain-innsyn-request = You also ask to see the documents of your case (innsyn, fvl. § 18), as copies sent to the address at the top of the letter.
explain-deferral = You also ask for utsatt iverksettelse: that you may stay in Norway while the case is considered (fvl. § 42, utl. § 90). The request must be decided as soon as possible, and a refusal must give reasons.
explain-more-documents = You say that you will send more documents and fuller reasons, and ask for a deadline for them. In UDI's practice the new deadline is two weeks.
explain-more-documents-forelopig = This says that the letter is a provisional klage (foreløpig klage): you will send documents and fuller reasons later, and ask for a deadline for them. In UDI's practice the new deadline is two weeks.
explain-more-documents-omgjoring = You say that you will send more documents, and ask { $authority } to set a deadline for them.
explain-grounds = The reasons (begrunnelse): why the decision should be changed. The letter asks that what follows be taken into account.
explain-ground = Your reasons about this requirement: { $title }. The text is your own words, not translated.
explain-ground-other = Other reasons
explain-own-words = Your own words, not translated: they are printed in the letter exactly as you typed them. Check that they say what you mean.
explain-attachments = The list of attachments (vedlegg) sent with the letter. Number of attachments: { $count }.
explain-signature = The end of the letter: a greeting, the place and the date, and the signature lines ({ $signatures }). Each person named under a line signs there by hand: a klage must be signed (fvl. § 32).
explain-fullmakt = A separate page: the power of attorney (fullmakt). With it you give { $rep } the right to represent you in your case and in this letter.
explain-fullmakt-powers = What the power of attorney allows: it applies to every step of the case, and gives the right to receive decisions and other documents in the case for you (fvl. § 12).
explain-fullmakt-sign = You sign the power of attorney by hand and write the place and date. Send with it a copy of the page of your passport with your personal details and signature.
explain-labels = A page of labels, not part of the letter: cut them out and fix one on the first page of each attachment. If you send the attachments digitally, write the same text at the top of each document.
explain-unknown = This part of the letter has no explanation yet. Ask someone who reads Norwegian or English to read it with you.
explain-body-udi = UDI (the Norwegian Directorate of Immigration)
explain-body-une = UNE (the Immigration Appeals Board)
explain-not-the-klage = This explanation is for you to read. Do not send it: it is not part of the klage.
explain-own-words-mark = your own words, not translated
explain-cli-heading = What does my letter say? ({ $kind })
explain-cli-letter-lang = A letter cannot be written in { $lang }: UDI and UNE only accept a klage in Norwegian or English. The letter is written in nb (bokmål), nn (nynorsk) or en (English), as the case file says. To read in { $lang } what the letter says, run: klagehjelp explain CASE --lang { $code }

## The review screen's panel (ui/js/review.js)
ui-explain-title = What does my letter say?
ui-explain-intro = The letter must be in Norwegian or English. Here it is part by part, beside what each part says and asks, in your language.
ui-explain-letter = In the letter
ui-explain-meaning = What it means
ui-explain-own = Your own words, not translated
ui-explain-print = Print the explanation
ui-explain-print-note = The explanation is printed from this window on its own sheet, never in the klage. It is not made into a PDF, because our PDF layout cannot join the letters of Arabic script.
ui-explain-fallback = Not yet translated into your language: shown in English.
