# Issue 9: the fullmektig, the parties, the letter as sent, and after sending.

## Who made the decision
ui-made-by-UDI-direct = UDI
ui-made-by-UNE = UNE (هیئت رسیدگی به اعتراض‌های مهاجرتی)
ui-made-by-help-title = چطور بفهمید چه کسی تصمیم را گرفته است
ui-made-by-help-letterhead = سربرگ نامه و امضا: آیا «Utlendingsdirektoratet» یا «UDI» نوشته شده، یا نام سفارت؟
ui-made-by-help-sentence = جمله‌ای که می‌گوید چه کسی درخواست را رد کرده، مثلاً «Utlendingsdirektoratet har avslått» (UDI رد کرده است) یا «Ambassaden har avslått» (سفارت رد کرده است).
ui-made-by-help-instructions = اگر این دو با هم فرق داشته باشند، راهنمای اعتراض تعیین‌کننده است: اگر در آن آمده که UNE دربارهٔ اعتراض تصمیم می‌گیرد، تصمیم را UDI گرفته است. اگر آمده که UDI دربارهٔ اعتراض تصمیم می‌گیرد، تصمیم را سفارت یا پلیس گرفته است.
ui-made-by-help-abroad = بیشتر ردها در خارج از کشور تصمیم‌های UDI هستند که سفارت فقط آن‌ها را تحویل می‌دهد. از روی کشور حدس نزنید.

## Case number, co-applicants and the reference person
ui-case-number = شمارهٔ پرونده در تصمیم (saksnummer)
ui-case-number-hint = معمولاً بالای تصمیم است. اگر آن را پیدا نکردید، در نامه یک خط خالی گذاشته می‌شود تا با دست پر کنید.
ui-co-applicants-legend = دیگرانی که در همان تصمیم رد شده‌اند
ui-co-applicants-hint = مثلاً فرزندانی که همراه شما درخواست داده‌اند. همه می‌توانند در همان نامه اعتراض کنند، هر کدام با شمارهٔ DUF خودش. همهٔ بزرگسالان امضا می‌کنند. برای کودک، کسی که سرپرستی او را دارد امضا می‌کند.
ui-co-applicant-n = متقاضی { $n }
ui-co-applicant-birth-hint = زیر ۱۸ سال: کسی که سرپرستی کودک را دارد به جای او امضا می‌کند.
ui-co-applicant-duf-hint = شمارهٔ DUF خود این شخص، ۱۲ رقم.
ui-co-applicant-add = افزودن یک متقاضی دیگر
ui-sponsor-legend = شخص مرجع (حامی)
ui-sponsor-hint = شخصی در نروژ که درخواست بر پایهٔ او است. نام و تاریخ تولد او در نامهٔ اعتراض نوشته می‌شود.

## The representative (fullmektig)
ui-rep-organisation-note = در این صورت وکالت‌نامه به { $org } و به وسیلهٔ { $name } داده می‌شود («{ $org } v/ { $name }»).
ui-rep-fullmakt-follows = وکالت‌نامه بعداً فرستاده می‌شود
ui-rep-fullmakt-follows-hint = فقط وقتی متقاضی در خارج از کشور است و نمی‌تواند پیش از پایان مهلت امضا کند. در نامه آمده که وکالت‌نامهٔ امضاشده بعداً می‌رسد. به محض اینکه آن را داشتید، بفرستید.
ui-rep-contact = نشانی، تلفن یا ایمیل
ui-rep-missing = کم است: { $fields }. بدون این، نامه ساخته نمی‌شود، چون UDI تصمیم‌ها و نامه‌ها را برای نماینده می‌فرستد.
ui-rep-complete = می‌توان با نماینده تماس گرفت.
