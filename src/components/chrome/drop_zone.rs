use crate::data::use_data;
use crate::files::read_any_file;
use crate::hooks::window_drop::use_window_drop;
use leptos::prelude::*;

/// Drag a file anywhere onto the page to load it; an overlay says where it goes.
#[component]
pub fn DropZone() -> impl IntoView {
    let data = use_data();
    let dragging = use_window_drop(move |file| read_any_file(data, file));
    view! {
        <div class="drop-overlay" data-testid="drop-overlay" class:visible=move || dragging.get() aria-hidden="true">
            <p>"Slip filen for at indlæse den · Drop the file to load it"</p>
        </div>
    }
}
