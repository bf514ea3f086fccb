use super::{
    compare::ComparePanel, footer::SourceLine, header::Header, legend::Legend, map::MapView,
    messages::Messages, meta_editor::MetaEditor, tooltip::Tooltip,
};
use crate::loader::Model;
use crate::state::AtlasState;
use leptos::prelude::*;
use std::sync::Arc;

/// The page: header, legend and messages, map, comparison, source line.
#[component]
pub fn AtlasView(model: Arc<Model>) -> impl IntoView {
    let data = crate::data::use_data();
    let state = AtlasState::with_prefs(model, &data.prefs.get_untracked());
    provide_context(state);
    // Remember the view, so a rebuilt model (new table, mapping, edit) keeps it.
    Effect::new(move |_| {
        let p = state.prefs();
        data.prefs.update_untracked(|old| *old = p);
    });
    view! {
        <div class="app">
            <Header/>
            <aside class="left">
                <Legend/>
                <MetaEditor/>
                <Messages/>
            </aside>
            <main class="map-area">
                <MapView/>
                <Tooltip/>
            </main>
            <aside class="right">
                <ComparePanel/>
            </aside>
            <SourceLine/>
        </div>
    }
}
