//! Properties of the spatial questions, checked with random inputs against brute force:
//! `locate` is a scan of every polygon, `nearest` is a filter and a sort by geodesic distance.

use std::sync::OnceLock;

use chrono::{Duration, NaiveDateTime};
use geo::{Distance, Euclidean, Haversine, InteriorPoint, Intersects};
use maillage::{
    AccessMode, Audience, Category, Directory, Index, NearestQuery, OpenState, OpeningHours, Point,
    Reason, ServedArea, Service, Territory, TerritoryKind, Visibility, COAST_TOLERANCE_M,
};
use proptest::prelude::*;
use proptest::sample::Index as Pick;
use proptest::test_runner::RngSeed;

use super::util::*;

/// How far from a dissolved territory's border `locate` may disagree with its polygon: the
/// dissolves that made EPCI, arrondissements, tribunals and the département from communes drop
/// slivers, so exactly at their borders the polygon and the commune's parents may differ.
const DISSOLVE_TOLERANCE_M: f64 = 50.0;

/// Points on a shared border may be in two communes; "on" means within this many metres.
const BORDER_M: f64 = 0.5;

/// `cases` random cases, the same on every run (set `PROPTEST_RNG_SEED` to explore others,
/// `PROPTEST_CASES` for more); failures are printed with their minimal input, not saved to files.
fn config(cases: u32) -> ProptestConfig {
    let default = ProptestConfig::default();
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() {
        default.cases
    } else {
        cases
    };
    let rng_seed = if std::env::var_os("PROPTEST_RNG_SEED").is_some() {
        default.rng_seed
    } else {
        RngSeed::Fixed(0x6d61_696c_6c61_6765) // "maillage"
    };
    ProptestConfig {
        cases,
        rng_seed,
        failure_persistence: None,
        // A failure is shrunk for a few seconds at most, not minutes.
        max_shrink_iters: 300,
        ..default
    }
}

fn manche_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let (d, report) = maillage::load(&manche_files(), None);
        Index::new(d.unwrap_or_else(|| panic!("{:#?}", report.problems)))
    })
}

fn communes(d: &Directory) -> impl Iterator<Item = &Territory> {
    d.territories
        .iter()
        .filter(|t| t.kind == TerritoryKind::Commune)
}

/// Metres per degree of latitude, and of longitude at the equator (a local projection is
/// enough: distances here are at most a few kilometres).
const M_PER_DEG_LAT: f64 = 111_200.0;
const M_PER_DEG_LON: f64 = 111_320.0;

/// Distance in metres from a point to the border (outer and inner rings) of a territory.
fn border_distance_m(p: geo::Point, t: &Territory) -> f64 {
    let k = p.y().to_radians().cos() * M_PER_DEG_LON;
    let origin = geo::Point::new(0.0, 0.0);
    t.geometry
        .0
        .iter()
        .flat_map(|poly| std::iter::once(poly.exterior()).chain(poly.interiors()))
        .map(|ring| {
            let local: geo::LineString = ring
                .coords()
                .map(|c| geo::coord! { x: (c.x - p.x()) * k, y: (c.y - p.y()) * M_PER_DEG_LAT })
                .collect();
            Euclidean.distance(&origin, &local)
        })
        .fold(f64::INFINITY, f64::min)
}

/// Distance in metres from a point to a territory: 0 inside.
fn distance_m(p: geo::Point, t: &Territory) -> f64 {
    if t.geometry.intersects(&p) {
        0.0
    } else {
        border_distance_m(p, t)
    }
}

fn check_locate(lon: f64, lat: f64) -> Result<(), TestCaseError> {
    let index = manche_index();
    let d = index.directory();
    let p = geo::Point::new(lon, lat);
    let here: Vec<&Territory> = communes(d).filter(|t| t.geometry.intersects(&p)).collect();
    let Some(located) = index.locate(Point { lat, lon }) else {
        prop_assert!(
            here.is_empty(),
            "({lat}, {lon}): none located, but inside {:?}",
            ids(&here)
        );
        let (nearest, dist) = communes(d)
            .map(|t| (t, border_distance_m(p, t)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .unwrap();
        // 0.5 %: our local projection against core's sphere.
        prop_assert!(
            dist > COAST_TOLERANCE_M * 0.995,
            "({lat}, {lon}): none located, but {} is {dist:.0} m away",
            nearest.id
        );
        return Ok(());
    };
    // Most specific first, no duplicates.
    let ranks: Vec<u8> = located.territories.iter().map(|t| t.kind.rank()).collect();
    prop_assert!(
        ranks.windows(2).all(|w| w[0] <= w[1]),
        "({lat}, {lon}): order {ranks:?}"
    );
    let mut all_ids = ids(&located.territories);
    all_ids.dedup();
    prop_assert_eq!(
        all_ids.len(),
        located.territories.len(),
        "({}, {}): duplicates",
        lat,
        lon
    );
    let commune = located.territories[0];
    prop_assert_eq!(&commune.kind, &TerritoryKind::Commune);
    let located_communes: Vec<&Territory> = located
        .territories
        .iter()
        .copied()
        .filter(|t| t.kind == TerritoryKind::Commune)
        .collect();

    if located.approximate {
        // At sea, within the tolerance: the nearest commune, at the distance it says.
        prop_assert!(
            here.is_empty(),
            "({lat}, {lon}): approximate, but inside {:?}",
            ids(&here)
        );
        prop_assert_eq!(located_communes.len(), 1);
        let reported = located.distance_m.unwrap();
        prop_assert!(
            reported <= COAST_TOLERANCE_M,
            "({lat}, {lon}): {reported} m"
        );
        let ours = border_distance_m(p, commune);
        let (best, best_dist) = communes(d)
            .map(|t| (t, border_distance_m(p, t)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .unwrap();
        prop_assert!(
            ours <= best_dist + 1.0,
            "({lat}, {lon}): {} at {ours:.1} m chosen, but {} is at {best_dist:.1} m",
            commune.id,
            best.id
        );
        prop_assert!(
            (reported - ours).abs() <= 1.0 + 0.005 * ours,
            "({lat}, {lon}): distance to {} reported {reported:.1} m, brute force {ours:.1} m",
            commune.id
        );
        return Ok(());
    }

    // On land: the communes whose polygon contains the point, one except on a shared border.
    prop_assert!(located.distance_m.is_none());
    prop_assert_eq!(
        ids(&located_communes),
        ids(&here),
        "({}, {}): located communes, and communes containing the point",
        lat,
        lon
    );
    if here.len() > 1 {
        for t in &here {
            let b = border_distance_m(p, t);
            prop_assert!(
                b <= BORDER_M,
                "({lat}, {lon}): in {:?}, but {b:.2} m from the border of {}",
                ids(&here),
                t.id
            );
        }
    }
    // Wider territories are the communes' parents; they are the polygons containing the point,
    // except within a dissolve's slivers of their borders.
    for kind in [
        TerritoryKind::Epci,
        TerritoryKind::Arrondissement,
        TerritoryKind::Tribunal,
        TerritoryKind::Departement,
    ] {
        let ours: Vec<&Territory> = located
            .territories
            .iter()
            .copied()
            .filter(|t| t.kind == kind)
            .collect();
        let theirs: Vec<&Territory> = d
            .territories
            .iter()
            .filter(|t| t.kind == kind && t.geometry.intersects(&p))
            .collect();
        for t in ours.iter().filter(|t| !theirs.iter().any(|x| x.id == t.id)) {
            let gap = distance_m(p, t);
            prop_assert!(
                gap <= DISSOLVE_TOLERANCE_M,
                "({lat}, {lon}) in {}: located in {}, whose polygon is {gap:.1} m away",
                commune.id,
                t.id
            );
        }
        for t in theirs.iter().filter(|t| !ours.iter().any(|x| x.id == t.id)) {
            let inside = border_distance_m(p, t);
            prop_assert!(
                inside <= DISSOLVE_TOLERANCE_M,
                "({lat}, {lon}) in {}: not located in {}, whose polygon contains it {inside:.1} m from its border",
                commune.id,
                t.id
            );
        }
        if ours.len() > 1 {
            for t in &ours {
                let b = border_distance_m(p, t);
                prop_assert!(
                    b <= DISSOLVE_TOLERANCE_M,
                    "({lat}, {lon}): in {:?}, but {b:.1} m from the border of {}",
                    ids(&ours),
                    t.id
                );
            }
        }
        if !located_communes.is_empty() {
            prop_assert!(
                ours.iter().any(|t| commune.parents.contains(&t.id))
                    || !commune.parents.iter().any(|id| id.kind() == kind),
                "({lat}, {lon}): no {kind:?} of {} located",
                commune.id
            );
        }
    }
    // Nothing else: the communes and their parents.
    for t in &located.territories {
        prop_assert!(
            t.kind == TerritoryKind::Commune
                || located_communes.iter().any(|c| c.parents.contains(&t.id)),
            "({lat}, {lon}): {} is no parent of {:?}",
            t.id,
            ids(&located_communes)
        );
    }
    Ok(())
}

fn ids(ts: &[&Territory]) -> Vec<String> {
    ts.iter().map(|t| t.id.to_string()).collect()
}

/// A point near a commune's border: a vertex of its outer ring, moved by up to 40 m.
fn near_a_border(commune: Pick, vertex: Pick, dx: f64, dy: f64) -> (f64, f64) {
    let d = manche_index().directory();
    let all: Vec<&Territory> = communes(d).collect();
    let t = all[commune.index(all.len())];
    let ring = t.geometry.0[0].exterior();
    let c = ring.0[vertex.index(ring.0.len())];
    let k = c.y.to_radians().cos() * M_PER_DEG_LON;
    (c.x + dx / k, c.y + dy / M_PER_DEG_LAT)
}

/// Exactly on commune vertices, shared by two or three communes: every commune there is given
/// (borders belong to both sides), with all their parents.
#[test]
fn locate_on_shared_vertices() {
    let d = manche_index().directory();
    for t in communes(d).step_by(7) {
        for c in t.geometry.0[0].exterior().0.iter().step_by(5).take(3) {
            if let Err(e) = check_locate(c.x, c.y) {
                panic!("{e}");
            }
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// Anywhere in and around the Manche: land, sea, neighbouring départements.
    #[test]
    fn locate_agrees_with_a_scan_of_every_polygon(lon in -2.0f64..-0.7, lat in 48.4f64..49.8) {
        check_locate(lon, lat)?;
    }

    /// Close to commune borders, where a dissolve and a point-in-polygon test can disagree.
    #[test]
    fn locate_agrees_with_a_scan_near_borders(
        commune in any::<Pick>(),
        vertex in any::<Pick>(),
        dx in -40.0f64..40.0,
        dy in -40.0f64..40.0,
    ) {
        let (lon, lat) = near_a_border(commune, vertex, dx, dy);
        check_locate(lon, lat)?;
    }
}

// ---------------------------------------------------------------------------------------------
// nearest

const HOURS: &[Option<&str>] = &[
    None,
    Some("24/7"),
    Some("Mo-Fr 09:00-12:00,14:00-17:30; PH off"),
    Some("Mo-Su 08:00-20:00"),
    Some("Sa 22:00-02:00"),
    Some("\"sur rendez-vous\""),
];
const LANGUAGES: &[&str] = &["fr", "en", "ar"];

/// Audiences a victims' service may have (perpetrators' services are drawn apart).
fn victims_audiences() -> Vec<Audience> {
    Audience::ALL
        .iter()
        .copied()
        .filter(|a| *a != Audience::Auteurs)
        .collect()
}

fn victims_categories() -> Vec<Category> {
    Category::ALL
        .iter()
        .copied()
        .filter(|c| *c != Category::Auteurs)
        .collect()
}

#[derive(Clone, Debug)]
struct ServiceSpec {
    /// Where: a commune, an offset from its interior point in metres, or the previous service's point.
    commune: Pick,
    offset: (f64, f64),
    same_point_as_previous: bool,
    perpetrators: bool,
    categories: Vec<Category>,
    audiences: Vec<Audience>,
    access: Vec<AccessMode>,
    visibility: Visibility,
    /// Served area: 0 the département, 1 the EPCI of its commune, 2 the whole country, 3 its
    /// commune then the département (served through the first that is the person's).
    served: u8,
    hours: Option<&'static str>,
    languages: Vec<&'static str>,
    step_free: Option<bool>,
}

fn service_spec() -> impl Strategy<Value = ServiceSpec> {
    (
        (
            any::<Pick>(),
            (-3000.0f64..3000.0, -3000.0f64..3000.0),
            prop::bool::weighted(0.15),
        ),
        prop::bool::weighted(0.1),
        prop::sample::subsequence(victims_categories(), 1..4),
        prop::sample::subsequence(victims_audiences(), 0..3),
        prop::sample::subsequence(AccessMode::ALL.to_vec(), 0..3),
        prop::sample::select(vec![
            Visibility::Public,
            Visibility::Public,
            Visibility::Public,
            Visibility::Professionnels,
            Visibility::Confidentiel,
        ]),
        prop::sample::select(vec![0u8, 0, 0, 0, 0, 0, 1, 1, 2, 3]),
        prop::sample::select(HOURS.to_vec()),
        prop::sample::subsequence(LANGUAGES.to_vec(), 0..3),
        prop::option::of(any::<bool>()),
    )
        .prop_map(
            |(
                (commune, offset, same),
                perpetrators,
                categories,
                audiences,
                access,
                visibility,
                served,
                hours,
                languages,
                step_free,
            )| {
                ServiceSpec {
                    commune,
                    offset,
                    same_point_as_previous: same,
                    perpetrators,
                    categories,
                    audiences,
                    access,
                    visibility,
                    served,
                    hours,
                    languages,
                    step_free,
                }
            },
        )
}

fn query_strategy() -> impl Strategy<Value = NearestQuery> {
    (
        prop::sample::subsequence(victims_categories(), 0..3),
        prop::sample::subsequence(victims_audiences(), 0..2),
        prop::bool::weighted(0.15),
        prop::sample::subsequence(AccessMode::ALL.to_vec(), 0..3),
        prop::option::of(0i64..365 * 24 * 60),
        prop::bool::weighted(0.3),
        prop::option::weighted(0.2, prop::sample::select(LANGUAGES.to_vec())),
        prop::bool::weighted(0.2),
        any::<bool>(),
        0usize..8,
    )
        .prop_map(
            |(
                categories,
                mut audiences,
                perpetrators,
                access,
                minutes,
                open_only,
                language,
                step_free,
                professional,
                limit,
            )| {
                if perpetrators {
                    audiences.push(Audience::Auteurs);
                }
                let start: NaiveDateTime = "2026-01-01T00:00:00".parse().unwrap();
                NearestQuery {
                    categories,
                    audiences,
                    access,
                    at: minutes.map(|m| start + Duration::minutes(m)),
                    open_only,
                    language: language.map(str::to_owned),
                    step_free,
                    viewer: maillage::Viewer::professional_if(professional),
                    limit,
                    places_only: false,
                }
            },
        )
}

/// A point `offset` metres from a commune's interior point, kept only if still in the Manche.
fn point_near(d: &Directory, commune: &Territory, offset: (f64, f64)) -> Point {
    let c = commune.geometry.interior_point().unwrap();
    let k = c.y().to_radians().cos() * M_PER_DEG_LON;
    let moved = geo::Point::new(c.x() + offset.0 / k, c.y() + offset.1 / M_PER_DEG_LAT);
    let inside = d
        .territories
        .iter()
        .any(|t| t.kind == TerritoryKind::Departement && t.geometry.intersects(&moved));
    let p = if inside { moved } else { c };
    Point {
        lat: p.y(),
        lon: p.x(),
    }
}

/// The Manche's territories with synthetic services.
fn synthetic_directory(specs: &[ServiceSpec]) -> Directory {
    let base = manche_index().directory();
    let all: Vec<&Territory> = communes(base).collect();
    let mut services = Vec::new();
    let mut previous: Option<Point> = None;
    for (i, s) in specs.iter().enumerate() {
        let commune = all[s.commune.index(all.len())];
        let point = match (s.same_point_as_previous, previous) {
            (true, Some(p)) => p,
            _ => point_near(base, commune, s.offset),
        };
        previous = Some(point);
        let (categories, audiences) = if s.perpetrators {
            (vec![Category::Auteurs], vec![Audience::Auteurs])
        } else {
            (s.categories.clone(), s.audiences.clone())
        };
        let served = match s.served {
            0 => serde_json::json!(["departement:50"]),
            1 => serde_json::json!(commune
                .parents
                .iter()
                .filter(|p| p.kind() == TerritoryKind::Epci)
                .map(|p| p.to_string())
                .collect::<Vec<_>>()),
            2 => serde_json::json!("national"),
            _ => serde_json::json!([commune.id.to_string(), "departement:50"]),
        };
        let mut location = serde_json::json!({
            "commune": commune.id.to_string(),
            "visibility": s.visibility.as_str(),
        });
        if s.visibility != Visibility::Confidentiel {
            location["point"] = serde_json::json!({ "lat": point.lat, "lon": point.lon });
        }
        let v = serde_json::json!({
            "id": format!("s{i:03}"),
            "name": format!("Service {i}"),
            "organisation": "Test",
            "categories": categories,
            "audiences": audiences,
            "access": s.access,
            "location": location,
            "served_area": served,
            "hours": s.hours,
            "languages": s.languages,
            "accessibility": { "step_free": s.step_free },
        });
        let service: Service =
            serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{e}: {v}"));
        services.push(service);
    }
    // The Manche as it is, its services replaced (struct update keeps fields added later).
    let mut d = base.clone();
    d.places = vec![];
    d.services = services;
    d.national = vec![];
    d
}

/// The places to go to, by brute force: every filter of [`NearestQuery`], then a sort by
/// geodesic distance (ties by id) and the limit; with the territory through which each serves
/// the person (the first of its served territories that is theirs; `None`: the country).
fn brute_force<'a>(
    d: &'a Directory,
    here: &[&Territory],
    from: Point,
    q: &NearestQuery,
) -> Vec<(&'a str, f64, Option<&'a str>)> {
    let mut out: Vec<(&str, f64, Option<&str>)> = d
        .services
        .iter()
        .filter_map(|s| {
            let l = s.location.as_ref()?;
            let point = match l.visibility {
                Visibility::Public => l.point?,
                Visibility::Professionnels if q.viewer == maillage::Viewer::Professional => {
                    l.point?
                }
                _ => return None,
            };
            let perpetrators = s.audiences.contains(&Audience::Auteurs);
            if perpetrators != q.audiences.contains(&Audience::Auteurs) {
                return None;
            }
            if !q.categories.is_empty() && !s.categories.iter().any(|c| q.categories.contains(c)) {
                return None;
            }
            let for_everyone = s.audiences.is_empty() || s.audiences.contains(&Audience::Tous);
            if !q.audiences.is_empty()
                && !for_everyone
                && !s.audiences.iter().any(|a| q.audiences.contains(a))
            {
                return None;
            }
            if !q.access.is_empty() && !s.access.iter().any(|a| q.access.contains(a)) {
                return None;
            }
            if let Some(lang) = &q.language {
                if !s.languages.contains(lang) {
                    return None;
                }
            }
            if q.step_free && s.accessibility.step_free != Some(true) {
                return None;
            }
            let through = match &s.served_area {
                ServedArea::National => None,
                ServedArea::Territories(ts) => Some(
                    ts.iter()
                        .find(|t| here.iter().any(|h| h.id == **t))?
                        .as_str(),
                ),
            };
            if q.open_only {
                let state = match (&s.hours, q.at) {
                    (Some(h), Some(at)) => h.parse::<OpeningHours>().unwrap().state_at(at),
                    _ => OpenState::Unknown,
                };
                if state != OpenState::Open {
                    return None;
                }
            }
            let dist = Haversine.distance(
                geo::Point::new(from.lon, from.lat),
                geo::Point::new(point.lon, point.lat),
            );
            Some((s.id.as_str(), dist, through))
        })
        .collect();
    out.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.cmp(b.0)));
    if q.limit > 0 {
        out.truncate(q.limit);
    }
    out
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn nearest_agrees_with_a_brute_force_sort(
        specs in prop::collection::vec(service_spec(), 0..80),
        queries in prop::collection::vec(
            (query_strategy(), any::<Pick>(), (-3000.0f64..3000.0, -3000.0f64..3000.0)),
            1..6,
        ),
    ) {
        let directory = synthetic_directory(&specs);
        let index = Index::new(directory);
        let d = index.directory();
        let all: Vec<&Territory> = communes(d).collect();
        for (q, commune, offset) in &queries {
            let from = point_near(d, all[commune.index(all.len())], *offset);
            let answer = index.nearest(from, q);
            let located = index.locate(from);
            prop_assert_eq!(answer.is_some(), located.is_some());
            let (Some(answer), Some(located)) = (answer, located) else { continue };
            // A point inside one commune is answered from the services listed once for that
            // commune: the same answer, reasons and remote lines included, as from its
            // territories.
            prop_assert_eq!(&index.nearest_in(from, &located, q), &answer);
            let expected = brute_force(d, &located.territories, from, q);
            let got: Vec<(&str, f64, Option<&str>)> = answer
                .places
                .iter()
                .map(|n| {
                    let through = n.reasons.iter().find_map(|r| match r {
                        Reason::ServesTerritory { territory, .. } => Some(Some(territory.as_str())),
                        Reason::ServesCountry => Some(None),
                        _ => None,
                    });
                    (n.service.id.as_str(), n.distance_m.unwrap(), through.expect("a serving reason"))
                })
                .collect();
            let expected_ids: Vec<&str> = expected.iter().map(|e| e.0).collect();
            let got_ids: Vec<&str> = got.iter().map(|e| e.0).collect();
            prop_assert_eq!(
                &got_ids, &expected_ids,
                "from ({}, {}) with {:?}:\n  got      {:?}\n  expected {:?}",
                from.lat, from.lon, q, got, expected
            );
            // Each place says which of the categories asked for it offers, in its own order.
            for n in &answer.places {
                let said: Vec<Category> = n
                    .reasons
                    .iter()
                    .filter_map(|r| match r {
                        Reason::Category { category } => Some(*category),
                        _ => None,
                    })
                    .collect();
                let offered: Vec<Category> = n
                    .service
                    .categories
                    .iter()
                    .filter(|c| q.categories.contains(c))
                    .copied()
                    .collect();
                prop_assert_eq!(said, offered, "the categories of {}", n.service.id);
            }
            for ((id, a, through), (_, b, expected_through)) in got.iter().zip(&expected) {
                prop_assert!((a - b).abs() < 1e-6, "distances {a} and {b}");
                prop_assert_eq!(through, expected_through, "the territory serving {} there", id);
            }
        }
    }
}
