//! Data in: the Data menu (boundaries, tables, links), the join
//! report, «Dine tal» (template, paste), «Rediger tal» (the grid), «Beregn» (a
//! computed column), the description editor, the grid dialog and «Læg sammen i
//! områder».

pub mod data_entry;
pub mod data_panel;
pub mod derive_panel;
pub mod edit_grid;
pub mod grid_dialog;
pub mod join_report;
pub mod meta_editor;
pub mod sum_panel;
pub mod table_panel;
pub mod url_form;
