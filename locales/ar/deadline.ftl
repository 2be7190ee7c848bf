## The klage deadline (src/deadline.rs, src/ics.rs, klagehjelp deadline), Arabic.
## Not yet checked by a translator.

deadline-headline = آخر موعد للطعن: { $date }
deadline-heading-why = لماذا هذا التاريخ
deadline-heading-todo = ما الذي عليك فعله
deadline-status-open = مفتوحة
deadline-status-last-day = آخر يوم
deadline-status-passed = انتهت
deadline-status-label = الحالة
deadline-status-line-open = { $days ->
    [zero] لم يبقَ أي يوم
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $days } أيام
    [many] بقي { $days } يومًا
   *[other] بقي { $days } يوم
  } (اليوم هو { $today }).
deadline-status-line-last-day = اليوم ({ $today }) هو آخر يوم.
deadline-status-line-passed = انتهت المهلة { $days ->
    [zero] اليوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $days } أيام
    [many] قبل { $days } يومًا
   *[other] قبل { $days } يوم
  } (اليوم هو { $today }).
deadline-computed-label = المهلة بحسب القانون
deadline-stated-label = المهلة في القرار

deadline-why-weeks = لديك 3 أسابيع لإرسال طعن (klage، أي اعتراض مكتوب)، تُحسب من اليوم الذي وصل فيه القرار إليك (fvl. § 29). بعد 3 أسابيع من { $received } يكون التاريخ { $date }.
deadline-why-closed = { $date } هو { $name } ({ $source }).
deadline-why-moved = المهلة التي تنتهي يوم سبت أو أحد أو عطلة رسمية تنتقل إلى يوم العمل التالي (domstolloven § 149، fvl. § 30). لذلك المهلة هي { $date }.
deadline-why-not-moved = هذا يوم عمل، لذلك تبقى المهلة في هذا اليوم (domstolloven §§ 148–149، fvl. § 30).
deadline-stated-same = المهلة في القرار ({ $stated }) هي نفسها المهلة المحسوبة هنا.
deadline-stated-later = يذكر القرار مهلة أبعد ({ $stated }) من الأسابيع الثلاثة في القانون ({ $computed }). التزم بالتاريخ الأقرب، { $computed }: يحسب القانون 3 أسابيع من اليوم الذي وصل فيه القرار إليك (fvl. § 29)، وقد لا يحميك تاريخ أبعد مذكور في القرار.
deadline-stated-earlier = يذكر القرار مهلة أقرب ({ $stated }) من القانون ({ $computed }). التزم بالتاريخ الأقرب، { $stated }. تأكّد من صحة تاريخ استلامك للقرار: الأسابيع الثلاثة تُحسب من اليوم الذي وصل فيه القرار إليك (fvl. § 29).
deadline-office-warning = { $date } هو { $name }. القانون النرويجي لا ينقل المهلة بسبب هذا اليوم (domstolloven § 149، helligdagsloven § 2)، لكن المكاتب ومكاتب البريد قد تكون مغلقة أو تغلق مبكرًا. أرسل الطعن قبل ذلك ببضعة أيام.

deadline-todo-send-by = أرسل الطعن (اعتراضك المكتوب) في موعد أقصاه { $date }.
deadline-todo-last-day = اليوم هو آخر يوم. أرسل الطعن اليوم.
deadline-todo-provisional = أليست لديك كل المستندات بعد؟ أرسل الآن طعنًا مبدئيًا (foreløpig klage): طعنًا قصيرًا يقول إن مستندات أخرى ستأتي لاحقًا. عندها تعطيك UDI مهلة جديدة مدتها أسبوعان للمستندات (udi.no).
deadline-todo-passed = كانت المهلة { $date }. ما زال بإمكانك إرسال طعن. قد تنظر UDI في طعن متأخر إذا لم تكن أنت المسؤول عن التأخير، أو إذا كانت هناك أسباب خاصة (fvl. § 31). اذكر في الطعن سبب التأخير. ستكون الرسالة طعنًا متأخرًا.
deadline-todo-one-year = لا يمكن أبدًا النظر في طعن بوصفه طعنًا بعد مرور أكثر من سنة على صدور القرار (fvl. § 31). تحقّق من تاريخ القرار.
deadline-todo-one-year-limit = لا يمكن أبدًا النظر في طعن بوصفه طعنًا بعد مرور أكثر من سنة على صدور القرار (fvl. § 31). تاريخ القرار { $decided }، لذلك آخر يوم ممكن هو { $limit }.
deadline-todo-one-year-passed = كانت المهلة { $date }. مرّت أكثر من سنة على صدور القرار ({ $decided })، لذلك لم يعد ممكنًا النظر في الطعن بوصفه طعنًا (fvl. § 31). اطلب مشورة قانونية.
deadline-todo-one-year-passed-received = كانت المهلة { $date }. مرّت أكثر من سنة على استلامك للقرار ({ $received })، وبالتالي أيضًا على صدوره. لم يعد ممكنًا النظر في الطعن بوصفه طعنًا (fvl. § 31). اطلب مشورة قانونية.
deadline-todo-on-time = تصل الرسالة في الموعد إذا سلّمتها للبريد (مكتب بريد أو صندوق بريد) قبل نهاية آخر يوم (fvl. § 30). إذا رفعت الطعن عبر الإنترنت، يجب أن يصل قبل نهاية آخر يوم (eForvaltningsforskriften § 11). احتفظ بدليل على وقت الإرسال: إيصال من مكتب البريد (رسالة مسجّلة) أو من الرفع.

deadline-error-received-after-today = يوم استلامك للقرار ({ $received }) يقع بعد اليوم ({ $today }). اكتب اليوم الذي وصل فيه القرار إليك: اليوم أو قبله.
deadline-error-decided-after-received = تاريخ القرار ({ $decided }) يقع بعد يوم استلامك له ({ $received }). تحقّق من التاريخين: القرار يصل إليك في يوم صدوره أو بعده.
deadline-error-out-of-range = { $date } بعيد جدًا عن اليوم لحساب مهلة. تحقّق من التاريخ.

## Names of closed days (data/closed-days.toml)
closed-saturday = يوم سبت
closed-sunday = يوم أحد
closed-nyttarsdag = يوم رأس السنة (nyttårsdag)
closed-may1 = 1 مايو، عطلة رسمية (høgtidsdag) بمنزلة يوم الأحد
closed-may17 = 17 مايو، عطلة رسمية (høgtidsdag) بمنزلة يوم الأحد
closed-forste_juledag = يوم عيد الميلاد (første juledag)
closed-andre_juledag = ثاني أيام عيد الميلاد (andre juledag)
closed-skjaertorsdag = خميس العهد (skjærtorsdag)
closed-langfredag = الجمعة العظيمة (langfredag)
closed-forste_paaskedag = أحد الفصح (første påskedag)
closed-andre_paaskedag = اثنين الفصح (andre påskedag)
closed-kristi_himmelfartsdag = عيد الصعود (Kristi himmelfartsdag)
closed-forste_pinsedag = أحد العنصرة (første pinsedag)
closed-andre_pinsedag = اثنين العنصرة (andre pinsedag)
closed-julaften = ليلة عيد الميلاد (julaften)
closed-nyttarsaften = ليلة رأس السنة (nyttårsaften)

## Calendar file (.ics)
ics-summary = آخر موعد للطعن: آخر يوم لإرسال الطعن
ics-alarm-7 = آخر موعد للطعن بعد 7 أيام ({ $date }).
ics-alarm-2 = آخر موعد للطعن بعد يومين ({ $date }).
deadline-todo-between = انتهى أقرب التاريخين ({ $earlier })، ولم ينتهِ الأبعد ({ $later }). أرسل الطعن اليوم. تذكر الرسالة يوم استلامك للقرار، وتطلب احتياطيًا النظر في الطعن حتى لو كان متأخرًا (fvl. § 31). احتفظ بما يثبت يوم استلامك للقرار (الظرف، أو البريد الإلكتروني، أو رسالة SMS).
