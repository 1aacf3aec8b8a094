//! Boxes by grid cell: the boxes holding a point in one lookup.
//!
//! A regular grid of cells half the width and height of a typical box lists, per cell, the
//! boxes that meet it (a point's cell then lists fewer boxes to test than with cells of a box's
//! size: Manche locate 1.1 times faster natively, measured). A point's boxes are found in its
//! cell's list: one binary search among the occupied cells, where an R-tree descends several
//! levels of overlapping boxes (most of a `locate` before this grid). Only occupied cells are
//! stored, so a directory spanning mainland France and the overseas départements costs what
//! its land costs. Boxes spanning very many cells (a country-wide custom territory) are listed
//! apart and checked for every point. rstar answers the same question in a tree; no crate we
//! know of keeps this flat form, hence this module.

/// A box: `[min_x, min_y, max_x, max_y]`.
pub(crate) type Bounds = [f64; 4];

/// Boxes meeting more cells than this are checked for every point instead.
const WIDE: u64 = 4096;

/// Boxes, and the boxes meeting each occupied cell.
#[derive(Clone, Debug)]
pub(crate) struct BoxCells {
    /// The boxes, by position.
    boxes: Vec<Bounds>,
    /// Cells per degree, x and y.
    kx: f64,
    ky: f64,
    /// Occupied cells, sorted; `starts[i]..starts[i + 1]` is cell `keys[i]`'s part of `items`.
    keys: Vec<u64>,
    starts: Vec<u32>,
    items: Vec<u32>,
    /// Boxes meeting more than [`WIDE`] cells.
    wide: Vec<u32>,
}

impl BoxCells {
    /// Lists `boxes` (by position) by cell; cells are half the median box's width and height.
    pub(crate) fn new(boxes: Vec<Bounds>) -> Self {
        // Sizes are positive: their bits order as they do. `u128` because the place search
        // already selects among `u128`s, and the widget's WebAssembly then carries one
        // copy of that code, not one per type.
        let median = |f: fn(&Bounds) -> f64| {
            let mut v: Vec<u128> = boxes
                .iter()
                .map(f)
                .filter(|x| *x > 0.0 && x.is_finite())
                .map(|x| u128::from(x.to_bits()))
                .collect();
            let middle = v.len() / 2;
            match v.get(middle) {
                Some(_) => f64::from_bits(*v.select_nth_unstable(middle).1 as u64),
                None => 1.0,
            }
        };
        let kx = 2.0 / median(|b| b[2] - b[0]);
        let ky = 2.0 / median(|b| b[3] - b[1]);
        // (cell, box) as `key << 32 | box`, sorted: the boxes of a cell come together.
        let mut pairs: Vec<u128> = Vec::new();
        let mut wide = Vec::new();
        for (i, b) in boxes.iter().enumerate() {
            let (x0, y0) = cell(kx, ky, b[0], b[1]);
            let (x1, y1) = cell(kx, ky, b[2], b[3]);
            let count = (x1 - x0 + 1) as u64 * (y1 - y0 + 1) as u64;
            if count > WIDE {
                wide.push(i as u32);
                continue;
            }
            for x in x0..=x1 {
                for y in y0..=y1 {
                    pairs.push(u128::from(key(x, y)) << 32 | i as u128);
                }
            }
        }
        crate::sorting::sort(&mut pairs);
        let mut keys = Vec::new();
        let mut starts = Vec::new();
        for (n, pair) in pairs.iter().enumerate() {
            let k = (pair >> 32) as u64;
            if keys.last() != Some(&k) {
                keys.push(k);
                starts.push(n as u32);
            }
        }
        starts.push(pairs.len() as u32);
        BoxCells {
            kx,
            ky,
            keys,
            starts,
            items: pairs.into_iter().map(|pair| pair as u32).collect(),
            wide,
            boxes,
        }
    }

    /// The boxes listed in cell `(x, y)`.
    fn listed(&self, x: i32, y: i32) -> &[u32] {
        match self.keys.binary_search(&key(x, y)) {
            Ok(i) => &self.items[self.starts[i] as usize..self.starts[i + 1] as usize],
            Err(_) => &[],
        }
    }

    /// The boxes holding the point `(x, y)` (borders included), by position.
    pub(crate) fn holding(&self, x: f64, y: f64) -> impl Iterator<Item = u32> + '_ {
        let (cx, cy) = cell(self.kx, self.ky, x, y);
        let area = [x, y, x, y];
        self.listed(cx, cy)
            .iter()
            .chain(&self.wide)
            .copied()
            .filter(move |&k| meets(&self.boxes[k as usize], &area))
    }

    /// The boxes meeting `area` (borders included), each once, by position.
    pub(crate) fn meeting<'c>(&'c self, area: &'c Bounds) -> Box<dyn Iterator<Item = u32> + 'c> {
        let (x0, y0) = cell(self.kx, self.ky, area[0], area[1]);
        let (x1, y1) = cell(self.kx, self.ky, area[2], area[3]);
        let meet = move |k: &u32| meets(&self.boxes[*k as usize], area);
        if (x1 - x0 + 1) as u64 * (y1 - y0 + 1) as u64 > WIDE {
            // Too many cells to look up one by one: every box.
            return Box::new((0..self.boxes.len() as u32).filter(meet));
        }
        let listed = (x0..=x1).flat_map(move |x| {
            (y0..=y1).flat_map(move |y| {
                // A box listed in several of these cells is given in the first one only.
                self.listed(x, y).iter().copied().filter(move |&k| {
                    let b = &self.boxes[k as usize];
                    let (bx, by) = cell(self.kx, self.ky, b[0], b[1]);
                    x == x0.max(bx) && y == y0.max(by)
                })
            })
        });
        Box::new(listed.chain(self.wide.iter().copied()).filter(meet))
    }
}

/// Whether two boxes meet, borders included.
fn meets(a: &Bounds, b: &Bounds) -> bool {
    a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]
}

/// The cell holding `(x, y)`. Rounding is monotonic, so a point inside a box falls in one of
/// the cells listed for it.
fn cell(kx: f64, ky: f64, x: f64, y: f64) -> (i32, i32) {
    // `as` saturates: coordinates are degrees, far from the limits.
    ((x * kx).floor() as i32, (y * ky).floor() as i32)
}

fn key(x: i32, y: i32) -> u64 {
    (u64::from(x as u32) << 32) | u64::from(y as u32)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Numbers uniform in [0, 1), the same on every run (a linear congruential generator: the
    /// tests of the geometry need a spread of points, not randomness).
    pub(crate) fn uniform(seed: u64) -> impl FnMut() -> f64 {
        let mut state = seed;
        move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 11) as f64 / (1u64 << 53) as f64
        }
    }

    #[test]
    fn the_boxes_holding_a_point_or_meeting_an_area_are_found_each_once() {
        // Boxes of many sizes, on both sides of the meridian and the equator, one very wide.
        let mut rnd = uniform(3);
        let mut boxes: Vec<Bounds> = (0..500)
            .map(|_| {
                let (x, y) = (-10.0 + 20.0 * rnd(), -5.0 + 10.0 * rnd());
                let (w, h) = (0.5 * rnd() * rnd(), 0.5 * rnd() * rnd());
                [x, y, x + w, y + h]
            })
            .collect();
        boxes.push([-60.0, -30.0, 60.0, 30.0]);
        boxes.push([1.0, 1.0, 1.0, 1.0]); // a point
        let cells = BoxCells::new(boxes.clone());
        assert_eq!(cells.wide, [500]);
        let mut points: Vec<(f64, f64)> = (0..20_000)
            .map(|_| (-11.0 + 22.0 * rnd(), -6.0 + 12.0 * rnd()))
            .collect();
        // Corners and edges are inside their box.
        points.extend(
            boxes
                .iter()
                .flat_map(|b| [(b[0], b[1]), (b[2], b[3]), (b[0], b[3])]),
        );
        // Every box found, and only those (written out here, not with `meets`).
        let exactly = |found: Vec<u32>, area: &Bounds| {
            let mut once = found.clone();
            once.sort_unstable();
            once.dedup();
            assert_eq!(once.len(), found.len(), "a box given twice for {area:?}");
            let expected: Vec<u32> = (0..boxes.len() as u32)
                .filter(|&i| {
                    let b = &boxes[i as usize];
                    b[0] <= area[2] && area[0] <= b[2] && b[1] <= area[3] && area[1] <= b[3]
                })
                .collect();
            assert_eq!(once, expected, "{area:?}");
        };
        for (x, y) in points.iter().copied() {
            exactly(cells.holding(x, y).collect(), &[x, y, x, y]);
        }
        // Areas of many sizes around the same points (the largest through the fallback that
        // looks at every box).
        for (n, (x, y)) in points.into_iter().enumerate().take(3_000) {
            let r = [0.001, 0.05, 0.3, 20.0][n % 4];
            let area = [x - r, y - r, x + r, y + r];
            exactly(cells.meeting(&area).collect(), &area);
        }
    }
}
