//! The components, grouped by what the user sees; one component (or a few small
//! ones of one concept) per file. Logic that needs no browser is in the core crate,
//! words and figures shared with exports in `crate::view_model`, helpers for the
//! map that are not components in `crate::map_support`.

pub mod chrome;
pub mod controls;
pub mod entry;
pub mod map;
pub mod panels;
pub mod present;
