//! `maillage export` and `maillage import`: spreadsheets (CSV) and open standards (HSDS 3.0,
//! data·inclusion v1). Thin glue over `maillage-interop`: read files, call it, print, write.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::ValueEnum;
use maillage::{Directory, Problem, Severity, SourceFile};
use maillage_interop::spreadsheet::{self, Base, SheetProblem, WriteOptions};
use maillage_interop::{data_inclusion, hsds, ExportScope, Names};

use crate::Format;
use maillage_publish::{FluentValue, Lang};

use crate::{about_path, say};

/// What to export.
#[derive(clap::Subcommand)]
pub enum Export {
    /// The services as a spreadsheet (CSV) to edit and read back with `import csv`.
    ///
    /// One row per contact point, French headers (see examples/templates/README.md).
    /// Professionals-only contacts are included (it is the coordinator's working file);
    /// confidential places never have an address, postcode or point.
    Csv {
        /// A directory folder or a bundle; the embedded Manche directory when absent.
        dir: Option<PathBuf>,
        /// The CSV file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Also write the national lines (column `ligne nationale` = oui).
        #[arg(long)]
        national: bool,
        /// Column separator: semicolon (what French spreadsheets expect) or comma.
        #[arg(long, value_enum, default_value_t)]
        separator: Separator,
        /// Leave out the UTF-8 byte-order mark (it makes Excel read accents right).
        #[arg(long)]
        no_bom: bool,
    },
    /// Open Referral HSDS 3.0: a JSON array of services.
    ///
    /// Service-oriented and dereferenced, for the public unless --professional. Confidential
    /// places show their commune only.
    Hsds {
        /// A directory folder or a bundle; the embedded Manche directory when absent.
        dir: Option<PathBuf>,
        /// The JSON file to write; standard output when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Also export the national lines.
        #[arg(long)]
        national: bool,
        /// Include professionals-only places and contacts (never confidential ones).
        #[arg(long)]
        professional: bool,
    },
    /// data·inclusion v1: OUTPUT/structures.json and OUTPUT/services.json.
    ///
    /// For the public unless --professional. Confidential places show their commune only.
    DataInclusion {
        /// A directory folder or a bundle; the embedded Manche directory when absent.
        dir: Option<PathBuf>,
        /// The folder to write the two files in (created if needed).
        #[arg(short, long)]
        output: PathBuf,
        /// Also export the national lines (zone `france`).
        #[arg(long)]
        national: bool,
        /// Include professionals-only places and contacts (never confidential ones).
        #[arg(long)]
        professional: bool,
        /// `date_maj` of records neither verified nor dated by their source page (YYYY-MM-DD);
        /// today when absent.
        #[arg(long)]
        date: Option<chrono::NaiveDate>,
    },
}

/// What to import.
#[derive(clap::Subcommand)]
pub enum Import {
    /// Read a spreadsheet (CSV) back into OUTPUT/services.json; nothing is written on error.
    ///
    /// Rows with `ligne nationale` = oui go to national.json. Every row is checked, with the
    /// core's checks against the directory in OUTPUT (or the embedded Manche directory when
    /// OUTPUT holds none); when any row has an error, every error is listed with its row and
    /// column and nothing is written.
    Csv {
        /// The CSV file: comma or semicolon separated, UTF-8 with or without byte-order mark.
        file: PathBuf,
        /// The directory folder to write services.json (and national.json) into.
        #[arg(short, long)]
        output: PathBuf,
        /// Check only; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// The date freshness is judged against (YYYY-MM-DD); today when absent.
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
        /// Output format of the problems.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Convert another directory's HSDS 3.0 services into records to review.
    ///
    /// Taxonomies are mapped to our categories; whatever could not be mapped is listed, and no
    /// record is dropped.
    Hsds {
        /// The HSDS JSON: an array of services, a service, an API page or organizations.
        file: PathBuf,
        /// Where to write the records: a `.csv` spreadsheet (to review, then `import csv`) or a
        /// `.json` file (`{"services": […], "national": […]}`).
        #[arg(short, long)]
        output: PathBuf,
        /// The directory (folder or bundle) whose communes and territories names are matched
        /// against; the embedded Manche directory when absent.
        #[arg(long)]
        directory: Option<PathBuf>,
    },
    /// Convert data·inclusion v1 services into records to review.
    ///
    /// Thématiques are mapped to our categories; whatever could not be mapped is listed, and no
    /// record is dropped.
    DataInclusion {
        /// The services JSON, or a folder holding services.json (and structures.json, for the
        /// organisations' names).
        file: PathBuf,
        /// Where to write the records: a `.csv` spreadsheet or a `.json` file.
        #[arg(short, long)]
        output: PathBuf,
        /// The directory (folder or bundle) whose names are matched against; the embedded Manche
        /// directory when absent.
        #[arg(long)]
        directory: Option<PathBuf>,
    },
}

/// A CSV column separator.
#[derive(Clone, Copy, Default, ValueEnum)]
pub enum Separator {
    /// `;`
    #[default]
    Semicolon,
    /// `,`
    Comma,
}

fn today() -> chrono::NaiveDate {
    maillage::calendar::utc_to_paris(chrono::Utc::now().naive_utc()).date()
}

/// Writes a file through a temporary one, so that a failure never leaves half a file.
fn write_file(path: &Path, contents: &[u8]) -> Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    std::fs::write(&tmp, contents).with_context(|| about_path("cli-writing", &tmp))?;
    std::fs::rename(&tmp, path).with_context(|| about_path("cli-writing", path))
}

fn in_folder(p: &Problem, dir: &Path, lang: Lang) -> String {
    lang.problem(p, &format!("{}/", dir.display()))
}

/// Runs `maillage export …`.
pub fn export(cmd: Export, lang: Lang) -> Result<ExitCode> {
    match cmd {
        Export::Csv {
            dir,
            output,
            national,
            separator,
            no_bom,
        } => {
            let d = crate::load_directory(dir.as_deref(), lang)?;
            let options = WriteOptions {
                national,
                delimiter: match separator {
                    Separator::Semicolon => b';',
                    Separator::Comma => b',',
                },
                bom: !no_bom,
            };
            let text = spreadsheet::write(&d, &options);
            write_file(&output, text.as_bytes())?;
            let rows = d.services.len() + if national { d.national.len() } else { 0 };
            let mut args: Vec<(&str, FluentValue<'_>)> = vec![
                ("path", output.display().to_string().into()),
                ("rows", rows.into()),
                ("services", d.services.len().into()),
            ];
            let id = if national {
                args.push(("national", d.national.len().into()));
                "cli-wrote-csv-national"
            } else {
                "cli-wrote-csv"
            };
            println!("{}", say(id, &args));
            Ok(ExitCode::SUCCESS)
        }
        Export::Hsds {
            dir,
            output,
            national,
            professional,
        } => {
            let d = crate::load_directory(dir.as_deref(), lang)?;
            let out = hsds::export(
                &d,
                ExportScope {
                    national,
                    professional,
                },
            );
            report_export(&out.problems, lang);
            let text = serde_json::to_string_pretty(&out.json)? + "\n";
            match &output {
                Some(path) => {
                    write_file(path, text.as_bytes())?;
                    println!(
                        "{}",
                        say(
                            "cli-wrote-hsds",
                            &[
                                ("path", path.display().to_string().into()),
                                ("count", out.json.as_array().map_or(0, Vec::len).into()),
                            ]
                        )
                    );
                }
                None => std::io::stdout().lock().write_all(text.as_bytes())?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Export::DataInclusion {
            dir,
            output,
            national,
            professional,
            date,
        } => {
            let d = crate::load_directory(dir.as_deref(), lang)?;
            let out = data_inclusion::export(
                &d,
                ExportScope {
                    national,
                    professional,
                },
                date.unwrap_or_else(today),
            );
            report_export(&out.problems, lang);
            std::fs::create_dir_all(&output)
                .with_context(|| about_path("cli-creating", &output))?;
            for (name, value) in [
                ("structures.json", &out.structures),
                ("services.json", &out.services),
            ] {
                write_file(
                    &output.join(name),
                    (serde_json::to_string_pretty(value)? + "\n").as_bytes(),
                )?;
            }
            println!(
                "{}",
                say(
                    "cli-wrote-data-inclusion",
                    &[
                        (
                            "structures-file",
                            output.join("structures.json").display().to_string().into()
                        ),
                        (
                            "structures",
                            out.structures.as_array().map_or(0, Vec::len).into()
                        ),
                        (
                            "services-file",
                            output.join("services.json").display().to_string().into()
                        ),
                        (
                            "services",
                            out.services.as_array().map_or(0, Vec::len).into()
                        ),
                    ]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn report_export(problems: &[Problem], lang: Lang) {
    for p in problems {
        eprintln!("{}", lang.problem(p, ""));
    }
}

/// Runs `maillage import …`.
pub fn import(cmd: Import, lang: Lang) -> Result<ExitCode> {
    match cmd {
        Import::Csv {
            file,
            output,
            dry_run,
            today: day,
            format,
        } => import_csv(
            &file,
            &output,
            dry_run,
            day.unwrap_or_else(today),
            format,
            lang,
        ),
        Import::Hsds {
            file,
            output,
            directory,
        } => {
            let d = crate::load_directory(directory.as_deref(), lang)?;
            let text = read_text(&file)?;
            let options = hsds::ImportOptions {
                file: file.display().to_string(),
                source: format!(
                    "Import HSDS ({})",
                    file.file_name().unwrap_or_default().to_string_lossy()
                ),
                names: Names::of(&d),
            };
            let imported = hsds::import(&text, &options);
            write_imported(&imported, &output, &d, lang)
        }
        Import::DataInclusion {
            file,
            output,
            directory,
        } => {
            let d = crate::load_directory(directory.as_deref(), lang)?;
            let (services_path, structures_path) = if file.is_dir() {
                (
                    file.join("services.json"),
                    Some(file.join("structures.json")),
                )
            } else {
                let sibling = file.with_file_name("structures.json");
                (file.clone(), Some(sibling).filter(|s| s != &file))
            };
            let services = read_text(&services_path)?;
            let structures = match structures_path.filter(|p| p.is_file()) {
                Some(p) => Some(read_text(&p)?),
                None => None,
            };
            let options = hsds::ImportOptions {
                file: services_path.display().to_string(),
                source: format!(
                    "Import data·inclusion ({})",
                    services_path
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                ),
                names: Names::of(&d),
            };
            let imported = data_inclusion::import(&services, structures.as_deref(), &options);
            write_imported(&imported, &output, &d, lang)
        }
    }
}

/// A file to import, refused before it is read past [`maillage_interop::MAX_IMPORT_BYTES`].
fn read_import(path: &Path) -> Result<Vec<u8>> {
    let max = maillage_interop::MAX_IMPORT_BYTES;
    let size = std::fs::metadata(path)
        .with_context(|| about_path("cli-reading", path))?
        .len();
    if size > max as u64 {
        bail!(say(
            "cli-import-too-large",
            &[
                ("path", path.display().to_string().into()),
                ("size", size.into()),
                ("max", max.into()),
            ]
        ));
    }
    std::fs::read(path).with_context(|| about_path("cli-reading", path))
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = read_import(path)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        anyhow::anyhow!(say(
            "cli-not-utf8",
            &[
                ("path", path.display().to_string().into()),
                ("error", e.to_string().into()),
            ]
        ))
    })
}

fn write_imported(
    imported: &hsds::Imported,
    output: &Path,
    d: &Directory,
    lang: Lang,
) -> Result<ExitCode> {
    for p in &imported.problems {
        eprintln!("{}", lang.problem(p, ""));
    }
    let errors = imported
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let total = imported.services.len() + imported.national.len();
    if total == 0 && errors > 0 {
        eprintln!("{}", say("cli-nothing-read", &[]));
        return Ok(ExitCode::FAILURE);
    }
    let is_csv = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let bytes = if is_csv {
        let rows: Vec<(&maillage::Service, bool)> = imported
            .services
            .iter()
            .map(|s| (s, false))
            .chain(imported.national.iter().map(|s| (s, true)))
            .collect();
        spreadsheet::write_rows(&rows, &Names::of(d), &WriteOptions::default()).into_bytes()
    } else {
        let value = serde_json::json!({
            "services": imported.services,
            "national": imported.national,
        });
        (serde_json::to_string_pretty(&value)? + "\n").into_bytes()
    };
    write_file(output, &bytes)?;
    let warnings = imported.problems.len() - errors;
    println!(
        "{}",
        say(
            "cli-wrote-imported",
            &[
                ("path", output.display().to_string().into()),
                ("total", total.into()),
                ("national", imported.national.len().into()),
                ("warnings", warnings.into()),
            ]
        )
    );
    if is_csv {
        println!("{}", about_path("cli-then-check", output));
    }
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The directory the rows are checked against, and its names.
enum Against {
    Files(Vec<SourceFile>, Option<Directory>),
    Embedded(Directory),
}

fn import_csv(
    file: &Path,
    output: &Path,
    dry_run: bool,
    today: chrono::NaiveDate,
    format: Format,
    lang: Lang,
) -> Result<ExitCode> {
    let bytes = read_import(file)?;
    let mut notes: Vec<String> = Vec::new();
    let against = if output.join("directory.json").is_file() {
        let (files, problems) = crate::folder::read(output)?;
        if !problems.is_empty() {
            for p in &problems {
                eprintln!("{}", in_folder(p, output, lang));
            }
            bail!(about_path("cli-unreadable-files", output));
        }
        let names = names_of_files(&files);
        if names.is_none() {
            notes.push(about_path("cli-names-unavailable", output));
        }
        Against::Files(files, names)
    } else {
        notes.push(about_path("cli-checked-against-embedded", output));
        Against::Embedded(maillage::bundle::decode(crate::EMBEDDED_BUNDLE)?)
    };
    let (names, base) = match &against {
        Against::Files(files, d) => (
            d.as_ref().map_or_else(Names::none, Names::of),
            Base::Files(files),
        ),
        Against::Embedded(d) => (Names::of(d), Base::Directory(d)),
    };
    let sheet = spreadsheet::read(&bytes, &names);
    let checked = spreadsheet::check(&sheet, base, Some(today));
    let valid = checked.is_valid();
    print_sheet_problems(
        file,
        output,
        &checked.problems,
        &checked.others,
        format,
        lang,
    )?;
    let mut err = std::io::stderr().lock();
    for n in &notes {
        writeln!(err, "{}", say("cli-note", &[("note", n.as_str().into())]))?;
    }
    let rows = sheet.rows.len();
    let errors = checked.problems.iter().filter(|p| p.is_error()).count()
        + checked
            .others
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
    if !valid {
        writeln!(
            err,
            "{}",
            say(
                "cli-sheet-invalid",
                &[
                    ("path", file.display().to_string().into()),
                    ("errors", errors.into()),
                    ("rows", rows.into()),
                ]
            )
        )?;
        return Ok(ExitCode::FAILURE);
    }
    let national = sheet.rows.iter().filter(|r| r.national).count();
    let services = output.join("services.json").display().to_string();
    let what = match checked.national_json {
        Some(_) => say(
            "cli-services-national-files",
            &[
                ("path", services.into()),
                ("services", (rows - national).into()),
                (
                    "national-path",
                    output.join("national.json").display().to_string().into(),
                ),
                ("national", national.into()),
            ],
        ),
        None => say(
            "cli-services-file",
            &[
                ("path", services.into()),
                ("services", (rows - national).into()),
            ],
        ),
    };
    if dry_run {
        writeln!(
            err,
            "{}",
            say(
                "cli-would-write",
                &[
                    ("path", file.display().to_string().into()),
                    ("what", what.as_str().into()),
                ]
            )
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    std::fs::create_dir_all(output).with_context(|| about_path("cli-creating", output))?;
    write_file(
        &output.join("services.json"),
        checked.services_json.as_bytes(),
    )?;
    if let Some(n) = &checked.national_json {
        write_file(&output.join("national.json"), n.as_bytes())?;
    }
    println!(
        "{}",
        say("cli-wrote-what", &[("what", what.as_str().into())])
    );
    Ok(ExitCode::SUCCESS)
}

/// The directory in a folder's files, for its names: as it is, or without its services (which
/// the sheet replaces) when they are what is broken.
fn names_of_files(files: &[SourceFile]) -> Option<Directory> {
    maillage::load(files, None).0.or_else(|| {
        let keep: Vec<SourceFile> = files
            .iter()
            .filter(|f| {
                f.path == "directory.json"
                    || f.path == "places.json"
                    || f.path.starts_with("territories/")
            })
            .cloned()
            .collect();
        maillage::load(&keep, None).0
    })
}

fn print_sheet_problems(
    file: &Path,
    dir: &Path,
    sheet: &[SheetProblem],
    others: &[Problem],
    format: Format,
    lang: Lang,
) -> Result<()> {
    match format {
        Format::Text => {
            let mut out = std::io::stdout().lock();
            for p in sheet {
                writeln!(
                    out,
                    "{}",
                    lang.sheet_problem(p, &file.display().to_string())
                )?;
            }
            for p in others {
                writeln!(out, "{}", in_folder(p, dir, lang))?;
            }
        }
        Format::Json => {
            let item = |p: &SheetProblem| {
                serde_json::json!({
                    "file": file.display().to_string(),
                    "row": p.row,
                    "line": p.line,
                    "column": p.column,
                    "header": p.header,
                    "record": p.record,
                    "item": p.item,
                    "reason": p.reason,
                    "message": lang.fault(&p.reason),
                })
            };
            let other = |p: &Problem| {
                serde_json::json!({
                    "file": format!("{}/{}", dir.display(), p.at.file),
                    "line": p.at.line,
                    "pointer": p.at.pointer,
                    "record": p.record,
                    "field": p.field,
                    "reason": p.reason,
                    "message": lang.fault(&p.reason),
                })
            };
            let json = serde_json::json!({
                "errors": sheet.iter().filter(|p| p.is_error()).map(item)
                    .chain(others.iter().filter(|p| p.severity == Severity::Error).map(other))
                    .collect::<Vec<_>>(),
                "warnings": sheet.iter().filter(|p| !p.is_error()).map(item)
                    .chain(others.iter().filter(|p| p.severity == Severity::Warning).map(other))
                    .collect::<Vec<_>>(),
            });
            writeln!(
                std::io::stdout().lock(),
                "{}",
                serde_json::to_string_pretty(&json)?
            )?;
        }
    }
    Ok(())
}
