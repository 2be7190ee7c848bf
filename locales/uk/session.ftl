# Session messages. Ukrainian. Not yet checked by a translator.
session-migrated = Цю справу збережено старішою версією Klagehjelp. Тепер ми ставимо ці запитання по-новому, тож, будь ласка, дайте відповідь ще раз: { $facts }. Усе інше, що ви написали, збережено.
law-placeholder-figure = [напишіть тут: сума в рішенні]
law-placeholder-year = [напишіть тут: рік]
interview-expected-date = дата (dd.mm.yyyy)
law-later-card = Якщо справу вирішать { $date } (приблизно через пів року): { $status }.
screen-stay = Де заявник зараз
q-applicant_in_norway = Заявник зараз у Норвегії?
q-applicant_in_norway-help = Від відповіді залежить, куди йде скарга і чи можна попросити дозволу залишитися в Норвегії, поки скаргу вирішують (відстрочення виконання, utsatt iverksettelse, utl. § 90 і fvl. § 42). Якщо ви подаєте заяву з-за кордону, дайте відповідь «ні».
