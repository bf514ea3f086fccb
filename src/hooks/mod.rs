//! Small browser helpers shared by components and state, one per file.

pub mod debounce;
pub mod element_size;
pub mod frame_steps;
pub mod interval;
pub mod keyed;
pub mod pan_zoom;
pub mod service_worker;
pub mod window_drop;
