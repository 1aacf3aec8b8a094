# AI draft translation, not reviewed by a native speaker. / دا د مصنوعي ځیرکتیا (AI) لومړنۍ ژباړه ده، چې پښتو ژبي کس لا نه ده کتلې.
# maillage — هغه څه چې د کمانډ کرښه د ځان په اړه وايي (څه یې ولیکل، څه کار ونه کړ)، د `--lang` په ژبه.
# ځوابونه یې په ../documents/ کې دي او د لارښود ستونزې په ../problems/ کې. په هره ژبه کې همغه پېژندونه او
# متغیرونه. لارې (paths)، انتخابونه (`--all`، `-o DIR`)، کمانډونه او د فایلونو نومونه لکه څنګه چې دي پاتې کېږي.
# د جمع ډولونه (CLDR، پښتو): one، other.

## هره ناکامي

# $error: هغه څه چې کار یې ونه کړ، له لاملونو سره (ځینې یې د عامل سیستم له خوا، د هغه په ژبه).
cli-failed = maillage: { $error }
cli-reading = د { $path } لوستل
cli-writing = د { $path } لیکل
cli-creating = د { $path } جوړول
cli-listing = د { $path } د منځپانګې لړلیک

## د لارښود لوستل

cli-not-a-folder = { $path } د لارښود فولډر نه دی
cli-folder-not-valid = { $path } سم نه دی: `maillage validate { $path }` وچلوئ
cli-bundle-too-large = { $path }: { $size } بایټه، له هغه ډېر چې یوه کڅوړه یې لرلی شي ({ $max } بایټه)
cli-embedded-bundle = د Manche کڅوړه چې په دې پروګرام کې شامله ده
cli-not-embedded = په دې پروګرام کې نشته
# $tag: یوه ژبه؛ $file: د متنونو فایل؛ $error: ولې ونه لوستل شو.
cli-texts-unavailable = maillage: په `{ $tag }` ژبه د لارښود متنونه ({ $file }): { $error }؛ ګامونه یې په فرانسوي ښودل کېږي

## maillage build

cli-not-valid-nothing-written = maillage: { $path } سم نه دی؛ هېڅ شی ونه لیکل شو
cli-wrote-bundle = { $path } ولیکل شو: { $bytes } بایټه، کمپرېس شوي { $gzipped } بایټه ({ $territories } سیمې، { $places } ځایونه، { $services } خدمتونه، { $national } ملي کرښې؛ عامه نسخه: { $withheld } اړیکې یا ځایونه چې یوازې د مسلکي کسانو لپاره دي پرېښودل شول)
cli-wrote-translations = ژباړې یې تر څنګ ولیکل شوې: { $files }
cli-translation-size = { $file } (کمپرېس شوي { $gzipped } بایټه)
cli-wrote-pro-bundle = { $path } ولیکل شو: { $bytes } بایټه، د مسلکي کسانو کڅوړه (مهر شوې: Argon2id + XChaCha20-Poly1305)

## د مسلکي کسانو د لارښود پټه جمله

cli-passphrase-needed = د مسلکي کسانو کڅوړې ته خپله پټه جمله پکار ده: { $env } وټاکئ یا maillage په ټرمینل کې وچلوئ چې هغه ولیکئ
cli-passphrase-prompt = د مسلکي کسانو د لارښود پټه جمله:{" "}
cli-passphrase-again = همغه جمله، یو ځل بیا:{" "}
cli-reading-passphrase = د پټې جملې لوستل
cli-passphrases-differ = دواړه پټې جملې سره توپیر لري؛ هېڅ شی ونه لیکل شو
cli-no-random = عامل سیستم تصادفي بایټونه ورنه کړل: { $error }

## پوښتنې

cli-latlon-expected = `{ $text }`: LAT,LON تمه کېده، لکه 49.1128,-1.0724
cli-not-latitude = `{ $text }` عرض البلد نه دی
cli-not-longitude = `{ $text }` طول البلد نه دی
cli-latlon-range = `{ $text }` له حد نه بهر دی (لومړی عرض البلد، بیا طول البلد)
cli-time-expected = `{ $text }`: د پاریس د وخت له مخې یو وخت تمه کېده، لکه 2026-12-01T10:00
cli-give-place = --place NAME یا --at LAT,LON ورکړئ
cli-no-place = maillage: هېڅ ځای له `{ $name }` سره سمون نه خوري
cli-unknown-territory = maillage: نامعلومه سیمه `{ $territory }`

## معلوماتي پاڼې

cli-all-needs-output = --all د -o DIR غوښتنه کوي
cli-no-epci = لارښود هېڅ EPCI نه لري
cli-give-territory = د یوې سیمې پېژند (د بېلګې په توګه epci:200042604) یا --all ورکړئ
cli-wrote-file = { $path } ولیکل شو
cli-leaflet-unknown-territory = نامعلومه سیمه `{ $territory }`
cli-leaflet-bad-qr = `{ $url }`: QR کوډ باید یوې https:// وېبپاڼې ته اشاره وکړي (د بېلګې په توګه https://www.manche.gouv.fr/)
cli-leaflet-qr-too-long = د QR کوډ پته د کوډ کولو لپاره ډېره اوږده ده
cli-pro-where = --directory د مسلکي کسانو له کڅوړې سره (manche.pro.maillage، پټه جمله یې په MAILLAGE_PASSPHRASE کې یا د غوښتنې پر مهال لیکل کېږي) یا د لارښود له فولډر سره (data/manche) ورکړئ
cli-pro-needs-directory = --pro د مسلکي کسانو لارښود ته اړتیا لري، او د Manche شامل لارښود عامه لارښود دی: { $where }
cli-not-pro-bundle = { $path } د مسلکي کسانو کڅوړه نه ده (عامه کڅوړه هېڅ داسې اړیکه نه لري چې یوازې د مسلکي کسانو لپاره وي): { $where }

## صادرول او واردول

cli-wrote-csv = { $path } ولیکل شو: { $rows } قطارونه ({ $services } خدمتونه)
cli-wrote-csv-national = { $path } ولیکل شو: { $rows } قطارونه ({ $services } خدمتونه، { $national } ملي کرښې)
cli-wrote-hsds = { $path } ولیکل شو: { $count } HSDS خدمتونه
cli-wrote-data-inclusion = { $structures-file } ({ $structures } بنسټونه) او { $services-file } ({ $services } خدمتونه) ولیکل شول
cli-import-too-large = { $path }: { $size } بایټه، له هغه ډېر چې maillage یې واردوي ({ $max } بایټه): ټوټې یې کړئ، یا وګورئ چې سم فایل دی
cli-not-utf8 = { $path }: UTF-8 متن نه دی: { $error }
cli-nothing-read = maillage: هېڅ شی ونه لوستل شو؛ هېڅ شی ونه لیکل شو
cli-wrote-imported = { $path } ولیکل شو: { $total } پاڼې (په دې کې { $national } ملي کرښې)؛ { $warnings ->
    [0] د بیا کتلو لپاره هېڅ شی نشته
    [one] د بیا کتلو لپاره { $warnings } ټکی
   *[other] د بیا کتلو لپاره { $warnings } ټکي
}
cli-then-check = بیا `maillage import csv { $path } -o DIR` هر قطار ګوري
cli-unreadable-files = { $path } داسې فایلونه لري چې نه لوستل کېږي؛ هېڅ شی ونه لیکل شو
cli-note = یادښت: { $note }
cli-names-unavailable = { $path } بار نه شو چې نومونه پکې ولټول شي: ښارونه او کلي (communes) او سیمې باید د خپلو پېژندونو په واسطه ولیکل شي
cli-checked-against-embedded = { $path } directory.json نه لري: قطارونه د Manche له شامل لارښود سره کتل کېږي
cli-sheet-invalid = maillage: { $path }: { $errors ->
    [one] { $errors } تېروتنه
   *[other] { $errors } تېروتنې
} په { $rows } قطارونو کې؛ هېڅ شی ونه لیکل شو
cli-services-file = { $path } ({ $services } خدمتونه)
cli-services-national-files = { $path } ({ $services } خدمتونه) او { $national-path } ({ $national } ملي کرښې)
cli-would-write = maillage: { $path } سم دی؛ { $what } به لیکل شوي وای
cli-wrote-what = { $what } ولیکل شو

## مرسته (maillage --help، maillage <کمانډ> --help)

# help-<کمانډ> یو کمانډ بیانوي، help-<کمانډ>--<ارګومنټ> یو ارګومنټ.
# د clap خپلې کلمې (Usage، Options، Print help) په انګلیسي پاتې کېږي.

help = خپل شاوخوا مرسته او له تاوتریخوالي د وتلو راتلونکي ګامونه ومومئ: یو لارښود وګورئ، جوړ یې کړئ او پوښتنې ترې وکړئ.
help--lang = د هغه څه ژبه چې maillage یې د خلکو لپاره لیکي (د JSON په وتنه کې کوډونه کوډونه پاتې کېږي): fr، fr-x-falc (په اسانۍ لوستل کېدونکې فرانسوي)، en، ar، fa-AF (دري)، ps، uk، ru، es، pt، ro، tr، یا د همغې ژبې یوه نښه (en-GB، prs…). ځايي پاڼې په فرانسوي پاتې کېږي
help-validate = د لارښود فولډر (یا کڅوړه) وګورئ؛ که سم وي د وتلو کوډ 0، که نه 1
help-validate--dir = د لارښود فولډر یا د کڅوړې فایل؛ که ورنه کړل شي، د Manche شامل لارښود
help-validate--format = د وتنې بڼه
help-validate--today = هغه نېټه چې د سرچینو تازه والی ورسره سنجول کېږي (YYYY-MM-DD)؛ که ورنه کړل شي، نن
help-locate = د یوه ټکي (`LAT,LON`) ټولې سیمې، له تر ټولو دقیقې نه تر تر ټولو پراخې پورې
help-locate--point = `LAT,LON`، د بېلګې په توګه `49.1128,-1.0724`
help-locate--format = د وتنې بڼه
help-locate--directory = د لارښود فولډر یا کڅوړه چې د Manche د شامل لارښود پر ځای وکارول شي
help-places = هغه ځایونه (ښارونه او کلي، ضمیمه شوي ښارونه (communes déléguées)، پوستي کوډونه) چې له لیکل شوي متن سره سمون لري
help-places--query = لیکل شوی متن، د بېلګې په توګه `st lo`، `50100`، `tourlaville`
help-places--limit = تر ټولو زیات څو ځایونه
help-places--format = د وتنې بڼه
help-places--directory = د لارښود فولډر یا کڅوړه چې د Manche د شامل لارښود پر ځای وکارول شي
help-nearest = یوه ټکي ته نږدې خدمتونه، فلټر شوي، له واټن، د پرانیستلو حالت او لاملونو سره
help-nearest--point = `LAT,LON`
help-nearest--categories = کټګورۍ (تکرار شوې یا په کامو جلا شوې): urgence, ecoute, hebergement, soins, plainte, juridique, protection, social, psy, enfants, sante-sexuelle, auteurs
help-nearest--audiences = مخاطبین: tous, femmes, hommes, jeunes, enfants, lgbt, proches, professionnels, auteurs
help-nearest--access = د لاسرسي لارې: telephone, sms, en-ligne, sur-place, rendez-vous, permanence
help-nearest--open_at = د پرانیستلو لپاره د پاریس وخت (`2026-12-01T10:00`)؛ که ورنه کړل شي، همدا اوس
help-nearest--open_only = یوازې هغه خدمتونه وساتئ چې په هغه وخت کې پرانیستي وي
help-nearest--language = یوازې هغه خدمتونه وساتئ چې په دې ژبه خبرې کوي (ISO 639-1)
help-nearest--step_free = یوازې هغه ځایونه وساتئ چې پرته له زینو ننوتل لري
help-nearest--professional = هغه ځایونه او اړیکې هم شاملې کړئ چې یوازې د مسلکي کسانو لپاره دي
help-nearest--limit = تر ټولو زیات څو ځایونه
help-nearest--format = د وتنې بڼه
help-nearest--directory = د لارښود فولډر یا کڅوړه چې د Manche د شامل لارښود پر ځای وکارول شي
help-pathway = د یوه حالت، ځای او وخت لپاره د وتلو وړاندیز شوی مسیر
help-pathway--place = د ځای نوم یا پوستي کوډ (تر ټولو ښه پایله اخیستل کېږي)، د بېلګې په توګه `Granville`
help-pathway--at = د ځای پر ځای یو ټکی `LAT,LON`
help-pathway--answers = ځوابونه، د بېلګې په توګه `in_danger_now=no,children=yes,role=relative`
help-pathway--at_time = د پاریس وخت (`2026-12-01T22:30`)؛ که ورنه کړل شي، همدا اوس
help-pathway--format = د وتنې بڼه
help-pathway--directory = د لارښود فولډر یا کڅوړه چې د Manche د شامل لارښود پر ځای وکارول شي
help-routes = د مسلکي کسانو لپاره د یوې سیمې د لارښوونې لاره: هر ګام، هره اړیکه
help-routes--territory = د یوې سیمې پېژند، د بېلګې په توګه `epci:200042604`، `commune:50639`
help-routes--format = د وتنې بڼه
help-routes--directory = د لارښود فولډر یا کڅوړه چې د Manche د شامل لارښود پر ځای وکارول شي
help-build = هغه کوچنۍ کڅوړه جوړه کړئ چې د کمانډ کرښه او وېجټ یې باروي؛ خامه او کمپرېس شوې اندازه یې ښيي
help-build--dir = د لارښود فولډر
help-build--output = کڅوړه چېرته ولیکل شي
help-build--built_on = د جوړېدو نېټه چې په کڅوړه کې ثبتېږي (YYYY-MM-DD)؛ که ورنه کړل شي، نن
help-build--pro_out = دلته د مسلکي کسانو کڅوړه هم ولیکئ: ټول لارښود، د هغو اړیکو او ځایونو سره چې یوازې د مسلکي کسانو لپاره دي، په یوې پټې جملې مهر شوې چې له MAILLAGE_PASSPHRASE نه لوستل کېږي یا د غوښتنې پر مهال لیکل کېږي (هېڅکله د ارګومنټ په توګه نه). SECURITY.md وګورئ
help-export = لارښود په جدول (CSV) یا په یوه خلاص معیار (HSDS 3.0، data·inclusion) کې ولیکئ
help-export-csv = خدمتونه په جدول (CSV) کې، چې بدل یې کړئ او بیا یې د `import csv` په واسطه ولولئ. د اړیکې د هر ټکي لپاره یو قطار، سرلیکونه په فرانسوي (examples/templates/README.md وګورئ). هغه اړیکې چې یوازې د مسلکي کسانو لپاره دي پکې شاملې دي (دا د همغږۍ کاري فایل دی)؛ پټ ځای هېڅکله پته، پوستي کوډ یا ټکی نه لري.
help-export-csv--dir = د لارښود فولډر یا کڅوړه؛ که ورنه کړل شي، د Manche شامل لارښود
help-export-csv--output = هغه CSV فایل چې لیکل کېږي
help-export-csv--national = ملي کرښې هم ولیکئ (ستون `ligne nationale` = oui)
help-export-csv--separator = د ستونونو جلاکوونکی: سیمي‌کولن (هغه څه چې فرانسوي جدولونه یې تمه لري) یا کامه
help-export-csv--no_bom = د UTF-8 د بایټونو د ترتیب نښه (BOM) مه لیکئ (دا نښه Excel ته مرسته کوي چې فرانسوي نښه لرونکي توري (accents) سم ولولي)
help-export-hsds = Open Referral HSDS 3.0: د خدمتونو یوه JSON لړۍ (array). پر خدمتونو متمرکز او بې ارجاع (dereferenced)، د عامو خلکو لپاره مګر دا چې --professional ورکړل شي. پټ ځای یوازې خپل ښار یا کلی ښيي.
help-export-hsds--dir = د لارښود فولډر یا کڅوړه؛ که ورنه کړل شي، د Manche شامل لارښود
help-export-hsds--output = هغه JSON فایل چې لیکل کېږي؛ که ورنه کړل شي، معیاري وتنه
help-export-hsds--national = ملي کرښې هم صادرې کړئ
help-export-hsds--professional = هغه ځایونه او اړیکې هم شاملې کړئ چې یوازې د مسلکي کسانو لپاره دي (پټ ځایونه هېڅکله نه)
help-export-data-inclusion = data·inclusion v1: OUTPUT/structures.json او OUTPUT/services.json. د عامو خلکو لپاره مګر دا چې --professional ورکړل شي. پټ ځای یوازې خپل ښار یا کلی ښيي.
help-export-data-inclusion--dir = د لارښود فولډر یا کڅوړه؛ که ورنه کړل شي، د Manche شامل لارښود
help-export-data-inclusion--output = هغه فولډر چې دواړه فایلونه پکې لیکل کېږي (که اړتیا وي جوړېږي)
help-export-data-inclusion--national = ملي کرښې هم صادرې کړئ (سیمه `france`)
help-export-data-inclusion--professional = هغه ځایونه او اړیکې هم شاملې کړئ چې یوازې د مسلکي کسانو لپاره دي (پټ ځایونه هېڅکله نه)
help-export-data-inclusion--date = د هغو پاڼو `date_maj` چې نه کتل شوې او نه یې د سرچینې وېبپاڼې نېټه ورکړې (YYYY-MM-DD)؛ که ورنه کړل شي، نن
help-import = یو جدول بېرته په لارښود کې ولولئ، یا د بل لارښود HSDS یا data·inclusion صادرات د بیا کتلو وړ پاڼو ته واړوئ
help-import-csv = یو جدول (CSV) بېرته په OUTPUT/services.json کې ولولئ؛ که تېروتنه وي هېڅ شی نه لیکل کېږي. هغه قطارونه چې `ligne nationale` = oui لري national.json ته ځي. هر قطار د اصلي برخې (core) د ازموینو په واسطه، د OUTPUT له لارښود سره (یا د Manche له شامل لارښود سره که OUTPUT لارښود ونه لري) کتل کېږي؛ که په یوه قطار کې تېروتنه وي، هره تېروتنه له خپل قطار او ستون سره لیست کېږي، او هېڅ شی نه لیکل کېږي.
help-import-csv--file = CSV فایل: په کامو یا سیمي‌کولنونو جلا شوی، په UTF-8 کې، د بایټونو د ترتیب له نښې سره یا پرته له هغې
help-import-csv--output = د لارښود هغه فولډر چې services.json (او national.json) پکې لیکل کېږي
help-import-csv--dry_run = یوازې کتنه؛ هېڅ شی مه لیکئ
help-import-csv--today = هغه نېټه چې د سرچینو تازه والی ورسره سنجول کېږي (YYYY-MM-DD)؛ که ورنه کړل شي، نن
help-import-csv--format = د ستونزو د وتنې بڼه
help-import-hsds = د بل لارښود HSDS 3.0 خدمتونه د بیا کتلو وړ پاڼو ته واړوئ. ټکسونومۍ (taxonomies) زموږ له کټګوریو سره سمول کېږي؛ هغه څه چې سم نه شول لیست کېږي، او هېڅ پاڼه له منځه نه ځي.
help-import-hsds--file = د HSDS JSON: د خدمتونو لړۍ، یو خدمت، د API یوه پاڼه یا سازمانونه
help-import-hsds--output = پاڼې چېرته ولیکل شي: یو `.csv` جدول (د بیا کتلو لپاره، بیا `import csv`) یا یو `.json` فایل (د هغه `services` او `national` لړلیکونه)
help-import-hsds--directory = هغه لارښود (فولډر یا کڅوړه) چې د ښارونو، کلیو او سیمو نومونه یې د سمون لپاره کارول کېږي؛ که ورنه کړل شي، د Manche شامل لارښود
help-import-data-inclusion = د data·inclusion v1 خدمتونه د بیا کتلو وړ پاڼو ته واړوئ. موضوعګانې (thématiques) زموږ له کټګوریو سره سمول کېږي؛ هغه څه چې سم نه شول لیست کېږي، او هېڅ پاڼه له منځه نه ځي.
help-import-data-inclusion--file = د خدمتونو JSON، یا یو فولډر چې services.json لري (او structures.json، د سازمانونو د نومونو لپاره)
help-import-data-inclusion--output = پاڼې چېرته ولیکل شي: یو `.csv` جدول یا یو `.json` فایل
help-import-data-inclusion--directory = هغه لارښود (فولډر یا کڅوړه) چې نومونه یې د سمون لپاره کارول کېږي؛ که ورنه کړل شي، د Manche شامل لارښود
help-leaflet = د چاپ لپاره چمتو معلوماتي پاڼه (خپلواک HTML، A4 یا A5) د یوې سیمې د عامه اړیکو؛ `--all -o DIR` د هر EPCI لپاره یوه لیکي؛ `--pro` د مسلکي کسانو معلوماتي پاڼه چاپوي، د لارښود له فولډر یا د مسلکي کسانو له کڅوړې
help-leaflet--territory = د یوې سیمې پېژند، د بېلګې په توګه `epci:200042604`، `commune:50218`، `departement:50`
help-leaflet--all = د هر EPCI لپاره یوه معلوماتي پاڼه، چې د `-o` په ورکړل شوي فولډر کې لیکل کېږي (`DIR/epci-200042604.html`…، او له `--pro` سره `DIR/epci-200042604.pro.html`…)
help-leaflet--pro = د مسلکي کسانو معلوماتي پاڼه: هغه اړیکې او ځایونه چې یوازې د مسلکي کسانو لپاره دي پکې شامل او نښه شوي دي، او «په دېوال یې مه ځړوئ او خلکو ته یې مه ورکوئ» په سر کې، د مخ په پښه کې او په سرلیک کې. `--directory` د لارښود له فولډر یا د مسلکي کسانو له کڅوړې سره غواړي (پټه جمله یې په MAILLAGE_PASSPHRASE کې یا د غوښتنې پر مهال لیکل کېږي، هېڅکله د ارګومنټ په توګه نه)
help-leaflet--output = چېرته ولیکل شي: یو فایل (له `--all` سره یو فولډر)؛ که ورنه کړل شي، معیاري وتنه
help-leaflet--format = کاغذ: a4 (یو مخ) یا a5 (دوه مخونه، دواړو خواوو ته چاپ یا قات شوی A4)
help-leaflet--qr_url = یوه https:// وېبپاڼه چې د معلوماتي پاڼې QR کوډ ورته اشاره کوي (د بېلګې په توګه د یوه همکار وېبپاڼه چې وېجټ لري)؛ که ورنه کړل شي، QR کوډ نه وي
help-leaflet--directory = د لارښود فولډر یا کڅوړه چې د Manche د شامل لارښود پر ځای وکارول شي (له `--pro` سره: د مسلکي کسانو فولډر یا کڅوړه، د بېلګې په توګه `manche.pro.maillage`)
help-coverage = د هر ښار یا کلي پوښښ: د هرې کټګورۍ لپاره تر ټولو نږدې ځای ته واټن، د تلیفون او انټرنېټ کرښې، د هر EPCI شمېرې، هغه پاڼې چې باید بیا وکتل شي (JSON، CSV یا SVG نقشه)
help-coverage--format = د وتنې بڼه
help-coverage--output = چېرته ولیکل شي؛ که ورنه کړل شي، معیاري وتنه
help-coverage--category = هغه کټګوري چې SVG نقشه یې ښيي
help-coverage--audience = یوازې د دې مخاطبینو (یا د ټولو) لپاره ځایونه وشمېرئ: tous, femmes, hommes, jeunes, enfants, lgbt, proches, auteurs. که ورنه کړل شي، ټول ځایونه پرته له هغو چې یوازې د مسلکي کسانو لپاره دي
help-coverage--today = هغه نېټه چې د سرچینو تازه والی ورسره سنجول کېږي (YYYY-MM-DD)؛ که ورنه کړل شي، نن
help-coverage--directory = د لارښود فولډر یا کڅوړه چې د Manche د شامل لارښود پر ځای وکارول شي

## د متنونو شاوخوا د مرستې خپلې کلمې (سرلیکونه، ګډ انتخابونه)

cli-usage = د کارولو بڼه:
cli-commands = کمانډونه
cli-arguments = ارګومنټونه
cli-options = انتخابونه
cli-print-help = مرسته ښکاره کړئ
cli-print-version = نسخه ښکاره کړئ
cli-default = [که ورنه کړل شي: { $value }]
cli-possible-values = [ممکن ارزښتونه: { $values }]

## د کمانډ کرښې خپلې تېروتنې

# $arg: انتخاب یا ارګومنټ (`--format <FORMAT>`)؛ $value: هغه څه چې ولیکل شول.
cli-invalid-value = د `{ $arg }` لپاره ناسم ارزښت `{ $value }`
# $reason: ولې، له مخکې د لوستونکي په ژبه.
cli-invalid-value-because = د `{ $arg }` لپاره ناسم ارزښت `{ $value }`: { $reason }
cli-missing-arguments = نه دي ورکړل شوي: { $args }
cli-unknown-argument = غیرمتوقع ارګومنټ `{ $arg }`
cli-unknown-command = نامعلوم کمانډ `{ $command }`
cli-try-help = د نورو معلوماتو لپاره: --help
