//! The data model the atlas reasons about: districts, indicator metadata, and the
//! joined [`atlas::Atlas`] (districts × indicators × years, `None` = missing), with the
//! analyses that read it: the composite index and the A-vs-B gap.

pub mod atlas;
pub mod composite;
pub mod district;
pub mod gap;
pub mod indicator;
