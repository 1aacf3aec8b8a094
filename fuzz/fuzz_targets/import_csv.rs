//! Any bytes as a spreadsheet: never a panic; what reads without error survives a write and a
//! second read unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maillage_interop::spreadsheet::read;
use maillage_interop::Names;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let sheet = read(data, &Names::of(common::manche()));
    if sheet.is_valid() && !sheet.rows.is_empty() {
        let (national, local): (Vec<_>, Vec<_>) = sheet.rows.into_iter().partition(|r| r.national);
        let local: Vec<_> = local.into_iter().map(|r| r.service).collect();
        let national: Vec<_> = national.into_iter().map(|r| r.service).collect();
        common::survives_the_spreadsheet(&local, &national);
    }
});
