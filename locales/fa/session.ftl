# Session messages. Persian (Farsi). Not yet checked by a translator.
session-migrated = این پرونده با نسخهٔ قدیمی‌تری از Klagehjelp ذخیره شده است. اکنون این پرسش‌ها را به شکل تازه‌ای می‌پرسیم، پس لطفاً دوباره به آن‌ها پاسخ دهید: { $facts }. هر چیز دیگری که نوشته‌اید حفظ شده است.
law-placeholder-figure = [اینجا بنویسید: مبلغ ذکرشده در تصمیم]
law-placeholder-year = [اینجا بنویسید: سال]
interview-expected-date = یک تاریخ (dd.mm.yyyy)
law-later-card = اگر دربارهٔ پرونده در { $date } تصمیم گرفته شود (حدود نیم سال بعد): { $status }.
screen-stay = متقاضی اکنون کجاست
q-applicant_in_norway = آیا متقاضی اکنون در نروژ است؟
q-applicant_in_norway-help = پاسخ تعیین می‌کند اعتراض به کجا فرستاده شود و آیا می‌توانید بخواهید تا روشن شدن نتیجهٔ اعتراض در نروژ بمانید (تعویق اجرا، utsatt iverksettelse، utl. § 90 و fvl. § 42). اگر از خارج درخواست می‌دهید، پاسخ «نه» بدهید.
