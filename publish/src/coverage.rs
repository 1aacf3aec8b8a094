//! Coverage: how far each commune is from a place to go, per category, and who is left out.

use std::collections::{BTreeMap, HashMap};

use chrono::Months;
use chrono::NaiveDate;
use maillage::{
    Audience, Category, ContactKind, Directory, PlaceKind, Point, ServedArea, Service,
    SourceStatus, TerritoryId, TerritoryKind,
};
use serde::Serialize;

/// The distance (km) beyond which inhabitants are counted as far from a place.
pub const OVER_KM: f64 = 20.0;

/// A record verified more than this many days before today is to verify again (the same rule as
/// `maillage validate`'s warning).
pub const VERIFY_AGAIN_AFTER_DAYS: i64 = 365;

/// A source page dated more than this many months before today may be out of date (the same
/// rule as `maillage validate`'s warning).
pub const PAGE_MAX_AGE_MONTHS: u32 = 24;

/// The categories from the most used to the least: the order in which records are verified
/// (a person in danger calls for help, looks for someone to listen, goes to the police…).
pub const CATEGORY_PRIORITY: [Category; 12] = [
    Category::Urgence,
    Category::Ecoute,
    Category::Plainte,
    Category::Hebergement,
    Category::Soins,
    Category::Protection,
    Category::Juridique,
    Category::Enfants,
    Category::Social,
    Category::Psy,
    Category::SanteSexuelle,
    Category::Auteurs,
];

/// One commune's coverage.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CommuneCoverage {
    /// `commune:INSEE`.
    pub id: TerritoryId,
    /// Name.
    pub name: String,
    /// Inhabitants (0 when unknown).
    pub population: u32,
    /// Its EPCI.
    pub epci: Option<TerritoryId>,
    /// Per category: great-circle distance (km, rounded to 0.1 in JSON) from the commune's interior
    /// point to the nearest public place serving it; `None` (null) when none does.
    #[serde(serialize_with = "round_map")]
    pub distances: BTreeMap<Category, Option<f64>>,
    /// Per category: the id of that nearest place.
    pub nearest: BTreeMap<Category, Option<String>>,
    /// Per category: a phone, SMS or online line (local or national) serves the commune.
    pub remote: BTreeMap<Category, bool>,
}

/// Population-weighted figures of one category over an area.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CategoryFigures {
    /// Share of inhabitants (0–1) more than [`OVER_KM`] km from a place, or with no place at all.
    pub share_over_20km: f64,
    /// Share of inhabitants (0–1) with no place serving them at all.
    pub share_without_place: f64,
    /// Mean distance (km) to the nearest place, weighted by population, over the inhabitants
    /// who have one; `None` when nobody has.
    #[serde(serialize_with = "round_opt")]
    pub mean_km: Option<f64>,
    /// Share of inhabitants (0–1) served by a phone, SMS or online line of this category.
    pub share_remote: f64,
}

/// The figures of one EPCI (or of the whole directory, in [`Coverage::total`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EpciCoverage {
    /// `epci:SIREN` (the directory's scope for the total).
    pub id: TerritoryId,
    /// Name.
    pub name: String,
    /// Inhabitants of its communes.
    pub population: u64,
    /// How many communes.
    pub communes: usize,
    /// Per category.
    pub by_category: BTreeMap<Category, CategoryFigures>,
}

/// Why a record is on the list of what to verify.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum VerifyReason {
    /// It has no source at all.
    NoSource,
    /// Its source is still `to-verify`.
    ToVerify,
    /// It was verified more than [`VERIFY_AGAIN_AFTER_DAYS`] days ago.
    VerifiedLongAgo,
    /// Its source page is dated more than [`PAGE_MAX_AGE_MONTHS`] months ago.
    OldPage,
}

/// A record to verify, with what makes it urgent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VerifyFirst {
    /// The service or national line.
    pub id: String,
    /// Its name.
    pub name: String,
    /// `services` or `national`.
    pub file: &'static str,
    /// Why it is listed, most serious first.
    pub reasons: Vec<VerifyReason>,
    /// Its most used category (see [`CATEGORY_PRIORITY`]).
    pub category: Option<Category>,
    /// Inhabitants of the area it serves (the directory's scope for a national line).
    pub population: u64,
    /// When it was verified, if it was.
    pub verified_on: Option<NaiveDate>,
    /// Its source page's date, if the page gives one.
    pub published_on: Option<NaiveDate>,
}

/// The coverage report of a directory.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Coverage {
    /// The date freshness was judged against.
    pub today: NaiveDate,
    /// The audience the places were restricted to, if any.
    pub audience: Option<Audience>,
    /// The categories, in [`Category::ALL`] order.
    pub categories: Vec<Category>,
    /// Every commune, by id.
    pub communes: Vec<CommuneCoverage>,
    /// Every EPCI, by id.
    pub epci: Vec<EpciCoverage>,
    /// The whole directory's communes.
    pub total: EpciCoverage,
    /// What to verify first: records to verify (or without a source) before those verified long
    /// ago or resting on an old page; then the most used categories ([`CATEGORY_PRIORITY`]);
    /// then the largest populations served.
    pub to_verify: Vec<VerifyFirst>,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn round_opt<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    v.map(round1).serialize(s)
}

fn round_map<S: serde::Serializer>(
    m: &BTreeMap<Category, Option<f64>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    m.iter()
        .map(|(k, v)| (*k, v.map(round1)))
        .collect::<BTreeMap<_, _>>()
        .serialize(s)
}

/// Whether a service is for this audience (no filter: everyone but professionals-only).
pub(crate) fn for_audience(s: &Service, audience: Option<Audience>) -> bool {
    let perpetrators = s.audiences.contains(&Audience::Auteurs);
    match audience {
        Some(Audience::Auteurs) => perpetrators,
        Some(a) => {
            !perpetrators
                && (s.audiences.is_empty()
                    || s.audiences.contains(&Audience::Tous)
                    || s.audiences.contains(&a))
        }
        None => {
            s.audiences.is_empty() || s.audiences.iter().any(|a| *a != Audience::Professionnels)
        }
    }
}

fn is_remote(s: &Service) -> bool {
    s.access.iter().any(|a| a.is_remote())
        && s.contacts_for(maillage::Viewer::Public).any(|c| {
            matches!(
                c.kind,
                ContactKind::Phone | ContactKind::Sms | ContactKind::Web
            )
        })
}

/// The coverage of every commune of a directory, for every category. Pure and deterministic.
///
/// - **Distance**: from the commune's interior point (its [`maillage::Place`] of kind commune;
///   the centroid of its shape when it has none) to the nearest *place to go* serving it — a
///   service with a public location and point whose served area is national or contains the
///   commune or one of its parents — great-circle ([`maillage::Point::distance_m`]), in km.
/// - **Remote**: some service or national line of the category serves the commune, is reached
///   by phone, SMS or online and has a public phone, SMS or web contact.
/// - **Audience**: with `audience`, only services for that audience (or for everyone) count;
///   without, every service except those only for professionals. Perpetrators' services only
///   count for the `auteurs` category (they have no other).
/// - **Per EPCI**: population-weighted ([`CategoryFigures`]); a commune with no known
///   population weighs nothing (every commune weighs 1 when no population is known at all).
/// - **To verify**: services and national lines still to verify, verified more than
///   [`VERIFY_AGAIN_AFTER_DAYS`] days before `today`, or resting on a page dated more than
///   [`PAGE_MAX_AGE_MONTHS`] months before it — in the order to verify them ([`VerifyFirst`]).
///
/// ```
/// use maillage::bundle;
/// use maillage_publish::VerifyReason;
/// let d = bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
/// let c = maillage_publish::coverage(&d, "2026-11-30".parse().unwrap(), None);
/// assert_eq!(c.to_verify[0].reasons[0], VerifyReason::ToVerify);
/// // What is still to verify comes before what was verified long ago or on an old page.
/// let rank = |v: &maillage_publish::VerifyFirst| v.reasons[0] > VerifyReason::ToVerify;
/// assert!(c.to_verify.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])));
/// ```
///
/// ```
/// use maillage::{bundle, Category};
/// let d = bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap();
/// let c = maillage_publish::coverage(&d, "2026-11-29".parse().unwrap(), None);
/// assert_eq!(c.communes.len(), 445);
/// let saint_lo = c.communes.iter().find(|x| x.name == "Saint-Lô").unwrap();
/// assert!(saint_lo.distances[&Category::Plainte].unwrap() < 3.0);
/// assert!(saint_lo.remote[&Category::Ecoute]);
/// ```
pub fn coverage(directory: &Directory, today: NaiveDate, audience: Option<Audience>) -> Coverage {
    let categories: Vec<Category> = Category::ALL.to_vec();
    let d = directory;

    // Places to go, with their points, and remote lines.
    struct Candidate<'a> {
        service: &'a Service,
        point: Option<geo::Point<f64>>,
        remote: bool,
    }
    let candidates: Vec<Candidate<'_>> = d
        .all_services()
        .filter(|s| for_audience(s, audience))
        .map(|s| Candidate {
            service: s,
            point: s
                .point_for(maillage::Viewer::Public)
                .map(|p: Point| geo::Point::new(p.lon, p.lat)),
            remote: is_remote(s),
        })
        .filter(|c| c.point.is_some() || c.remote)
        .collect();

    let places: HashMap<&TerritoryId, &maillage::Place> = d
        .places
        .iter()
        .filter(|p| p.kind == PlaceKind::Commune)
        .map(|p| (&p.id, p))
        .collect();

    let mut communes = Vec::new();
    for t in d
        .territories
        .iter()
        .filter(|t| t.kind == TerritoryKind::Commune)
    {
        let place = places.get(&t.id);
        let from = match place {
            Some(p) => Some(geo::Point::new(p.point.lon, p.point.lat)),
            None => geo::Centroid::centroid(&t.geometry),
        };
        let served = |s: &Service| match &s.served_area {
            ServedArea::National => true,
            ServedArea::Territories(ts) => ts.iter().any(|x| *x == t.id || t.parents.contains(x)),
        };
        let mut best: BTreeMap<Category, Option<(f64, &str)>> =
            categories.iter().map(|c| (*c, None)).collect();
        let mut remote: BTreeMap<Category, bool> = categories.iter().map(|c| (*c, false)).collect();
        for c in &candidates {
            if !served(c.service) {
                continue;
            }
            let km = match (from, c.point) {
                (Some(a), Some(b)) => Some(point(a).distance_m(point(b)) / 1000.0),
                _ => None,
            };
            for cat in &c.service.categories {
                if let Some(km) = km {
                    let slot = best.entry(*cat).or_insert(None);
                    let better = match slot {
                        None => true,
                        Some((b, id)) => km < *b || (km == *b && c.service.id.as_str() < *id),
                    };
                    if better {
                        *slot = Some((km, c.service.id.as_str()));
                    }
                }
                if c.remote {
                    remote.insert(*cat, true);
                }
            }
        }
        let population = t
            .population
            .or_else(|| place.and_then(|p| p.population))
            .unwrap_or(0);
        communes.push(CommuneCoverage {
            id: t.id.clone(),
            name: t.name.clone(),
            population,
            epci: t
                .parents
                .iter()
                .find(|p| p.kind() == TerritoryKind::Epci)
                .cloned(),
            distances: best.iter().map(|(k, v)| (*k, v.map(|x| x.0))).collect(),
            nearest: best
                .iter()
                .map(|(k, v)| (*k, v.map(|x| x.1.to_owned())))
                .collect(),
            remote,
        });
    }
    communes.sort_by(|a, b| a.id.cmp(&b.id));

    let mut epci = Vec::new();
    for t in d
        .territories
        .iter()
        .filter(|t| t.kind == TerritoryKind::Epci)
    {
        let members: Vec<&CommuneCoverage> = communes
            .iter()
            .filter(|c| c.epci.as_ref() == Some(&t.id))
            .collect();
        epci.push(figures(&t.id, &t.name, &members, &categories));
    }
    let scope_name = d
        .territory(&d.metadata.scope)
        .map_or_else(|| d.metadata.name.clone(), |t| t.name.clone());
    let all: Vec<&CommuneCoverage> = communes.iter().collect();
    let total = figures(&d.metadata.scope, &scope_name, &all, &categories);

    let to_verify = verify_first(d, today);

    Coverage {
        today,
        audience,
        categories,
        communes,
        epci,
        total,
        to_verify,
    }
}

/// The records to verify, in the order to verify them.
fn verify_first(d: &Directory, today: NaiveDate) -> Vec<VerifyFirst> {
    let oldest_page = today.checked_sub_months(Months::new(PAGE_MAX_AGE_MONTHS));
    let population = |s: &Service| -> u64 {
        let of = |id: &TerritoryId| {
            d.territory(id)
                .and_then(|t| t.population)
                .map_or(0, u64::from)
        };
        match &s.served_area {
            ServedArea::National => of(&d.metadata.scope),
            ServedArea::Territories(ts) => ts.iter().map(of).sum(),
        }
    };
    let rank = |c: &Category| CATEGORY_PRIORITY.iter().position(|x| x == c);
    let mut out: Vec<VerifyFirst> = d
        .services
        .iter()
        .map(|s| (s, "services"))
        .chain(d.national.iter().map(|s| (s, "national")))
        .filter_map(|(s, file)| {
            let mut reasons = Vec::new();
            match &s.source {
                None => reasons.push(VerifyReason::NoSource),
                Some(src) => {
                    if src.status == SourceStatus::ToVerify {
                        reasons.push(VerifyReason::ToVerify);
                    }
                    if s.verified_on()
                        .is_some_and(|v| (today - v).num_days() > VERIFY_AGAIN_AFTER_DAYS)
                    {
                        reasons.push(VerifyReason::VerifiedLongAgo);
                    }
                    if src
                        .published_on
                        .is_some_and(|p| oldest_page.is_some_and(|o| p < o))
                    {
                        reasons.push(VerifyReason::OldPage);
                    }
                }
            }
            (!reasons.is_empty()).then(|| VerifyFirst {
                id: s.id.clone(),
                name: s.name.clone(),
                file,
                reasons,
                category: s.categories.iter().min_by_key(|c| rank(c)).copied(),
                population: population(s),
                verified_on: s.verified_on(),
                published_on: s.source.as_ref().and_then(|src| src.published_on),
            })
        })
        .collect();
    // Not verified at all first; then verified long ago or on an old page.
    let group = |v: &VerifyFirst| v.reasons[0] > VerifyReason::ToVerify;
    out.sort_by(|a, b| {
        group(a)
            .cmp(&group(b))
            .then_with(|| {
                let r = |v: &VerifyFirst| v.category.as_ref().and_then(rank).unwrap_or(usize::MAX);
                r(a).cmp(&r(b))
            })
            .then_with(|| b.population.cmp(&a.population))
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}

fn figures(
    id: &TerritoryId,
    name: &str,
    members: &[&CommuneCoverage],
    categories: &[Category],
) -> EpciCoverage {
    let population: u64 = members.iter().map(|c| u64::from(c.population)).sum();
    let weight = |c: &CommuneCoverage| {
        if population == 0 {
            1.0
        } else {
            f64::from(c.population)
        }
    };
    let total_weight: f64 = members.iter().map(|c| weight(c)).sum();
    let share = |w: f64| {
        if total_weight > 0.0 {
            (w / total_weight).clamp(0.0, 1.0)
        } else {
            0.0
        }
    };
    let mut by_category = BTreeMap::new();
    for cat in categories {
        let (mut over, mut without, mut remote, mut sum_km, mut with) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for c in members {
            let w = weight(c);
            match c.distances.get(cat).copied().flatten() {
                Some(km) => {
                    if km > OVER_KM {
                        over += w;
                    }
                    sum_km += km * w;
                    with += w;
                }
                None => {
                    over += w;
                    without += w;
                }
            }
            if c.remote.get(cat).copied().unwrap_or(false) {
                remote += w;
            }
        }
        by_category.insert(
            *cat,
            CategoryFigures {
                share_over_20km: share(over),
                share_without_place: share(without),
                mean_km: (with > 0.0).then(|| sum_km / with),
                share_remote: share(remote),
            },
        );
    }
    EpciCoverage {
        id: id.clone(),
        name: name.to_owned(),
        population,
        communes: members.len(),
        by_category,
    }
}

impl Coverage {
    /// The report as pretty JSON:
    /// `{"today", "audience", "categories": […], "communes": [{"id", "name", "population", "epci",
    /// "distances": {"ecoute": 12.3, …}, "nearest": {…}, "remote": {"ecoute": true, …}}],
    /// "epci": [{"id", "name", "population", "communes", "by_category": {"ecoute":
    /// {"share_over_20km", "share_without_place", "mean_km", "share_remote"}}}], "total": {…},
    /// "to_verify": [{"id", "name", "file", "reasons": ["to-verify", …], "category",
    /// "population", "verified_on", "published_on"}]}`.
    pub fn to_json(&self) -> String {
        // Serializing plain data with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// One row per commune (RFC 4180, comma-separated, `.` decimals, UTF-8): `id, name,
    /// population, epci, epci_name`, then for each category `CATEGORY_km` (empty when no place
    /// serves the commune) and `CATEGORY_remote` (`true`/`false`).
    pub fn to_csv(&self) -> String {
        // The csv crate quotes what needs quoting (names with commas, quotes, line breaks).
        let mut out = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        let mut header: Vec<String> = ["id", "name", "population", "epci", "epci_name"]
            .map(String::from)
            .to_vec();
        for c in &self.categories {
            header.push(format!("{c}_km"));
            header.push(format!("{c}_remote"));
        }
        // Writing strings to a Vec cannot fail.
        let _ = out.write_record(&header);
        for c in &self.communes {
            let epci_name = c
                .epci
                .as_ref()
                .and_then(|e| self.epci.iter().find(|x| &x.id == e))
                .map_or("", |e| e.name.as_str());
            let mut row: Vec<String> = vec![
                c.id.to_string(),
                c.name.clone(),
                c.population.to_string(),
                c.epci.as_ref().map_or(String::new(), |e| e.to_string()),
                epci_name.to_owned(),
            ];
            for cat in &self.categories {
                let km = c
                    .distances
                    .get(cat)
                    .copied()
                    .flatten()
                    .map_or(String::new(), |k| format!("{:.1}", round1(k)));
                let remote = c.remote.get(cat).copied().unwrap_or(false);
                row.push(km);
                row.push(remote.to_string());
            }
            let _ = out.write_record(&row);
        }
        String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

/// A geo point as the core's point (for its one distance).
fn point(p: geo::Point<f64>) -> maillage::Point {
    maillage::Point {
        lat: p.y(),
        lon: p.x(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manche() -> Directory {
        maillage::bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap()
    }

    #[test]
    fn shares_are_shares_and_totals_add_up() {
        let c = coverage(
            &manche(),
            NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
            None,
        );
        assert_eq!(c.communes.len(), 445);
        assert_eq!(c.epci.len(), 8);
        let pop: u64 = c.epci.iter().map(|e| e.population).sum();
        assert_eq!(pop, c.total.population);
        for e in c.epci.iter().chain([&c.total]) {
            assert_eq!(e.by_category.len(), 12);
            for f in e.by_category.values() {
                for x in [f.share_over_20km, f.share_without_place, f.share_remote] {
                    assert!((0.0..=1.0).contains(&x), "{e:?}");
                }
                assert!(f.share_without_place <= f.share_over_20km);
            }
        }
        // The 3919 covers every commune by phone.
        assert!(c.communes.iter().all(|x| x.remote[&Category::Ecoute]));
        // Every record still to verify is listed, before the verified ones.
        let to_verify = c
            .to_verify
            .iter()
            .filter(|v| v.reasons[0] == VerifyReason::ToVerify)
            .count();
        let d = manche();
        assert_eq!(
            to_verify,
            d.all_services()
                .filter(|s| s.source.as_ref().is_some_and(|x| !x.is_verified()))
                .count()
        );
    }

    #[test]
    fn what_to_verify_first_and_unserved() {
        let mut d = manche();
        for s in d.services.iter_mut().chain(d.national.iter_mut()) {
            let src = s.source.as_mut().unwrap();
            src.status = SourceStatus::Verified;
            src.verified_on = NaiveDate::from_ymd_opt(2026, 11, 1);
            src.published_on = None;
        }
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert!(coverage(&d, today, None).to_verify.is_empty());
        // An old verification of a social service, an old page of a listening line: the
        // listening line first, whatever the populations.
        d.services[0].categories = vec![Category::Social];
        d.services[0].source.as_mut().unwrap().verified_on = NaiveDate::from_ymd_opt(2025, 6, 1);
        d.national[1].categories = vec![Category::Ecoute];
        d.national[1].source.as_mut().unwrap().published_on = NaiveDate::from_ymd_opt(2024, 1, 1);
        d.services[2].source.as_mut().unwrap().status = SourceStatus::ToVerify;
        d.services[2].source.as_mut().unwrap().verified_on = None;
        let c = coverage(&d, today, None);
        let ids: Vec<&str> = c.to_verify.iter().map(|v| v.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                d.services[2].id.as_str(),
                d.national[1].id.as_str(),
                d.services[0].id.as_str()
            ]
        );
        assert_eq!(c.to_verify[1].reasons, [VerifyReason::OldPage]);
        let scope = d.territory(&d.metadata.scope).unwrap();
        assert_eq!(
            Some(c.to_verify[1].population),
            scope.population.map(u64::from)
        );
        assert_eq!(c.to_verify[2].reasons, [VerifyReason::VerifiedLongAgo]);
        // Restricted to LGBT+ people, nobody is closer to an écoute place than without filter.
        let all = coverage(&d, c.today, None);
        let lgbt = coverage(&d, c.today, Some(Audience::Lgbt));
        for (a, b) in all.communes.iter().zip(&lgbt.communes) {
            if let (Some(x), Some(y)) = (
                a.distances[&Category::Ecoute],
                b.distances[&Category::Ecoute],
            ) {
                assert!(x <= y);
            }
        }
        // Perpetrators' places count only for them.
        let auteurs = coverage(&d, c.today, Some(Audience::Auteurs));
        assert!(auteurs
            .communes
            .iter()
            .all(|x| x.distances[&Category::Ecoute].is_none()));
        assert!(auteurs
            .communes
            .iter()
            .all(|x| x.distances[&Category::Auteurs].is_some()));
    }

    #[test]
    fn csv_quotes_names_with_commas() {
        let c = coverage(
            &manche(),
            NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
            None,
        );
        let csv = c.to_csv();
        assert!(csv.contains("\"CC de Granville, Terre et Mer\""));
        assert_eq!(csv.lines().count(), 446);
    }
}
