## Routes (src/routes.rs, klagehjelp route): where the klage goes and what comes after.
## Ids: route-<route>-<section>-<id>; sources are attached in data/routes.toml.

route-title-udi = Klage on a decision from UDI
route-title-embassy = Klage on a decision from an embassy or consulate
route-title-police = Klage on a decision from the police
route-title-une-omgjoring = Request to UNE to reverse its decision (omgjøringsanmodning)
route-title-udi-omgjoring = Request to UDI to change its own decision (fvl. § 35)
route-title-unsure = Who made the decision? Check the decision first

route-udi-send-to-note = The klage goes to UDI, the body that made the decision (fvl. § 32 a). Post address from udi.no.
route-udi-omgjoring-send-to-note = The request goes to UDI, which made the decision (fvl. § 35).
route-embassy-send-to-note = The klage goes to the same embassy or consulate that made the decision, as the refusal letter says. Klagehjelp does not know its address.
route-embassy-send-to-unnamed = The embassy or consulate that made the decision
route-police-send-to-note = The klage goes to the police district that made the decision (fvl. § 32 a), as the decision letter says. Klagehjelp knows no verified police address.
route-police-send-to-unnamed = The police district that made the decision
route-une-omgjoring-send-to-note = The request goes to UNE. Klagehjelp does not know UNE's postal address; use UNE's online form.

route-udi-channel-udi-upload = Sign the letter, scan or photograph it, and upload it with UDI's form for sending documents. The form's address (www.udi.no/document) comes from a copy of UDI's form; check it on udi.no.
route-udi-omgjoring-channel-udi-upload = Sign the letter, scan or photograph it, and upload it with UDI's form for sending documents. The form's address (www.udi.no/document) comes from a copy of UDI's form; check it on udi.no.
route-udi-channel-udi-police = Or hand the signed letter to the police.
route-udi-channel-udi-post = Or post it to UDI. A posted letter is in time if it is handed to the post before the deadline ends (fvl. § 30).
route-udi-omgjoring-channel-udi-post = Or post it to UDI.
route-udi-channel-udi-edialog = Lawyers send the klage through eDialog: one klage per decision, to UDI.
route-udi-channel-no-fee = It costs nothing to send a klage.
route-embassy-channel-embassy-as-letter-says = Hand in the klage at the embassy or consulate that made the decision, the way the refusal letter says. Read the refusal letter for how to send it.
route-embassy-channel-embassy-not-udi-upload = Do not upload it to UDI and do not post it to UDI in Oslo: a klage on an embassy decision goes to the embassy.
route-police-channel-police-as-letter-says = Send or hand in the klage at the police district that made the decision, the way the decision letter says.
route-une-omgjoring-channel-une-form = Use UNE's online form "Request a reversal" (une.no). The request must be in writing, in Norwegian or English.
route-une-omgjoring-channel-une-new-information = As a rule, UNE asks for new and relevant information or new documents. Attach what is new.
route-une-omgjoring-channel-une-no-address = Klagehjelp does not know UNE's postal address. Do not use an old address from other websites.

route-udi-prepares-udi = UDI looks at the case again and may change its decision itself (fvl. § 33).
route-udi-decides-une = If UDI does not change its decision, UNE (Utlendingsnemnda) decides the klage (utl. § 76).
route-embassy-prepares-embassy = The embassy looks at the case again. It may grant the application, or send the klage to UDI.
route-embassy-decides-udi = UDI decides the klage (utl. § 76).
route-police-prepares-police = The police look at the case again and may change the decision; otherwise they send the klage to UDI (fvl. § 33).
route-police-decides-udi = UDI decides the klage (utl. § 76).
route-une-omgjoring-prepares-une = UNE reads the request.
route-une-omgjoring-decides-une = UNE decides. There is no further klage.
route-udi-omgjoring-prepares-udi = UDI reads the request.
route-udi-omgjoring-decides-udi-may = UDI may change its own decision when the change harms no one (fvl. § 35 first paragraph letter a), but it does not have to consider the request.

route-udi-step-udi-receipt = When UDI has received the klage, you get a message by e-mail or SMS.
route-udi-step-udi-follow-up = UDI answers letters within three weeks. If you have heard nothing by { $date }, contact UDI and ask.
route-udi-omgjoring-step-udi-follow-up = UDI answers letters within three weeks. If you have heard nothing by { $date }, contact UDI and ask.
route-udi-step-udi-reviews = UDI looks at the case again. No source gives how long this takes.
route-udi-step-udi-sends-to-une = If UDI does not change its decision, it sends the case to UNE and tells you by e-mail or SMS. UNE sends a message that it has received the klage, with the expected waiting time.
route-udi-step-une-considers = UNE decides; at least two people always look at the case. In { $year }, UNE took { $days } days on average for klager in family-immigration cases ({ $previous_days } days in { $previous_year }).
route-step-provisional-documents = After a foreløpig klage, UDI normally gives a new deadline of { $days } days (two weeks) for the documents. This is practice, not a right.
route-embassy-step-embassy-reviews = The embassy looks at the case again. It may grant the application or send the klage to UDI.
route-embassy-step-embassy-waiting = See the embassy's web pages for waiting times.
route-embassy-step-udi-decides-unknown-time = UDI decides the klage. No source gives how long UDI takes.
route-police-step-police-reviews = The police look at the case again. If they do not change the decision, they send the klage to UDI.
route-police-step-udi-decides-unknown-time = UDI decides the klage. No source gives how long UDI takes.
route-une-omgjoring-step-une-omgjoring-waiting = UNE's web page says that most requests for reversal outside asylum cases are decided within { $months } months (the page is updated monthly).
route-une-omgjoring-step-une-omgjoring-priority = UNE deals with these requests after klager, so they may take longer.
route-udi-omgjoring-step-udi-omgjoring-may = UDI may change its decision, but it is not obliged to consider the request. How UDI deals with such requests is not known.

route-udi-last-une-final = UNE's decision is final: if UNE refuses, there is no further klage. You can then ask UNE to reverse its decision, apply again, or complain to the Sivilombudet.
route-embassy-last-udi-final = If UDI also refuses, there is no further klage. You can apply again or complain to the Sivilombudet.
route-police-last-udi-final-police = If UDI also refuses, the decision is final. You can apply again or complain to the Sivilombudet.
route-une-omgjoring-last-une-omgjoring-final = There is no further klage. The options are a new application, the Sivilombudet (free, within one year of the final decision: by { $date }; the Ombud cannot change the decision), or a court case (needs a lawyer and is expensive).
route-udi-omgjoring-last-udi-omgjoring-else = If UDI does not change its decision, UNE may also change it on the same grounds (fvl. § 35 second paragraph). A new application is often faster.

route-also-late-klage = A late klage (fvl. § 31) can still be considered if you cannot be blamed for the delay or there are special reasons. The last day is { $date }, one year after the decision.
route-also-new-application = A new application is often the faster way.
route-also-utsatt-letter = Klagehjelp can write a separate request for utsatt iverksettelse (to stay in Norway while the klage is decided) that you can send at once, before the klage.

route-warning-made-by-unsure = Check in the decision who made it: the letterhead and signature (UDI or the embassy), the sentence that says who refused ("Utlendingsdirektoratet har …" or "Ambassaden har …"), and the klage instructions. If the decision names UNE as the body that decides a klage, UDI made it; if it names UDI, the embassy or the police made it. Address the klage as the klage instructions say. Both possible routes are shown below.
route-warning-check-made-by = Many refusals handed out by an embassy or the police are UDI decisions. Check in the decision who made it: if the klage instructions name UNE as the body that decides a klage, UDI made the decision and the klage is addressed to UDI.
route-warning-address-unknown = Klagehjelp does not know this address. Write it from the decision letter, or ask how the klage is to be handed in.
route-warning-earlier-stated-deadline = The deadline printed in the decision and the one counted by law differ, and the earlier one ({ $date }) has passed. Send the klage today. The letter states the day you received the decision and asks, in the alternative, that it is considered under fvl. § 31.
route-warning-deadline-passed = The klage deadline ({ $date }) has passed. A late klage can still be considered under fvl. § 31: say why it is late and send it as soon as you can.
route-warning-one-year-passed = More than one year has passed since the decision (the limit was { $date }), so a klage can no longer be considered (fvl. § 31 third paragraph). The options are a request to change the decision or a new application.
route-warning-provisional-recommended = Little time is left (deadline { $date }). If you do not have everything yet, send a foreløpig klage now and the documents later.
route-warning-electronic-notice = The decision came electronically: the deadline runs from when the decision was made available and the notice was sent, not from when you opened it.
route-warning-fullmakt-follows = The signed fullmakt is to follow. Send it as soon as you can: a fullmektig who is not a lawyer must show a written fullmakt (fvl. § 12).
route-warning-deferral-une = To stay in Norway while UNE considers the request, ask for utsatt iverksettelse in the request. UNE decides whether to grant it.
route-warning-renewal-right-to-stay = You have a right to stay in Norway during the klage without asking only if all three hold: the refused application was a renewal on the same basis, it was made at least one month before the previous permit ran out, and the klage is sent within the deadline. If you are not sure of all three, ask for utsatt iverksettelse at once.
route-warning-deferral-48h = Send a request for utsatt iverksettelse at once. A refused first permit can be carried out from 48 hours after you received the decision (utl. § 90). You can still ask later, but the sooner the better. This is not a deadline for the klage.
route-warning-exit-deadline = The refusal sets an exit deadline (utreisefrist), normally 7 to 30 days. The exit deadline itself cannot be appealed, but you can ask the police district where you live to extend it. If utsatt iverksettelse is refused, you must leave Norway by the exit deadline; the klage goes on from abroad.
route-warning-deferral-abroad = The case says that the applicant is outside Norway. Utsatt iverksettelse is about staying in Norway, so the letter leaves the request out. Change the answer if the applicant is in Norway.
route-warning-abroad-send-early = From abroad: upload the klage before the deadline (or hand it in at the embassy before the deadline, for an embassy decision), and keep the receipt. Whether a foreign post office counts for the deadline is not known.
route-warning-in-norway-unknown = The case does not say whether the applicant is in Norway. Utsatt iverksettelse only matters in Norway, so the letter leaves the request out until you answer the question.

route-cli-made-by-given = Decision made by: { $who } (from the decision)
route-cli-made-by-derived = Decision made by: { $who } (taken from the authority you named; check it in the decision)
route-cli-letter = Letter: { $kind } (klagehjelp letter)
route-cli-letter-none = Letter: none yet (first find out who made the decision)
route-cli-deadline = Deadline to meet: { $date }
route-cli-send-to = Send to
route-cli-address-unknown = (address not known to Klagehjelp)
route-cli-channels = How to send it
route-cli-who = Who looks at it and who decides
route-cli-next = What happens next
route-cli-last = The last step
route-cli-also = Other options
route-cli-warnings = Watch out
route-cli-sources = Sources
route-cli-candidates = It may be one of these routes:
route-made-by-UDI = UDI
route-made-by-embassy = an embassy or consulate
route-made-by-police = the police
route-made-by-UNE = UNE
route-made-by-unsure = not sure
route-cli-made-by-unsure = Decision made by: not known yet (see below what to check in the decision)
route-warning-send-as-decision-says = UDI made the decision and the embassy or the police handed it out. Address the klage to UDI, and send it the way the decision letter says (for example through the embassy). Keep proof of the day you handed it in.
route-udi-step-une-changed = In { $year }, UNE changed the decision in { $changed } of { $total } family-immigration cases. A common reason: the requirement was met before UNE decided. So send documents that show what has changed.
route-also-costs = If the decision is changed in your favour, necessary costs (for example a lawyer) may be covered. Claim them within three weeks after you are told of the new decision (fvl. § 36).
