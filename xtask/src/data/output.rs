//! Writers for the exact file formats the core crate's loader reads: GeoJSON with one feature
//! per line, `places.json` with one place per line. Written by hand (not through a JSON map) so
//! that key order and number formatting are fixed.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};

use super::geom::{format_fixed, Fixed, FixedMultiPolygon};

/// One territory feature.
#[derive(Clone, Debug)]
pub struct Feature {
    /// `kind:code`.
    pub id: String,
    pub kind: &'static str,
    pub name: String,
    /// Most specific first.
    pub parents: Vec<String>,
    pub population: Option<u64>,
    pub geometry: FixedMultiPolygon,
}

/// One searchable place.
#[derive(Clone, Debug)]
pub struct Place {
    pub id: String,
    pub name: String,
    /// `commune`, `commune-deleguee` or `commune-associee`.
    pub kind: &'static str,
    /// The current commune's id.
    pub commune: String,
    pub postcodes: Vec<String>,
    pub population: Option<u64>,
    pub point: Fixed,
}

fn json_str(s: &str) -> String {
    // Serializing a &str cannot fail.
    serde_json::to_string(s).unwrap_or_default()
}

fn json_str_list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| json_str(s)).collect();
    format!("[{}]", inner.join(","))
}

fn json_opt(n: Option<u64>) -> String {
    n.map_or_else(|| "null".to_owned(), |n| n.to_string())
}

fn push_geometry(out: &mut String, mp: &FixedMultiPolygon) {
    out.push_str(r#"{"type":"MultiPolygon","coordinates":["#);
    for (i, polygon) in mp.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('[');
        for (j, ring) in polygon.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push('[');
            for (k, p) in ring.iter().enumerate() {
                if k > 0 {
                    out.push(',');
                }
                out.push('[');
                format_fixed(p.x, out);
                out.push(',');
                format_fixed(p.y, out);
                out.push(']');
            }
            out.push(']');
        }
        out.push(']');
    }
    out.push_str("]}");
}

/// A FeatureCollection, one feature per line, in the order given (callers sort by id).
pub fn feature_collection(features: &[Feature]) -> String {
    let mut out = String::from("{\"type\":\"FeatureCollection\",\"features\":[\n");
    for (i, f) in features.iter().enumerate() {
        out.push_str(&format!(
            r#"{{"type":"Feature","id":{},"properties":{{"kind":{},"name":{},"parents":{},"population":{}}},"geometry":"#,
            json_str(&f.id),
            json_str(f.kind),
            json_str(&f.name),
            json_str_list(&f.parents),
            json_opt(f.population),
        ));
        push_geometry(&mut out, &f.geometry);
        out.push('}');
        if i + 1 < features.len() {
            out.push(',');
        }
        out.push('\n');
    }
    out.push_str("]}\n");
    out
}

/// `places.json`, one place per line, in the order given (callers sort by id).
pub fn places_json(places: &[Place]) -> String {
    let mut out = String::from("{\"places\":[\n");
    for (i, p) in places.iter().enumerate() {
        let (mut lat, mut lon) = (String::new(), String::new());
        format_fixed(p.point.y, &mut lat);
        format_fixed(p.point.x, &mut lon);
        out.push_str(&format!(
            r#"{{"id":{},"name":{},"kind":{},"commune":{},"postcodes":{},"population":{},"point":{{"lat":{lat},"lon":{lon}}}}}"#,
            json_str(&p.id),
            json_str(&p.name),
            json_str(p.kind),
            json_str(&p.commune),
            json_str_list(&p.postcodes),
            json_opt(p.population),
        ));
        if i + 1 < places.len() {
            out.push(',');
        }
        out.push('\n');
    }
    out.push_str("]}\n");
    out
}

/// Writes through a temporary file and a rename, so a failed run never leaves half a file.
pub fn write_file(path: &Path, contents: &str) -> Result<u64> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let tmp = path.with_extension("tmp");
    fs::write(&tmp, contents).with_context(|| format!("writing {}", tmp.display()))?;
    fs::rename(&tmp, path)
        .with_context(|| format!("renaming {} to {}", tmp.display(), path.display()))?;
    Ok(contents.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_line_format() {
        let f = Feature {
            id: "commune:50502".into(),
            kind: "commune",
            name: "Saint-Lô".into(),
            parents: vec!["epci:200066389".into(), "departement:50".into()],
            population: Some(19116),
            geometry: vec![vec![vec![
                Fixed {
                    x: -110_000,
                    y: 4_910_000,
                },
                Fixed {
                    x: -100_000,
                    y: 4_910_000,
                },
                Fixed {
                    x: -100_000,
                    y: 4_920_000,
                },
                Fixed {
                    x: -110_000,
                    y: 4_910_000,
                },
            ]]],
        };
        let s = feature_collection(&[f.clone(), f]);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0], r#"{"type":"FeatureCollection","features":["#);
        assert_eq!(
            lines[1],
            r#"{"type":"Feature","id":"commune:50502","properties":{"kind":"commune","name":"Saint-Lô","parents":["epci:200066389","departement:50"],"population":19116},"geometry":{"type":"MultiPolygon","coordinates":[[[[-1.1,49.1],[-1,49.1],[-1,49.2],[-1.1,49.1]]]]}},"#
        );
        assert!(!lines[2].ends_with(','));
        assert_eq!(lines[3], "]}");
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["features"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn place_line_format() {
        let p = Place {
            id: "commune-deleguee:50602".into(),
            name: "Tourlaville".into(),
            kind: "commune-deleguee",
            commune: "commune:50129".into(),
            postcodes: vec!["50110".into()],
            population: None,
            point: Fixed {
                x: -157_000,
                y: 4_964_000,
            },
        };
        let s = places_json(&[p]);
        assert_eq!(
            s,
            "{\"places\":[\n{\"id\":\"commune-deleguee:50602\",\"name\":\"Tourlaville\",\"kind\":\"commune-deleguee\",\"commune\":\"commune:50129\",\"postcodes\":[\"50110\"],\"population\":null,\"point\":{\"lat\":49.64,\"lon\":-1.57}}\n]}\n"
        );
        let empty = places_json(&[]);
        assert!(serde_json::from_str::<serde_json::Value>(&empty).is_ok());
    }
}
