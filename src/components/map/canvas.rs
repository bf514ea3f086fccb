//! The map on a canvas, for layers of more than [`CANVAS_THRESHOLD`] areas (parishes,
//! grid cells): fills drawn in one pass per colour, borders in one stroke, crisp at
//! the device's pixel ratio and redrawn at each zoom level. Hover and click find the
//! area through the core's hit index. An SVG overlay with the same box draws what is
//! few — A/B outlines, the hovered area, the focus ring, the badges — and a listbox
//! with one option per area (its `data-district` and accessible name) keeps the map
//! usable by keyboard, screen readers and tests, as the SVG map is.
//!
//! [`CANVAS_THRESHOLD`]: super::CANVAS_THRESHOLD

use super::map_title;
use super::zoom::ZoomControls;
use crate::hooks::pan_zoom::{use_pan_zoom, PanZoom};
use crate::map_support::canvas_paint::use_canvas_paint;
use crate::state::ViewStoreFields;
use crate::state::{use_atlas, AtlasState, Slot};
use atlas_core::geometry::flat::FlatShapes;
use atlas_core::geometry::hit::HitIndex;
use leptos::prelude::*;
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
    let (width, height) = s.model.with(|m| (m.geometry.width, m.geometry.height));
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let pz = use_pan_zoom(s, svg_ref, width, height);
    let box_size = crate::hooks::element_size::use_element_size(svg_ref);
    let layer = Memo::new(move |_| {
        let level = s.level.get();
        // the shapes and their index follow the boundaries, never the figures
        let shapes = s.geometry.with(|g| g.0.flat_at_zoom(level));
        let index = HitIndex::new(&shapes);
        Layer(Arc::new((shapes, index)))
    });
    // a grid table's cells are drawn as one image (issue 27), other areas as paths
    let raster = crate::map_support::raster_draw::layout_of(&s);
    let has_raster = raster.is_some();
    let renderer = if raster.is_some() { "raster" } else { "canvas" };
    let cells = raster.as_ref().map(|_| s.len());
    use_canvas_paint(s, canvas_ref, box_size, (width, height), raster);
    let hit = move |cx: f64, cy: f64| {
        let (x, y) = pz.to_map(cx, cy);
        layer.with_untracked(|l| l.0 .1.hit(&l.0 .0, x, y))
    };
    let outline = move |i: Option<usize>| {
        let level = s.level.get();
        i.map(|i| s.geometry.with(|g| g.0.path_at_zoom(i, level)))
            .unwrap_or_default()
    };
    view! {
        <div class="map canvas-map" data-testid="map" data-renderer=renderer data-cells=cells
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
                    s.pick_or_group(i, ev.shift_key() || ev.ctrl_key() || ev.meta_key());
                    s.ui.announce.set(crate::view_model::describe::selection_sentence(&s));
                }
            }
            on:keydown=move |ev| pz.key(ev)>
            <canvas node_ref=canvas_ref class="map-canvas" aria-hidden="true"></canvas>
            <svg node_ref=svg_ref class="map-overlay" aria-hidden="true"
                viewBox=format!("0 0 {width:.0} {height:.0}") preserveAspectRatio="xMidYMid meet">
                <g class="zoomable" transform=move || s.zoom.get().to_svg()
                    style=move || { let v = s.zoom.get(); format!("transform:{};--k:{}", v.to_css(), v.k) }>
                    {has_raster.then(|| view! { <GridOutlines/> })}
                    <path class="hover-outline" d=move || outline(s.ui.hover.get())></path>
                    <path class="outline outline-a" d=move || s.side_outline(Slot::A).unwrap_or_default()></path>
                    <path class="outline outline-b" d=move || s.side_outline(Slot::B).unwrap_or_default()></path>
                    <path class="focus-ring focus-ring-outer" d=move || outline(s.ui.focus.get())></path>
                    <path class="focus-ring focus-ring-inner" d=move || outline(s.ui.focus.get())></path>
                </g>
                <crate::components::map::labels::MapLabels svg=svg_ref width height/>
            </svg>
            <AreaList pz/>
        </div>
        <p id="map-keys-help" class="sr-only">{move || atlas_core::present::area_words::map_keys_help(s.noun(), s.lang.get())}</p>
        <ZoomControls width height/>
    }
}

/// Other areas' borders over a grid's raster (`data::overlay`): one path in the
/// map's units, as detailed as the zoom level needs; `data-areas` counts the areas.
#[component]
fn GridOutlines() -> impl IntoView {
    let (s, data) = (use_atlas(), crate::data::use_data());
    let d = Memo::new(move |_| {
        let level = s.level.get();
        let onto = s.geometry.with(|g| g.0.projection);
        data.overlay.with(|o| {
            o.as_ref()
                .map(|o| atlas_core::geometry::overlay::outlines_onto(&o.geometry, &onto, level))
        })
    });
    view! {
        <Show when=move || d.with(Option::is_some)>
            <path class="grid-outlines" data-testid="grid-outlines"
                data-areas=move || data.overlay.with(|o| o.as_ref().map(|o| o.areas))
                data-source=move || data.overlay.with(|o| o.as_ref().map(|o| o.example.id))
                d=move || d.get().unwrap_or_default()></path>
        </Show>
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
    let stop =
        leptos::reactive::computed::Selector::new(move || crate::map_support::keys::tab_stop(&s));
    // every area's accessible name, the view read once per change and the names made
    // a slice per frame (one signal per option: see hooks::keyed); not while the
    // table or the grid hides the map (2,148 names at each typed figure), made when
    // it is shown again; nor while the cluster map is being computed: the names stay
    // as they were (the figures) until the clusters come, not written twice
    let labels = crate::hooks::keyed::use_keyed_each(n, move || {
        if s.view.table().get()
            || (crate::view_model::lisa::in_lisa_mode(&s) && s.lisa.with(Option::is_none))
        {
            return None;
        }
        let namer = crate::view_model::names::Namer::new(&s);
        Some(move |i| namer.label(&s, i))
    });
    // the LISA modes' attributes, the same way (one signal per option)
    let lisa = crate::hooks::keyed::use_keyed(n, move || crate::view_model::lisa::all_attrs(&s, n));
    let option = move |i: usize| {
        let id = s
            .model
            .with_untracked(|m| m.atlas.districts.get(i).map(|d| d.id.clone()))
            .unwrap_or_default();
        let stop = stop.clone();
        view! {
            <div role="option" class="area-option" data-district=id data-index=i
                data-cluster=move || lisa.get(i).map(|a| a.0)
                data-local-i=move || lisa.get(i).map(|a| a.1)
                data-neighbours=move || lisa.get(i).map(|a| a.2)
                aria-label=move || labels.get(i)
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
            aria-label=move || atlas_core::present::area_words::on_the_map(s.noun(), s.lang.get())
            on:focusin=move |ev| { if let Some(i) = index_of(&ev) { focus_area(s, pz, i) } }
            on:focusout=move |ev| {
                // an option removed by a new map still loses focus: its state may be gone
                if let Some(i) = index_of(&ev) {
                    if s.ui.hover.try_get_untracked() == Some(Some(i)) {
                        s.ui.hover.try_set(None);
                    }
                }
            }
            on:keydown=move |ev| { if let Some(i) = index_of(&ev) { crate::map_support::keys::on_key(s, i, &ev) } }
            on:click=move |ev| {
                if let Some(i) = index_of(&ev) {
                    s.pick_or_group(i, ev.shift_key() || ev.ctrl_key() || ev.meta_key());
                    s.ui.announce.set(crate::view_model::describe::selection_sentence(&s));
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
        .with(|m| m.geometry.label_points.get(i).copied().flatten())
    {
        s.ui.pointer.set(pz.to_client(p.x, p.y));
    }
}
