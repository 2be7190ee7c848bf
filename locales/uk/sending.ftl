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
