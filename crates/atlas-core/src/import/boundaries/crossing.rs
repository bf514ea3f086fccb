//! A fast test for a ring that crosses or touches itself: its segments are swept by
//! x, so a ring of n points costs about n log n rather than geo's n² pairwise check.
//! Hole-less polygons — nearly all district boundaries — are validated this way, with
//! no size limit; polygons with holes are when the sweep is sure they are valid, and
//! otherwise go through geo's full validation.

use geo::Coord;

fn orient(a: Coord<f64>, b: Coord<f64>, c: Coord<f64>) -> f64 {
    (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
}

fn within(a: Coord<f64>, b: Coord<f64>, p: Coord<f64>) -> bool {
    p.x >= a.x.min(b.x) && p.x <= a.x.max(b.x) && p.y >= a.y.min(b.y) && p.y <= a.y.max(b.y)
}

/// Do segments `ab` and `cd` share any point (crossing, touching or overlapping)?
fn meet(a: Coord<f64>, b: Coord<f64>, c: Coord<f64>, d: Coord<f64>) -> bool {
    let (d1, d2) = (orient(c, d, a), orient(c, d, b));
    let (d3, d4) = (orient(a, b, c), orient(a, b, d));
    if ((d1 > 0.0 && d2 < 0.0) || (d1 < 0.0 && d2 > 0.0))
        && ((d3 > 0.0 && d4 < 0.0) || (d3 < 0.0 && d4 > 0.0))
    {
        return true;
    }
    (d1 == 0.0 && within(c, d, a))
        || (d2 == 0.0 && within(c, d, b))
        || (d3 == 0.0 && within(a, b, c))
        || (d4 == 0.0 && within(a, b, d))
}

/// True when the closed `ring` (first point = last) crosses or touches itself
/// (repeated points are allowed):
/// two segments that are not neighbours meet, or two neighbours fold back onto each
/// other (a spike).
///
/// ```
/// use atlas_core::import::boundaries::crossing::ring_self_intersects;
/// use geo::Coord;
/// let c = |x: f64, y: f64| Coord { x, y };
/// let square = [c(0., 0.), c(1., 0.), c(1., 1.), c(0., 1.), c(0., 0.)];
/// let bowtie = [c(0., 0.), c(1., 1.), c(1., 0.), c(0., 1.), c(0., 0.)];
/// assert!(!ring_self_intersects(&square));
/// assert!(ring_self_intersects(&bowtie));
/// ```
pub fn ring_self_intersects(ring: &[Coord<f64>]) -> bool {
    // a repeated point is a zero-length segment, not a crossing
    let mut ring: Vec<Coord<f64>> = ring.to_vec();
    ring.dedup();
    ring.len() >= 4 && any_meet(&[ring])
}

/// The sweep: do any two segments of the closed `rings` meet, other than neighbours
/// in one ring at their shared end? Neighbours that fold back onto each other (a
/// spike) count as meeting.
fn any_meet(rings: &[Vec<Coord<f64>>]) -> bool {
    // Every segment as (ring, index), swept by x.
    let segs: Vec<(usize, usize)> = rings
        .iter()
        .enumerate()
        .flat_map(|(k, r)| (0..r.len().saturating_sub(1)).map(move |i| (k, i)))
        .collect();
    let seg = |&(k, i): &(usize, usize)| (rings[k][i], rings[k][i + 1]);
    let min_x = |s: &(usize, usize)| {
        let (a, b) = seg(s);
        a.x.min(b.x)
    };
    let mut order: Vec<usize> = (0..segs.len()).collect();
    order.sort_by(|a, b| min_x(&segs[*a]).total_cmp(&min_x(&segs[*b])));
    for (n, &si) in order.iter().enumerate() {
        let (ki, i) = segs[si];
        let (a, b) = seg(&segs[si]);
        let max_x = a.x.max(b.x);
        let (lo_y, hi_y) = (a.y.min(b.y), a.y.max(b.y));
        for &sj in &order[n + 1..] {
            if min_x(&segs[sj]) > max_x {
                break;
            }
            let (kj, j) = segs[sj];
            let (c, d) = seg(&segs[sj]);
            if c.y.max(d.y) < lo_y || c.y.min(d.y) > hi_y {
                continue;
            }
            let m = rings[ki].len() - 1;
            let neighbours =
                ki == kj && (i.abs_diff(j) == 1 || (i.min(j) == 0 && i.max(j) == m - 1));
            if neighbours {
                // they share one end; they meet elsewhere only if they fold back
                let (s, p, q) = if b == c {
                    (b, a, d)
                } else if d == a {
                    (a, b, c)
                } else {
                    continue;
                };
                let same_way = (p.x - s.x) * (q.x - s.x) + (p.y - s.y) * (q.y - s.y) > 0.0;
                if orient(p, s, q) == 0.0 && same_way {
                    return true;
                }
                continue;
            }
            if meet(a, b, c, d) {
                return true;
            }
        }
    }
    false
}

/// Is the point strictly inside the closed `ring` (even–odd rule)?
fn inside(p: Coord<f64>, ring: &[Coord<f64>]) -> bool {
    let mut inside = false;
    for w in ring.windows(2) {
        let (a, b) = (w[0], w[1]);
        if (a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x) {
            inside = !inside;
        }
    }
    inside
}

/// A sure sign that a polygon with holes is valid, found in about n log n: no ring
/// crosses or touches itself or another ring, every hole lies inside the exterior,
/// and no hole lies inside another. Rings that touch nowhere leave a connected
/// interior, so such a polygon is valid in the OGC sense. `false` means "not sure":
/// the caller then asks geo's full validation (a hole may touch the exterior at a
/// point, which is valid, and geo tells those apart).
///
/// ```
/// use atlas_core::import::boundaries::crossing::surely_valid_with_holes;
/// use geo::Coord;
/// let sq = |x0: f64, y0: f64, s: f64| vec![
///     Coord { x: x0, y: y0 }, Coord { x: x0 + s, y: y0 }, Coord { x: x0 + s, y: y0 + s },
///     Coord { x: x0, y: y0 + s }, Coord { x: x0, y: y0 }];
/// let shell = sq(0.0, 0.0, 10.0);
/// assert!(surely_valid_with_holes(&shell, &[sq(2.0, 2.0, 2.0), sq(6.0, 6.0, 2.0)]));
/// // a hole outside the shell, and a hole crossing it
/// assert!(!surely_valid_with_holes(&shell, &[sq(20.0, 2.0, 2.0)]));
/// assert!(!surely_valid_with_holes(&shell, &[sq(8.0, 8.0, 4.0)]));
/// ```
pub fn surely_valid_with_holes(exterior: &[Coord<f64>], holes: &[Vec<Coord<f64>>]) -> bool {
    let mut rings: Vec<Vec<Coord<f64>>> = std::iter::once(exterior)
        .chain(holes.iter().map(Vec::as_slice))
        .map(|r| {
            let mut r = r.to_vec();
            r.dedup();
            r
        })
        .collect();
    if rings.iter().any(|r| r.len() < 4 || r.first() != r.last()) {
        return false;
    }
    if any_meet(&rings) {
        return false;
    }
    // No ring meets another, so each hole is wholly inside or outside any other ring:
    // one vertex tells.
    let shell = rings.remove(0);
    if !rings.iter().all(|h| inside(h[0], &shell)) {
        return false;
    }
    for (x, h) in rings.iter().enumerate() {
        for (y, other) in rings.iter().enumerate() {
            if x != y && inside(h[0], other) {
                return false;
            }
        }
    }
    true
}
