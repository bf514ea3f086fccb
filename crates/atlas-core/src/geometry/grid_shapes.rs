//! A grid layer's map geometry made from its cells alone (issue 27): each distinct
//! corner of the lattice reprojected once, the squares' topology built directly
//! ([`Topology::from_squares`]), paths, bounds and label points from the corners.
//! What the page gets is the same [`MapGeometry`] a boundary file gives — hover,
//! outlines, neighbours and the raster's tiles work unchanged — in a fraction of
//! the general builder's time.

use crate::geometry::coords::{Bounds, LonLat, Screen};
use crate::geometry::crs::Reprojector;
use crate::geometry::grid_cell::{GridCell, GridSystem};
use crate::geometry::projection::MapProjection;
use crate::geometry::shapes::{MapGeometry, BASE_TOLERANCE};
use crate::geometry::stream::{BoundsSink, PathSink, SvgPath};
use crate::geometry::topology::{LatticeBuilder, LatticePoint, Topology};
use rustc_hash::FxHashMap;

/// The map geometry of `cells` (all of one grid) fitted `width` wide with
/// `padding`: `None` when there are none or they cannot be placed.
///
/// ```
/// use atlas_core::geometry::grid_cell::GridCell;
/// use atlas_core::geometry::grid_shapes::grid_geometry;
/// let cells: Vec<GridCell> = ["1kmN3621E4481", "1kmN3621E4482", "1kmN3622E4481"]
///     .iter().map(|c| GridCell::parse(c).unwrap()).collect();
/// let g = grid_geometry(&cells, 1000.0, 16.0).unwrap();
/// assert_eq!(g.paths.len(), 3);
/// assert_eq!(g.topology.rook(), vec![vec![1, 2], vec![0], vec![0]]);
/// // the two cells in a row share a side: their boxes meet (a square of the
/// // European grid is turned about a degree on the map, so they overlap a little)
/// let (a, b) = (g.bounds[0].unwrap(), g.bounds[1].unwrap());
/// assert!((a.max_x - b.min_x).abs() < 0.05 * (a.max_x - a.min_x));
/// ```
pub fn grid_geometry(cells: &[GridCell], width: f64, padding: f64) -> Option<MapGeometry> {
    let mut shaper = GridShaper::new(cells.to_vec(), width, padding)?;
    while shaper.step(usize::MAX) < 1.0 {}
    shaper.finish()
}

/// Corners reprojected per unit of work (a square is about four).
const CORNERS_PER_WORK: usize = 1;

/// [`grid_geometry`] in slices of work, so a grid of 600,000 cells tells its
/// progress: the corners reprojected, then the squares joined into a topology, then
/// their paths. Call [`step`](Self::step) until it returns 1.0, then
/// [`finish`](Self::finish).
pub struct GridShaper {
    cells: Vec<GridCell>,
    width: f64,
    padding: f64,
    /// Each distinct corner, sorted; its lon/lat once reprojected.
    corners: Vec<LatticePoint>,
    lonlat: Vec<(f64, f64)>,
    reprojector: Reprojector,
    /// Where the next slice starts in the current stage.
    next: usize,
    /// Set once every corner is placed: the fit and each corner's screen position.
    fit: Option<(MapProjection, f64, FxHashMap<LatticePoint, Screen>)>,
    topology: LatticeBuilder,
    built: Option<Topology>,
    paths: Vec<String>,
    bounds: Vec<Option<Bounds>>,
    label_points: Vec<Option<Screen>>,
}

fn square(c: &GridCell) -> [LatticePoint; 4] {
    let s = i64::from(c.size);
    let (e, n) = (c.east, c.north);
    [(e, n), (e + s, n), (e + s, n + s), (e, n + s)]
}

impl GridShaper {
    pub fn new(cells: Vec<GridCell>, width: f64, padding: f64) -> Option<Self> {
        let first = cells.first()?;
        let reprojector = Reprojector::new(first.crs());
        let mut corners: Vec<LatticePoint> = cells.iter().flat_map(square).collect();
        corners.sort_unstable();
        corners.dedup();
        let n = cells.len();
        Some(GridShaper {
            cells,
            width,
            padding,
            lonlat: Vec::with_capacity(corners.len()),
            corners,
            reprojector,
            next: 0,
            fit: None,
            topology: LatticeBuilder::default(),
            built: None,
            paths: Vec::with_capacity(n),
            bounds: Vec::with_capacity(n),
            label_points: Vec::with_capacity(n),
        })
    }

    /// Do about `work` units of work; the progress from 0 to 1.
    pub fn step(&mut self, work: usize) -> f64 {
        let (corners, n) = (self.corners.len(), self.cells.len());
        if self.lonlat.len() < corners {
            let end =
                (self.lonlat.len() + work.saturating_mul(CORNERS_PER_WORK).max(1)).min(corners);
            let mut chunk: Vec<(f64, f64)> = self.corners[self.lonlat.len()..end]
                .iter()
                .map(|&(e, n)| (e as f64, n as f64))
                .collect();
            self.reprojector.to_lonlat(&mut chunk);
            self.lonlat.extend(chunk);
            if self.lonlat.len() < corners {
                return 0.4 * self.lonlat.len() as f64 / corners.max(1) as f64;
            }
        }
        if self.fit.is_none() && !self.place() {
            return 1.0; // nothing placeable: finish says so
        }
        let Some((_, _, at)) = &self.fit else {
            return 1.0;
        };
        let place = |p: LatticePoint| at.get(&p).copied().unwrap_or(Screen { x: 0.0, y: 0.0 });
        let budget = work.max(1);
        if self.built.is_none() {
            let end = (self.next + budget / 4 + 1).min(n);
            for c in &self.cells[self.next..end] {
                self.topology.add(&square(c), place);
            }
            self.next = end;
            if end < n {
                return 0.4 + 0.3 * end as f64 / n.max(1) as f64;
            }
            self.built = Some(std::mem::take(&mut self.topology).finish());
            self.next = 0;
        }
        let Some(topology) = &self.built else {
            return 1.0;
        };
        let end = (self.next + budget / 4 + 1).min(n);
        for d in self.next..end {
            let mut svg = SvgPath::new(1);
            topology.stream_district(d, BASE_TOLERANCE, &mut svg);
            self.paths.push(svg.finish());
            let pts = square(&self.cells[d]).map(place);
            let mut b = BoundsSink::default();
            for p in &pts {
                b.point(*p);
            }
            self.bounds.push(b.bounds());
            // a square's centre is inside it, on the map as in its grid
            self.label_points.push(Some(Screen {
                x: pts.iter().map(|p| p.x).sum::<f64>() / 4.0,
                y: pts.iter().map(|p| p.y).sum::<f64>() / 4.0,
            }));
        }
        self.next = end;
        if end < n {
            0.7 + 0.3 * end as f64 / n.max(1) as f64
        } else {
            1.0
        }
    }

    /// Fit the map to the corners' lon/lat extent and place each corner on it.
    fn place(&mut self) -> bool {
        let mut extent = BoundsSink::default();
        for &(lon, lat) in &self.lonlat {
            extent.point(LonLat { lon, lat });
        }
        let Some(ll) = extent.bounds() else {
            return false;
        };
        let Some((projection, height)) = MapProjection::fit_width(ll, self.width, self.padding)
        else {
            return false;
        };
        let at = self
            .corners
            .iter()
            .zip(&self.lonlat)
            .map(|(p, &(lon, lat))| (*p, projection.to_screen(LonLat { lon, lat })))
            .collect();
        self.fit = Some((projection, height, at));
        true
    }

    /// The geometry, once [`step`](Self::step) has returned 1.0 (`None` when the
    /// cells could not be placed).
    pub fn finish(mut self) -> Option<MapGeometry> {
        while self.step(usize::MAX) < 1.0 {}
        let (projection, height, _) = self.fit?;
        Some(MapGeometry {
            width: self.width,
            height,
            paths: self.paths,
            bounds: self.bounds,
            label_points: self.label_points,
            projection,
            topology: self.built?,
        })
    }
}

/// Each cell's area in km²: a cell of the equal-area European grid (ETRS89-LAEA) is
/// its size², a kvadratnet cell (UTM, not equal-area) is measured on the ellipsoid
/// from its corners.
///
/// ```
/// use atlas_core::geometry::grid_cell::GridCell;
/// use atlas_core::geometry::grid_shapes::cell_areas_km2;
/// let cells = [GridCell::parse("1kmN3621E4481").unwrap(), GridCell::parse("1km_6178_724").unwrap()];
/// let a = cell_areas_km2(&cells);
/// assert_eq!(a[0], Some(1.0));
/// assert!((a[1].unwrap() - 1.0).abs() < 0.005); // UTM's scale, near its meridian
/// ```
pub fn cell_areas_km2(cells: &[GridCell]) -> Vec<Option<f64>> {
    use geo::GeodesicArea;
    cells
        .iter()
        .map(|c| match c.system {
            GridSystem::Inspire => {
                let km = f64::from(c.size) / 1000.0;
                Some(km * km)
            }
            GridSystem::Kvadratnet => {
                let mut ring: Vec<(f64, f64)> = c.corners().to_vec();
                ring.push(ring[0]);
                Reprojector::new(c.crs()).to_lonlat(&mut ring);
                let p = geo::Polygon::new(geo::LineString::from(ring), Vec::new());
                Some(p.geodesic_area_signed().abs() / 1e6)
            }
        })
        .collect()
}
