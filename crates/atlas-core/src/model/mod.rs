//! The data model the atlas reasons about: districts, indicator metadata, and the
//! joined [`atlas::Atlas`] (districts × indicators × years, `None` = missing), with the
//! analyses that read it: the composite index, the A-vs-B gap, change between years and A and B over time.

pub mod atlas;
pub mod change;
pub mod composite;
pub mod derive;
pub mod district;
pub mod edits;
pub mod gap;
pub mod groups;
pub mod indicator;
pub mod smooth;
pub mod trend;
