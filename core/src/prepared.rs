//! A polygon prepared for point tests: "is this point in the commune" answered by one cell
//! lookup for most points, and the exact test only near the outline.
//!
//! A 64 × 64 grid over the polygon's box classifies each cell once, when the polygon is first
//! met:
//! wholly inside, wholly outside, or touched by the outline. A point in an inside or outside
//! cell has its answer; a point in an outline cell gets geo's exact test (borders included),
//! as every point did before. geo's `PreparedGeometry` caches a graph for `relate` between
//! geometries, not a point lookup, and no crate we know of keeps such a cell classification
//! beside a polygon: hence this module.
//!
//! The grid's size: with 64 cells per side rather than 16, fewer points fall in an outline cell
//! (whose exact test is what costs), and locating a Manche point was 1.3 times faster natively
//! (measured), for 24 µs of preparing per commune instead of 6 and 1 KB of cells (on the heap:
//! a polygon never met costs a pointer).
//!
//! Soundness: an outline cell is any cell a segment of any ring comes within [`MARGIN`] of
//! (in cell units); the other cells are classified by their centre, and since no outline
//! enters them, every point of the closed cell is on the same side as its centre. A point's
//! cell is computed with the same arithmetic, and the margin covers its rounding.

use geo::{Coord, Intersects, Polygon};

/// Cells per side.
const N: usize = 64;

/// How near (in cell units) a segment may pass to a cell for the cell to count as touched.
const MARGIN: f64 = 1e-6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cell {
    Outside = 0,
    Inside = 1,
    Outline = 2,
}

/// A polygon's box and its cells, 2 bits each (1 KB).
#[derive(Clone, Debug)]
pub(crate) struct PreparedPolygon {
    x0: f64,
    y0: f64,
    /// Cells per degree, east–west and north–south.
    kx: f64,
    ky: f64,
    /// Cell `(col, row)` at bits `2 × (row × N + col)`; `None` for a degenerate box (tested
    /// exactly).
    cells: Option<Box<[u64; N * N * 2 / 64]>>,
}

impl PreparedPolygon {
    /// Classifies the cells of `polygon`'s box.
    pub(crate) fn new(polygon: &Polygon<f64>) -> Self {
        use geo::BoundingRect;
        let Some(r) = polygon.bounding_rect() else {
            return PreparedPolygon {
                x0: 0.0,
                y0: 0.0,
                kx: 0.0,
                ky: 0.0,
                cells: None,
            };
        };
        let (w, h) = (r.width(), r.height());
        let mut p = PreparedPolygon {
            x0: r.min().x,
            y0: r.min().y,
            kx: N as f64 / w,
            ky: N as f64 / h,
            cells: None,
        };
        if !(w > 0.0 && h > 0.0 && p.kx.is_finite() && p.ky.is_finite()) {
            return p;
        }
        let mut grid = [[Cell::Outside; N]; N]; // [row][col]
        let rings = || std::iter::once(polygon.exterior()).chain(polygon.interiors());
        let segments = || {
            rings().flat_map(|ring| ring.lines().map(|l| (p.to_cell(l.start), p.to_cell(l.end))))
        };
        // Cells the outline touches: per column the segment crosses, the rows between its
        // lowest and highest point within that column (widened by the margin).
        for ((ax, ay), (bx, by)) in segments() {
            let (lo, hi) = (ax.min(bx), ax.max(bx));
            let first = clamp(lo - MARGIN);
            let last = clamp(hi + MARGIN);
            let y_at = |x: f64| ay + (x - ax) * (by - ay) / (bx - ax);
            for col in first..=last {
                let (cx0, cx1) = ((col as f64).max(lo), ((col + 1) as f64).min(hi));
                let (ya, yb) = if bx == ax {
                    (ay, by)
                } else {
                    (y_at(cx0.min(cx1)), y_at(cx1.max(cx0)))
                };
                let rows = clamp(ya.min(yb) - MARGIN)..=clamp(ya.max(yb) + MARGIN);
                for cells in &mut grid[rows] {
                    cells[col] = Cell::Outline;
                }
            }
        }
        // The other cells by their centre, in one pass over the segments: a centre is inside
        // when an odd number of ring crossings of its row's middle line lie left of it (even–
        // odd, so holes are outside). Each crossing flips the parity of the cells right of it,
        // marked where they start and accumulated along the row.
        let mut flips = [[false; N + 1]; N];
        for ((ax, ay), (bx, by)) in segments() {
            let (lo, hi) = (ay.min(by), ay.max(by));
            let first_row = (lo - 0.5).ceil().max(0.0) as usize;
            for (row, flips) in flips.iter_mut().enumerate().skip(first_row) {
                let yc = row as f64 + 0.5;
                if yc >= hi {
                    break;
                }
                // `(ay > yc) != (by > yc)`: the segment crosses this middle line.
                if yc >= lo {
                    let x = ax + (yc - ay) * (bx - ax) / (by - ay);
                    let first_col = ((x - 0.5).floor() + 1.0).clamp(0.0, N as f64) as usize;
                    flips[first_col] ^= true;
                }
            }
        }
        for (cells, flips) in grid.iter_mut().zip(&flips) {
            let mut inside = false;
            for (cell, flip) in cells.iter_mut().zip(flips) {
                inside ^= flip;
                if inside && *cell != Cell::Outline {
                    *cell = Cell::Inside;
                }
            }
        }
        let mut bits = Box::new([0u64; N * N * 2 / 64]);
        for (row, cells) in grid.iter().enumerate() {
            for (col, cell) in cells.iter().enumerate() {
                let at = 2 * (row * N + col);
                bits[at / 64] |= (*cell as u64) << (at % 64);
            }
        }
        p.cells = Some(bits);
        p
    }

    fn to_cell(&self, c: Coord<f64>) -> (f64, f64) {
        ((c.x - self.x0) * self.kx, (c.y - self.y0) * self.ky)
    }

    /// Whether `c` is in `polygon` (the one this was prepared from), borders included: as
    /// `polygon.intersects(&c)`.
    #[inline]
    pub(crate) fn contains(&self, polygon: &Polygon<f64>, c: Coord<f64>) -> bool {
        let Some(bits) = &self.cells else {
            return polygon.intersects(&c);
        };
        let (x, y) = self.to_cell(c);
        // Outside the box (the cell lists normally keep those away) or on its far edges.
        if !(x >= 0.0 && y >= 0.0 && x <= N as f64 && y <= N as f64) {
            return polygon.intersects(&c);
        }
        let (col, row) = ((x as usize).min(N - 1), (y as usize).min(N - 1));
        let at = 2 * (row * N + col);
        match (bits[at / 64] >> (at % 64)) & 3 {
            0 => false,
            1 => true,
            _ => polygon.intersects(&c),
        }
    }
}

/// A cell coordinate to a column or row index within the grid.
fn clamp(v: f64) -> usize {
    if v <= 0.0 {
        0
    } else {
        (v as usize).min(N - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{coord, polygon, LineString};

    fn agree(p: &Polygon<f64>, points: impl Iterator<Item = Coord<f64>>) {
        let prepared = PreparedPolygon::new(p);
        for c in points {
            assert_eq!(prepared.contains(p, c), p.intersects(&c), "at {c:?}");
        }
    }

    /// A deterministic spread of points over and around a box, including its vertices' exact
    /// coordinates (borders).
    fn around(p: &Polygon<f64>) -> impl Iterator<Item = Coord<f64>> + '_ {
        use geo::BoundingRect;
        let r = p.bounding_rect().unwrap();
        let mut rnd = crate::cells::tests::uniform(7);
        let randoms: Vec<Coord<f64>> = (0..20_000)
            .map(|_| {
                coord! {
                    x: r.min().x - 0.1 * r.width() + 1.2 * r.width() * rnd(),
                    y: r.min().y - 0.1 * r.height() + 1.2 * r.height() * rnd(),
                }
            })
            .collect();
        let vertices = p
            .exterior()
            .0
            .iter()
            .chain(p.interiors().iter().flat_map(|i| &i.0));
        randoms.into_iter().chain(vertices.copied())
    }

    #[test]
    fn a_prepared_polygon_answers_as_the_exact_test_everywhere() {
        // A concave outline with a hole, as communes with an enclave have.
        let p = Polygon::new(
            LineString::from(vec![
                (0.0, 0.0),
                (10.0, 0.0),
                (10.0, 10.0),
                (5.0, 3.0),
                (0.0, 10.0),
                (0.0, 0.0),
            ]),
            vec![LineString::from(vec![
                (1.0, 1.0),
                (3.0, 1.0),
                (3.0, 2.0),
                (1.0, 1.0),
            ])],
        );
        agree(&p, around(&p));
        // Points on the grid's lines and on the box's far edges.
        agree(
            &p,
            (0..=64).flat_map(|i| {
                (0..=64).map(move |j| coord! { x: i as f64 / 6.4, y: j as f64 / 6.4 })
            }),
        );
    }

    #[test]
    fn a_prepared_polygon_answers_for_thin_and_degenerate_shapes() {
        let thin =
            polygon![(x: 0.0, y: 0.0), (x: 1.0, y: 0.0), (x: 1.0, y: 1e-7), (x: 0.0, y: 0.0)];
        agree(&thin, around(&thin));
        let flat = polygon![(x: 0.0, y: 0.0), (x: 1.0, y: 0.0), (x: 2.0, y: 0.0), (x: 0.0, y: 0.0)];
        agree(
            &flat,
            [coord! { x: 0.5, y: 0.0 }, coord! { x: 0.5, y: 1.0 }].into_iter(),
        );
    }

    #[test]
    fn most_points_of_a_commune_need_no_exact_test() {
        let d = crate::bundle::decode(include_bytes!("../data/manche.maillage")).unwrap();
        let saint_lo = d.territory(&"commune:50502".parse().unwrap()).unwrap();
        let p = &saint_lo.geometry.0[0];
        agree(p, around(p));
        let prepared = PreparedPolygon::new(p);
        let bits = prepared.cells.unwrap();
        let decided = (0..N * N)
            .filter(|i| (bits[2 * i / 64] >> (2 * i % 64)) & 3 != 2)
            .count();
        assert!(decided > N * N / 3, "{decided} of {} cells decided", N * N);
    }
}
