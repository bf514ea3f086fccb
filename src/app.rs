//! The root component: owns the data, shows the atlas, a progress bar while reading,
//! and a drop zone for files; an unusable file never replaces the map shown. The
//! router gives the page's link: read once at start, rewritten as the view changes.

use crate::components::atlas_view::AtlasView;
use crate::components::drop_zone::DropZone;
use crate::components::progress::ProgressBar;
use crate::data::DataState;
use crate::persist::use_autosave;
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
    use_autosave(data);
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
    view! {
        <DropZone/>
        <ProgressBar/>
        {move || match data.model.get() {
            None => view! {
                <div class="status" role="status">
                    <p>{move || crate::text::t(data.lang.get(), "Indlæser kortet …", "Loading the map …")}</p>
                    {move || data.notices.get().into_iter().map(|n| view! {
                        <p class="error" role="alert">{n.text(data.lang.get()).to_owned()}</p>
                    }).collect_view()}
                </div>
            }
            .into_any(),
            Some(Err(e)) => view! {
                <p class="status error" role="alert">{e.sentence(data.lang.get_untracked()).to_owned()}</p>
            }
            .into_any(),
            Some(Ok(model)) => view! { <AtlasView model=model.0/> }.into_any(),
        }}
    }
}
