//! The coordinator's studio: what the `maillage` command does for a coordinator — check a
//! spreadsheet, build the public and professional bundles, export the spreadsheet, HSDS 3.0 and
//! data·inclusion, print the leaflets of every EPCI, map the coverage — as a WebAssembly module
//! for a static page (`target/dist/studio/`), with nothing to install and nothing sent anywhere.
//!
//! Thin glue: every check, format and figure comes from the library crates (`maillage`,
//! `maillage-interop`, `maillage-publish`), through the same functions the command calls
//! ([`maillage_interop::spreadsheet::read`], [`maillage_interop::spreadsheet::check`],
//! [`maillage::validate`], [`maillage::bundle::encode`], [`maillage::pro::seal`], …). This crate
//! only keeps the directory being edited between calls and turns answers into JSON text and
//! bytes for JavaScript.
//!
//! [`Studio`] is the Rust API (tested natively); [`wasm::StudioModule`] is its JavaScript face.
//!
//! ```
//! use maillage_studio::Studio;
//! let bundle = std::fs::read("../data/manche.maillage").unwrap();
//! let mut studio = Studio::from_bundle(&bundle).unwrap();
//! let csv = studio.export_csv(true, b';', true);
//! let checked = studio.check_sheet(csv.as_bytes(), "2026-11-30").unwrap();
//! assert!(checked.valid);
//! // The same bundle as the one it started from, but for its build date.
//! assert!(studio.build_public("2026-11-30").is_ok());
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod wasm;

use chrono::NaiveDate;
use maillage::{Category, Directory, Fault, Index, Problem, Severity, TerritoryKind, Viewer};
use maillage_interop::spreadsheet::{self, Base, SheetProblem, WriteOptions};
use maillage_interop::{data_inclusion, hsds, ExportScope, Names};
use maillage_publish::{LeafletOptions, PageFormat};
use serde::Serialize;

/// Why the studio cannot do what was asked; each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum StudioError {
    /// The bundle could not be read.
    #[error("this file is not a maillage directory: {0}")]
    Bundle(#[from] maillage::bundle::BundleError),
    /// The professional bundle could not be opened or sealed.
    #[error("professional bundle: {0}")]
    Pro(#[from] maillage::pro::ProError),
    /// A professional bundle was given where a public one was expected.
    #[error("this is the professional bundle: open it with the network's passphrase")]
    Sealed,
    /// A date is not written `YYYY-MM-DD`.
    #[error("`{0}` is not a date written YYYY-MM-DD")]
    Date(String),
    /// A name of the vocabulary is unknown.
    #[error("{0}")]
    Term(String),
    /// The spreadsheet has errors: nothing is built from it.
    #[error("the spreadsheet has {0} error(s): correct them, then check it again")]
    SheetInvalid(usize),
    /// The directory itself has errors.
    #[error("the directory has {0} error(s): see the list of problems")]
    DirectoryInvalid(usize),
    /// Professional documents need the professional data.
    #[error("professional documents need the professionals-only contacts: open the professional bundle (with its passphrase) or a spreadsheet exported from it")]
    NotProfessional,
    /// The salt or nonce drawn by the page has the wrong length.
    #[error("random bytes: expected {expected}, got {got}")]
    Random {
        /// The length expected.
        expected: usize,
        /// The length given.
        got: usize,
    },
    /// A leaflet could not be printed.
    #[error("leaflet: {0}")]
    Leaflet(#[from] maillage_publish::LeafletError),
    /// A file to import is not UTF-8 text.
    #[error("{0}: not UTF-8 text: save it as UTF-8")]
    NotUtf8(String),
    /// An import format the studio does not know.
    #[error("unknown import format `{0}`: hsds or data-inclusion")]
    ImportFormat(String),
}

/// What [`Studio::check_sheet`] found: the problems the command `maillage import csv` prints,
/// errors and warnings apart.
#[derive(Clone, Debug, Serialize)]
pub struct SheetCheck {
    /// True when no problem is an error (then the studio works on the sheet's directory).
    pub valid: bool,
    /// Rows read (services and national lines).
    pub rows: usize,
    /// National lines among them.
    pub national: usize,
    /// Errors, by row and column.
    pub errors: Vec<SheetLine>,
    /// Warnings (records to verify, stale sources, …), by row and column.
    pub warnings: Vec<SheetLine>,
    /// Problems outside the sheet (the rest of the directory), with their file and pointer.
    pub others: Vec<FileProblem>,
}

/// A problem of the sheet, with what is wrong in the studio's words (French).
#[derive(Clone, Debug, Serialize)]
pub struct SheetLine {
    /// Where, and the code of what is wrong.
    #[serde(flatten)]
    pub problem: SheetProblem,
    /// What is wrong, worded (with the item of the cell when there is one).
    pub message: String,
}

impl From<SheetProblem> for SheetLine {
    fn from(problem: SheetProblem) -> Self {
        let message = maillage_publish::Lang::default().sheet_reason(&problem);
        SheetLine { problem, message }
    }
}

/// A problem of a directory file, as `maillage validate --format json` prints it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FileProblem {
    /// `error` or `warning`.
    pub severity: Severity,
    /// The file, relative to the directory folder (`(bundle)` for a bundle).
    pub file: String,
    /// Its line, when known.
    pub line: Option<usize>,
    /// The JSON pointer of the field.
    pub pointer: Option<String>,
    /// The record.
    pub record: Option<String>,
    /// The field.
    pub field: Option<String>,
    /// What is wrong, as a code and its values.
    pub reason: Fault,
    /// What is wrong, in the studio's words (French).
    pub message: String,
}

impl From<&Problem> for FileProblem {
    fn from(p: &Problem) -> Self {
        FileProblem {
            severity: p.severity,
            file: p.at.file.clone(),
            line: p.at.line,
            pointer: p.at.pointer.clone(),
            record: p.record.clone(),
            field: p.field.clone(),
            reason: p.reason.clone(),
            message: maillage_publish::Lang::default().fault(&p.reason),
        }
    }
}

/// The directory's own check ([`maillage::validate`]), errors and warnings apart.
#[derive(Clone, Debug, Serialize)]
pub struct DirectoryCheck {
    /// True when no problem is an error.
    pub valid: bool,
    /// Errors.
    pub errors: Vec<FileProblem>,
    /// Warnings.
    pub warnings: Vec<FileProblem>,
}

/// A leaflet: its file name (as `maillage leaflet --all` writes it), its territory and its HTML.
#[derive(Clone, Debug, Serialize)]
pub struct Leaflet {
    /// `epci-200042604.html` (`.pro.html` for professionals).
    pub file: String,
    /// The territory's id.
    pub territory: String,
    /// The territory's name.
    pub name: String,
    /// The print-ready page.
    pub html: String,
}

/// What the page shows about the directory being edited.
#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    /// The directory's territory (`departement:50`).
    pub scope: String,
    /// Its name, when the directory has the territory.
    pub scope_name: Option<String>,
    /// Local services.
    pub services: usize,
    /// National lines.
    pub national: usize,
    /// Territories.
    pub territories: usize,
    /// The EPCI, id and name, in the directory's order.
    pub epci: Vec<(String, String)>,
    /// The base was the professional bundle (professionals-only contacts present).
    pub professional: bool,
    /// A checked spreadsheet replaces the base's services.
    pub sheet: bool,
    /// Whether the directory is sample data, to be verified.
    pub sample: bool,
    /// The categories, code and French label, for the coverage map's choice.
    pub categories: Vec<(&'static str, &'static str)>,
    /// The distance (km) past which a commune counts as far from a place (the coverage's).
    pub over_km: f64,
}

/// The directory being edited: a base (a bundle) and, once a spreadsheet is checked without
/// error, the base with the sheet's services ([`spreadsheet::apply`]).
#[derive(Clone, Debug)]
pub struct Studio {
    base: Directory,
    edited: Directory,
    /// The base came from the professional bundle.
    professional: bool,
    /// A valid sheet is applied.
    sheet: bool,
    /// The last sheet checked had errors: nothing is built until it is corrected.
    sheet_errors: usize,
}

fn date(text: &str) -> Result<NaiveDate, StudioError> {
    text.trim()
        .parse()
        .map_err(|_| StudioError::Date(text.to_owned()))
}

fn json(value: &impl Serialize) -> String {
    // Plain data (strings, numbers, maps with string keys) always serializes.
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

impl Studio {
    fn new(base: Directory, professional: bool) -> Self {
        Studio {
            edited: base.clone(),
            base,
            professional,
            sheet: false,
            sheet_errors: 0,
        }
    }

    /// Starts from a public bundle (`manche.maillage`).
    pub fn from_bundle(bytes: &[u8]) -> Result<Self, StudioError> {
        if maillage::pro::is_sealed(bytes) {
            return Err(StudioError::Sealed);
        }
        Ok(Self::new(maillage::bundle::decode(bytes)?, false))
    }

    /// Starts from the professional bundle, opened with the network's passphrase.
    pub fn from_professional(bytes: &[u8], passphrase: &str) -> Result<Self, StudioError> {
        Ok(Self::new(maillage::pro::open(bytes, passphrase)?, true))
    }

    /// The directory as it stands (the base, or the base with the checked sheet's services).
    pub fn directory(&self) -> &Directory {
        &self.edited
    }

    /// What the page shows about the directory.
    pub fn summary(&self) -> Summary {
        let d = &self.edited;
        Summary {
            scope: d.metadata.scope.to_string(),
            scope_name: d.territory(&d.metadata.scope).map(|t| t.name.clone()),
            services: d.services.len(),
            national: d.national.len(),
            territories: d.territories.len(),
            epci: epcis(d)
                .map(|t| (t.id.to_string(), t.name.clone()))
                .collect(),
            professional: self.professional,
            sheet: self.sheet,
            sample: d.metadata.sample,
            categories: Category::ALL
                .iter()
                .map(|c| (c.as_str(), c.label_fr()))
                .collect(),
            over_km: maillage_publish::OVER_KM,
        }
    }

    /// Checks a spreadsheet (the CSV `maillage export csv` writes: `;` or `,`, BOM, CRLF)
    /// against the base exactly as `maillage import csv` does against a bundle: the same
    /// reading ([`spreadsheet::read`], names of the base) and the same checks
    /// ([`spreadsheet::check`], hence [`maillage::validate`]). When it has no error, the
    /// studio works on it from then on.
    pub fn check_sheet(&mut self, bytes: &[u8], today: &str) -> Result<SheetCheck, StudioError> {
        let today = date(today)?;
        let sheet = spreadsheet::read(bytes, &Names::of(&self.base));
        let checked = spreadsheet::check(&sheet, Base::Directory(&self.base), Some(today));
        let valid = checked.is_valid();
        let (errors, warnings): (Vec<_>, Vec<_>) =
            checked.problems.into_iter().partition(|p| p.is_error());
        if valid {
            self.edited = spreadsheet::apply(&sheet, &self.base);
            self.sheet = true;
            self.sheet_errors = 0;
        } else {
            self.sheet_errors = errors.len()
                + checked
                    .others
                    .iter()
                    .filter(|p| p.severity == Severity::Error)
                    .count();
        }
        Ok(SheetCheck {
            valid,
            rows: sheet.rows.len(),
            national: sheet.rows.iter().filter(|r| r.national).count(),
            errors: errors.into_iter().map(SheetLine::from).collect(),
            warnings: warnings.into_iter().map(SheetLine::from).collect(),
            others: checked.others.iter().map(FileProblem::from).collect(),
        })
    }

    /// Forgets the spreadsheet: back to the base.
    pub fn reset(&mut self) {
        self.edited = self.base.clone();
        self.sheet = false;
        self.sheet_errors = 0;
    }

    /// The directory's own check, as `maillage validate` runs it on a bundle.
    pub fn validate(&self, today: &str) -> Result<DirectoryCheck, StudioError> {
        let report = maillage::validate(&self.edited, Some(date(today)?));
        Ok(DirectoryCheck {
            valid: report.is_valid(),
            errors: report.errors().map(FileProblem::from).collect(),
            warnings: report.warnings().map(FileProblem::from).collect(),
        })
    }

    /// The directory to build: refused while the last sheet has errors or the directory does
    /// not validate (as `maillage build` writes nothing then).
    fn buildable(&self, built_on: &str) -> Result<Directory, StudioError> {
        if self.sheet_errors > 0 {
            return Err(StudioError::SheetInvalid(self.sheet_errors));
        }
        let report = maillage::validate(&self.edited, None);
        let errors = report.errors().count();
        if errors > 0 {
            return Err(StudioError::DirectoryInvalid(errors));
        }
        let mut d = self.edited.clone();
        d.metadata.built_on = Some(date(built_on)?);
        Ok(d)
    }

    /// The public bundle, as `maillage build DIR -o FILE --built-on DATE` writes it for the
    /// same directory (professionals-only contacts left out by [`maillage::bundle::encode`]).
    pub fn build_public(&self, built_on: &str) -> Result<Vec<u8>, StudioError> {
        Ok(maillage::bundle::encode(&self.buildable(built_on)?))
    }

    /// The professional bundle (`maillage build --pro-out`), sealed with `passphrase`; `salt`
    /// and `nonce` are fresh random bytes drawn by the page (`crypto.getRandomValues`).
    pub fn build_professional(
        &self,
        built_on: &str,
        passphrase: &str,
        salt: &[u8],
        nonce: &[u8],
    ) -> Result<Vec<u8>, StudioError> {
        if !self.has_professional_data() {
            return Err(StudioError::NotProfessional);
        }
        let d = self.buildable(built_on)?;
        let salt: [u8; maillage::pro::SALT_LEN] =
            salt.try_into().map_err(|_| StudioError::Random {
                expected: maillage::pro::SALT_LEN,
                got: salt.len(),
            })?;
        let nonce: [u8; maillage::pro::NONCE_LEN] =
            nonce.try_into().map_err(|_| StudioError::Random {
                expected: maillage::pro::NONCE_LEN,
                got: nonce.len(),
            })?;
        Ok(maillage::pro::seal(
            &d,
            passphrase,
            maillage::pro::KdfParams::RECOMMENDED,
            salt,
            nonce,
        )?)
    }

    /// The spreadsheet back (`maillage export csv`): `;` or `,`, with or without BOM.
    pub fn export_csv(&self, national: bool, delimiter: u8, bom: bool) -> String {
        spreadsheet::write(
            &self.edited,
            &WriteOptions {
                national,
                delimiter,
                bom,
            },
        )
    }

    /// HSDS 3.0 (`maillage export hsds`), for the public unless `professional`.
    pub fn export_hsds(&self, national: bool, professional: bool) -> String {
        let out = hsds::export(
            &self.edited,
            ExportScope {
                national,
                professional,
            },
        );
        serde_json::to_string_pretty(&out.json).unwrap_or_default() + "\n"
    }

    /// data·inclusion v1 (`maillage export data-inclusion`): `structures.json` and
    /// `services.json`, for the public unless `professional`.
    pub fn export_data_inclusion(
        &self,
        national: bool,
        professional: bool,
        today: &str,
    ) -> Result<(String, String), StudioError> {
        let out = data_inclusion::export(
            &self.edited,
            ExportScope {
                national,
                professional,
            },
            date(today)?,
        );
        let text =
            |v: &serde_json::Value| serde_json::to_string_pretty(v).unwrap_or_default() + "\n";
        Ok((text(&out.structures), text(&out.services)))
    }

    /// Converts another directory's HSDS or data·inclusion export into spreadsheet rows to
    /// review (`maillage import hsds|data-inclusion FILE -o rows.csv`), then appends them to
    /// `sheet` (the coordinator's spreadsheet, when one is open): the CSV to check next, and
    /// what could not be mapped.
    pub fn merge_import(
        &self,
        format: &str,
        file: &str,
        text: &[u8],
        sheet: Option<&[u8]>,
    ) -> Result<(String, Vec<FileProblem>), StudioError> {
        let text = std::str::from_utf8(text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text))
            .map_err(|_| StudioError::NotUtf8(file.to_owned()))?;
        let names = Names::of(&self.base);
        let label = match format {
            "hsds" => "HSDS",
            "data-inclusion" => "data·inclusion",
            other => return Err(StudioError::ImportFormat(other.to_owned())),
        };
        let options = hsds::ImportOptions {
            file: file.to_owned(),
            source: format!("Import {label} ({file})"),
            names: Names::of(&self.base),
        };
        let imported = match format {
            "hsds" => hsds::import(text, &options),
            _ => data_inclusion::import(text, None, &options),
        };
        // The sheet's own rows first, as read (rows in error keep their readable fields).
        let existing = sheet.map(|bytes| spreadsheet::read(bytes, &names));
        let mut rows: Vec<(&maillage::Service, bool)> = existing
            .iter()
            .flat_map(|s| s.rows.iter().map(|r| (&r.service, r.national)))
            .collect();
        if existing.is_none() {
            rows.extend(self.edited.services.iter().map(|s| (s, false)));
        }
        rows.extend(imported.services.iter().map(|s| (s, false)));
        rows.extend(imported.national.iter().map(|s| (s, true)));
        let csv = spreadsheet::write_rows(&rows, &names, &WriteOptions::default());
        Ok((
            csv,
            imported.problems.iter().map(FileProblem::from).collect(),
        ))
    }

    /// The leaflet of every EPCI (`maillage leaflet --all`, A4), for the public or, from the
    /// professional data only, for professionals.
    pub fn leaflets(&self, professional: bool) -> Result<Vec<Leaflet>, StudioError> {
        if professional && !self.has_professional_data() {
            return Err(StudioError::NotProfessional);
        }
        let viewer = Viewer::professional_if(professional);
        let options = LeafletOptions {
            format: PageFormat::A4,
            qr_url: None,
            services_per_step: None,
            viewer,
            // The studio's leaflets are French, as the records; `maillage leaflet --lang`
            // prints the other languages.
            lang: maillage_publish::Lang::default(),
        };
        let index = Index::new(self.edited.clone());
        let ids: Vec<_> = epcis(index.directory())
            .map(|t| (t.id.clone(), t.name.clone()))
            .collect();
        ids.into_iter()
            .map(|(id, name)| {
                Ok(Leaflet {
                    file: maillage_publish::leaflet_file_name(&id, viewer),
                    territory: id.to_string(),
                    name,
                    html: maillage_publish::leaflet(&index, &id, &options)?,
                })
            })
            .collect()
    }

    /// The professional data is there: the base was the professional bundle, or the directory
    /// holds something the public does not see (a spreadsheet exported from the directory
    /// folder or the professional bundle carries its professionals-only contacts). Otherwise a
    /// professional document would be the public one under another label.
    fn has_professional_data(&self) -> bool {
        self.professional || self.edited.seen_by(Viewer::Public) != self.edited
    }

    /// The coverage report (`maillage coverage --format json`) and its map for `category`
    /// (`--format svg`).
    pub fn coverage(
        &self,
        today: &str,
        category: &str,
    ) -> Result<(maillage_publish::Coverage, String), StudioError> {
        let category: Category = category
            .parse()
            .map_err(|e: maillage::UnknownTerm| StudioError::Term(e.to_string()))?;
        let report = maillage_publish::coverage(&self.edited, date(today)?, None);
        let svg = maillage_publish::coverage_svg(&self.edited, &report, category);
        Ok((report, svg))
    }
}

fn epcis(d: &Directory) -> impl Iterator<Item = &maillage::Territory> {
    d.territories
        .iter()
        .filter(|t| t.kind == TerritoryKind::Epci)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manche() -> Studio {
        Studio::from_bundle(include_bytes!("../../data/manche.maillage")).unwrap()
    }

    #[test]
    fn a_sheet_with_errors_is_listed_by_row_and_column_and_blocks_the_build() {
        let mut studio = manche();
        let checked = studio
            .check_sheet(include_bytes!("../fixtures/errors.csv"), "2026-11-30")
            .unwrap();
        assert!(!checked.valid);
        assert!(
            checked.errors.iter().all(|p| p.problem.row.is_some()),
            "{checked:#?}"
        );
        let category = checked
            .errors
            .iter()
            .find(|p| p.problem.header.as_deref() == Some("catégories"))
            .expect("the unknown category is an error");
        assert_eq!(category.problem.column.as_deref(), Some("E"));
        assert!(matches!(
            studio.build_public("2026-11-30"),
            Err(StudioError::SheetInvalid(_))
        ));
    }

    #[test]
    fn the_exported_sheet_builds_the_same_bundle_as_the_base() {
        let mut studio = manche();
        let csv = studio.export_csv(true, b',', false).replace('\n', "\r\n");
        assert!(
            studio
                .check_sheet(csv.as_bytes(), "2026-11-30")
                .unwrap()
                .valid
        );
        let base = maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
        let built = maillage::bundle::decode(&studio.build_public("2026-11-30").unwrap()).unwrap();
        assert_eq!(built.services, base.services);
        assert_eq!(built.national, base.national);
        assert_eq!(built.metadata.built_on, "2026-11-30".parse().ok());
    }

    #[test]
    fn professional_leaflets_need_professional_data() {
        let studio = manche();
        assert!(matches!(
            studio.leaflets(true),
            Err(StudioError::NotProfessional)
        ));
        let public = studio.leaflets(false).unwrap();
        assert_eq!(public.len(), studio.summary().epci.len());
        assert!(public
            .iter()
            .all(|l| l.html.starts_with("<!doctype html") || l.html.starts_with("<!DOCTYPE html")));
    }

    #[test]
    fn a_professional_bundle_opens_only_with_its_passphrase() {
        let mut studio = manche();
        assert!(matches!(
            studio.build_professional(
                "2026-11-30",
                "tulipe marée granit boussole",
                &[7; 16],
                &[9; 24]
            ),
            Err(StudioError::NotProfessional)
        ));
        // A spreadsheet with a professionals-only contact, as the coordinator's working file has.
        let csv = studio.export_csv(true, b';', true).replacen(
            "02 33 06 30 78 (Secrétariat de l'UMJ)",
            "02 33 06 30 78 (Secrétariat de l'UMJ) [professionnels]",
            1,
        );
        assert!(
            studio
                .check_sheet(csv.as_bytes(), "2026-11-30")
                .unwrap()
                .valid
        );
        assert!(studio.leaflets(true).is_ok());
        let sealed = studio
            .build_professional(
                "2026-11-30",
                "tulipe marée granit boussole",
                &[7; 16],
                &[9; 24],
            )
            .unwrap();
        assert!(matches!(
            Studio::from_bundle(&sealed),
            Err(StudioError::Sealed)
        ));
        assert!(Studio::from_professional(&sealed, "wrong passphrase here").is_err());
        let opened = Studio::from_professional(&sealed, "tulipe marée granit boussole").unwrap();
        assert!(opened.summary().professional);
    }

    #[test]
    fn bad_dates_and_categories_are_named() {
        let studio = manche();
        let e = studio.coverage("30/11/2026", "ecoute").unwrap_err();
        assert!(e.to_string().contains("30/11/2026"), "{e}");
        let e = studio.coverage("2026-11-30", "refuge").unwrap_err();
        assert!(e.to_string().contains("refuge"), "{e}");
    }
}
