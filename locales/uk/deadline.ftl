## The klage deadline (src/deadline.rs, src/ics.rs, klagehjelp deadline), Ukrainian.
## Not yet checked by a translator.

deadline-headline = Строк для скарги: { $date }
deadline-heading-why = Чому ця дата
deadline-heading-todo = Що робити
deadline-status-open = відкритий
deadline-status-last-day = останній день
deadline-status-passed = минув
deadline-status-label = Стан
deadline-status-line-open = { $days ->
    [one] Залишився { $days } день
    [few] Залишилося { $days } дні
    [many] Залишилося { $days } днів
   *[other] Залишилося { $days } дня
  } (сьогодні { $today }).
deadline-status-line-last-day = Сьогодні ({ $today }) останній день.
deadline-status-line-passed = Строк минув { $days ->
    [one] { $days } день тому
    [few] { $days } дні тому
    [many] { $days } днів тому
   *[other] { $days } дня тому
  } (сьогодні { $today }).
deadline-computed-label = Строк за законом
deadline-stated-label = Строк у рішенні

deadline-why-weeks = Ви маєте 3 тижні, щоб надіслати скаргу (klage, тобто письмове оскарження), від дня, коли рішення надійшло до вас (fvl. § 29). Через 3 тижні після { $received } — це { $date }.
deadline-why-closed = { $date } — це { $name } ({ $source }).
deadline-why-moved = Строк, що закінчується в суботу, неділю або святковий день, переноситься на наступний робочий день (domstolloven § 149, fvl. § 30). Тому строк — { $date }.
deadline-why-not-moved = Це робочий день, тому строк залишається цього дня (domstolloven §§ 148–149, fvl. § 30).
deadline-stated-same = Строк у рішенні ({ $stated }) такий самий, як обчислений тут.
deadline-stated-later = У рішенні вказано пізніший строк ({ $stated }), ніж 3 тижні за законом ({ $computed }). Дотримуйтеся ранішої дати, { $computed }: закон рахує 3 тижні від дня, коли рішення надійшло до вас (fvl. § 29), і пізніша дата в рішенні може вас не захистити.
deadline-stated-earlier = У рішенні вказано раніший строк ({ $stated }), ніж за законом ({ $computed }). Дотримуйтеся ранішої дати, { $stated }. Перевірте, чи правильна дата отримання рішення: 3 тижні рахуються від дня, коли рішення надійшло до вас (fvl. § 29).
deadline-office-warning = { $date } — це { $name }. Норвезький закон не переносить строк через цей день (domstolloven § 149, helligdagsloven § 2), але установи й поштові відділення можуть бути зачинені або зачинятися раніше. Надішліть скаргу на кілька днів раніше.

deadline-todo-send-by = Надішліть скаргу (ваше письмове оскарження) не пізніше { $date }.
deadline-todo-last-day = Сьогодні останній день. Надішліть скаргу сьогодні.
deadline-todo-provisional = Ще не маєте всіх документів? Надішліть зараз попередню скаргу (foreløpig klage): коротку скаргу, де сказано, що інші документи надійдуть пізніше. Тоді UDI дасть вам новий строк — два тижні — для документів (udi.no).
deadline-todo-passed = Строк був { $date }. Ви ще можете надіслати скаргу. UDI може розглянути запізнілу скаргу, якщо в запізненні немає вашої вини або є особливі причини (fvl. § 31). Напишіть у скарзі, чому вона запізнилася. Лист буде запізнілою скаргою.
deadline-todo-one-year = Скаргу ніколи не розглядають як скаргу, якщо від ухвалення рішення минуло більше року (fvl. § 31). Перевірте дату рішення.
deadline-todo-one-year-limit = Скаргу ніколи не розглядають як скаргу, якщо від ухвалення рішення минуло більше року (fvl. § 31). Рішення датоване { $decided }, тож останній можливий день — { $limit }.
deadline-todo-one-year-passed = Строк був { $date }. Від ухвалення рішення ({ $decided }) минуло більше року, тому скаргу вже не можуть розглянути як скаргу (fvl. § 31). Зверніться по юридичну допомогу.
deadline-todo-one-year-passed-received = Строк був { $date }. Від дня, коли ви отримали рішення ({ $received }), а отже й від його ухвалення, минуло більше року. Скаргу вже не можуть розглянути як скаргу (fvl. § 31). Зверніться по юридичну допомогу.
deadline-todo-on-time = Лист вчасний, якщо ви здали його на пошту (у поштове відділення або поштову скриньку) до кінця останнього дня (fvl. § 30). Якщо ви завантажуєте скаргу, вона має надійти до кінця останнього дня (eForvaltningsforskriften § 11). Збережіть доказ того, коли ви її надіслали: квитанцію з пошти (рекомендований лист) або підтвердження завантаження.

deadline-error-received-after-today = День, коли ви отримали рішення ({ $received }), пізніший за сьогодні ({ $today }). Вкажіть день, коли рішення надійшло до вас: сьогодні або раніше.
deadline-error-decided-after-received = Дата рішення ({ $decided }) пізніша за день, коли ви його отримали ({ $received }). Перевірте обидві дати: рішення надходить у день ухвалення або пізніше.
deadline-error-out-of-range = { $date } надто далеко від сьогодні, щоб обчислити строк. Перевірте дату.

## Names of closed days (data/closed-days.toml)
closed-saturday = субота
closed-sunday = неділя
closed-nyttarsdag = Новий рік (nyttårsdag)
closed-may1 = 1 травня, державне свято (høgtidsdag), прирівняне до неділі
closed-may17 = 17 травня, державне свято (høgtidsdag), прирівняне до неділі
closed-forste_juledag = Різдво (første juledag)
closed-andre_juledag = другий день Різдва (andre juledag)
closed-skjaertorsdag = Великий четвер (skjærtorsdag)
closed-langfredag = Страсна п’ятниця (langfredag)
closed-forste_paaskedag = Великдень (første påskedag)
closed-andre_paaskedag = Великодній понеділок (andre påskedag)
closed-kristi_himmelfartsdag = Вознесіння (Kristi himmelfartsdag)
closed-forste_pinsedag = Трійця (første pinsedag)
closed-andre_pinsedag = Духів день (andre pinsedag)
closed-julaften = Святвечір (julaften)
closed-nyttarsaften = переддень Нового року (nyttårsaften)

## Calendar file (.ics)
ics-summary = Строк для скарги: останній день, щоб надіслати скаргу
ics-alarm-7 = Строк для скарги через 7 днів ({ $date }).
ics-alarm-2 = Строк для скарги через 2 дні ({ $date }).
deadline-todo-between = Раніша з двох дат ({ $earlier }) минула; пізніша ({ $later }) — ні. Надішліть скаргу сьогодні. У листі вказано день, коли ви отримали рішення, і додатково висловлено прохання розглянути скаргу, навіть якщо вона запізнилася (fvl. § 31). Збережіть доказ того, коли ви отримали рішення (конверт, електронний лист або SMS).
