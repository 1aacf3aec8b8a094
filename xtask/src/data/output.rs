//! The pipeline's working records, and their writing through the core crate's own file
//! formats ([`maillage::territories_file`], [`maillage::places_file`]): the pipeline keeps
//! coordinates as fixed-point integers (exact topology while dissolving), converts them to the
//! core's [`maillage::Territory`] and [`maillage::Place`] at the end, and writes no format of
//! its own.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};

use super::geom::{fixed_to_geo, Fixed, FixedMultiPolygon};

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

fn territory_id(id: &str) -> Result<maillage::TerritoryId> {
    id.parse().with_context(|| format!("territory id {id:?}"))
}

fn population(id: &str, n: Option<u64>) -> Result<Option<u32>> {
    n.map(u32::try_from)
        .transpose()
        .with_context(|| format!("{id}: population {n:?} does not fit the directory's u32"))
}

impl Feature {
    /// The core's territory for this feature.
    pub fn to_territory(&self) -> Result<maillage::Territory> {
        let id = territory_id(&self.id)?;
        anyhow::ensure!(
            id.kind().as_str() == self.kind,
            "{}: kind {:?} is not the id's",
            self.id,
            self.kind
        );
        Ok(maillage::Territory {
            kind: id.kind(),
            name: self.name.clone(),
            parents: self
                .parents
                .iter()
                .map(|p| territory_id(p))
                .collect::<Result<_>>()?,
            leads: Vec::new(),
            population: population(&self.id, self.population)?,
            geometry: fixed_to_geo(&self.geometry),
            id,
        })
    }
}

impl Place {
    /// The core's place.
    pub fn to_place(&self) -> Result<maillage::Place> {
        let kind = serde_json::from_value(serde_json::Value::from(self.kind))
            .with_context(|| format!("{}: place kind {:?}", self.id, self.kind))?;
        let at = self.point.to_coord();
        Ok(maillage::Place {
            id: territory_id(&self.id)?,
            name: self.name.clone(),
            kind,
            commune: territory_id(&self.commune)?,
            postcodes: self.postcodes.clone(),
            population: population(&self.id, self.population)?,
            point: maillage::Point {
                lat: at.y,
                lon: at.x,
            },
        })
    }
}

/// A FeatureCollection, one feature per line, in the order given (callers sort by id).
pub fn feature_collection(features: &[Feature]) -> Result<String> {
    let territories = features
        .iter()
        .map(Feature::to_territory)
        .collect::<Result<Vec<_>>>()?;
    Ok(maillage::territories_file(&territories))
}

/// `places.json`, one place per line, in the order given (callers sort by id).
pub fn places_json(places: &[Place]) -> Result<String> {
    let places = places
        .iter()
        .map(Place::to_place)
        .collect::<Result<Vec<_>>>()?;
    Ok(maillage::places_file(&places))
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
        let s = feature_collection(&[f.clone(), f]).unwrap();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0], r#"{"type":"FeatureCollection","features":["#);
        assert_eq!(
            lines[1],
            r#"{"type":"Feature","id":"commune:50502","properties":{"kind":"commune","name":"Saint-Lô","parents":["epci:200066389","departement:50"],"population":19116},"geometry":{"type":"MultiPolygon","coordinates":[[[[-1.1,49.1],[-1.0,49.1],[-1.0,49.2],[-1.1,49.1]]]]}},"#
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
        let s = places_json(&[p]).unwrap();
        assert_eq!(
            s,
            "{\"places\":[\n{\"id\":\"commune-deleguee:50602\",\"name\":\"Tourlaville\",\"kind\":\"commune-deleguee\",\"commune\":\"commune:50129\",\"postcodes\":[\"50110\"],\"population\":null,\"point\":{\"lat\":49.64,\"lon\":-1.57}}\n]}\n"
        );
        let empty = places_json(&[]).unwrap();
        assert!(serde_json::from_str::<serde_json::Value>(&empty).is_ok());
    }
}
