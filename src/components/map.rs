use crate::state::{use_atlas, AtlasState, Slot};
use crate::text::t;
use atlas_core::geometry::pan_zoom::client_to_user;
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// Fill for districts when no indicator is loaded at all.
const NO_DATA_FILL: &str = "#d9d9d4";
/// Above this many districts, names are not drawn on the map (hover shows them).
/// Paths mounted per animation frame.
const PATH_CHUNK: usize = 500;

fn fill(s: &AtlasState, i: usize) -> String {
    if s.model.with_value(|m| m.atlas.indicators.is_empty()) {
        return NO_DATA_FILL.to_owned();
    }
    s.choropleth
        .with(|c| c.fills.get(i).cloned().flatten())
        .unwrap_or_else(|| "url(#missing)".to_owned())
}

/// Pointer gestures in progress: active pointers and whether this press dragged.
#[derive(Default)]
struct Gesture {
    pointers: HashMap<i32, (f64, f64)>,
    moved: f64,
}

/// The choropleth: one path per district, pan/zoom, A/B outlines, labels on top.
#[component]
pub fn MapView() -> impl IntoView {
    let s = use_atlas();
    let (width, height) = s
        .model
        .with_value(|m| (m.geometry.width, m.geometry.height));
    let n = s.len();
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let gesture = StoredValue::new_local(Gesture::default());

    // Client pixels → SVG user units (the viewBox scales with the window).
    let to_user = move |cx: f64, cy: f64| -> (f64, f64) {
        let Some(svg) = svg_ref.get_untracked() else {
            return (cx, cy);
        };
        let el: &web_sys::Element = svg.unchecked_ref();
        let r = el.get_bounding_client_rect();
        client_to_user(
            (r.left(), r.top(), r.width(), r.height()),
            (width, height),
            cx,
            cy,
        )
    };
    let zoom_at = move |ux: f64, uy: f64, factor: f64| {
        s.view
            .update(|v| *v = v.zoom_at(ux, uy, factor).clamp(width, height));
    };

    // Only the district entering and the one leaving hover are notified (not all n).
    let hovered = leptos::reactive::computed::Selector::new(move || s.ui.hover.get());
    // Paths are mounted in chunks, one per animation frame, so thousands of districts
    // never make one long task; the first chunk shows at once.
    let shown = RwSignal::new(n.min(PATH_CHUNK));
    crate::hooks::frame_steps::frame_steps(
        move || {
            let next = (shown.get_untracked() + PATH_CHUNK).min(n);
            if next > shown.get_untracked() {
                shown.set(next);
            }
            next < n
        },
        || crate::perf::mark("atlas:paths-mounted"),
    );
    let district = move |i: usize| {
        let id = s.model.with_value(|m| m.atlas.districts[i].id.clone());
        view! {
            <path
                class="district"
                data-district=id
                d=move || s.paths.with(|p| p.get(i).cloned().unwrap_or_default())
                fill=move || fill(&s, i)
                class=("hovered", { let hovered = hovered.clone(); move || hovered.selected(&Some(i)) })
                class=("dimmed", move || {
                    s.ui.highlight.get().is_some_and(|c| s.choropleth.with(|ch| ch.classes.get(i).copied().flatten()) != Some(c))
                })
                aria-label=move || super::describe::district_label(&s, i)
                role="button"
                tabindex=move || if super::map_keys::tab_stop(&s) == i { "0" } else { "-1" }
                on:focus=move |ev| super::map_keys::on_focus(s, i, &ev)
                on:blur=move |_| if s.ui.hover.get_untracked() == Some(i) { s.ui.hover.set(None) }
                on:keydown=move |ev| super::map_keys::on_key(s, i, &ev)
                on:mouseenter=move |_| s.ui.hover.set(Some(i))
                on:mouseleave=move |_| s.ui.hover.set(None)
                on:click=move |_| {
                    if gesture.with_value(|g| g.moved) < 5.0 {
                        s.pick(i);
                        s.ui.announce.set(super::describe::selection_sentence(&s));
                    }
                }
            ></path>
        }
    };
    let districts = view! {
        <For each=move || 0..shown.get() key=|i| *i children=district/>
    };
    let outline = move |slot: Slot| {
        move || {
            let sel = match slot {
                Slot::A => s.a.get(),
                Slot::B => s.b.get(),
            };
            sel.and_then(|i| s.paths.with(|p| p.get(i).cloned()))
        }
    };
    let focus_ring = move || {
        s.ui.focus
            .get()
            .and_then(|i| s.paths.with(|p| p.get(i).cloned()))
    };
    let title = move || {
        let lang = s.lang.get();
        let i = s.indicator.get();
        let label = s
            .model
            .with_value(|m| m.atlas.indicators.get(i).map(|x| x.label(lang).to_owned()))
            .unwrap_or_default();
        format!(
            "{}: {label}",
            t(lang, "Kort over områderne", "Map of the areas")
        )
    };

    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let (ux, uy) = to_user(ev.client_x() as f64, ev.client_y() as f64);
        let factor = (-ev.delta_y() * if ev.delta_mode() == 1 { 0.05 } else { 0.002 }).exp();
        zoom_at(ux, uy, factor);
    };
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        gesture.update_value(|g| {
            if g.pointers.is_empty() {
                g.moved = 0.0;
            }
            g.pointers.insert(
                ev.pointer_id(),
                (ev.client_x() as f64, ev.client_y() as f64),
            );
        });
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        s.ui.pointer
            .set((ev.client_x() as f64, ev.client_y() as f64));
        let id = ev.pointer_id();
        let now = (ev.client_x() as f64, ev.client_y() as f64);
        let change = gesture.try_update_value(|g| {
            let prev = *g.pointers.get(&id)?;
            let others: Vec<(f64, f64)> = g
                .pointers
                .iter()
                .filter(|(k, _)| **k != id)
                .map(|(_, p)| *p)
                .collect();
            g.pointers.insert(id, now);
            g.moved += ((now.0 - prev.0).powi(2) + (now.1 - prev.1).powi(2)).sqrt();
            Some((prev, others))
        });
        let Some(Some((prev, others))) = change else {
            return;
        };
        let (pu, nu) = (to_user(prev.0, prev.1), to_user(now.0, now.1));
        match others.as_slice() {
            [] => s
                .view
                .update(|v| *v = v.pan(nu.0 - pu.0, nu.1 - pu.1).clamp(width, height)),
            [o, ..] => {
                // Pinch: the distance between the fingers sets the zoom, about their midpoint.
                let ou = to_user(o.0, o.1);
                let d0 = ((pu.0 - ou.0).powi(2) + (pu.1 - ou.1).powi(2)).sqrt();
                let d1 = ((nu.0 - ou.0).powi(2) + (nu.1 - ou.1).powi(2)).sqrt();
                if d0 > 1.0 {
                    zoom_at((nu.0 + ou.0) / 2.0, (nu.1 + ou.1) / 2.0, d1 / d0);
                }
            }
        }
    };
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        gesture.update_value(|g| {
            g.pointers.remove(&ev.pointer_id());
        });
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let centre = (width / 2.0, height / 2.0);
        match ev.key().as_str() {
            "+" | "=" => zoom_at(centre.0, centre.1, 1.5),
            "-" | "_" => zoom_at(centre.0, centre.1, 1.0 / 1.5),
            "0" => s
                .view
                .set(atlas_core::geometry::pan_zoom::ViewTransform::IDENTITY),
            _ => return,
        }
        ev.prevent_default();
    };

    view! {
        <svg
            node_ref=svg_ref
            data-testid="map"
            class="map"
            viewBox=format!("0 0 {width:.0} {height:.0}")
            preserveAspectRatio="xMidYMid meet"
            role="group"
            aria-label=title
            aria-describedby="map-keys-help"
            on:mousemove=move |ev| s.ui.pointer.set((ev.client_x() as f64, ev.client_y() as f64))
            on:wheel=on_wheel
            on:pointerdown=on_pointerdown
            on:pointermove=on_pointermove
            on:pointerup=on_pointerup
            on:pointercancel=on_pointerup
            on:pointerleave=on_pointerup
            on:keydown=on_keydown
        >
            <defs>
                <pattern id="missing" width="8" height="8" patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)">
                    <rect width="8" height="8" fill="#f2f2f2"></rect>
                    <line x1="0" y1="0" x2="0" y2="8" stroke="#8a8a8a" stroke-width="3"></line>
                </pattern>
            </defs>
            <g class="zoomable" transform=move || s.view.get().to_svg()
                style=move || { let v = s.view.get(); format!("transform:{};--k:{}", v.to_css(), v.k) }>
                <g class="districts">{districts}</g>
                <path class="outline outline-a" d=outline(Slot::A) aria-hidden="true"></path>
                <path class="outline outline-b" d=outline(Slot::B) aria-hidden="true"></path>
                <path class="focus-ring focus-ring-outer" d=focus_ring aria-hidden="true"></path>
                <path class="focus-ring focus-ring-inner" d=focus_ring aria-hidden="true"></path>
            </g>
            <super::map_labels::MapLabels svg=svg_ref width height/>
        </svg>
        <p id="map-keys-help" class="sr-only">{move || t(s.lang.get(),
            "Piletaster flytter mellem bydele, Enter vælger A, Skift+Enter vælger B, Escape rydder valget, plus og minus zoomer.",
            "Arrow keys move between districts, Enter chooses A, Shift+Enter chooses B, Escape clears the choice, plus and minus zoom.")}</p>
        <ZoomControls width height/>
    }
}

/// The + / − / fit buttons over the map.
#[component]
fn ZoomControls(width: f64, height: f64) -> impl IntoView {
    let s = use_atlas();
    let zoom = move |f: f64| {
        s.view
            .update(|v| *v = v.zoom_at(width / 2.0, height / 2.0, f).clamp(width, height))
    };
    view! {
        <div class="zoom-controls">
            <button type="button" data-testid="zoom-in" on:click=move |_| zoom(1.5)
                title=move || t(s.lang.get(), "Zoom ind (+)", "Zoom in (+)")
                aria-label=move || t(s.lang.get(), "Zoom ind", "Zoom in")>"+"</button>
            <button type="button" data-testid="zoom-out" on:click=move |_| zoom(1.0 / 1.5)
                title=move || t(s.lang.get(), "Zoom ud (−)", "Zoom out (−)")
                aria-label=move || t(s.lang.get(), "Zoom ud", "Zoom out")>"−"</button>
            <button type="button" data-testid="zoom-fit"
                on:click=move |_| s.view.set(atlas_core::geometry::pan_zoom::ViewTransform::IDENTITY)
                title=move || t(s.lang.get(), "Vis alle data (0)", "Fit to data (0)")
                aria-label=move || t(s.lang.get(), "Vis alle data", "Fit to data")>"⤢"</button>
        </div>
    }
}
