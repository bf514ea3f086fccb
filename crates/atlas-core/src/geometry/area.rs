//! Each district's area on the ellipsoid (geo's geodesic area, Karney's algorithm), in
//! km²: what «per km²» divides by.

use crate::model::district::District;
use geo::GeodesicArea;

/// The area of each district in km² (`None` for one without polygons).
///
/// ```
/// use atlas_core::geometry::area::areas_km2;
/// use atlas_core::model::district::District;
/// use geo::{polygon, MultiPolygon};
/// // 0.01° × 0.01° at the equator: about 1.23 km²
/// let square = polygon![(x: 0.0, y: 0.0), (x: 0.01, y: 0.0), (x: 0.01, y: 0.01), (x: 0.0, y: 0.01)];
/// let d = District { id: "1".into(), name: "A".into(), geometry: MultiPolygon(vec![square]) };
/// let a = areas_km2(&[d])[0].unwrap();
/// assert!((a - 1.2308).abs() < 0.001, "{a}");
/// ```
pub fn areas_km2(districts: &[District]) -> Vec<Option<f64>> {
    districts
        .iter()
        .map(|d| {
            // per polygon, whichever way its rings wind (files differ; the unsigned
            // area of a clockwise ring is the rest of the globe)
            let m2: f64 = d
                .geometry
                .0
                .iter()
                .map(|p| p.geodesic_area_signed().abs())
                .sum();
            (m2 > 0.0).then_some(m2 / 1e6)
        })
        .collect()
}
