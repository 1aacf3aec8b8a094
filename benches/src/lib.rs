//! Shared setup of maillage's national benchmarks: the national directory (every French
//! commune, prepared by `cargo xtask bench` into `target/cache/national`), 100,000 synthetic
//! services, and the query sets. Everything is deterministic: the same data and seed give the
//! same services and queries.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime};
use geo::{BoundingRect, Contains, InteriorPoint};
use maillage::{
    AccessMode, Accessibility, Audience, Category, Contact, ContactKind, Directory, Location,
    LocationPrecision, NearestQuery, Point, ServedArea, Service, Source, SourceFile, SourceStatus,
    Territory, TerritoryId, TerritoryKind, Visibility,
};

/// How many synthetic services the benchmarks use.
pub const SERVICES: usize = 100_000;

/// The seed of every pseudo-random choice.
pub const SEED: u64 = 0x6d61_696c_6c61_6765; // "maillage"

/// Mainland France (with Corsica), lon/lat: where random query points are drawn.
pub const MAINLAND: [(f64, f64); 2] = [(-5.2, 41.3), (9.6, 51.1)];

/// The Manche département's box (lon/lat), a little beyond its communes: the widget's case, as
/// `MANCHE_BOX` in `wasm/bench/peers.mjs`.
pub const MANCHE: [(f64, f64); 2] = [(-1.95, 48.45), (-0.73, 49.73)];

/// Opening hours given to the synthetic services (`None`: unknown), in the subset directories
/// use.
pub const HOURS: &[Option<&str>] = &[
    Some("Mo-Fr 09:00-12:00,14:00-17:00"),
    Some("Mo-Fr 08:30-16:30; PH off"),
    Some("24/7"),
    Some("Tu 14:00-17:00"),
    Some("Mo-Th 09:00-12:30,13:30-17:00; Fr 09:00-12:00; PH off"),
    Some("Mo,We,Fr 09:00-12:00"),
    Some("Mo-Sa 09:00-19:00; Su,PH off"),
    None,
];

/// Commune names people type, accents and hyphens included: big cities, the Manche's towns and
/// many `Saint-…` names (the longest runs of keys sharing a prefix).
pub const NAMES: &[&str] = &[
    "Saint-Lô",
    "Cherbourg-en-Cotentin",
    "Granville",
    "Coutances",
    "Avranches",
    "Valognes",
    "Carentan-les-Marais",
    "Villedieu-les-Poêles-Rouffigny",
    "Sainte-Mère-Église",
    "Saint-Hilaire-du-Harcouët",
    "Paris",
    "Marseille",
    "Lyon",
    "Toulouse",
    "Nice",
    "Nantes",
    "Montpellier",
    "Strasbourg",
    "Bordeaux",
    "Lille",
    "Rennes",
    "Reims",
    "Le Havre",
    "Saint-Étienne",
    "Toulon",
    "Grenoble",
    "Dijon",
    "Angers",
    "Nîmes",
    "Villeurbanne",
    "Clermont-Ferrand",
    "Le Mans",
    "Aix-en-Provence",
    "Brest",
    "Tours",
    "Amiens",
    "Limoges",
    "Besançon",
    "Orléans",
    "Rouen",
    "Caen",
    "Saint-Denis",
    "Saint-Malo",
    "Saint-Nazaire",
    "Saint-Brieuc",
    "Saint-Quentin",
    "Sainte-Geneviève-des-Bois",
    "L'Haÿ-les-Roses",
    "Boulogne-sur-Mer",
    "Châteauroux",
    "Montélimar",
    "Bourg-en-Bresse",
];

/// Every keystroke of typing each of [`NAMES`]: `S`, `Sa`, `Sai`, … `Saint-Lô`.
pub fn keystrokes() -> Vec<String> {
    NAMES
        .iter()
        .flat_map(|name| {
            let chars: Vec<char> = name.chars().collect();
            (1..=chars.len()).map(move |n| chars[..n].iter().collect::<String>())
        })
        .collect()
}

/// A small, fast, deterministic generator (SplitMix64): enough for benchmark inputs, and no
/// dependency.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `[lo, hi)`.
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// `k` distinct elements (in the slice's order), `k <= items.len()`.
    pub fn choose<T: Copy>(&mut self, items: &[T], k: usize) -> Vec<T> {
        let mut idx: Vec<usize> = (0..items.len()).collect();
        for i in 0..k {
            let j = i + self.below(idx.len() - i);
            idx.swap(i, j);
        }
        let mut chosen = idx[..k].to_vec();
        chosen.sort_unstable();
        chosen.into_iter().map(|i| items[i]).collect()
    }
}

/// Where the prepared data lives: `$MAILLAGE_BENCH_DATA`, or `target/cache/national` in the
/// workspace.
pub fn data_dir() -> PathBuf {
    match std::env::var_os("MAILLAGE_BENCH_DATA") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../target/cache/national")
            .to_path_buf(),
    }
}

/// Reads the directory files of `dir` (top level and `territories/`).
pub fn read_folder(dir: &Path) -> Vec<SourceFile> {
    let mut files = Vec::new();
    for sub in ["", "territories"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        paths.sort();
        for path in paths {
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            if !(name.ends_with(".json") || name.ends_with(".geojson")) {
                continue;
            }
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            let rel = if sub.is_empty() {
                name
            } else {
                format!("{sub}/{name}")
            };
            files.push(SourceFile::new(rel, text));
        }
    }
    files
}

/// The national directory with its synthetic services, and how long it took to get it.
pub struct National {
    /// Territories, places and national lines from the prepared files, plus [`SERVICES`]
    /// synthetic services.
    pub directory: Directory,
    /// Reading and checking the files (`maillage::load`).
    pub load_time: Duration,
    /// Generating the services and checking the whole directory again (`maillage::validate`).
    pub services_time: Duration,
}

impl National {
    /// Loads the prepared data (panics with the command to run when it is missing or invalid).
    pub fn load() -> National {
        let dir = data_dir();
        if !dir.join("territories/communes.geojson").is_file() {
            panic!(
                "no national data in {}: run `cargo xtask bench` (it prepares the data, then runs the benchmarks)",
                dir.display()
            );
        }
        let started = Instant::now();
        let files = read_folder(&dir);
        let (directory, report) = maillage::load(&files, None);
        drop(files);
        let Some(mut directory) = directory else {
            let errors: Vec<String> = report.errors().take(10).map(|p| p.to_string()).collect();
            panic!(
                "the national data in {} does not load:\n{}",
                dir.display(),
                errors.join("\n")
            );
        };
        let load_time = started.elapsed();
        let started = Instant::now();
        directory.services = synthetic_services(&directory, SERVICES, SEED);
        let report = maillage::validate(&directory, None);
        if let Some(p) = report.errors().next() {
            panic!("a synthetic service is invalid: {p}");
        }
        National {
            directory,
            load_time,
            services_time: started.elapsed(),
        }
    }

    /// One line about the data.
    pub fn describe(&self) -> String {
        let d = &self.directory;
        let communes = d
            .territories
            .iter()
            .filter(|t| t.kind == TerritoryKind::Commune)
            .count();
        let coordinates: usize = d
            .territories
            .iter()
            .map(|t| {
                t.geometry
                    .0
                    .iter()
                    .map(|p| {
                        p.exterior().0.len()
                            + p.interiors().iter().map(|r| r.0.len()).sum::<usize>()
                    })
                    .sum::<usize>()
            })
            .sum();
        format!(
            "{communes} communes ({} territories, {coordinates} coordinates), {} places, {} services, {} national lines; loaded in {:.2} s, services generated and checked in {:.2} s",
            d.territories.len(),
            d.places.len(),
            d.services.len(),
            d.national.len(),
            self.load_time.as_secs_f64(),
            self.services_time.as_secs_f64(),
        )
    }
}

/// A random point inside a territory: uniform in its bounding box, kept when inside (interior
/// point after 100 misses).
fn point_in(t: &Territory, rng: &mut Rng) -> Point {
    if let Some(r) = t.geometry.bounding_rect() {
        for _ in 0..100 {
            let (x, y) = (
                rng.range(r.min().x, r.max().x),
                rng.range(r.min().y, r.max().y),
            );
            if t.geometry.contains(&geo::Point::new(x, y)) {
                return Point { lat: y, lon: x };
            }
        }
    }
    let p = t
        .geometry
        .interior_point()
        .expect("a commune has an interior point");
    Point {
        lat: p.y(),
        lon: p.x(),
    }
}

/// `n` services, each at a random public point of a random commune (uniform over communes)
/// and serving that commune, with random categories, audiences, access modes and hours. 2 %
/// are perpetrators' services (category and audience `auteurs` only, as validation requires).
pub fn synthetic_services(d: &Directory, n: usize, seed: u64) -> Vec<Service> {
    let communes: Vec<&Territory> = d
        .territories
        .iter()
        .filter(|t| t.kind == TerritoryKind::Commune)
        .collect();
    assert!(!communes.is_empty(), "no commune");
    let victims: Vec<Category> = Category::ALL
        .iter()
        .copied()
        .filter(|c| *c != Category::Auteurs)
        .collect();
    let audiences = [
        Audience::Tous,
        Audience::Femmes,
        Audience::Hommes,
        Audience::Jeunes,
        Audience::Enfants,
        Audience::Lgbt,
        Audience::Proches,
    ];
    let access = [
        AccessMode::SurPlace,
        AccessMode::RendezVous,
        AccessMode::Permanence,
    ];
    let verified_on = NaiveDate::from_ymd_opt(2026, 1, 15);
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|i| {
            let commune = *rng.pick(&communes);
            let point = point_in(commune, &mut rng);
            let perpetrators = rng.unit() < 0.02;
            let (categories, audiences) = if perpetrators {
                (vec![Category::Auteurs], vec![Audience::Auteurs])
            } else {
                let (k, a) = (1 + rng.below(3), 1 + rng.below(2));
                (rng.choose(&victims, k), rng.choose(&audiences, a))
            };
            let m = 1 + rng.below(2);
            let mut modes = rng.choose(&access, m);
            if rng.unit() < 0.5 {
                modes.insert(0, AccessMode::Telephone);
            }
            let phone = format!("+332{:08}", rng.below(100_000_000));
            Service {
                id: format!("svc-{i:06}"),
                name: format!("Service {i} ({})", commune.name),
                organisation: "Synthetic benchmark organisation".into(),
                description: None,
                categories,
                audiences,
                access: modes,
                contacts: vec![Contact {
                    kind: ContactKind::Phone,
                    value: phone,
                    display: None,
                    label: None,
                    visibility: Visibility::Public,
                }],
                location: Some(Location {
                    address: None,
                    postcode: None,
                    commune: commune.id.clone(),
                    point: Some(point),
                    visibility: Visibility::Public,
                    precision: LocationPrecision::Commune,
                }),
                served_area: ServedArea::Territories(vec![commune.id.clone()]),
                hours: rng.pick(HOURS).map(str::to_owned),
                languages: vec!["fr".into()],
                accessibility: Accessibility::default(),
                free: Some(true),
                anonymous: None,
                conditions: None,
                source: Some(Source {
                    title: "Synthetic benchmark record".into(),
                    url: None,
                    status: SourceStatus::Verified,
                    verified_on,
                    published_on: None,
                }),
            }
        })
        .collect()
}

/// The same directory, every service serving the whole scope instead of its commune: the
/// engine's best case, where the first places found qualify.
pub fn served_everywhere(d: &Directory) -> Directory {
    let mut d = d.clone();
    let scope: TerritoryId = d.metadata.scope.clone();
    for s in &mut d.services {
        s.served_area = ServedArea::Territories(vec![scope.clone()]);
    }
    d
}

/// `n` points uniform over mainland France's land: drawn in [`MAINLAND`], kept when `inside`.
pub fn land_points(n: usize, seed: u64, inside: impl Fn(Point) -> bool) -> Vec<Point> {
    land_points_in(MAINLAND, n, seed, inside)
}

/// `n` points uniform over the land of `area` (lon/lat box, as [`MANCHE`]): drawn in it, kept
/// when `inside`.
pub fn land_points_in(
    area: [(f64, f64); 2],
    n: usize,
    seed: u64,
    inside: impl Fn(Point) -> bool,
) -> Vec<Point> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let p = box_point(&mut rng, area);
        if inside(p) {
            out.push(p);
        }
    }
    out
}

/// `n` points uniform in [`MAINLAND`]'s box: land, sea and neighbouring countries.
pub fn box_points(n: usize, seed: u64) -> Vec<Point> {
    let mut rng = Rng::new(seed);
    (0..n).map(|_| box_point(&mut rng, MAINLAND)).collect()
}

fn box_point(rng: &mut Rng, area: [(f64, f64); 2]) -> Point {
    let [(x0, y0), (x1, y1)] = area;
    Point {
        lat: rng.range(y0, y1),
        lon: rng.range(x0, x1),
    }
}

/// The moment of the nearest queries: a Tuesday morning, when most services are open.
pub fn query_time() -> Option<NaiveDateTime> {
    NaiveDate::from_ymd_opt(2026, 3, 10)?.and_hms_opt(10, 30, 0)
}

/// `n` nearest queries: k = 10, one random category (not `auteurs`), open states at
/// [`query_time`].
pub fn nearest_queries(n: usize, seed: u64) -> Vec<NearestQuery> {
    let mut rng = Rng::new(seed);
    let victims: Vec<Category> = Category::ALL
        .iter()
        .copied()
        .filter(|c| *c != Category::Auteurs)
        .collect();
    (0..n)
        .map(|_| NearestQuery {
            categories: vec![*rng.pick(&victims)],
            limit: 10,
            at: query_time(),
            ..NearestQuery::default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_parse() {
        for h in HOURS.iter().flatten() {
            assert!(h.parse::<maillage::OpeningHours>().is_ok(), "{h}");
        }
    }

    #[test]
    fn keystrokes_are_prefixes() {
        let k = keystrokes();
        assert_eq!(k[0], "S");
        assert_eq!(k[7], "Saint-Lô");
        assert_eq!(
            k.len(),
            NAMES.iter().map(|n| n.chars().count()).sum::<usize>()
        );
        assert!(NAMES.len() >= 50);
    }

    #[test]
    fn generator_is_deterministic_and_in_range() {
        let (mut a, mut b) = (Rng::new(1), Rng::new(1));
        for _ in 0..1000 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        for _ in 0..1000 {
            let u = a.unit();
            assert!((0.0..1.0).contains(&u));
            assert!(a.below(7) < 7);
        }
        let c = Rng::new(2).choose(&[1, 2, 3, 4, 5], 3);
        assert_eq!(c.len(), 3);
        assert!(c.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn synthetic_services_validate() {
        let d = maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
        let mut d = d;
        d.services = synthetic_services(&d, 500, SEED);
        let report = maillage::validate(&d, None);
        let errors: Vec<String> = report.errors().map(|p| p.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
        assert!(d
            .services
            .iter()
            .any(|s| s.categories == [Category::Auteurs]));
    }
}
