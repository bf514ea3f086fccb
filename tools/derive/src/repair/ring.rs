//! A ring in whole millimetres, noded and split into simple loops: the exact
//! arithmetic under the repair (orientation, a point on a segment, twice the area).

use geo::Coord;
use std::collections::HashMap;

/// A point in whole millimetres.
pub(super) type P = (i64, i64);

pub(super) fn to_mm(c: Coord<f64>) -> P {
    ((c.x * 1000.0).round() as i64, (c.y * 1000.0).round() as i64)
}

pub(super) fn to_m(p: P) -> Coord<f64> {
    Coord {
        x: p.0 as f64 / 1000.0,
        y: p.1 as f64 / 1000.0,
    }
}

/// Twice the cross product (b − a) × (c − a): > 0 when c is left of a→b.
pub(super) fn orient(a: P, b: P, c: P) -> i128 {
    (b.0 - a.0) as i128 * (c.1 - a.1) as i128 - (b.1 - a.1) as i128 * (c.0 - a.0) as i128
}

/// Whether `p` lies on the segment a–b, strictly between its ends.
pub(super) fn inside_segment(a: P, b: P, p: P) -> bool {
    p != a
        && p != b
        && orient(a, b, p) == 0
        && p.0 >= a.0.min(b.0)
        && p.0 <= a.0.max(b.0)
        && p.1 >= a.1.min(b.1)
        && p.1 <= a.1.max(b.1)
}

/// Twice the signed area, in mm² (positive = counter-clockwise).
pub(super) fn area2(r: &[P]) -> i128 {
    let n = r.len();
    (0..n)
        .map(|i| {
            let (a, b) = (r[i], r[(i + 1) % n]);
            a.0 as i128 * b.1 as i128 - b.0 as i128 * a.1 as i128
        })
        .sum()
}

/// m² from twice the area in mm².
pub(super) fn m2(area2: i128) -> f64 {
    area2 as f64 / 2.0 / 1e6
}

/// The ring with every crossing and every vertex lying on one of its edges inserted
/// into that edge (open: no closing point).
pub(super) fn node(r: &[P]) -> Vec<P> {
    let n = r.len();
    let seg = |i: usize| (r[i], r[(i + 1) % n]);
    // per edge, the points to insert with their position along it
    let mut extra: Vec<Vec<(f64, P)>> = vec![Vec::new(); n];
    let along = |(a, b): (P, P), p: P| {
        let (dx, dy) = ((b.0 - a.0) as f64, (b.1 - a.1) as f64);
        ((p.0 - a.0) as f64 * dx + (p.1 - a.1) as f64 * dy) / (dx * dx + dy * dy)
    };
    for i in 0..n {
        let (a, b) = seg(i);
        for j in i + 1..n {
            let (c, d) = seg(j);
            // a vertex of one edge on the other (also for neighbouring edges, where
            // the ring folds back on itself)
            for (k, (x, y), p) in [
                (i, (a, b), c),
                (i, (a, b), d),
                (j, (c, d), a),
                (j, (c, d), b),
            ] {
                if inside_segment(x, y, p) {
                    extra[k].push((along((x, y), p), p));
                }
            }
            let adjacent = j == i + 1 || (i == 0 && j == n - 1);
            if adjacent {
                continue;
            }
            let (o1, o2) = (orient(a, b, c), orient(a, b, d));
            let (o3, o4) = (orient(c, d, a), orient(c, d, b));
            if o1.signum() * o2.signum() < 0 && o3.signum() * o4.signum() < 0 {
                // a proper crossing: the point, rounded to the millimetre
                let t = o3 as f64 / (o3 - o4) as f64;
                let x = (
                    (a.0 as f64 + t * (b.0 - a.0) as f64).round() as i64,
                    (a.1 as f64 + t * (b.1 - a.1) as f64).round() as i64,
                );
                extra[i].push((along((a, b), x), x));
                extra[j].push((along((c, d), x), x));
            }
        }
    }
    let mut out = Vec::with_capacity(n);
    for (i, mut e) in extra.into_iter().enumerate() {
        out.push(r[i]);
        e.sort_by(|x, y| x.0.total_cmp(&y.0));
        out.extend(e.into_iter().map(|(_, p)| p));
    }
    out.dedup();
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// The noded ring cut at each vertex it passes more than once: loops without a
/// repeated vertex (open).
pub(super) fn split(r: &[P]) -> Vec<Vec<P>> {
    let mut path: Vec<P> = Vec::with_capacity(r.len());
    let mut at: HashMap<P, usize> = HashMap::new();
    let mut loops = Vec::new();
    for &p in r {
        if let Some(&k) = at.get(&p) {
            let lp: Vec<P> = path.drain(k..).collect();
            for q in &lp[1..] {
                at.remove(q);
            }
            path.push(p);
            loops.push(lp);
        } else {
            at.insert(p, path.len());
            path.push(p);
        }
    }
    loops.push(path);
    loops
}
