//! Samskabelsesatlas: thin Leptos components over `atlas-core`.
//!
//! `app` loads data and owns the load state, `state` holds the view state shared by
//! the components (a named context struct), `components/` renders it.

pub mod app;
pub mod components;
pub mod loader;
pub mod state;
pub mod text;

pub use app::App;
