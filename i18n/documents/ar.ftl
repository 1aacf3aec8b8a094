# Arabic (ar, Modern Standard Arabic) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang ar`), besides
# the widget's vocabulary (../ar.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = الأماكن
remote-heading = عن بُعد (الهاتف، الرسائل النصية، الإنترنت)
pathway-heading = الخطوات التالية — { $time }
pathway-heading-at = الخطوات التالية في { $place } — { $time }
routes-heading = بمن يمكن الاتصال — { $territory } ({ $id })
# A Paris day and time: weekday (full name, 1 = Monday … 7 = Sunday), date (day/month) and time.
datetime = { $weekday ->
    [1] الاثنين
    [2] الثلاثاء
    [3] الأربعاء
    [4] الخميس
    [5] الجمعة
    [6] السبت
   *[7] الأحد
}، { $date } { $time }

## The printed leaflet (maillage leaflet)

leaflet-title = العنف: من يمكنه مساعدتك — { $place }
leaflet-title-pro = { $notice } — العنف: من يمكنه مساعدتك — { $place }
leaflet-heading = العنف الزوجي والأسري والجنسي: من يمكنه مساعدتك
leaflet-pro-notice = وثيقة مخصّصة للمهنيين فقط — لا تُعلَّق ولا تُسلَّم للجمهور
# Two lines of one sentence: "Sample data — to be checked by the technical committee" / "of the
# departmental protocol before any distribution."
leaflet-sample = بيانات تجريبية — يجب أن تتحقق منها اللجنة التقنية
leaflet-sample-more = لبروتوكول المقاطعة (protocole départemental) قبل أي توزيع.
leaflet-national = الخطوط الوطنية للاستماع والمساعدة
leaflet-safety = سلامتك
leaflet-safety-text = تبقى المكالمات والرسائل النصية (SMS) في سجل الهاتف، والمواقع التي تمت زيارتها في سجل المتصفح: من المهم حذفها إذا كان أحدٌ قد يراها. من الأفضل الاحتفاظ بهذه الوثيقة في مكان آمن.
# "Their safety": the safety of the person the professional is helping.
leaflet-safety-pro = سلامة الشخص
leaflet-safety-pro-text = تبقى المكالمات والرسائل النصية (SMS) في سجل الهاتف، والمواقع التي تمت زيارتها في سجل المتصفح: من المهم إخبار الشخص بذلك لكي يحذفها إذا كان أحدٌ قد يراها.
leaflet-qr = جميع العناوين والمواعيد المحدَّثة:
leaflet-checked-on = تم التحقق من المعلومات في { $date }.
leaflet-checked-between = تم التحقق من المعلومات بين { $from } و{ $to }.
leaflet-call-first = قبل التوجّه إلى أي مكان، يُستحسن الاتصال أولًا إن أمكن: المواعيد قد تتغيّر.
leaflet-sources = المصادر: { $sources }. كل بطاقة في الدليل تذكر مصدرها العلني.
leaflet-local = بالقرب منك، خطوة بخطوة
leaflet-remote = عن بُعد: { $numbers }
leaflet-none = لا يوجد هنا مكان مُدرَج لهذه الخطوة: يمكنك الاتصال بالخطوط الوطنية المذكورة أعلاه.
leaflet-see = انظر «{ $step }»
leaflet-by-sms = (عبر الرسائل النصية SMS)
leaflet-pro-only = للمهنيين فقط
leaflet-confidential = { $commune } (عنوان سري، الاستقبال بعد اتصال هاتفي)
leaflet-phone = الهاتف
leaflet-sms = SMS
leaflet-email = البريد الإلكتروني
leaflet-web = الموقع الإلكتروني
leaflet-free = مجاني
leaflet-anonymous = دون الكشف عن الهوية
leaflet-to-verify = يجب التحقق
leaflet-hours-unknown = المواعيد: يُرجى الاستفسار
# A date: the day, the month's name (message `month`), the year: "1 ديسمبر 2026".
leaflet-date = { $day } { $month } { $year }

## Opening hours in words ("من الاثنين إلى الجمعة، من 9:00 إلى 12:00 ظهرًا؛ مغلق أيام العطل الرسمية")

# A month's name, 1 = January … 12 = December (the names of Intl/CLDR `ar`, as in the widget;
# Maghreb readers also say جانفي/جويلية… or يوليوز/غشت…).
month = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
# A day's name, 1 = Monday … 7 = Sunday.
weekday = { $weekday ->
    [1] الاثنين
    [2] الثلاثاء
    [3] الأربعاء
    [4] الخميس
    [5] الجمعة
    [6] السبت
   *[7] الأحد
}
hours-always = على مدار 24 ساعة، 7 أيام في الأسبوع
hours-open = مفتوح
hours-all-day = طوال اليوم
hours-when-all-day = { $when }، طوال اليوم
hours-when-times = { $when }، { $times }
hours-closed = مغلق
hours-closed-when = مغلق { $when }
hours-unknown = المواعيد غير مؤكدة بعد
hours-scoped = { $scope }: { $what }
hours-comment = { $rule } ({ $comment })
# Two rules in a row, a rule that adds, an "otherwise" rule.
hours-then = { $first }؛ { $next }
hours-also = { $first }، { $next }
hours-else = { $first }؛ وفي غير ذلك، { $next }
# Two items of a list but the last ("Monday, Wednesday").
hours-list = { $first }، { $next }
# The last item of a list ("يوم الاثنين، يوم الأربعاء ويوم الجمعة"): و is written joined to the word.
hours-and = { $first } و{ $last }
hours-holidays = أيام العطل الرسمية
hours-day = يوم { $day }
hours-every-day = كل يوم
# Saturday and Sunday, said explicitly: for many Arabic readers the weekend is Friday and Saturday.
hours-weekend = يومي السبت والأحد
hours-two-days = يومي { $first } و{ $second }
hours-days = من { $from } إلى { $to }
# A day of the month: "1 ديسمبر", "14 يوليو" ($month: the month's name).
hours-day-of-month = { $day } { $month }
hours-date = في { $date }
hours-dates = من { $from } إلى { $to }
hours-in-month = في شهر { $month }
hours-months = من { $from } إلى { $to }
# A time: $h (0–23), $m (0–59), $mm (the minutes on two digits). 24-hour clock, as on French
# signs: "9:00", "16:30"; "12:00 ظهرًا" (noon), "منتصف الليل" (midnight).
hours-clock = { $m ->
    [0] { $h ->
        [0] منتصف الليل
        [12] 12:00 ظهرًا
       *[other] { $h }:00
    }
   *[other] { $h }:{ $mm }
}
hours-times = من { $from } إلى { $to }
