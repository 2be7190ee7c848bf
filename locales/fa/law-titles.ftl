# Short titles of the requirements and refusal grounds (src/law/render.rs). The letter
# names them, so they are kept apart from the rest of law.ftl and parsed on their own.

req-personkrets-title = نسبت خانوادگی
req-alder18-title = هر دو باید 18 ساله باشید
req-fireaarskrav-title = چهار سال کار یا تحصیل
req-alder24-title = هر دو باید 24 ساله باشید
req-underhold_fremtidig-title = درآمد آینده
req-underhold_tidligere-title = درآمد گذشته
req-sosialstonad-title = بدون کمک‌هزینهٔ اجتماعی در 12 ماه گذشته
req-bolig-title = زندگی مشترک و مسکن
ground-proforma-title = ازدواج برای اقامت (ازدواج صوری، pro forma)
ground-tvangsekteskap-title = ازدواج اجباری
ground-samtykke_referanseperson-title = رضایت شخص مرجع
ground-mishandling-title = خطر آزار
ground-identitet-title = هویت مستند نشده است
ground-soknad_fra_norge-title = درخواست از داخل نروژ
ground-intervju_referanseperson-title = با شخص مرجع باید مصاحبه شود
ground-tilknytning_tredjeland-title = پیوند با کشوری دیگر
ground-returforutsetninger-title = تردید در اینکه نروژ را ترک کنید
ground-ekteskap_ikke_gyldig-title = ازدواج به رسمیت شناخته نشده است
