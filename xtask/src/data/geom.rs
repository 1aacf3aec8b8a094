//! Geometry: dissolving communes, removing union slivers, validity checks, rounding to 5
//! decimals and interior points.

use anyhow::{bail, ensure, Result};
use geo::orient::Direction;
use geo::{
    unary_union, BoundingRect, Contains, Coord, GeodesicArea, InteriorPoint, LineString,
    MultiPolygon, Orient, Point, Polygon, Validation,
};

/// Separate parts of a dissolved area smaller than this (in m², here 0.05 km²) are artefacts
/// of the union when no commune lies in them, and are dropped. (A union cannot create a part
/// that holds no commune, so in practice none is; a commune's own small exclave — Cerisy-la-
/// Forêt has a 0.047 km² one — does hold a commune and is kept.)
pub const SLIVER_MAX_AREA_M2: f64 = 50_000.0;

/// Holes up to this area (1 km²) in which no commune lies are gaps, and are filled. Each
/// commune was simplified on its own, so neighbours do not share exactly the same border and
/// their union has thin gaps (0.01 m² in the Manche); the simplified outline of
/// Carentan-les-Marais even has a 0.096 km² hole of its own. A real hole is an enclave, and an
/// enclave holds a commune: those are kept whatever their size. The bound caps what can be
/// filled wrongly: an enclave belonging to another département, whose communes are not loaded.
pub const GAP_MAX_AREA_M2: f64 = 1_000_000.0;

/// Decimal places kept in the output (5 ≈ 1 m).
pub const DECIMALS: i32 = 5;
const SCALE: f64 = 100_000.0; // 10^DECIMALS

/// Exterior rings counter-clockwise, holes clockwise, as `unary_union` wants them consistent.
pub fn oriented(mp: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    mp.orient(Direction::Default)
}

/// Union of the given (consistently oriented) multipolygons.
pub fn dissolve<'a>(parts: impl IntoIterator<Item = &'a MultiPolygon<f64>>) -> MultiPolygon<f64> {
    unary_union(parts).orient(Direction::Default)
}

/// Geodesic area of a ring's inside, m², whatever the ring's winding (a clockwise ring would
/// otherwise be measured as the rest of the Earth).
pub fn ring_area_m2(ring: &LineString<f64>) -> f64 {
    Polygon::new(ring.clone(), vec![])
        .orient(Direction::Default)
        .geodesic_area_unsigned()
}

/// What [`remove_slivers`] removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SliverKind {
    /// An interior ring (filled in).
    Hole,
    /// A separate polygon of a multipolygon (dropped).
    Part,
}

/// One hole or part removed.
#[derive(Clone, Copy, Debug)]
pub struct Removed {
    pub kind: SliverKind,
    pub area_m2: f64,
    /// A point inside it, rounded (to say where it was).
    pub at: Fixed,
}

/// One interior point per polygon part of every commune: a hole or a part of a dissolved area
/// that contains one holds (a piece of) a commune, so it is real (an enclave, an exclave).
pub struct CommunePoints(Vec<Point<f64>>);

impl CommunePoints {
    pub fn new<'a>(communes: impl IntoIterator<Item = &'a MultiPolygon<f64>>) -> Self {
        CommunePoints(
            communes
                .into_iter()
                .flat_map(|mp| mp.0.iter().filter_map(|p| p.interior_point()))
                .collect(),
        )
    }

    /// Whether some commune part lies inside `ring`.
    pub fn any_inside(&self, ring: &LineString<f64>) -> bool {
        let Some(bbox) = ring.bounding_rect() else {
            return false;
        };
        let polygon = Polygon::new(ring.clone(), vec![]);
        self.0.iter().any(|p| {
            (bbox.min().x..=bbox.max().x).contains(&p.x())
                && (bbox.min().y..=bbox.max().y).contains(&p.y())
                && polygon.contains(p)
        })
    }
}

/// Removes artefacts from a multipolygon and returns what was removed:
///
/// - holes smaller than [`GAP_MAX_AREA_M2`] in which no commune lies (gaps, not enclaves);
/// - when `remove_parts`, separate parts smaller than [`SLIVER_MAX_AREA_M2`] in which no
///   commune lies, except the largest part, which is always kept.
pub fn remove_slivers(
    mp: &MultiPolygon<f64>,
    remove_parts: bool,
    communes: &CommunePoints,
) -> (MultiPolygon<f64>, Vec<Removed>) {
    let mut removed = Vec::new();
    let areas: Vec<f64> = mp.0.iter().map(|p| ring_area_m2(p.exterior())).collect();
    let largest = areas
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, _)| i);
    let inside = |ring: &LineString<f64>| {
        Polygon::new(ring.clone(), vec![])
            .interior_point()
            .unwrap_or_else(|| Point(ring.0.first().copied().unwrap_or(Coord { x: 0.0, y: 0.0 })))
    };
    let mut polygons = Vec::with_capacity(mp.0.len());
    for (i, (polygon, &area)) in mp.0.iter().zip(&areas).enumerate() {
        if remove_parts
            && area < SLIVER_MAX_AREA_M2
            && Some(i) != largest
            && !communes.any_inside(polygon.exterior())
        {
            removed.push(Removed {
                kind: SliverKind::Part,
                area_m2: area,
                at: Fixed::round(inside(polygon.exterior()).0),
            });
            continue;
        }
        let mut interiors = Vec::with_capacity(polygon.interiors().len());
        for hole in polygon.interiors() {
            let a = ring_area_m2(hole);
            let remove = a < GAP_MAX_AREA_M2 && !communes.any_inside(hole);
            if remove {
                removed.push(Removed {
                    kind: SliverKind::Hole,
                    area_m2: a,
                    at: Fixed::round(inside(hole).0),
                });
            } else {
                interiors.push(hole.clone());
            }
        }
        polygons.push(Polygon::new(polygon.exterior().clone(), interiors));
    }
    (MultiPolygon(polygons), removed)
}

/// Fails with the validation errors of `mp`, naming it.
pub fn check_valid(mp: &MultiPolygon<f64>, what: &str) -> Result<()> {
    ensure!(!mp.0.is_empty(), "{what}: empty geometry");
    let errors = mp.validation_errors();
    if !errors.is_empty() {
        let shown: Vec<String> = errors.iter().take(5).map(|e| e.to_string()).collect();
        bail!(
            "{what}: invalid geometry ({} problem(s)): {}",
            errors.len(),
            shown.join("; ")
        );
    }
    Ok(())
}

/// A coordinate rounded to [`DECIMALS`] places, kept as integers (units of 10^-5 degree) so
/// that output and comparisons are exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fixed {
    pub x: i64,
    pub y: i64,
}

impl Fixed {
    pub fn round(c: Coord<f64>) -> Self {
        Fixed {
            x: (c.x * SCALE).round() as i64,
            y: (c.y * SCALE).round() as i64,
        }
    }

    pub fn to_coord(self) -> Coord<f64> {
        Coord {
            x: self.x as f64 / SCALE,
            y: self.y as f64 / SCALE,
        }
    }
}

/// Writes a fixed-point value as a JSON number with at most [`DECIMALS`] decimals and no
/// trailing zeros (`-1.5`, `49`, `0.00001`).
pub fn format_fixed(v: i64, out: &mut String) {
    use std::fmt::Write;
    let scale = SCALE as u64;
    let abs = v.unsigned_abs();
    if v < 0 {
        out.push('-');
    }
    let (int, frac) = (abs / scale, abs % scale);
    let _ = write!(out, "{int}");
    if frac != 0 {
        let digits = format!("{frac:0width$}", width = DECIMALS as usize);
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
}

/// A multipolygon with rounded coordinates: polygons → rings → points (rings closed).
pub type FixedMultiPolygon = Vec<Vec<Vec<Fixed>>>;

/// Rounds every coordinate, drops consecutive duplicates, keeps rings closed, and drops rings
/// that collapse (fewer than 3 distinct points); a polygon whose exterior collapses is dropped.
/// Returns the rounded geometry and the number of rings dropped.
pub fn round_multipolygon(mp: &MultiPolygon<f64>) -> (FixedMultiPolygon, usize) {
    let mut dropped = 0;
    let mut out = Vec::with_capacity(mp.0.len());
    for polygon in &mp.0 {
        let Some(exterior) = round_ring(polygon.exterior()) else {
            dropped += 1 + polygon.interiors().len();
            continue;
        };
        let mut rings = vec![exterior];
        for hole in polygon.interiors() {
            match round_ring(hole) {
                Some(r) => rings.push(r),
                None => dropped += 1,
            }
        }
        out.push(rings);
    }
    (out, dropped)
}

/// What [`round_valid`] made of a multipolygon.
pub struct Rounded {
    /// On the 10^-5 grid, valid.
    pub geometry: FixedMultiPolygon,
    /// Rings that collapsed to fewer than 3 points and were dropped.
    pub dropped: usize,
    /// Whether rounding broke validity and the outline had to be repaired.
    pub repaired: bool,
}

/// Rounds `mp` to the 10^-5° grid ([`round_multipolygon`]) and makes sure the result is a
/// valid multipolygon, repairing it on the grid when rounding broke it.
///
/// Why a repair is needed: moving every vertex by up to half a grid step (≈ 0.6 m) can make
/// two edges that were less than a metre apart cross. IGN's simplified outlines have such
/// places (narrow spikes along rivers and roads): Ittenheim (67226) is valid in the source and
/// self-intersecting once rounded, and so are a few dissolved areas elsewhere. Keeping more
/// decimals there is no way out, since the bundle quantizes to the same grid
/// (core/src/geometry.rs) and would break it again.
///
/// How: the rounded rings, as integer coordinates in grid units, go through `i_overlay`'s
/// integer simplification (the engine behind geo's boolean operations, kept by the same
/// people), which splits edges where they cross, puts the crossing points on the grid itself
/// and repeats until no two edges cross (snap rounding), then rebuilds OGC-valid rings. The
/// fill rule is "positive winding": exteriors are counter-clockwise and holes clockwise, so a
/// loop that rounding turned inside out (a spike folded over its own base, a hole pushed
/// across the exterior) has negative winding and is dropped, while parts pushed into one
/// another are merged. What changes is under a grid step wide. A valid rounding is kept as it
/// is, vertex for vertex: the repair also drops collinear vertices and restarts rings, which
/// would change outlines that need nothing.
pub fn round_valid(mp: &MultiPolygon<f64>, what: &str) -> Result<Rounded> {
    let (rounded, dropped) = round_multipolygon(mp);
    if fixed_to_geo(&rounded).is_valid() && !rounded.is_empty() {
        return Ok(Rounded {
            geometry: rounded,
            dropped,
            repaired: false,
        });
    }
    let geometry = repair_on_grid(&rounded);
    check_valid(
        &fixed_to_geo(&geometry),
        &format!("{what} (rounded, then repaired)"),
    )?;
    Ok(Rounded {
        geometry,
        dropped,
        repaired: true,
    })
}

/// Rebuilds valid rings from rounded ones without leaving the grid (see [`round_valid`]).
pub fn repair_on_grid(mp: &FixedMultiPolygon) -> FixedMultiPolygon {
    use i_overlay::core::fill_rule::FillRule;
    use i_overlay::core::overlay::IntOverlayOptions;
    use i_overlay::core::simplify::Simplify;
    use i_overlay::i_float::int::point::IntPoint;

    // Grid units fit i32: |lon| ≤ 180° is 1.8e7 units (i_overlay computes in i64 from these).
    let to_int = |f: &Fixed| IntPoint::new(f.x as i32, f.y as i32);
    let shapes: Vec<Vec<Vec<IntPoint>>> = mp
        .iter()
        .map(|polygon| {
            polygon
                .iter()
                // i_overlay's contours are open: no closing point.
                .map(|ring| {
                    ring[..ring.len().saturating_sub(1)]
                        .iter()
                        .map(to_int)
                        .collect()
                })
                .collect()
        })
        .collect();
    let out = shapes
        .as_slice()
        .simplify(FillRule::Positive, IntOverlayOptions::ogc());
    let mut result: FixedMultiPolygon = out
        .into_iter()
        .map(|shape| {
            shape
                .into_iter()
                .map(|contour| {
                    let mut ring: Vec<Fixed> = contour
                        .iter()
                        .map(|p| Fixed {
                            x: i64::from(p.x),
                            y: i64::from(p.y),
                        })
                        .collect();
                    if let Some(&first) = ring.first() {
                        ring.push(first);
                    }
                    ring
                })
                .collect()
        })
        .collect();
    // A fixed order (the overlay's follows its sweep): largest part first, as the source
    // usually has it, then by first point.
    result.sort_by(|a, b| {
        let area = |p: &Vec<Vec<Fixed>>| -ring_area_grid(&p[0]).abs();
        area(a)
            .total_cmp(&area(b))
            .then_with(|| a[0][0].cmp(&b[0][0]))
    });
    result
}

/// Planar area of a closed ring in grid units² (for ordering only).
fn ring_area_grid(ring: &[Fixed]) -> f64 {
    ring.windows(2)
        .map(|w| (w[0].x as f64) * (w[1].y as f64) - (w[1].x as f64) * (w[0].y as f64))
        .sum::<f64>()
        / 2.0
}

fn round_ring(ring: &LineString<f64>) -> Option<Vec<Fixed>> {
    let mut pts: Vec<Fixed> = Vec::with_capacity(ring.0.len());
    for c in &ring.0 {
        let f = Fixed::round(*c);
        if pts.last() != Some(&f) {
            pts.push(f);
        }
    }
    // Closed: last == first (the source rings are closed; rounding keeps that, but be sure).
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    // Without the closing point: a ring needs at least 3 distinct points.
    if pts.len() < 3 {
        return None;
    }
    pts.push(pts[0]);
    Some(pts)
}

/// Back to `geo` (for validity and containment checks on what is actually written).
pub fn fixed_to_geo(mp: &FixedMultiPolygon) -> MultiPolygon<f64> {
    MultiPolygon(
        mp.iter()
            .map(|rings| {
                let mut ls = rings
                    .iter()
                    .map(|r| LineString(r.iter().map(|f| f.to_coord()).collect()));
                let exterior = ls.next().unwrap_or_else(|| LineString(vec![]));
                Polygon::new(exterior, ls.collect())
            })
            .collect(),
    )
}

/// Number of coordinates written for a rounded geometry.
pub fn coord_count(mp: &FixedMultiPolygon) -> usize {
    mp.iter().flatten().map(Vec::len).sum()
}

/// A point strictly inside `source`, rounded, and checked to be strictly inside the rounded
/// geometry `rounded`.
pub fn interior_point(source: &MultiPolygon<f64>, rounded: &MultiPolygon<f64>) -> Result<Fixed> {
    let Some(p) = source.interior_point() else {
        bail!("no interior point (empty geometry)");
    };
    let f = Fixed::round(p.0);
    if rounded.contains(&Point(f.to_coord())) {
        return Ok(f);
    }
    // Rounding (or its repair) moved the border over the point, or the point lies in a sliver
    // too thin for the grid: take the rounded geometry's own interior point.
    if let Some(q) = rounded.interior_point() {
        let g = Fixed::round(q.0);
        if rounded.contains(&Point(g.to_coord())) {
            return Ok(g);
        }
    }
    bail!(
        "interior point ({}, {}) falls outside the rounded geometry",
        p.x(),
        p.y()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{polygon, Area};

    /// Two unit-ish squares (0.01° ≈ 1.1 km × 0.7 km at 49° N) whose shared border does not
    /// quite match, as with communes simplified separately: the union has a thin hole.
    fn neighbours_with_gap() -> [MultiPolygon<f64>; 2] {
        let left = polygon![
            (x: -1.02, y: 49.0), (x: -1.01, y: 49.0), (x: -1.01, y: 49.004),
            (x: -1.0101, y: 49.005), (x: -1.01, y: 49.006), (x: -1.01, y: 49.01),
            (x: -1.02, y: 49.01),
        ];
        let right = polygon![
            (x: -1.01, y: 49.0), (x: -1.0, y: 49.0), (x: -1.0, y: 49.01),
            (x: -1.01, y: 49.01), (x: -1.01, y: 49.006), (x: -1.0099, y: 49.005),
            (x: -1.01, y: 49.004),
        ];
        [
            oriented(&MultiPolygon(vec![left])),
            oriented(&MultiPolygon(vec![right])),
        ]
    }

    fn no_communes() -> CommunePoints {
        CommunePoints(vec![])
    }

    #[test]
    fn dissolve_leaves_a_sliver_that_is_removed() {
        let parts = neighbours_with_gap();
        let union = dissolve(&parts);
        assert_eq!(union.0.len(), 1);
        assert_eq!(
            union.0[0].interiors().len(),
            1,
            "the gap is a hole: {union:?}"
        );
        // The communes themselves do not lie in the gap.
        let (clean, removed) = remove_slivers(&union, true, &CommunePoints::new(&parts));
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].kind, SliverKind::Hole);
        assert!(
            removed[0].area_m2 > 1_000.0 && removed[0].area_m2 < 2_500.0,
            "{removed:?}"
        );
        // Where it was: on the shared border, around (-1.01, 49.005).
        assert!(
            (removed[0].at.x + 101_000).abs() < 10 && (removed[0].at.y - 4_900_500).abs() < 100
        );
        assert_eq!(clean.0.len(), 1);
        assert!(clean.0[0].interiors().is_empty());
        check_valid(&clean, "test").unwrap();
    }

    /// A 0.02° square (≈ 3.2 km²) with three holes: a 0.005° one (≈ 0.2 km²) where an enclave
    /// lies, a 0.004° one (≈ 0.13 km²) where nothing lies, a 0.0005° one (≈ 0.002 km²);
    /// plus a 0.001° islet (≈ 0.008 km²) and a 0.005° islet (≈ 0.2 km²).
    fn square_with_holes_and_islets() -> MultiPolygon<f64> {
        let main = polygon!(
            exterior: [(x: 0., y: 49.), (x: 0.02, y: 49.), (x: 0.02, y: 49.02), (x: 0., y: 49.02)],
            interiors: [
                [(x: 0.002, y: 49.002), (x: 0.002, y: 49.007), (x: 0.007, y: 49.007), (x: 0.007, y: 49.002)],
                [(x: 0.012, y: 49.012), (x: 0.012, y: 49.016), (x: 0.016, y: 49.016), (x: 0.016, y: 49.012)],
                [(x: 0.012, y: 49.002), (x: 0.012, y: 49.0025), (x: 0.0125, y: 49.0025), (x: 0.0125, y: 49.002)],
            ],
        );
        let tiny = polygon![(x: 0.03, y: 49.), (x: 0.031, y: 49.), (x: 0.031, y: 49.001), (x: 0.03, y: 49.001)];
        let islet = polygon![(x: 0.04, y: 49.), (x: 0.045, y: 49.), (x: 0.045, y: 49.005), (x: 0.04, y: 49.005)];
        oriented(&MultiPolygon(vec![main, tiny, islet]))
    }

    /// The commune in the first hole.
    fn enclave() -> MultiPolygon<f64> {
        MultiPolygon(vec![polygon![
            (x: 0.002, y: 49.002), (x: 0.007, y: 49.002), (x: 0.007, y: 49.007), (x: 0.002, y: 49.007)
        ]])
    }

    #[test]
    fn enclaves_and_islets_are_kept_gaps_and_specks_removed() {
        let mp = square_with_holes_and_islets();
        let (clean, removed) = remove_slivers(&mp, true, &CommunePoints::new([&enclave()]));
        let holes: Vec<f64> = removed
            .iter()
            .filter(|r| r.kind == SliverKind::Hole)
            .map(|r| r.area_m2)
            .collect();
        let parts: Vec<f64> = removed
            .iter()
            .filter(|r| r.kind == SliverKind::Part)
            .map(|r| r.area_m2)
            .collect();
        assert_eq!(holes.len(), 2, "{removed:?}");
        assert!(
            holes.iter().any(|&a| a > 100_000.0 && a < 200_000.0),
            "the empty gap: {holes:?}"
        );
        assert!(
            holes.iter().any(|&a| a < SLIVER_MAX_AREA_M2),
            "the speck: {holes:?}"
        );
        assert_eq!(parts.len(), 1);
        assert!(parts[0] < SLIVER_MAX_AREA_M2);
        assert_eq!(clean.0.len(), 2);
        assert_eq!(clean.0[0].interiors().len(), 1, "the enclave stays a hole");
        assert!(clean.0[0].interiors()[0].0.iter().any(|c| c.x == 0.002));
        check_valid(&clean, "test").unwrap();
    }

    #[test]
    fn a_small_exclave_of_a_commune_is_kept() {
        let mp = square_with_holes_and_islets();
        let exclave = MultiPolygon(vec![mp.0[1].clone()]);
        let (clean, removed) = remove_slivers(&mp, true, &CommunePoints::new([&exclave]));
        assert!(removed.iter().all(|r| r.kind == SliverKind::Hole));
        assert_eq!(clean.0.len(), 3);
    }

    #[test]
    fn communes_keep_their_parts() {
        let mp = square_with_holes_and_islets();
        let (clean, removed) = remove_slivers(&mp, false, &no_communes());
        assert_eq!(removed.len(), 3, "all three holes are empty");
        assert!(removed.iter().all(|r| r.kind == SliverKind::Hole));
        assert_eq!(clean.0.len(), 3);
    }

    #[test]
    fn empty_holes_above_the_gap_limit_are_kept() {
        // A 0.02° hole (≈ 3 km²) where nothing lies: suspicious, but not ours to fill.
        let mp = oriented(&MultiPolygon(vec![polygon!(
            exterior: [(x: 0., y: 49.), (x: 0.1, y: 49.), (x: 0.1, y: 49.1), (x: 0., y: 49.1)],
            interiors: [[(x: 0.04, y: 49.04), (x: 0.04, y: 49.06), (x: 0.06, y: 49.06), (x: 0.06, y: 49.04)]],
        )]));
        let (clean, removed) = remove_slivers(&mp, true, &no_communes());
        assert!(removed.is_empty());
        assert_eq!(clean, mp);
    }

    #[test]
    fn a_single_tiny_area_is_not_emptied() {
        let tiny = MultiPolygon(vec![
            polygon![(x: 0., y: 0.), (x: 0.0001, y: 0.), (x: 0.0001, y: 0.0001)],
        ]);
        let (clean, removed) = remove_slivers(&tiny, true, &no_communes());
        assert_eq!(clean.0.len(), 1);
        assert!(removed.is_empty());
    }

    #[test]
    fn ring_area_ignores_winding() {
        let ring = LineString::from(vec![
            (0., 49.),
            (0.01, 49.),
            (0.01, 49.01),
            (0., 49.01),
            (0., 49.),
        ]);
        let mut reversed = ring.clone();
        reversed.0.reverse();
        let (a, b) = (ring_area_m2(&ring), ring_area_m2(&reversed));
        assert!(
            (a - b).abs() < 1e-3 && a > 700_000.0 && a < 900_000.0,
            "{a} {b}"
        );
    }

    #[test]
    fn invalid_geometry_is_refused() {
        let bowtie = MultiPolygon(vec![
            polygon![(x: 0., y: 0.), (x: 1., y: 1.), (x: 1., y: 0.), (x: 0., y: 1.)],
        ]);
        let err = check_valid(&bowtie, "bowtie").unwrap_err().to_string();
        assert!(
            err.contains("bowtie") && err.contains("self-intersection"),
            "{err}"
        );
        assert!(check_valid(&MultiPolygon::<f64>(vec![]), "empty").is_err());
    }

    #[test]
    fn rounding_dedups_and_keeps_rings_closed() {
        let mp = MultiPolygon(vec![polygon!(
            exterior: [(x: -1.000001, y: 49.0), (x: -1.000004, y: 49.000001), (x: -0.9, y: 49.0),
                       (x: -0.9, y: 49.1), (x: -1.0, y: 49.1)],
            interiors: [[(x: -0.95, y: 49.05), (x: -0.950001, y: 49.05), (x: -0.950002, y: 49.050001)]],
        )]);
        let (fixed, dropped) = round_multipolygon(&mp);
        assert_eq!(dropped, 1, "the hole collapses to one point");
        assert_eq!(fixed.len(), 1);
        let ring = &fixed[0][0];
        assert_eq!(ring.len(), 5, "{ring:?}");
        assert_eq!(ring.first(), ring.last());
        assert_eq!(
            ring[0],
            Fixed {
                x: -100_000,
                y: 4_900_000
            }
        );
        let back = fixed_to_geo(&fixed);
        assert!((back.unsigned_area() - 0.01).abs() < 1e-9);
    }

    /// In grid units (10^-5°) near 49° N: a 1 m × 1 m-unit square whose top has a deep notch
    /// reaching down to 0.05 unit above the bottom edge. Valid as it is; once rounded, the
    /// notch's tip lands on the bottom edge (and a second, crossing, notch goes through it).
    fn notched() -> MultiPolygon<f64> {
        let u = |x: f64, y: f64| Coord {
            x: -1.0 + x / SCALE,
            y: 49.0 + y / SCALE,
        };
        let exterior = LineString(vec![
            u(0.0, 0.55),
            u(100.0, 0.55),
            u(100.0, 100.0),
            u(60.0, 100.0),
            u(50.2, 0.6),
            u(40.0, 100.0),
            u(30.0, 100.0),
            u(20.4, 0.7),
            u(19.6, 0.7),
            u(10.0, 100.0),
            u(0.0, 100.0),
            u(0.0, 0.55),
        ]);
        oriented(&MultiPolygon(vec![Polygon::new(exterior, vec![])]))
    }

    #[test]
    fn rounding_that_breaks_validity_is_repaired_on_the_grid() {
        let source = notched();
        check_valid(&source, "source").unwrap();
        let (plain, _) = round_multipolygon(&source);
        assert!(
            !fixed_to_geo(&plain).is_valid(),
            "plain rounding makes it invalid"
        );
        let r = round_valid(&source, "notched").unwrap();
        assert!(r.repaired);
        let back = fixed_to_geo(&r.geometry);
        check_valid(&back, "repaired").unwrap();
        // Every vertex on the grid: rounding it again changes nothing.
        assert_eq!(round_multipolygon(&back).0, r.geometry);
        // Exteriors counter-clockwise, as the rest of the pipeline writes them.
        for polygon in &r.geometry {
            assert!(ring_area_grid(&polygon[0]) > 0.0, "{polygon:?}");
            assert_eq!(polygon[0].first(), polygon[0].last());
        }
        // The area moved by at most a grid step along the outline.
        let (a, b) = (source.unsigned_area(), back.unsigned_area());
        assert!((a - b).abs() / a < 0.02, "{a} {b}");
        // Deterministic.
        assert_eq!(
            round_valid(&source, "notched").unwrap().geometry,
            r.geometry
        );
    }

    #[test]
    fn a_valid_rounding_is_kept_vertex_for_vertex() {
        let mp = square_with_holes_and_islets();
        let r = round_valid(&mp, "square").unwrap();
        assert!(!r.repaired);
        assert_eq!(r.geometry, round_multipolygon(&mp).0);
    }

    #[test]
    fn fixed_point_formatting() {
        let f = |v| {
            let mut s = String::new();
            format_fixed(v, &mut s);
            s
        };
        assert_eq!(f(0), "0");
        assert_eq!(f(4_900_000), "49");
        assert_eq!(f(4_911_000), "49.11");
        assert_eq!(f(-109_123), "-1.09123");
        assert_eq!(f(-50_000), "-0.5");
        assert_eq!(f(1), "0.00001");
        assert_eq!(f(-1), "-0.00001");
        assert_eq!(
            Fixed::round(Coord {
                x: -1.091236,
                y: 49.000004
            }),
            Fixed {
                x: -109_124,
                y: 4_900_000
            }
        );
    }

    #[test]
    fn interior_point_is_inside() {
        let c = MultiPolygon(vec![
            polygon![(x: 0., y: 0.), (x: 2., y: 0.), (x: 2., y: 0.1), (x: 0.1, y: 0.1), (x: 0.1, y: 2.), (x: 0., y: 2.)],
        ]);
        let (fixed, _) = round_multipolygon(&c);
        let rounded = fixed_to_geo(&fixed);
        let p = interior_point(&c, &rounded).unwrap();
        assert!(rounded.contains(&Point(p.to_coord())));
    }
}
