# Short titles of the requirements and refusal grounds (src/law/render.rs). The letter
# names them, so they are kept apart from the rest of law.ftl and parsed on their own.

req-personkrets-title = Родинний зв’язок
req-alder18-title = Обом має бути 18 років
req-fireaarskrav-title = Чотири роки роботи або навчання
req-alder24-title = Обом має бути 24 роки
req-underhold_fremtidig-title = Майбутній дохід
req-underhold_tidligere-title = Минулий дохід
req-sosialstonad-title = Без соціальної допомоги за останні 12 місяців
req-bolig-title = Спільне проживання і житло
ground-proforma-title = Шлюб заради дозволу на проживання (фіктивний шлюб, pro forma)
ground-tvangsekteskap-title = Примусовий шлюб
ground-samtykke_referanseperson-title = Згода референтної особи
ground-mishandling-title = Ризик насильства
ground-identitet-title = Особу не підтверджено документами
ground-soknad_fra_norge-title = Заява з Норвегії
ground-intervju_referanseperson-title = Референтна особа має пройти співбесіду
ground-tilknytning_tredjeland-title = Зв’язки з іншою країною
ground-returforutsetninger-title = Сумнів, що ви виїдете з Норвегії
ground-ekteskap_ikke_gyldig-title = Шлюб не визнано
