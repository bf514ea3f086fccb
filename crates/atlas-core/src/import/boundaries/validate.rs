//! Rings → a checked polygon. Is it valid? The fast sweeps of [`crossing`](super::crossing) first (any
//! size); geo's full validation only where they are not sure, within a per-file
//! budget so huge files stay fast. Problems come back as [`PolygonProblem`]s.

use super::crossing::{ring_self_intersects, surely_valid_with_holes};
use crate::issue::{Issue, IssueKind, Location, PolygonProblem};
use geo::{Coord, LineString, Polygon, Validation};

/// Polygons with more vertices than this are not given to geo's check (it grows
/// quadratically with ring size); the count is reported.
pub const VALIDATION_VERTEX_LIMIT: usize = 2_000;
/// At most this many vertices per file go to geo's check; the number of unchecked
/// polygons is reported.
pub const VALIDATION_VERTEX_BUDGET: usize = 250_000;

/// Validates the polygons of one file, keeping count of geo's budget.
#[derive(Debug, Default)]
pub struct Validator {
    checked_by_geo: usize,
    /// Polygons left unchecked (over the limit or the budget).
    pub skipped: usize,
}

impl Validator {
    /// The problem with `polygon`, or `None` when it is valid or could not be checked.
    ///
    /// ```
    /// use atlas_core::import::boundaries::Validator;
    /// use atlas_core::issue::PolygonProblem;
    /// use atlas_core::Lang;
    /// use geo::{LineString, Polygon};
    /// let bowtie = Polygon::new(LineString::from(vec![(0., 0.), (1., 1.), (1., 0.), (0., 1.), (0., 0.)]), vec![]);
    /// let problem = Validator::default().problem(&bowtie);
    /// assert_eq!(problem, Some(PolygonProblem::CrossesItself));
    /// assert_eq!(problem.map(|p| p.say(Lang::En)), Some("a ring crosses itself".to_owned()));
    /// ```
    pub fn problem(&mut self, polygon: &Polygon<f64>) -> Option<PolygonProblem> {
        let problem = if polygon.interiors().is_empty() {
            ring_self_intersects(&polygon.exterior().0).then(|| "self-intersection".to_owned())
        } else {
            let holes: Vec<Vec<Coord>> = polygon.interiors().iter().map(|r| r.0.clone()).collect();
            let vertices = polygon.exterior().0.len() + holes.iter().map(Vec::len).sum::<usize>();
            if surely_valid_with_holes(&polygon.exterior().0, &holes) {
                None
            } else if vertices > VALIDATION_VERTEX_LIMIT
                || self.checked_by_geo + vertices > VALIDATION_VERTEX_BUDGET
            {
                self.skipped += 1;
                None
            } else {
                self.checked_by_geo += vertices;
                polygon.check_validation().err().map(|p| p.to_string())
            }
        };
        problem.map(|p| describe_invalid(&p))
    }
}

/// Rings of lon/lat (reprojected) → a polygon: coordinates off the globe skip the
/// polygon, an open ring is closed, a ring of under three points is dropped (the
/// polygon, if it is the outer one), and the polygon is validated. Each problem goes
/// into `issues` at `loc`; an invalid polygon is kept and said to be invalid.
pub fn checked_polygon(
    rings: Vec<Vec<(f64, f64)>>,
    loc: &Location,
    validator: &mut Validator,
    issues: &mut Vec<Issue>,
) -> Option<Polygon<f64>> {
    let mut converted: Vec<LineString<f64>> = Vec::with_capacity(rings.len());
    for (ri, ring) in rings.into_iter().enumerate() {
        let mut coords: Vec<Coord<f64>> = Vec::with_capacity(ring.len() + 1);
        for (x, y) in ring {
            if !x.is_finite()
                || !y.is_finite()
                || !(-180.0..=180.0).contains(&x)
                || !(-90.0..=90.0).contains(&y)
            {
                issues.push(Issue::warning(
                    loc.clone(),
                    IssueKind::CoordinateOffGlobe { x, y },
                ));
                return None;
            }
            coords.push(Coord { x, y });
        }
        coords.dedup();
        if coords.len() > 1 && coords.first() != coords.last() {
            issues.push(Issue::info(loc.clone(), IssueKind::RingClosed));
            coords.push(coords[0]);
        }
        if coords.len() < 4 {
            let kind = if ri == 0 {
                IssueKind::OuterRingTooSmall
            } else {
                IssueKind::HoleTooSmall
            };
            issues.push(Issue::warning(loc.clone(), kind));
            if ri == 0 {
                return None;
            }
            continue;
        }
        converted.push(LineString(coords));
    }
    let mut it = converted.into_iter();
    let exterior = it.next()?;
    let polygon = Polygon::new(exterior, it.collect());
    if let Some(problem) = validator.problem(&polygon) {
        issues.push(Issue::warning(
            loc.clone(),
            IssueKind::PolygonInvalid { problem },
        ));
    }
    Some(polygon)
}

/// geo's validation message as a problem (its own message kept when unknown).
fn describe_invalid(problem: &str) -> PolygonProblem {
    let p = problem.to_lowercase();
    if p.contains("self-intersection") || p.contains("self intersection") {
        PolygonProblem::CrossesItself
    } else if p.contains("interior ring") && p.contains("contained") {
        PolygonProblem::HoleOutside
    } else if p.contains("intersect") {
        PolygonProblem::RingsCross
    } else {
        PolygonProblem::Other {
            detail: problem.to_owned(),
        }
    }
}
