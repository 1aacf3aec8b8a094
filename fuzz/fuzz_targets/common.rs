//! Shared by the targets: the Manche directory's names, and the spreadsheet property.

use std::sync::OnceLock;

use maillage::{ContactKind, Directory, Service};
use maillage_interop::spreadsheet::{read, write_rows, WriteOptions};
use maillage_interop::Names;

/// The embedded Manche directory, decoded once.
pub fn manche() -> &'static Directory {
    static D: OnceLock<Directory> = OnceLock::new();
    D.get_or_init(|| {
        maillage::bundle::decode(include_bytes!("../../data/manche.maillage"))
            .expect("the Manche bundle decodes")
    })
}

/// Records survive the spreadsheet: written then read, they come back equal (contacts grouped by
/// kind, the one normalisation of the sheet).
pub fn survives_the_spreadsheet(services: &[Service], national: &[Service]) {
    let grouped = |s: &Service| {
        let mut s = s.clone();
        s.contacts
            .sort_by_key(|c| ContactKind::ALL.iter().position(|k| *k == c.kind));
        s
    };
    let rows: Vec<(Service, bool)> = services
        .iter()
        .map(|s| (grouped(s), false))
        .chain(national.iter().map(|s| (grouped(s), true)))
        .collect();
    let refs: Vec<(&Service, bool)> = rows.iter().map(|(s, n)| (s, *n)).collect();
    let names = Names::of(manche());
    let text = write_rows(
        &refs,
        &names,
        &WriteOptions {
            national: true,
            ..WriteOptions::default()
        },
    );
    let sheet = read(text.as_bytes(), &names);
    let errors: Vec<String> = sheet
        .problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| p.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}\n{text}");
    let back: Vec<(Service, bool)> = sheet
        .rows
        .into_iter()
        .map(|r| (r.service, r.national))
        .collect();
    assert_eq!(back, rows, "{text}");
}
