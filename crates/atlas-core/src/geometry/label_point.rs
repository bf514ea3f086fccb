//! Where a district's label, focus ring and keyboard neighbour sit: a point surely
//! inside its largest part.

use crate::geometry::coords::Screen;
use crate::geometry::shapes::BASE_TOLERANCE;
use crate::geometry::topology::Topology;
use geo::{Area, InteriorPoint};

/// A point inside each district's largest part, from the simplified shapes: the
/// same place to the eye, and far cheaper than on every vertex of a huge file.
pub fn label_points(topology: &Topology, n: usize) -> Vec<Option<Screen>> {
    let simplified = topology.rings_at(BASE_TOLERANCE);
    let mut out = Vec::with_capacity(n);
    for polys in simplified.iter().take(n) {
        let largest = polys
            .iter()
            .filter(|rings| !rings.is_empty())
            .map(|rings| {
                let ls = |r: &Vec<Screen>| {
                    let mut c: Vec<geo::Coord<f64>> =
                        r.iter().map(|p| geo::Coord { x: p.x, y: p.y }).collect();
                    if let Some(f) = c.first().copied() {
                        c.push(f);
                    }
                    geo::LineString(c)
                };
                geo::Polygon::new(ls(&rings[0]), rings[1..].iter().map(ls).collect())
            })
            .max_by(|x, y| x.unsigned_area().total_cmp(&y.unsigned_area()));
        out.push(largest.and_then(|p| {
            scanline_interior_point(&p).or_else(|| {
                p.interior_point().map(|pt| Screen {
                    x: pt.x(),
                    y: pt.y(),
                })
            })
        }));
    }
    out.resize(n, None);
    out
}

/// A point inside `polygon`: the middle of the widest stretch inside it along a
/// horizontal line near its middle that passes between vertices (JTS's
/// InteriorPointArea, which geo's `interior_point` follows, without geo's exact
/// re-check that built a spatial index per district — a fifth of the parishes' load).
/// `None` when the line finds no stretch (degenerate shapes).
///
/// ```
/// use atlas_core::geometry::label_point::scanline_interior_point;
/// use geo::{LineString, Polygon};
/// // an L shape: the point lands in the wide lower arm
/// let l = Polygon::new(LineString::from(vec![(0., 0.), (10., 0.), (10., 2.), (2., 2.), (2., 10.), (0., 10.), (0., 0.)]), vec![]);
/// let p = scanline_interior_point(&l).unwrap();
/// assert!(p.x > 0.0 && p.x < 2.0 && p.y > 2.0);
/// ```
pub fn scanline_interior_point(polygon: &geo::Polygon<f64>) -> Option<Screen> {
    let rings: Vec<&geo::LineString<f64>> = std::iter::once(polygon.exterior())
        .chain(polygon.interiors())
        .collect();
    let (min_y, max_y) = polygon
        .exterior()
        .0
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), c| {
            (lo.min(c.y), hi.max(c.y))
        });
    let centre = (min_y + max_y) / 2.0;
    let (mut lo, mut hi) = (min_y, max_y);
    for c in rings.iter().flat_map(|r| &r.0) {
        if c.y > centre && c.y < hi {
            hi = c.y;
        } else if c.y <= centre && c.y > lo {
            lo = c.y;
        }
    }
    let y = (lo + hi) / 2.0;
    let mut xs: Vec<f64> = Vec::new();
    for r in &rings {
        let pts = &r.0;
        for (i, a) in pts.iter().enumerate() {
            let b = pts[(i + 1) % pts.len()];
            if (a.y > y) != (b.y > y) {
                xs.push(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x));
            }
        }
    }
    xs.sort_by(f64::total_cmp);
    let best = xs
        .chunks_exact(2)
        .max_by(|p, q| (p[1] - p[0]).total_cmp(&(q[1] - q[0])))?;
    (best[1] > best[0] && y.is_finite()).then(|| Screen {
        x: (best[0] + best[1]) / 2.0,
        y,
    })
}
