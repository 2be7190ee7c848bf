# The check and interview commands (CLI). Persian (Farsi). Not yet checked by a translator.
check-heading = شرط‌های پیوستن خانواده
check-assessed = ارزیابی‌شده در { $date }. قواعد و مبلغ‌ها به تاریخ { $rules }.
check-exceptions = آنچه ممکن است کمک کند:
check-documents = مدارک:
check-argument = پیش‌نویس متن اعتراض:
check-summary = { $attention ->
        [0] همهٔ شرط‌ها برآورده شده‌اند یا شامل حال شما نمی‌شوند.
       *[other] { $attention } شرط از شرط‌ها نیاز به توجه دارد.
    }
check-file-read = خواندن فایل { $file } ممکن نیست: { $error }
check-file-json = فایل { $file } معتبر نیست: { $error }. یک فایل سناریو با "facts" یا یک فایل پرونده (klagehjelp-case/2) انتظار می‌رفت.
interview-error-unknown-fact = اطلاعات ناشناخته: { $fact }.
interview-error-value = "{ $value }" پاسخ معتبری برای { $fact } نیست. انتظار می‌رفت: { $expected }.
interview-intro = تا جایی که می‌توانید به پرسش‌ها پاسخ دهید. برای رد شدن از یک پرسش Enter را بزنید. برای راهنما ? بنویسید.
interview-choose = شمارهٔ پاسخ خود را بنویسید.
interview-date-format = تاریخ را به شکل YYYY-MM-DD بنویسید، مثلاً 1994-09-30.
interview-saved = پاسخ‌های شما در { $file } ذخیره شد.
check-unknown-facts = Klagehjelp این اطلاعات را نمی‌شناسد و از آن‌ها استفاده نمی‌کند: { $facts }. املای آن‌ها را بررسی کنید (فهرست اطلاعات را در README ببینید).
