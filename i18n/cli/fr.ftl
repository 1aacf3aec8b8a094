# maillage — ce que la ligne de commande dit d'elle-même (ce qu'elle a écrit, ce qui n'a pas
# marché), dans la langue de `--lang`. Ses réponses sont dans ../documents/ et les problèmes de
# l'annuaire dans ../problems/. Mêmes identifiants et variables dans chaque langue. Chemins,
# options (`--all`, `-o DIR`), commandes et noms de fichiers restent tels quels.

## Chaque échec

# $error : ce qui n'a pas marché, avec ses causes (certaines du système, dans sa langue).
cli-failed = maillage : { $error }
cli-reading = lecture de { $path }
cli-writing = écriture de { $path }
cli-creating = création de { $path }
cli-listing = liste de { $path }

## Lire un annuaire

cli-not-a-folder = { $path } n'est pas un dossier d'annuaire
cli-folder-not-valid = { $path } n'est pas valide : lancez `maillage validate { $path }`
cli-bundle-too-large = { $path } : { $size } octets, plus que ce qu'un paquet peut contenir ({ $max } octets)
cli-embedded-bundle = le paquet de la Manche inclus dans le programme
cli-not-embedded = absent de ce programme
# $tag : une langue ; $file : le fichier des textes ; $error : pourquoi il n'a pas pu être lu.
cli-texts-unavailable = maillage : les textes de l'annuaire en `{ $tag }` ({ $file }) : { $error } ; ses étapes sont montrées en français

## maillage build

cli-not-valid-nothing-written = maillage : { $path } n'est pas valide ; rien n'est écrit
cli-wrote-bundle = écrit { $path } : { $bytes } octets, { $gzipped } octets compressés ({ $territories } territoires, { $places } lieux, { $services } services, { $national } lignes nationales ; public : { $withheld ->
    [0] aucun contact ni lieu réservé aux professionnels à laisser de côté
    [one] { $withheld } contact ou lieu réservé aux professionnels laissé de côté
   *[other] { $withheld } contacts ou lieux réservés aux professionnels laissés de côté
})
cli-wrote-translations = écrit les traductions à côté : { $files }
cli-translation-size = { $file } ({ $gzipped } octets compressés)
cli-wrote-pro-bundle = écrit { $path } : { $bytes } octets, le paquet professionnel (scellé : Argon2id + XChaCha20-Poly1305)

## La phrase de passe de l'annuaire professionnel

cli-passphrase-needed = le paquet professionnel a besoin de sa phrase de passe : définissez { $env } ou lancez maillage dans un terminal pour la taper
cli-passphrase-prompt = Phrase de passe du répertoire professionnel :{" "}
cli-passphrase-again = La même, encore une fois :{" "}
cli-reading-passphrase = lecture de la phrase de passe
cli-passphrases-differ = les deux phrases de passe diffèrent ; rien n'est écrit
cli-no-random = le système n'a pas donné d'octets aléatoires : { $error }

## Questions

cli-latlon-expected = `{ $text }` : LAT,LON attendu, par exemple 49.1128,-1.0724
cli-not-latitude = `{ $text }` n'est pas une latitude
cli-not-longitude = `{ $text }` n'est pas une longitude
cli-latlon-range = `{ $text }` est hors limites (la latitude d'abord, puis la longitude)
cli-time-expected = `{ $text }` : une heure de Paris est attendue, par exemple 2026-12-01T10:00
cli-give-place = donnez --place NAME ou --at LAT,LON
cli-no-place = maillage : aucun lieu ne correspond à `{ $name }`
cli-unknown-territory = maillage : territoire inconnu `{ $territory }`

## Dépliants

cli-all-needs-output = --all demande -o DIR
cli-no-epci = l'annuaire n'a pas d'EPCI
cli-give-territory = donnez l'identifiant d'un territoire (par exemple epci:200042604) ou --all
cli-wrote-file = écrit { $path }
cli-leaflet-unknown-territory = territoire inconnu `{ $territory }`
cli-leaflet-bad-qr = `{ $url }` : le QR code doit pointer vers une page https://, par exemple https://www.manche.gouv.fr/
cli-leaflet-qr-too-long = l'adresse du QR code est trop longue pour être encodée
cli-pro-where = passez --directory avec le paquet professionnel (manche.pro.maillage, sa phrase de passe dans MAILLAGE_PASSPHRASE ou tapée à l'invite) ou le dossier de l'annuaire (data/manche)
cli-pro-needs-directory = --pro demande l'annuaire professionnel, et l'annuaire de la Manche inclus est le public : { $where }
cli-not-pro-bundle = { $path } n'est pas un paquet professionnel (un paquet public n'a aucun contact réservé aux professionnels) : { $where }

## Export et import

cli-wrote-csv = écrit { $path } : { $rows } lignes ({ $services } services)
cli-wrote-csv-national = écrit { $path } : { $rows } lignes ({ $services } services, { $national } lignes nationales)
cli-wrote-hsds = écrit { $path } : { $count } services HSDS
cli-wrote-data-inclusion = écrit { $structures-file } ({ $structures } structures) et { $services-file } ({ $services } services)
cli-import-too-large = { $path } : { $size } octets, plus que ce que maillage importe ({ $max } octets) : découpez-le, ou vérifiez que c'est le bon fichier
cli-not-utf8 = { $path } : pas du texte UTF-8 : { $error }
cli-nothing-read = maillage : rien n'a pu être lu ; rien n'est écrit
cli-wrote-imported = écrit { $path } : { $total } fiches (dont { $national } lignes nationales) ; { $warnings ->
    [0] rien à relire
    [one] { $warnings } point à relire
   *[other] { $warnings } points à relire
}
cli-then-check = puis `maillage import csv { $path } -o DIR` vérifie chaque ligne
cli-unreadable-files = { $path } a des fichiers illisibles ; rien n'est écrit
cli-note = note : { $note }
cli-names-unavailable = { $path } n'a pas pu être chargé pour y chercher les noms : communes et zones doivent être écrites par leur identifiant
cli-checked-against-embedded = { $path } n'a pas de directory.json : les lignes sont vérifiées avec l'annuaire de la Manche inclus
cli-sheet-invalid = maillage : { $path } : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
} dans { $rows } lignes ; rien n'est écrit
cli-services-file = { $path } ({ $services } services)
cli-services-national-files = { $path } ({ $services } services) et { $national-path } ({ $national } lignes nationales)
cli-would-write = maillage : { $path } est valide ; écrirait { $what }
cli-wrote-what = écrit { $what }

## Aide (maillage --help, maillage <commande> --help)

# help-<commande> décrit une commande, help-<commande>--<argument> un argument.
# Les mots autour (Utilisation, Options, Afficher l'aide…) sont à la fin de ce fichier.

help = Trouver de l'aide près de chez soi et les prochaines étapes pour sortir des violences : vérifier, construire et interroger un annuaire.
help--lang = La langue de ce que maillage écrit pour les personnes (les codes de la sortie JSON restent des codes) : fr, fr-x-falc (français facile à lire), en, ar, fa-AF (dari), ps, uk, ru, es, pt, ro, tr, ou une étiquette de la même langue (en-GB, prs…). Les fiches locales restent en français
help-validate = Vérifier un dossier d'annuaire (ou un paquet) ; code de sortie 0 s'il est valide, 1 sinon
help-validate--dir = Un dossier d'annuaire ou un fichier paquet ; l'annuaire de la Manche inclus s'il est absent
help-validate--format = Format de sortie
help-validate--today = La date à laquelle juger la fraîcheur des sources (AAAA-MM-JJ) ; aujourd'hui si elle est absente
help-locate = Tous les territoires d'un point (`LAT,LON`), du plus précis au plus large
help-locate--point = `LAT,LON`, par exemple `49.1128,-1.0724`
help-locate--format = Format de sortie
help-locate--directory = Un dossier d'annuaire ou un paquet à utiliser à la place de l'annuaire de la Manche inclus
help-places = Les lieux (communes, communes déléguées, codes postaux) qui correspondent à ce qui a été tapé
help-places--query = Le texte tapé, par exemple `st lo`, `50100`, `tourlaville`
help-places--limit = Combien de lieux au plus
help-places--format = Format de sortie
help-places--directory = Un dossier d'annuaire ou un paquet à utiliser à la place de l'annuaire de la Manche inclus
help-nearest = Les services près d'un point, filtrés, avec distance, ouverture et raisons
help-nearest--point = `LAT,LON`
help-nearest--categories = Catégories (répétées ou séparées par des virgules) : urgence, ecoute, hebergement, soins, plainte, juridique, protection, social, psy, enfants, sante-sexuelle, auteurs
help-nearest--audiences = Publics : tous, femmes, hommes, jeunes, enfants, lgbt, proches, professionnels, auteurs
help-nearest--access = Modes d'accès : telephone, sms, en-ligne, sur-place, rendez-vous, permanence
help-nearest--open_at = L'heure de Paris pour l'ouverture (`2026-12-01T10:00`) ; maintenant si elle est absente
help-nearest--open_only = Ne garder que les services ouverts à cette heure
help-nearest--language = Ne garder que les services qui parlent cette langue (ISO 639-1)
help-nearest--step_free = Ne garder que les lieux accessibles de plain-pied
help-nearest--professional = Inclure les lieux et contacts réservés aux professionnels
help-nearest--limit = Combien de lieux au plus
help-nearest--format = Format de sortie
help-nearest--directory = Un dossier d'annuaire ou un paquet à utiliser à la place de l'annuaire de la Manche inclus
help-pathway = Le parcours de sortie proposé pour une situation, un lieu et une heure
help-pathway--place = Un nom de lieu ou un code postal (le meilleur résultat est pris), par exemple `Granville`
help-pathway--at = Un point `LAT,LON` au lieu d'un lieu
help-pathway--answers = Les réponses, par exemple `in_danger_now=no,children=yes,role=relative`
help-pathway--at_time = L'heure de Paris (`2026-12-01T22:30`) ; maintenant si elle est absente
help-pathway--format = Format de sortie
help-pathway--directory = Un dossier d'annuaire ou un paquet à utiliser à la place de l'annuaire de la Manche inclus
help-routes = Le circuit d'orientation d'un territoire pour les professionnels : chaque étape, chaque contact
help-routes--territory = L'identifiant d'un territoire, par exemple `epci:200042604`, `commune:50639`
help-routes--format = Format de sortie
help-routes--directory = Un dossier d'annuaire ou un paquet à utiliser à la place de l'annuaire de la Manche inclus
help-build = Construire le paquet compact que chargent la ligne de commande et le widget ; affiche sa taille brute et compressée
help-build--dir = Le dossier de l'annuaire
help-build--output = Où écrire le paquet
help-build--built_on = La date de construction inscrite dans le paquet (AAAA-MM-JJ) ; aujourd'hui si elle est absente
help-build--pro_out = Écrire aussi ici le paquet professionnel : tout l'annuaire, contacts et lieux réservés aux professionnels compris, scellé par une phrase de passe lue dans MAILLAGE_PASSPHRASE ou tapée à l'invite (jamais en argument). Voir SECURITY.md
help-export = Écrire l'annuaire en tableur (CSV) ou dans un standard ouvert (HSDS 3.0, data·inclusion)
help-export-csv = Les services en tableur (CSV), à modifier puis relire avec `import csv`. Une ligne par point de contact, en-têtes en français (voir examples/templates/README.md). Les contacts réservés aux professionnels y sont (c'est le fichier de travail de la coordination) ; un lieu confidentiel n'a jamais d'adresse, de code postal ni de point.
help-export-csv--dir = Un dossier d'annuaire ou un paquet ; l'annuaire de la Manche inclus s'il est absent
help-export-csv--output = Le fichier CSV à écrire
help-export-csv--national = Écrire aussi les lignes nationales (colonne `ligne nationale` = oui)
help-export-csv--separator = Séparateur de colonnes : point-virgule (ce qu'attendent les tableurs français) ou virgule
help-export-csv--no_bom = Ne pas écrire l'indicateur d'ordre des octets UTF-8 (il fait lire les accents correctement à Excel)
help-export-hsds = Open Referral HSDS 3.0 : un tableau JSON de services. Centré sur les services et déréférencé, pour le public sauf avec --professional. Un lieu confidentiel ne montre que sa commune.
help-export-hsds--dir = Un dossier d'annuaire ou un paquet ; l'annuaire de la Manche inclus s'il est absent
help-export-hsds--output = Le fichier JSON à écrire ; la sortie standard s'il est absent
help-export-hsds--national = Exporter aussi les lignes nationales
help-export-hsds--professional = Inclure les lieux et contacts réservés aux professionnels (jamais les confidentiels)
help-export-data-inclusion = data·inclusion v1 : OUTPUT/structures.json et OUTPUT/services.json. Pour le public sauf avec --professional. Un lieu confidentiel ne montre que sa commune.
help-export-data-inclusion--dir = Un dossier d'annuaire ou un paquet ; l'annuaire de la Manche inclus s'il est absent
help-export-data-inclusion--output = Le dossier où écrire les deux fichiers (créé s'il le faut)
help-export-data-inclusion--national = Exporter aussi les lignes nationales (zone `france`)
help-export-data-inclusion--professional = Inclure les lieux et contacts réservés aux professionnels (jamais les confidentiels)
help-export-data-inclusion--date = Le `date_maj` des fiches ni vérifiées ni datées par leur page source (AAAA-MM-JJ) ; aujourd'hui s'il est absent
help-import = Relire un tableur dans un annuaire, ou convertir l'export HSDS ou data·inclusion d'un autre annuaire en fiches à relire
help-import-csv = Relire un tableur (CSV) dans OUTPUT/services.json ; rien n'est écrit en cas d'erreur. Les lignes avec `ligne nationale` = oui vont dans national.json. Chaque ligne est vérifiée, avec les contrôles du cœur, contre l'annuaire de OUTPUT (ou l'annuaire de la Manche inclus si OUTPUT n'en a pas) ; si une ligne a une erreur, chaque erreur est listée avec sa ligne et sa colonne, et rien n'est écrit.
help-import-csv--file = Le fichier CSV : séparé par des virgules ou des points-virgules, en UTF-8 avec ou sans indicateur d'ordre des octets
help-import-csv--output = Le dossier de l'annuaire où écrire services.json (et national.json)
help-import-csv--dry_run = Vérifier seulement ; ne rien écrire
help-import-csv--today = La date à laquelle juger la fraîcheur des sources (AAAA-MM-JJ) ; aujourd'hui si elle est absente
help-import-csv--format = Format de sortie des problèmes
help-import-hsds = Convertir les services HSDS 3.0 d'un autre annuaire en fiches à relire. Les taxonomies sont rapprochées de nos catégories ; ce qui n'a pas pu l'être est listé, et aucune fiche n'est perdue.
help-import-hsds--file = Le JSON HSDS : un tableau de services, un service, une page d'API ou des organisations
help-import-hsds--output = Où écrire les fiches : un tableur `.csv` (à relire, puis `import csv`) ou un fichier `.json` (ses listes `services` et `national`)
help-import-hsds--directory = L'annuaire (dossier ou paquet) dont les noms de communes et de territoires servent aux rapprochements ; l'annuaire de la Manche inclus s'il est absent
help-import-data-inclusion = Convertir des services data·inclusion v1 en fiches à relire. Les thématiques sont rapprochées de nos catégories ; ce qui n'a pas pu l'être est listé, et aucune fiche n'est perdue.
help-import-data-inclusion--file = Le JSON des services, ou un dossier avec services.json (et structures.json, pour les noms des organisations)
help-import-data-inclusion--output = Où écrire les fiches : un tableur `.csv` ou un fichier `.json`
help-import-data-inclusion--directory = L'annuaire (dossier ou paquet) dont les noms servent aux rapprochements ; l'annuaire de la Manche inclus s'il est absent
help-leaflet = Un dépliant prêt à imprimer (HTML autonome, A4 ou A5) des contacts publics d'un territoire ; `--all -o DIR` en écrit un par EPCI ; `--pro` imprime le dépliant des professionnels, depuis le dossier de l'annuaire ou le paquet professionnel
help-leaflet--territory = L'identifiant d'un territoire, par exemple `epci:200042604`, `commune:50218`, `departement:50`
help-leaflet--all = Un dépliant par EPCI, écrit dans le dossier donné par `-o` (`DIR/epci-200042604.html`…, `DIR/epci-200042604.pro.html`… avec `--pro`)
help-leaflet--pro = Le dépliant des professionnels : contacts et lieux réservés aux professionnels compris, signalés, et « ne pas afficher ni remettre au public » en haut, en pied de page et dans le titre. Demande `--directory` avec le dossier de l'annuaire ou le paquet professionnel (sa phrase de passe dans MAILLAGE_PASSPHRASE ou tapée à l'invite, jamais en argument)
help-leaflet--output = Où écrire : un fichier (un dossier avec `--all`) ; la sortie standard s'il est absent
help-leaflet--format = Papier : a4 (une page) ou a5 (deux pages, recto-verso ou A4 plié)
help-leaflet--qr_url = Une page https:// vers laquelle pointe le QR code du dépliant (la page d'un partenaire avec le widget, par exemple) ; pas de QR code si elle est absente
help-leaflet--directory = Un dossier d'annuaire ou un paquet à utiliser à la place de l'annuaire de la Manche inclus (avec `--pro` : le dossier ou le paquet professionnel, par exemple `manche.pro.maillage`)
help-coverage = La couverture de chaque commune : distance au lieu le plus proche par catégorie, lignes téléphoniques et en ligne, chiffres par EPCI, fiches à revérifier (JSON, CSV ou carte SVG)
help-coverage--format = Format de sortie
help-coverage--output = Où écrire ; la sortie standard s'il est absent
help-coverage--category = La catégorie que montre la carte SVG
help-coverage--audience = Ne compter que les lieux pour ce public (ou pour tous) : tous, femmes, hommes, jeunes, enfants, lgbt, proches, auteurs. Tous les lieux sauf ceux réservés aux professionnels s'il est absent
help-coverage--today = La date à laquelle juger la fraîcheur des sources (AAAA-MM-JJ) ; aujourd'hui si elle est absente
help-coverage--directory = Un dossier d'annuaire ou un paquet à utiliser à la place de l'annuaire de la Manche inclus

## Les mots de l'aide autour des textes (en-têtes, options communes)

cli-usage = Utilisation :
cli-commands = Commandes
cli-arguments = Arguments
cli-options = Options
cli-print-help = Afficher l'aide
cli-print-version = Afficher la version
cli-default = [par défaut : { $value }]
cli-possible-values = [valeurs possibles : { $values }]

## Les erreurs de la ligne de commande elle-même

# $arg : l'option ou l'argument (`--format <FORMAT>`), $value : ce qui a été tapé.
cli-invalid-value = valeur invalide `{ $value }` pour `{ $arg }`
# $reason : pourquoi, déjà dans la langue du lecteur.
cli-invalid-value-because = valeur invalide `{ $value }` pour `{ $arg }` : { $reason }
cli-missing-arguments = il manque : { $args }
cli-unknown-argument = argument inattendu `{ $arg }`
cli-unknown-command = commande inconnue `{ $command }`
cli-try-help = Pour en savoir plus : --help
