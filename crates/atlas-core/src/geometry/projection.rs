//! Projections, each with an inverse: `LonLat → Planar → Screen` and back.
//!
//! The map uses spherical Web Mercator (conformal, so district shapes look right at
//! city scale) followed by a [`Fit`] that scales and translates the data's bounds
//! into a viewport with the y axis flipped for the screen.

use crate::geometry::coords::{Bounds, LonLat, Planar, Screen};

/// A map from geographic to planar coordinates that can be undone.
pub trait Projection {
    fn project(&self, p: LonLat) -> Planar;
    fn invert(&self, p: Planar) -> LonLat;
}

/// Spherical Mercator on the unit sphere (x = λ, y = ln tan(π/4 + φ/2), radians).
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, Default, PartialEq)]
pub struct Mercator;

/// Latitudes beyond this are clamped, as every web map does.
pub const MAX_MERCATOR_LAT: f64 = 85.051_128_779_806_59;

impl Projection for Mercator {
    /// ```
    /// use atlas_core::geometry::coords::LonLat;
    /// use atlas_core::geometry::projection::{Mercator, Projection};
    /// let p = Mercator.project(LonLat { lon: 12.57, lat: 55.68 });
    /// let back = Mercator.invert(p);
    /// assert!((back.lon - 12.57).abs() < 1e-12 && (back.lat - 55.68).abs() < 1e-12);
    /// ```
    fn project(&self, p: LonLat) -> Planar {
        let lat = p
            .lat
            .clamp(-MAX_MERCATOR_LAT, MAX_MERCATOR_LAT)
            .to_radians();
        Planar {
            x: p.lon.to_radians(),
            y: (std::f64::consts::FRAC_PI_4 + lat / 2.0).tan().ln(),
        }
    }

    fn invert(&self, p: Planar) -> LonLat {
        LonLat {
            lon: p.x.to_degrees(),
            lat: (2.0 * p.y.exp().atan() - std::f64::consts::FRAC_PI_2).to_degrees(),
        }
    }
}

/// A viewport in screen units, with padding kept free on every side.
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub width: f64,
    pub height: f64,
    pub padding: f64,
}

/// Uniform scale + translation from [`Planar`] to [`Screen`] (y flipped).
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    pub scale: f64,
    pub tx: f64,
    pub ty: f64,
}

impl Fit {
    /// Fit `bounds` into `viewport`, centred, keeping the aspect ratio.
    /// Returns `None` for empty or non-finite bounds.
    ///
    /// ```
    /// use atlas_core::geometry::coords::{Bounds, Planar};
    /// use atlas_core::geometry::projection::{Fit, Viewport};
    /// let b = Bounds { min_x: 0.0, min_y: 0.0, max_x: 2.0, max_y: 1.0 };
    /// let fit = Fit::into_viewport(b, Viewport { width: 200.0, height: 200.0, padding: 0.0 }).unwrap();
    /// let s = fit.to_screen(Planar { x: 0.0, y: 1.0 });
    /// assert_eq!((s.x, s.y), (0.0, 50.0)); // top-left corner, centred vertically
    /// ```
    pub fn into_viewport(bounds: Bounds, viewport: Viewport) -> Option<Fit> {
        let (w, h) = (bounds.width(), bounds.height());
        if !(w.is_finite() && h.is_finite()) || w < 0.0 || h < 0.0 {
            return None;
        }
        let avail_w = (viewport.width - 2.0 * viewport.padding).max(1.0);
        let avail_h = (viewport.height - 2.0 * viewport.padding).max(1.0);
        let scale = match (w > 0.0, h > 0.0) {
            (true, true) => (avail_w / w).min(avail_h / h),
            (true, false) => avail_w / w,
            (false, true) => avail_h / h,
            (false, false) => 1.0,
        };
        let cx = (bounds.min_x + bounds.max_x) / 2.0;
        let cy = (bounds.min_y + bounds.max_y) / 2.0;
        Some(Fit {
            scale,
            tx: viewport.width / 2.0 - cx * scale,
            ty: viewport.height / 2.0 + cy * scale,
        })
    }

    pub fn to_screen(&self, p: Planar) -> Screen {
        Screen {
            x: self.tx + p.x * self.scale,
            y: self.ty - p.y * self.scale,
        }
    }

    pub fn to_planar(&self, s: Screen) -> Planar {
        Planar {
            x: (s.x - self.tx) / self.scale,
            y: (self.ty - s.y) / self.scale,
        }
    }
}

/// Mercator followed by a fit: the whole way from degrees to pixels and back.
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct MapProjection {
    pub fit: Fit,
}

impl MapProjection {
    /// Fit the Mercator projection of the geographic `bounds` (lon/lat degrees) into `viewport`.
    pub fn fit_lonlat(bounds: Bounds, viewport: Viewport) -> Option<Self> {
        let a = Mercator.project(LonLat {
            lon: bounds.min_x,
            lat: bounds.min_y,
        });
        let b = Mercator.project(LonLat {
            lon: bounds.max_x,
            lat: bounds.max_y,
        });
        let planar = Bounds {
            min_x: a.x.min(b.x),
            min_y: a.y.min(b.y),
            max_x: a.x.max(b.x),
            max_y: a.y.max(b.y),
        };
        Fit::into_viewport(planar, viewport).map(|fit| MapProjection { fit })
    }

    /// Fit geographic `bounds` into a canvas `width` wide, choosing the height that
    /// suits the data's shape (clamped to 100 … 3·width). Returns the projection and height.
    ///
    /// ```
    /// use atlas_core::geometry::coords::Bounds;
    /// use atlas_core::geometry::projection::MapProjection;
    /// let b = Bounds { min_x: 12.45, min_y: 55.61, max_x: 12.73, max_y: 55.73 };
    /// let (_, h) = MapProjection::fit_width(b, 1000.0, 0.0).unwrap();
    /// assert!(h > 700.0 && h < 800.0); // a city ~0.28° wide and ~0.12° tall at 55.7° N
    /// ```
    pub fn fit_width(bounds: Bounds, width: f64, padding: f64) -> Option<(Self, f64)> {
        let probe = Self::fit_lonlat(
            bounds,
            Viewport {
                width,
                height: width * 10.0,
                padding,
            },
        )?;
        let tl = probe.to_screen(LonLat {
            lon: bounds.min_x,
            lat: bounds.max_y,
        });
        let br = probe.to_screen(LonLat {
            lon: bounds.max_x,
            lat: bounds.min_y,
        });
        let height = ((br.y - tl.y).abs() + 2.0 * padding).clamp(100.0, width * 3.0);
        Self::fit_lonlat(
            bounds,
            Viewport {
                width,
                height,
                padding,
            },
        )
        .map(|p| (p, height))
    }

    pub fn to_screen(&self, p: LonLat) -> Screen {
        self.fit.to_screen(Mercator.project(p))
    }

    pub fn to_lonlat(&self, s: Screen) -> LonLat {
        Mercator.invert(self.fit.to_planar(s))
    }
}
