# maillage — the command line's own messages (what it wrote, what went wrong), in the language of
# `--lang`. Its answers are in ../documents/ and the directory's problems in ../problems/. Same
# ids and variables in every language. Paths, options (`--all`, `-o DIR`), commands and file
# names stay as they are.

## Every failure

# $error: what went wrong, with its causes (some from the operating system, in its language).
cli-failed = maillage: { $error }
cli-reading = reading { $path }
cli-writing = writing { $path }
cli-creating = creating { $path }
cli-listing = listing { $path }

## Reading a directory

cli-not-a-folder = { $path } is not a directory folder
cli-folder-not-valid = { $path } is not valid: run `maillage validate { $path }`
cli-bundle-too-large = { $path }: { $size } bytes is more than a bundle may hold ({ $max } bytes)
cli-embedded-bundle = the embedded Manche bundle
cli-not-embedded = not in this program
# $tag: a language tag; $file: the texts' file; $error: why they could not be read.
cli-texts-unavailable = maillage: the directory's texts in `{ $tag }` ({ $file }): { $error }; its steps are shown in French

## maillage build

cli-not-valid-nothing-written = maillage: { $path } is not valid; nothing written
cli-wrote-bundle = wrote { $path }: { $bytes } bytes, { $gzipped } bytes gzipped ({ $territories } territories, { $places } places, { $services } services, { $national } national lines; public: { $withheld ->
    [0] no professionals-only contact or place to leave out
    [one] { $withheld } professionals-only contact or place left out
   *[other] { $withheld } professionals-only contacts or places left out
})
cli-wrote-translations = wrote the translations beside it: { $files }
cli-translation-size = { $file } ({ $gzipped } bytes gzipped)
cli-wrote-pro-bundle = wrote { $path }: { $bytes } bytes, the professional bundle (sealed: Argon2id + XChaCha20-Poly1305)

## The professional directory's passphrase

cli-passphrase-needed = the professional bundle needs its passphrase: set { $env } or run maillage in a terminal to type it
cli-passphrase-prompt = Passphrase of the professional directory:{" "}
cli-passphrase-again = The same, once more:{" "}
cli-reading-passphrase = reading the passphrase
cli-passphrases-differ = the two passphrases differ; nothing written
cli-no-random = the operating system gave no random bytes: { $error }

## Queries

cli-latlon-expected = `{ $text }`: expected LAT,LON such as 49.1128,-1.0724
cli-not-latitude = `{ $text }` is not a latitude
cli-not-longitude = `{ $text }` is not a longitude
cli-latlon-range = `{ $text }` is out of range (latitude first, then longitude)
cli-time-expected = `{ $text }`: expected a Paris local time such as 2026-12-01T10:00
cli-give-place = give --place NAME or --at LAT,LON
cli-no-place = maillage: no place matches `{ $name }`
cli-unknown-territory = maillage: unknown territory `{ $territory }`

## Leaflets

cli-all-needs-output = --all needs -o DIR
cli-no-epci = the directory has no EPCI
cli-give-territory = give a territory id (e.g. epci:200042604) or --all
cli-wrote-file = wrote { $path }
cli-leaflet-unknown-territory = unknown territory `{ $territory }`
cli-leaflet-bad-qr = `{ $url }`: the QR code must point to an https:// page, e.g. https://www.manche.gouv.fr/
cli-leaflet-qr-too-long = the QR code's address is too long to encode
cli-pro-where = pass --directory with the professional bundle (manche.pro.maillage, its passphrase in MAILLAGE_PASSPHRASE or typed at the prompt) or the directory folder (data/manche)
cli-pro-needs-directory = --pro needs the professional directory, and the embedded Manche directory is the public one: { $where }
cli-not-pro-bundle = { $path } is not a professional bundle (a public bundle holds no professionals-only contact): { $where }

## Export and import

cli-wrote-csv = wrote { $path }: { $rows } rows ({ $services } services)
cli-wrote-csv-national = wrote { $path }: { $rows } rows ({ $services } services, { $national } national lines)
cli-wrote-hsds = wrote { $path }: { $count } HSDS services
cli-wrote-data-inclusion = wrote { $structures-file } ({ $structures } structures) and { $services-file } ({ $services } services)
cli-import-too-large = { $path }: { $size } bytes, more than maillage imports ({ $max } bytes): split it, or check that it is the right file
cli-not-utf8 = { $path }: not UTF-8 text: { $error }
cli-nothing-read = maillage: nothing could be read; nothing written
cli-wrote-imported = wrote { $path }: { $total } records ({ $national } national lines); { $warnings ->
    [0] nothing to review
    [one] { $warnings } point to review
   *[other] { $warnings } points to review
}
cli-then-check = then `maillage import csv { $path } -o DIR` checks every row
cli-unreadable-files = { $path } has unreadable files; nothing written
cli-note = note: { $note }
cli-names-unavailable = { $path } could not be loaded to look names up: communes and areas must be written as ids
cli-checked-against-embedded = { $path } holds no directory.json: the rows are checked against the embedded Manche directory
cli-sheet-invalid = maillage: { $path }: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
} in { $rows } rows; nothing written
cli-services-file = { $path } ({ $services } services)
cli-services-national-files = { $path } ({ $services } services) and { $national-path } ({ $national } national lines)
cli-would-write = maillage: { $path } is valid; would write { $what }
cli-wrote-what = wrote { $what }

## Help (maillage --help, maillage <command> --help)

# help-<command> is a command's description, help-<command>--<argument> an argument's.
# The words around them (Usage, Options, Print help…) are at the end of this file.

help = Find help nearby and the next steps out of violence: validate, build and query a directory.
help--lang = The language of what maillage writes for people (codes in the JSON output stay codes): fr, fr-x-falc (easy-to-read French), en, ar, fa-AF (Dari), ps, uk, ru, es, pt, ro, tr, or a tag of the same language (en-GB, prs…). Local records stay in French
help-validate = Check a directory folder (or a bundle); exit 0 when valid, 1 otherwise
help-validate--dir = A directory folder or a bundle file; the embedded Manche directory when absent
help-validate--format = Output format
help-validate--today = The date freshness is judged against (YYYY-MM-DD); today when absent
help-locate = Every territory at a point (`LAT,LON`), most specific first
help-locate--point = `LAT,LON`, e.g. `49.1128,-1.0724`
help-locate--format = Output format
help-locate--directory = A directory folder or bundle to use instead of the embedded Manche directory
help-places = Places (communes, former communes, postcodes) matching what someone typed
help-places--query = The text typed, e.g. `st lo`, `50100`, `tourlaville`
help-places--limit = How many places at most
help-places--format = Output format
help-places--directory = A directory folder or bundle to use instead of the embedded Manche directory
help-nearest = Services near a point, filtered, with distance, open state and reasons
help-nearest--point = `LAT,LON`
help-nearest--categories = Categories (repeat or comma-separate): urgence, ecoute, hebergement, soins, plainte, juridique, protection, social, psy, enfants, sante-sexuelle, auteurs
help-nearest--audiences = Audiences: tous, femmes, hommes, jeunes, enfants, lgbt, proches, professionnels, auteurs
help-nearest--access = Access modes: telephone, sms, en-ligne, sur-place, rendez-vous, permanence
help-nearest--open_at = Paris local time for open states (`2026-12-01T10:00`); now when absent
help-nearest--open_only = Keep only services open at that time
help-nearest--language = Keep only services speaking this language (ISO 639-1)
help-nearest--step_free = Keep only places with step-free access
help-nearest--professional = Include professionals-only places and contacts
help-nearest--limit = How many places at most
help-nearest--format = Output format
help-nearest--directory = A directory folder or bundle to use instead of the embedded Manche directory
help-pathway = The suggested exit pathway for a situation, a place and a time
help-pathway--place = A place name or postcode (the best match is taken), e.g. `Granville`
help-pathway--at = A point `LAT,LON` instead of a place
help-pathway--answers = Answers, e.g. `in_danger_now=no,children=yes,role=relative`
help-pathway--at_time = Paris local time (`2026-12-01T22:30`); now when absent
help-pathway--format = Output format
help-pathway--directory = A directory folder or bundle to use instead of the embedded Manche directory
help-routes = The referral route of a territory for professionals: every step, every contact
help-routes--territory = A territory id, e.g. `epci:200042604`, `commune:50639`
help-routes--format = Output format
help-routes--directory = A directory folder or bundle to use instead of the embedded Manche directory
help-build = Build the compact bundle the CLI and the widget load; prints its size raw and gzipped
help-build--dir = The directory folder
help-build--output = Where to write the bundle
help-build--built_on = The build date recorded in the bundle (YYYY-MM-DD); today when absent
help-build--pro_out = Also write the professional bundle here: the whole directory, professionals-only contacts and places included, sealed with a passphrase read from MAILLAGE_PASSPHRASE or typed at a prompt (never an argument). See SECURITY.md
help-export = Write the directory as a spreadsheet (CSV) or in an open standard (HSDS 3.0, data·inclusion)
help-export-csv = The services as a spreadsheet (CSV) to edit and read back with `import csv`. One row per contact point, French headers (see examples/templates/README.md). Professionals-only contacts are included (it is the coordinator's working file); confidential places never have an address, postcode or point.
help-export-csv--dir = A directory folder or a bundle; the embedded Manche directory when absent
help-export-csv--output = The CSV file to write
help-export-csv--national = Also write the national lines (column `ligne nationale` = oui)
help-export-csv--separator = Column separator: semicolon (what French spreadsheets expect) or comma
help-export-csv--no_bom = Leave out the UTF-8 byte-order mark (it makes Excel read accents right)
help-export-hsds = Open Referral HSDS 3.0: a JSON array of services. Service-oriented and dereferenced, for the public unless --professional. Confidential places show their commune only.
help-export-hsds--dir = A directory folder or a bundle; the embedded Manche directory when absent
help-export-hsds--output = The JSON file to write; standard output when absent
help-export-hsds--national = Also export the national lines
help-export-hsds--professional = Include professionals-only places and contacts (never confidential ones)
help-export-data-inclusion = data·inclusion v1: OUTPUT/structures.json and OUTPUT/services.json. For the public unless --professional. Confidential places show their commune only.
help-export-data-inclusion--dir = A directory folder or a bundle; the embedded Manche directory when absent
help-export-data-inclusion--output = The folder to write the two files in (created if needed)
help-export-data-inclusion--national = Also export the national lines (zone `france`)
help-export-data-inclusion--professional = Include professionals-only places and contacts (never confidential ones)
help-export-data-inclusion--date = `date_maj` of records neither verified nor dated by their source page (YYYY-MM-DD); today when absent
help-import = Read a spreadsheet back into a directory, or convert another directory's HSDS or data·inclusion export into records to review
help-import-csv = Read a spreadsheet (CSV) back into OUTPUT/services.json; nothing is written on error. Rows with `ligne nationale` = oui go to national.json. Every row is checked, with the core's checks against the directory in OUTPUT (or the embedded Manche directory when OUTPUT holds none); when any row has an error, every error is listed with its row and column and nothing is written.
help-import-csv--file = The CSV file: comma or semicolon separated, UTF-8 with or without byte-order mark
help-import-csv--output = The directory folder to write services.json (and national.json) into
help-import-csv--dry_run = Check only; write nothing
help-import-csv--today = The date freshness is judged against (YYYY-MM-DD); today when absent
help-import-csv--format = Output format of the problems
help-import-hsds = Convert another directory's HSDS 3.0 services into records to review. Taxonomies are mapped to our categories; whatever could not be mapped is listed, and no record is dropped.
help-import-hsds--file = The HSDS JSON: an array of services, a service, an API page or organizations
help-import-hsds--output = Where to write the records: a `.csv` spreadsheet (to review, then `import csv`) or a `.json` file (its lists `services` and `national`)
help-import-hsds--directory = The directory (folder or bundle) whose communes and territories names are matched against; the embedded Manche directory when absent
help-import-data-inclusion = Convert data·inclusion v1 services into records to review. Thématiques are mapped to our categories; whatever could not be mapped is listed, and no record is dropped.
help-import-data-inclusion--file = The services JSON, or a folder holding services.json (and structures.json, for the organisations' names)
help-import-data-inclusion--output = Where to write the records: a `.csv` spreadsheet or a `.json` file
help-import-data-inclusion--directory = The directory (folder or bundle) whose names are matched against; the embedded Manche directory when absent
help-leaflet = A print-ready leaflet (self-contained HTML, A4 or A5) of a territory's public contacts; `--all -o DIR` writes one per EPCI; `--pro` prints the professionals' leaflet from the directory folder or the professional bundle
help-leaflet--territory = A territory id, e.g. `epci:200042604`, `commune:50218`, `departement:50`
help-leaflet--all = One leaflet per EPCI, written to the folder given by `-o` (`DIR/epci-200042604.html`…, `DIR/epci-200042604.pro.html`… with `--pro`)
help-leaflet--pro = The professional leaflet: professionals-only contacts and places included, marked, and "not to be displayed or handed to the public" at the top, in the footer and the title. Needs `--directory` with the directory folder or the professional bundle (its passphrase from MAILLAGE_PASSPHRASE or typed at a prompt, never an argument)
help-leaflet--output = Where to write: a file (a folder with `--all`); standard output when absent
help-leaflet--format = Paper: a4 (one page) or a5 (two pages, recto-verso or folded A4)
help-leaflet--qr_url = An https:// page the leaflet's QR code points to (a partner's page with the widget, say); no QR code when absent
help-leaflet--directory = A directory folder or bundle to use instead of the embedded Manche directory (with `--pro`: the folder or the professional bundle, e.g. `manche.pro.maillage`)
help-coverage = Coverage of every commune: distance to the nearest place per category, phone and online lines, figures per EPCI, records to check again (JSON, CSV, or an SVG map)
help-coverage--format = Output format
help-coverage--output = Where to write; standard output when absent
help-coverage--category = The category the SVG map shows
help-coverage--audience = Count only places for this audience (or for everyone): tous, femmes, hommes, jeunes, enfants, lgbt, proches, auteurs. Every place but professionals-only ones when absent
help-coverage--today = The date freshness is judged against (YYYY-MM-DD); today when absent
help-coverage--directory = A directory folder or bundle to use instead of the embedded Manche directory

## The help's own words around the texts (headings, common options)

cli-usage = Usage:
cli-commands = Commands
cli-arguments = Arguments
cli-options = Options
cli-print-help = Print help
cli-print-version = Print version
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]

## The command line's own errors

# $arg: the option or argument (`--format <FORMAT>`), $value: what was typed.
cli-invalid-value = invalid value `{ $value }` for `{ $arg }`
# $reason: why, already in the reader's language.
cli-invalid-value-because = invalid value `{ $value }` for `{ $arg }`: { $reason }
cli-missing-arguments = missing: { $args }
cli-unknown-argument = unexpected argument `{ $arg }`
cli-unknown-command = unknown command `{ $command }`
cli-try-help = For more information: --help
