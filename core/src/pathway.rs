//! Exit pathways: what to do next, in what order, and who helps with each step here.
//!
//! The steps are data ([`PathwayStep`], in a directory's `pathways.json`) so that a coordinator
//! can adapt them per territory; [`suggest`] orders them for a [`Situation`] and fills each
//! step with its national lines, the best local services and the territory's lead partner.
//! Nothing is scored and nothing is stored: the answers only order and filter the steps.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::directory::Directory;
use crate::hours::{OpenState, Opening};
use crate::nearest::{Nearby, NearestQuery, Reason};
use crate::service::{Audience, Category, Point, Service};
use crate::territory::{LeadPartner, Territory};
use crate::view::Viewer;
use crate::Index;
use serde::ser::SerializeStruct;

/// A text in French and English.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// French.
    pub fr: String,
    /// English.
    pub en: String,
}

/// Who is asking.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The person living with violence.
    #[default]
    Victim,
    /// A relative or friend.
    Relative,
    /// A professional (social worker, gendarme, nurse, teacher).
    Professional,
    /// A perpetrator who wants help to stop.
    Perpetrator,
}

/// The questions a person may answer (all optional).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    /// In danger right now?
    InDangerNow,
    /// Can you speak safely (is nobody listening)?
    CanSpeakSafely,
    /// Are there children at home?
    Children,
    /// Is there sexual violence?
    SexualViolence,
    /// Do you need a place to sleep tonight?
    NeedsShelterTonight,
    /// Do you wish to file a complaint?
    WantsToReport,
    /// Threats to kill, strangulation, a weapon, a recent separation, escalation?
    HeavySignals,
}

impl Question {
    /// Every question, in the order they are asked.
    pub const ALL: [Question; 7] = [
        Question::InDangerNow,
        Question::CanSpeakSafely,
        Question::Children,
        Question::SexualViolence,
        Question::NeedsShelterTonight,
        Question::WantsToReport,
        Question::HeavySignals,
    ];

    /// The name used in files and on the command line (`in_danger_now`).
    pub fn as_str(self) -> &'static str {
        match self {
            Question::InDangerNow => "in_danger_now",
            Question::CanSpeakSafely => "can_speak_safely",
            Question::Children => "children",
            Question::SexualViolence => "sexual_violence",
            Question::NeedsShelterTonight => "needs_shelter_tonight",
            Question::WantsToReport => "wants_to_report",
            Question::HeavySignals => "heavy_signals",
        }
    }
}

/// A condition on one answer: `{"question": "children", "is": true}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The question.
    pub question: Question,
    /// The answer that makes the condition true (an unanswered question never does).
    pub is: bool,
}

/// One step of the exit pathway, as data.
///
/// ```
/// use maillage::PathwayStep;
/// let s: PathwayStep = serde_json::from_str(r#"{
///   "id": "enfants", "title": {"fr": "Enfants", "en": "Children"},
///   "advice": {"fr": "Le 119 répond jour et nuit.", "en": "119 answers day and night."},
///   "categories": ["enfants"], "national": ["119"],
///   "include_if": [{"question": "children", "is": true}]
/// }"#).unwrap();
/// assert_eq!(s.national, vec!["119"]);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathwayStep {
    /// Stable id (`urgence`, `ecoute`, …).
    pub id: String,
    /// Short title.
    pub title: Text,
    /// What to do, in two or three sentences.
    pub advice: Text,
    /// The categories of the services that help with this step.
    pub categories: Vec<Category>,
    /// National lines (ids in `national.json`) for this step, in order of preference.
    #[serde(default)]
    pub national: Vec<String>,
    /// Who sees this step; empty means victims, relatives and professionals.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// The publics this step is for (`jeunes`, `lgbt`…): its local services are only those for
    /// one of them (a service for everyone does not count). Empty: the step is for everyone, and
    /// services for a particular public only (`jeunes`, `enfants` or `lgbt` with no general
    /// public) are left out, so that an adult is never sent to a place that will not receive
    /// them (a Maison des adolescents) and each public finds its places in its own step.
    #[serde(default)]
    pub audiences: Vec<Audience>,
    /// A step for a particular situation (young people, men, LGBT+ people, forced marriage,
    /// suicide risk…) rather than a stage of the exit pathway: it is suggested after the
    /// stages unless an answer makes it urgent, and printed leaflets, which have room for the
    /// stages only, leave it out.
    #[serde(default)]
    pub situation: bool,
    /// The step is shown only when one of these holds (empty: always).
    #[serde(default)]
    pub include_if: Vec<Condition>,
    /// The step is left out when one of these holds.
    #[serde(default)]
    pub exclude_if: Vec<Condition>,
    /// The step moves to the top when one of these holds ("act today").
    #[serde(default)]
    pub urgent_if: Vec<Condition>,
}

/// A person's optional answers and role. Never stored, never sent.
///
/// ```
/// use maillage::{Question, Situation};
/// let s: Situation = "in_danger_now=no,children=yes".parse().unwrap();
/// assert_eq!(s.answer(Question::Children), Some(true));
/// assert_eq!(s.answer(Question::SexualViolence), None);
/// assert!("children=maybe".parse::<Situation>().is_err());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    /// Who is asking.
    #[serde(default)]
    pub role: Role,
    /// The answers given, in any order.
    #[serde(default)]
    pub answers: Vec<(Question, bool)>,
}

impl Situation {
    /// The answer to a question, if given.
    pub fn answer(&self, q: Question) -> Option<bool> {
        self.answers
            .iter()
            .rev()
            .find(|(x, _)| *x == q)
            .map(|(_, a)| *a)
    }

    /// Sets an answer.
    pub fn set(&mut self, q: Question, a: bool) {
        self.answers.retain(|(x, _)| *x != q);
        self.answers.push((q, a));
    }

    fn holds(&self, c: &Condition) -> bool {
        self.answer(c.question) == Some(c.is)
    }
}

impl std::str::FromStr for Situation {
    type Err = String;
    /// `question=yes|no` pairs and `role=victim|relative|professional|perpetrator`, comma-separated.
    fn from_str(s: &str) -> Result<Self, String> {
        let mut out = Situation::default();
        for pair in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (k, v) = pair
                .split_once('=')
                .ok_or_else(|| format!("`{pair}`: expected question=yes|no"))?;
            if k == "role" {
                out.role =
                    serde_json::from_value(serde_json::Value::String(v.into())).map_err(|_| {
                        format!("`{v}`: role is one of victim, relative, professional, perpetrator")
                    })?;
                continue;
            }
            let q = Question::ALL
                .into_iter()
                .find(|q| q.as_str() == k)
                .ok_or_else(|| {
                    let names: Vec<&str> = Question::ALL.iter().map(|q| q.as_str()).collect();
                    format!(
                        "`{k}`: unknown question; expected one of {}, role",
                        names.join(", ")
                    )
                })?;
            let a = match v {
                "yes" | "oui" | "true" => true,
                "no" | "non" | "false" => false,
                _ => return Err(format!("`{v}`: answer yes or no")),
            };
            out.set(q, a);
        }
        Ok(out)
    }
}

/// Why a step is in a suggested pathway, and at its place: a typed code worded by the
/// reader's interface.
///
/// ```
/// use maillage::{Question, StepReason};
/// let r = StepReason::Answer { question: Question::Children, answer: true };
/// assert_eq!(serde_json::to_string(&r).unwrap(),
///            r#"{"code":"answer","question":"children","answer":true}"#);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum StepReason {
    /// A step useful to everyone.
    ForEveryone,
    /// Shown because of an answer.
    Answer {
        /// The question.
        question: Question,
        /// The answer given.
        answer: bool,
    },
    /// Moved to the top because of an answer ("act today").
    Urgent {
        /// The question.
        question: Question,
        /// The answer given.
        answer: bool,
    },
    /// Written contacts first: the person cannot speak safely.
    WrittenFirst,
}

impl StepReason {
    fn answer(c: &Condition) -> Self {
        StepReason::Answer {
            question: c.question,
            answer: c.is,
        }
    }
}

/// One step of a suggested pathway.
#[derive(Clone, Debug, PartialEq)]
pub struct SuggestedStep<'a> {
    /// The definition.
    pub step: &'a PathwayStep,
    /// Why it is there and at this place.
    pub why: Vec<StepReason>,
    /// National lines, silent ones first when the person cannot speak.
    pub national: Vec<Nearby<'a>>,
    /// The best local services: open first, then nearest.
    pub services: Vec<Nearby<'a>>,
    /// The lead partners ("chefs de file") for this step's themes in the person's territories.
    pub leads: Vec<(&'a Territory, &'a LeadPartner)>,
}

impl Serialize for SuggestedStep<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("SuggestedStep", 7)?;
        st.serialize_field("id", &self.step.id)?;
        st.serialize_field("title", &self.step.title)?;
        st.serialize_field("advice", &self.step.advice)?;
        st.serialize_field("why", &self.why)?;
        st.serialize_field("national", &self.national)?;
        st.serialize_field("services", &self.services)?;
        let leads: Vec<crate::territory::LeadView<'_>> = self
            .leads
            .iter()
            .map(|(t, l)| crate::territory::LeadView::new(t, l))
            .collect();
        st.serialize_field("leads", &leads)?;
        st.end()
    }
}

impl SuggestedStep<'_> {
    /// Every contact of the step, in the order shown.
    pub fn contacts(&self) -> impl Iterator<Item = &Nearby<'_>> {
        self.national.iter().chain(&self.services)
    }
}

/// A national line of a step, with its opening at `at` (hours parsed once, by the index).
fn national_contact<'a>(
    index: &'a Index,
    position: usize,
    at: NaiveDateTime,
    reason: Reason<'a>,
) -> Nearby<'a> {
    Nearby {
        service: &index.directory().national[position],
        distance_m: None,
        opening: index
            .national_hours(position)
            .map_or_else(Opening::default, |h| h.opening_at(at)),
        reasons: [reason].into_iter().collect(),
    }
}

/// How many local services a step shows.
pub const SERVICES_PER_STEP: usize = 3;

/// Orders the pathway for a situation, at a place and a Paris wall-clock time.
///
/// Returns `None` when the point is outside the directory's area.
///
/// ```
/// use maillage::{bundle, suggest, Index, Point};
/// let index = Index::new(bundle::decode(include_bytes!("../data/manche.maillage")).unwrap());
/// let granville = Point { lat: 48.8375, lon: -1.5970 };
/// let at = "2026-12-01T22:30:00".parse().unwrap();
/// let steps = suggest(&index, granville, &"in_danger_now=yes".parse().unwrap(), at).unwrap();
/// assert_eq!(steps[0].step.id, "urgence");
/// ```
pub fn suggest<'a>(
    index: &'a Index,
    point: Point,
    situation: &Situation,
    at: NaiveDateTime,
) -> Option<Vec<SuggestedStep<'a>>> {
    let directory: &Directory = index.directory();
    let here = index.locate(point)?;
    let perpetrator = situation.role == Role::Perpetrator;
    let cannot_speak = situation.answer(Question::CanSpeakSafely) == Some(false);
    let viewer = Viewer::professional_if(situation.role == Role::Professional);
    let national_position = |id: &str| directory.national.iter().position(|s| s.id == id);
    let mut steps: Vec<(bool, SuggestedStep<'a>)> = Vec::new();
    for step in &directory.pathways {
        let roles_ok = if step.roles.is_empty() {
            !perpetrator
        } else {
            step.roles.contains(&situation.role)
        };
        if !roles_ok {
            continue;
        }
        let mut why = Vec::new();
        if !step.include_if.is_empty() {
            let Some(c) = step.include_if.iter().find(|c| situation.holds(c)) else {
                continue;
            };
            why.push(StepReason::answer(c));
        } else {
            why.push(StepReason::ForEveryone);
        }
        if step.exclude_if.iter().any(|c| situation.holds(c)) {
            continue;
        }
        let urgent = step.urgent_if.iter().find(|c| situation.holds(c));
        if let Some(c) = urgent {
            why.push(StepReason::Urgent {
                question: c.question,
                answer: c.is,
            });
        }
        let mut national: Vec<Nearby<'a>> = step
            .national
            .iter()
            .filter_map(|id| national_position(id))
            .map(|i| national_contact(index, i, at, Reason::StepLine))
            .collect();
        if cannot_speak {
            // Silent routes first, and no step may start with a voice call.
            for id in ["114", "arretonslesviolences"] {
                if !perpetrator && !national.iter().any(|c| c.service.id == id) {
                    if let Some(i) = national_position(id) {
                        national.push(national_contact(index, i, at, Reason::Written));
                    }
                }
            }
            national = by_rank(national, |c| usize::from(!c.service.is_silent()));
            if !perpetrator {
                why.push(StepReason::WrittenFirst);
            }
        }
        let query = NearestQuery {
            categories: step.categories.clone(),
            // Perpetrators' services only answer the perpetrators' step, and it only shows them.
            audiences: if step.categories.contains(&Category::Auteurs) {
                vec![Audience::Auteurs]
            } else {
                vec![]
            },
            at: Some(at),
            viewer,
            limit: 0,
            ..NearestQuery::default()
        };
        let answer = index.nearest_in(point, &here, &query);
        let mut places: Vec<Nearby<'a>> = answer.places;
        places.retain(|c| fits(step, c.service));
        // Open first, then nearest (the list is already by distance).
        places = by_rank(places, |c| match c.opening.state {
            OpenState::Open => 0,
            OpenState::Unknown => 1,
            OpenState::Closed => 2,
        });
        places.truncate(SERVICES_PER_STEP);
        let any_open = national
            .iter()
            .chain(&places)
            .any(|c| c.opening.state == OpenState::Open);
        if places.is_empty() || !any_open {
            // Nothing near or open: the local remote lines that serve the territory.
            for n in answer
                .remote
                .into_iter()
                .filter(|n| n.service.served_area != crate::ServedArea::National)
                .filter(|n| fits(step, n.service))
            {
                if places.len() >= SERVICES_PER_STEP {
                    break;
                }
                places.push(n);
            }
        }
        if cannot_speak {
            places = by_rank(places, |c| usize::from(!c.service.is_silent()));
        }
        let leads = here
            .territories
            .iter()
            .flat_map(|t| t.leads.iter().map(move |l| (*t, l)))
            .filter(|(_, l)| step.categories.contains(&l.theme))
            .collect();
        steps.push((
            urgent.is_some(),
            SuggestedStep {
                step,
                why,
                national,
                services: places,
                leads,
            },
        ));
    }
    // Urgent steps first, then the pathway's stages, then particular situations; within each,
    // the order of the definitions (stable).
    let steps = by_rank(steps, |(urgent, s)| match (urgent, s.step.situation) {
        (true, _) => 0,
        (false, false) => 1,
        (false, true) => 2,
    });
    Some(steps.into_iter().map(|(_, s)| s).collect())
}

/// A service meant for a particular public only: its audiences name young people, children or
/// LGBT+ people and no general public (everyone, women, men). A Maison des adolescents receives
/// 11–25 year olds and their families, never an adult on their own behalf; a women's shelter
/// that also takes children (`femmes`, `enfants`) is for everyone its step is for.
fn for_a_particular_public(audiences: &[Audience]) -> bool {
    let particular = audiences
        .iter()
        .any(|a| matches!(a, Audience::Jeunes | Audience::Enfants | Audience::Lgbt));
    let general = audiences
        .iter()
        .any(|a| matches!(a, Audience::Tous | Audience::Femmes | Audience::Hommes));
    particular && !general
}

/// Whether a local service belongs in a step: for a step with publics, a service for one of
/// them; for a step for everyone, any service not meant for a particular public only.
fn fits(step: &PathwayStep, service: &Service) -> bool {
    if step.audiences.is_empty() {
        !for_a_particular_public(&service.audiences)
    } else {
        service.audiences.iter().any(|a| step.audiences.contains(a))
    }
}

/// Reorders by a small rank (0, 1, 2), keeping the order within each rank. A bucket pass
/// rather than a stable sort: the widget's WebAssembly carries one copy of a sort per type.
fn by_rank<T>(items: Vec<T>, rank: impl Fn(&T) -> usize) -> Vec<T> {
    let mut buckets: [Vec<T>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for item in items {
        let r = rank(&item).min(2);
        buckets[r].push(item);
    }
    buckets.into_iter().flatten().collect()
}

/// One step of a territory's referral route: every contact that serves the territory.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteStep<'a> {
    /// The definition.
    pub step: &'a PathwayStep,
    /// National lines of the step.
    pub national: Vec<&'a Service>,
    /// Local services serving the territory (or located in it) for this step's categories,
    /// professionals-only contacts included, by name.
    pub services: Vec<&'a Service>,
    /// Lead partners for this step's themes, from the territory and its parents.
    pub leads: Vec<(&'a Territory, &'a LeadPartner)>,
}

impl Serialize for RouteStep<'_> {
    /// `{"id", "title", "national": [ids], "services": [ids], "leads": […]}`: references to the
    /// records, which callers read once (as professionals see them, [`crate::Service::view`]).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let ids =
            |list: &[&'_ Service]| -> Vec<String> { list.iter().map(|s| s.id.clone()).collect() };
        let leads: Vec<crate::territory::LeadView<'_>> = self
            .leads
            .iter()
            .map(|(t, l)| crate::territory::LeadView::new(t, l))
            .collect();
        let mut st = s.serialize_struct("RouteStep", 5)?;
        st.serialize_field("id", &self.step.id)?;
        st.serialize_field("title", &self.step.title)?;
        st.serialize_field("national", &ids(&self.national))?;
        st.serialize_field("services", &ids(&self.services))?;
        st.serialize_field("leads", &leads)?;
        st.end()
    }
}

/// The referral route of a territory for professionals: "who do I call in Villedieu for…".
///
/// Returns `None` for an unknown territory.
///
/// ```
/// use maillage::{bundle, routes, Index};
/// let index = Index::new(bundle::decode(include_bytes!("../data/manche.maillage")).unwrap());
/// let granville = routes(&index, &"epci:200042604".parse().unwrap()).unwrap();
/// assert!(granville.iter().any(|s| s.step.id == "auteurs" && !s.services.is_empty()));
/// ```
pub fn routes<'a>(index: &'a Index, territory: &crate::TerritoryId) -> Option<Vec<RouteStep<'a>>> {
    let d = index.directory();
    let t = d.territory(territory)?;
    // The territory, its parents, and (for a wide territory) the territories inside it.
    let mut related: Vec<&Territory> = vec![t];
    related.extend(t.parents.iter().filter_map(|p| d.territory(p)));
    let inside: Vec<&Territory> = d
        .territories
        .iter()
        .filter(|x| x.parents.contains(territory))
        .collect();
    let communes: Vec<&crate::TerritoryId> = if t.kind == crate::TerritoryKind::Commune {
        vec![&t.id]
    } else {
        inside
            .iter()
            .filter(|x| x.kind == crate::TerritoryKind::Commune)
            .map(|x| &x.id)
            .collect()
    };
    related.extend(inside);
    // The wider territories of its communes serve it too: an EPCI's only parent is the
    // département, but its communes belong to an arrondissement and a court district.
    related.extend(
        communes
            .iter()
            .filter_map(|c| d.territory(c))
            .flat_map(|c| c.parents.iter().filter_map(|p| d.territory(p))),
    );
    crate::sorting::sort_by(&mut related, |a, b| a.id.cmp(&b.id));
    related.dedup_by(|a, b| a.id == b.id);
    let serves = |s: &Service| {
        // National lines are listed apart, by the step.
        matches!(
            s.served_area.serves(|a| related.iter().any(|r| r.id == *a)),
            Some(crate::view::Serves::Territory(_))
        ) || s
            .location
            .as_ref()
            .is_some_and(|l| communes.contains(&&l.commune))
    };
    let mut out = Vec::new();
    for step in &d.pathways {
        let mut services: Vec<&Service> = d
            .services
            .iter()
            .filter(|s| s.categories.iter().any(|c| step.categories.contains(c)))
            // A step for some publics lists their services only; professionals still see
            // young people's services under the general steps.
            .filter(|s| {
                step.audiences.is_empty() || s.audiences.iter().any(|a| step.audiences.contains(a))
            })
            .filter(|s| serves(s))
            .collect();
        crate::sorting::sort_by(&mut services, |a, b| {
            (&a.name, &a.id).cmp(&(&b.name, &b.id))
        });
        let mut leads: Vec<(&Territory, &LeadPartner)> = Vec::new();
        for r in std::iter::once(t).chain(t.parents.iter().filter_map(|p| d.territory(p))) {
            leads.extend(
                r.leads
                    .iter()
                    .filter(|l| step.categories.contains(&l.theme))
                    .map(|l| (r, l)),
            );
        }
        out.push(RouteStep {
            step,
            national: step
                .national
                .iter()
                .filter_map(|id| d.national.iter().find(|s| &s.id == id))
                .collect(),
            services,
            leads,
        });
    }
    Some(out)
}
