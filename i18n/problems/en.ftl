# maillage — what `maillage validate`, `maillage import` and the studio say of a directory's
# problems: the core gives them as codes (`maillage::Fault`, `maillage::hours::HoursFault`); each
# code is a message `problem-<code>` here and its values are variables. Same ids and variables in
# every language. The files' ids, field names, values and keywords (`services.json`, `auteurs`,
# `to-verify`, `Mo-Fr 09:00-17:00`) stay as they are: they are the files' own.

## One line per problem

problem-error = error
problem-warning = warning
# $severity: problem-error or problem-warning; $where: file, line and JSON pointer
# (`services.json:12 #/services/3`), as they are.
problem-line = { $severity }: { $where }: { $reason }
problem-line-record = { $severity }: { $where }: record `{ $record }`: { $reason }
problem-line-field = { $severity }: { $where }: field `{ $field }`: { $reason }
problem-line-record-field = { $severity }: { $where }: record `{ $record }`, field `{ $field }`: { $reason }
# A spreadsheet: its row (the header is row 1), the file's line when it differs, the column
# (letter and header), the item of a cell that holds several.
sheet-row = row { $row }
sheet-row-line = row { $row } (line { $line })
sheet-column = column { $column } `{ $header }`
sheet-column-letter = column { $column }
sheet-column-header = column `{ $header }`
sheet-record = record `{ $record }`
sheet-item = item { $item }: { $reason }
# $parts: row, column, record, separated by commas.
sheet-line = { $severity }: { $file }: { $reason }
sheet-line-at = { $severity }: { $file }, { $parts }: { $reason }

## The summary of `maillage validate`

validate-counts = { $communes } communes, { $epci } EPCI, { $arrondissements ->
    [one] { $arrondissements } arrondissement
   *[other] { $arrondissements } arrondissements
}, { $departements ->
    [one] { $departements } département
   *[other] { $departements } départements
}, { $tribunals ->
    [one] { $tribunals } court district
   *[other] { $tribunals } court districts
}, { $places } places, { $services } local services, { $national } national lines
validate-valid = valid
validate-valid-warnings = valid, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
validate-invalid = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
validate-summary = { $counts }: { $verdict }

## Files

# $detail: the reader's own message, in English.
problem-unreadable-file = unreadable file: { $detail }
problem-not-utf8 = not UTF-8 text (byte { $byte }): save it as UTF-8
# $detail: the JSON reader's (serde_json) own message, in English.
problem-malformed-json = malformed JSON: { $detail }
problem-truncated-json = the file ends too early (truncated?): { $detail }
problem-expected-object-with-list = expected an object with a `{ $key }` list
problem-expected-list = expected a `{ $key }` list
# $detail: the reader's (serde) own message, in English: missing field, unknown term, type.
problem-unreadable-field = unreadable value: { $detail }
problem-not-a-language-file = not a language file: name it after a language tag other than French (`i18n/en.json`, `i18n/ar.json`, `i18n/fa-AF.json`)
problem-not-a-directory-file = not a directory file (expected directory.json, services.json, national.json, places.json, territories/*.geojson or i18n/*.json); ignored
problem-missing-metadata = missing or unreadable: a directory needs its metadata file

## Territories and places

problem-duplicate-territory-id = duplicate territory id
problem-kind-mismatch = kind `{ $kind }` differs from the id's kind `{ $id_kind }`
problem-unknown-territory = unknown territory `{ $id }`
problem-unknown-service = unknown service `{ $id }`
problem-empty-geometry = empty geometry
problem-ring-too-short = a ring has { $points } points; at least 4 are needed
problem-ring-not-closed = a ring is not closed (first and last points differ)
problem-coordinate-out-of-range = coordinate { $lon },{ $lat } is not a longitude,latitude
# $detail: what the geo library found, in English.
problem-invalid-geometry = invalid geometry: { $detail }
problem-duplicate-place-id = duplicate place id

## Services

problem-duplicate-service-id = duplicate service id (ids are shared by services and national lines)
problem-bad-id = `{ $id }`: ids use only a-z, 0-9 and `-`
problem-empty-name = empty name
problem-no-category = at least one category is needed
problem-perpetrators-other-category = a service for perpetrators must have only the category `auteurs`: perpetrators are never shown victims' services
problem-perpetrators-audience-missing = category `auteurs` needs the audience `auteurs`
problem-local-serves-country = a local service serving the whole country belongs in national.json
problem-national-line-not-national = a national line must have the served area "national"
problem-empty-served-area = empty served area
problem-no-way-to-reach = no way to reach this service: give a contact or a location
problem-javascript-url = `javascript:` URLs are refused
problem-phone-national-form = `{ $number }` is a national form: write it in E.164, `+33` followed by the nine digits after the 0
problem-phone-invalid = `{ $number }` is not a valid French number (expected +33 and 9 digits, an overseas number, or a short number such as 17, 114, 3919, 116006)
problem-phone-display-mismatch = display `{ $display }` does not match the number `{ $number }`
problem-not-an-email = `{ $value }` is not an e-mail address
problem-url-not-https = `{ $url }`: use https
problem-url-no-scheme = `{ $url }` has no scheme: write https://…
problem-url-scheme = `{ $url }`: URL scheme `{ $scheme }` is not allowed (https, tel, sms, mailto)
problem-confidential-contact = a contact cannot be confidential: drop it, or make it `professionnels`
problem-unknown-commune = unknown commune `{ $id }`
problem-confidential-address = confidential location with a published address: remove the address (only the commune may be shown)
problem-confidential-postcode = confidential location with a published postcode: remove the postcode (only the commune may be shown)
problem-confidential-point = confidential location with a published point: remove the point (only the commune may be shown)
problem-precision-without-address = precision `address` needs a street address: give it, or use `commune`
problem-point-out-of-range = latitude or longitude out of range
problem-point-outside-scope = point { $lat },{ $lon } is outside the directory's scope `{ $scope }` (latitude and longitude swapped?)
problem-point-outside-commune = point { $lat },{ $lon } is outside its commune { $commune } ({ $id })
problem-address-without-point = public address without a point: distance cannot be computed
# $fault: one of the problem-hours-… messages below.
problem-hours = opening hours `{ $text }`, column { $column }: { $fault }

## Opening hours (OpenStreetMap's opening_hours syntax)

problem-hours-empty = empty opening hours: leave the field out when hours are unknown
problem-day-of-month = day of month must be 1–31
problem-month-or-day-after-dash = expected a month or day after `-`
problem-date-range-ends = a date range needs days on both ends or on neither
problem-school-holidays = school holidays (`SH`) are not supported
problem-nth-weekday = nth weekdays such as `Mo[1]` are not supported
problem-weekday-after-dash = expected a weekday (Mo, Tu, We, Th, Fr, Sa, Su) after `-`
problem-expected-time = expected a time such as 09:00
problem-expected-colon = expected `:` in a time (write 09:00, not 9h)
problem-expected-minutes = expected minutes
problem-minutes-digits = minutes must be two digits, 00–59
problem-start-after24 = a start time cannot be after 24:00
problem-open-ended = open-ended times (`18:00+`) are not supported
problem-expected-end = expected `-` and an end time
problem-end-after48 = an end time cannot be after 48:00
problem-end-before-start = end time before start time
problem-span-starts-at24 = a span cannot start at 24:00
problem-unterminated-comment = unterminated comment: a closing `"` is missing
problem-expected-rule = expected a rule (such as `Mo-Fr 09:00-17:00`), found `{ $found }`
problem-unexpected = unexpected `{ $found }`

## Sources

problem-missing-source = missing source: say where these facts come from
problem-empty-source-title = empty source title
problem-source-url-not-http = `{ $url }`: a source URL must be an http(s) page
problem-bad-language-code = `{ $language }` is not an ISO 639-1 code such as `fr`
problem-verified-without-date = a verified source needs the date it was verified (`verified_on`)
problem-date-on-to-verify = `verified_on` { $date } on a source still `to-verify`: set the status to `verified`, or remove the date
problem-to-verify = to verify: check this record against its source before relying on it
problem-date-in-future = { $date } is in the future
problem-verified-long-ago = verified on { $date }, more than 12 months ago: please verify it again
problem-old-page = the source page is dated { $date }, more than 2 years ago: check that it is still current

## Pathways

problem-duplicate-step-id = duplicate step id
problem-missing-french = missing French text
problem-missing-english = missing English translation
problem-step-without-category = a step needs at least one category
problem-unknown-national-line = unknown national line `{ $id }`
problem-step-unreachable = no situation can reach this step: its exclusions cover every inclusion
problem-perpetrators-step-audience = the perpetrators' step is chosen by its category `auteurs`, not by an audience
problem-perpetrators-step-category = the perpetrators' step has only the `auteurs` category and lists the role `perpetrator`
problem-category-without-step = no step has the category `{ $category }`: its services are never suggested in a pathway

## Language files (i18n/<language>.json)

problem-english-steps-here = the steps' English is in pathways.json (`title.en`, `advice.en`): remove it here
problem-unknown-step = no step `{ $id }` in pathways.json
problem-empty-text = empty text
problem-step-not-translated = the step `{ $id }` is not translated (title and advice)
# $field: `description` or `conditions`, the field's name as it is.
problem-not-translated = the `{ $field }` of `{ $id }` is not translated
problem-nothing-to-translate = `{ $id }` has no `{ $field }` in national.json to translate

## Imports and exports (HSDS, data·inclusion): the notes of maillage-interop

# $note: one of the messages below.
problem-note = { $note }
problem-too-large = the file is { $bytes } bytes, more than maillage reads ({ $max } bytes): split it, or check that it is the right file
problem-no-hsds-service = no HSDS service found: expected an array of services, a service, a page {"{"}"contents": […]{"}"} or organizations with their services
problem-not-data-inclusion-services = expected an array of data·inclusion services
problem-not-a-service-object = not a service object: skipped
problem-hsds-web-pro-only = HSDS cannot mark the web address { $url } as for professionals only
problem-hsds-one-url = HSDS has one url per service: { $url } is left out
problem-hsds-accessibility-without-location = accessibility without a location has no place in HSDS
# $kind: phone, sms, email or web.
problem-data-inclusion-one-per-service = { $kind ->
    [phone] data·inclusion has one phone per service
    [email] data·inclusion has one e-mail per service
    [sms] data·inclusion has no text messages
   *[other] data·inclusion has one link per service
}: { $left_out } left out
problem-data-inclusion-no-code = `{ $territory }` has no data·inclusion code and its communes are unknown: left out
# $vocabulary: Category, Audience or AccessMode.
problem-unknown-term = unknown { $vocabulary ->
    [Category] category
    [Audience] audience
   *[other] access mode
} `{ $term }`
problem-taxonomy-term-unmapped = taxonomy term `{ $term }` could not be mapped to a category or an audience
problem-taxonomy-term-unmapped-in = taxonomy term `{ $term }` (taxonomy `{ $taxonomy }`) could not be mapped to a category or an audience
problem-thematique-unmapped = thématique `{ $thematique }` could not be mapped to a category
problem-public-unmapped = public `{ $public }` has no maillage audience
problem-publics-free-text = `{ $text }`: free text, set the audiences by hand
problem-no-category-found = no category could be found: choose one before validating
problem-no-name = the service has no name
problem-no-organisation-name = no organization name (only organization_id, or nothing)
problem-structure-not-found = structure `{ $structure }` not found: its id stands for the organisation
problem-contact-person-phones = phones of a contact person are not imported: add them to the service
problem-several-locations = { $count } locations: only the first is imported (a maillage record has one place; make one record per place)
problem-confidential-place-details = a confidential place keeps only its commune: what the file gives of it (`{ $fields }`) is not imported
problem-commune-not-found = the commune of this place could not be found ({ $place }): the place is not imported; give its INSEE code
problem-bad-insee-code = `{ $insee }` is not a commune's INSEE code: the place is not imported
problem-address-without-insee = an address without INSEE code: the place is not imported; give its code_insee
problem-service-area-unmatched = service area `{ $name }` could not be matched to a territory
problem-zone-not-a-code = zone `{ $zone }` is not a commune, EPCI or département code
problem-no-service-area = no service area could be read: give the territories served
problem-no-zone = no zone_eligibilite: give the territories served
problem-schedules-not-weekly = schedules that are not weekly opening times cannot be read ({ $descriptions }): write the hours by hand
problem-unknown-language = language `{ $language }` is not one we know: give its ISO 639-1 code
problem-fees-reduced = fees `{ $fees }`: only free or not is kept; say it in the conditions
problem-field-not-imported = `{ $field }` has no place in a maillage record: not imported
problem-eligibility-free-text = the eligibility description is free text: set the audiences by hand
problem-publisher-date = dated { $date } by its publisher: kept as the source's date; the record is to verify
problem-no-date = no assured_date nor last_modified: the age of this information is unknown; the record is to verify
problem-no-date-maj = no readable date_maj: the age of this information is unknown

## The spreadsheet (maillage import csv, the studio)

problem-sheet-not-utf8 = the file is not UTF-8 (byte { $byte }, line { $line }): save it as « CSV UTF-8 » (Excel) or choose the UTF-8 character set (LibreOffice)
problem-too-many-rows = more than { $max } rows: maillage reads at most { $max } services from one spreadsheet; split it
# $detail: the CSV reader's own message, in English.
problem-unreadable-csv = unreadable CSV: { $detail }
problem-empty-sheet = empty file: the first row holds the column headers
problem-duplicate-column = column `{ $header }` appears twice (also column { $other })
problem-unknown-column = unknown column `{ $header }`; the columns are: { $columns }
problem-missing-column = missing column: it is required
problem-column-absent = column absent: every row is read without it
problem-stray-value = a value in a column without a known header: give the column a header or empty it
problem-id-from-name = empty identifier: `{ $id }` made from the name
problem-missing-id = missing identifier (and no name to make one from)
problem-yes-no = `{ $text }`: write `oui` or `non` (or leave it empty when unknown)
problem-not-a-date = `{ $text }` is not a date: write it 2026-11-29 (or 29/11/2026)
problem-not-a-number = `{ $text }` is not a number such as 49.1157
# $vocabulary: Category, Audience, AccessMode, Visibility, LocationPrecision or SourceStatus;
# $expected: the words allowed, comma-separated.
problem-unknown-word = unknown { $vocabulary ->
    [Category] category
    [Audience] audience
    [AccessMode] access mode
    [Visibility] visibility
    [LocationPrecision] precision
   *[other] status
} `{ $term }`; expected one of: { $expected }
problem-bracket-alone = a `]` without its `[`
problem-bad-visibility = `[{ $word }]`: the visibility is `[public]` (or nothing), `[professionnels]` or `[confidentiel]`
problem-unbalanced-parentheses = unbalanced parentheses: the label goes in `(…)` at the end
problem-angle-alone = a `>` without its `<`
problem-empty-contact = empty contact: write the number or address
problem-empty-angle = empty value in `<…>`
problem-longitude-alone = a longitude without latitude: give both or neither
problem-latitude-alone = a latitude without longitude: give both or neither
problem-confidential-cell = a confidential place (shelter) is never published with its address, postcode or point: leave this cell empty (only the commune is shown)
problem-place-without-commune = a place needs its commune (INSEE code, e.g. `50502`, or name)
problem-name-not-of-id = `{ $name }` is not the name of `{ $id }` ({ $actual }): the id is kept
problem-bad-territory-id = `{ $id }` is not a territory id (e.g. `epci:200042604`, `commune:50502`)
problem-write-commune-id = `{ $text }`: write the commune's id or INSEE code, such as `50502`
problem-write-territory-id = `{ $text }`: write the territory id, such as `departement:50`
problem-unknown-commune-name = `{ $text }` is not a commune of the directory: write its id (INSEE code, e.g. `50502`)
problem-unknown-territory-name = `{ $text }` is not a territory of the directory: write its id (e.g. `epci:200042604`)
problem-several-territories = `{ $text }` names several territories ({ $ids }): write the one meant in parentheses
problem-date-without-source = a source date without a source: give the source's title or page
problem-records-removed = { $count ->
    [one] { $count } record of { $file } is not in the sheet and is removed by this import
   *[other] { $count } records of { $file } are not in the sheet and are removed by this import
}: { $ids }
