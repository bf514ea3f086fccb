use super::zoom::ZoomControls;
use super::{map_title, CANVAS_THRESHOLD};
use crate::map_support::fill;
use crate::state::{use_atlas, Slot};
use leptos::prelude::*;

/// Paths mounted per animation frame. Each path costs ~0.1–0.2 ms to mount (its
/// reactive attributes and handlers): Copenhagen's 396 rode in one chunk, in the task
/// that also read the worker's answer, made a task of ~100 ms.
const PATH_CHUNK: usize = 120;

/// The choropleth: one path per district, pan/zoom, A/B outlines, labels on top.
/// It is made again only for new boundaries (`atlas:map-mounted`): new figures, a
/// table, an edit or a description recolour the map that is there.
#[component]
pub fn MapView() -> impl IntoView {
    let s = use_atlas();
    move || {
        s.geometry.track();
        untrack(map_of_shapes)
    }
}

fn map_of_shapes() -> AnyView {
    let s = use_atlas();
    crate::perf::mark("atlas:map-mounted");
    let (width, height) = s.model.with(|m| (m.geometry.width, m.geometry.height));
    let n = s.len();
    // a grid table's cells are drawn as an image however few they are
    if n > CANVAS_THRESHOLD || s.model.with(|m| m.boundaries.grid.is_some()) {
        return view! { <crate::components::map::canvas::CanvasMap/> }.into_any();
    }
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let pz = crate::hooks::pan_zoom::use_pan_zoom(s, svg_ref, width, height);

    // Only the district entering and the one leaving hover are notified (not all n).
    let hovered = leptos::reactive::computed::Selector::new(move || s.ui.hover.get());
    // Paths are mounted in chunks, one per animation frame, so thousands of districts
    // never make one long task (a small map is all there at once).
    let shown = crate::hooks::frame_steps::use_growing_count(n, PATH_CHUNK, || {
        crate::perf::mark("atlas:paths-mounted")
    });
    let district = move |i: usize| {
        let id = s
            .model
            .with_untracked(|m| m.atlas.districts.get(i).map(|d| d.id.clone()))
            .unwrap_or_default();
        view! {
            <path
                class="district"
                data-district=id
                data-cluster=move || crate::view_model::lisa::attrs(&s, i).map(|a| a.0)
                data-local-i=move || crate::view_model::lisa::attrs(&s, i).map(|a| a.1)
                data-neighbours=move || crate::view_model::lisa::attrs(&s, i).map(|a| a.2)
                d=move || s.paths.with(|p| p.get(i).cloned().unwrap_or_default())
                fill=move || fill(&s, i)
                class=("hovered", { let hovered = hovered.clone(); move || hovered.selected(&Some(i)) })
                class=("dimmed", move || {
                    s.ui.highlight.get().is_some_and(|c| s.choropleth.with(|ch| ch.classes.get(i).copied().flatten()) != Some(c))
                })
                aria-label=move || crate::view_model::names::district_label(&s, i)
                role="button"
                tabindex=move || if crate::map_support::keys::tab_stop(&s) == i { "0" } else { "-1" }
                on:focus=move |ev| crate::map_support::keys::on_focus(s, i, &ev)
                // a focused path removed by a new map still blurs: its state may be gone
                on:blur=move |_| if s.ui.hover.try_get_untracked() == Some(Some(i)) { s.ui.hover.try_set(None); }
                on:keydown=move |ev| crate::map_support::keys::on_key(s, i, &ev)
                on:mouseenter=move |_| { s.ui.hover.try_set(Some(i)); }
                on:mouseleave=move |_| { s.ui.hover.try_set(None); }
                on:click=move |ev: leptos::ev::MouseEvent| {
                    if !pz.dragged() {
                        s.pick_or_group(i, ev.shift_key() || ev.ctrl_key() || ev.meta_key());
                        s.ui.announce.set(crate::view_model::describe::selection_sentence(&s));
                    }
                }
            ></path>
        }
    };
    let districts = view! {
        <For each=move || 0..shown.get() key=|i| *i children=district/>
    };
    let outline = move |slot: Slot| move || s.side_outline(slot);
    let focus_ring = move || {
        s.ui.focus
            .get()
            .and_then(|i| s.paths.with(|p| p.get(i).cloned()))
    };
    let title = move || map_title(&s);

    view! {
        <svg
            node_ref=svg_ref
            data-testid="map"
            data-renderer="svg"
            class="map"
            viewBox=format!("0 0 {width:.0} {height:.0}")
            preserveAspectRatio="xMidYMid meet"
            role="group"
            aria-label=title
            aria-describedby="map-keys-help"
            on:mousemove=move |ev| s.ui.pointer.set((ev.client_x() as f64, ev.client_y() as f64))
            on:wheel=move |ev| pz.wheel(ev)
            on:pointerdown=move |ev| pz.pointer_down(ev)
            on:pointermove=move |ev| pz.pointer_move(&ev)
            on:pointerup=move |ev| pz.pointer_up(ev)
            on:pointercancel=move |ev| pz.pointer_up(ev)
            on:pointerleave=move |ev| pz.pointer_up(ev)
            on:keydown=move |ev| pz.key(ev)
        >
            <defs>
                <pattern id="missing" width="8" height="8" patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)">
                    <rect width="8" height="8" fill="#f2f2f2"></rect>
                    <line x1="0" y1="0" x2="0" y2="8" stroke="#8a8a8a" stroke-width="3"></line>
                </pattern>
            </defs>
            <g class="zoomable" transform=move || s.zoom.get().to_svg()
                style=move || { let v = s.zoom.get(); format!("transform:{};--k:{}", v.to_css(), v.k) }>
                <g class="districts">{districts}</g>
                <path class="outline outline-a" d=outline(Slot::A) aria-hidden="true"></path>
                <path class="outline outline-b" d=outline(Slot::B) aria-hidden="true"></path>
                <path class="focus-ring focus-ring-outer" d=focus_ring aria-hidden="true"></path>
                <path class="focus-ring focus-ring-inner" d=focus_ring aria-hidden="true"></path>
            </g>
            <crate::components::map::labels::MapLabels svg=svg_ref width height/>
        </svg>
        <p id="map-keys-help" class="sr-only">{move || atlas_core::present::area_words::map_keys_help(s.noun(), s.lang.get())}</p>
        <ZoomControls width height/>
    }
    .into_any()
}
