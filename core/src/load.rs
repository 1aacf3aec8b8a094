//! Building a [`Directory`] from the files of a directory folder, reporting every problem.
//!
//! A directory folder holds:
//! - `directory.json` — [`Metadata`];
//! - `services.json` — `{"services": [Service, …]}`, local contact points;
//! - `national.json` — `{"national": [Service, …]}`, national lines;
//! - `places.json` — `{"places": [Place, …]}`, the names people type;
//! - `pathways.json` — `{"steps": [PathwayStep, …]}`, the exit pathway;
//! - `leads.json` — `{"leads": [{"territory", "theme", "partner", "service"}, …]}`, the lead
//!   partners ("chefs de file") per territory and theme, merged into the territories;
//! - `territories/*.geojson` — GeoJSON FeatureCollections of MultiPolygon territories, with
//!   `id` = `kind:code` and properties `kind`, `name`, `parents`, `population`, `leads`;
//! - `i18n/<tag>.json` — [`LanguageTexts`](crate::LanguageTexts): the steps' and national
//!   lines' texts in another language, complete (every step, every national text).
//!
//! Other files (`ATTRIBUTION.md`…) are ignored; an unexpected `.json` file gets a warning, never a
//! silent skip. This module does no I/O: the caller reads the files and hands over their text.
//!
//! The two generated files, territories and places, are also written here
//! ([`territories_file`], [`places_file`]), through the same record types as they are read: the
//! data pipeline (`cargo xtask data`) writes no format of its own.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::directory::{Directory, Metadata, Place};
use crate::fault::Fault;
use crate::pathway::PathwayStep;
use crate::service::Category;
use crate::service::Service;
use crate::territory::{LeadPartner, Territory, TerritoryId, TerritoryKind};
use crate::texts::{is_translation_tag, LanguageTexts, Translations};
use crate::validate::{check, Origins, Problem, Report, Where};

/// One file of a directory folder: its path relative to the folder (`/`-separated) and its text.
///
/// ```
/// use maillage::SourceFile;
/// let f = SourceFile::new("services.json", r#"{"services": []}"#);
/// assert_eq!(f.path, "services.json");
/// ```
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path inside the directory folder, such as `territories/communes.geojson`.
    pub path: String,
    /// The file's text.
    pub text: String,
}

impl SourceFile {
    /// A file from its path and text.
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }
}

/// Loads a directory from its files and checks it.
///
/// Returns the directory when there is no error (warnings allowed), and in every case the report.
/// `today` enables the date checks: dates in the future, source pages more than 2 years old and
/// verifications more than 12 months old.
///
/// ```
/// use maillage::{load, SourceFile};
/// let files = [
///     SourceFile::new("directory.json", r#"{"name":"T","scope":"departement:50","version":"1"}"#),
///     SourceFile::new("services.json", r#"{"services": [{"id": "x", "name": "X"}]}"#),
/// ];
/// let (directory, report) = load(&files, None);
/// assert!(directory.is_none());
/// let p = report.errors().find(|p| p.record.as_deref() == Some("x")).unwrap();
/// assert_eq!(p.at.pointer.as_deref(), Some("/services/0"));
/// assert!(p.to_string().contains("missing field `organisation`"));
/// ```
pub fn load(files: &[SourceFile], today: Option<NaiveDate>) -> (Option<Directory>, Report) {
    let mut problems = Vec::new();
    let mut origins = Origins::default();
    let mut metadata = None;
    let mut territories = Vec::new();
    let mut places = Vec::new();
    let mut services = Vec::new();
    let mut national = Vec::new();
    let mut pathways = Vec::new();
    let mut leads: Vec<(TerritoryLead, Where)> = Vec::new();
    let mut translations = Translations::default();
    let mut translation_files = Vec::new();

    let mut sorted: Vec<&SourceFile> = files.iter().collect();
    sorted.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    for file in sorted {
        let path = file.path.as_str();
        let is_json = path.ends_with(".json") || path.ends_with(".geojson");
        if !is_json {
            continue;
        }
        let Some(value) = parse_json(file, &mut problems) else {
            continue;
        };
        match path {
            "directory.json" => match serde_path_to_error::deserialize::<_, Metadata>(value) {
                Ok(m) => metadata = Some(m),
                Err(e) => problems.push(record_error(file, "", None, e)),
            },
            "services.json" => {
                read_records(file, value, "services", &mut problems, |s: Service, ptr| {
                    origins.services.insert(s.id.clone(), ptr);
                    services.push(s);
                });
            }
            "national.json" => {
                read_records(file, value, "national", &mut problems, |s: Service, ptr| {
                    origins.services.insert(s.id.clone(), ptr);
                    national.push(s);
                });
            }
            "pathways.json" => {
                read_records(
                    file,
                    value,
                    "steps",
                    &mut problems,
                    |s: PathwayStep, ptr| {
                        origins.steps.insert(s.id.clone(), ptr);
                        pathways.push(s);
                    },
                );
            }
            "leads.json" => {
                read_records(
                    file,
                    value,
                    "leads",
                    &mut problems,
                    |l: TerritoryLead, ptr| {
                        leads.push((l, ptr));
                    },
                );
            }
            "places.json" => {
                read_records(file, value, "places", &mut problems, |p: Place, ptr| {
                    origins.places.insert(p.id.clone(), ptr);
                    places.push(p);
                });
            }
            p if p.starts_with("i18n/") && p.ends_with(".json") => {
                let tag = &p["i18n/".len()..p.len() - ".json".len()];
                if !is_translation_tag(tag) {
                    problems.push(Problem::error(
                        Where::file(p),
                        None,
                        None,
                        Fault::NotALanguageFile,
                    ));
                    continue;
                }
                match serde_path_to_error::deserialize::<_, LanguageTexts>(value) {
                    Ok(texts) => {
                        translation_files.push((p.to_owned(), tag.to_owned()));
                        translations.languages.insert(tag.to_owned(), texts);
                    }
                    Err(e) => problems.push(record_error(file, "", None, e)),
                }
            }
            p if p.starts_with("territories/") && p.ends_with(".geojson") => {
                read_records(file, value, "features", &mut problems, |f: Feature, ptr| {
                    let t = f.into_territory();
                    origins.territories.insert(t.id.clone(), ptr);
                    territories.push(t);
                });
            }
            _ => problems.push(Problem::warning(
                Where::file(path),
                None,
                None,
                Fault::NotADirectoryFile,
            )),
        }
    }

    let Some(metadata) = metadata else {
        problems.push(Problem::error(
            Where::file("directory.json"),
            None,
            None,
            Fault::MissingMetadata,
        ));
        return (None, Report::new(problems, None));
    };
    territories.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    places.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    for (lead, at) in leads {
        match territories.binary_search_by(|t| t.id.cmp(&lead.territory)) {
            Ok(i) => territories[i].leads.push(LeadPartner {
                theme: lead.theme,
                partner: lead.partner,
                service: lead.service,
            }),
            Err(_) => problems.push(Problem::error(
                at,
                Some(lead.territory.to_string()),
                Some("territory".into()),
                Fault::UnknownTerritory {
                    id: lead.territory.to_string(),
                },
            )),
        }
    }
    let directory = Directory {
        metadata,
        territories,
        places,
        services,
        national,
        pathways,
        translations,
    };
    for (path, tag) in translation_files {
        let text = files
            .iter()
            .find(|f| f.path == path)
            .map_or("", |f| f.text.as_str());
        let texts = &directory.translations.languages[&tag];
        for gap in crate::texts::check(&tag, texts, &directory) {
            let key = gap.pointer.rsplit('/').next().unwrap_or_default();
            let at = Where {
                line: crate::validate::key_line(text, key),
                ..Where::pointer(&path, &gap.pointer)
            };
            problems.push(Problem::error(at, gap.record, gap.field, gap.reason));
        }
    }
    let origins = origins.with_lines(files);
    problems.extend(check(&directory, &origins, today));
    let report = Report::new(problems, Some(&directory));
    if report.errors().next().is_some() {
        (None, report)
    } else {
        (Some(directory), report)
    }
}

fn parse_json(file: &SourceFile, problems: &mut Vec<Problem>) -> Option<Value> {
    match serde_json::from_str::<Value>(&file.text) {
        Ok(v) => Some(v),
        Err(e) => {
            let detail = e.to_string();
            let reason = match e.classify() {
                serde_json::error::Category::Eof => Fault::TruncatedJson { detail },
                _ => Fault::MalformedJson { detail },
            };
            problems.push(Problem::error(
                Where {
                    file: file.path.clone(),
                    line: Some(e.line()),
                    pointer: None,
                },
                None,
                None,
                reason,
            ));
            None
        }
    }
}

/// Reads `{"<key>": [record, …]}`, deserializing each record on its own so that one bad record
/// is reported (with its pointer and field) and the others still load.
fn read_records<T: DeserializeOwned>(
    file: &SourceFile,
    value: Value,
    key: &str,
    problems: &mut Vec<Problem>,
    mut accept: impl FnMut(T, Where),
) {
    let Value::Object(mut map) = value else {
        problems.push(Problem::error(
            Where::pointer(&file.path, ""),
            None,
            None,
            Fault::ExpectedObjectWithList {
                key: key.to_owned(),
            },
        ));
        return;
    };
    let Some(Value::Array(items)) = map.remove(key) else {
        problems.push(Problem::error(
            Where::pointer(&file.path, ""),
            None,
            None,
            Fault::ExpectedList {
                key: key.to_owned(),
            },
        ));
        return;
    };
    for (i, item) in items.into_iter().enumerate() {
        let ptr = format!("/{key}/{i}");
        let id = item.get("id").and_then(Value::as_str).map(str::to_owned);
        match serde_path_to_error::deserialize::<_, T>(item) {
            Ok(record) => accept(record, Where::pointer(&file.path, &ptr)),
            Err(e) => problems.push(record_error(file, &ptr, id, e)),
        }
    }
}

fn record_error(
    file: &SourceFile,
    base: &str,
    id: Option<String>,
    e: serde_path_to_error::Error<serde_json::Error>,
) -> Problem {
    let segments: Vec<String> = e
        .path()
        .iter()
        .filter_map(|s| match s {
            serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
            serde_path_to_error::Segment::Map { key } => Some(key.clone()),
            serde_path_to_error::Segment::Enum { variant } => Some(variant.clone()),
            serde_path_to_error::Segment::Unknown => None,
        })
        .collect();
    let field = segments.first().cloned();
    let mut pointer = base.to_owned();
    for s in &segments {
        pointer.push('/');
        pointer.push_str(s);
    }
    let inner = e.into_inner().to_string();
    // serde_json appends " at line L column C" relative to the record: drop it, we give our own.
    let detail = inner
        .rsplit_once(" at line ")
        .map_or(inner.clone(), |(r, _)| r.to_owned());
    let line = crate::validate::line_of_pointer(&file.text, &pointer)
        .or_else(|| crate::validate::line_of_pointer(&file.text, base));
    Problem::error(
        Where {
            file: file.path.clone(),
            line,
            pointer: Some(pointer),
        },
        id,
        field,
        Fault::UnreadableField { detail },
    )
}

/// A line of `leads.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TerritoryLead {
    territory: TerritoryId,
    theme: Category,
    partner: String,
    #[serde(default)]
    service: Option<String>,
}

/// `territories/*.geojson` as [`load`] reads it: a GeoJSON FeatureCollection, one territory
/// per line in the order given, MultiPolygon coordinates as `[lon, lat]`.
///
/// ```
/// let bytes = include_bytes!("../data/manche.maillage");
/// let directory = maillage::bundle::decode(bytes).unwrap();
/// let epci: Vec<_> =
///     directory.territories.iter().filter(|t| t.id.as_str().starts_with("epci:")).cloned().collect();
/// let text = maillage::territories_file(&epci);
/// assert_eq!(text.lines().count(), epci.len() + 2);
/// assert!(text.lines().nth(1).unwrap().starts_with(r#"{"type":"Feature","id":"epci:"#));
/// ```
pub fn territories_file(territories: &[Territory]) -> String {
    let features = territories.iter().map(Feature::from);
    lines_of("{\"type\":\"FeatureCollection\",\"features\":[", features)
}

/// `places.json` as [`load`] reads it: one place per line in the order given.
///
/// ```
/// let bytes = include_bytes!("../data/manche.maillage");
/// let directory = maillage::bundle::decode(bytes).unwrap();
/// let text = maillage::places_file(&directory.places[..2]);
/// assert!(text.starts_with("{\"places\":[\n{\"id\":\"commune"));
/// assert_eq!(text.lines().count(), 4);
/// ```
pub fn places_file(places: &[Place]) -> String {
    lines_of("{\"places\":[", places.iter())
}

/// `head`, then one JSON value per line separated by commas, then `]}`.
fn lines_of<T: Serialize>(head: &str, items: impl Iterator<Item = T>) -> String {
    let mut out = String::from(head);
    for (i, item) in items.enumerate() {
        out.push_str(if i > 0 { ",\n" } else { "\n" });
        // These records hold strings, numbers and finite coordinates: serializing cannot fail.
        out.push_str(&serde_json::to_string(&item).unwrap_or_default());
    }
    out.push_str("\n]}\n");
    out
}

/// A GeoJSON Feature holding a territory.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Feature {
    #[serde(rename = "type")]
    _type: FeatureTag,
    id: TerritoryId,
    properties: Properties,
    geometry: Geometry,
}

#[derive(Deserialize, Serialize)]
enum FeatureTag {
    Feature,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Properties {
    kind: TerritoryKind,
    name: String,
    #[serde(default)]
    parents: Vec<TerritoryId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    leads: Vec<LeadPartner>,
    #[serde(default)]
    population: Option<u32>,
}

#[derive(Deserialize, Serialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
    Polygon(Vec<Vec<[f64; 2]>>),
}

impl From<&Territory> for Feature {
    fn from(t: &Territory) -> Self {
        Feature {
            _type: FeatureTag::Feature,
            id: t.id.clone(),
            properties: Properties {
                kind: t.kind.clone(),
                name: t.name.clone(),
                parents: t.parents.clone(),
                leads: t.leads.clone(),
                population: t.population,
            },
            geometry: Geometry::MultiPolygon(crate::geometry::to_coordinates(&t.geometry)),
        }
    }
}

impl Feature {
    fn into_territory(self) -> Territory {
        let coords = match self.geometry {
            Geometry::MultiPolygon(c) => c,
            Geometry::Polygon(p) => vec![p],
        };
        Territory {
            id: self.id,
            kind: self.properties.kind,
            name: self.properties.name,
            parents: self.properties.parents,
            leads: self.properties.leads,
            population: self.properties.population,
            geometry: crate::geometry::from_coordinates(coords),
        }
    }
}

impl Origins {
    /// Adds line numbers to every origin, from the files' text (one pass per file).
    fn with_lines(mut self, files: &[SourceFile]) -> Self {
        let mut lines: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
        for f in files {
            for key in [
                "services", "national", "places", "features", "steps", "leads",
            ] {
                let l = crate::validate::element_lines(&f.text, key);
                if !l.is_empty() {
                    lines.insert((f.path.as_str(), key), l);
                }
            }
        }
        for w in self
            .services
            .values_mut()
            .chain(self.places.values_mut())
            .chain(self.territories.values_mut())
            .chain(self.steps.values_mut())
        {
            let Some(ptr) = &w.pointer else { continue };
            let mut parts = ptr.split('/').skip(1);
            if let (Some(key), Some(Ok(i))) = (parts.next(), parts.next().map(str::parse::<usize>))
            {
                w.line = lines
                    .get(&(w.file.as_str(), key))
                    .and_then(|l| l.get(i).copied());
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The generated files read back as the very territories and places they were written from
    /// (coordinates bit-identical), so the pipeline and the loader cannot drift apart.
    #[test]
    fn written_territories_and_places_load_back_unchanged() {
        let d = crate::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
        let files = [
            SourceFile::new(
                "directory.json",
                serde_json::to_string(&d.metadata).unwrap(),
            ),
            SourceFile::new("territories/all.geojson", territories_file(&d.territories)),
            SourceFile::new("places.json", places_file(&d.places)),
        ];
        let (loaded, report) = load(&files, None);
        let loaded = loaded.unwrap_or_else(|| panic!("{:#?}", report.problems));
        assert_eq!(loaded.territories, d.territories);
        assert_eq!(loaded.places, d.places);
    }
}
