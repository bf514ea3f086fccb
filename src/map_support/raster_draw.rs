//! A grid layer drawn as an image (issue 27 §2): one pixel per cell on an image the
//! size of the grid's extent, drawn tile by tile with each tile's affine map onto the
//! map (the core's [`GridRaster`]), pixels kept crisp when zoomed in. Nothing is a
//! path: 38,870 cells are one `putImageData` and a few hundred `drawImage`s.

use atlas_core::geometry::flat::FlatShapes;
use atlas_core::geometry::raster::{css_rgba, GridRaster, Tile};
use atlas_core::geometry::shapes::MapGeometry;
use atlas_core::present::export::MapImage;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Where each cell sits in the image and how the image's tiles lie on the map:
/// made once per boundary file.
pub struct RasterLayout {
    pub raster: GridRaster,
    pub tiles: Vec<Tile>,
}

impl RasterLayout {
    /// The layout of `geometry`'s areas, named by `ids`, when they are the cells of
    /// `kind`'s grid.
    pub fn new<'a>(
        kind: atlas_core::geometry::grid_cell::GridKind,
        ids: impl IntoIterator<Item = &'a str>,
        geometry: &MapGeometry,
    ) -> Option<Arc<RasterLayout>> {
        let raster = GridRaster::new(kind, ids)?;
        let shapes = FlatShapes::from_topology(&geometry.topology, 0.0);
        let tiles = raster.tiles(&shapes);
        Some(Arc::new(RasterLayout { raster, tiles }))
    }
}

/// The layout of the map's areas when they are a grid table's cells (read once, as
/// the map mounts: new boundaries mount a new map).
pub fn layout_of(s: &crate::state::AtlasState) -> Option<Arc<RasterLayout>> {
    use leptos::prelude::*;
    let geometry = s.geometry.get_untracked();
    s.model.with_untracked(|m| {
        let kind = m.boundaries.grid?;
        RasterLayout::new(
            kind,
            m.atlas.districts.iter().map(|d| d.id.as_str()),
            &geometry.0,
        )
    })
}

/// The image of one set of colours, ready to draw.
pub struct RasterPicture {
    image: web_sys::HtmlCanvasElement,
    layout: Arc<RasterLayout>,
}

impl RasterPicture {
    /// The cells of `layout` in `fills` (dimmed where `dimmed`): one pixel each.
    pub fn new(layout: Arc<RasterLayout>, fills: &[String], dimmed: &[bool]) -> Option<Self> {
        let colours: Vec<[u8; 4]> = fills
            .iter()
            .enumerate()
            .map(|(i, f)| css_rgba(f, dimmed.get(i).copied().unwrap_or(false)))
            .collect();
        let bytes = layout.raster.rgba(&colours);
        let (w, h) = (layout.raster.cols, layout.raster.rows);
        let data = web_sys::ImageData::new_with_u8_clamped_array_and_sh(
            wasm_bindgen::Clamped(&bytes),
            w,
            h,
        )
        .ok()?;
        let doc = web_sys::window()?.document()?;
        let image: web_sys::HtmlCanvasElement =
            doc.create_element("canvas").ok()?.dyn_into().ok()?;
        image.set_width(w);
        image.set_height(h);
        let ctx = context(&image)?;
        ctx.put_image_data(&data, 0.0, 0.0).ok()?;
        Some(RasterPicture { image, layout })
    }

    /// Draw under the map's transform (user units → device pixels: `scale`, then
    /// `offset`), each tile through its own affine map, one pixel of overlap so no
    /// seam shows between tiles.
    pub fn draw(&self, ctx: &web_sys::CanvasRenderingContext2d, scale: f64, offset: (f64, f64)) {
        ctx.set_image_smoothing_enabled(false);
        let (cols, rows) = (self.layout.raster.cols, self.layout.raster.rows);
        let (width, height) = ctx
            .canvas()
            .map(|c| (f64::from(c.width()), f64::from(c.height())))
            .unwrap_or((f64::MAX, f64::MAX));
        for t in &self.layout.tiles {
            if !t.visible(scale, offset, (width, height)) {
                continue;
            }
            let [a, b, c, d, e, f] = t.affine;
            let _ = ctx.set_transform(
                scale * a,
                scale * d,
                scale * b,
                scale * e,
                scale * c + offset.0,
                scale * f + offset.1,
            );
            let (x, y, w, h) = crop(t, cols, rows);
            let _ = ctx
                .draw_image_with_html_canvas_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
                    &self.image,
                    x,
                    y,
                    w,
                    h,
                    x,
                    y,
                    w,
                    h,
                );
        }
        let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    }
}

impl RasterPicture {
    /// Each tile's crop as a PNG `data:` URL with its affine map: the raster in an
    /// exported SVG or PNG (see `MapDocument::images`).
    pub fn crops(&self) -> Vec<MapImage> {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return Vec::new();
        };
        let (cols, rows) = (self.layout.raster.cols, self.layout.raster.rows);
        self.layout
            .tiles
            .iter()
            .filter_map(|t| {
                let (x, y, w, h) = crop(t, cols, rows);
                let c: web_sys::HtmlCanvasElement =
                    doc.create_element("canvas").ok()?.dyn_into().ok()?;
                c.set_width(w as u32);
                c.set_height(h as u32);
                context(&c)?
                    .draw_image_with_html_canvas_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
                        &self.image,
                        x,
                        y,
                        w,
                        h,
                        0.0,
                        0.0,
                        w,
                        h,
                    )
                    .ok()?;
                Some(MapImage {
                    href: c.to_data_url().ok()?,
                    x,
                    y,
                    w,
                    h,
                    affine: t.affine,
                })
            })
            .collect()
    }
}

/// The grid layer of the map shown, for an export: its raster in the colours shown
/// (not dimmed), and the borders drawn over it (`data::overlay`). Empty for a map of
/// paths.
pub fn export_layers(s: &crate::state::AtlasState) -> (Vec<MapImage>, String) {
    use leptos::prelude::*;
    let Some(layout) = layout_of(s) else {
        return (Vec::new(), String::new());
    };
    let fills: Vec<String> = (0..s.len())
        .map(|i| untrack(|| super::fill(s, i)))
        .collect();
    let images = RasterPicture::new(layout, &fills, &[])
        .map(|p| p.crops())
        .unwrap_or_default();
    let level = s.level.get_untracked();
    let onto = s.geometry.with_untracked(|g| g.0.projection);
    let borders = use_context::<crate::data::DataState>()
        .and_then(|data| {
            data.overlay.with_untracked(|o| {
                o.as_ref().map(|o| {
                    atlas_core::geometry::overlay::outlines_onto(&o.geometry, &onto, level)
                })
            })
        })
        .unwrap_or_default();
    (images, borders)
}

/// A tile's pixels with one pixel of overlap on every side (no seam shows between
/// tiles), kept inside the image: `(x, y, w, h)`.
fn crop(t: &Tile, cols: u32, rows: u32) -> (f64, f64, f64, f64) {
    let (x0, y0) = (t.x.saturating_sub(1), t.y.saturating_sub(1));
    let (x1, y1) = ((t.x + t.w + 1).min(cols), (t.y + t.h + 1).min(rows));
    (
        f64::from(x0),
        f64::from(y0),
        f64::from(x1 - x0),
        f64::from(y1 - y0),
    )
}

/// The 2D context of `canvas`.
pub(super) fn context(
    canvas: &web_sys::HtmlCanvasElement,
) -> Option<web_sys::CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
}
