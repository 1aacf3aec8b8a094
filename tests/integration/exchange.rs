//! `maillage export` and `maillage import`: the spreadsheet round trip, mistakes named by row and
//! column, the open standards (HSDS 3.0, data·inclusion v1) and confidentiality in every export.
//!
//! The exports are checked against the official JSON Schemas in `interop/tests/schemas.rs` (the
//! `jsonschema` crate is a dev-dependency of `maillage-interop`).

use std::path::Path;

use serde_json::Value;

use super::util::*;

const TODAY: &str = "2026-11-30";

fn run(args: &[&str]) -> (i32, String, String) {
    let o = maillage(args);
    (
        o.status.code().unwrap(),
        stdout(&o),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn ok(args: &[&str]) -> String {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "maillage {args:?}\n{out}\n{err}");
    out + &err
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The rows of a CSV export: header and records (BOM removed, `;` separated).
fn rows(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let mut r = csv_rows(text, ';');
    r.retain(|row| row.iter().any(|c| !c.is_empty()));
    r
}

/// A small CSV reader for the tests (quotes, doubled quotes, line breaks in quotes).
fn csv_rows(text: &str, sep: char) -> Vec<Vec<String>> {
    let mut out = vec![];
    let mut row = vec![];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (c, false) if c == sep => row.push(std::mem::take(&mut cell)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut cell));
                out.push(std::mem::take(&mut row));
            }
            (c, _) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        out.push(row);
    }
    out
}

fn write_rows(path: &Path, rows: &[Vec<String>], sep: char, eol: &str, bom: bool) {
    let mut text = String::new();
    if bom {
        text.push('\u{feff}');
    }
    for r in rows {
        let cells: Vec<String> = r
            .iter()
            .map(|c| {
                if c.contains([sep, '"', '\n', '\r']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.clone()
                }
            })
            .collect();
        text.push_str(&cells.join(&sep.to_string()));
        text.push_str(eol);
    }
    std::fs::write(path, text).unwrap();
}

fn col(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

#[test]
fn csv_round_trip_of_the_manche_directory_loses_nothing() {
    let dir = manche_copy();
    let csv = dir.path().join("services.csv");
    let out = ok(&["export", "csv", p(&manche()), "-o", p(&csv), "--national"]);
    assert!(out.contains("48 services, 20 lignes nationales"), "{out}");
    // Remove the files the import rewrites, to be sure they come from the sheet.
    std::fs::remove_file(dir.path().join("services.json")).unwrap();
    std::fs::remove_file(dir.path().join("national.json")).unwrap();
    ok(&[
        "import",
        "csv",
        p(&csv),
        "-o",
        p(dir.path()),
        "--today",
        TODAY,
    ]);
    for file in ["services.json", "national.json"] {
        let original = std::fs::read_to_string(manche().join(file)).unwrap();
        let again = std::fs::read_to_string(dir.path().join(file)).unwrap();
        assert_eq!(json(&manche().join(file)), json(&dir.path().join(file)));
        // Same text too: the files keep the hand-written style.
        assert!(original == again, "{file} differs in its text");
    }
    let (code, _) = validate_json(dir.path());
    assert_eq!(code, 0);
}

#[test]
fn csv_mistakes_are_refused_row_by_row_with_row_and_column() {
    let dir = manche_copy();
    let csv = dir.path().join("services.csv");
    ok(&["export", "csv", p(&manche()), "-o", p(&csv)]);
    let mut table = rows(&csv);
    let header = table[0].clone();
    let set = |table: &mut Vec<Vec<String>>, row: usize, name: &str, value: &str| {
        table[row - 1][col(&header, name)] = value.to_owned();
    };
    // Rows as the spreadsheet numbers them (header = 1).
    set(&mut table, 2, "catégories", "ecoute; shelter");
    set(&mut table, 3, "téléphone", "02 33 XX XX (Accueil)");
    set(&mut table, 4, "site web", "javascript:alert(1) (Site)");
    set(&mut table, 5, "nom", "");
    set(&mut table, 6, "vérifié le", "31/02/2026");
    set(&mut table, 7, "horaires", "Mo-Fr 9h-12h");
    write_rows(&csv, &table, ';', "\n", true);
    let before = std::fs::read(dir.path().join("services.json")).unwrap();
    let (code, out, err) = run(&[
        "import",
        "csv",
        p(&csv),
        "-o",
        p(dir.path()),
        "--today",
        TODAY,
        "--format",
        "json",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("nothing written"), "{err}");
    assert_eq!(
        std::fs::read(dir.path().join("services.json")).unwrap(),
        before,
        "nothing is written when a row has an error"
    );
    let report: Value = serde_json::from_str(&out).unwrap();
    let errors = report["errors"].as_array().unwrap();
    let id = |row: usize| table[row - 1][0].clone();
    for (row, header, letter, words) in [
        (2, "catégories", "E", "shelter"),
        (3, "téléphone", "H", "not a valid French number"),
        (4, "site web", "K", "javascript:"),
        (5, "nom", "B", "empty name"),
        (6, "vérifié le", "AE", "is not a date"),
        (7, "horaires", "U", "opening hours"),
    ] {
        let found = errors.iter().find(|e| e["row"] == row).unwrap_or_else(|| {
            panic!("no error for row {row}: {errors:#?}");
        });
        assert_eq!(found["header"], header, "{found}");
        assert_eq!(found["column"], letter, "{found}");
        assert_eq!(found["record"], id(row), "{found}");
        assert!(
            found["message"].as_str().unwrap().contains(words),
            "{found}"
        );
    }
    assert_eq!(errors.len(), 6, "{errors:#?}");

    // The text form names the file, row, column and record on every line.
    let (_, text, _) = run(&[
        "import",
        "csv",
        p(&csv),
        "-o",
        p(dir.path()),
        "--today",
        TODAY,
    ]);
    let line = text
        .lines()
        .find(|l| l.contains("shelter"))
        .unwrap()
        .to_owned();
    assert!(
        line.starts_with(&format!(
            "erreur : {}, ligne 2, colonne E « catégories », fiche `{}`",
            p(&csv),
            id(2)
        )),
        "{line}"
    );
    // A core check brought back to its row and cell, worded in French.
    let line = text.lines().find(|l| l.contains("ligne 5,")).unwrap();
    assert!(line.ends_with(" : nom vide"), "{line}");
}

#[test]
fn semicolon_bom_crlf_and_comma_files_are_read() {
    let dir = manche_copy();
    let csv = dir.path().join("services.csv");
    ok(&["export", "csv", p(&manche()), "-o", p(&csv)]);
    let table = rows(&csv);
    for (sep, eol, bom) in [(';', "\r\n", true), (',', "\n", false), (',', "\r\n", true)] {
        write_rows(&csv, &table, sep, eol, bom);
        let out = ok(&[
            "import",
            "csv",
            p(&csv),
            "-o",
            p(dir.path()),
            "--today",
            TODAY,
        ]);
        assert!(out.contains("(48 services)"), "{out}");
        assert_eq!(
            json(&dir.path().join("services.json")),
            json(&manche().join("services.json")),
            "separator {sep:?}, eol {eol:?}, bom {bom}"
        );
    }
    // Windows-1252 (an old Excel « CSV ») is refused with advice, not misread.
    std::fs::write(&csv, b"identifiant;nom\nx;Cr\xe8che\n").unwrap();
    let (code, out, _) = run(&["import", "csv", p(&csv), "-o", p(dir.path())]);
    assert_eq!(code, 1);
    assert!(out.contains("n'est pas en UTF-8"), "{out}");
}

#[test]
fn the_template_is_the_export_s_columns_and_imports_cleanly() {
    let template = root().join("examples/templates/services.csv");
    let dir = manche_copy();
    let csv = dir.path().join("services.csv");
    ok(&["export", "csv", p(&manche()), "-o", p(&csv)]);
    assert_eq!(
        rows(&template)[0],
        rows(&csv)[0],
        "same header as the export"
    );
    let out = ok(&[
        "import",
        "csv",
        p(&template),
        "-o",
        p(dir.path()),
        "--dry-run",
        "--today",
        TODAY,
    ]);
    assert!(out.contains("est valide ; écrirait"), "{out}");
    // Names typed by hand were resolved: commune and zone.
    ok(&[
        "import",
        "csv",
        p(&template),
        "-o",
        p(dir.path()),
        "--today",
        TODAY,
    ]);
    let services = json(&dir.path().join("services.json"));
    let example = services["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "exemple-permanence-granville")
        .unwrap();
    assert_eq!(example["location"]["commune"], "commune:50218");
    assert_eq!(example["served_area"][0], "epci:200042604");
    assert_eq!(example["contacts"][0]["value"], "+33233912330");
    assert_eq!(example["source"]["status"], "to-verify");
    assert_eq!(example["source"]["published_on"], "2026-11-29");
}

/// Services of the Manche directory whose place is confidential.
fn confidential_ids() -> Vec<String> {
    let services = json(&manche().join("services.json"));
    let ids: Vec<String> = services["services"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["location"]["visibility"] == "confidentiel")
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(ids.len() >= 3);
    ids
}

#[test]
fn confidential_places_are_absent_from_every_export() {
    let tmp = tempfile::tempdir().unwrap();
    let secret = confidential_ids();
    // The spreadsheet (the coordinator's file).
    let csv = tmp.path().join("s.csv");
    ok(&["export", "csv", p(&manche()), "-o", p(&csv), "--national"]);
    let table = rows(&csv);
    let h = &table[0];
    for r in table.iter().filter(|r| secret.contains(&r[0])) {
        for c in ["adresse", "code postal", "latitude", "longitude"] {
            assert_eq!(r[col(h, c)], "", "{c} of {}", r[0]);
        }
        assert_eq!(r[col(h, "visibilité du lieu")], "confidentiel");
    }
    // HSDS and data·inclusion, for the public and for professionals.
    let m = manche();
    for extra in [&[][..], &["--professional", "--national"][..]] {
        let h = tmp.path().join("h.json");
        let mut args = vec!["export", "hsds", p(&m), "-o", p(&h)];
        args.extend_from_slice(extra);
        ok(&args);
        let hsds = json(&h);
        for s in hsds.as_array().unwrap() {
            let id = s["attributes"]
                .as_array()
                .unwrap()
                .iter()
                .find(|a| a["taxonomy_term"]["code"] == "identifiant")
                .unwrap()["value"]
                .as_str()
                .unwrap();
            if secret.iter().any(|x| x == id) {
                let loc = &s["service_at_locations"][0]["location"];
                for k in ["addresses", "latitude", "longitude"] {
                    assert!(loc.get(k).is_none(), "{k} of {id}: {loc}");
                }
            }
        }
        let d = tmp.path().join("di");
        let mut args = vec![
            "export",
            "data-inclusion",
            p(&m),
            "-o",
            p(&d),
            "--date",
            TODAY,
        ];
        args.extend_from_slice(extra);
        ok(&args);
        let di = json(&d.join("services.json"));
        for s in di.as_array().unwrap() {
            let id = s["id"].as_str().unwrap().trim_start_matches("maillage--");
            if secret.iter().any(|x| x == id) {
                for k in ["adresse", "code_postal", "latitude", "longitude"] {
                    assert!(s.get(k).is_none(), "{k} of {id}");
                }
            }
        }
    }
}

#[test]
fn professionals_only_contacts_need_the_professional_flag() {
    let tmp = tempfile::tempdir().unwrap();
    let pro = "requisition-umj@ch-stlo.fr";
    let h = tmp.path().join("h.json");
    let d = tmp.path().join("di");
    ok(&["export", "hsds", "-o", p(&h)]);
    ok(&["export", "data-inclusion", "-o", p(&d), "--date", TODAY]);
    let public = std::fs::read_to_string(&h).unwrap()
        + &std::fs::read_to_string(d.join("services.json")).unwrap();
    assert!(
        !public.contains(pro),
        "a public export shows a professionals-only contact"
    );
    // The embedded bundle is public: not even --professional finds it there.
    ok(&["export", "hsds", "-o", p(&h), "--professional"]);
    assert!(!std::fs::read_to_string(&h).unwrap().contains(pro));
    // The coordinator's folder (and the sealed professional bundle, see `pro.rs`) holds it.
    ok(&[
        "export",
        "hsds",
        "data/manche",
        "-o",
        p(&h),
        "--professional",
    ]);
    assert!(std::fs::read_to_string(&h).unwrap().contains(pro));
    // The spreadsheet keeps it, marked.
    let csv = tmp.path().join("s.csv");
    ok(&["export", "csv", "data/manche", "-o", p(&csv)]);
    assert!(std::fs::read_to_string(&csv).unwrap().contains(&format!(
        "{pro} (Réquisitions (enquêteurs)) [professionnels]"
    )));
}

#[test]
fn our_own_hsds_and_data_inclusion_exports_come_back() {
    let tmp = tempfile::tempdir().unwrap();
    let original = json(&manche().join("services.json"));
    let original = original["services"].as_array().unwrap();
    let by_id = |list: &[Value], id: &str| -> Value {
        list.iter()
            .find(|s| s["id"] == id)
            .unwrap_or_else(|| panic!("{id} lost"))
            .clone()
    };

    // HSDS: every category (and record) comes back exactly.
    let h = tmp.path().join("h.json");
    ok(&["export", "hsds", p(&manche()), "-o", p(&h)]);
    let back = tmp.path().join("back.json");
    let out = ok(&["import", "hsds", p(&h), "-o", p(&back)]);
    assert!(out.contains("rien à relire"), "{out}");
    let imported = json(&back);
    let imported = imported["services"].as_array().unwrap();
    assert_eq!(imported.len(), original.len());
    for s in original {
        let b = by_id(imported, s["id"].as_str().unwrap());
        assert_eq!(b["categories"], s["categories"], "{}", s["id"]);
        assert_eq!(b["served_area"], s["served_area"], "{}", s["id"]);
    }

    // data·inclusion: no record lost; the categories come back through the thématiques table.
    let d = tmp.path().join("di");
    ok(&[
        "export",
        "data-inclusion",
        p(&manche()),
        "-o",
        p(&d),
        "--date",
        TODAY,
    ]);
    let back = tmp.path().join("back.csv");
    ok(&["import", "data-inclusion", p(&d), "-o", p(&back)]);
    let out = ok(&[
        "import",
        "csv",
        p(&back),
        "-o",
        p(&tmp.path().join("fresh")),
        "--dry-run",
        "--today",
        TODAY,
    ]);
    assert!(
        out.contains("est valide"),
        "the converted records pass every check: {out}"
    );
    let table = rows(&back);
    assert_eq!(table.len() - 1, original.len());
    let cats = |id: &str| -> String {
        table.iter().find(|r| r[0] == id).unwrap()[col(&table[0], "catégories")].clone()
    };
    assert_eq!(cats("umj-saint-lo"), "soins; psy");
    assert!(cats("cidff-manche").contains("juridique"));
    assert_eq!(cats("planning-familial-manche"), "sante-sexuelle");
    assert_eq!(
        cats("cpca-acjm"),
        "auteurs",
        "perpetrators' services stay apart"
    );
    assert_eq!(cats("chrs-louise-michel"), "hebergement");
}

#[test]
fn foreign_terms_that_cannot_be_mapped_are_reported_not_lost() {
    let tmp = tempfile::tempdir().unwrap();
    let hsds = serde_json::json!([
        {
            "id": "9f1c8f8e-7a0e-4e0e-9c55-000000000001",
            "name": "Women's Shelter of Example",
            "status": "active",
            "organization": {"id": "9f1c8f8e-7a0e-4e0e-9c55-000000000002", "name": "Example Org", "description": "x"},
            "phones": [{"id": "9f1c8f8e-7a0e-4e0e-9c55-000000000003", "number": "02 33 77 12 34"}],
            "attributes": [
                {"id": "9f1c8f8e-7a0e-4e0e-9c55-000000000004", "taxonomy_term": {"id": "9f1c8f8e-7a0e-4e0e-9c55-000000000005", "name": "Domestic Violence Shelters", "description": "", "taxonomy": "open-eligibility"}},
                {"id": "9f1c8f8e-7a0e-4e0e-9c55-000000000006", "taxonomy_term": {"id": "9f1c8f8e-7a0e-4e0e-9c55-000000000007", "name": "Tax Preparation", "description": "", "taxonomy": "open-eligibility"}},
                {"id": "9f1c8f8e-7a0e-4e0e-9c55-000000000008", "taxonomy_term": {"id": "9f1c8f8e-7a0e-4e0e-9c55-000000000009", "name": "Women", "description": "", "taxonomy": "open-eligibility"}}
            ],
            "service_areas": [{"id": "9f1c8f8e-7a0e-4e0e-9c55-000000000010", "name": "Atlantis"}],
            "wait_time": "2 weeks"
        },
        {
            "id": "9f1c8f8e-7a0e-4e0e-9c55-000000000011",
            "name": "Bike repair",
            "status": "active"
        }
    ]);
    let f = tmp.path().join("foreign.json");
    write_json(&f, &hsds);
    let out = tmp.path().join("records.json");
    let (code, stdout_text, err) = run(&["import", "hsds", p(&f), "-o", p(&out)]);
    assert_eq!(code, 0, "{stdout_text}{err}");
    for words in [
        "le terme de taxonomie `Tax Preparation` (taxonomie `open-eligibility`) ne correspond",
        "la zone desservie `Atlantis` ne correspond à aucun territoire",
        "`wait_time` n'a pas de place",
        "aucune catégorie trouvée",
    ] {
        assert!(err.contains(words), "{words}: {err}");
    }
    let records = json(&out);
    let services = records["services"].as_array().unwrap();
    assert_eq!(services.len(), 2, "no record dropped");
    assert_eq!(
        services[0]["categories"],
        serde_json::json!(["hebergement", "ecoute"])
    );
    assert_eq!(services[0]["audiences"], serde_json::json!(["femmes"]));
    assert_eq!(services[0]["contacts"][0]["value"], "+33233771234");
    assert_eq!(services[1]["categories"], serde_json::json!([]));

    // data·inclusion: an unmapped thématique is named.
    let di = serde_json::json!([{
        "source": "dora", "structure_id": "dora--1", "id": "dora--42", "nom": "Atelier numérique",
        "description": "x", "date_maj": "2026-10-01",
        "thematiques": ["numerique--acquerir-un-equipement", "famille--surmonter-conflits-separation-violence"],
        "zone_eligibilite": ["50"]
    }]);
    let f = tmp.path().join("di.json");
    write_json(&f, &di);
    let out = tmp.path().join("di-records.json");
    let (code, _, err) = run(&["import", "data-inclusion", p(&f), "-o", p(&out)]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("la thématique `numerique--acquerir-un-equipement` ne correspond à aucune"),
        "{err}"
    );
    assert!(err.contains("structure `dora--1` introuvable"), "{err}");
    let records = json(&out);
    assert_eq!(records["services"][0]["id"], "dora-42");
    assert_eq!(
        records["services"][0]["categories"],
        serde_json::json!(["ecoute"])
    );
    assert_eq!(
        records["services"][0]["served_area"],
        serde_json::json!(["departement:50"])
    );
}
