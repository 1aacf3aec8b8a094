//! Load a bundle, then answer "what is nearest and open" and "what should I do next" for a point.
//!
//! ```sh
//! cargo run --example nearest -- 48.8375,-1.5970                 # Granville, now
//! cargo run --example nearest -- 48.8375,-1.5970 2026-12-01T22:30 # at a Paris wall-clock time
//! MAILLAGE_BUNDLE=target/dist/manche.maillage cargo run --example nearest -- 49.11,-1.07
//! ```
//!
//! The core answers with data (references to records, distances, opening states, reason
//! codes); wording them is the caller's job — here, in a few plain English lines.

use std::process::ExitCode;

use maillage::{bundle, suggest, Category, Index, NearestQuery, OpenState, Point, Situation};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("nearest: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<ExitCode, Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let point = args.next().unwrap_or_else(|| "48.8375,-1.5970".into());
    let (lat, lon) = point
        .split_once(',')
        .ok_or("the point is LAT,LON, e.g. 48.8375,-1.5970")?;
    let point = Point {
        lat: lat.trim().parse()?,
        lon: lon.trim().parse()?,
    };
    let at = match args.next() {
        Some(t) => chrono::NaiveDateTime::parse_from_str(&t, "%Y-%m-%dT%H:%M")?,
        None => maillage::calendar::utc_to_paris(chrono::Utc::now().naive_utc()),
    };

    // 1. Load: a bundle is the one compact file the CLI and the widget read.
    let path = std::env::var("MAILLAGE_BUNDLE").unwrap_or_else(|_| default_bundle());
    let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
    let index = Index::new(bundle::decode(&bytes).map_err(|e| format!("{path}: {e}"))?);

    // 2. Nearest: listening services, the three nearest places plus the remote lines.
    let query = NearestQuery {
        categories: vec![Category::Ecoute],
        at: Some(at),
        limit: 3,
        ..NearestQuery::default()
    };
    let Some(answer) = index.nearest(point, &query) else {
        eprintln!("nearest: {point:?} is outside the directory's area");
        return Ok(ExitCode::FAILURE);
    };
    println!(
        "Listening services near {:.4},{:.4} at {at}:",
        point.lat, point.lon
    );
    for n in answer.places.iter().chain(&answer.remote) {
        let distance = n.distance_m.map_or("by phone or online".to_owned(), |m| {
            format!("{:.1} km", m / 1000.0)
        });
        let state = match n.opening.state {
            OpenState::Open => "open",
            OpenState::Closed => "closed",
            OpenState::Unknown => "hours unknown",
        };
        println!("  {} — {distance}, {state}", n.service.name);
    }

    // 3. Pathway: the next steps for someone with children, not in danger right now.
    let situation: Situation = "in_danger_now=no,children=yes".parse()?;
    let steps = suggest(&index, point, &situation, at).ok_or("outside the directory's area")?;
    println!("\nNext steps:");
    for (i, s) in steps.iter().enumerate() {
        let who: Vec<&str> = s
            .contacts()
            .map(|n| n.service.name.as_str())
            .take(2)
            .collect();
        println!("  {}. {} ({})", i + 1, s.step.title.en, who.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}

/// The Manche bundle committed in the repository.
fn default_bundle() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../data/manche.maillage").into()
}
