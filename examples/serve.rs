//! A small JSON HTTP service over the crate: how another tool embeds maillage server-side.
//!
//! ```sh
//! cargo run --example serve                       # http://127.0.0.1:3000, loopback only
//! cargo run --example serve -- 127.0.0.1:0        # any free port (printed on the first line)
//! curl 'http://127.0.0.1:3000/nearest?lat=48.8375&lon=-1.5970&category=ecoute&limit=3'
//! curl 'http://127.0.0.1:3000/pathway?lat=48.8375&lon=-1.5970&answers=in_danger_now=no,children=yes'
//! curl 'http://127.0.0.1:3000/routes?territory=epci:200042604'
//! ```
//!
//! Answers are the core's data as JSON: references to records by id, plus the records
//! themselves as the public sees them ([`maillage::Service::view`]) under `services`. `/routes`
//! is the professionals' referral route: a real deployment puts it behind its own
//! authentication. Times are Paris wall-clock (`at=2026-12-01T22:30`, now when absent). The
//! service listens on the loopback interface unless told an address: it logs nothing, and the
//! positions it receives are not kept.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use maillage::{
    bundle, routes, suggest, AccessMode, Category, Index, NearestQuery, Point, Service, Situation,
    TerritoryId, Viewer,
};
use serde::Deserialize;
use serde_json::{json, Value};

type Shared = Arc<Index>;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".into());
    let path = std::env::var("MAILLAGE_BUNDLE")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../data/manche.maillage").into());
    let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
    let index: Shared = Arc::new(Index::new(bundle::decode(&bytes)?));

    let app = Router::new()
        .route("/nearest", get(nearest))
        .route("/pathway", get(pathway))
        .route("/routes", get(referral_routes))
        .with_state(index);
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    // The first line says where to reach it (tests and scripts read it to find the port).
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).await?;
    Ok(())
}

/// A request the service cannot answer: `{"error": …}` with a 4xx status.
struct Refused(StatusCode, String);

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

fn bad(reason: impl ToString) -> Refused {
    Refused(StatusCode::BAD_REQUEST, reason.to_string())
}

/// The Paris wall-clock time asked for, or now.
fn paris_time(at: Option<&str>) -> Result<chrono::NaiveDateTime, Refused> {
    match at {
        Some(t) => chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M")
            .map_err(|e| bad(format!("at=`{t}`: {e} (expected 2026-12-01T22:30)"))),
        None => Ok(maillage::calendar::utc_to_paris(
            chrono::Utc::now().naive_utc(),
        )),
    }
}

/// The records an answer refers to, by id, as the public may see them.
fn records<'a>(
    services: impl Iterator<Item = &'a Service>,
    viewer: Viewer,
) -> BTreeMap<&'a str, Value> {
    services
        .map(|s| {
            (
                s.id.as_str(),
                serde_json::to_value(s.view(viewer)).unwrap_or(Value::Null),
            )
        })
        .collect()
}

#[derive(Deserialize)]
struct NearestParams {
    lat: f64,
    lon: f64,
    /// Comma-separated categories (`ecoute,juridique`).
    category: Option<String>,
    /// Comma-separated access modes (`telephone,sur-place`).
    access: Option<String>,
    limit: Option<usize>,
    at: Option<String>,
    #[serde(default)]
    open_only: bool,
}

/// Comma-separated terms of a closed vocabulary.
fn terms<T: std::str::FromStr>(list: Option<&str>) -> Result<Vec<T>, Refused>
where
    T::Err: std::fmt::Display,
{
    list.into_iter()
        .flat_map(|l| l.split(','))
        .filter(|t| !t.is_empty())
        .map(|t| t.trim().parse().map_err(bad))
        .collect()
}

async fn nearest(
    State(index): State<Shared>,
    Query(p): Query<NearestParams>,
) -> Result<Json<Value>, Refused> {
    let query = NearestQuery {
        categories: terms::<Category>(p.category.as_deref())?,
        access: terms::<AccessMode>(p.access.as_deref())?,
        at: Some(paris_time(p.at.as_deref())?),
        open_only: p.open_only,
        limit: p.limit.unwrap_or(5).min(50),
        ..NearestQuery::default()
    };
    let point = Point {
        lat: p.lat,
        lon: p.lon,
    };
    let answer = index.nearest(point, &query).ok_or_else(|| {
        Refused(
            StatusCode::NOT_FOUND,
            "the point is outside the directory's area".into(),
        )
    })?;
    let services = records(answer.services(), Viewer::Public);
    Ok(Json(
        json!({ "places": answer.places, "remote": answer.remote, "services": services }),
    ))
}

#[derive(Deserialize)]
struct PathwayParams {
    lat: f64,
    lon: f64,
    /// `question=yes|no` pairs, comma-separated, as the CLI takes them.
    answers: Option<String>,
    at: Option<String>,
}

async fn pathway(
    State(index): State<Shared>,
    Query(p): Query<PathwayParams>,
) -> Result<Json<Value>, Refused> {
    let situation: Situation = p.answers.as_deref().unwrap_or("").parse().map_err(bad)?;
    if situation.role == maillage::Role::Professional {
        return Err(Refused(
            StatusCode::FORBIDDEN,
            "the professionals' view is not served here".into(),
        ));
    }
    let at = paris_time(p.at.as_deref())?;
    let point = Point {
        lat: p.lat,
        lon: p.lon,
    };
    let steps = suggest(&index, point, &situation, at).ok_or_else(|| {
        Refused(
            StatusCode::NOT_FOUND,
            "the point is outside the directory's area".into(),
        )
    })?;
    let services = records(
        steps.iter().flat_map(|s| s.contacts()).map(|n| n.service),
        Viewer::Public,
    );
    Ok(Json(json!({ "steps": steps, "services": services })))
}

#[derive(Deserialize)]
struct RoutesParams {
    territory: String,
}

async fn referral_routes(
    State(index): State<Shared>,
    Query(p): Query<RoutesParams>,
) -> Result<Json<Value>, Refused> {
    let id: TerritoryId = p.territory.parse().map_err(bad)?;
    let steps = routes(&index, &id)
        .ok_or_else(|| Refused(StatusCode::NOT_FOUND, format!("no territory `{id}`")))?;
    let services = records(
        steps
            .iter()
            .flat_map(|r| r.national.iter().chain(&r.services).copied()),
        Viewer::Professional,
    );
    Ok(Json(
        json!({ "territory": id, "steps": steps, "services": services }),
    ))
}
