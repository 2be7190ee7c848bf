# Files, privacy and bad input (issue 12): errors and notices of the desktop app and the core, Arabic.
# Not yet checked by a translator. Field names follow ui.ftl (the words the user sees in the form).

ui-err-open-unknown = لم يُصدَّر هذا الملف في هذه الجلسة، لذلك لن يفتحه Klagehjelp. صدّره مرة أخرى واستخدم الأزرار التي تظهر.

file-error-encoding = الملف غير محفوظ كنص UTF-8 أو UTF-16، لذلك لا يستطيع Klagehjelp قراءته دون خطر ظهور أحرف خاطئة في الأسماء (أول بايت لا يمكن قراءته في الموضع { $offset }). افتحه في محرّر نصوص واحفظه من جديد بالترميز «UTF-8».
file-error-utf16 = يقول الملف إنه نص UTF-16، لكنه تالف. افتحه في محرّر نصوص واحفظه من جديد بالترميز «UTF-8».
file-error-too-big = حجم الملف { $size } كيلوبايت، والحد الأقصى لملف القضية هو { $limit } كيلوبايت. تحقّق من أنك اخترت الملف الصحيح.

## A field of a case file that cannot be read: where, in words, and what is wrong.
case-error-field = لا يمكن قراءة ملف القضية: الحقل «{ $field }» (السطر { $line }، { $path }) { $problem } صحّح الملف، أو اطلب من الشخص الذي أرسله نسخة جديدة.
case-field-problem-kind = فيه { $found }، لكن يجب أن يكون فيه { $expected }.
case-field-problem-kind-only = فيه { $found }، وهذا غير مسموح به هنا.
case-field-problem-not-allowed = فيه «{ $found }»، وهذه ليست من القيم المسموح بها ({ $allowed }).
case-field-problem-missing = غير موجود.
case-field-problem-invalid = فيه قيمة غير صالحة.
case-kind-text = نص
case-kind-number = رقم
case-kind-yes-no = نعم أو لا (true أو false)
case-kind-list = قائمة
case-kind-group = مجموعة من الحقول
case-kind-empty = قيمة فارغة (null)
case-kind-unknown = قيمة من نوع آخر
case-field-format = صيغة الملف
case-field-letter-language = لغة الرسالة
case-field-applicant = مقدّم الطلب
case-field-applicant-given-name = الاسم الأول
case-field-applicant-family-name = اسم العائلة
case-field-applicant-birth-date = تاريخ الميلاد
case-field-applicant-citizenship = الجنسية
case-field-applicant-address = العنوان
case-field-applicant-phone = الهاتف
case-field-applicant-email = البريد الإلكتروني
case-field-duf = رقم DUF
case-field-decision = القرار
case-field-decision-authority = من أصدر القرار
case-field-decision-embassy = السفارة أو القنصلية
case-field-decision-police-district = دائرة الشرطة
case-field-decision-date = تاريخ القرار
case-field-decision-received = تاريخ استلامك للقرار
case-field-decision-stated-deadline = المهلة المذكورة في القرار
case-field-decision-reference = رقم المرجع
case-field-decision-refusal-grounds = الأسباب المذكورة في القرار
case-field-facts = الإجابات في فحص الشروط
case-field-facts-answer = الإجابة «{ $name }» في فحص الشروط
case-field-grounds = الأسباب
case-field-grounds-requirement = الأسباب { $n }: الشرط
case-field-grounds-text = الأسباب { $n }: نصّك
case-field-request-deferred-implementation = طلب تأجيل التنفيذ
case-field-will-send-more-documents = سأرسل مستندات أخرى لاحقًا
case-field-attachments = المرفقات
case-field-attachments-title = المرفق { $n }
case-field-representative = الوكيل
case-field-representative-name = اسم الوكيل
case-field-representative-organisation = منظمة الوكيل
case-field-representative-address = عنوان الوكيل
case-field-representative-phone = هاتف الوكيل
case-field-representative-email = البريد الإلكتروني للوكيل
case-field-representative-is-lawyer = الوكيل محامٍ
case-field-signed-place = مكان التوقيع
case-field-late-reason = سبب تأخّر الطعن

ui-err-text-too-long = عدد الأحرف في «{ $field }» هو { $chars }، والحد الأقصى للحقل الواحد هو { $limit }. اختصر النص، أو ضع النص الطويل في مرفق. لم يُحفظ التغيير.
ui-err-case-unreadable = لا يمكن قراءة ملف القضية: { $reason }.

ui-restore-backup = استعادة النسخة السابقة
ui-restore-backup-title = هل تريد استعادة النسخة السابقة؟
ui-restore-backup-text = سيُستبدل الملف التالف { $name } بالنسخة التي حُفظت قبل آخر تغيير. قد يضيع ما تغيّر في المرة الأخيرة.
ui-restored-backup = تمت استعادة النسخة السابقة من { $name }.

## Dates that cannot be right (a typo in the year).
ui-err-date-too-early = { $value } قبل عام 1900. تحقّق من السنة: قد يكون فيها خطأ في الكتابة.
ui-err-date-too-late = { $value } بعد أكثر من سنة من اليوم (بعد { $limit }). تحقّق من السنة: قد يكون فيها خطأ في الكتابة.
case-date-too-early = { $value } قبل عام 1900. تحقّق من السنة: قد يكون فيها خطأ في الكتابة.
case-date-too-late = { $value } بعد أكثر من سنة من اليوم (بعد { $limit }). تحقّق من السنة: قد يكون فيها خطأ في الكتابة.

deadline-stated-implausible = المهلة التي كتبتها من القرار ({ $stated }) تأتي بعد أكثر من شهرين من اليوم الذي استلمت فيه القرار. مهلة الطعن 3 أسابيع (fvl. § 29)، لذلك هذا على الأرجح خطأ في الكتابة: تحقّق من التاريخ في القرار. إلى أن تصحّحه، يستخدم Klagehjelp المهلة بحسب القانون، { $computed }.
case-decision-stated-implausible = المهلة المكتوبة من القرار تأتي بعد أكثر من شهرين من اليوم الذي استلمت فيه القرار، لذلك هي على الأرجح خطأ في الكتابة. تحقّق من التاريخ في القرار. تستخدم الرسالة المهلة بحسب القانون.

## What is wrong where a case file is not valid JSON.
case-syntax-cut-off = ينتهي الملف قبل أوانه؛ ربما قُطع أثناء نسخه
case-syntax-trailing-comma = توجد فاصلة زائدة قبل قوس إغلاق
case-syntax-key = اسم أحد الحقول ليس بين علامتي تنصيص مزدوجتين
case-syntax-control = في أحد النصوص سطر جديد أو علامة جدولة (tab) غير مكتوبة بالشكل \n أو \t
case-syntax-escape = في أحد النصوص شرطة مائلة عكسية (\) لا يتبعها رمز صالح
case-syntax-number = أحد الأرقام غير مكتوب بشكل صحيح
case-syntax-nested = في الملف مستويات متداخلة كثيرة جدًا، فلا يمكن أن يكون ملف قضية
case-syntax-trailing = يوجد نص إضافي بعد نهاية القضية
case-syntax-other = هنا قيمة مفقودة أو غير مكتوبة بشكل صحيح

## Reception mode (a shared computer at a reception desk).
ui-reception-mode-title = وضع الاستقبال: لا يُحفظ شيء على هذا الحاسوب
ui-reception-mode-text = القضية التي تكتبها هنا تبقى موجودة فقط ما دام Klagehjelp مفتوحًا. لا تُحفظ على هذا الحاسوب، ولا تحتوي أسماء الملفات على اسم أو رقم DUF.
ui-reception-mode-kept = ما يبقى: الملفات التي تحفظها بنفسك فقط (الرسالة بصيغة PDF، وملف التقويم، وملف قضية مُصدَّر). عندما تنتهي، اضغط «إنهاء ومسح»: تُزال القضية، ويُعرض عليك حذف الملفات التي حفظتها.
ui-reception-mode-stored = في وضع الاستقبال تبقى القضايا في الذاكرة فقط، وتختفي عند إنهاء الجلسة أو إغلاق Klagehjelp.
ui-reception-mode-setting = استخدم وضع الاستقبال على هذا الحاسوب
ui-reception-mode-setting-hint = لحاسوب يستخدمه أشخاص كثيرون. يسري ابتداءً من المرة القادمة التي يبدأ فيها Klagehjelp. ويمكن أيضًا تشغيله بالخيار --reception.
ui-reception-mode-on = تم اختيار وضع الاستقبال لهذا الحاسوب. يسري ابتداءً من المرة القادمة التي يبدأ فيها Klagehjelp.
ui-reception-mode-off = أُوقف وضع الاستقبال لهذا الحاسوب ابتداءً من التشغيل القادم. عندها ستُحفظ القضايا على هذا الحاسوب.
ui-finish-session = إنهاء ومسح
ui-finish-session-title = هل تريد الإنهاء والمسح؟
ui-finish-session-text = ستُزال كل قضايا هذه الجلسة من Klagehjelp. لن تُمسّ الملفات التي حفظتها بنفسك، إلا إذا اخترت حذفها في الخطوة التالية.
ui-session-finished = انتهت الجلسة. لم يبقَ منها شيء في Klagehjelp.
ui-delete-files = احذف الملفات
ui-delete-files-title = هل تريد حذف الملفات التي حفظتها؟
ui-delete-files-text = حُفظت هذه الملفات في هذه الجلسة ({ $count }). هل تريد حذفها من هذا الحاسوب؟
    { $files }
ui-deleted-files = الملفات المحذوفة: { $count }.
