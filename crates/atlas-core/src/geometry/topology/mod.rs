//! Topology-preserving simplification for drawing at low zoom.
//!
//! Rings are cut into *arcs* at junctions — vertices where the set of neighbouring
//! vertices changes, i.e. where a border between two areas meets a third. Each arc is
//! stored once, in a canonical direction, and every vertex gets a Douglas–Peucker
//! *importance* (the largest tolerance at which it survives). Simplifying at a
//! tolerance keeps the vertices whose importance is at least that tolerance, so the
//! two districts on either side of a border get exactly the same simplified line:
//! no gaps, no slivers (mapshaper's approach).

use crate::geometry::coords::Screen;
use crate::geometry::stream::PathSink;

mod builder;
mod contiguity;
mod dissolve;
mod importance;
mod lattice;
mod outline;
mod sharded;

pub use builder::TopologyBuilder;
pub use dissolve::covered_area;
pub use lattice::{LatticeBuilder, LatticePoint};
pub use sharded::ShardedMap;

type Key = (i64, i64);

/// Integer-keyed maps with rustc's Fx hash: the default SipHash is several times
/// slower on the millions of vertices of a large file.
type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// Quantise a screen coordinate so that equal source vertices share one key.
fn key(p: Screen) -> Key {
    ((p.x * 1000.0).round() as i64, (p.y * 1000.0).round() as i64)
}

/// One arc: its points and each point's importance (endpoints are `INFINITY`).
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq)]
struct Arc {
    points: Vec<Screen>,
    importance: Vec<f64>,
}

/// A reference from a ring to an arc, possibly walked backwards.
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq)]
struct ArcRef {
    arc: usize,
    reversed: bool,
}

/// Districts as rings of shared arcs, ready to be simplified at any tolerance.
#[derive(serde::Serialize, serde::Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Topology {
    arcs: Vec<Arc>,
    /// `districts[d][polygon][ring]` = arcs of that ring, in order.
    districts: Vec<Vec<Vec<Vec<ArcRef>>>>,
}

/// Input shape: `districts[d][polygon][ring]` = ring points (not repeating the first).
pub type ScreenRings = Vec<Vec<Vec<Vec<Screen>>>>;

impl Topology {
    /// Build the arc topology of `districts` (screen coordinates).
    ///
    /// ```
    /// use atlas_core::geometry::coords::Screen;
    /// use atlas_core::geometry::topology::Topology;
    /// let s = |x: f64, y: f64| Screen { x, y };
    /// // Two squares sharing the edge x = 1.
    /// let a = vec![vec![vec![s(0.,0.), s(1.,0.), s(1.,0.5), s(1.,1.), s(0.,1.)]]];
    /// let b = vec![vec![vec![s(1.,0.), s(2.,0.), s(2.,1.), s(1.,1.), s(1.,0.5)]]];
    /// let t = Topology::build(&vec![a, b]);
    /// let simple = t.rings_at(0.1);
    /// // (1, 0.5) is on a straight shared border: gone from both sides at once.
    /// assert!(simple.iter().flatten().flatten().all(|r| r.iter().all(|p| p.y != 0.5)));
    /// ```
    pub fn build(input: &ScreenRings) -> Topology {
        let mut b = TopologyBuilder::default();
        for d in input {
            b.add(d);
        }
        for d in 0..input.len() {
            b.cut(d);
        }
        b.finish()
    }

    /// Number of districts.
    pub fn district_count(&self) -> usize {
        self.districts.len()
    }

    /// Number of distinct arcs (shared borders count once).
    pub fn arc_count(&self) -> usize {
        self.arcs.len()
    }

    /// Vertices stored (shared borders count once).
    pub fn vertex_count(&self) -> usize {
        self.arcs.iter().map(|a| a.points.len()).sum()
    }

    /// Drop the vertices no tolerance of `finest` or coarser keeps: simplified at
    /// any such tolerance the rings are exactly as before, with less to store and
    /// send (the loader worker prunes at the finest detail the map can zoom to).
    ///
    /// ```
    /// use atlas_core::geometry::coords::Screen;
    /// use atlas_core::geometry::topology::Topology;
    /// let s = |x: f64, y: f64| Screen { x, y };
    /// // a square with a point nearly on its bottom edge
    /// let sq = vec![vec![vec![s(0.,0.), s(0.5,0.000001), s(1.,0.), s(1.,1.), s(0.,1.)]]];
    /// let mut t = Topology::build(&vec![sq]);
    /// let before = t.rings_at(0.01);
    /// t.prune(0.001);
    /// assert_eq!(t.rings_at(0.01), before);
    /// assert_eq!(t.vertex_count(), 5); // the ring's 4 corners (+ its repeated end), not the near-edge point
    /// ```
    pub fn prune(&mut self, finest: f64) {
        for arc in &mut self.arcs {
            let keep: Vec<bool> = arc.importance.iter().map(|&i| i >= finest).collect();
            let mut k = keep.iter();
            arc.points.retain(|_| *k.next().unwrap_or(&true));
            arc.importance.retain(|&i| i >= finest);
        }
    }

    /// Rings of every district simplified at `tolerance` (screen units); rings that
    /// collapse below three points are dropped.
    pub fn rings_at(&self, tolerance: f64) -> ScreenRings {
        self.districts
            .iter()
            .map(|polys| {
                polys
                    .iter()
                    .map(|rings| {
                        rings
                            .iter()
                            .filter_map(|refs| {
                                let mut out: Vec<Screen> = Vec::new();
                                for r in refs {
                                    let arc = &self.arcs[r.arc];
                                    let n = arc.points.len();
                                    let mut push = |i: usize| {
                                        if arc.importance[i] >= tolerance {
                                            out.push(arc.points[i]);
                                        }
                                    };
                                    // Each arc contributes all but its last point.
                                    if r.reversed {
                                        for i in (1..n).rev() {
                                            push(i);
                                        }
                                    } else {
                                        for i in 0..n - 1 {
                                            push(i);
                                        }
                                    }
                                }
                                (out.len() >= 3).then_some(out)
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect()
    }

    /// Stream district `d` simplified at `tolerance` into `sink`.
    pub fn stream_district<S: PathSink<Screen>>(&self, d: usize, tolerance: f64, sink: &mut S) {
        let Some(polys) = self.districts.get(d) else {
            return;
        };
        for rings in polys {
            for refs in rings {
                let mut kept = 0usize;
                let mut buf: Vec<Screen> = Vec::new();
                for r in refs {
                    let arc = &self.arcs[r.arc];
                    let n = arc.points.len();
                    let idx: Box<dyn Iterator<Item = usize>> = if r.reversed {
                        Box::new((1..n).rev())
                    } else {
                        Box::new(0..n - 1)
                    };
                    for i in idx {
                        if arc.importance[i] >= tolerance {
                            buf.push(arc.points[i]);
                            kept += 1;
                        }
                    }
                }
                if kept >= 3 {
                    sink.ring_start();
                    for p in buf {
                        sink.point(p);
                    }
                    sink.ring_end();
                }
            }
        }
    }
}
