# AI draft translation, not reviewed by a native speaker. / دا د مصنوعي ځیرکتیا (AI) لومړنۍ ژباړه ده، چې پښتو ژبي کس لا نه ده کتلې.
# maillage — هغه څه چې `maillage validate`، `maillage import` او سټوډیو (studio) د یوه لارښود د ستونزو
# په اړه وايي: اصلي برخه (core) یې د کوډونو په بڼه ورکوي (`maillage::Fault`، `maillage::hours::HoursFault`)؛
# هر کوډ دلته یو پیغام `problem-<code>` دی او ارزښتونه یې د پیغام متغیرونه دي. په هره ژبه کې همغه
# پېژندونه او متغیرونه. د فایلونو پېژندونه، د فیلډونو نومونه، ارزښتونه او کلیدي کلمې (`services.json`،
# `auteurs`، `to-verify`، `Mo-Fr 09:00-17:00`) لکه څنګه چې دي پاتې کېږي: دا د فایلونو خپلې کلمې دي.
# د جمع ډولونه (CLDR، پښتو): one، other.

## د هرې ستونزې لپاره یوه لیکه

problem-error = تېروتنه
problem-warning = خبرتیا
# $severity: problem-error یا problem-warning؛ $where: فایل، لیکه او د JSON نښه (pointer)
# (`services.json:12 #/services/3`)، لکه څنګه چې دي.
problem-line = { $severity }: { $where }: { $reason }
problem-line-record = { $severity }: { $where }: پاڼه `{ $record }`: { $reason }
problem-line-field = { $severity }: { $where }: فیلډ `{ $field }`: { $reason }
problem-line-record-field = { $severity }: { $where }: پاڼه `{ $record }`، فیلډ `{ $field }`: { $reason }
# یو جدول (spreadsheet): د جدول قطار (سرلیک 1 قطار دی)، د فایل لیکه کله چې له قطار سره توپیر ولري،
# ستون (توری او سرلیک)، او د هغې خونې توکی چې څو توکي لري.
sheet-row = قطار { $row }
sheet-row-line = قطار { $row } (د فایل { $line } لیکه)
sheet-column = ستون { $column } «{ $header }»
sheet-column-letter = ستون { $column }
sheet-column-header = ستون «{ $header }»
sheet-record = پاڼه `{ $record }`
sheet-item = توکی { $item }: { $reason }
# $parts: قطار، ستون، پاڼه، د کامو په واسطه جلا شوي.
sheet-line = { $severity }: { $file }: { $reason }
sheet-line-at = { $severity }: { $file }، { $parts }: { $reason }

## د `maillage validate` لنډیز

validate-counts = ښارونه او کلي (communes): { $communes }، EPCI: { $epci }، ولسوالۍ (arrondissements): { $arrondissements }، ولایتونه (départements): { $departements }، د محکمو قضايي حوزې: { $tribunals }، ځایونه: { $places }، ځايي خدمتونه: { $services }، ملي کرښې: { $national }
validate-valid = سم دی
validate-valid-warnings = سم دی، { $warnings ->
    [one] { $warnings } خبرتیا
   *[other] { $warnings } خبرتیاوې
}
validate-invalid = { $errors ->
    [one] { $errors } تېروتنه
   *[other] { $errors } تېروتنې
}، { $warnings ->
    [one] { $warnings } خبرتیا
   *[other] { $warnings } خبرتیاوې
}
validate-summary = { $counts } — { $verdict }

## فایلونه

# $detail: د لوستونکي خپل پیغام، په انګلیسي.
problem-unreadable-file = فایل نه لوستل کېږي: { $detail }
problem-not-utf8 = UTF-8 متن نه دی (بایټ { $byte }): په UTF-8 بڼه یې خوندي کړئ
# $detail: د JSON لوستونکي (serde_json) خپل پیغام، په انګلیسي.
problem-malformed-json = JSON ناسم جوړ شوی دی: { $detail }
problem-truncated-json = فایل ډېر ژر پای ته رسېږي (پرې شوی دی؟): { $detail }
problem-expected-object-with-list = داسې یو څیز (object) تمه کېده چې د `{ $key }` لړلیک ولري
problem-expected-list = د `{ $key }` لړلیک تمه کېده
# $detail: د لوستونکي (serde) خپل پیغام، په انګلیسي: ورک فیلډ، نامعلومه اصطلاح، ډول.
problem-unreadable-field = ارزښت نه لوستل کېږي: { $detail }
problem-not-a-language-file = د ژبې فایل نه دی: د فرانسوي پرته د بلې ژبې په نوم یې ونوموئ (`i18n/en.json`، `i18n/ar.json`، `i18n/fa-AF.json`)
problem-not-a-directory-file = د لارښود فایل نه دی (تمه کېده: directory.json، services.json، national.json، places.json، territories/*.geojson یا i18n/*.json)؛ پرېښودل شو
problem-missing-metadata = نشته یا نه لوستل کېږي: لارښود خپل د میټاډاټا فایل ته اړتیا لري

## سیمې او ځایونه

problem-duplicate-territory-id = د سیمې پېژند تکراري دی
problem-kind-mismatch = ډول `{ $kind }` د پېژند له ډول، `{ $id_kind }`، سره توپیر لري
problem-unknown-territory = نامعلومه سیمه `{ $id }`
problem-unknown-service = نامعلوم خدمت `{ $id }`
problem-empty-geometry = پوله تشه ده
problem-ring-too-short = یوه کړۍ { $points } ټکي لري؛ لږ تر لږه 4 ټکي پکار دي
problem-ring-not-closed = یوه کړۍ تړل شوې نه ده (لومړی او وروستی ټکی سره توپیر لري)
problem-coordinate-out-of-range = مختصات { $lon },{ $lat } په همدې ترتیب طول البلد او عرض البلد نه دي
# $detail: هغه څه چې د geo کتابتون موندلي، په انګلیسي.
problem-invalid-geometry = ناسمه پوله: { $detail }
problem-duplicate-place-id = د ځای پېژند تکراري دی

## خدمتونه

problem-duplicate-service-id = د خدمت پېژند تکراري دی (خدمتونه او ملي کرښې پېژندونه سره شریکوي)
problem-bad-id = `{ $id }`: پېژند یوازې a-z، 0-9 او `-` کاروي
problem-empty-name = نوم تش دی
problem-no-category = لږ تر لږه یوه کټګوري پکار ده
problem-perpetrators-other-category = د تاوتریخوالي د عاملینو لپاره خدمت یوازې د `auteurs` کټګوري لري: د قربانیانو خدمتونه هېڅکله عاملینو ته نه ښودل کېږي
problem-perpetrators-audience-missing = د `auteurs` کټګوري د `auteurs` مخاطبینو ته اړتیا لري
problem-local-serves-country = هغه ځايي خدمت چې ټول هېواد ته خدمت کوي، ځای یې national.json دی
problem-national-line-not-national = د ملي کرښې د خدمت سیمه "national" ده
problem-empty-served-area = د خدمت سیمه تشه ده
problem-no-way-to-reach = دې خدمت ته د رسېدو هېڅ لاره نشته: یوه اړیکه یا یو ځای ورکړئ
problem-javascript-url = د `javascript:` لینکونه نه منل کېږي
problem-phone-national-form = `{ $number }` په ملي بڼه لیکل شوې: په E.164 بڼه یې ولیکئ، یعنې `+33` او ورپسې هغه نهه عددونه چې له 0 وروسته راځي
problem-phone-invalid = `{ $number }` سمه فرانسوي شمېره نه ده (تمه کېده: +33 او 9 عددونه، د فرانسې د سمندر هاخوا سیمو شمېره، یا لنډه شمېره لکه 17، 114، 3919، 116006)
problem-phone-display-mismatch = ښودنه `{ $display }` له شمېرې `{ $number }` سره سمون نه لري
problem-not-an-email = `{ $value }` د بریښنالیک پته نه ده
problem-url-not-https = `{ $url }`: https وکاروئ
problem-url-no-scheme = `{ $url }` پروتوکول نه لري: https://… ولیکئ
problem-url-scheme = `{ $url }`: پروتوکول `{ $scheme }` نه منل کېږي (https, tel, sms, mailto)
problem-confidential-contact = اړیکه پټه نه شي کېدای: لرې یې کړئ، یا یې یوازې `professionnels` ته ځانګړې کړئ
problem-unknown-commune = نامعلوم ښار یا کلی `{ $id }`
problem-confidential-address = پټ ځای چې پته یې خپره شوې: پته لرې کړئ (یوازې ښار یا کلی ښودل کېدای شي)
problem-confidential-postcode = پټ ځای چې پوستي کوډ یې خپور شوی: پوستي کوډ لرې کړئ (یوازې ښار یا کلی ښودل کېدای شي)
problem-confidential-point = پټ ځای چې ټکی یې خپور شوی: ټکی لرې کړئ (یوازې ښار یا کلی ښودل کېدای شي)
problem-precision-without-address = دقت `address` پتې ته اړتیا لري: پته ورکړئ، یا `commune` وکاروئ
problem-point-out-of-range = عرض البلد یا طول البلد له حد نه بهر دی
problem-point-outside-scope = ټکی { $lat },{ $lon } د لارښود له سیمې `{ $scope }` بهر دی (عرض البلد او طول البلد سره بدل شوي؟)
problem-point-outside-commune = ټکی { $lat },{ $lon } له خپل ښار یا کلي، { $commune } ({ $id })، بهر دی
problem-address-without-point = عامه پته پرته له ټکي: واټن نه شي محاسبه کېدای
# $fault: لاندې د problem-hours-… له پیغامونو څخه یو.
problem-hours = د کار وختونه «{ $text }»، ستون { $column }: { $fault }

## د کار وختونه (د OpenStreetMap د opening_hours جوړښت)

problem-hours-empty = د کار وختونه تش دي: کله چې وختونه نامعلوم وي، فیلډ لرې کړئ
problem-day-of-month = د میاشتې ورځ له 1 نه تر 31 پورې ده
problem-month-or-day-after-dash = له `-` وروسته میاشت یا ورځ تمه کېږي
problem-date-range-ends = یوه موده باید یا په دواړو سرونو کې ورځې ولري یا په هېڅ یوه کې
problem-school-holidays = د ښوونځي رخصتیو (`SH`) ملاتړ نه کېږي
problem-nth-weekday = د `Mo[1]` په څېر د اونۍ د شمېرل شویو ورځو ملاتړ نه کېږي
problem-weekday-after-dash = له `-` وروسته د اونۍ ورځ (Mo, Tu, We, Th, Fr, Sa, Su) تمه کېږي
problem-expected-time = داسې وخت تمه کېږي لکه 09:00
problem-expected-colon = په وخت کې `:` تمه کېږي (09:00 ولیکئ، نه 9h)
problem-expected-minutes = دقیقې تمه کېږي
problem-minutes-digits = دقیقې په دوو عددونو لیکل کېږي، له 00 نه تر 59 پورې
problem-start-after24 = د پیل وخت له 24:00 نه تېرېدای نه شي
problem-open-ended = د بې پایه وختونو (`18:00+`) ملاتړ نه کېږي
problem-expected-end = `-` او د پای وخت تمه کېږي
problem-end-after48 = د پای وخت له 48:00 نه تېرېدای نه شي
problem-end-before-start = د پای وخت د پیل له وخت نه مخکې دی
problem-span-starts-at24 = یوه موده په 24:00 نه شي پیلېدای
problem-unterminated-comment = تبصره نه ده تړل شوې: وروستی `"` نشته
problem-expected-rule = یوه قاعده تمه کېده (لکه `Mo-Fr 09:00-17:00`)، خو `{ $found }` وموندل شو
problem-unexpected = `{ $found }` تمه نه کېده

## سرچینې

problem-missing-source = سرچینه نشته: ووایاست چې دا معلومات له کومه راغلي دي
problem-empty-source-title = د سرچینې سرلیک تش دی
problem-source-url-not-http = `{ $url }`: د سرچینې پته باید یوه http(s) پاڼه وي
problem-bad-language-code = `{ $language }` د ISO 639-1 کوډ نه دی لکه `fr`
problem-verified-without-date = کتل شوې سرچینه د کتلو نېټې (`verified_on`) ته اړتیا لري
problem-date-on-to-verify = `verified_on` { $date } پر هغې سرچینې چې لا `to-verify` ده: حالت `verified` ته بدل کړئ، یا نېټه لرې کړئ
problem-to-verify = باید وکتل شي: مخکې له دې چې پر دې پاڼې باور وکړئ، هغه له خپلې سرچینې سره وګورئ
problem-date-in-future = { $date } په راتلونکي کې ده
problem-verified-long-ago = په { $date } کتل شوې، له 12 میاشتو ډېر مخکې: بیا یې وګورئ
problem-old-page = د سرچینې وېبپاڼه د { $date } نېټه لري، له 2 کلونو ډېر مخکې: وګورئ چې لا هم تازه ده

## مسیر

problem-duplicate-step-id = د ګام پېژند تکراري دی
problem-missing-french = فرانسوي متن نشته
problem-missing-english = انګلیسي ژباړه نشته
problem-step-without-category = ګام لږ تر لږه یوې کټګورۍ ته اړتیا لري
problem-unknown-national-line = نامعلومه ملي کرښه `{ $id }`
problem-step-unreachable = هېڅ حالت دې ګام ته نه رسېږي: استثناوې یې ټول شمولیتونه پوښي
problem-perpetrators-step-audience = د عاملینو ګام د خپلې `auteurs` کټګورۍ له مخې ټاکل کېږي، نه د مخاطبینو له مخې
problem-perpetrators-step-category = د عاملینو ګام یوازې د `auteurs` کټګوري لري او د `perpetrator` رول ښيي
problem-category-without-step = هېڅ ګام د `{ $category }` کټګوري نه لري: د هغې خدمتونه هېڅکله په مسیر کې نه وړاندې کېږي

## د ژبې فایلونه (i18n/<ژبه>.json)

problem-english-steps-here = د ګامونو انګلیسي متن په pathways.json کې دی (`title.en`، `advice.en`): له دې ځایه یې لرې کړئ
problem-unknown-step = په pathways.json کې `{ $id }` ګام نشته
problem-empty-text = متن تش دی
problem-step-not-translated = ګام `{ $id }` نه دی ژباړل شوی (سرلیک او سپارښتنې)
# $field: `description` یا `conditions`، د فیلډ نوم لکه څنګه چې دی.
problem-not-translated = د `{ $id }` فیلډ `{ $field }` نه دی ژباړل شوی
problem-nothing-to-translate = `{ $id }` په national.json کې د ژباړې لپاره `{ $field }` فیلډ نه لري

## واردول او صادرول (HSDS، data·inclusion): د maillage-interop یادښتونه

# $note: له لاندې پیغامونو څخه یو.
problem-note = { $note }
problem-too-large = فایل { $bytes } بایټه دی، له هغه ډېر چې maillage یې لولي ({ $max } بایټه): ټوټې یې کړئ، یا وګورئ چې سم فایل دی
problem-no-hsds-service = هېڅ HSDS خدمت ونه موندل شو: د خدمتونو لړۍ، یو خدمت، د {"{"}"contents": […]{"}"} یوه پاڼه یا له خپلو خدمتونو سره سازمانونه تمه کېدل
problem-not-data-inclusion-services = د data·inclusion د خدمتونو یوه لړۍ تمه کېده
problem-not-a-service-object = د خدمت څیز (object) نه دی: پرېښودل شو
problem-hsds-web-pro-only = HSDS نه شي کولای چې وېب پته { $url } یوازې مسلکي کسانو ته ځانګړې کړي
problem-hsds-one-url = HSDS د هر خدمت لپاره یوازې یوه وېب پته لري: { $url } پرېښودل شوه
problem-hsds-accessibility-without-location = په HSDS کې له ځای پرته د معلولیت لرونکو کسانو د لاسرسي اسانتیاوو ته ځای نشته
# $kind: phone، sms، email یا web.
problem-data-inclusion-one-per-service = { $kind ->
    [phone] data·inclusion د هر خدمت لپاره یوازې یوه تلیفون شمېره لري
    [email] data·inclusion د هر خدمت لپاره یوازې یو بریښنالیک لري
    [sms] data·inclusion د SMS ځای نه لري
   *[other] data·inclusion د هر خدمت لپاره یوازې یو لینک لري
}: { $left_out ->
    [one] { $left_out } یې پرېښودل شو
   *[other] { $left_out } یې پرېښودل شول
}
problem-data-inclusion-no-code = `{ $territory }` د data·inclusion کوډ نه لري او ښارونه او کلي یې نامعلوم دي: پرېښودل شو
# $vocabulary: Category، Audience یا AccessMode.
problem-unknown-term = { $vocabulary ->
    [Category] نامعلومه کټګوري
    [Audience] نامعلوم مخاطب
   *[other] د لاسرسي نامعلومه لاره
}: `{ $term }`
problem-taxonomy-term-unmapped = د ټکسونومۍ (taxonomy) اصطلاح `{ $term }` له هېڅ کټګورۍ یا مخاطبینو سره سمون نه لري
problem-taxonomy-term-unmapped-in = د ټکسونومۍ اصطلاح `{ $term }` (ټکسونومي `{ $taxonomy }`) له هېڅ کټګورۍ یا مخاطبینو سره سمون نه لري
problem-thematique-unmapped = موضوع (thématique) `{ $thematique }` له هېڅ کټګورۍ سره سمون نه لري
problem-public-unmapped = مخاطبین (public) `{ $public }` په maillage کې معادل نه لري
problem-publics-free-text = `{ $text }`: آزاد متن دی، مخاطبین په لاس وټاکئ
problem-no-category-found = هېڅ کټګوري ونه موندل شوه: مخکې له کتلو یوه وټاکئ
problem-no-name = خدمت نوم نه لري
problem-no-organisation-name = د سازمان نوم نشته (یوازې organization_id، یا هېڅ)
problem-structure-not-found = بنسټ (structure) `{ $structure }` ونه موندل شو: پېژند یې د سازمان پر ځای کارول کېږي
problem-contact-person-phones = د اړیکې د کس تلیفون شمېرې نه واردېږي: خدمت ته یې ور زیاتې کړئ
problem-several-locations = { $count } ځایونه: یوازې لومړی واردېږي (د maillage هره پاڼه یو ځای لري؛ د هر ځای لپاره یوه پاڼه جوړه کړئ)
problem-confidential-place-details = پټ ځای یوازې خپل ښار یا کلی ساتي: هغه څه چې فایل یې په اړه ورکوي (`{ $fields }`) نه واردېږي
problem-commune-not-found = د دې ځای ښار یا کلی ونه موندل شو ({ $place }): ځای نه واردېږي؛ د هغه INSEE کوډ ورکړئ
problem-bad-insee-code = `{ $insee }` د ښار یا کلي INSEE کوډ نه دی: ځای نه واردېږي
problem-address-without-insee = پته پرته له INSEE کوډ: ځای نه واردېږي؛ د هغې code_insee ورکړئ
problem-service-area-unmatched = د خدمت سیمه `{ $name }` له هېڅ سیمې سره سمون نه لري
problem-zone-not-a-code = زون `{ $zone }` د ښار یا کلي، EPCI یا ولایت (département) کوډ نه دی
problem-no-service-area = د خدمت هېڅ د لوستلو وړ سیمه نشته: هغه سیمې ورکړئ چې خدمت ورته رسېږي
problem-no-zone = zone_eligibilite نشته: هغه سیمې ورکړئ چې خدمت ورته رسېږي
problem-schedules-not-weekly = هغه وختونه چې اونیز نه دي نه شي لوستل کېدای ({ $descriptions }): په لاس یې ولیکئ
problem-unknown-language = ژبه `{ $language }` موږ ته نامعلومه ده: د هغې ISO 639-1 کوډ ورکړئ
problem-fees-reduced = فیسونه `{ $fees }`: یوازې «وړیا ده که نه» ساتل کېږي؛ جزئیات په شرایطو کې ولیکئ
problem-field-not-imported = `{ $field }` د maillage په پاڼه کې ځای نه لري: نه دی وارد شوی
problem-eligibility-free-text = د وړتیا د شرایطو تشریح آزاد متن دی: مخاطبین په لاس وټاکئ
problem-publisher-date = د خپرونکي له خوا د { $date } نېټه لري: د سرچینې د نېټې په توګه وساتل شوه؛ پاڼه باید وکتل شي
problem-no-date = نه assured_date شته او نه last_modified: د دې معلوماتو عمر نامعلوم دی؛ پاڼه باید وکتل شي
problem-no-date-maj = د لوستلو وړ date_maj نشته: د دې معلوماتو عمر نامعلوم دی

## جدول (maillage import csv، سټوډیو)

problem-sheet-not-utf8 = فایل په UTF-8 بڼه نه دی (بایټ { $byte }، لیکه { $line }): په « CSV UTF-8 » بڼه یې خوندي کړئ (Excel) یا د تورو ټولګه (character set) UTF-8 وټاکئ (LibreOffice)
problem-too-many-rows = له { $max } ډېر قطارونه: maillage له یوه جدول څخه له { $max } خدمتونو ډېر نه لولي؛ ټوټې یې کړئ
# $detail: د CSV لوستونکي خپل پیغام، په انګلیسي.
problem-unreadable-csv = CSV نه لوستل کېږي: { $detail }
problem-empty-sheet = فایل تش دی: لومړی قطار د ستونونو سرلیکونه لري
problem-duplicate-column = ستون «{ $header }» دوه ځله راغلی دی (په ستون { $other } کې هم)
problem-unknown-column = نامعلوم ستون «{ $header }»؛ ستونونه دا دي: { $columns }
problem-missing-column = ورک ستون: دا ستون اړین دی
problem-column-absent = ستون نشته: هر قطار پرته له هغه لوستل کېږي
problem-stray-value = یو ارزښت په داسې ستون کې چې پېژندل شوی سرلیک نه لري: ستون ته سرلیک ورکړئ یا یې تش کړئ
problem-id-from-name = پېژند تش دی: `{ $id }` له نوم څخه جوړ شو
problem-missing-id = پېژند نشته (او نوم هم نشته چې پېژند ترې جوړ شي)
problem-yes-no = `{ $text }`: `oui` یا `non` ولیکئ (یا یې تش پرېږدئ که معلوم نه وي)
problem-not-a-date = `{ $text }` نېټه نه ده: داسې یې ولیکئ 2026-11-29 (یا 29/11/2026)
problem-not-a-number = `{ $text }` د 49.1157 په څېر عدد نه دی
# $vocabulary: Category، Audience، AccessMode، Visibility، LocationPrecision یا SourceStatus؛
# $expected: اجازه لرونکې کلمې، د کامو په واسطه جلا شوې.
problem-unknown-word = { $vocabulary ->
    [Category] نامعلومه کټګوري
    [Audience] نامعلوم مخاطب
    [AccessMode] د لاسرسي نامعلومه لاره
    [Visibility] د ښکاره کېدو نامعلومه کچه
    [LocationPrecision] نامعلوم دقت
   *[other] نامعلوم حالت
} `{ $term }`؛ ممکن ارزښتونه: { $expected }
problem-bracket-alone = یو `]` چې خپل `[` نه لري
problem-bad-visibility = `[{ $word }]`: د ښکاره کېدو کچه `[public]` (یا هېڅ)، `[professionnels]` یا `[confidentiel]` ده
problem-unbalanced-parentheses = قوسونه سره برابر نه دي: لېبل په پای کې د `(…)` ترمنځ لیکل کېږي
problem-angle-alone = یو `>` چې خپل `<` نه لري
problem-empty-contact = اړیکه تشه ده: شمېره یا پته ولیکئ
problem-empty-angle = د `<…>` ترمنځ تش ارزښت
problem-longitude-alone = طول البلد پرته له عرض البلد: دواړه ورکړئ یا هېڅ یو
problem-latitude-alone = عرض البلد پرته له طول البلد: دواړه ورکړئ یا هېڅ یو
problem-confidential-cell = پټ ځای (استوګنځی) هېڅکله له خپلې پتې، پوستي کوډ یا ټکي سره نه خپرېږي: دا خونه تشه پرېږدئ (یوازې ښار یا کلی ښودل کېږي)
problem-place-without-commune = ځای خپل ښار یا کلي ته اړتیا لري (INSEE کوډ، د بېلګې په توګه `50502`، یا نوم)
problem-name-not-of-id = «{ $name }» د `{ $id }` ({ $actual }) نوم نه دی: پېژند وساتل شو
problem-bad-territory-id = `{ $id }` د سیمې پېژند نه دی (د بېلګې په توګه `epci:200042604`، `commune:50502`)
problem-write-commune-id = `{ $text }`: د ښار یا کلي پېژند یا INSEE کوډ ولیکئ، د بېلګې په توګه `50502`
problem-write-territory-id = `{ $text }`: د سیمې پېژند ولیکئ، د بېلګې په توګه `departement:50`
problem-unknown-commune-name = «{ $text }» د لارښود ښار یا کلی نه دی: پېژند یې ولیکئ (INSEE کوډ، د بېلګې په توګه `50502`)
problem-unknown-territory-name = «{ $text }» د لارښود سیمه نه ده: پېژند یې ولیکئ (د بېلګې په توګه `epci:200042604`)
problem-several-territories = «{ $text }» څو سیمې ښيي ({ $ids }): هغه سیمه چې مو مطلب ده د قوسونو ترمنځ ولیکئ
problem-date-without-source = د سرچینې نېټه پرته له سرچینې: د سرچینې سرلیک یا وېبپاڼه ورکړئ
problem-records-removed = { $count ->
    [one] { $count } پاڼه له { $file } څخه په جدول کې نشته او په دې واردولو سره لرې کېږي
   *[other] { $count } پاڼې له { $file } څخه په جدول کې نشته او په دې واردولو سره لرې کېږي
}: { $ids }
