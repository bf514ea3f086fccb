//! The + / − / fit buttons over either map.

use crate::state::use_atlas;
use crate::text::t;
use leptos::prelude::*;

/// The + / − / fit buttons over the map.
#[component]
pub fn ZoomControls(width: f64, height: f64) -> impl IntoView {
    let s = use_atlas();
    let zoom = move |f: f64| {
        s.zoom
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
                on:click=move |_| s.zoom.set(atlas_core::geometry::pan_zoom::ViewTransform::IDENTITY)
                title=move || t(s.lang.get(), "Vis alle data (0)", "Fit to data (0)")
                aria-label=move || t(s.lang.get(), "Vis alle data", "Fit to data")>"⤢"</button>
        </div>
    }
}
