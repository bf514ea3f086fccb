//! What the view shows, chosen: the indicator, its dimensions, the
//! colouring mode and the year.

pub mod dimension_pickers;
pub mod indicator_select;
pub mod mode_picker;
pub mod year_slider;
