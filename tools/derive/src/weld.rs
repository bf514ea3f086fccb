//! Welding after the overlay: the boolean operations compute on their own grid, so the
//! two halves of the cut bydel come back with vertices a few centimetres off their
//! neighbours', and the cut line need not have the same vertices on both sides. Here
//! every vertex within [`SNAP_M`] of an earlier one becomes that one, and a vertex of
//! one area lying on another area's edge is inserted into that edge — so that each
//! border is the same list of points on both sides and the topology finds it.

use crate::split::OutArea;
use geo::{Coord, LineString, MultiPolygon, Polygon};
use std::collections::HashMap;

/// Vertices closer than this (metres) are the same point.
pub const SNAP_M: f64 = 0.5;
const CELL: f64 = 50.0;

type Cell = (i64, i64);

fn cell(c: Coord<f64>) -> Cell {
    ((c.x / CELL).floor() as i64, (c.y / CELL).floor() as i64)
}

/// A pool of distinct vertices with a grid for finding near ones.
#[derive(Default)]
struct Pool {
    points: Vec<Coord<f64>>,
    grid: HashMap<Cell, Vec<usize>>,
}

impl Pool {
    fn near(&self, c: Coord<f64>, tol: f64) -> Option<Coord<f64>> {
        let (cx, cy) = cell(c);
        let mut best: Option<(f64, Coord<f64>)> = None;
        for gx in cx - 1..=cx + 1 {
            for gy in cy - 1..=cy + 1 {
                for &i in self.grid.get(&(gx, gy)).into_iter().flatten() {
                    let p = self.points[i];
                    let d = (p.x - c.x).hypot(p.y - c.y);
                    if d <= tol && best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, p));
                    }
                }
            }
        }
        best.map(|(_, p)| p)
    }

    fn snap(&mut self, c: Coord<f64>) -> Coord<f64> {
        if let Some(p) = self.near(c, SNAP_M) {
            return p;
        }
        self.grid
            .entry(cell(c))
            .or_default()
            .push(self.points.len());
        self.points.push(c);
        c
    }

    /// Pool vertices lying on the segment a–b (not at its ends), in order from a.
    fn on_segment(&self, a: Coord<f64>, b: Coord<f64>) -> Vec<Coord<f64>> {
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let len2 = dx * dx + dy * dy;
        if len2 == 0.0 {
            return Vec::new();
        }
        let (x0, x1) = (a.x.min(b.x), a.x.max(b.x));
        let (y0, y1) = (a.y.min(b.y), a.y.max(b.y));
        let mut hits: Vec<(f64, Coord<f64>)> = Vec::new();
        let (c0, c1) = (cell(Coord { x: x0, y: y0 }), cell(Coord { x: x1, y: y1 }));
        for gx in c0.0 - 1..=c1.0 + 1 {
            for gy in c0.1 - 1..=c1.1 + 1 {
                for &i in self.grid.get(&(gx, gy)).into_iter().flatten() {
                    let p = self.points[i];
                    if p == a || p == b {
                        continue;
                    }
                    let t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2;
                    if t <= 0.0 || t >= 1.0 {
                        continue;
                    }
                    let (qx, qy) = (a.x + t * dx, a.y + t * dy);
                    if (p.x - qx).hypot(p.y - qy) <= SNAP_M {
                        hits.push((t, p));
                    }
                }
            }
        }
        hits.sort_by(|x, y| x.0.total_cmp(&y.0));
        hits.dedup_by(|x, y| x.1 == y.1);
        hits.into_iter().map(|(_, p)| p).collect()
    }
}

fn map_rings(areas: &mut [OutArea], mut f: impl FnMut(&[Coord<f64>]) -> Vec<Coord<f64>>) {
    for a in areas.iter_mut() {
        let polys: Vec<Polygon<f64>> = a
            .shape
            .0
            .iter()
            .map(|p| {
                let ext = LineString::new(f(&p.exterior().0));
                let holes = p
                    .interiors()
                    .iter()
                    .map(|r| LineString::new(f(&r.0)))
                    .collect();
                Polygon::new(ext, holes)
            })
            .collect();
        a.shape = MultiPolygon(polys);
    }
}

/// Snap near vertices together, then node every edge at the vertices lying on it.
pub fn weld(areas: &mut [OutArea]) {
    let mut pool = Pool::default();
    map_rings(areas, |r| {
        let mut out: Vec<Coord<f64>> = r.iter().map(|c| pool.snap(*c)).collect();
        out.dedup();
        out
    });
    map_rings(areas, |r| {
        let mut out = Vec::with_capacity(r.len());
        for w in r.windows(2) {
            out.push(w[0]);
            out.extend(pool.on_segment(w[0], w[1]));
        }
        if let Some(last) = r.last() {
            out.push(*last);
        }
        out.dedup();
        out
    });
}
