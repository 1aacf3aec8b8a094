# AI draft translation, not reviewed by a native speaker. / مسودة ترجمة آلية بالذكاء الاصطناعي، لم يراجعها متحدث أصلي.
# maillage — ما تقوله `maillage validate` و`maillage import` والاستوديو (studio) عن مشكلات دليل:
# تعطيها النواة على شكل رموز (`maillage::Fault`، `maillage::hours::HoursFault`)، وكل رمز هنا
# رسالة `problem-<code>` وقيمه متغيرات. المعرّفات والمتغيرات نفسها في كل لغة. معرّفات الملفات
# وأسماء الحقول وقيمها وكلماتها المفتاحية (`services.json`، `auteurs`، `to-verify`، `Mo-Fr 09:00-17:00`)
# تبقى كما هي: إنها كلمات الملفات نفسها.
# فئات الجمع (CLDR، العربية): zero، one، two، few، many، other.

## سطر واحد لكل مشكلة

problem-error = خطأ
problem-warning = تحذير
# $severity: problem-error أو problem-warning؛ $where: الملف والسطر ومؤشر JSON
# (`services.json:12 #/services/3`)، كما هي.
problem-line = { $severity }: { $where }: { $reason }
problem-line-record = { $severity }: { $where }: البطاقة `{ $record }`: { $reason }
problem-line-field = { $severity }: { $where }: الحقل `{ $field }`: { $reason }
problem-line-record-field = { $severity }: { $where }: البطاقة `{ $record }`، الحقل `{ $field }`: { $reason }
# جدول بيانات: صف الجدول (الترويسة هي الصف 1)، وسطر الملف عندما يختلف، والعمود (الحرف
# والترويسة)، والعنصر من خلية تحتوي على عدة عناصر.
sheet-row = الصف { $row }
sheet-row-line = الصف { $row } (السطر { $line } من الملف)
sheet-column = العمود { $column } «{ $header }»
sheet-column-letter = العمود { $column }
sheet-column-header = العمود «{ $header }»
sheet-record = البطاقة `{ $record }`
sheet-item = العنصر { $item }: { $reason }
# $parts: الصف، العمود، البطاقة، مفصولة بفواصل.
sheet-line = { $severity }: { $file }: { $reason }
sheet-line-at = { $severity }: { $file }، { $parts }: { $reason }

## ملخص `maillage validate`

validate-counts = البلديات (communes): { $communes }، EPCI: { $epci }، الدوائر (arrondissements): { $arrondissements }، المقاطعات (départements): { $departements }، دوائر اختصاص المحاكم: { $tribunals }، الأماكن: { $places }، الخدمات المحلية: { $services }، الخطوط الوطنية: { $national }
validate-valid = صالح
validate-valid-warnings = صالح، { $warnings ->
    [zero] { $warnings } تحذير
    [one] { $warnings } تحذير
    [two] { $warnings } تحذيران
    [few] { $warnings } تحذيرات
    [many] { $warnings } تحذيرًا
   *[other] { $warnings } تحذير
}
validate-invalid = { $errors ->
    [zero] { $errors } خطأ
    [one] { $errors } خطأ
    [two] { $errors } خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}، { $warnings ->
    [zero] { $warnings } تحذير
    [one] { $warnings } تحذير
    [two] { $warnings } تحذيران
    [few] { $warnings } تحذيرات
    [many] { $warnings } تحذيرًا
   *[other] { $warnings } تحذير
}
validate-summary = { $counts } — { $verdict }

## الملفات

# $detail: رسالة القارئ نفسها، بالإنجليزية.
problem-unreadable-file = تعذّرت قراءة الملف: { $detail }
problem-not-utf8 = ليس نصًا بترميز UTF-8 (البايت { $byte }): احفظه بترميز UTF-8
# $detail: رسالة قارئ JSON (serde_json) نفسها، بالإنجليزية.
problem-malformed-json = صيغة JSON غير سليمة: { $detail }
problem-truncated-json = ينتهي الملف قبل أوانه (مبتور؟): { $detail }
problem-expected-object-with-list = المتوقع كائن يحتوي على القائمة `{ $key }`
problem-expected-list = المتوقع القائمة `{ $key }`
# $detail: رسالة القارئ (serde) نفسها، بالإنجليزية: حقل ناقص، أو مصطلح غير معروف، أو نوع.
problem-unreadable-field = قيمة غير مقروءة: { $detail }
problem-not-a-language-file = ليس ملف لغة: يجب أن يحمل اسمه رمز لغة غير الفرنسية (`i18n/en.json`، `i18n/ar.json`، `i18n/fa-AF.json`)
problem-not-a-directory-file = ليس من ملفات الدليل (المتوقع: directory.json أو services.json أو national.json أو places.json أو territories/*.geojson أو i18n/*.json)؛ تم تجاهله
problem-missing-metadata = غير موجود أو غير مقروء: يحتاج الدليل إلى ملف بياناته الوصفية

## المناطق والأماكن

problem-duplicate-territory-id = معرّف منطقة مكرر
problem-kind-mismatch = النوع `{ $kind }` يختلف عن نوع المعرّف، `{ $id_kind }`
problem-unknown-territory = منطقة غير معروفة `{ $id }`
problem-unknown-service = خدمة غير معروفة `{ $id }`
problem-empty-geometry = الحدود فارغة
problem-ring-too-short = عدد نقاط إحدى الحلقات { $points }، والحد الأدنى 4
problem-ring-not-closed = إحدى الحلقات غير مغلقة (النقطتان الأولى والأخيرة مختلفتان)
problem-coordinate-out-of-range = الإحداثيات { $lon },{ $lat } ليست خط طول ثم خط عرض
# $detail: ما وجدته مكتبة geo، بالإنجليزية.
problem-invalid-geometry = الحدود غير صالحة: { $detail }
problem-duplicate-place-id = معرّف مكان مكرر

## الخدمات

problem-duplicate-service-id = معرّف خدمة مكرر (الخدمات والخطوط الوطنية تتشارك المعرّفات)
problem-bad-id = `{ $id }`: لا يستخدم المعرّف إلا a-z و 0-9 و `-`
problem-empty-name = الاسم فارغ
problem-no-category = يلزم وجود فئة واحدة على الأقل
problem-perpetrators-other-category = الخدمة الموجهة لمرتكبي العنف لا تحمل إلا الفئة `auteurs`: لا تُعرض خدمات الضحايا على مرتكبي العنف أبدًا
problem-perpetrators-audience-missing = الفئة `auteurs` تتطلب الجمهور `auteurs`
problem-local-serves-country = الخدمة المحلية التي تخدم البلد كله مكانها في national.json
problem-national-line-not-national = المنطقة المخدومة للخط الوطني هي "national"
problem-empty-served-area = المنطقة المخدومة فارغة
problem-no-way-to-reach = لا توجد أي وسيلة للتواصل مع هذه الخدمة: أضف جهة اتصال أو مكانًا
problem-javascript-url = الروابط `javascript:` مرفوضة
problem-phone-national-form = `{ $number }` مكتوب بالصيغة الوطنية: اكتبه بصيغة E.164، أي `+33` متبوعًا بالأرقام التسعة التي تلي الـ 0
problem-phone-invalid = `{ $number }` ليس رقمًا فرنسيًا صالحًا (المتوقع: +33 و 9 أرقام، أو رقم في أقاليم ما وراء البحار، أو رقم قصير مثل 17 أو 114 أو 3919 أو 116006)
problem-phone-display-mismatch = طريقة العرض `{ $display }` لا تطابق الرقم `{ $number }`
problem-not-an-email = `{ $value }` ليس عنوان بريد إلكتروني
problem-url-not-https = `{ $url }`: استخدم https
problem-url-no-scheme = `{ $url }` بلا بروتوكول: اكتب https://…
problem-url-scheme = `{ $url }`: البروتوكول `{ $scheme }` غير مقبول (https, tel, sms, mailto)
problem-confidential-contact = لا يمكن أن تكون جهة الاتصال سرية: احذفها، أو اجعلها مخصصة لـ `professionnels`
problem-unknown-commune = بلدية غير معروفة `{ $id }`
problem-confidential-address = مكان سري له عنوان منشور: احذف العنوان (لا يجوز أن تظهر إلا البلدية)
problem-confidential-postcode = مكان سري له رمز بريدي منشور: احذف الرمز البريدي (لا يجوز أن تظهر إلا البلدية)
problem-confidential-point = مكان سري له نقطة منشورة: احذف النقطة (لا يجوز أن تظهر إلا البلدية)
problem-precision-without-address = الدقة `address` تتطلب عنوانًا: أضفه، أو استخدم `commune`
problem-point-out-of-range = خط العرض أو خط الطول خارج النطاق المسموح
problem-point-outside-scope = النقطة { $lat },{ $lon } خارج منطقة الدليل `{ $scope }` (هل خط العرض وخط الطول معكوسان؟)
problem-point-outside-commune = النقطة { $lat },{ $lon } خارج بلديتها، { $commune } ({ $id })
problem-address-without-point = عنوان عام بلا نقطة: لا يمكن حساب المسافة
# $fault: إحدى رسائل problem-hours-… أدناه.
problem-hours = المواعيد «{ $text }»، العمود { $column }: { $fault }

## المواعيد (صيغة opening_hours في OpenStreetMap)

problem-hours-empty = المواعيد فارغة: احذف الحقل عندما تكون المواعيد غير معروفة
problem-day-of-month = يوم الشهر من 1 إلى 31
problem-month-or-day-after-dash = المتوقع شهر أو يوم بعد `-`
problem-date-range-ends = يجب أن تكون للفترة أيام في طرفيها كليهما أو ألا تكون في أيٍّ منهما
problem-school-holidays = العطل المدرسية (`SH`) غير مدعومة
problem-nth-weekday = أيام الأسبوع المرقّمة مثل `Mo[1]` غير مدعومة
problem-weekday-after-dash = المتوقع يوم من أيام الأسبوع (Mo, Tu, We, Th, Fr, Sa, Su) بعد `-`
problem-expected-time = المتوقع وقت مثل 09:00
problem-expected-colon = المتوقع `:` في الوقت (اكتب 09:00، لا 9h)
problem-expected-minutes = المتوقع الدقائق
problem-minutes-digits = تُكتب الدقائق برقمين، من 00 إلى 59
problem-start-after24 = لا يمكن أن يتجاوز وقت البدء 24:00
problem-open-ended = المواعيد بلا نهاية (`18:00+`) غير مدعومة
problem-expected-end = المتوقع `-` ثم وقت الانتهاء
problem-end-after48 = لا يمكن أن يتجاوز وقت الانتهاء 48:00
problem-end-before-start = وقت الانتهاء قبل وقت البدء
problem-span-starts-at24 = لا يمكن أن تبدأ فترة زمنية عند 24:00
problem-unterminated-comment = تعليق غير مغلق: علامة `"` الختامية ناقصة
problem-expected-rule = المتوقع قاعدة (مثل `Mo-Fr 09:00-17:00`)، لكن وُجد `{ $found }`
problem-unexpected = `{ $found }` غير متوقع

## المصادر

problem-missing-source = المصدر ناقص: اذكر من أين تأتي هذه المعلومات
problem-empty-source-title = عنوان المصدر فارغ
problem-source-url-not-http = `{ $url }`: يجب أن يكون عنوان المصدر صفحة http(s)
problem-bad-language-code = `{ $language }` ليس رمز ISO 639-1 مثل `fr`
problem-verified-without-date = المصدر الذي تم التحقق منه يحتاج إلى تاريخ التحقق (`verified_on`)
problem-date-on-to-verify = `verified_on` { $date } في مصدر لا يزال `to-verify`: غيّر الحالة إلى `verified`، أو احذف التاريخ
problem-to-verify = يجب التحقق: تحقق من هذه البطاقة بالرجوع إلى مصدرها قبل الاعتماد عليها
problem-date-in-future = التاريخ { $date } في المستقبل
problem-verified-long-ago = تم التحقق من المصدر في { $date }، منذ أكثر من 12 شهرًا: تحقق منه مجددًا
problem-old-page = صفحة المصدر مؤرخة في { $date }، منذ أكثر من سنتين: تحقق من أنها لا تزال محدَّثة

## المسار

problem-duplicate-step-id = معرّف خطوة مكرر
problem-missing-french = النص الفرنسي ناقص
problem-missing-english = الترجمة الإنجليزية ناقصة
problem-step-without-category = تحتاج الخطوة إلى فئة واحدة على الأقل
problem-unknown-national-line = خط وطني غير معروف `{ $id }`
problem-step-unreachable = لا توجد حالة تصل إلى هذه الخطوة: استثناءاتها تغطي كل شروط إدراجها
problem-perpetrators-step-audience = خطوة مرتكبي العنف تُختار بفئتها `auteurs`، لا بجمهور
problem-perpetrators-step-category = خطوة مرتكبي العنف لا تحمل إلا الفئة `auteurs` وتذكر الدور `perpetrator`
problem-category-without-step = لا توجد خطوة تحمل الفئة `{ $category }`: لا تُقترح خدماتها أبدًا في أي مسار

## ملفات اللغات (i18n/<اللغة>.json)

problem-english-steps-here = النص الإنجليزي للخطوات موجود في pathways.json (`title.en`، `advice.en`): احذفه من هنا
problem-unknown-step = لا توجد خطوة `{ $id }` في pathways.json
problem-empty-text = النص فارغ
problem-step-not-translated = الخطوة `{ $id }` غير مترجمة (العنوان والنصائح)
# $field: `description` أو `conditions`، اسم الحقل كما هو.
problem-not-translated = الحقل `{ $field }` في `{ $id }` غير مترجم
problem-nothing-to-translate = ليس لـ `{ $id }` حقل `{ $field }` في national.json لترجمته

## الاستيراد والتصدير (HSDS، data·inclusion): ملاحظات maillage-interop

# $note: إحدى الرسائل أدناه.
problem-note = { $note }
problem-too-large = حجم الملف { $bytes } بايت، أكثر مما يقرؤه maillage ({ $max } بايت): قسّمه، أو تحقّق من أنه الملف الصحيح
problem-no-hsds-service = لم يُعثر على أي خدمة HSDS: المتوقع مصفوفة خدمات، أو خدمة واحدة، أو صفحة {"{"}"contents": […]{"}"}، أو منظمات مع خدماتها
problem-not-data-inclusion-services = المتوقع مصفوفة خدمات data·inclusion
problem-not-a-service-object = ليس كائن خدمة: تم تجاهله
problem-hsds-web-pro-only = لا يمكن في HSDS تخصيص عنوان الويب { $url } للمهنيين وحدهم
problem-hsds-one-url = لا يتيح HSDS إلا عنوان ويب واحدًا لكل خدمة: تم استبعاد { $url }
problem-hsds-accessibility-without-location = لا يحفظ HSDS معلومات إمكانية الوصول (لذوي الإعاقة) إلا مرتبطةً بمكان
# $kind: phone أو sms أو email أو web.
problem-data-inclusion-one-per-service = { $kind ->
    [phone] لا يتيح data·inclusion إلا هاتفًا واحدًا لكل خدمة
    [email] لا يتيح data·inclusion إلا بريدًا إلكترونيًا واحدًا لكل خدمة
    [sms] لا يتيح data·inclusion الرسائل النصية (SMS)
   *[other] لا يتيح data·inclusion إلا رابطًا واحدًا لكل خدمة
}: { $left_out ->
    [one] استُبعد عنصر واحد
    [two] استُبعد عنصران
    [few] استُبعدت { $left_out } عناصر
    [many] استُبعد { $left_out } عنصرًا
   *[other] استُبعد { $left_out } عنصر
}
problem-data-inclusion-no-code = ليس لـ `{ $territory }` رمز data·inclusion، وبلدياته غير معروفة: تم استبعاده
# $vocabulary: Category أو Audience أو AccessMode.
problem-unknown-term = { $vocabulary ->
    [Category] فئة غير معروفة
    [Audience] جمهور غير معروف
   *[other] طريقة وصول غير معروفة
}: `{ $term }`
problem-taxonomy-term-unmapped = مصطلح التصنيف (taxonomy) `{ $term }` لا يطابق أي فئة ولا أي جمهور
problem-taxonomy-term-unmapped-in = مصطلح التصنيف `{ $term }` (التصنيف `{ $taxonomy }`) لا يطابق أي فئة ولا أي جمهور
problem-thematique-unmapped = الموضوع (thématique) `{ $thematique }` لا يطابق أي فئة
problem-public-unmapped = الجمهور (public) `{ $public }` لا مقابل له في maillage
problem-publics-free-text = `{ $text }`: نص حر، اختر الجمهور يدويًا
problem-no-category-found = لم يُعثر على أي فئة: اختر فئة قبل التحقق
problem-no-name = ليس للخدمة اسم
problem-no-organisation-name = لا يوجد اسم للمنظمة (organization_id فقط، أو لا شيء)
problem-structure-not-found = لم يُعثر على الجهة (structure) `{ $structure }`: يحلّ معرّفها محلّ اسم المنظمة
problem-contact-person-phones = لا تُستورد أرقام هاتف الشخص المسؤول عن التواصل: أضفها إلى الخدمة
problem-several-locations = عدد الأماكن { $count }: لا يُستورد إلا أولها (لبطاقة maillage مكان واحد؛ أنشئ بطاقة لكل مكان)
problem-confidential-place-details = المكان السري لا يحتفظ إلا ببلديته: ما يذكره الملف عنه (`{ $fields }`) لا يُستورد
problem-commune-not-found = تعذّر العثور على بلدية هذا المكان ({ $place }): لا يُستورد المكان؛ اذكر رمز INSEE للبلدية
problem-bad-insee-code = `{ $insee }` ليس رمز INSEE لبلدية: لا يُستورد المكان
problem-address-without-insee = عنوان بلا رمز INSEE: لا يُستورد المكان؛ اذكر قيمة code_insee الخاصة به
problem-service-area-unmatched = المنطقة المخدومة `{ $name }` لا تطابق أي منطقة من مناطق الدليل
problem-zone-not-a-code = المنطقة `{ $zone }` ليست رمز بلدية ولا رمز EPCI ولا رمز مقاطعة (département)
problem-no-service-area = لا توجد منطقة مخدومة مقروءة: اذكر المناطق المخدومة
problem-no-zone = لا يوجد zone_eligibilite: اذكر المناطق المخدومة
problem-schedules-not-weekly = تتعذّر قراءة مواعيد غير أسبوعية ({ $descriptions }): اكتبها يدويًا
problem-unknown-language = اللغة `{ $language }` غير معروفة لدينا: اذكر رمزها وفق ISO 639-1
problem-fees-reduced = الرسوم `{ $fees }`: لا يُحفظ إلا «مجاني أم لا»؛ اذكر التفاصيل في الشروط
problem-field-not-imported = لا مكان لـ `{ $field }` في بطاقة maillage: لم يُستورد
problem-eligibility-free-text = وصف شروط الأهلية نص حر: اختر الجمهور يدويًا
problem-publisher-date = أرّخها ناشرها في { $date }: احتُفظ بهذا التاريخ تاريخًا للمصدر؛ يجب التحقق من البطاقة
problem-no-date = لا يوجد assured_date ولا last_modified: عمر هذه المعلومات غير معروف؛ يجب التحقق من البطاقة
problem-no-date-maj = لا يوجد date_maj مقروء: عمر هذه المعلومات غير معروف

## جدول البيانات (maillage import csv، الاستوديو)

problem-sheet-not-utf8 = الملف ليس بترميز UTF-8 (البايت { $byte }، السطر { $line }): احفظه بصيغة « CSV UTF-8 » (Excel) أو اختر مجموعة المحارف UTF-8 (LibreOffice)
problem-too-many-rows = أكثر من { $max } صف: لا يقرأ maillage من جدول البيانات الواحد أكثر من { $max } خدمة؛ قسّمه
# $detail: رسالة قارئ CSV نفسها، بالإنجليزية.
problem-unreadable-csv = تعذّرت قراءة ملف CSV: { $detail }
problem-empty-sheet = الملف فارغ: الصف الأول يحمل ترويسات الأعمدة
problem-duplicate-column = العمود «{ $header }» يظهر مرتين (وأيضًا في العمود { $other })
problem-unknown-column = عمود غير معروف «{ $header }»؛ الأعمدة هي: { $columns }
problem-missing-column = العمود ناقص: وجوده إلزامي
problem-column-absent = العمود غير موجود: يُقرأ كل صف من دونه
problem-stray-value = قيمة في عمود بلا ترويسة معروفة: أعطِ العمود ترويسة أو أفرغه
problem-id-from-name = المعرّف فارغ: أُنشئ `{ $id }` من الاسم
problem-missing-id = المعرّف ناقص (ولا يوجد اسم لإنشائه منه)
problem-yes-no = `{ $text }`: اكتب `oui` أو `non` (أو اترك الخلية فارغة إن لم يكن الأمر معروفًا)
problem-not-a-date = `{ $text }` ليس تاريخًا: اكتبه بالشكل 2026-11-29 (أو 29/11/2026)
problem-not-a-number = `{ $text }` ليس عددًا مثل 49.1157
# $vocabulary: Category أو Audience أو AccessMode أو Visibility أو LocationPrecision أو SourceStatus؛
# $expected: الكلمات المسموح بها، مفصولة بفواصل.
problem-unknown-word = { $vocabulary ->
    [Category] فئة غير معروفة
    [Audience] جمهور غير معروف
    [AccessMode] طريقة وصول غير معروفة
    [Visibility] مستوى ظهور غير معروف
    [LocationPrecision] دقة غير معروفة
   *[other] حالة غير معروفة
} `{ $term }`؛ القيم الممكنة: { $expected }
problem-bracket-alone = علامة `]` بلا علامة `[` المقابلة لها
problem-bad-visibility = `[{ $word }]`: مستوى الظهور هو `[public]` (أو لا شيء)، أو `[professionnels]` أو `[confidentiel]`
problem-unbalanced-parentheses = أقواس غير متوازنة: توضع التسمية بين `(…)` في النهاية
problem-angle-alone = علامة `>` بلا علامة `<` المقابلة لها
problem-empty-contact = جهة الاتصال فارغة: اكتب الرقم أو العنوان
problem-empty-angle = قيمة فارغة بين `<…>`
problem-longitude-alone = خط طول بلا خط عرض: اذكر الاثنين معًا أو لا تذكر أيًّا منهما
problem-latitude-alone = خط عرض بلا خط طول: اذكر الاثنين معًا أو لا تذكر أيًّا منهما
problem-confidential-cell = المكان السري (مكان إيواء) لا يُنشر أبدًا مع عنوانه ولا رمزه البريدي ولا نقطته: اترك هذه الخلية فارغة (لا تظهر إلا البلدية)
problem-place-without-commune = يحتاج المكان إلى بلديته (رمز INSEE، مثلًا `50502`، أو الاسم)
problem-name-not-of-id = «{ $name }» ليس اسم `{ $id }` ({ $actual }): تم الاحتفاظ بالمعرّف
problem-bad-territory-id = `{ $id }` ليس معرّف منطقة (مثلًا `epci:200042604`، `commune:50502`)
problem-write-commune-id = `{ $text }`: اكتب معرّف البلدية أو رمز INSEE الخاص بها، مثلًا `50502`
problem-write-territory-id = `{ $text }`: اكتب معرّف المنطقة، مثلًا `departement:50`
problem-unknown-commune-name = «{ $text }» ليست بلدية من بلديات الدليل: اكتب معرّفها (رمز INSEE، مثلًا `50502`)
problem-unknown-territory-name = «{ $text }» ليست منطقة من مناطق الدليل: اكتب معرّفها (مثلًا `epci:200042604`)
problem-several-territories = «{ $text }» يدل على عدة مناطق ({ $ids }): اكتب المنطقة المقصودة بين قوسين
problem-date-without-source = تاريخ مصدر بلا مصدر: اذكر عنوان المصدر أو صفحته
problem-records-removed = { $count ->
    [zero] { $count } بطاقة من { $file } ليست في جدول البيانات ويحذفها هذا الاستيراد
    [one] { $count } بطاقة من { $file } ليست في جدول البيانات ويحذفها هذا الاستيراد
    [two] { $count } بطاقتان من { $file } ليستا في جدول البيانات ويحذفهما هذا الاستيراد
    [few] { $count } بطاقات من { $file } ليست في جدول البيانات ويحذفها هذا الاستيراد
    [many] { $count } بطاقةً من { $file } ليست في جدول البيانات ويحذفها هذا الاستيراد
   *[other] { $count } بطاقة من { $file } ليست في جدول البيانات ويحذفها هذا الاستيراد
}: { $ids }
