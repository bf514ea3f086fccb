//! The root component: loads the demo, then shows the atlas (or one clear sentence).

use crate::components::atlas_view::AtlasView;
use crate::loader::{load_demo, Model};
use atlas_core::{Lang, LoadError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// What the app is showing.
#[derive(Clone)]
enum LoadState {
    Loading,
    Ready(Arc<Model>),
    Failed(LoadError),
}

#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(LoadState::Loading);
    spawn_local(async move {
        state.set(match load_demo().await {
            Ok(m) => LoadState::Ready(Arc::new(m)),
            Err(e) => LoadState::Failed(e),
        });
    });
    move || match state.get() {
        LoadState::Loading => view! {
            <p class="status" role="status">"Indlæser kortet …"</p>
        }
        .into_any(),
        LoadState::Failed(e) => view! {
            <p class="status error" role="alert">{e.sentence(Lang::Da).to_owned()}</p>
        }
        .into_any(),
        LoadState::Ready(model) => view! { <AtlasView model/> }.into_any(),
    }
}
