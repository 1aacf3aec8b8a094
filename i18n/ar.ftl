# maillage — what the <maillage-finder> widget says, in Arabic (Modern Standard Arabic, simple).
# MACHINE-PRODUCED DRAFT, translated from fr.ftl: it awaits review by a native speaker before use.
#
# Format: Fluent (https://projectfluent.org/). Same identifiers and variables as fr.ftl (the
# source); a test checks it. Phone numbers are variables: they stay left-to-right.
# Plural categories (CLDR, Arabic): zero, one, two, few, many, other.
# Gender: neutral forms are preferred (يمكنك + verbal noun); short interface commands use the
# usual generic imperative (اضغط، اكتب، اختر).

## الأداة

title = الحصول على المساعدة في مواجهة العنف
language-label = اللغة
language-unavailable = { $language }: تعذّر تحميل هذه اللغة.
emergency = في حالة الخطر: الاتصال بالرقم { $police } أو { $europe } · رسالة نصية إلى { $sms } · خط الاستماع على مدار الساعة: { $line }
call-police = الاتصال بالرقم { $number } (الشرطة)
call = الاتصال بالرقم { $number }
sms = رسالة نصية إلى { $number }
email = الكتابة إلى { $address }
website = الموقع الإلكتروني ({ $host })
exit = خروج
exit-long = الخروج بسرعة من هذا الموقع
exit-hint = أو اضغط 3 مرات على مفتاح Shift (Maj).
exit-remaining = { $n ->
    [zero] اضغط على مفتاح Shift { $n } مرة أخرى للخروج.
    [one] اضغط على مفتاح Shift مرة واحدة أخرى للخروج.
    [two] اضغط على مفتاح Shift مرتين أخريين للخروج.
    [few] اضغط على مفتاح Shift { $n } مرات أخرى للخروج.
    [many] اضغط على مفتاح Shift { $n } مرة أخرى للخروج.
   *[other] اضغط على مفتاح Shift { $n } مرة أخرى للخروج.
}
safety-title = التصفح بأمان
safety = زر «خروج» يعرض صفحة أخرى، لكنه لا يمحو سجل المتصفح. يُنصح باستخدام نافذة تصفح خاصة، ومسح السجل بعد الزيارة. المكالمات والرسائل النصية تظهر في سجل الهاتف.
threat-model = ما تحميه هذه الخدمة، وحدودها (بالإنجليزية)
sample = بيانات تجريبية: جهات الاتصال المحلية مأخوذة من مصادر عامة، ولم يتم التحقق منها بعد.
footer = { $name } — المصادر: { $sources }
refused = تم رفض الدليل: لا يطابق البصمة التي يتوقعها هذا الموقع، أو فشل الاتصال.
load-error = لا يمكن عرض الخدمة هنا. في حالة الخطر: الاتصال بالرقم { $police } أو { $europe }، أو رسالة نصية إلى { $sms }. خط الاستماع على مدار الساعة: { $line }. أطفال في خطر: { $children }.
outside = هذه النقطة خارج المنطقة التي يغطيها هذا الدليل.

## البحث عن مكان

place-label = بلديتك (commune) أو الرمز البريدي
place-hint = اكتب حرفين على الأقل، ثم اختر من القائمة.
around-me = بالقرب مني
around-me-note = موقعك يبقى على هذا الجهاز.
geo-error = الموقع غير متاح. اكتب اسم بلديتك.
no-place = لم يتم العثور على أي بلدية.
suggestions = { $n ->
    [zero] لا توجد اقتراحات.
    [one] اقتراح واحد. استخدم السهمين أعلى وأسفل للاختيار.
    [two] اقتراحان. استخدم السهمين أعلى وأسفل للاختيار.
    [few] { $n } اقتراحات. استخدم السهمين أعلى وأسفل للاختيار.
    [many] { $n } اقتراحًا. استخدم السهمين أعلى وأسفل للاختيار.
   *[other] { $n } اقتراح. استخدم السهمين أعلى وأسفل للاختيار.
}
category-label = نوع المساعدة
all-categories = الكل
speaks-my-language = فقط الخدمات التي تتحدث لغتي

## النتائج

count-near = { $places ->
    [zero] لا توجد أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $places } أماكن
    [many] { $places } مكانًا
   *[other] { $places } مكان
} بالقرب من { $where }، و{ $remote ->
    [zero] لا توجد جهات اتصال
    [one] جهة اتصال واحدة
    [two] جهتا اتصال
    [few] { $remote } جهات اتصال
    [many] { $remote } جهة اتصال
   *[other] { $remote } جهة اتصال
} عبر الهاتف أو الإنترنت.
count-here = { $places ->
    [zero] لا توجد أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $places } أماكن
    [many] { $places } مكانًا
   *[other] { $places } مكان
} بالقرب من موقعك، و{ $remote ->
    [zero] لا توجد جهات اتصال
    [one] جهة اتصال واحدة
    [two] جهتا اتصال
    [few] { $remote } جهات اتصال
    [many] { $remote } جهة اتصال
   *[other] { $remote } جهة اتصال
} عبر الهاتف أو الإنترنت.
now-title = ما يمكنك فعله الآن
now-intro = الخطوات الأولى، لأي شخص. بعض الأسئلة الاختيارية تكيّفها مع وضعك.
places-near = أماكن بالقرب من { $where }
places-here = أماكن حول موقعك
more-places = { $n ->
    [zero] عرض { $n } مكان آخر
    [one] عرض مكان آخر
    [two] عرض مكانين آخرين
    [few] عرض { $n } أماكن أخرى
    [many] عرض { $n } مكانًا آخر
   *[other] عرض { $n } مكان آخر
}
remote-count = خطوط عبر الهاتف أو الرسائل النصية أو الإنترنت ({ $n })
map-summary = عرض الأماكن على خريطة
map-title = خريطة: { $where } والأماكن القريبة
legend-here = أنت هنا
legend-place = مكان (رقم: عدة أماكن في الموقع نفسه)
print = طباعة البطاقة الخاصة بمنطقتي

## بطاقة مكان

state-open = مفتوح
state-open-always = مفتوح على مدار الساعة
state-closed = مغلق
state-unknown = يجب التحقق من المواعيد
hours = المواعيد: { $hours }
until = { $state } حتى { $time }
opens-at = { $state } — يفتح { $time }
closes-at = { $state } — يغلق { $time }
uncertain-from = { $state } — المواعيد غير مؤكدة ابتداءً من { $time }
distance = على بعد { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } كم
in-commune = في بلدية { $commune }
about = على بعد حوالي { NUMBER($km, maximumFractionDigits: 0) } كم
step-free = مدخل دون درجات
free = مجاني
anonymous = دون الكشف عن الهوية
confidential = عنوان سري
professionals-only = (للمهنيين فقط)
checked = تم التحقق في { $date }
to-verify = يجب التحقق
summary-kind = المساعدة: { $kinds }
summary-reach = التواصل: { $ways }
summary-languages = اللغات: { $languages }

## الخطوات

questions-title = ما هي الخطوات التالية؟
questions-intro = بعض الأسئلة الاختيارية لترتيب الخطوات. إجاباتك لا تُحفَظ ولا تُرسَل.
refine = تكييف الخطوات مع وضعي (اختياري)
yes = نعم
no = لا
skip = لا أعرف
role = أنت
show-steps = عرض الخطوات
steps-title = خطواتك التالية
steps-count = { $n ->
    [zero] لا توجد خطوات مقترحة.
    [one] خطوة واحدة مقترحة.
    [two] خطوتان مقترحتان.
    [few] { $n } خطوات مقترحة.
    [many] { $n } خطوة مقترحة.
   *[other] { $n } خطوة مقترحة.
}
why = السبب: { $reasons }
lead = الجهة المنسِّقة: { $partner }
lead-in = الجهة المنسِّقة: { $partner } ({ $territory })

## المهنيون

pro-title = بمن يجب الاتصال في منطقة معينة
territory-label = المنطقة
show-routes = عرض
routes-count = { $n ->
    [zero] لا توجد خطوات.
    [one] خطوة واحدة.
    [two] خطوتان.
    [few] { $n } خطوات.
    [many] { $n } خطوة.
   *[other] { $n } خطوة.
}
pro-open-title = الدليل المهني
pass-label = عبارة المرور الخاصة بالشبكة
pass-hint = تقدّمها جهة التنسيق في المقاطعة (département). لا تُحفَظ ولا تُرسَل: الدليل يُفتح على هذا الجهاز.
pass-open = فتح
opening = جارٍ فتح الدليل المهني…
wrong-pass = عبارة المرور غير صحيحة. تحقق منها وحاول مرة أخرى.
pro-load-error = لا يمكن فتح الدليل المهني هنا.

## لماذا هذا المكان (رموز المحرك)

reason-category = المساعدة: { $category }
reason-language = يتحدث اللغة: { $language }
reason-serves-country = لكل فرنسا
reason-serves-territory = للمنطقة: { $territory }
reason-national-line = خط وطني
reason-step-line = الخط الوطني لهذه الخطوة
reason-written = كتابيًا: لا يمكنك التحدث دون خطر
step-reason-for-everyone = مفيد للجميع
step-reason-answer = أجبت «{ $answer ->
    [yes] نعم
   *[no] لا
}» على سؤال «{ $question }»
step-reason-urgent = أولًا: أجبت «{ $answer ->
    [yes] نعم
   *[no] لا
}» على سؤال «{ $question }»
step-reason-written-first = جهات الاتصال الكتابية أولًا: لا يمكنك التحدث دون خطر

## مفردات الدليل

category-urgence = الطوارئ
category-ecoute = الاستماع والتوجيه
category-hebergement = الحماية والإيواء
category-soins = العلاج والمعاينة الطبية
category-plainte = الشكوى والإبلاغ
category-juridique = المعلومات القانونية
category-protection = الحماية القضائية
category-social = المرافقة الاجتماعية
category-psy = الدعم النفسي
category-enfants = الأطفال
category-sante-sexuelle = الصحة الجنسية
category-auteurs = مرتكبو العنف
role-victim = الشخص المعني بالأمر
role-relative = أحد الأقارب أو المقربين
role-professional = مهني أو مهنية
role-perpetrator = شخص يريد التوقف عن العنف
question-in_danger_now = هل أنت في خطر الآن؟
question-can_speak_safely = هل يمكنك التحدث دون خطر أن يسمعك أحد؟
question-children = هل يوجد أطفال في البيت؟
question-sexual_violence = هل هناك عنف جنسي؟
question-needs_shelter_tonight = هل أنت بحاجة إلى مكان للنوم هذه الليلة؟
question-wants_to_report = هل لديك رغبة في تقديم شكوى؟
question-heavy_signals = تهديدات بالقتل، خنق، سلاح، انفصال حديث، أو عنف يزداد خطورة؟
access-telephone = عبر الهاتف
access-sms = عبر الرسائل النصية
access-en-ligne = عبر الإنترنت
access-sur-place = دون موعد
access-rendez-vous = بموعد مسبق
access-permanence = في أوقات الاستقبال (permanences)
audience-tous = الجميع
audience-femmes = النساء
audience-hommes = الرجال
audience-jeunes = الشباب
audience-enfants = الأطفال
audience-lgbt = أشخاص مجتمع الميم (LGBT+)
audience-proches = الأقارب والمقربون
audience-professionnels = المهنيون
audience-auteurs = مرتكبو العنف
