//! Read a coordinator's spreadsheet, report every problem by row and column, and build a bundle.
//!
//! ```sh
//! cargo run --example spreadsheet -- examples/templates/services.csv target/sheet.maillage
//! ```
//!
//! The sheet (the CSV that `maillage export csv` writes: `;` or `,`, BOM, CRLF) replaces the
//! services of the Manche bundle (and its national lines when the sheet has some); the same
//! checks as `maillage validate` run on the result. With an error, nothing is written and the
//! program exits with 1.

use std::process::ExitCode;

use maillage::bundle;
use maillage_interop::spreadsheet::{self, Base};
use maillage_interop::Names;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("spreadsheet: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<ExitCode, Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(sheet_path), Some(out)) = (args.next(), args.next()) else {
        return Err("usage: spreadsheet SHEET.csv OUT.maillage".into());
    };
    let base_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/manche.maillage");
    let mut directory = bundle::decode(&std::fs::read(base_path)?)?;

    // Read: names of communes and areas are looked up in the directory the sheet goes into.
    let bytes = std::fs::read(&sheet_path).map_err(|e| format!("{sheet_path}: {e}"))?;
    let names = Names::of(&directory);
    let sheet = spreadsheet::read(&bytes, &names);
    // Check: the core's checks, brought back to the sheet's rows and columns.
    let today = chrono::Local::now().date_naive();
    let checked = spreadsheet::check(&sheet, Base::Directory(&directory), Some(today));
    for p in &checked.problems {
        eprintln!("{}", p.located(&sheet_path));
    }
    for p in &checked.others {
        eprintln!("{p}");
    }
    if !checked.is_valid() {
        eprintln!("spreadsheet: {sheet_path} has errors; nothing written");
        return Ok(ExitCode::FAILURE);
    }

    // Build: the sheet's rows become the directory's services (and national lines).
    let (national, local): (Vec<_>, Vec<_>) = sheet.rows.into_iter().partition(|r| r.national);
    directory.services = local.into_iter().map(|r| r.service).collect();
    if !national.is_empty() {
        directory.national = national.into_iter().map(|r| r.service).collect();
    }
    let encoded = bundle::encode(&directory);
    std::fs::write(&out, &encoded).map_err(|e| format!("{out}: {e}"))?;
    println!(
        "wrote {out}: {} services, {} national lines, {} bytes",
        directory.services.len(),
        directory.national.len(),
        encoded.len()
    );
    Ok(ExitCode::SUCCESS)
}
