//! WebAssembly bindings of [`maillage`] for the `<maillage-finder>` widget and for JS developers.
//!
//! A thin conversion layer: bytes and numbers in, real JS objects out (through
//! `serde-wasm-bindgen`), typed by the TypeScript declarations below, or for hot paths one
//! `Float64Array` per answer ([`Finder::nearest_packed`], [`Finder::locate_packed`]), or the
//! same numbers read in place in the module's memory ([`Answer`], [`Finder::nearest_into`],
//! [`Finder::locate_into`]); errors as JS `Error`s carrying the message. Every decision (matching, ranking, opening hours, pathway order,
//! who may see what) is the core's.
//!
//! Answers are data: they refer to services and territories by their position in the lists
//! read once ([`Finder::services`], [`Finder::territories`]), carry numbers and typed reason
//! codes, and never a sentence: the widget words them in the reader's language.
//!
//! Hostile input is bounded: a bundle past [`bundle::MAX_BUNDLE_BYTES`] is refused before it is
//! parsed, a place query is cut at [`MAX_QUERY_CHARS`] characters, a list of answers at
//! [`MAX_LIMIT`], a territory id at [`MAX_ID_CHARS`], a map's points at [`MAX_MAP_POINTS`], a
//! passphrase at [`MAX_PASSPHRASE_CHARS`].
//!
//! With the feature `pro` (the second module `maillage_pro.js` of `cargo xtask dist`),
//! `Finder.openProfessional(bytes, passphrase)` opens the professional bundle; a wrong
//! passphrase throws an `Error` named `WrongPassphraseError`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime};
use maillage::{
    bundle, Index, MapFrame, NearestQuery, Point, Question, Role, Situation, TerritoryId, Viewer,
};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The longest place query read, in characters; longer ones are cut (no place name is longer).
pub const MAX_QUERY_CHARS: usize = 100;
/// The most answers a list holds (`limit` of `places` and `nearest`); larger limits are lowered.
pub const MAX_LIMIT: usize = 100;
/// The longest territory id accepted, in characters.
pub const MAX_ID_CHARS: usize = 64;
/// The most points a map draws.
pub const MAX_MAP_POINTS: usize = 1000;
/// The longest passphrase accepted, in characters.
pub const MAX_PASSPHRASE_CHARS: usize = 1024;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A closed vocabulary term (see the crate's `Category`, `Audience`, `AccessMode`). */
export type Category = "urgence" | "ecoute" | "hebergement" | "soins" | "plainte" | "juridique"
  | "protection" | "social" | "psy" | "enfants" | "sante-sexuelle" | "auteurs";
export type Audience = "tous" | "femmes" | "hommes" | "jeunes" | "enfants" | "lgbt" | "proches"
  | "professionnels" | "auteurs";
export type AccessMode = "telephone" | "sms" | "en-ligne" | "sur-place" | "rendez-vous" | "permanence";
export type Question = "in_danger_now" | "can_speak_safely" | "children" | "sexual_violence"
  | "needs_shelter_tonight" | "wants_to_report" | "heavy_signals";
export type Role = "victim" | "relative" | "professional" | "perpetrator";
export type Viewer = "public" | "professional";
export type OpenState = "open" | "closed" | "unknown";

/** Open now or not; when it changes (Paris time, ISO 8601 with offset) and to what. */
export interface Opening { state: OpenState; next_change: string | null; next_state: OpenState | null }

/** Why a service was chosen: a code with its parameters, to word in the reader's language. */
export type Reason =
  | { code: "category"; category: Category }
  | { code: "language"; language: string }
  | { code: "serves-country" }
  | { code: "serves-territory"; territory: string; name: string }
  | { code: "national-line" }
  | { code: "step-line" }
  | { code: "written" };

/** Why a pathway step is shown, and at its place. */
export type StepReason =
  | { code: "for-everyone" }
  | { code: "answer"; question: Question; answer: boolean }
  | { code: "urgent"; question: Question; answer: boolean }
  | { code: "written-first" };

/** One service chosen: `service` is its position in `finder.services(viewer)`. */
export interface Nearby { service: number; distance_m: number | null; opening: Opening; reasons: Reason[] }
export interface NearestAnswer { places: Nearby[]; remote: Nearby[] }

export interface Contact { kind: "phone" | "sms" | "email" | "web"; href: string; display: string;
  label: string | null; professionals_only: boolean }
/** `precision: "commune"`: the point is the commune's, not the door's (say "in the commune of …"). */
export interface ServiceLocation { commune: string; address: string | null; postcode: string | null;
  point: { lat: number; lon: number } | null; precision: "address" | "commune"; confidential: boolean }
export interface Source { title: string; url: string | null; status: "verified" | "to-verify";
  verified_on: string | null; published_on: string | null }
/** A record as a viewer may see it (professionals-only contacts only for professionals). */
export interface ServiceRecord { id: string; name: string; organisation: string; description: string | null;
  categories: Category[]; audiences: Audience[]; access: AccessMode[]; hours: string | null;
  contacts: Contact[]; location: ServiceLocation | null; national: boolean; languages: string[];
  step_free: boolean | null; accessibility: string | null; free: boolean | null; anonymous: boolean | null;
  conditions: string | null; source: Source | null; verified_on: string | null }

export interface TerritoryRecord { id: string; kind: string; name: string }
/** A directory's texts in one more language (a JSON file `Metadata.translations` names):
 *  steps by id, national lines by id. */
export interface LanguageTexts {
  steps: Record<string, { title: string; advice: string }>;
  national: Record<string, { description: string | null; conditions: string | null }>;
}
/** The territories at a point, as positions in `finder.territories()`, most specific first. */
export interface Located { territories: number[]; approximate: boolean; distance_m: number | null }
export interface PlaceMatch { id: string; name: string; postcodes: string[]; lat: number; lon: number;
  via: string | null; match: "exact" | "prefix" | "word-prefix" | "typo" }

export interface Filters { categories?: Category[]; audiences?: Audience[]; access?: AccessMode[];
  open_only?: boolean; language?: string; step_free?: boolean; viewer?: Viewer; limit?: number;
  /** Leave out the remote lines (phone, SMS, online): places only, faster. */
  places_only?: boolean }
export interface SituationInput { role?: Role; answers?: Partial<Record<Question, boolean>> }

export interface Text { fr: string; en: string }
export interface Lead { territory: string; territory_name: string; theme: Category; partner: string; service: string | null }
export interface SuggestedStep { id: string; title: Text; advice: Text; why: StepReason[];
  national: Nearby[]; services: Nearby[]; leads: Lead[] }
export interface RouteStep { id: string; title: Text; national: number[]; services: number[]; leads: Lead[] }

export interface Metadata { metadata: { name: string; scope: string; sample: boolean; attribution: string[];
  built_on: string | null; [key: string]: unknown };
  categories: Category[]; questions: Question[];
  /** The directory's texts in more languages, each a JSON file (`LanguageTexts`) beside the
   *  bundle, to fetch with its integrity. */
  translations: { language: string; file: string; integrity: string }[] }
export interface MapView { width: number; height: number; outline: string; points: number[] }
"#;

/// The filters of [`Finder::nearest`].
#[derive(serde::Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct Filters {
    categories: Vec<maillage::Category>,
    audiences: Vec<maillage::Audience>,
    access: Vec<maillage::AccessMode>,
    open_only: bool,
    language: Option<String>,
    step_free: bool,
    viewer: Viewer,
    limit: Option<usize>,
    places_only: bool,
}

/// A situation as JS writes it: `{role: "relative", answers: {children: true}}`.
#[derive(serde::Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct SituationInput {
    role: Role,
    answers: HashMap<Question, bool>,
}

#[derive(Serialize)]
struct Metadata<'a> {
    metadata: &'a maillage::Metadata,
    categories: &'static [maillage::Category],
    questions: [Question; 7],
    translations: &'a [maillage::TextsFile],
}

#[derive(Serialize)]
struct TerritoryRecord<'a> {
    id: &'a TerritoryId,
    kind: &'a maillage::TerritoryKind,
    name: &'a str,
}

#[derive(Serialize)]
struct Located {
    territories: Vec<u32>,
    approximate: bool,
    distance_m: Option<f64>,
}

/// A nearby service, referred to by position.
#[derive(Serialize)]
struct Nearby<'a> {
    service: u32,
    distance_m: Option<f64>,
    opening: maillage::Opening,
    reasons: &'a [maillage::Reason<'a>],
}

#[derive(Serialize)]
struct NearestAnswer<'a> {
    places: Vec<Nearby<'a>>,
    remote: Vec<Nearby<'a>>,
}

#[derive(Serialize)]
struct SuggestedStep<'a> {
    id: &'a str,
    title: &'a maillage::Text,
    advice: &'a maillage::Text,
    why: &'a [maillage::StepReason],
    national: Vec<Nearby<'a>>,
    services: Vec<Nearby<'a>>,
    leads: Vec<Lead<'a>>,
}

#[derive(Serialize)]
struct RouteStep<'a> {
    id: &'a str,
    title: &'a maillage::Text,
    national: Vec<u32>,
    services: Vec<u32>,
    leads: Vec<Lead<'a>>,
}

#[derive(Serialize)]
struct Lead<'a> {
    territory: &'a TerritoryId,
    territory_name: &'a str,
    theme: maillage::Category,
    partner: &'a str,
    service: Option<&'a str>,
}

#[derive(Serialize)]
struct Steps<T> {
    steps: Vec<T>,
}

#[derive(Serialize)]
struct MapView {
    width: f64,
    height: f64,
    outline: String,
    points: Vec<f64>,
}

/// A loaded directory, ready to answer the widget's questions.
#[wasm_bindgen]
pub struct Finder {
    index: Index,
    /// Position of every service (local ones, then national lines) by id.
    positions: HashMap<String, u32>,
}

/// Real JS objects; maps as plain objects, absent values as `null`.
fn js(v: &impl Serialize) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

fn paris(now_ms: f64) -> Result<NaiveDateTime, JsError> {
    DateTime::from_timestamp_millis(now_ms as i64)
        .map(|t| maillage::calendar::utc_to_paris(t.naive_utc()))
        .ok_or_else(|| JsError::new("invalid time"))
}

fn point(lat: f64, lon: f64) -> Result<Point, JsError> {
    if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) {
        Ok(Point { lat, lon })
    } else {
        Err(JsError::new("latitude or longitude out of range"))
    }
}

fn parse<T: std::str::FromStr>(what: &str, text: &str) -> Result<T, JsError>
where
    T::Err: std::fmt::Display,
{
    if text.chars().count() > MAX_ID_CHARS {
        return Err(JsError::new(&format!(
            "{what}: more than {MAX_ID_CHARS} characters"
        )));
    }
    text.parse()
        .map_err(|e: T::Err| JsError::new(&format!("{what}: {e}")))
}

fn input<T: serde::de::DeserializeOwned + Default>(what: &str, v: JsValue) -> Result<T, JsError> {
    if v.is_undefined() || v.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(v).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

/// The core's query for filters (bounded), without its time.
fn prepare(f: Filters) -> Result<NearestQuery, JsError> {
    if f.language
        .as_ref()
        .is_some_and(|l| l.chars().count() > MAX_ID_CHARS)
    {
        return Err(JsError::new(&format!(
            "filters: language: more than {MAX_ID_CHARS} characters"
        )));
    }
    Ok(NearestQuery {
        categories: f.categories,
        audiences: f.audiences,
        access: f.access,
        at: None,
        open_only: f.open_only,
        language: f.language,
        step_free: f.step_free,
        viewer: f.viewer,
        limit: f.limit.unwrap_or(10).min(MAX_LIMIT),
        places_only: f.places_only,
    })
}

/// Filters read once, for [`Finder::nearest_packed`]: a hot path (a map's many points, a
/// bulk job) asks with the same filters many times, and reading a JS object costs more than
/// the query itself.
#[wasm_bindgen]
pub struct Query {
    /// Its time (`at`, Paris wall-clock time) is set per call: no copy of the filters.
    query: std::cell::RefCell<NearestQuery>,
    /// The moment `at` was set from, in epoch milliseconds (`NaN` before the first call).
    asked_ms: std::cell::Cell<f64>,
}

#[wasm_bindgen]
impl Query {
    /// Reads filters (as [`Finder::nearest`] takes them) once.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "Filters")] filters: JsValue,
    ) -> Result<Query, JsError> {
        Ok(Query {
            query: std::cell::RefCell::new(prepare(input("filters", filters)?)?),
            asked_ms: std::cell::Cell::new(f64::NAN),
        })
    }
}

/// A buffer in the module's memory that [`Finder::nearest_into`] and [`Finder::locate_into`]
/// write their numbers into, for JS to read in place: the fastest crossing, with no array made
/// per answer. Read it through a `Float64Array` over the module's memory (`memory`, from what
/// `init` or `initSync` returned):
///
/// ```js
/// const wasm = initSync({ module });
/// const answer = new Answer();
/// const count = finder.nearestInto(lat, lon, query, Date.now(), answer); // -1: outside, -2: bad input
/// const numbers = new Float64Array(wasm.memory.buffer, answer.offset, count);
/// ```
///
/// The numbers stay valid until the next call that writes into this buffer; read `offset`
/// after each call (the buffer moves when an answer outgrows it), and make a new view when
/// the memory has grown (the old view's `byteLength` is then 0).
#[wasm_bindgen]
#[derive(Default)]
pub struct Answer {
    numbers: std::cell::RefCell<Vec<f64>>,
}

#[wasm_bindgen]
impl Answer {
    /// An empty buffer, with room for 16 rows (a map's places); it grows when an answer needs
    /// more.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Answer {
        Answer {
            numbers: std::cell::RefCell::new(Vec::with_capacity(NEAREST_ROW * 16)),
        }
    }

    /// Where the numbers start in the module's memory, in bytes.
    #[wasm_bindgen(getter)]
    pub fn offset(&self) -> usize {
        self.numbers.borrow().as_ptr() as usize
    }
}

impl Answer {
    /// Replaces the numbers with what `write` appends: how many, or -1 when it wrote no answer
    /// (outside the area).
    fn fill(
        &self,
        write: impl FnOnce(&mut Vec<f64>) -> Result<bool, JsError>,
    ) -> Result<i32, JsError> {
        let mut out = self.numbers.borrow_mut();
        out.clear();
        Ok(if write(&mut out)? {
            out.len() as i32
        } else {
            -1
        })
    }
}

/// A read-in-place call's number: its count, or [`UNREADABLE`] for an input it cannot read.
/// A bare number crosses into JS as it is, where a `Result` crosses as an array made per call
/// (about 7 % of a Manche `nearestInto`, measured).
fn count_or_unreadable(result: Result<i32, JsError>) -> i32 {
    result.unwrap_or(UNREADABLE)
}

/// What [`Finder::nearest_into`] and [`Finder::locate_into`] return for a latitude or longitude
/// out of range, or a time they cannot read, instead of throwing as the other calls do.
const UNREADABLE: i32 = -2;

/// The position of `x` in `list` when `x` is one of its elements (a reference the core handed
/// out), found from its address: no text hashed or compared.
fn position_in<T>(list: &[T], x: &T) -> Option<usize> {
    let offset = (x as *const T as usize).wrapping_sub(list.as_ptr() as usize);
    let i = offset / std::mem::size_of::<T>().max(1);
    list.get(i).filter(|y| std::ptr::eq(*y, x)).map(|_| i)
}

/// Numbers per service in [`Finder::nearest_packed`]'s answer.
pub const NEAREST_ROW: usize = 8;

/// Numbers per service in [`Finder::nearest_packed`]'s answer ([`NEAREST_ROW`]), for JS.
#[wasm_bindgen(js_name = nearestRow)]
pub fn nearest_row() -> usize {
    NEAREST_ROW
}

/// An open state as a number in packed answers: 0 unknown, 1 open, 2 closed.
fn state_number(s: maillage::OpenState) -> f64 {
    match s {
        maillage::OpenState::Unknown => 0.0,
        maillage::OpenState::Open => 1.0,
        maillage::OpenState::Closed => 2.0,
    }
}

impl Finder {
    /// A service's position in `services()` (local services, then national lines): from its
    /// address when it is one of the directory's records (no text hashed), else by id.
    fn position(&self, s: &maillage::Service) -> u32 {
        let d = self.index.directory();
        position_in(&d.services, s)
            .or_else(|| position_in(&d.national, s).map(|i| d.services.len() + i))
            .map(|i| i as u32)
            .or_else(|| self.positions.get(&s.id).copied())
            .unwrap_or(u32::MAX)
    }

    /// Appends [`Finder::locate_packed`]'s numbers to `out`; false outside the area.
    fn write_locate(&self, lat: f64, lon: f64, out: &mut Vec<f64>) -> Result<bool, JsError> {
        let Some(here) = self.index.locate(point(lat, lon)?) else {
            return Ok(false);
        };
        out.push(here.distance_m.unwrap_or(f64::NAN));
        out.extend(
            here.territories
                .iter()
                .map(|t| f64::from(self.located_position(t))),
        );
        Ok(true)
    }

    /// Appends [`Finder::nearest_packed`]'s rows to `out`; false outside the area.
    fn write_nearest(
        &self,
        lat: f64,
        lon: f64,
        query: &Query,
        now_ms: f64,
        out: &mut Vec<f64>,
    ) -> Result<bool, JsError> {
        let here = point(lat, lon)?;
        let mut filters = query.query.borrow_mut();
        // A map's many points are asked at one time: its Paris time is computed once.
        if query.asked_ms.get() != now_ms || filters.at.is_none() {
            filters.at = Some(paris(now_ms)?);
            query.asked_ms.set(now_ms);
        }
        let Some(answer) = self.index.nearest(here, &filters) else {
            return Ok(false);
        };
        out.reserve(NEAREST_ROW * (answer.places.len() + answer.remote.len()));
        for n in answer.places.iter().chain(&answer.remote) {
            self.pack(n, out);
        }
        Ok(true)
    }

    /// Writes one answer row (see [`Finder::nearest_packed`]).
    fn pack(&self, n: &maillage::Nearby<'_>, out: &mut Vec<f64>) {
        let (mut categories, mut flags, mut territory) = (0u32, 0u32, f64::NAN);
        for r in &n.reasons {
            match r {
                maillage::Reason::Category { category } => categories |= 1 << (*category as u32),
                maillage::Reason::Language { .. } => flags |= 1,
                maillage::Reason::ServesCountry => flags |= 2,
                maillage::Reason::ServesTerritory { territory: t, .. } => {
                    territory = f64::from(self.territory_position(t))
                }
                maillage::Reason::NationalLine => flags |= 4,
                maillage::Reason::StepLine => flags |= 8,
                maillage::Reason::Written => flags |= 16,
            }
        }
        let utc_ms = |t: NaiveDateTime| {
            maillage::calendar::paris_to_utc(t)
                .and_utc()
                .timestamp_millis() as f64
        };
        out.extend([
            f64::from(self.position(n.service)),
            n.distance_m.map_or(f64::NAN, f64::round),
            state_number(n.opening.state),
            n.opening.next_change.map_or(f64::NAN, utc_ms),
            n.opening.next_state.map_or(f64::NAN, state_number),
            f64::from(categories),
            f64::from(flags),
            territory,
        ]);
    }

    fn nearby<'a>(&self, n: &'a maillage::Nearby<'a>) -> Nearby<'a> {
        Nearby {
            service: self.position(n.service),
            distance_m: n.distance_m.map(f64::round),
            opening: n.opening,
            reasons: &n.reasons,
        }
    }

    /// The position of a territory the core located (its address, else its id).
    fn located_position(&self, t: &maillage::Territory) -> u32 {
        let all = &self.index.directory().territories;
        position_in(all, t).map_or_else(|| self.territory_position(&t.id), |i| i as u32)
    }

    /// The position of the territory with this id: from the id's address when it is the `id`
    /// of one of the directory's records (the core's reasons name the person's territories
    /// so), else by a search.
    fn territory_position(&self, id: &TerritoryId) -> u32 {
        let all = &self.index.directory().territories;
        // The record whose `id` field this would be; the address comparison confirms it.
        let record = (id as *const TerritoryId as usize)
            .wrapping_sub(std::mem::offset_of!(maillage::Territory, id))
            .wrapping_sub(all.as_ptr() as usize)
            / std::mem::size_of::<maillage::Territory>();
        if all.get(record).is_some_and(|t| std::ptr::eq(&t.id, id)) {
            return record as u32;
        }
        all.binary_search_by(|t| t.id.cmp(id))
            .map_or(u32::MAX, |i| i as u32)
    }
}

fn leads<'a>(list: &[(&'a maillage::Territory, &'a maillage::LeadPartner)]) -> Vec<Lead<'a>> {
    list.iter()
        .map(|(t, l)| Lead {
            territory: &t.id,
            territory_name: &t.name,
            theme: l.theme,
            partner: &l.partner,
            service: l.service.as_deref(),
        })
        .collect()
}

#[wasm_bindgen]
impl Finder {
    /// Loads a bundle (`.maillage` bytes); a JS `Error` says why when it cannot (a
    /// professional bundle opens only with `Finder.openProfessional` of the module built with the feature `pro`).
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: &[u8]) -> Result<Finder, JsError> {
        let directory = bundle::decode(bytes).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Finder::with(directory))
    }

    /// Opens the professional bundle (`MAILLAGE-PRO…` bytes) with its passphrase (feature
    /// `pro`: the module `maillage_pro.js`). Throws an `Error` named `WrongPassphraseError`
    /// when the passphrase is wrong (or the file altered), a plain `Error` saying why otherwise.
    /// The passphrase is used once and kept nowhere.
    #[cfg(feature = "pro")]
    #[wasm_bindgen(js_name = openProfessional)]
    pub fn open_professional(bytes: &[u8], passphrase: &str) -> Result<Finder, JsValue> {
        use maillage::pro::{open, ProError};
        let error = |name: &str, message: String| -> JsValue {
            let e = js_sys::Error::new(&message);
            e.set_name(name);
            e.into()
        };
        if passphrase.chars().count() > MAX_PASSPHRASE_CHARS {
            return Err(error(
                "Error",
                format!("passphrase: more than {MAX_PASSPHRASE_CHARS} characters"),
            ));
        }
        match open(bytes, passphrase) {
            Ok(directory) => Ok(Finder::with(directory)),
            Err(e @ ProError::WrongPassphrase) => Err(error("WrongPassphraseError", e.to_string())),
            Err(e) => Err(error("Error", e.to_string())),
        }
    }
}

impl Finder {
    fn with(directory: maillage::Directory) -> Finder {
        let positions = directory
            .services
            .iter()
            .chain(&directory.national)
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i as u32))
            .collect();
        Finder {
            index: Index::new(directory),
            positions,
        }
    }
}

#[wasm_bindgen]
impl Finder {
    /// The directory's metadata, vocabularies and pathway questions.
    #[wasm_bindgen(unchecked_return_type = "Metadata")]
    pub fn metadata(&self) -> Result<JsValue, JsError> {
        js(&Metadata {
            metadata: &self.index.directory().metadata,
            categories: maillage::Category::ALL,
            questions: Question::ALL,
            translations: &self.index.directory().translations.apart,
        })
    }

    /// Every service as `viewer` (`"public"` or `"professional"`) may see it: local services,
    /// then national lines. Answers refer to them by position in this list; read it once.
    #[wasm_bindgen(unchecked_return_type = "ServiceRecord[]")]
    pub fn services(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Viewer")] viewer: JsValue,
    ) -> Result<JsValue, JsError> {
        let viewer: Viewer = input("viewer", viewer)?;
        let d = self.index.directory();
        let views: Vec<maillage::ServiceView<'_>> = d
            .services
            .iter()
            .chain(&d.national)
            .map(|s| s.view(viewer))
            .collect();
        js(&views)
    }

    /// Every territory (id, kind, name), sorted by id. Answers refer to them by position.
    #[wasm_bindgen(unchecked_return_type = "TerritoryRecord[]")]
    pub fn territories(&self) -> Result<JsValue, JsError> {
        let list: Vec<TerritoryRecord<'_>> = self
            .index
            .directory()
            .territories
            .iter()
            .map(|t| TerritoryRecord {
                id: &t.id,
                kind: &t.kind,
                name: &t.name,
            })
            .collect();
        js(&list)
    }

    /// Places matching what someone typed, best first (the query cut at [`MAX_QUERY_CHARS`]
    /// characters, `limit` lowered to [`MAX_LIMIT`]).
    #[wasm_bindgen(unchecked_return_type = "PlaceMatch[]")]
    pub fn places(&self, query: &str, limit: usize) -> Result<JsValue, JsError> {
        let query = match query.char_indices().nth(MAX_QUERY_CHARS) {
            Some((cut, _)) => &query[..cut],
            None => query,
        };
        js(&self.index.places(query, limit.min(MAX_LIMIT)))
    }

    /// The territories at a point, or `null` outside the directory's area.
    #[wasm_bindgen(unchecked_return_type = "Located | null")]
    pub fn locate(&self, lat: f64, lon: f64) -> Result<JsValue, JsError> {
        let Some(here) = self.index.locate(point(lat, lon)?) else {
            return Ok(JsValue::NULL);
        };
        js(&Located {
            territories: here
                .territories
                .iter()
                .map(|t| self.located_position(t))
                .collect(),
            approximate: here.approximate,
            distance_m: here.distance_m,
        })
    }

    /// [`Finder::locate`] as numbers, for hot paths: `[distance_m, t₀, t₁, …]`, where
    /// `distance_m` is the distance to the nearest commune's edge when the point is outside
    /// every commune (at sea, `approximate`), `NaN` otherwise, and `t₀, t₁, …` the territories'
    /// positions in `territories()`, most specific first; `undefined` outside the area.
    /// One typed array crosses instead of an object per answer.
    #[wasm_bindgen(js_name = locatePacked)]
    pub fn locate_packed(&self, lat: f64, lon: f64) -> Result<Option<Vec<f64>>, JsError> {
        let mut out = Vec::new();
        Ok(self.write_locate(lat, lon, &mut out)?.then_some(out))
    }

    /// [`Finder::locate_packed`] written into `answer`, read in place (see [`Answer`]): how
    /// many numbers it holds, -1 outside the area, or -2 for a latitude or longitude out of
    /// range (no exception, for speed).
    #[wasm_bindgen(js_name = locateInto)]
    pub fn locate_into(&self, lat: f64, lon: f64, answer: &Answer) -> i32 {
        count_or_unreadable(answer.fill(|out| self.write_locate(lat, lon, out)))
    }

    /// [`Finder::nearest`] as numbers, for hot paths (a map's many points, bulk jobs): the
    /// filters read once (`new Query(filters)`), and one typed array per answer instead of an
    /// object per service. `undefined` outside the area. Rows of [`NEAREST_ROW`] (8) numbers,
    /// the places nearest first, then the remote lines (`distance_m` is `NaN`):
    ///
    /// | column | meaning |
    /// |---|---|
    /// | 0 | the service's position in `services(viewer)` |
    /// | 1 | distance in metres, rounded; `NaN` for a remote line |
    /// | 2 | open state now: 0 unknown, 1 open, 2 closed |
    /// | 3 | next change, milliseconds since the epoch (UTC); `NaN` when none is known |
    /// | 4 | the state it changes to (0, 1, 2), `NaN` when none |
    /// | 5 | reason: categories matched, bit *i* for `metadata().categories[i]` |
    /// | 6 | reasons as bits: 1 language spoken, 2 serves the country, 4 national line, 8 line of this step, 16 reachable in writing |
    /// | 7 | reason: the territory served, position in `territories()`; `NaN` when it serves the country |
    #[wasm_bindgen(js_name = nearestPacked)]
    pub fn nearest_packed(
        &self,
        lat: f64,
        lon: f64,
        query: &Query,
        now_ms: f64,
    ) -> Result<Option<Vec<f64>>, JsError> {
        let mut out = Vec::new();
        Ok(self
            .write_nearest(lat, lon, query, now_ms, &mut out)?
            .then_some(out))
    }

    /// [`Finder::nearest_packed`] written into `answer`, read in place (see [`Answer`]): how
    /// many numbers it holds (rows of [`NEAREST_ROW`]), -1 outside the area, or -2 for a
    /// latitude or longitude out of range or an unreadable time (no exception, for speed).
    #[wasm_bindgen(js_name = nearestInto)]
    pub fn nearest_into(
        &self,
        lat: f64,
        lon: f64,
        query: &Query,
        now_ms: f64,
        answer: &Answer,
    ) -> i32 {
        count_or_unreadable(answer.fill(|out| self.write_nearest(lat, lon, query, now_ms, out)))
    }

    /// Services near a point, or `null` outside the area. `filters`:
    /// `{categories: ["ecoute"], viewer: "public", limit: 10, open_only: false}`.
    #[wasm_bindgen(unchecked_return_type = "NearestAnswer | null")]
    pub fn nearest(
        &self,
        lat: f64,
        lon: f64,
        #[wasm_bindgen(unchecked_param_type = "Filters")] filters: JsValue,
        now_ms: f64,
    ) -> Result<JsValue, JsError> {
        let mut query = prepare(input("filters", filters)?)?;
        query.at = Some(paris(now_ms)?);
        let Some(answer) = self.index.nearest(point(lat, lon)?, &query) else {
            return Ok(JsValue::NULL);
        };
        js(&NearestAnswer {
            places: answer.places.iter().map(|n| self.nearby(n)).collect(),
            remote: answer.remote.iter().map(|n| self.nearby(n)).collect(),
        })
    }

    /// The suggested pathway for a situation (`{role: "relative", answers: {children: true}}`),
    /// or `null` outside the area.
    #[wasm_bindgen(unchecked_return_type = "{ steps: SuggestedStep[] } | null")]
    pub fn pathway(
        &self,
        lat: f64,
        lon: f64,
        #[wasm_bindgen(unchecked_param_type = "SituationInput")] situation: JsValue,
        now_ms: f64,
    ) -> Result<JsValue, JsError> {
        let input: SituationInput = input("situation", situation)?;
        let mut situation = Situation {
            role: input.role,
            ..Situation::default()
        };
        // In the questions' own order, so that the same answers give the same situation.
        for q in Question::ALL {
            if let Some(a) = input.answers.get(&q) {
                situation.set(q, *a);
            }
        }
        let Some(steps) =
            maillage::suggest(&self.index, point(lat, lon)?, &situation, paris(now_ms)?)
        else {
            return Ok(JsValue::NULL);
        };
        js(&Steps {
            steps: steps
                .iter()
                .map(|s| SuggestedStep {
                    id: &s.step.id,
                    title: &s.step.title,
                    advice: &s.step.advice,
                    why: &s.why,
                    national: s.national.iter().map(|n| self.nearby(n)).collect(),
                    services: s.services.iter().map(|n| self.nearby(n)).collect(),
                    leads: leads(&s.leads),
                })
                .collect(),
        })
    }

    /// A territory's referral route for professionals; services by position in
    /// `finder.services("professional")`.
    #[wasm_bindgen(unchecked_return_type = "{ steps: RouteStep[] }")]
    pub fn routes(&self, territory: &str) -> Result<JsValue, JsError> {
        let id: TerritoryId = parse("territory", territory)?;
        let steps = maillage::routes(&self.index, &id)
            .ok_or_else(|| JsError::new(&format!("unknown territory `{id}`")))?;
        js(&Steps {
            steps: steps
                .iter()
                .map(|r| RouteStep {
                    id: &r.step.id,
                    title: &r.step.title,
                    national: r.national.iter().map(|s| self.position(s)).collect(),
                    services: r.services.iter().map(|s| self.position(s)).collect(),
                    leads: leads(&r.leads),
                })
                .collect(),
        })
    }

    /// An SVG drawing of a territory with points on it: `points` is `[lat, lon, lat, lon, …]`,
    /// the answer's `points` is `[x, y, x, y, …]` in drawing units.
    #[wasm_bindgen(unchecked_return_type = "MapView")]
    pub fn map(&self, territory: &str, width: f64, points: &[f64]) -> Result<JsValue, JsError> {
        let id: TerritoryId = parse("territory", territory)?;
        if points.len() > 2 * MAX_MAP_POINTS {
            return Err(JsError::new(&format!(
                "points: more than {MAX_MAP_POINTS} points"
            )));
        }
        let t = self
            .index
            .directory()
            .territory(&id)
            .ok_or_else(|| JsError::new(&format!("unknown territory `{id}`")))?;
        let frame =
            MapFrame::fit(&t.geometry, width).ok_or_else(|| JsError::new("empty territory"))?;
        let projected: Vec<f64> = points
            .chunks_exact(2)
            .flat_map(|p| {
                let (x, y) = frame.project(Point {
                    lat: p[0],
                    lon: p[1],
                });
                [(x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0]
            })
            .collect();
        js(&MapView {
            width: frame.width,
            height: frame.height,
            outline: frame.path(&t.geometry),
            points: projected,
        })
    }
}
