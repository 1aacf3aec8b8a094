//! Helpers: run the binary, copy the Manche directory to edit it.

use std::path::{Path, PathBuf};
use std::process::Output;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

pub fn manche() -> PathBuf {
    root().join("data/manche")
}

pub fn maillage(args: &[&str]) -> Output {
    maillage_with_passphrase(args, None)
}

/// Runs `maillage` with `MAILLAGE_PASSPHRASE` set to `passphrase` (removed when `None`), and
/// no terminal to ask on.
pub fn maillage_with_passphrase(args: &[&str], passphrase: Option<&str>) -> Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_maillage"));
    cmd.args(args)
        .current_dir(root())
        .env_remove("MAILLAGE_PASSPHRASE");
    if let Some(p) = passphrase {
        cmd.env("MAILLAGE_PASSPHRASE", p);
    }
    cmd.output().expect("the maillage binary runs")
}

/// Runs `maillage` and checks that it succeeded, showing its output otherwise.
pub fn run_ok(args: &[&str]) -> Output {
    let o = maillage(args);
    assert!(
        o.status.success(),
        "maillage {args:?}: {}{}",
        stdout(&o),
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

/// The passphrase of the professional bundles the tests seal.
pub const PASSPHRASE: &str = "tulipe marée granit boussole";
/// A professionals-only contact of `data/manche/services.json` (the UMJ of Saint-Lô's
/// requisition address).
pub const PRO_SECRET: &str = "requisition-umj@ch-stlo.fr";

/// Everything a command printed: standard output, then standard error.
pub fn output_text(o: &Output) -> String {
    format!("{}{}", stdout(o), String::from_utf8_lossy(&o.stderr))
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A copy of the Manche directory in a temporary folder.
pub fn manche_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&manche(), tmp.path());
    tmp
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

pub fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

pub fn write_json(path: &Path, v: &serde_json::Value) {
    std::fs::write(path, serde_json::to_string_pretty(v).unwrap()).unwrap();
}

/// Runs `validate DIR --format json` and returns (exit code, parsed output).
pub fn validate_json(dir: &Path) -> (i32, serde_json::Value) {
    let o = maillage(&[
        "validate",
        dir.to_str().unwrap(),
        "--format",
        "json",
        "--today",
        "2026-11-30",
    ]);
    let v = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(&o), String::from_utf8_lossy(&o.stderr)));
    (o.status.code().unwrap(), v)
}

/// The errors of a report whose record and field are the given ones.
pub fn errors_for<'a>(
    report: &'a serde_json::Value,
    record: &str,
    field: &str,
) -> Vec<&'a serde_json::Value> {
    report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            e["record"] == record && e["field"].as_str().is_some_and(|f| f.starts_with(field))
        })
        .collect()
}

/// The Manche folder's files, as `maillage validate` reads them.
pub fn manche_files() -> Vec<maillage::SourceFile> {
    let mut files = Vec::new();
    for sub in ["", "territories", "i18n"] {
        for e in std::fs::read_dir(manche().join(sub)).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if p.is_file() && (name.ends_with(".json") || name.ends_with(".geojson")) {
                let rel = if sub.is_empty() {
                    name
                } else {
                    format!("{sub}/{name}")
                };
                files.push(maillage::SourceFile::new(
                    rel,
                    std::fs::read_to_string(&p).unwrap(),
                ));
            }
        }
    }
    files
}

/// The Manche directory loaded from its folder (panics with the problems if it is invalid).
pub fn load_manche() -> maillage::Directory {
    let (d, report) = maillage::load(&manche_files(), None);
    d.unwrap_or_else(|| panic!("{:#?}", report.problems))
}
