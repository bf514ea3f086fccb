//! One component per file.

pub mod atlas_view;
pub mod bivariate_legend;
pub mod compare;
pub mod data_panel;
pub mod drop_zone;
pub mod footer;
pub mod header;
pub mod index_panel;
pub mod indicator_select;
pub mod join_report;
pub mod legend;
pub mod map;
pub mod messages;
pub mod meta_editor;
pub mod mode_picker;
pub mod presenter;
pub mod profile;
pub mod progress;
pub mod scatter;
pub mod scenes_panel;
pub mod share_menu;
pub mod table_panel;
pub mod tooltip;
pub mod url_form;
pub mod year_slider;
