//! GeoJSON areas read into planar shapes (EPSG:25832 metres, to the millimetre).

use atlas_core::geometry::crs::{Crs, Reprojector};
use geo::{Coord, LineString, MultiPolygon, Polygon};
use serde_json::Value;

/// One source area: its number, name and shape in UTM 32N metres.
#[derive(Clone, Debug)]
pub struct SourceArea {
    pub number: i64,
    pub name: String,
    pub shape: MultiPolygon<f64>,
}

/// Round a coordinate to the millimetre, so vertices that are the same point on the
/// ground become equal numbers.
pub fn snap(c: Coord<f64>) -> Coord<f64> {
    Coord {
        x: (c.x * 1000.0).round() / 1000.0,
        y: (c.y * 1000.0).round() / 1000.0,
    }
}

fn ring(v: &Value, utm: &Reprojector) -> Result<LineString<f64>, String> {
    let pts = v.as_array().ok_or("a ring is not a list")?;
    let mut xy: Vec<(f64, f64)> = pts
        .iter()
        .map(|p| {
            let x = p.get(0).and_then(Value::as_f64);
            let y = p.get(1).and_then(Value::as_f64);
            x.zip(y)
                .ok_or_else(|| "a position is not two numbers".to_owned())
        })
        .collect::<Result<_, _>>()?;
    utm.from_lonlat(&mut xy);
    Ok(LineString::new(
        xy.into_iter().map(|(x, y)| snap(Coord { x, y })).collect(),
    ))
}

fn polygon(v: &Value, utm: &Reprojector) -> Result<Polygon<f64>, String> {
    let rings = v.as_array().ok_or("a polygon is not a list of rings")?;
    let mut it = rings.iter().map(|r| ring(r, utm));
    let exterior = it.next().ok_or("a polygon has no rings")??;
    Ok(Polygon::new(exterior, it.collect::<Result<_, _>>()?))
}

/// A GeoJSON (Multi)Polygon geometry in UTM 32N metres.
fn shape(g: &Value, utm: &Reprojector) -> Result<MultiPolygon<f64>, String> {
    let coords = &g["coordinates"];
    match g["type"].as_str() {
        Some("Polygon") => Ok(MultiPolygon(vec![polygon(coords, utm)?])),
        Some("MultiPolygon") => Ok(MultiPolygon(
            coords
                .as_array()
                .ok_or("bad multipolygon")?
                .iter()
                .map(|p| polygon(p, utm))
                .collect::<Result<_, _>>()?,
        )),
        other => Err(format!("geometry {other:?}")),
    }
}

/// Every feature of a WGS84 GeoJSON text as `(code, name, shape)`, the code the text
/// of `code_key` as the file writes it (`"0101"`, leading zeros kept).
pub fn coded_areas(
    text: &str,
    code_key: &str,
    name_key: &str,
) -> Result<Vec<(String, String, MultiPolygon<f64>)>, String> {
    let doc: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let utm = Reprojector::new(Crs::Utm32);
    let features = doc["features"].as_array().ok_or("no features")?;
    features
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let p = &f["properties"];
            let code = p[code_key]
                .as_str()
                .ok_or_else(|| format!("feature {i} has no text code in {code_key}"))?
                .to_owned();
            let name = p[name_key].as_str().unwrap_or_default().to_owned();
            let shape =
                shape(&f["geometry"], &utm).map_err(|e| format!("feature {i} ({name}): {e}"))?;
            Ok((code, name, shape))
        })
        .collect()
}

/// Every feature of a WGS84 GeoJSON text, numbered by `number_key` and named by `name_key`.
pub fn areas(text: &str, number_key: &str, name_key: &str) -> Result<Vec<SourceArea>, String> {
    let doc: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let utm = Reprojector::new(Crs::Utm32);
    let features = doc["features"].as_array().ok_or("no features")?;
    features
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let p = &f["properties"];
            let number = p[number_key]
                .as_i64()
                .ok_or_else(|| format!("feature {i} has no number in {number_key}"))?;
            let name = p[name_key].as_str().unwrap_or_default().to_owned();
            let shape =
                shape(&f["geometry"], &utm).map_err(|e| format!("feature {i} ({name}): {e}"))?;
            Ok(SourceArea {
                number,
                name,
                shape,
            })
        })
        .collect()
}
