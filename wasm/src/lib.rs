//! WebAssembly bindings of [`maillage`] for the `<maillage-finder>` widget.
//!
//! A thin conversion layer: bytes and numbers in, JSON text out (parsed once by the widget,
//! only for the few rows it shows), errors as JS `Error`s carrying the message. Every decision
//! (matching, ranking, opening hours, pathway order) is the core's.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use chrono::{DateTime, NaiveDateTime};
use maillage::{bundle, Index, MapFrame, NearestQuery, Point, Situation, TerritoryId};
use wasm_bindgen::prelude::*;

/// The filters of [`Finder::nearest`], as JSON.
#[derive(serde::Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct Filters {
    categories: Vec<String>,
    audiences: Vec<String>,
    access: Vec<String>,
    open_only: bool,
    language: Option<String>,
    step_free: bool,
    professional: bool,
    limit: Option<usize>,
}

// Plain structs rather than `serde_json::json!`: the WebAssembly then carries no
// `serde_json::Value` machinery (the widget has a size budget).
#[derive(serde::Serialize)]
struct Term {
    id: &'static str,
    fr: &'static str,
    en: &'static str,
}

#[derive(serde::Serialize)]
struct TerritoryName<'a> {
    id: &'a str,
    kind: &'a str,
    name: &'a str,
}

#[derive(serde::Serialize)]
struct Metadata<'a> {
    metadata: &'a maillage::Metadata,
    categories: Vec<Term>,
    questions: Vec<&'static str>,
    national: Vec<maillage::Nearby<'a>>,
    territories: Vec<TerritoryName<'a>>,
}

#[derive(serde::Serialize)]
struct MapView {
    width: f64,
    height: f64,
    outline: String,
    points: Vec<[f64; 2]>,
}

/// A loaded directory, ready to answer the widget's questions.
#[wasm_bindgen]
pub struct Finder {
    index: Index,
}

fn json(v: &impl serde::Serialize) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

fn paris(now_ms: f64) -> Result<NaiveDateTime, JsError> {
    DateTime::from_timestamp_millis(now_ms as i64)
        .map(|t| maillage::utc_to_paris(t.naive_utc()))
        .ok_or_else(|| JsError::new("invalid time"))
}

fn point(lat: f64, lon: f64) -> Result<Point, JsError> {
    if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) {
        Ok(Point { lat, lon })
    } else {
        Err(JsError::new("latitude or longitude out of range"))
    }
}

fn terms<T: std::str::FromStr>(what: &str, list: &[String]) -> Result<Vec<T>, JsError>
where
    T::Err: std::fmt::Display,
{
    list.iter().map(|c| parse(what, c)).collect()
}

fn parse<T: std::str::FromStr>(what: &str, text: &str) -> Result<T, JsError>
where
    T::Err: std::fmt::Display,
{
    text.parse()
        .map_err(|e: T::Err| JsError::new(&format!("{what}: {e}")))
}

#[wasm_bindgen]
impl Finder {
    /// Loads a bundle (`.maillage` bytes); a JS `Error` says why when it cannot.
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: &[u8]) -> Result<Finder, JsError> {
        let directory = bundle::decode(bytes).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Finder {
            index: Index::new(directory),
        })
    }

    /// The directory's metadata, national lines, vocabularies and pathway questions, as JSON.
    pub fn metadata(&self) -> String {
        let d = self.index.directory();
        let categories: Vec<Term> = maillage::Category::ALL
            .iter()
            .map(|c| Term {
                id: c.as_str(),
                fr: c.label_fr(),
                en: c.label_en(),
            })
            .collect();
        let national: Vec<maillage::Nearby<'_>> = d
            .national
            .iter()
            .map(|s| maillage::Nearby {
                service: s,
                distance_m: None,
                open: maillage::OpenState::Unknown,
                next_change: None,
                reasons: vec![],
                professional: false,
            })
            .collect();
        let territories: Vec<TerritoryName<'_>> = d
            .territories
            .iter()
            .filter(|t| t.kind != maillage::TerritoryKind::Commune)
            .map(|t| TerritoryName {
                id: t.id.as_str(),
                kind: t.kind.as_str(),
                name: &t.name,
            })
            .collect();
        json(&Metadata {
            metadata: &d.metadata,
            categories,
            questions: maillage::Question::ALL.iter().map(|q| q.as_str()).collect(),
            national,
            territories,
        })
    }

    /// Places matching what someone typed: `{"places": […]}`.
    pub fn places(&self, query: &str, limit: usize) -> String {
        format!("{{\"places\":{}}}", json(&self.index.places(query, limit)))
    }

    /// The territories at a point, or `null` outside the directory's area.
    pub fn locate(&self, lat: f64, lon: f64) -> Result<String, JsError> {
        Ok(json(&self.index.locate(point(lat, lon)?)))
    }

    /// Services near a point: `{"results": […], "remote": […]}`, or `null` outside the area.
    /// `filters` is JSON: `{"categories": ["ecoute"], "professional": false, "limit": 10,
    /// "open_only": false}`.
    pub fn nearest(
        &self,
        lat: f64,
        lon: f64,
        filters: &str,
        now_ms: f64,
    ) -> Result<String, JsError> {
        let f: Filters =
            serde_json::from_str(filters).map_err(|e| JsError::new(&format!("filters: {e}")))?;
        let query = NearestQuery {
            categories: terms("category", &f.categories)?,
            audiences: terms("audience", &f.audiences)?,
            access: terms("access mode", &f.access)?,
            at: Some(paris(now_ms)?),
            open_only: f.open_only,
            language: f.language,
            step_free: f.step_free,
            professional: f.professional,
            limit: f.limit.unwrap_or(10),
        };
        Ok(json(&self.index.nearest(point(lat, lon)?, &query)))
    }

    /// The suggested pathway: `{"steps": […]}`, or `null` outside the area. `answers` is the
    /// CLI's syntax: `in_danger_now=yes,children=no,role=relative`.
    pub fn pathway(
        &self,
        lat: f64,
        lon: f64,
        answers: &str,
        now_ms: f64,
    ) -> Result<String, JsError> {
        let situation: Situation = parse("answers", answers)?;
        let steps = maillage::suggest(&self.index, point(lat, lon)?, &situation, paris(now_ms)?);
        Ok(match steps {
            Some(steps) => format!("{{\"steps\":{}}}", json(&steps)),
            None => "null".into(),
        })
    }

    /// A territory's referral route for professionals: `{"steps": […]}`.
    pub fn routes(&self, territory: &str) -> Result<String, JsError> {
        let id: TerritoryId = parse("territory", territory)?;
        let steps = maillage::routes(&self.index, &id)
            .ok_or_else(|| JsError::new(&format!("unknown territory `{id}`")))?;
        Ok(format!("{{\"steps\":{}}}", json(&steps)))
    }

    /// An SVG drawing of a territory with points on it: `{"width", "height", "outline",
    /// "points": [[x, y], …]}`; `points` is `[lat, lon, lat, lon, …]`.
    pub fn map(&self, territory: &str, width: f64, points: &[f64]) -> Result<String, JsError> {
        let id: TerritoryId = parse("territory", territory)?;
        let t = self
            .index
            .directory()
            .territory(&id)
            .ok_or_else(|| JsError::new(&format!("unknown territory `{id}`")))?;
        let frame =
            MapFrame::fit(&t.geometry, width).ok_or_else(|| JsError::new("empty territory"))?;
        let projected: Vec<[f64; 2]> = points
            .chunks_exact(2)
            .map(|p| {
                let (x, y) = frame.project(Point {
                    lat: p[0],
                    lon: p[1],
                });
                [(x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0]
            })
            .collect();
        Ok(json(&MapView {
            width: frame.width,
            height: frame.height,
            outline: frame.path(&t.geometry),
            points: projected,
        }))
    }
}
