//! Drawing the canvas map: the areas as a few Path2D objects (one per colour and
//! dimming, one for the borders), drawn at the device's pixel ratio under the view's
//! pan and zoom; the CSS transform that moves a drawn picture during a gesture; the
//! hatch for missing data.

use super::raster_draw::{context, RasterLayout, RasterPicture};
use atlas_core::geometry::pan_zoom::{picture_moved, ViewTransform};
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// What a map's areas are drawn from: their paths, or — a grid layer — the places
/// of their cells in one image.
#[derive(Clone)]
pub(super) enum Source {
    Paths(Arc<Vec<String>>),
    Raster(Arc<RasterLayout>),
}

impl Source {
    /// The same shapes (by identity: a new set is a new `Arc`).
    pub(super) fn same(&self, other: &Source) -> bool {
        match (self, other) {
            (Source::Paths(a), Source::Paths(b)) => Arc::ptr_eq(a, b),
            (Source::Raster(a), Source::Raster(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// The areas ready to draw: one Path2D per colour (and dimming), one for the borders;
/// or a grid layer's image.
pub(super) struct Drawing {
    pub(super) source: Source,
    pub(super) fills: Vec<String>,
    pub(super) dimmed: Vec<bool>,
    groups: Vec<(String, bool, web_sys::Path2d)>,
    picture: Option<RasterPicture>,
    /// Built on the first draw that shows borders (a national grid at full view
    /// shows none, and is not made to build them).
    borders: std::cell::OnceCell<Option<web_sys::Path2d>>,
    /// The view and box size of the picture on the canvas now.
    pub(super) drawn: std::cell::Cell<Option<(ViewTransform, (f64, f64))>>,
}

impl Drawing {
    pub(super) fn new(source: Source, fills: Vec<String>, dimmed: Vec<bool>) -> Self {
        let paths = match &source {
            Source::Paths(paths) => paths.clone(),
            Source::Raster(layout) => {
                let picture = RasterPicture::new(layout.clone(), &fills, &dimmed);
                return Drawing {
                    source,
                    fills,
                    dimmed,
                    groups: Vec::new(),
                    picture,
                    borders: std::cell::OnceCell::new(),
                    drawn: std::cell::Cell::new(None),
                };
            }
        };
        let mut by_style: HashMap<(&str, bool), String> = HashMap::new();
        for (d, path) in paths.iter().enumerate() {
            let colour = fills.get(d).map(String::as_str).unwrap_or("url(#missing)");
            let dim = dimmed.get(d).copied().unwrap_or(false);
            by_style.entry((colour, dim)).or_default().push_str(path);
        }
        let groups = by_style
            .into_iter()
            .filter_map(|((colour, dim), d)| {
                let p = web_sys::Path2d::new_with_path_string(&d).ok()?;
                Some((colour.to_owned(), dim, p))
            })
            .collect();
        Drawing {
            source,
            fills,
            dimmed,
            groups,
            picture: None,
            borders: std::cell::OnceCell::new(),
            drawn: std::cell::Cell::new(None),
        }
    }

    /// Draw onto `canvas`, sized to `size` CSS pixels at the device's pixel ratio,
    /// under `view` inside a `width` × `height` box fitted as the SVG's `xMidYMid meet`.
    pub(super) fn draw(
        &self,
        canvas: &web_sys::HtmlCanvasElement,
        view: ViewTransform,
        size: (f64, f64),
        (width, height): (f64, f64),
        n: usize,
    ) {
        let dpr = web_sys::window()
            .map(|w| w.device_pixel_ratio())
            .unwrap_or(1.0)
            .max(1.0);
        let (cw, ch) = size;
        let (pw, ph) = ((cw * dpr).round() as u32, (ch * dpr).round() as u32);
        if canvas.width() != pw {
            canvas.set_width(pw);
        }
        if canvas.height() != ph {
            canvas.set_height(ph);
        }
        let Some(ctx) = context(canvas) else {
            return;
        };
        let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
        ctx.clear_rect(0.0, 0.0, pw as f64, ph as f64);
        self.drawn.set(Some((view, size)));
        let Some((fit, ox, oy)) =
            atlas_core::geometry::pan_zoom::fit((0.0, 0.0, cw, ch), (width, height))
        else {
            return;
        };
        let scale = dpr * fit * view.k;
        let offset = (dpr * (ox + fit * view.x), dpr * (oy + fit * view.y));
        if let Some(picture) = &self.picture {
            picture.draw(&ctx, scale, offset);
            return;
        }
        let _ = ctx.set_transform(scale, 0.0, 0.0, scale, offset.0, offset.1);
        let hatch = missing_pattern(&ctx);
        for (colour, dim, path) in &self.groups {
            match (colour.starts_with("url("), &hatch) {
                (true, Some(p)) => ctx.set_fill_style_canvas_pattern(p),
                (true, None) => ctx.set_fill_style_str("#f2f2f2"),
                (false, _) => ctx.set_fill_style_str(colour),
            }
            ctx.set_global_alpha(if *dim { 0.18 } else { 1.0 });
            ctx.fill_with_path_2d_and_winding(path, web_sys::CanvasWindingRule::Evenodd);
        }
        ctx.set_global_alpha(1.0);
        // borders: one stroke, about a pixel wide on screen whatever the zoom, and
        // none while the areas are too small on screen for a border to leave colour
        // (a national 1 km grid at full view)
        let mean_px = (width * height / n.max(1) as f64).sqrt() * fit * view.k;
        let borders = || {
            self.borders
                .get_or_init(|| match &self.source {
                    Source::Paths(paths) => {
                        web_sys::Path2d::new_with_path_string(&paths.concat()).ok()
                    }
                    Source::Raster(_) => None,
                })
                .as_ref()
        };
        if let Some(b) = (mean_px >= MIN_BORDERED_PX).then(borders).flatten() {
            ctx.set_stroke_style_str("#ffffff");
            let px = if mean_px < 12.0 { 0.5 } else { 1.0 };
            ctx.set_line_width(px / (fit * view.k));
            ctx.set_line_join("round");
            ctx.stroke_with_path(b);
        }
    }
}

/// Areas smaller than this on screen (CSS pixels, on average) are drawn without
/// borders.
const MIN_BORDERED_PX: f64 = 5.0;

/// Milliseconds after the last pan or zoom step before the canvas is redrawn.
pub(super) const REDRAW_AFTER_MS: u32 = 90;

/// The CSS transform that moves a picture drawn under `was` to where `now` puts it.
pub(super) fn moved(
    was: ViewTransform,
    now: ViewTransform,
    size: (f64, f64),
    viewbox: (f64, f64),
) -> String {
    let (tx, ty, r) = picture_moved(was, now, size, viewbox);
    format!("translate({tx:.2}px,{ty:.2}px) scale({r:.5})")
}

/// The hatch for missing data, as the SVG map's `#missing` pattern draws it.
fn missing_pattern(ctx: &web_sys::CanvasRenderingContext2d) -> Option<web_sys::CanvasPattern> {
    let doc = web_sys::window()?.document()?;
    let tile: web_sys::HtmlCanvasElement = doc.create_element("canvas").ok()?.dyn_into().ok()?;
    tile.set_width(8);
    tile.set_height(8);
    let t = tile
        .get_context("2d")
        .ok()??
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .ok()?;
    t.set_fill_style_str("#f2f2f2");
    t.fill_rect(0.0, 0.0, 8.0, 8.0);
    t.set_stroke_style_str("#8a8a8a");
    t.set_line_width(1.5);
    t.begin_path();
    for k in [-8.0, 0.0, 8.0] {
        t.move_to(k, 8.0);
        t.line_to(k + 8.0, 0.0);
    }
    t.stroke();
    ctx.create_pattern_with_html_canvas_element(&tile, "repeat")
        .ok()
        .flatten()
}
