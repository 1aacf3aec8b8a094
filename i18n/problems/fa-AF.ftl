# AI draft translation, not reviewed by a native speaker. / پیش‌نویس ترجمه با هوش مصنوعی، توسط گویندهٔ بومی بازبینی نشده است.
# maillage — آنچه `maillage validate`، `maillage import` و استودیو (studio) دربارهٔ مشکلات یک فهرست
# خدمات می‌گویند: هسته آن‌ها را به شکل کود می‌دهد (`maillage::Fault`، `maillage::hours::HoursFault`)؛
# هر کود در اینجا یک پیام `problem-<code>` است و مقدارهای آن متغیرهای پیام هستند. شناسه‌ها و متغیرها در همهٔ
# زبان‌ها یکی است. شناسه‌ها، نام فیلدها، مقدارها و کلیدواژه‌های فایل‌ها (`services.json`، `auteurs`،
# `to-verify`، `Mo-Fr 09:00-17:00`) همان‌طور که هستند می‌مانند: این‌ها کلمات خود فایل‌ها هستند.
# دسته‌های جمع (CLDR، فارسی): one، other.

## یک سطر برای هر مشکل

problem-error = خطا
problem-warning = هشدار
# $severity: problem-error یا problem-warning؛ $where: فایل، سطر و اشاره‌گر JSON
# (`services.json:12 #/services/3`)، همان‌طور که هستند.
problem-line = { $severity }: { $where }: { $reason }
problem-line-record = { $severity }: { $where }: مورد `{ $record }`: { $reason }
problem-line-field = { $severity }: { $where }: فیلد `{ $field }`: { $reason }
problem-line-record-field = { $severity }: { $where }: مورد `{ $record }`، فیلد `{ $field }`: { $reason }
# یک جدول (spreadsheet): ردیف جدول (سرخط ردیف 1 است)، سطر فایل وقتی با ردیف فرق دارد، ستون (حرف و
# سرخط)، و جزء یک خانه که چند جزء دارد.
sheet-row = ردیف { $row }
sheet-row-line = ردیف { $row } (سطر { $line } فایل)
sheet-column = ستون { $column } «{ $header }»
sheet-column-letter = ستون { $column }
sheet-column-header = ستون «{ $header }»
sheet-record = مورد `{ $record }`
sheet-item = جزء { $item }: { $reason }
# $parts: ردیف، ستون، مورد، جدا شده با کامه.
sheet-line = { $severity }: { $file }: { $reason }
sheet-line-at = { $severity }: { $file }، { $parts }: { $reason }

## خلاصهٔ `maillage validate`

validate-counts = { $communes } ناحیه (commune)، { $epci } EPCI، { $arrondissements } ولسوالی (arrondissement)، { $departements } ولایت (département)، { $tribunals } حوزهٔ قضایی محکمه، { $places } مکان، { $services } خدمت محلی، { $national } خط ملی
validate-valid = معتبر
validate-valid-warnings = معتبر، { $warnings ->
    [one] { $warnings } هشدار
   *[other] { $warnings } هشدار
}
validate-invalid = { $errors ->
    [one] { $errors } خطا
   *[other] { $errors } خطا
}، { $warnings ->
    [one] { $warnings } هشدار
   *[other] { $warnings } هشدار
}
validate-summary = { $counts }: { $verdict }

## فایل‌ها

# $detail: پیام خود خواننده، به زبان انگلیسی.
problem-unreadable-file = فایل خوانا نیست: { $detail }
problem-not-utf8 = متن UTF-8 نیست (بایت { $byte }): آن را به شکل UTF-8 ذخیره کنید
# $detail: پیام خود خوانندهٔ JSON (serde_json)، به زبان انگلیسی.
problem-malformed-json = ساختار JSON نادرست است: { $detail }
problem-truncated-json = فایل زودتر از موعد تمام می‌شود (ناقص است؟): { $detail }
problem-expected-object-with-list = یک شیء (object) با لیست `{ $key }` انتظار می‌رفت
problem-expected-list = لیست `{ $key }` انتظار می‌رفت
# $detail: پیام خود خواننده (serde)، به زبان انگلیسی: فیلد گم‌شده، اصطلاح ناشناخته، نوع.
problem-unreadable-field = مقدار خوانا نیست: { $detail }
problem-not-a-language-file = فایل زبان نیست: نام آن را به نام یک زبان به جز فرانسوی بگذارید (`i18n/en.json`، `i18n/ar.json`، `i18n/fa-AF.json`)
problem-not-a-directory-file = فایل فهرست خدمات نیست (انتظار می‌رفت: directory.json، services.json، national.json، places.json، territories/*.geojson یا i18n/*.json)؛ نادیده گرفته شد
problem-missing-metadata = وجود ندارد یا خوانا نیست: فهرست خدمات به فایل متادیتای خود نیاز دارد

## مناطق و مکان‌ها

problem-duplicate-territory-id = شناسهٔ منطقه تکراری است
problem-kind-mismatch = نوع `{ $kind }` با نوع شناسه، `{ $id_kind }`، فرق دارد
problem-unknown-territory = منطقهٔ ناشناخته `{ $id }`
problem-unknown-service = خدمت ناشناخته `{ $id }`
problem-empty-geometry = مرز خالی است
problem-ring-too-short = یک حلقه { $points } نقطه دارد؛ دست‌کم 4 نقطه لازم است
problem-ring-not-closed = یک حلقه بسته نیست (نقطهٔ اول و آخر فرق دارند)
problem-coordinate-out-of-range = مختصات { $lon },{ $lat } به شکل طول جغرافیایی و عرض جغرافیایی (به همین ترتیب) نیست
# $detail: آنچه کتابخانهٔ geo یافته است، به زبان انگلیسی.
problem-invalid-geometry = مرز نامعتبر: { $detail }
problem-duplicate-place-id = شناسهٔ مکان تکراری است

## خدمات

problem-duplicate-service-id = شناسهٔ خدمت تکراری است (خدمات و خط‌های ملی شناسه‌های مشترک دارند)
problem-bad-id = `{ $id }`: شناسه فقط از a-z، 0-9 و `-` استفاده می‌کند
problem-empty-name = نام خالی است
problem-no-category = دست‌کم یک کتگوری لازم است
problem-perpetrators-other-category = خدمتی که برای عاملان خشونت است فقط کتگوری `auteurs` را دارد: خدمات قربانیان هرگز به عاملان خشونت نشان داده نمی‌شود
problem-perpetrators-audience-missing = کتگوری `auteurs` مخاطب `auteurs` را لازم دارد
problem-local-serves-country = خدمت محلی‌ای که به تمام کشور خدمت می‌کند، جایش در national.json است
problem-national-line-not-national = ساحهٔ خدمت یک خط ملی "national" است
problem-empty-served-area = ساحهٔ خدمت خالی است
problem-no-way-to-reach = هیچ راهی برای تماس با این خدمت نیست: یک راه تماس یا یک مکان اضافه کنید
problem-javascript-url = لینک‌های `javascript:` پذیرفته نمی‌شوند
problem-phone-national-form = `{ $number }` به شکل ملی نوشته شده است: آن را به شکل E.164 بنویسید، یعنی `+33` و پس از آن نُه رقمِ بعد از 0
problem-phone-invalid = `{ $number }` یک شمارهٔ معتبر فرانسوی نیست (انتظار می‌رفت: +33 و 9 رقم، یک شمارهٔ مناطق ماورای بحار فرانسه، یا یک شمارهٔ کوتاه مانند 17، 114، 3919، 116006)
problem-phone-display-mismatch = شکل نمایش `{ $display }` با شمارهٔ `{ $number }` مطابقت ندارد
problem-not-an-email = `{ $value }` آدرس ایمیل نیست
problem-url-not-https = `{ $url }`: از https استفاده کنید
problem-url-no-scheme = `{ $url }` پروتوکول ندارد: https://… بنویسید
problem-url-scheme = `{ $url }`: پروتوکول `{ $scheme }` پذیرفته نمی‌شود (https, tel, sms, mailto)
problem-confidential-contact = راه تماس نمی‌تواند محرمانه باشد: آن را حذف کنید، یا آن را فقط برای `professionnels` بگذارید
problem-unknown-commune = ناحیهٔ ناشناخته `{ $id }`
problem-confidential-address = مکان محرمانه با آدرس منتشرشده: آدرس را حذف کنید (فقط ناحیه می‌تواند نشان داده شود)
problem-confidential-postcode = مکان محرمانه با کود پستی منتشرشده: کود پستی را حذف کنید (فقط ناحیه می‌تواند نشان داده شود)
problem-confidential-point = مکان محرمانه با نقطهٔ منتشرشده: نقطه را حذف کنید (فقط ناحیه می‌تواند نشان داده شود)
problem-precision-without-address = دقت `address` به آدرس نیاز دارد: آدرس را اضافه کنید، یا از `commune` استفاده کنید
problem-point-out-of-range = عرض یا طول جغرافیایی خارج از محدوده است
problem-point-outside-scope = نقطهٔ { $lat },{ $lon } بیرون از منطقهٔ فهرست خدمات `{ $scope }` است (عرض و طول جغرافیایی جابه‌جا شده‌اند؟)
problem-point-outside-commune = نقطهٔ { $lat },{ $lon } بیرون از ناحیهٔ خودش، { $commune } ({ $id })، است
problem-address-without-point = آدرس عمومی بدون نقطه: فاصله را نمی‌توان حساب کرد
# $fault: یکی از پیام‌های problem-hours-… در پایین.
problem-hours = ساعات کاری «{ $text }»، ستون { $column }: { $fault }

## ساعات کاری (ساختار opening_hours در OpenStreetMap)

problem-hours-empty = ساعات کاری خالی است: وقتی ساعات کاری معلوم نیست، این فیلد را نگذارید
problem-day-of-month = روز ماه از 1 تا 31 است
problem-month-or-day-after-dash = پس از `-` یک ماه یا یک روز انتظار می‌رود
problem-date-range-ends = یک دوره یا در هر دو سر خود روز دارد یا در هیچ‌کدام
problem-school-holidays = رخصتی‌های مکاتب (`SH`) پشتیبانی نمی‌شوند
problem-nth-weekday = روزهای شمارش‌شدهٔ هفته مانند `Mo[1]` پشتیبانی نمی‌شوند
problem-weekday-after-dash = پس از `-` یک روز هفته (Mo, Tu, We, Th, Fr, Sa, Su) انتظار می‌رود
problem-expected-time = یک ساعت مانند 09:00 انتظار می‌رود
problem-expected-colon = در ساعت `:` لازم است (09:00 بنویسید، نه 9h)
problem-expected-minutes = دقیقه‌ها انتظار می‌رود
problem-minutes-digits = دقیقه‌ها با دو رقم نوشته می‌شوند، از 00 تا 59
problem-start-after24 = ساعت شروع نمی‌تواند از 24:00 بیشتر باشد
problem-open-ended = ساعات بدون پایان (`18:00+`) پشتیبانی نمی‌شوند
problem-expected-end = `-` و یک ساعت پایان انتظار می‌رود
problem-end-after48 = ساعت پایان نمی‌تواند از 48:00 بیشتر باشد
problem-end-before-start = ساعت پایان پیش از ساعت شروع است
problem-span-starts-at24 = یک بازهٔ زمانی نمی‌تواند در 24:00 شروع شود
problem-unterminated-comment = توضیح بسته نشده است: `"` پایانی وجود ندارد
problem-expected-rule = یک قاعده انتظار می‌رفت (مانند `Mo-Fr 09:00-17:00`)، اما `{ $found }` پیدا شد
problem-unexpected = `{ $found }` غیرمنتظره است

## منابع

problem-missing-source = منبع وجود ندارد: بگویید این معلومات از کجا آمده است
problem-empty-source-title = عنوان منبع خالی است
problem-source-url-not-http = `{ $url }`: آدرس یک منبع باید یک صفحهٔ http(s) باشد
problem-bad-language-code = `{ $language }` یک کود ISO 639-1 مانند `fr` نیست
problem-verified-without-date = منبع بررسی‌شده به تاریخ بررسی خود (`verified_on`) نیاز دارد
problem-date-on-to-verify = `verified_on` { $date } روی منبعی که هنوز `to-verify` است: وضعیت را به `verified` تغییر دهید، یا تاریخ را حذف کنید
problem-to-verify = باید بررسی شود: پیش از اعتماد به این مورد، آن را با منبعش بررسی کنید
problem-date-in-future = { $date } در آینده است
problem-verified-long-ago = در { $date } بررسی شده است، بیش از 12 ماه پیش: آن را دوباره بررسی کنید
problem-old-page = صفحهٔ منبع تاریخ { $date } را دارد، بیش از 2 سال پیش: بررسی کنید که هنوز به‌روز باشد

## مسیر

problem-duplicate-step-id = شناسهٔ قدم تکراری است
problem-missing-french = متن فرانسوی وجود ندارد
problem-missing-english = ترجمهٔ انگلیسی وجود ندارد
problem-step-without-category = هر قدم دست‌کم به یک کتگوری نیاز دارد
problem-unknown-national-line = خط ملی ناشناخته `{ $id }`
problem-step-unreachable = هیچ وضعیتی به این قدم نمی‌رسد: شرایط استثنای آن همهٔ شرایط شمول آن را می‌پوشاند
problem-perpetrators-step-audience = قدم عاملان خشونت با کتگوری `auteurs` خود انتخاب می‌شود، نه با مخاطب
problem-perpetrators-step-category = قدم عاملان خشونت فقط کتگوری `auteurs` را دارد و نقش `perpetrator` را ذکر می‌کند
problem-category-without-step = هیچ قدمی کتگوری `{ $category }` را ندارد: خدمات آن هرگز در مسیر پیشنهاد نمی‌شوند

## فایل‌های زبان (i18n/<زبان>.json)

problem-english-steps-here = متن انگلیسی قدم‌ها در pathways.json است (`title.en`، `advice.en`): آن را از اینجا حذف کنید
problem-unknown-step = قدم `{ $id }` در pathways.json وجود ندارد
problem-empty-text = متن خالی است
problem-step-not-translated = قدم `{ $id }` ترجمه نشده است (عنوان و مشوره‌ها)
# $field: `description` یا `conditions`، نام فیلد همان‌طور که هست.
problem-not-translated = فیلد `{ $field }` در `{ $id }` ترجمه نشده است
problem-nothing-to-translate = `{ $id }` در national.json فیلد `{ $field }` برای ترجمه ندارد

## وارد کردن و صادر کردن (HSDS، data·inclusion): یادداشت‌های maillage-interop

# $note: یکی از پیام‌های پایین.
problem-note = { $note }
problem-too-large = فایل { $bytes } بایت است، بیشتر از آنچه maillage می‌خواند ({ $max } بایت): آن را تقسیم کنید، یا بررسی کنید که فایل درست باشد
problem-no-hsds-service = هیچ خدمت HSDS پیدا نشد: یک آرایهٔ خدمات، یک خدمت، یک صفحهٔ {"{"}"contents": […]{"}"} یا سازمان‌ها همراه با خدمات‌شان انتظار می‌رفت
problem-not-data-inclusion-services = یک آرایهٔ خدمات data·inclusion انتظار می‌رفت
problem-not-a-service-object = شیء خدمت نیست: نادیده گرفته شد
problem-hsds-web-pro-only = HSDS نمی‌تواند آدرس ویب { $url } را فقط برای افراد مسلکی مشخص کند
problem-hsds-one-url = HSDS برای هر خدمت فقط یک آدرس ویب دارد: { $url } کنار گذاشته شد
problem-hsds-accessibility-without-location = در HSDS دسترسی‌پذیری (برای افراد دارای معلولیت) بدون مکان جایی ندارد
# $kind: phone، sms، email یا web.
problem-data-inclusion-one-per-service = { $kind ->
    [phone] data·inclusion برای هر خدمت فقط یک شمارهٔ تیلفون دارد
    [email] data·inclusion برای هر خدمت فقط یک ایمیل دارد
    [sms] data·inclusion پیام کوتاه (SMS) ندارد
   *[other] data·inclusion برای هر خدمت فقط یک لینک دارد
}: { $left_out ->
    [one] { $left_out } عدد کنار گذاشته شد
   *[other] { $left_out } عدد کنار گذاشته شد
}
problem-data-inclusion-no-code = `{ $territory }` کود data·inclusion ندارد و ناحیه‌های آن معلوم نیستند: کنار گذاشته شد
# $vocabulary: Category، Audience یا AccessMode.
problem-unknown-term = { $vocabulary ->
    [Category] کتگوری
    [Audience] مخاطب
   *[other] راه دسترسی
} ناشناخته: `{ $term }`
problem-taxonomy-term-unmapped = اصطلاح طبقه‌بندی (taxonomy) `{ $term }` با هیچ کتگوری یا مخاطبی مطابقت ندارد
problem-taxonomy-term-unmapped-in = اصطلاح طبقه‌بندی `{ $term }` (طبقه‌بندی `{ $taxonomy }`) با هیچ کتگوری یا مخاطبی مطابقت ندارد
problem-thematique-unmapped = موضوع (thématique) `{ $thematique }` با هیچ کتگوری مطابقت ندارد
problem-public-unmapped = مخاطب (public) `{ $public }` در maillage معادلی ندارد
problem-publics-free-text = `{ $text }`: متن آزاد است، مخاطبان را دستی انتخاب کنید
problem-no-category-found = هیچ کتگوری پیدا نشد: پیش از بررسی یکی را انتخاب کنید
problem-no-name = خدمت نام ندارد
problem-no-organisation-name = نام سازمان وجود ندارد (فقط organization_id، یا هیچ)
problem-structure-not-found = نهاد (structure) `{ $structure }` پیدا نشد: شناسهٔ آن به جای سازمان به کار می‌رود
problem-contact-person-phones = شماره‌های تیلفون شخص تماس وارد نمی‌شوند: آن‌ها را به خدمت اضافه کنید
problem-several-locations = { $count } مکان: فقط اولی وارد می‌شود (هر مورد maillage یک مکان دارد؛ برای هر مکان یک مورد بسازید)
problem-confidential-place-details = یک مکان محرمانه فقط ناحیهٔ خود را نگه می‌دارد: آنچه فایل دربارهٔ آن می‌دهد (`{ $fields }`) وارد نمی‌شود
problem-commune-not-found = ناحیهٔ این مکان پیدا نشد ({ $place }): مکان وارد نمی‌شود؛ کود INSEE آن را بدهید
problem-bad-insee-code = `{ $insee }` کود INSEE یک ناحیه نیست: مکان وارد نمی‌شود
problem-address-without-insee = آدرس بدون کود INSEE: مکان وارد نمی‌شود؛ code_insee آن را بدهید
problem-service-area-unmatched = ساحهٔ خدمت `{ $name }` با هیچ منطقه‌ای مطابقت ندارد
problem-zone-not-a-code = منطقهٔ `{ $zone }` کود ناحیه، EPCI یا ولایت (département) نیست
problem-no-service-area = هیچ ساحهٔ خدمت خوانایی وجود ندارد: مناطق تحت پوشش خدمت را مشخص کنید
problem-no-zone = zone_eligibilite وجود ندارد: مناطق تحت پوشش خدمت را مشخص کنید
problem-schedules-not-weekly = ساعات کاری‌ای که هفته‌وار نیستند خوانده نمی‌شوند ({ $descriptions }): آن‌ها را دستی بنویسید
problem-unknown-language = زبان `{ $language }` برای ما ناشناخته است: کود ISO 639-1 آن را بدهید
problem-fees-reduced = هزینه‌ها `{ $fees }`: فقط «رایگان است یا نه» نگه داشته می‌شود؛ جزئیات را در شرایط بنویسید
problem-field-not-imported = `{ $field }` در یک مورد maillage جایی ندارد: وارد نشد
problem-eligibility-free-text = شرح شرایط واجد بودن متن آزاد است: مخاطبان را دستی انتخاب کنید
problem-publisher-date = ناشر آن تاریخ { $date } را داده است: به عنوان تاریخ منبع نگه داشته شد؛ مورد باید بررسی شود
problem-no-date = نه assured_date هست نه last_modified: عمر این معلومات معلوم نیست؛ مورد باید بررسی شود
problem-no-date-maj = date_maj خوانا وجود ندارد: عمر این معلومات معلوم نیست

## جدول (maillage import csv، استودیو)

problem-sheet-not-utf8 = فایل به شکل UTF-8 نیست (بایت { $byte }، سطر { $line }): آن را به شکل « CSV UTF-8 » ذخیره کنید (Excel) یا مجموعهٔ حروف (character set) UTF-8 را انتخاب کنید (LibreOffice)
problem-too-many-rows = بیش از { $max } ردیف: maillage از یک جدول حداکثر { $max } خدمت را می‌خواند؛ آن را تقسیم کنید
# $detail: پیام خود خوانندهٔ CSV، به زبان انگلیسی.
problem-unreadable-csv = CSV خوانا نیست: { $detail }
problem-empty-sheet = فایل خالی است: ردیف اول سرخط‌های ستون‌ها را دارد
problem-duplicate-column = ستون «{ $header }» دو بار آمده است (همچنین در ستون { $other })
problem-unknown-column = ستون ناشناخته «{ $header }»؛ ستون‌ها این‌ها هستند: { $columns }
problem-missing-column = ستون گم‌شده: این ستون لازمی است
problem-column-absent = ستون موجود نیست: هر ردیف بدون آن خوانده می‌شود
problem-stray-value = یک مقدار در ستونی بدون سرخط شناخته‌شده: به ستون یک سرخط بدهید یا آن را خالی کنید
problem-id-from-name = شناسه خالی است: `{ $id }` از روی نام ساخته شد
problem-missing-id = شناسه وجود ندارد (و نامی هم نیست که از روی آن یکی ساخته شود)
problem-yes-no = `{ $text }`: `oui` یا `non` بنویسید (یا اگر معلوم نیست، خالی بگذارید)
problem-not-a-date = `{ $text }` تاریخ نیست: آن را به شکل 2026-11-29 (یا 29/11/2026) بنویسید
problem-not-a-number = `{ $text }` عددی مانند 49.1157 نیست
# $vocabulary: Category، Audience، AccessMode، Visibility، LocationPrecision یا SourceStatus؛
# $expected: کلمه‌های مجاز، جدا شده با کامه.
problem-unknown-word = { $vocabulary ->
    [Category] کتگوری ناشناخته
    [Audience] مخاطب ناشناخته
    [AccessMode] راه دسترسی ناشناخته
    [Visibility] سطح نمایش ناشناخته
    [LocationPrecision] دقت ناشناخته
   *[other] وضعیت ناشناخته
} `{ $term }`؛ مقدارهای ممکن: { $expected }
problem-bracket-alone = یک `]` بدون `[` خود
problem-bad-visibility = `[{ $word }]`: سطح نمایش `[public]` (یا هیچ)، `[professionnels]` یا `[confidentiel]` است
problem-unbalanced-parentheses = قوس‌ها متوازن نیستند: برچسب در آخر، میان `(…)` نوشته می‌شود
problem-angle-alone = یک `>` بدون `<` خود
problem-empty-contact = راه تماس خالی است: شماره یا آدرس را بنویسید
problem-empty-angle = مقدار خالی میان `<…>`
problem-longitude-alone = طول جغرافیایی بدون عرض جغرافیایی: هر دو را بدهید یا هیچ‌کدام را
problem-latitude-alone = عرض جغرافیایی بدون طول جغرافیایی: هر دو را بدهید یا هیچ‌کدام را
problem-confidential-cell = یک مکان محرمانه (سرپناه) هرگز با آدرس، کود پستی یا نقطهٔ خود منتشر نمی‌شود: این خانه را خالی بگذارید (فقط ناحیه نشان داده می‌شود)
problem-place-without-commune = هر مکان به ناحیهٔ خود نیاز دارد (کود INSEE، برای مثال `50502`، یا نام)
problem-name-not-of-id = «{ $name }» نام `{ $id }` ({ $actual }) نیست: شناسه نگه داشته شد
problem-bad-territory-id = `{ $id }` شناسهٔ منطقه نیست (برای مثال `epci:200042604`، `commune:50502`)
problem-write-commune-id = `{ $text }`: شناسه یا کود INSEE ناحیه را بنویسید، برای مثال `50502`
problem-write-territory-id = `{ $text }`: شناسهٔ منطقه را بنویسید، برای مثال `departement:50`
problem-unknown-commune-name = «{ $text }» ناحیه‌ای از فهرست خدمات نیست: شناسهٔ آن را بنویسید (کود INSEE، برای مثال `50502`)
problem-unknown-territory-name = «{ $text }» منطقه‌ای از فهرست خدمات نیست: شناسهٔ آن را بنویسید (برای مثال `epci:200042604`)
problem-several-territories = «{ $text }» به چند منطقه اشاره دارد ({ $ids }): منطقهٔ مورد نظر را میان قوس بنویسید
problem-date-without-source = تاریخ منبع بدون منبع: عنوان یا صفحهٔ منبع را بدهید
problem-records-removed = { $count ->
    [one] { $count } مورد از { $file } در جدول نیست و با این وارد کردن حذف می‌شود
   *[other] { $count } مورد از { $file } در جدول نیستند و با این وارد کردن حذف می‌شوند
}: { $ids }
