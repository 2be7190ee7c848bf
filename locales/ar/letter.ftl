# Letters (src/letter.rs), Arabic: the kind names, the notes to the sender and
# the CLI messages, which are shown in the UI language. The letter's own words
# (titles, footers, recipient, signature lines) stay in nb, nn or en, the
# letter language, and are not translated here. Not yet checked by a translator.
letter-kind-klage = طعن
letter-kind-forelopig = طعن مبدئي
letter-kind-late = طعن متأخر
letter-kind-omgjoring = طلب إعادة نظر
case-letter-send-udi = وقّع الرسالة، وامسحها ضوئيًا أو صوّرها وارفعها عبر نموذج UDI لإرسال المستندات، أو أرسلها بالبريد. بالبريد، يجب تسليمها للبريد قبل انتهاء المهلة؛ وإذا رُفعت عبر الإنترنت، يجب أن تصل قبل انتهاء المهلة (قانون الإدارة العامة، fvl. § 30).
case-letter-une-address = لا يعرف Klagehjelp العنوان البريدي لـ UNE. يفضّل UNE النموذج الموجود على une.no ("Request a reversal"). تحقّق من العنوان على une.no قبل أن ترسل الرسالة بالبريد.
case-letter-une-new-information = عادةً يطلب UNE معلومات جديدة أو مستندات جديدة عندما يطلب شخص إعادة النظر. أرفق ما هو جديد.
case-letter-embassy-address = يُرسل الطعن إلى السفارة التي أصدرت القرار. لا يعرف Klagehjelp عنوانها: اكتبه تحت الاسم، أو اسأل السفارة كيف تسلّم الطعن.
case-letter-police-address = يُرسل الطعن إلى دائرة الشرطة التي أصدرت القرار. لا يعرف Klagehjelp عنوانها: ابحث عنه على politiet.no واكتبه تحت الاسم.
case-letter-fullmakt-sign = يجب أن يوقّع مقدّم الطلب التوكيل. أرفق نسخة من صفحة جواز السفر التي فيها البيانات الشخصية والتوقيع. يجب أن يكون عمر الوكيل أكثر من 18 سنة وألّا يعمل في إدارة الهجرة (قانون الإدارة العامة، fvl. § 12).
case-letter-late-risk = الطعن متأخر. عادةً ترفض UDI الطعون المتأخرة، لكن عليها أن تنظر هل تتعامل معه رغم ذلك (قانون الإدارة العامة، fvl. § 31). أرسله بأسرع ما يمكن.
letter-cli-read-failed = تعذّرت قراءة ملف القضية { $path }: { $error }. تحقّق من أن الملف موجود.
letter-cli-kind-unknown = --kind: "{ $value }" ليس نوعًا من أنواع الرسائل. استخدم klage أو forelopig أو late أو omgjoring أو utsatt أو ettersending أو innsyn أو costs.
letter-cli-problems = في القضية مشكلات يجب إصلاحها قبل أن يمكن كتابة الرسالة:
letter-cli-written = كُتبت الرسالة ({ $kind }) في { $path }.
letter-cli-note = ملاحظة:
case-letter-made-by-unsure = لست متأكدًا من الجهة التي أصدرت القرار. تحقّق من إرشادات الطعن في القرار، ووجّه الرسالة كما تقول (انظر klagehjelp route).
case-letter-send-as-decision-says = أصدرت UDI القرار، وسلّمته السفارة أو الشرطة. يُوجَّه الطعن إلى UDI؛ أرسله بالطريقة التي يذكرها القرار.
letter-kind-utsatt = طلب تأجيل التنفيذ
letter-kind-ettersending = مستندات إضافية
letter-kind-innsyn = طلب الاطلاع على المستندات
letter-kind-costs = مطالبة بتكاليف القضية
