//! "What is nearest and open": ranked services for a point and a query, with reasons.

use std::collections::HashSet;

use chrono::NaiveDateTime;
use geo::{Distance, Geodesic};
use rstar::primitives::GeomWithData;
use rstar::RTree;

use crate::directory::Directory;
use crate::hours::{OpenState, OpeningHours};
use crate::service::{AccessMode, Audience, Category, Point, ServedArea, Service, Visibility};
use crate::territory::{Territory, TerritoryId};

/// What a person is looking for. Empty lists mean "any".
///
/// ```
/// use maillage::{Category, NearestQuery};
/// let q = NearestQuery { categories: vec![Category::Ecoute], limit: 5, ..NearestQuery::default() };
/// assert!(q.audiences.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NearestQuery {
    /// Any of these categories.
    pub categories: Vec<Category>,
    /// Any of these audiences (a service for everyone always qualifies). Asking for
    /// perpetrators' services gives only those; otherwise they never appear.
    pub audiences: Vec<Audience>,
    /// Any of these access modes.
    pub access: Vec<AccessMode>,
    /// Paris wall-clock time at which open states are computed.
    pub at: Option<NaiveDateTime>,
    /// Keep only services open at `at`.
    pub open_only: bool,
    /// Keep only services speaking this language (ISO 639-1).
    pub language: Option<String>,
    /// Keep only places with step-free access.
    pub step_free: bool,
    /// Include professionals-only places and contacts.
    pub professional: bool,
    /// How many places to go to return (0 = all).
    pub limit: usize,
}

/// One service chosen, with why.
#[derive(Clone, Debug, PartialEq)]
pub struct Nearby<'a> {
    /// The service.
    pub service: &'a Service,
    /// Geodesic distance in metres (places to go only).
    pub distance_m: Option<f64>,
    /// Open at the query's time: open, closed or unknown.
    pub open: OpenState,
    /// When that changes next (Paris wall-clock time).
    pub next_change: Option<NaiveDateTime>,
    /// Why it was chosen, in plain words.
    pub reasons: Vec<String>,
    /// Whether professionals-only contacts and places may be shown.
    pub professional: bool,
}

impl Nearby<'_> {
    /// The contacts that may be shown (professionals-only ones only in professional mode;
    /// confidential ones never).
    pub fn contacts(&self) -> impl Iterator<Item = &crate::Contact> {
        self.service
            .contacts
            .iter()
            .filter(move |c| match c.visibility {
                Visibility::Public => true,
                Visibility::Professionnels => self.professional,
                Visibility::Confidentiel => false,
            })
    }
}

/// A location as it may be shown. (Plain structs rather than `serde_json::json!`: the
/// widget's WebAssembly then carries no `serde_json::Value` machinery.)
#[derive(serde::Serialize)]
struct LocationView<'a> {
    commune: &'a TerritoryId,
    address: Option<&'a str>,
    postcode: Option<&'a str>,
    point: Option<Point>,
    confidential: bool,
}

/// A contact as it may be shown.
#[derive(serde::Serialize)]
struct ContactView<'a> {
    kind: crate::ContactKind,
    href: String,
    display: &'a str,
    label: Option<&'a str>,
    professionals_only: bool,
}

impl serde::Serialize for Nearby<'_> {
    /// The shape shared by the CLI's JSON and the widget: the service as it may be shown
    /// (a confidential location reduced to its commune), with distance, open state and reasons.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let svc = self.service;
        let location = svc.location.as_ref().map(|l| {
            let shown = match l.visibility {
                Visibility::Public => true,
                Visibility::Professionnels => self.professional,
                Visibility::Confidentiel => false,
            };
            LocationView {
                commune: &l.commune,
                address: l.address.as_deref().filter(|_| shown),
                postcode: l.postcode.as_deref().filter(|_| shown),
                point: l.point.filter(|_| shown),
                confidential: l.visibility == Visibility::Confidentiel,
            }
        });
        let contacts: Vec<ContactView<'_>> = self
            .contacts()
            .map(|c| ContactView {
                kind: c.kind,
                href: c.href(),
                display: c.shown(),
                label: c.label.as_deref(),
                professionals_only: c.visibility == Visibility::Professionnels,
            })
            .collect();
        let phone = self
            .contacts()
            .find(|c| c.kind == crate::ContactKind::Phone)
            .map(|c| c.shown());
        let mut st = s.serialize_struct("Nearby", 22)?;
        st.serialize_field("id", &svc.id)?;
        st.serialize_field("name", &svc.name)?;
        st.serialize_field("organisation", &svc.organisation)?;
        st.serialize_field("description", &svc.description)?;
        st.serialize_field("categories", &svc.categories)?;
        st.serialize_field("audiences", &svc.audiences)?;
        st.serialize_field("access", &svc.access)?;
        st.serialize_field("distance_m", &self.distance_m.map(f64::round))?;
        st.serialize_field("open", &self.open.as_option())?;
        st.serialize_field("next_change", &self.next_change.map(crate::paris_iso))?;
        st.serialize_field("hours", &svc.hours)?;
        st.serialize_field("phone", &phone)?;
        st.serialize_field("contacts", &contacts)?;
        st.serialize_field("location", &location)?;
        st.serialize_field("national", &(svc.served_area == ServedArea::National))?;
        st.serialize_field("languages", &svc.languages)?;
        st.serialize_field("step_free", &svc.accessibility.step_free)?;
        st.serialize_field("accessibility", &svc.accessibility.details)?;
        st.serialize_field("free", &svc.free)?;
        st.serialize_field("anonymous", &svc.anonymous)?;
        st.serialize_field("conditions", &svc.conditions)?;
        st.serialize_field("verified_on", &svc.verified_on())?;
        st.serialize_field("reasons", &self.reasons)?;
        st.end()
    }
}

/// The answer to a nearest query; serializes as `{"results": […], "remote": […]}`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NearestAnswer<'a> {
    /// Places to go to, nearest first (ties by id).
    pub places: Vec<Nearby<'a>>,
    /// Phone, SMS and online services that serve the person's territory, local before national,
    /// open before unknown before closed, then by id.
    pub remote: Vec<Nearby<'a>>,
}

impl serde::Serialize for NearestAnswer<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("NearestAnswer", 2)?;
        st.serialize_field("results", &self.places)?;
        st.serialize_field("remote", &self.remote)?;
        st.end()
    }
}

type Entry = GeomWithData<[f64; 2], u32>;

/// An R-tree of the services' public points.
#[derive(Clone, Debug)]
pub struct ServiceIndex {
    tree: RTree<Entry>,
    /// Longitude scale of the projection (cos of the reference latitude).
    lon_scale: f64,
    /// Lower bound of true metres per projected degree, over the data's latitudes.
    metres_per_degree_min: f64,
    hours: Vec<Option<std::sync::Arc<OpeningHours>>>,
    national_hours: Vec<Option<OpeningHours>>,
    /// Services that may be remote answers (a remote access mode, and no point for everyone).
    remote: Vec<u32>,
    /// Services with a point, by the territories they serve.
    by_area: std::collections::HashMap<TerritoryId, Vec<u32>>,
    /// Services with a point that serve the whole country.
    everywhere: Vec<u32>,
    /// Per service: category bits, and whether it is for perpetrators.
    masks: Vec<(u16, bool)>,
}

fn category_bits(cs: &[Category]) -> u16 {
    cs.iter().fold(0u16, |m, c| m | 1 << (*c as u16))
}

/// Below this many services serving a person's territories, they are ranked directly.
const DIRECT_MAX: usize = 512;

fn public_point(s: &Service, professional: bool) -> Option<Point> {
    let l = s.location.as_ref()?;
    match l.visibility {
        Visibility::Public => l.point,
        Visibility::Professionnels if professional => l.point,
        _ => None,
    }
}

impl ServiceIndex {
    /// Indexes the services of a directory (national lines have no point).
    pub fn new(directory: &Directory) -> Self {
        let points: Vec<(u32, Point)> = directory
            .services
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.location.as_ref()?.point.map(|p| (i as u32, p)))
            .collect();
        let (min_lat, max_lat) = points.iter().fold((90f64, -90f64), |(lo, hi), (_, p)| {
            (lo.min(p.lat), hi.max(p.lat))
        });
        let ref_lat = if points.is_empty() {
            46.0
        } else {
            (min_lat + max_lat) / 2.0
        };
        let lon_scale = ref_lat.to_radians().cos();
        // The worst case of cos(lat) / cos(ref) over the data (and queries a little beyond it).
        let worst = (max_lat.abs().max(min_lat.abs()) + 2.0).min(89.0);
        let ratio = (worst.to_radians().cos() / lon_scale).min(1.0);
        ServiceIndex {
            tree: RTree::bulk_load(
                points
                    .iter()
                    .map(|(i, p)| GeomWithData::new([p.lon * lon_scale, p.lat], *i))
                    .collect(),
            ),
            lon_scale,
            // 110.5 km is below the shortest degree of meridian on the WGS 84 ellipsoid.
            metres_per_degree_min: 110_500.0 * ratio,
            // Parsed once per distinct text: directories repeat a few hours strings.
            hours: {
                let mut seen: std::collections::HashMap<
                    &str,
                    Option<std::sync::Arc<OpeningHours>>,
                > = Default::default();
                directory
                    .services
                    .iter()
                    .map(|s| {
                        let h = s.hours.as_deref()?;
                        seen.entry(h)
                            .or_insert_with(|| h.parse().ok().map(std::sync::Arc::new))
                            .clone()
                    })
                    .collect()
            },
            national_hours: directory
                .national
                .iter()
                .map(|s| s.hours.as_deref().and_then(|h| h.parse().ok()))
                .collect(),
            masks: directory
                .services
                .iter()
                .map(|s| {
                    (
                        category_bits(&s.categories),
                        s.audiences.contains(&Audience::Auteurs),
                    )
                })
                .collect(),
            remote: directory
                .services
                .iter()
                .enumerate()
                .filter(|(_, s)| {
                    let everyone = s
                        .location
                        .as_ref()
                        .is_some_and(|l| l.point.is_some() && l.visibility == Visibility::Public);
                    !everyone
                        && s.access.iter().any(|a| {
                            matches!(
                                a,
                                AccessMode::Telephone | AccessMode::Sms | AccessMode::EnLigne
                            )
                        })
                })
                .map(|(i, _)| i as u32)
                .collect(),
            by_area: {
                let mut m: std::collections::HashMap<TerritoryId, Vec<u32>> = Default::default();
                for (i, _) in &points {
                    for t in directory.services[*i as usize].served_area.territories() {
                        m.entry(t.clone()).or_default().push(*i);
                    }
                }
                m
            },
            everywhere: points
                .iter()
                .filter(|(i, _)| {
                    directory.services[*i as usize].served_area == ServedArea::National
                })
                .map(|(i, _)| *i)
                .collect(),
        }
    }

    /// Ranked services for a person at `point` whose territories are `territories`
    /// (from [`crate::TerritoryIndex::locate`]).
    pub fn nearest<'a>(
        &self,
        directory: &'a Directory,
        point: Point,
        territories: &[&Territory],
        query: &NearestQuery,
    ) -> NearestAnswer<'a> {
        let here: HashSet<&TerritoryId> = territories.iter().map(|t| &t.id).collect();
        let from = geo::Point::new(point.lon, point.lat);
        let national_hours = &self.national_hours;
        let qcats = category_bits(&query.categories);
        let qperp = query.audiences.contains(&Audience::Auteurs);
        let mut answer = NearestAnswer::default();
        let mut kth = f64::INFINITY;
        let mut places: Vec<Nearby<'a>> = Vec::new();
        // Few services serve the person's territories: rank them directly rather than walking
        // the tree until k qualify (which, when fewer than k qualify, visits every service).
        let serving: usize = self.everywhere.len()
            + territories
                .iter()
                .map(|t| self.by_area.get(&t.id).map_or(0, Vec::len))
                .sum::<usize>();
        let direct: Option<Vec<u32>> = (serving <= DIRECT_MAX).then(|| {
            let mut c: Vec<u32> = territories
                .iter()
                .filter_map(|t| self.by_area.get(&t.id))
                .flatten()
                .chain(&self.everywhere)
                .copied()
                .collect();
            c.sort_unstable();
            c.dedup();
            c
        });
        let candidates: Box<dyn Iterator<Item = (u32, f64)> + '_> = match &direct {
            Some(c) => Box::new(c.iter().map(|&i| (i, 0.0))),
            None => Box::new(
                self.tree
                    .nearest_neighbor_iter_with_distance_2(&[point.lon * self.lon_scale, point.lat])
                    .map(|(e, d2)| (e.data, d2)),
            ),
        };
        for (data, d2) in candidates {
            let lower_bound = d2.sqrt() * self.metres_per_degree_min;
            if direct.is_none()
                && query.limit > 0
                && places.len() >= query.limit
                && lower_bound > kth
            {
                break;
            }
            // Filters on compact per-service bits first: most candidates are rejected without
            // touching their `Service` (a cache miss each).
            let (cats, perp) = self.masks[data as usize];
            if (qcats != 0 && cats & qcats == 0) || perp != qperp {
                continue;
            }
            let s = &directory.services[data as usize];
            let Some(p) = public_point(s, query.professional) else {
                continue;
            };
            let hours = self.hours[data as usize].as_deref();
            let Some(mut n) = select(s, hours, &here, territories, query) else {
                continue;
            };
            if query.step_free && s.accessibility.step_free != Some(true) {
                continue;
            }
            let d = Geodesic.distance(from, geo::Point::new(p.lon, p.lat));
            n.distance_m = Some(d);
            n.reasons.push(format!("à {:.1} km", d / 1000.0));
            // Keep the list ordered by distance, then id (binary insertion).
            let at = places.partition_point(|x| {
                x.distance_m
                    .unwrap_or(0.0)
                    .total_cmp(&d)
                    .then_with(|| x.service.id.cmp(&n.service.id))
                    .is_lt()
            });
            places.insert(at, n);
            if query.limit > 0 && places.len() >= query.limit {
                places.truncate(query.limit);
                kth = places
                    .last()
                    .and_then(|n| n.distance_m)
                    .unwrap_or(f64::INFINITY);
            }
        }
        answer.places = places;

        let chosen: HashSet<&str> = answer
            .places
            .iter()
            .map(|n| n.service.id.as_str())
            .collect();
        let remote_modes = [AccessMode::Telephone, AccessMode::Sms, AccessMode::EnLigne];
        // Only the services that can be remote answers, listed at build time (not all of them).
        let local = self.remote.iter().map(|&i| {
            (
                &directory.services[i as usize],
                self.hours[i as usize].as_deref(),
                false,
            )
        });
        let national_list = directory
            .national
            .iter()
            .zip(national_hours)
            .map(|(s, h)| (s, h.as_ref(), true));
        for (s, hours, national) in local.chain(national_list) {
            if chosen.contains(s.id.as_str())
                || public_point(s, query.professional).is_some()
                || !s.access.iter().any(|a| remote_modes.contains(a))
            {
                continue;
            }
            if let Some(mut n) = select(s, hours, &here, territories, query) {
                if national {
                    n.reasons.push("ligne nationale".into());
                }
                answer.remote.push(n);
            }
        }
        let open_rank = |o: OpenState| match o {
            OpenState::Open => 0,
            OpenState::Unknown => 1,
            OpenState::Closed => 2,
        };
        answer.remote.sort_unstable_by(|a, b| {
            let na = a.service.served_area == ServedArea::National;
            let nb = b.service.served_area == ServedArea::National;
            (na, open_rank(a.open), &a.service.id).cmp(&(nb, open_rank(b.open), &b.service.id))
        });
        answer
    }
}

/// Applies the filters shared by places and remote services; builds the reasons.
fn select<'a>(
    s: &'a Service,
    hours: Option<&OpeningHours>,
    here: &HashSet<&TerritoryId>,
    territories: &[&Territory],
    q: &NearestQuery,
) -> Option<Nearby<'a>> {
    let mut reasons = Vec::new();
    // Perpetrators' services and victims' services never mix.
    let for_perpetrators = s.audiences.contains(&Audience::Auteurs);
    if for_perpetrators != q.audiences.contains(&Audience::Auteurs) {
        return None;
    }
    if !q.categories.is_empty() {
        let matched: Vec<&str> = s
            .categories
            .iter()
            .filter(|c| q.categories.contains(c))
            .map(|c| c.as_str())
            .collect();
        if matched.is_empty() {
            return None;
        }
        reasons.push(format!("catégorie {}", matched.join(", ")));
    }
    if !q.audiences.is_empty()
        && !s.audiences.is_empty()
        && !s.audiences.contains(&Audience::Tous)
        && !s.audiences.iter().any(|a| q.audiences.contains(a))
    {
        return None;
    }
    if !q.access.is_empty() && !s.access.iter().any(|a| q.access.contains(a)) {
        return None;
    }
    if let Some(lang) = &q.language {
        if !s.languages.iter().any(|l| l == lang) {
            return None;
        }
        reasons.push(format!("langue {lang}"));
    }
    match &s.served_area {
        ServedArea::National => reasons.push("dessert toute la France".into()),
        ServedArea::Territories(ts) => {
            let t = ts.iter().find(|t| here.contains(t))?;
            let name = territories
                .iter()
                .find(|x| x.id == *t)
                .map_or(t.to_string(), |x| x.name.clone());
            reasons.push(format!("dessert {name} ({t})"));
        }
    }
    let (open, next_change) = match (hours, q.at) {
        (Some(h), Some(at)) => (h.state_at(at), h.next_change(at)),
        _ => (OpenState::Unknown, None),
    };
    if q.open_only && open != OpenState::Open {
        return None;
    }
    reasons.push(
        match open {
            OpenState::Open => "ouvert",
            OpenState::Closed => "fermé",
            OpenState::Unknown => "horaires inconnus",
        }
        .into(),
    );
    Some(Nearby {
        service: s,
        distance_m: None,
        open,
        next_change,
        reasons,
        professional: q.professional,
    })
}
