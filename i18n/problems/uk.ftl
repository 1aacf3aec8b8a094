# MACHINE-PRODUCED DRAFT (AI translation from fr.ftl), not reviewed by a native Ukrainian speaker.
# maillage — що кажуть `maillage validate`, `maillage import` і студія про проблеми довідника:
# ядро подає їх кодами (`maillage::Fault`, `maillage::hours::HoursFault`), кожен код тут —
# повідомлення `problem-<code>`, а його значення — змінні. Ті самі ідентифікатори й змінні
# в кожній мові. Ідентифікатори, назви полів, значення та ключові слова файлів (`services.json`,
# `auteurs`, `to-verify`, `Mo-Fr 09:00-17:00`) залишаються як є: це слова самих файлів.
# Категорії множини (CLDR, uk): one, few, many, other (other = дроби).

## Один рядок на проблему

problem-error = помилка
problem-warning = попередження
# $severity: problem-error або problem-warning; $where: файл, рядок і вказівник JSON
# (`services.json:12 #/services/3`), як є.
problem-line = { $severity }: { $where }: { $reason }
problem-line-record = { $severity }: { $where }: запис `{ $record }`: { $reason }
problem-line-field = { $severity }: { $where }: поле `{ $field }`: { $reason }
problem-line-record-field = { $severity }: { $where }: запис `{ $record }`, поле `{ $field }`: { $reason }
# Таблиця: рядок таблиці (заголовок — рядок 1), рядок файлу, коли він інший, стовпець
# (літера й заголовок), елемент клітинки, що містить кілька елементів.
sheet-row = рядок { $row }
sheet-row-line = рядок { $row } (рядок { $line } файлу)
sheet-column = стовпець { $column } «{ $header }»
sheet-column-letter = стовпець { $column }
sheet-column-header = стовпець «{ $header }»
sheet-record = запис `{ $record }`
sheet-item = елемент { $item }: { $reason }
# $parts: рядок, стовпець, запис, через коми.
sheet-line = { $severity }: { $file }: { $reason }
sheet-line-at = { $severity }: { $file }, { $parts }: { $reason }

## Підсумок `maillage validate`

validate-counts = комуни: { $communes }, EPCI: { $epci }, округи (arrondissements): { $arrondissements }, департаменти: { $departements }, судові округи: { $tribunals }, місця: { $places }, місцеві служби: { $services }, загальнонаціональні лінії: { $national }
validate-valid = без помилок
validate-valid-warnings = без помилок, { $warnings ->
    [one] { $warnings } попередження
    [few] { $warnings } попередження
    [many] { $warnings } попереджень
   *[other] { $warnings } попередження
}
validate-invalid = { $errors ->
    [one] { $errors } помилка
    [few] { $errors } помилки
    [many] { $errors } помилок
   *[other] { $errors } помилки
}, { $warnings ->
    [one] { $warnings } попередження
    [few] { $warnings } попередження
    [many] { $warnings } попереджень
   *[other] { $warnings } попередження
}
validate-summary = { $counts }: { $verdict }

## Файли

# $detail: повідомлення читача, англійською.
problem-unreadable-file = не вдається прочитати файл: { $detail }
problem-not-utf8 = не текст UTF-8 (байт { $byte }): збережіть файл у UTF-8
# $detail: повідомлення читача JSON (serde_json), англійською.
problem-malformed-json = некоректний JSON: { $detail }
problem-truncated-json = файл закінчується зарано (обрізаний?): { $detail }
problem-expected-object-with-list = очікується об’єкт зі списком `{ $key }`
problem-expected-list = очікується список `{ $key }`
# $detail: повідомлення читача (serde), англійською: відсутнє поле, невідомий термін, тип.
problem-unreadable-field = не вдається прочитати значення: { $detail }
problem-not-a-language-file = не мовний файл: назвіть його за мовою, відмінною від французької (`i18n/en.json`, `i18n/ar.json`, `i18n/fa-AF.json`)
problem-not-a-directory-file = не файл довідника (очікуються: directory.json, services.json, national.json, places.json, territories/*.geojson або i18n/*.json); пропущено
problem-missing-metadata = відсутній або не читається: довіднику потрібен файл метаданих

## Території та місця

problem-duplicate-territory-id = ідентифікатор території повторюється
problem-kind-mismatch = тип `{ $kind }` відрізняється від типу ідентифікатора, `{ $id_kind }`
problem-unknown-territory = невідома територія `{ $id }`
problem-unknown-service = невідома служба `{ $id }`
problem-empty-geometry = порожній контур
problem-ring-too-short = кількість точок кільця: { $points }; потрібно щонайменше 4
problem-ring-not-closed = кільце не замкнене (перша й остання точки різні)
problem-coordinate-out-of-range = координата { $lon },{ $lat } не є парою довгота,широта
# $detail: що знайшла бібліотека geo, англійською.
problem-invalid-geometry = некоректний контур: { $detail }
problem-duplicate-place-id = ідентифікатор місця повторюється

## Служби

problem-duplicate-service-id = ідентифікатор служби повторюється (служби й загальнонаціональні лінії мають спільні ідентифікатори)
problem-bad-id = `{ $id }`: ідентифікатор може містити лише a-z, 0-9 і `-`
problem-empty-name = порожня назва
problem-no-category = потрібна щонайменше одна категорія
problem-perpetrators-other-category = служба для кривдників має лише категорію `auteurs`: кривдникам ніколи не показують служби для постраждалих
problem-perpetrators-audience-missing = категорія `auteurs` потребує аудиторії `auteurs`
problem-local-serves-country = місцевій службі, що обслуговує всю країну, місце в national.json
problem-national-line-not-national = зона обслуговування загальнонаціональної лінії — "national"
problem-empty-served-area = порожня зона обслуговування
problem-no-way-to-reach = з цією службою неможливо зв’язатися: вкажіть контакт або місце
problem-javascript-url = посилання `javascript:` заборонені
problem-phone-national-form = `{ $number }` записано в національному форматі: запишіть його у форматі E.164, `+33` і дев’ять цифр після 0
problem-phone-invalid = `{ $number }` не є дійсним французьким номером (очікується: +33 і 9 цифр, номер заморських територій або короткий номер, як-от 17, 114, 3919, 116006)
problem-phone-display-mismatch = відображення `{ $display }` не відповідає номеру `{ $number }`
problem-not-an-email = `{ $value }` не є адресою електронної пошти
problem-url-not-https = `{ $url }`: використовуйте https
problem-url-no-scheme = `{ $url }` не має протоколу: пишіть https://…
problem-url-scheme = `{ $url }`: протокол `{ $scheme }` не дозволено (https, tel, sms, mailto)
problem-confidential-contact = контакт не може бути конфіденційним: приберіть його або залиште лише для `professionnels`
problem-unknown-commune = невідома комуна `{ $id }`
problem-confidential-address = конфіденційне місце з опублікованою адресою: приберіть адресу (показувати можна лише комуну)
problem-confidential-postcode = конфіденційне місце з опублікованим поштовим індексом: приберіть поштовий індекс (показувати можна лише комуну)
problem-confidential-point = конфіденційне місце з опублікованою точкою: приберіть точку (показувати можна лише комуну)
problem-precision-without-address = точність `address` потребує адреси: вкажіть її або використайте `commune`
problem-point-out-of-range = широта або довгота поза допустимими межами
problem-point-outside-scope = точка { $lat },{ $lon } поза територією довідника `{ $scope }` (широту й довготу переплутано?)
problem-point-outside-commune = точка { $lat },{ $lon } поза своєю комуною, { $commune } ({ $id })
problem-address-without-point = публічна адреса без точки: відстань неможливо обчислити
# $fault: одне з повідомлень problem-hours-… нижче.
problem-hours = години роботи «{ $text }», стовпець { $column }: { $fault }

## Години роботи (синтаксис opening_hours з OpenStreetMap)

problem-hours-empty = порожні години роботи: не заповнюйте поле, якщо години невідомі
problem-day-of-month = день місяця — від 1 до 31
problem-month-or-day-after-dash = після `-` очікується місяць або день
problem-date-range-ends = період має дні або на обох кінцях, або на жодному
problem-school-holidays = шкільні канікули (`SH`) не підтримуються
problem-nth-weekday = порядкові дні тижня, як-от `Mo[1]`, не підтримуються
problem-weekday-after-dash = після `-` очікується день тижня (Mo, Tu, We, Th, Fr, Sa, Su)
problem-expected-time = очікується час, як-от 09:00
problem-expected-colon = у часі очікується `:` (пишіть 09:00, а не 9h)
problem-expected-minutes = очікуються хвилини
problem-minutes-digits = хвилини пишуться двома цифрами, від 00 до 59
problem-start-after24 = час початку не може бути пізніше за 24:00
problem-open-ended = години без часу закінчення (`18:00+`) не підтримуються
problem-expected-end = очікуються `-` і час закінчення
problem-end-after48 = час закінчення не може бути пізніше за 48:00
problem-end-before-start = час закінчення раніше за час початку
problem-span-starts-at24 = проміжок не може починатися о 24:00
problem-unterminated-comment = незакритий коментар: бракує кінцевого `"`
problem-expected-rule = очікується правило (як-от `Mo-Fr 09:00-17:00`), знайдено `{ $found }`
problem-unexpected = неочікуване `{ $found }`

## Джерела

problem-missing-source = бракує джерела: вкажіть, звідки ця інформація
problem-empty-source-title = порожня назва джерела
problem-source-url-not-http = `{ $url }`: адреса джерела має бути сторінкою http(s)
problem-bad-language-code = `{ $language }` не є кодом ISO 639-1, як-от `fr`
problem-verified-without-date = перевіреному джерелу потрібна дата перевірки (`verified_on`)
problem-date-on-to-verify = `verified_on` { $date } у джерела, яке ще має статус `to-verify`: змініть статус на `verified` або приберіть дату
problem-to-verify = треба перевірити: звірте цей запис із його джерелом, перш ніж на нього покладатися
problem-date-in-future = { $date } — дата в майбутньому
problem-verified-long-ago = перевірено { $date }, понад 12 місяців тому: перевірте ще раз
problem-old-page = сторінка джерела датована { $date }, понад 2 роки тому: перевірте, чи вона досі актуальна

## Маршрут

problem-duplicate-step-id = ідентифікатор кроку повторюється
problem-missing-french = бракує французького тексту
problem-missing-english = бракує англійського перекладу
problem-step-without-category = кроку потрібна щонайменше одна категорія
problem-unknown-national-line = невідома загальнонаціональна лінія `{ $id }`
problem-step-unreachable = жодна ситуація не веде до цього кроку: його винятки покривають усі його включення
problem-perpetrators-step-audience = крок для кривдників обирається за категорією `auteurs`, а не за аудиторією
problem-perpetrators-step-category = крок для кривдників має лише категорію `auteurs` і вказує роль `perpetrator`
problem-category-without-step = жоден крок не має категорії `{ $category }`: її служби ніколи не пропонуються в маршруті

## Мовні файли (i18n/<мова>.json)

problem-english-steps-here = англійський текст кроків — у pathways.json (`title.en`, `advice.en`): приберіть його звідси
problem-unknown-step = у pathways.json немає кроку `{ $id }`
problem-empty-text = порожній текст
problem-step-not-translated = крок `{ $id }` не перекладено (назва й поради)
# $field: `description` або `conditions`, назва поля як є.
problem-not-translated = поле `{ $field }` запису `{ $id }` не перекладено
problem-nothing-to-translate = `{ $id }` не має в national.json поля `{ $field }`, яке можна перекласти

## Імпорт і експорт (HSDS, data·inclusion): примітки maillage-interop

# $note: одне з повідомлень нижче.
problem-note = { $note }
problem-too-large = розмір файлу — { $bytes } Б, більше, ніж читає maillage ({ $max } Б): розділіть його або перевірте, чи це правильний файл
problem-no-hsds-service = не знайдено жодної служби HSDS: очікується масив служб, одна служба, сторінка {"{"}"contents": […]{"}"} або організації з їхніми службами
problem-not-data-inclusion-services = очікується масив служб data·inclusion
problem-not-a-service-object = не об’єкт служби: пропущено
problem-hsds-web-pro-only = HSDS не може позначити вебадресу { $url } як призначену лише для фахівців
problem-hsds-one-url = у HSDS лише одна вебадреса на службу: { $url } не експортовано
problem-hsds-accessibility-without-location = у HSDS немає поля для доступності без місця
# $kind: phone, sms, email або web.
problem-data-inclusion-one-per-service = { $kind ->
    [phone] у data·inclusion лише один телефон на службу
    [email] у data·inclusion лише одна адреса електронної пошти на службу
    [sms] у data·inclusion немає SMS
   *[other] у data·inclusion лише одне посилання на службу
}: { $left_out ->
    [one] { $left_out } контакт не експортовано
    [few] { $left_out } контакти не експортовано
    [many] { $left_out } контактів не експортовано
   *[other] { $left_out } контакту не експортовано
}
problem-data-inclusion-no-code = територія `{ $territory }` не має коду data·inclusion, а її комуни невідомі: не експортовано
# $vocabulary: Category, Audience або AccessMode.
problem-unknown-term = { $vocabulary ->
    [Category] невідома категорія
    [Audience] невідома аудиторія
   *[other] невідомий спосіб зв’язку
}: `{ $term }`
problem-taxonomy-term-unmapped = термін таксономії `{ $term }` не відповідає жодній категорії чи аудиторії
problem-taxonomy-term-unmapped-in = термін таксономії `{ $term }` (таксономія `{ $taxonomy }`) не відповідає жодній категорії чи аудиторії
problem-thematique-unmapped = тематика (thématique) `{ $thematique }` не відповідає жодній категорії
problem-public-unmapped = аудиторія (public) `{ $public }` не має відповідника в maillage
problem-publics-free-text = `{ $text }`: довільний текст, виберіть аудиторії вручну
problem-no-category-found = не знайдено жодної категорії: виберіть одну, перш ніж перевіряти
problem-no-name = служба не має назви
problem-no-organisation-name = немає назви організації (лише organization_id або нічого)
problem-structure-not-found = структуру (structure) `{ $structure }` не знайдено: замість назви організації використано її ідентифікатор
problem-contact-person-phones = телефони контактної особи не імпортовано: додайте їх до служби
problem-several-locations = кількість місць: { $count } — імпортовано лише перше (запис maillage має одне місце; створіть окремий запис для кожного місця)
problem-confidential-place-details = для конфіденційного місця зберігається лише комуна: те, що про нього подає файл (`{ $fields }`), не імпортовано
problem-commune-not-found = комуну цього місця не знайдено ({ $place }): місце не імпортовано; вкажіть код INSEE комуни
problem-bad-insee-code = `{ $insee }` не є кодом INSEE комуни: місце не імпортовано
problem-address-without-insee = адреса без коду INSEE: місце не імпортовано; вкажіть його code_insee
problem-service-area-unmatched = зона обслуговування `{ $name }` не відповідає жодній території
problem-zone-not-a-code = зона `{ $zone }` не є кодом комуни, EPCI чи департаменту
problem-no-service-area = не вдається прочитати жодної зони обслуговування: вкажіть, які території обслуговує служба
problem-no-zone = немає zone_eligibilite: вкажіть, які території обслуговує служба
problem-schedules-not-weekly = години роботи, що не повторюються щотижня, не вдається прочитати ({ $descriptions }): впишіть їх вручну
problem-unknown-language = мова `{ $language }` нам невідома: вкажіть її код ISO 639-1
problem-fees-reduced = вартість `{ $fees }`: збережено лише «безкоштовно чи ні»; зазначте це в умовах (conditions)
problem-field-not-imported = у записі maillage немає поля для `{ $field }`: не імпортовано
problem-eligibility-free-text = опис того, хто має право на допомогу, — довільний текст: виберіть аудиторії вручну
problem-publisher-date = видавець датував інформацію { $date }: цю дату збережено як дату джерела; запис треба перевірити
problem-no-date = немає ні assured_date, ні last_modified: невідомо, наскільки давня ця інформація; запис треба перевірити
problem-no-date-maj = не вдається прочитати date_maj: невідомо, наскільки давня ця інформація

## Таблиця (maillage import csv, студія)

problem-sheet-not-utf8 = файл не в кодуванні UTF-8 (байт { $byte }, рядок { $line }): збережіть його як «CSV UTF-8» (Excel) або виберіть кодування UTF-8 (LibreOffice)
problem-too-many-rows = понад { $max } рядків: maillage читає з однієї таблиці щонайбільше { $max } служб; розділіть її
# $detail: повідомлення читача CSV, англійською.
problem-unreadable-csv = не вдається прочитати CSV: { $detail }
problem-empty-sheet = порожній файл: перший рядок містить заголовки стовпців
problem-duplicate-column = стовпець «{ $header }» трапляється двічі (також у стовпці { $other })
problem-unknown-column = невідомий стовпець «{ $header }»; можливі стовпці: { $columns }
problem-missing-column = бракує стовпця: він обов’язковий
problem-column-absent = стовпця немає: кожен рядок читається без нього
problem-stray-value = значення в стовпці без відомого заголовка: дайте стовпцю заголовок або очистіть його
problem-id-from-name = порожній ідентифікатор: `{ $id }` утворено з назви
problem-missing-id = бракує ідентифікатора (і немає назви, щоб його утворити)
problem-yes-no = `{ $text }`: напишіть `oui` (так) або `non` (ні); якщо невідомо, залиште порожнім
problem-not-a-date = `{ $text }` не є датою: пишіть її у вигляді 2026-11-29 (або 29/11/2026)
problem-not-a-number = `{ $text }` не є числом на зразок 49.1157
# $vocabulary: Category, Audience, AccessMode, Visibility, LocationPrecision або SourceStatus;
# $expected: дозволені слова, через коми.
problem-unknown-word = { $vocabulary ->
    [Category] невідома категорія
    [Audience] невідома аудиторія
    [AccessMode] невідомий спосіб зв’язку
    [Visibility] невідома видимість
    [LocationPrecision] невідома точність
   *[other] невідомий статус
} `{ $term }`; можливі значення: { $expected }
problem-bracket-alone = закривна дужка `]` без відкривної `[`
problem-bad-visibility = `[{ $word }]`: видимість — це `[public]` (або нічого), `[professionnels]` чи `[confidentiel]`
problem-unbalanced-parentheses = дужки не збалансовані: підпис пишеться наприкінці в `(…)`
problem-angle-alone = закривна кутова дужка `>` без відкривної `<`
problem-empty-contact = порожній контакт: напишіть номер або адресу
problem-empty-angle = порожнє значення в `<…>`
problem-longitude-alone = довгота без широти: вкажіть обидві або жодної
problem-latitude-alone = широта без довготи: вкажіть обидві або жодної
problem-confidential-cell = конфіденційне місце (притулок) ніколи не публікують з адресою, поштовим індексом чи точкою: залиште цю клітинку порожньою (показано лише комуну)
problem-place-without-commune = місцю потрібна його комуна (код INSEE, наприклад `50502`, або назва)
problem-name-not-of-id = «{ $name }» — не назва `{ $id }` ({ $actual }): ідентифікатор збережено
problem-bad-territory-id = `{ $id }` не є ідентифікатором території (наприклад, `epci:200042604`, `commune:50502`)
problem-write-commune-id = `{ $text }`: напишіть ідентифікатор або код INSEE комуни, наприклад `50502`
problem-write-territory-id = `{ $text }`: напишіть ідентифікатор території, наприклад `departement:50`
problem-unknown-commune-name = «{ $text }» немає серед комун довідника: напишіть ідентифікатор комуни (код INSEE, наприклад `50502`)
problem-unknown-territory-name = «{ $text }» немає серед територій довідника: напишіть ідентифікатор території (наприклад, `epci:200042604`)
problem-several-territories = «{ $text }» позначає кілька територій ({ $ids }): вкажіть потрібну в дужках
problem-date-without-source = дата джерела без джерела: вкажіть назву або сторінку джерела
problem-records-removed = { $count ->
    [one] { $count } запис файлу { $file } відсутній у таблиці, і цей імпорт його вилучає
    [few] { $count } записи файлу { $file } відсутні в таблиці, і цей імпорт їх вилучає
    [many] { $count } записів файлу { $file } відсутні в таблиці, і цей імпорт їх вилучає
   *[other] { $count } запису файлу { $file } відсутні в таблиці, і цей імпорт їх вилучає
}: { $ids }
