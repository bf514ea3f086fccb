//! Samskabelsesatlas: thin Leptos components over `atlas-core`.
//!
//! `data` holds what is loaded and the actions that load it, `loader` reads and
//! parses files in time slices, `state` holds the view state of the atlas (both are
//! named context structs), `components/` renders them.

pub mod app;
pub mod components;
pub mod crash;
pub mod data;
pub mod export;
pub mod files;
pub mod loader;
pub mod perf;
pub mod persist;
pub mod state;
pub mod storage;
pub mod text;

pub use app::App;
