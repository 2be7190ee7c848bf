# Files, privacy and bad input (issue 12): errors and notices of the desktop app (ui-*), Arabic. Not yet checked by a translator.
# Only the ui-* messages of en/nb safety.ftl are translated here.

ui-err-open-unknown = لم يُصدَّر هذا الملف في هذه الجلسة، لذلك لن يفتحه Klagehjelp. صدّره مرة أخرى واستخدم الأزرار التي تظهر.

ui-err-text-too-long = عدد الأحرف في «{ $field }» هو { $chars }، والحد الأقصى للحقل الواحد هو { $limit }. اختصر النص، أو ضع النص الطويل في مرفق. لم يُحفظ التغيير.
ui-err-case-unreadable = لا يمكن قراءة ملف القضية: { $reason }.

ui-restore-backup = استعادة النسخة السابقة
ui-restore-backup-title = هل تريد استعادة النسخة السابقة؟
ui-restore-backup-text = سيُستبدل الملف التالف { $name } بالنسخة التي حُفظت قبل آخر تغيير. قد يضيع ما تغيّر في المرة الأخيرة.
ui-restored-backup = تمت استعادة النسخة السابقة من { $name }.

## Dates that cannot be right (a typo in the year).
ui-err-date-too-early = { $value } قبل عام 1900. تحقّق من السنة: قد يكون فيها خطأ في الكتابة.
ui-err-date-too-late = { $value } بعد أكثر من سنة من اليوم (بعد { $limit }). تحقّق من السنة: قد يكون فيها خطأ في الكتابة.

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
