//! The pure view model of the map's shapes: path strings computed once per boundary
//! set (and per zoom level), label points. Fills and legends are in `choropleth`
//! (re-exported here).

use crate::boundaries::District;
use crate::coords::{Bounds, LonLat, Screen};
use crate::projection::MapProjection;
use crate::simplify::{Topology, TopologyBuilder};
use crate::stream::{stream_multipolygon, BoundsSink, PathSink, SvgPath};
use geo::{Area, InteriorPoint};

pub use crate::choropleth::{
    choropleth, choropleth_with, gap_choropleth, quantile_choropleth, reference_mean, Choropleth,
    LegendClass,
};

/// Projected geometry of every district, in SVG user units.
#[derive(Clone, Debug, PartialEq)]
pub struct MapGeometry {
    pub width: f64,
    pub height: f64,
    /// One SVG path `d` per district, in district order.
    pub paths: Vec<String>,
    /// Screen-space bounds of each district (for hit tests and label placement).
    pub bounds: Vec<Option<Bounds>>,
    /// A point inside each district (on its largest part), for labels and badges.
    pub label_points: Vec<Option<Screen>>,
    pub projection: MapProjection,
    /// Shared-border topology for simplification at any zoom.
    pub topology: Topology,
}

/// Simplification tolerance at zoom 1, in SVG user units (the map is 1000 wide).
pub const BASE_TOLERANCE: f64 = 0.3;

impl MapGeometry {
    /// Path strings simplified for drawing at `zoom` (1 = whole map in view): the
    /// tolerance shrinks and the precision grows as the user zooms in.
    pub fn paths_at_zoom(&self, zoom: f64) -> Vec<String> {
        let zoom = zoom.max(1.0);
        let tolerance = BASE_TOLERANCE / zoom;
        let decimals = 1 + zoom.log10().ceil().max(0.0) as usize;
        (0..self.paths.len())
            .map(|d| {
                let mut svg = SvgPath::new(decimals);
                self.topology.stream_district(d, tolerance, &mut svg);
                svg.finish()
            })
            .collect()
    }
}

/// Geographic bounds (lon/lat) of all districts.
pub fn lonlat_bounds(districts: &[District]) -> Option<Bounds> {
    let mut sink = BoundsSink::default();
    for d in districts {
        stream_multipolygon(&d.geometry, |p: LonLat| p, &mut sink);
    }
    sink.bounds()
}

/// Project all districts to fit a `width`-wide canvas; the height follows the data's shape.
///
/// ```
/// use atlas_core::boundaries::{parse_boundaries, BoundaryOptions};
/// use atlas_core::mapview::build_geometry;
/// let gj = r#"{"type":"Polygon","coordinates":[[[12.5,55.6],[12.7,55.6],[12.7,55.7],[12.5,55.6]]]}"#;
/// let b = parse_boundaries(gj, &BoundaryOptions::default()).unwrap().value;
/// let g = build_geometry(&b.districts, 1000.0, 20.0).unwrap();
/// assert!(g.paths[0].starts_with('M') && g.paths[0].ends_with('Z'));
/// ```
pub fn build_geometry(districts: &[District], width: f64, padding: f64) -> Option<MapGeometry> {
    let mut b = GeometryBuilder::new(districts, width, padding)?;
    while b.step(usize::MAX) < 1.0 {}
    Some(b.finish())
}

/// Stages of [`GeometryBuilder`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Project,
    Cut,
    Paths,
    Done,
}

/// Builds [`MapGeometry`] in slices of work (vertices), so a huge file does not
/// block the page: call [`step`](Self::step) until it returns 1.0, then
/// [`finish`](Self::finish).
pub struct GeometryBuilder<'a> {
    districts: &'a [District],
    width: f64,
    height: f64,
    projection: MapProjection,
    stage: Stage,
    next: usize,
    total_vertices: usize,
    done_vertices: usize,
    bounds: Vec<Option<Bounds>>,
    topology: TopologyBuilder,
    finished: Option<Topology>,
    paths: Vec<String>,
}

impl<'a> GeometryBuilder<'a> {
    /// Fit the districts into a `width`-wide canvas. `None` if there is nothing to draw.
    pub fn new(districts: &'a [District], width: f64, padding: f64) -> Option<Self> {
        let ll = lonlat_bounds(districts)?;
        let (projection, height) = MapProjection::fit_width(ll, width, padding)?;
        let total_vertices = districts
            .iter()
            .flat_map(|d| &d.geometry.0)
            .map(|p| p.exterior().0.len() + p.interiors().iter().map(|r| r.0.len()).sum::<usize>())
            .sum::<usize>()
            .max(1);
        Some(GeometryBuilder {
            districts,
            width,
            height,
            projection,
            stage: Stage::Project,
            next: 0,
            total_vertices,
            done_vertices: 0,
            bounds: Vec::with_capacity(districts.len()),
            topology: TopologyBuilder::default(),
            finished: None,
            paths: Vec::with_capacity(districts.len()),
        })
    }

    /// Do about `work` vertices of work; returns progress from 0 to 1.
    pub fn step(&mut self, work: usize) -> f64 {
        let mut budget = work;
        let n = self.districts.len();
        while budget > 0 && self.stage != Stage::Done {
            match self.stage {
                Stage::Project => {
                    let Some(d) = self.districts.get(self.next) else {
                        self.stage = Stage::Cut;
                        self.next = 0;
                        continue;
                    };
                    let projection = self.projection;
                    let mut collect = RingCollector::default();
                    stream_multipolygon(&d.geometry, |p| projection.to_screen(p), &mut collect);
                    let mut b = BoundsSink::default();
                    for p in collect.polygons.iter().flatten().flatten() {
                        b.point(*p);
                    }
                    self.bounds.push(b.bounds());
                    let w = self.topology.add(&collect.polygons);
                    self.done_vertices += w;
                    budget = budget.saturating_sub(w.max(1));
                    self.next += 1;
                }
                Stage::Cut => {
                    if self.next >= n {
                        self.finished = Some(std::mem::take(&mut self.topology).finish());
                        self.stage = Stage::Paths;
                        self.next = 0;
                        continue;
                    }
                    let w = self.topology.cut(self.next);
                    self.done_vertices += w;
                    budget = budget.saturating_sub(w.max(1));
                    self.next += 1;
                }
                Stage::Paths => {
                    let Some(topology) = &self.finished else {
                        self.stage = Stage::Done;
                        continue;
                    };
                    if self.next >= n {
                        self.stage = Stage::Done;
                        continue;
                    }
                    let mut svg = SvgPath::new(1);
                    topology.stream_district(self.next, BASE_TOLERANCE, &mut svg);
                    let d = svg.finish();
                    budget = budget.saturating_sub(d.len() / 8 + 1);
                    self.paths.push(d);
                    self.next += 1;
                }
                Stage::Done => {}
            }
        }
        match self.stage {
            Stage::Done => 1.0,
            Stage::Paths => 0.95 + 0.05 * self.next as f64 / n.max(1) as f64,
            _ => (0.95 * self.done_vertices as f64 / (2 * self.total_vertices) as f64).min(0.95),
        }
    }

    /// The finished geometry (completing any remaining work).
    pub fn finish(mut self) -> MapGeometry {
        while self.step(usize::MAX) < 1.0 {}
        let topology = self.finished.take().unwrap_or_default();
        let label_points = label_points(&topology, self.districts.len());
        MapGeometry {
            width: self.width,
            height: self.height,
            paths: self.paths,
            bounds: self.bounds,
            label_points,
            projection: self.projection,
            topology,
        }
    }
}

/// A point inside each district's largest part, from the simplified shapes: the
/// same place to the eye, and far cheaper than on every vertex of a huge file.
fn label_points(topology: &Topology, n: usize) -> Vec<Option<Screen>> {
    let simplified = topology.rings_at(BASE_TOLERANCE);
    let mut out = Vec::with_capacity(n);
    for polys in simplified.iter().take(n) {
        let largest = polys
            .iter()
            .filter(|rings| !rings.is_empty())
            .map(|rings| {
                let ls = |r: &Vec<Screen>| {
                    let mut c: Vec<geo::Coord<f64>> =
                        r.iter().map(|p| geo::Coord { x: p.x, y: p.y }).collect();
                    if let Some(f) = c.first().copied() {
                        c.push(f);
                    }
                    geo::LineString(c)
                };
                geo::Polygon::new(ls(&rings[0]), rings[1..].iter().map(ls).collect())
            })
            .max_by(|x, y| x.unsigned_area().total_cmp(&y.unsigned_area()));
        out.push(largest.and_then(|p| {
            scanline_interior_point(&p).or_else(|| {
                p.interior_point().map(|pt| Screen {
                    x: pt.x(),
                    y: pt.y(),
                })
            })
        }));
    }
    out.resize(n, None);
    out
}

/// A point inside `polygon`: the middle of the widest stretch inside it along a
/// horizontal line near its middle that passes between vertices (JTS's
/// InteriorPointArea, which geo's `interior_point` follows, without geo's exact
/// re-check that built a spatial index per district — a fifth of the parishes' load).
/// `None` when the line finds no stretch (degenerate shapes).
///
/// ```
/// use atlas_core::mapview::scanline_interior_point;
/// use geo::{LineString, Polygon};
/// // an L shape: the point lands in the wide lower arm
/// let l = Polygon::new(LineString::from(vec![(0., 0.), (10., 0.), (10., 2.), (2., 2.), (2., 10.), (0., 10.), (0., 0.)]), vec![]);
/// let p = scanline_interior_point(&l).unwrap();
/// assert!(p.x > 0.0 && p.x < 2.0 && p.y > 2.0);
/// ```
pub fn scanline_interior_point(polygon: &geo::Polygon<f64>) -> Option<Screen> {
    let rings: Vec<&geo::LineString<f64>> = std::iter::once(polygon.exterior())
        .chain(polygon.interiors())
        .collect();
    let (min_y, max_y) = polygon
        .exterior()
        .0
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), c| {
            (lo.min(c.y), hi.max(c.y))
        });
    let centre = (min_y + max_y) / 2.0;
    let (mut lo, mut hi) = (min_y, max_y);
    for c in rings.iter().flat_map(|r| &r.0) {
        if c.y > centre && c.y < hi {
            hi = c.y;
        } else if c.y <= centre && c.y > lo {
            lo = c.y;
        }
    }
    let y = (lo + hi) / 2.0;
    let mut xs: Vec<f64> = Vec::new();
    for r in &rings {
        let pts = &r.0;
        for (i, a) in pts.iter().enumerate() {
            let b = pts[(i + 1) % pts.len()];
            if (a.y > y) != (b.y > y) {
                xs.push(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x));
            }
        }
    }
    xs.sort_by(f64::total_cmp);
    let best = xs
        .chunks_exact(2)
        .max_by(|p, q| (p[1] - p[0]).total_cmp(&(q[1] - q[0])))?;
    (best[1] > best[0] && y.is_finite()).then(|| Screen {
        x: (best[0] + best[1]) / 2.0,
        y,
    })
}

/// Collects streamed rings into polygons.
#[derive(Default)]
struct RingCollector {
    polygons: Vec<Vec<Vec<Screen>>>,
    ring: Vec<Screen>,
}

impl PathSink<Screen> for RingCollector {
    fn polygon_start(&mut self) {
        self.polygons.push(Vec::new());
    }
    fn ring_start(&mut self) {
        self.ring.clear();
    }
    fn point(&mut self, p: Screen) {
        self.ring.push(p);
    }
    fn ring_end(&mut self) {
        let ring = std::mem::take(&mut self.ring);
        if let Some(poly) = self.polygons.last_mut() {
            poly.push(ring);
        }
    }
}
