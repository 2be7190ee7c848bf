# Issue 9: the fullmektig, the parties, the letter as sent, and after sending.

## Who made the decision
ui-made-by-UDI-direct = UDI
ui-made-by-UNE = UNE (مجلس طعون الهجرة)
ui-made-by-help-title = كيف تعرف من أصدر القرار
ui-made-by-help-letterhead = ترويسة الرسالة والتوقيع: هل مكتوب فيهما «Utlendingsdirektoratet» أو «UDI»، أم اسم السفارة؟
ui-made-by-help-sentence = الجملة التي تذكر من رفض الطلب، مثلًا «Utlendingsdirektoratet har avslått» (رفضت UDI) أو «Ambassaden har avslått» (رفضت السفارة).
ui-made-by-help-instructions = إذا اختلف الأمران، فإرشادات الطعن هي التي تحسم: إذا قالت إن UNE تبتّ في الطعن، فالقرار صادر عن UDI. وإذا قالت إن UDI تبتّ في الطعن، فالقرار صادر عن السفارة أو الشرطة.
ui-made-by-help-abroad = معظم قرارات الرفض في الخارج هي قرارات من UDI تسلّمها السفارة فقط. لا تخمّن بحسب البلد.

## Case number, co-applicants and the reference person
ui-case-number = رقم القضية في القرار (saksnummer)
ui-case-number-hint = يكون غالبًا في أعلى القرار. إذا لم تجده، يُترك في الرسالة سطر فارغ تملؤه بخط اليد.
ui-co-applicants-legend = أشخاص آخرون رُفض طلبهم في القرار نفسه
ui-co-applicants-hint = مثلًا أطفال قدّموا الطلب معك. يمكن للجميع الطعن في الرسالة نفسها، ولكل منهم رقم DUF الخاص به. يوقّع كل شخص بالغ. وعن الطفل يوقّع من له المسؤولية الأبوية.
ui-co-applicant-n = مقدّم الطلب { $n }
ui-co-applicant-birth-hint = دون 18 سنة: يوقّع عن الطفل من له المسؤولية الأبوية.
ui-co-applicant-duf-hint = رقم DUF الخاص بهذا الشخص، 12 رقمًا.
ui-co-applicant-add = أضف مقدّم طلب آخر
ui-sponsor-legend = الشخص المرجعي (الكفيل)
ui-sponsor-hint = الشخص المقيم في النرويج الذي يقوم عليه الطلب. يُكتب اسمه وتاريخ ميلاده في الطعن.

## The representative (fullmektig)
ui-rep-organisation-note = يُعطى التوكيل عندئذ إلى { $org } بواسطة { $name } («{ $org } v/ { $name }»).
ui-rep-fullmakt-follows = سيُرسل التوكيل لاحقًا
ui-rep-fullmakt-follows-hint = فقط إذا كان مقدّم الطلب في الخارج ولا يستطيع التوقيع قبل انتهاء المهلة. تقول الرسالة إن التوكيل الموقّع سيُرسل لاحقًا. أرسله حالما يصلك.
ui-rep-contact = العنوان أو الهاتف أو البريد الإلكتروني
ui-rep-missing = ناقص: { $fields }. لا يمكن إعداد الرسالة بدون ذلك، لأن UDI ترسل القرارات والرسائل إلى الوكيل.
ui-rep-complete = يمكن التواصل مع الوكيل.
