//! Data in: the Data menu (boundaries, tables, links), the join
//! report, «Dine tal» (template, paste), «Rediger tal» (the grid), «Beregn» (a
//! computed column) and the description editor.

pub mod data_entry;
pub mod data_panel;
pub mod derive_panel;
pub mod edit_grid;
pub mod join_report;
pub mod meta_editor;
pub mod sum_panel;
pub mod table_panel;
pub mod url_form;
