//! "Where am I": a point → every territory containing it, most specific first.

use geo::{BoundingRect, Distance, Haversine, HaversineClosestPoint};

use crate::cells::BoxCells;
use crate::directory::Directory;
use crate::prepared::PreparedPolygon;
use crate::service::Point;
use crate::territory::{Territory, TerritoryKind};
use std::sync::OnceLock;

/// How far at sea (metres) a point may be and still be given its nearest commune.
pub const COAST_TOLERANCE_M: f64 = 2_000.0;

/// The territories at a point.
#[derive(Clone, Debug, PartialEq)]
pub struct Located<'a> {
    /// Most specific first: commune, EPCI, arrondissement, tribunal, département, custom.
    pub territories: Vec<&'a Territory>,
    /// True when the point is outside every commune (at sea, within [`COAST_TOLERANCE_M`]) and
    /// the nearest commune was taken.
    pub approximate: bool,
    /// Distance to the commune's edge when approximate, in metres.
    pub distance_m: Option<f64>,
}

impl serde::Serialize for Located<'_> {
    /// `{"territories": [{"id", "kind", "name"}, …], "approximate", "distance_m"}`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let territories: Vec<crate::territory::TerritoryRef<'_>> =
            self.territories.iter().map(|t| t.as_ref_view()).collect();
        let mut st = s.serialize_struct("Located", 3)?;
        st.serialize_field("territories", &territories)?;
        st.serialize_field("approximate", &self.approximate)?;
        st.serialize_field("distance_m", &self.distance_m)?;
        st.end()
    }
}

/// Where a point is, as [`TerritoryIndex::find`] reads it.
pub(crate) enum Found<'a> {
    /// Inside this commune (its position in the directory) and no custom territory: its
    /// territories are [`TerritoryIndex::answer`].
    Commune(u32),
    /// Anywhere else: on a border, in a custom territory, at sea near the coast.
    Located(Located<'a>),
}

/// The territories' polygons by grid cell, answering point queries exactly: a point is tested
/// only against the polygons whose box holds it, mostly by one cell lookup in the polygon
/// prepared for it; no box is computed per query.
#[derive(Clone, Debug)]
pub(crate) struct TerritoryIndex {
    /// The polygons tested: territory and polygon positions, and the polygon prepared for
    /// point tests the first time a point falls in its box (preparing every polygon was most
    /// of building the index, and a visitor's few questions touch a few polygons).
    polygons: Vec<(u32, u32, OnceLock<PreparedPolygon>)>,
    /// The same polygons' boxes by grid cell: the polygons whose box holds a point in one
    /// lookup.
    cells: BoxCells,
    /// Per territory (by position in the directory), for a commune: the positions of the
    /// commune and its parents, most specific first — the answer when the point is in this
    /// commune alone, computed once rather than sorted per query. Empty for other territories.
    answers: Vec<Vec<u32>>,
}

impl TerritoryIndex {
    /// Indexes the territories a point is tested against: communes and the territories no
    /// commune names as a parent (custom areas). A commune's parents (EPCI, arrondissement,
    /// département, court district) were dissolved from communes, so they are taken from the
    /// commune found: testing their long outlines too was most of the work of a query.
    pub(crate) fn new(directory: &Directory) -> Self {
        let mut parents: Vec<&crate::TerritoryId> = directory
            .territories
            .iter()
            .filter(|t| t.kind == TerritoryKind::Commune)
            .flat_map(|t| &t.parents)
            .collect();
        crate::sorting::sort(&mut parents);
        parents.dedup();
        let mut polygons = Vec::new();
        let mut boxes = Vec::new();
        for (i, t) in directory.territories.iter().enumerate() {
            if parents.binary_search(&&t.id).is_ok() {
                continue;
            }
            for (j, p) in t.geometry.0.iter().enumerate() {
                let Some(r) = p.bounding_rect() else { continue };
                polygons.push((i as u32, j as u32, OnceLock::new()));
                boxes.push([r.min().x, r.min().y, r.max().x, r.max().y]);
            }
        }
        let answers = directory
            .territories
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if t.kind != TerritoryKind::Commune {
                    return Vec::new();
                }
                let mut found: Vec<&Territory> = std::iter::once(t)
                    .chain(t.parents.iter().filter_map(|p| directory.territory(p)))
                    .collect();
                sort_most_specific_first(&mut found);
                found
                    .iter()
                    .map(|x| directory.territory_position(x).unwrap_or(i) as u32)
                    .collect()
            })
            .collect();
        TerritoryIndex {
            cells: BoxCells::new(boxes),
            polygons,
            answers,
        }
    }

    /// Every territory containing the point, most specific first; `None` when the point is
    /// outside the directory's area (farther than [`COAST_TOLERANCE_M`] from every commune).
    ///
    /// Communes are tested exactly (point in polygon, borders included); wider territories
    /// that are a commune's parents are taken from the commune (they were dissolved from
    /// communes), others (custom territories) are tested exactly too.
    pub(crate) fn locate<'a>(&self, directory: &'a Directory, point: Point) -> Option<Located<'a>> {
        Some(match self.find(directory, point)? {
            Found::Commune(commune) => Located {
                territories: self
                    .answer(commune)
                    .iter()
                    .map(|&i| &directory.territories[i as usize])
                    .collect(),
                approximate: false,
                distance_m: None,
            },
            Found::Located(located) => located,
        })
    }

    /// The positions in the directory of the territories containing a point inside
    /// `commune` alone (the commune and its parents, most specific first), as
    /// [`TerritoryIndex::find`] gives it.
    pub(crate) fn answer(&self, commune: u32) -> &[u32] {
        &self.answers[commune as usize]
    }

    /// What [`TerritoryIndex::locate`] finds, without building the list of territories when the
    /// point is inside one commune and no custom territory (most points): the indexes read that
    /// commune's ready answer ([`TerritoryIndex::answer`]) instead.
    pub(crate) fn find<'a>(&self, directory: &'a Directory, point: Point) -> Option<Found<'a>> {
        let c = geo::Coord {
            x: point.lon,
            y: point.lat,
        };
        let mut hits = self
            .cells
            .holding(c.x, c.y)
            .map(|k| &self.polygons[k as usize])
            .filter(|(t, p, prepared)| {
                let polygon = &directory.territories[*t as usize].geometry.0[*p as usize];
                prepared
                    .get_or_init(|| PreparedPolygon::new(polygon))
                    .contains(polygon, c)
            })
            .map(|(t, _, _)| *t);
        let (first, second) = (hits.next(), hits.next());
        // Most points are inside one commune and no custom territory: its answer is ready.
        if let (Some(only), None) = (first, second) {
            if self
                .answers
                .get(only as usize)
                .is_some_and(|a| !a.is_empty())
            {
                return Some(Found::Commune(only));
            }
        }
        let hits: Vec<u32> = first.into_iter().chain(second).chain(hits).collect();
        let mut found: Vec<&'a Territory> = hits
            .iter()
            .map(|&i| &directory.territories[i as usize])
            .collect();
        let mut approximate = false;
        let mut distance_m = None;
        let has_commune = found.iter().any(|t| t.kind == TerritoryKind::Commune);
        if !has_commune {
            let (commune, d) = self.nearest_commune(directory, point)?;
            approximate = true;
            distance_m = Some(d);
            found.retain(|t| t.kind != TerritoryKind::Commune);
            found.push(commune);
        }
        // Add the communes' parents (dissolved from communes, so they contain them). On a
        // border shared by communes of two EPCIs, both EPCIs are given (borders belong to
        // both sides).
        let communes: Vec<&'a Territory> = found
            .iter()
            .filter(|t| t.kind == TerritoryKind::Commune)
            .copied()
            .collect();
        for commune in communes {
            for parent in &commune.parents {
                if let Some(t) = directory.territory(parent) {
                    if !found.iter().any(|f| f.id == t.id) {
                        found.push(t);
                    }
                }
            }
        }
        sort_most_specific_first(&mut found);
        Some(Found::Located(Located {
            territories: found,
            approximate,
            distance_m,
        }))
    }

    fn nearest_commune<'a>(
        &self,
        directory: &'a Directory,
        point: Point,
    ) -> Option<(&'a Territory, f64)> {
        let p = geo::Point::new(point.lon, point.lat);
        let dlat = COAST_TOLERANCE_M / 111_000.0;
        let dlon = dlat / point.lat.to_radians().cos().max(0.1);
        let near = [
            point.lon - dlon,
            point.lat - dlat,
            point.lon + dlon,
            point.lat + dlat,
        ];
        self.cells
            .meeting(&near)
            .map(|k| &directory.territories[self.polygons[k as usize].0 as usize])
            .filter(|t| t.kind == TerritoryKind::Commune)
            .filter_map(|t| {
                let closest = match t.geometry.haversine_closest_point(&p) {
                    geo::Closest::Intersection(c) | geo::Closest::SinglePoint(c) => c,
                    geo::Closest::Indeterminate => return None,
                };
                Some((t, Haversine.distance(p, closest)))
            })
            .filter(|(_, d)| *d <= COAST_TOLERANCE_M)
            .min_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.id.cmp(&b.0.id)))
    }
}

/// Most specific first (commune, EPCI, arrondissement, tribunal, département, custom), then by
/// id; each territory once.
fn sort_most_specific_first(found: &mut Vec<&Territory>) {
    crate::sorting::sort_by(found, |a, b| {
        (a.kind.rank(), &a.id).cmp(&(b.kind.rank(), &b.id))
    });
    found.dedup_by(|a, b| a.id == b.id);
}
