# Ciornă de traducere realizată cu IA, nerevizuită de un vorbitor nativ (AI draft, not reviewed by a native speaker).
# maillage — ce spun `maillage validate`, `maillage import` și studioul despre problemele unei
# liste de contacte: nucleul le dă sub formă de coduri (`maillage::Fault`,
# `maillage::hours::HoursFault`); fiecare cod este aici un mesaj `problem-<code>`, iar valorile
# lui sunt variabile. Aceiași identificatori și aceleași variabile în fiecare limbă.
# Identificatorii, numele câmpurilor, valorile și cuvintele-cheie ale fișierelor (`services.json`,
# `auteurs`, `to-verify`, `Mo-Fr 09:00-17:00`) rămân neschimbate: sunt cele ale fișierelor.
# Pluralul: one (1), few (0, 2–19, 101–119…), other (20 și peste, cu „de”: „20 de erori”);
# validate-counts scrie „denumire: număr” ca să evite regula lui „de” fără selector.

## Un rând pentru fiecare problemă

problem-error = eroare
problem-warning = avertisment
# $severity: problem-error sau problem-warning; $where: fișier, linie și pointer JSON
# (`services.json:12 #/services/3`), neschimbate.
problem-line = { $severity }: { $where }: { $reason }
problem-line-record = { $severity }: { $where }: fișa `{ $record }`: { $reason }
problem-line-field = { $severity }: { $where }: câmpul `{ $field }`: { $reason }
problem-line-record-field = { $severity }: { $where }: fișa `{ $record }`, câmpul `{ $field }`: { $reason }
# Un tabel: rândul din tabel (antetul este rândul 1), linia din fișier când diferă, coloana
# (litera și antetul), elementul unei celule care conține mai multe.
sheet-row = rândul { $row }
sheet-row-line = rândul { $row } (linia { $line } din fișier)
sheet-column = coloana { $column } „{ $header }”
sheet-column-letter = coloana { $column }
sheet-column-header = coloana „{ $header }”
sheet-record = fișa `{ $record }`
sheet-item = elementul { $item }: { $reason }
# $parts: rândul, coloana, fișa, separate prin virgule.
sheet-line = { $severity }: { $file }: { $reason }
sheet-line-at = { $severity }: { $file }, { $parts }: { $reason }

## Rezumatul comenzii `maillage validate`

validate-counts = comune: { $communes }, EPCI: { $epci }, arondismente: { $arrondissements }, departamente: { $departements }, circumscripții judecătorești: { $tribunals }, locuri: { $places }, servicii locale: { $services }, linii naționale: { $national }
validate-valid = valid
validate-valid-warnings = valid, { $warnings ->
    [one] { $warnings } avertisment
    [few] { $warnings } avertismente
   *[other] { $warnings } de avertismente
}
validate-invalid = { $errors ->
    [one] { $errors } eroare
    [few] { $errors } erori
   *[other] { $errors } de erori
}, { $warnings ->
    [one] { $warnings } avertisment
    [few] { $warnings } avertismente
   *[other] { $warnings } de avertismente
}
validate-summary = { $counts } — { $verdict }

## Fișiere

# $detail: mesajul cititorului, în engleză.
problem-unreadable-file = fișier ilizibil: { $detail }
problem-not-utf8 = nu este text UTF-8 (octetul { $byte }): salvați-l în UTF-8
# $detail: mesajul cititorului JSON (serde_json), în engleză.
problem-malformed-json = JSON formatat greșit: { $detail }
problem-truncated-json = fișierul se termină prea devreme (trunchiat?): { $detail }
problem-expected-object-with-list = se așteaptă un obiect cu lista `{ $key }`
problem-expected-list = se așteaptă lista `{ $key }`
# $detail: mesajul cititorului (serde), în engleză: câmp lipsă, termen necunoscut, tip.
problem-unreadable-field = valoare ilizibilă: { $detail }
problem-not-a-language-file = nu este un fișier de limbă: denumiți-l după o altă limbă decât franceza (`i18n/en.json`, `i18n/ar.json`, `i18n/fa-AF.json`)
problem-not-a-directory-file = nu este un fișier al listei de contacte (se așteaptă: directory.json, services.json, national.json, places.json, territories/*.geojson sau i18n/*.json); ignorat
problem-missing-metadata = lipsă sau ilizibil: o listă de contacte are nevoie de fișierul ei de metadate

## Teritorii și locuri

problem-duplicate-territory-id = identificator de teritoriu duplicat
problem-kind-mismatch = tipul `{ $kind }` diferă de cel al identificatorului, `{ $id_kind }`
problem-unknown-territory = teritoriu necunoscut `{ $id }`
problem-unknown-service = serviciu necunoscut `{ $id }`
problem-empty-geometry = contur gol
problem-ring-too-short = un inel are prea puține puncte ({ $points }); sunt necesare cel puțin 4
problem-ring-not-closed = un inel nu este închis (primul și ultimul punct diferă)
problem-coordinate-out-of-range = coordonata { $lon },{ $lat } nu este o pereche longitudine,latitudine
# $detail: ce a găsit biblioteca geo, în engleză.
problem-invalid-geometry = contur nevalid: { $detail }
problem-duplicate-place-id = identificator de loc duplicat

## Servicii

problem-duplicate-service-id = identificator de serviciu duplicat (serviciile și liniile naționale folosesc aceiași identificatori)
problem-bad-id = `{ $id }`: un identificator folosește doar a-z, 0-9 și `-`
problem-empty-name = nume gol
problem-no-category = este necesară cel puțin o categorie
problem-perpetrators-other-category = un serviciu pentru autori de violențe are doar categoria `auteurs`: autorilor nu li se arată niciodată serviciile pentru victime
problem-perpetrators-audience-missing = categoria `auteurs` cere publicul `auteurs`
problem-local-serves-country = un serviciu local care deservește toată țara trebuie să fie în national.json
problem-national-line-not-national = o linie națională are ca zonă deservită "national"
problem-empty-served-area = zonă deservită goală
problem-no-way-to-reach = niciun mijloc de a contacta acest serviciu: indicați un contact sau un loc
problem-javascript-url = linkurile `javascript:` sunt refuzate
problem-phone-national-form = `{ $number }` este în format național: scrieți-l în format E.164, `+33` urmat de cele nouă cifre de după 0
problem-phone-invalid = `{ $number }` nu este un număr francez valid (se așteaptă: +33 și 9 cifre, un număr din teritoriile de peste mări sau un număr scurt precum 17, 114, 3919, 116006)
problem-phone-display-mismatch = textul afișat `{ $display }` nu corespunde numărului `{ $number }`
problem-not-an-email = `{ $value }` nu este o adresă de e-mail
problem-url-not-https = `{ $url }`: folosiți https
problem-url-no-scheme = `{ $url }` nu are protocol: scrieți https://…
problem-url-scheme = `{ $url }`: protocolul `{ $scheme }` nu este acceptat (https, tel, sms, mailto)
problem-confidential-contact = un contact nu poate fi confidențial: eliminați-l sau rezervați-l pentru `professionnels`
problem-unknown-commune = comună necunoscută `{ $id }`
problem-confidential-address = loc confidențial cu o adresă publicată: eliminați adresa (se poate afișa doar comuna)
problem-confidential-postcode = loc confidențial cu un cod poștal publicat: eliminați codul poștal (se poate afișa doar comuna)
problem-confidential-point = loc confidențial cu un punct publicat: eliminați punctul (se poate afișa doar comuna)
problem-precision-without-address = precizia `address` cere o adresă: indicați-o sau folosiți `commune`
problem-point-out-of-range = latitudine sau longitudine în afara limitelor
problem-point-outside-scope = punctul { $lat },{ $lon } se află în afara teritoriului listei de contacte `{ $scope }` (latitudine și longitudine inversate?)
problem-point-outside-commune = punctul { $lat },{ $lon } se află în afara comunei sale, { $commune } ({ $id })
problem-address-without-point = adresă publică fără punct: distanța nu poate fi calculată
# $fault: unul dintre mesajele problem-hours-… de mai jos.
problem-hours = programul „{ $text }”, coloana { $column }: { $fault }

## Program (sintaxa opening_hours din OpenStreetMap)

problem-hours-empty = program gol: omiteți câmpul când programul nu este cunoscut
problem-day-of-month = o zi a lunii este între 1 și 31
problem-month-or-day-after-dash = se așteaptă o lună sau o zi după `-`
problem-date-range-ends = o perioadă are zile la ambele capete sau la niciunul
problem-school-holidays = vacanțele școlare (`SH`) nu sunt acceptate
problem-nth-weekday = zilele a n-a ale săptămânii, precum `Mo[1]`, nu sunt acceptate
problem-weekday-after-dash = se așteaptă o zi a săptămânii (Mo, Tu, We, Th, Fr, Sa, Su) după `-`
problem-expected-time = se așteaptă o oră precum 09:00
problem-expected-colon = se așteaptă `:` într-o oră (scrieți 09:00, nu 9h)
problem-expected-minutes = se așteaptă minutele
problem-minutes-digits = minutele se scriu cu două cifre, de la 00 la 59
problem-start-after24 = o oră de început nu poate depăși 24:00
problem-open-ended = orele fără sfârșit (`18:00+`) nu sunt acceptate
problem-expected-end = se așteaptă `-` și o oră de sfârșit
problem-end-after48 = o oră de sfârșit nu poate depăși 48:00
problem-end-before-start = ora de sfârșit este înaintea orei de început
problem-span-starts-at24 = un interval nu poate începe la 24:00
problem-unterminated-comment = comentariu neînchis: lipsesc ghilimelele de închidere `"`
problem-expected-rule = se așteaptă o regulă (precum `Mo-Fr 09:00-17:00`), s-a găsit `{ $found }`
problem-unexpected = `{ $found }` neașteptat

## Surse

problem-missing-source = sursă lipsă: indicați de unde provin aceste informații
problem-empty-source-title = titlu de sursă gol
problem-source-url-not-http = `{ $url }`: adresa unei surse este o pagină http(s)
problem-bad-language-code = `{ $language }` nu este un cod ISO 639-1 precum `fr`
problem-verified-without-date = o sursă verificată are nevoie de data verificării (`verified_on`)
problem-date-on-to-verify = `verified_on` { $date } pe o sursă încă `to-verify`: schimbați starea în `verified` sau eliminați data
problem-to-verify = de verificat: verificați această fișă la sursa ei înainte de a vă baza pe ea
problem-date-in-future = { $date } este în viitor
problem-verified-long-ago = verificată la { $date }, acum mai bine de 12 luni: verificați-o din nou
problem-old-page = pagina sursă este datată { $date }, acum mai bine de 2 ani: verificați dacă este încă actuală

## Parcurs

problem-duplicate-step-id = identificator de pas duplicat
problem-missing-french = lipsește textul în franceză
problem-missing-english = lipsește traducerea în engleză
problem-step-without-category = un pas are nevoie de cel puțin o categorie
problem-unknown-national-line = linie națională necunoscută `{ $id }`
problem-step-unreachable = nicio situație nu duce la acest pas: excluderile lui acoperă toate includerile lui
problem-perpetrators-step-audience = pasul pentru autori este ales după categoria sa `auteurs`, nu după un public
problem-perpetrators-step-category = pasul pentru autori are doar categoria `auteurs` și indică rolul `perpetrator`
problem-category-without-step = niciun pas nu are categoria `{ $category }`: serviciile ei nu sunt propuse niciodată într-un parcurs

## Fișiere de limbă (i18n/<limbă>.json)

problem-english-steps-here = engleza pașilor se află în pathways.json (`title.en`, `advice.en`): eliminați-o de aici
problem-unknown-step = nu există pasul `{ $id }` în pathways.json
problem-empty-text = text gol
problem-step-not-translated = pasul `{ $id }` nu este tradus (titlu și sfaturi)
# $field: `description` sau `conditions`, numele câmpului neschimbat.
problem-not-translated = câmpul `{ $field }` din `{ $id }` nu este tradus
problem-nothing-to-translate = `{ $id }` nu are câmpul `{ $field }` în national.json care să fie tradus

## Importuri și exporturi (HSDS, data·inclusion): notele din maillage-interop

# $note: unul dintre mesajele de mai jos.
problem-note = { $note }
problem-too-large = mărimea fișierului în octeți: { $bytes }, peste cât citește maillage (maximum: { $max }): împărțiți-l sau verificați că este fișierul potrivit
problem-no-hsds-service = niciun serviciu HSDS găsit: se așteaptă un tablou de servicii, un serviciu, o pagină {"{"}"contents": […]{"}"} sau organizații cu serviciile lor
problem-not-data-inclusion-services = se așteaptă un tablou de servicii data·inclusion
problem-not-a-service-object = nu este un obiect serviciu: ignorat
problem-hsds-web-pro-only = HSDS nu poate rezerva adresa web { $url } doar pentru profesioniști
problem-hsds-one-url = HSDS are o singură adresă web pe serviciu: { $url } este lăsată deoparte
problem-hsds-accessibility-without-location = accesibilitatea fără loc nu poate fi redată în HSDS
# $kind: phone, sms, email sau web.
problem-data-inclusion-one-per-service = { $kind ->
    [phone] data·inclusion are un singur telefon pe serviciu
    [email] data·inclusion are o singură adresă de e-mail pe serviciu
    [sms] data·inclusion nu are SMS
   *[other] data·inclusion are un singur link pe serviciu
}: { $left_out ->
    [one] { $left_out } element lăsat deoparte
    [few] { $left_out } elemente lăsate deoparte
   *[other] { $left_out } de elemente lăsate deoparte
}
problem-data-inclusion-no-code = `{ $territory }` nu are cod data·inclusion, iar comunele lui sunt necunoscute: lăsat deoparte
# $vocabulary: Category, Audience sau AccessMode.
problem-unknown-term = { $vocabulary ->
    [Category] categorie necunoscută
    [Audience] public necunoscut
   *[other] mod de acces necunoscut
}: `{ $term }`
problem-taxonomy-term-unmapped = termenul de taxonomie `{ $term }` nu corespunde niciunei categorii și niciunui public
problem-taxonomy-term-unmapped-in = termenul de taxonomie `{ $term }` (taxonomia `{ $taxonomy }`) nu corespunde niciunei categorii și niciunui public
problem-thematique-unmapped = tematica `{ $thematique }` nu corespunde niciunei categorii
problem-public-unmapped = publicul `{ $public }` nu are echivalent în maillage
problem-publics-free-text = `{ $text }`: text liber, alegeți manual publicurile
problem-no-category-found = nicio categorie găsită: alegeți una înainte de verificare
problem-no-name = serviciul nu are nume
problem-no-organisation-name = niciun nume de organizație (doar organization_id sau nimic)
problem-structure-not-found = structura `{ $structure }` nu a fost găsită: identificatorul ei ține locul organizației
problem-contact-person-phones = telefoanele unei persoane de contact nu sunt importate: adăugați-le la serviciu
problem-several-locations = locuri: { $count } — se importă doar primul (o fișă maillage are un singur loc; faceți câte o fișă pentru fiecare loc)
problem-confidential-place-details = un loc confidențial își păstrează doar comuna: ce indică fișierul despre el (`{ $fields }`) nu este importat
problem-commune-not-found = comuna acestui loc nu a fost găsită ({ $place }): locul nu este importat; indicați codul INSEE al acestuia
problem-bad-insee-code = `{ $insee }` nu este un cod INSEE de comună: locul nu este importat
problem-address-without-insee = o adresă fără cod INSEE: locul nu este importat; indicați code_insee al acestuia
problem-service-area-unmatched = zona deservită `{ $name }` nu corespunde niciunui teritoriu
problem-zone-not-a-code = zona `{ $zone }` nu este un cod de comună, de EPCI sau de departament
problem-no-service-area = nicio zonă deservită lizibilă: indicați teritoriile deservite
problem-no-zone = lipsește zone_eligibilite: indicați teritoriile deservite
problem-schedules-not-weekly = programele care nu sunt săptămânale nu pot fi citite ({ $descriptions }): scrieți-le manual
problem-unknown-language = limba `{ $language }` nu ne este cunoscută: indicați codul ei ISO 639-1
problem-fees-reduced = tarife `{ $fees }`: se păstrează doar „gratuit sau nu”; menționați acest lucru în condiții
problem-field-not-imported = `{ $field }` nu are loc într-o fișă maillage: nu este importat
problem-eligibility-free-text = descrierea eligibilității este text liber: alegeți manual publicurile
problem-publisher-date = datată { $date } de editorul ei: păstrată ca dată a sursei; fișa trebuie verificată
problem-no-date = nici assured_date, nici last_modified: vechimea acestor informații este necunoscută; fișa trebuie verificată
problem-no-date-maj = niciun date_maj lizibil: vechimea acestor informații este necunoscută

## Tabelul (maillage import csv, studioul)

problem-sheet-not-utf8 = fișierul nu este în UTF-8 (octetul { $byte }, linia { $line }): salvați-l ca „CSV UTF-8” (Excel) sau alegeți setul de caractere UTF-8 (LibreOffice)
problem-too-many-rows = numărul de rânduri depășește { $max }, numărul maxim de servicii pe care maillage îl citește dintr-un tabel: împărțiți tabelul
# $detail: mesajul cititorului CSV, în engleză.
problem-unreadable-csv = CSV ilizibil: { $detail }
problem-empty-sheet = fișier gol: primul rând conține antetele coloanelor
problem-duplicate-column = coloana „{ $header }” apare de două ori (și în coloana { $other })
problem-unknown-column = coloană necunoscută „{ $header }”; coloanele sunt: { $columns }
problem-missing-column = coloană lipsă: este obligatorie
problem-column-absent = coloană absentă: fiecare rând este citit fără ea
problem-stray-value = o valoare într-o coloană fără antet cunoscut: dați coloanei un antet sau goliți-o
problem-id-from-name = identificator gol: `{ $id }` creat pe baza numelui
problem-missing-id = identificator lipsă (și niciun nume din care să fie creat)
problem-yes-no = `{ $text }`: scrieți `oui` sau `non` (sau lăsați gol dacă nu se știe)
problem-not-a-date = `{ $text }` nu este o dată: scrieți-o sub forma 2026-11-29 (sau 29/11/2026)
problem-not-a-number = `{ $text }` nu este un număr precum 49.1157
# $vocabulary: Category, Audience, AccessMode, Visibility, LocationPrecision sau SourceStatus;
# $expected: cuvintele permise, separate prin virgule.
problem-unknown-word = { $vocabulary ->
    [Category] categorie necunoscută
    [Audience] public necunoscut
    [AccessMode] mod de acces necunoscut
    [Visibility] vizibilitate necunoscută
    [LocationPrecision] precizie necunoscută
   *[other] stare necunoscută
} `{ $term }`; valori posibile: { $expected }
problem-bracket-alone = un `]` fără `[` corespunzător
problem-bad-visibility = `[{ $word }]`: vizibilitatea este `[public]` (sau nimic), `[professionnels]` sau `[confidentiel]`
problem-unbalanced-parentheses = paranteze neechilibrate: eticheta se pune între `(…)` la sfârșit
problem-angle-alone = un `>` fără `<` corespunzător
problem-empty-contact = contact gol: scrieți numărul sau adresa
problem-empty-angle = valoare goală între `<…>`
problem-longitude-alone = o longitudine fără latitudine: indicați-le pe amândouă sau niciuna
problem-latitude-alone = o latitudine fără longitudine: indicați-le pe amândouă sau niciuna
problem-confidential-cell = un loc confidențial (adăpost) nu este publicat niciodată cu adresa, codul poștal sau punctul său: lăsați această celulă goală (se afișează doar comuna)
problem-place-without-commune = un loc are nevoie de comuna sa (cod INSEE, de exemplu `50502`, sau nume)
problem-name-not-of-id = „{ $name }” nu este numele lui `{ $id }` ({ $actual }): identificatorul este păstrat
problem-bad-territory-id = `{ $id }` nu este un identificator de teritoriu (de exemplu `epci:200042604`, `commune:50502`)
problem-write-commune-id = `{ $text }`: scrieți identificatorul sau codul INSEE al comunei, de exemplu `50502`
problem-write-territory-id = `{ $text }`: scrieți identificatorul teritoriului, de exemplu `departement:50`
problem-unknown-commune-name = „{ $text }” nu este o comună din lista de contacte: scrieți identificatorul ei (codul INSEE, de exemplu `50502`)
problem-unknown-territory-name = „{ $text }” nu este un teritoriu din lista de contacte: scrieți identificatorul lui (de exemplu `epci:200042604`)
problem-several-territories = „{ $text }” desemnează mai multe teritorii ({ $ids }): scrieți între paranteze teritoriul dorit
problem-date-without-source = o dată a sursei fără sursă: indicați titlul sau pagina sursei
problem-records-removed = { $count ->
    [one] { $count } fișă din { $file } nu este în tabel și este eliminată de acest import
    [few] { $count } fișe din { $file } nu sunt în tabel și sunt eliminate de acest import
   *[other] { $count } de fișe din { $file } nu sunt în tabel și sunt eliminate de acest import
}: { $ids }
