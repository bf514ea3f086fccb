//! Rings → a checked polygon. Is it valid? The fast sweeps of [`crossing`](super::crossing) first (any
//! size); geo's full validation only where they are not sure, within a per-file
//! budget so huge files stay fast. Problems come back as words a planner reads.

use super::crossing::{ring_self_intersects, surely_valid_with_holes};
use crate::issue::{Issue, Location};
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
    /// The problem with `polygon` (Danish, English), or `None` when it is valid or
    /// could not be checked.
    ///
    /// ```
    /// use atlas_core::import::boundaries::Validator;
    /// use geo::{LineString, Polygon};
    /// let bowtie = Polygon::new(LineString::from(vec![(0., 0.), (1., 1.), (1., 0.), (0., 1.), (0., 0.)]), vec![]);
    /// assert_eq!(Validator::default().problem(&bowtie).map(|p| p.1), Some("a ring crosses itself".to_owned()));
    /// ```
    pub fn problem(&mut self, polygon: &Polygon<f64>) -> Option<(String, String)> {
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
                    format!("har koordinaten ({x}, {y}) uden for jordens længde- og breddegrader; polygonen er sprunget over"),
                    format!("has the coordinate ({x}, {y}) outside the Earth's longitudes and latitudes; the polygon was skipped"),
                ));
                return None;
            }
            coords.push(Coord { x, y });
        }
        coords.dedup();
        if coords.len() > 1 && coords.first() != coords.last() {
            issues.push(Issue::info(
                loc.clone(),
                "har en ring der ikke var lukket; den er lukket automatisk",
                "has a ring that was not closed; it was closed automatically",
            ));
            coords.push(coords[0]);
        }
        if coords.len() < 4 {
            let (da, en) = if ri == 0 {
                ("har en ydre ring med under tre forskellige punkter; polygonen er sprunget over",
                 "has an outer ring with fewer than three distinct points; the polygon was skipped")
            } else {
                (
                    "har et hul med under tre forskellige punkter; hullet er sprunget over",
                    "has a hole with fewer than three distinct points; the hole was skipped",
                )
            };
            issues.push(Issue::warning(loc.clone(), da, en));
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
    if let Some((da, en)) = validator.problem(&polygon) {
        issues.push(Issue::warning(
            loc.clone(),
            format!("har en ugyldig polygon: {da}; den tegnes alligevel"),
            format!("has an invalid polygon: {en}; it is drawn anyway"),
        ));
    }
    Some(polygon)
}

/// geo's validation message in words a planner reads, Danish and English.
fn describe_invalid(problem: &str) -> (String, String) {
    let p = problem.to_lowercase();
    if p.contains("self-intersection") || p.contains("self intersection") {
        (
            "en ring krydser sig selv".into(),
            "a ring crosses itself".into(),
        )
    } else if p.contains("interior ring") && p.contains("contained") {
        (
            "et hul ligger uden for den ydre ring".into(),
            "a hole lies outside the outer ring".into(),
        )
    } else if p.contains("intersect") {
        (
            "ringene skærer hinanden".into(),
            "its rings cross each other".into(),
        )
    } else {
        (problem.to_owned(), problem.to_owned())
    }
}
