# MACHINE-PRODUCED DRAFT (AI translation from fr.ftl), not reviewed by a native Russian speaker.
# maillage — что командная строка сообщает о себе (что она записала, что не получилось), на
# языке `--lang`. Её ответы — в ../documents/, а проблемы справочника — в ../problems/. Одни и
# те же идентификаторы и переменные во всех языках. Пути, параметры (`--all`, `-o DIR`),
# команды и имена файлов остаются как есть.
# Категории множественного числа (CLDR, ru): one, few, many, other (other = дроби).

## Любая ошибка

# $error: что не получилось, с причинами (некоторые — от операционной системы, на её языке).
cli-failed = maillage: { $error }
cli-reading = чтение { $path }
cli-writing = запись в { $path }
cli-creating = создание { $path }
cli-listing = просмотр содержимого { $path }

## Чтение справочника

cli-not-a-folder = { $path } не является папкой справочника
cli-folder-not-valid = в { $path } есть ошибки: запустите `maillage validate { $path }`
cli-bundle-too-large = { $path }: { $size } Б — больше, чем может вместить пакет ({ $max } Б)
cli-embedded-bundle = встроенный в программу пакет департамента Манш
cli-not-embedded = нет в этой программе
# $tag: язык; $file: файл текстов; $error: почему его не удалось прочитать.
cli-texts-unavailable = maillage: тексты справочника на языке `{ $tag }` ({ $file }): { $error }; его шаги показаны на французском

## maillage build

cli-not-valid-nothing-written = maillage: в { $path } есть ошибки; ничего не записано
cli-wrote-bundle = записано { $path }: { $bytes } Б, после сжатия gzip: { $gzipped } Б (территорий: { $territories }, мест: { $places }, служб: { $services }, общенациональных линий: { $national }; публичный пакет: пропущено контактов или мест только для специалистов: { $withheld })
cli-wrote-translations = рядом записаны переводы: { $files }
cli-translation-size = { $file } (после сжатия gzip: { $gzipped } Б)
cli-wrote-pro-bundle = записано { $path }: { $bytes } Б, пакет для специалистов (зашифрован: Argon2id + XChaCha20-Poly1305)

## Парольная фраза справочника для специалистов

cli-passphrase-needed = пакету для специалистов нужна его парольная фраза: задайте { $env } или запустите maillage в терминале, чтобы ввести её
cli-passphrase-prompt = Парольная фраза справочника для специалистов:{" "}
cli-passphrase-again = Ещё раз ту же самую:{" "}
cli-reading-passphrase = чтение парольной фразы
cli-passphrases-differ = две парольные фразы различаются; ничего не записано
cli-no-random = операционная система не выдала случайных байтов: { $error }

## Запросы

cli-latlon-expected = `{ $text }`: ожидается LAT,LON, например 49.1128,-1.0724
cli-not-latitude = `{ $text }` не является широтой
cli-not-longitude = `{ $text }` не является долготой
cli-latlon-range = `{ $text }` вне допустимых пределов (сначала широта, затем долгота)
cli-time-expected = `{ $text }`: ожидается парижское время, например 2026-12-01T10:00
cli-give-place = укажите --place NAME или --at LAT,LON
cli-no-place = maillage: ни одно место не соответствует `{ $name }`
cli-unknown-territory = maillage: неизвестная территория `{ $territory }`

## Памятки

cli-all-needs-output = --all требует -o DIR
cli-no-epci = в справочнике нет EPCI
cli-give-territory = укажите идентификатор территории (например, epci:200042604) или --all
cli-wrote-file = записано { $path }
cli-leaflet-unknown-territory = неизвестная территория `{ $territory }`
cli-leaflet-bad-qr = `{ $url }`: QR-код должен вести на страницу https://, например https://www.manche.gouv.fr/
cli-leaflet-qr-too-long = адрес QR-кода слишком длинный для кодирования
cli-pro-where = передайте --directory с пакетом для специалистов (manche.pro.maillage, его парольная фраза — в MAILLAGE_PASSPHRASE или вводится по запросу) или с папкой справочника (data/manche)
cli-pro-needs-directory = --pro требует справочника для специалистов, а встроенный справочник департамента Манш — публичный: { $where }
cli-not-pro-bundle = { $path } не является пакетом для специалистов (в публичном пакете нет контактов только для специалистов): { $where }

## Экспорт и импорт

cli-wrote-csv = записано { $path } — строк: { $rows } (служб: { $services })
cli-wrote-csv-national = записано { $path } — строк: { $rows } (служб: { $services }, общенациональных линий: { $national })
cli-wrote-hsds = записано { $path } — служб HSDS: { $count }
cli-wrote-data-inclusion = записано { $structures-file } (структур: { $structures }) и { $services-file } (служб: { $services })
cli-import-too-large = { $path }: { $size } Б — больше, чем импортирует maillage ({ $max } Б): разделите файл или проверьте, тот ли это файл
cli-not-utf8 = { $path }: не текст в UTF-8: { $error }
cli-nothing-read = maillage: ничего не удалось прочитать; ничего не записано
cli-wrote-imported = записано { $path } — записей: { $total } (из них общенациональных линий: { $national }); { $warnings ->
    [0] проверять нечего
    [one] нужно проверить { $warnings } пункт
    [few] нужно проверить { $warnings } пункта
    [many] нужно проверить { $warnings } пунктов
   *[other] нужно проверить { $warnings } пункта
}
cli-then-check = затем `maillage import csv { $path } -o DIR` проверит каждую строку
cli-unreadable-files = в { $path } есть файлы, которые не удаётся прочитать; ничего не записано
cli-note = примечание: { $note }
cli-names-unavailable = не удалось загрузить { $path }, чтобы искать в нём названия: коммуны и зоны нужно записывать их идентификаторами
cli-checked-against-embedded = в { $path } нет directory.json: строки проверяются по встроенному справочнику департамента Манш
cli-sheet-invalid = maillage: { $path }: { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] { $errors } ошибки
} (строк: { $rows }); ничего не записано
cli-services-file = { $path } (служб: { $services })
cli-services-national-files = { $path } (служб: { $services }) и { $national-path } (общенациональных линий: { $national })
cli-would-write = maillage: в { $path } нет ошибок; было бы записано { $what }
cli-wrote-what = записано { $what }

## Справка (maillage --help, maillage <команда> --help)

# help-<команда> описывает команду, help-<команда>--<аргумент> — аргумент.
# Слова самого clap (Usage, Options, Print help) остаются на английском.

help = Помощь поблизости и следующие шаги, чтобы выйти из ситуации насилия: проверка, сборка справочника и запросы к нему.
help--lang = Язык того, что maillage пишет для людей (коды в выводе JSON остаются кодами): fr, fr-x-falc (французский, лёгкий для чтения), en, ar, fa-AF (дари), ps, uk, ru, es, pt, ro, tr или тег того же языка (en-GB, prs…). Местные записи остаются на французском
help-validate = Проверить папку справочника (или пакет); код выхода 0, если ошибок нет, иначе 1
help-validate--dir = Папка справочника или файл пакета; если не указано — встроенный справочник департамента Манш
help-validate--format = Формат вывода
help-validate--today = Дата, на которую оценивается актуальность источников (YYYY-MM-DD); если не указана — сегодня
help-locate = Все территории в точке (`LAT,LON`), от самой точной до самой широкой
help-locate--point = `LAT,LON`, например `49.1128,-1.0724`
help-locate--format = Формат вывода
help-locate--directory = Папка справочника или пакет вместо встроенного справочника департамента Манш
help-places = Места (коммуны, бывшие коммуны (communes déléguées), почтовые индексы), соответствующие введённому тексту
help-places--query = Введённый текст, например `st lo`, `50100`, `tourlaville`
help-places--limit = Наибольшее число мест
help-places--format = Формат вывода
help-places--directory = Папка справочника или пакет вместо встроенного справочника департамента Манш
help-nearest = Службы рядом с точкой, с фильтрами, расстоянием, состоянием (открыто или нет) и причинами выбора
help-nearest--point = `LAT,LON`
help-nearest--categories = Категории (повторите параметр или разделите запятыми): urgence, ecoute, hebergement, soins, plainte, juridique, protection, social, psy, enfants, sante-sexuelle, auteurs
help-nearest--audiences = Аудитории: tous, femmes, hommes, jeunes, enfants, lgbt, proches, professionnels, auteurs
help-nearest--access = Способы связи: telephone, sms, en-ligne, sur-place, rendez-vous, permanence
help-nearest--open_at = Парижское время, для которого определяется, открыто ли (`2026-12-01T10:00`); если не указано — сейчас
help-nearest--open_only = Оставить только службы, открытые в это время
help-nearest--language = Оставить только службы, говорящие на этом языке (ISO 639-1)
help-nearest--step_free = Оставить только места с доступом без ступенек
help-nearest--professional = Включить места и контакты только для специалистов
help-nearest--limit = Наибольшее число мест
help-nearest--format = Формат вывода
help-nearest--directory = Папка справочника или пакет вместо встроенного справочника департамента Манш
help-pathway = Предлагаемый маршрут выхода для ситуации, места и времени
help-pathway--place = Название места или почтовый индекс (берётся лучшее совпадение), например `Granville`
help-pathway--at = Точка `LAT,LON` вместо места
help-pathway--answers = Ответы, например `in_danger_now=no,children=yes,role=relative`
help-pathway--at_time = Парижское время (`2026-12-01T22:30`); если не указано — сейчас
help-pathway--format = Формат вывода
help-pathway--directory = Папка справочника или пакет вместо встроенного справочника департамента Манш
help-routes = Схема перенаправления на территории для специалистов: каждый шаг, каждый контакт
help-routes--territory = Идентификатор территории, например `epci:200042604`, `commune:50639`
help-routes--format = Формат вывода
help-routes--directory = Папка справочника или пакет вместо встроенного справочника департамента Манш
help-build = Собрать компактный пакет, который загружают командная строка и виджет; выводит его размер без сжатия и со сжатием
help-build--dir = Папка справочника
help-build--output = Куда записать пакет
help-build--built_on = Дата сборки, записываемая в пакет (YYYY-MM-DD); если не указана — сегодня
help-build--pro_out = Записать сюда также пакет для специалистов: весь справочник, включая контакты и места только для специалистов, зашифрованный парольной фразой из MAILLAGE_PASSPHRASE или введённой по запросу (никогда не в аргументе). См. SECURITY.md
help-export = Записать справочник в виде таблицы (CSV) или в открытом стандарте (HSDS 3.0, data·inclusion)
help-export-csv = Службы в виде таблицы (CSV), чтобы изменить её и затем считать обратно через `import csv`. Одна строка на каждую контактную точку, заголовки на французском (см. examples/templates/README.md). Контакты только для специалистов включены (это рабочий файл координации); у конфиденциального места никогда нет адреса, почтового индекса или точки.
help-export-csv--dir = Папка справочника или пакет; если не указано — встроенный справочник департамента Манш
help-export-csv--output = Файл CSV, который нужно записать
help-export-csv--national = Записать также общенациональные линии (столбец `ligne nationale` = oui)
help-export-csv--separator = Разделитель столбцов: точка с запятой (её ожидают французские табличные редакторы) или запятая
help-export-csv--no_bom = Не записывать метку порядка байтов UTF-8 (с ней Excel правильно читает буквы с диакритическими знаками)
help-export-hsds = Open Referral HSDS 3.0: массив JSON со службами. Ориентирован на службы, с раскрытыми ссылками; публичный, если не указан --professional. У конфиденциального места показана только коммуна.
help-export-hsds--dir = Папка справочника или пакет; если не указано — встроенный справочник департамента Манш
help-export-hsds--output = Файл JSON, который нужно записать; если не указано — стандартный вывод
help-export-hsds--national = Экспортировать также общенациональные линии
help-export-hsds--professional = Включить места и контакты только для специалистов (конфиденциальные — никогда)
help-export-data-inclusion = data·inclusion v1: OUTPUT/structures.json и OUTPUT/services.json. Публичный, если не указан --professional. У конфиденциального места показана только коммуна.
help-export-data-inclusion--dir = Папка справочника или пакет; если не указано — встроенный справочник департамента Манш
help-export-data-inclusion--output = Папка, куда записать оба файла (создаётся при необходимости)
help-export-data-inclusion--national = Экспортировать также общенациональные линии (зона `france`)
help-export-data-inclusion--professional = Включить места и контакты только для специалистов (конфиденциальные — никогда)
help-export-data-inclusion--date = `date_maj` записей, которые не проверены и не датированы своей страницей-источником (YYYY-MM-DD); если не указано — сегодня
help-import = Считать таблицу обратно в справочник или преобразовать экспорт HSDS или data·inclusion другого справочника в записи для проверки
help-import-csv = Считать таблицу (CSV) обратно в OUTPUT/services.json; при ошибке ничего не записывается. Строки с `ligne nationale` = oui попадают в national.json. Каждая строка проходит проверки ядра по справочнику в OUTPUT (или по встроенному справочнику департамента Манш, если в OUTPUT его нет); если хотя бы в одной строке есть ошибка, каждая ошибка выводится с её строкой и столбцом, и ничего не записывается.
help-import-csv--file = Файл CSV: с разделителем запятая или точка с запятой, в UTF-8 с меткой порядка байтов или без неё
help-import-csv--output = Папка справочника, куда записать services.json (и national.json)
help-import-csv--dry_run = Только проверить; ничего не записывать
help-import-csv--today = Дата, на которую оценивается актуальность источников (YYYY-MM-DD); если не указана — сегодня
help-import-csv--format = Формат вывода проблем
help-import-hsds = Преобразовать службы HSDS 3.0 другого справочника в записи для проверки. Таксономии сопоставляются с нашими категориями; то, что не удалось сопоставить, выводится списком, и ни одна запись не теряется.
help-import-hsds--file = JSON HSDS: массив служб, одна служба, страница API или организации
help-import-hsds--output = Куда сохранить записи: таблица `.csv` (проверить, затем `import csv`) или файл `.json` (его списки `services` и `national`)
help-import-hsds--directory = Справочник (папка или пакет), с названиями коммун и территорий которого выполняется сопоставление; если не указано — встроенный справочник департамента Манш
help-import-data-inclusion = Преобразовать службы data·inclusion v1 в записи для проверки. Тематики (thématiques) сопоставляются с нашими категориями; то, что не удалось сопоставить, выводится списком, и ни одна запись не теряется.
help-import-data-inclusion--file = JSON со службами или папка с services.json (и structures.json — для названий организаций)
help-import-data-inclusion--output = Куда сохранить записи: таблица `.csv` или файл `.json`
help-import-data-inclusion--directory = Справочник (папка или пакет), с названиями которого выполняется сопоставление; если не указано — встроенный справочник департамента Манш
help-leaflet = Готовая к печати памятка (автономный HTML, A4 или A5) с публичными контактами территории; `--all -o DIR` записывает по одной на каждый EPCI; `--pro` печатает памятку для специалистов — из папки справочника или из пакета для специалистов
help-leaflet--territory = Идентификатор территории, например `epci:200042604`, `commune:50218`, `departement:50`
help-leaflet--all = По одной памятке на каждый EPCI, в папку, заданную через `-o` (`DIR/epci-200042604.html`…, `DIR/epci-200042604.pro.html`… с `--pro`)
help-leaflet--pro = Памятка для специалистов: контакты и места только для специалистов включены и отмечены, а надпись «не вывешивать и не раздавать посетителям» стоит вверху, в нижнем колонтитуле и в заголовке. Требует `--directory` с папкой справочника или пакетом для специалистов (его парольная фраза — из MAILLAGE_PASSPHRASE или вводится по запросу, никогда не в аргументе)
help-leaflet--output = Куда записать: файл (папка с `--all`); если не указано — стандартный вывод
help-leaflet--format = Бумага: a4 (одна страница) или a5 (две страницы, двусторонняя печать или сложенный лист A4)
help-leaflet--qr_url = Страница https://, на которую ведёт QR-код памятки (например, страница партнёра с виджетом); если не указано — без QR-кода
help-leaflet--directory = Папка справочника или пакет вместо встроенного справочника департамента Манш (с `--pro`: папка справочника или пакет для специалистов, например `manche.pro.maillage`)
help-coverage = Охват каждой коммуны: расстояние до ближайшего места по категориям, телефонные и онлайн-линии, показатели по EPCI, записи для повторной проверки (JSON, CSV или карта SVG)
help-coverage--format = Формат вывода
help-coverage--output = Куда записать; если не указано — стандартный вывод
help-coverage--category = Категория, которую показывает карта SVG
help-coverage--audience = Учитывать только места для этой аудитории (или для всех): tous, femmes, hommes, jeunes, enfants, lgbt, proches, auteurs. Если не указано — все места, кроме мест только для специалистов
help-coverage--today = Дата, на которую оценивается актуальность источников (YYYY-MM-DD); если не указана — сегодня
help-coverage--directory = Папка справочника или пакет вместо встроенного справочника департамента Манш

## Слова самой справки вокруг текстов (заголовки, общие параметры)

cli-usage = Использование:
cli-commands = Команды
cli-arguments = Аргументы
cli-options = Параметры
cli-print-help = Показать справку
cli-print-version = Показать версию
cli-default = [по умолчанию: { $value }]
cli-possible-values = [возможные значения: { $values }]

## Ошибки самой командной строки

# $arg: параметр или аргумент (`--format <FORMAT>`); $value: то, что введено.
cli-invalid-value = недопустимое значение `{ $value }` для `{ $arg }`
# $reason: причина, уже на языке читателя.
cli-invalid-value-because = недопустимое значение `{ $value }` для `{ $arg }`: { $reason }
cli-missing-arguments = не хватает: { $args }
cli-unknown-argument = неожиданный аргумент `{ $arg }`
cli-unknown-command = неизвестная команда `{ $command }`
cli-try-help = Подробнее: --help
