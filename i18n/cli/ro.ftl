# Ciornă de traducere realizată cu IA, nerevizuită de un vorbitor nativ (AI draft, not reviewed by a native speaker).
# maillage — ce spune linia de comandă despre ea însăși (ce a scris, ce nu a funcționat), în limba
# din `--lang`. Răspunsurile ei se află în ../documents/, iar problemele listei de contacte în
# ../problems/. Aceiași identificatori și aceleași variabile în fiecare limbă. Căile, opțiunile
# (`--all`, `-o DIR`), comenzile și numele fișierelor rămân neschimbate.
# Pluralul: one (1), few (0, 2–19, 101–119…), other (20 și peste, cu „de”: „20 de erori”); fără
# selector, numerele sunt scrise „denumire: număr”, ca să se evite regula lui „de”.

## Fiecare eșec

# $error: ce nu a funcționat, cu cauzele sale (unele venite de la sistem, în limba acestuia).
cli-failed = maillage: { $error }
cli-reading = la citirea { $path }
cli-writing = la scrierea { $path }
cli-creating = la crearea { $path }
cli-listing = la listarea { $path }

## Citirea unei liste de contacte

cli-not-a-folder = { $path } nu este un folder de listă de contacte
cli-folder-not-valid = { $path } nu este valid: rulați `maillage validate { $path }`
cli-bundle-too-large = { $path }: mărime în octeți: { $size }, peste cât poate conține un pachet (maximum: { $max })
cli-embedded-bundle = pachetul Manche inclus în program
cli-not-embedded = nu este inclus în acest program
# $tag: o limbă; $file: fișierul textelor; $error: de ce nu a putut fi citit.
cli-texts-unavailable = maillage: textele listei de contacte în `{ $tag }` ({ $file }): { $error }; pașii ei sunt afișați în franceză

## maillage build

cli-not-valid-nothing-written = maillage: { $path } nu este valid; nu s-a scris nimic
cli-wrote-bundle = s-a scris { $path } — octeți: { $bytes }, comprimat: { $gzipped } (teritorii: { $territories }, locuri: { $places }, servicii: { $services }, linii naționale: { $national }; versiunea publică: contacte sau locuri doar pentru profesioniști omise: { $withheld })
cli-wrote-translations = s-au scris traducerile alături: { $files }
cli-translation-size = { $file } (octeți, comprimat: { $gzipped })
cli-wrote-pro-bundle = s-a scris { $path } — octeți: { $bytes }; pachetul pentru profesioniști (sigilat: Argon2id + XChaCha20-Poly1305)

## Fraza de acces a listei de contacte pentru profesioniști

cli-passphrase-needed = pachetul pentru profesioniști are nevoie de fraza sa de acces: setați { $env } sau rulați maillage într-un terminal ca s-o tastați
cli-passphrase-prompt = Fraza de acces a listei de contacte pentru profesioniști:{" "}
cli-passphrase-again = Aceeași, încă o dată:{" "}
cli-reading-passphrase = la citirea frazei de acces
cli-passphrases-differ = cele două fraze de acces diferă; nu s-a scris nimic
cli-no-random = sistemul nu a furnizat octeți aleatori: { $error }

## Interogări

cli-latlon-expected = `{ $text }`: se așteaptă LAT,LON, de exemplu 49.1128,-1.0724
cli-not-latitude = `{ $text }` nu este o latitudine
cli-not-longitude = `{ $text }` nu este o longitudine
cli-latlon-range = `{ $text }` este în afara limitelor (întâi latitudinea, apoi longitudinea)
cli-time-expected = `{ $text }`: se așteaptă o oră din Paris, de exemplu 2026-12-01T10:00
cli-give-place = indicați --place NAME sau --at LAT,LON
cli-no-place = maillage: niciun loc nu corespunde cu `{ $name }`
cli-unknown-territory = maillage: teritoriu necunoscut `{ $territory }`

## Pliante

cli-all-needs-output = --all necesită -o DIR
cli-no-epci = lista de contacte nu are niciun EPCI
cli-give-territory = indicați identificatorul unui teritoriu (de exemplu epci:200042604) sau --all
cli-wrote-file = s-a scris { $path }
cli-leaflet-unknown-territory = teritoriu necunoscut `{ $territory }`
cli-leaflet-bad-qr = `{ $url }`: codul QR trebuie să trimită către o pagină https://, de exemplu https://www.manche.gouv.fr/
cli-leaflet-qr-too-long = adresa codului QR este prea lungă pentru a fi codificată
cli-pro-where = folosiți --directory cu pachetul pentru profesioniști (manche.pro.maillage, cu fraza de acces în MAILLAGE_PASSPHRASE sau tastată la cerere) sau cu folderul listei de contacte (data/manche)
cli-pro-needs-directory = --pro necesită lista de contacte pentru profesioniști, iar lista de contacte din Manche inclusă este cea publică: { $where }
cli-not-pro-bundle = { $path } nu este un pachet pentru profesioniști (un pachet public nu conține niciun contact doar pentru profesioniști): { $where }

## Export și import

cli-wrote-csv = s-a scris { $path } — rânduri: { $rows } (servicii: { $services })
cli-wrote-csv-national = s-a scris { $path } — rânduri: { $rows } (servicii: { $services }, linii naționale: { $national })
cli-wrote-hsds = s-a scris { $path } — servicii HSDS: { $count }
cli-wrote-data-inclusion = s-au scris { $structures-file } (structuri: { $structures }) și { $services-file } (servicii: { $services })
cli-import-too-large = { $path }: mărime în octeți: { $size }, peste cât importă maillage (maximum: { $max }): împărțiți-l sau verificați că este fișierul potrivit
cli-not-utf8 = { $path }: nu este text UTF-8: { $error }
cli-nothing-read = maillage: nu s-a putut citi nimic; nu s-a scris nimic
cli-wrote-imported = s-a scris { $path } — fișe: { $total } (dintre care linii naționale: { $national }); { $warnings ->
    [0] nimic de verificat
    [one] { $warnings } punct de verificat
    [few] { $warnings } puncte de verificat
   *[other] { $warnings } de puncte de verificat
}
cli-then-check = apoi `maillage import csv { $path } -o DIR` verifică fiecare rând
cli-unreadable-files = { $path } are fișiere ilizibile; nu s-a scris nimic
cli-note = notă: { $note }
cli-names-unavailable = { $path } nu a putut fi încărcat pentru căutarea numelor: comunele și zonele trebuie scrise prin identificatorul lor
cli-checked-against-embedded = { $path } nu conține directory.json: rândurile sunt verificate față de lista de contacte din Manche inclusă
cli-sheet-invalid = maillage: { $path }: { $errors ->
    [one] { $errors } eroare
    [few] { $errors } erori
   *[other] { $errors } de erori
} (rânduri: { $rows }); nu s-a scris nimic
cli-services-file = { $path } (servicii: { $services })
cli-services-national-files = { $path } (servicii: { $services }) și { $national-path } (linii naționale: { $national })
cli-would-write = maillage: { $path } este valid; s-ar scrie { $what }
cli-wrote-what = s-a scris { $what }

## Ajutor (maillage --help, maillage <comandă> --help)

# help-<comandă> descrie o comandă, help-<comandă>--<argument> un argument.
# Cuvintele lui clap însuși (Usage, Options, Print help) rămân în engleză.

help = Găsește ajutor în apropiere și pașii următori pentru a ieși din violență: verifică, construiește și interoghează o listă de contacte.
help--lang = Limba în care maillage scrie pentru persoane (codurile din ieșirea JSON rămân coduri): fr, fr-x-falc (franceză ușor de citit), en, ar, fa-AF (dari), ps, uk, ru, es, pt, ro, tr sau o etichetă a aceleiași limbi (en-GB, prs…). Fișele locale rămân în franceză
help-validate = Verifică un folder de listă de contacte (sau un pachet); cod de ieșire 0 dacă este valid, 1 altfel
help-validate--dir = Un folder de listă de contacte sau un fișier pachet; dacă lipsește, lista de contacte din Manche inclusă
help-validate--format = Formatul de ieșire
help-validate--today = Data față de care se judecă actualitatea surselor (YYYY-MM-DD); dacă lipsește, ziua de azi
help-locate = Toate teritoriile unui punct (`LAT,LON`), de la cel mai precis la cel mai larg
help-locate--point = `LAT,LON`, de exemplu `49.1128,-1.0724`
help-locate--format = Formatul de ieșire
help-locate--directory = Un folder de listă de contacte sau un pachet de folosit în locul listei de contacte din Manche incluse
help-places = Locurile (comune, comune delegate, coduri poștale) care corespund textului tastat
help-places--query = Textul tastat, de exemplu `st lo`, `50100`, `tourlaville`
help-places--limit = Numărul maxim de locuri
help-places--format = Formatul de ieșire
help-places--directory = Un folder de listă de contacte sau un pachet de folosit în locul listei de contacte din Manche incluse
help-nearest = Serviciile din apropierea unui punct, filtrate, cu distanța, starea de deschidere și motivele
help-nearest--point = `LAT,LON`
help-nearest--categories = Categorii (repetate sau separate prin virgule): urgence, ecoute, hebergement, soins, plainte, juridique, protection, social, psy, enfants, sante-sexuelle, auteurs
help-nearest--audiences = Publicuri: tous, femmes, hommes, jeunes, enfants, lgbt, proches, professionnels, auteurs
help-nearest--access = Moduri de acces: telephone, sms, en-ligne, sur-place, rendez-vous, permanence
help-nearest--open_at = Ora din Paris pentru deschidere (`2026-12-01T10:00`); dacă lipsește, acum
help-nearest--open_only = Păstrează doar serviciile deschise la acea oră
help-nearest--language = Păstrează doar serviciile care vorbesc această limbă (ISO 639-1)
help-nearest--step_free = Păstrează doar locurile accesibile fără trepte
help-nearest--professional = Include locurile și contactele doar pentru profesioniști
help-nearest--limit = Numărul maxim de locuri
help-nearest--format = Formatul de ieșire
help-nearest--directory = Un folder de listă de contacte sau un pachet de folosit în locul listei de contacte din Manche incluse
help-pathway = Parcursul de ieșire propus pentru o situație, un loc și o oră
help-pathway--place = Un nume de loc sau un cod poștal (se ia cel mai bun rezultat), de exemplu `Granville`
help-pathway--at = Un punct `LAT,LON` în locul unui loc
help-pathway--answers = Răspunsurile, de exemplu `in_danger_now=no,children=yes,role=relative`
help-pathway--at_time = Ora din Paris (`2026-12-01T22:30`); dacă lipsește, acum
help-pathway--format = Formatul de ieșire
help-pathway--directory = Un folder de listă de contacte sau un pachet de folosit în locul listei de contacte din Manche incluse
help-routes = Circuitul de orientare al unui teritoriu, pentru profesioniști: fiecare pas, fiecare contact
help-routes--territory = Identificatorul unui teritoriu, de exemplu `epci:200042604`, `commune:50639`
help-routes--format = Formatul de ieșire
help-routes--directory = Un folder de listă de contacte sau un pachet de folosit în locul listei de contacte din Manche incluse
help-build = Construiește pachetul compact pe care îl încarcă linia de comandă și widgetul; afișează mărimea lui brută și comprimată
help-build--dir = Folderul listei de contacte
help-build--output = Unde se scrie pachetul
help-build--built_on = Data construirii, înscrisă în pachet (YYYY-MM-DD); dacă lipsește, ziua de azi
help-build--pro_out = Scrie și aici pachetul pentru profesioniști: toată lista de contacte, inclusiv contactele și locurile doar pentru profesioniști, sigilat cu o frază de acces citită din MAILLAGE_PASSPHRASE sau tastată la cerere (niciodată ca argument). Vedeți SECURITY.md
help-export = Scrie lista de contacte ca tabel (CSV) sau într-un standard deschis (HSDS 3.0, data·inclusion)
help-export-csv = Serviciile ca tabel (CSV), de modificat și apoi de recitit cu `import csv`. Un rând pentru fiecare punct de contact, antete în franceză (vedeți examples/templates/README.md). Contactele doar pentru profesioniști sunt incluse (este fișierul de lucru al coordonării); un loc confidențial nu are niciodată adresă, cod poștal sau punct.
help-export-csv--dir = Un folder de listă de contacte sau un pachet; dacă lipsește, lista de contacte din Manche inclusă
help-export-csv--output = Fișierul CSV de scris
help-export-csv--national = Scrie și liniile naționale (coloana `ligne nationale` = oui)
help-export-csv--separator = Separatorul de coloane: punct și virgulă (ce așteaptă foile de calcul franceze) sau virgulă
help-export-csv--no_bom = Nu scrie marcajul de ordine a octeților UTF-8 (datorită lui, Excel citește corect caracterele accentuate)
help-export-hsds = Open Referral HSDS 3.0: un tablou JSON de servicii. Centrat pe servicii și dereferențiat, pentru public, în afară de cazul cu --professional. Un loc confidențial își arată doar comuna.
help-export-hsds--dir = Un folder de listă de contacte sau un pachet; dacă lipsește, lista de contacte din Manche inclusă
help-export-hsds--output = Fișierul JSON de scris; dacă lipsește, ieșirea standard
help-export-hsds--national = Exportă și liniile naționale
help-export-hsds--professional = Include locurile și contactele doar pentru profesioniști (niciodată pe cele confidențiale)
help-export-data-inclusion = data·inclusion v1: OUTPUT/structures.json și OUTPUT/services.json. Pentru public, în afară de cazul cu --professional. Un loc confidențial își arată doar comuna.
help-export-data-inclusion--dir = Un folder de listă de contacte sau un pachet; dacă lipsește, lista de contacte din Manche inclusă
help-export-data-inclusion--output = Folderul în care se scriu cele două fișiere (creat dacă este nevoie)
help-export-data-inclusion--national = Exportă și liniile naționale (zona `france`)
help-export-data-inclusion--professional = Include locurile și contactele doar pentru profesioniști (niciodată pe cele confidențiale)
help-export-data-inclusion--date = `date_maj` pentru fișele nici verificate, nici datate de pagina lor sursă (YYYY-MM-DD); dacă lipsește, ziua de azi
help-import = Recitește un tabel într-o listă de contacte sau convertește exportul HSDS ori data·inclusion al altei liste de contacte în fișe de verificat
help-import-csv = Recitește un tabel (CSV) în OUTPUT/services.json; în caz de eroare nu se scrie nimic. Rândurile cu `ligne nationale` = oui merg în national.json. Fiecare rând este verificat, cu controalele nucleului, față de lista de contacte din OUTPUT (sau față de lista de contacte din Manche inclusă, dacă OUTPUT nu are una); dacă un rând are o eroare, fiecare eroare este listată cu rândul și coloana ei și nu se scrie nimic.
help-import-csv--file = Fișierul CSV: separat prin virgule sau prin punct și virgulă, în UTF-8 cu sau fără marcaj de ordine a octeților
help-import-csv--output = Folderul listei de contacte în care se scriu services.json (și national.json)
help-import-csv--dry_run = Doar verifică; nu scrie nimic
help-import-csv--today = Data față de care se judecă actualitatea surselor (YYYY-MM-DD); dacă lipsește, ziua de azi
help-import-csv--format = Formatul de ieșire al problemelor
help-import-hsds = Convertește serviciile HSDS 3.0 ale altei liste de contacte în fișe de verificat. Taxonomiile sunt puse în corespondență cu categoriile noastre; ce nu a putut fi pus în corespondență este listat și nicio fișă nu se pierde.
help-import-hsds--file = JSON-ul HSDS: un tablou de servicii, un serviciu, o pagină de API sau organizații
help-import-hsds--output = Unde se scriu fișele: un tabel `.csv` (de verificat, apoi `import csv`) sau un fișier `.json` (cu listele sale `services` și `national`)
help-import-hsds--directory = Lista de contacte (folder sau pachet) ale cărei nume de comune și de teritorii servesc la punerea în corespondență; dacă lipsește, lista de contacte din Manche inclusă
help-import-data-inclusion = Convertește servicii data·inclusion v1 în fișe de verificat. Tematicile sunt puse în corespondență cu categoriile noastre; ce nu a putut fi pus în corespondență este listat și nicio fișă nu se pierde.
help-import-data-inclusion--file = JSON-ul serviciilor sau un folder cu services.json (și structures.json, pentru numele organizațiilor)
help-import-data-inclusion--output = Unde se scriu fișele: un tabel `.csv` sau un fișier `.json`
help-import-data-inclusion--directory = Lista de contacte (folder sau pachet) ale cărei nume servesc la punerea în corespondență; dacă lipsește, lista de contacte din Manche inclusă
help-leaflet = Un pliant gata de tipărit (HTML autonom, A4 sau A5) cu contactele publice ale unui teritoriu; `--all -o DIR` scrie câte unul pentru fiecare EPCI; `--pro` tipărește pliantul pentru profesioniști, din folderul listei de contacte sau din pachetul pentru profesioniști
help-leaflet--territory = Identificatorul unui teritoriu, de exemplu `epci:200042604`, `commune:50218`, `departement:50`
help-leaflet--all = Câte un pliant pentru fiecare EPCI, scris în folderul indicat prin `-o` (`DIR/epci-200042604.html`…, `DIR/epci-200042604.pro.html`… cu `--pro`)
help-leaflet--pro = Pliantul pentru profesioniști: include, marcate, contactele și locurile doar pentru profesioniști, iar mențiunea „nu se afișează și nu se înmânează publicului” apare sus, în subsolul paginii și în titlu. Necesită `--directory` cu folderul listei de contacte sau cu pachetul pentru profesioniști (fraza lui de acces în MAILLAGE_PASSPHRASE sau tastată la cerere, niciodată ca argument)
help-leaflet--output = Unde se scrie: un fișier (un folder cu `--all`); dacă lipsește, ieșirea standard
help-leaflet--format = Hârtie: a4 (o pagină) sau a5 (două pagini, față-verso sau A4 pliat)
help-leaflet--qr_url = O pagină https:// către care trimite codul QR al pliantului (de exemplu, pagina unui partener cu widgetul); fără cod QR dacă lipsește
help-leaflet--directory = Un folder de listă de contacte sau un pachet de folosit în locul listei de contacte din Manche incluse (cu `--pro`: folderul sau pachetul pentru profesioniști, de exemplu `manche.pro.maillage`)
help-coverage = Acoperirea fiecărei comune: distanța până la cel mai apropiat loc pe categorie, liniile telefonice și online, cifre pe EPCI, fișe de reverificat (JSON, CSV sau hartă SVG)
help-coverage--format = Formatul de ieșire
help-coverage--output = Unde se scrie; dacă lipsește, ieșirea standard
help-coverage--category = Categoria pe care o arată harta SVG
help-coverage--audience = Numără doar locurile pentru acest public (sau pentru toți): tous, femmes, hommes, jeunes, enfants, lgbt, proches, auteurs. Dacă lipsește, toate locurile, cu excepția celor doar pentru profesioniști
help-coverage--today = Data față de care se judecă actualitatea surselor (YYYY-MM-DD); dacă lipsește, ziua de azi
help-coverage--directory = Un folder de listă de contacte sau un pachet de folosit în locul listei de contacte din Manche incluse

## Cuvintele ajutorului din jurul textelor (titluri, opțiuni comune)

cli-usage = Utilizare:
cli-commands = Comenzi
cli-arguments = Argumente
cli-options = Opțiuni
cli-print-help = Afișează ajutorul
cli-print-version = Afișează versiunea
cli-default = [implicit: { $value }]
cli-possible-values = [valori posibile: { $values }]

## Erorile liniei de comandă înseși

# $arg: opțiunea sau argumentul (`--format <FORMAT>`), $value: ce s-a tastat.
cli-invalid-value = valoare nevalidă `{ $value }` pentru `{ $arg }`
# $reason: de ce, deja în limba cititorului.
cli-invalid-value-because = valoare nevalidă `{ $value }` pentru `{ $arg }`: { $reason }
cli-missing-arguments = lipsă: { $args }
cli-unknown-argument = argument neașteptat `{ $arg }`
cli-unknown-command = comandă necunoscută `{ $command }`
cli-try-help = Pentru mai multe informații: --help
