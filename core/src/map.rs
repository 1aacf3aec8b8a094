//! Drawing territories as SVG, locally (no map tiles): an equirectangular frame fitted to a shape.

use std::fmt::Write;

use geo::{BoundingRect, MultiPolygon};

use crate::service::Point;

/// A map frame: longitudes scaled by the cosine of the middle latitude, fitted to a width.
///
/// ```
/// use maillage::MapFrame;
/// use geo::{polygon, MultiPolygon};
/// let square = MultiPolygon(vec![polygon![(x: -1.0, y: 49.0), (x: 0.0, y: 49.0), (x: 0.0, y: 50.0), (x: -1.0, y: 50.0)]]);
/// let frame = MapFrame::fit(&square, 100.0).unwrap();
/// let (x, y) = frame.project(maillage::Point { lat: 50.0, lon: -1.0 });
/// assert!(x.abs() < 1e-9 && y.abs() < 1e-9); // top left
/// assert!(frame.height > frame.width);        // a degree of longitude is shorter
/// assert!(frame.path(&square).starts_with("M0 "));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapFrame {
    /// Width of the drawing.
    pub width: f64,
    /// Height of the drawing.
    pub height: f64,
    min_lon: f64,
    max_lat: f64,
    scale: f64,
    lon_factor: f64,
}

impl MapFrame {
    /// A frame holding the whole shape, `width` units wide; `None` for an empty shape.
    pub fn fit(shape: &MultiPolygon<f64>, width: f64) -> Option<Self> {
        let r = shape.bounding_rect()?;
        let lon_factor = ((r.min().y + r.max().y) / 2.0).to_radians().cos();
        let w = (r.max().x - r.min().x) * lon_factor;
        let h = r.max().y - r.min().y;
        if w <= 0.0 || h <= 0.0 {
            return None;
        }
        let scale = width / w;
        Some(MapFrame {
            width,
            height: h * scale,
            min_lon: r.min().x,
            max_lat: r.max().y,
            scale,
            lon_factor,
        })
    }

    /// Drawing coordinates of a point (y grows downwards).
    pub fn project(&self, p: Point) -> (f64, f64) {
        (
            (p.lon - self.min_lon) * self.lon_factor * self.scale,
            (self.max_lat - p.lat) * self.scale,
        )
    }

    /// SVG path data of a shape, rounded to 0.1 unit, tiny steps skipped.
    pub fn path(&self, shape: &MultiPolygon<f64>) -> String {
        let mut d = String::new();
        for ring in shape
            .0
            .iter()
            .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
        {
            let mut last: Option<(i64, i64)> = None;
            for (i, c) in ring.0.iter().enumerate() {
                let (x, y) = self.project(Point { lat: c.y, lon: c.x });
                let q = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
                if last == Some(q) {
                    continue;
                }
                let cmd = if i == 0 { 'M' } else { 'L' };
                let _ = write!(d, "{cmd}{} {}", q.0 as f64 / 10.0, q.1 as f64 / 10.0);
                last = Some(q);
            }
            d.push('Z');
        }
        d
    }
}
