use super::{
    compare::ComparePanel, footer::SourceLine, header::Header, legend::Legend, map::MapView,
    messages::Messages, tooltip::Tooltip,
};
use crate::loader::Model;
use crate::state::AtlasState;
use leptos::prelude::*;
use std::sync::Arc;

/// The page: header, legend and messages, map, comparison, source line.
#[component]
pub fn AtlasView(model: Arc<Model>) -> impl IntoView {
    let state = AtlasState::new(model);
    provide_context(state);
    view! {
        <div class="app">
            <Header/>
            <aside class="left">
                <Legend/>
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
