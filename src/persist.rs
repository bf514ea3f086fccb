//! Nothing is lost on reload: the view goes into the page's link and, with the
//! scenes, into browser storage, a moment after each change (debounced, so panning
//! does not write on every frame).

use crate::data::DataState;
use crate::hooks::debounce::use_debouncer;
use atlas_core::present::view_spec::{ViewSpec, QUERY_KEYS};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

/// Milliseconds of quiet before the link and storage are written.
const DEBOUNCE_MS: u32 = 250;

/// Keep the link and the autosaved session up to date with `data`.
pub fn use_autosave(data: DataState) {
    let navigate = use_navigate();
    let query = use_query_map();
    let debounce = use_debouncer(DEBOUNCE_MS);
    Effect::new(move |_| {
        let view = data.prefs.get();
        let story = data.story.get();
        let presenting = data.presenting.get();
        let lang = data.lang.get();
        data.scenes_edited.track();
        data.edits.track();
        if !data.restored.get() || data.model.with(|m| !matches!(m, Some(Ok(_)))) {
            return;
        }
        let navigate = navigate.clone();
        debounce.call(move || {
            let mut params = ParamsMap::new();
            query.with_untracked(|q| {
                for (k, v) in q.latest_values() {
                    if !QUERY_KEYS.contains(&k.as_ref())
                        && k != "scene"
                        && k != "praes"
                        && k != "lang"
                    {
                        params.insert(k.to_string(), v.to_owned());
                    }
                }
            });
            for (k, v) in view_query(&view) {
                params.insert(k, v);
            }
            if let Some(c) = story.current {
                params.insert("scene", (c + 1).to_string());
            }
            if lang == atlas_core::Lang::En {
                params.insert("lang", "en".to_owned());
            }
            if presenting {
                params.insert("praes", "1".to_owned());
            }
            let path = web_sys::window()
                .and_then(|w| w.location().pathname().ok())
                .unwrap_or_else(|| "/".into());
            let url = format!("{path}{}", params.to_query_string());
            navigate(
                &url,
                NavigateOptions {
                    resolve: false,
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
            spawn_local(data.save_session());
        });
    });
}

/// Take `eksempel` out of the page's link at once, when the user's own boundaries
/// replace an example: the autosave rewrites the whole link only after its quiet
/// time, and a reload from a link still naming the example would show the example
/// (and forget the boundaries just saved).
pub fn drop_example_from_link() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) =
        (location.pathname(), location.search(), location.hash())
    else {
        return;
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    // the example's key among the view's link parameters (`ViewSpec::to_query`)
    const EXAMPLE: &str = "eksempel";
    if !params.has(EXAMPLE) {
        return;
    }
    params.delete(EXAMPLE);
    let query = String::from(params.to_string());
    let sep = if query.is_empty() { "" } else { "?" };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{sep}{query}{hash}")),
        );
    }
}

fn view_query(v: &ViewSpec) -> Vec<(String, String)> {
    v.to_query()
}
