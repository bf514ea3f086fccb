//! The map's shapes: every district projected, cut into shared arcs and turned into
//! path strings once per boundary set (and per zoom level), with a label point each.
//! Fills and legends are not here: see `classify::choropleth`.

use crate::geometry::coords::{Bounds, LonLat, Screen};
use crate::geometry::label_point::label_points;
use crate::geometry::projection::MapProjection;
use crate::geometry::stream::{stream_multipolygon, BoundsSink, PathSink, SvgPath};
use crate::geometry::topology::{Topology, TopologyBuilder};
use crate::model::district::District;

/// Projected geometry of every district, in SVG user units.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
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

impl MapGeometry {
    /// The path of one district simplified for drawing at `zoom` (as
    /// [`paths_at_zoom`](Self::paths_at_zoom) draws it): outlines over a canvas.
    pub fn path_at_zoom(&self, d: usize, zoom: f64) -> String {
        if zoom <= 1.0 {
            return self.paths.get(d).cloned().unwrap_or_default();
        }
        let tolerance = BASE_TOLERANCE / zoom;
        let decimals = 1 + zoom.log10().ceil().max(0.0) as usize;
        let mut svg = SvgPath::new(decimals);
        self.topology.stream_district(d, tolerance, &mut svg);
        svg.finish()
    }

    /// The outline of the districts `members` as one shape at `zoom` (borders between
    /// two members left out): a group of areas drawn as A or B.
    pub fn group_outline_at_zoom(&self, members: &[usize], zoom: f64) -> String {
        self.topology
            .outline_of(members, BASE_TOLERANCE / zoom.max(1.0))
    }

    /// The districts of each of `groups` drawn as one shape (kvarterer as bydele):
    /// the shared topology dissolved, the same projection and size.
    pub fn dissolve(&self, groups: &[Vec<usize>]) -> MapGeometry {
        let topology = self.topology.dissolve(groups);
        let paths = (0..groups.len())
            .map(|g| {
                let mut svg = SvgPath::new(1);
                topology.stream_district(g, BASE_TOLERANCE, &mut svg);
                svg.finish()
            })
            .collect();
        let bounds = groups
            .iter()
            .map(|members| {
                members
                    .iter()
                    .filter_map(|&d| self.bounds.get(d).copied().flatten())
                    .reduce(|a, b| Bounds {
                        min_x: a.min_x.min(b.min_x),
                        min_y: a.min_y.min(b.min_y),
                        max_x: a.max_x.max(b.max_x),
                        max_y: a.max_y.max(b.max_y),
                    })
            })
            .collect();
        MapGeometry {
            width: self.width,
            height: self.height,
            paths,
            bounds,
            label_points: label_points(&topology, groups.len()),
            projection: self.projection,
            topology,
        }
    }

    /// Every district as flat rings simplified for drawing at `zoom`: what a canvas
    /// draws and hit-tests.
    pub fn flat_at_zoom(&self, zoom: f64) -> crate::geometry::flat::FlatShapes {
        crate::geometry::flat::FlatShapes::from_topology(
            &self.topology,
            BASE_TOLERANCE / zoom.max(1.0),
        )
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
/// use atlas_core::import::boundaries::BoundaryOptions;
/// use atlas_core::pipeline::parse_boundaries;
/// use atlas_core::geometry::shapes::build_geometry;
/// let gj = r#"{"type":"Polygon","coordinates":[[[12.5,55.6],[12.7,55.6],[12.7,55.7],[12.5,55.6]]]}"#;
/// let b = parse_boundaries(gj, &BoundaryOptions::default()).unwrap().value;
/// let g = build_geometry(&b.districts, 1000.0, 20.0).unwrap();
/// assert!(g.paths[0].starts_with('M') && g.paths[0].ends_with('Z'));
/// ```
pub fn build_geometry(districts: &[District], width: f64, padding: f64) -> Option<MapGeometry> {
    let b = GeometryBuilder::new(districts, width, padding)?;
    Some(b.finish(districts))
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
/// [`finish`](Self::finish), each time with the same districts.
pub struct GeometryBuilder {
    n: usize,
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

impl GeometryBuilder {
    /// Fit the districts into a `width`-wide canvas. `None` if there is nothing to draw.
    pub fn new(districts: &[District], width: f64, padding: f64) -> Option<Self> {
        let ll = lonlat_bounds(districts)?;
        let (projection, height) = MapProjection::fit_width(ll, width, padding)?;
        let total_vertices = districts
            .iter()
            .flat_map(|d| &d.geometry.0)
            .map(|p| p.exterior().0.len() + p.interiors().iter().map(|r| r.0.len()).sum::<usize>())
            .sum::<usize>()
            .max(1);
        Some(GeometryBuilder {
            n: districts.len(),
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
    pub fn step(&mut self, districts: &[District], work: usize) -> f64 {
        let mut budget = work;
        let n = self.n;
        while budget > 0 && self.stage != Stage::Done {
            match self.stage {
                Stage::Project => {
                    let Some(d) = districts.get(self.next) else {
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
    pub fn finish(mut self, districts: &[District]) -> MapGeometry {
        while self.step(districts, usize::MAX) < 1.0 {}
        let topology = self.finished.take().unwrap_or_default();
        let label_points = label_points(&topology, self.n);
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
