//! The map on a canvas, for layers of more than [`CANVAS_THRESHOLD`] areas (parishes,
//! grid cells): fills drawn in one pass per colour, borders in one stroke, crisp at
//! the device's pixel ratio and redrawn at each zoom level. Hover and click find the
//! area through the core's hit index. An SVG overlay with the same box draws what is
//! few — A/B outlines, the hovered area, the focus ring, the badges — and a listbox
//! with one option per area (its `data-district` and accessible name) keeps the map
//! usable by keyboard, screen readers and tests, as the SVG map is.
//!
//! [`CANVAS_THRESHOLD`]: super::map::CANVAS_THRESHOLD

use super::map::{fill, map_title, ZoomControls};
use crate::hooks::pan_zoom::{use_pan_zoom, PanZoom};
use crate::state::{use_atlas, AtlasState};
use crate::text::t;
use atlas_core::geometry::flat::FlatShapes;
use atlas_core::geometry::hit::HitIndex;
use atlas_core::geometry::pan_zoom::ViewTransform;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Shapes at one detail level and their hit index (compared by identity).
#[derive(Clone)]
struct Layer(Arc<(FlatShapes, HitIndex)>);

impl PartialEq for Layer {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

#[component]
pub fn CanvasMap() -> impl IntoView {
    let s = use_atlas();
    let (width, height) = s
        .model
        .with_value(|m| (m.geometry.width, m.geometry.height));
    let n = s.len();
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let pz = use_pan_zoom(s, svg_ref, width, height);
    let box_size = crate::hooks::element_size::use_element_size(svg_ref);
    let layer = Memo::new(move |_| {
        let level = s.level.get();
        let shapes = s.model.with_value(|m| m.geometry.flat_at_zoom(level));
        let index = HitIndex::new(&shapes);
        Layer(Arc::new((shapes, index)))
    });
    // The areas as a few Path2D objects, one per colour (and dimming), rebuilt when
    // the detail level or the colours change. A pan or zoom first moves the picture
    // drawn (a CSS transform, no drawing), and redraws it crisp once the gesture
    // pauses.
    let cache = StoredValue::new_local(None::<Drawing>);
    let redraw = crate::hooks::debounce::use_debouncer(REDRAW_AFTER_MS);
    // (a late timer after the map was taken down reads nothing and draws nothing)
    let paint = move || {
        let Some(canvas) = canvas_ref.try_get_untracked().flatten() else {
            return;
        };
        let (Some(view), Some(size)) = (s.view.try_get_untracked(), box_size.try_get_untracked())
        else {
            return;
        };
        let t0 = js_sys::Date::now();
        cache.try_update_value(|c| {
            if let Some(d) = c {
                d.draw(&canvas, view, size, (width, height), n);
            }
        });
        let _ = canvas.remove_attribute("style");
        let took = js_sys::Date::now() - t0;
        if took > 50.0 {
            crate::perf::mark(&format!("atlas:slow-canvas-draw-{took:.0}"));
        }
        crate::perf::mark("atlas:canvas-drawn");
    };
    Effect::new(move |_| {
        let paths = s.paths.get();
        let size = box_size.get();
        let highlight = s.ui.highlight.get();
        let fills: Vec<String> = (0..n).map(|i| fill(&s, i)).collect();
        let dimmed: Vec<bool> = match highlight {
            Some(c) => s.choropleth.with(|ch| {
                (0..n)
                    .map(|i| ch.classes.get(i).copied().flatten() != Some(c))
                    .collect()
            }),
            None => vec![false; n],
        };
        cache.update_value(|c| {
            let fresh = c.as_ref().is_some_and(|d| {
                Arc::ptr_eq(&d.paths, &paths) && d.fills == fills && d.dimmed == dimmed
            });
            if !fresh {
                *c = Some(Drawing::new(paths.clone(), fills, dimmed));
            }
        });
        let _ = size;
        paint();
    });
    Effect::new(move |first: Option<()>| {
        let view = s.view.get();
        if first.is_none() {
            return;
        }
        let Some(canvas) = canvas_ref.get_untracked() else {
            return;
        };
        let drawn = cache.with_value(|c| c.as_ref().and_then(|d| d.drawn.get()));
        if let Some((was, size)) = drawn {
            let css = moved(was, view, size, (width, height));
            let _ = canvas.set_attribute("style", &format!("transform-origin:0 0;transform:{css}"));
        }
        redraw.call(paint);
    });
    let hit = move |cx: f64, cy: f64| {
        let (x, y) = pz.to_map(cx, cy);
        layer.with_untracked(|l| l.0 .1.hit(&l.0 .0, x, y))
    };
    let outline = move |i: Option<usize>| {
        let level = s.level.get();
        i.map(|i| s.model.with_value(|m| m.geometry.path_at_zoom(i, level)))
            .unwrap_or_default()
    };
    view! {
        <div class="map canvas-map" data-testid="map" data-renderer="canvas"
            role="group" aria-label=move || map_title(&s) aria-describedby="map-keys-help"
            on:wheel=move |ev| pz.wheel(ev)
            on:pointerdown=move |ev| pz.pointer_down(ev)
            on:pointermove=move |ev| {
                pz.pointer_move(&ev);
                if !pz.dragged() || ev.buttons() == 0 {
                    let over = hit(ev.client_x() as f64, ev.client_y() as f64);
                    if s.ui.hover.get_untracked() != over {
                        s.ui.hover.set(over);
                    }
                }
            }
            on:pointerup=move |ev| pz.pointer_up(ev)
            on:pointercancel=move |ev| pz.pointer_up(ev)
            on:pointerleave=move |ev| { pz.pointer_up(ev); s.ui.hover.set(None); }
            on:click=move |ev| {
                if pz.dragged() {
                    return;
                }
                if let Some(i) = hit(ev.client_x() as f64, ev.client_y() as f64) {
                    s.pick(i);
                    s.ui.announce.set(super::describe::selection_sentence(&s));
                }
            }
            on:keydown=move |ev| pz.key(ev)>
            <canvas node_ref=canvas_ref class="map-canvas" aria-hidden="true"></canvas>
            <svg node_ref=svg_ref class="map-overlay" aria-hidden="true"
                viewBox=format!("0 0 {width:.0} {height:.0}") preserveAspectRatio="xMidYMid meet">
                <g class="zoomable" transform=move || s.view.get().to_svg()
                    style=move || { let v = s.view.get(); format!("transform:{};--k:{}", v.to_css(), v.k) }>
                    <path class="hover-outline" d=move || outline(s.ui.hover.get())></path>
                    <path class="outline outline-a" d=move || outline(s.a.get())></path>
                    <path class="outline outline-b" d=move || outline(s.b.get())></path>
                    <path class="focus-ring focus-ring-outer" d=move || outline(s.ui.focus.get())></path>
                    <path class="focus-ring focus-ring-inner" d=move || outline(s.ui.focus.get())></path>
                </g>
                <super::map_labels::MapLabels svg=svg_ref width height/>
            </svg>
            <AreaList pz/>
        </div>
        <p id="map-keys-help" class="sr-only">{move || t(s.lang.get(),
            "Piletaster flytter mellem områderne, Enter vælger A, Skift+Enter vælger B, Escape rydder valget, plus og minus zoomer.",
            "Arrow keys move between areas, Enter chooses A, Shift+Enter chooses B, Escape clears the choice, plus and minus zoom.")}</p>
        <ZoomControls width height/>
    }
}

/// Options mounted per animation frame (each carries a reactive accessible name).
const OPTION_CHUNK: usize = 200;

/// One option per area, in district order, mounted a chunk per frame: the tab stop,
/// arrows between neighbours, the accessible names, `[data-district]` for tests. The
/// events are the list's (delegated), and only the options entering and leaving the
/// tab stop are told, so tens of thousands of options stay cheap.
#[component]
fn AreaList(pz: PanZoom) -> impl IntoView {
    let s = use_atlas();
    let n = s.len();
    let shown = crate::hooks::frame_steps::use_growing_count(n, OPTION_CHUNK, || {
        crate::perf::mark("atlas:paths-mounted")
    });
    let stop = leptos::reactive::computed::Selector::new(move || super::map_keys::tab_stop(&s));
    let option = move |i: usize| {
        let id = s.model.with_value(|m| m.atlas.districts[i].id.clone());
        let stop = stop.clone();
        view! {
            <div role="option" class="area-option" data-district=id data-index=i
                aria-label=move || super::describe::district_label(&s, i)
                tabindex=move || if stop.selected(&i) { "0" } else { "-1" }></div>
        }
    };
    // the option an event is about
    let index_of = |ev: &web_sys::Event| -> Option<usize> {
        let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
        el.get_attribute("data-index")?.parse().ok()
    };
    view! {
        <div role="listbox" class="area-list sr-only"
            aria-label=move || t(s.lang.get(), "Områderne på kortet", "The areas on the map")
            on:focusin=move |ev| { if let Some(i) = index_of(&ev) { focus_area(s, pz, i) } }
            on:focusout=move |ev| {
                if let Some(i) = index_of(&ev) {
                    if s.ui.hover.get_untracked() == Some(i) {
                        s.ui.hover.set(None)
                    }
                }
            }
            on:keydown=move |ev| { if let Some(i) = index_of(&ev) { super::map_keys::on_key(s, i, &ev) } }
            on:click=move |ev| {
                if let Some(i) = index_of(&ev) {
                    s.pick(i);
                    s.ui.announce.set(super::describe::selection_sentence(&s));
                }
            }>
            <For each=move || 0..shown.get() key=|i| *i children=option/>
        </div>
    }
}

/// An area's option got focus: it becomes the tab stop, and its tooltip shows at its
/// label point on the map (the option itself is not on screen).
fn focus_area(s: AtlasState, pz: PanZoom, i: usize) {
    s.ui.focus.set(Some(i));
    s.ui.hover.set(Some(i));
    if let Some(p) = s
        .model
        .with_value(|m| m.geometry.label_points.get(i).copied().flatten())
    {
        s.ui.pointer.set(pz.to_client(p.x, p.y));
    }
}

/// The areas ready to draw: one Path2D per colour (and dimming), one for the borders.
struct Drawing {
    paths: Arc<Vec<String>>,
    fills: Vec<String>,
    dimmed: Vec<bool>,
    groups: Vec<(String, bool, web_sys::Path2d)>,
    borders: Option<web_sys::Path2d>,
    /// The view and box size of the picture on the canvas now.
    drawn: std::cell::Cell<Option<(ViewTransform, (f64, f64))>>,
}

impl Drawing {
    fn new(paths: Arc<Vec<String>>, fills: Vec<String>, dimmed: Vec<bool>) -> Self {
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
        let borders = web_sys::Path2d::new_with_path_string(&paths.concat()).ok();
        Drawing {
            paths,
            fills,
            dimmed,
            groups,
            borders,
            drawn: std::cell::Cell::new(None),
        }
    }

    /// Draw onto `canvas`, sized to `size` CSS pixels at the device's pixel ratio,
    /// under `view` inside a `width` × `height` box fitted as the SVG's `xMidYMid meet`.
    fn draw(
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
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
        ctx.clear_rect(0.0, 0.0, pw as f64, ph as f64);
        self.drawn.set(Some((view, size)));
        let fit = (cw / width).min(ch / height);
        if !(fit.is_finite() && fit > 0.0) {
            return;
        }
        let (ox, oy) = ((cw - width * fit) / 2.0, (ch - height * fit) / 2.0);
        let scale = dpr * fit * view.k;
        let _ = ctx.set_transform(
            scale,
            0.0,
            0.0,
            scale,
            dpr * (ox + fit * view.x),
            dpr * (oy + fit * view.y),
        );
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
        if let Some(b) = self.borders.as_ref().filter(|_| mean_px >= MIN_BORDERED_PX) {
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
const REDRAW_AFTER_MS: u32 = 90;

/// The CSS transform that moves a picture drawn under `was` to where `now` puts it
/// (the box fitted as `xMidYMid meet`, in CSS pixels).
fn moved(
    was: ViewTransform,
    now: ViewTransform,
    size: (f64, f64),
    (width, height): (f64, f64),
) -> String {
    let fit = (size.0 / width).min(size.1 / height);
    let (ox, oy) = ((size.0 - width * fit) / 2.0, (size.1 - height * fit) / 2.0);
    let r = now.k / was.k;
    let tx = ox + fit * now.x - r * (ox + fit * was.x);
    let ty = oy + fit * now.y - r * (oy + fit * was.y);
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
