use crate::data::{use_data, DataState};
use crate::state::ViewStoreFields;
use crate::state::{use_atlas, AtlasState, Mode};
use crate::text::t;
use crate::view_model::legend::legend_heading;
use leptos::prelude::*;

/// Step `delta` scenes and show the scene reached.
pub fn step(data: DataState, s: AtlasState, delta: isize) {
    data.story.update(|st| {
        st.step(delta);
    });
    show_current(data, s);
}

fn show_current(data: DataState, s: AtlasState) {
    if let Some(v) = data
        .story
        .with_untracked(|st| st.current_scene().map(|c| c.view.clone()))
    {
        data.show_view(s, &v);
    }
}

/// Presentation mode on: full screen where the browser allows it, the current
/// scene (or the first) shown.
pub fn start_presenting(data: DataState, s: AtlasState) {
    data.presenting.set(true);
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // Refused without a user gesture or in some embeds: the layout works anyway.
        let _ = el.request_fullscreen();
    }
    if data.story.with_untracked(|st| st.current.is_none()) {
        step(data, s, 1);
    } else {
        show_current(data, s);
    }
}

/// Presentation mode off (and out of full screen).
pub fn stop_presenting(data: DataState) {
    data.presenting.set(false);
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        if d.fullscreen_element().is_some() {
            d.exit_fullscreen();
        }
    }
}

/// Keys of a presentation: → PageDown Space N next; ← PageUp P back; Home/End;
/// Escape ends it. Clickers send PageDown/PageUp.
fn key_step(key: &str) -> Option<isize> {
    match key {
        "ArrowRight" | "PageDown" | " " | "Spacebar" | "n" | "N" | "ArrowDown" => Some(1),
        "ArrowLeft" | "PageUp" | "p" | "P" | "ArrowUp" => Some(-1),
        "Home" => Some(isize::MIN / 2),
        "End" => Some(isize::MAX / 2),
        _ => None,
    }
}

/// The presentation's bar: title, the scene's caption, the counter and buttons;
/// listens to the keys while presenting.
#[component]
pub fn Presenter() -> impl IntoView {
    let data = use_data();
    let s = use_atlas();
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !data.presenting.get_untracked() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        if ev.key() == "Escape" {
            ev.prevent_default();
            stop_presenting(data);
        } else if let Some(d) = key_step(&ev.key()) {
            ev.prevent_default();
            step(data, s, d);
        }
    });
    let fullscreen = window_event_listener_untyped("fullscreenchange", move |_| {
        let full = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.fullscreen_element())
            .is_some();
        if !full && data.presenting.get_untracked() {
            data.presenting.set(false);
        }
    });
    on_cleanup(move || {
        keys.remove();
        fullscreen.remove();
    });
    let lang = move || s.lang.get();
    let title = move || {
        if s.view.mode().get() == Mode::Bivariate {
            t(
                lang(),
                "Ressourcer og samskabelse",
                "Resources and co-creation",
            )
            .to_owned()
        } else {
            legend_heading(&s).map(|(h, _)| h).unwrap_or_default()
        }
    };
    let caption = move || {
        let lang = s.lang.get();
        data.story
            .with(|st| st.current_scene().map(|c| c.caption_in(lang).to_owned()))
            .unwrap_or_default()
    };
    let counter = move || {
        data.story.with(|st| match st.current {
            Some(c) => format!("{} / {}", c + 1, st.scenes.len()),
            None => format!("– / {}", st.scenes.len()),
        })
    };
    let empty = move || data.story.with(|st| st.scenes.is_empty());
    view! {
        <Show when=move || data.presenting.get()>
            <div class="presenter" data-testid="presenter">
                <div class="presenter-text">
                    <h2 class="presenter-title" data-testid="presenter-title">{title}</h2>
                    <p class="presenter-caption" data-testid="presenter-caption" aria-live="polite">{caption}</p>
                    <Show when=empty>
                        <p class="presenter-caption">{move || t(lang(), "Ingen scener endnu: tilføj dem under Scener.", "No scenes yet: add them under Scenes.")}</p>
                    </Show>
                </div>
                <div class="presenter-controls">
                    <button type="button" data-testid="scene-prev"
                        aria-label=move || t(lang(), "Forrige scene", "Previous scene")
                        on:click=move |_| step(data, s, -1)>"‹"</button>
                    <span class="presenter-counter" data-testid="scene-counter">{counter}</span>
                    <button type="button" data-testid="scene-next"
                        aria-label=move || t(lang(), "Næste scene", "Next scene")
                        on:click=move |_| step(data, s, 1)>"›"</button>
                    <button type="button" data-testid="present-exit" class="secondary"
                        on:click=move |_| stop_presenting(data)>{move || t(lang(), "Afslut", "Exit")}</button>
                </div>
            </div>
        </Show>
    }
}
