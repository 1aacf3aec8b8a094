//! Any text as HSDS: never a panic; every record read survives the spreadsheet.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maillage_interop::{hsds, Names};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let options = hsds::ImportOptions {
        file: "fuzz.json".into(),
        source: String::new(),
        names: Names::of(common::manche()),
    };
    let imported = hsds::import(text, &options);
    common::survives_the_spreadsheet(&imported.services, &imported.national);
});
