//! `maillage locate`, `places` and `nearest` as documented in the README and the issues.

use super::util::*;

fn run_json(args: &[&str]) -> serde_json::Value {
    serde_json::from_slice(&run_ok(args).stdout).unwrap()
}

#[test]
fn locate_saint_lo_gives_commune_then_wider_territories() {
    let v = run_json(&["locate", "49.1128,-1.0724", "--format", "json"]);
    let t = v["territories"].as_array().unwrap();
    assert_eq!(
        t[0],
        serde_json::json!({"id": "commune:50502", "kind": "commune", "name": "Saint-Lô"})
    );
    let ids: Vec<&str> = t.iter().map(|t| t["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "commune:50502",
            "epci:200066389",
            "arrondissement:504",
            "tribunal:coutances",
            "departement:50"
        ]
    );
    assert_eq!(v["approximate"], false);
}

#[test]
fn locate_just_off_the_coast_is_approximate_and_far_at_sea_is_outside() {
    // In the roadstead of Cherbourg, a few hundred metres from the shore.
    let v = run_json(&["locate", "49.66,-1.62", "--format", "json"]);
    assert_eq!(v["approximate"], true);
    assert_eq!(v["territories"][0]["id"], "commune:50129");
    // Between the Cotentin and Jersey.
    let o = maillage(&["locate", "49.5,-2.5", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["outside"], true);
    assert!(v["message"]
        .as_str()
        .unwrap()
        .contains("outside the directory's area"));
}

#[test]
fn places_examples_of_the_search_box() {
    let first = |q: &str| run_json(&["places", q, "--format", "json"])["places"][0].clone();
    let p = first("st lo");
    assert_eq!(p["id"], "commune:50502");
    assert_eq!(p["name"], "Saint-Lô");
    assert_eq!(p["postcodes"], serde_json::json!(["50000"]));
    assert!(p["lat"].as_f64().unwrap() > 49.0 && p["lon"].as_f64().unwrap() < -1.0);
    assert_eq!(first("50100")["name"], "Cherbourg-en-Cotentin");
    let t = first("tourlaville");
    assert_eq!(t["name"], "Cherbourg-en-Cotentin");
    assert_eq!(t["via"], "Tourlaville");
    assert_eq!(first("granvile")["name"], "Granville");
    assert_eq!(first("la haye")["name"], "La Haye");
    assert_eq!(first("LA  HAYE")["name"], "La Haye");
    assert_eq!(first("sainte-mere-eglise")["name"], "Sainte-Mère-Église");
}

#[test]
fn nearest_listening_places_near_granville() {
    let v = run_json(&[
        "nearest",
        "48.83,-1.5575",
        "--category",
        "ecoute",
        "--open-at",
        "2026-12-01T10:00",
        "--limit",
        "5",
        "--format",
        "json",
    ]);
    let results = v["places"].as_array().unwrap();
    let record = |r: &serde_json::Value| v["services"][r["service"].as_str().unwrap()].clone();
    assert!(!results.is_empty(), "{v:#}");
    assert!(results.len() <= 5);
    let mut last = 0.0;
    for r in results {
        let d = r["distance_m"].as_f64().unwrap();
        assert!(d >= last, "sorted by distance");
        last = d;
        assert!(record(r)["categories"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("ecoute")));
        assert!(["open", "closed", "unknown"].contains(&r["opening"]["state"].as_str().unwrap()));
        // Reasons are codes with parameters, never sentences.
        let reasons = r["reasons"].as_array().unwrap();
        assert!(reasons
            .iter()
            .any(|x| x["code"] == "category" && x["category"] == "ecoute"));
        assert!(reasons.iter().all(|x| x["code"].is_string()));
    }
    // Phone lines that answer from anywhere come apart, 3919 among them, never a perpetrators' line.
    let remote = v["remote"].as_array().unwrap();
    assert!(remote.iter().any(|r| r["service"] == "3919"), "{v:#}");
    assert!(
        !remote.iter().chain(results).any(|r| record(r)["categories"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("auteurs")))
    );
}

#[test]
fn nearest_in_english_words_the_codes_in_english() {
    let o = maillage(&[
        "nearest",
        "48.83,-1.5575",
        "--category",
        "ecoute",
        "--open-at",
        "2026-12-01T10:00",
        "--lang",
        "en",
    ]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.starts_with("Places\n"), "{text}");
    assert!(text.contains("help: Listening and guidance"), "{text}");
    for french in [
        "catégorie",
        "dessert",
        "ouvert",
        "fermé",
        "horaires",
        "ligne nationale",
    ] {
        assert!(!text.contains(french), "{french} in {text}");
    }
}

#[test]
fn pathway_in_english_shows_no_internal_identifier() {
    let o = maillage(&[
        "pathway",
        "--place",
        "Granville",
        "--answers",
        "in_danger_now=yes,can_speak_safely=no",
        "--at-time",
        "2026-12-01T22:30",
        "--lang",
        "en",
    ]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("first: you answered “yes” to “Are you in danger right now?”"),
        "{text}"
    );
    for leak in ["in_danger_now", "=oui", "réponse", "placée en premier"] {
        assert!(!text.contains(leak), "{leak} in {text}");
    }
}

/// The other languages come from the same catalogs as the widget's, and the steps from the
/// directory's own translations (embedded beside its bundle).
#[test]
fn pathway_in_ukrainian_reads_the_directory_texts_in_ukrainian() {
    let o = maillage(&[
        "pathway",
        "--place",
        "Granville",
        "--answers",
        "in_danger_now=yes",
        "--at-time",
        "2026-12-01T22:30",
        "--lang",
        "uk",
    ]);
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout).unwrap();
    let texts: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root().join("data/manche/i18n/uk.json")).unwrap())
            .unwrap();
    let title = texts["steps"]["urgence"]["title"].as_str().unwrap();
    assert!(text.contains(title), "{title} not in {text}");
    // (Local records keep their French names: "Urgences du centre hospitalier…".)
    for french in [
        "Urgence : se mettre",
        "vous avez répondu",
        "Parcours",
        "ouvert",
        "fermé",
    ] {
        assert!(!text.contains(french), "{french} in {text}");
    }
    // Distances with the Ukrainian decimal comma, weekdays in Ukrainian.
    assert!(text.contains("вт"), "{text}");
}

#[test]
fn an_unknown_language_is_refused_with_the_list() {
    let o = maillage(&["nearest", "48.83,-1.5575", "--lang", "xx"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("fr, fr-x-falc, en, ar, fa-AF, ps, uk, ru, es, pt, ro, tr"),
        "{err}"
    );
}

#[test]
fn nearest_open_only_keeps_what_is_open_at_that_time() {
    let v = run_json(&[
        "nearest",
        "49.1128,-1.0724",
        "--open-at",
        "2026-12-05T23:30",
        "--open-only",
        "--format",
        "json",
    ]);
    for r in v["places"]
        .as_array()
        .unwrap()
        .iter()
        .chain(v["remote"].as_array().unwrap())
    {
        assert_eq!(r["opening"]["state"], "open", "{r}");
    }
}

#[test]
fn bad_coordinates_are_a_clear_error() {
    let o = maillage(&["locate", "-1.07,49.11,3"]);
    assert!(!o.status.success());
    let o = maillage(&["locate", "491.1,-1.07"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("hors limites"));
    let o = maillage(&["locate", "491.1,-1.07", "--lang", "en"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("out of range"));
}
