//! How a territory's MultiPolygon is written.
//!
//! Human-readable formats (JSON) get GeoJSON `coordinates` (`[[[[lon, lat], …]]]`). Binary formats
//! (the bundle) get coordinates quantized to 1e-5 degree (about a metre) and delta-encoded per
//! ring, which postcard stores as small varints: the Manche's 625 shapes shrink about fourfold.
//! No crate does this quantized encoding, hence this module.

use geo::{Coord, LineString, MultiPolygon, Polygon};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Quantization steps per degree in the binary form. Decoding divides by it (rather than
/// multiplying by 1e-5) so that a coordinate written with 5 decimals comes back bit-identical.
pub(crate) const STEPS_PER_DEGREE: f64 = 1e5;

type Rings = Vec<Vec<[f64; 2]>>;

pub(crate) fn to_coordinates(mp: &MultiPolygon<f64>) -> Vec<Rings> {
    mp.0.iter()
        .map(|p| {
            std::iter::once(p.exterior())
                .chain(p.interiors())
                .map(|r| r.0.iter().map(|c| [c.x, c.y]).collect())
                .collect()
        })
        .collect()
}

pub(crate) fn from_coordinates(coords: Vec<Rings>) -> MultiPolygon<f64> {
    MultiPolygon(
        coords
            .into_iter()
            .map(|rings| {
                let mut rings = rings
                    .into_iter()
                    .map(|r| LineString(r.into_iter().map(|[x, y]| Coord { x, y }).collect()));
                let exterior = rings.next().unwrap_or_else(|| LineString(vec![]));
                Polygon::new(exterior, rings.collect())
            })
            .collect(),
    )
}

fn quantize(v: f64) -> i32 {
    (v * STEPS_PER_DEGREE).round() as i32
}

pub(crate) fn serialize<S: Serializer>(mp: &MultiPolygon<f64>, s: S) -> Result<S::Ok, S::Error> {
    if s.is_human_readable() {
        return to_coordinates(mp).serialize(s);
    }
    let q: Vec<Vec<Vec<i32>>> =
        mp.0.iter()
            .map(|p| {
                std::iter::once(p.exterior())
                    .chain(p.interiors())
                    .map(|r| {
                        let (mut px, mut py) = (0i32, 0i32);
                        let mut out = Vec::with_capacity(r.0.len() * 2);
                        for c in &r.0 {
                            let (x, y) = (quantize(c.x), quantize(c.y));
                            out.push(x.wrapping_sub(px));
                            out.push(y.wrapping_sub(py));
                            (px, py) = (x, y);
                        }
                        out
                    })
                    .collect()
            })
            .collect();
    q.serialize(s)
}

pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<MultiPolygon<f64>, D::Error> {
    if d.is_human_readable() {
        return Ok(from_coordinates(Vec::<Rings>::deserialize(d)?));
    }
    let q = Vec::<Vec<Vec<i32>>>::deserialize(d)?;
    Ok(from_coordinates(
        q.into_iter()
            .map(|rings| {
                rings
                    .into_iter()
                    .map(|deltas| {
                        let (mut x, mut y) = (0i32, 0i32);
                        deltas
                            .chunks_exact(2)
                            .map(|d| {
                                x = x.wrapping_add(d[0]);
                                y = y.wrapping_add(d[1]);
                                [
                                    f64::from(x) / STEPS_PER_DEGREE,
                                    f64::from(y) / STEPS_PER_DEGREE,
                                ]
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect(),
    ))
}
