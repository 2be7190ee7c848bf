## Command line: shared messages (src/cli/mod.rs), Ukrainian. Not yet checked by a translator.

cli-date-not-a-date = { $option }: «{ $value }» — не дата. Напишіть дату як YYYY-MM-DD, наприклад 2025-03-27.
cli-date-bad-month = { $option }: «{ $value }» — не справжня дата: місяць має бути від 01 до 12. Напишіть дату як YYYY-MM-DD, наприклад 2025-03-27.
cli-date-bad-day = { $option }: «{ $value }» — не справжня дата: у цьому місяці лише { $days } днів. Напишіть справжню дату як YYYY-MM-DD.
cli-file-written = Файл календаря записано: { $path }
cli-write-failed = Не вдалося записати файл { $path }: { $error }. Перевірте, чи папка існує і чи можна в неї записувати.
