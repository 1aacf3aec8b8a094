//! Open Referral HSDS 3.0: service-oriented, dereferenced JSON.
//!
//! [`export`] writes an array of services shaped as the specification's `compiled/service.json`:
//! each with its `organization`, `phones`, `schedules` (from the OSM hours, see
//! [`crate::schedule`]), `service_areas`, `service_at_locations` with their `location`
//! (addresses, point and accessibility only where public), `languages`, and `attributes` whose
//! taxonomy terms carry our vocabularies:
//!
//! | taxonomy | codes |
//! |---|---|
//! | `maillage:categorie` | the [`maillage::Category`] slugs (`ecoute`, `sante-sexuelle`…) |
//! | `maillage:public` | the [`maillage::Audience`] slugs |
//! | `maillage:mode-acces` | the [`maillage::AccessMode`] slugs |
//! | `maillage:fiche` | `identifiant`, `anonyme`, `source`, `source-url`, `source-statut` (`verified`, `to-verify`), `source-date` (the page's date), `ligne-nationale`, `libelle-site-web` (with a `value`) |
//! | `maillage:visibilite` | on a location: `public`, `professionnels`, `confidentiel` (imported with its commune only: an address, postcode or point beside it is dropped, with a warning) |
//! | `maillage:precision` | on a location: `address`, `commune` |
//!
//! Identifiers are name-based UUIDs (v5) of the directory's scope and our ids: the same record
//! gets the same UUID in every export. Opening hours are kept verbatim in each schedule's
//! `notes` (`opening_hours: …`); when they are not purely weekly, a single schedule holds them as
//! a description. Service areas carry our territory id in `description` and the INSEE URI in
//! `uri` where there is one. `assured_date` is the day the record was verified against its
//! source; on import, another publisher's `assured_date` (or `last_modified`) becomes the
//! source's date and the record is to verify: their check is not the committee's.
//!
//! [`import`] reads such an array (or one service, or an API page `{"contents": […]}`, or
//! organizations with their `services`) from any source: our codes come back exactly, other
//! taxonomies' terms go through [`crate::category_for_term`], and whatever has no place in our
//! model is reported.

use std::collections::HashMap;

use maillage::{
    AccessMode, Accessibility, Audience, Category, Contact, ContactKind, Directory, Fault,
    Location, LocationPrecision, OpeningHours, Point, Problem, ServedArea, Service, Source,
    SourceStatus, TerritoryId, TerritoryKind, Visibility, Where,
};
use serde_json::{json, Map, Value};
use uuid::Uuid;

use crate::schedule::{byday, days_of_byday, describe, from_weekly, hhmm, minutes, to_weekly};
use crate::text::{non_empty, slug, UniqueIds};
use crate::{category_for_term, normalize_phone, published, ExportScope, Names, Note};

/// Taxonomy of our categories.
pub const TAXONOMY_CATEGORY: &str = "maillage:categorie";
/// Taxonomy of our audiences.
pub const TAXONOMY_AUDIENCE: &str = "maillage:public";
/// Taxonomy of our access modes.
pub const TAXONOMY_ACCESS: &str = "maillage:mode-acces";
/// Taxonomy of our record fields that HSDS has no place for.
pub const TAXONOMY_RECORD: &str = "maillage:fiche";
/// Taxonomy of a location's visibility.
pub const TAXONOMY_VISIBILITY: &str = "maillage:visibilite";
/// Taxonomy of a location's precision (is the point at the street address?).
pub const TAXONOMY_PRECISION: &str = "maillage:precision";
/// Prefix of the schedule notes holding the OSM opening hours.
pub const HOURS_NOTE: &str = "opening_hours: ";
/// Suffix of a phone's description (or a contact's title) visible to professionals only.
pub const PROFESSIONALS_ONLY: &str = "réservé aux professionnels";

const STEP_FREE: &str = "Entrée de plain-pied";
const NOT_STEP_FREE: &str = "Entrée avec marches";
const CONFIDENTIAL_PLACE: &str =
    "Lieu confidentiel : seule la commune est publiée, l'accès se fait par orientation.";

/// An export and what it could not say.
#[derive(Clone, Debug)]
pub struct Exported {
    /// The JSON: an array of services.
    pub json: Value,
    /// Warnings: parts of records HSDS has no place for.
    pub problems: Vec<Problem>,
}

struct Ids<'a> {
    scope: &'a str,
}

impl Ids<'_> {
    fn of(&self, kind: &str, key: &str) -> String {
        Uuid::new_v5(
            &Uuid::NAMESPACE_URL,
            format!("maillage:{}/{kind}/{key}", self.scope).as_bytes(),
        )
        .to_string()
    }
}

fn term(ids: &Ids<'_>, taxonomy: &str, code: &str, name: &str, description: &str) -> Value {
    json!({
        "id": ids.of("taxonomy_term", &format!("{taxonomy}/{code}")),
        "code": code,
        "name": name,
        "description": description,
        "taxonomy": taxonomy,
        "language": "fr",
    })
}

/// An attribute linking a record to a term of one of our taxonomies.
fn attribute(
    ids: &Ids<'_>,
    owner: &str,
    entity: &str,
    link_type: &str,
    term: Value,
    value: Option<&str>,
) -> Value {
    let term_id = term["id"].as_str().unwrap_or_default().to_owned();
    let mut a = json!({
        "id": ids.of("attribute", &format!("{owner}/{term_id}")),
        "link_id": owner,
        "link_type": link_type,
        "link_entity": entity,
        "taxonomy_term_id": term_id,
        "taxonomy_term": term,
    });
    if let Some(v) = value {
        a["value"] = json!(v);
    }
    a
}

/// The INSEE URI of a territory, where it has one.
fn insee_uri(id: &TerritoryId) -> Option<String> {
    let kind = match id.kind() {
        TerritoryKind::Commune => "commune",
        TerritoryKind::Epci => "intercommunalite",
        TerritoryKind::Arrondissement => "arrondissement",
        TerritoryKind::Departement => "departement",
        _ => return None,
    };
    Some(format!("http://id.insee.fr/geo/{kind}/{}", id.code()))
}

fn from_insee_uri(uri: &str) -> Option<TerritoryId> {
    let rest = uri
        .strip_prefix("http://id.insee.fr/geo/")
        .or_else(|| uri.strip_prefix("https://id.insee.fr/geo/"))?;
    let (kind, code) = rest.split_once('/')?;
    let kind = match kind {
        "commune" => TerritoryKind::Commune,
        "intercommunalite" => TerritoryKind::Epci,
        "arrondissement" => TerritoryKind::Arrondissement,
        "departement" => TerritoryKind::Departement,
        _ => return None,
    };
    TerritoryId::new(&kind, code.trim_end_matches('/')).ok()
}

/// The directory as HSDS 3.0 services (public view unless `scope.professional`).
///
/// ```
/// let d = maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
/// let out = maillage_interop::hsds::export(&d, Default::default());
/// let services = out.json.as_array().unwrap();
/// assert_eq!(services.len(), d.services.len());
/// assert_eq!(services[0]["status"], "active");
/// ```
pub fn export(directory: &Directory, scope: ExportScope) -> Exported {
    let names = Names::of(directory);
    let territory = directory.metadata.scope.to_string();
    let ids = Ids { scope: &territory };
    let mut problems = Vec::new();
    let services = published(directory, scope)
        .iter()
        .enumerate()
        .map(|(i, (s, national))| service(s, *national, i, &ids, &names, &mut problems))
        .collect();
    Exported {
        json: Value::Array(services),
        problems,
    }
}

fn service(
    s: &Service,
    national: bool,
    index: usize,
    ids: &Ids<'_>,
    names: &Names<'_>,
    problems: &mut Vec<Problem>,
) -> Value {
    // Every field named: what HSDS cannot hold is said here.
    let Service {
        id,
        name,
        organisation,
        description,
        categories,
        audiences,
        access,
        contacts,
        location,
        served_area,
        hours,
        languages,
        accessibility,
        free,
        anonymous,
        conditions,
        source,
    } = s;
    let sid = ids.of("service", id);
    let mut note = |field: &str, reason: Note| {
        problems.push(Problem::warning(
            Where::pointer("(hsds export)", &format!("/{index}")),
            Some(id.clone()),
            Some(field.to_owned()),
            reason.into(),
        ))
    };
    let mut out = Map::new();
    out.insert("id".into(), json!(sid));
    let org_id = ids.of("organization", organisation);
    out.insert("organization_id".into(), json!(org_id));
    out.insert("name".into(), json!(name));
    if let Some(d) = description {
        out.insert("description".into(), json!(d));
    }
    out.insert("status".into(), json!("active"));

    let marked = |label: &Option<String>, v: Visibility| -> Option<String> {
        match (label.as_deref(), v) {
            (l, Visibility::Professionnels) => Some(match l {
                Some(l) => format!("{l} — {PROFESSIONALS_ONLY}"),
                None => PROFESSIONALS_ONLY.to_owned(),
            }),
            (l, _) => l.map(str::to_owned),
        }
    };
    let mut phones = Vec::new();
    let mut emails = Vec::new();
    let mut webs = Vec::new();
    for (ci, c) in contacts.iter().enumerate() {
        match c.kind {
            ContactKind::Phone | ContactKind::Sms => {
                // The display form reads back as the same number (see `normalize_phone`).
                let number = match &c.display {
                    Some(d) if normalize_phone(d).as_deref() == Some(c.value.as_str()) => d,
                    _ => &c.value,
                };
                let mut p = json!({
                    "id": ids.of("phone", &format!("{id}/{ci}")),
                    "service_id": sid,
                    "number": number,
                    "type": if c.kind == ContactKind::Sms { "text" } else { "voice" },
                });
                if let Some(d) = marked(&c.label, c.visibility) {
                    p["description"] = json!(d);
                }
                phones.push(p);
            }
            ContactKind::Email => emails.push((ci, c)),
            ContactKind::Web => webs.push((ci, c)),
        }
    }
    let mut web_label = None;
    if let Some((ci, c)) = webs.first() {
        out.insert("url".into(), json!(c.value));
        web_label = c.label.clone();
        if c.visibility != Visibility::Public {
            note(
                &format!("contacts/{ci}"),
                Note::HsdsWebProOnly {
                    url: c.value.clone(),
                },
            );
        }
    }
    for (ci, c) in webs.iter().skip(1) {
        note(
            &format!("contacts/{ci}"),
            Note::HsdsOneUrl {
                url: c.value.clone(),
            },
        );
    }
    let mut person_contacts = Vec::new();
    for (n, (ci, c)) in emails.iter().enumerate() {
        if n == 0 && c.label.is_none() && c.visibility == Visibility::Public {
            out.insert("email".into(), json!(c.value));
            continue;
        }
        let mut contact = json!({
            "id": ids.of("contact", &format!("{id}/{ci}")),
            "service_id": sid,
            "email": c.value,
        });
        if let Some(l) = &c.label {
            contact["name"] = json!(l);
        }
        if c.visibility == Visibility::Professionnels {
            contact["title"] = json!(PROFESSIONALS_ONLY);
        }
        person_contacts.push(contact);
    }
    if let Some(c) = conditions {
        out.insert("application_process".into(), json!(c));
    }
    if let Some(f) = free {
        out.insert(
            "fees_description".into(),
            json!(if *f { "Gratuit" } else { "Payant" }),
        );
    }
    if !audiences.is_empty() {
        out.insert(
            "eligibility_description".into(),
            json!(audiences
                .iter()
                .map(|a| a.label_fr())
                .collect::<Vec<_>>()
                .join(", ")),
        );
    }
    if let Some(d) = s.verified_on() {
        out.insert("assured_date".into(), json!(d.to_string()));
    }
    out.insert("phones".into(), Value::Array(phones));

    // Schedules.
    let mut schedules = Vec::new();
    if let Some(h) = hours {
        let note_text = format!("{HOURS_NOTE}{h}");
        match h.parse::<OpeningHours>().ok().as_ref().and_then(to_weekly) {
            Some(w) if !w.spans.is_empty() => {
                for (k, span) in w.spans.iter().enumerate() {
                    let mut desc = describe(span);
                    if w.closed_on_public_holidays {
                        desc.push_str(" ; fermé les jours fériés");
                    }
                    schedules.push(json!({
                        "id": ids.of("schedule", &format!("{id}/{k}")),
                        "service_id": sid,
                        "freq": "WEEKLY",
                        "wkst": "MO",
                        "byday": byday(&span.days),
                        "opens_at": hhmm(span.opens),
                        "closes_at": hhmm(span.closes),
                        "description": desc,
                        "notes": note_text,
                    }));
                }
            }
            _ => schedules.push(json!({
                "id": ids.of("schedule", &format!("{id}/0")),
                "service_id": sid,
                "description": format!("Horaires (syntaxe OpenStreetMap) : {h}"),
                "notes": note_text,
            })),
        }
    }
    out.insert("schedules".into(), Value::Array(schedules));

    // Service areas.
    let areas: Vec<Value> = match served_area {
        ServedArea::National => vec![json!({
            "id": ids.of("service_area", &format!("{id}/national")),
            "service_id": sid,
            "name": "France",
            "description": "national",
        })],
        ServedArea::Territories(ts) => ts
            .iter()
            .map(|t| {
                let mut a = json!({
                    "id": ids.of("service_area", &format!("{id}/{t}")),
                    "service_id": sid,
                    "name": names.name(t).unwrap_or(t.as_str()),
                    "description": t.as_str(),
                });
                if let Some(u) = insee_uri(t) {
                    a["uri"] = json!(u);
                }
                a
            })
            .collect(),
    };
    out.insert("service_areas".into(), Value::Array(areas));

    // Location.
    let mut sals = Vec::new();
    if let Some(l) = location {
        let Location {
            address,
            postcode,
            commune,
            point,
            visibility,
            precision,
        } = l;
        let lid = ids.of("location", id);
        let commune_name = names.name(commune).unwrap_or(commune.code());
        let mut loc = json!({
            "id": lid,
            "location_type": "physical",
            "name": commune_name,
            "external_identifier": commune.code(),
            "external_identifier_type": "code-insee",
        });
        if *visibility == Visibility::Confidentiel {
            loc["description"] = json!(CONFIDENTIAL_PLACE);
        }
        // `public_view` already removed what the reader may not see; a confidential place
        // never shows more than its commune, whatever the caller asked.
        let shown = *visibility != Visibility::Confidentiel;
        if let (true, Some(Point { lat, lon })) = (shown, point) {
            loc["latitude"] = json!(lat);
            loc["longitude"] = json!(lon);
        }
        if shown && (address.is_some() || postcode.is_some()) {
            loc["addresses"] = json!([{
                "id": ids.of("address", id),
                "location_id": lid,
                "address_1": address.as_deref().unwrap_or(""),
                "city": commune_name,
                "state_province": names.departement_of(commune).map_or("", |d| d.name.as_str()),
                "postal_code": postcode.as_deref().unwrap_or(""),
                "country": "FR",
                "address_type": "physical",
            }]);
        }
        let Accessibility { step_free, details } = accessibility;
        if step_free.is_some() || details.is_some() {
            let mut a = json!({
                "id": ids.of("accessibility", id),
                "location_id": lid,
            });
            if let Some(sf) = step_free {
                a["description"] = json!(if *sf { STEP_FREE } else { NOT_STEP_FREE });
            }
            if let Some(d) = details {
                a["details"] = json!(d);
            }
            loc["accessibility"] = json!([a]);
        }
        loc["attributes"] = json!([
            attribute(
                ids,
                &lid,
                "location",
                "visibility",
                term(
                    ids,
                    TAXONOMY_VISIBILITY,
                    visibility.as_str(),
                    visibility.label_fr(),
                    visibility.label_en()
                ),
                None
            ),
            attribute(
                ids,
                &lid,
                "location",
                "precision",
                term(
                    ids,
                    TAXONOMY_PRECISION,
                    precision.as_str(),
                    precision.label_fr(),
                    precision.label_en()
                ),
                None
            )
        ]);
        sals.push(json!({
            "id": ids.of("service_at_location", id),
            "service_id": sid,
            "location_id": lid,
            "location": loc,
        }));
    } else if accessibility.step_free.is_some() || accessibility.details.is_some() {
        note("accessibility", Note::HsdsAccessibilityWithoutLocation);
    }
    out.insert("service_at_locations".into(), Value::Array(sals));

    out.insert(
        "languages".into(),
        Value::Array(
            languages
                .iter()
                .map(|code| {
                    json!({
                        "id": ids.of("language", &format!("{id}/{code}")),
                        "service_id": sid,
                        "name": language_name(code),
                        "code": code,
                    })
                })
                .collect(),
        ),
    );
    out.insert(
        "organization".into(),
        json!({
            "id": org_id,
            "name": organisation,
            "description": organisation,
        }),
    );
    out.insert("contacts".into(), Value::Array(person_contacts));

    let mut attributes = Vec::new();
    for c in categories {
        attributes.push(attribute(
            ids,
            &sid,
            "service",
            "category",
            term(
                ids,
                TAXONOMY_CATEGORY,
                c.as_str(),
                c.label_fr(),
                c.label_en(),
            ),
            None,
        ));
    }
    for a in audiences {
        attributes.push(attribute(
            ids,
            &sid,
            "service",
            "audience",
            term(
                ids,
                TAXONOMY_AUDIENCE,
                a.as_str(),
                a.label_fr(),
                a.label_en(),
            ),
            None,
        ));
    }
    for a in access {
        attributes.push(attribute(
            ids,
            &sid,
            "service",
            "access",
            term(ids, TAXONOMY_ACCESS, a.as_str(), a.label_fr(), a.label_en()),
            None,
        ));
    }
    let mut record = |code: &str, name: &str, value: &str| {
        attributes.push(attribute(
            ids,
            &sid,
            "service",
            "record",
            term(ids, TAXONOMY_RECORD, code, name, name),
            Some(value),
        ));
    };
    record("identifiant", "Identifiant maillage", id);
    if let Some(l) = &web_label {
        record("libelle-site-web", "Libellé du site web", l);
    }
    if national {
        record("ligne-nationale", "Ligne nationale", "oui");
    }
    if let Some(a) = anonymous {
        record("anonyme", "Anonyme", if *a { "oui" } else { "non" });
    }
    if let Some(src) = source {
        record("source", "Source", &src.title);
        if let Some(u) = &src.url {
            record("source-url", "Source (adresse)", u);
        }
        record("source-statut", "Statut de la source", src.status.as_str());
        if let Some(d) = src.published_on {
            record("source-date", "Date de la page source", &d.to_string());
        }
    }
    out.insert("attributes".into(), Value::Array(attributes));
    Value::Object(out)
}

fn language_name(code: &str) -> &str {
    match code {
        "fr" => "français",
        "en" => "anglais",
        "es" => "espagnol",
        "de" => "allemand",
        "it" => "italien",
        "pt" => "portugais",
        "ar" => "arabe",
        "ru" => "russe",
        "uk" => "ukrainien",
        "tr" => "turc",
        "ro" => "roumain",
        "pl" => "polonais",
        "zh" => "chinois",
        other => other,
    }
}

fn language_code(name: &str) -> Option<String> {
    let t = name.trim();
    if t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(t.to_ascii_lowercase());
    }
    let folded = maillage::fold(t);
    let table = [
        ("fr", &["francais", "french"][..]),
        ("en", &["anglais", "english"]),
        ("es", &["espagnol", "spanish"]),
        ("de", &["allemand", "german"]),
        ("it", &["italien", "italian"]),
        ("pt", &["portugais", "portuguese"]),
        ("ar", &["arabe", "arabic"]),
        ("ru", &["russe", "russian"]),
        ("uk", &["ukrainien", "ukrainian"]),
        ("tr", &["turc", "turkish"]),
        ("ro", &["roumain", "romanian"]),
        ("pl", &["polonais", "polish"]),
        ("zh", &["chinois", "chinese"]),
    ];
    table
        .iter()
        .find(|(_, names)| names.contains(&folded.as_str()))
        .map(|(c, _)| (*c).to_owned())
}

// ---------------------------------------------------------------------------------------------
// Import.

/// How to import.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions<'a> {
    /// The file name, to locate problems.
    pub file: String,
    /// The source title given to records that carry none (e.g. `Export HSDS de l'annuaire X`).
    pub source: String,
    /// Names of the directory the records are meant for, to resolve communes and areas.
    pub names: Names<'a>,
}

/// What an importer produced: the records (none dropped) and what could not be mapped.
#[derive(Clone, Debug, Default)]
pub struct Imported {
    /// Local services.
    pub services: Vec<Service>,
    /// National lines (served area `national`).
    pub national: Vec<Service>,
    /// Every term, area or field that could not be mapped, and every unreadable record.
    pub problems: Vec<Problem>,
}

/// The records of an HSDS file: an array of services, one service, an API page
/// (`{"contents": […]}`) or organizations with their `services`.
fn records(value: &Value) -> Vec<(String, &Map<String, Value>)> {
    fn visit<'v>(v: &'v Value, base: &str, out: &mut Vec<(String, &'v Map<String, Value>)>) {
        match v {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if let Value::Object(o) = item {
                        out.push((format!("{base}/{i}"), o));
                    }
                }
            }
            Value::Object(o) => out.push((base.to_owned(), o)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    let top = match value {
        Value::Object(o) if o.get("contents").is_some_and(Value::is_array) => {
            ("/contents", &o["contents"])
        }
        v => ("", v),
    };
    let mut found = Vec::new();
    visit(top.1, top.0, &mut found);
    for (ptr, o) in found {
        // An organization with services, not a service.
        match o.get("services") {
            Some(services) if services.is_array() && !o.contains_key("status") => {
                visit(services, &format!("{ptr}/services"), &mut out)
            }
            _ => out.push((ptr, o)),
        }
    }
    out
}

fn str_of<'v>(o: &'v Map<String, Value>, key: &str) -> Option<&'v str> {
    o.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn array<'v>(o: &'v Map<String, Value>, key: &str) -> &'v [Value] {
    o.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// HSDS fields with no place in our model, reported when they hold something.
const UNMAPPED_FIELDS: &[&str] = &[
    "alternate_name",
    "interpretation_services",
    "wait_time",
    "fees",
    "accreditations",
    "minimum_age",
    "maximum_age",
    "licenses",
    "alert",
    "program",
    "funding",
    "cost_options",
    "required_documents",
];

/// Reads an HSDS file.
///
/// ```
/// let d = maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
/// let out = maillage_interop::hsds::export(&d, Default::default());
/// let back = maillage_interop::hsds::import(&out.json.to_string(), &Default::default());
/// assert_eq!(back.services.len(), d.services.len());
/// let acjm = back.services.iter().find(|s| s.id == "acjm-coutances").unwrap();
/// assert_eq!(acjm.categories, d.service("acjm-coutances").unwrap().categories);
/// ```
pub fn import(text: &str, options: &ImportOptions<'_>) -> Imported {
    let mut out = Imported::default();
    if text.len() > crate::MAX_IMPORT_BYTES {
        out.problems.push(Problem::error(
            Where::file(&options.file),
            None,
            None,
            Note::TooLarge {
                bytes: text.len(),
                max: crate::MAX_IMPORT_BYTES,
            }
            .into(),
        ));
        return out;
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            out.problems.push(Problem::error(
                Where {
                    file: options.file.clone(),
                    line: Some(e.line()),
                    pointer: None,
                },
                None,
                None,
                Fault::MalformedJson {
                    detail: e.to_string(),
                },
            ));
            return out;
        }
    };
    let found = records(&value);
    if found.is_empty() {
        out.problems.push(Problem::error(
            Where::file(&options.file),
            None,
            None,
            Note::NoHsdsService.into(),
        ));
    }
    let mut ids = UniqueIds::default();
    for (ptr, o) in found {
        let (service, national) = import_service(o, &ptr, options, &mut ids, &mut out.problems);
        if national {
            out.national.push(crate::tidy(service));
        } else {
            out.services.push(crate::tidy(service));
        }
    }
    out
}

fn import_service(
    o: &Map<String, Value>,
    ptr: &str,
    options: &ImportOptions<'_>,
    ids: &mut UniqueIds,
    problems: &mut Vec<Problem>,
) -> (Service, bool) {
    let hsds_id = str_of(o, "id").unwrap_or("").to_owned();
    let record_name = str_of(o, "name").unwrap_or(&hsds_id).to_owned();
    let mut warn = |pointer: String, field: &str, reason: Note| {
        problems.push(Problem::warning(
            Where::pointer(&options.file, &pointer),
            Some(record_name.clone()),
            Some(field.to_owned()),
            reason.into(),
        ))
    };

    // Our attributes, and the other directories' terms.
    let mut categories = Vec::new();
    let mut audiences = Vec::new();
    let mut access = Vec::new();
    let mut record: HashMap<String, String> = HashMap::new();
    for (i, a) in array(o, "attributes").iter().enumerate() {
        let Some(a) = a.as_object() else { continue };
        let term = a.get("taxonomy_term").and_then(Value::as_object);
        let taxonomy = term.and_then(|t| str_of(t, "taxonomy")).unwrap_or("");
        let code = term.and_then(|t| str_of(t, "code")).unwrap_or("");
        let name = term.and_then(|t| str_of(t, "name")).unwrap_or("");
        let value = str_of(a, "value").unwrap_or("");
        let at = format!("{ptr}/attributes/{i}");
        match taxonomy {
            TAXONOMY_CATEGORY => match code.parse::<Category>() {
                Ok(c) => categories.push(c),
                Err(e) => warn(at, "categories", e.into()),
            },
            TAXONOMY_AUDIENCE => match code.parse::<Audience>() {
                Ok(c) => audiences.push(c),
                Err(e) => warn(at, "audiences", e.into()),
            },
            TAXONOMY_ACCESS => match code.parse::<AccessMode>() {
                Ok(c) => access.push(c),
                Err(e) => warn(at, "access", e.into()),
            },
            TAXONOMY_RECORD if !value.is_empty() => {
                record.insert(code.to_owned(), value.to_owned());
            }
            TAXONOMY_RECORD => {}
            _ => {
                let words = [name, code, value];
                let mapping = words
                    .iter()
                    .filter(|w| !w.is_empty())
                    .map(|w| category_for_term(w))
                    .find(|m| !m.is_empty());
                match mapping {
                    Some(m) => {
                        for c in m.categories {
                            if !categories.contains(&c) {
                                categories.push(c);
                            }
                        }
                        for a in m.audiences {
                            if !audiences.contains(&a) {
                                audiences.push(a);
                            }
                        }
                    }
                    None => warn(at, "categories", {
                        let term = if name.is_empty() { code } else { name }.to_owned();
                        if taxonomy.is_empty() {
                            Note::TaxonomyTermUnmapped { term }
                        } else {
                            Note::TaxonomyTermUnmappedIn {
                                term,
                                taxonomy: taxonomy.to_owned(),
                            }
                        }
                    }),
                }
            }
        }
    }
    if categories.is_empty() {
        warn(ptr.to_owned(), "categories", Note::NoCategoryFound);
    }

    let id = match record.get("identifiant").map(|s| slug(s)) {
        Some(s) if !s.is_empty() => ids.take(&s),
        _ => {
            let base = match slug(&record_name) {
                s if s.is_empty() => slug(&hsds_id),
                s => s,
            };
            ids.take(&base)
        }
    };
    let name = str_of(o, "name").map(str::to_owned).unwrap_or_else(|| {
        warn(ptr.to_owned(), "name", Note::NoName);
        String::new()
    });
    let org = o.get("organization").and_then(Value::as_object);
    let organisation = org
        .and_then(|org| str_of(org, "name"))
        .map(str::to_owned)
        .unwrap_or_else(|| {
            warn(ptr.to_owned(), "organisation", Note::NoOrganisationName);
            String::new()
        });

    // Contacts.
    let mut contacts = Vec::new();
    let visibility_of = |text: &str| -> (Option<String>, Visibility) {
        match text.strip_suffix(PROFESSIONALS_ONLY) {
            Some(rest) => (
                non_empty(rest.trim_end().trim_end_matches('—')),
                Visibility::Professionnels,
            ),
            None => (non_empty(text), Visibility::Public),
        }
    };
    for p in array(o, "phones") {
        let Some(p) = p.as_object() else { continue };
        let Some(number) = str_of(p, "number") else {
            continue;
        };
        let kind = match str_of(p, "type").map(maillage::fold).as_deref() {
            Some("text" | "sms") => ContactKind::Sms,
            _ => ContactKind::Phone,
        };
        let (label, visibility) = visibility_of(str_of(p, "description").unwrap_or(""));
        contacts.push(Contact {
            kind,
            value: normalize_phone(number).unwrap_or_else(|| number.to_owned()),
            display: Some(number.to_owned()),
            label,
            visibility,
        });
    }
    if let Some(e) = str_of(o, "email") {
        contacts.push(Contact {
            kind: ContactKind::Email,
            value: e.to_owned(),
            display: None,
            label: None,
            visibility: Visibility::Public,
        });
    }
    for (i, c) in array(o, "contacts").iter().enumerate() {
        let Some(c) = c.as_object() else { continue };
        let visibility = if str_of(c, "title") == Some(PROFESSIONALS_ONLY) {
            Visibility::Professionnels
        } else {
            Visibility::Public
        };
        if let Some(e) = str_of(c, "email") {
            contacts.push(Contact {
                kind: ContactKind::Email,
                value: e.to_owned(),
                display: None,
                label: str_of(c, "name").map(str::to_owned),
                visibility,
            });
        }
        if !array(c, "phones").is_empty() {
            warn(
                format!("{ptr}/contacts/{i}/phones"),
                "contacts",
                Note::ContactPersonPhones,
            );
        }
    }
    if let Some(u) = str_of(o, "url") {
        contacts.push(Contact {
            kind: ContactKind::Web,
            value: u.to_owned(),
            display: None,
            label: record.get("libelle-site-web").cloned(),
            visibility: Visibility::Public,
        });
    }
    if access.is_empty() && !record.contains_key("identifiant") {
        if contacts.iter().any(|c| c.kind == ContactKind::Phone) {
            access.push(AccessMode::Telephone);
        }
        if contacts.iter().any(|c| c.kind == ContactKind::Sms) {
            access.push(AccessMode::Sms);
        }
    }

    // Location.
    let sals = array(o, "service_at_locations");
    let mut location = None;
    let mut accessibility = Accessibility::default();
    if sals.len() > 1 {
        warn(
            format!("{ptr}/service_at_locations"),
            "location",
            Note::SeveralLocations { count: sals.len() },
        );
    }
    if let Some(loc) = sals
        .first()
        .and_then(|s| s.get("location"))
        .and_then(Value::as_object)
    {
        let lptr = format!("{ptr}/service_at_locations/0/location");
        let address = array(loc, "addresses")
            .iter()
            .filter_map(Value::as_object)
            .find(|a| str_of(a, "address_type") != Some("postal"));
        let mut postcode = address
            .and_then(|a| str_of(a, "postal_code"))
            .map(str::to_owned);
        let city = address.and_then(|a| str_of(a, "city"));
        let insee = match (
            str_of(loc, "external_identifier"),
            str_of(loc, "external_identifier_type"),
        ) {
            (Some(code), Some(t)) if maillage::fold(t).contains("insee") => {
                TerritoryId::new(&TerritoryKind::Commune, code).ok()
            }
            _ => None,
        };
        let commune = insee.or_else(|| {
            let by_name = city
                .map(|c| options.names.communes_named(c))
                .unwrap_or_default();
            let by_code = postcode
                .as_deref()
                .map(|p| options.names.communes_of_postcode(p))
                .unwrap_or_default();
            let both: Vec<TerritoryId> = by_name
                .iter()
                .filter(|c| by_code.contains(c))
                .cloned()
                .collect();
            match (both.as_slice(), by_name.as_slice(), by_code.as_slice()) {
                ([one], _, _) | ([], [one], _) => Some(one.clone()),
                ([], [], [one]) => Some(one.clone()),
                _ => None,
            }
        });
        let visibility = array(loc, "attributes")
            .iter()
            .filter_map(|a| a.get("taxonomy_term"))
            .filter(|t| t.get("taxonomy").and_then(Value::as_str) == Some(TAXONOMY_VISIBILITY))
            .find_map(|t| t.get("code").and_then(Value::as_str)?.parse().ok())
            .unwrap_or(Visibility::Public);
        // Another directory's point is not known to be at the address.
        let mut precision = array(loc, "attributes")
            .iter()
            .filter_map(|a| a.get("taxonomy_term"))
            .filter(|t| t.get("taxonomy").and_then(Value::as_str) == Some(TAXONOMY_PRECISION))
            .find_map(|t| t.get("code").and_then(Value::as_str)?.parse().ok())
            .unwrap_or(LocationPrecision::Commune);
        let mut point = match (
            loc.get("latitude").and_then(Value::as_f64),
            loc.get("longitude").and_then(Value::as_f64),
        ) {
            (Some(lat), Some(lon)) => Some(Point { lat, lon }),
            _ => None,
        };
        for a in array(loc, "accessibility")
            .iter()
            .filter_map(Value::as_object)
        {
            match str_of(a, "description") {
                Some(STEP_FREE) => accessibility.step_free = Some(true),
                Some(NOT_STEP_FREE) => accessibility.step_free = Some(false),
                Some(other) => {
                    let mut d = other.to_owned();
                    if let Some(x) = str_of(a, "details") {
                        d = format!("{d} — {x}");
                    }
                    accessibility.details = Some(d);
                    continue;
                }
                None => {}
            }
            if let Some(x) = str_of(a, "details") {
                accessibility.details = Some(x.to_owned());
            }
        }
        let mut street = address.and_then(|a| {
            let one = str_of(a, "address_1")?;
            Some(match str_of(a, "address_2") {
                Some(two) => format!("{one}, {two}"),
                None => one.to_owned(),
            })
        });
        // A confidential place (a shelter) keeps only its commune, whatever the file gives:
        // the importer never hands over what validation and every export refuse.
        if visibility == Visibility::Confidentiel {
            let given: Vec<&str> = [
                (
                    "address",
                    street.as_deref().is_some_and(|t| !t.trim().is_empty()),
                ),
                (
                    "postcode",
                    postcode.as_deref().is_some_and(|t| !t.trim().is_empty()),
                ),
                ("point", point.is_some()),
            ]
            .iter()
            .filter(|(_, present)| *present)
            .map(|(name, _)| *name)
            .collect();
            if !given.is_empty() {
                warn(
                    lptr.clone(),
                    "location",
                    Note::ConfidentialPlaceDetails {
                        fields: given.join(", "),
                    },
                );
            }
            (street, postcode, point) = (None, None, None);
            precision = LocationPrecision::Commune;
        }
        match commune {
            Some(commune) => {
                location = Some(Location {
                    address: street,
                    postcode,
                    commune,
                    point,
                    visibility,
                    precision,
                })
            }
            None => warn(
                lptr,
                "location",
                Note::CommuneNotFound {
                    place: [city, str_of(loc, "name")]
                        .iter()
                        .flatten()
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", "),
                },
            ),
        }
    }

    // Service areas.
    let mut national = record.get("ligne-nationale").map(String::as_str) == Some("oui");
    let mut territories = Vec::new();
    for (i, a) in array(o, "service_areas").iter().enumerate() {
        let Some(a) = a.as_object() else { continue };
        let description = str_of(a, "description").unwrap_or("");
        let name = str_of(a, "name").unwrap_or("");
        if description == "national" || maillage::fold(name) == "france" {
            national = true;
            continue;
        }
        let found = description
            .parse::<TerritoryId>()
            .ok()
            .or_else(|| str_of(a, "uri").and_then(from_insee_uri))
            .or_else(|| match options.names.named(name).as_slice() {
                [one] => Some(one.id.clone()),
                _ => None,
            });
        match found {
            Some(t) => territories.push(t),
            None => warn(
                format!("{ptr}/service_areas/{i}"),
                "served_area",
                Note::ServiceAreaUnmatched {
                    name: name.to_string(),
                },
            ),
        }
    }
    let served_area = if national {
        ServedArea::National
    } else {
        if territories.is_empty() {
            warn(ptr.to_owned(), "served_area", Note::NoServiceArea);
        }
        ServedArea::Territories(territories)
    };

    // Hours.
    let schedules = array(o, "schedules");
    let from_note = schedules
        .iter()
        .filter_map(|s| s.get("notes").and_then(Value::as_str))
        .find_map(|n| n.strip_prefix(HOURS_NOTE))
        .and_then(non_empty);
    let hours = from_note.or_else(|| {
        if schedules.is_empty() {
            return None;
        }
        let mut spans = Vec::new();
        for s in schedules.iter().filter_map(Value::as_object) {
            let weekly = str_of(s, "freq").is_none_or(|f| f.eq_ignore_ascii_case("weekly"));
            let days = str_of(s, "byday").and_then(days_of_byday);
            let opens = str_of(s, "opens_at").and_then(minutes);
            let closes = str_of(s, "closes_at").and_then(minutes);
            match (weekly, days, opens, closes) {
                (true, Some(days), Some(opens), Some(closes)) if closes > opens => {
                    spans.push(crate::schedule::Weekly {
                        days,
                        opens,
                        closes,
                    })
                }
                _ => {
                    warn(
                        format!("{ptr}/schedules"),
                        "hours",
                        Note::SchedulesNotWeekly {
                            descriptions: schedules
                                .iter()
                                .filter_map(|s| s.get("description").and_then(Value::as_str))
                                .collect::<Vec<_>>()
                                .join(" ; "),
                        },
                    );
                    return None;
                }
            }
        }
        Some(from_weekly(&spans, false))
    });

    let mut languages = Vec::new();
    for (i, l) in array(o, "languages").iter().enumerate() {
        let Some(l) = l.as_object() else { continue };
        match str_of(l, "code")
            .and_then(language_code)
            .or_else(|| str_of(l, "name").and_then(language_code))
        {
            Some(c) => languages.push(c),
            None => warn(
                format!("{ptr}/languages/{i}"),
                "languages",
                Note::UnknownLanguage {
                    language: str_of(l, "name")
                        .or(str_of(l, "code"))
                        .unwrap_or("")
                        .to_owned(),
                },
            ),
        }
    }

    let free = match str_of(o, "fees_description").map(maillage::fold).as_deref() {
        None => None,
        Some("gratuit" | "free" | "no fee" | "none") => Some(true),
        Some("payant") => Some(false),
        Some(_) => {
            warn(
                format!("{ptr}/fees_description"),
                "free",
                Note::FeesReduced {
                    fees: str_of(o, "fees_description").unwrap_or("").to_owned(),
                },
            );
            None
        }
    };
    let anonymous = match record.get("anonyme").map(String::as_str) {
        Some("oui") => Some(true),
        Some("non") => Some(false),
        _ => None,
    };
    for field in UNMAPPED_FIELDS {
        let present = match o.get(*field) {
            None | Some(Value::Null) => false,
            Some(Value::String(s)) => !s.trim().is_empty(),
            Some(Value::Array(a)) => !a.is_empty(),
            Some(_) => true,
        };
        if present {
            warn(
                format!("{ptr}/{field}"),
                field,
                Note::FieldNotImported {
                    field: field.to_string(),
                },
            );
        }
    }
    if !record.contains_key("identifiant") && str_of(o, "eligibility_description").is_some() {
        warn(
            format!("{ptr}/eligibility_description"),
            "audiences",
            Note::EligibilityFreeText,
        );
    }

    let assured = str_of(o, "assured_date").and_then(|d| crate::text::date(d).ok());
    // Ours say whether they were verified; another publisher's check is not the committee's:
    // its date is the source's date, and the record is to verify.
    let status = record.get("source-statut").and_then(|s| s.parse().ok());
    let (status, verified_on, published_on) = match status {
        Some(SourceStatus::Verified) => (SourceStatus::Verified, assured, None),
        Some(SourceStatus::ToVerify) => (SourceStatus::ToVerify, None, None),
        None => {
            let date = assured.or_else(|| {
                let d = str_of(o, "last_modified")?.get(0..10)?;
                crate::text::date(d).ok()
            });
            match date {
                Some(d) => warn(
                    ptr.to_owned(),
                    "source/status",
                    Note::PublisherDate {
                        date: d.to_string(),
                    },
                ),
                None => warn(ptr.to_owned(), "source/published_on", Note::NoDate),
            }
            (SourceStatus::ToVerify, None, date)
        }
    };
    let published_on = published_on.or_else(|| {
        record
            .get("source-date")
            .and_then(|d| crate::text::date(d).ok())
    });
    let source = Some(Source {
        title: match record.get("source") {
            Some(title) => title.clone(),
            None if options.source.is_empty() => format!("Import HSDS ({})", options.file),
            None => options.source.clone(),
        },
        url: record.get("source-url").cloned(),
        status,
        verified_on,
        published_on,
    });

    (
        Service {
            id,
            name,
            organisation,
            description: str_of(o, "description").map(str::to_owned),
            categories,
            audiences,
            access,
            contacts,
            location,
            served_area,
            hours,
            languages,
            accessibility,
            free,
            anonymous,
            conditions: str_of(o, "application_process").map(str::to_owned),
            source,
        },
        national,
    )
}
