//! Writes the national benchmark's synthetic services and query sets as JSON, for the JS peer
//! pipeline (`wasm/bench/peers.mjs`), so that JS is measured on exactly the services and
//! queries the criterion benchmarks use — generated here by the same code, not a second
//! generator.
//!
//! ```sh
//! cargo xtask bench --prepare-only     # the national directory, once
//! cargo run -p maillage-benches --example export_synthetic
//! ```
//!
//! (With a `CARGO_TARGET_DIR` shared by several work trees of the repository, cargo may take
//! another tree's build of these crates for fresh: build this one in its own target directory.)
//!
//! Writes into `<data>/synthetic/` (`<data>` = `$MAILLAGE_BENCH_DATA` or
//! `target/cache/national`; a subfolder, so that loading the directory folder ignores it):
//! - `services.json`: `{"services": […]}`, the 100,000 services in the directory folder format
//!   (each serving its commune; the "served everywhere" variant is derived by the reader, as
//!   [`maillage_benches::served_everywhere`] does);
//! - `queries.json`: `{"land": [[lat, lon], …], "box": […], "nearest": [{"lat", "lon",
//!   "category", "limit"}, …]}`, the engine benchmark's 10,000 land points, 10,000 box points
//!   and nearest queries (same seeds as `benches/engine.rs`);
//! - `national.maillage` and `national-everywhere.maillage`: the same directory as bundles
//!   (services serving their commune; every service serving all of France), for the widget's
//!   WebAssembly in `wasm/bench/engine.mjs national`.

use maillage::Index;
use maillage_benches::{box_points, land_points, nearest_queries, National, SEED};

/// Query points per set, as in `benches/engine.rs`.
const POINTS: usize = 10_000;

fn main() {
    let national = National::load();
    eprintln!("data: {}", national.describe());
    let directory = &national.directory;
    let out = maillage_benches::data_dir().join("synthetic");
    std::fs::create_dir_all(&out).expect("creating the synthetic folder");

    let services = serde_json::json!({ "services": &directory.services });
    let path = out.join("services.json");
    std::fs::write(
        &path,
        serde_json::to_string(&services).expect("services serialize"),
    )
    .unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    eprintln!("{} services → {}", directory.services.len(), path.display());

    // The same query sets as the engine benchmark (same seeds, same land test).
    let index = Index::new(directory.clone());
    let land = land_points(POINTS, SEED ^ 1, |p| {
        index.locate(p).is_some_and(|l| !l.approximate)
    });
    let boxed = box_points(POINTS, SEED ^ 2);
    let nearest: Vec<serde_json::Value> = land
        .iter()
        .zip(nearest_queries(POINTS, SEED ^ 3))
        .map(|(p, q)| {
            serde_json::json!({
                "lat": p.lat,
                "lon": p.lon,
                "category": q.categories[0].as_str(),
                "limit": q.limit,
            })
        })
        .collect();
    let pair = |p: &maillage::Point| [p.lat, p.lon];
    let queries = serde_json::json!({
        "land": land.iter().map(pair).collect::<Vec<_>>(),
        "box": boxed.iter().map(pair).collect::<Vec<_>>(),
        "nearest": nearest,
    });
    let path = out.join("queries.json");
    std::fs::write(
        &path,
        serde_json::to_string(&queries).expect("queries serialize"),
    )
    .unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    eprintln!(
        "{POINTS} land, box and nearest queries → {}",
        path.display()
    );

    // The same directory as bundles, for the widget's WebAssembly (`wasm/bench/engine.mjs
    // national`): as generated, and with every service serving all of France.
    for (name, d) in [
        ("national.maillage", directory.clone()),
        (
            "national-everywhere.maillage",
            maillage_benches::served_everywhere(directory),
        ),
    ] {
        let bytes = maillage::bundle::encode(&d);
        let path = out.join(name);
        std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        eprintln!("{} bytes → {}", bytes.len(), path.display());
    }
}
