//! From values to colours: classification methods (quantile, equal interval, natural
//! breaks, standard deviation, box map, manual), colour schemes whose worse end never
//! moves, the choropleth (fills + legend) of one indicator or of a gap, the bivariate
//! map, colour-vision checks, and the dispatch from the view's mode to one of them.

pub mod bivariate;
pub mod choropleth;
pub mod cvd;
pub mod lisa;
pub mod lisa_columns;
pub mod lisa_run;
pub mod methods;
pub mod modes;
pub mod moran;
pub mod moran_steps;
pub mod palette;
