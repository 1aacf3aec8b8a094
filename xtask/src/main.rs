//! `cargo xtask`: maillage's automation, as Rust rather than shell scripts.
//!
//! - `cargo xtask data 50` — rebuild a département's territories from pinned open data.
//! - `cargo xtask demo` — the main job: build the Manche directory and tour it.
//! - `cargo xtask test` — the whole test suite, installing what it needs first.

mod data;
mod demo;
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
    /// The main job: build the Manche directory and tour it.
    Demo(demo::Args),
    /// Run the whole test suite (format, lints, unit, integration, doc tests).
    Test(test::Args),
}

fn main() -> Result<()> {
    match Cli::parse().command {
        Command::Data(args) => data::run(args),
        Command::Demo(args) => demo::run(args),
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
