# Files, privacy and bad input (issue 12): errors and notices of the desktop app and the core, Persian.
# Not yet checked by a translator. Field names follow ui.ftl (the words the user sees in the form).

ui-err-open-unknown = این فایل در این نشست صادر نشده است، پس Klagehjelp آن را باز نمی‌کند. آن را دوباره صادر کنید و از دکمه‌هایی که نمایش داده می‌شوند استفاده کنید.

file-error-encoding = فایل به صورت متن UTF-8 یا UTF-16 ذخیره نشده است، پس Klagehjelp نمی‌تواند آن را بدون خطر حروف نادرست در نام‌ها بخواند (نخستین بایتی که خوانده نمی‌شود در جایگاه { $offset } است). فایل را در یک ویرایشگر متن باز کنید و دوباره با رمزگذاری «UTF-8» ذخیره کنید.
file-error-utf16 = فایل می‌گوید که متن UTF-16 است، اما آسیب دیده است. فایل را در یک ویرایشگر متن باز کنید و دوباره با رمزگذاری «UTF-8» ذخیره کنید.
file-error-too-big = حجم فایل { $size } کیلوبایت است؛ فایل پرونده حداکثر می‌تواند { $limit } کیلوبایت باشد. بررسی کنید که فایل درست را انتخاب کرده باشید.

## A field of a case file that cannot be read: where, in words, and what is wrong.
case-error-field = فایل پرونده خوانده نمی‌شود: فیلد «{ $field }» (سطر { $line }، { $path }) { $problem } فایل را درست کنید، یا از کسی که آن را فرستاده یک نسخهٔ تازه بخواهید.
case-field-problem-kind = { $found } دارد، اما باید { $expected } داشته باشد.
case-field-problem-kind-only = { $found } دارد، و این اینجا مجاز نیست.
case-field-problem-not-allowed = «{ $found }» دارد، که یکی از مقدارهای مجاز ({ $allowed }) نیست.
case-field-problem-missing = وجود ندارد.
case-field-problem-invalid = مقداری دارد که معتبر نیست.
case-kind-text = متن
case-kind-number = یک عدد
case-kind-yes-no = بله یا نه (true یا false)
case-kind-list = یک فهرست
case-kind-group = گروهی از فیلدها
case-kind-empty = مقدار خالی (null)
case-kind-unknown = مقداری از نوع دیگر
case-field-format = قالب فایل
case-field-letter-language = زبان نامه
case-field-applicant = متقاضی
case-field-applicant-given-name = نام
case-field-applicant-family-name = نام خانوادگی
case-field-applicant-birth-date = تاریخ تولد
case-field-applicant-citizenship = تابعیت
case-field-applicant-address = نشانی
case-field-applicant-phone = تلفن
case-field-applicant-email = ایمیل
case-field-duf = شمارهٔ DUF
case-field-decision = تصمیم
case-field-decision-authority = چه کسی تصمیم را گرفته است
case-field-decision-embassy = سفارت یا کنسولگری
case-field-decision-police-district = حوزهٔ پلیس
case-field-decision-date = تاریخ تصمیم
case-field-decision-received = تاریخ دریافت تصمیم
case-field-decision-stated-deadline = مهلتی که در تصمیم آمده
case-field-decision-reference = شمارهٔ مرجع
case-field-decision-refusal-grounds = دلایلی که در تصمیم آمده
case-field-facts = پاسخ‌ها در بررسی شرایط
case-field-facts-answer = پاسخ «{ $name }» در بررسی شرایط
case-field-grounds = دلایل
case-field-grounds-requirement = دلایل { $n }: شرط
case-field-grounds-text = دلایل { $n }: متن شما
case-field-request-deferred-implementation = درخواست تعویق اجرا
case-field-will-send-more-documents = مدارک بیشتری را بعداً می‌فرستم
case-field-attachments = پیوست‌ها
case-field-attachments-title = پیوست { $n }
case-field-representative = نماینده
case-field-representative-name = نام نماینده
case-field-representative-organisation = سازمان نماینده
case-field-representative-address = نشانی نماینده
case-field-representative-phone = تلفن نماینده
case-field-representative-email = ایمیل نماینده
case-field-representative-is-lawyer = نماینده وکیل دادگستری است
case-field-signed-place = محل امضا
case-field-late-reason = چرا اعتراض دیر شده است

ui-err-text-too-long = «{ $field }» { $chars } نویسه دارد؛ هر فیلد حداکثر { $limit } نویسه می‌تواند داشته باشد. آن را کوتاه‌تر کنید، یا متن بلند را در یک پیوست بگذارید. تغییر ذخیره نشد.
ui-err-case-unreadable = فایل پرونده خوانده نمی‌شود: { $reason }.

ui-restore-backup = بازگرداندن نسخهٔ قبلی
ui-restore-backup-title = نسخهٔ قبلی بازگردانده شود؟
ui-restore-backup-text = فایل آسیب‌دیدهٔ { $name } با نسخه‌ای جایگزین می‌شود که پیش از آخرین تغییر ذخیره شده بود. ممکن است آخرین تغییرها از دست بروند.
ui-restored-backup = نسخهٔ قبلی { $name } بازگردانده شد.

## Dates that cannot be right (a typo in the year).
ui-err-date-too-early = { $value } پیش از سال 1900 است. سال را بررسی کنید: شاید اشتباه تایپی داشته باشد.
ui-err-date-too-late = { $value } بیش از یک سال بعد از امروز است (پس از { $limit }). سال را بررسی کنید: شاید اشتباه تایپی داشته باشد.
case-date-too-early = { $value } پیش از سال 1900 است. سال را بررسی کنید: شاید اشتباه تایپی داشته باشد.
case-date-too-late = { $value } بیش از یک سال بعد از امروز است (پس از { $limit }). سال را بررسی کنید: شاید اشتباه تایپی داشته باشد.

deadline-stated-implausible = مهلتی که از تصمیم وارد کردید ({ $stated }) بیش از دو ماه پس از روزی است که تصمیم را دریافت کردید. مهلت اعتراض 3 هفته است (fvl. § 29)، پس این احتمالاً اشتباه تایپی است: تاریخ را در تصمیم بررسی کنید. تا وقتی آن را درست نکنید، Klagehjelp مهلت قانونی، یعنی { $computed }، را به کار می‌برد.
case-decision-stated-implausible = مهلتی که از تصمیم وارد شده، بیش از دو ماه پس از روزی است که تصمیم را دریافت کردید، پس احتمالاً اشتباه تایپی است. تاریخ را در تصمیم بررسی کنید. نامه مهلت قانونی را به کار می‌برد.

## What is wrong where a case file is not valid JSON.
case-syntax-cut-off = فایل زودتر از انتظار تمام می‌شود؛ شاید هنگام کپی شدن بریده شده باشد
case-syntax-trailing-comma = پیش از یک پرانتز بسته، یک ویرگول اضافه هست
case-syntax-key = نام یک فیلد میان گیومه‌های دوتایی (") نیست
case-syntax-control = در یک متن، رفتن به خط بعد یا یک تب هست که به صورت \n یا \t نوشته نشده
case-syntax-escape = در یک متن، یک خط مورب وارو (\) هست که پس از آن کد معتبری نیامده
case-syntax-number = یک عدد درست نوشته نشده
case-syntax-nested = فایل لایه‌های تودرتوی بسیار زیادی دارد و نمی‌تواند فایل پرونده باشد
case-syntax-trailing = پس از پایان پرونده، متن بیشتری آمده
case-syntax-other = اینجا مقداری نیست یا درست نوشته نشده

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
