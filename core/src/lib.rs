//! # maillage
//!
//! Find help nearby and the next steps out of domestic, sexual and gender-based violence.
//! This crate is the pure-Rust core: it models a territory's directory of help and answers
//! questions about it. It does no I/O: callers hand it text and bytes.
//!
//! ## Catalogue
//!
//! **Territories** — [`Territory`], [`TerritoryId`] (`kind:code`), [`TerritoryKind`]
//! (communes, EPCI, arrondissements, départements, court districts, custom areas),
//! [`LeadPartner`] ("chef de file" per theme), [`Place`] (names people type, former communes
//! included).
//!
//! **Services** — [`Service`] (one contact point) with the closed vocabularies [`Category`],
//! [`Audience`], [`AccessMode`], [`Visibility`]; [`Contact`], [`Location`], [`ServedArea`],
//! [`Source`], [`PhoneNumber`], [`OpeningHours`].
//!
//! **Questions** — [`Index`] answers "where am I" ([`Index::locate`] → [`Located`]), "which
//! place is that" ([`Index::places`] → [`PlaceMatch`], see [`fold`]) and "what is nearest and
//! open" ([`Index::nearest`] with a [`NearestQuery`] → [`NearestAnswer`] of [`Nearby`]);
//! opening hours are evaluated in Paris time with French public holidays ([`OpenState`],
//! [`public_holiday`], [`utc_to_paris`]).
//!
//! **Pathways** — [`PathwayStep`]s are data; [`suggest`] orders them for a [`Situation`]
//! (optional answers to a few [`Question`]s and a [`Role`]) into [`SuggestedStep`]s with national
//! lines, local services and lead partners.
//!
//! **Maps** — [`MapFrame`] draws territories as SVG paths, locally.
//!
//! **Directory** — [`Directory`] and its [`Metadata`]; [`load`] builds one from the files of a
//! directory folder ([`SourceFile`]), [`validate`] reports every problem as a [`Problem`] in a
//! [`Report`]; [`bundle`] writes and reads the compact file the CLI and the widget load.
//!
//! ```
//! let bytes = include_bytes!("../../data/manche.maillage");
//! let directory = maillage::bundle::decode(bytes).unwrap();
//! assert_eq!(directory.metadata.scope.as_str(), "departement:50");
//! assert!(directory.service("3919").is_some());
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod bundle;
mod calendar;
mod directory;
mod geometry;
mod hours;
mod index;
mod load;
mod locate;
mod map;
mod nearest;
mod pathway;
mod phone;
mod search;
mod service;
mod territory;
mod validate;

pub use calendar::{
    easter_sunday, paris_iso, paris_offset_minutes, paris_to_utc, public_holiday, utc_to_paris,
};
pub use directory::{Directory, Metadata, Place, PlaceKind};
pub use hours::{
    DateRange, DaySelector, HoursError, Modifier, MonthDay, OpenState, OpeningHours, Rule,
    RuleKind, TimeSpan,
};
pub use index::Index;
pub use load::{load, SourceFile};
pub use locate::{Located, TerritoryIndex, COAST_TOLERANCE_M};
pub use map::MapFrame;
pub use nearest::{Nearby, NearestAnswer, NearestQuery, ServiceIndex};
pub use pathway::{
    routes, suggest, Condition, PathwayStep, Question, Role, RouteStep, Situation, SuggestedStep,
    Text, SERVICES_PER_STEP,
};
pub use phone::{PhoneError, PhoneNumber};
pub use search::{fold, MatchQuality, PlaceMatch, PlaceSearch};
pub use service::{
    AccessMode, Accessibility, Audience, Category, Contact, ContactKind, Location,
    LocationPrecision, Point, ServedArea, Service, Source, SourceStatus, UnknownTerm, Visibility,
};
pub use territory::{LeadPartner, Territory, TerritoryId, TerritoryIdError, TerritoryKind};
pub use validate::{validate, Problem, Report, Severity, Where};
