//! Coordinate reference systems seen in Danish boundary files, and reprojection to
//! WGS84 lon/lat with `proj4rs`.

use crate::geometry::coords::Bounds;
#[cfg(feature = "reproject")]
use proj4rs::proj::Proj;
/// Without the `reproject` feature (the page's build, which reads no files) nothing
/// is reprojected: every point becomes NaN, which callers report, never a wrong place.
#[cfg(not(feature = "reproject"))]
struct Proj;

/// The CRSs the app reads.
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Crs {
    /// WGS84 longitude/latitude (EPSG:4326, OGC CRS84; the RFC 7946 default).
    Wgs84,
    /// ETRS89 longitude/latitude (EPSG:4258).
    Etrs89,
    /// ETRS89 / UTM zone 32N (EPSG:25832): Danish standard, metres.
    Utm32,
    /// ETRS89 / UTM zone 33N (EPSG:25833): Bornholm, metres.
    Utm33,
    /// Web Mercator (EPSG:3857), metres.
    WebMercator,
    /// ETRS89-LAEA Europe (EPSG:3035), metres: the European statistical grid.
    Laea3035,
}

/// Every supported CRS, in the order a picker shows them.
pub const ALL: [Crs; 6] = [
    Crs::Wgs84,
    Crs::Etrs89,
    Crs::Utm32,
    Crs::Utm33,
    Crs::WebMercator,
    Crs::Laea3035,
];

impl Crs {
    /// The EPSG code.
    pub fn epsg(self) -> u32 {
        match self {
            Crs::Wgs84 => 4326,
            Crs::Etrs89 => 4258,
            Crs::Utm32 => 25832,
            Crs::Utm33 => 25833,
            Crs::WebMercator => 3857,
            Crs::Laea3035 => 3035,
        }
    }

    /// From an EPSG code (`None` for codes the app does not know).
    pub fn from_epsg(code: u32) -> Option<Crs> {
        ALL.into_iter().find(|c| c.epsg() == code)
    }

    /// A label for pickers and messages, e.g. `EPSG:25832 (UTM 32N, meter)`.
    pub fn label(self) -> &'static str {
        match self {
            Crs::Wgs84 => "EPSG:4326 (WGS84, grader)",
            Crs::Etrs89 => "EPSG:4258 (ETRS89, grader)",
            Crs::Utm32 => "EPSG:25832 (UTM 32N, meter)",
            Crs::Utm33 => "EPSG:25833 (UTM 33N, meter)",
            Crs::WebMercator => "EPSG:3857 (Web Mercator, meter)",
            Crs::Laea3035 => "EPSG:3035 (ETRS89-LAEA Europa, meter)",
        }
    }

    /// Degrees (true) or metres (false).
    pub fn is_geographic(self) -> bool {
        matches!(self, Crs::Wgs84 | Crs::Etrs89)
    }

    #[cfg(feature = "reproject")]
    fn proj_string(self) -> &'static str {
        match self {
            Crs::Wgs84 => "+proj=longlat +datum=WGS84 +no_defs",
            Crs::Etrs89 => "+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs",
            Crs::Utm32 => "+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
            Crs::Utm33 => "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
            Crs::WebMercator => {
                "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +no_defs"
            }
            Crs::Laea3035 => {
                "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs"
            }
        }
    }
}

/// Read an EPSG code out of every `crs` form seen in Danish files:
/// `urn:ogc:def:crs:EPSG::25832`, `EPSG:25832`, `urn:ogc:def:crs:OGC:1.3:CRS84`,
/// `{"type":"name","properties":{"name":…}}` and `{"type":"EPSG","properties":{"code":25832}}`.
///
/// Returns `Ok(None)` when there is no usable member, `Err(text)` for a CRS the app
/// does not know (the text names it for the message).
///
/// ```
/// use atlas_core::geometry::crs::{parse_crs_member, Crs};
/// let v: serde_json::Value = serde_json::from_str(
///     r#"{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}}"#).unwrap();
/// assert_eq!(parse_crs_member(&v), Ok(Some(Crs::Utm32)));
/// ```
pub fn parse_crs_member(v: &serde_json::Value) -> Result<Option<Crs>, String> {
    let props = v.get("properties");
    let named = props
        .and_then(|p| p.get("name"))
        .and_then(|n| n.as_str())
        .or_else(|| v.as_str());
    let code = props.and_then(|p| p.get("code")).and_then(|c| {
        c.as_u64()
            .map(|n| n.to_string())
            .or_else(|| c.as_str().map(str::to_owned))
    });
    let text = match (named, code) {
        (Some(n), _) => n.trim().to_owned(),
        (None, Some(c)) => format!("EPSG:{c}"),
        (None, None) => return Ok(None),
    };
    Ok(Some(crs_from_name(&text).ok_or(text)?))
}

/// Interpret a CRS name such as `EPSG:25832`, `urn:ogc:def:crs:EPSG::3857` or `CRS84`.
pub fn crs_from_name(name: &str) -> Option<Crs> {
    let upper = name.to_ascii_uppercase();
    if upper.ends_with("CRS84") || upper.ends_with("CRS:84") {
        return Some(Crs::Wgs84);
    }
    if !upper.contains("EPSG") {
        return None;
    }
    let digits: String = upper
        .rsplit(|c: char| !c.is_ascii_digit())
        .find(|s| !s.is_empty())?
        .to_owned();
    let code: u32 = digits.parse().ok()?;
    // 900913 is the old unofficial code for Web Mercator.
    if code == 900_913 || code == 3785 {
        return Some(Crs::WebMercator);
    }
    Crs::from_epsg(code)
}

/// Guess the CRS of a file without a `crs` member from the extent of its coordinates:
/// degrees when they fit, else UTM 32N, Web Mercator or ETRS89-LAEA (the European
/// grid) when they fit Denmark there.
///
/// ```
/// use atlas_core::geometry::coords::Bounds;
/// use atlas_core::geometry::crs::{infer_crs, Crs};
/// let utm = Bounds { min_x: 718_000.0, min_y: 6_168_000.0, max_x: 735_000.0, max_y: 6_184_000.0 };
/// assert_eq!(infer_crs(&utm), Some(Crs::Utm32));
/// let laea = Bounds { min_x: 4_470_000.0, min_y: 3_610_000.0, max_x: 4_490_000.0, max_y: 3_630_000.0 };
/// assert_eq!(infer_crs(&laea), Some(Crs::Laea3035));
/// ```
pub fn infer_crs(b: &Bounds) -> Option<Crs> {
    let within = |min_x: f64, min_y: f64, max_x: f64, max_y: f64| {
        b.min_x >= min_x && b.max_x <= max_x && b.min_y >= min_y && b.max_y <= max_y
    };
    if within(-180.0, -90.0, 180.0, 90.0) {
        Some(Crs::Wgs84)
    } else if within(350_000.0, 5_900_000.0, 1_000_000.0, 6_500_000.0) {
        Some(Crs::Utm32)
    } else if within(800_000.0, 7_000_000.0, 1_800_000.0, 8_000_000.0) {
        Some(Crs::WebMercator)
    } else if within(3_900_000.0, 3_000_000.0, 5_000_000.0, 4_200_000.0) {
        // Denmark and its neighbours on the European grid
        Some(Crs::Laea3035)
    } else {
        None
    }
}

/// Converts coordinates of one CRS to WGS84 lon/lat degrees.
pub struct Reprojector {
    from: Crs,
    src: Option<Proj>,
    dst: Option<Proj>,
}

impl Reprojector {
    /// A reprojector from `from` to WGS84; identity for WGS84 itself.
    pub fn new(from: Crs) -> Self {
        if from == Crs::Wgs84 {
            return Reprojector {
                from,
                src: None,
                dst: None,
            };
        }
        #[cfg(feature = "reproject")]
        let (src, dst) = (
            Proj::from_proj_string(from.proj_string()).ok(),
            Proj::from_proj_string(Crs::Wgs84.proj_string()).ok(),
        );
        #[cfg(not(feature = "reproject"))]
        let (src, dst) = (Some(Proj), Some(Proj));
        Reprojector { from, src, dst }
    }

    pub fn source(&self) -> Crs {
        self.from
    }

    /// Reproject `coords` (x, y in the source CRS) in place to lon/lat degrees.
    /// Points that cannot be transformed become NaN (and are reported by the caller).
    ///
    /// ```
    /// use atlas_core::geometry::crs::{Crs, Reprojector};
    /// let mut pts = [(724_500.0, 6_175_800.0)];
    /// Reprojector::new(Crs::Utm32).to_lonlat(&mut pts);
    /// assert!((pts[0].0 - 12.57).abs() < 0.02 && (pts[0].1 - 55.676).abs() < 0.02);
    /// ```
    pub fn to_lonlat(&self, coords: &mut [(f64, f64)]) {
        let (Some(src), Some(dst)) = (&self.src, &self.dst) else {
            return;
        };
        transform(src, dst, coords);
    }

    /// The inverse of [`to_lonlat`](Self::to_lonlat): lon/lat degrees in place to the
    /// source CRS. Points that cannot be transformed become NaN.
    ///
    /// ```
    /// use atlas_core::geometry::crs::{Crs, Reprojector};
    /// let r = Reprojector::new(Crs::Utm32);
    /// let mut pts = [(724_500.0, 6_175_800.0)];
    /// r.to_lonlat(&mut pts);
    /// r.from_lonlat(&mut pts);
    /// assert!((pts[0].0 - 724_500.0).abs() < 0.001 && (pts[0].1 - 6_175_800.0).abs() < 0.001);
    /// ```
    pub fn from_lonlat(&self, coords: &mut [(f64, f64)]) {
        let (Some(src), Some(dst)) = (&self.src, &self.dst) else {
            return;
        };
        transform_back(src, dst, coords);
    }
}

/// `coords` from `src` to lon/lat degrees (`dst`) in place; failures become NaN.
#[cfg(feature = "reproject")]
fn transform(src: &Proj, dst: &Proj, coords: &mut [(f64, f64)]) {
    if src.is_latlong() {
        for c in coords.iter_mut() {
            *c = (c.0.to_radians(), c.1.to_radians());
        }
    }
    for c in coords.iter_mut() {
        if proj4rs::transform::transform(src, dst, c).is_err() {
            *c = (f64::NAN, f64::NAN);
        }
    }
    for c in coords.iter_mut() {
        *c = (c.0.to_degrees(), c.1.to_degrees());
    }
}

/// `coords` in lon/lat degrees back to `src` in place; failures become NaN.
#[cfg(feature = "reproject")]
fn transform_back(src: &Proj, dst: &Proj, coords: &mut [(f64, f64)]) {
    for c in coords.iter_mut() {
        let mut p = (c.0.to_radians(), c.1.to_radians());
        *c = match proj4rs::transform::transform(dst, src, &mut p) {
            Ok(()) if src.is_latlong() => (p.0.to_degrees(), p.1.to_degrees()),
            Ok(()) => p,
            Err(_) => (f64::NAN, f64::NAN),
        };
    }
}

#[cfg(not(feature = "reproject"))]
fn transform(_: &Proj, _: &Proj, coords: &mut [(f64, f64)]) {
    coords.fill((f64::NAN, f64::NAN));
}

#[cfg(not(feature = "reproject"))]
fn transform_back(_: &Proj, _: &Proj, coords: &mut [(f64, f64)]) {
    coords.fill((f64::NAN, f64::NAN));
}
