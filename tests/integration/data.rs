//! The Manche directory itself: the facts of the domain brief, safety rules, freshness of the bundle.

use std::collections::BTreeSet;

use maillage::{Category, TerritoryKind, Visibility};

use super::util::*;

#[test]
fn embedded_bundle_matches_the_data_folder() {
    let mut embedded =
        maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
    // The embedded bundle is the public one: the folder as the public sees it, its
    // translations published apart beside it (data/manche.<tag>.json).
    let mut from_folder = load_manche().seen_by(maillage::Viewer::Public);
    let files =
        maillage::bundle::split_translations(&mut from_folder, "manche", maillage_publish::sri);
    assert!(embedded.metadata.built_on.is_some());
    embedded.metadata.built_on = None;
    let stale = "data/manche.maillage is stale: run `cargo run -p maillage-cli -- build data/manche -o data/manche.maillage`";
    assert!(embedded == from_folder, "{stale}");
    assert!(files.len() >= 11, "{files:?}");
    for (name, bytes) in files {
        let published = std::fs::read(root().join("data").join(&name));
        assert!(published.ok() == Some(bytes), "data/{name}: {stale}");
    }
}

#[test]
fn build_writes_a_bundle_and_prints_sizes() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("m.maillage");
    let o = maillage(&[
        "build",
        "data/manche",
        "-o",
        out.to_str().unwrap(),
        "--built-on",
        "2026-11-29",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = stdout(&o);
    assert!(text.contains("octets compressés"), "{text}");
    let d = maillage::bundle::decode(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(d.metadata.built_on.unwrap().to_string(), "2026-11-29");
    assert_eq!(d.services.len(), load_manche().services.len());
}

#[test]
fn build_refuses_an_invalid_directory_and_writes_nothing() {
    let tmp = manche_copy();
    let path = tmp.path().join("services.json");
    let mut v = json(&path);
    v["services"][0]["categories"] = serde_json::json!(["nope"]);
    write_json(&path, &v);
    let out = tmp.path().join("m.maillage");
    let o = maillage(&[
        "build",
        tmp.path().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!out.exists());
    assert!(String::from_utf8_lossy(&o.stderr).contains("nope"));
}

#[test]
fn every_national_line_of_the_domain_brief_is_present() {
    let d = load_manche();
    let numbers: BTreeSet<String> = d
        .national
        .iter()
        .flat_map(|s| s.contacts.iter().map(|c| c.value.clone()))
        .collect();
    for n in [
        "17",
        "112",
        "15",
        "18",
        "114",
        "3919",
        "115",
        "119",
        "116006",
        "+33800059595",
        "+33800081111",
        "+33801901911",
    ] {
        assert!(numbers.contains(n), "national line {n} missing");
    }
}

#[test]
fn no_shelter_address_is_published() {
    let d = load_manche();
    let shelters: Vec<_> = d
        .all_services()
        .filter(|s| s.categories.contains(&Category::Hebergement) && s.location.is_some())
        .collect();
    assert!(
        shelters.len() >= 3,
        "the CHRS of Cherbourg, Avranches and Saint-Lô"
    );
    for s in shelters {
        let l = s.location.as_ref().unwrap();
        assert_eq!(l.visibility, Visibility::Confidentiel, "{}", s.id);
        assert!(
            l.address.is_none() && l.point.is_none() && l.postcode.is_none(),
            "{}",
            s.id
        );
    }
}

#[test]
fn every_category_has_a_local_service() {
    let d = load_manche();
    for c in Category::ALL {
        assert!(
            d.services.iter().any(|s| s.categories.contains(c)),
            "no local service for {c}"
        );
    }
}

#[test]
fn every_epci_has_a_local_service() {
    let d = load_manche();
    for epci in d
        .territories
        .iter()
        .filter(|t| t.kind == TerritoryKind::Epci)
    {
        let communes: BTreeSet<_> = d
            .territories
            .iter()
            .filter(|t| t.kind == TerritoryKind::Commune && t.parents.contains(&epci.id))
            .map(|t| &t.id)
            .collect();
        let covered = d.services.iter().any(|s| {
            s.location
                .as_ref()
                .is_some_and(|l| communes.contains(&l.commune))
                || s.served_area.territories().iter().any(|t| {
                    *t == epci.id
                        || (t.kind() != TerritoryKind::Commune
                            && communes
                                .iter()
                                .all(|c| d.territory(c).unwrap().parents.contains(t)))
                })
        });
        assert!(covered, "no local service for {} ({})", epci.name, epci.id);
    }
}

#[test]
fn directory_is_flagged_sample_until_validated() {
    let d = load_manche();
    assert!(d.metadata.sample);
    assert!(d.metadata.attribution.iter().any(|a| a.contains("IGN")));
}

#[test]
fn former_communes_point_to_their_current_commune() {
    let d = load_manche();
    let tourlaville = d.places.iter().find(|p| p.name == "Tourlaville").unwrap();
    assert_eq!(tourlaville.commune.as_str(), "commune:50129");
    assert_eq!(
        d.territory(&tourlaville.commune).unwrap().name,
        "Cherbourg-en-Cotentin"
    );
    let saint_lo = d.territory(&"commune:50502".parse().unwrap()).unwrap();
    assert_eq!(saint_lo.name, "Saint-Lô");
    assert!(saint_lo
        .parents
        .iter()
        .any(|p| p.as_str() == "epci:200066389"));
}

#[test]
fn perpetrator_services_are_kept_apart() {
    let d = load_manche();
    let auteurs: Vec<_> = d
        .all_services()
        .filter(|s| s.categories.contains(&Category::Auteurs))
        .collect();
    assert!(auteurs.len() >= 2, "CPCA and 08 019 019 11");
    for s in auteurs {
        assert_eq!(s.categories, vec![Category::Auteurs], "{}", s.id);
    }
}
