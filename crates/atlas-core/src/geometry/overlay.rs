//! Another layer's borders over the map: the municipalities' outlines over a grid's
//! raster (issue 27), so a planner sees where people live inside the districts they
//! work with. Both maps are spherical Mercator fitted into their own box, so one
//! map's screen units reach the other's by undoing one fit and doing the other — a
//! uniform scale and a shift, exact (no reprojection, no resampling).

use crate::geometry::coords::Screen;
use crate::geometry::projection::MapProjection;
use crate::geometry::shapes::{MapGeometry, BASE_TOLERANCE};

/// From one map's screen units to another's: `onto ∘ from⁻¹`.
///
/// ```
/// use atlas_core::geometry::coords::{Bounds, LonLat};
/// use atlas_core::geometry::overlay::Refit;
/// use atlas_core::geometry::projection::MapProjection;
/// let city = Bounds { min_x: 12.45, min_y: 55.61, max_x: 12.73, max_y: 55.73 };
/// let country = Bounds { min_x: 8.0, min_y: 54.5, max_x: 15.2, max_y: 57.8 };
/// let (from, _) = MapProjection::fit_width(city, 1000.0, 10.0).unwrap();
/// let (onto, _) = MapProjection::fit_width(country, 1000.0, 10.0).unwrap();
/// let p = LonLat { lon: 12.57, lat: 55.68 };
/// let moved = Refit::new(&from, &onto).apply(from.to_screen(p));
/// let direct = onto.to_screen(p);
/// assert!((moved.x - direct.x).abs() < 1e-9 && (moved.y - direct.y).abs() < 1e-9);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Refit {
    /// How many of the other map's units one of this map's is.
    pub scale: f64,
    pub dx: f64,
    pub dy: f64,
}

impl Refit {
    pub fn new(from: &MapProjection, onto: &MapProjection) -> Refit {
        let (f, o) = (from.fit, onto.fit);
        let scale = o.scale / f.scale;
        // x' = o.tx + (x − f.tx)/f.scale · o.scale; y likewise (both flip y)
        Refit {
            scale,
            dx: o.tx - f.tx * scale,
            dy: o.ty - f.ty * scale,
        }
    }

    pub fn apply(&self, p: Screen) -> Screen {
        Screen {
            x: self.dx + p.x * self.scale,
            y: self.dy + p.y * self.scale,
        }
    }
}

/// The borders of `from`'s areas — each shared border drawn once — in the screen
/// units of the map `onto`, simplified for drawing at `zoom` (1 = the whole map in
/// view) as the map's own paths are: an SVG path of open lines.
pub fn outlines_onto(from: &MapGeometry, onto: &MapProjection, zoom: f64) -> String {
    let refit = Refit::new(&from.projection, onto);
    if !(refit.scale.is_finite() && refit.scale > 0.0) {
        return String::new();
    }
    // the map's tolerance, in `from`'s units
    let tolerance = BASE_TOLERANCE / zoom.max(1.0) / refit.scale;
    from.topology.mesh(tolerance, |p| refit.apply(p))
}
