//! The page's frame: the atlas view's layout (`AtlasView`, mounted once per page),
//! the header with its menus, the messages panel, the source line, the progress bar
//! and the drop zone.

pub mod atlas_view;
pub mod drop_zone;
pub mod footer;
pub mod header;
pub mod messages;
pub mod progress;
