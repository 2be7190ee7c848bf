## The klage deadline (src/deadline.rs, src/ics.rs, klagehjelp deadline), Persian.
## Not yet checked by a translator.

deadline-headline = مهلت اعتراض: { $date }
deadline-heading-why = چرا این تاریخ
deadline-heading-todo = چه باید بکنید
deadline-status-open = باز
deadline-status-last-day = آخرین روز
deadline-status-passed = تمام شده
deadline-status-label = وضعیت
deadline-status-line-open = { $days ->
    [one] { $days } روز مانده
   *[other] { $days } روز مانده
  } (امروز { $today } است).
deadline-status-line-last-day = امروز ({ $today }) آخرین روز است.
deadline-status-line-passed = مهلت { $days ->
    [one] { $days } روز پیش
   *[other] { $days } روز پیش
  } تمام شد (امروز { $today } است).
deadline-computed-label = مهلت طبق قانون
deadline-stated-label = مهلت در تصمیم

deadline-why-weeks = شما 3 هفته وقت دارید تا اعتراض (klage، یعنی اعتراض کتبی) بفرستید، از روزی که تصمیم به دستتان رسید (fvl. § 29). 3 هفته پس از { $received } می‌شود { $date }.
deadline-why-closed = { $date } { $name } است ({ $source }).
deadline-why-moved = مهلتی که در روز شنبه، یکشنبه یا تعطیل رسمی تمام شود، به روز کاری بعد منتقل می‌شود (domstolloven § 149، fvl. § 30). پس مهلت { $date } است.
deadline-why-not-moved = آن روز، روز کاری است، پس مهلت همان روز می‌ماند (domstolloven §§ 148–149، fvl. § 30).
deadline-stated-same = مهلت در تصمیم ({ $stated }) با مهلتی که اینجا حساب شد یکی است.
deadline-stated-later = تصمیم مهلتی دیرتر ({ $stated }) از 3 هفتهٔ قانونی ({ $computed }) داده است. تاریخ زودتر، یعنی { $computed }، را رعایت کنید: قانون 3 هفته را از روزی حساب می‌کند که تصمیم به دستتان رسید (fvl. § 29)، و ممکن است تاریخ دیرتری که در تصمیم آمده از شما محافظت نکند.
deadline-stated-earlier = تصمیم مهلتی زودتر ({ $stated }) از قانون ({ $computed }) داده است. تاریخ زودتر، یعنی { $stated }، را رعایت کنید. بررسی کنید که تاریخ دریافت تصمیم درست باشد: 3 هفته از روزی حساب می‌شود که تصمیم به دستتان رسید (fvl. § 29).
deadline-office-warning = { $date } { $name } است. قانون نروژ مهلت را به خاطر این روز جابه‌جا نمی‌کند (domstolloven § 149، helligdagsloven § 2)، اما ادارات و دفترهای پست ممکن است بسته باشند یا زود ببندند. اعتراض را چند روز زودتر بفرستید.

deadline-todo-send-by = اعتراض (اعتراض کتبی خود) را حداکثر تا { $date } بفرستید.
deadline-todo-last-day = امروز آخرین روز است. اعتراض را امروز بفرستید.
deadline-todo-provisional = هنوز همهٔ مدارک را ندارید؟ همین حالا یک اعتراض موقت (foreløpig klage) بفرستید: اعتراضی کوتاه که می‌گوید مدارک بیشتری بعداً می‌آید. UDI در این صورت برای مدارک دو هفته مهلت تازه به شما می‌دهد (udi.no).
deadline-todo-passed = مهلت { $date } بود. هنوز می‌توانید اعتراض بفرستید. اگر تأخیر تقصیر شما نباشد یا دلایل خاصی وجود داشته باشد، UDI ممکن است اعتراض دیرهنگام را بررسی کند (fvl. § 31). در اعتراض بگویید چرا دیر شده است. نامه یک اعتراض دیرهنگام خواهد بود.
deadline-todo-one-year = اعتراضی که بیش از یک سال پس از صدور تصمیم باشد، هرگز به‌عنوان اعتراض بررسی نمی‌شود (fvl. § 31). تاریخ تصمیم را بررسی کنید.
deadline-todo-one-year-limit = اعتراضی که بیش از یک سال پس از صدور تصمیم باشد، هرگز به‌عنوان اعتراض بررسی نمی‌شود (fvl. § 31). تاریخ تصمیم { $decided } است، پس آخرین روز ممکن { $limit } است.
deadline-todo-one-year-passed = مهلت { $date } بود. بیش از یک سال از صدور تصمیم ({ $decided }) گذشته است، پس دیگر نمی‌توان آن را به‌عنوان اعتراض بررسی کرد (fvl. § 31). مشاورهٔ حقوقی بگیرید.
deadline-todo-one-year-passed-received = مهلت { $date } بود. بیش از یک سال از روزی که تصمیم را دریافت کردید ({ $received }) گذشته است، پس از صدور آن هم گذشته است. دیگر نمی‌توان آن را به‌عنوان اعتراض بررسی کرد (fvl. § 31). مشاورهٔ حقوقی بگیرید.
deadline-todo-on-time = نامه به‌موقع است اگر آن را پیش از پایان آخرین روز به پست (دفتر پست یا صندوق پست) تحویل دهید (fvl. § 30). اگر اعتراض را بارگذاری می‌کنید، باید پیش از پایان آخرین روز رسیده باشد (eForvaltningsforskriften § 11). مدرکی از زمان فرستادن نگه دارید: رسید دفتر پست (نامهٔ سفارشی) یا رسید بارگذاری.

deadline-error-received-after-today = روزی که تصمیم را دریافت کردید ({ $received }) بعد از امروز ({ $today }) است. روزی را بنویسید که تصمیم به دستتان رسید: امروز یا پیش از آن.
deadline-error-decided-after-received = تاریخ تصمیم ({ $decided }) بعد از روزی است که آن را دریافت کردید ({ $received }). هر دو تاریخ را بررسی کنید: تصمیم در همان روز صدور یا بعد از آن به دست شما می‌رسد.
deadline-error-out-of-range = { $date } برای حساب کردن مهلت از امروز خیلی دور است. تاریخ را بررسی کنید.

## Names of closed days (data/closed-days.toml)
closed-saturday = یک شنبه
closed-sunday = یک یکشنبه
closed-nyttarsdag = روز سال نو میلادی (nyttårsdag)
closed-may1 = 1 مه، تعطیل رسمی (høgtidsdag) برابر با یکشنبه
closed-may17 = 17 مه، تعطیل رسمی (høgtidsdag) برابر با یکشنبه
closed-forste_juledag = روز کریسمس (første juledag)
closed-andre_juledag = روز دوم کریسمس (andre juledag)
closed-skjaertorsdag = پنجشنبهٔ مقدس (skjærtorsdag)
closed-langfredag = جمعهٔ نیک (langfredag)
closed-forste_paaskedag = یکشنبهٔ عید پاک (første påskedag)
closed-andre_paaskedag = دوشنبهٔ عید پاک (andre påskedag)
closed-kristi_himmelfartsdag = عید عروج مسیح (Kristi himmelfartsdag)
closed-forste_pinsedag = یکشنبهٔ پنطیکاست (første pinsedag)
closed-andre_pinsedag = دوشنبهٔ پنطیکاست (andre pinsedag)
closed-julaften = شب کریسمس (julaften)
closed-nyttarsaften = شب سال نو میلادی (nyttårsaften)

## Calendar file (.ics)
ics-summary = مهلت اعتراض: آخرین روز فرستادن اعتراض
ics-alarm-7 = مهلت اعتراض 7 روز دیگر است ({ $date }).
ics-alarm-2 = مهلت اعتراض 2 روز دیگر است ({ $date }).
deadline-todo-between = تاریخ زودتر از دو تاریخ ({ $earlier }) گذشته است، اما تاریخ دیرتر ({ $later }) نگذشته است. اعتراض را امروز بفرستید. نامه روزی را که تصمیم را دریافت کردید ذکر می‌کند و در صورت لزوم می‌خواهد که اعتراض، حتی اگر دیر باشد، بررسی شود (fvl. § 31). مدرکی از روز دریافت تصمیم نگه دارید (پاکت نامه، ایمیل یا پیامک).
