# Session messages. Arabic. Not yet checked by a translator.
session-migrated = حُفظت هذه القضية بنسخة أقدم من Klagehjelp. نطرح هذه الأسئلة الآن بطريقة جديدة، فأجب عنها مرة أخرى من فضلك: { $facts }. كل ما كتبته غير ذلك محفوظ.
law-placeholder-figure = [اكتب هنا: المبلغ المذكور في القرار]
law-placeholder-year = [اكتب هنا: السنة]
interview-expected-date = تاريخ (dd.mm.yyyy)
law-later-card = إذا بُتّ في القضية في { $date } (بعد نحو نصف سنة): { $status }.
screen-stay = أين مقدّم الطلب الآن
q-applicant_in_norway = هل مقدّم الطلب في النرويج الآن؟
q-applicant_in_norway-help = تحدّد الإجابة إلى أين يذهب الطعن، وهل يمكنك أن تطلب البقاء في النرويج حتى يُبتّ في الطعن (تأجيل التنفيذ، utsatt iverksettelse، utl. § 90 وfvl. § 42). إذا كنت تقدّم الطلب من الخارج، فأجب بلا.
