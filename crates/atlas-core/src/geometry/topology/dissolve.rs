//! Districts dissolved into groups from the shared topology: the arcs only one member
//! of a group uses are its border, joined end to end into rings (topojson's merge).
//! Kvarterer become bydele without a second file, and the two sides of a border
//! between two bydele stay the very same line at every zoom.

use super::{key, ArcRef, Key, Topology};
use crate::geometry::coords::Screen;
use std::collections::HashMap;

impl Topology {
    /// A topology with one district per group of `groups` (each a list of district
    /// numbers of this one): the group's outer rings with its holes, the borders
    /// between two members gone.
    ///
    /// ```
    /// use atlas_core::geometry::coords::Screen;
    /// use atlas_core::geometry::topology::Topology;
    /// let s = |x: f64, y: f64| Screen { x, y };
    /// let sq = |x: f64| vec![vec![vec![s(x, 0.), s(x + 1., 0.), s(x + 1., 1.), s(x, 1.)]]];
    /// let t = Topology::build(&vec![sq(0.), sq(1.), sq(2.)]);
    /// let d = t.dissolve(&[vec![0, 1], vec![2]]);
    /// assert_eq!(d.district_count(), 2);
    /// let rings = d.rings_at(0.0);
    /// assert_eq!(rings[0].len(), 1, "one polygon");
    /// assert_eq!(rings[0][0].len(), 1, "one ring: the shared edge x = 1 is gone");
    /// assert!(rings[0][0][0].iter().all(|p| p.x != 1.0 || p.y == 0.0 || p.y == 1.0));
    /// ```
    pub fn dissolve(&self, groups: &[Vec<usize>]) -> Topology {
        let districts = groups.iter().map(|g| self.dissolve_one(g)).collect();
        Topology {
            arcs: self.arcs.clone(),
            districts,
        }
    }

    /// The polygons (outer ring first, then its holes) of the union of `members`.
    fn dissolve_one(&self, members: &[usize]) -> Vec<Vec<Vec<ArcRef>>> {
        let refs: Vec<ArcRef> = members
            .iter()
            .filter_map(|&d| self.districts.get(d))
            .flatten()
            .flatten()
            .flatten()
            .copied()
            .collect();
        let mut uses: HashMap<usize, usize> = HashMap::new();
        for r in &refs {
            *uses.entry(r.arc).or_default() += 1;
        }
        let border: Vec<ArcRef> = refs
            .into_iter()
            .filter(|r| uses.get(&r.arc) == Some(&1))
            .collect();
        let rings = self.join_rings(border);
        self.nest(rings)
    }

    /// The first and last point of `r` as walked.
    fn ends(&self, r: ArcRef) -> (Key, Key) {
        let p = &self.arcs[r.arc].points;
        let (a, b) = (key(p[0]), key(p[p.len() - 1]));
        if r.reversed {
            (b, a)
        } else {
            (a, b)
        }
    }

    /// Border arcs joined end to end into closed rings. An arc met against the way
    /// the walk goes is turned; a chain that cannot close is dropped.
    fn join_rings(&self, border: Vec<ArcRef>) -> Vec<Vec<ArcRef>> {
        let mut at: HashMap<Key, Vec<usize>> = HashMap::new();
        for (i, r) in border.iter().enumerate() {
            let (a, b) = self.ends(*r);
            at.entry(a).or_default().push(i);
            at.entry(b).or_default().push(i);
        }
        let mut used = vec![false; border.len()];
        let mut rings = Vec::new();
        for start in 0..border.len() {
            if used[start] {
                continue;
            }
            used[start] = true;
            let first = border[start];
            let (origin, mut end) = self.ends(first);
            let mut ring = vec![first];
            while end != origin {
                let next = at.get(&end).and_then(|cands| {
                    // an arc that goes on from here as walked, else one to turn
                    let fits = |i: &&usize| !used[**i] && self.ends(border[**i]).0 == end;
                    let turns = |i: &&usize| !used[**i] && self.ends(border[**i]).1 == end;
                    cands
                        .iter()
                        .find(fits)
                        .map(|i| (*i, false))
                        .or_else(|| cands.iter().find(turns).map(|i| (*i, true)))
                });
                let Some((i, turn)) = next else {
                    break;
                };
                used[i] = true;
                let mut r = border[i];
                r.reversed ^= turn;
                end = self.ends(r).1;
                ring.push(r);
            }
            if end == origin {
                rings.push(ring);
            }
        }
        rings
    }

    /// Rings sorted into polygons: a ring inside an even number of others is an
    /// outer ring (drawn clockwise on screen), one inside an odd number a hole of the
    /// smallest outer ring around it (drawn the other way, so both fill rules agree).
    fn nest(&self, rings: Vec<Vec<ArcRef>>) -> Vec<Vec<Vec<ArcRef>>> {
        let points: Vec<Vec<Screen>> = rings.iter().map(|r| self.ring_points(r)).collect();
        let areas: Vec<f64> = points.iter().map(|p| signed_area(p)).collect();
        let depth: Vec<usize> = (0..rings.len())
            .map(|i| {
                let probe = probe_point(&points[i]);
                (0..rings.len())
                    .filter(|&j| j != i && areas[j].abs() > areas[i].abs())
                    .filter(|&j| contains(&points[j], probe))
                    .count()
            })
            .collect();
        let mut polygons: Vec<Vec<Vec<ArcRef>>> = Vec::new();
        let mut polygon_of: HashMap<usize, usize> = HashMap::new();
        for i in (0..rings.len()).filter(|i| depth[*i].is_multiple_of(2)) {
            polygon_of.insert(i, polygons.len());
            polygons.push(vec![oriented(&rings[i], areas[i] < 0.0)]);
        }
        for i in (0..rings.len()).filter(|i| !depth[*i].is_multiple_of(2)) {
            let probe = probe_point(&points[i]);
            let around = (0..rings.len())
                .filter(|&j| depth[j] + 1 == depth[i] && contains(&points[j], probe))
                .min_by(|&a, &b| areas[a].abs().total_cmp(&areas[b].abs()));
            match around.and_then(|j| polygon_of.get(&j)) {
                Some(&p) => polygons[p].push(oriented(&rings[i], areas[i] > 0.0)),
                None => polygons.push(vec![oriented(&rings[i], areas[i] < 0.0)]),
            }
        }
        polygons
    }

    /// Every point of a ring of arc references, not repeating the first.
    fn ring_points(&self, refs: &[ArcRef]) -> Vec<Screen> {
        let mut out = Vec::new();
        for r in refs {
            let p = &self.arcs[r.arc].points;
            if r.reversed {
                out.extend(p[1..].iter().rev());
            } else {
                out.extend(&p[..p.len() - 1]);
            }
        }
        out
    }
}

/// `refs` walked the other way when `flip`.
fn oriented(refs: &[ArcRef], flip: bool) -> Vec<ArcRef> {
    if !flip {
        return refs.to_vec();
    }
    refs.iter()
        .rev()
        .map(|r| ArcRef {
            arc: r.arc,
            reversed: !r.reversed,
        })
        .collect()
}

/// Twice-halved shoelace: positive for a ring drawn clockwise on screen (y down).
fn signed_area(ring: &[Screen]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.x * b.y - b.x * a.y
        })
        .sum::<f64>()
        / 2.0
}

/// A point to test a ring's nesting with: the middle of its first edge (a vertex
/// may touch another ring; two rings of one group never share an edge).
fn probe_point(ring: &[Screen]) -> Screen {
    match ring {
        [a, b, ..] => Screen {
            x: (a.x + b.x) / 2.0,
            y: (a.y + b.y) / 2.0,
        },
        [a] => *a,
        [] => Screen { x: 0.0, y: 0.0 },
    }
}

/// Even–odd point in ring.
fn contains(ring: &[Screen], p: Screen) -> bool {
    let n = ring.len();
    let mut inside = false;
    let mut j = n.saturating_sub(1);
    for i in 0..n {
        let (a, b) = (ring[i], ring[j]);
        if (a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// The area a set of rings covers, holes taken out (for tests and checks).
///
/// ```
/// use atlas_core::geometry::coords::Screen;
/// use atlas_core::geometry::topology::covered_area;
/// let s = |x: f64, y: f64| Screen { x, y };
/// let outer = vec![s(0., 0.), s(4., 0.), s(4., 4.), s(0., 4.)];
/// let hole = vec![s(1., 1.), s(1., 2.), s(2., 2.), s(2., 1.)];
/// assert_eq!(covered_area(&[vec![outer, hole]]), 15.0);
/// ```
pub fn covered_area(polygons: &[Vec<Vec<Screen>>]) -> f64 {
    polygons
        .iter()
        .map(|rings| {
            let mut it = rings.iter().map(|r| signed_area(r).abs());
            let outer = it.next().unwrap_or(0.0);
            outer - it.sum::<f64>()
        })
        .sum()
}
