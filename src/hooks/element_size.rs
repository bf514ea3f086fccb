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
    // (an observation may arrive after the element was taken down: then nothing is read)
    let measure = move || {
        if let Some(el) = node.try_get_untracked().flatten() {
            let el: &web_sys::Element = el.unchecked_ref();
            let r = el.get_bounding_client_rect();
            let now = (r.width(), r.height());
            let old = size.try_get_untracked().unwrap_or_default();
            if (now.0 - old.0).abs() > 0.01 || (now.1 - old.1).abs() > 0.01 {
                size.try_set(now);
            }
        }
    };
    let callback = Closure::<dyn Fn()>::new(measure);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    let kept = StoredValue::new_local((callback, observer.clone()));
    node.on_load(move |el| {
        if let Some(o) = &observer {
            o.observe(el.unchecked_ref());
        }
        measure();
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
