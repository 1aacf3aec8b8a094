//! # maillage-interop
//!
//! Exchanging a maillage [`Directory`] with the tools around it, in both directions:
//!
//! - [`spreadsheet`] — the coordinator's round trip: the services as a CSV file to edit in a
//!   spreadsheet (French headers, one row per contact point), read back with every problem named
//!   by row and column. Export then import loses nothing (see the module for the column template).
//! - [`hsds`] — Open Referral HSDS 3.0, service-oriented and dereferenced: an array of services
//!   shaped as `compiled/service.json`, with organization, location, phones, schedules converted
//!   from the OSM opening hours ([`schedule`]), service areas, languages, accessibility and our
//!   vocabularies as taxonomy terms. Import maps other directories' taxonomies to our categories.
//! - [`data_inclusion`] — France's data·inclusion schema v1: `structures.json` and
//!   `services.json`, thématiques, publics, `horaires_accueil` in OSM syntax, zones by commune,
//!   EPCI and département codes. Import maps thématiques back to our categories.
//!
//! ## What public exports never contain
//!
//! Every export meant for others (HSDS, data·inclusion) goes through [`public_view`] first: a
//! `confidentiel` location (a shelter) keeps only its commune — no address, postcode or point —
//! and `professionnels` locations and contacts are left out unless the caller asks for the
//! professionals' view. Contacts are never `confidentiel` (the core refuses them); if one slipped
//! through it would be dropped as well. The spreadsheet is the coordinator's working file, not a
//! publication: it carries professionals-only contacts (marked `[professionnels]`) so that the
//! round trip loses nothing, but never a confidential location's address, postcode or point.
//!
//! ## No silent loss on import
//!
//! Importers never drop a record without saying so: every term, area or field that could not be
//! mapped is reported as a [`maillage::Problem`] naming the input record and the JSON pointer.
//!
//! ```
//! let directory = maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
//! let csv = maillage_interop::spreadsheet::write(&directory, &Default::default());
//! let names = maillage_interop::Names::of(&directory);
//! let sheet = maillage_interop::spreadsheet::read(csv.as_bytes(), &names);
//! assert!(sheet.is_valid(), "{:?}", sheet.problems);
//! let services: Vec<_> = sheet.rows.into_iter().map(|r| r.service).collect();
//! assert_eq!(services, directory.services);
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod data_inclusion;
pub mod hsds;
mod mapping;
mod note;
pub mod schedule;
pub mod spreadsheet;
mod text;

use maillage::{
    Category, Contact, Directory, Location, Place, Service, Territory, TerritoryId, TerritoryKind,
    Visibility,
};
use serde::Serialize;

pub use mapping::{category_for_term, TermMapping};
#[doc(hidden)]
pub use note::every_note;
pub use note::Note;
pub use text::{normalize_phone, slug};

/// The largest file an importer reads (a spreadsheet, an HSDS or data·inclusion export):
/// 32 MiB, hundreds of times a département's directory. Past it, the importer refuses the file
/// with one clear error rather than parsing it.
pub const MAX_IMPORT_BYTES: usize = 32 * 1024 * 1024;

/// What a public export covers: local services (and national lines), for the public (default)
/// or for professionals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportScope {
    /// Include national lines (served area `national`) besides the local services.
    pub national: bool,
    /// Include `professionnels` locations and contacts (never `confidentiel` ones).
    pub professional: bool,
}

/// What a service looks like in an export for the public (or for professionals).
///
/// A `confidentiel` location keeps only its commune and visibility; so does a `professionnels`
/// one unless `professional` is set. Contacts not visible to the reader are removed.
///
/// ```
/// use maillage::{Service, Visibility};
/// let d = maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
/// let shelter = d.services.iter()
///     .find(|s| s.location.as_ref().is_some_and(|l| l.visibility == Visibility::Confidentiel))
///     .unwrap();
/// let public = maillage_interop::public_view(shelter, false);
/// let l = public.location.unwrap();
/// assert!(l.address.is_none() && l.postcode.is_none() && l.point.is_none());
/// let umj = maillage_interop::public_view(d.service("umj-saint-lo").unwrap(), false);
/// assert!(umj.contacts.iter().all(|c| c.visibility == Visibility::Public));
/// ```
pub fn public_view(service: &Service, professional: bool) -> Service {
    let visible = |v: Visibility| v.shown_to(maillage::Viewer::professional_if(professional));
    let mut s = service.clone();
    s.contacts.retain(|c| visible(c.visibility));
    if let Some(l) = &mut s.location {
        if !visible(l.visibility) {
            *l = Location {
                address: None,
                postcode: None,
                commune: l.commune.clone(),
                point: None,
                visibility: l.visibility,
                precision: maillage::LocationPrecision::Commune,
            };
        }
    }
    s
}

/// The services an export covers, each with whether it is a national line, after
/// [`public_view`].
pub fn published(directory: &Directory, scope: ExportScope) -> Vec<(Service, bool)> {
    let local = directory.services.iter().map(|s| (s, false));
    let national = directory
        .national
        .iter()
        .filter(|_| scope.national)
        .map(|s| (s, true));
    local
        .chain(national)
        .map(|(s, n)| (public_view(s, scope.professional), n))
        .collect()
}

/// Trims every text of a record and turns empty optional texts into absent ones, as the
/// spreadsheet reads them: importers hand over records in this form.
pub(crate) fn tidy(mut s: Service) -> Service {
    fn text(t: &mut String) {
        let trimmed = t.trim();
        if trimmed.len() != t.len() {
            *t = trimmed.to_owned();
        }
    }
    fn opt(t: &mut Option<String>) {
        if let Some(v) = t {
            text(v);
        }
        if t.as_deref() == Some("") {
            *t = None;
        }
    }
    text(&mut s.id);
    text(&mut s.name);
    text(&mut s.organisation);
    opt(&mut s.description);
    for c in &mut s.contacts {
        text(&mut c.value);
        opt(&mut c.display);
        opt(&mut c.label);
    }
    if let Some(l) = &mut s.location {
        opt(&mut l.address);
        opt(&mut l.postcode);
    }
    opt(&mut s.hours);
    for l in &mut s.languages {
        text(l);
    }
    s.languages.retain(|l| !l.is_empty());
    opt(&mut s.accessibility.details);
    opt(&mut s.conditions);
    if let Some(src) = &mut s.source {
        text(&mut src.title);
        opt(&mut src.url);
    }
    if s.source
        .as_ref()
        .is_some_and(|src| src.title.is_empty() && src.url.is_none())
    {
        s.source = None;
    }
    s
}

/// Territory and place names of a directory: to write `Saint-Lô (50502)` rather than a bare
/// code, and to read a name a coordinator typed back into an id.
///
/// [`Names::none`] knows no name: ids are written and read as they are.
#[derive(Clone, Copy, Debug, Default)]
pub struct Names<'a> {
    territories: &'a [Territory],
    places: &'a [Place],
}

impl<'a> Names<'a> {
    /// The names of a directory.
    pub fn of(directory: &'a Directory) -> Self {
        Names {
            territories: &directory.territories,
            places: &directory.places,
        }
    }

    /// No names: ids only.
    pub fn none() -> Self {
        Names::default()
    }

    /// True when no territory is known.
    pub fn is_empty(&self) -> bool {
        self.territories.is_empty()
    }

    /// The territory with this id.
    pub fn territory(&self, id: &TerritoryId) -> Option<&'a Territory> {
        // Sorted by id in a loaded directory; fall back to a scan otherwise.
        match self.territories.binary_search_by(|t| t.id.cmp(id)) {
            Ok(i) => Some(&self.territories[i]),
            Err(_) => self.territories.iter().find(|t| &t.id == id),
        }
    }

    /// The name of a territory.
    pub fn name(&self, id: &TerritoryId) -> Option<&'a str> {
        self.territory(id).map(|t| t.name.as_str())
    }

    /// Territories whose folded name is the folded `name`, most specific kind first.
    pub fn named(&self, name: &str) -> Vec<&'a Territory> {
        let folded = maillage::fold(name);
        let mut found: Vec<&Territory> = self
            .territories
            .iter()
            .filter(|t| maillage::fold(&t.name) == folded)
            .collect();
        found.sort_by_key(|t| (t.kind.rank(), t.id.clone()));
        found
    }

    /// The communes a place name designates (a current commune, or the commune a former commune
    /// belongs to).
    pub fn communes_named(&self, name: &str) -> Vec<TerritoryId> {
        let folded = maillage::fold(name);
        let mut ids: Vec<TerritoryId> = self
            .places
            .iter()
            .filter(|p| maillage::fold(&p.name) == folded)
            .map(|p| p.commune.clone())
            .chain(
                self.territories
                    .iter()
                    .filter(|t| t.kind == TerritoryKind::Commune)
                    .filter(|t| maillage::fold(&t.name) == folded)
                    .map(|t| t.id.clone()),
            )
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// The communes of a postcode.
    pub fn communes_of_postcode(&self, postcode: &str) -> Vec<TerritoryId> {
        let mut ids: Vec<TerritoryId> = self
            .places
            .iter()
            .filter(|p| p.postcodes.iter().any(|c| c == postcode))
            .map(|p| p.commune.clone())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// The communes inside a territory (those listing it among their parents).
    pub fn communes_in(&self, id: &TerritoryId) -> Vec<&'a Territory> {
        self.territories
            .iter()
            .filter(|t| t.kind == TerritoryKind::Commune && t.parents.contains(id))
            .collect()
    }

    /// The département of a commune, if its parents name one.
    pub fn departement_of(&self, commune: &TerritoryId) -> Option<&'a Territory> {
        let t = self.territory(commune)?;
        t.parents
            .iter()
            .find(|p| p.kind() == TerritoryKind::Departement)
            .and_then(|p| self.territory(p))
    }
}

/// The text of a `services.json` (or `national.json`, with `key` = `"national"`) holding these
/// services, in the style of the hand-written files: two-space indentation, fields in the
/// model's order, absent and default values left out.
///
/// ```
/// let d = maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
/// let text = maillage_interop::directory_file("services", &d.services);
/// let back: serde_json::Value = serde_json::from_str(&text).unwrap();
/// let again: Vec<maillage::Service> = serde_json::from_value(back["services"].clone()).unwrap();
/// assert_eq!(again, d.services);
/// ```
pub fn directory_file(key: &str, services: &[Service]) -> String {
    let list: Vec<ServiceOut<'_>> = services.iter().map(ServiceOut::from).collect();
    let mut out = String::new();
    write_pretty(&Wrapper { key, list: &list }, &mut out);
    out.push('\n');
    out
}

struct Wrapper<'a, 'b> {
    key: &'a str,
    list: &'a [ServiceOut<'b>],
}

impl Serialize for Wrapper<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry(self.key, self.list)?;
        m.end()
    }
}

fn write_pretty<T: Serialize>(value: &T, out: &mut String) {
    let mut buf = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(
        &mut buf,
        serde_json::ser::PrettyFormatter::with_indent(b"  "),
    );
    if value.serialize(&mut ser).is_ok() {
        out.push_str(&String::from_utf8_lossy(&buf));
    }
}

/// A service as written in a directory file: the model's fields in order, defaults left out.
///
/// Built by destructuring [`Service`] without `..`: a field added to the model stops this crate
/// from compiling until it is written here (and in the spreadsheet's columns).
#[derive(Serialize)]
struct ServiceOut<'a> {
    id: &'a str,
    name: &'a str,
    organisation: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    categories: &'a [Category],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    audiences: &'a [maillage::Audience],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    access: &'a [maillage::AccessMode],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    contacts: Vec<ContactOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<LocationOut<'a>>,
    served_area: &'a maillage::ServedArea,
    #[serde(skip_serializing_if = "Option::is_none")]
    hours: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    languages: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    accessibility: Option<AccessibilityOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    free: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    anonymous: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    conditions: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<SourceOut<'a>>,
}

#[derive(Serialize)]
struct ContactOut<'a> {
    kind: maillage::ContactKind,
    value: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<&'a str>,
    #[serde(skip_serializing_if = "is_public")]
    visibility: Visibility,
}

fn is_public(v: &Visibility) -> bool {
    *v == Visibility::Public
}

#[derive(Serialize)]
struct LocationOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    postcode: Option<&'a str>,
    commune: &'a TerritoryId,
    #[serde(skip_serializing_if = "Option::is_none")]
    point: Option<maillage::Point>,
    visibility: Visibility,
    precision: maillage::LocationPrecision,
}

#[derive(Serialize)]
struct AccessibilityOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    step_free: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    details: Option<&'a str>,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    status: maillage::SourceStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    verified_on: Option<chrono::NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published_on: Option<chrono::NaiveDate>,
}

impl<'a> From<&'a Service> for ServiceOut<'a> {
    fn from(s: &'a Service) -> Self {
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
        let maillage::Accessibility { step_free, details } = accessibility;
        ServiceOut {
            id,
            name,
            organisation,
            description: description.as_deref(),
            categories,
            audiences,
            access,
            contacts: contacts
                .iter()
                .map(|c| {
                    let Contact {
                        kind,
                        value,
                        display,
                        label,
                        visibility,
                    } = c;
                    ContactOut {
                        kind: *kind,
                        value,
                        display: display.as_deref(),
                        label: label.as_deref(),
                        visibility: *visibility,
                    }
                })
                .collect(),
            location: location.as_ref().map(|l| {
                let Location {
                    address,
                    postcode,
                    commune,
                    point,
                    visibility,
                    precision,
                } = l;
                LocationOut {
                    address: address.as_deref(),
                    postcode: postcode.as_deref(),
                    commune,
                    point: *point,
                    visibility: *visibility,
                    precision: *precision,
                }
            }),
            served_area,
            hours: hours.as_deref(),
            languages,
            accessibility: (step_free.is_some() || details.is_some()).then_some(AccessibilityOut {
                step_free: *step_free,
                details: details.as_deref(),
            }),
            free: *free,
            anonymous: *anonymous,
            conditions: conditions.as_deref(),
            source: source.as_ref().map(|s| {
                let maillage::Source {
                    title,
                    url,
                    status,
                    verified_on,
                    published_on,
                } = s;
                SourceOut {
                    title,
                    url: url.as_deref(),
                    status: *status,
                    verified_on: *verified_on,
                    published_on: *published_on,
                }
            }),
        }
    }
}
