# Letters (src/letter.rs), Ukrainian: the kind names, the notes to the sender
# and the CLI messages, which are shown in the UI language. The letter's own
# words (titles, footers, recipient, signature lines) stay in nb, nn or en, the
# letter language, and are not translated here. Not yet checked by a translator.
letter-kind-klage = скарга
letter-kind-forelopig = попередня скарга
letter-kind-late = запізніла скарга
letter-kind-omgjoring = прохання про перегляд
case-letter-send-udi = Підпишіть лист, відскануйте або сфотографуйте його і завантажте через форму UDI для надсилання документів, або надішліть поштою. Поштою — його треба здати на пошту до кінця строку; завантажений — він має надійти до кінця строку (Закон про державне управління, fvl. § 30).
case-letter-une-address = Klagehjelp не знає поштової адреси UNE. UNE віддає перевагу формі на une.no ("Request a reversal"). Перевірте адресу на une.no, перш ніж надсилати лист поштою.
case-letter-une-new-information = Зазвичай UNE просить нову інформацію або нові документи, коли хтось просить про перегляд. Додайте те, що нове.
case-letter-embassy-address = Скаргу надсилають до посольства, яке ухвалило рішення. Klagehjelp не знає його адреси: напишіть її під назвою або запитайте в посольстві, як подати скаргу.
case-letter-police-address = Скаргу надсилають до поліцейського округу, який ухвалив рішення. Klagehjelp не знає його адреси: знайдіть її на politiet.no і напишіть під назвою.
case-letter-fullmakt-sign = Заявник має підписати довіреність. Додайте копію сторінки паспорта з особистими даними й підписом. Представникові має бути більше 18 років, і він не може працювати в міграційній службі (Закон про державне управління, fvl. § 12).
case-letter-late-risk = Скарга запізнилася. Зазвичай UDI відхиляє запізнілі скарги, але мусить розглянути, чи все ж її прийняти (Закон про державне управління, fvl. § 31). Надішліть її якомога швидше.
letter-cli-read-failed = Не вдалося прочитати файл справи { $path }: { $error }. Перевірте, чи файл існує.
letter-cli-kind-unknown = --kind: "{ $value }" — це не тип листа. Використайте klage, forelopig, late, omgjoring, utsatt, ettersending, innsyn або costs.
letter-cli-problems = У справі є проблеми, які треба виправити, перш ніж можна буде написати лист:
letter-cli-written = Лист ({ $kind }) записано в { $path }.
letter-cli-note = Примітка:
case-letter-made-by-unsure = Ви не впевнені, хто ухвалив рішення. Перевірте в рішенні роз’яснення щодо оскарження й адресуйте лист так, як там сказано (див. klagehjelp route).
case-letter-send-as-decision-says = Рішення ухвалило UDI, а видало його посольство чи поліція. Скаргу адресують до UDI; надішліть її так, як сказано в листі з рішенням.
letter-kind-utsatt = прохання про відстрочення виконання
letter-kind-ettersending = додаткові документи
letter-kind-innsyn = прохання про доступ до документів справи
letter-kind-costs = вимога про відшкодування витрат у справі
