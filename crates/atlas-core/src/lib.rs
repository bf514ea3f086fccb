//! # atlas-core
//!
//! The pure heart of Samskabelsesatlas: everything that can be decided without a
//! browser lives here, so it can be tested natively with `cargo test`.
//!
//! The folders are the pipeline, in the order the app runs it (mapshaper's import →
//! join → classify, d3-geo's projection → stream → sinks):
//!
//! ```text
//! bytes ─► import::boundaries (scan → feed → check) ─► geometry::shapes (project → topology → paths)
//!                    │                                             │
//! bytes ─► import::table ─┐                                        │
//!                    ▼    ▼                                        ▼
//!               join ─► model::Atlas ─► classify (methods, palette, choropleth, bivariate, modes)
//!                                             │
//!                                             ▼
//!                          present (view spec, story, project files, exports)
//! ```
//!
//! [`pipeline`] runs the stages in that order: the stepped boundary load and the
//! joined [`pipeline::Model`] the atlas view draws. Dependencies point one way only:
//! `text` ← `issue` ← `model` ← `geometry` ← `import` ← `join` ← `classify` ← `present`
//! ← `pipeline` (a module uses only those to its left).
//!
//! Invariants (see `ARCHITECTURE.md`):
//! * this crate does no I/O: it takes `&str`/`&[u8]` and returns values;
//! * recoverable problems are data ([`issue::Issue`]); `Err` only when input is unusable;
//! * coordinate spaces are distinct types ([`geometry::coords::LonLat`],
//!   [`geometry::coords::Planar`], [`geometry::coords::Screen`]);
//! * missing values stay `None` all the way to the screen: never zero.

pub mod classify;
pub mod geometry;
pub mod import;
pub mod issue;
pub mod join;
pub mod model;
pub mod pipeline;
pub mod present;
pub mod text;

pub use issue::{Issue, LoadError, Loaded};
pub use model::atlas::Atlas;
pub use text::Lang;
