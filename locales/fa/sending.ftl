# Issue 9: the fullmektig, the parties, the letter as sent, and after sending.

## Who made the decision
ui-made-by-UDI-direct = UDI
ui-made-by-UNE = UNE (هیئت رسیدگی به اعتراض‌های مهاجرتی)
ui-made-by-help-title = چطور بفهمید چه کسی تصمیم را گرفته است
ui-made-by-help-letterhead = سربرگ نامه و امضا: آیا «Utlendingsdirektoratet» یا «UDI» نوشته شده، یا نام سفارت؟
ui-made-by-help-sentence = جمله‌ای که می‌گوید چه کسی درخواست را رد کرده، مثلاً «Utlendingsdirektoratet har avslått» (UDI رد کرده است) یا «Ambassaden har avslått» (سفارت رد کرده است).
ui-made-by-help-instructions = اگر این دو با هم فرق داشته باشند، راهنمای اعتراض تعیین‌کننده است: اگر در آن آمده که UNE دربارهٔ اعتراض تصمیم می‌گیرد، تصمیم را UDI گرفته است. اگر آمده که UDI دربارهٔ اعتراض تصمیم می‌گیرد، تصمیم را سفارت یا پلیس گرفته است.
ui-made-by-help-abroad = بیشتر ردها در خارج از کشور تصمیم‌های UDI هستند که سفارت فقط آن‌ها را تحویل می‌دهد. از روی کشور حدس نزنید.

## Case number, co-applicants and the reference person
ui-case-number = شمارهٔ پرونده در تصمیم (saksnummer)
ui-case-number-hint = معمولاً بالای تصمیم است. اگر آن را پیدا نکردید، در نامه یک خط خالی گذاشته می‌شود تا با دست پر کنید.
ui-co-applicants-legend = دیگرانی که در همان تصمیم رد شده‌اند
ui-co-applicants-hint = مثلاً فرزندانی که همراه شما درخواست داده‌اند. همه می‌توانند در همان نامه اعتراض کنند، هر کدام با شمارهٔ DUF خودش. همهٔ بزرگسالان امضا می‌کنند. برای کودک، کسی که سرپرستی او را دارد امضا می‌کند.
ui-co-applicant-n = متقاضی { $n }
ui-co-applicant-birth-hint = زیر ۱۸ سال: کسی که سرپرستی کودک را دارد به جای او امضا می‌کند.
ui-co-applicant-duf-hint = شمارهٔ DUF خود این شخص، ۱۲ رقم.
ui-co-applicant-add = افزودن یک متقاضی دیگر
ui-sponsor-legend = شخص مرجع (حامی)
ui-sponsor-hint = شخصی در نروژ که درخواست بر پایهٔ او است. نام و تاریخ تولد او در نامهٔ اعتراض نوشته می‌شود.

## The representative (fullmektig)
ui-rep-organisation-note = در این صورت وکالت‌نامه به { $org } و به وسیلهٔ { $name } داده می‌شود («{ $org } v/ { $name }»).
ui-rep-fullmakt-follows = وکالت‌نامه بعداً فرستاده می‌شود
ui-rep-fullmakt-follows-hint = فقط وقتی متقاضی در خارج از کشور است و نمی‌تواند پیش از پایان مهلت امضا کند. در نامه آمده که وکالت‌نامهٔ امضاشده بعداً می‌رسد. به محض اینکه آن را داشتید، بفرستید.
ui-rep-contact = نشانی، تلفن یا ایمیل
ui-rep-missing = کم است: { $fields }. بدون این، نامه ساخته نمی‌شود، چون UDI تصمیم‌ها و نامه‌ها را برای نماینده می‌فرستد.
ui-rep-complete = می‌توان با نماینده تماس گرفت.

## Optional requests in the klage
ui-requests-legend = این را هم می‌توانید در نامهٔ اعتراض درخواست کنید
ui-request-innsyn-label = درخواست دسترسی به مدارک پرونده (innsyn، fvl. § 18)
ui-request-innsyn-hint = درخواست دسترسی مهلت اعتراض را متوقف نمی‌کند. اعتراض را پیش از پایان مهلت بفرستید و در همان نامه درخواست دسترسی کنید.
ui-request-set-aside-label = درخواست علی‌البدل که تصمیم لغو شود و پرونده برای بررسی دوباره برگردد (fvl. § 34)
ui-request-set-aside-hint = «علی‌البدل» یعنی: اگر درخواست پذیرفته نشود. در آن صورت پرونده می‌تواند دوباره بررسی شود.

## After sending
ui-sent-title = پس از فرستادن
ui-sent-hint = وقتی اعتراض فرستاده شد، بنویسید کی و چگونه. این با پرونده ذخیره می‌شود و یک تاریخ برای پیگیری می‌گیرید.
ui-sent-date = تاریخ فرستادن اعتراض
ui-sent-channel = چگونه فرستاده شد؟
ui-sent-receipt = رسید (اختیاری)
ui-sent-receipt-hint = مثلاً شمارهٔ نامهٔ سفارشی، یا تأییدیه پس از بارگذاری.
ui-sent-save = ذخیره: اعتراض فرستاده شد
ui-sent-change = تغییر
ui-sent-record = فرستاده شد در { $date }، { $channel }.
ui-sent-record-receipt = رسید: { $receipt }.
ui-sent-channel-udi_upload = در سایت UDI بارگذاری شد
ui-sent-channel-post = با پست
ui-sent-channel-police = به پلیس تحویل داده شد
ui-sent-channel-embassy = همان‌طور که در تصمیم آمده به سفارت تحویل داده شد
ui-sent-channel-une_form = با فرم UNE فرستاده شد
ui-sent-follow-up-title = پیگیری
ui-sent-follow-up-ics = افزودن یادآوری به تقویم
ui-sent-no-follow-up-route = برای زمان پاسخ در اینجا منبعی نداریم. بخش «بعد چه می‌شود» را در بالا ببینید.
ui-sent-no-follow-up = هنوز تاریخی برای پیگیری نیست. اول بنویسید اعتراض کی فرستاده شد.
ui-sent-ics-summary = پیگیری اعتراض نزد UDI
ui-sent-error-date = «{ $value }» تاریخ معتبری نیست. روز فرستادن اعتراض را بنویسید، مثلاً 2026-11-20.
ui-sent-error-future = { $date } بعد از امروز است. روزی را بنویسید که اعتراض واقعاً فرستاده شد.
ui-sent-error-channel = انتخاب کنید اعتراض چگونه فرستاده شد («{ $value }» ناشناخته است؛ مقدارهای معتبر: { $known }).
ui-err-letter-not-offered = این نامه برای این پرونده ساخته نمی‌شود.

## Letters after the klage
ui-after-letters-title = نامه‌هایی که می‌توانید علاوه بر این بفرستید
ui-after-write-pdf = ساختن PDF
ui-after-last-day = حداکثر تا { $date } بفرستید: سه هفته پس از رسیدن تصمیم جدید.
ui-after-utsatt-title = درخواست تعویق اجرا
ui-after-utsatt-explain = نامه‌ای جداگانه برای اینکه متقاضی تا زمان رسیدگی به اعتراض در نروژ بماند (fvl. § 42، utl. § 90). می‌توان آن را فوراً، پیش از اعتراض، فرستاد.
ui-after-utsatt-not-abroad = فقط وقتی متقاضی در نروژ است.
ui-after-ettersending-title = فرستادن مدارک در ادامه
ui-after-ettersending-explain = مدارکی که پس از اعتراض می‌فرستید (fvl. § 34). پس از اعتراض موقت، UDI طبق رویهٔ خود دو هفتهٔ دیگر برای مدارک می‌دهد.
ui-after-ettersending-not-sent = اول بنویسید که اعتراض فرستاده شده است.
ui-after-innsyn-title = درخواست دسترسی به مدارک
ui-after-innsyn-explain = درخواست دیدن مدارک پرونده (fvl. § 18). درخواست دسترسی مهلت اعتراض را متوقف نمی‌کند.
ui-after-costs-title = مطالبهٔ هزینه‌ها
ui-after-costs-explain = اگر تصمیم به نفع متقاضی تغییر کند، می‌توان هزینه‌های قابل‌توجهی را که لازم بوده‌اند، مثلاً برای وکیل، مطالبه کرد (fvl. § 36). مطالبه باید حداکثر سه هفته پس از رسیدن تصمیم جدید فرستاده شود.
ui-after-costs-not-changed = فقط وقتی تصمیم به نفع متقاضی تغییر کرده باشد. در آن صورت تاریخ رسیدن تصمیم جدید را بنویسید.
ui-after-costs-too-late = مهلت سه‌هفته‌ای پس از تصمیم جدید گذشته است (fvl. § 36).
ui-after-costs-changed-label = تاریخ رسیدن تصمیم جدید، اگر تصمیم به نفع متقاضی تغییر کرده است
ui-after-costs-changed-hint = به شکل YYYY-MM-DD یا DD.MM.YYYY بنویسید.

## Command line (klagehjelp sent)
cli-sent-write-failed = نوشتن { $path } ممکن نشد: { $error }. بررسی کنید که پوشه وجود دارد و اجازهٔ نوشتن در آن را دارید.
cli-sent-how = برای ثبت آن: klagehjelp sent CASE --date YYYY-MM-DD --channel CHANNEL [--receipt TEXT]. راه‌های اینجا: { $channels }.

## The day a changed decision arrived (fvl. § 36)
ui-changed-error-date = «{ $value }» تاریخ معتبری نیست. روز رسیدن تصمیم جدید را بنویسید، مثلاً 2027-02-01.
ui-changed-error-future = { $date } بعد از امروز است. روزی را بنویسید که تصمیم جدید واقعاً رسید.
