//! `maillage`: the coordinator's and developer's command. Thin glue over the `maillage` crate:
//! it reads files, parses arguments and prints; every domain decision lives in the library.

mod exchange;
mod folder;
mod passphrase;
mod publish;
mod query;
mod words;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use maillage::{Directory, Problem, Report};
use maillage_publish::FluentValue;
use words::{about_path, say};

/// The Manche directory, built from `data/manche` (see `cargo xtask bundle`).
pub const EMBEDDED_BUNDLE: &[u8] = include_bytes!("../../data/manche.maillage");

#[derive(Parser)]
#[command(
    name = "maillage",
    version,
    about = "Find help nearby and the next steps out of violence: validate, build and query a directory.",
    long_about = None
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of what maillage writes for people (codes in the JSON output stay codes):
    /// fr, fr-x-falc (easy-to-read French), en, ar, fa-AF (Dari), ps, uk, ru, es, pt, ro, tr,
    /// or a tag of the same language (en-GB, prs…). Local records stay in French.
    #[arg(long, global = true, default_value = "fr")]
    lang: maillage_publish::Lang,
}

#[derive(Clone, Copy, Default, ValueEnum)]
pub enum Format {
    #[default]
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Check a directory folder (or a bundle); exit 0 when valid, 1 otherwise.
    Validate {
        /// A directory folder or a bundle file; the embedded Manche directory when absent.
        dir: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
        /// The date freshness is judged against (YYYY-MM-DD); today when absent.
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
    },
    /// Every territory at a point (`LAT,LON`), most specific first.
    Locate {
        /// `LAT,LON`, e.g. `49.1128,-1.0724`.
        point: LatLon,
        #[command(flatten)]
        common: Common,
    },
    /// Places (communes, former communes, postcodes) matching what someone typed.
    Places {
        /// The text typed, e.g. `st lo`, `50100`, `tourlaville`.
        query: String,
        /// How many places at most.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[command(flatten)]
        common: Common,
    },
    /// Services near a point, filtered, with distance, open state and reasons.
    Nearest {
        /// `LAT,LON`.
        point: LatLon,
        /// Categories (repeat or comma-separate): urgence, ecoute, hebergement, soins, plainte,
        /// juridique, protection, social, psy, enfants, sante-sexuelle, auteurs.
        #[arg(long = "category", value_delimiter = ',')]
        categories: Vec<maillage::Category>,
        /// Audiences: tous, femmes, hommes, jeunes, enfants, lgbt, proches, professionnels, auteurs.
        #[arg(long = "audience", value_delimiter = ',')]
        audiences: Vec<maillage::Audience>,
        /// Access modes: telephone, sms, en-ligne, sur-place, rendez-vous, permanence.
        #[arg(long = "access", value_delimiter = ',')]
        access: Vec<maillage::AccessMode>,
        /// Paris local time for open states (`2026-12-01T10:00`); now when absent.
        #[arg(long, value_parser = parse_local_time)]
        open_at: Option<chrono::NaiveDateTime>,
        /// Keep only services open at that time.
        #[arg(long)]
        open_only: bool,
        /// Keep only services speaking this language (ISO 639-1).
        #[arg(long)]
        language: Option<String>,
        /// Keep only places with step-free access.
        #[arg(long)]
        step_free: bool,
        /// Include professionals-only places and contacts.
        #[arg(long)]
        professional: bool,
        /// How many places at most.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[command(flatten)]
        common: Common,
    },
    /// The suggested exit pathway for a situation, a place and a time.
    Pathway {
        /// A place name or postcode (the best match is taken), e.g. `Granville`.
        #[arg(long, conflicts_with = "at", required_unless_present = "at")]
        place: Option<String>,
        /// A point `LAT,LON` instead of a place.
        #[arg(long)]
        at: Option<LatLon>,
        /// Answers, e.g. `in_danger_now=no,children=yes,role=relative`.
        #[arg(long, default_value = "")]
        answers: maillage::Situation,
        /// Paris local time (`2026-12-01T22:30`); now when absent.
        #[arg(long, value_parser = parse_local_time)]
        at_time: Option<chrono::NaiveDateTime>,
        #[command(flatten)]
        common: Common,
    },
    /// The referral route of a territory for professionals: every step, every contact.
    Routes {
        /// A territory id, e.g. `epci:200042604`, `commune:50639`.
        territory: maillage::TerritoryId,
        #[command(flatten)]
        common: Common,
    },
    /// Build the compact bundle the CLI and the widget load; prints its size raw and gzipped.
    Build {
        /// The directory folder.
        #[arg(default_value = "data/manche")]
        dir: PathBuf,
        /// Where to write the bundle.
        #[arg(short, long)]
        output: PathBuf,
        /// The build date recorded in the bundle (YYYY-MM-DD); today when absent.
        #[arg(long)]
        built_on: Option<chrono::NaiveDate>,
        /// Also write the professional bundle here: the whole directory, professionals-only
        /// contacts and places included, sealed with a passphrase read from
        /// MAILLAGE_PASSPHRASE or typed at a prompt (never an argument). See SECURITY.md.
        #[arg(long)]
        pro_out: Option<PathBuf>,
    },
    /// Write the directory as a spreadsheet (CSV) or in an open standard (HSDS 3.0, data·inclusion).
    #[command(subcommand)]
    Export(exchange::Export),
    /// Read a spreadsheet back into a directory, or convert another directory's HSDS or
    /// data·inclusion export into records to review.
    #[command(subcommand)]
    Import(exchange::Import),
    /// A print-ready leaflet (self-contained HTML, A4 or A5) of a territory's public contacts;
    /// `--all -o DIR` writes one per EPCI; `--pro` prints the professionals' leaflet from the
    /// directory folder or the professional bundle.
    Leaflet(publish::LeafletArgs),
    /// Coverage of every commune: distance to the nearest place per category, phone and online
    /// lines, figures per EPCI, records to check again (JSON, CSV, or an SVG map).
    Coverage(publish::CoverageArgs),
}

/// Options shared by the query commands.
#[derive(clap::Args)]
struct Common {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// A directory folder or bundle to use instead of the embedded Manche directory.
    #[arg(long)]
    directory: Option<PathBuf>,
}

/// A point written `LAT,LON`.
#[derive(Clone, Copy, Debug)]
struct LatLon(maillage::Point);

impl std::str::FromStr for LatLon {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let text = |t: &str| [("text", FluentValue::from(t.to_owned()))];
        let (lat, lon) = s
            .split_once(',')
            .ok_or_else(|| say("cli-latlon-expected", &text(s)))?;
        let lat: f64 = lat
            .trim()
            .parse()
            .map_err(|_| say("cli-not-latitude", &text(lat)))?;
        let lon: f64 = lon
            .trim()
            .parse()
            .map_err(|_| say("cli-not-longitude", &text(lon)))?;
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(say("cli-latlon-range", &text(s)));
        }
        Ok(LatLon(maillage::Point { lat, lon }))
    }
}

fn parse_local_time(s: &str) -> Result<chrono::NaiveDateTime, String> {
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| say("cli-time-expected", &[("text", s.to_owned().into())]))
}

fn main() -> ExitCode {
    let lang = words::lang_in_args(std::env::args_os());
    words::set(lang);
    let cli = words::localized(Cli::command(), lang)
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match cli {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => e.exit(), // --help, --version
        Err(e) => {
            eprintln!("{}", words::parse_error(&e, lang));
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!(
                "{}",
                say("cli-failed", &[("error", format!("{e:#}").into())])
            );
            ExitCode::FAILURE
        }
    }
}

fn today() -> chrono::NaiveDate {
    maillage::calendar::utc_to_paris(chrono::Utc::now().naive_utc()).date()
}

fn run(cli: Cli) -> Result<ExitCode> {
    let lang = cli.lang;
    match cli.command {
        Command::Validate {
            dir,
            format,
            today: day,
        } => {
            let day = day.unwrap_or_else(today);
            let (report, base) = match &dir {
                None => (maillage::validate(&embedded()?, Some(day)), String::new()),
                Some(p) if p.is_file() => {
                    let bytes = read_limited(p)?;
                    let report = match decode_bytes(&bytes) {
                        Ok(d) => maillage::validate(&d, Some(day)),
                        Err(e) => Report {
                            problems: vec![Problem::error(
                                maillage::Where::file(&p.display().to_string()),
                                None,
                                None,
                                maillage::Fault::UnreadableFile {
                                    detail: format!("{e:#}"),
                                },
                            )],
                            ..Report::default()
                        },
                    };
                    (report, String::new())
                }
                Some(p) => {
                    let (files, mut problems) = folder::read(p)?;
                    let (_, mut report) = maillage::load(&files, Some(day));
                    problems.append(&mut report.problems);
                    report.problems = problems;
                    (report, format!("{}/", p.display()))
                }
            };
            print_report(&report, &base, format, lang)?;
            Ok(if report.is_valid() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Locate { point, common } => {
            query::locate(&index(&common, lang)?, point.0, common.format)
        }
        Command::Places {
            query: text,
            limit,
            common,
        } => query::places(&index(&common, lang)?, &text, limit, common.format),
        Command::Nearest {
            point,
            categories,
            audiences,
            access,
            open_at,
            open_only,
            language,
            step_free,
            professional,
            limit,
            common,
        } => {
            let q = maillage::NearestQuery {
                categories,
                audiences,
                access,
                at: Some(open_at.unwrap_or_else(|| {
                    maillage::calendar::utc_to_paris(chrono::Utc::now().naive_utc())
                })),
                open_only,
                language,
                step_free,
                viewer: maillage::Viewer::professional_if(professional),
                limit,
                places_only: false,
            };
            query::nearest(&index(&common, lang)?, point.0, &q, lang, common.format)
        }
        Command::Pathway {
            place,
            at,
            answers,
            at_time,
            common,
        } => {
            let time = at_time.unwrap_or_else(|| {
                maillage::calendar::utc_to_paris(chrono::Utc::now().naive_utc())
            });
            let where_ = match (place, at) {
                (_, Some(p)) => query::Where::Point(p.0),
                (Some(name), None) => query::Where::Place(name),
                (None, None) => anyhow::bail!(say("cli-give-place", &[])),
            };
            query::pathway(
                &index(&common, lang)?,
                where_,
                &answers,
                time,
                lang,
                common.format,
            )
        }
        Command::Routes { territory, common } => {
            query::routes(&index(&common, lang)?, &territory, lang, common.format)
        }
        Command::Leaflet(args) => publish::leaflet(args, lang),
        Command::Coverage(args) => publish::coverage(args, lang),
        Command::Export(cmd) => exchange::export(cmd, lang),
        Command::Import(cmd) => exchange::import(cmd, lang),
        Command::Build {
            dir,
            output,
            built_on,
            pro_out,
        } => {
            let (files, problems) = folder::read(&dir)?;
            let (directory, report) = maillage::load(&files, Some(today()));
            let base = format!("{}/", dir.display());
            let mut stderr = std::io::stderr().lock();
            for p in problems.iter().chain(&report.problems) {
                writeln!(stderr, "{}", lang.problem(p, &base))?;
            }
            let Some(mut directory) = directory.filter(|_| problems.is_empty()) else {
                writeln!(
                    stderr,
                    "{}",
                    about_path("cli-not-valid-nothing-written", &dir)
                )?;
                return Ok(ExitCode::FAILURE);
            };
            directory.metadata.built_on = Some(built_on.unwrap_or_else(today));
            // Each language's texts in a file of its own beside the bundle (a reader downloads
            // only theirs), named and hashed in the bundle (and in the professional bundle).
            let stem = output
                .file_stem()
                .map_or_else(|| "directory".into(), |s| s.to_string_lossy().into_owned());
            let texts =
                maillage::bundle::split_translations(&mut directory, &stem, maillage_publish::sri);
            // The professional bundle first: a passphrase refused leaves nothing half written.
            let sealed = match &pro_out {
                Some(_) => Some(maillage::pro::seal(
                    &directory,
                    &passphrase::read(true)?,
                    maillage::pro::KdfParams::RECOMMENDED,
                    passphrase::random()?,
                    passphrase::random()?,
                )?),
                None => None,
            };
            let bytes = maillage::bundle::encode(&directory);
            std::fs::write(&output, &bytes).with_context(|| about_path("cli-writing", &output))?;
            let beside = output.parent().unwrap_or(std::path::Path::new(""));
            for (file, texts) in &texts {
                std::fs::write(beside.join(file), texts)
                    .with_context(|| about_path("cli-writing", &beside.join(file)))?;
            }
            let public = directory.seen_by(maillage::Viewer::Public);
            let count = |d: &Directory| {
                d.services
                    .iter()
                    .chain(&d.national)
                    .map(|s| {
                        s.contacts.len()
                            + s.location.as_ref().map_or(0, |l| {
                                usize::from(l.point.is_some() || l.address.is_some())
                            })
                    })
                    .sum::<usize>()
            };
            println!(
                "{}",
                say(
                    "cli-wrote-bundle",
                    &[
                        ("path", output.display().to_string().into()),
                        ("bytes", bytes.len().into()),
                        ("gzipped", gzipped_len(&bytes).into()),
                        ("territories", directory.territories.len().into()),
                        ("places", directory.places.len().into()),
                        ("services", directory.services.len().into()),
                        ("national", directory.national.len().into()),
                        ("withheld", (count(&directory) - count(&public)).into()),
                    ]
                )
            );
            if !texts.is_empty() {
                let sizes: Vec<String> = texts
                    .iter()
                    .map(|(file, b)| {
                        say(
                            "cli-translation-size",
                            &[
                                ("file", file.as_str().into()),
                                ("gzipped", gzipped_len(b).into()),
                            ],
                        )
                    })
                    .collect();
                println!(
                    "{}",
                    say(
                        "cli-wrote-translations",
                        &[("files", sizes.join(", ").into())]
                    )
                );
            }
            if let (Some(path), Some(sealed)) = (&pro_out, sealed) {
                std::fs::write(path, &sealed).with_context(|| about_path("cli-writing", path))?;
                println!(
                    "{}",
                    say(
                        "cli-wrote-pro-bundle",
                        &[
                            ("path", path.display().to_string().into()),
                            ("bytes", sealed.len().into()),
                        ]
                    )
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The directory a query command runs on, indexed once: `--directory` (folder or bundle), else
/// the embedded one, with its texts in the language asked for.
fn index(common: &Common, lang: maillage_publish::Lang) -> Result<maillage::Index> {
    let path = common.directory.as_deref();
    let directory = with_texts(load_directory(path, lang)?, path, lang);
    Ok(maillage::Index::new(directory))
}

/// The directory with its texts in `lang` (steps, national lines): from the folder already,
/// else from the file its bundle names (embedded beside the Manche bundle, or beside the bundle
/// given), checked against its hash. Without them the steps stay in French, and it is said.
pub fn with_texts(
    mut directory: Directory,
    path: Option<&std::path::Path>,
    lang: maillage_publish::Lang,
) -> Directory {
    let tag = lang.tag();
    if let Some(file) = directory.translations.file(tag).cloned() {
        let bytes = match path {
            None => EMBEDDED_TEXTS
                .iter()
                .find(|(t, _)| *t == tag)
                .map(|(_, b)| b.to_vec())
                .ok_or_else(|| anyhow::anyhow!(say("cli-not-embedded", &[]))),
            Some(p) => {
                let beside = p
                    .parent()
                    .unwrap_or(std::path::Path::new(""))
                    .join(&file.file);
                read_limited(&beside)
            }
        };
        // Without its file (or with a file that is not the one the bundle names), the steps
        // stay in French: said, not silent.
        match bytes.and_then(|b| translation(&b, &file)) {
            Ok(texts) => {
                directory
                    .translations
                    .languages
                    .insert(tag.to_owned(), texts);
            }
            Err(e) => eprintln!(
                "{}",
                say(
                    "cli-texts-unavailable",
                    &[
                        ("tag", tag.into()),
                        ("file", file.file.as_str().into()),
                        ("error", format!("{e:#}").into()),
                    ]
                )
            ),
        }
    }
    directory
}

/// The Manche directory's texts in each language, embedded beside its bundle.
const EMBEDDED_TEXTS: [(&str, &[u8]); 11] = [
    ("ar", include_bytes!("../../data/manche.ar.json")),
    ("en", include_bytes!("../../data/manche.en.json")),
    ("es", include_bytes!("../../data/manche.es.json")),
    ("fa-AF", include_bytes!("../../data/manche.fa-AF.json")),
    (
        "fr-x-falc",
        include_bytes!("../../data/manche.fr-x-falc.json"),
    ),
    ("ps", include_bytes!("../../data/manche.ps.json")),
    ("pt", include_bytes!("../../data/manche.pt.json")),
    ("ro", include_bytes!("../../data/manche.ro.json")),
    ("ru", include_bytes!("../../data/manche.ru.json")),
    ("tr", include_bytes!("../../data/manche.tr.json")),
    ("uk", include_bytes!("../../data/manche.uk.json")),
];

/// A language's texts published apart, read only if they are the bytes the bundle names.
fn translation(bytes: &[u8], file: &maillage::TextsFile) -> Result<maillage::LanguageTexts> {
    anyhow::ensure!(
        maillage_publish::sri(bytes) == file.integrity,
        "not the file its bundle names (hash differs): rebuild the directory"
    );
    Ok(serde_json::from_slice(bytes)?)
}

/// A directory folder (checked; its problems printed) or a bundle file, else the embedded
/// Manche directory. Shared by every command that reads a directory.
pub fn load_directory(
    path: Option<&std::path::Path>,
    lang: maillage_publish::Lang,
) -> Result<Directory> {
    let Some(path) = path else {
        return embedded();
    };
    if path.is_file() {
        return decode_bytes(&read_limited(path)?).with_context(|| about_path("cli-reading", path));
    }
    let (files, problems) = folder::read(path)?;
    let (directory, report) = maillage::load(&files, None);
    match directory.filter(|_| problems.is_empty()) {
        Some(d) => Ok(d),
        None => {
            let base = format!("{}/", path.display());
            for p in problems.iter().chain(&report.problems) {
                eprintln!("{}", lang.problem(p, &base));
            }
            anyhow::bail!(about_path("cli-folder-not-valid", path))
        }
    }
}

/// A bundle's bytes, public or professional (then opened with its passphrase).
fn decode_bytes(bytes: &[u8]) -> Result<Directory> {
    if maillage::pro::is_sealed(bytes) {
        return Ok(maillage::pro::open(bytes, &passphrase::read(false)?)?);
    }
    Ok(maillage::bundle::decode(bytes)?)
}

/// A file's bytes, refused past [`maillage::bundle::MAX_BUNDLE_BYTES`] (and a little more
/// for a professional bundle's header) before it is read.
pub fn read_limited(path: &std::path::Path) -> Result<Vec<u8>> {
    let max = maillage::bundle::MAX_BUNDLE_BYTES + 1024;
    let size = std::fs::metadata(path)
        .with_context(|| about_path("cli-reading", path))?
        .len();
    if size > max as u64 {
        anyhow::bail!(say(
            "cli-bundle-too-large",
            &[
                ("path", path.display().to_string().into()),
                ("size", size.into()),
                ("max", max.into()),
            ]
        ));
    }
    std::fs::read(path).with_context(|| about_path("cli-reading", path))
}

fn embedded() -> Result<Directory> {
    maillage::bundle::decode(EMBEDDED_BUNDLE).with_context(|| say("cli-embedded-bundle", &[]))
}

fn gzipped_len(bytes: &[u8]) -> usize {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = gz.write_all(bytes);
    gz.finish().map(|v| v.len()).unwrap_or(0)
}

fn print_report(
    report: &Report,
    base: &str,
    format: Format,
    lang: maillage_publish::Lang,
) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => {
            let item = |p: &Problem| {
                serde_json::json!({
                    "file": format!("{base}{}", p.at.file),
                    "line": p.at.line,
                    "pointer": p.at.pointer,
                    "record": p.record,
                    "field": p.field,
                    "reason": p.reason,
                    "message": lang.fault(&p.reason),
                })
            };
            let c = &report.counts;
            let json = serde_json::json!({
                "errors": report.errors().map(item).collect::<Vec<_>>(),
                "warnings": report.warnings().map(item).collect::<Vec<_>>(),
                "counts": {
                    "communes": c.communes, "epci": c.epci, "arrondissements": c.arrondissements,
                    "departements": c.departements, "tribunals": c.tribunals,
                    "custom_territories": c.custom_territories, "places": c.places,
                    "services": c.services + c.national, "local_services": c.services,
                    "national_lines": c.national,
                },
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Text => {
            for p in &report.problems {
                writeln!(out, "{}", lang.problem(p, base))?;
            }
            writeln!(out, "{}", lang.validate_summary(report))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command's and argument's help has its message in every catalog (`i18n/cli/`), so
    /// that `--lang` changes all of it; the messages found in no command are caught by
    /// `wasm/tests/catalogs.test.mjs` against the French catalog.
    #[test]
    fn every_help_text_is_in_every_catalog() {
        let ids = words::help_ids(&Cli::command());
        assert!(ids.len() > 50, "{}", ids.len());
        for tag in maillage_publish::Lang::TAGS {
            let lang: maillage_publish::Lang = tag.parse().unwrap();
            let missing: Vec<String> = ids
                .iter()
                .filter(|(id, _)| lang.get(id, &[]).is_none())
                .map(|(id, en)| {
                    format!(
                        "{id} = {}",
                        en.split_whitespace().collect::<Vec<_>>().join(" ")
                    )
                })
                .collect();
            assert!(missing.is_empty(), "{tag}: missing\n{}", missing.join("\n"));
        }
    }

    /// Around the texts too: the usage heading, the help flag, defaults and possible values,
    /// and a parse error, in every language but English say no English word of clap's.
    #[test]
    fn the_help_page_and_parse_errors_speak_the_readers_language() {
        for tag in maillage_publish::Lang::TAGS
            .into_iter()
            .filter(|t| *t != "en")
        {
            let lang: maillage_publish::Lang = tag.parse().unwrap();
            let mut cmd = words::localized(Cli::command(), lang);
            let help = cmd
                .find_subcommand_mut("validate")
                .unwrap()
                .render_help()
                .to_string();
            for english in ["Usage:", "Print help", "[default:", "[possible values:"] {
                assert!(!help.contains(english), "{tag}: {english}\n{help}");
            }
            let e = words::localized(Cli::command(), lang)
                .try_get_matches_from(["maillage", "validate", "--format", "xml"])
                .unwrap_err();
            let said = words::parse_error(&e, lang);
            assert!(
                said.contains("`xml`") && !said.contains("invalid value"),
                "{tag}: {said}"
            );
        }
    }

    /// `--lang` is read before clap parses, wherever it is.
    #[test]
    fn the_language_is_found_in_the_arguments() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        let tag = |a: &[&str]| words::lang_in_args(args(a)).tag();
        assert_eq!(tag(&["maillage", "validate"]), "fr");
        assert_eq!(tag(&["maillage", "--lang", "uk", "validate"]), "uk");
        assert_eq!(tag(&["maillage", "validate", "--lang=en-GB"]), "en");
        assert_eq!(tag(&["maillage", "validate", "--lang", "xx"]), "fr");
    }
}
