//! The root component: owns the data, shows the atlas (mounted once, when the first
//! model is built), a progress bar while reading, and a drop zone for files; an
//! unusable file never replaces the map shown. The router gives the page's link:
//! read once here at start, rewritten as the view changes (`persist.rs`).

use crate::components::chrome::atlas_view::AtlasView;
use crate::components::chrome::drop_zone::DropZone;
use crate::components::chrome::progress::ProgressBar;
use crate::data::{DataState, ModelRef};
use crate::state::AtlasState;
use atlas_core::Lang;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_query_map;

#[component]
pub fn App() -> impl IntoView {
    view! { <Router><Shell/></Router> }
}

#[component]
fn Shell() -> impl IntoView {
    let data = DataState::new();
    provide_context(data);
    let query: Vec<(String, String)> = use_query_map().with_untracked(|q| {
        q.latest_values()
            .map(|(k, v)| (k.to_string(), v.to_owned()))
            .collect()
    });
    data.start(query);
    crate::hooks::service_worker::register_service_worker("sw.js");
    // The page's language follows the switch (screen readers pick their voice by it).
    Effect::new(move |_| {
        let code = data.lang.get().code();
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", code);
        }
    });
    let atlas = use_atlas_state(data);
    crate::persist::use_autosave(data, atlas);
    view! {
        <DropZone/>
        <ProgressBar/>
        {move || match atlas.get() {
            None => view! {
                <div class="status" role="status">
                    <p>{move || crate::text::t(data.lang.get(), "Indlæser kortet …", "Loading the map …")}</p>
                    {move || data.notices.get().into_iter().map(|n| view! {
                        <p class="error" role="alert">{n.text(data.lang.get()).to_owned()}</p>
                    }).collect_view()}
                </div>
            }
            .into_any(),
            Some(state) => view! { <AtlasView state/> }.into_any(),
        }}
    }
}

/// The page's one atlas state: made when the first model is built, then handed each
/// new model (a new file, table, edit or description) — the atlas stays mounted and
/// what the old view named that the new model lacks is said.
fn use_atlas_state(data: DataState) -> ReadSignal<Option<AtlasState>> {
    let owner = Owner::current();
    let made = RwSignal::new(None::<AtlasState>);
    Effect::new(move |_| {
        let Some(ModelRef(model)) = data.model.get() else {
            return;
        };
        let wanted = data.take_wanted_view(!model.atlas.indicators.is_empty());
        match made.get_untracked() {
            Some(s) => {
                let lost = s.show_model(model, wanted);
                for l in lost {
                    data.inform(l.sentence(Lang::Da), l.sentence(Lang::En));
                }
            }
            None => {
                let spec = wanted.unwrap_or_default();
                // owned by the page, not by this effect's run (which ends at the next model)
                let make = move || AtlasState::new(model, &spec, data.lang);
                let s = match &owner {
                    Some(o) => o.with(make),
                    None => make(),
                };
                data.set_atlas(s);
                made.set(Some(s));
            }
        }
    });
    // set once: the view above mounts the atlas once
    made.read_only()
}
