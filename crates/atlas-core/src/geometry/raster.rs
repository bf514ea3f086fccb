//! A grid layer drawn as an image: one pixel per cell, in the grid's own CRS, warped
//! onto the map piece by piece (issue 27 §2). The cells' codes place them in the
//! image ([`GridRaster::new`]); the colours become RGBA bytes
//! ([`GridRaster::rgba`]); and [`GridRaster::tiles`] cuts the image into squares of
//! [`TILE_METRES`], each with the affine map from its pixels to the map's user units
//! fitted to the cells' own corners as the map projected them — a square in
//! EPSG:3035 or 25832 is a slightly turned and sheared one in the map's Mercator, and
//! over 16 km the difference between the two is a few metres.

use crate::geometry::flat::FlatShapes;
use crate::geometry::grid_cell::{GridCell, GridKind};

/// The side of a warped tile, metres: small enough that an affine map holds within a
/// few metres between EPSG:3035/25832 and Web Mercator over Denmark.
pub const TILE_METRES: i64 = 16_000;

/// Where each area's cell sits in an image of the grid's extent.
#[derive(Clone, Debug, PartialEq)]
pub struct GridRaster {
    pub kind: GridKind,
    /// The image's north-west corner in the grid's CRS (metres).
    pub west: i64,
    pub north: i64,
    /// The image's size in cells (= pixels).
    pub cols: u32,
    pub rows: u32,
    /// Each area's pixel (row-major from the north-west); `None` for an id that is
    /// not a cell of this grid.
    pub pixel: Vec<Option<u32>>,
}

/// A piece of the image and the affine map from its pixel coordinates (whole image)
/// to the map's user units: `x = a·px + b·py + c`, `y = d·px + e·py + f`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tile {
    /// The piece's pixels: left, top, width, height.
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
    pub affine: [f64; 6],
}

impl GridRaster {
    /// Place the cells named by `ids` (in area order) in an image of their extent;
    /// `None` when no id is a cell of `kind`.
    ///
    /// ```
    /// use atlas_core::geometry::grid_cell::{GridKind, GridSystem};
    /// use atlas_core::geometry::raster::GridRaster;
    /// let kind = GridKind { system: GridSystem::Inspire, size: 1000 };
    /// let r = GridRaster::new(kind, ["1kmN3621E4481", "1kmN3620E4483", "Østerbro"]).unwrap();
    /// assert_eq!((r.cols, r.rows), (3, 2));
    /// // the north-west cell is pixel 0; the other in the lower row's last column
    /// assert_eq!(r.pixel, vec![Some(0), Some(5), None]);
    /// ```
    pub fn new<'a>(kind: GridKind, ids: impl IntoIterator<Item = &'a str>) -> Option<GridRaster> {
        let cells: Vec<Option<GridCell>> = ids
            .into_iter()
            .map(|id| {
                GridCell::parse(id).filter(|c| c.system == kind.system && c.size == kind.size)
            })
            .collect();
        let size = i64::from(kind.size);
        let (mut w, mut s, mut e, mut n) = (i64::MAX, i64::MAX, i64::MIN, i64::MIN);
        for c in cells.iter().flatten() {
            w = w.min(c.east);
            s = s.min(c.north);
            e = e.max(c.east + size);
            n = n.max(c.north + size);
        }
        if w > e {
            return None;
        }
        let cols = u32::try_from((e - w) / size).ok()?;
        let rows = u32::try_from((n - s) / size).ok()?;
        let pixel = cells
            .iter()
            .map(|c| {
                let c = c.as_ref()?;
                let col = (c.east - w) / size;
                let row = (n - size - c.north) / size;
                u32::try_from(row * i64::from(cols) + col).ok()
            })
            .collect();
        Some(GridRaster {
            kind,
            west: w,
            north: n,
            cols,
            rows,
            pixel,
        })
    }

    /// The image's bytes, RGBA row by row: each area's colour at its pixel, the
    /// cells no area names transparent.
    ///
    /// ```
    /// use atlas_core::geometry::grid_cell::{GridKind, GridSystem};
    /// use atlas_core::geometry::raster::GridRaster;
    /// let kind = GridKind { system: GridSystem::Kvadratnet, size: 1000 };
    /// let r = GridRaster::new(kind, ["1km_6178_724", "1km_6178_725"]).unwrap();
    /// let px = r.rgba(&[[255, 0, 0, 255], [0, 0, 255, 255]]);
    /// assert_eq!(px, vec![255, 0, 0, 255, 0, 0, 255, 255]);
    /// ```
    pub fn rgba(&self, colours: &[[u8; 4]]) -> Vec<u8> {
        let mut out = vec![0u8; self.cols as usize * self.rows as usize * 4];
        for (p, colour) in self.pixel.iter().zip(colours) {
            if let Some(at) = p.and_then(|p| out.get_mut(p as usize * 4..p as usize * 4 + 4)) {
                at.copy_from_slice(colour);
            }
        }
        out
    }

    /// The pixel (column, row) of a cell's south-west corner (`None` off the image).
    fn pixel_xy(&self, area: usize) -> Option<(u32, u32)> {
        let p = self.pixel.get(area).copied().flatten()?;
        Some((p % self.cols.max(1), p / self.cols.max(1)))
    }

    /// The image cut into tiles of [`TILE_METRES`] (a cell's side when larger), each
    /// with its affine map fitted by least squares to the corners of its cells as
    /// `shapes` (the map's own, one square ring per area) has them. Tiles without a
    /// cell are left out: nothing there is drawn.
    pub fn tiles(&self, shapes: &FlatShapes) -> Vec<Tile> {
        let per = (TILE_METRES / i64::from(self.kind.size)).max(1) as u32;
        let (tx, ty) = (self.cols.div_ceil(per), self.rows.div_ceil(per));
        let mut sums = vec![Fit::default(); (tx * ty) as usize];
        for area in 0..self.pixel.len() {
            let Some((px, py)) = self.pixel_xy(area) else {
                continue;
            };
            let Some(corners) = square_corners(shapes, area) else {
                continue;
            };
            let t = (py / per * tx + px / per) as usize;
            if let Some(fit) = sums.get_mut(t) {
                // relative to the tile's corner: small numbers, a well-posed fit
                let (x, y) = (f64::from(px % per), f64::from(py % per));
                // north-west, north-east, south-east, south-west (the map's y is down)
                for ((u, v), (dx, dy)) in
                    corners
                        .into_iter()
                        .zip([(0., 0.), (1., 0.), (1., 1.), (0., 1.)])
                {
                    fit.add(x + dx, y + dy, u, v);
                }
            }
        }
        let mut tiles = Vec::new();
        for (t, fit) in sums.iter().enumerate() {
            let Some([a, b, c, d, e, f]) = fit.solve() else {
                continue;
            };
            let (col, row) = (t as u32 % tx, t as u32 / tx);
            let (x, y) = (col * per, row * per);
            let (x0, y0) = (f64::from(x), f64::from(y));
            let affine = [a, b, c - a * x0 - b * y0, d, e, f - d * x0 - e * y0];
            tiles.push(Tile {
                x,
                y,
                w: per.min(self.cols - x),
                h: per.min(self.rows - y),
                affine,
            });
        }
        tiles
    }

    /// Each pixel's area (`None` where no area names the cell): what a pointer over
    /// the image is over.
    pub fn areas_by_pixel(&self) -> Vec<Option<u32>> {
        let mut out = vec![None; self.cols as usize * self.rows as usize];
        for (a, p) in self.pixel.iter().enumerate() {
            if let Some(slot) = p.and_then(|p| out.get_mut(p as usize)) {
                *slot = Some(a as u32);
            }
        }
        out
    }
}

/// The grey of a cell without a figure: the missing hatch's mean tone (a pixel
/// cannot hold the hatch itself).
pub const MISSING_RGBA: [u8; 4] = [0xc8, 0xc8, 0xc8, 0xff];

/// A map fill (`#rrggbb`, or the missing pattern `url(#missing)`) as an RGBA pixel,
/// faded towards white when `dim`, as the canvas map's 18 % opacity over the white
/// map.
///
/// ```
/// use atlas_core::geometry::raster::{css_rgba, MISSING_RGBA};
/// assert_eq!(css_rgba("#08306b", false), [8, 48, 107, 255]);
/// assert_eq!(css_rgba("url(#missing)", false), MISSING_RGBA);
/// assert_eq!(css_rgba("#000000", true), [209, 209, 209, 255]);
/// ```
pub fn css_rgba(fill: &str, dim: bool) -> [u8; 4] {
    let hex = |k: usize| {
        fill.get(1 + 2 * k..3 + 2 * k)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
    };
    let mut c = match (
        fill.starts_with('#') && fill.len() == 7,
        hex(0),
        hex(1),
        hex(2),
    ) {
        (true, Some(r), Some(g), Some(b)) => [r, g, b, 0xff],
        _ => MISSING_RGBA,
    };
    if dim {
        for v in &mut c[..3] {
            *v = (f64::from(*v) * 0.18 + 255.0 * 0.82).round() as u8;
        }
    }
    c
}

/// A square's four corners in map units, north-west, north-east, south-east,
/// south-west: each of the ring's four points by its side of the centre (the squares
/// turn a few degrees at most). `None` for a ring that is not four distinct points.
fn square_corners(shapes: &FlatShapes, area: usize) -> Option<[(f64, f64); 4]> {
    let ring = shapes.rings_of(area).next()?;
    let mut pts: Vec<(f64, f64)> = ring
        .chunks_exact(2)
        .map(|p| (f64::from(p[0]), f64::from(p[1])))
        .collect();
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    if pts.len() != 4 {
        return None;
    }
    let (cx, cy) = pts
        .iter()
        .fold((0.0, 0.0), |(a, b), p| (a + p.0 / 4.0, b + p.1 / 4.0));
    let mut out = [None; 4];
    for p in pts {
        let k = match (p.0 < cx, p.1 < cy) {
            (true, true) => 0,
            (false, true) => 1,
            (false, false) => 2,
            (true, false) => 3,
        };
        if out[k].replace(p).is_some() {
            return None;
        }
    }
    Some([out[0]?, out[1]?, out[2]?, out[3]?])
}

/// Least squares of `u = a·x + b·y + c` (and `v` likewise): the sums of the normal
/// equations.
#[derive(Clone, Copy, Debug, Default)]
struct Fit {
    m: [[f64; 3]; 3],
    ru: [f64; 3],
    rv: [f64; 3],
}

impl Fit {
    fn add(&mut self, x: f64, y: f64, u: f64, v: f64) {
        let row = [x, y, 1.0];
        for i in 0..3 {
            for j in 0..3 {
                self.m[i][j] += row[i] * row[j];
            }
            self.ru[i] += row[i] * u;
            self.rv[i] += row[i] * v;
        }
    }

    /// `[a, b, c, d, e, f]`, or `None` with too few points (or all on a line).
    fn solve(&self) -> Option<[f64; 6]> {
        let [a, b, c] = solve3(self.m, self.ru)?;
        let [d, e, f] = solve3(self.m, self.rv)?;
        Some([a, b, c, d, e, f])
    }
}

/// `m · x = r` by Cramer's rule (`None` when `m` is singular).
fn solve3(m: [[f64; 3]; 3], r: [f64; 3]) -> Option<[f64; 3]> {
    let det = |m: [[f64; 3]; 3]| {
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    };
    let d = det(m);
    let scale = m[0][0].abs().max(m[1][1].abs()).max(m[2][2].abs()).max(1.0);
    if d.abs() <= 1e-12 * scale * scale * scale {
        return None;
    }
    let mut out = [0.0; 3];
    for (k, slot) in out.iter_mut().enumerate() {
        let mut mk = m;
        for (i, row) in mk.iter_mut().enumerate() {
            row[k] = r[i];
        }
        *slot = det(mk) / d;
    }
    Some(out)
}

impl Tile {
    /// Where pixel coordinates (`px`, `py`) of the image land in map units.
    pub fn to_map(&self, px: f64, py: f64) -> (f64, f64) {
        let [a, b, c, d, e, f] = self.affine;
        (a * px + b * py + c, d * px + e * py + f)
    }

    /// Whether any of the tile lands on a canvas of `size` device pixels, the map
    /// drawn at `scale` device pixels per map unit and moved by `offset` (a tile
    /// wholly off it is not drawn: zoomed in, most are).
    ///
    /// ```
    /// use atlas_core::geometry::raster::Tile;
    /// let t = Tile { x: 0, y: 0, w: 10, h: 10, affine: [1.0, 0.0, 0.0, 0.0, 1.0, 0.0] };
    /// assert!(t.visible(2.0, (0.0, 0.0), (100.0, 100.0)));
    /// assert!(t.visible(2.0, (-15.0, 0.0), (100.0, 100.0)));
    /// assert!(!t.visible(2.0, (-25.0, 0.0), (100.0, 100.0)));
    /// assert!(!t.visible(2.0, (0.0, 101.0), (100.0, 100.0)));
    /// ```
    pub fn visible(&self, scale: f64, offset: (f64, f64), size: (f64, f64)) -> bool {
        let device = |px: u32, py: u32| {
            let (x, y) = self.to_map(f64::from(px), f64::from(py));
            (scale * x + offset.0, scale * y + offset.1)
        };
        let (x1, y1) = (self.x + self.w, self.y + self.h);
        let corners = [
            device(self.x, self.y),
            device(x1, self.y),
            device(self.x, y1),
            device(x1, y1),
        ];
        let off = corners.iter().all(|p| p.0 < 0.0)
            || corners.iter().all(|p| p.0 > size.0)
            || corners.iter().all(|p| p.1 < 0.0)
            || corners.iter().all(|p| p.1 > size.1);
        !off
    }
}
