//! Any text as data·inclusion services (the input split in two at the first NUL byte gives the
//! structures too): never a panic; every record read survives the spreadsheet.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maillage_interop::{data_inclusion, hsds, Names};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (services, structures) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let Ok(services) = std::str::from_utf8(services) else {
        return;
    };
    let structures = structures.and_then(|s| std::str::from_utf8(s).ok());
    let options = hsds::ImportOptions {
        file: "services.json".into(),
        source: String::new(),
        names: Names::of(common::manche()),
    };
    let imported = data_inclusion::import(services, structures, &options);
    common::survives_the_spreadsheet(&imported.services, &imported.national);
});
