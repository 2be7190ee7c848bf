# Files, privacy and bad input (issue 12): errors and notices of the desktop app (ui-*), Persian. Not yet checked by a translator.
# Only the ui-* messages of en/nb safety.ftl are translated here.

ui-err-open-unknown = این فایل در این نشست صادر نشده است، پس Klagehjelp آن را باز نمی‌کند. آن را دوباره صادر کنید و از دکمه‌هایی که نمایش داده می‌شوند استفاده کنید.

ui-err-text-too-long = «{ $field }» { $chars } نویسه دارد؛ هر فیلد حداکثر { $limit } نویسه می‌تواند داشته باشد. آن را کوتاه‌تر کنید، یا متن بلند را در یک پیوست بگذارید. تغییر ذخیره نشد.
ui-err-case-unreadable = فایل پرونده خوانده نمی‌شود: { $reason }.

ui-restore-backup = بازگرداندن نسخهٔ قبلی
ui-restore-backup-title = نسخهٔ قبلی بازگردانده شود؟
ui-restore-backup-text = فایل آسیب‌دیدهٔ { $name } با نسخه‌ای جایگزین می‌شود که پیش از آخرین تغییر ذخیره شده بود. ممکن است آخرین تغییرها از دست بروند.
ui-restored-backup = نسخهٔ قبلی { $name } بازگردانده شد.

## Dates that cannot be right (a typo in the year).
ui-err-date-too-early = { $value } پیش از سال 1900 است. سال را بررسی کنید: شاید اشتباه تایپی داشته باشد.
ui-err-date-too-late = { $value } بیش از یک سال بعد از امروز است (پس از { $limit }). سال را بررسی کنید: شاید اشتباه تایپی داشته باشد.

## Reception mode (a shared computer at a reception desk).
ui-reception-mode-title = حالت پذیرش: هیچ چیز روی این رایانه نگه داشته نمی‌شود
ui-reception-mode-text = پرونده‌ای که اینجا می‌نویسید فقط تا وقتی Klagehjelp باز است وجود دارد. روی این رایانه ذخیره نمی‌شود، و در نام فایل‌ها هیچ نام یا شمارهٔ DUF نمی‌آید.
ui-reception-mode-kept = آنچه می‌ماند: فقط فایل‌هایی که خودتان ذخیره می‌کنید (نامه به‌صورت PDF، فایل تقویم، فایل پروندهٔ صادرشده). وقتی کارتان تمام شد، «پایان و پاک کردن» را بزنید: پرونده برداشته می‌شود و به شما پیشنهاد می‌شود فایل‌هایی را که ذخیره کرده‌اید حذف کنید.
ui-reception-mode-stored = در حالت پذیرش، پرونده‌ها فقط در حافظه نگه داشته می‌شوند و وقتی نشست تمام شود یا Klagehjelp بسته شود، از بین می‌روند.
ui-reception-mode-setting = استفاده از حالت پذیرش روی این رایانه
ui-reception-mode-setting-hint = برای رایانه‌ای که افراد زیادی از آن استفاده می‌کنند. از دفعهٔ بعد که Klagehjelp باز شود اعمال می‌شود. می‌توان آن را با گزینهٔ --reception هم اجرا کرد.
ui-reception-mode-on = حالت پذیرش برای این رایانه انتخاب شد. از دفعهٔ بعد که Klagehjelp باز شود اعمال می‌شود.
ui-reception-mode-off = حالت پذیرش برای این رایانه از اجرای بعدی خاموش است. از آن پس پرونده‌ها روی این رایانه ذخیره می‌شوند.
ui-finish-session = پایان و پاک کردن
ui-finish-session-title = نشست پایان یابد و پاک شود؟
ui-finish-session-text = همهٔ پرونده‌های این نشست از Klagehjelp برداشته می‌شوند. به فایل‌هایی که خودتان ذخیره کرده‌اید دست زده نمی‌شود، مگر اینکه در مرحلهٔ بعد حذف آن‌ها را انتخاب کنید.
ui-session-finished = نشست تمام شد. هیچ چیز از آن در Klagehjelp نمانده است.
ui-delete-files = حذف فایل‌ها
ui-delete-files-title = فایل‌هایی که ذخیره کردید حذف شوند؟
ui-delete-files-text = این فایل‌ها در این نشست ذخیره شدند ({ $count }). آن‌ها از این رایانه حذف شوند؟
    { $files }
ui-deleted-files = فایل‌های حذف‌شده: { $count }.
