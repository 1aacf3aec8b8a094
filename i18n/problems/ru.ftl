# MACHINE-PRODUCED DRAFT (AI translation from fr.ftl), not reviewed by a native Russian speaker.
# maillage — что сообщают `maillage validate`, `maillage import` и студия о проблемах
# справочника: ядро выдаёт их кодами (`maillage::Fault`, `maillage::hours::HoursFault`), каждый
# код здесь — сообщение `problem-<code>`, а его значения — переменные. Одни и те же
# идентификаторы и переменные во всех языках. Идентификаторы, имена полей, значения и ключевые
# слова файлов (`services.json`, `auteurs`, `to-verify`, `Mo-Fr 09:00-17:00`) остаются как есть:
# это слова самих файлов.
# Категории множественного числа (CLDR, ru): one, few, many, other (other = дроби).

## Одна строка на проблему

problem-error = ошибка
problem-warning = предупреждение
# $severity: problem-error или problem-warning; $where: файл, строка и указатель JSON
# (`services.json:12 #/services/3`), как есть.
problem-line = { $severity }: { $where }: { $reason }
problem-line-record = { $severity }: { $where }: запись `{ $record }`: { $reason }
problem-line-field = { $severity }: { $where }: поле `{ $field }`: { $reason }
problem-line-record-field = { $severity }: { $where }: запись `{ $record }`, поле `{ $field }`: { $reason }
# Таблица: строка таблицы (заголовок — строка 1), строка файла, если она другая, столбец
# (буква и заголовок), элемент ячейки, в которой их несколько.
sheet-row = строка { $row }
sheet-row-line = строка { $row } (строка { $line } файла)
sheet-column = столбец { $column } «{ $header }»
sheet-column-letter = столбец { $column }
sheet-column-header = столбец «{ $header }»
sheet-record = запись `{ $record }`
sheet-item = элемент { $item }: { $reason }
# $parts: строка, столбец, запись, через запятую.
sheet-line = { $severity }: { $file }: { $reason }
sheet-line-at = { $severity }: { $file }, { $parts }: { $reason }

## Итог `maillage validate`

validate-counts = коммуны: { $communes }, EPCI: { $epci }, округа (arrondissements): { $arrondissements }, департаменты: { $departements }, судебные округа: { $tribunals }, места: { $places }, местные службы: { $services }, общенациональные линии: { $national }
validate-valid = без ошибок
validate-valid-warnings = без ошибок, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
    [many] { $warnings } предупреждений
   *[other] { $warnings } предупреждения
}
validate-invalid = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] { $errors } ошибки
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
    [many] { $warnings } предупреждений
   *[other] { $warnings } предупреждения
}
validate-summary = { $counts }: { $verdict }

## Файлы

# $detail: сообщение парсера, на английском.
problem-unreadable-file = не удаётся прочитать файл: { $detail }
problem-not-utf8 = не текст в UTF-8 (байт { $byte }): сохраните файл в UTF-8
# $detail: сообщение парсера JSON (serde_json), на английском.
problem-malformed-json = некорректный JSON: { $detail }
problem-truncated-json = файл обрывается слишком рано (обрезан?): { $detail }
problem-expected-object-with-list = ожидается объект со списком `{ $key }`
problem-expected-list = ожидается список `{ $key }`
# $detail: сообщение парсера (serde), на английском: отсутствующее поле, неизвестный термин, тип.
problem-unreadable-field = не удаётся прочитать значение: { $detail }
problem-not-a-language-file = не языковой файл: назовите его по языку, отличному от французского (`i18n/en.json`, `i18n/ar.json`, `i18n/fa-AF.json`)
problem-not-a-directory-file = не файл справочника (ожидаются: directory.json, services.json, national.json, places.json, territories/*.geojson или i18n/*.json); пропущен
problem-missing-metadata = отсутствует или не читается: справочнику нужен файл метаданных

## Территории и места

problem-duplicate-territory-id = идентификатор территории повторяется
problem-kind-mismatch = тип `{ $kind }` отличается от типа идентификатора, `{ $id_kind }`
problem-unknown-territory = неизвестная территория `{ $id }`
problem-unknown-service = неизвестная служба `{ $id }`
problem-empty-geometry = пустой контур
problem-ring-too-short = число точек кольца: { $points }; нужно не меньше 4
problem-ring-not-closed = кольцо не замкнуто (первая и последняя точки различаются)
problem-coordinate-out-of-range = координата { $lon },{ $lat } не является парой долгота,широта
# $detail: что нашла библиотека geo, на английском.
problem-invalid-geometry = некорректный контур: { $detail }
problem-duplicate-place-id = идентификатор места повторяется

## Службы

problem-duplicate-service-id = идентификатор службы повторяется (у служб и общенациональных линий общие идентификаторы)
problem-bad-id = `{ $id }`: идентификатор может содержать только a-z, 0-9 и `-`
problem-empty-name = пустое название
problem-no-category = нужна хотя бы одна категория
problem-perpetrators-other-category = у службы для тех, кто применяет насилие, есть только категория `auteurs`: им никогда не показывают службы для пострадавших
problem-perpetrators-audience-missing = категория `auteurs` требует аудитории `auteurs`
problem-local-serves-country = местной службе, которая обслуживает всю страну, место в national.json
problem-national-line-not-national = зона обслуживания общенациональной линии — "national"
problem-empty-served-area = пустая зона обслуживания
problem-no-way-to-reach = с этой службой невозможно связаться: укажите контакт или место
problem-javascript-url = ссылки `javascript:` запрещены
problem-phone-national-form = `{ $number }` записан в национальном формате: запишите его в формате E.164, `+33` и девять цифр после 0
problem-phone-invalid = `{ $number }` не является действительным французским номером (ожидается: +33 и 9 цифр, номер заморских территорий или короткий номер, например 17, 114, 3919, 116006)
problem-phone-display-mismatch = отображение `{ $display }` не соответствует номеру `{ $number }`
problem-not-an-email = `{ $value }` не является адресом электронной почты
problem-url-not-https = `{ $url }`: используйте https
problem-url-no-scheme = у `{ $url }` нет протокола: пишите https://…
problem-url-scheme = `{ $url }`: протокол `{ $scheme }` не допускается (https, tel, sms, mailto)
problem-confidential-contact = контакт не может быть конфиденциальным: удалите его или оставьте только для `professionnels`
problem-unknown-commune = неизвестная коммуна `{ $id }`
problem-confidential-address = конфиденциальное место с опубликованным адресом: удалите адрес (показывать можно только коммуну)
problem-confidential-postcode = конфиденциальное место с опубликованным почтовым индексом: удалите почтовый индекс (показывать можно только коммуну)
problem-confidential-point = конфиденциальное место с опубликованной точкой: удалите точку (показывать можно только коммуну)
problem-precision-without-address = точность `address` требует адреса: укажите его или используйте `commune`
problem-point-out-of-range = широта или долгота вне допустимых пределов
problem-point-outside-scope = точка { $lat },{ $lon } вне территории справочника `{ $scope }` (широта и долгота перепутаны?)
problem-point-outside-commune = точка { $lat },{ $lon } вне своей коммуны, { $commune } ({ $id })
problem-address-without-point = публичный адрес без точки: расстояние невозможно вычислить
# $fault: одно из сообщений problem-hours-… ниже.
problem-hours = часы работы «{ $text }», столбец { $column }: { $fault }

## Часы работы (синтаксис opening_hours из OpenStreetMap)

problem-hours-empty = пустые часы работы: не заполняйте поле, если часы неизвестны
problem-day-of-month = день месяца — от 1 до 31
problem-month-or-day-after-dash = после `-` ожидается месяц или день
problem-date-range-ends = у периода дни указаны либо на обоих концах, либо ни на одном
problem-school-holidays = школьные каникулы (`SH`) не поддерживаются
problem-nth-weekday = порядковые дни недели, например `Mo[1]`, не поддерживаются
problem-weekday-after-dash = после `-` ожидается день недели (Mo, Tu, We, Th, Fr, Sa, Su)
problem-expected-time = ожидается время, например 09:00
problem-expected-colon = во времени ожидается `:` (пишите 09:00, а не 9h)
problem-expected-minutes = ожидаются минуты
problem-minutes-digits = минуты пишутся двумя цифрами, от 00 до 59
problem-start-after24 = время начала не может быть позже 24:00
problem-open-ended = часы без времени окончания (`18:00+`) не поддерживаются
problem-expected-end = ожидаются `-` и время окончания
problem-end-after48 = время окончания не может быть позже 48:00
problem-end-before-start = время окончания раньше времени начала
problem-span-starts-at24 = промежуток не может начинаться в 24:00
problem-unterminated-comment = незакрытый комментарий: не хватает закрывающей `"`
problem-expected-rule = ожидается правило (например, `Mo-Fr 09:00-17:00`), найдено `{ $found }`
problem-unexpected = неожиданное `{ $found }`

## Источники

problem-missing-source = нет источника: укажите, откуда эти сведения
problem-empty-source-title = пустое название источника
problem-source-url-not-http = `{ $url }`: адрес источника должен быть страницей http(s)
problem-bad-language-code = `{ $language }` не является кодом ISO 639-1, например `fr`
problem-verified-without-date = проверенному источнику нужна дата проверки (`verified_on`)
problem-date-on-to-verify = `verified_on` { $date } у источника, который ещё имеет статус `to-verify`: смените статус на `verified` или удалите дату
problem-to-verify = нужно проверить: сверьте эту запись с её источником, прежде чем на неё полагаться
problem-date-in-future = { $date } — дата в будущем
problem-verified-long-ago = проверено { $date }, больше 12 месяцев назад: проверьте ещё раз
problem-old-page = страница источника датирована { $date }, больше 2 лет назад: проверьте, актуальна ли она

## Маршрут

problem-duplicate-step-id = идентификатор шага повторяется
problem-missing-french = нет текста на французском
problem-missing-english = нет перевода на английский
problem-step-without-category = шагу нужна хотя бы одна категория
problem-unknown-national-line = неизвестная общенациональная линия `{ $id }`
problem-step-unreachable = ни одна ситуация не ведёт к этому шагу: его исключения покрывают все его включения
problem-perpetrators-step-audience = шаг для тех, кто применяет насилие, выбирается по категории `auteurs`, а не по аудитории
problem-perpetrators-step-category = у шага для тех, кто применяет насилие, есть только категория `auteurs`, и он указывает роль `perpetrator`
problem-category-without-step = ни у одного шага нет категории `{ $category }`: её службы никогда не предлагаются в маршруте

## Языковые файлы (i18n/<язык>.json)

problem-english-steps-here = английский текст шагов — в pathways.json (`title.en`, `advice.en`): удалите его отсюда
problem-unknown-step = в pathways.json нет шага `{ $id }`
problem-empty-text = пустой текст
problem-step-not-translated = шаг `{ $id }` не переведён (название и советы)
# $field: `description` или `conditions`, имя поля как есть.
problem-not-translated = поле `{ $field }` записи `{ $id }` не переведено
problem-nothing-to-translate = у `{ $id }` в national.json нет поля `{ $field }`, которое можно перевести

## Импорт и экспорт (HSDS, data·inclusion): примечания maillage-interop

# $note: одно из сообщений ниже.
problem-note = { $note }
problem-too-large = размер файла — { $bytes } Б, больше, чем читает maillage ({ $max } Б): разделите его или проверьте, тот ли это файл
problem-no-hsds-service = не найдено ни одной службы HSDS: ожидается массив служб, одна служба, страница {"{"}"contents": […]{"}"} или организации с их службами
problem-not-data-inclusion-services = ожидается массив служб data·inclusion
problem-not-a-service-object = не объект службы: пропущено
problem-hsds-web-pro-only = HSDS не может пометить веб-адрес { $url } как предназначенный только для специалистов
problem-hsds-one-url = в HSDS только один веб-адрес на службу: { $url } не экспортирован
problem-hsds-accessibility-without-location = в HSDS нет поля для доступности без места
# $kind: phone, sms, email или web.
problem-data-inclusion-one-per-service = { $kind ->
    [phone] в data·inclusion только один телефон на службу
    [email] в data·inclusion только один адрес электронной почты на службу
    [sms] в data·inclusion нет SMS
   *[other] в data·inclusion только одна ссылка на службу
}: { $left_out ->
    [one] { $left_out } контакт не экспортирован
    [few] { $left_out } контакта не экспортированы
    [many] { $left_out } контактов не экспортировано
   *[other] { $left_out } контакта не экспортировано
}
problem-data-inclusion-no-code = у территории `{ $territory }` нет кода data·inclusion, а её коммуны неизвестны: не экспортирована
# $vocabulary: Category, Audience или AccessMode.
problem-unknown-term = { $vocabulary ->
    [Category] неизвестная категория
    [Audience] неизвестная аудитория
   *[other] неизвестный способ связи
}: `{ $term }`
problem-taxonomy-term-unmapped = термин таксономии `{ $term }` не сопоставлен ни с категорией, ни с аудиторией
problem-taxonomy-term-unmapped-in = термин таксономии `{ $term }` (таксономия `{ $taxonomy }`) не сопоставлен ни с категорией, ни с аудиторией
problem-thematique-unmapped = тематика (thématique) `{ $thematique }` не сопоставлена ни с одной категорией
problem-public-unmapped = у аудитории (public) `{ $public }` нет соответствия в maillage
problem-publics-free-text = `{ $text }`: произвольный текст, выберите аудитории вручную
problem-no-category-found = не найдено ни одной категории: выберите одну перед проверкой
problem-no-name = у службы нет названия
problem-no-organisation-name = нет названия организации (только organization_id или ничего)
problem-structure-not-found = структура (structure) `{ $structure }` не найдена: вместо названия организации используется её идентификатор
problem-contact-person-phones = телефоны контактного лица не импортированы: добавьте их к службе
problem-several-locations = количество мест: { $count } — импортировано только первое (у записи maillage одно место; создайте отдельную запись для каждого места)
problem-confidential-place-details = у конфиденциального места сохраняется только коммуна: то, что о нём сообщает файл (`{ $fields }`), не импортировано
problem-commune-not-found = коммуна этого места не найдена ({ $place }): место не импортировано; укажите код INSEE коммуны
problem-bad-insee-code = `{ $insee }` не является кодом INSEE коммуны: место не импортировано
problem-address-without-insee = адрес без кода INSEE: место не импортировано; укажите его code_insee
problem-service-area-unmatched = зона обслуживания `{ $name }` не соответствует ни одной территории
problem-zone-not-a-code = зона `{ $zone }` не является кодом коммуны, EPCI или департамента
problem-no-service-area = не удаётся прочитать ни одной зоны обслуживания: укажите, какие территории обслуживает служба
problem-no-zone = нет zone_eligibilite: укажите, какие территории обслуживает служба
problem-schedules-not-weekly = часы работы, которые не повторяются еженедельно, не удаётся прочитать ({ $descriptions }): впишите их вручную
problem-unknown-language = язык `{ $language }` нам неизвестен: укажите его код ISO 639-1
problem-fees-reduced = стоимость `{ $fees }`: сохраняется только «бесплатно или нет»; укажите это в условиях (conditions)
problem-field-not-imported = в записи maillage нет поля для `{ $field }`: не импортировано
problem-eligibility-free-text = описание того, кто имеет право на помощь, — произвольный текст: выберите аудитории вручную
problem-publisher-date = издатель датировал сведения { $date }: эта дата сохранена как дата источника; запись нужно проверить
problem-no-date = нет ни assured_date, ни last_modified: неизвестно, насколько стары эти сведения; запись нужно проверить
problem-no-date-maj = не удаётся прочитать date_maj: неизвестно, насколько стары эти сведения

## Таблица (maillage import csv, студия)

problem-sheet-not-utf8 = файл не в кодировке UTF-8 (байт { $byte }, строка { $line }): сохраните его как «CSV UTF-8» (Excel) или выберите кодировку UTF-8 (LibreOffice)
problem-too-many-rows = больше { $max } строк: maillage читает из одной таблицы не более { $max } служб; разделите её
# $detail: сообщение парсера CSV, на английском.
problem-unreadable-csv = не удаётся прочитать CSV: { $detail }
problem-empty-sheet = пустой файл: первая строка содержит заголовки столбцов
problem-duplicate-column = столбец «{ $header }» встречается дважды (также в столбце { $other })
problem-unknown-column = неизвестный столбец «{ $header }»; возможные столбцы: { $columns }
problem-missing-column = нет столбца: он обязателен
problem-column-absent = столбца нет: каждая строка читается без него
problem-stray-value = значение в столбце без известного заголовка: дайте столбцу заголовок или очистите его
problem-id-from-name = пустой идентификатор: `{ $id }` образован из названия
problem-missing-id = нет идентификатора (и нет названия, чтобы его образовать)
problem-yes-no = `{ $text }`: напишите `oui` (да) или `non` (нет); если неизвестно, оставьте пустым
problem-not-a-date = `{ $text }` не является датой: пишите её в виде 2026-11-29 (или 29/11/2026)
problem-not-a-number = `{ $text }` не является числом вида 49.1157
# $vocabulary: Category, Audience, AccessMode, Visibility, LocationPrecision или SourceStatus;
# $expected: допустимые слова, через запятую.
problem-unknown-word = { $vocabulary ->
    [Category] неизвестная категория
    [Audience] неизвестная аудитория
    [AccessMode] неизвестный способ связи
    [Visibility] неизвестная видимость
    [LocationPrecision] неизвестная точность
   *[other] неизвестный статус
} `{ $term }`; возможные значения: { $expected }
problem-bracket-alone = закрывающая скобка `]` без открывающей `[`
problem-bad-visibility = `[{ $word }]`: видимость — это `[public]` (или ничего), `[professionnels]` или `[confidentiel]`
problem-unbalanced-parentheses = непарные скобки: подпись ставится в конце в `(…)`
problem-angle-alone = закрывающая угловая скобка `>` без открывающей `<`
problem-empty-contact = пустой контакт: напишите номер или адрес
problem-empty-angle = пустое значение в `<…>`
problem-longitude-alone = долгота без широты: укажите обе или ни одной
problem-latitude-alone = широта без долготы: укажите обе или ни одной
problem-confidential-cell = конфиденциальное место (приют) никогда не публикуется с адресом, почтовым индексом или точкой: оставьте эту ячейку пустой (показывается только коммуна)
problem-place-without-commune = месту нужна его коммуна (код INSEE, например `50502`, или название)
problem-name-not-of-id = «{ $name }» — не название `{ $id }` ({ $actual }): идентификатор сохранён
problem-bad-territory-id = `{ $id }` не является идентификатором территории (например, `epci:200042604`, `commune:50502`)
problem-write-commune-id = `{ $text }`: напишите идентификатор или код INSEE коммуны, например `50502`
problem-write-territory-id = `{ $text }`: напишите идентификатор территории, например `departement:50`
problem-unknown-commune-name = «{ $text }» нет среди коммун справочника: напишите идентификатор коммуны (код INSEE, например `50502`)
problem-unknown-territory-name = «{ $text }» нет среди территорий справочника: напишите идентификатор территории (например, `epci:200042604`)
problem-several-territories = «{ $text }» обозначает несколько территорий ({ $ids }): укажите нужную в скобках
problem-date-without-source = дата источника без источника: укажите название или страницу источника
problem-records-removed = { $count ->
    [one] { $count } запись файла { $file } отсутствует в таблице и удаляется этим импортом
    [few] { $count } записи файла { $file } отсутствуют в таблице и удаляются этим импортом
    [many] { $count } записей файла { $file } отсутствуют в таблице и удаляются этим импортом
   *[other] { $count } записи файла { $file } отсутствуют в таблице и удаляются этим импортом
}: { $ids }
