//! One geometry stream, several sinks (as in d3-geo).
//!
//! [`stream_multipolygon`] walks a district's rings, maps every vertex through a
//! projection closure and hands the points to a [`PathSink`]. Sinks here build an SVG
//! path string ([`SvgPath`]) or measure bounds ([`BoundsSink`]); the app adds a canvas
//! sink later without touching the walk.

use crate::geometry::coords::{Bounds, LonLat, Xy};
use geo::MultiPolygon;

/// Receives rings point by point.
pub trait PathSink<P> {
    /// A new polygon begins (its exterior ring comes next, then its holes).
    fn polygon_start(&mut self) {}
    fn ring_start(&mut self) {}
    fn point(&mut self, p: P);
    fn ring_end(&mut self) {}
}

/// Stream every ring (exteriors and holes) of `geom` through `project` into `sink`.
/// The closing vertex of each ring is not repeated: sinks close rings themselves.
pub fn stream_multipolygon<P, F, S>(geom: &MultiPolygon<f64>, project: F, sink: &mut S)
where
    F: Fn(LonLat) -> P,
    S: PathSink<P>,
{
    for poly in &geom.0 {
        sink.polygon_start();
        for ring in std::iter::once(poly.exterior()).chain(poly.interiors()) {
            let coords = &ring.0;
            let n = if coords.len() > 1 && coords.first() == coords.last() {
                coords.len() - 1
            } else {
                coords.len()
            };
            if n == 0 {
                continue;
            }
            sink.ring_start();
            for c in &coords[..n] {
                sink.point(project(LonLat { lon: c.x, lat: c.y }));
            }
            sink.ring_end();
        }
    }
}

/// Builds an SVG path `d` string, rounding to `decimals` places and dropping points
/// that round onto the previous one (a free simplification at the drawn scale).
#[derive(Debug, Default)]
pub struct SvgPath {
    out: String,
    decimals: usize,
    last: Option<(i64, i64)>,
    in_ring: usize,
}

impl SvgPath {
    pub fn new(decimals: usize) -> Self {
        SvgPath {
            decimals: decimals.min(6),
            ..Default::default()
        }
    }

    /// The finished path data (`M…L…Z` per ring).
    pub fn finish(self) -> String {
        self.out
    }
}

impl<P: Xy> PathSink<P> for SvgPath {
    fn ring_start(&mut self) {
        self.last = None;
        self.in_ring = 0;
    }

    fn point(&mut self, p: P) {
        let (x, y) = p.xy();
        if !(x.is_finite() && y.is_finite()) {
            return;
        }
        let f = 10f64.powi(self.decimals as i32);
        let key = ((x * f).round() as i64, (y * f).round() as i64);
        if self.last == Some(key) {
            return;
        }
        self.last = Some(key);
        let cmd = if self.in_ring == 0 { 'M' } else { 'L' };
        self.in_ring += 1;
        self.out.push(cmd);
        push_fixed(&mut self.out, key.0, self.decimals);
        self.out.push(',');
        push_fixed(&mut self.out, key.1, self.decimals);
    }

    fn ring_end(&mut self) {
        if self.in_ring > 0 {
            self.out.push('Z');
        }
    }
}

/// Measures the bounding box of everything streamed into it.
#[derive(Debug, Default)]
pub struct BoundsSink {
    bounds: Option<Bounds>,
}

impl BoundsSink {
    pub fn bounds(&self) -> Option<Bounds> {
        self.bounds
    }
}

impl<P: Xy> PathSink<P> for BoundsSink {
    fn point(&mut self, p: P) {
        let (x, y) = p.xy();
        if !(x.is_finite() && y.is_finite()) {
            return;
        }
        self.bounds = Some(match self.bounds {
            None => Bounds {
                min_x: x,
                min_y: y,
                max_x: x,
                max_y: y,
            },
            Some(b) => Bounds {
                min_x: b.min_x.min(x),
                min_y: b.min_y.min(y),
                max_x: b.max_x.max(x),
                max_y: b.max_y.max(y),
            },
        });
    }
}

/// Append `k / 10^decimals` with exactly `decimals` places, as `format!("{:.d$}")`
/// would print it, without float formatting (the path strings' hot spot: a tenth of
/// the instructions of loading the parishes went to `float_to_decimal_common_exact`).
///
/// ```
/// use atlas_core::geometry::stream::push_fixed;
/// let mut s = String::new();
/// push_fixed(&mut s, -1234, 1);
/// s.push(' ');
/// push_fixed(&mut s, 5, 2);
/// s.push(' ');
/// push_fixed(&mut s, 42, 0);
/// assert_eq!(s, "-123.4 0.05 42");
/// ```
pub fn push_fixed(out: &mut String, k: i64, decimals: usize) {
    if k < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 24];
    let mut n = k.unsigned_abs();
    let mut len = 0;
    while n > 0 || len <= decimals {
        digits[len] = b'0' + (n % 10) as u8;
        n /= 10;
        len += 1;
    }
    for i in (0..len).rev() {
        out.push(digits[i] as char);
        if decimals > 0 && i == decimals {
            out.push('.');
        }
    }
}
