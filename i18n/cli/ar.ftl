# AI draft translation, not reviewed by a native speaker. / مسودة ترجمة آلية بالذكاء الاصطناعي، لم يراجعها متحدث أصلي.
# maillage — ما يقوله سطر الأوامر عن نفسه (ما كتبه، وما لم ينجح)، بلغة `--lang`. إجاباته في ../documents/
# ومشكلات الدليل في ../problems/. المعرّفات والمتغيرات نفسها في كل لغة. المسارات والخيارات (`--all`،
# `-o DIR`) والأوامر وأسماء الملفات تبقى كما هي.
# فئات الجمع (CLDR، العربية): zero، one، two، few، many، other.

## كل فشل

# $error: ما لم ينجح، مع أسبابه (بعضها من نظام التشغيل، بلغته).
cli-failed = maillage: { $error }
cli-reading = قراءة { $path }
cli-writing = كتابة { $path }
cli-creating = إنشاء { $path }
cli-listing = سرد محتويات { $path }

## قراءة دليل

cli-not-a-folder = { $path } ليس مجلد دليل
cli-folder-not-valid = { $path } غير صالح: شغّل `maillage validate { $path }`
cli-bundle-too-large = { $path }: { $size } بايت، أكثر مما يمكن أن تحتويه الحزمة ({ $max } بايت)
cli-embedded-bundle = حزمة المانش (Manche) المضمّنة في البرنامج
cli-not-embedded = غير موجود في هذا البرنامج
# $tag: لغة؛ $file: ملف النصوص؛ $error: سبب تعذّر قراءته.
cli-texts-unavailable = maillage: نصوص الدليل بلغة `{ $tag }` ({ $file }): { $error }؛ تُعرض خطواته بالفرنسية

## maillage build

cli-not-valid-nothing-written = maillage: { $path } غير صالح؛ لم يُكتب شيء
cli-wrote-bundle = تمت كتابة { $path }: { $bytes } بايت، و{ $gzipped } بايت بعد الضغط (المناطق: { $territories }، الأماكن: { $places }، الخدمات: { $services }، الخطوط الوطنية: { $national }؛ النسخة العامة: جهات الاتصال أو الأماكن المخصّصة للمهنيين فقط المستبعدة: { $withheld })
cli-wrote-translations = تمت كتابة الترجمات بجانبه: { $files }
cli-translation-size = { $file } ({ $gzipped } بايت بعد الضغط)
cli-wrote-pro-bundle = تمت كتابة { $path }: { $bytes } بايت، الحزمة المهنية (مختومة: Argon2id + XChaCha20-Poly1305)

## عبارة مرور الدليل المهني

cli-passphrase-needed = تحتاج الحزمة المهنية إلى عبارة مرورها: اضبط { $env } أو شغّل maillage في طرفية لكتابتها
cli-passphrase-prompt = عبارة مرور الدليل المهني:{" "}
cli-passphrase-again = العبارة نفسها مرة أخرى:{" "}
cli-reading-passphrase = قراءة عبارة المرور
cli-passphrases-differ = عبارتا المرور مختلفتان؛ لم يُكتب شيء
cli-no-random = لم يقدّم نظام التشغيل بايتات عشوائية: { $error }

## الاستعلامات

cli-latlon-expected = `{ $text }`: المتوقع LAT,LON، مثل 49.1128,-1.0724
cli-not-latitude = `{ $text }` ليس خط عرض
cli-not-longitude = `{ $text }` ليس خط طول
cli-latlon-range = `{ $text }` خارج النطاق المسموح (خط العرض أولًا، ثم خط الطول)
cli-time-expected = `{ $text }`: المتوقع وقت بتوقيت باريس، مثل 2026-12-01T10:00
cli-give-place = حدّد --place NAME أو --at LAT,LON
cli-no-place = maillage: لا يوجد مكان يطابق `{ $name }`
cli-unknown-territory = maillage: منطقة غير معروفة `{ $territory }`

## المطويات

cli-all-needs-output = يتطلب --all الخيار -o DIR
cli-no-epci = لا يحتوي الدليل على أي EPCI
cli-give-territory = حدّد معرّف منطقة (مثلًا epci:200042604) أو --all
cli-wrote-file = تمت كتابة { $path }
cli-leaflet-unknown-territory = منطقة غير معروفة `{ $territory }`
cli-leaflet-bad-qr = `{ $url }`: يجب أن يشير رمز QR إلى صفحة https:// (مثلًا https://www.manche.gouv.fr/)
cli-leaflet-qr-too-long = عنوان رمز QR أطول من أن يُرمَّز
cli-pro-where = مرّر --directory مع الحزمة المهنية (manche.pro.maillage، وعبارة مرورها في MAILLAGE_PASSPHRASE أو تُكتب عند طلبها) أو مع مجلد الدليل (data/manche)
cli-pro-needs-directory = يتطلب --pro الدليل المهني، ودليل المانش المضمّن هو الدليل العام: { $where }
cli-not-pro-bundle = { $path } ليست حزمة مهنية (الحزمة العامة لا تحتوي أي جهة اتصال مخصّصة للمهنيين فقط): { $where }

## التصدير والاستيراد

cli-wrote-csv = تمت كتابة { $path } (الصفوف: { $rows }، الخدمات: { $services })
cli-wrote-csv-national = تمت كتابة { $path } (الصفوف: { $rows }، الخدمات: { $services }، الخطوط الوطنية: { $national })
cli-wrote-hsds = تمت كتابة { $path } (خدمات HSDS: { $count })
cli-wrote-data-inclusion = تمت كتابة { $structures-file } (الهياكل: { $structures }) و { $services-file } (الخدمات: { $services })
cli-import-too-large = { $path }: { $size } بايت، أكثر مما يستورده maillage ({ $max } بايت): قسّمه، أو تحقّق من أنه الملف الصحيح
cli-not-utf8 = { $path }: ليس نصًا بترميز UTF-8: { $error }
cli-nothing-read = maillage: تعذّرت قراءة أي شيء؛ لم يُكتب شيء
cli-wrote-imported = تمت كتابة { $path } (البطاقات: { $total }، منها خطوط وطنية: { $national })؛ { $warnings ->
    [0] لا شيء للمراجعة
    [one] { $warnings } نقطة للمراجعة
    [two] { $warnings } نقطتان للمراجعة
    [few] { $warnings } نقاط للمراجعة
    [many] { $warnings } نقطةً للمراجعة
   *[other] { $warnings } نقطة للمراجعة
}
cli-then-check = ثم يتحقق `maillage import csv { $path } -o DIR` من كل صف
cli-unreadable-files = في { $path } ملفات غير مقروءة؛ لم يُكتب شيء
cli-note = ملاحظة: { $note }
cli-names-unavailable = تعذّر تحميل { $path } للبحث فيه عن الأسماء: يجب كتابة البلديات والمناطق بمعرّفاتها
cli-checked-against-embedded = لا يحتوي { $path } على directory.json: يتم التحقق من الصفوف مقابل دليل المانش المضمّن
cli-sheet-invalid = maillage: { $path }: { $errors ->
    [one] { $errors } خطأ
    [two] { $errors } خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
} (عدد الصفوف: { $rows })؛ لم يُكتب شيء
cli-services-file = { $path } (الخدمات: { $services })
cli-services-national-files = { $path } (الخدمات: { $services }) و { $national-path } (الخطوط الوطنية: { $national })
cli-would-write = maillage: { $path } صالح؛ كان سيُكتب: { $what }
cli-wrote-what = تمت كتابة { $what }

## المساعدة (maillage --help، maillage <الأمر> --help)

# help-<الأمر> يصف أمرًا، وhelp-<الأمر>--<الوسيط> يصف وسيطًا.
# كلمات clap نفسها (Usage، Options، Print help) تبقى بالإنجليزية.

help = العثور على المساعدة بالقرب منك وعلى الخطوات التالية للخروج من العنف: التحقق من دليل وبناؤه والاستعلام فيه.
help--lang = لغة ما يكتبه maillage للأشخاص (الرموز في مخرجات JSON تبقى رموزًا): fr، fr-x-falc (فرنسية سهلة القراءة)، en، ar، fa-AF (الدرية)، ps، uk، ru، es، pt، ro، tr، أو وسم للغة نفسها (en-GB، prs…). البطاقات المحلية تبقى بالفرنسية
help-validate = التحقق من مجلد دليل (أو حزمة)؛ رمز الخروج 0 إذا كان صالحًا، و1 خلاف ذلك
help-validate--dir = مجلد دليل أو ملف حزمة؛ دليل المانش المضمّن إذا لم يُحدَّد
help-validate--format = صيغة الإخراج
help-validate--today = التاريخ الذي تُقاس به حداثة المصادر (YYYY-MM-DD)؛ تاريخ اليوم إذا لم يُحدَّد
help-locate = كل المناطق التي تضم نقطة (`LAT,LON`)، من الأدق إلى الأوسع
help-locate--point = `LAT,LON`، مثلًا `49.1128,-1.0724`
help-locate--format = صيغة الإخراج
help-locate--directory = مجلد دليل أو حزمة يُستخدم بدلًا من دليل المانش المضمّن
help-places = الأماكن (البلديات، والبلديات المنتدبة (communes déléguées)، والرموز البريدية) التي تطابق النص المكتوب
help-places--query = النص المكتوب، مثلًا `st lo`، `50100`، `tourlaville`
help-places--limit = الحد الأقصى لعدد الأماكن
help-places--format = صيغة الإخراج
help-places--directory = مجلد دليل أو حزمة يُستخدم بدلًا من دليل المانش المضمّن
help-nearest = الخدمات القريبة من نقطة، مع التصفية والمسافة وحالة الفتح والأسباب
help-nearest--point = `LAT,LON`
help-nearest--categories = الفئات (تُكرَّر أو تُفصل بفواصل): urgence, ecoute, hebergement, soins, plainte, juridique, protection, social, psy, enfants, sante-sexuelle, auteurs
help-nearest--audiences = الجمهور المستهدف: tous, femmes, hommes, jeunes, enfants, lgbt, proches, professionnels, auteurs
help-nearest--access = طرق الوصول: telephone, sms, en-ligne, sur-place, rendez-vous, permanence
help-nearest--open_at = الوقت بتوقيت باريس لمعرفة حالة الفتح (`2026-12-01T10:00`)؛ الآن إذا لم يُحدَّد
help-nearest--open_only = الاحتفاظ فقط بالخدمات المفتوحة في ذلك الوقت
help-nearest--language = الاحتفاظ فقط بالخدمات التي تتحدث هذه اللغة (ISO 639-1)
help-nearest--step_free = الاحتفاظ فقط بالأماكن ذات المدخل دون درجات
help-nearest--professional = تضمين الأماكن وجهات الاتصال المخصّصة للمهنيين فقط
help-nearest--limit = الحد الأقصى لعدد الأماكن
help-nearest--format = صيغة الإخراج
help-nearest--directory = مجلد دليل أو حزمة يُستخدم بدلًا من دليل المانش المضمّن
help-pathway = مسار الخروج المقترح لوضع ومكان ووقت محدَّدين
help-pathway--place = اسم مكان أو رمز بريدي (تُؤخذ أفضل نتيجة)، مثلًا `Granville`
help-pathway--at = نقطة `LAT,LON` بدلًا من مكان
help-pathway--answers = الإجابات، مثلًا `in_danger_now=no,children=yes,role=relative`
help-pathway--at_time = الوقت بتوقيت باريس (`2026-12-01T22:30`)؛ الآن إذا لم يُحدَّد
help-pathway--format = صيغة الإخراج
help-pathway--directory = مجلد دليل أو حزمة يُستخدم بدلًا من دليل المانش المضمّن
help-routes = مسار التوجيه في منطقة ما للمهنيين: كل خطوة، وكل جهة اتصال
help-routes--territory = معرّف منطقة، مثلًا `epci:200042604`، `commune:50639`
help-routes--format = صيغة الإخراج
help-routes--directory = مجلد دليل أو حزمة يُستخدم بدلًا من دليل المانش المضمّن
help-build = بناء الحزمة صغيرة الحجم التي يحمّلها سطر الأوامر والأداة (widget)؛ يعرض حجمها الخام وحجمها بعد الضغط
help-build--dir = مجلد الدليل
help-build--output = مكان كتابة الحزمة
help-build--built_on = تاريخ البناء المسجَّل في الحزمة (YYYY-MM-DD)؛ تاريخ اليوم إذا لم يُحدَّد
help-build--pro_out = كتابة الحزمة المهنية هنا أيضًا: الدليل كاملًا، بما فيه جهات الاتصال والأماكن المخصّصة للمهنيين فقط، مختومةً بعبارة مرور تُقرأ من MAILLAGE_PASSPHRASE أو تُكتب عند طلبها (لا تُمرَّر أبدًا كوسيط). انظر SECURITY.md
help-export = كتابة الدليل في جدول بيانات (CSV) أو بمعيار مفتوح (HSDS 3.0، data·inclusion)
help-export-csv = الخدمات في جدول بيانات (CSV)، لتعديلها ثم إعادة قراءتها بـ `import csv`. صف واحد لكل نقطة اتصال، والترويسات بالفرنسية (انظر examples/templates/README.md). جهات الاتصال المخصّصة للمهنيين فقط موجودة فيه (إنه ملف العمل لجهة التنسيق)؛ المكان السري لا يحمل أبدًا عنوانًا ولا رمزًا بريديًا ولا نقطة.
help-export-csv--dir = مجلد دليل أو حزمة؛ دليل المانش المضمّن إذا لم يُحدَّد
help-export-csv--output = ملف CSV المراد كتابته
help-export-csv--national = كتابة الخطوط الوطنية أيضًا (العمود `ligne nationale` = oui)
help-export-csv--separator = فاصل الأعمدة: الفاصلة المنقوطة (ما تتوقعه جداول البيانات الفرنسية) أو الفاصلة
help-export-csv--no_bom = عدم كتابة علامة ترتيب البايتات (BOM) الخاصة بـ UTF-8 (بها يقرأ Excel الحروف الفرنسية ذات العلامات (accents) قراءةً صحيحة)
help-export-hsds = Open Referral HSDS 3.0: مصفوفة JSON من الخدمات. مرتكزة على الخدمات، مع إدراج البيانات المرتبطة مباشرةً (dereferenced)، وموجّهة للجمهور العام ما لم يُحدَّد --professional. المكان السري لا يُظهر إلا بلديته.
help-export-hsds--dir = مجلد دليل أو حزمة؛ دليل المانش المضمّن إذا لم يُحدَّد
help-export-hsds--output = ملف JSON المراد كتابته؛ المخرج القياسي إذا لم يُحدَّد
help-export-hsds--national = تصدير الخطوط الوطنية أيضًا
help-export-hsds--professional = تضمين الأماكن وجهات الاتصال المخصّصة للمهنيين فقط (دون الأماكن السرية أبدًا)
help-export-data-inclusion = data·inclusion v1: OUTPUT/structures.json و OUTPUT/services.json. موجّه للجمهور العام ما لم يُحدَّد --professional. المكان السري لا يُظهر إلا بلديته.
help-export-data-inclusion--dir = مجلد دليل أو حزمة؛ دليل المانش المضمّن إذا لم يُحدَّد
help-export-data-inclusion--output = المجلد الذي يُكتب فيه الملفان (يُنشأ عند الحاجة)
help-export-data-inclusion--national = تصدير الخطوط الوطنية أيضًا (المنطقة `france`)
help-export-data-inclusion--professional = تضمين الأماكن وجهات الاتصال المخصّصة للمهنيين فقط (دون الأماكن السرية أبدًا)
help-export-data-inclusion--date = قيمة `date_maj` للبطاقات التي لم يتم التحقق منها ولم تؤرّخها صفحة مصدرها (YYYY-MM-DD)؛ تاريخ اليوم إذا لم يُحدَّد
help-import = إعادة قراءة جدول بيانات إلى دليل، أو تحويل تصدير HSDS أو data·inclusion من دليل آخر إلى بطاقات للمراجعة
help-import-csv = إعادة قراءة جدول بيانات (CSV) إلى OUTPUT/services.json؛ لا يُكتب شيء عند وجود خطأ. الصفوف التي فيها `ligne nationale` = oui تذهب إلى national.json. يتم التحقق من كل صف، بفحوص النواة، مقابل الدليل الموجود في OUTPUT (أو دليل المانش المضمّن إذا لم يكن في OUTPUT دليل)؛ إذا كان في أي صف خطأ، تُسرد كل الأخطاء مع صفها وعمودها، ولا يُكتب شيء.
help-import-csv--file = ملف CSV: مفصول بفواصل أو بفواصل منقوطة، بترميز UTF-8 مع علامة ترتيب البايتات أو بدونها
help-import-csv--output = مجلد الدليل الذي يُكتب فيه services.json (و national.json)
help-import-csv--dry_run = التحقق فقط؛ دون كتابة أي شيء
help-import-csv--today = التاريخ الذي تُقاس به حداثة المصادر (YYYY-MM-DD)؛ تاريخ اليوم إذا لم يُحدَّد
help-import-csv--format = صيغة إخراج المشكلات
help-import-hsds = تحويل خدمات HSDS 3.0 من دليل آخر إلى بطاقات للمراجعة. تُطابَق التصنيفات (taxonomies) مع فئاتنا؛ ويُسرد ما تعذّرت مطابقته، ولا تضيع أي بطاقة.
help-import-hsds--file = ملف JSON بصيغة HSDS: مصفوفة خدمات، أو خدمة واحدة، أو صفحة API، أو منظمات
help-import-hsds--output = مكان كتابة البطاقات: جدول بيانات `.csv` (للمراجعة، ثم `import csv`) أو ملف `.json` (بقائمتيه `services` و `national`)
help-import-hsds--directory = الدليل (مجلد أو حزمة) الذي تُستخدم أسماء بلدياته ومناطقه في المطابقة؛ دليل المانش المضمّن إذا لم يُحدَّد
help-import-data-inclusion = تحويل خدمات data·inclusion v1 إلى بطاقات للمراجعة. تُطابَق المواضيع (thématiques) مع فئاتنا؛ ويُسرد ما تعذّرت مطابقته، ولا تضيع أي بطاقة.
help-import-data-inclusion--file = ملف JSON للخدمات، أو مجلد فيه services.json (و structures.json، لأسماء المنظمات)
help-import-data-inclusion--output = مكان كتابة البطاقات: جدول بيانات `.csv` أو ملف `.json`
help-import-data-inclusion--directory = الدليل (مجلد أو حزمة) الذي تُستخدم أسماؤه في المطابقة؛ دليل المانش المضمّن إذا لم يُحدَّد
help-leaflet = مطوية جاهزة للطباعة (HTML مستقل، A4 أو A5) لجهات الاتصال العامة في منطقة ما؛ `--all -o DIR` يكتب مطوية لكل EPCI؛ `--pro` يطبع مطوية المهنيين، من مجلد الدليل أو من الحزمة المهنية
help-leaflet--territory = معرّف منطقة، مثلًا `epci:200042604`، `commune:50218`، `departement:50`
help-leaflet--all = مطوية لكل EPCI، تُكتب في المجلد المحدَّد بـ `-o` (`DIR/epci-200042604.html`…، و `DIR/epci-200042604.pro.html`… مع `--pro`)
help-leaflet--pro = مطوية المهنيين: تتضمن جهات الاتصال والأماكن المخصّصة للمهنيين فقط، مع تمييزها، وعبارة «لا تُعلَّق ولا تُسلَّم للجمهور» في الأعلى وفي تذييل الصفحة وفي العنوان. تتطلب `--directory` مع مجلد الدليل أو الحزمة المهنية (عبارة مرورها في MAILLAGE_PASSPHRASE أو تُكتب عند طلبها، ولا تُمرَّر أبدًا كوسيط)
help-leaflet--output = مكان الكتابة: ملف (أو مجلد مع `--all`)؛ المخرج القياسي إذا لم يُحدَّد
help-leaflet--format = الورق: a4 (صفحة واحدة) أو a5 (صفحتان، على الوجهين أو ورقة A4 مطوية)
help-leaflet--qr_url = صفحة https:// يشير إليها رمز QR في المطوية (صفحة شريك فيها الأداة، مثلًا)؛ لا يوجد رمز QR إذا لم تُحدَّد
help-leaflet--directory = مجلد دليل أو حزمة يُستخدم بدلًا من دليل المانش المضمّن (مع `--pro`: المجلد أو الحزمة المهنية، مثلًا `manche.pro.maillage`)
help-coverage = تغطية كل بلدية: المسافة إلى أقرب مكان لكل فئة، والخطوط الهاتفية وعبر الإنترنت، والأرقام لكل EPCI، والبطاقات التي يجب التحقق منها مجددًا (JSON أو CSV أو خريطة SVG)
help-coverage--format = صيغة الإخراج
help-coverage--output = مكان الكتابة؛ المخرج القياسي إذا لم يُحدَّد
help-coverage--category = الفئة التي تعرضها خريطة SVG
help-coverage--audience = عدّ الأماكن المخصّصة لهذا الجمهور فقط (أو للجميع): tous, femmes, hommes, jeunes, enfants, lgbt, proches, auteurs. إذا لم يُحدَّد: كل الأماكن ما عدا المخصّصة للمهنيين فقط
help-coverage--today = التاريخ الذي تُقاس به حداثة المصادر (YYYY-MM-DD)؛ تاريخ اليوم إذا لم يُحدَّد
help-coverage--directory = مجلد دليل أو حزمة يُستخدم بدلًا من دليل المانش المضمّن

## كلمات المساعدة نفسها حول النصوص (العناوين، الخيارات المشتركة)

cli-usage = الاستخدام:
cli-commands = الأوامر
cli-arguments = الوسائط
cli-options = الخيارات
cli-print-help = عرض المساعدة
cli-print-version = عرض الإصدار
cli-default = [الافتراضي: { $value }]
cli-possible-values = [القيم الممكنة: { $values }]

## أخطاء سطر الأوامر نفسه

# $arg: الخيار أو الوسيط (`--format <FORMAT>`)؛ $value: ما كُتب.
cli-invalid-value = قيمة غير صالحة `{ $value }` لـ `{ $arg }`
# $reason: السبب، وهو بلغة القارئ أصلًا.
cli-invalid-value-because = قيمة غير صالحة `{ $value }` لـ `{ $arg }`: { $reason }
cli-missing-arguments = ما ينقص: { $args }
cli-unknown-argument = وسيط غير متوقع `{ $arg }`
cli-unknown-command = أمر غير معروف `{ $command }`
cli-try-help = لمعرفة المزيد: --help
