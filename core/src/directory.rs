//! The directory: metadata, territories, places, services and national lines, as one value.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::pathway::PathwayStep;
use crate::service::{Point, Service};
use crate::territory::{Territory, TerritoryId};

/// What a directory says about itself.
///
/// ```
/// use maillage::Metadata;
/// let m: Metadata = serde_json::from_str(r#"{
///   "name": "Annuaire VIF de la Manche", "scope": "departement:50", "version": "0.1.0",
///   "attribution": ["IGN – ADMIN EXPRESS COG (Licence Ouverte 2.0)"], "sample": true
/// }"#).unwrap();
/// assert!(m.sample);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// Title shown to people.
    pub name: String,
    /// The territory the directory covers (usually a département).
    pub scope: TerritoryId,
    /// The directory's own version.
    pub version: String,
    /// When the bundle was built; set by `maillage build`.
    #[serde(default, deserialize_with = "crate::calendar::deserialize_date")]
    pub built_on: Option<NaiveDate>,
    /// Credits owed for the data, shown wherever the data is.
    #[serde(default)]
    pub attribution: Vec<String>,
    /// True until the technical committee has validated the local records: every screen then
    /// says that the data is a sample to be verified.
    #[serde(default)]
    pub sample: bool,
    /// A note for readers (who maintains it, how to report a change).
    #[serde(default)]
    pub notice: Option<String>,
}

/// What a searchable place name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PlaceKind {
    /// A current commune.
    #[serde(rename = "commune")]
    Commune,
    /// A commune déléguée (a former commune merged into a commune nouvelle).
    #[serde(rename = "commune-deleguee")]
    CommuneDeleguee,
    /// A commune associée.
    #[serde(rename = "commune-associee")]
    CommuneAssociee,
}

/// A name people type to say where they are: a commune or a former commune.
///
/// ```
/// use maillage::{Place, PlaceKind};
/// let p: Place = serde_json::from_str(r#"{"id":"commune-deleguee:50602","name":"Tourlaville",
///   "kind":"commune-deleguee","commune":"commune:50129","postcodes":["50110"],
///   "population":15904,"point":{"lat":49.64,"lon":-1.57}}"#).unwrap();
/// assert_eq!(p.commune.as_str(), "commune:50129");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// `commune:INSEE` or `commune-deleguee:INSEE` / `commune-associee:INSEE`.
    pub id: TerritoryId,
    /// Official name.
    pub name: String,
    /// Current or former commune.
    pub kind: PlaceKind,
    /// The current commune it belongs to (itself for a current commune).
    pub commune: TerritoryId,
    /// Postcodes.
    #[serde(default)]
    pub postcodes: Vec<String>,
    /// Inhabitants, when known.
    #[serde(default)]
    pub population: Option<u32>,
    /// A point inside it (not the town hall).
    pub point: Point,
}

/// A whole directory.
///
/// ```
/// use maillage::{Directory, Metadata};
/// let d = Directory {
///     metadata: serde_json::from_str(r#"{"name":"Test","scope":"departement:50","version":"1"}"#).unwrap(),
///     territories: vec![], places: vec![], services: vec![], national: vec![], pathways: vec![],
///     translations: Default::default(),
/// };
/// assert!(d.service("3919").is_none());
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    /// About the directory.
    pub metadata: Metadata,
    /// Every territory, sorted by id.
    pub territories: Vec<Territory>,
    /// Searchable place names, sorted by id.
    pub places: Vec<Place>,
    /// Local contact points.
    pub services: Vec<Service>,
    /// National lines (served area `national`).
    pub national: Vec<Service>,
    /// The exit pathway's steps, in their default order.
    pub pathways: Vec<PathwayStep>,
    /// The steps' and national lines' texts in more languages (`i18n/<tag>.json`).
    pub translations: crate::Translations,
}

/// The position of `x` in `list` when `x` is one of its elements, from its address: no value
/// compared.
pub(crate) fn index_in<T>(list: &[T], x: &T) -> Option<usize> {
    let size = std::mem::size_of::<T>().max(1);
    let offset = (x as *const T as usize).wrapping_sub(list.as_ptr() as usize);
    let i = offset / size;
    (offset % size == 0 && list.get(i).is_some_and(|y| std::ptr::eq(y, x))).then_some(i)
}

impl Directory {
    /// The position in `territories` of a territory: found from its address when it is one of
    /// this directory's (a reference the indexes handed out: no text compared), else by id.
    pub(crate) fn territory_position(&self, t: &Territory) -> Option<usize> {
        index_in(&self.territories, t).or_else(|| self.territory_position_of(&t.id))
    }

    /// The position in `territories` of the territory with this id.
    pub(crate) fn territory_position_of(&self, id: &TerritoryId) -> Option<usize> {
        self.territories.binary_search_by(|t| t.id.cmp(id)).ok()
    }

    /// The territory with this id.
    ///
    /// ```
    /// let d = maillage::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
    /// let id = "commune:50502".parse().unwrap();
    /// assert_eq!(d.territory(&id).unwrap().name, "Saint-Lô");
    /// ```
    pub fn territory(&self, id: &TerritoryId) -> Option<&Territory> {
        self.territory_position_of(id).map(|i| &self.territories[i])
    }

    /// The service or national line with this id.
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services
            .iter()
            .chain(&self.national)
            .find(|s| s.id == id)
    }

    /// Every service and national line.
    ///
    /// ```
    /// let d = maillage::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
    /// assert_eq!(d.all_services().count(), d.services.len() + d.national.len());
    /// ```
    pub fn all_services(&self) -> impl Iterator<Item = &Service> {
        self.services.iter().chain(&self.national)
    }
}
