//! The map's shapes as flat buffers: every ring's points one after another, for a
//! canvas to draw and a hit index to test — one more sink of the geometry stream.
//! Compact enough to hand between threads (three `Vec`s, no strings).

use crate::geometry::coords::{Bounds, Screen};
use crate::geometry::stream::{BoundsSink, PathSink};
use crate::geometry::topology::Topology;

/// Districts → rings → points, flat.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FlatShapes {
    /// `x0, y0, x1, y1, …` in SVG user units (the map is 1000 wide).
    pub coords: Vec<f32>,
    /// Index (in points) where each ring starts, and one past the last point.
    pub rings: Vec<u32>,
    /// Index (in rings) where each district's rings start, and one past the last ring.
    pub districts: Vec<u32>,
}

impl FlatShapes {
    /// Every district of `topology` simplified at `tolerance` (as the SVG paths are).
    ///
    /// ```
    /// use atlas_core::geometry::coords::Screen;
    /// use atlas_core::geometry::flat::FlatShapes;
    /// use atlas_core::geometry::topology::Topology;
    /// let s = |x: f64, y: f64| Screen { x, y };
    /// let square = vec![vec![vec![s(0., 0.), s(1., 0.), s(1., 1.), s(0., 1.)]]];
    /// let f = FlatShapes::from_topology(&Topology::build(&vec![square]), 0.0);
    /// assert_eq!(f.len(), 1);
    /// assert_eq!(f.rings_of(0).count(), 1);
    /// assert_eq!(f.rings_of(0).next().unwrap().len(), 8, "four points, x and y");
    /// ```
    pub fn from_topology(topology: &Topology, tolerance: f64) -> Self {
        let mut sink = FlatShapes {
            coords: Vec::new(),
            rings: Vec::new(),
            districts: vec![0],
        };
        for d in 0..topology.district_count() {
            topology.stream_district(d, tolerance, &mut sink);
            sink.districts.push(sink.rings.len() as u32);
        }
        sink.rings.push((sink.coords.len() / 2) as u32);
        sink
    }

    /// Number of districts.
    pub fn len(&self) -> usize {
        self.districts.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The rings of district `d`, each as `x0, y0, x1, y1, …`.
    pub fn rings_of(&self, d: usize) -> impl Iterator<Item = &[f32]> + '_ {
        let (from, to) = match (self.districts.get(d), self.districts.get(d + 1)) {
            (Some(&a), Some(&b)) => (a as usize, b as usize),
            _ => (0, 0),
        };
        (from..to).filter_map(move |r| {
            let start = *self.rings.get(r)? as usize * 2;
            let end = *self.rings.get(r + 1)? as usize * 2;
            self.coords.get(start..end)
        })
    }

    /// The bounds of district `d` (`None` without points).
    pub fn bounds_of(&self, d: usize) -> Option<Bounds> {
        let mut sink = BoundsSink::default();
        for ring in self.rings_of(d) {
            for p in ring.chunks_exact(2) {
                sink.point(Screen {
                    x: p[0] as f64,
                    y: p[1] as f64,
                });
            }
        }
        sink.bounds()
    }

    /// Is (x, y) inside district `d` (even–odd over all its rings, so holes are out)?
    pub fn contains(&self, d: usize, x: f64, y: f64) -> bool {
        let mut inside = false;
        for ring in self.rings_of(d) {
            let n = ring.len() / 2;
            let mut j = n.saturating_sub(1);
            for i in 0..n {
                let (xi, yi) = (ring[2 * i] as f64, ring[2 * i + 1] as f64);
                let (xj, yj) = (ring[2 * j] as f64, ring[2 * j + 1] as f64);
                if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                    inside = !inside;
                }
                j = i;
            }
        }
        inside
    }
}

impl PathSink<Screen> for FlatShapes {
    fn ring_start(&mut self) {
        self.rings.push((self.coords.len() / 2) as u32);
    }

    fn point(&mut self, p: Screen) {
        self.coords.push(p.x as f32);
        self.coords.push(p.y as f32);
    }
}
