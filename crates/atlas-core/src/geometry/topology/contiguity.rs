//! Who borders whom, read off the shared arcs: two areas that use one arc share an
//! edge (rook); two that meet at an arc's end share at least a point (queen). As
//! GeoDa and PySAL count them, since both sides of a border are the very same arc.

use super::{key, Key, Topology};
use rustc_hash::FxHashMap;

impl Topology {
    /// Rook contiguity: for each district, the districts it shares an edge with
    /// (ascending).
    ///
    /// ```
    /// use atlas_core::geometry::coords::Screen;
    /// use atlas_core::geometry::topology::Topology;
    /// let s = |x: f64, y: f64| Screen { x, y };
    /// let sq = |x: f64, y: f64| vec![vec![vec![s(x, y), s(x + 1., y), s(x + 1., y + 1.), s(x, y + 1.)]]];
    /// // a 2 × 2 block: 0 1 / 2 3 (0 and 3 meet only at the centre)
    /// let t = Topology::build(&vec![sq(0., 0.), sq(1., 0.), sq(0., 1.), sq(1., 1.)]);
    /// assert_eq!(t.rook()[0], vec![1, 2]);
    /// assert_eq!(t.queen()[0], vec![1, 2, 3]);
    /// ```
    pub fn rook(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.districts.len()];
        for ds in self.arc_users() {
            link_all(&mut out, &ds);
        }
        sorted(out)
    }

    /// Queen contiguity: for each district, the districts it shares at least one
    /// point with — an edge, or a corner where only their arcs' ends meet
    /// (ascending).
    pub fn queen(&self) -> Vec<Vec<usize>> {
        let mut at: FxHashMap<Key, Vec<usize>> = FxHashMap::default();
        for (d, polys) in self.districts.iter().enumerate() {
            for r in polys.iter().flatten().flatten() {
                let points = &self.arcs[r.arc].points;
                for p in [points.first(), points.last()].into_iter().flatten() {
                    let ds = at.entry(key(*p)).or_default();
                    if !ds.contains(&d) {
                        ds.push(d);
                    }
                }
            }
        }
        // an arc's users share its ends too: the corners alone give queen
        let mut out = vec![Vec::new(); self.districts.len()];
        for ds in self.arc_users().iter().chain(at.values()) {
            link_all(&mut out, ds);
        }
        sorted(out)
    }

    /// For each arc, the districts that use it (each once).
    fn arc_users(&self) -> Vec<Vec<usize>> {
        let mut users: Vec<Vec<usize>> = vec![Vec::new(); self.arcs.len()];
        for (d, polys) in self.districts.iter().enumerate() {
            for r in polys.iter().flatten().flatten() {
                let ds = &mut users[r.arc];
                if !ds.contains(&d) {
                    ds.push(d);
                }
            }
        }
        users
    }
}

/// Each list ascending, each neighbour once.
fn sorted(mut out: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    for v in &mut out {
        v.sort_unstable();
        v.dedup();
    }
    out
}

/// Make every two of `ds` neighbours.
fn link_all(out: &mut [Vec<usize>], ds: &[usize]) {
    if ds.len() < 2 {
        return;
    }
    for &a in ds {
        for &b in ds {
            if a != b {
                out[a].push(b);
            }
        }
    }
}
