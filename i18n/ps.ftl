# maillage — what the <maillage-finder> widget says, in Pashto (پښتو, as used in Afghanistan).
# Machine-produced draft translated from fr.ftl: awaiting review by a native speaker.
#
# Format: Fluent (https://projectfluent.org/). Same identifiers and variables as fr.ftl (the
# source); a test checks it. Right to left; numbers use Western digits (0-9). Phone numbers are
# variables: the widget isolates them so that they stay left to right. Pashto plural
# categories: one, other. The polite plural "تاسو" is used throughout.

## وېجټ

title = د تاوتریخوالي پر وړاندې مرسته ومومئ
language-label = ژبه
language-unavailable = { $language }: دا ژبه بار نه شوه.
emergency = که په خطر کې یاست: { $police } یا { $europe } ته زنګ ووهئ · { $sms } ته SMS ولېږئ · د شپې او ورځې 24 ساعته د اورېدلو کرښه: { $line }
call-police = { $number } ته زنګ ووهئ (پولیس)
call = { $number } ته زنګ ووهئ
sms = { $number } ته SMS ولېږئ
email = { $address } ته بریښنالیک ولیکئ
website = وېبپاڼه ({ $host })
exit = وتل
exit-long = له دې وېبپاڼې ژر ووځئ
exit-hint = یا د Shift تڼۍ 3 ځله کېکاږئ.
exit-remaining = { $n ->
    [one] د وتلو لپاره د Shift تڼۍ { $n } ځل نور هم کېکاږئ.
   *[other] د وتلو لپاره د Shift تڼۍ { $n } ځله نور هم کېکاږئ.
}
safety-title = په خوندي ډول انټرنېټ کارول
safety = د «وتل» تڼۍ بله پاڼه ښيي، خو د براوزر تاریخچه نه پاکوي. خصوصي کړکۍ (private window) وکاروئ، او له کتلو وروسته تاریخچه پاکه کړئ. زنګونه او SMS پیغامونه د تلیفون په لړلیک کې ښکاري.
threat-model = دا خدمت څه ساتي، او محدودیتونه یې (په انګلیسي)
sample = نمونه معلومات: ځايي اړیکې له عامه سرچینو اخیستل شوې او لا باید وکتل شي.
footer = { $name } — سرچینې: { $sources }
refused = لارښود رد شو: له هغې نښې (fingerprint) سره سمون نه خوري چې دا وېبپاڼه یې تمه لري، یا اړیکه ونه شوه.
load-error = دا خدمت دلته نه شي ښودل کېدای. که په خطر کې یاست، { $police } یا { $europe } ته زنګ ووهئ، { $sms } ته SMS ولېږئ. د شپې او ورځې 24 ساعته د اورېدلو کرښه: { $line }. ماشومان په خطر کې: { $children }.
outside = دا ځای د دې لارښود له سیمې بهر دی.

## د ځای لټول

place-label = ستاسو ښار، کلی یا پوستي کوډ
place-hint = لږ تر لږه 2 توري ولیکئ، بیا له لیست څخه وټاکئ.
around-me = زما شاوخوا
around-me-note = ستاسو موقعیت په همدې وسیله کې پاتې کېږي.
geo-error = موقعیت نه شي موندل کېدای. د خپل ښار یا کلي نوم ولیکئ.
no-place = هېڅ ښار یا کلی ونه موندل شو.
suggestions = { $n ->
    [one] { $n } وړاندیز. د ټاکلو لپاره پورته او ښکته غشي وکاروئ.
   *[other] { $n } وړاندیزونه. د ټاکلو لپاره پورته او ښکته غشي وکاروئ.
}
category-label = د مرستې ډول
all-categories = ټول
speaks-my-language = یوازې هغه خدمتونه چې زما په ژبه خبرې کوي

## پایلې

count-near = { $where } ته نږدې { $places ->
    [one] { $places } ځای
   *[other] { $places } ځایونه
}، او د تلیفون یا انټرنېټ له لارې { $remote ->
    [one] { $remote } اړیکه
   *[other] { $remote } اړیکې
}.
count-here = ستاسو موقعیت ته نږدې { $places ->
    [one] { $places } ځای
   *[other] { $places } ځایونه
}، او د تلیفون یا انټرنېټ له لارې { $remote ->
    [one] { $remote } اړیکه
   *[other] { $remote } اړیکې
}.
now-title = همدا اوس څه وکړئ
now-intro = د هر چا لپاره لومړني ګامونه. څو اختیاري پوښتنې یې ستاسو حالت ته برابروي.
places-near = { $where } ته نږدې ځایونه
places-here = ستاسو موقعیت شاوخوا ځایونه
more-places = { $n ->
    [one] { $n } بل ځای وګورئ
   *[other] { $n } نور ځایونه وګورئ
}
remote-count = د تلیفون، SMS یا انټرنېټ له لارې کرښې ({ $n })
map-summary = ځایونه په نقشه کې وګورئ
map-title = نقشه: { $where } او نږدې ځایونه
legend-here = تاسو دلته یاست
legend-place = یو ځای (یو عدد: په یوه ځای کې څو ځایونه)
print = د خپلې سیمې معلوماتي پاڼه چاپ کړئ

## یوه پاڼه

state-open = پرانیستی
state-open-always = د شپې او ورځې 24 ساعته پرانیستی
state-closed = تړلی
state-unknown = وختونه باید وکتل شي
hours = وختونه: { $hours }
until = { $state } تر { $time } پورې
opens-at = { $state } — په { $time } پرانیستل کېږي
closes-at = { $state } — په { $time } تړل کېږي
uncertain-from = { $state } — له { $time } وروسته وختونه معلوم نه دي
distance = { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } کیلومتره لرې
in-commune = د { $commune } په سیمه کې
about = نږدې { NUMBER($km, maximumFractionDigits: 0) } کیلومتره لرې
step-free = پرته له زینو ننوتل
free = وړیا
anonymous = بې نومه
confidential = پټه پته
professionals-only = (یوازې د مسلکي کسانو لپاره)
checked = په { $date } وکتل شو
to-verify = باید وکتل شي
summary-kind = مرسته: { $kinds }
summary-reach = اړیکه: { $ways }
summary-languages = ژبې: { $languages }

## ګامونه

questions-title = راتلونکي ګامونه کوم دي؟
questions-intro = د ګامونو د ترتیب لپاره څو اختیاري پوښتنې. ستاسو ځوابونه نه ساتل کېږي او نه چېرته لېږل کېږي.
refine = ګامونه زما حالت ته برابر کړئ (اختیاري)
yes = هو
no = نه
skip = نه پوهېږم
role = تاسو څوک یاست؟
show-steps = ګامونه وګورئ
steps-title = ستاسو راتلونکي ګامونه
steps-count = { $n ->
    [one] { $n } ګام وړاندیز شوی.
   *[other] { $n } ګامونه وړاندیز شوي.
}
why = ولې: { $reasons }
lead = مخکښ همکار: { $partner }
lead-in = مخکښ همکار: { $partner } ({ $territory })

## مسلکي کسان

pro-title = په یوه سیمه کې چا ته زنګ ووهل شي
territory-label = سیمه
show-routes = وګورئ
routes-count = { $n ->
    [one] { $n } ګام.
   *[other] { $n } ګامونه.
}
pro-open-title = د مسلکي کسانو لارښود
pass-label = د شبکې پټه جمله
pass-hint = د Département (ولایت) د همغږۍ له خوا درکول کېږي. نه ساتل کېږي او نه لېږل کېږي: لارښود په همدې وسیله کې پرانیستل کېږي.
pass-open = پرانیستل
opening = د مسلکي کسانو لارښود پرانیستل کېږي…
wrong-pass = پټه جمله سمه نه ده. هغه وګورئ او بیا هڅه وکړئ.
pro-load-error = د مسلکي کسانو لارښود دلته نه شي پرانیستل کېدای.

## ولې دا ځای (د انجن کوډونه)

reason-category = مرسته: { $category }
reason-language = په دې ژبه خبرې کوي: { $language }
reason-serves-country = د ټولې فرانسې لپاره
reason-serves-territory = د دې سیمې لپاره: { $territory }
reason-national-line = ملي کرښه
reason-step-line = د دې ګام ملي کرښه
reason-written = په لیکلي ډول: تاسو پرته له خطره خبرې نه شئ کولی
step-reason-for-everyone = د هر چا لپاره ګټور
step-reason-answer = تاسو «{ $question }» ته «{ $answer ->
    [yes] هو
   *[no] نه
}» ځواب ورکړ
step-reason-urgent = لومړی: تاسو «{ $question }» ته «{ $answer ->
    [yes] هو
   *[no] نه
}» ځواب ورکړ
step-reason-written-first = لومړی لیکلې اړیکې: تاسو پرته له خطره خبرې نه شئ کولی

## د لارښود لغتونه

category-urgence = بېړنی حالت
category-ecoute = اورېدل او لارښوونه
category-hebergement = خوندي ځای او استوګنه
category-soins = درملنه او د ټپونو طبي ثبت
category-plainte = شکایت او راپور
category-juridique = حقوقي معلومات
category-protection = د محکمې له لارې ساتنه
category-social = ټولنیز ملاتړ
category-psy = رواني ملاتړ
category-enfants = ماشومان
category-sante-sexuelle = جنسي روغتیا
category-auteurs = د تاوتریخوالي عاملین
role-victim = اړوند کس (هغه څوک چې دا ورسره کېږي)
role-relative = یو خپلوان یا نږدې کس
role-professional = یو مسلکي کس
role-perpetrator = هغه څوک چې غواړي نور تاوتریخوالی ونه کړي
question-in_danger_now = ایا تاسو همدا اوس په خطر کې یاست؟
question-can_speak_safely = ایا داسې خبرې کولی شئ چې بل څوک یې وا نه وري؟
question-children = ایا په کور کې ماشومان شته؟
question-sexual_violence = ایا جنسي تاوتریخوالی شته؟
question-needs_shelter_tonight = ایا نن شپه د خوب لپاره ځای ته اړتیا لرئ؟
question-wants_to_report = ایا غواړئ شکایت وکړئ؟
question-heavy_signals = د وژلو ګواښونه، د ستوني زبېښل، وسله، وروستی جلا کېدل، یا داسې تاوتریخوالی چې ورځ تر بلې زیاتېږي؟
access-telephone = د تلیفون له لارې
access-sms = د SMS له لارې
access-en-ligne = آنلاین
access-sur-place = پرته له مخکې وخت اخیستلو
access-rendez-vous = د مخکې اخیستل شوي وخت سره
access-permanence = په ټاکلو ورځو او ساعتونو کې
audience-tous = ټول خلک
audience-femmes = ښځې
audience-hommes = نارینه
audience-jeunes = ځوانان
audience-enfants = ماشومان
audience-lgbt = LGBT+ کسان
audience-proches = خپلوان او نږدې کسان
audience-professionnels = مسلکي کسان
audience-auteurs = د تاوتریخوالي عاملین
