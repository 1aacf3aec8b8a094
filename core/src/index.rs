//! [`Index`]: a directory with its spatial and text indexes, answering every question.

use crate::directory::Directory;
use crate::locate::{Found, Located, TerritoryIndex};
use crate::nearest::{NearestAnswer, NearestQuery, ServiceIndex};
use crate::search::{PlaceMatch, PlaceSearch};
use crate::service::Point;

/// A directory ready to be queried: where am I, which places match a name, what is nearest.
///
/// ```
/// use maillage::{bundle, Category, Index, NearestQuery, Point};
/// let index = Index::new(bundle::decode(include_bytes!("../data/manche.maillage")).unwrap());
/// let saint_lo = Point { lat: 49.1128, lon: -1.0724 };
/// let here = index.locate(saint_lo).unwrap();
/// assert_eq!(here.territories[0].name, "Saint-Lô");
/// let q = NearestQuery { categories: vec![Category::Plainte], limit: 3, ..Default::default() };
/// let answer = index.nearest(saint_lo, &q).unwrap();
/// assert!(answer.places[0].distance_m.unwrap() < 5_000.0);
/// assert_eq!(index.places("granvile", 1)[0].place.name, "Granville");
/// ```
#[derive(Clone, Debug)]
pub struct Index {
    directory: Directory,
    territories: TerritoryIndex,
    services: ServiceIndex,
    places: PlaceSearch,
}

impl Index {
    /// Builds the indexes.
    ///
    /// ```
    /// let d = maillage::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
    /// let index = maillage::Index::new(d);
    /// assert_eq!(index.directory().metadata.scope.as_str(), "departement:50");
    /// ```
    pub fn new(directory: Directory) -> Self {
        Index {
            territories: TerritoryIndex::new(&directory),
            services: ServiceIndex::new(&directory),
            places: PlaceSearch::new(&directory.places),
            directory,
        }
    }

    /// The directory.
    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// The parsed hours of the national line at `position` in `directory().national`.
    pub(crate) fn national_hours(&self, position: usize) -> Option<&crate::OpeningHours> {
        self.services.national_hours(position)
    }

    /// Every territory at a point, most specific first; `None` outside the directory's area.
    ///
    /// ```
    /// use maillage::{bundle, Index, Point};
    /// let index = Index::new(bundle::decode(include_bytes!("../data/manche.maillage")).unwrap());
    /// let here = index.locate(Point { lat: 49.1128, lon: -1.0724 }).unwrap();
    /// assert_eq!(here.territories[0].name, "Saint-Lô");          // the commune first
    /// assert!(here.territories.iter().any(|t| t.id.as_str() == "departement:50"));
    /// assert!(index.locate(Point { lat: 48.8566, lon: 2.3522 }).is_none()); // Paris
    /// ```
    pub fn locate(&self, point: Point) -> Option<Located<'_>> {
        self.territories.locate(&self.directory, point)
    }

    /// Places matching what someone typed, best first: communes, former communes ("via
    /// Tourlaville") and postcodes, with one typo tolerated from 5 letters.
    ///
    /// ```
    /// use maillage::{bundle, Index};
    /// let index = Index::new(bundle::decode(include_bytes!("../data/manche.maillage")).unwrap());
    /// let first = |q: &str| index.places(q, 5)[0].commune.to_string();
    /// assert_eq!(first("st lo"), "commune:50502");          // Saint-Lô
    /// assert_eq!(first("50100"), "commune:50129");          // Cherbourg-en-Cotentin
    /// assert_eq!(first("tourlaville"), "commune:50129");    // via Tourlaville
    /// assert_eq!(first("granvile"), "commune:50218");       // Granville, one typo
    /// assert_eq!(first("granvil"), "commune:50218");        // while typing
    /// ```
    pub fn places(&self, query: &str, limit: usize) -> Vec<PlaceMatch<'_>> {
        self.places.search(&self.directory.places, query, limit)
    }

    /// Services for a person at a point; `None` outside the directory's area.
    ///
    /// ```
    /// use maillage::{bundle, Category, Index, NearestQuery, Point};
    /// let index = Index::new(bundle::decode(include_bytes!("../data/manche.maillage")).unwrap());
    /// let query = NearestQuery { categories: vec![Category::Ecoute], limit: 3, ..Default::default() };
    /// let answer = index.nearest(Point { lat: 48.8375, lon: -1.5970 }, &query).unwrap();
    /// assert!(answer.places.len() <= 3);
    /// assert!(answer.places.windows(2).all(|w| w[0].distance_m <= w[1].distance_m));
    /// assert!(answer.remote.iter().any(|n| n.service.id == "3919")); // by phone, from anywhere
    /// ```
    pub fn nearest(&self, point: Point, query: &NearestQuery) -> Option<NearestAnswer<'_>> {
        Some(match self.territories.find(&self.directory, point)? {
            Found::Commune(commune) => self.services.nearest_in_commune(
                &self.directory,
                point,
                commune,
                self.territories.answer(commune),
                query,
            ),
            Found::Located(here) => self.nearest_in(point, &here, query),
        })
    }

    /// Services for a person at a point already located (saves locating again).
    ///
    /// ```
    /// use maillage::{bundle, Index, NearestQuery, Point};
    /// let index = Index::new(bundle::decode(include_bytes!("../data/manche.maillage")).unwrap());
    /// let granville = Point { lat: 48.8375, lon: -1.5970 };
    /// let here = index.locate(granville).unwrap();
    /// let query = NearestQuery { limit: 2, ..Default::default() };
    /// assert_eq!(index.nearest_in(granville, &here, &query), index.nearest(granville, &query).unwrap());
    /// ```
    pub fn nearest_in<'a>(
        &'a self,
        point: Point,
        here: &Located<'a>,
        query: &NearestQuery,
    ) -> NearestAnswer<'a> {
        self.services
            .nearest(&self.directory, point, &here.territories, query)
    }
}
