//! Nothing is lost on reload: the view goes into the page's link and, with the
//! scenes, into browser storage, a moment after each change (debounced, so panning
//! does not write on every frame), or at once when [`DataState::write_link_now`] asks.
//! This is the one place that writes the link (through the router); the link is read
//! once, at start (`app.rs`).

use crate::data::DataState;
use crate::hooks::debounce::use_debouncer;
use crate::state::AtlasState;
use atlas_core::present::view_spec::QUERY_KEYS;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

/// Milliseconds of quiet before the link and storage are written.
const DEBOUNCE_MS: u32 = 250;

/// Keep the link and the autosaved session up to date with the page's atlas (once
/// `atlas` has one: nothing is written before the first map).
pub fn use_autosave(data: DataState, atlas: ReadSignal<Option<AtlasState>>) {
    let navigate = use_navigate();
    let query = use_query_map();
    let write = move || {
        // the link's other parameters (`boundaries=`, `indicators=`, …) are kept
        let mut params = ParamsMap::new();
        query.with_untracked(|q| {
            for (k, v) in q.latest_values() {
                if !QUERY_KEYS.contains(&k.as_ref())
                    && !matches!(k.as_ref(), "scene" | "praes" | "lang")
                {
                    params.insert(k.to_string(), v.to_owned());
                }
            }
        });
        for (k, v) in data.view_spec().to_query() {
            params.insert(k, v);
        }
        if let Some(c) = data.story.with_untracked(|st| st.current) {
            params.insert("scene", (c + 1).to_string());
        }
        if data.lang.get_untracked() == atlas_core::Lang::En {
            params.insert("lang", "en".to_owned());
        }
        if data.presenting.get_untracked() {
            params.insert("praes", "1".to_owned());
        }
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_else(|| "/".into());
        navigate(
            &format!("{path}{}", params.to_query_string()),
            NavigateOptions {
                resolve: false,
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let debounce = use_debouncer(DEBOUNCE_MS);
    let write_later = write.clone();
    Effect::new(move |_| {
        let Some(s) = atlas.get() else {
            return;
        };
        // everything the link and the session hold
        s.view.track();
        s.zoom.track();
        data.story.track();
        data.presenting.track();
        data.lang.track();
        data.scenes_edited.track();
        data.edits.track();
        data.example.track();
        data.categories.track();
        data.grouped.track();
        if !data.restored.get() {
            return;
        }
        let write = write_later.clone();
        debounce.call(move || {
            write();
            spawn_local(data.save_session());
        });
    });
    Effect::new(move |first: Option<()>| {
        data.link_now.track();
        if first.is_some() {
            write();
        }
    });
}
