//! The spreadsheet loses nothing: any service, written then read, comes back equal — with
//! texts full of the characters the cell syntax uses (`;`, `()`, `[]`, `<>`, `\`, quotes, line
//! breaks), numbers a spreadsheet could misread, and formulas.
//!
//! The two normalisations of the format are respected by the generator: texts are trimmed and
//! non-empty (an empty cell means "absent"), and contacts are grouped by kind (the sheet has
//! one column per kind); a confidential place has no address, postcode or point.
//!
//! What an importer reads survives the spreadsheet too (the fuzz targets' property): the cases
//! fuzzing found are kept here.

use chrono::NaiveDate;
use maillage::{
    AccessMode, Accessibility, Audience, Category, Contact, ContactKind, Location,
    LocationPrecision, Point, ServedArea, Service, Source, SourceStatus, TerritoryId, Visibility,
};
use maillage_interop::spreadsheet::{read, write_rows, WriteOptions};
use maillage_interop::Names;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    "[a-zA-Zéèàô0-9 ;,()\\[\\]<>\\\\\"'\n:._/+=@-]{1,24}".prop_filter_map(
        "trimmed, non-empty",
        |s| {
            let t = s.trim();
            (!t.is_empty()).then(|| t.to_owned())
        },
    )
}

fn one_of<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

fn contact() -> impl Strategy<Value = Contact> {
    (
        one_of(ContactKind::ALL),
        prop_oneof![
            text(),
            Just("+33233771234".to_owned()),
            Just("3919".to_owned())
        ],
        proptest::option::of(prop_oneof![text(), Just("02 33 77 12 34".to_owned())]),
        proptest::option::of(text()),
        one_of(Visibility::ALL),
    )
        .prop_map(|(kind, value, display, label, visibility)| Contact {
            kind,
            value,
            display,
            label,
            visibility,
        })
}

fn territory() -> impl Strategy<Value = TerritoryId> {
    prop_oneof![
        "[0-9]{5}".prop_map(|c| format!("commune:{c}")),
        "2[AB][0-9]{3}".prop_map(|c| format!("commune:{c}")),
        "[a-z][a-z-]{0,8}:[A-Za-z0-9_-]{1,10}",
        "[A-Za-z0-9_-]{1,8}".prop_map(|c| format!("commune:{c}")),
    ]
    .prop_map(|s| s.parse().unwrap())
}

fn location() -> impl Strategy<Value = Location> {
    (
        proptest::option::of(text()),
        proptest::option::of(text()),
        territory(),
        proptest::option::of(
            (-90.0f64..90.0, -180.0f64..180.0).prop_map(|(lat, lon)| Point { lat, lon }),
        ),
        one_of(Visibility::ALL),
        one_of(LocationPrecision::ALL),
    )
        .prop_map(
            |(address, postcode, commune, point, visibility, precision)| {
                let secret = visibility == Visibility::Confidentiel;
                Location {
                    address: address.filter(|_| !secret),
                    postcode: postcode.filter(|_| !secret),
                    commune,
                    point: point.filter(|_| !secret),
                    visibility,
                    precision,
                }
            },
        )
}

fn day() -> impl Strategy<Value = NaiveDate> {
    (0i32..73000).prop_map(|d| {
        NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(d.into())
    })
}

fn service() -> impl Strategy<Value = (Service, bool)> {
    let head = (
        "[a-z0-9][a-z0-9-]{0,20}",
        text(),
        text(),
        proptest::option::of(text()),
        proptest::collection::vec(one_of(Category::ALL), 0..4),
        proptest::collection::vec(one_of(Audience::ALL), 0..4),
        proptest::collection::vec(one_of(AccessMode::ALL), 0..3),
        proptest::collection::vec(contact(), 0..5),
        proptest::option::of(location()),
    );
    let tail = (
        prop_oneof![
            Just(ServedArea::National),
            proptest::collection::vec(territory(), 1..4).prop_map(ServedArea::Territories),
        ],
        proptest::option::of(text()),
        proptest::collection::vec("[a-z]{2}", 0..3),
        (
            proptest::option::of(any::<bool>()),
            proptest::option::of(text()),
        ),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        proptest::option::of(text()),
        proptest::option::of((
            text(),
            proptest::option::of(text()),
            one_of(SourceStatus::ALL),
            proptest::option::of(day()),
            proptest::option::of(day()),
        )),
        any::<bool>(),
    );
    (head, tail).prop_map(
        |(
            (
                id,
                name,
                organisation,
                description,
                categories,
                audiences,
                access,
                contacts,
                location,
            ),
            (
                served_area,
                hours,
                languages,
                (step_free, details),
                free,
                anonymous,
                conditions,
                source,
                national,
            ),
        )| {
            let mut contacts = contacts;
            contacts.sort_by_key(|c| ContactKind::ALL.iter().position(|k| *k == c.kind));
            let service = Service {
                id,
                name,
                organisation,
                description,
                categories,
                audiences,
                access,
                contacts,
                location,
                served_area,
                hours,
                languages,
                accessibility: Accessibility { step_free, details },
                free,
                anonymous,
                conditions,
                source: source.map(|(title, url, status, verified_on, published_on)| Source {
                    title,
                    url,
                    status,
                    verified_on,
                    published_on,
                }),
            };
            (service, national)
        },
    )
}

/// 300 random cases, the same on every run (set `PROPTEST_RNG_SEED` to explore others,
/// `PROPTEST_CASES` for more); failures are printed with their minimal input, not saved.
fn config() -> ProptestConfig {
    let default = ProptestConfig::default();
    ProptestConfig {
        cases: if std::env::var_os("PROPTEST_CASES").is_some() {
            default.cases
        } else {
            300
        },
        rng_seed: if std::env::var_os("PROPTEST_RNG_SEED").is_some() {
            default.rng_seed
        } else {
            proptest::test_runner::RngSeed::Fixed(0x6d61_696c_6c61_6765) // "maillage"
        },
        failure_persistence: None,
        max_shrink_iters: 300,
        ..default
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_service_survives_the_spreadsheet(
        rows in proptest::collection::vec(service(), 1..6),
        comma in any::<bool>(),
        bom in any::<bool>(),
    ) {
        let options = WriteOptions { national: true, delimiter: if comma { b',' } else { b';' }, bom };
        let refs: Vec<(&Service, bool)> = rows.iter().map(|(s, n)| (s, *n)).collect();
        let text = write_rows(&refs, &Names::none(), &options);
        let sheet = read(text.as_bytes(), &Names::none());
        let errors: Vec<String> = sheet.problems.iter().filter(|p| p.is_error()).map(|p| p.to_string()).collect();
        prop_assert!(errors.is_empty(), "{errors:?}\n{text}");
        let back: Vec<(Service, bool)> = sheet.rows.into_iter().map(|r| (r.service, r.national)).collect();
        prop_assert_eq!(back, rows, "{}", text);
    }
}

/// Found by the `import_hsds` fuzz target: an HSDS location marked `confidentiel` that still
/// gave a postal code was imported with it, a record that validation refuses and that the
/// spreadsheet silently dropped the postcode of. The importer keeps the commune only, and says so.
#[test]
fn a_confidential_place_imported_from_hsds_keeps_only_its_commune() {
    let hsds = r#"[{
        "id": "s1",
        "name": "Hébergement d'urgence",
        "organization": {"name": "Association"},
        "service_at_locations": [{"location": {
            "name": "Foyer",
            "external_identifier": "50502",
            "external_identifier_type": "INSEE",
            "latitude": 49.11,
            "longitude": -1.08,
            "addresses": [{"address_1": "1 rue Secrète", "postal_code": "50000", "city": "Saint-Lô"}],
            "attributes": [
                {"taxonomy_term": {"taxonomy": "maillage:visibilite", "code": "confidentiel"}},
                {"taxonomy_term": {"taxonomy": "maillage:precision", "code": "address"}}
            ]
        }}]
    }]"#;
    let options = maillage_interop::hsds::ImportOptions {
        file: "foreign.json".into(),
        source: "Export HSDS".into(),
        names: Names::none(),
    };
    let imported = maillage_interop::hsds::import(hsds, &options);
    let location = imported.services[0]
        .location
        .clone()
        .expect("the place is kept");
    assert_eq!(
        location,
        Location {
            address: None,
            postcode: None,
            commune: TerritoryId::new(&maillage::TerritoryKind::Commune, "50502").unwrap(),
            point: None,
            visibility: Visibility::Confidentiel,
            precision: LocationPrecision::Commune,
        }
    );
    let warning = imported
        .problems
        .iter()
        .find(|p| p.field.as_deref() == Some("location"))
        .expect("the dropped fields are reported");
    assert_eq!(warning.severity, maillage::Severity::Warning, "{warning}");
    assert_eq!(
        warning.reason,
        maillage_interop::Note::ConfidentialPlaceDetails {
            fields: "address, postcode, point".into()
        }
        .into(),
        "{warning}"
    );
    assert_eq!(
        warning.at.pointer.as_deref(),
        Some("/0/service_at_locations/0/location")
    );

    let refs: Vec<(&Service, bool)> = imported.services.iter().map(|s| (s, false)).collect();
    let text = write_rows(&refs, &Names::none(), &WriteOptions::default());
    let sheet = read(text.as_bytes(), &Names::none());
    assert!(sheet.is_valid(), "{:?}\n{text}", sheet.problems);
    assert_eq!(sheet.rows[0].service, imported.services[0], "{text}");
}
