//! `maillage leaflet` and `maillage coverage`: thin glue over the `maillage-publish` crate.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use maillage::{Category, Index, TerritoryId, TerritoryKind, Viewer};
use maillage_publish::{LeafletOptions, PageFormat};

/// The paper of a leaflet.
#[derive(Clone, Copy, Debug, Default, clap::ValueEnum)]
pub enum Paper {
    /// One A4 page.
    #[default]
    A4,
    /// Two A5 pages (recto-verso, or an A4 landscape sheet folded in half).
    A5,
}

/// `maillage leaflet`.
#[derive(clap::Args, Debug)]
pub struct LeafletArgs {
    /// A territory id, e.g. `epci:200042604`, `commune:50218`, `departement:50`.
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub territory: Option<TerritoryId>,
    /// One leaflet per EPCI, written to the folder given by `-o` (`DIR/epci-200042604.html`…,
    /// `DIR/epci-200042604.pro.html`… with `--pro`).
    #[arg(long)]
    pub all: bool,
    /// The professional leaflet: professionals-only contacts and places included, marked, and
    /// "not to be displayed or handed to the public" at the top, in the footer and the title.
    /// Needs `--directory` with the directory folder or the professional bundle (its passphrase
    /// from MAILLAGE_PASSPHRASE or typed at a prompt, never an argument).
    #[arg(long)]
    pub pro: bool,
    /// Where to write: a file (a folder with `--all`); standard output when absent.
    #[arg(short, long, required_if_eq("all", "true"))]
    pub output: Option<PathBuf>,
    /// Paper: a4 (one page) or a5 (two pages, recto-verso or folded A4).
    #[arg(long, value_enum, default_value_t)]
    pub format: Paper,
    /// An https:// page the leaflet's QR code points to (a partner's page with the widget, say);
    /// no QR code when absent.
    #[arg(long)]
    pub qr_url: Option<String>,
    /// A directory folder or bundle to use instead of the embedded Manche directory (with
    /// `--pro`: the folder or the professional bundle, e.g. `manche.pro.maillage`).
    #[arg(long)]
    pub directory: Option<PathBuf>,
}

/// The output format of `maillage coverage`.
#[derive(Clone, Copy, Debug, Default, clap::ValueEnum)]
pub enum CoverageFormat {
    /// Everything: communes, EPCI figures, the records to verify first.
    #[default]
    Json,
    /// One row per commune: distance and line per category.
    Csv,
    /// A map of the communes coloured by distance for one category.
    Svg,
}

/// `maillage coverage`.
#[derive(clap::Args, Debug)]
pub struct CoverageArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: CoverageFormat,
    /// Where to write; standard output when absent.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// The category the SVG map shows.
    #[arg(long, default_value = "ecoute")]
    pub category: Category,
    /// Count only places for this audience (or for everyone): tous, femmes, hommes, jeunes,
    /// enfants, lgbt, proches, auteurs. Every place but professionals-only ones when absent.
    #[arg(long)]
    pub audience: Option<maillage::Audience>,
    /// The date freshness is judged against (YYYY-MM-DD); today when absent.
    #[arg(long)]
    pub today: Option<chrono::NaiveDate>,
    /// A directory folder or bundle to use instead of the embedded Manche directory.
    #[arg(long)]
    pub directory: Option<PathBuf>,
}

fn write_out(output: Option<&Path>, text: &str) -> Result<()> {
    match output {
        Some(p) => std::fs::write(p, text).with_context(|| crate::about_path("cli-writing", p)),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            Ok(())
        }
    }
}

/// Runs `maillage leaflet`.
pub fn leaflet(args: LeafletArgs, lang: maillage_publish::Lang) -> Result<ExitCode> {
    let directory = if args.pro {
        professional_directory(args.directory.as_deref(), lang)?
    } else {
        crate::load_directory(args.directory.as_deref(), lang)?
    };
    let directory = crate::with_texts(directory, args.directory.as_deref(), lang);
    let viewer = Viewer::professional_if(args.pro);
    let index = Index::new(directory);
    let options = LeafletOptions {
        format: match args.format {
            Paper::A4 => PageFormat::A4,
            Paper::A5 => PageFormat::A5,
        },
        qr_url: args.qr_url.clone(),
        services_per_step: None,
        viewer,
        lang,
    };
    if args.all {
        let Some(dir) = &args.output else {
            bail!(crate::say("cli-all-needs-output", &[]));
        };
        std::fs::create_dir_all(dir).with_context(|| crate::about_path("cli-creating", dir))?;
        let epcis: Vec<TerritoryId> = index
            .directory()
            .territories
            .iter()
            .filter(|t| t.kind == TerritoryKind::Epci)
            .map(|t| t.id.clone())
            .collect();
        if epcis.is_empty() {
            bail!(crate::say("cli-no-epci", &[]));
        }
        for id in &epcis {
            let html = maillage_publish::leaflet(&index, id, &options).map_err(worded)?;
            let path = dir.join(maillage_publish::leaflet_file_name(id, viewer));
            write_out(Some(&path), &html)?;
            eprintln!("{}", crate::about_path("cli-wrote-file", &path));
        }
        return Ok(ExitCode::SUCCESS);
    }
    let Some(territory) = &args.territory else {
        bail!(crate::say("cli-give-territory", &[]));
    };
    let html = maillage_publish::leaflet(&index, territory, &options).map_err(worded)?;
    write_out(args.output.as_deref(), &html)?;
    Ok(ExitCode::SUCCESS)
}

/// Why a leaflet cannot be made, in the reader's language.
fn worded(e: maillage_publish::LeafletError) -> anyhow::Error {
    use maillage_publish::LeafletError;
    anyhow::anyhow!(match e {
        LeafletError::UnknownTerritory(t) => crate::say(
            "cli-leaflet-unknown-territory",
            &[("territory", t.to_string().into())]
        ),
        LeafletError::BadQrUrl(url) => crate::say("cli-leaflet-bad-qr", &[("url", url.into())]),
        LeafletError::QrTooLong => crate::say("cli-leaflet-qr-too-long", &[]),
    })
}

/// The directory for `leaflet --pro`: a directory folder or a professional bundle (opened with
/// its passphrase). The embedded directory and public bundles hold only what the public may
/// see: refused, so that a public leaflet is never labelled professional.
fn professional_directory(
    path: Option<&Path>,
    lang: maillage_publish::Lang,
) -> Result<maillage::Directory> {
    let Some(path) = path else {
        bail!(crate::say(
            "cli-pro-needs-directory",
            &[("where", crate::say("cli-pro-where", &[]).into())]
        ));
    };
    if !path.is_file() {
        return crate::load_directory(Some(path), lang);
    }
    let bytes = crate::read_limited(path)?;
    if !maillage::pro::is_sealed(&bytes) {
        bail!(crate::say(
            "cli-not-pro-bundle",
            &[
                ("path", path.display().to_string().into()),
                ("where", crate::say("cli-pro-where", &[]).into()),
            ]
        ));
    }
    crate::decode_bytes(&bytes).with_context(|| crate::about_path("cli-reading", path))
}

/// Runs `maillage coverage`.
pub fn coverage(args: CoverageArgs, lang: maillage_publish::Lang) -> Result<ExitCode> {
    let directory = crate::load_directory(args.directory.as_deref(), lang)?;
    let today = args.today.unwrap_or_else(crate::today);
    let report = maillage_publish::coverage(&directory, today, args.audience);
    let text = match args.format {
        CoverageFormat::Json => report.to_json(),
        CoverageFormat::Csv => report.to_csv(),
        CoverageFormat::Svg => maillage_publish::coverage_svg(&directory, &report, args.category),
    };
    write_out(args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}
