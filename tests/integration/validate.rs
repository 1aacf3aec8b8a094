//! `maillage validate`: a valid directory passes, and each kind of mistake is named precisely.

use super::util::*;
use serde_json::json;

#[test]
fn manche_directory_is_valid_with_expected_counts() {
    let (code, report) = validate_json(&manche());
    assert_eq!(code, 0, "{report:#}");
    let c = &report["counts"];
    assert_eq!(c["communes"], 445);
    assert_eq!(c["epci"], 8);
    assert_eq!(c["arrondissements"], 4);
    assert_eq!(c["departements"], 1);
    assert!(c["tribunals"].as_u64().unwrap() >= 2);
    assert!(c["services"].as_u64().unwrap() >= 37);
    assert_eq!(c["places"], 445 + 180);
}

#[test]
fn text_format_prints_a_summary_and_exits_zero() {
    let o = maillage(&["validate", "data/manche", "--today", "2026-11-30"]);
    assert!(o.status.success());
    assert!(
        stdout(&o).contains("445 communes, 8 EPCI"),
        "{}",
        stdout(&o)
    );
}

/// `validate` words its problems in the reader's language (French by default), from the
/// problems' catalogs; its JSON keeps the code and adds the words.
#[test]
fn problems_are_worded_in_the_readers_language() {
    let (tmp, id, _, report) = with_first_service(|s| s["hours"] = json!("Mo-Fr 9h-12h"));
    let hours = errors_for(&report, &id, "hours");
    assert_eq!(hours[0]["reason"]["code"], "hours");
    assert_eq!(hours[0]["reason"]["fault"]["code"], "expected-colon");
    let dir = tmp.path().to_str().unwrap();
    let fr = stdout(&maillage(&["validate", dir, "--today", "2026-11-30"]));
    assert!(
        fr.contains(&format!("erreur : {dir}/services.json:"))
            && fr.contains(&format!(
                "fiche `{id}`, champ `hours` : horaires « Mo-Fr 9h-12h », colonne 8 : `:` est attendu dans une heure (écrivez 09:00, pas 9h)"
            ))
            && fr.contains("1 erreur, "),
        "{fr}"
    );
    let en = stdout(&maillage(&[
        "validate",
        dir,
        "--today",
        "2026-11-30",
        "--lang",
        "en",
    ]));
    assert!(
        en.contains(&format!(
            "record `{id}`, field `hours`: opening hours `Mo-Fr 9h-12h`, column 8: expected `:` in a time (write 09:00, not 9h)"
        )) && en.contains("1 error, "),
        "{en}"
    );
    let uk = stdout(&maillage(&[
        "validate",
        dir,
        "--today",
        "2026-11-30",
        "--lang",
        "uk",
    ]));
    assert!(!uk.contains("erreur") && !uk.contains("error"), "{uk}");
    // No code, no English sentence and no unworded message id in the French output.
    for line in fr
        .lines()
        .filter(|l| l.starts_with("erreur") || l.starts_with("avertissement"))
    {
        assert!(!line.contains("problem-"), "{line}");
    }
}

#[test]
fn embedded_directory_validates() {
    let o = maillage(&["validate", "--format", "json", "--today", "2026-11-30"]);
    assert!(o.status.success(), "{}", stdout(&o));
}

/// Edits the first service of a copy of the Manche directory, then validates it.
fn with_first_service(
    edit: impl FnOnce(&mut serde_json::Value),
) -> (tempfile::TempDir, String, i32, serde_json::Value) {
    let tmp = manche_copy();
    let path = tmp.path().join("services.json");
    let mut v = json(&path);
    let first = &mut v["services"][0];
    let id = first["id"].as_str().unwrap().to_owned();
    edit(first);
    write_json(&path, &v);
    let (code, report) = validate_json(tmp.path());
    (tmp, id, code, report)
}

#[test]
fn unknown_category_names_record_and_field() {
    let (_t, id, code, report) = with_first_service(|s| s["categories"] = json!(["refuge"]));
    assert_eq!(code, 1);
    let errs = errors_for(&report, &id, "categories");
    assert_eq!(errs.len(), 1, "{report:#}");
    assert_eq!(errs[0]["reason"]["code"], "unreadable-field");
    assert!(errs[0]["reason"]["detail"]
        .as_str()
        .unwrap()
        .contains("unknown variant `refuge`"));
    assert_eq!(errs[0]["pointer"], "/services/0/categories/0");
    assert!(errs[0]["line"].as_u64().is_some());
    assert!(errs[0]["file"].as_str().unwrap().ends_with("services.json"));
}

#[test]
fn javascript_url_is_an_error() {
    let (_t, id, code, report) = with_first_service(|s| {
        s["contacts"]
            .as_array_mut()
            .unwrap()
            .push(json!({"kind": "web", "value": "javascript:alert(document.cookie)"}))
    });
    assert_eq!(code, 1);
    let errs = errors_for(&report, &id, "contacts");
    assert_eq!(errs.len(), 1, "{report:#}");
    assert_eq!(errs[0]["reason"]["code"], "javascript-url");
    assert_eq!(errs[0]["message"], "les liens `javascript:` sont refusés");
}

#[test]
fn duplicate_id_is_an_error() {
    let tmp = manche_copy();
    let path = tmp.path().join("services.json");
    let mut v = json(&path);
    let second_id = v["services"][1]["id"].clone();
    v["services"][0]["id"] = second_id.clone();
    write_json(&path, &v);
    let (code, report) = validate_json(tmp.path());
    assert_eq!(code, 1);
    let errs = errors_for(&report, second_id.as_str().unwrap(), "id");
    assert_eq!(errs.len(), 1, "{report:#}");
    assert_eq!(errs[0]["reason"]["code"], "duplicate-service-id");
}

#[test]
fn truncated_file_is_reported_with_its_line_not_a_panic() {
    let tmp = manche_copy();
    let path = tmp.path().join("services.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.len() / 2]).unwrap();
    let (code, report) = validate_json(tmp.path());
    assert_eq!(code, 1);
    let e = &report["errors"][0];
    assert!(e["file"].as_str().unwrap().ends_with("services.json"));
    assert!(e["line"].as_u64().unwrap() > 1);
    assert_eq!(e["reason"]["code"], "truncated-json", "{e}");
}

#[test]
fn invalid_phone_is_an_error() {
    let (_t, id, code, report) = with_first_service(|s| {
        s["contacts"]
            .as_array_mut()
            .unwrap()
            .push(json!({"kind": "phone", "value": "+3323377"}))
    });
    assert_eq!(code, 1);
    assert_eq!(errors_for(&report, &id, "contacts").len(), 1, "{report:#}");
}

#[test]
fn bad_opening_hours_are_an_error() {
    let (_t, id, code, report) = with_first_service(|s| s["hours"] = json!("lundi 9h-12h"));
    assert_eq!(code, 1);
    let errs = errors_for(&report, &id, "hours");
    assert_eq!(errs.len(), 1, "{report:#}");
}

fn warnings_for<'a>(
    report: &'a serde_json::Value,
    id: &str,
    field: &str,
) -> Vec<&'a serde_json::Value> {
    report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["record"] == id && w["field"] == field)
        .collect()
}

#[test]
fn missing_source_is_an_error() {
    let (_t, id, code, report) = with_first_service(|s| {
        s.as_object_mut().unwrap().remove("source");
    });
    assert_eq!(code, 1);
    assert_eq!(errors_for(&report, &id, "source").len(), 1, "{report:#}");
}

#[test]
fn a_verified_source_needs_its_date_and_only_it_has_one() {
    let (_t, id, code, report) = with_first_service(|s| {
        s["source"]["status"] = json!("verified");
        s["source"].as_object_mut().unwrap().remove("verified_on");
    });
    assert_eq!(code, 1);
    assert_eq!(
        errors_for(&report, &id, "source/verified_on").len(),
        1,
        "{report:#}"
    );
    let (_t, id, code, report) = with_first_service(|s| {
        s["source"]["status"] = json!("to-verify");
        s["source"]["verified_on"] = json!("2026-11-30");
    });
    assert_eq!(code, 1);
    assert_eq!(
        errors_for(&report, &id, "source/verified_on").len(),
        1,
        "{report:#}"
    );
    let (_t, id, code, report) = with_first_service(|s| {
        s["source"]["status"] = json!("verified");
        s["source"]["verified_on"] = json!("2026-12-01");
    });
    assert_eq!(code, 1);
    let errs = errors_for(&report, &id, "source/verified_on");
    assert!(
        errs[0]["reason"] == json!({"code": "date-in-future", "date": "2026-12-01"}),
        "{report:#}"
    );
}

#[test]
fn old_pages_and_records_to_verify_are_warnings_not_errors() {
    let (_t, id, code, report) = with_first_service(|s| {
        s["source"]["status"] = json!("verified");
        s["source"]["verified_on"] = json!("2026-11-30");
        s["source"]["published_on"] = json!("2024-01-15");
    });
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(warnings_for(&report, &id, "source/published_on").len(), 1);
    assert!(warnings_for(&report, &id, "source/status").is_empty());
    let (_t, id, code, report) = with_first_service(|s| {
        s["source"] =
            json!({"title": "Une page", "status": "to-verify", "published_on": "2026-01-15"});
    });
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(warnings_for(&report, &id, "source/status").len(), 1);
    assert!(warnings_for(&report, &id, "source/published_on").is_empty());
    // Every record still to verify is listed, once.
    let (_, report) = validate_json(&manche());
    let services = json(&manche().join("services.json"));
    let to_verify = services["services"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["source"]["status"] == "to-verify")
        .count();
    let listed = report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| {
            w["field"] == "source/status"
                && w["file"]
                    .as_str()
                    .is_some_and(|f| f.ends_with("services.json"))
        })
        .count();
    assert_eq!(listed, to_verify, "{report:#}");
}

#[test]
fn precision_address_needs_an_address() {
    let (_t, id, code, report) = with_first_service(|s| {
        s["location"].as_object_mut().unwrap().remove("address");
        s["location"]["precision"] = json!("address");
    });
    assert_eq!(code, 1);
    assert_eq!(
        errors_for(&report, &id, "location/precision").len(),
        1,
        "{report:#}"
    );
}

#[test]
fn unknown_territory_in_served_area_is_an_error() {
    let (_t, id, code, report) =
        with_first_service(|s| s["served_area"] = json!(["epci:999999999"]));
    assert_eq!(code, 1);
    assert_eq!(
        errors_for(&report, &id, "served_area").len(),
        1,
        "{report:#}"
    );
}

#[test]
fn confidential_location_with_an_address_is_an_error() {
    let (_t, id, code, report) = with_first_service(|s| {
        s["location"] =
            json!({"commune": "commune:50129", "address": "1 rue X", "visibility": "confidentiel"})
    });
    assert_eq!(code, 1);
    let errs = errors_for(&report, &id, "location/address");
    assert_eq!(errs.len(), 1, "{report:#}");
}

#[test]
fn point_outside_its_commune_or_the_scope_is_an_error() {
    // Granville's point declared in Saint-Lô.
    let (_t, id, code, report) = with_first_service(|s| {
        s["location"] =
            json!({"commune": "commune:50502", "point": {"lat": 48.8375, "lon": -1.5970}})
    });
    assert_eq!(code, 1);
    let errs = errors_for(&report, &id, "location/point");
    assert!(
        errs[0]["reason"]["code"] == "point-outside-commune"
            && errs[0]["reason"]["commune"] == "Saint-Lô",
        "{report:#}"
    );
    // Latitude and longitude swapped: far outside the Manche.
    let (_t, id, code, report) = with_first_service(|s| {
        s["location"] = json!({"commune": "commune:50502", "point": {"lat": -1.09, "lon": 49.11}})
    });
    assert_eq!(code, 1);
    let errs = errors_for(&report, &id, "location/point");
    assert!(
        errs[0]["reason"]["code"] == "point-outside-scope",
        "{report:#}"
    );
}

#[test]
fn invalid_geometry_is_an_error() {
    let tmp = manche_copy();
    let path = tmp.path().join("territories/departements.geojson");
    let mut v = json(&path);
    // A bow-tie: self-intersecting ring.
    v["features"][0]["geometry"]["coordinates"] = json!([[[
        [-1.5, 49.0],
        [-1.0, 49.5],
        [-1.0, 49.0],
        [-1.5, 49.5],
        [-1.5, 49.0]
    ]]]);
    write_json(&path, &v);
    let (code, report) = validate_json(tmp.path());
    assert_eq!(code, 1);
    let errs = errors_for(&report, "departement:50", "geometry");
    assert_eq!(errs.len(), 1, "{report:#}");
}

#[test]
fn unknown_field_is_an_error_so_nothing_is_lost() {
    let (_t, id, code, report) = with_first_service(|s| s["horaires"] = json!("Mo-Fr 09:00-12:00"));
    assert_eq!(code, 1);
    let errs = errors_for(&report, &id, "horaires");
    assert_eq!(errs.len(), 1, "{report:#}");
}

#[test]
fn missing_folder_is_a_clear_error() {
    let o = maillage(&["validate", "no/such/folder"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no/such/folder"));
}

#[test]
fn non_utf8_file_is_reported() {
    let tmp = manche_copy();
    std::fs::write(tmp.path().join("services.json"), b"{\"services\": [\xff]}").unwrap();
    let (code, report) = validate_json(tmp.path());
    assert_eq!(code, 1);
    assert_eq!(report["errors"][0]["reason"]["code"], "not-utf8");
}

#[test]
fn a_category_without_a_step_is_a_warning_and_a_step_cannot_choose_perpetrators_by_audience() {
    let tmp = manche_copy();
    let path = tmp.path().join("pathways.json");
    let mut v = json(&path);
    let steps = v["steps"].as_array_mut().unwrap();
    steps.retain(|s| s["id"] != "sante-sexuelle");
    write_json(&path, &v);
    // Its translations go with it (a translated step that does not exist is an error).
    for e in std::fs::read_dir(tmp.path().join("i18n")).unwrap() {
        let file = e.unwrap().path();
        let mut texts = json(&file);
        if let Some(steps) = texts.get_mut("steps").and_then(|s| s.as_object_mut()) {
            steps.remove("sante-sexuelle");
        }
        write_json(&file, &texts);
    }
    let (code, report) = validate_json(tmp.path());
    assert_eq!(code, 0, "{report:#}");
    assert!(
        report["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["field"] == "categories"
                && w["reason"]
                    == json!({"code": "category-without-step", "category": "sante-sexuelle"})),
        "{report:#}"
    );
    // The Manche pathways leave no category without a step.
    let (_, report) = validate_json(&manche());
    assert!(!report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["reason"]["code"] == "category-without-step"));
    let mut v = json(&path);
    v["steps"][0]["audiences"] = json!(["auteurs"]);
    write_json(&path, &v);
    let (code, report) = validate_json(tmp.path());
    assert_eq!(code, 1);
    assert_eq!(
        errors_for(&report, "ecoute", "audiences").len(),
        1,
        "{report:#}"
    );
}

/// A language file must translate every step and every national text: a reader never meets half
/// a language. Each gap names the file, the line, the step or line, and the field.
#[test]
fn a_translation_missing_a_step_or_naming_an_unknown_line_is_an_error() {
    let tmp = manche_copy();
    let path = tmp.path().join("i18n/uk.json");
    let mut v = json(&path);
    v["steps"].as_object_mut().unwrap().remove("urgence");
    v["national"]["3919"]
        .as_object_mut()
        .unwrap()
        .remove("description");
    v["national"]["0-800-invented"] = json!({"description": "x"});
    write_json(&path, &v);
    let english = tmp.path().join("i18n/en.json");
    let mut en = json(&english);
    en["steps"] = json!({"urgence": {"title": "Emergency", "advice": "Call 17."}});
    write_json(&english, &en);
    let (code, report) = validate_json(tmp.path());
    assert_eq!(code, 1);
    let of = |record: &str| -> Vec<serde_json::Value> {
        report["errors"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["record"] == record)
            .cloned()
            .collect()
    };
    let step = of("urgence");
    assert_eq!(step.len(), 2, "{report:#}");
    for e in &step {
        let file = e["file"].as_str().unwrap();
        assert!(
            file.ends_with("i18n/uk.json") || file.ends_with("i18n/en.json"),
            "{e}"
        );
        assert!(e["line"].as_u64().is_some(), "{e}");
    }
    assert!(step
        .iter()
        .any(|e| e["reason"]["code"] == "step-not-translated"));
    assert!(step
        .iter()
        .any(|e| e["reason"]["code"] == "english-steps-here"));
    let line = errors_for(&report, "3919", "description");
    assert_eq!(line.len(), 1, "{report:#}");
    assert_eq!(line[0]["pointer"], "/national/3919/description");
    assert!(!of("0-800-invented").is_empty(), "{report:#}");
}

/// A file in `i18n/` must be named after a language other than French.
#[test]
fn a_translation_file_not_named_after_a_language_is_an_error() {
    let tmp = manche_copy();
    std::fs::copy(
        tmp.path().join("i18n/uk.json"),
        tmp.path().join("i18n/fr.json"),
    )
    .unwrap();
    let (code, report) = validate_json(tmp.path());
    assert_eq!(code, 1);
    let errs = report["errors"].as_array().unwrap();
    assert!(
        errs.iter()
            .any(|e| e["file"].as_str().unwrap().ends_with("i18n/fr.json")
                && e["reason"]["code"] == "not-a-language-file"),
        "{report:#}"
    );
}
