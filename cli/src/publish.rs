//! `maillage leaflet` and `maillage coverage`: thin glue over the `maillage-publish` crate.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use maillage::{Category, Index, TerritoryId, TerritoryKind};
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
    /// One leaflet per EPCI, written to the folder given by `-o` (`DIR/epci-200042604.html`…).
    #[arg(long)]
    pub all: bool,
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
    /// A directory folder or bundle to use instead of the embedded Manche directory.
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
        Some(p) => std::fs::write(p, text).with_context(|| format!("writing {}", p.display())),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            Ok(())
        }
    }
}

/// Runs `maillage leaflet`.
pub fn leaflet(args: LeafletArgs) -> Result<ExitCode> {
    let directory = crate::load_directory(args.directory.as_deref())?;
    let index = Index::new(directory);
    let options = LeafletOptions {
        format: match args.format {
            Paper::A4 => PageFormat::A4,
            Paper::A5 => PageFormat::A5,
        },
        qr_url: args.qr_url.clone(),
        services_per_step: None,
    };
    if args.all {
        let Some(dir) = &args.output else {
            bail!("--all needs -o DIR");
        };
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let epcis: Vec<TerritoryId> = index
            .directory()
            .territories
            .iter()
            .filter(|t| t.kind == TerritoryKind::Epci)
            .map(|t| t.id.clone())
            .collect();
        if epcis.is_empty() {
            bail!("the directory has no EPCI");
        }
        for id in &epcis {
            let html = maillage_publish::leaflet(&index, id, &options)?;
            let path = dir.join(maillage_publish::leaflet_file_name(id));
            write_out(Some(&path), &html)?;
            eprintln!("wrote {}", path.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let Some(territory) = &args.territory else {
        bail!("give a territory id (e.g. epci:200042604) or --all");
    };
    let html = maillage_publish::leaflet(&index, territory, &options)?;
    write_out(args.output.as_deref(), &html)?;
    Ok(ExitCode::SUCCESS)
}

/// Runs `maillage coverage`.
pub fn coverage(args: CoverageArgs) -> Result<ExitCode> {
    let directory = crate::load_directory(args.directory.as_deref())?;
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
