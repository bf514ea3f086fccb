//! Files dragged anywhere onto the page: whether a drag with files is over it, and
//! the dropped file handed to a callback. Listeners end with the owner.

use leptos::ev;
use leptos::prelude::*;

/// True while files are dragged over the window; `on_drop` gets the first dropped file.
pub fn use_window_drop(on_drop: impl Fn(web_sys::File) + 'static) -> ReadSignal<bool> {
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
            on_drop(file);
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
    dragging.read_only()
}
