//! # maillage-publish
//!
//! What a departmental coordinator prints and publishes from a [`maillage::Directory`]:
//!
//! - **Leaflets** — [`leaflet`] writes one self-contained, print-ready HTML document per territory
//!   ([`LeafletOptions`], [`PageFormat`]): national lines, the local contacts of each step of the
//!   exit pathway, opening hours in words ([`hours_in`], [`hours_fr`]) in the reader's language
//!   ([`Lang`], [`LeafletOptions::lang`]), an optional QR code to a partner
//!   page ([`qr_svg`]), the dates the records were checked, the sample banner and attribution.
//!   A leaflet prints only what its viewer may see ([`LeafletOptions::viewer`]): the public one
//!   no professionals-only contact; the professional one prints them, marked, and says at the
//!   top, in its footer and its title that it is not for the public; none a confidential address.
//!   An A4 leaflet is one page; an A5 leaflet is two (front: emergency and national lines,
//!   safety advice, QR code, dates and credits; back: local contacts), to print recto-verso or
//!   two-up on an A4 landscape sheet folded in half. So that the page holds, the number of
//!   local services per step is reduced (never below one) while an estimate of the text's
//!   height exceeds a budget calibrated on headless Chromium; the integration tests print every
//!   EPCI's leaflet with Chromium and count the PDF's pages.
//! - **Coverage** — [`coverage`] computes, for every commune and category, the distance to the
//!   nearest public place that serves it and whether a phone or online line covers it, with
//!   population-weighted figures per EPCI and the records not checked for 12 months
//!   ([`Coverage`]); [`Coverage::to_json`], [`Coverage::to_csv`] and [`coverage_svg`] write it.
//!
//! Like `maillage`, this crate does no I/O: no file, network, clock or environment access;
//! callers pass the directory and the dates.
//!
//! ```
//! use maillage::{bundle, Index};
//! use maillage_publish::{leaflet, LeafletOptions};
//! let index = Index::new(bundle::decode(include_bytes!("../../data/manche.maillage")).unwrap());
//! let html = leaflet(&index, &"epci:200042604".parse().unwrap(), &LeafletOptions::default()).unwrap();
//! assert!(html.starts_with("<!DOCTYPE html>") && html.contains("39 19"));
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod coverage;
mod escape;
mod hours;
mod integrity;
mod leaflet;
mod qr;
mod svg;
mod words;

pub use coverage::{
    coverage, CategoryFigures, CommuneCoverage, Coverage, EpciCoverage, VerifyFirst, VerifyReason,
    CATEGORY_PRIORITY, OVER_KM, PAGE_MAX_AGE_MONTHS, VERIFY_AGAIN_AFTER_DAYS,
};
pub use escape::escape;
pub use hours::{hours_fr, hours_in};
pub use integrity::sri;
pub use leaflet::{leaflet, leaflet_file_name, LeafletError, LeafletOptions, PageFormat};
pub use qr::qr_svg;
pub use svg::{coverage_svg, DISTANCE_CLASSES};
pub use words::{FluentValue, Lang};
