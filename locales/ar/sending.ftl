# Issue 9: the fullmektig, the parties, the letter as sent, and after sending.

## Who made the decision
ui-made-by-UDI-direct = UDI
ui-made-by-UNE = UNE (مجلس طعون الهجرة)
ui-made-by-help-title = كيف تعرف من أصدر القرار
ui-made-by-help-letterhead = ترويسة الرسالة والتوقيع: هل مكتوب فيهما «Utlendingsdirektoratet» أو «UDI»، أم اسم السفارة؟
ui-made-by-help-sentence = الجملة التي تذكر من رفض الطلب، مثلًا «Utlendingsdirektoratet har avslått» (رفضت UDI) أو «Ambassaden har avslått» (رفضت السفارة).
ui-made-by-help-instructions = إذا اختلف الأمران، فإرشادات الطعن هي التي تحسم: إذا قالت إن UNE تبتّ في الطعن، فالقرار صادر عن UDI. وإذا قالت إن UDI تبتّ في الطعن، فالقرار صادر عن السفارة أو الشرطة.
ui-made-by-help-abroad = معظم قرارات الرفض في الخارج هي قرارات من UDI تسلّمها السفارة فقط. لا تخمّن بحسب البلد.

## Case number, co-applicants and the reference person
ui-case-number = رقم القضية في القرار (saksnummer)
ui-case-number-hint = يكون غالبًا في أعلى القرار. إذا لم تجده، يُترك في الرسالة سطر فارغ تملؤه بخط اليد.
ui-co-applicants-legend = أشخاص آخرون رُفض طلبهم في القرار نفسه
ui-co-applicants-hint = مثلًا أطفال قدّموا الطلب معك. يمكن للجميع الطعن في الرسالة نفسها، ولكل منهم رقم DUF الخاص به. يوقّع كل شخص بالغ. وعن الطفل يوقّع من له المسؤولية الأبوية.
ui-co-applicant-n = مقدّم الطلب { $n }
ui-co-applicant-birth-hint = دون 18 سنة: يوقّع عن الطفل من له المسؤولية الأبوية.
ui-co-applicant-duf-hint = رقم DUF الخاص بهذا الشخص، 12 رقمًا.
ui-co-applicant-add = أضف مقدّم طلب آخر
ui-sponsor-legend = الشخص المرجعي (الكفيل)
ui-sponsor-hint = الشخص المقيم في النرويج الذي يقوم عليه الطلب. يُكتب اسمه وتاريخ ميلاده في الطعن.

## The representative (fullmektig)
ui-rep-organisation-note = يُعطى التوكيل عندئذ إلى { $org } بواسطة { $name } («{ $org } v/ { $name }»).
ui-rep-fullmakt-follows = سيُرسل التوكيل لاحقًا
ui-rep-fullmakt-follows-hint = فقط إذا كان مقدّم الطلب في الخارج ولا يستطيع التوقيع قبل انتهاء المهلة. تقول الرسالة إن التوكيل الموقّع سيُرسل لاحقًا. أرسله حالما يصلك.
ui-rep-contact = العنوان أو الهاتف أو البريد الإلكتروني
ui-rep-missing = ناقص: { $fields }. لا يمكن إعداد الرسالة بدون ذلك، لأن UDI ترسل القرارات والرسائل إلى الوكيل.
ui-rep-complete = يمكن التواصل مع الوكيل.

## Optional requests in the klage
ui-requests-legend = يمكنك أن تطلب هذا أيضًا في الطعن
ui-request-innsyn-label = اطلب الاطلاع على وثائق القضية (innsyn، fvl. § 18)
ui-request-innsyn-hint = طلب الاطلاع لا يوقف مهلة الطعن. أرسل الطعن قبل انتهاء المهلة، واطلب الاطلاع في الطعن نفسه.
ui-request-set-aside-label = اطلب احتياطيًا إلغاء القرار وإعادة القضية لدراستها من جديد (fvl. § 34)
ui-request-set-aside-hint = «احتياطيًا» تعني: إذا لم يُقبل الطلب. عندها يمكن دراسة القضية من جديد.

## After sending
ui-sent-title = بعد الإرسال
ui-sent-hint = بعد إرسال الطعن، اكتب متى وكيف أرسلته. يُحفظ ذلك مع القضية، وتحصل على تاريخ للمتابعة.
ui-sent-date = تاريخ إرسال الطعن
ui-sent-channel = كيف أُرسل؟
ui-sent-receipt = الإيصال (اختياري)
ui-sent-receipt-hint = مثلًا رقم الرسالة المسجّلة، أو التأكيد بعد الرفع.
ui-sent-save = احفظ: تم إرسال الطعن
ui-sent-change = غيّر
ui-sent-record = أُرسل في { $date }، { $channel }.
ui-sent-record-receipt = الإيصال: { $receipt }.
ui-sent-channel-udi_upload = رُفع إلى UDI
ui-sent-channel-post = بالبريد
ui-sent-channel-police = سُلّم إلى الشرطة
ui-sent-channel-embassy = سُلّم إلى السفارة كما يقول القرار
ui-sent-channel-une_form = أُرسل عبر استمارة UNE
ui-sent-follow-up-title = المتابعة
ui-sent-follow-up-ics = أضف التذكير إلى التقويم
ui-sent-no-follow-up-route = ليس لدينا مصدر عن موعد الرد هنا. انظر «ماذا يحدث بعد ذلك» أعلاه.
ui-sent-no-follow-up = لا يوجد تاريخ للمتابعة بعد. اكتب أولًا متى أُرسل الطعن.
ui-sent-ics-summary = تابع الطعن لدى UDI
ui-sent-error-date = «{ $value }» ليس تاريخًا صحيحًا. اكتب يوم إرسال الطعن، مثلًا 2026-11-20.
ui-sent-error-future = { $date } بعد اليوم. اكتب اليوم الذي أُرسل فيه الطعن فعلًا.
ui-sent-error-channel = اختر طريقة إرسال الطعن («{ $value }» غير معروف؛ القيم الصحيحة: { $known }).
ui-err-letter-not-offered = لا يمكن إعداد هذه الرسالة لهذه القضية.

## Letters after the klage
ui-after-letters-title = رسائل يمكنك إرسالها أيضًا
ui-after-write-pdf = أنشئ PDF
ui-after-last-day = أرسله في موعد أقصاه { $date }: بعد ثلاثة أسابيع من وصول القرار الجديد إليك.
ui-after-utsatt-title = طلب تأجيل التنفيذ
ui-after-utsatt-explain = رسالة مستقلة تطلب أن يبقى مقدّم الطلب في النرويج أثناء النظر في الطعن (fvl. § 42، utl. § 90). يمكن إرسالها فورًا، قبل الطعن.
ui-after-utsatt-not-abroad = فقط عندما يكون مقدّم الطلب في النرويج.
ui-after-ettersending-title = إرسال وثائق لاحقًا
ui-after-ettersending-explain = وثائق ترسلها بعد الطعن (fvl. § 34). بعد طعن مبدئي، تمنح UDI عادةً أسبوعين إضافيين للوثائق.
ui-after-ettersending-not-sent = اكتب أولًا أن الطعن قد أُرسل.
ui-after-innsyn-title = طلب الاطلاع على الوثائق
ui-after-innsyn-explain = اطلب رؤية وثائق القضية (fvl. § 18). طلب الاطلاع لا يوقف مهلة الطعن.
ui-after-costs-title = المطالبة بالتكاليف
ui-after-costs-explain = إذا تغيّر القرار لصالح مقدّم الطلب، يمكن المطالبة بتغطية التكاليف الكبيرة التي كانت ضرورية، مثلًا أتعاب المحامي (fvl. § 36). يجب إرسال المطالبة خلال ثلاثة أسابيع من وصول القرار الجديد.
ui-after-costs-not-changed = فقط عندما يتغيّر القرار لصالح مقدّم الطلب. اكتب عندها تاريخ وصول القرار الجديد.
ui-after-costs-too-late = انتهت مهلة الأسابيع الثلاثة بعد القرار الجديد (fvl. § 36).
ui-after-costs-changed-label = تاريخ وصول القرار الجديد، إذا تغيّر القرار لصالح مقدّم الطلب
ui-after-costs-changed-hint = اكتب YYYY-MM-DD أو DD.MM.YYYY.

## Command line (klagehjelp sent)
cli-sent-write-failed = تعذّرت كتابة { $path }: { $error }. تأكّد من وجود المجلد ومن أنه يُسمح لك بالكتابة فيه.
cli-sent-how = لتسجيل ذلك: klagehjelp sent CASE --date YYYY-MM-DD --channel CHANNEL [--receipt TEXT]. الطرق المتاحة هنا: { $channels }.

## The day a changed decision arrived (fvl. § 36)
ui-changed-error-date = «{ $value }» ليس تاريخًا صحيحًا. اكتب يوم وصول القرار الجديد إليك، مثلًا 2027-02-01.
ui-changed-error-future = { $date } بعد اليوم. اكتب اليوم الذي وصل فيه القرار الجديد فعلًا.
