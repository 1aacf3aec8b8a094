//! Geometry: dissolving communes, removing union slivers, validity checks, rounding to 5
//! decimals and interior points.

use anyhow::{bail, ensure, Result};
use geo::orient::Direction;
use geo::{
    unary_union, Contains, Coord, GeodesicArea, InteriorPoint, LineString, MultiPolygon, Orient,
    Point, Polygon, Validation,
};

/// Holes and parts of a dissolved area smaller than this (in m², here 0.05 km²) are taken for
/// artefacts of the union: each commune was simplified on its own, so neighbouring communes do
/// not share exactly the same border and leave thin gaps (holes) between them.
pub const SLIVER_MAX_AREA_M2: f64 = 50_000.0;

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

/// Geodesic area of a ring's inside, m².
fn ring_area_m2(ring: &LineString<f64>) -> f64 {
    Polygon::new(ring.clone(), vec![]).geodesic_area_unsigned()
}

/// What [`remove_slivers`] removed.
#[derive(Clone, Debug, Default)]
pub struct Slivers {
    /// Areas (m²) of the holes removed.
    pub holes: Vec<f64>,
    /// Areas (m²) of the parts removed.
    pub parts: Vec<f64>,
    /// Smallest hole kept (m²), if any: shows how far the threshold is from real enclaves.
    pub smallest_hole_kept: Option<f64>,
}

impl Slivers {
    pub fn add(&mut self, other: Slivers) {
        self.holes.extend(other.holes);
        self.parts.extend(other.parts);
        self.smallest_hole_kept = match (self.smallest_hole_kept, other.smallest_hole_kept) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }

    pub fn count(&self) -> usize {
        self.holes.len() + self.parts.len()
    }
}

/// Removes the holes and parts smaller than `max_area_m2` from a dissolved area.
///
/// The largest part is always kept, however small, so that a tiny area does not vanish.
pub fn remove_slivers(mp: &MultiPolygon<f64>, max_area_m2: f64) -> (MultiPolygon<f64>, Slivers) {
    let mut slivers = Slivers::default();
    let areas: Vec<f64> = mp.0.iter().map(|p| ring_area_m2(p.exterior())).collect();
    let largest = areas
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, _)| i);
    let mut polygons = Vec::with_capacity(mp.0.len());
    for (i, (polygon, &area)) in mp.0.iter().zip(&areas).enumerate() {
        if area < max_area_m2 && Some(i) != largest {
            slivers.parts.push(area);
            continue;
        }
        let mut interiors = Vec::with_capacity(polygon.interiors().len());
        for hole in polygon.interiors() {
            let a = ring_area_m2(hole);
            if a < max_area_m2 {
                slivers.holes.push(a);
            } else {
                slivers.smallest_hole_kept = Some(slivers.smallest_hole_kept.map_or(a, |m| m.min(a)));
                interiors.push(hole.clone());
            }
        }
        polygons.push(Polygon::new(polygon.exterior().clone(), interiors));
    }
    (MultiPolygon(polygons), slivers)
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
    if !rounded.contains(&Point(f.to_coord())) {
        bail!(
            "interior point ({}, {}) falls outside the rounded geometry",
            p.x(),
            p.y()
        );
    }
    Ok(f)
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

    #[test]
    fn dissolve_leaves_a_sliver_that_is_removed() {
        let parts = neighbours_with_gap();
        let union = dissolve(&parts);
        assert_eq!(union.0.len(), 1);
        assert_eq!(union.0[0].interiors().len(), 1, "the gap is a hole: {union:?}");
        let (clean, slivers) = remove_slivers(&union, SLIVER_MAX_AREA_M2);
        assert_eq!(slivers.holes.len(), 1);
        assert!(slivers.holes[0] > 0.0 && slivers.holes[0] < 1_000.0, "{:?}", slivers.holes);
        assert!(slivers.parts.is_empty());
        assert_eq!(clean.0.len(), 1);
        assert!(clean.0[0].interiors().is_empty());
        check_valid(&clean, "test").unwrap();
    }

    #[test]
    fn real_holes_and_parts_are_kept_tiny_ones_removed() {
        // A 0.02° square (≈ 3.2 km²) with a 0.005° hole (≈ 0.2 km², an enclave: kept) and a
        // 0.0005° hole (≈ 0.002 km²: removed); plus a 0.001° islet (≈ 0.008 km²: removed) and
        // a 0.005° islet (kept).
        let main = polygon!(
            exterior: [(x: 0., y: 49.), (x: 0.02, y: 49.), (x: 0.02, y: 49.02), (x: 0., y: 49.02)],
            interiors: [
                [(x: 0.002, y: 49.002), (x: 0.002, y: 49.007), (x: 0.007, y: 49.007), (x: 0.007, y: 49.002)],
                [(x: 0.012, y: 49.012), (x: 0.012, y: 49.0125), (x: 0.0125, y: 49.0125), (x: 0.0125, y: 49.012)],
            ],
        );
        let tiny = polygon![(x: 0.03, y: 49.), (x: 0.031, y: 49.), (x: 0.031, y: 49.001), (x: 0.03, y: 49.001)];
        let islet = polygon![(x: 0.04, y: 49.), (x: 0.045, y: 49.), (x: 0.045, y: 49.005), (x: 0.04, y: 49.005)];
        let mp = oriented(&MultiPolygon(vec![main, tiny, islet]));
        let (clean, slivers) = remove_slivers(&mp, SLIVER_MAX_AREA_M2);
        assert_eq!(slivers.holes.len(), 1);
        assert_eq!(slivers.parts.len(), 1);
        assert_eq!(slivers.count(), 2);
        assert_eq!(clean.0.len(), 2);
        assert_eq!(clean.0[0].interiors().len(), 1);
        let kept = slivers.smallest_hole_kept.unwrap();
        assert!(kept > 150_000.0 && kept < 250_000.0, "{kept}");
        // The hole kept is the big one.
        assert!(clean.0[0].interiors()[0].0.iter().any(|c| c.x == 0.002));
        check_valid(&clean, "test").unwrap();
    }

    #[test]
    fn a_single_tiny_area_is_not_emptied() {
        let tiny = MultiPolygon(vec![polygon![(x: 0., y: 0.), (x: 0.0001, y: 0.), (x: 0.0001, y: 0.0001)]]);
        let (clean, slivers) = remove_slivers(&tiny, SLIVER_MAX_AREA_M2);
        assert_eq!(clean.0.len(), 1);
        assert_eq!(slivers.count(), 0);
    }

    #[test]
    fn invalid_geometry_is_refused() {
        let bowtie = MultiPolygon(vec![polygon![(x: 0., y: 0.), (x: 1., y: 1.), (x: 1., y: 0.), (x: 0., y: 1.)]]);
        let err = check_valid(&bowtie, "bowtie").unwrap_err().to_string();
        assert!(err.contains("bowtie") && err.contains("self-intersection"), "{err}");
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
        assert_eq!(ring[0], Fixed { x: -100_000, y: 4_900_000 });
        let back = fixed_to_geo(&fixed);
        assert!((back.unsigned_area() - 0.01).abs() < 1e-9);
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
        assert_eq!(Fixed::round(Coord { x: -1.091236, y: 49.000004 }), Fixed { x: -109_124, y: 4_900_000 });
    }

    #[test]
    fn interior_point_is_inside() {
        let c = MultiPolygon(vec![polygon![(x: 0., y: 0.), (x: 2., y: 0.), (x: 2., y: 0.1), (x: 0.1, y: 0.1), (x: 0.1, y: 2.), (x: 0., y: 2.)]]);
        let (fixed, _) = round_multipolygon(&c);
        let rounded = fixed_to_geo(&fixed);
        let p = interior_point(&c, &rounded).unwrap();
        assert!(rounded.contains(&Point(p.to_coord())));
    }
}
