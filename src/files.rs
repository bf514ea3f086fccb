//! Reading files the user picks or drops.

use crate::data::{DataState, Notice};
use crate::loader::MAX_BOUNDARY_BYTES;
use crate::storage::BoundaryMeta;
use leptos::prelude::Set;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen_futures::JsFuture;

/// Read a boundary file's text and load it.
pub fn read_boundary_file(data: DataState, file: web_sys::File) {
    let name = file.name();
    if file.size() as usize > MAX_BOUNDARY_BYTES {
        let mb = file.size() / 1e6;
        data.notices.set(vec![Notice {
            error: true,
            da: format!(
                "{name} er {mb:.0} MB; appen læser grænsefiler op til {} MB.",
                MAX_BOUNDARY_BYTES / 1_000_000
            ),
            en: format!(
                "{name} is {mb:.0} MB; the app reads boundary files up to {} MB.",
                MAX_BOUNDARY_BYTES / 1_000_000
            ),
        }]);
        return;
    }
    spawn_local(async move {
        match JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
        {
            Some(text) => data.load_text(
                BoundaryMeta {
                    source: name,
                    ..Default::default()
                },
                Arc::from(text),
                true,
            ),
            None => data.notices.set(vec![Notice {
                error: true,
                da: format!("{name} kunne ikke læses som tekst."),
                en: format!("{name} could not be read as text."),
            }]),
        }
    });
}
