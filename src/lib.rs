//! Samskabelsesatlas: thin Leptos components over `atlas-core`.
//!
//! `data` holds what is loaded and the actions that load it, `loader` reads and
//! parses files in time slices, `state` holds the view state of the atlas (both are
//! named context structs), `view_model` turns the state into the legend rows and
//! lines that components and exports both show, `components/` renders them.

pub mod app;
pub mod components;
pub mod crash;
pub mod data;
pub mod export;
pub mod files;
pub mod handout;
pub mod hooks;
pub mod loader;
pub mod map_support;
pub mod perf;
pub mod persist;
pub mod state;
pub mod storage;
pub mod text;
pub mod view_model;

pub use app::App;
