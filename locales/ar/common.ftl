app-name = Klagehjelp

## Why a file could not be read or written (src/i18n.rs io_reason): completes "Could not read … :"
io-not-found = الملف أو المجلد غير موجود
io-permission-denied = ليس لديك إذن باستخدام الملف
io-is-a-directory = هذا مجلد وليس ملفًا
io-disk-full = القرص ممتلئ
io-not-utf8 = الملف ليس نصًا بترميز UTF-8
io-other = قال النظام: { $error }
