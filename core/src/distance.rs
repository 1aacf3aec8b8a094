//! How far apart two points are: the great-circle distance, and the chord that orders it.
//!
//! Every distance a person reads (the widget, the CLI, the leaflets, the coverage report) comes
//! from [`Point::distance_m`]: the great-circle distance on the sphere of the Earth's mean
//! radius (IUGG, 6,371,008.8 m), as the crow flies. It differs from the ellipsoidal (WGS 84)
//! distance by at most 0.5 % (under 60 m at 12 km), far below what a road adds, and costs one
//! square root and one arcsine from the chord the ranking already computed, where Karney's
//! ellipsoidal algorithm took 40 % of a nearest query. This is the haversine formula written on
//! unit vectors (geo's `Haversine` computes the same from degrees each time), so the ranking
//! and the distances shown can never disagree on an order.

use crate::service::Point;

/// The Earth's mean radius (IUGG), metres; the radius of geo's `Haversine` too.
pub(crate) const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// A point as a unit vector.
pub(crate) fn unit(p: Point) -> [f64; 3] {
    let (lat, lon) = (p.lat.to_radians(), p.lon.to_radians());
    let (sin_lat, cos_lat) = lat.sin_cos();
    let (sin_lon, cos_lon) = lon.sin_cos();
    [cos_lat * cos_lon, cos_lat * sin_lon, sin_lat]
}

/// The squared chord between two unit vectors: it orders great-circle distances exactly, with
/// a few multiplications.
pub(crate) fn chord2(a: &[f64; 3], b: &[f64; 3]) -> f64 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)
}

/// The great-circle distance, metres, of a squared chord.
pub(crate) fn arc_m(chord2: f64) -> f64 {
    2.0 * EARTH_RADIUS_M * asin_half_chord((chord2.sqrt() / 2.0).min(1.0))
}

/// The arcsine of half a chord. Up to 0.05 (distances up to 637 km) by its Taylor series to
/// the eleventh power, whose first term left out is below 1e-17 of the sum there: a few
/// multiplications where the library's arcsine took 3 % of a WebAssembly nearest query
/// (measured). Written by hand: no crate offers a cheaper exact arcsine.
fn asin_half_chord(x: f64) -> f64 {
    if x > 0.05 {
        return x.asin();
    }
    let x2 = x * x;
    let tail = 5.0 / 112.0 + x2 * (35.0 / 1152.0 + x2 * (63.0 / 2816.0));
    x * (1.0 + x2 * (1.0 / 6.0 + x2 * (3.0 / 40.0 + x2 * tail)))
}

impl Point {
    /// The great-circle distance to another point, metres (the Earth as a sphere of its mean
    /// radius: within 0.5 % of the ellipsoidal distance).
    ///
    /// ```
    /// use maillage::Point;
    /// let saint_lo = Point { lat: 49.1157, lon: -1.0903 };
    /// let granville = Point { lat: 48.8375, lon: -1.5970 };
    /// let d = saint_lo.distance_m(granville);
    /// assert_eq!((d / 100.0).round() / 10.0, 48.2); // km
    /// assert_eq!(saint_lo.distance_m(saint_lo), 0.0);
    /// assert_eq!(d, granville.distance_m(saint_lo));
    /// ```
    pub fn distance_m(self, other: Point) -> f64 {
        arc_m(chord2(&unit(self), &unit(other)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_arcsine_of_half_a_chord_is_the_arcsine_at_every_distance() {
        for k in 0..=20_000 {
            let x = f64::from(k) / 20_000.0 * 0.06;
            let (got, want) = (asin_half_chord(x), x.asin());
            assert!(
                (got - want).abs() <= 4.0 * f64::EPSILON * want,
                "asin({x}): {got} against {want}"
            );
        }
        assert_eq!(asin_half_chord(1.0), std::f64::consts::FRAC_PI_2);
    }
    use geo::{Distance, Geodesic, Haversine};

    fn p(lat: f64, lon: f64) -> Point {
        Point { lat, lon }
    }

    #[test]
    fn distances_agree_with_haversine_and_stay_within_half_a_percent_of_the_ellipsoid() {
        let pairs = [
            (p(49.1157, -1.0903), p(48.8375, -1.5970)), // Saint-Lô – Granville
            (p(49.6337, -1.6222), p(48.6847, -1.3684)), // Cherbourg – Avranches
            (p(49.1157, -1.0903), p(49.1158, -1.0903)), // 11 m
            (p(48.8566, 2.3522), p(43.2965, 5.3698)),   // Paris – Marseille
            (p(-21.1151, 55.5364), p(16.2650, -61.5510)), // La Réunion – Guadeloupe
        ];
        for (a, b) in pairs {
            let (ga, gb) = (geo::Point::from(a), geo::Point::from(b));
            let d = a.distance_m(b);
            let h = Haversine.distance(ga, gb);
            assert!((d - h).abs() <= 1e-6 * h.max(1.0), "{d} vs haversine {h}");
            let e = Geodesic.distance(ga, gb);
            assert!((d - e).abs() <= 0.005 * e, "{d} vs ellipsoid {e}");
        }
    }

    #[test]
    fn the_chord_orders_distances_as_they_are_shown() {
        let from = p(49.1157, -1.0903);
        let mut points: Vec<Point> = (0..200)
            .map(|i| {
                p(
                    48.5 + (i as f64 * 0.37) % 1.2,
                    -1.9 + (i as f64 * 0.61) % 1.1,
                )
            })
            .collect();
        let u = unit(from);
        points.sort_by(|a, b| chord2(&u, &unit(*a)).total_cmp(&chord2(&u, &unit(*b))));
        assert!(points
            .windows(2)
            .all(|w| from.distance_m(w[0]) <= from.distance_m(w[1])));
    }
}
