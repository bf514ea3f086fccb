//! From lon/lat to what is drawn: coordinate spaces as types, coordinate systems and
//! reprojection, the map projection (with its inverse), one geometry stream into
//! several sinks, arc topology for gap-free simplification, the shapes of a map
//! (paths per zoom level, label points), pan/zoom and keyboard neighbours.

pub mod area;
pub mod coords;
pub mod crs;
pub mod flat;
pub mod grid_cell;
pub mod grid_shapes;
pub mod grid_sum;
pub mod hit;
pub mod label_point;
pub mod nav;
pub mod overlay;
pub mod pan_zoom;
pub mod projection;
pub mod raster;
pub mod shapes;
pub mod stream;
pub mod topology;
pub mod weights;
