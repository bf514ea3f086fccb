//! A grid layer's map geometry made from its cells alone (issue 27): each distinct
//! corner of the lattice reprojected once, the squares' topology built directly
//! ([`Topology::from_squares`]), paths, bounds and label points from the corners.
//! What the page gets is the same [`MapGeometry`] a boundary file gives — hover,
//! outlines, neighbours and the raster's tiles work unchanged — in a fraction of
//! the general builder's time.

use crate::geometry::coords::{Bounds, LonLat, Screen};
use crate::geometry::crs::Reprojector;
use crate::geometry::grid_cell::GridCell;
use crate::geometry::projection::MapProjection;
use crate::geometry::shapes::{MapGeometry, BASE_TOLERANCE};
use crate::geometry::stream::SvgPath;
use crate::geometry::topology::{LatticePoint, Topology};

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
/// // the two cells in a row share a side: the east one starts where the west one ends
/// let (a, b) = (g.bounds[0].unwrap(), g.bounds[1].unwrap());
/// assert!((a.max_x - b.min_x).abs() < 1e-9);
/// ```
pub fn grid_geometry(cells: &[GridCell], width: f64, padding: f64) -> Option<MapGeometry> {
    let first = cells.first()?;
    let squares: Vec<[LatticePoint; 4]> = cells
        .iter()
        .map(|c| {
            let s = i64::from(c.size);
            let (e, n) = (c.east, c.north);
            [(e, n), (e + s, n), (e + s, n + s), (e, n + s)]
        })
        .collect();
    // each distinct corner reprojected once, in one call
    let mut corners: Vec<LatticePoint> = squares.iter().flatten().copied().collect();
    corners.sort_unstable();
    corners.dedup();
    let mut coords: Vec<(f64, f64)> = corners.iter().map(|&(e, n)| (e as f64, n as f64)).collect();
    Reprojector::new(first.crs()).to_lonlat(&mut coords);
    let lonlat: rustc_hash::FxHashMap<LatticePoint, LonLat> = corners
        .iter()
        .zip(&coords)
        .map(|(p, &(lon, lat))| (*p, LonLat { lon, lat }))
        .collect();
    let ll = coords.iter().fold(None::<Bounds>, |b, &(x, y)| {
        Some(match b {
            None => Bounds {
                min_x: x,
                min_y: y,
                max_x: x,
                max_y: y,
            },
            Some(b) => Bounds {
                min_x: b.min_x.min(x),
                min_y: b.min_y.min(y),
                max_x: b.max_x.max(x),
                max_y: b.max_y.max(y),
            },
        })
    })?;
    if !(ll.min_x.is_finite() && ll.max_y.is_finite()) {
        return None;
    }
    let (projection, height) = MapProjection::fit_width(ll, width, padding)?;
    let at = |p: LatticePoint| {
        lonlat
            .get(&p)
            .map_or(Screen { x: 0.0, y: 0.0 }, |q| projection.to_screen(*q))
    };
    let topology = Topology::from_squares(&squares, at);
    let mut paths = Vec::with_capacity(cells.len());
    let mut bounds = Vec::with_capacity(cells.len());
    let mut label_points = Vec::with_capacity(cells.len());
    for (d, square) in squares.iter().enumerate() {
        let mut svg = SvgPath::new(1);
        topology.stream_district(d, BASE_TOLERANCE, &mut svg);
        paths.push(svg.finish());
        let pts = square.map(at);
        let b = pts.iter().fold(
            Bounds {
                min_x: f64::MAX,
                min_y: f64::MAX,
                max_x: f64::MIN,
                max_y: f64::MIN,
            },
            |b, p| Bounds {
                min_x: b.min_x.min(p.x),
                min_y: b.min_y.min(p.y),
                max_x: b.max_x.max(p.x),
                max_y: b.max_y.max(p.y),
            },
        );
        bounds.push(Some(b));
        // a square's centre is inside it, on the map as in its grid
        label_points.push(Some(Screen {
            x: pts.iter().map(|p| p.x).sum::<f64>() / 4.0,
            y: pts.iter().map(|p| p.y).sum::<f64>() / 4.0,
        }));
    }
    Some(MapGeometry {
        width,
        height,
        paths,
        bounds,
        label_points,
        projection,
        topology,
    })
}
