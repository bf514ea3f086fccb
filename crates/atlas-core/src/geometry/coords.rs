//! Coordinate spaces as types, so a screen pixel can never be passed where a
//! longitude is expected.

/// Geographic coordinates in degrees (WGS84 / RFC 7946 order: longitude first).
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct LonLat {
    pub lon: f64,
    pub lat: f64,
}

/// Projected plane coordinates (unitless, y grows northwards).
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct Planar {
    pub x: f64,
    pub y: f64,
}

/// Screen / SVG user-space coordinates (y grows downwards).
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct Screen {
    pub x: f64,
    pub y: f64,
}

/// Anything with an x and a y, so one bounds sink serves every space.
pub trait Xy: Copy {
    fn xy(self) -> (f64, f64);
}

impl Xy for Planar {
    fn xy(self) -> (f64, f64) {
        (self.x, self.y)
    }
}

impl Xy for Screen {
    fn xy(self) -> (f64, f64) {
        (self.x, self.y)
    }
}

impl Xy for LonLat {
    fn xy(self) -> (f64, f64) {
        (self.lon, self.lat)
    }
}

/// An axis-aligned box in some coordinate space.
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub min_x: f64,
    pub min_y: f64,
    pub max_x: f64,
    pub max_y: f64,
}

impl Bounds {
    pub fn width(&self) -> f64 {
        self.max_x - self.min_x
    }
    pub fn height(&self) -> f64 {
        self.max_y - self.min_y
    }
    /// Does the box contain the point (edges included)?
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.min_x && x <= self.max_x && y >= self.min_y && y <= self.max_y
    }
}
