# Files, privacy and bad input (issue 12): errors and notices of the desktop app (ui-*), Ukrainian. Not yet checked by a translator.
# Only the ui-* messages of en/nb safety.ftl are translated here.

ui-err-open-unknown = Цей файл не експортовано в цьому сеансі, тому Klagehjelp його не відкриє. Експортуйте його знову й скористайтеся кнопками, що з’являться.

ui-err-text-too-long = Кількість символів у полі «{ $field }»: { $chars }; в одному полі може бути щонайбільше { $limit }. Скоротіть текст або перенесіть довгий текст у додаток. Зміну не збережено.
ui-err-case-unreadable = Не вдається прочитати файл справи: { $reason }.

ui-restore-backup = Відновити попередню версію
ui-restore-backup-title = Відновити попередню версію?
ui-restore-backup-text = Пошкоджений файл { $name } буде замінено версією, збереженою перед останньою зміною. Останні зміни можуть бути втрачені.
ui-restored-backup = Попередню версію { $name } відновлено.

## Dates that cannot be right (a typo in the year).
ui-err-date-too-early = { $value } — це раніше за 1900 рік. Перевірте рік: можливо, у ньому помилка.
ui-err-date-too-late = { $value } — це більш ніж через рік від сьогодні (після { $limit }). Перевірте рік: можливо, у ньому помилка.

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
