# Short titles of the requirements and refusal grounds (src/law/render.rs). The letter
# names them, so they are kept apart from the rest of law.ftl and parsed on their own.

req-personkrets-title = صلة القرابة
req-alder18-title = يجب أن يكون عمر كليكما 18 سنة
req-fireaarskrav-title = أربع سنوات من العمل أو الدراسة
req-alder24-title = يجب أن يكون عمر كليكما 24 سنة
req-underhold_fremtidig-title = الدخل في المستقبل
req-underhold_tidligere-title = الدخل في الماضي
req-sosialstonad-title = لا مساعدة اجتماعية في آخر 12 شهرًا
req-bolig-title = العيش معًا والسكن
ground-proforma-title = زواج من أجل الإقامة (زواج صوري، pro forma)
ground-tvangsekteskap-title = زواج قسري
ground-samtykke_referanseperson-title = موافقة الشخص المرجعي
ground-mishandling-title = خطر الإساءة
ground-identitet-title = الهوية غير موثّقة
ground-soknad_fra_norge-title = تقديم الطلب من النرويج
ground-intervju_referanseperson-title = يجب إجراء مقابلة مع الشخص المرجعي
ground-tilknytning_tredjeland-title = صلات ببلد آخر
ground-returforutsetninger-title = الشك في أنك ستغادر النرويج
ground-ekteskap_ikke_gyldig-title = الزواج غير معترف به
