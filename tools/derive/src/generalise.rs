//! Simplifying a map beyond the tolerance at which every ring stays simple.
//!
//! [`crate::simplify`] keeps, on the core's shared-border topology, every vertex whose
//! Douglas–Peucker importance reaches one tolerance. The bydele stay clean at 12 m;
//! the DAWA municipalities are already generalised (a vertex every 400 m on the
//! median) and cross themselves in a few narrow fjords at any tolerance that makes
//! the file smaller, and one tolerance large enough for Jutland loses a tenth of a
//! small suburb. So here each area has its own tolerance (a border is simplified at
//! the smaller of its two sides'), and, as mapshaper does, the simplification is
//! mended: where two of the simplified edges cross or touch (in one ring
//! or between any two rings of the map), the vertices the simplification had dropped
//! from those edges are restored, until no two edges meet but at their ends; a ring
//! that would collapse below three points keeps all of its vertices. A vertex is
//! restored by its position, so both sides of a shared border get it: neighbours
//! keep identical borders.

use crate::split::OutArea;
use atlas_core::geometry::coords::Screen;
use atlas_core::geometry::topology::{ScreenRings, Topology};
use std::collections::{HashMap, HashSet};

/// A vertex in whole millimetres (the topology's own key).
type Key = (i64, i64);

fn key(p: Screen) -> Key {
    ((p.x * 1000.0).round() as i64, (p.y * 1000.0).round() as i64)
}

/// Side of c from a→b: > 0 left, < 0 right, 0 on the line.
fn orient(a: Key, b: Key, c: Key) -> i128 {
    (b.0 - a.0) as i128 * (c.1 - a.1) as i128 - (b.1 - a.1) as i128 * (c.0 - a.0) as i128
}

/// Whether c, on the line a–b, lies within the segment's box.
fn within(a: Key, b: Key, c: Key) -> bool {
    c.0 >= a.0.min(b.0) && c.0 <= a.0.max(b.0) && c.1 >= a.1.min(b.1) && c.1 <= a.1.max(b.1)
}

/// Whether the segments a–b and c–d meet anywhere but at an end they share.
fn conflict(a: Key, b: Key, c: Key, d: Key) -> bool {
    if (a == c && b == d) || (a == d && b == c) {
        return false; // one border, drawn by the areas on either side
    }
    let shared = [(a, b, c, d), (a, b, d, c), (b, a, c, d), (b, a, d, c)]
        .into_iter()
        .find(|(p, _, q, _)| p == q);
    if let Some((p, u, _, v)) = shared {
        // meeting at p: a conflict only when one runs back along the other
        return orient(p, u, v) == 0
            && (u.0 - p.0) as i128 * (v.0 - p.0) as i128
                + (u.1 - p.1) as i128 * (v.1 - p.1) as i128
                > 0;
    }
    let (o1, o2) = (orient(a, b, c), orient(a, b, d));
    let (o3, o4) = (orient(c, d, a), orient(c, d, b));
    if o1.signum() * o2.signum() < 0 && o3.signum() * o4.signum() < 0 {
        return true;
    }
    (o1 == 0 && within(a, b, c))
        || (o2 == 0 && within(a, b, d))
        || (o3 == 0 && within(c, d, a))
        || (o4 == 0 && within(c, d, b))
}

/// One simplified edge: its ends and the fine ring's vertices it leaves out.
struct Edge {
    a: Key,
    b: Key,
    /// The fine vertices strictly between its ends.
    skipped: Vec<Key>,
}

/// Grid cell size (m) for finding edges that may meet.
const CELL: f64 = 2_000.0;

/// The edges that meet another edge anywhere but at a shared end.
fn conflicting(edges: &[Edge]) -> HashSet<usize> {
    let cell = |v: i64| (v as f64 / 1000.0 / CELL).floor() as i64;
    let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (i, e) in edges.iter().enumerate() {
        for gx in cell(e.a.0.min(e.b.0))..=cell(e.a.0.max(e.b.0)) {
            for gy in cell(e.a.1.min(e.b.1))..=cell(e.a.1.max(e.b.1)) {
                grid.entry((gx, gy)).or_default().push(i);
            }
        }
    }
    let mut bad = HashSet::new();
    for list in grid.values() {
        for (n, &i) in list.iter().enumerate() {
            for &j in &list[n + 1..] {
                let (e, f) = (&edges[i], &edges[j]);
                if conflict(e.a, e.b, f.a, f.b) {
                    bad.insert(i);
                    bad.insert(j);
                }
            }
        }
    }
    bad
}

/// `areas` simplified, each at its own tolerance in metres (`tolerance[area]`; a
/// vertex two or more areas share at the smallest of theirs, so a border is the same
/// line on both sides), mended (see the module's description); also the number of
/// vertices restored.
pub fn simplify(areas: &[OutArea], tolerance: &[f64]) -> (ScreenRings, usize) {
    let topo = Topology::build(&crate::simplify::rings(areas));
    let fine = topo.rings_at(0.0);
    // each vertex's tolerance: the smallest of the areas it belongs to
    let mut own: HashMap<Key, f64> = HashMap::new();
    for (d, polys) in fine.iter().enumerate() {
        for p in polys.iter().flatten().flatten() {
            let t = own.entry(key(*p)).or_insert(tolerance[d]);
            *t = t.min(tolerance[d]);
        }
    }
    // the vertices each tolerance keeps
    let mut levels: Vec<f64> = tolerance.to_vec();
    levels.sort_by(f64::total_cmp);
    levels.dedup();
    let at_level: HashMap<u64, HashSet<Key>> = levels
        .iter()
        .map(|&t| {
            let keys = topo
                .rings_at(t)
                .iter()
                .flatten()
                .flatten()
                .flatten()
                .map(|p| key(*p))
                .collect();
            (t.to_bits(), keys)
        })
        .collect();
    let kept: HashSet<Key> = own
        .iter()
        .filter(|(k, t)| at_level[&t.to_bits()].contains(k))
        .map(|(k, _)| *k)
        .collect();
    let mut restored: HashSet<Key> = HashSet::new();
    loop {
        let start = restored.len();
        // each ring: the fine ring's vertices that are kept or restored
        let mut simple: ScreenRings = Vec::with_capacity(fine.len());
        let mut edges: Vec<Edge> = Vec::new();
        for polys in &fine {
            let mut out_polys = Vec::with_capacity(polys.len());
            for rings in polys {
                let mut out_rings = Vec::with_capacity(rings.len());
                for ring in rings {
                    let mut at: Vec<usize> = (0..ring.len())
                        .filter(|&i| {
                            let k = key(ring[i]);
                            kept.contains(&k) || restored.contains(&k)
                        })
                        .collect();
                    if at.len() < 3 {
                        // too few left: the ring keeps every vertex, its
                        // neighbours with it
                        restored.extend(ring.iter().map(|p| key(*p)));
                        at = (0..ring.len()).collect();
                    }
                    for (n, &i) in at.iter().enumerate() {
                        let j = at[(n + 1) % at.len()];
                        let skipped = if j > i {
                            (i + 1..j).map(|s| key(ring[s])).collect()
                        } else {
                            (i + 1..ring.len())
                                .chain(0..j)
                                .map(|s| key(ring[s]))
                                .collect()
                        };
                        edges.push(Edge {
                            a: key(ring[i]),
                            b: key(ring[j]),
                            skipped,
                        });
                    }
                    out_rings.push(at.iter().map(|&i| ring[i]).collect::<Vec<Screen>>());
                }
                out_polys.push(out_rings);
            }
            simple.push(out_polys);
        }
        if restored.len() != start {
            continue; // a collapsing ring restored vertices its neighbours need too
        }
        let bad = conflicting(&edges);
        if bad.is_empty() {
            return (simple, restored.len());
        }
        let before = restored.len();
        let mut bad: Vec<usize> = bad.into_iter().collect();
        bad.sort_unstable();
        for i in bad {
            restored.extend(edges[i].skipped.iter().copied());
        }
        if restored.len() == before {
            // what still meets is in the unsimplified map too (parts of one area
            // touching): nothing the simplification did
            return (simple, restored.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_meet_only_at_shared_ends() {
        let k = |x: i64, y: i64| (x, y);
        // a shared border edge, either way round
        assert!(!conflict(k(0, 0), k(10, 0), k(10, 0), k(0, 0)));
        // a corner
        assert!(!conflict(k(0, 0), k(10, 0), k(10, 0), k(10, 10)));
        // folding back along itself
        assert!(conflict(k(0, 0), k(10, 0), k(10, 0), k(5, 0)));
        // crossing
        assert!(conflict(k(0, 0), k(10, 10), k(0, 10), k(10, 0)));
        // one end on the other edge
        assert!(conflict(k(0, 0), k(10, 0), k(5, 0), k(5, 5)));
        // apart
        assert!(!conflict(k(0, 0), k(10, 0), k(0, 1), k(10, 1)));
    }
}
