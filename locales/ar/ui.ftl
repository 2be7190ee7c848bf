# Klagehjelp desktop app (ui-*), Arabic. Not yet checked by a translator.
# Legal terms keep the Norwegian word in brackets at first use on a screen.
# Legal citations (fvl. § 29, utl. § 90) stay as they are.

ui-lang-name-nb = Norsk bokmål
ui-lang-name-nn = Norsk nynorsk
ui-lang-name-en = English
ui-skip-to-content = انتقل إلى المحتوى
ui-ui-language = لغة التطبيق
ui-privacy-footer = كل ما تكتبه يُحفظ على هذا الحاسوب فقط.
ui-saving = جارٍ الحفظ …
ui-saved = تم الحفظ
ui-all-cases = كل القضايا
ui-back = رجوع
ui-next = التالي
ui-finish = انتهى
ui-step-of = الخطوة { $n } من { $total }
ui-progress-label = التقدّم
ui-progress-done = تمّت
ui-progress-current = أنت هنا
ui-yes = نعم
ui-no = لا
ui-cancel = إلغاء
ui-change = تغيير
ui-go-to-field = انتقل إلى الحقل
ui-open = فتح
ui-duplicate = نسخ
ui-delete = حذف
ui-export = تصدير
ui-import = استيراد قضية (.klage.json)
ui-save-title = حفظ باسم
ui-import-title = اختر قضية لاستيرادها

## Start screen
ui-start-title = Klagehjelp
ui-start-lead = هل رُفض طلبك للمّ الشمل العائلي في النرويج؟ هنا تكتب طعنًا (klage) خطوة بخطوة، وتحصل على رسالة جاهزة للتوقيع والإرسال قبل انتهاء المهلة.
ui-new-case = ابدأ طعنًا جديدًا
ui-saved-cases = القضايا المحفوظة
ui-no-cases = لا توجد لديك قضايا محفوظة بعد.
ui-unnamed-case = (بلا اسم)
ui-col-name = الاسم
ui-col-duf = رقم DUF
ui-col-deadline = آخر موعد
ui-col-days-left = الأيام المتبقية
ui-col-actions = إجراءات
ui-duplicated = تم إنشاء النسخة.
ui-deleted = تم حذف القضية «{ $name }».
ui-delete-title = هل تريد حذف القضية؟
ui-delete-text = ستُحذف القضية «{ $name }» من هذا الحاسوب. لا يمكن التراجع عن ذلك.
ui-exported-to = حُفظت القضية في { $path }.
ui-imported = تم استيراد القضية.
ui-stored-where = أين تُحفظ القضايا؟
ui-stored-here = تُحفظ القضايا تلقائيًا في هذا المجلد على هذا الحاسوب:
ui-reception-title = أنت تستخدم حاسوبًا مشتركًا
ui-reception-text = تُحفظ القضايا على هذا الحاسوب. بعد طباعة الرسالة أو إرسالها، احذف القضية بزر «حذف» حتى لا يراها الشخص التالي.

## Steps
ui-step-language-title = اللغة والدور
ui-step-language-short = اللغة
ui-step-language-lead = اختر لغة الرسالة، ومن يستخدم التطبيق. كتابة الطعن تستغرق نحو 20 دقيقة.
ui-step-decision-title = القرار
ui-step-decision-short = القرار
ui-step-decision-lead = ضع رسالة الرفض أمامك. المعلومات المطلوبة هنا موجودة في تلك الرسالة.
ui-step-deadline-title = مهلة الطعن
ui-step-deadline-short = المهلة
ui-step-check-title = فحص الشروط
ui-step-check-short = الشروط
ui-step-check-lead = أجب عن الأسئلة، وسنبيّن لك أي الشروط تبدو مستوفاة، وأي المستندات يمكن أن تساعد.
ui-step-grounds-title = الأسباب
ui-step-grounds-short = الأسباب
ui-step-grounds-lead = هنا تكتب لماذا ترى أن القرار خاطئ. كتبنا اقتراحًا لكل شرط. غيّر النص ليناسب قضيتك.
ui-step-attachments-title = المرفقات
ui-step-attachments-short = المرفقات
ui-step-attachments-lead = المستندات التي ترفقها تُرقَّم بهذا الترتيب: المرفق 1، 2 وهكذا. تحت القائمة تجد المستندات التي يقترحها الفحص.
ui-step-representative-title = الوكيل
ui-step-representative-short = الوكيل
ui-step-representative-lead-applicant = إذا كان شخص ما يساعدك وسيتلقى الرسائل من UDI نيابةً عنك، فهو وكيلك (fullmektig).
ui-step-representative-lead-helper = أنت تساعد مقدّم الطلب. املأ بياناتك أنت. سنضيف توكيلًا (fullmakt) يوقّعه مقدّم الطلب.
ui-step-representative-lead-reception = قد يكون لمقدّم الطلب وكيل، مثل محامٍ أو متطوّع.
ui-step-review-title = المراجعة والطباعة
ui-step-review-short = المراجعة
ui-step-review-lead = هنا كل ما أجبت عنه. يمكنك التصحيح هنا مباشرة. الرسالة في الأسفل تتحدّث أثناء الكتابة.

## 1. Language and role
ui-languages = اللغات
ui-ui-language-hint = اختر لغة التطبيق في أعلى اليسار. يمكنك تغييرها في أي وقت.
ui-letter-language = لغة الرسالة
ui-letter-language-hint = تقبل UDI وUNE الرسائل باللغة النرويجية أو الإنجليزية فقط. لذلك تُكتب الرسالة بإحدى هاتين اللغتين، حتى لو كان التطبيق بالعربية.
ui-letter-lang-nb = النرويجية (bokmål)
ui-letter-lang-nn = النرويجية (nynorsk)
ui-letter-lang-en = الإنجليزية
ui-role-legend = من يستخدم التطبيق؟
ui-role-applicant = أنا من تلقّى الرفض
ui-role-applicant-hint = أنت تكتب الطعن لنفسك.
ui-role-helper = أنا أساعد شخصًا آخر
ui-role-helper-hint = مثلًا كمتطوّع في Jussbuss، أو من العائلة، أو صديق. تصبح أنت الوكيل.
ui-role-reception = أعمل في مكتب استقبال
ui-role-reception-hint = مثلًا في سفارة. تساعد مقدّم الطلب على ملء البيانات، لكن مقدّم الطلب يوقّع بنفسه.

## 2. The decision
ui-applicant-legend = مقدّم الطلب (الشخص الذي رُفض طلبه)
ui-applicant-hint-self = بياناتك.
ui-applicant-hint-other = بيانات الشخص الذي رُفض طلبه.
ui-given-name = الاسم الأول
ui-family-name = اسم العائلة
ui-birth-date = تاريخ الميلاد
ui-citizenship = الجنسية
ui-address = العنوان
ui-address-hint = الشارع والرمز البريدي والمدينة، والبلد إذا لم يكن النرويج.
ui-phone = الهاتف
ui-email = البريد الإلكتروني
ui-date-hint = اكتب التاريخ هكذا YYYY-MM-DD أو DD.MM.YYYY، مثلًا 2026-11-09.
ui-decision-legend = القرار (vedtak)
ui-authority = من أصدر القرار؟
ui-authority-UDI = UDI
ui-authority-UNE = UNE
ui-authority-police = الشرطة
ui-authority-embassy = سفارة
ui-authority-une-note = قرارات UNE نهائية. يمكنك أن تطلب من UNE تغيير القرار إذا كانت لديك معلومات جديدة. عندها تصبح الرسالة طلب إعادة نظر (omgjøring).
ui-embassy = أي سفارة أو قنصلية؟
ui-decision-date = تاريخ القرار
ui-decision-date-hint = في أعلى الرسالة.
ui-decision-received = تاريخ استلامك للقرار
ui-decision-received-hint = اليوم الذي وصلت فيه الرسالة إليك أو إلى وكيلك. المهلة تُحسب من هذا اليوم.
ui-stated-deadline = المهلة المذكورة في القرار (إن وُجدت)
ui-stated-deadline-hint = اترك الحقل فارغًا إذا لم يذكر القرار تاريخًا.
ui-reference = رقم المرجع (إن وُجد)
ui-reference-hint = غير مطلوب.
ui-duf = رقم DUF
ui-duf-hint = 12 رقمًا، في أعلى القرار، مثلًا 2012 586975 61.
ui-duf-ok = الصيغة صحيحة: { $duf }
ui-refusal-grounds-legend = ما الشروط التي يذكرها القرار سببًا للرفض؟
ui-refusal-grounds-hint = ضع علامة على كل شرط يذكره القرار. إذا لم تكن متأكدًا، تابع: الفحص لاحقًا يبيّن المزيد.

## 3. Deadline
ui-deadline-label = يجب إرسال الطعن في موعد أقصاه
ui-deadline-short-open = { $days ->
    [zero] لم يبقَ أي يوم
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $days } أيام
    [many] بقي { $days } يومًا
   *[other] بقي { $days } يوم
}
ui-deadline-short-last-day = اليوم هو آخر يوم
ui-deadline-short-passed = { $days ->
    [zero] انتهت المهلة اليوم
    [one] انتهت المهلة قبل يوم واحد
    [two] انتهت المهلة قبل يومين
    [few] انتهت المهلة قبل { $days } أيام
    [many] انتهت المهلة قبل { $days } يومًا
   *[other] انتهت المهلة قبل { $days } يوم
}
ui-deadline-stated-vs-computed = يذكر القرار { $stated }. بحسب القانون المهلة هي { $computed }. التزم بالتاريخ الأقرب.
ui-deadline-advice-open-title = لديك وقت
ui-deadline-advice-open = مرّ على الخطوات بهدوء. أرسل الطعن قبل المهلة بوقت كافٍ.
ui-deadline-advice-close-title = المهلة قريبة
ui-deadline-advice-close = أرسل الطعن بأسرع ما يمكن. إذا كانت مستندات ناقصة، أرسل الآن طعنًا مبدئيًا واكتب أن المستندات ستأتي لاحقًا. عادةً تعطي UDI عندها أسبوعين إضافيين (إرشادات UDI بشأن الطعون).
ui-deadline-advice-last-day-title = اليوم هو آخر يوم
ui-deadline-advice-last-day = أرسل الطعن اليوم. بالبريد، يجب تسليمه للبريد قبل انتهاء المهلة (fvl. § 30). إذا رفعته عبر الإنترنت، يجب أن يصل اليوم. إذا كانت مستندات ناقصة، أرسل طعنًا مبدئيًا.
ui-deadline-advice-passed-title = انتهت المهلة
ui-deadline-advice-passed = ما زال بإمكانك إرسال طعن. اشرح في الرسالة سبب التأخير. قد تنظر فيه UDI إذا لم تكن أنت المسؤول عن التأخير، أو إذا كانت هناك أسباب خاصة (fvl. § 31).
ui-deadline-one-year = لا يمكن النظر في طعن بعد مرور أكثر من سنة على صدور القرار (fvl. § 31). هذا الحد هو { $date }.
ui-deadline-how-title = كيف حُسبت المهلة
ui-deadline-todo-title = ما الذي عليك فعله
ui-add-to-calendar = أضف المهلة إلى تقويمك (.ics)
ui-add-to-calendar-hint = مع تذكير قبل 7 أيام وقبل يومين.
ui-ics-saved = حُفظ ملف التقويم: { $path }

## 4. Check
ui-check-screen-of = الجزء { $n } من { $total }
ui-check-new-questions = إجابتك أظهرت أسئلة أخرى في هذه الصفحة. أجب عنها، أو اضغط «التالي» مرة أخرى لتخطّيها.
ui-check-results-title = النتيجة لكل شرط
ui-exceptions = الاستثناءات
ui-documents = مستندات يمكن أن تساعد
ui-legal-source = المصدر: { $source }
ui-status-met = مستوفى
ui-status-not-met = غير مستوفى
ui-status-not-applicable = لا ينطبق
ui-status-needs-assessment = يحتاج إلى تقييم
ui-status-unknown = غير واضح
ui-group-other = أسئلة أخرى

## 5. Grounds
ui-grounds-none-failing = لم يجد الفحص أي شرط غير مستوفى، ولم تختر أي سبب من القرار. اكتب بكلماتك لماذا ترى أن القرار خاطئ.
ui-grounds-your-text = أسبابك
ui-grounds-edit-hint = الاقتراح مجرد بداية. اكتب ما هو صحيح في قضيتك، وما الذي تغيّر منذ القرار. اكتب بالنرويجية أو الإنجليزية، لأن النص يدخل في الرسالة كما هو.
ui-grounds-reset = أدرج الاقتراح من جديد
ui-grounds-other = أسباب أخرى
ui-grounds-other-hint = اختياري. مثلًا أخطاء في طريقة معالجة القضية، أو وقائع لم تأخذها UDI في الاعتبار. اكتب بالنرويجية أو الإنجليزية، لأن النص يدخل في الرسالة كما هو.
ui-deferred-legend = البقاء في النرويج أثناء النظر في الطعن
ui-deferred-explain = يمكنك أن تطلب البقاء في النرويج حتى يُبتّ في الطعن. يُسمّى هذا تأجيل التنفيذ (utsatt iverksettelse).
ui-deferred-label = اطلب تأجيل التنفيذ
ui-deferred-source = قانون الإدارة العامة (fvl.) § 42 وقانون الهجرة (utl.) § 90.
ui-deferred-abroad = مقدّم الطلب ليس في النرويج، لذلك لا ينطبق تأجيل التنفيذ (utl. § 90).
ui-deferred-unknown = أجب في فحص الشروط عن السؤال هل مقدّم الطلب موجود في النرويج. بعدها سترى هل يمكنك طلب البقاء أثناء النظر في الطعن.
ui-provisional-legend = هل هناك مستندات ناقصة؟
ui-provisional-explain = أرسل الطعن ضمن المهلة على كل حال، واكتب أن المستندات ستأتي لاحقًا. عادةً تعطي UDI عندها مهلة جديدة مدتها أسبوعان.
ui-provisional-label = سأرسل مستندات أخرى لاحقًا (طعن مبدئي)
ui-provisional-source = إرشادات UDI «كيف أطعن في قرار من UDI؟» والتعميم RS 2010-161.

## 6. Attachments
ui-attachments-udi-fetches = تحصل UDI بنفسها على المعلومات عن العمل ومساعدات NAV والضرائب والأجور وقروض الدراسة. أرفق ما ليس لدى UDI: مثلًا عقد عمل جديد، أو شرحًا (RS 2014-012).
ui-attachment-n = المرفق { $n }
ui-no-attachments = لا توجد مرفقات بعد.
ui-add-attachment = أضف مرفقًا
ui-move-up = انقل إلى الأعلى
ui-move-down = انقل إلى الأسفل
ui-remove = إزالة
ui-attachments-fullmakt-note = يُرفق بالرسالة أيضًا التوكيل (fullmakt) ونسخة من جواز سفر مقدّم الطلب.

## 7. Representative
ui-reception-not-fullmektig = يجوز لموظفي إدارة الهجرة مساعدة مقدّم الطلب في كتابة الطعن، لكن لا يجوز أن يكونوا وكلاء في القضية (fvl. § 12 الفقرة الثانية). مقدّم الطلب يوقّع الطعن.
ui-rep-question = هل لمقدّم الطلب وكيل سيتلقى الرسائل من UDI في هذه القضية؟
ui-rep-question-helper = هل ستكون أنت وكيل مقدّم الطلب؟
ui-rep-legend = الوكيل
ui-rep-name = الاسم
ui-rep-organisation = المنظمة
ui-rep-organisation-hint = مثلًا Jussbuss. اتركه فارغًا إذا كنت تساعد بصفة شخصية.
ui-rep-is-lawyer = الوكيل محامٍ (advokat)
ui-rep-is-lawyer-hint = المحامي لا يحتاج إلى توكيل مكتوب (fvl. § 12 الفقرة الرابعة).
ui-rep-none = لا يوجد وكيل. مقدّم الطلب يوقّع.
ui-fullmakt-title = التوكيل (fullmakt)
ui-fullmakt-explain = نضيف توكيلًا في آخر الرسالة. يوقّعه مقدّم الطلب، وترفق أنت نسخة من صفحة جواز السفر التي فيها الصورة والتوقيع. يجب أن يكون عمر الوكيل أكثر من 18 سنة، وألّا يعمل في إدارة الهجرة (fvl. § 12، UDI).

## 8. Review
ui-review-language = اللغة
ui-review-answers = الإجابات في فحص الشروط
ui-not-answered = لم تتم الإجابة
ui-review-unused-title = إجابات لا تُستخدم في الرسالة
ui-review-unused-hint = هذه الإجابات لم تعد تنطبق بعد ما أجبت عنه لاحقًا. هي محفوظة، لكنها لا تُستخدم في الرسالة.
ui-signing = التوقيع
ui-signed-place = مكان التوقيع
ui-signed-place-hint = مثلًا Oslo.
ui-preview-title = الرسالة
ui-preview-hint = هذا هو النص نفسه الذي سيكون في ملف PDF. الرسالة بالنرويجية أو الإنجليزية، كما تطلب UDI.
ui-problems-title = ما ينقص قبل أن يمكن إعداد الرسالة
ui-export-pdf = تصدير PDF
ui-exporting = جارٍ إعداد ملف PDF …
ui-export-saved = حُفظ ملف PDF:
ui-open-pdf = افتح ملف PDF
ui-show-in-folder = أظهر في المجلد
ui-send-title = كيف توقّع الطعن وترسله
ui-send-sign = اطبع الرسالة ووقّعها. الطعون غير الموقّعة تُرفض (UDI). إذا كان هناك وكيل، يوقّع مقدّم الطلب التوكيل أيضًا.
ui-send-proof = احتفظ بنسخة، وبإيصال يبيّن متى أرسلت الطعن.

## Errors
ui-err-date-missing = أدخل التاريخ.
ui-err-date-invalid = «{ $value }» ليس تاريخًا صحيحًا. اكتبه هكذا YYYY-MM-DD أو DD.MM.YYYY، مثلًا 2026-11-09.
ui-err-case-invalid = تعذّرت قراءة القضية: { $reason }
ui-err-case-not-found = لم يتم العثور على القضية.
ui-err-io-write = تعذّر الحفظ في { $path }: { $reason }. تأكّد من وجود مساحة على القرص ومن أنه مسموح لك بالكتابة في المجلد.
ui-err-io-read = تعذّرت قراءة { $path }: { $reason }.
ui-err-io-delete = تعذّر حذف { $path }: { $reason }.
ui-err-open-failed = تعذّر فتح { $path }: { $reason }.
ui-err-pdf-failed = تعذّر إعداد ملف PDF: { $reason }
ui-rules-note = يعتمد الفحص على القواعد والمبالغ كما كانت في { $date }، ويقيّم الشروط كما هي في { $assessed }.
ui-err-facts-invalid = تعذّرت قراءة إحدى الإجابات في الفحص: { $reason }
ui-grounds-insert = أدرج الاقتراح
ui-warnings-title = يستحق التحقق
ui-suggested-title = مستندات يقترحها الفحص
ui-suggested-hint = أضف ما لديك وما يناسب قضيتك. يدخل النص في الرسالة كما هو، ويمكنك تعديله في القائمة أعلاه.
ui-suggested-add = أضف
ui-suggested-added = تمت الإضافة

## Late klage (fvl. § 31)
ui-late-reason-label = لماذا تأخّر الطعن (klage)؟
ui-late-reason-hint = انتهت المهلة. اكتب باختصار لماذا لم تطعن في الوقت المحدد، ولماذا لم تستطع الطعن إلا الآن. يدخل هذا النص في الرسالة. قد يُنظر في الطعن المتأخر إذا لم تكن أنت المسؤول عن التأخير، أو إذا كانت هناك أسباب خاصة. ولا يمكن النظر فيه أبدًا إذا مرّت أكثر من سنة على صدور القرار (قانون الإدارة العامة، fvl. § 31). اكتب بالنرويجية أو الإنجليزية، لأن النص يدخل في الرسالة كما هو.

## Languages and legal terms (shown when the app is not in Norwegian)
ui-translation-unreviewed = لم يراجع مترجمٌ هذه الترجمة بعد.
ui-terms-title = كلمات قانونية بالنرويجية
ui-terms-hint = سترى هذه الكلمات بالنرويجية في رسائل UDI وفي طعنك.
ui-term-klage = طعن
    .explain = رسالة تطلب فيها تغيير قرار.
ui-term-vedtak = قرار
    .explain = ما قرّرته الجهة في قضيتك، مثلًا رفض الطلب.
ui-term-referanseperson = الشخص المرجعي
    .explain = الشخص المقيم في النرويج الذي يريد مقدّم الطلب أن يعيش معه.
ui-term-utsatt-iverksettelse = تأجيل التنفيذ
    .explain = أن يُسمح لك بالبقاء في النرويج أثناء النظر في الطعن.
ui-term-fullmakt = توكيل
    .explain = ورقة يمنح فيها مقدّم الطلب شخصًا آخر الحق في التصرّف في القضية.
ui-term-duf-nummer = رقم DUF
    .explain = رقم قضيتك لدى UDI، ويتكوّن من 12 رقمًا.
ui-check-missing = ما زلنا بحاجة إلى معرفته
ui-date-or-never-date = نعم، آخر دفعة كانت في هذا التاريخ:
ui-never = أبدًا
ui-check-sources = المصادر التي تستند إليها هذه القاعدة ({ $n })
ui-police-district = دائرة الشرطة التي أصدرت القرار
ui-made-by = من أصدر القرار، بحسب ما يقوله القرار نفسه؟
ui-made-by-hint = انظر إلى ترويسة الرسالة والتوقيع، وإلى الجملة التي تذكر من رفض الطلب، وإلى إرشادات الطعن: إذا كانت تقول إن UNE هي التي تبتّ في الطعن، فالقرار صادر عن UDI.
ui-made-by-UDI = UDI (السفارة أو الشرطة سلّمته فقط)
ui-made-by-embassy = السفارة أو القنصلية نفسها
ui-made-by-police = دائرة الشرطة نفسها
ui-made-by-unsure = لست متأكدًا
