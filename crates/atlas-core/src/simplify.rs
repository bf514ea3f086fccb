//! Topology-preserving simplification for drawing at low zoom.
//!
//! Rings are cut into *arcs* at junctions — vertices where the set of neighbouring
//! vertices changes, i.e. where a border between two areas meets a third. Each arc is
//! stored once, in a canonical direction, and every vertex gets a Douglas–Peucker
//! *importance* (the largest tolerance at which it survives). Simplifying at a
//! tolerance keeps the vertices whose importance is at least that tolerance, so the
//! two districts on either side of a border get exactly the same simplified line:
//! no gaps, no slivers (mapshaper's approach).

use crate::coords::Screen;
use crate::stream::PathSink;
use std::collections::HashMap;

type Key = (i64, i64);

/// A fast hasher for integer keys (FxHash's multiply-rotate); the default SipHash is
/// several times slower on the millions of vertices of a large file.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(*b as u64);
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_i64(&mut self, i: i64) {
        self.write_u64(i as u64);
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// Quantise a screen coordinate so that equal source vertices share one key.
fn key(p: Screen) -> Key {
    ((p.x * 1000.0).round() as i64, (p.y * 1000.0).round() as i64)
}

/// One arc: its points and each point's importance (endpoints are `INFINITY`).
#[derive(Clone, Debug, PartialEq)]
struct Arc {
    points: Vec<Screen>,
    importance: Vec<f64>,
}

/// A reference from a ring to an arc, possibly walked backwards.
#[derive(Clone, Copy, Debug, PartialEq)]
struct ArcRef {
    arc: usize,
    reversed: bool,
}

/// Districts as rings of shared arcs, ready to be simplified at any tolerance.
#[derive(Clone, Debug, PartialEq, Default)]
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
    /// use atlas_core::coords::Screen;
    /// use atlas_core::simplify::Topology;
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

    /// Number of distinct arcs (shared borders count once).
    pub fn arc_count(&self) -> usize {
        self.arcs.len()
    }

    /// Vertices stored (shared borders count once).
    pub fn vertex_count(&self) -> usize {
        self.arcs.iter().map(|a| a.points.len()).sum()
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

/// Add `seq` as an arc unless an identical one exists; return its id.
fn intern(
    arcs: &mut Vec<Arc>,
    ids: &mut FxMap<(Key, Key, usize), usize>,
    seq: &[Key],
    positions: &FxMap<Key, Screen>,
) -> usize {
    let id_key = (seq[0], seq[1], seq.len());
    if let Some(&id) = ids.get(&id_key) {
        return id;
    }
    let points: Vec<Screen> = seq
        .iter()
        .map(|k| {
            positions.get(k).copied().unwrap_or(Screen {
                x: f64::NAN,
                y: f64::NAN,
            })
        })
        .collect();
    let importance = importance(&points);
    arcs.push(Arc { points, importance });
    ids.insert(id_key, arcs.len() - 1);
    arcs.len() - 1
}

/// Douglas–Peucker importance of each point: the largest tolerance at which the point
/// is still kept. Endpoints are always kept; a closed arc keeps its farthest point too.
fn importance(points: &[Screen]) -> Vec<f64> {
    let n = points.len();
    let mut imp = vec![0.0; n];
    if n == 0 {
        return imp;
    }
    imp[0] = f64::INFINITY;
    imp[n - 1] = f64::INFINITY;
    if n <= 2 {
        return imp;
    }
    let closed = key(points[0]) == key(points[n - 1]);
    let mut stack: Vec<(usize, usize, f64)> = Vec::new();
    if closed {
        // Split a closed ring at its farthest point from the start; keep that and the
        // point farthest from the chord, so it never collapses below a triangle.
        let far = (1..n - 1)
            .max_by(|a, b| dist2(points[0], points[*a]).total_cmp(&dist2(points[0], points[*b])))
            .unwrap_or(1);
        imp[far] = f64::INFINITY;
        let third = (1..n - 1).filter(|i| *i != far).max_by(|a, b| {
            seg_dist(points[*a], points[0], points[far]).total_cmp(&seg_dist(
                points[*b],
                points[0],
                points[far],
            ))
        });
        if let Some(t) = third {
            imp[t] = f64::INFINITY;
        }
        stack.push((0, far, f64::INFINITY));
        stack.push((far, n - 1, f64::INFINITY));
    } else {
        stack.push((0, n - 1, f64::INFINITY));
    }
    while let Some((a, b, cap)) = stack.pop() {
        if b <= a + 1 {
            continue;
        }
        let (mut best, mut best_d) = (a + 1, -1.0);
        for i in a + 1..b {
            let d = seg_dist(points[i], points[a], points[b]);
            if d > best_d {
                best_d = d;
                best = i;
            }
        }
        let v = if imp[best].is_infinite() {
            f64::INFINITY
        } else {
            best_d.min(cap)
        };
        imp[best] = v;
        stack.push((a, best, v));
        stack.push((best, b, v));
    }
    imp
}

fn dist2(a: Screen, b: Screen) -> f64 {
    (a.x - b.x).powi(2) + (a.y - b.y).powi(2)
}

/// Distance from `p` to the segment `a`–`b`.
fn seg_dist(p: Screen, a: Screen, b: Screen) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    if len2 == 0.0 {
        return dist2(p, a).sqrt();
    }
    let t = (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0);
    dist2(
        p,
        Screen {
            x: a.x + t * dx,
            y: a.y + t * dy,
        },
    )
    .sqrt()
}

/// Neighbour pairs seen at one vertex (unordered), enough to tell a junction.
#[derive(Clone, Debug, Default)]
struct NeighbourSet {
    first: Option<(Key, Key)>,
    junction: bool,
}

impl NeighbourSet {
    fn add(&mut self, a: Key, b: Key) {
        let pair = if a <= b { (a, b) } else { (b, a) };
        match self.first {
            None => self.first = Some(pair),
            Some(p) if p != pair => self.junction = true,
            _ => {}
        }
    }
    fn is_junction(&self) -> bool {
        self.junction
    }
}

/// Builds a [`Topology`] a district at a time, so a huge file can be processed in
/// slices: first [`add`](Self::add) every district, then [`cut`](Self::cut) each one
/// into arcs, then [`finish`](Self::finish).
#[derive(Default)]
pub struct TopologyBuilder {
    rings_keys: Vec<Vec<Vec<Vec<Key>>>>,
    neighbours: FxMap<Key, NeighbourSet>,
    positions: FxMap<Key, Screen>,
    arcs: Vec<Arc>,
    arc_ids: FxMap<(Key, Key, usize), usize>,
    districts: Vec<Vec<Vec<Vec<ArcRef>>>>,
}

impl TopologyBuilder {
    /// Pass 1: record one district's vertices and their neighbours. Returns the
    /// number of vertices seen (a measure of work done).
    pub fn add(&mut self, district: &[Vec<Vec<Screen>>]) -> usize {
        let mut work = 0;
        let mut dk = Vec::with_capacity(district.len());
        for poly in district {
            let mut pk = Vec::with_capacity(poly.len());
            for ring in poly {
                work += ring.len();
                let mut keys: Vec<Key> = Vec::with_capacity(ring.len());
                for p in ring {
                    if !(p.x.is_finite() && p.y.is_finite()) {
                        continue;
                    }
                    let k = key(*p);
                    if keys.last() != Some(&k) {
                        keys.push(k);
                        self.positions.entry(k).or_insert(*p);
                    }
                }
                while keys.len() > 1 && keys.first() == keys.last() {
                    keys.pop();
                }
                let n = keys.len();
                if n >= 3 {
                    for i in 0..n {
                        let prev = keys[(i + n - 1) % n];
                        let next = keys[(i + 1) % n];
                        self.neighbours.entry(keys[i]).or_default().add(prev, next);
                    }
                }
                pk.push(keys);
            }
            dk.push(pk);
        }
        self.rings_keys.push(dk);
        work
    }

    /// Pass 2 (after every district was added): cut district `d`'s rings at
    /// junctions into shared canonical arcs. Returns the vertices processed.
    pub fn cut(&mut self, d: usize) -> usize {
        let Some(dk) = self.rings_keys.get_mut(d).map(std::mem::take) else {
            return 0;
        };
        while self.districts.len() <= d {
            self.districts.push(Vec::new());
        }
        let mut work = 0;
        let mut dpolys = Vec::with_capacity(dk.len());
        for pk in &dk {
            let mut prings = Vec::with_capacity(pk.len());
            for keys in pk {
                work += keys.len();
                if keys.len() < 3 {
                    continue;
                }
                let neighbours = &self.neighbours;
                let is_junction = |k: &Key| neighbours.get(k).is_some_and(|s| s.is_junction());
                let n = keys.len();
                let refs: Vec<ArcRef> = match keys.iter().position(is_junction) {
                    None => {
                        let start = (0..n).min_by_key(|i| keys[*i]).unwrap_or(0);
                        let mut seq: Vec<Key> = (0..=n).map(|i| keys[(start + i) % n]).collect();
                        let mut reversed = false;
                        if seq[1] > seq[n - 1] {
                            seq.reverse();
                            reversed = true;
                        }
                        let id = intern(&mut self.arcs, &mut self.arc_ids, &seq, &self.positions);
                        vec![ArcRef { arc: id, reversed }]
                    }
                    Some(j0) => {
                        let junctions: Vec<bool> = (0..n).map(|i| is_junction(&keys[i])).collect();
                        let mut refs = Vec::new();
                        let mut seq: Vec<Key> = vec![keys[j0]];
                        for step in 1..=n {
                            let idx = (j0 + step) % n;
                            let k = keys[idx];
                            seq.push(k);
                            if step == n || junctions[idx] {
                                let last = seq.len() - 1;
                                let reversed = seq[0] > seq[last]
                                    || (seq[0] == seq[last] && seq[1] > seq[last - 1]);
                                let mut canon = seq.clone();
                                if reversed {
                                    canon.reverse();
                                }
                                let id = intern(
                                    &mut self.arcs,
                                    &mut self.arc_ids,
                                    &canon,
                                    &self.positions,
                                );
                                refs.push(ArcRef { arc: id, reversed });
                                seq = vec![k];
                            }
                        }
                        refs
                    }
                };
                prings.push(refs);
            }
            dpolys.push(prings);
        }
        self.districts[d] = dpolys;
        work
    }

    /// The finished topology.
    pub fn finish(self) -> Topology {
        Topology {
            arcs: self.arcs,
            districts: self.districts,
        }
    }
}
