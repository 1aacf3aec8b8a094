# MACHINE-PRODUCED DRAFT (AI translation from fr.ftl), not reviewed by a native Ukrainian speaker.
# maillage — що командний рядок каже сам про себе (що він записав, що не вдалося), мовою
# `--lang`. Його відповіді — у ../documents/, а проблеми довідника — у ../problems/. Ті самі
# ідентифікатори й змінні в кожній мові. Шляхи, параметри (`--all`, `-o DIR`), команди й назви
# файлів залишаються як є.
# Категорії множини (CLDR, uk): one, few, many, other (other = дроби).

## Кожна помилка

# $error: що не вдалося, з причинами (деякі — від операційної системи, її мовою).
cli-failed = maillage: { $error }
cli-reading = читання { $path }
cli-writing = запис у { $path }
cli-creating = створення { $path }
cli-listing = перегляд вмісту { $path }

## Читання довідника

cli-not-a-folder = { $path } не є текою довідника
cli-folder-not-valid = { $path } містить помилки: запустіть `maillage validate { $path }`
cli-bundle-too-large = { $path }: { $size } Б — більше, ніж може вмістити пакет ({ $max } Б)
cli-embedded-bundle = вбудований у програму пакет департаменту Манш
cli-not-embedded = немає в цій програмі
# $tag: мова; $file: файл текстів; $error: чому його не вдалося прочитати.
cli-texts-unavailable = maillage: тексти довідника мовою `{ $tag }` ({ $file }): { $error }; його кроки показано французькою

## maillage build

cli-not-valid-nothing-written = maillage: { $path } містить помилки; нічого не записано
cli-wrote-bundle = записано { $path }: { $bytes } Б, стиснуто gzip: { $gzipped } Б (територій: { $territories }, місць: { $places }, служб: { $services }, загальнонаціональних ліній: { $national }; публічний пакет: пропущено контактів або місць лише для фахівців: { $withheld })
cli-wrote-translations = поруч записано переклади: { $files }
cli-translation-size = { $file } (стиснуто gzip: { $gzipped } Б)
cli-wrote-pro-bundle = записано { $path }: { $bytes } Б, пакет для фахівців (зашифровано: Argon2id + XChaCha20-Poly1305)

## Парольна фраза довідника для фахівців

cli-passphrase-needed = пакету для фахівців потрібна його парольна фраза: задайте { $env } або запустіть maillage у терміналі, щоб ввести її
cli-passphrase-prompt = Парольна фраза довідника для фахівців:{" "}
cli-passphrase-again = Ще раз ту саму:{" "}
cli-reading-passphrase = читання парольної фрази
cli-passphrases-differ = дві парольні фрази різні; нічого не записано
cli-no-random = операційна система не надала випадкових байтів: { $error }

## Запити

cli-latlon-expected = `{ $text }`: очікується LAT,LON, наприклад 49.1128,-1.0724
cli-not-latitude = `{ $text }` не є широтою
cli-not-longitude = `{ $text }` не є довготою
cli-latlon-range = `{ $text }` поза допустимими межами (спершу широта, потім довгота)
cli-time-expected = `{ $text }`: очікується паризький час, наприклад 2026-12-01T10:00
cli-give-place = вкажіть --place NAME або --at LAT,LON
cli-no-place = maillage: жодне місце не відповідає `{ $name }`
cli-unknown-territory = maillage: невідома територія `{ $territory }`

## Пам’ятки

cli-all-needs-output = --all потребує -o DIR
cli-no-epci = у довіднику немає EPCI
cli-give-territory = вкажіть ідентифікатор території (наприклад, epci:200042604) або --all
cli-wrote-file = записано { $path }
cli-leaflet-unknown-territory = невідома територія `{ $territory }`
cli-leaflet-bad-qr = `{ $url }`: QR-код має вести на сторінку https://, наприклад https://www.manche.gouv.fr/
cli-leaflet-qr-too-long = адреса QR-коду задовга, щоб її закодувати
cli-pro-where = передайте --directory з пакетом для фахівців (manche.pro.maillage, його парольна фраза — у MAILLAGE_PASSPHRASE або вводиться на запит) або з текою довідника (data/manche)
cli-pro-needs-directory = --pro потребує довідника для фахівців, а вбудований довідник департаменту Манш — публічний: { $where }
cli-not-pro-bundle = { $path } не є пакетом для фахівців (публічний пакет не містить контактів лише для фахівців): { $where }

## Експорт та імпорт

cli-wrote-csv = записано { $path } — рядків: { $rows } (служб: { $services })
cli-wrote-csv-national = записано { $path } — рядків: { $rows } (служб: { $services }, загальнонаціональних ліній: { $national })
cli-wrote-hsds = записано { $path } — служб HSDS: { $count }
cli-wrote-data-inclusion = записано { $structures-file } (структур: { $structures }) і { $services-file } (служб: { $services })
cli-import-too-large = { $path }: { $size } Б — більше, ніж імпортує maillage ({ $max } Б): розділіть файл або перевірте, чи це правильний файл
cli-not-utf8 = { $path }: не текст UTF-8: { $error }
cli-nothing-read = maillage: нічого не вдалося прочитати; нічого не записано
cli-wrote-imported = записано { $path } — записів: { $total } (з них загальнонаціональних ліній: { $national }); { $warnings ->
    [0] перевіряти нічого не треба
    [one] треба перевірити { $warnings } пункт
    [few] треба перевірити { $warnings } пункти
    [many] треба перевірити { $warnings } пунктів
   *[other] треба перевірити { $warnings } пункту
}
cli-then-check = потім `maillage import csv { $path } -o DIR` перевірить кожен рядок
cli-unreadable-files = { $path } містить файли, які не вдається прочитати; нічого не записано
cli-note = примітка: { $note }
cli-names-unavailable = не вдалося завантажити { $path }, щоб шукати в ньому назви: комуни й зони треба записувати їхніми ідентифікаторами
cli-checked-against-embedded = у { $path } немає directory.json: рядки перевіряються за вбудованим довідником департаменту Манш
cli-sheet-invalid = maillage: { $path }: { $errors ->
    [one] { $errors } помилка
    [few] { $errors } помилки
    [many] { $errors } помилок
   *[other] { $errors } помилки
} (рядків: { $rows }); нічого не записано
cli-services-file = { $path } (служб: { $services })
cli-services-national-files = { $path } (служб: { $services }) і { $national-path } (загальнонаціональних ліній: { $national })
cli-would-write = maillage: { $path } без помилок; було б записано { $what }
cli-wrote-what = записано { $what }

## Довідка (maillage --help, maillage <команда> --help)

# help-<команда> описує команду, help-<команда>--<аргумент> — аргумент.
# Слова самого clap (Usage, Options, Print help) залишаються англійською.

help = Допомога поблизу й наступні кроки, щоб вийти з насильства: перевірка, збирання довідника й запити до нього.
help--lang = Мова того, що maillage пише для людей (коди у виводі JSON залишаються кодами): fr, fr-x-falc (французька, легка для читання), en, ar, fa-AF (дарі), ps, uk, ru, es, pt, ro, tr або тег тієї самої мови (en-GB, prs…). Місцеві записи залишаються французькою
help-validate = Перевірити теку довідника (або пакет); код виходу 0, якщо помилок немає, інакше 1
help-validate--dir = Тека довідника або файл пакета; якщо не вказано — вбудований довідник департаменту Манш
help-validate--format = Формат виводу
help-validate--today = Дата, на яку оцінюється актуальність джерел (YYYY-MM-DD); якщо не вказано — сьогодні
help-locate = Усі території в точці (`LAT,LON`), від найточнішої до найширшої
help-locate--point = `LAT,LON`, наприклад `49.1128,-1.0724`
help-locate--format = Формат виводу
help-locate--directory = Тека довідника або пакет замість вбудованого довідника департаменту Манш
help-places = Місця (комуни, колишні комуни (communes déléguées), поштові індекси), що відповідають введеному тексту
help-places--query = Введений текст, наприклад `st lo`, `50100`, `tourlaville`
help-places--limit = Найбільша кількість місць
help-places--format = Формат виводу
help-places--directory = Тека довідника або пакет замість вбудованого довідника департаменту Манш
help-nearest = Служби поблизу точки, з фільтрами, відстанню, станом (відчинено чи ні) і причинами вибору
help-nearest--point = `LAT,LON`
help-nearest--categories = Категорії (повторіть параметр або розділіть комами): urgence, ecoute, hebergement, soins, plainte, juridique, protection, social, psy, enfants, sante-sexuelle, auteurs
help-nearest--audiences = Аудиторії: tous, femmes, hommes, jeunes, enfants, lgbt, proches, professionnels, auteurs
help-nearest--access = Способи зв’язку: telephone, sms, en-ligne, sur-place, rendez-vous, permanence
help-nearest--open_at = Паризький час, для якого визначається, чи відчинено (`2026-12-01T10:00`); якщо не вказано — зараз
help-nearest--open_only = Залишити лише служби, відчинені в цей час
help-nearest--language = Залишити лише служби, які говорять цією мовою (ISO 639-1)
help-nearest--step_free = Залишити лише місця з доступом без сходинок
help-nearest--professional = Включити місця й контакти лише для фахівців
help-nearest--limit = Найбільша кількість місць
help-nearest--format = Формат виводу
help-nearest--directory = Тека довідника або пакет замість вбудованого довідника департаменту Манш
help-pathway = Запропонований маршрут виходу для ситуації, місця й часу
help-pathway--place = Назва місця або поштовий індекс (береться найкращий збіг), наприклад `Granville`
help-pathway--at = Точка `LAT,LON` замість місця
help-pathway--answers = Відповіді, наприклад `in_danger_now=no,children=yes,role=relative`
help-pathway--at_time = Паризький час (`2026-12-01T22:30`); якщо не вказано — зараз
help-pathway--format = Формат виводу
help-pathway--directory = Тека довідника або пакет замість вбудованого довідника департаменту Манш
help-routes = Схема перенаправлення на території для фахівців: кожен крок, кожен контакт
help-routes--territory = Ідентифікатор території, наприклад `epci:200042604`, `commune:50639`
help-routes--format = Формат виводу
help-routes--directory = Тека довідника або пакет замість вбудованого довідника департаменту Манш
help-build = Зібрати компактний пакет, який завантажують командний рядок і віджет; виводить його розмір без стиснення та зі стисненням
help-build--dir = Тека довідника
help-build--output = Куди записати пакет
help-build--built_on = Дата збирання, записана в пакет (YYYY-MM-DD); якщо не вказано — сьогодні
help-build--pro_out = Записати сюди також пакет для фахівців: увесь довідник, разом із контактами й місцями лише для фахівців, зашифрований парольною фразою з MAILLAGE_PASSPHRASE або введеною на запит (ніколи не як аргумент). Див. SECURITY.md
help-export = Записати довідник як таблицю (CSV) або у відкритому стандарті (HSDS 3.0, data·inclusion)
help-export-csv = Служби як таблиця (CSV), щоб редагувати її й потім зчитати назад через `import csv`. Один рядок на кожну контактну точку, заголовки французькою (див. examples/templates/README.md). Контакти лише для фахівців включено (це робочий файл координації); конфіденційне місце ніколи не має адреси, поштового індексу чи точки.
help-export-csv--dir = Тека довідника або пакет; якщо не вказано — вбудований довідник департаменту Манш
help-export-csv--output = Файл CSV, який треба записати
help-export-csv--national = Записати також загальнонаціональні лінії (стовпець `ligne nationale` = oui)
help-export-csv--separator = Роздільник стовпців: крапка з комою (її очікують французькі табличні редактори) або кома
help-export-csv--no_bom = Не записувати позначку порядку байтів UTF-8 (з нею Excel правильно читає літери з діакритичними знаками)
help-export-hsds = Open Referral HSDS 3.0: масив JSON зі службами. Орієнтований на служби, з розкритими посиланнями; публічний, якщо не вказано --professional. Для конфіденційного місця показано лише комуну.
help-export-hsds--dir = Тека довідника або пакет; якщо не вказано — вбудований довідник департаменту Манш
help-export-hsds--output = Файл JSON, який треба записати; якщо не вказано — стандартний вивід
help-export-hsds--national = Експортувати також загальнонаціональні лінії
help-export-hsds--professional = Включити місця й контакти лише для фахівців (конфіденційні — ніколи)
help-export-data-inclusion = data·inclusion v1: OUTPUT/structures.json і OUTPUT/services.json. Публічний, якщо не вказано --professional. Для конфіденційного місця показано лише комуну.
help-export-data-inclusion--dir = Тека довідника або пакет; якщо не вказано — вбудований довідник департаменту Манш
help-export-data-inclusion--output = Тека, куди записати обидва файли (створюється за потреби)
help-export-data-inclusion--national = Експортувати також загальнонаціональні лінії (зона `france`)
help-export-data-inclusion--professional = Включити місця й контакти лише для фахівців (конфіденційні — ніколи)
help-export-data-inclusion--date = `date_maj` записів, які не перевірені й не датовані своєю сторінкою-джерелом (YYYY-MM-DD); якщо не вказано — сьогодні
help-import = Зчитати таблицю назад у довідник або перетворити експорт HSDS чи data·inclusion іншого довідника на записи для перевірки
help-import-csv = Зчитати таблицю (CSV) назад у OUTPUT/services.json; у разі помилки нічого не записується. Рядки з `ligne nationale` = oui потрапляють у national.json. Кожен рядок проходить перевірки ядра за довідником в OUTPUT (або за вбудованим довідником департаменту Манш, якщо в OUTPUT його немає); якщо хоч один рядок має помилку, кожну помилку наведено з її рядком і стовпцем, і нічого не записується.
help-import-csv--file = Файл CSV: розділений комами або крапками з комою, у UTF-8 з позначкою порядку байтів або без неї
help-import-csv--output = Тека довідника, куди записати services.json (і national.json)
help-import-csv--dry_run = Лише перевірити; нічого не записувати
help-import-csv--today = Дата, на яку оцінюється актуальність джерел (YYYY-MM-DD); якщо не вказано — сьогодні
help-import-csv--format = Формат виводу проблем
help-import-hsds = Перетворити служби HSDS 3.0 іншого довідника на записи для перевірки. Таксономії зіставляються з нашими категоріями; те, що не вдалося зіставити, наведено в списку, і жоден запис не втрачається.
help-import-hsds--file = JSON HSDS: масив служб, одна служба, сторінка API або організації
help-import-hsds--output = Куди зберегти записи: таблиця `.csv` (перевірити, потім `import csv`) або файл `.json` (його списки `services` і `national`)
help-import-hsds--directory = Довідник (тека або пакет), з назвами комун і територій якого виконується зіставлення; якщо не вказано — вбудований довідник департаменту Манш
help-import-data-inclusion = Перетворити служби data·inclusion v1 на записи для перевірки. Тематики (thématiques) зіставляються з нашими категоріями; те, що не вдалося зіставити, наведено в списку, і жоден запис не втрачається.
help-import-data-inclusion--file = JSON зі службами або тека з services.json (і structures.json — для назв організацій)
help-import-data-inclusion--output = Куди зберегти записи: таблиця `.csv` або файл `.json`
help-import-data-inclusion--directory = Довідник (тека або пакет), з назвами якого виконується зіставлення; якщо не вказано — вбудований довідник департаменту Манш
help-leaflet = Готова до друку пам’ятка (автономний HTML, A4 або A5) з публічними контактами території; `--all -o DIR` записує по одній на кожен EPCI; `--pro` друкує пам’ятку для фахівців — з теки довідника або з пакета для фахівців
help-leaflet--territory = Ідентифікатор території, наприклад `epci:200042604`, `commune:50218`, `departement:50`
help-leaflet--all = По одній пам’ятці на кожен EPCI, у теку, задану через `-o` (`DIR/epci-200042604.html`…, `DIR/epci-200042604.pro.html`… з `--pro`)
help-leaflet--pro = Пам’ятка для фахівців: контакти й місця лише для фахівців включено й позначено, а напис «не вивішувати й не роздавати відвідувачам» стоїть угорі, у нижньому колонтитулі та в заголовку. Потребує `--directory` з текою довідника або пакетом для фахівців (його парольна фраза — з MAILLAGE_PASSPHRASE або вводиться на запит, ніколи не як аргумент)
help-leaflet--output = Куди записати: файл (тека з `--all`); якщо не вказано — стандартний вивід
help-leaflet--format = Папір: a4 (одна сторінка) або a5 (дві сторінки, двобічний друк або складений аркуш A4)
help-leaflet--qr_url = Сторінка https://, на яку веде QR-код пам’ятки (наприклад, сторінка партнера з віджетом); якщо не вказано — без QR-коду
help-leaflet--directory = Тека довідника або пакет замість вбудованого довідника департаменту Манш (з `--pro`: тека довідника або пакет для фахівців, наприклад `manche.pro.maillage`)
help-coverage = Охоплення кожної комуни: відстань до найближчого місця за категоріями, телефонні й онлайн-лінії, показники за EPCI, записи для повторної перевірки (JSON, CSV або карта SVG)
help-coverage--format = Формат виводу
help-coverage--output = Куди записати; якщо не вказано — стандартний вивід
help-coverage--category = Категорія, яку показує карта SVG
help-coverage--audience = Враховувати лише місця для цієї аудиторії (або для всіх): tous, femmes, hommes, jeunes, enfants, lgbt, proches, auteurs. Якщо не вказано — усі місця, крім місць лише для фахівців
help-coverage--today = Дата, на яку оцінюється актуальність джерел (YYYY-MM-DD); якщо не вказано — сьогодні
help-coverage--directory = Тека довідника або пакет замість вбудованого довідника департаменту Манш

## Слова самої довідки навколо текстів (заголовки, спільні параметри)

cli-usage = Використання:
cli-commands = Команди
cli-arguments = Аргументи
cli-options = Параметри
cli-print-help = Показати довідку
cli-print-version = Показати версію
cli-default = [за замовчуванням: { $value }]
cli-possible-values = [можливі значення: { $values }]

## Помилки самого командного рядка

# $arg: параметр або аргумент (`--format <FORMAT>`); $value: те, що введено.
cli-invalid-value = неприпустиме значення `{ $value }` для `{ $arg }`
# $reason: причина, уже мовою читача.
cli-invalid-value-because = неприпустиме значення `{ $value }` для `{ $arg }`: { $reason }
cli-missing-arguments = бракує: { $args }
cli-unknown-argument = неочікуваний аргумент `{ $arg }`
cli-unknown-command = невідома команда `{ $command }`
cli-try-help = Докладніше: --help
