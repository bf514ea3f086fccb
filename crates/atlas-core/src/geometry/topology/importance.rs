//! Douglas–Peucker *importance* of each vertex of an arc: the largest tolerance at
//! which it survives, so one pass serves every zoom level.

use super::key;
use crate::geometry::coords::Screen;

/// Douglas–Peucker importance of each point: the largest tolerance at which the point
/// is still kept. Endpoints are always kept; a closed arc keeps its farthest point too.
pub(super) fn importance(points: &[Screen]) -> Vec<f64> {
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
