//! Which district is under the pointer: an R-tree of the districts' boxes narrows
//! the search, then the point is tested against each candidate's rings. What a canvas
//! map needs for hover and click, for tens of thousands of areas.

use crate::geometry::flat::FlatShapes;
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{RTree, AABB};

type Entry = GeomWithData<Rectangle<[f64; 2]>, usize>;

/// The districts' boxes, indexed.
pub struct HitIndex {
    tree: RTree<Entry>,
}

impl HitIndex {
    /// Index every district of `shapes` that has points.
    ///
    /// ```
    /// use atlas_core::geometry::coords::Screen;
    /// use atlas_core::geometry::flat::FlatShapes;
    /// use atlas_core::geometry::hit::HitIndex;
    /// use atlas_core::geometry::topology::Topology;
    /// let s = |x: f64, y: f64| Screen { x, y };
    /// let a = vec![vec![vec![s(0., 0.), s(1., 0.), s(1., 1.), s(0., 1.)]]];
    /// let b = vec![vec![vec![s(1., 0.), s(2., 0.), s(2., 1.), s(1., 1.)]]];
    /// let shapes = FlatShapes::from_topology(&Topology::build(&vec![a, b]), 0.0);
    /// let index = HitIndex::new(&shapes);
    /// assert_eq!(index.hit(&shapes, 1.5, 0.5), Some(1));
    /// assert_eq!(index.hit(&shapes, 3.0, 0.5), None);
    /// ```
    pub fn new(shapes: &FlatShapes) -> Self {
        let entries: Vec<Entry> = (0..shapes.len())
            .filter_map(|d| {
                let b = shapes.bounds_of(d)?;
                let r = Rectangle::from_corners([b.min_x, b.min_y], [b.max_x, b.max_y]);
                Some(GeomWithData::new(r, d))
            })
            .collect();
        HitIndex {
            tree: RTree::bulk_load(entries),
        }
    }

    /// The district whose shape holds (x, y) in SVG user units; of overlapping ones,
    /// the one with the smallest box (the island inside a lake district).
    pub fn hit(&self, shapes: &FlatShapes, x: f64, y: f64) -> Option<usize> {
        let at = AABB::from_point([x, y]);
        self.tree
            .locate_in_envelope_intersecting(&at)
            .filter(|e| shapes.contains(e.data, x, y))
            .min_by(|a, b| area(a).total_cmp(&area(b)))
            .map(|e| e.data)
    }
}

fn area(e: &Entry) -> f64 {
    let r = e.geom();
    let (lo, hi) = (r.lower(), r.upper());
    (hi[0] - lo[0]) * (hi[1] - lo[1])
}
