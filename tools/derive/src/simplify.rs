//! Topology-preserving simplification and the GeoJSON text written for the app.

use crate::split::OutArea;
use atlas_core::geometry::coords::Screen;
use atlas_core::geometry::crs::{Crs, Reprojector};
use atlas_core::geometry::topology::{ScreenRings, Topology};
use serde_json::{json, Value};

/// Shapes as rings without their closing point (the topology's input form).
pub fn rings(areas: &[OutArea]) -> ScreenRings {
    areas
        .iter()
        .map(|a| {
            a.shape
                .0
                .iter()
                .map(|p| {
                    std::iter::once(p.exterior())
                        .chain(p.interiors())
                        .map(|r| {
                            let mut pts: Vec<Screen> =
                                r.0.iter().map(|c| Screen { x: c.x, y: c.y }).collect();
                            pts.dedup();
                            if pts.len() > 1 && pts.first() == pts.last() {
                                pts.pop();
                            }
                            pts
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// Twice the signed area (positive = counter-clockwise with y up).
fn signed_area2(r: &[(f64, f64)]) -> f64 {
    let n = r.len();
    (0..n)
        .map(|i| {
            let (a, b) = (r[i], r[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum()
}

/// Degrees rounded to 5 decimals (about a metre): the same vertex on both sides of a
/// border rounds to the same numbers.
fn round5(v: f64) -> f64 {
    (v * 1e5).round() / 1e5
}

/// Remove zero-width spikes (a → b → a), which rounding leaves where both sides of a
/// narrow pier come within a metre; repeated until none is left.
fn remove_spikes(xy: &mut Vec<(f64, f64)>) {
    loop {
        let n = xy.len();
        if n < 3 {
            return;
        }
        let Some(i) = (0..n).find(|&i| xy[(i + n - 1) % n] == xy[(i + 1) % n]) else {
            return;
        };
        // drop the tip and one copy of the point it returns to
        let next = (i + 1) % n;
        let (hi, lo) = if i > next { (i, next) } else { (next, i) };
        xy.remove(hi);
        xy.remove(lo);
    }
}

/// One ring in lon/lat, closed, oriented (exteriors counter-clockwise as RFC 7946 asks).
fn lonlat_ring(r: &[Screen], exterior: bool, wgs: &Reprojector) -> Option<Vec<(f64, f64)>> {
    let mut xy: Vec<(f64, f64)> = r.iter().map(|p| (p.x, p.y)).collect();
    wgs.to_lonlat(&mut xy);
    let mut xy: Vec<(f64, f64)> = xy
        .into_iter()
        .map(|(x, y)| (round5(x), round5(y)))
        .collect();
    xy.dedup();
    while xy.len() > 1 && xy.first() == xy.last() {
        xy.pop();
    }
    remove_spikes(&mut xy);
    if xy.len() < 3 {
        return None;
    }
    if (signed_area2(&xy) > 0.0) != exterior {
        xy.reverse();
    }
    let first = xy[0];
    xy.push(first);
    Some(xy)
}

/// The areas simplified at `tolerance` metres, as a GeoJSON FeatureCollection with
/// `bydel_kode`, `navn` and `officielt_navn`, one feature per line.
pub fn geojson(areas: &[OutArea], tolerance: f64, source: &str) -> String {
    geojson_with(
        areas,
        tolerance,
        source,
        |a| json!({"bydel_kode": a.code, "navn": a.name, "officielt_navn": a.official}),
    )
}

/// As [`geojson`], with each area's properties made by `properties`.
pub fn geojson_with(
    areas: &[OutArea],
    tolerance: f64,
    source: &str,
    properties: impl Fn(&OutArea) -> Value,
) -> String {
    let topo = Topology::build(&rings(areas));
    write(areas, topo.rings_at(tolerance), source, properties)
}

/// Rings already simplified (`simple[area][polygon][ring]`, UTM metres, the
/// exterior first) as the GeoJSON text [`geojson_with`] writes; a polygon without
/// rings is left out.
pub fn write(
    areas: &[OutArea],
    simple: ScreenRings,
    source: &str,
    properties: impl Fn(&OutArea) -> Value,
) -> String {
    let wgs = Reprojector::new(Crs::Utm32);
    let features: Vec<String> = areas
        .iter()
        .zip(simple)
        .map(|(a, polys)| {
            let coords: Vec<Value> = polys
                .iter()
                .filter(|rings| !rings.is_empty())
                .filter_map(|rings| {
                    let mut out = Vec::new();
                    for (i, r) in rings.iter().enumerate() {
                        match lonlat_ring(r, i == 0, &wgs) {
                            Some(ring) => out.push(json!(ring
                                .iter()
                                .map(|&(x, y)| json!([x, y]))
                                .collect::<Vec<_>>())),
                            None if i == 0 => return None,
                            None => {}
                        }
                    }
                    Some(Value::Array(out))
                })
                .collect();
            let f = json!({
                "type": "Feature",
                "properties": properties(a),
                "geometry": {"type": "MultiPolygon", "coordinates": coords},
            });
            f.to_string()
        })
        .collect();
    let head = json!({ "type": "FeatureCollection", "kilde": source }).to_string();
    let head = head.trim_end_matches('}');
    format!("{head},\"features\":[\n{}\n]}}\n", features.join(",\n"))
}
