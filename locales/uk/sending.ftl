# Issue 9: the fullmektig, the parties, the letter as sent, and after sending.

## Who made the decision
ui-made-by-UDI-direct = UDI
ui-made-by-UNE = UNE (Апеляційна рада з питань імміграції)
ui-made-by-help-title = Як дізнатися, хто ухвалив рішення
ui-made-by-help-letterhead = Бланк листа й підпис: там написано «Utlendingsdirektoratet» чи «UDI», чи назва посольства?
ui-made-by-help-sentence = Речення, яке каже, хто відмовив, наприклад «Utlendingsdirektoratet har avslått» (UDI відмовило) або «Ambassaden har avslått» (посольство відмовило).
ui-made-by-help-instructions = Якщо ці дві ознаки розходяться, вирішують інструкції щодо оскарження: якщо там сказано, що скаргу розглядає UNE, рішення ухвалило UDI. Якщо сказано, що скаргу розглядає UDI, рішення ухвалило посольство або поліція.
ui-made-by-help-abroad = Більшість відмов за кордоном — це рішення UDI, які посольство лише видає. Не вгадуйте за країною.

## Case number, co-applicants and the reference person
ui-case-number = Номер справи в рішенні (saksnummer)
ui-case-number-hint = Часто вгорі рішення. Якщо ви його не знайдете, у листі буде порожній рядок, який можна заповнити від руки.
ui-co-applicants-legend = Інші, кому відмовили тим самим рішенням
ui-co-applicants-hint = Наприклад, діти, які подавали заяву разом з вами. Усі можуть оскаржити в одному листі, кожен зі своїм номером DUF. Кожен дорослий підписує. За дитину підписує той, хто має батьківську відповідальність.
ui-co-applicant-n = Заявник { $n }
ui-co-applicant-birth-hint = До 18 років: за дитину підписує той, хто має батьківську відповідальність.
ui-co-applicant-duf-hint = Власний номер DUF цієї особи, 12 цифр.
ui-co-applicant-add = Додати ще одного заявника
ui-sponsor-legend = Референтна особа (спонсор)
ui-sponsor-hint = Особа в Норвегії, на якій ґрунтується заява. Її ім'я та дата народження друкуються в скарзі.

## The representative (fullmektig)
ui-rep-organisation-note = Тоді довіреність видається { $org } в особі { $name } («{ $org } v/ { $name }»).
ui-rep-fullmakt-follows = Довіреність буде надіслано пізніше
ui-rep-fullmakt-follows-hint = Лише коли заявник за кордоном і не встигає підписати до кінця строку. У листі сказано, що підписана довіреність надійде пізніше. Надішліть її, щойно вона у вас буде.
ui-rep-contact = адреса, телефон або е-пошта
ui-rep-missing = Бракує: { $fields }. Без цього лист не можна створити, бо UDI надсилає рішення й листи представникові.
ui-rep-complete = З представником можна зв'язатися.

## Optional requests in the klage
ui-requests-legend = У скарзі можна також попросити про це
ui-request-innsyn-label = Попросити доступ до документів справи (innsyn, fvl. § 18)
ui-request-innsyn-hint = Запит на доступ не зупиняє строк оскарження. Надішліть скаргу вчасно і попросіть доступ у тій самій скарзі.
ui-request-set-aside-label = Попросити в альтернативному порядку скасувати рішення й повернути справу на новий розгляд (fvl. § 34)
ui-request-set-aside-hint = «В альтернативному порядку» означає: якщо заяву не задовольнять. Тоді справу можуть розглянути знову.

## After sending
ui-sent-title = Після надсилання
ui-sent-hint = Коли скаргу надіслано, запишіть, коли і як. Це зберігається зі справою, і ви отримаєте дату для нагадування.
ui-sent-date = Дата надсилання скарги
ui-sent-channel = Як її надіслано?
ui-sent-receipt = Квитанція (необов'язково)
ui-sent-receipt-hint = Наприклад, номер рекомендованого листа або підтвердження після завантаження.
ui-sent-save = Зберегти: скаргу надіслано
ui-sent-change = Змінити
ui-sent-record = Надіслано { $date }, { $channel }.
ui-sent-record-receipt = Квитанція: { $receipt }.
ui-sent-channel-udi_upload = завантажено до UDI
ui-sent-channel-post = поштою
ui-sent-channel-police = передано до поліції
ui-sent-channel-embassy = передано до посольства, як сказано в рішенні
ui-sent-channel-une_form = надіслано через форму UNE
ui-sent-follow-up-title = Нагадування
ui-sent-follow-up-ics = Додати нагадування до календаря
ui-sent-no-follow-up-route = Ми не маємо джерела про те, коли тут чекати відповіді. Див. «Що далі» вище.
ui-sent-no-follow-up = Дати для нагадування ще немає. Спершу запишіть, коли скаргу надіслано.
ui-sent-ics-summary = Перевірити скаргу в UDI
ui-sent-error-date = «{ $value }» — неправильна дата. Напишіть день надсилання скарги, наприклад 2026-11-20.
ui-sent-error-future = { $date } пізніше за сьогодні. Напишіть день, коли скаргу справді надіслано.
ui-sent-error-channel = Виберіть, як надіслано скаргу («{ $value }» невідомо; допустимі значення: { $known }).
ui-err-letter-not-offered = Цей лист не можна створити для цієї справи.

## Letters after the klage
ui-after-letters-title = Листи, які можна надіслати додатково
ui-after-write-pdf = Створити PDF
ui-after-last-day = Надішліть не пізніше { $date }: через три тижні після того, як ви отримали нове рішення.
ui-after-utsatt-title = Прохання відкласти виконання
ui-after-utsatt-explain = Окремий лист із проханням дозволити заявникові залишатися в Норвегії, поки розглядають скаргу (fvl. § 42, utl. § 90). Його можна надіслати одразу, до скарги.
ui-after-utsatt-not-abroad = Лише коли заявник у Норвегії.
ui-after-ettersending-title = Надсилання документів пізніше
ui-after-ettersending-explain = Документи, які ви надсилаєте після скарги (fvl. § 34). Після попередньої скарги UDI за своєю практикою дає ще два тижні на документи.
ui-after-ettersending-not-sent = Спершу запишіть, що скаргу надіслано.
ui-after-innsyn-title = Запит на доступ до документів
ui-after-innsyn-explain = Попросити показати документи справи (fvl. § 18). Запит на доступ не зупиняє строк оскарження.
ui-after-costs-title = Вимога відшкодувати витрати
ui-after-costs-explain = Якщо рішення змінено на користь заявника, можна вимагати відшкодувати суттєві витрати, які були необхідні, наприклад на адвоката (fvl. § 36). Вимогу треба надіслати не пізніше ніж через три тижні після того, як надійшло нове рішення.
ui-after-costs-not-changed = Лише коли рішення змінено на користь заявника. Тоді впишіть дату, коли надійшло нове рішення.
ui-after-costs-too-late = Три тижні після нового рішення минули (fvl. § 36).
ui-after-costs-changed-label = Дата, коли надійшло нове рішення, якщо його змінено на користь заявника
ui-after-costs-changed-hint = Пишіть РРРР-ММ-ДД або ДД.ММ.РРРР.

## Command line (klagehjelp sent)
cli-sent-write-failed = Не вдалося записати { $path }: { $error }. Перевірте, що тека існує і що ви маєте право в неї писати.
cli-sent-how = Щоб записати це: klagehjelp sent CASE --date YYYY-MM-DD --channel CHANNEL [--receipt TEXT]. Способи тут: { $channels }.

## The day a changed decision arrived (fvl. § 36)
ui-changed-error-date = «{ $value }» — неправильна дата. Напишіть день, коли надійшло нове рішення, наприклад 2027-02-01.
ui-changed-error-future = { $date } пізніше за сьогодні. Напишіть день, коли нове рішення справді надійшло.
