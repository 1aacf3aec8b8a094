# maillage — what the <maillage-finder> widget says, in Dari (Afghan Persian, fa-AF).
# MACHINE-PRODUCED DRAFT, translated from fr.ftl: it awaits review by a native speaker before use.
#
# Format: Fluent (https://projectfluent.org/). Same identifiers and variables as fr.ftl (the
# source); a test checks it. Phone numbers are variables: they stay left-to-right.
# Plural categories (CLDR, Persian): one, other. Afghan (Dari) vocabulary is used where it differs
# from Iranian Persian (تیلفون، پولیس، شفاخانه، داکتر، محکمه، سارنوال، اطفال، معلومات، رهنمایی).

## ویجت

title = دریافت کمک در برابر خشونت
language-label = زبان
language-unavailable = { $language }: این زبان بارگذاری نشد.
emergency = در صورت خطر: به { $police } یا { $europe } زنگ بزنید · پیام کوتاه به { $sms } · خط کمک و مشورهٔ شبانه‌روزی: { $line }
call-police = تماس با { $number } (پولیس)
call = تماس با { $number }
sms = پیام کوتاه به { $number }
email = ایمیل به { $address }
website = ویب‌سایت ({ $host })
exit = خروج
exit-long = خروج سریع از این ویب‌سایت
exit-hint = یا کلید Shift (Maj) را 3 بار فشار دهید.
exit-remaining = { $n ->
    [one] برای خروج، { $n } بار دیگر کلید Shift را فشار دهید.
   *[other] برای خروج، { $n } بار دیگر کلید Shift را فشار دهید.
}
safety-title = استفادهٔ امن از انترنت
safety = دکمهٔ «خروج» یک صفحهٔ دیگر را نشان می‌دهد، اما تاریخچهٔ براوزر را پاک نمی‌کند. از پنجرهٔ خصوصی (private) براوزر استفاده کنید و بعد از بازدید، تاریخچه را پاک کنید. تماس‌ها و پیام‌های کوتاه در فهرست تماس‌های تیلفون دیده می‌شوند.
threat-model = این خدمت از چه چیزهایی محافظت می‌کند و محدودیت‌های آن (به زبان انگلیسی)
sample = معلومات نمونه: تماس‌های محلی از منابع عمومی گرفته شده‌اند و هنوز باید بررسی شوند.
footer = { $name } — منابع: { $sources }
refused = فهرست خدمات رد شد: با نشانهٔ دیجیتالی که این سایت انتظار دارد مطابقت ندارد، یا اتصال ناکام شد.
load-error = این خدمت اینجا نمایش داده نمی‌شود. در صورت خطر، به { $police } یا { $europe } زنگ بزنید، یا به { $sms } پیام کوتاه بفرستید. خط کمک و مشورهٔ شبانه‌روزی: { $line }. اطفال در خطر: { $children }.
outside = این نقطه بیرون از ساحه‌ای است که این فهرست پوشش می‌دهد.

## جستجوی یک محل

place-label = شهر یا قریهٔ شما (commune) یا کود پستی
place-hint = دست‌کم 2 حرف بنویسید، بعد از فهرست انتخاب کنید.
around-me = در اطراف من
around-me-note = موقعیت شما روی همین دستگاه باقی می‌ماند.
geo-error = موقعیت در دسترس نیست. نام شهر یا قریهٔ خود را بنویسید.
no-place = هیچ محلی پیدا نشد.
suggestions = { $n ->
    [one] { $n } پیشنهاد. برای انتخاب، از کلیدهای جهت‌نمای بالا و پایین استفاده کنید.
   *[other] { $n } پیشنهاد. برای انتخاب، از کلیدهای جهت‌نمای بالا و پایین استفاده کنید.
}
category-label = نوع کمک
all-categories = همه
speaks-my-language = فقط خدماتی که به زبان من صحبت می‌کنند

## نتیجه‌ها

count-near = { $places ->
    [one] { $places } مکان
   *[other] { $places } مکان
} در نزدیکی { $where }، { $remote ->
    [one] { $remote } راه تماس
   *[other] { $remote } راه تماس
} از طریق تیلفون یا انترنت.
count-here = { $places ->
    [one] { $places } مکان
   *[other] { $places } مکان
} در نزدیکی موقعیت شما، { $remote ->
    [one] { $remote } راه تماس
   *[other] { $remote } راه تماس
} از طریق تیلفون یا انترنت.
now-title = کارهایی که همین حالا می‌توانید انجام دهید
now-intro = نخستین قدم‌ها، برای همه. چند سؤال اختیاری آن‌ها را با وضعیت شما تطبیق می‌دهد.
places-near = مکان‌ها در نزدیکی { $where }
places-here = مکان‌ها در اطراف موقعیت شما
more-places = { $n ->
    [one] نمایش { $n } مکان دیگر
   *[other] نمایش { $n } مکان دیگر
}
remote-count = خطوط تیلفونی، پیام کوتاه یا انترنتی ({ $n })
map-summary = دیدن مکان‌ها روی نقشه
map-title = نقشه: { $where } و مکان‌های نزدیک
legend-here = شما اینجا هستید
legend-place = یک مکان (یک عدد: چند مکان در یک جا)
print = چاپ ورقهٔ معلومات منطقهٔ من

## کارت یک مکان

state-open = باز
state-open-always = شبانه‌روزی باز
state-closed = بسته
state-unknown = ساعات کاری باید بررسی شود
hours = ساعات کاری: { $hours }
until = { $state } تا { $time }
opens-at = { $state } — باز می‌شود: { $time }
closes-at = { $state } — بسته می‌شود: { $time }
uncertain-from = { $state } — ساعات کاری از { $time } به بعد معلوم نیست
distance = به فاصلهٔ { NUMBER($km, minimumFractionDigits: 1, maximumFractionDigits: 1) } کیلومتر
in-commune = در ناحیهٔ { $commune }
about = به فاصلهٔ تقریباً { NUMBER($km, maximumFractionDigits: 0) } کیلومتر
step-free = ورودی بدون زینه
free = رایگان
anonymous = بدون ذکر نام
confidential = آدرس محرمانه
professionals-only = (فقط برای افراد مسلکی)
checked = بررسی شده در { $date }
to-verify = باید بررسی شود
summary-kind = کمک: { $kinds }
summary-reach = راه‌های تماس: { $ways }
summary-languages = زبان‌ها: { $languages }

## قدم‌ها

questions-title = قدم‌های بعدی چیست؟
questions-intro = چند سؤال اختیاری برای ترتیب دادن قدم‌ها. جواب‌های شما نه ذخیره می‌شوند و نه فرستاده می‌شوند.
refine = تطبیق قدم‌ها با وضعیت من (اختیاری)
yes = بلی
no = نخیر
skip = نمی‌دانم
role = شما کی هستید؟
show-steps = دیدن قدم‌ها
steps-title = قدم‌های بعدی شما
steps-count = { $n ->
    [one] { $n } قدم پیشنهاد شده است.
   *[other] { $n } قدم پیشنهاد شده است.
}
why = دلیل: { $reasons }
lead = مسئول اصلی: { $partner }
lead-in = مسئول اصلی: { $partner } ({ $territory })

## افراد مسلکی

pro-title = در یک منطقه به چه کسی زنگ بزنیم
territory-label = منطقه
show-routes = نمایش
routes-count = { $n ->
    [one] { $n } قدم.
   *[other] { $n } قدم.
}
pro-open-title = فهرست ویژهٔ افراد مسلکی
pass-label = جملهٔ رمز شبکه
pass-hint = از طرف هماهنگی ولایتی (département) داده می‌شود. نه ذخیره می‌شود و نه فرستاده می‌شود: فهرست روی همین دستگاه باز می‌شود.
pass-open = باز کردن
opening = در حال باز کردن فهرست ویژهٔ افراد مسلکی…
wrong-pass = جملهٔ رمز نادرست است. آن را بررسی کنید و دوباره کوشش کنید.
pro-load-error = فهرست ویژهٔ افراد مسلکی اینجا باز نمی‌شود.

## چرا این مکان (کودهای سیستم)

reason-category = کمک: { $category }
reason-language = به این زبان صحبت می‌کنند: { $language }
reason-serves-country = برای تمام فرانسه
reason-serves-territory = برای منطقهٔ { $territory }
reason-national-line = خط ملی
reason-step-line = خط ملی این قدم
reason-written = به صورت نوشتاری: شما نمی‌توانید بدون خطر صحبت کنید
step-reason-for-everyone = برای همه مفید است
step-reason-answer = شما به سؤال «{ $question }» جواب «{ $answer ->
    [yes] بلی
   *[no] نخیر
}» دادید
step-reason-urgent = اول: شما به سؤال «{ $question }» جواب «{ $answer ->
    [yes] بلی
   *[no] نخیر
}» دادید
step-reason-written-first = اول راه‌های تماس نوشتاری: شما نمی‌توانید بدون خطر صحبت کنید

## واژه‌های فهرست خدمات

category-urgence = حالت اضطرار
category-ecoute = گوش دادن و رهنمایی
category-hebergement = جای امن و سرپناه
category-soins = تداوی و معاینهٔ طبی
category-plainte = شکایت و گزارش
category-juridique = معلومات حقوقی
category-protection = حمایت از طریق محکمه
category-social = همراهی اجتماعی
category-psy = حمایت روانی
category-enfants = اطفال
category-sante-sexuelle = صحت جنسی
category-auteurs = عاملان خشونت
role-victim = خودِ شخص آسیب‌دیده
role-relative = یکی از نزدیکان
role-professional = یک فرد مسلکی
role-perpetrator = کسی که می‌خواهد دست از خشونت بردارد
question-in_danger_now = آیا همین حالا در خطر هستید؟
question-can_speak_safely = آیا می‌توانید بدون اینکه کسی بشنود صحبت کنید؟
question-children = آیا در خانه اطفال هستند؟
question-sexual_violence = آیا خشونت جنسی وجود دارد؟
question-needs_shelter_tonight = آیا امشب به جایی برای خوابیدن ضرورت دارید؟
question-wants_to_report = آیا می‌خواهید شکایت ثبت کنید؟
question-heavy_signals = تهدید به کشتن، خفه کردن، سلاح، جدایی تازه یا خشونتی که بدتر می‌شود؟
access-telephone = از طریق تیلفون
access-sms = از طریق پیام کوتاه
access-en-ligne = از طریق انترنت
access-sur-place = بدون وقت قبلی
access-rendez-vous = با وقت قبلی
access-permanence = در ساعات حضور معین (permanences)
audience-tous = همه
audience-femmes = زنان
audience-hommes = مردان
audience-jeunes = جوانان
audience-enfants = اطفال
audience-lgbt = افراد LGBT+
audience-proches = نزدیکان
audience-professionnels = افراد مسلکی
audience-auteurs = عاملان خشونت
