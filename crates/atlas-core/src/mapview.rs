//! The pure view model of the map: path strings computed once per boundary set, and
//! fills + legend computed per indicator. Components only render these.

use crate::boundaries::District;
use crate::classify::{quantile, Classification};
use crate::coords::{Bounds, LonLat, Screen};
use crate::indicator::Polarity;
use crate::palette::class_colours;
use crate::projection::{MapProjection, Viewport};
use crate::simplify::{ScreenRings, Topology};
use crate::stream::{stream_multipolygon, BoundsSink, PathSink, SvgPath};
use geo::{Area, InteriorPoint};

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
    let ll = lonlat_bounds(districts)?;
    // Height from the Mercator aspect of the data.
    let probe = MapProjection::fit_lonlat(
        ll,
        Viewport {
            width,
            height: width * 10.0,
            padding,
        },
    )?;
    let tl = probe.to_screen(LonLat {
        lon: ll.min_x,
        lat: ll.max_y,
    });
    let br = probe.to_screen(LonLat {
        lon: ll.max_x,
        lat: ll.min_y,
    });
    let height = ((br.y - tl.y).abs() + 2.0 * padding).clamp(100.0, width * 3.0);
    let projection = MapProjection::fit_lonlat(
        ll,
        Viewport {
            width,
            height,
            padding,
        },
    )?;
    let mut bounds = Vec::with_capacity(districts.len());
    let mut label_points = Vec::with_capacity(districts.len());
    let mut rings: ScreenRings = Vec::with_capacity(districts.len());
    for d in districts {
        let mut collect = RingCollector::default();
        stream_multipolygon(&d.geometry, |p| projection.to_screen(p), &mut collect);
        let mut b = BoundsSink::default();
        for poly in &collect.polygons {
            for ring in poly {
                for p in ring {
                    b.point(*p);
                }
            }
        }
        rings.push(collect.polygons);
        bounds.push(b.bounds());
        let largest = d
            .geometry
            .0
            .iter()
            .max_by(|x, y| x.unsigned_area().total_cmp(&y.unsigned_area()));
        label_points.push(largest.and_then(|p| p.interior_point()).map(|pt| {
            projection.to_screen(LonLat {
                lon: pt.x(),
                lat: pt.y(),
            })
        }));
    }
    let topology = Topology::build(&rings);
    let mut geometry = MapGeometry {
        width,
        height,
        paths: vec![String::new(); districts.len()],
        bounds,
        label_points,
        projection,
        topology,
    };
    geometry.paths = geometry.paths_at_zoom(1.0);
    Some(geometry)
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
/// One row of the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendClass {
    pub colour: String,
    pub lower: f64,
    pub upper: f64,
    pub count: usize,
}

/// Fills and legend of one indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct Choropleth {
    pub classification: Option<Classification>,
    /// Per district: class index, `None` = missing.
    pub classes: Vec<Option<usize>>,
    /// Per district: fill colour, `None` = missing (drawn hatched).
    pub fills: Vec<Option<String>>,
    /// Classes from lowest to highest value.
    pub legend: Vec<LegendClass>,
    /// Districts without a value.
    pub missing: usize,
}

/// Classify `values` into `k` quantile classes coloured by polarity.
///
/// ```
/// use atlas_core::mapview::choropleth;
/// use atlas_core::indicator::Polarity;
/// let c = choropleth(&[Some(1.0), None, Some(3.0)], Polarity::HigherIsWorse, 5);
/// assert_eq!(c.missing, 1);
/// assert!(c.fills[1].is_none());
/// assert_eq!(c.legend.iter().map(|l| l.count).sum::<usize>(), 2);
/// ```
pub fn choropleth(values: &[Option<f64>], polarity: Polarity, k: usize) -> Choropleth {
    let classification = quantile(values, k);
    let Some(cls) = classification.clone() else {
        return Choropleth {
            classification: None,
            classes: vec![None; values.len()],
            fills: vec![None; values.len()],
            legend: Vec::new(),
            missing: values.len(),
        };
    };
    let colours = class_colours(cls.classes(), polarity);
    let classes: Vec<Option<usize>> = values
        .iter()
        .map(|v| (*v).filter(|x| x.is_finite()).map(|x| cls.class_of(x)))
        .collect();
    let fills = classes
        .iter()
        .map(|c| c.map(|i| colours[i].clone()))
        .collect();
    let legend = (0..cls.classes())
        .map(|i| {
            let (lower, upper) = cls.range(i);
            LegendClass {
                colour: colours[i].clone(),
                lower,
                upper,
                count: classes.iter().filter(|c| **c == Some(i)).count(),
            }
        })
        .collect();
    Choropleth {
        missing: classes.iter().filter(|c| c.is_none()).count(),
        classification,
        classes,
        fills,
        legend,
    }
}
