use crate::data::use_data;
use crate::files::read_any_file;
use leptos::ev;
use leptos::prelude::*;

/// Drag a file anywhere onto the page to load it; an overlay says where it goes.
#[component]
pub fn DropZone() -> impl IntoView {
    let data = use_data();
    let dragging = RwSignal::new(false);
    let has_files = |e: &web_sys::DragEvent| {
        e.data_transfer()
            .map(|d| {
                d.types()
                    .iter()
                    .any(|t| t.as_string().as_deref() == Some("Files"))
            })
            .unwrap_or(false)
    };
    let over = window_event_listener(ev::dragover, move |e| {
        if has_files(&e) {
            e.prevent_default();
            dragging.set(true);
        }
    });
    let leave = window_event_listener(ev::dragleave, move |e| {
        if e.related_target().is_none() {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(ev::drop, move |e| {
        e.prevent_default();
        dragging.set(false);
        if let Some(file) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            read_any_file(data, file);
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
    view! {
        <div class="drop-overlay" data-testid="drop-overlay" class:visible=move || dragging.get() aria-hidden="true">
            <p>"Slip filen for at indlæse den · Drop the file to load it"</p>
        </div>
    }
}
