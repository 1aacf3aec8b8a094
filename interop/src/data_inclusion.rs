//! France's data·inclusion schema v1: `structures.json` and `services.json`.
//!
//! [`export`] writes one structure per organisation and one service per contact point, with
//! `source` = `maillage`, ids `maillage--<id>`, `date_maj` = the day the record was verified
//! against its source page, else the page's own date. On import, `date_maj` becomes the source's
//! date and every record is to verify: a publisher's date is not a check by the committee.
//!
//! | ours | data·inclusion |
//! |---|---|
//! | categories | `thematiques`: every service gets `famille--surmonter-conflits-separation-violence`, plus the table below |
//! | audiences | `publics` (`tous` → `tous-publics` alone, `femmes`, `jeunes`, `enfants` → `familles`) and, word for word, `publics_precisions` |
//! | access modes, contacts | `modes_accueil`, `modes_mobilisation`, `mobilisable_par`, `telephone`, `courriel`, `lien_mobilisation` |
//! | location | `adresse`, `code_postal`, `code_insee`, `commune`, `latitude`, `longitude` — commune only for a confidential place |
//! | served area | `zone_eligibilite`: commune, EPCI and département codes, `france`; arrondissements, court districts and custom areas are written as their communes |
//! | hours | `horaires_accueil` (OSM syntax, as is) |
//! | free, conditions | `frais`, `conditions_acces` |
//!
//! | category | thématique (besides the violence one) |
//! |---|---|
//! | `hebergement` | `logement-hebergement--rechercher-une-solution-dhebergement-temporaire` |
//! | `soins` | `sante--acces-aux-soins` |
//! | `plainte`, `protection` | `difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire` |
//! | `juridique` | `difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits` |
//! | `social` | `difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives` |
//! | `psy` | `sante--sante-mentale` |
//! | `enfants` | `famille--soutien-a-la-parentalite-et-a-leducation` |
//! | `sante-sexuelle` | `sante--sante-sexuelle` |
//! | `urgence`, `ecoute`, `auteurs` | (the violence thématique only) |
//!
//! [`import`] reverses the table: the judicial thématique comes back as `plainte`; the violence
//! thématique alone comes back as `ecoute` (as `auteurs` for a service whose publics say
//! "Auteurs de violences"). Thématiques outside the table are reported, not dropped silently.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use maillage::{
    AccessMode, Audience, Category, Contact, ContactKind, Directory, Fault, Location,
    LocationPrecision, Point, Problem, ServedArea, Service, Source, SourceStatus, TerritoryId,
    TerritoryKind, Visibility, Where,
};
use serde_json::{json, Map, Value};

use crate::text::{non_empty, slug, UniqueIds};
use crate::{normalize_phone, published, ExportScope, Names, Note};

/// The producer id written in `source`.
pub const SOURCE: &str = "maillage";
/// The thématique of every violence service.
pub const VIOLENCE: &str = "famille--surmonter-conflits-separation-violence";
const JUDICIAL: &str =
    "difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire";

fn thematique(c: Category) -> Option<&'static str> {
    Some(match c {
        Category::Hebergement => {
            "logement-hebergement--rechercher-une-solution-dhebergement-temporaire"
        }
        Category::Soins => "sante--acces-aux-soins",
        Category::Plainte | Category::Protection => JUDICIAL,
        Category::Juridique => {
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"
        }
        Category::Social => {
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"
        }
        Category::Psy => "sante--sante-mentale",
        Category::Enfants => "famille--soutien-a-la-parentalite-et-a-leducation",
        Category::SanteSexuelle => "sante--sante-sexuelle",
        Category::Urgence | Category::Ecoute | Category::Auteurs => return None,
    })
}

/// Our category for a thématique, when the table (or its family) gives one.
fn category_of(t: &str) -> Option<Category> {
    if let Some(c) = Category::ALL
        .iter()
        .copied()
        .filter(|c| *c != Category::Protection)
        .find(|c| thematique(*c) == Some(t))
    {
        return Some(c);
    }
    let family = t.split("--").next().unwrap_or("");
    match (family, t) {
        (
            _,
            "difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination",
        ) => Some(Category::Juridique),
        ("logement-hebergement" | "difficultes-financieres" | "equipement-et-alimentation", _) => {
            Some(Category::Social)
        }
        _ => None,
    }
}

fn public_of(a: Audience) -> Option<&'static str> {
    match a {
        Audience::Tous => Some("tous-publics"),
        Audience::Femmes => Some("femmes"),
        Audience::Jeunes => Some("jeunes"),
        Audience::Enfants => Some("familles"),
        _ => None,
    }
}

/// An export: the two files, and what they could not say.
#[derive(Clone, Debug)]
pub struct Exported {
    /// `structures.json`: an array of structures.
    pub structures: Value,
    /// `services.json`: an array of services.
    pub services: Value,
    /// Warnings.
    pub problems: Vec<Problem>,
}

/// The reseaux porteurs an organisation's name points to.
fn reseaux(organisation: &str) -> Vec<&'static str> {
    let folded = format!(" {} ", maillage::fold(organisation));
    let table: &[(&str, &str)] = &[
        (" cidff ", "cidff"),
        (" chrs ", "chrs"),
        (" ccas ", "ccas-cias"),
        (" cias ", "ccas-cias"),
        (" centre communal d action sociale ", "ccas-cias"),
        (" caisse d allocations familiales ", "caf"),
        (" caf ", "caf"),
        (" departement de la ", "departements"),
        (" service integre d accueil et d orientation ", "siao"),
        (" siao ", "siao"),
        (" croix rouge ", "croix-rouge"),
        (" france victimes ", "points-justice"),
    ];
    let mut out: Vec<&str> = table
        .iter()
        .filter(|(k, _)| folded.contains(k))
        .map(|(_, v)| *v)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// `nom` between 3 and 150 characters, not ending with a full stop.
fn nom(text: &str, fallback: &str) -> String {
    let mut t = text.trim().trim_end_matches('.').trim_end().to_owned();
    if t.chars().count() < 3 {
        t = format!("{t} ({fallback})").trim().to_owned();
    }
    if t.chars().count() > 150 {
        t = t.chars().take(149).collect::<String>() + "…";
    }
    while t.chars().count() < 3 {
        t.push('.');
    }
    t
}

/// The directory as data·inclusion v1 structures and services.
///
/// `fallback_date` is the `date_maj` of records neither verified nor dated by their source page.
///
/// ```
/// let d = maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
/// let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
/// let out = maillage_interop::data_inclusion::export(&d, Default::default(), day);
/// let s = out.services.as_array().unwrap();
/// assert_eq!(s.len(), d.services.len());
/// assert!(s.iter().all(|s| s["thematiques"].as_array().unwrap()
///     .contains(&serde_json::json!("famille--surmonter-conflits-separation-violence"))));
/// ```
pub fn export(directory: &Directory, scope: ExportScope, fallback_date: NaiveDate) -> Exported {
    let names = Names::of(directory);
    let mut problems = Vec::new();
    let mut structures: BTreeMap<String, (String, NaiveDate)> = BTreeMap::new();
    let mut structure_ids: HashMap<String, String> = HashMap::new();
    let mut taken = UniqueIds::default();
    let mut services = Vec::new();
    for (i, (s, _)) in published(directory, scope).iter().enumerate() {
        let date = s
            .verified_on()
            .or_else(|| s.source.as_ref().and_then(|src| src.published_on))
            .unwrap_or(fallback_date);
        let sid = structure_ids
            .entry(s.organisation.clone())
            .or_insert_with(|| {
                format!(
                    "{SOURCE}--{}",
                    taken.take(&match slug(&s.organisation) {
                        x if x.is_empty() => "structure".to_owned(),
                        x => x,
                    })
                )
            })
            .clone();
        let entry = structures
            .entry(sid.clone())
            .or_insert((s.organisation.clone(), date));
        entry.1 = entry.1.max(date);
        services.push(service(s, &sid, i, date, &names, &mut problems));
    }
    let structures = structures
        .into_iter()
        .map(|(id, (organisation, date))| {
            let mut st = json!({
                "source": SOURCE,
                "id": id,
                "nom": nom(&organisation, "structure"),
                "date_maj": date.to_string(),
            });
            let r = reseaux(&organisation);
            if !r.is_empty() {
                st["reseaux_porteurs"] = json!(r);
            }
            st
        })
        .collect();
    Exported {
        structures: Value::Array(structures),
        services: Value::Array(services),
        problems,
    }
}

fn service(
    s: &Service,
    structure_id: &str,
    index: usize,
    date: NaiveDate,
    names: &Names<'_>,
    problems: &mut Vec<Problem>,
) -> Value {
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
        languages: _,     // data·inclusion has no languages
        accessibility: _, // nor accessibility of a service
        free,
        anonymous: _,
        conditions,
        source: _, // as date_maj (its verification date, else the page's date)
    } = s;
    let mut note = |field: &str, reason: Note| {
        problems.push(Problem::warning(
            Where::pointer("(data·inclusion export)", &format!("/{index}")),
            Some(id.clone()),
            Some(field.to_owned()),
            reason.into(),
        ))
    };
    let mut out = Map::new();
    out.insert("source".into(), json!(SOURCE));
    out.insert("structure_id".into(), json!(structure_id));
    out.insert("id".into(), json!(format!("{SOURCE}--{id}")));
    out.insert("nom".into(), json!(nom(name, organisation)));
    let generated = || {
        format!(
            "{name} ({organisation}) : {}.",
            categories
                .iter()
                .map(|c| c.label_fr())
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    out.insert(
        "description".into(),
        json!(description.clone().unwrap_or_else(generated)),
    );
    out.insert("date_maj".into(), json!(date.to_string()));
    out.insert("type".into(), json!("accompagnement"));

    let mut thematiques = vec![VIOLENCE];
    for c in categories {
        if let Some(t) = thematique(*c) {
            if !thematiques.contains(&t) {
                thematiques.push(t);
            }
        }
    }
    out.insert("thematiques".into(), json!(thematiques));

    let mut publics: Vec<&str> = audiences.iter().filter_map(|a| public_of(*a)).collect();
    if publics.contains(&"tous-publics") {
        publics = vec!["tous-publics"];
    }
    publics.dedup();
    if !publics.is_empty() {
        out.insert("publics".into(), json!(publics));
    }
    if !audiences.is_empty() {
        out.insert(
            "publics_precisions".into(),
            json!(audiences
                .iter()
                .map(|a| a.label_fr())
                .collect::<Vec<_>>()
                .join(", ")),
        );
    }

    let mut accueil = Vec::new();
    let mut mobilisation = Vec::new();
    for a in access {
        let (acc, mob) = match a {
            AccessMode::Telephone => ("a-distance", Some("telephoner")),
            AccessMode::Sms | AccessMode::EnLigne => ("a-distance", None),
            AccessMode::SurPlace => ("en-presentiel", Some("se-presenter")),
            AccessMode::RendezVous | AccessMode::Permanence => ("en-presentiel", None),
        };
        if !accueil.contains(&acc) {
            accueil.push(acc);
        }
        if let Some(m) = mob {
            if !mobilisation.contains(&m) {
                mobilisation.push(m);
            }
        }
    }
    let first = |k: ContactKind| contacts.iter().find(|c| c.kind == k);
    if let Some(p) = first(ContactKind::Phone) {
        out.insert("telephone".into(), json!(p.value));
        if !mobilisation.contains(&"telephoner") {
            mobilisation.push("telephoner");
        }
    }
    if let Some(e) = first(ContactKind::Email) {
        out.insert("courriel".into(), json!(e.value));
        mobilisation.push("envoyer-un-courriel");
    }
    if let Some(w) = first(ContactKind::Web) {
        out.insert("lien_mobilisation".into(), json!(w.value));
        mobilisation.push("utiliser-lien-mobilisation");
    }
    for kind in [
        ContactKind::Phone,
        ContactKind::Email,
        ContactKind::Web,
        ContactKind::Sms,
    ] {
        let n = contacts.iter().filter(|c| c.kind == kind).count();
        let kept = usize::from(kind != ContactKind::Sms);
        if n > kept {
            note(
                "contacts",
                Note::DataInclusionOnePerService {
                    kind: kind.as_str().to_owned(),
                    left_out: n - kept,
                },
            );
        }
    }
    if !accueil.is_empty() {
        out.insert("modes_accueil".into(), json!(accueil));
    }
    if !mobilisation.is_empty() {
        out.insert("modes_mobilisation".into(), json!(mobilisation));
    }
    let by = if audiences.as_slice() == [Audience::Professionnels] {
        vec!["professionnels"]
    } else {
        vec!["usagers", "professionnels"]
    };
    out.insert("mobilisable_par".into(), json!(by));

    if let Some(l) = location {
        let Location {
            address,
            postcode,
            commune,
            point,
            visibility,
            precision: _, // data·inclusion has no precision; the point is written as it is
        } = l;
        out.insert("code_insee".into(), json!(commune.code()));
        if let Some(n) = names.name(commune) {
            out.insert("commune".into(), json!(n));
        }
        // A confidential place shows its commune only, whatever was asked.
        if *visibility != Visibility::Confidentiel {
            if let Some(a) = address {
                out.insert("adresse".into(), json!(a));
            }
            if let Some(p) = postcode {
                out.insert("code_postal".into(), json!(p));
            }
            if let Some(Point { lat, lon }) = point {
                out.insert("latitude".into(), json!(lat));
                out.insert("longitude".into(), json!(lon));
            }
        }
    }

    let zone: Option<Vec<String>> = match served_area {
        ServedArea::National => Some(vec!["france".into()]),
        ServedArea::Territories(ts) => {
            let mut codes = Vec::new();
            for t in ts {
                match t.kind() {
                    TerritoryKind::Commune | TerritoryKind::Epci | TerritoryKind::Departement => {
                        codes.push(t.code().to_owned())
                    }
                    _ => {
                        let communes = names.communes_in(t);
                        if communes.is_empty() {
                            note(
                                "served_area",
                                Note::DataInclusionNoCode {
                                    territory: t.to_string(),
                                },
                            );
                        }
                        codes.extend(communes.iter().map(|c| c.id.code().to_owned()));
                    }
                }
            }
            codes.sort();
            codes.dedup();
            (!codes.is_empty()).then_some(codes)
        }
    };
    if let Some(z) = zone {
        out.insert("zone_eligibilite".into(), json!(z));
    }
    if let Some(h) = hours {
        out.insert("horaires_accueil".into(), json!(h));
    }
    if let Some(f) = free {
        out.insert("frais".into(), json!(if *f { "gratuit" } else { "payant" }));
    }
    if let Some(c) = conditions {
        out.insert("conditions_acces".into(), json!(c));
    }
    Value::Object(out)
}

// ---------------------------------------------------------------------------------------------
// Import.

/// How to import.
pub type ImportOptions<'a> = crate::hsds::ImportOptions<'a>;
/// What an import produced.
pub type Imported = crate::hsds::Imported;

fn str_of<'v>(o: &'v Map<String, Value>, key: &str) -> Option<&'v str> {
    o.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn strings<'v>(o: &'v Map<String, Value>, key: &str) -> Vec<&'v str> {
    o.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// Reads data·inclusion services (an array, or `{"items": […]}` as the API pages them), with
/// their structures when given (for the organisation names).
///
/// ```
/// let d = maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
/// let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
/// let out = maillage_interop::data_inclusion::export(&d, Default::default(), day);
/// let back = maillage_interop::data_inclusion::import(
///     &out.services.to_string(), Some(&out.structures.to_string()), &Default::default());
/// let umj = back.services.iter().find(|s| s.id == "umj-saint-lo").unwrap();
/// assert_eq!(umj.categories, vec![maillage::Category::Soins, maillage::Category::Psy]);
/// assert_eq!(umj.organisation, d.service("umj-saint-lo").unwrap().organisation);
/// ```
pub fn import(services: &str, structures: Option<&str>, options: &ImportOptions<'_>) -> Imported {
    let mut out = Imported::default();
    let size = services.len() + structures.map_or(0, str::len);
    if size > crate::MAX_IMPORT_BYTES {
        out.problems.push(Problem::error(
            Where::file(&options.file),
            None,
            None,
            Note::TooLarge {
                bytes: size,
                max: crate::MAX_IMPORT_BYTES,
            }
            .into(),
        ));
        return out;
    }
    let parse = |text: &str, file: &str, problems: &mut Vec<Problem>| -> Option<Value> {
        match serde_json::from_str::<Value>(text) {
            Ok(v) => Some(v),
            Err(e) => {
                problems.push(Problem::error(
                    Where {
                        file: file.to_owned(),
                        line: Some(e.line()),
                        pointer: None,
                    },
                    None,
                    None,
                    Fault::MalformedJson {
                        detail: e.to_string(),
                    },
                ));
                None
            }
        }
    };
    let list = |v: &Value| -> Option<Vec<Value>> {
        match v {
            Value::Array(a) => Some(a.clone()),
            Value::Object(o) => o.get("items").and_then(Value::as_array).cloned(),
            _ => None,
        }
    };
    let mut orgs: HashMap<String, String> = HashMap::new();
    if let Some(text) = structures {
        let file = "structures.json";
        if let Some(v) = parse(text, file, &mut out.problems) {
            for st in list(&v).unwrap_or_default() {
                if let (Some(id), Some(nom)) = (
                    st.get("id").and_then(Value::as_str),
                    st.get("nom").and_then(Value::as_str),
                ) {
                    orgs.insert(id.to_owned(), nom.to_owned());
                }
            }
        }
    }
    let Some(value) = parse(services, &options.file, &mut out.problems) else {
        return out;
    };
    let Some(items) = list(&value) else {
        out.problems.push(Problem::error(
            Where::file(&options.file),
            None,
            None,
            Note::NotDataInclusionServices.into(),
        ));
        return out;
    };
    let mut ids = UniqueIds::default();
    for (i, item) in items.iter().enumerate() {
        let ptr = format!("/{i}");
        let Some(o) = item.as_object() else {
            out.problems.push(Problem::error(
                Where::pointer(&options.file, &ptr),
                None,
                None,
                Note::NotAServiceObject.into(),
            ));
            continue;
        };
        let (s, national) = import_service(o, &ptr, &orgs, options, &mut ids, &mut out.problems);
        if national {
            out.national.push(crate::tidy(s));
        } else {
            out.services.push(crate::tidy(s));
        }
    }
    out
}

fn import_service(
    o: &Map<String, Value>,
    ptr: &str,
    orgs: &HashMap<String, String>,
    options: &ImportOptions<'_>,
    ids: &mut UniqueIds,
    problems: &mut Vec<Problem>,
) -> (Service, bool) {
    let di_id = str_of(o, "id").unwrap_or("").to_owned();
    let mut warn = |pointer: String, field: &str, reason: Note| {
        problems.push(Problem::warning(
            Where::pointer(&options.file, &pointer),
            Some(di_id.clone()),
            Some(field.to_owned()),
            reason.into(),
        ))
    };
    let own = di_id.strip_prefix(&format!("{SOURCE}--"));
    let id = ids.take(&slug(own.unwrap_or(&di_id)));

    // Audiences: our words in publics_precisions come back exactly.
    let precisions = str_of(o, "publics_precisions").unwrap_or("");
    let exact: Option<Vec<Audience>> = (!precisions.is_empty())
        .then(|| {
            precisions
                .split(", ")
                .map(|w| {
                    Audience::ALL
                        .iter()
                        .copied()
                        .find(|a| a.label_fr() == w.trim())
                })
                .collect()
        })
        .flatten();
    let audiences = match exact {
        Some(a) => a,
        None => {
            let mut a = Vec::new();
            for (i, p) in strings(o, "publics").iter().enumerate() {
                match *p {
                    "tous-publics" => a.push(Audience::Tous),
                    "femmes" => a.push(Audience::Femmes),
                    "jeunes" => a.push(Audience::Jeunes),
                    "familles" => a.push(Audience::Enfants),
                    other => warn(
                        format!("{ptr}/publics/{i}"),
                        "audiences",
                        Note::PublicUnmapped {
                            public: other.to_owned(),
                        },
                    ),
                }
            }
            if !precisions.is_empty() {
                warn(
                    format!("{ptr}/publics_precisions"),
                    "audiences",
                    Note::PublicsFreeText {
                        text: precisions.to_string(),
                    },
                );
            }
            a
        }
    };

    let mut categories = Vec::new();
    let mut violence = false;
    for (i, t) in strings(o, "thematiques").iter().enumerate() {
        if *t == VIOLENCE {
            violence = true;
            continue;
        }
        match category_of(t) {
            Some(c) if !categories.contains(&c) => categories.push(c),
            Some(_) => {}
            None => warn(
                format!("{ptr}/thematiques/{i}"),
                "categories",
                Note::ThematiqueUnmapped {
                    thematique: t.to_string(),
                },
            ),
        }
    }
    if audiences.contains(&Audience::Auteurs) {
        categories = vec![Category::Auteurs];
    } else if categories.is_empty() && violence {
        categories.push(Category::Ecoute);
    }
    if categories.is_empty() {
        warn(ptr.to_owned(), "categories", Note::NoCategoryFound);
    }

    let mut access = Vec::new();
    let modes = strings(o, "modes_mobilisation");
    let accueil = strings(o, "modes_accueil");
    if modes.contains(&"telephoner") {
        access.push(AccessMode::Telephone);
    }
    if modes.contains(&"se-presenter") {
        access.push(AccessMode::SurPlace);
    }
    if accueil.contains(&"en-presentiel") && !access.contains(&AccessMode::SurPlace) {
        access.push(AccessMode::RendezVous);
    }

    let mut contacts = Vec::new();
    if let Some(t) = str_of(o, "telephone") {
        let value = normalize_phone(t).unwrap_or_else(|| t.to_owned());
        let display = value
            .parse::<maillage::PhoneNumber>()
            .map(|n| n.display())
            .unwrap_or_else(|_| t.to_owned());
        contacts.push(Contact {
            kind: ContactKind::Phone,
            value,
            display: Some(display),
            label: None,
            visibility: Visibility::Public,
        });
    }
    if let Some(e) = str_of(o, "courriel") {
        contacts.push(Contact {
            kind: ContactKind::Email,
            value: e.to_owned(),
            display: None,
            label: None,
            visibility: Visibility::Public,
        });
    }
    if let Some(u) = str_of(o, "lien_mobilisation") {
        contacts.push(Contact {
            kind: ContactKind::Web,
            value: u.to_owned(),
            display: None,
            label: None,
            visibility: Visibility::Public,
        });
    }

    let location = match str_of(o, "code_insee") {
        Some(code) => match TerritoryId::new(&TerritoryKind::Commune, code) {
            Ok(commune) => Some(Location {
                address: str_of(o, "adresse").map(|a| match str_of(o, "complement_adresse") {
                    Some(c) => format!("{a}, {c}"),
                    None => a.to_owned(),
                }),
                postcode: str_of(o, "code_postal").map(str::to_owned),
                commune,
                point: match (
                    o.get("latitude").and_then(Value::as_f64),
                    o.get("longitude").and_then(Value::as_f64),
                ) {
                    (Some(lat), Some(lon)) => Some(Point { lat, lon }),
                    _ => None,
                },
                visibility: Visibility::Public,
                // A point from elsewhere is not known to be at the address.
                precision: LocationPrecision::Commune,
            }),
            Err(_) => {
                warn(
                    format!("{ptr}/code_insee"),
                    "location",
                    Note::BadInseeCode {
                        insee: code.to_owned(),
                    },
                );
                None
            }
        },
        None => {
            if str_of(o, "adresse").is_some() || str_of(o, "commune").is_some() {
                warn(ptr.to_owned(), "location", Note::AddressWithoutInsee);
            }
            None
        }
    };

    let mut national = false;
    let mut territories = Vec::new();
    for (i, z) in strings(o, "zone_eligibilite").iter().enumerate() {
        let kind = match z.len() {
            _ if *z == "france" || *z == "99100" => {
                national = true;
                continue;
            }
            9 if z.chars().all(|c| c.is_ascii_digit()) => TerritoryKind::Epci,
            5 => TerritoryKind::Commune,
            2 | 3 => TerritoryKind::Departement,
            _ => {
                warn(
                    format!("{ptr}/zone_eligibilite/{i}"),
                    "served_area",
                    Note::ZoneNotACode {
                        zone: z.to_string(),
                    },
                );
                continue;
            }
        };
        match TerritoryId::new(&kind, z) {
            Ok(t) => territories.push(t),
            Err(_) => warn(
                format!("{ptr}/zone_eligibilite/{i}"),
                "served_area",
                Note::ZoneNotACode {
                    zone: z.to_string(),
                },
            ),
        }
    }
    if !national && territories.is_empty() {
        warn(ptr.to_owned(), "served_area", Note::NoZone);
    }
    let served_area = if national {
        ServedArea::National
    } else {
        ServedArea::Territories(territories)
    };

    let free = match str_of(o, "frais") {
        Some("gratuit") => Some(true),
        Some("payant") => Some(false),
        _ => None,
    };
    let mut conditions = str_of(o, "conditions_acces").map(str::to_owned);
    for field in ["frais_precisions", "mobilisation_precisions"] {
        if let Some(text) = str_of(o, field) {
            conditions = Some(match conditions {
                Some(c) => format!("{c} {text}"),
                None => text.to_owned(),
            });
        }
    }
    let organisation = str_of(o, "structure_id")
        .map(|sid| {
            orgs.get(sid).cloned().unwrap_or_else(|| {
                warn(
                    format!("{ptr}/structure_id"),
                    "organisation",
                    Note::StructureNotFound {
                        structure: sid.to_owned(),
                    },
                );
                sid.to_owned()
            })
        })
        .unwrap_or_default();
    let published_on = str_of(o, "date_maj").and_then(|d| crate::text::date(d).ok());
    if published_on.is_none() {
        warn(
            format!("{ptr}/date_maj"),
            "source/published_on",
            Note::NoDateMaj,
        );
    }
    let source_title = if own.is_some() {
        format!("data·inclusion, source `{SOURCE}`")
    } else {
        match str_of(o, "source") {
            Some(src) => format!("data·inclusion, source `{src}`"),
            None if !options.source.is_empty() => options.source.clone(),
            None => format!("data·inclusion ({})", options.file),
        }
    };
    let name = non_empty(str_of(o, "nom").unwrap_or("")).unwrap_or_else(|| {
        warn(ptr.to_owned(), "name", Note::NoName);
        String::new()
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
            hours: str_of(o, "horaires_accueil").map(str::to_owned),
            languages: Vec::new(),
            accessibility: Default::default(),
            free,
            anonymous: None,
            conditions,
            source: Some(Source {
                title: source_title,
                url: str_of(o, "lien_source").map(str::to_owned),
                status: SourceStatus::ToVerify,
                verified_on: None,
                published_on,
            }),
        },
        national,
    )
}
