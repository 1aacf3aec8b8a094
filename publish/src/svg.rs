//! The coverage map: communes coloured and patterned by distance to the nearest place.

use std::fmt::Write as _;

use maillage::{Category, Directory, Territory, TerritoryKind};

use crate::coverage::{for_audience, Coverage};
use crate::escape::escape;

/// The map's distance classes: upper bound (km, exclusive of the next class), label, fill colour
/// (ColorBrewer YlGnBu, colour-blind safe and readable in grey) and pattern overlay.
pub const DISTANCE_CLASSES: [(f64, &str, &str); 4] = [
    (10.0, "0 à 10 km", "#ffffcc"),
    (20.0, "10 à 20 km", "#a1dab4"),
    (30.0, "20 à 30 km", "#41b6c4"),
    (f64::INFINITY, "plus de 30 km", "#225ea8"),
];

const NONE_LABEL: &str = "aucun lieu ne dessert la commune";
const NONE_FILL: &str = "#d9d9d9";

fn class_of(km: Option<f64>) -> usize {
    match km {
        None => DISTANCE_CLASSES.len(),
        Some(k) => DISTANCE_CLASSES
            .iter()
            .position(|(max, _, _)| k < *max)
            .unwrap_or(DISTANCE_CLASSES.len() - 1),
    }
}

/// Pattern definitions: class 0 plain, 1 dots, 2 diagonal hatching, 3 cross-hatching (white on
/// dark), "no place" horizontal lines on grey — so classes differ without colour.
fn patterns() -> String {
    let mut s = String::from("<defs>\n");
    let size = 6;
    for (i, (_, _, fill)) in DISTANCE_CLASSES.iter().enumerate() {
        let overlay = match i {
            0 => String::new(),
            1 => "<circle cx=\"3\" cy=\"3\" r=\"0.9\" fill=\"#1b3b2a\"/>".to_owned(),
            2 => "<path d=\"M0 6L6 0M-1 1L1 -1M5 7L7 5\" stroke=\"#0b2530\" stroke-width=\"0.9\"/>"
                .to_owned(),
            _ => "<path d=\"M0 6L6 0M-1 1L1 -1M5 7L7 5M0 0L6 6M-1 5L1 7M5 -1L7 1\" stroke=\"#ffffff\" stroke-width=\"0.8\"/>".to_owned(),
        };
        let _ = writeln!(
            s,
            "<pattern id=\"class-{i}\" patternUnits=\"userSpaceOnUse\" width=\"{size}\" height=\"{size}\">\
             <rect width=\"{size}\" height=\"{size}\" fill=\"{fill}\"/>{overlay}</pattern>"
        );
    }
    let _ = writeln!(
        s,
        "<pattern id=\"class-{}\" patternUnits=\"userSpaceOnUse\" width=\"{size}\" height=\"{size}\">\
         <rect width=\"{size}\" height=\"{size}\" fill=\"{NONE_FILL}\"/>\
         <path d=\"M0 1.5H6M0 4.5H6\" stroke=\"#333333\" stroke-width=\"0.7\"/></pattern>",
        DISTANCE_CLASSES.len()
    );
    s.push_str("</defs>\n");
    s
}

/// Equirectangular projection with the longitude scaled by cos(mean latitude), fitted to a box.
struct Projection {
    min_lon: f64,
    max_lat: f64,
    scale: f64,
    lon_scale: f64,
    x0: f64,
    y0: f64,
}

impl Projection {
    fn fit(communes: &[&Territory], x0: f64, y0: f64, width: f64, height: f64) -> Projection {
        let (mut min_lon, mut max_lon, mut min_lat, mut max_lat) = (180.0, -180.0, 90.0, -90.0);
        for t in communes {
            for poly in &t.geometry.0 {
                for c in poly.exterior().coords() {
                    min_lon = f64::min(min_lon, c.x);
                    max_lon = f64::max(max_lon, c.x);
                    min_lat = f64::min(min_lat, c.y);
                    max_lat = f64::max(max_lat, c.y);
                }
            }
        }
        if min_lon > max_lon {
            (min_lon, max_lon, min_lat, max_lat) = (0.0, 1.0, 0.0, 1.0);
        }
        let lon_scale = ((min_lat + max_lat) / 2.0_f64).to_radians().cos();
        let w = ((max_lon - min_lon) * lon_scale).max(1e-9);
        let h = (max_lat - min_lat).max(1e-9);
        let scale = (width / w).min(height / h);
        Projection {
            min_lon,
            max_lat,
            scale,
            lon_scale,
            // Centre the map in its box.
            x0: x0 + (width - w * scale) / 2.0,
            y0: y0 + (height - h * scale) / 2.0,
        }
    }

    fn xy(&self, lon: f64, lat: f64) -> (f64, f64) {
        (
            self.x0 + (lon - self.min_lon) * self.lon_scale * self.scale,
            self.y0 + (self.max_lat - lat) * self.scale,
        )
    }
}

fn path_d(p: &Projection, t: &Territory) -> String {
    let mut d = String::new();
    for poly in &t.geometry.0 {
        for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
            let mut first = true;
            let mut last = (f64::NAN, f64::NAN);
            for c in ring.coords() {
                let (x, y) = p.xy(c.x, c.y);
                let (x, y) = ((x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0);
                if (x, y) == last {
                    continue;
                }
                let _ = write!(d, "{}{x} {y}", if first { "M" } else { "L" });
                first = false;
                last = (x, y);
            }
            if !first {
                d.push('Z');
            }
        }
    }
    d
}

/// Where the footer starts, below the map's box.
const FOOTER_TOP: f64 = 940.0;

fn footer_lines(d: &Directory, coverage: &Coverage) -> Vec<String> {
    let mut lines = vec![format!(
        "Sources : {} (version {}) ;",
        d.metadata.name, d.metadata.version
    )];
    lines.extend(d.metadata.attribution.iter().map(|a| format!("{a} ;")));
    lines.push(
        "Distances géodésiques depuis un point intérieur de chaque commune ; seuls les lieux publics qui la desservent comptent."
            .to_owned(),
    );
    lines.push(format!(
        "Données au {}{}. Carte : maillage.",
        coverage.today.format("%d/%m/%Y"),
        coverage.audience.map_or(String::new(), |a| format!(
            ", lieux pour le public « {} »",
            a.label_fr()
        ))
    ));
    lines
}

fn km_fr(km: f64) -> String {
    format!("{km:.1}").replace('.', ",")
}

/// The coverage map of one category as a standalone SVG document: every commune a `<path>`
/// (`id="commune-INSEE"`, `class="commune class-N"`, with a `<title>` giving its name and
/// distance), filled by distance class ([`DISTANCE_CLASSES`], plus "no place") with a colour
/// *and* a pattern; EPCI outlines; the public places of the category as dots; a legend; the share
/// of inhabitants more than 20 km away per EPCI; title, date, sample notice and attribution.
///
/// ```
/// use maillage::{bundle, Category};
/// let d = bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
/// let c = maillage_publish::coverage(&d, "2026-11-29".parse().unwrap(), None);
/// let svg = maillage_publish::coverage_svg(&d, &c, Category::Ecoute);
/// assert_eq!(svg.matches("<path id=\"commune-").count(), 445);
/// assert!(svg.contains("plus de 30 km"));
/// ```
pub fn coverage_svg(directory: &Directory, coverage: &Coverage, category: Category) -> String {
    let d = directory;
    let width = 900.0;
    let height = FOOTER_TOP + 18.0 + 16.0 * footer_lines(d, coverage).len() as f64 + 14.0;
    let communes: Vec<&Territory> = d
        .territories
        .iter()
        .filter(|t| t.kind == TerritoryKind::Commune)
        .collect();
    let proj = Projection::fit(&communes, 20.0, 90.0, 560.0, 840.0);
    let scope = d
        .territory(&d.metadata.scope)
        .map_or(d.metadata.name.as_str(), |t| t.name.as_str());
    let title = format!(
        "{} : distance au lieu d'accueil le plus proche — {}",
        scope,
        category.label_fr()
    );
    let desc = format!(
        "Carte des {} communes, chacune colorée et tramée selon la distance à vol d'oiseau entre un point intérieur de la commune et le lieu d'accueil public le plus proche qui la dessert pour la catégorie « {} ». Données au {}.",
        communes.len(),
        category.label_fr(),
        coverage.today.format("%d/%m/%Y")
    );
    let mut s = String::with_capacity(400 * 1024);
    let _ = write!(
        s,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"map-title map-desc\" \
         font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\">\n\
         <title id=\"map-title\">{}</title>\n<desc id=\"map-desc\">{}</desc>\n",
        escape(&title),
        escape(&desc)
    );
    s.push_str(&patterns());
    let _ = writeln!(
        s,
        "<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n\
         <text x=\"20\" y=\"36\" font-size=\"20\" font-weight=\"bold\" fill=\"#111111\">{}</text>\n\
         <text x=\"20\" y=\"62\" font-size=\"14\" fill=\"#222222\">Distance au lieu d'accueil public le plus proche — {} (à vol d'oiseau)</text>",
        escape(scope),
        escape(category.label_fr())
    );

    // Communes.
    s.push_str("<g id=\"communes\" stroke=\"#4d4d4d\" stroke-width=\"0.3\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">\n");
    let mut counts = [0usize; DISTANCE_CLASSES.len() + 1];
    for t in &communes {
        let km = coverage
            .communes
            .iter()
            .find(|c| c.id == t.id)
            .and_then(|c| c.distances.get(&category).copied().flatten());
        let class = class_of(km);
        counts[class] += 1;
        let label = match km {
            Some(k) => format!("{} : {} km", t.name, km_fr(k)),
            None => format!("{} : {NONE_LABEL}", t.name),
        };
        let _ = writeln!(
            s,
            "<path id=\"commune-{}\" class=\"commune class-{class}\" fill=\"url(#class-{class})\" d=\"{}\"><title>{}</title></path>",
            escape(t.id.code()),
            path_d(&proj, t),
            escape(&label)
        );
    }
    s.push_str("</g>\n");

    // EPCI outlines.
    s.push_str("<g id=\"epci\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.4\" stroke-linejoin=\"round\">\n");
    for t in d
        .territories
        .iter()
        .filter(|t| t.kind == TerritoryKind::Epci)
    {
        let _ = writeln!(
            s,
            "<path class=\"epci\" d=\"{}\"><title>{}</title></path>",
            path_d(&proj, t),
            escape(&t.name)
        );
    }
    s.push_str("</g>\n");

    // Places of the category.
    s.push_str("<g id=\"places\" fill=\"#000000\" stroke=\"#ffffff\" stroke-width=\"1.2\">\n");
    let mut places = 0;
    for svc in d
        .services
        .iter()
        .filter(|x| x.categories.contains(&category) && for_audience(x, coverage.audience))
    {
        let Some(p) = svc.point_for(maillage::Viewer::Public) else {
            continue;
        };
        let (x, y) = proj.xy(p.lon, p.lat);
        places += 1;
        let _ = writeln!(
            s,
            "<circle class=\"place\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\"><title>{}</title></circle>",
            x,
            y,
            escape(&svc.name)
        );
    }
    s.push_str("</g>\n");

    // Legend.
    let lx = 610.0;
    let mut y = 110.0;
    let _ = writeln!(
        s,
        "<g id=\"legend\" font-size=\"13\" fill=\"#111111\">\n<text x=\"{lx}\" y=\"{y}\" font-weight=\"bold\" font-size=\"15\">Légende</text>"
    );
    y += 14.0;
    let entries: Vec<(usize, String)> = DISTANCE_CLASSES
        .iter()
        .enumerate()
        .map(|(i, (_, label, _))| (i, (*label).to_owned()))
        .chain(std::iter::once((
            DISTANCE_CLASSES.len(),
            "aucun lieu".to_owned(),
        )))
        .collect();
    for (i, label) in entries {
        let _ = writeln!(
            s,
            "<rect class=\"legend-swatch\" x=\"{lx}\" y=\"{y}\" width=\"34\" height=\"20\" fill=\"url(#class-{i})\" stroke=\"#333333\" stroke-width=\"0.8\"/>\
             <text x=\"{}\" y=\"{}\">{} ({} communes)</text>",
            lx + 44.0,
            y + 15.0,
            escape(&label),
            counts[i]
        );
        y += 28.0;
    }
    let _ = writeln!(
        s,
        "<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"#000000\" stroke=\"#ffffff\" stroke-width=\"1.2\"/>\
         <text x=\"{}\" y=\"{}\">lieu d'accueil public ({places})</text>\n\
         <line x1=\"{lx}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#000000\" stroke-width=\"1.4\"/>\
         <text x=\"{}\" y=\"{}\">limite d'EPCI</text>",
        lx + 17.0,
        y + 8.0,
        lx + 44.0,
        y + 13.0,
        y + 34.0,
        lx + 34.0,
        y + 34.0,
        lx + 44.0,
        y + 39.0
    );
    y += 80.0;
    let _ = writeln!(
        s,
        "<text x=\"{lx}\" y=\"{y}\" font-weight=\"bold\" font-size=\"15\">Habitants à plus de 20 km</text>"
    );
    y += 6.0;
    for e in &coverage.epci {
        let Some(f) = e.by_category.get(&category) else {
            continue;
        };
        y += 20.0;
        let _ = writeln!(
            s,
            "<text x=\"{lx}\" y=\"{y}\"><tspan font-weight=\"bold\">{} %</tspan> {}</text>",
            (f.share_over_20km * 100.0).round(),
            escape(&e.name)
        );
    }
    if let Some(f) = coverage.total.by_category.get(&category) {
        y += 24.0;
        let _ = writeln!(
            s,
            "<text x=\"{lx}\" y=\"{y}\"><tspan font-weight=\"bold\">{} %</tspan> {} (ensemble)</text>",
            (f.share_over_20km * 100.0).round(),
            escape(scope)
        );
        y += 20.0;
        let _ = writeln!(
            s,
            "<text x=\"{lx}\" y=\"{y}\">Joignables par téléphone ou en ligne : {} %</text>",
            (f.share_remote * 100.0).round()
        );
        if let Some(m) = f.mean_km {
            y += 20.0;
            let _ = writeln!(
                s,
                "<text x=\"{lx}\" y=\"{y}\">Distance moyenne par habitant : {} km</text>",
                km_fr(m)
            );
        }
    }
    s.push_str("</g>\n");

    // Footer: sample notice, sources (one a line) and method.
    let mut fy = FOOTER_TOP;
    if d.metadata.sample {
        fy += 18.0;
        let _ = writeln!(
            s,
            "<text x=\"20\" y=\"{fy}\" font-size=\"13\" font-weight=\"bold\" fill=\"#000000\">Données d'exemple — à vérifier par le comité technique</text>"
        );
    }
    for line in footer_lines(d, coverage) {
        fy += 16.0;
        let _ = writeln!(
            s,
            "<text x=\"20\" y=\"{fy}\" font-size=\"11\" fill=\"#222222\">{}</text>",
            escape(&line)
        );
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(class_of(Some(0.0)), 0);
        assert_eq!(class_of(Some(10.0)), 1);
        assert_eq!(class_of(Some(29.9)), 2);
        assert_eq!(class_of(Some(300.0)), 3);
        assert_eq!(class_of(None), 4);
    }
}
