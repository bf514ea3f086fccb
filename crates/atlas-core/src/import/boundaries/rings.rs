//! Raw polygon rings out of any GeoJSON geometry.

use crate::issue::{Issue, IssueKind, Location};
use geojson::{Geometry, GeometryValue, PolygonType};

const MAX_DEPTH: usize = 16;

/// Gather the polygons of a geometry as raw rings (source CRS, not yet validated).
pub(super) fn collect_polygons(
    g: &Geometry,
    loc: &Location,
    out: &mut Vec<Vec<Vec<(f64, f64)>>>,
    other: &mut usize,
    issues: &mut Vec<Issue>,
    depth: usize,
) {
    let raw = |poly: &PolygonType, issues: &mut Vec<Issue>| -> Option<Vec<Vec<(f64, f64)>>> {
        let mut rings = Vec::with_capacity(poly.len());
        for ring in poly {
            let mut pts = Vec::with_capacity(ring.len());
            for pos in ring {
                let s = pos.as_slice();
                if s.len() < 2 {
                    issues.push(Issue::warning(loc.clone(), IssueKind::PositionTooShort));
                    return None;
                }
                if !s[0].is_finite() || !s[1].is_finite() {
                    issues.push(Issue::warning(
                        loc.clone(),
                        IssueKind::CoordinatesNotNumbers,
                    ));
                    return None;
                }
                pts.push((s[0], s[1]));
            }
            rings.push(pts);
        }
        if rings.is_empty() {
            issues.push(Issue::warning(loc.clone(), IssueKind::PolygonWithoutRings));
            return None;
        }
        Some(rings)
    };
    match &g.value {
        GeometryValue::Polygon { coordinates } => {
            if let Some(r) = raw(coordinates, issues) {
                out.push(r);
            }
        }
        GeometryValue::MultiPolygon { coordinates } => {
            for c in coordinates {
                if let Some(r) = raw(c, issues) {
                    out.push(r);
                }
            }
        }
        GeometryValue::GeometryCollection { geometries } => {
            if depth >= MAX_DEPTH {
                issues.push(Issue::warning(
                    loc.clone(),
                    IssueKind::CollectionsNestedTooDeeply,
                ));
                return;
            }
            for sub in geometries {
                collect_polygons(sub, loc, out, other, issues, depth + 1);
            }
        }
        _ => *other += 1,
    }
}
