//! Examples of the maillage crates, for developers who use them in their own tools.
//!
//! Nothing to import here: the programs are the examples, each run from the repository's root.
//!
//! | example | what it shows |
//! |---|---|
//! | `cargo run --example nearest -- 48.8375,-1.5970` | load a bundle; the nearest help and the pathway for a point |
//! | `cargo run --example routes_table -- epci:200042604` | a territory's referral route for professionals, as a table |
//! | `cargo run --example spreadsheet -- examples/templates/services.csv target/sheet.maillage` | read a coordinator's spreadsheet, report its problems by row and column, build a bundle |
//! | `cargo run --example serve` | a small JSON HTTP service over the crate: `/nearest`, `/pathway`, `/routes` |
//!
//! They load the Manche bundle committed in `data/manche.maillage` unless told otherwise.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
