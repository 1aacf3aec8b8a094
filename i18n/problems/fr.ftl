# maillage — ce que disent `maillage validate`, `maillage import` et le studio des problèmes d'un
# annuaire : le cœur les donne en codes (`maillage::Fault`, `maillage::hours::HoursFault`),
# chaque code est ici un message `problem-<code>` et ses valeurs des variables. Mêmes
# identifiants et variables dans chaque langue. Les identifiants, noms de champs, valeurs et
# mots-clés des fichiers (`services.json`, `auteurs`, `to-verify`, `Mo-Fr 09:00-17:00`) restent
# tels quels : ce sont ceux des fichiers.

## Une ligne par problème

problem-error = erreur
problem-warning = avertissement
# $severity : problem-error ou problem-warning ; $where : fichier, ligne et pointeur JSON
# (`services.json:12 #/services/3`), tels quels.
problem-line = { $severity } : { $where } : { $reason }
problem-line-record = { $severity } : { $where } : fiche `{ $record }` : { $reason }
problem-line-field = { $severity } : { $where } : champ `{ $field }` : { $reason }
problem-line-record-field = { $severity } : { $where } : fiche `{ $record }`, champ `{ $field }` : { $reason }
# Un tableur : ligne du tableur (l'en-tête est la ligne 1), ligne du fichier quand elle diffère,
# colonne (lettre et en-tête), élément d'une cellule qui en tient plusieurs.
sheet-row = ligne { $row }
sheet-row-line = ligne { $row } (ligne { $line } du fichier)
sheet-column = colonne { $column } « { $header } »
sheet-column-letter = colonne { $column }
sheet-column-header = colonne « { $header } »
sheet-record = fiche `{ $record }`
sheet-item = élément { $item } : { $reason }
# $parts : ligne, colonne, fiche, séparées par des virgules.
sheet-line = { $severity } : { $file } : { $reason }
sheet-line-at = { $severity } : { $file }, { $parts } : { $reason }

## Le bilan de `maillage validate`

validate-counts = { $communes } communes, { $epci } EPCI, { $arrondissements ->
    [one] { $arrondissements } arrondissement
   *[other] { $arrondissements } arrondissements
}, { $departements ->
    [one] { $departements } département
   *[other] { $departements } départements
}, { $tribunals ->
    [one] { $tribunals } ressort de tribunal
   *[other] { $tribunals } ressorts de tribunal
}, { $places } lieux, { $services } services locaux, { $national } lignes nationales
validate-valid = valide
validate-valid-warnings = valide, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
validate-invalid = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
validate-summary = { $counts } : { $verdict }

## Fichiers

# $detail : le message du lecteur, en anglais.
problem-unreadable-file = fichier illisible : { $detail }
problem-not-utf8 = pas du texte UTF-8 (octet { $byte }) : enregistrez-le en UTF-8
# $detail : le message du lecteur JSON (serde_json), en anglais.
problem-malformed-json = JSON mal formé : { $detail }
problem-truncated-json = le fichier s'arrête trop tôt (tronqué ?) : { $detail }
problem-expected-object-with-list = un objet avec la liste `{ $key }` est attendu
problem-expected-list = la liste `{ $key }` est attendue
# $detail : le message du lecteur (serde), en anglais : champ manquant, terme inconnu, type.
problem-unreadable-field = valeur illisible : { $detail }
problem-not-a-language-file = pas un fichier de langue : nommez-le d'après une langue autre que le français (`i18n/en.json`, `i18n/ar.json`, `i18n/fa-AF.json`)
problem-not-a-directory-file = pas un fichier d'annuaire (attendus : directory.json, services.json, national.json, places.json, territories/*.geojson ou i18n/*.json) ; ignoré
problem-missing-metadata = absent ou illisible : un annuaire a besoin de son fichier de métadonnées

## Territoires et lieux

problem-duplicate-territory-id = identifiant de territoire en double
problem-kind-mismatch = le type `{ $kind }` diffère de celui de l'identifiant, `{ $id_kind }`
problem-unknown-territory = territoire inconnu `{ $id }`
problem-unknown-service = service inconnu `{ $id }`
problem-empty-geometry = contour vide
problem-ring-too-short = un anneau a { $points } points ; il en faut au moins 4
problem-ring-not-closed = un anneau n'est pas fermé (premier et dernier points différents)
problem-coordinate-out-of-range = la coordonnée { $lon },{ $lat } n'est pas une longitude,latitude
# $detail : ce que la bibliothèque geo a trouvé, en anglais.
problem-invalid-geometry = contour invalide : { $detail }
problem-duplicate-place-id = identifiant de lieu en double

## Services

problem-duplicate-service-id = identifiant de service en double (services et lignes nationales partagent les identifiants)
problem-bad-id = `{ $id }` : un identifiant n'utilise que a-z, 0-9 et `-`
problem-empty-name = nom vide
problem-no-category = il faut au moins une catégorie
problem-perpetrators-other-category = un service pour auteurs de violences n'a que la catégorie `auteurs` : on ne montre jamais aux auteurs les services des victimes
problem-perpetrators-audience-missing = la catégorie `auteurs` demande le public `auteurs`
problem-local-serves-country = un service local qui sert tout le pays a sa place dans national.json
problem-national-line-not-national = une ligne nationale a pour zone servie "national"
problem-empty-served-area = zone servie vide
problem-no-way-to-reach = aucun moyen de joindre ce service : donnez un contact ou un lieu
problem-javascript-url = les liens `javascript:` sont refusés
problem-phone-national-form = `{ $number }` est au format national : écrivez-le au format E.164, `+33` suivi des neuf chiffres après le 0
problem-phone-invalid = `{ $number }` n'est pas un numéro français valide (attendu : +33 et 9 chiffres, un numéro d'outre-mer ou un numéro court comme 17, 114, 3919, 116006)
problem-phone-display-mismatch = l'affichage `{ $display }` ne correspond pas au numéro `{ $number }`
problem-not-an-email = `{ $value }` n'est pas une adresse électronique
problem-url-not-https = `{ $url }` : utilisez https
problem-url-no-scheme = `{ $url }` n'a pas de protocole : écrivez https://…
problem-url-scheme = `{ $url }` : le protocole `{ $scheme }` n'est pas accepté (https, tel, sms, mailto)
problem-confidential-contact = un contact ne peut pas être confidentiel : retirez-le, ou réservez-le aux `professionnels`
problem-unknown-commune = commune inconnue `{ $id }`
problem-confidential-address = lieu confidentiel avec une adresse publiée : retirez l'adresse (seule la commune peut être montrée)
problem-confidential-postcode = lieu confidentiel avec un code postal publié : retirez le code postal (seule la commune peut être montrée)
problem-confidential-point = lieu confidentiel avec un point publié : retirez le point (seule la commune peut être montrée)
problem-precision-without-address = la précision `address` demande une adresse : donnez-la, ou utilisez `commune`
problem-point-out-of-range = latitude ou longitude hors limites
problem-point-outside-scope = le point { $lat },{ $lon } est hors du territoire de l'annuaire `{ $scope }` (latitude et longitude inversées ?)
problem-point-outside-commune = le point { $lat },{ $lon } est hors de sa commune, { $commune } ({ $id })
problem-address-without-point = adresse publique sans point : la distance ne peut pas être calculée
# $fault : l'un des messages problem-hours-… ci-dessous.
problem-hours = horaires « { $text } », colonne { $column } : { $fault }

## Horaires (syntaxe opening_hours d'OpenStreetMap)

problem-hours-empty = horaires vides : laissez le champ de côté quand les horaires sont inconnus
problem-day-of-month = un jour du mois va de 1 à 31
problem-month-or-day-after-dash = un mois ou un jour est attendu après `-`
problem-date-range-ends = une période a des jours à ses deux bouts ou à aucun
problem-school-holidays = les vacances scolaires (`SH`) ne sont pas prises en charge
problem-nth-weekday = les n-ièmes jours de la semaine comme `Mo[1]` ne sont pas pris en charge
problem-weekday-after-dash = un jour de la semaine (Mo, Tu, We, Th, Fr, Sa, Su) est attendu après `-`
problem-expected-time = une heure comme 09:00 est attendue
problem-expected-colon = `:` est attendu dans une heure (écrivez 09:00, pas 9h)
problem-expected-minutes = les minutes sont attendues
problem-minutes-digits = les minutes s'écrivent en deux chiffres, de 00 à 59
problem-start-after24 = une heure de début ne peut pas dépasser 24:00
problem-open-ended = les horaires sans fin (`18:00+`) ne sont pas pris en charge
problem-expected-end = `-` et une heure de fin sont attendus
problem-end-after48 = une heure de fin ne peut pas dépasser 48:00
problem-end-before-start = heure de fin avant l'heure de début
problem-span-starts-at24 = une plage ne peut pas commencer à 24:00
problem-unterminated-comment = commentaire non fermé : il manque le `"` final
problem-expected-rule = une règle est attendue (comme `Mo-Fr 09:00-17:00`), trouvé `{ $found }`
problem-unexpected = `{ $found }` inattendu

## Sources

problem-missing-source = source manquante : dites d'où viennent ces informations
problem-empty-source-title = titre de source vide
problem-source-url-not-http = `{ $url }` : l'adresse d'une source est une page http(s)
problem-bad-language-code = `{ $language }` n'est pas un code ISO 639-1 comme `fr`
problem-verified-without-date = une source vérifiée a besoin de sa date de vérification (`verified_on`)
problem-date-on-to-verify = `verified_on` { $date } sur une source encore `to-verify` : passez le statut à `verified`, ou retirez la date
problem-to-verify = à vérifier : vérifiez cette fiche auprès de sa source avant de vous y fier
problem-date-in-future = { $date } est dans le futur
problem-verified-long-ago = vérifiée le { $date }, il y a plus de 12 mois : vérifiez-la de nouveau
problem-old-page = la page source est datée du { $date }, il y a plus de 2 ans : vérifiez qu'elle est toujours à jour

## Parcours

problem-duplicate-step-id = identifiant d'étape en double
problem-missing-french = texte français manquant
problem-missing-english = traduction anglaise manquante
problem-step-without-category = une étape a besoin d'au moins une catégorie
problem-unknown-national-line = ligne nationale inconnue `{ $id }`
problem-step-unreachable = aucune situation n'atteint cette étape : ses exclusions couvrent toutes ses inclusions
problem-perpetrators-step-audience = l'étape des auteurs est choisie par sa catégorie `auteurs`, pas par un public
problem-perpetrators-step-category = l'étape des auteurs n'a que la catégorie `auteurs` et indique le rôle `perpetrator`
problem-category-without-step = aucune étape n'a la catégorie `{ $category }` : ses services ne sont jamais proposés dans un parcours

## Fichiers de langue (i18n/<langue>.json)

problem-english-steps-here = l'anglais des étapes est dans pathways.json (`title.en`, `advice.en`) : retirez-le d'ici
problem-unknown-step = pas d'étape `{ $id }` dans pathways.json
problem-empty-text = texte vide
problem-step-not-translated = l'étape `{ $id }` n'est pas traduite (titre et conseils)
# $field : `description` ou `conditions`, le nom du champ tel quel.
problem-not-translated = le champ `{ $field }` de `{ $id }` n'est pas traduit
problem-nothing-to-translate = `{ $id }` n'a pas de champ `{ $field }` dans national.json à traduire

## Imports et exports (HSDS, data·inclusion) : les notes de maillage-interop

# $note : l'un des messages ci-dessous.
problem-note = { $note }
problem-too-large = le fichier fait { $bytes } octets, plus que ce que maillage lit ({ $max } octets) : découpez-le, ou vérifiez que c'est le bon fichier
problem-no-hsds-service = aucun service HSDS trouvé : attendu un tableau de services, un service, une page {"{"}"contents": […]{"}"} ou des organisations avec leurs services
problem-not-data-inclusion-services = un tableau de services data·inclusion est attendu
problem-not-a-service-object = pas un objet service : ignoré
problem-hsds-web-pro-only = HSDS ne peut pas réserver l'adresse web { $url } aux professionnels
problem-hsds-one-url = HSDS n'a qu'une adresse web par service : { $url } est laissée de côté
problem-hsds-accessibility-without-location = l'accessibilité sans lieu n'a pas de place dans HSDS
# $kind : phone, sms, email ou web.
problem-data-inclusion-one-per-service = { $kind ->
    [phone] data·inclusion n'a qu'un téléphone par service
    [email] data·inclusion n'a qu'un courriel par service
    [sms] data·inclusion n'a pas de SMS
   *[other] data·inclusion n'a qu'un lien par service
} : { $left_out ->
    [one] { $left_out } laissé de côté
   *[other] { $left_out } laissés de côté
}
problem-data-inclusion-no-code = `{ $territory }` n'a pas de code data·inclusion et ses communes sont inconnues : laissé de côté
# $vocabulary : Category, Audience ou AccessMode.
problem-unknown-term = { $vocabulary ->
    [Category] catégorie
    [Audience] public
   *[other] mode d'accès
} inconnu : `{ $term }`
problem-taxonomy-term-unmapped = le terme de taxonomie `{ $term }` ne correspond à aucune catégorie ni aucun public
problem-taxonomy-term-unmapped-in = le terme de taxonomie `{ $term }` (taxonomie `{ $taxonomy }`) ne correspond à aucune catégorie ni aucun public
problem-thematique-unmapped = la thématique `{ $thematique }` ne correspond à aucune catégorie
problem-public-unmapped = le public `{ $public }` n'a pas d'équivalent dans maillage
problem-publics-free-text = `{ $text }` : texte libre, choisissez les publics à la main
problem-no-category-found = aucune catégorie trouvée : choisissez-en une avant de vérifier
problem-no-name = le service n'a pas de nom
problem-no-organisation-name = pas de nom d'organisation (seulement organization_id, ou rien)
problem-structure-not-found = structure `{ $structure }` introuvable : son identifiant tient lieu d'organisation
problem-contact-person-phones = les téléphones d'une personne à contacter ne sont pas importés : ajoutez-les au service
problem-several-locations = { $count } lieux : seul le premier est importé (une fiche maillage a un lieu ; faites une fiche par lieu)
problem-confidential-place-details = un lieu confidentiel ne garde que sa commune : ce que le fichier en donne (`{ $fields }`) n'est pas importé
problem-commune-not-found = la commune de ce lieu est introuvable ({ $place }) : le lieu n'est pas importé ; donnez son code INSEE
problem-bad-insee-code = `{ $insee }` n'est pas un code INSEE de commune : le lieu n'est pas importé
problem-address-without-insee = une adresse sans code INSEE : le lieu n'est pas importé ; donnez son code_insee
problem-service-area-unmatched = la zone desservie `{ $name }` ne correspond à aucun territoire
problem-zone-not-a-code = la zone `{ $zone }` n'est pas un code de commune, d'EPCI ou de département
problem-no-service-area = aucune zone desservie lisible : donnez les territoires servis
problem-no-zone = pas de zone_eligibilite : donnez les territoires servis
problem-schedules-not-weekly = des horaires qui ne sont pas hebdomadaires ne peuvent pas être lus ({ $descriptions }) : écrivez-les à la main
problem-unknown-language = la langue `{ $language }` nous est inconnue : donnez son code ISO 639-1
problem-fees-reduced = tarifs `{ $fees }` : seul « gratuit ou non » est gardé ; dites-le dans les conditions
problem-field-not-imported = `{ $field }` n'a pas de place dans une fiche maillage : non importé
problem-eligibility-free-text = la description de l'éligibilité est du texte libre : choisissez les publics à la main
problem-publisher-date = datée du { $date } par son éditeur : gardée comme date de la source ; la fiche est à vérifier
problem-no-date = ni assured_date ni last_modified : l'âge de ces informations est inconnu ; la fiche est à vérifier
problem-no-date-maj = pas de date_maj lisible : l'âge de ces informations est inconnu

## Le tableur (maillage import csv, le studio)

problem-sheet-not-utf8 = le fichier n'est pas en UTF-8 (octet { $byte }, ligne { $line }) : enregistrez-le en « CSV UTF-8 » (Excel) ou choisissez le jeu de caractères UTF-8 (LibreOffice)
problem-too-many-rows = plus de { $max } lignes : maillage lit au plus { $max } services d'un tableur ; découpez-le
# $detail : le message du lecteur CSV, en anglais.
problem-unreadable-csv = CSV illisible : { $detail }
problem-empty-sheet = fichier vide : la première ligne porte les en-têtes des colonnes
problem-duplicate-column = la colonne « { $header } » apparaît deux fois (aussi en colonne { $other })
problem-unknown-column = colonne inconnue « { $header } » ; les colonnes sont : { $columns }
problem-missing-column = colonne manquante : elle est obligatoire
problem-column-absent = colonne absente : chaque ligne est lue sans elle
problem-stray-value = une valeur dans une colonne sans en-tête connu : donnez un en-tête à la colonne ou videz-la
problem-id-from-name = identifiant vide : `{ $id }` fait à partir du nom
problem-missing-id = identifiant manquant (et pas de nom pour en faire un)
problem-yes-no = `{ $text }` : écrivez `oui` ou `non` (ou laissez vide si on ne sait pas)
problem-not-a-date = `{ $text }` n'est pas une date : écrivez-la 2026-11-29 (ou 29/11/2026)
problem-not-a-number = `{ $text }` n'est pas un nombre comme 49.1157
# $vocabulary : Category, Audience, AccessMode, Visibility, LocationPrecision ou SourceStatus ;
# $expected : les mots permis, séparés par des virgules.
problem-unknown-word = { $vocabulary ->
    [Category] catégorie inconnue
    [Audience] public inconnu
    [AccessMode] mode d'accès inconnu
    [Visibility] visibilité inconnue
    [LocationPrecision] précision inconnue
   *[other] statut inconnu
} `{ $term }` ; valeurs possibles : { $expected }
problem-bracket-alone = un `]` sans son `[`
problem-bad-visibility = `[{ $word }]` : la visibilité est `[public]` (ou rien), `[professionnels]` ou `[confidentiel]`
problem-unbalanced-parentheses = parenthèses déséquilibrées : le libellé se met entre `(…)` à la fin
problem-angle-alone = un `>` sans son `<`
problem-empty-contact = contact vide : écrivez le numéro ou l'adresse
problem-empty-angle = valeur vide entre `<…>`
problem-longitude-alone = une longitude sans latitude : donnez les deux ou aucune
problem-latitude-alone = une latitude sans longitude : donnez les deux ou aucune
problem-confidential-cell = un lieu confidentiel (hébergement) n'est jamais publié avec son adresse, son code postal ni son point : laissez cette cellule vide (seule la commune est montrée)
problem-place-without-commune = un lieu a besoin de sa commune (code INSEE, par exemple `50502`, ou nom)
problem-name-not-of-id = « { $name } » n'est pas le nom de `{ $id }` ({ $actual }) : l'identifiant est gardé
problem-bad-territory-id = `{ $id }` n'est pas un identifiant de territoire (par exemple `epci:200042604`, `commune:50502`)
problem-write-commune-id = `{ $text }` : écrivez l'identifiant ou le code INSEE de la commune, par exemple `50502`
problem-write-territory-id = `{ $text }` : écrivez l'identifiant du territoire, par exemple `departement:50`
problem-unknown-commune-name = « { $text } » n'est pas une commune de l'annuaire : écrivez son identifiant (code INSEE, par exemple `50502`)
problem-unknown-territory-name = « { $text } » n'est pas un territoire de l'annuaire : écrivez son identifiant (par exemple `epci:200042604`)
problem-several-territories = « { $text } » désigne plusieurs territoires ({ $ids }) : écrivez celui qui convient entre parenthèses
problem-date-without-source = une date de source sans source : donnez le titre ou la page de la source
problem-records-removed = { $count ->
    [one] { $count } fiche de { $file } n'est pas dans le tableur et est retirée par cet import
   *[other] { $count } fiches de { $file } ne sont pas dans le tableur et sont retirées par cet import
} : { $ids }
