//! The root component: owns the data, shows the atlas, a progress bar while reading,
//! and a drop zone for files; an unusable file never replaces the map shown.

use crate::components::atlas_view::AtlasView;
use crate::components::drop_zone::DropZone;
use crate::components::progress::ProgressBar;
use crate::data::DataState;
use atlas_core::Lang;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let data = DataState::new();
    provide_context(data);
    data.start();
    view! {
        <DropZone/>
        <ProgressBar/>
        {move || match data.model.get() {
            None => view! {
                <div class="status" role="status">
                    <p>"Indlæser kortet …"</p>
                    {move || data.notices.get().into_iter().map(|n| view! {
                        <p class="error" role="alert">{n.text(Lang::Da).to_owned()}</p>
                    }).collect_view()}
                </div>
            }
            .into_any(),
            Some(Err(e)) => view! {
                <p class="status error" role="alert">{e.sentence(Lang::Da).to_owned()}</p>
            }
            .into_any(),
            Some(Ok(model)) => view! { <AtlasView model=model.0/> }.into_any(),
        }}
    }
}
