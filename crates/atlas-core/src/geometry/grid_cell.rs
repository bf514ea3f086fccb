//! Square grid cells named by their codes: the cell code *is* the geometry. Two
//! code forms are read and written back:
//!
//! - INSPIRE / Eurostat GEOSTAT, on the European grid in ETRS89-LAEA (EPSG:3035):
//!   `1kmN3621E4481`, `100mN36210E44810` — the south-west corner's northing and
//!   easting in metres with as many trailing zeros cut as the cell size has;
//! - Danmarks Statistik's *kvadratnet* (Det Danske Kvadratnet, EPSG:25832):
//!   `1km_6178_724`, `100m_61780_7240`, `250m_24712_2896` — the corner's northing and
//!   easting divided by the cell size.
//!
//! A cell may also be given by its corner's two numbers ([`GridCell::from_corner`]).

use crate::geometry::crs::Crs;

/// Which grid a cell belongs to (and so its CRS and code form).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum GridSystem {
    /// The European grid (INSPIRE, GEOSTAT) in EPSG:3035.
    Inspire,
    /// Det Danske Kvadratnet (Danmarks Statistik's kvadratnet) in EPSG:25832.
    Kvadratnet,
}

impl GridSystem {
    /// The CRS the grid's squares are square in.
    pub fn crs(self) -> Crs {
        match self {
            GridSystem::Inspire => Crs::Laea3035,
            GridSystem::Kvadratnet => Crs::Utm32,
        }
    }
}

/// A grid: its system and the side of its cells in metres — what a layer made of
/// one grid's cells is drawn as (see [`crate::geometry::raster`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct GridKind {
    pub system: GridSystem,
    pub size: u32,
}

/// One square cell: its grid, side and south-west corner in the grid's CRS (metres).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct GridCell {
    pub system: GridSystem,
    /// The side in metres (100, 250, 1000, 10000 …).
    pub size: u32,
    /// The south-west corner's easting, metres.
    pub east: i64,
    /// The south-west corner's northing, metres.
    pub north: i64,
}

/// `1km` → 1000, `100m` → 100, `250m` → 250 (`None` for anything else).
fn size_of(text: &str) -> Option<u32> {
    let (number, factor) = if let Some(km) = text.strip_suffix("km") {
        (km, 1000)
    } else {
        (text.strip_suffix('m')?, 1)
    };
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let size = number.parse::<u32>().ok()?.checked_mul(factor)?;
    (size > 0).then_some(size)
}

/// `1000` → `1km`, `250` → `250m`.
fn size_text(size: u32) -> String {
    if size.is_multiple_of(1000) {
        format!("{}km", size / 1000)
    } else {
        format!("{size}m")
    }
}

/// The INSPIRE code's unit: 10 to the number of the size's trailing zeros.
fn inspire_unit(size: u32) -> i64 {
    let mut unit = 1;
    let mut s = size;
    while s > 0 && s.is_multiple_of(10) {
        unit *= 10;
        s /= 10;
    }
    unit
}

/// Digits only (an optional leading minus), as a number.
fn number(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

impl GridCell {
    /// Read a cell code in either form (`None` when `code` is not one). Spaces around
    /// it and the letters' case do not matter; `CRS3035RES1000m` before an INSPIRE
    /// code (its long form) is read too.
    ///
    /// ```
    /// use atlas_core::geometry::grid_cell::{GridCell, GridSystem};
    /// let c = GridCell::parse("1kmN3621E4481").unwrap();
    /// assert_eq!((c.system, c.size, c.east, c.north), (GridSystem::Inspire, 1000, 4_481_000, 3_621_000));
    /// let d = GridCell::parse("100m_61780_7240").unwrap();
    /// assert_eq!((d.system, d.size, d.east, d.north), (GridSystem::Kvadratnet, 100, 724_000, 6_178_000));
    /// assert_eq!(GridCell::parse("Østerbro"), None);
    /// ```
    pub fn parse(code: &str) -> Option<GridCell> {
        let code = code.trim();
        if let Some((size, rest)) = code.split_once('_') {
            let (north, east) = rest.split_once('_')?;
            let size = size_of(&size.to_ascii_lowercase())?;
            let (n, e) = (number(north)?, number(east)?);
            return Some(GridCell {
                system: GridSystem::Kvadratnet,
                size,
                east: e.checked_mul(i64::from(size))?,
                north: n.checked_mul(i64::from(size))?,
            });
        }
        let upper = code.to_ascii_uppercase();
        let short = match upper.strip_prefix("CRS3035RES") {
            Some(long) => long,
            None => upper.as_str(),
        };
        let at_n = short.find('N')?;
        let (size, rest) = short.split_at(at_n);
        let size = size_of(&size.to_ascii_lowercase())?;
        let (north, east) = rest[1..].split_once('E')?;
        let (n, e) = (number(north)?, number(east)?);
        // the long form gives metres; the short form cuts the size's trailing zeros
        let unit = if short.len() == upper.len() {
            inspire_unit(size)
        } else {
            1
        };
        Some(GridCell {
            system: GridSystem::Inspire,
            size,
            east: e.checked_mul(unit)?,
            north: n.checked_mul(unit)?,
        })
    }

    /// The cell of `system` and side `size` whose south-west corner is at `east`,
    /// `north` metres; `None` when the corner is not on the grid (not a multiple of
    /// the side).
    ///
    /// ```
    /// use atlas_core::geometry::grid_cell::{GridCell, GridSystem};
    /// let c = GridCell::from_corner(GridSystem::Inspire, 1000, 4_481_000, 3_621_000).unwrap();
    /// assert_eq!(c.code(), "1kmN3621E4481");
    /// assert_eq!(GridCell::from_corner(GridSystem::Inspire, 1000, 4_481_500, 3_621_000), None);
    /// ```
    pub fn from_corner(system: GridSystem, size: u32, east: i64, north: i64) -> Option<GridCell> {
        let s = i64::from(size);
        (size > 0 && east % s == 0 && north % s == 0).then_some(GridCell {
            system,
            size,
            east,
            north,
        })
    }

    /// The cell's code in its grid's own form (what [`parse`](Self::parse) reads).
    ///
    /// ```
    /// use atlas_core::geometry::grid_cell::GridCell;
    /// for code in ["1kmN3621E4481", "100mN36210E44810", "1km_6178_724", "250m_24712_2896"] {
    ///     assert_eq!(GridCell::parse(code).unwrap().code(), code);
    /// }
    /// ```
    pub fn code(&self) -> String {
        match self.system {
            GridSystem::Inspire => {
                let unit = inspire_unit(self.size);
                format!(
                    "{}N{}E{}",
                    size_text(self.size),
                    self.north / unit,
                    self.east / unit
                )
            }
            GridSystem::Kvadratnet => {
                let s = i64::from(self.size);
                format!(
                    "{}_{}_{}",
                    size_text(self.size),
                    self.north / s,
                    self.east / s
                )
            }
        }
    }

    /// The CRS the cell is a square in.
    pub fn crs(&self) -> Crs {
        self.system.crs()
    }

    /// The four corners in the grid's CRS, anticlockwise from the south-west one
    /// (x = easting, y = northing).
    pub fn corners(&self) -> [(f64, f64); 4] {
        let (x0, y0) = (self.east as f64, self.north as f64);
        let s = f64::from(self.size);
        [(x0, y0), (x0 + s, y0), (x0 + s, y0 + s), (x0, y0 + s)]
    }

    /// The centre in the grid's CRS.
    pub fn centre(&self) -> (f64, f64) {
        let h = f64::from(self.size) / 2.0;
        (self.east as f64 + h, self.north as f64 + h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_metres_and_are_written_back_in_the_shortest_form() {
        for (text, size) in [
            ("1km", 1000),
            ("10km", 10_000),
            ("100m", 100),
            ("250m", 250),
        ] {
            assert_eq!(size_of(text), Some(size), "{text}");
            assert_eq!(size_text(size), text);
        }
        for bad in ["", "km", "m", "1 km", "-1km", "0m", "1kmm", "x100m"] {
            assert_eq!(size_of(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_inspire_unit_cuts_the_sizes_trailing_zeros() {
        assert_eq!(inspire_unit(1000), 1000);
        assert_eq!(inspire_unit(100), 100);
        assert_eq!(inspire_unit(250), 10);
        assert_eq!(inspire_unit(10_000), 10_000);
    }
}
