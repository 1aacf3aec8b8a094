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
//! **Who sees what** — [`Viewer`] (public or professional), [`Visibility::shown_to`],
//! [`ServedArea::serves`] ([`Serves`]), [`Service::is_remote_line`] and [`Service::view`]
//! ([`ServiceView`], the record as a viewer may see it): each rule has this one home.
//!
//! **Questions** — [`Index`] answers "where am I" ([`Index::locate`] → [`Located`]), "which
//! place is that" ([`Index::places`] → [`PlaceMatch`], see [`fold`]) and "what is nearest and
//! open" ([`Index::nearest`] with a [`NearestQuery`] → [`NearestAnswer`] of [`Nearby`]).
//! Answers are data: references to records, distances, an [`Opening`] (state now, next change
//! and what it changes to) and [`Reason`] codes ([`Reasons`], kept inline) — never sentences;
//! interfaces word them in the reader's language. Opening hours ([`hours`]) are evaluated in
//! Paris time with French public holidays ([`calendar`]).
//!
//! **Pathways** — [`PathwayStep`]s are data; [`suggest`] orders them for a [`Situation`]
//! (optional answers to a few [`Question`]s and a [`Role`]) into [`SuggestedStep`]s with
//! national lines, local services, lead partners and [`StepReason`] codes; [`routes`] gives a
//! territory's referral route for professionals ([`RouteStep`]).
//!
//! **Maps** — [`MapFrame`] draws territories as SVG paths, locally.
//!
//! **Directory** — [`Directory`] and its [`Metadata`]; [`load`] builds one from the files of a
//! directory folder ([`SourceFile`]), whose generated files [`territories_file`] and
//! [`places_file`] write; [`validate`] reports every problem as a [`Problem`] in a
//! [`Report`], its reason a [`Fault`] code that interfaces word; [`bundle`] writes and reads the compact file the CLI and the widget load — the
//! public one, which cannot hold a professionals-only contact or place
//! ([`Directory::seen_by`]). With the feature `pro`, `pro` seals the professional directory
//! with a passphrase (Argon2id + XChaCha20-Poly1305) and opens it.
//!
//! ```
//! let bytes = include_bytes!("../data/manche.maillage");
//! let directory = maillage::bundle::decode(bytes).unwrap();
//! assert_eq!(directory.metadata.scope.as_str(), "departement:50");
//! assert!(directory.service("3919").is_some());
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod bundle;
pub mod calendar;
mod cells;
mod directory;
mod distance;
mod fault;
mod geometry;
pub mod hours;
mod index;
mod load;
mod locate;
mod map;
mod nearest;
mod pathway;
mod phone;
mod prepared;
#[cfg(feature = "pro")]
pub mod pro;
mod search;
mod service;
mod sorting;
mod territory;
mod texts;
mod validate;
mod view;

pub use directory::{Directory, Metadata, Place, PlaceKind};
#[doc(hidden)]
pub use fault::every_fault;
pub use fault::Fault;
pub use hours::{OpenState, Opening, OpeningHours};
pub use index::Index;
pub use load::{load, places_file, territories_file, SourceFile};
pub use locate::{Located, COAST_TOLERANCE_M};
pub use map::MapFrame;
pub use nearest::{Nearby, NearestAnswer, NearestQuery, Reason, Reasons};
pub use pathway::{
    routes, suggest, Condition, PathwayStep, Question, Role, RouteStep, Situation, StepReason,
    SuggestedStep, Text, SERVICES_PER_STEP,
};
pub use phone::{PhoneError, PhoneNumber};
pub use search::{fold, MatchQuality, PlaceMatch};
pub use service::{
    AccessMode, Accessibility, Audience, Category, Contact, ContactKind, Location,
    LocationPrecision, Point, ServedArea, Service, Source, SourceStatus, UnknownTerm, Visibility,
};
pub use territory::{LeadPartner, Territory, TerritoryId, TerritoryIdError, TerritoryKind};
pub use texts::{is_translation_tag, LanguageTexts, LineTexts, StepTexts, TextsFile, Translations};
pub use validate::{validate, Problem, Report, Severity, Where};
pub use view::{Serves, ServiceView, Viewer};
