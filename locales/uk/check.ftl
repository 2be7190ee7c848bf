# The check and interview commands (CLI). Ukrainian. Not yet checked by a translator.
check-heading = Вимоги для возз’єднання сім’ї
check-assessed = Оцінено станом на { $date }. Правила й суми станом на { $rules }.
check-exceptions = Що може допомогти:
check-documents = Документи:
check-argument = Чернетка тексту скарги:
check-summary = { $attention ->
        [0] Усі вимоги виконано або вони не застосовуються.
       *[other] Вимог, які потребують уваги: { $attention }.
    }
check-file-read = Не вдається прочитати файл { $file }: { $error }
check-file-json = Файл { $file } недійсний: { $error }. Очікувався файл сценарію з "facts" або файл справи (klagehjelp-case/2).
interview-error-unknown-fact = Невідомий факт: { $fact }.
interview-error-value = "{ $value }" — недійсна відповідь для { $fact }. Очікується: { $expected }.
interview-intro = Відповідайте на запитання якомога краще. Натисніть Enter, щоб пропустити запитання. Введіть ? для довідки.
interview-choose = Введіть номер своєї відповіді.
interview-date-format = Напишіть дату у форматі YYYY-MM-DD, наприклад 1994-09-30.
interview-saved = Ваші відповіді збережено у { $file }.
check-unknown-facts = Klagehjelp не знає цих фактів і не використовує їх: { $facts }. Перевірте написання (див. список фактів у README).
