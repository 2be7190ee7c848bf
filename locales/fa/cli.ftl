## Command line: shared messages (src/cli/mod.rs), Persian. Not yet checked by a translator.

cli-date-not-a-date = { $option }: «{ $value }» تاریخ نیست. تاریخ را به شکل YYYY-MM-DD بنویسید، مثلاً 2025-03-27.
cli-date-bad-month = { $option }: «{ $value }» تاریخ واقعی نیست: ماه باید از 01 تا 12 باشد. تاریخ را به شکل YYYY-MM-DD بنویسید، مثلاً 2025-03-27.
cli-date-bad-day = { $option }: «{ $value }» تاریخ واقعی نیست: آن ماه فقط { $days } روز دارد. یک تاریخ واقعی به شکل YYYY-MM-DD بنویسید.
cli-file-written = فایل تقویم نوشته شد: { $path }
cli-write-failed = فایل { $path } نوشته نشد: { $error }. بررسی کنید که پوشه وجود دارد و اجازهٔ نوشتن در آن را دارید.
