# Klagehjelp desktop app (ui-*), Ukrainian. Not yet checked by a translator.
# Legal terms keep the Norwegian word in brackets at first use on a screen.
# Legal citations (fvl. § 29, utl. § 90) stay as they are.

ui-lang-name-nb = Norsk bokmål
ui-lang-name-nn = Norsk nynorsk
ui-lang-name-en = English
ui-skip-to-content = Перейти до змісту
ui-ui-language = Мова застосунку
ui-privacy-footer = Усе, що ви пишете, зберігається лише на цьому комп’ютері.
ui-saving = Зберігаємо …
ui-saved = Збережено
ui-all-cases = Усі справи
ui-back = Назад
ui-next = Далі
ui-finish = Готово
ui-step-of = Крок { $n } з { $total }
ui-progress-label = Поступ
ui-progress-done = виконано
ui-progress-current = ви тут
ui-yes = Так
ui-no = Ні
ui-cancel = Скасувати
ui-change = Змінити
ui-go-to-field = Перейти до поля
ui-open = Відкрити
ui-duplicate = Зробити копію
ui-delete = Видалити
ui-export = Експортувати
ui-import = Імпортувати справу (.klage.json)
ui-save-title = Зберегти як
ui-import-title = Виберіть справу для імпорту

## Start screen
ui-start-title = Klagehjelp
ui-start-lead = Вам відмовили у возз’єднанні з родиною в Норвегії? Тут ви крок за кроком напишете скаргу (klage) і отримаєте лист, готовий до підпису й надсилання до кінця строку.
ui-new-case = Почати нову скаргу
ui-saved-cases = Збережені справи
ui-no-cases = У вас ще немає збережених справ.
ui-unnamed-case = (без імені)
ui-col-name = Ім’я
ui-col-duf = Номер DUF
ui-col-deadline = Строк
ui-col-days-left = Залишилося днів
ui-col-actions = Дії
ui-duplicated = Копію створено.
ui-deleted = Справу «{ $name }» видалено.
ui-delete-title = Видалити справу?
ui-delete-text = Справу «{ $name }» буде видалено з цього комп’ютера. Цю дію не можна скасувати.
ui-exported-to = Справу збережено в { $path }.
ui-imported = Справу імпортовано.
ui-stored-where = Де зберігаються справи?
ui-stored-here = Справи автоматично зберігаються в цій папці на цьому комп’ютері:
ui-reception-title = Ви користуєтеся спільним комп’ютером
ui-reception-text = Справи зберігаються на цьому комп’ютері. Коли лист надруковано або надіслано, видаліть справу кнопкою «Видалити», щоб наступна людина її не побачила.

## Steps
ui-step-language-title = Мова і роль
ui-step-language-short = Мова
ui-step-language-lead = Виберіть мову листа і хто користується застосунком. Написати скаргу займає приблизно 20 хвилин.
ui-step-decision-title = Рішення
ui-step-decision-short = Рішення
ui-step-decision-lead = Покладіть перед собою лист із відмовою. Дані, які тут потрібні, є в цьому листі.
ui-step-deadline-title = Строк
ui-step-deadline-short = Строк
ui-step-check-title = Перевірка умов
ui-step-check-short = Умови
ui-step-check-lead = Дайте відповіді на запитання, і ми покажемо, які умови, схоже, виконано і які документи можуть допомогти.
ui-step-grounds-title = Підстави
ui-step-grounds-short = Підстави
ui-step-grounds-lead = Тут ви пишете, чому вважаєте рішення неправильним. Для кожної умови ми підготували пропозицію. Змініть текст так, щоб він відповідав вашій справі.
ui-step-attachments-title = Додатки
ui-step-attachments-short = Додатки
ui-step-attachments-lead = Документи, які ви додаєте, нумеруються в цьому порядку: Додаток 1, 2 і так далі. Під списком — документи, які пропонує перевірка.
ui-step-representative-title = Представник
ui-step-representative-short = Представник
ui-step-representative-lead-applicant = Якщо вам хтось допомагає і має отримувати листи від UDI від вашого імені, ця людина — ваш представник (fullmektig).
ui-step-representative-lead-helper = Ви допомагаєте заявникові. Заповніть свої дані. Ми додамо довіреність (fullmakt), яку підпише заявник.
ui-step-representative-lead-reception = У заявника може бути представник, наприклад адвокат або волонтер.
ui-step-review-title = Перевірка і друк
ui-step-review-short = Перевірка
ui-step-review-lead = Тут усе, що ви відповіли. Ви можете виправити це прямо тут. Лист унизу оновлюється, поки ви пишете.

## 1. Language and role
ui-languages = Мови
ui-ui-language-hint = Мову застосунку вибирають угорі праворуч. Її можна змінити будь-коли.
ui-letter-language = Мова листа
ui-letter-language-hint = UDI та UNE приймають листи лише норвезькою або англійською. Тому лист пишеться однією з цих мов, навіть якщо застосунок українською.
ui-letter-lang-nb = Норвезька (bokmål)
ui-letter-lang-nn = Норвезька (nynorsk)
ui-letter-lang-en = Англійська
ui-role-legend = Хто користується застосунком?
ui-role-applicant = Відмову отримав(-ла) я
ui-role-applicant-hint = Ви пишете скаргу для себе.
ui-role-helper = Я допомагаю комусь
ui-role-helper-hint = Наприклад як волонтер Jussbuss, родич або друг. Ви стаєте представником.
ui-role-reception = Я працюю на стійці прийому
ui-role-reception-hint = Наприклад у посольстві. Ви допомагаєте заявникові заповнити дані, але заявник підписує сам.

## 2. The decision
ui-applicant-legend = Заявник (людина, якій відмовили)
ui-applicant-hint-self = Ваші дані.
ui-applicant-hint-other = Дані людини, якій відмовили.
ui-given-name = Ім’я
ui-family-name = Прізвище
ui-birth-date = Дата народження
ui-citizenship = Громадянство
ui-address = Адреса
ui-address-hint = Вулиця, поштовий індекс і місто, а також країна, якщо це не Норвегія.
ui-phone = Телефон
ui-email = Електронна пошта
ui-date-hint = Напишіть дату як YYYY-MM-DD або DD.MM.YYYY, наприклад 2026-11-09.
ui-decision-legend = Рішення (vedtak)
ui-authority = Хто ухвалив рішення?
ui-authority-UDI = UDI
ui-authority-UNE = UNE
ui-authority-police = Поліція
ui-authority-embassy = Посольство
ui-authority-une-note = Рішення UNE остаточні. Ви можете попросити UNE змінити рішення, якщо маєте нову інформацію. Тоді лист стає проханням про перегляд (omgjøring).
ui-embassy = Яке посольство чи консульство?
ui-decision-date = Дата рішення
ui-decision-date-hint = Угорі листа.
ui-decision-received = Дата, коли ви отримали рішення
ui-decision-received-hint = День, коли лист надійшов до вас або до вашого представника. Строк рахується від цього дня.
ui-stated-deadline = Строк, указаний у рішенні (якщо є)
ui-stated-deadline-hint = Залиште порожнім, якщо в рішенні немає дати.
ui-reference = Номер справи (якщо є)
ui-reference-hint = Не обов’язково.
ui-duf = Номер DUF
ui-duf-hint = 12 цифр, угорі рішення, наприклад 2012 586975 61.
ui-duf-ok = Правильний формат: { $duf }
ui-refusal-grounds-legend = Які умови рішення називає причиною відмови?
ui-refusal-grounds-hint = Позначте всі, що згадано в рішенні. Якщо не впевнені, продовжуйте: перевірка далі покаже більше.

## 3. Deadline
ui-deadline-label = Скаргу треба надіслати не пізніше
ui-deadline-short-open = { $days ->
    [one] Залишився { $days } день
    [few] Залишилося { $days } дні
    [many] Залишилося { $days } днів
   *[other] Залишилося { $days } дня
}
ui-deadline-short-last-day = Сьогодні останній день
ui-deadline-short-passed = { $days ->
    [one] Строк минув { $days } день тому
    [few] Строк минув { $days } дні тому
    [many] Строк минув { $days } днів тому
   *[other] Строк минув { $days } дня тому
}
ui-deadline-stated-vs-computed = У рішенні вказано { $stated }. За законом строк — { $computed }. Дотримуйтеся ранішої дати.
ui-deadline-advice-open-title = У вас є час
ui-deadline-advice-open = Пройдіть кроки спокійно. Надішліть скаргу задовго до кінця строку.
ui-deadline-advice-close-title = Строк близько
ui-deadline-advice-close = Надішліть скаргу якомога швидше. Якщо бракує документів, надішліть зараз попередню скаргу і напишіть, що документи надійдуть пізніше. Тоді UDI зазвичай дає ще два тижні (настанови UDI щодо скарг).
ui-deadline-advice-last-day-title = Сьогодні останній день
ui-deadline-advice-last-day = Надішліть скаргу сьогодні. Поштою — її треба здати на пошту до кінця строку (fvl. § 30). Якщо завантажуєте онлайн, вона має надійти сьогодні. Якщо бракує документів, надішліть попередню скаргу.
ui-deadline-advice-passed-title = Строк минув
ui-deadline-advice-passed = Ви ще можете надіслати скаргу. Поясніть у листі, чому вона запізнилася. UDI може її розглянути, якщо в запізненні немає вашої вини або є особливі причини (fvl. § 31).
ui-deadline-one-year = Скаргу не можна розглянути, якщо минуло більше року від ухвалення рішення (fvl. § 31). Ця межа — { $date }.
ui-deadline-how-title = Як обчислено строк
ui-deadline-todo-title = Що вам слід зробити
ui-add-to-calendar = Додати строк до календаря (.ics)
ui-add-to-calendar-hint = З нагадуваннями за 7 і за 2 дні.
ui-ics-saved = Файл календаря збережено: { $path }

## 4. Check
ui-check-screen-of = Частина { $n } з { $total }
ui-check-new-questions = Ваша відповідь додала запитання на цій сторінці. Дайте на них відповідь або ще раз натисніть «Далі», щоб їх пропустити.
ui-check-results-title = Результат для кожної умови
ui-exceptions = Винятки
ui-documents = Документи, які можуть допомогти
ui-legal-source = Джерело: { $source }
ui-status-met = Виконано
ui-status-not-met = Не виконано
ui-status-not-applicable = Не стосується
ui-status-needs-assessment = Потрібна оцінка
ui-status-unknown = Неясно
ui-group-other = Інші запитання

## 5. Grounds
ui-grounds-none-failing = Перевірка не знайшла жодної невиконаної умови, і ви не позначили жодної причини з рішення. Напишіть своїми словами, чому вважаєте рішення неправильним.
ui-grounds-your-text = Ваші підстави
ui-grounds-edit-hint = Пропозиція — лише початок. Напишіть, що правдиве у вашій справі і що змінилося після рішення. Пишіть норвезькою або англійською, бо текст потрапляє в лист як є.
ui-grounds-reset = Вставити пропозицію знову
ui-grounds-other = Інші причини
ui-grounds-other-hint = Необов’язково. Наприклад помилки в розгляді справи або факти, яких UDI не врахувало. Пишіть норвезькою або англійською, бо текст потрапляє в лист як є.
ui-deferred-legend = Залишитися в Норвегії, поки розглядають скаргу
ui-deferred-explain = Ви можете попросити дозволу залишитися в Норвегії, доки скаргу не розглянуть. Це називається відстрочення виконання (utsatt iverksettelse).
ui-deferred-label = Попросити відстрочення виконання
ui-deferred-source = Закон про державне управління (fvl.) § 42 і Закон про іноземців (utl.) § 90.
ui-deferred-abroad = Заявник не в Норвегії, тому відстрочення виконання не застосовується (utl. § 90).
ui-deferred-unknown = Дайте відповідь у перевірці умов на запитання, чи заявник у Норвегії. Тоді ви побачите, чи можна попросити залишитися на час розгляду скарги.
ui-provisional-legend = Бракує документів?
ui-provisional-explain = Однаково надішліть скаргу вчасно і напишіть, що документи надійдуть пізніше. Тоді UDI зазвичай дає новий строк — два тижні.
ui-provisional-label = Я надішлю інші документи пізніше (попередня скарга)
ui-provisional-source = Настанови UDI «Як оскаржити рішення UDI?» і циркуляр RS 2010-161.

## 6. Attachments
ui-attachments-udi-fetches = UDI саме отримує дані про роботу, виплати NAV, податки, зарплату та студентські позики. Додайте те, чого в UDI немає: наприклад новий трудовий договір або пояснення (RS 2014-012).
ui-attachment-n = Додаток { $n }
ui-no-attachments = Додатків ще немає.
ui-add-attachment = Додати додаток
ui-move-up = Перемістити вгору
ui-move-down = Перемістити вниз
ui-remove = Прибрати
ui-attachments-fullmakt-note = До листа також додаються довіреність (fullmakt) і копія паспорта заявника.

## 7. Representative
ui-reception-not-fullmektig = Працівники міграційної служби можуть допомогти заявникові написати скаргу, але не можуть бути представником у справі (fvl. § 12, друга частина). Скаргу підписує заявник.
ui-rep-question = Чи є в заявника представник, який має отримувати листи від UDI в цій справі?
ui-rep-question-helper = Ви будете представником заявника?
ui-rep-legend = Представник
ui-rep-name = Ім’я
ui-rep-organisation = Організація
ui-rep-organisation-hint = Наприклад Jussbuss. Залиште порожнім, якщо допомагаєте як приватна особа.
ui-rep-is-lawyer = Представник — адвокат (advokat)
ui-rep-is-lawyer-hint = Адвокатові не потрібна письмова довіреність (fvl. § 12, четверта частина).
ui-rep-none = Представника немає. Підписує заявник.
ui-fullmakt-title = Довіреність (fullmakt)
ui-fullmakt-explain = Ми додаємо довіреність у кінці листа. Заявник її підписує, а ви додаєте копію сторінки паспорта з фото й підписом. Представникові має бути більше 18 років, і він не може працювати в міграційній службі (fvl. § 12, UDI).

## 8. Review
ui-review-language = Мова
ui-review-answers = Відповіді в перевірці умов
ui-not-answered = Немає відповіді
ui-review-unused-title = Відповіді, що не використовуються в листі
ui-review-unused-hint = Ці відповіді більше не стосуються справи після того, що ви відповіли пізніше. Вони збережені, але не використовуються в листі.
ui-signing = Підпис
ui-signed-place = Місце підписання
ui-signed-place-hint = Наприклад Oslo.
ui-preview-title = Лист
ui-preview-hint = Це той самий текст, що буде в PDF. Лист норвезькою або англійською, як вимагає UDI.
ui-problems-title = Чого бракує, щоб створити лист
ui-export-pdf = Експортувати PDF
ui-exporting = Створюємо PDF …
ui-export-saved = PDF збережено:
ui-open-pdf = Відкрити PDF
ui-show-in-folder = Показати в папці
ui-send-title = Як підписати й надіслати скаргу
ui-send-sign = Надрукуйте лист і підпишіть його. Скарги без підпису відхиляють (UDI). Якщо є представник, заявник також підписує довіреність.
ui-send-proof = Збережіть копію і квитанцію, яка показує, коли ви її надіслали.

## Errors
ui-err-date-missing = Введіть дату.
ui-err-date-invalid = «{ $value }» — неправильна дата. Напишіть її як YYYY-MM-DD або DD.MM.YYYY, наприклад 2026-11-09.
ui-err-case-invalid = Не вдалося прочитати справу: { $reason }
ui-err-case-not-found = Справу не знайдено.
ui-err-io-write = Не вдалося зберегти в { $path }: { $reason }. Перевірте, чи є місце на диску і чи можна записувати в цю папку.
ui-err-io-read = Не вдалося прочитати { $path }: { $reason }.
ui-err-io-delete = Не вдалося видалити { $path }: { $reason }.
ui-err-open-failed = Не вдалося відкрити { $path }: { $reason }.
ui-err-pdf-failed = Не вдалося створити PDF: { $reason }
ui-rules-note = Перевірка спирається на правила й суми станом на { $date } і оцінює умови станом на { $assessed }.
ui-err-facts-invalid = Не вдалося прочитати відповідь у перевірці: { $reason }
ui-grounds-insert = Вставити пропозицію
ui-warnings-title = Варто перевірити
ui-suggested-title = Документи, які пропонує перевірка
ui-suggested-hint = Додайте те, що маєте і що підходить до вашої справи. Текст потрапляє в лист як є, і його можна змінити в списку вище.
ui-suggested-add = Додати
ui-suggested-added = Додано

## Late klage (fvl. § 31)
ui-late-reason-label = Чому скарга (klage) запізнилася?
ui-late-reason-hint = Строк минув. Коротко напишіть, чому ви не оскаржили вчасно і чому змогли оскаржити лише тепер. Цей текст потрапить у лист. Запізнілу скаргу можуть розглянути, якщо в запізненні немає вашої вини або є особливі причини. Її ніколи не розглядають, якщо від ухвалення рішення минуло більше року (Закон про державне управління, fvl. § 31). Пишіть норвезькою або англійською, бо текст потрапляє в лист як є.

## Languages and legal terms (shown when the app is not in Norwegian)
ui-translation-unreviewed = Цей переклад ще не перевірив перекладач.
ui-terms-title = Юридичні слова норвезькою
ui-terms-hint = Ці слова ви побачите норвезькою в листах від UDI і у своїй скарзі.
ui-term-klage = скарга
    .explain = Лист, у якому ви просите змінити рішення.
ui-term-vedtak = рішення
    .explain = Те, що вирішили у вашій справі, наприклад відмова в заяві.
ui-term-referanseperson = референтна особа
    .explain = Людина в Норвегії, з якою заявник хоче жити.
ui-term-utsatt-iverksettelse = відстрочення виконання
    .explain = Дозвіл залишитися в Норвегії, поки розглядають скаргу.
ui-term-fullmakt = довіреність
    .explain = Папір, яким заявник дає іншій людині право діяти у справі.
ui-term-duf-nummer = номер DUF
    .explain = Номер вашої справи в UDI, 12 цифр.
ui-check-missing = Що нам ще потрібно знати
ui-date-or-never-date = Так, востаннє виплачено цієї дати:
ui-never = Ніколи
ui-check-sources = Джерела, на яких ґрунтується це правило ({ $n })
ui-police-district = Поліцейський округ, який ухвалив рішення
ui-made-by = Хто ухвалив рішення, згідно з самим рішенням?
ui-made-by-hint = Подивіться на шапку листа й підпис, на речення, де сказано, хто відмовив, і на роз’яснення щодо оскарження: якщо там сказано, що скаргу вирішує UNE, то рішення ухвалило UDI.
ui-made-by-UDI = UDI (посольство чи поліція лише передали його)
ui-made-by-embassy = Саме посольство чи консульство
ui-made-by-police = Сам поліцейський округ
ui-made-by-unsure = Я не впевнений(-а)
