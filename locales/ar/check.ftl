# The check and interview commands (CLI). Arabic. Not yet checked by a translator.
check-heading = شروط لمّ الشمل العائلي
check-assessed = قُيّمت في { $date }. القواعد والمبالغ كما كانت في { $rules }.
check-exceptions = ما قد يساعد:
check-documents = المستندات:
check-argument = مسودة نص الطعن:
check-summary = { $attention ->
        [0] كل الشروط متحقّقة أو لا تنطبق.
       *[other] { $attention } من الشروط تحتاج إلى انتباه.
    }
check-file-read = تعذّرت قراءة الملف { $file }: { $error }
check-file-json = الملف { $file } غير صالح: { $error }. المتوقّع ملف سيناريو فيه "facts" أو ملف قضية (klagehjelp-case/2).
interview-error-unknown-fact = معلومة غير معروفة: { $fact }.
interview-error-value = "{ $value }" ليست إجابة صالحة لـ { $fact }. المتوقّع: { $expected }.
interview-intro = أجب عن الأسئلة قدر ما تستطيع. اضغط Enter لتخطّي سؤال. اكتب ? للمساعدة.
interview-choose = اكتب رقم إجابتك.
interview-date-format = اكتب التاريخ بالشكل YYYY-MM-DD، مثلًا 1994-09-30.
interview-saved = إجاباتك محفوظة في { $file }.
check-unknown-facts = لا يعرف Klagehjelp هذه المعلومات ولا يستخدمها: { $facts }. تحقّق من الإملاء (انظر قائمة المعلومات في README).
