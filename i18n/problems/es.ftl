# Borrador de traducción hecho por IA, sin revisar por un hablante nativo (AI draft, not reviewed by a native speaker).
# maillage — lo que dicen `maillage validate`, `maillage import` y el studio sobre los problemas de
# un directorio: el núcleo los da como códigos (`maillage::Fault`, `maillage::hours::HoursFault`);
# cada código es aquí un mensaje `problem-<code>` y sus valores, variables. Mismos
# identificadores y variables en cada idioma. Los identificadores, nombres de campos, valores y
# palabras clave de los archivos (`services.json`, `auteurs`, `to-verify`, `Mo-Fr 09:00-17:00`)
# se dejan tal cual: son los de los archivos.

## Una línea por problema

problem-error = error
problem-warning = aviso
# $severity: problem-error o problem-warning; $where: archivo, línea y puntero JSON
# (`services.json:12 #/services/3`), tal cual.
problem-line = { $severity }: { $where }: { $reason }
problem-line-record = { $severity }: { $where }: ficha `{ $record }`: { $reason }
problem-line-field = { $severity }: { $where }: campo `{ $field }`: { $reason }
problem-line-record-field = { $severity }: { $where }: ficha `{ $record }`, campo `{ $field }`: { $reason }
# Una hoja de cálculo: fila de la hoja (el encabezado es la fila 1), línea del archivo cuando es
# distinta, columna (letra y encabezado), elemento de una celda que contiene varios.
sheet-row = fila { $row }
sheet-row-line = fila { $row } (línea { $line } del archivo)
sheet-column = columna { $column } «{ $header }»
sheet-column-letter = columna { $column }
sheet-column-header = columna «{ $header }»
sheet-record = ficha `{ $record }`
sheet-item = elemento { $item }: { $reason }
# $parts: fila, columna, ficha, separadas por comas.
sheet-line = { $severity }: { $file }: { $reason }
sheet-line-at = { $severity }: { $file }, { $parts }: { $reason }

## El resumen de `maillage validate`

validate-counts = { $communes } municipios, { $epci } EPCI, { $arrondissements } arrondissements, { $departements } departamentos, { $tribunals } circunscripciones judiciales, { $places } lugares, { $services } servicios locales, { $national } líneas nacionales
validate-valid = válido
validate-valid-warnings = válido, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}
validate-invalid = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}
validate-summary = { $counts }: { $verdict }

## Archivos

# $detail: el mensaje del lector, en inglés.
problem-unreadable-file = archivo ilegible: { $detail }
problem-not-utf8 = no es texto UTF-8 (byte { $byte }): guárdelo en UTF-8
# $detail: el mensaje del lector JSON (serde_json), en inglés.
problem-malformed-json = JSON mal formado: { $detail }
problem-truncated-json = el archivo termina demasiado pronto (¿truncado?): { $detail }
problem-expected-object-with-list = se esperaba un objeto con la lista `{ $key }`
problem-expected-list = se esperaba la lista `{ $key }`
# $detail: el mensaje del lector (serde), en inglés: campo ausente, término desconocido, tipo.
problem-unreadable-field = valor ilegible: { $detail }
problem-not-a-language-file = no es un archivo de idioma: póngale el nombre de un idioma distinto del francés (`i18n/en.json`, `i18n/ar.json`, `i18n/fa-AF.json`)
problem-not-a-directory-file = no es un archivo del directorio (se esperaba: directory.json, services.json, national.json, places.json, territories/*.geojson o i18n/*.json); se ignora
problem-missing-metadata = ausente o ilegible: un directorio necesita su archivo de metadatos

## Territorios y lugares

problem-duplicate-territory-id = identificador de territorio duplicado
problem-kind-mismatch = el tipo `{ $kind }` no coincide con el del identificador, `{ $id_kind }`
problem-unknown-territory = territorio desconocido `{ $id }`
problem-unknown-service = servicio desconocido `{ $id }`
problem-empty-geometry = contorno vacío
problem-ring-too-short = un anillo tiene muy pocos puntos ({ $points }); se necesitan al menos 4
problem-ring-not-closed = un anillo no está cerrado (el primer y el último punto son distintos)
problem-coordinate-out-of-range = la coordenada { $lon },{ $lat } no es una longitud,latitud
# $detail: lo que encontró la biblioteca geo, en inglés.
problem-invalid-geometry = contorno no válido: { $detail }
problem-duplicate-place-id = identificador de lugar duplicado

## Servicios

problem-duplicate-service-id = identificador de servicio duplicado (los servicios y las líneas nacionales comparten identificadores)
problem-bad-id = `{ $id }`: un identificador solo usa a-z, 0-9 y `-`
problem-empty-name = nombre vacío
problem-no-category = se necesita al menos una categoría
problem-perpetrators-other-category = un servicio para autores de violencia solo tiene la categoría `auteurs`: a los autores nunca se les muestran los servicios para las víctimas
problem-perpetrators-audience-missing = la categoría `auteurs` requiere el público `auteurs`
problem-local-serves-country = un servicio local que atiende a todo el país debe estar en national.json
problem-national-line-not-national = una línea nacional tiene como zona atendida "national"
problem-empty-served-area = zona atendida vacía
problem-no-way-to-reach = no hay ningún medio para contactar con este servicio: indique un contacto o un lugar
problem-javascript-url = los enlaces `javascript:` no se aceptan
problem-phone-national-form = `{ $number }` está en formato nacional: escríbalo en formato E.164, `+33` seguido de las nueve cifras que siguen al 0
problem-phone-invalid = `{ $number }` no es un número francés válido (se espera: +33 y 9 cifras, un número de ultramar o un número corto como 17, 114, 3919, 116006)
problem-phone-display-mismatch = el texto mostrado `{ $display }` no corresponde al número `{ $number }`
problem-not-an-email = `{ $value }` no es una dirección de correo electrónico
problem-url-not-https = `{ $url }`: use https
problem-url-no-scheme = `{ $url }` no tiene protocolo: escriba https://…
problem-url-scheme = `{ $url }`: el protocolo `{ $scheme }` no se acepta (https, tel, sms, mailto)
problem-confidential-contact = un contacto no puede ser confidencial: quítelo o resérvelo a los `professionnels`
problem-unknown-commune = municipio desconocido `{ $id }`
problem-confidential-address = lugar confidencial con una dirección publicada: quite la dirección (solo puede mostrarse el municipio)
problem-confidential-postcode = lugar confidencial con un código postal publicado: quite el código postal (solo puede mostrarse el municipio)
problem-confidential-point = lugar confidencial con un punto publicado: quite el punto (solo puede mostrarse el municipio)
problem-precision-without-address = la precisión `address` requiere una dirección: indíquela o use `commune`
problem-point-out-of-range = latitud o longitud fuera de rango
problem-point-outside-scope = el punto { $lat },{ $lon } está fuera del territorio del directorio `{ $scope }` (¿latitud y longitud invertidas?)
problem-point-outside-commune = el punto { $lat },{ $lon } está fuera de su municipio, { $commune } ({ $id })
problem-address-without-point = dirección pública sin punto: no se puede calcular la distancia
# $fault: uno de los mensajes problem-hours-… de más abajo.
problem-hours = horario «{ $text }», columna { $column }: { $fault }

## Horarios (sintaxis opening_hours de OpenStreetMap)

problem-hours-empty = horario vacío: omita el campo cuando no se conozca el horario
problem-day-of-month = un día del mes va de 1 a 31
problem-month-or-day-after-dash = se esperaba un mes o un día después de `-`
problem-date-range-ends = un periodo lleva días en ambos extremos o en ninguno
problem-school-holidays = las vacaciones escolares (`SH`) no se admiten
problem-nth-weekday = los n-ésimos días de la semana como `Mo[1]` no se admiten
problem-weekday-after-dash = se esperaba un día de la semana (Mo, Tu, We, Th, Fr, Sa, Su) después de `-`
problem-expected-time = se esperaba una hora como 09:00
problem-expected-colon = se esperaba `:` en una hora (escriba 09:00, no 9h)
problem-expected-minutes = se esperaban los minutos
problem-minutes-digits = los minutos se escriben con dos cifras, de 00 a 59
problem-start-after24 = una hora de inicio no puede pasar de las 24:00
problem-open-ended = los horarios sin hora de fin (`18:00+`) no se admiten
problem-expected-end = se esperaba `-` y una hora de fin
problem-end-after48 = una hora de fin no puede pasar de las 48:00
problem-end-before-start = hora de fin anterior a la hora de inicio
problem-span-starts-at24 = un intervalo no puede empezar a las 24:00
problem-unterminated-comment = comentario sin cerrar: falta la comilla `"` final
problem-expected-rule = se esperaba una regla (como `Mo-Fr 09:00-17:00`), se encontró `{ $found }`
problem-unexpected = `{ $found }` inesperado

## Fuentes

problem-missing-source = falta la fuente: indique de dónde procede esta información
problem-empty-source-title = título de fuente vacío
problem-source-url-not-http = `{ $url }`: la dirección de una fuente es una página http(s)
problem-bad-language-code = `{ $language }` no es un código ISO 639-1 como `fr`
problem-verified-without-date = una fuente verificada necesita su fecha de verificación (`verified_on`)
problem-date-on-to-verify = `verified_on` { $date } en una fuente todavía `to-verify`: cambie el estado a `verified` o quite la fecha
problem-to-verify = por verificar: verifique esta ficha con su fuente antes de fiarse de ella
problem-date-in-future = { $date } está en el futuro
problem-verified-long-ago = verificada el { $date }, hace más de 12 meses: verifíquela de nuevo
problem-old-page = la página de la fuente tiene fecha del { $date }, hace más de 2 años: compruebe que sigue vigente

## Recorrido

problem-duplicate-step-id = identificador de paso duplicado
problem-missing-french = falta el texto en francés
problem-missing-english = falta la traducción al inglés
problem-step-without-category = un paso necesita al menos una categoría
problem-unknown-national-line = línea nacional desconocida `{ $id }`
problem-step-unreachable = ninguna situación llega a este paso: sus exclusiones cubren todas sus inclusiones
problem-perpetrators-step-audience = el paso para autores se elige por su categoría `auteurs`, no por un público
problem-perpetrators-step-category = el paso para autores solo tiene la categoría `auteurs` e indica el rol `perpetrator`
problem-category-without-step = ningún paso tiene la categoría `{ $category }`: sus servicios nunca se proponen en un recorrido

## Archivos de idioma (i18n/<idioma>.json)

problem-english-steps-here = el inglés de los pasos está en pathways.json (`title.en`, `advice.en`): quítelo de aquí
problem-unknown-step = no hay ningún paso `{ $id }` en pathways.json
problem-empty-text = texto vacío
problem-step-not-translated = el paso `{ $id }` no está traducido (título y consejos)
# $field: `description` o `conditions`, el nombre del campo tal cual.
problem-not-translated = el campo `{ $field }` de `{ $id }` no está traducido
problem-nothing-to-translate = `{ $id }` no tiene campo `{ $field }` en national.json que traducir

## Importaciones y exportaciones (HSDS, data·inclusion): las notas de maillage-interop

# $note: uno de los mensajes de más abajo.
problem-note = { $note }
problem-too-large = el archivo ocupa { $bytes } bytes, más de lo que lee maillage ({ $max } bytes): divídalo o compruebe que es el archivo correcto
problem-no-hsds-service = no se encontró ningún servicio HSDS: se esperaba un array de servicios, un servicio, una página {"{"}"contents": […]{"}"} u organizaciones con sus servicios
problem-not-data-inclusion-services = se esperaba un array de servicios data·inclusion
problem-not-a-service-object = no es un objeto de servicio: se ignora
problem-hsds-web-pro-only = HSDS no puede reservar la dirección web { $url } a los profesionales
problem-hsds-one-url = HSDS solo admite una dirección web por servicio: { $url } queda fuera
problem-hsds-accessibility-without-location = la accesibilidad sin lugar no tiene cabida en HSDS
# $kind: phone, sms, email o web.
problem-data-inclusion-one-per-service = { $kind ->
    [phone] data·inclusion solo admite un teléfono por servicio
    [email] data·inclusion solo admite un correo electrónico por servicio
    [sms] data·inclusion no admite SMS
   *[other] data·inclusion solo admite un enlace por servicio
}: { $left_out ->
    [one] { $left_out } queda fuera
   *[other] { $left_out } quedan fuera
}
problem-data-inclusion-no-code = `{ $territory }` no tiene código data·inclusion y se desconocen sus municipios: queda fuera
# $vocabulary: Category, Audience o AccessMode.
problem-unknown-term = { $vocabulary ->
    [Category] categoría desconocida
    [Audience] público desconocido
   *[other] modo de acceso desconocido
}: `{ $term }`
problem-taxonomy-term-unmapped = el término de taxonomía `{ $term }` no corresponde a ninguna categoría ni a ningún público
problem-taxonomy-term-unmapped-in = el término de taxonomía `{ $term }` (taxonomía `{ $taxonomy }`) no corresponde a ninguna categoría ni a ningún público
problem-thematique-unmapped = la temática `{ $thematique }` no corresponde a ninguna categoría
problem-public-unmapped = el público `{ $public }` no tiene equivalente en maillage
problem-publics-free-text = `{ $text }`: texto libre, elija los públicos a mano
problem-no-category-found = no se encontró ninguna categoría: elija una antes de verificar
problem-no-name = el servicio no tiene nombre
problem-no-organisation-name = sin nombre de organización (solo organization_id, o nada)
problem-structure-not-found = no se encuentra la estructura `{ $structure }`: su identificador hace las veces de organización
problem-contact-person-phones = los teléfonos de una persona de contacto no se importan: añádalos al servicio
problem-several-locations = { $count } lugares: solo se importa el primero (una ficha de maillage tiene un solo lugar; haga una ficha por lugar)
problem-confidential-place-details = un lugar confidencial solo conserva su municipio: lo que el archivo indica de él (`{ $fields }`) no se importa
problem-commune-not-found = no se encuentra el municipio de este lugar ({ $place }): el lugar no se importa; indique su código INSEE
problem-bad-insee-code = `{ $insee }` no es un código INSEE de municipio: el lugar no se importa
problem-address-without-insee = una dirección sin código INSEE: el lugar no se importa; indique su code_insee
problem-service-area-unmatched = la zona atendida `{ $name }` no corresponde a ningún territorio
problem-zone-not-a-code = la zona `{ $zone }` no es un código de municipio, de EPCI ni de departamento
problem-no-service-area = no se puede leer ninguna zona atendida: indique los territorios atendidos
problem-no-zone = no hay zone_eligibilite: indique los territorios atendidos
problem-schedules-not-weekly = los horarios que no son semanales no se pueden leer ({ $descriptions }): escríbalos a mano
problem-unknown-language = no conocemos el idioma `{ $language }`: indique su código ISO 639-1
problem-fees-reduced = tarifas `{ $fees }`: solo se conserva «gratuito o no»; indíquelo en las condiciones
problem-field-not-imported = `{ $field }` no tiene cabida en una ficha de maillage: no se importa
problem-eligibility-free-text = la descripción de los requisitos de acceso es texto libre: elija los públicos a mano
problem-publisher-date = con fecha del { $date } según su editor: se conserva como fecha de la fuente; la ficha está por verificar
problem-no-date = ni assured_date ni last_modified: se desconoce la antigüedad de esta información; la ficha está por verificar
problem-no-date-maj = no hay ningún date_maj legible: se desconoce la antigüedad de esta información

## La hoja de cálculo (maillage import csv, el studio)

problem-sheet-not-utf8 = el archivo no está en UTF-8 (byte { $byte }, línea { $line }): guárdelo como «CSV UTF-8» (Excel) o elija el juego de caracteres UTF-8 (LibreOffice)
problem-too-many-rows = más de { $max } filas: maillage lee como máximo { $max } servicios de una hoja de cálculo; divídala
# $detail: el mensaje del lector CSV, en inglés.
problem-unreadable-csv = CSV ilegible: { $detail }
problem-empty-sheet = archivo vacío: la primera fila lleva los encabezados de las columnas
problem-duplicate-column = la columna «{ $header }» aparece dos veces (también en la columna { $other })
problem-unknown-column = columna desconocida «{ $header }»; las columnas son: { $columns }
problem-missing-column = falta la columna: es obligatoria
problem-column-absent = columna ausente: cada fila se lee sin ella
problem-stray-value = un valor en una columna sin encabezado conocido: ponga un encabezado a la columna o vacíela
problem-id-from-name = identificador vacío: `{ $id }` creado a partir del nombre
problem-missing-id = falta el identificador (y no hay nombre para crear uno)
problem-yes-no = `{ $text }`: escriba `oui` o `non` (o déjelo vacío si no se sabe)
problem-not-a-date = `{ $text }` no es una fecha: escríbala como 2026-11-29 (o 29/11/2026)
problem-not-a-number = `{ $text }` no es un número como 49.1157
# $vocabulary: Category, Audience, AccessMode, Visibility, LocationPrecision o SourceStatus;
# $expected: las palabras permitidas, separadas por comas.
problem-unknown-word = { $vocabulary ->
    [Category] categoría desconocida
    [Audience] público desconocido
    [AccessMode] modo de acceso desconocido
    [Visibility] visibilidad desconocida
    [LocationPrecision] precisión desconocida
   *[other] estado desconocido
} `{ $term }`; valores posibles: { $expected }
problem-bracket-alone = un `]` sin su `[`
problem-bad-visibility = `[{ $word }]`: la visibilidad es `[public]` (o nada), `[professionnels]` o `[confidentiel]`
problem-unbalanced-parentheses = paréntesis desequilibrados: la etiqueta va entre `(…)` al final
problem-angle-alone = un `>` sin su `<`
problem-empty-contact = contacto vacío: escriba el número o la dirección
problem-empty-angle = valor vacío entre `<…>`
problem-longitude-alone = una longitud sin latitud: indique las dos o ninguna
problem-latitude-alone = una latitud sin longitud: indique las dos o ninguna
problem-confidential-cell = un lugar confidencial (alojamiento) nunca se publica con su dirección, su código postal ni su punto: deje esta celda vacía (solo se muestra el municipio)
problem-place-without-commune = un lugar necesita su municipio (código INSEE, por ejemplo `50502`, o nombre)
problem-name-not-of-id = «{ $name }» no es el nombre de `{ $id }` ({ $actual }): se conserva el identificador
problem-bad-territory-id = `{ $id }` no es un identificador de territorio (por ejemplo `epci:200042604`, `commune:50502`)
problem-write-commune-id = `{ $text }`: escriba el identificador o el código INSEE del municipio, por ejemplo `50502`
problem-write-territory-id = `{ $text }`: escriba el identificador del territorio, por ejemplo `departement:50`
problem-unknown-commune-name = «{ $text }» no es un municipio del directorio: escriba su identificador (código INSEE, por ejemplo `50502`)
problem-unknown-territory-name = «{ $text }» no es un territorio del directorio: escriba su identificador (por ejemplo `epci:200042604`)
problem-several-territories = «{ $text }» designa varios territorios ({ $ids }): escriba entre paréntesis el que corresponda
problem-date-without-source = una fecha de fuente sin fuente: indique el título o la página de la fuente
problem-records-removed = { $count ->
    [one] { $count } ficha de { $file } no está en la hoja de cálculo y esta importación la retira
   *[other] { $count } fichas de { $file } no están en la hoja de cálculo y esta importación las retira
}: { $ids }
