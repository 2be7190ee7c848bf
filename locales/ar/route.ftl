## Routes (src/routes.rs, klagehjelp route): where the klage goes and what comes after. Arabic.
## Not yet checked by a translator. Translated from locales/en/route.ftl (checked against nb).
## Ids: route-<route>-<section>-<id>; sources are attached in data/routes.toml.

route-title-udi = طعن في قرار من UDI
route-title-embassy = طعن في قرار من سفارة أو قنصلية
route-title-police = طعن في قرار من الشرطة
route-title-une-omgjoring = طلب إلى UNE لإعادة النظر في قرارها (omgjøringsanmodning)
route-title-udi-omgjoring = طلب إلى UDI لتغيير قرارها هي (fvl. § 35)
route-title-unsure = من أصدر القرار؟ تحقّق من القرار أولًا

route-udi-send-to-note = يُرسَل الطعن إلى UDI، الجهة التي أصدرت القرار (fvl. § 32 a). العنوان البريدي من موقع udi.no.
route-udi-omgjoring-send-to-note = يُرسَل الطلب إلى UDI التي أصدرت القرار (fvl. § 35).
route-embassy-send-to-note = يُرسَل الطعن إلى السفارة أو القنصلية نفسها التي أصدرت القرار، كما تقول رسالة الرفض. لا يعرف Klagehjelp عنوانها.
route-embassy-send-to-unnamed = السفارة أو القنصلية التي أصدرت القرار
route-police-send-to-note = يُرسَل الطعن إلى دائرة الشرطة التي أصدرت القرار (fvl. § 32 a)، كما تقول رسالة القرار. لا يعرف Klagehjelp عنوانًا موثّقًا للشرطة.
route-police-send-to-unnamed = دائرة الشرطة التي أصدرت القرار
route-une-omgjoring-send-to-note = يُرسَل الطلب إلى UNE. لا يعرف Klagehjelp العنوان البريدي لـ UNE؛ استخدم النموذج الإلكتروني لـ UNE.

route-udi-channel-udi-upload = وقّع الرسالة، ثم امسحها ضوئيًا أو صوّرها، وارفعها بنموذج UDI لإرسال المستندات. عنوان النموذج (www.udi.no/document) مأخوذ من نسخة من نموذج UDI؛ تحقّق منه على udi.no.
route-udi-omgjoring-channel-udi-upload = وقّع الرسالة، ثم امسحها ضوئيًا أو صوّرها، وارفعها بنموذج UDI لإرسال المستندات. عنوان النموذج (www.udi.no/document) مأخوذ من نسخة من نموذج UDI؛ تحقّق منه على udi.no.
route-udi-channel-udi-police = أو سلّم الرسالة الموقّعة إلى الشرطة.
route-udi-channel-udi-post = أو أرسلها بالبريد إلى UDI. تُعدّ الرسالة المرسلة بالبريد في الوقت إذا سُلّمت إلى البريد قبل انتهاء المهلة (fvl. § 30).
route-udi-omgjoring-channel-udi-post = أو أرسلها بالبريد إلى UDI.
route-udi-channel-udi-edialog = يرسل المحامون الطعن عبر eDialog: طعن واحد لكل قرار، إلى UDI.
route-udi-channel-no-fee = إرسال الطعن مجاني.
route-embassy-channel-embassy-as-letter-says = سلّم الطعن في السفارة أو القنصلية التي أصدرت القرار، بالطريقة التي تذكرها رسالة الرفض. اقرأ رسالة الرفض لتعرف كيف ترسله.
route-embassy-channel-embassy-not-udi-upload = لا ترفعه إلى UDI ولا ترسله بالبريد إلى UDI في أوسلو: الطعن في قرار سفارة يذهب إلى السفارة.
route-police-channel-police-as-letter-says = أرسل الطعن أو سلّمه إلى دائرة الشرطة التي أصدرت القرار، بالطريقة التي تذكرها رسالة القرار.
route-une-omgjoring-channel-une-form = استخدم النموذج الإلكتروني لـ UNE «Be om omgjøring» (اطلب إعادة النظر) على une.no. يجب أن يكون الطلب مكتوبًا، بالنرويجية أو الإنجليزية.
route-une-omgjoring-channel-une-new-information = في العادة تطلب UNE معلومات جديدة ومهمّة أو مستندات جديدة. أرفق ما هو جديد.
route-une-omgjoring-channel-une-no-address = لا يعرف Klagehjelp العنوان البريدي لـ UNE. لا تستخدم عنوانًا قديمًا من مواقع أخرى.

route-udi-prepares-udi = تنظر UDI في القضية مرة أخرى، وقد تغيّر قرارها بنفسها (fvl. § 33).
route-udi-decides-une = إذا لم تغيّر UDI قرارها، تبتّ UNE (Utlendingsnemnda) في الطعن (utl. § 76).
route-embassy-prepares-embassy = تنظر السفارة في القضية مرة أخرى. قد تقبل الطلب، أو ترسل الطعن إلى UDI.
route-embassy-decides-udi = تبتّ UDI في الطعن (utl. § 76).
route-police-prepares-police = تنظر الشرطة في القضية مرة أخرى وقد تغيّر القرار؛ وإلا ترسل الطعن إلى UDI (fvl. § 33).
route-police-decides-udi = تبتّ UDI في الطعن (utl. § 76).
route-une-omgjoring-prepares-une = تقرأ UNE الطلب.
route-une-omgjoring-decides-une = تقرّر UNE. لا يوجد طعن بعد ذلك.
route-udi-omgjoring-prepares-udi = تقرأ UDI الطلب.
route-udi-omgjoring-decides-udi-may = يجوز لـ UDI أن تغيّر قرارها هي إذا كان التغيير لا يضرّ أحدًا (fvl. § 35 الفقرة الأولى a)، لكنها غير ملزمة بالنظر في الطلب.

route-udi-step-udi-receipt = عندما تستلم UDI الطعن، تصلك رسالة بالبريد الإلكتروني أو برسالة نصية (SMS).
route-udi-step-udi-follow-up = تردّ UDI على الرسائل خلال ثلاثة أسابيع. إذا لم تسمع شيئًا حتى { $date }، فاتصل بـ UDI واسأل.
route-udi-omgjoring-step-udi-follow-up = تردّ UDI على الرسائل خلال ثلاثة أسابيع. إذا لم تسمع شيئًا حتى { $date }، فاتصل بـ UDI واسأل.
route-udi-step-udi-reviews = تنظر UDI في القضية مرة أخرى. لا يذكر أي مصدر كم يستغرق ذلك.
route-udi-step-udi-sends-to-une = إذا لم تغيّر UDI قرارها، ترسل القضية إلى UNE وتخبرك بالبريد الإلكتروني أو برسالة نصية. ترسل UNE رسالة بأنها استلمت الطعن، مع مدة الانتظار المتوقّعة.
route-udi-step-une-considers = تقرّر UNE؛ ينظر في القضية دائمًا شخصان على الأقل. في { $year } استغرقت UNE { $days } يومًا في المتوسط للطعون في قضايا لمّ الشمل العائلي ({ $previous_days } يومًا في { $previous_year }).
route-step-provisional-documents = بعد الطعن المبدئي (foreløpig klage)، تعطي UDI عادةً مهلة جديدة مدتها { $days } يومًا (أسبوعان) للمستندات. هذه ممارسة معتادة، وليست حقًا.
route-embassy-step-embassy-reviews = تنظر السفارة في القضية مرة أخرى. قد تقبل الطلب أو ترسل الطعن إلى UDI.
route-embassy-step-embassy-waiting = راجع صفحات السفارة على الإنترنت لمعرفة مدة الانتظار.
route-embassy-step-udi-decides-unknown-time = تبتّ UDI في الطعن. لا يذكر أي مصدر كم تستغرق UDI.
route-police-step-police-reviews = تنظر الشرطة في القضية مرة أخرى. إذا لم تغيّر القرار، ترسل الطعن إلى UDI.
route-police-step-udi-decides-unknown-time = تبتّ UDI في الطعن. لا يذكر أي مصدر كم تستغرق UDI.
route-une-omgjoring-step-une-omgjoring-waiting = تقول صفحة UNE على الإنترنت إن معظم طلبات إعادة النظر خارج قضايا اللجوء يُبتّ فيها خلال { $months } أشهر (تُحدَّث الصفحة كل شهر).
route-une-omgjoring-step-une-omgjoring-priority = تعالج UNE هذه الطلبات بعد الطعون، لذلك قد تستغرق وقتًا أطول.
route-udi-omgjoring-step-udi-omgjoring-may = يجوز لـ UDI أن تغيّر قرارها، لكنها غير ملزمة بالنظر في الطلب. لا يُعرف كيف تتعامل UDI مع هذه الطلبات.

route-udi-last-une-final = قرار UNE نهائي: إذا رفضت UNE، فلا يوجد طعن بعد ذلك. يمكنك عندها أن تطلب من UNE إعادة النظر في قرارها، أو أن تقدّم طلبًا جديدًا، أو أن تشتكي إلى Sivilombudet (أمين المظالم).
route-embassy-last-udi-final = إذا رفضت UDI أيضًا، فلا يوجد طعن بعد ذلك. يمكنك أن تقدّم طلبًا جديدًا أو أن تشتكي إلى Sivilombudet.
route-police-last-udi-final-police = إذا رفضت UDI أيضًا، يصبح القرار نهائيًا. يمكنك أن تقدّم طلبًا جديدًا أو أن تشتكي إلى Sivilombudet.
route-une-omgjoring-last-une-omgjoring-final = لا يوجد طعن بعد ذلك. الخيارات هي: طلب جديد، أو Sivilombudet (مجانًا، خلال سنة من القرار النهائي: حتى { $date }؛ لا يستطيع أمين المظالم تغيير القرار)، أو دعوى أمام المحكمة (تحتاج إلى محامٍ ومكلفة).
route-udi-omgjoring-last-udi-omgjoring-else = إذا لم تغيّر UDI قرارها، يجوز لـ UNE أيضًا أن تغيّره للأسباب نفسها (fvl. § 35 الفقرة الثانية). الطلب الجديد غالبًا أسرع.

route-also-late-klage = يمكن أن يُنظر في الطعن المتأخر (fvl. § 31) إذا لم يكن التأخير بسببك أو كانت هناك أسباب خاصة. آخر يوم هو { $date }، بعد سنة من القرار.
route-also-new-application = الطلب الجديد غالبًا هو الطريق الأسرع.
route-also-utsatt-letter = يمكن لـ Klagehjelp أن يكتب طلبًا منفصلًا لتأجيل التنفيذ (utsatt iverksettelse) (للبقاء في النرويج حتى يُبتّ في الطعن) يمكنك إرساله فورًا، قبل الطعن.

route-warning-made-by-unsure = تحقّق في القرار من الذي أصدره: رأس الرسالة والتوقيع (UDI أو السفارة)، والجملة التي تقول من رفض («Utlendingsdirektoratet har …» أو «Ambassaden har …»)، وتعليمات الطعن. إذا ذكر القرار UNE على أنها الجهة التي تبتّ في الطعن، فإن UDI أصدرته؛ وإذا ذكر UDI، فإن السفارة أو الشرطة أصدرته. وجّه الطعن كما تقول تعليمات الطعن. الطريقان الممكنان معروضان أدناه.
route-warning-check-made-by = كثير من قرارات الرفض التي تسلّمها السفارة أو الشرطة هي قرارات من UDI. تحقّق في القرار من الذي أصدره: إذا ذكرت تعليمات الطعن UNE على أنها الجهة التي تبتّ في الطعن، فإن UDI أصدرت القرار ويُوجَّه الطعن إلى UDI.
route-warning-address-unknown = لا يعرف Klagehjelp هذا العنوان. اكتبه من رسالة القرار، أو اسأل كيف يُسلَّم الطعن.
route-warning-earlier-stated-deadline = المهلة المكتوبة في القرار والمهلة المحسوبة وفق القانون مختلفتان، والمهلة الأسبق ({ $date }) قد انتهت. أرسل الطعن اليوم. تذكر الرسالة اليوم الذي استلمت فيه القرار، وتطلب احتياطيًا أن يُنظر في الطعن وفق fvl. § 31.
route-warning-deadline-passed = انتهت مهلة الطعن ({ $date }). لا يزال يمكن النظر في الطعن المتأخر وفق fvl. § 31: اذكر سبب التأخير وأرسله في أقرب وقت ممكن.
route-warning-one-year-passed = مرّت أكثر من سنة على القرار (كان الحد { $date })، لذلك لم يعد ممكنًا النظر في الطعن (fvl. § 31 الفقرة الثالثة). الخيارات هي طلب تغيير القرار أو طلب جديد.
route-warning-provisional-recommended = بقي وقت قليل (المهلة { $date }). إذا لم يكن لديك كل شيء بعد، فأرسل طعنًا مبدئيًا (foreløpig klage) الآن والمستندات لاحقًا.
route-warning-electronic-notice = وصل القرار إلكترونيًا: تبدأ المهلة من وقت إتاحة القرار وإرسال الإشعار، لا من وقت فتحك له.
route-warning-fullmakt-follows = التوكيل (fullmakt) الموقّع سيُرسَل لاحقًا. أرسله في أقرب وقت ممكن: الوكيل (fullmektig) الذي ليس محاميًا يجب أن يقدّم توكيلًا مكتوبًا (fvl. § 12).
route-warning-deferral-une = للبقاء في النرويج بينما تنظر UNE في الطلب، اطلب تأجيل التنفيذ (utsatt iverksettelse) في الطلب نفسه. UNE تقرّر هل توافق عليه.
route-warning-renewal-right-to-stay = يحقّ لك البقاء في النرويج أثناء الطعن دون أن تطلب ذلك فقط إذا تحقّقت الشروط الثلاثة كلها: كان الطلب المرفوض تجديدًا على الأساس نفسه، وقُدّم قبل انتهاء التصريح السابق بشهر واحد على الأقل، ويُرسَل الطعن خلال المهلة. إذا لم تكن متأكدًا من الشروط الثلاثة، فاطلب تأجيل التنفيذ فورًا.
route-warning-deferral-48h = أرسل طلب تأجيل التنفيذ فورًا. يمكن تنفيذ رفض التصريح الأول بعد 48 ساعة من استلامك القرار (utl. § 90). لا يزال يمكنك الطلب لاحقًا، لكن كلما كان أسرع كان أفضل. هذه ليست مهلة للطعن.
route-warning-exit-deadline = يحدّد الرفض مهلة للمغادرة (utreisefrist)، عادةً من 7 إلى 30 يومًا. لا يمكن الطعن في مهلة المغادرة نفسها، لكن يمكنك أن تطلب من دائرة الشرطة في مكان سكنك تمديدها. إذا رُفض تأجيل التنفيذ، يجب أن تغادر النرويج قبل انتهاء مهلة المغادرة؛ ويستمر الطعن وأنت في الخارج.
route-warning-deferral-abroad = تقول القضية إن مقدّم الطلب خارج النرويج. تأجيل التنفيذ يتعلّق بالبقاء في النرويج، لذلك لا تتضمّن الرسالة هذا الطلب. غيّر الإجابة إذا كان مقدّم الطلب في النرويج.
route-warning-abroad-send-early = من الخارج: ارفع الطعن قبل انتهاء المهلة (أو سلّمه في السفارة قبل انتهاء المهلة، إذا كان القرار من سفارة)، واحتفظ بالإيصال. لا يُعرف هل يُحسب البريد في بلد آخر ضمن المهلة.
route-warning-in-norway-unknown = لا تذكر القضية هل مقدّم الطلب في النرويج. تأجيل التنفيذ مهمّ فقط في النرويج، لذلك لا تتضمّن الرسالة هذا الطلب حتى تجيب عن السؤال.

route-cli-made-by-given = الجهة التي أصدرت القرار: { $who } (من القرار)
route-cli-made-by-derived = الجهة التي أصدرت القرار: { $who } (مأخوذة من الجهة التي ذكرتها؛ تحقّق منها في القرار)
route-cli-letter = الرسالة: { $kind } (رسالة klagehjelp)
route-cli-letter-none = الرسالة: لا شيء بعد (اعرف أولًا من أصدر القرار)
route-cli-deadline = المهلة التي يجب الالتزام بها: { $date }
route-cli-send-to = أرسل إلى
route-cli-address-unknown = (العنوان غير معروف لـ Klagehjelp)
route-cli-channels = طريقة الإرسال
route-cli-who = من ينظر في الطعن ومن يقرّر
route-cli-next = ماذا يحدث بعد ذلك
route-cli-last = الخطوة الأخيرة
route-cli-also = خيارات أخرى
route-cli-warnings = انتبه
route-cli-sources = المصادر
route-cli-candidates = قد يكون أحد هذه الطرق:
route-made-by-UDI = UDI
route-made-by-embassy = سفارة أو قنصلية
route-made-by-police = الشرطة
route-made-by-UNE = UNE
route-made-by-unsure = غير متأكد
route-cli-made-by-unsure = الجهة التي أصدرت القرار: غير معروفة بعد (انظر أدناه ما يجب التحقّق منه في القرار)
route-warning-send-as-decision-says = أصدرت UDI القرار، وسلّمته السفارة أو الشرطة. وجّه الطعن إلى UDI، وأرسله بالطريقة التي تذكرها رسالة القرار (مثلًا عن طريق السفارة). احتفظ بإثبات اليوم الذي سلّمته فيه.
route-udi-step-une-changed = في { $year } غيّرت UNE القرار في { $changed } من أصل { $total } قضية لمّ شمل عائلي. من الأسباب الشائعة: أن الشرط تحقّق قبل أن تقرّر UNE. لذلك أرسل مستندات تُظهر ما تغيّر.
route-also-costs = إذا تغيّر القرار لصالحك، فقد تُغطّى التكاليف الضرورية (مثلًا أتعاب محامٍ). اطلبها خلال ثلاثة أسابيع بعد إبلاغك بالقرار الجديد (fvl. § 36).
