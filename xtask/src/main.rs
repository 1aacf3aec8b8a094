//! `cargo xtask`: maillage's automation, as Rust rather than shell scripts.
//!
//! - `cargo xtask demo` — the main job: build the widget and serve the partner-site demo.
//! - `cargo xtask test` — the whole test suite, installing what it needs first.
//! - `cargo xtask data 50` — rebuild a département's territories from pinned open data.
//! - `cargo xtask dist` — the widget for partners, in `target/dist/`.
//! - `cargo xtask bench` — national-scale engine benchmarks (see BENCHMARKS.md).
//! - `cargo xtask fuzz` — every fuzz target for a bounded time.

mod bench;
mod data;
mod demo;
mod dist;
mod fuzz;
mod test;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "xtask", about = "maillage automation")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Rebuild a département's territory files and place index from pinned open data.
    Data(data::Args),
    /// The main job: build the widget and serve the partner-site demo on http://127.0.0.1:8080.
    Demo(demo::Args),
    /// Build the widget (JS, wasm, types, Manche bundle, partner README) into target/dist.
    Dist(dist::Args),
    /// National-scale engine benchmarks.
    Bench(bench::Args),
    /// Run every fuzz target for a bounded time (importers, bundle loader).
    Fuzz(fuzz::Args),
    /// Run the whole test suite (format, lints, unit, integration, doc tests).
    Test(test::Args),
}

fn main() -> Result<()> {
    match Cli::parse().command {
        Command::Data(args) => data::run(args),
        Command::Demo(args) => demo::run(args),
        Command::Dist(args) => dist::run(args),
        Command::Bench(args) => bench::run(args),
        Command::Fuzz(args) => fuzz::run(args),
        Command::Test(args) => test::run(args),
    }
}

/// The workspace root (xtask lives one level below it).
pub(crate) fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the workspace")
        .to_path_buf()
}
