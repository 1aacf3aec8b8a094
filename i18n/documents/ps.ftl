# Pashto (ps, as used in Afghanistan) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang ps`), besides
# the widget's vocabulary (../ps.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = ځایونه
remote-heading = له لرې (تلیفون، SMS، انټرنېټ)
pathway-heading = راتلونکي ګامونه — { $time }
pathway-heading-at = په { $place } کې راتلونکي ګامونه — { $time }
routes-heading = چا ته زنګ ووهئ — { $territory } ({ $id })
# A Paris day and time: weekday (full name, 1 = Monday … 7 = Sunday), date (day/month) and time.
# Weekday names: the ones common in Afghanistan (دوشنبه … یکشنبه), as in data/manche/i18n/ps.json,
# rather than CLDR's دونۍ … یونۍ (اونۍ, Saturday, also means "week").
datetime = { $weekday ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] شنبه
   *[7] یکشنبه
} { $date } { $time }

## The printed leaflet (maillage leaflet)

leaflet-title = تاوتریخوالی: څوک ستاسو سره مرسته کولی شي — { $place }
leaflet-title-pro = { $notice } — تاوتریخوالی: څوک ستاسو سره مرسته کولی شي — { $place }
leaflet-heading = د ژوند ملګري له خوا تاوتریخوالی، کورنی او جنسي تاوتریخوالی: څوک ستاسو سره مرسته کولی شي
leaflet-pro-notice = یوازې د مسلکي کسانو لپاره — په دېوال یې مه ځړوئ او خلکو ته یې مه ورکوئ
# Two lines of one sentence: "Sample data — the technical committee of the departmental protocol" /
# "must check this information before any distribution."
leaflet-sample = نمونه‌يي معلومات — د ولایتي پروتوکول (protocole départemental) تخنیکي کمېټه
leaflet-sample-more = باید دا معلومات له هر ډول خپرولو مخکې وګوري.
leaflet-national = د اورېدلو او مرستې ملي کرښې
leaflet-safety = ستاسو خوندیتوب
leaflet-safety-text = زنګونه او SMS پیغامونه د تلیفون په لړلیک کې پاتې کېږي، او کتل شوې وېبپاڼې د براوزر په تاریخچه کې: که څوک یې لیدلی شي، پاک یې کړئ. دا پاڼه په یوه خوندي ځای کې وساتئ.
# "Their safety": the safety of the person the professional is helping.
leaflet-safety-pro = د هغه کس خوندیتوب
leaflet-safety-pro-text = زنګونه او SMS پیغامونه د تلیفون په لړلیک کې پاتې کېږي، او کتل شوې وېبپاڼې د براوزر په تاریخچه کې: دا هغه کس ته ووایاست، چې که څوک یې لیدلی شي، پاک یې کړي.
leaflet-qr = ټولې تازه پتې او وختونه:
leaflet-checked-on = معلومات په { $date } وکتل شول.
leaflet-checked-between = معلومات د { $from } او { $to } ترمنځ وکتل شول.
leaflet-call-first = مخکې له دې چې ورشئ، که کولی شئ لومړی زنګ ووهئ: وختونه بدلېږي.
leaflet-sources = سرچینې: { $sources }. په لارښود کې هره پاڼه خپله عامه سرچینه ښيي.
leaflet-local = ستاسو نږدې، ګام په ګام
leaflet-remote = له لرې: { $numbers }
leaflet-none = دلته د دې ګام لپاره هېڅ ځای نه دی ثبت شوی: پورته ملي کرښو ته زنګ ووهئ.
leaflet-see = «{ $step }» وګورئ
leaflet-by-sms = (د SMS له لارې)
leaflet-pro-only = یوازې د مسلکي کسانو لپاره
leaflet-confidential = { $commune } (پټه پته، له زنګ وهلو وروسته ورتلای شئ)
leaflet-phone = تلیفون
leaflet-sms = SMS
leaflet-email = بریښنالیک
leaflet-web = وېبپاڼه
leaflet-free = وړیا
leaflet-anonymous = بې نومه
leaflet-to-verify = باید وکتل شي
leaflet-hours-unknown = وختونه: پوښتنه وکړئ
# A date: the day, the month's name (message `month`), the year: "1 دسمبر 2026".
leaflet-date = { $day } { $month } { $year }

## Opening hours in words ("له دوشنبه تر جمعه پورې، له 9:00 تر 12:00 پورې؛ د رسمي رخصتیو په ورځو کې تړلی دی")

# A month's name, 1 = January … 12 = December: Gregorian months as named in Afghanistan (Intl/CLDR
# ps with the Gregorian calendar), not the Solar Hijri months (وری، غویی…).
month = { $month ->
    [1] جنوري
    [2] فبروري
    [3] مارچ
    [4] اپریل
    [5] مۍ
    [6] جون
    [7] جولای
    [8] اګست
    [9] سپتمبر
    [10] اکتوبر
    [11] نومبر
   *[12] دسمبر
}
# A day's name, 1 = Monday … 7 = Sunday: the names common in Afghanistan, as in `datetime`. They
# are inserted as they are (direct case) after له / تر, where careful Pashto writes دوشنبې, جمعې.
weekday = { $weekday ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] شنبه
   *[7] یکشنبه
}
hours-always = د شپې او ورځې 24 ساعته، د اونۍ 7 ورځې
hours-open = پرانیستی
hours-all-day = ټوله ورځ
hours-when-all-day = { $when }، ټوله ورځ
hours-when-times = { $when }، { $times }
hours-closed = تړلی
# Verb last, as Pashto puts it: "د رسمي رخصتیو په ورځو کې تړلی دی".
hours-closed-when = { $when } تړلی دی
hours-unknown = وختونه لا تایید شوي نه دي
hours-scoped = { $scope }: { $what }
hours-comment = { $rule } ({ $comment })
# Two rules in a row, a rule that adds, an "otherwise" rule.
hours-then = { $first }؛ { $next }
hours-also = { $first }، { $next }
hours-else = { $first }؛ په بل صورت کې، { $next }
# Two items of a list but the last ("Monday, Wednesday").
hours-list = { $first }، { $next }
# The last item of a list ("هره دوشنبه، هره چهارشنبه او هره جمعه").
hours-and = { $first } او { $last }
hours-holidays = د رسمي رخصتیو په ورځو کې
# "هره دوشنبه" (every Monday): keeps the day's name in the direct case.
hours-day = هره { $day }
hours-every-day = هره ورځ
# Saturday and Sunday, said explicitly: in Afghanistan the weekly day off is Friday.
hours-weekend = هره شنبه او یکشنبه
hours-two-days = هره { $first } او { $second }
hours-days = له { $from } تر { $to } پورې
# A day of the month: "1 دسمبر", "14 جولای" ($month: the month's name).
hours-day-of-month = { $day } { $month }
hours-date = په { $date }
hours-dates = له { $from } تر { $to } پورې
hours-in-month = د { $month } په میاشت کې
hours-months = له { $from } تر { $to } پورې
# A time: $h (0–23), $m (0–59), $mm (the minutes on two digits). 24-hour clock, as on French
# signs: "9:00", "12:00", "16:30". Midnight in words, in the oblique case (نیمې شپې) because a
# time always follows له / تر (hours-times).
hours-clock = { $m ->
    [0] { $h ->
        [0] نیمې شپې
       *[other] { $h }:00
    }
   *[other] { $h }:{ $mm }
}
hours-times = له { $from } تر { $to } پورې
