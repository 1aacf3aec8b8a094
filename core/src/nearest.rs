//! "What is nearest and open": ranked services for a point and a query, with reasons as data.
//!
//! Ranking uses the chord between unit vectors (an exact order of great-circle distances,
//! a few multiplications); the distance in metres is computed from it only for the services
//! kept ([`crate::Point::distance_m`]).

use chrono::NaiveDateTime;
use rstar::primitives::GeomWithData;
use rstar::RTree;

use crate::directory::{index_in, Directory};
use crate::distance::{arc_m, chord2, unit};
use crate::hours::{OpenState, Opening, OpeningHours};
use crate::service::{AccessMode, Audience, Category, Point, ServedArea, Service};
use crate::territory::{Territory, TerritoryId};
use crate::view::{Serves, Viewer};

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
    /// Who looks: professionals also see professionals-only places.
    pub viewer: Viewer,
    /// How many places to go to return (0 = all).
    pub limit: usize,
    /// Only the places to go to: leave out the remote lines (phone, SMS, online), for callers
    /// that show places alone (a map) and need them fast.
    pub places_only: bool,
}

/// Why a service was chosen: a typed code with its parameters, worded by the reader's
/// interface (CLI, widget, leaflet) in the reader's language.
///
/// Serializes with a `code`: `{"code": "serves-territory", "territory": "epci:200042604",
/// "name": "CC Granville Terre et Mer"}`.
///
/// ```
/// use maillage::{Category, Reason};
/// let r = Reason::Category { category: Category::Ecoute };
/// assert_eq!(serde_json::to_string(&r).unwrap(), r#"{"code":"category","category":"ecoute"}"#);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Reason<'a> {
    /// It offers a category asked for.
    Category {
        /// The category.
        category: Category,
    },
    /// It speaks the language asked for.
    Language {
        /// ISO 639-1 code.
        language: &'a str,
    },
    /// It serves the whole country.
    ServesCountry,
    /// It serves a territory the person is in.
    ServesTerritory {
        /// The territory.
        territory: &'a TerritoryId,
        /// Its name.
        name: &'a str,
    },
    /// A national line.
    NationalLine,
    /// A national line of this pathway step.
    StepLine,
    /// Reachable in writing (SMS, chat): the person cannot speak safely.
    Written,
}

/// One service chosen, with why.
#[derive(Clone, Debug, PartialEq)]
pub struct Nearby<'a> {
    /// The service.
    pub service: &'a Service,
    /// Great-circle distance in metres ([`crate::Point::distance_m`]; places to go only).
    pub distance_m: Option<f64>,
    /// Open now or not, and what comes next.
    pub opening: Opening,
    /// Why it was chosen.
    pub reasons: Reasons<'a>,
}

/// Why a service was chosen: its [`Reason`]s (one to three as a rule), read as a slice.
///
/// The first three are kept inline, not on the heap: an answer holds one list per service, and
/// allocations were a fifth of a query's time. Written here rather than with `smallvec`:
/// its storage names `A::Item`, which would make every answer invariant in its lifetime (an
/// answer could then not be handed where a shorter-lived one is expected).
///
/// ```
/// use maillage::{Category, Reason, Reasons};
/// let mut r: Reasons = [Reason::Category { category: Category::Ecoute }].into_iter().collect();
/// r.push(Reason::ServesCountry);
/// assert_eq!(r.len(), 2);
/// assert_eq!(r[1], Reason::ServesCountry);
/// assert_eq!(serde_json::to_string(&r).unwrap(),
///            r#"[{"code":"category","category":"ecoute"},{"code":"serves-country"}]"#);
/// ```
#[derive(Clone)]
pub struct Reasons<'a> {
    /// The reasons while there are at most [`INLINE`] of them (the first `len`).
    inline: [Reason<'a>; INLINE],
    len: usize,
    /// Every reason, once there are more.
    spilled: Vec<Reason<'a>>,
}

/// Reasons kept inline.
const INLINE: usize = 3;

impl Default for Reasons<'_> {
    fn default() -> Self {
        Reasons {
            // A placeholder, never read: `len` says how many are real.
            inline: [Reason::NationalLine; INLINE],
            len: 0,
            spilled: Vec::new(),
        }
    }
}

impl<'a> Reasons<'a> {
    /// Adds a reason.
    ///
    /// ```
    /// use maillage::{Category, Reason, Reasons};
    /// let mut r = Reasons::default();
    /// for category in Category::ALL {
    ///     r.push(Reason::Category { category: *category });
    /// }
    /// r.push(Reason::NationalLine);
    /// assert_eq!(r.len(), Category::ALL.len() + 1);
    /// assert_eq!(r[0], Reason::Category { category: Category::ALL[0] });
    /// assert_eq!(r.last(), Some(&Reason::NationalLine));
    /// ```
    pub fn push(&mut self, reason: Reason<'a>) {
        if self.len < INLINE {
            self.inline[self.len] = reason;
        } else {
            if self.len == INLINE {
                self.spilled.extend_from_slice(&self.inline);
            }
            self.spilled.push(reason);
        }
        self.len += 1;
    }
}

impl<'a> std::ops::Deref for Reasons<'a> {
    type Target = [Reason<'a>];
    fn deref(&self) -> &[Reason<'a>] {
        if self.len <= INLINE {
            &self.inline[..self.len]
        } else {
            &self.spilled
        }
    }
}

impl PartialEq for Reasons<'_> {
    fn eq(&self, other: &Self) -> bool {
        self[..] == other[..]
    }
}

impl std::fmt::Debug for Reasons<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self[..].fmt(f)
    }
}

impl<'a> FromIterator<Reason<'a>> for Reasons<'a> {
    fn from_iter<I: IntoIterator<Item = Reason<'a>>>(iter: I) -> Self {
        let mut r = Reasons::default();
        for reason in iter {
            r.push(reason);
        }
        r
    }
}

impl<'r, 'a> IntoIterator for &'r Reasons<'a> {
    type Item = &'r Reason<'a>;
    type IntoIter = std::slice::Iter<'r, Reason<'a>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl serde::Serialize for Reasons<'_> {
    /// A list of reasons.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self[..].serialize(s)
    }
}

impl serde::Serialize for Nearby<'_> {
    /// `{"service": id, "distance_m", "opening": {…}, "reasons": […]}`: a reference to the
    /// record, which callers read once ([`crate::Service::view`]), not per answer.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Nearby", 4)?;
        st.serialize_field("service", &self.service.id)?;
        st.serialize_field("distance_m", &self.distance_m.map(f64::round))?;
        st.serialize_field("opening", &self.opening)?;
        st.serialize_field("reasons", &self.reasons)?;
        st.end()
    }
}

/// The answer to a nearest query; serializes as `{"places": […], "remote": […]}`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct NearestAnswer<'a> {
    /// Places to go to, nearest first (ties by id).
    pub places: Vec<Nearby<'a>>,
    /// Phone, SMS and online services that serve the person's territory: national lines
    /// before local ones (the national violence lines are what a person needs first; a local
    /// allowance line is not), open before unknown before closed, then in the directory's order
    /// (the coordinator's order of relevance).
    pub remote: Vec<Nearby<'a>>,
}

impl<'a> NearestAnswer<'a> {
    /// Every service the answer refers to: the places, then the remote lines (the records a
    /// caller sends along with the answer).
    pub fn services(&self) -> impl Iterator<Item = &'a Service> + '_ {
        self.places.iter().chain(&self.remote).map(|n| n.service)
    }
}

type Entry = GeomWithData<[f64; 3], u32>;

/// The services' public points and what filtering needs, by position in the directory.
#[derive(Clone, Debug)]
pub(crate) struct ServiceIndex {
    /// Points as unit vectors.
    tree: RTree<Entry>,
    /// The same points, one tree per category (by `Category as usize`): a query for one
    /// category walks only the services offering it, instead of passing over the others (ten
    /// in eleven when every service serves the whole country).
    by_category: Vec<RTree<Entry>>,
    /// Per service: its public point as a unit vector.
    units: Vec<Option<[f64; 3]>>,
    /// Per service: its parsed hours (parsed once per distinct text).
    hours: Vec<Option<std::sync::Arc<OpeningHours>>>,
    /// Per national line: its parsed hours.
    national_hours: Vec<Option<OpeningHours>>,
    /// Per national line: what it is.
    national_kinds: Vec<Kind>,
    /// Services that may be remote lines (for the public; professionals see fewer).
    remote: Vec<u32>,
    /// Services with a point, by the territories they serve (by position in the directory).
    by_area: Vec<Vec<u32>>,
    /// Services with a point that serve the whole country.
    everywhere: Vec<u32>,
    /// Per service: what it is.
    kinds: Vec<Kind>,
    /// Per service: the positions of the territories it serves, in its own order (`u32::MAX`
    /// for a territory the directory lacks), so that serving is checked without comparing ids.
    served: Vec<Box<[u32]>>,
    /// Per commune (by position in the directory), once a person inside it alone was
    /// answered: the services with a point serving them ([`ServiceIndex::serving`]).
    by_commune: Vec<std::sync::OnceLock<Option<Box<[Candidate]>>>>,
}

/// Where the person is: their territories, most specific first, by position in the directory
/// (`u32::MAX` for a territory the directory lacks, then read from `territories`).
struct Person<'a, 'p> {
    directory: &'a Directory,
    positions: &'p [u32],
    /// The territories, when the caller holds them (else every position is known).
    territories: &'p [&'a Territory],
}

impl<'a> Person<'a, '_> {
    /// The person's `j`-th territory.
    fn at(&self, j: usize) -> &'a Territory {
        match self.positions[j] {
            u32::MAX => self.territories[j],
            p => &self.directory.territories[p as usize],
        }
    }

    /// Which of the person's territories `t` is, if it is one: `t` is one of `ids`, a
    /// service's served territories, whose positions are `positions` (when known).
    fn territory(
        &self,
        t: &TerritoryId,
        ids: &[TerritoryId],
        positions: Option<&[u32]>,
    ) -> Option<usize> {
        match positions.zip(index_in(ids, t)) {
            Some((positions, k)) => {
                let p = positions[k];
                self.positions.iter().position(|&x| x == p && p != u32::MAX)
            }
            None => (0..self.positions.len()).find(|&j| self.at(j).id == *t),
        }
    }

    /// Whether `s` serves the person: `Some(None)` when it serves the whole country,
    /// `Some(Some(j))` when it serves their `j`-th territory (the first of its served
    /// territories that is theirs). `served` are the positions of the territories `s` serves,
    /// when the index has them.
    fn served_by(&self, s: &Service, served: Option<&[u32]>) -> Option<Option<usize>> {
        let ids = s.served_area.territories();
        // The person's territory found while checking.
        let theirs = std::cell::Cell::new(None);
        match s.served_area.serves(|t| {
            theirs.set(self.territory(t, ids, served));
            theirs.get().is_some()
        })? {
            Serves::Country => Some(None),
            Serves::Territory(_) => Some(Some(theirs.get()?)),
        }
    }

    /// The reason saying that a service serves the person through their `j`-th territory
    /// (`None`: the whole country). The territory is the directory's record, so that one
    /// territory is one reference in every answer.
    fn reason(&self, j: Option<usize>) -> Reason<'a> {
        match j {
            None => Reason::ServesCountry,
            Some(j) => {
                let x = self.at(j);
                Reason::ServesTerritory {
                    territory: &x.id,
                    name: &x.name,
                }
            }
        }
    }
}

/// How [`select`] learns whether a service serves the person.
enum Serving<'a, 'p> {
    /// Checked against the person's territories, with the positions of the territories the
    /// service serves when the index has them.
    Check(&'p Person<'a, 'p>, Option<&'p [u32]>),
    /// Known beforehand (the candidates of a commune): the reason.
    Known(Reason<'a>),
}

/// A service that serves a person, by position in the directory, and which of the person's
/// territories it serves them through (`None`: the whole country; see [`Person::served_by`]).
type Candidate = (u32, Option<u32>);

/// What a service is, as bits read without touching its record: the categories it offers
/// and whether it is for perpetrators; or, the same way, what a query asks for.
#[derive(Clone, Copy, Debug)]
struct Kind {
    /// Bit `c as u16` for each category `c`.
    categories: u16,
    /// For perpetrators.
    perpetrators: bool,
    /// Has a place the public may see; a place professionals may see
    /// ([`Service::point_for`]).
    points: [bool; 2],
}

impl Kind {
    /// What `s` is.
    fn of(s: &Service) -> Self {
        Kind {
            categories: category_bits(&s.categories),
            perpetrators: s.audiences.contains(&Audience::Auteurs),
            points: [Viewer::Public, Viewer::Professional].map(|v| s.point_for(v).is_some()),
        }
    }

    /// What `q` asks for.
    fn asked(q: &NearestQuery) -> Self {
        Kind {
            categories: category_bits(&q.categories),
            perpetrators: q.audiences.contains(&Audience::Auteurs),
            points: [false; 2],
        }
    }

    /// Whether it has a place `viewer` may see.
    fn has_point(self, viewer: Viewer) -> bool {
        self.points[viewer as usize]
    }

    /// Whether a service of this kind may answer a query asking for `asked`: it offers a
    /// category asked for (any, when none is), and perpetrators' services and victims'
    /// services never mix.
    fn answers(self, asked: Kind) -> bool {
        (asked.categories == 0 || self.categories & asked.categories != 0)
            && self.perpetrators == asked.perpetrators
    }
}

fn category_bits(cs: &[Category]) -> u16 {
    cs.iter().fold(0u16, |m, c| m | 1 << (*c as u16))
}

/// Below this many services serving a person's territories, they are ranked directly.
const DIRECT_MAX: usize = 512;

impl ServiceIndex {
    /// Indexes the services of a directory (national lines have no point).
    pub(crate) fn new(directory: &Directory) -> Self {
        // Professionals may see more points than the public: index every point, and check
        // what the viewer may see per query.
        let units: Vec<Option<[f64; 3]>> = directory
            .services
            .iter()
            .map(|s| s.location.as_ref()?.point.map(unit))
            .collect();
        let with_point = || {
            units
                .iter()
                .enumerate()
                .filter_map(|(i, u)| u.map(|u| (i as u32, u)))
        };
        // Each service's served territories located once, for both lists below.
        let served: Vec<Box<[u32]>> = directory
            .services
            .iter()
            .map(|s| {
                s.served_area
                    .territories()
                    .iter()
                    .map(|t| {
                        directory
                            .territory_position_of(t)
                            .map_or(u32::MAX, |p| p as u32)
                    })
                    .collect()
            })
            .collect();
        let mut by_area: Vec<Vec<u32>> = vec![Vec::new(); directory.territories.len()];
        for (i, _) in with_point() {
            for &position in served[i as usize].iter().filter(|&&p| p != u32::MAX) {
                by_area[position as usize].push(i);
            }
        }
        let mut seen: std::collections::HashMap<&str, Option<std::sync::Arc<OpeningHours>>> =
            Default::default();
        ServiceIndex {
            tree: RTree::bulk_load(with_point().map(|(i, u)| GeomWithData::new(u, i)).collect()),
            by_category: Category::ALL
                .iter()
                .map(|c| {
                    RTree::bulk_load(
                        with_point()
                            .filter(|(i, _)| directory.services[*i as usize].categories.contains(c))
                            .map(|(i, u)| GeomWithData::new(u, i))
                            .collect(),
                    )
                })
                .collect(),
            hours: directory
                .services
                .iter()
                .map(|s| {
                    let h = s.hours.as_deref()?;
                    seen.entry(h)
                        .or_insert_with(|| h.parse().ok().map(std::sync::Arc::new))
                        .clone()
                })
                .collect(),
            national_hours: directory
                .national
                .iter()
                .map(|s| s.hours.as_deref().and_then(|h| h.parse().ok()))
                .collect(),
            served,
            kinds: directory.services.iter().map(Kind::of).collect(),
            national_kinds: directory.national.iter().map(Kind::of).collect(),
            remote: directory
                .services
                .iter()
                .enumerate()
                .filter(|(_, s)| s.is_remote_line(Viewer::Public))
                .map(|(i, _)| i as u32)
                .collect(),
            by_area,
            by_commune: directory
                .territories
                .iter()
                .map(|_| Default::default())
                .collect(),
            everywhere: with_point()
                .filter(|(i, _)| {
                    directory.services[*i as usize].served_area == ServedArea::National
                })
                .map(|(i, _)| i)
                .collect(),
            units,
        }
    }

    /// The parsed hours of the national line at `position` in `directory.national`.
    pub(crate) fn national_hours(&self, position: usize) -> Option<&OpeningHours> {
        self.national_hours.get(position)?.as_ref()
    }

    /// Ranked services for a person at `point` whose territories are `territories`.
    pub(crate) fn nearest<'a>(
        &self,
        directory: &'a Directory,
        point: Point,
        territories: &[&'a Territory],
        query: &NearestQuery,
    ) -> NearestAnswer<'a> {
        let positions: Vec<u32> = territories
            .iter()
            .map(|t| {
                directory
                    .territory_position(t)
                    .map_or(u32::MAX, |p| p as u32)
            })
            .collect();
        let person = Person {
            directory,
            positions: &positions,
            territories,
        };
        let serving = self.serving(&person);
        self.rank(point, &person, serving.as_deref(), query)
    }

    /// Ranked services for a person at `point` inside `commune` (by position in the directory)
    /// alone, whose territories' positions are `positions`: the services serving them are
    /// listed once per commune.
    pub(crate) fn nearest_in_commune<'a>(
        &self,
        directory: &'a Directory,
        point: Point,
        commune: u32,
        positions: &[u32],
        query: &NearestQuery,
    ) -> NearestAnswer<'a> {
        let person = Person {
            directory,
            positions,
            territories: &[],
        };
        let serving = self.by_commune[commune as usize].get_or_init(|| self.serving(&person));
        self.rank(point, &person, serving.as_deref(), query)
    }

    /// The services with a point that serve `person`, each once, with the territory each serves
    /// them through; `None` when more than [`DIRECT_MAX`] do (they are found by walking the
    /// tree instead).
    fn serving(&self, person: &Person<'_, '_>) -> Option<Box<[Candidate]>> {
        let areas = person
            .positions
            .iter()
            .filter_map(|&p| self.by_area.get(p as usize))
            .chain([&self.everywhere]);
        if areas.clone().map(Vec::len).sum::<usize>() > DIRECT_MAX {
            return None;
        }
        // A service serving two of the territories comes twice.
        let mut all: Vec<u32> = areas.flatten().copied().collect();
        crate::sorting::sort(&mut all);
        all.dedup();
        Some(
            all.into_iter()
                .filter_map(|i| {
                    let s = &person.directory.services[i as usize];
                    let j = person.served_by(s, Some(&self.served[i as usize]))?;
                    Some((i, j.map(|j| j as u32)))
                })
                .collect(),
        )
    }

    /// Ranks the services for a person at `point`: `serving` when they are listed (few serve
    /// the person), else by walking the tree until `query.limit` qualify.
    fn rank<'a>(
        &self,
        point: Point,
        person: &Person<'a, '_>,
        serving: Option<&[Candidate]>,
        query: &NearestQuery,
    ) -> NearestAnswer<'a> {
        let directory = person.directory;
        let from = unit(point);
        // Filters on compact per-service bits first: most candidates are rejected without
        // touching their `Service` (a cache miss each).
        let asked = Kind::asked(query);
        let fits = |i: u32| self.kinds[i as usize].answers(asked);
        // Few services serve the person's territories: rank them directly rather than walking
        // the tree until k qualify (which, when fewer than k qualify, visits every service).
        let direct: Option<Vec<(u32, f64, Option<u32>)>> = serving.map(|serving| {
            let mut c: Vec<(u32, f64, Option<u32>)> = Vec::with_capacity(serving.len());
            c.extend(
                serving
                    .iter()
                    .filter(|(i, _)| fits(*i))
                    .filter_map(|&(i, j)| Some((i, chord2(&from, &self.units[i as usize]?), j))),
            );
            crate::sorting::sort_short_by(&mut c, |a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
            c
        });
        // One of two iterators, held on the stack (a `Box` would be one more allocation).
        // Listed candidates say which territory serves the person (`Some`); walked ones are
        // checked (`None`).
        let (mut listed, mut walked);
        let candidates: &mut dyn Iterator<Item = (u32, f64, Option<Option<u32>>)> = match direct {
            Some(c) => {
                listed = c.into_iter().map(|(i, d2, j)| (i, d2, Some(j)));
                &mut listed
            }
            None => {
                walked = match query.categories[..] {
                    [one] => &self.by_category[one as usize],
                    _ => &self.tree,
                }
                .nearest_neighbor_iter_with_distance_2(&from)
                .map(|(e, d2)| (e.data, d2, None));
                &mut walked
            }
        };
        // Candidates come nearest first. Past the k-th, those at the very same distance are
        // kept too: ties are broken by id below.
        let mut places: Vec<Nearby<'a>> = Vec::with_capacity(query.limit.min(64));
        let mut kth = f64::INFINITY;
        for (i, d2, j) in candidates {
            if query.limit > 0 && places.len() >= query.limit && d2 > kth {
                break;
            }
            let kind = self.kinds[i as usize];
            if !kind.answers(asked) || !kind.has_point(query.viewer) {
                continue;
            }
            let s = &directory.services[i as usize];
            if query.step_free && s.accessibility.step_free != Some(true) {
                continue;
            }
            let serving = match j {
                None => Serving::Check(person, Some(&self.served[i as usize])),
                Some(j) => Serving::Known(person.reason(j.map(|j| j as usize))),
            };
            let matched = kind.categories & asked.categories;
            let Some((opening, reasons)) = select(
                s,
                self.hours[i as usize].as_deref(),
                serving,
                matched,
                query,
            ) else {
                continue;
            };
            // The distance in metres, only for the services kept.
            places.push(Nearby {
                service: s,
                distance_m: Some(arc_m(d2)),
                opening,
                reasons,
            });
            if query.limit > 0 && places.len() == query.limit {
                kth = d2;
            }
        }
        // Ties by id.
        crate::sorting::sort_short_by(&mut places, |a, b| {
            a.distance_m
                .unwrap_or(0.0)
                .total_cmp(&b.distance_m.unwrap_or(0.0))
                .then_with(|| a.service.id.cmp(&b.service.id))
        });
        if query.limit > 0 {
            places.truncate(query.limit);
        }

        let mut remote: Vec<(bool, usize, Nearby<'a>)> = Vec::new();
        let remote_ids: &[u32] = if query.places_only { &[] } else { &self.remote };
        let national_lines: &[Service] = if query.places_only {
            &[]
        } else {
            &directory.national
        };
        let local = remote_ids.iter().map(|&i| {
            (
                &directory.services[i as usize],
                self.kinds[i as usize],
                self.hours[i as usize].as_deref(),
                Some(&*self.served[i as usize]),
                false,
            )
        });
        let national = national_lines
            .iter()
            .zip(&self.national_kinds)
            .zip(&self.national_hours)
            .map(|((s, &kind), h)| (s, kind, h.as_ref(), None, true));
        let lines = local.chain(national).filter(|line| line.1.answers(asked));
        for (position, (s, kind, hours, served, national)) in lines.enumerate() {
            // A remote line has no place the viewer may go to, so it is never among `places`.
            if !s.is_remote_line(query.viewer) {
                continue;
            }
            if let Some((opening, mut reasons)) = select(
                s,
                hours,
                Serving::Check(person, served),
                kind.categories & asked.categories,
                query,
            ) {
                if national {
                    reasons.push(Reason::NationalLine);
                }
                let service = s;
                remote.push((
                    national,
                    position,
                    Nearby {
                        service,
                        distance_m: None,
                        opening,
                        reasons,
                    },
                ));
            }
        }
        let open_rank = |o: OpenState| match o {
            OpenState::Open => 0,
            OpenState::Unknown => 1,
            OpenState::Closed => 2,
        };
        // National lines first, in the directory's order (`national.json` lists them by
        // relevance: the violence lines before allowances), then local lines; open ones first
        // within each.
        crate::sorting::sort_short_by(&mut remote, |(na, pa, a), (nb, pb, b)| {
            (!*na, open_rank(a.opening.state), *pa).cmp(&(!*nb, open_rank(b.opening.state), *pb))
        });
        NearestAnswer {
            places,
            remote: remote.into_iter().map(|(_, _, n)| n).collect(),
        }
    }
}

/// Applies the filters shared by places and remote lines, past their [`Kind`] (which the
/// caller checked: `matched` are the categories asked for that `s` offers, as bits); gives the
/// opening and the reasons.
fn select<'a>(
    s: &'a Service,
    hours: Option<&OpeningHours>,
    serving: Serving<'a, '_>,
    matched: u16,
    q: &NearestQuery,
) -> Option<(Opening, Reasons<'a>)> {
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
    let language = match &q.language {
        Some(lang) => Some(s.languages.iter().find(|l| *l == lang)?),
        None => None,
    };
    let serves = match serving {
        Serving::Known(reason) => reason,
        Serving::Check(person, served) => person.reason(person.served_by(s, served)?),
    };
    let opening = match (hours, q.at) {
        (Some(h), Some(at)) => h.opening_at(at),
        _ => Opening::default(),
    };
    if q.open_only && opening.state != OpenState::Open {
        return None;
    }
    // One category matched (one asked for, as a rule) is read from the bits; several are
    // given in the service's own order.
    let mut reasons = Reasons::default();
    if matched.is_power_of_two() {
        let category = Category::ALL[matched.trailing_zeros() as usize];
        reasons.push(Reason::Category { category });
    } else if matched != 0 {
        for &category in s.categories.iter().filter(|c| q.categories.contains(c)) {
            reasons.push(Reason::Category { category });
        }
    }
    if let Some(language) = language {
        reasons.push(Reason::Language { language });
    }
    reasons.push(serves);
    Some((opening, reasons))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_category_bit_names_its_category() {
        for (i, c) in Category::ALL.iter().enumerate() {
            assert_eq!(category_bits(&[*c]), 1 << i);
        }
    }
}
