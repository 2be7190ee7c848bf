## Routes (src/routes.rs, klagehjelp route): where the klage goes and what comes after. Persian (Farsi).
## Not yet checked by a translator. Translated from locales/en/route.ftl (checked against nb).
## Ids: route-<route>-<section>-<id>; sources are attached in data/routes.toml.

route-title-udi = اعتراض به تصمیم UDI
route-title-embassy = اعتراض به تصمیم سفارت یا کنسولگری
route-title-police = اعتراض به تصمیم پلیس
route-title-une-omgjoring = درخواست از UNE برای بازنگری در تصمیم خودش (omgjøringsanmodning)
route-title-udi-omgjoring = درخواست از UDI برای تغییر تصمیم خودش (fvl. § 35)
route-title-unsure = چه کسی تصمیم را گرفته است؟ اول تصمیم را بررسی کنید

route-udi-send-to-note = اعتراض به UDI فرستاده می‌شود، همان نهادی که تصمیم را گرفته است (fvl. § 32 a). نشانی پستی از udi.no.
route-udi-omgjoring-send-to-note = درخواست به UDI فرستاده می‌شود که تصمیم را گرفته است (fvl. § 35).
route-embassy-send-to-note = اعتراض به همان سفارت یا کنسولگری فرستاده می‌شود که تصمیم را گرفته است، همان‌طور که نامهٔ رد می‌گوید. Klagehjelp نشانی آن را نمی‌داند.
route-embassy-send-to-unnamed = سفارت یا کنسولگری‌ای که تصمیم را گرفته است
route-police-send-to-note = اعتراض به حوزهٔ پلیس (politidistrikt) فرستاده می‌شود که تصمیم را گرفته است (fvl. § 32 a)، همان‌طور که نامهٔ تصمیم می‌گوید. Klagehjelp هیچ نشانی تأییدشده‌ای از پلیس نمی‌داند.
route-police-send-to-unnamed = حوزهٔ پلیسی که تصمیم را گرفته است
route-une-omgjoring-send-to-note = درخواست به UNE فرستاده می‌شود. Klagehjelp نشانی پستی UNE را نمی‌داند؛ از فرم اینترنتی UNE استفاده کنید.

route-udi-channel-udi-upload = نامه را امضا کنید، آن را اسکن کنید یا از آن عکس بگیرید، و با فرم UDI برای فرستادن مدارک بارگذاری کنید. نشانی فرم (www.udi.no/document) از یک نسخه از فرم UDI گرفته شده است؛ آن را در udi.no بررسی کنید.
route-udi-omgjoring-channel-udi-upload = نامه را امضا کنید، آن را اسکن کنید یا از آن عکس بگیرید، و با فرم UDI برای فرستادن مدارک بارگذاری کنید. نشانی فرم (www.udi.no/document) از یک نسخه از فرم UDI گرفته شده است؛ آن را در udi.no بررسی کنید.
route-udi-channel-udi-police = یا نامهٔ امضاشده را به پلیس تحویل دهید.
route-udi-channel-udi-post = یا آن را با پست برای UDI بفرستید. نامهٔ پستی به‌موقع است اگر پیش از پایان مهلت به پست تحویل داده شود (fvl. § 30).
route-udi-omgjoring-channel-udi-post = یا آن را با پست برای UDI بفرستید.
route-udi-channel-udi-edialog = وکلای دادگستری اعتراض را از راه eDialog می‌فرستند: یک اعتراض برای هر تصمیم، به UDI.
route-udi-channel-no-fee = فرستادن اعتراض هزینه‌ای ندارد.
route-embassy-channel-embassy-as-letter-says = اعتراض را در سفارت یا کنسولگری‌ای که تصمیم را گرفته است تحویل دهید، به همان روشی که نامهٔ رد می‌گوید. برای اینکه بدانید چگونه آن را بفرستید، نامهٔ رد را بخوانید.
route-embassy-channel-embassy-not-udi-upload = آن را برای UDI بارگذاری نکنید و با پست برای UDI در اسلو نفرستید: اعتراض به تصمیم سفارت به سفارت فرستاده می‌شود.
route-police-channel-police-as-letter-says = اعتراض را به حوزهٔ پلیسی که تصمیم را گرفته است بفرستید یا تحویل دهید، به همان روشی که نامهٔ تصمیم می‌گوید.
route-une-omgjoring-channel-une-form = از فرم اینترنتی UNE با نام «Be om omgjøring» (درخواست بازنگری) در une.no استفاده کنید. درخواست باید کتبی باشد، به نروژی یا انگلیسی.
route-une-omgjoring-channel-une-new-information = معمولاً UNE اطلاعات تازه و مرتبط یا مدارک تازه می‌خواهد. آنچه تازه است را پیوست کنید.
route-une-omgjoring-channel-une-no-address = Klagehjelp نشانی پستی UNE را نمی‌داند. از نشانی قدیمی در وب‌سایت‌های دیگر استفاده نکنید.

route-udi-prepares-udi = UDI دوباره به پرونده نگاه می‌کند و ممکن است خودش تصمیمش را تغییر دهد (fvl. § 33).
route-udi-decides-une = اگر UDI تصمیمش را تغییر ندهد، UNE (Utlendingsnemnda) دربارهٔ اعتراض تصمیم می‌گیرد (utl. § 76).
route-embassy-prepares-embassy = سفارت دوباره به پرونده نگاه می‌کند. ممکن است درخواست را بپذیرد، یا اعتراض را به UDI بفرستد.
route-embassy-decides-udi = UDI دربارهٔ اعتراض تصمیم می‌گیرد (utl. § 76).
route-police-prepares-police = پلیس دوباره به پرونده نگاه می‌کند و ممکن است تصمیم را تغییر دهد؛ در غیر این صورت اعتراض را به UDI می‌فرستد (fvl. § 33).
route-police-decides-udi = UDI دربارهٔ اعتراض تصمیم می‌گیرد (utl. § 76).
route-une-omgjoring-prepares-une = UNE درخواست را می‌خواند.
route-une-omgjoring-decides-une = UNE تصمیم می‌گیرد. اعتراض دیگری وجود ندارد.
route-udi-omgjoring-prepares-udi = UDI درخواست را می‌خواند.
route-udi-omgjoring-decides-udi-may = UDI می‌تواند تصمیم خودش را تغییر دهد اگر این تغییر به کسی زیان نرساند (fvl. § 35 بند اول a)، اما موظف نیست به درخواست رسیدگی کند.

route-udi-step-udi-receipt = وقتی UDI اعتراض را دریافت کند، پیامی با ایمیل یا پیامک (SMS) می‌گیرید.
route-udi-step-udi-follow-up = UDI ظرف سه هفته به نامه‌ها پاسخ می‌دهد. اگر تا { $date } خبری نشنیدید، با UDI تماس بگیرید و بپرسید.
route-udi-omgjoring-step-udi-follow-up = UDI ظرف سه هفته به نامه‌ها پاسخ می‌دهد. اگر تا { $date } خبری نشنیدید، با UDI تماس بگیرید و بپرسید.
route-udi-step-udi-reviews = UDI دوباره به پرونده نگاه می‌کند. هیچ منبعی نمی‌گوید این کار چقدر طول می‌کشد.
route-udi-step-udi-sends-to-une = اگر UDI تصمیمش را تغییر ندهد، پرونده را به UNE می‌فرستد و با ایمیل یا پیامک به شما خبر می‌دهد. UNE پیامی می‌فرستد که اعتراض را دریافت کرده است، همراه با زمان انتظار پیش‌بینی‌شده.
route-udi-step-une-considers = UNE تصمیم می‌گیرد؛ همیشه دست‌کم دو نفر به پرونده نگاه می‌کنند. در { $year }، UNE برای اعتراض‌ها در پرونده‌های پیوستن خانواده به‌طور میانگین { $days } روز وقت گذاشت ({ $previous_days } روز در { $previous_year }).
route-step-provisional-documents = پس از اعتراض موقت (foreløpig klage)، UDI معمولاً برای مدارک مهلت تازه‌ای به مدت { $days } روز (دو هفته) می‌دهد. این یک رویه است، نه یک حق.
route-embassy-step-embassy-reviews = سفارت دوباره به پرونده نگاه می‌کند. ممکن است درخواست را بپذیرد یا اعتراض را به UDI بفرستد.
route-embassy-step-embassy-waiting = برای زمان انتظار، صفحه‌های اینترنتی سفارت را ببینید.
route-embassy-step-udi-decides-unknown-time = UDI دربارهٔ اعتراض تصمیم می‌گیرد. هیچ منبعی نمی‌گوید UDI چقدر وقت می‌گذارد.
route-police-step-police-reviews = پلیس دوباره به پرونده نگاه می‌کند. اگر تصمیم را تغییر ندهد، اعتراض را به UDI می‌فرستد.
route-police-step-udi-decides-unknown-time = UDI دربارهٔ اعتراض تصمیم می‌گیرد. هیچ منبعی نمی‌گوید UDI چقدر وقت می‌گذارد.
route-une-omgjoring-step-une-omgjoring-waiting = صفحهٔ اینترنتی UNE می‌گوید بیشتر درخواست‌های بازنگری، جز در پرونده‌های پناهندگی، ظرف { $months } ماه تصمیم‌گیری می‌شوند (این صفحه هر ماه به‌روز می‌شود).
route-une-omgjoring-step-une-omgjoring-priority = UNE به این درخواست‌ها پس از اعتراض‌ها رسیدگی می‌کند، پس ممکن است بیشتر طول بکشند.
route-udi-omgjoring-step-udi-omgjoring-may = UDI می‌تواند تصمیمش را تغییر دهد، اما موظف نیست به درخواست رسیدگی کند. معلوم نیست UDI با چنین درخواست‌هایی چگونه برخورد می‌کند.

route-udi-last-une-final = تصمیم UNE قطعی است: اگر UNE رد کند، اعتراض دیگری وجود ندارد. در آن صورت می‌توانید از UNE بخواهید در تصمیمش بازنگری کند، دوباره درخواست دهید، یا به Sivilombudet (بازرس پارلمانی) شکایت کنید.
route-embassy-last-udi-final = اگر UDI هم رد کند، اعتراض دیگری وجود ندارد. می‌توانید دوباره درخواست دهید یا به Sivilombudet شکایت کنید.
route-police-last-udi-final-police = اگر UDI هم رد کند، تصمیم قطعی است. می‌توانید دوباره درخواست دهید یا به Sivilombudet شکایت کنید.
route-une-omgjoring-last-une-omgjoring-final = اعتراض دیگری وجود ندارد. گزینه‌ها عبارت‌اند از: درخواست تازه، Sivilombudet (رایگان، ظرف یک سال از تصمیم نهایی: تا { $date }؛ بازرس نمی‌تواند تصمیم را تغییر دهد)، یا طرح دعوا در دادگاه (به وکیل نیاز دارد و گران است).
route-udi-omgjoring-last-udi-omgjoring-else = اگر UDI تصمیمش را تغییر ندهد، UNE هم می‌تواند آن را به همان دلایل تغییر دهد (fvl. § 35 بند دوم). درخواست تازه اغلب سریع‌تر است.

route-also-late-klage = اعتراض دیرهنگام (fvl. § 31) هنوز ممکن است بررسی شود، اگر تأخیر تقصیر شما نباشد یا دلایل خاصی وجود داشته باشد. آخرین روز { $date } است، یک سال پس از تصمیم.
route-also-new-application = درخواست تازه اغلب راه سریع‌تری است.
route-also-utsatt-letter = Klagehjelp می‌تواند درخواست جداگانه‌ای برای تعویق اجرا (utsatt iverksettelse) بنویسد (برای ماندن در نروژ تا روشن شدن نتیجهٔ اعتراض) که می‌توانید فوراً، پیش از اعتراض، بفرستید.

route-warning-made-by-unsure = در تصمیم بررسی کنید چه کسی آن را گرفته است: سربرگ و امضا (UDI یا سفارت)، جمله‌ای که می‌گوید چه کسی رد کرده است («Utlendingsdirektoratet har …» یا «Ambassaden har …»)، و راهنمای اعتراض. اگر تصمیم UNE را نهادی معرفی کند که دربارهٔ اعتراض تصمیم می‌گیرد، UDI آن را گرفته است؛ اگر UDI را نام ببرد، سفارت یا پلیس آن را گرفته است. اعتراض را همان‌طور که راهنمای اعتراض می‌گوید خطاب کنید. هر دو راه ممکن در پایین نشان داده شده‌اند.
route-warning-check-made-by = بسیاری از تصمیم‌های ردی که سفارت یا پلیس تحویل می‌دهد، تصمیم‌های UDI هستند. در تصمیم بررسی کنید چه کسی آن را گرفته است: اگر راهنمای اعتراض UNE را نهادی معرفی کند که دربارهٔ اعتراض تصمیم می‌گیرد، UDI تصمیم را گرفته است و اعتراض خطاب به UDI است.
route-warning-address-unknown = Klagehjelp این نشانی را نمی‌داند. آن را از نامهٔ تصمیم بنویسید، یا بپرسید اعتراض چگونه باید تحویل داده شود.
route-warning-earlier-stated-deadline = مهلتی که در تصمیم نوشته شده و مهلتی که طبق قانون حساب شده با هم فرق دارند، و مهلت زودتر ({ $date }) گذشته است. اعتراض را امروز بفرستید. نامه روزی را که تصمیم را دریافت کردید ذکر می‌کند و در صورت لزوم می‌خواهد که طبق fvl. § 31 بررسی شود.
route-warning-deadline-passed = مهلت اعتراض ({ $date }) گذشته است. اعتراض دیرهنگام هنوز ممکن است طبق fvl. § 31 بررسی شود: بگویید چرا دیر شده است و آن را هرچه زودتر بفرستید.
route-warning-one-year-passed = بیش از یک سال از تصمیم گذشته است (حد، { $date } بود)، پس دیگر نمی‌توان به اعتراض رسیدگی کرد (fvl. § 31 بند سوم). گزینه‌ها درخواست تغییر تصمیم یا درخواست تازه است.
route-warning-provisional-recommended = وقت کمی مانده است (مهلت { $date }). اگر هنوز همه‌چیز را ندارید، همین حالا اعتراض موقت (foreløpig klage) بفرستید و مدارک را بعداً.
route-warning-electronic-notice = تصمیم به‌صورت الکترونیکی رسیده است: مهلت از زمانی شروع می‌شود که تصمیم در دسترس قرار گرفت و اطلاعیه فرستاده شد، نه از زمانی که شما آن را باز کردید.
route-warning-fullmakt-follows = وکالت‌نامهٔ (fullmakt) امضاشده بعداً فرستاده می‌شود. آن را هرچه زودتر بفرستید: نماینده‌ای (fullmektig) که وکیل دادگستری نیست باید وکالت‌نامهٔ کتبی نشان دهد (fvl. § 12).
route-warning-deferral-une = برای ماندن در نروژ در مدتی که UNE درخواست را بررسی می‌کند، در همان درخواست تعویق اجرا (utsatt iverksettelse) بخواهید. UNE تصمیم می‌گیرد که آن را بپذیرد یا نه.
route-warning-renewal-right-to-stay = شما فقط وقتی بدون درخواست حق دارید در مدت اعتراض در نروژ بمانید که هر سه شرط برقرار باشد: درخواست ردشده تمدید بر همان مبنا بوده است، دست‌کم یک ماه پیش از پایان اعتبار اجازهٔ قبلی داده شده است، و اعتراض در مهلت فرستاده می‌شود. اگر دربارهٔ هر سه مطمئن نیستید، فوراً تعویق اجرا بخواهید.
route-warning-deferral-48h = درخواست تعویق اجرا را فوراً بفرستید. رد نخستین اجازه می‌تواند از 48 ساعت پس از دریافت تصمیم اجرا شود (utl. § 90). بعداً هم می‌توانید درخواست کنید، اما هرچه زودتر بهتر. این مهلتی برای اعتراض نیست.
route-warning-exit-deadline = تصمیم رد یک مهلت خروج (utreisefrist) تعیین می‌کند، معمولاً 7 تا 30 روز. به خود مهلت خروج نمی‌توان اعتراض کرد، اما می‌توانید از حوزهٔ پلیس محل زندگی‌تان بخواهید آن را تمدید کند. اگر تعویق اجرا رد شود، باید تا پایان مهلت خروج از نروژ بروید؛ اعتراض از خارج ادامه می‌یابد.
route-warning-deferral-abroad = در پرونده آمده است که متقاضی بیرون از نروژ است. تعویق اجرا دربارهٔ ماندن در نروژ است، پس نامه این درخواست را شامل نمی‌شود. اگر متقاضی در نروژ است، پاسخ را تغییر دهید.
route-warning-abroad-send-early = از خارج: اعتراض را پیش از پایان مهلت بارگذاری کنید (یا اگر تصمیم از سفارت است، پیش از پایان مهلت در سفارت تحویل دهید)، و رسید را نگه دارید. معلوم نیست که پست کشوری دیگر برای مهلت حساب می‌شود یا نه.
route-warning-in-norway-unknown = در پرونده نیامده است که متقاضی در نروژ است یا نه. تعویق اجرا فقط در نروژ اهمیت دارد، پس نامه تا وقتی به این پرسش پاسخ ندهید این درخواست را شامل نمی‌شود.

route-cli-made-by-given = تصمیم‌گیرنده: { $who } (از روی تصمیم)
route-cli-made-by-derived = تصمیم‌گیرنده: { $who } (برگرفته از نهادی که نام بردید؛ آن را در تصمیم بررسی کنید)
route-cli-letter = نامه: { $kind } (نامهٔ klagehjelp)
route-cli-letter-none = نامه: هنوز هیچ (اول بفهمید چه کسی تصمیم را گرفته است)
route-cli-deadline = مهلتی که باید رعایت شود: { $date }
route-cli-send-to = فرستادن به
route-cli-address-unknown = (نشانی برای Klagehjelp معلوم نیست)
route-cli-channels = چگونه بفرستید
route-cli-who = چه کسی بررسی می‌کند و چه کسی تصمیم می‌گیرد
route-cli-next = بعد چه می‌شود
route-cli-last = آخرین گام
route-cli-also = گزینه‌های دیگر
route-cli-warnings = توجه کنید
route-cli-sources = منابع
route-cli-candidates = ممکن است یکی از این راه‌ها باشد:
route-made-by-UDI = UDI
route-made-by-embassy = یک سفارت یا کنسولگری
route-made-by-police = پلیس
route-made-by-UNE = UNE
route-made-by-unsure = مطمئن نیستم
route-cli-made-by-unsure = تصمیم‌گیرنده: هنوز معلوم نیست (در پایین ببینید چه چیزی را در تصمیم بررسی کنید)
route-warning-send-as-decision-says = UDI تصمیم را گرفته و سفارت یا پلیس آن را تحویل داده است. اعتراض را خطاب به UDI بنویسید، و آن را به روشی بفرستید که نامهٔ تصمیم می‌گوید (مثلاً از راه سفارت). مدرکی از روز تحویل نگه دارید.
route-udi-step-une-changed = در { $year }، UNE در { $changed } مورد از { $total } پروندهٔ پیوستن خانواده تصمیم را تغییر داد. یک دلیل رایج: شرط پیش از تصمیم UNE برآورده شده بود. پس مدارکی بفرستید که نشان دهد چه چیزی تغییر کرده است.
route-also-costs = اگر تصمیم به سود شما تغییر کند، ممکن است هزینه‌های لازم (مثلاً وکیل) جبران شود. ظرف سه هفته پس از اطلاع از تصمیم تازه آن را درخواست کنید (fvl. § 36).
