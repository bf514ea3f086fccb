//! Showing it to others: presentation mode, the scenes of the story,
//! the Del menu (links, exports, project files), print and the web page.

pub mod handout_panel;
pub mod presenter;
pub mod print_layer;
pub mod scenes_panel;
pub mod share_menu;
