pdf-error-font = تعذّرت قراءة الخطوط المرفقة مع Klagehjelp ({ $detail }). أعد تثبيت Klagehjelp، أو أبلغ عن المشكلة.
pdf-error-write = تعذّر إعداد ملف PDF ({ $detail }). حاول مرة أخرى، أو استخدم النسخة النصية من الرسالة.
