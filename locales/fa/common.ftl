app-name = Klagehjelp

## Why a file could not be read or written (src/i18n.rs io_reason): completes "Could not read … :"
io-not-found = فایل یا پوشه وجود ندارد
io-permission-denied = اجازهٔ استفاده از این فایل را ندارید
io-is-a-directory = این یک پوشه است، نه فایل
io-disk-full = دیسک پر است
io-not-utf8 = فایل متن UTF-8 نیست
io-other = پاسخ سیستم: { $error }
