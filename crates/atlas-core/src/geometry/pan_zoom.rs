//! Pan and zoom as a pure value: a uniform scale `k` and a translation, applied to
//! the map's SVG user space (`user' = user·k + (x, y)`).

/// The current pan/zoom of the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewTransform {
    pub k: f64,
    pub x: f64,
    pub y: f64,
}

/// Zoom limits: the whole map is zoom 1; 256× reaches street level in a city.
pub const MIN_ZOOM: f64 = 1.0;
pub const MAX_ZOOM: f64 = 256.0;

impl Default for ViewTransform {
    fn default() -> Self {
        ViewTransform::IDENTITY
    }
}

impl ViewTransform {
    /// The whole map in view ("fit to data").
    pub const IDENTITY: ViewTransform = ViewTransform {
        k: 1.0,
        x: 0.0,
        y: 0.0,
    };

    /// Zoom by `factor` keeping the user-space point under (`px`, `py`) (in *transformed*
    /// coordinates, i.e. where it is drawn) fixed.
    ///
    /// ```
    /// use atlas_core::geometry::pan_zoom::ViewTransform;
    /// let v = ViewTransform::IDENTITY.zoom_at(500.0, 400.0, 2.0);
    /// assert_eq!((v.k, v.x, v.y), (2.0, -500.0, -400.0));
    /// let (ux, uy) = v.invert(500.0, 400.0);
    /// assert_eq!((ux, uy), (500.0, 400.0)); // the point under the cursor stays put
    /// ```
    pub fn zoom_at(self, px: f64, py: f64, factor: f64) -> ViewTransform {
        if !factor.is_finite() || factor <= 0.0 {
            return self;
        }
        let k = (self.k * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let f = k / self.k;
        ViewTransform {
            k,
            x: px - (px - self.x) * f,
            y: py - (py - self.y) * f,
        }
    }

    /// Move by (`dx`, `dy`) in drawn units.
    pub fn pan(self, dx: f64, dy: f64) -> ViewTransform {
        ViewTransform {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
    }

    /// Keep at least a margin of the map in view of a `width`×`height` user space.
    pub fn clamp(self, width: f64, height: f64) -> ViewTransform {
        let m = 0.1;
        let min_x = width * m - width * self.k;
        let max_x = width * (1.0 - m);
        let min_y = height * m - height * self.k;
        let max_y = height * (1.0 - m);
        ViewTransform {
            k: self.k,
            x: self.x.clamp(min_x.min(max_x), max_x.max(min_x)),
            y: self.y.clamp(min_y.min(max_y), max_y.max(min_y)),
        }
    }

    /// Where a user-space point is drawn.
    pub fn apply(self, ux: f64, uy: f64) -> (f64, f64) {
        (ux * self.k + self.x, uy * self.k + self.y)
    }

    /// The user-space point drawn at (`px`, `py`).
    pub fn invert(self, px: f64, py: f64) -> (f64, f64) {
        ((px - self.x) / self.k, (py - self.y) / self.k)
    }

    /// The SVG `transform` attribute.
    pub fn to_svg(self) -> String {
        format!(
            "translate({:.3},{:.3}) scale({:.5})",
            self.x, self.y, self.k
        )
    }

    /// The same transform as a CSS `transform` value (so it can be animated).
    ///
    /// ```
    /// use atlas_core::geometry::pan_zoom::ViewTransform;
    /// let v = ViewTransform { k: 2.0, x: -10.0, y: 5.5 };
    /// assert_eq!(v.to_css(), "translate(-10.000px,5.500px) scale(2.00000)");
    /// ```
    pub fn to_css(self) -> String {
        format!(
            "translate({:.3}px,{:.3}px) scale({:.5})",
            self.x, self.y, self.k
        )
    }

    /// Detail level for simplification: the zoom rounded down to a power of two, so
    /// paths are rebuilt only when detail really changes.
    pub fn detail_level(self) -> f64 {
        2f64.powi(self.k.max(1.0).log2().floor() as i32)
    }
}

/// Map a client (CSS pixel) position to SVG user units for an SVG drawn in `rect`
/// (left, top, width, height) with `viewBox="0 0 w h"` and `preserveAspectRatio="xMidYMid meet"`.
///
/// ```
/// use atlas_core::geometry::pan_zoom::client_to_user;
/// // A 1000×500 viewBox in a 500×500 box: scale 0.5, centred vertically.
/// assert_eq!(client_to_user((0.0, 0.0, 500.0, 500.0), (1000.0, 500.0), 250.0, 250.0), (500.0, 250.0));
/// ```
pub fn client_to_user(
    rect: (f64, f64, f64, f64),
    viewbox: (f64, f64),
    cx: f64,
    cy: f64,
) -> (f64, f64) {
    let Some((s, ox, oy)) = fit(rect, viewbox) else {
        return (0.0, 0.0);
    };
    ((cx - ox) / s, (cy - oy) / s)
}

/// The inverse of [`client_to_user`]: where SVG user point (ux, uy) is on the page.
///
/// ```
/// use atlas_core::geometry::pan_zoom::{client_to_user, user_to_client};
/// let (r, vb) = ((10.0, 20.0, 500.0, 300.0), (1000.0, 500.0));
/// let (cx, cy) = user_to_client(r, vb, 123.0, 456.0);
/// let (ux, uy) = client_to_user(r, vb, cx, cy);
/// assert!((ux - 123.0).abs() < 1e-9 && (uy - 456.0).abs() < 1e-9);
/// ```
pub fn user_to_client(
    rect: (f64, f64, f64, f64),
    viewbox: (f64, f64),
    ux: f64,
    uy: f64,
) -> (f64, f64) {
    let Some((s, ox, oy)) = fit(rect, viewbox) else {
        return (rect.0, rect.1);
    };
    (ox + ux * s, oy + uy * s)
}

/// How a `viewbox` (w, h) sits in `rect` (left, top, width, height) as
/// `xMidYMid meet` draws it: the scale and the page position of the user origin.
pub fn fit(rect: (f64, f64, f64, f64), viewbox: (f64, f64)) -> Option<(f64, f64, f64)> {
    let (left, top, w, h) = rect;
    let (vw, vh) = viewbox;
    let s = (w / vw).min(h / vh);
    (s.is_finite() && s > 0.0).then(|| (s, left + (w - vw * s) / 2.0, top + (h - vh * s) / 2.0))
}

/// The move (translation in CSS pixels, then scale) that takes a picture drawn under
/// `was` to where `now` puts it, for a `viewbox` fitted into a box of `size` CSS pixels:
/// a canvas is moved this way during a gesture instead of being drawn again.
///
/// ```
/// use atlas_core::geometry::pan_zoom::{picture_moved, user_to_client, ViewTransform};
/// let (size, vb) = ((800.0, 600.0), (1000.0, 500.0));
/// let was = ViewTransform { k: 2.0, x: -100.0, y: -50.0 };
/// let now = ViewTransform { k: 3.0, x: -300.0, y: -120.0 };
/// let (tx, ty, r) = picture_moved(was, now, size, vb);
/// // a map point drawn under `was`, moved, lands where `now` draws it
/// let rect = (0.0, 0.0, size.0, size.1);
/// let (px, py) = user_to_client(rect, vb, was.apply(200.0, 100.0).0, was.apply(200.0, 100.0).1);
/// let (qx, qy) = user_to_client(rect, vb, now.apply(200.0, 100.0).0, now.apply(200.0, 100.0).1);
/// assert!((tx + r * px - qx).abs() < 1e-9 && (ty + r * py - qy).abs() < 1e-9);
/// ```
pub fn picture_moved(
    was: ViewTransform,
    now: ViewTransform,
    size: (f64, f64),
    viewbox: (f64, f64),
) -> (f64, f64, f64) {
    let Some((s, ox, oy)) = fit((0.0, 0.0, size.0, size.1), viewbox) else {
        return (0.0, 0.0, 1.0);
    };
    let r = now.k / was.k;
    (
        ox + s * now.x - r * (ox + s * was.x),
        oy + s * now.y - r * (oy + s * was.y),
        r,
    )
}
