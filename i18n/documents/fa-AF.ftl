# Dari (fa-AF, Afghan Persian) — machine-produced draft, awaiting review by a native speaker.
# maillage — what the command line says (`maillage nearest|pathway|routes --lang fa-AF`), besides
# the widget's vocabulary (../fa-AF.ftl, whose shared messages it uses: categories, reasons,
# opening states, distances). Same identifiers and variables in every language.

places-heading = مکان‌ها
remote-heading = از راه دور (تیلفون، پیام کوتاه، انترنت)
pathway-heading = قدم‌های بعدی — { $time }
pathway-heading-at = قدم‌های بعدی در { $place } — { $time }
routes-heading = به چه کسی زنگ بزنیم — { $territory } ({ $id })
# A Paris day and time: weekday (full name, 1 = Monday … 7 = Sunday), date (day/month) and time.
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

leaflet-title = خشونت: چه کسی می‌تواند به شما کمک کند — { $place }
leaflet-title-pro = { $notice } — خشونت: چه کسی می‌تواند به شما کمک کند — { $place }
leaflet-heading = خشونت در رابطهٔ زناشویی، خشونت خانوادگی و خشونت جنسی: چه کسی می‌تواند به شما کمک کند
leaflet-pro-notice = این ورقه فقط برای افراد مسلکی است — آن را به دیوار نصب نکنید و به مراجعین ندهید
# Two lines of one sentence: "Sample data — the technical committee of the departmental protocol" /
# "must check this information before any distribution."
leaflet-sample = معلومات نمونه — کمیتهٔ تخنیکی پروتوکول ولایتی (protocole départemental)
leaflet-sample-more = باید این معلومات را پیش از هر گونه پخش بررسی کند.
leaflet-national = خط‌های ملی کمک و مشوره
leaflet-safety = امنیت شما
leaflet-safety-text = تماس‌ها و پیام‌های کوتاه (SMS) در فهرست تماس‌های تیلفون باقی می‌مانند و سایت‌هایی که باز کرده‌اید در تاریخچهٔ براوزر: اگر کسی ممکن است آن‌ها را ببیند، پاک‌شان کنید. این ورقه را در جای امن نگه دارید.
# "Their safety": the safety of the person the professional is helping.
leaflet-safety-pro = امنیت آن شخص
leaflet-safety-pro-text = تماس‌ها و پیام‌های کوتاه (SMS) در فهرست تماس‌های تیلفون باقی می‌مانند و سایت‌هایی که باز شده‌اند در تاریخچهٔ براوزر: این را به آن شخص بگویید تا اگر کسی ممکن است آن‌ها را ببیند، پاک‌شان کند.
leaflet-qr = همهٔ آدرس‌ها و ساعات کاری به‌روز:
leaflet-checked-on = معلومات به تاریخ { $date } بررسی شده است.
leaflet-checked-between = معلومات بین { $from } و { $to } بررسی شده است.
leaflet-call-first = پیش از رفتن، اگر می‌توانید اول زنگ بزنید: ساعات کاری تغییر می‌کند.
leaflet-sources = منابع: { $sources }. هر مورد در فهرست خدمات، منبع عمومی خود را ذکر می‌کند.
leaflet-local = نزدیک شما، قدم به قدم
leaflet-remote = از راه دور: { $numbers }
leaflet-none = برای این قدم در اینجا هیچ مکانی ثبت نشده است: به خط‌های ملی بالا زنگ بزنید.
leaflet-see = «{ $step }» را ببینید
leaflet-by-sms = (از طریق پیام کوتاه)
leaflet-pro-only = فقط برای افراد مسلکی
leaflet-confidential = { $commune } (آدرس محرمانه، پذیرش بعد از تماس تیلفونی)
leaflet-phone = تیلفون
leaflet-sms = SMS
leaflet-email = ایمیل
leaflet-web = ویب‌سایت
leaflet-free = رایگان
leaflet-anonymous = بدون ذکر نام
leaflet-to-verify = باید بررسی شود
leaflet-hours-unknown = ساعات کاری: لطفاً معلومات بگیرید
# A date: the day, the month's name (message `month`), the year: "1 دسمبر 2026".
leaflet-date = { $day } { $month } { $year }

## Opening hours in words ("از دوشنبه تا جمعه، از 9:00 تا 12:00؛ روزهای رخصتی رسمی بسته است")

# A month's name, 1 = January … 12 = December: Gregorian months as named in Afghanistan (Intl/CLDR
# fa-AF with the Gregorian calendar), not the Solar Hijri months (حمل، ثور…).
month = { $month ->
    [1] جنوری
    [2] فبروری
    [3] مارچ
    [4] اپریل
    [5] می
    [6] جون
    [7] جولای
    [8] اگست
    [9] سپتمبر
    [10] اکتوبر
    [11] نومبر
   *[12] دسمبر
}
# A day's name, 1 = Monday … 7 = Sunday.
weekday = { $weekday ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] شنبه
   *[7] یکشنبه
}
hours-always = 24 ساعته، 7 روز هفته
hours-open = باز
hours-all-day = تمام روز
hours-when-all-day = { $when }، تمام روز
hours-when-times = { $when }، { $times }
hours-closed = بسته
# Verb last, as Dari puts it: "روزهای رخصتی رسمی بسته است".
hours-closed-when = { $when } بسته است
hours-unknown = ساعات کاری باید تأیید شود
hours-scoped = { $scope }: { $what }
hours-comment = { $rule } ({ $comment })
# Two rules in a row, a rule that adds, an "otherwise" rule.
hours-then = { $first }؛ { $next }
hours-also = { $first }، { $next }
hours-else = { $first }؛ در غیر آن، { $next }
# Two items of a list but the last ("Monday, Wednesday").
hours-list = { $first }، { $next }
# The last item of a list ("روزهای دوشنبه، روزهای چهارشنبه و روزهای جمعه").
hours-and = { $first } و { $last }
hours-holidays = روزهای رخصتی رسمی
hours-day = روزهای { $day }
hours-every-day = هر روز
# Saturday and Sunday, said explicitly: in Afghanistan the weekly day off is Friday.
hours-weekend = روزهای شنبه و یکشنبه
hours-two-days = روزهای { $first } و { $second }
hours-days = از { $from } تا { $to }
# A day of the month: "1 دسمبر", "14 جولای" ($month: the month's name).
hours-day-of-month = { $day } { $month }
hours-date = به تاریخ { $date }
hours-dates = از { $from } تا { $to }
hours-in-month = در ماه { $month }
hours-months = از { $from } تا { $to }
# A time: $h (0–23), $m (0–59), $mm (the minutes on two digits). 24-hour clock, as on French
# signs: "9:00", "12:00", "16:30"; midnight in words (نیمه‌شب).
hours-clock = { $m ->
    [0] { $h ->
        [0] نیمه‌شب
       *[other] { $h }:00
    }
   *[other] { $h }:{ $mm }
}
hours-times = از { $from } تا { $to }
