//! Small browser helpers shared by components and state, one per file.

pub mod debounce;
pub mod frame_steps;
pub mod interval;
