# Files, privacy and bad input (issue 12): errors and notices of the desktop app and the core, Ukrainian.
# Not yet checked by a translator. Field names follow ui.ftl (the words the user sees in the form).

ui-err-open-unknown = Цей файл не експортовано в цьому сеансі, тому Klagehjelp його не відкриє. Експортуйте його знову й скористайтеся кнопками, що з’являться.

file-error-encoding = Файл збережено не як текст UTF-8 чи UTF-16, тому Klagehjelp не може прочитати його без ризику неправильних літер в іменах (перший байт, який не вдається прочитати, стоїть на позиції { $offset }). Відкрийте файл у текстовому редакторі й збережіть його знову з кодуванням «UTF-8».
file-error-utf16 = Файл позначено як текст UTF-16, але він пошкоджений. Відкрийте файл у текстовому редакторі й збережіть його знову з кодуванням «UTF-8».
file-error-too-big = Розмір файлу — { $size } КБ; файл справи може мати щонайбільше { $limit } КБ. Перевірте, чи ви вибрали правильний файл.

## A field of a case file that cannot be read: where, in words, and what is wrong.
case-error-field = Не вдається прочитати файл справи: поле «{ $field }» (рядок { $line }, { $path }) { $problem } Виправте файл або попросіть людину, яка його надіслала, про нову копію.
case-field-problem-kind = містить { $found }, але має містити { $expected }.
case-field-problem-kind-only = містить { $found }, а це тут не дозволено.
case-field-problem-not-allowed = містить «{ $found }», а це не одне з дозволених значень ({ $allowed }).
case-field-problem-missing = відсутнє.
case-field-problem-invalid = містить недійсне значення.
case-kind-text = текст
case-kind-number = число
case-kind-yes-no = так або ні (true або false)
case-kind-list = список
case-kind-group = групу полів
case-kind-empty = порожнє значення (null)
case-kind-unknown = значення іншого типу
case-field-format = Формат файлу
case-field-letter-language = Мова листа
case-field-applicant = Заявник
case-field-applicant-given-name = Ім’я
case-field-applicant-family-name = Прізвище
case-field-applicant-birth-date = Дата народження
case-field-applicant-citizenship = Громадянство
case-field-applicant-address = Адреса
case-field-applicant-phone = Телефон
case-field-applicant-email = Електронна пошта
case-field-duf = Номер DUF
case-field-decision = Рішення
case-field-decision-authority = Хто ухвалив рішення
case-field-decision-embassy = Посольство чи консульство
case-field-decision-police-district = Поліцейський округ
case-field-decision-date = Дата рішення
case-field-decision-received = Дата, коли ви отримали рішення
case-field-decision-stated-deadline = Строк, указаний у рішенні
case-field-decision-reference = Номер справи
case-field-decision-refusal-grounds = Причини, названі в рішенні
case-field-facts = Відповіді в перевірці умов
case-field-facts-answer = Відповідь «{ $name }» у перевірці умов
case-field-grounds = Підстави
case-field-grounds-requirement = Підстави { $n }: умова
case-field-grounds-text = Підстави { $n }: ваш текст
case-field-request-deferred-implementation = Попросити відстрочення виконання
case-field-will-send-more-documents = Я надішлю інші документи пізніше
case-field-attachments = Додатки
case-field-attachments-title = Додаток { $n }
case-field-representative = Представник
case-field-representative-name = Ім’я представника
case-field-representative-organisation = Організація представника
case-field-representative-address = Адреса представника
case-field-representative-phone = Телефон представника
case-field-representative-email = Електронна пошта представника
case-field-representative-is-lawyer = Представник — адвокат
case-field-signed-place = Місце підписання
case-field-late-reason = Чому скарга запізнилася

ui-err-text-too-long = Кількість символів у полі «{ $field }»: { $chars }; в одному полі може бути щонайбільше { $limit }. Скоротіть текст або перенесіть довгий текст у додаток. Зміну не збережено.
ui-err-case-unreadable = Не вдається прочитати файл справи: { $reason }.

ui-restore-backup = Відновити попередню версію
ui-restore-backup-title = Відновити попередню версію?
ui-restore-backup-text = Пошкоджений файл { $name } буде замінено версією, збереженою перед останньою зміною. Останні зміни можуть бути втрачені.
ui-restored-backup = Попередню версію { $name } відновлено.

## Dates that cannot be right (a typo in the year).
ui-err-date-too-early = { $value } — це раніше за 1900 рік. Перевірте рік: можливо, у ньому помилка.
ui-err-date-too-late = { $value } — це більш ніж через рік від сьогодні (після { $limit }). Перевірте рік: можливо, у ньому помилка.
case-date-too-early = { $value } — це раніше за 1900 рік. Перевірте рік: можливо, у ньому помилка.
case-date-too-late = { $value } — це більш ніж через рік від сьогодні (після { $limit }). Перевірте рік: можливо, у ньому помилка.

deadline-stated-implausible = Строк, який ви ввели з рішення ({ $stated }), настає більш ніж через два місяці після того, як ви отримали рішення. Строк для скарги — 3 тижні (fvl. § 29), тож це, імовірно, помилка: перевірте дату в рішенні. Доки ви її не виправите, Klagehjelp використовує строк за законом, { $computed }.
case-decision-stated-implausible = Строк, введений з рішення, настає більш ніж через два місяці після того, як ви отримали рішення, тож це, імовірно, помилка. Перевірте дату в рішенні. У листі використано строк за законом.

## What is wrong where a case file is not valid JSON.
case-syntax-cut-off = файл закінчується зарано; можливо, його обрізало під час копіювання
case-syntax-trailing-comma = перед закривною дужкою стоїть зайва кома
case-syntax-key = назву поля не взято в подвійні лапки
case-syntax-control = у тексті є розрив рядка або табуляція, не записані як \n або \t
case-syntax-escape = у тексті є зворотна скісна риска (\), після якої немає дійсного коду
case-syntax-number = число записано неправильно
case-syntax-nested = у файлі забагато вкладених рівнів, щоб він міг бути файлом справи
case-syntax-trailing = після кінця справи є ще текст
case-syntax-other = тут бракує значення або воно записане неправильно

## Reception mode (a shared computer at a reception desk).
ui-reception-mode-title = Режим прийому: на цьому комп’ютері нічого не зберігається
ui-reception-mode-text = Справа, яку ви тут пишете, існує лише доки Klagehjelp відкритий. Вона не зберігається на цьому комп’ютері, а назви файлів не містять ні імені, ні номера DUF.
ui-reception-mode-kept = Залишаються лише файли, які ви зберігаєте самі (лист у PDF, файл календаря, експортований файл справи). Коли закінчите, натисніть «Завершити й очистити»: справу буде видалено, і вам запропонують видалити збережені файли.
ui-reception-mode-stored = У режимі прийому справи зберігаються лише в пам’яті й зникають, коли сеанс завершено або Klagehjelp закрито.
ui-reception-mode-setting = Використовувати режим прийому на цьому комп’ютері
ui-reception-mode-setting-hint = Для комп’ютера, яким користується багато людей. Діє з наступного запуску Klagehjelp. Застосунок також можна запустити з параметром --reception.
ui-reception-mode-on = Для цього комп’ютера вибрано режим прийому. Він діятиме з наступного запуску Klagehjelp.
ui-reception-mode-off = Режим прийому для цього комп’ютера вимкнено з наступного запуску. Тоді справи зберігатимуться на цьому комп’ютері.
ui-finish-session = Завершити й очистити
ui-finish-session-title = Завершити й очистити?
ui-finish-session-text = Усі справи цього сеансу буде видалено з Klagehjelp. Файли, які ви зберегли самі, залишаться, якщо ви не вирішите видалити їх на наступному кроці.
ui-session-finished = Сеанс завершено. У Klagehjelp нічого з нього не залишилося.
ui-delete-files = Видалити файли
ui-delete-files-title = Видалити файли, які ви зберегли?
ui-delete-files-text = Ці файли було збережено в цьому сеансі ({ $count }). Видалити їх із цього комп’ютера?
    { $files }
ui-deleted-files = Видалено файлів: { $count }.
