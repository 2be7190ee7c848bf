# Klagehjelp desktop app (ui-*), Persian. Not yet checked by a translator.
# Legal terms keep the Norwegian word in brackets at first use on a screen.
# Legal citations (fvl. § 29, utl. § 90) stay as they are.

ui-lang-name-nb = Norsk bokmål
ui-lang-name-nn = Norsk nynorsk
ui-lang-name-en = English
ui-skip-to-content = رفتن به محتوا
ui-ui-language = زبان برنامه
ui-privacy-footer = هر چه می‌نویسید فقط روی همین رایانه ذخیره می‌شود.
ui-saving = در حال ذخیره …
ui-saved = ذخیره شد
ui-all-cases = همهٔ پرونده‌ها
ui-back = بازگشت
ui-next = بعدی
ui-finish = تمام
ui-step-of = مرحلهٔ { $n } از { $total }
ui-progress-label = پیشرفت
ui-progress-done = انجام شد
ui-progress-current = شما اینجا هستید
ui-yes = بله
ui-no = نه
ui-cancel = لغو
ui-change = تغییر
ui-go-to-field = رفتن به فیلد
ui-open = باز کردن
ui-duplicate = کپی گرفتن
ui-delete = حذف
ui-export = صدور
ui-import = وارد کردن پرونده (.klage.json)
ui-save-title = ذخیره با نام
ui-import-title = پرونده‌ای را برای وارد کردن انتخاب کنید

## Start screen
ui-start-title = Klagehjelp
ui-start-lead = آیا درخواست پیوستن خانوادگی شما به نروژ رد شده است؟ اینجا قدم به قدم اعتراض (klage) می‌نویسید و نامه‌ای آماده برای امضا و ارسال پیش از پایان مهلت می‌گیرید.
ui-new-case = شروع یک اعتراض تازه
ui-saved-cases = پرونده‌های ذخیره‌شده
ui-no-cases = هنوز هیچ پرونده‌ای ذخیره نکرده‌اید.
ui-unnamed-case = (بی‌نام)
ui-col-name = نام
ui-col-duf = شمارهٔ DUF
ui-col-deadline = مهلت
ui-col-days-left = روزهای باقی‌مانده
ui-col-actions = کارها
ui-duplicated = کپی ساخته شد.
ui-deleted = پروندهٔ «{ $name }» حذف شد.
ui-delete-title = پرونده حذف شود؟
ui-delete-text = پروندهٔ «{ $name }» از این رایانه حذف می‌شود. این کار برگشت‌پذیر نیست.
ui-exported-to = پرونده در { $path } ذخیره شد.
ui-imported = پرونده وارد شد.
ui-stored-where = پرونده‌ها کجا ذخیره می‌شوند؟
ui-stored-here = پرونده‌ها به‌طور خودکار در این پوشه روی این رایانه ذخیره می‌شوند:
ui-reception-title = شما از یک رایانهٔ مشترک استفاده می‌کنید
ui-reception-text = پرونده‌ها روی این رایانه ذخیره می‌شوند. وقتی نامه چاپ یا فرستاده شد، پرونده را با «حذف» پاک کنید تا نفر بعدی آن را نبیند.

## Steps
ui-step-language-title = زبان و نقش
ui-step-language-short = زبان
ui-step-language-lead = زبان نامه و کسی را که از برنامه استفاده می‌کند انتخاب کنید. نوشتن اعتراض حدود 20 دقیقه طول می‌کشد.
ui-step-decision-title = تصمیم
ui-step-decision-short = تصمیم
ui-step-decision-lead = نامهٔ رد درخواست را جلوی خود بگذارید. اطلاعاتی که اینجا خواسته می‌شود در همان نامه است.
ui-step-deadline-title = مهلت اعتراض
ui-step-deadline-short = مهلت
ui-step-check-title = بررسی شرایط
ui-step-check-short = شرایط
ui-step-check-lead = به پرسش‌ها پاسخ دهید تا نشان دهیم کدام شرایط به نظر برآورده شده‌اند و کدام مدارک می‌توانند کمک کنند.
ui-step-grounds-title = دلایل
ui-step-grounds-short = دلایل
ui-step-grounds-lead = اینجا می‌نویسید چرا فکر می‌کنید تصمیم اشتباه است. برای هر شرط یک پیشنهاد نوشته‌ایم. متن را طوری تغییر دهید که با پروندهٔ شما جور باشد.
ui-step-attachments-title = پیوست‌ها
ui-step-attachments-short = پیوست‌ها
ui-step-attachments-lead = مدارکی که پیوست می‌کنید به همین ترتیب شماره می‌خورند: پیوست 1، 2 و غیره. زیر فهرست، مدارکی را می‌بینید که بررسی پیشنهاد می‌کند.
ui-step-representative-title = نماینده
ui-step-representative-short = نماینده
ui-step-representative-lead-applicant = اگر کسی به شما کمک می‌کند و قرار است نامه‌های UDI را از طرف شما بگیرد، او نمایندهٔ شما (fullmektig) است.
ui-step-representative-lead-helper = شما به متقاضی کمک می‌کنید. اطلاعات خودتان را بنویسید. ما یک وکالت‌نامه (fullmakt) اضافه می‌کنیم که متقاضی امضا می‌کند.
ui-step-representative-lead-reception = متقاضی ممکن است نماینده داشته باشد، مثلاً یک وکیل یا یک داوطلب.
ui-step-review-title = بازبینی و چاپ
ui-step-review-short = بازبینی
ui-step-review-lead = اینجا همهٔ پاسخ‌های شما هست. می‌توانید همین‌جا آن‌ها را درست کنید. نامهٔ پایین صفحه هم‌زمان با نوشتن شما به‌روز می‌شود.

## 1. Language and role
ui-languages = زبان‌ها
ui-ui-language-hint = زبان برنامه را در بالا سمت چپ انتخاب کنید. هر وقت بخواهید می‌توانید آن را عوض کنید.
ui-letter-language = زبان نامه
ui-letter-language-hint = UDI و UNE فقط نامه به زبان نروژی یا انگلیسی می‌پذیرند. پس نامه به یکی از این دو زبان نوشته می‌شود، حتی اگر برنامه به فارسی باشد.
ui-letter-lang-nb = نروژی (bokmål)
ui-letter-lang-nn = نروژی (nynorsk)
ui-letter-lang-en = انگلیسی
ui-role-legend = چه کسی از برنامه استفاده می‌کند؟
ui-role-applicant = خودم جواب رد گرفته‌ام
ui-role-applicant-hint = اعتراض را برای خودتان می‌نویسید.
ui-role-helper = به کسی کمک می‌کنم
ui-role-helper-hint = مثلاً به‌عنوان داوطلب Jussbuss، یا از خانواده یا دوستان. شما نماینده می‌شوید.
ui-role-reception = پشت میز پذیرش کار می‌کنم
ui-role-reception-hint = مثلاً در یک سفارت. به متقاضی در پر کردن کمک می‌کنید، اما خود متقاضی امضا می‌کند.

## 2. The decision
ui-applicant-legend = متقاضی (کسی که جواب رد گرفته)
ui-applicant-hint-self = اطلاعات شما.
ui-applicant-hint-other = اطلاعات کسی که جواب رد گرفته.
ui-given-name = نام
ui-family-name = نام خانوادگی
ui-birth-date = تاریخ تولد
ui-citizenship = تابعیت
ui-address = نشانی
ui-address-hint = خیابان، کد پستی و شهر، و کشور اگر نروژ نیست.
ui-phone = تلفن
ui-email = ایمیل
ui-date-hint = تاریخ میلادی را به شکل YYYY-MM-DD یا DD.MM.YYYY بنویسید، مثلاً 2026-11-09.
ui-decision-legend = تصمیم (vedtak)
ui-authority = چه کسی تصمیم را گرفته است؟
ui-authority-UDI = UDI
ui-authority-UNE = UNE
ui-authority-police = پلیس
ui-authority-embassy = یک سفارت
ui-authority-une-note = تصمیم‌های UNE قطعی هستند. اگر اطلاعات تازه‌ای دارید، می‌توانید از UNE بخواهید تصمیم را تغییر دهد. در این صورت نامه درخواست بازنگری (omgjøring) می‌شود.
ui-embassy = کدام سفارت یا کنسولگری؟
ui-decision-date = تاریخ تصمیم
ui-decision-date-hint = بالای نامه نوشته شده است.
ui-decision-received = تاریخ دریافت تصمیم
ui-decision-received-hint = روزی که نامه به دست شما یا نماینده‌تان رسید. مهلت از این روز حساب می‌شود.
ui-stated-deadline = مهلتی که در تصمیم آمده (اگر آمده)
ui-stated-deadline-hint = اگر تصمیم تاریخی ذکر نکرده، خالی بگذارید.
ui-reference = شمارهٔ مرجع (اگر هست)
ui-reference-hint = لازم نیست.
ui-duf = شمارهٔ DUF
ui-duf-hint = 12 رقم، بالای تصمیم، مثلاً 2012 586975 61.
ui-duf-ok = شکل درست است: { $duf }
ui-refusal-grounds-legend = تصمیم کدام شرایط را دلیل رد درخواست می‌داند؟
ui-refusal-grounds-hint = همهٔ شرایطی را که در تصمیم آمده علامت بزنید. اگر مطمئن نیستید، ادامه دهید: بررسی بعدی بیشتر نشان می‌دهد.

## 3. Deadline
ui-deadline-label = اعتراض باید حداکثر تا این تاریخ فرستاده شود
ui-deadline-short-open = { $days ->
    [one] { $days } روز مانده
   *[other] { $days } روز مانده
}
ui-deadline-short-last-day = امروز آخرین روز است
ui-deadline-short-passed = { $days ->
    [one] مهلت { $days } روز پیش تمام شد
   *[other] مهلت { $days } روز پیش تمام شد
}
ui-deadline-stated-vs-computed = در تصمیم { $stated } آمده است. طبق قانون مهلت { $computed } است. تاریخ زودتر را رعایت کنید.
ui-deadline-advice-open-title = وقت دارید
ui-deadline-advice-open = با آرامش مرحله‌ها را طی کنید. اعتراض را خیلی پیش از مهلت بفرستید.
ui-deadline-advice-close-title = مهلت نزدیک است
ui-deadline-advice-close = اعتراض را هر چه زودتر بفرستید. اگر مدارکی کم است، همین حالا یک اعتراض موقت بفرستید و بنویسید که مدارک بعداً می‌آید. معمولاً UDI در این صورت دو هفتهٔ دیگر وقت می‌دهد (راهنمای UDI دربارهٔ اعتراض).
ui-deadline-advice-last-day-title = امروز آخرین روز است
ui-deadline-advice-last-day = اعتراض را امروز بفرستید. اگر با پست می‌فرستید، باید پیش از پایان مهلت به پست تحویل داده شود (fvl. § 30). اگر بارگذاری می‌کنید، باید امروز برسد. اگر مدارکی کم است، اعتراض موقت بفرستید.
ui-deadline-advice-passed-title = مهلت تمام شده است
ui-deadline-advice-passed = هنوز می‌توانید اعتراض بفرستید. در نامه توضیح دهید چرا دیر شده است. اگر تأخیر تقصیر شما نباشد یا دلایل خاصی وجود داشته باشد، UDI ممکن است آن را بررسی کند (fvl. § 31).
ui-deadline-one-year = اعتراضی که بیش از یک سال پس از صدور تصمیم برسد بررسی نمی‌شود (fvl. § 31). این حد { $date } است.
ui-deadline-how-title = مهلت چطور حساب شد
ui-deadline-todo-title = چه باید بکنید
ui-add-to-calendar = افزودن مهلت به تقویم (.ics)
ui-add-to-calendar-hint = با یادآوری 7 روز و 2 روز پیش از آن.
ui-ics-saved = فایل تقویم ذخیره شد: { $path }

## 4. Check
ui-check-screen-of = بخش { $n } از { $total }
ui-check-new-questions = پاسخ شما پرسش‌های بیشتری در این صفحه آورد. به آن‌ها پاسخ دهید، یا دوباره «بعدی» را بزنید تا از آن‌ها بگذرید.
ui-check-results-title = نتیجه برای هر شرط
ui-exceptions = استثناها
ui-documents = مدارکی که می‌توانند کمک کنند
ui-legal-source = منبع: { $source }
ui-status-met = برآورده است
ui-status-not-met = برآورده نیست
ui-status-not-applicable = مربوط نیست
ui-status-needs-assessment = نیاز به ارزیابی دارد
ui-status-unknown = نامشخص
ui-group-other = پرسش‌های دیگر

## 5. Grounds
ui-grounds-none-failing = بررسی هیچ شرطی را پیدا نکرد که برآورده نباشد، و شما هم هیچ دلیلی از تصمیم را علامت نزدید. با کلمات خودتان بنویسید چرا فکر می‌کنید تصمیم اشتباه است.
ui-grounds-your-text = دلایل شما
ui-grounds-edit-hint = پیشنهاد فقط یک شروع است. بنویسید چه چیزی در پروندهٔ شما درست است و از زمان تصمیم چه چیزی تغییر کرده است. به نروژی یا انگلیسی بنویسید، چون متن همان‌طور که هست وارد نامه می‌شود.
ui-grounds-reset = دوباره گذاشتن پیشنهاد
ui-grounds-other = دلایل دیگر
ui-grounds-other-hint = اختیاری. مثلاً اشتباه در رسیدگی به پرونده، یا واقعیت‌هایی که UDI در نظر نگرفت. به نروژی یا انگلیسی بنویسید، چون متن همان‌طور که هست وارد نامه می‌شود.
ui-deferred-legend = ماندن در نروژ در زمان رسیدگی به اعتراض
ui-deferred-explain = می‌توانید بخواهید تا روشن شدن نتیجهٔ اعتراض در نروژ بمانید. به این کار تعویق اجرا (utsatt iverksettelse) می‌گویند.
ui-deferred-label = درخواست تعویق اجرا
ui-deferred-source = قانون ادارهٔ عمومی (fvl.) § 42 و قانون مهاجرت (utl.) § 90.
ui-deferred-abroad = متقاضی در نروژ نیست، پس تعویق اجرا شامل حال او نمی‌شود (utl. § 90).
ui-deferred-unknown = در بررسی شرایط به این پرسش پاسخ دهید که آیا متقاضی در نروژ است. بعد می‌بینید که آیا می‌توانید بخواهید در زمان رسیدگی به اعتراض بمانید.
ui-provisional-legend = آیا مدارکی کم است؟
ui-provisional-explain = با این حال اعتراض را در مهلت بفرستید و بنویسید که مدارک بعداً می‌آید. معمولاً UDI در این صورت مهلت تازهٔ دوهفته‌ای می‌دهد.
ui-provisional-label = مدارک بیشتری را بعداً می‌فرستم (اعتراض موقت)
ui-provisional-source = راهنمای UDI «چطور به تصمیم UDI اعتراض کنم؟» و بخشنامهٔ RS 2010-161.

## 6. Attachments
ui-attachments-udi-fetches = UDI خودش اطلاعات مربوط به کار، مزایای NAV، مالیات، دستمزد و وام تحصیلی را می‌گیرد. چیزی را پیوست کنید که UDI ندارد: مثلاً قرارداد کار تازه، یا یک توضیح (RS 2014-012).
ui-attachment-n = پیوست { $n }
ui-no-attachments = هنوز پیوستی نیست.
ui-add-attachment = افزودن پیوست
ui-move-up = بالا بردن
ui-move-down = پایین بردن
ui-remove = برداشتن
ui-attachments-fullmakt-note = وکالت‌نامه (fullmakt) و یک کپی از گذرنامهٔ متقاضی هم به نامه پیوست می‌شوند.

## 7. Representative
ui-reception-not-fullmektig = کارکنان ادارهٔ مهاجرت می‌توانند در نوشتن اعتراض به متقاضی کمک کنند، اما نمی‌توانند نمایندهٔ او در پرونده باشند (fvl. § 12 بند دوم). متقاضی اعتراض را امضا می‌کند.
ui-rep-question = آیا متقاضی نماینده‌ای دارد که قرار است نامه‌های UDI را در این پرونده بگیرد؟
ui-rep-question-helper = آیا شما نمایندهٔ متقاضی می‌شوید؟
ui-rep-legend = نماینده
ui-rep-name = نام
ui-rep-organisation = سازمان
ui-rep-organisation-hint = مثلاً Jussbuss. اگر به‌عنوان شخص عادی کمک می‌کنید، خالی بگذارید.
ui-rep-is-lawyer = نماینده وکیل دادگستری (advokat) است
ui-rep-is-lawyer-hint = وکیل دادگستری به وکالت‌نامهٔ کتبی نیاز ندارد (fvl. § 12 بند چهارم).
ui-rep-none = نماینده‌ای نیست. متقاضی امضا می‌کند.
ui-fullmakt-title = وکالت‌نامه (fullmakt)
ui-fullmakt-explain = ما در پایان نامه یک وکالت‌نامه اضافه می‌کنیم. متقاضی آن را امضا می‌کند و شما یک کپی از صفحهٔ عکس‌دار و امضادار گذرنامه را پیوست می‌کنید. نماینده باید بالای 18 سال باشد و نباید در ادارهٔ مهاجرت کار کند (fvl. § 12، UDI).

## 8. Review
ui-review-language = زبان
ui-review-answers = پاسخ‌ها در بررسی شرایط
ui-not-answered = پاسخ داده نشده
ui-review-unused-title = پاسخ‌هایی که در نامه به کار نمی‌روند
ui-review-unused-hint = این پاسخ‌ها پس از پاسخ‌های بعدی شما دیگر مربوط نیستند. نگه داشته می‌شوند، اما در نامه به کار نمی‌روند.
ui-signing = امضا
ui-signed-place = محل امضا
ui-signed-place-hint = مثلاً Oslo.
ui-preview-title = نامه
ui-preview-hint = این همان متنی است که در فایل PDF خواهد بود. نامه به نروژی یا انگلیسی است، همان‌طور که UDI می‌خواهد.
ui-problems-title = آنچه پیش از ساختن نامه کم است
ui-export-pdf = صدور PDF
ui-exporting = در حال ساختن PDF …
ui-export-saved = فایل PDF ذخیره شد:
ui-open-pdf = باز کردن PDF
ui-show-in-folder = نشان دادن در پوشه
ui-send-title = چطور اعتراض را امضا کنید و بفرستید
ui-send-sign = نامه را چاپ و امضا کنید. اعتراض‌های بدون امضا رد می‌شوند (UDI). اگر نماینده‌ای هست، متقاضی وکالت‌نامه را هم امضا می‌کند.
ui-send-proof = یک کپی نگه دارید، و رسیدی که نشان دهد کی آن را فرستادید.

## Errors
ui-err-date-missing = تاریخ را وارد کنید.
ui-err-date-invalid = «{ $value }» تاریخ درستی نیست. آن را به شکل YYYY-MM-DD یا DD.MM.YYYY بنویسید، مثلاً 2026-11-09.
ui-err-case-invalid = پرونده خوانده نشد: { $reason }
ui-err-case-not-found = پرونده پیدا نشد.
ui-err-io-write = ذخیره در { $path } ممکن نشد: { $reason }. بررسی کنید که دیسک جا دارد و شما اجازهٔ نوشتن در آن پوشه را دارید.
ui-err-io-read = { $path } خوانده نشد: { $reason }.
ui-err-io-delete = { $path } حذف نشد: { $reason }.
ui-err-open-failed = { $path } باز نشد: { $reason }.
ui-err-pdf-failed = فایل PDF ساخته نشد: { $reason }
ui-rules-note = بررسی بر پایهٔ قوانین و مبالغ در تاریخ { $date } است و شرایط را در تاریخ { $assessed } ارزیابی می‌کند.
ui-err-facts-invalid = یکی از پاسخ‌ها در بررسی خوانده نشد: { $reason }
ui-grounds-insert = گذاشتن پیشنهاد
ui-warnings-title = ارزش بررسی دارد
ui-suggested-title = مدارکی که بررسی پیشنهاد می‌کند
ui-suggested-hint = آنچه دارید و با پرونده‌تان جور است اضافه کنید. متن همان‌طور که هست وارد نامه می‌شود و می‌توانید آن را در فهرست بالا ویرایش کنید.
ui-suggested-add = افزودن
ui-suggested-added = افزوده شد

## Late klage (fvl. § 31)
ui-late-reason-label = چرا اعتراض (klage) دیر شده است؟
ui-late-reason-hint = مهلت تمام شده است. کوتاه بنویسید چرا به‌موقع اعتراض نکردید، و چرا تا الان نتوانستید اعتراض کنید. این متن وارد نامه می‌شود. اعتراض دیرهنگام ممکن است بررسی شود اگر تأخیر تقصیر شما نباشد یا دلایل خاصی داشته باشد. اما اگر بیش از یک سال از صدور تصمیم گذشته باشد، هرگز بررسی نمی‌شود (قانون ادارهٔ عمومی، fvl. § 31). به نروژی یا انگلیسی بنویسید، چون متن همان‌طور که هست وارد نامه می‌شود.

## Languages and legal terms (shown when the app is not in Norwegian)
ui-translation-unreviewed = این ترجمه هنوز توسط مترجم بررسی نشده است.
ui-terms-title = واژه‌های حقوقی به نروژی
ui-terms-hint = این واژه‌ها را به نروژی در نامه‌های UDI و در اعتراض خود می‌بینید.
ui-term-klage = اعتراض
    .explain = نامه‌ای که در آن می‌خواهید تصمیمی تغییر کند.
ui-term-vedtak = تصمیم
    .explain = آنچه دربارهٔ پروندهٔ شما تصمیم گرفته شده، مثلاً رد درخواست.
ui-term-referanseperson = شخص مرجع
    .explain = کسی در نروژ که متقاضی می‌خواهد با او زندگی کند.
ui-term-utsatt-iverksettelse = تعویق اجرا
    .explain = اجازهٔ ماندن در نروژ در زمانی که به اعتراض رسیدگی می‌شود.
ui-term-fullmakt = وکالت‌نامه
    .explain = برگه‌ای که در آن متقاضی به شخص دیگری حق اقدام در پرونده را می‌دهد.
ui-term-duf-nummer = شمارهٔ DUF
    .explain = شمارهٔ پروندهٔ شما نزد UDI، با 12 رقم.
ui-check-missing = آنچه هنوز باید بدانیم
ui-date-or-never-date = بله، آخرین پرداخت در این تاریخ بود:
ui-never = هرگز
ui-check-sources = منابعی که این قاعده بر آن‌ها استوار است ({ $n })
ui-police-district = حوزهٔ پلیسی که تصمیم را گرفته است
ui-made-by = طبق آنچه در خود تصمیم آمده، چه کسی تصمیم را گرفته است؟
ui-made-by-hint = به سربرگ نامه و امضا نگاه کنید، به جمله‌ای که می‌گوید چه کسی درخواست را رد کرده، و به راهنمای اعتراض: اگر در آن آمده که UNE دربارهٔ اعتراض تصمیم می‌گیرد، تصمیم را UDI گرفته است.
ui-made-by-UDI = UDI (سفارت یا پلیس فقط آن را تحویل داده است)
ui-made-by-embassy = خود سفارت یا کنسولگری
ui-made-by-police = خود حوزهٔ پلیس
ui-made-by-unsure = مطمئن نیستم
