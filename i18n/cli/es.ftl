# Borrador de traducción hecho por IA, sin revisar por un hablante nativo (AI draft, not reviewed by a native speaker).
# maillage — lo que la línea de comandos dice de sí misma (lo que ha escrito, lo que no ha
# funcionado), en el idioma de `--lang`. Sus respuestas están en ../documents/ y los problemas del
# directorio en ../problems/. Mismos identificadores y variables en cada idioma. Las rutas, las
# opciones (`--all`, `-o DIR`), los comandos y los nombres de archivo se dejan tal cual.

## Cada fallo

# $error: lo que no ha funcionado, con sus causas (algunas del sistema, en su idioma).
cli-failed = maillage: { $error }
cli-reading = lectura de { $path }
cli-writing = escritura de { $path }
cli-creating = creación de { $path }
cli-listing = listado de { $path }

## Leer un directorio

cli-not-a-folder = { $path } no es una carpeta de directorio
cli-folder-not-valid = { $path } no es válido: ejecute `maillage validate { $path }`
cli-bundle-too-large = { $path }: { $size } bytes, más de lo que puede contener un paquete ({ $max } bytes)
cli-embedded-bundle = el paquete de la Manche incluido en el programa
cli-not-embedded = no está incluido en este programa
# $tag: un idioma; $file: el archivo de los textos; $error: por qué no se ha podido leer.
cli-texts-unavailable = maillage: los textos del directorio en `{ $tag }` ({ $file }): { $error }; sus pasos se muestran en francés

## maillage build

cli-not-valid-nothing-written = maillage: { $path } no es válido; no se escribe nada
cli-wrote-bundle = escrito { $path }: { $bytes } bytes, { $gzipped } bytes comprimidos ({ $territories } territorios, { $places } lugares, { $services } servicios, { $national } líneas nacionales; público: se han dejado fuera { $withheld } contactos o lugares solo para profesionales)
cli-wrote-translations = escritas las traducciones al lado: { $files }
cli-translation-size = { $file } ({ $gzipped } bytes comprimidos)
cli-wrote-pro-bundle = escrito { $path }: { $bytes } bytes, el paquete profesional (sellado: Argon2id + XChaCha20-Poly1305)

## La frase de acceso del directorio profesional

cli-passphrase-needed = el paquete profesional necesita su frase de acceso: defina { $env } o ejecute maillage en un terminal para escribirla
cli-passphrase-prompt = Frase de acceso del directorio profesional:{" "}
cli-passphrase-again = La misma, otra vez:{" "}
cli-reading-passphrase = lectura de la frase de acceso
cli-passphrases-differ = las dos frases de acceso no coinciden; no se escribe nada
cli-no-random = el sistema no ha dado bytes aleatorios: { $error }

## Consultas

cli-latlon-expected = `{ $text }`: se esperaba LAT,LON, por ejemplo 49.1128,-1.0724
cli-not-latitude = `{ $text }` no es una latitud
cli-not-longitude = `{ $text }` no es una longitud
cli-latlon-range = `{ $text }` está fuera de rango (primero la latitud, luego la longitud)
cli-time-expected = `{ $text }`: se esperaba una hora de París, por ejemplo 2026-12-01T10:00
cli-give-place = indique --place NAME o --at LAT,LON
cli-no-place = maillage: ningún lugar corresponde a `{ $name }`
cli-unknown-territory = maillage: territorio desconocido `{ $territory }`

## Folletos

cli-all-needs-output = --all requiere -o DIR
cli-no-epci = el directorio no tiene ningún EPCI
cli-give-territory = indique el identificador de un territorio (por ejemplo epci:200042604) o --all
cli-wrote-file = escrito { $path }
cli-leaflet-unknown-territory = territorio desconocido `{ $territory }`
cli-leaflet-bad-qr = `{ $url }`: el código QR debe llevar a una página https://, por ejemplo https://www.manche.gouv.fr/
cli-leaflet-qr-too-long = la dirección del código QR es demasiado larga para codificarla
cli-pro-where = use --directory con el paquete profesional (manche.pro.maillage, con su frase de acceso en MAILLAGE_PASSPHRASE o escrita cuando se pida) o con la carpeta del directorio (data/manche)
cli-pro-needs-directory = --pro requiere el directorio profesional, y el directorio de la Manche incluido es el público: { $where }
cli-not-pro-bundle = { $path } no es un paquete profesional (un paquete público no tiene ningún contacto solo para profesionales): { $where }

## Exportación e importación

cli-wrote-csv = escrito { $path }: { $rows } filas ({ $services } servicios)
cli-wrote-csv-national = escrito { $path }: { $rows } filas ({ $services } servicios, { $national } líneas nacionales)
cli-wrote-hsds = escrito { $path }: { $count } servicios HSDS
cli-wrote-data-inclusion = escritos { $structures-file } ({ $structures } estructuras) y { $services-file } ({ $services } servicios)
cli-import-too-large = { $path }: { $size } bytes, más de lo que importa maillage ({ $max } bytes): divídalo, o compruebe que es el archivo correcto
cli-not-utf8 = { $path }: no es texto UTF-8: { $error }
cli-nothing-read = maillage: no se ha podido leer nada; no se escribe nada
cli-wrote-imported = escrito { $path }: { $total } fichas (de ellas, { $national } líneas nacionales); { $warnings ->
    [0] nada que revisar
    [one] { $warnings } punto que revisar
   *[other] { $warnings } puntos que revisar
}
cli-then-check = después, `maillage import csv { $path } -o DIR` verifica cada fila
cli-unreadable-files = { $path } tiene archivos ilegibles; no se escribe nada
cli-note = nota: { $note }
cli-names-unavailable = no se ha podido cargar { $path } para buscar en él los nombres: los municipios y las zonas deben escribirse con su identificador
cli-checked-against-embedded = { $path } no tiene directory.json: las filas se verifican con el directorio de la Manche incluido
cli-sheet-invalid = maillage: { $path }: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
} en { $rows } filas; no se escribe nada
cli-services-file = { $path } ({ $services } servicios)
cli-services-national-files = { $path } ({ $services } servicios) y { $national-path } ({ $national } líneas nacionales)
cli-would-write = maillage: { $path } es válido; se escribiría { $what }
cli-wrote-what = escrito { $what }

## Ayuda (maillage --help, maillage <comando> --help)

# help-<comando> describe un comando, help-<comando>--<argumento> un argumento.
# Las palabras del propio clap (Usage, Options, Print help) se quedan en inglés.

help = Encontrar ayuda cerca de casa y los próximos pasos para salir de la violencia: verificar, construir y consultar un directorio.
help--lang = El idioma de lo que maillage escribe para las personas (los códigos de la salida JSON siguen siendo códigos): fr, fr-x-falc (francés de lectura fácil), en, ar, fa-AF (dari), ps, uk, ru, es, pt, ro, tr, o una etiqueta del mismo idioma (en-GB, prs…). Las fichas locales se quedan en francés
help-validate = Verificar una carpeta de directorio (o un paquete); código de salida 0 si es válido, 1 si no
help-validate--dir = Una carpeta de directorio o un archivo de paquete; si se omite, el directorio de la Manche incluido
help-validate--format = Formato de salida
help-validate--today = La fecha con la que se juzga la actualidad de las fuentes (AAAA-MM-DD); si se omite, hoy
help-locate = Todos los territorios de un punto (`LAT,LON`), del más preciso al más amplio
help-locate--point = `LAT,LON`, por ejemplo `49.1128,-1.0724`
help-locate--format = Formato de salida
help-locate--directory = Una carpeta de directorio o un paquete que usar en lugar del directorio de la Manche incluido
help-places = Los lugares (municipios, municipios delegados, códigos postales) que corresponden a lo que se ha escrito
help-places--query = El texto escrito, por ejemplo `st lo`, `50100`, `tourlaville`
help-places--limit = Número máximo de lugares
help-places--format = Formato de salida
help-places--directory = Una carpeta de directorio o un paquete que usar en lugar del directorio de la Manche incluido
help-nearest = Los servicios cerca de un punto, filtrados, con distancia, estado de apertura y motivos
help-nearest--point = `LAT,LON`
help-nearest--categories = Categorías (repetidas o separadas por comas): urgence, ecoute, hebergement, soins, plainte, juridique, protection, social, psy, enfants, sante-sexuelle, auteurs
help-nearest--audiences = Públicos: tous, femmes, hommes, jeunes, enfants, lgbt, proches, professionnels, auteurs
help-nearest--access = Modos de acceso: telephone, sms, en-ligne, sur-place, rendez-vous, permanence
help-nearest--open_at = La hora de París para la apertura (`2026-12-01T10:00`); si se omite, ahora
help-nearest--open_only = Conservar solo los servicios abiertos a esa hora
help-nearest--language = Conservar solo los servicios que hablan este idioma (ISO 639-1)
help-nearest--step_free = Conservar solo los lugares accesibles sin escalones
help-nearest--professional = Incluir los lugares y contactos solo para profesionales
help-nearest--limit = Número máximo de lugares
help-nearest--format = Formato de salida
help-nearest--directory = Una carpeta de directorio o un paquete que usar en lugar del directorio de la Manche incluido
help-pathway = El recorrido de salida propuesto para una situación, un lugar y una hora
help-pathway--place = Un nombre de lugar o un código postal (se toma el mejor resultado), por ejemplo `Granville`
help-pathway--at = Un punto `LAT,LON` en lugar de un lugar
help-pathway--answers = Las respuestas, por ejemplo `in_danger_now=no,children=yes,role=relative`
help-pathway--at_time = La hora de París (`2026-12-01T22:30`); si se omite, ahora
help-pathway--format = Formato de salida
help-pathway--directory = Una carpeta de directorio o un paquete que usar en lugar del directorio de la Manche incluido
help-routes = El circuito de derivación de un territorio para los profesionales: cada paso, cada contacto
help-routes--territory = El identificador de un territorio, por ejemplo `epci:200042604`, `commune:50639`
help-routes--format = Formato de salida
help-routes--directory = Una carpeta de directorio o un paquete que usar en lugar del directorio de la Manche incluido
help-build = Construir el paquete compacto que cargan la línea de comandos y el widget; muestra su tamaño sin comprimir y comprimido
help-build--dir = La carpeta del directorio
help-build--output = Dónde escribir el paquete
help-build--built_on = La fecha de construcción inscrita en el paquete (AAAA-MM-DD); si se omite, hoy
help-build--pro_out = Escribir también aquí el paquete profesional: todo el directorio, incluidos los contactos y lugares solo para profesionales, sellado con una frase de acceso leída de MAILLAGE_PASSPHRASE o escrita cuando se pida (nunca como argumento). Véase SECURITY.md
help-export = Escribir el directorio como hoja de cálculo (CSV) o en un estándar abierto (HSDS 3.0, data·inclusion)
help-export-csv = Los servicios como hoja de cálculo (CSV), para modificarla y volver a leerla con `import csv`. Una fila por punto de contacto, encabezados en francés (véase examples/templates/README.md). Incluye los contactos solo para profesionales (es el archivo de trabajo de la coordinación); un lugar confidencial nunca tiene dirección, código postal ni punto.
help-export-csv--dir = Una carpeta de directorio o un paquete; si se omite, el directorio de la Manche incluido
help-export-csv--output = El archivo CSV que escribir
help-export-csv--national = Escribir también las líneas nacionales (columna `ligne nationale` = oui)
help-export-csv--separator = Separador de columnas: punto y coma (lo que esperan las hojas de cálculo francesas) o coma
help-export-csv--no_bom = No escribir la marca de orden de bytes UTF-8 (hace que Excel lea bien los acentos)
help-export-hsds = Open Referral HSDS 3.0: un array JSON de servicios. Centrado en los servicios y desreferenciado, para el público salvo con --professional. Un lugar confidencial solo muestra su municipio.
help-export-hsds--dir = Una carpeta de directorio o un paquete; si se omite, el directorio de la Manche incluido
help-export-hsds--output = El archivo JSON que escribir; si se omite, la salida estándar
help-export-hsds--national = Exportar también las líneas nacionales
help-export-hsds--professional = Incluir los lugares y contactos solo para profesionales (nunca los confidenciales)
help-export-data-inclusion = data·inclusion v1: OUTPUT/structures.json y OUTPUT/services.json. Para el público salvo con --professional. Un lugar confidencial solo muestra su municipio.
help-export-data-inclusion--dir = Una carpeta de directorio o un paquete; si se omite, el directorio de la Manche incluido
help-export-data-inclusion--output = La carpeta donde escribir los dos archivos (se crea si hace falta)
help-export-data-inclusion--national = Exportar también las líneas nacionales (zona `france`)
help-export-data-inclusion--professional = Incluir los lugares y contactos solo para profesionales (nunca los confidenciales)
help-export-data-inclusion--date = El `date_maj` de las fichas ni verificadas ni fechadas por su página de origen (AAAA-MM-DD); si se omite, hoy
help-import = Volver a leer una hoja de cálculo en un directorio, o convertir la exportación HSDS o data·inclusion de otro directorio en fichas que revisar
help-import-csv = Volver a leer una hoja de cálculo (CSV) en OUTPUT/services.json; no se escribe nada si hay un error. Las filas con `ligne nationale` = oui van a national.json. Cada fila se verifica, con los controles del núcleo, con el directorio de OUTPUT (o con el directorio de la Manche incluido si OUTPUT no tiene ninguno); si una fila tiene un error, se lista cada error con su fila y su columna, y no se escribe nada.
help-import-csv--file = El archivo CSV: separado por comas o por puntos y comas, en UTF-8 con o sin marca de orden de bytes
help-import-csv--output = La carpeta del directorio donde escribir services.json (y national.json)
help-import-csv--dry_run = Solo verificar; no escribir nada
help-import-csv--today = La fecha con la que se juzga la actualidad de las fuentes (AAAA-MM-DD); si se omite, hoy
help-import-csv--format = Formato de salida de los problemas
help-import-hsds = Convertir los servicios HSDS 3.0 de otro directorio en fichas que revisar. Las taxonomías se hacen corresponder con nuestras categorías; lo que no ha podido hacerse corresponder se lista, y no se pierde ninguna ficha.
help-import-hsds--file = El JSON HSDS: un array de servicios, un servicio, una página de API u organizaciones
help-import-hsds--output = Dónde escribir las fichas: una hoja de cálculo `.csv` (para revisarla y después `import csv`) o un archivo `.json` (sus listas `services` y `national`)
help-import-hsds--directory = El directorio (carpeta o paquete) cuyos nombres de municipios y territorios sirven para hacer las correspondencias; si se omite, el directorio de la Manche incluido
help-import-data-inclusion = Convertir servicios data·inclusion v1 en fichas que revisar. Las temáticas se hacen corresponder con nuestras categorías; lo que no ha podido hacerse corresponder se lista, y no se pierde ninguna ficha.
help-import-data-inclusion--file = El JSON de los servicios, o una carpeta con services.json (y structures.json, para los nombres de las organizaciones)
help-import-data-inclusion--output = Dónde escribir las fichas: una hoja de cálculo `.csv` o un archivo `.json`
help-import-data-inclusion--directory = El directorio (carpeta o paquete) cuyos nombres sirven para hacer las correspondencias; si se omite, el directorio de la Manche incluido
help-leaflet = Un folleto listo para imprimir (HTML autónomo, A4 o A5) con los contactos públicos de un territorio; `--all -o DIR` escribe uno por EPCI; `--pro` imprime el folleto para profesionales, desde la carpeta del directorio o el paquete profesional
help-leaflet--territory = El identificador de un territorio, por ejemplo `epci:200042604`, `commune:50218`, `departement:50`
help-leaflet--all = Un folleto por EPCI, escrito en la carpeta indicada con `-o` (`DIR/epci-200042604.html`…, `DIR/epci-200042604.pro.html`… con `--pro`)
help-leaflet--pro = El folleto para profesionales: incluye, señalados, los contactos y lugares solo para profesionales, y «no exponer ni entregar al público» arriba, en el pie de página y en el título. Requiere `--directory` con la carpeta del directorio o el paquete profesional (su frase de acceso en MAILLAGE_PASSPHRASE o escrita cuando se pida, nunca como argumento)
help-leaflet--output = Dónde escribir: un archivo (una carpeta con `--all`); si se omite, la salida estándar
help-leaflet--format = Papel: a4 (una página) o a5 (dos páginas, a doble cara o A4 plegado)
help-leaflet--qr_url = Una página https:// a la que lleva el código QR del folleto (por ejemplo, la página de un socio con el widget); sin código QR si se omite
help-leaflet--directory = Una carpeta de directorio o un paquete que usar en lugar del directorio de la Manche incluido (con `--pro`: la carpeta o el paquete profesional, por ejemplo `manche.pro.maillage`)
help-coverage = La cobertura de cada municipio: distancia al lugar más cercano por categoría, líneas telefónicas y en línea, cifras por EPCI, fichas que volver a verificar (JSON, CSV o mapa SVG)
help-coverage--format = Formato de salida
help-coverage--output = Dónde escribir; si se omite, la salida estándar
help-coverage--category = La categoría que muestra el mapa SVG
help-coverage--audience = Contar solo los lugares para este público (o para todos): tous, femmes, hommes, jeunes, enfants, lgbt, proches, auteurs. Si se omite, todos los lugares salvo los que son solo para profesionales
help-coverage--today = La fecha con la que se juzga la actualidad de las fuentes (AAAA-MM-DD); si se omite, hoy
help-coverage--directory = Una carpeta de directorio o un paquete que usar en lugar del directorio de la Manche incluido

## Las palabras de la propia ayuda alrededor de los textos (encabezados, opciones comunes)

cli-usage = Uso:
cli-commands = Comandos
cli-arguments = Argumentos
cli-options = Opciones
cli-print-help = Mostrar la ayuda
cli-print-version = Mostrar la versión
cli-default = [por defecto: { $value }]
cli-possible-values = [valores posibles: { $values }]

## Los errores de la propia línea de comandos

# $arg: la opción o el argumento (`--format <FORMAT>`), $value: lo que se ha escrito.
cli-invalid-value = valor no válido `{ $value }` para `{ $arg }`
# $reason: por qué, ya en el idioma del lector.
cli-invalid-value-because = valor no válido `{ $value }` para `{ $arg }`: { $reason }
cli-missing-arguments = falta: { $args }
cli-unknown-argument = argumento inesperado `{ $arg }`
cli-unknown-command = comando desconocido `{ $command }`
cli-try-help = Para más información: --help
