# Letters (src/letter.rs), Persian: only the notes to the sender. The
# letter's own words stay in nb, nn or en. Not yet checked by a translator.
letter-kind-klage = اعتراض
letter-kind-forelopig = اعتراض موقت
letter-kind-late = اعتراض دیرهنگام
letter-kind-omgjoring = درخواست بازنگری
case-letter-send-udi = نامه را امضا کنید، اسکن کنید یا از آن عکس بگیرید و با فرم UDI برای فرستادن مدارک بارگذاری کنید، یا با پست بفرستید. با پست، باید پیش از پایان مهلت به پست تحویل داده شود؛ اگر بارگذاری شود، باید پیش از پایان مهلت رسیده باشد (قانون ادارهٔ عمومی، fvl. § 30).
case-letter-une-address = Klagehjelp نشانی پستی UNE را نمی‌داند. UNE فرم روی une.no ("Request a reversal") را ترجیح می‌دهد. پیش از فرستادن نامه با پست، نشانی را در une.no بررسی کنید.
case-letter-une-new-information = معمولاً UNE وقتی کسی بازنگری می‌خواهد، اطلاعات یا مدارک تازه می‌خواهد. آنچه تازه است پیوست کنید.
case-letter-embassy-address = اعتراض به سفارتی فرستاده می‌شود که تصمیم را گرفته است. Klagehjelp نشانی آن را نمی‌داند: آن را زیر نام بنویسید، یا از سفارت بپرسید اعتراض را چطور تحویل دهید.
case-letter-police-address = اعتراض به حوزهٔ پلیسی فرستاده می‌شود که تصمیم را گرفته است. Klagehjelp نشانی آن را نمی‌داند: آن را در politiet.no پیدا کنید و زیر نام بنویسید.
case-letter-fullmakt-sign = متقاضی باید وکالت‌نامه را امضا کند. یک کپی از صفحهٔ گذرنامه با مشخصات و امضا پیوست کنید. نماینده باید بالای 18 سال باشد و نباید در ادارهٔ مهاجرت کار کند (قانون ادارهٔ عمومی، fvl. § 12).
case-letter-late-risk = اعتراض دیر است. معمولاً UDI اعتراض‌های دیرهنگام را رد می‌کند، اما باید بسنجد که آیا با این حال به آن رسیدگی کند (قانون ادارهٔ عمومی، fvl. § 31). آن را هر چه زودتر بفرستید.
