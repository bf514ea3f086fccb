//! The size of an element on screen, kept up to date by a ResizeObserver (the window,
//! the presentation layout, the panels).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Width and height in CSS pixels of the element behind `node` (0 until measured).
pub fn use_element_size<E>(node: NodeRef<E>) -> RwSignal<(f64, f64)>
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let size = RwSignal::new((0.0_f64, 0.0_f64));
    // The observer's own entries carry the size, measured after layout: reading them
    // forces no layout (getBoundingClientRect in a long mount did, ~100 ms at 43,000
    // areas). Its first observation comes right after the element's first layout.
    // (an observation may arrive after the element was taken down: then nothing is set)
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<web_sys::ResizeObserverEntry>().ok())
        else {
            return;
        };
        let r = entry.content_rect();
        let now = (r.width(), r.height());
        let old = size.try_get_untracked().unwrap_or_default();
        if (now.0 - old.0).abs() > 0.01 || (now.1 - old.1).abs() > 0.01 {
            size.try_set(now);
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    let kept = StoredValue::new_local((callback, observer.clone()));
    node.on_load(move |el| {
        if let Some(o) = &observer {
            o.observe(el.unchecked_ref());
        }
    });
    on_cleanup(move || {
        kept.with_value(|(_, o)| {
            if let Some(o) = o {
                o.disconnect();
            }
        })
    });
    size
}
