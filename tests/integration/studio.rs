//! The coordinator's studio (crate `maillage-studio`, the page's WebAssembly) and the command
//! give the same answers on the same files: the same problems for a spreadsheet and for a
//! bundle, and the same bundle bytes once the spreadsheet is corrected.

use super::util::*;
use maillage_studio::Studio;
use serde_json::{json, Value};

const TODAY: &str = "2026-11-30";

fn studio() -> Studio {
    Studio::from_bundle(&std::fs::read(root().join("data/manche.maillage")).unwrap()).unwrap()
}

/// A problem as both sides can print it: the sheet's row and column, or the file's pointer.
fn key(p: &Value) -> String {
    json!({
        "row": p["row"], "line": p["line"], "column": p["column"], "header": p["header"],
        "record": p["record"], "reason": p["reason"], "pointer": p["pointer"], "field": p["field"],
    })
    .to_string()
}

fn keys(list: &Value) -> Vec<String> {
    let mut out: Vec<String> = list.as_array().unwrap().iter().map(key).collect();
    out.sort();
    out
}

/// `maillage import csv FILE -o EMPTY --dry-run --format json` (checked against the embedded
/// Manche bundle, as the studio checks against the bundle it opened).
fn cli_sheet_problems(file: &str) -> (i32, Value) {
    let empty = tempfile::tempdir().unwrap();
    let o = maillage(&[
        "import",
        "csv",
        file,
        "-o",
        empty.path().to_str().unwrap(),
        "--dry-run",
        "--format",
        "json",
        "--today",
        TODAY,
    ]);
    let v =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", output_text(&o)));
    (o.status.code().unwrap(), v)
}

fn studio_sheet_problems(file: &str) -> (bool, Value) {
    let mut s = studio();
    let c = s
        .check_sheet(&std::fs::read(root().join(file)).unwrap(), TODAY)
        .unwrap();
    let v = serde_json::to_value(&c).unwrap();
    let pick = |sev: &str, sheet: &str| {
        let mut all: Vec<Value> = v[sheet].as_array().unwrap().clone();
        all.extend(
            v["others"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|p| p["severity"] == sev)
                .cloned(),
        );
        Value::Array(all)
    };
    (
        c.valid,
        json!({ "errors": pick("error", "errors"), "warnings": pick("warning", "warnings") }),
    )
}

#[test]
fn studio_lists_the_same_spreadsheet_problems_as_import_csv() {
    for file in ["studio/fixtures/errors.csv", "studio/fixtures/fixed.csv"] {
        let (code, cli) = cli_sheet_problems(file);
        let (valid, studio) = studio_sheet_problems(file);
        assert_eq!(valid, code == 0, "{file}");
        assert_eq!(keys(&studio["errors"]), keys(&cli["errors"]), "{file}");
        assert_eq!(keys(&studio["warnings"]), keys(&cli["warnings"]), "{file}");
    }
    // And the errors a coordinator would look for are there, by row and column letter.
    let (_, studio) = studio_sheet_problems("studio/fixtures/errors.csv");
    let errors = studio["errors"].as_array().unwrap();
    let at = |row: u64, column: &str| {
        errors
            .iter()
            .any(|p| p["row"] == row && p["column"] == column)
    };
    assert!(
        at(2, "E") && at(3, "H") && at(4, "N") && at(5, "U"),
        "{studio:#}"
    );
}

#[test]
fn studio_validates_a_bundle_as_validate_does() {
    let o = maillage(&[
        "validate",
        "data/manche.maillage",
        "--format",
        "json",
        "--today",
        TODAY,
    ]);
    let cli: Value = serde_json::from_slice(&o.stdout).unwrap();
    let studio = serde_json::to_value(studio().validate(TODAY).unwrap()).unwrap();
    assert_eq!(keys(&studio["errors"]), keys(&cli["errors"]));
    assert_eq!(keys(&studio["warnings"]), keys(&cli["warnings"]));
    assert!(!cli["warnings"].as_array().unwrap().is_empty());
}

/// `maillage import csv FILE -o COPY` into a copy of data/manche, then `maillage build COPY`.
fn cli_build(sheet: Option<&std::path::Path>) -> Vec<u8> {
    let copy = manche_copy();
    let dir = copy.path().to_str().unwrap();
    if let Some(sheet) = sheet {
        run_ok(&[
            "import",
            "csv",
            sheet.to_str().unwrap(),
            "-o",
            dir,
            "--today",
            TODAY,
        ]);
    }
    // Named as the bundle the studio starts from, so that its translations' files are too.
    let out = copy.path().join("manche.maillage");
    run_ok(&[
        "build",
        dir,
        "-o",
        out.to_str().unwrap(),
        "--built-on",
        TODAY,
    ]);
    std::fs::read(out).unwrap()
}

#[test]
fn the_corrected_sheet_builds_the_bundle_maillage_build_writes() {
    let sheet = root().join("studio/fixtures/fixed.csv");
    let mut s = studio();
    assert!(
        s.check_sheet(&std::fs::read(&sheet).unwrap(), TODAY)
            .unwrap()
            .valid
    );
    assert!(s.build_public(TODAY).unwrap() == cli_build(Some(&sheet)));
}

#[test]
fn the_whole_exported_sheet_builds_the_bundle_of_data_manche() {
    let tmp = tempfile::tempdir().unwrap();
    let sheet = tmp.path().join("manche.csv");
    run_ok(&[
        "export",
        "csv",
        "data/manche",
        "-o",
        sheet.to_str().unwrap(),
        "--national",
    ]);
    let mut s = studio();
    assert!(
        s.check_sheet(&std::fs::read(&sheet).unwrap(), TODAY)
            .unwrap()
            .valid
    );
    let built = s.build_public(TODAY).unwrap();
    assert!(
        built == cli_build(None),
        "the studio's bundle differs from `maillage build data/manche`"
    );
    assert!(built == cli_build(Some(&sheet)));
}
