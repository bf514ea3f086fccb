//! «Læg sammen i områder»: a grid's counts summed into districts. Each cell is
//! shared among the districts by the part of it each covers, counted over the land
//! the districts cover — a coastal cell's residents all go to the district on land —
//! or, as the simple alternative, given whole to the district holding its centre.
//! The districts' rings are taken into the grid's own CRS, where a cell is an exact
//! square, and clipped to each cell (Sutherland–Hodgman against a rectangle: exact
//! areas for any ring, concave or not).

use crate::geometry::crs::Reprojector;
use crate::geometry::grid_cell::GridCell;
use crate::model::district::District;
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{RTree, AABB};

/// How a cell is shared among the districts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SumRule {
    /// By the part of the cell each district covers, over the part all cover.
    AreaShare,
    /// Whole to the district that holds the cell's centre.
    Centre,
}

/// The sums, and what was not counted.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GridSum {
    pub rule: SumRule,
    /// Each district's sum, in the districts' order.
    pub per_district: Vec<f64>,
    /// Cells counted (wholly or in part) into some district.
    pub cells_counted: usize,
    /// Cells outside every district, and their sum.
    pub cells_outside: usize,
    pub outside: f64,
}

/// One ring of a district in the grid's CRS.
struct Ring {
    district: usize,
    hole: bool,
    points: Vec<(f64, f64)>,
}

impl Ring {
    /// +1 for a district's outline, −1 for a hole in it.
    fn sign(&self) -> f64 {
        if self.hole {
            -1.0
        } else {
            1.0
        }
    }
}

type Entry = GeomWithData<Rectangle<[f64; 2]>, usize>;

/// Every ring of `districts` (lon/lat) in `cells`' CRS, and a tree of their boxes.
fn rings(districts: &[District], to: Reprojector) -> (Vec<Ring>, RTree<Entry>) {
    let mut out = Vec::new();
    for (d, district) in districts.iter().enumerate() {
        for polygon in &district.geometry.0 {
            let outline = std::iter::once((polygon.exterior(), false));
            for (ring, hole) in outline.chain(polygon.interiors().iter().map(|r| (r, true))) {
                let mut points: Vec<(f64, f64)> = ring.0.iter().map(|c| (c.x, c.y)).collect();
                to.from_lonlat(&mut points);
                if points.len() >= 3 && points.iter().all(|p| p.0.is_finite() && p.1.is_finite()) {
                    out.push(Ring {
                        district: d,
                        hole,
                        points,
                    });
                }
            }
        }
    }
    let entries = out
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (mut lo, mut hi) = ([f64::MAX; 2], [f64::MIN; 2]);
            for p in &r.points {
                lo = [lo[0].min(p.0), lo[1].min(p.1)];
                hi = [hi[0].max(p.0), hi[1].max(p.1)];
            }
            GeomWithData::new(Rectangle::from_corners(lo, hi), i)
        })
        .collect();
    (out, RTree::bulk_load(entries))
}

/// The area of `ring` inside the rectangle `lo`–`hi` (unsigned).
fn clipped_area(ring: &[(f64, f64)], lo: (f64, f64), hi: (f64, f64)) -> f64 {
    // one edge of the rectangle at a time: keep what is inside it
    let mut poly: Vec<(f64, f64)> = ring.to_vec();
    let edges: [(usize, f64, bool); 4] = [
        (0, lo.0, true),
        (0, hi.0, false),
        (1, lo.1, true),
        (1, hi.1, false),
    ];
    for (axis, at, above) in edges {
        if poly.is_empty() {
            return 0.0;
        }
        let coord = |p: (f64, f64)| if axis == 0 { p.0 } else { p.1 };
        let inside = |p: (f64, f64)| {
            if above {
                coord(p) >= at
            } else {
                coord(p) <= at
            }
        };
        let cross = |a: (f64, f64), b: (f64, f64)| {
            let t = (at - coord(a)) / (coord(b) - coord(a));
            (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))
        };
        let mut next = Vec::with_capacity(poly.len() + 4);
        for i in 0..poly.len() {
            let (a, b) = (poly[i], poly[(i + 1) % poly.len()]);
            match (inside(a), inside(b)) {
                (true, true) => next.push(b),
                (true, false) => next.push(cross(a, b)),
                (false, true) => {
                    next.push(cross(a, b));
                    next.push(b);
                }
                (false, false) => {}
            }
        }
        poly = next;
    }
    let mut twice = 0.0;
    for i in 0..poly.len() {
        let (a, b) = (poly[i], poly[(i + 1) % poly.len()]);
        twice += a.0 * b.1 - b.0 * a.1;
    }
    (twice / 2.0).abs()
}

/// Whether `p` lies inside `ring` (even–odd).
fn inside(ring: &[(f64, f64)], p: (f64, f64)) -> bool {
    let mut odd = false;
    let mut j = ring.len() - 1;
    for i in 0..ring.len() {
        let (a, b) = (ring[i], ring[j]);
        if (a.1 > p.1) != (b.1 > p.1) && p.0 < (b.0 - a.0) * (p.1 - a.1) / (b.1 - a.1) + a.0 {
            odd = !odd;
        }
        j = i;
    }
    odd
}

/// Sum `cells` (each with its value; all of one grid) into `districts` (lon/lat
/// rings) by `rule`.
///
/// ```
/// use atlas_core::geometry::grid_cell::GridCell;
/// use atlas_core::geometry::grid_sum::{sum_into, SumRule};
/// use atlas_core::model::district::District;
/// use geo::{polygon, MultiPolygon};
/// // a district around one 1 km cell of central Copenhagen, in lon/lat
/// let d = District {
///     id: "x".into(),
///     name: "X".into(),
///     geometry: MultiPolygon(vec![polygon![(x: 12.50, y: 55.64), (x: 12.60, y: 55.64), (x: 12.60, y: 55.70), (x: 12.50, y: 55.70)]]),
/// };
/// let cell = GridCell::parse("1kmN3621E4481").unwrap();
/// let s = sum_into(&[(cell, 100.0)], &[d], SumRule::AreaShare);
/// assert_eq!((s.per_district[0], s.outside), (100.0, 0.0));
/// ```
pub fn sum_into(cells: &[(GridCell, f64)], districts: &[District], rule: SumRule) -> GridSum {
    let only: Vec<GridCell> = cells.iter().map(|c| c.0).collect();
    let values: Vec<f64> = cells.iter().map(|c| c.1).collect();
    CellShares::new(&only, districts, rule).sum(&values)
}

/// How each cell is shared among the districts (made once, applied to every column
/// and year of a table: the clipping is the work, the sums are not).
#[derive(Clone, Debug, PartialEq)]
pub struct CellShares {
    pub rule: SumRule,
    /// The districts' number.
    pub districts: usize,
    /// Per cell, each district's part of it (parts summing to 1); empty for a cell
    /// outside every district.
    pub parts: Vec<Vec<(u32, f64)>>,
}

impl CellShares {
    /// Share `cells` (all of one grid) among `districts` (lon/lat rings) by `rule`.
    pub fn new(cells: &[GridCell], districts: &[District], rule: SumRule) -> CellShares {
        let mut out = CellShares {
            rule,
            districts: districts.len(),
            parts: Vec::with_capacity(cells.len()),
        };
        let Some(first) = cells.first() else {
            return out;
        };
        let (rings, tree) = rings(districts, Reprojector::new(first.crs()));
        let mut shares: Vec<(usize, f64)> = Vec::new();
        for cell in cells {
            let corners = cell.corners();
            let (lo, hi) = (corners[0], corners[2]);
            let envelope = AABB::from_corners([lo.0, lo.1], [hi.0, hi.1]);
            shares.clear();
            for entry in tree.locate_in_envelope_intersecting(&envelope) {
                let ring = &rings[entry.data];
                match rule {
                    SumRule::AreaShare => {
                        let a = clipped_area(&ring.points, lo, hi);
                        if a > 0.0 {
                            // a hole's part counts against its district
                            shares.push((ring.district, a * ring.sign()));
                        }
                    }
                    SumRule::Centre => {
                        if inside(&ring.points, cell.centre()) {
                            shares.push((ring.district, ring.sign()));
                        }
                    }
                }
            }
            // per district: outer rings minus holes
            shares.sort_by_key(|s| s.0);
            let mut merged: Vec<(u32, f64)> = Vec::new();
            for (d, a) in shares.iter().copied() {
                match merged.last_mut() {
                    Some(last) if last.0 as usize == d => last.1 += a,
                    _ => merged.push((d as u32, a)),
                }
            }
            merged.retain(|(_, a)| *a > 1e-9);
            let covered: f64 = merged.iter().map(|(_, a)| a).sum();
            if merged.is_empty() || covered <= 0.0 {
                out.parts.push(Vec::new());
            } else if rule == SumRule::Centre {
                // the centre in one district (the first, should rings overlap)
                out.parts.push(vec![(merged[0].0, 1.0)]);
            } else {
                out.parts
                    .push(merged.into_iter().map(|(d, a)| (d, a / covered)).collect());
            }
        }
        out
    }

    /// The cells' `values` (in the cells' order) summed into the districts.
    pub fn sum(&self, values: &[f64]) -> GridSum {
        let mut sum = GridSum {
            rule: self.rule,
            per_district: vec![0.0; self.districts],
            cells_counted: 0,
            cells_outside: 0,
            outside: 0.0,
        };
        for (parts, value) in self.parts.iter().zip(values) {
            if parts.is_empty() {
                sum.cells_outside += 1;
                sum.outside += value;
                continue;
            }
            sum.cells_counted += 1;
            for (d, share) in parts {
                if let Some(slot) = sum.per_district.get_mut(*d as usize) {
                    *slot += value * share;
                }
            }
        }
        sum
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A concave ring: a U, open at the top between x = 1 and x = 2.
    const U: [(f64, f64); 8] = [
        (0.0, 0.0),
        (3.0, 0.0),
        (3.0, 2.0),
        (2.0, 2.0),
        (2.0, 1.0),
        (1.0, 1.0),
        (1.0, 2.0),
        (0.0, 2.0),
    ];

    #[test]
    fn a_ring_clipped_to_a_rectangle_keeps_the_area_inside_it() {
        let square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        assert_eq!(clipped_area(&square, (0.0, 0.0), (10.0, 10.0)), 100.0);
        assert_eq!(clipped_area(&square, (5.0, 5.0), (15.0, 15.0)), 25.0);
        assert_eq!(clipped_area(&square, (20.0, 20.0), (30.0, 30.0)), 0.0);
        // a concave ring (a U): the rectangle over its gap sees only its arms
        assert!((clipped_area(&U, (0.0, 1.0), (3.0, 2.0)) - 2.0).abs() < 1e-12);
    }

    #[test]
    fn a_point_is_inside_a_concave_ring_only_where_the_ring_is() {
        assert!(inside(&U, (0.5, 1.5)));
        assert!(!inside(&U, (1.5, 1.5)));
        assert!(inside(&U, (1.5, 0.5)));
    }
}
