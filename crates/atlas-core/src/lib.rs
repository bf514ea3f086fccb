//! # atlas-core
//!
//! The pure heart of Samskabelsesatlas: everything that can be decided without a
//! browser lives here, so it can be tested natively with `cargo test`.
//!
//! The pipeline follows mapshaper and d3-geo:
//!
//! ```text
//! text ──boundaries::parse──┐
//!                            ├─join::join──► Atlas ──classify/palette──► mapview::Choropleth
//! text ──table::parse_csv───┘                  │
//!                                              └─projection → stream → sinks (SVG path, bounds)
//! ```
//!
//! Invariants (see `ARCHITECTURE.md`):
//! * this crate does no I/O: it takes `&str`/`&[u8]` and returns values;
//! * recoverable problems are data ([`issue::Issue`]); `Err` only when input is unusable;
//! * coordinate spaces are distinct types ([`coords::LonLat`], [`coords::Planar`], [`coords::Screen`]);
//! * missing values stay `None` all the way to the screen: never zero.

pub mod atlas;
pub mod bivariate;
pub mod boundaries;
pub mod choropleth;
pub mod classify;
pub mod columns;
pub mod composite;
pub mod coords;
pub mod crs;
pub mod cvd;
pub mod decode;
pub mod export;
pub mod format;
pub mod gap;
pub mod grid;
pub mod indicator;
pub mod issue;
pub mod join;
pub mod limits;
pub mod mapview;
pub mod nav;
pub mod number;
pub mod palette;
pub mod project;
pub mod projection;
pub mod scan;
pub mod simplify;
pub mod spreadsheet;
pub mod story;
pub mod stream;
pub mod table;
pub mod tableview;
pub mod view;
pub mod viewspec;

pub use atlas::Atlas;
pub use format::Lang;
pub use issue::{Issue, LoadError, Loaded};
