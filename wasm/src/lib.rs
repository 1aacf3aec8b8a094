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
        let categories: Vec<serde_json::Value> = maillage::Category::ALL
            .iter()
            .map(|c| serde_json::json!({"id": c, "fr": c.label_fr(), "en": c.label_en()}))
            .collect();
        let questions: Vec<&str> = maillage::Question::ALL.iter().map(|q| q.as_str()).collect();
        let national: Vec<serde_json::Value> = d
            .national
            .iter()
            .map(|s| {
                serde_json::json!({
                    "id": s.id, "name": s.name, "hours": s.hours, "categories": s.categories,
                    "contacts": s.contacts.iter()
                        .filter(|c| c.visibility == maillage::Visibility::Public)
                        .map(|c| serde_json::json!({"kind": c.kind, "href": c.href(), "display": c.shown()}))
                        .collect::<Vec<_>>(),
                })
            })
            .collect();
        json(&serde_json::json!({
            "metadata": d.metadata,
            "categories": categories,
            "questions": questions,
            "national": national,
            "territories": d.territories.iter()
                .filter(|t| t.kind != maillage::TerritoryKind::Commune)
                .map(|t| serde_json::json!({"id": t.id, "kind": t.kind, "name": t.name}))
                .collect::<Vec<_>>(),
        }))
    }

    /// Places matching what someone typed: `{"places": […]}`.
    pub fn places(&self, query: &str, limit: usize) -> String {
        json(&serde_json::json!({ "places": self.index.places(query, limit) }))
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
        let f: serde_json::Value =
            serde_json::from_str(filters).map_err(|e| JsError::new(&format!("filters: {e}")))?;
        let list = |key: &str| -> Vec<String> {
            f[key]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        let query = NearestQuery {
            categories: list("categories")
                .iter()
                .map(|c| parse("category", c))
                .collect::<Result<_, _>>()?,
            audiences: list("audiences")
                .iter()
                .map(|c| parse("audience", c))
                .collect::<Result<_, _>>()?,
            access: list("access")
                .iter()
                .map(|c| parse("access mode", c))
                .collect::<Result<_, _>>()?,
            at: Some(paris(now_ms)?),
            open_only: f["open_only"].as_bool().unwrap_or(false),
            language: f["language"].as_str().map(str::to_owned),
            step_free: f["step_free"].as_bool().unwrap_or(false),
            professional: f["professional"].as_bool().unwrap_or(false),
            limit: f["limit"].as_u64().unwrap_or(10) as usize,
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
        Ok(json(
            &steps.map(|steps| serde_json::json!({ "steps": steps })),
        ))
    }

    /// A territory's referral route for professionals: `{"steps": […]}`.
    pub fn routes(&self, territory: &str) -> Result<String, JsError> {
        let id: TerritoryId = parse("territory", territory)?;
        let steps = maillage::routes(&self.index, &id)
            .ok_or_else(|| JsError::new(&format!("unknown territory `{id}`")))?;
        Ok(json(&serde_json::json!({ "steps": steps })))
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
        Ok(json(&serde_json::json!({
            "width": frame.width, "height": frame.height,
            "outline": frame.path(&t.geometry), "points": projected,
        })))
    }
}
