# AI draft translation, not reviewed by a native speaker. / پیش‌نویس ترجمه با هوش مصنوعی، توسط گویندهٔ بومی بازبینی نشده است.
# maillage — آنچه خط فرمان دربارهٔ خودش می‌گوید (آنچه نوشته است، آنچه کار نکرده است)، به زبانِ `--lang`.
# پاسخ‌های آن در ../documents/ و مشکلات فهرست خدمات در ../problems/ است. شناسه‌ها و متغیرها در همهٔ
# زبان‌ها یکی است. مسیرها، گزینه‌ها (`--all`، `-o DIR`)، فرمان‌ها و نام فایل‌ها همان‌طور که هستند می‌مانند.
# دسته‌های جمع (CLDR، فارسی): one، other.

## هر ناکامی

# $error: آنچه کار نکرده است، با دلایل آن (بعضی از سیستم عامل، به زبان خود آن).
cli-failed = maillage: { $error }
cli-reading = خواندن { $path }
cli-writing = نوشتن { $path }
cli-creating = ساختن { $path }
cli-listing = فهرست کردن محتوای { $path }

## خواندن فهرست خدمات

cli-not-a-folder = { $path } پوشهٔ فهرست خدمات نیست
cli-folder-not-valid = { $path } معتبر نیست: `maillage validate { $path }` را اجرا کنید
cli-bundle-too-large = { $path }: { $size } بایت، بیشتر از آنچه یک بسته می‌تواند داشته باشد ({ $max } بایت)
cli-embedded-bundle = بستهٔ مانش (Manche) که در برنامه گنجانده شده است
cli-not-embedded = در این برنامه وجود ندارد
# $tag: یک زبان؛ $file: فایل متن‌ها؛ $error: چرا خوانده نشد.
cli-texts-unavailable = maillage: متن‌های فهرست خدمات به زبان `{ $tag }` ({ $file }): { $error }؛ قدم‌های آن به فرانسوی نشان داده می‌شوند

## maillage build

cli-not-valid-nothing-written = maillage: { $path } معتبر نیست؛ چیزی نوشته نشد
cli-wrote-bundle = { $path } نوشته شد: { $bytes } بایت، { $gzipped } بایت فشرده ({ $territories } منطقه، { $places } مکان، { $services } خدمت، { $national } خط ملی؛ نسخهٔ عمومی: { $withheld } راه تماس یا مکانِ فقط برای افراد مسلکی کنار گذاشته شد)
cli-wrote-translations = ترجمه‌ها در کنار آن نوشته شدند: { $files }
cli-translation-size = { $file } ({ $gzipped } بایت فشرده)
cli-wrote-pro-bundle = { $path } نوشته شد: { $bytes } بایت، بستهٔ ویژهٔ افراد مسلکی (مهر و موم شده: Argon2id + XChaCha20-Poly1305)

## جملهٔ رمز فهرست ویژهٔ افراد مسلکی

cli-passphrase-needed = بستهٔ ویژهٔ افراد مسلکی به جملهٔ رمز خود نیاز دارد: { $env } را تنظیم کنید یا maillage را در یک ترمینال اجرا کنید تا آن را تایپ کنید
cli-passphrase-prompt = جملهٔ رمز فهرست ویژهٔ افراد مسلکی:{" "}
cli-passphrase-again = همان جمله، یک بار دیگر:{" "}
cli-reading-passphrase = خواندن جملهٔ رمز
cli-passphrases-differ = دو جملهٔ رمز با هم فرق دارند؛ چیزی نوشته نشد
cli-no-random = سیستم عامل بایت‌های تصادفی نداد: { $error }

## پرسش‌ها

cli-latlon-expected = `{ $text }`: LAT,LON انتظار می‌رفت، مانند 49.1128,-1.0724
cli-not-latitude = `{ $text }` عرض جغرافیایی نیست
cli-not-longitude = `{ $text }` طول جغرافیایی نیست
cli-latlon-range = `{ $text }` خارج از محدوده است (اول عرض جغرافیایی، بعد طول جغرافیایی)
cli-time-expected = `{ $text }`: یک ساعت به وقت پاریس انتظار می‌رفت، مانند 2026-12-01T10:00
cli-give-place = --place NAME یا --at LAT,LON را بدهید
cli-no-place = maillage: هیچ مکانی با `{ $name }` مطابقت ندارد
cli-unknown-territory = maillage: منطقهٔ ناشناخته `{ $territory }`

## ورقه‌های معلومات

cli-all-needs-output = --all به -o DIR نیاز دارد
cli-no-epci = فهرست خدمات هیچ EPCI ندارد
cli-give-territory = شناسهٔ یک منطقه (مثلاً epci:200042604) یا --all را بدهید
cli-wrote-file = { $path } نوشته شد
cli-leaflet-unknown-territory = منطقهٔ ناشناخته `{ $territory }`
cli-leaflet-bad-qr = `{ $url }`: کود QR باید به یک صفحهٔ https:// اشاره کند (مثلاً https://www.manche.gouv.fr/)
cli-leaflet-qr-too-long = آدرس کود QR برای رمزگذاری بیش از حد طولانی است
cli-pro-where = --directory را با بستهٔ ویژهٔ افراد مسلکی (manche.pro.maillage، با جملهٔ رمز آن در MAILLAGE_PASSPHRASE یا تایپ‌شده هنگام درخواست) یا با پوشهٔ فهرست خدمات (data/manche) بدهید
cli-pro-needs-directory = --pro به فهرست ویژهٔ افراد مسلکی نیاز دارد، و فهرست مانش که در برنامه گنجانده شده، فهرست عمومی است: { $where }
cli-not-pro-bundle = { $path } بستهٔ ویژهٔ افراد مسلکی نیست (بستهٔ عمومی هیچ راه تماسِ فقط برای افراد مسلکی ندارد): { $where }

## صادر کردن و وارد کردن

cli-wrote-csv = { $path } نوشته شد: { $rows } ردیف ({ $services } خدمت)
cli-wrote-csv-national = { $path } نوشته شد: { $rows } ردیف ({ $services } خدمت، { $national } خط ملی)
cli-wrote-hsds = { $path } نوشته شد: { $count } خدمت HSDS
cli-wrote-data-inclusion = { $structures-file } ({ $structures } نهاد) و { $services-file } ({ $services } خدمت) نوشته شدند
cli-import-too-large = { $path }: { $size } بایت، بیشتر از آنچه maillage وارد می‌کند ({ $max } بایت): آن را تقسیم کنید، یا بررسی کنید که فایل درست باشد
cli-not-utf8 = { $path }: متن UTF-8 نیست: { $error }
cli-nothing-read = maillage: هیچ چیزی خوانده نشد؛ چیزی نوشته نشد
cli-wrote-imported = { $path } نوشته شد: { $total } مورد (از جمله { $national } خط ملی)؛ { $warnings ->
    [0] چیزی برای بازبینی نیست
    [one] { $warnings } نکته برای بازبینی
   *[other] { $warnings } نکته برای بازبینی
}
cli-then-check = سپس `maillage import csv { $path } -o DIR` هر ردیف را بررسی می‌کند
cli-unreadable-files = { $path } فایل‌های ناخوانا دارد؛ چیزی نوشته نشد
cli-note = یادداشت: { $note }
cli-names-unavailable = { $path } برای جستجوی نام‌ها بارگذاری نشد: ناحیه‌ها (communes) و ساحه‌ها باید با شناسهٔ خود نوشته شوند
cli-checked-against-embedded = { $path } فایل directory.json ندارد: ردیف‌ها با فهرست مانش که در برنامه گنجانده شده بررسی می‌شوند
cli-sheet-invalid = maillage: { $path }: { $errors ->
    [one] { $errors } خطا
   *[other] { $errors } خطا
} در { $rows } ردیف؛ چیزی نوشته نشد
cli-services-file = { $path } ({ $services } خدمت)
cli-services-national-files = { $path } ({ $services } خدمت) و { $national-path } ({ $national } خط ملی)
cli-would-write = maillage: { $path } معتبر است؛ { $what } نوشته می‌شد
cli-wrote-what = { $what } نوشته شد

## رهنما (maillage --help، maillage <فرمان> --help)

# help-<فرمان> یک فرمان را شرح می‌دهد، help-<فرمان>--<آرگومان> یک آرگومان را.
# کلمات خود clap (Usage، Options، Print help) به انگلیسی می‌مانند.

help = پیدا کردن کمک در نزدیکی و قدم‌های بعدی برای رهایی از خشونت: بررسی، ساختن و جستجو در یک فهرست خدمات.
help--lang = زبان آنچه maillage برای مردم می‌نویسد (کودهای خروجی JSON کود می‌مانند): fr، fr-x-falc (فرانسوی آسان‌خوان)، en، ar، fa-AF (دری)، ps، uk، ru، es، pt، ro، tr، یا یک برچسب از همان زبان (en-GB، prs…). موارد محلی به فرانسوی می‌مانند
help-validate = بررسی یک پوشهٔ فهرست خدمات (یا یک بسته)؛ کود خروج 0 اگر معتبر باشد، در غیر آن 1
help-validate--dir = یک پوشهٔ فهرست خدمات یا یک فایل بسته؛ اگر داده نشود، فهرست مانش که در برنامه گنجانده شده
help-validate--format = فورمت خروجی
help-validate--today = تاریخی که تازگی منابع با آن سنجیده می‌شود (YYYY-MM-DD)؛ اگر داده نشود، امروز
help-locate = همهٔ مناطقِ یک نقطه (`LAT,LON`)، از دقیق‌ترین تا بزرگ‌ترین
help-locate--point = `LAT,LON`، مثلاً `49.1128,-1.0724`
help-locate--format = فورمت خروجی
help-locate--directory = یک پوشهٔ فهرست خدمات یا یک بسته برای استفاده به جای فهرست مانش که در برنامه گنجانده شده
help-places = مکان‌هایی (ناحیه‌ها، ناحیه‌های وابسته (communes déléguées)، کودهای پستی) که با متن تایپ‌شده مطابقت دارند
help-places--query = متن تایپ‌شده، مثلاً `st lo`، `50100`، `tourlaville`
help-places--limit = حداکثر چند مکان
help-places--format = فورمت خروجی
help-places--directory = یک پوشهٔ فهرست خدمات یا یک بسته برای استفاده به جای فهرست مانش که در برنامه گنجانده شده
help-nearest = خدمات نزدیک یک نقطه، فیلترشده، با فاصله، وضعیت باز بودن و دلایل
help-nearest--point = `LAT,LON`
help-nearest--categories = کتگوری‌ها (تکرارشده یا جدا شده با کامه): urgence, ecoute, hebergement, soins, plainte, juridique, protection, social, psy, enfants, sante-sexuelle, auteurs
help-nearest--audiences = مخاطبان: tous, femmes, hommes, jeunes, enfants, lgbt, proches, professionnels, auteurs
help-nearest--access = راه‌های دسترسی: telephone, sms, en-ligne, sur-place, rendez-vous, permanence
help-nearest--open_at = ساعت به وقت پاریس برای باز بودن (`2026-12-01T10:00`)؛ اگر داده نشود، همین حالا
help-nearest--open_only = فقط خدماتی که در آن ساعت باز هستند
help-nearest--language = فقط خدماتی که به این زبان صحبت می‌کنند (ISO 639-1)
help-nearest--step_free = فقط مکان‌هایی با ورودی بدون زینه
help-nearest--professional = شامل کردن مکان‌ها و راه‌های تماسِ فقط برای افراد مسلکی
help-nearest--limit = حداکثر چند مکان
help-nearest--format = فورمت خروجی
help-nearest--directory = یک پوشهٔ فهرست خدمات یا یک بسته برای استفاده به جای فهرست مانش که در برنامه گنجانده شده
help-pathway = مسیر خروج پیشنهادی برای یک وضعیت، یک مکان و یک زمان
help-pathway--place = نام یک مکان یا یک کود پستی (بهترین نتیجه گرفته می‌شود)، مثلاً `Granville`
help-pathway--at = یک نقطهٔ `LAT,LON` به جای یک مکان
help-pathway--answers = جواب‌ها، مثلاً `in_danger_now=no,children=yes,role=relative`
help-pathway--at_time = ساعت به وقت پاریس (`2026-12-01T22:30`)؛ اگر داده نشود، همین حالا
help-pathway--format = فورمت خروجی
help-pathway--directory = یک پوشهٔ فهرست خدمات یا یک بسته برای استفاده به جای فهرست مانش که در برنامه گنجانده شده
help-routes = مسیر رهنمایی یک منطقه برای افراد مسلکی: هر قدم، هر راه تماس
help-routes--territory = شناسهٔ یک منطقه، مثلاً `epci:200042604`، `commune:50639`
help-routes--format = فورمت خروجی
help-routes--directory = یک پوشهٔ فهرست خدمات یا یک بسته برای استفاده به جای فهرست مانش که در برنامه گنجانده شده
help-build = ساختن بستهٔ کم‌حجمی که خط فرمان و ویجت بارگذاری می‌کنند؛ اندازهٔ خام و فشردهٔ آن را نشان می‌دهد
help-build--dir = پوشهٔ فهرست خدمات
help-build--output = جای نوشتن بسته
help-build--built_on = تاریخ ساخت که در بسته ثبت می‌شود (YYYY-MM-DD)؛ اگر داده نشود، امروز
help-build--pro_out = بستهٔ ویژهٔ افراد مسلکی را نیز اینجا بنویسید: تمام فهرست خدمات، همراه با راه‌های تماس و مکان‌های فقط برای افراد مسلکی، مهر و موم شده با جملهٔ رمزی که از MAILLAGE_PASSPHRASE خوانده می‌شود یا هنگام درخواست تایپ می‌شود (هرگز به شکل آرگومان). SECURITY.md را ببینید
help-export = نوشتن فهرست خدمات به شکل جدول (CSV) یا در یک استندرد باز (HSDS 3.0، data·inclusion)
help-export-csv = خدمات به شکل جدول (CSV)، برای تغییر دادن و بعد دوباره خواندن با `import csv`. برای هر نقطهٔ تماس یک ردیف، سرخط‌ها به فرانسوی (examples/templates/README.md را ببینید). راه‌های تماسِ فقط برای افراد مسلکی در آن هستند (این فایل کاری هماهنگی است)؛ یک مکان محرمانه هرگز آدرس، کود پستی یا نقطه ندارد.
help-export-csv--dir = یک پوشهٔ فهرست خدمات یا یک بسته؛ اگر داده نشود، فهرست مانش که در برنامه گنجانده شده
help-export-csv--output = فایل CSV برای نوشتن
help-export-csv--national = خط‌های ملی را نیز بنویسید (ستون `ligne nationale` = oui)
help-export-csv--separator = جداکنندهٔ ستون‌ها: نقطه‌کامه (آنچه جدول‌های فرانسوی انتظار دارند) یا کامه
help-export-csv--no_bom = نشانهٔ ترتیب بایت (BOM) در UTF-8 را ننویسید (این نشانه باعث می‌شود Excel حروف دارای علامت (accent) را درست بخواند)
help-export-hsds = Open Referral HSDS 3.0: یک آرایهٔ JSON از خدمات. خدمت‌محور و بدون ارجاع (dereferenced)، برای عموم مگر با --professional. یک مکان محرمانه فقط ناحیهٔ خود را نشان می‌دهد.
help-export-hsds--dir = یک پوشهٔ فهرست خدمات یا یک بسته؛ اگر داده نشود، فهرست مانش که در برنامه گنجانده شده
help-export-hsds--output = فایل JSON برای نوشتن؛ اگر داده نشود، خروجی استاندارد
help-export-hsds--national = خط‌های ملی را نیز صادر کنید
help-export-hsds--professional = شامل کردن مکان‌ها و راه‌های تماسِ فقط برای افراد مسلکی (هرگز مکان‌های محرمانه)
help-export-data-inclusion = data·inclusion v1: OUTPUT/structures.json و OUTPUT/services.json. برای عموم مگر با --professional. یک مکان محرمانه فقط ناحیهٔ خود را نشان می‌دهد.
help-export-data-inclusion--dir = یک پوشهٔ فهرست خدمات یا یک بسته؛ اگر داده نشود، فهرست مانش که در برنامه گنجانده شده
help-export-data-inclusion--output = پوشه‌ای که دو فایل در آن نوشته می‌شوند (اگر لازم باشد ساخته می‌شود)
help-export-data-inclusion--national = خط‌های ملی را نیز صادر کنید (ساحهٔ `france`)
help-export-data-inclusion--professional = شامل کردن مکان‌ها و راه‌های تماسِ فقط برای افراد مسلکی (هرگز مکان‌های محرمانه)
help-export-data-inclusion--date = `date_maj` مواردی که نه بررسی شده‌اند و نه صفحهٔ منبع‌شان تاریخ دارد (YYYY-MM-DD)؛ اگر داده نشود، امروز
help-import = دوباره خواندن یک جدول به یک فهرست خدمات، یا تبدیل خروجی HSDS یا data·inclusion یک فهرست دیگر به مواردی برای بازبینی
help-import-csv = دوباره خواندن یک جدول (CSV) به OUTPUT/services.json؛ اگر خطایی باشد چیزی نوشته نمی‌شود. ردیف‌هایی که `ligne nationale` = oui دارند به national.json می‌روند. هر ردیف با بررسی‌های هسته، در برابر فهرست خدمات OUTPUT (یا فهرست مانش که در برنامه گنجانده شده، اگر OUTPUT فهرستی ندارد) بررسی می‌شود؛ اگر یک ردیف خطا داشته باشد، هر خطا با ردیف و ستون آن فهرست می‌شود و چیزی نوشته نمی‌شود.
help-import-csv--file = فایل CSV: جدا شده با کامه یا نقطه‌کامه، به UTF-8 با یا بدون نشانهٔ ترتیب بایت
help-import-csv--output = پوشهٔ فهرست خدمات که services.json (و national.json) در آن نوشته می‌شود
help-import-csv--dry_run = فقط بررسی؛ هیچ چیزی نوشته نشود
help-import-csv--today = تاریخی که تازگی منابع با آن سنجیده می‌شود (YYYY-MM-DD)؛ اگر داده نشود، امروز
help-import-csv--format = فورمت خروجی مشکلات
help-import-hsds = تبدیل خدمات HSDS 3.0 یک فهرست دیگر به مواردی برای بازبینی. طبقه‌بندی‌ها (taxonomies) با کتگوری‌های ما مطابقت داده می‌شوند؛ آنچه مطابقت داده نشد فهرست می‌شود، و هیچ موردی از دست نمی‌رود.
help-import-hsds--file = JSON به شکل HSDS: یک آرایهٔ خدمات، یک خدمت، یک صفحهٔ API یا سازمان‌ها
help-import-hsds--output = جای نوشتن موارد: یک جدول `.csv` (برای بازبینی، سپس `import csv`) یا یک فایل `.json` (لیست‌های `services` و `national` آن)
help-import-hsds--directory = فهرست خدمات (پوشه یا بسته) که نام‌های ناحیه‌ها و مناطق آن برای مطابقت به کار می‌روند؛ اگر داده نشود، فهرست مانش که در برنامه گنجانده شده
help-import-data-inclusion = تبدیل خدمات data·inclusion v1 به مواردی برای بازبینی. موضوعات (thématiques) با کتگوری‌های ما مطابقت داده می‌شوند؛ آنچه مطابقت داده نشد فهرست می‌شود، و هیچ موردی از دست نمی‌رود.
help-import-data-inclusion--file = JSON خدمات، یا پوشه‌ای با services.json (و structures.json، برای نام سازمان‌ها)
help-import-data-inclusion--output = جای نوشتن موارد: یک جدول `.csv` یا یک فایل `.json`
help-import-data-inclusion--directory = فهرست خدمات (پوشه یا بسته) که نام‌های آن برای مطابقت به کار می‌روند؛ اگر داده نشود، فهرست مانش که در برنامه گنجانده شده
help-leaflet = یک ورقهٔ معلومات آمادهٔ چاپ (HTML مستقل، A4 یا A5) از راه‌های تماس عمومی یک منطقه؛ `--all -o DIR` برای هر EPCI یکی می‌نویسد؛ `--pro` ورقهٔ معلومات افراد مسلکی را چاپ می‌کند، از پوشهٔ فهرست خدمات یا بستهٔ ویژهٔ افراد مسلکی
help-leaflet--territory = شناسهٔ یک منطقه، مثلاً `epci:200042604`، `commune:50218`، `departement:50`
help-leaflet--all = برای هر EPCI یک ورقهٔ معلومات، نوشته‌شده در پوشه‌ای که با `-o` داده شده (`DIR/epci-200042604.html`…، و با `--pro`: `DIR/epci-200042604.pro.html`…)
help-leaflet--pro = ورقهٔ معلومات افراد مسلکی: همراه با راه‌های تماس و مکان‌های فقط برای افراد مسلکی، که نشانه‌گذاری شده‌اند، و «آن را به دیوار نصب نکنید و به مراجعین ندهید» در بالا، در پایین صفحه و در عنوان. به `--directory` با پوشهٔ فهرست خدمات یا بستهٔ ویژهٔ افراد مسلکی نیاز دارد (جملهٔ رمز آن در MAILLAGE_PASSPHRASE یا تایپ‌شده هنگام درخواست، هرگز به شکل آرگومان)
help-leaflet--output = جای نوشتن: یک فایل (با `--all` یک پوشه)؛ اگر داده نشود، خروجی استاندارد
help-leaflet--format = کاغذ: a4 (یک صفحه) یا a5 (دو صفحه، دو رو یا یک A4 تاشده)
help-leaflet--qr_url = یک صفحهٔ https:// که کود QR ورقه به آن اشاره می‌کند (مثلاً صفحهٔ یک همکار که ویجت را دارد)؛ اگر داده نشود، کود QR نیست
help-leaflet--directory = یک پوشهٔ فهرست خدمات یا یک بسته برای استفاده به جای فهرست مانش که در برنامه گنجانده شده (با `--pro`: پوشه یا بستهٔ ویژهٔ افراد مسلکی، مثلاً `manche.pro.maillage`)
help-coverage = پوشش هر ناحیه: فاصله تا نزدیک‌ترین مکان برای هر کتگوری، خط‌های تیلفونی و انترنتی، ارقام هر EPCI، مواردی که باید دوباره بررسی شوند (JSON، CSV یا نقشهٔ SVG)
help-coverage--format = فورمت خروجی
help-coverage--output = جای نوشتن؛ اگر داده نشود، خروجی استاندارد
help-coverage--category = کتگوری‌ای که نقشهٔ SVG نشان می‌دهد
help-coverage--audience = فقط مکان‌های این مخاطب (یا برای همه) شمرده شوند: tous, femmes, hommes, jeunes, enfants, lgbt, proches, auteurs. اگر داده نشود، همهٔ مکان‌ها به جز مکان‌های فقط برای افراد مسلکی
help-coverage--today = تاریخی که تازگی منابع با آن سنجیده می‌شود (YYYY-MM-DD)؛ اگر داده نشود، امروز
help-coverage--directory = یک پوشهٔ فهرست خدمات یا یک بسته برای استفاده به جای فهرست مانش که در برنامه گنجانده شده

## کلمات خود رهنما در اطراف متن‌ها (سرخط‌ها، گزینه‌های مشترک)

cli-usage = طرز استفاده:
cli-commands = فرمان‌ها
cli-arguments = آرگومان‌ها
cli-options = گزینه‌ها
cli-print-help = نشان دادن رهنما
cli-print-version = نشان دادن نسخه
cli-default = [پیش‌فرض: { $value }]
cli-possible-values = [مقدارهای ممکن: { $values }]

## خطاهای خود خط فرمان

# $arg: گزینه یا آرگومان (`--format <FORMAT>`)؛ $value: آنچه تایپ شده است.
cli-invalid-value = مقدار نامعتبر `{ $value }` برای `{ $arg }`
# $reason: دلیل، که از پیش به زبان خواننده است.
cli-invalid-value-because = مقدار نامعتبر `{ $value }` برای `{ $arg }`: { $reason }
cli-missing-arguments = داده نشده: { $args }
cli-unknown-argument = آرگومان غیرمنتظره `{ $arg }`
cli-unknown-command = فرمان ناشناخته `{ $command }`
cli-try-help = برای معلومات بیشتر: --help
