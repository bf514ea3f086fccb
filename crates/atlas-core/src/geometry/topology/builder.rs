//! Building a [`Topology`] district by district: vertices and their neighbours first,
//! then each ring cut into arcs at junctions, each arc stored once.

use super::importance::importance;
use super::sharded::ShardedMap;
use super::{key, Arc, ArcRef, FxMap, Key, Topology};
use crate::geometry::coords::Screen;

/// Add `seq` as an arc unless an identical one exists; return its id.
fn intern(
    arcs: &mut Vec<Arc>,
    ids: &mut FxMap<(Key, Key, usize), usize>,
    seq: &[Key],
    positions: &ShardedMap<Screen>,
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
    neighbours: ShardedMap<NeighbourSet>,
    positions: ShardedMap<Screen>,
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
